-- wrk script for the declaration lodging benchmark (docs/benchmarks.md, "Border declarations"): every
-- Idempotency-Key is sent twice (request 2k and 2k+1 of a thread carry key k; with several connections per
-- thread the two copies are often in flight at the same time), so a correct server answers 201 once and 200
-- once per key and stores one declaration per key.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  token = args[1]
  trader = args[2]
  run = args[3]
  n = 0
  created = 0
  repeated = 0
  other = 0
end

function request()
  local k = math.floor(n / 2)
  n = n + 1
  local key = "bench-" .. run .. "-" .. id .. "-" .. k
  local body = string.format([[{"traderId": %s, "gatePairId": "VL-INT-06", "direction": "EXPORT",
"vehicle": {"plate": "74C-%05d", "country": "VN"}, "driver": {"name": "Nguyễn Văn An", "document": "B2-%08d"},
"items": [{"hsCode": "071410", "description": "Fresh cassava roots", "quantity": 20000, "unit": "KGM",
"value": 60000000, "currency": "VND", "originCountry": "LA", "certificateOfOrigin": "S"},
{"hsCode": "110814", "description": "Cassava starch", "quantity": 5000, "unit": "KGM",
"value": 45000000, "currency": "VND", "originCountry": "VN"}]}]], trader, k % 100000, k)
  return wrk.format("POST", "/api/v1/declarations", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = key
  }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 200 then
    repeated = repeated + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, r, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("repeated")
    o = o + t:get("other")
  end
  io.write(string.format("answers: 201 created %d, 200 same declaration %d, other %d\n", c, r, o))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
