-- The steps check/many_states.c runs in each of its lua_States.
--   check(n)          loads httpstatus and checks a few answers
--   vandalise(n)      even n: every tampering the public API allows;
--                     odd n: rewrites this state's copy with the debug library
--   still_answers(n)  before lua_close: even states must answer as before
-- The expected values are written out, never read back from the module;
-- the list of codes is the specs' own (make runs this from the top folder).

local expected = require("spec.expected")

local function expect(want, got, what)
  if want ~= got then
    error(("%s: expected %s, got %s"):format(what, tostring(want), tostring(got)), 2)
  end
end

local function answers_correctly()
  local hs = require("httpstatus")
  expect("Not Found", hs.lookup(404), "lookup(404)")
  expect("Not Found", hs.lookup("404"), "lookup('404')")
  expect("server_error", hs.class(503), "class(503)")
  expect(true, hs.is_error(99), "is_error(99)")
  expect(true, hs.is_retryable(429), "is_retryable(429)")
  expect(404, hs.codes.NOT_FOUND, "codes.NOT_FOUND")
  expect(413, hs.codes.PAYLOAD_TOO_LARGE, "codes.PAYLOAD_TOO_LARGE")
  expect("I'm a teapot", hs.codes[418], "codes[418]")
  expect(418, hs.code("i'm a teapot"), "code('i'm a teapot')")
  expect("Content Too Large", hs.info(413).phrase, "info(413).phrase")
  expect("Payload Too Large", hs.info(413).aliases[1], "info(413).aliases[1]")
  expect("Client Error", hs.classes.client_error.label, "classes.client_error.label")
  local count = 0
  for _ in hs.each() do count = count + 1 end
  expect(#expected.CODES, count, "codes in each()")
  local ok, err = pcall(hs.lookup, {})
  expect(false, ok, "lookup({}) fails")
  expect(true, err:find("bad argument #1 to 'lookup'", 1, true) ~= nil, "lookup({}) message")
  ok, err = pcall(function() return hs.codes.NOT_FUOND end)
  expect(false, ok, "codes.NOT_FUOND fails")
  expect(true, err:find("NOT_FUOND", 1, true) ~= nil, "codes.NOT_FUOND message")
end

-- What any request handler could do to the module without the debug library.
local function tamper()
  local hs = require("httpstatus")
  local record = hs.info(404)
  record.phrase, record.code, record.aliases[1] = "Gone Fishing", 1, "x"
  hs.classes.client_error.label = "Fine"
  expect(false, pcall(function() hs.codes[404] = "Gone Fishing" end), "codes[404] = x")
  expect(false, pcall(function() hs.codes.NOT_FOUND = 1 end), "codes.NOT_FOUND = x")
  expect(false, pcall(function() hs.classes.client_error = {} end), "classes.x = y")
  expect(false, pcall(rawset, hs.codes, 404, "x"), "rawset(codes)")
  expect(false, pcall(setmetatable, hs.codes, {}), "setmetatable(codes)")
  expect("httpstatus.codes", getmetatable(hs.codes), "getmetatable(codes)")
end

-- Rewrites everything this state's copy holds: the tables its functions
-- reach through their upvalues and their upvalues' upvalues.
local function vandalise_deeply()
  local hs = require("httpstatus")
  local seen = {}
  local function spoil(v, depth)
    if type(v) == "table" and not seen[v] then
      seen[v] = true
      for k, item in next, v do
        spoil(item, 0)
        rawset(v, k, "vandal")
      end
    elseif type(v) == "function" and depth > 0 then
      for i = 1, 255 do
        local name, value = debug.getupvalue(v, i)
        if name == nil then break end
        spoil(value, depth - 1)
      end
    end
  end
  for _, fn in pairs(hs) do spoil(fn, 2) end
  -- Lua 5.1 hides C upvalues from the debug library: the index table is
  -- reached through hs.codes' metatable there.
  spoil(debug.getmetatable(hs.codes), 0)
  debug.setmetatable(hs.codes, { __index = function() return "vandal" end })
  debug.setmetatable(hs.classes, nil)
  expect("vandal", hs.codes[404], "this state's own codes are spoilt")
  expect("vandal", hs.lookup(404), "this state's own lookup is spoilt")
end

return {
  check = answers_correctly,
  vandalise = function(n)
    if n % 2 == 0 then tamper() else vandalise_deeply() end
  end,
  still_answers = function(n)
    if n % 2 == 0 then answers_correctly() end
  end,
}
