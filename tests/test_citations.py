"""The citation finder: one table of (text, expected documents), traps, helpers, invariants.

Every sentence here is written for these tests (in the genre of provincial news and legal
texts); document numbers and agency names are real facts reused.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.citations import (
    _LEVEL_LETTER,
    _candidates,
    _patterns,
    canonical_issuer,
    find_documents,
    parse_date,
    relation_of,
)
from policygraph.docnumber import NUMBER_RE, UPPER

Expected = dict[str, Any]

# (text, expected documents in order of first mention; each dict gives the fields checked)
CASES: list[tuple[str, list[Expected]]] = [
    # --- State normative numbers with the citation norm: type, number, date, issuer, title
    (
        "Xã làm tốt dân vận chính quyền nhờ bám sát Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 "
        "của Thủ tướng Chính phủ về tăng cường công tác dân vận.",
        [
            {
                "key": "18/2000/CT-TTg",
                "type": "Chỉ thị",
                "issuer": "Thủ tướng Chính phủ",
                "date": "2000-09-21",
                "year": 2000,
                "title": "về tăng cường công tác dân vận",
            }
        ],
    ),
    (
        "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ quy định xử "
        "phạt vi phạm hành chính;",
        [
            {
                "key": "15/2020/NĐ-CP",
                "type": "Nghị định",
                "issuer": "Chính phủ",
                "date": "2020-02-03",
                "relation": "based_on",
            }
        ],
    ),
    (
        "Bộ Nội vụ đã ban hành Thông tư số 01/2011/TT-BNV hướng dẫn thể thức văn bản.",
        [{"key": "01/2011/TT-BNV", "type": "Thông tư", "issuer": "Bộ Nội vụ"}],
    ),
    (
        "Quyết định số 19/2025/QĐ-TTg của Thủ tướng Chính phủ có hiệu lực từ ngày 01/7/2025.",
        [{"key": "19/2025/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "date": None}],
    ),
    (
        "Các bộ phối hợp thực hiện Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 6/5/2005.",
        [
            {
                "key": "55/2005/TTLT-BNV-VPCP",
                "type": "Thông tư liên tịch",
                "issuer": "Bộ Nội vụ - Văn phòng Chính phủ",
                "date": "2005-05-06",
                "relation": "implements",
            }
        ],
    ),
    (
        "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 đã được thay thế.",
        [
            {
                "key": "80/2015/QH13",
                "type": "Luật",
                "title": "Luật Ban hành văn bản quy phạm pháp luật",
            }
        ],
    ),
    (
        "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính "
        "cấp tỉnh.",
        [
            {
                "key": "202/2025/QH15",
                "type": "Nghị quyết",
                "issuer": "Quốc hội",
                "date": "2025-06-12",
            }
        ],
    ),
    (
        "Theo Nghị quyết số 351/2017/UBTVQH14, thể thức văn bản của Quốc hội được quy định rõ.",
        [{"key": "351/2017/UBTVQH14", "issuer": "Ủy ban Thường vụ Quốc hội"}],
    ),
    (
        "Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 1006/NQ-UBTVQH15 về số lượng phường.",
        [{"key": "1006/NQ-UBTVQH15", "issuer": "Ủy ban Thường vụ Quốc hội"}],
    ),
    # --- State administrative numbers (no year): year from the date
    (
        "Ngày 14/3/2024, UBND tỉnh Gia Lai đã ban hành Quyết định số 123/QĐ-UBND về việc kiện "
        "toàn Ban Chỉ đạo.",
        [
            {
                "key": "123/QĐ-UBND",
                "issuer": "Ủy ban nhân dân tỉnh Gia Lai",
                "date": "2024-03-14",
                "year": 2024,
            }
        ],
    ),
    (
        "Chính phủ ban hành Nghị quyết số 168/NQ-CP ngày 11/10/2023 về chương trình hành động.",
        [{"key": "168/NQ-CP", "issuer": "Chính phủ", "date": "2023-10-11"}],
    ),
    (
        "Quyết định số 449/QĐ-TTngày 12 tháng 3 năm 2013 phê duyệt Chiến lược công tác dân tộc.",
        [{"key": "449/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "date": "2013-03-12"}],
    ),
    (
        "Văn phòng Chính phủ có Công văn số 4919/VPCP-KTTH ngày 20/6/2022 truyền đạt ý kiến "
        "chỉ đạo.",
        [
            {
                "key": "4919/VPCP-KTTH",
                "type": "Công văn",
                "issuer": "Văn phòng Chính phủ",
                "date": "2022-06-20",
            }
        ],
    ),
    (
        "Ngày 5/8/2014, Bộ Nông nghiệp và Phát triển nông thôn có văn bản số 2191/BNN-TCTL gửi "
        "các địa phương.",
        [
            {
                "key": "2191/BNN-TCTL",
                "type": "Công văn",
                "issuer": "Bộ Nông nghiệp và Phát triển nông thôn",
                "date": "2014-08-05",
            }
        ],
    ),
    (
        "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 2/4/2021,",
        [{"key": "88/TTr-STC", "type": "Tờ trình", "issuer": "Sở Tài chính"}],
    ),
    (
        "Theo đề nghị của UBND huyện Krông Bông tại Tờ trình số 45/TTr-UBND ngày 9/9/2019.",
        [
            {
                "key": "45/TTr-UBND",
                "issuer": "Ủy ban nhân dân huyện Krông Bông",
                "date": "2019-09-09",
            }
        ],
    ),
    # --- Party numbers
    (
        "Các cơ quan quán triệt Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Bộ Chính trị (khóa "
        "XI) trong đợt sinh hoạt chính trị.",
        [
            {
                "key": "39-NQ/TW",
                "type": "Nghị quyết",
                "issuer": "Bộ Chính trị",
                "date": "2015-04-17",
                "term": "XI",
                "relation": "implements",
                "party": True,
            }
        ],
    ),
    (
        "Đảng bộ xã tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị bằng những việc "
        "làm cụ thể.",
        [{"key": "05-CT/TW", "issuer": "Bộ Chính trị", "relation": "implements"}],
    ),
    (
        "Ban Thường vụ Tỉnh ủy Nghệ An ban hành Nghị quyết số 15-NQ/TU về phát triển du lịch.",
        [{"key": "15-NQ/TU", "issuer": "Ban Thường vụ Tỉnh ủy Nghệ An"}],
    ),
    (
        "Thực hiện Nghị quyết số 15-NQ/TU của Tỉnh ủy Hà Giang, các huyện xây dựng kế hoạch.",
        [{"key": "15-NQ/TU", "issuer": "Tỉnh ủy Hà Giang"}],
    ),
    (
        "Ban Tổ chức Trung ương có Công văn số 8548-CV/BTCTW hướng dẫn công tác nhân sự.",
        [{"key": "8548-CV/BTCTW", "type": "Công văn", "issuer": "Ban Tổ chức Trung ương"}],
    ),
    (
        "Hướng dẫn số 63-HD/BTGTW của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm.",
        [{"key": "63-HD/BTGTW", "type": "Hướng dẫn", "issuer": "Ban Tuyên giáo Trung ương"}],
    ),
    (
        "Ban Bí thư Trung ương Đoàn ban hành Quyết định số 317-QĐ/TWĐTN-TNTH về giải thưởng.",
        [{"key": "317-QĐ/TWĐTN-TNTH", "type": "Quyết định", "party": True}],
    ),
    (
        "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về "
        "xây dựng, chỉnh đốn Đảng.",
        [
            {
                "key": "21-KL/TW",
                "type": "Kết luận",
                "issuer": "Ban Chấp hành Trung ương Đảng",
                "date": "2021-10-25",
                "term": "XIII",
            }
        ],
    ),
    (
        "Thực hiện Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng về thể thức văn bản.",
        [
            {
                "key": "36-HD/VPTW",
                "type": "Hướng dẫn",
                "issuer": "Văn phòng Trung ương Đảng",
                "relation": "implements",
            }
        ],
    ),
    (
        "Huyện ủy triển khai Nghị quyết số 04-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
        [{"key": "04-NQ/HU", "relation": "implements"}],
    ),
    (
        "Các huyện triển khai Thông báo kết luận số 45-TB/TW của Bộ Chính trị.",
        [{"key": "45-TB/TW", "type": "Thông báo", "issuer": "Bộ Chính trị"}],
    ),
    # a decision approving a plan: the noun after "phê duyệt"/"ban hành" is its object
    (
        "Huyện đã có Quyết định phê duyệt Phương án số 88/QĐ-UBND ngày 2/4/2024 về bồi thường.",
        [{"key": "88/QĐ-UBND", "type": "Quyết định", "date": "2024-04-02"}],
    ),
    # the type word, what the document does, then its number: the subject before the type word
    # issued it (not the province named with it)
    (
        "Năm ngoái, UBND huyện Đô Lương, tỉnh Nghệ An ban hành Quyết định phê duyệt phương án "
        "tái định cư số 731/QĐ-UBND ngày 5/6/2023 đối với 12 hộ.",
        [
            {
                "key": "731/QĐ-UBND",
                "type": "Quyết định",
                "issuer": "Ủy ban nhân dân huyện Đô Lương",
                "date": "2023-06-05",
            }
        ],
    ),
    (
        "Tỉnh ban hành Quyết định về việc ban hành Quy chế số 9/2023/QĐ-UBND về đo đạc.",
        [{"key": "9/2023/QĐ-UBND", "type": "Quyết định"}],
    ),
    # a minister's title before a ministry's letters with "&" in them
    (
        "Quyết định số 1034/QĐ-LĐTBXH của Bộ trưởng Bộ LĐ-TB&XH và Công văn số 55/BTTTT-KHTC"
        " của Bộ TT&TT được áp dụng.",
        [
            {
                "key": "1034/QĐ-LĐTBXH",
                "issuer": "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
            },
            {"key": "55/BTTTT-KHTC", "issuer": "Bộ Thông tin và Truyền thông"},
        ],
    ),
    # a number that names the body is part of it
    (
        "Thực hiện Hướng dẫn số 1542/HD-BTM ngày 20/7/2025 của Bộ Tham mưu Quân khu 4, xã tổ"
        " chức huấn luyện.",
        [{"key": "1542/HD-BTM", "issuer": "Bộ Tham mưu Quân khu 4"}],
    ),
    # a commander's office as the issuer, as a minister's is
    (
        "Thực hiện Chỉ thị số 01/CT-BTL ngày 2/1/2024 của Tư lệnh Bộ đội Biên phòng, các đồn"
        " tăng cường tuần tra.",
        [{"key": "01/CT-BTL", "issuer": "Tư lệnh Bộ đội Biên phòng", "date": "2024-01-02"}],
    ),
    # joint resolutions with the Fatherland Front's central committee (or its presidium)
    (
        "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN được áp dụng.",
        [
            {
                "key": "403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN",
                "issuer": "Ủy ban Thường vụ Quốc hội - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận"
                " Tổ quốc Việt Nam",
            }
        ],
    ),
    (
        "Thủ tướng đã ký Công điện số 1234/CĐ-TTg ngày 12/8/2024 về ứng phó bão.",
        [{"key": "1234/CĐ-TTg", "type": "Công điện", "issuer": "Thủ tướng Chính phủ"}],
    ),
    (
        "Quyết định số 567/QĐ-UBND ngày 20/10/2022 của UBND TP. Hồ Chí Minh được công bố.",
        [{"key": "567/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Hồ Chí Minh"}],
    ),
    (
        "Cán bộ cần làm gương theo quy định số 101-QĐ/TW của Ban Bí thư.",
        [{"key": "101-QĐ/TW", "type": "Quy định", "issuer": "Ban Bí thư"}],
    ),
    (
        "Công an tỉnh có Công văn số 45/CAT-PV01 đề nghị các xã phối hợp.",
        [{"key": "45/CAT-PV01", "type": "Công văn"}],
    ),
    # --- the head noun decides Party QĐ: Quyết định or Quy định
    (
        "Quy định số 58-QĐ/TW của Bộ Chính trị về bảo vệ chính trị nội bộ.",
        [{"key": "58-QĐ/TW", "type": "Quy định", "issuer": "Bộ Chính trị"}],
    ),
    (
        "Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội.",
        [{"key": "217-QĐ/TW", "type": "Quyết định", "issuer": "Bộ Chính trị"}],
    ),
    (
        "Đồng chí nhấn mạnh 294-QĐ/TW là văn bản quan trọng.",
        [{"key": "294-QĐ/TW", "type": "Quyết định"}],
    ),
    (
        "Quy định 08-QĐi/TW về trách nhiệm nêu gương được phổ biến rộng rãi.",
        [{"key": "08-QĐi/TW", "type": "Quy định"}],
    ),
    (
        "Ban Thường vụ Tỉnh ủy Lào Cai ban hành Kết luận số 263-TB/TU về đề án du lịch.",
        [{"key": "263-TB/TU", "type": "Kết luận", "issuer": "Ban Thường vụ Tỉnh ủy Lào Cai"}],
    ),
    # --- spaces, dashes, TƯ, State style on Party numbers, lost hyphens, glued words
    (
        "Mặt trận làm tốt Quyết định số 218- QĐ/TW ngày 12/12/2013 của Bộ Chính trị năm qua.",
        [{"key": "218-QĐ/TW", "issuer": "Bộ Chính trị", "date": "2013-12-12"}],
    ),
    (
        "Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư về dư luận xã hội.",
        [{"key": "100-KL/TW", "issuer": "Ban Bí thư", "date": "2014-08-18"}],
    ),
    (
        "Căn cứ Luật số 80/2015 / QH13 của Quốc hội,",
        [{"key": "80/2015/QH13", "issuer": "Quốc hội", "relation": "based_on"}],
    ),
    (
        "Quyết định 217-QĐ/TƯ được các đoàn thể triển khai.",
        [{"key": "217-QĐ/TW", "relation": "cites"}],  # the cue comes after: it does not count
    ),
    (
        "Thực hiện Quyết định 217/QĐ-TW của Bộ Chính trị, Mặt trận tổ chức giám sát.",
        [{"key": "217-QĐ/TW", "issuer": "Bộ Chính trị"}],
    ),
    (
        "Căn cứ Nghị định 61/2018/NĐCP về thực hiện cơ chế một cửa;",
        [{"key": "61/2018/NĐ-CP", "issuer": "Chính phủ", "type": "Nghị định"}],
    ),
    (
        "Nghị quyết 30c/NQCP về chương trình cải cách hành chính vẫn được nhắc tới.",
        [{"key": "30c/NQ-CP", "number": "30c"}],
    ),
    (
        "Thực hiệnQuyết định số 1961/QĐUBND ngày 3/10/2019 của UBND tỉnh Tây Ninh,",
        [{"key": "1961/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Tây Ninh", "date": "2019-10-03"}],
    ),
    (
        "Theo Quyết định số 205/ QĐ - UB - BTC ngày 03/6/ 2004 của UBND tỉnh Hà Tĩnhvề việc "
        "quản lý thôn, xã đã rà soát lại.",
        [{"key": "205/QĐ-UB-BTC", "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh", "date": "2004-06-03"}],
    ),
    (
        "Kỳ họp thông qua Nghị quyết số 21/NQ -HĐND ngày 9/12/2020 của HĐND tỉnh Nghệ An.",
        [{"key": "21/NQ-HĐND", "issuer": "Hội đồng nhân dân tỉnh Nghệ An"}],
    ),
    (
        "Căn cứ Nghị\nquyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị,\ncác huyện lập "
        "phương án;",
        [{"key": "37-NQ/TW", "type": "Nghị quyết", "issuer": "Bộ Chính trị", "date": "2018-12-24"}],
    ),
    (
        "Áp dụng Nghị định số 60/2003/NĐ-CP ban hành ngày 06\ntháng 6 năm 2003,",
        [{"key": "60/2003/NĐ-CP", "date": "2003-06-06"}],
    ),
    (
        "Thực hiện Kết luận số 13-KL/TW ngày 16-8-2021 của Bộ Chính trị,",
        [{"key": "13-KL/TW", "date": "2021-08-16"}],
    ),
    # --- issuer before the number
    (
        "Quyết định của Bộ Chính trị số 31-QĐ/TW về chức năng của tỉnh ủy được quán triệt.",
        [{"key": "31-QĐ/TW", "type": "Quyết định", "issuer": "Bộ Chính trị"}],
    ),
    (
        "Ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW để chuẩn bị đại hội.",
        [{"key": "35-CT/TW", "issuer": "Bộ Chính trị", "date": "2024-06-14"}],
    ),
    (
        "Ngày 2/5/2023, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc đã ký ban hành Thông tư số "
        "02/2023/TT-UBDT sửa đổi quy chế.",
        [
            {
                "key": "02/2023/TT-UBDT",
                "issuer": "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
                "date": "2023-05-02",
            }
        ],
    ),
    (
        "Theo báo cáo, ngày 2/3/2022, Sở Nội vụ tỉnh Bình Định đã ban hành Kế hoạch số 12/KH-SNV.",
        [{"key": "12/KH-SNV", "issuer": "Sở Nội vụ tỉnh Bình Định", "date": "2022-03-02"}],
    ),
    (
        "Theo ý kiến của Ban cán sự đảng Ủy ban nhân dân tỉnh tại Công văn số 120-CV/BCSĐ ngày "
        "3/3/2023 và Công văn số 131-CV/BCSĐ ngày 20/3/2023, các sở rà soát nhân sự.",
        [
            {"key": "120-CV/BCSĐ", "issuer": "Ban cán sự đảng Ủy ban nhân dân tỉnh"},
            {
                "key": "131-CV/BCSĐ",
                "issuer": "Ban cán sự đảng Ủy ban nhân dân tỉnh",
                "date": "2023-03-20",
            },
        ],
    ),
    (
        "Ngày 3/7/2019, Ban Thường vụ Tỉnh ủy Hà Giang ban hành Kết luận số 88-TB/TU ngày "
        "03/7/2019 của Tỉnh ủy Hà Giang về phát triển du lịch.",
        [{"key": "88-TB/TU", "issuer": "Ban Thường vụ Tỉnh ủy Hà Giang", "date": "2019-07-03"}],
    ),
    (
        "Chỉ thị số 09/CT-TTg của Chính phủ về điều hành ngân sách được thực hiện nghiêm.",
        [{"key": "09/CT-TTg", "issuer": "Chính phủ"}],
    ),
    # --- lists sharing a symbol, a date or an issuer
    (
        "Các đoàn thể thực hiện Quyết định 217, 218 – QĐ/TW của Bộ Chính trị.",
        [
            {"key": "217-QĐ/TW", "issuer": "Bộ Chính trị"},
            {"key": "218-QĐ/TW", "issuer": "Bộ Chính trị"},
        ],
    ),
    (
        "Mặt trận tiếp tục thực hiện Quyết định số 217 và 218 của Bộ Chính trị.",
        [
            {"key": "217-QĐ/TW", "complete": False, "issuer": "Bộ Chính trị"},
            {"key": "218-QĐ/TW", "complete": False, "issuer": "Bộ Chính trị"},
        ],
    ),
    (
        "Ngày 10/2/2022, UBND huyện Hàm Yên đã ký 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, "
        "310/QĐ-UBND) cho ba thôn của ba xã.",
        [
            {"key": "308/QĐ-UBND", "issuer": "Ủy ban nhân dân huyện Hàm Yên", "date": "2022-02-10"},
            {"key": "309/QĐ-UBND", "issuer": "Ủy ban nhân dân huyện Hàm Yên", "date": "2022-02-10"},
            {"key": "310/QĐ-UBND", "issuer": "Ủy ban nhân dân huyện Hàm Yên", "date": "2022-02-10"},
        ],
    ),
    (
        "Năm nay, Mặt trận giám sát theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của "
        "Bộ Chính trị.",
        [
            {"key": "217-QĐ/TW", "issuer": "Bộ Chính trị"},
            {"key": "218-QĐ/TW", "issuer": "Bộ Chính trị"},
        ],
    ),
    (
        "Các Quyết định số 12, 13/QĐ-UBND đã được công bố.",
        [{"key": "12/QĐ-UBND"}, {"key": "13/QĐ-UBND"}],
    ),
    # --- headers of legal texts: the document's own number and date
    (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 25/2019/QĐ-UBND | Long An, ngày 8 tháng 7 năm 2019 |",
        [
            {
                "key": "25/2019/QĐ-UBND",
                "type": "Quyết định",
                "issuer": "Ủy ban nhân dân tỉnh Long An",
                "date": "2019-07-08",
            }
        ],
    ),
    (
        "BỘ TƯ PHÁP\nSố: 1204/BTP-PBGDPL\nHà Nội, ngày 5 tháng 4 năm 2022\nKính gửi: các tỉnh",
        [
            {
                "key": "1204/BTP-PBGDPL",
                "type": "Công văn",
                "issuer": "Bộ Tư pháp",
                "date": "2022-04-05",
            }
        ],
    ),
    (
        "Nghị quyết số: 14/2021/NQ-HĐND\n\nCà Mau, ngày 10 tháng 12 năm 2021",
        [
            {
                "key": "14/2021/NQ-HĐND",
                "issuer": "Hội đồng nhân dân tỉnh Cà Mau",
                "date": "2021-12-10",
            }
        ],
    ),
    # --- issuers from the symbol, with the province from the text or the argument
    (
        "Quyết định số 2428/QĐ-UBND về bộ tiêu chí được áp dụng trên địa bàn tỉnh Quảng Nam.",
        [{"key": "2428/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Nam"}],
    ),
    (
        "Kế hoạch số 7822/KH-UBND nêu rõ các nhiệm vụ trọng tâm.",
        [{"key": "7822/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh"}],
    ),
    (
        "Kế hoạch số 125-KH/TU được quán triệt đến chi bộ; tỉnh Cà Mau đã hoàn thành.",
        [{"key": "125-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy Cà Mau"}],
    ),
    (
        "Chương trình số 37-CTr/TU nêu rõ mục tiêu của tỉnh Cà Mau.",
        [
            {
                "key": "37-CTr/TU",
                "type": "Chương trình",
                "issuer": "Ban Chấp hành Đảng bộ tỉnh Cà Mau",
            }
        ],
    ),
    (
        "Nghị quyết số 37-CTr/TU được viết nhầm ký hiệu nhưng danh từ vẫn quyết định loại.",
        [{"key": "37-CTr/TU", "type": "Nghị quyết"}],
    ),
    (
        "Thông tư số 108/2018/TT-BTC được các đơn vị dự trữ áp dụng.",
        [{"key": "108/2018/TT-BTC", "issuer": "Bộ Tài chính", "year": 2018}],
    ),
    (
        "Bộ gửi kèm Báo cáo số 301/BC-BTP ngày 2/8/2021 tới các tỉnh.",
        [{"key": "301/BC-BTP", "issuer": "Bộ Tư pháp", "type": "Báo cáo"}],
    ),
    (
        "Căn cứ Quyết định 1098/QĐ-UBND năm 2022 của tỉnh về nông thôn mới;",
        [{"key": "1098/QĐ-UBND", "year": 2022}],
    ),
    # --- prose issuers: abbreviations, case, province filled in
    (
        "Kế hoạch số 41-KH/TU ngày 2/3/2018 của BTV Tỉnh ủy được gửi tới các huyện; Ban Thường "
        "vụ Tỉnh ủy Yên Bái chỉ đạo sát sao.",
        [{"key": "41-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy Yên Bái", "date": "2018-03-02"}],
    ),
    (
        "Các huyện thực hiện Nghị quyết số 07-NQ/TU ngày 5 tháng 3 năm 2012 của Ban chấp hành "
        "Đảng bộ tỉnh; tỉnh Sơn La đã đạt nhiều kết quả.",
        [{"key": "07-NQ/TU", "issuer": "Ban Chấp hành Đảng bộ tỉnh Sơn La"}],
    ),
    (
        "Văn bản số 1450/BNN-TCTL ngày 9 tháng 5 năm 2015 của Bộ Nông nghiệp & PTNT - Tổng cục "
        "Thủy lợi nhắc các tỉnh chống hạn.",
        [
            {
                "key": "1450/BNN-TCTL",
                "issuer": "Bộ Nông nghiệp và Phát triển nông thôn - Tổng cục Thủy lợi",
            }
        ],
    ),
    (
        "Theo Công văn số 05/CV-BCĐ ngày 2/5/2025 của Ban Chỉ đạo sắp xếp ĐVHC các cấp, xã rà "
        "soát trụ sở.",
        [{"key": "05/CV-BCĐ", "issuer": "Ban Chỉ đạo sắp xếp đơn vị hành chính các cấp"}],
    ),
    (
        "Theo Kết luận số 127-KL/TW ngày 28/2/2025 của của Bộ Chính trị, Ban Bí thư, các địa "
        "phương triển khai.",
        [{"key": "127-KL/TW", "issuer": "Bộ Chính trị, Ban Bí thư", "date": "2025-02-28"}],
    ),
    (
        "Các tỉnh học tập Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp "
        "hành Trung ương Đảng khóa XIII về nông nghiệp.",
        [{"key": "19-NQ/TW", "issuer": "Ban Chấp hành Trung ương Đảng", "term": "XIII"}],
    ),
    (
        "Huyện kiểm tra việc thực hiện Chỉ thị số 11-CT/TU của BTV Tỉnh ủy Quảng Trị ở vùng biên.",
        [{"key": "11-CT/TU", "issuer": "Ban Thường vụ Tỉnh ủy Quảng Trị"}],
    ),
    (
        "Quyết định số 3697/QĐ-UBND ngày 25/10/2005 của Chủ tịch UBND tỉnh Đồng Nai bị thay thế.",
        [{"key": "3697/QĐ-UBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"}],
    ),
    # --- short forms and aliases
    (
        "Đảng ủy khối học tập Nghị quyết số 35 của Bộ Chính trị trong tháng này.",
        [
            {
                "key": "35-NQ/TW",
                "complete": False,
                "issuer": "Bộ Chính trị",
                "number": "35",
                "party": True,
            }
        ],
    ),
    (
        "Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ra Chỉ thị số 17 yêu cầu các cấp ủy nắm bắt "
        "dư luận.",
        [
            {
                "key": "17-CT/TU",
                "complete": False,
                "date": None,
                "issuer": "Ban Thường vụ Tỉnh ủy Yên Bái",
            }
        ],
    ),
    (
        "Chi bộ đã triển khai Kế hoạch số 52 ngày 3/9 của Ban Thường vụ Tỉnh ủy.",
        [{"key": "52-KH/TU", "complete": False, "relation": "implements"}],
    ),
    (
        "Tổng Bí thư đã ký ban hành Quy định 144 về chuẩn mực đạo đức cách mạng.",
        [{"key": "144-QĐ/TW", "complete": False, "type": "Quy định", "issuer": None}],
    ),
    (
        "Hội đồng nhân dân thành phố đã thông qua Nghị quyết số 892 về đặt tên đường.",
        [{"key": "892", "complete": False, "number": "892", "party": False}],
    ),
    (
        "Tại buổi lễ, đại biểu nghe đọc Nghị quyết số 203/2025 của Quốc hội khóa XV.",
        [{"key": "203/2025", "complete": False, "year": 2025, "issuer": "Quốc hội"}],
    ),
    (
        "Quốc hội thông qua Nghị quyết số 136/2024/QH15 (Nghị quyết 136) về đô thị đặc biệt. "
        "Khi Nghị quyết số 136 có hiệu lực, thành phố được giao thêm quyền.",
        [{"key": "136/2024/QH15", "complete": True, "mentions": 3}],
    ),
    (
        "Căn cứ Nghị quyết số 45/NQ-CP ngày 3-5-2016 của Chính phủ, huyện chia tách hai xã. "
        "Nghị quyết 45 cũng điều chỉnh địa giới thị trấn.",
        [{"key": "45/NQ-CP", "date": "2016-05-03", "mentions": 2}],
    ),
    (
        "Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư (gọi tắt Chỉ thị số 40), "
        "ngân hàng chính sách mở rộng cho vay.",
        [{"key": "40-CT/TW", "mentions": 2, "issuer": "Ban Bí thư"}],
    ),
    (
        "Để cụ thể hóa Nghị quyết số 12/NQ-CP ngày 5/1/2024 của Chính phủ (sau đây gọi tắt là "
        "Nghị quyết số 12/NQ-CP), sở lập kế hoạch.",
        [{"key": "12/NQ-CP", "mentions": 2, "date": "2024-01-05"}],
    ),
    (
        "Chỉ thị 05-CT/TW của Bộ Chính trị đã đi vào cuộc sống; nhiều mô hình hay gắn với Chỉ "
        "thị 05 được nhân rộng.",
        [{"key": "05-CT/TW", "mentions": 2}],
    ),
    (
        "Thông tư số 01/2024/TT-UBDT quy định chi tiết luật. Thông tư này áp dụng với công chức.",
        [{"key": "01/2024/TT-UBDT", "mentions": 2}],
    ),
    (
        "Nghị quyết số 721/NQ-UBTVQH15 và Nghị quyết số 722/NQ-UBTVQH15 được công bố; Nghị "
        "quyết này có hiệu lực từ tháng 4.",
        [{"key": "721/NQ-UBTVQH15", "mentions": 1}, {"key": "722/NQ-UBTVQH15", "mentions": 1}],
    ),
    (
        "Thực hiện Nghị quyết 35 của Bộ Chính trị khóa XII, hội nghị đã thảo luận; Nghị quyết số "
        "35 được quán triệt sâu rộng.",
        [{"key": "35-NQ/TW", "complete": False, "mentions": 2}],
    ),
    (
        "Chỉ thị số 05 và Chỉ thị số 05 đều được nhắc tới.",
        [{"key": "05", "complete": False, "mentions": 2}],
    ),
    (
        "Chỉ thị 05-CT/TW của Bộ Chính trị được quán triệt; Chỉ thị 05 chỉ rõ trách nhiệm người "
        "đứng đầu.",
        [{"key": "05-CT/TW", "mentions": 2}],
    ),
    (
        "Quyết định 12 năm 2020 của UBND tỉnh Lạng Sơn vẫn còn hiệu lực.",
        [{"key": "12", "complete": False, "year": 2020}],
    ),
    # --- named laws without a number
    (
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;",
        [
            {
                "key": None,
                "type": "Luật",
                "title": "Luật Mặt trận Tổ quốc Việt Nam",
                "year": 2015,
                "relation": "based_on",
            }
        ],
    ),
    (
        "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;",
        [{"key": None, "title": "Luật Quy hoạch", "date": "2017-11-24"}],
    ),
    (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở ngày 29 tháng 6 "
        "năm 2024;",
        [
            {
                "key": None,
                "title": "Luật Sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở",
                "date": "2024-06-29",
            }
        ],
    ),
    (
        "Cán bộ tư pháp hướng dẫn người dân thực hiện Luật Thi đua, khen thưởng năm 2022.",
        [{"key": None, "title": "Luật Thi đua, khen thưởng", "year": 2022}],
    ),
    (
        "Quyền con người được ghi nhận trong Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
        [
            {
                "key": None,
                "type": "Hiến pháp",
                "title": "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            }
        ],
    ),
    (
        "Vụ án được xét xử theo Bộ luật Hình sự năm 2015.",
        [{"key": None, "type": "Bộ luật", "title": "Bộ luật Hình sự", "year": 2015}],
    ),
    # a code by its letters, and "Bộ Luật" with its capital: a code, not a law
    (
        "Bị can bị khởi tố theo khoản 2 Điều 174 BLHS năm 2015 và Điều 88 BLTTHS.",
        [
            {"key": None, "type": "Bộ luật", "title": "Bộ luật Hình sự", "year": 2015},
            {"key": None, "type": "Bộ luật", "title": "Bộ luật Tố tụng hình sự"},
        ],
    ),
    (
        "Điều 134 Bộ Luật Hình sự quy định tội cố ý gây thương tích; hồ sơ BLHSX lưu kho.",
        [{"key": None, "type": "Bộ luật", "title": "Bộ Luật Hình sự"}],
    ),
    (
        "Luật Đầu tư năm 2020 và Luật Đầu tư năm 2020 được nhắc hai lần.",
        [{"key": None, "title": "Luật Đầu tư", "mentions": 2}],
    ),
    # --- relations
    (
        "Quyết định này thay thế Quyết định số 3697/QĐ-UBND ngày 25/10/2005.",
        [{"key": "3697/QĐ-UBND", "relation": "replaces"}],
    ),
    (
        "Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP.",
        [{"key": "78/2025/NĐ-CP", "relation": "amends"}],
    ),
    (
        "Bãi bỏ Quyết định số 14/2014/QĐ-TTg của Thủ tướng Chính phủ.",
        [{"key": "14/2014/QĐ-TTg", "relation": "repeals"}],
    ),
    (
        "Thông tư số 45/2013/TT-BTC hết hiệu lực thi hành.",
        [{"key": "45/2013/TT-BTC", "relation": "cites"}],
    ),
    (
        "Ủy ban nhân dân tỉnh công bố hết hiệu lực Quyết định số 88/2011/QĐ-UBND.",
        [{"key": "88/2011/QĐ-UBND", "relation": "repeals"}],
    ),
    (
        "Bộ Tài chính hướng dẫn thi hành Nghị định số 174/2016/NĐ-CP của Chính phủ.",
        [{"key": "174/2016/NĐ-CP", "relation": "guides"}],
    ),
    (
        "Theo tinh thần Nghị quyết số 18-NQ/TW, bộ máy được sắp xếp tinh gọn.",
        [{"key": "18-NQ/TW", "relation": "implements"}],
    ),
    (
        "Theo Hướng dẫn số 54-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, các địa phương tuyên truyền.",
        [{"key": "54-HD/BTGTU", "relation": "cites", "issuer": "Ban Tuyên giáo Tỉnh ủy"}],
    ),
    (
        "Thông tư số 11/2015/TT-BTC của Bộ Tài chính được nhắc lại trong báo cáo.",
        [{"key": "11/2015/TT-BTC", "relation": "cites"}],
    ),
    (
        "Căn cứ Nghị quyết số 37-NQ/TW; Nghị quyết số 653/2019/UBTVQH14; Nghị quyết số 32/NQ-CP;",
        [
            {"key": "37-NQ/TW", "relation": "based_on"},
            {"key": "653/2019/UBTVQH14", "relation": "based_on"},
            {"key": "32/NQ-CP", "relation": "based_on"},
        ],
    ),
    # --- dates without a year take the dateline's year
    (
        "08:26 15/04/2025\n\nNgày 12/4, Tổng Bí thư đã ký ban hành Nghị quyết số 60-NQ/TW.",
        [{"key": "60-NQ/TW", "date": "2025-04-12"}],
    ),
    (
        "10:00 05/01/2025\n\nNghị quyết số 08/NQ-HĐND ngày 25/12 của HĐND tỉnh Hà Nam.",
        [{"key": "08/NQ-HĐND", "date": "2024-12-25"}],
    ),
    (
        "Nghị quyết số 30/NQ-HĐND ngày 14/7 của HĐND tỉnh Nghệ An.",
        [{"key": "30/NQ-HĐND", "date": None}],
    ),
    # --- several documents, one article
    (
        "Căn cứ Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ; Kế hoạch số "
        "2150/KH-BNN-KH ngày 5/4/2022 của Bộ Nông nghiệp và Phát triển nông thôn về triển khai "
        "thực hiện Quyết định số 150/QĐ-TTg,",
        [
            {"key": "150/QĐ-TTg", "mentions": 2, "relation": "based_on"},
            {"key": "2150/KH-BNN-KH", "issuer": "Bộ Nông nghiệp và Phát triển nông thôn"},
        ],
    ),
    (
        "Nghị quyết này thay thế cho Nghị quyết 131/2020/QH14 về chính quyền đô thị.",
        [{"key": "131/2020/QH14", "relation": "replaces"}],
    ),
    # --- a lead's time of day dates what its subject issues
    (
        "Chiều 20/6/2024, Quốc hội biểu quyết thông qua Nghị quyết số 142/2024/QH15.",
        [{"key": "142/2024/QH15", "date": "2024-06-20", "issuer": "Quốc hội"}],
    ),
    (
        "Sáng ngày 9/3/2023, Ban Thường vụ Tỉnh ủy Gia Lai ban hành Chỉ thị số 21-CT/TU.",
        [{"key": "21-CT/TU", "date": "2023-03-09"}],
    ),
    # --- a span's bound is not the day a document was issued
    (
        "Từ ngày 1/7/2025, Đảng ủy xã Tà Rụt đã ban hành Nghị quyết số 04-NQ/ĐU về chuyển đổi số.",
        [{"key": "04-NQ/ĐU", "date": None}],
    ),
    # --- the day after the number, with "vào"
    (
        "Ban Bí thư đã ban hành Chỉ thị 46-CT/TW vào ngày 22/6/2015.",
        [{"key": "46-CT/TW", "date": "2015-06-22", "issuer": "Ban Bí thư"}],
    ),
    # --- two Party bodies of one level issue together; a dated lead dates them
    (
        "Ngày 12/3/2024, Bộ Chính trị, Ban Bí thư đã ban hành Kết luận số 72-KL/TW.",
        [{"key": "72-KL/TW", "date": "2024-03-12", "issuer": "Bộ Chính trị, Ban Bí thư"}],
    ),
    # --- of bodies named together, the one a State symbol allows issues; the list is dated
    (
        "Ngày 4/5/2023, Huyện ủy, UBND huyện Cam Lộ đã ban hành Kế hoạch số 77/KH-UBND.",
        [{"key": "77/KH-UBND", "date": "2023-05-04", "issuer": "Ủy ban nhân dân huyện Cam Lộ"}],
    ),
    (
        "Ban Thường vụ Huyện ủy và UBND huyện Gio Linh ban hành Kế hoạch số 19/KH-UBND.",
        [{"key": "19/KH-UBND", "issuer": "Ủy ban nhân dân huyện Gio Linh"}],
    ),
    # --- the signer's name is not the issuer's; a deputy signs for the Prime Minister
    (
        "Thủ tướng Phạm Minh Chính đã ký Công điện số 114/CĐ-TTg về ứng phó bão số 3.",
        [{"key": "114/CĐ-TTg", "issuer": "Thủ tướng Chính phủ"}],
    ),
    (
        "Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định số 1012/QĐ-TTg.",
        [{"key": "1012/QĐ-TTg", "issuer": "Thủ tướng Chính phủ"}],
    ),
    (
        "Chủ tịch UBND tỉnh Hà Tĩnh đã ký Quyết định số 500/QĐ-UBND.",
        [{"key": "500/QĐ-UBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"}],
    ),
    # --- a speaker's report is not the subject that issues
    (
        "Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh cho biết, tỉnh đã ban hành Kế hoạch "
        "số 88/KH-UBND.",
        [{"key": "88/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh"}],
    ),
    # --- a list's issuer written before it with a colon
    (
        "Tỉnh quán triệt các nghị quyết của Bộ Chính trị: Nghị quyết 57-NQ/TW, 59-NQ/TW.",
        [
            {"key": "57-NQ/TW", "issuer": "Bộ Chính trị"},
            {"key": "59-NQ/TW", "issuer": "Bộ Chính trị"},
        ],
    ),
    # --- two objects of one issuing verb, the first's title between them
    (
        "Tỉnh ủy Gia Lai ban hành Nghị quyết số 09-NQ/TU về chuyển đổi số và Kế hoạch số "
        "31-KH/TU triển khai nghị quyết.",
        [
            {"key": "09-NQ/TU", "issuer": "Tỉnh ủy Gia Lai"},
            {"key": "31-KH/TU", "issuer": "Tỉnh ủy Gia Lai"},
        ],
    ),
    # --- ... not when the second's symbol names another issuer
    (
        "Huyện ủy ban hành Kế hoạch số 20-KH/HU về học tập và Hướng dẫn số 05-HD/BTG.",
        [{"key": "20-KH/HU", "issuer": "Huyện ủy"}, {"key": "05-HD/BTG", "issuer": None}],
    ),
    # --- a Party number is not issued by a State office named as the subject
    (
        "Theo Chủ tịch UBND xã Vĩnh Tú, xã đã ban hành Nghị quyết số 12-NQ/ĐU.",
        [{"key": "12-NQ/ĐU", "issuer": "Đảng ủy"}],
    ),
    # --- the cue reaches the second document past the first's date, issuer and title
    (
        "Thực hiện Quyết định số 1600/QĐ-TTg, ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt "
        "Chương trình xây dựng nông thôn mới và Nghị quyết số 07-NQ/HU của Huyện ủy Cam Lộ, "
        "UBND huyện đã triển khai.",
        [
            {"key": "1600/QĐ-TTg", "relation": "implements"},
            {"key": "07-NQ/HU", "relation": "implements"},
        ],
    ),
    # --- the Front, unions and associations number their documents as the Party does
    (
        "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị ban hành Kế hoạch số 45-KH/MTTQ-BTT.",
        [{"key": "45-KH/MTTQ-BTT", "issuer": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"}],
    ),
    # --- of a committee and a State office named together, the committee issues the Party
    # number; one verb's day dates both documents
    (
        "Ngày 3/4/2024, Tỉnh ủy, UBND tỉnh ban hành Chỉ thị số 10-CT/TU và Kế hoạch số "
        "102/KH-UBND.",
        [
            {"key": "10-CT/TU", "issuer": "Tỉnh ủy", "date": "2024-04-03"},
            {"key": "102/KH-UBND", "date": "2024-04-03"},
        ],
    ),
    # --- ... but not a document the verb's subject only cites (another body's, another year)
    (
        "Ngày 10/4/2024, UBND tỉnh ban hành Quyết định số 800/QĐ-UBND và Nghị định số "
        "100/2019/NĐ-CP.",
        [{"key": "800/QĐ-UBND", "date": "2024-04-10"}, {"key": "100/2019/NĐ-CP", "date": None}],
    ),
    # --- an agency's own Party number is its Party committee's, not the agency's
    (
        "Công an tỉnh Quảng Trị ban hành Nghị quyết số 15-NQ/ĐU.",
        [{"key": "15-NQ/ĐU", "issuer": "Đảng ủy Công an tỉnh Quảng Trị"}],
    ),
    # --- a joint circular's symbol with a slash after its type
    (
        "Thông tư liên tịch số 109/2009/TTLT/BTC-BGDĐT đã được thay thế.",
        [{"key": "109/2009/TTLT-BTC-BGDĐT", "issuer": "Bộ Tài chính - Bộ Giáo dục và Đào tạo"}],
    ),
    # --- the clause after a speaker's report keeps its date
    (
        "Phó Giám đốc Sở Tài chính cho biết, ngày 8/4/2022, UBND tỉnh Quảng Bình đã ban hành "
        "Quyết định số 900/QĐ-UBND.",
        [{"key": "900/QĐ-UBND", "date": "2022-04-08", "issuer": "Ủy ban nhân dân tỉnh Quảng Bình"}],
    ),
    # --- a Party number after a speaker's report names the speaker's committee
    (
        "Bí thư Đảng ủy xã Gio Mai cho biết, xã đã ban hành Nghị quyết số 07-NQ/ĐU về giảm nghèo.",
        [{"key": "07-NQ/ĐU", "issuer": "Đảng ủy xã Gio Mai"}],
    ),
    # --- a symbol that names no known body does not join two bodies into one issuer
    (
        "UBND tỉnh, Ban Chỉ đạo 389 tỉnh ban hành Kế hoạch số 51/KH-BCĐ389.",
        [{"key": "51/KH-BCĐ389", "issuer": "Ban Chỉ đạo 389 tỉnh"}],
    ),
    # --- "ra Nghị quyết": the body after the comma is a new subject, not a second issuer
    (
        "Thực hiện Chương trình số 12-CTr/TU ngày 3/3/2021 của Tỉnh ủy Quảng Bình, Ban Chấp "
        "hành Đảng bộ xã ra Nghị quyết chuyên đề.",
        [{"key": "12-CTr/TU", "issuer": "Tỉnh ủy Quảng Bình"}],
    ),
    # --- a law listed between numbered documents: its own entry, and no other's title
    (
        "Thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về công tác bảo hiểm y tế trong tình hình "
        "mới, Luật Bảo hiểm y tế và Nghị định số 146/2018/NĐ-CP, huyện đã triển khai.",
        [
            {"key": "38-CT/TW", "title": "về công tác bảo hiểm y tế trong tình hình mới"},
            {"key": None, "title": "Luật Bảo hiểm y tế"},
            {"key": "146/2018/NĐ-CP"},
        ],
    ),
    # --- a law whose name goes on after "và" with a word a document's head begins with
    (
        "Căn cứ Luật Khoa học và Công nghệ năm 2013 và Luật Giáo dục năm 2019;",
        [
            {"key": None, "title": "Luật Khoa học và Công nghệ"},
            {"key": None, "title": "Luật Giáo dục"},
        ],
    ),
    # --- after a comma, a date its issuing verb and the next document follow is the next one's
    (
        "Ngày 2/3/2024, Ban Bí thư ban hành Chỉ thị số 31-CT/TW, ngày 15/3/2024 ban hành Chỉ thị "
        "số 32-CT/TW.",
        [{"key": "31-CT/TW", "date": "2024-03-02"}, {"key": "32-CT/TW"}],
    ),
    # --- the verb "đổi mới" after a law's name ends its title
    (
        "Luật Đất đai đổi mới căn bản cơ chế định giá đất.",
        [{"key": None, "title": "Luật Đất đai"}],
    ),
    # --- "đổi mới" inside a law's title; the Standing Committee abbreviated; a spaced term
    (
        "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 có hiệu lực từ 1/10/2025.",
        [{"key": None, "title": "Luật Khoa học, công nghệ và đổi mới sáng tạo"}],
    ),
    (
        "Nghị quyết số 35/2023/UBTVQH15 của UBTVQH về sắp xếp đơn vị hành chính cấp huyện.",
        [{"key": "35/2023/UBTVQH15", "issuer": "Ủy ban Thường vụ Quốc hội"}],
    ),
    (
        "Quốc hội thông qua Nghị quyết 203/2025/QH 15 về sửa đổi một số điều.",
        [{"key": "203/2025/QH15", "issuer": "Quốc hội"}],
    ),
]

# Texts with no document in them: each is a trap the finder must pass over.
TRAPS = [
    "Tính đến 15/2020, toàn tỉnh có 120 xã đạt chuẩn.",
    "Hội nghị được tổ chức ngày 12/12/2013 tại hội trường tỉnh.",
    "Ngày cập nhật: 17/09/2021 06:32:30",
    "Mọi thông tin xin liên hệ số điện thoại 0233.3852.123 hoặc 0912-345-678.",
    "Gia đình ông ở số 15 đường Lê Lợi.",
    "Thôn có số 15 hộ nghèo.",
    "HĐND huyện quyết định điều chỉnh chủ trương đầu tư chợ xã.",
    "Chủ tịch UBND huyện đã quyết định 3 vấn đề lớn.",
    "Các xã áp dụng tiêu chuẩn ISO 9001:2015 vào giải quyết thủ tục.",
    "Huyện là địa bàn thực hiện Chương trình 30a từ nhiều năm nay.",
    "Nguồn vốn Chương trình MTQG 1719 được phân bổ kịp thời.",
    "Đề án thuộc Chương trình 135 giai đoạn II.",
    "Số: /QĐ-UBND",
    "Xem thêm tại https://vanban.gov.vn/van-ban/123/QD-UBND và http://site.vn/15-NQ/TU.html",
    "Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020).",
    "Giai đoạn 2021-2030, vốn đầu tư tăng 3/4 so với kỳ trước.",
    "Bộ Tài chính đề nghị hoàn trả trong quý II/2013.",
    "Dự án 3/4 của chương trình giảm nghèo.",
    "Lượt xem: 6783 | 08:22, Thứ Ba, 6-6-2023",
    "Đại dịch Covid- 19 ảnh hưởng lớn tới giao thương.",
    "Căn cứ Nghị quyết Trung ương 4 khóa XII và Nghị quyết Đại hội XIII của Đảng.",
    "Luật sư tư vấn miễn phí cho người dân.",
    "Nghị quyết này có hiệu lực từ ngày ký.",
    "Xã có 5 thôn, diện tích 3.917,39 ha và 4.272 nhân khẩu.",
    "Tỷ lệ đạt 95%; số tiền 52,486 tỷ đồng.",
    "Tổ dân phố số 5a và 5b được sáp nhập.",
    "Gia đình chuyển đến căn hộ 12/A-B, phòng 305/B2.",
    "Tỉnh tổng kết Kế hoạch 5 năm phát triển kinh tế - xã hội.",
    "Chỉ thị 3 nhiệm vụ trọng tâm được nêu rõ trong bài phát biểu.",
]


def _check(doc: Any, expected: Expected, text: str) -> None:
    for field, value in expected.items():
        if field == "mentions":
            assert len(doc.mentions) == value, (field, doc)
        else:
            assert getattr(doc, field) == value, (field, getattr(doc, field), value, text)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: list[Expected]) -> None:
    docs = find_documents(text)
    assert [d.key for d in docs] == [e["key"] for e in expected], docs
    for doc, want in zip(docs, expected, strict=True):
        _check(doc, want, text)
        for mention in doc.mentions:
            assert text[mention.start : mention.end] == mention.surface


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    assert find_documents(text) == []


def test_province_argument_fills_the_symbol_issuer() -> None:
    text = "Quyết định số 1161/QĐ-UBND công nhận 6 xã đạt chuẩn."
    (doc,) = find_documents(text, province="Quảng Trị")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Quảng Trị"
    (doc,) = find_documents(text)
    assert doc.issuer == "Ủy ban nhân dân tỉnh"


CITY_ISSUERS = [
    # a centrally-run city's bodies are those of a thành phố, and its Party committee a Thành ủy
    (
        "Quyết định số 512/QĐ-UBND giao vốn cho các phường.",
        "Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội",
    ),
    (
        "Nghị quyết số 14/2023/NQ-HĐND có hiệu lực từ đầu năm.",
        "Cần Thơ",
        "Hội đồng nhân dân thành phố Cần Thơ",
    ),
    (
        "Chỉ thị số 09-CT/TU được phổ biến tới chi bộ.",
        "Hải Phòng",
        "Ban Thường vụ Thành ủy Hải Phòng",
    ),
    (
        "Nghị quyết số 05-NQ/TU về phát triển kinh tế biển.",
        "Đà Nẵng",
        "Ban Chấp hành Đảng bộ thành phố Đà Nẵng",
    ),
    # Huế became a centrally-run city in 2025; Thừa Thiên Huế was a tỉnh
    ("Kế hoạch số 88/KH-UBND triển khai năm 2025.", "Huế", "Ủy ban nhân dân thành phố Huế"),
    (
        "Kế hoạch số 88/KH-UBND triển khai năm 2023.",
        "Thừa Thiên Huế",
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    ),
]


@pytest.mark.parametrize(("text", "province", "issuer"), CITY_ISSUERS)
def test_a_symbol_issuer_in_a_city_is_named_for_a_city(
    text: str, province: str, issuer: str
) -> None:
    (doc,) = find_documents(text, province=province)
    assert doc.issuer == issuer


def test_an_article_about_a_city_names_its_bodies_for_the_city() -> None:
    text = (
        "TP.HCM đẩy nhanh giải ngân vốn đầu tư công\n\n"
        "Ngày 2/3/2024, UBND TP.HCM ban hành Kế hoạch số 905/KH-UBND về giải ngân vốn. "
        "Theo Thành phố Hồ Chí Minh, các sở ngành phải báo cáo hằng tuần."
    )
    (doc,) = find_documents(text)
    assert doc.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"


CITY_BARE = [
    # a bare body whose level word fits the article's province is that province's ...
    ("UBND thành phố", "Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
    ("Thành ủy về cải cách hành chính", "Hà Nội", "Thành ủy Hà Nội"),
    ("Giám đốc Sở Xây dựng về", "Đà Nẵng", "Sở Xây dựng thành phố Đà Nẵng"),
    ("UBND tỉnh", "Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"),
    # ... and one whose level word does not is left as written: "UBND tỉnh" is no body of
    # Hà Nội, and a Thành ủy in a tỉnh is that of one of its cities (Thành ủy Đông Hà)
    ("UBND tỉnh", "Hà Nội", "Ủy ban nhân dân tỉnh"),
    ("UBND thành phố", "Quảng Trị", "Ủy ban nhân dân thành phố"),
    ("Thành ủy về cải cách hành chính", "Quảng Trị", "Thành ủy"),
    ("Tỉnh ủy về cải cách hành chính", "Hà Nội", "Tỉnh ủy"),
]


@pytest.mark.parametrize(("phrase", "province", "name"), CITY_BARE)
def test_a_bare_body_takes_the_province_only_when_its_level_fits(
    phrase: str, province: str, name: str
) -> None:
    assert canonical_issuer(phrase, province) == name


def test_a_shared_issuer_stays_on_its_side_of_party_and_state() -> None:
    text = (
        "Theo Kết luận số 14-KL/TW ngày 22/9/2021 và Nghị quyết 99/NQ-CP của Chính phủ, tỉnh"
        " đã rà soát. Căn cứ Quyết định số 45/QĐ-UBND và Chỉ thị số 35-CT/TW của Bộ Chính"
        " trị, huyện đã chuẩn bị đại hội."
    )
    issuers = {d.key: d.issuer for d in find_documents(text, province="Hà Tĩnh")}
    assert issuers["14-KL/TW"] is None
    assert issuers["99/NQ-CP"] == "Chính phủ"
    assert issuers["45/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"  # from its symbol
    assert issuers["35-CT/TW"] == "Bộ Chính trị"


def test_numbers_under_one_head_noun_share_the_date_after_the_last() -> None:
    text = (
        "Thực hiện Quyết định số 284 - QĐ/TW và 285-QĐ/TƯ ngày 8/3/2025 của Ban Bí thư, Chỉ"
        " thị 05-CT/TW và Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị."
    )
    dates = {d.key: d.date for d in find_documents(text)}
    assert dates["284-QĐ/TW"] == dates["285-QĐ/TW"] == "2025-03-08"
    # each with its own head noun: the date is the last one's only
    assert dates["05-CT/TW"] is None
    assert dates["01-KL/TW"] == "2021-05-18"


def test_numbers_issued_together_share_the_date_after_the_last() -> None:
    # one issuer's documents of one type numbered within three of each other and listed
    # under one date were issued that day, each with its own head noun
    text = (
        "Đảng ủy xã sơ kết Nghị quyết số 26-NQ/TW, Nghị quyết số 27-NQ/TW và Nghị quyết số"
        " 28-NQ/TW ngày 21/5/2018; huyện ban hành Quyết định số 310/QĐ-UBND và Quyết định số"
        " 311/QĐ-UBND ngày 2/3/2023. Tỉnh ủy quán triệt Chỉ thị số 05-CT/TW và Chỉ thị số"
        " 35-CT/TW ngày 14/6/2024, Nghị định số 10/2023/NĐ-CP và Nghị định số 11/2024/NĐ-CP"
        " ngày 5/3/2024."
    )
    dates = {d.key: d.date for d in find_documents(text)}
    assert dates["26-NQ/TW"] == dates["27-NQ/TW"] == dates["28-NQ/TW"] == "2018-05-21"
    assert dates["310/QĐ-UBND"] == dates["311/QĐ-UBND"] == "2023-03-02"
    # numbers far apart, or of other years, were issued on other days
    assert dates["05-CT/TW"] is None
    assert dates["10/2023/NĐ-CP"] is None



def test_numbers_under_one_head_noun_share_the_year_after_the_last() -> None:
    text = (
        "Huyện Kỳ Anh triển khai các Quyết định số 40/QĐ-UBND, 41/QĐ-UBND và 43/QĐ-UBND năm"
        " 2022 của tỉnh. Thị xã thực hiện Kế hoạch số 7/KH-UBND và Kế hoạch số 8/KH-UBND năm"
        " 2021; Chỉ thị số 05-CT/TW và Chỉ thị số 35-CT/TW năm 2024 được quán triệt."
    )
    years = {d.key: d.year for d in find_documents(text)}
    assert years["40/QĐ-UBND"] == years["41/QĐ-UBND"] == years["43/QĐ-UBND"] == 2022
    assert years["7/KH-UBND"] == years["8/KH-UBND"] == 2021
    # numbers far apart, each with its own head noun: the year is the last one's only
    assert years["05-CT/TW"] is None
    assert years["35-CT/TW"] == 2024


def test_a_number_issued_the_same_day_takes_the_day_of_the_one_before() -> None:
    text = (
        "Huyện ban hành Quyết định số 210/QĐ-UBND ngày 8/5/2024 về thu hồi đất và Quyết định số"
        " 211/QĐ-UBND cùng ngày về giao đất. Quyết định số 212/QĐ-UBND cùng ngày được công bố."
    )
    dates = {d.key: d.date for d in find_documents(text)}
    assert dates["210/QĐ-UBND"] == dates["211/QĐ-UBND"] == "2024-05-08"
    assert dates["212/QĐ-UBND"] is None  # no dated number before it in its sentence


def test_a_body_acting_in_a_document_issued_it() -> None:
    # "X phê duyệt / thu hồi / giao … tại Quyết định số …": the document is where X did it, so
    # X issued it (its symbol allowing), actively or passively written; a document a rule is
    # laid down in ("theo quy định tại …") is not the subject's
    text = (
        "UBND huyện Hướng Hóa đã thu hồi đất của 12 hộ tại Quyết định số 845/QĐ-UBND ngày"
        " 9/5/2024. Phương án được UBND huyện Gio Linh phê duyệt tại Quyết định số 97/QĐ-UBND."
        " Khu nghỉ dưỡng được Thủ tướng Chính phủ chấp thuận chủ trương tại Quyết định số"
        " 1320/QĐ-TTg. UBND huyện Vĩnh Linh giao đất theo quy định tại Quyết định số"
        " 21/2024/QĐ-UBND. Sở Tài chính đã điều chỉnh dự toán tại Quyết định số 66/QĐ-UBND."
    )
    issuers = {d.key: d.issuer for d in find_documents(text, province="Quảng Trị")}
    assert issuers["845/QĐ-UBND"] == "Ủy ban nhân dân huyện Hướng Hóa"
    assert issuers["97/QĐ-UBND"] == "Ủy ban nhân dân huyện Gio Linh"
    assert issuers["1320/QĐ-TTg"] == "Thủ tướng Chính phủ"
    # a rule laid down in it, and a body its symbol does not allow: the province's UBND
    assert issuers["21/2024/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Quảng Trị"
    assert issuers["66/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Quảng Trị"


def test_a_letters_code_names_the_kind_of_body_that_sent_it() -> None:
    # a letter's symbol opens with its issuer's code ("SGDĐT": a Sở Giáo dục và Đào tạo); a
    # body of another kind named earlier in the sentence did not send it
    text = (
        "Khi Phòng Giáo dục và Đào tạo huyện Quỳ Châu giải thể, Sở đã ban hành Công văn số"
        " 987/SGDĐT-TCCB về việc bàn giao trường học."
    )
    (doc,) = find_documents(text, province="Nghệ An")
    assert doc.issuer == "Sở Giáo dục và Đào tạo tỉnh Nghệ An"

MINISTRY_NAMES = [
    # "và" and commas inside a ministry's or department's name do not end it, and the title
    # after it is kept
    (
        "Căn cứ Thông tư số 07/2025/TT-BKHCN của Bộ Khoa học và Công nghệ về quản lý nhiệm vụ.",
        "Bộ Khoa học và Công nghệ",
        "về quản lý nhiệm vụ",
    ),
    (
        "Thực hiện Quyết định số 88/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về lễ hội.",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "về lễ hội",
    ),
    (
        "Theo Công văn số 310/LĐTBXH-BTXH của Bộ Lao động - Thương binh và Xã hội, các tỉnh rà"
        " soát.",
        "Bộ Lao động - Thương binh và Xã hội",
        None,
    ),
    # "và" before another document still ends it
    (
        "Theo Thông tư số 01/2024/TT-BTC của Bộ Tài chính và Công văn số 9/BNV-TCBC.",
        "Bộ Tài chính",
        None,
    ),
]


@pytest.mark.parametrize(("text", "issuer", "title"), MINISTRY_NAMES)
def test_a_ministrys_name_runs_over_and_and_commas(
    text: str, issuer: str, title: str | None
) -> None:
    doc = find_documents(text)[0]
    assert (doc.issuer, doc.title) == (issuer, title)


HEADLINE_DATES = [
    # the lead's date on the line after a headline is not the headline document's date
    (
        "Sơ kết Nghị quyết 39\nNgày 2/6/2022, Huyện ủy sơ kết Nghị quyết số 39-NQ/TW ngày"
        " 17/4/2015 của Bộ Chính trị.",
        "2015-04-17",
    ),
    # nor a news dateline's
    (
        "Học tập Chỉ thị 05-CT/TW\nCam Lộ, ngày 9/9/2023 - Ban Tuyên giáo Huyện ủy tổ chức"
        " học tập Chỉ thị số 05-CT/TW ngày 15/5/2016.",
        "2016-05-15",
    ),
    # a legal text's place-and-date line under its number is its date
    ("Số: 31/2023/QĐ-UBND\nĐông Hà, ngày 7 tháng 8 năm 2023", "2023-08-07"),
    # a date continuing the citation on the next line is its date
    ("theo Quyết định số 1719/QĐ-TTg\nngày 14/10/2021 của Thủ tướng.", "2021-10-14"),
]


@pytest.mark.parametrize(("text", "date"), HEADLINE_DATES)
def test_a_date_on_the_next_line(text: str, date: str) -> None:
    (doc,) = find_documents(text)
    assert doc.date == date


ISSUED_BY = [
    # "do X ban hành" names the issuer ...
    ("Quán triệt Chỉ thị số 35-CT/TW do Bộ Chính trị ban hành.", "Bộ Chính trị", None),
    # ... "do X tham mưu" the body that drafted it (the symbol's body issued it)
    (
        "Quyết định số 210/QĐ-UBND do Sở Xây dựng tham mưu đã được ban hành.",
        "Ủy ban nhân dân tỉnh Quảng Bình",
        None,
    ),
    # a date after the issuer is the document's, with or without brackets ...
    (
        "Theo Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ ngày 14/4/2025 về sắp xếp.",
        "Thủ tướng Chính phủ",
        "2025-04-14",
    ),
    (
        "Kế hoạch số 61/KH-UBND do UBND tỉnh Quảng Bình ban hành (ngày 2/5/2024) về du lịch.",
        "Ủy ban nhân dân tỉnh Quảng Bình",
        "2024-05-02",
    ),
    # a date in brackets right after the number, with or without "ngày" or "ban hành", and a
    # passive "được ký/ban hành ngày"
    ("Chỉ thị số 12-CT/TW (ngày 3/6/2022) của Bộ Chính trị được quán triệt.", "Bộ Chính trị",
     "2022-06-03"),
    ("Thực hiện Quyết định 906/QĐ-TTg (19/7/2022) của Thủ tướng Chính phủ.",
     "Thủ tướng Chính phủ", "2022-07-19"),
    ("Nghị quyết số 66-NQ/TW (ban hành ngày 30/4/2025) của Bộ Chính trị.", "Bộ Chính trị",
     "2025-04-30"),
    ("Quyết định số 77/QĐ-UBND được ký ngày 8/1/2024 về giá đất.",
     "Ủy ban nhân dân tỉnh Quảng Bình", "2024-01-08"),
    ("Luật số 36/2018/QH14 được Quốc hội thông qua ngày 20/11/2018 có hiệu lực.", "Quốc hội",
     "2018-11-20"),
    # ... an alias in brackets is no date
    ("Nghị quyết số 18-NQ/TW (Nghị quyết 18) của Ban Chấp hành Trung ương.",
     "Ban Chấp hành Trung ương Đảng", None),
    # a department written with its province but no level word
    ("Rà soát theo Hướng dẫn 03/HD-SNV của Sở Nội vụ Hà Nội.", "Sở Nội vụ thành phố Hà Nội",
     None),
    # the subject that issued it, before an abbreviated head
    ("UBND huyện Tuyên Hóa ban hành QĐ số 1234/QĐ-UBND ngày 12/3/2023 về giá đất.",
     "Ủy ban nhân dân huyện Tuyên Hóa", "2023-03-12"),
    ("HĐND huyện Minh Hóa đã thông qua NQ số 12/NQ-HĐND.", "Hội đồng nhân dân huyện Minh Hóa",
     None),
    # a head noun qualified before its number still opens the citation its subject issued
    ("Huyện ủy Tuyên Hóa ban hành Nghị quyết chuyên đề số 08-NQ/HU về giảm nghèo.",
     "Huyện ủy Tuyên Hóa", None),
    # mass organisations, the procuracy, the social insurance and a congress issue too
    ("Thực hiện Kế hoạch số 9/KH-LĐLĐ của LĐLĐ tỉnh Quảng Bình.",
     "Liên đoàn Lao động tỉnh Quảng Bình", None),
    ("Theo Hướng dẫn 3/HD-HND của Hội Nông dân tỉnh Quảng Bình.", "Hội Nông dân tỉnh Quảng Bình",
     None),
    ("Công văn số 45/BHXH-TST của BHXH tỉnh Quảng Bình.", "Bảo hiểm xã hội tỉnh Quảng Bình",
     None),
    ("Nghị quyết số 01-NQ/ĐH ngày 20/9/2025 của Đại hội Đảng bộ tỉnh Quảng Bình lần thứ I.",
     "Đại hội Đảng bộ tỉnh Quảng Bình", "2025-09-20"),
    # ... but not one after a comma, which dates the next clause
    (
        "Theo Nghị quyết số 18-NQ/TW của Bộ Chính trị, ngày 5/6/2024 tỉnh đã họp.",
        "Bộ Chính trị",
        None,
    ),
]


def test_the_subject_of_a_later_clause_issued_the_later_document() -> None:
    text = (
        "Sở tham mưu Tỉnh ủy ban hành Kết luận số 45-KL/TU và UBND tỉnh ban hành Kế hoạch số"
        " 388/KH-UBND ngày 26/3/2025."
    )
    assert [d.issuer for d in find_documents(text, province="Quảng Bình")] == [
        "Tỉnh ủy Quảng Bình",
        "Ủy ban nhân dân tỉnh Quảng Bình",
    ]


@pytest.mark.parametrize(("text", "issuer", "date"), ISSUED_BY)
def test_issuer_by_do_and_the_date_after_the_issuer(
    text: str, issuer: str, date: str | None
) -> None:
    (doc,) = find_documents(text, province="Quảng Bình")
    assert (doc.issuer, doc.date) == (issuer, date)


NOT_DOCUMENTS = [
    # "Luật" naming a profession, a game's rules or a discipline, not a law
    "Hội Luật gia huyện Gio Linh tư vấn miễn phí cho người dân.",
    "Luật chơi của thị trường vàng đã khác.",
    "Bà tốt nghiệp Trường Đại học Luật TP.HCM năm 2010; Khoa Luật Đại học Huế mở lớp.",
    # a technical standard's code
    "Công trình áp dụng QCVN 06:2022/BXD về an toàn cháy.",
    # a plan named by its years, not by a number
    "Kế hoạch 5 năm 2026-2030 được thông qua; Kế hoạch 2027 về đầu tư công đang soạn.",
    # a law firm's or an office's name
    "Chị làm ở Công ty Luật Hồng Đức và Văn phòng Luật Minh An tại Đông Hà.",
    # "Luật" alone points back to a law named before, with no title of its own
    "Báo cáo viên nêu những điểm mới của Luật, nhất là quyền của người dân.",
    "Các xã phải triển khai Luật trước ngày 15/01/2026.",
]


LAW_TITLES = [
    # a law's name ends where the clause goes on, over a comma or a verb ...
    ("Theo Luật Giao thông đường bộ, người lái xe phải mang bằng.", ["Luật Giao thông đường bộ"]),
    ("Theo Luật Đất đai, UBND tỉnh thu hồi đất.", ["Luật Đất đai"]),
    ("Luật Thủ đô sẽ có hiệu lực; Luật Căn cước giúp người dân.", ["Luật Thủ đô", "Luật Căn cước"]),
    # ... a list names one law each ...
    (
        "Từ tháng 8, Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản có hiệu lực.",
        ["Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản"],
    ),
    # ... but a comma inside a law's name goes on (words it is known to go on with, or a few
    # that end where a name ends), as "và" does in some names ...
    (
        "Phổ biến Luật Khám bệnh, chữa bệnh năm 2023, Luật Trưng mua, trưng dụng tài sản năm"
        " 2008 và Luật Hôn nhân và gia đình.",
        [
            "Luật Khám bệnh, chữa bệnh",
            "Luật Trưng mua, trưng dụng tài sản",
            "Luật Hôn nhân và gia đình",
        ],
    ),
    ("Thực hiện Luật Thi đua, Khen thưởng năm 2003, quận khen thưởng 46 tập thể.",
     ["Luật Thi đua, Khen thưởng"]),
    # ... and "của" in the few names that go on after it, each ending where its name does
    (
        "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND, Luật Phòng, chống tác hại của rượu, bia"
        " nghiêm cấm việc ép uống rượu.",
        [
            "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND",
            "Luật Phòng, chống tác hại của rượu, bia",
        ],
    ),
    (
        "Tuyên truyền Luật Phòng, chống tác hại của rượu, bia năm 2019, Luật Hoạt động giám sát"
        " của Quốc hội và Hội đồng nhân dân và Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND.",
        [
            "Luật Phòng, chống tác hại của rượu, bia",
            "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
            "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND",
        ],
    ),
    # ... while words inside a name are no verbs ("Trợ giúp", "nhân tạo") ...
    ("Tập huấn Luật Trợ giúp pháp lý và Luật Trí tuệ nhân tạo.",
     ["Luật Trợ giúp pháp lý", "Luật Trí tuệ nhân tạo"]),
    # ... and a clause after the comma is none of it
    ("Theo Luật Đất đai, người dân được cấp sổ; Luật Đất đai, nhất là điều 3, rõ ràng.",
     ["Luật Đất đai"]),
    # an amending law names those it amends
    (
        "Căn cứ Luật Phòng, chống tham nhũng và Luật Thi đua, khen thưởng.",
        ["Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng"],
    ),
    (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên"
        " chức ngày 25/11/2019.",
        ["Luật Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), LAW_TITLES)
def test_law_titles_end_where_the_name_does(text: str, titles: list[str]) -> None:
    assert [d.title for d in find_documents(text)] == titles


def test_a_year_after_a_comma_is_the_next_clauses_not_the_laws() -> None:
    text = (
        "Huyện triển khai Luật Đất đai năm 2024. Sau một năm thi hành Luật Đất đai, năm 2025"
        " huyện sẽ tổng kết."
    )
    assert [(d.title, d.year, len(d.mentions)) for d in find_documents(text)] == [
        ("Luật Đất đai", 2024, 2)
    ]


def test_laws_of_one_name_and_two_years_are_two_documents() -> None:
    text = (
        "Luật Phòng, chống tham nhũng năm 2018 thay thế Luật Phòng, chống tham nhũng năm"
        " 2005. Luật Phòng, chống tham nhũng quy định rõ trách nhiệm người đứng đầu."
    )
    docs = find_documents(text)
    assert [(d.title, d.year, len(d.mentions)) for d in docs] == [
        ("Luật Phòng, chống tham nhũng", 2018, 2),
        ("Luật Phòng, chống tham nhũng", 2005, 1),
    ]


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_not_documents(text: str) -> None:
    assert find_documents(text) == []


def test_a_local_symbol_of_two_written_issuers_is_two_documents() -> None:
    text = (
        "Quyết định số 45/QĐ-UBND ngày 5/3/2023 của UBND huyện Gio Linh và Quyết định số"
        " 45/QĐ-UBND ngày 5/3/2023 của UBND huyện Vĩnh Linh cùng về giá đất; Quyết định số"
        " 7/QĐ-UBND của UBND huyện Cam Lộ và Quyết định số 7/QĐ-UBND được niêm yết."
    )
    docs = find_documents(text)
    assert [(d.key, d.issuer, len(d.mentions)) for d in docs] == [
        ("45/QĐ-UBND", "Ủy ban nhân dân huyện Gio Linh", 1),
        ("45/QĐ-UBND", "Ủy ban nhân dân huyện Vĩnh Linh", 1),
        ("7/QĐ-UBND", "Ủy ban nhân dân huyện Cam Lộ", 2),
    ]
    # a body and its office-holder are one issuer
    text = (
        "Quyết định số 45/QĐ-UBND ngày 2/2/2020 của UBND huyện Gio Linh quy định giá; theo"
        " Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện Gio Linh, giá tăng."
    )
    assert len(find_documents(text)) == 1


def test_short_forms_under_abbreviated_heads() -> None:
    # with the issuer written, shared over a list, or naming a document given in full ...
    text = (
        "Tỉnh ủy triển khai NQ 57 của Bộ Chính trị, QĐ 217 và QĐ 218 của Bộ Chính trị. Nghị"
        " định 100/2019/NĐ-CP quy định xử phạt; theo NĐ 100, mức phạt tăng."
    )
    assert [(d.key, d.issuer) for d in find_documents(text)] == [
        ("57-NQ/TW", "Bộ Chính trị"),
        ("217-QĐ/TW", "Bộ Chính trị"),
        ("218-QĐ/TW", "Bộ Chính trị"),
        ("100/2019/NĐ-CP", "Chính phủ"),
    ]
    # numbers in full under abbreviated heads share the issuer after the list
    text = "Quán triệt CT 05-CT/TW và QĐ số 217-QĐ/TW, QĐ 218-QĐ/TW của Bộ Chính trị."
    assert {d.issuer for d in find_documents(text)} == {"Bộ Chính trị"}
    # ... but not letters and a number alone; a citing verb right before makes the three
    # heads that are no other word's a document ("CT" may be a company, "KL" a weight)
    assert find_documents("Mã hàng CT 05 nặng KL 20 kg; đội NĐ 12 thắng; áp dụng CT 05.") == []
    text = "Theo QĐ 90, tỉnh giảm nghèo; các cấp quán triệt NQ 57 và thực hiện NĐ 27."
    assert [(d.key, d.type) for d in find_documents(text)] == [
        ("90", "Quyết định"),
        ("57", "Nghị quyết"),
        ("27", "Nghị định"),
    ]


def test_court_papers_take_their_head_nouns_type() -> None:
    text = (
        "Theo Cáo trạng số 12/CT-VKS ngày 5/3/2024 của VKSND tỉnh Quảng Trị và Bản án số"
        " 30/2024/HS-ST của Tòa án nhân dân tỉnh Quảng Trị."
    )
    assert [(d.key, d.type) for d in find_documents(text)] == [
        ("12/CT-VKS", "Cáo trạng"),
        ("30/2024/HS-ST", "Bản án"),
    ]


def test_a_numbered_storm_does_not_end_a_title() -> None:
    text = "Công điện số 12/CĐ-TTg về khắc phục hậu quả bão số 3 và mưa lũ sau bão."
    (doc,) = find_documents(text)
    assert doc.title == "về khắc phục hậu quả bão số 3 và mưa lũ sau bão"


def test_this_decision_points_back_not_forward() -> None:
    # "Quyết định này" is the new, unnumbered decision, not the one it replaces ...
    text = (
        "UBND tỉnh ban hành quyết định mới về giá đất. Quyết định này thay thế Quyết định"
        " số 49/2019/QĐ-UBND ngày 20/12/2019."
    )
    (doc,) = find_documents(text)
    assert [m.surface for m in doc.mentions] == ["49/2019/QĐ-UBND"]
    # ... and names the one decision named before it
    text = "Quyết định số 12/2024/QĐ-UBND quy định giá đất. Quyết định này có hiệu lực ngay."
    (doc,) = find_documents(text)
    assert len(doc.mentions) == 2


def test_a_number_glued_to_so_is_read() -> None:
    text = "Huyện ủy học tập Nghị quyết số57-NQ/TW và Nghị định số45/2025/NĐ-CP."
    assert [d.key for d in find_documents(text)] == ["57-NQ/TW", "45/2025/NĐ-CP"]


def test_a_number_glued_to_its_type_noun_is_read_with_that_type() -> None:
    text = (
        "Xã triển khai Quyết định1424/QĐ-UBND, Nghị định38/2023/NĐ-CP, Chỉ thị05-CT/TW và "
        "Kế hoạch88/KH-UBND; nơi ổn định 12 hộ."
    )
    docs = find_documents(text)
    assert [(d.key, d.type) for d in docs] == [
        ("1424/QĐ-UBND", "Quyết định"),
        ("38/2023/NĐ-CP", "Nghị định"),
        ("05-CT/TW", "Chỉ thị"),
        ("88/KH-UBND", "Kế hoạch"),
    ]


def test_a_plural_list_issued_by_a_body_dates_after_an_issuer_phrase_and_titles() -> None:
    text = (
        "Bộ Chính trị đã ban hành các Nghị quyết số 26, 27-NQ/TW ngày 3/11/2022. Nghị quyết số "
        "68-NQ/TW của Bộ Chính trị được ban hành ngày 4/5/2025. Quyết định số 789/QĐ-UBND do "
        "Chủ tịch UBND tỉnh Nghệ An ký ngày 2/4/2024 và Quyết định số 88/QĐ-UBND ngày mùng "
        "5/8/2024. Phương án số 07/PA-UBND về phòng, chống thiên tai và Đề án số 03/ĐA-UBND "
        "về du lịch; Chỉ thị 35 về đại hội đảng bộ các cấp (Chỉ thị số 35-CT/TW) được quán triệt."
    )
    docs = {d.key: d for d in find_documents(text)}
    assert (docs["26-NQ/TW"].issuer, docs["27-NQ/TW"].issuer) == ("Bộ Chính trị", "Bộ Chính trị")
    assert docs["68-NQ/TW"].date == "2025-05-04"
    assert docs["789/QĐ-UBND"].date == "2024-04-02"
    assert docs["88/QĐ-UBND"].date == "2024-08-05"
    assert docs["07/PA-UBND"].title == "về phòng, chống thiên tai"
    assert docs["35-CT/TW"].title == "về đại hội đảng bộ các cấp"


def test_a_law_named_by_its_title_is_the_numbered_law_of_that_title_and_year() -> None:
    text = (
        "Luật Đất đai 2024 có hiệu lực; Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua, "
        "thay Luật Đất đai năm 2013."
    )
    docs = find_documents(text)
    assert [(d.key, d.title, len(d.mentions)) for d in docs] == [
        ("31/2024/QH15", "Luật Đất đai", 2),
        (None, "Luật Đất đai", 1),
    ]


def test_another_countrys_document_is_none() -> None:
    text = (
        "Chính phủ Lào đã ban hành Nghị định số 21/CP về biên giới; phía Việt Nam áp dụng "
        "Nghị định số 34/2014/NĐ-CP của Chính phủ."
    )
    assert [d.key for d in find_documents(text)] == ["34/2014/NĐ-CP"]


def test_a_cue_whose_object_is_the_first_item_reaches_the_list() -> None:
    # the sentence's subject (or this text) governs the list after its verb ...
    text = "Quyết định này thay thế Quyết định số 11/2020/QĐ-UBND; Quyết định số 12/2021/QĐ-UBND."
    assert [d.relation for d in find_documents(text)] == ["replaces", "replaces"]
    text = (
        "Quyết định số 5/2024/QĐ-UBND bãi bỏ Quyết định số 1/2020/QĐ-UBND; Quyết định số "
        "2/2021/QĐ-UBND."
    )
    # ... another document that does so is no subject of this text: what it does is its own
    # link ("Quyết định số 5 bãi bỏ …", "Nghị định … sửa đổi Nghị định …"); the text cites
    assert [d.relation for d in find_documents(text)] == ["cites", "cites", "cites"]
    # ... an item of a list a cue opens does not govern the next
    text = (
        "Căn cứ Nghị định số 10/2020/NĐ-CP sửa đổi Nghị định số 5/2019/NĐ-CP; Thông tư số "
        "3/2021/TT-BTC hướng dẫn thi hành."
    )
    assert [d.relation for d in find_documents(text)] == ["based_on", "cites", "based_on"]


def test_a_type_noun_glued_to_a_number_is_a_whole_head_noun() -> None:
    assert find_documents("Quy hoạch đô thị2030/QH-UBND được duyệt.") == []


def test_a_disciplinary_decision_is_no_law() -> None:
    text = "Ủy ban Kiểm tra Tỉnh ủy ban hành Quyết định kỷ luật số 15-QĐ/UBKTTU với ông A."
    (doc,) = find_documents(text)
    assert (doc.key, doc.type) == ("15-QĐ/UBKTTU", "Quyết định")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Ban Bí thư Trung ương Đảng (khóa XII)", "Ban Bí thư"),
        ("Ban Bí thư Trung ương Đoàn về đại hội", "Ban Bí thư Trung ương Đoàn"),
        ("Trung ương Đảng về công tác cán bộ", "Ban Chấp hành Trung ương Đảng"),
        ("Trung ương về sắp xếp bộ máy", "Ban Chấp hành Trung ương Đảng"),
    ],
)
def test_central_party_bodies_by_their_usual_names(phrase: str, name: str) -> None:
    assert canonical_issuer(phrase) == name


def test_numbers_listed_under_one_head_share_its_type_and_issuer() -> None:
    text = (
        "Quán triệt Quy định số 205-QĐ/TW, 214-QĐ/TW và 213-QĐ/TW của Bộ Chính trị; các Nghị"
        " quyết: số 21, 22-NQ/TW của Ban Chấp hành Trung ương; Kết luận số 14-KL/TW và số"
        " 15-KL/TW của Bộ Chính trị."
    )
    found = {d.key: (d.type, d.issuer) for d in find_documents(text)}
    assert found == {
        "205-QĐ/TW": ("Quy định", "Bộ Chính trị"),
        "214-QĐ/TW": ("Quy định", "Bộ Chính trị"),
        "213-QĐ/TW": ("Quy định", "Bộ Chính trị"),
        "21-NQ/TW": ("Nghị quyết", "Ban Chấp hành Trung ương Đảng"),
        "22-NQ/TW": ("Nghị quyết", "Ban Chấp hành Trung ương Đảng"),
        "14-KL/TW": ("Kết luận", "Bộ Chính trị"),
        "15-KL/TW": ("Kết luận", "Bộ Chính trị"),
    }


def test_one_key_dated_in_two_years_is_two_documents() -> None:
    # Party numbers restart each term: resolution 18 of 2017 is not resolution 18 of 2022
    text = (
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 về sắp xếp bộ máy đã được tổng kết. Tháng 6,"
        " Ban Chấp hành Trung ương ban hành Nghị quyết số 18-NQ/TW ngày 16/6/2022 về đất đai;"
        " Nghị quyết 18-NQ/TW này được học tập năm 2023."
    )
    found = [(d.key, d.date, len(d.mentions)) for d in find_documents(text)]
    assert found == [("18-NQ/TW", "2017-10-25", 1), ("18-NQ/TW", "2022-06-16", 2)]


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("Theo Quyết định số 1015/QĐ-TTg ngày 30 tháng 8/2022 của Thủ tướng.", "2022-08-30", 2022),
        ("Theo Quyết định số 1015/QĐ-TTg tháng 8/2022 của Thủ tướng.", None, 2022),
        ("Quyết định số 1015/QĐ-TTg ban hành tháng 8 năm 2022 của Thủ tướng.", None, 2022),
    ],
)
def test_a_month_written_with_its_year(text: str, date: str | None, year: int) -> None:
    (doc,) = find_documents(text)
    assert (doc.date, doc.year) == (date, year)


ADVISED_ISSUERS = [
    # the body advised to issue is the issuer, not the one that advised it
    (
        "Sở Nội vụ tỉnh Cà Mau tham mưu UBND tỉnh Cà Mau ban hành Kế hoạch số 140/KH-UBND.",
        "Ủy ban nhân dân tỉnh Cà Mau",
    ),
    (
        "Ban Tuyên giáo Tỉnh ủy tham mưu cho Tỉnh ủy Cà Mau ban hành Chỉ thị số 20-CT/TU.",
        "Tỉnh ủy Cà Mau",
    ),
    # a full stop inside an abbreviation does not end the subject
    ("Thành ủy TP.HCM cũng đã có Chỉ thị số 19-CT/TU về chống ngập.",
     "Thành ủy Thành phố Hồ Chí Minh"),
    # the police's director proposing in a submission: the provincial police
    (
        "Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 88/TTr-CAT, UBND tỉnh đồng ý.",
        "Công an tỉnh Cà Mau",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ADVISED_ISSUERS)
def test_issuers_of_advised_and_proposed_documents(text: str, issuer: str) -> None:
    (doc,) = find_documents(text, province="Cà Mau")
    assert doc.issuer == issuer


def test_a_district_committees_symbol_names_the_articles_district() -> None:
    text = "Các chi bộ học tập Kế hoạch số 31-KH/HU và Nghị quyết số 04-NQ/HU."
    found = {
        d.key: d.issuer for d in find_documents(text, province="Điện Biên", district="Tuần Giáo")
    }
    assert found == {
        "31-KH/HU": "Ban Thường vụ Huyện ủy Tuần Giáo",
        "04-NQ/HU": "Ban Chấp hành Đảng bộ huyện Tuần Giáo",
    }
    # without a district the committee is named bare
    (doc, _) = find_documents(text, province="Điện Biên")
    assert doc.issuer == "Ban Thường vụ Huyện ủy"


def test_a_joint_programme_is_a_document() -> None:
    (doc,) = find_documents("Theo Chương trình phối hợp số 05/CTPH-MTTQ-UBND năm 2024.")
    assert (doc.key, doc.type) == ("05/CTPH-MTTQ-UBND", "Chương trình phối hợp")


def test_the_verb_between_an_issuer_and_a_title_relates_only_its_own_document() -> None:
    text = (
        "Căn cứ Thông tư số 04/2012/TT-BNV của Bộ Nội vụ hướng dẫn về tổ chức thôn và Công văn"
        " số 3145/UBND-NCPC của UBND tỉnh, huyện đã rà soát. Kế hoạch số 125-KH/TU của Ban"
        " Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số 20-NQ/TW và Kết luận số"
        " 10-KL/TW của Bộ Chính trị được phổ biến."
    )
    found = {d.key: (d.relation, d.title) for d in find_documents(text)}
    assert found["04/2012/TT-BNV"] == ("based_on", "về tổ chức thôn")  # "hướng dẫn về …"
    assert found["3145/UBND-NCPC"][0] == "based_on"  # the circular guides; the letter is a basis
    # a cue inside a title relates the documents it names
    assert found["20-NQ/TW"][0] == found["10-KL/TW"][0] == "implements"


CITY_SPELLINGS = [
    # the short forms of Ho Chi Minh City's name, glued or spaced, in a body's name
    # (the city named after a person keeps its level word after a committee's head)
    ("Thành ủy TP.HCM", "Thành ủy Thành phố Hồ Chí Minh"),
    ("UBND TPHCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("Sở Y tế TP. HCM", "Sở Y tế thành phố Hồ Chí Minh"),
    # a level word inside a name is lowercase, and a Thành ủy is not named twice for its city
    ("Ủy ban nhân dân Tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam"),
    ("Thành ủy Thành phố Cần Thơ", "Thành ủy Cần Thơ"),
    ("HĐND Huyện Hướng Hóa", "Hội đồng nhân dân huyện Hướng Hóa"),
    # committees named by their level keep their capital
    ("Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn"),
    ("Văn phòng Huyện ủy", "Văn phòng Huyện ủy"),
]


@pytest.mark.parametrize(("phrase", "name"), CITY_SPELLINGS)
def test_city_short_forms_and_capital_level_words_in_issuers(phrase: str, name: str) -> None:
    assert canonical_issuer(phrase) == name


SYMBOL_NAMES_ONE = [
    # the symbol names one issuer: a body after the comma is the next clause's subject
    (
        "Căn cứ các Thông tư số 15/2022/TT-BTC và 46/2022/TT-BTC của Bộ Tài chính, Ban Dân tộc"
        " tỉnh phân bổ vốn cho các xã.",
        ["Bộ Tài chính", "Bộ Tài chính"],
    ),
    (
        "Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh Kon Tum, Sở Tài chính cấp kinh phí.",
        ["Ủy ban nhân dân tỉnh Kon Tum"],
    ),
    # ... and the office of its head, before a comma and the next clause's subject
    (
        "Theo Quyết định số 1870/QĐ-BQP của Bộ trưởng Bộ Quốc phòng, Ban Chỉ huy Phòng thủ khu"
        " vực 2 được thành lập.",
        ["Bộ trưởng Bộ Quốc phòng"],
    ),
    # joint documents and Party numbers keep every body listed (a State joint document's as its
    # symbol names them, joined by dashes, however the text joins them)
    (
        "Kết luận số 01-KL/TW của Bộ Chính trị, Ban Bí thư về công tác cán bộ được quán triệt.",
        ["Bộ Chính trị, Ban Bí thư"],
    ),
    (
        "Thông tư liên tịch số 05/2015/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ về biên chế.",
        ["Bộ Tài chính - Bộ Nội vụ"],
    ),
    (
        "Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT của Bộ Y tế và Bộ Giáo dục và Đào tạo"
        " được áp dụng.",
        ["Bộ Y tế - Bộ Giáo dục và Đào tạo"],
    ),
    # two departments' (or ministries') codes in any document's symbol: issued together
    (
        "Sở Y tế phối hợp với Sở GD&ĐT ban hành Kế hoạch số 88/KH-SYT-SGDĐT; Bộ NN&PTNT ban"
        " hành Quyết định số 2318/QĐ-BNN-KH.",
        [
            "Sở Y tế tỉnh Kon Tum - Sở Giáo dục và Đào tạo tỉnh Kon Tum",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ],
    ),
    # ... even when the title that follows holds a verb ("tổ chức", "kiểm tra")
    (
        "Quán triệt Kết luận số 118-KL/TW của Bộ Chính trị, Ban Bí thư về tổ chức hội nghị"
        " giữa nhiệm kỳ, các chi bộ đã họp.",
        ["Bộ Chính trị, Ban Bí thư"],
    ),
    # a body after the comma that campaigns or guides is the main clause's subject
    (
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ủy ban MTTQ Việt Nam tỉnh Kon Tum"
        " phát động cuộc thi viết.",
        ["Bộ Chính trị"],
    ),
    (
        "Triển khai Kết luận số 61-KL/TW của Ban Bí thư, Hội Nông dân tỉnh Kon Tum hướng dẫn"
        " các cơ sở hội.",
        ["Ban Bí thư"],
    ),
]


@pytest.mark.parametrize(("text", "issuers"), SYMBOL_NAMES_ONE)
def test_a_listed_issuer_is_cut_to_the_one_the_symbol_names(text: str, issuers: list[str]) -> None:
    assert [d.issuer for d in find_documents(text, province="Kon Tum")] == issuers


def test_a_number_in_brackets_after_its_name_takes_the_date_after_the_bracket() -> None:
    # and the name's words ("sửa đổi") say nothing of what the text does with it
    text = (
        "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế (Luật số 51/2024/QH15) được"
        " Quốc hội thông qua ngày 27/11/2024. Nghị quyết Hội nghị Trung ương 7 khóa XII"
        " (Nghị quyết số 27-NQ/TW) ngày 21/5/2018 về cải cách tiền lương đã được quán triệt."
    )
    found = {d.key: (d.date, d.relation) for d in find_documents(text)}
    assert found == {
        "51/2024/QH15": ("2024-11-27", "cites"),
        "27-NQ/TW": ("2018-05-21", "cites"),
    }


def test_the_body_a_signer_acts_for_issues_and_the_date_before_stays() -> None:
    text = (
        "Ngày 14-6-2019, thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký ban hành Chỉ thị số"
        " 35-CT/TW về đại hội đảng bộ các cấp. T/M Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư"
        " ký Kế hoạch số 150-KH/TU."
    )
    found = {d.key: (d.issuer, d.date) for d in find_documents(text)}
    assert found == {
        "35-CT/TW": ("Bộ Chính trị", "2019-06-14"),
        "150-KH/TU": ("Ban Thường vụ Tỉnh ủy", None),
    }


def test_a_clause_joined_with_no_subject_of_its_own_takes_the_sentences() -> None:
    # the body that opens the sentence issues the document of the joined clause, which the
    # cue of the first clause does not reach; the first document keeps its own issuer
    text = (
        "UBND huyện Vĩnh Linh đã quán triệt Quyết định số 1190/QĐ-UBND của UBND tỉnh Quảng Trị;"
        " đồng thời ban hành Kế hoạch số 77/KH-UBND. Ngày 2/3, Huyện ủy Gio Linh triển khai"
        " Chỉ thị số 35-CT/TW của Bộ Chính trị và ban hành Kế hoạch số 20-KH/HU."
    )
    found = {d.key: (d.issuer, d.relation) for d in find_documents(text, province="Quảng Trị")}
    assert found == {
        "1190/QĐ-UBND": ("Ủy ban nhân dân tỉnh Quảng Trị", "implements"),
        "77/KH-UBND": ("Ủy ban nhân dân huyện Vĩnh Linh", "cites"),
        "35-CT/TW": ("Bộ Chính trị", "implements"),
        "20-KH/HU": ("Huyện ủy Gio Linh", "cites"),
    }
    # "và ban hành" inside the first document's title joins no clause
    text = (
        "UBND huyện Triệu Phong triển khai Quyết định số 1161/QĐ-UBND của UBND tỉnh Quảng Trị"
        " về việc phê duyệt và ban hành Kế hoạch số 85/KH-UBND."
    )
    found = {d.key: (d.issuer, d.relation) for d in find_documents(text, province="Quảng Trị")}
    assert found["85/KH-UBND"] == ("Ủy ban nhân dân tỉnh Quảng Trị", "implements")


def test_the_chief_inspectors_documents_are_the_inspectorates() -> None:
    text = (
        "Theo Quyết định số 41/QĐ-TTr ngày 3/5/2024 của Chánh Thanh tra tỉnh Nghệ An, đoàn thanh"
        " tra làm việc 45 ngày. Phó Chánh Thanh tra huyện Nghi Lộc ký Kết luận số 9/KL-TTr."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers == {
        "41/QĐ-TTr": "Thanh tra tỉnh Nghệ An",
        "9/KL-TTr": "Thanh tra huyện Nghi Lộc",
    }


def test_the_election_bodies_issue_their_documents() -> None:
    text = (
        "Căn cứ Nghị quyết số 99/NQ-HĐBCQG của Hội đồng bầu cử quốc gia, Ủy ban bầu cử tỉnh"
        " Sơn La ban hành Kế hoạch số 07/KH-UBBC ngày 5/1/2026; Thông báo số 3/TB-UBBC nêu rõ"
        " lịch bầu cử."
    )
    issuers = {d.key: d.issuer for d in find_documents(text, province="Sơn La")}
    assert issuers == {
        "99/NQ-HĐBCQG": "Hội đồng bầu cử quốc gia",
        "07/KH-UBBC": "Ủy ban bầu cử tỉnh Sơn La",
        # (the symbol alone: the committee of the article's province)
        "3/TB-UBBC": "Ủy ban bầu cử tỉnh Sơn La",
    }


def test_an_issuer_ends_before_and_and_a_lower_case_word() -> None:
    text = (
        "Quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị và phát động thi đua; Chương trình số"
        " 65-CTr/TU của Thành ủy và NQ 14/2024/NQ-HĐND; Công văn số 3/CV-BCĐ của Ban Chỉ đạo"
        " sắp xếp đơn vị hành chính và xây dựng chính quyền hai cấp."
    )
    issuers = [d.issuer for d in find_documents(text, province="Huế")]
    assert issuers[:2] == ["Bộ Chính trị", "Thành ủy Huế"]
    assert issuers[-1] == (
        "Ban Chỉ đạo sắp xếp đơn vị hành chính và xây dựng chính quyền hai cấp"
    )


SHARED_ONLY_WHERE_THE_SYMBOL_ALLOWS = [
    # "của X" after a list is shared with the numbers before it, unless a number's symbol
    # names another central body
    (
        "Căn cứ Luật số 80/2015/QH13 và Quyết định 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng.",
        ["Quốc hội", "Thủ tướng Chính phủ"],
    ),
    (
        "Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP của Văn phòng Chính phủ.",
        ["Chính phủ", "Văn phòng Chính phủ"],
    ),
    (
        "Thông tư 15/2022/TT-BTC và Thông tư 46/2022/TT-BTC của Bộ trưởng Bộ Tài chính.",
        ["Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tài chính"],
    ),
    (
        "Quyết định 12/QĐ-UBND và Kế hoạch 34/KH-UBND của UBND huyện Đakrông.",
        ["Ủy ban nhân dân huyện Đakrông", "Ủy ban nhân dân huyện Đakrông"],
    ),
    # a local body's symbol names its kind: not the Thủ tướng's, not the UBND's for HĐND
    (
        "Thực hiện Kế hoạch 210/KH-UBND và Quyết định số 2348/QĐ-TTg của Thủ tướng Chính phủ.",
        ["Ủy ban nhân dân tỉnh Quảng Trị", "Thủ tướng Chính phủ"],
    ),
    (
        "Nghị quyết số 15/NQ-HĐND và Quyết định số 22/QĐ-UBND của UBND huyện Cam Lộ.",
        ["Hội đồng nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân huyện Cam Lộ"],
    ),
]


@pytest.mark.parametrize(("text", "issuers"), SHARED_ONLY_WHERE_THE_SYMBOL_ALLOWS)
def test_a_shared_issuer_does_not_override_the_symbol(text: str, issuers: list[str]) -> None:
    assert [d.issuer for d in find_documents(text, province="Quảng Trị")] == issuers


def test_an_action_programme_is_a_programme_issued_by_the_subject_before_it() -> None:
    text = "Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU ngày 2/6/2021 về chuyển đổi số."
    (doc,) = find_documents(text, province="Gia Lai")
    assert (doc.type, doc.issuer, doc.date) == ("Chương trình", "Tỉnh ủy Gia Lai", "2021-06-02")
    assert doc.mentions[0].surface == "15-CTr/TU"


PLENUMS = [
    # a plenum issues in its committee's name, and its term is read after it
    (
        "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương"
        " Đảng khóa XIII về chỉnh đốn Đảng được quán triệt.",
        ("Ban Chấp hành Trung ương Đảng", "XIII"),
    ),
    (
        "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy.",
        ("Ban Chấp hành Trung ương Đảng", "XII"),
    ),
    (
        "Nghị quyết số 05-NQ/TU của Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XV.",
        ("Ban Chấp hành Đảng bộ tỉnh Sơn La", "XV"),
    ),
    # the Central Committee written without "Đảng" is the same body (one agency in the graph)
    (
        "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII được triển khai.",
        ("Ban Chấp hành Trung ương Đảng", "XII"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLENUMS)
def test_a_plenum_issues_in_its_committees_name(text: str, expected: tuple[str, str]) -> None:
    (doc,) = find_documents(text, province="Sơn La")
    assert (doc.issuer, doc.term) == expected


@pytest.mark.parametrize("dateline", ["KON TUM - ", "Hà Nội – ", "(Báo Kon Tum) - ", ""])
def test_a_dateline_does_not_hide_the_date_a_body_issued_on(dateline: str) -> None:
    text = f"{dateline}Ngày 10/5/2023, Tỉnh ủy Kon Tum ban hành Chỉ thị số 25-CT/TU về giảm nghèo."
    (doc,) = find_documents(text)
    assert (doc.issuer, doc.date) == ("Tỉnh ủy Kon Tum", "2023-05-10")


def test_article_date_argument_gives_the_year() -> None:
    text = "Ngày 12/4, Bộ Chính trị ban hành Kết luận số 140-KL/TW."
    (doc,) = find_documents(text, article_date="2025-04-20T08:00:00")
    assert doc.date == "2025-04-12"
    (doc,) = find_documents(text)
    assert doc.date is None


def test_mentions_carry_relations_in_order() -> None:
    text = (
        "Căn cứ Nghị quyết số 39-NQ/TW của Bộ Chính trị; các cơ quan tiếp tục thực hiện "
        "Nghị quyết số 39-NQ/TW."
    )
    (doc,) = find_documents(text)
    assert [m.relation for m in doc.mentions] == ["based_on", "implements"]
    assert doc.relation == "based_on"
    assert [m.surface for m in doc.mentions] == ["39-NQ/TW", "39-NQ/TW"]


def test_a_minister_of_an_abbreviated_ministry_is_named_by_the_symbol() -> None:
    text = (
        "Thông tư số 07/2023/TT-BNV của Bộ trưởng Bộ NV và Thông tư số 11/2024/TT-BLĐTBXH của "
        "Bộ trưởng Bộ LĐ-TB&XH đã được phổ biến."
    )
    assert [d.issuer for d in find_documents(text)] == [
        "Bộ trưởng Bộ Nội vụ",
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
    ]


def test_the_central_military_commissions_short_forms_take_its_own_code() -> None:
    text = "Các chi bộ quán triệt Nghị quyết 1658 của Quân ủy Trung ương."
    (doc,) = find_documents(text)
    assert (doc.key, doc.complete) == ("1658-NQ/QUTW", False)


def test_ordinances_named_by_their_title() -> None:
    text = (
        "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 9 tháng 12 năm 2020; Luật "
        "Người cao tuổi có hiệu lực từ năm 2010."
    )
    docs = find_documents(text)
    assert [(d.type, d.title, d.date) for d in docs] == [
        ("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng", "2020-12-09"),
        ("Luật", "Luật Người cao tuổi", None),
    ]
    assert docs[0].relation == "based_on"


def test_type_codes_in_mixed_case_and_numbers_that_name_no_document() -> None:
    text = (
        "UBND xã ban hành Quyết định số 31/Qđ-UBND và Kế hoạch số 8/Kh-UBND; nhà thầu thi công "
        "gói thầu số 02/2025/XL theo Thông báo số 4/Tb-UBND."
    )
    assert [d.key for d in find_documents(text)] == ["31/QĐ-UBND", "8/KH-UBND", "4/TB-UBND"]
    # a project's nickname with its owner's code is no number of a document
    text = "Công an xã làm sạch dữ liệu theo Đề án 06/CP và Đề án số 3/ĐA-UBND của huyện."
    assert [d.key for d in find_documents(text)] == ["3/ĐA-UBND"]


def test_a_central_issuer_and_date_after_the_title() -> None:
    text = (
        "Chi bộ học tập Kết luận số 01-KL/TW về tiếp tục thực hiện việc học tập và làm theo "
        "tấm gương đạo đức Hồ Chí Minh của Bộ Chính trị; Nghị quyết số 45-NQ/TW về xây dựng "
        "đội ngũ trí thức ngày 24/11/2023 của Ban Chấp hành Trung ương."
    )
    found = {d.key: (d.issuer, d.date, d.title) for d in find_documents(text)}
    assert found["01-KL/TW"][0] == "Bộ Chính trị"
    assert found["01-KL/TW"][2].endswith("đạo đức Hồ Chí Minh")
    assert found["45-NQ/TW"] == (
        "Ban Chấp hành Trung ương Đảng",
        "2023-11-24",
        "về xây dựng đội ngũ trí thức",
    )
    # a local body after a title is no issuer of a central document
    text = "Triển khai Chỉ thị số 21-CT/TW về công tác phụ nữ của Tỉnh ủy Hà Tĩnh."
    assert find_documents(text)[0].issuer is None


def test_a_year_opening_the_next_clause_is_not_the_documents() -> None:
    text = (
        "Thực hiện Quyết định số 88/QĐ-TTg, năm 2026 huyện xây 40 nhà; Nghị quyết số 12/NQ-HĐND,"
        " năm 2021 của HĐND tỉnh quy định mức hỗ trợ."
    )
    found = {d.key: d.year for d in find_documents(text)}
    assert found == {"88/QĐ-TTg": None, "12/NQ-HĐND": 2021}


def test_a_cue_that_took_another_object_relates_no_document_after_it() -> None:
    # the cue in one plan's title carried out a movement; the decision after the comma is cited
    text = (
        "Huyện ban hành Kế hoạch số 31/KH-UBND về triển khai thực hiện phong trào thi đua "
        "dân vận khéo, Quyết định số 902/QĐ-UBND về kiện toàn tổ công tác."
    )
    assert {d.key: d.relation for d in find_documents(text)} == {
        "31/KH-UBND": "cites",
        "902/QĐ-UBND": "cites",
    }
    # ... while a document right after the cue is carried out, with those listed after it
    text = (
        "Xã ban hành Kế hoạch số 4/KH-UBND về thực hiện Nghị quyết số 21-NQ/TW, Kết luận số"
        " 9-KL/TW."
    )
    found = {d.key: d.relation for d in find_documents(text)}
    assert found["21-NQ/TW"] == found["9-KL/TW"] == "implements"
    # ... and a cue before the first document still relates those listed after its title
    text = (
        "Huyện thực hiện nghiêm Công văn số 210/UBND-VX về việc triển khai các biện pháp "
        "phòng dịch, Thông tư số 02/2023/TT-BYT và Chỉ thị số 07/CT-UBND."
    )
    assert {d.relation for d in find_documents(text)} == {"implements"}
    # a replacement done under a decision does not replace the decision
    text = "Ban quản lý dự án thay thế đơn vị tư vấn theo Quyết định số 77/QĐ-UBND."
    assert find_documents(text)[0].relation == "cites"
    text = "Quyết định này thay thế Quyết định số 16/2021/QĐ-UBND."
    assert find_documents(text)[0].relation == "replaces"
    # "kèm theo" names the document amended through its annex, not a ground
    text = "Sửa đổi Điều 3 Quy chế ban hành kèm theo Quyết định số 7/2023/QĐ-UBND của UBND tỉnh."
    assert find_documents(text)[0].relation == "amends"


def test_mention_surface_keeps_the_written_form() -> None:
    text = "Quyết định số 218- QĐ/TW và Nghị quyết số 35 của Bộ Chính trị."
    docs = find_documents(text)
    assert [m.surface for d in docs for m in d.mentions] == ["218- QĐ/TW", "Nghị quyết số 35"]


# --------------------------------------------------------------------------- helpers

DATES = [
    ("ngày 21/9/2000", "2000-09-21"),
    ("21-9-2000", "2000-09-21"),
    ("ngày 12 tháng 3 năm 2013", "2013-03-12"),
    ("Ngày 02 tháng 02 năm 2023", "2023-02-02"),
    ("ngày 25\ntháng 05 năm 2020", "2020-05-25"),
    ("03/6/ 2003", "2003-06-03"),
    ("1.10.1997", "1997-10-01"),
    ("ngày 6/8", None),
    ("15/2020", None),
    ("32/13/2020", None),
    ("ngày 31/02/2024", None),  # no such day
    ("29/2/2023", None),
    ("29/2/2024", "2024-02-29"),
    ("ngày mai", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


RELATIONS = [
    ("Căn cứ", "based_on"),
    ("Thực hiện", "implements"),
    ("tiếp tục triển khai", "implements"),
    ("quán triệt sâu sắc", "implements"),
    ("theo tinh thần", "implements"),
    ("sửa đổi, bổ sung một số điều của", "amends"),
    ("Quyết định này thay thế", "replaces"),
    ("bãi bỏ", "repeals"),
    ("hướng dẫn thi hành", "guides"),
    ("Để thi hành", "implements"),
    ("tổ chức thi hành", "implements"),
    ("quy định chi tiết thi hành", "guides"),
    ("Cơ quan thi hành án theo", "cites"),
    ("Quyết định có hiệu lực thi hành từ ngày ký;", "cites"),
    ("Chi cục Thi hành án dân sự huyện ban hành", "cites"),
    ("Căn cứ đề nghị, thực hiện", "implements"),
    ("theo", "cites"),
    ("", "cites"),
    # the guidance a text follows is implemented; a passive reports what one document did
    ("Theo hướng dẫn tại", "implements"),
    ("Thực hiện theo hướng dẫn của Bộ Nội vụ tại", "implements"),
    ("Nghị định số 15/2020/NĐ-CP đã được sửa đổi, bổ sung bởi", "cites"),
    ("được hướng dẫn bởi", "cites"),
    ("đã hết hiệu lực và được thay thế bằng", "cites"),
    ("đã được sửa đổi, bổ sung tại", "cites"),
    ("nội dung bị bãi bỏ tại", "cites"),
    # building on and giving legal form to a document
    ("Trên cơ sở", "based_on"),
    ("Thể chế hóa", "implements"),
]


def test_a_cue_does_not_reach_past_a_new_clause() -> None:
    # what a subject after a comma issues or does is its own, not the opening cue's object
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương, UBND tỉnh ban hành Quyết định số"
        " 12/2024/QĐ-UBND. Thực hiện Chỉ thị 05-CT/TW, Huyện ủy đã triển khai Kế hoạch"
        " 12-KH/HU. Thực hiện Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW của Trung ương."
    )
    relations = {d.key or d.title: d.relation for d in find_documents(text)}
    assert relations == {
        "Luật Tổ chức chính quyền địa phương": "based_on",
        "12/2024/QĐ-UBND": "cites",
        "05-CT/TW": "implements",
        "12-KH/HU": "implements",
        "18-NQ/TW": "implements",
        "19-NQ/TW": "implements",
    }


def test_carrying_out_a_document_implements_it_but_enforcing_a_judgment_does_not() -> None:
    text = (
        "Để thi hành Nghị định số 151/2025/NĐ-CP, UBND tỉnh Lào Cai giao Sở Nội vụ hướng dẫn. "
        "Bộ Tư pháp ban hành Thông tư số 05/2024/TT-BTP hướng dẫn thi hành Nghị định số "
        "82/2020/NĐ-CP. Chi cục Thi hành án dân sự huyện Bảo Thắng ra Quyết định số "
        "27/QĐ-CCTHADS."
    )
    assert {d.key: d.relation for d in find_documents(text)} == {
        "151/2025/NĐ-CP": "implements",
        "05/2024/TT-BTP": "cites",
        "82/2020/NĐ-CP": "cites",  # (what the circular does: it guides the decree)
        "27/QĐ-CCTHADS": "cites",
    }


def test_a_cue_in_one_items_words_does_not_relate_the_next_item() -> None:
    text = (
        "Căn cứ Quyết định số 1200/QĐ-UBND về việc thay thế thành viên Ban Chỉ đạo; Quyết "
        "định số 1300/QĐ-UBND của UBND tỉnh; Thông tư số 01/2011/TT-BNV hướng dẫn thể thức văn"
        " bản; Thông tư số 10/2023/TT-BNV của Bộ Nội vụ."
    )
    assert {d.key: d.relation for d in find_documents(text)} == {
        "1200/QĐ-UBND": "based_on",
        "1300/QĐ-UBND": "based_on",
        "01/2011/TT-BNV": "based_on",
        "10/2023/TT-BNV": "based_on",
    }
    # ... but a list inside one item's object keeps the item's verb
    text = (
        "Thông tư này quy định chi tiết thi hành khoản 4 Điều 24; khoản 3 Điều 26 của Luật "
        "Thi đua, khen thưởng năm 2022."
    )
    (law,) = [d for d in find_documents(text) if d.title and d.title.startswith("Luật")]
    assert law.relation == "guides"


def test_a_denied_cue_relates_nothing_and_this_document_keeps_its_cue() -> None:
    text = (
        "Thông tư số 12/2024/TT-BTC quy định chế độ kế toán. Những nội dung không hướng dẫn"
        " trong Thông tư này thực hiện theo quy định hiện hành."
    )
    (doc,) = find_documents(text)
    assert doc.relation == "cites" and len(doc.mentions) == 2
    text = (
        "UBND tỉnh ban hành Quyết định số 116/QĐ-UBND ngày 2/4/2022. Các huyện đã xây dựng kế"
        " hoạch thực hiện Quyết định này."
    )
    (doc,) = find_documents(text)
    assert [m.relation for m in doc.mentions] == ["cites", "implements"]


@pytest.mark.parametrize(("phrase", "relation"), RELATIONS)
def test_relation_of(phrase: str, relation: str) -> None:
    assert relation_of(phrase) == relation


ISSUERS = [
    ("Bộ Chính trị (khóa XI) về tinh giản biên chế", None, "Bộ Chính trị"),
    ("BTV Tỉnh ủy về phòng chống dịch", "Quảng Trị", "Ban Thường vụ Tỉnh ủy Quảng Trị"),
    ("UBND tỉnh Hà Tĩnhvề việc ban hành", None, "Ủy ban nhân dân tỉnh Hà Tĩnh"),
    ("Ban chấp hành Đảng bộ tỉnh về chương trình", "Sơn La", "Ban Chấp hành Đảng bộ tỉnh Sơn La"),
    ("HĐND tỉnh khóa XVII", "Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An"),
    ("Uỷ ban Thường vụ Quốc hội", None, "Ủy ban Thường vụ Quốc hội"),
    ("Chủ tịch UBND tỉnh Võ Văn Hưng", None, "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Giám đốc Sở Nội vụ tại", "Đồng Nai", "Sở Nội vụ tỉnh Đồng Nai"),
    ("Đảng và Nhà nước", None, None),
    ("các địa phương", None, None),
]


@pytest.mark.parametrize(("phrase", "province", "name"), ISSUERS)
def test_canonical_issuer(phrase: str, province: str | None, name: str | None) -> None:
    assert canonical_issuer(phrase, province) == name


# --------------------------------------------------------------------------- invariants

_PIECES = st.sampled_from(
    [
        "Nghị quyết",
        "Quyết định",
        "Chỉ thị",
        "Luật",
        "số",
        "số:",
        " ",
        "  ",
        "\n",
        ",",
        ";",
        ".",
        "(",
        ")",
        "-",
        "–",
        "/",
        ":",
        "của",
        "ngày",
        "năm",
        "tháng",
        "Bộ Chính trị",
        "UBND tỉnh",
        "Tỉnh ủy",
        "Căn cứ",
        "thực hiện",
        "QĐ",
        "NQ",
        "TW",
        "TƯ",
        "CP",
        "UBND",
        "TTg",
        "QH15",
        "2020",
        "12",
        "05",
        "30a",
        "/QĐ-UBND",
        "-NQ/TW",
        "về",
        "này",
        "http://",
        "Hiến pháp",
        "Bộ luật",
        "Đề án",
        "Số: ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_never_raises_and_spans_slice(text: str) -> None:
    for doc in find_documents(text):
        assert doc.mentions
        assert [m.start for m in doc.mentions] == sorted(m.start for m in doc.mentions)
        for mention in doc.mentions:
            assert text[mention.start : mention.end] == mention.surface
            assert mention.relation in {
                "based_on",
                "implements",
                "amends",
                "replaces",
                "repeals",
                "guides",
                "cites",
            }


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for doc in find_documents(text):
        for mention in doc.mentions:
            assert text[mention.start : mention.end] == mention.surface


# --------------------------------------------------------------------------- the pre-scan

# Plain spellings of two scans that are written for speed in citations.py: the faster forms
# must find exactly what these find.
# (a dot after an abbreviated level word ends no sentence: "UBND H. Củ Chi", "TP. Huế")
_PLAIN_BOUNDARY = re.compile(
    rf"(?:[!?…]|\.(?<!{_LEVEL_LETTER}\.)(?<!(?<!\w)(?:TX|TT|TP|Tp)\.))"
    rf"(?=\s+[{UPPER}\d“\"(\-–])|\n(?=[^\S\n]*[{UPPER}\d\-–•*+“\"(|])|\n[^\S\n]*\n"
)


def _separate_scans(text: str) -> list[tuple[int, str, str]]:
    """Every kind of candidate scanned alone, merged by position (the pre-scan's contract)."""
    pats = _patterns()
    kinds = [("full", NUMBER_RE), ("short", pats.short), *pats.scans]
    found = [
        (match.start(), order, kind, match.group())
        for order, (kind, pattern) in enumerate(kinds)
        for match in pattern.finditer(text)
    ]
    return [(start, kind, surface) for start, _, kind, surface in sorted(found)]


_SCAN_TEXTS = [
    "Quyết định số 12/QĐ-UBND và Quyết định số 12 của huyện",
    "Nghị quyết 35 NQ/TW; Nghị quyết 35   /NQ-CP, Chỉ thị số: 05",
    "số 15 / 2020 / NĐ-CP ngày 3/4/2020, số 7/2021 và số 8a",
    "Luật Đầu tư năm 2020; Bộ luật Lao động; Nghị quyết này",
    "Kế hoạch 5 năm 2021-2025, điện thoại 0912 345 678, lúc 08:15",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_prescan_finds_what_separate_scans_find(text: str) -> None:
    assert [(m.start(), kind, m.group()) for kind, m in _candidates(text)] == _separate_scans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_prescan_finds_what_separate_scans_find_anywhere(text: str) -> None:
    assert [(m.start(), kind, m.group()) for kind, m in _candidates(text)] == _separate_scans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "…", "\n", " ", "\u00a0", "A", "a", "1", "(", "-"])))
def test_sentence_boundaries_are_the_plain_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _patterns().boundary.finditer(text)] == [
        m.span() for m in _PLAIN_BOUNDARY.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập"
            " và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Huyện ủy Gio Linh đã"
            " ban hành kế hoạch.",
            "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ),
        (
            "Căn cứ Nghị quyết số 1234/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp"
            " xã của các tỉnh Hà Giang, Lào Cai năm 2025, UBND tỉnh đã chỉ đạo triển khai.",
            "về việc sắp xếp các đơn vị hành chính cấp xã của các tỉnh Hà Giang, Lào Cai năm 2025",
        ),
        # a subject that is no body's name, known by the auxiliary after it
        (
            "Quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng,"
            " toàn huyện đã tổ chức 40 hội nghị.",
            "về chuẩn mực đạo đức cách mạng",
        ),
        (
            "Triển khai Nghị quyết số 27-NQ/TW về xây dựng đội ngũ trí thức, nhà khoa học,"
            " các trường đang rà soát chương trình.",
            "về xây dựng đội ngũ trí thức, nhà khoa học",
        ),
    ],
)
def test_a_title_ends_where_the_main_clause_begins(text: str, title: str) -> None:
    (doc,) = find_documents(text)
    assert doc.title == title


# Issuer and date of a number in a fronted clause, with the sentence's subject after the comma,
# an issuer written between head noun and number, a date that belongs to the sentence (the
# lead's "Ngày 2/2,") rather than the number. (text, {key: (issuer, date)})
FRONTED: list[tuple[str, dict[str, tuple[str | None, str | None]]]] = [
    # a number that is the subject keeps the date after its comma
    (
        "Quyết định số 500/QĐ-UBND, ngày 3/1/2022 UBND huyện Cam Lộ giao chỉ tiêu.",
        {"500/QĐ-UBND": ("Ủy ban nhân dân tỉnh", "2022-01-03")},
    ),
    # a date after the comma that a body and its predicate follow is the next clause's
    (
        "Thực hiện Quyết định số 1234/QĐ-UBND, ngày 15/1/2022 Sở Y tế tỉnh Quảng Trị tổ chức "
        "hội nghị triển khai.",
        {"1234/QĐ-UBND": ("Ủy ban nhân dân tỉnh Quảng Trị", None)},
    ),
    (
        "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, ngày 20/3/2018 Tỉnh "
        "ủy Quảng Trị ban hành Kế hoạch số 25-KH/TU.",
        {
            "18-NQ/TW": ("Ban Chấp hành Trung ương Đảng", None),
            "25-KH/TU": ("Tỉnh ủy Quảng Trị", "2018-03-20"),
        },
    ),
    (
        "Thực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ, Ủy ban "
        "MTTQ tỉnh Lạng Sơn đã chủ trì giám sát 26 cuộc.",
        {"449/QĐ-TTg": ("Thủ tướng Chính phủ", "2013-03-12")},
    ),
    (
        "Tổ chức thực hiện Kết luận số 100-KL/TW của Ban Bí thư, Ban Dân vận Huyện ủy Pác Nặm "
        "tham mưu xây dựng nhiều mô hình dân vận khéo.",
        {"100-KL/TW": ("Ban Bí thư", None)},
    ),
    (
        "Bộ máy được sắp xếp gọn; căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị, UBND tỉnh "
        "Phú Thọ ban hành kế hoạch với 64 nhiệm vụ.",
        {"217-QĐ/TW": ("Bộ Chính trị", None)},
    ),
    (
        "Ngày 5/6, thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ban Thường vụ Thành ủy Hà Nội "
        "đã ban hành kế hoạch học tập chuyên đề.",
        {"05-CT/TW": ("Bộ Chính trị", None)},
    ),
    # trap: issuers joined by a comma and no predicate after them stay joint
    (
        "Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị, Ban Bí thư về trách nhiệm của người "
        "đứng đầu, Tỉnh ủy đã chỉ đạo rà soát.",
        {"11-QĐi/TW": ("Bộ Chính trị, Ban Bí thư", None)},
    ),
    # the issuer phrase ends before an adverb or a preposition that follows it
    (
        "Hằng năm, Tỉnh ủy Nghệ An đều ban hành Nghị quyết số 69-NQ/TU về chuyển đổi số.",
        {"69-NQ/TU": ("Tỉnh ủy Nghệ An", None)},
    ),
    (
        "Huyện nỗ lực đưa Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng vào cuộc sống.",
        {"18-NQ/TW": ("Ban Chấp hành Trung ương Đảng", None)},
    ),
    # Quận ủy and Thị ủy issue documents too
    (
        "Theo Kế hoạch 90-KH/QU ngày 30-05-2020 của Quận ủy Sơn Trà, các chi bộ đã học tập.",
        {"90-KH/QU": ("Quận ủy Sơn Trà", "2020-05-30")},
    ),
    (
        "Theo Chỉ thị số 47-CT/TU, ngày 12-09-2019 của Thị ủy Bình Minh về phát triển cán bộ.",
        {"47-CT/TU": ("Thị ủy Bình Minh", "2019-09-12")},
    ),
    # issuer between head noun and number, also after an earlier number in the sentence
    (
        "Các chi bộ học tập Thông tư số 01/2011/TT-BNV và Chỉ thị của Bộ Chính trị số 05-CT/TW "
        "về học tập và làm theo tư tưởng Hồ Chí Minh.",
        {"01/2011/TT-BNV": ("Bộ Nội vụ", None), "05-CT/TW": ("Bộ Chính trị", None)},
    ),
    (
        "Đảng viên được nghe phổ biến Nghị quyết của Chính phủ số 76/NQ-CP, Nghị quyết số "
        "19-NQ/TW của Ban Chấp hành Trung ương Đảng.",
        {"76/NQ-CP": ("Chính phủ", None), "19-NQ/TW": ("Ban Chấp hành Trung ương Đảng", None)},
    ),
    # the lead's date after a title is the event's, not the number's
    (
        "Sơ kết 9 năm thực hiện Quyết định số 449/QĐ-TTg\n\nNgày 2/2, Ban Thường vụ Thành ủy Hải "
        "Dương sơ kết thực hiện Quyết định số 449/QĐ-TTg ngày 12/03/2013 của Thủ tướng Chính phủ.",
        {"449/QĐ-TTg": ("Thủ tướng Chính phủ", "2013-03-12")},
    ),
    (
        "Hội nghị sơ kết Nghị quyết 35-NQ/TW\nNgày 28/8, Huyện ủy Hướng Hóa sơ kết Nghị quyết số "
        "35-NQ/TW ngày 22 tháng 10 năm 2018 của Bộ Chính trị.",
        {"35-NQ/TW": ("Bộ Chính trị", "2018-10-22")},
    ),
    (
        "Căn cứ Quyết định số 1161/QĐ-UBND\nngày 5/6/2019 của UBND tỉnh Quảng Trị;",
        {"1161/QĐ-UBND": ("Ủy ban nhân dân tỉnh Quảng Trị", "2019-06-05")},
    ),
    # a number's date written before the next clause's subject does not date that clause's
    # document; a sentence-opening date does
    (
        "Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014, Tỉnh ủy Kon Tum đã ban hành Nghị quyết "
        "106-NQ/TU về công tác dân vận.",
        {"40-CT/TW": (None, "2014-11-22"), "106-NQ/TU": ("Tỉnh ủy Kon Tum", None)},
    ),
    (
        "Ngày 5/3/2015, Tỉnh ủy Kon Tum đã ban hành Nghị quyết 106-NQ/TU về công tác dân vận.",
        {"106-NQ/TU": ("Tỉnh ủy Kon Tum", "2015-03-05")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_issuer_and_date_around_fronted_clauses(
    text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    docs = find_documents(text, article_date="2022-02-15")
    assert {d.key: (d.issuer, d.date) for d in docs} == expected


# Which mention names the issuer: the citation norm's "của X" after a number outranks the
# subject of "X ban hành …" elsewhere, and a body later named with its place outranks the
# bare one; a nested "hướng dẫn của A về việc thực hiện Nghị quyết của B số …" gives B.
ISSUER_CHOICE: list[tuple[str, dict[str, str]]] = [
    (
        "Ban Thường vụ Huyện ủy Thoại Sơn ban hành Kết luận số 76-KL/HU. Căn cứ Kết luận số "
        "76-KL/HU ngày 2/10/2023 của Huyện ủy Thoại Sơn, các xã xây dựng kế hoạch.",
        {"76-KL/HU": "Huyện ủy Thoại Sơn"},
    ),
    (
        "UBND huyện đã ban hành Quyết định số 650/QĐ-UBND về cải cách hành chính. Thực hiện "
        "Quyết định số 650/QĐ-UBND, ngày 15/10/2022 của UBND huyện Quảng Điền, các xã rà soát.",
        {"650/QĐ-UBND": "Ủy ban nhân dân huyện Quảng Điền"},
    ),
    (
        "Theo hướng dẫn của Bộ Tài chính về việc thực hiện Nghị quyết của Ban Chấp hành Trung "
        "ương Đảng số 19-NQ/TW, huyện đã sắp xếp các đơn vị sự nghiệp.",
        {"19-NQ/TW": "Ban Chấp hành Trung ương Đảng"},
    ),
    (
        "Theo hướng dẫn của Bộ NN&PTNT về việc thực hiện Quyết định của Thủ tướng Chính phủ số "
        "449/QĐ-TTg, tỉnh đã rà soát các đơn vị.",
        {"449/QĐ-TTg": "Thủ tướng Chính phủ"},
    ),
    # the subject issues with any verb of producing or sending, and as the agent of "mà …"
    (
        "UBND huyện Cam Lộ xây dựng Kế hoạch số 45/KH-UBND về chuyển đổi số; UBND huyện Vĩnh "
        "Linh gửi Công văn số 789/UBND-KT tới các xã; Kế hoạch số 30/KH-UBND mà UBND thị xã "
        "Quảng Trị đã ban hành được triển khai.",
        {
            "45/KH-UBND": "Ủy ban nhân dân huyện Cam Lộ",
            "789/UBND-KT": "Ủy ban nhân dân huyện Vĩnh Linh",
            "30/KH-UBND": "Ủy ban nhân dân thị xã Quảng Trị",
        },
    ),
    # a unit named as the subject issues by the body of the symbol's kind
    (
        "Huyện Triệu Phong đã ban hành Kế hoạch số 66/KH-UBND. Năm 2023, xã Ba Lòng ban hành "
        "Quyết định số 12/QĐ-UBND và huyện Hướng Hóa có Công văn số 77/UBND-NN gửi các xã.",
        {
            "66/KH-UBND": "Ủy ban nhân dân huyện Triệu Phong",
            "12/QĐ-UBND": "Ủy ban nhân dân xã Ba Lòng",
            "77/UBND-NN": "Ủy ban nhân dân huyện Hướng Hóa",
        },
    ),
    # a body that drafted or sent a document the symbol says another issued is no issuer
    (
        "Bộ Tài chính đã xây dựng Nghị định số 123/2020/NĐ-CP; UBND tỉnh Quảng Trị đã gửi "
        "Nghị quyết số 12/NQ-CP đến các huyện; Văn phòng UBND tỉnh Quảng Trị gửi Quyết định số "
        "300/QĐ-UBND; Huyện ủy Đakrông xây dựng Kế hoạch số 45-KH/HU.",
        {
            "123/2020/NĐ-CP": "Chính phủ",
            "12/NQ-CP": "Chính phủ",
            "300/QĐ-UBND": "Ủy ban nhân dân tỉnh Quảng Trị",
            "45-KH/HU": "Huyện ủy Đakrông",
        },
    ),
    # "không chỉ … mà X còn …" is no relative clause naming the issuer
    (
        "Huyện không chỉ triển khai Quyết định số 1719/QĐ-TTg mà UBND huyện còn ban hành "
        "nhiều văn bản.",
        {"1719/QĐ-TTg": "Thủ tướng Chính phủ"},
    ),
    # a subject of another kind than the symbol's drafted it: the symbol's body issued it
    (
        "Sở Y tế tỉnh Quảng Trị xây dựng Kế hoạch số 12/KH-UBND về tiêm chủng.",
        {"12/KH-UBND": "Ủy ban nhân dân tỉnh Quảng Trị"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUER_CHOICE)
def test_which_mention_names_the_issuer(text: str, expected: dict[str, str]) -> None:
    docs = find_documents(text, article_date="2024-01-10")
    assert {d.key: d.issuer for d in docs} == expected


# Quận ủy documents are Party documents (NUMBER-TYPE/QU); a symbol that lost its hyphen in one
# mention is the same document as the whole one; "kỷ luật" before "số" is no law.
QU_AND_DAMAGED: list[tuple[str, list[Expected]]] = [
    (
        "Ban Thường vụ Quận ủy Cái Răng ban hành Kết luận số 127/KL-QU, ngày 17/8/2021.",
        [{"key": "127-KL/QU", "type": "Kết luận", "date": "2021-08-17"}],
    ),
    (
        "Ngày 13/11/2020, Quận ủy Hải Châu ban hành Nghị quyết số 01-NQ/QU. Các chi bộ thực "
        "hiện nghiêm túc Nghị quyết số 01.",
        [{"key": "01-NQ/QU", "issuer": "Quận ủy Hải Châu", "date": "2020-11-13", "mentions": 2}],
    ),
    (
        "Phường làm việc về Công văn 4919/VPCPKTTH ngày 21 tháng 7 năm 2021 của Văn phòng Chính "
        "phủ. Tỉnh cũng thực hiện Công văn số 4919/VPCP-KTTH.",
        [{"key": "4919/VPCP-KTTH", "date": "2021-07-21", "mentions": 2}],
    ),
    (
        "Chi bộ thực hiện Quy định số 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm, Thông tư "
        "của Bộ Nội vụ số 01/2011/TT-BNV và Chỉ thị của Tỉnh ủy Hải Dương số 18-CT/TU.",
        [
            {"key": "102-QĐ/TW", "type": "Quy định"},
            {"key": "01/2011/TT-BNV", "type": "Thông tư", "issuer": "Bộ Nội vụ"},
            {"key": "18-CT/TU", "type": "Chỉ thị", "issuer": "Tỉnh ủy Hải Dương"},
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QU_AND_DAMAGED)
def test_urban_district_party_numbers_and_damaged_symbols(
    text: str, expected: list[Expected]
) -> None:
    docs = find_documents(text, article_date="2022-02-15")
    assert [d.key for d in docs] == [e["key"] for e in expected], docs
    for doc, want in zip(docs, expected, strict=True):
        _check(doc, want, text)


# A number listed before another does not take a Party issuer of another level from it, and
# an issuer written with the reference ("Nghị quyết của X số …") outranks a clause's subject.
LEVELS_AND_OWN_ISSUER: list[tuple[str, dict[str, str | None]]] = [
    (
        "Đảng viên được nghe phổ biến Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết "
        "52-NQ/HU ngày 31/12/2021 của Huyện ủy Krông Pắc.",
        {"18-NQ/TW": None, "52-NQ/HU": "Huyện ủy Krông Pắc"},
    ),
    (
        "Chi bộ học tập Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị.",
        {"217-QĐ/TW": "Bộ Chính trị", "218-QĐ/TW": "Bộ Chính trị"},
    ),
    (
        "Ban Thường vụ Tỉnh ủy Đồng Nai ban hành Nghị quyết số 94-NQ/TU. Thực hiện Nghị quyết "
        "của Tỉnh ủy Đồng Nai số 94-NQ/TU, các xã đã triển khai.",
        {"94-NQ/TU": "Tỉnh ủy Đồng Nai"},
    ),
    # a local body after a central symbol is the "của" of what carries it out, not its issuer
    (
        "Kế hoạch thực hiện Chỉ thị số 35-CT/TW của Huyện ủy Vĩnh Linh có năm nhiệm vụ; buổi"
        " sơ kết thi hành Nghị định số 45/2020/NĐ-CP của UBND huyện Vĩnh Linh diễn ra hôm qua.",
        {"35-CT/TW": None, "45/2020/NĐ-CP": "Chính phủ"},
    ),
    (
        "Đoàn giám sát việc thực hiện Luật Thanh niên số 57/2020/QH14 của Sở Nội vụ tỉnh Quảng"
        " Trị làm việc với UBND xã Vĩnh Ô.",
        {"57/2020/QH14": "Quốc hội"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS_AND_OWN_ISSUER)
def test_shared_issuers_respect_party_levels(text: str, expected: dict[str, str | None]) -> None:
    docs = find_documents(text, article_date="2022-02-15")
    assert {d.key: d.issuer for d in docs} == expected


def test_an_issuer_ends_with_its_place_before_the_next_verb() -> None:
    text = (
        "Hội nghị quán triệt Kế hoạch số 41-KH/TU của Tỉnh ủy Quảng Bình diễn ra ở Đồng Hới;"
        " chi bộ nhận Kế hoạch số 17-KH/HU của Huyện ủy Lệ Thủy tới từng đảng viên."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found == {"41-KH/TU": "Tỉnh ủy Quảng Bình", "17-KH/HU": "Huyện ủy Lệ Thủy"}
    # a programme after "và" is no second issuer; a body is
    text = (
        "Sơ kết Nghị quyết số 57-NQ/TW của Bộ Chính trị và Đề án 06 của Chính phủ; Thông tư "
        "liên tịch số 16/2016/TTLT-BYT-BQP của Bộ Y tế và Bộ Quốc phòng quy định khám tuyển."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["57-NQ/TW"] == "Bộ Chính trị"
    assert found["16/2016/TTLT-BYT-BQP"] == "Bộ Y tế - Bộ Quốc phòng"


def test_a_local_committee_and_its_board_are_not_a_joint_issuer() -> None:
    text = (
        "Ngày 5/1/2024, Tỉnh ủy, Ban Thường vụ Tỉnh ủy Quảng Bình ban hành Chương trình số "
        "12-CTr/TU."
    )
    (doc,) = find_documents(text)
    assert doc.issuer == "Ban Thường vụ Tỉnh ủy Quảng Bình"
    assert doc.date == "2024-01-05"


def test_a_speakers_office_names_the_unit_a_bare_subject_stands_for() -> None:
    text = (
        "Chủ tịch UBND xã Thanh Hà Nguyễn Văn Bình cho biết, xã đã ban hành Quyết định số "
        "45/QĐ-UBND về phòng chống thiên tai."
    )
    (doc,) = find_documents(text, province="Hải Dương")
    assert doc.issuer == "Ủy ban nhân dân xã Thanh Hà"


def test_a_local_body_whose_place_ends_with_a_countrys_name_is_no_foreign_issuer() -> None:
    text = (
        "Huyện ủy Hoài Đức ban hành Nghị quyết số 09-NQ/HU; UBND thị xã Phú Mỹ ban hành Quyết"
        " định số 310/QĐ-UBND; Chính phủ Lào ban hành Nghị định số 12/NĐ-CP."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["09-NQ/HU"] == "Huyện ủy Hoài Đức"
    assert found["310/QĐ-UBND"] == "Ủy ban nhân dân thị xã Phú Mỹ"
    assert "12/NĐ-CP" not in found


def test_a_subject_with_its_province_in_brackets_is_no_joint_issuer() -> None:
    text = (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy"
        " Ba Tơ (Quảng Ngãi) đã chỉ đạo các chi bộ học tập chuyên đề."
    )
    (doc,) = find_documents(text)
    assert doc.issuer == "Bộ Chính trị"
    assert doc.date == "2016-05-15"


def test_a_deputy_signs_for_the_head_of_the_body() -> None:
    text = (
        "Thứ trưởng Bộ Y tế Trần Văn Thuấn đã ký Thông tư số 20/2024/TT-BYT. Phó Chủ tịch"
        " Thường trực UBND tỉnh Hà Tĩnh Trần Thế Dũng ký Quyết định số 88/QĐ-UBND."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found == {
        "20/2024/TT-BYT": "Bộ trưởng Bộ Y tế",
        "88/QĐ-UBND": "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",
    }


def test_a_proposal_after_the_legal_bases_is_only_cited() -> None:
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Nghị định số 30/2020/NĐ-CP ngày"
        " 5/3/2020 của Chính phủ; Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số"
        " 41/TTr-SNV ngày 2/6/2023."
    )
    found = {d.key: d.relation for d in find_documents(text) if d.key}
    assert found == {"30/2020/NĐ-CP": "based_on", "41/TTr-SNV": "cites"}
    assert relation_of("Quyết định này thay cho Quyết định số 12/2019/QĐ-UBND.") == "replaces"


def test_dates_after_a_relative_clause_a_comma_a_session_and_for_a_whole_list() -> None:
    def dates(text: str) -> dict[str | None, str | None]:
        return {d.key: d.date for d in find_documents(text, article_date="2025-08-01")}

    assert dates("Quyết định số 71/QĐ-TTg mà Thủ tướng vừa ký ngày 9/1/2025 nêu rõ.") == {
        "71/QĐ-TTg": "2025-01-09"
    }
    assert dates("Kết luận 126-KL/TW của Bộ Chính trị, ngày 14/2/2025 về một số nội dung.") == {
        "126-KL/TW": "2025-02-14"
    }
    # a comma or a capital after the date: it dates the next clause
    text = "Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị, ngày 2/8/2024 Tỉnh ủy lập tổ công tác."
    assert dates(text) == {"35-CT/TW": None}
    text = "Ngày 9/7/2024, tại kỳ họp thứ 19, HĐND tỉnh Hà Giang ban hành Nghị quyết số 7/NQ-HĐND."
    assert dates(text) == {"7/NQ-HĐND": "2024-07-09"}
    assert dates("Ngày 4/3/2024, Văn phòng Chính phủ phát đi Thông báo số 91/TB-VPCP.") == {
        "91/TB-VPCP": "2024-03-04"
    }
    text = "Nghị định số 42/2024/NĐ-CP và Nghị định số 43/2024/NĐ-CP cùng ngày 16/4/2024."
    assert dates(text) == {"42/2024/NĐ-CP": "2024-04-16", "43/2024/NĐ-CP": "2024-04-16"}


def test_a_body_after_the_issuers_comma_with_a_passive_verb_is_the_next_clauses() -> None:
    text = (
        "Theo Quyết định số 310-QĐ/TU của Ban Thường vụ Tỉnh ủy Yên Bái, Ủy ban Kiểm tra Tỉnh"
        " ủy được kiện toàn."
    )
    (doc,) = find_documents(text)
    assert doc.issuer == "Ban Thường vụ Tỉnh ủy Yên Bái"


def test_a_laws_number_in_apposition_names_the_same_law() -> None:
    for text in (
        "Luật Thủy sản năm 2017 (Luật số 18/2017/QH14) quy định về khai thác.",
        "Luật Thủy sản 2017, số 18/2017/QH14, quy định về khai thác.",
    ):
        (doc,) = find_documents(text)
        assert (doc.key, doc.title, doc.issuer) == ("18/2017/QH14", "Luật Thủy sản", "Quốc hội")
    # two laws: the year of one, the number of another
    found = find_documents("Luật Thủy sản năm 2003 và Luật số 18/2017/QH14 khác nhau.")
    assert [(d.key, d.title) for d in found] == [(None, "Luật Thủy sản"), ("18/2017/QH14", None)]


def test_a_head_issues_in_person_only_decisions_directives_and_circulars() -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Bình Định ký Kế hoạch số 77/KH-UBND; Chủ tịch UBND tỉnh Bình"
        " Định ký Quyết định số 78/QĐ-UBND; Thứ trưởng Bộ Xây dựng ký Công văn số 79/BXD-QLN;"
        " Phó Chủ tịch Quốc hội ký Nghị quyết số 80/NQ-UBTVQH15."
    )
    assert {d.key: d.issuer for d in find_documents(text)} == {
        "77/KH-UBND": "Ủy ban nhân dân tỉnh Bình Định",
        "78/QĐ-UBND": "Chủ tịch Ủy ban nhân dân tỉnh Bình Định",
        "79/BXD-QLN": "Bộ Xây dựng",
        "80/NQ-UBTVQH15": "Ủy ban Thường vụ Quốc hội",
    }


def test_what_a_cited_document_does_to_another_is_no_link_of_the_text() -> None:
    text = (
        "Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ Văn hóa, Thể thao và Du"
        " lịch quy định chi tiết một số điều của Luật Du lịch; Căn cứ Quyết định số"
        " 12/2022/QĐ-UBND thay thế Quyết định số 38/2016/QĐ-UBND; Quyết định này thay thế"
        " Quyết định số 40/2016/QĐ-UBND."
    )
    found = {d.key or d.title: d.relation for d in find_documents(text)}
    assert found == {
        "06/2017/TT-BVHTTDL": "based_on",
        "Luật Du lịch": "cites",
        "12/2022/QĐ-UBND": "based_on",
        "38/2016/QĐ-UBND": "cites",
        "40/2016/QĐ-UBND": "replaces",
    }


def test_a_document_joined_to_one_whose_words_cue_another_link_shares_the_first_cue() -> None:
    text = (
        "Huyện ủy quán triệt Thông tư số 01/2011/TT-BNV hướng dẫn thể thức văn bản hành chính và"
        " Quyết định số 449/QĐ-TTg của Thủ tướng Chính phủ đến cán bộ. Hội nghị kết thúc."
    )
    assert [d.relation for d in find_documents(text)] == ["implements", "implements"]


def test_documents_the_words_of_another_list_are_cited_also_at_a_sentences_end() -> None:
    text = (
        "Căn cứ Thông tư số 12/2020/TT-BNV ngày 10/5/2020 của Bộ Nội vụ hướng dẫn Nghị định số"
        " 33/2019/NĐ-CP và Nghị định số 34/2019/NĐ-CP; Quyết định số 5/QĐ-UBND;"
    )
    assert [d.relation for d in find_documents(text)] == ["based_on", "cites", "cites", "based_on"]
    text = "Chính phủ ban hành Nghị định số 81/2024/NĐ-CP sửa đổi Nghị định số 98/2020/NĐ-CP."
    assert [d.relation for d in find_documents(text)] == ["cites", "cites"]


def test_a_letters_date_below_its_subject_line() -> None:
    text = (
        "SỞ Y TẾ TỈNH PHÚ YÊN\nSố: 512/SYT-NVY\nV/v tăng cường phòng chống sốt xuất huyết\n"
        "Phú Yên, ngày 4 tháng 7 năm 2022\nKính gửi: Các bệnh viện trong tỉnh"
    )
    (doc,) = find_documents(text)
    assert doc.date == "2022-07-04"


def test_the_central_military_commissions_documents() -> None:
    text = "Quân ủy Trung ương ban hành Nghị quyết số 1657-NQ/QUTW về công tác quân sự."
    (doc,) = find_documents(text)
    assert doc.issuer == "Quân ủy Trung ương"


def test_an_issuer_ends_before_the_verb_after_it_and_before_a_bo_that_is_no_ministry() -> None:
    text = (
        "Thông báo số 61/TB-VPCP của Văn phòng Chính phủ thông báo ý kiến chỉ đạo; Công văn số"
        " 830/BNV-CQĐP của Bộ Nội vụ thông tin về việc sắp xếp; Quyết định số 72-QĐ/TU của Ban"
        " Thường vụ Tỉnh ủy Hà Tĩnh chỉ định nhân sự; Quyết định 318/QĐ-TTg của Thủ tướng Chính"
        " phủ và Bộ tiêu chí quốc gia được áp dụng."
    )
    assert [d.issuer for d in find_documents(text)] == [
        "Văn phòng Chính phủ",
        "Bộ Nội vụ",
        "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
        "Thủ tướng Chính phủ",
    ]


def test_party_circular_letters_joint_plans_precedents_and_damaged_codes() -> None:
    text = (
        "Tỉnh ủy ban hành Thông tri số 03-TT/TU; hai bên ký Kế hoạch liên tịch số"
        " 07/KHLT-MTTQ-SNV; tòa áp dụng Án lệ số 12/2022/AL; theo Thông tư liên tịch số"
        " 09/2019/TTLT-BTC-BNN&PTNT và Quyết định số 77/QD-TTG."
    )
    found = {d.key: (d.type, d.issuer) for d in find_documents(text)}
    assert found["03-TT/TU"][0] == "Thông tri"
    assert found["07/KHLT-MTTQ-SNV"][0] == "Kế hoạch liên tịch"
    assert found["12/2022/AL"][0] == "Án lệ"
    assert found["09/2019/TTLT-BTC-BNN&PTNT"] == (
        "Thông tư liên tịch",
        "Bộ Tài chính - Bộ Nông nghiệp và Phát triển nông thôn",
    )
    assert found["77/QĐ-TTg"] == ("Quyết định", "Thủ tướng Chính phủ")
    # a State circular stays one
    (doc,) = find_documents("Thông tư số 15/2023/TT-BYT được ban hành.")
    assert doc.type == "Thông tư"


def test_a_kind_between_the_head_and_its_number_and_a_title_ending_at_its_predicate() -> None:
    text = (
        "Nghị quyết chuyên đề số 04 của Huyện ủy về giảm nghèo được sơ kết; Cơ quan điều tra ra"
        " Quyết định khởi tố bị can số 87; Kết luận thanh tra số 21 của Thanh tra tỉnh nêu rõ"
        " sai phạm."
    )
    found = [(d.key, d.type, d.title) for d in find_documents(text)]
    assert found == [
        ("04-NQ/HU", "Nghị quyết", "về giảm nghèo"),
        ("87", "Quyết định", None),
        ("21", "Kết luận", None),
    ]


def test_a_change_asked_for_or_planned_is_no_change_made() -> None:
    # a voter's or a deputy's request, a need, a draft: the document is only cited
    text = (
        "Cử tri đề nghị Bộ Tài chính sớm sửa đổi Thông tư số 56/2022/TT-BTC. Đại biểu cho rằng"
        " cần bãi bỏ Nghị quyết số 14/2020/NQ-HĐND. Dự thảo Nghị quyết thay thế Nghị quyết số"
        " 22/2021/NQ-HĐND đã được thẩm tra. Để phù hợp thực tế, HĐND tỉnh ban hành Nghị quyết"
        " số 9/2025/NQ-HĐND thay thế Nghị quyết số 23/2021/NQ-HĐND."
    )
    found = {d.key: d for d in find_documents(text)}
    assert found["56/2022/TT-BTC"].relation == "cites"
    assert found["14/2020/NQ-HĐND"].relation == "cites"
    assert found["22/2021/NQ-HĐND"].relation == "cites"
    # a change made, after a comma that closes the words of purpose, stays one
    (mention,) = found["23/2021/NQ-HĐND"].mentions
    assert (mention.actor, mention.action) == ("9/2025/NQ-HĐND", "replaces")


def test_the_laws_a_basis_was_amended_by_are_bases_too() -> None:
    # "Căn cứ X được sửa đổi, bổ sung bởi Y và Z": the text stands on Y and Z as on X, and X
    # is amended by Y
    text = (
        "Căn cứ Luật Đầu tư công số 58/2024/QH15 được sửa đổi, bổ sung bởi Luật số"
        " 90/2025/QH15 và Luật số 93/2025/QH15;\nCăn cứ Nghị định số 85/2025/NĐ-CP đã được sửa"
        " đổi, bổ sung một số điều theo Nghị định số 254/2025/NĐ-CP;\nHĐND tỉnh ban hành Nghị"
        " quyết."
    )
    found = {d.key: d for d in find_documents(text)}
    assert {k: d.relation for k, d in found.items()} == dict.fromkeys(found, "based_on")
    assert [(m.actor, m.action) for m in found["58/2024/QH15"].mentions] == [
        ("90/2025/QH15", "amends")
    ]
    assert [(m.actor, m.action) for m in found["85/2025/NĐ-CP"].mentions] == [
        ("254/2025/NĐ-CP", "amends")
    ]
    assert [(m.actor, m.action) for m in found["93/2025/QH15"].mentions] == [(None, None)]


def test_what_another_document_does_is_its_own_link_unless_it_is_this_texts() -> None:
    text = (
        "Quyết định số 44/2024/QĐ-UBND thay thế Quyết định số 10/2019/QĐ-UBND. Nghị định"
        " 61/2025/NĐ-CP của Chính phủ sửa đổi Nghị định 99/2021/NĐ-CP. Luật số 18/2025/QH15"
        " về thuế thay thế Luật Thuế giá trị gia tăng."
    )
    found = find_documents(text)
    assert [d.relation for d in found] == ["cites"] * 6
    # what each does is kept on the mention of the one it acts on
    assert [(m.actor, m.action) for d in found for m in d.mentions] == [
        (None, None),
        ("44/2024/QĐ-UBND", "replaces"),
        (None, None),
        ("61/2025/NĐ-CP", "amends"),
        (None, None),
        ("18/2025/QH15", "replaces"),
    ]
    # the text's own number, given in its header, does what the text does
    text = (
        "Quyết định 44/2024/QĐ-UBND thay thế Quyết định 10/2019/QĐ-UBND\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 44/2024/QĐ-UBND\n"
    )
    found = {d.key: d.relation for d in find_documents(text)}
    assert found["10/2019/QĐ-UBND"] == "replaces"
    # a title line under a portal's menu lines, and a number given as "Văn bản số:"
    text = (
        "Cổng thông tin > Văn bản > Nông nghiệp\nNghị quyết 21/2024/NQ-HĐND bãi bỏ Nghị quyết"
        " 06/2020/NQ-HĐND\nCăn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Bãi bỏ."
    )
    found = {d.key: d.relation for d in find_documents(text)}
    assert found["06/2020/NQ-HĐND"] == "repeals"
    text = "Văn bản số: 73/2024/QĐ-UBND\nbãi bỏ Quyết định số 15/2016/QĐ-UBND."
    found = {d.key: d.relation for d in find_documents(text)}
    assert found["15/2016/QĐ-UBND"] == "repeals"
    # a headline above an article's text, its sentences ending in full stops, is no title
    text = (
        "Tỉnh rà soát văn bản\nUBND tỉnh cho biết Quyết định số 30/2024/QĐ-UBND thay thế"
        " Quyết định số 02/2018/QĐ-UBND. Các sở triển khai.\nCăn cứ kết quả rà soát, tỉnh báo"
        " cáo Bộ Tư pháp."
    )
    assert {d.relation for d in find_documents(text)} == {"cites"}


def test_party_short_forms_of_a_committees_departments_and_of_a_communes_committee() -> None:
    text = (
        "Thực hiện Hướng dẫn số 12 của Ban Tổ chức Tỉnh ủy Hà Tĩnh, Hướng dẫn số 36 của Ban"
        " Tuyên giáo Trung ương, Kế hoạch số 9 của Ủy ban Kiểm tra Huyện ủy Kỳ Anh và Nghị quyết"
        " số 02 của Đảng ủy xã Kỳ Tân."
    )
    assert [d.key for d in find_documents(text)] == [
        "12-HD/BTCTU",
        "36-HD/BTGTW",
        "9-KH/UBKTHU",
        "02-NQ/ĐU",
    ]


def test_the_year_of_a_leading_month_or_year_and_the_body_that_awards() -> None:
    text = "Tháng 6/2024, Bộ Chính trị ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp."
    (doc,) = find_documents(text)
    assert (doc.year, doc.date) == (2024, None)
    (doc,) = find_documents("Năm 2021, UBND tỉnh ban hành Quyết định số 980/QĐ-UBND.")
    assert doc.year == 2021
    text = "Xã Tả Van được UBND huyện Sa Pa tặng Giấy khen theo Quyết định số 402/QĐ-UBND."
    (doc,) = find_documents(text, article_date="2019-05-01")
    assert doc.issuer == "Ủy ban nhân dân huyện Sa Pa"
    # ... also with the document in brackets after what it awards
    text = (
        "Xã Vĩnh Hòa được UBND tỉnh Kiên Giang công nhận đạt chuẩn nông thôn mới (Quyết định"
        " số 3011/QĐ-UBND ngày 20/12/2022)."
    )
    (doc,) = find_documents(text, province="An Giang", article_date="2025-09-01")
    assert doc.issuer == "Ủy ban nhân dân tỉnh Kiên Giang"
    # ... not a Party number (its code's board), nor a body that asks another to award
    text = (
        "Ông Y được Huyện ủy Cư Kuin trao Huy hiệu 40 năm tuổi Đảng (Quyết định số 85-QĐ/TU)."
        " Thôn được UBND huyện đề nghị UBND tỉnh công nhận (Quyết định số 77/QĐ-UBND)."
    )
    issuers = {d.key: d.issuer for d in find_documents(text, province="Đắk Lắk")}
    assert issuers == {
        "85-QĐ/TU": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
        "77/QĐ-UBND": "Ủy ban nhân dân tỉnh Đắk Lắk",
    }


def test_a_letters_dot_ends_a_sentence_unless_it_abbreviates_a_level_after_a_body() -> None:
    text = "Trạm tiêm vitamin A. Nghị quyết số 10/NQ-HĐND quy định mức chi."
    assert [d.relation for d in find_documents(text)] == ["cites"]
    text = "Theo Kết luận số 12/KL-TTr của Thanh tra huyện B. Bà Hoa đã khiếu nại lần hai."
    (doc,) = find_documents(text)
    assert doc.issuer is not None and "Hoa" not in doc.issuer


def test_an_offices_number_is_the_offices_and_a_list_of_dates_dates_no_one_document() -> None:
    text = (
        "Văn phòng Chính phủ thông báo kết luận của Thủ tướng tại Thông báo số 203/TB-VPCP; ý"
        " kiến chỉ đạo của Thủ tướng tại Công văn số 4107/VPCP-NN được gửi các bộ."
    )
    assert [d.issuer for d in find_documents(text)] == ["Văn phòng Chính phủ"] * 2
    # another body's symbol with the issuer the text names keeps the text's
    (doc,) = find_documents("Thực hiện Chỉ thị số 09/CT-TTg của Chính phủ về ngân sách.")
    assert doc.issuer == "Chính phủ"
    text = (
        "Kết luận số 121-KL/TW và Kết luận số 126-KL/TW của Bộ Chính trị ban hành ngày"
        " 24/1/2025 và 14/2/2025 được quán triệt."
    )
    assert [d.date for d in find_documents(text)] == [None, None]


def test_a_law_passed_by_the_national_assembly_on_a_day() -> None:
    text = "Ngày 27/6/2024, Quốc hội đã thông qua Luật Đường bộ."
    (doc,) = find_documents(text)
    assert (doc.issuer, doc.date) == ("Quốc hội", "2024-06-27")
    text = "Luật Thủ đô năm 2024 được Quốc hội khóa XV thông qua ngày 28/6/2024 có nhiều điểm mới."
    (doc,) = find_documents(text)
    assert (doc.issuer, doc.date) == ("Quốc hội", "2024-06-28")
    # a body carrying a law out is no issuer of it
    (doc,) = find_documents("UBND tỉnh đã triển khai Luật Đất đai.")
    assert doc.issuer is None


def test_regressions_of_awards_own_numbers_department_codes_and_titles() -> None:
    # a body that grants something under a decree issued no decree
    text = "Hộ dân được UBND huyện cấp giấy chứng nhận theo Nghị định số 43/2014/NĐ-CP."
    assert [d.issuer for d in find_documents(text)] == ["Chính phủ"]
    # a portal's label and a legal text's title line give the text's own number
    text = (
        "Số ký hiệu | 45/2024/QĐ-UBND\nTrích yếu | Quyết định 45/2024/QĐ-UBND thay thế Quyết"
        " định 09/2018/QĐ-UBND"
    )
    assert {d.key: d.relation for d in find_documents(text)}["09/2018/QĐ-UBND"] == "replaces"
    text = (
        "Quyết định 45/2024/QĐ-UBND sửa đổi Quyết định 20/2021/QĐ-UBND\nỦY BAN NHÂN DÂN TỈNH"
        " HÀ TĨNH\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi khoản 2."
    )
    assert {d.key: d.relation for d in find_documents(text)}["20/2021/QĐ-UBND"] == "amends"
    # the Youth Union's or a joint issuer's departments give no Party code
    text = (
        "Hướng dẫn số 12 của Ban Tổ chức Trung ương Đoàn; Kế hoạch số 7 của Ban Tuyên giáo Trung"
        " ương và Bộ Văn hóa."
    )
    assert [d.key for d in find_documents(text)] == ["12", "7"]
    # "về việc thay thế …" is a title; the Border Guard after "và" is a joint issuer
    text = "Quyết định số 20/2024/QĐ-UBND về việc thay thế Quyết định số 15/2019/QĐ-UBND."
    (doc, _) = find_documents(text)
    assert doc.title == "về việc thay thế Quyết định"
    (doc,) = find_documents("Kế hoạch số 9/KH-SYT của Sở Y tế và Bộ đội Biên phòng tỉnh được ký.")
    assert doc.issuer == "Sở Y tế và Bộ đội Biên phòng tỉnh"
    assert find_documents("Theo NĐ 12 giờ sáng nay, xe đã đi.") == []


def test_a_leads_date_passes_the_clause_of_the_vote() -> None:
    text = (
        "Ngày 12/6/2025, với đa số đại biểu tán thành, Quốc hội đã thông qua Nghị quyết số"
        " 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh."
    )
    (doc,) = find_documents(text)
    assert doc.date == "2025-06-12"


def test_an_abbreviated_head_decides_the_type_and_an_amending_laws_title_ends_at_a_clause() -> None:
    (doc,) = find_documents("NQ 30/2021/QH15 của Quốc hội quy định về kỳ họp.")
    assert (doc.key, doc.type) == ("30/2021/QH15", "Nghị quyết")
    text = (
        "Theo Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều, UBND xã phải"
        " lập phương án."
    )
    (law,) = find_documents(text)
    assert law.title == "Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều"
    text = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức HĐND, UBND được thông qua."
    (law,) = find_documents(text)
    assert law.title == "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức HĐND, UBND"


def test_a_deputy_prime_minister_signing_dates_the_decision() -> None:
    text = "Ngày 12-6-2025, Phó Thủ tướng Hồ Đức Phớc ký Quyết định số 1200/QĐ-TTg về dự án."
    (doc,) = find_documents(text, article_date="2025-06-14")
    assert (doc.issuer, doc.date) == ("Thủ tướng Chính phủ", "2025-06-12")


def test_a_laws_title_inside_a_decrees_words_takes_no_day_the_government_issued() -> None:
    text = "Nghị định 12/2024/NĐ-CP sửa đổi Luật Đất đai được Chính phủ ban hành ngày 5-2-2024."
    law = next(d for d in find_documents(text) if d.key is None)
    assert (law.title, law.date) == ("Luật Đất đai", None)


def test_the_laws_an_amending_law_names_take_none_of_its_passing() -> None:
    text = (
        "Luật số 57/2024/QH15 sửa đổi Luật Quy hoạch, Luật Đầu tư được Quốc hội thông qua ngày"
        " 29/11/2024."
    )
    found = {d.title or d.key: d.date for d in find_documents(text)}
    assert found["Luật Quy hoạch"] is None and found["Luật Đầu tư"] is None


def test_a_decree_a_deputy_prime_minister_signs_is_the_governments() -> None:
    (decree,) = find_documents("Phó Thủ tướng Lê Thành Long ký Nghị định số 70/2025/NĐ-CP.")
    assert decree.issuer == "Chính phủ"
    text = "Phó Thủ tướng Thường trực Nguyễn Hòa Bình ký Quyết định số 310/QĐ-TTg."
    (decision,) = find_documents(text)
    assert decision.issuer == "Thủ tướng Chính phủ"


def test_a_provinces_delegation_of_the_national_assembly_issues_its_reports() -> None:
    for body in ("Đoàn ĐBQH tỉnh Hà Tĩnh", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh"):
        text = f"Ngày 3/12/2025, {body} ban hành Báo cáo số 41/BC-ĐĐBQH về ý kiến cử tri."
        (report,) = find_documents(text)
        assert (report.issuer, report.date) == (
            "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh",
            "2025-12-03",
        )


def test_the_day_an_unnumbered_amending_act_passed_is_not_the_amended_documents() -> None:
    text = (
        "Ngày hôm đó, Quốc hội thông qua Nghị quyết sửa đổi một số điều của Hiến pháp vào"
        " ngày 16/6/2025."
    )
    (constitution,) = find_documents(text)
    assert constitution.date is None
    text = (
        "Nghị quyết sửa đổi một số điều của Hiến pháp năm 2013 được Quốc hội thông qua ngày"
        " 16/6/2025."
    )
    (constitution,) = find_documents(text)
    assert (constitution.year, constitution.date) == (2013, None)


def test_a_day_of_another_year_than_the_numbers_is_another_acts() -> None:
    text = (
        "HĐND tỉnh Gia Lai thông qua Nghị quyết sửa đổi Nghị quyết số 12/2022/NQ-HĐND vào"
        " ngày 9/7/2025."
    )
    (resolution,) = find_documents(text)
    assert (resolution.year, resolution.date) == (2022, None)
    text = "Thực hiện Nghị quyết số 12/2022/NQ-HĐND ngày 9/7/2022 của HĐND tỉnh Gia Lai."
    (resolution,) = find_documents(text)
    assert resolution.date == "2022-07-09"


def test_a_decree_written_without_its_stroke_or_short_is_the_governments() -> None:
    (decree,) = find_documents("Theo Nghị định 58/2024/ND-CP về chính sách lâm nghiệp.")
    assert (decree.key, decree.type, decree.issuer) == ("58/2024/ND-CP", "Nghị định", "Chính phủ")
    # a short decree with its year after another document is one, of the Government
    text = "Thực hiện QĐ 255 của Thủ tướng Chính phủ và NĐ 83/2018 về khuyến nông."
    found = [(d.key, d.issuer) for d in find_documents(text)]
    assert found == [("255", "Thủ tướng Chính phủ"), ("83/2018/NĐ-CP", "Chính phủ")]
    # ... but a letter's head with a bare number and no cue still names nothing
    assert find_documents("Bé NĐ 7 tuổi học lớp 2.") == []


def test_carrying_out_an_amending_act_is_no_carrying_out_of_what_it_amends() -> None:
    text = (
        "Triển khai Thông tư số 05/2025/TT-BTC sửa đổi, bổ sung Thông tư số 40/2021/TT-BTC,"
        " Cục Thuế đã hướng dẫn."
    )
    found = {d.key: d.mentions[0] for d in find_documents(text)}
    assert found["05/2025/TT-BTC"].relation == "implements"
    amended = found["40/2021/TT-BTC"]
    assert (amended.relation, amended.actor, amended.action) == (
        "cites",
        "05/2025/TT-BTC",
        "amends",
    )


def test_a_basis_amended_by_another_after_its_title_makes_both_bases() -> None:
    text = (
        "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 4/4/2014 của Chính phủ quy định tổ chức các cơ"
        " quan chuyên môn, đã được sửa đổi, bổ sung theo Nghị định số 107/2020/NĐ-CP;"
    )
    found = {d.key: d.mentions[0] for d in find_documents(text)}
    assert found["24/2014/NĐ-CP"].relation == "based_on"
    assert found["107/2020/NĐ-CP"].relation == "based_on"
    assert (found["24/2014/NĐ-CP"].actor, found["24/2014/NĐ-CP"].action) == (
        "107/2020/NĐ-CP",
        "amends",
    )


def test_a_full_number_glued_to_an_abbreviated_head_and_a_bodys_head_as_subject() -> None:
    found = find_documents("Doanh nghiệp hưởng ứng NQ57-NQ/TW và QĐ2345/QĐ-UBND.")
    assert [d.key for d in found] == ["57-NQ/TW", "2345/QĐ-UBND"]
    # "Ban" alone as the subject: the board named before it, where the symbol allows it
    text = (
        "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh tổng kết năm. Ở đây, Sở Tài chính tỉnh Hà Tĩnh"
        " góp ý. Trong năm, Ban đã ban hành Quyết định số 45/QĐ-BQL về quy chế."
    )
    bodies = {
        text.index("Ban"): "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh",
        text.index("Sở"): "Sở Tài chính tỉnh Hà Tĩnh",
    }
    (decision,) = find_documents(text, bodies=bodies)
    assert decision.issuer == "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"


def test_a_party_number_without_its_type_code_takes_the_head_nouns() -> None:
    text = "Tỉnh triển khai NQ57/TW; Huyện ủy ban hành Kế hoạch số 31/HU về chuyển đổi số."
    assert [d.key for d in find_documents(text)] == ["57-NQ/TW", "31-KH/HU"]
    # a State number with a code of its own stays as written
    (letter,) = find_documents("Theo Công văn số 88/UBND về việc họp.")
    assert letter.key == "88/UBND"


def test_party_issuers_after_a_passive_verb_dates_after_a_title_and_a_named_committee() -> None:
    (rule,) = find_documents("Quy định số 96-QĐ/TW được Bộ Chính trị ban hành ngày 2/2/2023.")
    assert (rule.issuer, rule.date) == ("Bộ Chính trị", "2023-02-02")
    text = "Chỉ thị số 24-CT/TW của Ban Bí thư về công tác dân vận, ban hành ngày 5/7/2023, nêu rõ."
    (directive,) = find_documents(text)
    assert (directive.date, directive.title) == ("2023-07-05", "về công tác dân vận")
    # the main clause's subject after a comma is no second issuer
    text = "Thực hiện Quy định số 80-QĐ/TW của Bộ Chính trị, Huyện ủy chuẩn y nhân sự."
    assert [d.issuer for d in find_documents(text)] == ["Bộ Chính trị"]
    # a commune committee's symbol is the committee the text names
    text = (
        "Đảng ủy xã Tân Lập ban hành các văn bản như: Nghị quyết số 04-NQ/ĐU, Kế hoạch số"
        " 7-KH/ĐU."
    )
    bodies = {0: "Đảng ủy xã Tân Lập"}
    found = find_documents(text, bodies=bodies)
    assert {d.issuer for d in found} == {"Đảng ủy xã Tân Lập"}


def test_what_a_body_issues_to_carry_out_a_document_is_its_own_not_carried_out() -> None:
    text = (
        "Thực hiện Chỉ thị số 45-CT/TW, Huyện ủy đã ban hành 3 kế hoạch, trong đó có Kế hoạch"
        " số 21-KH/HU về đại hội; Thị ủy ban hành Kế hoạch số 8-KH/TU, Công văn số 60-CV/TU."
    )
    relations = {d.key: d.mentions[0].relation for d in find_documents(text)}
    assert relations == {
        "45-CT/TW": "implements",
        "21-KH/HU": "cites",
        "8-KH/TU": "cites",
        "60-CV/TU": "cites",
    }
    text = "Quán triệt Nghị quyết số 57-NQ/TW, Đảng ủy cụ thể hóa bằng Nghị quyết số 3-NQ/ĐU."
    relations = {d.key: d.mentions[0].relation for d in find_documents(text)}
    assert relations == {"57-NQ/TW": "implements", "3-NQ/ĐU": "cites"}
    # documents listed after the cue are carried out, whatever their titles say
    text = (
        "Thực hiện Nghị quyết số 5-NQ/TU về xây dựng Đảng, Kế hoạch số 6-KH/TU về triển khai"
        " chuyển đổi số, Quyết định số 7-QĐ/TU, huyện đạt kết quả tốt."
    )
    assert {d.mentions[0].relation for d in find_documents(text)} == {"implements"}


def test_the_social_insurances_letters_and_its_director_generals_decisions() -> None:
    text = (
        "BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH\nSố: 715/BHXH-TST\nHà Tĩnh, ngày 12 tháng 3 năm 2024\n"
        "V/v đôn đốc thu nợ\n\nThực hiện Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của Tổng"
        " Giám đốc Bảo hiểm xã hội Việt Nam, đơn vị đôn đốc thu nợ."
    )
    bodies = {0: "Bảo hiểm xã hội tỉnh Hà Tĩnh"}
    found = {d.key: (d.type, d.issuer, d.date) for d in find_documents(text, bodies=bodies)}
    assert found == {
        "715/BHXH-TST": ("Công văn", "Bảo hiểm xã hội tỉnh Hà Tĩnh", "2024-03-12"),
        "595/QĐ-BHXH": (
            "Quyết định",
            "Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
            "2017-04-14",
        ),
    }
    # the code alone tells neither the national body nor a province's office; with a
    # ministry it is the national one
    (decision,) = find_documents("Thực hiện Quyết định số 1055/QĐ-BHXH về tiếp nhận hồ sơ.")
    assert decision.issuer is None
    (joint,) = find_documents("Theo Thông tư liên tịch số 41/2014/TTLT-BYT-BTC-BHXH.")
    assert joint.issuer == "Bộ Y tế - Bộ Tài chính - Bảo hiểm xã hội Việt Nam"


def test_law_as_the_last_field_of_a_schools_name_is_no_law() -> None:
    assert find_documents("Trường Đại học Kinh tế - Luật công bố điểm chuẩn.") == []
    found = find_documents("Theo Luật Đất đai - Luật Nhà ở, người dân được lợi.")
    assert [d.title for d in found] == ["Luật Đất đai", "Luật Nhà ở"]


def test_bodies_that_announce_or_have_their_documents_and_court_judgments() -> None:
    text = "UBND huyện Yên Thành vừa công bố Kế hoạch số 64/KH-UBND về hòa giải ở cơ sở."
    (plan,) = find_documents(text, province="Nghệ An")
    assert plan.issuer == "Ủy ban nhân dân huyện Yên Thành"
    (decision,) = find_documents("TAND tỉnh Long An đã có Quyết định số 7/2025/QĐ-PT về vụ án.")
    assert decision.issuer == "Tòa án nhân dân tỉnh Long An"
    # a judgment numbered by its case's kind and instance
    text = "Theo bản án sơ thẩm số 41/2024/HS-ST và bản án phúc thẩm số 9/2025/DS-PT, …"
    assert {d.type for d in find_documents(text)} == {"Bản án"}


def test_a_signers_name_after_a_departments_head_is_no_part_of_the_issuer() -> None:
    (decision,) = find_documents("Giám đốc Sở Tư pháp Lê Văn Hòa ký Quyết định số 9/QĐ-STP.")
    assert decision.issuer == "Sở Tư pháp"


def test_a_signers_name_after_two_titles_and_a_committees_head_as_issuer() -> None:
    text = (
        "Theo Quyết định số 20/QĐ-UBDT ngày 3/2/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
        " Hầu A Lềnh về khen thưởng."
    )
    (decision,) = find_documents(text)
    assert decision.issuer == "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    text = "Theo Quyết định số 8/QĐ-BDT ngày 4/4/2023 của Trưởng Ban Dân tộc tỉnh Lai Châu về khen."
    (decision,) = find_documents(text)
    assert decision.issuer == "Trưởng Ban Dân tộc tỉnh Lai Châu"


def test_the_subject_after_a_list_of_bases_split_by_semicolons_is_no_issuer() -> None:
    text = (
        "Tại kỳ họp, căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương; Hướng dẫn số"
        " 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương, Ủy ban Kiểm tra Tỉnh ủy đã xem xét."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["02-HD/UBKTTW"] == "Ủy ban Kiểm tra Trung ương"


def test_a_laws_title_in_brackets_after_its_number_is_the_same_law() -> None:
    text = (
        "Căn cứ Luật số 47/2019/QH14 (Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính"
        " phủ và Luật Tổ chức chính quyền địa phương); Bộ luật số 100/2015/QH13 ngày 27/11/2015"
        " (Bộ luật Hình sự) được áp dụng. Luật số 55/2014/QH13 (Luật Bảo vệ môi trường năm"
        " 2005) là một nhầm lẫn."
    )
    found = {d.key: d for d in find_documents(text)}
    assert found["100/2015/QH13"].title == "Bộ luật Hình sự"
    assert len(found["100/2015/QH13"].mentions) == 2
    assert found["47/2019/QH14"].title is not None
    assert found["47/2019/QH14"].title.startswith("Luật sửa đổi, bổ sung")
    # (a title of another year names another law)
    assert found["55/2014/QH13"].title is None
    assert None in found


def test_a_congress_issues_only_its_own_numbers() -> None:
    text = (
        "Đảng ủy xã Nghĩa Đàn triển khai Chương trình số 05-CTr/ĐU và Nghị quyết số 01-NQ/ĐH"
        " của Đại hội Đảng bộ xã Nghĩa Đàn lần thứ I."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers["01-NQ/ĐH"] == "Đại hội Đảng bộ xã Nghĩa Đàn"
    assert issuers["05-CTr/ĐU"] != "Đại hội Đảng bộ xã Nghĩa Đàn"


def test_a_decree_by_number_and_year_has_the_governments_symbol() -> None:
    text = (
        "Chính phủ ban hành Nghị định 70/2025/NĐ-CP sửa đổi Nghị định 123/2020; theo NĐ"
        " 15/2018, doanh nghiệp tự công bố. Thông tư 78/2021 và Nghị định 99 vẫn áp dụng."
    )
    found = {d.key: d for d in find_documents(text)}
    assert found["123/2020/NĐ-CP"].complete is False
    assert found["123/2020/NĐ-CP"].issuer == "Chính phủ"
    assert found["15/2018/NĐ-CP"].number == "15"
    # (a circular's ministry, or a decree's year, the text does not give: as written)
    assert "78/2021" in found and "99" in found


def test_a_year_written_after_the_issuer_is_the_documents() -> None:
    text = (
        "Huyện thực hiện Quyết định số 1600/QĐ-UBND của UBND tỉnh Lào Cai năm 2023 về du lịch;"
        " các Quyết định số 41/QĐ-UBND và 42/QĐ-UBND của UBND tỉnh Yên Bái năm 2022. Theo"
        " Kế hoạch số 12/KH-UBND của UBND huyện Bát Xát, năm 2024 huyện trồng 50 ha rừng."
    )
    years = {d.key: d.year for d in find_documents(text)}
    assert years["1600/QĐ-UBND"] == 2023
    assert years["41/QĐ-UBND"] == years["42/QĐ-UBND"] == 2022
    assert years["12/KH-UBND"] is None  # (the year of the clause after the comma)


def test_an_issuer_after_a_later_items_own_date_is_that_items() -> None:
    text = (
        "Tỉnh quán triệt Kết luận số 21-KL/TW, Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Ban"
        " Chấp hành Trung ương; Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW ngày"
        " 19/5/2018 của Ban Chấp hành Trung ương; Chỉ thị 35 và 45-CT/TW của Bộ Chính trị."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers["21-KL/TW"] is None
    assert issuers["28-NQ/TW"] == "Ban Chấp hành Trung ương Đảng"
    # (one type's numbers issued together, or under one head noun: one issuer)
    assert issuers["26-NQ/TW"] == issuers["27-NQ/TW"] == "Ban Chấp hành Trung ương Đảng"
    assert issuers["35-CT/TW"] == issuers["45-CT/TW"] == "Bộ Chính trị"


def test_a_shared_issuer_only_for_the_types_it_issues() -> None:
    text = (
        "Xã triển khai Nghị quyết 52 và Quyết định số 749 của Thủ tướng; Nghị định 13 và Chỉ thị"
        " 24 của Ban Bí thư được quán triệt tới chi bộ."
    )
    found = {(d.type, d.key): d for d in find_documents(text)}
    # the Prime Minister decides and directs; he issues no Nghị quyết
    assert found[("Nghị quyết", "52")].issuer is None
    assert found[("Quyết định", "749")].issuer == "Thủ tướng Chính phủ"
    # a Party board issues no decree (and so gives it no Party symbol)
    assert found[("Nghị định", "13")].issuer != "Ban Bí thư"
    assert found[("Chỉ thị", "24-CT/TW")].issuer == "Ban Bí thư"



def test_a_shared_issuer_never_takes_a_type_another_body_alone_issues() -> None:
    text = (
        "Huyện quán triệt Nghị định 45 và Nghị quyết số 41/2021/QH15 của Quốc hội; Nghị định 168"
        " và Thông tư số 12/2025/TT-BCA của Bộ Công an; Pháp lệnh 02 và Luật số 18/2023/QH15"
        " của Quốc hội."
    )
    found = {(d.type, d.key): d.issuer for d in find_documents(text)}
    assert found[("Nghị định", "45")] == "Chính phủ"  # only the Government decrees
    assert found[("Nghị quyết", "41/2021/QH15")] == "Quốc hội"
    assert found[("Nghị định", "168")] == "Chính phủ"
    assert found[("Thông tư", "12/2025/TT-BCA")] == "Bộ Công an"
    # an ordinance is its Standing Committee's
    assert [i for (t, _), i in found.items() if t == "Pháp lệnh"] == [None]


def test_an_abbreviated_short_form_listed_after_another_number() -> None:
    text = "Các xã áp dụng Nghị định 63 và NĐ 92 về thủ tục hành chính; Quyết định 468, QĐ 766."
    found = {(d.type, d.key) for d in find_documents(text)}
    assert {("Nghị định", "63"), ("Nghị định", "92")} <= found
    assert {("Quyết định", "468"), ("Quyết định", "766")} <= found
    # an abbreviation after a number that is no document's is still none
    assert [d.key for d in find_documents("Đội có số áo 10 và CT 05 người tham gia.")] == []


def test_law_titles_that_go_on_after_va_or_a_comma() -> None:
    text = (
        "HĐND tỉnh căn cứ Luật Phí và lệ phí năm 2015, Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm"
        " 2006, Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017, Luật Thi hành tạm giữ, tạm giam"
        " năm 2015 và Luật Chất lượng sản phẩm, hàng hóa năm 2007; Luật Đầu tư công và vừa qua"
        " Luật Đấu thầu được sửa đổi."
    )
    titles = {d.title: d.year for d in find_documents(text) if d.key is None}
    assert titles == {
        "Luật Phí và lệ phí": 2015,
        "Luật Tiêu chuẩn và quy chuẩn kỹ thuật": 2006,
        "Luật Hỗ trợ doanh nghiệp nhỏ và vừa": 2017,
        "Luật Thi hành tạm giữ, tạm giam": 2015,
        "Luật Chất lượng sản phẩm, hàng hóa": 2007,
        "Luật Đầu tư công": None,
        "Luật Đấu thầu": None,
    }


def test_a_short_form_with_its_year_and_issuer_gets_the_symbol_they_determine() -> None:
    text = (
        "Xã áp dụng Nghị quyết 15/2023 của HĐND tỉnh Bình Phước, Quyết định 40/2022 của UBND"
        " tỉnh Bình Phước, Nghị quyết 02/2020 của Chính phủ và Quyết định 22/2021 của Thủ"
        " tướng; Nghị quyết 7/2024 và Chỉ thị 3/2024 không rõ nơi ban hành."
    )
    found = {d.key: d for d in find_documents(text)}
    for key in ("15/2023/NQ-HĐND", "40/2022/QĐ-UBND", "02/2020/NQ-CP", "22/2021/QĐ-TTg"):
        assert key in found and not found[key].complete, key
    # (no issuer, or a type no symbol follows from: as written)
    assert "7/2024" in found and "3/2024" in found


def test_a_body_presenting_its_own_report_issued_it() -> None:
    text = (
        "Tại kỳ họp, Ban Pháp chế HĐND tỉnh Bình Dương trình bày Báo cáo thẩm tra số 41/BC-BPC;"
        " Sở Tài chính trình bày Tờ trình số 45/TTr-UBND của UBND tỉnh Bình Dương."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers["41/BC-BPC"] == "Ban Pháp chế Hội đồng nhân dân tỉnh Bình Dương"
    # (another body's paper it presents stays that body's)
    assert issuers["45/TTr-UBND"] == "Ủy ban nhân dân tỉnh Bình Dương"


def test_a_joint_circulars_ministries_written_without_their_b() -> None:
    text = "Xã áp dụng Thông tư liên tịch số 02/2014/TTLT-UBDT-KHĐT-TC về hỗ trợ vùng khó khăn."
    (doc,) = find_documents(text)
    assert doc.issuer == "Ủy ban Dân tộc - Bộ Kế hoạch và Đầu tư - Bộ Tài chính"


def test_a_year_opening_the_issuing_clause_anywhere_in_the_text() -> None:
    text = (
        "Xã đã rà soát các hộ nghèo. Năm 2022, UBND tỉnh Hà Tĩnh ban hành Quyết định số"
        " 2110/QĐ-UBND. Tháng 9/2021, Tỉnh ủy Hà Tĩnh ban hành Chỉ thị số 15-CT/TU."
    )
    years = {d.key: d.year for d in find_documents(text)}
    assert years == {"2110/QĐ-UBND": 2022, "15-CT/TU": 2021}


def test_a_symbols_division_after_a_dot_is_part_of_it() -> None:
    text = (
        "Thanh tra tỉnh ban hành Kết luận số 08/KL-TTr.NV1 ngày 6/5/2024; Sở Tài chính có Công"
        " văn số 905/STC.QLGCS ngày 7/5/2024. Viện kiểm sát ban hành Cáo trạng số 21/CT-VKS.P2."
        " Quyết định số 40-NQ/TW.UBND tỉnh đã quán triệt."
    )
    found = {d.key: d.date for d in find_documents(text)}
    assert found["08/KL-TTr.NV1"] == "2024-05-06"
    assert found["905/STC.QLGCS"] == "2024-05-07"
    assert "21/CT-VKS.P2" in found
    # (a heading glued to a symbol is no part of it)
    assert "40-NQ/TW" in found


def test_a_head_noun_with_a_longer_qualifier_or_after_ban() -> None:
    text = (
        "Theo bản kết luận điều tra số 27/KLĐT-PC01, bị can nhận tội. TAND tỉnh Hà Tĩnh ban hành"
        " Quyết định đưa vụ án ra xét xử số 44/2024/QĐXXST-HS ngày 3/6/2024."
    )
    found = {d.key: d for d in find_documents(text)}
    assert found["27/KLĐT-PC01"].type == "Kết luận"
    decision = found["44/2024/QĐXXST-HS"]
    assert (decision.type, decision.issuer) == ("Quyết định", "Tòa án nhân dân tỉnh Hà Tĩnh")


def test_a_party_numbers_code_decides_which_central_body_a_shared_issuer_may_be() -> None:
    text = (
        "Huyện ủy thực hiện Quy định của Bộ Chính trị số 86-QĐ/TW và Hướng dẫn số 10-HD/UBKTTW;"
        " Kết luận số 48-KL/TW và Hướng dẫn số 99-HD/BTGTW của Ban Tuyên giáo Trung ương."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers["86-QĐ/TW"] == "Bộ Chính trị"
    assert issuers["10-HD/UBKTTW"] == "Ủy ban Kiểm tra Trung ương"  # (its code's, not shared)
    assert issuers["99-HD/BTGTW"] == "Ban Tuyên giáo Trung ương"
    assert issuers["48-KL/TW"] is None  # (a board issues no "…/TW" number)


def test_the_heads_of_procuracies_and_courts_issue_their_decisions() -> None:
    text = (
        "Theo Quyết định số 12/QĐ-VKSTC của Viện trưởng Viện kiểm sát nhân dân tối cao, đoàn"
        " kiểm tra làm việc. Quyết định số 31/QĐ-TA của Chánh án TAND tỉnh Hà Tĩnh nêu rõ; Phó"
        " Viện trưởng VKSND tỉnh Hà Tĩnh ký Quyết định số 45/QĐ-VKS."
    )
    issuers = {d.key: d.issuer for d in find_documents(text)}
    assert issuers == {
        "12/QĐ-VKSTC": "Viện trưởng Viện kiểm sát nhân dân tối cao",
        "31/QĐ-TA": "Chánh án Tòa án nhân dân tỉnh Hà Tĩnh",
        # (a deputy signs for the head)
        "45/QĐ-VKS": "Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Tĩnh",
    }


def test_laws_listed_under_one_head_noun() -> None:
    text = (
        "Xã tuyên truyền các Luật: Tiếp công dân, Khiếu nại, Tố cáo và Phòng, chống tham nhũng;"
        " tỉnh rà soát theo các Luật Đất đai năm 2024, Nhà ở năm 2023 và Kinh doanh bất động sản."
    )
    laws = {d.title: d.year for d in find_documents(text)}
    assert laws == {
        "Luật Tiếp công dân": None,
        "Luật Khiếu nại": None,
        "Luật Tố cáo": None,
        "Luật Phòng, chống tham nhũng": None,
        "Luật Đất đai": 2024,
        "Luật Nhà ở": 2023,
        "Luật Kinh doanh bất động sản": None,
    }
    # one law is no list
    assert [d.title for d in find_documents("Các Luật sư tham gia phiên tòa.")] == []


def test_the_day_a_paper_is_announced_is_not_its_date() -> None:
    text = (
        "Chiều 15/11/2022, Thanh tra huyện Can Lộc công bố Kết luận thanh tra số 21/KL-TTr về"
        " ngân sách. Ngày 3/5/2023, UBND huyện Can Lộc ban hành Quyết định số 55/QĐ-UBND."
    )
    found = {d.key: (d.date, d.year) for d in find_documents(text)}
    assert found["21/KL-TTr"] == (None, 2022)
    assert found["55/QĐ-UBND"] == ("2023-05-03", 2023)


def test_van_ban_after_va_ends_the_issuer_before_it() -> None:
    text = "Huyện thực hiện Chỉ thị số 20/CT-TTg của Thủ tướng và Văn bản số 512/BXD-KTXD."
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found == {"20/CT-TTg": "Thủ tướng Chính phủ", "512/BXD-KTXD": "Bộ Xây dựng"}


def test_a_symbol_naming_its_body_and_the_bodys_unit_keeps_its_body() -> None:
    # the codes after a ministry's are its department's: the paper is the ministry's, not that
    # of a body written after the next number
    text = (
        "Sở triển khai Công văn 3050/BTC-NSNN và Nghị quyết số 12/NQ-CP của Chính phủ; Kế hoạch"
        " số 88/KH-CAT-PC05 và Chỉ thị 07/CT-UBND của UBND tỉnh Nghệ An."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["3050/BTC-NSNN"] == "Bộ Tài chính"
    assert found["12/NQ-CP"] == "Chính phủ"
    assert found["88/KH-CAT-PC05"] == "Công an tỉnh Nghệ An"  # (PC05: the police's unit)


def test_the_police_and_district_offices_codes_name_their_bodies() -> None:
    text = (
        "Huyện Yên Thành, tỉnh Nghệ An triển khai Kế hoạch số 210/KH-CAT ngày 3/8/2024, Kế hoạch"
        " 15/KH-CAH và Công văn 05/PGDĐT-THCS."
    )
    found = {d.key: d.issuer for d in find_documents(text, district="Yên Thành")}
    assert found == {
        "210/KH-CAT": "Công an tỉnh Nghệ An",
        "15/KH-CAH": "Công an huyện Yên Thành",
        "05/PGDĐT-THCS": "Phòng Giáo dục và Đào tạo huyện Yên Thành",
    }


def test_a_joint_paper_takes_no_single_issuer_from_its_neighbour() -> None:
    text = (
        "Căn cứ Quyết định của Thủ tướng Chính phủ số 90/QĐ-TTg và Thông tư liên tịch số"
        " 15/2016/TTLT-BGDĐT-BNV, trường xếp hạng; Thông tư liên tịch số 08/2015/TTLT-BNV-BTC"
        " của Bộ Nội vụ và Bộ Tài chính vẫn áp dụng."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["90/QĐ-TTg"] == "Thủ tướng Chính phủ"
    assert found["15/2016/TTLT-BGDĐT-BNV"] == "Bộ Giáo dục và Đào tạo - Bộ Nội vụ"
    assert found["08/2015/TTLT-BNV-BTC"] == "Bộ Nội vụ - Bộ Tài chính"


def test_a_unit_with_its_address_as_the_subject_issues_by_its_body() -> None:
    text = (
        "Ngày 2/3/2024, huyện Quỳnh Lưu, tỉnh Nghệ An ban hành Kế hoạch số 31/KH-UBND về tiêm"
        " chủng. Xã Tam Thanh (tỉnh Phú Thọ) đã ban hành Quyết định số 7/QĐ-UBND. Chiều"
        " 5/3/2024, huyện Quỳnh Lưu công bố Quyết định số 90/QĐ-UBND."
    )
    found = {d.key: (d.issuer, d.date) for d in find_documents(text)}
    assert found["31/KH-UBND"] == ("Ủy ban nhân dân huyện Quỳnh Lưu", "2024-03-02")
    assert found["7/QĐ-UBND"] == ("Ủy ban nhân dân xã Tam Thanh", None)
    # the day a decision is announced is not the day it was signed
    assert found["90/QĐ-UBND"] == ("Ủy ban nhân dân huyện Quỳnh Lưu", None)


def test_the_second_object_of_an_issuing_verb_after_what_the_first_does() -> None:
    text = (
        "UBND phường Nếnh đã ban hành Quyết định số 21/QĐ-UBND ngày 4/8/2025 thành lập tổ công"
        " tác và Kế hoạch số 30/KH-UBND về chuyển đổi số. Sở Y tế triển khai Quyết định số"
        " 88/QĐ-UBND về phòng dịch và Kế hoạch số 99/KH-UBND của UBND tỉnh Bắc Ninh."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["21/QĐ-UBND"] == "Ủy ban nhân dân phường Nếnh"
    assert found["30/KH-UBND"] == "Ủy ban nhân dân phường Nếnh"
    # (carried out, not issued: no subject's body for either)
    assert found["99/KH-UBND"] == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert found["88/QĐ-UBND"] != "Sở Y tế"


def test_a_bare_unit_after_theo_a_speaker_and_his_office() -> None:
    text = (
        "Theo ông Trần Văn Nam, Chủ tịch UBND xã Tam Thanh (tỉnh Phú Thọ), xã đã ban hành"
        " Quyết định số 45/QĐ-UBND kiện toàn ban chỉ đạo."
    )
    assert [d.issuer for d in find_documents(text)] == ["Ủy ban nhân dân xã Tam Thanh"]


def test_a_boards_head_stands_for_the_board_as_issuer() -> None:
    text = (
        "Bà Hạnh, Trưởng Ban Pháp chế HĐND tỉnh Thái Bình cho biết, Ban đã có Báo cáo thẩm tra"
        " số 41/BC-BPC."
    )
    assert [d.issuer for d in find_documents(text)] == [
        "Ban Pháp chế Hội đồng nhân dân tỉnh Thái Bình"
    ]


def test_the_tax_offices_of_2025_as_subjects_issue() -> None:
    text = (
        "Ngày 6/10/2025, Thuế tỉnh Lâm Đồng ban hành Kế hoạch số 301/KH-TLDO; Thuế cơ sở 2 tỉnh"
        " Lâm Đồng đã ban hành Thông báo số 19/TB-TCS02."
    )
    found = {d.key: (d.issuer, d.date) for d in find_documents(text)}
    assert found["301/KH-TLDO"] == ("Thuế tỉnh Lâm Đồng", "2025-10-06")
    assert found["19/TB-TCS02"] == ("Thuế cơ sở 2 tỉnh Lâm Đồng", None)



def test_the_fronts_and_the_unions_codes_name_their_bodies_and_boards() -> None:
    text = (
        "Xã thực hiện Hướng dẫn số 12/HD-MTTW-BTT, Quyết định số 77/QĐ-MTTW-ĐCT, Quyết định số"
        " 430/QĐ-TLĐ và Kế hoạch số 9/KH-MTTQ-BTT."
    )
    found = {d.key: d.issuer for d in find_documents(text, province="Hà Tĩnh")}
    assert found == {
        "12/HD-MTTW-BTT": "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "77/QĐ-MTTW-ĐCT": "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "430/QĐ-TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
        "9/KH-MTTQ-BTT": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh",
    }
    # a local board's plan listed before the central board's guidance is not the central one's
    text = (
        "Xã làm theo Kế hoạch số 9/KH-MTTQ-BTT và Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực"
        " Ủy ban Trung ương MTTQ Việt Nam."
    )
    found = {d.key: d.issuer for d in find_documents(text, province="Hà Tĩnh")}
    assert found["9/KH-MTTQ-BTT"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"


def test_a_laws_title_in_letters_is_the_same_law() -> None:
    text = (
        "Xã tuyên truyền Luật Bảo hiểm xã hội năm 2024; người dân hỏi nhiều về Luật BHXH và Luật"
        " NSNN."
    )
    found = find_documents(text)
    assert sorted(d.title or "" for d in found) == [
        "Luật Bảo hiểm xã hội",
        "Luật Ngân sách nhà nước",
    ]
    (insurance,) = [d for d in found if d.title == "Luật Bảo hiểm xã hội"]
    assert [m.surface for m in insurance.mentions] == ["Luật Bảo hiểm xã hội", "Luật BHXH"]


def test_the_agent_of_a_passive_act_done_by_a_document() -> None:
    text = (
        "Danh sách hộ cận nghèo do UBND huyện Châu Thành phê duyệt theo Quyết định số"
        " 315/QĐ-UBND; xã chia đất theo Quyết định số 316/QĐ-UBND của UBND tỉnh Bến Tre."
    )
    found = {d.key: d.issuer for d in find_documents(text)}
    assert found["315/QĐ-UBND"] == "Ủy ban nhân dân huyện Châu Thành"
    assert found["316/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Bến Tre"


def test_a_joint_plans_codes_name_each_of_its_bodies() -> None:
    text = "Huyện triển khai Kế hoạch liên tịch số 05/KHLT-MTTQ-UBND về giảm nghèo."
    (plan,) = find_documents(text, province="Hà Tĩnh")
    assert plan.issuer == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh - Ủy ban nhân dân tỉnh Hà Tĩnh"
    )
