-- Small helpers shared by the specs.
local helpers = {}

-- The message of the error f(...) raises, or nil when it raises none.
function helpers.error_of(f, ...)
  local ok, err = pcall(f, ...)
  if ok then return nil end
  return tostring(err)
end

-- Lua 5.1 and LuaJIT have no __pairs: pairs() on a userdata is an error there.
helpers.has_pairs_metamethod = _VERSION ~= "Lua 5.1"

-- A set from a list, for membership tables written out in the specs.
function helpers.set(list)
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

-- The functions that take one status code.
helpers.code_functions = {
  "lookup", "class", "is_error", "is_informational", "is_success",
  "is_redirection", "is_client_error", "is_server_error", "is_redirect",
  "is_empty", "is_cacheable", "is_retryable", "info",
}

return helpers
