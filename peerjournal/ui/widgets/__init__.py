"""Small reusable widgets: scale pickers, word chips, people picker, flow layout."""
