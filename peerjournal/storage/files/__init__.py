"""Files outside the vault: backups, taking all my data (CSV, JSON) and back, settings files."""
