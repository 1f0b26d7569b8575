-- Prints the results of bench/bench.lua on every runtime as one Markdown table.
-- Usage: lua bench/summary.lua RESULTS_FILE...; each file holds the heap `require`
-- took, the heading, then the rows. docs/PERFORMANCE.md explains the columns.
local heaps, rows = {}, {}
local heading = "" -- the same in every file
for _, file in ipairs(arg) do
  local lines = {}
  for line in io.lines(file) do lines[#lines + 1] = line end
  heaps[#heaps + 1] = lines[1]
  heading = lines[2]
  for i = 3, #lines do rows[#rows + 1] = lines[i] end
end
print(heading .. "\n")
print("| Lua | call | the module's is | module | C function | pure Lua | raw index "
  .. "| vs pure | vs raw | garbage B/call | LuaJIT traces |")
print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
print(table.concat(rows, "\n") .. "\n")
print("Heap that `require(\"httpstatus\")` takes: " .. table.concat(heaps, ", ") .. ".\n")
print([[
module: the call through the module. pure Lua: the fastest Lua function that gives the same
answers (for check, on these fields). raw index: a bare table read. C function: on LuaJIT, the
C function the module's Lua closure stands in for. LuaJIT traces: "compiled" when no trace
aborts in the module and none ends at a C call. Why the runtimes differ: docs/PERFORMANCE.md.]])
