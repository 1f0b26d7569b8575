-- Request handlers that spec/nginx/nginx_spec.lua drives inside a real nginx
-- (one worker, so that every request meets the same Lua state).
-- luacheck: std max+ngx_lua
local hs = require("httpstatus")
local cjson = require("cjson")

local M = {}

local function send_json(value, status)
  ngx.status = status or hs.codes.OK
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(value))
end

-- "…/cases.lua:42: httpstatus.codes is read-only" -> "httpstatus.codes is read-only"
local function without_position(message)
  return (tostring(message):gsub("^[^\n]-:%d+: ", "", 1))
end

local handlers = {}

-- What runs the module: Debian's ngx_http_lua on OpenResty's LuaJIT fork.
handlers["/runtime"] = function()
  local ok_cjson, cjson_loaded = pcall(require, "cjson")
  send_json({
    jit_version = jit.version,
    jit_on = (jit.status()),
    -- table.isempty and table.nkeys exist only in OpenResty's LuaJIT
    openresty_luajit = (pcall(require, "table.isempty")) and (pcall(require, "table.nkeys")),
    cjson = ok_cjson and type(cjson_loaded.encode) == "function",
    lookup_source = debug.getinfo(hs.lookup, "S").source,
    class_source = debug.getinfo(hs.class, "S").source,
    is_error_source = debug.getinfo(hs.is_error, "S").source,
    status_line_source = debug.getinfo(hs.status_line, "S").source,
  })
end

handlers["/not-found"] = function()
  ngx.status = hs.codes.NOT_FOUND
  ngx.say("nothing here")
end

handlers["/teapot"] = function()
  return ngx.exit(hs.codes.IM_A_TEAPOT)
end

-- /error/413: the error body every JSON API wants.
handlers["/error/"] = function(rest)
  local code = tonumber(rest)
  ngx.status = code
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(hs.info(code)))
end

-- /status/301: an empty response with that status (the class header is set
-- for every response by class_header below).
handlers["/status/"] = function(rest)
  ngx.status = tonumber(rest)
  ngx.say("status ", rest)
end

-- /lookup?code=...: the request's own text, bad or not.
handlers["/lookup"] = function()
  local ok, phrase = pcall(hs.lookup, ngx.var.arg_code)
  if not ok then
    return send_json({ error = phrase }, hs.codes.BAD_REQUEST)
  end
  send_json({ phrase = phrase or cjson.null })
end

-- Bad arguments, each caught with pcall; the error text is the module's.
handlers["/bad"] = function()
  local results = {}
  local function try(label, f, ...)
    local ok, err = pcall(f, ...)
    results[label] = ok and "no error" or err
  end
  try("lookup(nil)", hs.lookup, nil)
  try("lookup('abc')", hs.lookup, "abc")
  try("lookup(404.5)", hs.lookup, 404.5)
  try("lookup({})", hs.lookup, {})
  try("class(true)", hs.class, true)
  try("is_error(0/0)", hs.is_error, 0 / 0)
  try("info('four hundred')", hs.info, "four hundred")
  try("code(nil)", hs.code, nil)
  local lookup = hs.lookup
  try("local lookup; lookup(nil) inside a function", function()
    local phrase = lookup(nil) -- not a tail call: this function is the caller
    return phrase
  end)
  send_json(results)
end

-- A handler that tries everything short of the debug library to change what
-- the module answers.  Each attempt says whether it was refused, and why.
handlers["/corrupt"] = function()
  local attempts = {}
  local function attempt(label, f)
    local ok, err = pcall(f)
    attempts[label] = ok and "allowed" or without_position(err)
  end
  attempt("codes[404] = 'Hacked'", function() hs.codes[404] = "Hacked" end)
  attempt("codes.NOT_FOUND = 200", function() hs.codes.NOT_FOUND = 200 end)
  attempt("codes.BRAND_NEW = 299", function() hs.codes.BRAND_NEW = 299 end)
  attempt("rawset(codes, 404, 'Hacked')", function() rawset(hs.codes, 404, "Hacked") end)
  attempt("setmetatable(codes, {...})", function()
    setmetatable(hs.codes, { __index = function() return "Hacked" end })
  end)
  attempt("getmetatable(codes).__index = {}", function()
    getmetatable(hs.codes).__index = {}
  end)
  attempt("classes.client_error = {}", function() hs.classes.client_error = {} end)
  attempt("rawset(classes, 'client_error', {})", function()
    rawset(hs.classes, "client_error", {})
  end)
  -- Tables handed out are the caller's own: changing them is allowed, and
  -- must not reach what the next caller gets.
  attempt("change info(404)", function()
    local info = hs.info(404)
    info.phrase, info.code, info.name, info.official = "Hacked", 200, "HACKED", false
    info.aliases[1] = "Hacked"
  end)
  attempt("change info(413).aliases", function()
    local aliases = hs.info(413).aliases
    aliases[1] = "Hacked"
    table.remove(aliases)
  end)
  attempt("change classes.client_error", function()
    local class = hs.classes.client_error
    class.label, class.first = "Hacked", 0
  end)
  send_json({ pid = ngx.worker.pid(), attempts = attempts })
end

-- What later requests on the same worker read.
handlers["/check"] = function()
  send_json({
    pid = ngx.worker.pid(),
    lookup_404 = hs.lookup(404),
    codes_404 = hs.codes[404],
    codes_NOT_FOUND = hs.codes.NOT_FOUND,
    codes_PAYLOAD_TOO_LARGE = hs.codes.PAYLOAD_TOO_LARGE,
    class_404 = hs.class(404),
    is_error_404 = hs.is_error(404),
    code_not_found = hs.code("not found"),
    info_404 = hs.info(404),
    info_413_aliases = hs.info(413).aliases,
    client_error = hs.classes.client_error,
  })
end

function M.handle()
  local uri = ngx.var.uri
  local handler = handlers[uri]
  if handler then return handler() end
  local prefix, rest = uri:match("^(/%a+/)(.*)$")
  if prefix and handlers[prefix] then return handlers[prefix](rest) end
  return ngx.exit(hs.codes.NOT_FOUND)
end

-- header_filter_by_lua, for every response.
function M.class_header()
  ngx.header["X-Status-Class"] = hs.class(ngx.status)
end

return M
