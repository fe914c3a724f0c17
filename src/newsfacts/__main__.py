"""``python -m newsfacts``: the command line (no arguments runs the demo)."""

from .cli import main

raise SystemExit(main())
