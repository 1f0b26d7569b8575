---@meta httpstatus

-- Definitions of the httpstatus module (C) for the Lua language server: completion, hovers and
-- type checks in VS Code, Neovim and any LuaLS editor; no program needs this file. With
-- library/codes.lua (the names of hs.codes, written from the module), it is the one source of
-- docs/API.md and library/httpstatus.d.tl, which tools/gen-api.lua writes (`make generate`).
--
-- luacheck: no unused args, no max line length

--# Module

---Every HTTP status code of the IANA registry, plus widely used unofficial ones (see Which codes
---below): phrase, constant name, class, description, example, reference and older phrases, with
---the rules RFC 9110 attaches to each code.
---
---```lua
---local hs = require("httpstatus")
---hs.lookup(404)         --> "Not Found"
---hs.codes.NOT_FOUND     --> 404
---hs.is_retryable(503)   --> true
---```
---
---Every function that takes a status code accepts an integer, a float with an integral value
---(`404.0`) or a string that the running Lua reads as one (`"404"`, `"0x194"`; see Reading a
---status code below); anything else raises an error (see Errors). An integer outside 100..599 is
---an invalid status code, no error: each function says what it gives for one.
---@class httpstatus
---@field codes httpstatus.codes Read-only, both ways: `hs.codes[404]` is `"Not Found"`, `hs.codes.NOT_FOUND` is `404`; an unknown name raises an error.
---@field classes httpstatus.classes Read-only: the five classes by id, `hs.classes.client_error.first` is `400`.
---@field _VERSION string The module's version, `"1.1.0"` (semantic versioning).
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

---The class of a code, by its first digit (RFC 9110, Section 15), for every integer in 100..599,
---registered or not.
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

---The status line of a code as it follows the version in HTTP/1.1 (RFC 9112, Section 4): the code,
---one space and the phrase. A code in 100..599 with no phrase keeps the space and an empty phrase,
---as RFC 9112 allows. Each line is made on the first call for its code and kept, so that later
---calls build no string.
---
---```lua
---hs.status_line(404)   --> "404 Not Found"
---hs.status_line(299)   --> "299 "
---hs.status_line(600)   --> nil
---```
---@param code httpstatus.code_arg A status code.
---@return string? line `"404 Not Found"`; `nil` outside 100..599.
---@nodiscard
function httpstatus.status_line(code) end

---Whether a code is an error: `true` for 400..599, `false` for 100..399, and `true` for any
---integer outside 100..599 (RFC 9110, Section 15: a response with an invalid status code is
---handled as a 5xx).
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_error(code) end

---Whether a code is in 100..199, the `"informational"` class; `false` for any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_informational(code) end

---Whether a code is in 200..299, the `"successful"` class; `false` for any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_success(code) end

---Whether a code is in 300..399, the `"redirection"` class; `false` for any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_redirection(code) end

---Whether a code is in 400..499, the `"client_error"` class; `false` for any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_client_error(code) end

---Whether a code is in 500..599, the `"server_error"` class; `false` for any other integer.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_server_error(code) end

---Whether a code sends the client to the `Location` header: `true` for 301, 302, 303, 307 and 308.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_redirect(code) end

---Whether a response with this code can never carry content: `true` for every 1xx, 204, 205
---and 304.
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_empty(code) end

---Whether a response with this code is heuristically cacheable by default: `true` for 200, 203,
---204, 206, 300, 301, 308, 404, 405, 410, 414, 451 and 501 (RFC 9110, Section 15.1; RFC 7725).
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_cacheable(code) end

---Whether the request may succeed if repeated later: `true` for 408, 425, 429, 502, 503 and 504.
---No RFC defines this set; each has its own ground: 408, the client MAY repeat the request (RFC
---9110, Section 15.5.9); 425 (RFC 8470, Section 5.2); 429, after its Retry-After (RFC 6585,
---Section 4); 502, 503 and 504, a gateway or an overloaded server (RFC 9110, Sections 15.6.3
---to 15.6.5).
---@param code httpstatus.code_arg A status code.
---@return boolean
---@nodiscard
function httpstatus.is_retryable(code) end

---Which of the rules that RFC 9110 and RFC 6585 tie to its status code a response breaks (see What
---a response must carry): `nil` when it breaks none.
---@param status httpstatus.code_arg The status code of the response.
---@param headers httpstatus.headers Its header fields by name, in any case; a repeated field as a list of its values.
---@param options? httpstatus.check_options What is known of the request and the content.
---@return httpstatus.note[]? notes `nil` when no rule is broken, else a new list, one note per broken rule.
---@nodiscard
function httpstatus.check(status, headers, options) end

---The code of a phrase, an older phrase or a constant name, ignoring case, apostrophes and the
---difference between spaces, `_` and `-` (see Names below).
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

---An iterator over `code, phrase` in ascending code order, over every code or one class only; an
---unknown class id raises an error. Works on every Lua.
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

--# Details

---### Reading a status code
---
---A code argument is read by the running Lua's own conversion to an integer: `lua_tointegerx` on
---Lua 5.3 and later; on 5.1, 5.2 and LuaJIT, `lua_tonumber`, then the number must be integral and
---inside [-2^63, 2^63), as 5.3 would require. So `404`, `404.0`, `"404"`, `" 404 "`, `"+404"`,
---`"0x194"`, `"0X194"`, `"4.04e2"`, `"404."`, `".404e3"` and `"0x1.94p8"` are 404 on every Lua;
---`"-0x194"` is -404, an integer but no status code. `404.5`, `"404.5"`, NaN, the infinities,
---`"inf"`, `"nan"`, `"1e400"`, `""`, `"1_0"` and any number outside [-2^63, 2^63) are errors on
---every Lua. A few rare strings read differently, because the runtimes do ("no number": the error
---`(number expected, got string)`; "no integer": `(number has no integer representation)`):
---
---| string | Lua 5.1 | Lua 5.2 | LuaJIT | Lua 5.3, 5.4, 5.5 |
---| --- | --- | --- | --- | --- |
---| `"inf"`, `"-inf"`, `"nan"` | no integer | no number | no integer | no number |
---| `"0b110010100"` | no number | no number | 404 | no number |
---| `"404\0"` | 404 | no number | no number | no number |
---| `"4\0" .. "04"` | 4 | no number | no number | no number |
---| `"0x10000000000000194"` | no integer | no integer | no integer | 404 |
---| `"9223372036854775807"` | no integer | no integer | no integer | 2^63 - 1 |
---
---Lua 5.1 reads with the C library's `strtod` (glibc's knows hexadecimal floats, `inf` and `nan`)
---and stops at a NUL byte; LuaJIT reads `0b` binary; 5.1, 5.2 and LuaJIT read 2^63 - 1 as the
---float 2^63, outside the range, where 5.3 and later read an integer, and hexadecimal ones modulo
---2^64.
---
---### Errors
---
---A bad argument raises `bad argument #1 to 'lookup' (number expected, got boolean)`, naming the
---function as the module names it, wherever it was called from, with the caller's position before
---it (`app.lua:12: ...`). A missing argument reads as `nil` (`got nil`, not `got no value`):
---LuaJIT's compiled fast paths cannot tell the two apart. Besides the strings above, the module's
---messages are the same on every Lua: `(number expected, got <type>)` and `(number has no integer
---representation)` for a code, `(string expected, got <type>)` for `code` and `each`, `(unknown
---class '<id>')` for `each`, `httpstatus.codes has no status named '<name>'`, `httpstatus.codes is
---read-only` and `httpstatus.classes is read-only`. What differs is Lua's own: after a tail call
---(`return hs.lookup(x)`) LuaJIT keeps no caller frame, so the message has no position. Lua 5.1
---and LuaJIT have no `__pairs`: `pairs(hs.codes)` and `pairs(hs.classes)` raise `bad argument #1
---to 'pairs' (table expected, got userdata)` there, where 5.2 and later walk them in code order
---(`hs.each()` works everywhere). `#hs.codes` raises `attempt to get length of field 'codes' (a
---userdata value)` on 5.1, 5.2 and LuaJIT, `attempt to get length of a userdata value (field
---'codes')` on 5.3 and later.
---
---### Names: `hs.code` and `hs.codes`
---
---`hs.code` ignores case, apostrophes (`'` and the typographic `’`) and the difference between
---space, `_` and `-`; it trims them at both ends and folds runs of them (`" not found "` is 404).
---A number is read as its text, so `hs.code(404)` is `nil`: it looks up names, not codes. Text
---that normalises to more than 64 bytes names nothing.
---
---The string keys of `hs.codes` are names only: `hs.codes["404"]` is an unknown name, an error,
---while `hs.codes[404]` is the phrase. A key that is neither a string nor a number gives `nil`.
---
---### What can change
---
---`hs.codes` and `hs.classes` are userdata with locked metatables: assignment, `rawset` and
---`setmetatable` fail, and the tables behind them are out of reach, so no caller can change what
---the next one reads. `hs.classes[id]` and `hs.info(code)` hand out a new table on every access,
---which the caller may change. The module table itself is a plain table, like every Lua module's:
---replacing `hs.lookup` in it is possible, as it is for `string.format`. The `debug` library can
---reach anything.
---
---### Which codes
---
---Every code of the IANA registry with a phrase, in its current wording, and a few widely met
---unofficial ones, each with its `source`: the names of `hs.codes` below mark each of them
---`(unofficial: SOURCE)`, such as 418 `I'm a teapot`, nginx's own codes and Cloudflare's. The
---rules stay RFC 9110's: an unofficial 5xx is an error, neither cacheable nor retryable by these
---rules. 306 and 418 are `(Unused)` in the registry, so `lookup(306)` is `nil`; 418 appears as the
---unofficial `I'm a teapot`. The registry's temporary 104 is left out. 510 `Not Extended` stays,
---as IANA lists it, marked obsoleted in its description.
---
---### The command line
---
---Each argument of `httpstatus` that the module reads as a number, as every function reads a code
---(`404`, `0x194`, `404.0`; `404.5` is a number but no code), or that names a class (`4xx`,
---`client_error`, `Client Error`, read as `hs.code` reads names) is a query of its own; the words
---between them join, with spaces, into one text query (`httpstatus 404 not found 5xx`: three
---queries). The answers come in order, a blank line apart; a query that finds nothing writes why
---on stderr and the others are still answered. A text query is looked up as `hs.code` does, else
---lists every code whose phrase or an older phrase (each with its name) holds each word of the
---text as a whole word, in any order, a word being a run of letters and digits in any case
---(`httpstatus timeout`). When none does, the message suggests the phrase or older phrase nearest
---to the text by edit distance (Levenshtein, over bytes, both in the form `hs.code` reads:
---`NOT_FUOND` is 2 edits from `NOT_FOUND`) if it is at most a third of that form's length away,
---the first in code order of the nearest, as a name when the text has a `_` or no lower-case
---letter, else as a phrase: `no status code matches 'NOT_FUOND'; did you mean NOT_FOUND (404)?`,
---or `Not Found (404)` for `not fuond`. With `--json`, one query prints a code as an object of
---every field `hs.info` gives, keys sorted, `null` for none, and a list as an array of them, `[]`
---for none; several print one array, an element a query. `httpstatus --check` reads response heads
---on stdin, as `curl -si` or `curl -sI` prints them (`HTTP/1.1 404 Not Found`, `HTTP/2 404`,
---fields up to a blank line, CRLF or LF), and prints a line for each note of each head, `405
---Method Not Allowed without an Allow header field (MUST, RFC 9110, Section 15.5.6)`; `--json`
---prints them as one array. Field names are read in lower case and a repeated field as a list; a
---head has content when bytes follow it before the next status line, and its content is unknown
---when the input ends inside it; `--method M` names the request method. Exit status, as grep's,
---`--json` or not: 0 every query found (with `--check`: no rule broken), 1 one not found (a rule
---broken), 2 bad usage or error (input that is no response head).
---
---Run from a checkout (`src/httpstatus.c` beside the script's `bin/`), the command puts the
---checkout's build for the Lua it runs on first on `package.cpath`: `build/lua5.2/httpstatus.so`
---(`lua5.1` to `lua5.4`, `luajit`), else `build/httpstatus.so` if `build/config` says that plain
---`make` built it for this Lua (`LUA_VERSION` this one's, no `LUA_INCDIR`), never one built for
---another Lua, which could crash it. When the module does not load, it says what to build:
---`httpstatus: cannot load the httpstatus module on Lua 5.2 (build/httpstatus.so is for Lua 5.4):
---run 'make build/lua5.2/httpstatus.so', or 'lua5.4 bin/httpstatus'`. Installed, it loads the
---module as `require` finds it.

---### What a response must carry
---
---`hs.check` holds a response against the rules below, reading the status as every function reads
---a code (an integer outside 100..599 gives one note and no other) and `headers` raw, without
---metamethods: names compared ignoring ASCII case, a field present when its key is there, whatever
---its value (an empty `Allow` is a valid 405), and only the fields a rule for that status reads
---looked at. A rule that depends on the request (a 206 to a request without `Range`, a 100 to one
---without `Expect`) is not guessed. A bad argument raises `bad argument #2 to 'check' (field
---'allow': string, number or list of strings expected, got boolean)` (the key as the table spells
---it), `bad argument #3 to 'check' (unknown option 'metod')` and the like. A response that breaks
---no rule gives `nil` and allocates nothing, so a header filter can check every response.
---
---Where RFC 9110 leaves the reading open, `check` reads: a field given twice, in two spellings,
---once; a number as its value; a Content-Length as zero when it is the number 0 or only zeros
---(spaces and tabs around), anything else as content; a Content-Type as multipart/byteranges by
---its media type, in any case; a Cache-Control as inviting caching when one of its comma-separated
---directives is `public`, or `max-age` or `s-maxage` above 0 (quoted or not), and an Expires
---whatever its value; the method as exact (`"CONNECT"`, not `"connect"`: methods are
---case-sensitive). A 204 to a CONNECT gets its own notes, not those of the 2xx row too. A note's
---message is the code and its phrase, then what is wrong; for an integer outside 100..599, `600 is
---not a valid status code (100..599)`, its digits written out on every Lua. Notes come in the
---order of this table (`requires`: each code of the row lists the field in
---`hs.info(code).requires`):
-- <rules: the table is written from the module itself by tools/gen-api.lua>

--# Types

---A status-code argument: see Reading a status code.
---@alias httpstatus.code_arg integer|number|string

---The id of a class of status codes (RFC 9110, Section 15): the first digit.
---@alias httpstatus.class_id
---| "informational" # 1xx: interim answers
---| "successful" # 2xx: the request was carried out
---| "redirection" # 3xx: the client has more to do
---| "client_error" # 4xx: the request is at fault
---| "server_error" # 5xx: the server failed

---A header field that the responses of a code MUST or SHOULD carry, as `hs.info(code).requires`
---lists it.
---@class httpstatus.requirement
---@field field string The header field, `"Allow"`.
---@field level string `"MUST"` or `"SHOULD"`, as the RFC words the rule.
---@field reference string Where the rule is, `"RFC 9110, Section 15.5.6"`.

---The record of one status code, as `hs.info(code)` returns it (a new table).
---@class httpstatus.status_info
---@field code integer The status code, `404`.
---@field phrase string The reason phrase in IANA's current wording, `"Not Found"`.
---@field name string The constant name, `"NOT_FOUND"`: `hs.codes[name]` is the code.
---@field class httpstatus.class_id The class, `"client_error"`.
---@field description string What the code means and when a server sends it, in one to three sentences.
---@field example string One concrete situation in which a server sends it, `"GET /users/42 when no user 42 exists"`.
---@field reference string Where the code is defined, `"RFC 9110, Section 15.5.5"`; for an unofficial code, where it is documented (`"nginx"`, `"Cloudflare documentation, Error 522"`).
---@field official boolean `true` for codes in the IANA registry.
---@field source string `"IANA"`, or where an unofficial code comes from: `"RFC 2324 / RFC 7168"` (418), `"nginx"`, `"Apache bandwidth modules / cPanel"` (509), `"Cloudflare"`.
---@field aliases string[] Older or other phrases still met in the wild, `{ "Payload Too Large", "Request Entity Too Large" }` for 413, nginx's `"Not Allowed"` for 405; empty where there are none.
---@field requires httpstatus.requirement[] The header fields its responses MUST or SHOULD carry, `{ { field = "Allow", level = "MUST", reference = "RFC 9110, Section 15.5.6" } }` for 405, in the order of the table under What a response must carry; empty for most codes.

---@alias httpstatus.headers table<string, string|number|string[]>

---@class httpstatus.check_options
---@field method? string The request method, case-sensitive: `"CONNECT"` changes the rules of 2xx.
---@field content? boolean Whether the response carries content; unknown when absent.

---One broken rule, as `hs.check` lists it (a new table).
---@class httpstatus.note
---@field code integer The status code, `405`.
---@field level string `"MUST"`, `"MUST NOT"` or `"SHOULD"`, as the RFC words the rule.
---@field field? string The header field the rule is about, in its usual casing, `"Allow"`; absent for content and for an invalid code.
---@field reference string Where the rule is, `"RFC 9110, Section 15.5.6"`.
---@field message string One line naming the code and what is wrong, `"405 Method Not Allowed without an Allow header field"`.

---One class of status codes, as `hs.classes[id]` gives it (a new table).
---@class httpstatus.class_info
---@field id httpstatus.class_id The id, `"client_error"`.
---@field label string The name for people, `"Client Error"`.
---@field first integer The first code of the class, `400`.
---@field last integer The last code of the class, `499`.
---@field description string What the class means, in one sentence or two.

---`hs.classes`: the five classes by id, read-only; an unknown id gives `nil`.
---@class httpstatus.classes
---@field informational httpstatus.class_info 1xx Informational
---@field successful httpstatus.class_info 2xx Successful
---@field redirection httpstatus.class_info 3xx Redirection
---@field client_error httpstatus.class_info 4xx Client Error
---@field server_error httpstatus.class_info 5xx Server Error

return httpstatus
