---@meta httpstatus

-- Definitions of the httpstatus module for the Lua language server (LuaLS):
-- completion, hovers and type checks in VS Code, Neovim and any LuaLS editor.
-- The module itself is C (src/httpstatus.c): no program needs this file, and
-- the specs load it only to compare its stubs with the module.
--
-- It is also the one source of the API reference: docs/API.md is generated
-- from these comments by docs/gen-api.lua (`make api-docs`), and the list of
-- names in httpstatus.codes below by docs/gen-codes.lua (`make types`).
-- spec/cli_spec.lua fails when either is out of date.
--
-- luacheck: no unused args, no max line length

--# Module

---Every HTTP status code of the IANA registry, plus a few widely used
---unofficial ones (418, and nginx's 444, 494, 495, 496, 497, 499): phrase,
---constant name, class, description, RFC reference and older phrases, with
---the rules RFC 9110 attaches to each code.
---
---```lua
---local hs = require("httpstatus")
---hs.lookup(404)         --> "Not Found"
---hs.codes.NOT_FOUND     --> 404
---hs.is_retryable(503)   --> true
---```
---
---Every function that takes a status code accepts what Lua 5.4's
---`luaL_checkinteger` accepts, on every Lua: an integer, a float with an
---integral value (`404.0`) or a string holding one (`"404"`). Anything else
---raises `bad argument #1 to '<function>' (...)`, naming the function as the
---module names it. An integer outside 100..599 is no error: it is an invalid
---status code, and each function says what it gives for one.
---@class httpstatus
---@field codes httpstatus.codes Read-only, both ways: `hs.codes[404]` is `"Not Found"`, `hs.codes.NOT_FOUND` is `404`; an unknown name raises an error.
---@field classes httpstatus.classes Read-only: the five classes by id, `hs.classes.client_error.first` is `400`.
---@field _VERSION string The module's version, `"1.0.0"`.
local httpstatus = {}

--# Functions

---The reason phrase of a code.
---
---```lua
---hs.lookup(404)   --> "Not Found"
---hs.lookup(306)   --> nil
---```
---@param code httpstatus.code_arg A status code.
---@return string? phrase The phrase, `"Not Found"`; `nil` for a code with no phrase (unassigned, unused, outside 100..599).
---@nodiscard
function httpstatus.lookup(code) end

---The class of a code, by its first digit (RFC 9110, Section 15), for every
---integer in 100..599, registered or not.
---
---```lua
---hs.class(404)   --> "client_error"
---hs.class(299)   --> "successful"
---hs.class(600)   --> nil
---```
---@param code httpstatus.code_arg A status code.
---@return httpstatus.class_id? class The class id; `nil` outside 100..599.
---@nodiscard
function httpstatus.class(code) end

---Whether a code is an error: `true` for 400..599, `false` for 100..399, and
---`true` for any integer outside 100..599 (RFC 9110, Section 15: a response
---with an invalid status code is handled as a 5xx).
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_error(code) end

---Whether a code is in 100..199, the `"informational"` class; `false` for
---any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_informational(code) end

---Whether a code is in 200..299, the `"successful"` class; `false` for
---any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_success(code) end

---Whether a code is in 300..399, the `"redirection"` class; `false` for
---any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_redirection(code) end

---Whether a code is in 400..499, the `"client_error"` class; `false` for
---any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_client_error(code) end

---Whether a code is in 500..599, the `"server_error"` class; `false` for
---any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_server_error(code) end

---Whether a code sends the client to the `Location` header: `true` for 301,
---302, 303, 307 and 308.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_redirect(code) end

---Whether a response with this code can never carry content: `true` for
---every 1xx, 204, 205 and 304.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_empty(code) end

---Whether a response with this code is heuristically cacheable by default:
---`true` for 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451 and
---501 (RFC 9110, Section 15.1; RFC 7725).
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_cacheable(code) end

---Whether the request may succeed if repeated later: `true` for 408, 425,
---429, 502, 503 and 504.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_retryable(code) end

---The code of a phrase, an older phrase or a constant name, ignoring case,
---apostrophes and the difference between spaces, `_` and `-`. A number is
---read as its text, so `hs.code(404)` is `nil`: it looks up names, not codes.
---
---```lua
---hs.code("Not Found")            --> 404
---hs.code("not-found")            --> 404
---hs.code("Payload Too Large")    --> 413
---hs.code("no such thing")        --> nil
---```
---@param text string|number A phrase, older phrase or constant name; `nil`, a boolean or a table raises an error.
---@return integer? code The code; `nil` for unknown text.
---@nodiscard
function httpstatus.code(text) end

---The whole record of a code, as a new plain table on every call.
---
---```lua
---local info = hs.info(413)
---info.phrase        --> "Content Too Large"
---info.aliases[1]    --> "Payload Too Large"
---```
---@param code httpstatus.code_arg A status code.
---@return httpstatus.status_info? info The record; `nil` where `lookup` gives `nil`.
---@nodiscard
function httpstatus.info(code) end

---An iterator over `code, phrase` in ascending code order, over every code or
---one class only; an unknown class id raises an error. Works the same on
---every Lua, where `pairs(hs.codes)` needs Lua 5.2+.
---
---```lua
---for code, phrase in hs.each("client_error") do print(code, phrase) end
---```
---@param class? httpstatus.class_id Only the codes of this class.
---@return fun(last:integer,previous:integer):integer?,string? iterator Gives the next code and its phrase.
---@return integer last The last code of the walk.
---@return integer start One below the first code of the walk.
---@nodiscard
function httpstatus.each(class) end

--# Types

---A status-code argument: an integer, a float with an integral value
---(`404.0`) or a string holding one (`"404"`, `"0x194"`), read as Lua 5.4's
---`luaL_checkinteger` reads it.
---@alias httpstatus.code_arg integer|number|string

---The id of a class of status codes (RFC 9110, Section 15): the first digit.
---@alias httpstatus.class_id
---| "informational" # 1xx: interim answers
---| "successful" # 2xx: the request was carried out
---| "redirection" # 3xx: the client has more to do
---| "client_error" # 4xx: the request is at fault
---| "server_error" # 5xx: the server failed

---The record of one status code, as `hs.info(code)` returns it: a new plain
---table on every call, so the caller may change it, `pairs` it or encode it.
---@class httpstatus.status_info
---@field code integer The status code, `404`.
---@field phrase string The reason phrase in IANA's current wording, `"Not Found"`.
---@field name string The constant name, `"NOT_FOUND"`: `hs.codes[name]` is the code.
---@field class httpstatus.class_id The class, `"client_error"`.
---@field description string What the code means and when a server sends it, in one to three sentences.
---@field reference string Where the code is defined, `"RFC 9110, Section 15.5.5"`; `"nginx"` for nginx's codes.
---@field official boolean `true` for codes in the IANA registry.
---@field source string `"IANA"`, `"RFC 2324 / RFC 7168"` (418) or `"nginx"`.
---@field aliases string[] Older phrases still met in the wild, `{ "Payload Too Large", "Request Entity Too Large" }` for 413; empty where there are none.

---One class of status codes, as `hs.classes[id]` gives it: a new table on
---every access.
---@class httpstatus.class_info
---@field id httpstatus.class_id The id, `"client_error"`.
---@field label string The name for people, `"Client Error"`.
---@field first integer The first code of the class, `400`.
---@field last integer The last code of the class, `499`.
---@field description string What the class means, in one sentence or two.

---`hs.classes`: the five classes by id, read-only. An unknown id gives
---`nil`. `pairs(hs.classes)` walks them in code order on Lua 5.2+.
---@class httpstatus.classes
---@field informational httpstatus.class_info 1xx Informational
---@field successful httpstatus.class_info 2xx Successful
---@field redirection httpstatus.class_info 3xx Redirection
---@field client_error httpstatus.class_info 4xx Client Error
---@field server_error httpstatus.class_info 5xx Server Error

-- <generated: the name fields of httpstatus.codes come from the module itself,
-- written by docs/gen-codes.lua (`make types`); edit the text around them only>
---`hs.codes`: one read-only view, both ways. `hs.codes[404]` is
---`"Not Found"` (`nil` for a code with no phrase), and `hs.codes.NOT_FOUND`
---is `404` for every constant name and every older phrase's name. An unknown
---name (`hs.codes.NOT_FUOND`) raises an error; a key that is neither a
---string nor a number gives `nil`; any assignment raises an error.
---`pairs(hs.codes)` walks `code, phrase` in code order on Lua 5.2+.
---@class httpstatus.codes
---@field [integer] string? The phrase of a code, `nil` for a code with no phrase.
---@field CONTINUE 100 Continue
---@field SWITCHING_PROTOCOLS 101 Switching Protocols
---@field PROCESSING 102 Processing
---@field EARLY_HINTS 103 Early Hints
---@field OK 200 OK
---@field CREATED 201 Created
---@field ACCEPTED 202 Accepted
---@field NON_AUTHORITATIVE_INFORMATION 203 Non-Authoritative Information
---@field NO_CONTENT 204 No Content
---@field RESET_CONTENT 205 Reset Content
---@field PARTIAL_CONTENT 206 Partial Content
---@field MULTI_STATUS 207 Multi-Status
---@field ALREADY_REPORTED 208 Already Reported
---@field IM_USED 226 IM Used
---@field MULTIPLE_CHOICES 300 Multiple Choices
---@field MOVED_PERMANENTLY 301 Moved Permanently
---@field FOUND 302 Found
---@field MOVED_TEMPORARILY 302 Moved Temporarily: older phrase of 302 Found
---@field SEE_OTHER 303 See Other
---@field NOT_MODIFIED 304 Not Modified
---@field USE_PROXY 305 Use Proxy
---@field TEMPORARY_REDIRECT 307 Temporary Redirect
---@field PERMANENT_REDIRECT 308 Permanent Redirect
---@field BAD_REQUEST 400 Bad Request
---@field UNAUTHORIZED 401 Unauthorized
---@field PAYMENT_REQUIRED 402 Payment Required
---@field FORBIDDEN 403 Forbidden
---@field NOT_FOUND 404 Not Found
---@field METHOD_NOT_ALLOWED 405 Method Not Allowed
---@field NOT_ACCEPTABLE 406 Not Acceptable
---@field PROXY_AUTHENTICATION_REQUIRED 407 Proxy Authentication Required
---@field REQUEST_TIMEOUT 408 Request Timeout
---@field REQUEST_TIME_OUT 408 Request Time-out: older phrase of 408 Request Timeout
---@field CONFLICT 409 Conflict
---@field GONE 410 Gone
---@field LENGTH_REQUIRED 411 Length Required
---@field PRECONDITION_FAILED 412 Precondition Failed
---@field CONTENT_TOO_LARGE 413 Content Too Large
---@field PAYLOAD_TOO_LARGE 413 Payload Too Large: older phrase of 413 Content Too Large
---@field REQUEST_ENTITY_TOO_LARGE 413 Request Entity Too Large: older phrase of 413 Content Too Large
---@field URI_TOO_LONG 414 URI Too Long
---@field REQUEST_URI_TOO_LONG 414 Request-URI Too Long: older phrase of 414 URI Too Long
---@field UNSUPPORTED_MEDIA_TYPE 415 Unsupported Media Type
---@field RANGE_NOT_SATISFIABLE 416 Range Not Satisfiable
---@field REQUESTED_RANGE_NOT_SATISFIABLE 416 Requested Range Not Satisfiable: older phrase of 416 Range Not Satisfiable
---@field EXPECTATION_FAILED 417 Expectation Failed
---@field IM_A_TEAPOT 418 I'm a teapot (unofficial: RFC 2324 / RFC 7168)
---@field MISDIRECTED_REQUEST 421 Misdirected Request
---@field UNPROCESSABLE_CONTENT 422 Unprocessable Content
---@field UNPROCESSABLE_ENTITY 422 Unprocessable Entity: older phrase of 422 Unprocessable Content
---@field LOCKED 423 Locked
---@field FAILED_DEPENDENCY 424 Failed Dependency
---@field TOO_EARLY 425 Too Early
---@field UPGRADE_REQUIRED 426 Upgrade Required
---@field PRECONDITION_REQUIRED 428 Precondition Required
---@field TOO_MANY_REQUESTS 429 Too Many Requests
---@field REQUEST_HEADER_FIELDS_TOO_LARGE 431 Request Header Fields Too Large
---@field NO_RESPONSE 444 No Response (unofficial: nginx)
---@field UNAVAILABLE_FOR_LEGAL_REASONS 451 Unavailable For Legal Reasons
---@field REQUEST_HEADER_TOO_LARGE 494 Request Header Too Large (unofficial: nginx)
---@field SSL_CERTIFICATE_ERROR 495 SSL Certificate Error (unofficial: nginx)
---@field SSL_CERTIFICATE_REQUIRED 496 SSL Certificate Required (unofficial: nginx)
---@field HTTP_REQUEST_SENT_TO_HTTPS_PORT 497 HTTP Request Sent to HTTPS Port (unofficial: nginx)
---@field CLIENT_CLOSED_REQUEST 499 Client Closed Request (unofficial: nginx)
---@field INTERNAL_SERVER_ERROR 500 Internal Server Error
---@field NOT_IMPLEMENTED 501 Not Implemented
---@field BAD_GATEWAY 502 Bad Gateway
---@field SERVICE_UNAVAILABLE 503 Service Unavailable
---@field GATEWAY_TIMEOUT 504 Gateway Timeout
---@field GATEWAY_TIME_OUT 504 Gateway Time-out: older phrase of 504 Gateway Timeout
---@field HTTP_VERSION_NOT_SUPPORTED 505 HTTP Version Not Supported
---@field VARIANT_ALSO_NEGOTIATES 506 Variant Also Negotiates
---@field INSUFFICIENT_STORAGE 507 Insufficient Storage
---@field LOOP_DETECTED 508 Loop Detected
---@field NOT_EXTENDED 510 Not Extended
---@field NETWORK_AUTHENTICATION_REQUIRED 511 Network Authentication Required
-- </generated>

return httpstatus
