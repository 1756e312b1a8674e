"""Where the app meets the operating system: paths, process privacy, start with my computer. No Qt."""
