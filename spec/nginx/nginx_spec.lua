-- httpstatus inside a real nginx: Debian's nginx with its Lua module
-- (libnginx-mod-http-lua, on OpenResty's LuaJIT), loading build/luajit/httpstatus.so.
-- Run by `make test-nginx` (part of `make test`), which installs what it lacks;
-- busted --run=nginx (.busted) runs it by hand.
-- luacheck: std max+busted
local cjson = require("cjson")
local harness = require("spec.nginx.harness")

local BUILD_DIR = harness.BUILD_DIR

local problems = harness.problems

local function json(response)
  assert.are.equal("application/json", response.headers["content-type"])
  return cjson.decode(response.body)
end

describe("httpstatus in an nginx request handler", function()
  local server

  setup(function()
    server = harness.start("cases", function(port)
      return harness.main_conf() .. ([[
http {
%s
    access_log logs/access.log;
    lua_package_cpath "%s/?.so;;";
    lua_package_path "%s/spec/nginx/?.lua;;";
    init_by_lua_block { require("cases") }
    server {
        listen 127.0.0.1:%d;
        header_filter_by_lua_block { require("cases").class_header() }
        location / {
            content_by_lua_block { require("cases").handle() }
        }
    }
}
]]):format(harness.temp_paths(), BUILD_DIR, harness.root, port)
    end)
  end)

  teardown(function()
    if server then server:stop() end
  end)

  it("runs on OpenResty's LuaJIT with the JIT on, cjson loaded and the compiled fast paths in place", function()
    local runtime = json(server:get("/runtime"))
    assert.are.equal("LuaJIT 2.1", runtime.jit_version:sub(1, 10))
    assert.are.equal(true, runtime.jit_on)
    assert.are.equal(true, runtime.openresty_luajit)
    assert.are.equal(true, runtime.cjson)
    -- Lua closures from the module's own chunk, which LuaJIT compiles
    assert.are.equal("=httpstatus", runtime.lookup_source)
    assert.are.equal("=httpstatus", runtime.class_source)
    assert.are.equal("=httpstatus", runtime.is_error_source)
    assert.are.equal("=httpstatus", runtime.status_line_source)
  end)

  it("sets the response status from a constant: ngx.status = hs.codes.NOT_FOUND", function()
    local response = server:get("/not-found")
    assert.are.equal(404, response.status)
    assert.are.equal("nothing here\n", response.body)
  end)

  it("ends a request with ngx.exit(hs.codes.IM_A_TEAPOT)", function()
    assert.are.equal(418, server:get("/teapot").status)
  end)

  it("sends JSON error bodies made with cjson.encode(hs.info(code))", function()
    local response = server:get("/error/404")
    assert.are.equal(404, response.status)
    local info = json(response)
    assert.are.equal(404, info.code)
    assert.are.equal("Not Found", info.phrase)
    assert.are.equal("NOT_FOUND", info.name)
    assert.are.equal("client_error", info.class)
    assert.are.equal("RFC 9110, Section 15.5.5", info.reference)
    assert.are.equal("IANA", info.source)
    assert.are.equal(true, info.official)
    assert.are.same({}, info.aliases)
    assert.are.equal("Nothing is available at the target URI", info.description:sub(1, 38))

    response = server:get("/error/413")
    assert.are.equal(413, response.status)
    info = json(response)
    assert.are.equal("Content Too Large", info.phrase)
    assert.are.same({ "Payload Too Large", "Request Entity Too Large" }, info.aliases)

    response = server:get("/error/418")
    assert.are.equal(418, response.status)
    info = json(response)
    assert.are.equal("I'm a teapot", info.phrase)
    assert.are.equal(false, info.official)
    assert.are.equal("RFC 2324 / RFC 7168", info.source)

    response = server:get("/error/503")
    assert.are.equal(503, response.status)
    info = json(response)
    assert.are.equal("Service Unavailable", info.phrase)
    assert.are.equal("server_error", info.class)
  end)

  it("names the status class in a response header", function()
    local expected = {
      { "/status/200", 200, "successful" },
      { "/status/301", 301, "redirection" },
      { "/not-found", 404, "client_error" },
      { "/teapot", 418, "client_error" },
      { "/status/503", 503, "server_error" },
    }
    for _, case in ipairs(expected) do
      local response = server:get(case[1])
      assert.are.equal(case[2], response.status)
      assert.are.equal(case[3], response.headers["x-status-class"])
    end
  end)

  it("catches bad input with pcall, and the error is the module's own text", function()
    local results = json(server:get("/bad"))
    -- called from Lua, the message says where: the handler's line, not the module's
    local label = "local lookup; lookup(nil) inside a function"
    local position, message = results[label]:match("^(.-:%d+): (.*)$")
    assert.are.equal("cases.lua", position:match("([^/]*):%d+$"))
    assert.are.equal("bad argument #1 to 'lookup' (number expected, got nil)", message)
    results[label] = nil
    assert.are.same({
      ["lookup(nil)"] = "bad argument #1 to 'lookup' (number expected, got nil)",
      ["lookup('abc')"] = "bad argument #1 to 'lookup' (number expected, got string)",
      ["lookup(404.5)"] = "bad argument #1 to 'lookup' (number has no integer representation)",
      ["lookup({})"] = "bad argument #1 to 'lookup' (number expected, got table)",
      ["class(true)"] = "bad argument #1 to 'class' (number expected, got boolean)",
      ["is_error(0/0)"] = "bad argument #1 to 'is_error' (number has no integer representation)",
      ["info('four hundred')"] = "bad argument #1 to 'info' (number expected, got string)",
      ["code(nil)"] = "bad argument #1 to 'code' (string expected, got nil)",
    }, results)
  end)

  it("answers a request's own bad input with a 400 that quotes the module", function()
    local cases = {
      { "/lookup?code=404", 200, { phrase = "Not Found" } },
      { "/lookup?code=299", 200, { phrase = cjson.null } },
      { "/lookup?code=abc", 400, { error = "bad argument #1 to 'lookup' (number expected, got string)" } },
      { "/lookup?code=404.5", 400,
        { error = "bad argument #1 to 'lookup' (number has no integer representation)" } },
      { "/lookup", 400, { error = "bad argument #1 to 'lookup' (number expected, got nil)" } },
    }
    for _, case in ipairs(cases) do
      local response = server:get(case[1])
      assert.are.equal(case[2], response.status)
      assert.are.same(case[3], json(response))
    end
  end)

  it("keeps codes, info and classes intact for later requests after a handler tries to corrupt them", function()
    local corrupt = json(server:get("/corrupt"))
    assert.are.same({
      ["codes[404] = 'Hacked'"] = "httpstatus.codes is read-only",
      ["codes.NOT_FOUND = 200"] = "httpstatus.codes is read-only",
      ["codes.BRAND_NEW = 299"] = "httpstatus.codes is read-only",
      ["rawset(codes, 404, 'Hacked')"] = "bad argument #1 to 'rawset' (table expected, got userdata)",
      ["setmetatable(codes, {...})"] = "bad argument #1 to 'setmetatable' (table expected, got userdata)",
      ["getmetatable(codes).__index = {}"] = "attempt to index a string value",
      ["classes.client_error = {}"] = "httpstatus.classes is read-only",
      ["rawset(classes, 'client_error', {})"] = "bad argument #1 to 'rawset' (table expected, got userdata)",
      -- the caller's own copies: changing them is allowed
      ["change info(404)"] = "allowed",
      ["change info(413).aliases"] = "allowed",
      ["change classes.client_error"] = "allowed",
    }, corrupt.attempts)

    for _ = 1, 3 do
      local check = json(server:get("/check"))
      assert.are.equal(corrupt.pid, check.pid) -- the same worker, the same Lua state
      assert.are.equal("Not Found", check.lookup_404)
      assert.are.equal("Not Found", check.codes_404)
      assert.are.equal(404, check.codes_NOT_FOUND)
      assert.are.equal(413, check.codes_PAYLOAD_TOO_LARGE)
      assert.are.equal("client_error", check.class_404)
      assert.are.equal(true, check.is_error_404)
      assert.are.equal(404, check.code_not_found)
      assert.are.equal(404, check.info_404.code)
      assert.are.equal("Not Found", check.info_404.phrase)
      assert.are.equal("NOT_FOUND", check.info_404.name)
      assert.are.equal(true, check.info_404.official)
      assert.are.same({}, check.info_404.aliases)
      assert.are.same({ "Payload Too Large", "Request Entity Too Large" }, check.info_413_aliases)
      assert.are.equal("Client Error", check.client_error.label)
      assert.are.equal(400, check.client_error.first)
      assert.are.equal(499, check.client_error.last)
    end
  end)

  it("leaves no error, alert or emergency in nginx's error log", function()
    assert.are.same({}, problems(server:error_log()))
  end)
end)

describe("examples/openresty", function()
  local server
  local EXAMPLE = harness.EXAMPLE

  setup(function()
    server = harness.start("example", harness.example_conf,
      { ["status_pages.lua"] = EXAMPLE .. "/status_pages.lua" })
  end)

  teardown(function()
    if server then server:stop() end
    harness.cleanup()
  end)

  it("says the class of a plain response in X-Status-Class", function()
    local response = server:get("/")
    assert.are.equal(200, response.status)
    assert.are.equal("hello\n", response.body)
    assert.are.equal("successful", response.headers["x-status-class"])
  end)

  it("turns nginx's own 404 into a JSON page from hs.info(404)", function()
    local response = server:get("/no/such/page")
    assert.are.equal(404, response.status)
    assert.are.equal("client_error", response.headers["x-status-class"])
    local info = json(response)
    assert.are.equal(404, info.code)
    assert.are.equal("Not Found", info.phrase)
    assert.are.equal("RFC 9110, Section 15.5.5", info.reference)
  end)

  it("describes a code at /status/<code>", function()
    local response = server:get("/status/418")
    assert.are.equal(200, response.status)
    local info = json(response)
    assert.are.equal("I'm a teapot", info.phrase)
    assert.are.equal("IM_A_TEAPOT", info.name)
    assert.are.equal("client_error", info.class)
    assert.are.equal(false, info.official)

    info = json(server:get("/status/416"))
    assert.are.same({ "Requested Range Not Satisfiable" }, info.aliases)
  end)

  it("answers a code it does not know with its JSON 404 page", function()
    for _, path in ipairs({ "/status/299", "/status/700" }) do
      local response = server:get(path)
      assert.are.equal(404, response.status)
      assert.are.equal("Not Found", json(response).phrase)
    end
  end)

  it("answers text that is no code with a 400 in the module's words", function()
    local response = server:get("/status/abc")
    assert.are.equal(400, response.status)
    assert.are.equal("client_error", response.headers["x-status-class"])
    assert.are.same({ error = "bad argument #1 to 'info' (number expected, got string)" },
      json(response))
    assert.are.same({ error = "bad argument #1 to 'info' (number has no integer representation)" },
      json(server:get("/status/404.5")))
  end)

  it("counts responses by class and writes the class into the access log", function()
    local before = json(server:get("/status-classes"))
    for _, path in ipairs({ "/", "/", "/status/200", "/missing", "/status/abc" }) do
      server:get(path)
    end
    local after = json(server:get("/status-classes"))
    local added = {}
    for class, count in pairs(after) do added[class] = count - before[class] end
    -- the first /status-classes (200) was counted after it answered
    assert.are.same({ informational = 0, successful = 4, redirection = 0, client_error = 2,
      server_error = 0, invalid = 0 }, added)

    local lines = {}
    for line in server:access_log():gmatch("[^\n]+") do
      lines[#lines + 1] = line:match('"(GET .*)$')
    end
    -- the last /status-classes is logged once answered: maybe not yet
    if lines[#lines] == 'GET /status-classes HTTP/1.1" 200 successful' then
      lines[#lines] = nil
    end
    assert.are.same({
      'GET /status-classes HTTP/1.1" 200 successful',
      'GET / HTTP/1.1" 200 successful',
      'GET / HTTP/1.1" 200 successful',
      'GET /status/200 HTTP/1.1" 200 successful',
      'GET /missing HTTP/1.1" 404 client_error',
      'GET /status/abc HTTP/1.1" 400 client_error',
    }, { unpack(lines, #lines - 5, #lines) })
  end)

  it("leaves no error, alert or emergency in nginx's error log", function()
    assert.are.same({}, problems(server:error_log()))
  end)
end)
