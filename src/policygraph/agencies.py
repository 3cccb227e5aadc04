"""Agencies (organisations) named in Vietnamese news text.

An agency is built from parts (DOMAIN.md §5): a *kind* ("UBND", "Huyện ủy", "Sở Nội vụ"), a
*level* ("tỉnh", "huyện", "xã") and a *place* ("Đakrông"); Party and council sub-bodies sit
inside a parent ("Ban Thường vụ Tỉnh ủy Yên Bái"); central bodies have fixed names ("Bộ Chính
trị", ministries). The reference data lives in ``data/agencies/`` and is read by
:func:`load_reference`: ``kinds.tsv`` (kinds, abbreviations, levels, what a bare form means),
``central.tsv`` (central bodies with parents, validity dates and successors, incl. the 2025
merges), ``short_forms.tsv`` (dated short names: "Bộ Nông nghiệp"), ``sectors.tsv`` (Sở / Phòng
sectors) and ``context.tsv`` (media heads, foreign countries, plural and concept words).

:func:`find_agencies` runs one compiled pre-scan (a trie-shaped alternation of every form and
abbreviation, so the scan costs little more than reading the text) and parses only around its
hits: level word, place name (checked against the gazetteer), distributive lists ("UBND các xã:
A, B"), parent bodies, coordinations ("HĐND và UBND tỉnh X"). Bare forms ("UBND tỉnh", "Huyện
ủy", "Ban Tuyên giáo") are resolved afterwards: to the same kind named with its place earlier in
the text, else to the province/district the article is about, else to a later full mention.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import gazetteer
from .models import Agency, Mention
from .normalize import SENTENCE_END
from .places import foreign_province_at, opens_a_body
from .surnames import SURNAMES, SURNAMES_PATTERN

__all__ = [
    "AgencyReference",
    "CentralBody",
    "Kind",
    "Sector",
    "ShortForm",
    "find_agencies",
    "load_reference",
]

_DATA = Path(__file__).parent / "data" / "agencies"

PROVINCE_LEVELS = ("tỉnh", "thành phố")
DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")  # đặc khu: island zones, 2025
_DISTRICTS_ABOLISHED = "2025-07-01"  # Resolution 202/2025/QH15: two-level local government


# --- reference data --------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """A kind of body (one row of ``kinds.tsv``)."""

    name: str  # canonical kind: "Ủy ban nhân dân"
    role: str  # body, committee, sub, office, unit
    forms: tuple[str, ...]
    abbreviations: tuple[str, ...]
    levels: tuple[str, ...]
    implied_level: str | None
    bare: str  # resolve, national, skip
    national: str | None
    parents: tuple[str, ...]  # sub: allowed parent kinds ("*" any); office: parent kind
    note: str = ""


@dataclass(frozen=True)
class CentralBody:
    """A central body with its own name (one row of ``central.tsv``)."""

    name: str
    kind: str
    forms: tuple[str, ...]
    abbreviations: tuple[str, ...]
    parent: str | None
    valid_from: str | None
    valid_until: str | None
    successor: str | None
    basis: str = ""


@dataclass(frozen=True)
class Sector:
    """A sector of provincial departments and district offices (``sectors.tsv``)."""

    name: str
    forms: tuple[str, ...]
    offices: tuple[str, ...]


@dataclass(frozen=True)
class ShortForm:
    """A short name of a central body, valid for a period (one row of ``short_forms.tsv``)."""

    form: str
    name: str
    valid_from: str | None
    valid_until: str | None


@dataclass(frozen=True)
class AgencyReference:
    kinds: tuple[Kind, ...]
    central: tuple[CentralBody, ...]
    short_forms: tuple[ShortForm, ...]
    sectors: tuple[Sector, ...]
    media: tuple[str, ...]
    foreign: tuple[str, ...]
    generic: tuple[str, ...]
    concept: tuple[str, ...]

    def kind(self, name: str) -> Kind:
        for kind in self.kinds:
            if kind.name == name:
                return kind
        raise KeyError(name)


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [
        line.rstrip("\n")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(
                f"{path.name}: row {number} has {len(cells)} cells, expected {len(header)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


@functools.cache
def load_reference() -> AgencyReference:
    """The packaged agency reference data, read once."""
    kinds = tuple(
        Kind(
            name=r["kind"],
            role=r["role"],
            forms=_split(r["forms"]),
            abbreviations=_split(r["abbreviations"]),
            levels=_split(r["levels"]),
            implied_level=r["implied_level"] or None,
            bare=r["bare"],
            national=r["national"] or None,
            parents=_split(r["parent"]),
            note=r["note"],
        )
        for r in _rows(_DATA / "kinds.tsv")
    )
    central = tuple(
        CentralBody(
            name=r["name"],
            kind=r["kind"],
            forms=_split(r["forms"]),
            abbreviations=_split(r["abbreviations"]),
            parent=r["parent"] or None,
            valid_from=r["valid_from"] or None,
            valid_until=r["valid_until"] or None,
            successor=r["successor"] or None,
            basis=r["basis"],
        )
        for r in _rows(_DATA / "central.tsv")
    )
    sectors = tuple(
        Sector(name=r["sector"], forms=_split(r["forms"]), offices=_split(r["offices"]))
        for r in _rows(_DATA / "sectors.tsv")
    )
    short_forms = tuple(
        ShortForm(
            form=r["form"],
            name=r["name"],
            valid_from=r["valid_from"] or None,
            valid_until=r["valid_until"] or None,
        )
        for r in _rows(_DATA / "short_forms.tsv")
    )
    context = _rows(_DATA / "context.tsv")
    return AgencyReference(
        kinds=kinds,
        central=central,
        short_forms=short_forms,
        sectors=sectors,
        media=tuple(r["value"] for r in context if r["type"] == "media"),
        foreign=tuple(r["value"] for r in context if r["type"] == "foreign"),
        generic=tuple(r["value"] for r in context if r["type"] == "generic"),
        concept=tuple(r["value"] for r in context if r["type"] == "concept"),
    )


# --- the pre-scan: a trie-shaped regular expression --------------------------------------------

_UPPER = "".join(
    c
    for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if c.isupper()
)
_LOWER = "".join(
    c
    for c in map(chr, [*range(0x61, 0x7B), *range(0xDF, 0x250), *range(0x1E00, 0x1F00)])
    if c.islower()
)
_WS, _DASH, _AMP, _COMMA = "\x01", "\x02", "\x03", "\x04"
_ATOM_RE = {_WS: r"\s+", _DASH: r"\s*[-–—]\s*", _AMP: r"\s*&\s*", _COMMA: r",\s*"}
_ATOMS = re.compile(r"\s*[-–—]\s*|\s*&\s*|,\s*|\s+")


def _atoms(form: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _ATOMS.finditer(form):
        out.extend(form[pos : m.start()])
        sep = m.group().strip()
        out.append({"": _WS, "&": _AMP, ",": _COMMA}.get(sep, _DASH))
        pos = m.end()
    out.extend(form[pos:])
    return out


_KEY_SEP = re.compile(r"\s*([-–—&,])\s*")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 14)
def _key(surface: str) -> str:
    """Lookup key of a matched form: spacing, dashes, case and "uỷ"/"ủy" ignored."""
    text = _KEY_SEP.sub(lambda m: "-" if m.group(1) in "-–—" else m.group(1), surface)
    text = _SPACES.sub(" ", text).casefold()
    return text.replace("uỷ", "ủy")


_ABBREVIATION_SEP = re.compile(r"[-–&,]")


def _abbreviation_spellings(form: str) -> set[str]:
    """An abbreviation's parts are joined by "&" or "-" as the writer likes (and "," where
    the form has one): "TN&MT", "TN-MT"; "VH,TT&DL", "VH-TT&DL"; "LĐ-TB&XH", "LĐ-TB-XH"."""
    out = {""}
    for i, word in enumerate(form.split(" ")):
        letters = _ABBREVIATION_SEP.sub("", word)
        if letters.isupper() and _ABBREVIATION_SEP.search(word) and len(word) <= 12:
            parts = _ABBREVIATION_SEP.split(word)
            joins = "-&," if "," in word else "-&"  # a comma only where one was written
            spelled = {
                "".join(p + s for p, s in zip(parts, (*seps, ""), strict=True))
                for seps in itertools.product(joins, repeat=len(parts) - 1)
            }
        else:
            spelled = {word}
        out = {f"{head} {tail}" if i else tail for head in out for tail in spelled}
    return out


# two sectors joined ("Nông nghiệp và Môi trường"), written also with a dash between them
_TWO_SECTORS = re.compile(rf"[^,-]* và [{_UPPER}][^,-]*")
# an abbreviation of two sectors ("NN&MT", "KH-CN"), written also joined or with "và"
_TWO_INITIALS = re.compile(r"(?<![\w&-])([A-ZĐ]{1,3})[&-]([A-ZĐ]{1,4})(?![\w&-])")


# "Trung ương" in a central body's name as the papers shorten it: "Ban Tổ chức TW", "Ban Kinh
# tế TƯ", "Văn phòng T.Ư Đảng"
_CENTRAL_SHORT = ("TW", "TƯ", "T.Ư", "T.W")


def _variants(form: str) -> set[str]:
    forms = _abbreviation_spellings(form)
    if " Trung ương" in form:
        forms |= {f.replace(" Trung ương", " " + short) for f in forms for short in _CENTRAL_SHORT}
    forms |= {f.replace("Ủy", "Uỷ").replace("ủy", "uỷ") for f in forms}
    if " và " in form:
        forms |= {f.replace(" và ", " & ") for f in forms}
    if form.count(" và ") == 1 and _TWO_SECTORS.fullmatch(form.split(" ", 1)[-1]):
        forms |= {f.replace(" và ", " - ") for f in forms}  # "Sở Khoa học - Công nghệ"
    for f in list(forms):
        pair = _TWO_INITIALS.search(f)
        if pair is not None:  # "Sở NN&MT": "Sở NNMT", "Sở NN và MT"
            forms.add(f[: pair.start()] + pair.group(1) + pair.group(2) + f[pair.end() :])
            forms.add(f[: pair.start()] + f"{pair.group(1)} và {pair.group(2)}" + f[pair.end() :])
    more = set()
    for f in forms:
        more.add(f.upper())
        more.add(" ".join(w[:1].upper() + w[1:] for w in f.split(" ")))
        # the head word alone capitalised: "Ủy ban kiểm tra", "Trung tâm phục vụ hành chính
        # công" (abbreviations and names kept: "Ban Chỉ huy Quân sự" stays as written too)
        words = f.split(" ")
        if len(words) > 2:
            more.add(" ".join([*words[:2], *(_sentence_case(w) for w in words[2:])]))
    return forms | more


def _sentence_case(word: str) -> str:
    """A word of a body's name in lower case, unless it is an abbreviation or a proper name
    ("Việt Nam", "Hồ Chí Minh", "Tổ quốc")."""
    if word.isupper() or word in _PROPER_WORDS:
        return word
    return word.lower()


_PROPER_WORDS = frozenset(
    ["Việt", "Nam", "Hồ", "Chí", "Minh", "Tổ", "Quốc", "Đảng", "Nhà", "Nước", "Trung", "Ương"]
)


_END = ""
_Trie = dict[str, "_Trie"]


def _trie_regex(forms: Iterable[str]) -> str:
    """One alternation of ``forms`` shaped as a trie (shared prefixes written once, so the
    engine never tries the same prefix twice); an optional tail keeps the longest form first."""
    trie: _Trie = {}
    for form in forms:
        node = trie
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        node[_END] = {}

    def emit(node: _Trie) -> str:
        alts = [
            (_ATOM_RE[a] if a in _ATOM_RE else re.escape(a)) + emit(child)
            for a, child in sorted(node.items())
            if a != _END
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if _END in node else body

    return emit(trie)


@dataclass(frozen=True)
class _Entry:
    role: str  # central, body, committee, sub, office, unit
    kind: Kind | None
    body: CentralBody | None
    abbreviation: bool
    # short forms: (body, valid_from, valid_until) in data order; the article's date chooses
    choices: tuple[tuple[CentralBody, str | None, str | None], ...] = ()


class _Scan:
    """The forms of every body, as written, and their names (not abbreviations: "CA", "TU"
    are no "Ca", "Tu") in any case after a capital too ("Ủy ban Nhân dân", "Hội nông dân",
    "Chi Cục Kiểm Lâm"); at each position the longer of the two matches."""

    def __init__(self, exact: re.Pattern[str], any_case: re.Pattern[str]) -> None:
        self.exact = exact
        self.any_case = any_case
        self.either = re.compile(f"{exact.pattern}|{any_case.pattern}")

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        written = self.exact.match(text, pos)
        other = self.any_case.match(text, pos)
        if other is not None and (written is None or other.end() > written.end()):
            return other
        return written

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (found := self.either.search(text, pos)) is not None:
            # (the forms as written come first in ``either``: where they match, ``found`` is
            # their match, and only the names in any case can be longer)
            other = self.any_case.match(text, found.start())
            hit = other if other is not None and other.end() > found.end() else found
            yield hit
            pos = max(hit.end(), found.start() + 1)


@dataclass
class _Matcher:
    scan: _Scan
    entries: dict[str, _Entry]
    sectors: re.Pattern[str]
    sector_of: dict[str, Sector]
    media: re.Pattern[str]
    media_head: re.Pattern[str]
    exact: dict[str, _Entry]
    foreign: re.Pattern[str]
    generic: re.Pattern[str]
    concept: re.Pattern[str]
    parent_abbr: dict[str, Kind]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _matcher() -> _Matcher:
    ref = load_reference()
    entries: dict[str, _Entry] = {}
    surfaces: set[str] = set()  # names, matched in any case after a capital
    abbreviated: set[str] = set()  # abbreviations, matched as written ("CA" is no "Ca")
    parent_abbr: dict[str, Kind] = {}

    def add(form: str, entry: _Entry) -> None:
        variants = {form} if entry.abbreviation else _variants(form)
        if form.startswith("Ban ") and entry.role in ("central", "sub"):
            variants.add("b" + form[1:])  # after a title: "Phó trưởng ban Tuyên giáo Tỉnh ủy"
        (abbreviated if entry.abbreviation else surfaces).update(variants)
        for variant in variants:
            entries.setdefault(_key(variant), entry)

    for body in ref.central:
        for form in body.forms:
            add(form, _Entry("central", None, body, False))
        for form in body.abbreviations:
            add(form, _Entry("central", None, body, True))
    by_name = {body.name: body for body in ref.central}
    short: dict[str, list[tuple[CentralBody, str | None, str | None]]] = {}
    for row in ref.short_forms:
        short.setdefault(row.form, []).append((by_name[row.name], row.valid_from, row.valid_until))
    for form, choices in short.items():
        add(form, _Entry("central", None, choices[0][0], False, tuple(choices)))
    for kind in ref.kinds:
        for form in kind.forms:
            add(form, _Entry(kind.role, kind, None, False))
        for form in kind.abbreviations:
            if kind.role == "committee":  # "TU", "HU": after a sub-body ("BTV TU"), or
                parent_abbr[form] = kind  # with its place ("Bí thư HU Vĩnh Linh")
                add(form, _Entry(kind.role, kind, None, True))
            else:
                add(form, _Entry(kind.role, kind, None, True))
    scan = _Scan(
        re.compile(f"(?:{_trie_regex(surfaces | abbreviated)})(?![{_LOWER}0-9])"),
        re.compile(f"(?=[{_UPPER}])(?i:{_trie_regex(surfaces)})(?![{_LOWER}0-9])"),
    )
    sector_forms: dict[str, Sector] = {}
    for sector in ref.sectors:
        for form in sector.forms:
            for variant in _variants(form):
                sector_forms[variant] = sector
    # a sector's later words in any case after its office ("Sở Tài Nguyên và Môi Trường", "Sở
    # Nông nghiệp và Phát triển Nông thôn"), its first with a capital ("phòng y tế" of a
    # school is a room): looked for only where an office word ends
    sectors = re.compile(f"(?=[{_UPPER}])(?i:{_trie_regex(sector_forms)})(?![{_LOWER}0-9])")
    sector_of = {_key(v): s for v, s in sector_forms.items()}
    media = re.compile(rf"(?:^|\W)(?:{_alternation(ref.media)})(?:\s+[{_UPPER}][\w-]*)*\s*$")
    foreign = re.compile(rf"\s+(?:{_alternation(ref.foreign)})(?!\w)")
    generic = re.compile(rf"\s+(?:{_alternation(ref.generic)})(?!\w)")
    concept = re.compile(rf"\s+(?:{_alternation(ref.concept)})(?!\w)(?![ \t]*:?[ \t]*\d)")
    media_head = re.compile(_trie_regex({m.split()[0] for m in ref.media}))
    exact = {}
    for surface in surfaces:
        exact[surface] = entries[_key(surface)]
    return _Matcher(
        scan,
        entries,
        sectors,
        sector_of,
        media,
        media_head,
        exact,
        foreign,
        generic,
        concept,
        parent_abbr,
    )


# --- places after a kind --------------------------------------------------------------------

_LEVEL_FORMS = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp": "thành phố",
    "tp.": "thành phố",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx": "thị xã",
    "tx.": "thị xã",
    "tt": "thị trấn",
    "tt.": "thị trấn",
    "h.": "huyện",
    "q.": "quận",
    "p.": "phường",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
}
_LEVEL_RE = re.compile(
    r"(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?!\w)"
    r"|(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?!\w)"
    r"|(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)(?!\w)"
    r"|(?:Thành Phố|Thị Xã|Đặc Khu)(?!\w)"  # every word capitalised, as headings write
    r"|(?:TP|Tp|TX|TT)(?:\.|(?!\w))|[HQP]\.(?=[ \t]?[\d\w]))"
    r"(?![ \t]*(?:ủy|uỷ|ỦY|UỶ|đoàn|ĐOÀN)(?!\w))"  # "Huyện ủy", "Tỉnh đoàn" are committees
    r"(?<!XÃ(?=[ \t]HỘI(?!\w)))"  # "BẢO TRỢ XÃ HỘI": society, no commune
    r"(?<!xã(?= hội))(?<!Xã(?= hội))"  # "Công tác xã hội", "Văn hóa - Xã hội": no level
)
# (an acronym in brackets sits in the gap: "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh X"; so
# does the national motto of a header's right-hand column, between the two lines of a body's
# name: "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  XÃ BA LÒNG")
_GAP = re.compile(
    # (the right-hand column after three spaces or a table's "|", as pasted from a page)
    r"[ \t\r]*(?:(?:(?<=[ \t]{3})|\|[ \t]*)"
    r"(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)"
    r"[ \t\r]*\|?[ \t\r]*(?=\n))?\n?[ \t]*(?:\([A-ZĐ][A-ZĐ0-9&.\-]{1,11}\)[ \t]*)?"
)
_TOKEN = rf"(?:[{_UPPER}][\w'’]*|\d+[a-zA-Z]?)"
_RUN_RE = re.compile(rf"{_TOKEN}(?:(?:[ \t]*[-–][ \t]*|[ \t]+|[ \t\r]*\n[ \t]*){_TOKEN}){{0,5}}")
_TOKEN_RE = re.compile(_TOKEN)
_LIST_SEP = re.compile(r"\s*(?:,|\bvà\b|&)\s*")
# capitalised words that start a clause, not a place name
_NOT_PLACE = frozenset(
    {
        "Căn",
        "Theo",
        "Về",
        "Tại",
        "Trong",
        "Ngày",
        "Đồng",
        "Bí",
        "Chủ",
        "Phó",
        "Ông",
        "Bà",
        "Các",
        "Những",
        "Thực",
        "Năm",
        "Sau",
        "Khi",
        "Đây",
        "Đó",
    }
)
_SURNAMES = SURNAMES


class _PlaceHit(NamedTuple):
    name: str
    level: str | None  # the level the gazetteer knows it at, when no level word was written
    end: int


@functools.cache
def _lower_heads() -> dict[str, frozenset[str]]:
    """Gazetteer names with a lower-case syllable inside ("Nông trường Phong Hải"): the
    capitalised words before it (case-folded) → keys of the beginnings up to it."""
    heads: dict[str, set[str]] = {}
    for unit in gazetteer.load():
        words = unit.name.split(" ")
        for i, word in enumerate(words[1:-1], 1):
            if word[:1].islower():
                start = " ".join(words[:i]).casefold()
                heads.setdefault(start, set()).add(_key(" ".join(words[: i + 1])))
    return {start: frozenset(keys) for start, keys in heads.items()}


_LOWER_WORD = re.compile(rf"[ \t]+[{_LOWER}]+")


_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# the level asked of _place_at for a district named without its level word
_DISTRICT = "cấp huyện"


def _place_at(text: str, pos: int, level: str | None) -> _PlaceHit | None:
    """The place name starting at ``pos`` (after a level word, or right after a kind when
    ``level`` is None: then only a province name is accepted, or a district's when it is
    ``_DISTRICT``)."""
    run = _RUN_RE.match(text, pos)
    if run is None:
        return None
    heads = _lower_heads().get(run.group().casefold())
    lower = _LOWER_WORD.match(text, run.end()) if heads else None
    if heads and lower is not None and _key(text[pos : lower.end()]) in heads:
        longer = _RUN_RE.match(text, _skip_gap(text, lower.end()))
        if longer is not None:  # "thị trấn Nông trường Phong Hải"
            found = _place_in_run(text[pos : longer.end()], level)
            if found is not None and found[3] and pos + found[2] > lower.end():
                return _PlaceHit(found[0], found[1], pos + found[2])
    found = _place_in_run(run.group(), level)
    if found is None or (not found[3] and _matcher().scan.match(text, pos)):
        return None  # an unlisted name that is really the next agency ("…, Ban Quản lý …")
    if not found[3] and text[max(0, pos - 12) : pos].rstrip(" \t").endswith("\n"):
        return None  # "UBND xã⏎Tags: …": only a listed name goes on past a line's end
    return _PlaceHit(found[0], found[1], pos + found[2])


@functools.lru_cache(maxsize=1 << 16)
def _place_in_run(run: str, level: str | None) -> tuple[str, str | None, int, bool] | None:
    """(name, level the gazetteer knows, length used, listed in the gazetteer) of the place that
    a run of capitalised words starts with."""
    tokens = list(_TOKEN_RE.finditer(run))
    numbered = gazetteer.roman_numbered(level, tokens[0].group())
    if numbered is not None:  # "Phường I", "phường IV": numbered in Roman numerals, in full
        return numbered, None, tokens[0].end(), True
    if tokens[0].group()[0].isdigit():  # "phường 6", "Quận 3": numbered units, named in full
        words = [t.group() for t in tokens[1:]]
        k = gazetteer.load().named_with_number(tokens[0].group(), words, level) if level else 0
        if k:  # a ward of 2025 named by a number and its former city: "phường 1 Bảo Lộc"
            digits = tokens[0].group().lstrip("0") or "0"
            return " ".join([digits, *words[:k]]), None, tokens[k].end(), True
        if level in ("phường", "quận"):
            designation = f"{level.capitalize()} {int(tokens[0].group().rstrip(_LETTERS))}"
            return designation + tokens[0].group().lstrip("0123456789"), None, tokens[0].end(), True
        return None
    for k in range(len(tokens), 0, -1):
        end = tokens[k - 1].end()
        hit = _known(run[:end], level)
        if hit:
            person = len(tokens) >= 3 and _persons(tokens[0].group(), tokens[1].group())
            if person and (k == 1 or (k == 2 and len(tokens) == 3)):
                # "Chủ tịch UBND xã Hồ Văn Minh", "… xã Đinh Văn Tú": a person, not the xã Hồ
                # or the phường Đinh Văn
                return None
            return hit[0], hit[1], end, True
        if k == len(tokens):  # a glued last word: "Hà Tĩnhvề"
            word = tokens[k - 1].group()
            for cut in range(len(word) - 1, 1, -1):
                if word[cut:].islower() and word[cut - 1].islower():
                    written = run[: tokens[k - 1].start() + cut]
                    hit = _known(written, level)
                    # (the name as written, not one a word's start reads as without its
                    # marks: "Chuyên" is no "Chũ" glued to "yên")
                    if hit and hit[0].casefold() == _SPACES.sub(" ", written).casefold():
                        return hit[0], hit[1], tokens[k - 1].start() + cut, True
    if level in COMMUNE_LEVELS:
        # communes renamed or merged may be missing from the gazetteer: accept a short,
        # cleanly delimited name on the same line that does not look like a person or a clause
        first = tokens[0].group()
        line = [t for t in tokens if "\n" not in run[: t.end()]][:3]
        person = len(line) >= 3 and _persons(first, line[1].group())
        if line and first not in _NOT_PLACE and not person:
            return run[: line[-1].end()], None, line[-1].end(), False
    return None


_NAME_TOKEN = re.compile(rf"[{_UPPER}][\w']*")
_NAME_TOKENS = re.compile(rf"[{_UPPER}][\w']*(?:[ \t]+[{_UPPER}][\w']*){{0,6}}")


def _village_end(text: str, start: int, end: int) -> int:
    """Where a village's name read at ``text[start:end]`` ends before the name of a person
    written on after it: "Chi bộ thôn Khe Ngài Hồ Văn Thắng" (a family name and one to three
    more syllables, or one and a middle name)."""
    run = _NAME_TOKENS.match(text, start)
    if run is None:
        return end
    tokens = list(_NAME_TOKEN.finditer(text, start, run.end()))
    for i in range(1, len(tokens)):
        rest = [t.group() for t in tokens[i + 1 :]]
        if (
            tokens[i].group() in _SURNAMES
            and 1 <= len(rest) <= 3
            and (len(rest) >= 2 or rest[0] in ("Văn", "Thị"))
        ):
            return min(end, tokens[i - 1].end())
    return end


def _persons(first: str, second: str) -> bool:
    """Whether three syllables starting so are a person's name: a family name, or a middle
    name after any ("Cầm Văn Chinh", "Lữ Thị Hoa")."""
    return first in _SURNAMES or second in ("Văn", "Thị")


_ONE_APOSTROPHE = str.maketrans("’ʼ", "''")
_LEVEL_TIERS: dict[str, tuple[int, ...]] = {
    "tỉnh": (1,),
    "thành phố": (1, 2),
    **dict.fromkeys(("huyện", "quận", "thị xã"), (2,)),
    **dict.fromkeys(COMMUNE_LEVELS, (3,)),
}


@functools.lru_cache(maxsize=1 << 16)
def _known(name: str, level: str | None) -> tuple[str, str | None] | None:
    written = name.translate(_ONE_APOSTROPHE)  # "Cư M’gar" = "Cư M'gar"
    units = gazetteer.load().lookup(written)
    tiers = _LEVEL_TIERS.get(level or "", ())
    if tiers and 3 not in tiers and not any(u.tier in tiers for u in units):
        # after a level word, the province or district spelt otherwise: "tỉnh Đăk Lăk",
        # "Tỉnh ủy Đăk Nông" (a xã Đăk Nông exists, no tỉnh); not communes, whose short names
        # spelt loosely are words ("Ban Qua…" is no xã Bản Qua)
        loose = gazetteer.load().lookup(gazetteer.fold_loose(written))
        units = [*units, *(u for u in loose if u.tier in tiers)]
    if not units:
        # a unit's former name, as written at the time: "Sở Y tế tỉnh Thừa Thiên Huế" (its
        # successor at that tier or above: the source's records hold some noise below)
        former = bool(tiers) and any(
            u.tier <= max(tiers) for u in gazetteer.load().absorbed(name, level or "")
        )
        if level is None and any(u.tier == 1 for u in gazetteer.load().absorbed(name, "tỉnh")):
            return name, "tỉnh"  # a former province with no level word: "Cục Thuế Thừa Thiên Huế"
        return (name, None) if former else None
    if level is None:  # no level word: provinces only ("Bộ đội Biên phòng Điện Biên")
        provinces = [u for u in units if u.tier == 1]
        return (provinces[0].name, provinces[0].level) if provinces else None
    if level == _DISTRICT:  # a district's name alone ("Công an Hướng Hóa"): its one level
        districts = [u for u in units if u.tier == 2]
        levels = {u.level for u in districts}
        return (districts[0].name, districts[0].level) if len(levels) == 1 else None
    same = [u for u in units if u.level == level]
    if not same:
        # a name known only at another tier is no unit of this level: after "UBND tỉnh" the
        # words "Lê Thanh Hương" are a person, even though a xã Lê Thanh exists; a unit that
        # changed level within its tier ("huyện" → "thị xã") still fits
        same = [u for u in units if u.tier in _LEVEL_TIERS.get(level, (u.tier,))]
        if not same and not gazetteer.load().absorbed(name, level):  # a former unit counts
            return None
    return ((same or units)[0].name, None)


# --- raw mentions -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    role: str
    kind: str
    level: str | None = None
    place: str | None = None
    name: str | None = None  # fixed name (central bodies, named units, national bodies)
    parent: _Raw | None = None  # sub-bodies: the body they sit in
    parent_name: str | None = None  # fixed parent name (central bodies, offices)
    sector: str | None = None
    central: bool = False
    antecedent: bool = False  # bare, it is only the same kind named with its place before
    bare_ok: bool = True  # False: kept only if a coordination gives it a place ("Đoàn ĐBQH và
    # HĐND tỉnh X"); dropped otherwise
    area: str | None = None  # a court's numbered region written without its province
    # ("TAND khu vực 2"): named with the province it resolves to, "… khu vực 2 - Quảng Trị"


# the title of a body's head or deputy, written before the body's name
_HEADS_TITLE = re.compile(
    r"(?:Phó[ \t]+|Quyền[ \t]+)?(?:Cục trưởng|Tổng cục trưởng|Chi cục trưởng|Vụ trưởng"
    r"|Viện trưởng|Giám đốc|Tổng Giám đốc|Trưởng ban|Trưởng phòng|Chánh Văn phòng|Thống đốc"
    r"|Chủ tịch|Chủ nhiệm|Trưởng)[ \t]+$"
)
# a person's name ending a span: a family name and one to three capitalised syllables
_HOLDERS_NAME = re.compile(
    rf"[ \t]+(?:{SURNAMES_PATTERN})(?:[ \t]+[{_UPPER}][{_LOWER}]*){{1,3}}$"
)
_LEVEL_ENDS = re.compile(
    r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)$", re.IGNORECASE
)
# kinds often named after a person ("Bệnh viện Nguyễn Tri Phương", "Trường Lê Quý Đôn")
_NAMED_FOR_PEOPLE = ("Bệnh viện", "Trường", "Học viện")


def _without_holder(text: str, raw: _Raw) -> None:
    """A named unit after its head's title loses the head's name written after it:
    "Cục trưởng Cục Thuế Mai Xuân Thành cho biết …" names the Cục Thuế."""
    if raw.name is None or raw.place is not None or raw.kind in _NAMED_FOR_PEOPLE:
        return
    if not _HEADS_TITLE.search(text, max(0, raw.start - 30), raw.start):
        return
    holder = _HOLDERS_NAME.search(text, raw.start, raw.end)
    if holder is None or " " not in text[raw.start : holder.start()].strip():
        return
    if _LEVEL_ENDS.search(text, raw.start, holder.start()):
        return  # "Giám đốc Trung tâm … thành phố Hà Nội": a place after its level word
    cut = len(text[raw.start : holder.start()].rstrip())
    if raw.name == _SPACES.sub(" ", text[raw.start : raw.end]):
        raw.name = _SPACES.sub(" ", text[raw.start : raw.start + cut])
    elif raw.name.endswith(_SPACES.sub(" ", holder.group().strip())):
        raw.name = raw.name[: -len(_SPACES.sub(" ", holder.group().strip()))].rstrip()
    else:
        return
    raw.end = raw.start + cut


class _Generic(Exception):
    """The candidate is a plural or a level of government, not one body."""


def find_agencies(
    text: str,
    *,
    province: str | None = None,
    district: str | None = None,
    commune: tuple[str, str, int] | None = None,
    article_date: str | None = None,
) -> list[Agency]:
    """Every organisation named in ``text``, one :class:`Agency` per body in order of first mention.

    ``province``/``district`` name the units the article is about, and ``commune`` (level,
    name, where first named) the one commune it names; they resolve bare forms ("UBND tỉnh",
    "Huyện ủy", "UBND xã"). ``article_date`` (ISO) tells whether districts still existed.
    """
    with gazetteer.collector_paused():
        return _find_agencies(text, province, district, article_date, commune)


def _find_agencies(
    text: str,
    province: str | None,
    district: str | None,
    article_date: str | None,
    commune: tuple[str, str, int] | None = None,
) -> list[Agency]:
    matcher = _matcher()
    raws: list[_Raw] = []
    generic: set[int] = set()  # starts of plural / level-of-government forms
    covered = 0
    for hit in matcher.scan.finditer(text):
        start = hit.start()
        if start < covered:
            continue
        surface = hit.group()
        entry = matcher.exact.get(surface) or matcher.entries.get(_key(surface))
        if entry is None or not _context_ok(text, hit, entry, matcher):
            continue
        if _COUNT_BEFORE.search(text, max(0, start - 60), start):
            # "63 Cục Thuế tỉnh, thành phố", "hai Sở": so many bodies, none named (nor the
            # "Thuế tỉnh" inside the counted one)
            try:
                counted = _parse(text, start, hit.end(), entry, matcher, article_date)
            except _Generic:
                counted = []
            covered = max((r.end for r in counted), default=hit.end())
            continue
        if _PLURAL_AFTER.match(text, hit.end()):
            generic.add(start)
            continue
        try:
            found = _parse(text, start, hit.end(), entry, matcher, article_date)
        except _Generic:
            generic.add(start)
            continue
        if found and _PLURAL_AFTER.match(text, max(r.end for r in found)):
            generic.add(start)  # "Văn phòng UBND cấp huyện": the district ones, every one
            covered = max(r.end for r in found)
            continue
        if found:
            for raw in found:
                _without_holder(text, raw)
            raws.extend(found)
            covered = found[0].end if len(found) == 1 else max(r.end for r in found)
    listed = [
        raw
        for plural in _MINISTRIES_PLURAL.finditer(text)
        for raw in _ministries_listed(text, plural.end(), matcher, article_date)
    ]
    listed += _departments_listed(text, matcher) if "sở" in text else []
    if listed:  # "các bộ: Nội vụ, Tài chính", "Bộ trưởng các Bộ Quốc phòng, Công an"
        raws = sorted([*raws, *listed], key=lambda r: r.start)
    if not raws:
        return []
    reformed = article_date is not None and article_date >= _DISTRICTS_ABOLISHED
    if reformed:
        district = None
    raws = _coordinate(text, raws, generic)
    _regions_placed(raws)
    resolved = _resolve(text, raws, province, district, commune, reformed=reformed)
    return _inspectorate_of_the_department(text, _province_written_bare(_sub_units(text, resolved)))


# a department's inspectorate named by "Sở" alone, its department named before it: "Sở Xây
# dựng TP.HCM cho biết, Thanh tra Sở đã kiểm tra …"
_BARE_INSPECTORATE = re.compile(rf"(?<![\w])Thanh tra Sở(?![\w])(?![ \t]+[{_UPPER}])")


def _inspectorate_of_the_department(text: str, agencies: list[Agency]) -> list[Agency]:
    """The inspectorate of the department named last before a bare "Thanh tra Sở"."""
    found = list(_BARE_INSPECTORATE.finditer(text))
    if not found:
        return agencies
    out = list(agencies)
    for m in found:
        before = [
            (mention.start, agency)
            for agency in agencies
            if agency.name.startswith("Sở ")
            for mention in agency.mentions
            if mention.end <= m.start()
        ]
        if not before:
            continue
        department = max(before, key=lambda pair: pair[0])[1]
        name = f"Thanh tra {department.name}"
        mention = Mention(m.start(), m.end(), m.group())
        for i, agency in enumerate(out):
            if agency.name == name:
                out[i] = _with_mentions(agency, (mention,))
                break
        else:
            at = next((i for i, a in enumerate(out) if a.mentions[0].start > m.start()), len(out))
            out.insert(at, Agency(name, "Thanh tra", parent=department.name, mentions=(mention,)))
    return out


def _with_mentions(agency: Agency, more: tuple[Mention, ...]) -> Agency:
    """The agency with more mentions, all in the text's order."""
    mentions = tuple(sorted((*agency.mentions, *more), key=lambda m: m.start))
    return dataclasses.replace(agency, mentions=mentions)


_ENDS_WITH_PROVINCE_LEVEL = re.compile(r"^(?P<head>.+) (?:tỉnh|thành phố) (?P<place>[^ ].*)$")


def _province_written_bare(agencies: list[Agency]) -> list[Agency]:
    """One body named with its province's level word and without it ("CDC Nghệ An", expanded
    with "tỉnh", and "Trung tâm Kiểm soát bệnh tật (CDC) Nghệ An", as written) is one body,
    under the name with its level word, at its first mention's place in the list."""
    full: dict[str, int] = {}
    for i, agency in enumerate(agencies):
        m = _ENDS_WITH_PROVINCE_LEVEL.match(agency.name)
        if m is not None and any(u.tier == 1 for u in gazetteer.load().lookup(m.group("place"))):
            full.setdefault(f"{m.group('head')} {m.group('place')}", i)
    if not full:
        return agencies
    out = list(agencies)
    drop: set[int] = set()
    for i, agency in enumerate(agencies):
        j = full.get(agency.name)
        if j is None or j == i:
            continue
        out[min(i, j)] = _with_mentions(out[j], agency.mentions)
        drop.add(max(i, j))
    return [a for k, a in enumerate(out) if k not in drop]


def _regions_placed(raws: list[_Raw]) -> None:
    """A court's region written without its province is of the province the same region was
    named with before: "VKSND khu vực 3 - Lâm Đồng phối hợp với TAND khu vực 3" (else it is
    the article's province's, as a bare body is)."""
    named: dict[str, tuple[str | None, str]] = {}
    for raw in raws:
        if raw.area is None:
            continue
        if raw.place is not None:
            named[raw.area] = (raw.level, raw.place)
        elif raw.area in named:
            raw.level, raw.place = named[raw.area]


def _word_set(*lines: str) -> frozenset[str]:
    """The words of ``lines``, as a set (word lists written as lines of text)."""
    return frozenset(" ".join(lines).split())


# A unit inside a police force or a department, written before the body it belongs to:
# "Phòng Cảnh sát giao thông Công an tỉnh X", "Đội CSGT Công an huyện Y", "Cơ quan CSĐT Công
# an huyện Z", "Thanh tra Sở Xây dựng tỉnh T". The mentioned body is the unit (named with its
# parent, as the text does); the parent is an organisation of its own only where it is
# named alone.
_SUB_HEAD = re.compile(
    r"(?<![\w])(?:Phòng|(?<=[Tt]rưởng )phòng|Đội|(?<=[Tt]rưởng )đội|Trại tạm giam|Trại giam"
    r"|Cơ quan|CQCSĐT|CQĐT|Thanh tra|Vụ|Văn phòng|Ban|Khoa)(?![\w])"
)
# investigation bodies written in letters
_AGENCY_LETTERS = {"CQCSĐT": "Cơ quan Cảnh sát điều tra", "CQĐT": "Cơ quan điều tra"}
# a ministry's departments: "Vụ Tổ chức cán bộ Bộ Y tế", "Thanh tra Bộ Xây dựng", "Văn phòng
# Bộ Tài chính" (a department's name has lower-case words)
_MINISTRY_UNITS = frozenset({"Vụ", "Văn phòng", "Thanh tra"})
_SUB_WORD = re.compile(r"[ \t]+([\w&-]+)")
# abbreviations of police units, expanded in the unit's name
_POLICE_WORDS = {
    "CSGT": "Cảnh sát giao thông",
    "CSHS": "Cảnh sát hình sự",
    "CSĐT": "Cảnh sát điều tra",
    "CSKT": "Cảnh sát kinh tế",
    "CSMT": "Cảnh sát môi trường",
    "ANĐT": "An ninh điều tra",
    "PCCC": "phòng cháy, chữa cháy",
    "CNCH": "cứu nạn, cứu hộ",
    "TT": "trật tự",
    "QLHC": "quản lý hành chính",
    "TTXH": "trật tự xã hội",
}
_SUB_PARENTS = ("Công an",)
# lower-case words of police units' names ("Phòng Cảnh sát giao thông", "Đội Cảnh sát điều tra
# tội phạm về ma túy"); any other lower-case word between a unit and the body parts them
_UNIT_LOWER_WORDS = _word_set(
    "sát giao thông hình sự điều tra kinh tế ma túy tội phạm về quản lý hành chính trật tự xã",
    "hội môi trường phòng cháy chữa cứu nạn hộ an ninh số nội bộ tham mưu tổ chức cán hậu",
    "cần kỹ thuật xuất nhập cảnh đường sắt thủy cơ động bảo vệ kiểm tạm giam giữ thi án",
    "nghiệp vụ dân tư pháp trực thuộc chống buôn lậu tham nhũng",
)


def _sub_units(text: str, agencies: list[Agency]) -> list[Agency]:
    """The agencies with each mention a unit's name precedes made the unit's (see above)."""
    units: dict[str, list[Mention]] = {}
    parents: dict[str, tuple[str, str]] = {}
    out: list[Agency] = []
    # (a unit's name is no other body's mention: "Phòng Văn hóa và Thông tin, Sở Nội vụ" lists
    # a district's office and a department)
    starts = sorted(m.start for agency in agencies for m in agency.mentions)
    for agency in agencies:
        kept: list[Mention] = []
        for mention in agency.mentions:
            unit = _sub_unit_before(text, mention, agency)
            if unit is not None and bisect.bisect_left(starts, unit[2]) < bisect.bisect_left(
                starts, mention.start
            ):
                unit = None
            if unit is None:
                kept.append(mention)
                continue
            name, kind, start = unit
            end = mention.end
            if text.startswith(")", end) and "(" in text[start : mention.start]:
                end += 1  # (the bracket around the body it belongs to)
            units.setdefault(name, []).append(Mention(start, end, text[start:end]))
            parents[name] = (kind, agency.name)
            if kind in _MINISTRY_UNITS and agency.name.startswith("Bộ "):
                for name, kind, a, b in _ministry_units_listed(text, start, agency):
                    units.setdefault(name, []).append(Mention(a, b, text[a:b]))
                    parents[name] = (kind, agency.name)
        if kept:
            out.append(dataclasses.replace(agency, mentions=tuple(kept)))
    for name, mentions in units.items():
        out.append(
            Agency(
                name=name, kind=parents[name][0], parent=parents[name][1], mentions=tuple(mentions)
            )
        )
    out.sort(key=lambda a: a.mentions[0].start)
    return out


# the social policy bank's offices named before it: "Phòng giao dịch NHCSXH huyện X", "Chi
# nhánh NHCSXH tỉnh Y", "Ban đại diện HĐQT NHCSXH huyện Z"
_POLICY_BANK = "Ngân hàng Chính sách xã hội"
_BANK_OFFICE = re.compile(
    r"(?<![\w])(Phòng giao dịch|PGD|Chi nhánh|Ban đại diện Hội đồng quản trị|Ban đại diện HĐQT)"
    r"[ \t]+$"
)
_BANK_OFFICES = {
    "PGD": "Phòng giao dịch",
    "Ban đại diện HĐQT": "Ban đại diện Hội đồng quản trị",
}
_UNIT_CODE = re.compile(r"[ \t]*\([ \t]*[A-ZĐ]{1,4}[ \t]*\d{0,3}[ \t]*\)[ \t]*(?=[ \t,]|$)")


_COMMA_IN_TASK = re.compile(rf",(?=[ \t]+[{_LOWER}])")
# an opening bracket right before a parent body's name
_PARENT_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*$")


# the separator before the last of a list of a ministry's departments, and each before it
_UNIT_LIST_AND = re.compile(r"[ \t]*(?:,[ \t]*)?và[ \t]+$")
_UNIT_LIST_COMMA = re.compile(r"[ \t]*,[ \t]*$")
_LISTED_MINISTRY_UNIT = re.compile(
    r"(?<![\w])(?:Vụ(?P<words>(?:[ \t]+[\w-]+){1,8})|Văn phòng|Thanh tra)$"
)


def _clause_word_in(words: list[str]) -> bool:
    """Whether a word of a clause stands among a name's words ("Vụ việc đã …"), but not "và"
    between two of its capitalised words ("Vụ Khoa học và Công nghệ", "Phòng Kế hoạch và Tài
    chính") nor the second syllable of its first word ("Phòng Phát triển nông thôn")."""
    return any(
        w in _CLAUSE_WORDS
        and not (w == "và" and 0 < i < len(words) - 1 and words[i + 1][0].isupper())
        # (nor the second syllable of the name's first word: "Phòng Phát triển nông thôn")
        and not (i == 1 and words[0][0].isupper())
        # (nor a field's word: "Phòng Quản lý xây dựng", "… phát triển đô thị")
        and " ".join(words[i : i + 2]).casefold() not in _FIELD_COMPOUNDS
        and " ".join(words[max(0, i - 1) : i + 1]).casefold() not in _FIELD_COMPOUNDS
        for i, w in enumerate(words)
    )


_FIELD_COMPOUNDS = frozenset({"xây dựng", "phát triển"})


def _ministry_units_listed(
    text: str, start: int, agency: Agency
) -> list[tuple[str, str, int, int]]:
    """The ministry's departments listed before the one named with it at ``start``: "Vụ Tổ
    chức cán bộ, Văn phòng và Thanh tra Bộ X" (name, kind, start, end of each)."""
    found: list[tuple[str, str, int, int]] = []
    separator = _UNIT_LIST_AND.search(text, max(0, start - 8), start)
    while separator is not None:
        item = _LISTED_MINISTRY_UNIT.search(text, max(0, separator.start() - 70), separator.start())
        if item is None:
            break
        words = (item.group("words") or "").split()
        if words and (
            not words[0][0].isupper()
            or (len(words) > 1 and all(w[0].isupper() for w in words))
            or _clause_word_in(words)
        ):
            break  # (no department's name: "Vụ việc", a case's name in capitals)
        head = item.group().split()[0] if words else item.group()
        name = _SPACES.sub(" ", f"{item.group()} {agency.name}")
        found.append((name, head, item.start(), item.end()))
        separator = _UNIT_LIST_COMMA.search(text, max(0, item.start() - 4), item.start())
    return found[::-1]


def _sub_unit_before(
    text: str, mention: Mention, agency: Agency
) -> tuple[str, str, int] | None:
    """(the unit's name, its kind, where it starts) when a unit's name ends right before
    ``mention`` of ``agency``."""
    start = mention.start
    if agency.kind == _POLICY_BANK:
        office = _BANK_OFFICE.search(text, max(0, start - 40), start)
        if office is None:
            return None
        office_kind = _BANK_OFFICES.get(office.group(1), office.group(1))
        return f"{office_kind} {agency.name}", office_kind, office.start()
    ministry = agency.name.startswith("Bộ ")
    police = agency.kind in _SUB_PARENTS or agency.name == "Bộ Công an"  # (the ministry too)
    if (
        not police
        and not agency.name.startswith("Sở ")
        and not ministry
        and agency.kind not in _DEPARTMENT_PARENTS
        and agency.kind != "Bệnh viện"  # (its departments: "Khoa Nhi, Bệnh viện …")
    ):
        return None
    low = max(0, start - 90)
    window = text[low:start]
    bracket = _PARENT_IN_BRACKETS.search(window)
    if bracket is not None and text.startswith(")", mention.end):
        # "Vụ Pháp chế (Bộ Tư pháp)", "Phòng Cảnh sát hình sự (Công an tỉnh X)": the body it
        # belongs to in brackets after its name
        window = window[: bracket.start()] + " "
    heads = list(_SUB_HEAD.finditer(window))
    if not heads or not window.endswith((" ", "\t")):
        return None
    head = heads[-1]
    if (
        len(heads) > 1
        and heads[-2].group() == "Phòng"
        and not window[heads[-2].end() : head.start()].strip()
    ):
        head = heads[-2]  # "Phòng Thanh tra, Sở Nội vụ": a division named after a unit's kind
    if head.group() in _AGENCY_LETTERS and police and not window[head.end() :].strip():
        # "CQCSĐT Công an huyện X": the police's investigation body, in letters
        name = f"{_AGENCY_LETTERS[head.group()]} {agency.name}"
        return name, "Cơ quan", low + head.start()
    if head.group() in _MINISTRY_UNITS and ministry:
        return _ministry_unit(text, low, head, window[head.end() :], agency)
    if head.group() in ("Phòng", "Ban") and (
        agency.name.startswith("Sở ") or agency.kind in _DEPARTMENT_PARENTS
    ):
        return _department_unit(low, head, window[head.end() :], agency)
    if head.group() == "Khoa":
        if agency.kind != "Bệnh viện":
            return None
        # a hospital's department: "Khoa Nhi, Bệnh viện Đa khoa tỉnh Nghệ An"
        return _department_unit(low, head, window[head.end() :], agency)
    if head.group() == "Ban":
        return None
    if head.group() in ("Vụ", "Văn phòng"):
        return None
    if head.group() == "Thanh tra" and not agency.name.startswith("Sở "):
        return None
    if head.group() != "Thanh tra" and not police:
        return None
    # (a police unit's code in brackets is no part of its name: "Phòng Cảnh sát hình sự (PC02)")
    between = _UNIT_CODE.sub(" ", window[head.end() :])
    if head.group() != "Thanh tra" and between.rstrip().endswith(","):
        # "Phòng Cảnh sát hình sự, Công an tỉnh X": a comma before the force it belongs to
        between = between.rstrip()[:-1] + " "
    commas: set[int] = set()  # the words of the name a comma follows
    if police:
        # commas inside a police unit's task, each before a word of it ("Phòng Cảnh sát phòng
        # cháy, chữa cháy và cứu nạn, cứu hộ"); those words are checked below
        commas = {i for i, w in enumerate(between.split()) if w.endswith(",")}
        between = _COMMA_IN_TASK.sub(" ", between)
    if re.search(r"[,.;:()\"“”\n]", between):
        return None
    words_between = between.split()
    if any(
        w[0].islower()
        and w not in _UNIT_LOWER_WORDS
        and not (
            w == "và"
            and 0 < i < len(words_between) - 1
            and (
                (words_between[i - 1].isupper() and words_between[i + 1].isupper())
                # ("… chữa cháy và cứu nạn …": between two words of a police unit's task)
                or (
                    police
                    and words_between[i - 1] in _UNIT_LOWER_WORDS
                    and words_between[i + 1] in _UNIT_LOWER_WORDS
                )
            )
        )
        for i, w in enumerate(words_between)
    ):
        return None  # "Phòng Tư pháp huyện X phối hợp Công an …": two bodies, not one; but
        # "Phòng Cảnh sát PCCC và CNCH Công an tỉnh X" is one
    words = [w.group(1) for w in _SUB_WORD.finditer(between)]
    if words[-2:] == ["trực", "thuộc"] or words[-1:] == ["thuộc"]:
        words = words[: -2 if words[-2:] == ["trực", "thuộc"] else -1]  # "… thuộc Công an tỉnh"
    named_alone = head.group() in ("Trại tạm giam", "Trại giam")
    if head.group() != "Thanh tra" and not (named_alone and not words) and (
        not words or len(words) > 16 or not (words[0][0].isupper() or words[0][0].isdigit())
    ):
        return None  # "phòng chống", "đội ngũ": no unit's name
    if head.group() == "Thanh tra" and words:
        return None
    name_words = [_expand_dashed(w) + ("," if i in commas else "") for i, w in enumerate(words)]
    kind = head.group()[0].upper() + head.group()[1:]
    unit = " ".join([kind, *name_words, agency.name])
    return _SPACES.sub(" ", unit), kind, low + head.start()


# bodies whose divisions are "Phòng X" named before them, as a Sở's are
_DEPARTMENT_PARENTS = frozenset({"Bảo hiểm xã hội", "Kho bạc Nhà nước", "Cục Thuế"})
_DEPARTMENT_UNIT_AFTER = re.compile(r"[ \t]*(?:,|(?:trực[ \t]+)?thuộc)?[ \t]*$")
_LEADERSHIP = frozenset({"Giám", "Lãnh"})
# level words, which no division's name holds: "Phòng Tư pháp thành phố X, Sở …" is two bodies
_DIVISION_STOP_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "khu"})


def _level_word_in(words: list[str]) -> bool:
    """Whether a level word stands among a division's words ("Phòng Tư pháp huyện Z"), not
    the syllable of a word ("đô thị", "thị trường", "thành viên")."""
    for i, w in enumerate(words):
        if w in ("thị", "thành"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("xã", "trấn", "phố"):
                return True
        elif w in _DIVISION_STOP_WORDS:
            return True
    return False


def _department_unit(
    low: int, head: re.Match[str], between: str, agency: Agency
) -> tuple[str, str, int] | None:
    """A division of a provincial department (or of the social insurance) named right before
    it: "Phòng Nghiệp vụ Y, Sở Y tế tỉnh X", "Phòng Quản lý thu thuộc BHXH tỉnh Y", "Ban Tôn
    giáo, Sở Nội vụ tỉnh Z" — its name in sentence case, no level word in it (not "Phòng Tư
    pháp huyện Z, Sở …": two bodies)."""
    joint = _DEPARTMENT_UNIT_AFTER.search(between)
    words = between[: joint.start()].split() if joint is not None else []
    if not words or len(words) > 8 or not words[0][0].isupper():
        return None
    if re.search(r"[,.;:()\"“”\n]", " ".join(words)):
        return None
    if _level_word_in(words) or _clause_word_in(words):
        return None
    if head.group() == "Ban" and words[0] in _LEADERSHIP:
        return None  # "Ban Giám đốc Sở Y tế": its leaders, not a unit
    unit = " ".join([head.group(), *words, agency.name])
    return _SPACES.sub(" ", unit), head.group(), low + head.start()


def _ministry_unit(
    text: str, low: int, head: re.Match[str], between: str, agency: Agency
) -> tuple[str, str, int] | None:
    """A ministry's department named right before it: "Vụ Tổ chức cán bộ", "Văn phòng",
    "Thanh tra" (these two named by the ministry alone)."""
    if head.group() == "Vụ" and between.rstrip().endswith(","):
        # "Vụ Pháp chế, Bộ Y tế": a comma before the ministry it belongs to (as before a
        # police unit's force)
        between = between.rstrip()[:-1] + " "
    words = between.split()
    if head.group() == "Vụ":
        if not words or not words[0][0].isupper() or len(words) > 8:
            return None  # "Vụ việc …", "vụ án": no department
        if re.search(r"[,.;:()\"“”\n]", between) or any(w in _CLAUSE_WORDS for w in words):
            return None
        if len(words) > 1 and all(w[0].isupper() for w in words):
            return None  # a department's name is in sentence case: "Vụ Việt Á" is a case
    elif words:
        return None
    unit = " ".join([head.group(), *words, agency.name])
    return _SPACES.sub(" ", unit), head.group(), low + head.start()


def _expand_dashed(word: str) -> str:
    """"CSGT-TT" → "Cảnh sát giao thông - trật tự"."""
    if "-" not in word or word in _POLICE_WORDS:
        return _POLICE_WORDS.get(word, word)
    return " - ".join(_POLICE_WORDS.get(part, part) for part in word.split("-"))


def _may_belong(kind: Kind, parent: str | None) -> bool:
    """Whether a sub-body of ``kind`` may belong to a parent of kind ``parent``."""
    return "*" in kind.parents or parent in kind.parents


def _department_after(text: str, raws: list[_Raw], i: int) -> _Raw | None:
    """The province's department written right after ``raws[i]``, after "thuộc", "trực thuộc"
    or a comma ("Chi cục Kiểm lâm thuộc Sở NN&PTNT tỉnh X"), or None."""
    belongs = _UNDER.match(text, raws[i].end) or _COMMA_GAP.match(text, raws[i].end)
    if belongs is None or i + 1 >= len(raws):
        return None
    nxt = raws[i + 1]
    if nxt.start != belongs.end() or nxt.role != "office" or nxt.kind != "Sở":
        return None
    return nxt if nxt.level in PROVINCE_LEVELS and nxt.place is not None else None


def _coordinate(text: str, raws: list[_Raw], generic: set[int]) -> list[_Raw]:
    """Bare bodies in a coordination share the level and place written after the last one
    ("Huyện ủy, UBND huyện Đakrông", "HĐND và UBND tỉnh X"); coordinated with a plural they are
    plural too ("HĐND, UBND các cấp")."""
    keep = [True] * len(raws)
    for i in range(len(raws) - 1, -1, -1):
        end = raws[i].end
        parent = raws[i].parent
        if raws[i].role == "sub" and parent is None and raws[i].name is None and i > 0:
            above = raws[i - 1]
            if (
                above.role == "committee"
                and text[raws[i].start : raws[i].end].isupper()
                and _HEADER_BELOW.fullmatch(text, above.end, raws[i].start)
                and _BOARD_LINE_END.match(text, raws[i].end)
                and above.kind in _kind(raws[i].kind).parents
            ):
                # a header: "TỈNH ỦY LẠNG SƠN / BAN TUYÊN GIÁO / * / Số 68-HD/BTGTU", the
                # committee's board on the line under it (one name on two lines: the committee
                # is no body of its own there)
                raws[i].parent = above
                keep[i - 1] = False
                continue
        if raws[i].role == "sub" and parent is None and raws[i].name is None and i + 1 < len(raws):
            # "Ban Tuyên giáo và Ban Dân vận Huyện ủy X": boards listed before the committee
            # (or council) they both belong to
            joined = _BOARDS_JOINED.match(text, end)
            board = raws[i + 1]
            if (
                joined is not None
                and joined.end() > end
                and board.start == joined.end()
                and board.role == "sub"
                and board.parent is not None
                and (
                    board.parent.role == "committee"
                    or (board.parent.kind or "").startswith("Đảng ủy")  # "… Đảng ủy xã X"
                    # a council's committees: "Ban Văn hóa - Xã hội, Ban Pháp chế HĐND tỉnh X"
                    or board.parent.kind == "Hội đồng nhân dân"
                )
                and _may_belong(_kind(raws[i].kind), board.parent.kind)
            ):  # (a board of the committee's own: not the council's "Ban Dân tộc")
                raws[i].parent = board.parent
            continue
        raw = parent if raws[i].role == "sub" and parent is not None else raws[i]
        if raw.place is not None or raw.name is not None or raw.role not in ("body", "committee"):
            continue
        department = _department_after(text, raws, i) if raw.kind.startswith("Chi cục ") else None
        if raw.level is None and department is not None:
            # "Chi cục Thủy lợi thuộc Sở NN&PTNT tỉnh X", "Chi cục Văn hóa, Sở VHTTDL tỉnh Y":
            # the department it belongs to says whose it is
            raw.level, raw.place = department.level, department.place
            continue
        coord = _COORD_RE.match(text, end)
        if coord is None:
            continue
        if coord.end() in generic and coord.end() > end and raw.level is None:
            # (a body with its own level word is one body: "Ủy ban MTTQ tỉnh, UBND các xã")
            keep[i] = False
            continue
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        if nxt is None or nxt.start != coord.end() or coord.end() == end:
            continue
        target = nxt.parent if nxt.role == "sub" and nxt.parent is not None else nxt
        if target.level is None or target.role not in ("body", "committee"):
            continue
        if raw.level is not None and raw.level != target.level:
            continue  # "UBND tỉnh và UBND huyện X": only the same level shares the place
        if raw.level is None and raw.kind.startswith("Chi cục ") and (
            target.level not in PROVINCE_LEVELS
        ):
            # a department's sub-department named bare is a province's: "Chi cục Kiểm lâm và
            # UBND huyện X" names the district's council only
            continue
        # the place, or at least the level ("UBND, Ủy ban MTTQ Việt Nam huyện": resolved later)
        raw.level, raw.place = target.level, target.place
    for i, raw in enumerate(raws):
        if not raw.bare_ok and raw.place is None and raw.level is None:
            keep[i] = False  # kept with a level a coordination gave: resolved as that one is
    return [raw for raw, k in zip(raws, keep, strict=True) if k]


# the provinces and cities listed after a body's plural: "UBND các tỉnh, thành phố: A, B" (or
# with no colon: "… các tỉnh, thành phố Thái Nguyên, Cao Bằng")
_PROVINCES_LISTED = re.compile(
    r"[ \t]+các[ \t]+(?:tỉnh[ \t]*,[ \t]*thành[ \t]+phố|thành[ \t]+phố[ \t]*,[ \t]*tỉnh)"
    r"[ \t]*:?[ \t]*"
)
# names listed after a plural body, with or without their level word: "… Hưng Hà, Vũ Thư"
_LIST_LEVEL = r"(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)"
# the level words of the units a plural body lists, and what may open their names (a colon,
# "như": "UBND các xã như A, B")
_PLURAL_LEVELS = r"(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu)"
_LIST_OPENER = r"(?::|như(?![\w])[ \t]*:?)"
_NAMED_LIST = re.compile(
    rf"[ \t]+(?:{_LIST_LEVEL}(?:[ \t]*,[ \t]*{_LIST_LEVEL})*[ \t]*)?{_LIST_OPENER}?[ \t]*"
    rf"(?:{_LIST_LEVEL}[ \t]+)?[{_UPPER}]\w*(?:[ \t]+[{_UPPER}]\w*){{0,3}}[ \t]*(?:,|và)[ \t]*"
    rf"(?:{_LIST_LEVEL}[ \t]+)?[{_UPPER}]"
)


# a board of each of the bodies listed ("Ban Thường vụ các Huyện ủy A, B"): those are its
# parents, no bodies of their own here
_BOARD_OF_PLURAL = re.compile(
    r"(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Văn phòng|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận"
    r"|Ủy ban Kiểm tra|BTV)\s+các\s$"
)


def _context_ok(text: str, hit: re.Match[str], entry: _Entry, matcher: _Matcher) -> bool:
    start = hit.start()
    before = text[start - 1] if start else " "
    if before.isalnum():
        surface = hit.group()
        if not (before.islower() and surface[:1].isupper() and surface[1:2].islower()):
            return False  # inside a word; only a glued "trưởngBộ Tài chính" is let through
    if entry.abbreviation and _in_symbol(text, start, hit.end()):
        return False
    window = text[max(0, start - 60) : start]
    if (
        window.endswith(("các ", "Các ", "những ", "Những "))
        and entry.role != "office"
        and not (entry.kind is not None and entry.kind.name == "Đồn Biên phòng")
        and not (_NAMED_LIST.match(text, hit.end()) and not _BOARD_OF_PLURAL.search(window))
    ):
        # a plural: "các Đảng ủy trực thuộc" (offices: "các Sở: A, B" is a list; and bodies
        # with the names of their units listed: "các Huyện ủy Hưng Hà, Vũ Thư")
        return False
    if matcher.media_head.search(window) and matcher.media.search(window):
        return False
    if entry.kind is not None and entry.kind.name == _STANDING and _TITLE_BEFORE.search(window):
        return False  # "Phó Bí thư Thường trực Tỉnh ủy X": a title; the office is Tỉnh ủy X
    if entry.role == "committee" and _MEMBER.match(text, hit.end()):
        return False  # "Huyện ủy viên", "Tỉnh ủy viên": a member's title, not the committee
    if entry.kind is not None and entry.kind.name == _INSURANCE and _INSURED.search(window):
        return False  # "tham gia BHXH tỉnh", "đóng bảo hiểm xã hội": the insurance itself
    if entry.kind is not None and entry.kind.name == _ORGANISING and _EVENT_AFTER.match(
        text, hit.end()
    ):
        return False  # "Ban Tổ chức cuộc thi": an event's organisers, not the Party's board
    return not _in_law_title(text, start)


# a count before a body's head, after a word that counts go with or opening a sentence:
# "thay cho 63 Cục Thuế tỉnh", "thành 20 Chi cục Thuế khu vực", "và 2 Sở" (not an ordinal's, a
# date's or a unit's number: "lần thứ 3 UBND", "Sáng 5 UBND", "Tổ công tác 141 Công an")
_COUNT_BEFORE = re.compile(
    r"(?:(?<=[.!?:;][ \t])|(?<=\n)|(?<![\w])(?:thành|cho|và|có|gồm|với|lập|nhập|thể|từ|còn"
    r"|cả|những|hợp|gộp|lại|giảm|tăng|xuống|lên|trong|ở|tại|của|hết)[ \t]+)"
    r"(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+$"
)
# a member's title before a board: "Ủy viên Ban Thường vụ, Trưởng Ban …" names a person's office
_MEMBER_OF = re.compile(r"(?:[ỦU][ỷy] viên|[uủ][ỷy] viên|UV)[ \t]+$")
# what follows a board acting on its own: a verb or the clause's end ("Ban Thường vụ đã …",
# "… BTV gồm 5 đồng chí", "… trong Ban Thường vụ phụ trách"), not a parent's name the finder
# did not read ("Ban Thường vụ Đảng ủy Khối …") nor a kind of board ("Ủy ban Kiểm tra với
# Thanh tra cấp huyện")
_BOARD_ACTS = re.compile(
    rf"[ \t]*(?:[,.;:)]|$|(?!(?:với|và|cấp|các|của|thuộc)(?![\w]))[{_LOWER}])"
)
# the boards a bare mention of which is the last named Party committee's
_BOARDS_OF_A_COMMITTEE = frozenset({"Ban Thường vụ", "Ủy ban Kiểm tra"})
# "Thường trực" after a title word belongs to the title (Phó Bí thư Thường trực, Phó Chủ tịch
# Thường trực, Ủy viên Thường trực); on its own it is the standing board ("Thường trực HĐND").
_STANDING = "Thường trực"
_TITLE_BEFORE = re.compile(r"(?:bí thư|chủ tịch|[ủu][ỷy] viên|trưởng ban|phó ban)[ \t]+$", re.I)


_MEMBER = re.compile(r"[ \t]*viên(?!\w)", re.IGNORECASE)
# "Huyện ủy các địa phương", "Phòng Tài chính cấp huyện": the bodies of every place, as "UBND
# các cấp" is
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:các[ \t]+(?:địa[ \t]+phương|đơn[ \t]+vị|ngành)"
    r"|cấp[ \t]+(?:tỉnh|huyện|xã|cơ[ \t]+sở))(?!\w)"
    # (not a name that goes on with its task: "Ban Chỉ đạo cấp tỉnh về phòng, chống …")
    r"(?![ \t]+về[ \t])"
)
_ORGANISING = "Ban Tổ chức"
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:cuộc[ \t]+thi|hội[ \t]+thi|giải|lễ[ \t]+hội|liên[ \t]+hoan|hội[ \t]+diễn"
    r"|ngày[ \t]+hội|sự[ \t]+kiện|chương[ \t]+trình|hội[ \t]+thao|tuần[ \t]+lễ|festival)(?!\w)",
    re.IGNORECASE,
)
# The social insurance agency is named like the insurance it runs; after words of paying,
# joining or drawing it is the insurance.
_INSURANCE = "Bảo hiểm xã hội"
# (the insurance listed after health insurance is written in lower case: "Luật Bảo hiểm y tế,
# BHXH huyện X" names a law, then the agency)
_INSURED = re.compile(
    r"(?:(?i:tham gia|đóng|nộp|truy thu|hưởng|chế độ|chính sách|sổ|thẻ|quỹ|nợ|mức|chậm|trốn)"
    r"|bảo hiểm y tế|BHYT)[ \t]*,?[ \t]*$"
)


_SYMBOL_BEFORE = re.compile(r"(\S*?) ?[-/–] ?$")


def _glued_names(text: str, start: int, end: int) -> bool:
    """Abbreviations glued to others by a dash in a word with no number nor slash, as
    headlines join bodies ("HĐND-UBND huyện X"); a symbol's word has one ("123/QĐ-UBND")."""
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 40:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 40:
        right += 1
    if left >= start - 1 and right <= end + 1:
        return False  # nothing glued on either side ("12/KH -UBND": the search decides)
    if text[max(0, left - 3) : left].rstrip().endswith(("/", "-", "–")):
        return False  # a symbol spaced after its slash: "56 / KH-UBND", "77/ UBND-NN"
    word = text[left:right]
    if "/" in word or any(c.isdigit() for c in word):
        return False
    # each part a body's abbreviation ("HĐND-UBND") or a committee's last word ("Huyện
    # ủy-HĐND-UBND"), not a document's type code ("CV-UBND")
    matcher = _matcher()
    parts = [p for p in re.split(r"[-–]", word.strip(".,;:()")) if p]
    return len(parts) > 1 and all(
        p.casefold() in ("ủy", "uỷ")
        or (matcher.exact.get(p) or matcher.entries.get(_key(p))) is not None
        for p in parts
    )


def _in_symbol(text: str, start: int, end: int) -> bool:
    """An abbreviation inside a document symbol: "123/QĐ-UBND", "16/NQ -HĐND", "UBND-VP"; but
    not in a joint name ("Văn phòng HĐND - UBND huyện", "HĐND-UBND huyện")."""
    if _glued_names(text, start, end):
        return False
    if text[start - 1 : start] in ("-", "/", "–") and start:
        return True
    tail = text[max(0, start - 3) : start].removesuffix("\n").removesuffix(" ")
    before = (  # the search only when it can match: a dash or slash ends the text before
        _SYMBOL_BEFORE.search(text, max(0, start - 30), start)
        if tail.endswith(("-", "/", "–"))
        else None
    )
    if before is not None and any(c == "/" or c.isdigit() for c in before.group(1)):
        return True
    return text[end : end + 1] in ("-", "/", "–") and text[end + 1 : end + 2].isalnum()


_ABBR_BEFORE_COMMA = re.compile(r"[A-ZĐ]{2,}\s*,\s*$")
# (a document's number after the law ends its title: "Luật Quốc phòng và Nghị định
# 21/2019/NĐ-CP, Bộ CHQS tỉnh …")
_LAW_BREAK = re.compile(r"\n(?![a-zà-ỹđ])|\b(?:ngày|số|năm|do|được|đã|thì)\b|\d/")


# a document's number, then the words of its title ("về …", "hướng dẫn …", "quy định …") up to
# a body named with no place after "của", "đại biểu", "đối với": the kind of body it is about
_TITLE_OF_A_NUMBER = re.compile(
    r"\d[\d.]*(?:/\d{4})?[/-][A-ZĐ][\wĐđ-]*(?:/[\wĐđ-]+)?"
    r"[^;:()\[\]\n]{0,80}?\s(?:về|hướng\s+dẫn|quy\s+định)\s[^.;:()\[\]\n\d]*"
    r"\s(?:của|đại\s+biểu|đối\s+với)\s+$"
)


def _in_document_title(text: str, start: int) -> bool:
    """True for a body written with no place inside the title of a document cited with its
    number ("Nghị quyết số 629/2019/UBTVQH14 hướng dẫn một số hoạt động của Hội đồng nhân
    dân"): the kind of body the document is about, not one the article names."""
    return _TITLE_OF_A_NUMBER.search(text, max(0, start - 250), start) is not None


def _in_law_title(text: str, start: int) -> bool:
    """True inside the title of a law ("Luật Tổ chức HĐND và UBND", "Luật Mặt trận Tổ quốc")."""
    window = text[max(0, start - 100) : start]
    i = window.rfind("Luật ")
    if i < 0 or (i and window[i - 1].isalnum()):
        return False
    seg = window[i:]
    if any(c in seg for c in '.;:()"“”') or _LAW_BREAK.search(seg):
        return False
    if "," in seg:  # commas only inside a title listing bodies: "… của HĐND, UBND"
        return not seg[seg.rfind(",") + 1 :].strip() and bool(_ABBR_BEFORE_COMMA.search(seg))
    return True


def _skip_gap(text: str, pos: int) -> int:
    m = _GAP.match(text, pos)
    return m.end() if m else pos


# what a merger is made from: "trên cơ sở (nhập) xã A, xã B", "sáp nhập các xã A và B"
_MERGE_FROM = re.compile(
    r"(?:trên[ \t]+cơ[ \t]+sở|sáp[ \t]+nhập|sát[ \t]+nhập|hợp[ \t]+nhất"
    # ("Xã C (mới), hình thành từ xã A và 4 xã B, …", "… được lập từ …", "… sắp xếp từ …")
    r"|(?:hình[ \t]+thành|thành[ \t]+lập|lập|sắp[ \t]+xếp)[ \t]+từ)"
    r"(?:[ \t]+(?:nhập|toàn[ \t]+bộ|nguyên[ \t]+trạng|các|từ|của))*[ \t]+"
)
_MERGED_ITEM = re.compile(
    rf"(?:(?:xã|phường|thị[ \t]+trấn|huyện|quận|thị[ \t]+xã)[ \t]+)?[{_UPPER}\d][\w-]*"
    rf"(?:[ \t]+[{_UPPER}\d][\w-]*)*"
)


def _merge_source(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside the list of units a merger is made from, in the sentence that
    starts at ``start``: those units no longer exist, and a bare body after them is not theirs."""
    cues = list(_MERGE_FROM.finditer(text, start, pos))
    if not cues:
        return False
    between = text[cues[-1].end() : pos]
    pieces = re.split(r"[ \t]*(?:,|\bvà\b)[ \t]*", between)
    return all(not p.strip() or _MERGED_ITEM.fullmatch(p.strip()) for p in pieces)


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back ``reach`` characters at most
    (there, when no sentence ends in them)."""
    low = max(0, pos - reach)
    ends = [m.end() for m in SENTENCE_END.finditer(text, low, pos)]
    return ends[-1] if ends else low


def _plural_in_sentence(text: str, pos: int, level: str) -> bool:
    """Whether the sentence before ``pos`` speaks of the units of ``level`` in the plural
    ("các xã", "các xã, phường")."""
    start = _sentence_start(text, pos, 200)
    plural = _PLURAL_LEVEL.search(text, start, pos)
    return plural is not None and plural.group(1).casefold() == level


_PLURAL_LEVEL = re.compile(r"(?:các|những)[ \t]+(xã|phường|thị trấn|đặc khu)(?![\w])", re.I)


_PLURAL_BEFORE = re.compile(r"(?:các|những|hai|ba|bốn)[ \t]+$", re.IGNORECASE)


def _sentence_place(text: str, pos: int, level: str) -> str | None:
    """The place last named with ``level`` before ``pos`` in its sentence (200 characters at
    most), or None."""
    start = _sentence_start(text, pos, 200)
    found = None
    for m in _LEVEL_RE.finditer(text, start, pos):
        if _LEVEL_FORMS[m.group().casefold()] != level:
            continue
        if _PLURAL_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "các xã A, B": a list, no one unit the body is of
        if _merge_source(text, start, m.start()):
            continue  # "Xã C được thành lập trên cơ sở xã A, xã B, UBND xã …": C's, not B's
        opened = text.rfind("(", start, m.start())
        if (
            opened >= 0
            and text.find(")", opened, m.start()) < 0
            and text.find(")", m.end(), pos) >= 0
        ):
            continue  # "xã X (sáp nhập từ xã A, xã B), UBND xã …": an aside, not the subject
        place = _place_at(text, _skip_gap(text, m.end()), level)
        if place is not None and place.end <= pos:
            found = place.name
    return found


# a place phrase opening a clause: "Tại huyện Đô Lương, …", "Ở thị xã Ba Đồn, …"
_OPENER = re.compile(r"(?:[Tt]ại|[Ởở]|[Tt]rên địa bàn)[ \t]+")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")


def _opening_place(text: str, pos: int) -> tuple[str, str] | None:
    """(level, name) of the district whose place phrase opens the clause that ``pos`` goes on
    right after its comma ("Tại huyện Đô Lương, Phòng GD&ĐT …"), or None."""
    start = _sentence_start(text, pos, 80)
    clause = max(text.rfind(";", start, pos), text.rfind(":", start, pos))
    start = clause + 1 if clause >= 0 else start
    opener = _OPENER.search(text, start, pos)
    if opener is None or text[start : opener.start()].strip():
        return None
    lvl = _level_at(text, opener.end())
    if lvl is None or lvl[0] not in DISTRICT_LEVELS:
        return None
    place = _place_after(text, lvl)
    comma = _COMMA_GAP.match(text, place.end) if place is not None else None
    if place is None or comma is None or comma.end() != pos:
        return None
    return lvl[0], place.name


# a second office of the same person after a bare body: ", Chủ tịch UBND xã X"
_STACKED_TITLE = re.compile(
    r",[ \t]*(?:Phó[ \t]+)?(?:Chủ tịch|Bí thư|Trưởng ban|Chánh Văn phòng)"
    r"(?:[ \t]+[Tt]hường trực)?[ \t]+"
)
_NAME_NEXT = re.compile(r"[ \t]+(?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ]|\d)")
_HCM = re.compile(r"(?:TP\.?\s?HCM|Tp\.?\s?HCM|TPHCM|Hồ Chí Minh)(?![\w])")
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ&-]{1,7}")
_REGION_RE = re.compile(
    r"[Kk]hu[ \t]+(?:vực|VỰC)[ \t]+(?:0*(\d{1,2})|([IVXL]{1,6}))(?![\w])(?:[ \t]*[-–][ \t]*)?"
)

_NAME_RUN = rf"[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*){{0,3}}"
_NAMED_BY_AREA = frozenset(
    ["Hạt Kiểm lâm", "Chi nhánh Văn phòng Đăng ký đất đai", "Ngân hàng Chính sách xã hội"]
)
_RANGER_AREA = re.compile(
    rf"(?:[Kk]hu[ \t]+vực|[Ll]iên[ \t]+huyện)[ \t]+(?:[IVXL]{{1,6}}(?![\w])|\d{{1,2}}(?!\d)"
    rf"|{_NAME_RUN}(?:[ \t]*[-–][ \t]*{_NAME_RUN})?)"
)
# the tax offices below a province's from July 2025 ("Thuế cơ sở 3 tỉnh Quảng Trị")
_BASE_OFFICE = re.compile(r"cơ[ \t]+sở[ \t]+0*(\d{1,2})(?!\w)")
# ... and the social insurance's, named by the area they serve from July 2025 ("BHXH cơ sở
# Hải Lăng", "Bảo hiểm xã hội cơ sở Yên Minh - Mậu Duệ")
_BASED = re.compile(r"cơ[ \t]+sở[ \t]+(?=[A-ZĐÂĂÊÔƠƯÀ-Ỹ])")
# a court's province in brackets after its region: "TAND khu vực 9 (TP.HCM)"
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*(?:TP\.?[ \t]*)?")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")


def _level_at(text: str, pos: int) -> tuple[str, int] | None:
    m = _LEVEL_RE.match(text, pos)
    if m is None:
        return None
    return _LEVEL_FORMS[m.group().casefold()], m.end()


def _place_after(text: str, lvl: tuple[str, int]) -> _PlaceHit | None:
    """The place named after a level word that ``_level_at`` read (its level, where it ends)."""
    return _place_at(text, _skip_gap(text, lvl[1]), lvl[0])


def _parse(
    text: str, start: int, end: int, entry: _Entry, matcher: _Matcher, date: str | None
) -> list[_Raw]:
    if entry.role == "central":
        return _parse_central(text, start, end, entry, matcher, date)
    assert entry.kind is not None
    kind = entry.kind
    if entry.role == "committee":
        committee = _parse_committee(text, start, end, kind)
        if committee.place is None and foreign_province_at(text, _skip_gap(text, end)):
            return []  # "Bí thư Tỉnh ủy Hủa Phăn": another country's Party committee
        if (text[start].islower() or entry.abbreviation) and committee.place is None:
            return []  # "các huyện ủy, thị ủy" (written lowercase), "TU": only with its place
        if committee.place is None or committee.level is None:
            return [committee]
        # "Huyện ủy Vĩnh Linh, Gio Linh, Cam Lộ": one committee for each unit listed, the
        # names known at that level
        first = _PlaceHit(committee.place, None, committee.end)
        listed = [
            hit
            for level, hit in _level_list(text, first, committee.level, (), written=False)
            if level == committee.level
        ]
        if not listed:
            return [committee]
        listed_end = listed[-1].end
        return [
            _Raw(start, listed_end, "committee", kind.name, level=committee.level, place=name)
            for name in [committee.place, *(hit.name for hit in listed)]
        ]
    if entry.role == "body":
        found = _parse_body(text, start, end, kind, matcher, text[start:end], entry.abbreviation)
        if text[start].islower() and kind.name == "Đảng bộ" and any(r.place is None for r in found):
            return []  # "đại hội đảng bộ các cấp", "đảng bộ xã mới": only with its place
        return found
    if entry.role == "sub":
        found = _parse_sub(text, start, end, kind, matcher)
        if text[start:end] in _WITH_PARENT_ONLY and any(r.parent is None for r in found):
            return []  # "BTC giải chạy": an event's organisers; "BTC Huyện ủy X" is the board
        return found
    if entry.role == "office":
        return _parse_office(text, start, end, kind, matcher)
    if kind.name == "Chi bộ" and _CELL.match(text, end) is None:
        # not a village's cell: an agency's ("Chi bộ Sở Tư pháp", "Chi bộ Công an xã X")
        owner = _owner_at(text, _skip_gap(text, end), matcher)
        return [] if owner is None else [_Raw(start, owner.end, "sub", kind.name, parent=owner)]
    return _parse_unit(text, start, end, kind)


def _parse_central(
    text: str, start: int, end: int, entry: _Entry, matcher: _Matcher, date: str | None
) -> list[_Raw]:
    body = entry.body
    assert body is not None
    if date is not None:  # a short form names the body of the article's time ("Bộ Nông nghiệp")
        day = date[:10]
        for choice, valid_from, valid_until in entry.choices:
            if (valid_from or "") <= day and (valid_until is None or day <= valid_until):
                body = choice
                break
    if matcher.foreign.match(text, end) or matcher.concept.match(text, end):
        return []  # "Chính phủ Lào", "Chính phủ điện tử"
    rest = _MORE_OF_A_NAME.match(text, end)
    if rest is not None and matcher.foreign.match(text, rest.end()):
        return []  # "Bộ Lao động và Việc làm Hàn Quốc": another country's ministry
    country = _COUNTRY_RE.match(text, end)
    if country is not None and "Việt Nam" not in country.group(1):
        return []  # "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"
    if text[start:end].endswith("Đảng") and _OTHER_PARTY_RE.match(text, end):
        return []  # "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào": another party
    party = _PARTY_AFTER.match(text, end)
    if party is not None and (
        "NDCM" in party.group("party") or matcher.foreign.search(" " + party.group("party"))
    ):
        # "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Đảng Nhân dân Cách mạng Lào", "Ban Đối
        # ngoại Trung ương Đảng NDCM Lào": the titles of another country's party
        return []
    if text[start:end].startswith("Trung ương") and text[max(0, start - 7) : start] == "Bí thư ":
        return []  # "Bí thư Trung ương Đảng": a member of the Secretariat (a position)
    youth = _YOUTH_CENTRAL.match(text, end) if body.name in _PARTY_CENTRAL_BOARDS else None
    if youth is not None:
        # "Ban Bí thư Trung ương Đoàn": the Youth Union's central board, not the Party's
        written = _SPACES.sub(" ", text[start : youth.end()])
        board = written.split(" Trung ương")[0].split(" TW")[0]
        return [_Raw(start, youth.end(), "unit", body.kind, name=f"{board} Trung ương Đoàn")]
    if body.name == "Ban Chấp hành Trung ương Đảng" and not text[start:end].endswith("Đảng"):
        # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": an association's central committee
        owner = _owner_at(text, _skip_gap(text, end), matcher)
        if owner is not None and owner.name is not None and owner.kind.startswith(_ASSOCIATIONS):
            written = _SPACES.sub(" ", text[start:end])
            return [_Raw(start, owner.end, "unit", owner.kind, name=f"{written} {owner.name}")]
    if body.kind == "Bộ" and text[start:end].startswith("Bộ "):
        # "giao Bộ Tài chính, Xây dựng, Công Thương": the ministries listed after the first
        more = _ministries_listed(text, end, matcher, date, after_first=True)
        if more:
            first = _Raw(
                start, end, "central", body.kind, name=body.name, parent_name=body.parent,
                central=True,
            )
            return [first, *more]
    name, parent = body.name, body.parent
    if body.name == "Thủ tướng Chính phủ" and text[max(0, start - 4) : start] in ("Phó ", "phó "):
        # a deputy prime minister's title names the Government, not the Prime Minister
        start = text.index("Chính phủ", start) if "Chính phủ" in text[start:end] else start
        name, parent = "Chính phủ", None
    return [_Raw(start, end, "central", body.kind, name=name, parent_name=parent, central=True)]


_ASSOCIATIONS = ("Hội", "Liên đoàn", "Công đoàn", "Liên hiệp")
# ministries in the plural before their names: "các bộ: Nội vụ, Tài chính", "các Bộ Quốc phòng"
# (opening with a letter, not a lookbehind, so the engine skips ahead to it)
_MINISTRIES_PLURAL = re.compile(rf"[Cc](?<![\w][Cc])ác[ \t]+[Bb]ộ[ \t]*:?[ \t]*(?=[{_UPPER}])")
_MINISTRY_WORD = re.compile(r"[ \t]*[\w-]+")
# what follows a sector that names something else than its ministry: a level word, the force's
# "nhân dân", a dash, a field's second noun
_NOT_A_MINISTRY_AFTER = re.compile(
    r"[ \t]*[-–]|[ \t]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|nhân dân"
    r"|ngân hàng|công|tư)(?![\w])"
)
_MINISTRY_SEP = re.compile(r"[ \t]*(?:,|;|và)[ \t]*")


def _ministry_at(text: str, pos: int, matcher: _Matcher) -> tuple[_Entry, int] | None:
    """The ministry whose name without "Bộ" is written at ``pos`` ("Tài chính", "Kế hoạch và
    Đầu tư"), and where it ends: the longest run of words that names one."""
    ends = []
    at = pos
    for _ in range(8):
        word = _MINISTRY_WORD.match(text, at)
        if word is None:
            break
        ends.append(word.end())
        at = word.end()
    for end in reversed(ends):
        if _NOT_A_MINISTRY_AFTER.match(text, end):
            continue  # "Công an tỉnh X", "Tài chính ngân hàng", "Tư pháp - Hộ tịch"
        if _place_at(text, _skip_gap(text, end), None) is not None:
            continue  # "Bộ Công an và Công an Nghệ An": a province's force, no ministry
        written = _key("Bộ " + text[pos:end])
        entry = matcher.entries.get(written)
        if entry is None or entry.role != "central" or not text[pos].isupper():
            continue
        # the ministry's full name (not a short form: "Bộ Nội vụ và Kế hoạch số 12" lists a
        # plan, not "Bộ Kế hoạch")
        names = [entry.body, *(choice for choice, _, _ in entry.choices)]
        if any(body is not None and _key(body.name) == written for body in names):
            return entry, end
    return None


def _ministries_listed(
    text: str, pos: int, matcher: _Matcher, date: str | None, *, after_first: bool = False
) -> list[_Raw]:
    """The ministries named by their sectors in a list from ``pos`` (after "các bộ:"; with
    ``after_first``, after one named in full: the list's separator comes first)."""
    out: list[_Raw] = []
    while True:
        if after_first or out:
            sep = _MINISTRY_SEP.match(text, pos)
            if sep is None or text.startswith("Bộ", sep.end()):
                break  # (the next written in full is a mention of its own)
            pos = sep.end()
        found = _ministry_at(text, pos, matcher)
        if found is None:
            break
        entry, end = found
        out.extend(_parse_central(text, pos, end, entry, matcher, date))
        pos = end
    return out
_PARTY_CENTRAL_BOARDS = frozenset({"Ban Bí thư", "Ban Chấp hành Trung ương Đảng"})
# after "Ban Bí thư (Trung ương)": the Youth Union's ("Trung ương Đoàn", "TW Đoàn")
_YOUTH_CENTRAL = re.compile(r"(?:[ \t]+(?:Trung ương|TW))?[ \t]+Đoàn(?![ \t]+(?:kết|thể)\b)(?!\w)")
_COUNTRY_RE = re.compile(r"[ \t]+nước[ \t]+([^\n,.;:()]{1,60})")
_OTHER_PARTY_RE = re.compile(rf"[ \t]+(?!Cộng sản Việt Nam)[{_UPPER}]")
# the party a central body's name (or the chain of titles it opens) ends with: "… Đảng Nhân dân
# Cách mạng Lào", "…, Thường trực Ban Bí thư Đảng NDCM Lào"
_PARTY_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*[{_UPPER}][\w]*(?:[ \t]+[\w]+){{0,5}}?)?[ \t]+(?:Trung ương[ \t]+)?"
    rf"Đảng[ \t]+"
    rf"(?P<party>[{_UPPER}][\w]*(?:[ \t]+(?:[{_UPPER}][\w]*|dân|mạng|sản|chủ|xã|hội|nghĩa)){{0,6}})"
)


def _parse_committee(text: str, start: int, end: int, kind: Kind) -> _Raw:
    level = kind.implied_level
    raw = _Raw(start, end, "committee", kind.name, level=level)
    pos = _skip_gap(text, end)
    lvl = _level_at(text, pos)
    if lvl is not None and lvl[0] == level:  # "Tỉnh ủy tỉnh Sơn La"
        pos = _skip_gap(text, lvl[1])
    place = _place_at(text, pos, level)
    if place is not None:
        raw.place, raw.end = place.name, place.end
    return raw


# the rest of a name the table read in part: sectors joined by "," or "và" ("… và Việc làm")
_MORE_OF_A_NAME = re.compile(
    rf"(?:[ \t]*(?:,|và)[ \t]+[{_UPPER}][{_LOWER}]*(?:[ \t]+[{_LOWER}]+)?){{1,3}}"
)
_VN_RE = re.compile(r"[ \t]+(?:Việt Nam|VIỆT NAM|VN)(?!\w)")
# the short forms that, alone, name the national body as its full name does ("Theo NHNN, …",
# "Thống đốc NHNN"): the central bank, the audit office, the treasury, the policy bank
_NATIONAL_SHORT = frozenset(["NHNN", "KTNN", "KBNN", "NHCSXH"])
_CENTRAL_AFTER = re.compile(r"[ \t]+(?:Trung [Ưư]ơng|TƯ|TW|T\.Ư)(?![\w])")
_ABBR_PAREN = re.compile(r"\s*\(([^()\n]{1,12})\)")
# the rest of a header's line (the Party's motto in its right-hand column) and its break
_HEADER_BELOW = re.compile(
    r"[ \t]*(?:(?:\||[ \t]{2})[ \t]*ĐẢNG CỘNG SẢN VIỆT NAM[ \t|]*)?\r?\n[ \t]*"
)
# the rest of a board's header line: nothing, or the place-and-date in the right-hand column
# (not a headline: "BAN TỔ CHỨC ĐẠI HỘI … THÀNH CÔNG TỐT ĐẸP")
_BOARD_LINE_END = re.compile(r"[ \t|]*(?:\r?\n|$)|(?:[ \t]{2,}|[ \t]*\|)[^\n]*ngày")
_BOARDS_JOINED = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*")  # in one line: no list of addressees
_COORD_RE = re.compile(r"\s*(?:,|và|&|[-–])\s*")  # dashes join headlines: "Huyện ủy - HĐND - UBND"
_JOINT_RE = re.compile(r"\s*(?:và|&|-|–)\s*")
_OWNER_RE = re.compile(
    r"[^.;:\n]{0,80}?\bcủa (tỉnh|huyện|xã|thành phố)(?!\w)"
    # "Ủy ban MTTQ và các đoàn thể huyện X": the level the list shares
    r"|[ \t]+và[ \t]+các[ \t]+(?:đoàn[ \t]+thể|tổ[ \t]+chức[ \t]+chính[ \t]+trị[ \t]*-[ \t]*xã"
    r"[ \t]+hội)(?:[ \t]+chính[ \t]+trị[ \t]*-[ \t]*xã[ \t]+hội)?"
    r"[ \t]+(tỉnh|huyện|xã|thành phố)(?!\w)"
)
# a kind whose abbreviation also names another kind at lower levels (BCHQS: Bộ Chỉ huy Quân
# sự of a province, Ban Chỉ huy Quân sự of a district or commune)
_LOWER_KIND = {"Bộ Chỉ huy Quân sự": "Ban Chỉ huy Quân sự"}
# ... and the province's, which "BCH Quân sự tỉnh X" names ("BCH" is either command)
_UPPER_KIND = {"Ban Chỉ huy Quân sự": "Bộ Chỉ huy Quân sự"}
_BRANCH = re.compile(r"(?:chi nhánh|Chi nhánh)[ \t]+")
_COUNT_RE = re.compile(r"(?:\d+|hai|ba|bốn)[ \t]+")
_PLURAL_RE = re.compile(r"các[ \t]+")


_DELEGATION_WORDS = re.compile(r"(?:chuyên[ \t]+trách|đơn[ \t]+vị)[ \t]+")


def _parse_body(
    text: str,
    start: int,
    end: int,
    kind: Kind,
    matcher: _Matcher,
    surface: str,
    abbreviation: bool = False,
) -> list[_Raw]:
    provinces = _PROVINCES_LISTED.match(text, end)
    first = _place_at(text, provinces.end(), None) if provinces is not None else None
    if first is not None:
        # "UBND các tỉnh, thành phố: Quảng Ninh, Hải Phòng": one body of each
        return [
            _Raw(start, hit.end, "body", kind.name, level=hit.level, place=hit.name)
            for hit in [first, *_province_list(text, first)]
        ]
    if matcher.generic.match(text, end):
        raise _Generic
    enumerated = kind.name == "Ủy ban Mặt trận Tổ quốc Việt Nam" and text[
        max(0, start - 12) : start
    ].endswith(("hệ thống ", "Nhà nước, ", "Đảng, ", "chính quyền, "))
    has_vn = any(w in surface.upper() for w in ("VIỆT NAM", "VN"))
    for _ in range(2):  # "… Việt Nam", "(HĐND)", "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam"
        vn = _VN_RE.match(text, end)
        paren = _ABBR_PAREN.match(text, end)
        if vn is not None:
            has_vn, end = True, vn.end()
        elif paren and (
            _key(paren.group(1)) in {_key(a) for a in kind.abbreviations}
            or _ACRONYM.fullmatch(paren.group(1))
        ):
            end = paren.end()  # "Bộ Chỉ huy Quân sự (CHQS) tỉnh X": the name's own short form
    national = kind.national or ""
    central = _CENTRAL_AFTER.match(text, end) if national.endswith(" Trung ương") else None
    if central is not None:  # "Văn phòng Điều phối nông thôn mới Trung ương"
        return [_Raw(start, central.end(), "body", kind.name, name=national, central=True)]
    pos = _skip_gap(text, end)
    branch = _BRANCH.match(text, pos)
    if branch is not None and (
        _level_at(text, branch.end()) is not None or _REGION_RE.match(text, branch.end())
    ):
        # "Ngân hàng CSXH chi nhánh tỉnh X": the bank's body in tỉnh X; "Ngân hàng Nhà nước
        # chi nhánh Khu vực 8": the central bank's regional branch (2025)
        pos = branch.end()
    elif branch is not None and _place_at(text, branch.end(), None) is not None:
        # "Ngân hàng Chính sách xã hội chi nhánh Cần Thơ": the branch of a province named
        # without its level word, read below as "… Cần Thơ" is
        pos = branch.end()
    if kind.name == "Đoàn đại biểu Quốc hội":
        # "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh X" (the deputy's title), "Đoàn đại biểu
        # Quốc hội đơn vị tỉnh X" (the constituency): the delegation of tỉnh X
        filler = _DELEGATION_WORDS.match(text, pos)
        if filler is not None and _level_at(text, filler.end()) is not None:
            pos = filler.end()
    if enumerated:  # the political system enumerated, not one body; but "… Điều lệ Đảng, Ủy
        # ban MTTQ Việt Nam tỉnh Sơn La đã …" names one (a level and a place follow)
        named = _level_at(text, pos)
        if named is None or _place_at(text, _skip_gap(text, named[1]), named[0]) is None:
            raise _Generic
    plural = _PLURAL_RE.match(text, pos) or _COUNT_RE.match(text, pos)
    if plural is not None:  # "UBND các xã: A, B", "Bộ Chỉ huy BĐBP 2 tỉnh X và Y"
        counted = _level_at(text, plural.end())
        if counted is not None:
            return _distribute(text, start, counted[1], counted[0], kind, "body")
    if _PLURAL_BEFORE.search(text, max(0, start - 8), start):
        # "Các Đảng ủy xã, phường như phường A, xã B": the plural written before the body
        counted = _level_at(text, pos)
        if counted is not None and _MORE_LEVELS.match(text, counted[1]):
            return _distribute(text, start, counted[1], counted[0], kind, "body")
    based = _BASED.match(text, pos) if kind.name == _INSURANCE else None
    if based is not None:  # "BHXH cơ sở Hải Lăng": the insurance's office named by its area
        run = _RUN_RE.match(text, based.end())
        if run is None:
            return []
        return [_Raw(start, run.end(), "body", kind.name, name=f"{kind.name} cơ sở {run.group()}")]
    base = _BASE_OFFICE.match(text, pos) if kind.name == "Thuế" else None
    if base is not None:  # "Thuế cơ sở 3 tỉnh Quảng Trị": a numbered office of the province's
        lvl = _level_at(text, _skip_gap(text, base.end()))
        place = _place_after(text, lvl) if lvl is not None else None
        if lvl is None or place is None or lvl[0] not in kind.levels:
            return []  # "Thuế cơ sở" alone: which one, the text does not say
        name = f"{kind.name} cơ sở {int(base.group(1))} {lvl[0]} {place.name}"
        return [
            _Raw(start, place.end, "body", kind.name, level=lvl[0], place=place.name, name=name)
        ]
    ranger = _RANGER_AREA.match(text, pos) if kind.name in _NAMED_BY_AREA else None
    if ranger is not None:
        # a ranger station or a land registry's branch of an area ("Hạt Kiểm lâm khu vực
        # Triệu Hải", "… khu vực I", as the district units were renamed in 2025) or of
        # districts ("… liên huyện A - B")
        area = ranger.group()  # (in lower case, however written: "Khu vực", "Liên huyện")
        name = _SPACES.sub(" ", f"{kind.name} {area[0].lower()}{area[1:]}")
        return [_Raw(start, ranger.end(), "body", kind.name, name=name)]
    region = _REGION_RE.match(text, pos) if "khu vực" in kind.levels else None
    if region is not None:
        # the courts and procuracies of 2025's regions: "Tòa án nhân dân khu vực 2 - Quảng Trị";
        # the treasury's and the customs' numbered regions: "Kho bạc Nhà nước khu vực XI"
        area = f"khu vực {int(region.group(1)) if region.group(1) else region.group(2)}"
        dashed = "-" in region.group() or "–" in region.group()
        at = region.end()
        level = _level_at(text, _skip_gap(text, at))
        if level is not None and level[0] in PROVINCE_LEVELS:
            # "… khu vực 1 - Thành phố Hồ Chí Minh", "… khu vực 3 tỉnh Quảng Trị"
            at, dashed = _skip_gap(text, level[1]), True
        courts = kind.name in ("Tòa án nhân dân", "Viện kiểm sát nhân dân")
        bracket = _OPEN_BRACKET.match(text, at) if courts and not dashed else None
        if courts and not dashed:
            # a court's province also without the dash, or in brackets: "TAND khu vực 3 Đắk
            # Lắk", "TAND khu vực 9 (TP.HCM)"
            at, dashed = bracket.end() if bracket is not None else _skip_gap(text, at), True
        hcm = _HCM.match(text, at) if dashed else None
        province = (
            _PlaceHit("Hồ Chí Minh", "thành phố", hcm.end())
            if hcm is not None
            else _place_at(text, at, None) if dashed else None
        )
        if province is not None and province.level not in (None, *PROVINCE_LEVELS):
            province = None  # (a district's name is no court's province)
        if province is not None and bracket is not None:
            closing = _CLOSE_BRACKET.match(text, province.end)
            province = province._replace(end=closing.end()) if closing is not None else None
        if province is None and (region.group(2) or not courts):
            # (a court's numbered region is named with its province; the central bank's and
            # the defence zones' are not: "Ngân hàng Nhà nước khu vực 8", "Ban Chỉ huy Phòng
            # thủ khu vực 2 - Đakrông", the place after a dash part of the name)
            end = region.end()
            name = f"{kind.name} {area}"
            if dashed:
                run = _RUN_RE.match(text, end)
                if run is not None and not _matcher().scan.match(text, run.start()):
                    # (not a body after the dash: "Phòng THADS khu vực 1 - Thi hành án dân
                    # sự tỉnh X", its parent)
                    name, end = f"{name} - {_SPACES.sub(' ', run.group())}", run.end()
            return [_Raw(start, end, "body", kind.name, name=name)]
        if province is not None:
            return [
                _Raw(
                    start,
                    province.end,
                    "body",
                    kind.name,
                    level=province.level,
                    place=province.name,
                    name=f"{kind.name} {area} - {province.name}",
                    area=area,
                )
            ]
        if courts and region.group(1):
            # "TAND khu vực 2" with no province after it: the article's province's region
            return [_Raw(start, region.end(), "body", kind.name, area=area)]
    lvl = _level_at(text, pos)
    raw = _Raw(start, end, "body", kind.name)
    if lvl is None and kind.name in ("Đảng ủy", "Đảng bộ"):
        # the Party committee of a province's economic or industrial zones: "Đảng ủy Khu kinh
        # tế tỉnh Hà Tĩnh", "Đảng bộ các KCN tỉnh Bắc Ninh"
        zone = _parse_zone_board(text, start, pos, kind, kind.name)
        if zone is not None:
            return zone
    if lvl is None and kind.parents:  # the Party organisation of an agency: "Đảng ủy Sở Y tế"
        owner = _owner_at(text, pos, matcher)
        if owner is not None:
            return [_Raw(start, owner.end, "sub", kind.name, parent=owner)]
    if lvl is not None:
        if lvl[0] not in kind.levels and _LOWER_KIND.get(kind.name) is not None:
            # "BCHQS huyện X": the abbreviation names the Ban Chỉ huy below a province
            kind = _kind(_LOWER_KIND[kind.name])
            raw.kind = kind.name
        elif lvl[0] not in kind.levels and lvl[0] in PROVINCE_LEVELS and kind.name in _UPPER_KIND:
            kind = _kind(_UPPER_KIND[kind.name])
            raw.kind = kind.name
        if lvl[0] not in kind.levels:
            return []
        raw.level, raw.end = lvl[0], lvl[1]
        after = _LIST_SEP.match(text, lvl[1])
        if after and (nxt := _level_at(text, after.end())) and not _NAME_NEXT.match(text, nxt[1]):
            raise _Generic  # "UBND xã, thị trấn": a level of government; not "…, xã Cát Thịnh"
        place = _place_after(text, lvl)
        if place is None and (
            _FOREIGN_NAMED.match(text, _skip_gap(text, lvl[1]))
            or (
                lvl[0] in PROVINCE_LEVELS
                and foreign_province_at(text, _skip_gap(text, lvl[1])) is not None
            )
        ):
            # "Công an tỉnh Savannakhet (Lào)", "Sở Ngoại vụ tỉnh Hủa Phăn": another country's
            # body, none of ours
            return []
        if place is not None:
            # (after a plural, the names listed without their level words are each one's:
            # "Các UBND huyện Hưng Hà, Vũ Thư")
            plural_before = text[max(0, start - 5) : start].casefold().endswith("các ")
            listed = _level_list(
                text, place, lvl[0], kind.levels, written=not plural_before, plural=plural_before
            )
            if listed:  # "UBND xã A, xã B và xã C": one body of each
                end = listed[-1][1].end
                return [
                    _Raw(start, end, "body", kind.name, level=level, place=p.name)
                    for level, p in [(lvl[0], place), *listed]
                ]
            raw.place, raw.end = place.name, place.end
        return [raw]
    if any(level in PROVINCE_LEVELS for level in kind.levels):
        place = _place_at(text, pos, None)
        if place is not None:
            more = _province_list(text, place)
            if more:
                return [
                    _Raw(start, more[-1].end, "body", kind.name, level=p.level, place=p.name)
                    for p in [place, *more]
                ]
            return [_Raw(start, place.end, "body", kind.name, level=place.level, place=place.name)]
    if any(level in DISTRICT_LEVELS[:3] for level in kind.levels):
        # a district's body named by the district alone: "Công an Hướng Hóa", "Kho bạc Nhà
        # nước Gia Bình" (the gazetteer gives its level; a name at two levels is left)
        place = _place_at(text, pos, _DISTRICT)
        if place is not None and place.level in kind.levels:
            return [_Raw(start, place.end, "body", kind.name, level=place.level, place=place.name)]
    subject = _unit_subject(text, start) if kind.levels else None
    if subject is not None and subject[0] in kind.levels:
        # "Xã Sao Vàng (tỉnh Thanh Hóa) đã kiện toàn Ủy ban MTTQ và Hội Nông dân": the bodies
        # the unit that is the clause's subject sets up are its own
        raw.level, raw.place = subject
        return [raw]
    if kind.bare == "resolve":
        if _in_document_title(text, start):
            return []  # "… số 1206/2016/NQ-UBTVQH13 về chế độ … của đại biểu HĐND": no one body
        return [raw]
    if kind.bare == "antecedent":  # "Đảng ủy đã ban hành …": the one named with its place before
        raw.antecedent = True
        return [raw]
    of_level = _OWNER_RE.match(text, end) if kind.national else None
    if of_level is not None:  # "Ủy ban Mặt trận Tổ quốc và các đoàn thể của tỉnh"
        raw.level = _LEVEL_FORMS[of_level.group(1) or of_level.group(2)]
        return [raw]
    folded = surface.casefold()
    spelled = (
        not abbreviation or surface in _NATIONAL_SHORT
    ) and folded != "mặt trận" and "mttq" not in folded
    if kind.national and (has_vn or (kind.bare == "national" and spelled)):
        return [_Raw(start, end, "body", kind.name, name=kind.national, central=True)]
    if kind.national and folded.startswith(("ủy ban", "uỷ ban")):
        if _NATIONAL_FRONT.search(text, 0, start):  # the national front named before: it
            return [_Raw(start, end, "body", kind.name, name=kind.national, central=True)]
        return [raw]  # "Ủy ban MTTQ" alone: the committee of the article's province
    coord = _COORD_RE.match(text, end)
    if coord is not None and coord.end() > end:
        raw.bare_ok = False
        return [raw]
    return []


# a unit opening its sentence as the subject of a verb it acts by (after the sentence's day):
# "Xã Sao Vàng (tỉnh Thanh Hóa) đã kiện toàn …", "Ngày 3/9, phường Nếnh ra mắt …"
_UNIT_SUBJECT = re.compile(
    r"[ \t]*(?:(?:Ngày|Sáng|Chiều|Tối|Trưa)[ \t]+[\d/.-]{3,10}[ \t]*,[ \t]*)?"
    r"(?P<level>[Xx]ã|[Pp]hường|[Tt]hị[ \t]+trấn|[Hh]uyện|[Qq]uận|[Tt]hị[ \t]+xã|[Đđ]ặc[ \t]+khu)"
    r"[ \t]+(?=[" + _UPPER + r"])"
)
_SUBJECT_ACTS = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:,[ \t]*(?:tỉnh|thành[ \t]+phố)[ \t]+[^,;.\n]{2,30}?)?"
    r"[ \t]+(?:đã[ \t]+|vừa[ \t]+|đang[ \t]+|mới[ \t]+)?"
    r"(?:kiện[ \t]+toàn|ra[ \t]+mắt|thành[ \t]+lập|tổ[ \t]+chức|củng[ \t]+cố|chỉ[ \t]+đạo|giao)"
    r"(?![\w])"
)


def _unit_subject(text: str, pos: int) -> tuple[str, str] | None:
    """(level, name) of the commune or district opening the clause of ``pos`` as the subject
    of a verb that sets up or runs bodies ("kiện toàn", "ra mắt", "tổ chức" …), or None."""
    start = _sentence_start(text, pos, 160)
    if (start == pos - 160 and start > 0) or ";" in text[start:pos]:
        return None  # (a sentence longer than that: its opening is out of sight)
    head = _UNIT_SUBJECT.match(text, start)
    if head is None:
        return None
    level = " ".join(head.group("level").lower().split())
    place = _place_after(text, (level, head.end()))
    if place is None or _SUBJECT_ACTS.match(text, place.end) is None:
        return None
    return level, place.name


# a unit's name with its country in brackets after it: "tỉnh Hủa Phăn (Lào)"
_FOREIGN_NAMED = re.compile(
    rf"[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*){{0,3}}[ \t]*\([ \t]*(?:nước[ \t]+)?"
    r"(?:CHDCND[ \t]+)?(?:Lào|Campuchia|Cam-pu-chia|Trung Quốc|Thái Lan|Myanmar)[ \t]*\)"
)


def _level_list(
    text: str,
    first: _PlaceHit,
    level: str,
    levels: tuple[str, ...],
    *,
    written: bool = True,
    plural: bool = False,
) -> list[tuple[str, _PlaceHit]]:
    """The units listed after ``first`` (of ``level``), each with its level: "xã A, xã B và
    xã C", "huyện A, huyện B và thị xã C" (another level of the same tier, among
    ``levels``); with ``written`` False also those without a level word ("các xã A, B").
    A unit of another tier ends the list ("xã A, huyện B" names A's district; "huyện Cần Giờ,
    thành phố Hồ Chí Minh" its province)."""
    out: list[tuple[str, _PlaceHit]] = []
    end, current = first.end, level
    while True:
        bracket = _BRACKETED_PLACE.match(text, end)
        sep = _LIST_SEP.match(text, bracket.end() if bracket else end)
        if sep is None:
            return out
        pos = sep.end()
        lvl = _level_at(text, pos)
        if bracket is not None and lvl is None:
            return out  # (past a bracket only to a unit with its level word)
        if lvl is None and written and not _known_continuation(text, pos, level, first):
            return out
        if lvl is not None:
            if lvl[0] != level and not (lvl[0] in levels and _same_tier(level, lvl[0])):
                return out
            current, pos = lvl[0], _skip_gap(text, lvl[1])
        place = _place_at(text, pos, current)
        if place is None or (current != level and not _unit_at_tier(place.name, level)):
            return out
        if lvl is not None and lvl[0] in ("tỉnh", "thành phố") and _contains(
            place.name, first.name, level
        ):
            return out  # "thành phố Tam Kỳ, tỉnh Quảng Nam": the city's province, its address
        if lvl is None and opens_a_body(text, pos, place.end):
            return out  # "xã Hòa Bình và Ban Công tác Mặt trận …": a body, not the xã Ban Công
        below = 1 not in _LEVEL_TIERS.get(level, ())
        if (
            lvl is None
            and below
            and (_unit_at_tier(place.name, "tỉnh") or _unit_at_tier(text[pos : place.end], "tỉnh"))
            and (
                not plural
                # ("các phường A, B và Quảng Trị": one more ward)
                or (
                    "," in sep.group()
                    and gazetteer.load().closes_list(
                        text[pos : place.end],
                        (level,),
                        [(level, first.name), *((lv, p.name) for lv, p in out)],
                    )
                )
            )
        ):
            # "Huyện ủy Vĩnh Linh, Quảng Trị": the province, not another district (after a
            # plural, a name at the list's level too goes on: "các xã Vĩnh Thủy, Vĩnh Long")
            return out
        out.append((current, place))
        end = place.end


# a unit's province or district in brackets after it, in a list of units each so placed:
# "phường Kon Tum (Quảng Ngãi), phường Đồng Xoài (Đồng Nai) và …"
_BRACKETED_PLACE = re.compile(
    rf"[ \t]*\((?:tỉnh[ \t]+|TP\.?[ \t]*|thành phố[ \t]+)?[{_UPPER}][^()\n]{{0,30}}\)"
)


def _known_continuation(text: str, pos: int, level: str, first: _PlaceHit) -> bool:
    """A name without its level word that goes on a list of communes ("Đảng ủy xã Phú Vinh,
    Phú Hồ"): one the gazetteer lists at that level and not one holding the first ("UBND xã
    Gio Sơn, Gio Linh" is the commune's district)."""
    if level not in COMMUNE_LEVELS:
        return False
    run = _RUN_RE.match(text, pos)
    if run is None:
        return False
    found = _place_in_run(run.group(), level)
    if found is None or not found[3] or _unit_at_tier(found[0], "huyện"):
        return False
    head = _matcher().scan.match(text, pos)
    if head is not None and (" " in head.group().strip() or len(found[0]) < len(run.group())):
        # the next agency: "Công an xã A, Trung tâm Y tế …", "… và Ban …" (a commune named
        # "Trường …" or "Hội …" in full goes on: "xã Trường Sơn, Trường Xuân")
        return False
    return found[0] != first.name  # (a province ends the list where it is read)


def _same_tier(one: str, other: str) -> bool:
    return bool(set(_LEVEL_TIERS.get(one, ())) & set(_LEVEL_TIERS.get(other, ())))


@functools.lru_cache(maxsize=4096)
def _contains(province: str, name: str, level: str) -> bool:
    """Whether the province called ``province`` holds a unit ``level name`` below it (a
    "thành phố" may be either)."""
    gaz = gazetteer.load()
    key = gazetteer.fold(province)
    return any(
        u.tier > 1 and gazetteer.fold(gaz.province(u.id).name) == key
        for u in gaz.lookup(name, level=level)
    ) and any(u.tier == 1 for u in gaz.lookup(province))


@functools.lru_cache(maxsize=4096)
def _unit_at_tier(name: str, level: str) -> bool:
    """Whether a unit called ``name`` sits at the tier of ``level`` (a "thành phố" after a
    "huyện" in a list must be a provincial city, not the province)."""
    tiers = _LEVEL_TIERS.get(level, ())
    return any(u.tier in tiers for u in gazetteer.load().lookup(name))


def _province_list(text: str, first: _PlaceHit) -> list[_PlaceHit]:
    """The provinces listed after ``first``, itself named without a level word ("BĐBP Quảng
    Bình, Quảng Trị"); lists of units with their level words are ``_level_list``'s."""
    out: list[_PlaceHit] = []
    end = first.end
    while True:
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            return out
        pos = sep.end()
        lvl = _level_at(text, pos)
        if lvl is not None:
            pos = _skip_gap(text, lvl[1])
        place = _place_at(text, pos, None)
        if place is None:
            return out
        out.append(place)
        end = place.end


# more level words heading one list: "các huyện, thị xã, thành phố: A, B"
_MORE_LEVELS = re.compile(
    rf"((?:[ \t]*,[ \t]*{_PLURAL_LEVELS})+)[ \t]*{_LIST_OPENER}[ \t]*"
)


def _distribute_mixed(
    text: str, start: int, pos: int, level: str, kind: Kind, more: re.Match[str]
) -> list[_Raw]:
    """ "UBND các huyện, thị xã, thành phố: A, B, C" → one raw per unit, each at the one of the
    listed levels the gazetteer knows its name at."""
    levels = [level, *_MORE_LEVEL_WORDS.findall(more.group(1))]
    levels = [lv for lv in levels if lv in kind.levels]
    out: list[_Raw] = []
    at = more.end()
    while True:
        written = _level_at(text, at)
        if written is not None and written[0] in levels:
            # "… như phường Minh Xuân, xã Yên Sơn": each with its level word
            found = _place_at(text, _skip_gap(text, written[1]), written[0])
            hit = (written[0], found) if found is not None else None
        else:
            hit = next(
                (
                    (lv, found)
                    for lv in levels
                    if (found := _place_at(text, at, lv)) is not None
                    and gazetteer.load().lookup(found.name, level=lv)
                ),
                None,
            )
        if hit is None:
            break
        out.append(_Raw(start, hit[1].end, "body", kind.name, level=hit[0], place=hit[1].name))
        sep = _LIST_SEP.match(text, hit[1].end)
        if sep is None:
            break
        at = sep.end()
    if not out:
        raise _Generic
    end = out[-1].end
    return [dataclasses.replace(r, end=end) for r in out]


# the other levels of a plural, then "và" before a unit named with its level word
_NAMED_AFTER_PLURAL = re.compile(
    rf"(?:[ \t]*,[ \t]*{_PLURAL_LEVELS})*[ \t]+và[ \t]+(?={_PLURAL_LEVELS}[ \t]+[{_UPPER}])"
)
# what opens the names of a plural's list: a colon, "như" ("UBND các xã như A, B")
_LIST_OPENS = re.compile(rf"[ \t]*{_LIST_OPENER}[ \t]*")
_MORE_LEVEL_WORDS = re.compile(_PLURAL_LEVELS)


def _distribute(text: str, start: int, pos: int, level: str, kind: Kind, role: str) -> list[_Raw]:
    """ "UBND các xã: A, B và xã C" → one raw per unit, all spanning the list."""
    if level not in kind.levels:
        return []
    more = _MORE_LEVELS.match(text, pos)
    if more is not None:
        return _distribute_mixed(text, start, pos, level, kind, more)
    colon = _LIST_OPENS.match(text, pos) or _COLON.match(text, pos)
    at = colon.end() if colon else pos
    written = _level_at(text, at)
    if written is not None and written[0] == level:
        at = _skip_gap(text, written[1])  # "UBND các xã như xã A, xã B"
    first = _place_at(text, at, level)
    if first is None:
        named = _NAMED_AFTER_PLURAL.match(text, pos)
        lvl = _level_at(text, named.end()) if named is not None else None
        place = _place_after(text, lvl) if lvl is not None else None
        if lvl is not None and place is not None and lvl[0] in kind.levels:
            # "UBND các quận, huyện và thành phố Thủ Đức": the bodies of every district, none
            # named, and the one of the unit named after them
            return [_Raw(start, place.end, role, kind.name, level=lvl[0], place=place.name)]
        raise _Generic  # "UBND các xã" with no names
    listed = _level_list(text, first, level, kind.levels, written=False, plural=True)
    places = [(level, first), *listed]
    end = places[-1][1].end
    return [_Raw(start, end, role, kind.name, level=lv, place=p.name) for lv, p in places]


def _parse_sub(text: str, start: int, end: int, kind: Kind, matcher: _Matcher) -> list[_Raw]:
    pos = _skip_gap(text, end)
    if matcher.generic.match(text, end) or text.startswith("các ", pos):
        raise _Generic  # "Ban Tuyên giáo các huyện"
    abbr = _PARENT_ABBR.match(text, pos)
    if abbr and abbr.group(1) in matcher.parent_abbr:
        committee = _parse_committee(text, pos, pos + 2, matcher.parent_abbr[abbr.group(1)])
        return [_Raw(start, committee.end, "sub", kind.name, parent=committee)]
    parent = _parent_at(text, pos, kind, matcher)
    if parent is None:
        listed = _parents_listed_at(text, pos, kind, matcher)
        if listed:
            # "Ủy ban Kiểm tra Đảng ủy các xã A, B": the board of each committee listed
            return [_Raw(start, p.end, "sub", kind.name, parent=p) for p in listed]
    if parent is not None and parent.role == "body" and parent.level is None:
        # a joint office: "Văn phòng HĐND và UBND huyện X", "Văn phòng HĐND - UBND tỉnh"
        joint = _JOINT_RE.match(text, parent.end)
        other = _parent_at(text, joint.end(), kind, matcher) if joint else None
        if other is not None and other.role == "body" and other.level is not None:
            other.kind = f"{parent.kind} và {other.kind}"
            other.start, parent = parent.start, other
    if parent is None and kind.name == "Ban cán sự đảng":
        parent = _owner_at(text, pos, matcher)  # a ministry's, a court's: "… Bộ Y tế"
    if parent is not None and parent.bare_ok:
        return [_Raw(start, parent.end, "sub", kind.name, parent=parent)]
    lvl = _level_at(text, pos) if parent is None and kind.levels else None
    if lvl is not None and lvl[0] in kind.levels:
        # a sub-body's name that is also a body's of its own at some levels: "Ban Dân tộc
        # tỉnh X" (the province's ethnic affairs committee; "Ban Dân tộc HĐND tỉnh X" is the
        # council's)
        place = _place_after(text, lvl)
        if place is not None:
            return [_Raw(start, place.end, "body", kind.name, level=lvl[0], place=place.name)]
        # "Ban Dân tộc tỉnh" with no name: the article's province's, as "UBND tỉnh" is
        return [_Raw(start, lvl[1], "body", kind.name, level=lvl[0])]
    if text.startswith(("Trung ương", "TW"), pos):
        central = _CENTRAL_WORD.match(text, pos)
        owner = _owner_at(text, _skip_gap(text, central.end()), matcher) if central else None
        if owner is not None and owner.name is not None and owner.kind.startswith(_ASSOCIATIONS):
            # "Ban Thường vụ Trung ương Hội Nông dân Việt Nam": an association's central board
            name = f"{kind.name} Trung ương {owner.name}"
            return [_Raw(start, owner.end, "unit", owner.kind, name=name)]
        return []  # a central body not in the reference data
    return [_Raw(start, end, "sub", kind.name)]


_CENTRAL_WORD = re.compile(r"Trung ương|TW")


# the boards named inside a central committee by its name ("Ban Thường trực Ủy ban Trung ương
# MTTQ Việt Nam"; the Party's central boards are bodies of their own in the reference data)
_CENTRAL_BOARDS = frozenset(["Đoàn Chủ tịch", "Ban Thường trực"])
# abbreviations of a sub-body that name it only with its parent written after them
_WITH_PARENT_ONLY = frozenset(["BTC"])


def _parent_at(text: str, pos: int, kind: Kind, matcher: _Matcher) -> _Raw | None:
    """The committee or body a sub-body of ``kind`` sits in, written at ``pos``."""
    nxt = matcher.scan.match(text, pos)
    if nxt is None:
        return None
    entry = matcher.entries.get(_key(nxt.group()))
    if entry is not None and entry.role == "central" and entry.body is not None:
        body = entry.body
        if kind.name not in _CENTRAL_BOARDS or not _may_belong(kind, body.kind):
            return None
        # "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam": a board of a central committee
        return _Raw(pos, nxt.end(), "central", body.kind, name=body.name, central=True)
    if entry is None or entry.kind is None:
        return None
    if not _may_belong(kind, entry.kind.name):
        return None
    if entry.role == "committee":
        return _parse_committee(text, pos, nxt.end(), entry.kind)
    if entry.role == "unit" and entry.kind.name in kind.parents:
        # a named unit the kind lists as a parent by name (not by "*"): "Ban Tổ chức Đảng ủy
        # Khối các cơ quan tỉnh X"
        try:
            units = _parse(text, pos, nxt.end(), entry, matcher, None)
        except _Generic:
            return None
        return units[0] if len(units) == 1 and units[0].name else None
    if entry.role == "body":
        try:
            parents = _parse_body(text, pos, nxt.end(), entry.kind, matcher, nxt.group())
        except _Generic:
            return None
        if len(parents) == 1 and parents[0].name is None:
            return parents[0]
    return None


def _parents_listed_at(text: str, pos: int, kind: Kind, matcher: _Matcher) -> list[_Raw]:
    """The bodies of a distributive list a sub-body of ``kind`` belongs to, each named with its
    place ("… Đảng ủy các xã A, B"), or none."""
    nxt = matcher.scan.match(text, pos)
    if nxt is None:
        return []
    entry = matcher.entries.get(_key(nxt.group()))
    if entry is None or entry.kind is None or entry.role != "body":
        return []
    if not _may_belong(kind, entry.kind.name):
        return []
    if not text.startswith("các ", _skip_gap(text, nxt.end())):
        return []
    try:
        parents = _parse_body(text, pos, nxt.end(), entry.kind, matcher, nxt.group())
    except _Generic:
        return []
    if len(parents) < 2 or any(p.place is None or p.name is not None for p in parents):
        return []
    return parents


def _owner_at(text: str, pos: int, matcher: _Matcher) -> _Raw | None:
    """The agency named at ``pos`` whose Party organisation is being named ("Đảng ủy Ủy ban nhân
    dân tỉnh", "Đảng bộ Sở Nội vụ", "Đảng ủy Công an tỉnh"): one body, office or central body."""
    nxt = matcher.scan.match(text, pos)
    if nxt is None:
        return None
    entry = matcher.entries.get(_key(nxt.group()))
    if entry is None or entry.role not in ("central", "body", "committee", "office", "unit"):
        return None
    try:
        found = _parse(text, pos, nxt.end(), entry, matcher, None)
    except _Generic:
        return None
    return found[0] if len(found) == 1 and found[0].bare_ok else None


def _parse_office(text: str, start: int, end: int, kind: Kind, matcher: _Matcher) -> list[_Raw]:
    if text[max(0, start - 4) : start] in ("các ", "Các "):
        return _office_list(text, start, end, kind, matcher)
    pos = _skip_gap(text, end)
    lettered = _OFFICE_LETTERS.get(text[start:end])
    if lettered is not None:
        # an office and its sector in letters ("SYT tỉnh Quảng Trị", "PGD&ĐT huyện X"): one
        # only with its level or province right after
        if _level_at(text, pos) is None and _place_at(text, pos, None) is None:
            return []
        written, sector_end = lettered, end
    else:
        sector_hit = matcher.sectors.match(text, pos)
        if sector_hit is None:
            return []
        written, sector_end = sector_hit.group(), sector_hit.end()
    sector = matcher.sector_of.get(_key(written))
    if sector is None or kind.name not in sector.offices:
        return []
    plural = _PLURAL_PLACES.match(text, sector_end)
    if plural is not None:
        # "Sở Y tế các tỉnh Hà Nam, Nam Định": one office of each; none named: every one's
        listed = _offices_listed(text, plural, kind, sector, start)
        if listed:
            return listed
        raise _Generic  # "Sở Y tế các tỉnh, thành phố": every province's, none named
    raw = _Raw(start, sector_end, "office", kind.name, sector=sector.name)
    pos = _skip_gap(text, sector_end)
    committee = _OF_ITS_COMMITTEE.match(text, pos)
    if committee is not None and _level_at(text, committee.end()) is not None:
        pos = committee.end()  # "Phòng Văn hóa - Xã hội UBND xã X": the commune's office
    lvl = _level_at(text, pos)
    if _key(written) in _CLIPPED_SECTORS and (
        lvl is None and _place_at(text, pos, None) is None
    ):
        return []  # "Sở Giáo dục tỉnh X" is the Sở GD&ĐT; "Phòng Giáo dục Trung học" a unit
    if lvl is not None and lvl[0] in kind.levels:
        raw.level, raw.end = lvl[0], lvl[1]
        place = _place_after(text, lvl)
        if place is not None:
            raw.place, raw.end = place.name, place.end
        elif lvl[0] in PROVINCE_LEVELS and foreign_province_at(text, _skip_gap(text, lvl[1])):
            return []  # "Sở Ngoại vụ tỉnh Hủa Phăn": another country's department
    elif "tỉnh" in kind.levels:
        place = _place_at(text, pos, None)
        if place is not None:
            raw.level, raw.place, raw.end = place.level, place.name, place.end
    return [raw]  # no level written: the article's province (Sở) or district (Phòng)


# the people's committee an office belongs to, written between the office and its place
_OF_ITS_COMMITTEE = re.compile(r"(?:thuộc[ \t]+)?(?:UBND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân)[ \t]+")
# offices written with their sector in letters, and the sector's form
_OFFICE_LETTERS = {
    "SYT": "Y tế",
    "SGD&ĐT": "Giáo dục và Đào tạo",
    "SGDĐT": "Giáo dục và Đào tạo",
    "STC": "Tài chính",
    "SXD": "Xây dựng",
    "SNV": "Nội vụ",
    "STP": "Tư pháp",
    "SCT": "Công Thương",
    "SVHTTDL": "Văn hóa, Thể thao và Du lịch",
    "PGD&ĐT": "Giáo dục và Đào tạo",
    "PGDĐT": "Giáo dục và Đào tạo",
}
# sectors written clipped, an office of that sector only with its place after
_CLIPPED_SECTORS = frozenset(["giáo dục"])
_PLURAL_PLACES = re.compile(
    # (or "của" them, or of a number of them: "Phòng GD&ĐT của 12 huyện, thị xã")
    r"[ \t]+(?:của[ \t]+)?(?:các|những|\d+)[ \t]+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
    r"|địa phương)(?!\w)"
)


def _offices_listed(
    text: str, plural: re.Match[str], kind: Kind, sector: Sector, start: int
) -> list[_Raw]:
    """The offices of the units named after "các tỉnh", each with the list as its surface."""
    level = plural.group(1)
    if level not in kind.levels:
        return []
    colon = _COLON.match(text, plural.end())
    first = _place_at(text, colon.end() if colon else _skip_gap(text, plural.end()), level)
    if first is None:
        return []
    listed = _level_list(text, first, level, kind.levels, written=False, plural=True)
    places = [(level, first), *listed]
    end = places[-1][1].end
    return [
        _Raw(start, end, "office", kind.name, sector=sector.name, level=lv, place=p.name)
        for lv, p in places
    ]


def _office_list(
    text: str, start: int, end: int, kind: Kind, matcher: _Matcher, opening: int = 4
) -> list[_Raw]:
    """ "các Sở: Nội vụ, Tài chính và Xây dựng" → one office per sector, all spanning the list;
    without a colon two sectors or more ("các Sở Xây dựng, Tài chính"); without a colon and
    sectors "các Sở, ban, ngành" is a plural. ``opening``: the length of "các " before."""
    colon = _LIST_COLON.match(text, end)
    sectors: list[Sector] = []
    pos = stop = colon.end() if colon is not None else _skip_gap(text, end)
    while True:
        hit = matcher.sectors.match(text, pos)
        sector = matcher.sector_of.get(_key(hit.group())) if hit else None
        if hit is None or sector is None or kind.name not in sector.offices:
            break
        sectors.append(sector)
        stop = hit.end()
        sep = _LIST_SEP.match(text, stop)
        if sep is None:
            break
        pos = sep.end()
    if colon is None and len(sectors) < 2:
        return []
    level = kind.implied_level
    return [
        _Raw(start - opening, stop, "office", kind.name, sector=s.name, level=level)
        for s in sectors
    ]


# "các sở: …", "các sở, ngành: …" in lower case, which the kinds' scan does not read
_OFFICES_PLURAL = re.compile(r"(?<![\w])[Cc]ác[ \t]+sở(?:[ \t]*,[ \t]*ngành)?(?=[ \t]*:)")


def _departments_listed(text: str, matcher: _Matcher) -> list[_Raw]:
    """The Sở a lower-case plural lists by their sectors: "lãnh đạo các sở: Nội vụ, Tư pháp"."""
    out: list[_Raw] = []
    for plural in _OFFICES_PLURAL.finditer(text):
        at, opening = plural.end(), plural.end() - plural.start()
        out.extend(_office_list(text, at, at, _kind("Sở"), matcher, opening))
    return out


_LIST_COLON = re.compile(r"[ \t]*:[ \t]*")
_COLON = re.compile(r"[ \t]*:?[ \t]*\n?[ \t]*")
_PARENT_ABBR = re.compile(r"(TU|HU)(?!\w)")
_STATION_NAME = re.compile(rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}")
_CAPITAL_WORD = re.compile(rf"[{_UPPER}]\w*")
# a school's grade, then its name: a proper name ("Trường THPT Chu Văn An"), a number with
# its place ("Trường THPT số 1 Bố Trạch"; "Trường Tiểu học số 2" alone could be any town's)
# or its place ("Trường PTDTNT tỉnh Quảng Trị")
# (local sites write the grade in lower case too: "Trường mầm non Hoa Sen", "trường tiểu học
# Kim Đồng"; and "MN" for mầm non, "PT DTNT" for the boarding schools)
_GRADE = (
    r"(?:Mầm non|Mẫu giáo|Tiểu học|Trung học cơ sở|Trung học phổ thông|mầm non|mẫu giáo"
    r"|tiểu học|trung học cơ sở|trung học phổ thông|MN|MG|PT[ \t]+DTNT|PT[ \t]+DTBT|ĐH|CĐ|Phổ thông"
    r"(?:[ \t]+[Dd]ân tộc[ \t]+(?:[Nn]ội trú|[Bb]án trú))?|THCS|THPT|TH|PTDTNT|PTDTBT"
    r"|PTDT[ \t]+[Nn]ội trú|PTDT[ \t]+[Bb]án trú|Đại học|Cao đẳng|Trung cấp|Chính trị|Quân sự"
    r"|Liên cấp)"
)
# (grades in a row: "Phổ thông Dân tộc bán trú Tiểu học và THCS", "Tiểu học & THCS")
_SCHOOL_GRADE = re.compile(
    rf"[ \t]+{_GRADE}(?:[ \t]*(?:&|và|-)?[ \t]*{_GRADE})*"
    r"(?:[ \t]+(?:chuyên|Chuyên|[Dd]ân tộc nội trú|[Dd]ân tộc bán trú|[Bb]án trú))?(?![\w])"
)
# a capitalised word of a school's name, "TP.HCM" and "TP." of "TP. Hồ Chí Minh" too
_NAME_WORD = rf"(?:TP\.(?:HCM(?![\w]))?|[{_UPPER}][\w']*)"
_SCHOOL_NAME = re.compile(
    rf"[ \t]+(?:(?:số|Số)[ \t]+\d+(?:[ \t]+{_NAME_WORD}){{1,3}}"
    rf"|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,6}})"
)

# fields are joined in the names of universities and colleges, not of schools ("Trường Tiểu học
# Kim Đồng và THCS Lê Lợi" are two; "Trường THPT Lê Lợi - Đông Hà" is one and its town)
_HIGHER = re.compile(r"Đại học|Cao đẳng|Trung cấp|ĐH|CĐ")
_GRADE_WORD = re.compile(rf"{_GRADE}(?![\w])")
# (a last lower-case syllable belongs to the name before what ends one: "… Quốc dân ký")
_LOWER_WORD_NEXT = re.compile(rf"[ \t]+([{_LOWER}]\w*)")
# the first syllables of verbs and joining words that end a name written before them
_CLAUSE_WORDS = _word_set(
    "và cùng với phối hợp đón ký tiếp đến tại ở của cho về làm có là đã vừa đang sẽ được mở tổ",
    "tuyển trao nhận tham triển thực tăng đẩy hỗ tạo phát cấp cử sáp chủ tiến ra đạt xây",
    "kỷ năm trong đề yêu giao khám đi vào lên",
)
# verbs of two syllables whose first is also a field's ("đào tạo", "công bố", "thông báo")
_FIELD_VERBS = "đào tạo|công bố|thông báo|khai giảng|tổng kết|kiểm tra|tuyển sinh|tiếp nhận"
_FIELD_END = (
    rf"(?=[ \t]*$|[ \t]*[,.;:()]|[ \t]+(?:{'|'.join(sorted(_CLAUSE_WORDS))}|{_FIELD_VERBS})"
    r"(?![\w]))"
)
# (a last lower-case syllable, not a verb's first: "… Quốc dân")
_LAST_SYLLABLE = rf"(?:[ \t]+(?!(?:{_FIELD_VERBS})(?![\w]))[{_LOWER}]\w*)?"
_FIELD_ON = re.compile(
    rf"(?:[ \t]+[{_LOWER}]\w*){{1,2}}(?:[ \t]+{_NAME_WORD})+{_LAST_SYLLABLE}{_FIELD_END}"
)
# ... or in lower case to its end: "Đại học Ngoại thương", "… Khoa học tự nhiên công bố"
# (not over the words of time and manner before a verb: "Đại học Vinh hôm nay tổ chức …")
_ADVERBS = _word_set(
    "hôm sáng chiều tối nay này hiện luôn cũng đều mới thì lại còn không chưa rất vẫn chính",
    "trực liên tiếp tục sớm nhanh thường",
)
_FIELD_LOWER = re.compile(
    rf"(?:[ \t]+(?!(?:{_FIELD_VERBS})(?![\w]))[{_LOWER}]\w*){{1,3}}{_FIELD_END}"
)
# ("và" or a dash joins two fields: "Khoa học Xã hội và Nhân văn", "Mỏ - Địa chất")
_JOINED_FIELD = re.compile(
    rf"(?:[ \t]+và[ \t]+|[ \t]*[-–][ \t]*)({_NAME_WORD}(?:[ \t]+{_NAME_WORD})*{_LAST_SYLLABLE})"
    rf"{_FIELD_END}"
)


def _parse_school(text: str, start: int, end: int, kind: Kind) -> list[_Raw]:
    """A named school; an unnamed one ("Trường THCS trên địa bàn …") is no body. The
    school's Youth Union, trade union or Pioneer troop written before it ("Đoàn trường THPT
    X", "Công đoàn Trường Tiểu học Y") is the body named, the school its embedded parent."""
    raws = _parse_school_itself(text, start, end, kind)
    branch = _SCHOOL_BRANCH.search(text, max(0, start - 12), start)
    school = raws[0].name if len(raws) == 1 else None
    if branch is None or school is None:
        return raws
    name = f"{_SPACES.sub(' ', branch.group(1))} {text[start:end]}{school[len('Trường'):]}"
    return [_Raw(branch.start(), raws[0].end, "unit", kind.name, name=name)]


# a school's branch of a mass organisation, written before the school
_SCHOOL_BRANCH = re.compile(r"(?<![\w])(Đoàn|Công[ \t]+đoàn|Liên[ \t]+đội|Chi[ \t]+đoàn)[ \t]+$")


def _parse_school_itself(text: str, start: int, end: int, kind: Kind) -> list[_Raw]:
    grade = _SCHOOL_GRADE.match(text, end)
    if grade is None:
        return []
    named = _SCHOOL_NAME.match(text, grade.end())
    if named is not None and _level_at(text, _skip_gap(text, grade.end())) is None:
        stop = named.end()
        numbered = _SCHOOL_NUMBER.match(text, stop)
        if numbered is not None:  # "Trường Tiểu học Na Ngoi 1", "… Sơn Kim 2"
            stop = numbered.end()
        lower_next = _LOWER_WORD_NEXT.match(text, stop)
        one_word = len(named.group().split()) == 1
        if one_word and lower_next and lower_next.group(1) not in _CLAUSE_WORDS:
            # a one-word name that lower-case words follow: a field written on ("Đại học Kinh
            # tế Quốc dân", "Cao đẳng Sư phạm Quảng Trị") when its capitalised rest and the
            # clause's end or a verb come next; else no name can be told ("Đại học Giao thông
            # vận tải …"). A verb or a joining word right after ends the name ("Đại học Vinh
            # xây dựng …", "… Vinh cùng Tỉnh đoàn …").
            field = _FIELD_ON.match(text, stop) or _FIELD_LOWER.match(text, stop)
            if field is None or any(
                word in _CLAUSE_WORDS or word in _ADVERBS
                for word in text[stop : field.end()].split()
            ):
                return []
            stop = field.end()
        joined = _JOINED_FIELD.match(text, stop) if _HIGHER.search(grade.group()) else None
        if (
            joined is not None
            and not _body_begins(text, joined.start(1))
            and not _GRADE_WORD.match(text, joined.start(1))
            and _place_at(text, joined.start(1), None) is None
        ):
            stop = joined.end()  # "… Khoa học Xã hội và Nhân văn", "Đại học Mỏ - Địa chất"
        return [_Raw(start, stop, "unit", kind.name, name=_school_name(text, start, stop))]
    lvl = _level_at(text, _skip_gap(text, grade.end()))
    if lvl is None:
        return []
    place = _place_after(text, lvl)
    if place is None:
        return []
    name = f"{_school_name(text, start, grade.end())} {_placed(lvl[0], place.name)}"
    return [_Raw(start, place.end, "unit", kind.name, name=name)]


def _school_name(text: str, start: int, end: int) -> str:
    """A school's name as written, with its capital ("trường THCS Lê Lợi" → "Trường …")."""
    name = _SPACES.sub(" ", text[start:end])
    name = _HIGHER_SHORT.sub(lambda m: _HIGHER_LONG[m.group()], name, count=1)
    return name[0].upper() + name[1:]


# "Trường ĐH Vinh", "Trường CĐ Y tế …": the grade spelt out in the name
_HIGHER_SHORT = re.compile(r"(?<=^[Tt]rường )(?:ĐH|CĐ)(?= )")
_HIGHER_LONG = {"ĐH": "Đại học", "CĐ": "Cao đẳng"}


# the number after a school's name: one of its sites ("Trường Tiểu học Na Ngoi 1", "… Na Ngoi
# 1 25 bộ bàn ghế"), unless a noun it counts comes next ("tặng Trường … Ba Lòng 20 bộ bàn
# ghế", "… 2 dãy phòng học", "… 1 tỷ đồng")
_COUNTED = (
    "năm|tháng|ngày|giờ|phút|buổi|lần|lượt|đợt|ca|lớp|khối|học sinh|học viên|sinh viên|giáo viên"
    "|thầy|cô|em|bé|cháu|trẻ|người|cán bộ|đoàn viên|đội viên|phụ huynh|thí sinh|đội|tiết mục"
    "|phòng|dãy|điểm|trường|giải|huy chương|bằng khen|giấy khen|suất|học bổng|phần|bộ|chiếc|cái"
    "|cuốn|quyển|tập|máy|ti vi|tivi|tủ|bàn|ghế|bảng|xe|thùng|bao|gói|tấn|kg|tạ|con|cây|hộ|căn"
    "|công trình|hạng mục|tỷ|triệu|nghìn|ngàn|trăm|đồng|USD|ha|km|m|m2|lô|cặp|đôi|chỗ|nhà"
)
_SCHOOL_NUMBER = re.compile(
    rf"[ \t]+\d{{1,2}}(?![\w/%-]|[.,]\d)(?![ \t]+(?:{_COUNTED})(?![\w]))"
)
# a village after "Chi bộ": its level word and its name or number ("Chi bộ thôn Tân Hiệp",
# "Chi bộ khu phố 3")
_CELL = re.compile(
    r"[ \t]+(?P<level>thôn|Thôn|bản|Bản|ấp|Ấp|buôn|Buôn|làng|Làng|xóm|Xóm|khóm|Khóm|khối|Khối"
    r"|tổ dân phố|Tổ dân phố|khu phố|Khu phố)[ \t]+"
    rf"(?P<name>(?:số[ \t]+)?\d+[A-Za-z]?(?![\w])"
    rf"|[{_UPPER}][\w']*(?:[ \t]+[{_UPPER}][\w']*){{0,3}})"
)
# (a dash, also an en dash, joins an area's places: "khu vực Tĩnh Gia – Nông Cống")
_UNIT_WORD = re.compile(r"(,[ \t]*)?([\w\-–]+)")
_STATION_NEXT = re.compile(rf"[ \t]*(,|và)[ \t]*(?:và[ \t]+)?(?=[{_UPPER}])")


def _stations(text: str, start: int, end: int) -> list[_Raw]:
    """The other border posts of a list after the first: "Các đồn biên phòng A, B, C",
    "Đồn Biên phòng A, B và C" (a list that "các" opens or "và" closes; a lone name after a
    comma is the post's address, "Đồn Biên phòng A, Kỳ Sơn")."""
    items: list[tuple[int, int]] = []
    closed = False
    pos = end
    while (joint := _STATION_NEXT.match(text, pos)) is not None:
        at = joint.end()
        run = _STATION_NAME.match(text, at)
        if run is None or _matcher().scan.match(text, at) or _level_at(text, at) is not None:
            break
        items.append((at, run.end()))
        pos = run.end()
        if joint.group(1) == "và":
            closed = True
            break
    plural = text[max(0, start - 4) : start].casefold() == "các "
    if not items or not (plural or closed):
        return []
    return [
        _Raw(a, b, "unit", "Đồn Biên phòng", name=f"Đồn Biên phòng {text[a:b]}") for a, b in items
    ]


# a post named after its border gate, in capitals or not: "Đồn Biên phòng cửa khẩu quốc tế Hữu
# Nghị", "Đồn Biên phòng Cửa khẩu cảng Hòn Gai", "Đồn Biên phòng CKQT Lao Bảo"
_STATION = re.compile(r"(?:[Cc]ửa khẩu(?: [Qq]uốc tế| [Qq]uốc gia| [Cc]ảng)? |CKQT |CKQG )?")
_FIELD_PHONG_CHONG = re.compile(r"Phòng[ \t]*,?[ \t]*chống(?![\w])")
# a department's name ends with the country's: "Cục Đăng kiểm Việt Nam sáp nhập vào …"
_COUNTRY_END = re.compile(r"[ \t](?:Việt Nam|VN)$")
# the lower-case words a comma goes on with inside a department's name: "Phòng, chống thiên
# tai", "Quản lý, giám sát bảo hiểm", "phòng cháy, chữa cháy và cứu nạn, cứu hộ"
_AFTER_COMMA = frozenset({"chống", "chữa", "cứu", "giám", "thống", "tìm", "kiểm"})
# words that end the name of a Cục / Tổng cục: prepositions, auxiliaries, common verbs' heads
# "thông tin" as a verb: before what is told, after a comma or colon
_INFORMS = re.compile(r"[ \t]+tin[ \t]*[,:]")
_UNIT_STOP = frozenset(
    {
        "về",
        "của",
        "tại",
        "ngày",
        "đã",
        "đang",
        "sẽ",
        "là",
        "được",
        "có",
        "cho",
        "với",
        "theo",
        "trong",
        "thuộc",
        "để",
        "và",
        "vừa",
        "cùng",
        "nhằm",
        "đến",
        "từ",
        "năm",
        "khi",
        "luôn",
        # what follows a name as its clause's verb or adverb, never inside one
        "trên",
        "bằng",
        "chưa",
        "cũng",
        "đều",
        "còn",
        "phải",
        "cần",
        "như",
        "do",
        "bị",
        "trao",
        "tặng",
        "ký",
        "thăm",
        "đón",
        "họp",
        "gửi",
        "nêu",
        "ra",
        "đạt",
    }
)
# words whose second syllable is a stop word elsewhere ("Tổng cục Hậu cần", "Cục Đăng ký …")
_FIRST_WORD = re.compile(r"\w+")
_COMPOUNDS = _word_set("hậu_cần đăng_ký thư_ký văn_bằng công_bằng tự_do thiết_bị trang_bị")


def _second_syllable(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the second syllable of a word with the one before it."""
    before = text[max(0, at - 12) : at].split()
    word = _FIRST_WORD.match(text, at)
    if not before or word is None:
        return False
    return f"{before[-1].casefold()}_{word.group().casefold()}" in _COMPOUNDS


# verbs of two syllables that follow a department's name ("Cục Thuế thông báo …")
_UNIT_STOP_VERBS = frozenset(
    {
        # attending ("Cục Cảnh sát kinh tế dự hội nghị"), not "dự án", "dự toán", "dự trữ"
        "dự hội",
        "dự lễ",
        "dự buổi",
        "dự phiên",
        "dự lớp",
        "dự cuộc",
        "dự đại",
        "dự kỳ",
        "dự họp",
        "dự tọa",
        "dự tập",
        "dự khai",
        "dự bế",
        "dự chương",
        "dự sự",
        "kiện toàn",
        "thông báo",
        "thông qua",
        "tổ chức",
        "ban hành",
        "phối hợp",
        "chủ trì",
        "đề nghị",
        "đề xuất",
        "yêu cầu",
        "hướng dẫn",
        "cho biết",
        "trực thuộc",
        "kiểm tra",
        "triển khai",
        "tiếp nhận",
        "khuyến nghị",
        "dự báo",
        "chuyển thành",
        "sáp nhập",
        "cấp cứu",
        "điều trị",
        "phẫu thuật",
        "xử lý",
        "phát hiện",
        "thực hiện",
        "cảnh báo",
        "khuyến cáo",
        "công bố",
        "chỉ đạo",
        "làm việc",
        "ra quân",
        "cưỡng chế",
        "cấp phép",
        "tăng cường",
        "đẩy mạnh",
        "tiến hành",
        "phát động",
        "tập huấn",
        "ký kết",
        "phê duyệt",
        "chấp thuận",
        "bắt giữ",
        "truy bắt",
        "khởi tố",
        "xác minh",
        "thu hồi",
        "thu giữ",
        "hoàn thành",
        "ghi nhận",
        "đánh giá",
        "khẳng định",
        "nhấn mạnh",
        "ra mắt",
        "khai trương",
        "vận động",
        "chúc mừng",
        "kiến nghị",
        "giải quyết",
        "tiếp tục",
        "bàn giao",
        "tham gia",
        "tham dự",
        "tham mưu",
        "tổng kết",
        "sơ kết",
        "báo cáo",
        "trả lời",
        "xử phạt",
        "tạm giữ",
        "triệt phá",
        "hỗ trợ",
        "cung cấp",
        "đôn đốc",
        "quyết định",
        "tuyên truyền",
        "phổ biến",
        "rà soát",
        "phát hành",
    }
)
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


# words after "Hội" that make no association: meetings, contests, fairs, halls, councils
_NOT_ASSOCIATION = _word_set(
    "nghị thi chợ trường diễn thao khỏe xuân làng đồng quán an lim gióng đền chùa đua báo sách",
    "hoa ngộ tụ viên trại vật",
)
# an association: its members or cause (a capitalised word, then at most eight words, no
# digits, no clause's words), its level word and place: "Hội Luật gia tỉnh X", "Hội Doanh
# nhân trẻ huyện Y"
# (its first word in lower case too, and a dash between peoples or fields: "Hội hữu nghị
# Việt - Lào tỉnh X", "Hội Văn học - Nghệ thuật tỉnh Y")
_ASSOCIATION = re.compile(
    r"(?P<cause>\w+(?:[ \t]+(?:[\w/]+|[-–])){0,8}?)[ \t]+(?=(?:tỉnh|thành phố|huyện|quận"
    r"|thị xã|xã|phường|thị trấn)(?:[ \t]|[,.;:)]|$))"
)


def _parse_association(text: str, start: int, pos: int, head: str = "Hội") -> list[_Raw]:
    """An association named by its members or cause, with its level and place; not "Hội" in
    a place's name ("xã Hội Phú", "Lịch Hội Thượng") nor a meeting or contest ("Hội nghị")."""
    before = text[max(0, start - 12) : start].split()
    if before and (
        before[-1].casefold() in _LEVEL_WORDS
        or (before[-1][:1].isupper() and before[-1][-1:].isalpha())  # (not "…, Hội", ". Hội")
        or before[-1] in _FEATURE_NOUNS  # "đê Hội Thống", "chợ Hội Hợp": a work's name
    ):
        return []
    match = _ASSOCIATION.match(text, pos)
    if match is None or match.group("cause").split()[0].casefold() in _NOT_ASSOCIATION:
        return []
    words = match.group("cause").split()
    if any(ch.isdigit() for ch in match.group("cause")) or not any(w[0].islower() for w in words):
        return []  # a place's or a festival's proper name: "làng Hội Phú xã X", "Hội Yên Tử"
    if any(w in _VILLAGE_WORDS for w in words):
        return []  # "Hội Vật làng Mai Động": a village's festival
    if "ở" in words:
        return []  # "… Hội Thống ở xã Xuân Hội": a name, then where it is
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}
    checked = " ".join(words).replace("nhỏ và vừa", "").split()  # "Doanh nghiệp nhỏ và vừa"
    if any(w in _UNIT_STOP and w != "và" for w in checked[1:]) or pairs & _UNIT_STOP_VERBS:
        return []  # a clause, not a cause: "Hội Doanh nhân trẻ trao quà cho học sinh xã X"
    lvl = _level_at(text, match.end())
    if lvl is None:
        return []
    place = _place_after(text, lvl)
    # "Hội Đông y và Hội Luật gia tỉnh X": each association of the province, the list their
    # mention
    causes = _MORE_ASSOCIATIONS.split(match.group("cause"))
    if place is None:
        if _CAPITAL_WORD.match(text, _skip_gap(text, lvl[1])):
            return []  # a place the gazetteer does not know
        # "Hội Luật gia tỉnh, Đoàn Luật sư tỉnh …": the association of that level, its place
        # resolved as a bare "UBND tỉnh" is
        return [
            _Raw(start, lvl[1], "body", f"{head} {cause[0].upper()}{cause[1:]}", level=lvl[0])
            for cause in causes
        ]
    return [
        _Raw(
            start,
            place.end,
            "unit",
            head,
            name=_SPACES.sub(" ", f"{head} {cause[0].upper()}{cause[1:]} {where}"),
        )
        for where in [_placed(lvl[0], place.name)]
        for cause in causes
    ]


# the works and sites named with a proper name that may begin with "Hội"
_FEATURE_NOUNS = frozenset(
    ["đê", "chợ", "cầu", "cống", "đình", "đền", "chùa", "làng", "bến", "đập", "hồ", "kênh"]
)
_MORE_ASSOCIATIONS = re.compile(r"\s*,\s*Hội\s+|\s+và\s+Hội\s+")
_LEVEL_WORDS = frozenset(["xã", "phường", "thị trấn", "huyện", "tỉnh", "thôn", "bản", "ấp"])
_VILLAGE_WORDS = frozenset(["làng", "thôn", "bản", "ấp", "xóm", "buôn", "phố"])
_NAMED_BY_TASK = (
    "Ban Chỉ đạo",
    "Ban Điều hành",
    "Trung tâm",
    "Ban Quản lý",
    "Đảng ủy Khối",
    "Đảng bộ Khối",
    "Công đoàn ngành",
    "Bệnh viện",
)
# units named by a district without its level word: "Trung tâm Y tế Hướng Hóa"
_BY_DISTRICT_ALONE = ("Trung tâm", "Ban Quản lý", "Bệnh viện")
# units whose level word with no place ends the name: "Trung tâm … tỉnh đề nghị"
_ENDED_BY_LEVEL = ("Trung tâm", "Ban Quản lý", "Đảng ủy Khối", "Bệnh viện", "Ban Chỉ đạo")


def _parse_unit(text: str, start: int, end: int, kind: Kind) -> list[_Raw]:
    raws = _parse_unit_as_written(text, start, end, kind)
    head = text[start:end]
    if head.isupper() and any(head.casefold() == form.casefold() for form in kind.forms):
        # "CỤC THUẾ TỈNH …", a header: named as in running text (not an abbreviation: "BCĐ")
        for raw in raws:
            if raw.name is not None:
                raw.name = _uncapped(raw.name, kind.name)
            if raw.role == "body":
                raw.kind = _uncapped(raw.kind, kind.name)
    return raws


def _placed(level: str, place: str) -> str:
    """A place with its level word, once: "xã Ba Lòng", but "Phường 6" (numbered units are
    named with theirs)."""
    return place if place.startswith(f"{level.capitalize()} ") else f"{level} {place}"


def _uncapped(name: str, head: str) -> str:
    """A unit's name read from capitals in the case of running text: the word after the
    head capitalised, the others in lower case but proper names ("Cục Thi hành án dân sự",
    "Kho bạc Nhà nước") and a place the name ends with ("Chi cục Hải quan cửa khẩu Lao Bảo",
    "… khu vực Đông Hà - Cam Lộ"); Roman numerals stay ("vùng IV"). Words not in capitals (a
    place the gazetteer spelt) stay."""
    if not name.startswith(f"{head} "):
        return name
    words = name[len(head) + 1 :].split(" ")
    proper = head == "Đồn Biên phòng"  # a post is named after its place
    cased = []
    for i, word in enumerate(words):
        if not word.isupper() or gazetteer.ROMAN_NUMERAL.fullmatch(word):
            cased.append(word)
        elif i == 0 or proper or word.capitalize() in _PROPER_IN_CAPITALS:
            cased.append(word.capitalize())
        else:
            cased.append(word.lower())
    return " ".join([head, *_placed_tail(cased)])


# words of bodies' names written with a capital in running text ("Kho bạc Nhà nước")
_PROPER_IN_CAPITALS = frozenset(["Việt", "Nam", "Hồ", "Chí", "Minh", "Trung", "Ương", "Nhà"])


def _placed_tail(words: list[str]) -> list[str]:
    """The words of a name with the place it ends with, which the gazetteer knows, in its case
    ("… cửa khẩu lao bảo" → "… cửa khẩu Lao Bảo"; each side of a dash)."""
    out = list(words)
    end = len(out)
    while end > 0:
        for size in (4, 3, 2):
            if end - size < 1:
                continue
            titled = [w.capitalize() for w in out[end - size : end]]
            if all(w[:1].isalpha() for w in titled) and gazetteer.load().lookup(" ".join(titled)):
                out[end - size : end] = titled
                end -= size
                break
        else:
            return out
        if end > 1 and out[end - 1] in ("-", "–"):
            end -= 1  # "Đông Hà - Cam Lộ": the place before the dash too
        else:
            return out
    return out


def _parse_unit_as_written(text: str, start: int, end: int, kind: Kind) -> list[_Raw]:
    pos = _skip_gap(text, end)
    if kind.name == "Đồn Biên phòng":
        station = _STATION.match(text, pos)
        pos2 = station.end() if station else pos
        run = _STATION_NAME.match(text, pos2)
        if run is None or run.group()[0].isdigit():
            return []
        name = f"{kind.name} {text[pos : run.end()]}"
        post = _Raw(start, run.end(), "unit", kind.name, name=name)
        return [post, *_stations(text, start, run.end())]
    if kind.name in ("Chi bộ", "Ban Công tác Mặt trận"):
        cell = _CELL.match(text, end)
        if cell is None:
            return []  # "Chi bộ Công an xã …", "Chi bộ Trường …": not a village's
        village_end = _village_end(text, cell.start("name"), cell.end())
        village = text[cell.start("name") : village_end]
        name = _SPACES.sub(" ", f"{kind.name} {cell.group('level').lower()} {village}")
        return [_Raw(start, village_end, "unit", kind.name, name=name)]
    if kind.name == "Trường":
        return _parse_school(text, start, end, kind)
    if kind.name in ("Hội", "Hiệp hội"):
        return _parse_association(text, start, pos, kind.name)
    if text[start:end] == "BCĐ":  # "BCĐ 57 tỉnh X", "BCĐ về phát triển … tỉnh Y"
        return _parse_named_by_task(text, start, pos, kind, "Ban Chỉ đạo")
    if kind.name == "Vườn quốc gia":
        park = _PARK_NAME.match(text, pos)
        if park is None or not (
            _PARK_ACTS.match(text, park.end())
            or _DIRECTOR_BEFORE.search(text, 0, start)
            or _PARK_AGENT.search(text, max(0, start - 4), start)
        ):
            return []  # "du khách đến Vườn quốc gia …": the park as a place
        name = _SPACES.sub(" ", f"{kind.name} {park.group()}")
        return [_Raw(start, park.end(), "unit", kind.name, name=name)]
    if kind.name == "Ban Quản lý":
        forest = _FOREST_BOARD.match(text, pos)
        if forest is not None:
            # a board of protection or special-use forest, a national park or a reserve, named
            # as written (after a river or an area, not a district's unit: no level goes in)
            task = _SPACES.sub(" ", forest.group("task"))
            task = _FOREST_TASKS.get(task.casefold(), task)
            name = _SPACES.sub(" ", f"Ban Quản lý {task} {forest.group('name')}")
            return [_Raw(start, forest.end(), "unit", kind.name, name=name)]
        zone = _parse_zone_board(text, start, pos, kind)
        if zone is not None:
            return zone
        project = _PROJECT_BOARD.match(text, pos)
        abbreviated = text[start:end] in ("Ban QLDA", "BQLDA")
        province = _place_at(text, project.start("id"), None) if project is not None else None
        if (
            project is not None
            and (abbreviated or project.group("project"))
            and not (province is not None and province.end == project.end())  # "… Hà Tĩnh"
            and _level_at(text, _skip_gap(text, project.end())) is None  # "… 2 tỉnh Quảng Trị"
        ):
            # a project board named by its number or a proper name: "Ban QLDA 85", "Ban Quản
            # lý dự án Mỹ Thuận" (the central ones)
            name = f"Ban Quản lý dự án {project.group('id')}"
            return [_Raw(start, project.end(), "unit", kind.name, name=name)]
        if text[start:end] == "BQL":
            return []  # "BQL dự án", "BQL chợ": no name to tell
    short = _UNIT_SHORT.get(text[start:end])
    if short is not None:
        return _parse_short_unit(text, start, pos, kind, short)
    if kind.name == "Ban Chỉ đạo":
        central = _parse_central_steering(text, start, pos)
        if central:
            return central
    if kind.name in _NAMED_BY_TASK:
        return _parse_named_by_task(text, start, pos, kind)
    # Cục / Tổng cục: a capitalised first word, then words up to a clause boundary or stop word
    first = _CAPITAL_WORD.match(text, pos)
    if first is None:
        return []
    stop = first.end()
    named = False  # an area's proper name came ("khu vực Vĩnh Linh"): a lower-case word ends it
    caps = text[start:end].isupper()  # a header in capitals: no case tells where a name ends
    for word in _UNIT_WORD.finditer(text, first.end()):
        if word.start(2) < stop:
            continue  # inside a joined sector's name
        if _COUNTRY_END.search(text, pos, stop):
            break  # "Cục Đường bộ Việt Nam quản lý …": the country's name ends a department's
        gap = text[stop : word.start()]
        joined = _JOINED_SECTOR.match(text, stop) if word.group(2) == "và" else None
        if (
            joined is not None
            and _body_begins(text, _skip_gap(text, word.end(2)))
            and not _FIELD_PHONG_CHONG.match(text, _skip_gap(text, word.end(2)))
        ):
            joined = None  # "Chi cục Hải quan … và Đồn Biên phòng …": another body
        if joined is not None and not gap.strip(" \t,") and not word.group(1):
            # "Chi cục Chăn nuôi và Thú y", "Cục Trồng trọt và Bảo vệ thực vật": one sector
            stop = joined.end()
            continue
        if word.group(2) in ("các", "những") and _level_at(text, _skip_gap(text, word.end(2))):
            return []  # "Cục QLTT các tỉnh": one such department in every province, none named
        merit = _merit_end(text, stop) if word.group(2) == "có" else None
        if merit is not None:
            stop = merit  # "Cục Người có công": one term
            continue
        field = (
            _POLICE_FIELD.match(text, word.start(2))
            if word.group(2) == "về" and not gap.strip() and "Cảnh sát" in text[pos:stop]
            else None
        )
        if field is not None:
            stop = field.end()  # "Cục Cảnh sát quản lý hành chính về trật tự xã hội": its end
            break
        stop_word = word.group(2) in _UNIT_STOP and not _second_syllable(text, word.start(2))
        if gap.strip(" \t,") or stop_word or _level_at(text, word.start(2)):
            break
        area = _AREA.match(text, word.start(2))
        if area is not None:  # "Chi cục Kiểm lâm vùng IV", "Chi cục Thuế khu vực XV": its end
            stop = area.end()
            break
        if named and word.group(2)[0].islower():
            break  # "Chi cục Thuế khu vực Vĩnh Linh - Gio Linh tăng cường …": the verb
        follower = _NEXT_WORD.match(text, word.end())
        if follower and f"{word.group(2)} {follower.group(1)}" in _UNIT_STOP_VERBS:
            break
        if follower and word.group(2) == "thông" and _INFORMS.match(text, word.end()):
            break  # "Cục Hải quan thông tin, …" (not "Cục Công nghệ thông tin")
        listed = (
            _LISTED_SECTORS.match(text, stop)
            if word.group(1) and word.group(2)[0].isupper() and not caps
            else None
        )
        if listed is not None and not _body_begins(text, word.start(2)):
            stop = listed.end()  # "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh X": one name
            continue
        if word.group(1) and not word.group(2)[0].islower() and not (
            caps and not _body_begins(text, word.start(2))
        ):
            break  # (in capitals a comma goes on inside the name: "CỤC PHÒNG, CHỐNG …")
        if word.group(1) and word.group(2)[0].islower() and word.group(2) not in _AFTER_COMMA:
            break  # "Theo Tổng cục Thống kê, tính đến …": the clause goes on
        if word.group(2)[0].isupper() and not named and not caps:
            province = _place_at(text, word.start(2), None)
            if province is not None and province.level is not None:
                # "Cục Thuế Quảng Trị": the province without its level word
                name = _SPACES.sub(" ", f"{kind.name} {text[pos:stop]}")
                return [
                    _Raw(start, province.end, "body", name, level=province.level,
                         place=province.name)
                ]
            if _DOCUMENT_TYPE.match(text, word.start(2)):
                break  # "Cục Kiểm lâm Quyết định số …": a document, no word of its name
        named = named or (
            word.group(2)[0].isupper() and _AREA_WORD.search(text, first.end(), word.start(2))
            is not None
        )
        stop = word.end()
        if stop - pos > 80:
            break
    written = text[pos:stop].rstrip(" \t-–")  # "Cục Kiểm tra VBQPPL - Bộ Tư pháp": its body
    if _BARE_AREA.search(written):
        return []  # "Chi cục Thuế khu vực chỉ đạo …": which region's, the text said before
    stop = pos + len(written)
    # (a sector written in letters: "Cục THADS" is "Cục Thi hành án dân sự")
    name = _SPACES.sub(" ", f"{kind.name} {_UNIT_SECTORS.get(written, written)}")
    name = _FIELD_LETTERS.sub(lambda m: _FIELDS[m.group()], name)  # "… và BVTV": its words
    if name.endswith(" VN"):
        name = name[:-2] + "Việt Nam"  # "Tổng cục Đường bộ VN"
    lvl = _level_at(text, _skip_gap(text, stop))
    if lvl is not None:  # "Cục Thuế tỉnh Quảng Trị", "Cục Thống kê tỉnh": a body of that level
        raw = _Raw(start, lvl[1], "body", name, level=lvl[0])
        place = _place_after(text, lvl)
        if place is not None:
            more = _level_list(text, place, lvl[0], DISTRICT_LEVELS + COMMUNE_LEVELS)
            if more:  # "Chi cục Thuế huyện A, huyện B": one body of each
                end = more[-1][1].end
                return [
                    _Raw(start, end, "body", name, level=level, place=p.name)
                    for level, p in [(lvl[0], place), *more]
                ]
            raw.place, raw.end = place.name, place.end
        return [raw]
    if (
        kind.name == "Chi cục"
        and not named
        and not _NOT_A_DEPARTMENTS.match(written)
        and not _AREA_WORD.search(written)  # "Chi cục Kiểm ngư Vùng III": a region's
    ):
        # a department's sub-department named bare ("Chi cục Thủy sản", "Chi cục Kiểm lâm") is
        # a province's, resolved as a bare "Sở …" is: the article's province
        return [_Raw(start, stop, "body", name)]
    return [_Raw(start, stop, "unit", kind.name, name=name)]


# a national park's name; what it does as a body after it; its director's title before it
_PARK_NAME = re.compile(rf"{_NAME_RUN}(?:[ \t]*[-–][ \t]*{_NAME_RUN})?")
_PARK_ACTS = re.compile(
    r"[ \t]*(?:đã|vừa|đang|sẽ|cũng|phối[ \t]+hợp|tổ[ \t]+chức|cho[ \t]+biết|ban[ \t]+hành"
    r"|ký|triển[ \t]+khai|tiếp[ \t]+nhận|thông[ \t]+báo|kiến[ \t]+nghị|đề[ \t]+nghị"
    r"|chủ[ \t]+trì|cứu[ \t]+hộ|tái[ \t]+thả|thả|quản[ \t]+lý|tuần[ \t]+tra|kiểm[ \t]+tra"
    r"|xử[ \t]+lý|phát[ \t]+hiện|bắt[ \t]+giữ|lập[ \t]+biên[ \t]+bản)(?![\w])"
)
# a park's body as the agent of a passive act: "… do Vườn quốc gia X quản lý"
_PARK_AGENT = re.compile(r"(?<![\w])do[ \t]+$")
_DIRECTOR_BEFORE = re.compile(r"(?:Giám[ \t]+đốc|Lãnh[ \t]+đạo|lãnh[ \t]+đạo)[ \t]+$")
# what a forest or site board manages, then the name it is known by
# a forest's name, after a river or a lake in lower case ("Nam sông Mã", "đầu nguồn sông Đà",
# "lưu vực hồ Trị An")
_RIVER = r"(?:sông|hồ|suối|núi)[ \t]+"
_FOREST_NAME = (
    rf"(?:(?:(?:đầu[ \t]+nguồn|ven[ \t]+biển|lưu[ \t]+vực)[ \t]+)?{_RIVER})?{_NAME_RUN}"
    rf"(?:[ \t]+{_RIVER}{_NAME_RUN})?"
)
_FOREST_BOARD = re.compile(
    rf"(?P<task>[Rr]ừng[ \t]+phòng[ \t]+hộ|[Rr]ừng[ \t]+đặc[ \t]+dụng|RPH|RĐD"
    rf"|[Vv]ườn[ \t]+[Qq]uốc[ \t]+[Gg]ia|VQG"
    rf"|[Kk]hu[ \t]+[Bb]ảo[ \t]+tồn(?:[ \t]+[Tt]hiên[ \t]+[Nn]hiên)?"
    # a tourist site or a monument: "Ban Quản lý Khu du lịch quốc gia Mũi Né", "… Khu di tích
    # Côn Sơn - Kiếp Bạc", "… Vịnh Hạ Long", "… Quần thể danh thắng Tràng An"
    rf"|Khu[ \t]+du[ \t]+lịch(?:[ \t]+quốc[ \t]+gia)?|Khu[ \t]+di[ \t]+tích(?:[ \t]+lịch[ \t]+sử)?"
    rf"|Vịnh|Quần[ \t]+thể[ \t]+danh[ \t]+thắng|Quần[ \t]+thể[ \t]+di[ \t]+tích)"
    rf"[ \t]+(?P<name>{_FOREST_NAME}(?:[ \t]*[-–][ \t]*{_FOREST_NAME})?)"
)
_FOREST_TASKS = {  # (written in any case)
    "rừng phòng hộ": "rừng phòng hộ",
    "rph": "rừng phòng hộ",
    "rừng đặc dụng": "rừng đặc dụng",
    "rđd": "rừng đặc dụng",
    "vườn quốc gia": "Vườn quốc gia",
    "vqg": "Vườn quốc gia",
    "khu bảo tồn thiên nhiên": "Khu bảo tồn thiên nhiên",
    "khu bảo tồn": "Khu bảo tồn",
}
# fields written in letters inside a unit's name ("Chi cục Trồng trọt và BVTV", "Chi cục KL")
_FIELDS = {
    "BVTV": "Bảo vệ thực vật",
    "PTNT": "Phát triển nông thôn",
    "KL": "Kiểm lâm",
    "QLCL": "Quản lý chất lượng",
    "ATVSTP": "An toàn vệ sinh thực phẩm",
    "QLHC": "quản lý hành chính",  # (a police department's field: "Cục Cảnh sát QLHC về TTXH")
    "TTXH": "trật tự xã hội",
}
# what a police department deals with, after "về": "Cục Cảnh sát điều tra tội phạm về tham
# nhũng, kinh tế, buôn lậu", "… quản lý hành chính về trật tự xã hội"
_POLICE_FIELD_WORDS = (
    r"(?:trật[ \t]+tự[ \t]+xã[ \t]+hội|TTXH|ma[ \t]+túy|kinh[ \t]+tế|tham[ \t]+nhũng"
    r"|buôn[ \t]+lậu|môi[ \t]+trường)(?![\w])"
)
_POLICE_FIELD = re.compile(
    rf"về[ \t]+{_POLICE_FIELD_WORDS}(?:[ \t]*(?:,|và)[ \t]*{_POLICE_FIELD_WORDS})*"
)
_FIELD_LETTERS = re.compile(r"(?<![\w])(?:" + "|".join(_FIELDS) + r")(?![\w])")
# the branches of central agencies, which are named by their district or area ("Chi cục
# Thuế khu vực …", "Chi cục Hải quan cửa khẩu …"), not a province's departments' units
_NOT_A_DEPARTMENTS = re.compile(
    r"(?:Thuế|Hải quan|Thi hành án|THADS|Dự trữ|Thống kê|Kiểm lâm vùng|Thú y vùng)(?![\w])"
)
# sectors a comma lists in one name, the last after "và", before the level word of its place:
# "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Hòa Bình"
_SECTOR_WORDS = rf"[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_LOWER}]+){{0,3}}"
_LISTED_SECTORS = re.compile(
    rf"(?:[ \t]*,[ \t]*{_SECTOR_WORDS})+[ \t]+và[ \t]+{_SECTOR_WORDS}"
    r"(?=[ \t]+(?:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã)[ \t])"
)


_DOCUMENT_TYPE = re.compile(
    r"(?:Quyết định|Nghị quyết|Nghị định|Công văn|Kế hoạch|Thông báo|Thông tư|Chỉ thị|Hướng dẫn"
    r"|Báo cáo|Tờ trình|Công điện|Kết luận|Văn bản)[ \t]+(?:số|Số|\d)"  # not "Kế hoạch hóa"
)
_BARE_AREA = re.compile(r"(?<![\w])(?:khu vực|vùng)$", re.IGNORECASE)
_AREA = re.compile(
    r"(?:vùng|khu vực|Vùng|Khu vực)[ \t]+(?:số[ \t]+)?(?:[IVXL]{1,6}|\d{1,2})(?![\w])"
)
_AREA_WORD = re.compile(r"(?:khu vực|cửa khẩu|vùng)[ \t]", re.IGNORECASE)
# "và" and a capitalised sector word that no body's kind opens: the sector's name goes on
_JOINED_SECTOR = re.compile(
    # ("… và Phòng, chống thiên tai", "… và Phòng chống thiên tai" go on: a field, not an
    # office; so do a field's letters: "Cục Cảnh sát PCCC và CNCH")
    rf"[ \t]+và[ \t]+(?:(?:CNCH|TKCN|PCTT)(?![\w])|"
    rf"(?!(?:Sở|Cục|Chi|Tổng|Bộ|Ban|Phòng(?![ \t]*,?[ \t]*chống)|Trung|Văn|Viện|Hội"
    rf"|Đoàn|Ủy|Uỷ|Hạt"
    rf"|Kho|Công|Bệnh|Trường|Tòa|Thanh|Liên|Đảng|Mặt|Ngân|Bảo[ \t]+hiểm|Quản[ \t]+lý|Đồn|Đội|Trạm"
    rf"|Quỹ|Kiểm[ \t]+toán|Lực[ \t]+lượng|Cảnh[ \t]+sát|Hải[ \t]+quan|Hạt)(?![\w]))"
    rf"[{_UPPER}][{_LOWER}]+"
    # a field's letters before the level word of the place: "Chi cục Trồng trọt và BVTV tỉnh X"
    rf"|(?!(?:UBND|HĐND|MTTQ|BCH|BTV|LĐLĐ|BHXH|VKSND|TAND|BCHQS|BĐBP|CA)(?![\w]))"
    rf"[{_UPPER}]{{2,6}}(?=[ \t]+(?:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã)[ \t]))"
    rf"(?![\w])"
)
_CLAUSE_WORD = re.compile(r"[ \t]*(,?)[ \t]*([\w&-]+)")
_MERIT = re.compile(r"[ \t]+có[ \t]+công(?![\w])")


def _merit_end(text: str, stop: int) -> int | None:
    """Where "có công" after "người" ends, from ``stop``: "người có công" is one term of a
    name ("Cục Người có công"), not the verb "có" ending it; None elsewhere."""
    merit = _MERIT.match(text, stop)
    if merit is None or not text[max(0, stop - 8) : stop].rstrip().endswith(("người", "Người")):
        return None
    return merit.end()
_CLAUSE_END = re.compile(r"[ \t]*(?:[;\n]|\.(?:\s|$)|$)")


# the tasks of public centres, written in lower case after "Trung tâm"
_PUBLIC_TASK = re.compile(
    r"(?:phục vụ hành chính công|y tế|văn hóa|giáo dục nghề nghiệp|giáo dục thường xuyên"
    r"|chính trị|khuyến nông|dịch vụ việc làm|dịch vụ nông nghiệp|kiểm soát bệnh tật"
    r"|phát triển quỹ đất|trợ giúp pháp lý|công nghệ thông tin|truyền thông|nước sạch"
    r"|bảo trợ xã hội|công tác xã hội|quan trắc)(?![\w])"
)


_DIGIT_NEXT = re.compile(r"[ \t]*\d")
_UNDER = re.compile(r"[ \t]+(?:trực[ \t]+)?thuộc[ \t]+")
# words that end a task's name before a place came ("… trực thuộc Sở X", "… của tỉnh")
_TASK_STOP = frozenset(
    ["ngày", "số", "về", "tại", "đã", "đang", "sẽ", "thuộc", "trực", "của", "là", "được", "có"]
)


# departments' sectors written in letters
_UNIT_SECTORS = {
    "THADS": "Thi hành án dân sự",
    "QLTT": "Quản lý thị trường",
    "CSGT": "Cảnh sát giao thông",
    "TNMT": "Tài nguyên và Môi trường",
}
# abbreviated units and what they stand for, head and task
_UNIT_SHORT = {
    "TTYT": "Trung tâm Y tế",
    "TTPTQĐ": "Trung tâm Phát triển quỹ đất",
    "TTKSBT": "Trung tâm Kiểm soát bệnh tật",
    "CDC": "Trung tâm Kiểm soát bệnh tật",  # its English initials: "CDC Bình Dương", "CDC tỉnh"
    "BQLDA": "Ban Quản lý dự án",
    "Ban QLDA": "Ban Quản lý dự án",
    "BVĐK": "Bệnh viện Đa khoa",
    "TTDVVL": "Trung tâm Dịch vụ việc làm",
}


# a project board's number or proper name, after "Ban Quản lý dự án" / "Ban QLDA": "85", "Mỹ
# Thuận", "Thăng Long" (not a task: "Đầu tư xây dựng …", "Giao thông tỉnh …", nor a place with
# its level word after it)
_PROJECT_BOARD = re.compile(
    rf"[ \t]*(?P<project>dự án[ \t]+)?(?P<id>\d{{1,3}}(?![\w/]|[.,]\d)"
    rf"|(?!(?:Đầu|Xây|Phát|Giao|Nông|Dân|Công|Hạ|Khu|Các|Thủy|Thuỷ|Đường|Điện|Quản|Trọng|Chuyên"
    rf"|Nước|Môi|Văn|Y|Giáo)(?![\w]))"
    rf"[{_UPPER}][{_LOWER}]\w*(?:[ \t]+[{_UPPER}][{_LOWER}]\w*){{1,2}}"
    rf"(?![ \t]+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|[{_UPPER}])(?![\w])))"
)
# the zones a management board runs, as written and in full: "Khu kinh tế Vân Phong", "các KCN
# tỉnh Hưng Yên", "KKT Đông Nam Nghệ An", "Khu công nghệ cao Hòa Lạc"
_ZONE_HEAD = re.compile(
    r"(?P<many>các[ \t]+)?(?P<zone>Khu kinh tế(?:[ \t]+(?:cửa khẩu|ven biển))?|Khu công nghệ cao"
    r"|Khu công nghiệp|Khu chế xuất|(?<=các )(?:khu công nghiệp|khu chế xuất)|KKT|KCN|KCNC|KCX)"
    r"(?![\w])"
)
_ZONE_WORDS = {
    "KKT": "Khu kinh tế",
    "KCN": "Khu công nghiệp",
    "KCNC": "Khu công nghệ cao",
    "KCX": "Khu chế xuất",
}
# "… Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa": the board of both
_AND_ZONES = re.compile(r"[ \t]+và[ \t]+các[ \t]+(?:[Kk]hu công nghiệp|KCN)(?![\w])")


def _parse_zone_board(
    text: str, start: int, pos: int, kind: Kind, body: str = "Ban Quản lý"
) -> list[_Raw] | None:
    """The board of an economic, industrial or high-tech zone: "Ban Quản lý Khu kinh tế Vân
    Phong" (the zone's own name, as written), "BQL các KCN Bắc Giang" (a province's zones:
    "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang"); None when no zone follows. ``body``
    names another body of the zone: "Đảng ủy Khu kinh tế tỉnh Hà Tĩnh"."""
    head = _ZONE_HEAD.match(text, pos)
    if head is None:
        return None
    zone = _ZONE_WORDS.get(head.group("zone"), head.group("zone"))
    if head.group("many"):
        zone = "các " + zone.lower()
    name = f"{body} {zone}"
    at = _skip_gap(text, head.end())
    lvl = _level_at(text, at)
    if lvl is not None:
        place = _place_after(text, lvl)
        if place is None:
            return [_Raw(start, lvl[1], "body", name, level=lvl[0])]
        full = f"{name} {_placed(lvl[0], place.name)}"
        return [_Raw(start, place.end, "unit", kind.name, name=full)]
    run = _RUN_RE.match(text, at)
    if run is None:
        return None  # "Ban Quản lý các khu chế xuất và công nghiệp …": named as written
    province = _place_at(text, at, None)
    end = at + len(run.group())
    if province is not None and province.level is not None and province.end == end:
        # a province's own zones: "BQL các KCN Bắc Giang", "BQL KKT Hà Tĩnh"
        full = f"{name} {_placed(province.level, province.name)}"
        return [_Raw(start, province.end, "unit", kind.name, name=full)]
    full = f"{name} {run.group()}"
    more = _AND_ZONES.match(text, end)
    if more is not None:
        at = _skip_gap(text, more.end())
        comma = _COMMA_GAP.match(text, at)  # (its province after a comma: "…, tỉnh Thanh Hóa")
        lvl = _level_at(text, comma.end() if comma else at)
        if lvl is None and comma is not None:
            place = None
        else:
            place = _place_after(text, lvl) if lvl is not None else _place_at(text, at, None)
        level = lvl[0] if lvl is not None else place.level if place is not None else None
        if place is not None and level is not None:
            # (a province without its level word takes it: "… và các Khu công nghiệp Quảng Ngãi")
            full += f" và các khu công nghiệp {_placed(level, place.name)}"
            end = place.end
        else:
            full += " và các khu công nghiệp"  # "Ban Quản lý KKT Nghi Sơn và các KCN"
            end = more.end()
    return [_Raw(start, end, "unit", kind.name, name=_SPACES.sub(" ", full))]


def _parse_short_unit(text: str, start: int, pos: int, kind: Kind, short: str) -> list[_Raw]:
    """An abbreviated unit named in full, with the level word (and place) or the province
    written right after it ("TTYT huyện Đakrông", "BVĐK tỉnh", "BVĐK Hà Tĩnh"), or a task the
    abbreviation leaves open ("BQLDA đầu tư xây dựng huyện Mê Linh"). Else none can be told
    ("Đại diện TTYT, UBND huyện …", "TTYT các huyện")."""
    if short.endswith("dự án") and not _level_at(text, pos):
        return _parse_named_by_task(text, start, pos, kind, short)
    lvl = _level_at(text, pos)
    if lvl is not None:
        place = _place_after(text, lvl)
        if place is not None:
            name = f"{short} {_placed(lvl[0], place.name)}"
            return [_Raw(start, place.end, "unit", kind.name, name=name)]
        return [_Raw(start, lvl[1], "body", short, level=lvl[0])]
    plural = _PLURAL_RE.match(text, pos)
    counted = _level_at(text, plural.end()) if plural is not None else None
    if counted is not None:  # "TTYT các huyện A, B": one of each
        return _units_listed(text, start, counted, kind, short)
    province = _place_at(text, pos, None)
    if province is not None and pos > start:
        name = f"{short} {province.level or 'tỉnh'} {province.name}"
        return [_Raw(start, province.end, "unit", kind.name, name=name)]
    area = _SHORT_AREA.match(text, pos)
    if area is not None:  # "TTYT khu vực Gio Linh", "BVĐK khu vực Triệu Hải": named so
        return [_Raw(start, area.end(), "unit", kind.name, name=f"{short} {area.group()}")]
    return []


def _units_listed(
    text: str, start: int, lvl: tuple[str, int], kind: Kind, base: str
) -> list[_Raw]:
    """One named unit of each place listed after a plural level word: "Trung tâm Y tế các
    huyện A, B và C" → the centres of huyện A, B and C."""
    first = _place_after(text, lvl)
    if first is None:
        return []
    base = _TASK_LETTERS.sub(lambda m: _TASKS_IN_LETTERS[m.group()], base)
    hits = [(lvl[0], first), *_level_list(text, first, lvl[0], (lvl[0],), written=False)]
    return [
        _Raw(start, hits[-1][1].end, "unit", kind.name, name=f"{base} {_placed(level, hit.name)}")
        for level, hit in hits
    ]


_SHORT_AREA = re.compile(rf"khu vực[ \t]+{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}")


# a steering committee of the centre or of a region, whose name has no place after it
_CENTRAL_STEERING = re.compile(
    r"(?:\d+[ \t]+)?(?:Trung ương|[Qq]uốc gia)(?![\w])|(?:Tây Nguyên|Tây Bắc|Tây Nam [Bb]ộ)(?![\w])"
)
# (a document's number may be in its task: "… tổng kết Nghị quyết số 18-NQ/TW")
_STEERING_WORD = re.compile(r"[ \t]*(,?)[ \t]*([\w&/-]+)")
# words after a comma that go on a task's name ("phòng, chống tham nhũng, tiêu cực")
_TASK_AFTER_COMMA = _word_set("chống lãng tiêu chữa cứu")
# verbs after a steering committee's name, none of its task
_STEERING_STOP = _word_set("họp giao đưa nghe bàn xem khảo thống quán")
# words of a steering committee's task that end other units' names
_STEERING_TASKS = frozenset(
    ["thực hiện", "tổ chức", "triển khai", "xử lý", "phối hợp", "tổng kết", "sơ kết"]
)


def _parse_central_steering(text: str, start: int, pos: int) -> list[_Raw]:
    """A central or regional steering committee, named as written up to its clause's verb:
    "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "Ban Chỉ đạo 389 quốc
    gia", "Ban Chỉ đạo Tây Nguyên"."""
    central = _CENTRAL_STEERING.match(text, pos)
    if central is None:
        return []
    stop, subject = central.end(), False
    for count, word in enumerate(_STEERING_WORD.finditer(text, stop)):
        if word.start() != stop or count > 14:
            break
        token = word.group(2)
        follower = _NEXT_WORD.match(text, word.end())
        pair = f"{token} {follower.group(1)}" if follower else ""
        if word.group(1) and (
            token not in _TASK_AFTER_COMMA
            if not subject
            else not token[0].islower() or token in _UNIT_STOP or token in ("các", "những")
        ):
            break  # after "về" its subjects are listed: "về phát triển khoa học, công nghệ …"
        listed = (  # "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
            subject
            and token == "và"
            and follower is not None
            and follower.group(1)[0].islower()
            and follower.group(1) not in ("các", "những")
        )
        if (
            token in _UNIT_STOP and not (token == "về" and count == 0) and not listed
        ) or token in _STEERING_STOP:
            break
        if token != "về" and text[pos:stop].endswith("quốc gia"):
            break  # "Ban Chỉ đạo 389 quốc gia kiện toàn …": a national body's name ends there
        subject = subject or token == "về"
        after = _NEXT_WORD.match(text, follower.end()) if follower else None
        if (pair in _UNIT_STOP_VERBS or pair == "thông tin") and (
            pair not in _STEERING_TASKS or after is None or not after.group(1)[0].isupper()
        ):
            break  # (its task is named after the verb: "… thực hiện Quy chế dân chủ …")
        if _level_at(text, word.start(2)) or (token[0].isupper() and _body_begins(
            text, word.start(2)
        )):
            break
        stop = word.end()
    name = _SPACES.sub(" ", f"Ban Chỉ đạo {text[pos:stop]}")
    return [_Raw(start, stop, "unit", "Ban Chỉ đạo", name=name)]


# a steering committee's task of several fields, listed with commas and "và", up to its level
# and place: "Ban Chỉ đạo [về] phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
# tỉnh X" (no clause in it: "Ban Chỉ đạo đã họp với UBND tỉnh X" names none)
_STEERING_TASK = re.compile(
    rf"[ \t]*(?P<task>(?:về[ \t]+)?[{_LOWER}][^.;:()\n\d]{{2,160}}?(?:[ \t]+\d{{2,3}})?)[ \t]+"
    r"(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)[ \t])"
)
_CLAUSE_IN_TASK = re.compile(
    r"(?<![\w])(?:đã|vừa|sẽ|đang|được|với|của|cho|ban hành|tổ chức|yêu cầu|chỉ đạo|làm việc|họp"
    r"|UBND|HĐND|Sở|Ban|Ủy|Tỉnh|Huyện)(?![\w])"
)


def _long_steering(text: str, start: int, pos: int) -> list[_Raw]:
    """A steering committee named by a task of several fields (see _STEERING_TASK)."""
    if _level_at(text, pos) is not None:
        return []  # "BCĐ tỉnh, tập trung xử lý … ở các huyện X": no task, a clause after it
    task = _STEERING_TASK.match(text, pos)
    if task is None or ("," not in task.group("task") and " và " not in task.group("task")):
        return []  # (a task of one field: the general parse)
    if _CLAUSE_IN_TASK.search(task.group("task")):
        return []
    lvl = _level_at(text, task.end())
    if lvl is None:
        return []
    place = _place_after(text, lvl)
    if place is None:
        return []
    name = _SPACES.sub(" ", f"Ban Chỉ đạo {task.group('task')} {_placed(lvl[0], place.name)}")
    return [_Raw(start, place.end, "unit", "Ban Chỉ đạo", name=name)]


# a steering committee's task after "về", up to its level word and place
_ABOUT = re.compile(r"[ \t]+về[ \t]")
# a province's department ("Sở …", "Sở KH&CN"), whose units name it after them
_DEPARTMENT_HEAD = re.compile(r"Sở(?![\w])")
_ABOUT_TO_PLACE = re.compile(
    rf"(?:,?[ \t]+(?!(?:tỉnh|thành|huyện|quận|thị|xã|phường|đặc)(?![\w]))[\w&-]+){{1,12}}?"
    rf"[ \t]+(?:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã|xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)"
    rf"[ \t]+[{_UPPER}]"
)
# a steering committee's task written after its level word: "BCĐ tỉnh về …", "BCĐ tỉnh phòng,
# chống thiên tai …"
_TASK_AFTER_LEVEL = re.compile(
    r"[ \t]+(?:về|phòng|chống|phát[ \t]+triển|xây[ \t]+dựng|chuyển[ \t]+đổi|giảm[ \t]+nghèo"
    r"|thực[ \t]+hiện|sắp[ \t]+xếp|(?:các[ \t]+)?chương[ \t]+trình|CTMTQG|[A-ZĐ]{2,})(?![\w])"
)


# a unit's task written in letters, in full in its name: "Trung tâm PVHCC xã X"
_TASKS_IN_LETTERS = {
    "PVHCC": "Phục vụ hành chính công",
    "PTQĐ": "Phát triển quỹ đất",
    "KSBT": "Kiểm soát bệnh tật",
    "ĐTXD": "đầu tư xây dựng",
    "CĐS": "chuyển đổi số",
    "DVNN": "Dịch vụ nông nghiệp",
    "GDNN-GDTX": "Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    "GDNN - GDTX": "Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    "GDNN": "Giáo dục nghề nghiệp",
    "GDTX": "Giáo dục thường xuyên",
    "CTMTQG": "chương trình mục tiêu quốc gia",
    "MTQG": "mục tiêu quốc gia",
    "DVVL": "Dịch vụ việc làm",
    "VSATTP": "vệ sinh an toàn thực phẩm",
    "ATTP": "an toàn thực phẩm",
}
_TASK_LETTERS = re.compile(r"(?<![\w])(?:" + "|".join(_TASKS_IN_LETTERS) + r")(?![\w])")


def _parse_named_by_task(
    text: str, start: int, pos: int, kind: Kind, short: str | None = None
) -> list[_Raw]:
    """A unit named by its task and ending in its place: "Ban Chỉ đạo phòng, chống dịch tỉnh X",
    "Trung tâm Y tế huyện Y"; a steering committee also as the issuer closing a citation:
    "… ngày 15/4/2025 của Ban Chỉ đạo …;"."""
    if kind.name == "Ban Chỉ đạo":
        steering = _long_steering(text, start, pos)
        if steering:
            return steering
    # "Trung tâm phục vụ hành chính công xã X": a task written in lower case names a centre
    # only with its level and place soon after (named with the task's first word capitalised)
    if kind.name == "Trung tâm" and text[max(0, start - 8) : start].casefold().endswith("đa khoa "):
        return []  # "Bệnh viện Đa khoa Trung tâm Tiền Giang": a hospital's name
    lower = short is None and kind.name == "Trung tâm" and not _CAPITAL_WORD.match(text, pos)
    if lower and not _PUBLIC_TASK.match(text, pos):
        return []  # "Trung tâm thương mại …": a shopping centre
    if kind.name == "Bệnh viện":
        central = _CENTRAL_HOSPITAL.match(text, pos)
        if central is not None and set(central.group("what").casefold().split()) <= _SPECIALTY:
            # "Bệnh viện Nhi Trung ương", "Bệnh viện Y học cổ truyền Trung ương": a national
            # hospital, named by its specialty and "Trung ương" (a city after it is handled
            # below: "Bệnh viện Đa khoa Trung ương Cần Thơ")
            end = central.end()
            return [_Raw(start, end, "unit", kind.name, name=_SPACES.sub(" ", text[start:end]))]
        named = _HOSPITAL_NAME.match(text, pos)
        if (
            named is not None
            and _place_at(text, pos, None) is None
            and not set(named.group("name").casefold().split()) <= _HOSPITAL_WORDS
        ):
            # a hospital named as a proper name: "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy"
            end = named.end("name")
            return [_Raw(start, end, "unit", kind.name, name=_SPACES.sub(" ", text[start:end]))]
    stop, words = pos, 0
    issuer = kind.name == "Ban Chỉ đạo" and text[max(0, start - 4) : start] == "của "
    # the name as the kind spells it ("Đảng ủy khối …" → "Đảng ủy Khối …"), then as written
    head = kind.name if text[start:pos].strip().casefold() == kind.name.casefold() else None
    if short is not None:
        head = short
    while words < 16:
        gap = _skip_gap(text, stop)
        lvl = _level_at(text, gap) if words or short is not None else None
        if lvl is not None and text[pos:stop].rstrip().endswith(" các") and not lower:
            # "Trung tâm Y tế các huyện Mường Tè, Sìn Hồ": one centre of each unit listed
            base = (f"{head} {text[pos:stop]}" if head else text[start:stop]).rstrip()[:-4]
            return _units_listed(text, start, lvl, kind, base)
        if (
            lvl is not None
            and kind.name == "Ban Chỉ đạo"
            and (" " + text[pos:stop].rstrip()).endswith(" cấp")
            and _ABOUT.match(text, lvl[1])
        ):
            # "Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng … tỉnh X" (the 2025 name): the
            # level is a word of its name, the place comes after its task
            stop, words = lvl[1], words + 1
            continue
        if lvl is not None and text[pos:stop].rstrip().endswith((" cấp", " các")):
            return []  # "Trung tâm Phục vụ hành chính công cấp xã": a kind of centre, no one
        if lvl is not None:
            written = f"{head} {text[pos:stop]}".rstrip() if head else text[start:stop]
            if lower:
                written = f"{text[start:pos]}{text[pos].upper()}{text[pos + 1 : stop]}"
            place = _place_after(text, lvl)
            if place is not None:
                written = _TASK_LETTERS.sub(lambda m: _TASKS_IN_LETTERS[m.group()], written)
                name = _SPACES.sub(" ", f"{written} {_placed(lvl[0], place.name)}")
                return [_Raw(start, place.end, "unit", kind.name, name=name)]
            if lower:
                return []
            if (
                kind.name == "Ban Chỉ đạo"
                and not text[pos:stop].strip()
                and not _TASK_AFTER_LEVEL.match(text, lvl[1])
            ):
                return []  # "BCĐ tỉnh đề nghị …": which of the province's steering committees,
                # untold (not "BCĐ tỉnh về phòng, chống dịch …", named by its task after)
            if kind.name in _ENDED_BY_LEVEL:
                # a level word with no place ends the name: "Trung tâm Phục vụ hành chính
                # công tỉnh đề nghị …" is the province's centre, as "Cục Thống kê tỉnh" is
                written = _TASK_LETTERS.sub(lambda m: _TASKS_IN_LETTERS[m.group()], written)
                return [_Raw(start, lvl[1], "body", _SPACES.sub(" ", written), level=lvl[0])]
        if lower and words > 6:
            return []
        province = _place_at(text, gap, None) if words > 1 and gap > stop and not lower else None
        if province is not None:  # "… Nước sạch và VSMT Hà Nam": a province without level word
            # (an acronym in brackets in the gap is no part of the name: "… (CDC) Quảng Trị")
            name = _SPACES.sub(" ", f"{text[start:stop]} {text[gap : province.end]}")
            return [_Raw(start, province.end, "unit", kind.name, name=name)]
        district = (
            _place_at(text, gap, _DISTRICT)
            if words > 1
            and gap > stop
            and kind.name in _BY_DISTRICT_ALONE
            # (a task in lower case too before "khu vực": "Trung tâm y tế khu vực Vĩnh Linh")
            and (not lower or _AREA_BEFORE.search(text, pos, gap))
            else None
        )
        if district is not None and (
            _AREA_BEFORE.search(text, pos, gap) or _COMPOUND_MORE.match(text, district.end)
        ):
            # "Ban Quản lý rừng phòng hộ Bắc Hướng Hóa", "Trung tâm Y tế khu vực Gio Linh",
            # "… Hướng Hóa - Đakrông": the place is part of the name as written, no level
            # word goes in
            end = _compound_end(text, district.end)
            written = text[start:end]
            if lower:  # named with the task's first word capitalised
                written = f"{text[start:pos]}{text[pos].upper()}{text[pos + 1 : end]}"
            return [_Raw(start, end, "unit", kind.name, name=_SPACES.sub(" ", written))]
        if district is not None and district.level is not None:
            # "Trung tâm Y tế Hướng Hóa": a district without its level word, which the name
            # takes as "Trung tâm Y tế huyện Hướng Hóa" elsewhere writes it
            written = f"{head} {text[pos:stop]}".rstrip() if head else text[start:stop]
            name = _SPACES.sub(" ", f"{written} {district.level} {district.name}")
            return [_Raw(start, district.end, "unit", kind.name, name=name)]
        merit = _merit_end(text, stop) if words else None
        if merit is not None:  # "Trung tâm Điều dưỡng người có công tỉnh X"
            stop, words = merit, words + 2
            continue
        word = _CLAUSE_WORD.match(text, stop)
        if word is not None and short is not None and word.group(1):
            break  # "Đại diện BQLDA, TTPTQĐ huyện …": an abbreviation's task ends at a comma
        if (
            kind.name == "Trung tâm"
            and words
            and not lower
            and word is not None
            and word.group(1)
            and _DEPARTMENT_HEAD.match(text, word.start(2))
        ):
            # "Trung tâm Chuyển đổi số, Sở KH&CN tỉnh X": the department it belongs to after
            # a comma, not a word of its name (named as written, as "… trực thuộc Sở …" is)
            name = _SPACES.sub(" ", text[start:stop])
            return [_Raw(start, stop, "unit", kind.name, name=name)]
        if (
            word is not None
            and (
                (word.group(2) == "và" and _body_begins(text, _skip_gap(text, word.end())))
                # (a hospital's name has no comma in it, nor these words)
                or (kind.name == "Bệnh viện" and (word.group(1) or word.group(2) in _NOT_IN_NAME))
            )
        ):
            # "Bệnh viện … và Trường Đại học …", "Bệnh viện A, Bệnh viện B": another body,
            # not this one's name; "Bệnh viện Hữu nghị Việt Đức để …", "…, số bệnh nhân …"
            break
        follower = _NEXT_WORD.match(text, word.end()) if word is not None else None
        verb = (
            word is not None
            and follower is not None
            and kind.name in _NAMED_BY_ITS_NAME
            and words > 0
            and f"{word.group(2)} {follower.group(1)}" in _UNIT_STOP_VERBS
        )
        if verb and kind.name == "Bệnh viện" and _HOSPITAL_PROPER.search(text, pos, stop):
            # "Bệnh viện Quân y 268 phối hợp …": named, and the verb ends the name
            name = _SPACES.sub(" ", text[start:stop])
            return [_Raw(start, stop, "unit", kind.name, name=name)]
        if verb and not _UNDER.match(text, stop):
            break  # "Trung tâm Kiểm soát bệnh tật tổ chức tập huấn … huyện X": not its place
        if word is not None and word.group(2) == "số" and not _DIGIT_NEXT.match(text, word.end()):
            pass  # "Ban Chỉ đạo chuyển đổi số tỉnh X": a word of the task, not a number's
        elif (
            word is not None
            and word.group(2) == "số"
            and _AREA_BEFORE.search(text, max(pos, word.start(2) - 10), word.start(2))
        ):
            pass  # "Ban Quản lý dự án đầu tư xây dựng khu vực số 1 tỉnh X": its area's number
        elif word is None or (
            word.group(2) in _TASK_STOP
            # "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh X": "về" opens its task, which
            # runs to the level word and the place
            and not (
                kind.name == "Ban Chỉ đạo"
                and word.group(2) == "về"
                and _ABOUT_TO_PLACE.match(text, word.end())
            )
        ):
            under = _UNDER.match(text, stop)
            above = under is not None and _matcher().scan.match(text, under.end())
            if above and words and not lower:
                # "Trung tâm Khuyến nông trực thuộc Sở …": named by its task, under that body
                name = _SPACES.sub(" ", text[start:stop])
                return [_Raw(start, stop, "unit", kind.name, name=name)]
            break
        stop, words = word.end(), words + 1
        if issuer and words > 1 and _CLAUSE_END.match(text, stop):
            name = _SPACES.sub(" ", text[start:stop])
            return [_Raw(start, stop, "unit", kind.name, name=name)]
    if kind.name == "Bệnh viện" and 0 < words < 16 and _HOSPITAL_PROPER.search(text, pos, stop):
        # a hospital's name that ends where its clause does, at a verb or before another body,
        # with a proper part: "… Đa khoa Tâm Anh.", "Bệnh viện E", "… khu vực Triệu Hải,
        # Bệnh viện …" (a hospital only described, "Bệnh viện Đa khoa.", is none)
        return [_Raw(start, stop, "unit", kind.name, name=_SPACES.sub(" ", text[start:stop]))]
    return []


# --- resolution -------------------------------------------------------------------------------


# the head nouns of bodies that are not agencies' kinds: after "và" they begin another
_OTHER_HEAD = re.compile(
    r"(?:Trường|Viện|Học viện|Hiệp hội|Công ty|Tập đoàn|Báo|Đài|Tổng công ty)(?![\w])"
)
def _body_begins(text: str, pos: int) -> bool:
    """Whether a body's name begins at ``pos``: a kind the finder knows or another head."""
    return bool(_OTHER_HEAD.match(text, pos) or _matcher().scan.match(text, pos))


# a direction or "khu vực" before a place's name makes it part of the body's own name
_AREA_BEFORE = re.compile(r"(?<![\w])(?:Bắc|Nam|Đông|Tây|khu vực|Khu vực)[ \t]+$")
# a compound of places joined by a dash: "Hướng Hóa - Đakrông"
_COMPOUND_MORE = re.compile(rf"[ \t]*[-–][ \t]*[{_UPPER}]\w*(?:[ \t]+[{_UPPER}]\w*){{0,3}}")


def _compound_end(text: str, end: int) -> int:
    more = _COMPOUND_MORE.match(text, end)
    return more.end() if more is not None else end


# units whose names are not tasks, so that a verb ends them ("Ban Chỉ đạo thực hiện …" is a
# name; "Trung tâm Y tế tổ chức …" is a clause)
_NAMED_BY_ITS_NAME = ("Bệnh viện", "Trung tâm", "Ban Quản lý")
# what names a hospital, not only describes it: a number or a capitalised word that is no
# description ("Quân y 268", "Đa khoa khu vực Triệu Hải")
_HOSPITAL_PROPER = re.compile(
    rf"\d|(?<![\w])(?!(?:Đa|Khoa|Khu|Vực|Trung|Ương|Tỉnh|Huyện|Quân|Y|Nhi|Sản)(?![\w]))"
    rf"[{_UPPER}]\w*"
)
# a hospital's proper name: two to four capitalised syllables that a lower-case word or the
# clause's end follows ("Bệnh viện Bạch Mai tiếp nhận", not "Bệnh viện Đa khoa tỉnh")
_HOSPITAL_NAME = re.compile(
    rf"(?P<name>[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_UPPER}][{_LOWER}]+){{1,3}})"
    rf"(?!(?<=Trung)[ \t]+ương)(?=[ \t]+[{_LOWER}]|[ \t]*[,.;:)]|[ \t]*$)"
)
# a national hospital: its specialty, "Trung ương" and perhaps a number, no place after
_CENTRAL_HOSPITAL = re.compile(
    rf"(?P<what>[{_UPPER}]\w*(?:[ \t]+\w+){{0,4}}?)[ \t]+Trung [Ưư]ơng(?:[ \t]+\d+)?"
    rf"(?=[ \t]+[{_LOWER}]|[ \t]*[,.;:)]|[ \t]*$)"
)
# words that join or subordinate, which no hospital's name has
_NOT_IN_NAME = _word_set(
    "để với cho trong từ khi vì nhưng hoặc do bởi thành nhằm bằng mà nơi đến tới sang qua lên vào"
)
# the specialties national hospitals are named by
_SPECIALTY = _word_set(
    "đa khoa nhi sản phụ y học cổ truyền tâm thần lao phổi mắt nội tiết răng hàm mặt bệnh",
    "da liễu ung bướu nhiệt đới lão khoa châm cứu huyết truyền máu chấn thương chỉnh hình",
    "phong điều dưỡng phục hồi chức năng",
)
# words that describe a hospital, no name: "Bệnh viện Đa Khoa Khu Vực"
_HOSPITAL_WORDS = _word_set(
    "đa khoa khu vực trung ương tỉnh huyện thành phố quốc tế nhi sản y học cổ truyền",
    "dã chiến phục hồi chức năng tâm thần lao phổi mắt",
)


@functools.lru_cache(maxsize=256)
def _province_of_2025(name: str | None) -> bool:
    """Whether a province of the 2025 map bears ``name`` (not one the reform merged away)."""
    return name is not None and any(
        u.tier == 1 and u.vintage == "2025" for u in gazetteer.load().lookup(name)
    )


# the national front named in full, without a place after it
_NATIONAL_FRONT = re.compile(
    r"Mặt trận Tổ quốc Việt Nam(?![ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
    r"|đặc khu|các)(?!\w))"
)
# a department followed by the body it belongs to: "Phòng Kinh tế của Sở Tài chính",
# "Phòng Kinh tế (Cục Cảnh sát kinh tế)"
_ANOTHER_BODYS = re.compile(
    r"[ \t]*(?:\(|(?:của|thuộc|trực[ \t]+thuộc)[ \t]+[A-ZĐ]"
    # a provincial body written after it, with or without a comma ("Phòng Kinh tế, Sở Tài
    # chính"); not the committee it serves ("Phòng Kinh tế UBND xã X")
    r"|,?[ \t]*(?:Sở|Cục|Bộ|Công an|Tổng cục|Ban|Văn phòng|Tỉnh ủy|Thành ủy)(?![\w]))"
)


def _resolve(
    text: str,
    raws: list[_Raw],
    province: str | None,
    district: str | None,
    commune: tuple[str, str, int] | None = None,
    *,
    reformed: bool = False,
) -> list[Agency]:
    province_level = _unit_level(province, PROVINCE_LEVELS, 1) or "tỉnh"
    known_district_level = _district_level(district, province)
    district_level = known_district_level or "huyện"
    ref = load_reference()

    def context(level: str | None, at: int = 0) -> tuple[str, str] | None:
        if province and level in (None, province_level):
            return province_level, province
        if district and level == district_level:
            return district_level, district
        # (a district of a known other level is not it: "UBND huyện" in an article on a thị xã)
        if (
            district
            and level in DISTRICT_LEVELS
            and level != "thành phố"
            and known_district_level is None
        ):
            return level, district
        if commune and level == commune[0] and at >= commune[2]:
            # "UBND xã" after the one commune an article names: that commune's
            return commune[0], commune[1]
        return None

    # bodies named with their place, by kind (and level): the antecedents of bare forms
    placed: dict[tuple[str, ...], list[int]] = {}
    for j, other in enumerate(raws):
        if other.place is not None:
            placed.setdefault((other.role, other.kind), []).append(j)
            placed.setdefault((other.role, other.kind, other.level or ""), []).append(j)
    last: dict[tuple[str, ...], _Raw] = {}

    def following(i: int, key: tuple[str, ...]) -> _Raw | None:
        indices = placed.get(key, [])
        k = bisect.bisect_right(indices, i)
        return raws[indices[k]] if k < len(indices) else None

    def remember(raw: _Raw) -> None:
        if raw.place is not None:
            if raw.role == "office" and raw.sector is not None:
                last[("sector", raw.kind, raw.sector)] = raw
            last[(raw.role, raw.kind)] = raw
            last[(raw.role, raw.kind, raw.level or "")] = raw
            last[("level", raw.level or "")] = raw

    def resolve_place(i: int, raw: _Raw) -> bool:
        """Fill the level/place of a bare body; False when it cannot be told (drop it)."""
        if raw.place is not None or raw.name is not None:
            return True
        if raw.antecedent:
            other = last.get((raw.role, raw.kind))
            stacked = _STACKED_TITLE.match(text, raw.end)
            if stacked is not None and i + 1 < len(raws):
                # "Bí thư Đảng ủy, Chủ tịch UBND xã Trung Sơn": one person's two offices,
                # of one commune
                nxt = raws[i + 1]
                if nxt.start == stacked.end() and nxt.place is not None and nxt.level in (
                    _kind(raw.kind).levels
                ):
                    other = nxt
            if other is not None:
                raw.level, raw.place = other.level, other.place
                return True
            if raw.level is None:
                return False
            # (none named before, but a level the body listed with it gave: "Tại xã X, Đảng
            # ủy, UBND xã đã …" — resolved as that one is)
        if raw.role == "office" and raw.level is None:  # "Sở Tài chính" in a city: thành phố
            implied = _kind(raw.kind).implied_level
            raw.level = province_level if implied in PROVINCE_LEVELS else district_level
            district_office = implied not in PROVINCE_LEVELS and not reformed
            opener = _opening_place(text, raw.start) if district_office else None
            if opener is not None:
                # the district whose place phrase opens its clause, at whichever level: "Tại
                # huyện Đô Lương, Phòng GD&ĐT …" in an article that named thành phố Vinh first
                raw.level, raw.place = opener
                return True
            if (
                reformed
                and implied not in PROVINCE_LEVELS
                and commune is not None
                and not _ANOTHER_BODYS.match(text, raw.end)
            ):
                raw.level = commune[0]  # a Phòng from July 2025 is a commune's ("Phòng Kinh tế")
        if raw.level is None:
            other = last.get((raw.role, raw.kind))
            found = context(None, raw.start)
            if other is None and found is None:
                other = following(i, (raw.role, raw.kind))
            if other is not None:
                raw.level, raw.place = other.level, other.place
            elif found is not None:
                raw.level, raw.place = found
            return True
        # a unit of that level named before it in its sentence ("Tại tỉnh Sơn La, UBND tỉnh
        # đã …"), the same kind named with its place before, any body at that level before,
        # the article's own unit, the same kind named later
        here = _sentence_place(text, raw.start, raw.level)
        if here is not None:
            raw.place = here
            return True
        if raw.level in COMMUNE_LEVELS and _plural_in_sentence(text, raw.start, raw.level):
            # "Đảng ủy các xã mới phối hợp với Phòng Văn hóa - Xã hội xã": every commune's
            # office, none named
            return False
        key = (raw.role, raw.kind, raw.level)
        other = last.get(key) or last.get(("level", raw.level))
        found = context(raw.level, raw.start)
        if (
            raw.level == "thành phố"
            and last.get(key) is None
            and other is not None
            and found is not None
            and other.place != found[1]
            and _central_city(found[1])
        ):
            # "UBND TP Thủ Đức …. HĐND TP cũng …" in an article on Hồ Chí Minh City: a bare
            # "TP" body is the city's, not of the city within it another body was of
            other = None
        if (
            reformed
            and other is not None
            and found is not None
            and raw.level in PROVINCE_LEVELS
            and not _province_of_2025(other.place)
        ):
            # from July 2025 a bare "UBND tỉnh" is the article's province, not the former
            # province named before it ("hồ sơ của UBND tỉnh Bình Phước … UBND tỉnh đã …")
            other = None
        same = last.get(("sector", raw.kind, raw.sector or "")) if raw.role == "office" else None
        if same is not None and same.level == raw.level:
            other = same  # the same office named with its place before: that one
        elif raw.role == "office" and other is not None and found is not None:
            # a bare office not named before is the article's province's, not that of another
            # sector's office or body named with another province before it ("… Sở Tài chính
            # tỉnh B đến thăm. Sở Xây dựng đã …" in an article on province A), as its
            # documents' issuer is
            other = None
        if other is None and found is None:
            other = following(i, key)
        if other is not None:
            raw.place = other.place
            return True
        if found is not None:
            raw.place = found[1]
            return True
        return raw.level not in COMMUNE_LEVELS

    for i, raw in enumerate(raws):
        if raw.role in ("body", "committee", "office") and not resolve_place(i, raw):
            raw.name = ""
        # its parent, and the parent's owner ("BTV Đảng ủy UBND tỉnh": the board of the
        # committee of the province's UBND)
        ancestor = raw.parent
        for _ in range(2):
            if ancestor is None:
                break
            if ancestor.role in ("body", "committee", "office"):
                if not resolve_place(i, ancestor):
                    raw.name = ""
                remember(ancestor)
            ancestor = ancestor.parent
        remember(raw)

    names: list[str | None] = [_name(raw, ref) for raw in raws]
    # bare sub-bodies ("Ban Tuyên giáo", "Ban KT-XH"): the same sub-body named in full (before,
    # else after), else for council committees the nearest Hội đồng nhân dân
    full: dict[str, list[int]] = {}
    councils: list[int] = []
    committees: list[int] = []  # Party committees named with their place
    committee_of: dict[int, _Raw] = {}
    for j, other in enumerate(raws):
        if names[j] and (other.parent is not None or other.central):
            full.setdefault(other.kind, []).append(j)
        if names[j] and other.kind == "Hội đồng nhân dân" and other.role == "body":
            councils.append(j)
        leading = _leading_committee(other) if names[j] else None
        if names[j] and (
            other.role == "committee" or (other.role == "body" and other.kind == "Đảng ủy")
        ):
            committees.append(j)
            committee_of[j] = other
        elif leading is not None:
            # "Đảng bộ tỉnh X", "BCH Đảng bộ xã Y": the committee that leads it
            committees.append(j)
            committee_of[j] = leading
    for i, raw in enumerate(raws):
        if raw.role != "sub" or raw.parent is not None or _kind(raw.kind).bare != "resolve":
            continue
        k = bisect.bisect_left(committees, i)
        before = raws[committees[k - 1]] if k > 0 else None
        if (
            raw.kind in _BOARDS_OF_A_COMMITTEE
            and before is not None
            and raw.start - before.end < 200
            and not SENTENCE_END.search(text, before.end, raw.start)
            and not _MEMBER_OF.search(text, max(0, raw.start - 12), raw.start)
            and _BOARD_ACTS.match(text, raw.end)
        ):
            # "Ban Chấp hành Đảng bộ xã X đã bầu Ban Thường vụ …": the board of the committee
            # its sentence names, before one of that name elsewhere in the text
            raw.parent = committee_of[committees[k - 1]]
            names[i] = _name(raw, ref)
            continue
        named = full.get(raw.kind, [])
        local = [
            j
            for j in named
            if not (
                raws[j].central
                and _OF_BEFORE.search(text, max(0, raws[j].start - 8), raws[j].start)
            )
        ]
        if local and len(local) < len(named):
            # "UBKT Tỉnh ủy X thực hiện Hướng dẫn … của UBKT Trung ương. UBKT quyết định …": the
            # central board cited as a document's issuer is not the one the text goes on about
            named = local
        same = _nearest(named, i)
        if same is not None:
            names[i] = names[same]
            model = raws[same]
            raw.parent, raw.central = model.parent, model.central
            raw.parent_name = model.parent_name
        elif _kind(raw.kind).parents == ("Hội đồng nhân dân",):
            council = _nearest(councils, i)
            if council is not None:
                raw.parent = raws[council]
                names[i] = _name(raw, ref)
        elif (
            raw.kind in _BOARDS_OF_A_COMMITTEE
            and committees
            and not _MEMBER_OF.search(text, max(0, raw.start - 12), raw.start)
            and _BOARD_ACTS.match(text, raw.end)
        ):
            # "Tỉnh ủy X tổ chức hội nghị. Ban Thường vụ đã thống nhất …": the board of the
            # Party committee named last before it (none named before: none)
            k = bisect.bisect_left(committees, i)
            if k > 0:
                raw.parent = committee_of[committees[k - 1]]
                names[i] = _name(raw, ref)
    return _group(text, raws, names, ref)


_OF_BEFORE = re.compile(r"(?<![\w])của[ \t]+$")


# the Party committee that leads a Party organisation (Đảng bộ) of each level
_COMMITTEE_OF_LEVEL = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}


def _leading_committee(raw: _Raw) -> _Raw | None:
    """The committee that leads the Party organisation ``raw`` names ("Đảng bộ tỉnh X" → "Tỉnh
    ủy X", "Ban Chấp hành Đảng bộ xã Y" → "Đảng ủy xã Y"): the one whose boards a bare "Ban
    Thường vụ" after a congress names."""
    org = raw.parent if raw.role == "sub" and raw.parent is not None else raw
    if org.role != "body" or org.kind != "Đảng bộ" or org.place is None or org.level is None:
        return None
    if org.level in COMMUNE_LEVELS:
        return _Raw(org.start, org.end, "body", "Đảng ủy", level=org.level, place=org.place)
    kind = _COMMITTEE_OF_LEVEL.get(org.level)
    if kind is None:
        return None
    return _Raw(org.start, org.end, "committee", kind, level=org.level, place=org.place)


@functools.lru_cache(maxsize=1024)
def _kind(name: str) -> Kind:
    """The kind called ``name`` in the packaged reference data (a dictionary lookup once seen)."""
    return load_reference().kind(name)


@functools.lru_cache(maxsize=256)
def _central_city(name: str | None) -> bool:
    """Whether a place is a centrally-run city (a thành phố of the provinces' tier)."""
    return name is not None and any(
        u.tier == 1 and u.level == "thành phố" for u in gazetteer.load().lookup(name)
    )


def _nearest(indices: list[int], i: int) -> int | None:
    """The last index before ``i``, else the first after it."""
    k = bisect.bisect_left(indices, i)
    if k > 0:
        return indices[k - 1]
    return indices[k] if k < len(indices) else None


@functools.lru_cache(maxsize=4096)
def _district_level(district: str | None, province: str | None) -> str | None:
    """The level of the article's district: of the one in its province, where districts of
    that name elsewhere have another ("huyện Sơn Tây" of Quảng Ngãi, "thị xã Sơn Tây" of Hà
    Nội)."""
    if not district:
        return None
    gaz = gazetteer.load()
    units = [u for u in gaz.lookup(district) if u.tier == 2 and u.level in DISTRICT_LEVELS]
    inside = [u for u in units if province and gaz.province(u.id).name == province]
    levels = {u.level for u in inside or units}
    return levels.pop() if len(levels) == 1 else None


@functools.lru_cache(maxsize=4096)
def _unit_level(name: str | None, levels: tuple[str, ...], tier: int) -> str | None:
    if not name:
        return None
    for unit in gazetteer.load().lookup(name):
        if unit.tier == tier and unit.level in levels:
            return unit.level
    return None


# places whose name is a person's, named with their level word after a committee's head
_NAMED_AFTER_A_PERSON = frozenset({"Hồ Chí Minh"})


def _name(raw: _Raw, ref: AgencyReference) -> str | None:
    if raw.name is not None:
        return raw.name or None
    if raw.role == "sub":
        if raw.parent is None:
            return None
        parent = _name(raw.parent, ref)
        return f"{raw.kind} {parent}" if parent else None
    if raw.role == "office":
        head = f"{raw.kind} {raw.sector}"
        return f"{head} {_placed(raw.level or '', raw.place)}" if raw.place else head
    if raw.area is not None:  # "Tòa án nhân dân khu vực 2 - Quảng Trị"
        return f"{raw.kind} {raw.area} - {raw.place}" if raw.place else None
    if raw.role == "committee":  # "Quận ủy Quận 3", "Huyện ủy Đakrông"
        if raw.place in _NAMED_AFTER_A_PERSON:
            # "Thành ủy Thành phố Hồ Chí Minh": the city named after a person keeps its
            # level word, as its own name does
            return f"{raw.kind} Thành phố {raw.place}"
        return f"{raw.kind} {raw.place}" if raw.place else raw.kind
    level = raw.level or ""
    if raw.place and level and raw.place.startswith(level.capitalize() + " "):
        level = ""  # a numbered unit is named with its level: "Ủy ban nhân dân Phường 6"
    parts = [raw.kind, level, raw.place or ""]
    return " ".join(p for p in parts if p)


_AREA_CAPITALISED = re.compile(r"(?<=[ \t])Khu vực(?=[ \t])")


def _area_in_lower_case(name: str) -> str:
    """"khu vực" inside a name is a common noun, however the text capitalised it: "Trung tâm
    Y tế Khu vực Tam Nông" and "Chi cục Thuế Khu vực XV" are the bodies "… khu vực …" names."""
    return _AREA_CAPITALISED.sub("khu vực", name) if "Khu vực" in name else name


_MERGE_INTO = {"Bộ đội Biên phòng": "Bộ Chỉ huy Bộ đội Biên phòng"}  # a province's border guard


def _group(
    text: str, raws: list[_Raw], names: list[str | None], ref: AgencyReference
) -> list[Agency]:
    names = [_area_in_lower_case(n) if n else n for n in names]
    present = {n for n in names if n}
    for i, raw in enumerate(raws):
        target = _MERGE_INTO.get(raw.kind)
        name = names[i]
        if target and name and raw.role == "body" and name.startswith(raw.kind + " "):
            merged = target + name[len(raw.kind) :]
            if merged in present:
                names[i] = merged
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if name:
            groups.setdefault(name, []).append(i)
    out: list[Agency] = []
    for name, members in groups.items():
        first = raws[members[0]]
        spans = dict.fromkeys((raws[i].start, raws[i].end) for i in members)  # raws are in order
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in spans)
        place_raw = first.parent if first.role == "sub" and first.parent is not None else first
        out.append(
            Agency(
                name=name,
                kind=_kind_label(first),
                place=place_raw.place,
                place_level=place_raw.level if place_raw.place else None,
                parent=_area_in_lower_case(up) if (up := _parent_name(first, ref)) else None,
                central=first.central,
                mentions=mentions,
            )
        )
    return out  # groups were opened in text order


def _kind_label(raw: _Raw) -> str:
    if raw.role == "office" and raw.sector:
        return f"{raw.kind} {raw.sector}"
    return raw.kind


def _parent_name(raw: _Raw, ref: AgencyReference) -> str | None:
    if raw.parent_name is not None:
        return raw.parent_name
    if raw.role == "sub" and raw.parent is not None:
        return _name(raw.parent, ref)
    if raw.role == "office" and raw.place:
        return f"Ủy ban nhân dân {raw.level} {raw.place}"
    return None
