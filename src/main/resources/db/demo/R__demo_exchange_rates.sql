-- Demo daily and monthly exchange rates per US dollar (issue 15, decision 0077), default profile only (db/demo is off
-- in prod). Every value is invented near the real level of its currency and its source says "demo value, not
-- official (demo)", so that the local-currency KPI names it as demo. Real series are imported by an analyst from the
-- State Bank of Viet Nam and the Bank of the Lao PDR (POST /api/v1/reference/exchange-rates/periodic/import).
--
-- What the demo shows on /casework/currency: monthly rates for 2025-01 to 2026-07 and daily rates on the working
-- days of the 1st to the 10th of those months, so that a transaction on the 1st-10th is converted at its day's rate,
-- one on the 11th-17th at the latest daily rate of the 7 days before, and a later one at its month's rate (the
-- day -> month fallback). March-April 2026 and August 2026 onwards have no demo rate: there the yearly rate answers,
-- and the hand-checked rates the tests record for those months stand alone.
-- Idempotent: a rate already there (same currency, basis, first day and source) is left as it is.

WITH currencies (currency, base, step, jitter, source) AS (VALUES
    ('VND', 25350.0, 40.0, 6.0, 'State Bank of Viet Nam central rate - demo value, not official (demo)'),
    ('LAK', 21650.0, 12.0, 4.0, 'Bank of the Lao PDR reference rate - demo value, not official (demo)'),
    ('THB', 34.20, -0.08, 0.02, 'Cross rate THB per USD - demo value, not official (demo)'),
    ('CNY', 7.27, -0.004, 0.002, 'Cross rate CNY per USD - demo value, not official (demo)')
), months AS (
    SELECT m::date AS first_day,
           (m + INTERVAL '1 month' - INTERVAL '1 day')::date AS last_day,
           ((EXTRACT(YEAR FROM m) - 2025) * 12 + EXTRACT(MONTH FROM m) - 1)::int AS k
    FROM generate_series(TIMESTAMP '2025-01-01', TIMESTAMP '2026-07-01', INTERVAL '1 month') AS m
    WHERE m::date NOT IN (DATE '2026-03-01', DATE '2026-04-01')
)
INSERT INTO exchange_rate_period (currency, basis, valid_from, valid_to, rate_per_usd, source, source_url,
                                  recorded_by, recorded_at)
SELECT c.currency, 'MONTHLY', m.first_day, m.last_day, round((c.base + c.step * m.k)::numeric, 4), c.source, NULL,
       'demo', now()
FROM months m CROSS JOIN currencies c
ON CONFLICT (currency, basis, valid_from, source) DO NOTHING;

WITH currencies (currency, base, step, jitter, source) AS (VALUES
    ('VND', 25350.0, 40.0, 6.0, 'State Bank of Viet Nam central rate - demo value, not official (demo)'),
    ('LAK', 21650.0, 12.0, 4.0, 'Bank of the Lao PDR reference rate - demo value, not official (demo)'),
    ('THB', 34.20, -0.08, 0.02, 'Cross rate THB per USD - demo value, not official (demo)'),
    ('CNY', 7.27, -0.004, 0.002, 'Cross rate CNY per USD - demo value, not official (demo)')
), days AS (
    SELECT d::date AS day,
           ((EXTRACT(YEAR FROM d) - 2025) * 12 + EXTRACT(MONTH FROM d) - 1)::int AS k
    FROM generate_series(TIMESTAMP '2025-01-01', TIMESTAMP '2026-07-31', INTERVAL '1 day') AS d
    WHERE EXTRACT(DAY FROM d) <= 10
      AND EXTRACT(ISODOW FROM d) < 6
      AND date_trunc('month', d)::date NOT IN (DATE '2026-03-01', DATE '2026-04-01')
)
INSERT INTO exchange_rate_period (currency, basis, valid_from, valid_to, rate_per_usd, source, source_url,
                                  recorded_by, recorded_at)
SELECT c.currency, 'DAILY', d.day, d.day,
       round((c.base + c.step * d.k + c.jitter * ((EXTRACT(DAY FROM d.day)::int % 5) - 2))::numeric, 4),
       c.source, NULL, 'demo', now()
FROM days d CROSS JOIN currencies c
ON CONFLICT (currency, basis, valid_from, source) DO NOTHING;
