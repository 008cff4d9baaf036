-- The naive approach: one SQL statement that joins the enterprise's needs to every offer (and its offers to
-- every need) of the other country in the same HS chapter, applies the same scoring as the engine
-- (docs/matching.md) and sorts. Parameters: 1 = the enterprise id, 2 = the limit. Benchmark code only: never
-- used by the application. Prefix joins are written as ranges with the text_pattern_ops operators (~>=~, ~<~)
-- so that PostgreSQL can use the registry's hs_code indexes (':' sorts right after '9').
WITH me AS (
    SELECT e.id, e.country, e.province_code FROM enterprise e WHERE e.id = ?
), my_certs AS (
    SELECT coalesce(array_agg(c.code), '{}')::text[] AS certs
    FROM enterprise_certification c, me WHERE c.enterprise_id = me.id
), links AS (
    SELECT input_prefix, product_prefix, strength::float8 AS strength FROM matching_value_chain_link
), relations AS (
    -- The partner offers what the enterprise needs: same subheading, heading or chapter.
    SELECT o.enterprise_id AS partner, 'S' AS dir,
           CASE WHEN left(o.hs_code, 6) = left(n.hs_code, 6) THEN 1.0::float8
                WHEN left(o.hs_code, 4) = left(n.hs_code, 4) THEN 0.6::float8 ELSE 0.3::float8 END AS fit,
           o.annual_capacity AS capacity, o.unit AS capacity_unit, n.annual_volume AS volume, n.unit AS volume_unit
    FROM me
    JOIN enterprise_need n ON n.enterprise_id = me.id
    JOIN enterprise_offer o ON o.hs_code ~>=~ left(n.hs_code, 2) AND o.hs_code ~<~ (left(n.hs_code, 2) || ':')
    JOIN enterprise p ON p.id = o.enterprise_id AND p.country <> me.country
    WHERE n.required_certifications <@ ARRAY(SELECT c.code FROM enterprise_certification c WHERE c.enterprise_id = p.id)::text[]
    UNION ALL
    -- The partner offers an input to what the enterprise offers (value-chain link).
    SELECT po.enterprise_id, 'S', l.strength, NULL, NULL, NULL, NULL
    FROM me
    JOIN enterprise_offer mo ON mo.enterprise_id = me.id
    JOIN links l ON mo.hs_code LIKE l.product_prefix || '%'
    JOIN enterprise_offer po ON po.hs_code ~>=~ l.input_prefix AND po.hs_code ~<~ (l.input_prefix || ':')
    JOIN enterprise p ON p.id = po.enterprise_id AND p.country <> me.country
    UNION ALL
    -- The partner needs what the enterprise offers.
    SELECT n.enterprise_id, 'B',
           CASE WHEN left(o.hs_code, 6) = left(n.hs_code, 6) THEN 1.0::float8
                WHEN left(o.hs_code, 4) = left(n.hs_code, 4) THEN 0.6::float8 ELSE 0.3::float8 END,
           o.annual_capacity, o.unit, n.annual_volume, n.unit
    FROM me
    CROSS JOIN my_certs
    JOIN enterprise_offer o ON o.enterprise_id = me.id
    JOIN enterprise_need n ON n.hs_code ~>=~ left(o.hs_code, 2) AND n.hs_code ~<~ (left(o.hs_code, 2) || ':')
    JOIN enterprise p ON p.id = n.enterprise_id AND p.country <> me.country
    WHERE n.required_certifications <@ my_certs.certs
    UNION ALL
    -- The partner makes a product the enterprise's offer is an input to (value-chain link).
    SELECT po.enterprise_id, 'B', l.strength, NULL, NULL, NULL, NULL
    FROM me
    JOIN enterprise_offer mo ON mo.enterprise_id = me.id
    JOIN links l ON mo.hs_code LIKE l.input_prefix || '%'
    JOIN enterprise_offer po ON po.hs_code ~>=~ l.product_prefix AND po.hs_code ~<~ (l.product_prefix || ':')
    JOIN enterprise p ON p.id = po.enterprise_id AND p.country <> me.country
), units (unit, base, factor) AS (
    VALUES ('kg', 'kg', 1.0::float8), ('t', 'kg', 1000.0::float8), ('kwh', 'kwh', 1.0::float8),
           ('mwh', 'kwh', 1000.0::float8), ('gwh', 'kwh', 1000000.0::float8)
), volumes AS (
    SELECT r.partner, r.dir, r.fit,
           CASE WHEN r.capacity IS NULL OR r.volume IS NULL OR r.capacity_unit IS NULL OR r.volume_unit IS NULL
                     OR r.volume <= 0 THEN 0.5::float8
                WHEN coalesce(cu.base, lower(btrim(r.capacity_unit))) <> coalesce(vu.base, lower(btrim(r.volume_unit)))
                     THEN 0.5::float8
                ELSE least(1.0::float8, (r.capacity::float8 * coalesce(cu.factor, 1.0::float8))
                                        / (r.volume::float8 * coalesce(vu.factor, 1.0::float8))) END AS volume_fit
    FROM relations r
    LEFT JOIN units cu ON cu.unit = lower(btrim(r.capacity_unit))
    LEFT JOIN units vu ON vu.unit = lower(btrim(r.volume_unit))
), best AS (
    SELECT partner, dir, max(fit) AS fit FROM volumes GROUP BY partner, dir
), best_volumes AS (
    SELECT v.partner, v.dir, b.fit, max(v.volume_fit) AS volume_fit
    FROM volumes v JOIN best b ON b.partner = v.partner AND b.dir = v.dir AND b.fit = v.fit
    GROUP BY v.partner, v.dir, b.fit
), per_partner AS (
    SELECT partner,
           coalesce(max(fit) FILTER (WHERE dir = 'S'), 0) AS supplies, max(volume_fit) FILTER (WHERE dir = 'S') AS supplies_volume,
           coalesce(max(fit) FILTER (WHERE dir = 'B'), 0) AS buys, max(volume_fit) FILTER (WHERE dir = 'B') AS buys_volume
    FROM best_volumes GROUP BY partner
), today_provinces AS (
    SELECT country, code, latitude, longitude FROM province
    WHERE valid_from <= current_date AND (valid_to IS NULL OR valid_to >= current_date)
), crossings AS (
    -- Open pairs (international, main) with a point at the gate or at the town by it on at least one side.
    SELECT pair_id,
           CASE WHEN vn_precision IN ('exact', 'town') THEN vn_latitude ELSE lao_latitude END AS vn_lat,
           CASE WHEN vn_precision IN ('exact', 'town') THEN vn_longitude ELSE lao_longitude END AS vn_lon,
           CASE WHEN lao_precision IN ('exact', 'town') THEN lao_latitude ELSE vn_latitude END AS lao_lat,
           CASE WHEN lao_precision IN ('exact', 'town') THEN lao_longitude ELSE vn_longitude END AS lao_lon
    FROM border_gate_pair
    WHERE type IN ('international', 'main') AND (vn_precision IN ('exact', 'town') OR lao_precision IN ('exact', 'town'))
), ends AS (
    -- The enterprise's province capital and each capital across the border, as Vietnamese and Lao ends.
    SELECT other.code AS province,
           CASE WHEN me.country = 'VN' THEN mine.latitude ELSE other.latitude END AS vn_lat,
           CASE WHEN me.country = 'VN' THEN mine.longitude ELSE other.longitude END AS vn_lon,
           CASE WHEN me.country = 'LA' THEN mine.latitude ELSE other.latitude END AS la_lat,
           CASE WHEN me.country = 'LA' THEN mine.longitude ELSE other.longitude END AS la_lon
    FROM me
    JOIN today_provinces mine ON mine.country = me.country AND mine.code = me.province_code
    JOIN today_provinces other ON other.country <> me.country
), routes AS (
    -- The best road estimate from the enterprise's province to each province across the border.
    SELECT e.province,
           min(1.4 * (
               2 * 6371.0 * asin(least(1.0, sqrt(power(sin(radians(g.vn_lat - e.vn_lat) / 2), 2)
                   + cos(radians(e.vn_lat)) * cos(radians(g.vn_lat)) * power(sin(radians(g.vn_lon - e.vn_lon) / 2), 2))))
             + 2 * 6371.0 * asin(least(1.0, sqrt(power(sin(radians(e.la_lat - g.lao_lat) / 2), 2)
                   + cos(radians(g.lao_lat)) * cos(radians(e.la_lat)) * power(sin(radians(e.la_lon - g.lao_lon) / 2), 2))))
           )) AS km
    FROM ends e CROSS JOIN crossings g
    GROUP BY e.province
), scored AS (
    SELECT pp.partner,
           greatest(pp.supplies, pp.buys) AS product_fit,
           greatest(CASE WHEN pp.supplies > 0 THEN pp.supplies_volume ELSE 0 END,
                    CASE WHEN pp.buys > 0 THEN pp.buys_volume ELSE 0 END) AS volume_fit,
           coalesce(300.0 / (300.0 + r.km), 0.5) AS logistics,
           CASE WHEN pp.supplies > 0 AND pp.buys > 0 THEN least(pp.supplies, pp.buys) ELSE 0 END AS mutuality
    FROM per_partner pp
    JOIN enterprise p ON p.id = pp.partner
    LEFT JOIN routes r ON r.province = p.province_code
)
SELECT partner, 0.50 * product_fit + 0.15 * volume_fit + 0.20 * logistics + 0.15 * mutuality AS score
FROM scored
ORDER BY score DESC, partner
LIMIT ?
