"""The resolve step the flow runs after loading: read the warehouse, resolve companies and events (pure, in
`resolve/`), write the ids back, and report corrections that no longer find their record."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from resolve import resolve_all
from warehouse import Warehouse
from warehouse.resolve_store import fingerprint, last_fingerprint, read_resolve_input, save_fingerprint, write_resolve_output


@dataclass
class ResolveSummary:
    names: int = 0                 # distinct names as the records write them
    companies: int = 0             # companies after resolution
    events: dict[str, int] = field(default_factory=dict)   # table → events
    records: dict[str, int] = field(default_factory=dict)  # table → records with an event
    orphaned: list[str] = field(default_factory=list)      # corrections that lost their record, with why
    seconds: float = 0.0


def resolve_warehouse(wh: Warehouse, *, quiet: bool = False, if_changed: bool = False) -> ResolveSummary | None:
    """Resolve the whole warehouse. `if_changed`: skip it (None) when no record, correction or resolved id
    changed since the last resolve, as on a re-run over unchanged files."""
    started = time.monotonic()
    if if_changed and last_fingerprint(wh.con) == fingerprint(wh.con):
        if not quiet:
            print("newsledger: nothing changed since the last resolve; companies and events kept", file=sys.stderr,
                  flush=True)
        return None
    # under the warehouse's cap: a read that runs out of memory is read again, a write rolled back and written
    # again, with a larger cap; only the COMMIT gets the ceiling (a failed one would invalidate the database).
    # A cap also keeps DuckDB from caching every document text resolve reads (~150 MB at 100k documents)
    out = wh.retry_out_of_memory(lambda: resolve_all(read_resolve_input(wh.con)))
    wh.retry_out_of_memory(lambda: write_resolve_output(wh.con, out, commit=wh.commit_with_room))
    save_fingerprint(wh.con)
    s = ResolveSummary(names=out.names_before, companies=len(out.companies))
    for table, by_record in out.ids.items():
        eids = [ids[-1] for ids in by_record.values() if ids[-1]]  # event_id: the last of ID_COLUMNS
        s.events[table], s.records[table] = len(set(eids)), len(eids)
    s.orphaned = [f"{loc.correction.correction_id} ({loc.correction.action} {loc.correction.record_id or ''}"
                  f"{loc.correction.company_id or ''}): {loc.reason}"
                  for loc in out.corrections if loc.status == "orphaned"]
    s.seconds = time.monotonic() - started
    if not quiet:
        print(f"newsledger: resolved {s.names} names into {s.companies} companies; "
              f"{sum(s.records.values())} records into {sum(s.events.values())} events in {s.seconds:.2f} s",
              file=sys.stderr, flush=True)
        for line in s.orphaned:
            print(f"newsledger: correction no longer applies: {line}", file=sys.stderr, flush=True)
    return s
