"""Helpers for the AT-SPI test of the passphrase fields: a listener (system Python) and a driver (ours)."""
