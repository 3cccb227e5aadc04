"""The document-number grammar: every numbering convention, tolerated damage, traps."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policygraph.docnumber import (
    NUMBER_RE,
    NUMBER_START,
    NUMBER_TAIL,
    DocNumber,
    from_match,
    parse,
    reference,
)

# (as written, canonical key, type named by the code, Party numbering)
PARSED = [
    # State normative: NUMBER/YEAR/TYPE-ISSUER
    ("18/2000/CT-TTg", "18/2000/CT-TTg", "Chỉ thị", False),
    ("15/2020/NĐ-CP", "15/2020/NĐ-CP", "Nghị định", False),
    ("01/2011/TT-BNV", "01/2011/TT-BNV", "Thông tư", False),
    ("19/2025/QĐ-TTg", "19/2025/QĐ-TTg", "Quyết định", False),
    ("666/2015/QĐ-UBND", "666/2015/QĐ-UBND", "Quyết định", False),
    ("55/2005/TTLT-BNV-VPCP", "55/2005/TTLT-BNV-VPCP", "Thông tư liên tịch", False),
    ("68/2013/TTLT-BTC-BLĐTBXH", "68/2013/TTLT-BTC-BLĐTBXH", "Thông tư liên tịch", False),
    ("12/2024/NQ-HĐND", "12/2024/NQ-HĐND", "Nghị quyết", False),
    ("01/2024/TT-UBDT", "01/2024/TT-UBDT", "Thông tư", False),
    # laws and resolutions of the legislature
    ("80/2015/QH13", "80/2015/QH13", "Luật", False),
    ("64/2025/QH15", "64/2025/QH15", "Luật", False),
    ("351/2017/UBTVQH14", "351/2017/UBTVQH14", "Nghị quyết", False),
    ("76/2025/UBTVQH15", "76/2025/UBTVQH15", "Nghị quyết", False),
    # State administrative, no year
    ("123/QĐ-UBND", "123/QĐ-UBND", "Quyết định", False),
    ("168/NQ-CP", "168/NQ-CP", "Nghị quyết", False),
    ("449/QĐ-TTg", "449/QĐ-TTg", "Quyết định", False),
    ("1006/NQ-UBTVQH15", "1006/NQ-UBTVQH15", "Nghị quyết", False),
    ("7308/KH-BNN-TCLN", "7308/KH-BNN-TCLN", "Kế hoạch", False),
    ("2550/TTr-SNV", "2550/TTr-SNV", "Tờ trình", False),
    ("635/BC-KTNS", "635/BC-KTNS", "Báo cáo", False),
    ("2605/HD-BNV", "2605/HD-BNV", "Hướng dẫn", False),
    ("03/CV-BCĐ", "03/CV-BCĐ", "Công văn", False),
    # official letters: no type code
    ("4919/VPCP-KTTH", "4919/VPCP-KTTH", "Công văn", False),
    ("2191/BNN-TCTL", "2191/BNN-TCTL", "Công văn", False),
    ("4656/BTC-NSNN", "4656/BTC-NSNN", "Công văn", False),
    # Party and Youth Union
    ("39-NQ/TW", "39-NQ/TW", "Nghị quyết", True),
    ("217-QĐ/TW", "217-QĐ/TW", "Quyết định", True),
    ("05-CT/TW", "05-CT/TW", "Chỉ thị", True),
    ("21-KL/TW", "21-KL/TW", "Kết luận", True),
    ("36-HD/VPTW", "36-HD/VPTW", "Hướng dẫn", True),
    ("15-NQ/TU", "15-NQ/TU", "Nghị quyết", True),
    ("04-NQ/HU", "04-NQ/HU", "Nghị quyết", True),
    ("8548-CV/BTCTW", "8548-CV/BTCTW", "Công văn", True),
    ("63-HD/BTGTW", "63-HD/BTGTW", "Hướng dẫn", True),
    ("02-HD/UBKTTW", "02-HD/UBKTTW", "Hướng dẫn", True),
    ("317-QĐ/TWĐTN-TNTH", "317-QĐ/TWĐTN-TNTH", "Quyết định", True),
    ("37-CTr/TU", "37-CTr/TU", "Chương trình", True),
    ("08-QĐi/TW", "08-QĐi/TW", "Quy định", True),
    ("571-CV/UBND", "571-CV/UBND", "Công văn", True),
    # letter suffixes and leading zeros
    ("30a/NQ-CP", "30a/NQ-CP", "Nghị quyết", False),
    ("07-NQ/TW", "07-NQ/TW", "Nghị quyết", True),
    # spaces and dashes inside
    ("218- QĐ/TW", "218-QĐ/TW", "Quyết định", True),
    ("100 - KL/TW", "100-KL/TW", "Kết luận", True),
    ("80/2015 / QH13", "80/2015/QH13", "Luật", False),
    ("45 – NQ/TW", "45-NQ/TW", "Nghị quyết", True),
    ("116/ QĐ - UB - BTC", "116/QĐ-UB-BTC", "Quyết định", False),
    ("2028/BNV- CQĐP", "2028/BNV-CQĐP", "Công văn", False),
    ("16/NQ -HĐND", "16/NQ-HĐND", "Nghị quyết", False),
    ("172/TTr - UBND", "172/TTr-UBND", "Tờ trình", False),
    ("84 QĐ/TWĐTN", "84-QĐ/TWĐTN", "Quyết định", True),
    # TƯ for TW, State style on a Party number
    ("217-QĐ/TƯ", "217-QĐ/TW", "Quyết định", True),
    ("217/QĐ-TW", "217-QĐ/TW", "Quyết định", True),
    ("60/NQ-TW", "60-NQ/TW", "Nghị quyết", True),
    ("25/KH-TU", "25-KH/TU", "Kế hoạch", True),
    # lost hyphens
    ("61/2018/NĐCP", "61/2018/NĐ-CP", "Nghị định", False),
    ("30c/NQCP", "30c/NQ-CP", "Nghị quyết", False),
    ("1961/QĐUBND", "1961/QĐ-UBND", "Quyết định", False),
    ("12/CTTTg", "12/CT-TTg", "Chỉ thị", False),
    ("45NQ/TW", "45-NQ/TW", "Nghị quyết", True),  # a Party number's dash lost
    ("130KH/TU", "130-KH/TU", "Kế hoạch", True),
    # "T.Ư", "T.W" for TW
    ("09-NQ/T.Ư", "09-NQ/TW", "Nghị quyết", True),
    ("217-QĐ/T.W", "217-QĐ/TW", "Quyết định", True),
    # a lower-case letter inside a code ("Tr" of trung học)
    ("4567/BGDĐT-GDTrH", "4567/BGDĐT-GDTrH", "Công văn", False),
    ("123/SGDĐT-GDTrH", "123/SGDĐT-GDTrH", "Công văn", False),
    # "TT" is a Thủ tướng's "TTg" that lost its g only after a type the Thủ tướng issues; after
    # another type or a Sở's code it is a code of its own (an inspectorate's, an office's)
    ("18/2000/CT-TT", "18/2000/CT-TTg", "Chỉ thị", False),
    ("459/QĐ-TT", "459/QĐ-TTg", "Quyết định", False),
    ("12/CĐ-TT", "12/CĐ-TTg", "Công điện", False),
    ("27/KL-TT", "27/KL-TT", "Kết luận", False),
    ("806/SNN-TT", "806/SNN-TT", "Công văn", False),
    ("31/SNNPTNT-TT", "31/SNNPTNT-TT", "Công văn", False),
]


@pytest.mark.parametrize(("written", "key", "type_name", "party"), PARSED)
def test_parse(written: str, key: str, type_name: str, party: bool) -> None:
    number = parse(written)
    assert number is not None, written
    assert number.format() == key
    assert number.type_name == type_name
    assert number.party is party


NOT_NUMBERS = [
    "15/2020",  # a month and a year
    "12/12/2013",  # a date
    "21-9-2000",
    "06:32:30",  # a time
    "9001:2015",  # ISO standard
    "0912-345-678",  # a phone number
    "0233.3852.123",
    "/QĐ-UBND",  # a blank number
    "3/TB",  # a type code with no issuer
    "2021-2030",  # a period
    "II/2013",  # a quarter
    "3/4",
    "so-05-ct-tw",  # a URL slug
    "18/2000/CT-TTg trailing words",
    "COVID-19",
    "12/A-B",  # an apartment
    "305/B2",  # a room
    "15/2A",  # a house number
]


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_not_a_number(written: str) -> None:
    assert parse(written) is None


def test_symbol_and_fields() -> None:
    number = parse("55/2005/TTLT-BNV-VPCP")
    assert number == DocNumber("55", "2005", "TTLT", ("BNV", "VPCP"), False)
    assert number.symbol == "TTLT-BNV-VPCP"
    party = parse("317-QĐ/TWĐTN-TNTH")
    assert party is not None
    assert party.symbol == "QĐ/TWĐTN-TNTH"
    assert party.issuers == ("TWĐTN", "TNTH")


# --------------------------------------------------------------------------- properties

_REF = reference()
_STATE_ISSUERS = sorted(
    code
    for code, rows in _REF.issuers.items()
    if not rows[0].party and code not in _REF.types and code not in _REF.aliases
)
_PARTY_ISSUERS = sorted(code for code, rows in _REF.issuers.items() if rows[0].party)
_TYPES = sorted(code for code in _REF.types if code not in _REF.aliases)

_numbers = st.builds(
    lambda digits, suffix: digits + suffix,
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.sampled_from(["", "", "", "a", "b", "c"]),
)


@st.composite
def _doc_numbers(draw: st.DrawFn) -> DocNumber:
    number = draw(_numbers)
    if draw(st.booleans()):
        issuers = tuple(draw(st.lists(st.sampled_from(_PARTY_ISSUERS), min_size=1, max_size=2)))
        return DocNumber(number, None, draw(st.sampled_from(_TYPES)), issuers, True)
    year = draw(st.one_of(st.none(), st.integers(1990, 2030).map(str)))
    issuers = tuple(draw(st.lists(st.sampled_from(_STATE_ISSUERS), min_size=1, max_size=2)))
    return DocNumber(number, year, draw(st.sampled_from(_TYPES)), issuers, False)


@given(_doc_numbers())
def test_format_then_parse_is_identity(number: DocNumber) -> None:
    assert parse(number.format()) == number


@given(st.text(max_size=40))
def test_parse_never_raises(text: str) -> None:
    result = parse(text)
    assert result is None or isinstance(result.format(), str)


# --------------------------------------------------------------------------- data files


def test_reference_data_is_clean() -> None:
    ref = reference()
    names = [*ref.types.values(), *ref.provinces, *(body for body, _ in ref.bodies)]
    names += [cue for cue, _ in ref.cues]
    for name in names:
        assert unicodedata.is_normalized("NFC", name), name
    assert len(set(ref.provinces)) == len(ref.provinces)
    assert len({body for body, _ in ref.bodies}) == len(ref.bodies)
    relations = {"based_on", "implements", "amends", "replaces", "repeals", "guides", "cites"}
    assert {relation for _, relation in ref.cues} <= relations
    for rows in ref.issuers.values():
        for row in rows:
            assert row.body is None or unicodedata.is_normalized("NFC", row.body)
            assert set(row.types) <= set(ref.types)
    assert all(code in ref.types or ref.issuer(code) for code in ref.aliases.values())


# --------------------------------------------------------------------------- the cached symbol


@pytest.mark.parametrize(
    "symbol",
    ["/2000/CT-TTg", "-NQ/TW", "/QĐ-UBND", " NQ/TW", "/QĐ-TTgngày", "/NĐCP", "/2015/QH13", "/TB"],
)
@pytest.mark.parametrize("number", ["5", "05", "30a", "1234", "99999"])
def test_number_does_not_change_the_reading_of_its_symbol(number: str, symbol: str) -> None:
    # from_match reads the symbol once and reuses it for every number written with it.
    alone = NUMBER_RE.match("1" + symbol)
    match = NUMBER_RE.match(number + symbol)
    assert (alone is None) == (match is None)
    if alone is None or match is None:
        return
    first, found = from_match(alone), from_match(match)
    assert (first is None) == (found is None)
    if first is None or found is None:
        return
    assert found[0] == replace(first[0], number=number)
    assert found[1] - len(number) == first[1] - 1


@given(
    st.from_regex(r"[ ,;(\n]?\d{1,6}[a-zđ]?(?:[ /\-–]{1,3}(?:20\d\d|QĐ|NQ|TW|UBND|TTg|Đề)){1,4}")
)
def test_number_tail_is_the_number_after_its_first_digit(text: str) -> None:
    # (the scanners put the tail after the number's start, glued "số" included: "SỐ0/QĐ")
    tail = re.compile(NUMBER_START + NUMBER_TAIL, re.VERBOSE)
    assert [m.span() for m in tail.finditer(text)] == [m.span() for m in NUMBER_RE.finditer(text)]


@pytest.mark.parametrize(
    ("written", "key", "type_name"),
    [
        # a thousands dot in the number
        ("1.520/QĐ-UBND", "1520/QĐ-UBND", "Quyết định"),
        ("2.050/QĐ-TTg", "2050/QĐ-TTg", "Quyết định"),
        # a slash for the dash after a State type code; a Party issuer makes it a Party number
        ("789/QĐ/UBND", "789/QĐ-UBND", "Quyết định"),
        ("12/KH/UBND", "12/KH-UBND", "Kế hoạch"),
        ("05/NQ/HU", "05-NQ/HU", "Nghị quyết"),
        # the President's orders, and decrees of the first years
        ("05/2019/L-CTN", "05/2019/L-CTN", "Lệnh"),
        ("65/SL", "65/SL", "Sắc lệnh"),
    ],
)
def test_numbers_written_with_a_thousands_dot_a_slashed_type_or_older_codes(
    written: str, key: str, type_name: str
) -> None:
    number = parse(written)
    assert number is not None and number.format() == key
    assert number.type_name == type_name


def test_a_dot_without_three_digits_after_it_is_no_thousands_dot() -> None:
    assert parse("1.52/QĐ-UBND") is None
    assert parse("1.5200/QĐ-UBND") is None
    # a part of a numbered series, with its year: "Nghị quyết số 66.3/2025/NQ-CP"
    found = parse("66.3/2025/NQ-CP")
    assert found is not None and found.number == "66.3"
    assert parse("6.3/QĐ-UBND") is None


def test_a_line_may_break_after_the_years_slash() -> None:
    # as a table's cell or a PDF wraps a long number; nowhere else
    (match,) = NUMBER_RE.finditer("Thông tư số 22/2021/\nTT-BGDĐT quy định")
    found = from_match(match)
    assert found is not None and found[0].format() == "22/2021/TT-BGDĐT"
    assert not list(NUMBER_RE.finditer("số 22/\n2021 học sinh"))


def test_a_departments_numeral_or_letters_after_a_dot() -> None:
    def keys(text: str) -> list[str]:
        found = [from_match(m) for m in NUMBER_RE.finditer(text)]
        return [f[0].format() for f in found if f is not None]

    # (before what follows a number: its date, its issuer, a comma)
    assert keys("Văn bản 870/TTCP-C.III ngày 5/6 gửi tỉnh") == ["870/TTCP-C.III"]
    assert keys("Quyết định 17/QĐ-UBND.KT của UBND huyện") == ["17/QĐ-UBND.KT"]
    # a sentence or a heading glued on after the number is none of it
    assert keys("Chỉ thị 05-CT/TW.UBND tỉnh chỉ đạo") == ["05-CT/TW"]
    assert keys("theo Quyết định 88/QĐ-BYT.II. Kết quả thực hiện") == ["88/QĐ-BYT"]
