-- Writes the name fields of httpstatus.codes in the LuaLS definition file from the
-- module itself: one `---@field NAME CODE ...` line for every name that hs.codes knows,
-- each constant name and the name of each other phrase.
-- Usage: lua tools/gen-codes.lua library/httpstatus.lua > new-file (prints the whole
-- definition file with those lines regenerated; `make types` runs it). spec/docs_spec.lua
-- runs it too and fails when the committed file differs: the list cannot drift.
local hs = require("httpstatus")

local path = assert(arg[1], "usage: lua tools/gen-codes.lua library/httpstatus.lua")

-- Every name hs.codes knows, in a sorted list by code: the table behind it,
-- read raw (hs.codes raises on an unknown name, and Lua 5.1 cannot walk it).
local names = {}
for key, code in next, debug.getmetatable(hs.codes).__index do
  if type(key) == "string" then
    names[code] = names[code] or {}
    table.insert(names[code], key)
  end
end

-- A code's constant name first, then the names of its other phrases.
local function field_lines()
  local lines = {}
  for code, phrase in hs.each() do
    local info = hs.info(code)
    local note = info.official and "" or (" (unofficial: " .. info.source .. ")")
    lines[#lines + 1] = ("---@field %s %d %s%s"):format(info.name, code, phrase, note)
    table.sort(names[code])
    for _, name in ipairs(names[code]) do
      if name ~= info.name then
        lines[#lines + 1] = ("---@field %s %d the name of another phrase of %d %s"):format(
          name, code, code, phrase)
      end
    end
  end
  return lines
end

local text = assert(io.open(path, "rb")):read("*a") -- closed as the script ends

-- The file as it is, but for the field lines of its `-- <generated` block.
local out, state = {}, "before"
for line in text:gmatch("([^\n]*)\n") do
  if state == "inside" and line:match("^%-%- </generated>") then
    for _, field in ipairs(field_lines()) do out[#out + 1] = field end
    state = "after"
  elseif state == "before" and line:match("^%-%- <generated") then
    state = "inside"
  end
  if not (state == "inside" and line:match("^%-%-%-@field [%u_][%u%d_]* %d+ ")) then
    out[#out + 1] = line
  end
end
assert(state == "after", path .. ": no '-- <generated' ... '-- </generated>' block")
io.write(table.concat(out, "\n"), "\n")
