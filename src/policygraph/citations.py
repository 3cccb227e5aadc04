"""The citation finder: every way a Vietnamese text refers to a Party or State document.

``find_documents(text)`` gives one ``DocumentRef`` per document the text cites, with all its
``Mention``s in order (``text[m.start:m.end] == m.surface``). How it works:

1. a pre-scan of compiled patterns finds the candidates: full numbers (anchored on digits
   followed by ``/`` or a dash, see ``docnumber.NUMBER_RE``), short forms ("Chỉ thị số 05"),
   anaphora ("Nghị quyết này") and named laws ("Luật Đầu tư");
2. around each candidate a small grammar reads the head noun before it (the type), numbers
   listed before it that share its symbol ("217, 218 – QĐ/TW"), the date, issuer, term and
   title after it ("ngày 21/9/2000 của Thủ tướng Chính phủ về …"), an issuer written before
   it ("Bộ Chính trị ban hành Chỉ thị số …", "của Ban cán sự đảng … tại Công văn số …") and a
   header date ("Số: 25/2019/QĐ-UBND | Long An, ngày 8 tháng 7 năm 2019");
3. mentions are grouped into documents: short forms and aliases join their antecedent only
   when exactly one fits; Party short forms otherwise get the derivable key (``35-NQ/TW``),
   State ones the bare number;
4. the relation of each mention comes from the nearest cue word before it in its sentence
   (``data/citations/cues.tsv``).

Public helpers: ``parse_date`` (ISO date of a Vietnamese date phrase), ``relation_of`` (the
relation a citing phrase expresses), ``canonical_issuer`` (a body phrase → canonical name).
"""

from __future__ import annotations

import bisect
import calendar
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from policygraph.docnumber import (
    LOWER,
    NUMBER_RE,
    NUMBER_START,
    NUMBER_TAIL,
    UPPER,
    DocNumber,
    from_match,
    reference,
)
from policygraph.models import DocumentRef, Mention
from policygraph.normalize import normalize
from policygraph.surnames import SURNAMES_PATTERN

__all__ = ["RELATIONS", "canonical_issuer", "find_documents", "parse_date", "relation_of"]

RELATIONS = ("based_on", "implements", "amends", "replaces", "repeals", "guides", "cites")

# --------------------------------------------------------------------------- dates

_DATE = (
    r"(?:(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}))?(?![\d/])"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:(?:\s*,?\s*năm\s+|\s*[/\-.]\s*)(?P<y2>\d{4}))?)"
)
# a time of day a lead opens with: "Sáng 12/6", "Chiều ngày 3/3/2025"
_TIME_OF_DAY = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)"
_DATE_RE = re.compile(r"(?:[Nn]gày\s*:?\s*)?" + _DATE)


_DATE_GROUPS = {
    prefix: tuple(prefix + name for name in ("d", "d2", "m", "m2", "y", "y2"))
    for prefix in ("", "a", "h")
}


def _date_parts(match: re.Match[str], prefix: str = "") -> tuple[int, int, int | None] | None:
    """Day, month and year of a date matched by ``_DATE`` (its groups named with ``prefix``
    where one pattern holds several dates)."""
    day, day2, month, month2, year, year2 = match.group(*_DATE_GROUPS[prefix])
    day = day or day2
    month = month or month2
    year = year or year2
    if day is None or month is None:
        return None
    d, m = int(day), int(month)
    y = int(year) if year else None
    if not (1 <= d <= 31 and 1 <= m <= 12) or (y is not None and not 1900 <= y <= 2100):
        return None
    if d > calendar.monthrange(y if y is not None else 2000, m)[1]:
        return None  # "31/02/2024", "29/2/2023": no such day (a year not written may be leap)
    return d, m, y


def _iso(d: int, m: int, y: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(text: str) -> str | None:
    """ISO date of "ngày 21/9/2000", "21-9-2000", "ngày 12 tháng 3 năm 2013"; None without a
    year or when the text is not a date."""
    match = _DATE_RE.fullmatch(text.strip())
    if match is None:
        return None
    parts = _date_parts(match)
    if parts is None or parts[2] is None:
        return None
    return _iso(parts[0], parts[1], parts[2])


def _fill_year(parts: tuple[int, int, int | None], dateline: str | None) -> str | None:
    d, m, y = parts
    if y is not None:
        return _iso(d, m, y)
    if dateline is None:
        return None
    year = int(dateline[:4])
    guess = _iso(d, m, year)
    if guess > dateline:
        year -= 1
    if d > calendar.monthrange(year, m)[1]:
        return None  # 29 February in the year it would fall in, not a leap year
    return _iso(d, m, year)


_DATELINE = re.compile(r"(?<![\d/])(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?![\d/])")


def _dateline(text: str) -> str | None:
    """The article's own date: a short line near the top holding a full date (and time)."""
    for line in text[:600].split("\n")[:10]:
        if len(line.strip()) > 50:
            continue
        match = _DATELINE.search(line)
        if match:
            d, m, y = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if 1 <= d <= 31 and 1 <= m <= 12 and 1900 <= y <= 2100:
                return _iso(d, m, y)
    return None


# --------------------------------------------------------------------------- patterns


def _flex(name: str) -> str:
    """A head noun as a pattern: any spacing, first letter in either case."""
    words = [re.escape(w) for w in name.split()]
    first = words[0]
    words[0] = f"[{first[0].upper()}{first[0].lower()}]{first[1:]}"
    return r"\s+".join(words)


@dataclass(frozen=True)
class _Patterns:
    digit_scan: re.Pattern[str]
    short: re.Pattern[str]
    scans: tuple[tuple[str, re.Pattern[str]], ...]
    head_issuer: re.Pattern[str]
    head_word: re.Pattern[str]
    siblings: re.Pattern[str]
    after: re.Pattern[str]
    header: re.Pattern[str]
    before_verb: re.Pattern[str]
    before_at: re.Pattern[str]
    stop: re.Pattern[str]
    organ: re.Pattern[str]
    abbreviation: re.Pattern[str]
    body: re.Pattern[str]
    province: re.Pattern[str]
    place: re.Pattern[str]
    boundary: re.Pattern[str]
    url: re.Pattern[str]
    law_stop: re.Pattern[str]
    law_stop_amending: re.Pattern[str]
    continuation: re.Pattern[str]
    chain_gap: re.Pattern[str]
    head_names: dict[str, str]
    short_head: re.Pattern[str]
    head_by_ending: dict[str, re.Pattern[str]]
    anaphor_head: re.Pattern[str]


_NO_WORD = rf"(?![{UPPER}{LOWER}\d])"
# a lower-case word of a law's name: no word that makes a clause ("người dân được cấp …")
_NAME_WORD = (
    r"(?!(?:được|đã|sẽ|có|phải|là|cần|không|đang|vừa|nhất|bị|cho|để|thì|mà|nên|đều|cũng"
    r"|khi|nếu|đó|này|các|những)" + _NO_WORD + r")[" + LOWER + r"]+"
)
# what follows a comma inside a law's name ("Luật Phòng, chống tham nhũng", "Luật Cán bộ,
# công chức", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật Tín ngưỡng, tôn giáo")
_LAW_COMMA_WORDS = (
    r"\s*(?:chống|công\s+chức|viên\s+chức|an\s+toàn|trật\s+tự|khen\s+thưởng|sử\s+dụng"
    r"|chữa\s+cháy|cứu\s+nạn|cứu\s+hộ|bổ\s+sung|chăm\s+sóc|giáo\s+dục|vật\s+liệu|bia"
    r"|công\s+nghệ|tôn\s+giáo|nhập\s+cảnh|xuất\s+cảnh|quá\s+cảnh|cư\s+trú|lấy|ghép"
    r"|bộ\s+phận|tố\s+cáo|đối\s+thoại|thuốc\s+lá|chữa\s+bệnh|thể\s+thao|vệ\s+sinh"
    r"|môi\s+trường|trưng\s+dụng|bảo\s+vệ|đô\s+thị|kiểm\s+dịch|tạm\s+giam|hàng\s+hóa"
    r"|công\s+nhân)"
)
# ... and after "và" ("Luật Hôn nhân và gia đình", "Luật Đo đạc và bản đồ")
_LAW_AND_WORDS = (
    r"(?:gia\s+đình|kiểm\s+dịch|bản\s+đồ|nông\s+thôn|đổi\s+mới|khoáng\s+sản|hải\s+đảo"
    r"|cứu\s+nạn|chữa\s+cháy|giáo\s+dục|đào\s+tạo|phát\s+triển|công\s+cụ|công\s+nghệ"
    r"|đại\s+biểu\s+(?:Hội\s+đồng|HĐND)"  # "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng …"
    # "Luật Phí và lệ phí", "… Tiêu chuẩn và quy chuẩn kỹ thuật", "… doanh nghiệp nhỏ và vừa",
    # "Luật Giáo dục quốc phòng và an ninh", "… năng lượng tiết kiệm và hiệu quả"
    r"|lệ\s+phí|quy\s+chuẩn|vừa(?!\s+(?!năm\s+\d)[" + LOWER + r"])|an\s+ninh|hiệu\s+quả)"
)
# ... and after "của" ("Luật Phòng, chống tác hại của rượu, bia", "Luật Xuất cảnh, nhập cảnh
# của công dân Việt Nam", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân")
_LAW_OF_WORDS = r"(?:công\s+dân|người\s+nước\s+ngoài|Quốc\s+hội\s+và\s+Hội\s+đồng)"


# head nouns abbreviated before a short number ("NQ 57 của Bộ Chính trị", "NĐ 100"): a short
# form only with its issuer written, or with "số", or naming a document given in full
# head nouns written as their type codes before a number ("UBND huyện X ban hành QĐ số …",
# "CT 05-CT/TW và QĐ 217-QĐ/TW")
# verbs whose subject issues the document they are written before: "UBND huyện X đã ban
# hành / xây dựng / gửi Kế hoạch số …" (a body that drafts for another is told apart by
# _ADVISES: "Sở Tư pháp tham mưu UBND tỉnh ban hành …")
# ("lập Biên bản số …": a record drawn up, not "thành lập")
_ISSUING = (
    r"(?:ban hành|thông qua|có|ký|ra|xây dựng|gửi|phát hành|phát đi|trình bày|trình|tuyên|công bố"
    r"|(?<!thành )lập)"
)
# of them, the verbs a body also does to another's document: drafting, sending, submitting,
# announcing
_DRAFTING = frozenset(["xây dựng", "gửi", "phát hành", "trình", "trình bày", "công bố"])
# of them, those done on a day after the document's own: sending, presenting, announcing
_ANNOUNCING = frozenset(["gửi", "trình bày", "công bố"])
_ABBREVIATED_HEAD = r"(?:QĐi|QĐ|NQ|KH|CT|KL|CV|TB|HD|NĐ|TT)"
# a level word's letter (quận, huyện, phường, xã) after a body's name, whose dot ends no
# sentence: "UBND H. Củ Chi", "Công an P. Tân Định". It is taken as a level only after a body's
# name or a word of place ("UBND", "HĐND", "Công an", "CA", "TAND", "VKSND", "Đảng ủy", "Thanh
# tra", "MTTQ", "tại", "ở", or after a comma in an address "P. 5, Q. 3"): after a person's name
# it is an initial ("ông Nguyễn Văn H. Ngày 15/2 …" ends there), and after a level word already
# written an anonymised unit ("xã Y. Sau đó").
# the dot of an abbreviated level word before its unit's name: "UBND TP. Đông Hà", "UBND TX.
# Quảng Trị", "UBND TT. Khe Sanh"
_LEVEL_ABBR_DOT = rf"(?<=\W(?:TP|Tp|TX|TT))\.(?=[^\S\n]?[{UPPER}])"
_LEVEL_LETTER = (
    r"(?:(?<=UBND )|(?<=HĐND )|(?<=\wAND )|(?<=\wSND )|(?<=Công an )|(?<=\WCA )|(?<=ủy )"
    r"|(?<=Thanh tra )|(?<=Y tế )|(?<=Bệnh viện )|(?<=Đảng bộ )|(?<=Tòa án )|(?<=MTTQ )"
    r"|(?<=\Wtại )|(?<=\Wở )|(?<=\w, ))[QHPX]"
)
_SHORT_ABBREVIATIONS = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "NĐ": "Nghị định",
}


# An abbreviated head with a bare number and no issuer ("NQ 57", "NĐ 12": also a team's or a
# province's letters) names a document the text names in full, or one a citing verb puts
# right before it ("theo QĐ 90", "quán triệt NQ 57"); "CT" (a company) and "KL" (a weight)
# only the first.
_AMBIGUOUS_ABBREVIATIONS = frozenset({"CT", "KL"})
_CUE_BEFORE = re.compile(
    r"(?<!\w)(?:thực hiện|triển khai|theo|căn cứ|quán triệt|tại|sơ kết|tổng kết|cụ thể hóa"
    r"|áp dụng)[^\S\n]+(?:tinh thần[^\S\n]+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    ref = reference()
    heads = "|".join(_flex(name) for name in ref.head_nouns)
    short_heads = "|".join(
        [
            *(_flex(n) for n in ref.head_nouns if n in ref.short_ok and n not in ref.generic),
            *(re.escape(abbr) for abbr in _SHORT_ABBREVIATIONS),
        ]
    )
    so = r"(?:số|Số|SỐ)"
    # Every branch of the scan opens with a digit or a literal, so that the regex engine
    # skips plain prose quickly; lookbehinds placed after the first digit narrow the digits
    # to those following "số" or the last syllable of a head noun.
    endings = {"số", "Số", "SỐ", *_SHORT_ABBREVIATIONS}
    for name in ref.head_nouns:
        if name in ref.short_ok and name not in ref.generic:
            last = name.split()[-1]
            endings.update({last, last.upper()})
    gaps = ("[\\x20\\u00a0]",)
    lasts = "".join(sorted({word[-1] for word in endings} | {":"}))
    behind = "|".join(
        f"(?<={re.escape(word)}{gap}\\d)"
        for word in sorted(endings, key=lambda w: (w.casefold() != "số", w))
        for gap in ((*gaps, ":", ":[\\x20\\u00a0]") if word.casefold() == "số" else gaps)
    )
    # A short form: a number after "số" or after the last word of a head noun (lookbehinds
    # placed after the first digit narrow the digits to those), not followed by a symbol.
    short_digit = rf"(?<=[\x20\u00a0:]\d)(?<=[{lasts}][\x20\u00a0:]\d)(?:{behind})"
    short_end = r"(?![\w/\-–]|[^\S\n]{1,2}[/\-–]|[.,:]\d)"
    short = re.compile(
        rf"(?P<snum>\d{short_digit}\d{{0,4}}+[a-zđ]?+)(?:/(?P<syear>(?:19|20)\d\d))?{short_end}"
    )
    # Full numbers and short forms both start at a digit that no letter, digit, slash, dot
    # or dash precedes (the short form's lookbehinds imply it): one scan finds the digits
    # where either matches, with lookaheads, instead of two scans stopping at every digit.
    # (The matches themselves are then taken with NUMBER_RE and ``short`` at that digit.)
    short_tail = rf"\d{{0,4}}+[a-zđ]?+(?:/(?:19|20)\d\d)?{short_end}"
    digit_scan = re.compile(
        rf"""{NUMBER_START}
        (?:(?=(?P<full>{NUMBER_TAIL}))(?:{short_digit}(?={short_tail})(?P<both>))?
          |{short_digit}(?={short_tail}))""",
        re.VERBOSE,
    )
    anaphor = rf"(?P<ana>(?:này|nêu[^\S\n]+trên){_NO_WORD})"
    law = (
        r"(?P<law>(?:Luật|LUẬT|Hiến\s+pháp|HIẾN\s+PHÁP|Pháp\s+lệnh|PHÁP\s+LỆNH"
        r"|luật(?<=Bộ\sluật)|BLTTHS|BLTTDS|BLHS|BLDS|BLLĐ|BLHH)(?!\w))"
    )
    # One pattern per kind of text: Python's regex engine skips fast to the first character of
    # a pattern, but not to that of an alternation of groups, so separate scans beat one.
    scans = (("ana", re.compile(anaphor)), ("law", re.compile(law)))
    # (a kind of the document may stand between its head and "số": "Nghị quyết chuyên đề số
    # 05", "Kế hoạch liên tịch số 01", "Quyết định khởi tố bị can số 112")
    kind = (
        r"(?:[^\S\n]+(?:chuyên đề|liên tịch|liên ngành|thanh tra|khởi tố(?: vụ án| bị can)?"
        r"|thi hành án|truy nã|xử phạt(?: vi phạm hành chính)?))?"
    )
    short_head = re.compile(
        rf"(?P<shead>{short_heads})"
        rf"(?P<ssep>[^\S\n]+(?:{so}[^\S\n]*:?[^\S\n]*)?|{kind}[^\S\n]*{so}[^\S\n]*:?[^\S\n]*)$"
    )
    anaphor_head = re.compile(rf"(?P<ahead>{short_heads})[^\S\n]+$")

    by_ending: dict[str, list[str]] = {}
    for name in ref.head_nouns:
        by_ending.setdefault(name.split()[-1].casefold(), []).append(_flex(name))
    # between head and number: space, "số", a colon before a list ("các Nghị quyết: số 18, 19")
    head_sep = (
        rf"(?:[^\S\n]*:?[^\S\n]*\n?[^\S\n]*(?:{so}[^\S\n]*:?[^\S\n]*)?|[^\S\n]*\([^\S\n]*)$"
    )
    head_by_ending = {
        ending: re.compile(rf"(?P<head>{'|'.join(names)}){head_sep}")
        for ending, names in by_ending.items()
    }
    # no digits between head and number: "Thông tư số 01/2011/TT-BNV và Chỉ thị của Bộ Chính
    # trị số 05-CT/TW" pairs the second head with its issuer, not the first
    head_issuer = re.compile(
        rf"(?P<head>{heads})\s+(?P<mid>(?:của|do)\s+(?P<who>[^;.\n\d]{{2,90}}?)"
        rf"|[^;.\n\d]{{1,120}}?)\s*:?\s+{so}[^\S\n]*:?[^\S\n]*$"
    )
    head_word = re.compile(rf"(?<!\w)(?:{heads})\s")
    siblings = re.compile(r"(?:(?<![\w/.,])\d{1,5}[a-zđ]?[^\S\n]*(?:,|và|;)[^\S\n]*)+$")
    after = re.compile(
        # an alias in brackets, not a date there: "(ngày 17-10-2016)", "(ban hành ngày …)"
        r"(?P<alias>[^\S\n]*\((?![^\S\n]*(?:(?:ban hành|ký)\s+)?(?:ngày\s+)?\d{1,2}[/\-.])"
        r"[^()\n]{0,90}\))?"
        # "ban hành ngày", "được ký ngày", "được Quốc hội thông qua ngày"
        r"[\s,]*(?:(?:được\s+(?:(?P<by>[^\n,.;()\d]{1,60}?)\s+)?)?(?:ban hành|ký|thông qua)\s+"
        r"(?=(?:vào\s+)?ngày))?"
        # (a day the issuing verb before the number dates: "ban hành Kết luận … vào ngày …")
        r"(?:(?P<together>cùng\s+)?(?:(?:vào\s+)?(?:ngày|Ngày|NGÀY)\s*:?\s*(?:(?:mùng|mồng)\s+)?"
        r"|\([^\S\n]*(?:(?:ban hành|ký)\s+)?(?:ngày\s+)?)"
        r"(?P<date>" + _DATE.replace("(?P<", "(?P<a") + r")(?:[^\S\n]*\))?)?"
        # the year alone, or with the month: "năm 2020", "tháng 4/2025", "tháng 4 năm 2025"
        r"[\s,]*(?:(?:ban hành\s+)?(?:(?:vào\s+)?tháng\s+\d{1,2}\s*(?:[/\-.]|,?\s*năm)\s*"
        r"|năm\s+)(?P<year>(?:19|20)\d\d)(?!\d))?"
        r"[\s,]*(?P<of>(?:(?:của|CỦA|Của)\s+(?:của\s+)?|(?:do|mà|được)\s+(?=[" + UPPER + r"])"
        r"|(?:tại\s+)?Hội\s+nghị(?:\s+lần\s+thứ\s+\S+)?"
        r"\s+(?:của\s+)?))?"
    )
    header = re.compile(
        # (a right-hand column sits far from the number: "Số: 42/QĐ-UBND      Hướng Phùng, ngày")
        r"(?:[\s|]{0,12}|[^\S\n]{3,60})(?P<place>["
        + UPPER
        + r"][^\n,|;.]{1,40}),\s*ngày\s+(?P<date>"
        + _DATE.replace("(?P<", "(?P<h")
        + ")"
    )
    verbs = _ISSUING
    before_verb = re.compile(
        # (a full stop inside an abbreviation does not end the clause: "Thành ủy TP.HCM")
        r"(?:(?:[Nn]gày\s+(?P<date>" + _DATE + r"))\s*,\s*)?"
        r"(?P<who>(?:[^;.\n]|\.(?=\w)|(?<=" + _LEVEL_LETTER + r")\.|" + _LEVEL_ABBR_DOT
        + r"){2,160}?)\s+"
        r"(?:(?:đã|vừa|mới|cũng|chính thức)\s+)*(?:ký\s+)?(?P<verb>" + verbs + r")\s+"
        # (a plural before a list: "Bộ Chính trị ban hành các Nghị quyết số 26, 27, 28-NQ/TW")
        rf"(?:(?:các|những|hai|ba)\s+)?"
        rf"(?:{_ABBREVIATED_HEAD}\s+)?(?:(?:số|Số)\s*:?\s*)?(?:\d{{1,2}}\s+)?$"
    )
    before_at = re.compile(r"của\s+(?P<who>(?:[^;.\n]|\.(?=\w)){2,120}?)\s+tại\s*$")

    stop = re.compile(
        r"[;:()\[\]“”\"!?|]|(?<!TP)(?<!" + _LEVEL_LETTER + r")\.(?!\w)|\s[-–]\s(?!["
        + UPPER
        + r"])|\n(?![^\S\n]*["
        + LOWER
        + r"])"
        r"|,(?!\s*(?:Ban|Bộ|Chủ nhiệm|Ủy ban|Uỷ ban|Văn phòng|Thể thao|Thương binh|Hạ tầng"
        r"|Khoa học)\s)"  # commas inside sector names: "Bộ Văn hóa, Thể thao và Du lịch"
        r"|\s(?:về|vể)"
        r"|\s(?i:nhiệm kỳ|quy định|hướng dẫn|ban hành|phê duyệt|thực hiện|triển khai|hợp nhất"
        r"|sửa đổi|thay thế|đối với|tuyên truyền|công nhận|điều chỉnh|thành lập|Hội nghị"
        r"|quyết nghị|quyết định|biểu quyết|yêu cầu|đề nghị|nêu rõ|thông qua|kèm theo)"
        r"|\s(?:ngày|năm|khóa|khoá|Khóa|Khoá|tại|đã|được|là|giao|trong|cho|nhằm|để|theo|với|có"
        r"|lần|số|Số|kèm|gồm|thì|mà|như|vừa|sau|trước|ký|do|từ|đến|chỉ đạo|chỉ định|thông báo"
        r"|thông tin"
        # "và" before another document ends the body; not inside a name ("Bộ Khoa học và Công
        # nghệ", "Sở Kế hoạch và Đầu tư")
        r"|và\s+(?:các|những|đã|Nghị\s+(?:quyết|định)|Quyết\s+định|Chỉ\s+thị|Kết\s+luận"
        r"|Kế\s+hoạch|Thông\s+(?:tư|báo|tri)|Công\s+(?:văn|điện)|Hướng\s+dẫn|Quy\s+(?:định|chế)"
        r"|Luật|văn|Văn\s+bản|Pháp\s+lệnh|Chương\s+trình|Tờ\s+trình|Báo\s+cáo))" + _NO_WORD
        # "và" before a lower-case word or an abbreviated document opens another phrase
        # ("của Bộ Chính trị và phát động thi đua", "của Thành ủy và NQ 14/2024/…")
        + r"|(?P<and>\svà\s+(?=[" + LOWER + r"]))"
        # (and "và" before a "Bộ" that is no ministry: "Bộ tiêu chí", "Bộ đội Biên phòng")
        + r"|\svà\s+(?=Bộ\s+(?!đội\s)[" + LOWER + r"])"
        + rf"|\svà\s+{_ABBREVIATED_HEAD}(?=[\s\d])"
        # a number ends the body, but not one that names it: "Quân khu 4", "Ban Chỉ đạo 389"
        + r"|(?<!Quân khu)(?<!Quân đoàn)(?<!Ban Chỉ đạo)(?<!BCĐ)(?<!khu vực)(?<!Khu vực)"
        + r"(?<!Vùng)(?<!Đoàn)\s\d+"
        + _NO_WORD
    )
    titles = (
        r"(?:(?:Phó\s+)?Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+nhiệm|(?:Tổng\s+)?Giám\s+đốc"
        r"|Trưởng\s+ban|Trưởng(?=\s+Ban\s)|(?:Phó\s+)?Chánh(?=\s+Thanh\s+tra)"
        # the heads of the procuracies and courts: "của Viện trưởng VKSND tỉnh X"
        r"|(?:Phó\s+)?Viện\s+trưởng|(?:Phó\s+)?Chánh\s+án"
        r"|(?:Phó\s+)?Tư\s+lệnh(?=\s+(?:Bộ\s+đội|Quân\s+khu|Cảnh\s+sát|Hải\s+quân)))"
    )
    organ = re.compile(
        rf"(?:{titles}(?:\s*,\s*{titles})*\s+)?"
        rf"(?:Bộ\s+[{UPPER}]|Ban\s+(?:[{UPPER}]|cán\s+sự|chấp\s+hành|thường\s+vụ)"
        rf"|[UỦ][yỷ]\s+ban\s+(?:[{UPPER}]|nhân\s+dân|bầu\s+cử)|UBND|HĐND|UBTVQH|BTV|BCH|BCĐ|UBKT"
        rf"|UBMTTQ|UBBC|HĐBCQG|Chính\s+phủ|Quốc\s+hội|Hội\s+đồng\s+(?:[{UPPER}]|nhân\s+dân|bầu\s+cử|phối\s+hợp)"
        rf"|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+[uủ][yỷ]|Sở\s+[{UPPER}]|Văn\s+phòng\s+[{UPPER}]"
        rf"|Quân\s+[uủ][yỷ]\s+(?:Trung\s+ương|TW)"
        rf"|Tổng\s+cục\s|Cục\s+[{UPPER}]|Ngân\s+hàng\s+[{UPPER}]"
        rf"|Thanh\s+tra\s+(?:[{UPPER}]|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|bộ|sở)"
        rf"|Kiểm\s+toán\s|Tòa\s+án\s|TAND|Viện\s+[{UPPER}]|Trung\s+ương|Thường\s+trực\s"
        rf"|(?:Phó\s+)?Thủ\s+tướng|Tổng\s+Bí\s+thư|Chủ\s+tịch\s+nước"
        # mass organisations, the procuracy, the social insurance, a Party congress
        rf"|(?:Tổng\s+)?Liên\s+đoàn\s+[Ll]ao\s+động|LĐLĐ|Hội\s+[{UPPER}]|Đoàn\s+(?:Thanh\s+niên|TN)"
        # the presiding board and the Party group of the Front's and the mass organisations'
        # committees: "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Đảng đoàn MTTQ tỉnh X"
        rf"|Đoàn\s+Chủ\s+tịch\s|Đảng\s+đoàn\s"
        rf"|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+[đĐ]oàn|Mặt\s+trận|MTTQ|Viện\s+kiểm\s+sát|VKSND"
        rf"|Bảo\s+hiểm\s+[Xx]ã\s+hội|BHXH|Đại\s+hội\s+(?:Đảng|đại\s+biểu)"
        rf"|Công\s+an\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|[{UPPER}])"
        # the police's investigation bodies: "Cơ quan Cảnh sát điều tra Công an tỉnh X"
        rf"|Cơ\s+quan\s+(?:Cảnh\s+sát\s+điều\s+tra|CSĐT|An\s+ninh\s+điều\s+tra|ANĐT)"
        # a department's or an agency's offices and units, which issue letters, notices and
        # penalty decisions of their own: "Chi cục Kiểm lâm tỉnh …", "Hạt Kiểm lâm huyện …",
        # "Đồn Biên phòng …", "Phòng Kinh tế …", "Trung tâm Y tế …"
        rf"|Chi\s+cục\s+[{UPPER}]|Hạt\s+Kiểm\s+lâm|Đồn\s+Biên\s+phòng|Bộ\s+đội\s+Biên\s+phòng"
        rf"|Phòng\s+[{UPPER}]|Trung\s+tâm\s+[{UPPER}]|Liên\s+minh\s+(?:[{UPPER}]|HTX)"
        rf"|Vườn\s+quốc\s+gia"
        # the tax offices of 2025 and the treasury: "Thuế tỉnh X ban hành Kế hoạch …"
        rf"|Thuế\s+(?:tỉnh|thành\s+phố|cơ\s+sở)\s|Kho\s+bạc\s+Nhà\s+nước"
        # a province's delegation of the National Assembly, not the Assembly it names
        rf"|[Đđ]oàn\s+(?:[đĐ]ại\s+biểu\s+Quốc\s+hội|ĐBQH))"
    )
    abbreviation = re.compile(
        "|".join(
            (re.escape(short) if not short.isalpha() else rf"(?<!\w){re.escape(short)}(?!\w)")
            for short, _ in sorted(ref.abbreviations, key=lambda p: len(p[0]), reverse=True)
        )
    )
    body = re.compile(
        "|".join(
            r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)"
            for name, _ in sorted(ref.bodies, key=lambda p: len(p[0]), reverse=True)
        ),
        re.IGNORECASE,
    )
    # Province names as written (title case) or in capitals (headers); case-sensitive, so
    # that the engine only stops at capital letters.
    spellings = {form for name in ref.provinces for form in (name, name.upper())}
    province = re.compile(
        "|".join(
            re.escape(name).replace(r"\ ", r"\s+")
            for name in sorted(spellings, key=len, reverse=True)
        )
    )
    place = re.compile(
        r"(?:^|\s)(?P<level>tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã(?!\s+hội)|phường|thị\s+trấn"
        r"|TP\.?)(?:\s+(?P<name>.*))?$"
    )
    # One character class first (the engine then skips to the next candidate character),
    # then what may follow it: end punctuation before a capital, a line break before a
    # capital, a blank line.
    # (not after an abbreviated level word: "UBND H. Củ Chi", "TP. Huế"; but "xã Y. Sau đó",
    # "vitamin A. Nghị quyết …" end there)
    boundary = re.compile(
        rf"[.!?…\n](?:(?<=[.!?…])(?<!{_LEVEL_LETTER}\.)(?<!(?<!\w)(?:TX|TT|TP|Tp)\.)"
        rf"(?=\s+[{UPPER}\d“\"(\-–])"
        rf"|(?<=\n)(?=[^\S\n]*[{UPPER}\d\-–•*+“\"(|])|(?<=\n)[^\S\n]*\n)"
    )
    url = re.compile(r"(?:https?://|www\.)\S+")
    law_words = (
        r"|\s+(?:đối\s+với|quy\s+định|hướng\s+dẫn|được|đã|thì|sau|tại|trong|để|cho|về"
        r"|do|này|nêu|hiện\s+hành|và\s+các|nhằm|là|vào|từ|khi|không|đi|giai\s+đoạn"
        r"|sẽ|cũng|đang|bắt\s+đầu|chính\s+thức|tới|yêu\s+cầu|thay\s+thế|bãi\s+bỏ"
        r"|góp\s+phần|mở\s+ra|đặt\s+ra|đến|của\s+nước|hết\s+hiệu\s+lực)"
        + _NO_WORD
        # verbs that also end words of names: "Luật Trợ giúp pháp lý", "… nhân tạo",
        # "Pháp lệnh Ưu đãi người có công …"
        + r"|(?<![Tt]rợ)\s+giúp" + _NO_WORD
        + r"|(?<!người)\s+có" + _NO_WORD
        + r"|(?<!có\scông)\s+với" + _NO_WORD
        # "mới" ends a title ("Luật Đất đai mới"), not inside "đổi mới sáng tạo"; the verb
        # "đổi mới" ends it too ("Luật Doanh nghiệp đổi mới quy trình …")
        + r"|(?<![Đđ]ổi)\s+mới" + _NO_WORD
        + r"|\s+đổi\s+mới(?!\s+sáng\s+tạo)" + _NO_WORD
        + r"|(?<!nhân)(?<!sáng)(?<!đào)(?<!cải)\s+tạo" + _NO_WORD
        + r"|(?<!tác\shại)\s+của\s+(?!Luật|HĐND|UBND|Hội\s+đồng|[UỦ][yỷ]\s+ban|"
        + _LAW_OF_WORDS
        + r")"
        r"|\s+và\s+(?!" + _LAW_AND_WORDS + _NO_WORD + r")(?=[" + LOWER + r"])"
        # (a document of another kind after "và": "Luật Bảo hiểm y tế và Nghị định số …"; laws
        # after "và" may be in the title: "Luật sửa đổi … Luật Cán bộ, công chức và Luật Viên chức")
        r"|\s+và\s+(?=(?:các\s+)?(?:Nghị\s+(?:định|quyết)|Quyết\s+định|Chỉ\s+thị|Thông\s+(?:tư|báo)"
        r"|Kế\s+hoạch|Kết\s+luận|Hướng\s+dẫn|Công\s+(?:văn|điện))\s)"
    )
    law_start = (
        r"\s+(?:ngày|Ngày)\s|\s+năm\s+\d{4}|\s+(?:19|20)\d\d(?!\d)|\s+(?:số|Số)\s*:?\s*\d"
        r"|[;:.()“”\"\n|]|\s[-–]\s"
    )
    # an amending law's title lists the laws it amends ("Luật sửa đổi, bổ sung một số điều
    # của Luật X, Luật Y và Luật Z"): there a comma or "và" before "Luật" goes on
    # ("… của HĐND, UBND" goes on; "… và Luật Đê điều, UBND các cấp …" opens a clause)
    law_stop_amending = re.compile(
        law_start
        + r"|,(?!\s*(?:["
        + LOWER
        + r"]|Luật))(?:(?<!HĐND,)(?<!UBND,)|(?!\s*(?:UBND|HĐND)))"
        + law_words
    )
    # elsewhere a title goes on over a comma only where a law's name does ("Luật Phòng,
    # chống tham nhũng", "Luật Khám bệnh, chữa bệnh năm 2023", "… của HĐND, UBND"): words a
    # name is known to go on with, or a few lower-case words that end where a name ends (its
    # year, "và", a bracket, the sentence's end); "Luật Đất đai, Luật Nhà ở" lists two laws
    # and "Theo Luật Giao thông đường bộ, người đi xe máy phải …" opens a clause
    law_stop = re.compile(
        law_start
        + r"|(?<=đại biểu HĐND),"  # "Luật Bầu cử … và đại biểu HĐND, UBND tỉnh …": its end
        + r"|(?<=rượu, bia)(?=\s)"  # "… tác hại của rượu, bia nghiêm cấm …": the name's end
        + r"|(?<!HĐND)(?<!UBND),(?!\s*(?i:" + _LAW_COMMA_WORDS + r")" + _NO_WORD
        + r"|\s*" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,5}"
        + r"(?=\s+năm\s+(?:19|20)\d\d|\s+(?:19|20)\d\d|\s*\(|\s+(?:và|số|ngày)\s))"
        + r"|\s+(?:và|hoặc)\s+(?=(?:Luật|Bộ\s+luật)\s)"
        + law_words
    )
    continuation = re.compile(
        r"(?:[^\S\n]*(?:,|và)[^\S\n]*(?P<n>\d{1,5}[a-zđ]?)(?![\w/]|[^\S\n]{0,2}[/\-–]|[.,]\d))"
    )
    chain_gap = re.compile(
        rf"[\s,;]*(?:,|;|và|hoặc)[\s,;]*(?:{_ABBREVIATED_HEAD}\s+)?"
        r"(?:(?:số|Số)[\s:]*)?"
    )
    head_names = {re.sub(r"\s+", " ", name).casefold(): name for name in ref.head_nouns}
    head_names.update({abbr.casefold(): name for abbr, name in _SHORT_ABBREVIATIONS.items()})
    return _Patterns(
        digit_scan=digit_scan,
        short=short,
        scans=scans,
        head_issuer=head_issuer,
        head_word=head_word,
        siblings=siblings,
        after=after,
        header=header,
        before_verb=before_verb,
        before_at=before_at,
        stop=stop,
        organ=organ,
        abbreviation=abbreviation,
        body=body,
        province=province,
        place=place,
        boundary=boundary,
        url=url,
        law_stop=law_stop,
        law_stop_amending=law_stop_amending,
        continuation=continuation,
        chain_gap=chain_gap,
        head_names=head_names,
        short_head=short_head,
        head_by_ending=head_by_ending,
        anaphor_head=anaphor_head,
    )


# --------------------------------------------------------------------------- relations


def relation_of(phrase: str) -> str:
    """The relation the last cue word of ``phrase`` expresses ("Căn cứ …" → based_on): the
    cue ending last, the longest of those ending there."""
    window = phrase.lower()
    best, relation = -1, "cites"
    for cue, kind in _cue_table():
        position = window.rfind(cue)
        if position >= 0 and position + len(cue) > best:
            best, relation = position + len(cue), kind
    return relation


# --------------------------------------------------------------------------- issuers


class _Context:
    """What the article says about itself (province, dateline), computed when first needed."""

    def __init__(
        self,
        text: str,
        province: str | None,
        article_date: str | None,
        bodies: Mapping[int, str] | None = None,
        district: str | None = None,
        commune: tuple[str, str, int] | None = None,
    ) -> None:
        self.text = text
        self.bodies = bodies or {}
        self.district = district
        self.commune = commune
        self._province = province
        self._province_done = province is not None
        self._dateline = article_date[:10] if article_date else None
        self._dateline_done = article_date is not None
        self.header_province: str | None = None
        self._boundaries: list[int] | None = None
        self._urls: list[tuple[int, int]] | None = None

    def sentence_start(self, position: int) -> int:
        """Start of the sentence holding ``position`` (at most 400 characters back)."""
        if self._boundaries is None:
            self._boundaries = list(map(re.Match.end, _patterns().boundary.finditer(self.text)))
        index = bisect.bisect_right(self._boundaries, position) - 1
        start = self._boundaries[index] if index >= 0 else 0
        return max(start, position - 400, 0)

    def in_url(self, position: int) -> bool:
        if self._urls is None:
            if "http" in self.text or "www." in self.text:
                self._urls = [m.span() for m in _patterns().url.finditer(self.text)]
            else:
                self._urls = []
        if not self._urls:
            return False
        index = bisect.bisect_right(self._urls, (position, len(self.text) + 1)) - 1
        return index >= 0 and self._urls[index][0] <= position < self._urls[index][1]

    def body(self, phrase: str, at: int | None) -> tuple[str | None, str | None, str | None]:
        """(canonical body, Party level, term) of the issuer phrase written at ``at``. Where the
        agency finder named the body starting there more fully — with the unit a bare
        "Ban Chấp hành Đảng bộ huyện" or "UBND Thành phố" stands for in this article — the
        issuer takes that name, so a document's issuer and the agency are one."""
        name, level, term = _canonical_body(phrase, self.province)
        if name is None and at is not None and self.bodies:
            # a body the issuer table does not read, as capitals write it ("CỦA BỘ CHÍNH TRỊ")
            # or of a kind it lacks: the agency finder's, named right there
            found = self.bodies.get(at + len(phrase) - len(phrase.lstrip()))
            if found is not None:
                return found, _party_level(found), term
        if name is None or at is None or not self.bodies:
            return name, level, term
        organ = _patterns().organ.search(phrase)
        found = None
        if organ is not None:  # (after a chief's title: "Chánh Thanh tra Q. 7", the inspectorate)
            chief = _CHIEF.match(phrase, organ.start())
            found = self.bodies.get(at + (chief.end() if chief is not None else organ.start()))
        holder = _HOLDER.match(phrase, organ.start()) if organ is not None else None
        if found is None and holder is not None and name.startswith(holder.group(1) + " "):
            # "của Chủ tịch UBND huyện": the holder of the office of the body the agency
            # finder names there ("Ủy ban nhân dân huyện Đakrông")
            body = self.bodies.get(at + holder.end())
            rest = name[len(holder.group(1)) + 1 :]
            if body is not None and (
                _fuller(body, rest)
                or (
                    _LEVEL_ABBREVIATED.search(phrase)
                    and _same_head(body, rest)
                    and len(body) > len(rest)  # (the finder's, with its unit's level word)
                )
            ):
                return f"{holder.group(1)} {body}", level, term
        if found is not None and (
            _fuller(found, name)
            # the finder's name ends where the body's does: "của Huyện ủy Can Lộc diễn ra …"
            or (
                name.startswith(found + " ")
                and name[len(found) + 1 :][:1].islower()
                and not name[len(found) + 1 :].startswith("và ")  # (a joint issuer)
            )
            or _headline_tail(found, name, phrase[organ.start() :] if organ else phrase)
            or found.casefold() == name.casefold()  # its case: "Tỉnh Đoàn" → "Tỉnh đoàn"
            or (_UNEXPANDED.search(name) and _same_head(found, name))
            or (_LEVEL_ABBREVIATED.search(phrase) and _same_head(found, name))
        ):
            name = found
        return name, level, term

    @property
    def province(self) -> str | None:
        if not self._province_done:
            self._province_done = True
            self._province = self.header_province or _article_province(self.text)
        return self._province

    @property
    def dateline(self) -> str | None:
        if not self._dateline_done:
            self._dateline_done = True
            self._dateline = _dateline(self.text)
        return self._dateline


# an abbreviation the issuer table does not expand ("Bộ LĐ-TBvàXH", "Bộ GTVT", "UBND H.
# Gio Linh" cut to "… H"), which the agency finder names in full
_UNEXPANDED = re.compile(
    rf"(?<![{UPPER}{LOWER}])(?![IVXLC]+(?![{UPPER}{LOWER}]))[{UPPER}]{{2,}}|\s[{UPPER}]$"
)


# a level word abbreviated ("UBND Q.3", "UBND Q. Bình Thạnh", "Đảng ủy P.Tân Định"), which the
# agency finder reads with its unit
_LEVEL_ABBREVIATED = re.compile(r"(?<![\w.])(?:Q|H|P|X|TX|TT)(?:\.|\s*$)")


def _headline_tail(found: str, name: str, written: str) -> bool:
    """``name`` is ``found`` and the capitalised words after it of a headline in Title Case,
    which writes the body otherwise ("Bộ Chính Trị Được Triển Khai", read as "Bộ Chính trị
    Được"); not a place after it ("Ban Chấp hành Đảng bộ tỉnh Ninh Thuận")."""
    if not name.casefold().startswith(found.casefold() + " "):
        return False
    as_written = written[: len(found)]
    return as_written != found and as_written.casefold() == found.casefold()


def _same_head(found: str, name: str) -> bool:
    """Both name a body of one kind: the same first word ("Bộ", "Sở", "Ủy")."""
    return found.split(" ", 1)[0] == name.split(" ", 1)[0]


_HOLDER = re.compile(r"(Phó Chủ tịch|Chủ tịch)[^\S\n]+")
# a minister's office, the ministry as written after it
_MINISTER_OF = re.compile(r"Bộ trưởng (Bộ .+)")
_CHIEF = re.compile(r"(?:Phó[^\S\n]+)?Chánh[^\S\n]+(?=Thanh[^\S\n]+tra)")


def _fuller(found: str, name: str) -> bool:
    """Whether ``found`` names the body ``name`` names, more fully: it holds all of its words
    in order, and more ("Bộ Văn hóa" cut at a comma in "Bộ Văn hóa, Thể thao và Du lịch";
    "Sở Khoa học tỉnh Quảng Trị" without "và Công nghệ"; a bare "UBND Thành phố")."""
    have = found.casefold().replace(",", " ").split()
    want = name.casefold().replace(",", " ").split()
    if len(have) <= len(want):
        return False
    words = iter(have)
    return all(word in words for word in want)


def _province_name(found: str) -> str:
    folded = re.sub(r"\s+", " ", found).casefold()
    for name in reference().provinces:
        if name.casefold() == folded:
            return name
    return found


_PROVINCE_CONTEXT = re.compile(
    r"(?:tỉnh|Tỉnh|TỈNH|[Tt]ỉnh\s+[uủ][yỷ]|TỈNH\s+ỦY|thành\s+phố|Thành\s+phố|THÀNH\s+PHỐ|TP\.?)\s+$"
)


def _article_province(text: str) -> str | None:
    """The province the article is about: the most named after "tỉnh"/"Tỉnh ủy", else the
    most named at all (first 50,000 characters)."""
    pats = _patterns()
    head = text[:50000]
    counted: dict[str, int] = {}
    bare: dict[str, int] = {}
    for match in pats.province.finditer(head):
        before = head[max(0, match.start() - 12) : match.start()]
        after = head[match.end() : match.end() + 1]
        if after.isalpha() and after.islower() and not _PROVINCE_CONTEXT.search(before):
            continue
        name = _province_name(match.group())
        if _PROVINCE_CONTEXT.search(before):
            counted[name] = counted.get(name, 0) + 1
        bare[name] = bare.get(name, 0) + 1
    pool = counted or bare
    if not pool:
        return None
    return max(pool, key=lambda name: (pool[name], -head.find(name)))


def _expand(phrase: str) -> str:
    pats = _patterns()
    table = dict(reference().abbreviations)
    return pats.abbreviation.sub(lambda m: table[m.group()], phrase)


@lru_cache(maxsize=1)
def _canonical_bodies() -> dict[str, str]:
    return {re.sub(r"\s+", " ", name).casefold(): name for name, _ in reference().bodies}


def _fix_case(phrase: str) -> str:
    pats = _patterns()
    canon = _canonical_bodies()
    return pats.body.sub(
        lambda m: canon.get(re.sub(r"\s+", " ", m.group()).casefold(), m.group()), phrase
    )


def _party_level(body: str) -> str | None:
    for name, level in _levels():
        if name in body:
            return level
    return None


@lru_cache(maxsize=1)
def _levels() -> tuple[tuple[str, str], ...]:
    bodies = sorted(reference().bodies, key=lambda pair: len(pair[0]), reverse=True)
    return tuple((name, level) for name, level in bodies if level)


_NEEDS_PLACE = re.compile(r"(?:Tỉnh ủy|tỉnh)$")
_NEEDS_CITY = re.compile(r"(?:Thành ủy|thành phố)$")


def canonical_issuer(phrase: str, province: str | None = None) -> str | None:
    """Canonical name of the body a phrase names ("BTV Tỉnh ủy" → "Ban Thường vụ Tỉnh ủy X"
    with X = ``province``); None when the phrase names no issuing body."""
    name, _, _ = _canonical_body(phrase, province)
    return name


_LINE_END = re.compile(r"\n(?![^\S\n]*[" + LOWER + r"])")
_SPACES = re.compile(r"\s+")
_TERM = re.compile(r"\(?\s*[Kk]hó?o?á?a\s+([IVXLC]+)\b\s*\)?")
# What every match of _TERM holds; searched first, as it opens with a letter the engine can
# skip to (most issuer phrases name no term).
_TERM_WORD = re.compile(r"[Kk]hó?o?á?a\s+[IVXLC]")
_PARTY_TWICE = re.compile(
    r"\b(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+"
)


_BY_TASK = re.compile(r"(?:Ban|Tổ|Hội đồng)\s+(?:[Cc]hỉ\s+đạo|[Cc]ông\s+tác|[Tt]hẩm\s+định)")


def _canonical_body(phrase: str, province: str | None) -> tuple[str | None, str | None, str | None]:
    """(canonical body, Party level TW/TU/HU, term) of an issuer phrase."""
    pats = _patterns()
    stop_line = _LINE_END.search(phrase)
    text = phrase[: stop_line.start()] if stop_line else phrase
    term = None
    organ = pats.organ.search(text)
    if organ is None:
        return None, None, term
    stop = pats.stop.search(text, organ.end())
    while stop is not None and stop.group("and") and _BY_TASK.match(text, organ.start()):
        # a body named by its task goes on over "và": "Ban Chỉ đạo sắp xếp … và xây dựng …"
        stop = pats.stop.search(text, stop.end())
    term_match = _TERM.search(text, organ.end()) if _TERM_WORD.search(text, organ.end()) else None
    if term_match and (stop is None or term_match.start() <= stop.start() + 1):
        term = term_match.group(1)
    core = text[organ.start() : stop.start() if stop else len(text)]
    name, level = _body_core(_SPACES.sub(" ", core).strip(), province)
    if name is not None and "Thành ủy Hồ Chí Minh" in name:
        # the city named after a person keeps its level word: "Thành ủy Thành phố Hồ Chí Minh"
        name = name.replace("Thành ủy Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh")
    return name, level, term


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Lowercase words that occur inside names of bodies (from the reference data), plus
    level words and the words of office titles: any other lowercase word ends a name."""
    ref = reference()
    names = [body for body, _ in ref.bodies] + [long for _, long in ref.abbreviations]
    names += [row.body or "" for rows in ref.issuers.values() for row in rows]
    names += [" ".join(ref.words["body"])]
    words = {w.casefold() for name in names for w in name.split() if w[:1].islower()}
    return frozenset(words)


# The name of the person holding an office, written after it: "Thủ tướng Phạm Minh Chính",
# "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà" (an office-holder's title, then two to four
# capitalised syllables opening with a common family name, at the end of the phrase).
_SURNAMES = SURNAMES_PATTERN
_OFFICE_TITLE = re.compile(
    r"(?:Phó |Quyền )?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Chủ nhiệm|Thống đốc|Bí thư"
    r"|Giám đốc|Tổng Bí thư|Tổng Kiểm toán)(?:\s|,)"  # (a comma before a second title)
)
_SIGNER_NAME = re.compile(
    r"\s+(?:" + _SURNAMES + r")(?:\s+[" + UPPER + r"][\w']*){1,3}$"
)


def _without_signer(text: str) -> str:
    """An office-holder's title without the holder's name after it (not a place's name:
    "Chủ tịch UBND tỉnh Hà Tĩnh", "Bí thư Tỉnh ủy Lâm Đồng")."""
    if not _OFFICE_TITLE.match(text):
        return text
    name = _SIGNER_NAME.search(text)
    if name is None or _patterns().province.fullmatch(name.group().strip()):
        return text
    if _LEVEL_BEFORE.search(text, 0, name.start()):
        return text
    return text[: name.start()]


_LEVEL_BEFORE = re.compile(
    r"(?:tỉnh|huyện|quận|xã|phường|thị trấn|thị xã|thành phố|đặc khu|Tỉnh ủy|Huyện ủy"
    r"|Thành ủy|Quận ủy|Thị ủy)$"
)


# a deputy head's title before the body's name: "Thứ trưởng Bộ Tài chính", "Phó Chủ tịch
# (Thường trực) Ủy ban nhân dân tỉnh X", "Phó Giám đốc Sở Y tế", "Phó Cục trưởng Cục Thuế"
_DEPUTY = re.compile(
    r"^(?:Thứ trưởng(?=\s+Bộ\s)"
    r"|Phó\s+(Chủ tịch|Tổng cục trưởng|Cục trưởng|Giám đốc|Viện trưởng|Chánh án)"
    r"(?:\s+\(?[Tt]hường trực\)?)?(?=\s))"
)


def _principal(match: re.Match[str]) -> str:
    return match.group(1) or "Bộ trưởng"


_PRIME_MINISTER = re.compile(r"(?:Phó\s+)?Thủ tướng(?:\s+Thường\s+trực)?(?:\s+Chính phủ)?")


# what follows "và" after an issuer when no second issuer does: a programme, a strategy,
# a movement, a document
_NO_BODY_AFTER_AND = re.compile(
    r"(?:Đề án|Dự án|Chiến lược|Phong trào|Chương trình|Kế hoạch|Nghị quyết|Quyết định"
    r"|Chỉ thị|Kết luận|Nghị định|Thông tư|Luật|Hướng dẫn|Cuộc vận động)(?![\w])"
)
# a body's name ending with a place named after its level or committee word
_PLACE_NAMED = re.compile(
    r"(?<![\w])(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|xã|phường|thị trấn|đặc khu"
    r"|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?:\s+[" + UPPER + r"][\w-]*){1,4}$"
)


@lru_cache(maxsize=1)
def _ends_with_province() -> re.Pattern[str]:
    """A text ending with a province's name."""
    return re.compile(rf"(?:^|\s)(?:{_patterns().province.pattern})$")


def _trim_body(text: str) -> str:
    """Cut a body name at the first lowercase word that cannot belong to it ("Bộ Chính trị
    bằng …", "Tỉnh ủy Quảng Trị ở …"). A steering committee's name states its task, so it
    is kept whole ("Ban Chỉ đạo sắp xếp …")."""
    if text.startswith("Ban Chỉ đạo"):
        return text
    words = text.split(" ")
    allowed = _body_words()
    kept: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(",.;:")
        if kept and bare == "và" and _NO_BODY_AFTER_AND.match(" ".join(words[i + 1 : i + 3])):
            break  # "Bộ Chính trị và Đề án 06 …": a programme, no joint issuer
        if kept and bare[:1].islower() and bare.casefold() not in allowed:
            # The second syllable of a capitalised word ("Thủy lợi", "Ngân sách") belongs to
            # the name; a function word ("ở", "bằng") never does.
            previous = kept[-1].strip(",.;:")
            if not previous[:1].isupper() or bare.casefold() in reference().words["function"]:
                break
            so_far = " ".join(kept)
            if _PLACE_NAMED.search(so_far) or _ends_with_province().search(so_far):
                break  # "Tỉnh ủy Hà Tĩnh diễn ra …": a place's name ends the body's
        kept.append(word)
    return " ".join(kept).rstrip(" ,-–&")


# A level word inside a body's name is written lowercase ("UBND Thành phố", "Ủy ban nhân dân
# Tỉnh Quảng Trị" → "thành phố", "tỉnh"); a committee named by its level ("Thành ủy", "Tỉnh
# đoàn") keeps its capital.
_LEVEL_CAPITAL = re.compile(
    r"(?<=\S )(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)(?!\w)"
    r"(?![^\S\n]+(?:ủy|uỷ|đoàn|hội)(?!\w))"  # nor "Xã hội", a word
)


def _lower(match: re.Match[str]) -> str:
    return match.group().lower()


@lru_cache(maxsize=4096)
def _body_core(core: str, province: str | None) -> tuple[str | None, str | None]:
    text = normalize(core).text.strip(" ,-–")
    text = _trim_body(_LEVEL_CAPITAL.sub(_lower, _fix_case(_expand(text))))
    text = _DEPUTY.sub(_principal, text)  # a deputy signs for the head: "KT. Bộ trưởng"
    text = _without_signer(text)  # (with the head's title, which tells a signer's name)
    text = re.sub(r"^Giám đốc\s+(?=(?:Sở|Công an)\s)", "", text)
    text = re.sub(r"^(?:Phó\s+)?Chánh\s+(?=Thanh tra\s)", "", text)  # "Chánh Thanh tra tỉnh"
    if _PRIME_MINISTER.fullmatch(text):
        text = "Thủ tướng"  # a deputy signs for the Prime Minister: "KT. Thủ tướng"
    if text.startswith("Tổng Bí thư"):
        return None, "TW"
    if text == "Thủ tướng":
        text = "Thủ tướng Chính phủ"
    if text in ("Ban Chấp hành Trung ương", "Trung ương Đảng", "Trung ương"):
        # the Party's Central Committee, named as the agencies name it ("của Trung ương")
        text = "Ban Chấp hành Trung ương Đảng"
    elif text in ("Ban Bí thư Trung ương", "Ban Bí thư Trung ương Đảng"):
        text = "Ban Bí thư"  # the Party's (not "Ban Bí thư Trung ương Đoàn", the Youth Union's)
    text = _PARTY_TWICE.sub(r"\1 ", text)
    placed = _place(text, province)
    if placed is None:
        return None, None
    level = _party_level(placed)
    if placed in ("Trung ương", "Ban Chấp hành", "Ban Thường vụ"):
        return None, level
    return placed, level


def _place(text: str, province: str | None) -> str | None:
    """Keep a province name only when it is one; fill a missing one from ``province``."""
    pats = _patterns()
    match = pats.place.search(text)
    if match and match.group("level") == "tỉnh":
        name = match.group("name") or ""
        found = pats.province.match(name)
        stem = text[: match.start("level")] + "tỉnh"
        if found:
            return f"{stem} {_province_name(found.group())}"
        text = stem
    elif match and match.group("name"):
        words = match.group("name").split()
        kept = []
        for word in words:
            if not word[:1].isupper() and not word[:1].isdigit():
                break
            kept.append(word)
        stem = text[: match.start("name")].rstrip()
        return f"{stem} {' '.join(kept)}".strip() if kept else stem
    named = _PROVINCE_AT_END.search(text) if text.startswith("Sở ") else None
    if named is not None and pats.province.fullmatch(named.group(1)):
        # "Sở Nội vụ Hà Nội": the province written without its level word
        where = _province_name(named.group(1))
        level = "thành phố" if where in reference().cities else "tỉnh"
        return f"{text[: named.start()]} {level} {where}"
    if not province:
        return text
    # a bare body is the article's province's when its level word fits: "UBND tỉnh" in an
    # article about a tỉnh, "UBND thành phố" and "Thành ủy" in one about a centrally-run
    # city (in a tỉnh they are a provincial city's: Thành ủy Đông Hà)
    city = province in reference().cities
    if (_NEEDS_CITY if city else _NEEDS_PLACE).search(text):
        return f"{text} {province}"
    if _NEEDS_PLACE.search(text) or _NEEDS_CITY.search(text):
        return text  # the level word does not fit the article's province
    if re.match(r"Sở [^,]+$", text):
        return f"{text} {'thành phố' if city else 'tỉnh'} {province}"
    if re.match(r"Ban \S+ Sở [^,]+$", text):
        return f"{text} {province}"
    return text


_PROVINCE_AT_END = re.compile(r"\s+((?:[" + UPPER + r"][\w-]*\s*){1,4})$")


def _provincial(body: str, province: str | None, district: str | None = None) -> str:
    """An issuer row's body with ``{province}`` filled (dropped when not known). A
    centrally-run city's bodies are named for a thành phố: "Ủy ban nhân dân thành phố Hà
    Nội", "Ban Thường vụ Thành ủy Hà Nội", "Ban Chấp hành Đảng bộ thành phố Hà Nội"."""
    if "{district}" in body:  # "Ban Thường vụ Huyện ủy {district}": the article's district
        body = body.replace("{district}", district or "").strip()
    if "{province}" not in body:
        return body
    if province and province in reference().cities:
        body = body.replace("tỉnh {province}", "thành phố {province}")
        body = body.replace("Tỉnh ủy {province}", "Thành ủy {province}")
        if province == "Hồ Chí Minh":  # (the city named after a person keeps its level word)
            body = body.replace("Thành ủy {province}", "Thành ủy Thành phố {province}")
    return body.replace("{province}", province or "").strip()


def _body_code(code: str) -> str:
    """An issuer code without the department's letters after a dot ("UBND.VX" → "UBND")."""
    return code.split(".", 1)[0]


def _symbol_issuer(
    number: DocNumber, province: str | None, district: str | None = None
) -> str | None:
    ref = reference()
    codes = number.issuers
    if not codes:
        return None
    joint = number.type_code in _JOINT_TYPES or _joint_codes(number)
    names = []
    for code in codes if joint else codes[:1]:
        shared = _NATIONAL_AND_LOCAL.get(_body_code(code))
        if shared is not None:
            # the national body's code and every province's office's: one a ministry signs
            # with is the national one; alone, the symbol tells neither
            if not joint:
                return None
            names.append(shared)
            continue
        row = ref.issuer(_body_code(code), number.type_code)
        if (row is None or row.body is None) and joint:
            # a joint circular's ministries are often written without their "B":
            # "01/2013/TTLT-UBDT-TC" is the Ethnic Committee's and the Ministry of Finance's
            row = ref.issuer("B" + _body_code(code), number.type_code)
            if row is not None and not (row.body or "").startswith("Bộ "):
                row = None
        if row is None or row.body is None:
            return None
        body = row.body if joint else _with_board(number, row.body)
        names.append(_provincial(body, province, district))
    return " - ".join(names)


# a committee's boards, written after its code: "MTTW-BTT", "MTTW-ĐCT"
_BOARDS_OF = {"BTT": "Ban Thường trực", "ĐCT": "Đoàn Chủ tịch"}
_FRONT_COMMITTEE = re.compile(r"Ủy ban (?:Trung ương )?Mặt trận Tổ quốc")


def _with_board(number: DocNumber, body: str) -> str:
    """The Front committee's body a symbol's first code names, with the board its second
    code names before it: "27/HD-MTTW-BTT", "45/KH-MTTQ-BTT" are the standing board's."""
    codes = number.issuers
    board = _BOARDS_OF.get(codes[1]) if len(codes) > 1 else None
    if board is not None and _FRONT_COMMITTEE.match(body):
        return f"{board} {body}"
    return body


# the types of papers bodies issue together, each code after the type one of them: "Thông tư
# liên tịch", "Nghị quyết liên tịch", "Kế hoạch liên tịch" ("02/KHLT-MTTQ-UBND")
_JOINT_TYPES = frozenset({"TTLT", "NQLT", "KHLT"})
# codes the national body and its provincial offices share
_NATIONAL_AND_LOCAL = {"BHXH": "Bảo hiểm xã hội Việt Nam"}


def _joint_codes(number: DocNumber) -> bool:
    """Whether a symbol's codes name two or more bodies of one kind that issued it together,
    whatever its type: "KH-SYT-SGDĐT" (two departments), "CV-BCA-BQP" (two ministries) — not a
    body and its division's letters ("QĐ-BNN-KH", "UBND-KT")."""
    if number.party or len(number.issuers) < 2:
        return False
    ref = reference()
    heads = set()
    for code in number.issuers:
        row = ref.issuer(_body_code(code), number.type_code)
        if row is None or row.body is None or code in _NATIONAL_AND_LOCAL:
            return False
        heads.add(row.body.split(" ", 1)[0])
    return len(heads) == 1 and heads <= {"Sở", "Bộ"}


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class _Cite:
    start: int
    end: int
    cue_start: int  # where the citing phrase starts (head noun), cues are read before it
    number: DocNumber | None = None
    key: str | None = None
    short: str | None = None  # bare number of a short form
    short_year: str | None = None
    type: str | None = None
    type_from_head: bool = False
    issuer: str | None = None
    issuer_rank: int = 0  # 4 "của X" with the number, 3 other prose, 2 shared, 1 symbol
    party_level: str | None = None
    date: str | None = None
    date_rank: int = 0
    date_together: bool = False  # "… và Nghị định số 159 cùng ngày 25/6/2025": every number's
    year: int | None = None
    term: str | None = None
    title: str | None = None
    relation: str = "cites"
    law: bool = False
    anaphor: bool = False
    # another cited document the clause says acts on this one, and how ("Nghị định 67 sửa
    # đổi Nghị định 178": 178's actor is 67, its action "amends")
    actor: _Cite | None = None
    action: str | None = None
    after_end: int = 0  # end of the number and its date (for list chains)
    before_issuer: str | None = None
    before_date: str | None = None
    after_issuer: str | None = None
    own_before: bool = False  # before_issuer written with the reference ("Nghị quyết của X số")
    abbreviated: bool = False  # a short form under an abbreviated head ("NQ 57")
    weak: bool = False  # such a form with no issuer nor "số": only a document named in full
    siblings: tuple[tuple[int, int, str], ...] = ()


_TITLE_ABOUT = re.compile(
    r"[\s,]*(?:\(\s*[Kk]hóa\s+[IVXLC]+\s*\)\s*)?[\s,]*"
    r"(?:(?:hướng\s+dẫn|quy\s+định)(?:\s+chi\s+tiết)?\s+)?(?P<t>về\s.*)",  # "… hướng dẫn về …"
    re.S,
)
_TITLE_QUOTED = re.compile(r"[\s,]*(?P<t>“[^”\n]{3,250}”)")
_TITLE_END = re.compile(
    r"[;\n]|\.(?!\d)|\s+và\s+(?:các\s+)?(?:Nghị|Quyết|Chỉ|Kết|Kế|Thông|Công|Hướng|Quy|Luật"
    r"|Đề\s+án|Phương\s+án|Tờ\s+trình|Báo\s+cáo|Chương\s+trình|Bộ\s+luật|Pháp\s+lệnh)"
    # another citation of the same in brackets: "… các cấp (Chỉ thị số 35-CT/TW …)"
    r"|\s*\((?=\s*(?:Nghị|Quyết|Chỉ|Kết|Kế|Thông|Công|Hướng|Quy|Luật)\s)"
    r"|,\s+(?:ngày|Ngày)\s|\s\d+\s*[/\-–]"
    # the next document of a list after a comma: "…trong tình hình mới, Luật Bảo hiểm y tế và …"
    r"|,\s+(?=(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kết\s+luận"
    r"|Thông\s+tư|Pháp\s+lệnh)\s+[" + UPPER + r"\d]|(?:Nghị\s+định|Nghị\s+quyết|Quyết\s+định"
    r"|Chỉ\s+thị|Kết\s+luận|Thông\s+tư|Kế\s+hoạch)\s+số)"
    # the next document's number, not a numbered storm, road or unit ("bão số 3")
    r"|(?<!bão)(?<!lộ)(?<!tổ)(?<!đội)(?<!thôn)(?<!ấp)(?<!xóm)(?<!khu)(?<!đợt)\s+số\s*:?\s*\d"
    # a fronted clause ends where its sentence's subject, a body, begins: "Thực hiện Chỉ thị
    # … về tăng cường công tác dân vận, UBND huyện đã …"
    r"|,\s+(?=(?:UBND|HĐND|MTTQ|BTV|BCH|Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng|Ban|Sở|Phòng|Bộ|Cục"
    r"|Tổng\s+cục|Văn\s+phòng|Chính\s+phủ|Thủ\s+tướng|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy"
    r"|Đảng\s+ủy|Đảng\s+bộ|Mặt\s+trận|Công\s+an|Chủ\s+tịch|Thường\s+trực|Liên\s+đoàn"
    r"|Đoàn|Hội|Trường|Các\s+cấp|Các\s+cơ\s+quan|Các\s+địa\s+phương)\b)"
    # ... or where a short subject and an auxiliary follow a comma: "…, huyện đã kiểm tra …"
    r"|,\s+(?=(?:[^\s,;.]+\s+){1,3}(?:đã|đang|sẽ|vừa)\s)"
    # the sentence's passive predicate: "… về giảm nghèo được ban hành ngày …", "… đã được
    # các địa phương triển khai"; and what the document does to another ("thay thế Luật …")
    r"|\s+(?:(?:đã|đang|sẽ|vừa|cũng)\s+)*(?:được|bị)\s+(?:ban\s+hành|ký|thông\s+qua"
    r"|triển\s+khai|sơ\s+kết|tổng\s+kết|quán\s+triệt|áp\s+dụng)(?!\w)"
    r"|(?<!về)(?<!việc)\s+thay\s+thế\s+(?=[" + UPPER + r"])"
)
_CLAUSE_END = re.compile(r"[,;:]\s*$")
# a clause opens after a comma, also with its date first: "…, ngày 20/3/2018 Tỉnh ủy ban hành"
_CLAUSE_OPEN = re.compile(
    r"[,;:]\s*(?:(?:[Nn]gày|[Hh]ôm)\s+\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?\s*)?$"
)
# a date after a number that a body and its verb follow opens the next clause, not the
# number's date: "Thực hiện Quyết định số 1234/QĐ-UBND, ngày 15/5/2024 Sở Y tế tổ chức …"
_DATE_THEN_SUBJECT = re.compile(r"[^\S\n]+(?!của\b|do\b)(?=[" + UPPER + r"])")
_DIGITS = re.compile(r"\d{1,5}[a-zđ]?")
_WRAPPED = re.compile(r"\n(?=[^\S\n]*[" + LOWER + r"])")
_BARE_YEAR = re.compile(r"\s+((?:19|20)\d\d)(?!\d)")
# a law's number after its name: "Luật Đất đai số 31/2024/QH15", also in apposition, in
# brackets or after a comma ("Luật Đất đai năm 2024 (Luật số 31/2024/QH15)")
_NUMBER_FOLLOWS = re.compile(
    r"\s*(?:(?:năm\s+)?(?:19|20)\d\d(?!\d)\s*)?"
    r"(?:(?:\(|,)\s*(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+)?)?(?:số|Số)\s*:?\s*"
)


def _title_after(text: str, position: int) -> str | None:
    end = position + 300
    match = _TITLE_ABOUT.match(text, position, end) or _TITLE_QUOTED.match(text, position, end)
    if match is None:
        return None
    start, stop = match.span("t")
    cut = _TITLE_END.search(text, start, stop)
    title = text[start : cut.start() if cut else min(stop, start + 200)]
    return title.strip(' ,“”"') or None


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LEAD_DATE = re.compile(r"\n[^\S\n]*Ngày[^\S\n]+$")
_LINE_OPENS = re.compile(r"\n[^\S\n]*[" + UPPER + r"]")


def _new_sentence(text: str, end: int, match: re.Match[str]) -> bool:
    """Whether the "ngày …" after a number opens a new sentence: after a blank line, or on a
    new line opening with a capital and without a year ("…/QĐ-TTg\nNgày 2/2, Ban Thường vụ
    …" is the lead after a title, not the number's date; "…/QĐ-TTg\nngày 12/3/2013" is)."""
    gap = text[end : match.start("date")]
    if "\n" not in gap:
        return False
    if _BLANK_LINE.search(gap):
        return True
    if _LEAD_DATE.search(gap) and text.startswith(",", match.end("date")):
        return True  # a headline's "…Chỉ thị 05\nNgày 20/5/2021, Tỉnh ủy …": the lead's date
    parts = _date_parts(match, "a")
    return bool(_LINE_OPENS.search(gap)) and (parts is None or parts[2] is None)


# "…126-KL/TW, ngày 28/2 ban hành Kết luận số 127-KL/TW": after a comma, a date its issuing
# verb follows is the next document's
_NEXT_ISSUE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:đã|lại|tiếp tục)[^\S\n]+)?(?:ban hành|ký|ra)[^\S\n]+(?:các[^\S\n]+)?"
    r"(?:Nghị|Quyết|Chỉ|Kết|Kế|Thông|Công|Hướng|Quy|Luật|Đề|Chương)\s"
)


def _dates_next_issue(text: str, match: re.Match[str]) -> bool:
    gap = text[match.start() : match.start("date")]
    return "," in gap and _NEXT_ISSUE.match(text, match.end("date")) is not None


def _date_opens_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the date after a number in a fronted clause, set apart by a comma, opens the
    main clause: a body follows it with a predicate ("Thực hiện …/QĐ-UBND, ngày 15/5/2024 Sở
    Y tế tổ chức hội nghị"; not "Quyết định số 500/QĐ-UBND, ngày 3/4/2024 UBND huyện giao
    …", where the decision is the subject and the date its own)."""
    gap = text[match.start() : match.start("date")]
    if "," not in gap:
        return False
    space = _DATE_THEN_SUBJECT.match(text, match.end("date"))
    if space is None:
        return False
    pats = _patterns()
    organ = pats.organ.match(text, space.end())
    if organ is None:
        return False
    predicate = _PREDICATE.search(text, organ.end(), organ.end() + 80)
    stop = pats.stop.search(text, organ.end(), organ.end() + 80)
    return predicate is not None and (stop is None or predicate.start() <= stop.start())


_CLOSES_ITS_BRACKET = re.compile(r"[^\S\n]*\)")


# what may follow a document's year written after a comma: its issuer, or the clause's end
_YEAR_ENDS = re.compile(r"[^\S\n]*(?:[.;:)\n]|,|$|(?:của|do|ban hành)(?![\w]))")


def _after(text: str, cite: _Cite, ctx: _Context) -> None:
    """Date, issuer, term and title written after the number."""
    pats = _patterns()
    start = cite.end
    closing = _CLOSES_ITS_BRACKET.match(text, start)
    if closing is not None and text.rfind("(", max(0, cite.cue_start - 2), cite.start) > (
        text.rfind(")", cite.cue_start, cite.start)
    ):
        # the number alone in brackets after its name: "Luật sửa đổi … (Luật số 83/2025/QH15)
        # được Quốc hội thông qua ngày …": what follows the bracket is the document's
        start = closing.end()
    match = pats.after.match(text, start, start + 200)
    cite.after_end = cite.end
    position = cite.end
    if match:
        by = match.group("by")
        if by is not None and pats.organ.match(by) and match.group("date"):
            # "Quy định số 144-QĐ/TW được Bộ Chính trị ban hành ngày …": the body that issued
            passive, passive_level, _ = ctx.body(by, match.start("by"))
            if passive and _symbol_allows(cite, passive):
                cite.after_issuer = passive
                cite.party_level = cite.party_level or passive_level
        if match.group("date") and not (
            _new_sentence(text, cite.end, match)
            or (_fronted(text, cite, ctx) and _date_opens_clause(text, match))
            or _dates_next_issue(text, match)
            or _ANOTHER_DATE.match(text, match.end("date"))
        ):
            parts = _date_parts(match, "a")
            if parts:
                iso = _fill_year(parts, ctx.dateline)
                if iso:
                    cite.date, cite.date_rank = iso, 2
                    cite.after_end = match.end("date")
                    cite.date_together = match.group("together") is not None
        year_opens_clause = bool(match.group("year")) and (
            "," in text[cite.end : match.start("year")]
            and not _YEAR_ENDS.match(text, match.end("year"))
        )
        if match.group("year") and not year_opens_clause:
            # (not "Thông tư …, năm 2025 UBND tỉnh đã …": the year of the clause after)
            cite.year = int(match.group("year"))
            cite.after_end = match.end("year")
        position = match.end()
        if match.group("of") is not None:
            window = _plenum(text[position : position + 200])
            if _fronted(text, cite, ctx):
                window = window[: _subject_comma(window)]
            of = match.group("of")
            # ("do X ban hành", "được X ký": the body that issued; "do Sở X tham mưu" drafted)
            issued_by = not of.startswith(("do", "mà", "được")) or _DO_ISSUED.match(window)
            if of.startswith("mà") and _MA_MORE.search(window, 0, 100):
                issued_by = None  # "không chỉ … Quyết định số X mà UBND huyện còn ban hành …"
            if issued_by and (pats.organ.match(window) or position in ctx.bodies):
                # a plenum's window names its committee, not what the text writes there
                at = position if window == text[position : position + len(window)] else None
                name: str | None
                level: str | None
                term: str | None
                if not pats.organ.match(window) and at is not None:
                    # a body the issuer table cannot read from its start ("UBKT Tỉnh ủy",
                    # capitals, Title Case): the agency finder's, named right there
                    name = ctx.bodies[position]
                    level, term = _party_level(name), None
                else:
                    name, level, term = ctx.body(window, at)
                if name:
                    cite.after_issuer = name
                    if cite.date is None and at is not None:
                        _date_after_issuer(text, cite, ctx, position)
                if level:
                    cite.party_level = cite.party_level or level
                if term:
                    cite.term = term
    header = pats.header.match(text, cite.end, cite.end + 120)
    if header and _DATELINE_DASH.match(text, header.end()):
        header = None  # "Đông Hà, ngày 3/3/2025 - Ban Thường vụ …": a news dateline
    if header and cite.date is None:
        parts = _date_parts(header, "h")
        if parts and parts[2] is not None:
            cite.date, cite.date_rank = _iso(parts[0], parts[1], parts[2]), 2
            cite.after_end = header.end()
            place = pats.province.fullmatch(header.group("place").strip())
            if place and ctx.header_province is None:
                ctx.header_province = _province_name(place.group())
    stop = pats.stop.search(text, position, position + 200)
    at = stop.start() if stop else position
    title = _title_after(text, at)
    if title is None and at != cite.after_end:
        title = _title_after(text, cite.after_end)
    cite.title = title
    if title is not None and cite.date is None:
        # "Chỉ thị số 35-CT/TW của Bộ Chính trị về …, ban hành ngày 14/6/2024, …": the day it
        # was issued, written after its title
        title_at = text.find(title, at, at + 400)
        title_end = title_at + len(title)
        issued = (
            _ISSUED_AFTER_TITLE.search(text, title_at, title_end + 40) if title_at >= 0 else None
        )
        parts = _date_parts(issued, "a") if issued is not None else None
        iso = _fill_year(parts, ctx.dateline) if parts else None
        if issued is not None and iso and not _A_NUMBER.search(text, title_at, issued.start()):
            cite.date, cite.date_rank = iso, 2
            if issued.start() < title_end:  # (the title ends before it)
                cite.title = text[title_at : issued.start()].rstrip(" ,(") or None
    if title is not None and cite.after_issuer is None and cite.number is not None:
        _after_title(text, cite, ctx, title, cite.end)
    if cite.after_issuer is None and _AT_DOCUMENT.search(
        text, max(0, cite.cue_start - 8), cite.cue_start
    ):
        _subject_of_its_document(text, cite, ctx)


# the issuing day after a document's title: "…, ban hành ngày 14/6/2024", "(ký ngày …)"
_ISSUED_AFTER_TITLE = re.compile(
    r"[^\S\n]*[,(][^\S\n]*(?:được[^\S\n]+)?(?:ban hành|ký)[^\S\n]+(?:vào[^\S\n]+)?ngày[^\S\n]+"
    r"(?P<date>" + _DATE.replace("(?P<", "(?P<a") + r")"
)


# the date or issuer closing a title: "… về xây dựng … con người Việt Nam ngày 9/6/2014 của
# Ban Chấp hành Trung ương", "… phong cách Hồ Chí Minh của Bộ Chính trị"
_TITLE_CLOSED = re.compile(r"\s+(?:ngày|của)(?:\s+\S+){0,5}\s*$")


def _after_title(text: str, cite: _Cite, ctx: _Context, title: str, at: int) -> None:
    """The date and issuer written after a document's title (looked for from ``at``), taken
    when the issuer is a central body its symbol names ("Chỉ thị số 05-CT/TW về … của Bộ
    Chính trị"); the title then ends before them."""
    start = text.find(title, at, at + 400)
    closed = _TITLE_CLOSED.search(title)
    if start < 0 or closed is None:
        return
    tail = start + closed.start()
    match = _patterns().after.match(text, tail, tail + 200)  # (it reads the space before)
    if match is None or match.group("of") is None or not match.group("of").startswith("của"):
        return
    position = match.end()
    name, level, _ = ctx.body(text[position : position + 200], position)
    if name is None or _LOCAL_BODY.search(name):
        return
    number = cite.number
    assert number is not None
    if number.party:
        fits = level == "TW" and bool(number.issuers) and number.issuers[-1] == "TW"
    else:
        fits = _sole_issuer(cite) == name
    if not fits:
        return
    cite.after_issuer = name
    cite.title = title[: closed.start()].rstrip(" ,") or None
    if cite.date is None and match.group("date"):
        parts = _date_parts(match, "a")
        iso = _fill_year(parts, ctx.dateline) if parts else None
        if iso:
            cite.date, cite.date_rank = iso, 2


# "Tại Công văn số 567/UBND-KT ngày 3/2, UBND huyện X yêu cầu …": the subject that says
# something in a document is its issuer
_AT_DOCUMENT = re.compile(r"(?:^|[.;:\n]\s*|,\s*)(?:Tại|tại)\s+$")
_SAYS_IN_IT = re.compile(
    r"[ \t]*,[ \t]*(?P<who>[^,;.\n]{2,80}?)[ \t]+(?:đã[ \t]+|cũng[ \t]+)?"
    r"(?:yêu cầu|đề nghị|giao|chỉ đạo|đề xuất|thông báo|quyết định|phê duyệt|kết luận"
    r"|hướng dẫn|cho biết|nêu rõ|nhấn mạnh|xác định|đánh giá|báo cáo|trả lời)(?![\w])"
)


_NOT_ITS_OWN = re.compile(r"(?<![\w])(?:được|bị|các|những)(?![\w])")
_LEVEL_AT_END = re.compile(r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")


def _subject_of_its_document(text: str, cite: _Cite, ctx: _Context) -> None:
    """The issuer of a document the clause says something in ("Tại Quyết định số …, UBND
    huyện X giao …"): the clause's subject, where the symbol allows it."""
    said = _SAYS_IN_IT.match(text, cite.after_end)
    body = _sole_issuer(cite) or (
        _first_issuer_body(cite.number) if cite.number is not None else None
    )
    if said is None or body is None or "{" not in body:
        return  # (a central body's symbol names it: its own issuer)
    who = said.group("who")
    if _NOT_ITS_OWN.search(who):
        return  # "Tại Công văn …, Sở X được UBND tỉnh giao …", "UBND các tỉnh …": not theirs
    organ = _subject(who)
    if organ is None:
        return
    name, level, _ = ctx.body(who[organ:], said.start("who") + organ)
    # a body of the kind the symbol names ("…/UBND-KT": an Ủy ban nhân dân of any level)
    kind = _LEVEL_AT_END.sub("", body.split(" {", 1)[0])
    holder = _HOLDER.match(name) if name else None
    own = name[holder.end() :] if name and holder else name
    if own and own.startswith(kind) and _symbol_allows(cite, own) and _level_fits(cite, own):
        cite.after_issuer = name
        if level:
            cite.party_level = cite.party_level or level


# "do X ban hành" names the issuer; "do Sở X tham mưu" the body that drafted it
_DO_ISSUED = re.compile(
    r"(?:(?!tham mưu|trình|chủ trì|soạn thảo|xây dựng|đề xuất|được)[^.;\n]){1,100}?"
    r"\s(?:ban hành|ký|thông qua|phát hành|gửi)" + _NO_WORD
)
# "mà X còn/cũng …": the second half of "không chỉ … mà … còn", not a relative clause
_MA_MORE = re.compile(r"\s(?:còn|cũng|lại|vẫn|đồng thời)\s")
# the date written after the issuer: "… 759/QĐ-TTg của Thủ tướng Chính phủ ngày 14/4/2025",
# "… do UBND tỉnh ban hành (ngày 18/4/2025)"
# "… mà Thủ tướng vừa ký ngày …"; "… của Bộ Chính trị, ngày 14/6/2024 về …" (after a comma,
# only when its title or the end follows: "…, ngày 20/7[,] tỉnh tổ chức …" dates that clause)
_ISSUER_DATE = re.compile(
    r"(?:[^\S\n]+(?:(?:đã|vừa|mới)[^\S\n]+)*(?:được[^\S\n]+)?(?:ban hành|ký|thông qua))?"
    r"(?P<comma>,)?[^\S\n]*\(?[^\S\n]*(?:ngày|Ngày)[^\S\n]+(?:(?:mùng|mồng)[^\S\n]+)?"
    r"(?P<date>" + _DATE.replace("(?P<", "(?P<a") + r")"
)
# a second date listed after the first: the dates of the documents listed before, in turn;
# not one that opens the next clause, its subject written next ("Kế hoạch số 20 ngày 4/3,
# ngày 10/3 UBND xã … tổ chức": the plan is of 4/3)
_ANOTHER_DATE = re.compile(
    r"[^\S\n]*(?:,|và)[^\S\n]*(?:ngày[^\S\n]+)?\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}(?!\d)"
    rf"(?![^\S\n]*,?[^\S\n]*[{UPPER}])"
)
_TITLE_AFTER_DATE = re.compile(
    r"\s+(?:về|v/v|quy định|phê duyệt|hướng dẫn|ban hành)\s|\s*(?:[;.)]|$)"
)


def _date_after_issuer(text: str, cite: _Cite, ctx: _Context, position: int) -> None:
    pats = _patterns()
    organ = pats.organ.match(text, position)
    if organ is None:
        return
    stop = pats.stop.search(text, organ.end(), position + 200)
    if stop is None:
        return
    year = _ISSUER_YEAR.match(text, stop.start())
    if year is not None and cite.year is None and (cite.number is None or not cite.number.year):
        # "Quyết định số 1600/QĐ-UBND của UBND tỉnh Lào Cai năm 2023 về …": the year it was
        # issued in, after its issuer (not one opening the next clause: "…, năm 2023 tỉnh …")
        cite.year = int(year.group(1))
        return
    dated = _ISSUER_DATE.match(text, stop.start())
    if dated is None:
        return
    if dated.group("comma") and not _TITLE_AFTER_DATE.match(text, dated.end()):
        return
    if _ANOTHER_DATE.match(text, dated.end()):
        return  # "… ban hành ngày 30/4/2025 và 04/5/2025": each document's, not this one's
    parts = _date_parts(dated, "a")
    iso = _fill_year(parts, ctx.dateline) if parts else None
    if iso:
        cite.date, cite.date_rank = iso, 2


_ISSUER_YEAR = re.compile(
    r"[^\S\n]+năm[^\S\n]+((?:19|20)\d\d)(?!\d)(?=[^\S\n]*(?:[.;:)]|$|[^\S\n]+[a-zđ]))"
)


# what a document does, in a few words with no number, date or issuer, then "và" before the
# next document: "… thành lập Đảng bộ xã X và …"
_WHAT_IT_DOES_AND = re.compile(r"[ \t]+(?!của\s|ngày\s)[^;.\n()\d:]{1,100}?[ \t]+và[ \t]+")


_DATELINE_DASH = re.compile(r"[^\S\n]*[-–—][^\S\n]")


# A plenum issues in its committee's name: "của Hội nghị lần thứ tư Ban Chấp hành Trung ương
# Đảng khóa XIII", "của Hội nghị Trung ương 6 khóa XII" (the Central Committee's sixth).
_PLENUM_OF = re.compile(
    r"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+\s+)?(?:của\s+)?(?=Ban\s+[Cc]hấp\s+hành\s)"
)
_PLENUM_CC = re.compile(
    r"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+\s+(?:của\s+)?)?Trung\s+ương(?:\s+\d+|\s+lần\s+thứ\s+\w+)?"
    + _NO_WORD
)


def _plenum(window: str) -> str:
    """An issuer phrase with a plenum named as its committee."""
    central = _PLENUM_CC.match(window)
    if central is not None:
        return "Ban Chấp hành Trung ương Đảng" + window[central.end() :]
    prefix = _PLENUM_OF.match(window)
    return window[prefix.end() :] if prefix is not None else window


# A citing phrase fronted before its sentence's subject: "Thực hiện Chỉ thị … của Bộ Chính
# trị, Ban Thường vụ Huyện ủy X đã ban hành …" (cue words of implementing or basing, after the
# sentence start or a dated opening "Ngày 2/3,").
_FRONTED = re.compile(
    r"(?:(?:[Nn]gày|" + _TIME_OF_DAY + r")\s+(?:ngày\s+)?" + _DATE + r"\s*,\s*)?"
    r"(?:(?:Để|Nhằm|Tiếp tục|Qua \d+ năm)\s+)?"
    r"(?:[Tt]ổ chức thực hiện|[Tt]hực hiện|[Cc]ăn cứ|[Tt]riển khai|[Qq]uán triệt|[Tt]heo tinh thần"
    r"|[Tt]hi hành|[Cc]ụ thể hóa|[Hh]ưởng ứng|[Tt]heo|(?:[Nn]gay\s+)?[Ss]au khi (?:có|nhận được))\s"
)
# What a sentence's subject does: an auxiliary (not a passive "đã được") or a main verb.
_PREDICATE_WORDS = (
    r"(?:(?:đã|đang|sẽ|vừa|mới|cũng|đều|luôn|tiếp tục)(?!\s+(?:được|bị)\b)"
    r"|ban hành|tổ chức|triển khai|thực hiện|chỉ đạo|yêu cầu|đề nghị|tham mưu|phối hợp|chủ trì"
    r"|giao|thông qua|quyết định|lãnh đạo|xây dựng|kiểm tra|ra quân|ký"
    r"|ra(?=\s+(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông báo|Kết luận|Công văn)))"
)
_PREDICATE = re.compile(r"\s+" + _PREDICATE_WORDS + _NO_WORD)
# ... and, right after a body that opens the main clause, the verbs of a campaign or a
# guidance ("…, Ủy ban MTTQ tỉnh X phát động thi đua", "…, Ban Tuyên giáo hướng dẫn …")
_SUBJECT_PREDICATE = re.compile(
    r"\s+(?:" + _PREDICATE_WORDS + r"|phát động|vận động|hướng dẫn|quán triệt|tuyên truyền"
    r"|đẩy mạnh|tăng cường|tập trung|rà soát|giám sát|tiến hành|chủ động"
    # ... and of personnel and organisation ("…, Ban Thường vụ Tỉnh ủy chỉ định nhân sự")
    r"|chỉ định|chuẩn y|kiện toàn|phân công|điều động|bổ nhiệm|luân chuyển|thành lập)" + _NO_WORD
)
# words of a document's title or date between a body and a verb: the body is one of the
# document's issuers ("của Bộ Chính trị, Ban Bí thư về tổ chức đại hội"), no clause's subject
_TITLE_BETWEEN = re.compile(r"\s(?:về|ngày|số|khóa|nhằm|đối với|trong|tại)\s")
_COMMA = re.compile(r",\s+")
_CLAUSE_MARK = re.compile(r"[,;:()\n]")


def _fronted(text: str, cite: _Cite, ctx: _Context) -> bool:
    """Whether the citing phrase opens its sentence or a clause after ";", ":" or ","."""
    opening = text[ctx.sentence_start(cite.cue_start) : cite.cue_start]
    if _FRONTED.match(opening.lstrip()):
        return True
    clause = max(opening.rfind(";"), opening.rfind(":"), opening.rfind(","))
    if clause >= 0 and _FRONTED.match(opening[clause + 1 :].lstrip()) is not None:
        return True
    # an item after ";" of a list the citing phrase opened: "Tại kỳ họp, căn cứ Quy định A
    # của X; Hướng dẫn B của Y, Z đã xem xét …"
    while clause >= 0 and opening[clause] == ";" and not opening[clause + 1 :].strip():
        opening = opening[:clause]
        clause = max(opening.rfind(";"), opening.rfind(":"), opening.rfind(","))
        if _FRONTED.match(opening[clause + 1 :].lstrip()) is not None:
            return True
    return False


def _subject_comma(window: str) -> int:
    """Where the issuer phrase after "của" ends when a comma opens the sentence's subject: a
    body after the comma that a predicate follows ("…, Ủy ban MTTQ tỉnh X đã chủ trì").
    Without a predicate the comma joins issuers ("của Bộ Chính trị, Ban Bí thư về …")."""
    pats = _patterns()
    organ = pats.organ.match(window)
    if organ is None:
        return len(window)
    first_stop = pats.stop.search(window, organ.end())
    limit = first_stop.start() if first_stop else len(window)
    for comma in _COMMA.finditer(window, organ.end(), limit + 1):
        body = pats.organ.match(window, comma.end())
        if body is None:
            continue
        stop = pats.stop.search(window, body.end())
        if (
            stop is not None
            and _PASSIVE_PREDICATE.match(window, stop.start())
            and not _CLAUSE_MARK.search(window, body.end(), stop.start())
        ):
            return comma.start()  # "…, UBND tỉnh được thành lập lại": the clause's subject
        predicate = _SUBJECT_PREDICATE.search(window, body.end())
        if predicate is None or _TITLE_BETWEEN.search(window, body.end(), predicate.start() + 1):
            continue
        if stop is None or predicate.start() <= stop.start():
            return comma.start()
        if predicate.start() - body.end() <= 30 and not _CLAUSE_MARK.search(
            window, body.end(), predicate.start()
        ):
            return comma.start()  # "…, Ban Chỉ đạo 138 quận đã tổ chức": a short name after it
        if _BRACKETED_NAME.fullmatch(window, stop.start(), predicate.start()) and not (
            _CLAUSE_MARK.search(window, body.end(), stop.start())
        ):
            return comma.start()  # "…, Huyện ủy Duy Xuyên (Quảng Nam) chỉ đạo": its province
    return len(window)


# a passive predicate after a body (not one that says the document was issued: "…, Ban Bí
# thư được ban hành ngày …" names the issuers)
_PASSIVE_PREDICATE = re.compile(
    r"\s+(?:(?:đã|vừa|mới|cũng|sẽ)\s+)*(?:được|bị)\s+(?!(?:ban hành|ký|thông qua|phê duyệt)\b)"
)
# a bracketed name after a body, its place: "Huyện ủy Duy Xuyên (Quảng Nam)"
_BRACKETED_NAME = re.compile(r"\(\s*[A-ZĐ][\w ]{1,30}\)")


def _before(text: str, cite: _Cite, ctx: _Context) -> None:
    """Issuer (and date) written before the citing phrase."""
    pats = _patterns()
    if cite.after_issuer is None:
        # "Xã X được UBND huyện Y tặng Giấy khen theo Quyết định số …": the body that awards
        low = max(ctx.sentence_start(cite.cue_start), cite.cue_start - 200)
        has_passive = text.find("được", low, cite.cue_start) >= 0
        awarded = _AWARDED_BY.search(text, low, cite.cue_start) if has_passive else None
        if awarded is not None and awarded.group().endswith("(") and (
            (cite.number is not None and cite.number.party)
            or len(pats.organ.findall(awarded.group("who"))) > 1
            or "được" in awarded.group()[awarded.end("who") :]
        ):
            # in brackets, only the plain case: not a Party number ("… trao Huy hiệu Đảng (Quyết
            # định số 120-QĐ/TU)": its code's board), nor a body advising another, nor an award
            # "nhân dịp được công nhận (…)" of something else
            awarded = None
        if awarded is not None:
            name, _, _ = ctx.body(awarded.group("who"), awarded.start("who"))
            if name and _may_award(cite, name):  # (not a decree the award is under)
                cite.before_issuer = name
                return
    verb = _ENDS_WITH_VERB.search(text, max(0, cite.cue_start - 30), cite.cue_start)
    if (
        verb is None
        and not _ENDS_WITH_TAI.search(text, max(0, cite.cue_start - 8), cite.cue_start)
        and not text[max(0, cite.cue_start - 4) : cite.cue_start].rstrip().endswith(":")
    ):
        return
    low = max(ctx.sentence_start(cite.cue_start), cite.cue_start - 220)
    # not past another document's number: "Tỉnh ủy ban hành Kết luận số 45-KL/TU và UBND tỉnh
    # ban hành Kế hoạch số 388/KH-UBND": the plan's subject is after the conclusion's number
    numbers = [m.end() for m in _A_NUMBER.finditer(text, low, cite.cue_start)]
    if numbers:
        low = numbers[-1]
    window = text[low : cite.cue_start]
    match = pats.before_verb.search(window)
    if match:
        who = window[match.start() : match.end("who")]
        at = low + match.start()
        reported = _REPORTED.search(who)
        spoken = False  # the subject read from the speaker's office
        if reported is not None:
            # "Phó Chủ tịch UBND tỉnh X Y cho biết, [ngày …,] UBND huyện Z đã ban hành …": the
            # clause after the report has the subject (and the date)
            rest = who[reported.end() :]
            if _subject(rest) is not None:
                who, at = rest, at + reported.end()
            else:
                # a bare unit after the report: the one the speaker's office names ("Chủ tịch
                # UBND xã X cho biết, xã đã ban hành …"); if none, the speaker's body is read as
                # the subject (a Party number after "Bí thư Đảng ủy xã X cho biết, xã đã …")
                _place_as_subject(cite, rest, ctx, at + reported.end(), who[: reported.end()])
                if cite.before_issuer is not None:
                    return
                spoken = True
        organ = _subject(who)
        joint = _CONJOINED_END.search(who)
        of_previous = (
            _OF_PREVIOUS.match(who)
            and joint is not None
            # ("… của UBND tỉnh về việc phê duyệt và ban hành …": "và" inside its title)
            and (";" in joint.group() or not _TITLE_BETWEEN.search(who))
        )
        if numbers and ((organ is None and _CONJOINED.fullmatch(who)) or of_previous):
            # "UBND huyện X đã triển khai Quyết định số A của UBND tỉnh; đồng thời ban hành Kế
            # hoạch số B": the sentence's subject does both, not the body of the first document
            opening = ctx.sentence_start(cite.cue_start)
            head = text[opening : numbers[0]]
            first = _SENTENCE_SUBJECT.match(head)
            verb = _SUBJECT_PREDICATE.search(head, first.end()) if first is not None else None
            if first is not None and verb is not None and pats.organ.match(head, first.end()):
                who, at = head[first.start("who") : verb.start()], opening + first.start("who")
                organ = 0
        if organ is None:
            _place_as_subject(cite, who, ctx, at, dated=match.group("verb") not in _ANNOUNCING)
        if organ is None and cite.before_issuer is None:
            _head_as_subject(cite, who, ctx, at)
        if organ is not None:
            organ = _joint_subject(cite, who, organ)
            name, level, term = ctx.body(who[organ:], at + organ)
            if name:
                name = _allowed_part(cite, name)
            party = cite.number is not None and cite.number.party
            if name and party and _STATE_OFFICE.match(name):
                # "Chủ tịch UBND xã X, xã đã ban hành Nghị quyết số 12-NQ/ĐU": no State office
                # issues a Party number; of "Tỉnh ủy, UBND tỉnh ban hành Chỉ thị …-CT/TU" the
                # committee does
                start = _list_start(who, organ)
                listed, _, _ = ctx.body(who[start:], at + start) if start < organ else (None, 0, 0)
                agency = (
                    _AGENCY.match(name) is not None
                    and cite.number is not None
                    and cite.number.issuers[-1:] == ("ĐU",)
                )
                # (an agency's own "…/ĐU" number is its Party committee's: "Đảng ủy Công an
                # tỉnh X")
                name = _party_part(listed) if listed else (f"Đảng ủy {name}" if agency else None)
            if name and match.group("verb") in _DRAFTING and not _may_have_issued(cite, name):
                return  # "Bộ Tài chính đã xây dựng Nghị định … /NĐ-CP": drafted, not issued
            if name and spoken:
                # the board a speaker heads, not its head: "Trưởng Ban Kinh tế - Ngân sách HĐND
                # tỉnh cho biết, Ban đã có Báo cáo …" (as written after "của", the head issues)
                name = _HEAD_OF_BOARD.sub("", name)
            if name:
                cite.before_issuer = name
            if level:
                cite.party_level = cite.party_level or level
            if term and cite.term is None:
                cite.term = term
            dates = list(_BEFORE_DATE.finditer(who, 0, organ))
            dated = dates[-1] if dates else None
            if dated is not None and _NUMBER_BEFORE.search(who, 0, dated.start()):
                dated = None  # "Chỉ thị số 40-CT/TW ngày 22/11/2014, BTV Tỉnh ủy …": its date
            if dated is not None and (
                dated.end() == _list_start(who, organ)
                or _SESSION.fullmatch(who, dated.end(), _list_start(who, organ))
            ):
                # (a session or venue between: "Ngày 25/4, tại kỳ họp thứ 30, HĐND tỉnh …")
                parts = _date_parts(dated)
                day = _fill_year(parts, ctx.dateline) if parts else None
                if day and match.group("verb") in _ANNOUNCING:
                    # "Chiều 15/11/2022, Thanh tra huyện công bố Kết luận số 21/KL-TTr": the
                    # day it was announced, not signed (its year, most likely)
                    cite.year = cite.year or int(day[:4])
                elif day:
                    cite.before_date = day
            period = _BEFORE_PERIOD.search(who, 0, organ)
            if dated is None and period is not None and period.end() == _list_start(who, organ):
                # "Tháng 6/2024, Bộ Chính trị ban hành …", "Năm 2022, UBND tỉnh ban hành …":
                # the year it was issued in
                cite.year = cite.year or int(period.group(1))
        return
    if _acted_at(window, low, cite, ctx):
        return
    match = pats.before_at.search(window) or _LIST_OF.search(window)
    if match:
        name, level, _ = ctx.body(match.group("who"), low + match.start("who"))
        if name:
            cite.before_issuer = name
        if level:
            cite.party_level = cite.party_level or level


# a unit named as its government, the subject of the clause: "Huyện Triệu Phong đã ban
# hành …", "…, xã Ba Lòng ban hành …"; its address may follow it ("Xã Hoằng Hóa (tỉnh Thanh
# Hóa) đã ban hành …", "huyện Diễn Châu, tỉnh Nghệ An ban hành …"): the first unit issues
_UNIT_NAME = r"(?:[" + UPPER + r"][\w'’-]*\s*){1,4}"
_PLACE_SUBJECT = re.compile(
    r"(?:^(?:và\s+)?|[,;]\s*|\svà\s+)(?:[Nn]gày\s+\S+\s*,?\s*)?"
    r"(?P<level>[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?|[Xx]ã|[Pp]hường"
    r"|[Tt]hị\s+trấn|[Đđ]ặc\s+khu)\s+(?P<name>" + _UNIT_NAME + r")"
    r"(?:\((?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*|huyện\s+)?" + _UNIT_NAME + r"\)\s*"
    r"|,\s*(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã)\s+" + _UNIT_NAME + r")*$"
)


def _first_issuer_body(number: DocNumber) -> str | None:
    """The issuer table's body for a State number's first code, which issues ("77/UBND-NN":
    the UBND's, its office for agriculture drafting)."""
    if number.party or not number.issuers:
        return None
    row = reference().issuer(_body_code(number.issuers[0]), number.type_code)
    return row.body if row is not None else None


def _date_before_subject(cite: _Cite, who: str, subject: int, ctx: _Context) -> None:
    """The day written right before a unit that is the subject of the clause dates what it
    issues: "Ngày 15/7/2025, xã Hoằng Hóa ban hành Quyết định số …"."""
    dates = [d for d in _BEFORE_DATE.finditer(who, 0, subject) if d.end() == subject]
    if not dates or cite.before_date is not None:
        return
    parts = _date_parts(dates[-1])
    day = _fill_year(parts, ctx.dateline) if parts else None
    if day:
        cite.before_date = day


def _place_as_subject(
    cite: _Cite,
    who: str,
    ctx: _Context,
    at: int,
    speaker: str | None = None,
    *,
    dated: bool = False,
) -> None:
    """A unit named as the subject issues by its body of the kind the symbol names:
    "Huyện Triệu Phong ban hành Kế hoạch số 66/KH-UBND" is the Ủy ban nhân dân huyện
    Triệu Phong's (not the province's the symbol alone would give). A bare level word is
    the article's unit of that level, when the article has one: "…, xã đã ban hành …" after
    the article named its one commune, "huyện đã …" in an article about a district — or the
    unit of that level a speaker's office names ("Chủ tịch UBND xã X cho biết, xã đã …")."""
    number = cite.number
    if number is None:
        return
    body = _first_issuer_body(number)
    if body is None or not body.endswith("tỉnh {province}"):
        return
    # ("Tỉnh X có Kế hoạch …/KH-MTTQ-BTT": the Front's board's)
    kind = _with_board(number, body[: -len("tỉnh {province}")].strip())
    match = _PLACE_SUBJECT.search(who.strip())
    if match is not None:
        level = match.group("level").lower()
        level = "thành phố" if level.startswith("tp") else " ".join(level.split())
        cite.before_issuer = f"{kind} {level} {match.group('name').strip()}"
        if dated:  # (not the day it was announced: "Sáng 3/4, huyện X công bố Quyết định …")
            _date_before_subject(cite, who, match.start("level"), ctx)
        return
    bare = _BARE_SUBJECT.search(who)
    if bare is None:
        return
    level = " ".join(bare.group("level").lower().split())
    spoken = _SPEAKERS_UNIT.search(speaker) if speaker else None
    if spoken is not None and " ".join(spoken.group("level").lower().split()) == level:
        cite.before_issuer = f"{kind} {level} {_before_person(spoken.group('name'))}"
    elif level == "huyện" and ctx.district:
        cite.before_issuer = f"{kind} huyện {ctx.district}"
    elif ctx.commune is not None and ctx.commune[0] == level and ctx.commune[2] < at:
        cite.before_issuer = f"{kind} {level} {ctx.commune[1]}"


def _head_as_subject(cite: _Cite, who: str, ctx: _Context, at: int) -> None:
    """A body's head word alone as the subject ("Trong năm, Ban đã ban hành Quyết định số
    …"): the last body with that head the text named before, where the symbol allows it."""
    bare = _BARE_HEAD.search(who)
    if bare is None:
        return
    head = bare.group("head") + " "
    named = [
        (position, name)
        for position, name in ctx.bodies.items()
        if position < at and name.startswith(head)
    ]
    if not named:
        return
    name = max(named)[1]
    if _may_have_issued(cite, name) and _local_kind_fits(cite, name):
        cite.before_issuer = name


# a head word standing for the body named before it: "Ban", "Sở", "Cục", "Trung tâm"
_BARE_HEAD = re.compile(
    r"(?:^|[,;.]\s*)(?P<head>Ban|Sở|Cục|Chi cục|Trung tâm)"
    r"(?:\s+(?:đã|vừa|cũng|mới|tiếp tục))*\s*$"
)


_BARE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*)(?P<level>[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|[Đđ]ặc\s+khu)\s*$"
)


def _before_person(name: str) -> str:
    """A unit's name without the office-holder's name written after it ("Minh Xuân Nguyễn
    Văn Bình" → "Minh Xuân"): the person is the last two to four words opening with a family
    name ("Thanh Hà Nguyễn Văn Bình" → "Thanh Hà", not "Thanh")."""
    words = name.split()
    for index in range(len(words) - 2, 0, -1):
        if len(words) - index <= 4 and _SURNAME_WORD.fullmatch(words[index]):
            return " ".join(words[:index])
    return name


_SURNAME_WORD = re.compile(_SURNAMES)
# the unit a speaker's office names: "Chủ tịch UBND xã Minh Xuân …", "… UBND tỉnh Nghệ An …"
_SPEAKERS_UNIT = re.compile(
    r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?P<level>tỉnh|huyện|xã|phường"
    r"|thị\s+trấn|đặc\s+khu)\s+(?P<name>[" + UPPER + r"][\w'-]*(?:\s+[" + UPPER + r"][\w'-]*){0,5})"
)


_A_NUMBER = re.compile(r"\d[\w.]*(?:/[\w.]+)*[/-][A-ZĐ][\wĐđ&.-]*")
_ENDS_WITH_SO = re.compile(r"(?:số|Số|SỐ)[^\S\n]*:?[^\S\n]*$")
# (an abbreviated head the cue may not cover: "UBND huyện X ban hành QĐ số …")
_ENDS_WITH_VERB = re.compile(
    rf"{_ISSUING}\s+(?:(?:các|những|hai|ba)\s+)?(?:{_ABBREVIATED_HEAD}\s+)?"
    r"(?:(?:số|Số)\s*:?\s*)?(?:\d{1,2}\s+)?$"
)
# a type word, then what the document does in lower-case words, then its number: "Quyết định
# phê duyệt phương án bồi thường số" (no other punctuation nor number between)
_DESCRIBED_HEAD = re.compile(
    r"(?<!\w)(?P<type>Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Công văn|Thông báo|Hướng dẫn"
    r"|Quy định|Kết luận|Tờ trình|Báo cáo)"
    r"(?:[^\S\n]+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+){2,12}"
    r"[^\S\n]+(?:số|Số)[^\S\n]*:?[^\S\n]*$"
)
_ENDS_WITH_TAI = re.compile(r"(?:tại|(?<=\s)theo)\s*$")
# a body's act done in a document: "UBND huyện X đã phê duyệt phương án bồi thường tại Quyết
# định số …", "… được UBND huyện X phê duyệt tại Quyết định số …" (the act's object between,
# not what a document rules or guides: "… theo quy định tại Nghị định số …")
_ACTED_AT = re.compile(
    r"\s+(?:(?:đã|vừa|mới|cũng|chính\s+thức)\s+)*"
    r"(?:phê\s+duyệt|quyết\s+định|thu\s+hồi|công\s+nhận|chấp\s+thuận|điều\s+chỉnh|thành\s+lập"
    r"|phân\s+bổ|giao|cho\s+phép|khen\s+thưởng|xử\s+phạt|bổ\s+nhiệm)\s+"
    r"(?P<object>[^;:.()\[\]\n/]{0,120}?)\s*(?P<at>tại|theo)\s*$"
)
# the agent of a passive act, whose document it was done by: "… do UBND huyện X phê duyệt theo
# Quyết định số …" (not "… theo quy định tại …", nor a body's act with its object: "… giao
# chỉ tiêu theo …")
_DONE_BY = re.compile(r"(?<!\w)do\s+$")
_NOT_THE_ACT = re.compile(
    r"(?<!\w)(?:theo|quy\s+định|hướng\s+dẫn|nêu|ghi|căn\s+cứ|như|được)(?!\w)"
)


def _acted_at(window: str, low: int, cite: _Cite, ctx: _Context) -> bool:
    """Whether the body written right before an act's verb, the document named after "tại"
    being where it did it, issued it (its symbol allowing): sets the issuer."""
    acted = _ACTED_AT.search(window)
    if acted is None or _NOT_THE_ACT.search(acted.group("object")):
        return False
    if _patterns().organ.search(acted.group("object")):
        return False  # another body between: "… của UBND tỉnh tại …" names the issuer
    who = window[: acted.start()]
    organs = list(_patterns().organ.finditer(who))
    if not organs:
        return False
    start = organs[-1].start()
    if acted.group("at") == "theo" and (
        acted.group("object").strip() or not _DONE_BY.search(who, 0, start)
    ):
        return False
    phrase = who[start:]
    if _trim_body(phrase) != phrase.rstrip(" ,-–&"):
        return False  # words between the body and its act: not its subject
    name, level, _ = ctx.body(phrase, low + start)
    if name is None or not _may_have_issued(cite, name):
        return False
    cite.before_issuer = name
    if level:
        cite.party_level = cite.party_level or level
    return True


# a clause joined to the one before with no subject of its own: "…; đồng thời", ", và"
_CONJOINED = re.compile(r"[\s,;]*(?:và|đồng\s+thời|rồi|sau\s+đó|tiếp\s+đó|cũng)?[\s,]*")
# ... after the issuer of the document before: "… số A của UBND tỉnh và ban hành …" (the
# window may open on the rest of its symbol: "/TW của Bộ Chính trị, đồng thời")
_OF_PREVIOUS = re.compile(r"\s*(?:[/\-–]\S*\s*)?(?:của|do)\s")
_CONJOINED_END = re.compile(r"(?:[,;]\s*|\s)(?:và|đồng\s+thời|rồi|sau\s+đó|tiếp\s+đó)\s*$")
# a body opening its sentence (after its date): the subject of the clauses joined to it
_SENTENCE_SUBJECT = re.compile(
    r"\s*(?:[Nn]gày\s+\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?\s*,\s*)?(?P<who>(?=\S))"
)
_NUMBER_BEFORE = re.compile(r"(?:\d|[/\-–]\S+)\s*$")  # not a dateline: "KON TUM - "
# the day written before the subject that issues: "Ngày 28/2/2025, Bộ Chính trị …", with a
# time of day ("Chiều 12/6/2025, Quốc hội …", "Sáng ngày 14/4, …"); not a span's bound
# ("Từ ngày 1/7/2025, Đảng ủy xã … ban hành …" is when something began)
# what may stand between a lead's date and its subject: a session or venue ("tại kỳ họp thứ
# 9,"), the vote ("với đa số đại biểu tán thành,", "với 450/460 đại biểu tán thành,")
_SESSION = re.compile(
    r"(?:(?:tại|trong)\s[^,;.\n]{1,60}|với\s[^,;.\n]{0,40}?(?:tán\s+thành|đồng\s+ý)),\s*"
    r"|(?:[Tt]hay\s+mặt|T/M|TM\.?)\s+"  # "Ngày 20-6-2020, thay mặt Bộ Chính trị, …"
)
# the body a signer acts for: "thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký …" (the
# Politburo issues)
_ON_BEHALF = re.compile(r"(?:[Tt]hay\s+mặt|T/M|TM\.?)\s+$")
# a passive award or recognition, then the document it was given by
_AWARDED_BY = re.compile(
    r"(?<!\w)được\s+(?P<who>[" + UPPER + r"][^,;.\n]{1,80}?)\s+(?:trao\s+tặng|tặng|khen\s+thưởng"
    r"|công\s+nhận|cấp|trao)\s+(?:[^,;.\n]{0,60}?\s+)?(?:(?:theo|tại)\s+|\(\s*)$"
)  # (or the document in brackets: "… công nhận đạt chuẩn (Quyết định số …)")
_BEFORE_PERIOD = re.compile(
    r"(?:^\s*|[,;]\s*)(?:[Tt]rong\s+)?"
    r"(?:[Tt]háng\s+\d{1,2}\s*[/\-.]\s*|[Tt]háng\s+\d{1,2}\s+năm\s+|[Nn]ăm\s+)"
    r"((?:19|20)\d\d)\s*,\s*"
)
_BEFORE_DATE = re.compile(
    r"(?<![Tt]ừ )(?<![Đđ]ến )(?<![Tt]rước )(?<![Ss]au )"
    r"(?:(?:[Nn]gày|" + _TIME_OF_DAY + r")\s+(?:ngày\s+)?)" + _DATE + r"\s*,?\s*"
)


def _joint_subject(cite: _Cite, who: str, organ: int) -> int:
    """Where a subject of bodies joined by a comma starts, when they issue together: "Bộ
    Chính trị, Ban Bí thư đã ban hành Kết luận số 127-KL/TW" (two central Party bodies; for a
    State number, each body one its symbol allows). Otherwise the subject found."""
    pats = _patterns()
    joined = _JOINED.search(who, 0, organ)
    if joined is None or joined.end() != organ or cite.number is None:
        return organ
    previous = [m for m in pats.organ.finditer(who, 0, joined.start()) if m.end() <= joined.start()]
    if not previous:
        return organ
    start = previous[-1].start()
    name, _, _ = _canonical_body(who[start:], None)
    parts = name.split(", ") if name else []
    if len(parts) != 2:
        return organ
    if cite.number.party:
        # central bodies only: "Tỉnh ủy, Ban Thường vụ Tỉnh ủy …" names one committee twice
        levels = {_canonical_body(part, None)[1] for part in parts}
        together = levels == {"TW"}
    else:  # (a symbol that names no known body allows any, so it tells nothing here)
        together = _sole_issuer(cite) is not None and all(
            _symbol_allows(cite, part) for part in parts
        )
    return start if together else organ


_JOINED = re.compile(r"(?:,|[^\S\n]+và)[^\S\n]+$")


# a speaker's report before the clause that cites: "… cho biết, …", "… nhấn mạnh: …"
_HEAD_OF_BOARD = re.compile(r"^(?:Phó\s+)?Trưởng\s+(?:ban\s+)?(?=Ban\s)")
_REPORTED = re.compile(
    r".*\s(?:cho biết|nhấn mạnh|khẳng định|thông tin|chia sẻ|phát biểu|nói|thông báo)"
    r"(?:\s+thêm)?\s*[,:]\s*"
    # "Theo ông X, Chủ tịch UBND xã Y (tỉnh Z), xã đã ban hành …": the speaker and his office
    r"|(?:^|.*[\s,])[Tt]heo\s+(?:ông|bà|anh|chị|đồng chí|đ/c)\s+[^,()]{2,40},[^,()]{4,80}"
    r"(?:\([^()]{2,40}\))?\s*,\s*"
)
# State offices and agencies, which issue no Party number (their Party committees do: "Bộ Chỉ
# huy Quân sự tỉnh … 15-NQ/ĐU" is its Đảng ủy's); the Front, unions and associations number
# theirs the Party's way and do issue them ("45-KH/MTTQ-BTT")
# (agencies: whose own Party numbers are their Party committees', "Đảng ủy Công an tỉnh X")
_AGENCY = re.compile(
    r"(?:Cục|Chi cục|Tổng cục|Tòa án|Viện kiểm sát|Bệnh viện|Công ty|Kho bạc|Bảo hiểm xã hội"
    r"|Công an|Ban Chỉ huy|Bộ Chỉ huy|Ngân hàng|Sở) "
)
_STATE_OFFICE = re.compile(
    r"(?:Phó )?(?:Chủ tịch |Chánh Văn phòng )?(?:Ủy ban nhân dân|Hội đồng nhân dân)"
    r"|(?:Phó )?Chủ tịch (?!Hội|Ủy ban Mặt trận|Liên đoàn|Công đoàn)|Phòng |Chính phủ|Thủ tướng"
    r"|Bộ (?!Chính trị)|" + _AGENCY.pattern
)


def _party_part(listed: str) -> str | None:
    """Of bodies named together, the one that is no State office, if just one."""
    parts = [part for part in _PARTS.split(listed) if not _STATE_OFFICE.match(part)]
    return parts[0] if len(parts) == 1 else None


# a list's issuer written before it: "các nghị quyết của Bộ Chính trị: Nghị quyết 57-NQ/TW, …"
_LIST_OF = re.compile(
    r"(?:các|những)[^\S\n]+(?:[" + LOWER + r"]+[^\S\n]+){1,2}của[^\S\n]+(?P<who>[^:;.\n]{2,80}?)"
    r"[^\S\n]*:[^\S\n]*$"
)
_PARTS = re.compile(r",\s+|\s+và\s+")


def _allowed_part(cite: _Cite, name: str) -> str:
    """Of bodies named together as a State document's subject, the one its symbol allows:
    "Ban Thường vụ Huyện ủy và UBND huyện X ban hành Kế hoạch số 30/KH-UBND" is the UBND's."""
    if cite.number is None or cite.number.party:
        return name
    parts = _PARTS.split(name)
    if len(parts) < 2 or any(part in _OFFICE_HOLDERS for part in parts):
        return name  # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": one office-holder's titles
    allowed = [part for part in parts if _symbol_allows(cite, part)]
    return allowed[0] if len(allowed) == 1 else name


def _list_start(who: str, organ: int) -> int:
    """Where the list of bodies the subject at ``organ`` ends starts: "Ngày 3/3, Tỉnh ủy, UBND
    tỉnh ban hành …" is dated though its subject is the second body."""
    pats = _patterns()
    while True:
        joined = _JOINED.search(who, 0, organ)
        if joined is None or joined.end() != organ:
            return organ
        previous = list(pats.organ.finditer(who, 0, joined.start()))
        if not previous:
            return organ
        body = previous[-1]
        if _canonical_body(who[body.start() : joined.start()], None)[0] is None:
            return organ
        if _CLAUSE_MARK.search(who, body.end(), joined.start()):
            return organ
        organ = body.start()


def _subject(who: str) -> int | None:
    """Where the body that is the subject of a clause starts: the last organ opening the
    clause (after a comma), else the first organ — unless a body advised another to issue
    ("Sở Tư pháp tham mưu UBND tỉnh ban hành …": the advised one issues)."""
    pats = _patterns()
    first: int | None = None
    last: int | None = None
    advised: int | None = None
    for organ in pats.organ.finditer(who):
        if _ON_BEHALF.search(who, max(0, organ.start() - 10), organ.start()):
            return organ.start()
        if first is None:
            first = organ.start()
        if organ.start() == 0 or _CLAUSE_OPEN.search(who, 0, organ.start()):
            last = organ.start()
        if _ADVISES.search(who, 0, organ.start()):
            advised = organ.start()
    if advised is not None:
        return advised
    return last if last is not None else first


# a few lower-case words qualifying a head noun before its number ("chuyên đề", "liên tịch")
# "hình sự phúc thẩm", "điều tra", "đưa vụ án ra xét xử"
_QUALIFIER = re.compile(rf"[{LOWER}]+(?:[^\S\n]+[{LOWER}]+){{0,5}}")
# "Bản" before a head noun in lower case: "Bản kết luận điều tra số …"
_COPY_OF = re.compile(r"(?<![\w])[Bb]ản[^\S\n]+$")
_ADVISES = re.compile(
    r"(?:tham mưu|trình|đề xuất|đề nghị|kiến nghị|giúp|báo cáo)(?:[^\S\n]+(?:cho|với))?"
    r"[^\S\n]+$"
)


def _head(text: str, position: int) -> tuple[str | None, int, str | None]:
    """(type of the head noun before ``position``, where the head starts, issuer phrase
    between head and number)."""
    pats = _patterns()
    so = _ENDS_WITH_SO.search(text, max(0, position - 8), position)
    end = so.start() if so else position
    words = text[max(0, end - 14) : end].rstrip(" :(\xa0").split()
    pattern = pats.head_by_ending.get(words[-1].casefold()) if words else None
    if pattern is not None:  # only the head nouns that end with that word are tried
        match = pattern.search(text, max(0, position - 40), position)
        if match and not _lower_law(match.group("head")):
            return _head_name(match.group("head")), match.start(), None
    if words and words[-1] in _SHORT_ABBREVIATIONS:
        # an abbreviated head: "NQ 29/2021/QH15" is a resolution, whatever the symbol's guess
        return _SHORT_ABBREVIATIONS[words[-1]], text.rindex(words[-1], 0, end), None
    if so is None:
        return None, position, None
    low = max(0, position - 160)
    window = text[low:position]
    # the head noun nearest the number: "hướng dẫn của Bộ Tài chính về việc thực hiện Nghị
    # quyết của Ban Chấp hành Trung ương số 19-NQ/TW" (issuer: the Central Committee), "Thông
    # tư số 01/2011/TT-BNV và Chỉ thị của Bộ Chính trị số 05-CT/TW"
    match = None
    for head in reversed(list(pats.head_word.finditer(window))):
        match = pats.head_issuer.match(window, head.start())
        if match is not None:
            break
    if match:
        name = _head_name(match.group("head"))
        if match.group("who") is not None:
            return name, low + match.start(), match.group("who")
        if name in _LAWS and not _lower_law(match.group("head")):
            return name, low + match.start(), None  # not "xử lý kỷ luật … số"
        if _QUALIFIER.fullmatch(match.group("mid")) and (
            match.group("head")[:1].isupper() or _COPY_OF.search(window, 0, match.start())
        ):
            return name, low + match.start(), None  # "Nghị quyết chuyên đề số …"
    return None, position, None


_LAWS = ("Luật", "Bộ luật", "Pháp lệnh")


def _lower_law(head: str) -> bool:
    """A law's head noun in lower case is a word's last syllable or a common noun: "Quyết
    định kỷ luật số 15-QĐ/UBKTTU" is a decision, "vi phạm pháp luật số …" no law."""
    return _head_name(head) in _LAWS and not head[:1].isupper()


def _head_name(raw: str) -> str:
    return _patterns().head_names.get(_SPACES.sub(" ", raw).casefold(), raw)


def _type_for(head: str | None, number: DocNumber | None) -> tuple[str | None, bool]:
    ref = reference()
    code_type = number.type_name if number else None
    if head is None:
        return code_type, False
    if head in ref.generic:
        if number is not None and number.type_code:
            return code_type, False
        return "Công văn", True
    return head, True


# a project named by its number and its owner's code ("Đề án 06/CP", "Đề án 06/TTg")
_PROJECT_NICKNAME = re.compile(r"(?<![\w])[Đđ]ề[^\S\n]+án[^\S\n]+$")
# things numbered like documents that are none: bid packages, vehicles' plates, accounts
_NOT_A_DOCUMENTS = re.compile(
    r"(?<![\w])(?:[Gg]ói[^\S\n]+thầu|[Bb]iển[^\S\n]+(?:kiểm[^\S\n]+soát|số)"
    r"|[Tt]ài[^\S\n]+khoản)(?:[^\S\n]+số)?[^\S\n]*:?[^\S\n]*$"
)
_STANDARD_CODE = re.compile(r"(?:(?:QCVN|TCVN|ISO)[^\S\n]*[\w.\-]*[:.]|\d:)$")


# A legal text's own number opens its line: "Số: 125/QĐ-UBND" under the issuing body's name,
# above the national motto and the place-and-date line
_OWN_NUMBER = re.compile(r"(?:^|\n)[^\S\n]*(?:Số|SỐ)[^\S\n]*:?[^\S\n]*$")
_MOTTO = "Độc lập - Tự do - Hạnh phúc"


_MOTTO_LINE = re.compile(
    r"[^\S\n]*(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do"
    r"\s*-\s*Hạnh phúc|[-_=*|\s]*)[^\S\n]*$"
)


# a place-and-date line of a header, alone on its line or in the right-hand column
_HEADER_DATE_LINE = re.compile(
    r"(?:^|\n|[^\S\n]{3})[^\S\n]*(?P<place>[" + UPPER + r"][^\n,|;.]{1,40}),[^\S\n]*ngày[^\S\n]+"
    r"(?P<date>" + _DATE.replace("(?P<", "(?P<h") + r")[^\S\n]*(?=\n)"
)


# a legal text's authority line naming a chairman, alone on its line in capitals
_CHAIR_AUTHORITY = re.compile(r"\n[^\S\n]*CHỦ[^\S\n]+TỊCH[^\S\n]+(?P<body>[^\n]+?)[^\S\n]*(?=\n)")


def _chair_of(text: str, end: int, body: str) -> bool:
    """Whether the authority line after a document's number, before its preamble ("Căn cứ"),
    names the chairman of ``body`` (the body its header names)."""
    preamble = text.find("Căn cứ", end, end + 600)
    line = _CHAIR_AUTHORITY.search(text, end, preamble if preamble >= 0 else end + 600)
    if line is None or not line.group("body").isupper():
        return False
    written = " ".join(line.group("body").split()).casefold().replace("uỷ", "ủy")
    own = body.casefold().replace("uỷ", "ủy")
    return own == written or own.startswith(written + " ")


def _header_lines(text: str, start: int, end: int) -> int:
    """Line breaks between ``start`` and ``end`` that are not around the motto or a rule."""
    lines = text[start:end].split("\n")
    return len(lines) - 1 - sum(1 for line in lines[1:] if _MOTTO_LINE.fullmatch(line))


def _own_header(text: str, cite: _Cite, ctx: _Context) -> None:
    """Issuer and date of a document given by its own header: the body named in the lines
    above its number (as the agency finder names it), the place-and-date line below it past
    the national or Party motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT
    NAM", "Độc lập - Tự do - Hạnh phúc")."""
    # a joint document's header names each issuer ("TTLT-BTC-BLĐTBXH"); a dashed code after one
    # issuer names its department ("KH/TĐTN-TG")
    joint = cite.number is not None and (cite.number.type_code or "").endswith("LT")
    if cite.before_issuer is None and cite.after_issuer is None and ctx.bodies and not joint:
        line_start = text.rfind("\n", 0, cite.cue_start) + 1
        # the last body named in the three lines above the number's (the national motto and
        # rules between them do not count: "ỦY BAN NHÂN DÂN / XÃ BA LÒNG / CỘNG HÒA … / Độc
        # lập - Tự do - Hạnh phúc / Số: 15/QĐ-UBND")
        above = [at for at in ctx.bodies if line_start - 240 <= at < line_start]
        at = max(above, default=None)
        if at is not None and _header_lines(text, at, line_start) <= 3:
            cite.before_issuer, cite.own_before = ctx.bodies[at], True
            if _chair_of(text, cite.end, ctx.bodies[at]):
                # the authority line under the title names its chairman: "CHỦ TỊCH ỦY BAN
                # NHÂN DÂN TỈNH X" issues what the committee's header heads
                cite.before_issuer = f"Chủ tịch {ctx.bodies[at]}"
    if cite.date is not None:
        return
    line_start = text.rfind("\n", 0, cite.cue_start) + 1
    dated = [
        m
        for m in _HEADER_DATE_LINE.finditer(text, max(0, line_start - 200), line_start)
        if _header_lines(text, m.end(), line_start) <= 1
    ]
    if dated:  # a Party header: "TỈNH ỦY …  ĐẢNG CỘNG SẢN VIỆT NAM / *  X, ngày … / Số 15-KH/TU"
        parts = _date_parts(dated[-1], "h")
        if parts and parts[2] is not None:
            cite.date, cite.date_rank = _iso(parts[0], parts[1], parts[2]), 2
            return
    position = text.find("\n", cite.end)
    for _ in range(6):
        if position < 0:
            return
        line_end = text.find("\n", position + 1)
        line = text[position + 1 : line_end if line_end >= 0 else len(text)]
        header = _patterns().header.match(line)
        if header is not None:
            parts = _date_parts(header, "h")
            if parts and parts[2] is not None:
                cite.date, cite.date_rank = _iso(parts[0], parts[1], parts[2]), 2
            return
        subject = line.strip().startswith(("V/v", "V/V", "v/v", "Về việc"))
        if any(ch.islower() for ch in line) and line.strip() != _MOTTO and not subject:
            return  # prose: the header is over (lines in capitals, rules, the motto and a
            # letter's subject line "V/v …" pass)
        position = line_end


def _full(text: str, match: re.Match[str], ctx: _Context) -> list[_Cite]:
    pats = _patterns()
    found = from_match(match)
    if found is None:
        found = from_match(match, strict=False)
        if found is None or _head(text, match.start("num"))[0] is None:
            return []
    number, end = found
    start = match.start("num")
    if _STANDARD_CODE.search(text, max(0, start - 16), start):
        return []  # "QCVN 01:2021/BXD": a technical standard's code, not a document number
    if _NOT_A_DOCUMENTS.search(text, max(0, start - 24), start):
        return []  # "gói thầu số 05/2024/XL": a bid package's number, not a document's
    if _PROJECT_NICKNAME.search(text, max(0, start - 10), start) and (
        number.type_code is None and number.year is None and not number.party
    ):
        return []  # "Đề án 06/CP": the project's nickname after its body, no number of it
    siblings: list[tuple[int, int, str]] = []
    head_at = start
    before = text[max(0, start - 6) : start].rstrip()
    listed = before.endswith((",", ";", " và")) or before == "và"
    sib = pats.siblings.search(text, max(0, start - 60), start) if listed else None
    if sib:
        head, head_start, _ = _head(text, sib.start())
        if head is not None:
            for found_number in _DIGITS.finditer(sib.group()):
                siblings.append(
                    (
                        sib.start() + found_number.start(),
                        sib.start() + found_number.end(),
                        found_number.group(),
                    )
                )
            head_at = sib.start()
    head, head_start, who = _head(text, head_at)
    type_name, from_head = _type_for(head, number)
    code_type = number.type_name
    if from_head and code_type and code_type != type_name:
        # "Thông báo kết luận số 45-TB/TW": the noun the code names, just before the head
        # noun, is the type; the head noun only qualifies it.
        # So is it before a verb that makes the head noun its object: "Quyết định phê duyệt
        # Kế hoạch số 12/QĐ-UBND" is a decision approving a plan.
        low = max(0, head_start - 50)
        before = text[low:head_start].rstrip()
        approving = re.search(
            rf"(?<![\w]){re.escape(code_type)}(?:[ \t]+về(?:[ \t]+việc)?)?"
            r"[ \t]+(?:phê[ \t]+duyệt|ban[ \t]+hành)$",
            before,
            re.IGNORECASE,
        )
        if before.casefold().endswith(code_type.casefold()):
            type_name, head_start = code_type, low + len(before) - len(code_type)
        elif approving is not None:
            type_name = code_type  # (the mention still starts at its number's head)
    elif head is None and code_type:
        # the code's type word before a description, the number after it: "UBND huyện X đã ban
        # hành Quyết định phê duyệt phương án bồi thường số 456/QĐ-UBND" — the citing phrase
        # starts at "Quyết định", and what is written before it is read from there
        described = _DESCRIBED_HEAD.search(text, max(0, start - 90), start)
        if described is not None and described.group("type").casefold() == code_type.casefold():
            head_start = described.start()
    ref = reference()
    if (
        from_head
        and number.type_code is None
        and not number.party
        and number.year is None
        and len(number.issuers) == 1
        and ref.is_party_code(number.issuers[0])
        and type_name in ref.code_of_type
    ):
        # a Party number with its type code left out: "Nghị quyết số 57/TW", "NQ57/TW" are
        # 57-NQ/TW (the head noun gives the code)
        number = DocNumber(number.number, None, ref.code_of_type[type_name], number.issuers, True)
    cite = _Cite(start=start, end=end, cue_start=head_start, number=number, key=number.format())
    cite.type, cite.type_from_head = type_name, from_head
    if number.year:
        cite.year = int(number.year)
    cite.siblings = tuple(siblings)
    if who:
        at = text.find(who, head_start, start)
        name, level, term = ctx.body(who, at if at >= 0 else None)
        cite.before_issuer = name
        cite.own_before = name is not None
        cite.party_level = level
        cite.term = term
    _after(text, cite, ctx)
    if cite.before_issuer is None:
        _before(text, cite, ctx)
    if _OWN_NUMBER.search(text, max(0, head_start - 12), head_start):
        _own_header(text, cite, ctx)
    cites = [cite]
    for sib_start, sib_end, sib_number in siblings:
        twin = replace(
            cite,
            start=sib_start,
            end=sib_end,
            number=replace(number, number=sib_number),
            key=replace(number, number=sib_number).format(),
            siblings=(),
        )
        cites.insert(len(cites) - 1, twin)
    return cites


def _short(text: str, match: re.Match[str], ctx: _Context) -> list[_Cite]:
    ref = reference()
    pats = _patterns()
    low = max(0, match.start() - 40)
    found = pats.short_head.search(text, low, match.start())
    if found is None:
        return []
    head = _head_name(found.group("shead"))
    if head not in ref.short_ok:
        return []
    has_so = "ố" in found.group("ssep").casefold()
    if not has_so and not found.group("shead")[0].isupper():
        return []  # "quyết định 3 vấn đề": a verb, not a document
    if not has_so and _counts(text, match.end()):
        return []  # "Kế hoạch 5 năm", "Chỉ thị 3 điểm": a count, not a number
    if not has_so and head in _NAMED_BY_YEAR and _YEAR.fullmatch(match.group("snum")):
        return []  # "Kế hoạch 2026 về đầu tư công": the plan of a year
    abbreviated = found.group("shead") in _SHORT_ABBREVIATIONS
    start, end = found.start("shead"), match.end()
    cite = _Cite(start=start, end=end, cue_start=start, abbreviated=abbreviated)
    cite.short = match.group("snum")
    cite.short_year = match.group("syear")
    cite.type, cite.type_from_head = head, True
    if cite.short_year:
        cite.year = int(cite.short_year)
    numbers = [(start, end, cite.short)]
    position = end
    while True:
        more = pats.continuation.match(text, position)
        if more is None:
            break
        numbers.append((more.start("n"), more.end("n"), more.group("n")))
        position = more.end()
    last = replace(cite, start=numbers[-1][0], end=numbers[-1][1], short=numbers[-1][2])
    if len(numbers) == 1:
        last = cite
    _after(text, last, ctx)
    _before(text, last, ctx)
    if (
        abbreviated
        and not has_so
        and not (last.after_issuer or last.before_issuer)
        and (
            found.group("shead") in _AMBIGUOUS_ABBREVIATIONS
            or (
                not _CUE_BEFORE.search(text, max(0, start - 30), start)
                # (a number with its year is a document's: "… và NĐ 98/2018 về …")
                and not cite.short_year
                # (nor one listed after another document's number: "Nghị định 61 và NĐ 107")
                and not _LISTED_AFTER_A_NUMBER.search(text, max(0, start - 30), start)
            )
        )
    ):
        last.weak = True
    cites = []
    for n_start, n_end, value in numbers[:-1]:
        cites.append(
            replace(last, start=n_start, end=n_end, short=value)
            if n_start != start
            else replace(last, start=start, end=n_end, short=value)
        )
    if len(numbers) > 1:
        cites[0] = replace(cites[0], start=start)
    cites.append(last)
    return cites


# the end of another document's number and the joint of a list, before an abbreviated head
_LISTED_AFTER_A_NUMBER = re.compile(
    r"(?<![\w])(?:định|quyết|thị|luận|tư|hoạch|số|NĐ|QĐ|NQ|CT|KL)[^\S\n]+(?:số[^\S\n]+)?"
    r"\d[\w/.-]*[^\S\n]*(?:,|và)[^\S\n]*$"
)
_NEXT_WORD = re.compile(r"[^\S\n]+(\w+)(?:[^\S\n]+(\w+))?")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[^\S\n]*[-–][^\S\n]*(?:19|20)\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# kinds of document that a text names by the year they are for, not by a number
_NAMED_BY_YEAR = frozenset({"Kế hoạch", "Chương trình", "Đề án", "Chiến lược"})


def _counts(text: str, position: int) -> bool:
    """Whether the number ending at ``position`` counts something ("5 năm", "3 nhiệm vụ")."""
    found = _NEXT_WORD.match(text, position, position + 30)
    if found is None:
        return False
    first, second = found.group(1), found.group(2) or ""
    if first == "năm" and _YEAR_RANGE.match(text, found.start(2)):
        return True  # "Kế hoạch 5 năm 2021-2025": five years
    if first in ("năm", "ngày") and second[:1].isdigit():
        return False  # "Nghị quyết 35 ngày 22/10/2018", "Quyết định 12 năm 2020"
    counted = reference().words["count"]
    return first in counted or f"{first} {second}" in counted


# the codes (Bộ luật) by their letters, as court and police news cite them
_CODES_ABBREVIATED = {
    "BLHS": "Bộ luật Hình sự",
    "BLTTHS": "Bộ luật Tố tụng hình sự",
    "BLDS": "Bộ luật Dân sự",
    "BLTTDS": "Bộ luật Tố tụng dân sự",
    "BLLĐ": "Bộ luật Lao động",
    "BLHH": "Bộ luật Hàng hải",
}
_CODE_HEAD = re.compile(r"(?<!\w)(?:Bộ|BỘ)[^\S\n]$")
_AMENDING = re.compile(r"\s+(?:[Ss]ửa\s+đổi|[Bb]ổ\s+sung|SỬA\s+ĐỔI)")
_LAW_AS_FIELD = re.compile(
    r"(?:Đại học|Khoa|Học viện|Viện|Tạp chí|[Nn]gành|[Cc]ử nhân|[Tt]hạc sĩ|[Tt]iến sĩ"
    r"|[Cc]ông ty|[Hh]ãng|[Vv]ăn phòng|[Tt]rung tâm|[Cc]âu lạc bộ)[^\S\n]+$"
    # ... or the last of a school's fields joined by a dash: "Trường Đại học Kinh tế - Luật"
    r"|(?:Đại học|Khoa|Học viện)[^\S\n]+[^.,;:()\n\d]{1,40}?[^\S\n]+[-–][^\S\n]*$"
)


# the letters a law's title is written in, for its words: "Luật BHYT" is "Luật Bảo hiểm y tế"
_LAW_WORDS = {
    "BHYT": "Bảo hiểm y tế",
    "BHXH": "Bảo hiểm xã hội",
    "ATTP": "An toàn thực phẩm",
    "NSNN": "Ngân sách nhà nước",
    "BVMT": "Bảo vệ môi trường",
    "ĐTC": "Đầu tư công",
    "GTĐB": "Giao thông đường bộ",
    "HN&GĐ": "Hôn nhân và gia đình",
    "CBCC": "Cán bộ, công chức",
    "KBCB": "Khám bệnh, chữa bệnh",
    "PCTN": "Phòng, chống tham nhũng",
    "XLVPHC": "Xử lý vi phạm hành chính",
    "TCCQĐP": "Tổ chức chính quyền địa phương",
}
_LAW_SHORT = re.compile(
    r"(?<=^Luật )(?:" + "|".join(re.escape(k) for k in _LAW_WORDS) + r")(?![\w&])"
)


def _law(text: str, match: re.Match[str], ctx: _Context) -> tuple[_Cite | None, int]:
    """A law, code or constitution named by its title ("Luật Đầu tư năm 2020")."""
    pats = _patterns()
    start = match.start("law")
    code = _CODES_ABBREVIATED.get(match.group("law"))
    if match.group("law").startswith("luật"):
        start -= 3  # "Bộ luật"
    elif start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return None, match.end()
    elif _CODE_HEAD.search(text, max(0, start - 4), start):
        start -= 3  # "Bộ Luật Hình sự", "BỘ LUẬT …": a code, its head capitalised
    if _LAW_AS_FIELD.search(text, max(0, start - 30), start):
        return None, match.end()  # "Trường Đại học Luật Hà Nội", "Khoa Luật": the discipline
    if code is not None:
        # "Điều 173 BLHS", "BLHS năm 2015": a code by its letters
        title, raw = code, match.group("law")
        words = title.split()
        head_words, ordinance = 2, False
    else:
        window = text[start : start + 400]
        window_flat = _WRAPPED.sub(" ", window)  # a title wrapped over lines (same length)
        amending = _AMENDING.match(window_flat, match.end() - start) is not None
        stop = pats.law_stop_amending if amending else pats.law_stop
        cut = stop.search(window_flat, match.end() - start)
        title = window_flat[: cut.start()] if cut else window_flat[:200]
        title = _SPACES.sub(" ", title).strip(" ,-–")
        title = _LAW_SHORT.sub(lambda m: _LAW_WORDS[m.group()], title)  # "Luật BHYT"
        words = title.split()
        head_words = 2 if words[0] in ("Bộ", "BỘ", "Hiến", "HIẾN", "Pháp", "PHÁP") else 1
        ordinance = words[0].casefold() == "pháp"  # a Pháp lệnh: the Standing Committee's
        rest = words[head_words:]
        not_title = reference().words["not_title"]
        if (not rest or rest[0].casefold() in not_title) and (words[0] != "Hiến" or rest):
            return None, match.end()
        if words[head_words - 1].endswith(","):
            return None, match.end()  # "những điểm mới của Luật, nhất là …": named before
        raw_end = start + (cut.start() if cut else min(len(window), 200))
        raw = text[start:raw_end].rstrip(" ,-–\n")
    cite = _Cite(start=start, end=start + len(raw), cue_start=start, law=True)
    cite.title = title
    if words[0].casefold() == "hiến":
        cite.type = "Hiến pháp"
    elif ordinance:
        cite.type = "Pháp lệnh"
    else:
        cite.type = "Bộ luật" if head_words == 2 else "Luật"
    year = _BARE_YEAR.match(text, cite.end, cite.end + 8)
    if year:
        cite.year = int(year.group(1))
    cite.after_end = cite.end
    tail = pats.after.match(text, cite.end, min(len(text), cite.end + 120))
    if tail and "," in text[cite.end : tail.start("year") if tail.group("year") else cite.end]:
        tail = None  # "… thi hành Luật Đất đai, năm 2025 huyện sẽ …": the next clause's year
    acted_on = _ACTED_ON_BY_A_LAW.search(text, ctx.sentence_start(cite.start), cite.start)
    if tail and tail.group("date") and (
        acted_on or _ISSUED_BY_ANOTHER.search(text, cite.end, tail.start("date"))
    ):
        # "… sửa đổi Luật Đất đai được Chính phủ ban hành ngày …": the decree's day; "Luật số
        # 90/2025/QH15 sửa đổi Luật Đấu thầu, Luật X được Quốc hội thông qua ngày …": the
        # amending law's, not X's
        tail = None
    if tail:
        if tail.group("date"):
            parts = _date_parts(tail, "a")
            if parts:
                cite.date = _fill_year(parts, ctx.dateline)
                if cite.date:
                    cite.year = int(cite.date[:4])
        if tail.group("year"):
            cite.year = int(tail.group("year"))
    passed = None if acted_on or ordinance else _LAW_PASSED.match(text, cite.end)
    if passed is not None:  # "Luật Đất đai năm 2024 được Quốc hội thông qua ngày 18/1/2024"
        cite.after_issuer = "Quốc hội"
        parts = _date_parts(passed, "a")
        iso = _fill_year(parts, ctx.dateline) if parts else None
        if iso and cite.date is None:
            cite.date, cite.year = iso, int(iso[:4])
    else:
        _before(text, cite, ctx)  # "Ngày 18/1/2024, Quốc hội đã thông qua Luật Đất đai"
        legislator = "Ủy ban Thường vụ Quốc hội" if ordinance else "Quốc hội"
        if cite.before_issuer is not None and cite.before_issuer != legislator:
            cite.before_issuer = cite.before_date = None  # a law is the Assembly's
    return cite, cite.end


# the laws' head noun over a list of their names: "các Luật: A, B và C", "Luật: A, B"
_LAW_LIST_HEAD = re.compile(r"Luật[^\S\n]*:[^\S\n]*|Luật[^\S\n]+(?=[" + UPPER + r"])")
_LAW_LIST_YEAR = re.compile(r"[^\S\n]+(?:năm[^\S\n]+)?((?:19|20)\d\d)(?!\d)")
_LAW_LIST_AND = re.compile(r"[^\S\n]+(?:và|hoặc)[^\S\n]+(?=[" + UPPER + r"])")
_LAW_LIST_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*(?=[" + UPPER + r"])")


def _laws_listed(text: str, match: re.Match[str]) -> list[_Cite]:
    """The laws a plural head noun names one by one: "các Luật: Tiếp công dân, Khiếu nại, Tố
    cáo và Phòng, chống tham nhũng" (each "Luật X", its title cut where a law's is)."""
    start = match.start("law")
    if match.group("law") != "Luật":
        return []
    head = _LAW_LIST_HEAD.match(text, start)
    plural = text[max(0, start - 4) : start].casefold() == "các "
    if head is None or not (plural or ":" in head.group()):
        return []
    stop = _patterns().law_stop
    cites: list[_Cite] = []
    pos = head.end()
    while True:
        window = "Luật " + _WRAPPED.sub(" ", text[pos : pos + 160])
        cut = stop.search(window, 5)
        end = cut.start() if cut is not None else len(window)
        # (a capital after a comma or "và" opens the next name: "Khiếu nại, Tố cáo")
        joints = [
            found.start()
            for found in (
                _LAW_LIST_AND.search(window, 5, end),
                _LAW_LIST_COMMA.search(window, 5, end),
            )
            if found is not None
        ]
        end = min([end, *joints])
        name = _SPACES.sub(" ", window[5:end]).strip(" ,")
        if not name or not name[0].isupper():
            break
        cite = _Cite(start=pos, end=pos + end - 5, cue_start=pos, law=True)
        cite.title, cite.type = f"Luật {name}", "Luật"
        cites.append(cite)
        after = pos + end - 5
        year = _LAW_LIST_YEAR.match(text, after)
        if year is not None:  # "các Luật Đất đai năm 2024, Nhà ở năm 2023 …"
            cite.year, after = int(year.group(1)), year.end()
        sep = _LAW_LIST_COMMA.match(text, after) or _LAW_LIST_AND.match(text, after)
        if sep is None:
            break
        pos = sep.end()
    if len(cites) < 2:
        return []
    cites[0].start = cites[0].cue_start = start  # (the list's head noun opens its first)
    return cites


# a numbered law doing something to the laws named after it, or an act written without its
# number ("Quốc hội thông qua Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp vào ngày
# …": the day is the resolution's)
_ACTED_ON_BY_A_LAW = re.compile(
    r"(?:/QH\d+[^.;\n]{0,30}?|(?<!\w)(?:Luật|Nghị\s+quyết|Pháp\s+lệnh|Nghị\s+định))"
    r"\s(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ)(?!\w)[^.;\n]*$"
)
# a body other than the Assembly issuing what the words before name: no law's day
_ISSUED_BY_ANOTHER = re.compile(rf"được\s+(?!Quốc\s+hội)[{UPPER}]")
# a law's passing by the National Assembly written after its title
_LAW_PASSED = re.compile(
    r"\s*(?:\(?năm\s+(?:19|20)\d\d\)?\s*)?,?\s*(?:(?:đã|vừa|mới)\s+)?được\s+Quốc\s+hội"
    r"(?:\s+(?:khóa|khoá)\s+[IVXLC]+)?(?:\s+(?:nước\s+)?(?:Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa"
    r"\s+)?Việt\s+Nam)?\s+(?:thông\s+qua|ban\s+hành)\s+(?:vào\s+)?ngày\s+(?P<date>"
    + _DATE.replace("(?P<", "(?P<a")
    + r")"
)


# --------------------------------------------------------------------------- grouping


_ALIAS = re.compile(r"\([^()]{0,90}\)")
# what stands between a law's number and its title in brackets after it (its date may)
_TITLE_IN_BRACKETS = re.compile(r"[^\S\n]*(?:ngày[^\S\n]+[\d/.-]{6,10}[^\S\n]*)?\([^\S\n]*")


_PARTY_SUFFIXES = ("TW", "TU", "HU", "QU")


def _level_fits(cite: _Cite, issuer: str) -> bool:
    """Whether a Party issuer can have issued the numbered document: a Huyện ủy (HU) does not
    issue "18-NQ/TW" ("Nghị quyết số 18-NQ/TW … và Nghị quyết 52-NQ/HU của Huyện ủy X")."""
    level = _party_level(issuer)
    codes = cite.number.issuers if cite.number is not None else ()
    code = codes[-1] if codes else ""
    # a congress's resolutions are numbered "…/ĐH"; a committee's are not ("Kế hoạch số
    # 12-KH/ĐU và Nghị quyết số 01-NQ/ĐH của Đại hội Đảng bộ xã X": the plan is not the
    # congress's)
    if (
        cite.number is not None
        and cite.number.party
        and code
        and issuer.startswith("Đại hội") != code.startswith("ĐH")
    ):
        return False
    return level is None or not code.endswith(_PARTY_SUFFIXES) or code.endswith(level)


def _central_symbol_allows(cite: _Cite, issuer: str) -> bool:
    """False when the symbol names a central issuer (NĐ-CP, QH15, TTg, a Party "…/TW") and
    ``issuer`` is a local body: in "Kế hoạch thực hiện Nghị định số …/NĐ-CP của UBND huyện
    X" the "của" goes with the plan, and a Huyện ủy issues no "05-CT/TW"."""
    number = cite.number
    if number is None or not _LOCAL_BODY.search(issuer):
        return True
    if number.party:
        return not (number.issuers and number.issuers[-1] == "TW")
    body = _sole_issuer(cite)
    return body is None or "{province}" in body


def _sole_issuer(cite: _Cite) -> str | None:
    """The body a State document's symbol names when it names one (not a joint paper's, a
    TTLT, NQLT or KHLT or one with two bodies' codes; not a Party number), as the issuer table
    writes it (maybe with "{province}")."""
    number = cite.number
    if number is None or number.party or not number.issuers:
        return None
    if number.type_code in _JOINT_TYPES:
        return None
    ref = reference()
    if any(ref.issuer(_body_code(code), number.type_code) for code in number.issuers[1:]):
        return None  # two bodies' codes: a joint paper's
    # (the codes after the body's are its unit's: "2088/BGTVT-CQLXD", "210/KH-CAT-PC05")
    row = ref.issuer(_body_code(number.issuers[0]), number.type_code)
    return row.body if row is not None else None


def _joint_bodies(cite: _Cite) -> tuple[str, ...]:
    """The bodies a joint State paper's symbol names, one for each of their codes it has a
    row for ("41/2018/TTLT-BYT-BTC": Bộ Y tế, Bộ Tài chính); () for any other."""
    number = cite.number
    if number is None or number.party or len(number.issuers) < 2:
        return ()
    ref = reference()
    rows = [ref.issuer(_body_code(code), number.type_code) for code in number.issuers]
    bodies = tuple(row.body for row in rows if row is not None and row.body)
    return bodies if len(bodies) >= 2 else ()


@lru_cache(maxsize=1)
def _central_boards() -> tuple[str, ...]:
    """The central Party boards with codes of their own (BTGTW, UBKTTW, VPTW …)."""
    rows = (row for rows in reference().issuers.values() for row in rows)
    return tuple(
        sorted(
            {
                row.body
                for row in rows
                if row.party
                and row.body
                and "{" not in row.body
                and row.body.endswith(("Trung ương", "Trung ương Đảng"))
                and not row.body.startswith(("Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư"))
            }
        )
    )


def _party_board(cite: _Cite) -> str | None:
    """The central Party board a Party number's code names (UBKTTW, BTGTW …), or None (TW,
    a committee's code, any local one)."""
    number = cite.number
    if number is None or not number.party or len(number.issuers) != 1:
        return None
    row = reference().issuer(_body_code(number.issuers[0]), number.type_code)
    if row is None or row.body is None or "{" in row.body or not row.body.endswith("Trung ương"):
        return None
    return row.body


# the place a local body's row leaves to fill: "Ủy ban nhân dân tỉnh {province}" → its kind
_LOCAL_PLACE = re.compile(r"\s+(?:tỉnh|huyện|thành phố|xã)?\s*\{province\}.*$")


def _symbol_allows(cite: _Cite, issuer: str) -> bool:
    """Whether a State document's symbol lets ``issuer`` have issued it: one whose symbol
    names a central body (QH13: Quốc hội, TTg, BTC …) is that body's, or one of its
    office-holders' ("Bộ trưởng Bộ Tài chính"); symbols of local bodies (UBND) name no place,
    so they allow any."""
    board = _party_board(cite)
    if board is not None:
        # "Quy định của Bộ Chính trị số 69-QĐ/TW và Hướng dẫn số 02-HD/UBKTTW": a Party
        # number whose code names one central board is that board's (or one of its own)
        return board in issuer
    if cite.number is not None and cite.number.party and cite.number.issuers == ("TW",):
        # "…/TW" is the Central Committee's, its Politburo's or Secretariat's: no board's
        # with a code of its own ("Kết luận số 21-KL/TW và Hướng dẫn số 05-HD/BTGTW của Ban
        # Tuyên giáo Trung ương": only the guidance is the board's)
        return not any(board in issuer for board in _central_boards())
    body = _sole_issuer(cite)
    if body is None:
        joint = _joint_bodies(cite)
        # a joint paper is its bodies' together ("Quyết định của Thủ tướng số 1719/QĐ-TTg và
        # Thông tư liên tịch số 41/2018/TTLT-BYT-BTC": not the Prime Minister's)
        return not joint or any(_LOCAL_PLACE.sub("", b) in issuer for b in joint)
    if "{province}" in body:
        # a local body's symbol names its kind, not its place: "210/KH-UBND" is some Ủy ban
        # nhân dân's (or its Chủ tịch's), not the Thủ tướng's a list shares
        kind = _LOCAL_PLACE.sub("", body)
        return kind in issuer
    if not issuer.endswith(body):
        return False
    holder = issuer[: len(issuer) - len(body)].strip()
    return holder in _OFFICE_HOLDERS  # "" for the body itself, not "Văn phòng" of it


# Party committees and their boards, which issue the committee's documents
_COMMITTEES = (
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy",
    "Ban Thường vụ",
    "Ban Chấp hành",
)


def _may_have_issued(cite: _Cite, subject: str) -> bool:
    """Whether a subject that drafted, sent or submitted a document may be its issuer: the
    body its symbol names, of its kind for a local body's symbol ("UBND huyện X gửi Công văn
    số …/UBND-KT"), of its level for a Party committee's ("Huyện ủy xây dựng Kế hoạch số
    …-KH/HU"); any for a number whose symbol names none."""
    number = cite.number
    if number is None:
        return True
    if number.party:
        level = _party_level(subject)
        suffix = number.issuers[-1] if number.issuers else None
        if suffix == "ĐU":  # a commune's or an agency's Party committee: "Đảng ủy xã X"
            return subject.startswith(("Đảng ủy", "Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng bộ"))
        return level is not None and level == suffix and subject.startswith(_COMMITTEES)
    body = _sole_issuer(cite) or _first_issuer_body(number)
    if body is None:
        return True
    if "{province}" in body:
        kind = _LOCAL_PLACE.sub("", body)
        return subject.startswith(kind) or any(
            subject.startswith(f"{holder} {kind}") for holder in _OFFICE_HOLDERS if holder
        )
    return _symbol_allows(cite, subject)


def _may_award(cite: _Cite, body: str) -> bool:
    """Whether the body that awards or grants under a document may have issued it: as for a
    subject (a State symbol), or a central body for a Party-style number of the centre
    ("…-HD/HNDTW"), any for a local one ("…-QĐ/TĐTN-VP" of the Tỉnh đoàn)."""
    number = cite.number
    if number is None or not number.party:
        return _may_have_issued(cite, body)
    central = any(code.endswith("TW") for code in number.issuers)
    return not central or "Trung ương" in body


def _local_kind_fits(cite: _Cite, subject: str) -> bool:
    """Whether a clause's subject may have issued a document whose symbol names a local
    body's kind ("…/KH-UBND" is an Ủy ban nhân dân's): a subject of another kind drafted or
    sent it. Symbols of other kinds allow any subject."""
    body = _sole_issuer(cite)
    if body is None and cite.number is not None and cite.number.type_code is None:
        # a letter's symbol is its issuer's code, then its department's: "1520/SGDĐT-TCCB"
        body = _first_issuer_body(cite.number)
    # (a local body's kind, as _symbol_allows reads it: "Ủy ban nhân dân", "Sở Giáo dục …")
    return body is None or "{province}" not in body or _LOCAL_PLACE.sub("", body) in subject


# State bodies (and their office-holders), which issue no Party document
_STATE_BODY = re.compile(
    r"(?:Chủ tịch |Phó Chủ tịch |Bộ trưởng |Thứ trưởng )?"
    r"(?:Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Ủy ban nhân dân|Hội đồng nhân dân"
    r"|Bộ (?!Chính trị)|Sở |Văn phòng Chính phủ|Tổng cục |Cục |Chủ tịch nước)"
)


def _side_fits(cite: _Cite, issuer: str) -> bool:
    """Whether a shared issuer is on the side of the number: a Party number ("21-KL/TW") is
    no State body's, a State number ("26/NQ-CP") no Party committee's ("Kết luận số 21-KL/TW
    và Nghị quyết 26/NQ-CP của Chính phủ": only the resolution is the Government's)."""
    number = cite.number
    if number is None:
        return True
    if number.party:
        return _STATE_BODY.match(issuer) is None
    return _party_level(issuer) is None


# the only types some central issuers issue (the Prime Minister decides, directs and sends
# letters and dispatches; the Government's are decrees and resolutions)
_TYPES_ISSUED = {
    "Thủ tướng Chính phủ": frozenset({"Quyết định", "Chỉ thị", "Công điện", "Công văn"}),
}


# the types only State bodies issue
_STATE_TYPES = frozenset({"Nghị định", "Thông tư", "Luật", "Pháp lệnh", "Công điện", "Lệnh"})
# the types only one body issues (the Government its decrees, before 1992 the Council of
# Ministers; the National Assembly its laws; its Standing Committee its ordinances): "Nghị
# định 08 và Nghị quyết số 98/2023/QH15 của Quốc hội" leaves the decree the Government's
_SOLE_ISSUERS = {
    "Nghị định": frozenset({"Chính phủ", "Hội đồng Bộ trưởng"}),
    "Luật": frozenset({"Quốc hội"}),
    "Bộ luật": frozenset({"Quốc hội"}),
    "Pháp lệnh": frozenset({"Ủy ban Thường vụ Quốc hội"}),
}


def _type_fits(cite: _Cite, issuer: str) -> bool:
    """Whether a shared issuer issues documents of the cite's type ("Nghị quyết 57 và Quyết
    định số 06 của Thủ tướng": the Prime Minister issues no Nghị quyết; a Party body no
    decree)."""
    if cite.type in _STATE_TYPES and _party_level(issuer) is not None:
        return False  # "NĐ 107 và Nghị quyết 57 của Bộ Chính trị": no Party body decrees
    sole = _SOLE_ISSUERS.get(cite.type or "")
    if sole is not None and issuer not in sole:
        return False
    types = _TYPES_ISSUED.get(issuer)
    return types is None or cite.type is None or cite.type in types


_OFFICE_HOLDERS = frozenset(
    {"", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch", "Chủ nhiệm", "Thống đốc"}
)


def _local_like(first: _Cite, second: _Cite) -> bool:
    """Whether the second of two numbers a local subject's verb lists may be its own (and
    share its day): a local body's symbol or a Party committee's of the first's level, of
    no other year ("… ban hành Quyết định …/QĐ-UBND và Nghị định 100/2019/NĐ-CP": the
    decree is cited, not issued that day)."""
    number, before = second.number, first.number
    if number is None or before is None:
        return False
    if number.year and first.before_date and first.before_date[:4] != number.year:
        return False
    if number.party:
        return bool(number.issuers) and number.issuers[-1] in ("TU", "HU", "ĐU") and (
            not before.party or before.issuers[-1:] == number.issuers[-1:]
        )
    body = _first_issuer_body(number)
    return body is not None and "{province}" in body


def _chain(text: str, cites: list[_Cite]) -> None:
    """Numbers listed together share an issuer written before the first or after the last."""
    pats = _patterns()
    ordered = sorted((c for c in cites if not c.law), key=lambda c: c.start)
    headed = {id(c) for c in ordered if c.type_from_head}  # typed by a head noun
    for first, second in itertools.pairwise(ordered):
        gap_start = first.after_end if first.after_issuer is None else first.end
        if second.cue_start - gap_start > 120:
            continue
        gap = _ALIAS.sub("", text[gap_start : second.cue_start])
        if (
            first.title
            and gap.lstrip(" ,").startswith(first.title)
            and first.number is not None
            and second.number is not None
            and first.number.issuers == second.number.issuers
        ):
            # "ban hành Nghị quyết số 05-NQ/ĐU về chuyển đổi số và Kế hoạch số 12-KH/ĐU": the
            # first's title between them, then the second object of the same verb (of the same
            # issuer's symbol: "… và Hướng dẫn số 05-HD/BTG" is the board's)
            gap = gap.lstrip(" ,")[len(first.title) :]
        if not pats.chain_gap.fullmatch(gap):
            _second_object(first, second, gap)
            if (
                _WHAT_IT_DOES_AND.fullmatch(gap)
                and second.before_date is None
                and first.before_date is not None
                and first.number is not None
                and second.number is not None
                and first.number.issuers == second.number.issuers
                and second.after_issuer is None
            ):
                # "Ngày 1/7, BTV Tỉnh ủy ban hành Quyết định số 1520-QĐ/TU thành lập … và
                # Quyết định số 1521-QĐ/TU chỉ định …": the second object of the same verb, dated
                # by its day
                second.before_date = first.before_date
            continue
        if id(first) in headed and _shares_head(first, second):
            # "Quy định số 217-QĐ/TW, 218-QĐ/TW": the head noun types both (the code alone
            # would make the second a Quyết định)
            second.type = first.type
            headed.add(id(second))
        if (
            second.before_issuer is None
            and first.before_issuer is not None
            and _level_fits(second, first.before_issuer)
            and _symbol_allows(second, first.before_issuer)
            and _side_fits(second, first.before_issuer)
        ):
            second.before_issuer = first.before_issuer
            if second.before_date is None:
                second.before_date = first.before_date
            second.issuer_rank = -2
        elif (
            second.before_date is None
            and first.before_date is not None
            and second.after_issuer is None
            and _local_like(first, second)
        ):
            # "Ngày 3/4, Tỉnh ủy, UBND tỉnh ban hành Chỉ thị …-CT/TU và Kế hoạch …/KH-UBND": one
            # verb's day dates both, whichever of its subjects issued each
            second.before_date = first.before_date
    for first, second in reversed(list(itertools.pairwise(ordered))):
        if second.cue_start - first.after_end > 120:
            continue
        gap = _ALIAS.sub("", text[first.after_end : second.cue_start])
        shares = (  # not to a number whose own issuer stands before it ("Nghị quyết của
            # Chính phủ số 76/NQ-CP, Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương")
            first.after_issuer is None
            and first.before_issuer is None
            and second.after_issuer is not None
            # nor past a date of the second's own: "Kết luận số 65-KL/TW, Nghị quyết số
            # 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương" — the day and the body are
            # the resolution's (unless both share its head noun or were issued together)
            and not (
                second.date is not None
                and first.date is None
                and not _shares_head(first, second)
                and not second.date_together
                and not _issued_together(first, second)
            )
            and _level_fits(first, second.after_issuer)
            # "Luật số 80/2015/QH13 và Quyết định 449/QĐ-TTg của Thủ tướng": not the law's
            and _symbol_allows(first, second.after_issuer)
            and _side_fits(first, second.after_issuer)
            and _type_fits(first, second.after_issuer)
        )
        if shares and pats.chain_gap.fullmatch(gap):
            first.after_issuer = second.after_issuer
            first.issuer_rank = -3
            if first.party_level is None:
                first.party_level = second.party_level
            if _year_to_share(first, second):
                # "Quyết định số 1558/QĐ-UBND và 1559/QĐ-UBND của UBND tỉnh X năm 2024": the
                # year written with the shared issuer
                first.year = second.year
        if (
            first.date is None
            and second.date is not None
            and (
                _shares_head(first, second)
                or second.date_together
                or _issued_together(first, second)
            )
            and pats.chain_gap.fullmatch(gap)
        ):
            # "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013": one head noun for
            # both numbers, one date after the last
            first.date, first.date_rank = second.date, 1
            first.date_together = second.date_together
            if first.year is None:
                first.year = second.year
        elif (
            _year_to_share(first, second)
            and (_shares_head(first, second) or _issued_together(first, second))
            and pats.chain_gap.fullmatch(gap)
        ):
            # "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND năm 2023": the year
            # after the last number, as a date would be
            first.year = second.year


# the day written after a document's number, before what it does
_GAP_DAY = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]+" + _DATE.replace("(?P<", "(?P<g"))


def _second_object(first: _Cite, second: _Cite, gap: str) -> None:
    """The second object of the verb by which a body issued the first ("UBND xã X ban hành
    Quyết định số 45/QĐ-UBND [ngày …] kiện toàn … và Kế hoạch 12/KH-UBND về …"): of the same
    symbol, with no issuer of its own, it is the same body's."""
    day = _GAP_DAY.match(gap)
    rest = gap[day.end() :] if day is not None else gap
    if (
        first.before_issuer is None
        or second.before_issuer is not None
        or second.after_issuer is not None
        or first.number is None
        or second.number is None
        or first.number.party
        or first.number.issuers != second.number.issuers
        or not _WHAT_IT_DOES_AND.fullmatch(rest if rest[:1].isspace() else " " + rest)
        or not _symbol_allows(second, first.before_issuer)
        or not _type_fits(second, first.before_issuer)
    ):
        return
    second.before_issuer = first.before_issuer
    second.issuer_rank = -2


def _year_to_share(first: _Cite, second: _Cite) -> bool:
    """Whether ``second`` has a year written after it, and neither a date, that ``first`` could
    take: both numbered without a year (a year in a number is its own)."""
    return (
        first.year is None
        and first.date is None
        and second.date is None
        and second.year is not None
        and first.number is not None
        and not first.number.year
        and second.number is not None
        and not second.number.year
    )


def _issued_together(first: _Cite, second: _Cite) -> bool:
    """Whether two numbers listed under one date were issued together: the same type and
    symbol (and year), numbered within three of each other ("Nghị quyết số 18-NQ/TW và
    Nghị quyết số 19-NQ/TW ngày 25/10/2017": one plenum's resolutions). Numbers further
    apart are of other days ("Chỉ thị số 05-CT/TW và Chỉ thị số 35-CT/TW ngày 30/5/2024")."""
    one, two = first.number, second.number
    if one is None or two is None or not one.number.isdigit() or not two.number.isdigit():
        return False
    return (
        (one.type_code, one.issuers, one.year) == (two.type_code, two.issuers, two.year)
        and 0 < int(two.number) - int(one.number) <= 3
    )


def _shares_head(first: _Cite, second: _Cite) -> bool:
    """Whether ``second`` is a number written under ``first``'s head noun: it has none of its
    own and its code names the same type."""
    return (
        second.cue_start == second.start
        and not second.type_from_head
        and first.number is not None
        and second.number is not None
        and first.number.type_code == second.number.type_code
    )


def _named_by_symbol(cite: _Cite, issuer: str, province: str | None) -> str:
    """Of bodies listed as the issuer ("X, Y"), the one a State document's symbol names when
    it names one issuer: "Căn cứ Thông tư số 15/2022/TT-BTC của Bộ Tài chính, Ban Dân tộc
    tỉnh phân bổ vốn" — the circular is the Ministry's; Ban Dân tộc is the subject of the
    sentence. Joint documents (TTLT, NQLT) and Party numbers keep their list: "Kết luận của
    Bộ Chính trị, Ban Bí thư"."""
    body = _sole_issuer(cite) if ", " in issuer else None
    if body is None:
        return issuer
    own = _provincial(body, province)
    named = [
        part
        for part in issuer.split(", ")
        if part == own
        or part.startswith(own + " ")
        # its head's office: "của Bộ trưởng Bộ Quốc phòng, Ban Chỉ huy … được thành lập"
        or (_HEADS_OFFICE.fullmatch(part) is not None and part.endswith(" " + own))
    ]
    return named[0] if len(named) == 1 else issuer


# a head's office before its body's name: "Chủ tịch Ủy ban nhân dân tỉnh X", "Bộ trưởng Bộ Y"
_HEADS_OFFICE = re.compile(
    r"(?:Chủ tịch|Bộ trưởng)\s+(?P<body>(?:Ủy ban|Hội đồng|Bộ)\s.+|Quốc hội)"
)
# what a head issues in person: decisions, directives, circulars, urgent dispatches (Công điện)
_IN_PERSON = frozenset(["QĐ", "CT", "TT", "CĐ"])


def _office_or_body(cite: _Cite, issuer: str) -> str:
    """A head's office issues in person only its decisions, directives and circulars; of a
    plan, a notice, a letter or a council's resolution its body is the issuer, whoever signed
    it ("Phó Chủ tịch UBND tỉnh X ký Kế hoạch số 5/KH-UBND" → the UBND of tỉnh X)."""
    office = _HEADS_OFFICE.fullmatch(issuer)
    number = cite.number
    if office is None or number is None or number.party or number.type_code in _IN_PERSON:
        return issuer
    sole = _sole_issuer(cite)  # the body the symbol names, when it is a central one
    if sole is not None and "{" not in sole:
        return sole  # "Phó Chủ tịch Quốc hội ký Nghị quyết …/NQ-UBTVQH15": the Standing Committee
    return office.group("body")


# a verb of adopting or issuing right before a document's head noun ("Kỳ họp đã thông qua
# Nghị quyết số …", "UBND xã ban hành Quyết định số …")
_ADOPTED_BEFORE = re.compile(r"(?:thông\s+qua|ban\s+hành)\s+$")
_LOCAL_KINDS = ("Hội đồng nhân dân ", "Ủy ban nhân dân ")


# the codes of bodies whose symbol names their kind, not their place (TTr: some inspectorate)
_KIND_CODES = {
    "TTr": "Thanh tra ",
    "TA": "Tòa án nhân dân ",
    "VKS": "Viện kiểm sát nhân dân ",
    "CSĐT": "Cơ quan Cảnh sát điều tra ",
}
# the kind of body whose papers a type names: a judgement is a court's, an indictment a
# procuracy's
_KIND_OF_TYPE = {"Bản án": "Tòa án nhân dân ", "Cáo trạng": "Viện kiểm sát nhân dân "}
# what follows a citation fronted in its sentence, up to the clause's subject: its title,
# then the comma
_FRONTED_TAIL = re.compile(r"[^,.;\n]{0,120},[^\S\n]*")
_FRONTED_HEAD = re.compile(r"(?:^|[.;:\n][^\S\n]*)(?:Theo|Tại|Căn\s+cứ|Thực\s+hiện)[^\S\n]+$")


def _fronted_subject(cite: _Cite, ctx: _Context) -> str | None:
    """The issuer of a citation fronted in its sentence whose subject is a body of the kind
    its symbol names: "Theo Kết luận thanh tra số 12/KL-TTr ngày 5/3/2024, Thanh tra tỉnh X
    kiến nghị …" is that inspectorate's, "Tại Bản án số …/HS-ST, TAND tỉnh Y tuyên …" that
    court's."""
    number = cite.number
    if number is None or not ctx.bodies:
        return None
    code = _body_code(number.issuers[0]) if number.issuers else ""
    kind = _KIND_CODES.get(code) or _KIND_OF_TYPE.get(cite.type or "")
    if kind is None:
        return None
    if not _FRONTED_HEAD.search(ctx.text, max(0, cite.cue_start - 20), cite.cue_start):
        return None
    tail = _FRONTED_TAIL.match(ctx.text, cite.after_end or cite.end)
    subject = ctx.bodies.get(tail.end()) if tail is not None else None
    return subject if subject is not None and subject.startswith(kind) else None


def _sessions_body(cite: _Cite, ctx: _Context) -> str | None:
    """The district's or commune's council (or committee) a text reports on, for a local
    body's symbol adopted or issued with no issuer written: "HĐND xã A họp chuyên đề. Các
    đại biểu thông qua Nghị quyết số 12/NQ-HĐND" is A's, not the province's the symbol would
    default to. The last body of the symbol's kind named before it decides; a province's
    leaves the default."""
    if cite.number is None or not _ADOPTED_BEFORE.search(
        ctx.text, max(0, cite.cue_start - 20), cite.cue_start
    ):
        return None
    body = _sole_issuer(cite)
    if body is None or "{province}" not in body or not body.startswith(_LOCAL_KINDS):
        return None
    kind = _LOCAL_PLACE.sub("", body) + " "
    named = [
        name for at, name in sorted(ctx.bodies.items()) if at < cite.start and name.startswith(kind)
    ]
    if not named:
        return None
    level = named[-1][len(kind) :].split(" ", 1)[0]
    return named[-1] if level in ("huyện", "quận", "thị", "xã", "phường", "đặc") else None


def _settle(cite: _Cite, ctx: _Context) -> None:
    """Pick the issuer and date of one mention."""
    shared = cite.issuer_rank
    before, after = cite.before_issuer, cite.after_issuer
    if after and not _central_symbol_allows(cite, after):
        after = None
    if before and not _central_symbol_allows(cite, before):
        before = None
    if before and not after and not cite.own_before and not _local_kind_fits(cite, before):
        before = None  # "Sở Y tế xây dựng Kế hoạch số 12/KH-UBND": drafted, issued by a UBND
    chosen: str | None
    if after and before and len(before) > len(after) and before.endswith(after.split(" ", 1)[-1]):
        chosen = before  # "Ban Thường vụ Tỉnh ủy X … của Tỉnh ủy X": the more specific body
    else:
        chosen = after or before
    office = _first_issuer_body(cite.number) if cite.number is not None else None
    if chosen and office and office.startswith("Văn phòng") and not chosen.endswith(office):
        # an office's number: "Thông báo kết luận của Thủ tướng … số 88/TB-VPCP" is the
        # Government Office's; the Prime Minister is the one quoted (a text naming another
        # issuer for another body's symbol keeps it: "Chỉ thị 09/CT-TTg của Chính phủ")
        chosen = None
    sole = _sole_issuer(cite)
    minister = _MINISTER_OF.fullmatch(chosen) if chosen and sole else None
    if minister is not None and sole and sole.startswith("Bộ ") and (
        _UNEXPANDED.search(minister.group(1))
    ):
        # "của Bộ trưởng Bộ LĐ-TB&XH" for a circular of BLĐTBXH: the ministry the symbol names
        # as it is named in full
        chosen = f"Bộ trưởng {sole}"
    joint = (
        _symbol_issuer(cite.number, ctx.province, ctx.district)
        if chosen and cite.number is not None and len(cite.number.issuers) > 1
        else None
    )
    if chosen and joint and " - " in joint:
        parts = joint.split(" - ")
        if chosen in parts or chosen in (" và ".join(parts), ", ".join(parts)):
            # "Sở Y tế phối hợp với Sở GD&ĐT ban hành Kế hoạch số …/KH-SYT-SGDĐT", "Thông tư
            # liên tịch … của Bộ Y tế và Bộ GD&ĐT": the bodies the symbol names together
            chosen = joint
    if chosen == "Thủ tướng Chính phủ" and sole == "Chính phủ":
        chosen = sole  # "Phó Thủ tướng ký Nghị định …/NĐ-CP": a decree is the Government's
    if chosen and sole and "{province}" not in sole and chosen.startswith(sole + " và "):
        # "của Thủ tướng Chính phủ và Bộ đội Biên phòng tỉnh phối hợp": the symbol's body alone
        chosen = sole
    if chosen:
        chosen = _office_or_body(cite, _named_by_symbol(cite, chosen, ctx.province))
        cite.issuer = chosen
        # the citation norm's "của X" after the number outranks a clause's subject before it
        own = chosen == after or (chosen == before and cite.own_before)
        cite.issuer_rank = 2 if shared < 0 else (4 if own else 3)
    elif cite.number is not None:
        cite.issuer = _symbol_issuer(cite.number, ctx.province, ctx.district)
        council = _sessions_body(cite, ctx)
        if council is not None:
            cite.issuer = council
        if cite.issuer is None:
            cite.issuer = _fronted_subject(cite, ctx)
        if cite.issuer == "Đảng ủy":
            # "…-NQ/ĐU" is some Party committee's: the one the text names, when it names one
            named = {name for name in ctx.bodies.values() if name.startswith("Đảng ủy ")}
            if len(named) == 1:
                cite.issuer = named.pop()
        cite.issuer_rank = 1 if cite.issuer else 0
    elif cite.type == "Nghị định" and not cite.law and not cite.weak:
        # a decree is the Government's, whatever number a text writes it with: "Nghị định
        # 98/2018", "NĐ 100"
        cite.issuer, cite.issuer_rank = "Chính phủ", 1
    else:
        cite.issuer_rank = 0
    if cite.date is None and cite.before_date:
        cite.date, cite.date_rank = cite.before_date, (1 if shared < 0 else 2)
    number_year = cite.number.year if cite.number is not None else None
    if cite.date and number_year and cite.date[:4] != number_year:
        # a State number's year is its year of issue: a day of another year is another act's
        # ("HĐND tỉnh thông qua Nghị quyết sửa đổi Nghị quyết số 10/2023/NQ-HĐND vào ngày
        # 8/7/2025": the amending resolution's day)
        cite.date = None
    if cite.date and cite.year is None:
        cite.year = int(cite.date[:4])
    if cite.party_level is None and cite.issuer:
        cite.party_level = _party_level(cite.issuer)


def _relations(text: str, cites: list[_Cite], ctx: _Context) -> None:
    """The nearest cue word before each mention in its sentence types its relation; cue
    words inside another citation ("Hướng dẫn số 5") do not count, nor the verb between
    another one's issuer and its title ("Thông tư … của Bộ Nội vụ hướng dẫn về …, và Công
    văn số …": the circular guides, the letter is cited). A cue inside a title does count
    ("Kế hoạch … về triển khai thực hiện Nghị quyết số 20-NQ/TW")."""
    told = [(c.cue_start, c.end) for c in cites]
    items: list[tuple[int, int]] = []  # from each number to the ";" or line end closing its item
    # (start, end, document) of the documents' titles and items
    owners: list[tuple[int, int, _Cite]] = []
    for cite in cites:
        if cite.title:
            # a name written before its number in brackets: "Luật sửa đổi, bổ sung … (Luật số
            # 83/2025/QH15)": the words of the name are no cue of the text's
            at = text.rfind(cite.title, max(0, cite.start - len(cite.title) - 20), cite.start)
            gap = text[at + len(cite.title) : cite.start] if at >= 0 else ""
            if at >= 0 and gap.lstrip().startswith("(") and len(gap) <= 20:
                told.append((at, cite.start))
        if cite.title and not cite.law:  # a law's title is its own name
            at = text.find(cite.title, cite.end, cite.end + 300)
            between = text[cite.end : at]
            if at >= 0 and "\n" not in between and ". " not in between:
                told.append((cite.end, at))  # the issuer and the words up to the title
                owners.append((at, at + len(cite.title), cite))
        closing = _ITEM_BREAK.search(text, cite.end, cite.end + 400)
        # (an item whose document is the sentence's subject or this text itself governs the
        # list: "Quyết định này thay thế …; …", "Quyết định số 5 bãi bỏ …; …")
        opening = text[ctx.sentence_start(cite.cue_start) : cite.cue_start]
        subject = cite.anaphor or not opening.strip()
        if closing is not None and not subject:
            items.append((cite.end, closing.start()))
            owners.append((cite.end, closing.start(), cite))
    spans = _merged(told)
    starts = [start for start, _ in spans]
    mention = 0  # where the mention whose cue is looked for starts
    current: _Cite | None = None  # … and its citation
    opens_item = False  # … and whether it opens an item of a list (after ";")

    def masked(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < spans[index][1]:
            return True
        # a cue in the words after another document's number (its title, what it does)
        # speaks of it and what those words cite, not of the next item of a list, after a ";"
        # ("Quyết định … về việc thay thế thành viên …; Quyết định …", "Thông tư … hướng dẫn
        # thể thức văn bản; Thông tư …"); within the item it does ("… về triển khai thực hiện
        # Nghị quyết số 20 … và Kế hoạch số 10")
        if opens_item and any(a <= position < b <= mention for a, b in items):
            return True
        # a cue in another document's title that took something else as its object before a
        # comma ("Kế hoạch … về triển khai thực hiện phong trào …, Quyết định …")
        return current is not None and _object_before(text, position, current, cites, owners)

    cues = _cue_table()
    words = [cue for cue, _ in cues]
    # the text's own number, as its header or a portal's table gives it ("Số: 18/2025/NQ-HĐND",
    # "Số hiệu | 18/2025/NQ-HĐND"): what it does is the text's
    own = {
        c.key
        for c in cites
        if c.key and _OWN_NUMBER_CELL.search(text, max(0, c.start - 24), c.start)
    }
    title = _title_line(text, sorted(c.start for c in cites))
    if title is not None:
        # a legal text's title line names its own act first: "Quyết định 45/2024/QĐ-UBND sửa
        # đổi Quyết định …" above its header and articles
        named = [c.key for c in sorted(cites, key=lambda c: c.start) if c.start < title[1]]
        if named and named[0]:
            own.add(named[0])
    amended: dict[int, _Cite] = {}  # id of a document named after "được sửa đổi bởi" → what
    last: _Cite | None = None
    for cite in cites:
        mention, current = cite.cue_start, cite
        if last is not None and last.end <= cite.cue_start:
            by = _AMENDED_BY.search(text, max(last.end, cite.cue_start - 90), cite.cue_start)
            joined = id(last) in amended and _JOINED_ONLY.fullmatch(
                text, last.end, cite.cue_start
            )
            if (
                by is not None
                and (
                    by.start() - last.end <= 2
                    # (a basis's date, issuer and title between: "Căn cứ Nghị quyết số X ngày
                    # … về …, đã được sửa đổi, bổ sung theo Nghị quyết số Y")
                    or (
                        last.relation == "based_on"
                        and not _ITEM_BREAK.search(text, last.end, by.start())
                    )
                )
            ) or joined:
                # "Căn cứ Luật X được sửa đổi, bổ sung bởi Luật số Y và Luật số Z": X is
                # amended by Y (and Z), and the text stands on all of them as it does on X
                target = last if by is not None else amended[id(last)]
                cite.relation = last.relation or "cites"
                if target.actor is None:
                    target.actor = cite
                    target.action = "replaces" if by and "thay" in by.group() else "amends"
                amended[id(cite)] = target
                last = cite
                continue
        last = cite
        opens_item = _ITEM_OPENS.search(text, max(0, mention - 12), mention) is not None
        low = max(ctx.sentence_start(cite.cue_start), cite.cue_start - 250)
        window = text[low : cite.cue_start].lower()
        # The last occurrence of every cue at once; when the nearest is not inside another
        # citation it decides (the one ending nearest, the longest of those ending there: "hướng
        # dẫn thi hành" over "thi hành"), else look closer.
        found = list(map(window.rfind, words))
        ends = [at + len(word) if at >= 0 else -1 for at, word in zip(found, words, strict=True)]
        chosen = ends.index(max(ends))
        nearest = found[chosen]
        if nearest >= 0 and _NEGATED.search(window, 0, nearest):
            # "những nội dung không hướng dẫn trong Thông tư này": a cue denied is no link
            cite.relation = "cites"
            continue
        if (
            nearest >= 0
            and cues[chosen][1] in _CHANGES
            and _PROPOSED.search(window, max(0, nearest - 80), nearest)
        ):
            # "Cử tri kiến nghị sớm sửa đổi Nghị định …", "dự thảo Nghị quyết thay thế …": a
            # change asked for or planned, not made
            cite.relation = "cites"
            continue
        if nearest < 0 or not masked(low + nearest):
            best = nearest
            relation = cues[chosen][1] if nearest >= 0 else "cites"
        else:
            best, best_end, relation = -1, -1, "cites"
            for cue, kind in cues:
                position = window.rfind(cue)
                while position >= 0 and position + len(cue) > best_end and masked(low + position):
                    position = window.rfind(cue, 0, position)
                if position >= 0 and position + len(cue) > best_end:
                    best, best_end, relation = position, position + len(cue), kind
        if best >= 0 and _new_clause(text, low + best, cite.cue_start):
            relation = "cites"  # "Căn cứ Luật X, UBND tỉnh ban hành Quyết định số Y": its own
        if relation in _BETWEEN_DOCUMENTS and _ACCORDING_TO.search(
            text, low + best, cite.cue_start
        ):
            relation = "cites"  # "thay thế nhà thầu theo Quyết định số …": done under it
        inside = [
            a
            for a, b, _ in owners
            if (a <= low + best < b <= cite.cue_start or a <= low + best < cite.cue_start <= b)
            and "\n" not in text[a : cite.cue_start]
        ]
        if relation in _BETWEEN_DOCUMENTS and not inside and best >= 0:
            # the cue right after another document's mention in its clause says what that
            # document does ("Chính phủ ban hành Nghị định 67 sửa đổi Nghị định 178"); not
            # after the text's own ("Quyết định này thay thế …")
            actors = [c for c in cites if low <= c.cue_start and c.end <= low + best]
            actor = max(actors, key=lambda c: c.end) if actors else None
            if (
                actor is not None
                and not actor.anaphor
                and actor.key not in own
                and not _ITEM_BREAK.search(text, actor.end, low + best)
            ):
                inside = [actor.end]
                cite.actor, cite.action = actor, relation
        if relation in _BETWEEN_DOCUMENTS and inside and cite.actor is None:
            # the document in whose words the cue is does it ("Thông tư … hướng dẫn … Luật Du
            # lịch": the circular guides the law)
            actor = next(
                (
                    c
                    for a, b, c in owners
                    if a <= low + best < b and c is not cite and not c.anaphor and c.key not in own
                ),
                None,
            )
            if actor is not None:
                cite.actor, cite.action = actor, relation
        if relation in _BETWEEN_DOCUMENTS and inside:
            # "Căn cứ Thông tư … quy định chi tiết một số điều của Luật Du lịch": the circular
            # details the law; the text only cites it (carrying out goes on: "Kế hoạch … về
            # triển khai Nghị quyết …" is implemented through the plan). A document joined to
            # the one whose words those are shares the cue before both: "triển khai Thông tư …
            # hướng dẫn thể thức văn bản và Quyết định số …" carries out both.
            relation = "cites"
            earlier = [c.cue_start for c in cites if c.end <= min(inside)]
            previous = max(
                (c for c in cites if c.cue_start < cite.cue_start), key=lambda c: c.cue_start
            )
            if earlier and _JOINED_TO_PREVIOUS.search(
                text, max(0, cite.cue_start - 8), cite.cue_start
            ):
                if previous.end <= low + best:  # joined to the one the cue is about
                    first = max(earlier)
                    relation = relation_of(text[max(low, first - 250) : first])
                else:  # joined to the one before, which is linked as it is ("… hướng dẫn
                    # Nghị định X và Nghị định Y": both cited; "triển khai Thông tư …, Công văn
                    # … và Quyết định …": all three carried out)
                    relation = previous.relation
        cite.relation = relation


_OWN_NUMBER_CELL = re.compile(
    r"(?:(?:^|\n|\||[^\S\n]{3}|\*)[^\S\n]*(?:Số|SỐ)(?:[^\S\n]*[,/]?[^\S\n]*(?:[Kk]ý[^\S\n]+)?"
    r"(?:hiệu|HIỆU))?(?:[^\S\n]+văn[^\S\n]+bản)?|(?:^|\n)[^\S\n]*(?:Ký hiệu|Văn bản(?: số)?))"
    r"[^\S\n]*[:|]?[^\S\n]*$"
)
# a legal text: its articles or its bases follow its title line
_LEGAL_BODY = re.compile(r"\n[^\S\n]*(?:Điều[^\S\n]+1\b|Căn[^\S\n]+cứ|QUYẾT[^\S\n]+(?:ĐỊNH|NGHỊ))")
# a line of a page's furniture above a title: a short line with no sentence in it ("Trang
# chủ > Văn bản pháp luật > Đất đai", "Văn bản pháp luật")
_FURNITURE_LINE = re.compile(r"[^\S\n]*[^\n.!?;]{0,100}\n")


def _title_line(text: str, starts: list[int]) -> tuple[int, int] | None:
    """(start, end) of a legal text's title line: its first line with a document number in
    it, above its bases or articles, after nothing but lines of a page's furniture."""
    body = _LEGAL_BODY.search(text)
    if body is None:
        return None
    start = 0
    while start < body.start():
        end = text.find("\n", start)
        if end < 0 or end > body.start():
            return None
        index = bisect.bisect_left(starts, start)
        if index < len(starts) and starts[index] < end:
            return start, end
        if not _FURNITURE_LINE.match(text, start):
            return None
        start = end + 1
    return None
_JOINED_TO_PREVIOUS = re.compile(r"(?:,|\svà)\s*(?:các\s+)?$")
# what one document does to another, not the text to it
_BETWEEN_DOCUMENTS = frozenset(["guides", "amends", "replaces", "repeals"])


# the document as the ground of what a cue does to something else
# (not "kèm theo": "sửa đổi … Quy chế ban hành kèm theo Quyết định số …" amends it)
_ACCORDING_TO = re.compile(r"(?<![\w])(?<!kèm )(?:theo|căn cứ)(?![\w])")


def _object_before(
    text: str, cue: int, cite: _Cite, cites: list[_Cite], owners: list[tuple[int, int, _Cite]]
) -> bool:
    """Whether a cue in another document's title took something else as its object before
    a comma: "Kế hoạch số 112 về triển khai thực hiện phong trào thi đua, Quyết định số 567
    …" carries out the movement, not the decision after the comma (which "thực hiện Nghị
    quyết số 20, Kế hoạch số 10" would, a document following the cue)."""
    if not any(a <= cue < b and other is not cite for a, b, other in owners):
        return False
    comma = text.find(",", cue, cite.cue_start)
    while comma >= 0 and _VERBS_PAIRED.match(text, comma):
        comma = text.find(",", comma + 1, cite.cue_start)  # "sửa đổi, bổ sung": one cue
    if comma < 0:
        return False
    return not any(cue < c.cue_start < comma for c in cites)


# a comma between two verbs of one cue or one field: "sửa đổi, bổ sung", "phòng, chống"
_VERBS_PAIRED = re.compile(r"(?<=đổi),[^\S\n]*bổ[^\S\n]+sung|(?<=phòng),[^\S\n]*chống")


_ITEM_BREAK = re.compile(r"[;\n]|\.(?:\s|$)")
# what may stand between an item's end and the next mention that opens the next item (not
# "; khoản 3 Điều 26; … của Luật X", a list inside one item's object)
_ITEM_OPENS = re.compile(r"(?:[;\n]|\.\s)\s*(?:và\s+)?(?:[Ss]ố\s*:?\s*)?$")


def _new_clause(text: str, cue: int, mention: int) -> bool:
    """Whether a clause with its own subject and verb opens between a cue and a mention: after
    the cue's object a comma, then a predicate ("Thực hiện Chỉ thị 05, Huyện ủy ban hành …")."""
    semicolon = text.rfind("; ", cue, mention)
    joined = max(semicolon, text.rfind(" và ", cue, mention))
    if (
        joined >= 0
        and _JOINED_ISSUING.match(text, joined)
        and (joined == semicolon or not _TITLE_WORDS.search(text, cue, joined + 1))
    ):
        # "triển khai Quyết định A …; đồng thời ban hành Kế hoạch B": its own (not "và" inside
        # A's title: "… về việc phê duyệt và ban hành Kế hoạch B")
        return True
    comma = text.rfind(", ", cue, mention)
    if comma >= 0 and _DATE_OF.match(text, comma + 2):
        return False  # ", ngày 16/8/2016 của Thủ tướng … xây dựng nông thôn mới …": its date
    if comma >= 0 and _PREDICATE.search(text, comma, mention) is not None:
        return True
    # a body after an earlier comma that issues what follows, the mention among its objects:
    # "Thực hiện Chỉ thị 35, Đảng ủy xã đã ban hành 5 kế hoạch, trong đó có Kế hoạch số 10",
    # "…, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 28, Công văn số 1520"
    organ = _patterns().organ
    comma = text.find(", ", cue, mention)
    while comma >= 0:
        if organ.match(text, comma + 2) and _ISSUED_BY_IT.search(text, comma, mention):
            return True
        comma = text.find(", ", comma + 2, mention)
    return False


# the verb by which a clause's subject issues the documents after it
_ISSUED_BY_IT = re.compile(
    r"\s(?:(?:đã|vừa|cũng)\s+)*(?:ban\s+hành|xây\s+dựng|cụ\s+thể\s+hóa(?:\s+bằng)?)\s"
)


# a title opening between a cue and a joint (only "về": the first document's own "số" and "ngày"
# stand there too, which _TITLE_BETWEEN would take for a title)
_TITLE_WORDS = re.compile(r"\svề\s")
# a clause joined by ";" or "và" whose verb issues the next document (not one that carries out
# another: "quán triệt và thực hiện Nghị quyết …" goes on with the cue)
_JOINED_ISSUING = re.compile(
    r"(?:;|\svà)\s+(?:đồng\s+thời\s+)?(?:(?:đã|cũng|vừa|sẽ)\s+)*(?:ban\s+hành|xây\s+dựng|ký)\s"
)


# a document's date and issuer after a comma: ", ngày 16/8/2016 của Thủ tướng Chính phủ"
_DATE_OF = re.compile(r"[Nn]gày\s+" + _DATE + r"\s+(?:của|do)\s")
_NEGATED = re.compile(r"(?:không|chưa|chẳng)[^\S\n]+(?:được[^\S\n]+)?$")
_CHANGES = frozenset(["amends", "replaces", "repeals"])
# a document amended by the one named next: "… số 57/2014/QH13 được sửa đổi, bổ sung bởi …"
_AMENDED_BY = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:đã[^\S\n]+)?được[^\S\n]+(?:sửa[^\S\n]+đổi|bổ[^\S\n]+sung|thay[^\S\n]+thế)"
    r"(?:[^\S\n]*,?[^\S\n]*(?:và[^\S\n]+)?bổ[^\S\n]+sung)?(?:[^\S\n]+một[^\S\n]+số[^\S\n]+điều)?"
    r"[^\S\n]+(?:bởi|theo|tại)[^\S\n]+(?:(?:các|những)[^\S\n]+)?$"
)
_JOINED_ONLY = re.compile(r"[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*")
# a change proposed, wished for or planned, in the words before its cue
_PROPOSED = re.compile(
    r"(?<![\w])(?:kiến nghị|đề nghị|đề xuất|mong muốn|cần|nên|phải|xem xét|nghiên cứu|sẽ"
    r"|dự kiến|dự thảo|chuẩn bị|đang xây dựng)(?![\w])[^.;:,\n]*$"
)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans merged where they overlap, in order: each position lies in at most one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _cue_table() -> tuple[tuple[str, str], ...]:
    """Cue words, longest first (so that at one position the longer cue wins)."""
    return tuple(sorted(reference().cues, key=lambda pair: len(pair[0]), reverse=True))


@dataclass(slots=True)
class _Doc:
    key: str | None
    cites: list[_Cite]
    complete: bool
    number: DocNumber | None = None
    short: str | None = None
    title: str | None = None
    party: bool = False  # a Party short form with a derived key


# the symbols of normative documents a type and an issuer's kind determine:
# (type, issuer or the start of its name) → the symbol after the year
_NORMATIVE_CODES = (
    ("Nghị quyết", "Hội đồng nhân dân ", "NQ-HĐND"),
    ("Quyết định", "Ủy ban nhân dân ", "QĐ-UBND"),
    ("Nghị quyết", "Chính phủ", "NQ-CP"),
    ("Quyết định", "Thủ tướng Chính phủ", "QĐ-TTg"),
)


def _normative_code(cite: _Cite) -> str | None:
    """The symbol a short form with its year and issuer must have, or None."""
    issuer = cite.issuer or ""
    for kind, body, code in _NORMATIVE_CODES:
        local = body.endswith(" ") and issuer.startswith(body)
        if cite.type == kind and (issuer == body or local):
            return code
    return None


def _matches_short(doc: _Doc, cite: _Cite) -> bool:
    ref = reference()
    value = cite.short or ""
    if doc.number is not None:
        if doc.number.number.lstrip("0") != value.lstrip("0"):
            return False
        if cite.short_year and doc.number.year and cite.short_year != doc.number.year:
            return False
        names = {c.type for c in doc.cites if c.type}
        code = ref.code_of_type.get(cite.type or "")
        return cite.type in names or (code is not None and code == doc.number.type_code)
    if doc.short is not None and doc.short.lstrip("0") == value.lstrip("0"):
        return any(c.type == cite.type for c in doc.cites)
    return False


# a Party committee's departments sign with their own letters before the committee's
# ("Hướng dẫn số 12 của Ban Tổ chức Tỉnh ủy" → 12-HD/BTCTU, "… Trung ương" → …/BTCTW)
_DEPARTMENT_CODES = (
    ("Ban Tuyên giáo và Dân vận", "BTGDV"),
    ("Ban Tổ chức", "BTC"),
    ("Ban Tuyên giáo", "BTG"),
    ("Ban Dân vận", "BDV"),
    ("Ban Nội chính", "BNC"),
    ("Ủy ban Kiểm tra", "UBKT"),
    ("Văn phòng", "VP"),
)
_COMMITTEE_CODES = (
    ("Trung ương", "TW"),
    ("Tỉnh ủy", "TU"),
    ("Thành ủy", "TU"),
    ("Thị ủy", "TU"),
    ("Huyện ủy", "HU"),
    ("Quận ủy", "QU"),
)
# a commune's Party committee: …/ĐU
_COMMUNE_COMMITTEE = re.compile(
    r"(?:Ban Thường vụ |Ban Chấp hành )?Đảng ủy (?:xã|phường|thị trấn|đặc khu) "
)


def _party_symbol(cite: _Cite) -> str | None:
    """The issuer part of a Party short form's key: the committee's level (TW, TU, HU), after
    its department's letters when a department issues it; None when it cannot be derived."""
    issuer = cite.issuer or ""
    if issuer == "Quân ủy Trung ương":
        return "QUTW"  # the Central Military Commission numbers its own: "1657-NQ/QUTW"
    for name, code in _DEPARTMENT_CODES:
        if issuer.startswith(name + " "):
            rest = issuer[len(name) + 1 :]
            if " và " in rest or " - " in rest:
                return None  # a joint issuer's: no one department's letters
            if rest.startswith("Trung ương") and rest not in ("Trung ương", "Trung ương Đảng"):
                return None  # "Ban Tổ chức Trung ương Đoàn", "… Hội Nông dân": not the Party's
            committee = next((c for word, c in _COMMITTEE_CODES if rest.startswith(word)), None)
            return code + committee if committee else None
    if cite.party_level is None and _COMMUNE_COMMITTEE.match(issuer):
        return "ĐU"
    return cite.party_level


def _group_key(key: str) -> str:
    """Key under which mentions are one document: case, spaces and hyphens ignored."""
    return _SPACES.sub("", key).casefold().replace("-", "")


def _another_year(doc: _Doc, cite: _Cite, years: dict[int, int | None]) -> bool:
    """Whether ``cite`` names a document of another year than ``doc`` under the same key (a
    key without its year: Party numbers, State numbers written without one), by the full
    dates written with them (a bare "năm 2020" may be the year of what the text reports)."""
    year = years.get(id(doc))
    return year is not None and cite.date is not None and int(cite.date[:4]) != year


def _another_body(doc: _Doc, cite: _Cite) -> bool:
    """Whether ``cite`` names another issuer than ``doc``'s first mention does, both written
    with the number ("của X"), for a symbol a local body of any place may have issued."""
    if cite.issuer_rank < 4 or cite.number is None or cite.number.party:
        return False
    body = _sole_issuer(cite) if cite.number.issuers else None
    if body is None or "{" not in body:
        return False
    written = [c.issuer for c in doc.cites if c.issuer_rank >= 4 and c.issuer]
    # a body and its office-holder are one issuer ("UBND huyện X", "Chủ tịch UBND huyện X")
    return bool(written) and all(
        not (c.endswith(cite.issuer or "") or (cite.issuer or "").endswith(c)) for c in written
    )


def _titles_in_brackets(text: str, cites: list[_Cite]) -> None:
    """A law's title in brackets right after its number names it: "Luật số 45/2013/QH13
    (Luật Đất đai năm 2013)" is one law, grouped as "Luật Đất đai số 45/2013/QH13" is."""
    numbered = sorted((c for c in cites if not c.law and c.type in _LAWS), key=lambda c: c.end)
    ends = [c.end for c in numbered]
    for cite in cites:
        if not cite.law or not cite.title:
            continue
        k = bisect.bisect_right(ends, cite.start)
        law = numbered[k - 1] if k else None
        if (
            law is not None
            and law.title is None
            and law.type == cite.type
            and _TITLE_IN_BRACKETS.fullmatch(text, law.end, cite.start)
            and (cite.year is None or law.year in (None, cite.year))
        ):
            law.title = cite.title


def _group(cites: list[_Cite]) -> list[_Doc]:
    ref = reference()
    docs: list[_Doc] = []
    by_key: dict[str, _Doc] = {}
    by_titles: dict[str, list[_Doc]] = {}
    years: dict[int, int | None] = {}  # id of a document → the year its mentions give
    for cite in sorted((c for c in cites if c.key), key=lambda c: c.start):
        folded = _group_key(cite.key or "")
        doc = by_key.get(folded)
        if doc is not None and _another_year(doc, cite, years):
            # numbers restart each year or term: "Nghị quyết số 39-NQ/TW ngày 17/4/2015" and
            # "Nghị quyết số 39-NQ/TW ngày 15/1/2019" are two documents
            doc = None
        if doc is not None and _another_body(doc, cite):
            # a local body's symbol names no place: "45/QĐ-UBND … của UBND huyện Gio Linh và
            # 45/QĐ-UBND … của UBND huyện Vĩnh Linh" are two decisions
            doc = None
        if doc is None:
            doc = _Doc(cite.key, [], True, cite.number)
            by_key[folded] = doc
            docs.append(doc)
        if years.get(id(doc)) is None and cite.date:
            years[id(doc)] = int(cite.date[:4])
        elif (cite.key or "").count("-") > (doc.key or "").count("-"):
            # a symbol that lost its hyphen elsewhere ("4919/VPCPKTTH"): the whole form names it
            doc.key, doc.number = cite.key, cite.number
        doc.cites.append(cite)
    by_number: dict[str, list[_Doc]] = {}
    for doc in docs:
        if doc.number is not None:
            by_number.setdefault(doc.number.number.lstrip("0"), []).append(doc)
    for cite in sorted((c for c in cites if c.short), key=lambda c: c.start):
        value = (cite.short or "").lstrip("0")
        fits = [doc for doc in by_number.get(value, []) if _matches_short(doc, cite)]
        if len(fits) == 1:
            fits[0].cites.append(cite)
            continue
        if cite.weak and not cite.issuer:
            continue  # "CT 05", "NĐ 100" alone: no document the text names in full
        key: str
        party = False
        if cite.short_year and cite.type == "Nghị định":
            # a decree's symbol is always the Government's: "Nghị định 28/2015" is
            # 28/2015/NĐ-CP, derived as a Party short form's key is
            key = f"{cite.short}/{cite.short_year}/NĐ-CP"
        elif cite.short_year and (code := _normative_code(cite)):
            # "Nghị quyết 12/2024 của HĐND tỉnh X": a council's normative resolution, whose
            # symbol is its type's and its kind's (12/2024/NQ-HĐND)
            key = f"{cite.short}/{cite.short_year}/{code}"
        elif cite.short_year:
            key = f"{cite.short}/{cite.short_year}"
        elif (symbol := _party_symbol(cite)) and cite.type in ref.code_of_type:
            key = f"{cite.short}-{ref.code_of_type[cite.type or '']}/{symbol}"
            party = True
        else:
            key = cite.short or ""
        folded = _group_key(key)
        doc = by_key.get(folded) if not fits else None
        if doc is None:
            doc = _Doc(key, [], False, None, cite.short, party=party)
            by_key[folded] = doc
            docs.append(doc)
            by_number.setdefault(value, []).append(doc)
        doc.cites.append(cite)
    by_type: dict[str, list[_Doc]] = {}
    for doc in docs:
        for kind in {c.type for c in doc.cites if c.type}:
            by_type.setdefault(kind, []).append(doc)
    for cite in sorted((c for c in cites if c.anaphor), key=lambda c: c.start):
        # "Nghị quyết này" points back: only when exactly one document named before it can be
        # meant ("Quyết định này thay thế Quyết định số 49/2019/…" is the new decision)
        named = by_type.get(cite.type or "", [])
        fits = [d for d in named if min(c.start for c in d.cites) < cite.start]
        if len(fits) == 1:
            fits[0].cites.append(cite)
    # laws by title and year: a law's year is part of its name ("Luật Phòng, chống tham
    # nhũng năm 2018" replaced the one of 2005); a mention without one is the first named
    law_years: dict[int, int | None] = {}
    # a law named by its title is the numbered law of that title and year the text cites
    # ("Luật Đất đai 2024" and "Luật Đất đai số 31/2024/QH15")
    for doc in docs:
        titles = {c.title.casefold() for c in doc.cites if c.title and c.type in _LAWS}
        if doc.key and doc.number is not None and len(titles) == 1:
            numbered_year = int(doc.number.year) if doc.number.year else None
            by_titles.setdefault(titles.pop(), []).append(doc)
            law_years[id(doc)] = numbered_year
    for cite in sorted((c for c in cites if c.law), key=lambda c: c.start):
        named = by_titles.setdefault((cite.title or "").casefold(), [])
        year = int(cite.date[:4]) if cite.date else cite.year
        doc = next((d for d in named if year is None or law_years[id(d)] in (None, year)), None)
        if doc is None:
            doc = _Doc(None, [], True, None, None, cite.title)
            named.append(doc)
            docs.append(doc)
            law_years[id(doc)] = year
        elif law_years[id(doc)] is None:
            law_years[id(doc)] = year
        doc.cites.append(cite)
    for doc in docs:
        doc.cites.sort(key=lambda c: c.start)
    docs.sort(key=lambda d: d.cites[0].start)
    return docs


def _document(text: str, doc: _Doc, key_of: Mapping[int, str | None]) -> DocumentRef:
    # One pass over the mentions (in order of position) picks: the type of the first mention
    # typed by its head noun and naming the document, else the first typed by a head noun,
    # else the first typed at all; the issuer of the best-ranked mention and the date of the
    # best-dated one (the first on ties); the first relation other than "cites"; the first
    # year, term and title given.
    typed: list[str | None] = [None, None, None]
    issuer = dated = doc.cites[0]
    issuer_rank, date_rank = issuer.issuer_rank, issuer.date_rank if issuer.date else -1
    relation = "cites"
    year: int | None = None
    term: str | None = None
    title = doc.title or None
    for cite in doc.cites:
        if cite.type:
            if cite.type_from_head:
                if typed[0] is None and (cite.number is not None or cite.law):
                    typed[0] = cite.type
                if typed[1] is None:
                    typed[1] = cite.type
            if typed[2] is None:
                typed[2] = cite.type
        if cite.issuer_rank > issuer_rank or (
            # the same body named with its place later: "UBND huyện" … "UBND huyện Quảng Điền"
            cite.issuer_rank == issuer_rank
            and issuer.issuer
            and cite.issuer
            and cite.issuer.startswith(issuer.issuer + " ")
        ):
            issuer, issuer_rank = cite, cite.issuer_rank
        rank = cite.date_rank if cite.date else -1
        if rank > date_rank or (
            rank == date_rank and dated.number is None and cite.number is not None
        ):  # of equal rank, the date written with the full number over a short form's
            dated, date_rank = cite, rank
        if relation == "cites":
            relation = cite.relation
        if year is None and cite.year:
            year = cite.year
        if term is None and cite.term:
            term = cite.term
        if not title and cite.title:
            title = cite.title
    date = dated.date
    if date and year is None:
        year = int(date[:4])
    number = doc.number
    return DocumentRef(
        key=doc.key,
        type=typed[0] or typed[1] or typed[2],
        number=number.number if number else doc.short,
        symbol=number.symbol if number else None,
        issuer=issuer.issuer if issuer.issuer_rank > 0 else None,
        date=date,
        year=year,
        term=term,
        title=title,
        complete=doc.complete,
        party=number.party if number else doc.party,
        relation=relation,
        mentions=tuple(_mention(text, c, doc.key, key_of) for c in doc.cites),
    )


def _mention(text: str, cite: _Cite, key: str | None, key_of: Mapping[int, str | None]) -> Mention:
    """A mention of a document, with the other cited document said to act on it."""
    actor = key_of.get(id(cite.actor)) if cite.actor is not None else None
    if actor == key:
        actor = None  # (two mentions of one document)
    return Mention(
        cite.start,
        cite.end,
        text[cite.start : cite.end],
        relation=cite.relation,
        actor=actor,
        action=cite.action if actor is not None else None,
    )


# --------------------------------------------------------------------------- the finder


def find_documents(
    text: str,
    *,
    article_date: str | None = None,
    province: str | None = None,
    bodies: Mapping[int, str] | None = None,
    district: str | None = None,
    commune: tuple[str, str, int] | None = None,
) -> list[DocumentRef]:
    """Every Party or State document ``text`` cites, in order of first mention.

    ``article_date`` (ISO) supplies the year of dates written without one ("ngày 12/4");
    without it a dateline near the top of the text is used. ``province`` names the article's
    province for issuers the text gives without one ("UBND tỉnh", a ``QĐ-UBND`` symbol);
    without it the province most named in the text is used. ``bodies`` maps where the agency
    finder found a body in ``text`` to its name: an issuer written there takes that name
    when it is the fuller one (the agency finder knows the article's district and the units
    named before in the sentence). ``district`` (the article's) names the district committee
    an ``…/HU`` symbol stands for; ``commune`` — (level, name, where first named) of the one
    commune the article names — the commune a bare "xã" subject is after that.
    """
    pats = _patterns()
    ctx = _Context(text, province, article_date, bodies, district, commune)
    cites: list[_Cite] = []
    consumed_until = 0
    sibling_spans: set[tuple[int, int]] = set()
    shorts: list[_Cite] = []
    titles: dict[int, str | None] = {}
    anaphors: list[_Cite] = []
    for kind, match in _candidates(text):
        if match.start() < consumed_until:
            continue
        if ctx.in_url(match.start()):
            continue
        if kind == "full":
            found = _full(text, match, ctx)
            for cite in found:
                sibling_spans.update((s, e) for s, e, _ in cite.siblings)
            cites.extend(found)
        elif kind == "law":
            listed = _laws_listed(text, match)
            if listed:  # "các Luật: Tiếp công dân, Khiếu nại và Tố cáo"
                cites.extend(listed)
                consumed_until = listed[-1].end
                continue
            law, until = _law(text, match, ctx)
            if law is not None:
                following = _NUMBER_FOLLOWS.match(text[law.end : law.end + 34])
                if following and NUMBER_RE.match(text, law.end + following.end()):
                    titles[law.end + following.end()] = law.title
                else:
                    cites.append(law)
                consumed_until = until
        elif kind == "ana":
            head = pats.anaphor_head.search(text, max(0, match.start() - 25), match.start())
            if head is not None and head.group("ahead")[0].isupper():
                anaphors.append(
                    _Cite(
                        start=head.start(),
                        end=match.end(),
                        cue_start=head.start(),
                        type=_head_name(head.group("ahead")),
                        anaphor=True,
                    )
                )
        else:
            shorts.extend(_short(text, match, ctx))
    for cite in cites:
        if cite.start in titles:
            cite.title = titles[cite.start]
    taken = sorted((c.start, c.end) for c in cites if not c.law)
    taken_starts = [start for start, _ in taken]
    sibling_starts = {start for start, _ in sibling_spans}
    for cite in shorts:
        if (cite.start, cite.end) in sibling_spans or cite.start in sibling_starts:
            continue
        index = bisect.bisect_right(taken_starts, cite.start) - 1
        if index >= 0 and cite.start < taken[index][1]:
            continue
        if any(start in sibling_starts for start in range(cite.start, cite.end)):
            continue
        cites.append(cite)
    cites.extend(anaphors)
    _chain(text, cites)
    for cite in cites:
        _settle(cite, ctx)
    _same_day(text, cites, ctx)
    # another country's document is none of the Party's or State's ("Chính phủ Lào")
    cites = [
        c
        for c in cites
        if not (c.issuer and _FOREIGN.search(c.issuer) and not _LOCAL_BODY.search(c.issuer))
    ]
    _relations(text, cites, ctx)
    _titles_in_brackets(text, cites)
    docs = _group(cites)
    key_of = {id(c): doc.key for doc in docs for c in doc.cites}
    return [_document(text, doc, key_of) for doc in docs]


def _same_day(text: str, cites: list[_Cite], ctx: _Context) -> None:
    """A number written with "cùng ngày" after it was issued the day of the dated number
    before it in its sentence ("Quyết định số 45/QĐ-UBND ngày 3/4/2024 và Quyết định số
    46/QĐ-UBND cùng ngày")."""
    ordered = sorted((c for c in cites if not c.law and not c.anaphor), key=lambda c: c.start)
    for index, cite in enumerate(ordered):
        if cite.date is not None or not _SAME_DAY.match(text, cite.end):
            continue
        opening = ctx.sentence_start(cite.cue_start)
        dated = [c for c in ordered[:index] if c.date and c.start >= opening]
        if dated:
            cite.date, cite.year = dated[-1].date, dated[-1].year


_SAME_DAY = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:được[^\S\n]+)?(?:ban hành[^\S\n]+|ký[^\S\n]+)?"
    r"cùng[^\S\n]+ngày(?![^\S\n]*\d)"
)


# an issuer of another country: its body's name ends with the country's
_FOREIGN = re.compile(
    r"\s(?:nước\s+)?(?:CHDCND\s+|Cộng\s+hòa\s+|Vương\s+quốc\s+)?(?:Lào|Campuchia|Trung\s+Quốc"
    r"|Thái\s+Lan|Hoa\s+Kỳ|Mỹ|Nhật\s+Bản|Hàn\s+Quốc|Liên\s+bang\s+Nga|Nga|Pháp|Đức"
    r"|Singapore|Malaysia|Indonesia|Philippines|Myanmar|Ấn\s+Độ|Australia|Ôxtrâylia)$"
)


# a local body, named with its place (which may end with a country's word: "Huyện ủy
# Chương Mỹ", "UBND huyện Hoài Đức", "Đảng ủy xã Phú Mỹ", "UBND thành phố Thủ Đức"); also
# what no central symbol's document has for issuer (``_central_symbol_allows``)
_LOCAL_BODY = re.compile(
    r"(?<!\w)(?:huyện|xã|tỉnh|quận|phường|thị trấn|thị xã|thành phố|đặc khu|Huyện ủy|Thị ủy"
    r"|Quận ủy|Tỉnh ủy|Thành ủy|Đảng ủy)\s"
)


def _candidates(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """The pre-scan: candidates of every kind, in order of position (at one position: full
    number, short form, anaphor, law), as if each kind were scanned alone."""
    pats = _patterns()
    streams = [_digit_stream(text, pats)] + [
        _stream(text, order, kind, pattern) for order, (kind, pattern) in enumerate(pats.scans, 2)
    ]
    for _, _, kind, match in heapq.merge(*streams):
        yield kind, match


def _digit_stream(text: str, pats: _Patterns) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    """Full numbers (order 0) and short forms (order 1), each kind as its own ``finditer``
    would give them: a match starting inside the previous match of its kind is skipped."""
    full_end = short_end = 0
    for digit in pats.digit_scan.finditer(text):
        start = digit.start()
        full = digit.group("full") is not None
        if full and start >= full_end:
            match = NUMBER_RE.match(text, start)
            if match is not None:
                full_end = match.end()
                yield start, 0, "full", match
        if (not full or digit.group("both") is not None) and start >= short_end:
            match = pats.short.match(text, start)
            if match is not None:
                short_end = match.end()
                yield start, 1, "short", match


def _stream(
    text: str, order: int, kind: str, pattern: re.Pattern[str]
) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    for match in pattern.finditer(text):
        yield match.start(), order, kind, match
