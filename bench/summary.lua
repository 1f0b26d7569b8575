-- Prints the results of bench/bench.lua on every runtime as one Markdown
-- table.  Usage: lua bench/summary.lua RESULTS_FILE...
local rows, heaps, order, rounds, runtimes = {}, {}, {}, "?", {}
for i = 1, #arg do
  for line in io.lines(arg[i]) do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    local runtime = f[1]
    if not heaps[runtime] then
      heaps[runtime], rounds = tonumber(f[12]), f[13]
      order[#order + 1] = runtime
      runtimes[runtime == "luajit" and "luajit" or "puc"] = true
    end
    local call = f[2] == "codes.NAME" and "codes.NOT_FOUND" or f[2]
    call = call:gsub("^(%S+), (.*)$", "`%1`, %2"):gsub("^([^`,]+)$", "`%1`")
    rows[#rows + 1] = ("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |"):format(
      runtime, call, f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11])
  end
end

print(("ns per call, best of %s rounds of CPU time, loop included, over 64 status codes "
  .. "(48 with a phrase, 16 without; `status_line` over each part apart)"):format(rounds))
print()
print("| Lua | call | the module's is | module | C function | pure Lua | raw index "
  .. "| vs pure | vs raw | garbage B/call | LuaJIT traces |")
print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for _, row in ipairs(rows) do print(row) end
print()
local heap = {}
for _, runtime in ipairs(order) do
  heap[#heap + 1] = ("%s %.1f KB"):format(runtime, heaps[runtime] / 1024)
end
print("Heap that `require(\"httpstatus\")` takes: " .. table.concat(heap, ", ") .. ".")
print()
print([[
module: the call through the module.  pure Lua: a Lua function over a table of
the same answers, with the same argument rules.  raw index: a bare table read,
t[c] or t.NOT_FOUND.  C function: on LuaJIT, the module's C function that its
Lua closure stands in for.  LuaJIT traces: "compiled" when the loop was
compiled with no trace abort in the module and no C call left.]])
if runtimes.puc then
  print([[

On PUC Lua a call to a C function costs about as much as a call to a Lua
function plus a table read, so near 1x pure Lua is as fast as a call can be.]])
end
if runtimes.luajit then
  print([[

LuaJIT does not compile calls to C functions: there the module's functions over
one code are Lua closures that read arrays the C code fills, which it compiles.]])
end
