"""``python -m peerjournal`` starts the app."""

import sys

from peerjournal.app import main

if __name__ == "__main__":
    sys.exit(main())
