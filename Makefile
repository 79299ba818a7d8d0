# Kehu developer tasks. `make run` and `make test` work on a fresh machine
# with Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
ifeq ($(OS),Windows_NT)
  BIN := $(VENV)/Scripts
else
  BIN := $(VENV)/bin
endif
PY := $(BIN)/python

TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench lint translations update-translations demo clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Kehu needs Python 3.11 or newer')"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

## Start the GUI on the default database in the user's data folder.
run: $(VENV)/.installed translations
	$(PY) main.py

## Run the whole suite headless.
test: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

## Benchmarks: 100,000 customers; prints start-up, filter latency and memory.
bench: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

lint: $(VENV)/.installed
	$(BIN)/ruff check app ui tests main.py bench
	$(BIN)/ruff format --check app ui tests main.py bench

## Re-scan the sources for translatable strings (keeps existing translations).
update-translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete app/*.py app/*/*.py ui/*.py -ts resources/i18n/kehu_zh_CN.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly app/*.py app/*/*.py ui/*.py -ts resources/i18n/kehu_en.ts

demo: $(VENV)/.installed
	$(PY) main.py demo --db demo.sqlite3 --customers 2000

clean:
	rm -rf $(VENV) resources/i18n/*.qm
