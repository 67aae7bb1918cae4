# Rutland Access — the two commands a new machine needs are `make run` and `make test`.
SHELL := /bin/bash
CONFIG ?= Release
URLS ?= http://127.0.0.1:5080
RESULTS ?= artifacts/test-results

.PHONY: run test build bench clean load

build:
	dotnet build Rutland.Access.sln -c $(CONFIG) -nologo -v q

## Starts the API on the default data (../shared/geodata, or RUTLAND_ACCESS_DATA) at $(URLS); docs at $(URLS)/docs
run:
	dotnet run --project src/Rutland.Access.Api -c $(CONFIG) -- --urls $(URLS)

## Everything CI runs: unit, integration and API tests on the real data and fixtures; TRX results in $(RESULTS)
test:
	rm -rf $(RESULTS)
	dotnet test Rutland.Access.sln -c $(CONFIG) -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory $(RESULTS)

## BenchmarkDotNet suite (targets in DESIGN.md); summary tables in tests/bench/RESULTS.md, full reports under BenchmarkDotNet.Artifacts/
bench:
	BENCH_ARGS="$(BENCH_ARGS)" tests/bench/run-bench.sh

clean:
	dotnet clean Rutland.Access.sln -nologo -v q
	rm -rf artifacts BenchmarkDotNet.Artifacts

## Load test with wrk against a Release build on a free loopback port; writes tests/load/RESULTS.md (DURATION=20s by default)
load:
	tests/load/run-wrk.sh
