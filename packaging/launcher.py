"""Entry point for the PyInstaller bundle (same as the ``focusgroup`` command)."""

import sys

from focusgroup.cli import main

if __name__ == "__main__":
    sys.exit(main())
