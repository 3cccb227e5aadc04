"""Text cleaning with an offset map back to the original.

The finders see ``Normalized.text``: NFC, every kind of space as one ASCII space (line breaks
kept), zero-width characters and soft hyphens removed, the old tone placement
("hoá", "thuỷ") replaced by the new one ("hóa", "thủy"), which the gazetteer and the grammar
use, and a typographic apostrophe inside a word ("H’leo") replaced by the ASCII one.
A line break inside a sentence of hard-wrapped text (a PDF's lines, a portal's fixed-width
paste) becomes a space, one for one, so that names and numbers split over two lines are read
(see ``_unwrap``). ``Normalized.span(start, end)`` maps a span of the cleaned text back to the
original, so that every extracted fact keeps the exact surface the article wrote.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

# Spaces that newspapers and portals use, mapped one-to-one to an ASCII space.
_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\f\v"
)
# Characters that carry no text: dropped (the map keeps the original offsets).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# The Icelandic eth (Ð, ð), which fonts draw as Đ and legacy-font conversions leave in
# ("QÐ-UBND", "HÐND"), is the Vietnamese letter: mapped one-to-one as well.
_SPACE_TABLE = str.maketrans(
    dict.fromkeys(_SPACES, " ") | {"\r": "\n", "\u00d0": "\u0110", "\u00f0": "\u0111"}
)

# Old ("hoá") → new ("hóa") tone placement: the mark moves from the second vowel of
# oa/oe/uy to the first. Each pair is two characters long on both sides.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng


def _toned(vowels: str) -> str:
    return "".join(unicodedata.normalize("NFC", v + t) for v in vowels for t in _TONES)


# One character class per first vowel, not an alternation of every pair: the regex engine
# then tests two characters at each position instead of sixty alternatives (ten times
# faster on an article; the same matches, case-insensitive as before).
_OLD_TONE = re.compile(f"(?<![qQ])(?:[oO][{_toned('aeAE')}]|[uU][{_toned('yY')}])(?!\\w)")


# A typographic apostrophe inside a word ("Ea H’leo", "Cư Mʼgar"; also the opening quote, the
# grave and acute accents and the prime that sites type for it: "Cư M‘gar", "Ea H`Đing")
# becomes the ASCII one that the gazetteer writes; one character for one, so offsets do not
# move. Quotes around words stay.
_APOSTROPHES = "\u2019\u02bc\u2018`\u00b4\u2032"
_APOSTROPHE = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?=\w)")
# Where a sentence (or a clause closed by ";") ends in cleaned text: what keeps a province
# named in one sentence from placing the units and bodies of the next.
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


# What a line that goes on with the next one can end with: a word, a number, a comma, "&" or a
# dash ("QĐ-", "Bà Rịa -"); not a sentence's or a clause's end, a closing bracket or a colon.
_GOES_ON = re.compile(r"[\w,&\-\u2013]\Z")
# A line that opens an item of its own: a dash or bullet, "1.", "2)", "1.2", "II.", "a)" —
# except a dash after a number, which goes on with it ("Kết luận số 100\n- KL/TW").
_ITEM = re.compile(r"[-+*\u2022\u2013\u2014]|\d+(?:\.\d+)*[.)](?:\s|\Z)|[IVXL]+\.\s|[a-zđ]\)\s")
_DASH = re.compile(r"[-\u2013\u2014]")
# Words no sentence or heading ends with: a line ending with one goes on, whatever the next
# line begins with ("… của\nBan Thường vụ", "của xã\nĐác Ui").
_OPEN_END = re.compile(
    r"(?:^|\s)(?:của|và|với|tại|ở|cho|theo|số|các|những|là|về|do|thuộc|gồm|hoặc|từ|đến"
    r"|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|ấp)\Z"
)
# A dash glued to the word before it ends no line: a symbol or a name is cut ("QĐ-\nTTg").
_CUT = re.compile(r"\w[-\u2013]\Z")
# A line ending in a number or a symbol ("số 100", "172/TTr"): a dash after it goes on with it.
_NUMBERED = re.compile(r"(?:\d|/\w+)\Z")
# Brackets and quotes that may open a line that goes on a sentence: "(308/QĐ-UBND, …".
_OPENERS = "(\"\u201c\u2018'"
# A text is hard-wrapped when at least five of its lines are 40 characters or longer, the
# longest at most 130, and half of them end within 20 characters of the longest: its width.
_WRAPPED_LINES = 5
_WIDEST_WRAP = 130
_WRAP_SLACK = 20


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was wrapped at, or 0 when its lines are paragraphs."""
    long = [len(line.rstrip()) for line in lines if len(line.strip()) >= 40]
    if len(long) < _WRAPPED_LINES or max(long) > _WIDEST_WRAP:
        return 0
    width = max(long)
    full = sum(1 for length in long if length >= width - _WRAP_SLACK)
    return width if 2 * full >= len(long) else 0


def _unwrap(text: str) -> str:
    """``text`` with each line break that wraps a sentence as a space (one for one).

    A break wraps when its line goes on (``_GOES_ON``) and the next line, not indented and not
    an item, begins with a lower-case letter or a digit ("… ngày 26\ntháng 11", "Nghị\nquyết",
    "Quyết định\n(308/QĐ-UBND"). In hard-wrapped text it also wraps before a capital when the
    line was full — it ends near the text's width and the next line's first word would not
    have fitted on it ("tỉnh Quảng\nTrị", "QĐ-\nTTg") — but not after a line in capitals (a
    heading) or one that repeats an earlier line (a title written again). A line ending with
    a word no sentence ends with (``_OPEN_END``) or with a dash glued to its last word goes on
    in any text. Items, paragraphs that end with a full stop and every line of a text written
    one paragraph a line keep their breaks.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    width = _wrap_width(lines)
    seen: set[str] = set()
    out = list(text)
    position = 0
    for line, following in itertools.pairwise(lines):
        position += len(line)
        repeated = line.strip() in seen
        seen.add(line.strip())
        if _wraps(line, following, 0 if repeated else width):
            out[position] = " "
        position += 1
    return "".join(out)


def _wraps(line: str, following: str, width: int) -> bool:
    if not following or not _GOES_ON.search(line):
        return False
    if _ITEM.match(following) and not (_DASH.match(following) and _NUMBERED.search(line)):
        return False
    word = following.lstrip(_OPENERS)
    if not word:
        return False
    first = word[0]
    if first.islower() or first.isdigit() or _DASH.match(following):
        return True
    if (_OPEN_END.search(line) or _CUT.search(line)) and first.isupper():
        return True
    return (
        bool(width)
        and first.isupper()
        and len(line) >= width - _WRAP_SLACK
        and len(line) + 1 + len(following.split(" ", 1)[0]) > width
        and not line.isupper()
    )


def _clean(text: str) -> str:
    if "\n" in text:
        text = _unwrap(text)
    if any(mark in text for mark in _APOSTROPHES):
        text = _APOSTROPHE.sub("'", text)
    return _OLD_TONE.sub(_new_tone, text)


def _new_tone(match: re.Match[str]) -> str:
    pair = unicodedata.normalize("NFD", match.group())
    base = [c for c in pair if not unicodedata.combining(c)]
    tone = "".join(c for c in pair if unicodedata.combining(c))
    return unicodedata.normalize("NFC", base[0] + tone + base[1])


@dataclass(frozen=True)
class Normalized:
    """Cleaned text and, per cleaned character, where it came from in the original."""

    original: str
    text: str
    starts: tuple[int, ...] | None = None  # None: offsets are the same in both texts
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) for the cleaned text's [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def surface(self, start: int, end: int) -> str:
        begin, finish = self.span(start, end)
        return self.original[begin:finish]


def normalize(original: str) -> Normalized:
    """Clean ``original`` for the finders, keeping a map back to it."""
    spaced = original.translate(_SPACE_TABLE)
    if unicodedata.is_normalized("NFC", spaced) and not _INVISIBLE.intersection(spaced):
        # Fast path: cleaning only replaces characters one for one.
        return Normalized(original, _clean(spaced))
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    length = len(spaced)
    while position < length:
        chunk_end = position + 1
        while chunk_end < length and unicodedata.combining(spaced[chunk_end]):
            chunk_end += 1
        chunk = spaced[position:chunk_end]
        if chunk in _INVISIBLE:
            position = chunk_end
            continue
        composed = unicodedata.normalize("NFC", "".join(c for c in chunk if c not in _INVISIBLE))
        for char in composed:
            text.append(char)
            starts.append(position)
            ends.append(chunk_end)
        position = chunk_end
    cleaned = _clean("".join(text))
    return Normalized(original, cleaned, tuple(starts), tuple(ends))
