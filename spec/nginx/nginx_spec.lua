-- httpstatus inside a real nginx: Debian's nginx with its Lua module (libnginx-mod-http-lua, on
-- OpenResty's LuaJIT), loading build/luajit/httpstatus.so. Run by `make test-nginx` (part of
-- `make test`), or by hand: `tools/with-nginx-tmpdir busted --run=nginx` (.busted).
-- luacheck: std max+busted
local cjson = require("cjson")
local expected = require("spec.expected")
local harness = require("spec.nginx.harness")

local ROW = expected.ROW

local function bad(fname, reason)
  return ("bad argument #1 to '%s' (%s)"):format(fname, reason)
end

-- The line /cases/status/<code> answers.
local function line(code)
  return ("%d %s %s\n"):format(code, ROW[code].phrase, ROW[code].class)
end

local function json(response)
  assert.are.equal("application/json", response.headers["content-type"])
  return cjson.decode(response.body)
end

-- GET path (POST body when given) answers status, its class in X-Status-Class, and want
-- when given: that body (a string), hs.info(want) as JSON (a code), or that JSON (a table).
local function assert_answer(server, path, status, want, body)
  local response = server:request(path, body)
  assert.are.equal(status, response.status, path)
  assert.are.equal(ROW[status].class, response.headers["x-status-class"], path)
  if type(want) == "table" then
    assert.are.same(want, json(response), path)
  elseif type(want) == "number" then
    local info = json(response)
    assert.are.same({ "string", "string" }, { type(info.description), type(info.example) })
    info.description = nil
    info.example = nil
    assert.are.same(ROW[want], info, path)
  elseif want then
    assert.are.equal(want, response.body, path)
  end
end

-- What POST /cases/run answers for the Lua chunk source, run in the worker: { pid = the worker's,
-- value = what the chunk returned, error = what it raised, its position cut }.
local function run(server, source)
  local answer = json(server:request("/cases/run", source))
  answer.error = answer.error and answer.error:gsub("^run:%d+: ", "")
  return answer
end

-- Through the module: statuses from hs.codes, and the example's pages beside them,
-- cjson.encode(hs.info(code)) and a request's bad input caught with pcall, quoted in a 400.
local CASES = {
  { "/cases/status/200", 200, line(200) }, { "/cases/status/301", 301, line(301) },
  { "/cases/status/503", 503, line(503) }, { "/cases/status/999", 404, line(404) },
  { "/cases/status/299", 404, line(404) }, { "/status/413", 200, 413 },
  { "/status/abc", 400, { error = bad("info", "number expected, got string") } },
}

-- The example as a user copies it, and the notes its check logs: those and no others.
local EXAMPLE_CASES = {
  { "/", 200, "hello\n" }, { "/status/418", 200, 418 }, { "/status/416", 200, 416 },
  { "/no/such/page", 404, 404 }, { "/status/299", 404, 404 }, { "/status/700", 404, 404 },
  { "/status/404.5", 400, { error = bad("info", "number has no integer representation") } },
  { "/README.md", 405, 405, "x" }, { "/check/204", 204, "" }, { "/check/405", 405, 405 },
  { "/check/401", 401, 401 }, { "/check/302", 302 },
}
local EXAMPLE_NOTES = {
  ("httpstatus: 405 MUST Allow (RFC 9110, Section 15.5.6): 405 %s without an Allow header"
    .. " field, uri /README.md"):format(ROW[405].phrase),
  ("httpstatus: 204 MUST NOT Content-Length (RFC 9110, Section 8.6): 204 %s with a"
    .. " Content-Length header field, uri /check/204"):format(ROW[204].phrase),
}

-- Everything short of the debug library that could change what the module answers, and the
-- error it meets.  Tables handed out are the caller's own: changing them is allowed (no
-- error), and must not reach the next caller.
local NOT_A_TABLE = "table expected, got userdata"
local ATTEMPTS = {
  { "hs.codes[404] = 'Hacked'", "httpstatus.codes is read-only" },
  { "rawset(hs.codes, 404, 'Hacked')", bad("rawset", NOT_A_TABLE) },
  { "setmetatable(hs.codes, { __index = function() return 'Hacked' end })",
    bad("setmetatable", NOT_A_TABLE) },
  { "getmetatable(hs.codes).__index = {}", "attempt to index a string value" },
  { "hs.classes.client_error = {}", "httpstatus.classes is read-only" },
  { "rawset(hs.classes, 'client_error', {})", bad("rawset", NOT_A_TABLE) },
  { [[local aliases = hs.info(413).aliases
    table.remove(aliases)
    for _, copy in ipairs({ hs.info(404), aliases, hs.classes.client_error }) do
      for key in pairs(copy) do copy[key] = "Hacked" end
    end]] },
}

-- What later requests read of what the attempts went for, beside the pages.
local LATER = [[return { codes_404 = hs.codes[404], is_error_404 = hs.is_error(404),
  codes_PAYLOAD_TOO_LARGE = hs.codes.PAYLOAD_TOO_LARGE, code_not_found = hs.code("not found"),
  client_error = hs.classes.client_error }]]

-- One nginx: an `it` for each of cases, those more(server) adds (server() gives the running
-- server), and one for the error log: notes and no more.
local function suite(title, name, options, cases, more, notes)
  describe(title, function()
    local server

    setup(function()
      server = harness.start(name, options)
    end)

    teardown(function()
      if server then server:stop() end
    end)

    for _, case in ipairs(cases) do
      local method = case[4] and "POST" or "GET"
      it(("answers %s %s with a %d"):format(method, case[1], case[2]), function()
        assert_answer(server, case[1], case[2], case[3], case[4])
      end)
    end

    more(function() return server end)

    it("leaves no error, alert or emergency in nginx's error log, only the notes", function()
      assert.are.same({}, server:problems())
      local lines = {} -- each line, a note from the example's check cut to its text
      for entry in server:file("logs/error.log"):gmatch("[^\n]+") do
        lines[#lines + 1] = entry:match("%[warn%].-: (httpstatus: .-), client: ") or entry
      end
      assert.are.same(notes or {}, lines)
    end)
  end)
end

suite("httpstatus in an nginx request handler", "cases", {}, CASES, function(server)
  it("runs on OpenResty's LuaJIT with the JIT on and the compiled fast paths in place", function()
    local runtime = run(server(), [[
      local sources = {}
      for name, f in pairs(hs) do
        if type(f) == "function" then sources[name] = debug.getinfo(f, "S").source end
      end
      -- table.isempty and table.nkeys exist only in OpenResty's LuaJIT
      local openresty = pcall(require, "table.isempty") and pcall(require, "table.nkeys")
      return { version = jit.version, on = jit.status(), openresty = openresty, sources = sources }
    ]]).value
    assert.are.equal("LuaJIT 2.1", runtime.version:sub(1, 10))
    assert.are.equal(true, runtime.on)
    assert.are.equal(true, runtime.openresty)
    -- Lua closures from the module's own chunk, which LuaJIT compiles
    for _, fname in ipairs(expected.CODE_FUNCTIONS) do
      if fname ~= "info" then assert.are.equal("=httpstatus", runtime.sources[fname], fname) end
    end
  end)

  it("keeps codes, info and classes intact for later requests after a corrupting one", function()
    local worker = run(server(), "return 0").pid
    for _, attempt in ipairs(ATTEMPTS) do
      local answer = run(server(), attempt[1])
      assert.are.equal(attempt[2], answer.error, attempt[1])
      assert.are.equal(worker, answer.pid) -- the same worker, the same Lua state
    end
    for _ = 1, 3 do
      for _, case in ipairs(CASES) do assert_answer(server(), case[1], case[2], case[3]) end
      local later = run(server(), LATER)
      assert.are.equal(worker, later.pid)
      assert.are.equal("string", type(later.value.client_error.description))
      later.value.client_error.description = nil
      assert.are.same({ codes_404 = ROW[404].phrase, is_error_404 = true, code_not_found = 404,
        codes_PAYLOAD_TOO_LARGE = expected.NAME_CODE.PAYLOAD_TOO_LARGE,
        client_error = expected.CLASSES[4] }, later.value)
    end
  end)
end)

suite("examples/openresty", "example", nil, EXAMPLE_CASES, function(server)
  it("counts responses by class and writes the class into the access log", function()
    local before = json(server():request("/status-classes"))
    for _, path in ipairs({ "/", "/", "/status/200", "/missing", "/status/abc" }) do
      server():request(path)
    end
    local added = {}
    for class, count in pairs(json(server():request("/status-classes"))) do
      added[class] = count - before[class]
    end
    -- the first /status-classes (200) was counted after it answered
    assert.are.same({ informational = 0, successful = 4, redirection = 0, client_error = 2,
      server_error = 0, invalid = 0 }, added)

    local lines = {}
    for entry in server():file("logs/access.log"):gmatch("[^\n]+") do
      lines[#lines + 1] = entry:match('"(GET .*)$')
    end
    -- the last /status-classes is logged once answered: maybe not yet
    if lines[#lines] == 'GET /status-classes HTTP/1.1" 200 successful' then
      lines[#lines] = nil
    end
    assert.are.same({ 'GET /status-classes HTTP/1.1" 200 successful',
      'GET / HTTP/1.1" 200 successful', 'GET / HTTP/1.1" 200 successful',
      'GET /status/200 HTTP/1.1" 200 successful', 'GET /missing HTTP/1.1" 404 client_error',
      'GET /status/abc HTTP/1.1" 400 client_error' }, { unpack(lines, #lines - 5, #lines) })
  end)
end, EXAMPLE_NOTES)
