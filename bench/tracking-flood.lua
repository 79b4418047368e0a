-- wrk script: every request asks for the gallery with a made-up tracking parameter, as
-- links shared in newsletters and on social networks do (utm_source, fbclid, gclid…).
-- Usage: wrk -t2 -c64 -d10s -s bench/tracking-flood.lua http://127.0.0.1:8080
local names = { "utm_source", "utm_campaign", "fbclid", "gclid", "mc_eid", "x" }
request = function()
  local name = names[math.random(#names)]
  if name == "x" then
    name = string.format("p%08x", math.random(0, 0x7fffffff))
  end
  local path = string.format("/realisations?%s=%08x", name, math.random(0, 0x7fffffff))
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end
