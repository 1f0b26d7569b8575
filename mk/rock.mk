# The rock, a step of make check (mk/check.mk), not of make test: tools/rock-test says what
# each of its tests does.
#   make rock-test       `luarocks lint`, then tools/rock-test on every Lua of ROCK_LUAS and make
#   make rock-test-LUA   tools/rock-test on one Lua (5.1 .. 5.4, luajit) or make (rock-test-make)

ROCK_LUAS ?= 5.1 5.2 5.3 5.4 luajit
DEPS_ROCK := luarocks git $(DEPS_BUILD) $(DEPS_LUA) $(DEPS_TEST)

.PHONY: rock-test rock-lint deps-rock

# One run for all: the rocks server is made once.
rock-test: rock-lint
	tools/rock-test $(ROCK_LUAS) make

rock-test-%: deps-rock
	tools/rock-test $*

deps-rock:
	@tools/ensure-deps $(DEPS_ROCK)

rock-lint: deps-rock
	luarocks lint $(wildcard httpstatus-*.rockspec)
