"""Reading inputs: files and folders of plain text → ``SourceText``.

Besides the text, ingest reads what a saved article states about itself — title, date and
time, author, publisher, URL — and tells article content from page furniture (related-news
lists, comment forms, captcha, copyright lines, visitor counters), which must not produce
entities. Furniture is not cut out: ``SourceText.content`` lists the regions that are article
content, so every offset still points into the text as it was read.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .encodings import decode
from .errors import InputError
from .gazetteer import load as load_gazetteer
from .html import read_html
from .models import SourceText

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")
# A folder holds articles: its text files are read; corpora (and other files beside them,
# such as label files) are read only when named on their own.
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
TRUNCATED_UTF8 = "utf-8 (truncated)"
# One article is a few kilobytes; a text file past these limits is a whole book or a dump, and
# is refused (with a message) rather than tokenised in one piece.
MAX_ARTICLE_BYTES = 20_000_000
MAX_ARTICLE_CHARS = 10_000_000
_TEXT_FIELDS = ("text", "content", "body")
_META_FIELDS = ("title", "date", "author", "publisher", "url")
_ID_FIELDS = ("id", "name", "file")

# --- furniture ------------------------------------------------------------------------------
# A heading that opens a list of links to other articles: everything after it that is not
# prose is furniture.
_RELATED_HEADING = re.compile(
    r"^\s*(?:các\s+tin\s+(?:khác|đã\s+đưa|cùng\s+chuyên\s+mục|mới(?:\s+hơn)?|cũ(?:\s+hơn)?)"
    r"|tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|mới|đọc\s+nhiều|nổi\s+bật|đã\s+đưa)"
    r"|bài\s+(?:viết\s+)?(?:liên\s+quan|cùng\s+chuyên\s+mục|khác)|xem\s+thêm|đọc\s+thêm"
    r"|tin\s+bài\s+(?:liên\s+quan|khác)|có\s+thể\s+bạn\s+quan\s+tâm)\s*:?\s*$",
    re.IGNORECASE,
)
# Lines that are furniture wherever they stand.
_FURNITURE_LINE = re.compile(
    r"^\s*(?:"
    r"(?:copyright|bản\s+quyền|©).*"
    r"|.*\b(?:captcha|mã\s+(?:bảo\s+mật|xác\s+nhận|kiểm\s+tra))\b.*"
    r"|(?:gửi\s+)?bình\s+luận(?:\s+(?:của\s+bạn|bạn\s+đọc)(?:\s*\(\d+\))?)?\s*:?"
    r"|ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)\s*(?:\(\d+\))?\s*:?"
    r"|(?:họ\s+(?:và\s+)?tên|email|e-mail|điện\s+thoại|địa\s+chỉ\s+email)\s*\*?\s*:?"
    r"|(?:gửi|gửi\s+ý\s+kiến|hủy|nhập\s+lại|quay\s+lại|về\s+đầu\s+trang|in\s+bài(?:\s+viết)?"
    r"|chia\s+sẻ|bản\s+in|lên\s+đầu\s+trang|trở\s+về)\s*!?"
    r"|.*\bliên\s+hệ\s*-\s*góp\s+ý\b.*"
    r"|(?:trực\s+tuyến|đang\s+(?:truy\s+cập|online|trực\s+tuyến)|lượt\s+(?:truy\s+cập|xem)"
    r"|tổng\s+(?:số\s+)?lượt(?:\s+truy\s+cập)?|số\s+lượt\s+truy\s+cập|hôm\s+nay|thống\s+kê"
    r"(?:\s+truy\s+cập)?|visitors?|online)\s*:?\s*[\d.,\s]*"
    r"|[\d.,\s]+"
    r")\s*$",
    re.IGNORECASE,
)
# A link line of a related-news list: "Title of another article (30/11/2021)".
_LINK_LINE = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)\s*$")
_PROSE_LINE_LENGTH = 220
# A line of prose, not another article's headline: some words and a sentence's full stop
# (headlines end without one, or with a question, an exclamation or "…" cut short).
_SENTENCE_LINE = re.compile(r"^.{60,}[^.]\.$")

# --- metadata -------------------------------------------------------------------------------
_DATETIME = re.compile(
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)"
    r"(?:\s*(?:[,|-]|lúc)?\s*(?P<H>\d{1,2})[:hg](?P<M>\d\d)(?::(?P<S>\d\d))?)?"
)
_TIME_FIRST = re.compile(
    r"(?P<H>\d{1,2})[:hg](?P<M>\d\d)(?::(?P<S>\d\d))?\s*(?:[,|-]|ngày)?\s*"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# The long form: "Thứ bảy, ngày 20 tháng 12 năm 2025 | 08:00".
_LONG_DATE = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)"
    r"(?:\s*(?:[,|-]|lúc)?\s*(?P<H>\d{1,2})[:hg](?P<M>\d\d)(?::(?P<S>\d\d))?)?",
    re.IGNORECASE,
)
# Words a header's date line may carry besides the date and time ("Cập nhật lúc 09:12, Thứ
# Hai, 15/01/2024 (GMT+7)"); a line with other words is prose, not the article's date line.
_DATE_WORDS = re.compile(
    r"ngày|cập\s+nhật|đăng|xuất\s+bản|thời\s+gian|lúc|giờ|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)"
    r"|chủ\s+nhật|gmt\s*\+\s*7|utc\s*\+\s*7|sáng|chiều|tối|am|pm",
    re.IGNORECASE,
)
_DATE_LINE_LENGTH = 80
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_URL_LINE = re.compile(
    r"^\s*(?:(?:nguồn|url|link|địa\s+chỉ\s+bài\s+viết|source)\s*:\s*)?(https?://\S+)\s*$",
    re.IGNORECASE,
)
_PUBLISHER_LINE = re.compile(
    r"^\s*(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?:by\s+)?"
    r"|bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?)?|©\s*(?:\d{4}\s*)?|cơ\s+quan\s+chủ\s+quản\s*:\s*"
    r"|nguồn\s*:\s*)(?P<name>(?:báo|tạp\s+chí|đài|cổng|trang|tin\s+tức)[^.|,;\n]*)",
    re.IGNORECASE,
)
_AUTHOR_LINE = re.compile(
    r"^\s*(?:(?:bài(?:\s+và\s+ảnh|\s*,\s*ảnh)?|tin(?:\s*,\s*ảnh)?|theo|tác\s+giả|pv|nhóm\s+pv)\s*:?\s*)?"
    r"(?P<name>(?:[A-ZĐÀ-Ỹ][\w]*\.?\s+){0,4}[A-ZĐÀ-Ỹ][\w]*)\s*(?:\(.*\))?\s*$"
)
_WORD_UPPER = re.compile(
    r"^[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
)


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class _Reading:
    """What ``_read_article`` learns about one text."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    content: list[tuple[int, int]] = field(default_factory=list)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        # Offsets are the line's in the text as read; the words are matched in NFC, so that
        # decomposed text gives the same title, date and furniture as composed text.
        out.append(_Line(position, position + len(body), unicodedata.normalize("NFC", body)))
        position += len(raw)
    return out


def _iso(match: re.Match[str]) -> str | None:
    day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"] is not None:
        hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return f"{date}T{hour:02d}:{minute:02d}:{second:02d}"
    return date


def _find_date(line: str) -> str | None:
    for pattern in (_TIME_FIRST, _DATETIME, _LONG_DATE):
        match = pattern.search(line)
        if match:
            return _iso(match)
    return None


def _is_date_line(line: str) -> bool:
    """A short line holding a date (and time) and nothing but date words."""
    if len(line) > _DATE_LINE_LENGTH or _find_date(line) is None:
        return False
    rest = _DATE_WORDS.sub(
        " ", _TIME_FIRST.sub(" ", _DATETIME.sub(" ", _LONG_DATE.sub(" ", line)))
    )
    return not re.search(r"[^\W\d_]", rest)


def _stamp_byline(line: str) -> str | None:
    """The byline of a header stamp "Thùy Trang 14/08/2021 07:18" or "PV - 10:56, 18/12/2020":
    a date with its time and, around it, only a few capitalised words. None if not a stamp."""
    if len(line) > _DATE_LINE_LENGTH:
        return None
    for pattern in (_TIME_FIRST, _DATETIME):
        match = pattern.search(line)
        if match and match["H"] is not None:
            rest = (line[: match.start()] + " " + line[match.end() :]).strip(" -|,:")
            words = rest.split()
            if 1 <= len(words) <= 4 and all(_WORD_UPPER.match(word) for word in words):
                return " ".join(words)
            return None
    return None


# a header stamp's parts besides the date: "Thứ Bảy, 15/11/2025 - 07:30 | Hữu Huấn",
# "Ngày đăng: 18/05/2012 | Tác giả: Phan Quỳnh", "hanoi.gov.vn - 15:30 ngày 12/06/2023"
_STAMP_SPLIT = re.compile(r"\s*[|•]\s*|\s+[-–—/]\s+|\s*[()]\s*")
_STAMP_AUTHOR = re.compile(
    r"^(?:tác\s+giả|bài(?:\s+và\s+ảnh|\s*,\s*ảnh)?|tin(?:\s*,\s*ảnh)?|người\s+viết|theo)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_ISSUE_PLACE = re.compile(r"^[^\d|,()]{2,40},\s*ngày\s", re.IGNORECASE)
# the city's short forms as a dateline's place ("Tp.HCM, 12/8/2025")
_STAMP_CITY = re.compile(r"^(?:TP|Tp)\.?\s?HCM$|^TPHCM$|^HCM$")
_STAMP_PUBLISHER = re.compile(
    r"^(?:nguồn\s*:\s*)?(?P<name>(?:báo|tạp\s+chí|đài|cổng\s+thông\s+tin|trang\s+thông\s+tin"
    r"|trang\s+tin)\b.*)$",
    re.IGNORECASE,
)
_STAMP_FURNITURE = re.compile(
    r"^(?:lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lượt\s+xem|\d+\s+lượt\s+(?:xem|đọc)|\d*\s*bình\s+luận"
    r"|in\s+bài|in\s+trang|chia\s+sẻ|gửi\s+bài|lưu\s+bài|gửi\s+email|phản\s+hồi|xem)"
    r"\s*:?\s*\d*$",
    re.IGNORECASE,
)
_STAMP_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)


def _segmented_stamp(line: str) -> tuple[str, str | None, str | None] | None:
    """(date, author, publisher) of a header stamp whose parts are set apart by "|", a spaced
    dash or brackets: the date with its date words, and beside it only bylines, a source's
    name or tag, a web address or the dateline's place. None if any part is something else
    (prose), or if the line is a legal text's place of issue."""
    if len(line) > _DATE_LINE_LENGTH + 80 or _ISSUE_PLACE.match(line):
        return None  # "Đông Hà, ngày 7 tháng 8 năm 2023": a legal text's place of issue
    match = _TIME_FIRST.search(line) or _DATETIME.search(line) or _LONG_DATE.search(line)
    if match is None:
        return None
    date = _iso(match)
    if date is None:
        return None
    author = publisher = None
    rest = line[: match.start()] + " | " + line[match.end() :]
    for part in _STAMP_SPLIT.split(rest):
        part = part.strip(" ,:-–—")
        if not part or not re.search(r"[^\W_]", part):
            continue
        if (" " not in part and part[:1].isupper()) or _STAMP_CITY.match(part):
            continue  # a source's tag or a place in one word: "SGGPO", "GLO", "Huế", "TP.HCM"
        words = _DATE_WORDS.sub(" ", part)
        if not re.search(r"[^\W\d_]", words):
            continue  # "Thứ Bảy", "07:30", "GMT+7", "Ngày đăng"
        if _STAMP_DOMAIN.match(part) or _STAMP_FURNITURE.match(part):
            continue  # a web address; a page's counters and buttons ("Lượt xem: 120", "In bài")
        if found := _STAMP_PUBLISHER.match(part):
            publisher = publisher or _publisher_name(found["name"])
            continue
        name = _STAMP_AUTHOR.sub("", part)
        if _is_name(name) and _is_place(name):
            continue  # a dateline's place
        if _is_name(name):
            author = name if author is None else f"{author}, {name}"  # "(A - B)": both wrote
            continue
        return None
    return date, author, publisher


def _is_place(name: str) -> bool:
    """A province or a city (a dateline "Quảng Trị - 12/06/2023" names no author)."""
    return any(unit.tier <= 2 for unit in load_gazetteer().lookup(name))


def _is_name(candidate: str) -> bool:
    words = candidate.replace(".", ". ").split()
    return 2 <= len(words) <= 5 and all(_WORD_UPPER.match(word) for word in words)


def _publisher_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", raw).strip(" -:")
    if name.isupper():
        name = " ".join(word.capitalize() for word in name.lower().split())
    return name


def _read_article(text: str) -> _Reading:
    reading = _Reading()
    lines = _lines(text)
    furniture = [False] * len(lines)

    # Related-news lists: the heading and the link lines after it, until prose resumes.
    index = 0
    while index < len(lines):
        if _RELATED_HEADING.match(lines[index].text):
            furniture[index] = True
            index += 1
            while index < len(lines):
                item = lines[index].stripped
                if not _LINK_LINE.search(item) and (
                    len(item) > _PROSE_LINE_LENGTH or _SENTENCE_LINE.search(item)
                ):
                    break  # prose resumes: a long line, or one ending as a sentence does
                furniture[index] = True
                index += 1
            continue
        if _FURNITURE_LINE.match(lines[index].text) and lines[index].stripped:
            furniture[index] = True
        index += 1

    # Metadata that furniture lines carry.
    for number, line in enumerate(lines):
        if furniture[number] and reading.publisher is None:
            match = _PUBLISHER_LINE.match(line.text)
            if match:
                reading.publisher = _publisher_name(match["name"])
        url = _URL_LINE.match(line.text)
        if url and reading.url is None:
            reading.url = url.group(1).rstrip(".,;")
            furniture[number] = True

    content = [n for n, line in enumerate(lines) if not furniture[n] and line.stripped]
    if not content:
        return reading

    # The header: a title line and a date line among the first lines of content.
    head = content[:6]
    for number in head:
        header = lines[number].stripped
        if reading.date is None and _is_date_line(header):
            reading.date = _find_date(header)
            furniture[number] = True
        elif reading.date is None and (byline := _stamp_byline(header)) is not None:
            reading.date = _find_date(header)
            furniture[number] = True
            if _is_name(byline):
                reading.author = byline
        elif reading.date is None and (stamp := _segmented_stamp(header)) is not None:
            reading.date, author, publisher = stamp
            furniture[number] = True
            reading.author = author or reading.author
            reading.publisher = reading.publisher or publisher
    first = lines[content[0]].stripped
    if (
        not furniture[content[0]]
        and len(first) <= 300
        and len(content) > 1
        and not first.endswith((".", ";", ":"))
        and "|" not in first  # a flattened table header, not a title
    ):
        reading.title = first

    # The byline: the last short line of content that is a person's name.
    last = [n for n in content if not furniture[n]]
    if last:
        candidate = lines[last[-1]].stripped
        match = _AUTHOR_LINE.match(candidate)
        if match and len(candidate) <= 60 and _is_name(match["name"]):
            reading.author = match["name"]
            furniture[last[-1]] = True

    if reading.url is None:
        for number in content:
            found = _URL.search(lines[number].text)
            if found and not furniture[number] and lines[number].stripped == found.group():
                reading.url = found.group().rstrip(".,;")
                break

    regions: list[tuple[int, int]] = []
    for number, line in enumerate(lines):
        if furniture[number]:
            continue
        start, end = line.start, line.end
        if regions and regions[-1][1] >= start - 1:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    reading.content = regions
    return reading


def _decode(data: bytes, where: str) -> tuple[str, str]:
    """Text and encoding of a file's bytes.

    UTF-8 and UTF-16 text is kept exactly as decoded (normalisation happens later, with an
    offset map); other bytes go to ``encodings.decode``, which recognises the legacy
    Vietnamese encodings (Windows-1258, TCVN3, VNI) and returns NFC text.
    """
    if not data.strip():
        raise InputError(f"{where}: empty file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise InputError(
                f"{where}: invalid UTF-8 after a byte-order mark (offset {error.start + 3})"
            ) from None
    if b"\x00" not in data:  # NUL bytes: UTF-16 or binary, which encodings.decode tells apart
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
                # A download cut inside the last character: keep what came before it.
                return data[: error.start].decode("utf-8"), TRUNCATED_UTF8
    try:
        text, encoding = decode(data)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    if not text.strip():
        raise InputError(f"{where}: empty file")
    return text, encoding


def _metadata_date(value: str) -> str | None:
    """An ISO date or date-time from a metadata field ("2021-09-17", "17/09/2021 06:32")."""
    value = value.strip()
    iso = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?))?\S*", value)
    if iso:
        time = iso.group(2)
        if time is None:
            return iso.group(1)
        return f"{iso.group(1)}T{time}:00" if len(time) == 5 else f"{iso.group(1)}T{time}"
    return _find_date(value)


def read_text(
    text: str,
    name: str,
    *,
    path: str | None = None,
    encoding: str = "utf-8",
    metadata: Mapping[str, str | None] | None = None,
) -> SourceText:
    """Make a ``SourceText`` from text already in memory.

    ``metadata`` (title, date, author, publisher, url) given by the caller — a corpus row's
    columns — takes precedence over what the text itself says.
    """
    if not text.strip():
        raise InputError(f"{name}: empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{name}: too long for one article ({len(text):,} characters; the limit is"
            f" {MAX_ARTICLE_CHARS:,})"
        )
    reading = _read_article(text)
    given = {k: v.strip() for k, v in (metadata or {}).items() if isinstance(v, str) and v.strip()}
    date = _metadata_date(given["date"]) if "date" in given else None
    return SourceText(
        name=name,
        text=text,
        path=path,
        title=given.get("title", reading.title),
        date=date or reading.date,
        author=given.get("author", reading.author),
        publisher=given.get("publisher", reading.publisher),
        url=given.get("url", reading.url),
        encoding=encoding,
        content=tuple(reading.content),
    )


def _read_bytes(path: Path, *, limit: int | None = None) -> bytes:
    """The file's bytes; with ``limit``, a larger file is refused before it is read."""
    if str(path) == STDIN:
        return sys.stdin.buffer.read()
    try:
        if limit is not None and (size := path.stat().st_size) > limit:
            raise InputError(
                f"{path}: too large for one article ({size / 1e6:.0f} MB; the limit is"
                f" {limit / 1e6:.0f} MB): split it, or give it as a JSON Lines corpus"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def read_file(path: str | Path) -> SourceText:
    """Read one text file or saved web page; raises ``InputError`` naming the file when it
    cannot be used. A page's article text (without menus, related news or comments) becomes
    the text, and its offsets point into that text."""
    where = str(path)
    text, encoding = _decode(_read_bytes(Path(path), limit=MAX_ARTICLE_BYTES), where)
    warnings: tuple[str, ...] = ()
    if encoding == TRUNCATED_UTF8:
        encoding = "utf-8"
        warnings = (f"{where}: truncated: the file ends inside a character, which was dropped",)
    if Path(path).suffix.lower() in HTML_SUFFIXES:
        try:
            page = read_html(text, Path(path).name, path=where)
        except InputError as error:
            raise InputError(f"{where}: {error}") from None
        return dataclasses.replace(page, encoding=encoding, warnings=warnings)
    source = read_text(text, Path(path).name, path=where, encoding=encoding)
    return dataclasses.replace(source, warnings=warnings)


def _row_text(row: Mapping[str, object]) -> str | None:
    for column in _TEXT_FIELDS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _row_source(row: Mapping[str, object], where: str, name: str, encoding: str) -> SourceText:
    text = _row_text(row)
    if text is None:
        raise InputError(f"{where}: no text (a '{_TEXT_FIELDS[0]}' column or field is needed)")
    metadata = {column: row.get(column) for column in _META_FIELDS}
    return read_text(
        text,
        name,
        path=where,
        encoding=encoding,
        metadata={k: v for k, v in metadata.items() if isinstance(v, str)},
    )


def _row_name(row: Mapping[str, object], file: str, number: int) -> str:
    for column in _ID_FIELDS:
        value = row.get(column)
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()
    return f"{file}#{number}"


def read_corpus(
    path: str | Path, *, errors: list[InputError] | None = None
) -> Iterator[SourceText]:
    """The texts of a JSON Lines or CSV/TSV corpus: one text per line or row.

    A row needs a ``text`` column (or ``content``, ``body``); ``title``, ``date``, ``author``,
    ``publisher`` and ``url`` are optional metadata; ``id`` (or ``name``, ``file``) names the
    text, else ``FILE#ROW``. A bad row raises ``InputError`` naming the file and line, or is
    appended to ``errors`` when that is a list.
    """
    where = str(path)
    file = Path(path).name
    text, encoding = _decode(_read_bytes(Path(path)), where)
    suffix = Path(path).suffix.lower()
    rows: Iterator[tuple[int, object]]
    if suffix in (".csv", ".tsv"):
        reader = csv.DictReader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ",")
        rows = ((reader.line_num, row) for row in reader)
    else:
        rows = _json_rows(text, where)
    for number, row in rows:
        try:
            if isinstance(row, InputError):
                raise row
            if not isinstance(row, dict):
                raise InputError(f"{where}:{number}: not an object with a text field")
            yield _row_source(row, f"{where}:{number}", _row_name(row, file, number), encoding)
        except InputError as error:
            if errors is None:
                raise
            errors.append(error)


def _json_rows(text: str, where: str) -> Iterator[tuple[int, object]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, InputError(f"{where}:{number}: not JSON ({error.msg})")


def find_inputs(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """Expand files and folders in a stable order: a folder gives its text files
    (recursively); a corpus (JSON Lines, CSV, TSV) is read when named itself. ``-`` stands for
    standard input. One path may be given alone (``load_texts("examples")``). A file reached
    twice (named twice, or named and inside a named folder) is read once, where it comes first.
    """
    given: Iterable[str | Path] = [paths] if isinstance(paths, (str, Path)) else paths
    found: list[Path] = []
    for raw in given:  # (one path alone: not the characters of a string)
        path = Path(raw)
        if str(raw) == STDIN:
            found.append(Path(STDIN))
        elif path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in FOLDER_SUFFIXES
                    and not p.name.startswith(".")
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{raw}: no such file or folder")
    seen: set[Path] = set()
    once: list[Path] = []
    for path in found:
        if str(path) != STDIN:  # (standard input is read where it is named)
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
        once.append(path)
    return once


def _read_stdin(errors: list[InputError] | None) -> Iterator[SourceText]:
    text, encoding = _decode(_read_bytes(Path(STDIN)), "<stdin>")
    if text.lstrip().startswith("{"):
        for number, row in _json_rows(text, "<stdin>"):
            try:
                if isinstance(row, InputError):
                    raise row
                if not isinstance(row, dict):
                    raise InputError(f"<stdin>:{number}: not an object with a text field")
                name = _row_name(row, "stdin", number)
                yield _row_source(row, f"<stdin>:{number}", name, encoding)
            except InputError as error:
                if errors is None:
                    raise
                errors.append(error)
    else:
        yield read_text(text, "stdin", path=None, encoding=encoding)


def load_texts(
    paths: Iterable[str | Path] | str | Path, *, errors: list[InputError] | None = None
) -> Iterator[SourceText]:
    """Yield a ``SourceText`` per input text: text files, corpus rows, standard input (``-``).

    A file or row that cannot be used raises ``InputError``; when ``errors`` is a list, the
    error is appended to it instead and the batch goes on.
    """
    for path in find_inputs(paths):
        try:
            if str(path) == STDIN:
                yield from _read_stdin(errors)
            elif path.suffix.lower() in CORPUS_SUFFIXES:
                yield from read_corpus(path, errors=errors)
            else:
                yield read_file(path)
        except InputError as error:
            if errors is None:
                raise
            errors.append(error)
