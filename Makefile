# The two commands that must always work on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench forms translations screenshots lint bundle bundle-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## the application on the embedded SQLite database (demo data created on first launch)
run: install
	$(BIN)/ocpizza-desk

## the whole test suite, SQLite and MariaDB, offscreen (the bundle's own test: make bundle-test)
test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not bundle"

## long measurements, written to bench/results.md (not part of make test)
bench: install
	$(BIN)/python -m bench

## recompile ui/*.ui into ocpizza_desk/gui/forms/
forms: install
	$(BIN)/python tools/build_forms.py

## refresh resources/translations/*.ts from the sources and compile the .qm files
translations: install
	$(BIN)/python tools/update_translations.py

## the README's screenshots, rendered offscreen with demo data
screenshots: install
	for screen in sign-in order-taking order-book kitchen dashboard dashboard-head-office catalogue stock stores staff audit-log customers cash-close \
		delivery-board itinerary reports-revenue reports-summary; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/ocpizza-desk screenshot $$screen \
			--out docs/screenshots/$$screen.png || exit 1; \
	done

lint: install
	$(BIN)/ruff check .

## a PyInstaller bundle in dist/ocpizza-desk/ that runs without Python
bundle: install
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

## build the bundle, then start it offscreen: --version, a scripted sign-in, exit (CI runs it)
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/test_bundle.py

clean:
	rm -rf build dist .pytest_cache
