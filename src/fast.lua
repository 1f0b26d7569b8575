-- The LuaJIT fast paths of httpstatus.
--
-- LuaJIT does not compile calls to C functions. There, the module's functions
-- over one code are these Lua closures, which read tables the C code filled
-- and hand every other argument (a string, a float that is not integral, an
-- integer outside 100..599, a bad value) to the C function they replace.
-- The C code stays the one place that decides; the tables only remember its
-- answers for the integers 100..599.
--
-- src/httpstatus.c runs this chunk once, at require, with these arguments:
--   flags    code -> the class digit in bits 0-2, then one bit per rule, in the order
--            of rules, from bit 3, then one set where a response with no options may
--            break a rule of check
--   rules    the names of the rules (is_error, is_success, ...)
--   index    the table behind hs.codes: code -> phrase, NAME -> code
--   lines    code -> "404 Not Found", filled by the C function on use
--   slow     the module, with its C functions still in place
--   unknown  the error for an unknown name in hs.codes
-- It returns the closures by name; the C code puts them into the module.
-- src/fast.h is generated from this file (make fast-header): do not copy it.
local flags, rules, index, lines, slow, unknown = ...
local band = require("bit").band
-- Taken now: the module's fields are this file's closures once installed.
local slow_lookup, slow_class = slow.lookup, slow.class
local slow_status_line, slow_check = slow.status_line, slow.check
local breakable = 8 * 2 ^ #rules
local classes = {} -- class digit -> class id
for digit = 1, 5 do classes[digit] = slow_class(digit * 100) end

local fast = {}

-- Numbers only: the index maps names to codes too, and its __index is for names.
function fast.lookup(code)
  if type(code) == "number" then
    local phrase = rawget(index, code)
    if phrase then return phrase end
    if flags[code] then return nil end
  end
  return slow_lookup(code)
end

function fast.class(code)
  local f = flags[code]
  if f then return classes[band(f, 7)] end
  return slow_class(code)
end

function fast.status_line(code)
  local line = lines[code]
  if line then return line end
  return slow_status_line(code)
end

-- Without options, a response with most codes can break no rule of check.
function fast.check(status, headers, options)
  local f = flags[status]
  if f and band(f, breakable) == 0 and options == nil and type(headers) == "table" then
    return nil
  end
  return slow_check(status, headers, options)
end

local function from_flags(bit, slow_fn)
  return function(code)
    local f = flags[code]
    if f then return band(f, bit) ~= 0 end
    return slow_fn(code)
  end
end

for i, rule in ipairs(rules) do
  fast[rule] = from_flags(8 * 2 ^ (i - 1), slow[rule])
end

-- hs.codes[306] and other misses: a Lua __index, which the JIT compiles too.
setmetatable(index, { __index = function(t, key)
  if type(key) == "string" then return unknown(t, key) end
end })

return fast
