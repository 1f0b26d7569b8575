-- The cost of httpstatus calls on one Lua runtime, against the same loop over
-- a raw table index and over the strongest pure-Lua equivalent.
--
-- Usage: RUNTIME bench/bench.lua BUILD_DIR [RESULTS_FILE]
--   e.g. lua5.4 bench/bench.lua build/lua5.4
-- `make bench` runs it once per runtime, then bench/summary.lua over the results.
-- Everything is measured in this one process, except the heap that `require`
-- takes, which bench/heap.lua measures in a fresh one.  Times are CPU time
-- (os.clock), best of several rounds; nothing here asserts a time.

local build_dir, results_file = arg[1], arg[2]
if not build_dir then
  io.stderr:write("usage: RUNTIME bench/bench.lua BUILD_DIR [RESULTS_FILE]\n")
  os.exit(2)
end
package.cpath = build_dir .. "/?.so;" .. package.cpath

local hs = require("httpstatus")

local load_string = loadstring or load -- luacheck: ignore 113 (loadstring on 5.1)
-- the interpreter: the first word of the command line (options such as -jv follow it)
local interpreter
do
  local i = -1
  while arg[i - 1] do i = i - 1 end
  interpreter = arg[i]
end
local is_luajit = type(jit) == "table" -- luacheck: ignore 113 (jit on LuaJIT)
local runtime = is_luajit and jit.version or _VERSION -- luacheck: ignore 113

local ROUNDS = 7          -- best of
local ROUND_SECONDS = 0.03 -- the length of one timed run of one loop

---------------------------------------------------------------------------
-- The inputs: 64 integer codes in a fixed shuffled order, every class, 48
-- with a phrase and 16 without (150, 250, 599, ...), so that both ways
-- through each function are taken.
---------------------------------------------------------------------------
local CODES = {
  100, 550, 404, 303, 301, 201, 412, 511, 400, 505, 410, 507, 302, 425, 431, 308,
  428, 415, 399, 250, 199, 498, 504, 401, 502, 406, 350, 206, 426, 204, 450, 503,
  150, 416, 444, 403, 309, 299, 307, 405, 408, 200, 429, 422, 501, 421, 209, 413,
  520, 103, 101, 500, 105, 202, 451, 304, 409, 499, 418, 509, 419, 414, 411, 599,
}

---------------------------------------------------------------------------
-- The strongest pure-Lua equivalent, written here, not taken from the
-- module: one table read for a status code, and a fallback that applies the
-- module's argument rules (what Lua 5.4's luaL_checkinteger accepts) to
-- anything else.  The tables hold the same answers as the module.
---------------------------------------------------------------------------
local TWO_POW_63 = 2 ^ 63

local function check_code(value, fname)
  local n = value
  if type(value) == "string" then n = tonumber(value) end
  if type(n) ~= "number" then
    error(("bad argument #1 to '%s' (number expected, got %s)"):format(fname, type(value)), 3)
  end
  if n ~= n or n % 1 ~= 0 or n < -TWO_POW_63 or n >= TWO_POW_63 then
    error(("bad argument #1 to '%s' (number has no integer representation)"):format(fname), 3)
  end
  if n >= 100 and n <= 599 then return n end
  return 0
end

-- Arrays over 1..599, as the module's are: filled in order so that Lua
-- keeps them in the array part, then 1..99 emptied (which keeps it there).
local PHRASE, CLASS, IS_ERROR, NAMES = {}, {}, {}, {}
for code = 1, 599 do
  PHRASE[code], CLASS[code], IS_ERROR[code] = false, false, false
end
for code = 1, 599 do
  if code < 100 then
    PHRASE[code], CLASS[code], IS_ERROR[code] = nil, nil, nil
  else
    -- false where the code has no phrase: a hit in the table either way
    local phrase = hs.lookup(code)
    if phrase == nil then phrase = false end
    PHRASE[code], CLASS[code], IS_ERROR[code] = phrase, hs.class(code), hs.is_error(code)
  end
end
for code in hs.each() do
  NAMES[hs.info(code).name] = code
end

local pure = {}

function pure.lookup(code)
  local phrase = PHRASE[code]
  if phrase then return phrase end
  if phrase == false then return nil end
  return PHRASE[check_code(code, "lookup")] or nil
end

function pure.class(code)
  local class = CLASS[code]
  if class then return class end
  return CLASS[check_code(code, "class")]
end

function pure.is_error(code)
  local is_error = IS_ERROR[code]
  if is_error ~= nil then return is_error end
  local n = check_code(code, "is_error")
  return n == 0 or n >= 400
end

-- The same rule by arithmetic instead of a table: kept if it is faster.
local type = type
function pure.is_error_arith(code)
  if type(code) == "number" and code >= 100 and code < 600 and code % 1 == 0 then
    return code >= 400
  end
  local n = check_code(code, "is_error")
  return n == 0 or n >= 400
end

-- hs.codes as pure Lua can make it: a read-only proxy whose __index is the
-- data table; a typo in a name raises, like the module's.
local INDEX = setmetatable({}, {
  __index = function(_, key)
    if type(key) == "string" then
      error("no status named '" .. key .. "'", 2)
    end
  end,
})
for code = 100, 599 do INDEX[code] = PHRASE[code] or nil end -- nil, not false, as codes[c]
for name, code in pairs(NAMES) do INDEX[name] = code end
pure.codes = setmetatable({}, {
  __index = INDEX,
  __newindex = function() error("read-only", 2) end,
  __metatable = "locked",
})

-- The pure functions must answer as the module does, or the comparison means nothing.
local function outcome(f, v)
  local ok, result = pcall(f, v)
  if ok then return tostring(result) end
  return result:match("bad argument #1 to '[%w_]+' %([^)]*%)") or ("error: " .. tostring(result))
end

local function check_equivalence()
  local inputs = { 404, 404.0, "404", " 0x194 ", 250, 418, 42, 700, -1, nil, true, "abc", 404.5,
    1 / 0, {} }
  local mismatches = 0
  for _, name in ipairs({ "lookup", "class", "is_error", "is_error_arith" }) do
    local module_f = hs[name] or hs.is_error
    for i = 1, 15 do
      local v = inputs[i]
      local a, b = outcome(module_f, v), outcome(pure[name], v)
      if a ~= b then
        mismatches = mismatches + 1
        print(("  pure.%s(%s) gives %s, the module %s"):format(name, tostring(v), b, a))
      end
    end
  end
  for code = 100, 599 do
    if pure.codes[code] ~= hs.codes[code] then mismatches = mismatches + 1 end
  end
  if pure.codes.NOT_FOUND ~= hs.codes.NOT_FOUND then mismatches = mismatches + 1 end
  return mismatches
end

---------------------------------------------------------------------------
-- The module's own C functions, where closures replaced them (on LuaJIT):
-- the upvalue of the closure that is a C function.
---------------------------------------------------------------------------
local function c_function_of(f)
  if debug.getinfo(f, "S").what == "C" then return f end
  local i = 1
  while true do
    local name, value = debug.getupvalue(f, i)
    if name == nil then return nil end
    if type(value) == "function" and debug.getinfo(value, "S").what == "C" then
      return value
    end
    i = i + 1
  end
end

---------------------------------------------------------------------------
-- The loops.  Each is its own chunk, so that LuaJIT gives each its own
-- traces; all share one shape: 64 codes, consumed by a test on the result.
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

local function loop(expression)
  return assert(load_string(LOOP:format(expression), "=loop " .. expression))
end

local now = os.clock

local function time(run, f, reps)
  local t0 = now()
  run(f, CODES, reps)
  return now() - t0
end

-- reps such that one run takes about ROUND_SECONDS
local function calibrate(run, f)
  local reps = 16
  while true do
    local t = time(run, f, reps)
    if t >= ROUND_SECONDS / 4 then
      return math.max(1, math.floor(reps * ROUND_SECONDS / t))
    end
    reps = reps * 4
  end
end

-- Bytes of garbage one call leaves, with the collector stopped: the least of
-- three runs, as one-off allocations (a trace LuaJIT compiles late, the
-- CallInfo records that a full collection freed on 5.2 and 5.3) do not come
-- back, while garbage made by the calls would come back every time.
local function garbage_per_call(run, f)
  local reps, least = 2000, math.huge
  run(f, CODES, reps) -- warm (and, on LuaJIT, compile) first
  collectgarbage("collect")
  for _ = 1, 3 do
    collectgarbage("stop")
    local before = collectgarbage("count")
    run(f, CODES, reps)
    local after = collectgarbage("count")
    collectgarbage("restart")
    least = math.min(least, (after - before) * 1024 / (reps * #CODES))
  end
  return least
end

-- On LuaJIT: the traces compiled and aborted while a loop warms up (an abort
-- in the module's own code apart from one in the benchmark's loop), and how
-- many traces reach a call the JIT cannot compile (a lua_CFunction, such as a
-- C __index): such a trace ends there and the interpreter makes the call.
local function jit_trace_counts(run, f)
  if not is_luajit then return nil end
  local util, vmdef = require("jit.util"), require("jit.vmdef")
  local counts = { stop = 0, abort_module = 0, abort_loop = 0, ccall = 0 }
  local reasons, seen, in_c = {}, {}, {}
  local function on_trace(what, _, func, _, code, info)
    if what == "stop" then
      counts.stop = counts.stop + 1
    elseif what == "abort" then
      local in_module = util.funcinfo(func).source == "=httpstatus"
      local key = in_module and "abort_module" or "abort_loop"
      counts[key] = counts[key] + 1
      local text = (vmdef.traceerr[code] or tostring(code)):gsub("%%[ds]", tostring(info))
      text = (in_module and "in the module: " or "in the loop: ") .. text
      if not seen[text] then
        seen[text] = true
        reasons[#reasons + 1] = text
      end
    end
  end
  -- fast functions (type, math.floor, ...) carry an ffid; a lua_CFunction has none
  local function on_record(tr, func)
    local info = util.funcinfo(func)
    if info.addr and not info.ffid and not in_c[tr] then
      in_c[tr] = true
      counts.ccall = counts.ccall + 1
    end
  end
  jit.flush() -- luacheck: ignore 113
  jit.attach(on_trace, "trace") -- luacheck: ignore 113
  jit.attach(on_record, "record") -- luacheck: ignore 113
  run(f, CODES, 2000)
  jit.attach(on_trace) -- luacheck: ignore 113
  jit.attach(on_record) -- luacheck: ignore 113
  counts.reasons = table.concat(reasons, "; ")
  return counts
end

---------------------------------------------------------------------------
-- What is measured.
---------------------------------------------------------------------------
local CALLS = { "lookup", "class", "is_error", "codes[c]", "codes.NAME" }

local subjects = {} -- { call, kind, f, run }
local function subject(call, kind, f, expression)
  if f == nil then return end
  subjects[#subjects + 1] = { call = call, kind = kind, f = f, run = loop(expression) }
end

local CALL = "f(C[j])"
subject("loop", "empty", false, "C[j]")
for _, name in ipairs({ "lookup", "class", "is_error" }) do
  subject(name, "module", hs[name], CALL)
  subject(name, "C", (function()
    local c = c_function_of(hs[name])
    return c ~= hs[name] and c or nil
  end)(), CALL)
  subject(name, "pure", pure[name], CALL)
end
subject("is_error", "pure", pure.is_error_arith, CALL)
subject("codes[c]", "module", hs.codes, "f[C[j]]")
subject("codes[c]", "pure", pure.codes, "f[C[j]]")
subject("codes.NAME", "module", hs.codes, "f.NOT_FOUND")
subject("codes.NAME", "pure", pure.codes, "f.NOT_FOUND")
subject("lookup", "raw", PHRASE, "f[C[j]]")
subject("class", "raw", CLASS, "f[C[j]]")
subject("is_error", "raw", IS_ERROR, "f[C[j]]")
subject("codes[c]", "raw", PHRASE, "f[C[j]]")
subject("codes.NAME", "raw", NAMES, "f.NOT_FOUND")

---------------------------------------------------------------------------
-- Run.
---------------------------------------------------------------------------
print(("== %s (%s, module from %s) =="):format(interpreter, runtime, build_dir))
local mismatches = check_equivalence()
if mismatches > 0 then
  print(("  warning: the pure-Lua functions differ from the module in %d cases"):format(mismatches))
end

local started = now()
for _, s in ipairs(subjects) do
  s.trace = jit_trace_counts(s.run, s.f)
end
for _, s in ipairs(subjects) do
  s.reps = calibrate(s.run, s.f)
  s.best = math.huge
end
for _ = 1, ROUNDS do
  for _, s in ipairs(subjects) do
    local t = time(s.run, s.f, s.reps)
    s.best = math.min(s.best, t * 1e9 / (s.reps * #CODES))
  end
end
for _, s in ipairs(subjects) do
  if s.kind == "module" then s.garbage = garbage_per_call(s.run, s.f) end
end
local seconds = now() - started

-- The heap `require` takes, in a fresh process of this runtime.
local heap
do
  local cmd = ('%s bench/heap.lua "%s"'):format(interpreter, build_dir)
  local pipe = io.popen(cmd)
  local out = pipe:read("*a")
  pipe:close()
  heap = tonumber(out:match("^(%d+)%s*$")) or error("bench/heap.lua printed: " .. out)
end

---------------------------------------------------------------------------
-- Report.
---------------------------------------------------------------------------
local function find(call, kind)
  local best
  for _, s in ipairs(subjects) do
    if s.call == call and s.kind == kind and (best == nil or s.best < best.best) then
      best = s
    end
  end
  return best
end

local function ns(s) return s and ("%.1f"):format(s.best) or "-" end

-- exactly 0, or enough digits to see that it is not
local function garbage_text(bytes)
  return bytes == 0 and "0" or ("%.4f"):format(bytes)
end

local empty = find("loop", "empty")
print(("ns per call, best of %d rounds (%.1f s of CPU); the loop alone costs %.1f ns"):format(
  ROUNDS, seconds, empty.best))
print(("%-11s %8s %8s %9s %9s %8s %8s %10s  %s"):format(
  "call", "module", "C fn", "pure Lua", "raw index", "vs pure", "vs raw", "garbage", "module's"))

local rows = {}
for _, call in ipairs(CALLS) do
  local m, c, p, r = find(call, "module"), find(call, "C"), find(call, "pure"), find(call, "raw")
  local kind = "metatable __index"
  if type(m.f) == "function" then
    kind = debug.getinfo(m.f, "S").what == "C" and "C function" or "Lua closure"
  end
  local row = { call = call, module = m.best, c = c and c.best, pure = p.best, raw = r.best,
    garbage = m.garbage, trace = m.trace, kind = kind }
  row.vs_pure, row.vs_raw = m.best / p.best, m.best / r.best
  rows[#rows + 1] = row
  print(("%-11s %8s %8s %9s %9s %7.2fx %7.2fx %8s B  %s"):format(
    call, ns(m), ns(c), ns(p), ns(r), row.vs_pure, row.vs_raw, garbage_text(m.garbage), kind))
end
print(("require takes %d bytes of heap (%.1f KB)"):format(heap, heap / 1024))

if is_luajit then
  print("JIT (traces while each loop warms up; pure Lua for comparison):")
  for _, row in ipairs(rows) do
    for _, kind in ipairs({ "module", "pure" }) do
      local t = find(row.call, kind).trace
      print(("  %-11s %-6s %d traces, %d aborted in the module, %d in the loop, "
        .. "%d ending at a C function call%s"):format(row.call, kind, t.stop, t.abort_module,
        t.abort_loop, t.ccall, t.reasons ~= "" and (" (" .. t.reasons .. ")") or ""))
    end
  end
end

-- The goals of issue 3; each row keeps what it missed, for the summary.
local met, missed = 0, 0
local function goal(row, ok, text, detail)
  if ok then
    met = met + 1
  else
    missed = missed + 1
    if row then row.missed[#row.missed + 1] = text:gsub("^%S+%s+", "") end
  end
  print(("  %-6s %s%s"):format(ok and "met" or "MISSED", text, detail or ""))
end

local function over(ratio, limit)
  return ratio > limit and (", missed by %.2fx"):format(ratio / limit) or ""
end

print("goals:")
for _, row in ipairs(rows) do
  row.missed = {}
  if is_luajit then
    goal(row, row.vs_pure <= 1.5, ("%-11s <= 1.5x pure Lua: %.2fx"):format(row.call, row.vs_pure),
      over(row.vs_pure, 1.5))
    goal(row, row.vs_raw <= 2.5, ("%-11s <= 2.5x raw index: %.2fx"):format(row.call, row.vs_raw),
      over(row.vs_raw, 2.5))
    goal(row, row.trace.abort_module == 0 and row.trace.ccall == 0 and row.trace.stop > 0,
      ("%-11s compiled by the JIT: no abort in the module, no C call left"):format(row.call))
  else
    goal(row, row.vs_pure <= 0.5, ("%-11s <= 0.5x pure Lua: %.2fx"):format(row.call, row.vs_pure),
      over(row.vs_pure, 0.5))
  end
  goal(row, row.garbage == 0, ("%-11s 0 bytes of garbage per call: %s"):format(row.call,
    garbage_text(row.garbage)))
end
goal(nil, heap <= 64 * 1024, ("require <= 64 KB of heap: %.1f KB"):format(heap / 1024))

-- Why a goal is out of reach, where the numbers say it is.
if not is_luajit and missed > 0 then
  print([[
  why 0.5x is out of reach on PUC Lua: the pure-Lua equivalent is one Lua call
  and one table read.  The module's function is one call too (to a C
  function, which PUC Lua calls about as fast as a Lua one, and which here
  beats a Lua closure over the same table), plus reading the argument through
  the C API.  No function can cost less than its call, and the call is most of
  what is measured: the floor is about 1x, not 0.5x.  codes[c] and codes.NAME
  are one metatable hop to a table on both sides: about 1x too.]])
end
if is_luajit then
  local codes_row = rows[4]
  if codes_row.trace.ccall > 0 then
    print([[
  why codes[c] misses on LuaJIT: for a code with no phrase (16 of the 64 codes
  here), the read falls through to the index table's own __index, a C
  function (the typo check for names), and LuaJIT cannot compile a call to a
  lua_CFunction: the trace ends, the interpreter makes the call.  Codes with
  a phrase stay compiled.  A Lua __index function there would be compiled.]])
  end
end
print(("%d goals met, %d missed"):format(met, missed))

if results_file then
  local out = assert(io.open(results_file, "w"))
  for _, row in ipairs(rows) do
    out:write(table.concat({ interpreter, row.call, ("%.1f"):format(row.module),
      row.c and ("%.1f"):format(row.c) or "-", ("%.1f"):format(row.pure), ("%.1f"):format(row.raw),
      ("%.2f"):format(row.vs_pure), ("%.2f"):format(row.vs_raw), garbage_text(row.garbage),
      tostring(heap), #row.missed == 0 and "met" or table.concat(row.missed, "; "), row.kind },
      "\t") .. "\n")
  end
  out:close()
end
