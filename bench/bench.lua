-- What a call to httpstatus costs on one Lua runtime, against a bare table read and the fastest
-- pure-Lua function that gives the same answers; it asserts nothing. Usage: RUNTIME
-- bench/bench.lua BUILD_DIR [RESULTS_FILE], from the top directory (`make bench` runs it on every
-- runtime, then bench/summary.lua). Times: CPU time (os.clock) per call, loop included.
local build_dir = assert(arg[1], "usage: RUNTIME bench/bench.lua BUILD_DIR [RESULTS_FILE]")
package.cpath = build_dir .. "/?.so;" .. package.cpath
local hs = require("httpstatus")

-- The interpreter: the first word of the command line (options such as -jv follow it).
local first = -1
while arg[first - 1] do first = first - 1 end
local interpreter = arg[first]
local runtime_name = interpreter:match("[^/\\]+$")
local is_luajit = type(jit) == "table"
local ROUNDS = 7 -- the best of this many timed runs of a loop counts
local ROUND_SECONDS = 0.03 -- about how long one timed run takes

-- 64 codes in a fixed shuffled order, of every class, 48 with a phrase and 16 without (150, 250,
-- 599, ...): every function takes both its ways; status_line is timed over each part apart.
local CODES = {
  100, 550, 404, 303, 301, 201, 412, 511, 400, 505, 410, 507, 302, 425, 431, 308,
  428, 415, 399, 250, 199, 498, 504, 401, 502, 406, 350, 206, 426, 204, 450, 503,
  150, 416, 444, 403, 309, 299, 307, 405, 408, 200, 429, 422, 501, 421, 209, 413,
  520, 103, 101, 500, 105, 202, 451, 304, 409, 499, 418, 509, 419, 414, 411, 599,
}
local PHRASED, UNPHRASED = {}, {}
for _, code in ipairs(CODES) do
  table.insert(hs.lookup(code) and PHRASED or UNPHRASED, code)
end

-- The pure-Lua equivalents: one read of a table of the module's answers for 100..599, else the
-- module's rules: tonumber must read an integer in [-2^63, 2^63); one outside 100..599 is 0.
local function check_code(value, fname)
  local n = tonumber(value)
  local why = "number has no integer representation"
  if not n then why = "number expected, got " .. type(value) end
  if not n or not (n >= -2 ^ 63 and n < 2 ^ 63) or n % 1 ~= 0 then
    error(("bad argument #1 to '%s' (%s)"):format(fname, why), 3)
  end
  return (n >= 100 and n <= 599) and n or 0
end

-- The answers of the module's fname over 1..599 in an array, as the module's are (filled in
-- order so that Lua keeps it in the array part, then 1..99 emptied, which keeps it there), and
-- fname in pure Lua over it: T[code], else T[check_code(code)] (status_line's "299 " included).
local function pure(fname, answer)
  local t = {}
  for code = 1, 599 do t[code] = false end
  for code = 100, 599 do t[code] = answer(code) end
  for code = 1, 99 do t[code] = nil end
  return t, function(code)
    local got = t[code]
    if got == nil then got = t[check_code(code, fname)] end
    return got
  end
end
-- false where a code has no phrase: a hit in the table either way; pure_lookup gives nil there
local PHRASE = pure("lookup", function(code) return hs.lookup(code) or false end)
local CLASS, pure_class = pure("class", hs.class)
local LINE, pure_status_line = pure("status_line", hs.status_line)
local IS_ERROR, pure_is_error = pure("is_error", hs.is_error)
IS_ERROR[0] = true -- a number that is no status code
local NAMES = {}
for code in hs.each() do NAMES[hs.info(code).name] = code end

local function pure_lookup(code)
  local phrase = PHRASE[code]
  if phrase == nil then phrase = PHRASE[check_code(code, "lookup")] end
  return phrase or nil
end

-- is_error by arithmetic instead of a table; the faster of the two counts.
local function is_error_arith(code)
  if type(code) == "number" and code >= 100 and code < 600 and code % 1 == 0 then
    return code >= 400
  end
  return IS_ERROR[check_code(code, "is_error")]
end

-- hs.codes as pure Lua can make it: a locked proxy whose __index is the data table; an
-- unknown name raises, as the module's does.
local DATA = setmetatable({}, { __index = function(_, key)
  if type(key) == "string" then
    error("httpstatus.codes has no status named '" .. key .. "'", 2)
  end
end })
for code = 100, 599 do DATA[code] = PHRASE[code] or nil end
for name, code in pairs(NAMES) do DATA[name] = code end
local pure_codes = setmetatable({}, { __index = DATA, __metatable = "locked",
  __newindex = function() error("read-only", 2) end })

-- Nine fields a server sends; each row of check adds a tenth.
local FIELDS = { Server = "nginx", Date = "Tue, 01 Dec 2026 21:40:54 GMT", ETag = '"5f3a-a2"',
  ["Content-Type"] = "text/html", ["Content-Length"] = "162", ["Cache-Control"] = "no-cache",
  Vary = "Accept-Encoding", Connection = "keep-alive", ["X-Request-Id"] = "4f1c9e07" }

-- check as pure Lua for the rows below: only 405 has a rule, and Allow is found in any case.
local function pure_check(code, headers)
  if code ~= 405 or headers.Allow ~= nil then return nil end
  for name in pairs(headers) do
    if type(name) == "string" and name:lower() == "allow" then return nil end
  end
  return { "405 Method Not Allowed without an Allow header field" }
end

-- A row of check(code, headers): one code, 64 times, on FIELDS and the tenth field given.
local function check_row(code, name, value)
  local codes = {}
  for i = 1, #CODES do codes[i] = code end
  local headers = { [name] = value }
  for field, v in pairs(FIELDS) do headers[field] = v end
  return { "check, " .. code, hs.check, { pure_check }, PHRASE, how = "check", codes = codes,
    headers = headers }
end

-- A row: the module, the pure-Lua candidates and a raw table read, each read as `how` says: f(c)
-- (the default), f[c], f.NOT_FOUND or f(c, headers); over CODES unless the row gives its codes.
local ROWS = {
  { "lookup", hs.lookup, { pure_lookup }, PHRASE },
  { "class", hs.class, { pure_class }, CLASS },
  { "is_error", hs.is_error, { pure_is_error, is_error_arith }, IS_ERROR },
  { "status_line", hs.status_line, { pure_status_line }, LINE, codes = PHRASED },
  { "status_line, no phrase", hs.status_line, { pure_status_line }, LINE, codes = UNPHRASED },
  { "codes[c]", hs.codes, { pure_codes }, PHRASE, how = "index" },
  { "codes.NOT_FOUND", hs.codes, { pure_codes }, NAMES, how = "name" },
  check_row(200, "Last-Modified", "Mon, 30 Nov 2026 08:00:00 GMT"),
  check_row(404, "Last-Modified", "Mon, 30 Nov 2026 08:00:00 GMT"),
  check_row(405, "Allow", "GET, HEAD"),
}

-- The loops, one a subject. Each is its own chunk, so that LuaJIT gives each its own
-- traces; all have one shape: a list of codes, each result tested.
local LOOP = [[
local f, C, reps, H = ...
local k = 0
for _ = 1, reps do
  for j = 1, #C do
    if %s then k = k + 1 end
  end
end
return k
]]
local ACCESS = { call = "f(C[j])", index = "f[C[j]]", name = "f.NOT_FOUND", check = "f(C[j], H)",
  empty = "C[j]" }
local subjects = {}
local function subject(row, kind, f, how)
  local loop = assert((loadstring or load)(LOOP:format(ACCESS[how or row.how or "call"])))
  local codes = row.codes or CODES
  local s = { label = row[1] .. " " .. kind, kind = kind, codes = codes, best = math.huge }
  s.run = function(reps) return loop(f, codes, reps, row.headers) end
  subjects[#subjects + 1] = s
  return s
end

-- On LuaJIT, a lua_CFunction: the builtins it compiles (type, bit.band, ...) carry an ffid.
local function is_c_call(f)
  local info = require("jit.util").funcinfo(f)
  return info.addr ~= nil and not info.ffid
end
-- The C function a LuaJIT closure of the module stands in for: its upvalue.
local function c_function_of(f)
  if not is_luajit or type(f) ~= "function" or is_c_call(f) then return nil end
  for i = 1, math.huge do
    local name, v = debug.getupvalue(f, i)
    if name == nil then return nil end
    if type(v) == "function" and is_c_call(v) then return v end
  end
end

local empty = subject({ "the loop", how = "empty" }, "empty", false)
for _, row in ipairs(ROWS) do
  row.module = subject(row, "module", row[2])
  row.c = c_function_of(row[2]) and subject(row, "C", c_function_of(row[2]))
  row.pure = {}
  for i, f in ipairs(row[3]) do row.pure[i] = subject(row, "pure", f) end
  -- the raw table is read by index, except beside a read by name
  row.raw = subject(row, "raw", row[4], row.how == "name" and "name" or "index")
end

local function time(s, reps)
  local t0 = os.clock()
  s.run(reps)
  return os.clock() - t0
end

-- reps such that one run takes about ROUND_SECONDS
local function calibrate(s)
  local reps = 16
  while time(s, reps) < ROUND_SECONDS / 4 do reps = reps * 4 end
  return math.max(1, math.floor(reps * ROUND_SECONDS / time(s, reps)))
end

-- Bytes of garbage one call leaves, with the collector stopped: the least of three runs, as
-- one-off allocations (a trace LuaJIT compiles late, the CallInfo records that a full collection
-- freed on 5.2 and 5.3) do not come back, while garbage made by the calls would every time.
local function garbage_per_call(s)
  local reps, least = 2000, math.huge
  s.run(reps) -- warm (and, on LuaJIT, compile) first
  collectgarbage("collect")
  for _ = 1, 3 do
    collectgarbage("stop")
    local before = collectgarbage("count")
    s.run(reps)
    least = math.min(least, (collectgarbage("count") - before) * 1024 / (reps * #s.codes))
    collectgarbage("restart")
  end
  return least
end

-- On LuaJIT, what becomes of a loop as it warms up, in words ("compiled" if all is well): the
-- traces compiled, the aborts in the module's code (chunk "=httpstatus", kept in s.aborts), and
-- the traces that reach a lua_CFunction, which the JIT cannot compile: the trace ends there.
local function traces(s)
  local stops, ends_in_c = 0, {} -- ends_in_c: the traces that reach a C call
  s.aborts = {}
  local function on_trace(what, _, func, _, code, info)
    if what == "stop" then
      stops = stops + 1
    elseif what == "abort" and require("jit.util").funcinfo(func).source == "=httpstatus" then
      local text = require("jit.vmdef").traceerr[code] or tostring(code)
      s.aborts[#s.aborts + 1] = text:gsub("%%[ds]", tostring(info))
    end
  end
  local function on_record(tr, func)
    if is_c_call(func) then ends_in_c[tr] = true end
  end
  jit.flush()
  jit.attach(on_trace, "trace")
  jit.attach(on_record, "record")
  s.run(2000)
  jit.attach(on_trace)
  jit.attach(on_record)
  local c_calls = 0
  for _ in pairs(ends_in_c) do c_calls = c_calls + 1 end
  local parts = { stops == 0 and "no trace" or nil }
  if #s.aborts > 0 then parts[#parts + 1] = #s.aborts .. " aborts in the module" end
  if c_calls > 0 then
    parts[#parts + 1] = ("%d of %d traces end at a C call"):format(c_calls, stops)
  end
  return #parts == 0 and "compiled" or table.concat(parts, ", ")
end

local started = os.clock()
if is_luajit then
  for _, s in ipairs(subjects) do s.trace = traces(s) end
end
for _, s in ipairs(subjects) do s.reps = calibrate(s) end
for _ = 1, ROUNDS do
  for _, s in ipairs(subjects) do
    s.best = math.min(s.best, time(s, s.reps) * 1e9 / (s.reps * #s.codes))
  end
end
for _, row in ipairs(ROWS) do row.garbage = garbage_per_call(row.module) end
local seconds = os.clock() - started

-- The heap `require` takes, in a fresh process of this runtime, after full collections:
-- nothing of this file is in that heap.
local HEAP = [[
package.cpath = %q .. "/?.so;" .. package.cpath
for _ = 1, 2 do collectgarbage("collect") end
local before = collectgarbage("count")
assert(require("httpstatus").lookup(404) == "Not Found")
for _ = 1, 2 do collectgarbage("collect") end
print(math.floor((collectgarbage("count") - before) * 1024 + 0.5))
]]
local heap_cmd = ("\"%s\" -e '%s'"):format(interpreter, HEAP:format(build_dir))
local heap_out = io.popen(heap_cmd):read("*a") -- closed as the script ends
local heap = tonumber(heap_out:match("^(%d+)%s*$")) or error("heap measure printed: " .. heap_out)

print(("== %s (%s, module from %s) =="):format(runtime_name,
  is_luajit and jit.version or _VERSION, build_dir))

-- The pure-Lua candidates must answer as the module does, or the comparison means nothing: over
-- nil, odd values, every integer of -1..700 and every name, what differs is printed.
local INPUTS = { 404.0, "404", " 0x194 ", "abc", "", 404.5, 1 / 0, 0 / 0, 2 ^ 63, -2 ^ 63, true,
  {} }
for code = -1, 700 do INPUTS[#INPUTS + 1] = code end
for name in pairs(NAMES) do INPUTS[#INPUTS + 1] = name end
-- f[v] on codes, else f(v, headers): a result, or an error without the place it was raised at
local function outcome(row, f, v)
  local ok, result = pcall(function()
    if row[2] == hs.codes then return f[v] end
    return f(v, row.headers)
  end)
  return ok and tostring(result) or "error: " .. (tostring(result):gsub("^[^:]*:%d+: ", ""))
end
for _, row in ipairs(ROWS) do
  -- INPUTS[0] is nil; a row of check has its own code as its one input
  local inputs = row.how == "check" and { [0] = row.codes[1] } or INPUTS
  for _, p in ipairs(row[3]) do
    for i = 0, #inputs do
      local want, got = outcome(row, row[2], inputs[i]), outcome(row, p, inputs[i])
      if want ~= got then
        print(("  differs: %s(%s): pure Lua %s, the module %s"):format(row[1], tostring(inputs[i]),
          got, want))
      end
    end
  end
end

-- The report: a table here, and for bench/summary.lua a file of the runtime and its heap, a
-- heading, then a line a call: its name and this table's figures, tab-separated.
local unpack = table.unpack or unpack
local function ns(x) return x and ("%.1f"):format(x) or "-" end
local function ratio(a, b) return ("%.2fx"):format(a / b) end

local LINE_FORMAT = "%-25s  %-17s %7s %7s %8s %9s %7s %7s %9s  %s"
print(("ns per call, best of %d rounds (%.1f s of CPU); the loop alone costs %.1f ns"):format(
  ROUNDS, seconds, empty.best))
print(LINE_FORMAT:format("call", "the module's is", "module", "C fn", "pure Lua", "raw index",
  "vs pure", "vs raw", "garbage B", "LuaJIT traces"))
local results = {
  ("%s %.1f KB"):format(runtime_name, heap / 1024),
  ("ns per call, best of %d rounds of CPU time, loop included, over 64 status codes (48 with a "
    .. "phrase, 16 without; `status_line` over each part, `check` over one code)"):format(ROUNDS),
}
for _, row in ipairs(ROWS) do
  local m = row.module.best
  local pure_best = math.huge
  for _, p in ipairs(row.pure) do pure_best = math.min(pure_best, p.best) end
  local lookups = row.how == "check" and (" (%.1f lookups)"):format(m / ROWS[1].module.best)
  -- garbage: exactly 0, or enough digits to see that it is not
  local cells = { ns(m), ns(row.c and row.c.best), ns(pure_best), ns(row.raw.best),
    ratio(m, pure_best), ratio(m, row.raw.best),
    row.garbage == 0 and "0" or ("%.4f"):format(row.garbage), row.module.trace or "-" }
  local kind = row[2] == hs.codes and "metatable __index"
    or debug.getinfo(row[2], "S").what == "C" and "C function" or "Lua closure"
  print(LINE_FORMAT:format(row[1] .. (lookups or ""), kind, unpack(cells)))
  results[#results + 1] = row[1]:gsub("^[^,]+", "`%0`", 1) .. "\t" .. table.concat(cells, "\t")
end
print(("require takes %d bytes of heap (%.1f KB)"):format(heap, heap / 1024))

-- Why a loop is not compiled, and whether the pure-Lua loops were.
for _, s in ipairs(subjects) do
  for _, text in ipairs(s.aborts or {}) do
    print(("  trace abort in the module, %s: %s"):format(s.label, text))
  end
  if s.kind == "pure" and s.trace and s.trace ~= "compiled" then
    print(("  pure Lua (%s) not fully compiled: %s"):format(s.label, s.trace))
  end
end

if arg[2] then
  assert(io.open(arg[2], "w")):write(table.concat(results, "\n"), "\n") -- closed at exit
end
