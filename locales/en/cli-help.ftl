# cli-help
