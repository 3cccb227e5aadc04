"""Deterministic synthetic news articles for the scale benchmarks (issue #7).

Run: ``.venv/bin/python benchmarks/corpus_gen.py OUT --count N [--seed S] [--format folder|jsonl]``

Articles imitate the genre policygraph reads: Vietnamese provincial newspapers and government
portals reporting how Party and State documents are carried out locally. Each has a title
line, a dateline, a lead and 4–10 body paragraphs (about 3,000 characters, 2,500–4,000), and
sometimes a related-news list and a byline. Every template sentence was written for this
generator (no corpus text); document numbers, names of places and agencies are facts.

* Units come from the packaged gazetteer: a commune in its district in its province (vintage
  ``2024``) for articles dated before 2025-07-01, a commune in its province (vintage ``2025``,
  two levels) after.
* Agencies are built from those units (UBND/HĐND/Ủy ban MTTQ, Tỉnh ủy/Huyện ủy/Đảng ủy and
  their boards, Sở/Phòng) plus central bodies valid at the article's date.
* Documents are cited the ways newspapers write them: full citations with date, issuer and
  title; short forms; Party numbers with spaced dashes; lists; legal bases ("Căn cứ …");
  short back-references to a document already cited.

The gold of each article records exactly what its sentences put into the text, with the
conventions of the dev corpus (``corpus/dev/README.md``): documents by canonical key (with
``variant`` surfaces), places by name and level, organisations by expanded canonical name
with every surface form. Related-news lists are page furniture and are not labelled.

Article ``i`` depends only on ``(seed, i)``: 1k articles are a prefix of 10k, and generation
can be split across processes (``start``).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policygraph.gazetteer import Unit, load

__all__ = ["Article", "generate", "write_folder", "write_jsonl"]


@dataclass(frozen=True)
class Article:
    """One generated article and its gold labels.

    ``gold`` holds ``documents`` (records with ``key``, ``type``, ``issuer``, ``date``,
    ``year``, ``complete``, ``variant``), ``places`` (``name``, ``level``, ``parent``) and
    ``organizations`` (``name``, ``surface``), as in the dev corpus's ``gold.jsonl``.
    """

    name: str  # "a000123.txt"
    text: str
    gold: dict[str, list[dict[str, Any]]]
    title: str = ""
    date: str = ""  # ISO date and time of publication

    @property
    def document_keys(self) -> list[str]:
        return [d["key"] for d in self.gold["documents"]]

    @property
    def place_names(self) -> list[str]:
        return [p["name"] for p in self.gold["places"]]

    @property
    def organization_names(self) -> list[str]:
        return [o["name"] for o in self.gold["organizations"]]

    def gold_record(self, file: str | None = None) -> dict[str, Any]:
        """The scorer's line for this article."""
        return {"file": file or self.name, **self.gold}


# ============================================================================ reference data

_SWITCH = dt.date(2025, 7, 1)  # two-level local government from this date
_PARTY_MERGE = dt.date(2025, 2, 3)  # Ban Tuyên giáo + Ban Dân vận merged
_MINISTRY_MERGE = dt.date(2025, 3, 1)
_FIRST_DAY = dt.date(2016, 1, 1)
_LAST_DAY = dt.date(2026, 6, 30)


@dataclass(frozen=True, eq=False)
class _Doc:
    """A document the articles may cite."""

    type: str  # "Chỉ thị"
    number: str  # "05"
    code: str  # type code in the symbol: "CT"
    issuer_code: str  # "TW", "CP", "UBND", ...
    date: dt.date
    issuer: str | None  # canonical issuing body (organisation name), None: not stated
    title: str = ""  # "về ..." / "phê duyệt ..."
    party: bool = False
    normative: bool = False  # the year is part of the number
    term: str | None = None  # Party term of the issuer: "XII"
    issuer_text: str = ""  # how a local issuer is written ("" → a central body)
    issuer_unit: Unit | None = None  # the unit a local issuer serves (a place in the text)
    issuer_parent: Unit | None = None
    title_orgs: tuple[str, ...] = ()  # organisations the title names
    title_doc: _Doc | None = None  # the document the title names ("thực hiện Chỉ thị …")

    @functools.cached_property
    def symbol(self) -> str:
        if self.party:
            return f"{self.code}/{self.issuer_code}"
        return f"{self.code}-{self.issuer_code}" if self.code else self.issuer_code

    @functools.cached_property
    def key(self) -> str:
        if self.party:
            return f"{self.number}-{self.symbol}"
        if self.normative:
            return f"{self.number}/{self.date.year}/{self.symbol}"
        return f"{self.number}/{self.symbol}"


_BCT = "Bộ Chính trị"
_BBT = "Ban Bí thư"
_BCH = "Ban Chấp hành Trung ương Đảng"
_TTG = "Thủ tướng Chính phủ"
_CP = "Chính phủ"


def _party(
    type_: str,
    number: str,
    code: str,
    day: str,
    issuer: str,
    term: str,
    title: str,
    issuer_code: str = "TW",
) -> _Doc:
    named = ("Mặt trận Tổ quốc Việt Nam",) if "Mặt trận Tổ quốc Việt Nam" in title else ()
    return _Doc(
        type_,
        number,
        code,
        issuer_code,
        dt.date.fromisoformat(day),
        issuer,
        title,
        party=True,
        term=term,
        title_orgs=named,
    )


def _state(
    type_: str,
    number: str,
    symbol: str,
    day: str,
    issuer: str | None,
    title: str,
    *,
    normative: bool = False,
) -> _Doc:
    code, _, issuer_code = symbol.partition("-") if "-" in symbol else ("", "", symbol)
    return _Doc(
        type_,
        number,
        code,
        issuer_code,
        dt.date.fromisoformat(day),
        issuer,
        title,
        normative=normative,
    )


_CENTRAL_DOCS: tuple[_Doc, ...] = (
    _party(
        "Chỉ thị",
        "05",
        "CT",
        "2016-05-15",
        _BCT,
        "XII",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    _party(
        "Quyết định",
        "217",
        "QĐ",
        "2013-12-12",
        _BCT,
        "XI",
        "ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và"
        " các đoàn thể chính trị - xã hội",
    ),
    _party(
        "Quyết định",
        "218",
        "QĐ",
        "2013-12-12",
        _BCT,
        "XI",
        "ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã"
        " hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền",
    ),
    _party(
        "Nghị quyết",
        "18",
        "NQ",
        "2017-10-25",
        _BCH,
        "XII",
        "về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị"
        " tinh gọn, hoạt động hiệu lực, hiệu quả",
    ),
    _party(
        "Nghị quyết",
        "19",
        "NQ",
        "2017-10-25",
        _BCH,
        "XII",
        "về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả"
        " hoạt động của các đơn vị sự nghiệp công lập",
    ),
    _party(
        "Nghị quyết",
        "39",
        "NQ",
        "2015-04-17",
        _BCT,
        "XI",
        "về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
    ),
    _party(
        "Chỉ thị",
        "35",
        "CT",
        "2019-05-30",
        _BCT,
        "XII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ),
    _party(
        "Kết luận",
        "100",
        "KL",
        "2014-08-18",
        _BBT,
        "XI",
        "về đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội",
    ),
    _party(
        "Kết luận",
        "21",
        "KL",
        "2021-10-25",
        _BCH,
        "XIII",
        "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    ),
    _party(
        "Quy định", "102", "QĐ", "2017-11-15", _BCT, "XII", "về xử lý kỷ luật đảng viên vi phạm"
    ),
    _party(
        "Nghị quyết",
        "35",
        "NQ",
        "2018-10-22",
        _BCT,
        "XII",
        "về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm"
        " sai trái, thù địch trong tình hình mới",
    ),
    _party(
        "Chỉ thị",
        "40",
        "CT",
        "2014-11-22",
        _BBT,
        "XI",
        "về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội",
    ),
    _party(
        "Nghị quyết",
        "43",
        "NQ",
        "2023-11-24",
        _BCH,
        "XIII",
        "về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc",
    ),
    _party(
        "Nghị quyết",
        "57",
        "NQ",
        "2024-12-22",
        _BCT,
        "XIII",
        "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    _party(
        "Chỉ thị",
        "45",
        "CT",
        "2025-04-14",
        _BCT,
        "XIII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    ),
    _party("Quy định", "294", "QĐ", "2025-05-26", _BCH, "XIII", "về thi hành Điều lệ Đảng"),
    _state(
        "Chỉ thị",
        "18",
        "CT-TTg",
        "2000-09-21",
        _TTG,
        "về tăng cường công tác dân vận",
        normative=True,
    ),
    _state("Nghị định", "30", "NĐ-CP", "2020-03-05", _CP, "về công tác văn thư", normative=True),
    _state(
        "Nghị định",
        "108",
        "NĐ-CP",
        "2014-11-20",
        _CP,
        "về chính sách tinh giản biên chế",
        normative=True,
    ),
    _state(
        "Nghị định",
        "29",
        "NĐ-CP",
        "2023-06-03",
        _CP,
        "quy định về sắp xếp tinh giản biên chế",
        normative=True,
    ),
    _state(
        "Nghị định",
        "178",
        "NĐ-CP",
        "2024-12-31",
        _CP,
        "về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực"
        " lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị",
        normative=True,
    ),
    _state(
        "Thông tư",
        "01",
        "TT-BNV",
        "2011-01-19",
        "Bộ Nội vụ",
        "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
        normative=True,
    ),
    _state(
        "Quyết định",
        "1719",
        "QĐ-TTg",
        "2021-10-14",
        _TTG,
        "phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào"
        " dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
    ),
    _state(
        "Quyết định",
        "90",
        "QĐ-TTg",
        "2022-01-18",
        _TTG,
        "phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
    ),
    _state(
        "Quyết định",
        "263",
        "QĐ-TTg",
        "2022-02-22",
        _TTG,
        "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025",
    ),
    _state(
        "Quyết định",
        "449",
        "QĐ-TTg",
        "2013-03-12",
        _TTG,
        "phê duyệt Chiến lược công tác dân tộc đến năm 2020",
    ),
    _state(
        "Nghị quyết",
        "76",
        "NQ-CP",
        "2021-07-15",
        _CP,
        "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    ),
    _state(
        "Công văn",
        "4919",
        "VPCP-KTTH",
        "2021-07-21",
        "Văn phòng Chính phủ",
        "về việc triển khai các giải pháp phòng, chống dịch bệnh",
    ),
    _state(
        "Nghị quyết",
        "202",
        "QH15",
        "2025-06-12",
        "Quốc hội",
        "về việc sắp xếp đơn vị hành chính cấp tỉnh",
        normative=True,
    ),
)

# Central bodies: (canonical name, written forms, valid from, valid until)
_CENTRAL_PARTY: tuple[tuple[str, tuple[str, ...], dt.date | None, dt.date | None], ...] = (
    (_BCT, (_BCT,), None, None),
    (_BBT, (_BBT,), None, None),
    (_BCH, ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"), None, None),
    ("Ban Tuyên giáo Trung ương", ("Ban Tuyên giáo Trung ương",), None, _PARTY_MERGE),
    ("Ban Dân vận Trung ương", ("Ban Dân vận Trung ương",), None, _PARTY_MERGE),
    (
        "Ban Tuyên giáo và Dân vận Trung ương",
        ("Ban Tuyên giáo và Dân vận Trung ương",),
        _PARTY_MERGE,
        None,
    ),
    ("Ban Tổ chức Trung ương", ("Ban Tổ chức Trung ương",), None, None),
    ("Ủy ban Kiểm tra Trung ương", ("Ủy ban Kiểm tra Trung ương",), None, None),
)
_CENTRAL_STATE: tuple[tuple[str, tuple[str, ...], dt.date | None, dt.date | None], ...] = (
    (_TTG, (_TTG,), None, None),
    (_CP, (_CP,), None, None),
    ("Quốc hội", ("Quốc hội",), None, None),
    ("Văn phòng Chính phủ", ("Văn phòng Chính phủ",), None, None),
    ("Bộ Nội vụ", ("Bộ Nội vụ",), None, None),
    ("Bộ Tài chính", ("Bộ Tài chính",), None, None),
    ("Bộ Tư pháp", ("Bộ Tư pháp",), None, None),
    ("Bộ Y tế", ("Bộ Y tế",), None, None),
    ("Bộ Xây dựng", ("Bộ Xây dựng",), None, None),
    ("Bộ Giáo dục và Đào tạo", ("Bộ Giáo dục và Đào tạo",), None, None),
    ("Bộ Kế hoạch và Đầu tư", ("Bộ Kế hoạch và Đầu tư",), None, _MINISTRY_MERGE),
    (
        "Bộ Nông nghiệp và Phát triển nông thôn",
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT"),
        None,
        _MINISTRY_MERGE,
    ),
    (
        "Bộ Lao động - Thương binh và Xã hội",
        ("Bộ Lao động - Thương binh và Xã hội",),
        None,
        _MINISTRY_MERGE,
    ),
    ("Bộ Nông nghiệp và Môi trường", ("Bộ Nông nghiệp và Môi trường",), _MINISTRY_MERGE, None),
)
# Sectors of provincial departments and district offices: (name, until, from)
_SO_SECTORS: tuple[tuple[str, dt.date | None, dt.date | None], ...] = (
    ("Nội vụ", None, None),
    ("Tài chính", None, None),
    ("Tư pháp", None, None),
    ("Y tế", None, None),
    ("Xây dựng", None, None),
    ("Giáo dục và Đào tạo", None, None),
    ("Kế hoạch và Đầu tư", _MINISTRY_MERGE, None),
    ("Nông nghiệp và Phát triển nông thôn", _MINISTRY_MERGE, None),
    ("Lao động - Thương binh và Xã hội", _MINISTRY_MERGE, None),
    ("Nông nghiệp và Môi trường", None, _MINISTRY_MERGE),
)
_PHONG_SECTORS = (
    "Nội vụ",
    "Tư pháp",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Tài nguyên và Môi trường",
    "Lao động - Thương binh và Xã hội",
)

_SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Hồ Thị",
    "Hà",
)
_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Ngọc", "Xuân", "Công")
_GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phương",
    "Quý",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Trung",
    "Tuấn",
    "Vinh",
    "Yến",
)

_LOCAL_TOPICS = (
    "công tác dân vận của hệ thống chính trị trong tình hình mới",
    "tăng cường công tác cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "đẩy mạnh xây dựng nông thôn mới gắn với đô thị văn minh",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
    "tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
    "chuyển đổi số trong các cơ quan đảng, chính quyền",
    "giảm nghèo bền vững đến năm 2025",
    "thực hiện cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "phát triển đội ngũ cán bộ cơ sở đáp ứng yêu cầu nhiệm vụ",
)


# ============================================================================ the unit pools


@dataclass(frozen=True)
class _Area:
    """A province with one district (old vintage) or none (2025) and communes in it."""

    province: Unit
    district: Unit | None
    communes: tuple[Unit, ...]


_PARTY_COMMITTEE = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}
_SKIP_PROVINCES = {"Hồ Chí Minh"}  # written "TP.HCM" etc.; not worth the special cases


def _plain_name(unit: Unit) -> bool:
    return not any(c.isdigit() for c in unit.name) and unit.level in (
        "tỉnh",
        "thành phố",
        "huyện",
        "quận",
        "thị xã",
        "xã",
        "phường",
        "thị trấn",
    )


_DISAMBIGUATOR = re.compile(r"\s*\(.*\)$")


def _clean(unit: Unit) -> Unit:
    """The unit under the name texts use: "Kỳ Anh (Thị xã)" → "Kỳ Anh"."""
    name = _DISAMBIGUATOR.sub("", unit.name)
    return unit if name == unit.name else dataclasses.replace(unit, name=name)


@functools.cache
def _pools() -> tuple[tuple[_Area, ...], tuple[_Area, ...]]:
    """Areas of the 2024 vintage (province, district, communes) and of the 2025 vintage."""
    gaz = load()
    old: list[_Area] = []
    new: list[_Area] = []
    for unit in gaz:
        if unit.name in _SKIP_PROVINCES or not _plain_name(unit):
            continue
        if unit.vintage == "2024" and unit.tier == 2:
            province = gaz.province(unit.id)
            communes = tuple(c for c in gaz.children(unit.id) if _plain_name(c))
            if len(communes) >= 3 and province.name not in _SKIP_PROVINCES:
                old.append(
                    _Area(_clean(province), _clean(unit), tuple(_clean(c) for c in communes))
                )
        elif unit.vintage == "2025" and unit.tier == 1:
            communes = tuple(c for c in gaz.children(unit.id) if _plain_name(c))
            if len(communes) >= 3:
                new.append(_Area(_clean(unit), None, tuple(_clean(c) for c in communes)))
    old.sort(key=lambda a: a.district.id if a.district else "")
    new.sort(key=lambda a: a.province.id)
    return tuple(old), tuple(new)


# ============================================================================ gold


class _Gold:
    def __init__(self) -> None:
        self.documents: dict[str, dict[str, Any]] = {}
        self.places: dict[tuple[str, str], dict[str, Any]] = {}
        self.organizations: dict[str, dict[str, Any]] = {}

    def place(self, unit: Unit, parent: Unit | None) -> None:
        key = (unit.name, unit.level)
        if key not in self.places:
            self.places[key] = {
                "name": unit.name,
                "level": unit.level,
                "parent": parent.name if parent is not None else None,
            }

    def org(self, name: str, surface: str) -> None:
        record = self.organizations.setdefault(name, {"name": name, "surface": []})
        if surface not in record["surface"]:
            record["surface"].append(surface)

    def document(
        self,
        doc: _Doc,
        surface: str,
        *,
        issuer: bool,
        date: bool,
        complete: bool = True,
    ) -> None:
        record = self.documents.get(doc.key)
        if record is None:
            record = {
                "key": doc.key,
                "type": doc.type,
                "issuer": None,
                "date": None,
                "year": doc.date.year,
                "complete": complete,
                "variant": [],
            }
            self.documents[doc.key] = record
        if issuer and doc.issuer is not None:
            record["issuer"] = doc.issuer
        if date:
            record["date"] = doc.date.isoformat()
        if complete:
            record["complete"] = True
        if surface.replace(" ", "") != doc.key and surface not in record["variant"]:
            record["variant"].append(surface)

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "documents": list(self.documents.values()),
            "places": list(self.places.values()),
            "organizations": list(self.organizations.values()),
        }


# ============================================================================ one article


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _date_text(rng: random.Random, day: dt.date, party: bool) -> str:
    style = rng.random()
    if party and style < 0.35:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style < 0.6:
        return f"{day.day}/{day.month}/{day.year}"
    if style < 0.8:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} tháng {day.month} năm {day.year}"


class _Writer:
    """Renders the placeholders of the templates for one article and records the gold."""

    def __init__(self, rng: random.Random, area: _Area, day: dt.date) -> None:
        self.rng = rng
        self.area = area
        self.day = day
        self.gold = _Gold()
        self.province = area.province
        self.district = area.district
        self.communes = rng.sample(area.communes, min(len(area.communes), rng.randint(3, 6)))
        self.commune_cursor = 0
        self.named: set[str] = set()  # canonical names already written in full
        self.cited: list[_Doc] = []
        central = [d for d in _CENTRAL_DOCS if d.date < day - dt.timedelta(days=20)]
        rng.shuffle(central)
        self.central = central
        self.theme = central[0]
        self.local_docs: list[_Doc] = []
        self.topic = rng.choice(_LOCAL_TOPICS)
        self.sectors = [
            s
            for s, until, since in _SO_SECTORS
            if (until is None or day < until) and (since is None or day >= since)
        ]
        self.central_party = [
            (n, f)
            for n, f, since, until in _CENTRAL_PARTY
            if (since is None or day >= since) and (until is None or day < until)
        ]
        self.central_state = [
            (n, f)
            for n, f, since, until in _CENTRAL_STATE
            if (since is None or day >= since) and (until is None or day < until)
        ]
        self.old = area.district is not None

    # --- places ---------------------------------------------------------------------------

    def _unit_text(self, unit: Unit, parent: Unit | None) -> str:
        self.gold.place(unit, parent)
        return f"{unit.level} {unit.name}"

    def _commune(self) -> Unit:
        unit = self.communes[self.commune_cursor % len(self.communes)]
        self.commune_cursor += 1
        return unit

    def _commune_parent(self) -> Unit:
        return self.district if self.district is not None else self.province

    def tinh(self) -> str:
        return self._unit_text(self.province, None)

    def huyen(self) -> str:
        assert self.district is not None
        return self._unit_text(self.district, self.province)

    def xa(self) -> str:
        return self._unit_text(self._commune(), self._commune_parent())

    def xas(self) -> str:
        """ "các xã A, B và C" (communes of one level)."""
        level = self.rng.choice(self.communes).level
        same = [c for c in self.communes if c.level == level]
        if len(same) < 2:
            return self.xa()
        picked = self.rng.sample(same, min(len(same), self.rng.randint(2, 4)))
        for unit in picked:
            self.gold.place(unit, self._commune_parent())
        names = [u.name for u in picked]
        return f"các {level} {', '.join(names[:-1])} và {names[-1]}"

    def ten_huyen(self) -> str:
        """The bare name of the article's main unit (titles; its full form is in the lead)."""
        unit = self.district or self.province
        return unit.name

    # --- organisations ----------------------------------------------------------------------

    def _org(self, name: str, forms: Sequence[str], bare: str | None = None) -> str:
        """Write one of ``forms`` (or ``bare`` once the full name has been written)."""
        if bare is not None and name in self.named and self.rng.random() < 0.4:
            surface = bare
        else:
            surface = self.rng.choice(forms)
        self.named.add(name)
        self.gold.org(name, surface)
        return surface

    def _local(
        self,
        kind: str,
        short: str | None,
        unit: Unit,
        parent: Unit | None,
        extra_forms: Sequence[str] = (),
        bare_ok: bool = True,
    ) -> str:
        place = f"{unit.level} {unit.name}"
        name = f"{kind} {place}"
        forms = [name] + ([f"{short} {place}"] * 2 if short else []) + list(extra_forms)
        bare = f"{short or kind} {unit.level}" if bare_ok and unit.level != "thành phố" else None
        surface = self._org(name, forms, bare)
        if surface != bare:
            self.gold.place(unit, parent)
        return surface

    def _main_units(self) -> list[tuple[Unit, Unit | None]]:
        units: list[tuple[Unit, Unit | None]] = [(self.province, None)]
        if self.district is not None:
            units.append((self.district, self.province))
        return units

    def ubnd_tinh(self) -> str:
        return self._local("Ủy ban nhân dân", "UBND", self.province, None)

    def hdnd_tinh(self) -> str:
        return self._local("Hội đồng nhân dân", "HĐND", self.province, None)

    def mttq_tinh(self) -> str:
        unit = self.province
        return self._local(
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            None,
            unit,
            None,
            [
                f"Ủy ban MTTQ Việt Nam {unit.level} {unit.name}",
                f"Ủy ban MTTQ {unit.level} {unit.name}",
            ],
            bare_ok=False,
        )

    def ubnd_huyen(self) -> str:
        assert self.district is not None
        return self._local("Ủy ban nhân dân", "UBND", self.district, self.province)

    def hdnd_huyen(self) -> str:
        assert self.district is not None
        return self._local("Hội đồng nhân dân", "HĐND", self.district, self.province)

    def mttq_huyen(self) -> str:
        unit = self.district
        assert unit is not None
        return self._local(
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            None,
            unit,
            self.province,
            [f"Ủy ban MTTQ Việt Nam {unit.level} {unit.name}"],
            bare_ok=False,
        )

    def ubnd_xa(self) -> str:
        unit = self._commune()
        return self._local("Ủy ban nhân dân", "UBND", unit, self._commune_parent(), bare_ok=False)

    def mttq_xa(self) -> str:
        unit = self._commune()
        return self._local(
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            None,
            unit,
            self._commune_parent(),
            [f"Ủy ban MTTQ Việt Nam {unit.level} {unit.name}"],
            bare_ok=False,
        )

    def ubnd_xas(self) -> str:
        """Distributive list: "UBND các xã: A, B và C" (one organisation per commune)."""
        level = self.rng.choice(self.communes).level
        same = [c for c in self.communes if c.level == level]
        if len(same) < 2:
            return self.ubnd_xa()
        picked = self.rng.sample(same, min(len(same), self.rng.randint(2, 3)))
        names = [u.name for u in picked]
        surface = f"UBND các {level}: {', '.join(names)}"
        for unit in picked:
            self.gold.place(unit, self._commune_parent())
            self.gold.org(f"Ủy ban nhân dân {level} {unit.name}", surface)
        return surface

    def dang_uy_xa(self) -> str:
        unit = self._commune()
        name = f"Đảng ủy {unit.level} {unit.name}"
        self.gold.place(unit, self._commune_parent())
        return self._org(name, [name])

    def _committee(self, unit: Unit) -> tuple[str, str]:
        word = _PARTY_COMMITTEE[unit.level]
        return word, f"{word} {unit.name}"

    def tinh_uy(self) -> str:
        word, name = self._committee(self.province)
        surface = self._org(name, [name], word if self.province.level == "tỉnh" else None)
        if surface == name:
            self.gold.place(self.province, None)
        return surface

    def huyen_uy(self) -> str:
        assert self.district is not None
        word, name = self._committee(self.district)
        bare = word if self.district.level != "thành phố" else None
        surface = self._org(name, [name], bare)
        if surface == name:
            self.gold.place(self.district, self.province)
        return surface

    def _board(self, unit: Unit, parent: Unit | None, boards: Sequence[str]) -> str:
        word, committee = self._committee(unit)
        board = self.rng.choice(boards)
        name = f"{board} {committee}"
        forms = [name]
        if board == "Ban Thường vụ":
            forms.append(f"BTV {committee}")
        bare = f"{board} {word}" if unit.level in ("tỉnh", "huyện") else None
        surface = self._org(name, forms, bare)
        if surface != bare:
            self.gold.place(unit, parent)
        return surface

    def _boards(self) -> list[str]:
        if self.day >= _PARTY_MERGE:
            return ["Ban Tuyên giáo và Dân vận", "Ban Tổ chức", "Ủy ban Kiểm tra"]
        return ["Ban Dân vận", "Ban Tuyên giáo", "Ban Tổ chức", "Ủy ban Kiểm tra"]

    def btv_tinh_uy(self) -> str:
        return self._board(self.province, None, ["Ban Thường vụ"])

    def ban_tinh_uy(self) -> str:
        return self._board(self.province, None, self._boards())

    def btv_huyen_uy(self) -> str:
        assert self.district is not None
        return self._board(self.district, self.province, ["Ban Thường vụ"])

    def ban_huyen_uy(self) -> str:
        assert self.district is not None
        return self._board(self.district, self.province, self._boards())

    def so(self) -> str:
        sector = self.rng.choice(self.sectors)
        unit = self.province
        name = f"Sở {sector} {unit.level} {unit.name}"
        surface = self._org(name, [name], f"Sở {sector}")
        if surface == name:
            self.gold.place(unit, None)
        return surface

    def phong(self) -> str:
        unit = self.district
        assert unit is not None
        sector = self.rng.choice(_PHONG_SECTORS)
        name = f"Phòng {sector} {unit.level} {unit.name}"
        self.gold.place(unit, self.province)
        return self._org(name, [name])

    def cong_an(self) -> str:
        unit = self.province
        name = f"Công an {unit.level} {unit.name}"
        self.gold.place(unit, None)
        return self._org(name, [name])

    def hoi_huyen(self) -> str:
        unit = self.district or self.province
        parent = self.province if self.district is not None else None
        kind, short = self.rng.choice(
            (
                ("Hội Nông dân", None),
                ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
                ("Hội Cựu chiến binh", None),
            )
        )
        name = f"{kind} {unit.level} {unit.name}"
        forms = [name] + ([f"{short} {unit.level} {unit.name}"] if short else [])
        self.gold.place(unit, parent)
        return self._org(name, forms)

    def trung_uong(self) -> str:
        name, forms = self.rng.choice(self.central_party)
        return self._org(name, forms)

    def bo(self) -> str:
        name, forms = self.rng.choice(self.central_state[3:])
        return self._org(name, forms)

    def chinh_phu(self) -> str:
        name, forms = self.rng.choice(self.central_state[:3])
        return self._org(name, forms)

    # --- documents --------------------------------------------------------------------------

    def _issuer_text(self, doc: _Doc) -> str:
        """Write the issuer of ``doc`` (recording the organisation) with "của"."""
        if doc.issuer is None:
            return ""
        if doc.issuer_text:
            self.gold.org(doc.issuer, doc.issuer_text)
            if doc.issuer_unit is not None:
                self.gold.place(doc.issuer_unit, doc.issuer_parent)
            return doc.issuer_text
        forms = {
            _BCH: ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"),
        }.get(doc.issuer, (doc.issuer,))
        surface = self.rng.choice(forms)
        self.gold.org(doc.issuer, surface)
        self.named.add(doc.issuer)
        if doc.party and doc.term and self.rng.random() < 0.35:
            surface += f" (khóa {doc.term})"
        return surface

    def _number_text(self, doc: _Doc) -> str:
        """The number as written: canonical, or as newspapers damage it (spaced dashes,
        "TƯ" for "TW", a Party number in State style, a lost hyphen)."""
        style = self.rng.random()
        if doc.party:
            if style < 0.1:
                return f"{doc.number} - {doc.symbol}"
            if style < 0.16:
                return f"{doc.number}- {doc.symbol}"
            if style < 0.19 and doc.issuer_code == "TW":
                return f"{doc.number}-{doc.code}/TƯ"
            if style < 0.21:
                return f"{doc.number}/{doc.code}-{doc.issuer_code}"
        elif doc.code and style < 0.03:
            glued = f"{doc.code}{doc.issuer_code}"
            if doc.normative:
                return f"{doc.number}/{doc.date.year}/{glued}"
            return f"{doc.number}/{glued}"
        return doc.key

    def _cite(self, doc: _Doc, *, full: bool | None = None, issuer: bool = True) -> str:
        rng = self.rng
        number = self._number_text(doc)
        with_no = rng.random() < 0.75
        head = f"{doc.type} số {number}" if with_no else f"{doc.type} {number}"
        if full is None:
            full = rng.random() < 0.45
        say_date = full or rng.random() < 0.2
        say_issuer = issuer and (full or rng.random() < 0.5)
        say_title = bool(doc.title) and (full or rng.random() < 0.25)
        parts = [head]
        if say_date:
            parts.append(
                ("," if rng.random() < 0.2 else "")
                + " ngày "
                + _date_text(rng, doc.date, doc.party)
            )
        written = ""
        if say_issuer:
            written = self._issuer_text(doc)
            if written:
                if rng.random() < 0.1 and not say_date:
                    parts = [f"{doc.type} của {written} số {number}"]
                else:
                    parts.append(f" của {written}")
        if say_title:
            title = doc.title
            if rng.random() < 0.25:
                title = f"“{title}”"
            parts.append(f" {title}")
            for org in doc.title_orgs:
                self.gold.org(org, org)
            named = doc.title_doc
            if named is not None:  # "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"
                self.gold.document(named, named.key, issuer=True, date=False)
                if named.issuer is not None:
                    self.gold.org(named.issuer, named.issuer)
                if named not in self.cited:
                    self.cited.append(named)
        self.gold.document(doc, number, issuer=bool(written), date=say_date)
        if doc not in self.cited:
            self.cited.append(doc)
        return "".join(parts)

    def _next_central(self) -> _Doc:
        fresh = [d for d in self.central if d not in self.cited]
        if self.theme not in self.cited:
            return self.theme
        if not fresh or self.rng.random() < 0.3:
            return self.rng.choice(self.cited)
        return fresh[0]

    def doc(self) -> str:
        return self._cite(self._next_central())

    def doc_full(self) -> str:
        return self._cite(self._next_central(), full=True)

    def doc_theme(self) -> str:
        return self._cite(self.theme, full=self.theme not in self.cited)

    def doc_ref(self) -> str:
        """A short back-reference to a document already cited ("Chỉ thị 05", "Nghị quyết")."""
        cited = [d for d in self.cited if d.party] or self.cited
        if not cited:
            return self.doc()
        doc = self.rng.choice(cited)
        if doc.party and self.rng.random() < 0.6:
            surface = f"{doc.type} {'số ' if self.rng.random() < 0.5 else ''}{doc.number}"
            self.gold.document(doc, surface, issuer=False, date=False, complete=False)
            return surface
        if self.rng.random() < 0.5:
            return f"{doc.type} {self.rng.choice(('này', 'nêu trên', 'trên'))}"
        return self._cite(doc, full=False)

    def doc_short(self) -> str:
        """A central Party document by type, bare number and issuer only ("Nghị quyết số 35
        của Bộ Chính trị"): the key is derivable, the reference is incomplete."""
        fresh = [d for d in self.central if d.party and d not in self.cited]
        if not fresh:
            return self.doc()
        doc = fresh[0]
        surface = f"{doc.type} số {doc.number}"
        self.gold.document(doc, surface, issuer=True, date=False, complete=False)
        self.cited.append(doc)
        return f"{surface} của {self._issuer_text(doc)}"

    def doc_list(self) -> str:
        """Two or three documents in one phrase."""
        rng = self.rng
        party = [d for d in self.central if d.party]
        pairs = [
            (a, b)
            for a in party
            for b in party
            if a.type == b.type
            and a.symbol == b.symbol
            and a.date == b.date
            and a.number < b.number
        ]
        style = rng.random()
        if pairs and style < 0.45:
            first, second = rng.choice(pairs)
            plural = f"các {first.type}"
            if style < 0.08:  # shared symbol: "Quyết định 217, 218 – QĐ/TW"
                surface = f"{first.number}, {second.number} – {first.symbol}"
                text = f"{plural} {surface}"
                self.gold.document(first, surface, issuer=False, date=False)
                self.gold.document(second, surface, issuer=False, date=False)
            else:
                text = f"{plural} số {first.key} và {second.key}"
                self.gold.document(first, first.key, issuer=False, date=False)
                self.gold.document(second, second.key, issuer=False, date=False)
            for doc in (first, second):
                if doc not in self.cited:
                    self.cited.append(doc)
            if rng.random() < 0.6:
                issuer = self._issuer_text(first)
                text += f" của {issuer}"
                self.gold.document(first, first.key, issuer=True, date=False)
                self.gold.document(second, second.key, issuer=True, date=False)
            return text
        picked = rng.sample(
            self.central[: max(3, len(self.central) // 2)],
            min(len(self.central), rng.randint(2, 3)),
        )
        cites = [self._cite(d, full=False) for d in picked]
        return ", ".join(cites[:-1]) + " và " + cites[-1]

    def _new_local(
        self, party: bool | None = None, level: str | None = None, council: bool = True
    ) -> _Doc:
        """A document of the article's own province or district (``level`` "tinh"/"huyen")."""
        rng = self.rng
        day = self.day - dt.timedelta(days=rng.randint(15, 900))
        district = self.district
        if party is None:
            party = rng.random() < 0.4
        if level is None:
            level = "huyen" if district is not None and rng.random() < 0.45 else "tinh"
        if district is None:
            level = "tinh"
        base = self.theme if self.theme.date < day else None
        if base is not None and rng.random() < 0.5:
            title = f"thực hiện {base.type} số {base.key} của {base.issuer}"
        else:
            title = f"về {rng.choice(_LOCAL_TOPICS)}"
            base = None
        unit, parent = (district, self.province) if level == "huyen" else (self.province, None)
        assert unit is not None
        if party:  # Party committee of the province or district
            type_, code = rng.choice(
                (
                    ("Kế hoạch", "KH"),
                    ("Nghị quyết", "NQ"),
                    ("Chỉ thị", "CT"),
                    ("Chương trình", "CTr"),
                    ("Kết luận", "KL"),
                    ("Hướng dẫn", "HD"),
                )
            )
            issuer_code = {"huyện": "HU", "quận": "QU"}.get(unit.level, "TU")
            _, committee = self._committee(unit)
            board = rng.choice(("Ban Thường vụ ", "")) if code != "NQ" else ""
            issuer = f"{board}{committee}"
            number = str(rng.randint(1, 180))
            if rng.random() < 0.3 and len(number) == 1:
                number = "0" + number
            return _Doc(
                type_,
                number,
                code,
                issuer_code,
                day,
                issuer,
                title,
                party=True,
                issuer_text=issuer,
                issuer_unit=unit,
                issuer_parent=parent,
                title_doc=base,
            )
        kinds = [
            ("Quyết định", "QĐ", "UBND", "Ủy ban nhân dân", "UBND"),
            ("Kế hoạch", "KH", "UBND", "Ủy ban nhân dân", "UBND"),
            ("Chỉ thị", "CT", "UBND", "Ủy ban nhân dân", "UBND"),
            ("Công văn", "", "UBND-VX", "Ủy ban nhân dân", "UBND"),
        ]
        if council and rng.random() < 0.2:
            kinds = [("Nghị quyết", "NQ", "HĐND", "Hội đồng nhân dân", "HĐND")]
        type_, code, issuer_code, kind, short = rng.choice(kinds)
        issuer = f"{kind} {unit.level} {unit.name}"
        written = rng.choice((issuer, f"{short} {unit.level} {unit.name}"))
        normative = code in ("QĐ", "NQ") and level == "tinh" and rng.random() < 0.3
        return _Doc(
            type_,
            str(rng.randint(1, 3500)),
            code,
            issuer_code,
            day,
            issuer,
            title,
            normative=normative,
            issuer_text=written,
            issuer_unit=unit,
            issuer_parent=parent,
            title_doc=base,
        )

    def _fresh_local(self, party: bool | None = None, level: str | None = None) -> _Doc:
        keys = {d.key for d in self.cited}
        council = party is not False or level is None
        doc = self._new_local(party, level, council)
        while doc.key in keys:
            doc = self._new_local(party, level, council)
        self.local_docs.append(doc)
        return doc

    def vb_tinh_uy(self) -> str:
        """A document the province's Party committee issued (the sentence names the issuer)."""
        return self._cite(self._fresh_local(True, "tinh"), issuer=False)

    def vb_huyen_uy(self) -> str:
        return self._cite(self._fresh_local(True, "huyen"), issuer=False)

    def vb_ubnd_tinh(self) -> str:
        return self._cite(self._fresh_local(False, "tinh"), issuer=False)

    def vb_ubnd_huyen(self) -> str:
        return self._cite(self._fresh_local(False, "huyen"), issuer=False)

    def doc_local(self) -> str:
        return self._cite(self._fresh_local(), full=self.rng.random() < 0.6)

    def can_cu(self) -> str:
        """A legal basis: "Căn cứ A; căn cứ B" (ending without a full stop)."""
        first = self._cite(self._next_central(), full=True)
        if self.rng.random() < 0.5:
            return f"Căn cứ {first}"
        second = self._cite(self._next_central(), full=False)
        return f"Căn cứ {first}; căn cứ {second}"

    # --- others -----------------------------------------------------------------------------

    def nguoi(self) -> str:
        return _person(self.rng)

    def n(self) -> str:
        return str(self.rng.randint(2, 95))

    def nn(self) -> str:
        value = self.rng.randint(120, 98000)
        return f"{value:,}".replace(",", ".")

    def pct(self) -> str:
        return f"{self.rng.randint(60, 99)},{self.rng.randint(1, 9)}"

    def pct_nho(self) -> str:
        return f"{self.rng.randint(1, 9)},{self.rng.randint(1, 9)}"

    def ngay(self) -> str:
        recent = self.day - dt.timedelta(days=self.rng.randint(1, 20))
        return f"{recent.day}/{recent.month}"

    def nam(self) -> str:
        return str(self.day.year)

    def so_nam(self) -> str:
        """Years since the theme document was issued."""
        return str(max(1, self.day.year - self.theme.date.year))

    def nam_truoc(self) -> str:
        return str(self.day.year - 1)

    def chu_de(self) -> str:
        return self.topic


# ============================================================================ templates
# Placeholders name methods of _Writer. Templates using district placeholders are only used
# for articles of the three-level period.

_DISTRICT_FIELDS = {
    "huyen",
    "ubnd_huyen",
    "hdnd_huyen",
    "mttq_huyen",
    "huyen_uy",
    "btv_huyen_uy",
    "ban_huyen_uy",
    "phong",
}

_TITLES = (
    "{ten_huyen}: Hiệu quả từ việc thực hiện {doc_theme}",
    "{ten_huyen} nỗ lực đưa {doc_theme} vào cuộc sống",
    "Chuyển biến tích cực sau {so_nam} năm triển khai {doc_theme} ở {tinh}",
    "{ten_huyen}: Sơ kết việc thực hiện {doc_theme}",
    "Đẩy mạnh thực hiện {doc_theme} tại {tinh}",
    "{ten_huyen} tổng kết công tác năm {nam_truoc}, triển khai nhiệm vụ năm {nam}",
    "Hội nghị quán triệt, triển khai {doc_theme}",
    "{ten_huyen} tập trung {chu_de}",
)
_LEADS_OLD = (
    "Ngày {ngay}, {btv_huyen_uy} tổ chức hội nghị sơ kết {so_nam} năm thực hiện {doc_theme}.",
    "Sáng {ngay}, {ubnd_huyen}, {tinh} tổ chức hội nghị đánh giá kết quả triển khai"
    " {doc_theme} trên địa bàn.",
    "Thời gian qua, {huyen_uy} đã tập trung lãnh đạo, chỉ đạo các cấp ủy, chính quyền"
    " triển khai {doc_theme}, đạt được nhiều kết quả quan trọng.",
    "Chiều {ngay}, đoàn công tác của {ban_tinh_uy} do đồng chí {nguoi} làm trưởng đoàn đã"
    " làm việc với {btv_huyen_uy} về kết quả thực hiện {doc_theme}.",
    "Những năm qua, việc thực hiện {doc_theme} ở {huyen}, {tinh} đã tạo chuyển biến rõ nét"
    " trong nhận thức và hành động của cán bộ, đảng viên.",
)
_LEADS_NEW = (
    "Ngày {ngay}, {btv_tinh_uy} tổ chức hội nghị sơ kết {so_nam} năm thực hiện {doc_theme}.",
    "Sáng {ngay}, {ubnd_tinh} tổ chức hội nghị trực tuyến với {n} xã, phường đánh giá kết"
    " quả triển khai {doc_theme}.",
    "Sau khi vận hành chính quyền địa phương hai cấp, {dang_uy_xa}, {tinh} đã khẩn trương"
    " quán triệt, triển khai {doc_theme} đến từng chi bộ.",
    "Chiều {ngay}, đoàn công tác của {ban_tinh_uy} do đồng chí {nguoi} làm trưởng đoàn đã"
    " làm việc với {dang_uy_xa} về việc thực hiện {doc_theme}.",
)
_DOC_SENTENCES = (
    "Thực hiện {doc}, {btv_tinh_uy} đã ban hành {vb_tinh_uy} để lãnh đạo, chỉ đạo thống"
    " nhất trong toàn tỉnh.",
    "Quán triệt {doc}, các cấp ủy, tổ chức đảng đã xây dựng chương trình hành động cụ thể,"
    " phù hợp với tình hình thực tế của địa phương.",
    "Triển khai {doc_full}, {ubnd_tinh} đã chỉ đạo các sở, ngành, địa phương rà soát, bổ sung"
    " kế hoạch công tác năm {nam}.",
    "{ubnd_tinh} vừa ban hành {vb_ubnd_tinh}.",
    "Theo {doc_local}, đến hết năm {nam}, toàn tỉnh phấn đấu có trên {pct}% hộ dân được sử"
    " dụng nước sạch theo quy chuẩn.",
    "Căn cứ {doc}, {so} đã tham mưu {ubnd_tinh} ban hành hướng dẫn thực hiện trên địa bàn.",
    "{can_cu}, {ubnd_tinh} ban hành kế hoạch triển khai với {n} nhiệm vụ trọng tâm.",
    "Việc thực hiện {doc_ref} đã góp phần nâng cao nhận thức, trách nhiệm của cán bộ, đảng"
    " viên, nhất là người đứng đầu.",
    "Bên cạnh đó, địa phương tiếp tục thực hiện nghiêm {doc_list}.",
    "Đồng thời, các cấp ủy đảng quán triệt, triển khai {doc_list} đến toàn thể cán bộ, đảng viên.",
    "Qua nhiều năm thực hiện {doc_ref}, nhiều mô hình, cách làm hay đã được nhân rộng.",
    "Đến nay, {n} tổ chức cơ sở đảng đã xây dựng kế hoạch thực hiện {doc_ref}, gắn với"
    " nhiệm vụ chính trị của từng đơn vị.",
    "{trung_uong} đã ban hành {doc_full}.",
    "Trước đó, {tinh_uy} đã tổ chức quán triệt {doc_short} đến cán bộ chủ chốt các cấp.",
    "Các cấp ủy tiếp tục thực hiện có hiệu quả {doc_short}, gắn với nhiệm vụ chính trị của"
    " từng cơ quan, đơn vị.",
    "Thực hiện {doc}, {mttq_tinh} đã chủ trì, phối hợp với các tổ chức thành viên giám sát"
    " {n} cuộc.",
    "Hằng năm, {tinh_uy} đều ban hành {vb_tinh_uy}.",
    "Cũng tại hội nghị, đại biểu được nghe phổ biến {doc} và {doc_local}.",
    "Theo hướng dẫn của {bo} về việc thực hiện {doc}, địa phương đã hoàn thành rà soát,"
    " sắp xếp {n} đơn vị sự nghiệp công lập.",
    "Trên cơ sở {doc_full}, ngành chức năng đã hướng dẫn các xã lồng ghép nguồn vốn, tránh"
    " chồng chéo.",
)
_DOC_SENTENCES_OLD = (
    "Thực hiện {doc}, {btv_huyen_uy} ban hành {vb_huyen_uy}.",
    "Quán triệt {doc_full}, {huyen_uy} đã tổ chức {n} hội nghị cho hơn {nn} lượt cán bộ,"
    " đảng viên tham dự.",
    "{ubnd_huyen} đã ban hành {vb_ubnd_huyen}, giao chỉ tiêu cụ thể cho từng xã, thị trấn.",
    "Theo {doc_local}, {phong} chủ trì hướng dẫn các xã triển khai thực hiện.",
    "Tổ chức thực hiện {doc}, {ban_huyen_uy} đã tham mưu xây dựng {n} mô hình dân vận khéo.",
)
_NAMED = (
    "Phó Chủ tịch {ubnd_tinh} {nguoi} đề nghị các địa phương tiếp tục quan tâm đến công tác"
    " tuyên truyền, vận động nhân dân.",
    "Dự hội nghị có đồng chí {nguoi}, Phó Bí thư Thường trực {tinh_uy}; lãnh đạo {hdnd_tinh}"
    " và các sở, ban, ngành.",
    "{mttq_tinh} đã vận động các tổ chức, cá nhân ủng hộ hơn {n} tỷ đồng xây dựng nhà đại"
    " đoàn kết cho hộ nghèo.",
    "Đoàn công tác của {so} đã kiểm tra thực tế tại {xa}, ghi nhận nhiều kết quả tích cực.",
    "{cong_an} đã phối hợp với chính quyền cơ sở xây dựng {n} mô hình tự quản về an ninh trật tự.",
    "Tại {xa}, người dân đã hiến hơn {nn} m2 đất để mở rộng đường giao thông nông thôn.",
    "{xas} đã hoàn thành bộ tiêu chí xã nông thôn mới trong năm {nam_truoc}.",
    "Trong năm, {ubnd_xas} được giao tổ chức rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới.",
    "Bà {nguoi}, Chủ tịch {mttq_xa}, cho biết: Người dân rất phấn khởi khi được tham gia"
    " góp ý các công trình ngay từ đầu.",
    "Ông {nguoi}, Chủ tịch {ubnd_xa}, chia sẻ: Xã đã chủ động rà soát từng hộ để có giải"
    " pháp hỗ trợ phù hợp.",
    "{dang_uy_xa} đã chỉ đạo các chi bộ đưa nội dung này vào sinh hoạt định kỳ hằng tháng.",
    "Đồng chí {nguoi}, Ủy viên Ban Thường vụ, Trưởng {ban_tinh_uy} phát biểu chỉ đạo hội nghị.",
    "{chinh_phu} đã dành nguồn lực lớn cho các địa phương miền núi, trong đó có {tinh}.",
    "{bo} đánh giá cao những kết quả mà {tinh} đạt được trong thời gian qua.",
    "Theo báo cáo của {so}, toàn tỉnh đã giải quyết đúng hạn {pct}% hồ sơ thủ tục hành chính.",
    "{trung_uong} đánh giá cao cách làm sáng tạo của {tinh} trong công tác này.",
    "Đoàn giám sát của {hdnd_tinh} đã làm việc tại {xa} và {xa}.",
)
_NAMED_OLD = (
    "Đồng chí {nguoi}, Bí thư {huyen_uy}, nhấn mạnh: Mỗi cán bộ, đảng viên phải gương mẫu"
    " đi đầu, nói đi đôi với làm.",
    "{hoi_huyen} đã phối hợp tổ chức {n} lớp tập huấn chuyển giao kỹ thuật cho hội viên.",
    "{phong} thường xuyên hướng dẫn, kiểm tra các xã trong việc thực hiện quy trình.",
    "Phó Chủ tịch {ubnd_huyen} {nguoi} yêu cầu các xã rà soát, báo cáo kết quả trước ngày"
    " 15 hằng tháng.",
    "{mttq_huyen} đã chủ trì tổ chức {n} hội nghị đối thoại giữa người đứng đầu cấp ủy,"
    " chính quyền với nhân dân.",
    "Tại {xa}, {huyen}, mô hình trồng rừng gỗ lớn mang lại thu nhập ổn định cho hơn {n} hộ.",
    "{hdnd_huyen} đã tổ chức giám sát chuyên đề tại {xa} và {xa}.",
    "Lãnh đạo {ubnd_huyen} đã trực tiếp đối thoại với người dân {xa} về công tác bồi thường,"
    " giải phóng mặt bằng.",
    "Đồng chí {nguoi}, Trưởng {ban_huyen_uy}, cho biết việc kiểm tra, giám sát được thực hiện"
    " thường xuyên, đúng quy định.",
)
_PLAIN = (
    "Nhờ làm tốt công tác tuyên truyền, vận động, người dân đồng tình, ủng hộ và tích cực"
    " tham gia.",
    "Các chỉ tiêu chủ yếu về kinh tế - xã hội cơ bản đạt và vượt kế hoạch đề ra.",
    "Tỷ lệ hộ nghèo giảm còn {pct_nho}%, thu nhập bình quân đầu người tăng so với cùng kỳ.",
    "Hội nghị đã nghe báo cáo đánh giá kết quả, chỉ ra những hạn chế và đề ra giải pháp"
    " khắc phục trong thời gian tới.",
    "Công tác kiểm tra, giám sát được tăng cường, kịp thời chấn chỉnh những thiếu sót ở cơ sở.",
    "Tuy nhiên, việc triển khai ở một số nơi còn chậm, chưa sát với điều kiện thực tế.",
    "Nguồn lực đầu tư còn hạn chế, trong khi nhu cầu của người dân ngày càng cao.",
    "Nhiều tuyến đường liên thôn được bê tông hóa, giúp việc đi lại, giao thương thuận lợi hơn.",
    "Tổng kinh phí thực hiện trong năm hơn {n} tỷ đồng, huy động từ nhiều nguồn khác nhau.",
    "Phong trào thi đua yêu nước tiếp tục được đẩy mạnh, nhiều tập thể, cá nhân được khen thưởng.",
    "Qua đó, đội ngũ cán bộ cơ sở ngày càng trưởng thành, gần dân, sát dân hơn.",
    "Việc cải cách thủ tục hành chính có chuyển biến, thời gian giải quyết hồ sơ được rút ngắn.",
    "Bà con đã chủ động chuyển đổi cơ cấu cây trồng, đưa các giống mới có năng suất cao vào"
    " sản xuất.",
    "Công tác phát triển đảng viên được chú trọng, trong năm kết nạp được {n} đảng viên mới.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững, không để xảy ra điểm nóng.",
    "Dịp này, {n} tập thể và {n} cá nhân có thành tích xuất sắc được biểu dương, khen thưởng.",
    "Các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những tồn tại, hạn chế.",
    "Mỗi chi bộ chọn một việc khó để tập trung giải quyết dứt điểm trong năm.",
    "Giá trị sản xuất nông, lâm nghiệp ước đạt {nn} triệu đồng, tăng {pct_nho}% so với năm trước.",
    "Thời gian tới, địa phương sẽ tiếp tục đổi mới nội dung, phương thức tuyên truyền cho"
    " phù hợp với từng đối tượng.",
    "Nhiều ý kiến đề nghị cấp trên quan tâm bố trí thêm kinh phí cho các thôn, bản vùng"
    " sâu, vùng xa.",
    "Cán bộ, đảng viên và nhân dân đồng thuận cao với chủ trương sắp xếp tổ chức bộ máy.",
)
_CLOSING = (
    "Phát biểu kết luận, đồng chí {nguoi} yêu cầu các cấp, các ngành tiếp tục quán triệt,"
    " thực hiện nghiêm túc {doc_ref}.",
    "Dịp này, {ubnd_tinh} đã tặng bằng khen cho {n} tập thể, {n} cá nhân có thành tích xuất sắc.",
    "Thời gian tới, địa phương sẽ tập trung khắc phục những hạn chế, phấn đấu hoàn thành"
    " thắng lợi các mục tiêu đề ra.",
    "Kết thúc hội nghị, các đại biểu thống nhất kiến nghị cấp trên sớm bổ sung nguồn lực"
    " cho cơ sở.",
)
_RELATED = (
    "{ten_huyen} ra quân làm đường giao thông nông thôn",
    "Ra mắt mô hình dân vận khéo ở {ten_huyen}",
    "Tập huấn nghiệp vụ công tác mặt trận năm {nam}",
    "Gặp mặt cán bộ hưu trí nhân dịp năm mới",
    "Trao nhà đại đoàn kết cho hộ nghèo",
    "Khai mạc hội thao các lực lượng vũ trang",
    "Sơ kết công tác tuyên giáo sáu tháng đầu năm",
)
_RELATED_HEADINGS = ("Tin liên quan:", "Các tin khác", "Tin cùng chuyên mục", "Xem thêm:")
_BYLINES = ("Bài, ảnh: {nguoi}", "{nguoi}", "Theo {nguoi}", "PV")
_PREFIXES = ("", "", "", "(TTĐT) - ", "CTTĐT - ", "(TG) - ")

_FIELD = re.compile(r"\{(\w+)\}")
_Template = tuple[tuple[str, str | None], ...]


def _compile(template: str) -> _Template:
    """ "a {x} b" → (("a ", "x"), (" b", None)): literal text then the placeholder it ends at."""
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for match in _FIELD.finditer(template):
        pieces.append((template[position : match.start()], match.group(1)))
        position = match.end()
    pieces.append((template[position:], None))
    return tuple(pieces)


def _fields(template: _Template) -> set[str]:
    return {name for _, name in template if name is not None}


@dataclass(frozen=True)
class _Set:
    titles: tuple[_Template, ...]
    leads: tuple[_Template, ...]
    docs: tuple[_Template, ...]
    named: tuple[_Template, ...]
    plain: tuple[_Template, ...]
    closing: tuple[_Template, ...]
    related: tuple[_Template, ...]


@functools.cache
def _templates(old: bool) -> _Set:
    def keep(templates: Sequence[str]) -> tuple[_Template, ...]:
        compiled = [_compile(t) for t in templates]
        if old:
            return tuple(compiled)
        return tuple(t for t in compiled if not _fields(t) & _DISTRICT_FIELDS)

    extra_docs = _DOC_SENTENCES_OLD if old else ()
    extra_named = _NAMED_OLD if old else ()
    return _Set(
        titles=keep(_TITLES),
        leads=keep(_LEADS_OLD if old else _LEADS_NEW),
        docs=keep(_DOC_SENTENCES + extra_docs),
        named=keep(_NAMED + extra_named),
        plain=keep(_PLAIN),
        closing=keep(_CLOSING),
        related=keep(_RELATED),
    )


def _render(writer: _Writer, template: _Template) -> str:
    out: list[str] = []
    for literal, name in template:
        out.append(literal)
        if name is not None:
            method: Callable[[], str] = getattr(writer, name)
            out.append(method())
    text = "".join(out)
    return text[0].upper() + text[1:] if text[0].islower() else text


def _dateline(rng: random.Random, stamp: dt.datetime) -> str:
    day = f"{stamp.day:02d}/{stamp.month:02d}/{stamp.year}"
    clock = f"{stamp.hour:02d}:{stamp.minute:02d}"
    weekday = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")[
        stamp.weekday()
    ]
    return rng.choice(
        (
            f"Cập nhật: {day} {clock}",
            f"{clock} - {day}",
            f"{weekday}, {day} | {clock}",
            f"Ngày đăng: {day}",
            f"Cập nhật lúc {clock}, {weekday}, {day} (GMT+7)",
        )
    )


#: How often a body sentence is drawn from the pools of sentences citing documents and
#: naming places and agencies (the rest is plain prose), as cumulative shares. "full" is
#: the density of whole articles — the one whole article we have (the seed) names an entity
#: every ~280 characters; "full" writes one every ~125 (twice as dense, to be safe).
#: "dense" is the density of the dev passages, excerpts cut around their entities (one every
#: ~70 characters): a stress setting.
_DENSITY = {"full": (0.10, 0.24), "dense": (0.27, 0.6)}


def _article(seed: int, index: int, density: str = "full") -> Article:
    rng = random.Random(f"{seed}-{index}")
    old_areas, new_areas = _pools()
    span = (_LAST_DAY - _FIRST_DAY).days
    day = _FIRST_DAY + dt.timedelta(days=rng.randint(0, span))
    old = day < _SWITCH
    area = rng.choice(old_areas if old else new_areas)
    writer = _Writer(rng, area, day)
    templates = _templates(old)
    stamp = dt.datetime(day.year, day.month, day.day, rng.randint(6, 21), rng.randint(0, 59))

    # The lead comes first in the text but the title is written first in the article:
    # render the lead first so that the full citation is in the lead and the title can
    # use the short form.
    lead = rng.choice(_PREFIXES) + _render(writer, rng.choice(templates.leads))
    title = _render(writer, rng.choice(templates.titles))
    if writer.district is not None and writer.district.name in title:
        writer.huyen()  # the title's bare name: the lead names it with its level elsewhere
    elif writer.province.name in title:
        writer.tinh()

    target = rng.triangular(2350, 3600, 2600)
    paragraphs_n = rng.randint(4, 10)
    per_paragraph = (target - len(title) - len(lead) - 30) / paragraphs_n
    paragraphs: list[str] = []
    total = len(title) + len(lead) + 30
    used: set[_Template] = set()
    for number in range(paragraphs_n):
        sentences: list[str] = []
        length = 0
        while length < per_paragraph and (total < target or not sentences):
            draw = rng.random()
            if number == paragraphs_n - 1 and not sentences:
                pool = templates.closing
            elif draw < _DENSITY[density][0]:
                pool = templates.docs
            elif draw < _DENSITY[density][1]:
                pool = templates.named
            else:
                pool = templates.plain
            template = rng.choice(pool)
            for _ in range(4):  # avoid repeating a sentence pattern in one article
                if template not in used:
                    break
                template = rng.choice(pool)
            used.add(template)
            sentence = _render(writer, template)
            sentences.append(sentence)
            length += len(sentence) + 1
            total += len(sentence) + 1
        paragraphs.append(" ".join(sentences))
        if total >= target and number >= 3:
            break

    lines = [title, _dateline(rng, stamp), "", lead, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    if rng.random() < 0.6:
        lines.append(_render(writer, _compile(rng.choice(_BYLINES))))
    if rng.random() < 0.3:
        # related news: page furniture, not labelled (rendered with a throw-away writer)
        spare = _Writer(random.Random(f"{seed}-{index}-related"), area, day)
        lines += ["", rng.choice(_RELATED_HEADINGS)]
        for _ in range(rng.randint(2, 4)):
            when = day - dt.timedelta(days=rng.randint(1, 60))
            item = _render(spare, rng.choice(templates.related))
            lines.append(f"{item} ({when.day:02d}/{when.month:02d}/{when.year})")
    text = "\n".join(lines).rstrip("\n") + "\n"
    return Article(
        name=f"a{index:06d}.txt",
        text=text,
        gold=writer.gold.as_dict(),
        title=title,
        date=stamp.isoformat(),
    )


# ============================================================================ public API


def generate(
    count: int, *, seed: int = 0, start: int = 0, density: str = "full"
) -> Iterator[Article]:
    """Articles ``start`` … ``start + count - 1``; article ``i`` depends only on (seed, i).
    ``density`` is ``full`` (whole articles) or ``dense`` (like the dev passages)."""
    if density not in _DENSITY:
        raise ValueError(f"density {density!r}: use one of {', '.join(_DENSITY)}")
    for index in range(start, start + count):
        yield _article(seed, index, density)


def write_folder(
    dest: Path, count: int, *, seed: int = 0, per_dir: int = 1000, density: str = "full"
) -> tuple[int, int]:
    """Write ``dest/000/a000000.txt`` … (``per_dir`` files a folder) and ``dest/gold.jsonl``.

    Returns (articles, characters)."""
    dest.mkdir(parents=True, exist_ok=True)
    chars = 0
    with (dest / "gold.jsonl").open("w", encoding="utf-8") as gold:
        for index, article in enumerate(generate(count, seed=seed, density=density)):
            folder = dest / f"{index // per_dir:03d}"
            if index % per_dir == 0:
                folder.mkdir(exist_ok=True)
            (folder / article.name).write_text(article.text, encoding="utf-8")
            gold.write(json.dumps(article.gold_record(), ensure_ascii=False) + "\n")
            chars += len(article.text)
    return count, chars


def write_jsonl(
    dest: Path, count: int, *, seed: int = 0, gold: Path | None = None, density: str = "full"
) -> tuple[int, int]:
    """Write one JSON object per article (``id``, ``title``, ``date``, ``text``); with
    ``gold`` also the scorer's gold lines (``file`` = the row's ``id``).

    Returns (articles, characters)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    chars = 0
    gold_handle = gold.open("w", encoding="utf-8") if gold is not None else None
    try:
        with dest.open("w", encoding="utf-8") as out:
            for article in generate(count, seed=seed, density=density):
                row_id = article.name.removesuffix(".txt")
                row = {
                    "id": row_id,
                    "title": article.title,
                    "date": article.date,
                    "text": article.text,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                if gold_handle is not None:
                    gold_handle.write(
                        json.dumps(article.gold_record(row_id), ensure_ascii=False) + "\n"
                    )
                chars += len(article.text)
    finally:
        if gold_handle is not None:
            gold_handle.close()
    return count, chars


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder (folder format) or .jsonl file")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("folder", "jsonl"), default="folder")
    parser.add_argument("--per-dir", type=int, default=1000)
    parser.add_argument(
        "--density",
        choices=sorted(_DENSITY),
        default="full",
        help="full: whole articles (default); dense: like the dev passages",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.format == "folder":
        count, chars = write_folder(
            args.out, args.count, seed=args.seed, per_dir=args.per_dir, density=args.density
        )
        where = f"{args.out}/ (+ gold.jsonl)"
    else:
        gold = args.out.with_name(args.out.stem + ".gold.jsonl")
        count, chars = write_jsonl(
            args.out, args.count, seed=args.seed, gold=gold, density=args.density
        )
        where = f"{args.out} (+ {gold.name})"
    seconds = time.perf_counter() - began
    print(f"wrote {count:,} articles, {chars:,} characters to {where} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
