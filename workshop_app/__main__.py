"""Entry point for ``python -m workshop_app``."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
