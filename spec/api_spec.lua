-- The module, its functions and its data, checked against the one fixture
-- of expected values, spec/expected.lua: every function over one code on
-- every integer around 100..599, every field of every code, and the
-- read-only views hs.codes and hs.classes. The literal values here are
-- spot checks that illustrate API.md.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local error_of, misanswer = helpers.error_of, helpers.misanswer

local CODES = expected.CODES

-- Spot checks from API.md: each function's arguments, each followed by its answer.
local EXAMPLES = {
  lookup = { 404, "Not Found", 413, "Content Too Large", 418, "I'm a teapot", 404.0, "Not Found",
             "404", "Not Found", " 404 ", "Not Found", "0x194", "Not Found" },
  class = { 150, "informational", 599, "server_error", "404", "client_error" },
  is_error = { "42", true },
  is_success = { "204", true, "404", false },
  is_cacheable = { 404, true, 302, false },
  status_line = { 404, "404 Not Found", 299, "299 ", "1e2", "100 Continue" },
  code = { "Not Found", 404, "not found", 404, "NOT_FOUND", 404, "not-found", 404,
           "Not_Found", 404, "non authoritative information", 203, "Payload Too Large", 413,
           "unprocessable entity", 422, "REQUESTED_RANGE_NOT_SATISFIABLE", 416,
           -- apostrophes, typographic ones included, are ignored
           "I'm a teapot", 418, "im a teapot", 418, "I\226\128\153m a teapot", 418,
           -- runs of separators fold into one, and none count at the ends
           "  not   found ", 404, "_not__found-", 404, "not -_ found", 404 },
}

describe("the module", function()
  it("has this release's version and the documented functions, and sets no global", function()
    assert.are.equal(expected.VERSION, hs._VERSION)
    assert.truthy(tostring(hs._VERSION):match("^%d+%.%d+%.%d+$"), tostring(hs._VERSION))
    assert.are.equal(hs, require("httpstatus"))
    assert.is_nil(rawget(_G, "httpstatus"))
    local names = {}
    for name, value in pairs(hs) do
      if type(value) == "function" then names[#names + 1] = name end
    end
    table.sort(names)
    assert.are.same(expected.FUNCTIONS, names)
  end)

  it("gives the answers API.md shows", function()
    for fname, cases in pairs(EXAMPLES) do
      for i = 1, #cases, 2 do
        assert.are.equal(cases[i + 1], hs[fname](cases[i]), ("%s(%q)"):format(fname, cases[i]))
      end
    end
    assert.are.equal("404", tostring(hs.code("Not Found")))
  end)
end)

describe("each function over one code", function()
  for _, fname in ipairs(expected.CODE_FUNCTIONS) do
    it(fname .. " answers as spec/expected.lua says on every integer, float or string", function()
      for n = 0, 700 do
        assert.is_nil(misanswer(hs, fname, n), fname .. "(" .. n .. ")")
        assert.is_nil(misanswer(hs, fname, n + 0.0), fname .. "(" .. n .. ".0)")
        assert.is_nil(misanswer(hs, fname, tostring(n)), fname .. "('" .. n .. "')")
      end
      for _, v in ipairs(expected.OUTSIDE) do
        assert.is_nil(misanswer(hs, fname, v), ("%s(%q)"):format(fname, v))
      end
    end)
  end

  it("hs.codes[n] is what lookup gives, on every integer or float", function()
    for n = -10, 700 do
      assert.are.equal(expected.answer("lookup", n), hs.codes[n], n)
      assert.are.equal(expected.answer("lookup", n), hs.codes[n + 0.0], n)
    end
  end)
end)

-- Lower-case letters and digits only, so "Not Found." and "not found" compare equal.
local function letters(s)
  return (tostring(s):lower():gsub("[^%w]", ""))
end

-- " not found ": the runs of letters and digits of s, in lower case, each between spaces.
local function spaced_words(s)
  local words = {}
  for word in s:gmatch("%w+") do words[#words + 1] = word:lower() end
  return " " .. table.concat(words, " ") .. " "
end

-- Whether text holds words (a phrase or an alias) one after the other, as whole words.
local function has_words(text, words)
  return spaced_words(text):find(spaced_words(words), 1, true) ~= nil
end

-- The number of characters of a UTF-8 string: the bytes that do not continue a character.
local function characters(s)
  return select(2, s:gsub("[^\128-\191]", ""))
end

local INFO_FIELDS = { "aliases", "class", "code", "description", "example", "name", "official",
                      "phrase", "reference", "source" }

describe("every code of spec/expected.lua", function()
  for _, want in ipairs(CODES) do
    local code = want.code
    it(code .. " " .. want.phrase .. " is found by phrase, name and alias; its texts", function()
      assert.are.equal(code, hs.codes[want.name], want.name)
      assert.are.equal(code, hs.code(want.phrase), want.phrase)
      assert.are.equal(code, hs.code(want.name), want.name)
      for _, alias in ipairs(want.aliases) do
        assert.are.equal(code, hs.code(alias), alias)
      end
      local info, keys = hs.info(code) or {}, {}
      for k in pairs(info) do keys[#keys + 1] = k end
      table.sort(keys)
      assert.are.same(INFO_FIELDS, keys)
      local description, example = tostring(info.description), tostring(info.example)
      -- a description of at most 400 bytes that says more than the phrase
      assert.are.equal("string", type(info.description))
      assert.is_true(#description > 0 and #description <= 400, description)
      local rest = letters(description):gsub(letters(want.phrase), "")
      assert.is_true(#rest > 0, description)
      assert.are.equal(expected.answer("is_cacheable", code),
        description:find("Cacheable by default.", 1, true) ~= nil, description)
      -- an example of at most 120 characters that is no template: it names neither the
      -- code nor its phrase nor an alias, and is not the description
      assert.are.equal("string", type(info.example))
      assert.is_true(#example > 0 and characters(example) <= 120, example)
      assert.are_not.equal(letters(description), letters(example))
      assert.is_nil(example:find("%f[%d]" .. code .. "%f[%D]"), example)
      assert.is_false(has_words(example, want.phrase), example)
      for _, alias in ipairs(want.aliases) do
        assert.is_false(has_words(example, alias), alias .. ": " .. example)
      end
    end)
  end

  it("each has an example that no other code shares", function()
    local seen = {}
    for _, want in ipairs(CODES) do
      local key = letters((hs.info(want.code) or {}).example)
      assert.is_nil(seen[key], want.code .. ": same example as " .. tostring(seen[key]))
      seen[key] = want.code
    end
  end)

  it("and every alias has a constant name in hs.codes and code", function()
    for name, code in pairs(expected.ALIAS_NAMES) do
      assert.are.equal(code, hs.codes[name], name)
      assert.are.equal(code, hs.code(name), name)
    end
  end)
end)

-- "code phrase" for each pair that the iterator gives, checking that codes ascend.
local function walked(...)
  local got, last = {}, -1
  for code, phrase in ... do
    assert.is_true(helpers.is_integer(code) and code > last, tostring(code))
    got[#got + 1], last = code .. " " .. tostring(phrase), code
    if #got > 1000 then break end
  end
  return got
end

-- "code phrase" for each code of the fixture, or of one class of it.
local function fixture_walk(id)
  local want = {}
  for _, row in ipairs(CODES) do
    if not id or row.class == id then want[#want + 1] = row.code .. " " .. row.phrase end
  end
  return want
end

describe("hs.each", function()
  it("walks every code in ascending order, or one class when given its id", function()
    assert.are.same(fixture_walk(), walked(hs.each()))
    assert.are.same(fixture_walk(), walked(hs.each(nil)))
    for _, class in ipairs(expected.CLASSES) do
      assert.are.same(fixture_walk(class.id), walked(hs.each(class.id)), class.id)
    end
  end)

  it("rejects an unknown class or a non-string", function()
    for arg, reason in pairs({ client_errors = "unknown class 'client_errors'",
                               [4] = "string expected, got number",
                               [true] = "string expected, got boolean" }) do
      assert.are.equal("bad argument #1 to 'each' (" .. reason .. ")", error_of(hs.each, arg))
    end
    assert.are.equal("bad argument #1 to 'each' (string expected, got table)",
      error_of(hs.each, {}))
  end)
end)

-- Whether pairs(view) is an error, as on Lua 5.1 and LuaJIT, which have no __pairs.
local function has_no_pairs(view)
  if helpers.has_pairs_metamethod then return false end
  assert.truthy(error_of(pairs, view):find("table expected, got userdata", 1, true))
  return true
end

describe("hs.codes", function()
  it("maps a non-integral number, and anything else but a string, to nil", function()
    for _, key in ipairs({ 404.5, 0 / 0, true, false, {}, print }) do
      assert.is_nil(hs.codes[key], tostring(key))
    end
    local nothing = nil
    assert.is_nil(hs.codes[nothing])
    assert.are.equal("404", tostring(hs.codes.NOT_FOUND))
  end)

  it("raises an error naming an unknown name, at the caller's line", function()
    local err = error_of(function() return hs.codes.NOT_FUOND end)
    assert.truthy(err:find("httpstatus.codes has no status named 'NOT_FUOND'", 1, true), err)
    assert.truthy(err:match("^[^:]*api_spec%.lua:%d+: "), err)
    for _, name in ipairs({ "not_found", "404", "" }) do
      assert.truthy(error_of(function() return hs.codes[name] end), name)
    end
  end)

  it("walks code, phrase in ascending order with pairs on Lua 5.2 and later", function()
    if has_no_pairs(hs.codes) then return end
    assert.are.same(fixture_walk(), walked(pairs(hs.codes)))
  end)
end)

describe("hs.classes", function()
  it("describes each of the five classes with exactly the documented fields", function()
    for _, want in ipairs(expected.CLASSES) do
      local class, keys = hs.classes[want.id] or {}, {}
      for k in pairs(class) do keys[#keys + 1] = k end
      table.sort(keys)
      assert.are.same({ "description", "first", "id", "label", "last" }, keys)
      for _, key in ipairs({ "id", "label", "first", "last" }) do
        assert.are.equal(want[key], class[key], want.id .. "." .. key)
      end
      assert.is_true(#class.description > 20, want.id)
    end
    for _, key in ipairs({ "client_errors", 4, true }) do
      assert.is_nil(hs.classes[key], tostring(key))
    end
  end)

  it("walks id, class in code order with pairs on Lua 5.2 and later", function()
    if has_no_pairs(hs.classes) then return end
    local ids, want = {}, {}
    for id, class in pairs(hs.classes) do
      assert.are.equal(id, class.id)
      ids[#ids + 1] = id
      if #ids > 100 then break end
    end
    for i, class in ipairs(expected.CLASSES) do want[i] = class.id end
    assert.are.same(want, ids)
  end)
end)

-- What every check below must still see after a tampering attempt.
local function assert_intact()
  assert.are.equal("Not Found", hs.codes[404])
  assert.are.equal(404, hs.codes.NOT_FOUND)
  assert.are.equal(413, hs.codes.PAYLOAD_TOO_LARGE)
  assert.are.equal("Not Found", hs.lookup(404))
  assert.is_nil(helpers.info_mismatch(hs.info(404), expected.ROW[404]))
  assert.are.equal("Client Error", hs.classes.client_error.label)
  assert.is_nil(hs.codes[306])
end

-- Ways a request handler could try to change what the next one reads, and what each raises.
local TAMPERING = {
  { function() hs.codes[404] = "x" end, "read-only" },
  { function() hs.codes.NEW = 1 end, "read-only" },
  { function() hs.codes.NOT_FOUND = 500 end, "read-only" },
  { function() hs.codes[306] = "Switch Proxy" end, "read-only" },
  { function() hs.classes.client_error = {} end, "read-only" },
  { function() hs.classes.new = {} end, "read-only" },
  { function() rawset(hs.codes, 404, "x") end, "table expected, got userdata" },
  { function() rawset(hs.codes, "NOT_FOUND", 410) end, "table expected, got userdata" },
  { function() rawset(hs.classes, "client_error", {}) end, "table expected, got userdata" },
  { function() setmetatable(hs.codes, {}) end, "" },
  { function() setmetatable(hs.codes, nil) end, "" },
  { function() setmetatable(hs.codes, { __index = function() return "x" end }) end, "" },
  { function() setmetatable(hs.classes, {}) end, "" },
  { function() getmetatable(hs.codes).__index = {} end, "" },
}

describe("the module's answers", function()
  it("survive every tampering attempt a request handler could make without debug", function()
    for i, case in ipairs(TAMPERING) do
      local err = error_of(case[1])
      assert.truthy(err and err:find(case[2], 1, true), i .. ": " .. tostring(err))
    end
    assert.are.equal("httpstatus.codes", getmetatable(hs.codes))
    assert.are.equal("httpstatus.classes", getmetatable(hs.classes))
    assert.are.equal("httpstatus.codes", tostring(hs.codes))
    local class = hs.classes.client_error
    class.label, class.first = "changed", 0
    assert.are_not.equal(class, hs.classes.client_error)
    assert.are_not.equal(hs.info(404), hs.info(404))
    assert.are_not.equal(hs.info(302).aliases, hs.info(302).aliases)
    assert.is_nil(getmetatable(hs.info(404)))
    local info = hs.info(404)
    info.phrase, info.aliases = "x", nil
    local mine = hs.info(413)
    mine.phrase, mine.code, mine.example, mine.extra = "changed", 1, "changed", true
    mine.aliases[1], mine.aliases[3] = "changed", "added"
    assert_intact()
    assert.are.equal(400, hs.classes.client_error.first)
    assert.is_nil(helpers.info_mismatch(hs.info(413), expected.ROW[413]))
    assert.are_not.equal("changed", hs.info(413).example)
    assert.is_nil(hs.info(413).extra)
  end)
end)
