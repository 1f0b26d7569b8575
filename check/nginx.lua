-- httpstatus in nginx (spec/nginx/harness.lua) under wrk (check/load_wrk.lua), from the checkout's
-- root inside tools/with-nginx-tmpdir: make check-load and make check-reload, whose rows of
-- CONTRIBUTING.md say what each shows. Each server ends stopped, no worker stuck, nothing in its
-- log. Last: `nginx-MODE: P passed, F failed, 0 skipped`.
--   luajit check/nginx.lua load [SECONDS [CONNECTIONS [THREADS]]] | reload
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
-- With lua_code_cache off, what the allocators keep mapped moves by about one Lua VM (some
-- 480 KB was seen) from one batch to the next, while a leak of 1 KB a request adds 1 MB a batch.
local BATCH = 1000
local RSS_FLAT_SLACK_KB = 512

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

-- A check that after is at most slack_kb above before (either nil: the process had gone).
local function flat(name, before, after, slack_kb)
  local grew = before and after and after - before
  check(("%s %s KB from run 1 to run 2 (slack %d KB)"):format(name,
    grew and ("%+g"):format(grew) or "?", slack_kb), grew and grew <= slack_kb)
end

-- Runs wrk on plan against server, to its end, or in the background when background: then it
-- returns wrk's pid.  figures() reads what it printed.
local function wrk(server, plan, options, background)
  local command = ("wrk %s --timeout 5s -s %s http://127.0.0.1:%d/ %s >%s 2>&1"):format(
    options, harness.quote(harness.root .. "/check/load_wrk.lua"), server.port,
    harness.quote(cjson.encode(plan)), harness.quote(server.prefix .. "/wrk.out"))
  if not background then return harness.run(command) end
  return assert(tonumber(harness.read_command(command .. " & echo $!"):match("%d+")))
end

local function figures(server)
  local text = server:file("wrk.out")
  local ok, f = pcall(cjson.decode, text:match("wrk: ([^\n]*)"))
  assert(ok and type(f) == "table" and f.requests, "wrk printed no figures:\n" .. text)
  return f
end

-- What went wrong with wrk's traffic: socket errors, wrong bodies, a status answered more often
-- than asked (never, for a status not intended), or less but for the requests in flight at the
-- end (one a connection, and one that wrk asks its first thread for and never sends).
local function wrong_traffic(f, connections)
  local wrong, statuses = {}, {}
  local errors = { "connect_errors", "read_errors", "write_errors", "timeouts", "bad_body" }
  for _, key in ipairs(errors) do
    if f[key] ~= 0 then wrong[#wrong + 1] = ("%s: %d"):format(key, f[key]) end
  end
  for key in pairs(f) do
    local status = key:match("^asked_(%d+)$") or key:match("^answered_(%d+)$")
    if status then statuses[status] = true end
  end
  for status in pairs(statuses) do
    local asked = f["asked_" .. status] or 0
    local answered = f["answered_" .. status] or 0
    if answered > asked or asked - answered > connections + 1 then
      wrong[#wrong + 1] = ("status %s: %d asked, %d answered"):format(status, asked, answered)
    end
  end
  return table.concat(wrong, "; ")
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

-- The skeleton of every run: a fresh nginx (harness.start(label, cases)); one request for each
-- path of PLAN; fn(server, its workers); then nginx stopped.  An error is one failed check, and
-- so are a worker that had to be killed and any line logged but, when given, the one that
-- matches alert.
local function with_server(label, cases, fn, alert)
  local server
  local ok, err = pcall(function()
    server = harness.start((label:gsub("%W+", "-")), cases)
    local wrong = requests(server, #PLAN.paths)
    check(label .. ": every path answers right at first", #wrong == 0, table.concat(wrong, "; "))
    if #wrong > 0 then error("stopped: the answers are wrong", 0) end
    fn(server, server:workers())
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

local HEAP = [[
collectgarbage("collect")
collectgarbage("collect")
return collectgarbage("count")]]

-- The example, with /cases/ to read the worker's Lua heap after a full collection.
local function load()
  local plan = { paths = { { "/", 200 }, { "/status/404", 200 }, { "/status/418", 200 },
    { "/status/413", 200 }, { "/status/abc", 400 }, { "/status/999", 404 },
    { "/no/such/page", 404 }, { "/status-classes", 200 } } }
  with_server("load", {}, function(server, workers)
    local worker = workers[1]
    local rss, heap = {}, {}
    note("wrk -t%d -c%d -d%ds, twice, on worker %d", THREADS, CONNECTIONS, SECONDS, worker)
    for run = 1, 2 do
      wrk(server, plan, ("-t%d -c%d -d%ds"):format(THREADS, CONNECTIONS, SECONDS))
      local f = figures(server)
      rss[run] = harness.rss_kb(worker)
      heap[run] = cjson.decode(server:request("/cases/run", HEAP).body).value
      note("run %d: %d requests (%.0f/s), latency p99 %d us, max %d us; RSS %s KB, heap %.1f KB",
        run, f.requests, f.requests / (f.duration_us / 1e6), f.latency_p99_us, f.latency_max_us,
        tostring(rss[run]), heap[run])
      local wrong = wrong_traffic(f, CONNECTIONS)
      check(("run %d: every status intended, no socket error"):format(run), wrong == "", wrong)
      check(("run %d: the worker lives"):format(run), harness.running(worker))
    end
    flat("worker RSS", rss[1], rss[2], RSS_SLACK_KB)
    flat("worker Lua heap", heap[1], heap[2], HEAP_SLACK_KB)
  end)
end

-- 1 + RELOADS reloads under wrk: the growth of the master's VmRSS over the RELOADS, or nil.
local function reload_run(label, init, module_mapped)
  local growth
  with_server(label, { workers = WORKERS, init = init }, function(server, generation)
    local master = assert(server:pid(), "nginx wrote no pid")
    local maps = harness.read_file(("/proc/%d/maps"):format(master)) or ""
    check(("%s: httpstatus.so %s in the master"):format(label, module_mapped and "mapped" or
      "not mapped"), (maps:find("httpstatus.so", 1, true) ~= nil) == module_mapped)
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
      generation = server:wait_workers(generation)
      done = done + (generation and 1 or 0)
      before = before or done == 0 and harness.rss_kb(master) or nil
    end
    local after = harness.rss_kb(master)
    local wrk_alive = harness.running(wrk_pid)
    harness.stop_process(wrk_pid, "INT") -- wrk prints its figures
    local f = figures(server)
    growth = generation and after and before and after - before
    note("%s: master VmRSS %s KB after the first reload, %s KB after the last; %.1f s;"
      .. " %d requests", label, tostring(before), tostring(after), harness.now() - started,
      f.requests)
    check(("%s: 1 + %d reloads finished (new workers up, old gone, each within %d s)")
      :format(label, RELOADS, harness.WORKERS_WAIT), done == RELOADS,
      ("%d of %d"):format(math.max(done, 0), RELOADS))
    check(label .. ": traffic throughout the reloads", wrk_alive and f.requests > 0,
      ("wrk %s, %d requests"):format(wrk_alive and "ran" or "had ended", f.requests))
    local wrong = wrong_traffic(f, 2)
    check(label .. ": no socket error, every status intended, every body right", wrong == "",
      wrong)
  end)
  return growth
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
  local label = "lua_code_cache off"
  with_server(label, { init = "-- (none)", http = "lua_code_cache off;" }, function(server, pids)
    local worker = pids[1]
    local wrong, rss = {}, {}
    for b = 1, 2 do
      for _, message in ipairs(requests(server, BATCH)) do wrong[#wrong + 1] = message end
      harness.sleep(0.2) -- the last request's VM closes after its response
      rss[b] = harness.rss_kb(worker)
    end
    check(label .. ": every status and body right", #wrong == 0,
      table.concat(wrong, "; ", 1, math.min(#wrong, 5)))
    check(label .. ": one worker throughout",
      server:workers()[1] == worker and harness.running(worker))
    flat(("%s: worker RSS over 2 x %d requests"):format(label, BATCH), rss[1], rss[2],
      RSS_FLAT_SLACK_KB)
  end, "%[alert%].*lua_code_cache is off; this will hurt performance")
end

io.stdout:setvbuf("line") -- in order with make's and nginx's output
local started = harness.now()
local modes = { load = load, reload = reload }
assert(modes[MODE], "usage: luajit check/nginx.lua load|reload [...]")()
note("took %.1f s", harness.now() - started)
harness.run(("%s/tools/results add nginx-%s %d %d 0")
  :format(harness.quote(harness.root), MODE, passed, failed))
os.exit(failed == 0 and 0 or 1)
