"""The only place with SQL.

sqlite-utils (table definitions, upserts, transactions) is imported on first use rather than at
start-up: opening a workspace and drawing Home only read, through the plain sqlite3 connection,
and the import costs about 40 ms. It is imported with numpy hidden: sqlite-utils loads numpy
(about 90 ms) only to accept numpy values, which this application never stores. numpy stays
importable afterwards for anyone who needs it.
"""

from __future__ import annotations

import sys
from typing import Any


def sqlite_utils_database() -> Any:
    """sqlite-utils' ``Database`` class, imported (without numpy) on first use."""
    if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]
        try:
            import sqlite_utils  # noqa: F401
        finally:
            if sys.modules.get("numpy", 0) is None:
                del sys.modules["numpy"]
    from sqlite_utils import Database

    return Database
