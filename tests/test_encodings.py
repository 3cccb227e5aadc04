"""Bytes → text: UTF-8/16 and the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI)."""

from __future__ import annotations

import codecs
import random
import unicodedata
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.encodings import ENCODINGS, _is_syllable, _recase_tcvn3, decode, encode
from policygraph.errors import InputError

# An article of our own, in the genre, with every vowel under every tone, đ/Đ and capitals.
# Capitals with a tone mark stand only in all-capital headings and words, the one place TCVN3
# can carry them (see test_tcvn3_capitals_*).
ARTICLE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN KỸ THUẬT, BẢO VỆ RỪNG ĐẦU NGUỒN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và Nghị quyết số 26/NQ-HĐND của \
Hội đồng nhân dân tỉnh Quảng Trị;
Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư, ý kiến thống nhất của Thường trực Tỉnh ủy, \
UBND tỉnh quyết định:
Điều 1. Ưu tiên nguồn vốn cho những xã khó khăn ở vùng sâu, hỗ trợ người dân ổn định cuộc \
sống, giữ rừng, nuôi cá và trồng lúa nước.
Ông Nguyễn Văn Hưởng, Phó Chủ tịch, chịu trách nhiệm chỉ đạo; các sở, ngành rà soát, báo cáo \
kết quả trước kỳ họp thứ tư.
Ăn ở ổn thỏa, mẹ già vẫn khỏe, trẻ nhỏ được đến trường để học, bé vẽ tranh; tỷ lệ hộ nghèo \
giảm rõ, không ai phải quỵ lụy, hẵng còn cẩn trọng.
Đồng bào nghĩ về lợi ích lâu dài, thời vụ mới, bờ đê vỡ phải đắp lại, mặt đường bằng phẳng, \
cẳng chân lấm lem, lũ dữ qua.
Tại huyện lỵ, gì cũng rẻ, dễ mua; cửa hàng mở sớm, chè xanh, ví dụ thị trường ổn, ốc, ếch, \
ống nứa, ủ ấm, ờ, ừ, ứa.
"""

VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_article_has_every_vowel_under_every_tone() -> None:
    text = ARTICLE.lower()
    assert all(_nfc(v + t) in text for v in VOWELS for t in TONES)
    assert "đ" in text and "Đ" in ARTICLE


# --- the same article in every encoding ---------------------------------------------------
ARTICLE_BYTES = [
    ("utf-8", ARTICLE.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    ("utf-16-le without BOM", ARTICLE.encode("utf-16-le"), "utf-16"),
    ("utf-16-be without BOM", ARTICLE.encode("utf-16-be"), "utf-16"),
    ("utf-8 decomposed (NFD)", unicodedata.normalize("NFD", ARTICLE).encode("utf-8"), "utf-8"),
    ("windows-1258", encode(ARTICLE, "windows-1258"), "windows-1258"),
    ("tcvn3", encode(ARTICLE, "tcvn3"), "tcvn3"),
    ("vni", encode(ARTICLE, "vni"), "vni"),
]


@pytest.mark.parametrize(("label", "data", "encoding"), ARTICLE_BYTES,
                         ids=[case[0] for case in ARTICLE_BYTES])
def test_article_decodes_to_the_same_nfc_text(label: str, data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert text == ARTICLE
    assert unicodedata.is_normalized("NFC", text)


def test_legacy_encodings_really_differ() -> None:
    legacy = [encode(ARTICLE, name) for name in ("windows-1258", "tcvn3", "vni")]
    assert len(set(legacy)) == 3
    assert all(not data.isascii() for data in legacy)


# --- independent expectations, written by hand from the cross-checked tables --------------
HAND_WRITTEN = [
    # TCVN3: ệ=D6 ế=D5 đ=AE ị=DE Đ=A7 ả=B6 ủ=F1
    ("tcvn3", "Việt Nam", "56 69 d6 74 20 4e 61 6d"),
    ("tcvn3", "Quyết định", "51 75 79 d5 74 20 ae de 6e 68"),
    ("tcvn3", "Đảng", "a7 b6 6e 67"),
    ("tcvn3", "ủy ban", "f1 79 20 62 61 6e"),
    ("tcvn3", "Ưu tiên", "a6 75 20 74 69 aa 6e"),
    # VNI: base letter + mark (E4 circumflex+dot, E1 circumflex+acute, FB hook); đ=F1 ị=F2 Đ=D1
    ("vni", "Việt Nam", "56 69 65 e4 74 20 4e 61 6d"),
    ("vni", "Quyết định", "51 75 79 65 e1 74 20 f1 f2 6e 68"),
    ("vni", "Đảng", "d1 61 fb 6e 67"),
    ("vni", "ủy ban", "75 fb 79 20 62 61 6e"),
    ("vni", "VIỆT", "56 49 45 c4 54"),
    ("vni", "người", "6e 67 f6 f4 f8 69"),
    # Windows-1258: ê=EA, tone marks combining (F2 dot below, EC acute, D2 hook), đ=F0 Đ=D0
    ("windows-1258", "Việt Nam", "56 69 ea f2 74 20 4e 61 6d"),
    ("windows-1258", "Quyết định", "51 75 79 ea ec 74 20 f0 69 f2 6e 68"),
    ("windows-1258", "Đảng", "d0 61 d2 6e 67"),
    ("windows-1258", "ủy ban", "75 d2 79 20 62 61 6e"),
]


@pytest.mark.parametrize(("encoding", "text", "hexbytes"), HAND_WRITTEN)
def test_encoder_matches_hand_written_bytes(encoding: str, text: str, hexbytes: str) -> None:
    assert encode(text, encoding) == bytes.fromhex(hexbytes)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_hand_written_bytes_decode(encoding: str) -> None:
    rows = [bytes.fromhex(h) for e, _t, h in HAND_WRITTEN if e == encoding][:4]
    words = [t for e, t, _h in HAND_WRITTEN if e == encoding][:4]
    assert decode(b" ".join(rows)) == (" ".join(words), encoding)


def test_windows_1258_precomposed_letters_also_read() -> None:
    # Windows-1258 also has precomposed á, à, ã (Latin-1); converters mix both forms.
    data = "Các cán bô\u0323 đa\u0303 vê\u0300 làng ho\u0323c tâ\u0323p".encode("cp1258")
    assert b"\xe1" in data and b"\xf2" in data  # á precomposed, dot below combining
    assert decode(data) == ("Các cán bộ đã về làng học tập", "windows-1258")


# --- short texts --------------------------------------------------------------------------
SHORT_LINES = [
    "Quyết định số 15/2020/QĐ-UBND của Ủy ban nhân dân tỉnh",
    "Hội đồng nhân dân huyện họp kỳ thứ ba",
    "Sở Tài nguyên và Môi trường báo cáo kết quả",
    "Đảng bộ xã lãnh đạo phát triển kinh tế",
    "ngày 15 tháng 3 năm 2021",
    "Thủ tướng Chính phủ ký ban hành Nghị định",
    "Người dân vùng cao được hỗ trợ",
]


@pytest.mark.parametrize("encoding", ["windows-1258", "tcvn3", "vni"])
@pytest.mark.parametrize("line", SHORT_LINES)
def test_one_line_still_detects(line: str, encoding: str) -> None:
    text, found = decode(encode(line, encoding))
    assert found == encoding
    if encoding != "tcvn3":
        assert text == line
    else:  # TCVN3 cannot write "Ủ" outside a capitals-only word
        assert text.lower() == line.lower()


@pytest.mark.parametrize("data", [b"Annual report 2021: all figures in USD.\n", b"a", b"\n\n"])
def test_ascii_is_utf8(data: bytes) -> None:
    assert decode(data) == (data.decode("ascii"), "utf-8")


def test_empty_is_utf8() -> None:
    assert decode(b"") == ("", "utf-8")


def test_nfd_is_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    assert len(nfd) > len("Ủy ban nhân dân")
    assert decode(nfd.encode("utf-8")) == ("Ủy ban nhân dân", "utf-8")


def test_tone_placement_is_left_as_written() -> None:
    for word in ("hoà", "hòa", "thuý", "thúy"):
        assert decode(word.encode("utf-8"))[0] == word
        assert decode(encode(f"Quyết định {word} giải", "tcvn3"))[0].endswith(f"{word} giải")


def test_punctuation_of_the_time_survives() -> None:
    line = "Ông nói: “Phải làm ngay” – Chủ tịch chỉ đạo…"
    for encoding in ("windows-1258", "tcvn3", "vni"):
        assert decode(encode(line, encoding)) == (line, encoding)


# --- TCVN3 capitals -------------------------------------------------------------------------
def test_tcvn3_capitals_restored_in_capitals_only_words_and_lines() -> None:
    # What Unikey writes for "QUYẾT ĐỊNH CẤP TỈNH": toned capitals as lower-case codes.
    assert encode("QUYẾT ĐỊNH", "tcvn3") == bytes.fromhex("51 55 59 d5 54 20 a7 de 4e 48")
    assert decode(encode("QUYẾT ĐỊNH CẤP TỈNH VỀ BỘ MÁY", "tcvn3"))[0] == (
        "QUYẾT ĐỊNH CẤP TỈNH VỀ BỘ MÁY"
    )


@pytest.mark.parametrize(("lowered", "expected"), [
    ("QUYếT ĐịNH", "QUYẾT ĐỊNH"),  # words with two or more other capitals
    ("Bộ TàI CHíNH", "BỘ TÀI CHÍNH"),  # a capitals-only line with one sure word
    ("Mỹ và Nhật", "Mỹ và Nhật"),  # one other capital: no evidence
    ("Số: 27/2009/QĐ-UBND", "Số: 27/2009/QĐ-UBND"),  # abbreviations do not make a heading
    ("ở TP HCM", "ở TP HCM"),
    ("Điều 1. Phạm vi", "Điều 1. Phạm vi"),
])
def test_tcvn3_recasing_rules(lowered: str, expected: str) -> None:
    assert _recase_tcvn3(lowered) == expected


def test_tcvn3_capital_at_sentence_start_is_lost() -> None:
    # A known limit of the encoding, not of the decoder: "Ủ" and "ủ" have one code.
    line = "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện"
    assert encode(line, "tcvn3") == encode(line.replace("Ủ", "ủ"), "tcvn3")
    assert decode(encode(line, "tcvn3")) == (line.replace("Ủ", "ủ"), "tcvn3")


def test_tcvn3_vn1_codes_and_combining_marks_decode() -> None:
    # TCVN 5712 VN1: DA=Ế C4=Ấ; combining marks B0-B4 after a capital (A4 B4 = Ô + dot below).
    data = bytes.fromhex("51 55 59 da 54 20 a7 de 4e 48 20 43 c4 50 20 48 a4 b4 49 20 54 d8 4e 48")
    assert decode(data) == ("QUYẾT ĐỊNH CẤP HỘI TỈNH", "tcvn3")


def test_vni_mark_in_the_other_case_than_its_base() -> None:
    # "VIEäT": upper-case base with the lower-case mark byte, as some VNI files have it.
    mixed = bytes.fromhex("56 49 45 e4 54 20 4e 41 4d")
    assert decode(mixed + b" " + encode("Quyết định của Đảng", "vni")) == (
        "VIỆT NAM Quyết định của Đảng", "vni"
    )


# --- refusals -------------------------------------------------------------------------------
def test_random_binary_is_refused() -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(InputError, match=r"^binary file, not text$"):
        decode(data)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"%PDF-1.4\n\x01\x02\x03\x04\x05\x06\x07\x08 stream",
    b"text\x00with a NUL",
    codecs.BOM_UTF8 + b"abc\x00\x00\x00",
])
def test_binary_looking_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^binary file, not text$"):
        decode(data)


@pytest.mark.parametrize("data", [
    "Le café est très bon, à côté de la gare".encode("cp1252"),  # Western European
    "Здравствуйте, это текст".encode("cp1251"),  # Cyrillic
    "日本語のテキストです".encode("shift_jis"),
])
def test_text_in_other_encodings_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    assert str(caught.value) == (
        "not text in a known encoding (tried utf-8, windows-1258, tcvn3, vni)"
    )


def test_bad_bytes_after_a_bom_are_refused() -> None:
    with pytest.raises(InputError, match="UTF-8"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd")
    with pytest.raises(InputError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


_TEXTLIKE_BYTES = st.lists(
    st.sampled_from([*range(0x20, 0x7F), *range(0x80, 0x100), 0x0A]), max_size=300
).map(bytes)  # no controls: these reach the legacy scoring, not the binary check


@given(st.one_of(st.binary(max_size=300), _TEXTLIKE_BYTES))
@settings(max_examples=400, deadline=None)
def test_decode_never_raises_anything_but_input_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert encoding in ENCODINGS
    assert unicodedata.is_normalized("NFC", text)


# --- round trips through the tables ---------------------------------------------------------
_LOWER = "".join(_nfc(v + t) for v in VOWELS for t in TONES) + "đbcdghklmnpqrstvx"
_ALPHABET = _LOWER + _LOWER.upper() + " ,.;:-0123456789"


@given(st.text(alphabet=_ALPHABET, max_size=60))
@settings(max_examples=200, deadline=None)
def test_vni_and_windows_1258_tables_round_trip(text: str) -> None:
    from policygraph.encodings import _DECODERS

    for encoding in ("vni", "windows-1258"):
        assert _DECODERS[encoding](encode(text, encoding)) == text


@given(st.text(alphabet=_LOWER + " ,.;:-0123456789", max_size=60))
@settings(max_examples=200, deadline=None)
def test_tcvn3_table_round_trips_lower_case(text: str) -> None:
    from policygraph.encodings import _DECODERS

    assert _DECODERS["tcvn3"](encode(text, "tcvn3")) == text


def test_encoders_write_symbols_only_on_bytes_the_table_leaves_free() -> None:
    assert encode("© 2005", "vni") == b"\xa9 2005"
    assert encode("\u00a0", "tcvn3") == b"\xa0"
    with pytest.raises(ValueError, match="tcvn3"):
        encode("©", "tcvn3")  # 0xA9 is â in TCVN3
    with pytest.raises(ValueError, match="vni"):
        encode("ø", "vni")  # 0xF8 is the grave mark after a vowel in VNI


def test_encode_refuses_what_it_cannot_write() -> None:
    with pytest.raises(ValueError, match="tcvn3"):
        encode("日本", "tcvn3")
    with pytest.raises(ValueError, match="unknown encoding"):
        encode("a", "viscii")


# --- the data files -------------------------------------------------------------------------
def _rows(name: str) -> list[list[str]]:
    text = resources.files("policygraph").joinpath("data", "encodings", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_tcvn3_table_is_complete_and_consistent() -> None:
    rows = _rows("tcvn3.tsv")
    assert all(len(row) == 4 and row[3] in ("vn3", "vn1") for row in rows)
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes)) and all(int(c, 16) >= 0xA0 for c in codes)
    assert all(_nfc(row[1]) == row[1] for row in rows)
    assert all(" ".join(f"U+{ord(c):04X}" for c in row[1]) == row[2] for row in rows)
    vn3 = {row[1] for row in rows if row[3] == "vn3"}
    letters = {_nfc(v + t) for v in VOWELS for t in TONES} - set("aeiouy") | {"đ"}
    assert letters <= vn3  # every lower-case letter beyond ASCII
    assert {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= vn3 and len(vn3) == 74


def test_vni_table_is_complete_and_consistent() -> None:
    rows = _rows("vni.tsv")
    chars = [row[1] for row in rows]
    letters = {_nfc(v + t) for v in VOWELS for t in TONES} - set("aeiouy") | {"đ"}
    assert set(chars) == letters | {c.upper() for c in letters} and len(chars) == 134
    by_char = {row[1]: bytes.fromhex(row[0]) for row in rows}
    for char, code in by_char.items():
        if char.islower():
            upper = by_char[char.upper()]
            assert len(upper) == len(code)
            if len(code) == 2:  # the upper-case mark is the lower-case one minus 0x20
                assert upper[0] == code[0] - 0x20 and upper[1] == code[1] - 0x20
    assert len(set(by_char.values())) == len(by_char)


# --- the syllable validator -----------------------------------------------------------------
@pytest.mark.parametrize("word", [
    "quyết", "định", "người", "khuya", "tuyệt", "thuở", "hoằng", "khuếch", "huỳnh", "xoong",
    "giữa", "gìn", "quanh", "quốc", "hòa", "hoà", "thúy", "thuý", "ngoài", "khuỷu", "rượu",
])
def test_syllables(word: str) -> None:
    assert _is_syllable(word)


@pytest.mark.parametrize("word", [
    "nghiũ",  # tone on the wrong vowel
    "bơị",  # the vowel with a sign must carry the tone
    "ñy",  # a tilde on a consonant
    "thàc",  # only sắc or nặng before c/ch/p/t
    "vieät", "café", "strong", "hóá",
])
def test_not_syllables(word: str) -> None:
    assert not _is_syllable(word)


def test_syllable_data_is_nfc_unique_and_self_consistent() -> None:
    rows = _rows("syllables.tsv")
    values = [v for kind, line in rows for v in line.split()]
    assert all(kind in ("onset", "rhyme") for kind, _ in rows)
    assert all(_nfc(v) == v and v == v.lower() for v in values)
    assert len(values) == len(set(values))
    text = resources.files("policygraph").joinpath("data", "encodings", "common.txt")
    common = [w for line in text.read_text("utf-8").splitlines() if not line.startswith("#")
              for w in line.split()]
    assert len(common) >= 300 and len(common) == len(set(common))
    assert all(_nfc(w) == w for w in common)
    assert [w for w in common if not _is_syllable(w)] == []  # the validator accepts them all
