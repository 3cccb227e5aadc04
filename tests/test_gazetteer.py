"""The packaged dated gazetteer: data checks and name keys."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policygraph.gazetteer import Gazetteer, Unit, fold, fold_loose, load


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert load() is gaz


def test_counts_per_vintage(gaz: Gazetteer) -> None:
    def count(vintage: str, tier: int) -> int:
        return sum(
            1
            for u in gaz
            if u.vintage == vintage
            and u.tier == tier
            and (u.valid_until is None or u.valid_until >= "2025-06-30")
        )

    assert count("2024", 1) == 63
    assert count("2024", 2) == 696
    assert count("2024", 3) == 10_035
    assert count("2025", 1) == 34
    assert count("2025", 3) == 3_321
    assert count("2025", 2) == 0  # no districts from 2025-07-01


def test_ids_pair_code_and_vintage(gaz: Gazetteer) -> None:
    for unit in gaz:
        assert unit.id == f"{unit.vintage}-{unit.code}"
        assert unit.vintage in ("2024", "2025")


def test_every_parent_exists_in_its_vintage(gaz: Gazetteer) -> None:
    for unit in gaz:
        if unit.parent is not None:
            assert unit.parent in gaz, unit.id
            parent = gaz.unit(unit.parent)
            assert parent.vintage == unit.vintage, unit.id
            assert parent.tier < unit.tier, unit.id


def test_every_successor_exists(gaz: Gazetteer) -> None:
    for unit in gaz:
        for successor in unit.successors:
            assert successor in gaz, unit.id
        if unit.vintage == "2024" and unit.valid_until == "2025-06-30":
            assert unit.successors, f"{unit.id} has no 2025 successor"
            assert gaz.unit(unit.successors[0]).vintage == "2025"


def test_names_are_nfc_and_without_level_words(gaz: Gazetteer) -> None:
    for unit in gaz:
        for name in unit.names:
            assert unicodedata.is_normalized("NFC", name), unit.id
            assert name == name.strip() and name, unit.id
        if not unit.name[-1].isdigit():  # "Phường 6", "Quận 3" keep their designation
            assert not unit.name.lower().startswith(("xã ", "huyện ", "tỉnh ")), unit.id


def test_levels_are_the_known_words(gaz: Gazetteer) -> None:
    by_tier: dict[int, set[str]] = defaultdict(set)
    for unit in gaz:
        by_tier[unit.tier].add(unit.level)
    assert by_tier[1] == {"tỉnh", "thành phố"}
    assert by_tier[2] == {"huyện", "quận", "thị xã", "thành phố"}
    assert by_tier[3] == {"xã", "phường", "thị trấn", "đặc khu"}


def test_no_name_names_two_units_of_one_level_under_one_parent(gaz: Gazetteer) -> None:
    seen: dict[tuple[str, str | None, str, str], str] = {}
    for unit in gaz:
        if unit.valid_until is not None and unit.valid_until < "2025-06-30":
            continue  # a unit merged earlier may share a name with its successor's siblings
        keys = {fold(n) for n in unit.names} | {"~" + a for a in unit.aliases}
        for key in keys:
            slot = (unit.vintage, unit.parent, unit.level, key)
            assert slot not in seen, f"{unit.id} and {seen[slot]} are both {key!r}"
            seen[slot] = unit.id


def test_dakrong_had_thirteen_units(gaz: Gazetteer) -> None:
    [dakrong] = gaz.lookup("Đakrông", level="huyện", vintage="2024")
    assert dakrong.code == "467"
    assert gaz.unit(dakrong.parent or "").name == "Quảng Trị"
    assert gaz.unit(dakrong.parent or "").code == "45"
    current = [u for u in gaz.children(dakrong.id) if u.valid_until == "2025-06-30"]
    assert sorted(u.name for u in current) == sorted(
        [
            "Krông Klang",
            "Mò Ó",
            "Hướng Hiệp",
            "Đakrông",
            "Triệu Nguyên",
            "Ba Lòng",
            "Ba Nang",
            "Tà Long",
            "Húc Nghì",
            "A Vao",
            "Tà Rụt",
            "A Bung",
            "A Ngo",
        ]
    )
    assert [u.level for u in current if u.name == "Krông Klang"] == ["thị trấn"]


def test_quang_tri_after_2025_has_code_44(gaz: Gazetteer) -> None:
    [province] = gaz.lookup("Quảng Trị", level="tỉnh", vintage="2025")
    assert province.code == "44"
    [old] = gaz.lookup("Quảng Trị", level="tỉnh", vintage="2024")
    assert old.code == "45" and old.successors == (province.id,)
    [new_ba_long] = gaz.lookup("Ba Lòng", level="xã", vintage="2025")
    assert new_ba_long.code == "19567"


def test_curated_merge_carries_its_basis(gaz: Gazetteer) -> None:
    [hai_phuc] = gaz.lookup("Hải Phúc", level="xã")
    assert hai_phuc.valid_until == "2020-01-31"
    assert gaz.unit(hai_phuc.successors[0]).name == "Ba Lòng"
    assert "832/NQ-UBTVQH14" in (hai_phuc.basis or "")
    [ba_nang] = gaz.absorbed("Pa Nang", "xã")  # a former name, not a spelling
    assert ba_nang.name == "Ba Nang" and not gaz.lookup("Pa Nang")


@pytest.mark.parametrize(
    ("written", "level", "expected"),
    [
        ("Hướng Hoá", "huyện", "Hướng Hóa"),  # old tone placement
        ("Hướng Hóa", "huyện", "Hướng Hóa"),
        ("Đa Krông", "huyện", "Đakrông"),  # spacing
        ("Dakrong", "huyện", "Đakrông"),  # no diacritics
        ("KHÁNH HOÀ", "tỉnh", "Khánh Hòa"),
        ("hcm", "thành phố", "Hồ Chí Minh"),  # alias
        ("Thừa Thiên Huế", "tỉnh", None),  # not in either vintage
    ],
)
def test_lookup_by_name_variants(written: str, level: str, expected: str | None) -> None:
    found = load().lookup(written, level=level, vintage="2024")
    assert [u.name for u in found] == ([expected] if expected else [])


def test_diacritics_decide_when_written() -> None:
    gaz = load()
    assert gaz.lookup("Hà Nam", level="tỉnh", vintage="2024")
    assert not gaz.lookup("Hà Năm", level="tỉnh", vintage="2024")
    assert [u.name for u in gaz.lookup("Đác Hà", level="huyện", respell=True)] == ["Đăk Hà"]


def test_absorbed_units_from_the_source_aliases() -> None:
    [que_son] = load().absorbed("Nông Sơn", "huyện")
    assert que_son.name == "Quế Sơn" and que_son.level == "huyện"


def test_duplicate_ids_are_refused() -> None:
    unit = Unit(id="2024-1", code="1", vintage="2024", name="A", level="tỉnh", tier=1)
    with pytest.raises(ValueError, match="duplicate"):
        Gazetteer([unit, unit])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoá", "Hóa"),
        ("Thuỷ", "Thủy"),
        ("khoẻ", "khỏe"),
        ("Đa Krông", "Đakrông"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu"),
        ("TP. Huế", "tp huế"),
    ],
)
def test_fold_equates_spellings(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("Hòa", "Hà"), ("Hoàng", "Hòang"), ("Lâm", "Lăm")])
def test_fold_keeps_diacritics(a: str, b: str) -> None:
    assert fold(a) != fold(b)


_VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
    "ùúủũụừứửữựỳýỷỹỵAĐ -",
    max_size=30,
)


@given(_VIETNAMESE)
def test_fold_ignores_normal_form_and_case(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)
    assert fold(text.upper()) == fold(text)
    assert fold_loose(text).isascii()
    assert fold_loose(fold(text)) == fold_loose(text)
