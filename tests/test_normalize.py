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
