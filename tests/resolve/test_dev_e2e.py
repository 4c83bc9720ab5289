"""The real flow on the labelled real articles (dev + dev2 in one warehouse): repeated fines are one event,
companies named several ways are one row, link precision / F1 hold, and a correction survives `run --force`."""
from __future__ import annotations

import importlib.util
import shutil

import duckdb
import pytest

from tests.conftest import ROOT, SHARED_EVAL

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not (SHARED_EVAL / "dev2" / "raw").is_dir(), reason="labelled articles not present")]
RAW = [str(SHARED_EVAL / "dev" / "raw"), str(SHARED_EVAL / "dev2" / "raw")]
GOLD = [str(SHARED_EVAL / "dev.gold.json"), str(SHARED_EVAL / "dev2.gold.json")]


def _link_eval():
    spec = importlib.util.spec_from_file_location("link_eval", ROOT / "bench" / "link_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def dev_db(prefect_server, tmp_path_factory):
    from flows.run import run_flow

    db = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    run_flow(inputs=RAW, db=str(db))
    return db


def test_link_precision_and_f1(dev_db):
    s = _link_eval().link_scores(str(dev_db), GOLD)["linkage"]
    assert s["precision"] >= 0.98, s
    assert s["f1"] >= 0.95, s


def test_repeated_fines_are_one_event_each(dev_db):
    con = duckdb.connect(str(dev_db), read_only=True)
    try:
        def events(payer_like: str, amount: float) -> list[tuple]:
            return con.execute("SELECT n_sources, len(doc_ids) FROM fine_events WHERE payer ILIKE ? AND amount = ?",
                               [payer_like, amount]).fetchall()
        tiktok = events("TikTok", 530e6)
        assert len(tiktok) == 1 and tiktok[0][0] >= 4          # five articles; one names ByteDance instead
        apple = events("Apple%", 500e6)
        assert apple == [(4, 4)]
        replika = con.execute("SELECT n_sources FROM fine_events WHERE amount = 5e6 AND currency = 'EUR'").fetchall()
        assert replika == [(3,)]                                  # Replika / Luka Inc. in three articles
        # different fines on one payer stay apart: TikTok €345m (2023) and €530m (2025)
        assert len(events("TikTok", 345e6)) == 1
        # the dashboard sums each fine once
        usd = con.execute("SELECT sum(amount_usd) FROM fines_usd_by_payer_year WHERE payer = 'TikTok'").fetchone()[0]
        assert usd < 2e9
    finally:
        con.close()


def test_companies_one_row_per_company(dev_db):
    con = duckdb.connect(str(dev_db), read_only=True)
    try:
        def company_of(name: str) -> set[str]:
            return {r[0] for r in con.execute("SELECT company_id FROM companies WHERE list_contains(aliases, ?)",
                                              [name]).fetchall()}
        for forms in (["Alibaba Group Holding Ltd", "Alibaba Group Holding Ltd.", "Alibaba Group Holding", "Alibaba’s"],
                      ["Meta", "Meta Platforms", "Meta Platforms Inc."],
                      ["European Commission", "Commission", "Brussels"],
                      ["Securities and Exchange Board of India", "SEBI"],
                      ["Replika", "Luka Inc.", "AI Chatbot Maker Replika"]):
            ids = set().union(*(company_of(f) for f in forms))
            assert len(ids) == 1, (forms, ids)
        before = con.execute("SELECT count(DISTINCT n) FROM (SELECT payer n FROM fines UNION SELECT authority FROM "
                             "fines UNION SELECT company FROM valuations UNION SELECT company FROM offerings UNION "
                             "SELECT holder FROM stakes UNION SELECT company FROM stakes UNION SELECT investor FROM "
                             "investments UNION SELECT company FROM investments) WHERE n IS NOT NULL").fetchone()[0]
        after = con.execute("SELECT count(*) FROM companies").fetchone()[0]
        assert after < before
        tiktok = con.execute("SELECT parent_id FROM companies WHERE name = 'TikTok'").fetchone()[0]
        assert con.execute("SELECT name FROM companies WHERE company_id = ?", [tiktok]).fetchone()[0].startswith("ByteDance")
    finally:
        con.close()


def test_correction_survives_run_force(dev_db, tmp_path):
    from flows.cli import main
    from flows.run import run_flow

    db = tmp_path / "corrected.duckdb"
    shutil.copy(dev_db, db)
    con = duckdb.connect(str(db), read_only=True)
    # any extracted fine will do: the largest, so the rejection visibly changes what a dashboard sums
    rejected = con.execute("SELECT record_id FROM fines WHERE payer IS NOT NULL AND payer <> 'ByteDance Ltd.' "
                           "ORDER BY amount_usd DESC NULLS LAST, record_id LIMIT 1").fetchone()[0]
    bytedance = con.execute("SELECT record_id FROM fines WHERE payer = 'ByteDance Ltd.'").fetchone()[0]
    con.close()
    assert main(["correct", "reject", rejected, "--note", "not a fine after all", "--db", str(db)]) == 0
    assert main(["correct", "set", bytedance, "payer", "TikTok", "--db", str(db)]) == 0
    run_flow(inputs=RAW, db=str(db), force=True)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM fines WHERE record_id = ?", [rejected]).fetchone()[0] == 1  # row kept
        assert con.execute("SELECT count(*) FROM fine_events WHERE list_contains(record_ids, ?)",
                           [rejected]).fetchone()[0] == 0
        assert con.execute("SELECT payer FROM fines_reviewed WHERE record_id = ?", [bytedance]).fetchone()[0] == "TikTok"
        tiktok = con.execute("SELECT payer_id FROM fines WHERE record_id = ?", [bytedance]).fetchone()[0]
        assert tiktok == con.execute("SELECT company_id FROM companies WHERE name = 'TikTok'").fetchone()[0]
        assert con.execute("SELECT count(*) FROM corrections").fetchone()[0] == 2
    finally:
        con.close()


def test_same_archive_same_ids_whatever_the_hash_seed(dev_db, tmp_path):
    """A fresh resolve of the same archive gives the same company and event ids in any process."""
    import os
    import subprocess
    import sys

    script = ("import sys, duckdb\nfrom warehouse import Warehouse\nfrom flows.resolve_step import resolve_warehouse\n"
              "with Warehouse(sys.argv[1]) as wh:\n"
              "    wh.con.execute('DELETE FROM companies'); wh.con.execute('DELETE FROM record_events')\n"
              "    resolve_warehouse(wh, quiet=True)\n"
              "    print(wh.con.execute('SELECT list(company_id || name ORDER BY company_id) FROM companies').fetchone())\n"
              "    print(wh.con.execute('SELECT list(record_id || event_id || payer_id ORDER BY record_id) FROM fines "
              "WHERE payer_id IS NOT NULL').fetchone())\n")
    outs = []
    for seed in ("1", "2"):
        db = tmp_path / f"s{seed}.duckdb"
        shutil.copy(dev_db, db)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert outs[0] == outs[1]
