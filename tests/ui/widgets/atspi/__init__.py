"""Helpers for the AT-SPI test of the passphrase fields: a listener (system Python) and a driver (ours)."""

# Set as a marker's accessible name between Today and the create dialog in the driver's "walk"
# (here, not in the driver: importing that sets up Qt for a real display).
PART_CREATE = "now-the-create-dialog"
