-- hs.codes and hs.classes: read-only views that no caller can alter.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local error_of = helpers.error_of

-- What every check below must still see after a tampering attempt.
local function assert_intact()
  assert.are.equal("Not Found", hs.codes[404])
  assert.are.equal(404, hs.codes.NOT_FOUND)
  assert.are.equal(413, hs.codes.PAYLOAD_TOO_LARGE)
  assert.are.equal("Not Found", hs.lookup(404))
  assert.are.equal("Not Found", hs.info(404).phrase)
  assert.are.equal("Client Error", hs.classes.client_error.label)
  assert.is_nil(hs.codes[306])
end

describe("hs.codes", function()
  it("maps a code to its phrase, like lookup", function()
    assert.are.equal("Not Found", hs.codes[404])
    assert.are.equal("I'm a teapot", hs.codes[418])
    assert.are.equal("Not Found", hs.codes[404.0])
    assert.is_nil(hs.codes[306])
    assert.is_nil(hs.codes[600])
    assert.is_nil(hs.codes[-1])
    assert.is_nil(hs.codes[404.5])
    assert.is_nil(hs.codes[0 / 0])
  end)

  it("maps every constant name and alias name to its code", function()
    assert.are.equal(404, hs.codes.NOT_FOUND)
    assert.are.equal(418, hs.codes.IM_A_TEAPOT)
    assert.are.equal(200, hs.codes.OK)
    assert.are.equal(413, hs.codes.CONTENT_TOO_LARGE)
    assert.are.equal(413, hs.codes.PAYLOAD_TOO_LARGE)
    assert.are.equal(413, hs.codes.REQUEST_ENTITY_TOO_LARGE)
    assert.are.equal(422, hs.codes.UNPROCESSABLE_ENTITY)
    assert.are.equal(414, hs.codes.REQUEST_URI_TOO_LARGE)
    assert.are.equal(524, hs.codes.A_TIMEOUT_OCCURRED)
    assert.are.equal(302, hs.codes.MOVED_TEMPORARILY)
    assert.are.equal(499, hs.codes.CLIENT_CLOSED_REQUEST)
  end)

  it("gives integers", function()
    assert.are.equal("404", tostring(hs.codes.NOT_FOUND))
  end)

  it("raises an error naming an unknown name, so a typo fails loudly", function()
    local err = error_of(function() return hs.codes.NOT_FUOND end)
    assert.truthy(err:find("httpstatus.codes has no status named 'NOT_FUOND'", 1, true), err)
    assert.truthy(err:match("^[^:]*codes_spec%.lua:%d+: "), err)
    assert.truthy(error_of(function() return hs.codes.not_found end))
    assert.truthy(error_of(function() return hs.codes["404"] end))
    assert.truthy(error_of(function() return hs.codes[""] end))
  end)

  it("gives nil for a key that is neither a string nor a number", function()
    assert.is_nil(hs.codes[true])
    assert.is_nil(hs.codes[false])
    assert.is_nil(hs.codes[{}])
    assert.is_nil(hs.codes[print])
    local nothing = nil
    assert.is_nil(hs.codes[nothing])
  end)

  it("refuses every assignment", function()
    local codes = hs.codes
    assert.truthy(error_of(function() codes[404] = "x" end):find("read-only", 1, true))
    assert.truthy(error_of(function() codes.NEW = 1 end):find("read-only", 1, true))
    assert.truthy(error_of(function() codes.NOT_FOUND = 500 end):find("read-only", 1, true))
    assert.truthy(error_of(function() codes[306] = "Switch Proxy" end):find("read-only", 1, true))
    assert_intact()
  end)

  it("cannot be changed with rawset", function()
    local err = error_of(rawset, hs.codes, 404, "x")
    assert.truthy(err:find("table expected, got userdata", 1, true), err)
    assert_intact()
  end)

  it("keeps its metatable locked", function()
    assert.are.equal("httpstatus.codes", getmetatable(hs.codes))
    assert.truthy(error_of(setmetatable, hs.codes, {}))
    assert.truthy(error_of(setmetatable, hs.codes, nil))
    assert_intact()
  end)

  it("prints as httpstatus.codes", function()
    assert.are.equal("httpstatus.codes", tostring(hs.codes))
  end)

  if helpers.has_pairs_metamethod then
    it("walks code, phrase in ascending order with pairs, over every code of the fixture", function()
      local walked = {}
      for code, phrase in pairs(hs.codes) do
        walked[#walked + 1] = { code = code, phrase = phrase }
        if #walked > 1000 then break end
      end
      assert.are.equal(#expected.CODES, #walked)
      for i, want in ipairs(expected.CODES) do
        local got = walked[i] or {}
        assert.are.equal(want.code, got.code, "position " .. i)
        assert.are.equal(want.phrase, got.phrase, "code " .. want.code)
      end
    end)
  else
    it("cannot be walked with pairs on Lua 5.1 and LuaJIT, which have no __pairs", function()
      assert.truthy(error_of(pairs, hs.codes):find("table expected, got userdata", 1, true))
    end)
  end
end)

describe("hs.classes", function()
  it("describes each of the five classes", function()
    for _, want in ipairs(expected.CLASSES) do
      local class = hs.classes[want.id] or {}
      assert.are.equal(want.id, class.id)
      assert.are.equal(want.label, class.label, want.id)
      assert.are.equal(want.first, class.first, want.id)
      assert.are.equal(want.last, class.last, want.id)
      assert.are.equal("string", type(class.description), want.id)
      assert.is_true(#class.description > 20, want.id)
    end
    assert.are.equal("Client Error", hs.classes.client_error.label)
  end)

  it("has exactly the documented fields", function()
    local keys = {}
    for k in pairs(hs.classes.client_error) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "description", "first", "id", "label", "last" }, keys)
  end)

  it("gives nil for an unknown class", function()
    assert.is_nil(hs.classes.client_errors)
    assert.is_nil(hs.classes[4])
    assert.is_nil(hs.classes[true])
  end)

  it("hands out a fresh table, so changing one changes nothing", function()
    local mine = hs.classes.client_error
    mine.label = "changed"
    mine.first = 0
    assert.are_not.equal(mine, hs.classes.client_error)
    assert_intact()
    assert.are.equal(400, hs.classes.client_error.first)
  end)

  it("refuses every assignment, rawset and setmetatable", function()
    local classes = hs.classes
    assert.truthy(error_of(function() classes.client_error = {} end):find("read-only", 1, true))
    assert.truthy(error_of(function() classes.new = {} end):find("read-only", 1, true))
    assert.truthy(error_of(rawset, classes, "client_error", {}))
    assert.are.equal("httpstatus.classes", getmetatable(classes))
    assert.truthy(error_of(setmetatable, classes, {}))
    assert_intact()
  end)

  if helpers.has_pairs_metamethod then
    it("walks id, class in code order with pairs", function()
      local ids, want = {}, {}
      for id, class in pairs(hs.classes) do
        assert.are.equal(id, class.id)
        ids[#ids + 1] = id
        if #ids > 100 then break end
      end
      for i, class in ipairs(expected.CLASSES) do want[i] = class.id end
      assert.are.same(want, ids)
    end)
  else
    it("cannot be walked with pairs on Lua 5.1 and LuaJIT, which have no __pairs", function()
      assert.truthy(error_of(pairs, hs.classes):find("table expected, got userdata", 1, true))
    end)
  end
end)

describe("the module's answers", function()
  it("survive every tampering attempt a request handler could make without debug", function()
    local hs2 = require("httpstatus")
    pcall(function() hs2.codes[404] = "Gone" end)
    pcall(rawset, hs2.codes, "NOT_FOUND", 410)
    pcall(setmetatable, hs2.codes, { __index = function() return "x" end })
    pcall(function() getmetatable(hs2.codes).__index = {} end)
    pcall(function() hs2.classes.client_error.label = "x" end)
    local info = hs2.info(404)
    info.phrase, info.aliases = "x", nil
    assert_intact()
  end)
end)
