# Two commands set up everything on a fresh machine that has python3:
#   make run    the app on the demo workshop
#   make test   the whole test suite, headless
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint format forms bench soak bundle install-desktop clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(TSTAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $@

run: $(STAMP)
	@$(PY) -m workshop_app.ui.display_check || exit 1
	$(VENV)/bin/workshop-app --demo

test: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(TSTAMP)
	$(VENV)/bin/ruff check workshop_app tests
	$(VENV)/bin/ruff format --check workshop_app tests
	$(VENV)/bin/mypy

format: $(TSTAMP)
	$(VENV)/bin/ruff format workshop_app tests
	$(VENV)/bin/ruff check --fix workshop_app tests

# Recompile Designer forms into workshop_app/ui/forms (generated; a test checks freshness).
forms: $(STAMP)
	$(PY) -m workshop_app.ui.build_forms

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
