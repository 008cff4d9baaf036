-- The incentive regimes of both countries for their economic zones (issue 17), as the sources read on
-- 2026-12-07 give them. Each term carries its own source and the date of that source; confirmed = FALSE where
-- the figure comes from a secondary source (a news report, a summary) or where the article could not be checked
-- against the legal text. Real law, not demo data: loaded in every profile. Analysts and ministry officials
-- correct terms through the API (audited).

INSERT INTO zone_incentive_regime (code, scope, country, name_en, name_vi, name_lo, legal_basis, valid_from, valid_to)
VALUES
 ('VN-EZ-2014', 'VN_ECONOMIC_ZONE', 'VN',
  'Viet Nam: new investment projects in economic zones (incl. border-gate economic zones), 2014–2025',
  'Việt Nam: dự án đầu tư mới tại khu kinh tế (kể cả khu kinh tế cửa khẩu), 2014–2025',
  'ຫວຽດນາມ: ໂຄງການລົງທຶນໃໝ່ໃນເຂດເສດຖະກິດ (ລວມທັງເຂດເສດຖະກິດດ່ານຊາຍແດນ), 2014–2025',
  'Law on Corporate Income Tax 14/2008/QH12 as amended by Law 32/2013/QH13; Decree 218/2013/ND-CP of 26 Dec 2013 (Art. 15, 16); Law on Import and Export Duties 107/2016/QH13 (Art. 16); Decree 46/2014/ND-CP on land rent',
  '2014-02-15', '2025-09-30'),
 ('VN-EZ-2025', 'VN_ECONOMIC_ZONE', 'VN',
  'Viet Nam: new investment projects in economic zones, from the Law on CIT 2025',
  'Việt Nam: dự án đầu tư mới tại khu kinh tế, theo Luật Thuế TNDN 2025',
  'ຫວຽດນາມ: ໂຄງການລົງທຶນໃໝ່ໃນເຂດເສດຖະກິດ, ຕາມກົດໝາຍອາກອນລາຍໄດ້ນິຕິບຸກຄົນ 2025',
  'Law on Corporate Income Tax 67/2025/QH15 (successor of Decree 218/2013/ND-CP and its law) and its guiding decree; terms carried over, not yet checked against the new texts',
  '2025-10-01', NULL),
 ('LA-IPL-2016-Z1', 'LA_IPL_ZONE_1', 'LA',
  'Laos: promoted sectors in zone 1 (poor and remote areas), Law on Investment Promotion 2016',
  'Lào: ngành khuyến khích tại vùng 1 (vùng nghèo, vùng sâu vùng xa), Luật Khuyến khích đầu tư 2016',
  'ລາວ: ຂະແໜງການສົ່ງເສີມໃນເຂດ 1 (ເຂດທຸກຍາກ ແລະ ຫ່າງໄກສອກຫຼີກ), ກົດໝາຍວ່າດ້ວຍການສົ່ງເສີມການລົງທຶນ 2016',
  'Law on Investment Promotion No. 14/NA of 17 Nov 2016 (Art. 9); Law on Income Tax No. 67/NA of 2019',
  '2020-01-01', NULL),
 ('LA-IPL-2016-Z2', 'LA_IPL_ZONE_2', 'LA',
  'Laos: promoted sectors in zone 2 (areas with favourable infrastructure), Law on Investment Promotion 2016',
  'Lào: ngành khuyến khích tại vùng 2 (vùng có hạ tầng thuận lợi), Luật Khuyến khích đầu tư 2016',
  'ລາວ: ຂະແໜງການສົ່ງເສີມໃນເຂດ 2 (ເຂດທີ່ມີພື້ນຖານໂຄງລ່າງອຳນວຍ), ກົດໝາຍວ່າດ້ວຍການສົ່ງເສີມການລົງທຶນ 2016',
  'Law on Investment Promotion No. 14/NA of 17 Nov 2016 (Art. 9); Law on Income Tax No. 67/NA of 2019',
  '2020-01-01', NULL),
 ('LA-SEZ-SAVAN-SENO', 'LA_SEZ_SAVAN_SENO', 'LA',
  'Laos: Savan-Seno Special Economic Zone',
  'Lào: Đặc khu kinh tế Savan-Seno',
  'ລາວ: ເຂດເສດຖະກິດພິເສດ ສະຫວັນ-ເຊໂນ',
  'Prime Minister''s Decree 148/PM of 29 Sep 2003 establishing the zone, and the zone''s own regulations; the Law on Investment Promotion 2016 refers special economic zones to their specific regulations',
  '2003-09-29', NULL);

-- Viet Nam, 2014–2025 (Decree 218/2013/ND-CP).
INSERT INTO zone_incentive_term (regime_id, term, amount, rule, text_en, text_vi, text_lo, source, source_date, confirmed)
SELECT r.id, t.term, t.amount, t.rule, t.en, t.vi, t.lo, t.source, CAST(t.day AS DATE), t.confirmed
FROM zone_incentive_regime r
CROSS JOIN (VALUES
 ('CIT_STANDARD_RATE', 20, NULL, NULL, NULL, NULL,
  'Law 32/2013/QH13 amending the Law on CIT, Art. 1 (new Art. 10.1): 20 % from 1 Jan 2016', '2013-06-19', TRUE),
 ('CIT_PREFERENTIAL_RATE', 10, NULL, NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 15.1.a: 10 % for new investment projects in economic zones', '2013-12-26', TRUE),
 ('CIT_PREFERENTIAL_YEARS', 15, NULL, NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 15.1: for 15 years from the first year of revenue', '2013-12-26', TRUE),
 ('CIT_EXEMPT_YEARS', 4, NULL, NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 16.1: exemption for 4 years', '2013-12-26', TRUE),
 ('CIT_REDUCED_YEARS', 9, NULL, NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 16.1: 50 % reduction for the next 9 years', '2013-12-26', TRUE),
 ('CIT_REDUCTION_PERCENT', 50, NULL, NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 16.1', '2013-12-26', TRUE),
 ('CIT_HOLIDAY_START', NULL, 'FIRST_PROFIT_MAX_4TH_REVENUE_YEAR', NULL, NULL, NULL,
  'Decree 218/2013/ND-CP, Art. 16: counted from the first year of taxable income, or from the fourth year of revenue when there is no taxable income in the first three', '2013-12-26', TRUE),
 ('LAND_RENT_EXEMPT_YEARS', 15, NULL, NULL, NULL, NULL,
  'Decree 46/2014/ND-CP, Art. 19.3: 15 years for projects in areas of especially difficult socio-economic conditions; economic zones counted as such areas (Decree 118/2015/ND-CP, Annex II) - applicability to each zone not checked', '2014-05-15', FALSE),
 ('IMPORT_DUTY', NULL, NULL,
  'Exempt on goods imported to form the project''s fixed assets; raw materials and components not produced in Viet Nam exempt for 5 years from the start of production',
  'Miễn thuế hàng hóa nhập khẩu tạo tài sản cố định của dự án; nguyên liệu, vật tư, linh kiện trong nước chưa sản xuất được miễn thuế 5 năm kể từ khi bắt đầu sản xuất',
  'ຍົກເວັ້ນພາສີສິນຄ້ານຳເຂົ້າເພື່ອສ້າງຊັບສົມບັດຄົງທີ່ຂອງໂຄງການ; ວັດຖຸດິບ ແລະ ອາໄຫຼ່ທີ່ຫວຽດນາມຍັງບໍ່ທັນຜະລິດໄດ້ ຍົກເວັ້ນ 5 ປີ ນັບແຕ່ເລີ່ມການຜະລິດ',
  'Law on Import and Export Duties 107/2016/QH13, Art. 16.11 and 16.13', '2016-04-06', TRUE),
 ('VAT', NULL, NULL,
  'Standard rate 10 %; goods sold into a non-tariff area at 0 %',
  'Thuế suất phổ thông 10 %; hàng hóa bán vào khu phi thuế quan 0 %',
  'ອັດຕາທົ່ວໄປ 10 %; ສິນຄ້າຂາຍເຂົ້າເຂດປອດພາສີ 0 %',
  'Law on Value Added Tax 13/2008/QH12, Art. 8 and 9', '2008-06-03', TRUE),
 ('CONDITION_LOCATION', NULL, NULL,
  'A new investment project located in an economic zone established by the Prime Minister',
  'Dự án đầu tư mới thực hiện tại khu kinh tế do Thủ tướng Chính phủ thành lập',
  'ໂຄງການລົງທຶນໃໝ່ທີ່ຕັ້ງຢູ່ໃນເຂດເສດຖະກິດທີ່ນາຍົກລັດຖະມົນຕີສ້າງຕັ້ງ',
  'Decree 218/2013/ND-CP, Art. 15.1.a', '2013-12-26', TRUE),
 ('CONDITION_SECTOR', NULL, NULL,
  'Any sector, except income from the extraction of scarce natural resources',
  'Mọi ngành, trừ thu nhập từ khai thác tài nguyên khoáng sản quý hiếm',
  'ທຸກຂະແໜງການ, ຍົກເວັ້ນລາຍໄດ້ຈາກການຂຸດຄົ້ນຊັບພະຍາກອນແຮ່ທາດທີ່ຫາຍາກ',
  'Law 32/2013/QH13, Art. 1 (new Art. 13.3) - exclusions as summarised, not checked clause by clause', '2013-06-19', FALSE)
) AS t (term, amount, rule, en, vi, lo, source, day, confirmed)
WHERE r.code = 'VN-EZ-2014';

-- Viet Nam from 1 Oct 2025: the same terms carried over, flagged until checked against the new law and decree.
INSERT INTO zone_incentive_term (regime_id, term, amount, rule, text_en, text_vi, text_lo, source, source_date, confirmed)
SELECT n.id, t.term, t.amount, t.rule, t.text_en, t.text_vi, t.text_lo,
       'Carried over from ' || o.code || ' (' || t.source || '); Law 67/2025/QH15 keeps the incentive for economic zones - article not checked',
       DATE '2025-06-14', FALSE
FROM zone_incentive_term t
JOIN zone_incentive_regime o ON o.id = t.regime_id AND o.code = 'VN-EZ-2014'
CROSS JOIN zone_incentive_regime n
WHERE n.code = 'VN-EZ-2025';

-- Laos, Law on Investment Promotion 2016: zone 1 and zone 2.
INSERT INTO zone_incentive_term (regime_id, term, amount, rule, text_en, text_vi, text_lo, source, source_date, confirmed)
SELECT r.id, t.term,
       CASE WHEN t.term = 'CIT_EXEMPT_YEARS' THEN CASE r.code WHEN 'LA-IPL-2016-Z1' THEN 10 ELSE 4 END
            WHEN t.term = 'LAND_RENT_EXEMPT_YEARS' THEN CASE r.code WHEN 'LA-IPL-2016-Z1' THEN 10 ELSE 5 END
            ELSE t.amount END,
       t.rule, t.en, t.vi, t.lo, t.source, CAST(t.day AS DATE), t.confirmed
FROM zone_incentive_regime r
CROSS JOIN (VALUES
 ('CIT_STANDARD_RATE', 20, NULL, NULL, NULL, NULL,
  'Law on Income Tax No. 67/NA (2019): profit tax 20 %', '2019-06-18', TRUE),
 ('CIT_EXEMPT_YEARS', NULL, NULL, NULL, NULL, NULL,
  'Law on Investment Promotion No. 14/NA (2016), Art. 9: profit tax exemption 10 years in zone 1, 4 years in zone 2 (as summarised by the IEA policy database, prod.iea.org/policies/6295, and investlaos.gov.la)', '2016-11-17', TRUE),
 ('CIT_HOLIDAY_START', NULL, 'FIRST_YEAR_OF_OPERATION', NULL, NULL, NULL,
  'Law on Investment Promotion No. 14/NA (2016): counted from the start of operations - as read in secondary summaries, not in the law''s text', '2016-11-17', FALSE),
 ('LAND_RENT_EXEMPT_YEARS', NULL, NULL, NULL, NULL, NULL,
  'Law on Investment Promotion No. 14/NA (2016), Art. 9: state land rent and concession fee exempt 10 years in zone 1, 5 years in zone 2 (IEA policy database, prod.iea.org/policies/6295)', '2016-11-17', TRUE),
 ('IMPORT_DUTY', NULL, NULL,
  'Customs duty exempt on materials and equipment not supplied in Laos, machinery and vehicles used directly in production, and raw materials for export production',
  'Miễn thuế nhập khẩu vật tư, thiết bị trong nước không cung cấp được, máy móc và phương tiện dùng trực tiếp cho sản xuất, nguyên liệu sản xuất hàng xuất khẩu',
  'ຍົກເວັ້ນພາສີນຳເຂົ້າວັດຖຸ ແລະ ອຸປະກອນທີ່ພາຍໃນບໍ່ສາມາດສະໜອງໄດ້, ເຄື່ອງຈັກ ແລະ ພາຫະນະທີ່ໃຊ້ໂດຍກົງໃນການຜະລິດ, ວັດຖຸດິບເພື່ອຜະລິດສົ່ງອອກ',
  'Law on Investment Promotion No. 14/NA (2016), Art. 9 (IEA policy database, prod.iea.org/policies/6295)', '2016-11-17', TRUE),
 ('VAT', NULL, NULL,
  'VAT exempt on the imports exempt from customs duty; other supplies at the standard rate of the VAT Law',
  'Miễn thuế GTGT đối với hàng nhập khẩu được miễn thuế nhập khẩu; hàng hóa khác chịu thuế suất phổ thông',
  'ຍົກເວັ້ນອາກອນມູນຄ່າເພີ່ມສຳລັບສິນຄ້ານຳເຂົ້າທີ່ໄດ້ຍົກເວັ້ນພາສີ; ສິນຄ້າອື່ນຕາມອັດຕາທົ່ວໄປ',
  'Law on Investment Promotion No. 14/NA (2016), Art. 9 (IEA policy database); the standard rate is not recorded here', '2016-11-17', TRUE),
 ('CONDITION_SECTOR', NULL, NULL,
  'One of the promoted sectors of Art. 9 (high technology, clean agriculture and agro-processing, eco-tourism, education, health, infrastructure, policy banks, trade centres)',
  'Thuộc ngành khuyến khích tại Điều 9 (công nghệ cao, nông nghiệp sạch và chế biến nông sản, du lịch sinh thái, giáo dục, y tế, hạ tầng, ngân hàng chính sách, trung tâm thương mại)',
  'ເປັນຂະແໜງການສົ່ງເສີມຕາມມາດຕາ 9 (ເຕັກໂນໂລຊີສູງ, ກະສິກຳສະອາດ ແລະ ປຸງແຕ່ງ, ທ່ອງທ່ຽວທຳມະຊາດ, ການສຶກສາ, ສາທາລະນະສຸກ, ພື້ນຖານໂຄງລ່າງ, ທະນາຄານນະໂຍບາຍ, ສູນການຄ້າ)',
  'investlaos.gov.la, "Investment incentives" (promoted sectors of the Law on Investment Promotion 2016)', '2016-11-17', TRUE),
 ('CONDITION_LOCATION', NULL, NULL,
  'Zone 1: poor and remote areas whose infrastructure is unfavourable to investment; zone 2: areas whose infrastructure favours investment',
  'Vùng 1: vùng nghèo, vùng sâu vùng xa, hạ tầng chưa thuận lợi; vùng 2: vùng có hạ tầng thuận lợi cho đầu tư',
  'ເຂດ 1: ເຂດທຸກຍາກ ຫ່າງໄກສອກຫຼີກທີ່ພື້ນຖານໂຄງລ່າງບໍ່ອຳນວຍ; ເຂດ 2: ເຂດທີ່ພື້ນຖານໂຄງລ່າງອຳນວຍໃຫ້ແກ່ການລົງທຶນ',
  'Law on Investment Promotion No. 14/NA (2016), Art. 9 (IEA policy database, prod.iea.org/policies/6295)', '2016-11-17', TRUE)
) AS t (term, amount, rule, en, vi, lo, source, day, confirmed)
WHERE r.code IN ('LA-IPL-2016-Z1', 'LA-IPL-2016-Z2');

-- Savan-Seno: a newspaper's account of the zone's regime; flagged until read in the zone's regulations.
INSERT INTO zone_incentive_term (regime_id, term, amount, rule, text_en, text_vi, text_lo, source, source_date, confirmed)
SELECT r.id, t.term, t.amount, t.rule, t.en, t.vi, t.lo, t.source, CAST(t.day AS DATE), t.confirmed
FROM zone_incentive_regime r
CROSS JOIN (VALUES
 ('CIT_STANDARD_RATE', 20, NULL, NULL, NULL, NULL,
  'Law on Income Tax No. 67/NA (2019): profit tax 20 %', '2019-06-18', TRUE),
 ('CIT_EXEMPT_YEARS', 2, NULL, NULL, NULL, NULL,
  'Vientiane Times via Asia News Network, "Savan Park exports set to increase 15-20%" (annx.asianews.network/content/savan-park-exports-set-increase-15-20-93242): holiday of 2 to 10 years by project; the shortest is recorded (article undated in the copy read; date is of reading)', '2026-12-07', FALSE),
 ('CIT_HOLIDAY_START', NULL, 'FIRST_PROFIT_YEAR', NULL, NULL, NULL,
  'Same article: "starting from the profit-making year"', '2026-12-07', FALSE),
 ('CIT_PREFERENTIAL_RATE', 10, NULL, NULL, NULL, NULL,
  'Same article: 8 to 10 % profit tax after the holiday; the higher is recorded', '2026-12-07', FALSE),
 ('IMPORT_DUTY', NULL, NULL,
  'Import customs duty 0 %', 'Thuế nhập khẩu 0 %', 'ພາສີນຳເຂົ້າ 0 %',
  'Same article: "0 percent value-added tax and import customs duty rate"', '2026-12-07', FALSE),
 ('VAT', NULL, NULL,
  'VAT 0 %', 'Thuế GTGT 0 %', 'ອາກອນມູນຄ່າເພີ່ມ 0 %',
  'Same article', '2026-12-07', FALSE),
 ('CONDITION_LOCATION', NULL, NULL,
  'An enterprise licensed inside the Savan-Seno Special Economic Zone',
  'Doanh nghiệp được cấp phép trong Đặc khu kinh tế Savan-Seno',
  'ວິສາຫະກິດທີ່ໄດ້ຮັບອະນຸຍາດຢູ່ໃນເຂດເສດຖະກິດພິເສດ ສະຫວັນ-ເຊໂນ',
  'Prime Minister''s Decree 148/PM (2003)', '2003-09-29', FALSE)
) AS t (term, amount, rule, en, vi, lo, source, day, confirmed)
WHERE r.code = 'LA-SEZ-SAVAN-SENO';
