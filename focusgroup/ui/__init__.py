"""The only place with Qt (plus focusgroup/app.py).

Importing the package guards against a PySide6 6.12.0 defect on Python < 3.12 (see
:func:`keep_none_alive`); pyproject pins PySide6 below 6.12, so this only matters when another
installation supplies 6.12.0.
"""

import ctypes
import sys

import PySide6


def keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python < 3.12: its void methods (setText, setData, painter
    calls …) return None without a new reference, so each call lowers None's reference count and
    the app aborts with "deallocating None" after some thousands of calls — one repaint of the
    board makes hundreds. Give None references enough never to reach zero (Python 3.12 makes it
    immortal for the same reason). Belongs at start-up (focusgroup/ui/__init__.py) or becomes
    unnecessary with PySide6 != 6.12.0 or Python >= 3.12."""
    if (sys.version_info >= (3, 12) or sys.implementation.name != "cpython"
            or hasattr(sys, "gettotalrefcount") or PySide6.__version_info__[:2] != (6, 12)):
        return
    if sys.getrefcount(None) < sys.maxsize >> 3:  # once per process
        ctypes.c_ssize_t.from_address(id(None)).value += sys.maxsize >> 2


keep_none_alive()
