-- What a call to httpstatus costs on one Lua runtime, against a bare table
-- read and against the fastest pure-Lua function that gives the same answers.
--
-- Usage: RUNTIME bench/bench.lua BUILD_DIR [RESULTS_FILE]
--   e.g. lua5.4 bench/bench.lua build/lua5.4
-- `make bench` runs it on every runtime, then bench/summary.lua over the
-- results.  Times are CPU time (os.clock) per call, loop included, best of
-- ROUNDS; the heap that `require` takes is measured in a fresh process
-- (bench/heap.lua).  It measures and asserts nothing.

local build_dir, results_file = arg[1], arg[2]
if not build_dir then
  io.stderr:write("usage: RUNTIME bench/bench.lua BUILD_DIR [RESULTS_FILE]\n")
  os.exit(2)
end
package.cpath = build_dir .. "/?.so;" .. package.cpath
local hs = require("httpstatus")

-- The interpreter: the first word of the command line (options such as -jv follow it).
local first = -1
while arg[first - 1] do first = first - 1 end
local interpreter = arg[first]
local runtime_name = interpreter:match("[^/\\]+$")
local is_luajit = type(jit) == "table"
local load_string = loadstring or load

local ROUNDS = 7           -- best of
local ROUND_SECONDS = 0.03 -- one timed run of one loop

-- The inputs: 64 codes in a fixed shuffled order, of every class, 48 with a
-- phrase and 16 without (150, 250, 599, ...), so that every function takes
-- both its ways.  status_line is measured over each part apart.
local CODES = {
  100, 550, 404, 303, 301, 201, 412, 511, 400, 505, 410, 507, 302, 425, 431, 308,
  428, 415, 399, 250, 199, 498, 504, 401, 502, 406, 350, 206, 426, 204, 450, 503,
  150, 416, 444, 403, 309, 299, 307, 405, 408, 200, 429, 422, 501, 421, 209, 413,
  520, 103, 101, 500, 105, 202, 451, 304, 409, 499, 418, 509, 419, 414, 411, 599,
}
local PHRASED, UNPHRASED = {}, {}
for _, code in ipairs(CODES) do
  local part = hs.lookup(code) and PHRASED or UNPHRASED
  part[#part + 1] = code
end

---------------------------------------------------------------------------
-- The pure-Lua equivalent, written here, not taken from the module: one
-- read of a table that holds the module's answers for 100..599, and for
-- anything else the module's argument rules: the running Lua's tonumber
-- must read a number with an integral value in [-2^63, 2^63); 100..599 is
-- a status code, any other integer is 0, which no table holds.
---------------------------------------------------------------------------
local TWO_POW_63 = 2 ^ 63

local function check_code(value, fname)
  local n = tonumber(value)
  if not n then
    error(("bad argument #1 to '%s' (number expected, got %s)"):format(fname, type(value)), 3)
  end
  if not (n >= -TWO_POW_63 and n < TWO_POW_63) or n % 1 ~= 0 then
    error(("bad argument #1 to '%s' (number has no integer representation)"):format(fname), 3)
  end
  return (n >= 100 and n <= 599) and n or 0
end

-- An array over 1..599, as the module's are: filled in order so that Lua
-- keeps it in the array part, then 1..99 emptied (which keeps it there).
local function array(answer)
  local t = {}
  for code = 1, 599 do t[code] = false end
  for code = 1, 599 do
    if code < 100 then t[code] = nil else t[code] = answer(code) end
  end
  return t
end

-- false where a code has no phrase: a hit in the table either way
local PHRASE = array(function(code) return hs.lookup(code) or false end)
local CLASS, IS_ERROR, LINE = array(hs.class), array(hs.is_error), array(hs.status_line)
local NAMES = {}
for code in hs.each() do NAMES[hs.info(code).name] = code end

local pure = {}

function pure.lookup(code)
  local phrase = PHRASE[code]
  if phrase then return phrase end
  if phrase == false then return nil end
  return PHRASE[check_code(code, "lookup")] or nil
end

function pure.class(code)
  return CLASS[code] or CLASS[check_code(code, "class")]
end

function pure.is_error(code)
  local answer = IS_ERROR[code]
  if answer ~= nil then return answer end
  local n = check_code(code, "is_error")
  return n == 0 or n >= 400
end

-- The same rule by arithmetic instead of a table; the faster of the two counts.
function pure.is_error_arith(code)
  if type(code) == "number" and code >= 100 and code < 600 and code % 1 == 0 then
    return code >= 400
  end
  local n = check_code(code, "is_error")
  return n == 0 or n >= 400
end

-- The lines precomputed, "299 " included.
function pure.status_line(code)
  return LINE[code] or LINE[check_code(code, "status_line")]
end

-- hs.codes as pure Lua can make it: a read-only proxy whose __index is the
-- data table; an unknown name raises, as the module's does.
local DATA = setmetatable({}, { __index = function(_, key)
  if type(key) == "string" then error("no status named '" .. key .. "'", 2) end
end })
for code = 100, 599 do DATA[code] = PHRASE[code] or nil end
for name, code in pairs(NAMES) do DATA[name] = code end
pure.codes = setmetatable({}, {
  __index = DATA,
  __newindex = function() error("read-only", 2) end,
  __metatable = "locked",
})

-- The pure functions must answer as the module does, or the comparison means nothing.
local function outcome(f, v)
  local ok, result = pcall(f, v)
  if ok then return tostring(result) end
  return result:match("bad argument #1 to '[%w_]+' %([^)]*%)") or ("error: " .. tostring(result))
end

local ODD = { n = 13, nil, 404.0, "404", " 0x194 ", "abc", "", 404.5, 1 / 0, 0 / 0, 2 ^ 63,
  -2 ^ 63, true, {} }

local function differences()
  local found = {}
  local function compare(name, a, b, v)
    if a ~= b then
      found[#found + 1] = ("%s(%s): pure Lua %s, the module %s"):format(name, tostring(v), b, a)
    end
  end
  for _, name in ipairs({ "lookup", "class", "is_error", "is_error_arith", "status_line" }) do
    local f = hs[name] or hs.is_error
    for i = 1, ODD.n do compare(name, outcome(f, ODD[i]), outcome(pure[name], ODD[i]), ODD[i]) end
    for code = -1, 700 do compare(name, outcome(f, code), outcome(pure[name], code), code) end
  end
  for code = -1, 700 do compare("codes", hs.codes[code], pure.codes[code], code) end
  for name in pairs(NAMES) do compare("codes", hs.codes[name], pure.codes[name], name) end
  return found
end

-- The module's own C function where a Lua closure replaced it (on LuaJIT):
-- the closure's upvalue that is a C function.
local function c_function_of(f)
  if type(f) ~= "function" or debug.getinfo(f, "S").what == "C" then return nil end
  for i = 1, math.huge do
    local name, value = debug.getupvalue(f, i)
    if name == nil then return nil end
    if type(value) == "function" and debug.getinfo(value, "S").what == "C" then return value end
  end
end

---------------------------------------------------------------------------
-- The loops.  Each is its own chunk, so that LuaJIT gives each its own
-- traces; all have one shape: a list of codes, each result tested.
---------------------------------------------------------------------------
local LOOP = [[
local f, C, reps = ...
local k = 0
for _ = 1, reps do
  for j = 1, #C do
    if %s then k = k + 1 end
  end
end
return k
]]

local function subject(label, kind, f, expression, codes)
  return { label = label, kind = kind, f = f, codes = codes, best = math.huge,
    run = assert(load_string(LOOP:format(expression), "=loop " .. expression)) }
end

local now = os.clock

local function time(s, reps)
  local t0 = now()
  s.run(s.f, s.codes, reps)
  return now() - t0
end

-- reps such that one run takes about ROUND_SECONDS
local function calibrate(s)
  local reps = 16
  while true do
    local t = time(s, reps)
    if t >= ROUND_SECONDS / 4 then return math.max(1, math.floor(reps * ROUND_SECONDS / t)) end
    reps = reps * 4
  end
end

-- Bytes of garbage one call leaves, with the collector stopped: the least of
-- three runs, as one-off allocations (a trace LuaJIT compiles late, the
-- CallInfo records that a full collection freed on 5.2 and 5.3) do not come
-- back, while garbage made by the calls would come back every time.
local function garbage_per_call(s)
  local reps, least = 2000, math.huge
  s.run(s.f, s.codes, reps) -- warm (and, on LuaJIT, compile) first
  collectgarbage("collect")
  for _ = 1, 3 do
    collectgarbage("stop")
    local before = collectgarbage("count")
    s.run(s.f, s.codes, reps)
    local after = collectgarbage("count")
    collectgarbage("restart")
    least = math.min(least, (after - before) * 1024 / (reps * #s.codes))
  end
  return least
end

-- On LuaJIT: the traces compiled while a loop warms up, the aborts in the
-- module's code (chunk "=httpstatus"), and how many traces reach a call the
-- JIT cannot compile (a lua_CFunction): such a trace ends there and the
-- interpreter makes the call.
local function traces(s)
  local util, vmdef = require("jit.util"), require("jit.vmdef")
  local t = { stop = 0, abort_module = 0, ccall = 0, reasons = {} }
  local in_c = {}
  local function on_trace(what, _, func, _, code, info)
    if what == "stop" then
      t.stop = t.stop + 1
    elseif what == "abort" and util.funcinfo(func).source == "=httpstatus" then
      t.abort_module = t.abort_module + 1
      local text = (vmdef.traceerr[code] or tostring(code)):gsub("%%[ds]", tostring(info))
      t.reasons[#t.reasons + 1] = ("%s: %s"):format(s.label, text)
    end
  end
  -- fast functions (type, math.floor, ...) carry an ffid; a lua_CFunction has none
  local function on_record(tr, func)
    local info = util.funcinfo(func)
    if info.addr and not info.ffid and not in_c[tr] then
      in_c[tr] = true
      t.ccall = t.ccall + 1
    end
  end
  jit.flush()
  jit.attach(on_trace, "trace")
  jit.attach(on_record, "record")
  s.run(s.f, s.codes, 2000)
  jit.attach(on_trace)
  jit.attach(on_record)
  return t
end

local function jit_text(t)
  if not t then return "-" end
  if t.stop > 0 and t.abort_module == 0 and t.ccall == 0 then return "compiled" end
  local parts = {}
  if t.stop == 0 then parts[1] = "no trace" end
  if t.abort_module > 0 then parts[#parts + 1] = t.abort_module .. " aborts in the module" end
  if t.ccall > 0 then parts[#parts + 1] = ("%d of %d traces end at a C call"):format(t.ccall, t.stop) end
  return table.concat(parts, ", ")
end

---------------------------------------------------------------------------
-- What is measured: per row, the module, its C function where a closure
-- replaced it, the pure-Lua equivalent(s) and a raw table index.
---------------------------------------------------------------------------
local CALL, INDEX, BY_NAME = "f(C[j])", "f[C[j]]", "f.NOT_FOUND"
local ROWS = {
  { "lookup", hs.lookup, { pure.lookup }, PHRASE },
  { "class", hs.class, { pure.class }, CLASS },
  { "is_error", hs.is_error, { pure.is_error, pure.is_error_arith }, IS_ERROR },
  { "status_line", hs.status_line, { pure.status_line }, LINE, codes = PHRASED },
  { "status_line, no phrase", hs.status_line, { pure.status_line }, LINE, codes = UNPHRASED },
  { "codes[c]", hs.codes, { pure.codes }, PHRASE, call = INDEX },
  { "codes.NAME", hs.codes, { pure.codes }, NAMES, call = BY_NAME },
}

local empty = subject("empty loop", "empty", false, "C[j]", CODES)
local subjects = { empty }
for _, row in ipairs(ROWS) do
  local codes, call = row.codes or CODES, row.call or CALL
  local function add(kind, f, expression)
    local s = subject(row[1] .. " " .. kind, kind, f, expression, codes)
    subjects[#subjects + 1] = s
    return s
  end
  row.module = add("module", row[2], call)
  local c = c_function_of(row[2])
  row.c = c and add("C", c, call)
  row.pure = {}
  for i, f in ipairs(row[3]) do row.pure[i] = add("pure", f, call) end
  row.raw = add("raw", row[4], call == BY_NAME and BY_NAME or INDEX)
end

---------------------------------------------------------------------------
-- Run.
---------------------------------------------------------------------------
local started = now()
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
local seconds = now() - started

-- The heap `require` takes, in a fresh process of this runtime.
local pipe = io.popen(('"%s" bench/heap.lua "%s"'):format(interpreter, build_dir))
local heap_out = pipe:read("*a")
pipe:close()
local heap = tonumber(heap_out:match("^(%d+)%s*$")) or error("bench/heap.lua printed: " .. heap_out)

---------------------------------------------------------------------------
-- Report.
---------------------------------------------------------------------------
local function ns(x) return x and ("%.1f"):format(x) or "-" end

-- exactly 0, or enough digits to see that it is not
local function bytes(x) return x == 0 and "0" or ("%.4f"):format(x) end

local LINE_FORMAT = "%-22s %7s %7s %8s %9s %7s %7s %8s  %-17s  %s"
print(("== %s (%s, module from %s) =="):format(runtime_name,
  is_luajit and jit.version or _VERSION, build_dir))
for _, text in ipairs(differences()) do print("  differs: " .. text) end
print(("ns per call, best of %d rounds (%.1f s of CPU); the loop alone costs %.1f ns"):format(
  ROUNDS, seconds, empty.best))
print(LINE_FORMAT:format("call", "module", "C fn", "pure Lua", "raw index", "vs pure", "vs raw",
  "garbage", "the module's is", "LuaJIT traces"))

local results = {}
for _, row in ipairs(ROWS) do
  local m, pure_best = row.module.best, math.huge
  for _, p in ipairs(row.pure) do pure_best = math.min(pure_best, p.best) end
  local kind = "metatable __index"
  if type(row[2]) == "function" then
    kind = debug.getinfo(row[2], "S").what == "C" and "C function" or "Lua closure"
  end
  local fields = { runtime_name, row[1], kind, ns(m), ns(row.c and row.c.best), ns(pure_best),
    ns(row.raw.best), ("%.2fx"):format(m / pure_best), ("%.2fx"):format(m / row.raw.best),
    bytes(row.garbage), jit_text(row.module.trace), tostring(heap), tostring(ROUNDS) }
  results[#results + 1] = table.concat(fields, "\t")
  print(LINE_FORMAT:format(fields[2], fields[4], fields[5], fields[6], fields[7], fields[8],
    fields[9], fields[10] .. " B", kind, fields[11]))
end
print(("require takes %d bytes of heap (%.1f KB)"):format(heap, heap / 1024))

-- Why a loop is not compiled, and whether the pure-Lua loops were.
if is_luajit then
  for _, s in ipairs(subjects) do
    for _, text in ipairs(s.trace.reasons) do print("  trace abort in the module, " .. text) end
    if s.kind == "pure" and jit_text(s.trace) ~= "compiled" then
      print(("  pure Lua (%s) not fully compiled: %s"):format(s.label, jit_text(s.trace)))
    end
  end
end

if results_file then
  local out = assert(io.open(results_file, "w"))
  out:write(table.concat(results, "\n"), "\n")
  out:close()
end
