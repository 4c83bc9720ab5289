"""Prefect environment defaults, applied before Prefect is imported so it never writes to ~/.prefect unasked."""
from __future__ import annotations

import os
from pathlib import Path


def apply_prefect_defaults(verbose: bool = False) -> None:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsledger"
    os.environ.setdefault("PREFECT_HOME", str(cache / "prefect"))
    # Prefect creates its home but not the parents of it
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
