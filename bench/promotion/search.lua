-- wrk script for the promotion catalogue benchmark (docs/benchmarks.md): each request searches one country's
-- catalogue for one of twelve queries, six in Lao and six in Vietnamese (typed without accents, as a reader would);
-- every connection waits 50 ms after each answer, so 10 connections offer at most about 200 requests per second.
-- The search is public (decision 0108): no token is sent unless one is given as the script's argument.
local queries = {
  "country=LA&q=%E0%BA%81%E0%BA%B2%E0%BB%80%E0%BA%9F", -- ກາເຟ
  "country=LA&q=%E0%BA%99%E0%BB%89%E0%BA%B3%E0%BB%80%E0%BA%9C%E0%BA%B4%E0%BB%89%E0%BA%87", -- ນ້ຳເຜິ້ງ
  "country=LA&q=%E0%BB%80%E0%BA%82%E0%BA%BB%E0%BB%89%E0%BA%B2%E0%BA%AB%E0%BA%AD%E0%BA%A1", -- ເຂົ້າຫອມ
  "country=VN&q=%E0%BA%9C%E0%BB%89%E0%BA%B2%E0%BB%84%E0%BB%9D", -- ຜ້າໄໝ
  "country=LA&q=%E0%BA%9A%E0%BB%8D%E0%BA%A5%E0%BA%B0%E0%BB%80%E0%BA%A7%E0%BA%99&minRating=4", -- ບໍລະເວນ
  "country=VN&q=%E0%BA%99%E0%BB%89%E0%BA%B3%E0%BA%9B%E0%BA%B2", -- ນ້ຳປາ
  "country=VN&q=ca+phe+hoa+tan",
  "country=VN&q=mat+ong+rung",
  "country=LA&q=gao+nep",
  "country=VN&q=nuoc+mam+dac+san",
  "country=VN&q=tra+shan+tuyet&minRating=3",
  "country=LA&q=khan+tho+cam"
}
local token

function init(args)
  token = args[1]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local q = queries[math.random(#queries)]
  local headers = {}
  if token ~= nil and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  return wrk.format("GET", "/api/v1/promotion/products?" .. q, headers)
end

function delay()
  return 50
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors: status %d, timeout %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
