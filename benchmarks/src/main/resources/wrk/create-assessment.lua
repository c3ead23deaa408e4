-- POST /api/v1/assessments for wrk: every request plans an assessment for a new person (a random NHS
-- number with a valid check digit) under a new Idempotency-Key, as a council system would send them.
-- The bearer token comes from the environment (ICR_TOKEN).

local token = os.getenv("ICR_TOKEN")
local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local sent = 0

function init(args)
  math.randomseed(os.time() * 100 + thread_number)
end

-- Modulus 11: weights 10 down to 2 over the first nine digits; a remainder giving 10 is no NHS number.
local function nhs_number()
  while true do
    local digits, sum = {}, 0
    for i = 1, 9 do
      local d = math.random(0, 9)
      digits[i] = d
      sum = sum + d * (11 - i)
    end
    local check = 11 - (sum % 11)
    if check == 11 then check = 0 end
    if check ~= 10 then
      return table.concat(digits) .. check
    end
  end
end

function request()
  sent = sent + 1
  local body = '{"nhsNumber": "' .. nhs_number() .. '", "type": "JOINT_HEALTH_AND_SOCIAL_CARE"}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("wrk-%d-%d-%d-%d", os.time(), thread_number, sent, math.random(1, 1000000000)),
  }
  return wrk.format("POST", nil, headers, body)
end
