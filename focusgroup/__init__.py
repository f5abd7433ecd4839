"""focusgroup — ask your own people what they want instead of assuming it."""

__version__ = "0.1.0"
APP_NAME = "focusgroup"
