-- wrk script: POST the issue 16 contract-clause example to the stateless coal price endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"formula": "CONTRACT", "basePrice": 100.0, "baseCv": 6000, "basis": "NAR", '
  .. '"spec": {"tm": 10.0, "ash": 12.0, "ts": 0.8}, "limits": {"tm": 14.0, "ash": 16.0, "ts": 1.2}, '
  .. '"quality": {"basis": "NAR", "cv": 5900, "tm": 11.0, "ash": 13.0, "ts": 0.8}}'

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
