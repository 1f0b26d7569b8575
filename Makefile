# httpstatus: build, test and install the Lua C module.
#
#   make            build build/httpstatus.so for LUA_VERSION (default 5.4)
#   make demo       build and run examples/demo.lua (installs what it lacks)
#   make test       the busted specs on every Lua, and in a real nginx (idem)
#   make check      the slow checks, one after the other (mk/check.mk)
#   make bench      what a call costs on every Lua (mk/bench.mk)
#   make install    install httpstatus.so into INSTALL_CMOD (DESTDIR-aware)
#
# OpenResty: make LUA_INCDIR=/usr/local/openresty/luajit/include/luajit-2.1
# Lua 5.5:   make test LUA55=PREFIX (CONTRIBUTING.md says what PREFIX holds)

LUA_VERSION ?= 5.4
PKG_CONFIG  ?= pkg-config
# Empty means: ask pkg-config for lua$(LUA_VERSION) when building.
LUA_INCDIR  ?=
CC          ?= cc
CFLAGS      ?= -O2
CPPFLAGS    ?=
LDFLAGS     ?=
LIBFLAG     ?= $(if $(filter Darwin,$(shell uname -s)),-bundle -undefined dynamic_lookup,-shared)
INSTALL_CMOD ?= /usr/local/lib/lua/$(LUA_VERSION)
LUA55       ?=

# Every Lua the module claims: Debian's (each also its pkg-config name), and Lua 5.5 from LUA55.
DEBIAN_RUNTIMES := lua5.1 lua5.2 lua5.3 lua5.4 luajit
RUNTIMES := $(DEBIAN_RUNTIMES) $(if $(LUA55),lua5.5)

# Warnings, never errors: a newer compiler's new warning must not break a
# user's build. The project's own checks add -Werror (mk/check.mk).
WARNINGS := -Wall -Wextra -pedantic -Wmissing-prototypes \
            -Wstrict-prototypes -Wshadow -Wcast-qual -Wwrite-strings
override CFLAGS += -std=c99 -fPIC $(WARNINGS)

SOURCES := $(wildcard src/*.c src/*.h)
MODULE  := httpstatus.so
# What make builds and make install installs. Not ./httpstatus.so, which is
# where `luarocks make` leaves its own build, for the Lua LuaRocks runs on.
BUILT   := build/$(MODULE)

# Debian packages each target needs (tools/ensure-deps installs the missing).
DEPS_BUILD := gcc make pkg-config
DEPS_LUA   := lua5.1 liblua5.1-0-dev lua5.2 liblua5.2-dev lua5.3 liblua5.3-dev \
              lua5.4 liblua5.4-dev luajit2 libluajit2-5.1-dev
DEPS_TEST  := lua-busted
DEPS_DEMO  := lua$(LUA_VERSION) liblua$(LUA_VERSION)-dev

# The compiler flags of one runtime's headers, and the command that runs
# busted on it (BUSTED: busted's script, found on PATH unless given).
BUSTED ?= $(shell command -v busted)
rt_cflags = $(if $(filter lua5.5,$(1)),-I$(LUA55)/include,$$($(PKG_CONFIG) --cflags $(1)))
rt_lua    = $(if $(filter lua5.5,$(1)),,$(1))
rt_busted = $(if $(filter lua5.5,$(1)),$(LUA55)/bin/busted,$(BUSTED))

# Every run adds a line to this file; make test and make check add them up
# (tools/results). A caller that sets it (.ci/run) adds up several runs.
RESULTS_RESET := $(if $(filter environment,$(origin HTTPSTATUS_RESULTS)),:,tools/results reset)
export HTTPSTATUS_RESULTS ?= $(CURDIR)/build/results

.PHONY: all demo test check test-specs deps-test install uninstall clean FORCE

all: $(BUILT)

# build/httpstatus.so is rebuilt when the Lua or the flags it was built for change.
BUILD_CONFIG := $(LUA_VERSION) $(LUA_INCDIR) $(CC) $(CPPFLAGS) $(CFLAGS) $(LIBFLAG) $(LDFLAGS)
build/config: FORCE
	@mkdir -p build
	@echo '$(BUILD_CONFIG)' | cmp -s - $@ || echo '$(BUILD_CONFIG)' >$@

# The recipe of $@ for the flags of one Lua's headers: $(call compile,INCLUDE FLAGS).
compile = $(CC) $(CPPFLAGS) $(CFLAGS) $(1) $(LIBFLAG) -o $@ src/httpstatus.c $(LDFLAGS)

$(BUILT): $(SOURCES) build/config
	$(call compile,$(if $(LUA_INCDIR),-I$(LUA_INCDIR),$$($(PKG_CONFIG) --cflags lua$(LUA_VERSION))))

# One build per runtime, so that no test ever loads another runtime's .so.
build/%/$(MODULE): $(SOURCES)
	@mkdir -p $(@D)
	$(call compile,$(call rt_cflags,$*))

demo:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_DEMO)
	@$(MAKE) --no-print-directory $(BUILT)
	lua$(LUA_VERSION) -e 'package.cpath = "./build/?.so;" .. package.cpath' examples/demo.lua

deps-test:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_LUA) $(DEPS_TEST)

# Every step runs, even after a failure, so that the total counts them all;
# a step that fails before it counts anything (a build error) counts as one.
run_steps = @$(RESULTS_RESET); status=0; for step in $(1); do \
	    tools/results step $$step $(MAKE) --no-print-directory $$step || status=1; \
	done; tools/results total && exit $$status

# make test: the specs on every Lua, then in nginx (mk/openresty.mk); make check: the
# CHECK_STEPS of mk/check.mk.
test: deps-test
	$(call run_steps,test-specs test-nginx)

check: deps-check
	$(call run_steps,$(CHECK_STEPS))

# A runtime whose build fails counts as one failure; the others still run.
test-specs: deps-test
	@failed=0; \
	$(foreach rt,$(RUNTIMES),if $(MAKE) --no-print-directory build/$(rt)/$(MODULE); \
	    then BUSTED=$(call rt_busted,$(rt)) \
	        tools/run-busted $(rt) build/$(rt) "$(call rt_lua,$(rt))"; \
	    else tools/results add $(rt)-build 0 1 0; false; fi || failed=1;) \
	exit $$failed

install: $(BUILT)
	install -d $(DESTDIR)$(INSTALL_CMOD)
	install -m 0755 $(BUILT) $(DESTDIR)$(INSTALL_CMOD)/$(MODULE)

uninstall:
	rm -f $(DESTDIR)$(INSTALL_CMOD)/$(MODULE)

clean:
	rm -rf build $(MODULE) src/*.o

# Each area's targets: check, nginx, bench, rock, generated files.
include $(wildcard mk/*.mk)
