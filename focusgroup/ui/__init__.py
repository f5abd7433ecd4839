"""The only place with Qt (plus focusgroup/app.py)."""
