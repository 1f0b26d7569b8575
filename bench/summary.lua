-- Prints the results of bench/bench.lua on every runtime as one Markdown table: a row a call, a
-- column a runtime. Usage: lua bench/summary.lua RESULTS_FILE...; each file holds the runtime
-- and the heap `require` took, the heading, then a line a call: its name and the figures of
-- bench/bench.lua's table, tab-separated. docs/PERFORMANCE.md explains them.
local heading, heaps, head, rows, garbage = "", {}, { "call" }, {}, {}
for r, file in ipairs(arg) do
  local lines = {}
  for line in io.lines(file) do lines[#lines + 1] = line end
  heaps[r] = lines[1]
  head[r + 1] = lines[1]:match("^%S+")
  heading = lines[2] -- the same in every file
  for i = 3, #lines do
    local name, m, c, pure, raw, _, _, bytes, trace = lines[i]:match(("(.-)\t"):rep(8) .. "(.+)")
    -- module / pure Lua / raw index, then the C function and the traces where there are
    local cell = m .. " / " .. pure .. " / " .. raw
    if c ~= "-" then cell = cell .. ", C " .. c end
    if trace ~= "-" then cell = cell .. ", " .. trace end
    rows[i - 2] = rows[i - 2] or { name }
    rows[i - 2][r + 1] = cell
    if tonumber(bytes) >= tonumber(garbage[i - 2] or 0) then garbage[i - 2] = bytes end
  end
end
print(heading .. "\n")
print("| " .. table.concat(head, " | ") .. " | garbage B/call, the most of any |")
print("| --- |" .. (" ---: |"):rep(#arg) .. " ---: |")
for i = 1, #rows do
  print("| " .. table.concat(rows[i], " | ") .. " | " .. garbage[i] .. " |")
end
print("\nHeap that `require(\"httpstatus\")` takes: " .. table.concat(heaps, ", ") .. ".\n")
print("Each cell: module / pure Lua / raw index, in ns; on LuaJIT, then the C function's time"
  .. " and the trace state. What each means, and why the runtimes differ: docs/PERFORMANCE.md.")
