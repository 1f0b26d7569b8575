-- Turns the LuaLS definition files into docs/API.md, so that their doc comments are the one
-- source of the editor's hovers and of the reference, and with --teal into the same types as
-- Teal declarations, library/httpstatus.d.tl. `make api-docs` runs it for both, the module on
-- the cpath (spec/docs_spec.lua fails when either file is stale).
-- It reads the LuaCATS the definition file uses: `---` blocks with @class, @field, @alias
-- (with `---|` values), @param, @return and @nodiscard, each ending at `function
-- httpstatus.NAME(...)`, `local httpstatus = {}` or any other line; `--# Title` starts a
-- section; a block with no tag before a blank line is prose; `-- <rules` is hs.check's table.
local hs = require("httpstatus")
local teal = arg[1] == "--teal"
if teal then table.remove(arg, 1) end
assert(arg[1], "usage: lua tools/gen-api.lua [--teal] library/httpstatus.lua library/codes.lua")

local out = {}
local function emit(...)
  for _, line in ipairs({ ... }) do out[#out + 1] = line end
end

-- A type or value inside a Markdown table cell: '|' would end the cell.
local function cell(text)
  return (text:gsub("|", "\\|"))
end

local function parse_block(lines)
  local block = { description = {}, field = {}, param = {}, ["return"] = {}, values = {} }
  for _, line in ipairs(lines) do
    local tag, rest = line:match("^@(%a+)%s*(.*)$")
    if tag == "class" or tag == "alias" then
      block.kind, block.name, block.type = tag, rest:match("^(%S+)%s*(.*)$")
    elseif tag == "field" or tag == "param" then
      local name, type_, desc = rest:match("^(%S+)%s+(%S+)%s*(.*)$")
      table.insert(block[tag], { name = name, type = type_, desc = desc })
    elseif tag == "return" then
      local type_, name, desc = rest:match("^(%S+)%s*(%S*)%s*(.*)$")
      table.insert(block[tag], { type = type_, name = name ~= "" and name or nil, desc = desc })
    elseif tag then
      assert(tag == "meta" or tag == "nodiscard", "unknown tag @" .. tag)
      block.kind = block.kind or tag
    elseif line:match("^|") and block.kind == "alias" then
      local value, desc = line:match("^|%s*(%S+)%s*#?%s*(.*)$")
      table.insert(block.values, ("| `%s` | %s |"):format(value, cell(desc)))
    else
      table.insert(block.description, line)
    end
  end
  return block
end

-- Doc lines are "---text": the space after the dashes is part of the text.
local function emit_description(block)
  local text = table.concat(block.description, "\n"):gsub("^%s+", ""):gsub("%s+$", "")
  if text == "" then return end
  for line in (text .. "\n"):gmatch("(.-)\n") do emit((line:gsub("^ ", ""))) end
  emit("")
end

local function emit_fields(fields)
  emit("| field | type | description |", "| --- | --- | --- |")
  for _, f in ipairs(fields) do
    emit(("| `%s` | `%s` | %s |"):format(f.name, cell(f.type), cell(f.desc)))
  end
  emit("")
end

local function emit_type(block)
  emit(("### `%s`"):format(block.name), "")
  emit_description(block)
  if #block.values > 0 then
    emit("| value | meaning |", "| --- | --- |", table.concat(block.values, "\n"), "")
  elseif block.kind == "alias" then
    emit(("Type: `%s`"):format(block.type), "")
  end
  if #block.field > 0 then emit_fields(block.field) end
end

local function emit_function(name, block)
  local shown, params = {}, {}
  for i, p in ipairs(block.param) do
    local optional = p.name:match("^(.-)%?$")
    shown[i] = optional and ("[" .. optional .. "]") or p.name
    params[i] = ("- `%s` (`%s`%s): %s"):format(optional or p.name, p.type,
      optional and ", optional" or "", p.desc)
  end
  emit(("### `hs.%s(%s)`"):format(name, table.concat(shown, ", ")), "")
  emit_description(block)
  if #params > 0 then emit("Parameters:", "", table.concat(params, "\n"), "") end
  emit("Returns:", "")
  for _, r in ipairs(block["return"]) do
    local named = r.name and ("- `%s` (`%s`): %s"):format(r.name, r.type, r.desc)
    emit(named or ("- `%s`"):format(r.type))
  end
  emit("")
end

-- The table of rules, as hs.check reports them: every code and an invalid one, tried with no
-- fields; with fields that break each rule that reads them, with content and as the answer to
-- a CONNECT; and with Expires alone (where Cache-Control also invites caching, the note names
-- Cache-Control).
local BREAKING = {
  ["Content-Length"] = "1", ["Transfer-Encoding"] = "chunked", ["Content-Range"] = "bytes 0-1/2",
  ["Content-Type"] = "multipart/byteranges; boundary=x", ["Cache-Control"] = "max-age=60",
  Expires = "0",
}
local PROBES = {
  { {} }, { BREAKING, { content = true } }, { BREAKING, { method = "CONNECT" } },
  { { Expires = "0" } },
}

-- One row for each level, field, reference and message (without its code), in the order the
-- notes come, with the codes it was given for and whether each of them lists the field in
-- hs.info(code).requires.
local function rule_rows()
  local rows, row_of = {}, {}
  for code = 100, 600 do
    local words = (hs.status_line(code) or tostring(code)):gsub(" $", "")
    local requires = {} -- "field|reference" of each entry
    for _, r in ipairs(hs.info(code) and hs.info(code).requires or {}) do
      requires[r.field .. "|" .. r.reference] = true
    end
    for _, probe in ipairs(PROBES) do
      for _, note in ipairs(hs.check(code, probe[1], probe[2]) or {}) do
        local says = note.message:sub(#words + 2)
        local key = table.concat({ note.level, note.field or "", note.reference, says }, "|")
        local row = row_of[key]
        if not row then
          row = { says = says, note = note, codes = {} }
          row_of[key] = row
          rows[#rows + 1] = row
        end
        if row.codes[#row.codes] ~= code then row.codes[#row.codes + 1] = code end
        local listed = requires[(note.field or "") .. "|" .. note.reference] or false
        row.required = row.required ~= false and listed
      end
    end
  end
  return rows
end

-- Ascending codes as runs: "1xx, 204", "200-203, 205-299", "outside 100..599".
local function runs(codes)
  local parts, first = {}, 1
  for i, code in ipairs(codes) do
    if codes[i + 1] ~= code + 1 then
      local from = codes[first]
      if code > 599 then
        parts[#parts + 1] = "outside 100..599"
      elseif from == code then
        parts[#parts + 1] = tostring(code)
      elseif from % 100 == 0 and code == from + 99 then
        parts[#parts + 1] = math.floor(from / 100) .. "xx"
      else
        parts[#parts + 1] = from .. "-" .. code
      end
      first = i + 1
    end
  end
  return table.concat(parts, ", ")
end

local function emit_rules()
  emit("| status | a note when the response comes | level | reference | `requires` |",
    "| --- | --- | --- | --- | --- |")
  for _, row in ipairs(rule_rows()) do
    emit(("| %s | %s | %s | %s | %s |"):format(runs(row.codes), cell(row.says), row.note.level,
      row.note.reference, row.required and "yes" or ""))
  end
  emit("")
end

-- ---- --teal: the types as a Teal declaration file ----

local tl_type

-- The params and returns of a block (parse_block) as a function type; two returns or more in
-- parentheses, or those of a function type among them would take the rest.
local function tl_function(block)
  local list, rets = {}, {}
  for i, p in ipairs(block.param) do list[i] = p.name .. ": " .. tl_type(p.type) end
  for i, r in ipairs(block["return"]) do rets[i] = tl_type(r.type) end
  local shown = #rets > 1 and ("(" .. table.concat(rets, ", ") .. ")") or rets[1]
  return "function(" .. table.concat(list, ", ") .. ")" .. (shown and (": " .. shown) or "")
end

-- LuaLS types and their Teal form, the first that matches: a function type, a map, a union
-- (integer is a number in Teal), a list, the module's own types (httpstatus.status_info is
-- StatusInfo, inside the module's record), a code, a type Teal shares.
local TEAL = {
  { "^fun%((.-)%):?(.*)$", function(args, rets)
    local tags = {}
    for param in args:gmatch("[^,]+") do tags[#tags + 1] = "@param " .. param:gsub(":", " ", 1) end
    for r in rets:gmatch("[^,]+") do tags[#tags + 1] = "@return " .. r end
    return tl_function(parse_block(tags))
  end },
  { "^table<(.-),(.+)>$", function(key, value)
    return "{" .. tl_type(key) .. ": " .. tl_type(value) .. "}"
  end },
  { "^.*|.*$", function(union)
    return (union:gsub("[^|]+", tl_type):gsub("|", " | "):gsub("integer | number", "number"))
  end },
  { "^(.+)%[%]$", function(element) return "{" .. tl_type(element) .. "}" end },
  { "^httpstatus%.(.+)$", function(name)
    return (name:gsub("%f[%w]%l", string.upper):gsub("_", ""))
  end },
  { "^%d+$", function() return "integer" end },
  { "^%a+$", function(name) return name end },
}

-- A LuaLS type in Teal, where any type admits nil: T? is T.
tl_type = function(t)
  t = t:match("^%s*(.-)%??%s*$")
  for _, rule in ipairs(TEAL) do
    if t:match(rule[1]) then return rule[2](t:match(rule[1])) end
  end
  error("no Teal type for " .. t)
end

local texts = {} -- each file whole, closed as the script ends
for i, path in ipairs(arg) do texts[i] = assert(io.open(path, "rb")):read("*a") end
local text = table.concat(texts, "\n") .. "\n" -- a last line ends the last block
emit("# httpstatus API reference", "",
  "<!-- Generated from library/ by tools/gen-api.lua (`make api-docs`).",
  "     Do not edit: change the doc comments there and regenerate. -->", "")

local pending, types, module, functions = {}, {}, nil, {}
for line in text:gmatch("([^\n]*)\n") do
  local doc = line:match("^%-%-%-(.*)$")
  if doc then
    pending[#pending + 1] = doc
  else
    local block = #pending > 0 and parse_block(pending) or nil
    pending = {}
    local fname = line:match("^function httpstatus%.([%w_]+)%(")
    if fname then
      emit_function(fname, assert(block, fname .. " has no doc comment"))
      functions[#functions + 1] = { name = fname, block = block }
    elseif line:match("^local httpstatus = {}") then
      module = assert(block, "the module table has no doc comment")
      emit_description(module)
      emit("Fields of the module table (`local hs = require(\"httpstatus\")`):", "")
      emit_fields(block.field)
    elseif block and (block.kind == "class" or block.kind == "alias") then
      emit_type(block)
      types[#types + 1] = block
    elseif block and not block.kind and (line == "" or line:match("^%-%- <rules")) then
      emit_description(block)
    end
    local section = line:match("^%-%-# (.+)$")
    if section then emit("## " .. section, "") end
    if line:match("^%-%- <rules") then emit_rules() end
  end
end

-- With --teal, the module's record replaces the reference: each type (an alias with values an
-- enum, a class with an [integer] field an array record), the module's fields, each function.
if teal then
  out = {}
  emit("-- Generated by tools/gen-api.lua --teal from library/ (`make api-docs`): do not edit.",
    "-- The Teal declarations of httpstatus: tl finds them next to the module on package.path.",
    "", "local record httpstatus")
  for _, block in ipairs(types) do
    local name = tl_type(block.name)
    if block.kind == "alias" and #block.values == 0 then
      emit(("   type %s = %s"):format(name, tl_type(block.type)))
    else
      local array = (block.field[1] or {}).name == "[integer]" and table.remove(block.field, 1)
      emit(("   %s %s%s"):format(#block.values > 0 and "enum" or "record", name,
        array and (" is {" .. tl_type(array.type) .. "}") or ""))
      for _, row in ipairs(block.values) do emit("      " .. row:match("`(.-)`")) end
      for _, f in ipairs(block.field) do
        emit(("      %s: %s"):format(f.name:gsub("%?$", ""), tl_type(f.type)))
      end
      emit("   end")
    end
  end
  emit("")
  for _, f in ipairs(module.field) do emit(("   %s: %s"):format(f.name, tl_type(f.type))) end
  emit("")
  for _, fn in ipairs(functions) do emit(("   %s: %s"):format(fn.name, tl_function(fn.block))) end
  emit("end", "", "return httpstatus")
end
-- one blank line at the end, not two
if out[#out] == "" then out[#out] = nil end
io.write(table.concat(out, "\n"), "\n")
