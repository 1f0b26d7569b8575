-- Writes the name fields of httpstatus.codes in the LuaLS definition file
-- from the module itself: one `---@field NAME CODE phrase` line for every
-- constant name and every older phrase's name that hs.codes knows.
--
-- Usage: lua tools/gen-codes.lua library/httpstatus.lua > new-file
-- (prints the whole definition file with those lines regenerated; `make
-- types` runs it). spec/cli_spec.lua runs it too and fails when the
-- committed file differs, so the list cannot drift from the module.
local hs = require("httpstatus")

local path = arg[1]
if not path then
  io.stderr:write("usage: gen-codes.lua DEFINITION_FILE\n")
  os.exit(2)
end

-- An older phrase as hs.codes names it: upper case, apostrophes dropped,
-- each run of spaces, '_' and '-' one '_' (the module's own rule).
local function name_of(phrase)
  return (phrase:upper():gsub("'", ""):gsub("[%s_%-]+", "_"))
end

local function field_lines()
  local lines = {}
  for code, phrase in hs.each() do
    local info = hs.info(code)
    local note = info.official and "" or (" (unofficial: " .. info.source .. ")")
    lines[#lines + 1] = ("---@field %s %d %s%s"):format(info.name, code, phrase, note)
    for _, alias in ipairs(info.aliases) do
      local name = name_of(alias)
      -- hs.codes raises on an unknown name: the rule above must be the module's
      assert(hs.codes[name] == code, name)
      lines[#lines + 1] = ("---@field %s %d %s: older phrase of %d %s"):format(
        name, code, alias, code, phrase)
    end
  end
  return lines
end

local function regenerate(text)
  local out, state = {}, "before"
  for line in (text .. "\n"):gmatch("(.-)\n") do
    local generated_field = line:match("^%-%-%-@field [%u_][%u%d_]* %d+ ")
    if state == "inside" and line:match("^%-%- </generated>") then
      for _, field in ipairs(field_lines()) do out[#out + 1] = field end
      state = "after"
    elseif state == "before" and line:match("^%-%- <generated") then
      state = "inside"
    end
    if not (state == "inside" and generated_field) then
      out[#out + 1] = line
    end
  end
  if state ~= "after" then
    error(path .. ": no '-- <generated' ... '-- </generated>' block")
  end
  return table.concat(out, "\n") .. "\n"
end

local file = assert(io.open(path, "rb"))
local text = file:read("*a")
file:close()
io.write(regenerate((text:gsub("\n$", ""))))
