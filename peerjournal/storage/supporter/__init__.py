"""Supporter mode's own vault: the people supported, shares received, replies sent."""
