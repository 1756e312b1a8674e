"""Unsaved typing kept as encrypted drafts when the journal locks, and opened again after unlocking."""
