"""Each flow run posts its artifacts to the Prefect server: read back through the Prefect client."""
from __future__ import annotations

import json

import duckdb

from flows.artifacts import md_cell


def _artifacts(flow_run_id) -> dict[str, object]:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return {a.key: a for a in found}


def _table(artifact) -> list[dict]:
    return json.loads(artifact.data) if isinstance(artifact.data, str) else artifact.data


def test_run_posts_a_summary_and_its_tables(review_run):
    arts = _artifacts(review_run.flow_run_id)
    assert set(arts) == {"newsledger-run-summary", "newsledger-table-rows", "newsledger-largest-fines",
                         "newsledger-rejected-files"}
    s = review_run.summary
    md = arts["newsledger-run-summary"]
    assert md.type == "markdown"
    assert f"**{s.seen}** files seen, **{s.loaded}** documents loaded" in md.data
    assert "| fines | " + str(s.table_rows["fines"]) + " |" in md.data

    rows = _table(arts["newsledger-table-rows"])
    assert arts["newsledger-table-rows"].type == "table"
    assert {r["table"]: r["rows"] for r in rows} == s.table_rows

    con = duckdb.connect(str(review_run.db), read_only=True)
    try:
        top = [r[0] for r in con.execute("SELECT amount_usd FROM fines WHERE amount_usd IS NOT NULL "
                                         "ORDER BY amount_usd DESC LIMIT 10").fetchall()]
    finally:
        con.close()
    fines = _table(arts["newsledger-largest-fines"])
    assert [f["amount_usd"] for f in fines] == top and len(fines) == min(10, len(top))
    assert fines[0]["payer"] in md.data

    rejected = _table(arts["newsledger-rejected-files"])
    assert [(r["file"].rsplit("/", 1)[-1], r["stage"]) for r in rejected] == [("scan.pdf", "decode")]
    assert rejected[0]["reason"] and "scan.pdf" in md.data


def test_markdown_cells_keep_to_their_cell():
    assert md_cell("a | b\nc") == "a \\| b c"
    assert md_cell("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert md_cell(None) == ""
