# Two entry points for a fresh machine: `make run` and `make test`. Each creates .venv when absent and
# (re)installs the project when pyproject.toml changed; nothing else needs to be installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INPUT ?= seeds
DB ?= newsledger.duckdb
# a checkout of github.com/scrapinghub/article-extraction-benchmark: `make bench CLEANING_BENCH=PATH` scores
# whole-page cleaning on it; without it that bench prints a "skipped" line
CLEANING_BENCH ?=
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test bench score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/newsledger run --input $(INPUT) --db $(DB)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run_all.py $(if $(CLEANING_BENCH),--cleaning-bench "$(CLEANING_BENCH)") $(BENCH_ARGS)

score: run
	$(BIN)/python ../shared/eval/score.py --db $(DB) --gold ../shared/eval/seeds.gold.json

clean:
	rm -rf $(VENV) .prefect $(DB) $(DB).wal .pytest_cache
