"""Values read from DuckDB as plain data for JSON, CSV and HTML (no DuckDB import: the CLI loads it at start-up)."""
from __future__ import annotations

from decimal import Decimal


def plain(v: object) -> object:
    """A DuckDB value as plain JSON-ready data: dates and times as ISO strings, decimals as floats, lists and
    structs element by element."""
    if isinstance(v, Decimal):
        return float(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()  # type: ignore[union-attr]
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    return v
