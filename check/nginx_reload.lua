-- Reloads: httpstatus in nginx's master and workers across graceful reloads
-- and with lua_code_cache off, with the harness of `make test-nginx`
-- (spec/nginx/harness.lua), every nginx on a free 127.0.0.1 port.
--
-- Part 1, 20 graceful reloads under traffic, two workers: nginx loads the
-- module in init_by_lua (so in the master, again on every reload) and
-- answers /status/<code> with it, while wrk (one thread, two connections,
-- stopped with SIGINT after the last reload) keeps asking.  The master gets
-- SIGHUP 20 times, each time once the previous reload's new workers are up
-- and the old ones gone (after one more, a warm-up reload that is not
-- measured: see reload_run).  The same is done a second time, in the same run,
-- with an nginx that never loads httpstatus: the same locations answer the
-- same statuses and bodies from a plain Lua table.  Checks, for each: every
-- reload finished, traffic ran through all of them, no socket error, every
-- status and body as intended, a clean error log; and the master's VmRSS
-- grew by at most GROWTH_SLACK_KB more with the module than without.
--
-- Part 2, lua_code_cache off: every request runs in a fresh Lua VM and
-- requires httpstatus afresh (dlopen, luaopen, lua_close, dlclose).  2,000
-- requests in two batches of 1,000 over keep-alive curl; checks: every status
-- and body right, one and the same worker throughout, its RSS flat from the
-- first batch to the second, and nothing in the error log but the alert
-- ngx_lua always writes when lua_code_cache is off.
--
-- Prints its figures, then `nginx-reload: P passed, F failed, 0 skipped`
-- (also appended to $HTTPSTATUS_RESULTS when set); exits 1 when a check
-- failed.
--
-- Usage (from the checkout's root, as make check-reload does):
--   tools/with-nginx-tmpdir luajit check/nginx_reload.lua
local harness = require("spec.nginx.harness")

local RELOADS = 20
local WORKERS = 2
-- How much more the master's RSS may grow over the 20 reloads with the
-- module than without it.
local GROWTH_SLACK_KB = 64
-- Each bounded wait for a reload's new workers (seconds).
local RELOAD_WAIT = 10
-- wrk's own bound; it is stopped (SIGINT) as soon as the reloads are done.
local WRK_SECONDS = 30
local WRK_CONNECTIONS = 2
local WRK_DELAY_MS = 5
local BATCH = 1000
-- The worker's RSS may grow by this much from the end of the first 1,000
-- requests to the end of the second with lua_code_cache off.  Every request
-- builds and closes a whole Lua VM, ngx_lua's API and all, and maps and
-- unmaps the module, so what the allocators keep mapped moves a little from
-- batch to batch: about one such VM (some 480 KB was seen when the last
-- request's VM was not yet closed at the reading, which RSS_SETTLE now
-- waits for).  A leak of 1 KB a request (a few tables, a buffer never
-- freed) adds 1 MB a batch; a leak of 8 KB, tried, added 7.5 MB; a mapping
-- of the .so left behind each time, far more.
local RSS_FLAT_SLACK_KB = 512
-- Seconds to wait after a batch before reading the worker's RSS: the last
-- request's VM is closed after its response is sent.
local RSS_SETTLE = 0.2

-- The statuses asked for, and each answer's body: the same with the module
-- and without it.  999 is no status: the handler answers 404.
local PATHS = {
  { "/status/200", 200 },
  { "/status/201", 201 },
  { "/status/404", 404 },
  { "/status/418", 418 },
  { "/status/429", 429 },
  { "/status/503", 503 },
  { "/status/999", 404 },
}
local BODIES = {
  [200] = "200 OK successful\n",
  [201] = "201 Created successful\n",
  [404] = "404 Not Found client_error\n",
  [418] = "418 I'm a teapot client_error\n",
  [429] = "429 Too Many Requests client_error\n",
  [503] = "503 Service Unavailable server_error\n",
}

local read_file, read_command = harness.read_file, harness.read_command
local quote, run, write_file = harness.quote, harness.run, harness.write_file

local function sleep(seconds)
  run(("sleep %.3f"):format(seconds))
end

local function now()
  return tonumber((read_command("date +%s.%N"):gsub("%s+$", ""))) or os.time()
end

-- Whether the process runs; a zombie does not.
local function running(pid)
  local stat = read_file(("/proc/%d/stat"):format(pid))
  return stat ~= nil and stat:match("^%d+ %b() (%a)") ~= "Z"
end

-- A figure of /proc/<pid>/status in KB: VmRSS (the default), RssAnon, ...
local function rss_kb(pid, field)
  local status = read_file(("/proc/%d/status"):format(pid)) or ""
  return tonumber(status:match((field or "VmRSS") .. ":%s*(%d+)"))
end

-- VmRSS, RssAnon and RssFile of a process, and the three as text.
local function memory(pid)
  local m = { VmRSS = rss_kb(pid), RssAnon = rss_kb(pid, "RssAnon"),
    RssFile = rss_kb(pid, "RssFile") }
  m.text = ("%s (%s + %s)"):format(tostring(m.VmRSS), tostring(m.RssAnon), tostring(m.RssFile))
  return m
end

-- Whether httpstatus.so is mapped in a process.
local function mapped(pid)
  local maps = read_file(("/proc/%d/maps"):format(pid)) or ""
  return maps:find("httpstatus.so", 1, true) ~= nil
end

-- The master's live children (the workers), as a sorted list.
local function workers(master, seen)
  local pids = {}
  local children = read_file(("/proc/%d/task/%d/children"):format(master, master)) or ""
  for pid in children:gmatch("%d+") do
    pid = tonumber(pid)
    if running(pid) then
      pids[#pids + 1] = pid
      if seen then seen[pid] = true end
    end
  end
  table.sort(pids)
  return pids
end

-- ---- the checks and their count ----

local passed, failed = 0, 0

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    print(("nginx-reload: ok   %s"):format(name))
  else
    failed = failed + 1
    print(("nginx-reload: FAIL %s%s"):format(name, detail and (": " .. detail) or ""))
  end
  return ok
end

-- Stops nginx (harness: QUIT, then KILL for the master) and kills, by pid,
-- any of its workers still running: a worker stuck in a loop outlives its
-- master's KILL.  Returns the pids it had to kill.  Idempotent.
local function stop(server)
  if server.killed then return server.killed end
  local master = server:pid()
  if master then
    for _, pid in ipairs(workers(master)) do server.seen[pid] = true end
  end
  server:stop()
  local killed = {}
  for pid in pairs(server.seen) do
    if running(pid) then
      run(("kill -KILL %d 2>/dev/null"):format(pid))
      killed[#killed + 1] = pid
    end
  end
  server.killed = killed
  return killed
end

-- harness.problems(log) but for nginx's own retries of bind() on the
-- server's port at start-up ("[emerg] bind() ... failed (98: Address already
-- in use)", then "try again to bind() after 500ms"): the port the harness
-- picked was busy for a moment, and nginx did start, or harness.start would
-- have failed.  Those are printed, not counted.
local function problems(server, log)
  local found, retries = {}, 0
  local busy = ("bind() to 127.0.0.1:%d failed (98: Address already in use)"):format(server.port)
  for _, line in ipairs(harness.problems(log)) do
    if line:find(busy, 1, true) then
      retries = retries + 1
    else
      found[#found + 1] = line
    end
  end
  if retries > 0 then
    print(("nginx-reload: note: %d lines of nginx retrying bind() on port %d at start-up"
      .. " (the port was busy a moment), not counted"):format(retries, server.port))
  end
  return found
end

-- Runs fn(server) on a server started with make_conf, stops the server in
-- every case; an error in fn (or in starting) is one failed check, and so
-- is a worker that had to be killed.
local function with_server(label, name, make_conf, fn)
  local server
  local ok, err = pcall(function()
    server = harness.start(name, make_conf)
    server.seen = {}
    fn(server)
  end)
  if server then
    local killed = stop(server)
    check(label .. ": nginx stopped, workers and all", #killed == 0,
      "killed stuck workers " .. table.concat(killed, " "))
  end
  if not ok then check(label .. ": ran to the end", false, tostring(err)) end
end

-- ---- nginx configurations ----

local function main_conf(workers_count)
  local text, n = harness.main_conf():gsub("worker_processes 1;",
    ("worker_processes %d;"):format(workers_count))
  assert(n == 1, "harness.main_conf() should set worker_processes 1")
  return text
end

-- A plain Lua stand-in for the three things of httpstatus the handler uses.
local PLAIN_STATUS = [[
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
]]

-- module: "httpstatus" or "plain_status" (which init defines).
-- The server both configurations share: /status/<code> answers
-- "404 Not Found client_error" through module, anything else is a 404.
local function status_server(port, module)
  return ([[
    access_log off;
    server {
        listen 127.0.0.1:%d;
        default_type text/plain;
        location ~ ^/status/(\d+)$ {
            content_by_lua_block {
                local S = require("%s")
                local code = tonumber(ngx.var[1])
                local reason = S.lookup(code)
                if not reason then
                    code = S.codes.NOT_FOUND
                    reason = S.lookup(code)
                end
                ngx.status = code
                ngx.say(code, " ", reason, " ", S.class(code))
            }
        }
        location / {
            return 404;
        }
    }
]]):format(port, module)
end

local function reload_conf(module, init)
  return function(port)
    return main_conf(WORKERS) .. ([[
http {
%s
    lua_package_cpath "%s/?.so;;";
    init_by_lua_block {
%s
    }
%s}
]]):format(harness.temp_paths(), harness.BUILD_DIR, init, status_server(port, module))
  end
end

local function code_cache_off_conf(port)
  return harness.main_conf() .. ([[
http {
%s
    lua_package_cpath "%s/?.so;;";
    lua_code_cache off;
%s}
]]):format(harness.temp_paths(), harness.BUILD_DIR, status_server(port, "httpstatus"))
end

-- ---- wrk: one thread, Connection: close ----

-- Each request on a connection of its own (Connection: close): a graceful
-- reload closes the old workers' keep-alive connections, and a request sent
-- on one just as it closes fails in any client, module or not (with
-- keep-alive, wrk counts some 2 read errors a reload, with httpstatus and
-- without); a new connection always lands in the listen queue that old and
-- new workers share.  Paced, WRK_DELAY_MS between a connection's requests
-- (some 350 a second in all, 40 or so per reload): wrk usually closes
-- first, so each connection leaves a TIME_WAIT socket on its ephemeral port
-- for 60 s, and no listening socket can bind such a port meanwhile.
-- Unpaced, wrk left 28,000 of them, most of the ephemeral range, so that
-- the random port the harness picks next (here, or in a `make test-nginx`
-- running at the same time) was often busy.  done() prints one line of
-- key=value figures.
local function wrk_script()
  local paths, bodies = {}, {}
  for _, p in ipairs(PATHS) do paths[#paths + 1] = ("{ %q, %d }"):format(p[1], p[2]) end
  for status, body in pairs(BODIES) do bodies[#bodies + 1] = ("[%d] = %q"):format(status, body) end
  return ([[
local PATHS = { %s }
local BODIES = { %s }
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
local n = 0
counts = { bad_body = 0 }
function request()
  n = n %% #PATHS + 1
  local key = "asked_" .. PATHS[n][2]
  counts[key] = (counts[key] or 0) + 1
  return wrk.format("GET", PATHS[n][1], { Connection = "close" })
end
function delay() return %d end
function response(status, headers, body)
  local key = "answered_" .. status
  counts[key] = (counts[key] or 0) + 1
  if body ~= BODIES[status] then counts.bad_body = counts.bad_body + 1 end
end
function done(summary)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("counts")) do total[key] = (total[key] or 0) + value end
  end
  local fields = {
    "requests=" .. summary.requests, "duration_us=" .. summary.duration,
    "connect_errors=" .. summary.errors.connect, "read_errors=" .. summary.errors.read,
    "write_errors=" .. summary.errors.write, "timeouts=" .. summary.errors.timeout,
  }
  for key, value in pairs(total) do fields[#fields + 1] = key .. "=" .. value end
  io.write("reload-wrk: ", table.concat(fields, " "), "\n")
end
]]):format(table.concat(paths, ", "), table.concat(bodies, ", "), WRK_DELAY_MS)
end

-- Starts wrk in the background; returns its pid.
local function start_wrk(server)
  local script = server.prefix .. "/reload_wrk.lua"
  write_file(script, wrk_script())
  local command = ("wrk -t1 -c%d -d%ds --timeout 5s -s %s http://127.0.0.1:%d/ >%s 2>&1 & echo $!")
    :format(WRK_CONNECTIONS, WRK_SECONDS, quote(script), server.port,
      quote(server.prefix .. "/wrk.out"))
  local pid = tonumber(read_command(command):match("%d+"))
  assert(pid, "wrk did not start")
  return pid
end

-- Stops wrk (SIGINT: it prints its figures), waits for it, bounded, and
-- kills it if it does not end.  Returns its figures.
local function stop_wrk(server, pid)
  run(("kill -INT %d 2>/dev/null"):format(pid))
  for _ = 1, 100 do
    if not running(pid) then break end
    sleep(0.05)
  end
  if running(pid) then run(("kill -KILL %d 2>/dev/null"):format(pid)) end
  local out = read_file(server.prefix .. "/wrk.out") or ""
  local line = out:match("reload%-wrk: ([^\n]*)")
  if not line then error("wrk printed no figures:\n" .. out) end
  local f = {}
  for key, value in line:gmatch("(%S+)=(%d+)") do f[key] = tonumber(value) end
  return f
end

-- ---- curl: requests in a row over one keep-alive connection ----

-- count requests cycling through PATHS, by one curl, each bounded by
-- per_request seconds, all by total; returns the number of answers and a
-- list of what was wrong.
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

-- One request for each path, quickly bounded: a module that hangs or
-- answers wrong fails here, before the heavy work.
local function probe(server, label, when)
  local _, wrong = requests(server, #PATHS, 3, 10)
  check(("%s: every path answers right %s"):format(label, when), #wrong == 0,
    table.concat(wrong, "; ", 1, math.min(#wrong, 3)))
  if #wrong > 0 then error("stopped: the answers are wrong", 0) end
end

-- ---- part 1 ----

-- Waits until the master's workers are count live processes none of which
-- is in old (a list of pids); returns them, or nil after RELOAD_WAIT.
local function wait_generation(server, master, old, count)
  local was = {}
  for _, pid in ipairs(old) do was[pid] = true end
  local deadline = now() + RELOAD_WAIT
  repeat
    local pids = workers(master, server.seen)
    local fresh = #pids == count
    for _, pid in ipairs(pids) do
      if was[pid] then fresh = false end
    end
    if fresh then return pids end
    sleep(0.02)
  until now() > deadline
  return nil
end

-- 1 + 20 reloads under wrk; returns the growth of the master's memory over
-- the 20, { VmRSS = KB, RssAnon = KB, from_start = KB of VmRSS over all 21 },
-- or nil.
local function reload_run(label, name, module, init)
  local growth
  with_server(label, name, reload_conf(module, init), function(server)
    local master = assert(server:pid(), "nginx wrote no pid")
    local first = wait_generation(server, master, {}, WORKERS)
    assert(first, "nginx's workers did not come up")
    probe(server, label, "before the reloads")
    local wrk_pid
    local ok, err = pcall(function()
      wrk_pid = start_wrk(server)
      sleep(0.3) -- wrk connected and asking
      -- One reload first, not measured: the master is the child that
      -- "daemon on" forked, and fork copies no page-table entries of the
      -- file-backed mappings (nginx's code, LuaJIT's, libc's...), so the
      -- first reload, which runs that code again, adds some 5.5 MB of
      -- RssFile to VmRSS with or without the module, give or take tens of
      -- KB from run to run: noise as large as the bound.  Growth is
      -- measured from the end of this reload to the end of the last.
      local started = now()
      local at_start = memory(master)
      run(("kill -HUP %d"):format(master))
      local generation = wait_generation(server, master, first, WORKERS)
      local before = memory(master)
      local done_reloads, rss_seen = 0, {}
      for _ = 1, generation and RELOADS or 0 do
        run(("kill -HUP %d"):format(master))
        generation = wait_generation(server, master, generation, WORKERS)
        if not generation then break end
        done_reloads = done_reloads + 1
        rss_seen[#rss_seen + 1] = tostring(rss_kb(master))
      end
      local took = now() - started
      local after = memory(master)
      local wrk_alive = running(wrk_pid)
      local f = stop_wrk(server, wrk_pid)
      wrk_pid = nil
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
          table.concat(rss_seen, " "), mapped(master) and "yes" or "no"))
      local asked, answered, other = 0, 0, 0
      local wrong = {}
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
      -- each intended status answered as often as asked, but for requests
      -- still in flight when wrk stopped (at most one per connection)
      for status in pairs(BODIES) do
        local a, b = f["asked_" .. status] or 0, f["answered_" .. status] or 0
        if b > a or a - b > WRK_CONNECTIONS then
          wrong[#wrong + 1] = ("status %d: %d asked, %d answered"):format(status, a, b)
        end
      end
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
    if wrk_pid and running(wrk_pid) then run(("kill -KILL %d 2>/dev/null"):format(wrk_pid)) end
    if not ok then error(err, 0) end
    stop(server)
    local found = problems(server, server:error_log())
    check(label .. ": error log clean", #found == 0, table.concat(found, "\n"))
  end)
  return growth
end

-- ---- part 2 ----

local function code_cache_off()
  local label = "lua_code_cache off"
  with_server(label, "code-cache-off", code_cache_off_conf, function(server)
    local master = assert(server:pid(), "nginx wrote no pid")
    local worker = (wait_generation(server, master, {}, 1) or {})[1]
    assert(worker, "nginx's worker did not come up")
    probe(server, label, "at first")
    local started = now()
    local answers, wrong, rss = 0, {}, {}
    for b = 1, 2 do
      local n, w = requests(server, BATCH, 5, 30)
      answers = answers + n
      for _, message in ipairs(w) do wrong[#wrong + 1] = message end
      sleep(RSS_SETTLE)
      rss[b] = rss_kb(worker)
    end
    local took = now() - started
    local same = workers(master, server.seen)[1] == worker and running(worker)
    local in_worker = mapped(worker)
    local flat = rss[1] and rss[2] and rss[2] - rss[1] <= RSS_FLAT_SLACK_KB
    print(("nginx-reload: %s: %d requests in %.1f s (%.1f ms each), %d answered, %d wrong;"
      .. " worker pid %d RSS %s KB after the first %d, %s KB after the second: %+d KB"
      .. " (slack %d KB); httpstatus.so mapped in the worker afterwards: %s")
      :format(label, 2 * BATCH, took, took * 1000 / (2 * BATCH), answers, #wrong, worker,
        tostring(rss[1]), BATCH, tostring(rss[2]), (rss[2] or 0) - (rss[1] or 0),
        RSS_FLAT_SLACK_KB, in_worker and "yes" or "no"))
    check(label .. ": every status right", answers == 2 * BATCH and #wrong == 0,
      table.concat(wrong, "; ", 1, math.min(#wrong, 5)))
    check(label .. ": one worker throughout", same)
    check(label .. ": worker RSS flat", flat,
      ("%s KB -> %s KB"):format(tostring(rss[1]), tostring(rss[2])))
    stop(server)
    -- the alert comes at start-up, before nginx opens its error log: on
    -- stderr, which the harness writes to start.log
    local log = (read_file(server.prefix .. "/start.log") or "") .. server:error_log()
    local others, alert = {}, false
    for _, line in ipairs(problems(server, log)) do
      if line:find("[alert]", 1, true)
        and line:find("lua_code_cache is off; this will hurt performance", 1, true) then
        alert = true
      else
        others[#others + 1] = line
      end
    end
    check(label .. ": error log holds only the code-cache alert", #others == 0 and alert,
      alert and table.concat(others, "\n") or "no alert: is lua_code_cache off?")
  end)
end

-- ---- main ----

local function main()
  io.stdout:setvbuf("line") -- in order with make's and nginx's output
  local started = now()
  print(("nginx-reload: part 1: %d graceful reloads under wrk (-t1 -c%d), %d workers,"
    .. " with httpstatus and without"):format(RELOADS, WRK_CONNECTIONS, WORKERS))
  local with_module = reload_run("with httpstatus", "reload-module", "httpstatus",
    '        require("httpstatus")')
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
      .. " KB of the growth without", difference <= GROWTH_SLACK_KB,
      ("%+d KB"):format(difference))
  else
    check("master VmRSS growth with httpstatus compared", false, "a run gave no figures")
  end

  print(("nginx-reload: part 2: lua_code_cache off, %d requests"):format(2 * BATCH))
  code_cache_off()

  harness.cleanup()
  local line = ("nginx-reload: %d passed, %d failed, 0 skipped"):format(passed, failed)
  print(("nginx-reload: took %.1f s"):format(now() - started))
  print(line)
  local results = os.getenv("HTTPSTATUS_RESULTS")
  if results and results ~= "" then
    local f = io.open(results, "a")
    if f then
      f:write(line, "\n")
      f:close()
    else
      io.stderr:write("nginx-reload: cannot append to ", results, "\n")
    end
  end
  os.exit(failed == 0 and 0 or 1)
end

main()
