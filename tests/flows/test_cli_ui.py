"""The commands for people: `eval` prints the scorer's numbers, `report` writes the page, every --help has an
example, and the exit codes are the documented ones."""
from __future__ import annotations

import json

import pytest
import typer

from flows.cli import app, main
from tests.conftest import SHARED_EVAL


@pytest.mark.parametrize("command", sorted(typer.main.get_command(app).commands))
def test_every_command_help_has_an_example(command, capsys):
    assert main([command, "--help"]) == 0
    assert f"Example: newsledger {command}" in capsys.readouterr().out or command == "serve"


def test_serve_help_shows_the_server_too(capsys):
    assert main(["serve", "--help"]) == 0
    text = capsys.readouterr().out
    assert "prefect server start" in text and "newsledger serve --input" in text


@pytest.mark.skipif(not (SHARED_EVAL / "dev.gold.json").exists(), reason="../shared/eval is not on this machine")
def test_eval_prints_precision_recall_f1_per_type(review_run, tmp_path, capsys):
    report = tmp_path / "eval.json"
    assert main(["eval", "--gold", str(SHARED_EVAL / "dev.gold.json"), "--db", str(review_run.db),
                 "--json", str(report)]) == 0
    text = capsys.readouterr().out
    rep = json.loads(report.read_text())
    for kind in ("fines", "valuations", "offerings", "investments", "stakes"):
        t = rep["types"][kind]
        cells = [c.strip() for c in next(ln for ln in text.splitlines() if f" {kind} " in ln).split("│")]
        assert cells[1:8] == [kind, *(str(t[k]) for k in ("tp", "fp", "fn")),
                              *(f"{t[k]:.3f}" for k in ("precision", "recall", "f1"))]
    assert f"{rep['records']['f1']:.3f}" in next(ln for ln in text.splitlines() if "all records" in ln)
    assert "metadata accuracy" in text


def test_eval_bad_gold_file_is_a_usage_error(review_run, tmp_path, capsys):
    bad = tmp_path / "gold.json"
    bad.write_text('{"labels": []}')
    assert main(["eval", "--gold", str(bad), "--db", str(review_run.db)]) == 2
    assert "is not a gold file" in capsys.readouterr().err
    assert main(["eval", "--gold", str(tmp_path / "absent.json"), "--db", str(review_run.db)]) == 2


@pytest.mark.parametrize("command", [["report", "--out", "r.html"], ["eval", "--gold", "g.json"]])
def test_no_warehouse_is_exit_4(command, tmp_path, capsys):
    gold = tmp_path / "g.json"
    gold.write_text('{"docs": []}')
    args = [a if a != "g.json" else str(gold) for a in command]
    assert main(args + ["--db", str(tmp_path / "absent.duckdb")]) == 4
    assert "no warehouse at" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
