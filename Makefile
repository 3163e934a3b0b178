# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Exact versions of every dependency, so a fresh machine installs what CI tested.
LOCK := requirements.lock

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: demo test install install-dev lock render-samples clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(LOCK)
	$(BIN)/pip install --quiet -c $(LOCK) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: set up, ingest raw/ into warehouse/papers.duckdb, show what was loaded
demo: install
	$(BIN)/papers ingest raw/
	$(BIN)/papers status

## test: the whole pytest suite
test: install-dev
	$(BIN)/python -m pytest

## lock: re-pin requirements.lock from a clean resolve of pyproject.toml
lock:
	rm -rf /tmp/committee-papers-lock && $(PYTHON) -m venv /tmp/committee-papers-lock
	/tmp/committee-papers-lock/bin/pip install --quiet '.[dev]'
	/tmp/committee-papers-lock/bin/pip freeze --exclude committee-papers > $(LOCK)

## render-samples: re-render raw/samples/*.pdf from the text fixtures
render-samples: install-dev
	$(BIN)/python scripts/render_samples.py

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/*.duckdb.wal .pytest_cache
