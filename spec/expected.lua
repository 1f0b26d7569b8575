-- What the specs expect of httpstatus, written out once, by hand, from the
-- authorities and independently of src/codes.h; every spec and harness
-- that needs a code, a rule or a function list takes it from here.
--
-- The codes: the IANA HTTP Status Code Registry (last updated 2025-09-15)
-- for which codes have a phrase, IANA's current wording and the RFC each
-- row cites; RFC 9110, Section 15 and the RFCs the others cite for the
-- section defining the code; RFC 2324, Section 2.3.2 for 418; nginx's
-- src/http/ngx_http_request.h for its codes; Apache's bandwidth modules and
-- cPanel for 509; Cloudflare's documentation of its 5xx errors for 520-526.
-- Left out on purpose: 104 (a TEMPORARY registration), 306 and 418 as IANA
-- lists them ("(Unused)"). IANA writes 510 as "Not Extended (OBSOLETED)";
-- the phrase is "Not Extended".
local expected = {}

expected.CODES = {
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
    aliases = { "Request-URI Too Long", "Request-URI Too Large" } },
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
  { code = 509, phrase = "Bandwidth Limit Exceeded", name = "BANDWIDTH_LIMIT_EXCEEDED", class = "server_error",
    reference = "Apache mod_bw and cPanel documentation", official = false, source = "Apache httpd", aliases = {} },
  { code = 510, phrase = "Not Extended", name = "NOT_EXTENDED", class = "server_error",
    reference = "RFC 2774, Section 7", official = true, source = "IANA", aliases = {} },
  { code = 511, phrase = "Network Authentication Required", name = "NETWORK_AUTHENTICATION_REQUIRED",
    class = "server_error",
    reference = "RFC 6585, Section 6", official = true, source = "IANA", aliases = {} },
  { code = 520, phrase = "Web Server Returned an Unknown Error", name = "WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR",
    class = "server_error", reference = "Cloudflare documentation, Error 520", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 521, phrase = "Web Server Is Down", name = "WEB_SERVER_IS_DOWN",
    class = "server_error", reference = "Cloudflare documentation, Error 521", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 522, phrase = "Connection Timed Out", name = "CONNECTION_TIMED_OUT",
    class = "server_error", reference = "Cloudflare documentation, Error 522", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 523, phrase = "Origin Is Unreachable", name = "ORIGIN_IS_UNREACHABLE",
    class = "server_error", reference = "Cloudflare documentation, Error 523", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 524, phrase = "A Timeout Occurred", name = "A_TIMEOUT_OCCURRED",
    class = "server_error", reference = "Cloudflare documentation, Error 524", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 525, phrase = "SSL Handshake Failed", name = "SSL_HANDSHAKE_FAILED",
    class = "server_error", reference = "Cloudflare documentation, Error 525", official = false,
    source = "Cloudflare", aliases = {} },
  { code = 526, phrase = "Invalid SSL Certificate", name = "INVALID_SSL_CERTIFICATE",
    class = "server_error", reference = "Cloudflare documentation, Error 526", official = false,
    source = "Cloudflare", aliases = {} },
}

-- Every alias above, turned into a constant name the same way as a phrase.
expected.ALIAS_NAMES = {
  MOVED_TEMPORARILY = 302,
  REQUEST_TIME_OUT = 408,
  PAYLOAD_TOO_LARGE = 413,
  REQUEST_ENTITY_TOO_LARGE = 413,
  REQUEST_URI_TOO_LONG = 414,
  REQUEST_URI_TOO_LARGE = 414,
  REQUESTED_RANGE_NOT_SATISFIABLE = 416,
  UNPROCESSABLE_ENTITY = 422,
  GATEWAY_TIME_OUT = 504,
}

-- Integers with no phrase: unassigned, temporary or "(Unused)" in the
-- registry, or outside 100..599.
expected.NO_PHRASE = {
  104, 105, 199, 209, 225, 227, 299, 306, 309, 399, 419, 420, 427, 430, 432, 450, 452, 498, 512,
  519, 527, 599, 0, 99, 600, -404, 1000,
}

-- The five classes of RFC 9110, Section 15, in code order.
expected.CLASSES = {
  { id = "informational", label = "Informational", first = 100, last = 199 },
  { id = "successful", label = "Successful", first = 200, last = 299 },
  { id = "redirection", label = "Redirection", first = 300, last = 399 },
  { id = "client_error", label = "Client Error", first = 400, last = 499 },
  { id = "server_error", label = "Server Error", first = 500, last = 599 },
}

-- The codes each rule holds for, besides the class predicates (RFC 9110:
-- Section 15.4 for redirects, 15.1 for heuristic caching, with RFC 7725's
-- 451; 15.2, 15.3.5, 15.3.6 and 15.4.5 for responses without content).
expected.REDIRECT = { 301, 302, 303, 307, 308 }
expected.EMPTY_BESIDES_1XX = { 204, 205, 304 } -- and every integer in 100..199
expected.CACHEABLE = { 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 }
expected.RETRYABLE = { 408, 425, 429, 502, 503, 504 }

-- The functions that take one status code, and every function of the module.
expected.CODE_FUNCTIONS = {
  "lookup", "class", "status_line", "info", "is_error", "is_informational", "is_success",
  "is_redirection", "is_client_error", "is_server_error", "is_redirect", "is_empty",
  "is_cacheable", "is_retryable",
}
expected.FUNCTIONS = {
  "class", "code", "each", "info", "is_cacheable", "is_client_error", "is_empty", "is_error",
  "is_informational", "is_redirect", "is_redirection", "is_retryable", "is_server_error",
  "is_success", "lookup", "status_line",
}

expected.VERSION = "1.1.0"

return expected
