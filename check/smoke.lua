-- Smoke test of httpstatus's whole public API, on any Lua (5.1-5.5, LuaJIT)
-- and any platform: `lua check/smoke.lua` with package.cpath set by the
-- caller (tools/windows-check runs it under wine).  Every expected value is
-- written down here, never computed with the module itself.
-- The last line printed is "smoke: N passed, N failed".
local hs = require("httpstatus")

local passed, failed = 0, 0
local function check(name, ok)
  if ok then
    passed = passed + 1
  else
    failed = failed + 1
    print("FAIL: " .. name)
  end
end

-- lookup and class
check("lookup(404)", hs.lookup(404) == "Not Found")
check("lookup(306) is nil", hs.lookup(306) == nil)
check("lookup(99) is nil", hs.lookup(99) == nil)
check("lookup('404')", hs.lookup("404") == "Not Found")
check("class(404)", hs.class(404) == "client_error")
check("class(99) is nil", hs.class(99) == nil)

-- the rules: one true case and one false case each
local rules = {
  { "is_error", 404, 200 }, { "is_informational", 100, 200 },
  { "is_success", 200, 301 }, { "is_redirection", 302, 200 },
  { "is_client_error", 404, 500 }, { "is_server_error", 500, 404 },
  { "is_redirect", 301, 300 }, { "is_empty", 204, 200 },
  { "is_cacheable", 404, 201 }, { "is_retryable", 503, 500 },
}
for _, r in ipairs(rules) do
  local name, yes, no = r[1], r[2], r[3]
  check(name .. "(" .. yes .. ")", hs[name](yes) == true)
  check(name .. "(" .. no .. ") is false", hs[name](no) == false)
end
check("is_error(600)", hs.is_error(600) == true)

-- code: phrase to number
check("code('Not Found')", hs.code("Not Found") == 404)
check("code('payload too large')", hs.code("payload too large") == 413)
check("code('nope') is nil", hs.code("nope") == nil)

-- info
local info = hs.info(404) or {}
check("info(404).phrase", info.phrase == "Not Found")
check("info(404).name", info.name == "NOT_FOUND")
check("info(404).official", info.official == true)
check("info(404).aliases", type(info.aliases) == "table")
check("info(306) is nil", hs.info(306) == nil)

-- each: the informational codes, in order
local seen = {}
for code in hs.each("informational") do seen[#seen + 1] = code end
check("each('informational')", table.concat(seen, ",") == "100,101,102,103")

-- codes and classes
check("codes[404]", hs.codes[404] == "Not Found")
check("codes.NOT_FOUND", hs.codes.NOT_FOUND == 404)
check("codes is read-only", not pcall(function() hs.codes.TEAPOT = 418 end))
check("classes.client_error.first", hs.classes.client_error.first == 400)

-- _VERSION and a bad argument
check("_VERSION", type(hs._VERSION) == "string" and hs._VERSION:match("^%d+%.%d+%.%d+$") ~= nil)
local ok, err = pcall(hs.lookup, nil)
check("lookup(nil) fails", not ok and err:find("bad argument #1 to 'lookup'", 1, true) ~= nil)

-- status_line
check("status_line(404)", hs.status_line(404) == "404 Not Found")
check("status_line(299)", hs.status_line(299) == "299 ")
check("status_line(600) is nil", hs.status_line(600) == nil)

print(("smoke: %d passed, %d failed"):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
