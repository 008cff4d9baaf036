-- The competent bodies cases are routed to and the table the platform proposes a body from (issue 15): per
-- country and topic, with the customs of the gate's province where a case names an international gate. A
-- coordinator confirms or changes the proposal. Names in English, Vietnamese and Lao (the project's renderings of
-- the Lao names, to be checked by IICE).
INSERT INTO casework_body (id, country, name_en, name_vi, name_lo) VALUES
    ('VN-XNK', 'VN', 'Agency of Foreign Trade (Import-Export Department), Ministry of Industry and Trade', 'Cục Xuất nhập khẩu, Bộ Công Thương', 'ກົມນຳເຂົ້າ-ສົ່ງອອກ, ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຫວຽດນາມ'),
    ('VN-CUSTOMS', 'VN', 'Viet Nam Customs', 'Cục Hải quan Việt Nam', 'ກົມພາສີ ຫວຽດນາມ'),
    ('VN-CUS-QT', 'VN', 'Quảng Trị provincial customs (Lao Bảo, La Lay, Cha Lo)', 'Hải quan tỉnh Quảng Trị (Lao Bảo, La Lay, Cha Lo)', 'ພາສີແຂວງກວາງຈິ (ລາວບາວ, ລາລາຍ, ຈາລໍ)'),
    ('VN-CUS-HT', 'VN', 'Hà Tĩnh provincial customs (Cầu Treo)', 'Hải quan tỉnh Hà Tĩnh (Cầu Treo)', 'ພາສີແຂວງຮ່າຕິ້ນ (ເກົາແຈວ)'),
    ('VN-CUS-NA', 'VN', 'Nghệ An provincial customs (Nậm Cắn)', 'Hải quan tỉnh Nghệ An (Nậm Cắn)', 'ພາສີແຂວງເງະອານ (ນ້ຳກັນ)'),
    ('VN-ROADS', 'VN', 'Viet Nam Road Administration', 'Cục Đường bộ Việt Nam', 'ກົມທາງບົກ ຫວຽດນາມ'),
    ('VN-SBV', 'VN', 'State Bank of Viet Nam', 'Ngân hàng Nhà nước Việt Nam', 'ທະນາຄານແຫ່ງລັດ ຫວຽດນາມ'),
    ('VN-FIA', 'VN', 'Foreign Investment Agency', 'Cục Đầu tư nước ngoài', 'ກົມການລົງທຶນຕ່າງປະເທດ ຫວຽດນາມ'),
    ('VN-PPD', 'VN', 'Plant Protection Department', 'Cục Bảo vệ thực vật', 'ກົມປົກປັກຮັກສາພືດ ຫວຽດນາມ'),
    ('VN-EREA', 'VN', 'Electricity and Renewable Energy Authority', 'Cục Điện lực', 'ກົມໄຟຟ້າ ຫວຽດນາມ'),
    ('LA-DIE', 'LA', 'Department of Import and Export, Ministry of Industry and Commerce', 'Cục Xuất nhập khẩu, Bộ Công Thương Lào', 'ກົມການນຳເຂົ້າ ແລະ ສົ່ງອອກ, ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ'),
    ('LA-CUSTOMS', 'LA', 'Lao Customs Department', 'Cục Hải quan Lào', 'ກົມພາສີ'),
    ('LA-CUS-SVK', 'LA', 'Savannakhet provincial customs (Densavanh)', 'Hải quan tỉnh Savannakhet (Đen Sạ Vẳn)', 'ພາສີແຂວງສະຫວັນນະເຂດ (ແດນສະຫວັນ)'),
    ('LA-CUS-BLX', 'LA', 'Bolikhamxay provincial customs (Nam Phao)', 'Hải quan tỉnh Bolikhamxay (Nậm Phao)', 'ພາສີແຂວງບໍລິຄຳໄຊ (ນ້ຳພ້າວ)'),
    ('LA-DOT', 'LA', 'Department of Transport, Ministry of Public Works and Transport', 'Cục Vận tải, Bộ Công chính và Vận tải Lào', 'ກົມຂົນສົ່ງ, ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ'),
    ('LA-BOL', 'LA', 'Bank of the Lao PDR', 'Ngân hàng CHDCND Lào', 'ທະນາຄານແຫ່ງ ສປປ ລາວ'),
    ('LA-IPD', 'LA', 'Investment Promotion Department', 'Cục Xúc tiến đầu tư Lào', 'ກົມສົ່ງເສີມການລົງທຶນ'),
    ('LA-DOA', 'LA', 'Department of Agriculture (plant quarantine)', 'Cục Nông nghiệp Lào (kiểm dịch thực vật)', 'ກົມປູກຝັງ (ກັກກັນພືດ)'),
    ('LA-DEPP', 'LA', 'Department of Energy Policy and Planning, Ministry of Energy and Mines', 'Cục Chính sách và Kế hoạch năng lượng, Bộ Năng lượng và Mỏ Lào', 'ກົມແຜນການ ແລະ ນະໂຍບາຍພະລັງງານ, ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່');

INSERT INTO casework_routing (country, topic, gate_pair_id, body_id) VALUES
    ('VN', 'CUSTOMS', '', 'VN-CUSTOMS'), ('VN', 'TARIFFS_ORIGIN', '', 'VN-XNK'), ('VN', 'TRANSPORT', '', 'VN-ROADS'),
    ('VN', 'PAYMENTS', '', 'VN-SBV'), ('VN', 'INVESTMENT', '', 'VN-FIA'), ('VN', 'STANDARDS_SPS', '', 'VN-PPD'),
    ('VN', 'ENERGY', '', 'VN-EREA'), ('VN', 'OTHER', '', 'VN-XNK'),
    ('VN', 'CUSTOMS', 'VL-INT-06', 'VN-CUS-QT'), ('VN', 'CUSTOMS', 'VL-INT-07', 'VN-CUS-QT'),
    ('VN', 'CUSTOMS', 'VL-INT-05', 'VN-CUS-QT'), ('VN', 'CUSTOMS', 'VL-INT-04', 'VN-CUS-HT'),
    ('VN', 'CUSTOMS', 'VL-INT-03', 'VN-CUS-NA'),
    ('LA', 'CUSTOMS', '', 'LA-CUSTOMS'), ('LA', 'TARIFFS_ORIGIN', '', 'LA-DIE'), ('LA', 'TRANSPORT', '', 'LA-DOT'),
    ('LA', 'PAYMENTS', '', 'LA-BOL'), ('LA', 'INVESTMENT', '', 'LA-IPD'), ('LA', 'STANDARDS_SPS', '', 'LA-DOA'),
    ('LA', 'ENERGY', '', 'LA-DEPP'), ('LA', 'OTHER', '', 'LA-DIE'),
    ('LA', 'CUSTOMS', 'VL-INT-06', 'LA-CUS-SVK'), ('LA', 'CUSTOMS', 'VL-INT-04', 'LA-CUS-BLX');
