-- luacheck's configuration for every Lua file in the repository (make check-lint names the
-- folders). The code runs on Lua 5.1 to 5.5 and LuaJIT, so "max", the union of their
-- globals, is the base of every file, .busted among them; some add their host's globals.
std = "max"
include_files = { "**/*.lua", "*.rockspec", ".busted", ".luacheckrc", "bin/*" }
exclude_files = { "build/**", "luarocks-tree/**", "lua_modules/**", ".luarocks/**" }

files["spec"] = { std = "max+busted" }
-- A rockspec assigns its fields as globals.
files["*.rockspec"] = { std = "rockspec" }
files[".luacheckrc"] = { std = "max+luacheckrc" }
-- Handlers run inside nginx, where OpenResty's ngx and ndk are globals.
files["examples/openresty"] = { std = "ngx_lua" }
-- A wrk script: wrk calls these globals, and gives `wrk`.
files["check/load_wrk.lua"] = {
   std = "max",
   globals = { "setup", "init", "request", "response", "done", "counts", "delay" },
   read_globals = { "wrk" },
}
