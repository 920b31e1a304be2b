# detail
