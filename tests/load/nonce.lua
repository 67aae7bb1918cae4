-- Appends a unique ignored parameter to every request so the output cache never answers: measures computed answers.
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "&nonce=" .. n)
end
