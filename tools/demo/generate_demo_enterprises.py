#!/usr/bin/env python3
"""Writes src/main/resources/db/demo/R__demo_enterprises.sql: 300 demo enterprises (150 Vietnamese, 150 Lao) of
the three priority sectors of the MoU, whose offers and needs complement each other across the border.

Deterministic: the same seed gives the same file byte for byte. Run from the repository root:
    python3 tools/demo/generate_demo_enterprises.py
The folding of names (search_text, name_key) mirrors org.vietlao.linkage.shared.SearchText.fold and
Enterprises.nameKey; the size classes mirror SizeClass (docs/enterprise.md)."""

import random
import unicodedata
from pathlib import Path

SEED = 20261122
OUT = Path("src/main/resources/db/demo/R__demo_enterprises.sql")
VERIFIED_AT = "2026-10-01T09:00:00+07:00"

VN_ORG = "Công ty CP Tinh bột sắn Nghệ An (demo)"
LA_ORG = "Savan Cassava Cooperative (demo)"

# Province codes valid today (34 Vietnamese provinces since 2025-07-01; 18 Lao ones), border provinces first.
VN_BORDER = ["40", "42", "44", "46", "48", "51", "38", "14", "11"]
VN_OTHER = ["01", "79", "31", "22", "75", "80", "66", "52", "24", "19", "33", "37", "92"]
LA_BORDER = ["LA-SV", "LA-KH", "LA-BL", "LA-CH", "LA-AT", "LA-SL", "LA-XE", "LA-HO", "LA-XI", "LA-PH", "LA-LP"]
LA_OTHER = ["LA-VT", "LA-VI", "LA-OU", "LA-BK", "LA-LM", "LA-XA", "LA-XS"]

VN_BRANDS = ["Hưng Phát", "Thành Công", "Minh Long", "An Phú", "Việt Thắng", "Phú Thịnh", "Đại Dương", "Hoàng Gia",
             "Tân Tiến", "Bình Minh", "Sao Mai", "Trường Sơn", "Hồng Lĩnh", "Lam Sơn", "Phúc Lộc", "Quang Minh",
             "Thiên Long", "Kim Ngân", "Hải Đăng", "Đông Á", "Nam Việt", "Bắc Hà", "Hòa Bình", "Toàn Thắng",
             "Vĩnh Hưng", "Mai Linh", "Ngọc Lan", "Gia Phát", "Tiến Đạt", "Đức Thành"]
LA_BRANDS = [("Phonxay", "ພອນໄຊ"), ("Sengdao", "ແສງດາວ"), ("Khamphet", "ຄຳເພັດ"), ("Souksavanh", "ສຸກສະຫວັນ"),
             ("Vilayvong", "ວິໄລວົງ"), ("Chanthavong", "ຈັນທະວົງ"), ("Keomany", "ແກ້ວມະນີ"),
             ("Phetsamone", "ເພັດສະໝອນ"), ("Saysana", "ໄຊຍະສະນະ"), ("Thongkham", "ທອງຄຳ"), ("Bounmy", "ບຸນມີ"),
             ("Xaysomphone", "ໄຊສົມພອນ"), ("Inthavong", "ອິນທະວົງ"), ("Sisouk", "ສີສຸກ"), ("Manivong", "ມະນີວົງ"),
             ("Douangchampa", "ດວງຈຳປາ"), ("Phoutthavong", "ພຸດທະວົງ"), ("Vongsavanh", "ວົງສະຫວັນ"),
             ("Sayavong", "ໄຊຍະວົງ"), ("Somphet", "ສົມເພັດ")]
# Villages, added to a brand once a kind of enterprise has used every brand.
LA_VILLAGES = [("Nongbok", "ໜອງບົກ"), ("Phonsim", "ໂພນສີມ"), ("Naxay", "ນາໄຊ"), ("Donkhoun", "ດອນຄູນ"),
               ("Houaykhong", "ຫ້ວຍຂອງ"), ("Nakham", "ນາຄຳ"), ("Phonhong", "ໂພນໂຮງ"), ("Kengkok", "ແກ້ງກອກ"),
               ("Songkhon", "ສອງຄອນ"), ("Thakhek", "ທ່າແຂກ")]

# Archetypes: (count, ISIC class, names (own, en, other) with {b} for the brand, offers, needs, certifications,
# employees range, provinces). Offers: (hs, description, low, high, unit); needs: (hs, low, high, unit,
# [(certification, probability required)]).
LA_TYPES = [
    (28, "0113", ("ສະຫະກອນປູກມັນຕົ້ນ {b}", "{b} Cassava Growers Cooperative", "Hợp tác xã trồng sắn {b}"),
     [("071410", "fresh cassava roots", 5000, 40000, "t")],
     [("310520", 100, 2000, "t", []), ("310420", 100, 800, "t", []), ("843680", 2, 10, "pcs", [])],
     ["GLOBALGAP", "LAOGAP", "ORGANIC"], (8, 120), LA_BORDER),
    (15, "0111", ("ກຸ່ມຜະລິດສາລີ {b}", "{b} Maize Producers Group", "Tổ sản xuất ngô {b}"),
     [("100590", "yellow maize, dried", 3000, 30000, "t")],
     [("310520", 100, 1500, "t", []), ("843351", 1, 4, "pcs", [])], ["LAOGAP", "GLOBALGAP"], (5, 80),
     LA_BORDER + ["LA-XA", "LA-OU"]),
    (15, "0129", ("ບໍລິສັດ ສວນຢາງພາລາ {b} ຈຳກັດ", "{b} Rubber Plantation Co., Ltd.", "Công ty TNHH Đồn điền cao su {b}"),
     [("400122", "technically specified natural rubber (TSNR)", 2000, 20000, "t"),
      ("400121", "ribbed smoked sheets", 500, 5000, "t")],
     [("310520", 200, 2000, "t", [])], ["FSC", "ISO9001"], (40, 600), ["LA-CH", "LA-AT", "LA-SV", "LA-SL", "LA-XE", "LA-LM"]),
    (15, "0127", ("ສະຫະກອນກາເຟ {b}", "{b} Coffee Cooperative", "Hợp tác xã cà phê {b}"),
     [("090111", "green Arabica and Robusta beans", 500, 8000, "t")],
     [("310520", 50, 600, "t", [])], ["ORGANIC", "FAIRTRADE", "RAINFOREST"], (10, 200), ["LA-CH", "LA-SL", "LA-XE"]),
    (8, "0114", ("ກຸ່ມປູກອ້ອຍ {b}", "{b} Sugar Cane Growers", "Nhóm trồng mía {b}"),
     [("121293", "fresh sugar cane", 10000, 80000, "t")],
     [("310520", 200, 1500, "t", [])], ["LAOGAP"], (10, 150), ["LA-SV", "LA-KH", "LA-AT", "LA-BL"]),
    (8, "1061", ("ໂຮງສີເຂົ້າ {b}", "{b} Rice Mill", "Nhà máy xay xát gạo {b}"),
     [("100630", "milled glutinous rice", 1000, 15000, "t")],
     [("843680", 1, 5, "pcs", [])], ["HACCP", "ORGANIC"], (10, 90), ["LA-SV", "LA-VT", "LA-VI", "LA-CH"]),
    (10, "1610", ("ໂຮງເລື່ອຍໄມ້ {b}", "{b} Sawmill", "Xưởng cưa gỗ {b}"),
     [("440729", "sawn tropical hardwood", 1000, 12000, "m3"), ("440399", "plantation logs", 2000, 20000, "m3")],
     [("846591", 1, 6, "pcs", [])], ["FSC", "PEFC"], (20, 250), ["LA-BL", "LA-KH", "LA-XI", "LA-HO", "LA-AT"]),
    (6, "3100", ("ໂຮງງານເຟີນິເຈີ {b}", "{b} Furniture Factory", "Xưởng đồ gỗ nội thất {b}"),
     [("940360", "solid wood furniture", 2000, 30000, "pcs")],
     [("440729", 300, 3000, "m3", [("FSC", 0.3)])], ["FSC"], (15, 150), ["LA-VT", "LA-VI", "LA-LP"]),
    (8, "0510", ("ບໍລິສັດ ບໍ່ຖ່ານຫີນ {b} ຈຳກັດ", "{b} Coal Mining Co., Ltd.", "Công ty TNHH Khai thác than {b}"),
     [("270112", "bituminous thermal coal", 100000, 1500000, "t"), ("270119", "sub-bituminous coal", 50000, 500000, "t")],
     [("843149", 10, 200, "t", [])], ["ISO14001", "ISO45001"], (150, 1500), ["LA-XE", "LA-AT", "LA-SL", "LA-HO"]),
    (10, "3510", ("ບໍລິສັດ ໄຟຟ້າພະລັງງານນ້ຳ {b}", "{b} Hydropower Company", "Công ty Thủy điện {b}"),
     [("271600", "hydroelectric power for export", 100000, 3000000, "MWh")],
     [("850423", 2, 12, "pcs", [("ISO9001", 0.5)]), ("854449", 50, 800, "t", [])], ["ISO14001", "ISO50001"], (60, 900),
     ["LA-SV", "LA-KH", "LA-BL", "LA-AT", "LA-XE", "LA-HO", "LA-XA", "LA-PH"]),
    (4, "3510", ("ບໍລິສັດ ພະລັງງານລົມ {b}", "{b} Wind Power Company", "Công ty Điện gió {b}"),
     [("271600", "wind power for export", 200000, 1500000, "MWh")],
     [("850423", 2, 8, "pcs", [("ISO9001", 0.5)]), ("854449", 50, 400, "t", [])], ["ISO14001"], (30, 300),
     ["LA-SL", "LA-XE", "LA-AT"]),
    (4, "0891", ("ບໍລິສັດ ບໍ່ແຮ່ໂພແທດ {b}", "{b} Potash Mining Company", "Công ty Khai thác kali {b}"),
     [("310420", "potassium chloride (muriate of potash)", 50000, 500000, "t")],
     [("843149", 20, 300, "t", [])], ["ISO9001", "ISO14001"], (200, 2000), ["LA-KH", "LA-VT", "LA-BL"]),
    (3, "0729", ("ບໍລິສັດ ບໍ່ແຮ່ທອງແດງ {b}", "{b} Copper Mining Company", "Công ty Khai thác đồng {b}"),
     [("740311", "copper cathodes", 5000, 60000, "t"), ("260300", "copper concentrate", 10000, 100000, "t")],
     [("843149", 20, 300, "t", [])], ["ISO9001", "ISO14001", "ISO45001"], (300, 3000), ["LA-SV", "LA-XS", "LA-BL"]),
    (8, "2610", ("ບໍລິສັດ ປະກອບເອເລັກໂຕຣນິກ {b}", "{b} Electronics Assembly Co.", "Công ty Lắp ráp điện tử {b}"),
     [("850440", "power supply units assembled under contract", 50000, 800000, "pcs")],
     [("854231", 100000, 2000000, "pcs", [("ROHS", 0.6)]), ("853400", 50000, 800000, "pcs", [("ROHS", 0.6)]),
      ("854442", 20, 300, "t", [])], ["ISO9001", "ROHS"], (80, 900), ["LA-SV", "LA-VT", "LA-KH"]),
    (7, "0145", ("ຟາມລ້ຽງສັດ {b}", "{b} Livestock Farm", "Trang trại chăn nuôi {b}"),
     [("100590", "maize grown for feed, surplus", 200, 2000, "t")],
     [("230990", 500, 6000, "t", [("HACCP", 0.3)])], ["LAOGAP"], (5, 60), LA_BORDER + LA_OTHER),
]

VN_TYPES = [
    (23, "1062", ("Công ty CP Tinh bột sắn {b}", "{b} Cassava Starch JSC", "ບໍລິສັດ ແປ້ງມັນຕົ້ນ {b}"),
     [("110814", "native cassava starch", 10000, 60000, "t")],
     [("071410", 20000, 150000, "t", [("GLOBALGAP", 0.15), ("LAOGAP", 0.15)])], ["ISO22000", "HACCP", "ISO9001"],
     (80, 400), VN_BORDER + ["80", "52", "66"]),
    (15, "1080", ("Công ty TNHH Thức ăn chăn nuôi {b}", "{b} Animal Feed Co., Ltd.", "ບໍລິສັດ ອາຫານສັດ {b}"),
     [("230990", "compound feed for pigs and poultry", 20000, 200000, "t")],
     [("100590", 10000, 120000, "t", []), ("071410", 5000, 40000, "t", [])], ["ISO22000", "HACCP"], (60, 500),
     VN_BORDER + ["75", "33", "01"]),
    (10, "2211", ("Công ty CP Cao su {b}", "{b} Rubber & Tyre JSC", "ບໍລິສັດ ຢາງລົດ {b}"),
     [("401110", "passenger car tyres", 200000, 3000000, "pcs"), ("401120", "truck and bus tyres", 50000, 800000, "pcs")],
     [("400122", 5000, 40000, "t", [("FSC", 0.2)]), ("400121", 1000, 8000, "t", [])], ["ISO9001", "ISO14001"],
     (250, 2500), ["75", "79", "31", "48", "01"]),
    (12, "1079", ("Công ty TNHH Cà phê {b}", "{b} Coffee Co., Ltd.", "ບໍລິສັດ ກາເຟ {b}"),
     [("090121", "roasted coffee", 500, 6000, "t"), ("210111", "instant coffee", 200, 3000, "t")],
     [("090111", 1000, 12000, "t", [("RAINFOREST", 0.3), ("ORGANIC", 0.2)])], ["HACCP", "ISO22000"], (30, 600),
     ["66", "68", "52", "79", "46"]),
    (8, "1072", ("Công ty CP Mía đường {b}", "{b} Sugar JSC", "ບໍລິສັດ ນ້ຳຕານ {b}"),
     [("170114", "raw cane sugar", 10000, 120000, "t")],
     [("121293", 50000, 400000, "t", [])], ["ISO22000", "HACCP"], (150, 1200), ["40", "38", "44", "51", "80"]),
    (8, "1074", ("Công ty TNHH Thực phẩm {b}", "{b} Foods Co., Ltd.", "ບໍລິສັດ ອາຫານ {b}"),
     [("190230", "rice noodles and vermicelli", 2000, 20000, "t")],
     [("100630", 2000, 20000, "t", [("HACCP", 0.2)])], ["HACCP", "ISO22000"], (40, 400), ["01", "79", "42", "46", "92"]),
    (12, "2012", ("Công ty CP Phân bón {b}", "{b} Fertiliser JSC", "ບໍລິສັດ ຝຸ່ນ {b}"),
     [("310520", "NPK compound fertiliser", 20000, 300000, "t"), ("310210", "granular urea", 10000, 200000, "t")],
     [("310420", 10000, 150000, "t", [])], ["ISO9001", "ISO14001"], (100, 1500), ["40", "42", "44", "31", "38", "22"]),
    (6, "3510", ("Công ty Điện lực {b}", "{b} Power Company", "ບໍລິສັດ ໄຟຟ້າ {b}"),
     [],
     [("271600", 500000, 5000000, "MWh", [])], ["ISO9001", "ISO50001"], (300, 3000), ["44", "42", "51", "48", "40", "46"]),
    (8, "3510", ("Công ty Nhiệt điện {b}", "{b} Thermal Power Company", "ບໍລິສັດ ໄຟຟ້າຖ່ານຫີນ {b}"),
     [("271600", "electricity from coal-fired units", 1000000, 8000000, "MWh")],
     [("270112", 500000, 4000000, "t", []), ("270119", 200000, 1000000, "t", [])], ["ISO14001", "ISO50001"],
     (400, 2500), ["22", "42", "38", "31", "51"]),
    (10, "2710", ("Công ty CP Thiết bị điện {b}", "{b} Electrical Equipment JSC", "ບໍລິສັດ ອຸປະກອນໄຟຟ້າ {b}"),
     [("850423", "power transformers above 10 MVA", 20, 300, "pcs"), ("850161", "AC generators", 50, 800, "pcs")],
     [("740311", 500, 8000, "t", [])], ["ISO9001", "ISO14001", "CE"], (150, 1500), ["01", "24", "33", "79", "48"]),
    (8, "2732", ("Công ty CP Dây cáp điện {b}", "{b} Cable JSC", "ບໍລິສັດ ສາຍໄຟ {b}"),
     [("854449", "low-voltage power cables", 2000, 40000, "t"), ("854442", "cables with connectors", 500, 8000, "t")],
     [("740311", 2000, 40000, "t", [])], ["ISO9001", "ROHS"], (120, 1200), ["01", "79", "75", "33", "40"]),
    (12, "2610", ("Công ty TNHH Linh kiện điện tử {b}", "{b} Electronic Components Co., Ltd.", "ບໍລິສັດ ຊິ້ນສ່ວນເອເລັກໂຕຣນິກ {b}"),
     [("853400", "printed circuit boards", 200000, 5000000, "pcs"), ("854231", "microcontrollers", 500000, 10000000, "pcs")],
     [("850440", 50000, 500000, "pcs", [("ISO9001", 0.4)])], ["ISO9001", "ROHS", "ISO14001"], (200, 3000),
     ["24", "19", "01", "33", "79", "48"]),
    (10, "3100", ("Công ty TNHH Đồ gỗ {b}", "{b} Furniture Co., Ltd.", "ບໍລິສັດ ເຄື່ອງເຟີນິເຈີໄມ້ {b}"),
     [("940360", "indoor wooden furniture", 20000, 300000, "pcs")],
     [("440729", 2000, 30000, "m3", [("FSC", 0.4)]), ("440399", 2000, 20000, "m3", [("FSC", 0.3)])], ["FSC", "ISO9001"],
     (80, 1500), ["52", "75", "79", "46", "40"]),
    (7, "2821", ("Công ty CP Máy nông nghiệp {b}", "{b} Agricultural Machinery JSC", "ບໍລິສັດ ກົນຈັກກະສິກຳ {b}"),
     [("843351", "combine harvesters", 50, 1500, "pcs"), ("843680", "cassava and maize processing machines", 100, 3000, "pcs"),
      ("846591", "woodworking saws", 50, 800, "pcs"), ("843149", "spare parts for mining machinery", 50, 1500, "t")],
     [], ["ISO9001", "CE"], (60, 800), ["01", "79", "40", "31"]),
]

# What each demo enterprise writes about its offers, in its own language (issue 11: the demo data had English
# text only). A Lao enterprise describes its products in Lao, a Vietnamese one in Vietnamese; the reader's
# language name of the product is the HS description shown beside it. Keyed by the English text of the
# archetypes above; (Vietnamese, Lao).
OFFER_TEXT = {
    "fresh cassava roots": ("củ sắn tươi", "ຫົວມັນຕົ້ນສົດ"),
    "yellow maize, dried": ("ngô hạt vàng, sấy khô", "ສາລີເມັດເຫຼືອງ ຕາກແຫ້ງ"),
    "technically specified natural rubber (TSNR)": ("cao su thiên nhiên định chuẩn kỹ thuật (TSNR)",
                                                    "ຢາງພາລາທຳມະຊາດ ມາດຕະຖານເຕັກນິກ (TSNR)"),
    "ribbed smoked sheets": ("cao su tờ xông khói (RSS)", "ຢາງແຜ່ນລົມຄວັນ (RSS)"),
    "green Arabica and Robusta beans": ("cà phê nhân Arabica và Robusta", "ເມັດກາເຟດິບ ອາຣາບິກາ ແລະ ໂຣບັສຕາ"),
    "fresh sugar cane": ("mía cây tươi", "ອ້ອຍສົດ"),
    "milled glutinous rice": ("gạo nếp đã xát", "ເຂົ້າໜຽວສານ"),
    "sawn tropical hardwood": ("gỗ cứng nhiệt đới đã xẻ", "ໄມ້ເນື້ອແຂງເຂດຮ້ອນ ເລື່ອຍແລ້ວ"),
    "plantation logs": ("gỗ tròn rừng trồng", "ໄມ້ທ່ອນຈາກສວນປູກ"),
    "solid wood furniture": ("đồ nội thất gỗ nguyên khối", "ເຟີນີເຈີໄມ້ແທ້"),
    "bituminous thermal coal": ("than bitum dùng cho nhiệt điện", "ຖ່ານຫີນບິທູມິນັສ ສຳລັບໂຮງໄຟຟ້າ"),
    "sub-bituminous coal": ("than á bitum", "ຖ່ານຫີນຊັບບິທູມິນັສ"),
    "hydroelectric power for export": ("điện năng thủy điện để xuất khẩu", "ໄຟຟ້າພະລັງງານນ້ຳ ເພື່ອສົ່ງອອກ"),
    "wind power for export": ("điện gió để xuất khẩu", "ໄຟຟ້າພະລັງງານລົມ ເພື່ອສົ່ງອອກ"),
    "potassium chloride (muriate of potash)": ("kali clorua (phân kali MOP)", "ໂພແທດຊຽມຄລໍໄຣ (ຝຸ່ນໂພແທດ)"),
    "copper cathodes": ("đồng cathode", "ແຜ່ນທອງແດງບໍລິສຸດ (ແຄໂທດ)"),
    "copper concentrate": ("tinh quặng đồng", "ແຮ່ທອງແດງເຂັ້ມຂຸ້ນ"),
    "power supply units assembled under contract": ("bộ nguồn điện lắp ráp gia công",
                                                    "ອຸປະກອນສະໜອງໄຟຟ້າ ປະກອບຕາມສັນຍາຈ້າງ"),
    "maize grown for feed, surplus": ("ngô làm thức ăn chăn nuôi, phần dư", "ສາລີລ້ຽງສັດ ສ່ວນທີ່ເຫຼືອ"),
    "native cassava starch": ("tinh bột sắn chưa biến tính", "ແປ້ງມັນຕົ້ນ ບໍ່ດັດແປງ"),
    "compound feed for pigs and poultry": ("thức ăn hỗn hợp cho lợn và gia cầm", "ອາຫານປະສົມ ສຳລັບໝູ ແລະ ສັດປີກ"),
    "passenger car tyres": ("lốp xe du lịch", "ຢາງລົດເກັງ"),
    "truck and bus tyres": ("lốp xe tải và xe khách", "ຢາງລົດບັນທຸກ ແລະ ລົດເມ"),
    "roasted coffee": ("cà phê rang", "ກາເຟຂົ້ວ"),
    "instant coffee": ("cà phê hòa tan", "ກາເຟສຳເລັດຮູບ"),
    "raw cane sugar": ("đường mía thô", "ນ້ຳຕານອ້ອຍດິບ"),
    "rice noodles and vermicelli": ("bánh phở và bún khô", "ເສັ້ນເຝີ ແລະ ເສັ້ນໝີ່"),
    "NPK compound fertiliser": ("phân bón hỗn hợp NPK", "ຝຸ່ນປະສົມ NPK"),
    "granular urea": ("phân urê hạt đục", "ຝຸ່ນຢູເຣຍເມັດ"),
    "electricity from coal-fired units": ("điện từ các tổ máy nhiệt điện than", "ໄຟຟ້າຈາກໂຮງໄຟຟ້າຖ່ານຫີນ"),
    "power transformers above 10 MVA": ("máy biến áp lực trên 10 MVA", "ໝໍ້ແປງໄຟຟ້າ ເກີນ 10 MVA"),
    "AC generators": ("máy phát điện xoay chiều", "ເຄື່ອງກຳເນີດໄຟຟ້າກະແສສະຫຼັບ"),
    "low-voltage power cables": ("cáp điện hạ thế", "ສາຍໄຟຟ້າແຮງຕ່ຳ"),
    "cables with connectors": ("cáp điện có đầu nối", "ສາຍໄຟທີ່ມີຫົວຕໍ່"),
    "printed circuit boards": ("bảng mạch in", "ແຜງວົງຈອນພິມ"),
    "microcontrollers": ("vi điều khiển", "ໄມໂຄຣຄອນໂທຣລເລີ"),
    "indoor wooden furniture": ("đồ gỗ nội thất", "ເຟີນີເຈີໄມ້ ສຳລັບພາຍໃນ"),
    "combine harvesters": ("máy gặt đập liên hợp", "ລົດເກັບກ່ຽວແບບປະສົມ"),
    "cassava and maize processing machines": ("máy chế biến sắn và ngô", "ເຄື່ອງປຸງແຕ່ງມັນຕົ້ນ ແລະ ສາລີ"),
    "woodworking saws": ("máy cưa chế biến gỗ", "ເລື່ອຍປຸງແຕ່ງໄມ້"),
    "spare parts for mining machinery": ("phụ tùng máy khai thác mỏ", "ອາໄຫຼ່ເຄື່ອງຈັກຂຸດຄົ້ນບໍ່ແຮ່"),
}


def own_words(country, english):
    vi, lo = OFFER_TEXT[english]
    return lo if country == "LA" else vi


VN_TAX_PREFIXES = ["01", "02", "03", "04", "27", "28", "29", "30", "31", "32", "33", "40", "41", "45", "46"]


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not 0x0300 <= ord(c) <= 0x036F).replace("đ", "d").replace("Đ", "D")
    return " ".join(unicodedata.normalize("NFC", stripped).lower().split())


def name_key(name):
    folded = fold(name)
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in folded)
    return " ".join(kept.split())


WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code(rng, used):
    while True:
        nine = rng.choice(VN_TAX_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        check = 10 - sum(w * int(d) for w, d in zip(WEIGHTS, nine)) % 11
        code = nine + str(check)
        if check != 10 and nine[2:] != "0000000" and code not in used:
            used.add(code)
            return code


def lao_number(rng, used):
    while True:
        code = "LA-" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 9))))
        if code not in used:
            used.add(code)
            return code


# SizeClass: employees and revenue limits of micro, small, medium (see docs/enterprise.md).
LIMITS = {"VN_PRODUCTION": ((10, 100, 200), (3e9, 50e9, 200e9)),
          "VN_TRADE": ((10, 50, 100), (10e9, 100e9, 300e9)),
          "LA": ((5, 50, 99), (1e9, 10e9, 100e9))}


def size_class(country, sector, employees, revenue):
    limits = LIMITS["LA"] if country == "LA" else LIMITS["VN_PRODUCTION"]  # every demo sector is in sections A to F
    for i, size in enumerate(("MICRO", "SMALL", "MEDIUM")):
        if employees <= limits[0][i] and revenue <= limits[1][i]:
            return size
    return "LARGE"


def rounded(rng, low, high):
    value = rng.uniform(low, high)
    step = 1000 if value >= 10000 else 100 if value >= 1000 else 10 if value >= 100 else 1
    return max(step, int(round(value / step)) * step)


def sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def generate():
    rng = random.Random(SEED)
    used = set()
    enterprises = []

    def add(country, sector, names, own, offers, needs, certs, employees, province, owner=None, number=None):
        revenue_per_head = rng.uniform(150e6, 900e6) if country == "VN" else rng.uniform(60e6, 400e6)
        revenue = int(round(employees * revenue_per_head / 1e6)) * 1_000_000
        verified = rng.random() < 0.6
        enterprises.append(dict(
            country=country, number=number or (tax_code(rng, used) if country == "VN" else lao_number(rng, used)),
            name=names[own], names=names, province=province, sector=sector, employees=employees, revenue=revenue,
            size=size_class(country, sector, employees, revenue), certs=sorted(set(certs)), offers=offers, needs=needs,
            status="VERIFIED" if verified else "UNVERIFIED", owner=owner,
            email="contact%03d@example.org" % (len(enterprises) + 1),
            phone=("+84 2%02d %03d %04d" if country == "VN" else "+856 %02d %03d %04d") % (
                rng.randint(10, 99), rng.randint(100, 999), rng.randint(0, 9999))))

    # The two enterprises of the demo ENTERPRISE accounts: the example pair.
    add("VN", "1062", {"vi": "Công ty CP Tinh bột sắn Nghệ An", "en": "Nghe An Cassava Starch JSC",
                       "lo": "ບໍລິສັດ ແປ້ງມັນຕົ້ນ ເງ້ອານ"}, "vi",
        [("110814", "native cassava starch", 25000, "t")], [("071410", 60000, "t", [])],
        ["HACCP", "ISO22000", "ISO9001"], 180, "40", owner=VN_ORG)
    add("LA", "0113", {"lo": "ສະຫະກອນມັນຕົ້ນສະຫວັນ", "en": "Savan Cassava Cooperative", "vi": "Hợp tác xã sắn Savan"}, "lo",
        [("071410", "fresh cassava roots", 20000, "t")], [("310420", 500, "t", [])], ["GLOBALGAP"], 45, "LA-SV",
        owner=LA_ORG, number="LA-0100234")

    for country, types, brands in (("LA", LA_TYPES, LA_BRANDS), ("VN", VN_TYPES, VN_BRANDS)):
        for kind, (count, sector, templates, offer_kinds, need_kinds, cert_pool, (low, high), provinces) in enumerate(types):
            for i in range(count):
                brand = brands[(kind * 3 + i) % len(brands)]
                if country == "LA":
                    latin, lao = brand
                    if i >= len(brands):
                        village = LA_VILLAGES[(kind + i) % len(LA_VILLAGES)]
                        latin, lao = latin + " " + village[0], lao + " " + village[1]
                    names = {"lo": templates[0].format(b=lao), "en": templates[1].format(b=latin),
                             "vi": templates[2].format(b=latin)}
                    own = "lo"
                else:
                    plain = fold(brand).title()
                    names = {"vi": templates[0].format(b=brand), "en": templates[1].format(b=plain),
                             "lo": templates[2].format(b=plain)}
                    own = "vi"
                offers = [(hs, text, rounded(rng, lo_, hi), unit) for hs, text, lo_, hi, unit in offer_kinds
                          if len(offer_kinds) == 1 or rng.random() < 0.75] or [
                    (hs, text, rounded(rng, lo_, hi), unit) for hs, text, lo_, hi, unit in offer_kinds[:1]]
                needs = [(hs, rounded(rng, lo_, hi), unit, sorted(c for c, p in required if rng.random() < p))
                         for hs, lo_, hi, unit, required in need_kinds if len(need_kinds) == 1 or rng.random() < 0.8]
                certs = [c for c in cert_pool if rng.random() < 0.55]
                employees = int(rng.uniform(low, high))
                add(country, sector, names, own, offers, needs, certs, employees, rng.choice(provinces))
    return enterprises


def write(enterprises):
    lines = ["-- Demo enterprises for the default (non-prod) run: 150 Vietnamese and 150 Lao businesses of the MoU's",
             "-- priority sectors (agricultural products, electronics, energy) whose offers and needs complement each",
             "-- other across the border. GENERATED by tools/demo/generate_demo_enterprises.py (deterministic, seed",
             "-- %d): change the generator and run it again rather than editing this file. Idempotent: an" % SEED,
             "-- enterprise already there (same country and registration number) is left as it is, and offers, needs",
             "-- and certifications are added only to demo enterprises that have none.", ""]
    lines.append("INSERT INTO enterprise (country, registration_number, name, name_vi, name_lo, name_en, province_code, sector,")
    lines.append("    employees, annual_revenue, size_class, contact_email, contact_phone, verification_status, verified_at,")
    lines.append("    verified_by, owner_organisation_id, demo, search_text, name_key)")
    lines.append("SELECT v.country, v.number, v.name, v.name_vi, v.name_lo, v.name_en, v.province, v.sector, v.employees,")
    lines.append("    v.revenue, v.size, v.email, v.phone, v.status, CAST(v.verified_at AS TIMESTAMPTZ), v.verified_by, o.id, TRUE,")
    lines.append("    v.search_text, v.name_key")
    lines.append("FROM (VALUES")
    rows = []
    for e in enterprises:
        n = e["names"]
        search = fold(" ".join([e["name"], e["number"]] + [n[k] for k in sorted(n)]))
        verified = e["status"] == "VERIFIED"
        rows.append("    (" + ", ".join([sql(e["country"]), sql(e["number"]), sql(e["name"]), sql(n.get("vi")),
                                         sql(n.get("lo")), sql(n.get("en")), sql(e["province"]), sql(e["sector"]),
                                         sql(e["employees"]), sql(e["revenue"]), sql(e["size"]), sql(e["email"]),
                                         sql(e["phone"]), sql(e["status"]), sql(VERIFIED_AT if verified else None),
                                         sql("analyst" if verified else None), sql(e["owner"]), sql(search),
                                         sql(name_key(e["name"]))]) + ")")
    lines.append(",\n".join(rows))
    lines.append(") AS v (country, number, name, name_vi, name_lo, name_en, province, sector, employees, revenue, size, email,")
    lines.append("    phone, status, verified_at, verified_by, owner, search_text, name_key)")
    lines.append("LEFT JOIN organisation o ON o.name = v.owner AND o.country = v.country")
    lines.append("ON CONFLICT (country, registration_number) DO NOTHING;")
    lines.append("")

    def child(table, columns, values_columns, select, rows_):
        lines.append("INSERT INTO %s (enterprise_id, %s)" % (table, columns))
        lines.append("SELECT e.id, %s" % select)
        lines.append("FROM (VALUES")
        lines.append(",\n".join(rows_))
        lines.append(") AS v (country, number, ord, %s)" % values_columns)
        lines.append("JOIN enterprise e ON e.country = v.country AND e.registration_number = v.number AND e.demo")
        lines.append("WHERE NOT EXISTS (SELECT 1 FROM %s x WHERE x.enterprise_id = e.id)" % table)
        lines.append("ORDER BY e.id, v.ord;")
        lines.append("")

    child("enterprise_certification", "code", "code", "v.code",
          ["    (%s, %s, %d, %s)" % (sql(e["country"]), sql(e["number"]), i, sql(c))
           for e in enterprises for i, c in enumerate(e["certs"])])
    child("enterprise_offer", "hs_code, description, annual_capacity, unit", "hs, description, capacity, unit",
          "v.hs, v.description, v.capacity, v.unit",
          ["    (%s, %s, %d, %s, %s, %d, %s)" % (sql(e["country"]), sql(e["number"]), i, sql(hs),
                                               sql(own_words(e["country"], text)), amount, sql(unit))
           for e in enterprises for i, (hs, text, amount, unit) in enumerate(e["offers"])])
    # A database loaded before the descriptions were in the enterprises' own languages gets them too.
    lines.append("UPDATE enterprise_offer o SET description = v.own")
    lines.append("FROM enterprise e, (VALUES")
    lines.append(",\n".join("    (%s, %s, %s)" % (sql(country), sql(english), sql(own_words(country, english)))
                            for english in OFFER_TEXT for country in ("VN", "LA")))
    lines.append(") AS v (country, english, own)")
    lines.append("WHERE o.enterprise_id = e.id AND e.demo AND e.country = v.country AND o.description = v.english;")
    lines.append("")
    child("enterprise_need", "hs_code, annual_volume, unit, required_certifications", "hs, volume, unit, certifications",
          "v.hs, v.volume, v.unit, CAST(v.certifications AS TEXT[])",
          ["    (%s, %s, %d, %s, %d, %s, %s)" % (sql(e["country"]), sql(e["number"]), i, sql(hs), amount, sql(unit),
                                               sql("{" + ",".join(required) + "}"))
           for e in enterprises for i, (hs, amount, unit, required) in enumerate(e["needs"])])
    OUT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    demo = generate()
    write(demo)
    print("%d enterprises (%d VN, %d LA), %d offers, %d needs -> %s" % (
        len(demo), sum(e["country"] == "VN" for e in demo), sum(e["country"] == "LA" for e in demo),
        sum(len(e["offers"]) for e in demo), sum(len(e["needs"]) for e in demo), OUT))
