"""Bytes → text for the encodings Vietnamese files still come in.

``decode`` reads UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the byte
pattern leaves no doubt) and the legacy 8-bit encodings of old government files: Windows-1258,
TCVN3 (ABC, the .VnTime fonts) and VNI-Windows. Strict UTF-8 is tried first; otherwise every
legacy decoding is scored by how Vietnamese it reads — the share of its non-ASCII words that are
valid Vietnamese syllables (onset + rhyme + tone rules, ``data/encodings/syllables.tsv``) — and
the best one is taken only when it clearly wins; between decodings of a short text that read
equally well, the share of frequent syllables (``data/encodings/common.txt``) decides. Anything
else is refused with ``InputError``. The output is always NFC; tone placement (old/new style)
is left as written (``normalize`` deals with it).

The TCVN3 and VNI tables are data (``data/encodings/*.tsv``) and say where they were checked.
``encode`` writes the same tables the other way (for tests and for making sample files).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources

from .errors import InputError

__all__ = ["ENCODINGS", "decode", "encode"]

#: Names ``decode`` reports and ``encode`` accepts.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "windows-1258", "tcvn3", "vni")
_LEGACY = ("windows-1258", "tcvn3", "vni")  # also the preference order when decodings agree
_UNKNOWN = "not text in a known encoding (tried utf-8, windows-1258, tcvn3, vni)"
_BINARY = "binary file, not text"

# Control bytes no text file carries (tab, LF, VT, FF, CR, ^Z and ESC are tolerated).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B} | {0x7F}
_MAX_CONTROL_SHARE = 0.01
# Detection reads at most this many bytes; the whole file is then decoded with the winner.
_SAMPLE = 1 << 14
_MIN_RATIO = 0.5  # share of non-ASCII words that must be syllables
_MARGIN = 0.15  # lead over the next different decoding (in syllables, then frequent ones)
_UTF16_MIN_NUL = 0.3  # share of code units whose high byte is 0 in BOM-less UTF-16
_UTF16_MAX_OTHER_NUL = 0.02

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_STOP_TONES = {"\u0301", "\u0323"}  # the only tones a rhyme ending in c/ch/p/t takes
_STOP_CODAS = ("c", "ch", "p", "t")
# Non-ASCII characters that are not letters but common in text, whatever the encoding.
_PUNCTUATION = frozenset("\u00a0–—‘’‚“”„…•·°§©®«»±×÷€™¢£¥¤¦¨ª¬¯²³´µ¶¸¹º¼½¾¿†‡‰‹›")
_WORD = re.compile(r"[^\W\d_]+")
# A token: a run of anything but spaces, ASCII punctuation and digits.
_TOKEN = re.compile(r"[^\s!-@\[-`{-~]+")
_EDGE_PUNCTUATION = "\u00a0–—‘’‚“”„…•·«»‹›°§©®™†‡"
_VOWELS = frozenset("aeiouy")


# --- public ---------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file; the text is NFC.

    ``encoding`` is one of ``ENCODINGS``. Raises ``InputError`` (one line, without the file
    name) for binary data and for bytes no supported encoding reads as Vietnamese text.
    """
    if not data:
        return "", "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        if _is_binary(data[len(codecs.BOM_UTF8) :]):
            raise InputError(_BINARY)
        try:
            return _nfc(data.decode("utf-8-sig")), "utf-8-sig"
        except UnicodeDecodeError:
            raise InputError("invalid UTF-8 after a UTF-8 byte-order mark") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _utf16(data)
        if text is None:
            raise InputError("invalid UTF-16 after a UTF-16 byte-order mark")
        return text, "utf-16"
    text = _utf16_without_bom(data)
    if text is not None:
        return text, "utf-16"
    if _is_binary(data):
        raise InputError(_BINARY)
    try:
        return _nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _detect_legacy(data[:_SAMPLE])
    text = _DECODERS[encoding](data)
    if text is None:  # the sample decoded, a later byte does not
        raise InputError(_UNKNOWN)
    return text, encoding


def encode(text: str, encoding: str) -> bytes:
    """Write ``text`` in ``encoding`` (one of ``ENCODINGS``) as a converter of the time would.

    TCVN3 has no codes for capitals with a tone mark: they are written with the lower-case code
    (as Unikey and the .VnTimeH fonts do), so the capital is lost unless ``decode`` can restore
    it from an all-capitals word or line. Raises ``ValueError`` for a character the encoding
    cannot write.
    """
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        return text.encode(encoding)
    if encoding == "windows-1258":
        return _encode_cp1258(text)
    if encoding == "tcvn3":
        table = _tcvn3_encoder()
        return b"".join(_encode_char(c, table, encoding, tcvn3=True) for c in _nfc(text))
    if encoding == "vni":
        table = _vni_encoder()
        return b"".join(_encode_char(c, table, encoding, tcvn3=False) for c in _nfc(text))
    raise ValueError(f"unknown encoding {encoding!r} (known: {', '.join(ENCODINGS)})")


# --- unicode encodings and binary data ------------------------------------------------------
def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _utf16(data: bytes) -> str | None:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return None
    return None if _has_control(text) else _nfc(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: the high byte of most code units is 0, the low byte never."""
    units = len(data) // 2
    if units < 2 or len(data) % 2:
        return None
    even_nul, odd_nul = data[0::2].count(0), data[1::2].count(0)
    for high_nul, low_nul, codec in (
        (odd_nul, even_nul, "utf-16-le"),
        (even_nul, odd_nul, "utf-16-be"),
    ):
        if high_nul >= _UTF16_MIN_NUL * units and low_nul <= _UTF16_MAX_OTHER_NUL * units:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if _has_control(text) or "\x00" in text else _nfc(text)
    return None


def _has_control(text: str) -> bool:
    return any(ord(c) in _CONTROL_BYTES for c in text)


def _is_binary(data: bytes) -> bool:
    if 0 in data:
        return True
    controls = sum(data.count(b) for b in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * len(data)


# --- legacy decoders ------------------------------------------------------------------------
def _decode_cp1258(data: bytes) -> str | None:
    try:
        return _nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return None


def _decode_tcvn3(data: bytes) -> str | None:
    text, _ = codecs.charmap_decode(data, "strict", _tcvn3_decoding_map())
    return _nfc(_recase_tcvn3(_nfc(text)))


def _decode_vni(data: bytes) -> str | None:
    pairs, singles = _vni_decoder()
    text = data.decode("latin-1")
    return _nfc(_vni_pattern().sub(lambda m: _vni_unit(m.group(), pairs, singles), text))


_DECODERS = {"windows-1258": _decode_cp1258, "tcvn3": _decode_tcvn3, "vni": _decode_vni}


def _vni_unit(unit: str, pairs: dict[str, str], singles: dict[str, str]) -> str:
    """A VNI base letter + mark byte (a mark in the other case than its base still counts),
    or a single byte; a mark that does not fit its base stays the Latin-1 letter it is."""
    if len(unit) == 1:
        return singles.get(unit, unit)
    base, mark = unit[0], unit[1]
    found = pairs.get(unit) or pairs.get(base + chr(ord(mark) ^ 0x20))
    if found is not None:
        return found
    return singles.get(base, base) + singles.get(mark, mark)


def _recase_tcvn3(text: str) -> str:
    """Give back capitals that TCVN3 wrote with lower-case codes, where the context is certain.

    A letter that TCVN3 can only write in lower case becomes a capital in a word whose other
    letters (at least two) are all capitals ("QUYếT" → "QUYẾT"), and in a line whose letters
    are all capitals and that has such a word ("Bộ TÀI CHíNH" → "BỘ TÀI CHÍNH"). A word with a
    single other letter ("Số", "Mỹ") decides nothing on its own.
    """
    lower_only = _tcvn3_lower_only()
    if not any(c in lower_only for c in text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = [w for w in _WORD.findall(line) if any(c in lower_only for c in w)]
        if not words:
            continue
        sure = [w for w in words if _capitals_only(w, lower_only, 2)]
        if sure and _capitals_only(line, lower_only, 0):
            lines[i] = "".join(c.upper() if c in lower_only else c for c in line)
        elif sure:
            lines[i] = _WORD.sub(partial(_upper_if_in, frozenset(sure)), line)
    return "\n".join(lines)


def _upper_if_in(words: frozenset[str], match: re.Match[str]) -> str:
    return match.group().upper() if match.group() in words else match.group()


def _capitals_only(span: str, lower_only: frozenset[str], minimum: int) -> bool:
    """Whether the letters of ``span`` TCVN3 can write as capitals are all capitals."""
    cased = [c for c in span if c.isalpha() and c not in lower_only]
    return len(cased) >= minimum and all(c.isupper() for c in cased)


# --- detection ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Score:
    good: int  # non-ASCII words that are Vietnamese syllables
    bad: int  # other non-ASCII words, stray marks and symbols
    common: int  # of the good ones, those among the frequent syllables

    @property
    def common_ratio(self) -> float:
        total = self.good + self.bad
        return self.common / total if total else 0.0

    @property
    def ratio(self) -> float:
        total = self.good + self.bad
        return self.good / total if total else 0.0


def _detect_legacy(sample: bytes) -> str:
    texts: dict[str, str] = {}
    for encoding in _LEGACY:
        text = _DECODERS[encoding](sample)
        if text is not None and text not in texts.values():
            texts[encoding] = text  # decodings that agree count once, first in _LEGACY order
    scored = sorted(
        ((_score(text), encoding) for encoding, text in texts.items()),
        key=lambda item: (-item[0].ratio, -item[0].good, _LEGACY.index(item[1])),
    )
    if not scored:
        raise InputError(_UNKNOWN)
    best, encoding = scored[0]
    if best.good == 0 and best.bad == 0 and len(scored) == 1:
        return encoding  # nothing Vietnamese to judge, but every decoding says the same
    if best.good == 0 or best.ratio < _MIN_RATIO:
        raise InputError(_UNKNOWN)
    contenders = [(score, name) for score, name in scored if best.ratio - score.ratio < _MARGIN]
    if len(contenders) == 1:
        return encoding
    # Decodings that read about equally well (a short text): frequent syllables decide.
    contenders.sort(key=lambda item: -item[0].common_ratio)
    leader, name = contenders[0]
    if leader.ratio >= _MIN_RATIO and all(
        leader.common_ratio - score.common_ratio >= _MARGIN for score, _ in contenders[1:]
    ):
        return name
    raise InputError(_UNKNOWN)


def _score(text: str) -> _Score:
    good = bad = common = 0
    for match in _TOKEN.finditer(text):
        token = match.group().strip(_EDGE_PUNCTUATION)
        if token.isascii():
            continue
        if not token:
            bad += sum(c not in _PUNCTUATION for c in match.group())
        elif not token.isalpha() or not (token.islower() or token.isupper() or token.istitle()):
            bad += 1  # a symbol, a stray mark or a capital inside a word: mojibake
        elif _is_abbreviation(token):
            continue  # "HĐND", "QĐ": says nothing either way
        elif _is_syllable(token.lower()):
            good += 1
            common += _signature(token.lower()) in _common_syllables()
        else:
            bad += 1
    return _Score(good, bad, common)


def _is_abbreviation(token: str) -> bool:
    return token.isupper() and not any(
        unicodedata.normalize("NFD", c)[0].lower() in _VOWELS for c in token
    )


@cache
def _is_syllable(word: str) -> bool:
    """Whether a lower-case NFC word is a Vietnamese syllable: onset + rhyme + tone, the tone
    on a vowel where old or new spelling puts it, and only sắc or nặng on a c/ch/p/t ending."""
    tones = [
        (i, t) for i, c in enumerate(word) for t in unicodedata.normalize("NFD", c) if t in _TONES
    ]
    if len(tones) > 1:
        return False
    bare = "".join(_without_tone(c) for c in word)
    onsets, rhymes = _syllable_parts()
    for onset in onsets:
        rhyme = bare[len(onset) :]
        if not bare.startswith(onset) or rhyme not in rhymes:
            continue
        if not tones:
            return True
        position, tone = tones[0]
        if rhyme.endswith(_STOP_CODAS) and tone not in _STOP_TONES:
            continue
        if position - len(onset) in _tone_positions(rhyme):
            return True
    return False


@cache
def _signature(word: str) -> tuple[str, str]:
    """A word's letters and tone, wherever the tone stands ("hòa" and "hoà" are one)."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = "".join(c for c in decomposed if c in _TONES)
    return "".join(_without_tone(c) for c in word), tone


def _without_tone(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def _tone_positions(rhyme: str) -> tuple[int, ...]:
    """Where in a toneless rhyme the tone mark may stand (old and new placement)."""
    vowels = len(rhyme) - len(rhyme.lstrip("aăâeêioôơuưy"))
    marked = [i for i, c in enumerate(rhyme[:vowels]) if c in "ăâêôơư"]
    if marked:
        return (marked[-1],)  # the vowel with a sign: "người", "muốn", "khuấy"
    if vowels == 1:
        return (0,)
    if vowels < len(rhyme):
        return (vowels - 1,)  # before a consonant ending, the last vowel: "toán", "huýt"
    if vowels == 3:
        return (1,)  # the middle one: "ngoài", "khuỷu"
    return (0, 1) if rhyme in ("oa", "oe", "uy") else (0,)  # "hòa"/"hoà"; "mùa", "máy"


# --- tables ---------------------------------------------------------------------------------
def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("policygraph").joinpath("data", "encodings", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _syllable_parts() -> tuple[tuple[str, ...], frozenset[str]]:
    onsets: list[str] = [""]
    rhymes: set[str] = set()
    for kind, value in _data_rows("syllables.tsv"):
        if kind == "onset":
            onsets.append(value)
        else:
            rhymes.update(value.split())
    return tuple(sorted(onsets, key=len, reverse=True)), frozenset(rhymes)


@cache
def _common_syllables() -> frozenset[tuple[str, str]]:
    text = resources.files("policygraph").joinpath("data", "encodings", "common.txt")
    lines = text.read_text("utf-8").splitlines()
    return frozenset(
        _signature(word) for line in lines if not line.startswith("#") for word in line.split()
    )


def is_common_syllable(word: str) -> bool:
    """Whether ``word`` is one of the frequent syllables of the genre (``common.txt``)."""
    return _signature(word.lower()) in _common_syllables()


@cache
def _tcvn3_table() -> tuple[tuple[int, str, bool], ...]:
    """(byte, character, in VN3 proper) for every TCVN3 code above ASCII."""
    return tuple(
        (int(code, 16), char, group == "vn3")
        for code, char, _points, group in _data_rows("tcvn3.tsv")
    )


def _western(byte: int) -> str:
    """The character of a byte the Vietnamese table leaves free: Windows-1252 or Latin-1."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@cache
def _tcvn3_decoding_map() -> str:
    chars = [chr(b) if b < 0x80 else _western(b) for b in range(256)]
    for byte, char, _vn3 in _tcvn3_table():
        chars[byte] = char
    return "".join(chars)


@cache
def _tcvn3_lower_only() -> frozenset[str]:
    """Letters VN3 writes only in lower case (the vowels with a tone mark)."""
    vn3 = {char for _byte, char, vn3 in _tcvn3_table() if vn3}
    return frozenset(c for c in vn3 if c.islower() and c.upper() not in vn3)


@cache
def _tcvn3_encoder() -> dict[str, bytes]:
    return {char: bytes([byte]) for byte, char, vn3 in _tcvn3_table() if vn3}


@cache
def _vni_table() -> tuple[tuple[bytes, str], ...]:
    return tuple((bytes.fromhex(code), char) for code, char, _points in _data_rows("vni.tsv"))


@cache
def _vni_decoder() -> tuple[dict[str, str], dict[str, str]]:
    """VNI pairs and single bytes (as Latin-1 strings) → characters; 0x80-0x9F as Windows-1252."""
    pairs: dict[str, str] = {}
    singles: dict[str, str] = {chr(b): _western(b) for b in range(0x80, 0xA0)}
    for code, char in _vni_table():
        if len(code) == 2:
            pairs[code.decode("latin-1")] = char
        else:
            singles[code.decode("latin-1")] = char
    return pairs, singles


@cache
def _vni_pattern() -> re.Pattern[str]:
    """A base letter + mark byte, or a byte that stands for a character alone."""
    pairs, singles = _vni_decoder()
    bases = sorted({p[0] for p in pairs})
    marks = sorted({p[1] for p in pairs} | {chr(ord(p[1]) ^ 0x20) for p in pairs})
    return re.compile(
        f"[{re.escape(''.join(bases))}][{re.escape(''.join(marks))}]"
        f"|[{re.escape(''.join(sorted(singles)))}]"
    )


@cache
def _vni_encoder() -> dict[str, bytes]:
    return {char: code for code, char in _vni_table()}


def _encode_char(char: str, table: dict[str, bytes], encoding: str, *, tcvn3: bool) -> bytes:
    if char.isascii():
        return char.encode("ascii")
    code = table.get(char)
    if code is None and tcvn3:
        code = table.get(char.lower())  # a capital with a tone mark: the lower-case code
    if code is not None:
        return code
    western = char.encode("cp1252", errors="ignore") or char.encode("latin-1", errors="ignore")
    if western and western[0] not in _table_bytes(tcvn3=tcvn3) and _western(western[0]) == char:
        return western  # a symbol on a byte the Vietnamese table leaves free: “ ” – © …
    raise ValueError(f"{encoding} cannot write {char!r} (U+{ord(char):04X})")


@cache
def _table_bytes(*, tcvn3: bool) -> frozenset[int]:
    if tcvn3:
        return frozenset(byte for byte, _char, _vn3 in _tcvn3_table())
    return frozenset(byte for code, _char in _vni_table() for byte in code if byte > 0x7F)


def _encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: base letter (with its vowel sign) + tone mark."""
    out: list[bytes] = []
    for char in _nfc(text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = _nfc("".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        try:
            out.append(base.encode("cp1258") + tones.encode("cp1258"))
        except UnicodeEncodeError:
            raise ValueError(f"windows-1258 cannot write {char!r} (U+{ord(char):04X})") from None
    return b"".join(out)
