-- wrk script: every request asks for a page with a made-up tracking parameter, as links
-- shared in newsletters and on social networks do (utm_source, fbclid, gclid…), or an unknown
-- one. The page is FLOOD_PATH (default /realisations).
-- Usage: FLOOD_PATH=/ wrk -t2 -c64 -d10s -s bench/tracking-flood.lua http://127.0.0.1:8080
local path = os.getenv("FLOOD_PATH") or "/realisations"
local names = { "utm_source", "utm_campaign", "fbclid", "gclid", "mc_eid", "x" }
request = function()
  local name = names[math.random(#names)]
  if name == "x" then
    name = string.format("p%08x", math.random(0, 0x7fffffff))
  end
  return wrk.format("GET", string.format("%s?%s=%08x", path, name, math.random(0, 0x7fffffff)))
end
