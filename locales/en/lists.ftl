# lists
