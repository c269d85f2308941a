# MTTQ Lạng Sơn: `make start` runs the whole product, `make test` tests all of it.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make-stamps

# Options (see README): network of a new site, demo content, ports, admin.
MTTQ_NETWORK ?= 2021
MTTQ_DEMO ?= 1
MTTQ_HOST ?= 127.0.0.1
MTTQ_PORT ?= 8080
MTTQ_ADMIN_USER ?= admin
MTTQ_ADMIN_PASSWORD ?= admin
FRONTEND_PORT ?= 3000
export MTTQ_NETWORK MTTQ_HOST MTTQ_PORT MTTQ_ADMIN_USER MTTQ_ADMIN_PASSWORD FRONTEND_PORT

ZOPE_CONF := instance/etc/zope.conf
HAS_FRONTEND := $(wildcard volto-frontend/Makefile)

.PHONY: help
help: ## This list
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(STAMPS)/venv: pyproject.toml constraints.txt
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c constraints.txt pip setuptools wheel
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[test]"
	@touch $@

.PHONY: install
install: $(STAMPS)/venv ## Python virtualenv from the lock (constraints.txt)

.PHONY: instance
instance: install ## Write the Zope instance config (instance/etc)
	$(BIN)/python scripts/instance_config.py

.PHONY: site
site: instance ## Create the site with its network if the database has none
	$(BIN)/mttq-network -C $(ZOPE_CONF) create-site --network $(MTTQ_NETWORK) $(if $(filter 1 yes true,$(MTTQ_DEMO)),--demo)

.PHONY: backend
backend: site ## Run only the backend on :8080 (foreground)
	$(BIN)/runwsgi instance/etc/zope.ini

.PHONY: start
start: site ## Install everything, make the site on first run, serve backend :8080 and frontend :3000
	scripts/start.sh

.PHONY: frontend-dev
frontend-dev: ## Volto development server against a running backend
	$(MAKE) -C volto-frontend install dev

# Tests -------------------------------------------------------------------

# The backend suite (one core, ~30 min) runs beside the buildout and
# frontend suites (build, browser): two cores, half the wall time. Each
# suite's output is printed when it ends.
.PHONY: test
test: install ## Every test suite
	$(MAKE) -j2 --output-sync=target test-backend test-other

.PHONY: test-other
test-other: test-buildout $(if $(HAS_FRONTEND),test-frontend)

.PHONY: test-backend
test-backend: install ## Backend tests (pytest, plone.app.testing layers)
	$(BIN)/python scripts/i18n_catalog.py
	$(BIN)/pytest tests/backend

.PHONY: bench-courses
bench-courses: install ## Course dashboard benchmark: 10,000 cadres × 20 courses, p50/p95 of @completion
	$(BIN)/pytest tests/backend/bench_courses.py -q -s

.PHONY: test-buildout
test-buildout: ## buildout.cfg builds bin/instance from the same pins, and it starts
	tests/buildout/run.sh

.PHONY: test-frontend
test-frontend: install ## Volto add-on unit tests and browser tests
	$(MAKE) -j1 -C volto-frontend install test

# Maintenance -------------------------------------------------------------

.PHONY: lock
lock: ## Re-resolve and rewrite constraints.txt and versions.cfg (review the diff)
	$(BIN)/python -m pip install -U -e ".[test]" "plone.app.layout<7" zc.buildout plone.recipe.zope2instance
	$(BIN)/python scripts/lock.py

.PHONY: clean
clean: ## Remove installs and builds (keeps the database in instance/var)
	rm -rf $(VENV) $(STAMPS) .venv-buildout bin parts develop-eggs .installed.cfg
