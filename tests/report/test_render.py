"""The review page from plain data (no warehouse): escaping, highlights, charts, filter, rejected files."""
from __future__ import annotations

import pytest

from report import ReportData, render
from report import series
from report.fmt import safe_href, short_number
from tests.report.dom import assert_inert, census

EVIL = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
TEXT = f"Intro {IMG}. The watchdog fined Evil {EVIL} Corp $5 million in 2021. Tail."
EV = f"The watchdog fined Evil {EVIL} Corp $5 million in 2021."
START = TEXT.index("$5 million")


def _data(**kw) -> ReportData:
    base = dict(
        db="/tmp/w.duckdb", generated_at="2024-01-01 00:00 UTC",
        headline={"documents": 1, "records": {"fines": 1, "valuations": 1}, "rejected": 1, "last_run": "2024-01-01T10:00:00"},
        fines=[{"payer": f"Evil {EVIL} Corp", "amount_usd": 5e6, "event_date": "2021", "published_date": "2021-06-01"}],
        valuations=[{"company": f"Ant {IMG}", "amount_usd": 1.5e11, "as_of": "2020-11", "published_date": "2020-11-03"},
                    {"company": f"Ant {IMG}", "amount_usd": 7.8e10, "as_of": None, "published_date": "2023-07-08"}],
        investments=[{"investor": "A", "company": "B", "amount_usd": 1e6, "event_date": "2016-05", "published_date": None}],
        records=[{"table": "fines", "record_id": "r1", "doc_id": "d1", "payer": f"Evil {EVIL} Corp", "authority": IMG,
                  "amount": 5e6, "currency": "USD", "amount_usd": 5e6, "qualifier": "exact", "status": "imposed",
                  "event_date": "2021", "evidence": EV, "char_start": START, "char_end": START + 10}],
        documents={"d1": {"doc_id": "d1", "title": f"Title {EVIL} {IMG}", "source_url": "javascript:alert(1)",
                          "source_path": f"/in/{IMG}.md", "text": TEXT}},
        rejected=[{"source_path": f"/in/{EVIL}.pdf", "stage": "decode", "error": f"binary {IMG}"}],
    )
    base.update(kw)
    return ReportData(**base)


def test_article_markup_is_text_not_elements():
    page = render(_data())
    c = assert_inert(page)
    text = c.visible()
    assert EVIL in text and IMG in text  # shown to the reader as the article wrote it
    assert f"Title {EVIL} {IMG}" in text
    assert not [a for t, a in c.tags if t == "a"]  # a javascript: URL is not made a link


def test_span_is_marked_inside_its_evidence():
    c = census(render(_data()))
    marks = [i for i, (t, _) in enumerate(c.tags) if t == "mark"]
    assert len(marks) == 1
    assert "$5 million" in c.visible()
    page = render(_data())
    assert "<mark>$5 million</mark>" in page


def test_charts_are_inline_svg_and_name_the_payers():
    page = render(_data())
    c = census(page)
    assert sum(1 for t, _ in c.tags if t == "svg") == 4
    assert not [a for t, attrs in c.tags for a in attrs.values() if str(a).startswith(("http://", "https://"))]
    assert "Evil <script>alert(1)</script> Corp" in c.visible()
    # Ant's two valuations: two points joined by one line, the later one lower (78B < 150B)
    assert sum(1 for t, _ in c.tags if t == "polyline") == 1
    (x1, y1), (x2, y2) = [(float(a["cx"]), float(a["cy"])) for t, a in c.tags if t == "circle"]
    assert x1 < x2 and y1 < y2


def test_valuation_points_in_time_order():
    vals = [{"company": "Ant", "amount_usd": 7.8e10, "as_of": None, "published_date": "2023-07-08"},
            {"company": "Ant", "amount_usd": 1.5e11, "as_of": "2020-11", "published_date": "2023-01-01"},
            {"company": "Didi", "amount_usd": 1.65e10, "as_of": "XXXX-03", "published_date": "2015-09-01"}]
    s = series.valuation_series(vals)
    assert list(s) == ["Ant", "Didi"]
    assert [round(t, 2) for t, _ in s["Ant"]] == [2020.83, 2023.52] and s["Didi"] == [(2015 + 8 / 12, 1.65e10)]


def test_filter_options_list_types_and_companies():
    c = census(render(_data()))
    options = [a.get("value") for t, a in c.tags if t == "option"]
    assert "fines" in options and f"Evil {EVIL} Corp" in options
    rows = [a for t, a in c.tags if t == "tr" and a.get("class") == "rec"]
    assert rows[0]["data-type"] == "fines" and EVIL in rows[0]["data-names"]


def test_rejected_files_with_stage_and_reason():
    text = census(render(_data())).visible()
    assert f"/in/{EVIL}.pdf decode binary {IMG}" in text


def test_empty_warehouse_renders():
    page = render(_data(fines=[], valuations=[], investments=[], records=[], documents={}, rejected=[],
                        headline={"documents": 0, "records": {}, "rejected": 0, "last_run": None}))
    text = census(page).visible()
    assert "nothing to draw" in text and "No file was rejected." in text and "never" in text


@pytest.mark.parametrize("url,href", [
    ("https://www.reuters.com/a", "https://www.reuters.com/a"),
    ("http://feeds.reuters.com/x", "http://feeds.reuters.com/x"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,<b>", None), (None, None),
])
def test_only_http_links(url, href):
    assert safe_href(url) == href


@pytest.mark.parametrize("timex,published,year,month", [
    ("2021-07-04", "2022-01-01", 2021, "2021-07"),   # the fact's own date wins
    ("2021", "2021-06-02", 2021, "2021-06"),         # a year alone: the month comes from publication
    ("XXXX-03", "2020-05-01", 2020, "2020-05"),      # an open year: publication
    (None, None, None, None),
])
def test_when_a_fact_happened(timex, published, year, month):
    assert series.year_of(timex, published) == year
    assert series.month_of(timex, published) == month


def test_fines_sum_per_payer_and_year():
    fines = [{"payer": "Google", "amount_usd": 2.7e9, "event_date": "2017-06", "published_date": None},
             {"payer": "Google", "amount_usd": 5.0e9, "event_date": "2018", "published_date": None},
             {"payer": "Meta", "amount_usd": 1.3e9, "event_date": None, "published_date": "2023-05-22"}]
    assert series.fines_by_payer(fines) == [("Google", 7.7e9), ("Meta", 1.3e9)]
    assert series.fines_by_year(fines) == [("2017", 2.7e9), ("2018", 5.0e9), ("2023", 1.3e9)]


def test_short_numbers():
    assert [short_number(v) for v in (5e6, 1.46e9, 600e6, 2.5e12, 950)] == ["5M", "1.46B", "600M", "2.5T", "950"]
