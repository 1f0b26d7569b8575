# make check's steps, cheapest first (rock-test: mk/rock.mk); CONTRIBUTING.md says what each
# shows. Each installs what it lacks (tools/ensure-deps). The C checks build into
# build/check-*/, the nginx checks use make test-nginx's build/luajit/, check-windows
# build/windows/.
CHECK_STEPS := check-compile check-static check-lint check-asan check-valgrind \
               check-fuzz check-states check-load check-reload rock-test check-windows

# Lua 5.5 (LUA55) has headers but no library to link a host program to. FUZZ_SECONDS of
# fuzzing, STATES lua_States per runtime, two load runs of LOAD_SECONDS each.
CHECK_RUNTIMES ?= $(DEBIAN_RUNTIMES)
FUZZ_SECONDS   ?= 60
STATES         ?= 300
LOAD_SECONDS   ?= 10

DEPS_CHECK := $(DEPS_BUILD) $(DEPS_LUA) $(DEPS_TEST) clang libclang-rt-14-dev \
              valgrind cppcheck clang-tidy lua-check shellcheck

# The project's own builds: a warning is an error here, never in a user's build.
CHECK_WARNINGS := $(WARNINGS) -Werror

# A debug build of the module against one runtime's headers, for the recipe of $@:
# $(call debug_module,COMPILER,RUNTIME[,MORE FLAGS]).
debug_module = $(1) -std=c99 -g -O1 -fPIC $(3) $(CHECK_WARNINGS) \
    $$($(PKG_CONFIG) --cflags $(2)) $(LIBFLAG) -o $@ src/httpstatus.c

# Sanitizers: stop at the first report of either, with a stack.
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ASAN_OPTIONS_CHECK := detect_leaks=1:halt_on_error=1:strict_string_checks=1
ASAN_OPTIONS_CHECK := $(ASAN_OPTIONS_CHECK):detect_stack_use_after_return=1
ASAN_OPTIONS_CHECK := $(ASAN_OPTIONS_CHECK):check_initialization_order=1
UBSAN_OPTIONS_CHECK := halt_on_error=1:print_stacktrace=1

# memcheck: every error and every leak but "still reachable" fails the run.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible \
            --show-leak-kinds=definite,indirect,possible

# cppcheck does not read the system headers; Lua 5.3/5.4's luaconf.h needs
# LLONG_MAX from <limits.h> to pick its integer type.
CPPCHECK := cppcheck --enable=warning,style,performance,portability --std=c99 -q --inline-suppr \
            --error-exitcode=1 -D__GNUC__ -U_WIN32 -DLLONG_MAX=9223372036854775807LL

.PHONY: $(CHECK_STEPS) deps-check deps-wrk deps-windows

deps-check:
	@tools/ensure-deps $(DEPS_CHECK)

# ---- every compiler x standard x runtime ----

# gnu89 builds see the Lua headers as system headers: Lua 5.3/5.4's own
# luaconf.h uses `long long`, which -pedantic refuses in C90; the module's
# code gets every warning all the same.
check_incflags = $(if $(filter gnu89,$(2)),\
    $$(echo $(call rt_cflags,$(1)) | sed 's/-I/-isystem /g'),$(call rt_cflags,$(1)))

# One build per build/check-compile/CC-STD-RUNTIME/; $(call part,N) is its CC, STD or RUNTIME.
CHECK_COMPILE_BUILDS := $(foreach cc,gcc clang,$(foreach std,c99 gnu89,$(foreach rt,$(RUNTIMES),\
    build/check-compile/$(cc)-$(std)-$(rt)/$(MODULE))))
part = $(word $(1),$(subst -, ,$*))
build/check-compile/%/$(MODULE): $(SOURCES) | deps-check
	@mkdir -p $(@D)
	$(call part,1) -std=$(call part,2) -O2 -fPIC $(CHECK_WARNINGS) \
	    $(call check_incflags,$(call part,3),$(call part,2)) $(LIBFLAG) -o $@ src/httpstatus.c

check-compile: deps-check $(CHECK_COMPILE_BUILDS)
	@echo "check-compile: gcc and clang, c99 and gnu89, $(words $(RUNTIMES)) runtimes: no warning"

# ---- static analysis and lint ----

# cppcheck and clang-tidy on FILES with one runtime's headers, clang-tidy's output shown only
# when it fails: $(call analyse,RUNTIME,FILES), a shell command that exits 1 on a finding.
analyse = echo "cppcheck and clang-tidy ($(1) headers): $(2)" && \
    $(CPPCHECK) $$($(PKG_CONFIG) --cflags-only-I $(1)) $(2) || exit 1; \
    out=$$(clang-tidy --quiet $(2) -- -std=c99 $$($(PKG_CONFIG) --cflags $(1)) 2>&1) \
    || { echo "$$out"; exit 1; }

check-static: deps-check
	@$(foreach rt,$(CHECK_RUNTIMES),$(call analyse,$(rt),src/httpstatus.c);) \
	$(call analyse,lua5.4,fuzz/fuzz_name.c check/many_states.c)
	@echo "check-static: cppcheck and clang-tidy report nothing"

# Named folders, not ".": luacheck walks the whole of build/ before it applies exclude_files.
check-lint: deps-check
	luacheck --no-color bench bin check examples library spec src tools \
	    $(wildcard *.rockspec) .luacheckrc .busted
	shellcheck .ci/run $$(grep -l '^#!/bin/sh\|^#!/usr/bin/env bash' tools/*)

# ---- the suite under ASan + UBSan ----

build/check-asan/$(MODULE): $(SOURCES) | deps-check
	@mkdir -p $(@D)
	$(call debug_module,clang,lua5.4,$(SANITIZE) -shared-libsan)

# lua5.4 itself is not instrumented: the ASan runtime (which carries UBSan's
# handlers too) is preloaded into it, so malloc/free are ASan's and leaks
# are looked for at exit, when lua.c has closed the state.
check-asan: deps-check build/check-asan/$(MODULE)
	@nm -D build/check-asan/$(MODULE) | grep -q __asan_report_load \
	    && nm -D build/check-asan/$(MODULE) | grep -q __ubsan_handle \
	    || { echo "check-asan: the module is not instrumented" >&2; exit 1; }
	@asan=$$(clang -print-file-name=libclang_rt.asan-$$(uname -m).so); \
	[ -f "$$asan" ] || { echo "check-asan: no ASan runtime at $$asan" >&2; exit 1; }; \
	LD_PRELOAD="$$asan" ASAN_OPTIONS=$(ASAN_OPTIONS_CHECK) \
	UBSAN_OPTIONS=$(UBSAN_OPTIONS_CHECK) BUSTED=$(BUSTED) \
	tools/run-busted lua5.4-asan-ubsan build/check-asan lua5.4

# ---- under valgrind: the suite, and many lua_States ----

# build/check-valgrind/RUNTIME/: the module and check-states' host program, built with gcc.
build/check-valgrind/%/$(MODULE): $(SOURCES) | deps-check
	@mkdir -p $(@D)
	$(call debug_module,gcc,$*)

build/check-valgrind/%/many_states: check/many_states.c | deps-check
	@mkdir -p $(@D)
	gcc -std=c99 -g -O1 $(CHECK_WARNINGS) $$($(PKG_CONFIG) --cflags $*) -o $@ \
	    check/many_states.c $$($(PKG_CONFIG) --libs $*)

check-valgrind: deps-check build/check-valgrind/lua5.4/$(MODULE)
	@BUSTED=$(BUSTED) tools/run-busted lua5.4-valgrind build/check-valgrind/lua5.4 \
	    "$(VALGRIND) lua5.4"

check-states: deps-check $(foreach rt,$(CHECK_RUNTIMES),\
    build/check-valgrind/$(rt)/$(MODULE) build/check-valgrind/$(rt)/many_states)
	@for rt in $(CHECK_RUNTIMES); do \
	    $(VALGRIND) build/check-valgrind/$$rt/many_states build/check-valgrind/$$rt \
	        check/many_states.lua $(STATES) || exit 1; \
	done

# ---- libFuzzer over the name reader of code(), from the committed corpus ----

build/check-fuzz/fuzz_name: fuzz/fuzz_name.c src/name.h | deps-check
	@mkdir -p $(@D)
	clang -std=c99 -g -O1 -fsanitize=fuzzer $(SANITIZE) $(CHECK_WARNINGS) -o $@ fuzz/fuzz_name.c

# New inputs go to build/check-fuzz/corpus; fuzz/corpus is only read.
check-fuzz: deps-check build/check-fuzz/fuzz_name
	@mkdir -p build/check-fuzz/corpus
	cd build/check-fuzz && ./fuzz_name -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=./ -dict=../../fuzz/name.dict corpus ../../fuzz/corpus

# ---- nginx under load and reloads, started as make test-nginx starts it ----

# spec/nginx/harness.lua starts and stops nginx, inside tools/with-nginx-tmpdir.
deps-wrk: deps-test deps-nginx
	@tools/ensure-deps wrk

check-load: deps-wrk build/luajit/$(MODULE)
	@tools/with-nginx-tmpdir luajit check/nginx.lua load $(LOAD_SECONDS) $$((2 * $$(nproc))) $$(nproc)

check-reload: deps-wrk build/luajit/$(MODULE)
	@tools/with-nginx-tmpdir luajit check/nginx.lua reload

# ---- Windows: httpstatus.dll cross-built and linked with MinGW-w64, never run ----

MINGW := x86_64-w64-mingw32
WIN   := build/windows

deps-windows:
	@tools/ensure-deps $(DEPS_BUILD) liblua5.4-dev gcc-mingw-w64-x86-64

# lua54.dll's import library, from the Lua functions the Linux build of the module leaves
# undefined: derived from the build, never kept by hand.
$(WIN)/liblua54.dll.a: build/lua5.4/$(MODULE) | deps-windows
	@mkdir -p $(@D)
	{ echo 'LIBRARY lua54.dll'; echo EXPORTS; \
	  nm -D --undefined-only $< | awk '$$2 ~ /^luaL?_/ { print "    " $$2 }'; } >$(WIN)/lua54.def
	$(MINGW)-dlltool -d $(WIN)/lua54.def -l $@

# Built as LuaRocks builds a module on Windows: without LUA_BUILD_AS_DLL (LuaRocks' flags and
# the stock luaconf.h leave LUA_API plain extern), so each call goes through the import
# library's stub, not a dllimport pointer; the DLL imports the same functions either way.
$(WIN)/httpstatus.dll: $(SOURCES) $(WIN)/liblua54.dll.a
	$(MINGW)-gcc -std=c99 -O2 $(CHECK_WARNINGS) $$($(PKG_CONFIG) --cflags lua5.4) \
	    -shared -o $@ src/httpstatus.c $(WIN)/liblua54.dll.a

# objdump -p's export and import tables, one "TABLE NAME" line per function: a "DLL Name:"
# line heads each import table, "[Ordinal/Name Pointer] Table" the exports, a blank line ends.
$(WIN)/httpstatus.tables: $(WIN)/httpstatus.dll
	$(MINGW)-objdump -p $< | awk '/^\tDLL Name: / { t = $$3 } /^$$/ { t = "" } \
	    /^\[Ordinal\/Name Pointer\] Table/ { t = "exports" } \
	    t && /^\t([0-9a-f]+\t|\[)/ { print t, $$NF }' >$@

# The DLL may import from Lua, the C runtime (msvcrt.dll, or the UCRT's api-ms-win-crt-*) and
# KERNEL32.dll, which MinGW-w64's own DLL startup code calls and every Windows has; a
# libgcc or libwinpthread DLL would be missing on a user's machine.
check-windows: deps-windows $(WIN)/httpstatus.tables
	@awk '$$1 != t { t = $$1; printf "%s%s:", (NR > 1 ? "\n\n" : ""), \
	        (t == "exports" ? t : "imports from " t) } { printf " %s", $$2 } END { print "" }' \
	    $(WIN)/httpstatus.tables | fmt -w 100
	@[ "$$(grep '^exports ' $(WIN)/httpstatus.tables)" = 'exports luaopen_httpstatus' ] \
	    || { echo "check-windows: luaopen_httpstatus must be the one export" >&2; exit 1; }
	@grep -q '^lua54.dll ' $(WIN)/httpstatus.tables \
	    || { echo "check-windows: nothing is imported from lua54.dll" >&2; exit 1; }
	@other=$$(cut -d' ' -f1 $(WIN)/httpstatus.tables | sort -u | grep -vx \
	    'exports\|lua54.dll\|msvcrt.dll\|api-ms-win-crt-.*\.dll\|KERNEL32.dll'); \
	[ -z "$$other" ] || { echo "check-windows: imports from" $$other >&2; exit 1; }
	@echo "check-windows: $(WIN)/httpstatus.dll builds and links against lua54.dll; nothing runs it:"
	@echo "check-windows: this proves the build and the link, not the behaviour."
