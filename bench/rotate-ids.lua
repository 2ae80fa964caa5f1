-- Rotates wrk's requests over the company ids in the file named by the IDS environment variable.
local ids = {}
for line in io.lines(os.getenv("IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local counter = 0

-- Each wrk thread starts at a different offset, so threads do not ask for the same company in step.
function setup(thread)
  thread:set("offset", math.random(#ids))
end

request = function()
  counter = counter + 1
  local id = ids[((counter + (offset or 0)) % #ids) + 1]
  return wrk.format("GET", "/api/v1/verify/" .. id)
end
