# cli-messages
