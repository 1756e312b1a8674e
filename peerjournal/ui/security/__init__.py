"""Security and your data: passphrase, locking, backups, appearance, about your data, take all my data."""
