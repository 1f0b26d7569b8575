local hs = require("httpstatus")

-- The expected data, transcribed by hand from the authorities, independently of the C table:
--   * the IANA Hypertext Transfer Protocol (HTTP) Status Code Registry (last updated 2025-09-15):
--     which codes have a phrase, IANA's current wording, and the RFC each row cites;
--   * RFC 9110, Section 15, and the RFC each non-9110 row cites, for the section defining the code;
--   * RFC 2324, Section 2.3.2 for 418, and nginx's src/http/ngx_http_request.h for its own codes.
-- Left out on purpose: 104 (a TEMPORARY registration), 306 and 418 as IANA lists them ("(Unused)").
-- IANA writes 510 as "Not Extended (OBSOLETED)"; the phrase is "Not Extended".
local EXPECTED = {
  { code = 100, phrase = "Continue", name = "CONTINUE", class = "informational",
    reference = "RFC 9110, Section 15.2.1", official = true, source = "IANA", aliases = {} },
  { code = 101, phrase = "Switching Protocols", name = "SWITCHING_PROTOCOLS", class = "informational",
    reference = "RFC 9110, Section 15.2.2", official = true, source = "IANA", aliases = {} },
  { code = 102, phrase = "Processing", name = "PROCESSING", class = "informational",
    reference = "RFC 2518, Section 10.1", official = true, source = "IANA", aliases = {} },
  { code = 103, phrase = "Early Hints", name = "EARLY_HINTS", class = "informational",
    reference = "RFC 8297, Section 2", official = true, source = "IANA", aliases = {} },

  { code = 200, phrase = "OK", name = "OK", class = "successful",
    reference = "RFC 9110, Section 15.3.1", official = true, source = "IANA", aliases = {} },
  { code = 201, phrase = "Created", name = "CREATED", class = "successful",
    reference = "RFC 9110, Section 15.3.2", official = true, source = "IANA", aliases = {} },
  { code = 202, phrase = "Accepted", name = "ACCEPTED", class = "successful",
    reference = "RFC 9110, Section 15.3.3", official = true, source = "IANA", aliases = {} },
  { code = 203, phrase = "Non-Authoritative Information", name = "NON_AUTHORITATIVE_INFORMATION",
    class = "successful",
    reference = "RFC 9110, Section 15.3.4", official = true, source = "IANA", aliases = {} },
  { code = 204, phrase = "No Content", name = "NO_CONTENT", class = "successful",
    reference = "RFC 9110, Section 15.3.5", official = true, source = "IANA", aliases = {} },
  { code = 205, phrase = "Reset Content", name = "RESET_CONTENT", class = "successful",
    reference = "RFC 9110, Section 15.3.6", official = true, source = "IANA", aliases = {} },
  { code = 206, phrase = "Partial Content", name = "PARTIAL_CONTENT", class = "successful",
    reference = "RFC 9110, Section 15.3.7", official = true, source = "IANA", aliases = {} },
  { code = 207, phrase = "Multi-Status", name = "MULTI_STATUS", class = "successful",
    reference = "RFC 4918, Section 11.1", official = true, source = "IANA", aliases = {} },
  { code = 208, phrase = "Already Reported", name = "ALREADY_REPORTED", class = "successful",
    reference = "RFC 5842, Section 7.1", official = true, source = "IANA", aliases = {} },
  { code = 226, phrase = "IM Used", name = "IM_USED", class = "successful",
    reference = "RFC 3229, Section 10.4.1", official = true, source = "IANA", aliases = {} },

  { code = 300, phrase = "Multiple Choices", name = "MULTIPLE_CHOICES", class = "redirection",
    reference = "RFC 9110, Section 15.4.1", official = true, source = "IANA", aliases = {} },
  { code = 301, phrase = "Moved Permanently", name = "MOVED_PERMANENTLY", class = "redirection",
    reference = "RFC 9110, Section 15.4.2", official = true, source = "IANA", aliases = {} },
  { code = 302, phrase = "Found", name = "FOUND", class = "redirection",
    reference = "RFC 9110, Section 15.4.3", official = true, source = "IANA",
    aliases = { "Moved Temporarily" } },
  { code = 303, phrase = "See Other", name = "SEE_OTHER", class = "redirection",
    reference = "RFC 9110, Section 15.4.4", official = true, source = "IANA", aliases = {} },
  { code = 304, phrase = "Not Modified", name = "NOT_MODIFIED", class = "redirection",
    reference = "RFC 9110, Section 15.4.5", official = true, source = "IANA", aliases = {} },
  { code = 305, phrase = "Use Proxy", name = "USE_PROXY", class = "redirection",
    reference = "RFC 9110, Section 15.4.6", official = true, source = "IANA", aliases = {} },
  { code = 307, phrase = "Temporary Redirect", name = "TEMPORARY_REDIRECT", class = "redirection",
    reference = "RFC 9110, Section 15.4.8", official = true, source = "IANA", aliases = {} },
  { code = 308, phrase = "Permanent Redirect", name = "PERMANENT_REDIRECT", class = "redirection",
    reference = "RFC 9110, Section 15.4.9", official = true, source = "IANA", aliases = {} },

  { code = 400, phrase = "Bad Request", name = "BAD_REQUEST", class = "client_error",
    reference = "RFC 9110, Section 15.5.1", official = true, source = "IANA", aliases = {} },
  { code = 401, phrase = "Unauthorized", name = "UNAUTHORIZED", class = "client_error",
    reference = "RFC 9110, Section 15.5.2", official = true, source = "IANA", aliases = {} },
  { code = 402, phrase = "Payment Required", name = "PAYMENT_REQUIRED", class = "client_error",
    reference = "RFC 9110, Section 15.5.3", official = true, source = "IANA", aliases = {} },
  { code = 403, phrase = "Forbidden", name = "FORBIDDEN", class = "client_error",
    reference = "RFC 9110, Section 15.5.4", official = true, source = "IANA", aliases = {} },
  { code = 404, phrase = "Not Found", name = "NOT_FOUND", class = "client_error",
    reference = "RFC 9110, Section 15.5.5", official = true, source = "IANA", aliases = {} },
  { code = 405, phrase = "Method Not Allowed", name = "METHOD_NOT_ALLOWED", class = "client_error",
    reference = "RFC 9110, Section 15.5.6", official = true, source = "IANA", aliases = {} },
  { code = 406, phrase = "Not Acceptable", name = "NOT_ACCEPTABLE", class = "client_error",
    reference = "RFC 9110, Section 15.5.7", official = true, source = "IANA", aliases = {} },
  { code = 407, phrase = "Proxy Authentication Required", name = "PROXY_AUTHENTICATION_REQUIRED",
    class = "client_error",
    reference = "RFC 9110, Section 15.5.8", official = true, source = "IANA", aliases = {} },
  { code = 408, phrase = "Request Timeout", name = "REQUEST_TIMEOUT", class = "client_error",
    reference = "RFC 9110, Section 15.5.9", official = true, source = "IANA",
    aliases = { "Request Time-out" } },
  { code = 409, phrase = "Conflict", name = "CONFLICT", class = "client_error",
    reference = "RFC 9110, Section 15.5.10", official = true, source = "IANA", aliases = {} },
  { code = 410, phrase = "Gone", name = "GONE", class = "client_error",
    reference = "RFC 9110, Section 15.5.11", official = true, source = "IANA", aliases = {} },
  { code = 411, phrase = "Length Required", name = "LENGTH_REQUIRED", class = "client_error",
    reference = "RFC 9110, Section 15.5.12", official = true, source = "IANA", aliases = {} },
  { code = 412, phrase = "Precondition Failed", name = "PRECONDITION_FAILED", class = "client_error",
    reference = "RFC 9110, Section 15.5.13", official = true, source = "IANA", aliases = {} },
  { code = 413, phrase = "Content Too Large", name = "CONTENT_TOO_LARGE", class = "client_error",
    reference = "RFC 9110, Section 15.5.14", official = true, source = "IANA",
    aliases = { "Payload Too Large", "Request Entity Too Large" } },
  { code = 414, phrase = "URI Too Long", name = "URI_TOO_LONG", class = "client_error",
    reference = "RFC 9110, Section 15.5.15", official = true, source = "IANA",
    aliases = { "Request-URI Too Long" } },
  { code = 415, phrase = "Unsupported Media Type", name = "UNSUPPORTED_MEDIA_TYPE", class = "client_error",
    reference = "RFC 9110, Section 15.5.16", official = true, source = "IANA", aliases = {} },
  { code = 416, phrase = "Range Not Satisfiable", name = "RANGE_NOT_SATISFIABLE", class = "client_error",
    reference = "RFC 9110, Section 15.5.17", official = true, source = "IANA",
    aliases = { "Requested Range Not Satisfiable" } },
  { code = 417, phrase = "Expectation Failed", name = "EXPECTATION_FAILED", class = "client_error",
    reference = "RFC 9110, Section 15.5.18", official = true, source = "IANA", aliases = {} },
  { code = 418, phrase = "I'm a teapot", name = "IM_A_TEAPOT", class = "client_error",
    reference = "RFC 2324, Section 2.3.2", official = false, source = "RFC 2324 / RFC 7168", aliases = {} },
  { code = 421, phrase = "Misdirected Request", name = "MISDIRECTED_REQUEST", class = "client_error",
    reference = "RFC 9110, Section 15.5.20", official = true, source = "IANA", aliases = {} },
  { code = 422, phrase = "Unprocessable Content", name = "UNPROCESSABLE_CONTENT", class = "client_error",
    reference = "RFC 9110, Section 15.5.21", official = true, source = "IANA",
    aliases = { "Unprocessable Entity" } },
  { code = 423, phrase = "Locked", name = "LOCKED", class = "client_error",
    reference = "RFC 4918, Section 11.3", official = true, source = "IANA", aliases = {} },
  { code = 424, phrase = "Failed Dependency", name = "FAILED_DEPENDENCY", class = "client_error",
    reference = "RFC 4918, Section 11.4", official = true, source = "IANA", aliases = {} },
  { code = 425, phrase = "Too Early", name = "TOO_EARLY", class = "client_error",
    reference = "RFC 8470, Section 5.2", official = true, source = "IANA", aliases = {} },
  { code = 426, phrase = "Upgrade Required", name = "UPGRADE_REQUIRED", class = "client_error",
    reference = "RFC 9110, Section 15.5.22", official = true, source = "IANA", aliases = {} },
  { code = 428, phrase = "Precondition Required", name = "PRECONDITION_REQUIRED", class = "client_error",
    reference = "RFC 6585, Section 3", official = true, source = "IANA", aliases = {} },
  { code = 429, phrase = "Too Many Requests", name = "TOO_MANY_REQUESTS", class = "client_error",
    reference = "RFC 6585, Section 4", official = true, source = "IANA", aliases = {} },
  { code = 431, phrase = "Request Header Fields Too Large", name = "REQUEST_HEADER_FIELDS_TOO_LARGE",
    class = "client_error",
    reference = "RFC 6585, Section 5", official = true, source = "IANA", aliases = {} },
  { code = 444, phrase = "No Response", name = "NO_RESPONSE", class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },
  { code = 451, phrase = "Unavailable For Legal Reasons", name = "UNAVAILABLE_FOR_LEGAL_REASONS",
    class = "client_error",
    reference = "RFC 7725, Section 3", official = true, source = "IANA", aliases = {} },
  { code = 494, phrase = "Request Header Too Large", name = "REQUEST_HEADER_TOO_LARGE", class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },
  { code = 495, phrase = "SSL Certificate Error", name = "SSL_CERTIFICATE_ERROR", class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },
  { code = 496, phrase = "SSL Certificate Required", name = "SSL_CERTIFICATE_REQUIRED", class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },
  { code = 497, phrase = "HTTP Request Sent to HTTPS Port", name = "HTTP_REQUEST_SENT_TO_HTTPS_PORT",
    class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },
  { code = 499, phrase = "Client Closed Request", name = "CLIENT_CLOSED_REQUEST", class = "client_error",
    reference = "nginx", official = false, source = "nginx", aliases = {} },

  { code = 500, phrase = "Internal Server Error", name = "INTERNAL_SERVER_ERROR", class = "server_error",
    reference = "RFC 9110, Section 15.6.1", official = true, source = "IANA", aliases = {} },
  { code = 501, phrase = "Not Implemented", name = "NOT_IMPLEMENTED", class = "server_error",
    reference = "RFC 9110, Section 15.6.2", official = true, source = "IANA", aliases = {} },
  { code = 502, phrase = "Bad Gateway", name = "BAD_GATEWAY", class = "server_error",
    reference = "RFC 9110, Section 15.6.3", official = true, source = "IANA", aliases = {} },
  { code = 503, phrase = "Service Unavailable", name = "SERVICE_UNAVAILABLE", class = "server_error",
    reference = "RFC 9110, Section 15.6.4", official = true, source = "IANA", aliases = {} },
  { code = 504, phrase = "Gateway Timeout", name = "GATEWAY_TIMEOUT", class = "server_error",
    reference = "RFC 9110, Section 15.6.5", official = true, source = "IANA",
    aliases = { "Gateway Time-out" } },
  { code = 505, phrase = "HTTP Version Not Supported", name = "HTTP_VERSION_NOT_SUPPORTED", class = "server_error",
    reference = "RFC 9110, Section 15.6.6", official = true, source = "IANA", aliases = {} },
  { code = 506, phrase = "Variant Also Negotiates", name = "VARIANT_ALSO_NEGOTIATES", class = "server_error",
    reference = "RFC 2295, Section 8.1", official = true, source = "IANA", aliases = {} },
  { code = 507, phrase = "Insufficient Storage", name = "INSUFFICIENT_STORAGE", class = "server_error",
    reference = "RFC 4918, Section 11.5", official = true, source = "IANA", aliases = {} },
  { code = 508, phrase = "Loop Detected", name = "LOOP_DETECTED", class = "server_error",
    reference = "RFC 5842, Section 7.2", official = true, source = "IANA", aliases = {} },
  { code = 510, phrase = "Not Extended", name = "NOT_EXTENDED", class = "server_error",
    reference = "RFC 2774, Section 7", official = true, source = "IANA", aliases = {} },
  { code = 511, phrase = "Network Authentication Required", name = "NETWORK_AUTHENTICATION_REQUIRED",
    class = "server_error",
    reference = "RFC 6585, Section 6", official = true, source = "IANA", aliases = {} },
}

-- Every alias above, turned into a constant name the same way as a phrase.
local ALIAS_NAMES = {
  MOVED_TEMPORARILY = 302,
  REQUEST_TIME_OUT = 408,
  PAYLOAD_TOO_LARGE = 413,
  REQUEST_ENTITY_TOO_LARGE = 413,
  REQUEST_URI_TOO_LONG = 414,
  REQUESTED_RANGE_NOT_SATISFIABLE = 416,
  UNPROCESSABLE_ENTITY = 422,
  GATEWAY_TIME_OUT = 504,
}

-- Codes with no phrase: unassigned, temporary or "(Unused)" in the registry, or outside 100..599.
local NO_PHRASE = {
  104, 105, 199, 209, 225, 227, 299, 306, 309, 399, 419, 420, 427, 430, 432, 450, 452, 498, 509, 512, 599,
  0, 99, 600, -404, 1000,
}

local function at(code)
  return "code " .. tostring(code)
end

-- hs.codes[name], with the error an unknown name raises turned into its message, so that a
-- missing name fails the assertion that names the code instead of aborting the loop.
local function by_name(name)
  local ok, result = pcall(function() return hs.codes[name] end)
  if ok then return result end
  return "error: " .. tostring(result)
end

-- Lower-case letters and digits only, so "Not Found." and "not found" compare equal.
local function letters(s)
  return (s:lower():gsub("[^%w]", ""))
end

describe("the status code data", function()

  describe("each()", function()
    local got

    before_each(function()
      got = {}
      for code, phrase in hs.each() do
        got[#got + 1] = { code = code, phrase = phrase }
        if #got > 1000 then break end
      end
    end)

    it("yields every code that has a phrase, in ascending order, with its phrase", function()
      for i, want in ipairs(EXPECTED) do
        local entry = got[i] or {}
        assert.are.equal(want.code, entry.code, "position " .. i .. ": expected " .. at(want.code))
        assert.are.equal(want.phrase, entry.phrase, at(want.code))
      end
    end)

    it("yields nothing beyond the expected list", function()
      assert.are.equal(#EXPECTED, #got)
    end)

    it("yields each code as an integer", function()
      for i, want in ipairs(EXPECTED) do
        local entry = got[i] or {}
        assert.are.equal(tostring(want.code), tostring(entry.code), at(want.code))
      end
    end)
  end)

  describe("lookup(code)", function()
    it("gives the phrase for every code in the list", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.phrase, hs.lookup(want.code), at(want.code))
      end
    end)

    it("gives nil for every code with no phrase", function()
      for _, code in ipairs(NO_PHRASE) do
        assert.is_nil(hs.lookup(code), at(code))
      end
    end)
  end)

  describe("codes[code]", function()
    it("gives the phrase for every code in the list", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.phrase, hs.codes[want.code], at(want.code))
      end
    end)

    it("gives nil for every code with no phrase", function()
      for _, code in ipairs(NO_PHRASE) do
        assert.is_nil(hs.codes[code], at(code))
      end
    end)
  end)

  describe("codes[NAME]", function()
    it("gives the code for the constant name of every code in the list", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.code, by_name(want.name), at(want.code) .. " (" .. want.name .. ")")
      end
    end)

    it("gives the code for the constant name of every alias", function()
      for name, code in pairs(ALIAS_NAMES) do
        assert.are.equal(code, by_name(name), at(code) .. " (" .. name .. ")")
      end
    end)
  end)

  describe("info(code)", function()
    it("gives the code", function()
      for _, want in ipairs(EXPECTED) do
        local info = hs.info(want.code) or {}
        assert.are.equal(want.code, info.code, at(want.code))
        assert.are.equal(tostring(want.code), tostring(info.code), at(want.code))
      end
    end)

    it("gives the phrase", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.phrase, (hs.info(want.code) or {}).phrase, at(want.code))
      end
    end)

    it("gives the UPPER_SNAKE constant name", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.name, (hs.info(want.code) or {}).name, at(want.code))
      end
    end)

    it("gives the class", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.class, (hs.info(want.code) or {}).class, at(want.code))
      end
    end)

    it("gives the reference that defines the code", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.reference, (hs.info(want.code) or {}).reference, at(want.code))
      end
    end)

    it("marks registry codes official and the others not", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.official, (hs.info(want.code) or {}).official, at(want.code))
      end
    end)

    it("gives the source of the code", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.source, (hs.info(want.code) or {}).source, at(want.code))
      end
    end)

    it("gives the older phrases as an array of aliases", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.same(want.aliases, (hs.info(want.code) or {}).aliases, at(want.code))
      end
    end)

    it("gives a description of at most 400 characters that says more than the phrase", function()
      for _, want in ipairs(EXPECTED) do
        local description = (hs.info(want.code) or {}).description
        assert.are.equal("string", type(description), at(want.code))
        assert.is_true(#description > 0, at(want.code) .. ": description is empty")
        assert.is_true(#description <= 400, at(want.code) .. ": description has " .. #description .. " characters")
        local rest = letters(description):gsub(letters(want.phrase), "")
        assert.is_true(#rest > 0, at(want.code) .. ": description only repeats the phrase")
      end
    end)

    it("gives nil for every code with no phrase", function()
      for _, code in ipairs(NO_PHRASE) do
        assert.is_nil(hs.info(code), at(code))
      end
    end)
  end)

  describe("code(text)", function()
    it("gives the code for the phrase of every code in the list", function()
      for _, want in ipairs(EXPECTED) do
        assert.are.equal(want.code, hs.code(want.phrase), at(want.code) .. " (" .. want.phrase .. ")")
      end
    end)

    it("gives the code for every alias", function()
      for _, want in ipairs(EXPECTED) do
        for _, alias in ipairs(want.aliases) do
          assert.are.equal(want.code, hs.code(alias), at(want.code) .. " (" .. alias .. ")")
        end
      end
    end)
  end)
end)
