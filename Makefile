# Two commands from a fresh clone: `make run` and `make test`. Both set up .venv first:
# `make run` with what running needs, `make test` adds the dev tools ([dev] in pyproject.toml).
# Both install the versions CI tested (constraints.txt; `make lock` refreshes it).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-stamp
DEV_STAMP := $(VENV)/.dev-stamp
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c constraints.txt

.PHONY: setup run chat migrate test lint bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e .
	touch $(RUN_STAMP)

$(DEV_STAMP): $(RUN_STAMP)
	$(PIP_INSTALL) -e '.[dev]'
	touch $(DEV_STAMP)

setup: $(DEV_STAMP)

run: $(RUN_STAMP)
	@if [ -n "$$BOT_TOKEN" ]; then \
		exec $(BIN)/python -m bot run; \
	else \
		echo "BOT_TOKEN is not set, so opening the offline terminal chat instead."; \
		exec $(BIN)/python -m bot chat; \
	fi

chat: $(RUN_STAMP)
	$(BIN)/python -m bot chat

migrate: $(RUN_STAMP)
	$(BIN)/python -m bot migrate

test: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2 --dist loadfile  # two workers, each test file on one (some share a module-wide world); PostgreSQL tests each use a database of their own

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(DEV_STAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# After changing a dependency: the versions in the dev venv, once the suite passes there.
lock: $(DEV_STAMP)
	{ echo "# Versions CI tested: written by make lock (pip freeze of the dev venv)."; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
