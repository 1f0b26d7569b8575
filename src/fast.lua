-- The LuaJIT fast paths of httpstatus.
--
-- LuaJIT does not compile calls to C functions. There, the module's functions
-- over one code are these Lua closures, which read arrays the C code filled
-- from its table of codes and hand every other argument (a string, a float,
-- an integer outside 100..599, a bad value) to the C function they replace.
-- The C code stays the one place that decides; the arrays only remember its
-- answers for the integers 100..599.
--
-- src/httpstatus.c runs this chunk once, at require, with one table:
--   inputs.phrases       code -> phrase, or false where the code has none
--   inputs.status_lines  code -> "404 Not Found", or "299 " where there is no phrase
--   inputs.classes       code -> class id
--   inputs.is_error      code -> is_error(code)
--   inputs.records       code -> { [rule name] = answer }, shared by codes alike
--   inputs.rules         the names of the rules (is_error, is_success, ...)
--   inputs.slow          the module, with its C functions still in place
--   inputs.index         the table behind hs.codes
--   inputs.unknown       the error for an unknown name in hs.codes
-- It returns the closures by name; the C code puts them into the module.
-- src/fast.h is generated from this file (make fast-header): do not copy it.
local inputs = ...
local phrases, records, slow = inputs.phrases, inputs.records, inputs.slow
local unknown = inputs.unknown
-- Taken now: the module's field is this file's closure once it is installed.
local slow_lookup = slow.lookup

local fast = {}

function fast.lookup(code)
  local phrase = phrases[code]
  if phrase then return phrase end
  if phrase == false then return nil end
  return slow_lookup(code)
end

-- One array read, as a plain Lua function would do.
local function from_array(array, slow_fn)
  return function(code)
    local answer = array[code]
    if answer ~= nil then return answer end
    return slow_fn(code)
  end
end

fast.class = from_array(inputs.classes, slow.class)
fast.is_error = from_array(inputs.is_error, slow.is_error)
fast.status_line = from_array(inputs.status_lines, slow.status_line)

-- The other rules share the records: a handful of tables in all.
local function from_record(rule, slow_fn)
  return function(code)
    local record = records[code]
    if record then return record[rule] end
    return slow_fn(code)
  end
end

for _, rule in ipairs(inputs.rules) do
  -- is_error keeps its plain array above
  fast[rule] = fast[rule] or from_record(rule, slow[rule])
end

-- hs.codes[306] and other misses: a Lua __index, which the JIT compiles too.
setmetatable(inputs.index, { __index = function(index, key)
  if type(key) == "string" then return unknown(index, key) end
end })

return fast
