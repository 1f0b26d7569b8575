# Files made from others and committed (included by Makefile); a spec fails
# when one is out of date (spec/docs_spec.lua).
#
#   make generate      all of them, in the order below
#   make fast-header   src/fast.h from src/fast.lua (the LuaJIT fast paths)
#   make types         library/codes.lua, the names of hs.codes, from the
#                      module (after a change to src/codes.h)
#   make api-docs      docs/API.md from library/ and the module

.PHONY: generate fast-header types api-docs

# One make each: the module that writes the names is built from the new
# src/fast.h, and the reference is made from the new names.
generate:
	$(MAKE) --no-print-directory fast-header
	$(MAKE) --no-print-directory types
	$(MAKE) --no-print-directory api-docs

fast-header:
	@tools/ensure-deps lua5.4
	lua5.4 tools/gen-fast.lua src/fast.lua >src/fast.h.new
	mv src/fast.h.new src/fast.h

types: build/lua5.4/$(MODULE)
	lua5.4 -e 'package.cpath = "build/lua5.4/?.so"' tools/gen-codes.lua >library/codes.lua.new
	mv library/codes.lua.new library/codes.lua

api-docs: build/lua5.4/$(MODULE)
	lua5.4 -e 'package.cpath = "build/lua5.4/?.so"' tools/gen-api.lua \
	    library/httpstatus.lua library/codes.lua >docs/API.md.new
	mv docs/API.md.new docs/API.md
