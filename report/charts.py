"""Charts as inline SVG strings: horizontal bars, vertical bars, and points over time on a log scale.

No library and no network: each function takes plain numbers and labels and returns one <svg> element.
Labels are escaped here; a full label also goes into a <title> so a hover shows what was truncated.
"""
from __future__ import annotations

import math

from report.fmt import esc, short_number

PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
           "#ea580c", "#4f46e5", "#0d9488", "#9333ea")
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _clip(label: str, n: int) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def empty(message: str, width: int = 560) -> str:
    return (f'<svg class="chart" width="{width}" height="60" viewBox="0 0 {width} 60" role="img" {FONT}>'
            f'<text x="10" y="35" fill="#6b7280">{esc(message)}</text></svg>')


def hbars(items: list[tuple[str, float]], *, fmt=short_number, width: int = 560, label_w: int = 190,
          row_h: int = 22, max_rows: int = 30, bar_colour: str = PALETTE[1]) -> str:
    """One bar per item, largest first as given; beyond `max_rows` the rest are summed into one line."""
    if not items:
        return empty("nothing to draw")
    if len(items) > max_rows:
        rest = items[max_rows - 1:]
        items = items[: max_rows - 1] + [(f"{len(rest)} others", sum(v for _, v in rest))]
    top = max(v for _, v in items) or 1.0
    plot_w = width - label_w - 70
    h = row_h * len(items) + 10
    parts = [f'<svg class="chart" width="{width}" height="{h}" viewBox="0 0 {width} {h}" role="img" {FONT}>']
    for i, (label, v) in enumerate(items):
        y = 5 + i * row_h
        w = max(1.0, plot_w * v / top)
        parts.append(f'<g><title>{esc(label)}: {esc(fmt(v))}</title>'
                     f'<text x="{label_w - 6}" y="{y + row_h * 0.65:.1f}" text-anchor="end">{esc(_clip(label, 28))}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{bar_colour}" rx="2"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + row_h * 0.65:.1f}" fill="#374151">{esc(fmt(v))}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def vbars(items: list[tuple[str, float]], *, fmt=short_number, width: int = 560, height: int = 240,
          bar_colour: str = PALETTE[0]) -> str:
    """One bar per category in the order given; category labels turn when there are many."""
    if not items:
        return empty("nothing to draw")
    left, right, top_m = 10, 10, 20
    many = len(items) > 8
    bottom = 60 if many else 28
    plot_w, plot_h = width - left - right, height - top_m - bottom
    slot = plot_w / len(items)
    bar_w = max(2.0, min(48.0, slot * 0.7))
    top = max(v for _, v in items) or 1.0
    parts = [f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" {FONT}>',
             f'<line x1="{left}" y1="{top_m + plot_h}" x2="{width - right}" y2="{top_m + plot_h}" stroke="#9ca3af"/>']
    for i, (label, v) in enumerate(items):
        bh = max(1.0, plot_h * v / top)
        cx = left + slot * (i + 0.5)
        x, y = cx - bar_w / 2, top_m + plot_h - bh
        ly = top_m + plot_h + 14
        text = (f'<text x="{cx:.1f}" y="{ly}" text-anchor="end" transform="rotate(-45 {cx:.1f} {ly})">{esc(label)}</text>'
                if many else f'<text x="{cx:.1f}" y="{ly + 2}" text-anchor="middle">{esc(label)}</text>')
        parts.append(f'<g><title>{esc(label)}: {esc(fmt(v))}</title>'
                     f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{bh:.1f}" fill="{bar_colour}" rx="2"/>'
                     f'<text x="{cx:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="#374151">{esc(fmt(v))}</text>'
                     f'{text}</g>')
    parts.append("</svg>")
    return "".join(parts)


def _log_ticks(lo: float, hi: float) -> list[float]:
    """Powers of ten around the values; 2x and 5x between them when fewer than three decades show."""
    decades = range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
    steps = (1, 2, 5) if len(decades) <= 3 else (1,)
    ticks = [m * 10.0 ** e for e in decades for m in steps]
    return [t for t in ticks if t <= 10.0 ** decades[-1]]


def timeline(series: dict[str, list[tuple[float, float]]], *, fmt=short_number, width: int = 560,
             height: int = 300) -> str:
    """Points (time in years, value) per series on a log value axis, each series joined in time order;
    the colour of series i is `colour(i)` so a legend outside the SVG can name them."""
    pts = [p for s in series.values() for p in s]
    if not pts:
        return empty("nothing to draw")
    left, right, top_m, bottom = 58, 16, 12, 28
    plot_w, plot_h = width - left - right, height - top_m - bottom
    # whole years at both ends, so the first and last points have a labelled year beside them
    t0, t1 = math.floor(min(t for t, _ in pts)), math.ceil(max(t for t, _ in pts))
    if t1 == t0:
        t1 += 1
    yticks = _log_ticks(min(v for _, v in pts), max(v for _, v in pts))
    y0, y1 = math.log10(yticks[0]), math.log10(yticks[-1])
    if y1 == y0:
        y0, y1 = y0 - 1, y1 + 1
        yticks = [10 ** y0, 10 ** (y0 + 1), 10 ** y1]

    def sx(t: float) -> float:
        return left + plot_w * (t - t0) / (t1 - t0)

    def sy(v: float) -> float:
        return top_m + plot_h * (1 - (math.log10(v) - y0) / (y1 - y0))

    parts = [f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" {FONT}>']
    for v in yticks:
        y = sy(v)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e5e7eb"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280">{esc(fmt(v))}</text>')
    years = range(math.ceil(t0), math.floor(t1) + 1)
    step = max(1, math.ceil(len(years) / 10))
    for yr in list(years)[::step]:
        x = sx(yr)
        parts.append(f'<line x1="{x:.1f}" y1="{top_m}" x2="{x:.1f}" y2="{top_m + plot_h}" stroke="#f3f4f6"/>'
                     f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" fill="#6b7280">{yr}</text>')
    for i, (name, s) in enumerate(series.items()):
        c = colour(i)
        if len(s) > 1:
            path = " ".join(f"{sx(t):.1f},{sy(v):.1f}" for t, v in s)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{c}" stroke-width="1.5"/>')
        for t, v in s:
            parts.append(f'<circle cx="{sx(t):.1f}" cy="{sy(v):.1f}" r="4" fill="{c}">'
                         f'<title>{esc(name)}: {esc(fmt(v))} ({t:.1f})</title></circle>')
    parts.append("</svg>")
    return "".join(parts)
