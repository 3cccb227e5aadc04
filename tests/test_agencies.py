"""Agency recogniser: table-driven cases in our own sentences, negative traps, data checks."""

from __future__ import annotations

import gc
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.agencies import (
    _SYMBOL_BEFORE,
    _glued_names,
    _in_symbol,
    find_agencies,
    load_reference,
)
from policygraph.places import find_places

DATA = Path(__file__).resolve().parents[1] / "src" / "policygraph" / "data" / "agencies"


def names(text: str, **context: Any) -> list[str]:
    return [a.name for a in find_agencies(text, **context)]


# (sentence, context, expected canonical names in order of first mention)
CASES: list[tuple[str, dict[str, Any], list[str]]] = [
    # kind + level + place, abbreviations expanded
    ("Sáng 5/3, UBND huyện Đakrông tổ chức hội nghị tổng kết năm.", {},
     ["Ủy ban nhân dân huyện Đakrông"]),
    ("Kỳ họp thứ tám của HĐND tỉnh Gia Lai bế mạc chiều qua.", {},
     ["Hội đồng nhân dân tỉnh Gia Lai"]),
    ("Đại hội Đảng bộ huyện Triệu Phong lần thứ XX thành công tốt đẹp.", {},
     ["Đảng bộ huyện Triệu Phong"]),
    ("Công an tỉnh Lạng Sơn vừa khởi tố vụ án.", {}, ["Công an tỉnh Lạng Sơn"]),
    ("Hội LHPN huyện Cam Lộ ra mắt câu lạc bộ.", {}, ["Hội Liên hiệp Phụ nữ huyện Cam Lộ"]),
    ("LĐLĐ tỉnh trao quà cho công nhân.", {"province": "Quảng Bình"},
     ["Liên đoàn Lao động tỉnh Quảng Bình"]),
    ("Thành ủy Đông Hà tổ chức hội nghị.", {}, ["Thành ủy Đông Hà"]),
    ("UBND Thị Xã Ba Đồn họp.", {}, ["Ủy ban nhân dân thị xã Ba Đồn"]),
    # the front's committee without "Tổ quốc" or "Việt Nam" spelled out is a local one
    (
        "Lãnh đạo Tỉnh ủy Trà Vinh và Ủy ban MTTQ dự lễ.",
        {"province": "Trà Vinh"},
        ["Tỉnh ủy Trà Vinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh"],
    ),
    (
        "Huyện ủy chỉ đạo Ủy ban MTTQ và các đoàn thể huyện ra quân.",
        {"province": "Nam Định", "district": "Hải Hậu"},
        ["Huyện ủy Hải Hậu", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hậu"],
    ),
    # a bare commune body is the one commune's the article names
    (
        "Theo UBND xã, Đảng ủy xã đã ra nghị quyết về chuyển đổi cây trồng.",
        {"province": "Quảng Trị", "commune": ("xã", "Vĩnh Thạch", 0)},
        ["Ủy ban nhân dân xã Vĩnh Thạch", "Đảng ủy xã Vĩnh Thạch"],
    ),
    # a department named for an area ends with the area's name, before the verb
    (
        "Chi cục Thuế khu vực Cam Lộ - Đakrông tăng cường kiểm tra; Chi cục Hải quan cửa khẩu"
        " quốc tế Lao Bảo siết chặt kiểm soát.",
        {},
        ["Chi cục Thuế khu vực Cam Lộ - Đakrông", "Chi cục Hải quan cửa khẩu quốc tế Lao Bảo"],
    ),
    # the mass organisations' short forms
    (
        "HND tỉnh Quảng Trị, HLHPN tỉnh Quảng Trị và Hội PN xã Vĩnh Lâm ký kết; Đoàn TNCS HCM"
        " huyện Hải Lăng ra quân.",
        {},
        [
            "Hội Nông dân tỉnh Quảng Trị",
            "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị",
            "Hội Liên hiệp Phụ nữ xã Vĩnh Lâm",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Hải Lăng",
        ],
    ),
    # a capitalised word inside a department's own name does not end it
    ("Cục Quản lý Xuất nhập cảnh đã cấp hộ chiếu.", {}, ["Cục Quản lý Xuất nhập cảnh"]),
    (
        "Chi cục Thuế và Bảo hiểm xã hội huyện Cam Lộ phối hợp thu nợ.",
        {},
        ["Chi cục Thuế", "Bảo hiểm xã hội huyện Cam Lộ"],
    ),
    # ... nor before a body of another kind
    (
        "Chi cục Hải quan cửa khẩu La Lay và Đồn Biên phòng La Lay tuần tra.",
        {},
        ["Chi cục Hải quan cửa khẩu La Lay", "Đồn Biên phòng La Lay"],
    ),
    # a document's type code before a body's abbreviation is a symbol, not two bodies
    ("Văn bản ký hiệu CV-UBND gửi kèm biểu mẫu.", {}, []),
    # a Title Case headline's "Thị Trấn" with no known name is no body's place
    ("Đảng Bộ Thị Trấn Tổ Chức Đại Hội Nhiệm Kỳ Mới", {}, []),
    # "và" and a sector word go on with the name; before another body's kind they do not
    (
        "Cục Trồng trọt và Bảo vệ thực vật cảnh báo sâu bệnh; Cục Thống kê và Sở Tài chính họp.",
        {},
        ["Cục Trồng trọt và Bảo vệ thực vật", "Cục Thống kê", "Sở Tài chính"],
    ),
    (
        "Lãnh đạo Huyện ủy-HĐND-UBND huyện Triệu Phong dự lễ.",
        {},
        [
            "Huyện ủy Triệu Phong",
            "Hội đồng nhân dân huyện Triệu Phong",
            "Ủy ban nhân dân huyện Triệu Phong",
        ],
    ),
    # a symbol spaced after its slash is no list of bodies
    ("Căn cứ Kế hoạch số 56 / KH-UBND và Văn bản số 77/ UBND-NN, xã rà soát.", {}, []),
    # bodies joined by dashes, spaced or not, as headlines join them, share the place
    (
        "Huyện ủy - HĐND - UBND huyện Vĩnh Linh gặp mặt; HĐND-UBND xã Gio Quang trao quà.",
        {"province": "Quảng Trị"},
        [
            "Huyện ủy Vĩnh Linh",
            "Hội đồng nhân dân huyện Vĩnh Linh",
            "Ủy ban nhân dân huyện Vĩnh Linh",
            "Hội đồng nhân dân xã Gio Quang",
            "Ủy ban nhân dân xã Gio Quang",
        ],
    ),
    ("Ban Thường vụ Tỉnh ủy tỉnh Sơn La ban hành kết luận.", {}, ["Ban Thường vụ Tỉnh ủy Sơn La"]),
    # bare forms resolved from the article's place
    ("UBND tỉnh vừa ban hành kế hoạch phòng chống thiên tai.", {"province": "Quảng Trị"},
     ["Ủy ban nhân dân tỉnh Quảng Trị"]),
    ("Huyện ủy đã chỉ đạo rà soát hộ nghèo.", {"district": "Đakrông"}, ["Huyện ủy Đakrông"]),
    ("UBND huyện giao phòng chuyên môn kiểm tra.", {"province": "Quảng Trị", "district": "Đakrông"},
     ["Ủy ban nhân dân huyện Đakrông"]),
    ("Theo đề nghị của Giám đốc Sở Tài chính, kế hoạch được điều chỉnh.", {"province": "Bến Tre"},
     ["Sở Tài chính tỉnh Bến Tre"]),
    ("HỘI ĐỒNG NHÂN DÂN\nCăn cứ Luật Ngân sách nhà nước;", {"province": "Thanh Hóa"},
     ["Hội đồng nhân dân tỉnh Thanh Hóa"]),
    # no context: the bare name is kept as written
    ("Chủ tịch UBND tỉnh Lê Văn Cường đã ký quyết định.", {}, ["Ủy ban nhân dân tỉnh"]),
    ("Bí thư Tỉnh ủy chủ trì hội nghị.", {}, ["Tỉnh ủy"]),
    # named once, later bare
    ("UBND huyện Hướng Hóa họp báo. Sau đó UBND huyện đã giao nhiệm vụ cụ thể.", {},
     ["Ủy ban nhân dân huyện Hướng Hóa"]),
    ("Ủy ban MTTQ Việt Nam xã Ba Nang trao nhà. Ủy ban MTTQ Việt Nam xã sẽ tiếp tục hỗ trợ.", {},
     ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Nang"]),
    ("Ủy ban MTTQ tỉnh Kon Tum cho biết Mặt trận tỉnh đã vận động được 3 tỷ đồng.", {},
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"]),
    # the office in a person's title is counted
    ("Phó Chủ tịch UBND huyện Vĩnh Linh Trần Văn Bình dự buổi lễ.", {},
     ["Ủy ban nhân dân huyện Vĩnh Linh"]),
    ("Ông Hải, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Tư pháp, phát biểu.", {},
     ["Bộ Chính trị", "Bộ Tư pháp"]),
    ("Phó Thủ tướng Chính phủ đã kiểm tra công trình.", {}, ["Chính phủ"]),
    ("Ông Minh, Trưởng ban Dân vận Huyện ủy Cam Lộ, phát biểu.", {},
     ["Ban Dân vận Huyện ủy Cam Lộ"]),
    ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam ban hành Luật này.", {}, ["Quốc hội"]),
    ("Ông được bầu làm Ủy viên Trung ương Đảng.", {}, ["Ban Chấp hành Trung ương Đảng"]),
    # sub-bodies carry their parent, which is not listed on its own
    ("Ban Dân vận Tỉnh ủy Quảng Trị mở lớp tập huấn.", {}, ["Ban Dân vận Tỉnh ủy Quảng Trị"]),
    ("Kết luận của BTV Tỉnh ủy Yên Bái được triển khai.", {}, ["Ban Thường vụ Tỉnh ủy Yên Bái"]),
    ("Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo sát sao.", {"province": "Cà Mau"},
     ["Ban cán sự đảng Ủy ban nhân dân tỉnh Cà Mau"]),
    ("Thường trực HĐND huyện Cam Lộ họp phiên thường kỳ.", {},
     ["Thường trực Hội đồng nhân dân huyện Cam Lộ"]),
    ("HĐND huyện Cam Lộ nghe báo cáo thẩm tra của Ban Pháp chế.", {},
     ["Hội đồng nhân dân huyện Cam Lộ", "Ban Pháp chế Hội đồng nhân dân huyện Cam Lộ"]),
    ("Ban Tuyên giáo Trung ương tổ chức hội nghị; Ban Tuyên giáo đề nghị các địa phương phối hợp.",
     {}, ["Ban Tuyên giáo Trung ương"]),
    # distributive lists: one agency per unit
    ("UBND các xã: Mò Ó, Hướng Hiệp và Tà Long có trách nhiệm báo cáo.", {},
     ["Ủy ban nhân dân xã Mò Ó", "Ủy ban nhân dân xã Hướng Hiệp", "Ủy ban nhân dân xã Tà Long"]),
    ("Giao Ủy ban nhân dân các huyện Gio Linh, Cam Lộ và huyện Hải Lăng thực hiện.", {},
     ["Ủy ban nhân dân huyện Gio Linh", "Ủy ban nhân dân huyện Cam Lộ",
      "Ủy ban nhân dân huyện Hải Lăng"]),
    ("Bộ Chỉ huy BĐBP 2 tỉnh Quảng Ninh và Lạng Sơn ký kết quy chế phối hợp.", {},
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh",
      "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"]),
    # coordination shares the level and place
    ("HĐND và UBND tỉnh Lâm Đồng tổ chức tiếp xúc cử tri.", {},
     ["Hội đồng nhân dân tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"]),
    # central bodies, spellings and case
    ("Thực hiện Chỉ thị của Thủ tướng Chính phủ và Nghị quyết của Ban Chấp hành Trung ương.", {},
     ["Thủ tướng Chính phủ", "Ban Chấp hành Trung ương Đảng"]),
    ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCăn cứ văn bản của Bộ NN&PTNT;", {},
     ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ trưởngBộ Lao động- Thương binh và Xã hội ký thông tư.", {},
     ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Uỷ ban Dân tộc tổng kết công tác năm.", {}, ["Ủy ban Dân tộc"]),
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nCăn cứ Hiến pháp;", {}, ["Ủy ban Thường vụ Quốc hội"]),
    # headers in capitals, abbreviation in brackets, glued words
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n-------", {}, ["Ủy ban nhân dân tỉnh Quảng Bình"]),
    ("Hội đồng nhân dân (HĐND) tỉnh Bạc Liêu thông qua nghị quyết.", {},
     ["Hội đồng nhân dân tỉnh Bạc Liêu"]),
    ("Căn cứ văn bản của UBND tỉnh Nghệ Anvề việc sắp xếp thôn xóm;", {},
     ["Ủy ban nhân dân tỉnh Nghệ An"]),
    ("Phối hợp giữa Ủy ban nhân dân (UBND) tỉnh và Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh "
     "Đắk\nLắk.", {},
     ["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"]),
    ("Bộ Lao động, Thương binh và Xã hội gửi Hội đồng Thi đua - Khen thưởng Trung ương.",
     {}, ["Bộ Lao động - Thương binh và Xã hội", "Hội đồng Thi đua - Khen thưởng Trung ương"]),
    ("UBND tỉnh và UBND huyện Cam Lộ ký kết.", {},
     ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân huyện Cam Lộ"]),
    # a police unit's task with commas and "và" in it, and its code in brackets
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an tỉnh Hà Tĩnh diễn"
     " tập; Phòng Tư pháp huyện Can Lộc, phối hợp Công an huyện Can Lộc.", {},
     ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Tĩnh",
      "Phòng Tư pháp huyện Can Lộc", "Công an huyện Can Lộc"]),
    # a ministry and a province's force of the same name: not a list of ministries
    ("Bộ Công an và Công an Nghệ An phối hợp; Bộ Tài chính, Xây dựng trả lời.", {},
     ["Bộ Công an", "Công an tỉnh Nghệ An", "Bộ Tài chính", "Bộ Xây dựng"]),
    # a national steering committee's name ends with "quốc gia" (unless its task follows)
    ("Ban Chỉ đạo 389 quốc gia kiện toàn bộ máy; Ban Chỉ đạo quốc gia về phòng chống thiên tai"
     " họp.", {},
     ["Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo quốc gia về phòng chống thiên tai"]),
    # a province's museum and library
    ("Bảo tàng tỉnh Kon Tum và Thư viện tỉnh Kon Tum tổ chức triển lãm; bảo tàng số và thư viện"
     " điện tử của trường cũng mở cửa.", {},
     ["Bảo tàng tỉnh Kon Tum", "Thư viện tỉnh Kon Tum"]),
    # the steering committee for the Party's ideological foundation, named by its level
    ("Ban Chỉ đạo 35 tỉnh Yên Bái và Ban Chỉ đạo 35 huyện Văn Yên họp.", {},
     ["Ban Chỉ đạo 35 tỉnh Yên Bái", "Ban Chỉ đạo 35 huyện Văn Yên"]),
    # an association's central boards, and a province's public employees' union
    ("Ban Thường vụ Trung ương Hội Nông dân Việt Nam và Đoàn Chủ tịch TW Hội LHPN Việt Nam"
     " chỉ đạo Công đoàn Viên chức tỉnh Kon Tum.", {},
     ["Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
      "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
      "Công đoàn Viên chức tỉnh Kon Tum"]),
    ("Công đoàn Giáo dục tỉnh Kon Tum, Công đoàn Y tế tỉnh Gia Lai và Công đoàn Y tế Việt Nam"
     " phối hợp.", {},
     ["Công đoàn Giáo dục tỉnh Kon Tum", "Công đoàn Y tế tỉnh Gia Lai",
      "Công đoàn Y tế Việt Nam"]),
    # the boards of a Party committee of a province's agencies or enterprises (Đảng ủy Khối)
    ("Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Thanh Hóa và BTV Đảng ủy Khối Doanh nghiệp"
     " tỉnh Thanh Hóa họp; Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Thanh Hóa dự.", {},
     ["Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Thanh Hóa",
      "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa",
      "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Thanh Hóa"]),
    # a department's sub-department named bare is the province's, not the district's after it
    ("Chi cục Kiểm lâm và UBND huyện Con Cuông cùng tuần tra rừng.", {"province": "Nghệ An"},
     ["Chi cục Kiểm lâm tỉnh Nghệ An", "Ủy ban nhân dân huyện Con Cuông"]),
    ("Chi cục Thủy sản và Chi cục Chăn nuôi tỉnh Quảng Bình phối hợp.", {},
     ["Chi cục Thủy sản tỉnh Quảng Bình", "Chi cục Chăn nuôi tỉnh Quảng Bình"]),
    ("Nơi nhận: - TT Tỉnh ủy, TT HĐND tỉnh (b/c); - TT Krông Klang; - Lưu: VT.",
     {"province": "Quảng Trị"},
     ["Thường trực Tỉnh ủy Quảng Trị", "Thường trực Hội đồng nhân dân tỉnh Quảng Trị"]),
    ("Giám đốc các Sở: Nội vụ, Tài chính và Kế hoạch và Đầu tư chịu trách nhiệm thi hành.",
     {"province": "Quảng Bình"},
     ["Sở Nội vụ tỉnh Quảng Bình", "Sở Tài chính tỉnh Quảng Bình",
      "Sở Kế hoạch và Đầu tư tỉnh Quảng Bình"]),
    # the national body
    ("Quy chế giám sát của UBMTTQVN và các đoàn thể chính trị - xã hội.", {},
     ["Mặt trận Tổ quốc Việt Nam"]),
    ("Chiến sĩ Bộ đội Biên phòng giúp dân gặt lúa.", {}, ["Bộ đội Biên phòng Việt Nam"]),
    ("Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của tỉnh tham gia giám sát.",
     {"province": "Gia Lai"}, ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"]),
    # named units
    ("Cán bộ đồn Biên phòng A Túc tuần tra đường biên.", {}, ["Đồn Biên phòng A Túc"]),
    ("Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo kiểm soát xuất nhập cảnh.", {},
     ["Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo"]),
    ("Bộ Chỉ huy BĐBP Quảng Ninh phối hợp với Bộ đội Biên phòng Quảng Ninh diễn tập.", {},
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"]),
    ("Theo đề nghị của Cục trưởng Cục Quản lý giá; Bộ Tài chính ban hành thông tư.", {},
     ["Cục Quản lý giá", "Bộ Tài chính"]),
    ("Theo Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Trị, số ca mắc giảm.", {},
     ["Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Trị"]),
    ("Căn cứ Thông báo số 7/TB-BCĐ ngày 2/3/2025 của Ban Chỉ đạo tổng kết Nghị quyết 18;", {},
     ["Ban Chỉ đạo tổng kết Nghị quyết 18"]),
    ("Ban Chỉ đạo 35 Tỉnh ủy Quảng Bình họp phiên thường kỳ.", {},
     ["Ban Chỉ đạo 35 Tỉnh ủy Quảng Bình"]),
    ("Trung tâm Y tế huyện Gio Linh khám bệnh miễn phí cho người dân.", {},
     ["Trung tâm Y tế huyện Gio Linh"]),
    ("Ban Quản lý rừng phòng hộ huyện Hướng Hóa tăng cường tuần tra.", {},
     ["Ban Quản lý rừng phòng hộ huyện Hướng Hóa"]),
    ("Hội Chữ thập đỏ tỉnh Quảng Bình và Hội Chữ thập đỏ Việt Nam trao quà.", {},
     ["Hội Chữ thập đỏ tỉnh Quảng Bình", "Hội Chữ thập đỏ Việt Nam"]),
    # a list of bodies shares the place written after the last one
    ("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bình Định gửi thư chúc mừng.", {},
     ["Tỉnh ủy Bình Định", "Hội đồng nhân dân tỉnh Bình Định", "Ủy ban nhân dân tỉnh Bình Định",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định"]),
    ("Huyện uỷ, UBND huyện Cam Lộ chỉ đạo quyết liệt.", {},
     ["Huyện ủy Cam Lộ", "Ủy ban nhân dân huyện Cam Lộ"]),
    ("Tại Hội trường UBND huyện, Huyện ủy Cam Lộ biểu dương 10 tập thể.", {"district": "Cam Lộ"},
     ["Ủy ban nhân dân huyện Cam Lộ", "Huyện ủy Cam Lộ"]),
    ("Dự có lãnh đạo UBND, Ủy ban MTTQ Việt Nam huyện.", {"district": "Cam Lộ"},
     ["Ủy ban nhân dân huyện Cam Lộ", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cam Lộ"]),
    # cities, sector abbreviations, place without a level word
    ("UBND TP Đông Hà và UBND TP.HCM ký kết hợp tác.", {},
     ["Ủy ban nhân dân thành phố Đông Hà", "Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("Sở GD&ĐT tỉnh Quảng Nam phối hợp với Sở LĐ-TB&XH.", {"province": "Quảng Nam"},
     ["Sở Giáo dục và Đào tạo tỉnh Quảng Nam",
      "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"]),
    ("Sở Y tế Hà Nội khuyến cáo người dân.", {}, ["Sở Y tế thành phố Hà Nội"]),
    ("Tỉnh đoàn phát động chiến dịch tình nguyện hè.", {"province": "Quảng Trị"},
     ["Tỉnh đoàn Quảng Trị"]),
    ("Đảng ủy xã Ba Lòng tổ chức đại hội. Đảng ủy xã đã lãnh đạo hoàn thành chỉ tiêu.", {},
     ["Đảng ủy xã Ba Lòng"]),
    ("Bộ CHQS tỉnh Quảng Trị và Ban CHQS huyện Đakrông tổ chức diễn tập.", {},
     ["Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "Ban Chỉ huy Quân sự huyện Đakrông"]),
    ("Cục Thuế tỉnh Quảng Bình và Cục Thống kê tỉnh phối hợp kiểm tra.", {"province": "Quảng Bình"},
     ["Cục Thuế tỉnh Quảng Bình", "Cục Thống kê tỉnh Quảng Bình"]),
    ("Chi cục Kiểm lâm huyện tăng cường tuần tra rừng.", {"district": "Hướng Hóa"},
     ["Chi cục Kiểm lâm huyện Hướng Hóa"]),
    ("Đoàn ĐBQH và HĐND tỉnh Kon Tum thông báo lịch tiếp công dân.", {},
     ["Đoàn đại biểu Quốc hội tỉnh Kon Tum", "Hội đồng nhân dân tỉnh Kon Tum"]),
    # joint offices
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh Kon Tum thông báo lịch tiếp công dân.", {},
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Kon Tum"]),
    ("Chánh Văn phòng HĐND - UBND huyện Cam Lộ dự họp.", {},
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Cam Lộ"]),
    ("Ban Thường vụ Tỉnh ủy và UBND tỉnh Ninh Bình gặp mặt doanh nghiệp.", {},
     ["Ban Thường vụ Tỉnh ủy Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"]),
    ("Theo quy định của Luật Đất đai, UBND tỉnh có thẩm quyền thu hồi đất.", {},
     ["Ủy ban nhân dân tỉnh"]),
    ("Căn cứ Nghị định của Chính phủ số 15/2020/NĐ-CP;", {}, ["Chính phủ"]),
    ("Ngân hàng Chính sách xã hội huyện Cam Lộ giải ngân; Kho bạc Nhà nước kiểm soát chi.", {},
     ["Ngân hàng Chính sách xã hội huyện Cam Lộ", "Kho bạc Nhà nước"]),
    ("Theo báo cáo của UBND năm 2023, tỉnh đã hoàn thành chỉ tiêu.", {"province": "Phú Yên"},
     ["Ủy ban nhân dân tỉnh Phú Yên"]),
    ("Giao UBND các xã Mò Ó, Tà Long, Sở Tài chính bố trí kinh phí.", {"province": "Quảng Trị"},
     ["Ủy ban nhân dân xã Mò Ó", "Ủy ban nhân dân xã Tà Long", "Sở Tài chính tỉnh Quảng Trị"]),
    ("UBND các xã Mò Ó, Tà Long, Ban Quản lý rừng phòng hộ huyện Đakrông phối hợp.", {},
     ["Ủy ban nhân dân xã Mò Ó", "Ủy ban nhân dân xã Tà Long",
      "Ban Quản lý rừng phòng hộ huyện Đakrông"]),
    ("Ban điều hành Chương trình MTQG Giảm nghèo bền vững Thái Bình họp tổng kết.", {},
     ["Ban điều hành Chương trình MTQG Giảm nghèo bền vững Thái Bình"]),
    # the Party organisation of an agency
    ("Bí thư Đảng ủy Ủy ban nhân dân tỉnh dự đại hội Đảng bộ Sở Y tế.", {"province": "Gia Lai"},
     ["Đảng ủy Ủy ban nhân dân tỉnh Gia Lai", "Đảng bộ Sở Y tế tỉnh Gia Lai"]),
    ("Đảng ủy Công an tỉnh Quảng Ngãi ra nghị quyết chuyên đề.", {},
     ["Đảng ủy Công an tỉnh Quảng Ngãi"]),
    ("Bà Hà, Ủy viên TW Đảng, Trưởng đoàn Đại biểu Quốc hội tỉnh dự.", {"province": "Ninh Bình"},
     ["Ban Chấp hành Trung ương Đảng", "Đoàn đại biểu Quốc hội tỉnh Ninh Bình"]),
    # short forms name the body of the article's time
    ("Bộ Nông nghiệp hướng dẫn phòng chống dịch tả lợn.", {"article_date": "2021-09-17"},
     ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ Nông nghiệp hướng dẫn phòng chống dịch tả lợn.", {"article_date": "2025-09-17"},
     ["Bộ Nông nghiệp và Môi trường"]),
    ("Bộ Giáo dục và Bộ GD-ĐT là một.", {}, ["Bộ Giáo dục và Đào tạo"]),
    ("UBND Thành phố giao Sở Tài chính chủ trì.", {"province": "Hà Nội"},
     ["Ủy ban nhân dân thành phố Hà Nội", "Sở Tài chính thành phố Hà Nội"]),
    ("Cục Cảnh sát giao thông thông báo; Cục Công nghệ thông tin cho biết.", {},
     ["Cục Cảnh sát giao thông", "Cục Công nghệ thông tin"]),
    # districts no longer exist after 2025-07-01
    ("UBND huyện đã bàn giao hồ sơ.", {"district": "Đakrông", "article_date": "2025-08-01"},
     ["Ủy ban nhân dân huyện"]),
    # a verb ends a hospital's or a centre's name; the body after it is its own
    ("Bệnh viện Quân y 87 phối hợp Ban Chỉ huy Quân sự huyện Cam Lộ khám bệnh cho dân.", {},
     ["Bệnh viện Quân y 87", "Ban Chỉ huy Quân sự huyện Cam Lộ"]),
    ("Trung tâm Kiểm soát bệnh tật tổ chức tập huấn cho cán bộ y tế huyện Gio Linh.", {}, []),
    # a direction, "khu vực" or a dashed compound before a place: the name as written
    ("Ban Quản lý rừng phòng hộ Nam Hướng Hóa tuần tra rừng.", {},
     ["Ban Quản lý rừng phòng hộ Nam Hướng Hóa"]),
    ("Trung tâm Y tế khu vực Vĩnh Linh tiêm vắc xin cho trẻ.", {"article_date": "2025-09-01"},
     ["Trung tâm Y tế khu vực Vĩnh Linh"]),
    ("Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông trồng 50 ha rừng.", {},
     ["Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông"]),
    # a village's Party cell
    ("Chi bộ thôn Khe Sanh, xã Tân Hợp họp chuyên đề.", {}, ["Chi bộ thôn Khe Sanh"]),
    ("Chi bộ khu phố 4 tổ chức đại hội.", {}, ["Chi bộ khu phố 4"]),
    # named schools, by a proper name, a number or their place
    ("Trường THCS Hải Thượng và Trường Tiểu học Kim Đồng khai giảng năm học mới.", {},
     ["Trường THCS Hải Thượng", "Trường Tiểu học Kim Đồng"]),
    ("Trường THPT số 2 Đakrông có 800 học sinh.", {}, ["Trường THPT số 2 Đakrông"]),
    ("Trường PTDTNT tỉnh Quảng Trị tuyển 140 học sinh.", {},
     ["Trường PTDTNT tỉnh Quảng Trị"]),
    ("Trường Đại học Nông Lâm Huế và Trường Đại học Kinh tế Quốc dân ký kết hợp tác.", {},
     ["Trường Đại học Nông Lâm Huế", "Trường Đại học Kinh tế Quốc dân"]),
    ("Trường Đại học Quy Nhơn xây dựng chương trình đào tạo mới.", {},
     ["Trường Đại học Quy Nhơn"]),
    ("Trường Cao đẳng Y tế Huế sáp nhập vào Đại học Huế.", {},
     ["Trường Cao đẳng Y tế Huế", "Đại học Huế"]),
    ("Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Ka Lăng tổ chức hội trại.", {},
     ["Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Ka Lăng"]),
    ("Trung tâm Kiểm soát bệnh tật (CDC) Nghệ An ghi nhận 3 ca bệnh.", {},
     ["Trung tâm Kiểm soát bệnh tật Nghệ An"]),
    # one person's two offices share the commune written after the second
    ("Đồng chí Hồ Văn Thu, Bí thư Đảng ủy, Chủ tịch UBND xã A Ngo dự họp.", {},
     ["Đảng ủy xã A Ngo", "Ủy ban nhân dân xã A Ngo"]),
    # a unit inside a police force or a department is the body mentioned, named with its parent
    ("Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh phối hợp Đội CSGT Công an huyện Kỳ Anh.",
     {}, ["Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh",
          "Đội Cảnh sát giao thông Công an huyện Kỳ Anh"]),
    ("Cơ quan CSĐT Công an huyện Cam Lộ khởi tố vụ án; Công an huyện Cam Lộ thông tin.", {},
     ["Cơ quan Cảnh sát điều tra Công an huyện Cam Lộ", "Công an huyện Cam Lộ"]),
    ("Thanh tra Sở Tài chính tỉnh Nghệ An kiểm tra việc thu phí.", {},
     ["Thanh tra Sở Tài chính tỉnh Nghệ An"]),
    ("Lực lượng phòng chống ma túy Công an tỉnh Hà Tĩnh ra quân.", {}, ["Công an tỉnh Hà Tĩnh"]),
    ("Phòng Cảnh sát hình sự thuộc Công an tỉnh Hà Tĩnh phá chuyên án.", {},
     ["Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh"]),
    # a 2025 regional procuracy written with its province's level word
    ("Viện kiểm sát nhân dân khu vực 4 tỉnh Nghệ An kiểm sát việc tạm giữ.",
     {"article_date": "2025-09-10"}, ["Viện kiểm sát nhân dân khu vực 4 - Nghệ An"]),
    ("Dự án luật được UBTV Quốc hội cho ý kiến.", {}, ["Ủy ban Thường vụ Quốc hội"]),
    # a law named after health insurance, then the agency (not "BHYT, BHXH": two insurances)
    ("Thực hiện Luật Bảo hiểm y tế, BHXH huyện Lệ Thủy đã cấp thẻ cho học sinh.", {},
     ["Bảo hiểm xã hội huyện Lệ Thủy"]),
    # a school's name written on in lower case runs to a verb or a joining word (not over
    # words of time: "… Vinh hôm nay tổ chức"); a verb or a joining word right after a
    # one-word name ends it
    ("Trường Đại học Giao thông vận tải mở thêm ngành mới.", {},
     ["Trường Đại học Giao thông vận tải"]),
    ("Trường Đại học Vinh hôm nay tổ chức lễ khai giảng.", {}, []),
    ("Trường Đại học Khoa học Xã hội và Nhân văn tuyển sinh.", {},
     ["Trường Đại học Khoa học Xã hội và Nhân văn"]),
    ("Trường THPT Cam Lộ phối hợp Công an huyện Cam Lộ tuyên truyền.", {},
     ["Trường THPT Cam Lộ", "Công an huyện Cam Lộ"]),
    ("Trường Đại học Huế cùng Tỉnh đoàn Quảng Trị tổ chức chiến dịch.", {},
     ["Trường Đại học Huế", "Tỉnh đoàn Quảng Trị"]),
    # a body, then a verb, then the police: two bodies, no unit of the police
    ("Phòng Tư pháp huyện Vĩnh Linh phối hợp Công an huyện tuyên truyền pháp luật.", {},
     ["Phòng Tư pháp huyện Vĩnh Linh", "Công an huyện Vĩnh Linh"]),
    ("Lãnh đạo Phòng Lao động - TB&XH huyện Tam Đường dự họp.", {},
     ["Phòng Lao động - Thương binh và Xã hội huyện Tam Đường"]),
    # border posts listed after one head: a list "các" opens or "và" closes
    ("Các đồn biên phòng Thanh Thủy, Cầu Treo, Bắc Sơn ra quân tuần tra.", {},
     ["Đồn Biên phòng Thanh Thủy", "Đồn Biên phòng Cầu Treo", "Đồn Biên phòng Bắc Sơn"]),
    ("Đồn Biên phòng Thanh Thủy, Cầu Treo và Bắc Sơn ra quân tuần tra.", {},
     ["Đồn Biên phòng Thanh Thủy", "Đồn Biên phòng Cầu Treo", "Đồn Biên phòng Bắc Sơn"]),
    # a body with its own level word before a plural is one body; bare ones are plural too
    ("Sở Y tế phối hợp với Hội Nông dân tỉnh, UBND các xã tổ chức khám bệnh.",
     {"province": "Bạc Liêu"}, ["Sở Y tế tỉnh Bạc Liêu", "Hội Nông dân tỉnh Bạc Liêu"]),
    ("HĐND, UBND các cấp triển khai nghị quyết.", {"province": "Bạc Liêu"}, []),
    # the province's ethnic affairs committee written with a bare level word
    ("Đoàn làm việc với Sở Tài chính, Ban Dân tộc tỉnh và UBND huyện Nam Trà My.",
     {"province": "Quảng Nam"},
     ["Sở Tài chính tỉnh Quảng Nam", "Ban Dân tộc tỉnh Quảng Nam",
      "Ủy ban nhân dân huyện Nam Trà My"]),
    # an abbreviation names a unit only with its level word or province right after it
    ("Đại diện TTYT, UBND huyện Hải Lăng tham dự.", {}, ["Ủy ban nhân dân huyện Hải Lăng"]),
    ("BVĐK Nghệ An vừa triển khai kỹ thuật mới.", {}, ["Bệnh viện Đa khoa tỉnh Nghệ An"]),
    ("Sở Y tế chỉ đạo TTYT các huyện tăng cường giám sát.", {}, ["Sở Y tế"]),
    # schools: a verb after a field's capitalised rest, "TP.HCM", fields joined by a dash
    ("Trường Đại học Sư phạm Huế đào tạo giáo viên.", {}, ["Trường Đại học Sư phạm Huế"]),
    ("Trường Đại học Kinh tế TP.HCM công bố điểm chuẩn.", {},
     ["Trường Đại học Kinh tế TP.HCM"]),
    ("Trường Đại học Mỏ - Địa chất đón tân sinh viên.", {}, ["Trường Đại học Mỏ - Địa chất"]),
    # fields are joined in universities' names, not in schools' (two schools; a school and its
    # town); a long name with "TP. Hồ Chí Minh"
    ("Trường Tiểu học Kim Đồng và THCS Lê Lợi tổ chức giao lưu.", {},
     ["Trường Tiểu học Kim Đồng"]),
    ("Trường Đại học Y Dược TP. Hồ Chí Minh khám sàng lọc cho người dân.", {},
     ["Trường Đại học Y Dược TP. Hồ Chí Minh"]),
    # an abbreviation's task ends at a comma; a 2025 area in an abbreviated unit's name
    ("Đại diện BQLDA, TTPTQĐ huyện Cam Lộ cùng tham dự.", {},
     ["Trung tâm Phát triển quỹ đất huyện Cam Lộ"]),
    ("TTYT khu vực Vĩnh Linh tổ chức tiêm chủng.", {"article_date": "2025-09-10"},
     ["Trung tâm Y tế khu vực Vĩnh Linh"]),
    # "và" between two abbreviations of one police unit
    ("Phòng Cảnh sát PCCC và CNCH Công an tỉnh Quảng Bình diễn tập.", {},
     ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Quảng Bình"]),
    # "và" is no word of a police unit's name
    ("Phòng Cảnh sát giao thông và Công an huyện Cam Lộ phối hợp tuần tra.", {},
     ["Công an huyện Cam Lộ"]),
    # associations named by their members or cause, with level and place; not "Hội" in a
    # place's name, nor a meeting
    ("Hội Luật gia tỉnh Hà Tĩnh tư vấn pháp luật miễn phí.", {},
     ["Hội Luật gia tỉnh Hà Tĩnh"]),
    ("Hội nghị tỉnh Hà Tĩnh diễn ra sáng nay; người dân xã Hội Phú dự.", {}, []),
    ("Ngư dân làng Hội Phú xã Gio Hải ra khơi; Hội Vật làng Mai Động quận Hoàng Mai mở hội.",
     {}, []),
    # abbreviated units in full
    ("TTYT huyện Hải Lăng và BQLDA đầu tư xây dựng huyện Hải Lăng họp bàn.", {},
     ["Trung tâm Y tế huyện Hải Lăng", "Ban Quản lý dự án đầu tư xây dựng huyện Hải Lăng"]),
    # "số" and "xã hội" inside a task's name
    ("Ban Chỉ đạo chuyển đổi số tỉnh Gia Lai họp phiên thứ nhất.", {},
     ["Ban Chỉ đạo chuyển đổi số tỉnh Gia Lai"]),
    ("Trung tâm Công tác xã hội tỉnh Nghệ An nhận nuôi 20 trẻ.", {},
     ["Trung tâm Công tác xã hội tỉnh Nghệ An"]),
    # an acronym in brackets before the level word
    ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Bình khuyến cáo.", {},
     ["Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình"]),
]

# sentences with no agency at all
TRAPS = [
    "Các sở, ban, ngành của tỉnh phối hợp thực hiện.",
    "Các Sở, ban, ngành và địa phương báo cáo kết quả.",
    "Các cấp ủy, chính quyền các cấp quan tâm lãnh đạo.",
    "Tổng Bí thư phát biểu tại hội nghị.",
    "Quyết định số 1234/QĐ-UBND ngày 5/6/2020 có hiệu lực từ ngày ký.",
    "Nghị quyết số 16/NQ -HĐND và Kế hoạch số 25-KH/TU đã được ban hành.",
    "Căn cứ Luật Tổ chức chính quyền địa phương; Luật Tổ chức Chính phủ ngày 19/6/2015;",
    "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
    "Luật Mặt trận Tổ quốc Việt Nam năm 2015 quy định rõ điều này.",
    "Báo điện tử Chính phủ đưa tin về sự kiện.",
    "Phóng viên Đài Phát thanh và Truyền hình Quảng Trị ghi nhận.",
    "Đoàn đại biểu Chính phủ Lào thăm tỉnh.",
    "UBND các cấp cần quan tâm hơn nữa.",
    "Trách nhiệm của UBND cấp xã được quy định rõ.",
    "Tất cả UBND xã, thị trấn đều có mạng internet.",
    "Chỉ đạo hệ thống Mặt trận Tổ quốc và đoàn thể các cấp tuyên truyền.",
    "Vai trò của tổ chức đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể là rất lớn.",
    "Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới.",
    "MTTQ các huyện, thành phố kêu gọi ủng hộ.",
    "Ông là Ủy viên Ban Thường vụ, Trưởng ban Tổ chức.",
    "Ban Tuyên giáo các huyện, thị tổ chức tuyên truyền.",
    "Tuyên huấn các Đảng ủy trực thuộc triển khai.",
    "UBND xã đã tổ chức họp dân.",
    "Trường Tiểu học số 2 khai giảng năm học mới.",
    "Các Bộ, ngành Trung ương hướng dẫn địa phương.",
    "Tổ chức bộ máy MTTQ, các đoàn thể được sắp xếp tinh gọn.",
    "Hội nghị Trung ương lần thứ tư đã thảo luận nhiều nội dung.",
    "Hội đồng nhân dân, Ủy ban nhân dân các cấp phải công khai ngân sách.",
    "Ông Nguyễn Văn An, Bí thư Trung ương Đảng, dự buổi lễ.",
    "Ban Chỉ đạo đã họp bàn các giải pháp.",
    "Trung tâm huyện lỵ ngày càng sầm uất.",
    "Ban điều hành họp tại Thái Bình.",
    "Công an các xã, thị trấn ra quân bảo đảm an ninh.",
    "Bộ Quốc phòng Campuchia cử đoàn sang làm việc.",
    "Hội Nông dân, Hội Cựu chiến binh đã vận động hội viên tham gia.",
    "Đoàn công tác của Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào thăm tỉnh.",
    "Ông là Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào.",
    "Trưởng ban Đối ngoại Trung ương Lào tiếp đoàn.",
    "Đoàn ĐBQH, HĐND các cấp tiếp nhận kiến nghị của cử tri.",
    "Đẩy mạnh xây dựng Chính phủ điện tử, hướng tới Chính phủ số.",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND ngày 3/12/2004;",
    "Cục Quản lý thị trường các tỉnh tăng cường kiểm tra hàng giả.",
    "Các trường THCS trên địa bàn huyện đều đạt chuẩn.",
    "Các chi bộ trực thuộc tổ chức đại hội đúng kế hoạch.",
]


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_cases(text: str, context: dict[str, Any], expected: list[str]) -> None:
    assert names(text, **context) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    assert names(text) == []


def test_a_centre_named_up_to_its_level_word_is_the_provinces() -> None:
    # the level word with no place after it ends the centre's name; the verb after it does
    # not join the next body's name to it
    text = (
        "Trung tâm Phục vụ hành chính công tỉnh đề nghị Phòng Tư pháp thị xã An Nhơn rà soát"
        " thủ tục. Trung tâm Kiểm soát bệnh tật tỉnh cho biết số ca mắc đã giảm."
    )
    assert names(text, province="Bình Định") == [
        "Trung tâm Phục vụ hành chính công tỉnh Bình Định",
        "Phòng Tư pháp thị xã An Nhơn",
        "Trung tâm Kiểm soát bệnh tật tỉnh Bình Định",
    ]


def test_party_committees_of_a_provinces_agencies_and_boards_named_by_task() -> None:
    # named by what they group or manage, ending at their level word (and place)
    text = (
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổng kết năm. Đảng ủy khối các cơ quan tỉnh"
        " Bình Định trước đây và Ban Quản lý dự án đầu tư xây dựng tỉnh cùng báo cáo."
    )
    assert names(text, province="Bình Định") == [
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Định",
        "Đảng ủy Khối các cơ quan tỉnh Bình Định",
        "Ban Quản lý dự án đầu tư xây dựng tỉnh Bình Định",
    ]


def test_a_bare_body_is_of_the_unit_its_sentence_names_before_it() -> None:
    # the article is about Quảng Trị; one sentence is about a visit to Sơn La, and another
    # (in an article about Hà Nội, a thành phố) names a tỉnh for its bare bodies
    text = (
        "UBND tỉnh Quảng Trị tiếp đoàn công tác. Tại tỉnh Sơn La, UBND tỉnh đã giới thiệu mô"
        " hình trồng cây ăn quả."
    )
    assert names(text, province="Quảng Trị") == [
        "Ủy ban nhân dân tỉnh Quảng Trị",
        "Ủy ban nhân dân tỉnh Sơn La",
    ]
    text = "Đoàn của thành phố đến tỉnh Quảng Trị, nơi Bộ Chỉ huy Quân sự tỉnh đón tiếp."
    assert names(text, province="Hà Nội") == ["Bộ Chỉ huy Quân sự tỉnh Quảng Trị"]
    # a unit named in the sentence before does not count
    text = "Đoàn đã đến tỉnh Sơn La. UBND tỉnh họp tổng kết chuyến đi."
    assert names(text, province="Quảng Trị") == ["Ủy ban nhân dân tỉnh Quảng Trị"]


def test_abbreviated_sectors_joined_by_a_dash_or_an_ampersand() -> None:
    text = "Sở TN-MT, Sở NN-PTNT, Sở KH-ĐT và Sở VH-TT&DL họp với Bộ VH,TT&DL."
    assert names(text, province="Quảng Trị") == [
        "Sở Tài nguyên và Môi trường tỉnh Quảng Trị",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị",
        "Sở Kế hoạch và Đầu tư tỉnh Quảng Trị",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị",
        "Bộ Văn hóa, Thể thao và Du lịch",
    ]


def test_bodies_of_a_special_zone() -> None:
    # since 2025 the island zones (đặc khu) are communes with their own council, committee
    # and Party committee; a later bare "HĐND đặc khu" is the one named before
    text = (
        "Chiều 4/9/2025, Đảng ủy đặc khu Côn Đảo họp phiên đầu tiên. UBND đặc khu Côn Đảo"
        " trình phương án; HĐND đặc khu sẽ xem xét vào tháng sau. ĐẶC KHU VÂN ĐỒN: Công an"
        " đặc khu Vân Đồn tăng cường tuần tra."
    )
    assert names(text) == [
        "Đảng ủy đặc khu Côn Đảo",
        "Ủy ban nhân dân đặc khu Côn Đảo",
        "Hội đồng nhân dân đặc khu Côn Đảo",
        "Công an đặc khu Vân Đồn",
    ]


def test_a_list_repeating_the_level_word_names_one_body_per_unit() -> None:
    text = (
        "Đảng ủy xã Hải Lâm, xã Hải Thượng và xã Hải Sơn ký giao ước thi đua. "
        "Chủ tịch UBND xã Hải Lâm, huyện Hải Lăng cho biết kết quả."
    )
    # the district after a commune is its parent, not another body
    assert names(text) == [
        "Đảng ủy xã Hải Lâm",
        "Đảng ủy xã Hải Thượng",
        "Đảng ủy xã Hải Sơn",
        "Ủy ban nhân dân xã Hải Lâm",
    ]
    surfaces = {m.surface for a in find_agencies(text)[:3] for m in a.mentions}
    assert surfaces == {"Đảng ủy xã Hải Lâm, xã Hải Thượng và xã Hải Sơn"}


def test_a_district_named_without_its_level_word_after_a_body() -> None:
    # the gazetteer gives the level; a centre takes the level into its name, so the short
    # and the full form are one agency
    text = (
        "Công an Hướng Hóa phối hợp với Kho bạc Nhà nước Gia Bình và Công an Đông Hà. "
        "Trung tâm Y tế Hướng Hóa tiêm vắc xin; Trung tâm Y tế huyện Hướng Hóa báo cáo."
    )
    assert names(text) == [
        "Công an huyện Hướng Hóa",
        "Kho bạc Nhà nước huyện Gia Bình",
        "Công an thành phố Đông Hà",
        "Trung tâm Y tế huyện Hướng Hóa",
    ]
    # a name the gazetteer has at two district levels (huyện and thị xã Kỳ Anh) is not guessed
    assert names("Công an Kỳ Anh tuần tra.", province="Hà Tĩnh") == []


def test_a_named_unit_before_a_list_of_its_level_is_one_per_unit() -> None:
    text = "Chi cục Thuế huyện Gio Linh, huyện Vĩnh Linh rà soát hồ sơ."
    assert names(text) == ["Chi cục Thuế huyện Gio Linh", "Chi cục Thuế huyện Vĩnh Linh"]


def test_a_branch_of_a_national_body_is_its_body_at_that_level() -> None:
    text = (
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Điện Biên giải ngân 40 tỷ đồng; "
        "NHCSXH tỉnh Điện Biên cũng hỗ trợ Ngân hàng Chính sách xã hội."
    )
    assert names(text) == [
        "Ngân hàng Chính sách xã hội tỉnh Điện Biên",
        "Ngân hàng Chính sách xã hội",
    ]


def test_a_committee_written_lowercase_is_one_only_with_its_place() -> None:
    text = (
        "Các huyện ủy, thị ủy trực thuộc đã học tập chuyên đề; thành ủy Pleiku và thị ủy An"
        " Khê làm tốt nhất. Một huyện ủy viên phát biểu."
    )
    assert names(text, province="Gia Lai") == ["Thành ủy Pleiku", "Thị ủy An Khê"]


def test_a_province_spelt_otherwise_after_its_level_word() -> None:
    # "Đăk" for "Đắk"; a xã Đăk Nông exists, which is no tỉnh
    text = "Tỉnh ủy Đăk Nông và UBND tỉnh Đăk Lăk ký kết; UBND xã Đăk Nông dự."
    assert names(text, province="Quảng Trị") == [
        "Tỉnh ủy Đắk Nông",
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "Ủy ban nhân dân xã Đăk Nông",
    ]


def test_youth_union_front_military_and_2025_commune_offices() -> None:
    text = (
        "Đoàn Thanh niên huyện Hải Lăng, Quận đoàn Hải Châu và Thị đoàn Ba Đồn ra quân; Ủy ban"
        " MTTQVN tỉnh Quảng Bình chủ trì; BCHQS huyện Hải Lăng và BCHQS tỉnh Quảng Trị tham"
        " gia; Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị báo cáo."
    )
    assert names(text) == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Hải Lăng",
        "Quận đoàn Hải Châu",
        "Thị đoàn Ba Đồn",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình",
        "Ban Chỉ huy Quân sự huyện Hải Lăng",
        "Bộ Chỉ huy Quân sự tỉnh Quảng Trị",
        "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị",
    ]
    # from 2025 communes have offices of their own
    text = "Phòng Văn hóa - Xã hội xã Hướng Phùng và Phòng Kinh tế xã Hướng Phùng họp."
    assert names(text, article_date="2025-09-01") == [
        "Phòng Văn hóa - Xã hội xã Hướng Phùng",
        "Phòng Kinh tế xã Hướng Phùng",
    ]


def test_lists_of_units_of_one_tier_give_one_body_each() -> None:
    text = (
        "UBND huyện Triệu Phong, huyện Hải Lăng và thị xã Quảng Trị ký quy chế. Đảng ủy các xã"
        " Triệu Độ, Triệu Thuận và thị trấn Ái Tử sơ kết. Huyện ủy Cam Lộ, Đakrông, Hướng Hóa"
        " họp. UBND huyện Cần Giờ, thành phố Hồ Chí Minh cũng dự; Huyện ủy Gio Linh, Quảng"
        " Trị chủ trì."
    )
    assert names(text) == [
        "Ủy ban nhân dân huyện Triệu Phong",
        "Ủy ban nhân dân huyện Hải Lăng",
        "Ủy ban nhân dân thị xã Quảng Trị",
        "Đảng ủy xã Triệu Độ",
        "Đảng ủy xã Triệu Thuận",
        "Đảng ủy thị trấn Ái Tử",
        "Huyện ủy Cam Lộ",
        "Huyện ủy Đakrông",
        "Huyện ủy Hướng Hóa",
        # a unit of the tier above is the parent, not one more body
        "Ủy ban nhân dân huyện Cần Giờ",
        "Huyện ủy Gio Linh",
    ]


def test_a_city_followed_by_its_own_province_is_addressed_not_listed() -> None:
    # "thành phố" names a provincial city or a centrally run one; one written before the
    # province it lies in is addressed, one outside it is listed with it
    text = (
        "UBND thành phố Tam Kỳ, tỉnh Quảng Nam khai mạc hội chợ. UBND thành phố Hội An, tỉnh"
        " Quảng Nam và UBND thành phố Đà Nẵng, tỉnh Quảng Ngãi ký kết hợp tác."
    )
    assert names(text) == [
        "Ủy ban nhân dân thành phố Tam Kỳ",
        "Ủy ban nhân dân thành phố Hội An",
        "Ủy ban nhân dân thành phố Đà Nẵng",
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
    ]


def test_names_of_bodies_in_any_case_after_their_capital_abbreviations_as_written() -> None:
    # portals capitalise as they like ("Ủy ban Nhân dân", "Hội nông dân", "Ban tuyên giáo");
    # an abbreviation is one only as written: "Ca", "Tu" open ordinary words
    text = (
        "Ủy ban Nhân dân xã Tà Rụt và Hội nông dân huyện Đakrông ra quân. Ban tuyên giáo"
        " Tỉnh ủy Quảng Trị, Đoàn thanh niên xã Tà Rụt cùng tham gia. Ca khúc mới vang lên;"
        " Tu bổ đình làng xong."
    )
    assert names(text) == [
        "Ủy ban nhân dân xã Tà Rụt",
        "Hội Nông dân huyện Đakrông",
        "Ban Tuyên giáo Tỉnh ủy Quảng Trị",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tà Rụt",
    ]


def test_civil_judgment_enforcement_offices_before_and_after_2025() -> None:
    # the district Chi cục until July 2025 (also listed: one each), the province's office and
    # its regional Phòng after; a body after a region's dash is its parent, not its name
    text = (
        "Chi cục THADS các huyện Con Cuông, Tương Dương đạt chỉ tiêu. THADS tỉnh Nghệ An chỉ"
        " đạo Phòng THADS khu vực 4 - Nghệ An; Phòng Thi hành án dân sự khu vực 6 - Thi hành"
        " án dân sự tỉnh Nghệ An báo cáo."
    )
    assert names(text, article_date="2025-10-01") == [
        "Chi cục Thi hành án dân sự huyện Con Cuông",
        "Chi cục Thi hành án dân sự huyện Tương Dương",
        "Thi hành án dân sự tỉnh Nghệ An",
        "Phòng Thi hành án dân sự khu vực 4 - Nghệ An",
        "Phòng Thi hành án dân sự khu vực 6",
    ]


def test_bodies_of_a_foreign_province_are_none_of_ours() -> None:
    # a province no gazetteer of Vietnam knows, in words, run together or hyphenated, after
    # the level word: a Lao or Cambodian body, not the article's province's; a person's name
    # after the level word leaves the body the article's
    text = (
        "Công an tỉnh Bô Li Khăm Xay bàn giao 2 đối tượng; Sở Ngoại vụ"
        " tỉnh Champasak, Bộ Chỉ huy Quân sự tỉnh Xiêng-khoảng-xay và Bí thư Tỉnh ủy Hủa Phăn"
        " dự. Giám đốc Công an tỉnh Lê Văn Sơn chủ trì."
    )
    assert names(text, province="Nghệ An") == ["Công an tỉnh Nghệ An"]


def test_central_bodies_of_another_countrys_party_are_none_of_ours() -> None:
    # a title chain ending in another party's name names that party's bodies; ours keep theirs
    text = (
        "Đồng chí Bua Khăm, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Đảng Nhân dân Cách mạng"
        " Lào, và đoàn Ban Tổ chức Trung ương Đảng NDCM Lào thăm Nghệ An. Ủy viên Bộ Chính trị,"
        " Trưởng Ban Tổ chức Trung ương Đảng Cộng sản Việt Nam tiếp đoàn."
    )
    assert names(text) == ["Bộ Chính trị", "Ban Tổ chức Trung ương"]


def test_the_assemblys_boards_the_delegations_and_the_councils_committees() -> None:
    text = (
        "Ý kiến cử tri được gửi Ban Dân nguyện và Giám sát của Quốc hội; trước đó Ban Dân nguyện"
        " của UBTVQH đã tổng hợp. Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Sóc Trăng và Đoàn đại"
        " biểu Quốc hội đơn vị tỉnh Hậu Giang tiếp xúc cử tri. Ban Đô thị HĐND thành phố Cần Thơ"
        " giám sát; Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội và Ban Pháp chế HĐND tỉnh Sóc"
        " Trăng thẩm tra."
    )
    assert names(text) == [
        "Ban Dân nguyện và Giám sát",
        "Ban Dân nguyện",
        "Đoàn đại biểu Quốc hội tỉnh Sóc Trăng",
        "Đoàn đại biểu Quốc hội tỉnh Hậu Giang",
        "Ban Đô thị Hội đồng nhân dân thành phố Cần Thơ",
        # committees listed before the council they belong to are each that council's
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Sóc Trăng",
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Sóc Trăng",
        "Ban Pháp chế Hội đồng nhân dân tỉnh Sóc Trăng",
    ]


def test_schools_with_their_grade_in_lower_case_or_short_and_names_ending_in_lower_case() -> None:
    text = (
        "Trường mầm non Tuổi Thơ và trường tiểu học Lê Văn Tám nhận quà. Trường MN Bình Minh"
        " khai giảng. Trường ĐH Quy Nhơn tuyển sinh; Trường Đại học Kiến trúc công bố điểm"
        " chuẩn, Trường Đại học Khoa học xã hội tổ chức hội thảo. Các trường mầm non trên địa"
        " bàn đều đạt chuẩn; Trường Đại học Vinh xây dựng đề án."
    )
    assert names(text) == [
        "Trường mầm non Tuổi Thơ",
        "Trường tiểu học Lê Văn Tám",
        "Trường MN Bình Minh",
        "Trường Đại học Quy Nhơn",
        "Trường Đại học Kiến trúc",
        "Trường Đại học Khoa học xã hội",
        "Trường Đại học Vinh",
    ]


def test_national_and_regional_universities_and_academies() -> None:
    text = (
        "Đại học Quốc gia Hà Nội, ĐHQG TP.HCM, Đại học Thái Nguyên và Học viện Nông nghiệp Việt"
        " Nam ký kết hợp tác; Học viện Báo chí và Tuyên truyền cử đại diện."
    )
    assert names(text) == [
        "Đại học Quốc gia Hà Nội",
        "Đại học Quốc gia Thành phố Hồ Chí Minh",
        "Đại học Thái Nguyên",
        "Học viện Nông nghiệp Việt Nam",
        "Học viện Báo chí và Tuyên truyền",
    ]


def test_hospitals_named_by_a_brand_a_number_or_a_letter_end_with_their_clause() -> None:
    text = (
        "Hai ca bệnh được chuyển từ Bệnh viện Đa khoa Hoàn Mỹ, Bệnh viện Đa khoa khu vực Triệu"
        " Hải đến Bệnh viện Quân y 175. Tại Bệnh viện E, số ca mắc tăng; Bệnh viện Hữu nghị"
        " Việt Đức để lại kinh nghiệm, Bệnh viện Bệnh Nhiệt đới Trung ương cấp cứu kịp thời."
        " Anh được đưa vào Bệnh viện Đa khoa."
    )
    assert names(text) == [
        "Bệnh viện Đa khoa Hoàn Mỹ",
        "Bệnh viện Đa khoa khu vực Triệu Hải",
        "Bệnh viện Quân y 175",
        "Bệnh viện E",
        "Bệnh viện Hữu nghị Việt Đức",
        "Bệnh viện Bệnh Nhiệt đới Trung ương",
    ]


def test_steering_committees_whose_task_opens_with_ve() -> None:
    # "về" opens the task of a food-safety steering committee that runs to its place; the
    # task's letters are spelt out
    text = (
        "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Tĩnh ra quân; BCĐ liên ngành về"
        " ATTP huyện Can Lộc kiểm tra 30 cơ sở. Ban Chỉ đạo đã họp về việc kiểm tra ở xã Tùng"
        " Lộc."
    )
    assert names(text) == [
        "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Tĩnh",
        "Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện Can Lộc",
    ]


def test_a_departments_name_ends_at_the_verb_after_it() -> None:
    # the verbs of economic news end a department's name written in lower case; "thông tin" is
    # one only before what is told ("Cục Công nghệ thông tin" is a name)
    text = (
        "Cục Quản lý giá dự báo giá xăng giảm. Cục Xúc tiến thương mại khuyến nghị doanh nghiệp"
        " đa dạng thị trường. Cục Chăn nuôi thông tin, đàn lợn tăng. Cục Công nghệ thông tin"
        " tổ chức hội thảo. Tổng cục Thủy sản chuyển thành Cục Thủy sản và Kiểm ngư."
    )
    assert names(text) == [
        "Cục Quản lý giá",
        "Cục Xúc tiến thương mại",
        "Cục Chăn nuôi",
        "Cục Công nghệ thông tin",
        "Tổng cục Thủy sản",
        "Cục Thủy sản và Kiểm ngư",
    ]


def test_a_party_cells_village_ends_before_its_secretarys_name() -> None:
    text = (
        "Bí thư Chi bộ thôn Pa Lọng Hồ Văn Sơn cho biết, Chi bộ bản Chăn Nuôi Lò Thị Mai và"
        " Chi bộ thôn Đông Hà cùng sinh hoạt."
    )
    assert names(text) == ["Chi bộ thôn Pa Lọng", "Chi bộ bản Chăn Nuôi", "Chi bộ thôn Đông Hà"]


def test_associations_with_a_lower_case_or_dashed_cause_and_business_associations() -> None:
    text = (
        "Hội hữu nghị Việt Nam - Campuchia tỉnh An Giang, Hội Văn học - Nghệ thuật tỉnh Kon Tum"
        " và Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Dương dự cùng Phòng Thương mại và Công"
        " nghiệp Việt Nam (VCCI). Hội nghị tỉnh Kon Tum bế mạc."
    )
    assert names(text) == [
        "Hội Hữu nghị Việt Nam - Campuchia tỉnh An Giang",
        "Hội Văn học - Nghệ thuật tỉnh Kon Tum",
        "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Dương",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam",
    ]


def test_offices_with_a_clipped_or_lettered_sector() -> None:
    # "Giáo dục" alone is the Giáo dục và Đào tạo office only with its place after it; an
    # office's unit ("Phòng Giáo dục Trung học" of a Sở) is none
    text = (
        "Sở Giáo dục tỉnh Hà Tĩnh và Phòng Giáo dục huyện Hương Khê phối hợp; Phòng VH-XH xã"
        " Hương Trạch dự. Phòng Giáo dục Trung học hướng dẫn."
    )
    assert names(text) == [
        "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
        "Phòng Giáo dục và Đào tạo huyện Hương Khê",
        "Phòng Văn hóa - Xã hội xã Hương Trạch",
    ]


def test_the_health_ministrys_institutes_by_name() -> None:
    text = (
        "Mẫu bệnh phẩm được gửi Viện Pasteur TP.HCM và Viện Vệ sinh dịch tễ Tây Nguyên xét"
        " nghiệm; Viện Dinh dưỡng hướng dẫn khẩu phần. Gia đình xin giảm viện phí."
    )
    assert names(text) == [
        "Viện Pasteur Thành phố Hồ Chí Minh",
        "Viện Vệ sinh dịch tễ Tây Nguyên",
        "Viện Dinh dưỡng Quốc gia",
    ]


def test_shortened_level_words_inside_bodies() -> None:
    text = "UBND TT Khe Sanh, UBND Q.3, UBND P.10 và Công an H. Hướng Hóa phối hợp."
    assert names(text) == [
        "Ủy ban nhân dân thị trấn Khe Sanh",
        "Ủy ban nhân dân Quận 3",  # a numbered unit by its designation
        "Ủy ban nhân dân Phường 10",
        "Công an huyện Hướng Hóa",
    ]


def test_a_committee_of_a_numbered_unit_keeps_the_units_designation() -> None:
    text = "Quận ủy Quận 8 và Ban Thường vụ Quận ủy Quận 5 ra nghị quyết."
    assert names(text) == ["Quận ủy Quận 8", "Ban Thường vụ Quận ủy Quận 5"]
    # the place a body serves is the unit by its designation, as the places finder names it
    (body,) = find_agencies("UBND phường 07 họp.")
    assert (body.name, body.place) == ("Ủy ban nhân dân Phường 7", "Phường 7")


def test_party_committees_of_the_military_border_guard_and_party_agencies() -> None:
    text = (
        "Đảng ủy Quân sự tỉnh Hà Tĩnh, Đảng ủy Bộ đội Biên phòng tỉnh Hà Tĩnh và Đảng ủy các"
        " cơ quan Đảng tỉnh Hà Tĩnh ký kết; Đảng ủy Quân sự huyện Kỳ Anh dự."
    )
    assert names(text) == [
        "Đảng ủy Quân sự tỉnh Hà Tĩnh",
        "Đảng ủy Bộ đội Biên phòng tỉnh Hà Tĩnh",
        "Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh",
        "Đảng ủy Quân sự huyện Kỳ Anh",
    ]


def test_youth_union_boards_are_not_the_partys() -> None:
    text = (
        "Ban Bí thư Trung ương Đoàn ban hành hướng dẫn; Đoàn Thanh niên Công an tỉnh Kiên"
        " Giang tổ chức ra quân. Ban Bí thư Trung ương Đảng cũng có chỉ đạo."
    )
    assert names(text) == [
        "Ban Bí thư Trung ương Đoàn",
        # the Youth Union of the provincial police, not the police
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh Công an tỉnh Kiên Giang",
        "Ban Bí thư",
    ]


def test_cooperative_alliance_youth_and_student_unions_and_a_lowercase_office() -> None:
    text = (
        "Liên minh Hợp tác xã tỉnh Bến Tre, Hội Liên hiệp Thanh niên Việt Nam tỉnh Bến Tre và"
        " Hội Sinh viên Việt Nam tỉnh Bến Tre ký kết; Trưởng phòng Nội vụ huyện Ba Tri dự."
        " Công tác phòng, chống thiên tai được chú trọng."
    )
    assert names(text) == [
        "Liên minh Hợp tác xã tỉnh Bến Tre",
        "Hội Liên hiệp Thanh niên Việt Nam tỉnh Bến Tre",
        "Hội Sinh viên Việt Nam tỉnh Bến Tre",
        "Phòng Nội vụ huyện Ba Tri",
    ]


def test_a_centre_of_a_level_of_government_is_no_body() -> None:
    text = (
        "Xã Vị Xuyên thành lập Trung tâm Phục vụ hành chính công cấp xã theo mô hình mới;"
        " Trung tâm Y tế các huyện cũng kiện toàn."
    )
    assert names(text, province="Tuyên Quang") == []


def test_a_committee_members_title_is_no_committee() -> None:
    text = (
        "Bà Trần Thị B, Tỉnh ủy viên, Giám đốc Sở Tư pháp tỉnh Nghệ An, và ông C, Huyện ủy"
        " viên, dự họp."
    )
    assert names(text) == ["Sở Tư pháp tỉnh Nghệ An"]


def test_a_provinces_former_name_names_its_bodies_of_the_time() -> None:
    # Thừa Thiên Huế became thành phố Huế in 2025; before, its bodies were the tỉnh's
    text = "Sở Nội vụ tỉnh Thừa Thiên Huế và UBND tỉnh Thừa Thiên Huế họp năm 2019."
    assert names(text, article_date="2019-06-01") == [
        "Sở Nội vụ tỉnh Thừa Thiên Huế",
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    ]


def test_the_social_insurance_agency_and_the_insurance_it_runs() -> None:
    text = (
        "Bảo hiểm xã hội tỉnh Quảng Nam và BHXH thị xã Điện Bàn phối hợp tuyên truyền. "
        "Số người tham gia BHXH tỉnh tăng, tiền nợ bảo hiểm xã hội huyện giảm; "
        "Bảo hiểm xã hội Việt Nam cấp thêm thẻ."
    )
    assert names(text) == [
        "Bảo hiểm xã hội tỉnh Quảng Nam",
        "Bảo hiểm xã hội thị xã Điện Bàn",
        "Bảo hiểm xã hội Việt Nam",
    ]
    text = "Số người tham gia BHXH huyện Núi Thành tăng 8%; nợ BHXH tỉnh giảm."
    assert names(text, province="Quảng Nam") == []


def test_the_ethnic_affairs_committee_of_a_province_and_of_its_council() -> None:
    text = (
        "Ban Dân tộc tỉnh Gia Lai và Ban Dân tộc HĐND tỉnh Gia Lai khảo sát vùng đồng bào;"
        " Ban Dân tộc tỉnh đề xuất hỗ trợ."
    )
    assert names(text) == [
        "Ban Dân tộc tỉnh Gia Lai",
        "Ban Dân tộc Hội đồng nhân dân tỉnh Gia Lai",
    ]


def test_a_person_after_a_bodys_level_word_is_not_a_one_syllable_unit() -> None:
    # a thị trấn "Hồ" exists; "Hồ Văn Minh" is the chairman's name, the xã is the article's
    text = "Tại xã Hướng Phùng, Chủ tịch UBND xã Hồ Văn Minh cho biết kết quả."
    assert names(text) == ["Ủy ban nhân dân xã Hướng Phùng"]
    assert names("UBND thị trấn Hồ họp bàn.") == ["Ủy ban nhân dân thị trấn Hồ"]


def test_a_level_word_with_a_name_after_a_bodys_comma_is_no_level_of_government() -> None:
    text = "Huyện Yên Bình giao việc; UBND huyện, xã Vũ Linh đã họp. UBND xã, thị trấn báo cáo."
    assert names(text, district="Yên Bình") == ["Ủy ban nhân dân huyện Yên Bình"]


def test_bodies_listed_before_a_level_word_alone_share_it() -> None:
    text = (
        "UBND phường Hoàn Kiếm cùng Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và Đoàn Thanh"
        " niên phường ra quân dọn vệ sinh."
    )
    assert names(text, province="Hà Nội") == [
        "Ủy ban nhân dân phường Hoàn Kiếm",
        "Hội Cựu chiến binh phường Hoàn Kiếm",
        "Hội Liên hiệp Phụ nữ phường Hoàn Kiếm",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hoàn Kiếm",
    ]


def test_names_written_with_their_later_words_in_lower_case() -> None:
    text = (
        "Ủy ban kiểm tra Huyện ủy Long Phú họp; Trung tâm phục vụ hành chính công phường"
        " Hoàn Kiếm mở cửa, Trung tâm thương mại tỉnh Sóc Trăng cũng vậy."
    )
    assert names(text) == [
        "Ủy ban Kiểm tra Huyện ủy Long Phú",
        "Trung tâm Phục vụ hành chính công phường Hoàn Kiếm",
    ]


def test_sectors_in_any_case_and_their_dashed_forms() -> None:
    text = (
        "Sở Nông nghiệp và Phát triển Nông thôn tỉnh Quảng Trị, Sở Tài Nguyên và Môi Trường"
        " tỉnh Quảng Trị và Sở Giao thông - Vận tải tỉnh Quảng Trị họp."
    )
    assert names(text) == [
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị",
        "Sở Tài nguyên và Môi trường tỉnh Quảng Trị",
        "Sở Giao thông vận tải tỉnh Quảng Trị",
    ]
    # a sector's first word keeps its capital: a school's "phòng y tế" is a room, and an
    # office of a department no district's ("Trưởng phòng Giáo dục Tiểu học, Sở GD&ĐT")
    text = (
        "Trường Tiểu học Kim Đồng ở huyện Hải Lăng có phòng y tế; bà Lan, Trưởng phòng Giáo"
        " dục Tiểu học, Sở GD&ĐT tỉnh Nghệ An dự."
    )
    # (a named school is an organisation; only unnamed ones are not)
    assert names(text) == ["Trường Tiểu học Kim Đồng", "Sở Giáo dục và Đào tạo tỉnh Nghệ An"]


def test_short_forms_of_party_boards_mass_organisations_and_the_military() -> None:
    text = (
        "Ban TG Tỉnh ủy Quảng Trị, BDV Huyện ủy Cam Lộ, Hội ND huyện Cam Lộ, Hội Phụ nữ xã"
        " Cam Thành, Đoàn TN xã Cam Thành và BCH Quân sự huyện Hướng Hóa họp."
    )
    assert names(text) == [
        "Ban Tuyên giáo Tỉnh ủy Quảng Trị",
        "Ban Dân vận Huyện ủy Cam Lộ",
        "Hội Nông dân huyện Cam Lộ",
        "Hội Liên hiệp Phụ nữ xã Cam Thành",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Cam Thành",
        "Ban Chỉ huy Quân sự huyện Hướng Hóa",
    ]


def test_communes_listed_without_their_level_word_after_a_body() -> None:
    text = "Đảng ủy xã Phú Vinh, Phú Hồ phối hợp; UBND xã Gio Sơn, Gio Linh báo cáo."
    assert names(text) == [
        "Đảng ủy xã Phú Vinh",
        "Đảng ủy xã Phú Hồ",
        "Ủy ban nhân dân xã Gio Sơn",
    ]


def test_a_2025_department_named_alone_is_the_one_communes() -> None:
    text = "Phòng Kinh tế và Phòng Văn hóa - Xã hội phối hợp hướng dẫn bà con."
    found = find_agencies(text, commune=("xã", "Hướng Hiệp", 0), article_date="2025-09-01")
    assert [a.name for a in found] == [
        "Phòng Kinh tế xã Hướng Hiệp",
        "Phòng Văn hóa - Xã hội xã Hướng Hiệp",
    ]


def test_a_bare_commune_body_before_the_commune_or_under_another_body_is_not_its() -> None:
    # a rule stated before the article names its commune; a department of another body
    text = "Theo quy định, Chủ tịch UBND xã chịu trách nhiệm. Tại xã Hướng Lập, dân phấn khởi."
    assert names(text, commune=("xã", "Hướng Lập", text.index("xã Hướng"))) == []
    text = "Phòng Kinh tế của Sở Tài chính đề nghị; Phòng Kinh tế báo cáo."
    found = names(text, commune=("xã", "Gio Linh", 0), article_date="2025-09-01")
    assert found.count("Phòng Kinh tế xã Gio Linh") == 1 and "Phòng Kinh tế" in found


def test_an_events_organisers_and_bodies_of_every_place_are_no_agencies() -> None:
    text = (
        "Ban Tổ chức Tỉnh ủy Quảng Trị phối hợp với Ban Tổ chức cuộc thi chấm giải; Huyện ủy "
        "các địa phương cử người dự; Phòng Tài chính - Kế hoạch cấp huyện giải thể."
    )
    found = find_agencies(text)
    assert [(a.name, [m.surface for m in a.mentions]) for a in found] == [
        ("Ban Tổ chức Tỉnh ủy Quảng Trị", ["Ban Tổ chức Tỉnh ủy Quảng Trị"])
    ]


def test_a_bare_district_body_is_not_a_district_of_another_level() -> None:
    # an article on thị xã Quảng Trị: "UBND huyện" is some district's, not the town's
    found = names("UBND huyện phối hợp.", province="Quảng Trị", district="Quảng Trị")
    assert found == ["Ủy ban nhân dân huyện"]


def test_a_steering_committee_ending_with_a_bare_level_is_the_articles_units() -> None:
    text = "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị."
    assert names(text, province="Bến Tre") == [
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Bến Tre"
    ]


def test_from_2025_a_bare_provincial_body_is_not_a_former_provinces() -> None:
    text = "Tỉnh tiếp nhận hồ sơ của UBND tỉnh Bình Phước. Sau đó UBND tỉnh đã họp."
    found = names(text, province="Đồng Nai", article_date="2025-11-13")
    assert found == ["Ủy ban nhân dân tỉnh Bình Phước", "Ủy ban nhân dân tỉnh Đồng Nai"]


def test_a_2025_department_before_its_own_body_and_the_front_named_nationally() -> None:
    for text in (
        "Tại xã Lao Bảo, Phòng Kinh tế Sở Công Thương khảo sát chợ biên giới.",
        "Tại xã Lao Bảo, Phòng Kinh tế, Sở Tài chính khảo sát giá đất.",
    ):
        found = names(text, commune=("xã", "Lao Bảo", 0), article_date="2025-08-10")
        assert "Phòng Kinh tế xã Lao Bảo" not in found
    # ... but the commune's committee it serves leaves it the commune's
    text = "Tại xã Lao Bảo, Phòng Kinh tế UBND xã Lao Bảo báo cáo."
    found = names(text, commune=("xã", "Lao Bảo", 0), article_date="2025-08-10")
    assert "Phòng Kinh tế xã Lao Bảo" in found
    text = "Ủy ban Mặt trận Tổ quốc Việt Nam phát động. Ủy ban MTTQ đề nghị các nơi hưởng ứng."
    assert names(text, province="Quảng Trị") == ["Mặt trận Tổ quốc Việt Nam"]


def test_the_one_commune_an_article_names_is_its_commune() -> None:
    assert find_places("Năm nay xã Vĩnh Thạch đạt chuẩn; xã Vĩnh Thạch vui.").commune == (
        "xã",
        "Vĩnh Thạch",
        8,
    )
    assert find_places("Xã Vĩnh Thạch và xã Vĩnh Tú đạt chuẩn.").commune is None
    # the communes merged into the one formed are no more: "UBND xã" is the new one's
    text = "Xã Vĩnh Hoàng được thành lập trên cơ sở sáp nhập các xã Vĩnh Thái, Vĩnh Tú."
    assert find_places(text).commune == ("xã", "Vĩnh Hoàng", 0)


def test_the_2025_commune_party_committees_board() -> None:
    text = "Ban Xây dựng Đảng Đảng ủy xã Cồn Tiên tổ chức hội nghị."
    assert names(text, article_date="2025-10-01") == ["Ban Xây dựng Đảng Đảng ủy xã Cồn Tiên"]


def test_a_bare_party_committee_is_the_one_named_before_it() -> None:
    text = (
        "Bà Lan, Phó Bí thư Thường trực Đảng ủy phường Xuân Hương - Đà Lạt, cho biết: Đảng ủy"
        " đã ban hành nghị quyết."
    )
    agencies = find_agencies(text, article_date="2025-10-01")
    assert [(a.name, len(a.mentions)) for a in agencies] == [
        ("Đảng ủy phường Xuân Hương - Đà Lạt", 2)
    ]
    assert names("Đảng ủy đã họp.", article_date="2025-10-01") == []


def test_the_fronts_standing_board_keeps_its_name() -> None:
    text = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị và Thường trực HĐND tỉnh họp."
    assert names(text) == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị",
        "Thường trực Hội đồng nhân dân tỉnh Quảng Trị",
    ]


def test_a_committees_abbreviation_names_it_only_with_its_place() -> None:
    text = "Bí thư HU Vĩnh Linh và Bí thư TU Quảng Trị dự; TU, HU đều có mặt; Kết luận 05-KL/TU."
    assert names(text) == ["Huyện ủy Vĩnh Linh", "Tỉnh ủy Quảng Trị"]


def test_a_bodys_own_short_form_in_brackets_inside_its_name() -> None:
    text = "Bộ Chỉ huy Quân sự (CHQS) tỉnh Đắk Lắk và Bộ Chỉ huy BĐBP (BĐBP) tỉnh An Giang họp."
    assert names(text) == [
        "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang",
    ]


def test_a_hospitals_name_holds_no_centre() -> None:
    text = "Bệnh viện Đa khoa Trung tâm Tiền Giang và Trung tâm Y tế huyện Cái Bè hỗ trợ."
    assert names(text) == ["Bệnh viện Đa khoa Trung tâm Tiền Giang", "Trung tâm Y tế huyện Cái Bè"]


def test_the_2025_provincial_offices_named_by_their_sector_alone() -> None:
    text = (
        "Thuế tỉnh Nghệ An, Thống kê tỉnh Quảng Trị và Thi hành án dân sự tỉnh Quảng Trị ký "
        "quy chế; Thuế thu nhập cá nhân và Cục Thuế tỉnh Hà Tĩnh được nhắc lại."
    )
    assert names(text, article_date="2025-09-01") == [
        "Thuế tỉnh Nghệ An",
        "Thống kê tỉnh Quảng Trị",
        "Thi hành án dân sự tỉnh Quảng Trị",
        "Cục Thuế tỉnh Hà Tĩnh",
    ]


def test_hospitals_and_health_stations_named_with_their_place() -> None:
    text = (
        "Bệnh viện Đa khoa tỉnh Quảng Trị và Bệnh viện Trung ương Huế hỗ trợ Trạm Y tế xã Ba "
        "Lòng; người bệnh được chuyển lên bệnh viện tuyến trên."
    )
    assert names(text) == [
        "Bệnh viện Đa khoa tỉnh Quảng Trị",
        "Bệnh viện Trung ương Huế",
        "Trạm Y tế xã Ba Lòng",
    ]
    # a name does not run on over "và" into another body's
    text = "Sở Y tế phối hợp Bệnh viện Hữu nghị Việt Tiệp và Trường Đại học Y Dược Hải Phòng."
    assert all(" và Trường" not in name for name in names(text))
    # a hospital named by a proper name; a Title Case description is none
    text = "Bệnh viện Bạch Mai cử bác sĩ về Bệnh viện Đa Khoa Khu Vực hỗ trợ."
    assert names(text) == ["Bệnh viện Bạch Mai"]


def test_national_bodies_by_their_short_forms_and_the_coordination_offices() -> None:
    text = "Theo KTNN, số kiến nghị tăng; NHNN giữ lãi suất; hộ nghèo vay vốn NHCSXH."
    assert names(text) == [
        "Kiểm toán nhà nước",
        "Ngân hàng Nhà nước Việt Nam",
        "Ngân hàng Chính sách xã hội",
    ]
    # the coordination office alone is the province's; the central one says "Trung ương"
    text = (
        "Theo Văn phòng Điều phối nông thôn mới, 20 xã đạt chuẩn. Đoàn của Văn phòng Điều "
        "phối nông thôn mới Trung ương về kiểm tra."
    )
    assert names(text, province="Yên Bái") == [
        "Văn phòng Điều phối nông thôn mới tỉnh Yên Bái",
        "Văn phòng Điều phối nông thôn mới Trung ương",
    ]


def test_the_2025_propaganda_and_mass_mobilisation_boards_by_their_short_forms() -> None:
    text = "Ban TG&DV Tỉnh ủy Quảng Trị và BTGDV Huyện ủy Cam Lộ tổ chức hội thi."
    assert names(text) == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị",
        "Ban Tuyên giáo và Dân vận Huyện ủy Cam Lộ",
    ]


def test_offices_and_standing_boards_abbreviated_in_a_distribution_list() -> None:
    text = "Nơi nhận: - TT. Tỉnh ủy; - VP UBND tỉnh; - TTr. HĐND tỉnh; - Lưu: VT, VP."
    assert names(text, province="Gia Lai") == [
        "Thường trực Tỉnh ủy Gia Lai",
        "Văn phòng Ủy ban nhân dân tỉnh Gia Lai",
        "Thường trực Hội đồng nhân dân tỉnh Gia Lai",
    ]


def test_a_police_unit_with_a_comma_before_its_force() -> None:
    text = (
        "Phòng Cảnh sát kinh tế, Công an tỉnh Quảng Bình phát hiện 12 vụ; Sở Y tế, Công an "
        "tỉnh Quảng Bình phối hợp."
    )
    assert names(text) == [
        "Phòng Cảnh sát kinh tế Công an tỉnh Quảng Bình",
        "Sở Y tế tỉnh Quảng Bình",
        "Công an tỉnh Quảng Bình",
    ]


def test_a_field_joined_by_va_goes_on_in_a_departments_name() -> None:
    text = (
        "Cục Cảnh sát PCCC và CNCH cùng Chi cục Thủy lợi và Phòng chống thiên tai tỉnh "
        "Bạc Liêu kiểm tra đê biển."
    )
    assert names(text) == [
        "Cục Cảnh sát PCCC và CNCH",
        "Chi cục Thủy lợi và Phòng chống thiên tai tỉnh Bạc Liêu",
    ]


def test_border_posts_by_their_short_form() -> None:
    text = "Đồn BP A Túc và Đồn BP Cửa khẩu quốc tế La Lay tuần tra song phương."
    assert names(text) == [
        "Đồn Biên phòng A Túc",
        "Đồn Biên phòng Cửa khẩu quốc tế La Lay",
    ]


def test_another_countrys_ministry_named_with_more_sectors() -> None:
    text = (
        "Lao động đi làm việc theo hợp đồng với Bộ Lao động và Việc làm Hàn Quốc; Bộ Nội vụ "
        "và Bộ Y tế theo dõi."
    )
    assert names(text) == ["Bộ Nội vụ", "Bộ Y tế"]


def test_the_governments_religious_affairs_committee() -> None:
    text = "Đoàn công tác của Ban Tôn giáo Chính phủ thăm các cơ sở tôn giáo."
    assert names(text) == ["Ban Tôn giáo Chính phủ"]


def test_the_central_banks_regional_branches() -> None:
    text = "Ngân hàng Nhà nước chi nhánh Khu vực 10 và NHNN Chi nhánh Khu vực 3 cùng dự."
    assert names(text) == ["Ngân hàng Nhà nước khu vực 10", "Ngân hàng Nhà nước khu vực 3"]


def test_the_standing_board_without_ban() -> None:
    text = "Thường vụ Huyện ủy Hướng Hóa họp; Thường vụ Đảng ủy xã Tân Hợp cũng họp."
    assert names(text) == [
        "Ban Thường vụ Huyện ủy Hướng Hóa",
        "Ban Thường vụ Đảng ủy xã Tân Hợp",
    ]


def test_labour_and_welfare_short_forms() -> None:
    text = (
        "TTDVVL tỉnh Quảng Bình và Trung tâm DVVL tỉnh Quảng Trị ký kết; Hội Cựu TNXP huyện "
        "Vĩnh Linh, Sở LĐ, TB&XH tỉnh Quảng Trị cùng dự; Tổng LĐLĐ Việt Nam gửi thư."
    )
    assert names(text) == [
        "Trung tâm Dịch vụ việc làm tỉnh Quảng Bình",
        "Trung tâm Dịch vụ việc làm tỉnh Quảng Trị",
        "Hội Cựu Thanh niên xung phong huyện Vĩnh Linh",
        "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị",
        "Tổng Liên đoàn Lao động Việt Nam",
    ]


def test_associations_joined_before_their_place_are_each_its() -> None:
    text = "Hội Người mù và Hội Đông y huyện Gio Linh cùng trao 50 suất quà."
    assert names(text) == ["Hội Người mù huyện Gio Linh", "Hội Đông y huyện Gio Linh"]


def test_a_document_number_after_a_law_ends_its_title() -> None:
    text = (
        "Thực hiện Luật Dân quân tự vệ và Nghị định 72/2020/NĐ-CP, Ban CHQS huyện Hải Lăng "
        "đã huấn luyện 300 chiến sĩ."
    )
    assert names(text) == ["Ban Chỉ huy Quân sự huyện Hải Lăng"]


def test_names_holding_the_term_nguoi_co_cong() -> None:
    text = (
        "Cục Người có công hướng dẫn Trung tâm Điều dưỡng người có công tỉnh Hà Nam lập hồ sơ;"
        " người có công được thăm hỏi."
    )
    assert names(text) == [
        "Cục Người có công",
        "Trung tâm Điều dưỡng người có công tỉnh Hà Nam",
    ]


def test_coordination_offices_of_all_the_national_target_programmes() -> None:
    text = (
        "VPĐP các CTMTQG tỉnh Điện Biên và Văn phòng Điều phối các chương trình MTQG huyện "
        "Mường Nhé họp."
    )
    assert names(text) == [
        "Văn phòng Điều phối các chương trình mục tiêu quốc gia tỉnh Điện Biên",
        "Văn phòng Điều phối các chương trình mục tiêu quốc gia huyện Mường Nhé",
    ]


def test_military_service_councils() -> None:
    text = (
        "Hội đồng NVQS huyện Triệu Phong giao 120 tân binh; HĐNVQS thị trấn Ái Tử khám tuyển; "
        "Chủ tịch Hội đồng nghĩa vụ quân sự xã Triệu Long phát biểu."
    )
    assert names(text) == [
        "Hội đồng nghĩa vụ quân sự huyện Triệu Phong",
        "Hội đồng nghĩa vụ quân sự thị trấn Ái Tử",
        "Hội đồng nghĩa vụ quân sự xã Triệu Long",
    ]


def test_departments_listed_in_lower_case_or_without_a_colon() -> None:
    text = "Dự họp có giám đốc các sở: Công Thương, Tư pháp."
    assert names(text, province="Bình Định") == [
        "Sở Công Thương tỉnh Bình Định",
        "Sở Tư pháp tỉnh Bình Định",
    ]
    text = "Lãnh đạo các Sở Nội vụ, Y tế và Tài chính trả lời cử tri."
    assert len(names(text, province="Bình Định")) == 3
    # a plural of no sectors names none
    assert names("Các sở, ban, ngành và các Sở, ngành liên quan phối hợp.") == []


def test_an_unlisted_name_does_not_go_on_past_a_lines_end() -> None:
    text = "Tin, ảnh: Ban biên tập UBND phường\nChuyên mục: Cải cách hành chính\n"
    assert names(text) == []
    # a name the gazetteer lists does ("UBND xã⏎Hải Phúc" in hard-wrapped text)
    assert names("Sáng 2/3, UBND xã\nHải Phúc họp dân.") == ["Ủy ban nhân dân xã Hải Phúc"]


def test_a_body_after_a_listed_unit_is_no_unit_of_the_list() -> None:
    # "Ban Công" is a commune's name, but "Ban Công tác Mặt trận" is a front's local board
    text = "Đảng ủy xã Điền Quang và Ban Công tác Mặt trận thôn Đông cùng ra quân."
    assert names(text) == ["Đảng ủy xã Điền Quang", "Ban Công tác Mặt trận thôn Đông"]
    assert [p.name for p in find_places(text).places] == ["Điền Quang", "Đông"]
    text = "UBND các xã Điền Lư, Ban Công và Lũng Niêm đã họp."
    assert len(names(text)) == 3


def test_a_heads_name_after_a_named_unit_is_no_part_of_it() -> None:
    text = (
        "Cục trưởng Cục Hải quan Đinh Văn Thu trao đổi với phóng viên; Trưởng Ban Quản lý "
        "các KCN Lê Thị Hằng cũng có mặt."
    )
    assert names(text) == ["Cục Hải quan", "Ban Quản lý các khu công nghiệp"]
    # a hospital may bear a person's name
    text = "Giám đốc Bệnh viện Nguyễn Tri Phương cho biết đã tiếp nhận 40 ca."
    assert names(text) == ["Bệnh viện Nguyễn Tri Phương"]


def test_national_hospitals_named_by_specialty_and_trung_uong() -> None:
    text = (
        "Hai ca bệnh nặng được chuyển lên Bệnh viện Nhi Trung ương, Bệnh viện Y học cổ truyền "
        "Trung ương cử bác sĩ xuống; Bệnh viện Tâm thần Trung ương 2 nhận thêm ba người."
    )
    assert names(text) == [
        "Bệnh viện Nhi Trung ương",
        "Bệnh viện Y học cổ truyền Trung ương",
        "Bệnh viện Tâm thần Trung ương 2",
    ]
    # "Trung" is no name's last word when "ương" follows: the city after is part of the name
    text = "Đoàn của Bệnh viện Răng Hàm Mặt Trung ương Hà Nội khám cho học sinh."
    assert names(text) == ["Bệnh viện Răng Hàm Mặt Trung ương Hà Nội"]
    text = "Bệnh viện Hoàn Mỹ Miền Trung tiếp nhận bệnh nhân."
    assert names(text) == ["Bệnh viện Hoàn Mỹ Miền Trung"]


def test_a_centre_under_a_department_is_named_apart_from_it() -> None:
    text = "Trung tâm Khuyến nông trực thuộc Sở Nông nghiệp và PTNT tỉnh Quảng Trị tập huấn."
    assert names(text) == [
        "Trung tâm Khuyến nông",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị",
    ]


def test_the_regional_courts_and_procuracies_of_2025() -> None:
    text = (
        "Sau tháng 7/2025, TAND Khu vực 3 – Gia Lai thụ lý vụ án do Viện kiểm sát nhân dân"
        " khu vực 3 - Gia Lai truy tố; Tòa án nhân dân tỉnh Gia Lai xử phúc thẩm."
    )
    assert names(text, article_date="2025-10-01") == [
        "Tòa án nhân dân khu vực 3 - Gia Lai",
        "Viện kiểm sát nhân dân khu vực 3 - Gia Lai",
        "Tòa án nhân dân tỉnh Gia Lai",
    ]
    # the city's short form or its level word after the dash
    text = "TAND khu vực 1 - TP.HCM và Tòa án nhân dân khu vực 2 - Thành phố Hồ Chí Minh xử."
    assert names(text, article_date="2025-10-01") == [
        "Tòa án nhân dân khu vực 1 - Hồ Chí Minh",
        "Tòa án nhân dân khu vực 2 - Hồ Chí Minh",
    ]
    # ... also without the dash, or with the province in brackets
    text = "TAND khu vực 3 Đắk Lắk và TAND khu vực 9 (TP.HCM) xét xử lưu động."
    assert names(text, article_date="2025-10-01") == [
        "Tòa án nhân dân khu vực 3 - Đắk Lắk",
        "Tòa án nhân dân khu vực 9 - Hồ Chí Minh",
    ]
    # the regional defence commands of 2025
    text = "Ban Chỉ huy Phòng thủ khu vực 1 - Cà Mau tiếp nhận quân nhân."
    assert names(text, article_date="2025-10-01") == ["Ban Chỉ huy Phòng thủ khu vực 1 - Cà Mau"]
    # a department's numbered area ends its name
    text = "Chi cục Kiểm lâm vùng IV bắt giữ 57 vụ; Chi cục Thuế khu vực XV thu ngân sách."
    assert names(text, article_date="2025-10-01") == [
        "Chi cục Kiểm lâm vùng IV",
        "Chi cục Thuế khu vực XV",
    ]
    # the treasury's numbered regions, not the national treasury
    text = "Kho bạc Nhà nước khu vực XI thu ngân sách; Kho bạc Nhà nước cấp vốn."
    assert names(text, article_date="2025-10-01") == [
        "Kho bạc Nhà nước khu vực XI",
        "Kho bạc Nhà nước",
    ]
    # the state audit's regional offices, and the national office named alone
    text = "Kiểm toán Nhà nước khu vực XIII làm việc tại tỉnh Gia Lai; KTNN khu vực II cũng vậy."
    assert names(text, article_date="2025-10-01") == [
        "Kiểm toán nhà nước khu vực XIII",
        "Kiểm toán nhà nước khu vực II",
    ]
    assert names("Kiểm toán Nhà nước kiến nghị thu hồi 5 tỷ đồng.") == ["Kiểm toán nhà nước"]
    # the numbered tax offices below a province's (from July 2025); unnumbered, none is named
    text = "Thuế cơ sở 02 tỉnh Nghệ An nhắc hộ kinh doanh nộp tờ khai; Thuế cơ sở sẽ kiểm tra."
    assert names(text, article_date="2025-10-01") == ["Thuế cơ sở 2 tỉnh Nghệ An"]
    # the government's cipher board is a body of its own, not the government
    assert names("Ban Cơ yếu Chính phủ tổ chức hội nghị.") == ["Ban Cơ yếu Chính phủ"]


SURFACES: list[tuple[str, dict[str, Any], dict[str, list[str]]]] = [
    ("UBND huyện Đakrông họp. UBND huyện giao việc.", {},
     {"Ủy ban nhân dân huyện Đakrông": ["UBND huyện Đakrông", "UBND huyện"]}),
    ("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn An chủ trì.", {},
     {"Ủy ban nhân dân tỉnh Hà Giang": ["UBND tỉnh Hà Giang"]}),
    ("UBND các xã: Mò Ó, Tà Long chủ trì.", {},
     {"Ủy ban nhân dân xã Mò Ó": ["UBND các xã: Mò Ó, Tà Long"],
      "Ủy ban nhân dân xã Tà Long": ["UBND các xã: Mò Ó, Tà Long"]}),
    ("Phó trưởng ban Tuyên giáo Trung ương dự lễ.", {},
     {"Ban Tuyên giáo Trung ương": ["ban Tuyên giáo Trung ương"]}),
]


@pytest.mark.parametrize(("text", "context", "expected"), SURFACES)
def test_surfaces(text: str, context: dict[str, Any], expected: dict[str, list[str]]) -> None:
    found = {a.name: [m.surface for m in a.mentions] for a in find_agencies(text, **context)}
    assert found == expected


def test_structure_fields() -> None:
    text = "Ban Dân vận Tỉnh ủy Quảng Trị và Phòng Nội vụ huyện Hải Lăng phối hợp với Bộ Tài chính."
    found = {a.name: a for a in find_agencies(text)}
    ban = found["Ban Dân vận Tỉnh ủy Quảng Trị"]
    assert (ban.kind, ban.parent, ban.place, ban.place_level, ban.central) == (
        "Ban Dân vận", "Tỉnh ủy Quảng Trị", "Quảng Trị", "tỉnh", False)
    office = found["Phòng Nội vụ huyện Hải Lăng"]
    assert (office.parent, office.place, office.place_level) == (
        "Ủy ban nhân dân huyện Hải Lăng", "Hải Lăng", "huyện")
    ministry = found["Bộ Tài chính"]
    assert (ministry.central, ministry.parent) == (True, "Chính phủ")


def test_offsets_point_into_the_text() -> None:
    text = "Sở Nội\nvụ tỉnh Hà Tĩnh và UBND huyện Hương Sơn; ỦY BAN NHÂN DÂN TỈNH"
    for agency in find_agencies(text, province="Hà Tĩnh"):
        for mention in agency.mentions:
            assert text[mention.start:mention.end] == mention.surface


FRAGMENTS = [
    "UBND", "huyện", "tỉnh", "xã", "Đakrông", "Quảng Trị", "Ban Thường vụ", "Tỉnh ủy", "các",
    "Bộ Tài chính", "Mặt trận Tổ quốc", "HĐND", "Sở Nội vụ", ",", ":", "và", "Luật", "Ba Lòng",
    "QĐ-UBND", "\n", "Ủy ban nhân dân", "Thủ tướng Chính phủ", "Phó", "Đồn Biên phòng", "Cục",
    "(HĐND)", "BTV", "TU", "thị trấn", "Hà Nội", "MTTQVN", "Ban Pháp chế", "2", "của",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14), st.sampled_from([" ", "", "  "]))
def test_any_text_gives_consistent_mentions(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    agencies = find_agencies(text, province="Quảng Trị", district="Đakrông")
    assert len({a.name for a in agencies}) == len(agencies)
    starts = [a.mentions[0].start for a in agencies]
    assert starts == sorted(starts)
    for agency in agencies:
        assert agency.name and agency.mentions
        for mention in agency.mentions:
            assert text[mention.start:mention.end] == mention.surface


def _in_symbol_by_search(text: str, start: int, end: int) -> bool:
    """The symbol check without its shortcut: the search always runs."""
    if _glued_names(text, start, end):
        return False
    if text[start - 1:start] in ("-", "/", "–") and start:
        return True
    before = _SYMBOL_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and any(c == "/" or c.isdigit() for c in before.group(1)):
        return True
    return text[end:end + 1] in ("-", "/", "–") and text[end + 1:end + 2].isalnum()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["QĐ", "12", "/", "-", "–", " ", "\n", "Văn phòng", "a"])))
def test_symbol_shortcut_changes_nothing(parts: list[str]) -> None:
    text = "".join(parts) + "UBND-VP huyện"
    start = len(text) - len("UBND-VP huyện")
    assert _in_symbol(text, start, start + 4) == _in_symbol_by_search(text, start, start + 4)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_found(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        find_agencies("UBND huyện Đakrông", province="Quảng Trị")
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            find_agencies(None)  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


# --- reference data -------------------------------------------------------------------------


def test_data_files_are_nfc() -> None:
    for path in DATA.glob("*.tsv"):
        content = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", content) == content, path.name


def _fold(form: str) -> str:
    return re.sub(r"\s+", " ", form).casefold().replace("uỷ", "ủy")


def test_forms_and_abbreviations_are_unique() -> None:
    ref = load_reference()
    owner: dict[str, str] = {}
    for kind in ref.kinds:
        for form in (*kind.forms, *kind.abbreviations):
            assert owner.setdefault(_fold(form), kind.name) == kind.name, form
    for body in ref.central:
        for form in (*body.forms, *body.abbreviations):
            assert owner.setdefault(_fold(form), body.name) == body.name, form
    abbreviations = [a for k in ref.kinds for a in k.abbreviations]
    abbreviations += [a for b in ref.central for a in b.abbreviations]
    assert len(abbreviations) == len(set(abbreviations))


def test_reference_links_and_dates() -> None:
    ref = load_reference()
    central = {b.name for b in ref.central}
    kinds = {k.name for k in ref.kinds}
    assert len(central) == len(ref.central) and len(kinds) == len(ref.kinds)
    for body in ref.central:
        assert body.parent is None or body.parent in central, body.name
        assert body.successor is None or body.successor in central, body.name
        for date in (body.valid_from, body.valid_until):
            assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), body.name
        if body.valid_from and body.valid_until:
            assert body.valid_from <= body.valid_until
        if body.valid_until:
            assert body.successor, f"{body.name} ends without a successor"
    for kind in ref.kinds:
        assert kind.role in {"body", "committee", "sub", "office", "unit"}
        assert kind.bare in {"resolve", "national", "antecedent", "skip"}
        if kind.role == "sub":
            assert all(p == "*" or p in kinds for p in kind.parents), kind.name
    for sector in ref.sectors:
        assert set(sector.offices) <= {"Sở", "Phòng"}, sector.name


def test_short_forms_point_to_central_bodies() -> None:
    ref = load_reference()
    central = {b.name: b for b in ref.central}
    for row in ref.short_forms:
        body = central[row.name]
        for date in (row.valid_from, row.valid_until):
            assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), row.form
        # a short form is never used outside the life of the body it names
        assert (row.valid_from or "") >= (body.valid_from or ""), row.form
        if body.valid_until:
            assert row.valid_until and row.valid_until <= body.valid_until, row.form
    full = {_fold(f) for b in ref.central for f in (*b.forms, *b.abbreviations)}
    assert not {_fold(r.form) for r in ref.short_forms} & full


def test_2025_merges_are_recorded() -> None:
    successor = {b.name: b.successor for b in load_reference().central}
    assert successor["Bộ Kế hoạch và Đầu tư"] == "Bộ Tài chính"
    assert successor["Bộ Giao thông vận tải"] == "Bộ Xây dựng"
    assert successor["Bộ Tài nguyên và Môi trường"] == "Bộ Nông nghiệp và Môi trường"
    assert successor["Bộ Nông nghiệp và Phát triển nông thôn"] == "Bộ Nông nghiệp và Môi trường"
    assert successor["Bộ Thông tin và Truyền thông"] == "Bộ Khoa học và Công nghệ"
    assert successor["Bộ Lao động - Thương binh và Xã hội"] == "Bộ Nội vụ"
    assert successor["Ban Tuyên giáo Trung ương"] == "Ban Tuyên giáo và Dân vận Trung ương"
    assert successor["Ban Dân vận Trung ương"] == "Ban Tuyên giáo và Dân vận Trung ương"


# A person's name after "Chủ tịch UBND tỉnh/huyện" is no place, even when its first words are a
# unit of another level in the gazetteer; the office is then read like the bare form.
PERSON_AFTER_OFFICE: list[tuple[str, dict[str, Any], list[str]]] = [
    ("Phó Chủ tịch UBND tỉnh Lê Thanh Hương yêu cầu các sở rà soát.", {"province": "Hà Tĩnh"},
     ["Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ("Chủ tịch UBND tỉnh Hồ Văn An phát biểu bế mạc hội nghị.", {"province": "Quảng Ngãi"},
     ["Ủy ban nhân dân tỉnh Quảng Ngãi"]),
    ("Phó Chủ tịch UBND tỉnh Vũ Quang Hải kiểm tra công trình.", {"province": "Nghệ An"},
     ["Ủy ban nhân dân tỉnh Nghệ An"]),
    ("Phó Chủ tịch UBND huyện Lê Thanh Phương đối thoại với nông dân.", {},
     ["Ủy ban nhân dân huyện"]),
    # the same words after a level word they fit stay a unit
    ("UBND huyện Vũ Quang hỗ trợ bò giống cho hộ nghèo.", {}, ["Ủy ban nhân dân huyện Vũ Quang"]),
    ("UBND xã Lê Thanh tổ chức đối thoại.", {}, ["Ủy ban nhân dân xã Lê Thanh"]),
    # a district that became a town keeps its name under either level word
    ("Thị ủy Kỳ Anh và UBND thị xã Kỳ Anh chỉ đạo quyết liệt.", {},
     ["Thị ủy Kỳ Anh", "Ủy ban nhân dân thị xã Kỳ Anh"]),
    ("Huyện ủy Ea H'leo và UBND huyện Cư M’gar phối hợp.", {},
     ["Huyện ủy Ea H'leo", "Ủy ban nhân dân huyện Cư M'gar"]),
]


@pytest.mark.parametrize(("text", "context", "expected"), PERSON_AFTER_OFFICE)
def test_person_after_office_is_no_place(
    text: str, context: dict[str, Any], expected: list[str]
) -> None:
    assert names(text, **context) == expected


# "Thường trực" after a title word is part of the title; on its own it is the standing board.
# An enumeration "Đảng, Ủy ban MTTQ" is the political system unless a level and place follow.
STANDING_AND_ENUMERATION: list[tuple[str, dict[str, Any], list[str]]] = [
    ("Dự buổi làm việc có ông Nguyễn Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh.", {},
     ["Tỉnh ủy Bắc Ninh"]),
    ("Bà Đào Thị Lan, Phó Bí thư Thường trực Thành ủy Hải Phòng, chủ trì.", {},
     ["Thành ủy Hải Phòng"]),
    ("Đồng chí Phó Chủ tịch Thường trực HĐND tỉnh Gia Lai kết luận phiên họp.", {},
     ["Hội đồng nhân dân tỉnh Gia Lai"]),
    ("Ông Lò Văn Pọm, Ủy viên Thường trực HĐND huyện Mường La, báo cáo.", {},
     ["Hội đồng nhân dân huyện Mường La"]),
    ("Chiều 12/4, Thường trực Tỉnh ủy Bắc Ninh làm việc với Huyện ủy Yên Phong.", {},
     ["Thường trực Tỉnh ủy Bắc Ninh", "Huyện ủy Yên Phong"]),
    ("Thường trực HĐND huyện Châu Phú giám sát việc giải quyết kiến nghị cử tri.", {},
     ["Thường trực Hội đồng nhân dân huyện Châu Phú"]),
    ("Thực hiện Điều lệ Đảng, Ủy ban MTTQ Việt Nam tỉnh Sơn La đã ban hành kế hoạch.", {},
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"]),
    # traps: the political system enumerated
    ("Phát huy vai trò của Đảng, Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể.", {}, []),
]


@pytest.mark.parametrize(("text", "context", "expected"), STANDING_AND_ENUMERATION)
def test_standing_board_and_enumerations(
    text: str, context: dict[str, Any], expected: list[str]
) -> None:
    assert names(text, **context) == expected


def test_agency_of_a_unit_with_a_lower_case_syllable_inside() -> None:
    text = "Ủy ban MTTQ Việt Nam thị trấn Nông trường Trần Phú phối hợp với UBND xã Pa Ủ."
    assert names(text) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn Nông trường Trần Phú",
        "Ủy ban nhân dân xã Pa Ủ",
    ]


def test_a_departments_name_ends_before_its_verb() -> None:
    assert names("Tổng cục Hải quan chỉ đạo các cục siết chặt kiểm tra.") == ["Tổng cục Hải quan"]
    # the body above it, written in its name, is no body of its own here
    assert names("Cục Cảnh sát kinh tế Bộ Công an vừa triệt phá đường dây.") == [
        "Cục Cảnh sát kinh tế Bộ Công an"
    ]
    assert names("Cục Truyền thông Công an nhân dân tổ chức hội thi.") == [
        "Cục Truyền thông Công an nhân dân"
    ]
    # a stop word as the second syllable of a word of the name; a document type as a word
    text = "Tổng cục Hậu cần tổ chức hội nghị; Cục Đăng ký quốc gia giao dịch bảo đảm họp."
    assert names(text) == [
        "Tổng cục Hậu cần",
        "Cục Đăng ký quốc gia giao dịch bảo đảm",
    ]
    assert names("Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Kon Tum tổ chức hội nghị.") == [
        "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Kon Tum"
    ]
    assert names("Chi cục Thủy lợi đẩy mạnh nạo vét kênh mương.") == ["Chi cục Thủy lợi"]
    assert names("Cục Thuế được lập trên cơ sở Tổng cục Thuế.") == ["Cục Thuế", "Tổng cục Thuế"]
    # words of a name that are verbs elsewhere stay in it
    assert names("Cục Hàng không Việt Nam làm việc với Cục Cảnh sát giao thông.") == [
        "Cục Hàng không Việt Nam",
        "Cục Cảnh sát giao thông",
    ]


def test_a_department_with_its_province_written_without_the_level_word() -> None:
    text = "Cục Hải quan tỉnh Lạng Sơn cho biết; sau đó Cục Hải quan Lạng Sơn ra quân."
    assert names(text) == ["Cục Hải quan tỉnh Lạng Sơn"]
    # a province of before 2025 by its name of the time
    assert names("Cục Thống kê Thừa Thiên Huế công bố số liệu.", article_date="2020-05-01") == [
        "Cục Thống kê tỉnh Thừa Thiên Huế"
    ]


def test_central_and_regional_steering_committees_are_named_as_written() -> None:
    text = (
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên"
        " thứ 27; Ban Chỉ đạo Tây Bắc làm việc với tỉnh Lai Châu."
    )
    assert names(text) == [
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
        "Ban Chỉ đạo Tây Bắc",
    ]
    text = (
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển"
        " đổi số giao chỉ tiêu; Ban Chỉ đạo Tây Nam bộ khảo sát tại Cà Mau."
    )
    assert names(text) == [
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển"
        " đổi số",
        "Ban Chỉ đạo Tây Nam bộ",
    ]
    assert names("Ban Chỉ đạo 138 quốc gia kiểm tra tại Nghệ An.") == [
        "Ban Chỉ đạo 138 quốc gia"
    ]
    assert names("Ban Chỉ đạo Trung ương thực hiện Quy chế dân chủ ở cơ sở làm việc.") == [
        "Ban Chỉ đạo Trung ương thực hiện Quy chế dân chủ ở cơ sở"
    ]


def test_a_units_header_in_capitals_is_named_as_in_running_text() -> None:
    text = "CHI CỤC KIỂM LÂM TỈNH GIA LAI\nSố: 21/KH-CCKL\nKẾ HOẠCH tuần tra rừng mùa khô"
    assert names(text) == ["Chi cục Kiểm lâm tỉnh Gia Lai"]
    assert names("TRUNG TÂM Y TẾ HUYỆN CAM LỘ\nSố: 8/TB-TTYT") == ["Trung tâm Y tế huyện Cam Lộ"]
    # words that begin bodies elsewhere, commas, places, numerals and one-letter words inside
    for header, name in [
        ("CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH NGHỆ AN", "Cục Quản lý thị trường tỉnh Nghệ An"),
        ("CỤC PHÒNG, CHỐNG TỆ NẠN XÃ HỘI", "Cục Phòng, chống tệ nạn xã hội"),
        ("CHI CỤC HẢI QUAN CỬA KHẨU LAO BẢO", "Chi cục Hải quan cửa khẩu Lao Bảo"),
        ("CHI CỤC THUẾ KHU VỰC ĐÔNG HÀ - CAM LỘ", "Chi cục Thuế khu vực Đông Hà - Cam Lộ"),
        ("CHI CỤC KIỂM LÂM VÙNG II", "Chi cục Kiểm lâm vùng II"),
        ("CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH KON TUM", "Chi cục Chăn nuôi và thú y tỉnh Kon Tum"),
    ]:
        assert names(f"{header}\nSố: 9/KH-CC") == [name], header


def test_two_sectors_joined_by_a_dash_or_by_their_initials() -> None:
    for written in (
        "Sở Nông nghiệp - Môi trường", "Sở NNMT", "Sở NN và MT", "Sở NN-MT", "Sở NN&MT"
    ):
        assert names(f"{written} tỉnh Kon Tum lập đoàn kiểm tra.") == [
            "Sở Nông nghiệp và Môi trường tỉnh Kon Tum"
        ], written
    assert names("Sở DT&TG tỉnh Lâm Đồng và Bộ KHCN phối hợp.") == [
        "Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng",
        "Bộ Khoa học và Công nghệ",
    ]


def test_a_departments_name_ends_before_a_document_it_issues() -> None:
    text = "Cục Quản lý Dược phát hành Công văn số 77/QLD-ĐK; Cục Kiểm lâm Quyết định số 8 nêu."
    assert names(text) == ["Cục Quản lý Dược", "Cục Kiểm lâm"]


def test_party_boards_listed_before_their_committee_belong_to_it() -> None:
    # a council's board is none of the Party committee's
    assert names("Ban Pháp chế và Ban Dân vận Tỉnh ủy Kon Tum dự.") == [
        "Ban Dân vận Tỉnh ủy Kon Tum"
    ]
    assert names("Ban Tổ chức và Ban Dân vận Huyện ủy Sơn Hà họp liên tịch.") == [
        "Ban Tổ chức Huyện ủy Sơn Hà",
        "Ban Dân vận Huyện ủy Sơn Hà",
    ]
    assert names("Ban Tuyên giáo, Ủy ban Kiểm tra Tỉnh ủy Kon Tum dự.") == [
        "Ban Tuyên giáo Tỉnh ủy Kon Tum",
        "Ủy ban Kiểm tra Tỉnh ủy Kon Tum",
    ]


def test_the_national_assemblys_committees_are_named_not_the_assembly() -> None:
    text = (
        "Ủy ban Tài chính, Ngân sách của Quốc hội thẩm tra dự toán; năm 2025 Ủy ban Pháp luật"
        " và Tư pháp chủ trì thẩm tra dự án luật."
    )
    assert names(text) == ["Ủy ban Tài chính, Ngân sách", "Ủy ban Pháp luật và Tư pháp"]


def test_a_mass_organisation_named_with_the_country_and_a_place_is_the_local_one() -> None:
    text = "Hội Nông dân Việt Nam tỉnh Bắc Giang và Hội Cựu chiến binh Việt Nam huyện Lục Nam họp."
    assert names(text) == ["Hội Nông dân tỉnh Bắc Giang", "Hội Cựu chiến binh huyện Lục Nam"]
    assert names("Hội Liên hiệp Phụ nữ Việt Nam phát động phong trào.") == [
        "Hội Liên hiệp Phụ nữ Việt Nam"
    ]


def test_the_central_banks_branches_and_numbered_regions_without_a_province() -> None:
    text = "Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh và NHNN tỉnh Nghệ An họp; Ngân hàng Nhà nước"
    text += " điều hành lãi suất."
    assert names(text) == [
        "Ngân hàng Nhà nước tỉnh Hà Tĩnh",
        "Ngân hàng Nhà nước tỉnh Nghệ An",
        "Ngân hàng Nhà nước Việt Nam",
    ]
    text = "Ngân hàng Nhà nước khu vực 6 và Ban Chỉ huy Phòng thủ khu vực 1 - Hướng Hóa làm việc."
    assert names(text, article_date="2025-10-01") == [
        "Ngân hàng Nhà nước khu vực 6",
        "Ban Chỉ huy Phòng thủ khu vực 1 - Hướng Hóa",
    ]


def test_a_persons_name_after_an_office_is_no_place_of_its_body() -> None:
    text = "Bí thư Đảng ủy xã Cầm Văn Chinh và Chủ tịch UBND xã Đinh Văn Tú dự họp."
    assert names(text) == []


def test_a_commune_named_like_a_family_before_its_officers_name() -> None:
    # "Hồ" is a family name and a commune's; "Hồ Sen" then a person's name is no xã Hồ
    assert names("Bí thư Đảng ủy xã Hồ Sen Vũ Đình Thái cho biết.") == []


def test_headers_pasted_as_table_cells_and_a_boards_line_under_its_committee() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHUYỆN CAM LỘ | Độc lập - Tự"
        " do - Hạnh phúc |\nSố: 40/QĐ-UBND | Cam Lộ, ngày 2 tháng 3 năm 2022 |"
    )
    assert names(text) == ["Ủy ban nhân dân huyện Cam Lộ"]
    text = "TỈNH ỦY KON TUM          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n*\nSố 12-HD/BDVTU"
    assert names(text) == ["Ban Dân vận Tỉnh ủy Kon Tum"]
    # a headline under a committee's name is no board's line
    text = "HUYỆN ỦY SƠN HÀ\nBAN TỔ CHỨC HỘI THI THÀNH CÔNG\nNgày 2/5, hội thi diễn ra."
    assert "Ban Tổ chức Huyện ủy Sơn Hà" not in names(text)


def test_a_plural_body_with_its_units_names_listed_is_one_body_each() -> None:
    assert names("Các Huyện ủy Kim Bảng, Thanh Liêm đều đã quán triệt.") == [
        "Huyện ủy Kim Bảng",
        "Huyện ủy Thanh Liêm",
    ]
    assert names("Các UBND huyện Kim Bảng, Thanh Liêm đã báo cáo.") == [
        "Ủy ban nhân dân huyện Kim Bảng",
        "Ủy ban nhân dân huyện Thanh Liêm",
    ]
    assert names("Các Đảng ủy trực thuộc đã họp.") == []
    # a board of each: its parents are no bodies of their own here
    assert names("Gửi Ban Thường vụ các Huyện ủy Kim Bảng, Thanh Liêm.") == []


def test_the_party_organisation_of_an_agency_is_one_body() -> None:
    text = (
        "Chi bộ Sở Tư pháp tỉnh Hà Tĩnh, Đảng bộ Cục Thuế tỉnh Hà Tĩnh, Đảng ủy Trường Đại học"
        " Vinh, Chi bộ Công an xã Nghi Thạch và Ban cán sự đảng Bộ Y tế cùng dự."
    )
    assert names(text) == [
        "Chi bộ Sở Tư pháp tỉnh Hà Tĩnh",
        "Đảng bộ Cục Thuế tỉnh Hà Tĩnh",
        "Đảng ủy Trường Đại học Vinh",
        "Chi bộ Công an xã Nghi Thạch",
        "Ban cán sự đảng Bộ Y tế",
    ]
    # a village's cell is still named by its village
    assert names("Chi bộ thôn Hà Thanh họp.") == ["Chi bộ thôn Hà Thanh"]
    # a list of communes goes on past a name that is also a school's or an association's head
    assert names("Đảng ủy xã Trường Sơn, Trường Xuân tổ chức đại hội.") == [
        "Đảng ủy xã Trường Sơn",
        "Đảng ủy xã Trường Xuân",
    ]
    # a numbered unit's office is named with the unit's designation once
    assert names("Phòng Quản lý đô thị Q.7 kiểm tra.", article_date="2024-03-01") == [
        "Phòng Quản lý đô thị Quận 7"
    ]


def test_the_partys_central_committees_and_a_provinces_front_committee() -> None:
    text = (
        "Quân ủy Trung ương, Đảng ủy Công an Trung ương và Đảng ủy Khối Doanh nghiệp Trung ương"
        " gửi báo cáo."
    )
    assert names(text) == [
        "Quân ủy Trung ương",
        "Đảng ủy Công an Trung ương",
        "Đảng ủy Khối Doanh nghiệp Trung ương",
    ]
    text = "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Hà Tĩnh và Đảng ủy Chính phủ làm việc."
    assert names(text, article_date="2025-08-01") == [
        "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Hà Tĩnh",
        "Đảng ủy Chính phủ",
    ]


def test_an_associations_central_committee_and_abbreviated_boards_and_associations() -> None:
    assert names("Xã nhận Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam.") == [
        "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
    ]
    assert names("BTC Huyện ủy Kỳ Anh trình phương án nhân sự.") == [
        "Ban Tổ chức Huyện ủy Kỳ Anh"
    ]
    # an event's organisers ("ban tổ chức" of a race) are no Party board
    assert names("BTC giải việt dã trao 30 giải thưởng.") == []
    assert names("Hội CTĐ huyện Kỳ Anh và Hội NCT huyện Kỳ Anh trao quà.") == [
        "Hội Chữ thập đỏ huyện Kỳ Anh",
        "Hội Người cao tuổi huyện Kỳ Anh",
    ]


def test_another_countrys_body_and_every_provinces_department_are_no_agency() -> None:
    text = "Công an tỉnh Quảng Trị làm việc với Công an tỉnh Savannakhet (Lào) về tuần tra."
    assert names(text) == ["Công an tỉnh Quảng Trị"]
    # no bare "Công an tỉnh" resolved to the article's province in its place
    assert names("Đoàn công tác của Công an tỉnh Hủa Phăn (Lào) thăm tỉnh Thanh Hóa.") == []
    assert names("Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố báo cáo; Hà Nội đã gửi.") == [
        "Bộ Y tế"
    ]
    assert names("Báo Điện tử Chính phủ đưa tin về phiên họp.") == []


def test_ministries_and_provinces_listed_after_one_plural_head() -> None:
    assert names("Thủ tướng yêu cầu các bộ: Nội vụ, Tài chính, Tư pháp khẩn trương.") == [
        "Bộ Nội vụ",
        "Bộ Tài chính",
        "Bộ Tư pháp",
    ]
    assert names("Thủ tướng giao Bộ Xây dựng, Công Thương và Y tế phối hợp.") == [
        "Bộ Xây dựng",
        "Bộ Công Thương",
        "Bộ Y tế",
    ]
    # a plan after a ministry is no ministry's short name ("Bộ Kế hoạch")
    assert names("Bộ Nội vụ và Kế hoạch số 12 được triển khai.") == ["Bộ Nội vụ"]
    assert names("UBND các tỉnh, thành phố: Nam Định, Hải Phòng báo cáo.") == [
        "Ủy ban nhân dân tỉnh Nam Định",
        "Ủy ban nhân dân thành phố Hải Phòng",
    ]


def test_a_plural_list_goes_on_past_a_commune_named_like_a_province() -> None:
    assert names("Công an các xã Vĩnh Thủy, Vĩnh Long và Vĩnh Hòa ra quân.") == [
        "Công an xã Vĩnh Thủy",
        "Công an xã Vĩnh Long",
        "Công an xã Vĩnh Hòa",
    ]
    assert names("Huyện ủy Vĩnh Linh, Quảng Trị họp.") == ["Huyện ủy Vĩnh Linh"]


def test_a_plural_list_ends_at_the_province_its_units_lie_in() -> None:
    # (a xã Quảng Trị exists, in another province; no huyện is spelt "Quảng Bình")
    assert names("Đảng ủy các xã Hướng Lập, Hướng Việt, Quảng Trị ra nghị quyết.") == [
        "Đảng ủy xã Hướng Lập",
        "Đảng ủy xã Hướng Việt",
    ]
    assert names("UBND các huyện Bố Trạch, Minh Hóa, Quảng Bình chỉ đạo chống bão.") == [
        "Ủy ban nhân dân huyện Bố Trạch",
        "Ủy ban nhân dân huyện Minh Hóa",
    ]
    # joined by "và" it is one more unit: a phường Quảng Trị exists in Quảng Trị since 2025
    text = "Công an các phường Đông Hà, Nam Đông Hà và Quảng Trị tuần tra."
    assert names(text, article_date="2025-09-01") == [
        "Công an phường Đông Hà",
        "Công an phường Nam Đông Hà",
        "Công an phường Quảng Trị",
    ]


def test_military_regions_coast_guard_and_the_high_courts() -> None:
    text = (
        "Bộ Tư lệnh Quân khu 5, Đảng ủy Quân khu 7, Bộ Tư lệnh Cảnh sát biển và Viện kiểm sát"
        " nhân dân cấp cao tại Đà Nẵng phối hợp."
    )
    assert names(text) == [
        "Quân khu 5",
        "Đảng ủy Quân khu 7",
        "Cảnh sát biển Việt Nam",
        "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng",
    ]


def test_police_units_with_their_codes_and_departments_written_in_letters() -> None:
    text = (
        "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Hà Tĩnh, Cục THADS tỉnh Hà Tĩnh và CA"
        " huyện Can Lộc phối hợp."
    )
    assert names(text) == [
        "Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh",
        "Cục Thi hành án dân sự tỉnh Hà Tĩnh",
        "Công an huyện Can Lộc",
    ]


def test_schools_numbered_sites_a_ministrys_departments_and_the_rural_programmes_office() -> None:
    text = (
        "Trường Tiểu học Bản Khoang 1 và Trường Tiểu học Bản Khoang 2 khai giảng; Trường THCS"
        " Kim Đồng 3 năm liền đạt chuẩn."
    )
    assert names(text) == [
        "Trường Tiểu học Bản Khoang 1",
        "Trường Tiểu học Bản Khoang 2",
        "Trường THCS Kim Đồng",
    ]
    # a number before a noun counts something: the school is given, or has, so many
    text = (
        "Đoàn công tác tặng Trường Tiểu học Húc Nghì 25 bộ bàn ghế; Trường Mầm non Tà Long 2"
        " dãy phòng học bị hư hỏng; Trường THCS A Vao 1, Trường THCS A Vao 2 vận động học sinh"
        " đến lớp; Trường Tiểu học A Bung 1 nằm sát biên giới; tặng Trường Mầm non A Bung 2 30"
        " suất quà."
    )
    assert names(text) == [
        "Trường Tiểu học Húc Nghì",
        "Trường Mầm non Tà Long",
        "Trường THCS A Vao 1",
        "Trường THCS A Vao 2",
        "Trường Tiểu học A Bung 1",
        "Trường Mầm non A Bung 2",
    ]
    text = "Vụ Tổ chức cán bộ Bộ Nội vụ, Thanh tra Bộ Tài chính và Văn phòng Bộ Y tế làm việc."
    assert names(text) == [
        "Vụ Tổ chức cán bộ Bộ Nội vụ",
        "Thanh tra Bộ Tài chính",
        "Văn phòng Bộ Y tế",
    ]
    assert names("Vụ việc được Bộ Y tế xem xét.") == ["Bộ Y tế"]
    # a comma may come between a department and its ministry, but not after a case's name
    assert names("Ông Hòa, Vụ Bảo hiểm y tế, Bộ Y tế phát biểu.") == ["Vụ Bảo hiểm y tế Bộ Y tế"]
    assert names("Vụ việc, Bộ Y tế đã xem xét.") == ["Bộ Y tế"]
    # the ministry's departments listed before the one named with it: each is the ministry's
    text = (
        "Vụ Tổ chức cán bộ, Vụ Khoa học và Công nghệ, Văn phòng và Thanh tra Bộ Công Thương họp;"
        " các vụ, Văn phòng và Thanh tra Bộ Tài chính cùng dự."
    )
    assert names(text) == [
        "Vụ Tổ chức cán bộ Bộ Công Thương",
        "Vụ Khoa học và Công nghệ Bộ Công Thương",
        "Văn phòng Bộ Công Thương",
        "Thanh tra Bộ Công Thương",
        "Văn phòng Bộ Tài chính",
        "Thanh tra Bộ Tài chính",
    ]
    # or brackets around the body it belongs to, which the mention then covers
    found = find_agencies(
        "Bà Lan (Vụ Kế hoạch - Tài chính (Bộ Xây dựng)) và Đội Cảnh sát kinh tế (Công an huyện"
        " Quế Phong) trao đổi; vụ việc (Bộ Công an) được chuyển."
    )
    assert [(a.name, a.parent, [m.surface for m in a.mentions]) for a in found] == [
        (
            "Vụ Kế hoạch - Tài chính Bộ Xây dựng",
            "Bộ Xây dựng",
            ["Vụ Kế hoạch - Tài chính (Bộ Xây dựng)"],
        ),
        (
            "Đội Cảnh sát kinh tế Công an huyện Quế Phong",
            "Công an huyện Quế Phong",
            ["Đội Cảnh sát kinh tế (Công an huyện Quế Phong)"],
        ),
        ("Bộ Công an", "Chính phủ", ["Bộ Công an"]),
    ]
    # a case named after a company, its name in capitals, is no department
    assert names("Vụ Phúc Sơn Bộ Công an đang điều tra.") == ["Bộ Công an"]
    assert names("Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh họp.") == [
        "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh"
    ]


def test_offices_of_the_provinces_listed_and_sectors_that_are_no_ministry() -> None:
    assert names("Sở Xây dựng các tỉnh Quảng Nam và Quảng Ngãi đã thống nhất.") == [
        "Sở Xây dựng tỉnh Quảng Nam",
        "Sở Xây dựng tỉnh Quảng Ngãi",
    ]
    assert names("Bộ Công an, Công an tỉnh Quảng Ninh phối hợp.") == [
        "Bộ Công an",
        "Công an tỉnh Quảng Ninh",
    ]
    assert names("Bộ Nội vụ, Tư pháp - Hộ tịch là lĩnh vực được quan tâm.") == ["Bộ Nội vụ"]


def test_the_social_insurances_regional_offices_of_2025() -> None:
    assert names("BHXH khu vực XII tổ chức đối thoại.", article_date="2025-09-05") == [
        "Bảo hiểm xã hội khu vực XII"
    ]


def test_a_departments_name_ends_at_a_comma_that_goes_on_with_the_clause() -> None:
    text = (
        "Theo Cục Thống kê, tính đến cuối tháng 9 có 12 dự án; Chi cục Kiểm lâm, hiện nay đã"
        " tuần tra 40 lượt. Tổng cục Phòng, chống thiên tai cảnh báo."
    )
    assert names(text) == [
        "Cục Thống kê",
        "Chi cục Kiểm lâm",
        "Tổng cục Phòng, chống thiên tai",
    ]


def test_central_party_bodies_with_trung_uong_shortened() -> None:
    text = (
        "UBKT TW, Ban Tổ chức TƯ, Ban Kinh tế T.Ư và Văn phòng TW Đảng cùng dự; Ủy ban Kiểm tra"
        " Trung ương kết luận."
    )
    assert names(text, article_date="2024-11-01") == [
        "Ủy ban Kiểm tra Trung ương",
        "Ban Tổ chức Trung ương",
        "Ban Kinh tế Trung ương",
        "Văn phòng Trung ương Đảng",
    ]


def test_one_body_of_each_province_listed_after_the_fixed_phrase_without_a_colon() -> None:
    text = "UBND các tỉnh, thành phố Thái Nguyên, Cao Bằng và Hà Nội chủ động sơ tán dân."
    assert names(text, article_date="2025-10-14") == [
        "Ủy ban nhân dân tỉnh Thái Nguyên",
        "Ủy ban nhân dân tỉnh Cao Bằng",
        "Ủy ban nhân dân thành phố Hà Nội",
    ]


def test_disaster_and_civil_defence_commands() -> None:
    text = (
        "Ban Chỉ huy PCTT&TKCN tỉnh Quảng Bình, Ban Chỉ huy phòng chống thiên tai và tìm kiếm"
        " cứu nạn huyện Lệ Thủy và BCH PCTT-TKCN xã Sen Thủy trực 24/24 giờ."
    )
    assert names(text, article_date="2024-09-12") == [
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Bình",
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Lệ Thủy",
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã Sen Thủy",
    ]
    text = "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Trị và Ban Chỉ huy Quân sự xã Cam Lộ họp."
    assert names(text, article_date="2025-10-20") == [
        "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Trị",
        "Ban Chỉ huy Quân sự xã Cam Lộ",
    ]


def test_a_count_before_a_bodys_head_names_no_body() -> None:
    # (nor the "Thuế tỉnh" inside a counted "Cục Thuế tỉnh")
    assert names("Đã có 2 Cục Thuế tỉnh nộp báo cáo.", article_date="2025-03-20") == []
    text = (
        "Ngành thuế gộp 63 Cục Thuế tỉnh, thành phố thành 20 Chi cục Thuế khu vực; 2 Sở Tài"
        " chính bị giải thể. Lần thứ 3 UBND huyện Cam Lộ kiểm tra; lúc 9 giờ 30 Công an xã Cam"
        " Hiếu có mặt."
    )
    assert names(text, article_date="2025-03-20") == [
        "Ủy ban nhân dân huyện Cam Lộ",
        "Công an xã Cam Hiếu",
    ]


def test_boards_listed_before_the_party_committee_they_belong_to() -> None:
    text = "Ban Chấp hành, Ban Thường vụ, UBKT Đảng ủy xã Hướng Phùng ra mắt đảng viên."
    assert names(text, article_date="2025-09-28") == [
        "Ban Chấp hành Đảng ủy xã Hướng Phùng",
        "Ban Thường vụ Đảng ủy xã Hướng Phùng",
        "Ủy ban Kiểm tra Đảng ủy xã Hướng Phùng",
    ]
    assert names("BTV, UBKT Huyện ủy Gio Linh họp.", article_date="2024-09-28") == [
        "Ban Thường vụ Huyện ủy Gio Linh",
        "Ủy ban Kiểm tra Huyện ủy Gio Linh",
    ]


def test_the_party_organisation_of_a_provinces_party_agencies() -> None:
    text = (
        "Đại hội Đảng bộ các cơ quan Đảng tỉnh Quảng Trị lần thứ I bầu BCH Đảng bộ các cơ quan"
        " Đảng tỉnh Quảng Trị."
    )
    assert names(text, article_date="2025-08-25") == [
        "Đảng bộ các cơ quan Đảng tỉnh Quảng Trị",
        "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh Quảng Trị",
    ]


def test_the_boards_of_economic_industrial_and_high_tech_zones() -> None:
    text = (
        "BQL các KCN Bắc Giang, Ban Quản lý Khu kinh tế Vân Phong, BQL KKT Đông Nam Nghệ An và"
        " Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa ký kết hợp tác."
    )
    assert names(text, article_date="2025-10-10") == [
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang",
        "Ban Quản lý Khu kinh tế Vân Phong",
        "Ban Quản lý Khu kinh tế Đông Nam Nghệ An",
        "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa",
    ]


def test_one_body_of_each_unit_listed_under_several_level_words() -> None:
    text = "UBND các huyện, thị xã, thành phố: Quỳnh Lưu, Hoàng Mai, Vinh ra quân."
    assert names(text, article_date="2024-08-20") == [
        "Ủy ban nhân dân huyện Quỳnh Lưu",
        "Ủy ban nhân dân thị xã Hoàng Mai",
        "Ủy ban nhân dân thành phố Vinh",
    ]


def test_forest_land_weather_and_fund_bodies_of_a_province_or_district() -> None:
    text = (
        "Hạt Kiểm lâm huyện Hướng Hóa, Chi nhánh Văn phòng Đăng ký đất đai huyện Cam Lộ, Đài"
        " Khí tượng thủy văn tỉnh Quảng Trị và Quỹ BV&PTR tỉnh Quảng Trị họp bàn."
    )
    assert names(text, article_date="2024-09-12") == [
        "Hạt Kiểm lâm huyện Hướng Hóa",
        "Chi nhánh Văn phòng Đăng ký đất đai huyện Cam Lộ",
        "Đài Khí tượng thủy văn tỉnh Quảng Trị",
        "Quỹ Bảo vệ và Phát triển rừng tỉnh Quảng Trị",
    ]


def test_a_list_of_units_each_with_its_province_in_brackets() -> None:
    text = (
        "Đảng bộ phường Đông Hà (Quảng Trị), phường Đồng Hới (Quảng Trị) và phường Huế (TP"
        " Huế) tổ chức đại hội điểm."
    )
    assert names(text, article_date="2025-08-26") == [
        "Đảng bộ phường Đông Hà",
        "Đảng bộ phường Đồng Hới",
        "Đảng bộ phường Huế",
    ]


def test_a_party_organisation_written_in_lower_case_with_its_place() -> None:
    text = (
        "Tỉnh ủy trao quyết định thành lập cho đảng bộ xã Tà Long; đại hội đảng bộ các cấp và"
        " đảng bộ xã mới được chuẩn bị chu đáo."
    )
    assert names(text, article_date="2025-07-05", province="Quảng Trị") == [
        "Tỉnh ủy Quảng Trị",
        "Đảng bộ xã Tà Long",
    ]


def test_a_departments_name_ends_with_the_countrys() -> None:
    text = (
        "Cục Đăng kiểm Việt Nam sáp nhập vào Cục Đường bộ Việt Nam; Tổng cục Đường bộ VN quản lý"
        " 25 tuyến quốc lộ."
    )
    assert names(text, article_date="2025-03-19") == [
        "Cục Đăng kiểm Việt Nam",
        "Cục Đường bộ Việt Nam",
        "Tổng cục Đường bộ Việt Nam",
    ]


def test_project_boards_named_by_a_number_or_a_proper_name() -> None:
    text = (
        "Ban QLDA 85, Ban Quản lý dự án Mỹ Thuận và Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng"
        " Trị cùng dự."
    )
    assert names(text, article_date="2024-03-19") == [
        "Ban Quản lý dự án 85",
        "Ban Quản lý dự án Mỹ Thuận",
        "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị",
    ]


def test_steering_committees_of_several_fields_and_their_abbreviation() -> None:
    text = (
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"
        " Quảng Trị họp cùng BCĐ 57 tỉnh Quảng Bình; Ban Chỉ đạo đã thống nhất với UBND tỉnh"
        " Quảng Trị."
    )
    assert names(text, article_date="2025-04-19") == [
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"
        " Quảng Trị",
        "Ban Chỉ đạo 57 tỉnh Quảng Bình",
        "Ủy ban nhân dân tỉnh Quảng Trị",
    ]


def test_a_departments_field_joined_by_va_phong_chong() -> None:
    text = (
        "Chi cục Thủy lợi và Phòng, chống thiên tai tỉnh Hà Tĩnh và Đồn Biên phòng Cửa Nhượng"
        " họp."
    )
    assert names(text, article_date="2024-08-10") == [
        "Chi cục Thủy lợi và Phòng, chống thiên tai tỉnh Hà Tĩnh",
        "Đồn Biên phòng Cửa Nhượng",
    ]


def test_a_board_of_the_party_committee_of_a_bare_provincial_body_takes_the_province() -> None:
    text = "Ủy ban Kiểm tra Đảng ủy UBND tỉnh Nghệ An đề nghị BTV Đảng ủy UBND tỉnh xem xét."
    assert names(text, article_date="2025-11-03") == [
        "Ủy ban Kiểm tra Đảng ủy Ủy ban nhân dân tỉnh Nghệ An",
        "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Nghệ An",
    ]


def test_the_body_of_a_ward_named_by_a_number_and_its_former_city() -> None:
    assert names("Đảng bộ phường 2 Bảo Lộc họp.", article_date="2025-08-15") == [
        "Đảng bộ phường 2 Bảo Lộc"
    ]


def test_a_bare_standing_board_is_the_last_named_party_committees() -> None:
    text = (
        "Đại hội bầu Đảng ủy xã Tà Long gồm 15 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành"
        " đã bầu BTV gồm 5 đồng chí. Đồng chí A, Ủy viên Ban Thường vụ, phát biểu."
    )
    assert names(text, article_date="2025-08-20") == [
        "Đảng ủy xã Tà Long",
        "Ban Thường vụ Đảng ủy xã Tà Long",
    ]
    # after a Party organisation's congress: the board of the committee that leads it
    text = (
        "Đại hội Đảng bộ huyện Hương Khê lần thứ XXVI bầu BCH Đảng bộ huyện Hương Khê gồm 41"
        " đồng chí; Ban Chấp hành bầu Ban Thường vụ gồm 13 đồng chí và Ủy ban Kiểm tra gồm 9"
        " đồng chí."
    )
    assert names(text, article_date="2020-07-20") == [
        "Đảng bộ huyện Hương Khê",
        "Ban Chấp hành Đảng bộ huyện Hương Khê",
        "Ban Thường vụ Huyện ủy Hương Khê",
        "Ủy ban Kiểm tra Huyện ủy Hương Khê",
    ]
    # the committee its sentence names, before a board of that name named elsewhere
    text = (
        "Ban Chấp hành Đảng bộ xã Cam Lộ đã bầu Ban Thường vụ gồm 9 đồng chí. Ban Thường vụ"
        " Tỉnh ủy Quảng Trị gửi lời chúc mừng."
    )
    assert names(text, article_date="2025-08-20") == [
        "Ban Chấp hành Đảng bộ xã Cam Lộ",
        "Ban Thường vụ Đảng ủy xã Cam Lộ",
        "Ban Thường vụ Tỉnh ủy Quảng Trị",
    ]
    # (none named before it, or a kind of board, or a parent the finder cannot read: none)
    assert names("Ban Thường vụ đã họp. Tỉnh ủy Quảng Trị chỉ đạo.") == ["Tỉnh ủy Quảng Trị"]
    text = "Huyện ủy Cam Lộ hợp nhất Ủy ban Kiểm tra với Thanh tra cấp huyện."
    assert names(text, article_date="2024-08-20") == ["Huyện ủy Cam Lộ"]


def test_a_units_task_written_in_letters_is_named_in_full() -> None:
    text = "Trung tâm PVHCC xã Cam Lộ và Ban QLDA ĐTXD tỉnh Quảng Trị phối hợp."
    assert names(text, article_date="2025-09-01") == [
        "Trung tâm Phục vụ hành chính công xã Cam Lộ",
        "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị",
    ]


def test_the_election_bodies() -> None:
    # the national council and each unit's election committee, in full or abbreviated; the
    # committee's long name holds the bodies it elects, which are not named on their own
    text = (
        "Hội đồng Bầu cử quốc gia phân bổ số đại biểu; UBBC tỉnh Sơn La và Ủy ban bầu cử xã"
        " Chiềng Mai họp. Ủy ban bầu cử đại biểu Quốc hội và đại biểu HĐND tỉnh Điện Biên công"
        " bố danh sách."
    )
    assert names(text, article_date="2026-02-01") == [
        "Hội đồng bầu cử quốc gia",
        "Ủy ban bầu cử tỉnh Sơn La",
        "Ủy ban bầu cử xã Chiềng Mai",
        "Ủy ban bầu cử tỉnh Điện Biên",
    ]


def test_health_insurance_and_justice_bodies_of_their_own() -> None:
    # the disease-control centre by its English initials, the social insurance's offices of
    # 2025 named by their area, the citizen-reception boards, the supreme court and procuracy
    # abbreviated, a province's bar
    text = (
        "CDC Gia Lai cùng BHXH cơ sở Chư Sê - Chư Pưh tuyên truyền; Ban Tiếp công dân tỉnh Gia"
        " Lai và Trụ sở Tiếp công dân huyện Chư Sê tiếp dân. Đại diện TAND tối cao, VKSND tối"
        " cao và Đoàn Luật sư tỉnh Gia Lai dự họp."
    )
    assert names(text, article_date="2024-12-01") == [
        "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai",
        "Bảo hiểm xã hội cơ sở Chư Sê - Chư Pưh",
        "Ban Tiếp công dân tỉnh Gia Lai",
        "Trụ sở Tiếp công dân huyện Chư Sê",
        "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
        "Đoàn Luật sư tỉnh Gia Lai",
    ]


def test_associations_named_by_a_long_cause_and_after_a_comma() -> None:
    text = (
        "Hội Người mù tỉnh Kon Tum, Hội Nạn nhân chất độc da cam/dioxin huyện Đắk Hà và Hội Bảo"
        " trợ người khuyết tật và trẻ mồ côi tỉnh Kon Tum thăm hỏi. Hội Doanh nhân trẻ trao quà"
        " cho học sinh xã Ngọk Wang."
    )
    assert names(text, article_date="2024-12-01") == [
        "Hội Người mù tỉnh Kon Tum",
        "Hội Nạn nhân chất độc da cam/dioxin huyện Đăk Hà",  # (the gazetteer's spelling)
        "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Kon Tum",
    ]


def test_the_social_policy_banks_offices_named_before_it() -> None:
    text = (
        "PGD NHCSXH huyện Tương Dương và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Nghệ An đã"
        " giải ngân; Ban đại diện HĐQT NHCSXH huyện Tương Dương kiểm tra. NHCSXH tỉnh Nghệ An"
        " chỉ đạo."
    )
    assert names(text, article_date="2024-12-01") == [
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Tương Dương",
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Nghệ An",
        "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện Tương Dương",
        "Ngân hàng Chính sách xã hội tỉnh Nghệ An",
    ]


def test_bch_before_a_military_or_border_command_is_the_command() -> None:
    text = (
        "BCH Quân sự tỉnh Bạc Liêu, BCH Bộ đội Biên phòng tỉnh Cà Mau và BCH Quân sự huyện Đông"
        " Hải diễn tập; BCH Đảng bộ tỉnh Bạc Liêu theo dõi."
    )
    assert names(text, article_date="2023-09-01") == [
        "Bộ Chỉ huy Quân sự tỉnh Bạc Liêu",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau",
        "Ban Chỉ huy Quân sự huyện Đông Hải",
        "Ban Chấp hành Đảng bộ tỉnh Bạc Liêu",
    ]


def test_more_tasks_written_in_letters() -> None:
    text = (
        "Trung tâm DVNN huyện Thoại Sơn, Trung tâm GDNN-GDTX huyện Tri Tôn và Ban Chỉ đạo các"
        " CTMTQG tỉnh An Giang họp bàn."
    )
    assert names(text, article_date="2023-09-01") == [
        "Trung tâm Dịch vụ nông nghiệp huyện Thoại Sơn",
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tri Tôn",
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh An Giang",
    ]


def test_the_land_clearance_boards_and_councils() -> None:
    text = (
        "Ban Bồi thường, giải phóng mặt bằng quận Lê Chân, Ban GPMB huyện Đông Anh và Hội đồng"
        " bồi thường, hỗ trợ và tái định cư huyện Diên Khánh họp; Hội đồng thẩm định giá đất tỉnh"
        " Hưng Yên thẩm định; Hội đồng thẩm định bảng giá đất tỉnh Hưng Yên họp."
    )
    assert names(text, article_date="2022-09-01") == [
        "Ban Bồi thường, giải phóng mặt bằng quận Lê Chân",
        "Ban Bồi thường, giải phóng mặt bằng huyện Đông Anh",
        "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Diên Khánh",
        "Hội đồng thẩm định giá đất tỉnh Hưng Yên",
        "Hội đồng thẩm định bảng giá đất tỉnh Hưng Yên",
    ]


def test_a_named_school_written_with_a_lower_case_truong() -> None:
    text = (
        "Quà được trao cho trường THCS Phan Bội Châu và trường Tiểu học Kim Đồng; các trường"
        " THPT trên địa bàn cũng nhận sách."
    )
    assert names(text) == ["Trường THCS Phan Bội Châu", "Trường Tiểu học Kim Đồng"]


def test_a_bare_office_takes_the_district_named_before_it_in_its_sentence() -> None:
    text = (
        "Giáo viên ở TP. Hà Tĩnh được tập huấn. Tại huyện Hương Sơn, Phòng GD&ĐT đã mở lớp"
        " bồi dưỡng cho cán bộ quản lý."
    )
    # (the article is about the city, named first)
    found = names(text, province="Hà Tĩnh", district="Hà Tĩnh", article_date="2022-03-01")
    assert found == ["Phòng Giáo dục và Đào tạo huyện Hương Sơn"]
    # ... only a place phrase that opens its clause: not where a person was born
    text = "Sinh ra ở huyện Hương Sơn, thầy Nam đã có 30 năm công tác tại Phòng GD&ĐT."
    found = names(text, province="Hà Tĩnh", district="Hà Tĩnh", article_date="2022-03-01")
    assert found == ["Phòng Giáo dục và Đào tạo thành phố Hà Tĩnh"]


def test_a_named_centre_of_each_unit_listed_after_a_plural() -> None:
    text = (
        "Sở Y tế giao Trung tâm Y tế các huyện Mường Tè, Sìn Hồ và TTYT các huyện Than Uyên, Tân"
        " Uyên."
    )
    assert names(text, province="Lai Châu", article_date="2021-11-03") == [
        "Sở Y tế tỉnh Lai Châu",
        "Trung tâm Y tế huyện Mường Tè",
        "Trung tâm Y tế huyện Sìn Hồ",
        "Trung tâm Y tế huyện Than Uyên",
        "Trung tâm Y tế huyện Tân Uyên",
    ]


def test_standing_and_presiding_boards_of_the_front_and_mass_organisations() -> None:
    text = (
        "Thường trực Tỉnh đoàn Hà Tĩnh, Thường trực Hội Nông dân tỉnh Hà Tĩnh và Đoàn Chủ tịch"
        " UBTW MTTQ Việt Nam dự; Ban Thường trực UBTƯ MTTQ VN chủ trì."
    )
    assert names(text, article_date="2023-09-01") == [
        "Thường trực Tỉnh đoàn Hà Tĩnh",
        "Thường trực Hội Nông dân tỉnh Hà Tĩnh",
        "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]


def test_a_steering_committee_without_its_task_names_none() -> None:
    # "BCĐ tỉnh" names no one of the province's steering committees; a clause after its comma
    # is no task
    text = (
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Giang họp. Thường trực BCĐ tỉnh"
        " đề nghị xử lý. Theo Kế hoạch của BCĐ tỉnh, tập trung xử lý các vụ việc ở các huyện"
        " Bắc Quang, Vị Xuyên."
    )
    assert names(text, article_date="2024-06-01") == [
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Giang",
    ]
    # ... but one with its task after the level word is the province's
    found = names("BCĐ tỉnh về phòng, chống dịch đã họp.", province="Hà Giang")
    assert found == ["Ban Chỉ đạo tỉnh Hà Giang"]


def test_election_committees_front_boards_and_bodies_inside_a_cited_title() -> None:
    # the committee electing a ward's council, named with what it elects
    found = names("Ủy ban bầu cử đại biểu HĐND phường Hồng Hà đã họp tổng kết.")
    assert "Ủy ban bầu cử phường Hồng Hà" in found
    # the Front's committee written "UB MTTQ", its standing board "BTT"
    found = names("Ban Thường trực UB MTTQ VN tỉnh Cà Mau và BTT UBMTTQ tỉnh Kiên Giang họp.")
    assert found == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang",
    ]
    # a council with no place in the title of a cited resolution is what it is about
    text = (
        "Căn cứ Nghị quyết số 629/2019/UBTVQH14 ngày 30/01/2019 của Ủy ban Thường vụ Quốc hội"
        " hướng dẫn một số hoạt động của Hội đồng nhân dân; Nghị quyết số 1206/2016/NQ-UBTVQH13"
        " về chế độ, chính sách của đại biểu HĐND."
    )
    assert names(text, province="Điện Biên") == ["Ủy ban Thường vụ Quốc hội"]
    # ... not a council written after the title, the subject of the next clause
    text = "Thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số, HĐND đã giám sát."
    assert names(text, province="Điện Biên") == ["Hội đồng nhân dân tỉnh Điện Biên"]


def test_sub_departments_named_with_joined_or_listed_sectors_and_bare() -> None:
    text = (
        "Chi cục Trồng trọt và BVTV tỉnh Thái Bình cùng Chi cục Chăn nuôi, Thú y và Thủy sản"
        " tỉnh Thái Bình khuyến cáo bà con."
    )
    assert names(text) == [
        "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Thái Bình",
        "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Thái Bình",
    ]
    # a department's sub-department named bare is the article's province's, as a bare Sở is
    text = "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản kiểm tra tàu cá."
    assert names(text, province="Bình Định") == [
        "Sở Nông nghiệp và Môi trường tỉnh Bình Định",
        "Chi cục Thủy sản tỉnh Bình Định",
    ]
    # ... not a central agency's branch, nor a region's
    text = "Chi cục Thuế khu vực IV và Chi cục Kiểm ngư Vùng II họp."
    assert names(text, province="Bình Định") == [
        "Chi cục Thuế khu vực IV",
        "Chi cục Kiểm ngư Vùng II",
    ]


def test_a_bare_land_registry_office_is_the_articles_provinces() -> None:
    # the land registration office is one per province: written without its place, it is the
    # office of the province the article is about, as a bare "Sở Tài chính" is
    text = "Văn phòng Đăng ký đất đai đã cấp 300 giấy chứng nhận cho người dân."
    assert names(text, province="Nghệ An") == ["Văn phòng Đăng ký đất đai tỉnh Nghệ An"]
    assert names("Chi nhánh Văn phòng Đăng ký đất đai huyện Nghi Lộc tiếp nhận hồ sơ.") == [
        "Chi nhánh Văn phòng Đăng ký đất đai huyện Nghi Lộc"
    ]


def test_an_area_capitalised_in_a_name_is_the_same_body() -> None:
    # "Khu vực" and "Liên huyện" written with capitals inside a name: one body, named in lower
    # case, whichever way the text wrote it first
    text = (
        "Trung tâm Y tế Khu vực Cam Lộ họp với Hạt Kiểm lâm Liên huyện Đông Hà - Cam Lộ. Sau"
        " đó Trung tâm Y tế khu vực Cam Lộ và Hạt Kiểm lâm Khu vực Gio Linh ký kết, Chi cục"
        " Thuế Khu vực XV chứng kiến."
    )
    assert names(text) == [
        "Trung tâm Y tế khu vực Cam Lộ",
        "Hạt Kiểm lâm liên huyện Đông Hà - Cam Lộ",
        "Hạt Kiểm lâm khu vực Gio Linh",
        "Chi cục Thuế khu vực XV",
    ]


def test_forest_rangers_forest_boards_and_national_parks() -> None:
    text = (
        "Hạt Kiểm lâm khu vực Hướng Hóa, Hạt Kiểm lâm liên huyện Krông Pa - Ia Pa và Hạt KL"
        " huyện Ea Kar cùng tuần tra."
    )
    assert names(text) == [
        "Hạt Kiểm lâm khu vực Hướng Hóa",
        "Hạt Kiểm lâm liên huyện Krông Pa - Ia Pa",
        "Hạt Kiểm lâm huyện Ea Kar",
    ]
    # boards named after a river or an area keep the name as written, no level put in
    text = "BQL rừng phòng hộ Sông Đà và Ban Quản lý rừng đặc dụng Đakrông ký kết quy chế."
    assert names(text) == [
        "Ban Quản lý rừng phòng hộ Sông Đà",
        "Ban Quản lý rừng đặc dụng Đakrông",
    ]
    # a national park is a body when it acts or after its director's title, not as a place
    text = (
        "VQG Yok Đôn vừa tái thả hai cá thể khỉ. Giám đốc Vườn quốc gia Tràm Chim cho biết du"
        " khách đến Vườn quốc gia Ba Vì tăng."
    )
    assert names(text) == ["Vườn quốc gia Yok Đôn", "Vườn quốc gia Tràm Chim"]


def test_agriculture_offices_written_short_and_two_national_bodies() -> None:
    text = (
        "Phòng NN và PTNT huyện Lục Yên, LMHTX tỉnh Lào Cai và Chi nhánh VPĐK đất đai huyện"
        " Bảo Thắng cùng Chi nhánh Văn phòng Đăng ký đất đai khu vực Sa Pa họp."
    )
    assert names(text) == [
        "Phòng Nông nghiệp và Phát triển nông thôn huyện Lục Yên",
        "Liên minh Hợp tác xã tỉnh Lào Cai",
        "Chi nhánh Văn phòng Đăng ký đất đai huyện Bảo Thắng",
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực Sa Pa",
    ]
    text = (
        "Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn nhận định theo Trung tâm"
        " Dự báo KTTV quốc gia."
    )
    assert names(text) == [
        "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn",
        "Trung tâm Dự báo khí tượng thủy văn quốc gia",
    ]


def test_party_committees_of_zones_and_boards_of_sites() -> None:
    text = (
        "Đảng ủy Khu kinh tế tỉnh Quảng Ngãi, Đảng bộ các KCN tỉnh Bắc Giang, Ban Quản lý Khu"
        " di tích Đền Hùng và Ban Quản lý Vịnh Lan Hạ cùng dự."
    )
    assert names(text) == [
        "Đảng ủy Khu kinh tế tỉnh Quảng Ngãi",
        "Đảng bộ các khu công nghiệp tỉnh Bắc Giang",
        "Ban Quản lý Khu di tích Đền Hùng",
        "Ban Quản lý Vịnh Lan Hạ",
    ]


def test_party_organisations_of_military_commands_border_guards_and_blocs() -> None:
    text = (
        "Đảng bộ Quân sự tỉnh Lai Châu, Chi bộ Quân sự xã Mường Tè, Đảng ủy Quân sự phường"
        " Đông Hà, Đảng bộ Biên phòng tỉnh Lai Châu và Đảng bộ Khối Doanh nghiệp tỉnh Lai Châu"
        " tổ chức đại hội."
    )
    assert names(text, article_date="2025-09-01") == [
        "Đảng bộ Quân sự tỉnh Lai Châu",
        "Chi bộ Quân sự xã Mường Tè",
        "Đảng ủy Quân sự phường Đông Hà",
        "Đảng bộ Bộ đội Biên phòng tỉnh Lai Châu",
        "Đảng bộ Khối Doanh nghiệp tỉnh Lai Châu",
    ]


def test_health_offices_in_letters_regional_centres_and_the_officials_health_board() -> None:
    text = (
        "SYT tỉnh Cà Mau, PGD&ĐT huyện Cái Nước, Trung tâm y tế khu vực Năm Căn và Ban BVCSSK"
        " cán bộ tỉnh Cà Mau cùng họp; Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bạc Liêu dự."
    )
    assert names(text) == [
        "Sở Y tế tỉnh Cà Mau",
        "Phòng Giáo dục và Đào tạo huyện Cái Nước",
        "Trung tâm Y tế khu vực Năm Căn",
        "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Cà Mau",
        "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bạc Liêu",
    ]
    # letters alone, no place after them: no office told
    assert names("Theo SYT, số ca bệnh giảm.") == []


def test_offices_of_many_units_and_an_office_named_with_its_committee() -> None:
    # the offices of a number of units, or of "các" units after "của": none named
    text = "Đại diện Phòng Tư pháp của 9 huyện và Phòng Nội vụ của các xã đã dự."
    assert names(text) == []
    text = "Phòng Kinh tế UBND xã Triệu Phong và Phòng Tư pháp thuộc UBND huyện Hải Lăng họp."
    assert names(text) == ["Phòng Kinh tế xã Triệu Phong", "Phòng Tư pháp huyện Hải Lăng"]


def test_a_schools_youth_union_trade_union_and_pioneer_troop() -> None:
    text = (
        "Đoàn trường THPT Phan Bội Châu, Công đoàn Trường THCS Đặng Thai Mai và Liên đội"
        " Trường Tiểu học Hưng Dũng phát động thi đua; Trường THPT Huỳnh Thúc Kháng hưởng ứng."
    )
    assert names(text) == [
        "Đoàn trường THPT Phan Bội Châu",
        "Công đoàn Trường THCS Đặng Thai Mai",
        "Liên đội Trường Tiểu học Hưng Dũng",
        "Trường THPT Huỳnh Thúc Kháng",
    ]


def test_investigation_bodies_of_the_ministry_and_in_letters() -> None:
    text = (
        "Cơ quan Cảnh sát điều tra Bộ Công an và CQCSĐT Công an tỉnh Bình Thuận phối hợp;"
        " Bộ Công an chỉ đạo, Văn phòng Bộ Công an thông tin."
    )
    assert names(text) == [
        "Cơ quan Cảnh sát điều tra Bộ Công an",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Thuận",
        "Bộ Công an",
        "Văn phòng Bộ Công an",
    ]


def test_a_provinces_religious_affairs_committee_and_the_border_guards_command() -> None:
    text = "Ban Tôn giáo tỉnh Kon Tum, Ban Tôn giáo Chính phủ và Bộ Tư lệnh BĐBP cùng dự."
    assert names(text, article_date="2024-03-01") == [
        "Ban Tôn giáo tỉnh Kon Tum",
        "Ban Tôn giáo Chính phủ",
        "Bộ đội Biên phòng Việt Nam",
    ]


def test_the_legal_education_council_of_each_level() -> None:
    text = (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Tuyên Quang và Hội đồng phối hợp"
        " PBGDPL huyện Sơn Dương họp."
    )
    assert names(text) == [
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Tuyên Quang",
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện Sơn Dương",
    ]


def test_the_inspection_committee_of_a_party_committee_of_agencies() -> None:
    text = (
        "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh và UBKT Đảng ủy Quân sự tỉnh Hà"
        " Tĩnh họp."
    )
    assert names(text) == [
        "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh",
        "Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh Hà Tĩnh",
    ]


def test_the_young_pioneers_council_of_a_level() -> None:
    text = "Hội đồng Đội tỉnh Thanh Hóa và Hội đồng Đội huyện Thọ Xuân tổ chức liên hoan."
    assert names(text) == ["Hội đồng Đội tỉnh Thanh Hóa", "Hội đồng Đội huyện Thọ Xuân"]


def test_a_sectors_trade_union_of_a_province_and_the_education_union() -> None:
    text = (
        "Công đoàn ngành Giáo dục tỉnh Hưng Yên, Công đoàn ngành Y tế tỉnh Hưng Yên và Công"
        " đoàn Giáo dục Việt Nam phát động thi đua; công đoàn ngành nào cũng hưởng ứng."
    )
    assert names(text) == [
        "Công đoàn ngành Giáo dục tỉnh Hưng Yên",
        "Công đoàn ngành Y tế tỉnh Hưng Yên",
        "Công đoàn Giáo dục Việt Nam",
    ]


def test_an_association_of_a_level_whose_place_is_not_written() -> None:
    text = "Sở Tư pháp cùng Hội Luật gia tỉnh, Đoàn Luật sư tỉnh tổ chức trợ giúp pháp lý."
    assert names(text, province="Quảng Bình") == [
        "Sở Tư pháp tỉnh Quảng Bình",
        "Hội Luật gia tỉnh Quảng Bình",
        "Đoàn Luật sư tỉnh Quảng Bình",
    ]


def test_a_bare_office_is_the_same_office_named_before_else_the_articles_provinces() -> None:
    text = (
        "Tỉnh Gia Lai đón đoàn của Sở Y tế tỉnh Kon Tum. Sở Nội vụ giới thiệu bộ máy; Sở Y tế"
        " trao đổi kinh nghiệm. UBND tỉnh Gia Lai chủ trì."
    )
    assert names(text, province="Gia Lai") == [
        "Sở Y tế tỉnh Kon Tum",
        "Sở Nội vụ tỉnh Gia Lai",
        "Ủy ban nhân dân tỉnh Gia Lai",
    ]


def test_a_bare_communes_body_is_not_of_the_communes_in_an_aside_or_a_list() -> None:
    # (nor of the communes a merger was made from)
    text = "Xã Lộc Thủy được thành lập trên cơ sở xã Lộc Tiến, xã Lộc Vĩnh, UBND xã đã họp."
    assert names(text, province="Thừa Thiên Huế", article_date="2025-08-01") == [
        "Ủy ban nhân dân xã Lộc Thủy"
    ]
    text = (
        "Ở xã Phú Lương (hợp nhất từ xã Phú Nham, xã Phú Thanh), UBND xã đã họp. Tại xã Ia"
        " Grai, sau khi các xã Ia Tô, Ia Krai về chung một nhà, Đảng ủy xã ra mắt."
    )
    assert names(text, province="Gia Lai", article_date="2025-08-01") == [
        "Ủy ban nhân dân xã Phú Lương",
        "Đảng ủy xã Ia Grai",
    ]


def test_a_departments_division_named_before_it() -> None:
    text = (
        "Phòng Quản lý thu, BHXH tỉnh Nghệ An và Phòng Nghiệp vụ Dược thuộc Sở Y tế Nghệ An"
        " kiểm tra; Phòng Tổ chức cán bộ (Sở Nội vụ tỉnh Nghệ An) dự."
    )
    found = find_agencies(text)
    assert [(a.name, a.parent, [m.surface for m in a.mentions]) for a in found] == [
        (
            "Phòng Quản lý thu Bảo hiểm xã hội tỉnh Nghệ An",
            "Bảo hiểm xã hội tỉnh Nghệ An",
            ["Phòng Quản lý thu, BHXH tỉnh Nghệ An"],
        ),
        (
            "Phòng Nghiệp vụ Dược Sở Y tế tỉnh Nghệ An",
            "Sở Y tế tỉnh Nghệ An",
            ["Phòng Nghiệp vụ Dược thuộc Sở Y tế Nghệ An"],
        ),
        (
            "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Nghệ An",
            "Sở Nội vụ tỉnh Nghệ An",
            ["Phòng Tổ chức cán bộ (Sở Nội vụ tỉnh Nghệ An)"],
        ),
    ]
    # a district's office listed before a department is a body of its own
    text = "Tại huyện Diễn Châu, Phòng Văn hóa và Thông tin, Sở Nội vụ tỉnh Nghệ An cùng dự."
    assert names(text) == [
        "Phòng Văn hóa và Thông tin huyện Diễn Châu",
        "Sở Nội vụ tỉnh Nghệ An",
    ]


def test_a_board_of_each_committee_of_a_distributive_list() -> None:
    text = (
        "Ủy ban Kiểm tra Đảng ủy các xã Kim Sơn, Yên Mô và Ban Thường vụ Đảng ủy các phường Hoa"
        " Lư, Nam Hoa Lư đã họp."
    )
    found = find_agencies(text, province="Ninh Bình", article_date="2025-09-01")
    assert [(a.name, [m.surface for m in a.mentions]) for a in found] == [
        ("Ủy ban Kiểm tra Đảng ủy xã Kim Sơn", ["Ủy ban Kiểm tra Đảng ủy các xã Kim Sơn, Yên Mô"]),
        ("Ủy ban Kiểm tra Đảng ủy xã Yên Mô", ["Ủy ban Kiểm tra Đảng ủy các xã Kim Sơn, Yên Mô"]),
        (
            "Ban Thường vụ Đảng ủy phường Hoa Lư",
            ["Ban Thường vụ Đảng ủy các phường Hoa Lư, Nam Hoa Lư"],
        ),
        (
            "Ban Thường vụ Đảng ủy phường Nam Hoa Lư",
            ["Ban Thường vụ Đảng ủy các phường Hoa Lư, Nam Hoa Lư"],
        ),
    ]


def test_a_bare_communes_body_in_a_sentence_about_every_commune_is_none() -> None:
    text = (
        "Đảng ủy xã Ia Hrú đã hoàn thành đại hội. Tỉnh yêu cầu các xã phối hợp với Trạm Y tế xã"
        " rà soát. UBND xã đã họp."
    )
    assert names(text, province="Gia Lai", article_date="2025-09-01") == [
        "Đảng ủy xã Ia Hrú",
        "Ủy ban nhân dân xã Ia Hrú",
    ]


def test_a_bare_committee_listed_with_a_level_body_takes_its_unit() -> None:
    text = "Tại xã Lũng Cú, Đồn Biên phòng Lũng Cú phối hợp với Đảng ủy, UBND xã ra mắt tổ tự quản."
    assert names(text, province="Hà Giang", article_date="2024-05-01") == [
        "Đồn Biên phòng Lũng Cú",
        "Đảng ủy xã Lũng Cú",
        "Ủy ban nhân dân xã Lũng Cú",
    ]


def test_a_departments_board_named_before_it() -> None:
    text = (
        "Ban Tôn giáo, Sở Nội vụ tỉnh Điện Biên và Ban Thi đua - Khen thưởng Sở Nội vụ tỉnh Lai"
        " Châu cùng dự; Ban Giám đốc Sở Y tế tỉnh Lai Châu báo cáo."
    )
    found = find_agencies(text)
    assert [(a.name, a.parent, [m.surface for m in a.mentions]) for a in found] == [
        (
            "Ban Tôn giáo Sở Nội vụ tỉnh Điện Biên",
            "Sở Nội vụ tỉnh Điện Biên",
            ["Ban Tôn giáo, Sở Nội vụ tỉnh Điện Biên"],
        ),
        (
            "Ban Thi đua - Khen thưởng Sở Nội vụ tỉnh Lai Châu",
            "Sở Nội vụ tỉnh Lai Châu",
            ["Ban Thi đua - Khen thưởng Sở Nội vụ tỉnh Lai Châu"],
        ),
        # (a department's leaders are no unit of it)
        ("Sở Y tế tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu", ["Sở Y tế tỉnh Lai Châu"]),
    ]


def test_a_bare_sub_department_takes_the_province_of_the_department_after_it() -> None:
    text = (
        "Đoàn công tác của tỉnh Thanh Hóa thăm Chi cục Thủy sản thuộc Sở NN&PTNT tỉnh Nghệ An"
        " và Chi cục Văn hóa, Sở VHTTDL tỉnh Hà Tĩnh."
    )
    assert names(text) == [
        "Chi cục Thủy sản tỉnh Nghệ An",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An",
        "Chi cục Văn hóa tỉnh Hà Tĩnh",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
    ]


def test_a_plural_bodys_list_opened_by_nhu_or_with_the_plural_before_it() -> None:
    # "như" opens the list as a colon does; each name may carry its own level word
    text = "UBND các xã như Tân Lập, Tân Hòa và Đảng ủy các xã như xã Úc Kỳ, xã Nhã Lộng đã họp."
    assert names(text, province="Thái Nguyên", district="Phú Bình", article_date="2024-05-01") == [
        "Ủy ban nhân dân xã Tân Lập",
        "Ủy ban nhân dân xã Tân Hòa",
        "Đảng ủy xã Úc Kỳ",
        "Đảng ủy xã Nhã Lộng",
    ]
    # the plural written before the body, its levels listed, then the units
    text = (
        "Các Đảng ủy xã, phường như: phường Minh Xuân, xã Yên Sơn đã lập tổ công tác; các đảng"
        " bộ phường Phan Đình Phùng, xã Phú Bình gửi tham luận."
    )
    assert names(text, article_date="2025-09-01") == [
        "Đảng ủy phường Minh Xuân",
        "Đảng ủy xã Yên Sơn",
        "Đảng bộ phường Phan Đình Phùng",
        "Đảng bộ xã Phú Bình",
    ]
    # a plural with no names is none
    assert names("Các Đảng ủy xã, phường đã họp; UBND các xã như vậy cần rút kinh nghiệm.") == []



def test_a_police_departments_field_after_ve_and_its_letters() -> None:
    text = (
        "Cục Cảnh sát QLHC về TTXH (C06) hướng dẫn; Cục Cảnh sát điều tra tội phạm về tham nhũng,"
        " kinh tế, buôn lậu vào cuộc. Phòng Cảnh sát QLHC về TTXH Công an tỉnh Nghệ An cấp căn"
        " cước. Cục Thuế về làm việc với xã."
    )
    assert names(text) == [
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nghệ An",
        "Cục Thuế",
    ]


def test_a_unit_named_after_a_plural_of_unnamed_ones() -> None:
    text = (
        "Thành phố yêu cầu UBND các quận, huyện và thành phố Thủ Đức rà soát; UBND các xã và thị"
        " trấn cũng báo cáo."
    )
    assert names(text, province="Hồ Chí Minh", article_date="2023-05-01") == [
        "Ủy ban nhân dân thành phố Thủ Đức"
    ]


def test_a_centre_named_before_its_department_and_in_letters() -> None:
    text = (
        "Trung tâm Chuyển đổi số, Sở Khoa học và Công nghệ tỉnh Lào Cai vận hành nền tảng; UBND"
        " tỉnh Lào Cai giao Trung tâm PVHCC tỉnh tiếp nhận hồ sơ."
    )
    assert names(text) == [
        "Trung tâm Chuyển đổi số",  # (named as written: no comma in it, no department)
        "Sở Khoa học và Công nghệ tỉnh Lào Cai",
        "Ủy ban nhân dân tỉnh Lào Cai",
        "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
    ]


def test_the_committee_of_the_city_named_after_a_person_keeps_its_level_word() -> None:
    text = "Thành ủy TP.HCM, Ban Tuyên giáo Thành ủy TP Hồ Chí Minh phát động; Thành ủy Hà Nội dự."
    assert names(text) == [
        "Thành ủy Thành phố Hồ Chí Minh",
        "Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh",
        "Thành ủy Hà Nội",
    ]


def test_names_with_nong_thon_in_them() -> None:
    text = (
        "Văn phòng Điều phối Chương trình nông thôn mới tỉnh Hà Tĩnh và Phòng Phát triển nông"
        " thôn, Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh đi kiểm tra; Phòng Tư pháp thành phố"
        " Hà Tĩnh, Sở Tư pháp cùng dự."
    )
    assert names(text, article_date="2024-05-01") == [
        "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh",
        "Phòng Phát triển nông thôn Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
        "Phòng Tư pháp thành phố Hà Tĩnh",
        "Sở Tư pháp tỉnh Hà Tĩnh",
    ]


def test_a_bare_district_body_of_a_district_whose_name_a_town_elsewhere_has() -> None:
    # thị xã Sơn Tây (Hà Nội) must not make "UBND huyện" none of Quảng Ngãi's huyện Sơn Tây
    text = "Theo Phòng Nông nghiệp và PTNT huyện, UBND huyện đã chỉ đạo các xã."
    assert names(text, province="Quảng Ngãi", district="Sơn Tây", article_date="2024-01-01") == [
        "Phòng Nông nghiệp và Phát triển nông thôn huyện Sơn Tây",
        "Ủy ban nhân dân huyện Sơn Tây",
    ]


def test_a_policy_bank_office_named_by_its_area() -> None:
    text = "Phòng giao dịch NHCSXH khu vực Vĩnh Linh - Gio Linh giải ngân cho các hộ nghèo."
    assert names(text, province="Quảng Trị", article_date="2025-09-01") == [
        "Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Vĩnh Linh - Gio Linh"
    ]


def test_a_departments_name_ends_before_attending() -> None:
    text = (
        "Cục Cảnh sát kinh tế dự hội nghị; Cục Quản lý thị trường tỉnh Hà Tĩnh dự buổi làm việc;"
        " Ban Quản lý dự án Đầu tư xây dựng tỉnh Hà Tĩnh dự họp."
    )
    assert names(text) == [
        "Cục Cảnh sát kinh tế",
        "Cục Quản lý thị trường tỉnh Hà Tĩnh",
        "Ban Quản lý dự án Đầu tư xây dựng tỉnh Hà Tĩnh",
    ]


def test_a_courts_region_written_without_its_province() -> None:
    text = (
        "TAND khu vực 2 xét xử vụ án; VKSND khu vực 5 - Đắk Lắk phối hợp với TAND khu vực 5 điều"
        " tra."
    )
    assert names(text, province="Quảng Trị", article_date="2025-09-20") == [
        "Tòa án nhân dân khu vực 2 - Quảng Trị",  # (the article's province's)
        "Viện kiểm sát nhân dân khu vực 5 - Đắk Lắk",
        "Tòa án nhân dân khu vực 5 - Đắk Lắk",  # (the province the region was named with)
    ]
    # with no province to tell, none
    assert names("TAND khu vực 2 xét xử vụ án.", article_date="2025-09-20") == []


def test_divisions_named_for_a_field_or_after_a_units_kind() -> None:
    text = (
        "Phòng Quản lý xây dựng, Sở Xây dựng tỉnh Hà Tĩnh và Phòng Thanh tra, Sở Nội vụ tỉnh Hà"
        " Tĩnh cùng kiểm tra; Thanh tra Sở Y tế tỉnh Hà Tĩnh dự."
    )
    assert names(text) == [
        "Phòng Quản lý xây dựng Sở Xây dựng tỉnh Hà Tĩnh",
        "Phòng Thanh tra Sở Nội vụ tỉnh Hà Tĩnh",
        "Thanh tra Sở Y tế tỉnh Hà Tĩnh",
    ]


def test_the_supreme_courts_council_of_judges() -> None:
    text = "Hội đồng Thẩm phán TAND tối cao ban hành Nghị quyết số 01/2017/NQ-HĐTP hướng dẫn."
    assert names(text) == ["Hội đồng Thẩm phán Tòa án nhân dân tối cao"]


def test_a_steering_committee_named_cap_tinh_ve_its_task() -> None:
    text = (
        "Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh họp; Ban"
        " Chỉ đạo cấp tỉnh chỉ đạo các xã."
    )
    assert names(text) == [
        "Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh"
    ]


def test_a_bare_board_is_not_the_central_one_cited_as_an_issuer() -> None:
    text = (
        "Ủy ban Kiểm tra Huyện ủy Can Lộc thực hiện Hướng dẫn số 05-HD/UBKTTW của Ủy ban Kiểm tra"
        " Trung ương. Ủy ban Kiểm tra đã thi hành kỷ luật hai đảng viên."
    )
    found = {a.name: [m.surface for m in a.mentions] for a in find_agencies(text)}
    assert found["Ủy ban Kiểm tra Huyện ủy Can Lộc"] == [
        "Ủy ban Kiểm tra Huyện ủy Can Lộc",
        "Ủy ban Kiểm tra",
    ]
    assert found["Ủy ban Kiểm tra Trung ương"] == ["Ủy ban Kiểm tra Trung ương"]
    # with no board of its own named, the bare one is still the central one
    text = "Ủy ban Kiểm tra Trung ương họp; Ủy ban Kiểm tra đã kết luận."
    assert [a.name for a in find_agencies(text)] == ["Ủy ban Kiểm tra Trung ương"]


def test_religious_organisations_of_a_province_or_district() -> None:
    text = (
        "Ban Trị sự GHPGVN tỉnh Sóc Trăng, Ban Đại diện Cộng đồng Hồi giáo tỉnh Ninh Thuận và Ủy"
        " ban Đoàn kết Công giáo huyện Xuân Lộc dự lễ; Hội đồng Trị sự Giáo hội Phật giáo Việt"
        " Nam gửi thư. Ban Trị sự Phật giáo Hòa Hảo cũng có mặt."
    )
    assert names(text) == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng",
        "Ban Đại diện Cộng đồng Hồi giáo tỉnh Ninh Thuận",
        "Ủy ban Đoàn kết Công giáo huyện Xuân Lộc",
        "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
    ]


def test_border_posts_named_after_their_border_gates() -> None:
    text = (
        "Đồn Biên phòng cửa khẩu quốc tế Bờ Y và Đồn BP Cửa khẩu cảng Cửa Lò phối hợp với Đồn"
        " Biên phòng CKQT Cha Lo; đồn biên phòng cửa khẩu đã tuần tra."
    )
    assert names(text) == [
        "Đồn Biên phòng cửa khẩu quốc tế Bờ Y",
        "Đồn Biên phòng Cửa khẩu cảng Cửa Lò",
        "Đồn Biên phòng CKQT Cha Lo",
    ]


def test_the_planning_and_architecture_department_of_the_big_cities() -> None:
    text = (
        "Sở Quy hoạch – Kiến trúc thành phố Hà Nội phối hợp; Sở QH-KT TP.HCM góp ý đồ án."
    )
    assert names(text) == [
        "Sở Quy hoạch - Kiến trúc thành phố Hà Nội",
        "Sở Quy hoạch - Kiến trúc thành phố Hồ Chí Minh",
    ]


def test_an_area_named_by_two_places_joined_by_an_en_dash() -> None:
    text = (
        "Chi cục Thuế khu vực Quỳnh Lưu – Hoàng Mai thu vượt dự toán; Hạt Kiểm lâm khu vực Đông"
        " Hà – Cam Lộ tuần tra."
    )
    assert names(text) == [
        "Chi cục Thuế khu vực Quỳnh Lưu – Hoàng Mai",
        "Hạt Kiểm lâm khu vực Đông Hà – Cam Lộ",
    ]


def test_police_units_named_for_the_crimes_they_fight_and_coded_before_a_comma() -> None:
    text = (
        "Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh Hà Tĩnh và Phòng Cảnh"
        " sát điều tra tội phạm về tham nhũng, buôn lậu (PC03), Công an tỉnh Nghệ An vào cuộc."
    )
    assert names(text) == [
        "Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh Hà Tĩnh",
        "Phòng Cảnh sát điều tra tội phạm về tham nhũng, buôn lậu Công an tỉnh Nghệ An",
    ]


def test_the_communes_office_for_economy_infrastructure_and_towns_with_a_dash() -> None:
    text = (
        "Phòng Kinh tế - Hạ tầng và Đô thị phường Sầm Sơn, tỉnh Thanh Hóa và Phòng Kinh tế và Hạ"
        " tầng huyện Như Thanh họp."
    )
    assert names(text) == [
        "Phòng Kinh tế, Hạ tầng và Đô thị phường Sầm Sơn",
        "Phòng Kinh tế và Hạ tầng huyện Như Thanh",
    ]


def test_a_place_after_its_level_word_is_no_heads_name_after_his_title() -> None:
    text = (
        "Giám đốc Trung tâm Phát triển quỹ đất thành phố Hà Nội cho biết; Giám đốc Ban Quản lý"
        " dự án đầu tư xây dựng tỉnh Hà Tĩnh Lê Văn Bình cũng nói vậy."
    )
    assert names(text) == [
        "Trung tâm Phát triển quỹ đất thành phố Hà Nội",
        "Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Tĩnh",
    ]


def test_urban_order_teams_and_a_project_board_numbered_by_its_area() -> None:
    text = (
        "Đội Quản lý trật tự đô thị quận Cầu Giấy và Đội QLTTĐT phường Dịch Vọng lập biên bản;"
        " Ban Quản lý dự án đầu tư xây dựng khu vực số 2 tỉnh Nghệ An khởi công."
    )
    assert names(text) == [
        "Đội Quản lý trật tự đô thị quận Cầu Giấy",
        "Đội Quản lý trật tự đô thị phường Dịch Vọng",
        "Ban Quản lý dự án đầu tư xây dựng khu vực số 2 tỉnh Nghệ An",
    ]


def test_the_union_of_the_country_and_the_fronts_village_boards() -> None:
    text = (
        "Công đoàn Việt Nam phát động thi đua; Ban Công tác Mặt trận thôn Phú Hòa và Ban công tác"
        " MTTQ khu phố 2 ra mắt mô hình."
    )
    assert names(text) == [
        "Công đoàn Việt Nam",
        "Ban Công tác Mặt trận thôn Phú Hòa",
        "Ban Công tác Mặt trận khu phố 2",
    ]


def test_a_body_named_with_and_without_its_provinces_level_word_is_one() -> None:
    text = (
        "Trung tâm Kiểm soát bệnh tật (CDC) Quảng Bình lấy mẫu; CDC Quảng Bình cho biết kết quả."
    )
    (found,) = find_agencies(text)
    assert found.name == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình"
    assert [m.surface for m in found.mentions] == [
        "Trung tâm Kiểm soát bệnh tật (CDC) Quảng Bình",
        "CDC Quảng Bình",
    ]


def test_a_departments_division_whose_name_holds_thi_or_thanh() -> None:
    text = (
        "Phòng Phát triển đô thị, Sở Xây dựng tỉnh Bắc Giang và Phòng Quản lý thị trường bất động"
        " sản, Sở Xây dựng tỉnh Bắc Ninh kiểm tra; Phòng Tư pháp thị xã Sa Pa, Sở Tư pháp tỉnh Lào"
        " Cai dự."
    )
    assert names(text) == [
        "Phòng Phát triển đô thị Sở Xây dựng tỉnh Bắc Giang",
        "Phòng Quản lý thị trường bất động sản Sở Xây dựng tỉnh Bắc Ninh",
        "Phòng Tư pháp thị xã Sa Pa",
        "Sở Tư pháp tỉnh Lào Cai",
    ]


def test_hoi_in_a_works_name_and_before_where_it_is_is_no_association() -> None:
    text = (
        "Tuyến đê Hội Thống ở xã Xuân Hội được gia cố; chợ Hội Hợp phường Vĩnh Yên đông; Hội Làm"
        " vườn xã Xuân Hội hỗ trợ."
    )
    assert names(text) == ["Hội Làm vườn xã Xuân Hội"]


def test_commune_health_stations_written_in_lower_case_with_their_commune() -> None:
    text = (
        "Bà Hoa làm ở trạm y tế xã Quỳnh Hưng; các trạm y tế xã Sơn Hải, Quỳnh Thọ được nâng"
        " cấp, còn xã nào cũng có trạm y tế."
    )
    assert names(text) == [
        "Trạm Y tế xã Quỳnh Hưng",
        "Trạm Y tế xã Sơn Hải",
        "Trạm Y tế xã Quỳnh Thọ",
    ]


def test_forest_boards_named_after_a_river_and_parks_that_manage_or_patrol() -> None:
    text = (
        "Ban Quản lý rừng phòng hộ Bắc sông Chu - Nam sông Mã và Ban Quản lý rừng phòng hộ đầu"
        " nguồn sông Đà ký quy chế; rừng do Vườn quốc gia Pù Mát quản lý được giữ tốt, Vườn quốc"
        " gia Phong Nha - Kẻ Bàng tuần tra thường xuyên; du khách đến Vườn quốc gia Ba Vì."
    )
    assert names(text) == [
        "Ban Quản lý rừng phòng hộ Bắc sông Chu - Nam sông Mã",
        "Ban Quản lý rừng phòng hộ đầu nguồn sông Đà",
        "Vườn quốc gia Pù Mát",
        "Vườn quốc gia Phong Nha - Kẻ Bàng",
    ]


def test_a_banks_branch_named_by_its_province_without_the_level_word() -> None:
    text = "Xã đề nghị Ngân hàng Chính sách xã hội chi nhánh Cần Thơ và NHCSXH chi nhánh Hà Tĩnh."
    assert names(text) == [
        "Ngân hàng Chính sách xã hội thành phố Cần Thơ",
        "Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh",
    ]


def test_an_economic_zones_board_with_its_industrial_zones_in_letters() -> None:
    text = (
        "Ban Quản lý KKT Vũng Áng và các KCN cho biết; BQL KKT Dung Quất và các KCN Quảng Ngãi"
        " họp."
    )
    assert names(text) == [
        "Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp",
        "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi",
    ]


def test_bodies_a_unit_opening_its_clause_sets_up_are_its_own() -> None:
    text = (
        "Xã Quỳnh Lập, tỉnh Nghệ An đã kiện toàn Ủy ban MTTQ và Hội Nông dân. Ngày 5/9, phường"
        " Hoàng Mai ra mắt Hội Cựu chiến binh."
    )
    assert names(text) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quỳnh Lập",
        "Hội Nông dân xã Quỳnh Lập",
        "Hội Cựu chiến binh phường Hoàng Mai",
    ]


def test_a_hospitals_department_named_before_it() -> None:
    text = (
        "Khoa Nhi, Bệnh viện Đa khoa tỉnh Hà Tĩnh tiếp nhận 20 ca; bác sĩ khoa Nội cho biết Bệnh"
        " viện Đa khoa tỉnh Quảng Bình quá tải."
    )
    assert names(text) == [
        "Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Tĩnh",
        "Bệnh viện Đa khoa tỉnh Quảng Bình",
    ]


def test_a_bare_communes_body_after_the_units_a_new_commune_was_formed_from() -> None:
    text = (
        "Tại xã Quỳnh Văn (mới), hình thành từ thị trấn Cầu Giát và 3 xã Quỳnh Tân, Quỳnh Thạch,"
        " Quỳnh Lâm, Trạm Y tế xã phục vụ 40.000 dân."
    )
    assert names(text) == ["Trạm Y tế xã Quỳnh Văn"]


def test_a_bare_departments_inspectorate_is_that_of_the_department_named_before() -> None:
    text = (
        "Sở Xây dựng tỉnh Bình Dương cho biết, Thanh tra Sở đã kiểm tra 30 công trình; Thanh tra"
        " Sở Y tế tỉnh Đồng Nai cũng vào cuộc."
    )
    found = find_agencies(text)
    assert [a.name for a in found] == [
        "Sở Xây dựng tỉnh Bình Dương",
        "Thanh tra Sở Xây dựng tỉnh Bình Dương",
        "Thanh tra Sở Y tế tỉnh Đồng Nai",
    ]
    assert [m.surface for m in found[1].mentions] == ["Thanh tra Sở"]
    assert find_agencies("Thanh tra Sở đã kiểm tra 30 công trình.") == []
