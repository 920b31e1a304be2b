# cli-import
