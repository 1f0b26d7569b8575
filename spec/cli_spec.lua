-- The command-line tool: `<this Lua> bin/httpstatus` as a separate process, loading the same build
-- of the module as this suite (the child gets this process's package.path and cpath); or, with
-- HTTPSTATUS_CLI set to the path of an installed command (make rock-test), that command.
local json = require("dkjson") -- a dependency of busted itself
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local hs = require("httpstatus")
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

local JSON_404 = '{"aliases":[],"class":"client_error","code":404,"description":"Nothing is '
  .. 'available at the target URI, or the server prefers not to reveal whether something is. '
  .. 'It says nothing about whether the absence is temporary or permanent (see 410). Cacheable '
  .. 'by default.","example":"GET /users/42 when no user 42 exists","name":"NOT_FOUND",'
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

-- What the tool prints of a code in full, as NOT_FOUND_404 shows: the oracle's fields, then the
-- module's description and example (the oracle has none), their words up to column 78.
local function in_full(code)
  local row = ROW[code]
  local class = CLASSES[math.floor(code / 100)]
  local lines = { code .. " " .. row.phrase }
  local function add(label, value)
    lines[#lines + 1] = ("  %-13s%s"):format(label .. ":", value)
  end
  add("name", row.name)
  add("class", ("%s (%dxx %s)"):format(class.id, class.first / 100, class.label))
  add("source", row.source .. (row.official and " (official)" or " (unofficial)"))
  add("reference", row.reference)
  if row.aliases[1] then add("aliases", table.concat(row.aliases, ", ")) end
  for _, r in ipairs(row.requires) do
    add("requires", ("%s (%s, %s)"):format(r.field, r.level, r.reference))
  end
  for _, key in ipairs({ "description", "example" }) do
    add(key, "")
    for word in hs.info(code)[key]:gmatch("%S+") do
      local line = lines[#lines] -- 15 columns of label, then the words so far
      if #line > 15 and #line + 1 + #word > 78 then
        lines[#lines + 1] = (" "):rep(15) .. word
      else
        lines[#lines] = line .. (#line > 15 and " " or "") .. word
      end
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

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
local S5XX = listing({ class_group(CLASSES[5]) })
local EVERY_CLASS = {}
for i, class in ipairs(CLASSES) do EVERY_CLASS[i] = class_group(class) end

-- The oracle's codes, in code order, whose phrase and name or an older phrase hold every
-- word of text: its runs of letters and digits, in any case.
local function codes_with_words(text)
  local codes = {}
  for _, row in ipairs(expected.CODES) do
    for _, s in ipairs({ row.phrase .. " " .. row.name, unpack(row.aliases) }) do
      local have = " " .. s:upper():gsub("%W+", " ") .. " "
      local holds = true
      for word in text:upper():gmatch("%w+") do
        holds = holds and have:find(" " .. word .. " ", 1, true) ~= nil
      end
      if holds and codes[#codes] ~= row.code then codes[#codes + 1] = row.code end
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

local NOT_600 = "600 is not a status code: they run from 100 to 599"
local JSON_404_IN = "[\n" .. JSON_404:gsub("\n$", "") .. "\n]" -- in an array of its own

-- What the tool prints, each row a result and the lists of arguments that print it.
local RUNS = {
  -- CODE, read as the module reads a number; TEXT, a phrase, an older phrase or a name, in any
  -- case and spacing
  { found(NOT_FOUND_404), { "404" }, { "0404" }, { " 404 " }, { "404.0" }, { "0x194" },
    { "4.04e2" }, { "not", "found" }, { "Not Found" }, { "NOT_FOUND" }, { "not-found" },
    { "  not  ", " found" }, { "NoT", "FoUnD" }, { "--", "not", "found" } },
  { found(in_full(413)), { "payload", "too", "large" }, { "PAYLOAD_TOO_LARGE" },
    { "Request Entity Too Large" }, { "content too large" } },
  { found(in_full(418)), { "I'm", "a", "teapot" }, { "im a teapot" }, { "IM_A_TEAPOT" } },
  { found(in_full(504)), { "gateway", "timeout" }, { "Gateway Time-out" } },
  -- else the codes whose phrase or an older one has every word, in code order: words are runs
  -- of letters and digits, so I’m is I and M, and its name's IM
  { found(TEAPOT), { "teapot" }, { "TeaPot" }, { "I\226\128\153m teapot" }, { "im", "teapot" } },
  { found(listing({ codes_with_words("timeout") })), { "timeout" } },
  -- 413 by its phrase, 414 by its older phrase Request-URI Too Large
  { found(listing({ codes_with_words("too large") })), { "too large" }, { "too", "large" },
    { "LARGE_TOO" } },
  -- not 525 SSL Handshake Failed: CERTIFICATE is missing
  { found(listing({ codes_with_words("ssl certificate") })), { "ssl", "certificate" },
    { "certificate ssl" } },
  -- by Request Time-out and Gateway Time-out; 522 Connection Timed Out has
  -- OUT, but TIMED is not TIME; no note when every code listed is official
  { found(listing({ codes_with_words("time out") })), { "time-out" }, { "time_out" },
    { "out", "time" } },
  -- QUERY...: each code, each class and each run of other words, a blank line apart
  { found(NOT_FOUND_404 .. "\n" .. in_full(500)), { "404", "500" } },
  { found(table.concat({ NOT_FOUND_404, NOT_FOUND_404, S5XX }, "\n")),
    { "404", "not", "found", "5xx" }, { "0x194", "NOT_FOUND", "server_error" } },
  { found(S5XX .. "\n" .. TEAPOT), { "Server Error", "teapot" } },
  { not_found(NOT_600, TEAPOT .. "\n" .. NOT_FOUND_404), { "teapot", "600", "404" } },
  { not_found(NOT_600, "[\n" .. JSON_404_IN .. ",\nnull,\n" .. JSON_404 .. "]\n"),
    { "--json", "found", "not", "600", "404" } },
  { not_found("no status code matches 'nothing'", "[\n[],\n" .. JSON_404 .. "]\n"),
    { "--json", "nothing", "404" } },
  -- CLASS by its first digit, id or label (each class below), and --all
  { found(listing({ class_group(CLASSES[4]) })), { "Client", "Error" } },
  { found(S5XX), { "server-error" } },
  { found(listing(EVERY_CLASS)), { "--all" } },
  -- --json: an object for a code, every field of hs.info(), keys sorted; an array for a search
  -- by words, even of one record; null or [] for none
  { found(JSON_404), { "--json", "404" }, { "not", "found", "--json" } },
  { found(JSON_404_IN .. "\n"), { "--json", "found", "not" } },
  { not_found("no status code matches 'nothing'", "[]\n"), { "--json", "nothing" } },
  { not_found("no status code 306: it is unassigned or unused (class redirection)", "null\n"),
    { "--json", "306" } },
  -- --version, and 2 for bad usage
  { found("httpstatus " .. expected.VERSION .. "\n"), { "--version" } },
  { bad_usage("httpstatus: --all takes no CODE, CLASS or TEXT\n" .. TRY_HELP),
    { "--all", "404" } },
  { bad_usage("httpstatus: unknown option '--frob'\n" .. TRY_HELP), { "--frob" } },
  { bad_usage("httpstatus: unknown option '-x'\n" .. TRY_HELP), { "404", "-x" } },
  { bad_usage("httpstatus: empty query\n" .. TRY_HELP), { "" }, { "  ", "--json" } },
  { bad_usage("httpstatus: use --check [--json] [--method M]\n" .. TRY_HELP),
    { "--check", "404" }, { "--check", "--all" }, { "--check", "--method" }, { "--method", "M" } },
}
-- Each code in full; each class, and the first and the last number of it with no phrase.
for _, row in ipairs(expected.CODES) do
  RUNS[#RUNS + 1] = { found(in_full(row.code)), { tostring(row.code) } }
end
for digit, class in ipairs(CLASSES) do
  RUNS[#RUNS + 1] = { found(listing({ EVERY_CLASS[digit] })), { digit .. "xx" },
    { digit .. "XX" }, { class.id }, { class.label } }
  local first, last = class.first, class.last
  while ROW[first] do first = first + 1 end
  while ROW[last] do last = last - 1 end
  for _, code in ipairs({ first, last }) do
    RUNS[#RUNS + 1] = { not_found(("no status code %d: it is unassigned or unused (class %s)")
      :format(code, class.id)), { tostring(code) } }
  end
end
for _, number in ipairs({ "0", "99", "600", "999", "100000000000000000000404", "404.5",
    "-0x194" }) do
  RUNS[#RUNS + 1] = { not_found(number .. " is not a status code: they run from 100 to 599"),
    { "--", number } }
end
-- Text that matches nothing, has a word that is only part of one, or has no word at all.
for _, args in ipairs({ { "no such status" }, { "6xx" }, { "tea" }, { "timeou" },
    { "teapot", "coffee" }, { "GOXX" }, { "-" }, { "'", "_" }, { "--", "-404-" } }) do
  local text = table.concat(args, " "):gsub("^%-%- ", "")
  RUNS[#RUNS + 1] = { not_found(("no status code matches '%s'"):format(text)), args }
end
-- Then the nearest name or phrase, at most a third of the text's length off, compared in
-- constant form; as a name for text with '_' or no lower case, else as a phrase.
for _, case in ipairs({ { "NOT_FUOND", "NOT_FOUND (404)" }, { "not_fuond", "NOT_FOUND (404)" },
    { "not fuond", "Not Found (404)" }, { "GONX", "GONE (410)" }, { "gonx", "Gone (410)" },
    { "im a teapto", "I'm a teapot (418)" }, { "PAYLOAD_TO_LARGE", "PAYLOAD_TOO_LARGE (413)" },
    { "payload-to-large", "Payload Too Large (413)" },
    { "ssl handshake error", "SSL Handshake Failed (525)" } }) do
  local why = ("no status code matches '%s'; did you mean %s?"):format(unpack(case))
  RUNS[#RUNS + 1] = { not_found(why), { case[1] } }
end

describe("httpstatus QUERY...", function()
  it("prints what each row of RUNS says for each list of arguments, and nothing else", function()
    for _, run in ipairs(RUNS) do assert_runs(unpack(run)) end
  end)

  it("prints an array of the oracle's records for --all, a class and a search by words", function()
    local result = httpstatus("--all", "--json")
    assert.are.same({ "", 0 }, { result.stderr, result.status })
    local info_keys = helpers.keys(hs.info(100))
    local records = json.decode(result.stdout)
    assert.are.equal(#expected.CODES, #records)
    for i, row in ipairs(expected.CODES) do
      for key, want in pairs(row) do assert.are.same(want, records[i][key], key) end
      assert.are.same(info_keys, helpers.keys(records[i]))
    end
    local informational = codes_of(httpstatus("--json", "1xx").stdout)
    assert.are.same({ unpack(EVERY_CLASS[1]) }, informational)
    assert.are.same(codes_with_words("timeout"), codes_of(httpstatus("--json", "timeout").stdout))
  end)

  it("prints the usage, on stderr with 2 when given nothing", function()
    local usage = httpstatus("--help").stdout
    assert.truthy(usage:find("^Usage: httpstatus "), usage)
    for _, o in ipairs({ "--json", "--all", "--check", "--method", "-h, --help", "--version" }) do
      assert.truthy(usage:find("\n  " .. o .. " ", 1, true), o)
    end
    assert.truthy(usage:find("\nExit status: 0 every query found, 1 one not found, 2 ", 1, true))
    assert_runs(found(usage), { "--help" }, { "-h" }, { "404", "--help" })
    assert_runs(bad_usage(usage), {})
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
  { stdin = H200 .. "HTTP/1.1 404 Not Found\r\n\r\n" }, -- a status line among the fields
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
  end)
end)

-- The Lua running this suite as make names its builds (build/lua5.4/), the message that names
-- it as its users do, make's LUA_VERSION for it, another Lua's, and the module this suite loads.
local RUNTIME = jit and "luajit" or "lua" .. _VERSION:match("%d+%.%d+")
local CANNOT = "httpstatus: cannot load the httpstatus module on "
  .. (jit and "LuaJIT" or _VERSION)
local LUA_VERSION = RUNTIME:match("^lua(.*)")
local OTHER = RUNTIME == "lua5.1" and "5.2" or "5.1"
local MODULE = package.cpath:match("^[^;]*"):gsub("%?", "httpstatus") -- the build put first

-- bin/httpstatus 404 run from DIR/bin/ on this Lua, with nothing else on package.cpath, where
-- DIR holds the files given (true: the module); DIR in the messages written as DIR, and of
-- require's message only its first line, the same on every Lua.
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
  result.stderr = result.stderr:gsub(dir:gsub("%p", "%%%0"), "DIR"):gsub("\n\t.*", "\n")
  return result
end

describe("bin/httpstatus in a checkout", function()
  it("loads its build for this Lua, and says which one it needs when there is none", function()
    local function cannot(hint) -- the message when it cannot load the module
      return bad_usage(CANNOT .. hint .. "\n")
    end
    local fix = (": run 'make build/%s/httpstatus.so'"):format(RUNTIME)
    local SO = "build/httpstatus.so"
    local OWN = "build/" .. RUNTIME .. "/httpstatus.so"
    -- build/config as make writes it: LUA_VERSION, LUA_INCDIR (empty: pkg-config's), CC, ...
    local function made(version, incdir) return version .. " " .. (incdir or "") .. " cc -O2\n" end
    for _, case in ipairs({
      { found(NOT_FOUND_404), { [SO] = true, ["build/config"] = made(LUA_VERSION) } },
      { found(NOT_FOUND_404), { [SO] = true, ["build/config"] = made(OTHER), [OWN] = true } },
      { found(NOT_FOUND_404), { [OWN] = true } },
      { cannot((" (build/httpstatus.so is for Lua %s)%s, or 'lua%s DIR/bin/httpstatus'"):format(
        OTHER, fix, OTHER)), { [SO] = true, ["build/config"] = made(OTHER) } },
      { cannot(" (no build for it)" .. fix), { [SO] = true,
        ["build/config"] = made(LUA_VERSION, "/opt/i") } },
      { cannot(" (no build for it)" .. fix), { [SO] = true } },
      -- require's own message: when build/config names this Lua but there is no build; and
      -- without src/, no checkout, so the module as package.cpath finds it, here nowhere
      { cannot(": module 'httpstatus' not found:"), { ["build/config"] = made(LUA_VERSION) } },
      { cannot(": module 'httpstatus' not found:"), { [SO] = true, [OWN] = true,
        ["build/config"] = made(LUA_VERSION) }, "no src/" },
    }) do
      case[2]["src/httpstatus.c"] = not case[3] and "" or nil
      assert.are.same(case[1], in_checkout(case[2]))
    end
  end)
end)

-- ---- the parts of the tool, in this process ----

describe("the parts of httpstatus", function()
  -- loaded with a table argument, the script returns its parts instead of running
  local cli = assert(loadfile("bin/httpstatus"))({})

  it("write JSON: strings with quotes, backslashes and control characters escaped, UTF-8 kept;"
    .. " every field of a record, keys sorted, nested tables as arrays", function()
    assert.are.equal([["say \"hi\" \\o/ a\nb\tc\r\b\f \u0000\u001b\u007f I]] .. "\226\128\153m\"",
      cli.json('say "hi" \\o/ a\nb\tc\r\b\f \0\27\127 I\226\128\153m'))
    local nasty = 'q"b\\s/n\nt\tz\0e\27u\226\128\153'
    assert.are.same({ nasty }, json.decode("[" .. cli.json(nasty) .. "]"))
    assert.are.equal('{"a":"x","b":1,"c":[],"d":true,"e":["p",{"q":2}]}',
      cli.json({ e = { "p", { q = 2 } }, d = true, c = {}, b = 1, a = "x" }))
  end)
end)
