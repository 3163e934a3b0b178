# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Exact versions of every dependency, so a fresh machine installs what CI tested.
LOCK := requirements.lock

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: demo test notebook notebook-html deps-system bench bench-scale ocr install install-dev lock render-samples robustness clean

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

## demo: set up (with the dev extras: the benchmark's corpus needs reportlab), ingest raw/, show what was loaded
demo: install-dev
	$(BIN)/papers ingest raw/
	$(BIN)/papers status

## test: the whole pytest suite; the report and OCR tests are skipped, and named, without chromium or tesseract
test: install-dev
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		echo "note: chromium is not installed: the report's headless-browser tests will be skipped (make deps-system installs it)"
	@command -v tesseract >/dev/null || \
		echo "note: tesseract is not installed: the OCR tests will be skipped (make deps-system installs it)"
	$(BIN)/python -m pytest -rs

## notebook: open the funding notebook in JupyterLab (it reads $$PAPERS_WAREHOUSE, else warehouse/papers.duckdb)
notebook: install-dev
	$(BIN)/jupyter lab notebooks/funding_trends.ipynb

## notebook-html: run the notebook against the warehouse and publish it, with its outputs, as notebooks/funding_trends.html
notebook-html: install-dev
	$(BIN)/jupyter nbconvert --to html --execute --ExecutePreprocessor.timeout=600 --output funding_trends.html notebooks/funding_trends.ipynb

## deps-system: install Debian's chromium and tesseract-ocr (needs root; about 500 MB), for the report and OCR tests
deps-system:
	command -v chromium >/dev/null && command -v tesseract >/dev/null || \
		{ apt-get update && apt-get install -y chromium tesseract-ocr; }

## ocr: install Debian's tesseract for `papers ingest --ocr`
ocr:
	command -v tesseract >/dev/null || { apt-get update && apt-get install -y tesseract-ocr; }

## robustness: score scratch-set folders again after white-space and case transforms, pooled (no benchmark corpus needed):
##   make robustness SETS_DIR=/work/scratch/sets SETS="s10 s11" [TRANSFORMS="blank wrap80"] (after make install)
SETS_DIR ?= /work/scratch/sets
TRANSFORMS ?= blank noblank squash indent wrap80 flat upper
robustness:
	PYTHONPATH=. $(BIN)/python scripts/robustness.py --sets $(addprefix $(SETS_DIR)/,$(SETS)) -- $(TRANSFORMS)

## bench: measure ingest against raw PDFium and pdfplumber on the three corpora (200 generated packs, the samples x40, 200 mixed), queries on 1M facts, then one table of the targets (see README, Performance)
bench: install-dev
	$(BIN)/python benchmarks/bench.py --corpus generated --docs 200
	$(BIN)/python benchmarks/bench.py --corpus samples --docs 40
	$(BIN)/python benchmarks/bench.py --corpus mixed --docs 200
	$(BIN)/python benchmarks/scale.py --facts 1000000
	$(BIN)/python benchmarks/summary.py

## bench-scale: grow a warehouse of 1 million facts from 12 ingested packs and time the views and search on it (see README, Performance)
bench-scale: install-dev
	$(BIN)/python benchmarks/scale.py --facts 1000000

## lock: re-pin requirements.lock from a clean resolve of pyproject.toml
lock:
	rm -rf /tmp/committee-papers-lock && $(PYTHON) -m venv /tmp/committee-papers-lock
	/tmp/committee-papers-lock/bin/pip install --quiet '.[dev]'
	/tmp/committee-papers-lock/bin/pip freeze --exclude committee-papers > $(LOCK)

## render-samples: re-render raw/samples/*.pdf from the text fixtures
render-samples: install-dev
	$(BIN)/python scripts/render_samples.py

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.duckdb.snapshot* .pytest_cache
