"""`newsledger correct`: analysts' fixes that every later run and re-extraction applies (reject, set, merge-companies,
split-event, list)."""
from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.table import Table

from flows.cli.app import EXIT_CODES, EXIT_OK, EXIT_USAGE, app, err, out, warehouse_errors

correct_app = typer.Typer(name="correct", help="Fix what the rules got wrong; fixes survive every re-run.",
                          no_args_is_help=True,
                          epilog='Example: newsledger correct reject 3f2a... --note "a lawsuit claim, not a fine"\n\n'
                                 + EXIT_CODES)
app.add_typer(correct_app, name="correct")

DB = Annotated[str, typer.Option(help="warehouse file")]
NOTE = Annotated[Optional[str], typer.Option("--note", help="why (kept with the correction)")]


def _record(action: str, db: str, record_id: str | None = None, **kw) -> int:
    from flows.resolve_step import resolve_warehouse
    from resolve.corrections import SETTABLE
    from warehouse import Warehouse
    from warehouse.resolve_store import add_correction, company_exists, find_record

    with Warehouse(db) as wh:
        if record_id is not None:
            place = find_record(wh.con, record_id)
            if place is None:
                err.print(f"newsledger correct: no record {record_id} in {db}", markup=False, highlight=False)
                return EXIT_USAGE
            if action == "set" and kw["field"] not in SETTABLE[place[0]]:
                err.print(f"newsledger correct: {place[0]} has no settable field {kw['field']!r}; choose one of "
                          f"{', '.join(SETTABLE[place[0]])}", markup=False, highlight=False)
                return EXIT_USAGE
        for cid in (kw.get("company_id"), kw.get("value") if action == "merge_companies" else None):
            if cid and not company_exists(wh.con, cid):
                err.print(f"newsledger correct: no company {cid} in {db}", markup=False, highlight=False)
                return EXIT_USAGE
        c = add_correction(wh.con, action=action, record_id=record_id, **kw)
        resolve_warehouse(wh, quiet=True)
    out.print(f"correction {c.correction_id}: {action} recorded", markup=False, highlight=False)
    return EXIT_OK


@correct_app.command(epilog='Example: newsledger correct reject 3f2a... --note "a lawsuit claim, not a fine"')
@warehouse_errors
def reject(record_id: str, note: NOTE = None, db: DB = "newsledger.duckdb") -> int:
    """Leave a record out of every view (its row stays in its table)."""
    return _record("reject", db, record_id, note=note)


@correct_app.command(name="set", epilog='Example: newsledger correct set 3f2a... payer "Ant Group" --note "renamed"')
@warehouse_errors
def set_(record_id: str, field: str, value: str, note: NOTE = None, db: DB = "newsledger.duckdb") -> int:
    """Give a record's field a value ("null" clears it); views and resolution use it."""
    return _record("set", db, record_id, field=field, value=value, note=note)


@correct_app.command(name="merge-companies", epilog="Example: newsledger correct merge-companies co_1a2b... co_3c4d...")
@warehouse_errors
def merge_companies(keep_id: str, other_id: str, note: NOTE = None, db: DB = "newsledger.duckdb") -> int:
    """Make two companies one; KEEP_ID stays."""
    return _record("merge_companies", db, None, company_id=keep_id, value=other_id, note=note)


@correct_app.command(name="split-event", epilog="Example: newsledger correct split-event 3f2a...")
@warehouse_errors
def split_event(record_id: str, note: NOTE = None, db: DB = "newsledger.duckdb") -> int:
    """Take a record out of the event it was joined to; it becomes an event of its own."""
    return _record("split_event", db, record_id, note=note)


@correct_app.command(name="list", epilog="Example: newsledger correct list --db newsledger.duckdb")
@warehouse_errors
def list_(db: DB = "newsledger.duckdb") -> int:
    """Every correction, and whether it still finds its record (orphaned ones are listed with why)."""
    from resolve import resolve_all
    from warehouse import Warehouse
    from warehouse.resolve_store import read_resolve_input

    with Warehouse(db, read_only=True) as wh:
        # resolve reads texts lazily (TextWindow), so it runs while the connection is open
        located = resolve_all(read_resolve_input(wh.con)).corrections
        notes = dict(wh.con.execute("SELECT correction_id, note FROM corrections").fetchall())
        when = dict(wh.con.execute("SELECT correction_id, created_at FROM corrections").fetchall())
    t = Table(title="corrections", title_justify="left")
    for c in ("id", "when", "action", "record / company", "field", "value", "note", "status"):
        t.add_column(c, overflow="fold")
    for loc in located:
        c = loc.correction
        status = loc.status + (f": {loc.reason}" if loc.reason else "")
        t.add_row(c.correction_id, str(when.get(c.correction_id, ""))[:19], c.action, c.record_id or c.company_id or "",
                  c.field or "", c.value or "", notes.get(c.correction_id) or "", status)
    out.print(t)
    return EXIT_OK
