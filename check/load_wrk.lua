-- wrk script for check/load_nginx.lua: each connection cycles through the
-- paths below, every response's status is counted, and done() prints one
-- line of JSON-free "key=value" figures that load_nginx.lua reads.
--
-- The intended statuses: 200 for the pages, 400 for a code that is no
-- number (pcall caught hs.info's error), 404 for an unknown code and an
-- unknown page (nginx's 404 with the JSON error page).

local PATHS = {
  { "/", 200 },
  { "/status/404", 200 },
  { "/status/418", 200 },
  { "/status/413", 200 },
  { "/status/abc", 400 },
  { "/status/999", 404 },
  { "/no/such/page", 404 },
  { "/status-classes", 200 },
}

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

-- Per thread (each has its own Lua state): what was asked and answered.
local next_path = 0
local asked, answered = {}, {}

function init()
  for _, p in ipairs(PATHS) do asked[p[2]] = 0 end
  -- wrk reads these tables from done() through thread:get
  _G.asked, _G.answered = asked, answered
end

function request()
  next_path = next_path % #PATHS + 1
  local p = PATHS[next_path]
  asked[p[2]] = asked[p[2]] + 1
  return wrk.format("GET", p[1])
end

function response(status)
  answered[status] = (answered[status] or 0) + 1
end

function done(summary, latency)
  local total_asked, total_answered = {}, {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("asked")) do
      total_asked[status] = (total_asked[status] or 0) + n
    end
    for status, n in pairs(thread:get("answered")) do
      total_answered[status] = (total_answered[status] or 0) + n
    end
  end
  local fields = {
    ("requests=%d"):format(summary.requests),
    ("duration_us=%d"):format(summary.duration),
    ("connect_errors=%d"):format(summary.errors.connect),
    ("read_errors=%d"):format(summary.errors.read),
    ("write_errors=%d"):format(summary.errors.write),
    ("timeouts=%d"):format(summary.errors.timeout),
    ("latency_p50_us=%d"):format(latency:percentile(50)),
    ("latency_p99_us=%d"):format(latency:percentile(99)),
    ("latency_max_us=%d"):format(latency.max),
  }
  for status, n in pairs(total_asked) do
    fields[#fields + 1] = ("asked_%d=%d"):format(status, n)
  end
  for status, n in pairs(total_answered) do
    fields[#fields + 1] = ("answered_%d=%d"):format(status, n)
  end
  io.write("load: ", table.concat(fields, " "), "\n")
end
