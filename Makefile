# Lüzhi (履职) — the two commands a new machine needs: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVN := mvn -B -q
STACK := scripts/stack.sh

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: ## install system packages, MariaDB and Keycloak (idempotent)
	@$(STACK) install

build: install ## build the backend jar and the SPA
	cd backend && $(MVN) package -DskipTests
	cd frontend && (npm ci --no-audit --no-fund --loglevel=error) && npm run build --silent

run: build ## start everything with demo data and print the URL and demo users
	@$(STACK) start run
	@scripts/banner.sh

stop: ## stop exactly the processes `make run` started
	@$(STACK) stop run

openapi: ## refresh openapi.yaml from the code (the contract the SPA and integrators use)
	cd backend && $(MVN) package -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml
	cd frontend && npm run gen:api --silent

test: install ## run every test: backend (real MariaDB + Keycloak), SPA unit tests, browser tests, compose check
	@scripts/test.sh

bench: install ## measure list, search and score recompute speed on large generated data (100k deputies, 5M activity records)
	@scripts/bench.sh

clean: stop ## stop and remove build output and local data
	@$(STACK) stop test || true
	rm -rf .run backend/target frontend/dist frontend/node_modules

.PHONY: help install build run stop openapi test bench clean
