-- Request handlers that spec/nginx/nginx_spec.lua and check/nginx.lua drive inside a real
-- nginx: /cases/<name>/<rest> calls M[name](rest) (spec/nginx/harness.lua).
-- luacheck: std max+ngx_lua
local hs = require("httpstatus")
local cjson = require("cjson")

local M = {}

-- /cases/status/301: "301 Moved Permanently redirection"; a code with no phrase
-- gets a 404 with hs.codes.NOT_FOUND's line; a 3xx carries a Location.
function M.status(rest)
  local code = rest:match("^%d+$") and tonumber(rest)
  if not hs.lookup(code or 0) then code = hs.codes.NOT_FOUND end
  if hs.class(code) == "redirection" then ngx.header["Location"] = "/" end
  ngx.status = code
  ngx.say(code, " ", hs.lookup(code), " ", hs.class(code))
end

-- POST /cases/run: runs the Lua chunk of the body in this worker, the module as `hs`, and answers
-- { pid = the worker's, value = what the chunk returned } or { pid, error = the error it raised }.
function M.run()
  ngx.req.read_body()
  local env = setmetatable({ hs = hs }, { __index = _G })
  local ok, value = pcall(function()
    return assert(load(ngx.req.get_body_data() or "", "=run", "t", env))()
  end)
  ngx.status = hs.codes.OK
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode({ pid = ngx.worker.pid(), [ok and "value" or "error"] = value }))
end

return M
