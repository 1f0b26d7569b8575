-- Bad arguments: the error names the function as the module names it,
-- reads the same on every Lua, and breaks nothing; and how a string is read
-- as a status code, which is the running Lua's own number conversion.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local error_of = helpers.error_of

local CODE_FUNCTIONS = expected.CODE_FUNCTIONS

local NAN = 0 / 0
local INF = math.huge

-- The two reasons every function over a code gives for a bad argument.
local NOT_NUMBER = "number expected, got string"
local NOT_INTEGER = "number has no integer representation"

-- code -> phrase, for every code of the fixture.
local PHRASE = {}
for _, want in ipairs(expected.CODES) do PHRASE[want.code] = want.phrase end

-- A string as a test's name shows it: control bytes, quotes and backslashes as \ddd.
local function shown(s)
  return '"' .. (s:gsub('[%c"\\]', function(c) return ("\\%03d"):format(c:byte()) end)) .. '"'
end

-- Argument, and the reason every function over a code gives for it, on every Lua.
local bad_codes = {
  { "nil", nil, "number expected, got nil" },
  { "true", true, "number expected, got boolean" },
  { "false", false, "number expected, got boolean" },
  { "a table", {}, "number expected, got table" },
  { "a function", print, "number expected, got function" },
  { "a coroutine", coroutine.create(function() end), "number expected, got thread" },
  { "a userdata", io.stdout, "number expected, got userdata" },
  { "hs.codes", hs.codes, "number expected, got userdata" },
  { "a word", "abc", NOT_NUMBER },
  { "an empty string", "", NOT_NUMBER },
  { "digits and letters", "404abc", NOT_NUMBER },
  { "split digits", "4 04", NOT_NUMBER },
  { "a NUL byte before the digits", "\000404", NOT_NUMBER },
  { "a 64 KB string", string.rep("4", 65536) .. "x", NOT_NUMBER },
  { "404.5", 404.5, NOT_INTEGER },
  { "-0.5", -0.5, NOT_INTEGER },
  { "NaN", NAN, NOT_INTEGER },
  { "+infinity", INF, NOT_INTEGER },
  { "-infinity", -INF, NOT_INTEGER },
  { "2^63", 2^63, NOT_INTEGER },
  { "-2^63 - 2^11", -2^63 - 2^11, NOT_INTEGER },
  { "1e300", 1e300, NOT_INTEGER },
  { "5e-324", 5e-324, NOT_INTEGER },
  { "the string 404.5", "404.5", NOT_INTEGER },
  { "the string 1e300", "1e300", NOT_INTEGER },
}

describe("a bad status-code argument", function()
  for _, fname in ipairs(CODE_FUNCTIONS) do
    for _, case in ipairs(bad_codes) do
      local label, value, reason = case[1], case[2], case[3]
      it(("to %s (%s) raises the documented error"):format(fname, label), function()
        assert.are.equal(("bad argument #1 to '%s' (%s)"):format(fname, reason),
          error_of(hs[fname], value))
      end)
    end
  end

  it("is the same error with no argument at all as with nil", function()
    assert.are.equal("bad argument #1 to 'lookup' (number expected, got nil)", error_of(hs.lookup))
    assert.are.equal("bad argument #1 to 'info' (number expected, got nil)", error_of(hs.info))
    assert.are.equal("bad argument #1 to 'status_line' (number expected, got nil)",
      error_of(hs.status_line))
  end)

  it("names the function as the module names it, whatever the call site", function()
    local f = hs.lookup
    local renamed = { fn = hs.class }
    assert.are.equal("bad argument #1 to 'lookup' (number expected, got nil)", error_of(f, nil))
    assert.are.equal("bad argument #1 to 'class' (number expected, got table)",
      error_of(renamed.fn, {}))
    assert.are.equal("bad argument #1 to 'is_error' (number expected, got boolean)",
      error_of(function(...) return (hs.is_error(...)) end, true):match("bad argument.*"))
  end)

  it("points at the caller's line, not into the module", function()
    local err = error_of(function()
      local phrase = hs.lookup({})
      return phrase
    end)
    assert.truthy(err:match("^[^:]*badinput_spec%.lua:%d+: bad argument #1 to 'lookup'"), err)
    err = error_of(function()
      local ok = hs.is_retryable(0.5)
      return ok
    end)
    assert.truthy(err:match("^[^:]*badinput_spec%.lua:%d+: bad argument #1 to 'is_retryable'"), err)
    err = error_of(function()
      local line = hs.status_line("abc")
      return line
    end)
    assert.truthy(err:match("^[^:]*badinput_spec%.lua:%d+: bad argument #1 to 'status_line'"), err)
  end)

  it("leaves the module working", function()
    for _, fname in ipairs(CODE_FUNCTIONS) do
      for _, case in ipairs(bad_codes) do pcall(hs[fname], case[2]) end
    end
    assert.are.equal("Not Found", hs.lookup(404))
    assert.are.equal("client_error", hs.class(404))
    assert.are.equal("404 Not Found", hs.status_line(404))
    assert.are.equal(404, hs.codes.NOT_FOUND)
    assert.are.equal("Content Too Large", hs.info(413).phrase)
  end)
end)

-- ---- a string code: the running Lua's own conversion ----

-- An integer outside 100..599 that cannot be written the same on every Lua (math.maxinteger).
local OUTSIDE = "an integer outside 100..599"

-- Spellings that every supported Lua reads as the same integer.
local COMMON = {
  { "404", 404 }, { " 404 ", 404 }, { "\t404\n", 404 }, { "0x194", 404 }, { "0X194", 404 },
  { "+404", 404 }, { "4.04e2", 404 }, { "404.0", 404 }, { "0404", 404 }, { "-0", 0 },
  { "-0x194", -404 }, { " 1000 ", 1000 },
}

-- Exotic spellings: what each Lua makes of them is what its own tonumber makes of them.
-- Each column is the integer the spelling reads as, or the error every function gives.
-- Lua 5.1 reads a string with C's strtod (glibc's here, which knows inf, nan and hex
-- floats) and stops at a NUL byte, where the others refuse the string; 5.2 refuses any
-- inf or nan; LuaJIT's own reader knows inf, nan and 0b binary; 5.1, 5.2 and LuaJIT read
-- a hexadecimal integer as a float, 5.3 and later modulo 2^64.
local SPELLINGS = {
  --                          Lua 5.1      Lua 5.2      LuaJIT       Lua 5.3 to 5.5
  { "inf",                    NOT_INTEGER, NOT_NUMBER,  NOT_INTEGER, NOT_NUMBER },
  { "-inf",                   NOT_INTEGER, NOT_NUMBER,  NOT_INTEGER, NOT_NUMBER },
  { "nan",                    NOT_INTEGER, NOT_NUMBER,  NOT_INTEGER, NOT_NUMBER },
  { "nan(1)",                 NOT_INTEGER, NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER },
  { "404\0",                  404,         NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER },
  { "0b110010100",            NOT_NUMBER,  NOT_NUMBER,  404,         NOT_NUMBER },
  { "0x10000000000000194",    NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, 404 },
  { "0xfffffffffffffe6c",     NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, -404 },
  { "9223372036854775807",    NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, OUTSIDE },
  { "9223372036854775808",    NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, NOT_INTEGER },
  { "18446744073709551616",   NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, NOT_INTEGER },
  { "1e400",                  NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, NOT_INTEGER },
  { "0x194.8",                NOT_INTEGER, NOT_INTEGER, NOT_INTEGER, NOT_INTEGER },
  { "0x1p4",                  16,          16,          16,          16 },
  { "0x1p8",                  256,         256,         256,         256 },
  { "0x194p0",                404,         404,         404,         404 },
  { "0x1.94p8",               404,         404,         404,         404 },
  { "1e2",                    100,         100,         100,         100 },
  { "404.",                   404,         404,         404,         404 },
  { ".5e3",                   500,         500,         500,         500 },
  { "4.04E2",                 404,         404,         404,         404 },
  { "-9223372036854775808",   -2^63,       -2^63,       -2^63,       -2^63 },
  { "0x",                     NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER },
  { "\000404",                NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER,  NOT_NUMBER },
}

local RUNTIME = rawget(_G, "jit") and "LuaJIT" or _VERSION
local COLUMN = ({ ["Lua 5.1"] = 2, ["Lua 5.2"] = 3, LuaJIT = 4,
                  ["Lua 5.3"] = 5, ["Lua 5.4"] = 5, ["Lua 5.5"] = 5 })[RUNTIME]

local function in_range(code)
  return type(code) == "number" and code >= 100 and code <= 599
end

-- The fixture's class of an integer in 100..599.
local function class_of(code)
  for _, class in ipairs(expected.CLASSES) do
    if code >= class.first and code <= class.last then return class.id end
  end
end

-- Asserts that every function over a code reads s as code (a number, or OUTSIDE).
local function assert_reads_as(s, code)
  local label = shown(s)
  for _, fname in ipairs(CODE_FUNCTIONS) do
    local ok, err = pcall(hs[fname], s)
    assert.is_true(ok, fname .. "(" .. label .. "): " .. tostring(err))
  end
  if in_range(code) then
    assert.are.equal(PHRASE[code], hs.lookup(s), label)
    assert.are.equal(code .. " " .. (PHRASE[code] or ""), hs.status_line(s), label)
    local id = class_of(code)
    assert.are.equal(id, hs.class(s), label)
    assert.are.equal(id == "client_error" or id == "server_error", hs.is_error(s), label)
  else
    assert.is_nil(hs.lookup(s), label)
    assert.is_nil(hs.status_line(s), label)
    assert.is_nil(hs.class(s), label)
    assert.is_true(hs.is_error(s), label)
  end
end

-- What the running Lua's tonumber makes of s, in the terms of the table above.
local function as_tonumber_reads(s)
  local n = tonumber(s)
  if n == nil then return NOT_NUMBER end
  if math.tointeger then -- Lua 5.3 and later
    n = math.tointeger(n)
    if n == nil then return NOT_INTEGER end
  elseif n ~= n or n ~= math.floor(n) or n < -2^63 or n >= 2^63 then
    return NOT_INTEGER
  end
  return in_range(n) and n or OUTSIDE
end

-- An outcome of the table, with every integer outside 100..599 as OUTSIDE.
local function as_outcome(want)
  if type(want) == "number" and not in_range(want) then return OUTSIDE end
  return want
end

describe("the table of exotic spellings", function()
  it("has a column for the running Lua", function()
    assert.is_not_nil(COLUMN, RUNTIME)
  end)
end)

describe("a string code", function()
  for _, case in ipairs(COMMON) do
    local s, code = case[1], case[2]
    it(("%s reads as %d on every Lua"):format(shown(s), code), function()
      assert_reads_as(s, code)
    end)
  end

  for _, row in ipairs(SPELLINGS) do
    local s, want = row[1], row[COLUMN or 2]
    if type(want) == "string" and want ~= OUTSIDE then
      it(("%s raises '%s' on %s"):format(shown(s), want, RUNTIME), function()
        for _, fname in ipairs(CODE_FUNCTIONS) do
          assert.are.equal(("bad argument #1 to '%s' (%s)"):format(fname, want), error_of(hs[fname], s))
        end
      end)
    else
      local as = type(want) == "number" and ("%.0f"):format(want) or want
      it(("%s reads as %s on %s"):format(shown(s), as, RUNTIME), function()
        assert_reads_as(s, want)
      end)
    end
  end

  it("reads every spelling above as the running Lua's tonumber does", function()
    for _, case in ipairs(COMMON) do
      assert.are.equal(as_outcome(case[2]), as_tonumber_reads(case[1]), shown(case[1]))
    end
    for _, row in ipairs(SPELLINGS) do
      assert.are.equal(as_outcome(row[COLUMN or 2]), as_tonumber_reads(row[1]), shown(row[1]))
    end
  end)
end)

-- ---- integers that are not status codes ----

-- What a function over a code gives for an integer outside 100..599.
local function outside_answer(fname)
  if fname == "is_error" then return true end
  if fname:match("^is_") then return false end
  return nil
end

describe("an integer that is not a status code", function()
  local outside = { 0, 99, 600, -1, -404, 1000, 1e15, 2^53, -2^63, "-2", " 1000 " }
  if math.maxinteger then
    outside[#outside + 1] = math.maxinteger
    outside[#outside + 1] = math.mininteger
  else
    outside[#outside + 1] = 2^62
    outside[#outside + 1] = -2^62
  end

  it("is no error: each function says what it gives", function()
    for _, fname in ipairs(CODE_FUNCTIONS) do
      for _, code in ipairs(outside) do
        local ok, answer = pcall(hs[fname], code)
        assert.is_true(ok, fname .. "(" .. tostring(code) .. "): " .. tostring(answer))
        assert.are.equal(outside_answer(fname), answer, fname .. "(" .. tostring(code) .. ")")
      end
    end
  end)

  it("ends the walk when given to each's iterator as the previous code", function()
    local each_next, last = hs.each()
    for _, code in ipairs(outside) do
      local n = tonumber(code)
      if n >= 599 then
        assert.is_nil(each_next(last, code), "previous code " .. tostring(code))
      else
        assert.are.equal(100, each_next(last, code), "previous code " .. tostring(code))
      end
    end
  end)

  it("gets exactly one value from each function, nil included", function()
    for _, fname in ipairs(CODE_FUNCTIONS) do
      for _, code in ipairs(outside) do
        assert.are.equal(1, select("#", hs[fname](code)), fname .. "(" .. tostring(code) .. ")")
      end
    end
  end)
end)

describe("a bad argument to hs.code", function()
  local cases = {
    { nil, "string expected, got nil" },
    { true, "string expected, got boolean" },
    { {}, "string expected, got table" },
    { print, "string expected, got function" },
    { io.stdout, "string expected, got userdata" },
  }

  it("raises the documented error", function()
    for _, case in ipairs(cases) do
      assert.are.equal("bad argument #1 to 'code' (" .. case[2] .. ")", error_of(hs.code, case[1]))
    end
  end)

  it("is harmless for odd strings", function()
    for _, text in ipairs({ "\0", "\255\254", string.rep("x", 65536), string.rep("_", 1000),
                            "NOT_FOUND\0NOT_FOUND", "\226\128", "'''", "0x194" }) do
      assert.is_nil(hs.code(text))
    end
    assert.are.equal(404, hs.code("Not Found"))
  end)
end)
