# httpstatus: build, test and install the Lua C module.
#
#   make            build httpstatus.so for LUA_VERSION (default 5.4)
#   make demo       build and run examples/demo.lua (installs what it lacks)
#   make test       build and run the whole suite on every Lua (idem)
#   make install    install httpstatus.so into INSTALL_CMOD (DESTDIR-aware)
#
# OpenResty: make LUA_INCDIR=/usr/local/openresty/luajit/include/luajit-2.1

LUA_VERSION ?= 5.4
PKG_CONFIG  ?= pkg-config
# Empty means: ask pkg-config for lua$(LUA_VERSION) when building.
LUA_INCDIR  ?=
CC          ?= cc
CFLAGS      ?= -O2
LIBFLAG     ?= -shared
INSTALL_CMOD ?= /usr/local/lib/lua/$(LUA_VERSION)

# Every Lua the module claims; each is also the name of its pkg-config file.
RUNTIMES := lua5.1 lua5.2 lua5.3 lua5.4 luajit

WARNINGS := -Wall -Wextra -Werror -pedantic -Wmissing-prototypes \
            -Wstrict-prototypes -Wshadow -Wcast-qual -Wwrite-strings
override CFLAGS += -std=c99 -fPIC $(WARNINGS)

SOURCES := src/httpstatus.c src/codes.h src/text.h
MODULE  := httpstatus.so

# Debian packages each goal needs (tools/ensure-deps installs the missing).
DEPS_BUILD := gcc make pkg-config
DEPS_LUA   := lua5.1 liblua5.1-0-dev lua5.2 liblua5.2-dev lua5.3 liblua5.3-dev \
              lua5.4 liblua5.4-dev luajit2 libluajit2-5.1-dev
DEPS_TEST  := lua-busted
DEPS_DEMO  := lua$(LUA_VERSION) liblua$(LUA_VERSION)-dev

lua_cflags = $(if $(LUA_INCDIR),-I$(LUA_INCDIR),$$($(PKG_CONFIG) --cflags $(1)))

.PHONY: all demo test test-specs test-results-reset deps-demo deps-test install uninstall clean FORCE

all: $(MODULE)

# ./httpstatus.so is rebuilt when the Lua or the flags it was built for change.
BUILD_CONFIG := $(LUA_VERSION) $(LUA_INCDIR) $(CC) $(CFLAGS) $(LIBFLAG)
build/config: FORCE
	@mkdir -p build
	@echo '$(BUILD_CONFIG)' | cmp -s - $@ || echo '$(BUILD_CONFIG)' >$@

$(MODULE): $(SOURCES) build/config
	$(CC) $(CFLAGS) $(call lua_cflags,lua$(LUA_VERSION)) $(LIBFLAG) -o $@ src/httpstatus.c

# One build per runtime, so that no test ever loads another runtime's .so.
build/%/$(MODULE): $(SOURCES)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $$($(PKG_CONFIG) --cflags $*) $(LIBFLAG) -o $@ src/httpstatus.c

deps-demo:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_DEMO)

demo: deps-demo
	@$(MAKE) --no-print-directory $(MODULE)
	lua$(LUA_VERSION) -e 'package.cpath = "./?.so;" .. package.cpath' examples/demo.lua

deps-test:
	@tools/ensure-deps $(DEPS_BUILD) $(DEPS_LUA) $(DEPS_TEST)

# The busted suite on every runtime; other goals add themselves to `test`
# (mk/*.mk), and each run's result line is added up at the end.
export HTTPSTATUS_RESULTS := $(CURDIR)/build/test-results
test: test-results-reset test-specs
	@awk '{ p += $$2; f += $$4; s += $$6 } END { \
	    printf "total: %d passed, %d failed, %d skipped (%d runs)\n", p, f, s, NR }' \
	    $(HTTPSTATUS_RESULTS)

test-results-reset:
	@mkdir -p build && : >$(HTTPSTATUS_RESULTS)

test-specs: deps-test
	@$(MAKE) --no-print-directory $(foreach rt,$(RUNTIMES),build/$(rt)/$(MODULE))
	@failed=0; for rt in $(RUNTIMES); do \
	    tools/run-busted $$rt build/$$rt || failed=1; \
	done; exit $$failed

install: $(MODULE)
	install -d $(DESTDIR)$(INSTALL_CMOD)
	install -m 0755 $(MODULE) $(DESTDIR)$(INSTALL_CMOD)/$(MODULE)

uninstall:
	rm -f $(DESTDIR)$(INSTALL_CMOD)/$(MODULE)

clean:
	rm -rf build $(MODULE) *.o

# Goals added by other areas of the project (nginx, bench, checks, rock).
include $(wildcard mk/*.mk)
