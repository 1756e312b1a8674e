"""PNG screenshots of every page, tab and main dialog on demo data, and of the sharing round
trip; ``scripts/screenshots.sh`` runs ``python -m tools.screenshots`` (under Xvfb)."""
