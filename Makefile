# Warta's set-up, demo and checks. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= warta.duckdb

.PHONY: demo test lint typecheck unit eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $@

## demo: install Warta, code the example articles (and ../shared/seeds, if there) into $(DB), print the events
demo: $(VENV)/.installed
	if [ -d ../shared/seeds ]; then $(BIN)/warta ingest ../shared/seeds --db $(DB); fi
	$(BIN)/warta ingest examples --db $(DB)
	$(BIN)/warta events --db $(DB)
	@echo "Browse them: $(BIN)/warta serve --db $(DB)  (dashboard at http://127.0.0.1:8000/, API docs at /docs)"

## test: lint, type-check and run every test (the evaluation gate included)
test: lint typecheck unit

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed
	$(BIN)/mypy

unit: $(VENV)/.installed
	$(BIN)/pytest -q

## eval: score the coder on ../shared/gold (per language)
eval: $(VENV)/.installed
	$(BIN)/warta evaluate ../shared/gold/seeds.jsonl ../shared/gold/dev.jsonl

## bench: articles/s and peak memory on the replicated real corpus
bench: $(VENV)/.installed
	$(BIN)/warta bench --articles 10000

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
