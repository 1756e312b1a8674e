"""Gentle prompts: the service that schedules them, the banner, the settings page."""
