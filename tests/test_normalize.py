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
