# The rock, and the files that ship around the module (included by Makefile).
#
#   make rock-test   `luarocks lint`, then for each Lua of ROCK_LUAS: `luarocks
#                    make` into a fresh temporary tree with no server, the
#                    installed `httpstatus` command and require("httpstatus")
#                    from that tree alone, the CLI specs against the installed
#                    command (prints rock-cli-LUA: N passed, ...), and
#                    `luarocks test` (rock-suite-LUA: ...). Part of `make test`.
#   make types       rewrite the names of hs.codes in library/httpstatus.lua
#                    from the module (after a change to src/codes.h)
#   make api-docs    regenerate docs/API.md from library/httpstatus.lua
#
# `make test` runs spec/cli_spec.lua on every runtime, which fails when
# library/httpstatus.lua or docs/API.md is out of date.

ROCKSPEC  := httpstatus-1.0.0-1.rockspec
ROCK_LUAS ?= 5.1 5.2 5.3 5.4 luajit
# What `luarocks make` and the specs need from a checkout.
ROCK_FILES := $(ROCKSPEC) src bin library docs spec .busted LICENSE README.md
DEPS_ROCK := luarocks $(DEPS_BUILD) $(DEPS_LUA) $(DEPS_TEST)

.PHONY: rock-test rock-lint deps-rock types api-docs

test: rock-test

rock-test: rock-lint $(addprefix rock-test-,$(ROCK_LUAS))

deps-rock:
	@tools/ensure-deps $(DEPS_ROCK)

rock-lint: deps-rock
	luarocks lint $(ROCKSPEC)

# One Lua: 5.1 .. 5.4, or luajit (LuaJIT 2.1 through luarocks' Lua 5.1).
rock-test-%: deps-rock
	@sh -c "$$ROCK_TEST_SH" rock-test "$*" "$(ROCKSPEC)" "$(ROCK_FILES)"

types: build/lua5.4/$(MODULE)
	lua5.4 -e 'package.cpath = "build/lua5.4/?.so"' docs/gen-codes.lua library/httpstatus.lua >library/httpstatus.lua.new
	mv library/httpstatus.lua.new library/httpstatus.lua

api-docs:
	@tools/ensure-deps lua5.4
	lua5.4 docs/gen-api.lua library/httpstatus.lua >docs/API.md.new
	mv docs/API.md.new docs/API.md

# The check of one Lua, as a shell script: sh -c "$ROCK_TEST_SH" NAME LUA
# ROCKSPEC FILES. It works in a copy of the checkout: luarocks make builds
# in the source directory, and ./httpstatus.so there must stay what make
# built. Nothing is fetched: --only-server points at an empty directory.
define ROCK_TEST_SH
set -eu
rt=$$1 rockspec=$$2 files=$$3
case $$rt in
luajit) lv=5.1 lua=luajit
        extra='lua_interpreter = "luajit"
variables = { LUA_BINDIR = "/usr/bin", LUA_INCDIR = "/usr/include/luajit-2.1" }' ;;
*)      lv=$$rt lua=lua$$rt extra= ;;
esac
fail() { echo "rock-test $$rt: $$*" >&2; exit 1; }

root=$$(pwd)
tmp=$$(mktemp -d "$${TMPDIR:-/tmp}/httpstatus-rock.XXXXXX")
trap 'rm -rf "$$tmp"' EXIT
tree=$$tmp/tree
mkdir "$$tmp/src" "$$tmp/no-server"
cp -R $$files "$$tmp/src/"
# The tree must be one of rocks_trees, or `luarocks test` (3.8) does not see
# the busted installed there; no other tree is, so nothing else is used.
printf 'rocks_trees = { { name = "rock-test", root = "%s" } }\n%s\n' "$$tree" "$$extra" >"$$tmp/config.lua"
export LUAROCKS_CONFIG="$$tmp/config.lua"
unset LUA_INIT LUA_PATH LUA_CPATH LUA_INIT_5_2 LUA_PATH_5_2 LUA_CPATH_5_2 \
      LUA_INIT_5_3 LUA_PATH_5_3 LUA_CPATH_5_3 LUA_INIT_5_4 LUA_PATH_5_4 LUA_CPATH_5_4
luarocks() { command luarocks --lua-version "$$lv" --tree "$$tree" --only-server "$$tmp/no-server" "$$@"; }

cd "$$tmp/src"
luarocks make "$$rockspec" >"$$tmp/make.log" 2>&1 || { cat "$$tmp/make.log"; fail "luarocks make failed"; }

# The installed command, run from elsewhere, with nothing of the checkout near.
first=$$(cd / && "$$tree/bin/httpstatus" 404 | head -n 1)
[ "$$first" = "404 Not Found" ] || fail "httpstatus 404 printed '$$first'"
status=0; (cd / && "$$tree/bin/httpstatus" no such status) >/dev/null 2>&1 || status=$$?
[ "$$status" -eq 1 ] || fail "httpstatus no such status exited with $$status, not 1"

# require("httpstatus") from the tree alone.
(cd / && "$$lua" -e "package.path = ''; package.cpath = '$$tree/lib/lua/$$lv/?.so'" -e '
  local hs = require("httpstatus")
  assert(hs.lookup(404) == "Not Found", "lookup")
  assert(hs.codes.PAYLOAD_TOO_LARGE == 413, "codes")
  assert(hs._VERSION == "1.0.0", "version")') || fail "require from the tree failed"

# What the rock ships beside the module.
rockdir=$$tree/lib/luarocks/rocks-$$lv/httpstatus/1.0.0-1
[ -f "$$rockdir/library/httpstatus.lua" ] || fail "no library/httpstatus.lua in $$rockdir"
[ -f "$$rockdir/docs/API.md" ] || fail "no docs/API.md in $$rockdir"

# The CLI specs against the installed command and module.
HTTPSTATUS_CLI="$$tree/bin/httpstatus" RUN_BUSTED_LABEL="rock-cli-$$rt" \
  "$$root/tools/run-busted" "$$lua" "$$tree/lib/lua/$$lv" spec/cli_spec.lua \
  >"$$tmp/cli.log" 2>&1 || { cat "$$tmp/cli.log"; fail "the CLI specs failed on the installed command"; }
tail -n 1 "$$tmp/cli.log"

# `luarocks test`. Without a server, Debian's busted stands in for the busted
# rock that luarocks would install: registered in the tree, it is run by the
# tree's wrapper like the real one.
mkdir "$$tmp/busted"
cp /usr/bin/busted "$$tmp/busted/busted"
version=$$(dpkg-query -W -f='$${Version}' lua-busted | sed 's/^[0-9]*://; s/[-+~].*//')
printf '%s\n' 'rockspec_format = "3.0"' 'package = "busted"' "version = \"$$version-0\"" \
  'source = { url = "file:///usr/bin/busted" }' \
  'description = { summary = "Debian lua-busted, registered for an offline luarocks test" }' \
  'build = { type = "none", install = { bin = { busted = "busted" } } }' \
  >"$$tmp/busted/busted-$$version-0.rockspec"
(cd "$$tmp/busted" && luarocks make "busted-$$version-0.rockspec") >"$$tmp/busted.log" 2>&1 \
  || { cat "$$tmp/busted.log"; fail "registering busted failed"; }
# The whole suite, on the installed copy. make test-specs already runs the
# random inputs of spec/random_spec.lua in full on every runtime: fewer here.
HTTPSTATUS_RANDOM_COUNT=2000 luarocks test >"$$tmp/test.log" 2>&1 || { cat "$$tmp/test.log"; fail "luarocks test failed"; }
summary=$$(grep -aE '[0-9]+ successes? / [0-9]+ failures? / [0-9]+ errors? / [0-9]+ pending' "$$tmp/test.log" | tail -n 1)
set -- $$(echo "$$summary" | grep -oE '[0-9]+ (successes|success|failures|failure|errors|error|pending)' | cut -d' ' -f1)
[ $$# -eq 4 ] && [ "$$1" -gt 0 ] && [ $$(($$2 + $$3 + $$4)) -eq 0 ] || { cat "$$tmp/test.log"; fail "luarocks test: $$summary"; }
line="rock-suite-$$rt: $$1 passed, $$(($$2 + $$3)) failed, $$4 skipped"
echo "$$line"
[ -z "$${HTTPSTATUS_RESULTS:-}" ] || echo "$$line" >>"$$HTTPSTATUS_RESULTS"
endef
export ROCK_TEST_SH
