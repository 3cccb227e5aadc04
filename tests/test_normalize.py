from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from policygraph.normalize import normalize


def test_nfc_text_is_cleaned_one_for_one() -> None:
    text = "Chỉ thị\u00a0số 18/2000/CT-TTg\tngày 21/9/2000"
    cleaned = normalize(text)
    assert cleaned.text == "Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000"
    assert cleaned.starts is None


def test_the_eth_legacy_fonts_leave_is_the_vietnamese_d_one_for_one() -> None:
    text = "Quyết định số 217-Q\u00d0/TW; H\u00d0ND tỉnh; \u00f0ồng chí"
    cleaned = normalize(text)
    assert cleaned.text == "Quyết định số 217-QĐ/TW; HĐND tỉnh; đồng chí"
    assert cleaned.starts is None and cleaned.surface(14, 23) == "217-Q\u00d0/TW"


def test_decomposed_text_maps_back_to_the_original() -> None:
    original = unicodedata.normalize("NFD", "UBND huyện Đakrông họp")
    cleaned = normalize(original)
    assert cleaned.text == "UBND huyện Đakrông họp"
    start = cleaned.text.index("Đakrông")
    surface = cleaned.surface(start, start + len("Đakrông"))
    assert unicodedata.normalize("NFC", surface) == "Đakrông"
    assert surface == original[original.index(surface[0]) :][: len(surface)]


def test_invisible_characters_are_dropped_but_offsets_kept() -> None:
    original = "xã Ba\u200b Lòng"
    cleaned = normalize(original)
    assert cleaned.text == "xã Ba Lòng"
    assert cleaned.span(3, len(cleaned.text)) == (3, len(original))


def test_old_tone_placement_becomes_new() -> None:
    assert (
        normalize("huyện Hướng Hoá, công tác thuỷ lợi").text == "huyện Hướng Hóa, công tác thủy lợi"
    )
    # "qu" is a consonant: Quý keeps its mark; a vowel that follows stays put ("hoàng").
    assert normalize("ông Quý, Hoàng, khuya").text == "ông Quý, Hoàng, khuya"


_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"


def _moved(first: str, second: str, tone: str) -> tuple[str, str]:
    old = unicodedata.normalize("NFC", first + second + tone)
    return old, unicodedata.normalize("NFC", first + tone + second)


def test_every_old_pair_in_every_case_moves_its_mark() -> None:
    # oa, oe and uy with each of the five marks, in all four case mixes, at a word's end
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONE_MARKS:
            for f, s in ((first, second), (first.upper(), second.upper())):
                for a, b in ((f, s), (f.swapcase(), s), (f, s.swapcase())):
                    old, new = _moved(a, b, tone)
                    assert normalize(f"kh{old} ").text == f"kh{new} "
                    # inside a word, or after q, nothing moves
                    assert normalize(f"kh{old}n").text == f"kh{old}n"
                    assert normalize(f"q{old}").text == f"q{old}"
    # other vowel pairs keep their marks
    for pair in ("ai", "ao", "eo", "ui", "ua", "ia"):
        old, _ = _moved(pair[0], pair[1], "\u0301")
        assert normalize(f"kh{old} ").text == f"kh{old} "


@given(
    st.text(
        alphabet=st.sampled_from(
            "aăâeêoôơuưyAĐđ \u0301\u0300\u0309\u0303\u0323\u200b\u00a0\n-–/0123456789"
        ),
        max_size=60,
    )
)
def test_every_cleaned_span_maps_inside_the_original(original: str) -> None:
    cleaned = normalize(original)
    n = len(cleaned.text)
    for start in range(n + 1):
        for end in range(start, min(n, start + 4) + 1):
            begin, finish = cleaned.span(start, end)
            assert 0 <= begin <= finish <= len(original)
            if end > start:
                # What was cut out is the same letters, up to composition.
                assert unicodedata.normalize("NFC", cleaned.surface(start, end)).replace(
                    "\u200b", ""
                )


# Hard-wrapped text: a PDF's lines or a fixed-width paste break sentences, names and numbers
# over lines. The text below is our own, wrapped at 64 columns by hand.
_WRAPPED = (
    "Sáng 12/3, tại hội trường huyện, Ban Thường vụ Huyện ủy Hướng Hóa\n"
    "tổ chức hội nghị sơ kết việc thực hiện Quyết định số 1719/QĐ-\n"
    "TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Theo báo cáo của\n"
    "UBND huyện, các xã Hướng Lập, Hướng Việt và Hướng Phùng thuộc\n"
    "vùng đặc biệt khó khăn của tỉnh Quảng Trị đã được phân bổ vốn\n"
    "kịp thời; nhiều công trình hoàn thành trước thời hạn, trong đó có\n"
    "đường giao thông nông thôn ở thôn Cù Bai, xã Hướng Lập, huyện Hướng\n"
    "Hóa. Năm nay huyện tiếp tục triển khai Nghị quyết số 12/NQ-HĐND.\n"
)


def _breaks(text: str) -> list[int]:
    return [i for i, char in enumerate(text) if char == "\n"]


def test_a_break_inside_a_sentence_before_a_lower_case_word_is_a_space() -> None:
    text = "Căn cứ Nghị\nquyết số 12/NQ-HĐND ngày 10\ntháng 12 năm 2019 của\nHĐND tỉnh."
    cleaned = normalize(text)
    assert cleaned.text == text.replace("\n", " ")
    assert len(cleaned.text) == len(text)


def test_hard_wrapped_text_goes_on_over_its_full_lines() -> None:
    cleaned = normalize(_WRAPPED).text
    assert "1719/QĐ- TTg ngày" in cleaned
    assert "huyện Hướng Hóa. Năm nay" in cleaned
    assert "Theo báo cáo của UBND huyện" in cleaned
    # Every break of the paragraph wraps; the last one ends the text.
    assert _breaks(cleaned) == [len(_WRAPPED) - 1]


def test_breaks_that_end_something_are_kept() -> None:
    # One paragraph a line (a news page): a title and its byline, a heading, items.
    paged = (
        "Hướng Hóa đẩy mạnh giảm nghèo bền vững\n"
        "Hoài An\n"
        "Huyện Hướng Hóa đã hoàn thành kế hoạch năm 2023 về giảm nghèo.\n"
        "Các nhiệm vụ chính:\n"
        "- Hỗ trợ sinh kế cho hộ nghèo\n"
        "1. Đào tạo nghề\n"
        "a) Cho thanh niên\n"
    )
    assert _breaks(normalize(paged).text) == _breaks(paged)


def test_in_hard_wrapped_text_short_lines_and_headings_keep_their_breaks() -> None:
    text = (
        "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG\n"
        + _WRAPPED
        + "Tin cùng chuyên mục\n"
        + "Huyện Đakrông ra quân làm đường\n"
    )
    cleaned = normalize(text).text
    heading = "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG\n"
    assert cleaned.startswith(heading)
    assert cleaned.endswith("Tin cùng chuyên mục\nHuyện Đakrông ra quân làm đường\n")


def test_a_dash_opens_an_item_unless_a_number_is_being_written() -> None:
    assert normalize("Kết luận số 100\n- KL/TW của Ban Bí thư").text == (
        "Kết luận số 100 - KL/TW của Ban Bí thư"
    )
    assert normalize("Tờ trình số 172/TTr\n- UBND").text == "Tờ trình số 172/TTr - UBND"
    item = "Huyện đã hỗ trợ\n- Giống cây trồng"
    assert normalize(item).text == item


def test_a_line_ending_with_a_word_no_sentence_ends_with_goes_on() -> None:
    text = "nhân khẩu của xã\nĐác Ui và thị trấn Đăk Hà theo Quyết định của\nThủ tướng Chính phủ"
    assert normalize(text).text == text.replace("\n", " ")


def test_a_title_written_again_keeps_its_break() -> None:
    title = "Huyện Hướng Hóa triển khai Quyết định 1719 của Thủ tướng Chính phủ"
    text = title + "\n\n" + title + "\nHuyện " + _WRAPPED
    cleaned = normalize(text).text
    assert cleaned.startswith(title + "\n\n" + title + "\nHuyện")
