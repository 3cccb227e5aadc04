"""Property tests over ingest and extraction: any text is either refused with an InputError
or extracted without an exception, and every span slices the text as read."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policygraph import extract
from policygraph.errors import InputError
from policygraph.ingest import _decode, read_text
from policygraph.models import extraction_record

PIECES = st.sampled_from(
    [
        "Chỉ thị số 18/2000/CT-TTg",
        " ngày 21/9/2000 của Thủ tướng Chính phủ",
        "Quyết định 217, 218 – QĐ/TW",
        " UBND huyện Đakrông",
        " xã Ba Lòng và Hải Phúc",
        " Tỉnh ủy Quảng Trị",
        "\n\nCÁC TIN KHÁC\n",
        "Ngày cập nhật: 17/09/2021 06:32:30\n",
        " (khóa XI) ",
        "Hà Nội, ngày 5 tháng 3 năm 2020\n",
        "Số: /QĐ-UBND ",
        " 61/2018/NĐCP ",
        "\u00a0",
        "\u200b",
        "o\u0301a",
        "–",
        ", ",
        ".",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_raises_and_spans_slice_the_text(text: str) -> None:
    try:
        source = read_text(text, "fuzz.txt")
    except InputError:
        assert not text.strip() or len(text) > 10_000_000
        return
    record = extraction_record(extract(source))
    for area in ("documents", "places", "organizations"):
        for entity in record[area]:
            for mention in entity["mentions"]:
                assert 0 <= mention["start"] <= mention["end"] <= len(text)
                assert text[mention["start"] : mention["end"]] == mention["surface"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_bytes_gives_text_or_one_input_error(data: bytes) -> None:
    try:
        text, encoding = _decode(data, "fuzz.bin")
    except InputError as error:
        assert str(error).startswith("fuzz.bin: ")
        assert "\n" not in str(error)
        return
    assert isinstance(text, str) and encoding
