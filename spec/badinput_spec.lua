-- Bad arguments: the error names the function as the module names it,
-- reads the same on every Lua, and breaks nothing.
local hs = require("httpstatus")
local helpers = require("spec.helpers")
local error_of = helpers.error_of

local NAN = 0 / 0
local INF = math.huge

-- Argument, and the reason every function over a code gives for it.
local NOT_INTEGER = "number has no integer representation"
local bad_codes = {
  { "nil", nil, "number expected, got nil" },
  { "true", true, "number expected, got boolean" },
  { "false", false, "number expected, got boolean" },
  { "a table", {}, "number expected, got table" },
  { "a function", print, "number expected, got function" },
  { "a coroutine", coroutine.create(function() end), "number expected, got thread" },
  { "a userdata", io.stdout, "number expected, got userdata" },
  { "hs.codes", hs.codes, "number expected, got userdata" },
  { "a word", "abc", "number expected, got string" },
  { "an empty string", "", "number expected, got string" },
  { "digits and letters", "404abc", "number expected, got string" },
  { "split digits", "4 04", "number expected, got string" },
  { "a NUL byte", "404\0", "number expected, got string" },
  { "the word inf", "inf", "number expected, got string" },
  { "the word nan", "nan", "number expected, got string" },
  { "a bare 0x", "0x", "number expected, got string" },
  { "a 64 KB string", string.rep("4", 65536) .. "x", "number expected, got string" },
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
  { "a decimal string past 2^63", "9223372036854775808", NOT_INTEGER },
}

describe("a bad status-code argument", function()
  for _, fname in ipairs(helpers.code_functions) do
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
  end)

  it("leaves the module working", function()
    for _, fname in ipairs(helpers.code_functions) do
      for _, case in ipairs(bad_codes) do pcall(hs[fname], case[2]) end
    end
    assert.are.equal("Not Found", hs.lookup(404))
    assert.are.equal("client_error", hs.class(404))
    assert.are.equal(404, hs.codes.NOT_FOUND)
    assert.are.equal("Content Too Large", hs.info(413).phrase)
  end)
end)

describe("an integer that is not a status code", function()
  local outside = { 0, 99, 600, -1, -404, 1e15, 2^53, -2^63, "-2", " 1000 " }

  it("is no error: each function says what it gives", function()
    for _, code in ipairs(outside) do
      local label = "code " .. tostring(code)
      assert.is_nil(hs.lookup(code), label)
      assert.is_nil(hs.class(code), label)
      assert.is_nil(hs.info(code), label)
      assert.is_true(hs.is_error(code), label)
      for _, fname in ipairs({ "is_informational", "is_success", "is_redirection",
                               "is_client_error", "is_server_error", "is_redirect",
                               "is_empty", "is_cacheable", "is_retryable" }) do
        assert.is_false(hs[fname](code), fname .. " " .. label)
      end
    end
  end)

  it("includes the extreme integers of Lua 5.3+", function()
    local extremes = math.maxinteger and { math.maxinteger, math.mininteger } or { 2^62, -2^62 }
    for _, code in ipairs(extremes) do
      assert.is_nil(hs.lookup(code))
      assert.is_true(hs.is_error(code))
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
