-- The command-line tool: `<this Lua> bin/httpstatus` as a separate process, loading the same build
-- of the module as this suite (the child gets this process's package.path and cpath); or, with
-- HTTPSTATUS_CLI set to the path of an installed command (make rock-test), that command.
local json = require("dkjson") -- a dependency of busted itself
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local unpack = table.unpack or unpack

local INSTALLED = os.getenv("HTTPSTATUS_CLI")
local CLI = INSTALLED and helpers.shell_quote(INSTALLED) or (helpers.LUA .. " bin/httpstatus")

local function httpstatus(...)
  return helpers.run(CLI, { ... })
end

-- ---- what the tool prints, written out ----

local TRY_HELP = "Try 'httpstatus --help'.\n"

local NOT_FOUND_404 = [[
404 Not Found
  name:        NOT_FOUND
  class:       client_error (4xx Client Error)
  source:      IANA (official)
  reference:   RFC 9110, Section 15.5.5
  description: Nothing is available at the target URI, or the server prefers
               not to reveal whether something is. It says nothing about
               whether the absence is temporary or permanent (see 410).
               Cacheable by default.
  example:     GET /users/42 when no user 42 exists
]]

local JSON_404 = '{"aliases":[],"class":"client_error","code":404,"description":'
  .. '"Nothing is available at the target URI, or the server prefers not to '
  .. 'reveal whether something is. It says nothing about whether the absence '
  .. 'is temporary or permanent (see 410). Cacheable by default.",'
  .. '"example":"GET /users/42 when no user 42 exists","name":"NOT_FOUND",'
  .. '"official":true,"phrase":"Not Found","reference":"RFC 9110, Section 15.5.5",'
  .. '"requires":[],"source":"IANA"}\n'

-- A listing of one line written out; the others are made from spec/expected.lua alike.
local UNOFFICIAL_NOTE =
  "\n* unofficial: not in the IANA registry (httpstatus CODE tells its source)\n"
local TEAPOT = "  418*  I'm a teapot                          IM_A_TEAPOT\n" .. UNOFFICIAL_NOTE
local CLASSES = expected.CLASSES
local ROW = expected.ROW
local WIDTH = 0 -- of the phrase column: the longest phrase
for _, row in ipairs(expected.CODES) do WIDTH = math.max(WIDTH, #row.phrase) end

-- What a listing prints: groups of codes, each under its heading if it has
-- one, a line a code, and the note when one of the codes is unofficial.
local function listing(groups)
  local parts = {}
  local unofficial = false
  for i, group in ipairs(groups) do
    local lines = { group.heading }
    for _, code in ipairs(group) do
      local row = ROW[code]
      lines[#lines + 1] = ("  %d%s  %-" .. WIDTH .. "s  %s\n"):format(code,
        row.official and " " or "*", row.phrase, row.name)
      unofficial = unofficial or not row.official
    end
    parts[i] = table.concat(lines)
  end
  return table.concat(parts, "\n") .. (unofficial and UNOFFICIAL_NOTE or "")
end

-- A class of the oracle as a group of listing().
local function class_group(class)
  local group = { heading = ("%dxx %s\n"):format(class.first / 100, class.label) }
  for _, row in ipairs(expected.ROWS_OF[class.id]) do group[#group + 1] = row.code end
  return group
end

-- Whether s holds every word of text: runs of letters and digits, in any case.
local function holds_words(s, text)
  local have = {}
  for word in s:upper():gmatch("%w+") do have[word] = true end
  for word in text:upper():gmatch("%w+") do
    if not have[word] then return false end
  end
  return true
end

-- The oracle's codes, in code order, whose phrase and name or an older phrase hold every
-- word of text.
local function codes_with_words(text)
  local codes = {}
  for _, row in ipairs(expected.CODES) do
    for _, s in ipairs({ row.phrase .. " " .. row.name, unpack(row.aliases) }) do
      if holds_words(s, text) and codes[#codes] ~= row.code then codes[#codes + 1] = row.code end
    end
  end
  assert(#codes > 1, text) -- a search that lists
  return codes
end

local function found(stdout) return { stdout = stdout, stderr = "", status = 0 } end
local function not_found(why, stdout)
  return { stdout = stdout or "", stderr = "httpstatus: " .. why .. "\n", status = 1 }
end
local function bad_usage(stderr) return { stdout = "", stderr = stderr, status = 2 } end

-- Runs the tool with each list of arguments; asserts that it prints want, and nothing else.
local function assert_runs(want, ...)
  for _, args in ipairs({ ... }) do
    assert.are.same(want, httpstatus(unpack(args)), table.concat(args, " "))
  end
end

-- The codes of the records of a JSON array the tool printed.
local function codes_of(stdout)
  local codes = {}
  for i, record in ipairs(json.decode(stdout)) do codes[i] = record.code end
  return codes
end

-- ---- the command ----

describe("httpstatus CODE", function()
  it("prints the code in full: older phrases, source, description and example wrapped", function()
    -- read as the module reads a number
    assert_runs(found(NOT_FOUND_404), { "404" }, { "0404" }, { " 404 " }, { "404.0" }, { "0x194" },
      { "4.04e2" })
    for _, code in ipairs({ 405, 413, 418 }) do
      local row = ROW[code]
      local out = httpstatus(tostring(code)).stdout
      assert.are.equal(code .. " " .. row.phrase .. "\n", out:match("^[^\n]*\n"))
      local source = row.source .. (row.official and " (official)" or " (unofficial)")
      local aliases = row.aliases[1] and table.concat(row.aliases, ", ") -- nil: no line
      local r = row.requires[1] -- 405: Allow (MUST, RFC 9110, Section 15.5.6); none for 404
      local fields = { name = row.name, source = source, reference = row.reference,
        aliases = aliases, requires = r and ("%s (%s, %s)"):format(r.field, r.level, r.reference) }
      for label, value in pairs(fields) do -- its line: "\n  aliases:     Payload Too Large, ...\n"
        assert.truthy(out:find(("\n  %-13s%s\n"):format(label .. ":", value), 1, true), label)
      end
    end
  end)

  it("exits with 1 for a number with no phrase, naming its class, or no code at all", function()
    -- of each class, the first and the last number the oracle has no phrase for
    for _, class in ipairs(CLASSES) do
      local first = class.first
      local last = class.last
      while ROW[first] do first = first + 1 end
      while ROW[last] do last = last - 1 end
      for _, code in ipairs({ first, last }) do
        assert_runs(not_found(("no status code %d: it is unassigned or unused (class %s)")
          :format(code, class.id)), { tostring(code) })
      end
    end
    for _, number in ipairs({ "0", "99", "600", "999", "100000000000000000000404", "404.5",
        "-0x194" }) do
      local why = number .. " is not a status code: they run from 100 to 599"
      assert_runs(not_found(why), { "--", number })
    end
  end)
end)

describe("httpstatus TEXT...", function()
  it("finds a code by its phrase, an older phrase or a name, in any case and spacing", function()
    assert_runs(found(NOT_FOUND_404), { "not", "found" }, { "Not Found" }, { "NOT_FOUND" },
      { "not-found" }, { "  not  ", " found" }, { "NoT", "FoUnD" }, { "--", "not", "found" })
    assert_runs(found(httpstatus("413").stdout), { "payload", "too", "large" },
      { "PAYLOAD_TOO_LARGE" }, { "Request Entity Too Large" }, { "content too large" })
    assert_runs(found(httpstatus("418").stdout), { "I'm", "a", "teapot" }, { "im a teapot" },
      { "IM_A_TEAPOT" })
    local gateway_timeout = httpstatus("504").stdout
    assert.are.equal("504 Gateway Timeout\n", gateway_timeout:match("^[^\n]*\n"))
    assert_runs(found(gateway_timeout), { "gateway", "timeout" }, { "Gateway Time-out" })
  end)

  it("else lists the codes whose phrase or an older one has every word, in code order", function()
    -- words are runs of letters and digits: I’m is I and M, and its name's IM
    assert_runs(found(TEAPOT), { "teapot" }, { "TeaPot" }, { "I\226\128\153m teapot" },
      { "im", "teapot" })
    assert_runs(found(listing({ codes_with_words("timeout") })), { "timeout" })
    -- 413 by its phrase, 414 by its older phrase Request-URI Too Large
    assert_runs(found(listing({ codes_with_words("too large") })), { "too large" },
      { "too", "large" }, { "LARGE_TOO" })
    -- not 525 SSL Handshake Failed: CERTIFICATE is missing
    assert_runs(found(listing({ codes_with_words("ssl certificate") })), { "ssl", "certificate" },
      { "certificate ssl" })
    -- by Request Time-out and Gateway Time-out; 522 Connection Timed Out has
    -- OUT, but TIMED is not TIME; no note when every code listed is official
    assert_runs(found(listing({ codes_with_words("time out") })), { "time-out" }, { "time_out" },
      { "out", "time" })
  end)

  it("exits with 1 when nothing matches, a word is only part of one, or there is none", function()
    for _, args in ipairs({ { "no such status" }, { "6xx" }, { "tea" }, { "timeou" },
        { "teapot", "coffee" }, { "GOXX" }, { "-" }, { "'", "_" }, { "--", "-404-" } }) do
      local text = table.concat(args, " "):gsub("^%-%- ", "")
      assert_runs(not_found(("no status code matches '%s'"):format(text)), args)
    end
  end)

  it("then suggests the nearest name or phrase, at most a third of the text's length off", function()
    -- compared in constant form; as a name for text with '_' or no lower case, else a phrase
    for _, case in ipairs({ { "NOT_FUOND", "NOT_FOUND (404)" }, { "not fuond", "Not Found (404)" },
        { "GONX", "GONE (410)" }, { "gonx", "Gone (410)" }, { "im a teapto", "I'm a teapot (418)" },
        { "PAYLOAD_TO_LARGE", "PAYLOAD_TOO_LARGE (413)" }, { "payload-to-large",
        "Payload Too Large (413)" }, { "ssl handshake error", "SSL Handshake Failed (525)" } }) do
      assert_runs(not_found(("no status code matches '%s'; did you mean %s?"):format(unpack(case))),
        { case[1] })
    end
  end)
end)

describe("httpstatus QUERY...", function()
  it("answers each code, each class and each run of other words, a blank line apart", function()
    local s5xx = listing({ class_group(CLASSES[5]) })
    assert_runs(found(NOT_FOUND_404 .. "\n" .. httpstatus("500").stdout), { "404", "500" })
    assert_runs(found(table.concat({ NOT_FOUND_404, NOT_FOUND_404, s5xx }, "\n")),
      { "404", "not", "found", "5xx" }, { "0x194", "NOT_FOUND", "server_error" })
    assert_runs(found(s5xx .. "\n" .. TEAPOT), { "Server Error", "teapot" })
    local why = "600 is not a status code: they run from 100 to 599"
    assert_runs(not_found(why, TEAPOT .. "\n" .. NOT_FOUND_404), { "teapot", "600", "404" })
    local json_418 = httpstatus("--json", "418").stdout:gsub("\n$", "")
    assert_runs(not_found(why, "[\n[\n" .. json_418 .. "\n],\nnull,\n" .. JSON_404 .. "]\n"),
      { "--json", "teapot", "600", "404" })
    assert_runs(not_found("no status code matches 'nothing'", "[\n[],\n" .. JSON_404 .. "]\n"),
      { "--json", "nothing", "404" })
  end)
end)

describe("httpstatus CLASS and --all", function()
  it("lists a class by its first digit, id or label, marking the unofficial codes", function()
    for digit, class in ipairs(CLASSES) do
      assert_runs(found(listing({ class_group(class) })), { digit .. "xx" }, { digit .. "XX" },
        { class.id }, { class.label })
    end
    assert_runs(found(listing({ class_group(CLASSES[4]) })), { "Client", "Error" })
    assert_runs(found(listing({ class_group(CLASSES[5]) })), { "server-error" })
  end)

  it("lists every code, class by class, and takes no query besides", function()
    local groups = {}
    for i, class in ipairs(CLASSES) do groups[i] = class_group(class) end
    assert_runs(found(listing(groups)), { "--all" })
    assert_runs(bad_usage("httpstatus: --all takes no CODE, CLASS or TEXT\n" .. TRY_HELP),
      { "--all", "404" })
  end)
end)

describe("httpstatus --json", function()
  it("prints one object for a code: every field of hs.info(), keys sorted", function()
    assert_runs(found(JSON_404), { "--json", "404" }, { "not", "found", "--json" })
  end)

  it("prints an array for a class and --all, in code order, each record the oracle's", function()
    local result = httpstatus("--all", "--json")
    assert.are.same({ "", 0 }, { result.stderr, result.status })
    local info_keys = helpers.keys(require("httpstatus").info(100))
    local records = json.decode(result.stdout)
    assert.are.equal(#expected.CODES, #records)
    for i, row in ipairs(expected.CODES) do
      for key, want in pairs(row) do assert.are.same(want, records[i][key], key) end
      assert.are.same(info_keys, helpers.keys(records[i]))
    end
    local informational = codes_of(httpstatus("--json", "1xx").stdout)
    assert.are.same({ unpack(class_group(CLASSES[1])) }, informational)
  end)

  it("prints an array for a search by words, even of one record", function()
    local teapot = httpstatus("--json", "418").stdout:gsub("\n$", "")
    assert_runs(found("[\n" .. teapot .. "\n]\n"), { "--json", "teapot" })
    assert.are.same(codes_with_words("timeout"), codes_of(httpstatus("--json", "timeout").stdout))
    assert_runs(not_found("no status code matches 'nothing'", "[]\n"), { "--json", "nothing" })
    assert_runs(not_found("no status code 306: it is unassigned or unused (class redirection)",
      "null\n"), { "--json", "306" })
  end)
end)

describe("httpstatus --help, --version and bad usage", function()
  it("prints the usage (on stderr with 2 when given nothing) or the module's version", function()
    local usage = httpstatus("--help").stdout
    assert.truthy(usage:find("^Usage: httpstatus "), usage)
    for _, o in ipairs({ "--json", "--all", "--check", "--method", "-h, --help", "--version" }) do
      assert.truthy(usage:find("\n  " .. o .. " ", 1, true), o)
    end
    assert.truthy(usage:find("\nExit status: 0 every query found, 1 one not found, 2 bad", 1, true))
    assert_runs(found(usage), { "--help" }, { "-h" }, { "404", "--help" })
    assert_runs(bad_usage(usage), {})
    assert_runs(found("httpstatus " .. expected.VERSION .. "\n"), { "--version" })
  end)

  it("exits with 2 on an unknown option or an empty query", function()
    assert_runs(bad_usage("httpstatus: unknown option '--frob'\n" .. TRY_HELP), { "--frob" })
    assert_runs(bad_usage("httpstatus: unknown option '-x'\n" .. TRY_HELP), { "404", "-x" })
    assert_runs(bad_usage("httpstatus: empty query\n" .. TRY_HELP), { "" }, { "  ", "--json" })
  end)
end)

-- Response heads as the tool reads them on stdin, the notes it gives (no notes: it reads no
-- response head there), and its arguments after --check.
local H200 = "HTTP/1.1 200 OK\r\n"
local H405 = "HTTP/1.1 405 Method Not Allowed\r\nVia: x\r\n\r\n"
local function note(code, i) -- the note of the i-th rule of code, the first if no i
  return expected.note(expected.RULES_OF[code][i or 1], code)
end
local HEADS = {
  { stdin = H200 .. "Content-Length: 2\r\n\r\nok", notes = {} },
  { stdin = H405, notes = { note(405) } },
  { stdin = "HTTP/1.0 204 No Content\n\nbody", notes = { note(204, 3) } }, -- 3: content
  { stdin = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n",
    notes = { note(204) } },
  { stdin = "HTTP/2 301\n\n" .. H405, notes = { note(301), note(405) } },
  { stdin = "HTTP/2 205\nContent-Length: 0\ncontent-length: 7\nContent-Length: 0\n\n",
    notes = { note(205, 3) } },
  { stdin = H200 .. "Transfer-Encoding: chunked\r\n\r\n", notes = { note(200, 2) },
    args = { "--method", "CONNECT" } },
  { stdin = "HTTP/2 405\nallow: GET\n\n", notes = {} },
  { stdin = "hello\n" },
  { stdin = "" },
  { stdin = "HTTP/1.1 40 x\n\n" },
  { stdin = H200 .. "no colon\r\n\r\n" },
}

describe("httpstatus --check", function()
  it("prints the oracle's notes of each head on stdin, exits 1 if any, 2 if not heads", function()
    for _, case in ipairs(HEADS) do
      local args = { "--check", unpack(case.args or {}) }
      local text = ""
      for _, n in ipairs(case.notes or {}) do
        text = text .. ("%s (%s, %s)\n"):format(n.message, n.level, n.reference)
      end
      local exit = not case.notes and 2 or text ~= "" and 1 or 0
      local r = helpers.run(CLI, args, case.stdin)
      assert.are.same({ text, exit, not case.notes }, { r.stdout, r.status, r.stderr ~= "" },
        case.stdin)
      table.insert(args, 2, "--json")
      local j = helpers.run(CLI, args, case.stdin)
      assert.are.same({ case.notes, exit }, { json.decode(j.stdout), j.status }, case.stdin)
    end
    assert.are.equal("[]\n", helpers.run(CLI, { "--check", "--json" }, H200 .. "\r\n").stdout)
    assert_runs(bad_usage("httpstatus: use --check [--json] [--method M]\n" .. TRY_HELP),
      { "--check", "404" }, { "--check", "--all" }, { "--check", "--method" }, { "--method", "M" })
  end)
end)

-- The Lua running this suite, as make names its builds (build/lua5.4/) and its users name it,
-- make's LUA_VERSION for it, another Lua's, and the module this suite loads.
local RUNTIME = jit and "luajit" or "lua" .. _VERSION:match("%d+%.%d+")
local LUA_NAME = jit and "LuaJIT" or _VERSION
local LUA_VERSION = RUNTIME:match("^lua(.*)")
local OTHER = RUNTIME == "lua5.1" and "5.2" or "5.1"
local MODULE = package.cpath:match("^[^;]*"):gsub("%?", "httpstatus") -- the build put first

-- bin/httpstatus 404 run from DIR/bin/ on this Lua, with nothing else on package.cpath, where
-- DIR holds the files given (true: the module); DIR in the messages written as DIR.
local function in_checkout(files)
  local dir = os.tmpname()
  os.execute(("rm %s && mkdir -p %s/bin %s/src %s/build/%s && cp bin/httpstatus %s/bin/"):format(
    dir, dir, dir, dir, RUNTIME, dir))
  for path, text in pairs(files) do
    local f = assert(io.open(dir .. "/" .. path, "wb"))
    f:write(text == true and helpers.read_file(MODULE) or text)
    f:close()
  end
  local cli = helpers.INTERPRETER .. [[ -e "package.cpath = ''" ]] .. dir .. "/bin/httpstatus"
  local result = helpers.run(cli, { "404" })
  os.execute("rm -r " .. dir)
  result.stderr = result.stderr:gsub(dir:gsub("%p", "%%%0"), "DIR")
  return result
end

describe("bin/httpstatus in a checkout", function()
  it("loads its build for this Lua, and says which one it needs when there is none", function()
    local function cannot(why, tail) -- the message when it cannot load the module
      return bad_usage(("httpstatus: cannot load the httpstatus module on %s (%s): run 'make "
        .. "build/%s/httpstatus.so'%s\n"):format(LUA_NAME, why, RUNTIME, tail or ""))
    end
    local SO = "build/httpstatus.so"
    local OWN = "build/" .. RUNTIME .. "/httpstatus.so"
    -- build/config as make writes it: LUA_VERSION, LUA_INCDIR (empty: pkg-config's), CC, ...
    local function made(version, incdir) return version .. " " .. (incdir or "") .. " cc -O2\n" end
    for _, case in ipairs({
      { found(NOT_FOUND_404), { [SO] = true, ["build/config"] = made(LUA_VERSION) } },
      { found(NOT_FOUND_404), { [SO] = true, ["build/config"] = made(OTHER), [OWN] = true } },
      { found(NOT_FOUND_404), { [OWN] = true } },
      { cannot("build/httpstatus.so is for Lua " .. OTHER, (", or 'lua%s DIR/bin/httpstatus'")
        :format(OTHER)), { [SO] = true, ["build/config"] = made(OTHER) } },
      { cannot("no build for it"), { [SO] = true, ["build/config"] = made(LUA_VERSION, "/opt/i") } },
      { cannot("no build for it"), { [SO] = true } },
    }) do
      case[2]["src/httpstatus.c"] = ""
      assert.are.same(case[1], in_checkout(case[2]))
    end
    -- require's own message: without src/, no checkout, so the module as package.cpath finds
    -- it, here nowhere; and when build/config names this Lua, but there is no build
    local why = "httpstatus: cannot load the httpstatus module on " .. LUA_NAME .. ": module "
    for _, files in ipairs({ { [SO] = true, ["build/config"] = made(LUA_VERSION), [OWN] = true },
        { ["src/httpstatus.c"] = "", ["build/config"] = made(LUA_VERSION) } }) do
      local result = in_checkout(files)
      assert.are.same({ "", why, 2 }, { result.stdout, result.stderr:sub(1, #why), result.status })
    end
  end)
end)

-- ---- the parts of the tool, in this process ----

describe("the parts of httpstatus", function()
  -- loaded with a table argument, the script returns its parts instead of running
  local cli = assert(loadfile("bin/httpstatus"))({})

  it("write JSON strings: quotes, backslashes, control characters escaped, UTF-8 kept", function()
    assert.are.equal([["say \"hi\" \\o/ a\nb\tc\r\b\f \u0000\u001b\u007f I]] .. "\226\128\153m\"",
      cli.json_string('say "hi" \\o/ a\nb\tc\r\b\f \0\27\127 I\226\128\153m'))
    local nasty = 'q"b\\s/n\nt\tz\0e\27u\226\128\153'
    assert.are.same({ nasty }, json.decode("[" .. cli.json_string(nasty) .. "]"))
  end)

  it("write every field of a record, keys sorted, nested tables as arrays", function()
    assert.are.equal('{"a":"x","b":1,"c":[],"d":true,"e":["p",{"q":2}]}',
      cli.json({ e = { "p", { q = 2 } }, d = true, c = {}, b = 1, a = "x" }))
  end)
end)
