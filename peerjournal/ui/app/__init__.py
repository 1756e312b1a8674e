"""The app's shell: controller, main window, tray, lock, unlock, start, style, translations, undo, workers."""
