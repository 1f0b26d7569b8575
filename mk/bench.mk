# make bench: what a call costs on each runtime (bench/bench.lua); docs/PERFORMANCE.md says what
# it measures and how to run it (BENCH_RUNTIMES=luajit picks runtimes; LUA55=PREFIX adds 5.5).

BENCH_RUNTIMES ?= $(RUNTIMES)
BENCH_RESULTS  := build/bench-results
# the interpreter of a runtime: Debian's on PATH, Lua 5.5 from LUA55
bench_lua = $(if $(filter lua5.5,$(1)),$(LUA55)/bin/lua5.5,$(1))

.PHONY: bench
bench:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_LUA)
	@$(MAKE) --no-print-directory $(foreach rt,$(BENCH_RUNTIMES),build/$(rt)/$(MODULE))
	@mkdir -p $(BENCH_RESULTS)
	@$(foreach rt,$(BENCH_RUNTIMES),\
	    timeout 120 $(call bench_lua,$(rt)) bench/bench.lua build/$(rt) $(BENCH_RESULTS)/$(rt).txt \
	    && echo &&) true
	@echo "== summary (machine: $$(nproc) cores, $$(uname -m)) =="
	@lua5.4 bench/summary.lua $(foreach rt,$(BENCH_RUNTIMES),$(BENCH_RESULTS)/$(rt).txt)
