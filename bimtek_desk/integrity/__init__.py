"""Evidence that the data was not changed behind the app's back: the check-in hash
chain's anchors (printed on paper, stored beside backups), file permissions."""
