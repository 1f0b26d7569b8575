-- The functions of API.md over status codes, with every expected value
-- written out here.
local hs = require("httpstatus")
local helpers = require("spec.helpers")
local set = helpers.set

-- Every integer in lo..hi, checked against a rule written out as a set.
local function check_range(fname, lo, hi, expected_true)
  for code = lo, hi do
    assert.are.equal(expected_true[code] == true, hs[fname](code), fname .. "(" .. code .. ")")
  end
end

describe("hs._VERSION", function()
  it("is 1.0.0", function()
    assert.are.equal("1.0.0", hs._VERSION)
  end)
end)

describe("require('httpstatus')", function()
  it("returns the same module table every time", function()
    assert.are.equal(hs, require("httpstatus"))
  end)

  it("sets no global", function()
    assert.is_nil(rawget(_G, "httpstatus"))
  end)
end)

describe("hs.lookup", function()
  it("gives the phrase of a code", function()
    assert.are.equal("Not Found", hs.lookup(404))
    assert.are.equal("OK", hs.lookup(200))
    assert.are.equal("Content Too Large", hs.lookup(413))
    assert.are.equal("I'm a teapot", hs.lookup(418))
    assert.are.equal("Client Closed Request", hs.lookup(499))
  end)

  it("accepts a float with an integral value", function()
    assert.are.equal("Not Found", hs.lookup(404.0))
  end)

  it("accepts a string holding an integer, as Lua 5.4's luaL_checkinteger does", function()
    assert.are.equal("Not Found", hs.lookup("404"))
    assert.are.equal("Not Found", hs.lookup("  404\t\n"))
    assert.are.equal("Not Found", hs.lookup("+404"))
    assert.are.equal("Not Found", hs.lookup("0x194"))
    assert.are.equal("Not Found", hs.lookup("0X194"))
    assert.are.equal("Not Found", hs.lookup("404.0"))
    assert.are.equal("Not Found", hs.lookup("404."))
    assert.are.equal("Not Found", hs.lookup("4.04e2"))
    assert.are.equal("Continue", hs.lookup("1e2"))
    -- hexadecimal integers wrap around modulo 2^64 in Lua 5.4
    assert.are.equal("Not Found", hs.lookup("0x10000000000000194"))
  end)

  it("gives nil for a code with no phrase", function()
    for _, code in ipairs({ 104, 199, 209, 299, 306, 309, 419, 420, 498, 509, 599 }) do
      assert.is_nil(hs.lookup(code), "code " .. code)
    end
  end)

  it("gives nil for an integer outside 100..599", function()
    for _, code in ipairs({ 0, 99, 600, 1000, -1, -404, 2^53, -2^63, "-0", "99", "600" }) do
      assert.is_nil(hs.lookup(code), "code " .. tostring(code))
    end
  end)
end)

describe("hs.class", function()
  it("names the class by the first digit for every integer in 100..599", function()
    local ids = { "informational", "successful", "redirection", "client_error", "server_error" }
    for code = 100, 599 do
      assert.are.equal(ids[math.floor(code / 100)], hs.class(code), "code " .. code)
    end
  end)

  it("names the class of an unregistered code too", function()
    assert.are.equal("informational", hs.class(150))
    assert.are.equal("successful", hs.class(299))
    assert.are.equal("client_error", hs.class(499))
    assert.are.equal("server_error", hs.class(599))
  end)

  it("gives nil outside 100..599", function()
    for _, code in ipairs({ 0, 1, 99, 600, 999, -100, -404, 2^53 }) do
      assert.is_nil(hs.class(code), "code " .. code)
    end
  end)

  it("reads strings and integral floats like lookup", function()
    assert.are.equal("client_error", hs.class("404"))
    assert.are.equal("server_error", hs.class(503.0))
  end)
end)

describe("hs.is_error", function()
  it("is true for 400..599 and false for 100..399", function()
    for code = 100, 399 do assert.is_false(hs.is_error(code), "code " .. code) end
    for code = 400, 599 do assert.is_true(hs.is_error(code), "code " .. code) end
  end)

  it("is true for integers outside 100..599, which are invalid status codes", function()
    for _, code in ipairs({ 0, 1, 99, 600, 1000, -1, -200, 2^53, -2^63, "42" }) do
      assert.is_true(hs.is_error(code), "code " .. tostring(code))
    end
  end)
end)

describe("the class predicates", function()
  local predicates = {
    is_informational = { 100, 199 },
    is_success = { 200, 299 },
    is_redirection = { 300, 399 },
    is_client_error = { 400, 499 },
    is_server_error = { 500, 599 },
  }

  for fname, range in pairs(predicates) do
    it(fname .. " is true exactly on " .. range[1] .. ".." .. range[2], function()
      for code = 90, 610 do
        assert.are.equal(code >= range[1] and code <= range[2], hs[fname](code),
          fname .. "(" .. code .. ")")
      end
      for _, code in ipairs({ 0, -1, -250, 2^53 }) do
        assert.is_false(hs[fname](code), fname .. "(" .. code .. ")")
      end
    end)
  end

  it("reads strings like lookup", function()
    assert.is_true(hs.is_success("204"))
    assert.is_false(hs.is_success("404"))
  end)
end)

describe("hs.is_redirect", function()
  it("is true exactly for 301, 302, 303, 307 and 308", function()
    check_range("is_redirect", 0, 700, set({ 301, 302, 303, 307, 308 }))
  end)
end)

describe("hs.is_empty", function()
  it("is true exactly for every 1xx, 204, 205 and 304", function()
    local empty = set({ 204, 205, 304 })
    for code = 100, 199 do empty[code] = true end
    check_range("is_empty", 0, 700, empty)
  end)
end)

describe("hs.is_cacheable", function()
  it("is true exactly for the codes heuristically cacheable by default", function()
    check_range("is_cacheable", 0, 700,
      set({ 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501 }))
  end)
end)

describe("hs.is_retryable", function()
  it("is true exactly for 408, 425, 429, 502, 503 and 504", function()
    check_range("is_retryable", 0, 700, set({ 408, 425, 429, 502, 503, 504 }))
  end)
end)

describe("hs.code", function()
  it("finds a code by phrase, in any case, with spaces, '_' or '-'", function()
    assert.are.equal(404, hs.code("Not Found"))
    assert.are.equal(404, hs.code("not found"))
    assert.are.equal(404, hs.code("NOT_FOUND"))
    assert.are.equal(404, hs.code("not-found"))
    assert.are.equal(404, hs.code("Not_Found"))
    assert.are.equal(203, hs.code("Non-Authoritative Information"))
    assert.are.equal(203, hs.code("non authoritative information"))
  end)

  it("finds a code by an older alias", function()
    assert.are.equal(413, hs.code("Payload Too Large"))
    assert.are.equal(413, hs.code("Request Entity Too Large"))
    assert.are.equal(422, hs.code("unprocessable entity"))
    assert.are.equal(302, hs.code("Moved Temporarily"))
    assert.are.equal(416, hs.code("REQUESTED_RANGE_NOT_SATISFIABLE"))
    assert.are.equal(414, hs.code("Request-URI Too Long"))
  end)

  it("ignores apostrophes, typographic ones included", function()
    assert.are.equal(418, hs.code("I'm a teapot"))
    assert.are.equal(418, hs.code("im a teapot"))
    assert.are.equal(418, hs.code("IM_A_TEAPOT"))
    assert.are.equal(418, hs.code("I\226\128\153m a teapot"))
  end)

  it("folds runs of separators and ignores them at the ends", function()
    assert.are.equal(404, hs.code("  not   found "))
    assert.are.equal(404, hs.code("_not__found-"))
    assert.are.equal(404, hs.code("not -_ found"))
  end)

  it("gives an integer", function()
    assert.are.equal("404", tostring(hs.code("Not Found")))
  end)

  it("gives nil for unknown text", function()
    for _, text in ipairs({ "", "   ", "Not Fund", "Not Found!", "notfound", "404",
                            "Found Not", "'", "NOT_FOUND\0", string.rep("A", 100) }) do
      assert.is_nil(hs.code(text), ("%q"):format(text))
    end
  end)

  it("reads a number as its text, which names no status", function()
    assert.is_nil(hs.code(404))
  end)
end)

describe("hs.info", function()
  it("gives the whole record of a code", function()
    local info = hs.info(404)
    assert.are.equal(404, info.code)
    assert.are.equal("404", tostring(info.code))
    assert.are.equal("Not Found", info.phrase)
    assert.are.equal("NOT_FOUND", info.name)
    assert.are.equal("client_error", info.class)
    assert.are.equal("RFC 9110, Section 15.5.5", info.reference)
    assert.are.equal("IANA", info.source)
    assert.is_true(info.official)
    assert.are.same({}, info.aliases)
    assert.are.equal("string", type(info.description))
  end)

  it("has exactly the documented fields", function()
    local keys = {}
    for k in pairs(hs.info(413)) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "aliases", "class", "code", "description", "name", "official",
                      "phrase", "reference", "source" }, keys)
  end)

  it("lists aliases as an array", function()
    assert.are.same({ "Payload Too Large", "Request Entity Too Large" }, hs.info(413).aliases)
  end)

  it("marks unofficial codes", function()
    local teapot = hs.info(418)
    assert.is_false(teapot.official)
    assert.are.equal("RFC 2324 / RFC 7168", teapot.source)
    local nginx = hs.info(499)
    assert.is_false(nginx.official)
    assert.are.equal("nginx", nginx.reference)
    assert.are.equal("nginx", nginx.source)
  end)

  it("returns a new plain table on every call", function()
    local a, b = hs.info(404), hs.info(404)
    assert.are_not.equal(a, b)
    assert.are_not.equal(a.aliases, b.aliases)
    assert.is_nil(getmetatable(a))
  end)

  it("lets the caller change its table without touching what others see", function()
    local mine = hs.info(413)
    mine.phrase = "changed"
    mine.code = 1
    mine.aliases[1] = "changed"
    mine.aliases[3] = "added"
    mine.extra = true
    local fresh = hs.info(413)
    assert.are.equal("Content Too Large", fresh.phrase)
    assert.are.equal(413, fresh.code)
    assert.are.same({ "Payload Too Large", "Request Entity Too Large" }, fresh.aliases)
    assert.is_nil(fresh.extra)
    assert.are.equal("Content Too Large", hs.lookup(413))
    assert.are.equal(413, hs.codes.PAYLOAD_TOO_LARGE)
  end)

  it("reads strings and integral floats like lookup", function()
    assert.are.equal("Not Found", hs.info("404").phrase)
    assert.are.equal("Not Found", hs.info(404.0).phrase)
  end)

  it("gives nil where lookup gives nil", function()
    for _, code in ipairs({ 104, 306, 419, 509, 99, 600, 0, -404 }) do
      assert.is_nil(hs.info(code), "code " .. code)
    end
  end)
end)

describe("hs.each", function()
  local function collect(...)
    local codes, phrases = {}, {}
    for code, phrase in hs.each(...) do
      codes[#codes + 1] = code
      phrases[#phrases + 1] = phrase
    end
    return codes, phrases
  end

  it("walks every code in ascending order", function()
    local codes = collect()
    assert.are.equal(68, #codes)
    assert.are.equal(100, codes[1])
    assert.are.equal(511, codes[#codes])
    for i = 2, #codes do
      assert.is_true(codes[i] > codes[i - 1], "position " .. i)
    end
  end)

  it("walks one class when given its id", function()
    local codes, phrases = collect("informational")
    assert.are.same({ 100, 101, 102, 103 }, codes)
    assert.are.same({ "Continue", "Switching Protocols", "Processing", "Early Hints" }, phrases)
    assert.are.same({ 200, 201, 202, 203, 204, 205, 206, 207, 208, 226 }, (collect("successful")))
    assert.are.same({ 300, 301, 302, 303, 304, 305, 307, 308 }, (collect("redirection")))
    assert.are.same({ 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511 },
      (collect("server_error")))
    local client = collect("client_error")
    assert.are.equal(35, #client)
    assert.are.equal(400, client[1])
    assert.are.equal(499, client[#client])
  end)

  it("treats nil as no class", function()
    assert.are.equal(68, #collect(nil))
  end)

  it("gives integer codes", function()
    for code in hs.each("redirection") do
      assert.are.equal(string.format("%d", code), tostring(code))
    end
  end)

  it("rejects an unknown class or a non-string", function()
    assert.are.equal("bad argument #1 to 'each' (unknown class 'client_errors')",
      helpers.error_of(hs.each, "client_errors"))
    assert.are.equal("bad argument #1 to 'each' (string expected, got number)",
      helpers.error_of(hs.each, 4))
    assert.are.equal("bad argument #1 to 'each' (string expected, got table)",
      helpers.error_of(hs.each, {}))
  end)
end)
