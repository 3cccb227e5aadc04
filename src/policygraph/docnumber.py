"""The grammar of Vietnamese Party and State document numbers (pure: no spaCy).

Three conventions (DOMAIN.md §1):

* State normative documents: ``NUMBER/YEAR/TYPE-ISSUER`` (``18/2000/CT-TTg``), laws and
  resolutions of the legislature ``NUMBER/YEAR/QH15``, joint circulars
  ``55/2005/TTLT-BNV-VPCP``;
* State administrative documents and official letters: ``NUMBER/TYPE-ISSUER`` without a year
  (``123/QĐ-UBND``, ``4919/VPCP-KTTH``);
* Party and Youth Union documents: ``NUMBER-TYPE/ISSUER`` (``39-NQ/TW``, ``317-QĐ/TWĐTN-TNTH``).

``parse`` reads a number as written in the wild (spaces and dashes inside, ``TƯ`` for ``TW``,
lost hyphens ``61/2018/NĐCP``, a glued word after it ``449/QĐ-TTngày``, a Party number in
State style ``217/QĐ-TW``) and gives a frozen ``DocNumber`` whose ``format()`` is the canonical
key of the dev-corpus conventions. ``NUMBER_RE`` is the compiled pattern the citation finder
scans with; ``from_match`` turns one of its matches into a ``DocNumber``.

Reference data (type codes, issuer codes, aliases, cue words, bodies, provinces) lives in
``data/citations/*.tsv`` and is read once by ``reference()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "NUMBER_RE",
    "NUMBER_TAIL",
    "DocNumber",
    "IssuerCode",
    "Reference",
    "from_match",
    "parse",
    "reference",
]

# Letters of Vietnamese, split by case (used to build patterns; ASCII ranges alone miss "Đ").
_VI_LETTERS = "".join(
    chr(c) for c in range(0x00C0, 0x1EFA) if chr(c).isalpha() and c not in (0x00D7, 0x00F7)
)
UPPER = "A-Z" + "".join(c for c in _VI_LETTERS if c.isupper())
LOWER = "a-z" + "".join(c for c in _VI_LETTERS if c.islower())


# --------------------------------------------------------------------------- reference data


@dataclass(frozen=True)
class IssuerCode:
    code: str
    body: str | None  # canonical body; may hold "{province}"; None: not named by the code
    party: bool
    types: tuple[str, ...] = ()  # type codes the row is limited to


@dataclass(frozen=True)
class Reference:
    types: dict[str, str]  # type code → type name
    short_ok: frozenset[str]  # type names whose "TYPE số N" short form names a document
    generic: frozenset[str]  # head nouns that defer to the code ("văn bản")
    head_nouns: tuple[str, ...]  # every type name, longest first
    code_of_type: dict[str, str]  # type name → preferred code (for derived Party keys)
    issuers: dict[str, tuple[IssuerCode, ...]]
    aliases: dict[str, str]
    # written code → the codes it must follow for its alias to apply ("TT" is a damaged "TTg"
    # only after a type the Thủ tướng issues: "CT-TT", not "SNN-TT" or "KL-TT")
    alias_after: dict[str, frozenset[str]]
    cues: tuple[tuple[str, str], ...]
    abbreviations: tuple[tuple[str, str], ...]
    bodies: tuple[tuple[str, str | None], ...]  # canonical body, Party level
    provinces: tuple[str, ...]
    cities: frozenset[str]  # the centrally-run cities among them
    mixed_codes: frozenset[str]  # codes with a lowercase letter (TTg, QĐi, CTr, TTr)
    words: dict[str, frozenset[str]]  # closed word lists of the grammar (words.tsv)

    def alias(self, code: str, previous: str | None) -> str:
        """The code a written ``code`` stands for, after the code ``previous``."""
        after = self.alias_after.get(code)
        if after is not None and previous not in after:
            return code
        return self.aliases.get(code, code)

    def issuer(self, code: str, type_code: str | None = None) -> IssuerCode | None:
        code = code.replace("&", "")  # "BNN&PTNT", as the code's table writes it: BNNPTNT
        rows = self.issuers.get(code)
        if rows is None:
            base = code.rstrip("0123456789")  # QH15 → QH, UBTVQH14 → UBTVQH
            rows = self.issuers.get(base) if base != code else None
        if rows is None and len(code) > 2 and code.startswith("S"):
            ministry = self.issuers.get("B" + code[1:])  # SNV → BNV → "Sở Nội vụ"
            if ministry and ministry[0].body and ministry[0].body.startswith("Bộ "):
                body = "Sở " + ministry[0].body[3:] + " tỉnh {province}"
                return IssuerCode(code, body, False)
        if not rows:
            return None
        for row in rows:
            if type_code is not None and type_code in row.types:
                return row
        for row in rows:
            if not row.types:
                return row
        return rows[0]

    def is_party_code(self, code: str) -> bool:
        found = self.issuer(code)
        if found is not None:
            return found.party
        return code.endswith(("TW", "TU", "HU", "QU", "ĐU", "ĐTN"))


def _rows(name: str) -> list[list[str]]:
    text = resources.files("policygraph").joinpath(f"data/citations/{name}").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def reference() -> Reference:
    """The packaged reference data, read once."""
    types: dict[str, str] = {}
    short_ok: set[str] = set()
    generic: set[str] = set()
    names: list[str] = []
    code_of_type: dict[str, str] = {}
    for code, name, short, is_generic in _rows("types.tsv"):
        if code != "-":
            types[code] = name
            code_of_type.setdefault(name, code)
        if short == "1":
            short_ok.add(name)
        if is_generic == "1":
            generic.add(name)
        if name not in names:
            names.append(name)
    code_of_type["Quy định"] = "QĐ"  # Party rules are numbered QĐ (QĐi only sometimes)
    issuers: dict[str, list[IssuerCode]] = {}
    for row in _rows("issuers.tsv"):
        code, body, party = row[0], row[1], row[2] == "1"
        limited = tuple(row[3].split(",")) if len(row) > 3 and row[3] else ()
        issuers.setdefault(code, []).append(
            IssuerCode(code, None if body == "-" else body, party, limited)
        )
    alias_rows = _rows("aliases.tsv")
    aliases = {row[0]: row[1] for row in alias_rows}
    alias_after = {row[0]: frozenset(row[2].split(",")) for row in alias_rows if len(row) > 2}
    cues = tuple((cue, relation) for cue, relation in _rows("cues.tsv"))
    abbreviations = tuple((short, long) for short, long in _rows("abbreviations.tsv"))
    bodies = tuple(
        (row[0], (row[1] or None) if len(row) > 1 else None) for row in _rows("bodies.tsv")
    )
    provinces = tuple(row[0] for row in _rows("provinces.tsv"))
    cities = frozenset(row[0] for row in _rows("provinces.tsv") if row[1:] == ["1"])
    mixed = frozenset(
        code for code in [*types, *issuers, *aliases] if any(c.islower() for c in code)
    )
    words = {
        kind: frozenset(word.replace("_", " ") for word in listed.split())
        for kind, listed in _rows("words.tsv")
    }
    return Reference(
        types=types,
        short_ok=frozenset(short_ok),
        generic=frozenset(generic),
        head_nouns=tuple(sorted(names, key=len, reverse=True)),
        code_of_type=code_of_type,
        issuers={code: tuple(rows) for code, rows in issuers.items()},
        aliases=aliases,
        alias_after=alias_after,
        cues=cues,
        abbreviations=abbreviations,
        bodies=bodies,
        provinces=provinces,
        cities=cities,
        mixed_codes=mixed,
        words=words,
    )


# --------------------------------------------------------------------------- the grammar

_SP = r"[^\S\n]{0,3}"
_DASH = r"[-‐‑‒–—]"
# (a lower-case letter may sit inside a code, as "r" of "Tr" in "GDTrH", secondary education)
# ("&" joins two sectors' letters: "BNN&PTNT", "KH&CN")
_CODE = rf"[{UPPER}][{UPPER}0-9]*(?:&[{UPPER}]+)*(?:[{LOWER}]{{1,2}}[{UPPER}0-9]+)*[{LOWER}]*"
# ("T.Ư": TW; a legislature's term may be spaced off its code: "202/2025/QH 15")
# (a department's numeral or two letters may follow the last code after a dot, before what
# follows a number: "512/TTCP-C.I ngày …", "58/QĐ-UBND.VX của …"; not a glued sentence or
# heading: "18-NQ/TW.UBND tỉnh …", "…/QĐ-BYT.IV. Kết quả …")
_AFTER_SUFFIX = (
    rf"(?=[^\S\n]*(?:[,;)]|$)|[^\S\n]+(?:ngày|của|về|do|năm|được|và)(?![{LOWER}]))"
)
_CODES = (
    rf"(?:T\.[ƯW](?![{UPPER}{LOWER}0-9])|{_CODE}(?:{_SP}{_DASH}{_SP}{_CODE})*"
    rf"(?:(?<=QH)[^\S\n]1\d(?![\d/])"
    rf"|\.(?:[IVX]{{1,4}}|[{UPPER}]{{1,5}}){_AFTER_SUFFIX}"
    # (a division's letters and number: "12/KL-TTr.NV2", "…/VKS.P3", ending a sentence too)
    rf"|\.[{UPPER}]{{1,4}}\d{{1,2}}(?:{_AFTER_SUFFIX}|(?=\.(?:[^\S\n]|$))))?)"
)

# type codes whose numbers name no issuer: the decrees (Sắc lệnh) of 1945–1959, "65/SL"
_ISSUERLESS = frozenset(["SL"])
# a type code written with a slash after it for the dash ("789/QĐ/UBND", "05/NQ/HU")
_SLASHED_TYPE = r"(?:QĐ|KH|TB|BC|TTr|CV|HD|CT|NQ|KL|CTr)"
# after the year's slash a line may break, as a table's cell or a PDF wraps it ("32/2020/⏎TT-BGDĐT")
_BREAK = r"[^\S\n]{0,3}(?:\n[^\S\n]{0,3})?"
# The digits and letter of the number are possessive: what follows them is never a digit or a
# letter, so giving some back can never make a match, and not trying saves time on every
# date and amount of the text.
# (a thousands dot: "Quyết định số 1.520/QĐ-UBND" is number 1520)
_DIGITS = r"\d{0,4}+(?:\.\d{3}(?!\d)|\.\d(?=[^\S\n]*/[^\S\n]*(?:19|20)\d\d[^\S\n]*/))?+[a-zđ]?+"
_SYMBOL = rf"""
    (?:
        {_SP}/{_SP}(?P<year>(?:19|20)\d\d){_SP}/{_BREAK}(?P<ysym>(?:[A-Z]{{2,3}}LT/)?{_CODES})
      | {_SP}/{_SP}(?P<sltype>{_SLASHED_TYPE})/(?P<sliss>{_CODES})
      | {_SP}/{_SP}(?P<sym>{_CODES})
      | {_SP}{_DASH}{_SP}(?P<ptype>{_CODE}){_SP}/{_SP}(?P<piss>{_CODES})
      | [^\S\n]{{0,2}}(?P<stype>{_CODE}){_SP}/{_SP}(?P<siss>{_CODES})
    )
"""
# a number starts a word, or follows a glued "số" ("Nghị quyết số18-NQ/TW") or the last
# syllable of a type noun, as flattened pages glue them ("Quyết định1424/QĐ-UBND"), or an
# abbreviated head ("NQ68-NQ/TW")
_GLUED_AFTER = (
    "Quyết định",
    "Nghị định",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Kế hoạch",
    "Thông tư",
    "Công văn",
    "Hướng dẫn",
    "Tờ trình",
    # abbreviated heads, as headlines glue them to a full number ("NQ68-NQ/TW")
    "NQ",
    "QĐ",
    "NĐ",
    "CT",
    "KL",
)
NUMBER_START = (
    r"\d(?:(?<![\w/.\-–]\d)|(?<=(?<!\w)[sS][ốỐ]\d)"
    + "".join(
        # (the patterns are verbose: a space is written as a class)
        rf"|(?<=(?<!\w){form.replace(' ', '[ ]')}\d)"
        for word in _GLUED_AFTER
        for form in (word, word.lower())
    )
    + ")"
)
NUMBER_RE = re.compile(rf"(?P<num>{NUMBER_START}{_DIGITS}){_SYMBOL}", re.VERBOSE)
# What follows the first digit of a ``NUMBER_RE`` match (verbose syntax, no named groups),
# for scanners that look for numbers and other things at the same digit.
NUMBER_TAIL = re.sub(r"\(\?P<\w+>", "(?:", _DIGITS + _SYMBOL)

# (a slash may follow a joint type: "TTLT/BTC-BGDĐT")
_SPLIT_CODES = re.compile(rf"{_SP}{_DASH}{_SP}|(?<=LT)/")


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A parsed document number. ``format()`` gives the canonical key."""

    number: str  # "18", "30a", "08" (as written, leading zeros kept)
    year: str | None = None  # the year inside a State normative number ("2000")
    type_code: str | None = None  # "CT", "NQ", "QĐ"; None for letters and QH laws
    issuers: tuple[str, ...] = ()  # ("TTg",), ("BNV", "VPCP"), ("QH15",), ("TW",)
    party: bool = False  # NUMBER-TYPE/ISSUER numbering

    @property
    def symbol(self) -> str:
        """The part after the number: ``CT-TTg``, ``QH15``, ``NQ/TW``."""
        if self.party:
            return f"{self.type_code}/{'-'.join(self.issuers)}"
        return "-".join(([self.type_code] if self.type_code else []) + list(self.issuers))

    def format(self) -> str:
        """Canonical key: ``18/2000/CT-TTg``, ``123/QĐ-UBND``, ``39-NQ/TW``."""
        if self.party:
            return f"{self.number}-{self.symbol}"
        parts = [self.number]
        if self.year:
            parts.append(self.year)
        if self.symbol:
            parts.append(self.symbol)
        return "/".join(parts)

    @property
    def type_name(self) -> str | None:
        """The document type the code names (Party ``QĐ`` reads as Quyết định)."""
        if self.type_code is None:
            if not self.issuers:
                return None
            first = self.issuers[0].rstrip("0123456789")
            if first == "QH":
                return "Luật"
            if first == "UBTVQH":
                return "Nghị quyết"
            if first == "AL":
                return "Án lệ"  # the Supreme Court's precedents: "Án lệ số 47/2021/AL"
            return "Công văn"
        if self.party and self.type_code == "TT":
            return "Thông tri"  # a Party committee's circular letter: "01-TT/TU"
        return reference().types.get(self.type_code)


def _split_code(code: str, ref: Reference) -> tuple[str, str]:
    """(code, glued rest): ``TTgngày`` → (``TTg``, ``ngày``); ``TTngày`` → (``TT``, ``ngày``)."""
    stem_end = len(code)
    for i, char in enumerate(code):
        if char.islower():
            stem_end = i
            break
    if stem_end == len(code):
        return code, ""
    if stem_end == 1 and code[1:].islower() and code.upper() in ref.types:
        return code.upper(), ""  # a type code in mixed case: "123/Qđ-UBND", "45/Kh-UBND"
    if code[-1].isupper() or code[-1].isdigit():
        return code, ""  # lower case inside a code ("GDTrH"), no word glued on
    for size in range(len(code) - stem_end, 0, -1):
        candidate = code[: stem_end + size]
        if candidate in ref.mixed_codes or any(
            candidate.endswith(mixed) and candidate[: -len(mixed)] in ref.types
            for mixed in ref.mixed_codes
        ):  # "TTg", or "CTTTg" with its hyphen lost
            return candidate, code[stem_end + size :]
    return code[:stem_end], code[stem_end:]


def _unglue(code: str, ref: Reference) -> list[str]:
    """Repair a lost hyphen: ``NĐCP`` → [``NĐ``, ``CP``], ``QĐUBND`` → [``QĐ``, ``UBND``]."""
    if code in ref.types or ref.issuer(code) is not None or code in ref.aliases:
        return [code]
    for size in range(min(len(code) - 1, 4), 0, -1):
        head, rest = code[:size], code[size:]
        if head in ref.types and (ref.issuer(rest) is not None or rest in ref.aliases):
            return [head, rest]
    return [code]


_SPACED_TERM = re.compile(r"(?<=QH)[^\S\n](?=1\d)")


def _codes(raw: str, ref: Reference) -> tuple[list[str], int]:
    """Codes of a symbol as written, and how many characters of ``raw`` they use."""
    codes: list[str] = []
    used = 0
    position = 0
    pieces = _SPLIT_CODES.split(raw)
    separators = [m.group() for m in _SPLIT_CODES.finditer(raw)]
    for index, piece in enumerate(pieces):
        spaced = _SPACED_TERM.search(piece)  # "QH 15": the term spaced off its code
        code, glued = _split_code(_SPACED_TERM.sub("", piece), ref)
        if glued and len(code) < 2:  # a capitalised word ("Đề"), not a code
            break
        codes.append(ref.alias(code, codes[-1] if codes else None) if codes or glued else code)
        used = position + len(code) + (1 if spaced and len(code) > spaced.start() else 0)
        if glued:
            break
        position += len(piece)
        if index < len(separators):
            position += len(separators[index])
    return codes, used


_THOUSANDS = re.compile(r"\.\d{3}$")


def from_match(match: re.Match[str], *, strict: bool = True) -> tuple[DocNumber, int] | None:
    """The number a ``NUMBER_RE`` match names, and where it really ends (a glued word may
    follow); None when the match is not a document number (``3/TB``, an unknown Party type).
    ``strict=False`` accepts a year-less State symbol of unknown codes (``45/CAT-PV01``), for
    when a head noun ("Công văn số") already says a document is meant."""
    number = match.group("num")
    found = _from_symbol(match.group()[len(number) :], strict)
    if found is None:
        return None
    shape, end = found
    # a thousands dot goes ("1.520" is 1520); a part's number keeps its ("66.1/2025/NQ-CP")
    digits = number.replace(".", "") if _THOUSANDS.search(number) else number
    parsed = DocNumber(digits, shape.year, shape.type_code, shape.issuers, shape.party)
    return parsed, match.start() + len(number) + end


@lru_cache(maxsize=8192)
def _from_symbol(symbol: str, strict: bool) -> tuple[DocNumber, int] | None:
    """``from_match`` on what follows the number ("/2000/CT-TTg", "-NQ/TW"), where it ends
    counted from the start of ``symbol``. Everything but the number itself depends on this
    alone, and the same symbols recur with different numbers: cached. The number cannot
    reach into ``symbol`` (it is matched greedily and is followed by a separator), so the
    symbol is read behind a stand-in digit."""
    match = NUMBER_RE.match("0" + symbol)
    if match is None:
        return None
    found = _read(match, strict)
    if found is None:
        return None
    shape, end = found
    return shape, end - 1


def _read(match: re.Match[str], strict: bool) -> tuple[DocNumber, int] | None:
    ref = reference()
    number = match.group("num")
    year: str | None = None
    if match.group("ysym") is not None:
        year, raw, start = match.group("year"), match.group("ysym"), match.start("ysym")
        state = True
    elif match.group("sltype") is not None:
        # (the slash read as the dash it stands for: the same length, so the same positions)
        raw = match.group("sltype") + "-" + match.group("sliss")
        start, state = match.start("sltype"), True
    elif match.group("sym") is not None:
        raw, start, state = match.group("sym"), match.start("sym"), True
    elif match.group("ptype") is not None:
        raw = match.group("ptype") + "/" + match.group("piss")
        start, state = match.start("ptype"), False
    else:
        raw = match.group("stype") + "/" + match.group("siss")
        start, state = match.start("stype"), False
    if state:
        codes, used = _codes(raw, ref)
        end = start + used
        if not codes:
            return None
        if len(codes) == 1:
            codes = _unglue(codes[0], ref)
        first = ref.aliases.get(codes[0], codes[0])  # "QD" without its diacritic: QĐ
        first = first if first in ref.types and codes[0] not in ref.types else codes[0]
        codes = [first] + [ref.alias(code, codes[i]) for i, code in enumerate(codes[1:])]
        if len(codes) == 1:
            codes = [ref.alias(codes[0], None)]
        type_code: str | None = codes[0] if codes[0] in ref.types else None
        issuers = tuple(codes[1:] if type_code else codes)
        if not issuers and type_code in _ISSUERLESS:
            return DocNumber(number, year, type_code, (), False), end  # "Sắc lệnh số 65/SL"
        if not issuers:
            return None
        if strict and type_code is None and year is None and not ref.issuer(issuers[0]):
            return None  # "12/A-B", "305/B2": an address or a room, not a document
        if year is None and type_code and issuers and ref.is_party_code(issuers[-1]):
            # Party number written in State style: 217/QĐ-TW → 217-QĐ/TW.
            return DocNumber(number, None, type_code, issuers, True), end
        return DocNumber(number, year, type_code, issuers, False), end
    type_raw, _, issuer_raw = raw.partition("/")
    # (a Party type code as written: "TT" is the Thông tri's, no damaged "TTg")
    type_code = type_raw if type_raw in ref.types else ref.aliases.get(type_raw, type_raw)
    if type_code not in ref.types:
        return None
    codes, used = _codes(issuer_raw, ref)
    if not codes:
        return None
    issuer_start = match.start("piss") if match.group("piss") is not None else match.start("siss")
    end = issuer_start + used
    issuers = tuple(ref.alias(code, None) for code in codes)
    return DocNumber(number, None, type_code, issuers, True), end


def parse(text: str) -> DocNumber | None:
    """Parse one document number written alone (``"218- QĐ/TW"``); None if it is not one."""
    stripped = text.strip()
    match = NUMBER_RE.match(stripped)
    if match is None:
        return None
    found = from_match(match)
    if found is None:
        return None
    number, end = found
    if stripped[end:].strip():
        return None
    return number
