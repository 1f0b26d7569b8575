-- Small helpers shared by the specs.
local helpers = {}

-- The message of the error f(...) raises, or nil when it raises none.
function helpers.error_of(f, ...)
  local ok, err = pcall(f, ...)
  if ok then return nil end
  return tostring(err)
end

-- Lua 5.1 and LuaJIT have no __pairs: pairs() on a userdata is an error there.
helpers.has_pairs_metamethod = _VERSION ~= "Lua 5.1"

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

-- `<this Lua> -e '<this package.path and cpath>'`, to run a Lua script with.
helpers.LUA = helpers.shell_quote(interpreter()) .. " -e " .. helpers.shell_quote(
  ("package.path = %q; package.cpath = %q"):format(package.path, package.cpath))

function helpers.read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- Runs command with args; gives its stdout, stderr and exit status. The
-- status comes from the shell, as Lua 5.1/LuaJIT and 5.2+ report it apart.
function helpers.run(command, args)
  local quoted = {}
  for i, a in ipairs(args) do quoted[i] = helpers.shell_quote(a) end
  local out, err = os.tmpname(), os.tmpname()
  local p = assert(io.popen(("%s %s >%s 2>%s </dev/null; echo \"exit:$?\""):format(
    command, table.concat(quoted, " "), helpers.shell_quote(out), helpers.shell_quote(err))))
  local status = p:read("*a")
  p:close()
  local result = {
    stdout = helpers.read_file(out),
    stderr = helpers.read_file(err),
    status = tonumber(status:match("exit:(%d+)")),
  }
  os.remove(out)
  os.remove(err)
  return result
end

return helpers
