# Rutland Access — the two commands a new machine needs are `make run` and `make test`.
SHELL := /bin/bash
CONFIG ?= Release
URLS ?= http://127.0.0.1:5080
RESULTS ?= artifacts/test-results

.PHONY: run test build bench clean web load

build:
	dotnet build Rutland.Access.sln -c $(CONFIG) -nologo -v q

## The web map: npm packages from the lock file, then web/ built into the API's wwwroot (MapLibre vendored, no CDN)
web: web/node_modules/.package-lock.json
	node web/build.mjs

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund

## Starts the API on the default data (../shared/geodata, or RUTLAND_ACCESS_DATA) at $(URLS); docs at $(URLS)/docs
run: web
	dotnet run --project src/Rutland.Access.Api -c $(CONFIG) -- --urls $(URLS)

## Everything CI runs: unit, integration and API tests on the real data and fixtures (TRX in $(RESULTS)), then the
## web map's browser tests (TAP in $(RESULTS); screenshots in artifacts/screenshots), the OpenAPI lint and generated
## client, then the pgRouting and raptor-journey-planner peer checks, then the batch run on Slurm (make slurm-test)
test: web
	rm -rf $(RESULTS)
	dotnet test Rutland.Access.sln -c $(CONFIG) -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory $(RESULTS)
	CONFIG=$(CONFIG) node --test --test-reporter=spec --test-reporter-destination=stdout \
		--test-reporter=tap --test-reporter-destination=$(RESULTS)/web-e2e.tap web/e2e/*.test.mjs
	@# The PostgreSQL scenario store against a throwaway Debian PostgreSQL cluster (skipped inside dotnet test above).
	RESULTS=$(abspath $(RESULTS)) CONFIG=$(CONFIG) tests/scenarios/postgres-store.sh > $(RESULTS)/postgres-store.log 2>&1 || { cat $(RESULTS)/postgres-store.log; exit 1; }
	@# The served OpenAPI document: Redocly lint and the generated TypeScript client (TAP: each check counts as a test).
	$(MAKE) --no-print-directory openapi-lint
	@# The drive peer check (pgRouting must give the same times) counts as one test in the TAP totals .ci/run reads.
	@if tests/peers/pgrouting/compare.sh > $(RESULTS)/peers-drive.log 2>&1; then \
		printf '# pass 1\n# fail 0\n' > $(RESULTS)/peers-drive.tap; tail -n 15 $(RESULTS)/peers-drive.log; \
	else printf '# pass 0\n# fail 1\n' > $(RESULTS)/peers-drive.tap; cat $(RESULTS)/peers-drive.log; exit 1; fi
	@# The public-transport peer check (raptor-journey-planner must give the same arrivals) counts as one test too.
	@if $(MAKE) --no-print-directory peers-pt > $(RESULTS)/peers-pt.log 2>&1; then \
		printf '# pass 1\n# fail 0\n' > $(RESULTS)/peers-pt.tap; tail -n 12 $(RESULTS)/peers-pt.log; \
	else printf '# pass 0\n# fail 1\n' > $(RESULTS)/peers-pt.tap; cat $(RESULTS)/peers-pt.log; exit 1; fi
	@# The batch run on a one-node Slurm cluster the script starts on loopback (array + dependent merge + injected fault) counts as one test.
	@if $(MAKE) --no-print-directory slurm-test > $(RESULTS)/slurm-test.log 2>&1; then \
		printf '# pass 1\n# fail 0\n' > $(RESULTS)/slurm-test.tap; grep '^\[slurm-test' $(RESULTS)/slurm-test.log | tail -n 8; \
	else printf '# pass 0\n# fail 1\n' > $(RESULTS)/slurm-test.tap; cat $(RESULTS)/slurm-test.log; exit 1; fi

## BenchmarkDotNet suite (targets in DESIGN.md); summary tables in tests/bench/RESULTS.md, full reports under BenchmarkDotNet.Artifacts/
bench:
	BENCH_ARGS="$(BENCH_ARGS)" tests/bench/run-bench.sh

clean:
	dotnet clean Rutland.Access.sln -nologo -v q
	rm -rf artifacts BenchmarkDotNet.Artifacts

## Side by side with pgRouting (Debian packages, installed if missing): same graph, same queries; equal answers, timings
.PHONY: peers-drive
peers-drive:
	tests/peers/pgrouting/compare.sh $(PEERS_ARGS)

## Load test with wrk against a Release build on a free loopback port; writes tests/load/RESULTS.md (DURATION=20s by default);
## then the memory check
load:
	tests/load/run-wrk.sh
	tests/load/isochrone-memory.sh

## Memory check (~90 s): 24 long walk and cycle isochrone sets in each order; fails when peak RSS reaches 400 MB (LIMIT_MB)
.PHONY: memory
memory:
	tests/load/isochrone-memory.sh

## Side by side with the npm raptor-journey-planner (from tests/peers/raptor's lock file): same GTFS, same stop-to-stop
## earliest-arrival queries; equal arrivals, timings. `node tests/peers/raptor/compare.mjs --record` rewrites RESULTS.md
.PHONY: peers-pt
peers-pt: tests/peers/raptor/node_modules/.package-lock.json
	node tests/peers/raptor/compare.mjs $(PEERS_ARGS)

tests/peers/raptor/node_modules/.package-lock.json: tests/peers/raptor/package.json tests/peers/raptor/package-lock.json
	npm ci --prefix tests/peers/raptor --no-audit --no-fund

## Batch run of the Rutland default (src/Rutland.Access.Batch/runs/rutland.json): matrix and equity aggregates as Parquet
## and CSV with a sha256 manifest in $(BATCH_OUT). `RUN=path.json` runs another file; `BATCH_ARGS="--shard 0/4"` one shard
BATCH_OUT ?= artifacts/batch/rutland
RUN ?= src/Rutland.Access.Batch/runs/rutland.json
.PHONY: batch
batch:
	dotnet run --project src/Rutland.Access.Batch -c $(CONFIG) -- run $(RUN) --out $(BATCH_OUT) $(BATCH_ARGS)

## The batch run on a real one-node Slurm cluster on loopback (slurm-wlm and munge installed from Debian if missing; daemons
## started from a written config and stopped by PID): a 4-task job array with one injected failure re-submitted by index, a
## dependent merge, byte-identical to the single-process run. About 1.5 min here (self-contained publish included)
.PHONY: slurm-test
slurm-test:
	tests/slurm/slurm-test.sh

## Growth on simulated k × k tilings of Rutland's car graph (1×, 9×, 100×, 729× ≈ 20 M nodes): graph build, RSS, Dijkstra vs
## contraction hierarchies (PHAST one-to-all, bucket many-to-many), checked against Dijkstra → tests/bench/SCALING.md.
## SCALE_SIZES="1 3" for a quick run; the 27 (729×) size takes tens of minutes and ~7 GB
.PHONY: scale-bench
scale-bench:
	SCALE_SIZES="$(SCALE_SIZES)" tests/bench/run-scale.sh

## The served OpenAPI document (API started on a free loopback port) linted by Redocly CLI (recommended rules, errors on
## any problem: tests/openapi/redocly.yaml), and a TypeScript client generated by openapi-typescript compiled with
## `tsc --noEmit` (tests/openapi/client.ts); npm packages from tests/openapi's lock file. TAP in $(RESULTS)/openapi.tap
.PHONY: openapi-lint
openapi-lint: tests/openapi/node_modules/.package-lock.json
	@mkdir -p $(RESULTS)
	CONFIG=$(CONFIG) node --test --test-reporter=spec --test-reporter-destination=stdout \
		--test-reporter=tap --test-reporter-destination=$(RESULTS)/openapi.tap tests/openapi/*.test.mjs

tests/openapi/node_modules/.package-lock.json: tests/openapi/package.json tests/openapi/package-lock.json
	npm ci --prefix tests/openapi --no-audit --no-fund

## Rewrites the figures README.md quotes from the engine (the Uppingham clinic table, best sites, the county equity
## table) by running the README's own requests; `make test` fails when they drift (tests/.../Readme/ReadmeFiguresTests.cs)
.PHONY: readme-figures
readme-figures: build
	README_FIGURES=write dotnet test tests/Rutland.Access.Tests -c $(CONFIG) --no-build -nologo --filter "FullyQualifiedName~ReadmeFiguresTests"
