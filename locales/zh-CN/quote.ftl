# quote
