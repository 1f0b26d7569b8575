-- Starts and stops a real nginx for spec/nginx/nginx_spec.lua, and talks
-- HTTP to it with curl.  Each server lives in its own prefix directory under
-- one temporary directory, listens on a free loopback port, and runs as a
-- daemon whose pid file the harness (and `make test-nginx`, as a safety net)
-- uses to stop it.  Nothing under /etc/nginx or the system service is used.
local harness = {}

-- Debian's nginx binary (/usr/sbin may be missing from a non-root PATH) and
-- its dynamic modules (libnginx-mod-http-ndk, libnginx-mod-http-lua).
harness.NGINX = os.getenv("NGINX") or "/usr/sbin/nginx"
harness.NDK_MODULE = "/usr/lib/nginx/modules/ndk_http_module.so"
harness.LUA_MODULE = "/usr/lib/nginx/modules/ngx_http_lua_module.so"

local quote = require("spec.helpers").shell_quote

-- os.execute's status on 5.1/LuaJIT (a number) and on 5.2+ (true/nil).
local function run(command)
  local status = os.execute(command)
  return status == 0 or status == true
end

local function read_command(command)
  local pipe = assert(io.popen(command))
  local out = pipe:read("*a")
  pipe:close()
  return out
end

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local text = f:read("*a")
  f:close()
  return text
end

local function write_file(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

local function sleep(seconds)
  run(("sleep %.3f"):format(seconds))
end

-- Seconds since the epoch, to the nanosecond.
local function now()
  return tonumber((read_command("date +%s.%N"):gsub("%s+$", ""))) or os.time()
end

-- Whether the process runs; a zombie does not (the daemon's parent is
-- init, which may be slow to reap it, or, in a container, never).
local function running(pid)
  local stat = read_file(("/proc/%d/stat"):format(pid))
  return stat ~= nil and stat:match("^%d+ %b() (%a)") ~= "Z"
end

-- signal: a name, "HUP", "KILL"...
local function kill(pid, signal)
  return run(("kill -%s %d 2>/dev/null"):format(signal, pid))
end

-- Polls fn() every 20 ms for up to seconds: its first true value, or nil.
local function wait_for(seconds, fn)
  local deadline = now() + seconds
  repeat
    local value = fn()
    if value then return value end
    sleep(0.02)
  until now() > deadline
  return nil
end

-- Sends signal, and KILL if the process has not ended 5 s later.
local function stop_process(pid, signal)
  kill(pid, signal)
  if not wait_for(5, function() return not running(pid) end) then kill(pid, "KILL") end
end

harness.quote = quote
harness.run = run
harness.read_file = read_file
harness.write_file = write_file
harness.read_command = read_command
harness.sleep = sleep
harness.now = now
harness.running = running
harness.kill = kill
harness.wait_for = wait_for
harness.stop_process = stop_process

-- A figure of /proc/<pid>/status in KB, VmRSS unless field says otherwise
-- (RssAnon, RssFile...); nil once the process has gone.
function harness.memory_kb(pid, field)
  local status = read_file(("/proc/%d/status"):format(pid)) or ""
  return tonumber(status:match((field or "VmRSS") .. ":%s*(%d+)"))
end

-- A process's live children (an nginx master's workers), sorted.
function harness.children(pid)
  local pids = {}
  local children = read_file(("/proc/%d/task/%d/children"):format(pid, pid)) or ""
  for child in children:gmatch("%d+") do
    child = tonumber(child)
    if running(child) then pids[#pids + 1] = child end
  end
  table.sort(pids)
  return pids
end

-- The checkout's root, absolute: busted runs from it.
harness.root = read_command("pwd -P"):gsub("%s+$", "")

local is_root = read_command("id -u"):match("^0%s") ~= nil

local temp_dir
local function base_dir()
  if not temp_dir then
    -- make test-nginx makes this directory and removes it afterwards
    temp_dir = os.getenv("HS_NGINX_TMPDIR")
    if not temp_dir or temp_dir == "" then
      temp_dir = read_command("mktemp -d /tmp/httpstatus-nginx.XXXXXX"):gsub("%s+$", "")
    end
  end
  return temp_dir
end

-- A port in 20000..32767, different on every call and every run: below
-- Linux's ephemeral ports, which a closed client connection may still hold.
local port_seed = tonumber(tostring(read_command("od -An -N4 -tu4 /dev/urandom"):match("%d+")))
  or os.time()
local function next_port()
  port_seed = (port_seed * 1103515245 + 12345) % 2147483648
  return 20000 + port_seed % 12768
end

local Server = {}
Server.__index = Server

-- Starts nginx with the configuration make_conf(port) gives, in a fresh
-- prefix named name; files = { ["name in prefix"] = "path to copy" }.
-- Tries other ports while the one picked is taken.
function harness.start(name, make_conf, files)
  local prefix = base_dir() .. "/" .. name
  assert(run("rm -rf " .. quote(prefix) .. " && mkdir -p " .. quote(prefix .. "/logs")
    .. " " .. quote(prefix .. "/tmp")), "cannot make " .. prefix)
  for target, source in pairs(files or {}) do
    write_file(prefix .. "/" .. target, assert(read_file(source), "cannot read " .. source))
  end
  local globals = "daemon on;" .. (is_root and " user root;" or "")
  local log
  for _ = 1, 10 do
    local port = next_port()
    write_file(prefix .. "/nginx.conf", make_conf(port))
    write_file(prefix .. "/logs/error.log", "") -- only this attempt's lines
    local command = ("%s -p %s -c nginx.conf -g %s >%s 2>&1"):format(quote(harness.NGINX),
      quote(prefix .. "/"), quote(globals), quote(prefix .. "/start.log"))
    if run(command) then
      return setmetatable({ prefix = prefix, port = port, seen = {} }, Server)
    end
    log = (read_file(prefix .. "/start.log") or "") .. (read_file(prefix .. "/logs/error.log") or "")
    if not log:find("Address already in use", 1, true) then break end
  end
  error("nginx did not start in " .. prefix .. ":\n" .. tostring(log))
end

function Server:pid()
  return tonumber((read_file(self.prefix .. "/logs/nginx.pid") or ""):match("%d+"))
end

-- The live workers, each remembered for stop().
function Server:workers()
  local master = self:pid()
  local pids = master and harness.children(master) or {}
  for _, pid in ipairs(pids) do self.seen[pid] = true end
  return pids
end

-- Stops nginx (QUIT, then KILL), then kills, by pid, any worker still
-- running: one stuck in a loop outlives its master's KILL.  Returns the
-- pids of those; idempotent.
function Server:stop()
  if self.killed then return self.killed end
  local pid = self:pid()
  if pid then
    self:workers()
    stop_process(pid, "QUIT")
  end
  self.killed = {}
  for worker in pairs(self.seen) do
    if running(worker) then
      kill(worker, "KILL")
      self.killed[#self.killed + 1] = worker
    end
  end
  return self.killed
end

function Server:error_log()
  return read_file(self.prefix .. "/logs/error.log") or ""
end

function Server:access_log()
  return read_file(self.prefix .. "/logs/access.log") or ""
end

-- GET path -> { status = 404, headers = { ["x-status-class"] = ... }, body = "..." }
function Server:get(path)
  local url = ("http://127.0.0.1:%d%s"):format(self.port, path)
  local out = read_command(("curl -sS -i --noproxy '*' --max-time 10 %s 2>&1"):format(quote(url)))
  local head, body = out:match("^(HTTP/.-)\r\n\r\n(.*)$")
  if not head then error("no HTTP response from " .. url .. ": " .. out) end
  local response = { status = tonumber(head:match("^HTTP/[%d.]+ (%d%d%d)")), headers = {},
    body = body }
  for name, value in head:gmatch("\n([^:\r\n]+):[ \t]*([^\r\n]*)") do
    response.headers[name:lower()] = value
  end
  return response
end

-- The directory every server's prefix is in, removed by cleanup().
function harness.cleanup()
  if temp_dir and not os.getenv("HS_NGINX_TMPDIR") then
    run("rm -rf " .. quote(temp_dir))
  end
end

-- The main-level lines every configuration here needs: the Lua module,
-- workers (1 unless given), and every file nginx writes kept under the prefix.
function harness.main_conf(workers)
  return table.concat({
    "load_module " .. harness.NDK_MODULE .. ";",
    "load_module " .. harness.LUA_MODULE .. ";",
    ("worker_processes %d;"):format(workers or 1),
    "error_log logs/error.log info;",
    "pid logs/nginx.pid;",
    "events { worker_connections 64; }",
  }, "\n") .. "\n"
end

function harness.temp_paths()
  return [[
    client_body_temp_path tmp/client_body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
]]
end

-- Lines nginx writes when something went wrong: none is expected.
function harness.problems(log)
  local found = {}
  for line in log:gmatch("[^\n]+") do
    if line:find("%[error%]") or line:find("%[crit%]") or line:find("%[alert%]")
      or line:find("%[emerg%]") then
      found[#found + 1] = line
    end
  end
  return found
end

harness.BUILD_DIR = harness.root .. "/build/luajit"
harness.EXAMPLE = harness.root .. "/examples/openresty"

-- examples/openresty/nginx.conf as a user copies it: only its port and the
-- path to the module change, and each must be found exactly once.  edit,
-- if given, changes the text further (replace(old, new) is passed to it).
function harness.example_conf(port, edit)
  local text = assert(read_file(harness.EXAMPLE .. "/nginx.conf"))
  local function replace(old, new)
    local first, last = text:find(old, 1, true)
    assert(first and not text:find(old, last + 1, true),
      "examples/openresty/nginx.conf should hold exactly one " .. old)
    text = text:sub(1, first - 1) .. new .. text:sub(last + 1)
  end
  replace("listen 127.0.0.1:8080;", ("listen 127.0.0.1:%d;"):format(port))
  replace('lua_package_cpath "/usr/local/lib/lua/5.1/?.so;;";',
    ('lua_package_cpath "%s/?.so;;";'):format(harness.BUILD_DIR))
  if edit then edit(replace) end
  return text
end

return harness
