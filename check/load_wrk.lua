-- wrk script for check/nginx.lua. Its one argument is the plan, as JSON: { paths = { { path,
-- status, body or nil }... }, delay = ms or nil, headers = {...} or nil }. Each connection cycles
-- through the paths, counting every status asked and answered, and, when the paths give bodies,
-- each body unlike its status's; done() prints the figures as one line of JSON after "wrk: ".
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
  local total = { requests = summary.requests, duration_us = summary.duration,
    connect_errors = e.connect, read_errors = e.read, write_errors = e.write, timeouts = e.timeout,
    latency_p99_us = latency:percentile(99), latency_max_us = latency.max }
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("counts")) do
      total[key] = (total[key] or 0) + value
    end
  end
  io.write("wrk: ", cjson.encode(total), "\n")
end
