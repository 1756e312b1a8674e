"""Insights: charts, the calendar, patterns, the network map and how it changed."""
