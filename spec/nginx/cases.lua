-- Request handlers that spec/nginx/nginx_spec.lua and check/nginx.lua drive
-- inside a real nginx, under /cases/ beside the example's pages (harness.cases).
-- luacheck: std max+ngx_lua
local hs = require("httpstatus")
local cjson = require("cjson")

local M = {}

local function send_json(value)
  ngx.status = hs.codes.OK
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(value))
end

local handlers = {}

-- /status/301: "301 Moved Permanently redirection"; a code with no phrase
-- gets a 404 with hs.codes.NOT_FOUND's line; a 3xx carries a Location.
handlers["/status/"] = function(rest)
  local code = rest:match("^%d+$") and tonumber(rest)
  if not hs.lookup(code or 0) then code = hs.codes.NOT_FOUND end
  if hs.class(code) == "redirection" then ngx.header["Location"] = "/" end
  ngx.status = code
  ngx.say(code, " ", hs.lookup(code), " ", hs.class(code))
end

-- POST /cases/run: runs the Lua chunk of the body in this worker, the module as `hs`, and answers
-- { pid = the worker's, value = what the chunk returned } or { pid, error = the error it raised }.
handlers["/run"] = function()
  ngx.req.read_body()
  local env = setmetatable({ hs = hs }, { __index = _G })
  local source = ngx.req.get_body_data() or ""
  local ok, value = pcall(function()
    return assert(load(source, "=run", "t", env))()
  end)
  if not ok then
    return send_json({ pid = ngx.worker.pid(), error = tostring(value) })
  end
  send_json({ pid = ngx.worker.pid(), value = value })
end

-- /cases/<page>: the handler of <page>, or a 404.
function M.handle()
  local uri = ngx.var.uri:sub(#"/cases" + 1)
  local prefix, rest = uri:match("^(/%a+/)(.*)$")
  local handler = handlers[uri] or handlers[prefix] or function()
    return ngx.exit(hs.codes.NOT_FOUND)
  end
  return handler(rest)
end

return M
