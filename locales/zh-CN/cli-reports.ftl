# cli-reports
