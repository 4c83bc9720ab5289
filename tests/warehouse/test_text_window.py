"""TextWindow reads document texts a window at a time and answers like the dict it replaces."""
import duckdb

from warehouse.resolve_store import TextWindow


def test_text_window_reads_like_a_dict():
    con = duckdb.connect()
    con.execute("CREATE TABLE documents (doc_id VARCHAR, text VARCHAR)")
    rows = [(f"d{i:03d}", f"text {i}") for i in range(25)]
    con.executemany("INSERT INTO documents VALUES (?, ?)", rows)
    wanted = [d for d, _ in rows if d != "d007"]
    w = TextWindow(con, wanted, size=4)
    expected = {d: t for d, t in rows if d != "d007"}
    assert dict(w.items()) == expected
    assert len(w) == len(expected) and list(w) == sorted(expected)
    assert w.get("d007", "") == "" and "d007" not in w
    assert w["d020"] == "text 20" and w["d003"] == "text 3"  # out of order: a new window each time
    assert len(w._window) <= 4
