-- hs.codes and hs.classes: read-only views that no caller can alter.
local hs = require("httpstatus")
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
    it("walks code, phrase in ascending order with pairs", function()
      local codes, last = 0, 0
      for code, phrase in pairs(hs.codes) do
        assert.is_true(code > last)
        assert.are.equal(hs.lookup(code), phrase)
        codes, last = codes + 1, code
      end
      assert.are.equal(68, codes)
      assert.are.equal(511, last)
    end)
  else
    it("cannot be walked with pairs on Lua 5.1 and LuaJIT, which have no __pairs", function()
      assert.truthy(error_of(pairs, hs.codes):find("table expected, got userdata", 1, true))
    end)
  end
end)

describe("hs.classes", function()
  local expected = {
    informational = { "Informational", 100, 199 },
    successful = { "Successful", 200, 299 },
    redirection = { "Redirection", 300, 399 },
    client_error = { "Client Error", 400, 499 },
    server_error = { "Server Error", 500, 599 },
  }

  it("describes each of the five classes", function()
    for id, want in pairs(expected) do
      local class = hs.classes[id]
      assert.are.equal(id, class.id)
      assert.are.equal(want[1], class.label)
      assert.are.equal(want[2], class.first)
      assert.are.equal(want[3], class.last)
      assert.are.equal("string", type(class.description))
      assert.is_true(#class.description > 20, id)
    end
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
      local ids = {}
      for id, class in pairs(hs.classes) do
        assert.are.equal(id, class.id)
        ids[#ids + 1] = id
      end
      assert.are.same({ "informational", "successful", "redirection", "client_error",
                        "server_error" }, ids)
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
