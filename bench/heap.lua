-- Prints the bytes of Lua heap that require("httpstatus") takes, measured in
-- this fresh process after full collections.  Usage: RUNTIME bench/heap.lua BUILD_DIR
package.cpath = assert(arg[1], "usage: RUNTIME bench/heap.lua BUILD_DIR") .. "/?.so;" .. package.cpath

local function settled()
  collectgarbage("collect")
  collectgarbage("collect")
  return collectgarbage("count")
end

local before = settled()
local hs = require("httpstatus")
local after = settled()
assert(hs.lookup(404) == "Not Found")
print(math.floor((after - before) * 1024 + 0.5))
