"""`newsledger report` on a real run, opened in a real browser (headless Debian chromium): the page draws,
names every payer, and the markup an article carried stays text."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest

from flows.cli import main
from tests.report.dom import assert_inert, census

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed with apt when it is missing (skipped, with the reason, if that fails)."""
    if not Path(CHROMIUM).exists():
        if shutil.which("apt-get") is None:
            pytest.skip("chromium is missing and there is no apt-get to install it")
        for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
            if done.returncode != 0:
                pytest.skip(f"chromium is missing and `{' '.join(cmd)}` failed: {done.stderr.strip()[-300:]}")
    return CHROMIUM


def _browser(chromium: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
                          capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def page(review_run, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("page") / "report.html"
    assert main(["report", "--db", str(review_run.db), "--out", str(out)]) == 0
    return out


def _payers(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT DISTINCT payer FROM fines WHERE payer IS NOT NULL").fetchall()]
    finally:
        con.close()


def test_page_is_self_contained(page):
    html = page.read_text(encoding="utf-8")
    c = census(html)
    # nothing to fetch: no stylesheet, script, image or frame from anywhere
    assert not [a for t, a in c.tags if t in ("link", "img", "iframe") or (t == "script" and a.get("src"))]
    assert "@import" not in html and "url(" not in html


def test_screenshot_is_not_blank(chromium, page, tmp_path):
    from PIL import Image

    shot = tmp_path / "report.png"
    done = _browser(chromium, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    assert shot.exists(), done.stderr[-2000:]
    img = Image.open(shot).convert("RGB")
    assert img.size == (1280, 2000)
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is None or len(colours) > 1  # None: more colours than counted
    # the charts paint large areas in their own colours, not only text on white
    assert colours is None or len(colours) > 50


def test_browser_dom_names_every_payer_and_runs_nothing_injected(chromium, page, review_run):
    done = _browser(chromium, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    c = assert_inert(dom)
    text = c.visible()
    payers = _payers(review_run.db)
    assert payers
    missing = [p for p in payers if p not in text]
    assert not missing
    # the hostile article's title and evidence, as text
    assert "<script>alert('title')</script>" in text and "<img src=x onerror=alert(1)>" in text


@pytest.mark.parametrize("fragment,table,column", [("type=fines", "fines", None),
                                                   ("company=", "investments", "company")])
def test_filter_in_the_browser(chromium, page, review_run, fragment, table, column):
    """The filter's inline script runs in the browser: opened at #type=... or #company=..., it hides every
    other record."""
    con = duckdb.connect(str(review_run.db), read_only=True)
    try:
        if column:
            name, = con.execute(f"SELECT {column} FROM {table} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()
            fragment += quote(name)
            want = con.execute("SELECT (SELECT count(*) FROM valuations WHERE company = $1) + (SELECT count(*) FROM "
                               "offerings WHERE company = $1) + (SELECT count(*) FROM fines WHERE payer = $1) + "
                               "(SELECT count(*) FROM stakes WHERE company = $1 OR holder = $1) + (SELECT count(*) "
                               "FROM investments WHERE company = $1 OR investor = $1)", [name]).fetchone()[0]
        else:
            want = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()
    done = _browser(chromium, "--dump-dom", page.as_uri() + "#" + fragment)
    rows = [a for t, a in census(done.stdout).tags if t == "tr" and a.get("class") == "rec"]
    shown = [a for a in rows if "hidden" not in a]
    assert 0 < len(shown) == want < len(rows)
    if not column:
        assert {a["data-type"] for a in shown} == {table}


def test_rejected_file_listed_with_stage(page):
    text = census(page.read_text(encoding="utf-8")).visible()
    assert "scan.pdf" in text
