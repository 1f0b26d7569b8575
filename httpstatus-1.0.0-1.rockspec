rockspec_format = "3.0"
package = "httpstatus"
version = "1.0.0-1"
source = {
   url = "git+https://github.com/httpstatus-lua/httpstatus.git",
   tag = "v1.0.0",
}
description = {
   summary = "Every HTTP status code: phrase, class, meaning and RFC rules, in C",
   detailed = [[
httpstatus knows every code of the IANA HTTP Status Code Registry and a few
widely used unofficial ones: phrase, constant name, class, description, RFC
reference and older aliases, with the rules RFC 9110 attaches to them
(is_error, is_redirect, is_cacheable, ...). A read-only, typo-proof
hs.codes table, zero garbage per call, fast on Lua 5.1-5.4 and LuaJIT/OpenResty.
]],
   homepage = "https://github.com/httpstatus-lua/httpstatus",
   license = "MIT",
   labels = { "http", "status", "openresty", "nginx" },
}
dependencies = {
   "lua >= 5.1, < 5.5",
}
build = {
   type = "builtin",
   modules = {
      httpstatus = "src/httpstatus.c",
   },
}
