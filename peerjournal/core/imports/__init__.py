"""Reading other mood apps' exports (Qt-free): each module turns one app's file into rows."""
