-- The request handlers of nginx.conf: everything nginx sends goes through httpstatus for its
-- words and class.
local hs = require("httpstatus")
local cjson = require("cjson")

local M = {}

local function send_json(status, value)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(value))
end

-- error_page target: nginx is answering with ngx.status (404, 502, ...). hs.info() gives a fresh
-- table each time, ours to hand to cjson (which writes an empty aliases list as {}).
function M.error_page()
  local status = ngx.status
  send_json(status, hs.info(status) or { code = status })
end

-- GET /status/<code>. "abc" or "4.5" is not a status code: hs.info raises, and pcall turns that
-- into a 400 that says why, in the module's words.
function M.describe(text)
  local ok, info = pcall(hs.info, text)
  if not ok then
    return send_json(hs.codes.BAD_REQUEST, { error = info })
  end
  if info == nil then
    -- no such status: nginx's 404, which error_page turns into JSON
    return ngx.exit(hs.codes.NOT_FOUND)
  end
  send_json(hs.codes.OK, info)
end

-- header_filter_by_lua: X-Status-Class: successful | client_error | ..., and a warn line for
-- each rule of its code the response breaks. After error_page, ngx.status is still the code
-- nginx sends. get_headers(0) reads every field (the default stops at 100: an Allow past them
-- would look missing). No options: nginx refuses CONNECT itself, and the content is not known
-- yet. Fields that add_header sets come after this filter and are unseen.
function M.header_filter()
  ngx.header["X-Status-Class"] = hs.class(ngx.status)
  local notes = hs.check(ngx.status, ngx.resp.get_headers(0))
  for _, note in ipairs(notes or {}) do -- nil: the response breaks no rule
    ngx.log(ngx.WARN, ("httpstatus: %d %s %s(%s): %s, uri %s"):format(note.code, note.level,
      note.field and note.field .. " " or "", note.reference, note.message, ngx.var.request_uri))
  end
end

-- GET /check/<code>: a response that sets one field; the 204 breaks a rule with it.
local CHECK_EXAMPLES = {
  [204] = { "Content-Length", 0 },
  [401] = { "WWW-Authenticate", 'Basic realm="example"' },
  [405] = { "Allow", "GET, HEAD" },
}
function M.check_example(code)
  local field = CHECK_EXAMPLES[code]
  ngx.header[field[1]] = field[2]
  return ngx.exit(code)
end

-- log_by_lua: runs before nginx writes the access-log line.
function M.log()
  local class = hs.class(ngx.status) or "invalid"
  ngx.var.status_class = class
  ngx.shared.status_classes:incr(class, 1, 0)
end

-- GET /status-classes: { "successful": 3, "client_error": 2, ... }
function M.summary()
  local counts, out = ngx.shared.status_classes, {}
  for digit = 1, 5 do
    local class = hs.class(digit * 100)
    out[class] = counts:get(class) or 0
  end
  out.invalid = counts:get("invalid") or 0
  send_json(hs.codes.OK, out)
end

return M
