-- wrk script for check/nginx.lua.  Its one argument is the plan, as JSON: { paths = {
-- { path, status, body or nil }... }, delay = ms or nil, headers = {...} or nil }.  Each
-- connection cycles through the paths; every status asked and answered is counted, and,
-- when the paths give bodies, a body unlike its status's; done() prints the figures as
-- one line of key=value.
local cjson = require("cjson")
local plan
local bodies = {}
local threads, n = {}, 0

function setup(thread)
  threads[#threads + 1] = thread
end

local function count(key)
  counts[key] = (counts[key] or 0) + 1
end

-- wrk reads whether delay() exists after init, on its first thread
function init(args)
  plan = cjson.decode(args[1])
  counts = { bad_body = 0 }
  for _, p in ipairs(plan.paths) do
    bodies[p[2]] = p[3]
  end
  if plan.delay then
    function delay() return plan.delay end
  end
end

function request()
  n = n % #plan.paths + 1
  count("asked_" .. plan.paths[n][2])
  return wrk.format("GET", plan.paths[n][1], plan.headers)
end

function response(status, _, body)
  count("answered_" .. status)
  if next(bodies) and body ~= bodies[status] then count("bad_body") end
end

function done(summary, latency)
  local e = summary.errors
  local total = {}
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("counts")) do
      total[key] = (total[key] or 0) + value
    end
  end
  io.write(("wrk: requests=%d duration_us=%d connect_errors=%d read_errors=%d write_errors=%d"
    .. " timeouts=%d latency_p99_us=%d latency_max_us=%d"):format(summary.requests,
    summary.duration, e.connect, e.read, e.write, e.timeout, latency:percentile(99), latency.max))
  for key, value in pairs(total) do
    io.write(" ", key, "=", value)
  end
  io.write("\n")
end
