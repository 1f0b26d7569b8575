-- httpstatus in nginx (spec/nginx/harness.lua) under wrk (check/load_wrk.lua), from the checkout's
-- root inside tools/with-nginx-tmpdir (make check-load, make check-reload). Each server ends
-- stopped, no worker stuck, nothing in its log. Last: `nginx-MODE: P passed, F failed, 0 skipped`.
--
--   luajit check/nginx.lua load [SECONDS [CONNECTIONS [THREADS]]]
--     examples/openresty as a user copies it, under wrk twice: every status intended, no socket
--     error, and the worker's RSS and Lua heap (after a full collection) no larger after run 2.
--   luajit check/nginx.lua reload
--     Two workers answer /cases/status/<code> (spec/nginx/cases.lua), the module loaded in the
--     master too, while the master gets SIGHUP 1 + RELOADS times under wrk; then the same with a
--     plain Lua stand-in for the module, which may grow the master's VmRSS by at most
--     GROWTH_SLACK_KB less. Then lua_code_cache off (a fresh Lua VM and require for every
--     request): 2 x BATCH requests, one worker throughout, its RSS flat.
local harness = require("spec.nginx.harness")
local ROW = require("spec.expected").ROW
local cjson = require("cjson")

local MODE = arg[1]
local SECONDS = tonumber(arg[2]) or 10
local THREADS = tonumber(arg[4]) or 2
local CONNECTIONS = tonumber(arg[3]) or 2 * THREADS
-- Allocator and page noise between the two load runs; a leak of a few bytes a request adds
-- megabytes over hundreds of thousands.
local RSS_SLACK_KB = 256
local HEAP_SLACK_KB = 16
local RELOADS = 20
local WORKERS = 2
local GROWTH_SLACK_KB = 64
local RELOAD_WAIT = 10 -- seconds for each reload's new workers
-- With lua_code_cache off, what the allocators keep mapped moves by about one Lua VM (some
-- 480 KB was seen) from one batch to the next, while a leak of 1 KB a request adds 1 MB a batch.
local BATCH = 1000
local RSS_FLAT_SLACK_KB = 512

local quote = harness.quote

local function note(text, ...)
  print(("nginx-%s: " .. text):format(MODE, ...))
end

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    note("ok   %s", name)
  else
    failed = failed + 1
    note("FAIL %s%s", name, detail and (": " .. detail) or "")
  end
end

-- /proc/<pid>/<name>, "" once the process has gone; VmRSS in KB.
local function proc(pid, name)
  return harness.read_file(("/proc/%d/%s"):format(pid, name)) or ""
end

local function rss_kb(pid)
  return tonumber(proc(pid, "status"):match("VmRSS:%s*(%d+)"))
end

-- Runs wrk on plan against server, to its end, or in the background when background: then it
-- returns wrk's pid.  figures() reads what it printed.
local function wrk(server, plan, options, background)
  local command = ("wrk %s --timeout 5s -s %s http://127.0.0.1:%d/ %s >%s 2>&1"):format(
    options, quote(harness.root .. "/check/load_wrk.lua"), server.port,
    quote(cjson.encode(plan)), quote(server.prefix .. "/wrk.out"))
  if not background then return harness.run(command) end
  return assert(tonumber(harness.read_command(command .. " & echo $!"):match("%d+")))
end

local function figures(server)
  local text = server:file("wrk.out")
  local ok, f = pcall(cjson.decode, text:match("wrk: ([^\n]*)"))
  assert(ok and type(f) == "table" and f.requests, "wrk printed no figures:\n" .. text)
  return f
end

-- What went wrong with wrk's traffic: socket errors, statuses not intended (those of plan.paths),
-- wrong bodies, a status answered less often than asked but for the requests in flight at the
-- end (one a connection, and one that wrk asks its first thread for and never sends).
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
    local asked = f["asked_" .. status] or 0
    local answered = f["answered_" .. status] or 0
    if answered > asked or asked - answered > connections + 1 then
      wrong[#wrong + 1] = ("status %d: %d asked, %d answered"):format(status, asked, answered)
    end
  end
  return table.concat(wrong, "; ")
end

-- Runs fn(server) on a fresh nginx, then stops it; an error is one failed check, and so are a
-- worker that had to be killed and any line logged but, when given, the one that matches alert.
local function with_server(label, edits, fn, alert)
  local server
  local ok, err = pcall(function()
    server = harness.start((label:gsub("%W+", "-")), edits)
    fn(server)
  end)
  if server then
    local killed = server:stop()
    check(label .. ": nginx stopped, workers and all", #killed == 0,
      "killed stuck workers " .. table.concat(killed, " "))
    local found = server:problems()
    local clean = #found == (alert and 1 or 0) and (not alert or found[1]:find(alert) ~= nil)
    check(label .. (alert and ": nothing logged but the alert" or ": error log clean"), clean,
      table.concat(found, "\n"))
  end
  if not ok then check(label .. ": ran to the end", false, tostring(err)) end
end

-- The reloads' and code-cache-off's traffic: each status's line; 999 has none, so 404's line.
local PLAN = { paths = {}, delay = 5, headers = { Connection = "close" } }
for i, code in ipairs({ 200, 201, 404, 418, 429, 503, 999 }) do
  local row = ROW[code] or ROW[404]
  local body = ("%d %s %s\n"):format(row.code, row.phrase, row.class)
  PLAN.paths[i] = { "/cases/status/" .. code, row.code, body }
end

-- count requests cycling through PLAN, one curl each: what was wrong.
local function requests(server, count)
  local wrong = {}
  for i = 1, count do
    local p = PLAN.paths[(i - 1) % #PLAN.paths + 1]
    local ok, r = pcall(server.request, server, p[1])
    if not ok or r.status ~= p[2] or r.body ~= p[3] then
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

-- The workers once they are count live processes, none of them in old; nil after RELOAD_WAIT.
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

local HEAP = [[
collectgarbage("collect")
collectgarbage("collect")
return collectgarbage("count")]]

local function load()
  local plan = { paths = { { "/", 200 }, { "/status/404", 200 }, { "/status/418", 200 },
    { "/status/413", 200 }, { "/status/abc", 400 }, { "/status/999", 404 },
    { "/no/such/page", 404 }, { "/status-classes", 200 } } }
  -- the example, with /cases/ to read the worker's Lua heap after a full collection
  with_server("load", harness.cases(), function(server)
    local worker = assert(wait_generation(server, {}, 1), "nginx's worker did not come up")[1]
    probe(server, "load")
    local rss, heap = {}, {}
    note("wrk -t%d -c%d -d%ds, twice, on worker %d", THREADS, CONNECTIONS, SECONDS, worker)
    for run = 1, 2 do
      wrk(server, plan, ("-t%d -c%d -d%ds"):format(THREADS, CONNECTIONS, SECONDS))
      local f = figures(server)
      rss[run] = rss_kb(worker)
      heap[run] = cjson.decode(server:request("/cases/run", HEAP).body).value
      note("run %d: %d requests (%.0f/s), latency p99 %d us, max %d us; RSS %d KB, heap %.1f KB",
        run, f.requests, f.requests / (f.duration_us / 1e6), f.latency_p99_us, f.latency_max_us,
        rss[run], heap[run])
      local wrong = wrong_traffic(f, plan, CONNECTIONS)
      check(("run %d: every status intended, no socket error"):format(run), wrong == "", wrong)
      check(("run %d: the worker lives"):format(run), harness.running(worker))
    end
    check(("worker RSS %+d KB from run 1 to run 2 (slack %d KB)")
      :format(rss[2] - rss[1], RSS_SLACK_KB), rss[2] - rss[1] <= RSS_SLACK_KB)
    check(("worker Lua heap %+.1f KB from run 1 to run 2 (slack %d KB)")
      :format(heap[2] - heap[1], HEAP_SLACK_KB), heap[2] - heap[1] <= HEAP_SLACK_KB)
  end)
end

-- 1 + RELOADS reloads under wrk: the growth of the master's VmRSS over the RELOADS, or nil.
local function reload_run(label, init, module_mapped)
  local growth
  with_server(label, harness.cases(WORKERS, init), function(server)
    local master = assert(server:pid(), "nginx wrote no pid")
    local generation = assert(wait_generation(server, {}, WORKERS), "no workers came up")
    probe(server, label)
    local mapped = proc(master, "maps"):find("httpstatus.so", 1, true) ~= nil
    check(("%s: httpstatus.so %s in the master"):format(label, module_mapped and "mapped" or
      "not mapped"), mapped == module_mapped)
    -- Every request on a new connection: a reload closes the old workers' keep-alive
    -- connections, and a request sent on one just then fails in any client.  Paced, since each
    -- closed connection holds its ephemeral port in TIME_WAIT for 60 s: unpaced, wrk took most
    -- of the range, and the ports the harness picks were often busy.  -d: wrk's own bound.
    local wrk_pid = wrk(server, PLAN, "-t1 -c2 -d30s", true)
    harness.sleep(0.3) -- wrk connected and asking
    -- The first reload (done = 0) is not measured: the master, a fresh fork of the daemon, has
    -- none of nginx's, LuaJIT's or libc's code pages mapped, and that reload maps some 5.5 MB
    -- of them with or without the module.
    local started = harness.now()
    local before
    local done = -1
    while generation and done < RELOADS do
      harness.kill(master, "HUP")
      generation = wait_generation(server, generation, WORKERS)
      done = done + (generation and 1 or 0)
      before = before or done == 0 and rss_kb(master) or nil
    end
    local after = rss_kb(master)
    local wrk_alive = harness.running(wrk_pid)
    harness.stop_process(wrk_pid, "INT") -- wrk prints its figures
    local f = figures(server)
    growth = generation and after and before and after - before
    note("%s: master VmRSS %s KB after the first reload, %s KB after the last; %.1f s;"
      .. " %d requests", label, tostring(before), tostring(after), harness.now() - started,
      f.requests)
    check(("%s: 1 + %d reloads finished (new workers up, old gone, each within %d s)")
      :format(label, RELOADS, RELOAD_WAIT), done == RELOADS,
      ("%d of %d"):format(math.max(done, 0), RELOADS))
    check(label .. ": traffic throughout the reloads", wrk_alive and f.requests > 0,
      ("wrk %s, %d requests"):format(wrk_alive and "ran" or "had ended", f.requests))
    local wrong = wrong_traffic(f, PLAN, 2)
    check(label .. ": no socket error, every status intended, every body right", wrong == "",
      wrong)
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
    harness.sleep(0.2) -- the last request's VM closes after its response
    rss[b] = rss_kb(worker)
  end
  check(label .. ": every status and body right", #wrong == 0,
    table.concat(wrong, "; ", 1, math.min(#wrong, 5)))
  check(label .. ": one worker throughout",
    server:workers()[1] == worker and harness.running(worker))
  check(("%s: worker RSS flat over 2 x %d requests (slack %d KB)")
    :format(label, BATCH, RSS_FLAT_SLACK_KB), rss[1] and rss[2]
    and rss[2] - rss[1] <= RSS_FLAT_SLACK_KB, ("%s KB -> %s KB"):format(tostring(rss[1]),
    tostring(rss[2])))
end

-- A plain Lua stand-in for what the handlers use of httpstatus, from the specs' own table.
local PLAIN = [[
        local expected = require("spec.expected")
        package.loaded.httpstatus = {
          codes = { NOT_FOUND = 404 },
          lookup = function(code) return expected.answer("lookup", code) end,
          class = function(code) return expected.answer("class", code) end,
          check = function() end,
        }
        require("status_pages")]]

local function reload()
  local with = reload_run("with httpstatus", nil, true)
  local without = reload_run("without httpstatus", PLAIN, false)
  local difference = with and without and with - without
  check(("master VmRSS growth over %d reloads with httpstatus within %d KB of the growth"
    .. " without"):format(RELOADS, GROWTH_SLACK_KB), difference and difference <= GROWTH_SLACK_KB,
    difference and ("%+d KB and %+d KB"):format(with, without) or "a run gave no figures")
  -- nothing in the master: each request's VM loads the module, and unloads it; nginx
  -- writes the alert at start-up, to stderr, before it opens its error log
  with_server("lua_code_cache off", harness.cases(1, "-- (none)", "lua_code_cache off;"),
    code_cache_off, "%[alert%].*lua_code_cache is off; this will hurt performance")
end

io.stdout:setvbuf("line") -- in order with make's and nginx's output
local started = harness.now()
local modes = { load = load, reload = reload }
assert(modes[MODE], "usage: luajit check/nginx.lua load|reload [...]")()
note("took %.1f s", harness.now() - started)
harness.run(("%s/tools/results add nginx-%s %d %d 0")
  :format(quote(harness.root), MODE, passed, failed))
os.exit(failed == 0 and 0 or 1)
