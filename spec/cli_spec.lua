-- The command-line tool bin/httpstatus, run as a separate process with the
-- Lua running this suite.
--
-- The tool under test is `<this Lua> bin/httpstatus`, loading the same build
-- of the module as this suite (the child gets this process's package.path
-- and package.cpath). With HTTPSTATUS_CLI set to the path of an installed
-- command, e.g. the `httpstatus` a rock put into <tree>/bin, that command is
-- tested instead (make rock-test does so).
local hs = require("httpstatus")
local json = require("dkjson") -- a dependency of busted itself
local unpack = table.unpack or unpack
local helpers = require("spec.helpers")
local shell_quote, run = helpers.shell_quote, helpers.run

local INSTALLED = os.getenv("HTTPSTATUS_CLI")
local CLI = INSTALLED and shell_quote(INSTALLED) or (helpers.LUA .. " bin/httpstatus")


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
apostrophes do not matter; several words are joined with spaces). When
TEXT is not exactly one of those, list every code whose phrase or older
phrase holds each word of TEXT as a whole word, in any order.

  httpstatus 404                  one code, in full
  httpstatus not found            by its phrase
  httpstatus NOT_FOUND            by its constant name
  httpstatus payload too large    by an older phrase: 413 Content Too Large
  httpstatus timeout              every code with that word: 408, 504, 524
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
  example:     GET /users/42 when no user 42 exists
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
  example:     POST /avatars with a 2 GB video file where the limit is 10 MB
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
  example:     a joke route like GET /coffee on a novelty site, answering that
               it only brews tea
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
  example:     nginx drops a request for /wp-login.php from a scanner without
               writing a single byte back
]]

local GATEWAY_TIMEOUT_504 = [[
504 Gateway Timeout
  name:        GATEWAY_TIMEOUT
  class:       server_error (5xx Server Error)
  source:      IANA (official)
  reference:   RFC 9110, Section 15.6.5
  aliases:     Gateway Time-out
  description: A gateway or proxy gave up waiting for the upstream server it
               needed to reach to complete the request. Trying again later may
               succeed.
  example:     a load balancer gives up after 60 seconds on a backend stuck in
               a slow SQL query
]]

local JSON_404 = '{"code":404,"phrase":"Not Found","name":"NOT_FOUND",'
  .. '"class":"client_error","official":true,"source":"IANA",'
  .. '"reference":"RFC 9110, Section 15.5.5","aliases":[],"description":'
  .. '"Nothing is available at the target URI, or the server prefers not to '
  .. 'reveal whether something is. It says nothing about whether the absence '
  .. 'is temporary or permanent (see 410). Cacheable by default.",'
  .. '"example":"GET /users/42 when no user 42 exists"}\n'

local JSON_418 = '{"code":418,"phrase":"I\'m a teapot","name":"IM_A_TEAPOT",'
  .. '"class":"client_error","official":false,"source":"RFC 2324 / RFC 7168",'
  .. '"reference":"RFC 2324, Section 2.3.2","aliases":[],"description":'
  .. '"April Fools\' joke from the Hyper Text Coffee Pot Control Protocol: a '
  .. 'teapot refuses to brew coffee. Not part of HTTP: IANA lists 418 as (Unused) '
  .. 'so that it is never assigned. Some servers send it as an easter egg or to '
  .. 'turn away unwanted clients.","example":"a joke route like GET /coffee on a '
  .. 'novelty site, answering that it only brews tea"}'

local CLASS_1XX = [[
1xx Informational
  100   Continue                              CONTINUE
  101   Switching Protocols                   SWITCHING_PROTOCOLS
  102   Processing                            PROCESSING
  103   Early Hints                           EARLY_HINTS
]]

local CLASS_2XX = [[
2xx Successful
  200   OK                                    OK
  201   Created                               CREATED
  202   Accepted                              ACCEPTED
  203   Non-Authoritative Information         NON_AUTHORITATIVE_INFORMATION
  204   No Content                            NO_CONTENT
  205   Reset Content                         RESET_CONTENT
  206   Partial Content                       PARTIAL_CONTENT
  207   Multi-Status                          MULTI_STATUS
  208   Already Reported                      ALREADY_REPORTED
  226   IM Used                               IM_USED
]]

local CLASS_3XX = [[
3xx Redirection
  300   Multiple Choices                      MULTIPLE_CHOICES
  301   Moved Permanently                     MOVED_PERMANENTLY
  302   Found                                 FOUND
  303   See Other                             SEE_OTHER
  304   Not Modified                          NOT_MODIFIED
  305   Use Proxy                             USE_PROXY
  307   Temporary Redirect                    TEMPORARY_REDIRECT
  308   Permanent Redirect                    PERMANENT_REDIRECT
]]

local CLASS_4XX = [[
4xx Client Error
  400   Bad Request                           BAD_REQUEST
  401   Unauthorized                          UNAUTHORIZED
  402   Payment Required                      PAYMENT_REQUIRED
  403   Forbidden                             FORBIDDEN
  404   Not Found                             NOT_FOUND
  405   Method Not Allowed                    METHOD_NOT_ALLOWED
  406   Not Acceptable                        NOT_ACCEPTABLE
  407   Proxy Authentication Required         PROXY_AUTHENTICATION_REQUIRED
  408   Request Timeout                       REQUEST_TIMEOUT
  409   Conflict                              CONFLICT
  410   Gone                                  GONE
  411   Length Required                       LENGTH_REQUIRED
  412   Precondition Failed                   PRECONDITION_FAILED
  413   Content Too Large                     CONTENT_TOO_LARGE
  414   URI Too Long                          URI_TOO_LONG
  415   Unsupported Media Type                UNSUPPORTED_MEDIA_TYPE
  416   Range Not Satisfiable                 RANGE_NOT_SATISFIABLE
  417   Expectation Failed                    EXPECTATION_FAILED
  418*  I'm a teapot                          IM_A_TEAPOT
  421   Misdirected Request                   MISDIRECTED_REQUEST
  422   Unprocessable Content                 UNPROCESSABLE_CONTENT
  423   Locked                                LOCKED
  424   Failed Dependency                     FAILED_DEPENDENCY
  425   Too Early                             TOO_EARLY
  426   Upgrade Required                      UPGRADE_REQUIRED
  428   Precondition Required                 PRECONDITION_REQUIRED
  429   Too Many Requests                     TOO_MANY_REQUESTS
  431   Request Header Fields Too Large       REQUEST_HEADER_FIELDS_TOO_LARGE
  444*  No Response                           NO_RESPONSE
  451   Unavailable For Legal Reasons         UNAVAILABLE_FOR_LEGAL_REASONS
  494*  Request Header Too Large              REQUEST_HEADER_TOO_LARGE
  495*  SSL Certificate Error                 SSL_CERTIFICATE_ERROR
  496*  SSL Certificate Required              SSL_CERTIFICATE_REQUIRED
  497*  HTTP Request Sent to HTTPS Port       HTTP_REQUEST_SENT_TO_HTTPS_PORT
  499*  Client Closed Request                 CLIENT_CLOSED_REQUEST
]]

local CLASS_5XX = [[
5xx Server Error
  500   Internal Server Error                 INTERNAL_SERVER_ERROR
  501   Not Implemented                       NOT_IMPLEMENTED
  502   Bad Gateway                           BAD_GATEWAY
  503   Service Unavailable                   SERVICE_UNAVAILABLE
  504   Gateway Timeout                       GATEWAY_TIMEOUT
  505   HTTP Version Not Supported            HTTP_VERSION_NOT_SUPPORTED
  506   Variant Also Negotiates               VARIANT_ALSO_NEGOTIATES
  507   Insufficient Storage                  INSUFFICIENT_STORAGE
  508   Loop Detected                         LOOP_DETECTED
  509*  Bandwidth Limit Exceeded              BANDWIDTH_LIMIT_EXCEEDED
  510   Not Extended                          NOT_EXTENDED
  511   Network Authentication Required       NETWORK_AUTHENTICATION_REQUIRED
  520*  Web Server Returned an Unknown Error  WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR
  521*  Web Server Is Down                    WEB_SERVER_IS_DOWN
  522*  Connection Timed Out                  CONNECTION_TIMED_OUT
  523*  Origin Is Unreachable                 ORIGIN_IS_UNREACHABLE
  524*  A Timeout Occurred                    A_TIMEOUT_OCCURRED
  525*  SSL Handshake Failed                  SSL_HANDSHAKE_FAILED
  526*  Invalid SSL Certificate               INVALID_SSL_CERTIFICATE
]]

local UNOFFICIAL_NOTE = "\n* unofficial: not in the IANA registry (httpstatus CODE tells its source)\n"

local ALL_CODES = {
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
  416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 444, 451, 494, 495,
  496, 497, 499,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523,
  524, 525, 526,
}

-- What a search by words lists (the lines of a class listing, no heading).
local TEAPOT_WORD = [[
  418*  I'm a teapot                          IM_A_TEAPOT
]]

local TIMEOUT_WORD = [[
  408   Request Timeout                       REQUEST_TIMEOUT
  504   Gateway Timeout                       GATEWAY_TIMEOUT
  524*  A Timeout Occurred                    A_TIMEOUT_OCCURRED
]]

-- 408 and 504 by their aliases Request Time-out and Gateway Time-out;
-- 522 Connection Timed Out has OUT but TIMED is not TIME
local TIME_OUT_WORDS = [[
  408   Request Timeout                       REQUEST_TIMEOUT
  504   Gateway Timeout                       GATEWAY_TIMEOUT
]]

-- 413 by its phrase (and its aliases), 414 by its alias Request-URI Too Large
local TOO_LARGE_WORDS = [[
  413   Content Too Large                     CONTENT_TOO_LARGE
  414   URI Too Long                          URI_TOO_LONG
  431   Request Header Fields Too Large       REQUEST_HEADER_FIELDS_TOO_LARGE
  494*  Request Header Too Large              REQUEST_HEADER_TOO_LARGE
]]

-- not 525 SSL Handshake Failed: CERTIFICATE is missing
local SSL_CERTIFICATE_WORDS = [[
  495*  SSL Certificate Error                 SSL_CERTIFICATE_ERROR
  496*  SSL Certificate Required              SSL_CERTIFICATE_REQUIRED
  526*  Invalid SSL Certificate               INVALID_SSL_CERTIFICATE
]]

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

  it("prints the example after the description, wrapped like it", function()
    assert_run(found(GATEWAY_TIMEOUT_504), httpstatus("504"))
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

describe("httpstatus WORD... (no phrase, alias or name is the text)", function()
  it("lists the codes whose phrase holds the word, as a class listing does", function()
    assert_run(found(TEAPOT_WORD .. UNOFFICIAL_NOTE), httpstatus("teapot"))
    assert_run(found(TEAPOT_WORD .. UNOFFICIAL_NOTE), httpstatus("TeaPot"))
    assert_run(found(TIMEOUT_WORD .. UNOFFICIAL_NOTE), httpstatus("timeout"))
  end)

  it("lists the codes that hold every word, in any order, in code order", function()
    assert_run(found(TOO_LARGE_WORDS .. UNOFFICIAL_NOTE), httpstatus("too large"))
    assert_run(found(TOO_LARGE_WORDS .. UNOFFICIAL_NOTE), httpstatus("too", "large"))
    assert_run(found(TOO_LARGE_WORDS .. UNOFFICIAL_NOTE), httpstatus("LARGE_TOO"))
    assert_run(found(SSL_CERTIFICATE_WORDS .. UNOFFICIAL_NOTE), httpstatus("ssl", "certificate"))
    assert_run(found(SSL_CERTIFICATE_WORDS .. UNOFFICIAL_NOTE), httpstatus("certificate ssl"))
  end)

  it("splits a word on '-' and '_' as hs.code() does, and searches the older phrases", function()
    assert_run(found(TIME_OUT_WORDS), httpstatus("time-out"))
    assert_run(found(TIME_OUT_WORDS), httpstatus("time_out"))
  end)

  it("leaves out the unofficial note when every code listed is official", function()
    assert_run(found(TIME_OUT_WORDS), httpstatus("out", "time"))
  end)

  it("prints a code in full when the words are its phrase", function()
    assert_run(found(GATEWAY_TIMEOUT_504), httpstatus("gateway", "timeout"))
    assert_run(found(GATEWAY_TIMEOUT_504), httpstatus("Gateway Time-out"))
  end)

  it("exits with 1 when a word is in no phrase, or only part of a word", function()
    assert_run(not_found("httpstatus: no status code matches 'tea'\n"), httpstatus("tea"))
    assert_run(not_found("httpstatus: no status code matches 'timeou'\n"), httpstatus("timeou"))
    assert_run(not_found("httpstatus: no status code matches 'teapot coffee'\n"),
      httpstatus("teapot", "coffee"))
    assert_run(not_found("httpstatus: no status code matches 'ssl handshake error'\n"),
      httpstatus("ssl handshake error"))
  end)

  it("exits with 1 when the text has no word at all", function()
    assert_run(not_found("httpstatus: no status code matches '-'\n"), httpstatus("-"))
    assert_run(not_found("httpstatus: no status code matches '' _'\n"), httpstatus("'", "_"))
  end)
end)

describe("httpstatus CLASS", function()
  it("lists a class by its first digit", function()
    assert_run(found(CLASS_1XX), httpstatus("1xx"))
    assert_run(found(CLASS_2XX), httpstatus("2xx"))
    assert_run(found(CLASS_3XX), httpstatus("3XX"))
  end)

  it("marks the unofficial codes of a class and explains the mark", function()
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("4xx"))
    assert_run(found(CLASS_5XX .. UNOFFICIAL_NOTE), httpstatus("5xx"))
  end)

  it("lists a class by its id or its label", function()
    assert_run(found(CLASS_1XX), httpstatus("informational"))
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("client_error"))
    assert_run(found(CLASS_4XX .. UNOFFICIAL_NOTE), httpstatus("Client", "Error"))
    assert_run(found(CLASS_5XX .. UNOFFICIAL_NOTE), httpstatus("server-error"))
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
      example = "POST /avatars with a 2 GB video file where the limit is 10 MB",
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

  it("prints an array for a search by words, even of one record", function()
    assert_run(found("[\n" .. JSON_418 .. "\n]\n"), httpstatus("--json", "teapot"))

    local result = httpstatus("--json", "timeout")
    assert.are.equal(0, result.status)
    assert.are.equal("", result.stderr)
    local records = json.decode(result.stdout)
    assert.are.same({ 408, 504, 524 }, { records[1].code, records[2].code, records[3].code })
    assert.are.equal(3, #records)
    for _, record in ipairs(records) do
      assert.are.same(json.decode(httpstatus("--json", tostring(record.code)).stdout), record)
    end
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
    assert_run(found("httpstatus " .. hs._VERSION .. "\n"), httpstatus("--version"))
    assert.truthy(hs._VERSION:match("^%d+%.%d+%.%d+$"))
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

-- ---- the normaliser of the tool, against the module's ----

describe("the words httpstatus searches", function()
  local cli = assert(loadfile("bin/httpstatus"))({})

  it("are what hs.code() compares: every phrase normalises to its name", function()
    for code, phrase in hs.each() do
      assert.are.equal(hs.info(code).name, cli.normalize(phrase))
    end
  end)

  it("are what hs.code() compares: every alias normalises to a name of its code", function()
    local count = 0
    for code in hs.each() do
      for _, alias in ipairs(hs.info(code).aliases) do
        assert.are.equal(code, hs.codes[cli.normalize(alias)])
        count = count + 1
      end
    end
    assert.are.equal(9, count) -- 302, 408, 413 (two), 414 (two), 416, 422, 504
  end)

  it("drop apostrophes and turn runs of space, '_' and '-' into one '_'", function()
    assert.are.equal("IM_A_TEAPOT", cli.normalize("I'm a teapot"))
    assert.are.equal("IM_A_TEAPOT", cli.normalize("I\226\128\153m  a\tteapot"))
    assert.are.equal("REQUEST_URI_TOO_LARGE", cli.normalize(" Request-URI_-Too Large- "))
    assert.are.equal("", cli.normalize(" '-_ "))
    for _, text in ipairs({ "I\226\128\153m  a\tteapot", " Request-URI_-Too Large- ", "gateway time-out" }) do
      assert.are.equal(hs.code(text), hs.codes[cli.normalize(text)])
    end
  end)

  it("are the whole words of the normalised text", function()
    assert.are.same({ "TIME", "OUT" }, cli.words("time-out"))
    assert.are.same({ "IM", "A", "TEAPOT" }, cli.words("I'm a teapot"))
    assert.are.same({}, cli.words("'"))
  end)
end)
