-- Prints the results of bench/bench.lua on every runtime as one Markdown
-- table.  Usage: lua bench/summary.lua RESULTS_FILE...; each file holds the
-- heap `require` took, the heading, then the rows.
local heaps, rows, heading = {}, {}, ""
for _, file in ipairs(arg) do
  local lines = {}
  for line in io.lines(file) do lines[#lines + 1] = line end
  heaps[#heaps + 1], heading = lines[1], lines[2]
  for i = 3, #lines do rows[#rows + 1] = lines[i] end
end
print(heading .. "\n")
print("| Lua | call | the module's is | module | C function | pure Lua | raw index "
  .. "| vs pure | vs raw | garbage B/call | LuaJIT traces |")
print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
print(table.concat(rows, "\n") .. "\n")
print("Heap that `require(\"httpstatus\")` takes: " .. table.concat(heaps, ", ") .. ".\n")
print([[
module: the call through the module.  pure Lua: a Lua function over a table of
the same answers, with the same argument rules.  raw index: a bare table read,
t[c] or t.NOT_FOUND.  C function: on LuaJIT, the module's C function that its
Lua closure stands in for.  LuaJIT traces: "compiled" when the loop was
compiled with no trace abort in the module and no C call left.

On PUC Lua a call to a C function costs about as much as a call to a Lua
function plus a table read, so near 1x pure Lua is as fast as a call can be.
LuaJIT does not compile calls to C functions: there the module's functions over
one code are Lua closures that read arrays the C code fills, which it compiles.]])
