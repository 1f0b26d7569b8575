-- Load: wrk (check/load_wrk.lua) twice against examples/openresty as a user
-- copies it, started and stopped by spec/nginx/harness.lua as in `make
-- test-nginx`.  Passes when, in each run, every response has the status its
-- request is meant to get (see check/load_wrk.lua), wrk saw no socket error
-- or timeout, nginx logged no error, and the worker's RSS and Lua heap (after
-- a full collection) did not grow from the end of the first run to the end
-- of the second.  Prints the figures.
--
-- Usage (from the checkout's root, as make check-load does):
--   luajit check/load_nginx.lua [SECONDS [CONNECTIONS [THREADS]]]
local harness = require("spec.nginx.harness")

local SECONDS = tonumber(arg[1]) or 10
local THREADS = tonumber(arg[3]) or 2
local CONNECTIONS = tonumber(arg[2]) or 2 * THREADS
-- Allocator and page noise between the two runs; a leak of a few bytes a
-- request adds megabytes over hundreds of thousands.
local RSS_SLACK_KB = 256
local HEAP_SLACK_KB = 16

local EXAMPLE = harness.EXAMPLE
local INTENDED = { [200] = true, [400] = true, [404] = true }

-- The example as a user copies it, plus a page that reports the worker's
-- Lua heap after a full collection.
local function load_conf(port)
  return harness.example_conf(port, function(replace)
    replace("location = / {", [[location = /_load/heap {
            access_log off;
            content_by_lua_block {
                collectgarbage("collect")
                collectgarbage("collect")
                ngx.say(collectgarbage("count"))
            }
        }

        location = / {]])
  end)
end

local function wrk(port)
  local command = ("wrk -t%d -c%d -d%ds --timeout 5s -s %s http://127.0.0.1:%d/ 2>&1")
    :format(THREADS, CONNECTIONS, SECONDS, harness.root .. "/check/load_wrk.lua", port)
  local out = harness.read_command(command)
  local line = out:match("load: ([^\n]*)")
  if not line then error("wrk printed no figures:\n" .. out) end
  local figures = {}
  for key, value in line:gmatch("(%S+)=(%d+)") do figures[key] = tonumber(value) end
  return figures
end

-- What went wrong in one run, as a list of messages.
local function check_run(f)
  local wrong = {}
  for _, key in ipairs({ "connect_errors", "read_errors", "write_errors", "timeouts" }) do
    if f[key] ~= 0 then wrong[#wrong + 1] = ("%s: %d"):format(key, f[key]) end
  end
  for key, n in pairs(f) do
    local status = tonumber(key:match("^answered_(%d+)$"))
    if status and not INTENDED[status] then
      wrong[#wrong + 1] = ("%d responses with status %d"):format(n, status)
    end
  end
  -- each answered as often as asked, but for requests in flight when wrk
  -- stopped (at most one per connection)
  for status in pairs(INTENDED) do
    local asked, answered = f["asked_" .. status] or 0, f["answered_" .. status] or 0
    if answered > asked or asked - answered > CONNECTIONS then
      wrong[#wrong + 1] = ("status %d: %d asked, %d answered"):format(status, asked, answered)
    end
  end
  if (f.requests or 0) == 0 then wrong[#wrong + 1] = "no request completed" end
  return wrong
end

local server = harness.start("load", load_conf,
  { ["status_pages.lua"] = EXAMPLE .. "/status_pages.lua" })
local ok, err = pcall(function()
  assert(server:pid(), "nginx wrote no pid")
  -- an answer means the worker is up
  assert(server:get("/").status == 200, "nginx does not answer GET /")
  local workers = server:workers()
  assert(#workers == 1, "expected one worker, found " .. #workers)
  local worker, memory, failures = workers[1], {}, {}
  local function fail(...) failures[#failures + 1] = string.format(...) end
  print(("load: nginx %s on 127.0.0.1:%d, worker pid %d; wrk -t%d -c%d -d%ds, twice")
    :format(EXAMPLE .. "/nginx.conf", server.port, worker, THREADS, CONNECTIONS, SECONDS))
  for run = 1, 2 do
    local f = wrk(server.port)
    local heap = tonumber(server:get("/_load/heap").body:match("[%d.]+"))
    memory[run] = { rss = harness.memory_kb(worker), heap = heap }
    print(("load: run %d: %d requests in %.1f s (%.0f/s), latency p50 %d us, p99 %d us, "
      .. "max %d us; 200: %d, 400: %d, 404: %d, other: %d; socket errors %d, timeouts %d; "
      .. "worker RSS %d KB, Lua heap %.1f KB")
      :format(run, f.requests, f.duration_us / 1e6, f.requests / (f.duration_us / 1e6),
        f.latency_p50_us, f.latency_p99_us, f.latency_max_us,
        f.answered_200 or 0, f.answered_400 or 0, f.answered_404 or 0,
        f.requests - (f.answered_200 or 0) - (f.answered_400 or 0) - (f.answered_404 or 0),
        f.connect_errors + f.read_errors + f.write_errors, f.timeouts,
        memory[run].rss, memory[run].heap))
    for _, message in ipairs(check_run(f)) do fail("run %d: %s", run, message) end
    if not harness.running(worker) then fail("the worker died") end
  end
  local rss_growth = memory[2].rss - memory[1].rss
  local heap_growth = memory[2].heap - memory[1].heap
  print(("load: from run 1 to run 2 the worker's RSS changed by %+d KB, its Lua heap by %+.1f KB")
    :format(rss_growth, heap_growth))
  if rss_growth > RSS_SLACK_KB then fail("worker RSS grew by %d KB", rss_growth) end
  if heap_growth > HEAP_SLACK_KB then fail("worker Lua heap grew by %.1f KB", heap_growth) end
  for _, line in ipairs(harness.problems(server:error_log())) do fail("nginx error log: %s", line) end
  if #failures > 0 then error(table.concat(failures, "\n"), 0) end
end)
server:stop()
harness.cleanup()
if not ok then
  io.stderr:write("load: FAILED\n", tostring(err), "\n")
  os.exit(1)
end
print("load: passed")
