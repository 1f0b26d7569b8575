-- The functions of API.md over status codes, checked against the one
-- fixture of expected values, spec/expected.lua; the literal values here are
-- spot checks that illustrate API.md.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")

-- code -> phrase, and code -> the whole record, for every code of the fixture.
local PHRASE, RECORD = {}, {}
for _, want in ipairs(expected.CODES) do
  PHRASE[want.code] = want.phrase
  RECORD[want.code] = want
end

-- The fixture's class with that id.
local function class_of(id)
  for _, class in ipairs(expected.CLASSES) do
    if class.id == id then return class end
  end
  error("no class " .. id .. " in spec/expected.lua")
end

-- A set of a fixture's list of codes.
local function set_of(list)
  local set = {}
  for _, code in ipairs(list) do set[code] = true end
  return set
end

-- The codes of the fixture in one class, and their phrases, in fixture order.
local function fixture_class(id)
  local codes, phrases = {}, {}
  for _, want in ipairs(expected.CODES) do
    if want.class == id then
      codes[#codes + 1] = want.code
      phrases[#phrases + 1] = want.phrase
    end
  end
  return codes, phrases
end

-- Every integer in lo..hi, checked against a rule given as a set.
local function check_range(fname, lo, hi, holds)
  for code = lo, hi do
    assert.are.equal(holds[code] == true, hs[fname](code), fname .. "(" .. code .. ")")
  end
end

-- Integers outside 100..599, each function says what it gives for them.
local OUTSIDE = { 0, 1, 99, 600, 999, 1000, -1, -100, -404, 2^53, -2^63 }

describe("hs._VERSION", function()
  it("is the version of this release, in x.y.z form", function()
    assert.are.equal(expected.VERSION, hs._VERSION)
    assert.truthy(tostring(hs._VERSION):match("^%d+%.%d+%.%d+$"), tostring(hs._VERSION))
  end)
end)

describe("require('httpstatus')", function()
  it("returns the same module table every time", function()
    assert.are.equal(hs, require("httpstatus"))
  end)

  it("sets no global", function()
    assert.is_nil(rawget(_G, "httpstatus"))
  end)

  it("offers exactly the documented functions", function()
    local names = {}
    for name, value in pairs(hs) do
      if type(value) == "function" then names[#names + 1] = name end
    end
    table.sort(names)
    assert.are.same(expected.FUNCTIONS, names)
  end)
end)

describe("hs.lookup", function()
  it("gives the phrase of a code", function()
    assert.are.equal("Not Found", hs.lookup(404))
    assert.are.equal("OK", hs.lookup(200))
    assert.are.equal("Content Too Large", hs.lookup(413))
    assert.are.equal("I'm a teapot", hs.lookup(418))
    assert.are.equal("Client Closed Request", hs.lookup(499))
    assert.are.equal("Bandwidth Limit Exceeded", hs.lookup(509))
    assert.are.equal("Web Server Is Down", hs.lookup(521))
  end)

  it("accepts a float with an integral value", function()
    assert.are.equal("Not Found", hs.lookup(404.0))
  end)

  it("accepts a string that the running Lua reads as an integer", function()
    assert.are.equal("Not Found", hs.lookup("404"))
    assert.are.equal("Not Found", hs.lookup(" 404 "))
    assert.are.equal("Not Found", hs.lookup("0x194"))
    assert.are.equal("Not Found", hs.lookup("404.0"))
  end)

  it("gives the fixture's phrase, or nil, for every integer in 100..599", function()
    for code = 100, 599 do
      assert.are.equal(PHRASE[code], hs.lookup(code), "code " .. code)
    end
  end)

  it("gives nil for an integer outside 100..599", function()
    for _, code in ipairs(OUTSIDE) do
      assert.is_nil(hs.lookup(code), "code " .. code)
    end
    for _, code in ipairs({ "-0", "99", "600" }) do
      assert.is_nil(hs.lookup(code), "code " .. code)
    end
  end)
end)

describe("hs.class", function()
  it("names the class by the first digit for every integer in 100..599", function()
    for _, class in ipairs(expected.CLASSES) do
      for code = class.first, class.last do
        assert.are.equal(class.id, hs.class(code), "code " .. code)
      end
    end
  end)

  it("names the class of an unregistered code too", function()
    assert.are.equal("informational", hs.class(150))
    assert.are.equal("successful", hs.class(299))
    assert.are.equal("client_error", hs.class(499))
    assert.are.equal("server_error", hs.class(599))
  end)

  it("gives nil outside 100..599", function()
    for _, code in ipairs(OUTSIDE) do
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
    local errors = { client_error = true, server_error = true }
    for _, class in ipairs(expected.CLASSES) do
      for code = class.first, class.last do
        assert.are.equal(errors[class.id] == true, hs.is_error(code), "code " .. code)
      end
    end
  end)

  it("is true for integers outside 100..599, which are invalid status codes", function()
    for _, code in ipairs(OUTSIDE) do
      assert.is_true(hs.is_error(code), "code " .. code)
    end
    assert.is_true(hs.is_error("42"))
  end)
end)

describe("the class predicates", function()
  local predicates = {
    is_informational = "informational",
    is_success = "successful",
    is_redirection = "redirection",
    is_client_error = "client_error",
    is_server_error = "server_error",
  }

  for fname, id in pairs(predicates) do
    it(fname .. " is true exactly on the codes of class " .. id, function()
      local class = class_of(id)
      for code = 90, 610 do
        assert.are.equal(code >= class.first and code <= class.last, hs[fname](code),
          fname .. "(" .. code .. ")")
      end
      for _, code in ipairs(OUTSIDE) do
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
  it("is true exactly for the codes that send the client to Location", function()
    check_range("is_redirect", 0, 700, set_of(expected.REDIRECT))
    assert.is_true(hs.is_redirect(301))
    assert.is_false(hs.is_redirect(304))
  end)
end)

describe("hs.is_empty", function()
  it("is true exactly for every 1xx and the codes whose response never has content", function()
    local empty = set_of(expected.EMPTY_BESIDES_1XX)
    local informational = class_of("informational")
    for code = informational.first, informational.last do empty[code] = true end
    check_range("is_empty", 0, 700, empty)
    assert.is_true(hs.is_empty(204))
  end)
end)

describe("hs.is_cacheable", function()
  it("is true exactly for the codes heuristically cacheable by default", function()
    check_range("is_cacheable", 0, 700, set_of(expected.CACHEABLE))
    assert.is_true(hs.is_cacheable(404))
    assert.is_false(hs.is_cacheable(302))
  end)
end)

describe("hs.is_retryable", function()
  it("is true exactly for the codes whose request may succeed if repeated later", function()
    check_range("is_retryable", 0, 700, set_of(expected.RETRYABLE))
    assert.is_true(hs.is_retryable(503))
    assert.is_false(hs.is_retryable(500))
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
    assert.are.equal(414, hs.code("Request-URI Too Large"))
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
    assert.are.equal("string", type(info.example))
  end)

  it("has exactly the documented fields", function()
    local keys = {}
    for k in pairs(hs.info(413)) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "aliases", "class", "code", "description", "example", "name", "official",
                      "phrase", "reference", "source" }, keys)
  end)

  it("lists aliases as an array", function()
    assert.are.same(RECORD[413].aliases, hs.info(413).aliases)
    assert.are.equal("Payload Too Large", hs.info(413).aliases[1])
  end)

  it("marks unofficial codes", function()
    local teapot = hs.info(418)
    assert.is_false(teapot.official)
    assert.are.equal("RFC 2324 / RFC 7168", teapot.source)
    local nginx = hs.info(499)
    assert.is_false(nginx.official)
    assert.are.equal("nginx", nginx.reference)
    assert.are.equal("nginx", nginx.source)
    local cloudflare = hs.info(522)
    assert.is_false(cloudflare.official)
    assert.are.equal("Cloudflare", cloudflare.source)
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
    mine.example = "changed"
    mine.aliases[1] = "changed"
    mine.aliases[3] = "added"
    mine.extra = true
    local fresh = hs.info(413)
    assert.are.equal("Content Too Large", fresh.phrase)
    assert.are.equal(413, fresh.code)
    assert.are_not.equal("changed", fresh.example)
    assert.are.same(RECORD[413].aliases, fresh.aliases)
    assert.is_nil(fresh.extra)
    assert.are.equal("Content Too Large", hs.lookup(413))
    assert.are.equal(413, hs.codes.PAYLOAD_TOO_LARGE)
  end)

  it("reads strings and integral floats like lookup", function()
    assert.are.equal("Not Found", hs.info("404").phrase)
    assert.are.equal("Not Found", hs.info(404.0).phrase)
  end)

  it("gives nil for every integer in 100..599 with no phrase", function()
    for code = 100, 599 do
      if not PHRASE[code] then assert.is_nil(hs.info(code), "code " .. code) end
    end
  end)

  it("gives nil outside 100..599", function()
    for _, code in ipairs(OUTSIDE) do
      assert.is_nil(hs.info(code), "code " .. code)
    end
  end)
end)

describe("hs.status_line", function()
  it("gives the code, one space and the phrase", function()
    assert.are.equal("404 Not Found", hs.status_line(404))
    assert.are.equal("418 I'm a teapot", hs.status_line(418))
  end)

  it("gives the code, one space and the phrase for every code of the fixture", function()
    for _, want in ipairs(expected.CODES) do
      assert.are.equal(want.code .. " " .. want.phrase, hs.status_line(want.code), "code " .. want.code)
    end
  end)

  it("keeps the space for an integer in 100..599 with no phrase", function()
    assert.are.equal("299 ", hs.status_line(299))
    for code = 100, 599 do
      if not PHRASE[code] then
        assert.are.equal(code .. " ", hs.status_line(code), "code " .. code)
      end
    end
  end)

  it("gives nil outside 100..599", function()
    for _, code in ipairs(OUTSIDE) do
      assert.is_nil(hs.status_line(code), "code " .. code)
    end
    if math.maxinteger then
      assert.is_nil(hs.status_line(math.maxinteger))
      assert.is_nil(hs.status_line(math.mininteger))
    end
  end)

  it("reads strings and integral floats like lookup, and writes the code in decimal", function()
    assert.are.equal("404 Not Found", hs.status_line("404"))
    assert.are.equal("404 Not Found", hs.status_line(" 404 "))
    assert.are.equal("404 Not Found", hs.status_line(404.0))
    assert.are.equal("404 Not Found", hs.status_line("0x194"))
    assert.are.equal("100 Continue", hs.status_line("1e2"))
  end)
end)

describe("hs.each", function()
  local function collect(...)
    local codes, phrases = {}, {}
    for code, phrase in hs.each(...) do
      codes[#codes + 1] = code
      phrases[#phrases + 1] = phrase
      if #codes > 1000 then break end
    end
    return codes, phrases
  end

  it("walks every code in ascending order", function()
    local codes = collect()
    assert.are.equal(#expected.CODES, #codes)
    assert.are.equal(expected.CODES[1].code, codes[1])
    assert.are.equal(expected.CODES[#expected.CODES].code, codes[#codes])
    for i = 2, #codes do
      assert.is_true(codes[i] > codes[i - 1], "position " .. i)
    end
  end)

  it("walks one class when given its id", function()
    for _, class in ipairs(expected.CLASSES) do
      local want_codes, want_phrases = fixture_class(class.id)
      local codes, phrases = collect(class.id)
      assert.are.same(want_codes, codes, class.id)
      assert.are.same(want_phrases, phrases, class.id)
    end
  end)

  it("treats nil as no class", function()
    assert.are.equal(#expected.CODES, #collect(nil))
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
