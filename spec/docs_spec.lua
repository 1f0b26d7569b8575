-- The files made from others and committed (src/fast.h, the names of hs.codes
-- in library/codes.lua, the API reference and the Teal declarations generated from library/),
-- the LuaLS definitions, the rockspec, and what the prose says of the version and the codes.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local read_file = helpers.read_file
local FUNCTIONS = expected.FUNCTIONS
local VERSION = expected.VERSION
local unpack = table.unpack or unpack

-- The keys of t whose values are functions (or, with functions false, are not), sorted.
local function sorted_keys(t, functions)
  return helpers.keys(t, function(v) return (type(v) == "function") == functions end)
end

-- Each committed file that a generator prints, the make target that writes it again after a
-- change, and the generator's command line.
local API_FROM = { "library/httpstatus.lua", "library/codes.lua" }
local GENERATED = {
  { "src/fast.h", "fast-header", { "tools/gen-fast.lua", "src/fast.lua" } },
  { "library/codes.lua", "types", { "tools/gen-codes.lua" } },
  { "docs/API.md", "api-docs", { "tools/gen-api.lua", unpack(API_FROM) } },
  { "library/httpstatus.d.tl", "api-docs", { "tools/gen-api.lua", "--teal", unpack(API_FROM) } },
}

for _, made in ipairs(GENERATED) do
  local file, target, command = unpack(made)
  it(("%s is what %s prints (`make %s` then)"):format(file, command[1], target), function()
    local want = { stdout = read_file(file), stderr = "", status = 0 }
    assert.are.same(want, helpers.run(helpers.LUA, command))
  end)
end

-- ---- the LuaLS definition file and the API reference ----

-- The `---` lines right above each function stub, after the last blank line, by name.
local function function_docs(text)
  local docs = {}
  local STUB = "(%-%-%-.-)\nfunction httpstatus%.([%w_]+)%((.-)%) end\n"
  for doc, name, params in text:gmatch(STUB) do
    docs[name] = { doc = (doc:match(".*\n\n(.-)$") or doc) .. "\n", params = params }
  end
  return docs
end

describe("library/httpstatus.lua, the LuaLS definition file", function()
  local text = read_file("library/httpstatus.lua")

  it("is a ---@meta file for require('httpstatus'), stubbing every function, no other", function()
    assert.are.equal("---@meta httpstatus\n", text:sub(1, 20))
    local stubs = assert(loadfile("library/httpstatus.lua"))()
    assert.are.same(FUNCTIONS, sorted_keys(stubs, true))
    assert.are.same(FUNCTIONS, sorted_keys(hs, true))
  end)

  it("documents every function: what it does, each parameter, what it returns, and gives it a"
    .. " section in docs/API.md", function()
    local docs = function_docs(text)
    local api = read_file("docs/API.md")
    for _, name in ipairs(FUNCTIONS) do
      assert.truthy(api:find("\n### `hs." .. name .. "(", 1, true), name)
      local doc = assert(docs[name], name).doc
      assert.truthy(doc:match("^%-%-%-[%w`]"), name .. ": no description first")
      assert.truthy(doc:find("\n%-%-%-@return %S+"), name .. ": no @return")
      for param in docs[name].params:gmatch("[%w_]+") do
        assert.truthy(doc:find("\n%-%-%-@param " .. param .. "%??%s%S+%s%S"), name .. " " .. param)
      end
    end
  end)

  it("documents the fields of the module table, and says its version", function()
    local class = text:match("\n%-%-%-@class httpstatus\n(.-)\nlocal httpstatus = {}")
    local fields = {}
    for name in class:gmatch("%-%-%-@field ([%w_]+) ") do fields[#fields + 1] = name end
    assert.are.same({ "codes", "classes", "_VERSION" }, fields)
    assert.are.same({ "_VERSION", "classes", "codes" }, sorted_keys(hs, false))
    local version = ("_VERSION string The module's version, `%q`"):format(VERSION)
    assert.truthy(class:find(version, 1, true), version)
  end)

  it("lists every name of hs.codes with its code once: constant names, older phrases'", function()
    local listed = {}
    local FIELD = "\n%-%-%-@field ([%u_][%u%d_]*) (%d+) "
    for name, code in read_file("library/codes.lua"):gmatch(FIELD) do
      assert.is_nil(listed[name], "listed twice: " .. name)
      listed[name] = tonumber(code)
    end
    assert.are.same(expected.NAME_CODE, listed)
  end)

  it("names the oracle's classes, in code order, in the class_id enum and hs.classes", function()
    -- the captures of pattern in the block that follows head, each pair joined by a space
    local function captured(head, pattern)
      local list = {}
      for a, b in text:match(head .. "(.-)\n\n"):gmatch(pattern) do
        list[#list + 1] = a .. " " .. b
      end
      return list
    end
    local want = {}
    for _, class in ipairs(expected.CLASSES) do
      want[#want + 1] = ("%s %dxx %s"):format(class.id, class.first / 100, class.label)
    end
    local FIELD = "\n%-%-%-@field ([%w_]+) httpstatus.class_info ([^\n]+)"
    local ENUM = '\n%-%-%-| "([%w_]+)" # (%dxx): '
    assert.are.same(want, captured("@class httpstatus.classes", FIELD))
    for i, line in ipairs(want) do want[i] = line:match("^%S+ %S+") end
    assert.are.same(want, captured("@alias httpstatus.class_id", ENUM))
  end)
end)

describe("library/httpstatus.d.tl, the Teal declarations", function()
  it("declare each name of hs.codes, each function and the oracle's class ids in order", function()
    local tl = read_file("library/httpstatus.d.tl")
    local names, functions, ids = {}, {}, {}
    for name in tl:gmatch("\n      ([%u%d_]+): integer") do names[name] = true end
    for name in tl:gmatch("\n   ([%w_]+): function%(") do functions[name] = true end
    for i, class in ipairs(expected.CLASSES) do ids[i] = '\n      "' .. class.id .. '"' end
    assert.are.same(helpers.keys(expected.NAME_CODE), helpers.keys(names))
    assert.are.same(FUNCTIONS, helpers.keys(functions))
    assert.truthy(tl:find("\n   enum ClassId" .. table.concat(ids) .. "\n   end\n", 1, true))
  end)
end)

-- ---- what the prose says ----

-- The codes a piece of prose names, as a set: "444, 494 to 497 and 499",
-- "520-526"; numbers of other than three digits (RFC 2324) are not codes.
local function codes_named(prose)
  local set = {}
  local previous = nil
  for between, digits in prose:gmatch("(%D-)(%d+)") do
    local code = #digits == 3 and tonumber(digits) or nil
    if code and previous and (between == " to " or between == "-") then
      for c = previous + 1, code - 1 do set[c] = true end
    end
    if code then set[code] = true end
    previous = code
  end
  return set
end

describe("the prose of the definition file and CHANGELOG.md", function()
  it("names exactly the codes of a rule set where a function's description lists them", function()
    local docs = function_docs(read_file("library/httpstatus.lua"))
    local LISTS = { is_redirect = expected.REDIRECT, is_empty = expected.EMPTY_BESIDES_1XX,
                    is_cacheable = expected.CACHEABLE, is_retryable = expected.RETRYABLE }
    for rule, list in pairs(LISTS) do
      local want = {}
      for _, code in ipairs(list) do want[code] = true end
      local doc = assert(docs[rule], rule).doc:gsub("\n%-%-%-@.*", "")
      assert.are.same(want, codes_named(doc), rule)
    end
  end)

  it("heads CHANGELOG.md's releases with the module's version", function()
    local changelog = read_file("CHANGELOG.md"):gsub("\n## %[Unreleased%]", "")
    assert.are.equal(VERSION, changelog:match("\n## %[([^%]]+)%]"))
  end)
end)

-- ---- the rockspec ----

describe("the rockspec", function()
  -- a rockspec is Lua assigning globals: read them into a table of their own
  local file = "httpstatus-" .. VERSION .. "-1.rockspec"
  local rockspec = {}
  local chunk = assert(loadfile(file, "t", rockspec)) -- Lua 5.2 and later take the table here
  if setfenv then setfenv(chunk, rockspec) end
  chunk()

  it("is named after the module's version, says it, and builds its tag", function()
    assert.are.equal(VERSION .. "-1", rockspec.version)
    assert.are.equal("v" .. VERSION, rockspec.source.tag)
  end)

  it("admits every Lua from 5.1 to 5.5, installs the command, the module, the Teal declarations"
    .. " and the docs", function()
    assert.are.same({ "lua >= 5.1, < 5.6" }, rockspec.dependencies)
    assert.are.same({ httpstatus = "bin/httpstatus" }, rockspec.build.install.bin)
    assert.are.same({ httpstatus = "library/httpstatus.d.tl" }, rockspec.build.install.lua)
    assert.are.same({ httpstatus = "src/httpstatus.c" }, rockspec.build.modules)
    -- the definition file, the API reference, the README, the license and the changes
    assert.are.same({ "docs", "library" }, rockspec.build.copy_directories)
    assert.are.same({ ["../README.md"] = "README.md", ["../LICENSE"] = "LICENSE",
      ["../CHANGELOG.md"] = "CHANGELOG.md" }, rockspec.build.install.conf)
    -- `luarocks test` runs the busted suite against the installed copy
    assert.are.same({ type = "busted", flags = { "--run=rock" } }, rockspec.test)
  end)
end)
