"""Vietnamese family names: what tells a person's name from a place's after a level word
("Chủ tịch UBND tỉnh Lại Thế Nguyên", "Trưởng thôn Hồ Văn Nam"). One list for the place,
agency and citation finders. (Family names that open many places' names too, "Phùng",
"Bạch", "Cù", are left out: "thị trấn Phùng", "huyện Bạch Long Vĩ", "Cù Lao Dung".)"""

from __future__ import annotations

_LINES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh",
    "Trương Đào Mai Lương Lưu Cao Tạ Hà Chu Lâm Thái Quách Tô Vương Triệu Kiều Mạc Tăng Nghiêm",
    "Lại Bế Khuất Đàm Khổng Lã Doãn Hứa Tống",
    # the upland peoples' (Tày, Thái, Mông, Dao …; Ê Đê, Gia Rai, Xtiêng)
    "Nông Lò Quàng Cầm Giàng Sùng Thào Vàng Mùa Lầu Hầu Điểu Tòng Sầm Lường",
    "Y Ksor Rơ Nay Siu Rmah H'",
)
SURNAMES: frozenset[str] = frozenset(word for line in _LINES for word in line.split())
# longest first, as a regex alternation wants them
SURNAMES_PATTERN = "|".join(sorted(SURNAMES, key=lambda w: (-len(w), w)))
