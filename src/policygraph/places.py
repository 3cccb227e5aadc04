"""Find administrative units and villages named in Vietnamese news text.

``find_places(text)`` scans the text with two compiled regular expressions, one anchored on level
words ("tỉnh", "huyện", "xã", "Tỉnh ủy", "TP.", …), one on runs of capitalised syllables, then
decides per candidate with dictionary lookups in the dated gazetteer:

* level word + name ("huyện Đakrông", "TP.HCM", "Phường 6", "thôn11"), with lists
  ("các xã A, B và C", "phường 1, 2, 3") and agency forms ("Tỉnh ủy Yên Bái" → tỉnh Yên Bái);
* bare names where the context makes them certain: province names, a place-of-issue line
  ("Hà Nội, ngày 5 tháng 3 năm 2020"), districts of the article's province and communes of the
  district being talked about (``implicit_level=True``);
* parents from the text ("xã Ba Lòng, huyện Đakrông", "(huyện Điện Biên)") or from the
  gazetteer when the unit is unique; same-name units are disambiguated by those parents and the
  article's province, and flagged ``ambiguous`` when that does not decide.

The vintage of the units follows ``article_date`` (before 2025-07-01 → "2024"); without a date
the words decide (a "huyện" only exists before 2025).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from policygraph.encodings import is_common_syllable
from policygraph.gazetteer import (
    Gazetteer,
    Unit,
    collector_paused,
    fold,
    fold_loose,
    has_diacritics,
    load,
    roman_numbered,
)
from policygraph.models import Mention, Place
from policygraph.normalize import SENTENCE_END
from policygraph.surnames import SURNAMES

__all__ = ["PlaceFindings", "find_places"]

SWITCH_DATE = "2025-07-01"


@dataclass(frozen=True)
class PlaceFindings:
    """The places of one text and the province / district the text is mainly about."""

    places: tuple[Place, ...] = ()
    province: str | None = None
    district: str | None = None
    commune: tuple[str, str, int] | None = None  # the one commune it names, where first


# --- the scanner ------------------------------------------------------------------------------

_UP = "A-ZĐÐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOW = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_WORD = f"{_UP}{_LOW}"

# level words as written → (level, tier); tier 0 = "thành phố" (province or district level)
_LEVELS: dict[str, tuple[str, int]] = {
    "tỉnh": ("tỉnh", 1),
    "thành phố": ("thành phố", 0),
    "tp": ("thành phố", 0),
    "t.p": ("thành phố", 0),
    "thủ đô": ("thành phố", 1),
    "huyện": ("huyện", 2),
    "quận": ("quận", 2),
    "thị xã": ("thị xã", 2),
    "tx": ("thị xã", 2),
    "xã": ("xã", 3),
    "phường": ("phường", 3),
    "thị trấn": ("thị trấn", 3),
    "tt": ("thị trấn", 3),
    "đặc khu": ("đặc khu", 3),
    "thôn": ("thôn", 4),
    "bản": ("bản", 4),
    "khóm": ("khóm", 4),
    "ấp": ("ấp", 4),
    "xóm": ("xóm", 4),
    "buôn": ("buôn", 4),
    "làng": ("làng", 4),
    "tổ dân phố": ("tổ dân phố", 4),
    # the Khmer and Central Highlands villages, read only in lower case (not "Sóc Trăng",
    # "Plei Kần", "Pleiku")
    "sóc": ("sóc", 4),
    "phum": ("phum", 4),
    "bon": ("bon", 4),
    "plei": ("plei", 4),
    "khu phố": ("khu phố", 4),
    "tdp": ("tổ dân phố", 4),
    "q": ("quận", 2),
    "p": ("phường", 3),
    "h": ("huyện", 2),
    "x": ("xã", 3),
    "t": ("tỉnh", 1),
}
# Party committees named after their unit: "Tỉnh ủy Yên Bái" names tỉnh Yên Bái
_COMMITTEES: dict[str, tuple[str, int]] = {
    "tỉnh ủy": ("tỉnh", 1),
    "thành ủy": ("thành phố", 0),
    "huyện ủy": ("huyện", 2),
    "quận ủy": ("quận", 2),
    "thị ủy": ("thị xã", 2),
    # ... and the Youth Union's committees: "Huyện đoàn Tuy Phước" names huyện Tuy Phước
    "tỉnh đoàn": ("tỉnh", 1),
    "thành đoàn": ("thành phố", 0),
    "huyện đoàn": ("huyện", 2),
    "quận đoàn": ("quận", 2),
    "thị đoàn": ("thị xã", 2),
}
_LOWER_ONLY = frozenset(["sóc", "phum", "bon", "plei"])
# ... of them, those a sentence may open with, capitalised, when the commune follows
_OPENING_SENTENCE_ONLY = frozenset(["bon", "plei"])
_NUMBERED = {"quận", "phường", "thôn", "khóm", "ấp", "xóm", "tổ dân phố", "khu phố", "bản"}
_PLURAL = re.compile(
    r"(?:\b(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|gồm|là)|\d+)\s*$", re.IGNORECASE
)
_DESCRIPTORS = ("miền núi", "vùng cao", "biên giới", "ven biển", "đảo", "nghèo", "mới", "cũ")


def _casings(word: str) -> list[str]:
    """As written in running text, at a sentence's start, in capitals, and with every word
    capitalised as headings and menus write them ("Thị Xã Ba Đồn", "Thành Phố Đồng Hới")."""
    if word in _OPENING_SENTENCE_ONLY:
        return [word, word[0].upper() + word[1:]]  # ("Plei Ia Ro, xã …": see _scan)
    if word in _LOWER_ONLY:
        return [word]
    titled = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
    return sorted(
        {word, word[0].upper() + word[1:], word.upper(), titled}, key=len, reverse=True
    )


def _alternation(words: list[str]) -> str:
    forms = sorted({c for w in words for c in _casings(w)}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


_COMMITTEE_WORDS = [*_COMMITTEES, *(w.replace("ủy", "uỷ") for w in _COMMITTEES)]
# (the abbreviations' keys are read by _ABBREVIATIONS, only as written there: "X.", not "x")
_SHORT_KEYS = ("q", "p", "h", "x", "t", "tp", "t.p", "tx", "tt", "tdp")
_LEVEL_WORDS = [w for w in _LEVELS if w not in _SHORT_KEYS]
# an apostrophe inside a syllable belongs to the name ("Ea H'leo", "Cư M’gar", "Đắk R'Lấp")
_APOSTROPHES = "'’ʼ"
# (possessive: a syllable never gives letters back, which keeps the scans as fast as without
# the apostrophe group)
_TOKEN = rf"[{_UP}][{_WORD}]*+(?:[{_APOSTROPHES}][{_WORD}]++)*+"
_NAME = rf"{_TOKEN}(?:(?: - | – |-|–| ){_TOKEN})*"  # ("Bà Rịa–Vũng Tàu": a dash unspaced)
_ABBREVIATIONS = {
    "TP": "tp",
    "Tp": "tp",
    "T.P": "tp",
    "TX": "tx",
    "Tx": "tx",
    "tx": "tx",  # "tx. Quảng Trị", "tp. Đông Hà": lower case, before a name with a capital
    "tp": "tp",
    "TT": "tt",
    "Q.": "q",
    "P.": "p",
    "H.": "h",
    "X.": "x",
    "T.": "t",
    "TPHCM": "hcm",
    "TP.HCM": "hcm",
    "Tp.HCM": "hcm",
    "TP HCM": "hcm",
}
# "các huyện, thành, thị: A, B": further level words before the list share its first level
_GENERIC = r"(?:,[ \t]*(?:thành phố|thị xã|thị trấn|thành|thị|huyện|quận|xã|phường)[ \t]*)"


def _trie_alternation(forms: set[str]) -> str:
    """One alternation of ``forms`` shaped as a trie: shared prefixes are written once, so the
    engine tries each character of the text against each branch at most once (a flat
    alternation of the same words scans at a third of the speed). Optional tails are greedy,
    so at one position the longest form is tried first, then the shorter ones, like a flat
    alternation sorted by length."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


_HEAD_FORMS = {c for w in [*_LEVEL_WORDS, *_COMMITTEE_WORDS] for c in _casings(w)} | set(
    _ABBREVIATIONS
)
# Two passes, each a trie-shaped alternation or a character class at its start, so that the
# regex engine skips ahead in C (one alternation of both runs at a fifth of the speed): level
# words, committees and abbreviations that a capital, a digit or a descriptor follows; then runs
# of two or more capitalised syllables (or one before ", ngày 5": a place-of-issue line).
# the city's abbreviations name it whatever follows ("ở TPHCM vừa …"): a scan of its own, so
# that the one above still opens with a character class
_HCM_SCAN = re.compile(r"(?<![\w.])(?:TPHCM|TP\.HCM|Tp\.HCM|TP HCM)(?![\w])")
_HEAD_SCAN = re.compile(
    f"(?:{_trie_alternation(_HEAD_FORMS)})"
    + rf"(?=[ \t:.]*(?:[{_UP}\d]|số\b)|[ \t]+(?:{'|'.join(_DESCRIPTORS)})[ \t]|{_GENERIC}+:)"
)
_LEVEL_FOLLOW = re.compile(
    rf"(?P<desc>(?:[ \t]+(?:{'|'.join(_DESCRIPTORS)}))?)"
    rf"(?P<colon>{_GENERIC}*[ \t]*:)?"
    # (the number first: "Tổ Dân Phố Số 3" of a headline is numbered, not named "Số")
    rf"(?:[ \t]*(?P<num>(?:[sS]ố[ \t]*)?0*\d{{1,3}}[a-zA-Z]?)(?![\d/.,-]\d|[{_WORD}]{{2}})"
    rf"|[ \t]*(?P<name>{_NAME}))"
)
_QUALIFIED_LIST = re.compile(
    rf"(?<![{_WORD}])(?:[Cc]ác|[Nn]hững|[Mm]ột[ \t]+số|\d+)[ \t]+"
    rf"(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp|xóm|buôn|khóm|tổ dân phố)"
    rf"(?P<qual>(?:[ \t]+[{_LOW}]+){{0,8}}?),?[ \t]+(?:như|gồm(?:[ \t]+có)?|là)[ \t]*:?"
    rf"(?=[ \t]*[{_UP}])"
)
_COMMUNE_NEXT = re.compile(r"[ \t]*(?:,|\(|thuộc|của)[ \t]*(?:xã|phường|thị trấn)[ \t]")
# (a level word the first one's units belong to: "các xã thuộc các huyện …"; not one they
# have: "các huyện có nhiều xã nghèo như …")
_INNER_LEVEL = re.compile(
    rf"(?<![{_WORD}])(?:thuộc|ở|tại|trong|của)[ \t]+(?:(?:các|những)[ \t]+)?"
    rf"(xã|phường|huyện|quận|thị xã|thị trấn)(?![{_WORD}])"
)
_COMMITTEE_FOLLOW = re.compile(rf"[ \t]+(?P<name>{_NAME})")
_ABBR_FOLLOW = re.compile(rf"(?:\.[ \t]*|[ \t]+)(?P<name>{_NAME})")
_QP_FOLLOW = re.compile(r"[ \t]?(?P<num>\d{1,2})(?![\d/])")
_INITIAL_FOLLOW = re.compile(rf"[ \t]?(?P<name>{_NAME})")
# what "X." and "T." as level words follow: a lower-case word or a list's comma ("ở X. Vĩnh
# Tú, H. Vĩnh Linh, T.Quảng Trị"), not a name ("Trần T. Lan"), a byline's colon, a line start
# (\Z: "$" would match before the line break ending the text searched)
_BEFORE_SHORT_LEVEL = re.compile(rf"(?:(?<![{_WORD}])[{_LOW}]+|,)[ \t]*\Z")
# a letter and its dot among a person's initials: after another initial or a middle name,
# before another initial
_INITIAL_BEFORE = re.compile(
    rf"(?:(?<![{_WORD}])[{_UP}]\.|(?<![{_WORD}])(?P<family>[{_UP}]\w*)[ \t]+(?:Văn|Thị))[ \t]?\Z"
)
_INITIAL_AFTER = re.compile(rf"[ \t]?[{_UP}]\.")
_RUN_SCAN = re.compile(
    rf"{_TOKEN}(?:[ \-–]{_TOKEN})+|{_TOKEN}(?=:[ \t]|,[ \t]*ngày[ \t\n]*\d)"
    rf"|(?<=\(){_TOKEN}(?=\))"  # "xã Ba Lòng (Đakrông)": a one-word district in brackets
    # the one city named by one syllable, after a word of place or in a list: "tại Huế", "Đà
    # Nẵng, Huế và Quảng Trị" (not "Đại học Huế", "Festival Huế", "Thừa Thiên Huế")
    rf"|Huế(?![\w])(?![ \t]+[{_UP}])"  # (the word before is checked where runs are read)
)
_HUE_BEFORE = re.compile(r"(?:(?<![\w])(?:tại|ở|về|đến|tới|và|như)|,)[ \t]$")
# the capitalised words before a list's joining word: "Đà Nẵng, ", "Hà Nội và "
_NAME_BEFORE_JOIN = re.compile(rf"([{_UP}]\w*(?:[ \t]+[{_UP}]\w*){{0,3}})[ \t]*(?:,|và)[ \t]$")


def _hue_is_the_city(text: str, start: int) -> bool:
    """"Huế" alone, also a given name, is the city after a word of place ("tại Huế", "về
    Huế"), or in a list after another place ("Đà Nẵng, Huế"; not "hai chị em Hoa và Huế")."""
    before = _HUE_BEFORE.search(text, max(0, start - 6), start)
    if before is None:
        return False
    if not before.group().startswith((",", "và")):
        return True
    run = _NAME_BEFORE_JOIN.search(text, max(0, start - 40), start)
    if run is None:
        return False
    name = run.group(1)
    return any(offset + length == len(name) for offset, length in _known_spans(name))
_WORD_CHARS = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
_LIST_NEXT = re.compile(
    rf"(?P<sep>[ \t]*(?:,|;|&)?[ \t]*(?:và|hoặc|với)?[ \t]*)"
    rf"(?:(?P<name>{_NAME})|(?P<num>(?:số[ \t]*)?0*\d{{1,3}}[a-zA-Z]?)(?![\d/]|[.,]\d|[{_WORD}]))"
)
_PAREN = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
_UPPER_NEXT = re.compile(rf"[ \t]{_TOKEN}")
_UPPER_RUN = re.compile(rf"(?:[ \t]{_TOKEN}){{1,3}}")
_LOWER_NEXT = re.compile(rf"[ \t](?:[{_LOW}]+|\d{{1,2}}(?![\d{_WORD}]))")
_ISSUE_LINE = re.compile(r",[ \t]*ngày[ \t\n]*\d")
_SEPARATORS = re.compile(r" - | – |-|–| ")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# capitalised words that may stand before a place name in one capitalised run
_FUNCTION = _words(
    "Ở Từ Đến Với Cho Khi Cùng Giữa Trên Dưới Tới Vào Ra Qua Và Hay Hoặc Tỉnh"
    # words that open a sentence before a place: "Riêng Quảng Trị có …", "Hiện Gia Lai …"
    " Riêng Còn Như Ngoài Gồm Hiện Nay Nhưng Song Do Vì Nếu Dù Nhờ Bởi Thuộc Cả Toàn Thăm"
)


# capitalised words that start an agency, a title or a sentence rather than a place name
_STOP_FIRST = _words(
    """Nhân Đảng Ủy Uỷ Bí Chủ Phó Ban Hội Sở Bộ Phòng Chính Mặt Thường Đoàn Căn Về Theo Tại Ngày
    Trong Để Các Những Số Sau Trước Thực Ông Bà Anh Chị UBND HĐND MTTQ Cục Tổng Viện Trường
    Học Tòa Kế Quyết Nghị Chỉ Thông Luật Điều Khoản Cán Lãnh Lào Campuchia Đề Dự Chương Kết
    Quy Tờ Báo Tỉnh Huyện Xã Phường Quận"""
)
# capitalised words that end a place name written before them ("huyện Vĩnh Linh Nguyễn ...")
_STOP_NEXT = _words(
    """Ủy Uỷ UBND HĐND MTTQ Bí Chủ Phó Đảng Ban Sở Phòng Hội Nhân Thực Theo Tại Ngày Về Trong Căn
    Các Những Ông Bà Anh Chị Đồng Chỉ Nghị Quyết Kế Tờ Báo Ảnh Số Tin Bài Xem Video"""
)
_SURNAMES = SURNAMES
# words before a capitalised name that make it something else than a place
_NOT_PLACE_BEFORE = _words(
    """sông suối hồ núi đèo cầu đường phố lộ chợ cảng bến vịnh biển đảo đồi thác trường báo
    đồn ga tượng bác ông bà anh chị em pv đ/c ảnh quỹ giải hãng khu vùng miền clb
    thcs thpt ptdtbt ptdtnt ptcs mn đình chùa đền miếu tncs trt vtv vtv8"""
) | frozenset(
    [
        "đô thị",
        "tạp chí",
        "công ty",
        "nhà máy",
        "bệnh viện",
        "khách sạn",
        "cửa khẩu",
        "sân bay",
        "quảng trường",
        "phóng viên",
        "đồng chí",
        "tư tưởng",
        "phong cách",
        "đại học",
        "học viện",
        "tiểu học",
        "mầm non",
        "trung học",
        "nhà thờ",
        # a diocese, deanery or parish named after a place ("Giáo phận Kon Tum")
        "giáo phận",
        "giáo hạt",
        "giáo xứ",
        "tập thể",
        "văn hóa",
        "văn hoá",
        "tác giả",
        "nhà thơ",
        # companies and media named after a province ("Công ty cổ phần Thái Bình", "Đài
        # Phát thanh - Truyền hình Hà Tĩnh", "Cổng Thông tin điện tử Quảng Nam")
        "cổ phần",
        "tnhh",
        "tập đoàn",
        "truyền hình",
        "truyền thông",
        "phát thanh",
        "pt-th",
        "ptth",
        "điện tử",
    ]
)
# before a district or commune name: a border post or police unit named after it
_STREET_LIST = re.compile(
    rf"(?<![{_WORD}])(?:phố|đường|ngõ|hẻm|kiệt|tuyến"
    # (and the estates of a town: "các khu tập thể Kim Liên, Trung Tự và Khương Thượng")
    r"|khu[ \t]+tập[ \t]+thể|khu[ \t]+đô[ \t]+thị|khu[ \t]+dân[ \t]+cư|khu[ \t]+nhà[ \t]+ở"
    rf"|chung[ \t]+cư)[ \t]+{_NAME}(?:[ \t]*,[ \t]*{_NAME})*"
    r"[ \t]*(?:,|và|hoặc)[ \t]*$"
)
_NOT_LOCAL_BEFORE = frozenset(["biên phòng", "công an", "quân sự", "bđbp", "đồn"])


# a newspaper named by its sector and then its province: "Báo Công an Nghệ An", "Báo Pháp
# luật TP.HCM" (the place is the paper's name)
_MEDIA_BEFORE = re.compile(
    r"(?<![\w])(?:Báo|Tạp chí)[ \t]+(?:[Đđ]iện tử[ \t]+)?(?:Công an|Quân đội|Nhân dân"
    r"|Pháp luật|Lao động|Tuổi trẻ|Thanh niên|Văn hóa|Người lao động|Giáo dục|Sức khỏe)[ \t]+$"
)

# zones, plants and airports named after a place, whose name is no mention of it: "KCN Yên
# Phong", "Khu kinh tế Vân Phong", "Cụm công nghiệp Nam Hồng", "Khu công nghệ cao Hòa Lạc",
# "thủy điện Sơn La", "Cảng hàng không quốc tế Cam Ranh" (a level word written names the
# place: "KCN … (huyện Phú Bình)"; a province's zones in the plural are its own: "BQL các KCN
# Bình Dương")
_ZONE_BEFORE = re.compile(
    r"(?<![\w])(?<!các )(?<!Các )(?<!những )(?<!Những )"
    r"(?:KCN|KCX|CCN|KKT|KCNC|(?i:khu|cụm)[ \t]+công[ \t]+nghiệp"
    r"|(?i:khu)[ \t]+(?:kinh[ \t]+tế"
    r"(?:[ \t]+(?:cửa[ \t]+khẩu|ven[ \t]+biển))?|công[ \t]+nghệ[ \t]+cao|chế[ \t]+xuất)"
    r"|(?i:nhà[ \t]+máy[ \t]+)?(?i:thủy|thuỷ)[ \t]+điện"
    r"|(?i:cảng[ \t]+hàng[ \t]+không|sân[ \t]+bay)(?:[ \t]+quốc[ \t]+tế)?)[ \t]+$"
)

# a route named by its ends: "cao tốc Hà Nội – Hải Phòng", "đoạn Cần Thơ – Cà Mau", "đường sắt
# Lào Cai – Hà Nội – Hải Phòng" (its ends are no mention of those places)
_ROUTE_WORD = (
    r"(?i:cao[ \t]+tốc|đường[ \t]+sắt|tuyến(?:[ \t]+đường)?|đoạn|đường|quốc[ \t]+lộ)"
    # (and what kind of road it is: "đường bao biển Hạ Long – Cẩm Phả", "đường ven biển …")
    r"(?:[ \t]+(?:bao|ven|vành|trục|nối|liên|biển|sông|đai|chính|kết|tỉnh|huyện|xã)){0,3}"
)
_ROUTE_FIRST = re.compile(rf"(?<![\w]){_ROUTE_WORD}[ \t]+$")
_ROUTE_LATER = re.compile(
    rf"(?<![\w]){_ROUTE_WORD}[ \t]+(?:[{_UP}][\w']*(?:[ \t]+[{_UP}][\w']*)*[ \t]*[-–][ \t]*)+$"
)
_DASH_NEXT = re.compile(rf"[ \t]*[-–][ \t]*[{_UP}]")


def _route_end(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is an end of a route named by its ends."""
    window = max(0, start - 120)
    if _DASH_NEXT.match(text, end) and _ROUTE_FIRST.search(text, window, start):
        return True
    return _ROUTE_LATER.search(text, window, start) is not None


# words ending with such a noun that are another word: "thị trường" is a market, not a school
# ("Cục Quản lý thị trường Hải Phòng"), "môi trường" the environment
_NOT_THE_NOUN = frozenset(["thị trường", "môi trường"])


def _words_before(text: str, start: int) -> tuple[str, str]:
    """The word and the two words before ``start``, lower-cased."""
    words = text[max(0, start - 30) : start].lower().split()
    last = words[-1] if words else ""
    return last, " ".join(words[-2:])


_NOT_PLACE_AFTER = re.compile(rf"(?:/|[ \t]*-[ \t]*TTXVN|[ \t]+[{_UP}][{_LOW}]*[ \t]+[{_UP}])")


@dataclass(slots=True)
class _Raw:
    """One candidate mention before resolution."""

    start: int
    end: int
    name: str  # as written (or designation for numbered units)
    level: str | None  # None for bare names (decided by the gazetteer)
    tier: int  # 0 = "thành phố" of either tier; 4 = village; -1 = unknown (bare)
    implicit: bool = False
    respelled: bool = False  # found only under another spelling ("Đác Hà" for Đăk Hà)
    group: int = -1  # list group
    strict: bool = False  # must be found in the gazetteer (committees, bare names)
    numbered: bool = False
    parent: _Raw | None = None
    unit: Unit | None = None
    ambiguous: bool = False
    keep: bool = True
    era: str | None = None  # the vintage the text marks it with ("xã Ba Lòng (cũ)": 2024)
    located: bool = False  # a bare district read only from a locative: no article's district


def _title(name: str) -> str:
    """Title-case an all-capitals name ("SƠN LA" → "Sơn La"); keep others as written."""
    if name.isupper() and len(name) > 3 and name not in ("HCM",):
        return " ".join(w[:1] + w[1:].lower() for w in name.split(" "))
    return name


def _tokens(name: str) -> list[str]:
    return [t for t in _SEPARATORS.split(name) if t]


_ONE_APOSTROPHE = str.maketrans("’ʼ", "''")


@functools.lru_cache(maxsize=200_000)
def _key(name: str) -> str:
    return fold(name.translate(_ONE_APOSTROPHE))


class _Lexicon:
    """Gazetteer name keys grouped for the recogniser."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.max_tokens = 1
        self.known: set[str] = set()
        for unit in gaz:
            for name in unit.names:
                self.known.add(fold(name))
                self.max_tokens = max(self.max_tokens, len(_tokens(name)))
        self.known.update(a for u in gaz for a in u.aliases)
        # names written without diacritics ("huyện Dakrong"), matched as the gazetteer does
        self.loose = {fold_loose(name) for unit in gaz for name in unit.names}
        self._cache: dict[str, tuple[Unit, ...]] = {}
        self.province_of = {u.id: gaz.province(u.id) for u in gaz}
        # what a mention of the unit weighs in the vote for the article's province
        self.province_vote = {
            uid: (p.name, 2 if p.id == uid else 1) for uid, p in self.province_of.items()
        }
        # keys of the beginnings of names of two or more syllables ("cái" of "Cái Dầu")
        self.heads = {
            fold(" ".join(toks[:k]))
            for u in gaz
            for n in u.names
            for toks in (_tokens(n),)
            for k in range(1, len(toks))
        }
        self.first_tokens = {fold(_tokens(n)[0]) for u in gaz for n in u.names if _tokens(n)}
        # names joined by a spaced dash ("Bà Rịa - Vũng Tàu"), which the bare-name runs split:
        # (left part, right part, name), looked for around the text's dashes
        dashed = {n for u in gaz for n in u.names if " - " in n}
        self.dashed = sorted(
            ((n.split(" - ", 1)[0], n.split(" - ", 1)[1], n) for n in dashed),
            key=lambda parts: -len(parts[2]),
        )

    def units(self, name: str) -> tuple[Unit, ...]:
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = tuple(self.gaz.lookup(name.translate(_ONE_APOSTROPHE)))
        return found


@functools.cache
def _lexicon() -> _Lexicon:
    return _Lexicon(load())


def _longest_known(lex: _Lexicon, tokens: list[str], start: int = 0) -> int:
    """Length of the longest token run from ``start`` that is a gazetteer name (0 if none)."""
    for n in range(min(len(tokens) - start, lex.max_tokens), 0, -1):
        run = " ".join(tokens[start : start + n])
        if _key(run) in lex.known:
            return n
        if fold_loose(run) in lex.loose and not has_diacritics(run):
            return n
    return 0


@functools.lru_cache(maxsize=100_000)
def _cut_name(name: str) -> tuple[str, bool]:
    """The place name at the start of a capitalised run, and whether the gazetteer knows it."""
    lex = _lexicon()
    tokens = _tokens(name)
    titled = [_title(t) if t.isupper() and len(t) > 1 else t for t in tokens]
    n = _longest_known(lex, titled)
    rest = titled[n:]
    if (
        n == 2
        and len(rest) == 1
        and titled[0] in _SURNAMES
        and not _ends_name(rest)
        and rest[0] not in _VILLAGE_QUALIFIERS
    ):
        # "Chủ tịch UBND xã Đinh Văn Tú": a person's three syllables, though "Đinh Văn" is a
        # unit's name (a village's qualifier goes on with it: "thôn Hồ Sen Hạ")
        return _cut_unknown(name, tokens, titled, n)
    if n and (n >= 2 or not rest or _ends_name(rest)):
        return _join_like(name, tokens, n), True
    return _cut_unknown(name, tokens, titled, n)


# what follows a commune's name in its villages' names: a position, new or old, a people
# ("Tả Van Giáy"), a letter
_VILLAGE_QUALIFIERS = _words(
    """Thượng Hạ Trên Dưới Giữa Trong Ngoài Mới Cũ Đông Tây Nam Bắc Nội Ngoại Trung Tiền Hậu
    Mông Dao Giáy Thái Tày Nùng Mường"""
)


# a lower-case word right after a name that goes on the name's last word, not a verb's or a
# link's: "Tết này", "Nhà nước", "Giáo xứ", "Sáng nay"; or a hyphen or digit glued to it
# ("Covid-19")
# names joined by a spaced dash after "liên" (across units): "liên huyện A - B"
_JOINED_BY_DASH = re.compile(r"[ \t]+[-–][ \t]+")
_LIEN = re.compile(r"(?<![\w])[Ll]iên[ \t]+$")
_PHRASE_GOES_ON = re.compile(
    r"[-\d]|[ \t]+(?!(?:có|đã|được|là|đạt|thuộc|và|với|nằm|gồm|tổ|ra|vừa|hiện|cũng|sẽ|đang|mới"
    r"|trở|xã|phường|huyện|thị|tỉnh|thành|trước|sau|bị|còn|ở|tại|cách|giáp|do|chỉ|vẫn"
    r"|không|chưa|luôn|từ|đến|theo|về|cùng|cho|thì)(?![\w]))[" + _LOW + r"]"
)
# capitalised words after a village's name that open the next phrase: titles, times of day
_NOT_A_THIRD_SYLLABLE = _words(
    "Trưởng Chi Sáng Chiều Trưa Tối Đêm Năm Tháng Hôm Mùa Dự Lễ Hội Đoàn Tổ Xóm Khu Phố Già"
)


def _cut_level_name(name: str, tier: int, *, phrase_ends: bool = True) -> tuple[str, bool]:
    """``_cut_name`` after a level word of ``tier``. No village is in the gazetteer: a
    commune's name at the start of a village's goes on with a qualifier ("ấp Mỹ Thạnh A2",
    "bản Na Lay Dưới", "thôn Lũng Cú Hạ"), not with another name ("bản Pá Khoang Huyện …")."""
    cut, known = _cut_name(name)
    if known and tier >= 4 and len(cut) < len(name):
        tokens = _tokens(name)
        used = len(_tokens(cut))
        more = 0
        while used + more < len(tokens) and (
            tokens[used + more] in _VILLAGE_QUALIFIERS
            or (len(tokens[used + more]) == 1 and tokens[used + more].isupper())
        ):
            more += 1
        if more:  # the commune's name and a qualifier: still a name the gazetteer vouches for
            return _join_like(name, tokens, used + more), True
        if used == 2 and len(tokens) == 3 and phrase_ends and not _ends_name(tokens[2:]):
            # a third syllable of the village's own: "thôn Trung Hòa Tiến" (not "Trung Hòa");
            # not a level word, a title, a time word or a unit's name ("làng Kim Long Huế")
            last = tokens[2]
            if not (
                last.lower() in _LEVELS
                or last in _FUNCTION
                or last in _STOP_FIRST
                or last in _NOT_A_THIRD_SYLLABLE
                or _key(last) in _lexicon().known
            ):
                return name, False
    return cut, known


def _cut_unknown(name: str, tokens: list[str], titled: list[str], n: int) -> tuple[str, bool]:
    """The name at the start of a run whose beginning is no gazetteer name (``n`` = 0), or is one
    that does not fit the level written before it (``n`` = -1)."""
    lex = _lexicon()
    # unknown name: stop before words that start a new phrase, at most four syllables
    out: list[str] = []
    for i, tok in enumerate(titled):
        if i and (_ends_name(titled[i:]) or len(out) >= 4):
            break
        out.append(tok)
    if len(out) == 1 and n == 1:
        return _join_like(name, tokens, 1), True
    glued = _split_glued(lex, titled[: len(out)]) if n >= 0 else 0
    if glued:
        return name[: _offset_of(name, tokens, len(out) - 1) + glued], True
    return _join_like(name, tokens, len(out)), False


def _ends_name(rest: list[str]) -> bool:
    """Whether the capitalised words ``rest`` start something else than the name before."""
    first = rest[0]
    # capitals start an abbreviation ("UBND"); one capital letter is a syllable ("Đak Ơ", "Ia O")
    acronym = first.isupper() and len(first) > 1
    return first in _STOP_NEXT or (first in _SURNAMES and len(rest) >= 3) or acronym


def _split_glued(lex: _Lexicon, tokens: list[str]) -> int:
    """A known name glued to the next lower-case word ("Hà Tĩnhvề"): length kept of the last.
    The word glued on must be a frequent one ("về", "và", "ngày"): "Ban" is not xã Ba + "n"."""
    last = tokens[-1]
    head = " ".join(tokens[:-1])
    for cut in range(len(last) - 1, 1, -1):
        if last[cut].islower() and _key(f"{head} {last[:cut]}".strip()) in lex.known:
            rest = last[cut:]
            if any(is_common_syllable(rest[:k]) for k in range(2, min(len(rest), 7) + 1)):
                return cut
    return 0


def _offset_of(name: str, tokens: list[str], index: int) -> int:
    pos = 0
    for tok in tokens[:index]:
        pos = name.index(tok, pos) + len(tok)
    return name.index(tokens[index], pos)


def _join_like(name: str, tokens: list[str], n: int) -> str:
    """The first ``n`` tokens of ``name`` with the separators as written."""
    pos = 0
    for tok in tokens[:n]:
        pos = name.index(tok, pos) + len(tok)
    return name[:pos]


def _scan(text: str, lex: _Lexicon) -> list[_Raw]:
    raws: list[_Raw] = []
    group = 0
    word_chars = _WORD_CHARS
    taken_until = 0
    heads = _HEAD_SCAN.finditer(text)
    if "HCM" in text:
        heads = heapq.merge(heads, _HCM_SCAN.finditer(text), key=lambda m: m.start())
    for m in heads:
        start, head = m.start(), m.group()
        if start < taken_until:
            continue  # inside the name or list of the mention before ("Xã Bản Khoang")
        if raws:
            taken_until = max(taken_until, raws[-1].end)
            if start < taken_until:
                continue
        if start and text[start - 1] in _WORD_CHARS:
            continue  # inside a word
        after = m.end()
        if (
            after < len(text)
            and text[after] in _WORD_CHARS
            and not head.isupper()
            and not (text[after].isupper() or text[after].isdigit())
        ):
            continue  # "Thông", not "thôn"
        group += 1
        abbr = _ABBREVIATIONS.get(head)
        if abbr in ("hcm", "tp") and _MEDIA_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Báo Công an TP.HCM": a newspaper's name
        if abbr == "hcm":
            if after < len(text) and text[after] in _WORD_CHARS:
                continue
            raws.append(_Raw(start, after, "Hồ Chí Minh", "thành phố", 1, group=group))
            continue
        if abbr in ("x", "t") and not _BEFORE_SHORT_LEVEL.search(text, max(0, start - 12), start):
            continue  # "Nguyễn T. Hà Giang", "Ảnh: T. Hà", "IX. …": an initial, a heading
        if abbr in ("q", "p", "h", "x", "t"):
            initial = _INITIAL_BEFORE.search(text, max(0, start - 16), start)
            if (
                initial is not None and (initial["family"] or "Nguyễn") in _SURNAMES
            ) or _INITIAL_AFTER.match(text, after):
                continue  # "P.V.T (28 tuổi)", "Nguyễn Văn P. Thắng": a person's initials
        if abbr in ("q", "p", "h", "x", "t"):
            level, tier = _LEVELS[abbr]
            f = _QP_FOLLOW.match(text, after) if abbr != "h" else None
            if f is not None:
                designation = f"{level.capitalize()} {int(f.group('num'))}"
                raws.append(
                    _Raw(start, f.end(), designation, level, tier, group=group, numbered=True)
                )
                continue
            # "Q.Phú Nhuận", "P. Bến Nghé", "H. Gio Linh": only names the gazetteer knows
            # (an initial before a person's name is no level word)
            f = _INITIAL_FOLLOW.match(text, after)
            if f is not None:
                raws.extend(_named(text, start, f, False, level, tier, lex, group, strict=True))
            continue
        if abbr is not None:
            f = _ABBR_FOLLOW.match(text, after)
            written = f.group("name") if f is not None else ""
            if written.isupper() and len(written) <= 4 and not written.startswith("HCM"):
                continue  # "TT TU", "TT. HĐND": Thường trực of a committee, no thị trấn Tư
            if f is not None:
                level, tier = _LEVELS[abbr]
                raws.extend(_named(text, start, f, False, level, tier, lex, group, strict=False))
            continue
        low = head.lower().replace("uỷ", "ủy")
        if low in _COMMITTEES:
            f = _COMMITTEE_FOLLOW.match(text, after)
            if f is not None:
                level, tier = _COMMITTEES[low]
                raws.extend(_named(text, start, f, False, level, tier, lex, group, strict=True))
            continue
        if low in ("thị xã", "thị trấn") and _URBAN_BEFORE.search(text, max(0, start - 4), start):
            # "Phòng Kinh tế, Hạ tầng và Đô thị xã Đức Trọng", "chỉnh trang đô thị xã X": the
            # noun "đô thị", then the commune's level word
            start, head = start + 4, head[4:]
            low = head.lower()
        level, tier = _LEVELS[low]
        f = _LEVEL_FOLLOW.match(text, after)
        if f is None:
            continue
        if level == "bản" and _NOT_VILLAGE_BAN.search(text, max(0, start - 12), start):
            continue
        if head[0].isupper() and low in _OPENING_SENTENCE_ONLY and not _COMMUNE_NEXT.match(
            text, f.end()
        ):
            continue  # only with its commune after it: "Plei Ia Ro, xã Ia Khươl" (not "Bon Jovi")
        if level == "sóc" and not _COMMUNE_NEXT.match(text, f.end()):
            # "sóc" names a hamlet with its commune after it ("sóc Tà Biệt, xã Lương Phi");
            # else it is to care ("chăm sóc Mẹ …", "săn sóc"), a squirrel ("sóc Đông Dương")
            continue
        if (tier >= 4 or level == "xã") and _villages_in_general(text, start):
            continue  # "các buôn làng Tây Nguyên", "thôn bản", "làng xã": villages in general
        if (
            low in ("bản", "làng", "ấp")
            and head[0].isupper()
            and _LANDMARK_BEFORE.search(text, max(0, start - 16), start)
            and not _COMMUNE_AFTER.match(text, f.end())
        ):
            continue  # "thác Bản Giốc", "Chiến thắng Ấp Bắc": a landmark's or a battle's name
        if tier >= 4 and _VILLAGE_TITLE.search(text, max(0, start - 10), start):
            elder = _VILLAGE_ELDER.search(text, max(0, start - 14), start)
            if elder or _persons_name(f.group("name")):
                continue  # "già làng A Bảo", "Trưởng thôn Hồ Văn Nam": a person's title
        if level == "thôn" and _RURAL.search(text, max(0, start - 8), start):
            continue  # "Phát triển nông thôn Hà Nội", "nông thôn mới Hà Tĩnh": the countryside
        if level == "xã" and _COOPERATIVE.search(text, max(0, start - 12), start):
            continue  # "Hợp tác xã Việt Nam", "hợp tác xã Tân Phú", "Thông tấn xã Việt Nam"
        numeral = roman_numbered(level, f.group("name") or "") is not None
        if head[0].isupper() and not numeral and _starts_unit_name(lex, text, head, f):
            continue  # "Buôn Ma Thuột", "Bản Lầu": a unit's name, read as a bare name below
        if f.group("num") is not None:
            if level in _NUMBERED:
                raws.extend(_numbered(text, start, f, level, tier, group, lex))
            continue
        glued = f.start("name") == after and head.isupper()
        # a level word of several words each capitalised ("Thành Phố", "Tổ Dân Phố") is a
        # headline's: every word is capitalised there, so only names the gazetteer knows
        titled = " " in head and not head.isupper() and all(w[:1].isupper() for w in head.split())
        titled = titled or (head[:1].isupper() and _in_title_case_line(text, start))
        colon = f.group("colon") is not None
        raws.extend(
            _named(text, start, f, colon, level, tier, lex, group, strict=glued or titled)
        )
    # "các xã vùng đồng bào dân tộc thiểu số như A, B, C": a plural level word, a few
    # lower-case words that qualify it, then its list
    for m in _QUALIFIED_LIST.finditer(text):
        start = m.start("level")
        if any(r.start < m.end() and start < r.end for r in raws):
            continue
        f = _LEVEL_FOLLOW.match(text, m.end())
        if f is None or f.group("name") is None:
            continue
        level, tier = _LEVELS[m.group("level").lower()]
        inner = _INNER_LEVEL.findall(m.group("qual"))
        if inner:
            # another level word among the qualifiers ("các xã thuộc các huyện miền núi như A,
            # B"): the nearer, if the gazetteer knows the first name at it
            first, _ = _cut_level_name(f.group("name"), tier)
            other_level, other_tier = _LEVELS[inner[-1]]
            if _fits_level(lex, first, other_level, other_tier):
                level, tier = other_level, other_tier
        group += 1
        # the first mention is its name: the qualifying words are no part of it
        raws.extend(_named(text, f.start("name"), f, True, level, tier, lex, group, strict=False))
    raws.sort(key=lambda r: r.start)
    # bare names joined by a spaced dash, then the others; not inside a span a level-word
    # mention (or its list) already took
    covered = sorted([(r.start, r.end) for r in raws])
    for dash in _SPACED_DASH.finditer(text):
        for left, right, name in lex.dashed:
            start, end = dash.start() - len(left), dash.end() + len(right)
            if (
                text.startswith(left, start)
                and text.startswith(right, dash.end())
                and not (start and text[start - 1] in word_chars)
                and not (end < len(text) and text[end] in word_chars)
                and not any(a < end and start < b for a, b in covered)
            ):
                raws.append(_Raw(start, end, name, None, -1, implicit=True, strict=True))
                break
    taken = sorted([(r.start, r.end) for r in raws])
    starts = [a for a, _ in taken]
    ends = [b for _, b in taken]
    n_taken = len(taken)
    for m in _RUN_SCAN.finditer(text):
        if m.group() == "Huế" and not _hue_is_the_city(text, m.start()):
            continue
        spans = _known_spans(m.group())
        if m.start() and text[m.start() - 1] in word_chars:
            continue
        if not spans:
            former = _former_province_in(lex.gaz, m.group())
            if former is not None:  # "Thừa Thiên Huế" without "tỉnh": the province's old name
                start, end = m.start() + former[0], m.start() + former[1]
                last, last2 = _words_before(text, start)
                if last in _NOT_PLACE_BEFORE or last2 in _NOT_PLACE_BEFORE:
                    continue  # "Báo Thừa Thiên Huế", "Đài Phát thanh và Truyền hình …"
                if not any(a < end and start < b for a, b in taken):
                    raws.append(_Raw(start, end, text[start:end], "tỉnh", 1, implicit=True))
            continue
        if _IN_SYMBOL.search(text, max(0, m.start() - 3), m.start()):
            continue  # "01-KL/TU, ngày 5/3": a document's symbol, not xã Tư
        base = m.start()
        for offset, length in spans:
            start, end = base + offset, base + offset + length
            i = bisect.bisect_right(starts, start) - 1
            if (i >= 0 and ends[i] > start) or (i + 1 < n_taken and starts[i + 1] < end):
                continue
            name, end = _extend_lower(text, lex, text[start:end], end)
            if name in _WORD_NAMES and not _placed_word(text, start, end):
                continue  # "Hòa Bình là khát vọng …", "vì Hòa Bình": peace, not the province
            raws.append(_Raw(start, end, name, None, -1, implicit=True, strict=True))
    return raws


# units named with words of the language ("Hòa Bình": peace; "Thống Nhất": unity): written
# without their level word, they are not places where the word's sense is plain — after
# words that take the idea ("vì Hòa Bình", "khát vọng Hòa Bình", "Giải thưởng Hòa Bình")
# or before "và hữu nghị"
_WORD_NAMES = frozenset(
    ["Hòa Bình", "Thái Bình", "Thống Nhất", "Độc Lập", "Hạnh Phúc", "Bình Minh", "Đoàn Kết",
     "Thắng Lợi", "Quyết Thắng", "Tiến Bộ", "Hữu Nghị", "Tự Do", "Dân Chủ", "Đại Đồng"]
)
_WORD_SENSE_BEFORE = frozenset(
    ["vì", "vọng", "thưởng", "nền", "giữ", "chuộng", "vệ", "nobel", "lập", "thống", "hữu",
     "nghị", "tinh", "thần", "ước", "mơ", "tình", "khúc", "ca", "bồ", "câu", "chim", "biểu"]
)
_WORD_SENSE_AFTER = re.compile(r"[ \t]+(?:và|,)[ \t]*(?:hữu nghị|Hữu nghị|độc lập|thịnh vượng)")


def _placed_word(text: str, start: int, end: int) -> bool:
    last, last2 = _words_before(text, start)
    written = text[max(0, start - 20) : start].split()
    if last == "vì" and (last2 == "bởi vì" or written[-1] == "Vì"):
        return True  # "Vì Hòa Bình có nhiều đồi núi …", "bởi vì …": because, not for peace
    return last not in _WORD_SENSE_BEFORE and not _WORD_SENSE_AFTER.match(text, end)


# a number followed by what it counts is not a unit's number ("phường 3 năm liền", "7a, 49 hộ");
# a level word after it counts units ("thôn 3 xã vùng cao") unless it opens the next unit's
# name ("thôn 3 xã Ba Lòng", "tổ dân phố số 7 phường 11": the village's commune)
# what a number counts ("3 thôn", "12 tổ"), so no unit's number; "Quận 10 tổ chức …" is the
# verb "tổ chức"
_COUNTED = re.compile(
    r"[ \t]*(?:(?:năm|tháng|ngày|tuần|người|hộ|nhân khẩu|lần|km|ha|m2|tỷ|triệu|nghìn|ngàn|đồng|"
    r"đơn vị|cán bộ|học sinh|%)(?![\w])"
    r"|(?:xã|phường|thôn|tổ)(?![\w])(?![ \t]+(?:[" + _UP + r"]|\d|chức(?![\w]))))"
)
# "xã" as the last syllable of a word: a cooperative ("hợp tác xã"), the news agency
# ("Thông tấn xã Việt Nam")
_RURAL = re.compile(r"(?<![\w])nông[ \t]+$", re.IGNORECASE)
_COOPERATIVE = re.compile(r"(?:hợp[ \t]+tác|thông[ \t]+tấn)[ \t]+$", re.IGNORECASE)
# a village's or commune's word right before another: the pair is a common noun
_VILLAGE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?<![Gg]ià )(?P<word>(?:buôn|bản|thôn|làng|xóm|phum|sóc|ấp|xã))[ \t]+$",
    re.IGNORECASE,
)


def _villages_in_general(text: str, start: int) -> bool:
    """Whether a village's or commune's word comes right after another ("buôn làng", "thôn
    bản", "Làng xã" opening a sentence): the pair is a common noun. Not after a name's last
    syllable ("thôn Hạ Thôn xã …") nor a word's ("cơ bản xã …", "văn bản xã …")."""
    before = _VILLAGE_WORD_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    word = before.group("word")
    opening = not text[: before.start()].rstrip(" \t")[-1:].isalnum()
    if not (word.islower() or (word[0].isupper() and word[1:].islower() and opening)):
        return False
    at = before.start()
    if word.lower() == "thôn" and _RURAL.search(text, max(0, at - 8), at):
        return False  # "phát triển nông thôn xã Mường Bú": the countryside, then the commune
    return not (word.lower() == "bản" and _NOT_VILLAGE_BAN.search(text, max(0, at - 12), at))


def _persons_name(name: str | None) -> bool:
    """Whether a name after a village head's title is the person's ("Trưởng thôn Hồ Văn Nam"),
    not the village's ("trưởng thôn Đoàn Kết"): a family name and a middle name, or three
    syllables from a family name."""
    words = (name or "").split()
    return bool(words) and words[0] in _SURNAMES and (
        len(words) >= 3 or (len(words) > 1 and words[1] in ("Văn", "Thị"))
    )
# a landmark or an event whose proper name begins with a village's word
_LANDMARK_BEFORE = re.compile(
    r"(?<![\w])(?:thác|[Cc]hiến thắng|trận|khu du lịch|khu di tích|di tích|đền|chùa|đình|núi|hồ)"
    r"[ \t]+$"
)
# the commune a village is in, written after it: a village, no landmark ("chùa Làng Mới, xã …")
_COMMUNE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:xã|phường|thị trấn)[ \t]")
# a title of a village's head or elder, before its village word
_VILLAGE_TITLE = re.compile(r"(?<![\w])(?:già|trưởng|phó)[ \t]+$", re.IGNORECASE)
# (not the elderly: "người già làng Kép")
_VILLAGE_ELDER = re.compile(r"(?<![\w])(?<!người )(?<!Người )(?<!cụ )già[ \t]+$", re.IGNORECASE)
_NOT_VILLAGE_BAN = re.compile(
    r"(?:văn|cơ|phiên|nhật|tái|nguyên|căn|kịch|kinh|dự thảo|hồ sơ|văn kiện|bản)[ \t]*$"
    # minutes ("lập biên bản 17 trường hợp"), not the border ("vùng biên") nor "Điện Biên"
    r"|(?<![\w])(?<!vùng )(?<!miền )(?<!nơi )(?<!Vùng )(?<!Điện )(?-i:[Bb]iên)[ \t]*$",
    re.IGNORECASE,
)


_IN_SYMBOL = re.compile(r"(?:/|[A-ZĐ\d][-–])$")
_SPACED_DASH = re.compile(r"[ \t]+[-–][ \t]+")
_GLUED_NUMBER = re.compile(r"\d{1,2}(?![\w/\-–])")
_VILLAGE_NUMBER = re.compile(
    r"[ \t]+(\d{1,3}[a-zA-Z]?)(?![\w/\-–:]|[.,]\d|[ \t]*[/\-–][ \t]*\d)"
)


def _plural_before(text: str, start: int) -> bool:
    return bool(_PLURAL.search(text, max(0, start - 12), start))


_LINE_WORDS = re.compile(rf"[{_WORD}]+")


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a headline in Title Case (most of its six or more words
    capitalised), where a capitalised word after a level word is no evidence of a name:
    "Hội Liên Hiệp Phụ Nữ Tỉnh Phối Hợp Tuyên Truyền"."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = _LINE_WORDS.findall(text, start, end if end >= 0 else len(text))
    if len(words) < 6:
        return False
    capitals = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    return capitals >= 0.8 * len(words)


def _numbered(
    text: str, start: int, m: re.Match[str], level: str, tier: int, group: int, lex: _Lexicon
) -> list[_Raw]:
    so = "số " if m.group("num").lower().startswith("số") else ""
    designation = level[0].upper() + level[1:] + " " + so

    def make(num: str, start: int, end: int) -> _Raw:
        digits = re.sub(r"^(?:[sS]ố[ \t]*)?0*", "", num) or "0"
        return _Raw(start, end, designation + digits, level, tier, group=group, numbered=True)

    if _COUNTED.match(text, m.end()):
        return []
    run = _UPPER_RUN.match(text, m.end()) if not so else None
    if run is not None:
        # a ward of 2025 named by a number and its former city: "phường 1 Bảo Lộc"
        words = list(re.finditer(r"\S+", run.group()))
        k = lex.gaz.named_with_number(m.group("num"), [w.group() for w in words], level)
        if k:
            name = " ".join([m.group("num").lstrip("0") or "0", *(w.group() for w in words[:k])])
            return [_Raw(start, m.end() + words[k - 1].end(), name, level, tier, group=group)]
    out = [make(m.group("num"), start, m.end())]
    pos = m.end()
    while True:
        nxt = _LIST_NEXT.match(text, pos)
        if nxt is None or not nxt.group("sep").strip():
            break
        if nxt.group("name") is not None:
            # the list goes on with names the gazetteer knows at that level ("các phường 1, 5,
            # Đông Lương, Đông Lễ"), which go on as a list of names
            if tier < 4 and _plural_before(text, start):
                at = nxt.start("name")
                names = _named(text, at, nxt, False, level, tier, lex, group, strict=False)
                out.extend(
                    r
                    for r in names
                    if _fits_level(lex, r.name, level, tier)
                    # not a city or district the numbered units are in ("phường 1, 2, Sa Đéc")
                    and not any(u.tier < tier for u in lex.units(r.name))
                )
            break
        if nxt.group("num").startswith("số") and not so:
            break  # "tổ dân phố số 3, số 6" repeats the "số" it began with; "phường 1, số 2" not
        if _COUNTED.match(text, nxt.end()):
            break  # "tổ dân phố số 7a, 49 hộ"
        out.append(make(nxt.group("num"), nxt.start("num"), nxt.end()))
        pos = nxt.end()
    return out


def _named(
    text: str,
    start: int,
    m: re.Match[str],
    colon: bool,
    level: str,
    tier: int,
    lex: _Lexicon,
    group: int,
    *,
    strict: bool,
) -> list[_Raw]:
    raw_name = m.group("name")
    if raw_name.startswith("HCM") and raw_name[3:4] != "":
        raw_name = "HCM"  # "tuyến TP.HCM - Cần Thơ": the city, then the route's other end
    words = raw_name.split()
    numeral = roman_numbered(level, words[0]) is not None
    capitals = len(words) > 1 and words[0].isupper() and words[1].isupper() and len(words[0]) > 1
    if not numeral and ((raw_name.isupper() and len(raw_name) > 3) or capitals):
        # a heading in capitals (also when a line run into it goes on: "… XÃ HỘI TỈNH QUẢNG
        # TRỊ Số: …"): only names the gazetteer knows
        strict = True
    if tier <= 2 and _REGION.match(text, m.start("name")) and _plural_before(text, start):
        return []
    joined = _JOINED_BY_DASH.split(raw_name)
    if len(joined) > 1 and _LIEN.search(text, max(0, start - 6), start) and not strict:
        # "liên huyện Đăk Glei - Ngọc Hồi", "liên xã Ba Lòng - Hải Phúc": each a unit of the
        # level, which a road or a unit runs across
        base = m.start("name")
        starts = [base, *(base + sep.end() for sep in _JOINED_BY_DASH.finditer(raw_name))]
        out: list[_Raw] = []
        for at, part in zip(starts, joined, strict=True):
            name, known = _cut_level_name(part, tier)
            if name != part or not (known or _acceptable(name, known, tier, strict)):
                break
            out.append(_Raw(at, at + len(name), _title(name), level, tier, group=group))
        if 1 < len(out) == len(joined) <= 3:
            return out
    # (a third syllable is the village's own only where its phrase ends after it: "thôn Trung
    # Hòa Tiến có …", not "thôn Đông Tiến Tết này …")
    phrase_ends = _PHRASE_GOES_ON.match(text, m.end("name")) is None
    name, known = _cut_level_name(raw_name, tier, phrase_ends=phrase_ends)
    roman = roman_numbered(level, name) is not None
    known = known or roman  # "Phường I", numbered as "Phường 6" is: named so below
    if known and not roman and tier < 4 and not _fits_level_or_former(name, level, tier):
        # a gazetteer name of another level is no evidence here: "tỉnh Lê Thanh Hương" (a
        # person after "Chủ tịch UBND tỉnh") is not tỉnh "Lê Thanh" because xã Lê Thanh exists
        tokens = _tokens(raw_name)
        titled = [_title(t) if t.isupper() and len(t) > 1 else t for t in tokens]
        name, known = _cut_unknown(raw_name, tokens, titled, -1)
    inner = _LEVEL_START.match(raw_name) if not known else None
    if inner is not None and _inner_tier(inner.group()) < 4:
        return []  # "1 xã: Phường 1, 2": the next level word speaks for itself
    name_start = m.start("name")
    end = name_start + len(name)
    if not known and name == raw_name:
        longer, end = _extend_lower(text, lex, name, end)
        known, name = longer != name, longer
        if known and _key(name) in lex.heads:
            # "thị trấn Nông trường Mộc Châu": the words begin longer names of the gazetteer,
            # and capitals follow: a name it does not know, not xã "Nông Trường"
            up = _UPPER_RUN.match(text, end)
            if up is not None:
                if strict:
                    return []
                return [_Raw(start, up.end(), name + up.group(), level, tier, group=group)]
    else:
        name, end = _extend_lower(text, lex, name, end)
    name, end, numbered = _village_number(text, name, end, tier)
    if _TITLE_NAME.fullmatch(name) or (
        tier >= 4
        and _ETHNIC_NAME.fullmatch(name)
        and (_plural_before(text, start) or level in _LOWER_ONLY)  # ("có nhiều sóc Khmer")
    ):
        return []  # "đạt Thôn Văn hóa", "Xã An toàn khu"; "những bản Mông": no unit's name
    if not (
        _acceptable(name, known, tier, strict)
        or _village_of_one(text, name, end, tier, strict)
        or (numbered and not strict)
    ):
        return []
    title = roman_numbered(level, name) or _title(name)
    if tier == 0 and _PROVINCES_BEFORE.search(text, max(0, start - 16), start):
        # "các tỉnh, thành phố Thái Nguyên, Cao Bằng": the fixed phrase for the provinces and
        # centrally-run cities, not a city of a province
        tier = 1
    if (
        tier == 0
        and _MAY_CONTINUE.match(text, end)
        and any(u.tier == 1 and u.level == "thành phố" for u in lex.units(name))
    ):
        # a centrally-run city opening a list ("TP.HCM, Bình Dương, Đồng Nai"): a list of
        # provinces and cities, each at the level the gazetteer gives it
        tier = 1
    out = [_Raw(start, end, title, level, tier, group=group, strict=strict)]
    if strict:
        return out
    plural: bool | None = colon or None  # looked at only when a list seems to follow
    # the level words heading the list: "các huyện, thị xã, thành phố: …"
    levels = {level, *_LEVEL_WORD_IN.findall(m.group("colon") or "")} if colon else {level}
    pos = end
    while True:
        if not _MAY_CONTINUE.match(text, pos):
            break
        paren = _PAREN.match(text, pos)
        probe = paren.end() if paren else pos
        bracketed = _bracketed_unit(text, paren, lex) if paren else []
        nxt = _LIST_NEXT.match(text, probe)
        if nxt is None or nxt.group("name") is None or not nxt.group("sep").strip():
            break
        if ";" in nxt.group("sep") and not colon:
            break  # a new clause, not the list
        if _ABBREVIATED_LEVEL.match(nxt.group("name")):
            break  # "(nay là xã Vĩnh Hải, TP Cần Thơ)": the next unit's abbreviated level
        listed = nxt.group("name")
        if _LEVEL_START.match(listed) and not (
            _VILLAGE_NAME_START.match(listed)
            and (tier >= 4 or _fits_level(lex, _cut_level_name(listed, tier)[0], level, tier))
        ):
            # the next unit's level word; in a list of villages "Bản Lình" is a name, and in
            # one of communes a commune's name the gazetteer knows ("các xã Bản Giang, Bản Hon")
            break
        if tier >= 4 and _VILLAGE_NAME_START.match(nxt.group("name")):
            # "Bản Đồng": one name, not xã "Bản" and then "Đồng"
            run = nxt.group("name")
            item, item_known = _join_like(run, _tokens(run), min(len(_tokens(run)), 4)), False
        else:
            item, item_known = _cut_level_name(nxt.group("name"), tier)
            item_known = item_known or roman_numbered(level, item) is not None
        if plural is None:
            plural = _plural_before(text, start)
        item_end = nxt.start("name") + len(item)
        item, item_end, item_numbered = _village_number(text, item, item_end, tier)
        if not (plural or item_known) or not (
            _acceptable(item, item_known, tier, False)
            or _village_of_one(text, item, item_end, tier, False)
            or item_numbered
        ):
            break
        if not plural and not _fits_level(lex, item, level, tier):
            upgraded = _UPGRADED.get(level, ())
            if not (
                "và" in nxt.group("sep")
                and any(_fits_level(lex, item, higher, tier) for higher in upgraded)
                # (not a province's name: "huyện Phú Lộc (Huế) và Quảng Trị")
                and not any(u.tier == 1 for u in lex.units(_title(item)))
            ):
                break
            # "huyện Lạng Giang, Tân Yên và Việt Yên" in a text of 2022: the district the
            # gazetteer lists as the town it became since, under the level the list writes
        if opens_a_body(text, nxt.start("name"), item_end):
            break  # "xã Hòa Bình và Ban Công tác Mặt trận …": a body, not the xã Ban Công
        if not plural and _holders_named(lex, name, level, tier, item):
            break  # "xã Gio Sơn, Gio Linh, Quảng Trị": the commune's address, not a list
        if (
            plural
            and tier in (2, 3)
            and "," in nxt.group("sep")  # ("các phường A, B và Quảng Trị": one more ward)
            and lex.gaz.closes_list(
                item, levels, [(level, name), *((r.level or level, r.name) for r in out[1:])]
            )
        ):
            break  # "các xã Gio Mỹ, Gio Hải, Quảng Trị": their province ends the list
        if not item_numbered:
            item, item_end = _extend_lower(text, lex, item, item_end)
        out.extend(bracketed)  # "các ấp A, B (xã X) và C": the commune in brackets is named too
        item = roman_numbered(level, item) or _title(item)
        out.append(_Raw(nxt.start("name"), item_end, item, level, tier, group=group))
        pos = item_end
    if len(levels) > 1 and tier in (2, 3):
        _levels_of_items(out, levels, tier, lex)
    return out


_LEVEL_WORD_IN = re.compile(r"thành phố|thị xã|thị trấn|huyện|quận|xã|phường")
# capitalised words that open a body's name; and a lower-case word going on from a listed
# name, other than one that joins or ends the list
_BODY_HEADS = _words("Ban Sở Phòng Đảng Ủy Uỷ Cục Viện")  # (not Hội, Trung, Chi: "Hội An")
_BODY_GOES_ON = re.compile(
    rf"[ \t]+(?!(?:và|hoặc|với|cùng|đã|được|có|đều|thuộc|của|là|đang|sẽ|vừa|cũng)(?![{_WORD}]))"
    rf"[{_LOW}]"
)


# a word of several syllables run together: "Savannakhet", "Attapeu", "Bôlykhămxay" (a
# Vietnamese syllable has one group of vowels)
_VOWEL_GROUP = re.compile(
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+"
)


def foreign_province_at(text: str, pos: int) -> int | None:
    """Where the name of a province no gazetteer of Vietnam knows, written at ``pos`` after a
    province's level word, ends: "tỉnh Hủa Phăn", "tỉnh Savannakhet", "tỉnh Xay-ni-a-bu-li"
    (the provinces of Vietnam are all in the gazetteer; a person's name, as in "Chủ tịch UBND
    tỉnh Võ Văn Hưng", is none)."""
    run = _FOREIGN_RUN.match(text, pos)
    if run is None:
        return None
    tokens = run.group().split()
    lex = _lexicon()
    for n in range(len(tokens), 0, -1):
        name = " ".join(tokens[:n])
        if lex.units(_title(name)) or lex.gaz.lookup(name, respell=True):
            return None  # one of ours, spelt as the gazetteer or loosely
    name = tokens[0]
    if len(tokens) == 1 or "-" in name:
        glued = len(_VOWEL_GROUP.findall(name.casefold().replace("qu", "q").replace("gi", "g")))
        if (glued >= 2 and name[1:].islower()) or name.count("-") >= 2:
            return pos + len(name)
        return None
    first = _title(tokens[0]) if tokens[0].isupper() else tokens[0]
    if first in _STOP_FIRST or first in _SURNAMES or tokens[1] in ("Văn", "Thị"):
        return None  # a person's name: "Chủ tịch UBND tỉnh Lại Thế Nguyên"
    return run.end()


_FOREIGN_RUN = re.compile(rf"[{_UP}][{_WORD}'’-]*(?:[ \t]+[{_UP}][{_WORD}'’-]*){{0,3}}")


# the heads of bodies whose first word also begins places' names ("Trạm Tấu", "Trung Hòa", "Chi
# Lăng"): with their second word they are bodies ("các xã A, B, Trạm Y tế xã …")
_BODY_PHRASE = re.compile(
    r"(?:Trạm [Yy] tế|Trung tâm|Chi cục|Chi nhánh|Chi bộ|Hội (?:Nông dân|Liên hiệp|Cựu|Chữ"
    r" thập|Người cao tuổi|Khuyến học))(?![\w])"
)


def opens_a_body(text: str, start: int, end: int) -> bool:
    """Whether a name listed at ``text[start:end]`` opens a body's name that goes on in lower
    case ("xã Hòa Bình và Ban Công tác Mặt trận …"): a body, no unit of the list, though a
    xã Ban Công exists (the agency finder's lists end there too)."""
    return (
        text[start:end].split(" ", 1)[0] in _BODY_HEADS
        and _BODY_GOES_ON.match(text, end) is not None
    ) or _BODY_PHRASE.match(text, start) is not None


def _levels_of_items(out: list[_Raw], levels: set[str], tier: int, lex: _Lexicon) -> None:
    """Units listed under several level words ("các huyện, thị xã, thành phố: Quỳnh Lưu, Hoàng
    Mai, Cửa Lò"): each takes the one of them its name has in the gazetteer at that tier, where
    only one fits."""
    for r in out:
        if r.tier != tier or r.numbered:
            continue
        found = {u.level for u in lex.units(r.name) if u.tier == tier and u.level in levels}
        if len(found) == 1:
            r.level = found.pop()


def _bracketed_unit(text: str, paren: re.Match[str], lex: _Lexicon) -> list[_Raw]:
    """The unit a bracket inside a list names with its level word ("(xã Viên An)"), which the
    list passes over; in no list group, so the list's parent is not its parent."""
    at = text.index("(", paren.start()) + 1
    head = _HEAD_SCAN.match(text, at)
    if head is None or head.group().lower() not in _LEVELS:
        return []
    follow = _LEVEL_FOLLOW.match(text, head.end())
    if follow is None or follow.group("name") is None:
        return []
    level, tier = _LEVELS[head.group().lower()]
    found = _named(text, at, follow, False, level, tier, lex, -1, strict=False)
    return [r for r in found if r.end <= paren.end()]


# the country's regions, after a level word in the plural: "các tỉnh Tây Bắc", "các tỉnh Đồng
# bằng sông Cửu Long", "các tỉnh Bắc Trung Bộ" name provinces of a region, no province
_REGION = re.compile(
    r"(?:Tây Bắc|Đông Bắc|Tây Nguyên|(?:Bắc |Nam |Đông |Tây )?(?:Trung Bộ|Nam Bộ|Bắc Bộ)"
    r"|Đồng [Bb]ằng|Duyên [Hh]ải[ \t]+(?:[Mm]iền|Nam|Bắc|Trung)|Miền (?:Bắc|Trung|Nam|Tây|Đông)"
    r"|ĐBSCL)(?![\w])"
)

# titles a unit earns, written after its level word with a lower-case second syllable
# ("Thôn Văn hóa", "Tổ dân phố Văn minh", "Xã An toàn khu"): no unit's name, though the
# gazetteer has a xã "Văn Hóa" (named so, in capitals)
_TITLE_NAME = re.compile(
    r"(?:Văn hóa|Văn minh|An toàn(?: khu)?|Kiểu mẫu|Sạch đẹp|Tiên tiến|Điển hình|Xuất sắc"
    r"|Nông thôn(?: mới)?|Đô thị|Trọng điểm|Anh hùng)"
)
# peoples, after a plural village word: "những bản Mông, các buôn Ê Đê" describe villages
_ETHNIC_NAME = re.compile(
    r"(?:Mông|H'Mông|Hmông|Ê Đê|Ê-đê|Êđê|Khmer|Khơ-me|Dao|Thái|Tày|Nùng|Mường|Vân Kiều|Pa Kô"
    r"|Gia Rai|Jrai|Ba Na|Bahnar|M'nông|Xơ Đăng|Cơ Tu|Chăm|Hoa|Kinh|Bru|Khơ Mú|Lào|Lô Lô)"
)
# a village's name may begin with a village word written with a capital ("thôn Bản Lình")
_VILLAGE_NAME_START = re.compile(r"(?:Bản|Làng|Buôn|Xóm|Ấp|Nà|Khe)[ \t]+[" + _UP + r"]")


_URBAN_BEFORE = re.compile(r"(?<![\w])[Đđ]ô[ \t]+$")


def _village_number(text: str, name: str, end: int, tier: int) -> tuple[str, int, bool]:
    """A village's name with the number written after it ("thôn Tân Đi 1", "xóm Sen 2": part
    of the name, not a count), and whether there was one."""
    if tier >= 4:
        glued = _GLUED_NUMBER.match(text, end)
        if glued is not None and len(name) > 2 and name[-2] == " " and name[-1].isupper():
            # "ấp Mỹ Thạnh A2", "khóm Tà Ân A1": a letter and its number, one designation
            return name + glued.group(), glued.end(), True
        numbered = _VILLAGE_NUMBER.match(text, end)
        if numbered is not None and not _COUNTED.match(text, numbered.end()):
            return f"{name} {numbered.group(1)}", numbered.end(), True
    return name, end, False


# what may follow a village's name of one syllable: a list's comma, a clause's end, a bracket,
# the words that say where it is or what it has ("thôn Cựp thuộc xã …", "bản Vây có 80 hộ"),
# what it does ("buôn Mrưn tham gia …", "bản Pe cũng …": a predicate's verb of two syllables, or
# a word that only goes before one, never a name's second syllable as "kết" is in "bản Cam kết")
_AFTER_ONE = re.compile(
    r"[ \t]*(?:[,;.:)(\n]|$|(?:và|thuộc|có|ở|của|nằm|là|đã|đang|vừa|được|nay|giáp|với"
    r"|cũng|đều|vẫn|còn|sẽ|không|chưa|bị|tham gia|triển khai|thực hiện|tổ chức|xây dựng"
    r"|hoàn thành|tiếp tục|trở thành)"
    r"(?![\w])"
    # (its commune right after it: "buôn Kniêt xã Ea Kly")
    rf"|(?:xã|phường|thị[ \t]+trấn)[ \t]+[{_UP}])"
)


def _village_of_one(text: str, name: str, end: int, tier: int, strict: bool) -> bool:
    """A village's name of one syllable ("thôn Cợp, Xa Re", "bản Mạ."), where the words after it
    do not go on with it: "bản Cam kết" is an undertaking."""
    if tier < 4 or strict or " " in name.strip() or len(name) < 2 or name.isupper():
        return False
    word = _title(name)
    if word in _STOP_FIRST or word in _SURNAMES or word in _FUNCTION:
        return False
    return bool(_AFTER_ONE.match(text, end))


@functools.lru_cache(maxsize=10_000)
def _holders_named(
    lex: _Lexicon, name: str, level: str, tier: int, other: str
) -> tuple[Unit, ...]:
    """The units called ``other`` that hold one of the units ``name`` (of ``level``) may be:
    "xã Gio Sơn, Gio Linh" names the commune's district, not a second commune."""
    key = fold(other)
    found: dict[str, Unit] = {}
    for unit in lex.units(_title(name)):
        if _compatible(unit, level, tier):
            for outer in lex.gaz.ancestors(unit.id):
                if any(fold(n) == key for n in outer.names):
                    found[outer.id] = outer
    return tuple(found.values())


def _starts_unit_name(lex: _Lexicon, text: str, head: str, follow: re.Match[str]) -> bool:
    """Whether a capitalised level word and the name after it are together the name of an
    administrative unit (commune level or above) in the gazetteer: "Buôn Ma Thuột" is the city,
    not a village "Ma Thuột"; a lower-case level word keeps its meaning ("buôn Ea Sol")."""
    if not head[:1].isupper() or head.isupper():
        return False
    name = follow.group("name")
    if name is None or follow.group("colon"):
        return False
    if text[follow.start() : follow.start("name")] != " ":
        return False
    tokens = [head, *_tokens(name)]
    n = _longest_known(lex, tokens)
    if n < 2:
        return False
    return any(_LEVELS.get(u.level, ("", 4))[1] < 4 for u in lex.units(" ".join(tokens[:n])))


_MAY_CONTINUE = re.compile(r"[ \t]*(?:[,;&(]|và\b|hoặc\b|với\b)")
_ABBREVIATED_LEVEL = re.compile(r"(?:TP|Tp|TX|Tx|TT|T\.P)(?:\.|[ \t])")
_LEVEL_START = re.compile(rf"(?:{_alternation([*_LEVEL_WORDS, *_COMMITTEE_WORDS])})(?![{_WORD}])")


def _inner_tier(word: str) -> int:
    low = word.lower().replace("uỷ", "ủy")
    return (_COMMITTEES.get(low) or _LEVELS.get(low) or ("", 0))[1]


# the level a unit of a level is raised to (a district made a town, a town a city, a commune a
# ward): a list of older units writes their former level
_UPGRADED = {
    "huyện": ("thị xã",),
    "thị xã": ("thành phố",),
    "xã": ("phường", "thị trấn"),
    "thị trấn": ("phường",),
}


def _fits_level(lex: _Lexicon, name: str, level: str, tier: int) -> bool:
    for unit in lex.units(_title(name)):
        if unit.level == level or (tier == 0 and unit.level == "thành phố"):
            return True
    return False


@functools.lru_cache(maxsize=50_000)
def _fits_level_or_former(name: str, level: str, tier: int) -> bool:
    """Whether a gazetteer name is a unit of the tier of ``level``, or a former unit."""
    lex = _lexicon()
    tiers = (1, 2) if tier == 0 else (tier,)  # Unit.tier: 1 province, 2 district, 3 commune
    if any(unit.tier in tiers for unit in lex.units(_title(name))):
        return True  # "huyện Vinh" (a city since 1927) is still the unit the text means
    # spelt with D for Đ or another apostrophe ("huyện M'Drắk": the district is M'Đrắk, its
    # seat the township M'Drắk)
    key = _d_key(name)
    if any(
        unit.tier in tiers and any(_d_key(n) == key for n in unit.names)
        for unit in lex.gaz.lookup(fold_loose(name))
    ):
        return True
    return bool(lex.gaz.absorbed(_title(name), level))


def _d_key(name: str) -> str:
    return fold(name).replace("đ", "d").replace("’", "'")


@functools.lru_cache(maxsize=50_000)
def _acceptable(name: str, known: bool, tier: int, strict: bool) -> bool:
    tokens = _tokens(name)
    if not tokens:
        return False
    if known:
        return True
    if strict:
        return False
    first = _title(tokens[0]) if tokens[0].isupper() else tokens[0]
    if first in _STOP_FIRST and not (tier >= 4 and first in ("Ông", "Bà")):
        return False  # after a village word "Ông Đồn", "Bà Chăng" are villages' names
    if tier == 1:
        return False  # the provinces are all in the gazetteer: "Chủ tịch HĐND tỉnh Lại Thế
        # Nguyên" names a person, whatever the family name
    if first in _SURNAMES and len(tokens) >= 3:
        return False  # "Chủ tịch UBND huyện Võ Văn Hưng"
    if len(tokens) == 3 and tokens[1] in ("Văn", "Thị"):
        return False  # a person's middle name, whatever the family name: "… tỉnh Lữ Văn Hùng"
    return len(tokens) >= 2  # unlisted names of one syllable are mostly something else


_COMMON_COMPOUND = re.compile(
    r"[ \t](?:thành[ \t]+(?:lập|công|viên|tích|phần|quả|phố|thị|ủy|xã|thôn|bản|phường|tổ"
    r"|khu|huyện|tỉnh|một)|đông[ \t]+(?:dân|đảo|người"
    r"|vui|đúc)|hưng[ \t]+(?:thịnh|phấn)|hiệp[ \t]+(?:lực|hội|định)|trung[ \t]+(?:tâm|bình|thành"
    r"|ương|hạn|tuần)|tây[ \t]+(?:y|nguyên)|nam[ \t]+(?:giới|bộ)|bắc[ \t]+(?:bộ)|an[ \t]+(?:toàn"
    r"|ninh|sinh)|lợi[ \t]+(?:ích|thế)|hòa[ \t]+(?:giải|nhập|bình))(?![\w])"
)


def _extend_lower(text: str, lex: _Lexicon, name: str, end: int) -> tuple[str, int]:
    """Take lower-case syllables that complete a gazetteer name ("Cái dầu", "Lào cai"), and
    capitalised ones after them ("Nông trường Phong Hải")."""
    best = (name, end)
    if _key(name) not in lex.heads:
        return best
    # (a name the gazetteer knows as written goes on with no lower-case word that opens a
    # common word with the next: "xã Tân Hòa thành lập …" is not xã "Tân Hòa Thành", "thôn
    # Tân Phú đông dân" not "Tân Phú Đông"; "xã An Phú tây" is An Phú Tây)
    complete = _key(name) in lex.known
    cur, pos = name, end
    for _ in range(2):
        nxt = _LOWER_NEXT.match(text, pos)
        if nxt is None:
            break
        if complete and _COMMON_COMPOUND.match(text, pos):
            break
        cur, pos = cur + text[pos : nxt.end()], nxt.end()
        if _key(cur) in lex.known and pos > best[1]:
            best = (cur, pos)
        # capitalised syllables after the lower-case ones ("Nông trường Phong Hải")
        longer, at = cur, pos
        while _key(longer) in lex.heads:
            up = _UPPER_NEXT.match(text, at)
            if up is None:
                break
            longer, at = longer + text[at : up.end()], up.end()
            if _key(longer) in lex.known and at > best[1]:
                best = (longer, at)
    return best


def _token_offsets(run: str, tokens: list[str]) -> list[int]:
    """Where each of a run's tokens starts in it."""
    offsets: list[int] = []
    pos = 0
    for tok in tokens:
        pos = run.index(tok, pos)
        offsets.append(pos)
        pos += len(tok)
    return offsets


@functools.lru_cache(maxsize=4)
def _former_province_keys(gaz: Gazetteer) -> frozenset[str]:
    """Keys of provinces' former names ("thuathienhue")."""
    return frozenset(
        entry.split(":", 1)[1]
        for unit in gaz
        if unit.tier == 1 and unit.vintage == "2024"
        for entry in unit.former
        if entry.startswith("tỉnh:")
    )


def _former_province_in(gaz: Gazetteer, run: str) -> tuple[int, int] | None:
    """(start, end) in a capitalised run of a province's former name of two or more
    syllables, which the text may write without its level word ("Thừa Thiên Huế", which
    became thành phố Huế in 2025)."""
    keys = _former_province_keys(gaz)
    folded = fold_loose(run)
    if not any(key in folded for key in keys):
        return None  # (most runs: people, bodies, places of today)
    tokens = _tokens(run)
    if len(tokens) < 2:
        return None
    offsets = _token_offsets(run, tokens)
    for i in range(len(tokens)):
        for n in range(min(4, len(tokens) - i), 1, -1):
            end = offsets[i + n - 1] + len(tokens[i + n - 1])
            name = run[offsets[i] : end]
            if any(u.tier == 1 for u in gaz.absorbed(name, "tỉnh", vintage="2024")):
                return offsets[i], end
    return None


@functools.lru_cache(maxsize=100_000)
def _known_spans(run: str) -> tuple[tuple[int, int], ...]:
    """(offset, length) of the gazetteer names in a capitalised run, longest first."""
    lex = _lexicon()
    tokens = _tokens(run)
    if not any(_key(t) in lex.first_tokens for t in tokens):
        return ()
    offsets = _token_offsets(run, tokens)
    for i in range(len(tokens) - 2):
        if tokens[i] in _SURNAMES and tokens[i + 1] in ("Văn", "Thị"):
            # a person's name from here: "Ông Đinh Văn Hà Nam" (though "Đinh Văn" is a town's)
            tokens = tokens[:i]
            break
    out: list[tuple[int, int]] = []
    # a name inside a longer proper name is not a place ("Thừa Thiên Huế", "Quỹ Hòa Bình",
    # "Nguyễn Thị Hà Giang"): before it in the run only function words, titles, level words
    # and abbreviations ("Tại Hà Nội", "BĐBP Quảng Bình")
    longer = False
    i = 0
    while i < len(tokens):
        n = _longest_known(lex, tokens, i)
        if not n:
            tok = tokens[i]
            longer = longer or not (
                tok in _STOP_FIRST
                or tok in _STOP_NEXT
                or tok in _FUNCTION
                or (tok.isupper() and len(tok) > 1)
            )
            i += 1
            continue
        if longer:
            break
        end = offsets[i + n - 1] + len(tokens[i + n - 1])
        out.append((offsets[i], end - offsets[i]))
        i += n
    if not out and tokens and tokens[0] in _DEPARTMENT_HEADS:
        # a department named with its province after its sector, no level word between:
        # "Sở Công Thương Nghệ An", "Cục Thuế Hà Tĩnh" (the province ends the run)
        for k in range(max(1, len(tokens) - 3), len(tokens)):
            name = " ".join(tokens[k:])
            if _longest_known(lex, tokens, k) == len(tokens) - k and _is_province(name):
                out.append((offsets[k], len(run) - offsets[k]))
                break
    return tuple(out)


_DEPARTMENT_HEADS = frozenset(["Sở", "Cục"])


@functools.lru_cache(maxsize=4096)
def _is_province(name: str) -> bool:
    return any(unit.tier == 1 for unit in _lexicon().gaz.lookup(name))


# --- deciding ---------------------------------------------------------------------------------


_REFORM_PLANNED = "2025-01-01"


# a day written after "ngày" (d/m/yyyy or "d tháng m năm yyyy"), and a document's number right
# before it ("… số 1234/QĐ-UBND ngày 15/8/2025", "… 05-KH/ĐU, ngày …")
_DAY = re.compile(
    r"ngày[^\S\n]+(\d{1,2})(?:[^\S\n]*[/.-][^\S\n]*|[^\S\n]+tháng[^\S\n]+)(\d{1,2})"
    r"(?:[^\S\n]*[/.-][^\S\n]*|[^\S\n]+năm[^\S\n]+)(20\d\d)(?!\d)"
)
_NUMBER_BEFORE_DAY = re.compile(
    r"\d[\w.]*(?:/[\w.&-]+)*[/-][A-ZĐ][\w&.-]*(?:/[\w&.-]+)*[^\S\n]*,?[^\S\n]*\(?[^\S\n]*"
    r"(?:(?:được[^\S\n]+)?ban[^\S\n]+hành[^\S\n]+)?$"
)


def cited_after_reform(text: str) -> str | None:
    """The day of the latest document the text cites, when it was issued on or after the
    reform of 1 July 2025, or of the latest day after it a sentence opens with: a text citing
    it or reporting on it was written after the reform, whatever its date line says or leaves
    out (the day as ISO, or None)."""
    latest = None
    for day in _DAY.finditer(text):
        month, date = int(day.group(2)), int(day.group(1))
        if day.group(3) < SWITCH_DATE[:4] or month > 12 or date > 31:
            continue
        iso = f"{day.group(3)}-{month:02d}-{date:02d}"
        if iso < SWITCH_DATE or (latest is not None and iso <= latest):
            continue
        if _NUMBER_BEFORE_DAY.search(text, max(0, day.start() - 60), day.start()):
            latest = iso
    for day in itertools.chain(_EVENT_DAY.finditer(text), _CLAUSE_DAY.finditer(text)):
        month, date = int(day.group(2)), int(day.group(1))
        if month > 12 or date > 31:
            continue
        iso = f"{day.group(3)}-{month:02d}-{date:02d}"
        if iso > SWITCH_DATE and (latest is None or iso > latest):
            latest = iso  # "Ngày 16/7/2025, HĐND tỉnh … họp": reported after the reform
    return latest


# a day opening a sentence, the day of what it reports: "Ngày 16/7/2025, …", "Sáng 5/8/2025, …"
# (not the reform's own day, which texts of before it announce: "Từ ngày 1/7/2025, …")
# (after the paper's tag, which opens its articles: "(LCĐT) - Sáng 5/11/2025, …", "Baolaocai.vn
# - Ngày …")
_EVENT_DAY = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[^\S\n]*"
    r"(?:(?:\([^()\n]{2,30}\)|[\w.]{2,30})[^\S\n]*[-–—][^\S\n]*)?"
    r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)[^\S\n]+"
    r"(?:nay[^\S\n]+)?(?:\(|ngày[^\S\n]+)?)?(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)\)?[^\S\n]*,"
)
# a day between commas, the day of the clause's verb, after what the subject carries out:
# "Thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 …, ngày 25/8/2025, UBND tỉnh …" (not a
# deadline: "đến ngày …", "trước ngày …" have their word before the day)
_CLAUSE_DAY = re.compile(
    r"(?<=,)[^\S\n]+(?:(?:sáng|chiều|tối|trưa|đêm)[^\S\n]+)?(?:ngày|hôm)[^\S\n]+(\d{1,2})[/.-]"
    r"(\d{1,2})[/.-](20\d\d)[^\S\n]*,[^\S\n]*(?=\w)"
)


def _vintage(raws: list[_Raw], article_date: str | None) -> str:
    if article_date:
        return "2025" if article_date[:10] >= SWITCH_DATE else "2024"
    if any(r.tier == 2 for r in raws if r.level):
        return "2024"
    if any(r.level == "đặc khu" for r in raws):
        return "2025"
    return "2024"


def _compatible(unit: Unit, level: str | None, tier: int) -> bool:
    if level is None:
        return True
    if tier == 0:
        return unit.level == "thành phố"
    if tier == 1:
        return unit.tier == 1
    return unit.tier == tier


def _decide_raw(
    raw: _Raw, vintage: str, province: frozenset[str], district: str | None, only: bool = False
) -> tuple[Unit | None, bool]:
    """:func:`_decide` for one mention, from the candidates its name and level give (``only``:
    of ``vintage`` alone, the article written before the reform was planned)."""
    parent = None
    if raw.parent is not None:
        parent = fold(raw.parent.unit.name if raw.parent.unit else raw.parent.name)
    unit, ambiguous, respelled = _decided(
        raw.name,
        raw.level,
        raw.tier,
        raw.numbered,
        parent,
        raw.era or vintage,
        province,
        district,
        only and raw.era is None,
    )
    if respelled is not None:
        raw.respelled = respelled
    return unit, ambiguous


@functools.lru_cache(maxsize=50_000)
def _decided(
    name: str,
    level: str | None,
    tier: int,
    numbered: bool,
    parent: str | None,
    vintage: str,
    province: frozenset[str],
    district: str | None,
    only: bool = False,
) -> tuple[Unit | None, bool, bool | None]:
    """(unit, ambiguous, respelled or None when not looked at): a pure function of the words
    and the context, so cached across mentions and texts."""
    lex = _lexicon()
    cands, respelled = _candidates(lex, name, level, tier, numbered)
    if only:
        cands = [u for u in cands if u.vintage == vintage]
    unit, ambiguous = _decide(lex.gaz, cands, parent, vintage, province, district)
    if unit is None and not ambiguous and province and level is not None and tier >= 2:
        # none of that level in the province; one whose level changed within its tier is
        # (the text's "huyện Phong Điền" of Thừa Thiên Huế became a thị xã in 2021)
        within = [
            u
            for u in lex.units(name)
            if _compatible(u, level, tier)
            and (u.vintage == vintage or not only)
            # (and in the parent written with it: "phường Thanh Bình của thành phố Biên Hòa" is
            # not the xã Thanh Bình of another district)
            and (parent is None or parent in _ancestor_names(lex.gaz, u))
        ]
        if len(within) > len(cands):
            unit, ambiguous = _decide(lex.gaz, within, parent, vintage, province, district)
    return unit, ambiguous, respelled


_SYLLABLE_BREAK = re.compile(r"[ \t\-]+")


def _same_breaks(written: str, name: str) -> bool:
    """Whether a name spelt another way is that name: it breaks into its syllables where the
    written one does ("Trạm Y" and "Trà My" lose their marks to the same letters, but are other
    words), and no syllable of it bears another tone than the name's has ("Trung Tự" is not
    "Trung Tú"; "Đác Hà" may be "Đăk Hà", one of them toneless). A name written in one word or
    with another count of syllables ("Dakrong", "Đa Krông") passes."""
    ours = [p for p in _SYLLABLE_BREAK.split(written) if p]
    theirs = [p for p in _SYLLABLE_BREAK.split(name) if p]
    if len(ours) != len(theirs):
        return True
    if [len(fold_loose(p)) for p in ours] != [len(fold_loose(p)) for p in theirs]:
        return False
    for a, b in zip(ours, theirs, strict=True):
        ta, tb = _tone(a), _tone(b)
        if ta and tb and ta != tb:
            return False
    return True


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _tone(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if c in _TONES)


def _candidates(
    lex: _Lexicon, name: str, level: str | None, tier: int, numbered: bool
) -> tuple[list[Unit], bool | None]:
    """Gazetteer units (both vintages) whose name and level fit the mention, and whether they
    were found only under another spelling (None: the question did not arise)."""
    respelled = None
    written = lex.units(name)
    units = [u for u in written if _compatible(u, level, tier)]
    if not units and level is not None and not numbered and not any(u.tier == 1 for u in written):
        # another spelling, even where the name as written is another level's ("huyện Phú
        # Quý": the district is spelt Phú Quí, a xã Phú Quý exists); not a province's name
        # ("các huyện Lệ Thủy, Quảng Ninh, Quảng Bình" names no huyện Quang Bình)
        units = [
            u
            for u in lex.gaz.lookup(fold_loose(name))
            if _compatible(u, level, tier) and any(_same_breaks(name, n) for n in u.names)
        ]
        respelled = bool(units)
    if level is not None and tier >= 2:
        exact = [u for u in units if u.level == level]
        units = exact or units
    return units, respelled


@functools.lru_cache(maxsize=4096)
def _province_ids(gaz: Gazetteer, province: str | None) -> frozenset[str]:
    """Ids of the province-level units called ``province`` and of their successors."""
    if province is None:
        return frozenset()
    ids: set[str] = set()
    for unit in gaz.lookup(province):
        if unit.tier == 1:
            ids.add(unit.id)
            ids.update(unit.successors)
    return frozenset(ids)


@functools.lru_cache(maxsize=4096)
def _predecessor_ids(gaz: Gazetteer, province: frozenset[str]) -> frozenset[str]:
    """Ids of the provinces of the old map whose successor is among ``province``."""
    return frozenset(
        u.id
        for u in _lexicon().province_of.values()
        if u.tier == 1 and u.vintage == "2024" and province & set(u.successors)
    )


def _province_name(gaz: Gazetteer, unit: Unit) -> str:
    return _lexicon().province_of[unit.id].name


def _ancestor_names(gaz: Gazetteer, unit: Unit) -> set[str]:
    return {fold(n) for a in gaz.ancestors(unit.id) for n in a.names}


def _decide(
    gaz: Gazetteer,
    cands: list[Unit],
    parent: str | None,
    vintage: str,
    province: frozenset[str],
    district: str | None,
) -> tuple[Unit | None, bool]:
    """The one unit the mention names, or (None, ambiguous?) when the text does not decide.

    The article's vintage is tried first, then the other one (a 2025 article may speak of a
    former district). Below province level a unit outside the article's province is not taken,
    unless the parent written with it places it there ("xã Ba Lòng, huyện Đakrông, tỉnh Quảng
    Trị" in an article about Hà Nội).
    """
    if parent:
        # the parent written with it decides the vintage too: "xã Tân Thành thuộc huyện
        # Hướng Hóa" in a 2025 article is the commune of before the reform
        placed = [u for u in cands if parent in _ancestor_names(gaz, u)]
        cands = placed or cands
    for pool in (
        [u for u in cands if u.vintage == vintage],
        [u for u in cands if u.vintage != vintage],
    ):
        if not pool:
            continue
        # the folded name of the written parent
        written = [u for u in pool if parent in _ancestor_names(gaz, u)] if parent else []
        if written:
            pool = written
            if len(pool) > 1 and province:
                # a parent's name many provinces have ("xã An Hiệp (huyện Châu Thành)"): the
                # one of the article's province, if it has one
                of = _lexicon().province_of
                pool = [u for u in pool if of[u.id].id in province] or pool
        elif province:
            of = _lexicon().province_of
            inside = [u for u in pool if u.tier == 1 or of[u.id].id in province]
            if not inside and any(u.vintage == "2024" for u in pool):
                # a unit of the old map in one of the provinces the article's was formed from:
                # "Ở tỉnh Phú Thọ, thị trấn Đà Bắc …" (of Hòa Bình until 2025)
                former = _predecessor_ids(gaz, province)
                inside = [u for u in pool if of[u.id].id in former]
            if not inside:
                continue
            pool = inside
        if len(pool) > 1 and district:
            names = {fold(district)} | {fold(u.name) for u in gaz.absorbed(district, "huyện")}
            pool = [u for u in pool if names & _ancestor_names(gaz, u)] or pool
        if len(pool) > 1:
            top = [u for u in pool if u.tier == 1]
            pool = top if len(top) == 1 else pool
        if len(pool) == 1:
            return pool[0], False
        return None, True
    return None, False


_OTHERS_TAIL = re.compile(
    r"^[ \t]*,?[ \t]*(?:và|cùng)[ \t]+(?:một[ \t]+số|các|nhiều|những)[ \t]+"
    r"(?:xã|phường|thị[ \t]+trấn|huyện|quận|thị[ \t]+xã|thôn|bản|ấp|tổ[ \t]+dân[ \t]+phố"
    r"|địa[ \t]+phương|đơn[ \t]+vị)[ \t]+khác(?![\w])"
)
_MAP_MARK = re.compile(r"^[ \t]*\([ \t]*(?:mới|cũ)[ \t]*\)")
_PARENT_GAP = re.compile(r"^[ \t]*(?:[,(–-]|thuộc|của)?[ \t]*(?:\(|thuộc|của)?[ \t]*$")
_CHAIN_GAP = re.compile(r"^[ \t]*,?[ \t]*(?:và|hoặc)?[ \t]*$")


def _link_parents(gaz: Gazetteer, text: str, raws: list[_Raw]) -> None:
    """A unit written right after another (", huyện X", "(X)", "thuộc X") of a higher tier
    is its parent, and the parent of the list ("xã A, xã B và xã C (huyện X)") it ends —
    unless the gazetteer has decided both and puts the one outside the other ("thành phố
    Vinh, thành phố Đà Nẵng" lists two cities)."""
    ordered = sorted(raws, key=lambda r: r.start)
    for i in range(len(ordered) - 1):
        r, nxt = ordered[i], ordered[i + 1]
        # (a mark of which map a unit is of is no gap: "xã Ba Lòng (mới), tỉnh Quảng Trị")
        gap = _MAP_MARK.sub("", text[r.end : nxt.start], count=1)
        # (nor is a list's tail of others unnamed: "phường A, B và một số phường khác của …")
        gap = _OTHERS_TAIL.sub("", gap, count=1)
        if len(gap) > 12 or not _PARENT_GAP.match(gap) or _tier_of(nxt) >= _tier_of(r):
            continue
        j = i
        while True:
            member = ordered[j]
            if member.unit is not None and nxt.unit is not None and not _within(
                gaz, member.unit, nxt.unit
            ):
                # the unit of that name the written parent holds, if there is one ("huyện Châu
                # Thành, tỉnh Tiền Giang" in an article about Long An, which has one too)
                held = _held_namesake(gaz, member, nxt.unit)
                if held is None and not _written_chain(text, member, nxt, gap):
                    break
                # none of that name there: the text's parent wins over the gazetteer's unit
                # of the name elsewhere ("huyện Kỳ Sơn, tỉnh Hòa Bình": the one merged in 2019,
                # not Nghệ An's), which is left unresolved
                member.unit = held
            if member.parent is None:
                member.parent = nxt
            if j == 0:
                break
            prev = ordered[j - 1]
            if _tier_of(prev) != _tier_of(r) or not (
                (prev.group == member.group and prev.group >= 0)
                or _CHAIN_GAP.match(text[prev.end : member.start])
            ):
                break
            j -= 1


# another unit after a list's comma or "và": the units before were peers, not a chain
_PEER_AFTER = re.compile(
    r"[ \t]*(?:,|;|và|hoặc)[ \t]*(?:các[ \t]+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
    r"|thị trấn|TP\.?|[" + _UP + r"])"
)


def _written_chain(text: str, member: _Raw, outer: _Raw, gap: str) -> bool:
    """Whether the text writes ``outer`` as ``member``'s parent, not as the next of a list
    of peers ("thành phố Vinh, thành phố Đà Nẵng", "thành phố Vinh, tỉnh Hà Tĩnh và tỉnh
    Quảng Bình"): in brackets or after "thuộc", or both with their level words, different,
    and no peer of ``outer`` after it. Not committees ("Thành ủy Đông Hà, Tỉnh ủy Quảng
    Bình" lists two)."""
    if member.strict or outer.strict:
        return False
    if "(" in gap or "thuộc" in gap:
        return member.level is not None
    if _PEER_AFTER.match(text, outer.end):
        return False
    return (
        member.level is not None
        and outer.level is not None
        and not outer.implicit
        and not member.implicit
        and member.level != outer.level
    )


def _held_namesake(gaz: Gazetteer, raw: _Raw, outer: Unit) -> Unit | None:
    """The one unit of ``raw``'s name and level (its vintage) that ``outer`` holds."""
    unit = raw.unit
    assert unit is not None
    found = [
        u
        for u in gaz.lookup(unit.name)
        if u.level == unit.level and u.vintage == unit.vintage and _within(gaz, u, outer)
    ]
    return found[0] if len(found) == 1 else None


def _within(gaz: Gazetteer, unit: Unit, outer: Unit) -> bool:
    """Whether ``outer`` holds ``unit``, by identity or, across vintages, by name."""
    if any(a.id == outer.id for a in gaz.ancestors(unit.id)):
        return True
    names = _ancestor_names(gaz, unit)
    return any(fold(n) in names for n in outer.names)


def _tier_of(raw: _Raw) -> int:
    if raw.unit is not None:
        return raw.unit.tier if raw.unit.vintage == "2024" or raw.unit.tier == 1 else 3
    if raw.tier == 0:
        return 1
    if raw.tier == -1:
        return 9
    return raw.tier


def find_places(
    text: str, *, article_date: str | None = None, publisher: str | None = None
) -> PlaceFindings:
    """The administrative units and villages named in ``text`` (see the module docstring)."""
    with collector_paused():
        return _find_places(text, article_date, publisher)


def _find_places(text: str, article_date: str | None, publisher: str | None) -> PlaceFindings:
    lex = _lexicon()
    gaz = lex.gaz
    raws = _scan(text, lex)
    if not raws:
        return PlaceFindings()
    vintage = _vintage(raws, article_date)
    # an article of before 2025 names no unit of the 2025 map (planned from early 2025 on)
    only = article_date is not None and article_date[:10] < _REFORM_PLANNED
    if vintage != "2024":
        for r in raws:  # "xã Ba Lòng (cũ)", "xã Tân Thành, nay là xã Lao Bảo": before 2025
            if _FORMER_AFTER.match(text, r.end):
                r.era = "2024"
    elif not only:
        # "xã Ba Lòng (mới)" in an undated text: the unit of the 2025 map, wherever the text
        # names it again without the mark (but not where it marks the former one)
        marked = {(fold(r.name), r.level) for r in raws if _NEW_AFTER.match(text, r.end)}
        provinces = {name for name, level in marked if level in ("tỉnh", "thành phố")}
        for r in raws:
            if (
                (fold(r.name), r.level) in marked
                # (a bare name of a province marked so: "Gia Lai: …", "tỉnh Gia Lai (mới)")
                or (r.level is None and fold(r.name) in provinces)
            ) and not _FORMER_AFTER.match(text, r.end):
                r.era = "2025"
    explicit = [r for r in raws if r.level is not None]
    bare = [r for r in raws if r.level is None]

    # 1. explicit provinces and committees, then districts that are unique by name
    first: dict[tuple[object, ...], tuple[Unit | None, bool, bool]] = {}
    key: tuple[object, ...]
    early: frozenset[str] | None = None  # the provinces named so far, once tier 1 is done
    for r in sorted((r for r in explicit if r.tier <= 2), key=lambda r: r.tier):
        if r.tier == 2 and early is None:
            early = _province_ids(gaz, _article_province(gaz, explicit, publisher, lex, vintage))
        key = (r.name, r.level, r.tier, r.numbered, r.era)
        if key not in first:  # the same words decide the same way in one text
            unit, ambiguous = None, False
            if early:  # a district of the province the text is about before one elsewhere
                # ("huyện Phong Điền" with "tỉnh Thừa Thiên Huế": Huế's, not Cần Thơ's)
                unit, ambiguous = _decide_raw(r, vintage, early, None, only)
            if unit is None:
                unit, ambiguous = _decide_raw(r, vintage, frozenset(), None, only)
            first[key] = (unit, ambiguous, r.respelled)
        r.unit, r.ambiguous, r.respelled = first[key]
    # 2. the article's province, then bare names: provinces anywhere, districts and communes
    #    of the article's province in context
    province = _article_province(gaz, explicit, publisher, lex, vintage)
    district_raws = sorted(
        (e for e in explicit if e.tier == 2 or (e.unit is not None and e.unit.tier == 2)),
        key=lambda e: e.start,
    )
    districts_at = [e.start for e in district_raws]
    named = _named_districts(gaz, province, district_raws) if bare else {}
    by_end = sorted(explicit, key=lambda e: e.end)
    for r in bare:
        _decide_bare(
            text,
            gaz,
            lex,
            r,
            vintage,
            province,
            district_raws,
            districts_at,
            named,
            by_end,
            dated=article_date is not None,
        )
    raws = [r for r in raws if r.keep and (r.level is not None or r.unit is not None)]
    raws.sort(key=lambda r: r.start)
    province = _article_province(gaz, raws, publisher, lex, vintage) or province
    _link_parents(gaz, text, raws)
    # 3. what the names alone did not decide: parents in the text and the article's province
    pending = [r for r in raws if r.level is not None and r.unit is None]
    within = _province_ids(gaz, province) if pending else frozenset()
    for tier in (0, 1, 2, 3):
        todo = [r for r in pending if r.tier == tier]
        if not todo:
            continue
        # the district the text speaks of, once its districts are decided (communes only)
        district = _article_district(raws) if tier == 3 else None
        decided: dict[tuple[object, ...], tuple[Unit | None, bool, bool]] = {}
        for r in todo:
            parent = (
                r.parent.unit.id
                if r.parent and r.parent.unit
                else (r.parent.name if r.parent else None)
            )
            local = _sentence_unit(text, raws, r) if tier >= 2 else None
            if local is not None and local.id in within:
                local = None
            # a district named before it in its sentence: "Ở Q.3 (TP.HCM), P.5 …"
            near = _sentence_unit(text, raws, r, tier=2) if tier == 3 else None
            near_name = near.name if near is not None else None
            key = (r.name, r.level, r.numbered, parent, local, near_name, r.era)
            if key not in decided:  # the same words decide the same way in one text
                unit, ambiguous = None, False
                if local is not None:  # "Tại tỉnh Q, xã X …" in an article about another
                    unit, ambiguous = _decide_raw(
                        r, vintage, _province_ids(gaz, local.name), near_name, only
                    )
                if unit is None and not ambiguous:
                    unit, ambiguous = _decide_raw(
                        r, vintage, within, near_name or district, only
                    )
                decided[key] = (unit, ambiguous, r.respelled)
            r.unit, r.ambiguous, r.respelled = decided[key]
    _same_words_same_unit(raws)
    raws = [r for r in raws if r.unit is not None or r.ambiguous or not r.strict]
    merges = _link_merges(text, raws)
    _members_by_successor(lex, raws, merges)
    _link_villages(gaz, raws, merges)
    province = _article_province(gaz, raws, publisher, lex, vintage) or province
    district_name = _article_district(raws)
    places = _assemble(text, gaz, raws, _province_ids(gaz, province), district_name, merges)
    return PlaceFindings(
        places=places,
        province=_as_written(gaz, raws, province),
        district=district_name,
        commune=_article_commune(places),
    )


_COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")


def _article_commune(places: tuple[Place, ...]) -> tuple[str, str, int] | None:
    """(level, name, where first named) of the one commune the article names: what a bare
    "UBND xã" after it stands for. None when it names none or several (a former one "(cũ)"
    beside a new one too). The units the text says were merged into a commune it names
    are not counted: after "xã C được thành lập trên cơ sở sáp nhập các xã A, B", "UBND
    xã" is C's, A and B being no more."""
    found = [p for p in places if p.level in _COMMUNE_LEVELS]
    # (of any commune level: "xã C được thành lập từ thị trấn A")
    formed = {p.name for p in found}
    found = [p for p in found if p.merged_into not in formed]
    if len({(p.level, p.name) for p in found}) != 1:
        return None
    first = min(m.start for p in found for m in p.mentions)
    return found[0].level, found[0].name, first


def _as_written(gaz: Gazetteer, raws: list[_Raw], province: str | None) -> str | None:
    """The article's province as the text names it: by its former name when the text never
    uses the new one ("tỉnh Thừa Thiên Huế" in 2020: its bodies are that tỉnh's)."""
    if province is None:
        return None
    former: str | None = None
    for r in raws:
        if r.unit is not None and r.unit.tier == 1 and r.unit.name == province:
            return province
        unit = _former_province(gaz, r) if r.unit is None else None
        if former is None and unit is not None and unit.name == province:
            former = r.name
    return former or province


def _same_words_same_unit(raws: list[_Raw]) -> None:
    """A mention left undecided names the unit another mention of the same name and level
    was decided as, when there is one: "phường Hoàn Kiếm (Hà Nội)" then "UBND phường Hoàn
    Kiếm" in an article about another province (the second, without its parent, is not
    taken outside the article's province)."""
    decided: dict[tuple[str, str], set[str]] = {}
    units: dict[str, Unit] = {}
    for r in raws:
        if r.unit is not None and r.level is not None:
            decided.setdefault((fold(r.name), r.level), set()).add(r.unit.id)
            units[r.unit.id] = r.unit
    for r in raws:
        if r.unit is None and r.level is not None and r.parent is None:
            ids = decided.get((fold(r.name), r.level), set())
            if len(ids) == 1:
                r.unit, r.ambiguous = units[next(iter(ids))], False


def _sentence_unit(text: str, raws: list[_Raw], raw: _Raw, tier: int = 1) -> Unit | None:
    """The province (or unit of ``tier``) named last before ``raw`` in its sentence ("Ở tỉnh
    Quảng Trị, xã Ba Lòng và xã Hướng Hiệp …"): where the text itself says it is, whatever the
    article is about."""
    found: tuple[int, Unit] | None = None  # where the province's name ends, its unit
    for other in raws:
        if other.start >= raw.start:
            break
        if other.unit is not None and other.unit.tier == tier:
            found = other.end, other.unit
    if found is None:
        return None
    gap = text[found[0] : raw.start]
    return None if len(gap) > 200 or SENTENCE_END.search(gap) else found[1]


def _article_province(
    gaz: Gazetteer,
    raws: list[_Raw],
    publisher: str | None,
    lex: _Lexicon,
    vintage: str,
) -> str | None:
    """The province named most (a province counts twice, a unit inside it once); the first
    named wins a tie."""
    of = lex.province_of
    weights = lex.province_vote
    votes: dict[str, int] = {}
    for r in raws:
        unit = r.unit if r.unit is not None else _former_province(gaz, r)
        if unit is not None:
            name, weight = weights[unit.id]
            votes[name] = votes.get(name, 0) + weight
    if publisher:
        for name in _publisher_provinces(publisher, vintage):
            votes[name] = votes.get(name, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    tied = {name for name, n in votes.items() if n == best}
    if len(tied) > 1:
        for r in raws:
            if r.unit is not None and of[r.unit.id].name in tied:
                return of[r.unit.id].name
    return min(tied)


def _former_province(gaz: Gazetteer, r: _Raw) -> Unit | None:
    """The province a province's former name stands for ("tỉnh Thừa Thiên Huế" before 2025:
    thành phố Huế), which an article about it is about."""
    if r.tier not in (0, 1) or r.level not in ("tỉnh", "thành phố"):
        return None
    units = [u for u in gaz.absorbed(r.name, r.level, vintage="2024") if u.tier == 1]
    return units[0] if len(units) == 1 else None


@functools.lru_cache(maxsize=1024)
def _publisher_provinces(publisher: str, vintage: str) -> tuple[str, ...]:
    """Names of the provinces of ``vintage`` that a publisher's name holds ("Báo Quảng Trị")."""
    lex = _lexicon()
    out: list[str] = []
    for m in _RUN_SCAN.finditer(publisher):
        for offset, length in _known_spans(m.group(0)):
            for u in lex.units(m.group(0)[offset : offset + length]):
                if u.tier == 1 and u.vintage == vintage:
                    out.append(u.name)
    return tuple(out)


def _article_district(raws: list[_Raw]) -> str | None:
    votes: Counter[str] = Counter(
        r.unit.name for r in raws if r.unit is not None and r.unit.tier == 2 and not r.located
    )
    if not votes:
        votes = Counter(
            r.name for r in raws if r.level is not None and r.tier == 2 and not r.located
        )
    return votes.most_common(1)[0][0] if votes else None


_LEAD_AFTER = re.compile(rf"[ \t]*:[ \t]+[{_UP}]")
_LOCATIVE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]ại|[Ởở]|[Vv]ề|[Đđ]ến|[Tt]ới)[ \t]+$")
# an address goes on after a comma with another unit: "ở Hai Bà Trưng, Quận 1, TP.HCM" is a
# street there, not the district of Hà Nội
_ADDRESS_ON = re.compile(
    r"[ \t]*,[ \t]*(?:[Qq]uận|[Pp]hường|[Xx]ã|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Tt]ỉnh"
    r"|TP|Tp|Q\.|P\.|TX)(?![\w])"
)


def _located_district(text: str, r: _Raw, vintage: str) -> bool:
    """Whether a bare name stands where a place is expected, for a district of the map before
    2025 (there are none after): after a locative, not named after a person ("Ngô Quyền", "Hai
    Bà Trưng" are streets everywhere), not a street in an address."""
    if vintage != "2024" or _LOCATIVE_BEFORE.search(text, max(0, r.start - 8), r.start) is None:
        return False
    first = r.name.split()[0]
    if first in _SURNAMES or r.name.startswith("Hai Bà"):
        return False
    return _ADDRESS_ON.match(text, r.end) is None


def _decide_bare(
    text: str,
    gaz: Gazetteer,
    lex: _Lexicon,
    r: _Raw,
    vintage: str,
    province: str | None,
    district_raws: list[_Raw],
    districts_at: list[int],
    named_districts: dict[str, Unit],
    explicit_before: list[_Raw],
    dated: bool = True,
) -> None:
    r.keep = False
    last, last2 = _words_before(text, r.start)
    if _STREET_LIST.search(text, max(0, r.start - 80), r.start) and not any(
        u.tier <= 2 for u in lex.units(r.name)
    ):
        return  # "ở phố Hàng Gai, Hàng Đào": streets, not the ward; "đường X, Đông Hà" is
    if (
        (last in _NOT_PLACE_BEFORE and last2 not in _NOT_THE_NOUN)
        or last2 in _NOT_PLACE_BEFORE
        or (len(last) == 2 and last.endswith("."))  # an initial: "H. Nguyễn"
        or _NOT_PLACE_AFTER.match(text, r.end)
        or _MEDIA_BEFORE.search(text, max(0, r.start - 40), r.start)
        or _ZONE_BEFORE.search(text, max(0, r.start - 40), r.start)
        or _route_end(text, r.start, r.end)
    ):
        return
    every = list(lex.units(r.name))
    units = [u for u in every if u.vintage == (r.era or vintage)] or every
    if not units:
        return
    held = _holder_of_before(text, lex, r, explicit_before)
    if held is not None:  # "xã Hướng Phùng (Hướng Hóa)", "xã Ba Lòng, Đakrông, Quảng Trị"
        r.unit, r.level, r.tier, r.keep = held, held.level, held.tier, True
        return
    issue = bool(_ISSUE_LINE.match(text, r.end))
    # a province the 2025 reform merged is still the one a bare name means ("Bến Tre", "Quảng
    # Bình" in a 2025 text), not the ward or commune that now bears its name
    provinces = [u for u in units if u.tier == 1] or [u for u in every if u.tier == 1]
    if provinces and named_districts and fold(provinces[0].name) != fold(province or ""):
        # a title or dateline "Quảng Ninh:" of an article about huyện Quảng Ninh (Quảng Bình):
        # the district the text names with its level word, not another province
        same = named_districts.get(fold(r.name))
        if same is not None:
            r.unit, r.level, r.tier, r.keep = same, same.level, same.tier, True
            return
    if provinces and (fold(r.name) != fold("Hồ Chí Minh") or issue):
        r.unit = provinces[0]
        r.level, r.tier = provinces[0].level, 1
        r.keep = True
        return
    located = dated and _located_district(text, r, vintage)
    only_district = [u for u in units if u.tier == 2]
    before = text[max(0, r.start - 40) : r.start].rstrip(" \t")[-1:]
    if len(only_district) == 1 and _LEAD_AFTER.match(text, r.end) and not (
        before.islower() or before in (",", ";")
    ):
        # a headline's or a paragraph's lead, "Mường Tè: Hội Nông dân huyện …": the district
        # the news is from (the one of that name)
        r.unit, r.level, r.tier, r.keep = only_district[0], only_district[0].level, 2, True
        return
    if province is None:
        if issue:
            r.unit, r.keep = units[0], len(units) == 1
            if r.keep:
                r.level, r.tier = units[0].level, units[0].tier
        elif located and len(only_district) == 1 and len(_tokens(r.name)) >= 2:
            # "Tại Nha Trang, …", "ở Hướng Hóa": where a place is expected, the one district
            # or provincial city of that name
            r.unit, r.level, r.tier, r.keep = only_district[0], only_district[0].level, 2, True
            r.located = True
        return
    if last in _NOT_LOCAL_BEFORE or last2 in _NOT_LOCAL_BEFORE:
        return
    in_province = [u for u in units if fold(_province_name(gaz, u)) == fold(province)]
    if len(_tokens(r.name)) < 2 and len(r.name) < 6:
        return
    districts = [u for u in in_province if u.tier == 2]
    if not districts and located and len(only_district) == 1 and len(_tokens(r.name)) >= 2:
        districts = only_district  # "… tại Nha Trang" in an article about another province
        r.located = True
    if len(districts) == 1:
        r.unit = districts[0]
        r.level, r.tier = districts[0].level, 2
        r.keep = True
        return
    # a commune of the district the text has just named
    i = bisect.bisect_left(districts_at, r.start) - 1
    near = district_raws[i] if i >= 0 else None
    if near is None or r.start - near.end > 600:
        return
    communes = [
        u
        for u in in_province
        if u.tier == 3
        and u.vintage == "2024"
        and fold(gaz.unit(u.parent).name if u.parent else "") == fold(near.name)
    ]
    if len(communes) == 1 and len(_tokens(r.name)) >= 2:
        r.unit = communes[0]
        r.level, r.tier = communes[0].level, 3
        r.keep = True


def _holder_of_before(text: str, lex: _Lexicon, r: _Raw, before: list[_Raw]) -> Unit | None:
    """The unit a bare name is when written right after a unit it may hold, as its parent
    or a parent's parent: one of the units the name before may be is inside it."""
    i = bisect.bisect_left([b.end for b in before], r.start + 1) - 1
    if i < 0:
        return None
    prev = before[i]
    if prev.level is None or not _PARENT_GAP.match(text[prev.end : r.start]):
        return None
    if r.start - prev.end > 12:
        return None
    holders = _holders_named(lex, prev.name, prev.level, prev.tier, r.name)
    found = [u for u in holders if u.tier <= 2]
    return found[0] if len(found) == 1 else None


def _named_districts(
    gaz: Gazetteer, province: str | None, district_raws: list[_Raw]
) -> dict[str, Unit]:
    """Districts of the article's province that the text names with a level word, by key."""
    out: dict[str, Unit] = {}
    if province is None:
        return out
    units = {d.unit.id: d.unit for d in district_raws if d.unit is not None and d.unit.tier == 2}
    for unit in units.values():
        key = fold(unit.name)
        if key not in out and fold(_province_name(gaz, unit)) == fold(province):
            out[key] = unit
    return out


# what joins the last unit merged to the unit it forms: "… thành", "… vào", or the verb after
# the units ("A và B được nhập thành C", "… hợp thành C", "… hình thành C", "… sáp nhập vào
# C"), the new unit also introduced by its name ("thành tỉnh mới có tên gọi là tỉnh Hưng Yên")
_MERGE_INTO = re.compile(
    r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?"
    r"(?:(?P<verb>(?:được[ \t]+)?(?:sáp nhập|sát nhập|nhập|hợp nhất|hợp|hình|sắp xếp)[ \t]+)?"
    r"(?:thành|vào)[ \t]+"
    r"(?:(?:tỉnh|thành phố|xã|phường|đặc khu|thôn|bản|tổ dân phố)[ \t]+mới[ \t]+"
    r"(?:có[ \t]+)?(?:tên[ \t]+gọi[ \t]+là|lấy[ \t]+tên[ \t]+là|tên[ \t]+là|là)[ \t]+)?"
    # the resolution's wording: "Hợp nhất tỉnh A và tỉnh B, lấy tên là tỉnh A"
    r"|,[ \t]*(?:lấy[ \t]+tên[ \t]+(?:gọi[ \t]+)?là|có[ \t]+tên[ \t]+(?:gọi[ \t]+)?là"
    r"|tên[ \t]+gọi[ \t]+là)[ \t]+)"
)
_MERGE_CHAIN = re.compile(
    r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?:,|và|cùng|(?:sáp |sát )?nhập với|với)?[ \t]*"
    # ("thị trấn A và các xã B, C", "thị trấn A và 4 xã B, C, D, E": one list of members)
    r"(?:(?:các|hai|ba|bốn|năm|sáu|bảy|tám|\d{1,2})[ \t]+)?"
)
_MERGE_VERB = re.compile(r"(?:sáp nhập|sát nhập|nhập|hợp nhất|sắp xếp)(?![\w])", re.IGNORECASE)


def _link_merges(text: str, raws: list[_Raw]) -> dict[int, _Raw]:
    """Units merged into another in this sentence: "nhập thôn 6 và thôn 7 thành thôn Trung
    Thịnh", "sáp nhập các phường 1, 2 thành phường Phú Lợi" (keys: ``id`` of the raw)."""
    by_start = {r.start: r for r in raws}
    ordered = sorted(raws, key=lambda r: r.start)
    index = {id(r): i for i, r in enumerate(ordered)}
    out: dict[int, _Raw] = {}
    targets: set[int] = set()  # units formed by a merge: none is a member of the next one
    for r in ordered:
        into = _MERGE_INTO.match(text, r.end)
        target = by_start.get(into.end()) if into else None
        if target is None or _tier_of(target) != _tier_of(r):
            continue
        sentence_start = max(text.rfind(".", 0, r.start), text.rfind("\n", 0, r.start)) + 1
        if into is not None and into.group("verb"):
            pass  # the verb after the units: "Xã A và xã B được nhập thành xã C"
        elif not _MERGE_VERB.search(text, sentence_start, r.start + 1):
            continue
        elif _FROM.search(text, max(0, r.start - 8), r.start):
            continue  # "từ tỉnh A vào tỉnh B": a way, no merge
        targets.add(id(target))
        i = index[id(r)]
        while i >= 0:
            member = ordered[i]
            if member.start < sentence_start or _tier_of(member) != _tier_of(r):
                break
            if id(member) in targets:
                break  # "… thành xã A, xã B và xã C hợp nhất thành xã D": A is the first's
            if (fold(member.name), member.level) != (fold(target.name), target.level):
                out.setdefault(id(member), target)
            if i == 0 or not _MERGE_CHAIN.fullmatch(text, ordered[i - 1].end, member.start):
                break
            i -= 1
    for r in ordered:  # "Xã C được thành lập trên cơ sở nhập xã A, xã B"
        founded = _FOUNDED_FROM.match(text, r.end) or _FOUNDED_OF.match(text, r.end)
        first = by_start.get(founded.end()) if founded else None
        if first is None:
            continue
        previous = first
        for member in ordered[index[id(first)] :]:
            if _tier_of(member) != _tier_of(r) or (
                member is not first and not _MERGE_CHAIN.fullmatch(text, previous.end, member.start)
            ):
                break
            if (fold(member.name), member.level) != (fold(r.name), r.level):
                out.setdefault(id(member), r)
            previous = member
    return out


_FROM = re.compile(r"(?<![\w])[Tt]ừ[ \t]+$")
# "các" or a count before the units merged ("các xã A, B", "3 xã A, B, C")
_COUNTED_UNITS = r"(?:(?:các|hai|ba|bốn|năm|\d{1,2})[ \t]+(?=xã|phường|thị|thôn|bản|ấp|tổ))?"
# what may stand between a new unit and the words that say what it was formed from: its
# province (", tỉnh T", "thuộc thành phố T"), an aside in brackets ("(mới)", "(tỉnh T)"; not
# the phrase itself, "(trên cơ sở …)"), a comma, "mới", "được"
_ASIDE = r"[ \t]*(?:\((?![ \t]*(?:được[ \t]+)?(?:thành[ \t]+lập[ \t]+)?trên)[^()\n]{0,60}\)[ \t]*)?"
_FOUNDED_GAP = (
    _ASIDE
    + r"(?:[ \t]*(?:,|thuộc)[ \t]*(?:tỉnh|thành[ \t]+phố)"
    + rf"[ \t]+[{_UP}]\w*(?:[ \t]+[{_UP}]\w*){{0,3}})?"
    + _ASIDE
    + r",?[ \t]*(?:mới[ \t]+)?(?:được[ \t]+)?"
)
# "Xã C, tỉnh T (trên cơ sở sáp nhập xã A và xã B)", "Xã C (mới) trên cơ sở hợp nhất …"
_FOUNDED_FROM = re.compile(
    _FOUNDED_GAP
    + r"(?:(?:thành[ \t]+lập[ \t]+)?trên[ \t]+cơ[ \t]+sở|hình[ \t]+thành[ \t]+từ(?:[ \t]+việc)?"
    r"|\([ \t]*(?:được[ \t]+)?(?:thành[ \t]+lập[ \t]+)?trên[ \t]+cơ[ \t]+sở)"
    # ("toàn bộ diện tích tự nhiên, quy mô dân số của …": a comma inside the phrase)
    r"[ \t]+(?:sáp nhập|nhập|hợp nhất|sắp xếp)[ \t]+(?:(?:toàn bộ|nguyên trạng)[^;.\n]{0,100}?"
    r"của[ \t]+)?"
    # a count or "các" before the units: "… sáp nhập các xã A, B", "… hợp nhất 3 xã A, B, C"
    + _COUNTED_UNITS
)


# ... without the verb: "Xã C được thành lập từ các xã A, B", "Tỉnh C (mới) được sắp xếp từ
# tỉnh A và tỉnh B", "Xã C được thành lập trên cơ sở xã A và xã B", "Xã C (mới) gồm xã A, xã B"
_FOUNDED_OF = re.compile(
    r"(?:"
    + _FOUNDED_GAP
    + r"(?:(?:thành[ \t]+lập|lập|sắp[ \t]+xếp|hợp[ \t]+nhất|hình[ \t]+thành)[ \t]+từ"
    # ("Xã C được thành lập trên cơ sở xã A và xã B": the units right after it)
    r"|thành[ \t]+lập[ \t]+trên[ \t]+cơ[ \t]+sở)"
    r"|[ \t]*\([ \t]*mới[ \t]*\)[ \t]+gồm[ \t]*:?)"
    r"[ \t]+" + _COUNTED_UNITS
)


_NEW_AFTER = re.compile(r"[ \t]*\([ \t]*mới[ \t]*\)")
_FORMER_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*cũ[ \t]*\)|cũ(?![\w])|,?[ \t]*nay[ \t]+(?:là|thuộc)\b)"
)


def _members_by_successor(lex: _Lexicon, raws: list[_Raw], merges: dict[int, _Raw]) -> None:
    """A unit the text says was merged into a unit the gazetteer knows is the one of its name
    that unit took over: "Xã Núi Thành (mới) hình thành từ … 4 xã Tam Hiệp, Tam Giang, Tam
    Quang" names the Tam Quang of Núi Thành, not that of another province, nor a unit of
    today."""
    for r in raws:
        target = merges.get(id(r))
        if target is None or target.unit is None:
            continue
        if r.unit is not None and target.unit.id in r.unit.successors:
            continue
        found = [
            u
            for u in lex.units(_title(r.name))
            if _compatible(u, r.level, r.tier) and target.unit.id in u.successors
        ]
        if len(found) == 1:
            r.unit, r.ambiguous = found[0], False


def _link_villages(gaz: Gazetteer, raws: list[_Raw], merges: dict[int, _Raw]) -> None:
    """A village without a written parent belongs to the commune named last before it,
    unless a district or province that does not hold that commune was named in between:
    in "… xã A. Huyện B có các bản C, D" the villages are B's, in no commune the text names.
    A commune the text says was merged into another (``merges``) is no village's: its
    villages are of the one it was merged into."""
    last: _Raw | None = None
    for r in raws:
        if r.tier == 3 or (r.unit is not None and r.unit.tier == 3 and r.level != "thôn"):
            last = merges.get(id(r), r)
        elif r.tier == 4 and r.parent is None and last is not None:
            r.parent = last
        elif (
            last is not None and r.tier != 4 and _tier_of(r) in (1, 2) and not _holds(gaz, r, last)
        ):
            last = None


def _holds(gaz: Gazetteer, outer: _Raw, inner: _Raw) -> bool:
    """Whether ``outer`` (a district or province) is, or may be, the one holding ``inner``."""
    if inner.parent is outer:
        return True
    if outer.unit is None or inner.unit is None:
        return outer.unit is None  # an unknown unit is no evidence against
    return outer.unit.id in {u.id for u in gaz.ancestors(inner.unit.id)}


_PROVINCES_BEFORE = re.compile(r"(?i:các[ \t]+tỉnh[ \t]*,[ \t]*)$")
_BOTH_LEVELS = re.compile(r"(?i:tỉnh[ \t]*,[ \t]*thành[ \t]+phố|thành[ \t]+phố[ \t]*,[ \t]*tỉnh)")


def _assemble(
    text: str,
    gaz: Gazetteer,
    raws: list[_Raw],
    province: frozenset[str],
    district: str | None,
    merges: dict[int, _Raw],
) -> tuple[Place, ...]:
    places: dict[tuple[str, ...], dict[str, Any]] = {}
    mentions: dict[tuple[str, ...], list[Mention]] = {}
    implicit: dict[tuple[str, ...], bool] = {}
    # a respelled name keeps the text's spelling unless the text also writes the official one
    official = {fold(r.unit.name) for r in raws if r.unit is not None and not r.respelled}
    by_name: dict[tuple[str, str], tuple[str, ...]] = {}
    opening: dict[int, int] = {}  # a list group's first mention
    for r in raws:
        opening.setdefault(r.group, r.start)
    for r in raws:
        unit = r.unit
        level = r.level or (unit.level if unit else "")
        if (
            unit is not None
            and unit.tier == 1
            and r.tier == 1
            and (
                r.start != opening[r.group]
                or _BOTH_LEVELS.match(text, r.start)
                or _PROVINCES_BEFORE.search(text, max(0, r.start - 16), r.start)
            )
        ):
            # a province-level unit listed under "các tỉnh, thành phố" (or after the first of a
            # list): its own level word (Hà Nội a thành phố, Bình Dương a tỉnh) and no parent;
            # one written alone keeps the level word written ("tỉnh Hà Nội")
            level = unit.level
            r.parent = None
        mention = Mention(r.start, r.end, text[r.start : r.end])
        key: tuple[str, ...]
        if unit is not None and ("unit", unit.id, level) in places and r.parent is None:
            key = ("unit", unit.id, level)
            mentions[key].append(mention)
            implicit[key] = implicit[key] and r.implicit
            _merge_fields(places[key], merges.get(id(r)))
            continue
        if unit is not None and (not r.respelled or fold(unit.name) in official):
            name = unit.name
        else:
            name = r.name
        parent = parent_level = None
        older_parent = (
            r.parent is not None
            and r.parent.unit is not None
            and unit is not None
            and unit.vintage == "2025"
            and r.parent.unit.vintage == "2024"
            and unit.parent is not None
            and _FORMER_AFTER.match(text, r.parent.end) is not None
        )  # "phường Thủ Dầu Một (thuộc tỉnh Bình Dương cũ)": where it was, not its parent
        if r.parent is not None and not older_parent:
            p = r.parent
            parent = p.unit.name if p.unit is not None else p.name
            parent_level = p.level or (p.unit.level if p.unit else None)
        elif unit is not None and unit.parent is not None:
            pu = gaz.unit(unit.parent)
            if unit.vintage == "2024" or pu.tier == 1:
                parent, parent_level = pu.name, pu.level
            if district is not None and pu.tier == 2 and pu.id in _absorbing_ids(district):
                parent, parent_level = district, "huyện"  # the text's district, merged later
        fallback = unit is None and parent is None and r.tier == 3 and not r.ambiguous
        # a name the gazetteer's current units leave ambiguous is no former unit's either
        absorbed = _absorbed(gaz, r, province) if unit is None and not r.ambiguous else None
        if absorbed is not None and parent is None and absorbed.parent is not None:
            pu = gaz.unit(absorbed.parent)
            parent, parent_level = pu.name, pu.level
        if unit is not None:
            key = ("unit", _same_named_successor(gaz, unit), level)
        else:
            key = ("name", fold(name), level, fold(parent or ""))
            if parent is None:  # a later bare mention of a place already named
                key = by_name.get((fold(name), level), key)
            elif (
                key not in places
                and ("name", fold(name), level, "") in places
                and places["name", fold(name), level, ""]["parent"] in (None, parent)
            ):
                # a place named bare before, its parent written now: "Phường 6 … (P.6, Q.3)"
                key = ("name", fold(name), level, "")
            if fallback and key not in places:
                # the district its sentence names before it, else the one the article is about
                near = _sentence_unit(text, raws, r, tier=2)
                parent = near.name if near is not None else district
            by_name.setdefault((fold(name), level), key)
        old = places.get(key)
        if old is not None:
            mentions[key].append(mention)
            implicit[key] = implicit[key] and r.implicit
            if old["parent"] is None and parent is not None:
                old.update(parent=parent, parent_level=parent_level)
            _merge_fields(old, merges.get(id(r)))
            continue
        fields = _place_fields(gaz, unit, name, level, parent, parent_level, r)
        if absorbed is not None:
            fields.update(
                merged_into=absorbed.name,
                merged_into_code=absorbed.code,
                province=gaz.province(absorbed.id).name,
            )
        _merge_fields(fields, merges.get(id(r)))
        places[key] = fields
        mentions[key] = [mention]
        implicit[key] = r.implicit
    return tuple(
        Place(**fields, mentions=tuple(mentions[k]), implicit_level=implicit[k])
        for k, fields in places.items()
    )


def _same_named_successor(gaz: Gazetteer, unit: Unit) -> str:
    """The id a unit's place goes under: that of the unit of the new map that took it over
    under the same name and level ("tỉnh Gia Lai (cũ)" and "tỉnh Gia Lai (mới)" are one place
    the text names, as a province keeping its name is), else its own."""
    for sid in unit.successors:
        successor = gaz.unit(sid)
        if (
            successor.id != unit.id
            and successor.level == unit.level
            and fold(successor.name) == fold(unit.name)
        ):
            return successor.id
    return unit.id


@functools.lru_cache(maxsize=4096)
def _absorbing_ids(district: str) -> frozenset[str]:
    """Ids of the units that absorbed a former district called ``district``."""
    return frozenset(u.id for u in _lexicon().gaz.absorbed(district, "huyện"))


def _merge_fields(fields: dict[str, Any], target: _Raw | None) -> None:
    """What the text says a unit was merged into, unless the gazetteer already says."""
    if target is None or fields.get("merged_into") is not None:
        return
    if target.unit is not None:
        fields.update(merged_into=target.unit.name, merged_into_code=target.unit.code)
    else:
        fields.update(merged_into=target.name)


def _absorbed(gaz: Gazetteer, r: _Raw, province: frozenset[str]) -> Unit | None:
    """The unit a former district or commune was merged into, per the gazetteer's records."""
    if r.level is None or r.tier not in (0, 1, 2, 3):
        return None
    return _absorbed_in(r.name, r.level, province)


@functools.lru_cache(maxsize=20_000)
def _absorbed_in(name: str, level: str, province: frozenset[str]) -> Unit | None:
    lex = _lexicon()
    of = lex.province_of
    units = [
        u
        for u in lex.gaz.absorbed(name, level, vintage="2024")
        if not province or of[u.id].id in province
    ]
    return units[0] if len(units) == 1 else None


def _place_fields(
    gaz: Gazetteer,
    unit: Unit | None,
    name: str,
    level: str,
    parent: str | None,
    parent_level: str | None,
    r: _Raw,
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": name,
        "level": level,
        "parent": parent,
        "parent_level": parent_level,
        "ambiguous": r.ambiguous and unit is None,
    }
    if unit is None:
        return fields
    fields.update(_unit_fields(gaz, unit.id))
    return fields


@functools.lru_cache(maxsize=20_000)
def _unit_fields(gaz: Gazetteer, unit_id: str) -> tuple[tuple[str, str | None], ...]:
    """The fields of a place that its unit alone decides (identity, dates, what it became)."""
    unit = gaz.unit(unit_id)
    merged = merged_code = succ_code = succ_name = None
    target = unit
    seen = 0
    while target.successors and seen < 5:
        nxt = gaz.unit(target.successors[0])
        if nxt.vintage == target.vintage and merged is None:
            merged, merged_code = nxt.name, nxt.code
        target = nxt
        seen += 1
    if target is not unit and target.vintage == "2025":
        succ_code, succ_name = target.code, target.name
    return (
        ("unit_id", unit.id),
        ("code", unit.code),
        ("vintage", unit.vintage),
        ("province", gaz.province(unit.id).name),
        ("valid_from", unit.valid_from),
        ("valid_until", unit.valid_until),
        ("merged_into", merged),
        ("merged_into_code", merged_code),
        ("successor_code", succ_code),
        ("successor_name", succ_name),
    )
