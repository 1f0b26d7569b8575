-- The module, its functions and its data, checked against the one fixture of expected values,
-- spec/expected.lua: every field of every code, and the read-only views hs.codes and
-- hs.classes. The answers of every function, hs.codes[...] and hs.classes[...] on every
-- integer near 100..599, on bad keys and after tampering are checked in random_spec.lua,
-- after its hostile input, and there too the names API.md shows and each class's fields.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local unpack = table.unpack or unpack

describe("the module", function()
  -- docs_spec checks its functions against the definition file and spec/expected.lua
  it("has this release's version, and sets no global", function()
    assert.are.equal(expected.VERSION, hs._VERSION)
    assert.are.equal(hs, require("httpstatus"))
    assert.is_nil(rawget(_G, "httpstatus"))
  end)

  it("allocates nothing in a call over one code, once each status line is made, nor in a check"
    .. " that finds nothing", function()
    local ten = { Allow = "GET", ["Content-Length"] = "10" }
    local options = { method = "GET" }
    for i = 1, 8 do ten["X-Field-" .. i] = "x" end
    local function calls()
      for _, fname in ipairs(expected.CODE_FUNCTIONS) do
        -- info makes a table each call; check is called below
        for code = 90, (fname == "info" or fname == "check") and 0 or 610 do hs[fname](code) end
      end
      hs.code("not found")
      for _ = 1, 100 do
        assert(hs.check(200, ten) == nil and hs.check(200, ten, options) == nil)
        assert(hs.check(404, ten) == nil and hs.check(404, ten, options) == nil)
        assert(hs.check(405, ten) == nil and hs.check(405, ten, options) == nil)
      end
    end
    -- the first rounds make the status lines; the collector stays stopped through the rounds
    -- that count, so that no collection frees stack or call records the next round takes back,
    -- and LuaJIT interprets them, for compiled code allocates objects of the JIT's own (traces,
    -- and more as they exit) where the interpreter, running the same code, allocates none
    for _ = 1, 3 do calls() end
    local jit = rawget(_G, "jit")
    if jit then
      jit.flush()
      jit.off()
    end
    collectgarbage("collect")
    collectgarbage("stop")
    local least = math.huge
    for _ = 1, 3 do
      local before = collectgarbage("count")
      calls()
      least = math.min(least, (collectgarbage("count") - before) * 1024)
    end
    collectgarbage("restart")
    if jit then jit.on() end
    -- 7,000 calls: a byte each would show
    assert.is_true(least < 1024, least .. " bytes")
  end)
end)

-- Lower-case letters and digits only, so "Not Found." and "not found" compare equal.
local function letters(s)
  return (tostring(s):lower():gsub("%W", ""))
end

-- Whether text holds words (a phrase or an alias) one after the other, as whole words:
-- each between spaces, in lower case, with every run of other characters one space.
local function has_words(text, words)
  local function spaced(s) return ((" " .. s .. " "):lower():gsub("%W+", " ")) end
  return spaced(text):find(spaced(words), 1, true) ~= nil
end

-- random_spec checks each record's values, and hs.code and hs.codes on every name.
describe("every code of spec/expected.lua", function()
  for _, want in ipairs(expected.CODES) do
    local code = want.code
    local texts = { want.phrase, unpack(want.aliases) }
    it(code .. " " .. want.phrase .. " has its fields, a new requires each call, its texts",
      function()
      local info = hs.info(code) or {}
      assert.are.same({ "aliases", "class", "code", "description", "example", "name", "official",
                        "phrase", "reference", "requires", "source" }, helpers.keys(info))
      assert.are_not.equal(info.requires, hs.info(code).requires)
      -- a description of at most 400 bytes that says more than the phrase, and says
      -- "Cacheable by default." exactly when the code is (strings: random_spec)
      local description = info.description
      local rest = letters(description):gsub(letters(want.phrase), "")
      assert.is_true(#rest > 0 and #description <= 400, description)
      assert.are.equal(expected.answer("is_cacheable", code),
        description:find("Cacheable by default.", 1, true) ~= nil, description)
      -- an example of at most 120 characters (bytes that do not continue a UTF-8 one) that is
      -- no template: it names neither the code nor its phrase nor an alias, nor is the description
      local example = info.example
      assert.is_true(#example > 0 and select(2, example:gsub("[^\128-\191]", "")) <= 120, example)
      assert.are_not.equal(letters(description), letters(example))
      assert.is_nil(example:find("%f[%d]" .. code .. "%f[%D]"), example)
      for _, text in ipairs(texts) do
        assert.is_false(has_words(example, text), text .. ": " .. example)
      end
    end)
  end

  it("each has an example that no other code shares", function()
    local seen = {}
    for _, want in ipairs(expected.CODES) do
      local key = letters((hs.info(want.code) or {}).example)
      assert.is_nil(seen[key], want.code .. ": same example as " .. tostring(seen[key]))
      seen[key] = want.code
    end
  end)
end)

-- The header fields and options of a response with code, each rule of it in the case that
-- choose(rule) gives.
local function response(code, choose)
  local headers, options = {}, {}
  for _, rule in ipairs(expected.RULES_OF[code]) do
    local case = choose(rule)
    for k, v in pairs(case.headers or {}) do headers[k] = v end
    for k, v in pairs(case.options or {}) do options[k] = v end
  end
  return headers, next(options) and options or nil
end

-- Ways to write a field again: as it is; its name in lower or upper case; a string as a list.
local REWRITTEN = {
  function(headers, k, v) headers[k] = v end,
  function(headers, k, v) headers[k:lower()] = v end,
  function(headers, k, v) headers[k:upper()] = v end,
  function(headers, k, v) headers[k] = type(v) == "string" and { v } or v end,
}

describe("hs.check", function()
  it("gives nil for a response that keeps every rule, one note for each rule broken alone, the"
    .. " field names in any case, the values strings or lists", function()
    for code = 100, 599 do
      assert.is_nil(hs.check(code, response(code, function(rule) return rule.keeps[1] end)), code)
      for _, rule in ipairs(expected.RULES_OF[code]) do
        for broken, cases in pairs({ [true] = rule.breaks, [false] = rule.keeps }) do
          for i, case in ipairs(cases) do
            local headers, options = response(code, function(each)
              return each == rule and case or each.keeps[1]
            end)
            for _, rewrite in ipairs((case.code or code) == code and REWRITTEN or {}) do
              local fields = {}
              for k, v in pairs(headers) do rewrite(fields, k, v) end
              local want = helpers.listed(broken and { expected.note(rule, code) } or nil)
              assert.are.equal(want, helpers.listed(hs.check(code, fields, options)),
                ("%d %s, case %d"):format(code, rule.says, i))
            end
          end
        end
      end
    end
  end)

  -- random_spec: the one note for an integer outside 100..599, whatever the fields
  it("gives new notes of rules broken at once, in the order of API.md's table", function()
    for code = 100, 205 do
      local want = {}
      for i, rule in ipairs(expected.RULES_OF[code]) do want[i] = expected.note(rule, code) end
      assert.are.equal(helpers.listed(want), helpers.listed(hs.check(code,
        response(code, function(rule) return rule.breaks[1] end))), code)
    end
    assert.are_not.equal(hs.check(405, {}), hs.check(405, {}))
    assert.are_not.equal(hs.check(405, {})[1], hs.check(405, {})[1])
  end)
end)

describe("hs.codes and hs.classes", function()
  it("walk code, phrase and id, class in order with pairs on Lua 5.2 and later", function()
    if _VERSION == "Lua 5.1" then -- and LuaJIT: no __pairs
      for _, view in ipairs({ hs.codes, hs.classes }) do
        assert.truthy(helpers.error_of(pairs, view):find("table expected, got userdata", 1, true))
      end
      return
    end
    assert.is_nil(helpers.walk_mismatch(expected.CODES, pairs(hs.codes)))
    local count = 0
    for id, class in pairs(hs.classes) do
      count = count + 1
      assert.are.equal((expected.CLASSES[count] or {}).id, id, "class " .. count)
      assert.are.equal(id, class.id)
    end
    assert.are.equal(#expected.CLASSES, count)
  end)
end)
