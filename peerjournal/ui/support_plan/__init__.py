"""My support plan: the page and its list editors."""
