"""The only place that speaks SQL: tables derived from `schemas/`, atomic batch loads, queries, export."""
from warehouse.store import LockTimeout, Warehouse, WarehouseError

__all__ = ["LockTimeout", "Warehouse", "WarehouseError"]
