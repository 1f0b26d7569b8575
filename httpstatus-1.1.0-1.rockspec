rockspec_format = "3.0"
package = "httpstatus"
version = "1.1.0-1"
source = {
   url = "git+https://github.com/httpstatus-lua/httpstatus.git",
   tag = "v1.1.0",
}
description = {
   summary = "Every HTTP status code: phrase, class, meaning and RFC rules, in C",
   detailed = [[
httpstatus knows every code of the IANA HTTP Status Code Registry and a few
widely used unofficial ones: phrase, constant name, class, description, RFC
reference, example and older aliases, with the rules RFC 9110 attaches to
them (is_error, is_redirect, is_cacheable, ...) and the HTTP/1.1 status line.
A read-only, typo-proof hs.codes table, zero garbage per call, fast on Lua
5.1-5.5 and LuaJIT/OpenResty.
]],
   homepage = "https://github.com/httpstatus-lua/httpstatus",
   license = "MIT",
   labels = { "http", "status", "openresty", "nginx" },
}
dependencies = {
   "lua >= 5.1, < 5.6",
}
build = {
   type = "builtin",
   modules = { httpstatus = "src/httpstatus.c" },
   install = {
      -- the Teal declarations, where tl looks for them: <tree>/share/lua/<5.x>/httpstatus.d.tl
      lua = { httpstatus = "library/httpstatus.d.tl" },
      -- luarocks wraps it for the Lua the rock is built for
      bin = { httpstatus = "bin/httpstatus" },
      -- README.md, LICENSE and CHANGELOG.md at the top of the rock's directory: LuaRocks
      -- copies them into doc/ only for a rock that copies no directory (luarocks/luarocks#1266),
      -- and install.conf copies a file into <rock dir>/conf/<key>, so "../" puts it beside conf/.
      conf = {
         ["../README.md"] = "README.md",
         ["../LICENSE"] = "LICENSE",
         ["../CHANGELOG.md"] = "CHANGELOG.md",
      },
   },
   -- library/: the LuaLS definition files (point workspace.library at it); docs/: the API
   -- reference. Both go into <tree>/lib/luarocks/rocks-<lua>/httpstatus/<version>/, on no path.
   copy_directories = { "docs", "library" },
}
-- `luarocks test`, after `luarocks make`: the busted suite against the installed copy (.busted)
test = {
   type = "busted",
   flags = { "--run=rock" },
}
