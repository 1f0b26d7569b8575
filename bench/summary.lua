-- Prints the results of bench/bench.lua on every runtime as one Markdown
-- table (the README's).  Usage: lua bench/summary.lua RESULTS_FILE...
local rows, heaps, order = {}, {}, {}
for i = 1, #arg do
  for line in io.lines(arg[i]) do
    local f = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do f[#f + 1] = field end
    local runtime = f[1]
    if not heaps[runtime] then
      heaps[runtime] = tonumber(f[10])
      order[#order + 1] = runtime
    end
    rows[#rows + 1] = ("| %s | `%s` | %s | %s | %s | %s | %s | %sx | %sx | %s | %s |"):format(
      runtime, f[2] == "codes.NAME" and "codes.NOT_FOUND" or f[2], f[12], f[3], f[4], f[5], f[6],
      f[7], f[8], f[9], f[11] == "met" and "met" or ("missed: " .. f[11]))
  end
end

print("ns per call, best of 7 rounds; C function: the module's own, where a closure replaced it")
print()
print("| Lua | call | the module's is | module | C function | pure Lua | raw index "
  .. "| vs pure | vs raw | garbage B/call | goals |")
print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for _, row in ipairs(rows) do print(row) end
print()
local heap = {}
for _, runtime in ipairs(order) do
  heap[#heap + 1] = ("%s %.1f KB"):format(runtime, heaps[runtime] / 1024)
end
print("Heap that `require(\"httpstatus\")` takes: " .. table.concat(heap, ", ") .. ".")
