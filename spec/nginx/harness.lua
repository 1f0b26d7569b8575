-- A real nginx for spec/nginx/nginx_spec.lua and check/nginx.lua, talked to with curl: each a
-- daemon on a free loopback port, from its own prefix under HS_NGINX_TMPDIR (which
-- tools/with-nginx-tmpdir makes and removes, stopping any server left). /etc/nginx is never read.
local H = { quote = require("spec.helpers").shell_quote }
local quote = H.quote

-- Debian's nginx binary (/usr/sbin may be missing from a non-root PATH).
H.NGINX = os.getenv("NGINX") or "/usr/sbin/nginx"
H.WORKERS_WAIT = 10 -- seconds for a server's workers to come up (Server:wait_workers)

-- os.execute's status on 5.1/LuaJIT (a number) and on 5.2+ (true/nil).
function H.run(command)
  local status = os.execute(command)
  return status == 0 or status == true
end

local function read_all(f)
  local text = f:read("*a")
  f:close()
  return text
end

function H.read_command(command)
  return read_all(assert(io.popen(command)))
end

-- The file's text, or nil when it cannot be read.
function H.read_file(path)
  local f = io.open(path, "rb")
  return f and read_all(f)
end

function H.write_file(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

function H.sleep(seconds)
  H.run(("sleep %.3f"):format(seconds))
end

-- Seconds since the epoch, to the nanosecond.
function H.now()
  return tonumber(H.read_command("date +%s.%N"))
end

-- Whether the process runs; a zombie does not (the daemon's parent is
-- init, which may be slow to reap it, or, in a container, never).
function H.running(pid)
  local stat = H.read_file(("/proc/%d/stat"):format(pid))
  return stat ~= nil and stat:match("^%d+ %b() (%a)") ~= "Z"
end

-- The process's VmRSS in KB, nil once it has gone.
function H.rss_kb(pid)
  return tonumber((H.read_file(("/proc/%d/status"):format(pid)) or ""):match("VmRSS:%s*(%d+)"))
end

function H.kill(pid, signal)
  return H.run(("kill -%s %d 2>/dev/null"):format(signal, pid))
end

-- Polls fn() every 20 ms for up to seconds: its first true value, or nil.
function H.wait_for(seconds, fn)
  local deadline = H.now() + seconds
  repeat
    local value = fn()
    if value then return value end
    H.sleep(0.02)
  until H.now() > deadline
  return nil
end

-- Sends signal, and KILL if the process has not ended 5 s later.
function H.stop_process(pid, signal)
  H.kill(pid, signal)
  if not H.wait_for(5, function() return not H.running(pid) end) then H.kill(pid, "KILL") end
end

-- The checkout's root, absolute: busted and the checks run from it.
H.root = H.read_command("pwd -P"):gsub("%s+$", "")
H.EXAMPLE = H.root .. "/examples/openresty"

local is_root = H.read_command("id -u"):match("^0%s") ~= nil
local base_dir = assert(os.getenv("HS_NGINX_TMPDIR"), "run me under tools/with-nginx-tmpdir")

-- A port in 20000..32767, different on every call and every run: below
-- Linux's ephemeral ports, which a closed client connection may still hold.
local port_seed = tonumber(H.read_command("od -An -N4 -tu4 /dev/urandom"):match("%d+"))
local function next_port()
  port_seed = (port_seed * 1103515245 + 12345) % 2147483648
  return 20000 + port_seed % 12768
end

-- spec/nginx/cases.lua's handlers: /cases/status/301 calls status("301"), /cases/run run("").
local CASES_LOCATION = [=[default_type text/plain;
        location ~ ^/cases/(\w+)/?(.*)$ {
            content_by_lua_block { require("cases")[ngx.var[1]](ngx.var[2]) }
        }]=]

-- examples/openresty/nginx.conf as a user copies it, with its port and the module's path
-- changed; with cases (see H.start) its workers, init_by_lua, http {} and /cases/ too.
local function example_conf(port, cases)
  local text = assert(H.read_file(H.EXAMPLE .. "/nginx.conf"))
  local edits = { -- old text = new text; each old found exactly once
    ["listen 127.0.0.1:8080;"] = ("listen 127.0.0.1:%d;"):format(port),
    ['"/usr/local/lib/lua/5.1/?.so;;"'] = ('"%s/build/luajit/?.so;;"'):format(H.root),
  }
  if cases then
    edits["worker_processes 1;"] = ("worker_processes %d;"):format(cases.workers or 1)
    edits['"$prefix/?.lua;;";'] = ('"$prefix/?.lua;%s/spec/nginx/?.lua;%s/?.lua;;"; %s')
      :format(H.root, H.root, cases.http or "")
    edits['require("status_pages")\n'] = cases.init and cases.init .. "\n"
    edits["default_type text/plain;"] = CASES_LOCATION
  end
  for old, new in pairs(edits) do
    local first, last = text:find(old, 1, true)
    assert(first and not text:find(old, last + 1, true),
      "examples/openresty/nginx.conf should hold exactly one " .. old)
    text = text:sub(1, first - 1) .. new .. text:sub(last + 1)
  end
  return text
end

local Server = {}
Server.__index = Server

-- Starts nginx with example_conf in a fresh prefix named name, beside copies of the example's
-- handlers and README.md (a file it serves), trying other ports while the one picked is taken,
-- and waits for its workers. cases: nil for the example alone, or, to serve /cases/ too,
-- { workers = 1 unless given, init = what init_by_lua runs instead of the example's require,
-- http = more lines for http {} }.
function H.start(name, cases)
  local prefix = base_dir .. "/" .. name
  local p, example = quote(prefix), quote(H.EXAMPLE)
  assert(H.run(("rm -rf %s && mkdir -p %s/logs %s/tmp && cp %s/status_pages.lua %s/README.md %s")
    :format(p, p, p, example, example, p)), "cannot make " .. prefix)
  local globals = "daemon on;" .. (is_root and " user root;" or "")
  local log
  for _ = 1, 10 do
    local server = setmetatable({ prefix = prefix, port = next_port(), seen = {},
      count = cases and cases.workers or 1 }, Server)
    H.write_file(prefix .. "/nginx.conf", example_conf(server.port, cases))
    H.write_file(prefix .. "/logs/error.log", "") -- only this attempt's lines
    local command = ("%s -p %s -c nginx.conf -g %s >%s 2>&1"):format(quote(H.NGINX),
      quote(prefix .. "/"), quote(globals), quote(prefix .. "/start.log"))
    if H.run(command) then
      assert(server:wait_workers({}), "nginx's workers did not come up in " .. prefix)
      return server
    end
    log = server:file("start.log") .. server:file("logs/error.log")
    if not log:find("Address already in use", 1, true) then break end
  end
  error("nginx did not start in " .. prefix .. ":\n" .. tostring(log))
end

function Server:pid()
  return tonumber(self:file("logs/nginx.pid"):match("%d+"))
end

-- The live workers, sorted, each remembered for stop().
function Server:workers()
  local master = self:pid()
  local pids = {}
  local children = master and H.read_file(("/proc/%d/task/%d/children"):format(master, master))
  for digits in (children or ""):gmatch("%d+") do
    local child = tonumber(digits)
    if H.running(child) then
      pids[#pids + 1] = child
      self.seen[child] = true
    end
  end
  table.sort(pids)
  return pids
end

-- The workers once as many as started run and none of them is in old; nil after WORKERS_WAIT.
function Server:wait_workers(old)
  local was = {}
  for _, pid in ipairs(old) do was[pid] = true end
  return H.wait_for(H.WORKERS_WAIT, function()
    local pids = self:workers()
    for _, pid in ipairs(pids) do
      if was[pid] then return nil end
    end
    return #pids == self.count and pids or nil
  end)
end

-- Stops nginx (QUIT, then KILL), then kills, by pid, any worker still running: one stuck in a loop
-- outlives its master's KILL.  Returns the pids of those; idempotent.
function Server:stop()
  if self.killed then return self.killed end
  local pid = self:pid()
  if pid then
    self:workers()
    H.stop_process(pid, "QUIT")
  end
  self.killed = {}
  for worker in pairs(self.seen) do
    if H.running(worker) and H.kill(worker, "KILL") then table.insert(self.killed, worker) end
  end
  return self.killed
end

-- A file of the prefix, "" when there is none: "logs/error.log", "logs/access.log",
-- "start.log" (what nginx printed as it started).
function Server:file(name)
  return H.read_file(self.prefix .. "/" .. name) or ""
end

-- The lines of the start-up output and the error log that say something went wrong, but for
-- nginx's retries of bind() on a port busy for a moment: nginx did start.
local PROBLEMS = { error = true, crit = true, alert = true, emerg = true }
function Server:problems()
  local found = {}
  local retry = ("bind() to 127.0.0.1:%d failed (98"):format(self.port)
  for line in (self:file("start.log") .. self:file("logs/error.log")):gmatch("[^\n]+") do
    if PROBLEMS[line:match("%[(%a+)%]")] and not line:find(retry, 1, true) then
      found[#found + 1] = line
    end
  end
  return found
end

-- GET path, or POST body to it -> { status = 404, headers = { ["x-status-class"] = ... },
-- body = "..." }
function Server:request(path, body)
  local url = ("http://127.0.0.1:%d%s"):format(self.port, path)
  local out = H.read_command(("curl -sS -i --noproxy '*' --max-time 10 %s %s 2>&1"):format(
    body and "--data-binary " .. quote(body) or "", quote(url)))
  local head, text = out:match("^(HTTP/.-)\r\n\r\n(.*)$")
  if not head then error("no HTTP response from " .. url .. ": " .. out) end
  local response = { status = tonumber(head:match("^HTTP/[%d.]+ (%d%d%d)")), headers = {},
    body = text }
  for name, value in head:gmatch("\n([^:\r\n]+):[ \t]*([^\r\n]*)") do
    response.headers[name:lower()] = value
  end
  return response
end

return H
