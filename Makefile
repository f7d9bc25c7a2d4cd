# Two commands set up everything on a fresh machine that has python3:
#   make run    the app on the demo workshop
#   make test   the whole test suite, headless
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
# The one list of exact versions (README › Dependencies); pyproject.toml holds only ranges.
LOCK   := requirements/lock.txt
AXE    := node_modules/axe-core/axe.min.js

.PHONY: run test lint format forms bench soak rehearsal screenshots bundle install-desktop uninstall-desktop translations clean

$(STAMP): pyproject.toml requirements/lock.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# Every install takes its versions from the lock, the build tools too (no build isolation:
	@# setuptools is the locked one in the venv, not whatever the index offers today).
	$(PY) -m pip install --quiet -c $(LOCK) pip setuptools wheel
	$(PY) -m pip install --quiet --no-build-isolation -c $(LOCK) -e .
	@touch $@

$(TSTAMP): $(STAMP) pyproject.toml requirements/lock.txt $(AXE)
	$(PY) -m pip install --quiet --no-build-isolation -c $(LOCK) -e '.[test,dev]'
	@touch $@

# axe-core for the accessibility tests, at the version package-lock.json pins (no CDN).
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

run: $(STAMP)
	@$(PY) -m workshop_app.ui.display_check || exit 1
	$(VENV)/bin/workshop-app --demo

# The tests that measure time (the short rehearsal's GUI stalls) run first, alone; then
# the rest on TEST_WORKERS processes, one file per worker at a time (module fixtures run once).
TEST_WORKERS ?= 2
# Both parts run even when the first fails, so that one run shows every failure.
test: $(TSTAMP)
	@status=0; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m alone || status=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not alone" -n $(TEST_WORKERS) --dist loadfile \
		|| status=$$?; \
	exit $$status

# The crash soak: a live server SIGKILLed at a seeded moment, over SEEDS seeds.
SEEDS ?= 30
soak: $(TSTAMP)
	$(PY) -m tests.reliability.soak --seeds $(SEEDS)

# Benchmarks (not part of `make test`; README › Performance): phone bursts, export
# scaling, start-up. Prints a table, writes benchmarks/results/latest.json.
bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

# A whole scripted workshop through the real main window with simulated phones
# (README › Reliability): REHEARSAL_MINUTES (default 10), PHONES (default 300).
# Prints a table, writes rehearsal/results/latest.json, fails when a check fails.
rehearsal: $(TSTAMP)
	$(PY) -m rehearsal

# The pictures in docs/screenshots/ (README shows them), from the real windows on the demo,
# offscreen: start screen, editor, console, presenter at 1280×720.
screenshots: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m screenshots

lint: $(TSTAMP)
	$(VENV)/bin/ruff check workshop_app tests benchmarks rehearsal screenshots
	$(VENV)/bin/ruff format --check workshop_app tests benchmarks rehearsal screenshots
	$(VENV)/bin/mypy

format: $(TSTAMP)
	$(VENV)/bin/ruff format workshop_app tests benchmarks rehearsal screenshots
	$(VENV)/bin/ruff check --fix workshop_app tests benchmarks rehearsal screenshots

# Recompile Designer forms into workshop_app/ui/forms (generated; a test checks freshness).
forms: $(STAMP)
	$(PY) -m workshop_app.ui.build_forms

# Translations: extract every tr() string and form string into the .ts sources (edit these
# with Qt Linguist or by hand), then compile them into the .qm files the app loads.
LANGUAGES := fr de nl
TS_FILES  := $(foreach lang,$(LANGUAGES),resources/translations/workshop_app_$(lang).ts)
TR_SOURCES = forms/*.ui $(shell find workshop_app -name '*.py' -not -path 'workshop_app/ui/forms/*')

translations: $(STAMP)
	@echo "pyside6-lupdate forms/*.ui workshop_app/**/*.py -> $(TS_FILES)"
	@$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $(TR_SOURCES) -ts $(TS_FILES)
	@# English is the source language: its catalogue holds only the singular of counted messages.
	@$(VENV)/bin/pyside6-lupdate -silent -pluralonly -no-obsolete -locations none $(TR_SOURCES) \
		-ts resources/translations/workshop_app_en.ts
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES) resources/translations/workshop_app_en.ts

# A one-folder program in dist/workshop-app/ (PyInstaller; see packaging/README.md).
bundle: $(TSTAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES) resources/translations/workshop_app_en.ts
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/workshop-app.spec

# The launcher, icon and .workshop file type for the current user (run `make bundle` first
# to launch the bundle; otherwise the launcher runs the development environment).
XDG_DATA_HOME ?= $(HOME)/.local/share
APP_ID        := org.workshopapp.WorkshopApp
install-desktop:
	@if [ -x dist/workshop-app/workshop-app ]; then exe="$(CURDIR)/dist/workshop-app/workshop-app"; \
	 else exe="$(CURDIR)/$(VENV)/bin/workshop-app"; fi; \
	 install -d "$(XDG_DATA_HOME)/applications" "$(XDG_DATA_HOME)/metainfo" \
		"$(XDG_DATA_HOME)/icons/hicolor/scalable/apps" "$(XDG_DATA_HOME)/mime/packages"; \
	 sed "s|^Exec=workshop-app|Exec=\"$$exe\"|; s|^TryExec=workshop-app|TryExec=$$exe|" \
		packaging/linux/$(APP_ID).desktop > "$(XDG_DATA_HOME)/applications/$(APP_ID).desktop"; \
	 echo "launcher runs $$exe"
	install -m 644 packaging/linux/$(APP_ID).metainfo.xml "$(XDG_DATA_HOME)/metainfo/"
	install -m 644 resources/icons/workshop-app.svg \
		"$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg"
	install -m 644 packaging/linux/workshop-app-mime.xml "$(XDG_DATA_HOME)/mime/packages/$(APP_ID).xml"
	-update-mime-database "$(XDG_DATA_HOME)/mime"
	-update-desktop-database "$(XDG_DATA_HOME)/applications"
	-gtk-update-icon-cache -q -t "$(XDG_DATA_HOME)/icons/hicolor"

uninstall-desktop:
	rm -f "$(XDG_DATA_HOME)/applications/$(APP_ID).desktop" \
		"$(XDG_DATA_HOME)/metainfo/$(APP_ID).metainfo.xml" \
		"$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg" \
		"$(XDG_DATA_HOME)/mime/packages/$(APP_ID).xml"
	-update-mime-database "$(XDG_DATA_HOME)/mime"
	-update-desktop-database "$(XDG_DATA_HOME)/applications"

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache node_modules
