# The two commands of the README: `make up` and `make test`.
PYTHON ?= python3
VENV ?= .venv
KB := $(VENV)/bin/kb

.PHONY: up test lint install clean

up: install  ## start Neo4j, load the sample corpus, serve the dashboard
	$(KB) up

test: lint  ## lint and type-check, then every test against a real Neo4j the suite starts itself
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "orgkb needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info
