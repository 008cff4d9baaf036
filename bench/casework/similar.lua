-- wrk script: POST /api/v1/casework/cases/similar with a bearer token in the TOKEN environment variable.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"topic": "CUSTOMS", "gatePairId": "VL-INT-06", "hsCodes": ["071410"], "text": "Xe tải chở sắn phải chờ hai ngày ở Lao Bảo vì giấy kiểm dịch"}'
