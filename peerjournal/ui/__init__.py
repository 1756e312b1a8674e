"""Windows, dialogs, widgets and Qt models. The only layer that imports Qt widgets; never raw SQL."""
