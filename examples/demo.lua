-- A first look at httpstatus: a few look-ups, then every code by class. Run with `make demo`.
local hs = require("httpstatus")

print(("httpstatus %s\n"):format(hs._VERSION))

-- Look-ups both ways.
print(("404 is %q, a %s"):format(hs.lookup(404), hs.class(404)))
print(("hs.codes.IM_A_TEAPOT is %d"):format(hs.codes.IM_A_TEAPOT))
print(("hs.code('payload too large') is %d, now called %q"):format(
  hs.code("payload too large"), hs.lookup(413)))
print(("503 is retryable: %s; 301 is a redirect: %s; 204 is empty: %s"):format(
  tostring(hs.is_retryable(503)), tostring(hs.is_redirect(301)), tostring(hs.is_empty(204))))

print(("the status line of 404: %q; of 299, which has no phrase: %q"):format(
  hs.status_line(404), hs.status_line(299)))

local teapot = hs.info(418)
print(("418 %s (official: %s, %s)\n  %s\n  for example: %s"):format(
  teapot.phrase, tostring(teapot.official), teapot.reference, teapot.description, teapot.example))

-- A bad argument is an error that names the function.
local ok, err = pcall(hs.lookup, "four hundred and four")
print(("\nhs.lookup('four hundred and four') -> %s, %s"):format(tostring(ok), err))

-- Every code, grouped by class, in code order.
for digit = 1, 5 do
  local id = hs.class(digit * 100)
  local class = hs.classes[id]
  print(("\n%s (%d-%d)"):format(class.label, class.first, class.last))
  for code, phrase in hs.each(id) do
    local info = hs.info(code)
    print(("  %d  %-36s %-36s %s"):format(code, phrase, info.name,
      info.official and info.reference or ("unofficial: " .. info.source)))
  end
end
