-- What ships around the module: the command-line tool bin/httpstatus, run as
-- a separate process with the Lua running this suite, the LuaLS definition
-- file library/httpstatus.lua, the API reference generated from it, and the
-- rockspec that installs them.
--
-- The tool under test is `<this Lua> bin/httpstatus`, loading the same build
-- of the module as this suite (the child gets this process's package.path
-- and package.cpath). With HTTPSTATUS_CLI set to the path of an installed
-- command, e.g. the `httpstatus` a rock put into <tree>/bin, that command is
-- tested instead (make rock-test does so).
local hs = require("httpstatus")
local json = require("dkjson") -- a dependency of busted itself
local unpack = table.unpack or unpack

-- ---- running a process ----

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- The Lua running this suite: the lowest negative index of arg is the
-- interpreter, whether busted runs as `lua5.3 busted` or through a luarocks
-- wrapper (`lua5.4 -e '...' busted`); /proc tells it otherwise.
local function interpreter()
  local i = -1
  while arg and arg[i - 1] ~= nil do i = i - 1 end
  if arg and arg[i] then return arg[i] end
  local p = assert(io.popen("readlink /proc/$PPID/exe"))
  local exe = p:read("*l")
  p:close()
  return assert(exe, "cannot tell which Lua runs the suite")
end

-- `<this Lua> -e '<this package.path and cpath>'`, to run a Lua script with.
local LUA = shell_quote(interpreter()) .. " -e " .. shell_quote(
  ("package.path = %q; package.cpath = %q"):format(package.path, package.cpath))

local INSTALLED = os.getenv("HTTPSTATUS_CLI")
local CLI = INSTALLED and shell_quote(INSTALLED) or (LUA .. " bin/httpstatus")

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- Runs command with args; gives its stdout, stderr and exit status. The
-- status comes from the shell, as Lua 5.1/LuaJIT and 5.2+ report it apart.
local function run(command, args)
  local quoted = {}
  for i, a in ipairs(args) do quoted[i] = shell_quote(a) end
  local out, err = os.tmpname(), os.tmpname()
  local p = assert(io.popen(("%s %s >%s 2>%s </dev/null; echo \"exit:$?\""):format(
    command, table.concat(quoted, " "), shell_quote(out), shell_quote(err))))
  local status = p:read("*a")
  p:close()
  local result = {
    stdout = read_file(out),
    stderr = read_file(err),
    status = tonumber(status:match("exit:(%d+)")),
  }
  os.remove(out)
  os.remove(err)
  return result
end

local function httpstatus(...)
  return run(CLI, { ... })
end

-- ---- what the tool prints, written out ----

local USAGE = [[
Usage: httpstatus [--json] CODE | CLASS | TEXT...
       httpstatus [--json] --all
       httpstatus --help | --version

Look up an HTTP status code, list a class of them, or find one by its
phrase, an older phrase or its constant name (case, spaces, '_', '-' and
apostrophes do not matter; several words are joined with spaces).

  httpstatus 404                  one code, in full
  httpstatus not found            by its phrase
  httpstatus NOT_FOUND            by its constant name
  httpstatus payload too large    by an older phrase: 413 Content Too Large
  httpstatus 4xx                  every code of a class (or: client_error)
  httpstatus --all                every code, class by class

Options:
  --json         JSON output: one object for a code, an array for a list
  --all          list every code
  -h, --help     show this help
  --version      show the version of httpstatus

Exit status: 0 found, 1 not found, 2 bad usage or error.
]]

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
]]

local CONTENT_TOO_LARGE_413 = [[
413 Content Too Large
  name:        CONTENT_TOO_LARGE
  class:       client_error (4xx Client Error)
  source:      IANA (official)
  reference:   RFC 9110, Section 15.5.14
  aliases:     Payload Too Large, Request Entity Too Large
  description: The request body exceeds the size the server accepts, so it
               refuses the request and may close the connection. If the limit
               is only temporary, the server should send Retry-After. Earlier
               names: Payload Too Large, Request Entity Too Large.
]]

local TEAPOT_418 = [[
418 I'm a teapot
  name:        IM_A_TEAPOT
  class:       client_error (4xx Client Error)
  source:      RFC 2324 / RFC 7168 (unofficial)
  reference:   RFC 2324, Section 2.3.2
  description: April Fools' joke from the Hyper Text Coffee Pot Control
               Protocol: a teapot refuses to brew coffee. Not part of HTTP:
               IANA lists 418 as (Unused) so that it is never assigned. Some
               servers send it as an easter egg or to turn away unwanted
               clients.
]]

local NO_RESPONSE_444 = [[
444 No Response
  name:        NO_RESPONSE
  class:       client_error (4xx Client Error)
  source:      nginx (unofficial)
  reference:   nginx
  description: nginx-specific: the server closes the connection without
               sending any response at all. Configured with 'return 444' to
               drop unwanted or malicious requests; the code only ever appears
               in nginx's own logs.
]]

local JSON_404 = '{"code":404,"phrase":"Not Found","name":"NOT_FOUND",'
  .. '"class":"client_error","official":true,"source":"IANA",'
  .. '"reference":"RFC 9110, Section 15.5.5","aliases":[],"description":'
  .. '"Nothing is available at the target URI, or the server prefers not to '
  .. 'reveal whether something is. It says nothing about whether the absence '
  .. 'is temporary or permanent (see 410). Cacheable by default."}\n'

local CLASS_1XX = [[
1xx Informational
  100   Continue                         CONTINUE
  101   Switching Protocols              SWITCHING_PROTOCOLS
  102   Processing                       PROCESSING
  103   Early Hints                      EARLY_HINTS
]]

local CLASS_2XX = [[
2xx Successful
  200   OK                               OK
  201   Created                          CREATED
  202   Accepted                         ACCEPTED
  203   Non-Authoritative Information    NON_AUTHORITATIVE_INFORMATION
  204   No Content                       NO_CONTENT
  205   Reset Content                    RESET_CONTENT
  206   Partial Content                  PARTIAL_CONTENT
  207   Multi-Status                     MULTI_STATUS
  208   Already Reported                 ALREADY_REPORTED
  226   IM Used                          IM_USED
]]

local CLASS_3XX = [[
3xx Redirection
  300   Multiple Choices                 MULTIPLE_CHOICES
  301   Moved Permanently                MOVED_PERMANENTLY
  302   Found                            FOUND
  303   See Other                        SEE_OTHER
  304   Not Modified                     NOT_MODIFIED
  305   Use Proxy                        USE_PROXY
  307   Temporary Redirect               TEMPORARY_REDIRECT
  308   Permanent Redirect               PERMANENT_REDIRECT
]]

local CLASS_4XX = [[
4xx Client Error
  400   Bad Request                      BAD_REQUEST
  401   Unauthorized                     UNAUTHORIZED
  402   Payment Required                 PAYMENT_REQUIRED
  403   Forbidden                        FORBIDDEN
  404   Not Found                        NOT_FOUND
  405   Method Not Allowed               METHOD_NOT_ALLOWED
  406   Not Acceptable                   NOT_ACCEPTABLE
  407   Proxy Authentication Required    PROXY_AUTHENTICATION_REQUIRED
  408   Request Timeout                  REQUEST_TIMEOUT
  409   Conflict                         CONFLICT
  410   Gone                             GONE
  411   Length Required                  LENGTH_REQUIRED
  412   Precondition Failed              PRECONDITION_FAILED
  413   Content Too Large                CONTENT_TOO_LARGE
  414   URI Too Long                     URI_TOO_LONG
  415   Unsupported Media Type           UNSUPPORTED_MEDIA_TYPE
  416   Range Not Satisfiable            RANGE_NOT_SATISFIABLE
  417   Expectation Failed               EXPECTATION_FAILED
  418*  I'm a teapot                     IM_A_TEAPOT
  421   Misdirected Request              MISDIRECTED_REQUEST
  422   Unprocessable Content            UNPROCESSABLE_CONTENT
  423   Locked                           LOCKED
  424   Failed Dependency                FAILED_DEPENDENCY
  425   Too Early                        TOO_EARLY
  426   Upgrade Required                 UPGRADE_REQUIRED
  428   Precondition Required            PRECONDITION_REQUIRED
  429   Too Many Requests                TOO_MANY_REQUESTS
  431   Request Header Fields Too Large  REQUEST_HEADER_FIELDS_TOO_LARGE
  444*  No Response                      NO_RESPONSE
  451   Unavailable For Legal Reasons    UNAVAILABLE_FOR_LEGAL_REASONS
  494*  Request Header Too Large         REQUEST_HEADER_TOO_LARGE
  495*  SSL Certificate Error            SSL_CERTIFICATE_ERROR
  496*  SSL Certificate Required         SSL_CERTIFICATE_REQUIRED
  497*  HTTP Request Sent to HTTPS Port  HTTP_REQUEST_SENT_TO_HTTPS_PORT
  499*  Client Closed Request            CLIENT_CLOSED_REQUEST
]]

local CLASS_5XX = [[
5xx Server Error
  500   Internal Server Error            INTERNAL_SERVER_ERROR
  501   Not Implemented                  NOT_IMPLEMENTED
  502   Bad Gateway                      BAD_GATEWAY
  503   Service Unavailable              SERVICE_UNAVAILABLE
  504   Gateway Timeout                  GATEWAY_TIMEOUT
  505   HTTP Version Not Supported       HTTP_VERSION_NOT_SUPPORTED
  506   Variant Also Negotiates          VARIANT_ALSO_NEGOTIATES
  507   Insufficient Storage             INSUFFICIENT_STORAGE
  508   Loop Detected                    LOOP_DETECTED
  510   Not Extended                     NOT_EXTENDED
  511   Network Authentication Required  NETWORK_AUTHENTICATION_REQUIRED
]]

local UNOFFICIAL_NOTE = "\n* unofficial: not in the IANA registry (httpstatus CODE tells its source)\n"

local ALL_CODES = {
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
  416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 444, 451, 494, 495,
  496, 497, 499,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
}

local function assert_run(expected, result)
  assert.are.equal(expected.stderr, result.stderr)
  assert.are.equal(expected.stdout, result.stdout)
  assert.are.equal(expected.status, result.status)
end

local function found(stdout) return { stdout = stdout, stderr = "", status = 0 } end
local function not_found(message) return { stdout = "", stderr = message, status = 1 } end
local function bad_usage(message) return { stdout = "", stderr = message, status = 2 } end

-- ---- the command ----

describe("httpstatus CODE", function()
  it("prints the code, phrase, name, class, source, reference and description", function()
    assert_run(found(NOT_FOUND_404), httpstatus("404"))
  end)

  it("adds the older phrases of a code that has some", function()
    assert_run(found(CONTENT_TOO_LARGE_413), httpstatus("413"))
  end)

  it("says where an unofficial code comes from", function()
    assert_run(found(TEAPOT_418), httpstatus("418"))
    assert_run(found(NO_RESPONSE_444), httpstatus("444"))
  end)

  it("reads a code with leading zeros or surrounding space", function()
    assert_run(found(NOT_FOUND_404), httpstatus("0404"))
    assert_run(found(NOT_FOUND_404), httpstatus(" 404 "))
  end)

  it("exits with 1 for a code with no phrase, naming its class", function()
    assert_run(not_found("httpstatus: no status code 306: it is unassigned or unused (class redirection)\n"),
      httpstatus("306"))
    assert_run(not_found("httpstatus: no status code 599: it is unassigned or unused (class server_error)\n"),
      httpstatus("599"))
  end)

  it("exits with 1 for a number that is no status code", function()
    assert_run(not_found("httpstatus: 999 is not a status code: they run from 100 to 599\n"),
      httpstatus("999"))
    assert_run(not_found("httpstatus: 99 is not a status code: they run from 100 to 599\n"),
      httpstatus("99"))
    assert_run(not_found("httpstatus: 0 is not a status code: they run from 100 to 599\n"),
      httpstatus("0"))
    assert_run(not_found("httpstatus: 100000000000000000000404 is not a status code: they run from 100 to 599\n"),
      httpstatus("100000000000000000000404"))
  end)
end)

describe("httpstatus TEXT...", function()
  it("finds a code by its phrase, its constant name, in any case, in one word or several", function()
    for _, args in ipairs({
      { "not", "found" }, { "Not Found" }, { "NOT_FOUND" }, { "not-found" },
      { "  not  ", " found" }, { "NoT", "FoUnD" },
    }) do
      assert_run(found(NOT_FOUND_404), httpstatus(unpack(args)))
    end
  end)

  it("finds a code by an older phrase or its name", function()
    for _, args in ipairs({
      { "payload", "too", "large" }, { "PAYLOAD_TOO_LARGE" }, { "Request Entity Too Large" },
      { "content too large" },
    }) do
      assert_run(found(CONTENT_TOO_LARGE_413), httpstatus(unpack(args)))
    end
  end)

  it("ignores apostrophes", function()
    assert_run(found(TEAPOT_418), httpstatus("I'm", "a", "teapot"))
    assert_run(found(TEAPOT_418), httpstatus("im a teapot"))
    assert_run(found(TEAPOT_418), httpstatus("IM_A_TEAPOT"))
  end)

  it("exits with 1 when nothing matches", function()
    assert_run(not_found("httpstatus: no status code matches 'no such status'\n"),
      httpstatus("no", "such", "status"))
    assert_run(not_found("httpstatus: no status code matches 'NOT_FUOND'\n"), httpstatus("NOT_FUOND"))
    assert_run(not_found("httpstatus: no status code matches '6xx'\n"), httpstatus("6xx"))
    assert_run(not_found("httpstatus: no status code matches '404.5'\n"), httpstatus("404.5"))
  end)

  it("takes words that start with '-' after --", function()
    assert_run(not_found("httpstatus: no status code matches '-404'\n"), httpstatus("--", "-404"))
    assert_run(found(NOT_FOUND_404), httpstatus("--", "not", "found"))
  end)
end)

describe("httpstatus CLASS", function()
  it("lists a class by its first digit", function()
    assert_run(found(CLASS_1XX), httpstatus("1xx"))
    assert_run(found(CLASS_2XX), httpstatus("2xx"))
    assert_run(found(CLASS_3XX), httpstatus("3XX"))
    assert_run(found(CLASS_5XX), httpstatus("5xx"))
  end)

  it("marks the unofficial codes of a class and explains the mark", function()
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("4xx"))
  end)

  it("lists a class by its id or its label", function()
    assert_run(found(CLASS_1XX), httpstatus("informational"))
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("client_error"))
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("Client", "Error"))
    assert_run(found(CLASS_5XX), httpstatus("server-error"))
  end)
end)

describe("httpstatus --all", function()
  it("lists every code, class by class", function()
    local expected = table.concat({ CLASS_1XX, CLASS_2XX, CLASS_3XX, CLASS_4XX, CLASS_5XX }, "\n")
      .. UNOFFICIAL_NOTE
    assert_run(found(expected), httpstatus("--all"))
  end)

  it("takes no query besides", function()
    assert_run(bad_usage("httpstatus: --all takes no CODE, CLASS or TEXT\n" .. TRY_HELP),
      httpstatus("--all", "404"))
  end)
end)

describe("httpstatus --json", function()
  it("prints one object for a code, keys in a fixed order", function()
    assert_run(found(JSON_404), httpstatus("--json", "404"))
    assert_run(found(JSON_404), httpstatus("not", "found", "--json"))
  end)

  it("gives every field of the record, aliases as an array", function()
    local result = httpstatus("--json", "payload too large")
    assert.are.equal(0, result.status)
    assert.are.same({
      code = 413, phrase = "Content Too Large", name = "CONTENT_TOO_LARGE",
      class = "client_error", official = true, source = "IANA",
      reference = "RFC 9110, Section 15.5.14",
      aliases = { "Payload Too Large", "Request Entity Too Large" },
      description = "The request body exceeds the size the server accepts, so it refuses "
        .. "the request and may close the connection. If the limit is only temporary, the "
        .. "server should send Retry-After. Earlier names: Payload Too Large, Request "
        .. "Entity Too Large.",
    }, json.decode(result.stdout))
  end)

  it("writes an empty list of aliases as [] and false as false", function()
    local result = httpstatus("--json", "444")
    assert.truthy(result.stdout:find('"official":false,"source":"nginx","reference":"nginx","aliases":[],', 1, true))
    local record = json.decode(result.stdout)
    assert.are.equal(false, record.official)
    assert.are.same({}, record.aliases)
  end)

  it("prints an array for a class and for --all, in code order", function()
    local codes = {}
    for _, record in ipairs(json.decode(httpstatus("--json", "1xx").stdout)) do
      codes[#codes + 1] = record.code
    end
    assert.are.same({ 100, 101, 102, 103 }, codes)

    local result = httpstatus("--all", "--json")
    assert.are.equal(0, result.status)
    assert.are.equal("", result.stderr)
    codes = {}
    for _, record in ipairs(json.decode(result.stdout)) do
      codes[#codes + 1] = record.code
      assert.are.equal("string", type(record.description))
    end
    assert.are.same(ALL_CODES, codes)
  end)

  it("prints nothing on stdout when nothing is found", function()
    assert_run(not_found("httpstatus: no status code matches 'nothing'\n"), httpstatus("--json", "nothing"))
  end)
end)

describe("httpstatus --help and --version", function()
  it("prints the usage on stdout and exits with 0", function()
    assert_run(found(USAGE), httpstatus("--help"))
    assert_run(found(USAGE), httpstatus("-h"))
    assert_run(found(USAGE), httpstatus("404", "--help"))
  end)

  it("prints the version of the module", function()
    assert_run(found("httpstatus 1.0.0\n"), httpstatus("--version"))
  end)
end)

describe("httpstatus with bad usage", function()
  it("prints the usage on stderr and exits with 2 when given nothing", function()
    assert_run(bad_usage(USAGE), httpstatus())
  end)

  it("exits with 2 on an unknown option", function()
    assert_run(bad_usage("httpstatus: unknown option '--frobnicate'\n" .. TRY_HELP), httpstatus("--frobnicate"))
    assert_run(bad_usage("httpstatus: unknown option '-x'\n" .. TRY_HELP), httpstatus("404", "-x"))
  end)

  it("exits with 2 on an empty query", function()
    assert_run(bad_usage("httpstatus: empty query\n" .. TRY_HELP), httpstatus(""))
    assert_run(bad_usage("httpstatus: empty query\n" .. TRY_HELP), httpstatus("  ", "--json"))
  end)
end)

-- ---- the JSON encoder of the tool, in this process ----

describe("the JSON strings httpstatus writes", function()
  -- loaded with a table argument, the script returns its parts instead of running
  local cli = assert(loadfile("bin/httpstatus"))({})

  it("escape quotes, backslashes and control characters", function()
    assert.are.equal([["say \"hi\" \\o/"]], cli.json_string('say "hi" \\o/'))
    assert.are.equal([["a\nb\tc\r\b\f"]], cli.json_string("a\nb\tc\r\b\f"))
    assert.are.equal([["\u0000\u001b\u007f"]], cli.json_string("\0\27\127"))
  end)

  it("keep UTF-8 as it is", function()
    assert.are.equal('"I\226\128\153m"', cli.json_string("I\226\128\153m"))
  end)

  it("read back as the same string", function()
    local nasty = 'q"b\\s/n\nt\tz\0e\27u\226\128\153'
    assert.are.equal(nasty, json.decode(cli.json_string(nasty)))
    assert.are.same({ nasty }, json.decode("[" .. cli.json_string(nasty) .. "]"))
  end)
end)

-- ---- the LuaLS definition file and the API reference ----

local FUNCTIONS = {
  "class", "code", "each", "info", "is_cacheable", "is_client_error", "is_empty", "is_error",
  "is_informational", "is_redirect", "is_redirection", "is_retryable", "is_server_error",
  "is_success", "lookup",
}

local function sorted_keys(t, wanted_type)
  local keys = {}
  for k, v in pairs(t) do
    if type(v) == wanted_type then keys[#keys + 1] = k end
  end
  table.sort(keys)
  return keys
end

-- The `---@field NAME CODE ...` lines of the httpstatus.codes class.
local function code_fields(text)
  local fields = {}
  for name, code in text:gmatch("\n%-%-%-@field ([%u_][%u%d_]*) (%d+) ") do
    fields[#fields + 1] = { name = name, code = tonumber(code) }
  end
  return fields
end

describe("library/httpstatus.lua, the LuaLS definition file", function()
  local text = read_file("library/httpstatus.lua")

  it("is a ---@meta file for require('httpstatus')", function()
    assert.are.equal("---@meta httpstatus\n", text:sub(1, 20))
  end)

  it("defines every function of the module, and no other", function()
    local stubs = assert(loadfile("library/httpstatus.lua"))()
    assert.are.same(FUNCTIONS, sorted_keys(stubs, "function"))
    assert.are.same(FUNCTIONS, sorted_keys(hs, "function"))
  end)

  it("documents every function: what it does, each parameter, what it returns", function()
    local lines = {}
    for line in text:gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
    for _, name in ipairs(FUNCTIONS) do
      local at, params
      for i, line in ipairs(lines) do
        params = line:match("^function httpstatus%." .. name .. "%((.-)%) end$")
        if params then at = i break end
      end
      assert.truthy(at, name)
      local doc = {}
      for i = at - 1, 1, -1 do
        if not lines[i]:match("^%-%-%-") then break end
        table.insert(doc, 1, lines[i])
      end
      doc = table.concat(doc, "\n") .. "\n"
      assert.truthy(doc:match("^%-%-%-[%w`]"), name .. ": no description first")
      assert.truthy(doc:find("\n%-%-%-@return %S+"), name .. ": no @return")
      for param in params:gmatch("[%w_]+") do
        assert.truthy(doc:find("\n%-%-%-@param " .. param .. "%??%s%S+%s%S"), name .. ": no @param " .. param)
      end
    end
  end)

  it("documents the fields of the module table", function()
    local class = text:match("\n%-%-%-@class httpstatus\n(.-)\nlocal httpstatus = {}")
    local fields = {}
    for name in class:gmatch("%-%-%-@field ([%w_]+) ") do fields[#fields + 1] = name end
    table.sort(fields)
    assert.are.same({ "_VERSION", "classes", "codes" }, fields)
    local others = {}
    for k, v in pairs(hs) do
      if type(v) ~= "function" then others[#others + 1] = k end
    end
    table.sort(others)
    assert.are.same({ "_VERSION", "classes", "codes" }, others)
  end)

  it("lists every name of hs.codes with its code: 68 constant names and 8 older phrases", function()
    local fields = code_fields(text)
    assert.are.equal(76, #fields)
    local seen = {}
    for _, f in ipairs(fields) do
      assert.is_nil(seen[f.name], "listed twice: " .. f.name)
      seen[f.name] = f.code
      assert.are.equal(f.code, hs.codes[f.name], f.name)
    end
    assert.are.equal(404, seen.NOT_FOUND)
    assert.are.equal(413, seen.PAYLOAD_TOO_LARGE)
    assert.are.equal(413, seen.REQUEST_ENTITY_TOO_LARGE)
    assert.are.equal(418, seen.IM_A_TEAPOT)
    assert.are.equal(422, seen.UNPROCESSABLE_ENTITY)
    assert.are.equal(499, seen.CLIENT_CLOSED_REQUEST)
    assert.are.equal(504, seen.GATEWAY_TIME_OUT)
  end)

  it("lists every constant name and older phrase the module has", function()
    local listed = {}
    for _, f in ipairs(code_fields(text)) do listed[f.name] = f.code end
    for code in hs.each() do
      local info = hs.info(code)
      assert.are.equal(code, listed[info.name], info.name)
      for _, alias in ipairs(info.aliases) do
        local name = alias:upper():gsub("'", ""):gsub("[%s_%-]+", "_")
        assert.are.equal(code, listed[name], name)
      end
    end
  end)

  it("is what docs/gen-codes.lua writes from the module (run `make types` after a change)", function()
    local result = run(LUA, { "docs/gen-codes.lua", "library/httpstatus.lua" })
    assert.are.equal("", result.stderr)
    assert.are.equal(0, result.status)
    assert.are.equal(text, result.stdout)
  end)
end)

describe("docs/API.md, the API reference", function()
  it("is what docs/gen-api.lua makes of the definition file (run `make api-docs` after a change)", function()
    local result = run(LUA, { "docs/gen-api.lua", "library/httpstatus.lua" })
    assert.are.equal("", result.stderr)
    assert.are.equal(0, result.status)
    assert.are.equal(read_file("docs/API.md"), result.stdout)
  end)

  it("has a section for every function", function()
    local text = read_file("docs/API.md")
    for _, name in ipairs(FUNCTIONS) do
      assert.truthy(text:find("\n### `hs." .. name .. "(", 1, true), name)
    end
  end)
end)

-- ---- the rockspec ----

describe("the rockspec", function()
  -- a rockspec is Lua assigning globals: read them into a table of their own
  local rockspec = {}
  local chunk
  if setfenv then
    chunk = assert(loadfile("httpstatus-1.0.0-1.rockspec"))
    setfenv(chunk, rockspec)
  else
    chunk = assert(loadfile("httpstatus-1.0.0-1.rockspec", "t", rockspec))
  end
  chunk()

  it("installs the command and the module", function()
    assert.are.same({ httpstatus = "bin/httpstatus" }, rockspec.build.install.bin)
    assert.are.same({ httpstatus = "src/httpstatus.c" }, rockspec.build.modules)
  end)

  it("ships the definition file and the API reference", function()
    assert.are.same({ "docs", "library" }, rockspec.build.copy_directories)
  end)

  it("runs the busted suite against the installed copy for `luarocks test`", function()
    assert.are.same({ type = "busted", flags = { "--run=rock" } }, rockspec.test)
  end)
end)
