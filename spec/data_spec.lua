-- Every field of every code, checked against the one fixture of expected
-- values, spec/expected.lua (written from the authorities, independently of
-- the C table).
local hs = require("httpstatus")
local expected = require("spec.expected")

local CODES, ALIAS_NAMES, NO_PHRASE = expected.CODES, expected.ALIAS_NAMES, expected.NO_PHRASE

local EXAMPLE_MAX = 120 -- characters

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

-- Lower case, with apostrophes dropped, straight or typographic (U+2019), and each run of
-- spaces, '_' and '-' one space: "I'm a teapot" reads "im a teapot", "Not-Found" "not found".
local function folded(s)
  return (s:lower():gsub("\226\128\153", ""):gsub("'", ""):gsub("[%s_%-]+", " "))
end

-- Whether text holds words (a phrase or an alias) as whole words, compared folded.
local function has_words(text, words)
  local pattern = "%f[%w]" .. folded(words):gsub("%p", "%%%0") .. "%f[%W]"
  return folded(text):find(pattern) ~= nil
end

-- Whether text holds the digits of code as a number of its own, not inside a longer one.
local function has_number(text, code)
  return text:find("%f[%d]" .. code .. "%f[%D]") ~= nil
end

-- The number of characters of a UTF-8 string: the bytes that do not continue a character.
local function characters(s)
  return select(2, s:gsub("[^\128-\191]", ""))
end

-- info(code).example, or "" where info gives no table or no string, so the loops go on.
local function example_of(code)
  local example = (hs.info(code) or {}).example
  return type(example) == "string" and example or ""
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
      for i, want in ipairs(CODES) do
        local entry = got[i] or {}
        assert.are.equal(want.code, entry.code, "position " .. i .. ": expected " .. at(want.code))
        assert.are.equal(want.phrase, entry.phrase, at(want.code))
      end
    end)

    it("yields nothing beyond the expected list", function()
      assert.are.equal(#CODES, #got)
    end)

    it("yields each code as an integer", function()
      for i, want in ipairs(CODES) do
        local entry = got[i] or {}
        assert.are.equal(tostring(want.code), tostring(entry.code), at(want.code))
      end
    end)
  end)

  describe("lookup(code)", function()
    it("gives the phrase for every code in the list", function()
      for _, want in ipairs(CODES) do
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
      for _, want in ipairs(CODES) do
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
      for _, want in ipairs(CODES) do
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
      for _, want in ipairs(CODES) do
        local info = hs.info(want.code) or {}
        assert.are.equal(want.code, info.code, at(want.code))
        assert.are.equal(tostring(want.code), tostring(info.code), at(want.code))
      end
    end)

    it("gives the phrase", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.phrase, (hs.info(want.code) or {}).phrase, at(want.code))
      end
    end)

    it("gives the UPPER_SNAKE constant name", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.name, (hs.info(want.code) or {}).name, at(want.code))
      end
    end)

    it("gives the class", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.class, (hs.info(want.code) or {}).class, at(want.code))
      end
    end)

    it("gives the reference that defines the code", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.reference, (hs.info(want.code) or {}).reference, at(want.code))
      end
    end)

    it("marks registry codes official and the others not", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.official, (hs.info(want.code) or {}).official, at(want.code))
      end
    end)

    it("gives the source of the code", function()
      for _, want in ipairs(CODES) do
        assert.are.equal(want.source, (hs.info(want.code) or {}).source, at(want.code))
      end
    end)

    it("gives the older phrases as an array of aliases", function()
      for _, want in ipairs(CODES) do
        assert.are.same(want.aliases, (hs.info(want.code) or {}).aliases, at(want.code))
      end
    end)

    it("gives a description of at most 400 characters that says more than the phrase", function()
      for _, want in ipairs(CODES) do
        local description = (hs.info(want.code) or {}).description
        assert.are.equal("string", type(description), at(want.code))
        assert.is_true(#description > 0, at(want.code) .. ": description is empty")
        assert.is_true(#description <= 400, at(want.code) .. ": description has " .. #description .. " characters")
        local rest = letters(description):gsub(letters(want.phrase), "")
        assert.is_true(#rest > 0, at(want.code) .. ": description only repeats the phrase")
      end
    end)

    it("gives an example: a non-empty string of at most 120 characters", function()
      for _, want in ipairs(CODES) do
        local example = (hs.info(want.code) or {}).example
        assert.are.equal("string", type(example), at(want.code))
        assert.is_true(#example > 0, at(want.code) .. ": example is empty")
        assert.is_true(characters(example) <= EXAMPLE_MAX,
          at(want.code) .. ": example has " .. characters(example) .. " characters")
      end
    end)

    it("gives an example that no other code shares", function()
      local seen = {}
      for _, want in ipairs(CODES) do
        local key = letters(example_of(want.code))
        assert.is_nil(seen[key], at(want.code) .. ": same example as " .. at(seen[key]))
        seen[key] = want.code
      end
    end)

    it("gives an example that differs from the description", function()
      for _, want in ipairs(CODES) do
        local info = hs.info(want.code) or {}
        assert.are_not.equal(letters(tostring(info.description)), letters(example_of(want.code)),
          at(want.code))
      end
    end)

    it("gives an example that is no template: it names neither the code nor its phrase nor an alias", function()
      for _, want in ipairs(CODES) do
        local example = example_of(want.code)
        assert.is_false(has_number(example, want.code), at(want.code) .. ": " .. example)
        assert.is_false(has_words(example, want.phrase), at(want.code) .. ": " .. example)
        for _, alias in ipairs(want.aliases) do
          assert.is_false(has_words(example, alias), at(want.code) .. " (" .. alias .. "): " .. example)
        end
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
      for _, want in ipairs(CODES) do
        assert.are.equal(want.code, hs.code(want.phrase), at(want.code) .. " (" .. want.phrase .. ")")
      end
    end)

    it("gives the code for every alias", function()
      for _, want in ipairs(CODES) do
        for _, alias in ipairs(want.aliases) do
          assert.are.equal(want.code, hs.code(alias), at(want.code) .. " (" .. alias .. ")")
        end
      end
    end)
  end)
end)
