-- Bad and hostile input, fixed then random, into every function of httpstatus and into
-- hs.codes[...] and hs.classes[...]: only the documented answers and errors, the same on every
-- Lua, checked against spec/expected.lua, never against the module. A value stands for the
-- integer the running Lua's own tonumber reads, so exotic spellings may differ between runtimes
-- exactly as their tonumber does. The generator is Park-Miller in plain arithmetic (math.random
-- differs between runtimes), so a seed replays a run; to replay the one a runtime printed:
--   HTTPSTATUS_SEED=<seed> tools/run-busted lua5.4 build/lua5.4 lua5.4 spec/random_spec.lua
-- HTTPSTATUS_RANDOM_COUNT sets how many random values (default 100000).
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local error_of = helpers.error_of
local is_integer = helpers.is_integer
local misanswer = helpers.misanswer
local unpack = table.unpack or unpack

-- The two reasons every function over a code gives for a bad number or string.
local NOT_NUMBER = "number expected, got string"
local NOT_INTEGER = "number has no integer representation"

-- A value as a test's name shows it: control bytes, quotes and backslashes as \ddd.
local function shown(v)
  if type(v) ~= "string" then return tostring(v) end
  return '"' .. (v:gsub('[%c"\\]', function(c) return ("\\%03d"):format(c:byte()) end)) .. '"'
end

-- Numbers and strings, each with the reason every function over a code gives for it, or the
-- integer every supported Lua reads it as; then, with neither, spellings that each Lua reads as
-- its own tonumber does. Lua 5.1 reads a string with C's strtod (glibc's here, which knows inf,
-- nan and hex floats) and stops at a NUL byte, where the others refuse the string; 5.2 refuses
-- any inf or nan; LuaJIT's own reader knows inf, nan and 0b binary; 5.1, 5.2 and LuaJIT read a
-- hexadecimal integer as a float, 5.3 and later modulo 2^64. Other types: OTHERS, below.
local ARGS = {
  { "abc", NOT_NUMBER }, { "", NOT_NUMBER }, { "404abc", NOT_NUMBER }, { "4 04", NOT_NUMBER },
  { "\000404", NOT_NUMBER }, { string.rep("4", 65536) .. "x", NOT_NUMBER }, { "0x", NOT_NUMBER },
  { 404.5, NOT_INTEGER }, { -0.5, NOT_INTEGER }, { 0 / 0, NOT_INTEGER },
  { math.huge, NOT_INTEGER }, { -math.huge, NOT_INTEGER }, { 2^63, NOT_INTEGER },
  { -2^63 - 2^11, NOT_INTEGER }, { 1e300, NOT_INTEGER }, { 5e-324, NOT_INTEGER },
  { "404.5", NOT_INTEGER }, { "1e300", NOT_INTEGER }, { "1e400", NOT_INTEGER },
  { "0x194.8", NOT_INTEGER }, { "9223372036854775808", NOT_INTEGER },
  { "18446744073709551616", NOT_INTEGER },
  { "404", 404 }, { " 404 ", 404 }, { "\t404\n", 404 }, { "0x194", 404 }, { "0X194", 404 },
  { "+404", 404 }, { "4.04e2", 404 }, { "404.0", 404 }, { "0404", 404 }, { "-0", 0 },
  { "-0x194", -404 }, { " 1000 ", 1000 }, { "0x1p4", 16 }, { "0x1p8", 256 },
  { "0x194p0", 404 }, { "0x1.94p8", 404 }, { "1e2", 100 }, { "404.", 404 }, { ".5e3", 500 },
  { "4.04E2", 404 }, { "-9223372036854775808", -2^63 },
  { "inf" }, { "-inf" }, { "nan" }, { "nan(1)" }, { "404\0" }, { "0b110010100" },
  { "0x10000000000000194" }, { "0xfffffffffffffe6c" }, { "9223372036854775807" },
}

describe("a status-code argument", function()
  it("is read the same by every function, on every Lua: a bad one raises the documented error"
    .. " (the nil one when there is none), a string gives its integer", function()
    for _, fname in ipairs(expected.CODE_FUNCTIONS) do
      assert.are.equal("bad argument #1 to '" .. fname .. "' (number expected, got nil)",
        error_of(hs[fname]), fname)
      for _, case in ipairs(ARGS) do
        assert.is_nil(misanswer(hs, fname, case[1], case[2]), fname .. " " .. shown(case[1]))
      end
    end
  end)

  it("names the function as the module names it, whatever the call site, and points at the"
    .. " caller's line, as does an unknown name in hs.codes", function()
    local renamed = { fn = hs.class }
    assert.are.equal("bad argument #1 to 'lookup' (number expected, got nil)",
      error_of(hs.lookup, nil))
    assert.are.equal("bad argument #1 to 'class' (number expected, got table)",
      error_of(renamed.fn, {}))
    assert.are.equal("bad argument #1 to 'is_error' (number expected, got boolean)",
      error_of(function(...) return (hs.is_error(...)) end, true):match("bad argument.*"))
    local at = "^[^:]*random_spec%.lua:%d+: "
    for fname, value in pairs({ lookup = {}, is_retryable = 0.5, status_line = "abc" }) do
      -- the parentheses keep the call from being a tail call, which has no line
      local err = error_of(function() return (hs[fname](value)) end)
      assert.truthy(err:match(at .. "bad argument #1 to '" .. fname .. "'"), err)
    end
    local err = error_of(function() return hs.codes.NOT_FUOND end)
    assert.truthy(err:match(at .. "httpstatus%.codes has no status named 'NOT_FUOND'"), err)
  end)

  it("outside 100..599 ends the walk, given to each's iterator as the previous code", function()
    local each_next, last = hs.each()
    for _, code in ipairs(expected.OUTSIDE) do
      local want = tonumber(code) < 599 and 100 or nil
      assert.are.equal(want, each_next(last, code), "previous code " .. tostring(code))
    end
  end)
end)

-- Spellings of names from API.md, each list under the code that hs.code gives for it; under
-- false, text that names no status, and a number, read as its text.
local NAMED = {
  [404] = { "Not Found", "not found", "NOT_FOUND", "not-found", "Not_Found",
            -- runs of separators fold into one, and none count at the ends
            "  not   found ", "_not__found-", "not -_ found" },
  [203] = { "non authoritative information" },
  [413] = { "Payload Too Large" },
  [416] = { "REQUESTED_RANGE_NOT_SATISFIABLE" },
  -- apostrophes, typographic ones included, are ignored
  [418] = { "I'm a teapot", "im a teapot", "I\226\128\153m a teapot" },
  [422] = { "unprocessable entity" },
  [false] = { "", "   ", "Not Fund", "Not Found!", "notfound", "404", "Found Not", "'",
              "NOT_FOUND\0", ("A"):rep(100), 404, "\0", "\255\254", ("x"):rep(65536),
              ("_"):rep(1000), "NOT_FOUND\0NOT_FOUND", "\226\128", "'''", "0x194" },
}

describe("hs.code", function()
  it("reads the names API.md shows; gives nil for text that names no status, and for a number,"
    .. " read as its text", function()
    for code, texts in pairs(NAMED) do
      for _, text in ipairs(texts) do
        assert.are.equal(code or nil, hs.code(text), shown(text))
      end
    end
  end)
end)

local SEED = tonumber(os.getenv("HTTPSTATUS_SEED") or "") or (os.time() % 2147483646 + 1)
local COUNT = tonumber(os.getenv("HTTPSTATUS_RANDOM_COUNT") or "") or 100000
local MAX_REPORTED = 20

io.stderr:write(("random_spec: seed %d, %d random values (%s); replay with HTTPSTATUS_SEED=%d\n")
  :format(SEED, COUNT, _VERSION .. (rawget(_G, "jit") and " / LuaJIT" or ""), SEED))

-- Every phrase, alias and name { text, code }, in a fixed order.
local NAMES = {}
for _, row in ipairs(expected.CODES) do
  NAMES[#NAMES + 1] = { row.phrase, row.code }
  for _, alias in ipairs(row.aliases) do NAMES[#NAMES + 1] = { alias, row.code } end
end
for name, code in pairs(expected.NAME_CODE) do NAMES[#NAMES + 1] = { name, code } end
table.sort(NAMES, function(a, b) return a[1] < b[1] end) -- pairs() order is no seed's business

-- ---- the generator ----

local state = SEED
-- 1..n, n <= 2^31 - 2: Park-Miller "minimal standard", exact in doubles.
local function random(n)
  state = (state * 16807) % 2147483647
  return state % n + 1
end

local function pick(list) return list[random(#list)] end

-- len characters drawn from alphabet (every byte when none is given).
local function random_text(len, alphabet)
  local out = {}
  for i = 1, len do
    local j = random(alphabet and #alphabet or 256)
    out[i] = alphabet and alphabet:sub(j, j) or string.char(j - 1)
  end
  return table.concat(out)
end

-- A wide integer: an exact 64-bit integer on Lua 5.3+, a large float before.
local function random_wide()
  local v = 0
  for _ = 1, 4 do v = v * 65536 + (random(65536) - 1) end
  return random(2) == 1 and -v or v
end

local function white() return random_text(random(3) - 1, " \t\n\r\v\f") end

-- The integer n (|n| < 2^53) in one of many spellings, some of which only some Lua reads.
local SPELLINGS = { "%d", "+%d", "00%d", "0x%x", "0X%X", "0x1%016x", "%d.", "%d.00", "%d0e-1",
                    "%.6e", "0x%xp0", "%d.0e0", "%d.5", "%d.25e0", "%d.000001", "%d5e-1" }
local function spell_number(n)
  local spelling = pick(SPELLINGS)
  local sign = n < 0 and spelling:find("[xX]") and "-" or ""
  local abs = sign == "-" and -n or n
  return white() .. sign .. spelling:format(abs) .. white()
end

-- A number spelt with something no number can hold before, inside or after it, or a
-- spelling of infinity or NaN.
local JUNK = { "\0", "z", "#", "!", "g", ",", "\0" .. "404", "$", "\255", "'", " ", "_", "  " }
local NOT_FINITE = { "inf", "-inf", "+INF", "infinity", "nan", "-nan", "NaN", "0x1p4n", "1e5N" }
local function spell_not_number(n)
  if random(4) == 1 then return white() .. pick(NOT_FINITE) .. white() end
  local spelt = random(3) == 1 and ("%d"):format(n) .. "9" or spell_number(n)
  local cut = random(#spelt + 1) - 1
  return spelt:sub(1, cut) .. pick(JUNK) .. spelt:sub(cut + 1)
end

-- A phrase, alias or name with its case, separators and apostrophes shuffled; its code.
local SEPARATORS = { " ", "_", "-", "\t", "  ", "_-", " - " }
local function spell_name(entry)
  local out = { random(4) == 1 and pick(SEPARATORS) or "" }
  for word in entry[1]:gmatch("[^ %-]+") do
    if #out > 1 then out[#out + 1] = pick(SEPARATORS) end
    for ch in word:gmatch(".") do
      local r = random(8)
      out[#out + 1] = r == 1 and ch:upper() or r == 2 and ch:lower() or ch
      if random(16) == 1 then out[#out + 1] = pick({ "'", "\226\128\153" }) end
    end
  end
  out[#out + 1] = random(4) == 1 and pick(SEPARATORS) or ""
  return table.concat(out), entry[2]
end

-- A metatable whose every metamethod raises.
local hostile = { __name = "Hostile", __metatable = "hostile" }
for _, event in ipairs({ "index", "newindex", "call", "tostring", "len", "eq", "lt", "le",
                         "concat", "unm", "add", "pairs", "ipairs" }) do
  hostile["__" .. event] = function() error("a metamethod of a hostile value was called", 0) end
end

local closed_file = io.tmpfile and io.tmpfile()
if closed_file then closed_file:close() end
local dead = coroutine.create(function() end)
coroutine.resume(dead)

-- Values that are neither numbers nor strings.
local OTHERS = {
  true, false, {}, { 404 }, { code = 404 }, setmetatable({}, hostile), print, string.rep,
  function() error("called", 0) end, hs.lookup, hs.each, coroutine.create(function() end), dead,
  io.stdout, io.stderr, hs, hs.codes, hs.classes, closed_file,
}
if rawget(_G, "newproxy") then
  local proxy = newproxy(true)
  local mt = getmetatable(proxy)
  for k, v in pairs(hostile) do mt[k] = v end
  OTHERS[#OTHERS + 1] = proxy
end

-- The extremes of numbers; a code plus k * 2^32 is what a module that casts to int misreads.
local NUMBERS = {
  0, -0.0, 1, -1, 99, 100, 404, 404.0, 599, 599.5, 600, -(0 / 0), 2^31, 2^32, 2^53, 2^53 + 2,
  2^62, -2^63, 2^64, -2^64, 2^63 - 1024, -2^63 - 2048, 2^32 + 404, -2^32 + 404, 2^53 + 404,
  1e15 + 404, -1e300, 1.7976931348623157e308, -1.7976931348623157e308, -5e-324,
  2.2250738585072014e-308, 1e-300, 0.1, 100 - 1e-13, 599 + 1e-13, math.pi,
  -- Lua 5.3 and later: the extreme integers (nil before, which ends the list)
  math.maxinteger, math.mininteger, math.maxinteger and math.maxinteger - 1,
  math.mininteger and math.mininteger + 1, math.mininteger and math.mininteger + 404,
}

-- Strings besides those above; the tonumber of some of them differs between runtimes.
local STRINGS = {
  " ", " -0x1 ", ".5", "-1e400", "NaN", "++404", "--404", "404e", "0x.8p1", "99", "600",
  "1e-400", "Infinity", "1LL", "404ULL", "0x194LL", "1i", "404 \0", "-9223372036854775809",
  "0xffffffffffffffff", "0x8000000000000000", "0x7fffffffffffffff", "4294967700", "0x100000194",
  "Not Found", "NOT_FOUND", "not found", "i'm a teapot", "I\226\128\153m a teapot",
  "IM_A_TEAPOT", "NOT_FUOND", "__index", "__metatable", "client_error", "CLIENT_ERROR",
  "informational\0", "\226\128", "'''", ("_"):rep(1000), "\255\254",
}
local BIG = {
  ("4"):rep(65536), (" "):rep(65535) .. "4", "0x" .. ("f"):rep(65534), ("\0"):rep(65536),
  ("A_"):rep(32768), "404" .. (" "):rep(65533), ("9"):rep(400) .. ".5", "1" .. ("0"):rep(65535),
}

-- One random value; for a spelling of a phrase, alias or name, its code too.
local GENERATORS = {
  function() return random(700) - 1 end,
  function() return random(700) - 1.0 end,
  function() return (random(2^30) - 2^29) * random(2^20) end,
  function() return (random(2^21) - 2^20) * 2^32 + random(700) - 1 end,
  random_wide,
  function() return random(1000) + random(2^20) / 2^21 end,
  function() return pick(NUMBERS) end,
  function() return spell_number(random(800) - 101) end,
  function() return spell_not_number(random(800) - 101) end,
  function() return spell_name(pick(NAMES)) end,
  function() return random_text(random(41) - 1) end,
  function() return random_text(random(12), "0123456789xXeEpP.+- \t\n_'abcdefABCDEFnN\0") end,
  function() return pick(STRINGS) end,
  function() return random(200) == 1 and pick(BIG) or pick(STRINGS) end,
  function() return pick(OTHERS) end,
  function() return nil end,
}
local function random_value() return pick(GENERATORS)() end

-- ---- the checks: a failure is recorded with the seed and the value, and the run goes on ----

-- Since the last report: the first MAX_REPORTED failures as text, then false for each other.
local failures = {}

local function fail(what, v, detail)
  local as = type(v) == "number" and ("%.17g (%s)"):format(v, math.type and math.type(v) or "")
    or type(v) == "string" and ("%d bytes %s"):format(#v, shown(v:sub(1, 60))) or type(v)
  failures[#failures + 1] = #failures < MAX_REPORTED
    and ("seed %d: %s, for %s: %s"):format(SEED, what, as, tostring(detail))
end

local function index(t, k) return t[k] end

-- The text of s before its first NUL byte, as C reads it.
local function before_nul(s) return s:sub(1, (s:find("\0", 1, true) or #s + 1) - 1) end

-- each(v): every code, or one class's codes, in order; else the error naming v or its type.
local function check_each(v)
  local ok, n, iter, s, control = helpers.pack(pcall(hs.each, v))
  local want = v == nil and expected.CODES or expected.ROWS_OF[v]
  if not want then
    local why = type(v) == "string" and ("unknown class '%s'"):format(before_nul(v))
      or "string expected, got " .. type(v)
    return (ok or iter ~= "bad argument #1 to 'each' (" .. why .. ")") and fail("each", v, iter)
  end
  if not ok or n ~= 3 or type(iter) ~= "function" then return fail("each", v, iter) end
  local wrong = helpers.walk_mismatch(want, iter, s, control)
  return wrong and fail("each", v, wrong)
end

-- Values of no type a rule reads, with the reason check gives; the fields rules read.
local BAD_VALUES = {
  { true, ": string, number or list of strings expected, got boolean" },
  { print, ": string, number or list of strings expected, got function" },
  { { "GET", {} }, " [2]: string expected, got table" },
  { setmetatable({ false }, hostile), " [1]: string expected, got boolean" },
}
local FIELDS = { "Content-Type" }
for _, rule in ipairs(expected.RULES) do FIELDS[#FIELDS + 1] = rule.field end
-- In every field but Allow, the one that a 405's rule reads, a value of no type a rule reads.
local unread = {}
for i, name in ipairs(FIELDS) do unread[name] = BAD_VALUES[i % #BAD_VALUES + 1][1] end
unread.Allow = nil
-- A hundred thousand fields, and a list of as many values.
local huge, many = {}, {}
for i = 1, 100000 do
  huge["X-Field-" .. i] = i
  many[i] = "GET"
end

-- check(v, random header fields, random options): nil, at most a note for each of v's rules, an
-- error for v or for a value of no type a rule reads; for an integer outside 100..599, its note.
local VALUES = { "", "0", " 0\t", "12", 0, 12, 1.5, "public", "max-age=60", {}, { "0" } }
local OPTIONS = { { method = "CONNECT" }, { content = true } }
local function flip(c) return random(2) == 1 and c:upper() or c:lower() end
local function check_check(v)
  local headers, raised = {}, {}
  for _ = 1, random(8) - 1 do
    local name = pick(FIELDS):gsub("%a", flip)
    local bad = random(8) == 1 and pick(BAD_VALUES) or { pick(VALUES), "" }
    headers[name] = bad[1]
    raised[("bad argument #2 to 'check' (field '%s'%s)"):format(name, bad[2])] = bad[2] ~= ""
  end
  local ok, got = pcall(hs.check, v, headers, OPTIONS[random(3)])
  local n, reason = expected.integer_of(v)
  local rules = n and expected.RULES_OF[n]
  if not rules then -- not an integer, or outside 100..599: the error, or the one note
    ok = helpers.listed(got) == (n and helpers.listed(expected.answer("check", n))
      or ("bad argument #1 to 'check' (%s)"):format(reason))
  elseif ok then
    ok = got == nil or type(got) == "table" and #got > 0 and #got <= #rules
  end
  if not ok and not (rules and raised[got]) then fail("check with header fields", v, got) end
end

local function check_value(v, name_code)
  local t = type(v)
  if random(3) == 1 then check_check(v) end
  for _, fname in ipairs(expected.CODE_FUNCTIONS) do
    local wrong = misanswer(hs, fname, v)
    if wrong then fail(fname, v, wrong) end
  end
  -- code(v): the code of a spelling of a name, nil for a number, an error for neither
  local ok, count, code = helpers.pack(pcall(hs.code, v))
  if t ~= "string" and t ~= "number" then
    if ok or code ~= "bad argument #1 to 'code' (string expected, got " .. t .. ")" then
      fail("code", v, code)
    end
  elseif not ok or count ~= 1 then
    fail("code raised an error or gave " .. count .. " values", v, code)
  elseif (name_code or t == "number") and code ~= name_code then
    fail("code (want " .. tostring(name_code) .. ")", v, code)
  elseif code ~= nil and not (is_integer(code) and expected.ROW[code]) then
    fail("code gave something that is not a code", v, code)
  end
  check_each(v)
  -- hs.codes[v]: a name's code or an error naming an unknown one; a number's phrase; else nil
  local found, got = pcall(index, hs.codes, v)
  local want = expected.NAME_CODE[v]
  if t == "number" then
    local n = expected.integer_of(v)
    want = n and expected.answer("lookup", n)
  elseif t == "string" and not want then
    local ending = "httpstatus.codes has no status named '" .. before_nul(v) .. "'"
    found = not found and type(got) == "string" and got:sub(-#ending) == ending
    got = nil
  end
  if not found or got ~= want or (t == "string" and want and not is_integer(got)) then
    fail("codes[...] (want " .. tostring(want) .. ")", v, got)
  end
  -- hs.classes[v]: a class id's class, with exactly the documented fields, else nil
  ok, got = pcall(index, hs.classes, v)
  local class = v ~= nil and expected.CLASS[v] or nil
  local same = ok and (class == nil and got == nil or class ~= nil and type(got) == "table")
  for key, value in pairs(class or {}) do same = same and got[key] == value end
  local fields = same and class and table.concat(helpers.keys(got), " ")
  if not same or fields and (fields ~= "description first id label last"
      or type(got.description) ~= "string" or #got.description <= 20) then
    fail("classes", v, got)
  end
end

-- The iterator behind each(), called with anything: no error, and nothing or a pair.
local each_next = hs.each()
local function check_iterator(v, w)
  local ok, count, code, phrase = helpers.pack(pcall(each_next, v, w))
  local fine = ok and (count == 0 or count == 2 and is_integer(code) and type(phrase) == "string")
  if not fine then fail("each's iterator", v, code) end
end

-- Fails the test with what went wrong since the last report.
local function report()
  local found = failures
  failures = {}
  assert.are.same({}, { unpack(found, 1, MAX_REPORTED) }, ("%d failures in all"):format(#found))
end

-- Ways a request handler could try to change what the next one reads, under what each raises
-- ("": an error, whichever).
local TAMPERING = {
  ["read-only"] = { "hs.codes[404] = 'x'", "hs.codes.NEW = 1", "hs.codes.NOT_FOUND = 500",
    "hs.codes[306] = 'Switch Proxy'", "hs.classes.client_error = {}", "hs.classes.new = {}" },
  ["table expected, got userdata"] = { "rawset(hs.codes, 404, 'x')",
    "rawset(hs.codes, 'NOT_FOUND', 410)", "rawset(hs.classes, 'client_error', {})" },
  [""] = { "setmetatable(hs.codes, {})", "setmetatable(hs.codes, nil)",
    "setmetatable(hs.codes, { __index = function() return 'x' end })",
    "setmetatable(hs.classes, {})", "getmetatable(hs.codes).__index = {}" },
}

-- The last test below checks every answer afterwards.
describe("tampering", function()
  it("is refused, or changes only the caller's copy, in every way open without debug", function()
    for reason, sources in pairs(TAMPERING) do
      for _, source in ipairs(sources) do
        local err = error_of(assert((loadstring or load)("local hs = ...\n" .. source)), hs)
        assert.truthy(err and err:find(reason, 1, true), source .. ": " .. tostring(err))
      end
    end
    assert.are.equal("httpstatus.codes", getmetatable(hs.codes))
    assert.are.equal("httpstatus.classes", getmetatable(hs.classes))
    assert.are.equal("httpstatus.codes", tostring(hs.codes))
    -- copies, each field changed, what a list holds too, and a field added
    local class = hs.classes.client_error
    for key in pairs(class) do class[key] = "changed" end
    assert.are_not.equal(class, hs.classes.client_error)
    assert.are_not.equal(hs.info(404), hs.info(404))
    assert.are_not.equal(hs.info(302).aliases, hs.info(302).aliases)
    assert.is_nil(getmetatable(hs.info(404)))
    local mine = hs.info(413)
    mine.aliases[1] = "changed"
    table.insert(mine.aliases, "added")
    for key in pairs(mine) do mine[key] = "changed" end
    mine.extra = true
    assert.are_not.equal("changed", hs.info(413).example)
    assert.is_nil(hs.info(413).extra)
    hs.info(405).requires[1].level = "MAY"
  end)
end)

-- check's header fields and options, with the argument and reason of the error they raise
-- whatever the code, or else whether a 405 with them lacks its Allow: tables are read raw, their
-- metatables unused.
local CHECK_CASES = {
  { nil, nil, 2, "table expected, got nil" }, { hs.codes, nil, 2, "table expected, got userdata" },
  { "Allow: GET", nil, 2, "table expected, got string" },
  { {}, { "CONNECT" }, 3, "unknown option" }, { {}, "CONNECT", 3, "table expected, got string" },
  { {}, false, 3, "table expected, got boolean" },
  { {}, { metod = "GET" }, 3, "unknown option 'metod'" },
  { {}, { method = 1 }, 3, "option 'method': string expected, got number" },
  { {}, { content = "yes" }, 3, "option 'content': boolean expected, got string" },
  { setmetatable({}, hostile), setmetatable({}, hostile), lacks_allow = true },
  { huge, lacks_allow = true }, { { Allow = many } }, { { Allow = { "GET", nil, true } } },
  { setmetatable({ Allow = setmetatable({ "GET" }, hostile) }, hostile) },
  { { [405] = "Allow", [true] = "Allow", [1.5] = "GET", [print] = "GET" }, lacks_allow = true },
  { { ["Allow\0"] = "GET" }, lacks_allow = true }, { unread, lacks_allow = true },
}

describe("hs.check's headers and options", function()
  it("raise the documented errors, on valid and invalid codes; headers are read raw", function()
    for i, case in ipairs(CHECK_CASES) do
      local raised = case[3] and ("bad argument #%d to 'check' (%s)"):format(case[3], case[4])
      local lacks_allow = case.lacks_allow and expected.answer("check", 405)
      for _, status in ipairs(raised and { 404, 405, 600, "204" } or { 405 }) do
        local ok, got = pcall(hs.check, status, case[1], case[2])
        assert.are.equal(raised or helpers.listed(lacks_allow), ok and helpers.listed(got) or got,
          i .. " " .. status)
      end
    end
  end)

  it("raise for a value of no type a rule reads, in a field a rule for the code reads", function()
    for _, rule in ipairs(expected.RULES) do
      local code = rule.codes[1]
      local field = (rule.field or "Content-Length"):lower()
      for _, name in ipairs({ field, code == 206 and "CONTENT-TYPE" or nil }) do
        for _, bad in ipairs(BAD_VALUES) do
          assert.are.equal(("bad argument #2 to 'check' (field '%s'%s)"):format(name, bad[2]),
            error_of(hs.check, code, { [name] = bad[1] }, rule.breaks[1].options), name)
        end
      end
    end
    assert.are.equal("bad argument #2 to 'check' (field 'expires'" .. BAD_VALUES[1][2] .. ")",
      error_of(hs.check, 429, { ["Cache-Control"] = "public", expires = true }))
  end)
end)

describe("random and hostile input (seed " .. SEED .. ")", function()
  it("into every function, codes[...] and classes[...], gives only documented answers and errors",
    function()
      for _, case in ipairs(ARGS) do check_value(case[1]) end
      for _, list in ipairs({ OTHERS, NUMBERS, STRINGS, BIG }) do
        for _, v in ipairs(list) do check_value(v) end
      end
      for i = 1, COUNT do
        local v, name_code = random_value()
        check_value(v, name_code)
        if i % 8 == 0 then check_iterator(v, random_value()) end
      end
      report()
    end)

  it("gives the same answers and errors with extra arguments and inside a coroutine", function()
    for _, fname in ipairs(expected.CODE_FUNCTIONS) do
      local with_extra = { [fname] = function(v) return hs[fname](v, {}, nil, "x") end }
      assert.is_nil(misanswer(with_extra, fname, 404), fname .. " with extra arguments")
    end
    local co = coroutine.wrap(function()
      check_value((coroutine.running()))
      for _ = 1, COUNT / 20 do check_value(random_value()) end
    end)
    co()
    report()
  end)

  it("leaves the data unchanged: every integer near 100..599 as a number or a string, every"
    .. " name and class still gives its answers", function()
    for n = -10, 700 do
      for _, v in ipairs({ n, n + 0.0, tostring(n) }) do check_value(v) end
    end
    for _, v in ipairs(expected.OUTSIDE) do check_value(v) end
    for _, entry in ipairs(NAMES) do check_value(entry[1], entry[2]) end
    for _, class in ipairs(expected.CLASSES) do check_value(class.id) end
    check_value(nil)
    report()
  end)
end)
