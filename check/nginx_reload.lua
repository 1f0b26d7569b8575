-- httpstatus in nginx across graceful reloads and with lua_code_cache off;
-- every nginx started by spec/nginx/harness.lua.
--
-- Part 1: two workers answer /status/<code> through the module, which
-- init_by_lua loads in the master too, again on every reload.  Under wrk, the
-- master gets SIGHUP 1 + 20 times, each once the new workers have replaced
-- the old; then the same with a plain Lua table for the module.  Checked:
-- reloads, traffic, socket errors, statuses, bodies, error log, and that the
-- master's VmRSS grew by at most GROWTH_SLACK_KB more with the module.
--
-- Part 2: lua_code_cache off, a fresh Lua VM and require for every request.
-- 2 x 1,000 requests over keep-alive curl: answers, one worker throughout,
-- its RSS flat, nothing logged but ngx_lua's alert about the setting.
--
-- Ends with `nginx-reload: P passed, F failed, 0 skipped` (tools/results),
-- exit 1 on a failure.  make check-reload runs, from the checkout's root,
--   tools/with-nginx-tmpdir luajit check/nginx_reload.lua
local harness = require("spec.nginx.harness")

local RELOADS, WORKERS = 20, 2
-- How much more the master's VmRSS may grow over the reloads with the module
-- than without.
local GROWTH_SLACK_KB = 64
local RELOAD_WAIT = 10 -- seconds for each reload's new workers
local WRK_SECONDS = 30 -- wrk's own bound; it is stopped after the last reload
local WRK_CONNECTIONS = 2
local WRK_DELAY_MS = 5
local BATCH = 1000
-- How much the worker's RSS may grow from one batch to the next with
-- lua_code_cache off: what the allocators keep mapped moves by about one Lua
-- VM (some 480 KB was seen), while a leak of 1 KB a request adds 1 MB a batch.
local RSS_FLAT_SLACK_KB = 512
-- Seconds before reading the RSS: the last request's VM closes after its response.
local RSS_SETTLE = 0.2

-- Each answer's body, with the module or without.
local BODIES = {
  [200] = "200 OK successful\n",
  [201] = "201 Created successful\n",
  [404] = "404 Not Found client_error\n",
  [418] = "418 I'm a teapot client_error\n",
  [429] = "429 Too Many Requests client_error\n",
  [503] = "503 Service Unavailable server_error\n",
}
-- The paths asked for, and their statuses: 999 is none, so 404.
local PATHS = {}
for i, code in ipairs({ 200, 201, 404, 418, 429, 503, 999 }) do
  PATHS[i] = { "/status/" .. code, BODIES[code] and code or 404 }
end

local quote, read_file, read_command = harness.quote, harness.read_file, harness.read_command
local running, memory_kb = harness.running, harness.memory_kb
local sleep, now = harness.sleep, harness.now

-- VmRSS, RssAnon and RssFile of a process, and the three as text.
local function memory(pid)
  local m = { VmRSS = memory_kb(pid), RssAnon = memory_kb(pid, "RssAnon"),
    RssFile = memory_kb(pid, "RssFile") }
  m.text = ("%s (%s + %s)"):format(tostring(m.VmRSS), tostring(m.RssAnon), tostring(m.RssFile))
  return m
end

local function mapped(pid)
  local maps = read_file(("/proc/%d/maps"):format(pid)) or ""
  return maps:find("httpstatus.so", 1, true) and "yes" or "no"
end

local passed, failed = 0, 0

local function check(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  print(ok and ("nginx-reload: ok   " .. name)
    or ("nginx-reload: FAIL %s%s"):format(name, detail and (": " .. detail) or ""))
end

-- harness.problems, but for nginx's retries of bind() at start-up on a port
-- busy for a moment (nginx did start): printed, not counted.
local function problems(server, log)
  local found, retries = {}, 0
  local busy = ("bind() to 127.0.0.1:%d failed (98: Address already in use)"):format(server.port)
  for _, line in ipairs(harness.problems(log)) do
    if line:find(busy, 1, true) then retries = retries + 1 else found[#found + 1] = line end
  end
  if retries > 0 then
    print(("nginx-reload: note: %d lines of nginx retrying bind() on port %d at start-up"
      .. " (the port was busy a moment), not counted"):format(retries, server.port))
  end
  return found
end

-- Runs fn(server, label), then stops the server; an error is one failed
-- check, and so is a worker that had to be killed.
local function with_server(label, name, make_conf, fn)
  local server
  local ok, err = pcall(function()
    server = harness.start(name, make_conf)
    fn(server, label)
  end)
  if server then
    local killed = server:stop()
    check(label .. ": nginx stopped, workers and all", #killed == 0,
      "killed stuck workers " .. table.concat(killed, " "))
  end
  if not ok then check(label .. ": ran to the end", false, tostring(err)) end
end

-- A plain Lua stand-in for what the handler uses of httpstatus.
local PLAIN_STATUS = [[
    init_by_lua_block {
        local reasons = { [200] = "OK", [201] = "Created", [404] = "Not Found",
            [418] = "I'm a teapot", [429] = "Too Many Requests",
            [503] = "Service Unavailable" }
        local classes = { "informational", "successful", "redirection",
            "client_error", "server_error" }
        package.loaded.plain_status = {
            codes = { NOT_FOUND = 404 },
            lookup = function(code) return reasons[code] end,
            class = function(code) return classes[math.floor(code / 100)] end,
        }
    }]]

-- /status/<code> answers "404 Not Found client_error" through module
-- (httpstatus or plain_status), anything else is a 404; http: more lines.
local function conf(workers, module, http)
  return function(port)
    return harness.main_conf(workers) .. ([[
http {
%s
    lua_package_cpath "%s/?.so;;";
%s
    access_log off;
    server {
        listen 127.0.0.1:%d;
        default_type text/plain;
        location ~ ^/status/(\d+)$ {
            content_by_lua_block {
                local S = require("%s")
                local code = tonumber(ngx.var[1])
                if not S.lookup(code) then code = S.codes.NOT_FOUND end
                ngx.status = code
                ngx.say(code, " ", S.lookup(code), " ", S.class(code))
            }
        }
        location / { return 404; }
    }
}
]]):format(harness.temp_paths(), harness.BUILD_DIR, http, port, module)
  end
end

-- wrk, one thread.  Every request on a new connection: a reload closes the
-- old workers' keep-alive connections, and a request sent on one just then
-- fails in any client.  Paced, since each closed connection holds its
-- ephemeral port in TIME_WAIT for 60 s: unpaced, wrk took most of the range,
-- and the ports the harness picks were often busy.  done() prints one line
-- of key=value figures.
local function wrk_script()
  local paths, bodies = {}, {}
  for i, p in ipairs(PATHS) do paths[i] = ("{ %q, %d }"):format(p[1], p[2]) end
  for status, body in pairs(BODIES) do bodies[#bodies + 1] = ("[%d] = %q"):format(status, body) end
  return ([[
local PATHS, BODIES = { %s }, { %s }
local threads, n = {}, 0
counts = { bad_body = 0 }
local function count(key) counts[key] = (counts[key] or 0) + 1 end
function setup(thread) threads[#threads + 1] = thread end
function delay() return %d end
function request()
  n = n %% #PATHS + 1
  count("asked_" .. PATHS[n][2])
  return wrk.format("GET", PATHS[n][1], { Connection = "close" })
end
function response(status, headers, body)
  count("answered_" .. status)
  if body ~= BODIES[status] then count("bad_body") end
end
function done(summary)
  local e, total = summary.errors, {}
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("counts")) do total[key] = (total[key] or 0) + value end
  end
  io.write("reload-wrk: requests=", summary.requests, " duration_us=", summary.duration,
    " connect_errors=", e.connect, " read_errors=", e.read, " write_errors=", e.write,
    " timeouts=", e.timeout)
  for key, value in pairs(total) do io.write(" ", key, "=", value) end
  io.write("\n")
end
]]):format(table.concat(paths, ", "), table.concat(bodies, ", "), WRK_DELAY_MS)
end

-- Starts wrk in the background; returns its pid.
local function start_wrk(server)
  local script = server.prefix .. "/reload_wrk.lua"
  harness.write_file(script, wrk_script())
  local pid = read_command(("wrk -t1 -c%d -d%ds --timeout 5s -s %s http://127.0.0.1:%d/ >%s 2>&1 & echo $!")
    :format(WRK_CONNECTIONS, WRK_SECONDS, quote(script), server.port,
      quote(server.prefix .. "/wrk.out"))):match("%d+")
  return assert(tonumber(pid), "wrk did not start")
end

-- Stops wrk (SIGINT: it prints its figures); returns the figures.
local function stop_wrk(server, pid)
  harness.stop_process(pid, "INT")
  local out = read_file(server.prefix .. "/wrk.out") or ""
  local line = out:match("reload%-wrk: ([^\n]*)")
  if not line then error("wrk printed no figures:\n" .. out) end
  local f = {}
  for key, value in line:gmatch("(%S+)=(%d+)") do f[key] = tonumber(value) end
  return f
end

-- count requests cycling through PATHS over one keep-alive curl, each
-- bounded by per_request seconds, all by total; returns the number of
-- answers and a list of what was wrong.
local function requests(server, count, per_request, total)
  local urls, expected = {}, {}
  for i = 1, count do
    local p = PATHS[(i - 1) % #PATHS + 1]
    urls[i] = quote(("http://127.0.0.1:%d%s"):format(server.port, p[1]))
    expected[i] = p[2]
  end
  local errors = server.prefix .. "/curl.err"
  local out = read_command(("timeout %d curl -sS --noproxy '*' --max-time %d -w '|%%{http_code}\\n' %s 2>%s")
    :format(total, per_request, table.concat(urls, " "), quote(errors)))
  local wrong, n = {}, 0
  for body, status in out:gmatch("(.-)|(%d%d%d)\n") do
    n = n + 1
    status = tonumber(status)
    if status ~= expected[n] or body ~= BODIES[status] then
      wrong[#wrong + 1] = ("request %d: %d %q"):format(n, status, body)
    end
  end
  if n ~= count then
    wrong[#wrong + 1] = ("%d answers of %d: %s"):format(n, count,
      (((read_file(errors) or "") .. out:sub(-200)):gsub("%s+$", "")))
  end
  return n, wrong
end

-- One request for each path, quickly bounded, before the heavy work.
local function probe(server, label, when)
  local _, wrong = requests(server, #PATHS, 3, 10)
  check(("%s: every path answers right %s"):format(label, when), #wrong == 0,
    table.concat(wrong, "; ", 1, math.min(#wrong, 3)))
  if #wrong > 0 then error("stopped: the answers are wrong", 0) end
end

-- Waits until the workers are count live processes, none of them in old;
-- returns them, or nil after RELOAD_WAIT.
local function wait_generation(server, old, count)
  local was = {}
  for _, pid in ipairs(old) do was[pid] = true end
  return harness.wait_for(RELOAD_WAIT, function()
    local pids = server:workers()
    if #pids ~= count then return nil end
    for _, pid in ipairs(pids) do
      if was[pid] then return nil end
    end
    return pids
  end)
end

-- What wrk's figures say went wrong with the statuses, and the totals.
local function statuses(f)
  local asked, answered, other, wrong = 0, 0, 0, {}
  for key, value in pairs(f) do
    local status = tonumber(key:match("^answered_(%d+)$"))
    if status then
      answered = answered + value
      if not BODIES[status] then
        other = other + value
        wrong[#wrong + 1] = ("%d answered %d"):format(value, status)
      end
    elseif key:match("^asked_") then
      asked = asked + value
    end
  end
  -- each answered as often as asked, but for requests in flight when wrk
  -- stopped (at most one per connection)
  for status in pairs(BODIES) do
    local a, b = f["asked_" .. status] or 0, f["answered_" .. status] or 0
    if b > a or a - b > WRK_CONNECTIONS then
      wrong[#wrong + 1] = ("status %d: %d asked, %d answered"):format(status, a, b)
    end
  end
  return wrong, asked, answered, other
end

-- 1 + RELOADS reloads under wrk; returns the growth of the master's memory,
-- { VmRSS = KB, RssAnon = KB over the RELOADS, from_start = KB of VmRSS over
-- all }, or nil.
local function reload_run(label, name, module, init)
  local growth
  with_server(label, name, conf(WORKERS, module, init), function(server)
    local master = assert(server:pid(), "nginx wrote no pid")
    local generation = assert(wait_generation(server, {}, WORKERS),
      "nginx's workers did not come up")
    probe(server, label, "before the reloads")
    local wrk_pid = start_wrk(server)
    local ok, err = pcall(function()
      sleep(0.3) -- wrk connected and asking
      -- The first reload is not measured: the master, a fresh fork of the
      -- daemon, has none of nginx's, LuaJIT's or libc's code pages mapped,
      -- and that reload maps some 5.5 MB of them with or without the module,
      -- give or take tens of KB: noise as large as the bound.
      local started, at_start = now(), memory(master)
      harness.kill(master, "HUP")
      generation = wait_generation(server, generation, WORKERS)
      local before, done_reloads, rss_seen = memory(master), 0, {}
      while generation and done_reloads < RELOADS do
        harness.kill(master, "HUP")
        generation = wait_generation(server, generation, WORKERS)
        if generation then
          done_reloads = done_reloads + 1
          rss_seen[done_reloads] = tostring(memory_kb(master))
        end
      end
      local took, after, wrk_alive = now() - started, memory(master), running(wrk_pid)
      local f = stop_wrk(server, wrk_pid)
      if generation and after.VmRSS and before.VmRSS and at_start.VmRSS then
        growth = { VmRSS = after.VmRSS - before.VmRSS, RssAnon = after.RssAnon - before.RssAnon,
          from_start = after.VmRSS - at_start.VmRSS }
      end
      print(("nginx-reload: %s: master pid %d, VmRSS (RssAnon + RssFile) in KB: %s at start,"
        .. " %s after the warm-up reload, %s after the last; growth over the %d reloads:"
        .. " VmRSS %+d KB, RssAnon %+d KB; VmRSS after each: %s; httpstatus.so mapped in the"
        .. " master: %s")
        :format(label, master, at_start.text, before.text, after.text, RELOADS,
          growth and growth.VmRSS or 0, growth and growth.RssAnon or 0,
          table.concat(rss_seen, " "), mapped(master)))
      local wrong, asked, answered, other = statuses(f)
      local errors = f.connect_errors + f.read_errors + f.write_errors + f.timeouts
      print(("nginx-reload: %s: 1 + %d reloads in %.1f s (%.0f ms each); wrk: %d requests in %.1f s,"
        .. " %d asked, %d answered, %d with another status, %d wrong bodies; socket errors:"
        .. " connect %d, read %d, write %d, timeouts %d")
        :format(label, done_reloads, took, took * 1000 / (done_reloads + 1), f.requests,
          f.duration_us / 1e6, asked, answered, other, f.bad_body or 0, f.connect_errors,
          f.read_errors, f.write_errors, f.timeouts))
      check(label .. ": 1 + " .. RELOADS .. " reloads finished (new workers up, old gone, each"
        .. " within " .. RELOAD_WAIT .. " s)", done_reloads == RELOADS,
        ("%d of %d"):format(done_reloads, RELOADS))
      check(label .. ": traffic throughout the reloads", wrk_alive and f.requests > 0,
        ("wrk %s, %d requests"):format(wrk_alive and "ran" or "had ended", f.requests))
      check(label .. ": no socket errors", errors == 0, ("%d"):format(errors))
      check(label .. ": every status intended", #wrong == 0, table.concat(wrong, "; "))
      check(label .. ": every body right", (f.bad_body or 0) == 0,
        ("%d wrong"):format(f.bad_body or 0))
    end)
    if not ok then
      if running(wrk_pid) then harness.kill(wrk_pid, "KILL") end
      error(err, 0)
    end
    server:stop()
    local found = problems(server, server:error_log())
    check(label .. ": error log clean", #found == 0, table.concat(found, "\n"))
  end)
  return growth
end

local function code_cache_off(server, label)
  local worker = assert(wait_generation(server, {}, 1), "nginx's worker did not come up")[1]
  probe(server, label, "at first")
  local started = now()
  local answers, wrong, rss = 0, {}, {}
  for b = 1, 2 do
    local n, w = requests(server, BATCH, 5, 30)
    answers = answers + n
    for _, message in ipairs(w) do wrong[#wrong + 1] = message end
    sleep(RSS_SETTLE)
    rss[b] = memory_kb(worker)
  end
  local took = now() - started
  local same = server:workers()[1] == worker and running(worker)
  print(("nginx-reload: %s: %d requests in %.1f s (%.1f ms each), %d answered, %d wrong;"
    .. " worker pid %d RSS %s KB after the first %d, %s KB after the second: %+d KB"
    .. " (slack %d KB); httpstatus.so mapped in the worker afterwards: %s")
    :format(label, 2 * BATCH, took, took * 1000 / (2 * BATCH), answers, #wrong, worker,
      tostring(rss[1]), BATCH, tostring(rss[2]), (rss[2] or 0) - (rss[1] or 0),
      RSS_FLAT_SLACK_KB, mapped(worker)))
  check(label .. ": every status right", answers == 2 * BATCH and #wrong == 0,
    table.concat(wrong, "; ", 1, math.min(#wrong, 5)))
  check(label .. ": one worker throughout", same)
  check(label .. ": worker RSS flat",
    rss[1] and rss[2] and rss[2] - rss[1] <= RSS_FLAT_SLACK_KB,
    ("%s KB -> %s KB"):format(tostring(rss[1]), tostring(rss[2])))
  server:stop()
  -- nginx writes the alert at start-up, to stderr (start.log), before it
  -- opens its error log
  local log = (read_file(server.prefix .. "/start.log") or "") .. server:error_log()
  local others, alert = {}, false
  for _, line in ipairs(problems(server, log)) do
    if line:find("%[alert%].*lua_code_cache is off; this will hurt performance") then
      alert = true
    else
      others[#others + 1] = line
    end
  end
  check(label .. ": error log holds only the code-cache alert", #others == 0 and alert,
    alert and table.concat(others, "\n") or "no alert: is lua_code_cache off?")
end

io.stdout:setvbuf("line") -- in order with make's and nginx's output
local started = now()
print(("nginx-reload: part 1: %d graceful reloads under wrk (-t1 -c%d), %d workers,"
  .. " with httpstatus and without"):format(RELOADS, WRK_CONNECTIONS, WORKERS))
local with_module = reload_run("with httpstatus", "reload-module", "httpstatus",
  '    init_by_lua_block { require("httpstatus") }')
local without = reload_run("without httpstatus", "reload-plain", "plain_status", PLAIN_STATUS)
if with_module and without then
  local difference = with_module.VmRSS - without.VmRSS
  print(("nginx-reload: master VmRSS growth over %d reloads: %+d KB with httpstatus,"
    .. " %+d KB without, difference %+d KB (bound %d KB); RssAnon: %+d KB, %+d KB,"
    .. " difference %+d KB; VmRSS from start, warm-up included (not checked): %+d KB,"
    .. " %+d KB, difference %+d KB")
    :format(RELOADS, with_module.VmRSS, without.VmRSS, difference, GROWTH_SLACK_KB,
      with_module.RssAnon, without.RssAnon, with_module.RssAnon - without.RssAnon,
      with_module.from_start, without.from_start, with_module.from_start - without.from_start))
  check("master VmRSS growth with httpstatus within " .. GROWTH_SLACK_KB
    .. " KB of the growth without", difference <= GROWTH_SLACK_KB, ("%+d KB"):format(difference))
else
  check("master VmRSS growth with httpstatus compared", false, "a run gave no figures")
end

print(("nginx-reload: part 2: lua_code_cache off, %d requests"):format(2 * BATCH))
with_server("lua_code_cache off", "code-cache-off", conf(1, "httpstatus", "    lua_code_cache off;"),
  code_cache_off)

harness.cleanup()
print(("nginx-reload: took %.1f s"):format(now() - started))
harness.run(("%s/tools/results add nginx-reload %d %d 0")
  :format(quote(harness.root), passed, failed))
os.exit(failed == 0 and 0 or 1)
