"""The review page: plain data in, one self-contained HTML string out (inline CSS, a few lines of inline JS).

Everything that comes from an article (titles, names, evidence, paths, reasons) passes through `esc`;
links are kept only for http(s) URLs. The page needs no network and opens from disk.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from report import charts, series
from report.fmt import esc, safe_href, short_number, usd
from report.highlight import mark_span

# per record type: its heading, the names it is filed under (the company filter), the columns shown
TYPES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "fines": ("Fines", ("payer",), ("payer", "authority", "status", "event_date")),
    "valuations": ("Valuations", ("company",), ("company", "as_of")),
    "stakes": ("Stakes", ("company", "holder"), ("holder", "company", "as_of")),
    "offerings": ("Offerings", ("company",), ("company", "event_date")),
    "investments": ("Investments", ("company", "investor"), ("investor", "company", "event_date")),
    "date_mentions": ("Date mentions", (), ("text", "value")),
}


@dataclass
class ReportData:
    """What the page shows; `warehouse.reads` provides each part."""

    db: str
    generated_at: str
    headline: dict
    fines: list[dict] = field(default_factory=list)          # reads.fines_usd
    valuations: list[dict] = field(default_factory=list)     # reads.valuations_usd
    investments: list[dict] = field(default_factory=list)    # reads.investments_dated
    records: list[dict] = field(default_factory=list)        # reads.records
    documents: dict[str, dict] = field(default_factory=dict)  # reads.documents
    rejected: list[dict] = field(default_factory=list)       # reads.rejected_files


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#111827;background:#f9fafb}
header,main{max-width:1240px;margin:0 auto;padding:0 20px}
header{padding-top:18px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:26px 0 8px}
h3{font-size:14px;margin:0 0 6px;color:#374151}.muted{color:#6b7280}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card.warn b{color:#b91c1c}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(590px,1fr));gap:14px}
.panel{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px;overflow-x:auto}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;margin-top:6px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f3f4f6;font-weight:600}
mark{background:#fde68a;padding:0 1px;border-radius:2px}
.type{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#4b5563}
.facts div{white-space:nowrap}.ev{max-width:560px}.doc{max-width:260px;word-break:break-word}
.filters{display:flex;gap:12px;align-items:center;margin:8px 0}
select{font:inherit;padding:3px}
"""

# the filter; its state lives in the address (#type=fines&company=Ant%20Group) so a filtered view can be shared
JS = """
const ft=document.getElementById('f-type'),fc=document.getElementById('f-company'),n=document.getElementById('f-count');
const want=new URLSearchParams(location.hash.slice(1));
for(const [sel,key] of [[ft,'type'],[fc,'company']]){const v=want.get(key);
if(v!==null&&[...sel.options].some(o=>o.value===v))sel.value=v;}
function applyFilter(){let shown=0;for(const r of document.querySelectorAll('tr.rec')){
const ok=(!ft.value||r.dataset.type===ft.value)&&(!fc.value||JSON.parse(r.dataset.names).includes(fc.value));
r.hidden=!ok;shown+=ok;}n.textContent=shown;
const h=new URLSearchParams();if(ft.value)h.set('type',ft.value);if(fc.value)h.set('company',fc.value);
try{history.replaceState(null,'','#'+h);}catch(e){}}
ft.addEventListener('change',applyFilter);fc.addEventListener('change',applyFilter);applyFilter();
"""


def _card(label: str, value: object, warn: bool = False) -> str:
    return f'<div class="card{" warn" if warn else ""}"><b>{esc(value)}</b>{esc(label)}</div>'


def _headline(h: dict) -> str:
    cards = [_card("documents", h["documents"])]
    cards += [_card(TYPES.get(t, (t,))[0].lower(), n) for t, n in h["records"].items()]
    cards.append(_card("rejected files", h["rejected"], warn=h["rejected"] > 0))
    cards.append(_card("last run", (h["last_run"] or "never").replace("T", " ")[:19]))
    return '<div class="cards">' + "".join(cards) + "</div>"


def _charts(d: ReportData) -> str:
    vs = series.valuation_series(d.valuations)
    legend = "".join(f'<span><i style="background:{charts.colour(i)}"></i>{esc(name)}</span>' for i, name in enumerate(vs))
    panels = [
        ("Fines in USD by payer", charts.hbars(series.fines_by_payer(d.fines), fmt=usd)),
        ("Fines in USD by year", charts.vbars(series.fines_by_year(d.fines), fmt=usd, bar_colour=charts.PALETTE[1])),
        ("Valuations of each company over time (USD, log scale)",
         charts.timeline(vs, fmt=usd) + (f'<div class="legend">{legend}</div>' if legend else "")),
        ("Investments per month (count)", charts.vbars(series.investments_by_month(d.investments),
                                                       fmt=lambda v: f"{v:g}", bar_colour=charts.PALETTE[2])),
    ]
    return '<div class="charts">' + "".join(f'<section class="panel"><h3>{esc(t)}</h3>{svg}</section>'
                                            for t, svg in panels) + "</div>"


def _money(r: dict) -> str:
    if r.get("amount") is None:
        return ""
    q = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}.get(r.get("qualifier") or "", "")
    s = f"{q}{short_number(r['amount'])} {r.get('currency') or ''}".strip()
    if r.get("amount_usd") is not None and r.get("currency") != "USD":
        s += f" ({usd(r['amount_usd'])})"
    return s


def _facts(r: dict) -> str:
    lines = [f"<div><span class=muted>{esc(c)}:</span> {esc(r[c])}</div>"
             for c in TYPES[r["table"]][2] if r.get(c) not in (None, "")]
    figure = _money(r) or (f"{r['percent']:g}%" if r.get("percent") is not None else "")
    if figure:
        lines.append(f"<div><b>{esc(figure)}</b></div>")
    return "".join(lines)


def _names(r: dict) -> list[str]:
    return [r[c] for c in TYPES[r["table"]][1] if r.get(c)]


def _record_row(r: dict, docs: dict[str, dict]) -> str:
    doc = docs.get(r["doc_id"], {})
    m = mark_span(doc.get("text"), r.get("evidence") or "", r["char_start"], r["char_end"])
    evidence = f"{esc(m.before)}<mark>{esc(m.span)}</mark>{esc(m.after)}" if m.located else \
        f"{esc(m.before)}<div class=muted>rests on: <mark>{esc(m.span)}</mark></div>"
    title = doc.get("title") or doc.get("source_path") or r["doc_id"]
    href = safe_href(doc.get("source_url"))
    link = f'<a href="{esc(href)}" rel="noreferrer noopener">{esc(title)}</a>' if href else esc(title)
    names = esc(json.dumps(_names(r), ensure_ascii=False))
    return (f'<tr class="rec" data-type="{esc(r["table"])}" data-names="{names}">'
            f'<td class="type">{esc(TYPES[r["table"]][0])}</td><td class="facts">{_facts(r)}</td>'
            f'<td class="ev">{evidence}</td>'
            f'<td class="doc">{link}<div class="muted">{esc(doc.get("source_path") or "")}</div></td></tr>')


def _records(d: ReportData) -> str:
    rows = [r for r in d.records if r["table"] in TYPES]
    present = [t for t in TYPES if any(r["table"] == t for r in rows)]
    type_opts = "".join(f'<option value="{esc(t)}">{esc(TYPES[t][0])}</option>' for t in present)
    companies = sorted({n for r in rows for n in _names(r)}, key=str.lower)
    company_opts = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in companies)
    body = "".join(_record_row(r, d.documents) for r in rows)
    return (f'<div class="filters"><label>type <select id="f-type"><option value="">all</option>{type_opts}</select></label>'
            f'<label>company <select id="f-company"><option value="">all</option>{company_opts}</select></label>'
            f'<span class="muted"><span id="f-count">{len(rows)}</span> of {len(rows)} shown</span></div>'
            f'<table><thead><tr><th>type</th><th>fact</th><th>evidence (the span it rests on marked)</th>'
            f'<th>document</th></tr></thead><tbody>{body}</tbody></table>')


def _rejected(rows: list[dict]) -> str:
    if not rows:
        return '<p class="muted">No file was rejected.</p>'
    body = "".join(f"<tr><td>{esc(r['source_path'])}</td><td>{esc(r['stage'])}</td><td>{esc(r['error'])}</td></tr>"
                   for r in rows)
    return f"<table><thead><tr><th>file</th><th>stage</th><th>reason</th></tr></thead><tbody>{body}</tbody></table>"


def render(d: ReportData) -> str:
    """The whole page as one string."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>newsledger review: {esc(d.db)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>newsledger review</h1><div class="muted">warehouse {esc(d.db)} · generated {esc(d.generated_at)}'
        "</div></header><main>"
        f"{_headline(d.headline)}"
        f"<h2>Charts</h2>{_charts(d)}"
        f"<h2>Rejected files ({len(d.rejected)})</h2>{_rejected(d.rejected)}"
        f"<h2>Records</h2>{_records(d)}"
        f"</main><script>{JS}</script></body></html>")
