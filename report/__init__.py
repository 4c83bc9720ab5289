"""The review page: warehouse data in, one self-contained HTML file out (pure; no I/O, no SQL)."""
from report.page import ReportData, render

__all__ = ["ReportData", "render"]
