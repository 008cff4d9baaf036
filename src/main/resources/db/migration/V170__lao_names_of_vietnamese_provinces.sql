-- Lao names of the Vietnamese provinces that V130 left without one (issue 10; decision 0032). V130 took Lao
-- names only from a stored source (Unicode CLDR), which names five Vietnamese provinces; a Lao reader saw the
-- other Vietnamese provinces in Vietnamese, marked as a fallback, on every page, export and API answer.
--
-- Source: NOT a published list. These are Lao-script renderings of the Vietnamese names made by the project,
-- following how Lao official usage (Lao news agency, provincial cooperation agreements) writes Vietnamese
-- place names: the sounds of the Vietnamese name in Lao letters with Lao tone marks, without "ແຂວງ"/"ນະຄອນ"
-- (as the Vietnamese short_name is without "Tỉnh"/"Thành phố"). They are to be checked by IICE (see
-- reference-data/PROVENANCE.md); a corrected name is a new migration, not an edit of this one.
--
-- Matched by the Vietnamese name, not the code: the July 2025 merger reused codes (44 was Quảng Bình and is
-- Quảng Trị, 15 was Yên Bái and is Lào Cai), so one name serves both the old and the new province of that name.
-- Only NULL names are filled: the five CLDR names of V130 stay.

UPDATE province p SET name_lo = v.name_lo
FROM (VALUES
    -- the 34 provinces from 2025-07-01 (and their namesakes among the 63 before)
    ('Hà Nội', 'ຮ່າໂນ້ຍ'),
    ('Cao Bằng', 'ກາວບັ່ງ'),
    ('Tuyên Quang', 'ເຕວຽນກວາງ'),
    ('Điện Biên', 'ດ້ຽນບຽນ'),
    ('Lai Châu', 'ລາຍເຈົາ'),
    ('Sơn La', 'ເຊີນລາ'),
    ('Lào Cai', 'ລາວກາຍ'),
    ('Thái Nguyên', 'ໄທຫງວຽນ'),
    ('Lạng Sơn', 'ລາງເຊີນ'),
    ('Quảng Ninh', 'ກວາງນິງ'),
    ('Bắc Ninh', 'ບັກນິງ'),
    ('Phú Thọ', 'ຟູໂທ'),
    ('Hải Phòng', 'ໄຫ່ຟອງ'),
    ('Hưng Yên', 'ຮຶງອຽນ'),
    ('Ninh Bình', 'ນິງບິ່ງ'),
    ('Thanh Hóa', 'ທັນຮົວ'),
    ('Nghệ An', 'ເງ້ອານ'),
    ('Hà Tĩnh', 'ຮ່າຕິ້ນ'),
    ('Quảng Trị', 'ກວາງຈິ'),
    ('Huế', 'ເຫ້ວ'),
    ('Đà Nẵng', 'ດານັງ'),
    ('Quảng Ngãi', 'ກວາງໄງ'),
    ('Gia Lai', 'ຢາລາຍ'),
    ('Khánh Hòa', 'ຄັນຮວາ'),
    ('Đắk Lắk', 'ດັກລັກ'),
    ('Lâm Đồng', 'ເລິມດົ່ງ'),
    ('Đồng Nai', 'ດົ່ງນາຍ'),
    ('Hồ Chí Minh', 'ໂຮ່ຈິມິນ'),
    ('Tây Ninh', 'ໄຕນິງ'),
    ('Đồng Tháp', 'ດົ່ງທາບ'),
    ('Vĩnh Long', 'ວິງລອງ'),
    ('An Giang', 'ອານຢາງ'),
    ('Cần Thơ', 'ເກີນເທີ'),
    ('Cà Mau', 'ກາເມົາ'),
    -- the provinces that existed only until 2025-06-30
    ('Hà Giang', 'ຮ່າຢາງ'),
    ('Bắc Kạn', 'ບັກກັນ'),
    ('Yên Bái', 'ອຽນບ໋າຍ'),
    ('Hoà Bình', 'ຮວາບິ່ງ'),
    ('Bắc Giang', 'ບັກຢາງ'),
    ('Vĩnh Phúc', 'ວິງຟຸກ'),
    ('Hải Dương', 'ໄຫ່ຢືອງ'),
    ('Thái Bình', 'ໄທບິ່ງ'),
    ('Hà Nam', 'ຮ່ານາມ'),
    ('Nam Định', 'ນາມດິ້ງ'),
    ('Quảng Bình', 'ກວາງບິ່ງ'),
    ('Quảng Nam', 'ກວາງນາມ'),
    ('Bình Định', 'ບິ່ງດິ້ງ'),
    ('Phú Yên', 'ຟູອຽນ'),
    ('Ninh Thuận', 'ນິງທ້ວນ'),
    ('Bình Thuận', 'ບິ່ງທ້ວນ'),
    ('Kon Tum', 'ກອນຕູມ'),
    ('Đắk Nông', 'ດັກນົງ'),
    ('Bình Phước', 'ບິ່ງເຟື້ອກ'),
    ('Bình Dương', 'ບິ່ງຢືອງ'),
    ('Bà Rịa - Vũng Tàu', 'ບ່າເຣັຍ-ຫວຸງເຕົ່າ'),
    ('Long An', 'ລອງອານ'),
    ('Tiền Giang', 'ຕຽນຢາງ'),
    ('Bến Tre', 'ເບັ້ນແຈ'),
    ('Trà Vinh', 'ຈ່າວິງ'),
    ('Kiên Giang', 'ກຽນຢາງ'),
    ('Hậu Giang', 'ເຫົ່າຢາງ'),
    ('Sóc Trăng', 'ໂສກຈັງ'),
    ('Bạc Liêu', 'ບັກລຽວ')
) AS v (short_name, name_lo)
WHERE p.country = 'VN' AND p.short_name = v.short_name AND p.name_lo IS NULL;
