"""RecordRows reads a record table afresh each time resolve walks it, and shares repeated texts between rows."""
import duckdb

from warehouse.resolve_store import RecordRows


def test_record_rows_read_again_on_each_walk_with_shared_texts():
    con = duckdb.connect()
    con.execute("CREATE TABLE stakes (record_id VARCHAR, doc_id VARCHAR, char_start BIGINT, char_end BIGINT, "
                "holder VARCHAR, company VARCHAR, percent DOUBLE, as_of VARCHAR)")
    con.executemany("INSERT INTO stakes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(f"r{i}", f"doc{i % 2}", i, i + 5, "Tencent", "Ubisoft", 9.9, "2024") for i in range(7)])
    rows = RecordRows(con, "stakes", {}, chunk=3)
    first, second = list(rows), list(rows)
    assert first == second and len(first) == 7
    assert first[0] == {"record_id": "r0", "doc_id": "doc0", "char_start": 0, "char_end": 5, "holder": "Tencent",
                        "company": "Ubisoft", "percent": 9.9, "as_of": "2024"}
    assert first[0]["doc_id"] is first[2]["doc_id"] is second[4]["doc_id"]  # one object per repeated text
    assert first[1]["holder"] is first[6]["holder"]
