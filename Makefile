# Aftercare developer and CI entry points (GNU make). `make help` lists the targets.
# Local state (Keycloak dist, logs, pids, reports) lives in .local/ (git-ignored).
# Everything runs on 127.0.0.1: PostgreSQL 5432, Keycloak 8180, backend 8080 with its management port 9000 (health,
# metrics) (e2e 8089/9089), vite 5173 (e2e 4173).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:
MAKEFLAGS += --no-print-directory

S := $(CURDIR)/.ci/scripts
# backend/mvnw with JAVA_HOME = a JDK >= 21 (looked up when a recipe runs, so `make help` works without one)
MVN := $(S)/mvn.sh
WITH_KC := $(S)/with-keycloak.sh
REPORTS := $(CURDIR)/.local/reports

.PHONY: help run stop status seed test test-realm test-backend lint-openapi test-helm test-frontend test-e2e \
        bench openapi tools postgres keycloak clean bundle-report lighthouse screenshots

help: ## Show this help
	@echo "Aftercare make targets:"
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

## ---- local environment

run: ## Start PostgreSQL, Keycloak, backend (8080), demo data and vite (5173) in the background
	@$(S)/postgres.sh
	@$(S)/keycloak.sh start
	@if [ -f .local/keycloak-fresh-data ]; then \
	  echo "Keycloak started on fresh data: recreating database aftercare for a consistent demo"; \
	  $(S)/backend.sh stop; $(S)/postgres.sh --recreate aftercare; rm -f .local/keycloak-fresh-data; fi
	@$(S)/backend.sh build
	@$(S)/backend.sh start
	@$(S)/seed-demo.sh
	@$(S)/frontend.sh start
	@echo
	@echo "Aftercare is running (stop everything with: make stop)"
	@echo "  SPA                http://localhost:5173"
	@echo "  Online booking     http://localhost:5173/book/north-star   (customers, no login; tracking at /track/<code>)"
	@echo "  API                http://127.0.0.1:8080/api/v1"
	@echo "  Health, metrics    http://127.0.0.1:9000/q/health/ready, http://127.0.0.1:9000/q/metrics   (management port)"
	@if curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:8080/q/swagger-ui/; then \
	  echo "  Swagger UI         http://127.0.0.1:8080/q/swagger-ui/"; fi
	@if curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:8080/q/openapi; then \
	  echo "  OpenAPI            http://127.0.0.1:8080/q/openapi"; fi
	@echo "  Keycloak admin     http://127.0.0.1:8180/admin/  (admin / admin; realm aftercare)"
	@echo "  Logs               .local/logs/{backend,frontend,keycloak}.log"

stop: ## Stop everything make started (vite, backends, Keycloak; PostgreSQL only if make started it)
	@$(S)/frontend.sh stop
	@BACKEND_NAME=backend-e2e $(S)/backend.sh stop
	@$(S)/backend.sh stop
	@$(S)/keycloak.sh stop
	@$(S)/postgres.sh stop

status: ## Show what is running
	@printf '  %-10s ' postgres; if pg_isready -q -h 127.0.0.1 -p 5432; then echo running; else echo stopped; fi
	@printf '  %-10s ' keycloak; $(S)/keycloak.sh status || true
	@printf '  %-10s ' backend; $(S)/backend.sh status || true
	@printf '  %-10s ' frontend; $(S)/frontend.sh status || true

seed: ## (Re)seed demo tenants and users into the running backend (idempotent)
	@$(S)/seed-demo.sh

postgres: ## Ensure PostgreSQL with the aftercare roles and databases
	@$(S)/postgres.sh

keycloak: ## Start the local Keycloak with realm aftercare (make stop stops it)
	@$(S)/keycloak.sh start

tools: ## Ensure the toolchain: JDK >= 21, Chromium, npm packages of frontend/ and openapi/
	@$(S)/jdk.sh >/dev/null
	@test -x backend/mvnw || { echo "ERROR: backend/mvnw is missing" >&2; exit 1; }
	@$(S)/chromium.sh >/dev/null
	@$(S)/frontend.sh deps frontend
	@$(S)/frontend.sh deps openapi

## ---- tests

test: ## Run every test step in order (what CI runs): realm, backend, OpenAPI lint, helm, frontend, e2e
	@$(S)/test-all.sh

test-realm: ## Smoke-test the Keycloak realm file (tokens, claims, admin rights)
	@$(WITH_KC) $(S)/test-realm.sh

test-backend: ## Backend unit and integration tests (./mvnw -B verify; needs PostgreSQL + Keycloak)
	@$(S)/postgres.sh
	@cd backend && $(WITH_KC) $(MVN) -B verify

lint-openapi: ## Lint openapi/openapi.yaml with Spectral (spectral:oas + OWASP)
	@$(S)/frontend.sh deps openapi
	@npx --prefix openapi spectral lint openapi/openapi.yaml --ruleset openapi/.spectral.yaml --fail-severity error

test-helm: ## Helm chart tests (lint + template through helm-java)
	@$(MVN) -B -f helm/tests/pom.xml test

test-frontend: ## Frontend lint (ESLint, Prettier), build with the bundle report, type check and unit tests (vitest)
	@$(S)/frontend.sh deps frontend
	@mkdir -p $(REPORTS)
	@cd frontend && npm run lint && npm run build && node scripts/bundle-report.mjs $(REPORTS)/bundle.md >/dev/null \
	  && npm test -- --reporter=default --reporter=junit --outputFile.junit=$(REPORTS)/vitest-junit.xml

bundle-report: ## Production build sizes per kind of page (KB gzip of JS) against their budgets; writes .local/reports/bundle.md
	@$(S)/frontend.sh deps frontend
	@cd frontend && npm run build >/dev/null && node scripts/bundle-report.mjs $(REPORTS)/bundle.md

lighthouse: ## Lighthouse (mobile) on the production build's booking page; writes .local/reports/lighthouse.md
	@$(S)/fonts.sh
	@E2E_TAGS=@lighthouse $(WITH_KC) $(S)/e2e.sh

screenshots: ## Screenshots of the key screens, zh-CN and en, desktop and phone, into .local/screenshots (README's two into frontend/docs)
	@$(S)/fonts.sh
	@E2E_TAGS=@screenshots $(WITH_KC) $(S)/e2e.sh

test-e2e: ## End-to-end tests: packaged backend on 8089/9089 (fresh aftercare_e2e DB) + Playwright
	@$(WITH_KC) $(S)/e2e.sh

## ---- performance

bench: ## Benchmark the packaged backend against PostgreSQL running the same SQL (reads, create, a state transition, tenant walls, promise watch, start, RSS); writes .local/reports/bench.md
	@$(WITH_KC) $(S)/bench.sh

## ---- contract

openapi: ## Regenerate openapi/openapi.yaml from the running API (the contract test in write mode)
	@$(S)/postgres.sh
	@cd backend && $(MVN) -B -q test -Dtest=OpenApiContractTest -Daftercare.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false
	@echo "openapi/openapi.yaml regenerated; the frontend regenerates its types from it on every build"

clean: ## Remove build outputs (backend/target, helm/tests/target, frontend/dist, test reports)
	rm -rf backend/target helm/tests/target frontend/dist frontend/test-results frontend/playwright-report .local/reports
