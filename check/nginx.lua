-- httpstatus in nginx under load, across graceful reloads and with
-- lua_code_cache off; every nginx started by spec/nginx/harness.lua, traffic
-- from wrk (check/load_wrk.lua).  From the checkout's root, inside
-- tools/with-nginx-tmpdir (make check-load, make check-reload):
--
--   luajit check/nginx.lua load [SECONDS [CONNECTIONS [THREADS]]]
--     examples/openresty as a user copies it, under wrk twice: every status
--     intended, no socket error, nothing logged, and the worker's RSS and Lua
--     heap (after a full collection) no larger after the second run.
--   luajit check/nginx.lua reload
--     Two workers answer /cases/status/<code> (spec/nginx/cases.lua), with
--     the module loaded in the master too, again on every reload.  Under wrk
--     the master gets SIGHUP 1 + RELOADS times, each once the new workers
--     have replaced the old; then the same with a plain Lua stand-in for the
--     module.  Checked: reloads, traffic, socket errors, statuses, bodies,
--     error log, and that the master's VmRSS grew by at most GROWTH_SLACK_KB
--     more with the module.  Then lua_code_cache off, a fresh Lua VM and
--     require for every request: 2 x BATCH requests, one worker throughout,
--     its RSS flat, nothing logged but ngx_lua's alert about the setting.
--
-- Ends with `nginx-MODE: P passed, F failed, 0 skipped` (tools/results).
local harness = require("spec.nginx.harness")
local expected = require("spec.expected")

local MODE = arg[1]
local SECONDS = tonumber(arg[2]) or 10
local THREADS = tonumber(arg[4]) or 2
local CONNECTIONS = tonumber(arg[3]) or 2 * THREADS
-- Allocator and page noise between the two load runs; a leak of a few bytes
-- a request adds megabytes over hundreds of thousands.
local RSS_SLACK_KB, HEAP_SLACK_KB = 256, 16
local RELOADS, WORKERS = 20, 2
-- How much more the master's VmRSS may grow over the reloads with the module
-- than without.
local GROWTH_SLACK_KB = 64
local RELOAD_WAIT = 10 -- seconds for each reload's new workers
local BATCH = 1000
-- How much the worker's RSS may grow from one batch to the next with
-- lua_code_cache off: what the allocators keep mapped moves by about one Lua
-- VM (some 480 KB was seen), while a leak of 1 KB a request adds 1 MB a batch.
local RSS_FLAT_SLACK_KB = 512

local quote, read_file, sleep, now = harness.quote, harness.read_file, harness.sleep, harness.now

local ROWS = {}
for _, row in ipairs(expected.CODES) do ROWS[row.code] = row end

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  print(ok and ("nginx-%s: ok   %s"):format(MODE, name)
    or ("nginx-%s: FAIL %s%s"):format(MODE, name, detail and (": " .. detail) or ""))
end

-- A figure of /proc/<pid>/status in KB, VmRSS unless field says otherwise.
local function memory_kb(pid, field)
  local status = read_file(("/proc/%d/status"):format(pid)) or ""
  return tonumber(status:match((field or "VmRSS") .. ":%s*(%d+)"))
end

local function mapped(pid)
  local maps = read_file(("/proc/%d/maps"):format(pid)) or ""
  return maps:find("httpstatus.so", 1, true) and "yes" or "no"
end

-- A plan as Lua source, for load_wrk.lua.
local function literal(v)
  if type(v) == "string" then return ("%q"):format(v) end
  if type(v) ~= "table" then return tostring(v) end
  local items = {}
  for key, value in pairs(v) do
    items[#items + 1] = ("[%s] = %s"):format(literal(key), literal(value))
  end
  return "{ " .. table.concat(items, ", ") .. " }"
end

-- Runs wrk on plan against server, in the background when out (a file)
-- is given: then it returns wrk's pid, else its figures.
local function wrk(server, plan, options, out)
  local command = ("wrk %s --timeout 5s -s %s http://127.0.0.1:%d/ %s >%s 2>&1"):format(
    options, quote(harness.root .. "/check/load_wrk.lua"), server.port,
    quote("return " .. literal(plan)), quote(out or server.prefix .. "/wrk.out"))
  if out then
    return assert(tonumber(harness.read_command(command .. " & echo $!"):match("%d+")))
  end
  harness.run(command)
end

local function figures(server)
  local text = read_file(server.prefix .. "/wrk.out") or ""
  local f = {}
  for key, value in (text:match("wrk: ([^\n]*)") or ""):gmatch("(%S+)=(%d+)") do
    f[key] = tonumber(value)
  end
  return f.requests and f or error("wrk printed no figures:\n" .. text)
end

-- What went wrong with wrk's traffic: socket errors, statuses not intended
-- (those of plan.paths), a status answered less often than asked but for
-- the requests in flight at the end (one a connection; and wrk asks its
-- first thread for one request it never sends, to check it), wrong bodies.
local function wrong_traffic(f, plan, connections)
  local wrong, intended = {}, {}
  for _, p in ipairs(plan.paths) do intended[p[2]] = true end
  local errors = { "connect_errors", "read_errors", "write_errors", "timeouts", "bad_body" }
  for _, key in ipairs(errors) do
    if f[key] ~= 0 then wrong[#wrong + 1] = ("%s: %d"):format(key, f[key]) end
  end
  for key, count in pairs(f) do
    local status = tonumber(key:match("^answered_(%d+)$"))
    if status and not intended[status] then
      wrong[#wrong + 1] = ("%d responses with status %d"):format(count, status)
    end
  end
  for status in pairs(intended) do
    local asked, answered = f["asked_" .. status] or 0, f["answered_" .. status] or 0
    if answered > asked or asked - answered > connections + 1 then
      wrong[#wrong + 1] = ("status %d: %d asked, %d answered"):format(status, asked, answered)
    end
  end
  return wrong
end

-- Runs fn(server) on a fresh nginx, then stops it; an error is one failed
-- check, and so is a worker that had to be killed.
local function with_server(label, edits, fn)
  local server
  local ok, err = pcall(function()
    server = harness.start((label:gsub("%W+", "-")), edits)
    fn(server)
  end)
  if server then
    local killed = server:stop()
    check(label .. ": nginx stopped, workers and all", #killed == 0,
      "killed stuck workers " .. table.concat(killed, " "))
  end
  if not ok then check(label .. ": ran to the end", false, tostring(err)) end
end

-- harness.problems, but for nginx's retries of bind() at start-up on a port
-- busy for a moment (nginx did start): printed, not counted.
local function problems(server, log)
  local found, retries = {}, 0
  for _, entry in ipairs(harness.problems(log)) do
    if entry:find(("bind() to 127.0.0.1:%d failed (98"):format(server.port), 1, true) then
      retries = retries + 1
    else
      found[#found + 1] = entry
    end
  end
  if retries > 0 then
    print(("nginx-%s: note: %d lines of nginx retrying bind() on port %d, not counted")
      :format(MODE, retries, server.port))
  end
  return found
end

local function load()
  local plan = { paths = { { "/", 200 }, { "/status/404", 200 }, { "/status/418", 200 },
    { "/status/413", 200 }, { "/status/abc", 400 }, { "/status/999", 404 },
    { "/no/such/page", 404 }, { "/status-classes", 200 } } }
  -- the example, and a page that reports the worker's Lua heap after a full collection
  with_server("load", { { "location = / {", [[location = /_load/heap {
            access_log off;
            content_by_lua_block {
                collectgarbage("collect")
                collectgarbage("collect")
                ngx.say(collectgarbage("count"))
            }
        }

        location = / {]] } }, function(server)
    assert(server:get("/").status == 200, "nginx does not answer GET /")
    local workers, memory = server:workers(), {}
    assert(#workers == 1, "expected one worker, found " .. #workers)
    local worker = workers[1]
    print(("nginx-load: %s/nginx.conf on 127.0.0.1:%d, worker pid %d; wrk -t%d -c%d -d%ds, twice")
      :format(harness.EXAMPLE, server.port, worker, THREADS, CONNECTIONS, SECONDS))
    for run = 1, 2 do
      wrk(server, plan, ("-t%d -c%d -d%ds"):format(THREADS, CONNECTIONS, SECONDS))
      local f = figures(server)
      local heap = tonumber(server:get("/_load/heap").body:match("[%d.]+"))
      memory[run] = { rss = memory_kb(worker), heap = heap }
      print(("nginx-load: run %d: %d requests in %.1f s (%.0f/s), latency p50 %d us, p99 %d us,"
        .. " max %d us; 200: %d, 400: %d, 404: %d; worker RSS %d KB, Lua heap %.1f KB")
        :format(run, f.requests, f.duration_us / 1e6, f.requests / (f.duration_us / 1e6),
          f.latency_p50_us, f.latency_p99_us, f.latency_max_us, f.answered_200 or 0,
          f.answered_400 or 0, f.answered_404 or 0, memory[run].rss, memory[run].heap))
      local wrong = wrong_traffic(f, plan, CONNECTIONS)
      check(("run %d: every status intended, no socket error"):format(run), #wrong == 0,
        table.concat(wrong, "; "))
      check(("run %d: the worker lives"):format(run), harness.running(worker))
    end
    local rss, heap = memory[2].rss - memory[1].rss, memory[2].heap - memory[1].heap
    check(("worker RSS %+d KB from run 1 to run 2 (slack %d KB)"):format(rss, RSS_SLACK_KB),
      rss <= RSS_SLACK_KB)
    check(("worker Lua heap %+.1f KB from run 1 to run 2 (slack %d KB)")
      :format(heap, HEAP_SLACK_KB), heap <= HEAP_SLACK_KB)
    local found = harness.problems(server:log("error"))
    check("error log clean", #found == 0, table.concat(found, "\n"))
  end)
end

-- The reloads' and code-cache-off's traffic: a line for each status, 999
-- being none (and so a 404 with 404's line).
local CODES = { 200, 201, 404, 418, 429, 503, 999 }
local PLAN = { paths = {}, bodies = {}, delay = 5, headers = { Connection = "close" } }
for i, code in ipairs(CODES) do
  local status = ROWS[code] and code or 404
  PLAN.paths[i] = { "/cases/status/" .. code, status }
  PLAN.bodies[status] = ("%d %s %s\n"):format(status, ROWS[status].phrase, ROWS[status].class)
end

-- count requests cycling through PLAN, one curl each: what was wrong.
local function requests(server, count)
  local wrong = {}
  for i = 1, count do
    local p = PLAN.paths[(i - 1) % #PLAN.paths + 1]
    local ok, r = pcall(server.get, server, p[1])
    if not ok or r.status ~= p[2] or r.body ~= PLAN.bodies[p[2]] then
      wrong[#wrong + 1] = ("request %d: %s"):format(i, ok and ("%d %q"):format(r.status, r.body)
        or tostring(r))
    end
  end
  return wrong
end

-- One request for each path before the heavy work.
local function probe(server, label)
  local wrong = requests(server, #PLAN.paths)
  check(label .. ": every path answers right at first", #wrong == 0, table.concat(wrong, "; "))
  if #wrong > 0 then error("stopped: the answers are wrong", 0) end
end

-- Waits until the workers are count live processes, none of them in old;
-- returns them, or nil after RELOAD_WAIT.
local function wait_generation(server, old, count)
  local was = {}
  for _, pid in ipairs(old) do was[pid] = true end
  return harness.wait_for(RELOAD_WAIT, function()
    local pids = server:workers()
    for _, pid in ipairs(pids) do
      if was[pid] then return nil end
    end
    return #pids == count and pids or nil
  end)
end

-- VmRSS, RssAnon and RssFile of a process, and the three as text.
local function memory(pid)
  local m = { VmRSS = memory_kb(pid), RssAnon = memory_kb(pid, "RssAnon"),
    RssFile = memory_kb(pid, "RssFile") }
  m.text = ("%s (%s + %s)"):format(tostring(m.VmRSS), tostring(m.RssAnon), tostring(m.RssFile))
  return m
end

-- 1 + RELOADS reloads under wrk; returns the growth of the master's VmRSS
-- and RssAnon over the RELOADS, or nil.
local function reload_run(label, init)
  local growth
  with_server(label, harness.cases(WORKERS, init), function(server)
    local master = assert(server:pid(), "nginx wrote no pid")
    local generation = assert(wait_generation(server, {}, WORKERS), "no workers came up")
    probe(server, label)
    -- Every request on a new connection: a reload closes the old workers'
    -- keep-alive connections, and a request sent on one just then fails in
    -- any client.  Paced, since each closed connection holds its ephemeral
    -- port in TIME_WAIT for 60 s: unpaced, wrk took most of the range, and
    -- the ports the harness picks were often busy.  -d: wrk's own bound.
    local wrk_pid = wrk(server, PLAN, "-t1 -c2 -d30s", server.prefix .. "/wrk.out")
    sleep(0.3) -- wrk connected and asking
    -- The first reload is not measured: the master, a fresh fork of the
    -- daemon, has none of nginx's, LuaJIT's or libc's code pages mapped,
    -- and that reload maps some 5.5 MB of them with or without the module.
    local started, at_start = now(), memory(master)
    harness.kill(master, "HUP")
    generation = wait_generation(server, generation, WORKERS)
    local before, done, seen = memory(master), 0, {}
    while generation and done < RELOADS do
      harness.kill(master, "HUP")
      generation = wait_generation(server, generation, WORKERS)
      if generation then
        done = done + 1
        seen[done] = tostring(memory_kb(master))
      end
    end
    local took, after, wrk_alive = now() - started, memory(master), harness.running(wrk_pid)
    harness.stop_process(wrk_pid, "INT") -- wrk prints its figures
    local f = figures(server)
    if generation and after.VmRSS and before.VmRSS then
      growth = { VmRSS = after.VmRSS - before.VmRSS, RssAnon = after.RssAnon - before.RssAnon }
    end
    print(("nginx-reload: %s: master pid %d, VmRSS (RssAnon + RssFile) in KB: %s at start,"
      .. " %s after the warm-up reload, %s after the last; VmRSS after each: %s;"
      .. " httpstatus.so mapped in the master: %s; 1 + %d reloads in %.1f s; wrk: %d requests")
      :format(label, master, at_start.text, before.text, after.text, table.concat(seen, " "),
        mapped(master), done, took, f.requests))
    check(label .. ": 1 + " .. RELOADS .. " reloads finished (new workers up, old gone, each"
      .. " within " .. RELOAD_WAIT .. " s)", done == RELOADS, ("%d of %d"):format(done, RELOADS))
    check(label .. ": traffic throughout the reloads", wrk_alive and f.requests > 0,
      ("wrk %s, %d requests"):format(wrk_alive and "ran" or "had ended", f.requests))
    local wrong = wrong_traffic(f, PLAN, 2)
    check(label .. ": no socket error, every status intended, every body right", #wrong == 0,
      table.concat(wrong, "; "))
    server:stop()
    local found = problems(server, server:log("error"))
    check(label .. ": error log clean", #found == 0, table.concat(found, "\n"))
  end)
  return growth
end

local function code_cache_off(server)
  local label = "lua_code_cache off"
  local worker = assert(wait_generation(server, {}, 1), "nginx's worker did not come up")[1]
  probe(server, label)
  local wrong, rss = {}, {}
  for b = 1, 2 do
    for _, message in ipairs(requests(server, BATCH)) do wrong[#wrong + 1] = message end
    sleep(0.2) -- the last request's VM closes after its response
    rss[b] = memory_kb(worker)
  end
  print(("nginx-reload: %s: worker pid %d RSS %s KB after %d requests, %s KB after %d more;"
    .. " httpstatus.so mapped in the worker afterwards: %s")
    :format(label, worker, tostring(rss[1]), BATCH, tostring(rss[2]), BATCH, mapped(worker)))
  check(label .. ": every status and body right", #wrong == 0,
    table.concat(wrong, "; ", 1, math.min(#wrong, 5)))
  check(label .. ": one worker throughout",
    server:workers()[1] == worker and harness.running(worker))
  check(("%s: worker RSS flat (slack %d KB)"):format(label, RSS_FLAT_SLACK_KB),
    rss[1] and rss[2] and rss[2] - rss[1] <= RSS_FLAT_SLACK_KB,
    ("%s KB -> %s KB"):format(tostring(rss[1]), tostring(rss[2])))
  server:stop()
  -- nginx writes the alert at start-up, to stderr (start.log), before it
  -- opens its error log
  local others, alert = {}, false
  for _, entry in ipairs(problems(server, (read_file(server.prefix .. "/start.log") or "")
      .. server:log("error"))) do
    if entry:find("%[alert%].*lua_code_cache is off; this will hurt performance") then
      alert = true
    else
      others[#others + 1] = entry
    end
  end
  check(label .. ": error log holds only the code-cache alert", #others == 0 and alert,
    alert and table.concat(others, "\n") or "no alert: is lua_code_cache off?")
end

-- A plain Lua stand-in for what the handlers use of httpstatus, from the
-- specs' own table.
local PLAIN = [[
        local e, phrases, classes = require("spec.expected"), {}, {}
        for _, row in ipairs(e.CODES) do phrases[row.code] = row.phrase end
        for i, class in ipairs(e.CLASSES) do classes[i] = class.id end
        package.loaded.httpstatus = { codes = { NOT_FOUND = 404 },
            lookup = function(code) return phrases[code] end,
            class = function(code) return classes[math.floor(code / 100)] end }
        require("status_pages")]]

local function reload()
  local with = reload_run("with httpstatus")
  local without = reload_run("without httpstatus", PLAIN)
  if with and without then
    print(("nginx-reload: master growth over %d reloads, with httpstatus and without: VmRSS"
      .. " %+d KB and %+d KB, RssAnon %+d KB and %+d KB"):format(RELOADS, with.VmRSS,
      without.VmRSS, with.RssAnon, without.RssAnon))
  end
  local difference = with and without and with.VmRSS - without.VmRSS
  check("master VmRSS growth with httpstatus within " .. GROWTH_SLACK_KB
    .. " KB of the growth without", difference and difference <= GROWTH_SLACK_KB,
    difference and ("%+d KB"):format(difference) or "a run gave no figures")
  -- nothing in the master: each request's VM loads the module, and unloads it
  with_server("lua_code_cache off", harness.cases(1, "-- (none)", "lua_code_cache off;"),
    code_cache_off)
end

io.stdout:setvbuf("line") -- in order with make's and nginx's output
local started = now()
local modes = { load = load, reload = reload }
assert(modes[MODE], "usage: luajit check/nginx.lua load|reload [...]")()
print(("nginx-%s: took %.1f s"):format(MODE, now() - started))
harness.run(("%s/tools/results add nginx-%s %d %d 0")
  :format(quote(harness.root), MODE, passed, failed))
os.exit(failed == 0 and 0 or 1)
