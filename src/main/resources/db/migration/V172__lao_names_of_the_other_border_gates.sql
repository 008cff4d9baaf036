-- Lao-script names of the gates of the 24 main, secondary and planned Vietnam–Laos border-gate pairs (issue 10's
-- done-when: a Lao page shows every gate in Lao; decision 0032). V171 named the eight international pairs; these
-- pairs kept the Latin-script names of V17/V18, so a Lao reader saw them in Vietnamese, marked as a fallback.
--
-- Source: NOT a published list. Written by the project, the same way as V171: the Lao gates by the Lao place
-- names the Latin spellings of the sources transcribe (Kaleum ກະລຶມ, Nong Ma ໜອງມະ, Denvilay ແດນວິໄລ, ...), the
-- Vietnamese gates as Lao-script renderings of their Vietnamese names. To be checked by IICE
-- (reference-data/PROVENANCE.md); a correction is a new migration, not an edit of this one.

UPDATE border_gate_pair g SET vn_gate_lo = v.vn_gate_lo, lao_gate_lo = v.lao_gate_lo
FROM (VALUES
    ('VL-MAIN-01', 'ຫ້ວຍປວກ', 'ນາສອນ'),
    ('VL-MAIN-02', 'ຊຽງເຂືອງ', 'ບ້ານດານ'),
    ('VL-MAIN-03', 'ລອງຊັບ', 'ປາຫັງ'),
    ('VL-MAIN-04', 'ແຕນຕັນ', 'ສົມວັງ'),
    ('VL-MAIN-05', 'ຮົ່ງວັນ', 'ກູໄຕ'),
    ('VL-MAIN-06', 'ອາດອດ', 'ຕະວາງ'),
    ('VL-MAIN-07', 'ນາມຢາງ', 'ດັກຕະອອກ'),
    ('VL-SEC-01', 'ຊີປາຟິນ', 'ຫ້ວຍລາ'),
    ('VL-SEC-02', 'ນ້ຳລ້ານ', 'ເມືອງເປີ'),
    ('VL-SEC-03', 'ນາກາຍ', 'ສົບດຸງ'),
    ('VL-SEC-04', 'ແຂວ', 'ທ່າເລົາ'),
    ('VL-SEC-05', 'ທົງທູ', 'ນ້ຳໄຕ'),
    ('VL-SEC-06', 'ຕາມຫ້ອບ', 'ທົ່ງມີໄຊ'),
    ('VL-SEC-07', 'ກາວເວີ່ວ', 'ທົ່ງພີລາ'),
    ('VL-SEC-08', 'ທັນທຸຍ', 'ນ້ຳອອນ'),
    ('VL-SEC-09', 'ຕາຣຸງ', 'ລາໂກ'),
    ('VL-SEC-10', 'ທັນ', 'ແດນວິໄລ'),
    ('VL-SEC-11', 'ເຈັງ', 'ບ້ານໃໝ່'),
    ('VL-SEC-12', 'ກົກ', 'ອາຊົກ'),
    ('VL-SEC-13', 'ຈະເອີມ', 'ກະລຶມ'),
    ('VL-SEC-14', 'ກາຣອງ', 'ໜອງມະ'),
    ('VL-PLAN-01', 'ຫ້ວຍລ້າ', 'ລອງຍານ'),
    ('VL-PLAN-02', 'ຫ້ວຍແຂ', 'ລອງໂຮ'),
    ('VL-PLAN-03', 'ນາບຸ້ງ', 'ລາວພູໄຊ')
) AS v (pair_id, vn_gate_lo, lao_gate_lo)
WHERE g.pair_id = v.pair_id AND g.vn_gate_lo IS NULL AND g.lao_gate_lo IS NULL;
