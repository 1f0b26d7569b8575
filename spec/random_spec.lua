-- Random and hostile input into every function of httpstatus, and into
-- hs.codes[...] and hs.classes[...], on whatever Lua runs the suite.
--
-- The only errors allowed are the documented ones: "bad argument #1 to
-- '<function>'" from the functions, the unknown-name error from hs.codes;
-- every answer has its documented type, and, where the input is a number or
-- a string spelt from a known number or name, its documented value: the
-- expected answers come from the rules of API.md, written out below, never
-- from the module.  Afterwards the data must be unchanged.
--
-- The generator is a Park-Miller PRNG in plain arithmetic (no math.random,
-- which differs between runtimes), so a seed replays a run exactly.  The
-- seed is printed; to replay a failure on the runtime that printed it:
--   HTTPSTATUS_SEED=<seed> tools/run-busted lua5.4 build/lua5.4 spec/random_spec.lua
-- HTTPSTATUS_RANDOM_COUNT sets how many random values (default 100000).
local hs = require("httpstatus")

local SEED = tonumber(os.getenv("HTTPSTATUS_SEED") or "") or (os.time() % 2147483646 + 1)
local COUNT = tonumber(os.getenv("HTTPSTATUS_RANDOM_COUNT") or "") or 100000
local MAX_REPORTED = 20

local floor, huge = math.floor, math.huge
local NAN = 0 / 0
local has_integers = math.type ~= nil

io.stderr:write(("random_spec: seed %d, %d random values (%s); replay with HTTPSTATUS_SEED=%d\n")
  :format(SEED, COUNT, _VERSION .. (rawget(_G, "jit") and " / LuaJIT" or ""), SEED))

---------------------------------------------------------------------------
-- The rules of API.md, written out.
---------------------------------------------------------------------------

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- The 68 codes that have a phrase (IANA registry + the unofficial ones).
local REGISTERED = set({
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
  418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 444, 451, 494, 495, 496, 497, 499,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
})
local CLASS_OF_DIGIT = { "informational", "successful", "redirection", "client_error", "server_error" }
local CLASSES = {
  informational = { first = 100, last = 199, label = "Informational", count = 4 },
  successful = { first = 200, last = 299, label = "Successful", count = 10 },
  redirection = { first = 300, last = 399, label = "Redirection", count = 8 },
  client_error = { first = 400, last = 499, label = "Client Error", count = 35 },
  server_error = { first = 500, last = 599, label = "Server Error", count = 11 },
}
local REDIRECT = set({ 301, 302, 303, 307, 308 })
local EMPTY_NON_1XX = set({ 204, 205, 304 })
local CACHEABLE = set({ 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 })
local RETRYABLE = set({ 408, 425, 429, 502, 503, 504 })

-- Phrases, aliases and names with their codes, for code() and hs.codes.
local NAMES = {
  { "Not Found", 404 }, { "Content Too Large", 413 }, { "Payload Too Large", 413 },
  { "Request Entity Too Large", 413 }, { "Unprocessable Content", 422 },
  { "Unprocessable Entity", 422 }, { "Range Not Satisfiable", 416 },
  { "Requested Range Not Satisfiable", 416 }, { "Moved Temporarily", 302 },
  { "I'm a teapot", 418 }, { "Non-Authoritative Information", 203 },
  { "HTTP Version Not Supported", 505 }, { "Client Closed Request", 499 },
  { "Request Header Too Large", 494 }, { "SSL Certificate Error", 495 }, { "OK", 200 },
  { "Too Many Requests", 429 }, { "Service Unavailable", 503 }, { "Multi-Status", 207 },
  { "IM Used", 226 }, { "HTTP Request Sent to HTTPS Port", 497 }, { "Request Timeout", 408 },
  { "Continue", 100 }, { "Network Authentication Required", 511 },
}

-- What each function over one code must answer for the integer c, which is
-- 100..599 or 0 for any other integer.  nil stands for "a string" (lookup)
-- and "a table" (info): their contents are checked separately.
local function class_of(c)
  return c ~= 0 and CLASS_OF_DIGIT[floor(c / 100)] or nil
end

local PREDICATES = {
  is_error = function(c) return c == 0 or c >= 400 end,
  is_informational = function(c) return class_of(c) == "informational" end,
  is_success = function(c) return class_of(c) == "successful" end,
  is_redirection = function(c) return class_of(c) == "redirection" end,
  is_client_error = function(c) return class_of(c) == "client_error" end,
  is_server_error = function(c) return class_of(c) == "server_error" end,
  is_redirect = function(c) return REDIRECT[c] == true end,
  is_empty = function(c) return class_of(c) == "informational" or EMPTY_NON_1XX[c] == true end,
  is_cacheable = function(c) return CACHEABLE[c] == true end,
  is_retryable = function(c) return RETRYABLE[c] == true end,
}

local CODE_FUNCTIONS = {
  "lookup", "class", "info", "is_error", "is_informational", "is_success", "is_redirection",
  "is_client_error", "is_server_error", "is_redirect", "is_empty", "is_cacheable", "is_retryable",
}

-- Lua 5.4's luaL_checkinteger on a number: the integer, or nil when it has none.
local function integer_of_number(v)
  if v ~= v or v < -2^63 or v >= 2^63 or v ~= floor(v) then return nil end
  return v
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

-- A string that Lua 5.4 reads as the integer n (|n| < 2^53), in one of
-- several spellings: decimal, signs, zeros, hex (wrapping past 2^64),
-- float notations, white space around.
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
    s = "0x1" .. ("%016x"):format(n)           -- 2^64 + n wraps to n
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

-- A string Lua 5.4 reads as a number with no integer value.
local function spell_fraction(n)
  return white() .. pick({ "%d.5", "%d.25e0", "%d.000001", "%d5e-1" }):format(n) .. white()
end

-- A string Lua 5.4 does not read as a number at all: a number spelt with
-- something no number can hold before, inside or after it (a NUL byte among
-- them), or a spelling of infinity or NaN, which Lua 5.4 refuses.
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
      local r = random(8)
      if r == 1 then ch = ch:upper() elseif r == 2 then ch = ch:lower() end
      if random(16) == 1 then ch = ch .. pick({ "'", "\226\128\153" }) end
      out[#out + 1] = ch
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
  1e15 + 404, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308,
  5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 0.1, 100 - 1e-13, 599 + 1e-13, math.pi,
}
if has_integers then
  for _, v in ipairs({ math.maxinteger, math.mininteger, math.maxinteger - 1,
                       math.mininteger + 1, math.mininteger + 404 }) do
    NUMBERS[#NUMBERS + 1] = v
  end
end

local STRINGS = {
  "", " ", "404", " 404 ", "\t404\n", "0x194", "0X194", " -0x1 ", "0x", "0x1p4", "4.04e2",
  "404.", ".5", "1e400", "-1e400", "inf", "-inf", "nan", "NaN", "404\0", "\0404", "4 04",
  "+404", "++404", "--404", "404e", "0x194.8", "0x194p0", "99", "600",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "-9223372036854775809", "18446744073709551616", "0xffffffffffffffff", "0x10000000000000194",
  "Not Found", "NOT_FOUND", "not found", "i'm a teapot", "I\226\128\153m a teapot",
  "IM_A_TEAPOT", "NOT_FUOND", "__index", "__metatable", "client_error", "CLIENT_ERROR",
  "informational\0", "\226\128", "'''", ("_"):rep(1000), "\255\254",
}

-- One random value, and what it is known to be:
--   "integer", n: Lua 5.4 reads it as the integer n
--   "fraction": a number (or numeric string) with no integer value
--   "not_number": a string Lua 5.4 does not read as a number
--   "name", code: a spelling of a phrase, alias or name of that code
--   nil: nothing is known beyond its type
local function random_value()
  local kind = random(20)
  if kind <= 4 then
    local n = random(700) - 1
    if random(2) == 1 then n = n + 0.0 end
    return n, "integer", n
  elseif kind == 5 then
    local n = (random(2^30) - 2^29) * random(2^20)
    return n, "integer", n
  elseif kind == 6 then
    local v = random_wide()
    return v
  elseif kind == 7 then
    return random(1000) + random(2^20) / 2^21, "fraction"
  elseif kind == 8 then
    return pick(NUMBERS)
  elseif kind <= 12 then
    local n = random(800) - 101
    return spell_integer(n), "integer", n
  elseif kind == 13 then
    return spell_fraction(random(1000) - 1), "fraction"
  elseif kind == 14 then
    local entry = pick(NAMES)
    return spell_name(entry[1]), "name", entry[2]
  elseif kind == 15 then
    if random(2) == 1 then return spell_not_number(random(800) - 101), "not_number" end
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
    if random(200) == 1 then return pick(BIG) end
    return pick(STRINGS)
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

-- The answers of every function over one code, one record per function,
-- made once and refilled for each value.
local answers = {}
for _, fname in ipairs(CODE_FUNCTIONS) do
  answers[fname] = { fn = hs[fname], bad_argument = "bad argument #1 to '" .. fname .. "'" }
end
local function call_code_functions(v)
  for _, fname in ipairs(CODE_FUNCTIONS) do
    local a = answers[fname]
    a.ok, a.n, a.result = pack(pcall(a.fn, v))
  end
  return answers
end

local function check_info(record, c, v)
  if type(record) ~= "table" then return fail("info is not a table", v, record) end
  if record.code ~= c or not is_integer(record.code) then fail("info.code", v, record.code) end
  if type(record.phrase) ~= "string" then fail("info.phrase", v, record.phrase) end
  if type(record.name) ~= "string" or not record.name:match("^[A-Z0-9_]+$") then
    fail("info.name", v, record.name)
  end
  if record.class ~= class_of(c) then fail("info.class", v, record.class) end
  for _, key in ipairs({ "description", "reference", "source" }) do
    if type(record[key]) ~= "string" or record[key] == "" then fail("info." .. key, v, record[key]) end
  end
  if type(record.official) ~= "boolean" then fail("info.official", v, record.official) end
  if type(record.aliases) ~= "table" then fail("info.aliases", v, record.aliases) end
end

-- v was accepted as the integer whose status is c: every answer is known.
local function check_answers_for(c, v)
  local lookup = answers.lookup.result
  if REGISTERED[c] then
    if type(lookup) ~= "string" then fail("lookup gives no phrase", v, lookup) end
    check_info(answers.info.result, c, v)
    if answers.info.result and answers.info.result.phrase ~= lookup then
      fail("info.phrase differs from lookup", v, lookup)
    end
  else
    if lookup ~= nil then fail("lookup of an unregistered code", v, lookup) end
    if answers.info.result ~= nil then fail("info of an unregistered code", v, answers.info.result) end
  end
  if answers.class.result ~= class_of(c) then fail("class", v, answers.class.result) end
  for fname, rule in pairs(PREDICATES) do
    if answers[fname].result ~= rule(c) then fail(fname, v, answers[fname].result) end
  end
end

-- v was accepted, but its integer is not known here: the answers must agree
-- with each other and with the rules for whatever code they describe.
local function check_answers_agree(v)
  local class, record = answers.class.result, answers.info.result
  if class == nil then
    check_answers_for(0, v)
  elseif type(record) == "table" and REGISTERED[record.code] then
    check_answers_for(record.code, v)
  elseif CLASSES[class] then
    -- an unregistered code of that class: the class rules hold, the sets do not
    if answers.lookup.result ~= nil or record ~= nil then fail("phrase without a code", v, record) end
    for fname, rule in pairs(PREDICATES) do
      local want = rule(CLASSES[class].first)
      if fname == "is_redirect" or fname == "is_cacheable" or fname == "is_retryable" then
        want = false
      elseif fname == "is_empty" then
        want = class == "informational"
      end
      if answers[fname].result ~= want then fail(fname, v, answers[fname].result) end
    end
  else
    fail("class is not a class", v, class)
  end
end

local function check_code_functions(v, known, n)
  call_code_functions(v)
  local errors = 0
  for _, fname in ipairs(CODE_FUNCTIONS) do
    local a = answers[fname]
    if not a.ok then
      errors = errors + 1
      if not has_text(a.result, a.bad_argument) then
        fail(fname .. " raised an undocumented error", v, a.result)
      end
    elseif a.n ~= 1 then
      fail(fname .. " returned " .. a.n .. " values", v, a.result)
    end
  end
  if errors ~= 0 and errors ~= #CODE_FUNCTIONS then
    return fail("the functions over one code disagree on the argument", v, errors .. " errors")
  end

  local t = type(v)
  local expected_integer
  if t == "number" then
    expected_integer = integer_of_number(v)
    known = expected_integer and "integer" or "fraction"
  elseif known == "integer" then
    expected_integer = n
  end
  if errors > 0 then
    if known == "integer" then
      return fail("an integer was refused", v, answers.lookup.result)
    elseif known == "fraction" and not has_text(answers.lookup.result, "no integer representation") then
      return fail("a fraction gave the wrong error", v, answers.lookup.result)
    elseif known == "not_number" and not has_text(answers.lookup.result, "number expected, got string") then
      return fail("a string that is no number gave the wrong error", v, answers.lookup.result)
    elseif t ~= "number" and t ~= "string" and
           not has_text(answers.lookup.result, "number expected, got " .. t) then
      return fail("a " .. t .. " gave the wrong error", v, answers.lookup.result)
    end
    return
  end
  if t ~= "number" and t ~= "string" then return fail("a " .. t .. " was accepted", v, "") end
  if known == "fraction" then return fail("a fraction was accepted", v, answers.lookup.result) end
  if known == "not_number" then
    return fail("a string that is no number was accepted", v, answers.lookup.result)
  end
  if expected_integer then
    check_answers_for(status_of_integer(expected_integer), v)
  else
    check_answers_agree(v)
  end
end

local function check_code(v, known, expected_code)
  local ok, n, result = pack(pcall(hs.code, v))
  local t = type(v)
  if t ~= "string" and t ~= "number" then
    if ok or not has_text(result, "bad argument #1 to 'code'") then
      fail("code accepted or misreported a " .. t, v, result)
    end
    return
  end
  if not ok then return fail("code raised an error", v, result) end
  if n ~= 1 then return fail("code returned " .. n .. " values", v, result) end
  if known == "name" then
    if result ~= expected_code or not is_integer(result) then fail("code of a name", v, result) end
  elseif result ~= nil and not (is_integer(result) and REGISTERED[result]) then
    fail("code gave something that is not a code", v, result)
  end
end

local function check_each(v)
  local ok, n, iter, state, control = pack(pcall(hs.each, v))
  local class = v ~= nil and CLASSES[v] or nil
  if v ~= nil and not class then
    if ok or not has_text(iter, "bad argument #1 to 'each'") then fail("each", v, iter) end
    return
  end
  if not ok or n ~= 3 or type(iter) ~= "function" then return fail("each", v, iter) end
  local count, previous = 0, -1
  for code, phrase in iter, state, control do
    count = count + 1
    if not is_integer(code) or code <= previous or type(phrase) ~= "string"
       or (class and (code < class.first or code > class.last)) then
      return fail("each gave a wrong pair", v, code)
    end
    previous = code
  end
  if count ~= (class and class.count or 68) then fail("each count", v, count) end
end

local function index(t, k) return t[k] end

local function check_codes_index(v, known, expected_code)
  local ok, n, result = pack(pcall(index, hs.codes, v))
  local t = type(v)
  if t == "string" then
    if ok then
      if not (is_integer(result) and REGISTERED[result]) then fail("codes[name]", v, result) end
    else
      local shown = v:match("^[^%z]*"):sub(1, 100)
      if not has_text(result, "httpstatus.codes has no status named '" .. shown) then
        fail("codes[string] raised an undocumented error", v, result)
      end
    end
    -- a name spelt exactly as its constant must be found
    if known == "name" and v:match("^[A-Z][A-Z_]*[A-Z]$") and not v:find("__", 1, true)
       and (not ok or result ~= expected_code) then
      fail("codes[NAME]", v, result)
    end
    return
  end
  if not ok then return fail("codes[" .. t .. "] raised an error", v, result) end
  if n ~= 1 then return fail("codes[...] gave " .. n .. " values", v, result) end
  if t == "number" then
    local i = integer_of_number(v)
    local c = i and status_of_integer(i)
    local want = (c and REGISTERED[c]) and "string" or "nil"
    if type(result) ~= want then fail("codes[number]", v, result) end
    if want == "string" and result ~= hs.lookup(c) then fail("codes[number] differs from lookup", v, result) end
  elseif result ~= nil then
    fail("codes[" .. t .. "] is not nil", v, result)
  end
end

local function check_classes_index(v)
  local ok, n, result = pack(pcall(index, hs.classes, v))
  if not ok then return fail("classes[...] raised an error", v, result) end
  if n ~= 1 then return fail("classes[...] gave " .. n .. " values", v, result) end
  local class = v ~= nil and CLASSES[v] or nil
  if not class then
    if result ~= nil then fail("classes[...] of no class", v, result) end
    return
  end
  if type(result) ~= "table" or result.id ~= v or result.first ~= class.first
     or result.last ~= class.last or result.label ~= class.label
     or type(result.description) ~= "string" then
    fail("classes[id]", v, result)
  end
end

-- Calls the iterators behind each() and pairs() with anything: no error.
local each_next = hs.each()
local function check_iterators(v, w)
  local ok, n, code, phrase = pack(pcall(each_next, v, w))
  if not ok then return fail("each's iterator raised an error", v, code) end
  if n ~= 0 and not (n == 2 and is_integer(code) and type(phrase) == "string") then
    fail("each's iterator gave a wrong pair", v, code)
  end
end

local function check_value(v, known, n)
  check_code_functions(v, known, n)
  check_code(v, known, n)
  check_each(v)
  check_codes_index(v, known, n)
  check_classes_index(v)
end

local function check_data_unchanged()
  assert.are.equal("Not Found", hs.lookup(404))
  assert.are.equal(404, hs.codes.NOT_FOUND)
  assert.are.equal("Content Too Large", hs.info(413).phrase)
  assert.are.equal("I'm a teapot", hs.codes[418])
  assert.are.equal(413, hs.code("payload too large"))
  assert.are.equal("client_error", hs.class(404))
  assert.are.equal("Client Error", hs.classes.client_error.label)
  assert.is_true(hs.is_retryable(503))
  local count = 0
  for _ in hs.each() do count = count + 1 end
  assert.are.equal(68, count)
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
      local all = {}
      for _, list in ipairs({ OTHERS, NUMBERS, STRINGS, BIG }) do
        for _, v in ipairs(list) do all[#all + 1] = v end
      end
      check_value(nil)
      for _, v in ipairs(all) do check_value(v) end
      for i = 1, COUNT do
        local v, known, n = random_value()
        check_value(v, known, n)
        if i % 8 == 0 then check_iterators(v, random_value()) end
      end
      report()
    end)

  it("gives the same answers and errors inside a coroutine and with extra arguments", function()
    local co = coroutine.wrap(function()
      check_value((coroutine.running()))
      for _ = 1, COUNT / 20 do
        local v, known, n = random_value()
        check_value(v, known, n)
      end
    end)
    co()
    for _, fname in ipairs(CODE_FUNCTIONS) do
      local ok, err = pcall(hs[fname])
      if ok or not has_text(err, "bad argument #1 to '" .. fname .. "'") then
        fail(fname .. "() with no argument", nil, err)
      end
      local ok_extra, with_extra = pcall(hs[fname], 404, {}, nil, "x")
      local ok_alone, alone = pcall(hs[fname], 404)
      if not ok_extra or not ok_alone or type(with_extra) ~= type(alone)
         or (type(alone) ~= "table" and with_extra ~= alone) then
        fail(fname .. " with extra arguments", 404, with_extra)
      end
    end
    report()
  end)

  it("leaves the data unchanged", function()
    check_data_unchanged()
  end)
end)
