-- httpstatus inside a real nginx: Debian's nginx with its Lua module
-- (libnginx-mod-http-lua, on OpenResty's LuaJIT), loading build/luajit/httpstatus.so.
-- Run by `make test-nginx` (part of `make test`), which installs what it lacks;
-- `tools/with-nginx-tmpdir busted --run=nginx` (.busted) runs it by hand.
-- luacheck: std max+busted
local cjson = require("cjson")
local expected = require("spec.expected")
local harness = require("spec.nginx.harness")

local ROWS = {}
for _, row in ipairs(expected.CODES) do ROWS[row.code] = row end

local function bad(fname, reason)
  return { error = ("bad argument #1 to '%s' (%s)"):format(fname, reason) }
end

-- The line /cases/status/<code> answers.
local function line(code)
  return ("%d %s %s\n"):format(code, ROWS[code].phrase, ROWS[code].class)
end

local function json(response)
  assert.are.equal("application/json", response.headers["content-type"])
  return cjson.decode(response.body)
end

-- hs.info(code) through cjson: the row of spec/expected.lua, and its words.
local function assert_info(code, info)
  assert.are.equal("string", type(info.description))
  assert.are.equal("string", type(info.example))
  info.description, info.example = nil, nil
  assert.are.same(ROWS[code], info)
end

-- GET path answers status, its class in X-Status-Class, and want when given:
-- that body (a string), hs.info(want) as JSON (a code), or that JSON (a table).
local function assert_answer(server, path, status, want)
  local response = server:get(path)
  assert.are.equal(status, response.status, path)
  assert.are.equal(ROWS[status].class, response.headers["x-status-class"], path)
  if type(want) == "string" then
    assert.are.equal(want, response.body, path)
  elseif type(want) == "number" then
    assert_info(want, json(response))
  elseif want then
    assert.are.same(want, json(response), path)
  end
end

-- Through the module: statuses from hs.codes, cjson.encode(hs.info(code)),
-- a request's bad input caught with pcall and quoted in a 400.
local CASES = {
  { "/cases/status/200", 200, line(200) }, { "/cases/status/301", 301, line(301) },
  { "/cases/status/503", 503, line(503) }, { "/cases/status/999", 404, line(404) },
  { "/cases/status/299", 404, line(404) }, { "/cases/teapot", 418 },
  { "/cases/error/404", 404, 404 }, { "/cases/error/413", 413, 413 },
  { "/cases/error/418", 418, 418 }, { "/cases/error/503", 503, 503 },
  { "/cases/lookup?code=404", 200, { phrase = ROWS[404].phrase } },
  { "/cases/lookup?code=299", 200, { phrase = cjson.null } },
  { "/cases/lookup?code=abc", 400, bad("lookup", "number expected, got string") },
  { "/cases/lookup?code=404.5", 400, bad("lookup", "number has no integer representation") },
  { "/cases/lookup", 400, bad("lookup", "number expected, got nil") },
}

-- The example as a user copies it.
local EXAMPLE_CASES = {
  { "/", 200, "hello\n" }, { "/status/418", 200, 418 }, { "/status/416", 200, 416 },
  { "/no/such/page", 404, 404 }, { "/status/299", 404, 404 }, { "/status/700", 404, 404 },
  { "/status/abc", 400, bad("info", "number expected, got string") },
  { "/status/404.5", 400, bad("info", "number has no integer representation") },
}

-- One nginx: an `it` for each of cases, those more(server) adds (server()
-- gives the running server), and one for the error log.
local function suite(title, name, edits, cases, more)
  describe(title, function()
    local server

    setup(function()
      server = harness.start(name, edits)
    end)

    teardown(function()
      if server then server:stop() end
    end)

    for _, case in ipairs(cases) do
      it(("answers GET %s with a %d"):format(case[1], case[2]), function()
        assert_answer(server, case[1], case[2], case[3])
      end)
    end

    more(function() return server end)

    it("leaves no error, alert or emergency in nginx's error log", function()
      assert.are.same({}, harness.problems(server:log("error")))
    end)
  end)
end

suite("httpstatus in an nginx request handler", "cases", harness.cases(), CASES, function(server)
  it("runs on OpenResty's LuaJIT with the JIT on and the compiled fast paths in place", function()
    local runtime = json(server():get("/cases/runtime"))
    assert.are.equal("LuaJIT 2.1", runtime.jit_version:sub(1, 10))
    assert.are.equal(true, runtime.jit_on)
    assert.are.equal(true, runtime.openresty_luajit)
    -- Lua closures from the module's own chunk, which LuaJIT compiles
    for _, fname in ipairs(expected.CODE_FUNCTIONS) do
      if fname ~= "info" then assert.are.equal("=httpstatus", runtime.sources[fname], fname) end
    end
  end)

  it("keeps codes, info and classes intact for later requests after a corrupting one", function()
    local corrupt = json(server():get("/cases/corrupt"))
    local refused = {}
    for label, err in pairs(corrupt.attempts) do
      refused[label] = err:gsub("^[^\n]-:%d+: ", "", 1)
    end
    assert.are.same({
      ["codes[404] = 'Hacked'"] = "httpstatus.codes is read-only",
      ["codes.NOT_FOUND = 200"] = "httpstatus.codes is read-only",
      ["codes.BRAND_NEW = 299"] = "httpstatus.codes is read-only",
      ["rawset(codes, 404, 'Hacked')"] = bad("rawset", "table expected, got userdata").error,
      ["setmetatable(codes, {...})"] = bad("setmetatable", "table expected, got userdata").error,
      ["getmetatable(codes).__index = {}"] = "attempt to index a string value",
      ["classes.client_error = {}"] = "httpstatus.classes is read-only",
      ["rawset(classes, 'client_error', {})"] =
        bad("rawset", "table expected, got userdata").error,
      -- the caller's own copies: changing them is allowed
      ["change info(404)"] = "allowed",
      ["change info(413).aliases"] = "allowed",
      ["change classes.client_error"] = "allowed",
    }, refused)

    for _ = 1, 3 do
      for _, case in ipairs(CASES) do assert_answer(server(), case[1], case[2], case[3]) end
      local check = json(server():get("/cases/check"))
      assert.are.equal("string", type(check.client_error.description))
      check.client_error.description = nil
      assert.are.same({ pid = corrupt.pid, -- the same worker, the same Lua state
        codes_404 = ROWS[404].phrase, is_error_404 = true, code_not_found = 404,
        codes_PAYLOAD_TOO_LARGE = expected.ALIAS_NAMES.PAYLOAD_TOO_LARGE,
        client_error = expected.CLASSES[4] }, check)
    end
  end)
end)

suite("examples/openresty", "example", nil, EXAMPLE_CASES, function(server)
  it("counts responses by class and writes the class into the access log", function()
    local before = json(server():get("/status-classes"))
    for _, path in ipairs({ "/", "/", "/status/200", "/missing", "/status/abc" }) do
      server():get(path)
    end
    local added = {}
    for class, count in pairs(json(server():get("/status-classes"))) do
      added[class] = count - before[class]
    end
    -- the first /status-classes (200) was counted after it answered
    assert.are.same({ informational = 0, successful = 4, redirection = 0, client_error = 2,
      server_error = 0, invalid = 0 }, added)

    local lines = {}
    for entry in server():log("access"):gmatch("[^\n]+") do
      lines[#lines + 1] = entry:match('"(GET .*)$')
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
end)
