# gridworker — the two commands a newcomer needs: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test test-fast lint install system-deps screenshots bench installer installer-test clean

$(BIN)/python:
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "gridworker needs Python 3.11 or newer")'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[server,test]'
	@touch $@

install: $(STAMP)

# Debian/Ubuntu packages the tests use (pdftotext, Xvfb); installed only when missing.
system-deps:
	@sh scripts/system-deps.sh

run: install
	GRIDWORKER_HOME=$${GRIDWORKER_HOME:-$(CURDIR)/.demo} $(BIN)/gridworker demo-up

test: install system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The suite without the slow reliability tests (marker `slow`): a few minutes, for every change.
test-fast: install system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff format --check gridworker tests benchmarks scripts installer
	$(BIN)/ruff check gridworker tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

screenshots: install system-deps
	$(BIN)/python scripts/screenshots.py docs/screenshots
	$(BIN)/python scripts/render_summary_sample.py docs/screenshots

bench: install
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The desktop bundle and .deb (PyInstaller; see installer/README.md).
installer: install
	$(BIN)/pip install --quiet -e '.[installer]'
	sh installer/build.sh

# Build (printing build time, sizes, the GLIBC_ level and start times), then install the .deb
# into a scratch root, self-test it and run the upgrade test.
installer-test: install system-deps
	$(BIN)/pip install --quiet -e '.[installer]'
	sh installer/build.sh
	GRIDWORKER_DEB=$$(ls -t dist/gridworker_*_amd64.deb | head -n 1) GRIDWORKER_TEST_INSTALLER=1 \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/installer $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
