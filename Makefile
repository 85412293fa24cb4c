# Two commands for a fresh machine: `make demo` (derek alone) and `make test` (derek and its dev tools).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev
DB     := derek.db

.PHONY: demo test lint typecheck browser schema-doc clean

# What derek needs to run, nothing more.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

# The test, lint and type-checking tools on top.
$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV)

demo: $(STAMP)
	$(BIN)/derek ingest examples --db $(DB) --quiet
	$(BIN)/derek process examples --format text
	$(BIN)/derek export --db $(DB) --format csv --to derek-export
	@echo
	@echo "Open the knowledge base in a browser (http://127.0.0.1:8000/):"
	@echo "    $(BIN)/derek serve --db $(DB)"

lint: $(DEV)
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(DEV)
	$(BIN)/mypy

schema-doc: $(STAMP)
	$(BIN)/python scripts/gen_schema_doc.py

# Browser tests use Debian's chromium; install it when we are root and it is missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

test: $(DEV) browser lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache derek-export
