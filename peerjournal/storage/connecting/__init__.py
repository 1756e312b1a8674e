"""Connecting people in the vault: goals, places, the resource check, network snapshots."""
