"""The only place with SQL. Importing the package first loads sqlite-utils without numpy.

sqlite-utils imports numpy (about 90 ms of start-up) only to accept numpy values, which this
application never stores; hiding numpy during that one import keeps start-up fast. numpy stays
importable afterwards for anyone who needs it.
"""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]
