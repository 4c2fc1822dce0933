# Two commands for a newcomer: `make run` and `make test`. Both set up what they need first,
# and do nothing more than check stamps when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test setup debian data lint pytest clean

run: setup data
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true

test: setup lint pytest

setup: debian $(STAMP)

# The browser test drives the system Chromium (Playwright's own browser download cannot work
# here), and screenshots need a CJK font or Chinese renders as boxes. Checking first keeps this
# instant when both are present; apt-get update runs only when something must be installed.
# fontconfig provides fc-list, which the check itself needs (chromium does not pull it in).
DEBIAN_PACKAGES := chromium fonts-noto-cjk fontconfig
debian:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then \
		exit 0; \
	elif [ "$$(id -u)" -ne 0 ]; then \
		echo "Missing Debian packages for the browser test; as root run:" >&2; \
		echo "  apt-get update && apt-get install -y --no-install-recommends $(DEBIAN_PACKAGES)" >&2; \
		exit 1; \
	else \
		apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(DEBIAN_PACKAGES); \
	fi

# Reinstall only when the lock file or the project metadata changed.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# Built tables are committed; rebuild only when they are missing.
data: setup
	@test -f data/indicators.csv || $(BIN)/districts build

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

pytest: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
