"""Connecting people: the resource check, goals and their reviews, places and groups."""
