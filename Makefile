# Two commands do all the set-up: `make demo` and `make test`. Both create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench browser-deps clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/primaries demo

# Debian's Chromium drives the browser tests; never a downloaded browser. Debian's nginx is the
# cache in front of gunicorn that tests/test_cache_stack.py starts (deploy/).
browser-deps:
	@{ command -v chromium && PATH="$$PATH:/usr/sbin" command -v nginx; } >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium and nginx for the browser and cache tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver nginx-light) \
	  || { echo "could not install them: run as root or install packages chromium, chromium-driver and nginx-light"; exit 1; }; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# One worker per core (pytest-xdist): every test has its own database, port and files.
test: $(STAMP) browser-deps lint
	$(BIN)/python -m pytest -q -n auto

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
