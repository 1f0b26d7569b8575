-- The steps check/many_states.c runs in its lua_States: check in each state as it opens, and
-- again before lua_close in those it tampered with (the even ones); tamper, every change the
-- public API allows; vandalise (the odd states), rewrites the state's copy with the debug
-- library.  The expected values are the specs' own (make runs this from the top folder).

local expected = require("spec.expected")
local helpers = require("spec.helpers")
local hs = require("httpstatus")

local function expect(want, got, what)
  assert(want == got, ("%s: expected %s, got %s"):format(what, tostring(want), tostring(got)))
end

local function answers_correctly()
  -- every function of a code, on codes, a code as a string, no code and no number
  for _, fname in ipairs(expected.CODE_FUNCTIONS) do
    for _, v in ipairs({ 404, "404", 413, 418, 429, 503, 99, {} }) do
      local what = ("%s(%s %s)"):format(fname, type(v), tostring(v))
      expect(nil, helpers.misanswer(hs, fname, v), what)
    end
  end
  expect(nil, helpers.walk_mismatch(expected.CODES, hs.each()), "each()")
  expect(404, hs.codes.NOT_FOUND, "codes.NOT_FOUND")
  expect(413, hs.codes.PAYLOAD_TOO_LARGE, "codes.PAYLOAD_TOO_LARGE")
  expect("I'm a teapot", hs.codes[418], "codes[418]")
  expect(418, hs.code("i'm a teapot"), "code('i'm a teapot')")
  expect("Client Error", hs.classes.client_error.label, "classes.client_error.label")
  local err = helpers.error_of(function() return hs.codes.NOT_FUOND end)
  expect(true, err and err:find("NOT_FUOND", 1, true) ~= nil, "codes.NOT_FUOND fails, naming it")
end

-- What any request handler could do to the module without the debug library.
local function tamper()
  local record = hs.info(404)
  record.phrase = "Gone Fishing"
  record.code = 1
  record.aliases[1] = "x"
  hs.classes.client_error.label = "Fine"
  expect(false, pcall(function() hs.codes[404] = "Gone Fishing" end), "codes[404] = x")
  expect(false, pcall(function() hs.codes.NOT_FOUND = 1 end), "codes.NOT_FOUND = x")
  expect(false, pcall(function() hs.classes.client_error = {} end), "classes.x = y")
  expect(false, pcall(rawset, hs.codes, 404, "x"), "rawset(codes)")
  expect(false, pcall(setmetatable, hs.codes, {}), "setmetatable(codes)")
  expect("httpstatus.codes", getmetatable(hs.codes), "getmetatable(codes)")
end

-- Rewrites everything this state's copy holds: the tables its functions reach through their
-- upvalues and their upvalues' upvalues.
local function vandalise_deeply()
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
  -- Lua 5.1 hides C upvalues from the debug library: there the index table is reached through
  -- hs.codes' metatable.
  spoil(debug.getmetatable(hs.codes), 0)
  debug.setmetatable(hs.codes, { __index = function() return "vandal" end })
  debug.setmetatable(hs.classes, nil)
  expect("vandal", hs.codes[404], "this state's own codes are spoilt")
  expect("vandal", hs.lookup(404), "this state's own lookup is spoilt")
end

return { check = answers_correctly, tamper = tamper, vandalise = vandalise_deeply }
