# Speed: what a call to httpstatus costs on each Lua runtime, against a raw
# table index and the strongest pure-Lua equivalent (bench/bench.lua), plus
# garbage per call and the heap `require` takes.  Not part of `make test`:
# it measures, it asserts nothing.  Bounded: about 10 s of CPU per runtime.
#
#   make bench                      all five runtimes, then one summary table
#   make bench BENCH_RUNTIMES=luajit

BENCH_RUNTIMES ?= $(RUNTIMES)
BENCH_RESULTS  := build/bench-results

.PHONY: bench

bench:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_LUA)
	@$(MAKE) --no-print-directory $(foreach rt,$(BENCH_RUNTIMES),build/$(rt)/$(MODULE))
	@mkdir -p $(BENCH_RESULTS)
	@for rt in $(BENCH_RUNTIMES); do \
	    timeout 120 $$rt bench/bench.lua build/$$rt $(BENCH_RESULTS)/$$rt.tsv || exit 1; \
	    echo; \
	done
	@echo "== summary (machine: $$(nproc) cores, $$(uname -m)) =="
	@lua5.4 bench/summary.lua $(foreach rt,$(BENCH_RUNTIMES),$(BENCH_RESULTS)/$(rt).tsv)
