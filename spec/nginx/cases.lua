-- Request handlers that spec/nginx/nginx_spec.lua and check/nginx.lua drive
-- inside a real nginx, under /cases/ beside the example's pages (harness.cases).
-- luacheck: std max+ngx_lua
local hs = require("httpstatus")
local cjson = require("cjson")

local M = {}

local function send_json(value, status)
  ngx.status = status or hs.codes.OK
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(value))
end

-- Runs f with pcall into results[label]: "allowed", or its error.
local function try(results, label, f)
  local ok, err = pcall(f)
  results[label] = ok and "allowed" or tostring(err)
end

local handlers = {}

-- What runs the module: Debian's ngx_http_lua on OpenResty's LuaJIT fork.
handlers["/runtime"] = function()
  local sources = {}
  for name, f in pairs(hs) do
    if type(f) == "function" then sources[name] = debug.getinfo(f, "S").source end
  end
  send_json({
    jit_version = jit.version,
    jit_on = (jit.status()),
    -- table.isempty and table.nkeys exist only in OpenResty's LuaJIT
    openresty_luajit = (pcall(require, "table.isempty")) and (pcall(require, "table.nkeys")),
    sources = sources,
  })
end

handlers["/teapot"] = function()
  return ngx.exit(hs.codes.IM_A_TEAPOT)
end

-- /error/413: the error body every JSON API wants.
handlers["/error/"] = function(rest)
  send_json(hs.info(tonumber(rest)), tonumber(rest))
end

-- /status/301: "301 Moved Permanently redirection"; a code with no phrase
-- gets a 404 with hs.codes.NOT_FOUND's line.
handlers["/status/"] = function(rest)
  local code = rest:match("^%d+$") and tonumber(rest)
  if not hs.lookup(code or 0) then code = hs.codes.NOT_FOUND end
  ngx.status = code
  ngx.say(code, " ", hs.lookup(code), " ", hs.class(code))
end

-- /lookup?code=...: the request's own text, bad or not.
handlers["/lookup"] = function()
  local ok, phrase = pcall(hs.lookup, ngx.var.arg_code)
  if not ok then
    return send_json({ error = phrase }, hs.codes.BAD_REQUEST)
  end
  send_json({ phrase = phrase or cjson.null })
end

-- Everything short of the debug library that could change what the module
-- answers.  Tables handed out are the caller's own: changing them is
-- allowed, and must not reach what the next caller gets.
handlers["/corrupt"] = function()
  local r = {}
  try(r, "codes[404] = 'Hacked'", function() hs.codes[404] = "Hacked" end)
  try(r, "codes.NOT_FOUND = 200", function() hs.codes.NOT_FOUND = 200 end)
  try(r, "codes.BRAND_NEW = 299", function() hs.codes.BRAND_NEW = 299 end)
  try(r, "rawset(codes, 404, 'Hacked')", function() rawset(hs.codes, 404, "Hacked") end)
  try(r, "setmetatable(codes, {...})", function()
    setmetatable(hs.codes, { __index = function() return "Hacked" end })
  end)
  try(r, "getmetatable(codes).__index = {}", function() getmetatable(hs.codes).__index = {} end)
  try(r, "classes.client_error = {}", function() hs.classes.client_error = {} end)
  try(r, "rawset(classes, 'client_error', {})", function()
    rawset(hs.classes, "client_error", {})
  end)
  try(r, "change info(404)", function()
    local info = hs.info(404)
    info.phrase, info.code, info.name, info.official = "Hacked", 200, "HACKED", false
    info.aliases[1] = "Hacked"
  end)
  try(r, "change info(413).aliases", function()
    local aliases = hs.info(413).aliases
    aliases[1] = "Hacked"
    table.remove(aliases)
  end)
  try(r, "change classes.client_error", function()
    local class = hs.classes.client_error
    class.label, class.first = "Hacked", 0
  end)
  send_json({ pid = ngx.worker.pid(), attempts = r })
end

-- What later requests on the same worker read, beside the other pages.
handlers["/check"] = function()
  send_json({
    pid = ngx.worker.pid(),
    codes_404 = hs.codes[404],
    codes_PAYLOAD_TOO_LARGE = hs.codes.PAYLOAD_TOO_LARGE,
    is_error_404 = hs.is_error(404),
    code_not_found = hs.code("not found"),
    client_error = hs.classes.client_error,
  })
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
