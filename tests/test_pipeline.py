"""The spaCy pipeline: sentences of mentions, and the doc text the components read."""

from __future__ import annotations

from policygraph.extractor import extract, make_pipeline
from policygraph.extractor.components import TEXT, text_of
from policygraph.ingest import read_text

from .test_normalize import _WRAPPED

_FILLER = "Các xã tiếp tục rà soát hồ sơ và báo cáo kết quả hằng tháng. "


def test_each_mention_gets_its_own_sentence_in_a_long_article() -> None:
    text = (
        _FILLER * 40
        + "Huyện ủy Hướng Hóa quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. "
        + _FILLER * 40
        + "UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2022.\n"
        + "Tin liên quan Quyết định 217-QĐ/TW\n"
        + _FILLER * 5
    )
    extraction = extract(read_text(text, "long"))
    sentences = {d.key: d.mentions[0].sentence for d in extraction.documents}
    assert sentences["05-CT/TW"] == (
        "Huyện ủy Hướng Hóa quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị."
    )
    assert sentences["12/KH-UBND"] == (
        "UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2022."
    )
    # a line without a full stop ends at its line break
    assert sentences["217-QĐ/TW"] == "Tin liên quan Quyết định 217-QĐ/TW"


def test_components_read_the_text_kept_beside_the_doc() -> None:
    nlp = make_pipeline()
    doc = nlp.make_doc("Thực hiện Nghị quyết số 18-NQ/TW.")
    assert text_of(doc) == doc.text
    doc.user_data[TEXT] = "a text of another length"
    assert text_of(doc) == doc.text  # a text that cannot be this doc's is not trusted
    empty = nlp.make_doc("")
    assert text_of(empty) == ""


def test_an_issuer_is_named_as_the_agency_finder_names_the_body_there() -> None:
    # the district committee's resolution is cited by its bare name; the agency finder
    # places it in the article's district, and the issuer is that same body
    text = (
        "Sơn La: Huyện Quỳnh Nhai trồng lại rừng đầu nguồn\n\n"
        "Năm 2024, huyện Quỳnh Nhai (Sơn La) giao đất rừng cho 40 hộ ở xã Mường Giàng. "
        "Huyện thực hiện Nghị quyết số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát "
        "triển lâm nghiệp và Kế hoạch số 31/KH-UBND của UBND huyện Quỳnh Nhai."
    )
    extraction = extract(read_text(text, "quynh-nhai"))
    issuers = {d.key: d.issuer for d in extraction.documents}
    assert issuers["07-NQ/HU"] == "Ban Chấp hành Đảng bộ huyện Quỳnh Nhai"
    assert issuers["31/KH-UBND"] == "Ủy ban nhân dân huyện Quỳnh Nhai"
    agencies = {a.name for a in extraction.organizations}
    assert set(issuers.values()) <= agencies


def test_a_city_issuer_written_with_a_capital_level_word_is_the_citys() -> None:
    text = (
        "Hà Nội chỉnh trang vỉa hè\n\n"
        "Theo Kế hoạch số 77/KH-UBND ngày 4/3/2024 của UBND Thành phố, các phường ở quận "
        "Hoàn Kiếm hoàn thành việc lát đá trước tháng 9."
    )
    (doc,) = extract(read_text(text, "ha-noi")).documents
    assert doc.issuer == "Ủy ban nhân dân thành phố Hà Nội"


def test_an_issuer_cut_short_takes_the_agency_finders_fuller_name() -> None:
    text = (
        "Quảng Trị: Tập huấn chuyển đổi số\n\n"
        "Thực hiện Kế hoạch số 41/KH-SKHCN của Sở Khoa học và Công nghệ tỉnh Quảng Trị, các"
        " xã cử cán bộ dự tập huấn. Sở Lao động, Thương binh và Xã hội tỉnh Quảng Trị ban"
        " hành Hướng dẫn số 7/HD-SLĐTBXH về hồ sơ."
    )
    issuers = {d.key: d.issuer for d in extract(read_text(text, "kh-cn")).documents}
    assert issuers["41/KH-SKHCN"] == "Sở Khoa học và Công nghệ tỉnh Quảng Trị"
    assert issuers["7/HD-SLĐTBXH"] == "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị"


def test_an_issuer_written_in_abbreviations_is_named_as_the_agency_finder_names_it() -> None:
    text = (
        "Hà Nội: Hướng dẫn chế độ mới\n\n"
        "Căn cứ Thông tư số 12/2023/TT-BLĐTBXH của Bộ LĐ-TB&XH, Công văn của Bộ KH&ĐT số"
        " 45/BKHĐT-TH và Công văn số 9/BGTVT-VP của Bộ GTVT, các sở rà soát."
    )
    issuers = {d.key: d.issuer for d in extract(read_text(text, "bo")).documents}
    assert issuers == {
        "12/2023/TT-BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
        "45/BKHĐT-TH": "Bộ Kế hoạch và Đầu tư",
        "9/BGTVT-VP": "Bộ Giao thông vận tải",
    }


def test_court_inspectorate_and_youth_union_papers_get_their_types_and_issuers() -> None:
    text = (
        "Quảng Trị: Xét xử vụ án\n\n"
        "Tòa án nhân dân tỉnh Quảng Trị đã tuyên Bản án số 25/2024/HS-ST; theo Bản án hình sự "
        "phúc thẩm số 120/2024/HS-PT, bị cáo phải bồi thường. Tỉnh Đoàn Quảng Trị ban hành "
        "Hướng dẫn số 12-HD/TĐTN-BTG. Theo Kết luận số 85/KL-TTr của Thanh tra tỉnh Quảng Trị "
        "và Văn bản hợp nhất số 05/VBHN-BNV, các sai phạm được xử lý."
    )
    found = {d.key: (d.type, d.issuer) for d in extract(read_text(text, "toa")).documents}
    assert found["25/2024/HS-ST"] == ("Bản án", "Tòa án nhân dân tỉnh Quảng Trị")
    assert found["120/2024/HS-PT"][0] == "Bản án"
    assert found["12-HD/TĐTN-BTG"] == ("Hướng dẫn", "Tỉnh đoàn Quảng Trị")
    assert found["85/KL-TTr"] == ("Kết luận", "Thanh tra tỉnh Quảng Trị")
    assert found["05/VBHN-BNV"] == ("Văn bản hợp nhất", "Bộ Nội vụ")


def test_an_issuer_the_issuer_table_cannot_read_is_the_agency_finders() -> None:
    text = (
        "Quảng Trị: Kỷ luật đảng viên\n\n"
        "Theo Thông báo số 5-TB/UBKTTU của UBKT Tỉnh ủy Quảng Trị, đảng viên bị khiển trách; "
        "Quyết Định Số 15/QĐ-UBND Của Ủy Ban Nhân Dân Tỉnh Quảng Trị được công bố."
    )
    found = {d.key: d.issuer for d in extract(read_text(text, "ubkt")).documents}
    assert found["5-TB/UBKTTU"] == "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị"
    assert found["15/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Quảng Trị"


def test_a_departments_offices_and_units_issue_their_own_documents() -> None:
    # a Chi cục, a Hạt Kiểm lâm, a border post, a district's Phòng or a Trung tâm that issues
    # (or draws up: "lập Biên bản") a document whose code names no known body is its issuer
    text = (
        "Chi cục Chăn nuôi và Thú y tỉnh Nghệ An ban hành Công văn số 214/CCCNTY-DT về tiêm"
        " phòng. Hạt Kiểm lâm huyện Con Cuông đã lập Biên bản số 11/BB-VPHC với chủ xưởng gỗ."
        " Đồn Biên phòng Thanh Thủy ban hành Quyết định số 3/QĐ-XPHC. Trung tâm Khuyến nông"
        " tỉnh Nghệ An có Thông báo số 19/TB-TTKN."
    )
    issuers = {d.key: d.issuer for d in extract(read_text(text, "units")).documents}
    assert issuers["214/CCCNTY-DT"] == "Chi cục Chăn nuôi và Thú y tỉnh Nghệ An"
    assert issuers["11/BB-VPHC"] == "Hạt Kiểm lâm huyện Con Cuông"
    assert issuers["3/QĐ-XPHC"] == "Đồn Biên phòng Thanh Thủy"
    assert issuers["19/TB-TTKN"] == "Trung tâm Khuyến nông tỉnh Nghệ An"


def test_a_legal_texts_header_gives_its_issuer_and_date() -> None:
    # the body above the number issues it (a UBND symbol names no level), and the place and
    # date below the motto date it
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN GIO LINH\n\nSố: 412/QĐ-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Gio Linh, ngày 9 tháng 6 năm 2021\n\nQUYẾT ĐỊNH\nVề việc công nhận thôn văn hóa\n"
    )
    (doc,) = extract(read_text(text, "gio-linh-qd")).documents
    assert (doc.issuer, doc.date) == ("Ủy ban nhân dân huyện Gio Linh", "2021-06-09")
    party = (
        "HUYỆN ỦY CAM LỘ\n*\nSố 07-CT/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Cam Lộ, ngày 2 tháng 3 năm 2022\n"
    )
    (doc,) = extract(read_text(party, "cam-lo-ct")).documents
    assert (doc.issuer, doc.date) == ("Huyện ủy Cam Lộ", "2022-03-02")


def test_the_subject_after_a_fronted_citation_is_not_its_issuer() -> None:
    # "Thực hiện X của A, B đã …": B, with a predicate after it, opens the main clause
    text = (
        "Quận 5 tuyên truyền phòng chống tội phạm\n\n"
        "Thực hiện Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Thành ủy, Ban Chỉ đạo 138"
        " quận đã tổ chức 30 buổi nói chuyện. Sau khi có Kế hoạch số 9-KH/TU ngày 3-4-2019"
        " của Ban Thường vụ Tỉnh ủy Nghệ An, Ban Thường vụ Huyện ủy Hưng Nguyên đã ban hành"
        " kế hoạch riêng. Huyện Yên Bình thực hiện Kế hoạch số 88/KH-UBND của UBND huyện,"
        " xã Vũ Linh đã trồng 40 ha quế."
    )
    issuers = {d.key: d.issuer for d in extract(read_text(text, "q5")).documents}
    assert issuers == {
        "12-HD/BTGTU": "Ban Tuyên giáo Thành ủy",
        "9-KH/TU": "Ban Thường vụ Tỉnh ủy Nghệ An",
        "88/KH-UBND": "Ủy ban nhân dân huyện Yên Bình",
    }


def test_a_clause_after_a_colon_names_its_own_subject() -> None:
    # a person's title before "cho biết:" is no issuer; the subject after the colon is
    text = (
        "Đakrông đẩy mạnh dân vận\n\nÔng Hồ Văn Nam, Phó Bí thư Thường trực Huyện ủy Đakrông,"
        " cho biết: Huyện ủy đã ban hành Nghị quyết số 08-NQ/HU ngày 15/8/2020 về dân vận."
    )
    (doc,) = extract(read_text(text, "dakrong")).documents
    assert doc.issuer == "Huyện ủy Đakrông"


def test_names_and_numbers_split_over_wrapped_lines_are_read() -> None:
    # our own paragraph, hard-wrapped the way a PDF's text comes out (the one the cleaning is
    # tested on), and a type noun split from its number
    text = _WRAPPED + "Căn cứ Nghị\nquyết số 15/NQ-HĐND ngày 10/12/2019.\n"
    found = extract(read_text(text, "wrapped.txt", metadata={"date": "2024-03-20"}))
    documents = {d.key: d for d in found.documents}
    decision = documents["1719/QĐ-TTg"]
    assert (decision.issuer, decision.date) == ("Thủ tướng Chính phủ", "2021-10-14")
    assert decision.mentions[0].surface == "1719/QĐ-\nTTg"
    places = {(p.name, p.level): p for p in found.places}
    hoa = places[("Hướng Hóa", "huyện")]
    assert "huyện Hướng\nHóa" in {m.surface for m in hoa.mentions}
    assert ("Cù Bai", "thôn") in places
    assert (documents["15/NQ-HĐND"].type, documents["15/NQ-HĐND"].relation) == (
        "Nghị quyết",
        "based_on",
    )


def test_a_bare_unit_as_subject_is_the_articles_commune_or_district() -> None:
    text = (
        "Xã Tà Long vươn lên thoát nghèo\n\n"
        "Năm 2024, xã Tà Long có 8 thôn với hơn 900 hộ. Trưởng thôn Pa Ling cho biết, xã đã "
        "ban hành Quyết định số 31/QĐ-UBND hỗ trợ giống lúa cho người dân."
    )
    found = extract(read_text(text, "ta-long.txt", metadata={"date": "2024-06-02"}))
    (decision,) = found.documents
    assert decision.issuer == "Ủy ban nhân dân xã Tà Long"


def test_a_header_names_its_issuer_past_the_motto_and_across_its_columns() -> None:
    # our own headers: the body's two lines with the motto between them, or beside them in a
    # right-hand column as PDF text keeps it
    stacked = (
        "ỦY BAN NHÂN DÂN\nXÃ TÀ RỤT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 21/QĐ-UBND\nTà Rụt, ngày 9 tháng 9 năm 2025\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu trồng rừng năm 2025\n"
    )
    columns = (
        "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   XÃ TÀ RỤT                  Độc lập - Tự do - Hạnh phúc\n"
        "Số: 21/QĐ-UBND              Tà Rụt, ngày 9 tháng 9 năm 2025\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu trồng rừng năm 2025\n"
    )
    for text in (stacked, columns):
        found = extract(read_text(text, "qd.txt", metadata={"date": "2025-09-12"}))
        (own,) = found.documents
        assert (own.key, own.issuer, own.date) == (
            "21/QĐ-UBND",
            "Ủy ban nhân dân xã Tà Rụt",
            "2025-09-09",
        )
        assert [a.name for a in found.organizations] == ["Ủy ban nhân dân xã Tà Rụt"]


def test_a_party_header_dated_above_its_number() -> None:
    text = (
        "HUYỆN ỦY GIO LINH                  ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "         *                         Gio Linh, ngày 3 tháng 4 năm 2023\n"
        "    Số 41-KH/HU\n"
        "                         KẾ HOẠCH\n"
        "   tổ chức thực hiện công tác dân vận năm 2023\n"
    )
    found = extract(read_text(text, "kh.txt", metadata={"date": "2023-04-05"}))
    (own,) = found.documents
    assert (own.key, own.issuer, own.date) == ("41-KH/HU", "Huyện ủy Gio Linh", "2023-04-03")


def test_the_holder_of_an_office_is_named_with_the_body_the_article_places() -> None:
    text = (
        "Huyện Cam Lộ rà soát hộ nghèo. Thực hiện Quyết định số 640/QĐ-UBND ngày 2/3/2022 "
        "của Chủ tịch UBND huyện, các xã đã lập danh sách."
    )
    found = extract(read_text(text, "cam-lo.txt", metadata={"date": "2022-03-10"}))
    (decision,) = found.documents
    assert decision.issuer == "Chủ tịch Ủy ban nhân dân huyện Cam Lộ"


def test_a_commune_party_committee_that_drafts_its_plan_issues_it() -> None:
    text = (
        "Đảng ủy xã Cam Thủy họp phiên thường kỳ. Đảng ủy xã đã xây dựng Kế hoạch số 09-KH/ĐU "
        "ngày 2/3/2022 về chuyển đổi số."
    )
    found = extract(read_text(text, "cam-thuy.txt", metadata={"date": "2022-03-10"}))
    (plan,) = found.documents
    assert plan.issuer == "Đảng ủy xã Cam Thủy"


def test_a_citys_issuer_ending_in_a_countrys_name_and_abbreviated_levels() -> None:
    text = (
        "UBND thành phố Thủ Đức ban hành Quyết định số 1802/QĐ-UBND; UBND Q.3 có Công văn số"
        " 77/UBND-QLĐT; UBND H. Củ Chi ban hành Kế hoạch số 61/KH-UBND. Chủ tịch UBND H. Nhà Bè"
        " ký Quyết định số 90/QĐ-UBND. Chánh Thanh tra Q. 7 ký Kết luận số 5/KL-TTr. Chủ tịch"
        " UBND X. Tân Thông Hội ký Quyết định số 20/QĐ-UBND."
    )
    source = read_text(text, "tp", metadata={"date": "2024-04-02"})
    issuers = {d.key: d.issuer for d in extract(source).documents}
    assert issuers == {
        "1802/QĐ-UBND": "Ủy ban nhân dân thành phố Thủ Đức",
        "77/UBND-QLĐT": "Ủy ban nhân dân Quận 3",
        "61/KH-UBND": "Ủy ban nhân dân huyện Củ Chi",
        "90/QĐ-UBND": "Chủ tịch Ủy ban nhân dân huyện Nhà Bè",
        "5/KL-TTr": "Thanh tra Quận 7",
        # (where the body finder names no unit, the issuer as written)
        "20/QĐ-UBND": "Chủ tịch Ủy ban nhân dân X. Tân Thông Hội",
    }


def test_a_dotted_abbreviated_level_word_keeps_the_subject_that_issues() -> None:
    # "TP.", "TX.", "TT." before a unit's name: the body with its unit, and its date kept
    text = (
        "Ngày 4/5/2023, UBND TP. Đông Hà ban hành Kế hoạch số 71/KH-UBND về chỉnh trang đô thị."
        " Chủ tịch UBND TX. Quảng Trị ký Quyết định số 860/QĐ-UBND ngày 9/5/2023. UBND TT."
        " Khe Sanh ban hành Thông báo số 15/TB-UBND ngày 12/5/2023 về lịch tiếp dân."
    )
    source = read_text(text, "dotted.txt", metadata={"date": "2023-05-20"})
    found = {d.key: (d.issuer, d.date) for d in extract(source).documents}
    assert found == {
        "71/KH-UBND": ("Ủy ban nhân dân thành phố Đông Hà", "2023-05-04"),
        "860/QĐ-UBND": ("Chủ tịch Ủy ban nhân dân thị xã Quảng Trị", "2023-05-09"),
        "15/TB-UBND": ("Ủy ban nhân dân thị trấn Khe Sanh", "2023-05-12"),
    }


def test_a_persons_initial_ends_the_sentence_and_the_next_date_is_kept() -> None:
    # (the letter of a level is read as one only after a body's name or a word of place)
    text = (
        "Ngày 2/2/2024 Hội Nông dân đã gửi giấy mời cho ông Hoàng Văn X. Ngày 15/2/2024,"
        " UBND huyện Hải Lăng ban hành"
        " Quyết định số 310/QĐ-UBND về việc cấp kinh phí. Công an P. Đông Lễ ban hành Quyết"
        " định số 21/QĐ-XPHC ngày 3/3/2024."
    )
    source = read_text(text, "initial.txt", metadata={"date": "2024-04-02"})
    found = {d.key: (d.issuer, d.date) for d in extract(source).documents}
    assert found == {
        "310/QĐ-UBND": ("Ủy ban nhân dân huyện Hải Lăng", "2024-02-15"),
        "21/QĐ-XPHC": ("Công an phường Đông Lễ", "2024-03-03"),
    }


def test_a_second_date_opening_the_next_clause_leaves_the_document_its_own() -> None:
    text = (
        "Triển khai Kế hoạch số 31/KH-UBND ngày 6/3/2025, ngày 12/3/2025 UBND xã Hướng Hiệp"
        " đã tổ chức ra quân. Nghị quyết số 7/NQ-HĐND và Nghị quyết số 8/NQ-HĐND được thông"
        " qua ngày 2/4/2025 và 9/4/2025."
    )
    source = read_text(text, "dates.txt", metadata={"date": "2025-04-20"})
    found = {d.key: d.date for d in extract(source).documents}
    assert found == {"31/KH-UBND": "2025-03-06", "7/NQ-HĐND": None, "8/NQ-HĐND": None}


def test_an_inspection_committees_documents_and_the_partys_personnel_decisions() -> None:
    text = (
        "Ngày 3/10/2025, UBKT Đảng ủy xã Tà Rụt ban hành Quyết định số 21-QĐ/UBKTĐU. UBKT Tỉnh"
        " ủy Quảng Trị có Thông báo số 30-TB/UBKTTU. Theo Quyết định số 450-QĐNS/TW ngày"
        " 2/10/2025 của Bộ Chính trị, đồng chí B được phân công giữ chức Bí thư Tỉnh ủy."
    )
    source = read_text(text, "ubkt.txt", metadata={"date": "2025-10-06"})
    found = {d.key: (d.type, d.issuer, d.date) for d in extract(source).documents}
    assert found == {
        "21-QĐ/UBKTĐU": ("Quyết định", "Ủy ban Kiểm tra Đảng ủy xã Tà Rụt", "2025-10-03"),
        "30-TB/UBKTTU": ("Thông báo", "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị", None),
        "450-QĐNS/TW": ("Quyết định", "Bộ Chính trị", "2025-10-02"),
    }


def test_a_disaster_commands_dispatch_is_issued_in_its_full_name() -> None:
    text = (
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Minh Hóa đã ban hành Công"
        " điện số 05/CĐ-BCH ngày 8/9/2024 yêu cầu sơ tán dân."
    )
    source = read_text(text, "pctt.txt", metadata={"date": "2024-09-09"})
    (dispatch,) = extract(source).documents
    expected = "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Minh Hóa"
    assert dispatch.issuer == expected


def test_the_second_object_of_one_issuing_verb_takes_its_day() -> None:
    text = (
        "Ngày 30/6/2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Quyết định số 1490-QĐ/TU"
        " thành lập Đảng bộ xã Hướng Lập và Quyết định số 1491-QĐ/TU chỉ định Ban Chấp hành."
    )
    source = read_text(text, "two.txt", metadata={"date": "2025-07-02"})
    found = {d.key: d.date for d in extract(source).documents}
    assert found == {"1490-QĐ/TU": "2025-06-30", "1491-QĐ/TU": "2025-06-30"}


def test_the_subject_that_says_something_in_a_document_issued_it() -> None:
    text = (
        "Tại Công văn số 412/UBND-KT ngày 5/3/2024, UBND huyện Hải Lăng yêu cầu các xã rà soát."
        " Tại Nghị định số 100/2019/NĐ-CP, UBND huyện Hải Lăng đề nghị xử phạt nghiêm."
    )
    source = read_text(text, "tai.txt", metadata={"date": "2024-03-20"})
    found = {d.key: d.issuer for d in extract(source).documents}
    assert found == {
        "412/UBND-KT": "Ủy ban nhân dân huyện Hải Lăng",
        "100/2019/NĐ-CP": "Chính phủ",
    }
    # not one that is told to, nor a body of another kind than the symbol names
    text = (
        "Tại Công văn số 77/UBND-KT, Sở Xây dựng được UBND tỉnh Quảng Trị giao chủ trì. Tại Công"
        " văn số 515/BNV-TCBC, UBND tỉnh Quảng Trị yêu cầu các sở báo cáo. Tại Công văn số"
        " 80/UBND-NN, Văn phòng UBND tỉnh Quảng Trị thông báo ý kiến."
    )
    source = read_text(text, "tai2.txt", metadata={"date": "2024-03-20"})
    found = {d.key: d.issuer for d in extract(source).documents}
    assert found == {
        "77/UBND-KT": "Ủy ban nhân dân tỉnh Quảng Trị",
        "515/BNV-TCBC": "Bộ Nội vụ",
        "80/UBND-NN": "Ủy ban nhân dân tỉnh Quảng Trị",
    }


def test_a_decisions_authority_line_naming_the_chairman_makes_him_its_issuer() -> None:
    header = (
        "ỦY BAN NHÂN DÂN\nHUYỆN {unit}\n-------\nSố: 88/QĐ-UBND\n{unit2}, ngày 4 tháng 3 năm"
        " 2024\n\nQUYẾT ĐỊNH\nVề việc giao đất trồng rừng\n\n{authority}\n\nCăn cứ Luật Đất"
        " đai ngày 29 tháng 11 năm 2013;\nQUYẾT ĐỊNH:\nĐiều 1. Giao đất cho hộ gia đình.\n"
    )
    for authority, issuer in (
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRIỆU PHONG", "Chủ tịch Ủy ban nhân dân huyện"),
        ("ỦY BAN NHÂN DÂN HUYỆN TRIỆU PHONG", "Ủy ban nhân dân huyện"),
    ):
        text = header.format(unit="TRIỆU PHONG", unit2="Triệu Phong", authority=authority)
        found = extract(read_text(text, "giao-dat")).documents
        (decision,) = [d for d in found if d.key == "88/QĐ-UBND"]
        assert decision.issuer == f"{issuer} Triệu Phong"


def test_an_undated_text_citing_a_document_of_after_the_reform_is_of_the_new_map() -> None:
    # no date line, but a plan issued in August 2025: the wards are those of the two-level
    # map (under the city, no district) and "Bộ Nông nghiệp" is the ministry of that time
    text = (
        "Các phường Bến Thành, Sài Gòn triển khai Kế hoạch số 77/KH-UBND ngày 20/8/2025 của"
        " UBND Thành phố; Bộ Nông nghiệp hướng dẫn thêm."
    )
    extraction = extract(read_text(text, "ben-thanh"))
    assert {p.name: p.parent for p in extraction.places}["Bến Thành"] == "Hồ Chí Minh"
    assert "Bộ Nông nghiệp và Môi trường" in {a.name for a in extraction.organizations}
    # so does a day after it that a sentence opens with, the day of what the text reports
    for text in (
        "Ngày 20/8/2025, phường Bến Thành ra quân.",
        "Sáng 3/9/2025, phường Bến Thành họp.",
        # after the paper's tag, or between commas after what the subject carries out
        "(SGGP) - Sáng 3/9/2025, phường Bến Thành họp.",
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 2/1/2025, ngày 3/9/2025, phường Bến Thành họp.",
    ):
        extraction = extract(read_text(text, "ben-thanh"))
        assert {p.name: p.parent for p in extraction.places}["Bến Thành"] == "Hồ Chí Minh"
    # a document of before it, a day inside a sentence, or the reform's own day (which texts
    # of before it announce) leaves the text undated
    for text in (
        "Phường Bến Thành triển khai Kế hoạch số 77/KH-UBND ngày 20/6/2025 của UBND Thành phố.",
        "Phường Bến Thành sẽ ra quân vào ngày 20/8/2025.",
        "Phường Bến Thành phải xong, chậm nhất đến ngày 20/8/2025, Quận 1 kiểm tra.",
        "Ngày 1/7/2025, phường Bến Thành sẽ thuộc thành phố.",
    ):
        extraction = extract(read_text(text, "ben-thanh"))
        assert {p.name: p.parent for p in extraction.places}["Bến Thành"] == "Quận 1"


def test_a_bare_communes_body_after_a_new_commune_formed_from_a_town() -> None:
    # the town the commune was formed from is no other commune a bare "UBND xã" could be
    text = (
        "Xã Quế Võ (tỉnh Bắc Ninh) được thành lập từ thị trấn Phố Mới. Chủ tịch UBND xã cho"
        " biết xã đang thực hiện Kế hoạch số 88/KH-UBND của UBND xã."
    )
    found = extract(read_text(text, "que-vo.txt", metadata={"date": "2025-08-01"}))
    assert [a.name for a in found.organizations] == ["Ủy ban nhân dân xã Quế Võ"]
    (plan,) = found.documents
    assert plan.issuer == "Ủy ban nhân dân xã Quế Võ"


def test_a_local_symbol_adopted_at_a_lower_councils_session_is_that_councils() -> None:
    text = (
        "Chiều 12/8/2025, HĐND xã Cư Né họp kỳ họp chuyên đề. Các đại biểu biểu quyết thông qua"
        " Nghị quyết số 07/NQ-HĐND về đầu tư công. Theo Quyết định số 1234/QĐ-UBND, xã nhận 5"
        " tỷ đồng; HĐND tỉnh Đắk Lắk cũng đã thông qua Nghị quyết số 30/NQ-HĐND."
    )
    found = extract(read_text(text, "cu-ne.txt", metadata={"date": "2025-08-12"}))
    issuers = {d.key: d.issuer for d in found.documents}
    assert issuers["07/NQ-HĐND"] == "Hội đồng nhân dân xã Cư Né"
    # (not adopted there: the symbol's default, the province's committee)
    assert issuers["1234/QĐ-UBND"] == "Ủy ban nhân dân tỉnh Đắk Lắk"
    # (the last council named is the province's: its own)
    assert issuers["30/NQ-HĐND"] == "Hội đồng nhân dân tỉnh Đắk Lắk"


def test_the_polices_investigation_body_issues_its_own_decisions() -> None:
    text = (
        "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh đã ban hành Quyết định số 27/QĐ-CSĐT"
        " ngày 3/4/2024 khởi tố vụ án."
    )
    (decision,) = extract(read_text(text, "csdt.txt")).documents
    assert decision.issuer == "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"


def test_a_fronted_paper_is_the_subjects_when_its_symbol_names_that_kind_of_body() -> None:
    text = (
        "Theo Kết luận thanh tra số 09/KL-TTr ngày 4/3/2024, Thanh tra tỉnh Hà Tĩnh kiến nghị thu"
        " hồi 200 triệu đồng. Tại Bản án số 17/2025/HS-ST ngày 2/6/2025, TAND tỉnh Hà Tĩnh tuyên"
        " phạt bị cáo. Theo Kết luận số 10/KL-TTr, UBND tỉnh Hà Tĩnh chỉ đạo khắc phục."
    )
    issuers = {d.key: d.issuer for d in extract(read_text(text, "tt.txt")).documents}
    assert issuers["09/KL-TTr"] == "Thanh tra tỉnh Hà Tĩnh"
    assert issuers["17/2025/HS-ST"] == "Tòa án nhân dân tỉnh Hà Tĩnh"
    assert issuers["10/KL-TTr"] is None  # (a committee is no inspectorate)


def test_the_police_codes_of_a_symbol_name_the_articles_police() -> None:
    text = (
        "Công an huyện Krông Pắc ra quân bảo đảm trật tự\n\n"
        "Ngày 3/8/2024, thực hiện Kế hoạch số 210/KH-CAT-PV01 và Kế hoạch 15/KH-CAH, Công an huyện"
        " Krông Pắc, tỉnh Đắk Lắk tuần tra tại xã Ea Kly."
    )
    extraction = extract(read_text(text, "krong-pac"))
    issuers = {d.key: d.issuer for d in extraction.documents}
    assert issuers == {
        "210/KH-CAT-PV01": "Công an tỉnh Đắk Lắk",
        "15/KH-CAH": "Công an huyện Krông Pắc",
    }


def test_the_fronts_presiding_board_and_party_group_as_subjects_issue() -> None:
    text = (
        "Ngày 5/3/2024, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam ban hành Hướng dẫn số"
        " 31/HD-MTTW-ĐCT. Đảng đoàn MTTQ tỉnh Nghệ An ban hành Nghị quyết số 04-NQ/ĐĐ. Tổng Liên"
        " đoàn Lao động Việt Nam ban hành Quyết định số 880/QĐ-TLĐ."
    )
    found = {d.key: d.issuer for d in extract(read_text(text, "front")).documents}
    assert found == {
        "31/HD-MTTW-ĐCT": "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "04-NQ/ĐĐ": "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An",
        "880/QĐ-TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
    }


def test_a_bare_city_body_in_an_article_on_a_centrally_run_city_is_the_citys() -> None:
    text = (
        "TP.HCM đẩy nhanh giải phóng mặt bằng\n\n"
        "Ngày 3/4/2024, Phó Chủ tịch UBND TP.HCM yêu cầu UBND TP Thủ Đức bàn giao mặt bằng"
        " đúng hạn. HĐND TP cũng đã điều chỉnh kế hoạch vốn."
    )
    names = [a.name for a in extract(read_text(text, "hcm")).organizations]
    assert names == [
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
        "Ủy ban nhân dân thành phố Thủ Đức",
        "Hội đồng nhân dân thành phố Hồ Chí Minh",
    ]
