"""This laptop, as opposed to the event database it works on: its desk name and
other per-laptop settings (a later sync feature gives each laptop a device slot)."""
