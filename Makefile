# The one task runner for people and CI. `make help` lists the targets.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
SANDBOX ?= .sandbox
DEBIAN_PACKAGES := mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml python3-venv \
	chromium fonts-liberation

.PHONY: help install system-deps test unit lint schema demo sandbox-stop bench fuzz soak clean

help:  ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed  ## the virtual environment with salonbot and its test tools

system-deps:  ## Debian's MediaWiki and PHP for the sandbox wiki (apt-get, as root or with sudo)
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		echo "installing $$missing"; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# What CI runs (.ci/run): lint first, then the whole suite, in a worker process a core (pytest-xdist;
# each worker starts its own sandbox wiki). pytest's own exit code fails the target, 5 (no tests
# collected) included.
test: system-deps lint  ## ruff, mypy, then the whole suite: unit, golden, property and sandbox-wiki tests
	$(PY) -m pytest -q -n auto --maxprocesses 4

unit: install  ## the tests that need no wiki
	$(PY) -m pytest -q -m 'not wiki'

lint: install  ## ruff (src, tests, benchmarks, scripts) and mypy (the whole package)
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/mypy

schema: install  ## rewrite the shipped JSON Schema from the template
	$(VENV)/bin/salonbot schema -o src/salonbot/report/schema/report.schema.json

# The demo pushes a copy of reports/ so that the sandbox's base revisions stay out of the repository.
demo: system-deps install  ## start a sandbox wiki, push reports/ to it, print each page's URL
	@eval "$$($(VENV)/bin/salonbot sandbox start --state-dir $(SANDBOX))" && \
	mkdir -p $(SANDBOX)/reports && cp reports/*.yaml $(SANDBOX)/reports/ && \
	$(VENV)/bin/salonbot push --yes --dir $(SANDBOX)/reports

sandbox-stop:  ## stop the sandbox wiki of `make demo`
	$(VENV)/bin/salonbot sandbox stop --state-dir $(SANDBOX)

bench: system-deps install  ## benchmarks (results in benchmarks/RESULTS.md)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) benchmarks/bench_parse.py
	$(PY) benchmarks/bench_export.py
	$(PY) benchmarks/bench_requests.py
	$(PY) benchmarks/bench_pull.py
	$(PY) benchmarks/bench_structure.py
	$(PY) benchmarks/bench_names.py
	$(PY) benchmarks/bench_recognition.py
	$(PY) benchmarks/bench_limits.py

fuzz: install  ## a long hypothesis run of the round-trip properties
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/test_properties.py

soak: system-deps install  ## 200 seeded network-fault scenarios against a sandbox wiki
	$(PY) tests/soak.py --scenarios 200 --seed 1

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache
