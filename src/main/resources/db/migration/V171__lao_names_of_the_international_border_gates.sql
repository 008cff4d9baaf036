-- Lao-script names of the gates of the eight international Vietnam–Laos border-gate pairs (issue 10; decision
-- 0032). The sources of V17/V18 write both gates of every pair in Latin script ("Lao Bảo", "Đen Sạ Vẳn
-- (Densavanh/Dansavanh)"), so a Lao reader saw every gate in Vietnamese, marked as a fallback.
--
-- Source: NOT a published list. Written by the project: the Lao gates as Lao official usage names the
-- international checkpoints (ດ່ານສາກົນ ແດນສະຫວັນ, ນ້ຳພ້າວ, ນາເພົ້າ, ພູເກືອ, ...), the Vietnamese gates as Lao-script
-- renderings of their Vietnamese names. To be checked by IICE (reference-data/PROVENANCE.md); a correction is a
-- new migration. The main, secondary and planned pairs keep NULL and the marked fallback.

ALTER TABLE border_gate_pair ADD COLUMN vn_gate_lo VARCHAR(200);
ALTER TABLE border_gate_pair ADD COLUMN lao_gate_lo VARCHAR(200);

UPDATE border_gate_pair g SET vn_gate_lo = v.vn_gate_lo, lao_gate_lo = v.lao_gate_lo
FROM (VALUES
    ('VL-INT-01', 'ໄຕຈາງ', 'ປາງໂຫມກ'),
    ('VL-INT-02', 'ນາແມວ', 'ນ້ຳໂສ້ຍ'),
    ('VL-INT-03', 'ນ້ຳກັນ', 'ນ້ຳກ້ານ'),
    ('VL-INT-04', 'ເກົາແຈວ', 'ນ້ຳພ້າວ'),
    ('VL-INT-05', 'ຈາລໍ', 'ນາເພົ້າ'),
    ('VL-INT-06', 'ລາວບາວ', 'ແດນສະຫວັນ'),
    ('VL-INT-07', 'ລາລາຍ', 'ລາໄລ'),
    ('VL-INT-08', 'ບໍອີ', 'ພູເກືອ')
) AS v (pair_id, vn_gate_lo, lao_gate_lo)
WHERE g.pair_id = v.pair_id;
