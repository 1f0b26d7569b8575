-- The files made from others and committed (src/fast.h, the LuaLS
-- definition file library/httpstatus.lua, the API reference generated from
-- it), and the rockspec.
local hs = require("httpstatus")
local expected = require("spec.expected")
local helpers = require("spec.helpers")
local LUA, read_file, run = helpers.LUA, helpers.read_file, helpers.run

-- What a generator prints for its arguments, which must be the committed file.
local function assert_generates(committed, generator, ...)
  local result = run(LUA, { generator, ... })
  assert.are.equal("", result.stderr)
  assert.are.equal(0, result.status)
  assert.are.equal(read_file(committed), result.stdout)
end

describe("src/fast.h, the LuaJIT fast paths in C", function()
  it("is what tools/gen-fast.lua makes of src/fast.lua (run `make fast-header` after a change)", function()
    assert_generates("src/fast.h", "tools/gen-fast.lua", "src/fast.lua")
  end)
end)

-- ---- the LuaLS definition file and the API reference ----

local FUNCTIONS = expected.FUNCTIONS

local function sorted_keys(t, wanted_type)
  local keys = {}
  for k, v in pairs(t) do
    if type(v) == wanted_type then keys[#keys + 1] = k end
  end
  table.sort(keys)
  return keys
end

-- The `---@field NAME CODE ...` lines of the httpstatus.codes class.
local function code_fields(text)
  local fields = {}
  for name, code in text:gmatch("\n%-%-%-@field ([%u_][%u%d_]*) (%d+) ") do
    fields[#fields + 1] = { name = name, code = tonumber(code) }
  end
  return fields
end

describe("library/httpstatus.lua, the LuaLS definition file", function()
  local text = read_file("library/httpstatus.lua")

  it("is a ---@meta file for require('httpstatus')", function()
    assert.are.equal("---@meta httpstatus\n", text:sub(1, 20))
  end)

  it("defines every function of the module, and no other", function()
    local stubs = assert(loadfile("library/httpstatus.lua"))()
    assert.are.same(FUNCTIONS, sorted_keys(stubs, "function"))
    assert.are.same(FUNCTIONS, sorted_keys(hs, "function"))
  end)

  it("documents every function: what it does, each parameter, what it returns", function()
    local lines = {}
    for line in text:gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
    for _, name in ipairs(FUNCTIONS) do
      local at, params
      for i, line in ipairs(lines) do
        params = line:match("^function httpstatus%." .. name .. "%((.-)%) end$")
        if params then at = i break end
      end
      assert.truthy(at, name)
      local doc = {}
      for i = at - 1, 1, -1 do
        if not lines[i]:match("^%-%-%-") then break end
        table.insert(doc, 1, lines[i])
      end
      doc = table.concat(doc, "\n") .. "\n"
      assert.truthy(doc:match("^%-%-%-[%w`]"), name .. ": no description first")
      assert.truthy(doc:find("\n%-%-%-@return %S+"), name .. ": no @return")
      for param in params:gmatch("[%w_]+") do
        assert.truthy(doc:find("\n%-%-%-@param " .. param .. "%??%s%S+%s%S"), name .. ": no @param " .. param)
      end
    end
  end)

  it("documents the fields of the module table", function()
    local class = text:match("\n%-%-%-@class httpstatus\n(.-)\nlocal httpstatus = {}")
    local fields = {}
    for name in class:gmatch("%-%-%-@field ([%w_]+) ") do fields[#fields + 1] = name end
    table.sort(fields)
    assert.are.same({ "_VERSION", "classes", "codes" }, fields)
    local others = {}
    for k, v in pairs(hs) do
      if type(v) ~= "function" then others[#others + 1] = k end
    end
    table.sort(others)
    assert.are.same({ "_VERSION", "classes", "codes" }, others)
  end)

  it("lists every name of hs.codes with its code: each constant name and older phrase once", function()
    local fields = code_fields(text)
    local names = 0
    for _, want in ipairs(expected.CODES) do names = names + 1 + #want.aliases end
    assert.are.equal(names, #fields)
    local seen = {}
    for _, f in ipairs(fields) do
      assert.is_nil(seen[f.name], "listed twice: " .. f.name)
      seen[f.name] = f.code
      assert.are.equal(f.code, hs.codes[f.name], f.name)
    end
    assert.are.equal(404, seen.NOT_FOUND)
    assert.are.equal(413, seen.PAYLOAD_TOO_LARGE)
    assert.are.equal(413, seen.REQUEST_ENTITY_TOO_LARGE)
    assert.are.equal(418, seen.IM_A_TEAPOT)
    assert.are.equal(422, seen.UNPROCESSABLE_ENTITY)
    assert.are.equal(499, seen.CLIENT_CLOSED_REQUEST)
    assert.are.equal(504, seen.GATEWAY_TIME_OUT)
  end)

  it("lists every constant name and older phrase the module has", function()
    local listed = {}
    for _, f in ipairs(code_fields(text)) do listed[f.name] = f.code end
    for code in hs.each() do
      local info = hs.info(code)
      assert.are.equal(code, listed[info.name], info.name)
      for _, alias in ipairs(info.aliases) do
        local name = alias:upper():gsub("'", ""):gsub("[%s_%-]+", "_")
        assert.are.equal(code, listed[name], name)
      end
    end
  end)

  it("is what tools/gen-codes.lua writes from the module (run `make types` after a change)", function()
    assert_generates("library/httpstatus.lua", "tools/gen-codes.lua", "library/httpstatus.lua")
  end)
end)

describe("docs/API.md, the API reference", function()
  it("is what tools/gen-api.lua makes of the definition file (run `make api-docs` after a change)", function()
    assert_generates("docs/API.md", "tools/gen-api.lua", "library/httpstatus.lua")
  end)

  it("has a section for every function", function()
    local text = read_file("docs/API.md")
    for _, name in ipairs(FUNCTIONS) do
      assert.truthy(text:find("\n### `hs." .. name .. "(", 1, true), name)
    end
  end)
end)

-- ---- the rockspec ----

describe("the rockspec", function()
  -- a rockspec is Lua assigning globals: read them into a table of their own
  local file = "httpstatus-" .. expected.VERSION .. "-1.rockspec"
  local rockspec = {}
  local chunk
  if setfenv then
    chunk = assert(loadfile(file))
    setfenv(chunk, rockspec)
  else
    chunk = assert(loadfile(file, "t", rockspec))
  end
  chunk()

  it("is named after the module's version, and says it", function()
    assert.are.equal(expected.VERSION .. "-1", rockspec.version)
    assert.are.equal(expected.VERSION, hs._VERSION)
  end)

  it("admits every Lua from 5.1 to 5.5", function()
    assert.are.same({ "lua >= 5.1, < 5.6" }, rockspec.dependencies)
  end)

  it("installs the command and the module", function()
    assert.are.same({ httpstatus = "bin/httpstatus" }, rockspec.build.install.bin)
    assert.are.same({ httpstatus = "src/httpstatus.c" }, rockspec.build.modules)
  end)

  it("ships the definition file, the API reference, the README, the license and the changes", function()
    assert.are.same({ "docs", "library" }, rockspec.build.copy_directories)
    assert.are.same({ ["../README.md"] = "README.md", ["../LICENSE"] = "LICENSE",
      ["../CHANGELOG.md"] = "CHANGELOG.md" }, rockspec.build.install.conf)
  end)

  it("runs the busted suite against the installed copy for `luarocks test`", function()
    assert.are.same({ type = "busted", flags = { "--run=rock" } }, rockspec.test)
  end)
end)
