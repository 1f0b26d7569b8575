-- What the specs expect of httpstatus, written out once, by hand, from the authorities and
-- independently of src/codes.h; every spec and harness that needs a code, a rule or a function
-- list takes it from here. The codes: the IANA HTTP Status Code Registry (last updated
-- 2025-09-15) for which codes have a phrase, IANA's current wording and the RFC each row cites;
-- RFC 9110, Section 15 and the RFCs the others cite for the section defining the code; RFC 2324,
-- Section 2.3.2 for 418; nginx's src/http/ngx_http_request.h for its codes; Apache's bandwidth
-- modules and cPanel for 509; Cloudflare's documentation of its 5xx errors for 520-526.
-- Left out on purpose: 104 (a TEMPORARY registration), 306 and 418 as IANA lists them
-- ("(Unused)"). IANA writes 510 as "Not Extended (OBSOLETED)"; the phrase is "Not Extended".
local expected = {}
local unpack = table.unpack or unpack

-- The five classes of RFC 9110, Section 15, in code order.
expected.CLASSES = {
  { id = "informational", label = "Informational", first = 100, last = 199 },
  { id = "successful", label = "Successful", first = 200, last = 299 },
  { id = "redirection", label = "Redirection", first = 300, last = 399 },
  { id = "client_error", label = "Client Error", first = 400, last = 499 },
  { id = "server_error", label = "Server Error", first = 500, last = 599 },
}

-- The constant name of a phrase or an older one: in upper case, apostrophes dropped, every run
-- of characters other than letters and digits one "_" ("I'm a teapot": IM_A_TEAPOT).
local function constant(text)
  return (text:upper():gsub("'", ""):gsub("%W+", "_"))
end

-- A reference: a bare section number is one of RFC 9110.
local function rfc_9110(reference)
  return reference:find("^%d") and "RFC 9110, Section " .. reference or reference
end

-- A code that is not in the registry, where it comes from, and its other phrases, if any.
local function other(code, phrase, reference, source, aliases)
  return { code = code, phrase = phrase, name = constant(phrase), reference = rfc_9110(reference),
           official = source == "IANA", source = source, aliases = aliases or {} }
end

-- A registered code: code, phrase, reference, aliases.
local function iana(code, phrase, reference, aliases)
  return other(code, phrase, reference, "IANA", aliases)
end

local function cloudflare(code, phrase)
  return other(code, phrase, "Cloudflare documentation, Error " .. code, "Cloudflare")
end

expected.CODES = {
  iana(100, "Continue", "15.2.1"),
  iana(101, "Switching Protocols", "15.2.2"),
  iana(102, "Processing", "RFC 2518, Section 10.1"),
  iana(103, "Early Hints", "RFC 8297, Section 2"),

  iana(200, "OK", "15.3.1"),
  iana(201, "Created", "15.3.2"),
  iana(202, "Accepted", "15.3.3"),
  iana(203, "Non-Authoritative Information", "15.3.4"),
  iana(204, "No Content", "15.3.5"),
  iana(205, "Reset Content", "15.3.6"),
  iana(206, "Partial Content", "15.3.7"),
  iana(207, "Multi-Status", "RFC 4918, Section 11.1"),
  iana(208, "Already Reported", "RFC 5842, Section 7.1"),
  iana(226, "IM Used", "RFC 3229, Section 10.4.1"),

  iana(300, "Multiple Choices", "15.4.1"),
  iana(301, "Moved Permanently", "15.4.2"),
  iana(302, "Found", "15.4.3", { "Moved Temporarily" }),
  iana(303, "See Other", "15.4.4"),
  iana(304, "Not Modified", "15.4.5"),
  iana(305, "Use Proxy", "15.4.6"),
  iana(307, "Temporary Redirect", "15.4.8"),
  iana(308, "Permanent Redirect", "15.4.9"),

  iana(400, "Bad Request", "15.5.1"),
  iana(401, "Unauthorized", "15.5.2"),
  iana(402, "Payment Required", "15.5.3"),
  iana(403, "Forbidden", "15.5.4"),
  iana(404, "Not Found", "15.5.5"),
  iana(405, "Method Not Allowed", "15.5.6", { "Not Allowed" }),
  iana(406, "Not Acceptable", "15.5.7"),
  iana(407, "Proxy Authentication Required", "15.5.8"),
  iana(408, "Request Timeout", "15.5.9", { "Request Time-out" }),
  iana(409, "Conflict", "15.5.10"),
  iana(410, "Gone", "15.5.11"),
  iana(411, "Length Required", "15.5.12"),
  iana(412, "Precondition Failed", "15.5.13"),
  iana(413, "Content Too Large", "15.5.14", { "Payload Too Large", "Request Entity Too Large" }),
  iana(414, "URI Too Long", "15.5.15", { "Request-URI Too Long", "Request-URI Too Large" }),
  iana(415, "Unsupported Media Type", "15.5.16"),
  iana(416, "Range Not Satisfiable", "15.5.17", { "Requested Range Not Satisfiable" }),
  iana(417, "Expectation Failed", "15.5.18"),
  other(418, "I'm a teapot", "RFC 2324, Section 2.3.2", "RFC 2324 / RFC 7168",
    { "I Am a Teapot" }),
  iana(421, "Misdirected Request", "15.5.20"),
  iana(422, "Unprocessable Content", "15.5.21", { "Unprocessable Entity" }),
  iana(423, "Locked", "RFC 4918, Section 11.3"),
  iana(424, "Failed Dependency", "RFC 4918, Section 11.4"),
  iana(425, "Too Early", "RFC 8470, Section 5.2"),
  iana(426, "Upgrade Required", "15.5.22"),
  iana(428, "Precondition Required", "RFC 6585, Section 3"),
  iana(429, "Too Many Requests", "RFC 6585, Section 4"),
  iana(431, "Request Header Fields Too Large", "RFC 6585, Section 5"),
  other(444, "No Response", "nginx", "nginx"),
  iana(451, "Unavailable For Legal Reasons", "RFC 7725, Section 3"),
  other(494, "Request Header Too Large", "nginx", "nginx"),
  other(495, "SSL Certificate Error", "nginx", "nginx"),
  other(496, "SSL Certificate Required", "nginx", "nginx"),
  other(497, "HTTP Request Sent to HTTPS Port", "nginx", "nginx"),
  other(499, "Client Closed Request", "nginx", "nginx"),

  iana(500, "Internal Server Error", "15.6.1"),
  iana(501, "Not Implemented", "15.6.2", { "Method Not Implemented" }),
  iana(502, "Bad Gateway", "15.6.3"),
  iana(503, "Service Unavailable", "15.6.4", { "Service Temporarily Unavailable" }),
  iana(504, "Gateway Timeout", "15.6.5", { "Gateway Time-out" }),
  iana(505, "HTTP Version Not Supported", "15.6.6"),
  iana(506, "Variant Also Negotiates", "RFC 2295, Section 8.1"),
  iana(507, "Insufficient Storage", "RFC 4918, Section 11.5"),
  iana(508, "Loop Detected", "RFC 5842, Section 7.2"),
  other(509, "Bandwidth Limit Exceeded", "Apache mod_bw and cPanel documentation",
    "Apache bandwidth modules / cPanel"),
  iana(510, "Not Extended", "RFC 2774, Section 7"),
  iana(511, "Network Authentication Required", "RFC 6585, Section 6"),
  cloudflare(520, "Web Server Returned an Unknown Error"),
  cloudflare(521, "Web Server Is Down"),
  cloudflare(522, "Connection Timed Out"),
  cloudflare(523, "Origin Is Unreachable"),
  cloudflare(524, "A Timeout Occurred"),
  cloudflare(525, "SSL Handshake Failed"),
  cloudflare(526, "Invalid SSL Certificate"),
}

-- Integers outside 100..599, as numbers and strings; each function says what it gives for them.
expected.OUTSIDE = { 0, 1, 99, 600, 999, 1000, -1, -100, -404, 1e15, 2^53, 2^62, -2^62, -2^63,
                     "-0", "99", "600", "-2", " 1000 ", math.maxinteger, math.mininteger }

-- The codes of each rule besides the class predicates (RFC 9110: 15.4 for redirects, 15.1 with
-- RFC 7725's 451 for heuristic caching; 15.2, 15.3.5, 15.3.6 and 15.4.5 for no content).
expected.REDIRECT = { 301, 302, 303, 307, 308 }
expected.EMPTY_BESIDES_1XX = { 204, 205, 304 } -- and every integer in 100..199
expected.CACHEABLE = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 }
expected.RETRYABLE = { 408, 425, 429, 502, 503, 504 }

-- API.md's rules of what a response must carry, in the order of its table, with a rule for each
-- field of its CONNECT and caching rows. A rule has the codes it holds for, its level, the field
-- it is about (none for the rule on content), its reference (one for all its codes, or one for
-- each code and [1] for the others; a bare section number is one of RFC 9110), what a note says
-- after the code and phrase, and the responses that break it and that keep it. A response is
-- { headers =, options = } of check, with code = the one code it is for if not all of the
-- rule's. keeps[1] is the response each rule keeps while another rule's cases are tried.
local CONNECT = { method = "CONNECT" }
local INFORMATIONAL, CONNECTED = {}, {}
for code = 100, 199 do INFORMATIONAL[#INFORMATIONAL + 1] = code end
for code = 200, 299 do
  if code ~= 204 then CONNECTED[#CONNECTED + 1] = code end -- 204 has rules of its own
end
local NO_LENGTH = { 204, unpack(INFORMATIONAL) }
local RANGE = "bytes 0-9/10"
local NOT_STORED = { 428, 429, 431, 511 }
local RFC_6585 = { [428] = "RFC 6585, Section 3", [429] = "RFC 6585, Section 4",
                   [431] = "RFC 6585, Section 5", [511] = "RFC 6585, Section 6" }

-- A response for each of values of field (for code alone, when given).
local function with(field, values, code)
  local responses = {}
  for i, value in ipairs(values) do
    responses[i] = { headers = { [field] = value }, code = code }
  end
  return responses
end

-- "an Upgrade header field", "a Location header field"
local function header_field(field)
  return (field:find("^[AEIOU]") and "an " or "a ") .. field .. " header field"
end

-- A field a response must carry, with a value it may have: absent, or only under other names,
-- breaks the rule; present, even empty, keeps it. more.breaks and more.keeps add to these.
local function carries(codes, level, field, value, reference, more)
  more = more or {}
  return {
    codes = codes, level = level, field = field, value = value, reference = reference,
    says = "without " .. header_field(field),
    breaks = { {}, { headers = { [field .. "\0"] = value, ["X-" .. field] = value } },
               unpack(more.breaks or {}) },
    keeps = { { headers = { [field] = value } }, { headers = { [field] = "" } },
              { headers = { [field] = {} } }, unpack(more.keeps or {}) },
  }
end

-- A field, with a value it may have, that a response must not carry: in reply to any request,
-- or with connect set, to a CONNECT (methods are case-sensitive, RFC 9110, Section 9.1).
local function forbids(codes, field, value, reference, connect)
  local present = { [field] = value }
  local rule = { codes = codes, level = "MUST NOT", field = field, value = value,
                 reference = reference, connect = connect }
  if connect then
    rule.says = "to CONNECT with " .. header_field(field)
    rule.breaks = { { headers = present, options = CONNECT } }
    rule.keeps = { {}, { headers = present },
                   { headers = present, options = { method = "connect" } },
                   { headers = present, options = { method = "Connect" } } }
  else
    rule.says = "with " .. header_field(field)
    rule.breaks = { { headers = present }, { headers = present, options = CONNECT } }
    rule.keeps = { {}, { options = CONNECT } }
  end
  return rule
end

expected.RULES = {
  carries({ 101 }, "MUST", "Upgrade", "h2c", "15.2.2"),
  forbids(NO_LENGTH, "Content-Length", "0", "8.6"),
  forbids(NO_LENGTH, "Transfer-Encoding", "gzip", "RFC 9112, Section 6.1"),
  forbids(CONNECTED, "Content-Length", "0", "8.6", true),
  forbids(CONNECTED, "Transfer-Encoding", "gzip", "RFC 9112, Section 6.1", true),
  -- a 205's Content-Length must be zero: the number, or digits all 0 (a list: each of them);
  -- no digits at all is not zero
  {
    codes = { 205, 304, unpack(NO_LENGTH) }, level = "MUST NOT", says = "with content",
    reference = { "15.2", [204] = "15.3.5", [205] = "15.3.6", [304] = "15.4.5" },
    breaks = {
      { options = { content = true } },
      { headers = { ["Content-Length"] = { "0", "12" } }, options = { content = false },
        code = 205 },
      unpack(with("Content-Length", { "12", 12, "", " ", "0x0", "-0" }, 205)),
    },
    keeps = {
      { options = { content = false } }, {},
      { headers = { ["Content-Length"] = "12" }, code = 304 },
      unpack(with("Content-Length", { "0", " \t00 ", 0 }, 205)),
    },
  },
  -- unless its Content-Type is multipart/byteranges
  carries({ 206 }, "MUST", "Content-Range", RANGE, "15.3.7.1", {
    breaks = with("Content-Type", { "multipart/byterangesx", "multipart/mixed" }),
    keeps = with("Content-Type", { "multipart/byteranges",
                                   " Multipart/ByteRanges\t; boundary=x" }),
  }),
  {
    codes = { 206 }, level = "MUST NOT", field = "Content-Range", reference = "15.3.7.2",
    says = "of multipart/byteranges with a Content-Range header field",
    breaks = {
      { headers = { ["Content-Type"] = "MULTIPART/byteranges;a=b", ["Content-Range"] = RANGE } },
    },
    keeps = { {} },
  },
  carries(expected.REDIRECT, "SHOULD", "Location", "/new", { [301] = "15.4.2", [302] = "15.4.3",
    [303] = "15.4.4", [307] = "15.4.8", [308] = "15.4.9" }),
  carries({ 401 }, "MUST", "WWW-Authenticate", "Basic", "15.5.2"),
  carries({ 405 }, "MUST", "Allow", "GET, HEAD", "15.5.6",
    { keeps = { { headers = { Allow = 0 } } } }),
  carries({ 407 }, "MUST", "Proxy-Authenticate", "Basic", "15.5.8"),
  carries({ 416 }, "SHOULD", "Content-Range", "bytes */1000", "15.5.17"),
  carries({ 426 }, "MUST", "Upgrade", "TLS/1.2", "15.5.22"),
  {
    codes = NOT_STORED, level = "MUST NOT", field = "Cache-Control", reference = RFC_6585,
    says = "with a Cache-Control header field that invites caching",
    breaks = {
      -- Cache-Control is the field named when both invite caching
      { headers = { ["Cache-Control"] = "public", Expires = "0" } },
      unpack(with("Cache-Control",
        { "public", "max-age=60", 's-maxage="10"', { "no-cache", " Public" } })),
    },
    keeps = { {}, unpack(with("Cache-Control", { "no-store", "max-age=0", "no-cache" })) },
  },
  {
    codes = NOT_STORED, level = "MUST NOT", field = "Expires", reference = RFC_6585,
    says = "with an Expires header field that invites caching",
    breaks = { { headers = { Expires = "0" } },
               { headers = { Expires = "", ["Cache-Control"] = "x" } } },
    keeps = { {} },
  },
}

-- The functions that take one status code, and every function of the module.
expected.CODE_FUNCTIONS = {
  "check", "lookup", "class", "status_line", "info", "is_error", "is_informational", "is_success",
  "is_redirection", "is_client_error", "is_server_error", "is_redirect", "is_empty",
  "is_cacheable", "is_retryable",
}
expected.FUNCTIONS = { "code", "each", unpack(expected.CODE_FUNCTIONS) }
table.sort(expected.FUNCTIONS)

expected.VERSION = "1.1.0"

-- ---- derived from the lists above, for the specs' loops ----

-- code -> its row (its class given by the first digit); class id -> its row of CLASSES and its
-- codes' rows in code order; every constant name hs.codes knows, aliases' too -> its code.
expected.ROW, expected.CLASS, expected.ROWS_OF, expected.NAME_CODE = {}, {}, {}, {}
for _, class in ipairs(expected.CLASSES) do
  expected.CLASS[class.id] = class
  expected.ROWS_OF[class.id] = {}
end
for _, row in ipairs(expected.CODES) do
  row.class = expected.CLASSES[math.floor(row.code / 100)].id
  expected.ROW[row.code] = row
  table.insert(expected.ROWS_OF[row.class], row)
  expected.NAME_CODE[row.name] = row.code
  for _, alias in ipairs(row.aliases) do
    expected.NAME_CODE[constant(alias)] = row.code
  end
end

-- code (100..599) -> its rules in order; the note hs.check gives for code when rule is broken.
expected.RULES_OF = {}
for code = 100, 599 do expected.RULES_OF[code] = {} end
for _, rule in ipairs(expected.RULES) do
  for _, code in ipairs(rule.codes) do table.insert(expected.RULES_OF[code], rule) end
end
function expected.note(rule, code)
  local row = expected.ROW[code]
  local reference = rule.reference
  if type(reference) == "table" then reference = reference[code] or reference[1] end
  return { code = code, level = rule.level, field = rule.field, reference = rfc_9110(reference),
           message = code .. (row and " " .. row.phrase or "") .. " " .. rule.says }
end

-- What each rule holds for: a class predicate, its class; any other, the list of its codes.
local RULES = {
  is_informational = "informational", is_success = "successful", is_redirection = "redirection",
  is_client_error = "client_error", is_server_error = "server_error",
  is_redirect = expected.REDIRECT, is_cacheable = expected.CACHEABLE,
  is_retryable = expected.RETRYABLE, is_empty = expected.EMPTY_BESIDES_1XX,
}

-- What hs[fname](n) gives for the integer n (for info: the row it describes, or nil).
function expected.answer(fname, n)
  local class = n >= 100 and n <= 599 and expected.CLASSES[math.floor(n / 100)].id or nil
  local row = expected.ROW[n]
  if fname == "lookup" then return row and row.phrase end
  if fname == "info" then return row end
  if fname == "check" and not class then
    return { { code = math.tointeger and math.tointeger(n) or n + 0, level = "MUST",
               reference = "RFC 9110, Section 15",
               message = ("%d is not a valid status code (100..599)"):format(n) } }
  end
  if fname == "check" then -- hs.check(n, {}): a note for each field that n requires
    local notes = {}
    for _, rule in ipairs(expected.RULES_OF[n]) do
      if rule.says:find("^without") then notes[#notes + 1] = expected.note(rule, n) end
    end
    return notes[1] and notes or nil
  end
  if fname == "class" then return class end
  if fname == "status_line" then return class and n .. " " .. (row and row.phrase or "") end
  if fname == "is_error" then return class == nil or n >= 400 end
  local holds = RULES[fname]
  if type(holds) == "string" then return class == holds end
  if fname == "is_empty" and class == "informational" then return true end
  for _, code in ipairs(holds) do
    if code == n then return true end
  end
  return false
end

-- Each row's requires: the field, level and reference of the notes of hs.check(code, {}).
for _, row in ipairs(expected.CODES) do
  row.requires = {}
  for i, note in ipairs(expected.answer("check", row.code) or {}) do
    row.requires[i] = { field = note.field, level = note.level, reference = note.reference }
  end
end

-- The integer a status-code argument stands for (the running Lua's tonumber, integral and in
-- [-2^63, 2^63): math.tointeger on 5.3 and later); else nil and the reason every function gives.
function expected.integer_of(v)
  local t = type(v)
  local n = (t == "number" or t == "string") and tonumber(v) or nil
  if n == nil then return nil, "number expected, got " .. t end
  if math.tointeger then
    n = math.tointeger(n)
  elseif n ~= n or n < -2^63 or n >= 2^63 or n % 1 ~= 0 then
    n = nil
  end
  return n, n == nil and "number has no integer representation" or nil
end

return expected
