"""Shared test setup: Prefect kept inside a temp dir, one Prefect test server per session, paths to corpora."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

# before anything imports Prefect: never write to ~/.prefect from tests
_PREFECT_HOME = tempfile.mkdtemp(prefix="newsledger-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def prefect_server():
    """One Prefect test server for the session (~15 s to start); yields its API URL for subprocesses."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


@pytest.fixture
def subprocess_env(prefect_server, tmp_path):
    """Environment for running the real `newsledger` command against the session's Prefect server."""
    env = dict(os.environ)
    env["PREFECT_API_URL"] = prefect_server
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    return env


@pytest.fixture(scope="session")
def review_run(prefect_server, tmp_path_factory):
    """One real flow run for the review page, the artifacts and the evaluator: the dev articles (the
    fixture articles without ../shared), a file whose title and text hold markup, and a binary to reject."""
    import shutil
    from types import SimpleNamespace

    from flows.run import run_flow

    base = tmp_path_factory.mktemp("review")
    extra = base / "extra"
    extra.mkdir()
    shutil.copy(FIXTURES / "hostile" / "hostile.md", extra / "hostile.md")
    (extra / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    articles = SHARED_EVAL / "dev" / "raw"
    if not articles.is_dir():
        articles = FIXTURES / "articles"
    db = base / "review.duckdb"
    state = run_flow(inputs=[str(articles), str(extra)], db=str(db), return_state=True)
    return SimpleNamespace(db=db, summary=state.result(), flow_run_id=state.state_details.flow_run_id,
                           articles=articles)
