-- Small helpers shared by the specs.
local helpers = {}

-- The message of the error f(...) raises, or nil when it raises none.
function helpers.error_of(f, ...)
  local ok, err = pcall(f, ...)
  return not ok and tostring(err) or nil
end

-- ---- running a process: the command line tool, the generators ----

function helpers.shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- The Lua running this suite: the lowest negative index of arg is the
-- interpreter, whether busted runs as `lua5.3 busted` or through a luarocks
-- wrapper (`lua5.4 -e '...' busted`); /proc tells it otherwise.
local function interpreter()
  local i = -1
  while arg and arg[i - 1] ~= nil do i = i - 1 end
  if arg and arg[i] then return arg[i] end
  local p = assert(io.popen("readlink /proc/$PPID/exe"))
  local exe = p:read("*l")
  p:close()
  return assert(exe, "cannot tell which Lua runs the suite")
end

-- `<this Lua>`, and `<this Lua> -e '<this package.path and cpath>'`, to run a Lua script with.
helpers.INTERPRETER = helpers.shell_quote(interpreter())
helpers.LUA = helpers.INTERPRETER .. " -e " .. helpers.shell_quote(
  ("package.path = %q; package.cpath = %q"):format(package.path, package.cpath))

function helpers.read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- Runs command with args and stdin (none when nil); gives its stdout, stderr and exit status.
-- The status comes from the shell, as Lua 5.1/LuaJIT and 5.2+ report it apart.
function helpers.run(command, args, stdin)
  local quoted = {}
  for i, a in ipairs(args) do quoted[i] = helpers.shell_quote(a) end
  local input, out, err = os.tmpname(), os.tmpname(), os.tmpname()
  local f = assert(io.open(input, "wb"))
  f:write(stdin or "")
  f:close()
  local p = assert(io.popen(("%s %s <%s >%s 2>%s; echo \"exit:$?\""):format(command,
    table.concat(quoted, " "), helpers.shell_quote(input), helpers.shell_quote(out),
    helpers.shell_quote(err))))
  local status = p:read("*a")
  p:close()
  local result = {
    stdout = helpers.read_file(out),
    stderr = helpers.read_file(err),
    status = tonumber(status:match("exit:(%d+)")),
  }
  for _, path in ipairs({ input, out, err }) do os.remove(path) end
  return result
end

-- ---- checking an answer against spec/expected.lua ----

local expected = require("spec.expected")

-- Whether v is a number that prints as an integer (of integer subtype on 5.3 and later).
function helpers.is_integer(v)
  return type(v) == "number" and v % 1 == 0 and ("%d"):format(v) == tostring(v)
end

-- The keys of t, sorted; only those whose value keep(value) holds for, when given keep.
function helpers.keys(t, keep)
  local keys = {}
  for k, v in pairs(t) do
    if not keep or keep(v) then keys[#keys + 1] = k end
  end
  table.sort(keys)
  return keys
end

-- A list of notes or of requires entries as text: every field, every number's subtype.
function helpers.listed(list)
  if type(list) ~= "table" then return tostring(list) end
  local text = { #list .. " of " .. #helpers.keys(list) }
  for _, item in ipairs(list) do
    for _, k in ipairs(helpers.keys(item)) do
      text[#text + 1] = k .. "=" .. tostring(item[k]) .. tostring(math.type and math.type(item[k]))
    end
  end
  return table.concat(text, "|")
end

-- nil when record is what info gives for row (nil for no row), else what differs.
function helpers.info_mismatch(record, row)
  if row == nil or type(record) ~= "table" then
    return record ~= row and ("info gave %s"):format(tostring(record)) or nil
  end
  for _, key in ipairs({ "code", "phrase", "name", "class", "reference", "official", "source" }) do
    if record[key] ~= row[key] then
      return ("info.%s is %s, not %s"):format(key, tostring(record[key]), tostring(row[key]))
    end
  end
  if not helpers.is_integer(record.code) then return "info.code is not an integer" end
  local requires = helpers.listed(record.requires)
  if requires ~= helpers.listed(row.requires) then return "info.requires is " .. requires end
  for _, key in ipairs({ "description", "example" }) do
    if type(record[key]) ~= "string" or record[key] == "" then return "info." .. key end
  end
  local aliases = record.aliases
  if type(aliases) ~= "table" then return "info.aliases is not a table" end
  -- each alias in order, and no other entry
  local got = table.concat(aliases, "|") .. " (" .. #helpers.keys(aliases) .. " entries)"
  local want = table.concat(row.aliases, "|") .. " (" .. #row.aliases .. " entries)"
  return got ~= want and "info.aliases is " .. got or nil
end

-- nil when the iterator walks exactly the rows' code, phrase pairs in order, else what is wrong.
function helpers.walk_mismatch(rows, iter, state, control)
  local count = 0
  for code, phrase in iter, state, control do
    count = count + 1
    local row = rows[count]
    if not (row and code == row.code and helpers.is_integer(code) and phrase == row.phrase) then
      return ("pair %d is %s, %s"):format(count, tostring(code), tostring(phrase))
    end
  end
  return count ~= #rows and ("%d pairs, not %d"):format(count, #rows) or nil
end

-- pcall's results with the number of values after the first: ok, n, ...
function helpers.pack(ok, ...)
  return ok, select("#", ...), ...
end

-- nil when hs[fname](v, {}) gives exactly what spec/expected.lua says (one value, or the
-- documented error), else what it gave; as, when given, is the integer v must read as, or the
-- reason for the error it must raise, instead of what the running Lua's tonumber makes of v.
function helpers.misanswer(hs, fname, v, as)
  local n, reason = expected.integer_of(v)
  if as ~= nil then
    n, reason = type(as) == "number" and as or nil, as
  end
  local ok, count, got = helpers.pack(pcall(hs[fname], v, {}))
  if n == nil then
    local want = ("bad argument #1 to '%s' (%s)"):format(fname, reason)
    return (ok or got ~= want) and ("gave %s, not the error %q"):format(tostring(got), want) or nil
  end
  if not ok then return "raised " .. tostring(got) end
  if count ~= 1 then return ("gave %d values"):format(count) end
  local want = expected.answer(fname, n)
  if fname == "info" then return helpers.info_mismatch(got, want) end
  if fname == "check" then got, want = helpers.listed(got), helpers.listed(want) end
  return got ~= want and ("gave %s, not %s"):format(tostring(got), tostring(want)) or nil
end

return helpers
