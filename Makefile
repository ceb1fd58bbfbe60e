# Agent Workstation — set-up, run, test.
# `make run` and `make test` create .venv and install everything on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

export QT_QPA_PLATFORM ?=

TS_SOURCES = $(shell find ui workstation -name '*.py' | sort)

.PHONY: run test lint format venv translations update-translations screenshots bench clean

run: $(STAMP) translations
	$(BIN)/workstation

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(QM)

# After changing strings in the code: collect them, translate the new ones in Qt Linguist
# (pyside6-linguist), and commit the .ts. tests/ui/test_translations.py fails until then.
# English is the source language; its catalogue holds only the plurals ("%n day(s)"),
# whose English forms ("1 day", "2 days") only a translation gives.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -source-language en -target-language ru_RU -no-obsolete $(TS_SOURCES) -ts resources/translations/workstation_ru.ts
	$(BIN)/pyside6-lupdate -source-language en -target-language en -pluralonly -no-obsolete $(TS_SOURCES) -ts resources/translations/workstation_en.ts

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

bench: $(STAMP)
	for b in tests/perf/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
