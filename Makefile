# Two commands from a fresh clone: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run chat migrate test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	@if [ -n "$$BOT_TOKEN" ]; then \
		exec $(BIN)/python -m bot run; \
	else \
		echo "BOT_TOKEN is not set, so opening the offline terminal chat instead."; \
		exec $(BIN)/python -m bot chat; \
	fi

chat: $(STAMP)
	$(BIN)/python -m bot chat

migrate: $(STAMP)
	$(BIN)/python -m bot migrate

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
