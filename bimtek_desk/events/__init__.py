"""Event descriptions: the file format the committee writes, and its validation."""
