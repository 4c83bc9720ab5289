"""DDL generated from the pydantic models in `schemas/`: one table per model, one column per field."""
from __future__ import annotations

import types
import typing
from datetime import date, datetime

from pydantic import BaseModel

from schemas import TABLE_MODELS

_SCALARS: dict[type, str] = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN",
                             date: "DATE", datetime: "TIMESTAMP"}


def sql_type(annotation: object) -> str:
    """Map a field annotation to a DuckDB type (Optional[X] → X; Literal[str, ...] → VARCHAR; list[str] → VARCHAR[])."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return sql_type(args[0])
    if origin is typing.Literal:
        return sql_type(type(args[0]))
    if origin is list:
        return sql_type(args[0]) + "[]"
    if annotation in _SCALARS:
        return _SCALARS[annotation]  # type: ignore[index]
    raise TypeError(f"no SQL type for {annotation!r}")


def columns(model: type[BaseModel]) -> list[tuple[str, str]]:
    return [(name, sql_type(f.annotation)) for name, f in model.model_fields.items()]


def create_table(model: type[BaseModel]) -> str:
    cols = ",\n  ".join(
        f"{name} {typ}{' PRIMARY KEY' if name == model.__key__ else ''}"  # type: ignore[attr-defined]
        for name, typ in columns(model))
    return f"CREATE TABLE IF NOT EXISTS {model.__table__} (\n  {cols}\n)"  # type: ignore[attr-defined]


def all_tables() -> dict[str, type[BaseModel]]:
    return {m.__table__: m for m in TABLE_MODELS}  # type: ignore[attr-defined]
