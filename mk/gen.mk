# The files made from others and committed (CONTRIBUTING.md lists them; spec/docs_spec.lua
# fails while one is stale). `make generate` remakes them all, one make each and in order: the
# module that writes the names needs the new src/fast.h, the reference needs the new names.

.PHONY: generate fast-header types api-docs

generate:
	for goal in fast-header types api-docs; do $(MAKE) --no-print-directory $$goal || exit 1; done

# src/fast.h from src/fast.lua, the LuaJIT fast paths
fast-header:
	@tools/ensure-deps lua5.4
	lua5.4 tools/gen-fast.lua src/fast.lua >src/fast.h.new
	mv src/fast.h.new src/fast.h

# library/codes.lua, the names of hs.codes, from the module (after a change to src/codes.h)
types: build/lua5.4/$(MODULE)
	lua5.4 -e 'package.cpath = "build/lua5.4/?.so"' tools/gen-codes.lua >library/codes.lua.new
	mv library/codes.lua.new library/codes.lua

# docs/API.md and the Teal declarations library/httpstatus.d.tl, from library/ and the module
GEN_API = lua5.4 -e 'package.cpath = "build/lua5.4/?.so"' tools/gen-api.lua
api-docs: build/lua5.4/$(MODULE)
	$(GEN_API) library/httpstatus.lua library/codes.lua >docs/API.md.new
	$(GEN_API) --teal library/httpstatus.lua library/codes.lua >library/httpstatus.d.tl.new
	mv docs/API.md.new docs/API.md
	mv library/httpstatus.d.tl.new library/httpstatus.d.tl
