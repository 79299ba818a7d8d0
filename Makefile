# Kehu developer tasks. `make run` and `make test` work on a fresh machine
# with Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
LOCK   := requirements.lock
ifeq ($(OS),Windows_NT)
  BIN := $(VENV)/Scripts
  LOCK_BIN := .venv-lock/Scripts
else
  BIN := $(VENV)/bin
  LOCK_BIN := .venv-lock/bin
endif
PY := $(BIN)/python

TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test audit lock bench lint translations update-translations demo clean

# The versions in requirements.lock are the ones tested and audited.
$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'Kehu needs Python 3.11 or newer')"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]' -c $(LOCK)
	touch $@

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

## Start the GUI on the default database in the user's data folder.
run: $(VENV)/.installed translations
	$(PY) main.py

## Run the whole suite headless, after the dependency audit.
test: $(VENV)/.installed translations
	$(PY) .ci/audit_dependencies.py $(LOCK)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

## Known vulnerabilities in the locked dependencies (pip-audit). A finding
## fails; a vulnerability service out of reach only warns (KEHU_AUDIT_STRICT=1
## makes that fail too).
audit: $(VENV)/.installed
	$(PY) .ci/audit_dependencies.py $(LOCK)

## Re-resolve the dependencies of pyproject.toml in a fresh venv and write
## requirements.lock (after changing a dependency; then run `make test`).
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	$(LOCK_BIN)/python -m pip install --quiet --upgrade pip
	$(LOCK_BIN)/python -m pip install --quiet -e '.[test]'
	{ \
	  echo "# Kehu's locked dependency set: every package pip install -e '.[test]' installs,"; \
	  echo "# at the version the tests ran with. make installs with -c $(LOCK), and"; \
	  echo "# make audit (part of make test) checks these versions for known vulnerabilities."; \
	  echo "# Made by make lock (a fresh venv, pip freeze); edit pyproject.toml, then re-lock."; \
	  echo "# Packages only another platform needs (colorama on Windows) are not pinned."; \
	  $(LOCK_BIN)/python -m pip freeze --exclude-editable; \
	} > $(LOCK).new
	mv $(LOCK).new $(LOCK)
	rm -rf .venv-lock

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
	rm -rf $(VENV) .venv-lock resources/i18n/*.qm
