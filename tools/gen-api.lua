-- Turns the LuaLS definition file into the Markdown API reference, so the
-- doc comments there are the one source of both the editor's hovers and
-- docs/API.md.
--
-- Usage: lua tools/gen-api.lua library/httpstatus.lua > docs/API.md
-- (`make api-docs` runs it; spec/docs_spec.lua fails when docs/API.md is stale).
--
-- It reads the subset of LuaCATS annotations the definition file uses:
-- `---` doc blocks with @class, @field, @alias (with `---|` values), @param,
-- @return and @nodiscard, each block ending at `function httpstatus.NAME(...)`,
-- `local httpstatus = {}` or any other line; `--# Title` starts a section.
-- A block with no tag before a blank line is prose, written out as it is.
local path = arg[1]
if not path then
  io.stderr:write("usage: gen-api.lua DEFINITION_FILE\n")
  os.exit(2)
end

local out = {}
local function emit(line) out[#out + 1] = line end

-- A type or value inside a Markdown table cell: '|' would end the cell.
local function cell(text)
  return (text:gsub("|", "\\|"))
end

-- "type rest" -> type, rest; a type holds no spaces in the definition file.
local function split_type(text)
  local type_, rest = text:match("^(%S+)%s*(.*)$")
  return type_, rest
end

local function parse_block(lines)
  local block = { description = {}, fields = {}, params = {}, returns = {}, values = {} }
  for _, line in ipairs(lines) do
    local tag, rest = line:match("^@(%a+)%s*(.*)$")
    if tag == "class" or tag == "alias" then
      block.kind, block.name, block.type = tag, rest:match("^(%S+)%s*(.*)$")
    elseif tag == "field" then
      local name, text = rest:match("^(%S+)%s+(.*)$")
      local type_, desc = split_type(text)
      block.fields[#block.fields + 1] = { name = name, type = type_, desc = desc }
    elseif tag == "param" then
      local name, text = rest:match("^(%S+)%s+(.*)$")
      local type_, desc = split_type(text)
      block.params[#block.params + 1] = { name = name, type = type_, desc = desc }
    elseif tag == "return" then
      local type_, text = split_type(rest)
      local name, desc = text:match("^(%S+)%s*(.*)$")
      block.returns[#block.returns + 1] = { type = type_, name = name, desc = desc }
    elseif tag == "meta" then
      block.kind = "meta"
    elseif tag then
      assert(tag == "nodiscard", "unknown tag @" .. tag)
    elseif line:match("^|") and block.kind == "alias" then
      local value, desc = line:match('^|%s*(%S+)%s*#?%s*(.*)$')
      block.values[#block.values + 1] = { value = value, desc = desc }
    else
      block.description[#block.description + 1] = line
    end
  end
  return block
end

local function emit_description(block)
  -- doc lines are "---text"; the space after the dashes is part of the text
  local text = table.concat(block.description, "\n"):gsub("^%s+", ""):gsub("%s+$", "")
  if text ~= "" then
    for line in (text .. "\n"):gmatch("(.-)\n") do
      emit((line:gsub("^ ", "")))
    end
    emit("")
  end
end

local function emit_fields(fields)
  emit("| field | type | description |")
  emit("| --- | --- | --- |")
  for _, f in ipairs(fields) do
    emit(("| `%s` | `%s` | %s |"):format(f.name, cell(f.type), cell(f.desc)))
  end
  emit("")
end

local function emit_type(block)
  emit(("### `%s`"):format(block.name))
  emit("")
  emit_description(block)
  if block.kind == "alias" and #block.values > 0 then
    emit("| value | meaning |")
    emit("| --- | --- |")
    for _, v in ipairs(block.values) do
      emit(("| `%s` | %s |"):format(v.value, cell(v.desc)))
    end
    emit("")
  elseif block.kind == "alias" then
    emit(("Type: `%s`"):format(block.type))
    emit("")
  end
  if #block.fields > 0 then emit_fields(block.fields) end
end

local function emit_function(name, block)
  local shown = {}
  for _, p in ipairs(block.params) do
    local optional = p.name:match("^(.-)%?$")
    shown[#shown + 1] = optional and ("[" .. optional .. "]") or p.name
  end
  emit(("### `hs.%s(%s)`"):format(name, table.concat(shown, ", ")))
  emit("")
  emit_description(block)
  if #block.params > 0 then
    emit("Parameters:")
    emit("")
    for _, p in ipairs(block.params) do
      local optional = p.name:match("^(.-)%?$")
      emit(("- `%s` (`%s`%s): %s"):format(optional or p.name, p.type,
        optional and ", optional" or "", p.desc))
    end
    emit("")
  end
  emit("Returns:")
  emit("")
  for _, r in ipairs(block.returns) do
    if r.name then
      emit(("- `%s` (`%s`): %s"):format(r.name, r.type, r.desc))
    else
      emit(("- `%s`"):format(r.type))
    end
  end
  emit("")
end

local function emit_module(block)
  emit_description(block)
  emit("Fields of the module table (`local hs = require(\"httpstatus\")`):")
  emit("")
  emit_fields(block.fields)
end

local file = assert(io.open(path, "rb"))
local text = file:read("*a")
file:close()

emit("# httpstatus API reference")
emit("")
emit("<!-- Generated from library/httpstatus.lua by tools/gen-api.lua (`make api-docs`).")
emit("     Do not edit: change the doc comments there and regenerate. -->")
emit("")

local pending = {}
for line in text:gmatch("([^\n]*)\n") do
  local doc = line:match("^%-%-%-(.*)$")
  if doc then
    pending[#pending + 1] = doc
  else
    local block = #pending > 0 and parse_block(pending) or nil
    pending = {}
    local fname = line:match("^function httpstatus%.([%w_]+)%(")
    local section = line:match("^%-%-# (.+)$")
    if fname then
      emit_function(fname, assert(block, fname .. " has no doc comment"))
    elseif line:match("^local httpstatus = {}") then
      emit_module(assert(block, "the module table has no doc comment"))
    elseif block and (block.kind == "class" or block.kind == "alias") then
      emit_type(block)
    elseif block and not block.kind and line == "" then
      emit_description(block)
    end
    if section then
      emit("## " .. section)
      emit("")
    end
  end
end

-- one blank line at the end, not two
if out[#out] == "" then out[#out] = nil end
io.write(table.concat(out, "\n"), "\n")
