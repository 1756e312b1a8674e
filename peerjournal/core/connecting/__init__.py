"""Connecting people: resources in my network, goals with plan-do-review, my network over time."""
