-- Random and hostile input into every function of httpstatus, and into
-- hs.codes[...] and hs.classes[...], on whatever Lua runs the suite.
--
-- The only errors allowed are the documented ones: "bad argument #1 to
-- '<function>'" from the functions, the unknown-name error from hs.codes.
-- Every answer is checked against what API.md and spec/expected.lua imply,
-- never against the module: a number is an integer when it is integral and
-- inside [-2^63, 2^63); a string is whatever the running Lua's own tonumber
-- reads it as (then math.tointeger on 5.3+, the same integrality check
-- before), so exotic spellings may differ between runtimes exactly as their
-- tonumber does.  Afterwards the data must be unchanged.
--
-- The generator is a Park-Miller PRNG in plain arithmetic (no math.random,
-- which differs between runtimes), so a seed replays a run exactly.  The
-- seed is printed; to replay a failure on the runtime that printed it:
--   HTTPSTATUS_SEED=<seed> tools/run-busted lua5.4 build/lua5.4 lua5.4 spec/random_spec.lua
-- HTTPSTATUS_RANDOM_COUNT sets how many random values (default 100000).
local hs = require("httpstatus")
local expected = require("spec.expected")

local SEED = tonumber(os.getenv("HTTPSTATUS_SEED") or "") or (os.time() % 2147483646 + 1)
local COUNT = tonumber(os.getenv("HTTPSTATUS_RANDOM_COUNT") or "") or 100000
local MAX_REPORTED = 20

local floor, huge = math.floor, math.huge
local NAN = 0 / 0
local has_integers = math.type ~= nil

io.stderr:write(("random_spec: seed %d, %d random values (%s); replay with HTTPSTATUS_SEED=%d\n")
  :format(SEED, COUNT, _VERSION .. (rawget(_G, "jit") and " / LuaJIT" or ""), SEED))

---------------------------------------------------------------------------
-- The expected answers, from spec/expected.lua and the rules of API.md.
---------------------------------------------------------------------------

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

local REDIRECT, EMPTY_BESIDES_1XX = set(expected.REDIRECT), set(expected.EMPTY_BESIDES_1XX)
local CACHEABLE, RETRYABLE = set(expected.CACHEABLE), set(expected.RETRYABLE)

local ROW = {}           -- code -> its row of expected.CODES
local ORDERED = {}       -- every row, in code order, as each() walks them
local CLASS_BY_ID = {}   -- class id -> its row of expected.CLASSES
local CLASS_AT = {}      -- 100..599 -> class id
local ROWS_OF = {}       -- class id -> its rows, in code order
local NAME_CODE = {}     -- every constant and alias name (hs.codes' keys) -> code
local NAMES = {}         -- { text, code }: every phrase, alias and name, for code()

for _, row in ipairs(expected.CODES) do
  ROW[row.code] = row
  ORDERED[#ORDERED + 1] = row
  NAME_CODE[row.name] = row.code
  NAMES[#NAMES + 1] = { row.phrase, row.code }
  NAMES[#NAMES + 1] = { row.name, row.code }
  for _, alias in ipairs(row.aliases) do NAMES[#NAMES + 1] = { alias, row.code } end
end
table.sort(ORDERED, function(a, b) return a.code < b.code end)
for name, code in pairs(expected.ALIAS_NAMES) do
  NAME_CODE[name] = code
  NAMES[#NAMES + 1] = { name, code }
end
table.sort(NAMES, function(a, b) return a[1] < b[1] end) -- pairs() order is no seed's business
for _, class in ipairs(expected.CLASSES) do
  CLASS_BY_ID[class.id] = class
  ROWS_OF[class.id] = {}
  for c = class.first, class.last do CLASS_AT[c] = class.id end
end
for _, row in ipairs(ORDERED) do table.insert(ROWS_OF[row.class], row) end

local PREDICATE_CLASS = {
  is_informational = "informational", is_success = "successful", is_redirection = "redirection",
  is_client_error = "client_error", is_server_error = "server_error",
}

-- EXPECT[c]: what each function over one code answers for the integer c,
-- which is 100..599 or 0 for any other integer (info: the fixture's row).
local EXPECT = {}
for c = 0, 599 do
  if c == 0 or c >= 100 then
    local class, row = CLASS_AT[c], ROW[c]
    local e = {
      lookup = row and row.phrase, class = class, info = row,
      status_line = class and c .. " " .. (row and row.phrase or ""),
      is_error = c == 0 or c >= 400, is_redirect = REDIRECT[c] == true,
      is_empty = class == "informational" or EMPTY_BESIDES_1XX[c] == true,
      is_cacheable = CACHEABLE[c] == true, is_retryable = RETRYABLE[c] == true,
    }
    for fname, id in pairs(PREDICATE_CLASS) do e[fname] = class == id end
    EXPECT[c] = e
  end
end

local CODE_FUNCTIONS = {}
for i, fname in ipairs(expected.CODE_FUNCTIONS) do
  CODE_FUNCTIONS[i] = { name = fname, fn = hs[fname], bad = "bad argument #1 to '" .. fname .. "'" }
end

-- An integral number inside [-2^63, 2^63), or nil.
local function integer_of_number(v)
  if v ~= v or v < -2^63 or v >= 2^63 or v ~= floor(v) then return nil end
  return v
end
local tointeger = math.tointeger or integer_of_number

-- What the running Lua reads v as: the integer, or nil; and the reason the
-- functions give when it is nil.
local function read_code(v)
  local t = type(v)
  if t == "number" then return integer_of_number(v), "number has no integer representation" end
  if t ~= "string" or tonumber(v) == nil then return nil, "number expected, got " .. t end
  return tointeger(tonumber(v)), "number has no integer representation"
end

local function status_of_integer(i)
  return (i >= 100 and i <= 599) and i or 0
end

---------------------------------------------------------------------------
-- The generator.
---------------------------------------------------------------------------

local prng_state = SEED
-- 1..n, n <= 2^31 - 2: Park-Miller "minimal standard", exact in doubles.
local function random(n)
  prng_state = (prng_state * 16807) % 2147483647
  return prng_state % n + 1
end

local function pick(list) return list[random(#list)] end

local function random_bytes(len)
  local bytes = {}
  for i = 1, len do bytes[i] = string.char(random(256) - 1) end
  return table.concat(bytes)
end

-- A wide integer: an exact 64-bit integer on Lua 5.3+, a large float before.
local function random_wide()
  local v = 0
  for _ = 1, 4 do v = v * 65536 + (random(65536) - 1) end
  if random(2) == 1 then v = -v end
  return v
end

local WHITE = { " ", "\t", "\n", "\r", "\v", "\f" }
local function white()
  local w = {}
  for i = 1, random(3) - 1 do w[i] = pick(WHITE) end
  return table.concat(w)
end

-- The integer n (|n| < 2^53) in one of several spellings: decimal, signs,
-- zeros, hex (wrapping past 2^64 on 5.3+), float notations, white space.
local function spell_integer(n)
  local kind = random(10)
  local s
  if kind == 1 then
    s = ("%d"):format(n)
  elseif kind == 2 then
    s = (n >= 0 and "+" or "-") .. ("0"):rep(random(4) - 1) .. ("%d"):format(math.abs(n))
  elseif kind == 3 then
    s = (n < 0 and "-" or "") .. pick({ "0x", "0X" }) .. ("%x"):format(math.abs(n))
  elseif kind == 4 then
    s = (n < 0 and "-" or "") .. "0x" .. ("%X"):format(math.abs(n))
  elseif kind == 5 and n >= 0 then
    s = "0x1" .. ("%016x"):format(n)           -- 2^64 + n
  elseif kind == 6 then
    s = ("%d.%s"):format(n, ("0"):rep(random(3) - 1))
  elseif kind == 7 then
    s = ("%de%d"):format(n * 10, -1)
  elseif kind == 8 then
    s = ("%.6e"):format(n)
  elseif kind == 9 then
    s = (n < 0 and "-" or "") .. ("0x%xp0"):format(math.abs(n))
  else
    s = ("%d"):format(n) .. ".0e0"
  end
  return white() .. s .. white()
end

-- A number with no integer value.
local function spell_fraction(n)
  return white() .. pick({ "%d.5", "%d.25e0", "%d.000001", "%d5e-1" }):format(n) .. white()
end

-- A number spelt with something no number can hold before, inside or after
-- it (a NUL byte among them), or a spelling of infinity or NaN.
local JUNK = { "\0", "z", "#", "!", "g", ",", "\0" .. "404", "$", "\255", "'" }
local NOT_FINITE = { "inf", "-inf", "+INF", "infinity", "nan", "-nan", "NaN", "0x1p4n", "1e5N" }
local function spell_not_number(n)
  local kind = random(4)
  if kind == 1 then
    return spell_integer(n) .. pick(JUNK) .. (random(2) == 1 and spell_integer(n) or "")
  elseif kind == 2 then
    return pick(JUNK) .. spell_integer(n)
  elseif kind == 3 then
    local spelt = ("%d"):format(n)
    local cut = random(#spelt)    -- the break goes inside, never in front
    return spelt:sub(1, cut) .. pick({ " ", "\0", "_", "  " }) .. spelt:sub(cut + 1) .. "9"
  end
  return white() .. pick(NOT_FINITE) .. white()
end

-- A phrase, alias or name with its case, separators and apostrophes shuffled.
local SEPARATORS = { " ", "_", "-", "\t", "  ", "_-", " - " }
local function spell_name(text)
  local out = {}
  if random(4) == 1 then out[#out + 1] = pick(SEPARATORS) end
  for word in text:gmatch("[^ %-]+") do
    if #out > 0 then out[#out + 1] = pick(SEPARATORS) end
    for ch in word:gmatch(".") do
      local r, spelt = random(8), ch
      if r == 1 then spelt = ch:upper() elseif r == 2 then spelt = ch:lower() end
      if random(16) == 1 then spelt = spelt .. pick({ "'", "\226\128\153" }) end
      out[#out + 1] = spelt
    end
  end
  if random(4) == 1 then out[#out + 1] = pick(SEPARATORS) end
  return table.concat(out)
end

local BIG = {
  ("4"):rep(65536), (" "):rep(65535) .. "4", "0x" .. ("f"):rep(65534), ("\0"):rep(65536),
  ("A_"):rep(32768), "404" .. (" "):rep(65533), ("9"):rep(400) .. ".5", "1" .. ("0"):rep(65535),
}

local function hostile_metatable()
  local function touched() error("a metamethod of a hostile value was called", 0) end
  return {
    __index = touched, __newindex = touched, __call = touched, __tostring = touched,
    __len = touched, __eq = touched, __lt = touched, __le = touched, __concat = touched,
    __unm = touched, __add = touched, __name = "Hostile", __metatable = "hostile",
  }
end

local closed_file = io.tmpfile and io.tmpfile()
if closed_file then closed_file:close() end
local dead = coroutine.create(function() end)
coroutine.resume(dead)

-- Values that are not numbers or strings, and the extremes of numbers.
local OTHERS = {
  true, false, {}, { 404 }, { code = 404 }, setmetatable({}, hostile_metatable()),
  print, string.rep, function() error("called", 0) end, hs.lookup, hs.each,
  coroutine.create(function() end), dead, io.stdout, io.stderr, closed_file,
  hs, hs.codes, hs.classes,
}
if rawget(_G, "newproxy") then
  local proxy = newproxy(true)
  local mt = getmetatable(proxy)
  for k, v in pairs(hostile_metatable()) do mt[k] = v end
  OTHERS[#OTHERS + 1] = proxy
end

local NUMBERS = {
  0, -0.0, 1, -1, 99, 100, 404, 404.0, 404.5, 599, 599.5, 600, NAN, -NAN, huge, -huge,
  2^31, 2^32, 2^53, 2^53 + 2, 2^62, 2^63, -2^63, 2^64, -2^64, 2^63 - 1024, -2^63 - 2048,
  2^32 + 404, -2^32 + 404, 2^53 + 404, 1e15 + 404, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308,
  5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 0.1, 100 - 1e-13, 599 + 1e-13, math.pi,
}
if has_integers then
  for _, v in ipairs({ math.maxinteger, math.mininteger, math.maxinteger - 1,
                       math.mininteger + 1, math.mininteger + 404 }) do
    NUMBERS[#NUMBERS + 1] = v
  end
end

-- Fixed strings; the tonumber of some of them differs between runtimes.
local STRINGS = {
  "", " ", "404", " 404 ", "\t404\n", "0x194", "0X194", " -0x1 ", "0x", "0x1p4", "4.04e2",
  "404.", ".5", "1e400", "-1e400", "inf", "-inf", "nan", "NaN", "404\0", "\0404", "4 04",
  "+404", "++404", "--404", "404e", "0x194.8", "0x194p0", "0x1.94p8", "0x.8p1", "99", "600",
  "-0", "1e-400", "Infinity", "1LL", "404ULL", "0x194LL", "1i", "404 \0",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "-9223372036854775809", "18446744073709551616", "0xffffffffffffffff", "0x10000000000000194",
  "0x8000000000000000", "0x7fffffffffffffff", "4294967700", "0x100000194",
  "Not Found", "NOT_FOUND", "not found", "i'm a teapot", "I\226\128\153m a teapot",
  "IM_A_TEAPOT", "NOT_FUOND", "__index", "__metatable", "client_error", "CLIENT_ERROR",
  "informational\0", "\226\128", "'''", ("_"):rep(1000), "\255\254",
}

-- One random value; for a spelling of a phrase, alias or name, its code too.
local function random_value()
  local kind = random(20)
  if kind <= 4 then
    local n = random(700) - 1
    return random(2) == 1 and n + 0.0 or n
  elseif kind == 5 then
    return (random(2^30) - 2^29) * random(2^20)
  elseif kind == 6 then
    -- a code plus k * 2^32, which a module that casts to int takes for the code
    return random(2) == 1 and random_wide() or (random(2^21) - 2^20) * 2^32 + random(700) - 1
  elseif kind == 7 then
    return random(1000) + random(2^20) / 2^21
  elseif kind == 8 then
    return pick(NUMBERS)
  elseif kind <= 12 then
    return spell_integer(random(800) - 101)
  elseif kind == 13 then
    return spell_fraction(random(1000) - 1)
  elseif kind == 14 then
    local entry = pick(NAMES)
    return spell_name(entry[1]), entry[2]
  elseif kind == 15 then
    if random(2) == 1 then return spell_not_number(random(800) - 101) end
    return random_bytes(random(41) - 1)
  elseif kind == 16 then
    -- bytes that look like numbers and names
    local alphabet = "0123456789xXeEpP.+- \t\n_'abcdefABCDEFnN\0"
    local out = {}
    for i = 1, random(12) do
      local j = random(#alphabet)
      out[i] = alphabet:sub(j, j)
    end
    return table.concat(out)
  elseif kind == 17 then
    return pick(STRINGS)
  elseif kind == 18 then
    return pick(OTHERS)
  elseif kind == 19 then
    return random(200) == 1 and pick(BIG) or pick(STRINGS)
  end
  return nil
end

---------------------------------------------------------------------------
-- The checks.  A failure is recorded with the seed and the value, and the
-- run goes on, so that one report shows the first MAX_REPORTED of them.
---------------------------------------------------------------------------

local failures, failure_count = {}, 0

local function describe_value(v)
  local t = type(v)
  if t == "string" then
    local shown = ("%q"):format(#v > 60 and v:sub(1, 60) .. "..." or v)
    return ("string of %d bytes %s"):format(#v, shown:gsub("\n", "n"))
  elseif t == "number" then
    return ("number %.17g%s"):format(v, has_integers and (" (" .. math.type(v) .. ")") or "")
  end
  return t
end

local function fail(what, v, detail)
  failure_count = failure_count + 1
  if #failures < MAX_REPORTED then
    failures[#failures + 1] = ("seed %d: %s, for %s: %s"):format(SEED, what, describe_value(v),
      tostring(detail))
  end
end

local function pack(ok, ...)
  return ok, select("#", ...), ...
end

local function has_text(err, text)
  return type(err) == "string" and err:find(text, 1, true) ~= nil
end

local function is_integer(v)
  if type(v) ~= "number" then return false end
  if has_integers then return math.type(v) == "integer" end
  return v == floor(v)
end

local INFO_FIELDS = { "code", "phrase", "name", "class", "reference", "official", "source" }
local function check_info(record, row, v)
  if row == nil or type(record) ~= "table" then
    if record ~= row then fail("info", v, record) end
    return
  end
  for _, key in ipairs(INFO_FIELDS) do
    if record[key] ~= row[key] then
      fail("info." .. key .. " (want " .. tostring(row[key]) .. ")", v, record[key])
    end
  end
  if not is_integer(record.code) then fail("info.code is not an integer", v, record.code) end
  for _, key in ipairs({ "description", "example" }) do
    if type(record[key]) ~= "string" or record[key] == "" then fail("info." .. key, v, record[key]) end
  end
  local aliases = record.aliases
  if type(aliases) ~= "table" or #aliases ~= #row.aliases then return fail("info.aliases", v, aliases) end
  for i, alias in ipairs(row.aliases) do
    if aliases[i] ~= alias then fail("info.aliases[" .. i .. "]", v, aliases[i]) end
  end
end

-- Every function over one code: the answer or the error that v implies.
local function check_code_functions(v)
  local i, reason = read_code(v)
  local want = i and EXPECT[status_of_integer(i)]
  for _, f in ipairs(CODE_FUNCTIONS) do
    local ok, n, result = pack(pcall(f.fn, v))
    if not want then
      if ok then
        fail(f.name .. " accepted it (want '" .. reason .. "')", v, result)
      elseif not (has_text(result, f.bad) and has_text(result, reason)) then
        fail(f.name .. " gave the wrong error (want '" .. reason .. "')", v, result)
      end
    elseif not ok then
      fail(f.name .. " refused it (want the integer " .. tostring(i) .. ")", v, result)
    elseif n ~= 1 then
      fail(f.name .. " returned " .. n .. " values", v, result)
    elseif f.name == "info" then
      check_info(result, want.info, v)
    elseif result ~= want[f.name] then
      fail(f.name .. " (want " .. tostring(want[f.name]) .. ")", v, result)
    end
  end
end

-- code(): name_code for a spelling of a name, nil for a number, else nil or a code.
local function check_code(v, name_code)
  local ok, n, result = pack(pcall(hs.code, v))
  local t = type(v)
  if t ~= "string" and t ~= "number" then
    if ok or not has_text(result, "bad argument #1 to 'code'") then
      fail("code accepted or misreported a " .. t, v, result)
    end
  elseif not ok then
    fail("code raised an error", v, result)
  elseif n ~= 1 then
    fail("code returned " .. n .. " values", v, result)
  elseif (name_code or t == "number") and (result ~= name_code or (result and not is_integer(result))) then
    fail("code (want " .. tostring(name_code) .. ")", v, result)
  elseif result ~= nil and not (is_integer(result) and ROW[result]) then
    fail("code gave something that is not a code", v, result)
  end
end

-- each(v): every code, or one class's codes, in order; else an error.
local function check_each(v)
  local ok, n, iter, state, control = pack(pcall(hs.each, v))
  local want = v == nil and ORDERED or ROWS_OF[v]
  if not want then
    if ok or not has_text(iter, "bad argument #1 to 'each'") then fail("each", v, iter) end
    return
  end
  if not ok or n ~= 3 or type(iter) ~= "function" then return fail("each", v, iter) end
  local count = 0
  for code, phrase in iter, state, control do
    count = count + 1
    local row = want[count]
    if not row or code ~= row.code or not is_integer(code) or phrase ~= row.phrase then
      return fail("each gave a wrong pair", v, code)
    end
  end
  if count ~= #want then fail("each count", v, count) end
end

local function index(t, k) return t[k] end

local function before_nul(s)
  local nul = s:find("\0", 1, true)
  return nul and s:sub(1, nul - 1) or s
end

-- hs.codes[v]: a name's code, or an error naming an unknown one; a number's
-- phrase, or nil; nil for anything else.
local function check_codes_index(v)
  local ok, result = pcall(index, hs.codes, v)
  local t = type(v)
  if t == "string" then
    local want = NAME_CODE[v]
    if want and (not ok or result ~= want or not is_integer(result)) then
      fail("codes[NAME] (want " .. want .. ")", v, result)
    elseif not want and (ok or not has_text(result,
        "httpstatus.codes has no status named '" .. before_nul(v):sub(1, 100))) then
      fail("codes[unknown name]", v, result)
    end
    return
  end
  local i = t == "number" and integer_of_number(v)
  local want = i and EXPECT[status_of_integer(i)].lookup or nil
  if not ok or result ~= want then fail("codes[" .. t .. "] (want " .. tostring(want) .. ")", v, result) end
end

local function check_classes_index(v)
  local ok, result = pcall(index, hs.classes, v)
  local class = v ~= nil and CLASS_BY_ID[v] or nil
  if not ok or (class == nil and result ~= nil) then return fail("classes[...]", v, result) end
  if class and (type(result) ~= "table" or result.id ~= v or result.first ~= class.first
     or result.last ~= class.last or result.label ~= class.label
     or type(result.description) ~= "string") then
    fail("classes[id]", v, result)
  end
end

-- Calls the iterator behind each() with anything: no error.
local each_next = hs.each()
local function check_iterators(v, w)
  local ok, n, code, phrase = pack(pcall(each_next, v, w))
  if not ok then return fail("each's iterator raised an error", v, code) end
  if n ~= 0 and not (n == 2 and is_integer(code) and type(phrase) == "string") then
    fail("each's iterator gave a wrong pair", v, code)
  end
end

local function check_value(v, name_code)
  check_code_functions(v)
  check_code(v, name_code)
  check_each(v)
  check_codes_index(v)
  check_classes_index(v)
end

-- Fails the test with what went wrong since the last report.
local function report()
  local found, count = failures, failure_count
  failures, failure_count = {}, 0
  assert.are.same({}, found, ("%d failures in all"):format(count))
end

describe("random and hostile input (seed " .. SEED .. ")", function()
  it("into every function, codes[...] and classes[...], gives only documented answers and errors",
    function()
      check_value(nil)
      for _, list in ipairs({ OTHERS, NUMBERS, STRINGS, BIG }) do
        for _, v in ipairs(list) do check_value(v) end
      end
      for i = 1, COUNT do
        local v, name_code = random_value()
        check_value(v, name_code)
        if i % 8 == 0 then check_iterators(v, random_value()) end
      end
      report()
    end)

  it("gives the same answers and errors inside a coroutine and with extra arguments", function()
    local co = coroutine.wrap(function()
      check_value((coroutine.running()))
      for _ = 1, COUNT / 20 do check_value(random_value()) end
    end)
    co()
    for _, f in ipairs(CODE_FUNCTIONS) do
      local ok, err = pcall(f.fn)
      if ok or not has_text(err, f.bad) then fail(f.name .. "() with no argument", nil, err) end
      local ok_extra, with_extra = pcall(f.fn, 404, {}, nil, "x")
      local ok_alone, alone = pcall(f.fn, 404)
      if not ok_extra or not ok_alone or type(with_extra) ~= type(alone)
         or (type(alone) ~= "table" and with_extra ~= alone) then
        fail(f.name .. " with extra arguments", 404, with_extra)
      end
    end
    report()
  end)

  it("leaves the data unchanged: every code, name and class still gives its answers", function()
    for c = 99, 600 do check_value(c) end
    for _, entry in ipairs(NAMES) do check_value(entry[1], entry[2]) end
    for _, class in ipairs(expected.CLASSES) do check_value(class.id) end
    check_value(nil)
    report()
  end)
end)
