"""Reading saved HTML pages: the article's text and what the page states about it.

``read_html`` turns one saved page into a ``SourceText`` whose ``text`` is the article alone —
title, lead and body as paragraphs separated by blank lines — with the page furniture left
out: menus, breadcrumbs, share bars, related-news lists ("Tin liên quan", "CÁC TIN KHÁC",
"Tin cùng chuyên mục", "Văn bản liên quan"), readers' comments and comment forms, captcha,
visitor counters, hidden elements and footers. Since the furniture is not in the text,
``content`` covers all of it.

The page is parsed with lxml's HTML parser (libxml2: forgiving with broken markup, entities
decoded). trafilatura 2.3 was measured on the test pages and not chosen: it lost the lead,
took the body of a table-layout page with its menus and counter, took a related document's
date on a legal-database page, found no bylines, and needed seconds on one page. The steps:

1. what the head declares: canonical URL (``link rel=canonical``, ``og:url``),
   ``og:site_name``, ``og:title``, the publication time (``article:published_time``,
   ``itemprop=datePublished``, JSON-LD ``datePublished``; given as Vietnamese local time);
2. scripts, styles, form controls and comments dropped; furniture dropped by tag (nav, aside,
   page header/footer, form), by class/id words (menu, breadcrumb, share, comment, related,
   tinkhac, counter, …), by being hidden, by a heading that opens a related-news or comment
   block (with the link lists, or the comments, after it) — but never an element that holds
   the page's h1 or most of its prose;
3. the page flattened into blocks (paragraphs, cells, list items, lines split by ``<br>``);
   the article is the element that collects the most prose (readability-style scoring:
   a paragraph counts fully for the element around it and half for the one above), plus
   prose siblings before it (a lead kept beside the body); a "container" holding several
   linked headings is a listing page, not an article;
4. title: the heading just before the article's first paragraph (the one matching the
   declared title if any); date: the declared time, else the date line near the title —
   labelled ("Ngày đăng", "Ngày ban hành" before "Cập nhật"; never "Ngày hiệu lực",
   "Hôm nay") or bare ("Thứ Sáu, 17/9/2021 - 06:32") — else a labelled line under the
   article; never a related article's date; byline: an element of class author/tacgia, a
   short bold/italic/right-aligned name (or "Tác giả:", "Bài và ảnh:") ending the article
   (not a legal document's signature, not "Theo Báo …"), else ``meta name=author`` unless it
   names the site; publisher: ``og:site_name``, JSON-LD, or the copyright line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import lxml.etree
import lxml.html

from .errors import InputError
from .models import SourceText

_Element = Any  # lxml.html.HtmlElement (lxml ships no type information)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- what is dropped -------------------------------------------------------------------------
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "input",
    "textarea",
    "select",
    "option",
    "button",
    "label",
    "head",
)
_FURNITURE_TAGS = ("nav", "aside", "menu")
_EDGE_TAGS = ("header", "footer")  # page furniture unless inside the article element
# Words of a class or id that mark furniture (split on spaces, "-" and "_").
_FURNITURE_WORDS = _word_set(
    """
    menu menus mainmenu topmenu leftmenu menungang menudoc submenu nav navbar navigation
    breadcrumb breadcrumbs breadcrum path duongdan share sharing social socials chiase
    comment comments binhluan ykien feedback related relate lienquan tinlienquan tinkhac
    othernews other others sidebar cotrai cotphai leftcol rightcol footer chantrang
    banner ads advert advertisement quangcao counter thongke visitor visitors login dangnhap
    search timkiem tags tag keywords tukhoa toolbar tools tool print paging pagination
    captcha weather thoitiet hotline copyright popup modal cookie subscribe newsletter
    rating vote poll"""
)
_RELATED_HEADING = re.compile(
    r"^(?:(?:các\s+)?(?:tin|bài|tin\s+bài|bài\s+viết|tin\s+tức|văn\s+bản|video|ảnh)\s+"
    r"(?:liên\s+quan|khác|cùng\s+(?:chuyên\s+mục|lĩnh\s+vực|loại|cơ\s+quan|chủ\s+đề)|mới(?:\s+nhất|\s+hơn)?"
    r"|cũ(?:\s+hơn)?|đã\s+đưa|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|tiêu\s+điểm"
    r"|được\s+(?:hướng\s+dẫn|sửa\s+đổi|thay\s+thế|căn\s+cứ|dẫn\s+chiếu)|căn\s+cứ|hướng\s+dẫn"
    r"|sửa\s+đổi|thay\s+thế|dẫn\s+chiếu|gốc|tiếng\s+anh)"
    r"|(?:đọc|xem)\s+(?:thêm|nhiều(?:\s+nhất)?)|có\s+thể\s+bạn\s+quan\s+tâm|chuyên\s+mục|danh\s+mục"
    r"|(?:gửi\s+)?(?:ý\s+kiến|bình\s+luận)(?:\s+(?:của\s+)?(?:bạn\s+đọc|bạn|độc\s+giả))?"
    r"|liên\s+kết(?:\s+website)?|thống\s+kê(?:\s+truy\s+cập)?|lược\s+đồ|tags?|từ\s+khóa"
    r")\s*(?:\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
_COMMENT_HEADING = re.compile(
    r"^(?:gửi\s+)?(?:ý\s+kiến|bình\s+luận)(?:\s+(?:của\s+)?(?:bạn\s+đọc|bạn|độc\s+giả))?"
    r"\s*(?:\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
# Lines that are furniture wherever they stand (inside the article element too).
_FURNITURE_LINE = re.compile(
    r"^(?:chia\s+sẻ|in\s+(?:bài(?:\s+viết)?|trang)|bản\s+in|gửi\s+(?:email|bài\s+viết|cho\s+bạn\s+bè)"
    r"|lưu\s+(?:bài|tin)|cỡ\s+chữ\b.*|(?:lượt\s+xem|số\s+lượt\s+xem|lượt\s+đọc)\s*:?\s*[\d.,]*"
    r"|(?:về|lên)\s+đầu\s+trang|quay\s+lại|trở\s+về|tweet|like|zalo|facebook|email"
    r"|(?:từ\s+khóa|tags?)\s*:.*|theo\s+dõi\s+.*\s+trên\s+google\s+news"
    r"|[^\w]+|[\d\s.,:]+)$",
    re.IGNORECASE,
)

# --- blocks ----------------------------------------------------------------------------------
_BLOCK_TAGS = _word_set(
    """
    address article aside blockquote body center dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul caption"""
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4")
_TITLE_WORDS = _word_set("title tieude headline heading tit newstitle detailtitle articletitle")
_AUTHOR_WORDS = _word_set("author tacgia byline butdanh writer nguoiviet")
_PROSE_LENGTH = 80
_PROSE_LINK_DENSITY = 0.3
_PROTECT_SHARE = 0.5  # never drop an element holding this share of the page's prose
_MIN_ARTICLE = 60
_TEASERS = 3  # linked headings in the "article" that make it a listing page

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class _Block:
    """A paragraph of the page: its text, the element holding it and how it looks."""

    text: str
    element: _Element
    link_chars: int = 0
    styled_chars: int = 0  # characters inside b/strong/em/i

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def is_prose(self) -> bool:
        return len(self.text) >= _PROSE_LENGTH and self.link_density < _PROSE_LINK_DENSITY


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _words(element: _Element) -> set[str]:
    raw = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(re.split(r"[\s_\-]+", raw)) - {""}


def _blocks(root: _Element) -> list[_Block]:
    """Flatten the tree into blocks: every block element and ``<br>`` ends a block."""
    blocks: list[_Block] = []
    parts: list[str] = []
    links = 0
    styled = 0
    owner: list[_Element] = [root]
    inside_link = 0
    inside_style = 0

    def flush() -> None:
        nonlocal links, styled
        text = _clean("".join(parts))
        if text:
            blocks.append(_Block(text, owner[-1], links, styled))
        parts.clear()
        links = styled = 0

    def add(text: str | None) -> None:
        nonlocal links, styled
        if not text:
            return
        parts.append(text)
        size = len(_SPACES.sub(" ", text).strip())
        if inside_link:
            links += size
        if inside_style:
            styled += size

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None:
                continue
            if tag in _BLOCK_TAGS or tag == "br":
                flush()
            if tag in _BLOCK_TAGS:
                owner.append(element)
            if tag == "a":
                inside_link += 1
            if tag in ("b", "strong", "em", "i"):
                inside_style += 1
            add(element.text)
        else:
            if tag is not None:
                if tag in _BLOCK_TAGS:
                    flush()
                    owner.pop()
                if tag == "a":
                    inside_link -= 1
                if tag in ("b", "strong", "em", "i"):
                    inside_style -= 1
            if element is not root:
                add(element.tail)
    flush()
    return blocks


def _ancestors(element: _Element) -> Iterator[_Element]:
    while element is not None:
        yield element
        element = element.getparent()


def _prose_by_element(blocks: list[_Block]) -> dict[_Element, int]:
    totals: dict[_Element, int] = {}
    for block in blocks:
        if block.is_prose:
            for element in _ancestors(block.element):
                totals[element] = totals.get(element, 0) + len(block.text)
    return totals


# --- metadata --------------------------------------------------------------------------------
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?(?:\.\d+)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
_DMY = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*(?:[,|-]|lúc)?\s*(?P<H>\d{1,2})[:hg](?P<M>\d\d)(?::(?P<S>\d\d))?)?",
    re.IGNORECASE,
)
_TIME_DMY = re.compile(
    r"(?<!\d)(?P<H>\d{1,2})[:hg](?P<M>\d\d)(?::(?P<S>\d\d))?\s*(?:[,|-]|ngày)?\s*"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_WORDY = re.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)", re.IGNORECASE
)
# Labels of the page's own date, and of dates that are something else.
_DATE_LABEL = re.compile(
    r"cập\s+nhật|ngày\s+(?:đăng|ban\s+hành|xuất\s+bản|phát\s+hành)|đăng\s+(?:ngày|lúc|tải)"
    r"|xuất\s+bản|thời\s+gian\s+đăng|published|posted",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"cập\s+nhật", re.IGNORECASE)
_OTHER_DATE_LABEL = re.compile(
    r"hiệu\s+lực|công\s+báo|hôm\s+nay|truy\s+cập|sinh|hết\s+hạn|hạn\s+chót|áp\s+dụng",
    re.IGNORECASE,
)
_DATE_LINE_LENGTH = 100
_VIETNAM = timezone(timedelta(hours=7))


def _iso_from(match: re.Match[str]) -> str | None:
    day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    hour = match.groupdict().get("H")
    if hour is not None:
        h, m, s = int(hour), int(match["M"]), int(match["S"] or 0)
        if h < 24 and m < 60 and s < 60:
            return f"{date}T{h:02d}:{m:02d}:{s:02d}"
    return date


def _date_in(text: str) -> tuple[int, str] | None:
    """The first date (with its time, when written) in ``text`` and where it starts."""
    found: list[tuple[int, str]] = []
    for pattern in (_TIME_DMY, _DMY, _WORDY):
        match = pattern.search(text)
        if match:
            iso = _iso_from(match)
            if iso:
                found.append((match.start(), iso))
    return min(found) if found else None


def _iso_meta(value: str) -> str | None:
    """An ISO timestamp from a meta tag, as local Vietnamese time without zone."""
    match = _ISO.search(value)
    if match is None:
        found = _date_in(value)
        return found[1] if found else None
    if match["H"] is None:
        return _iso_from(match)
    try:
        stamp = datetime.fromisoformat(match.group().replace(" ", "T").replace("Z", "+00:00"))
    except ValueError:
        return _iso_from(match)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_VIETNAM)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S")


def _meta(root: _Element, *keys: str) -> str | None:
    for key in keys:
        for attribute in ("property", "name", "itemprop"):
            for element in root.iter("meta"):
                if (element.get(attribute) or "").strip().lower() == key:
                    value = _clean(element.get("content") or "")
                    if value:
                        return value
    return None


def _json_ld(root: _Element) -> dict[str, Any]:
    """The first schema.org article object in the page's JSON-LD, if any."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    return item
                stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return {}


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _clean(value) if isinstance(value, str) and value.strip() else None


# A copyright line: its markers ("©", "Copyright", "Bản quyền thuộc về", a year, "by"), then
# the owner's name up to a full stop or separator.
_COPYRIGHT = re.compile(
    r"(?:(?:copyright|bản\s+quyền|©|\(c\))\s*)+"
    r"(?:(?:thuộc\s+(?:về\s+)?|by\s+|của\s+|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|[©:])\s*)*"
    r"(?P<name>[^\W\d_][^.|,;:\n©]{2,80})",
    re.IGNORECASE,
)


def _publisher_from(blocks: list[_Block]) -> str | None:
    """The owner named in the page's copyright line (read from the bottom up)."""
    for block in reversed(blocks):
        for line in block.text.split("\n"):
            if len(line) <= 200:
                name = _copyright_owner(line)
                if name:
                    return name
    return None


def _copyright_owner(text: str) -> str | None:
    for match in _COPYRIGHT.finditer(text):
        if match.start() > 0 and "©" not in text[: match.end()]:
            continue
        name = re.split(r"\s+all\s+rights", match["name"], flags=re.IGNORECASE)[0]
        name = name.strip(" -–")
        if re.match(r"(?:thuộc|all\s+rights|reserved)\b", name, re.IGNORECASE) or len(name) < 3:
            continue
        if name.isupper():
            name = " ".join(word.capitalize() for word in name.lower().split())
        return name
    return None


_BYLINE_PREFIX = re.compile(
    r"^(?:(?:tác\s+giả|bài(?:\s+và\s+ảnh|\s*,\s*ảnh)?|tin(?:\s*,\s*ảnh|\s+và\s+ảnh)?|ảnh|theo"
    r"|người\s+viết|pv|nhóm\s+pv|phóng\s+viên|by)\s*:?\s*)",
    re.IGNORECASE,
)
_OUTLET = r"(?:báo|tạp\s+chí|đài|cổng|trang|thông\s+tấn|ttxvn|vov|vtv|ttđt|tin\s+tức|website)\b"
_SOURCE_LINE = re.compile(
    rf"^(?:nguồn(?:\s+tin)?\s*:.{{0,120}}|\(?theo\s+{_OUTLET}.{{0,100}})$", re.IGNORECASE
)
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_]+$")


def _byline_name(text: str) -> str | None:
    """The person's name in a byline ("Tác giả: Hoàng Thị Lan", "Lê Minh Trí (Đakrông)")."""
    if "\n" in text or len(text) > 80:
        return None
    name = _BYLINE_PREFIX.sub("", text).strip()
    name = re.split(r"\s+[-–|]\s+|\s*\(", name)[0].strip(" .,:;")
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 50:
        if len(words) == 1 and re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]+", name):
            return name  # initials only: "T.L", "H.N"
        return None
    if re.match(_OUTLET, name, re.IGNORECASE):
        return None  # an outlet, not a person
    if all(_NAME_WORD.match(word) and word[0].isupper() for word in words):
        return name
    return None


# --- the reading -----------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def _parse(data: str) -> _Element:
    text = re.sub(r"^\s*<\?xml[^>]*>", "", data)  # lxml refuses str input with an encoding decl
    # Control characters are not allowed in XML text: lxml would refuse them later, when the
    # page's text nodes are edited. A page carries no meaning in them.
    text = _CONTROL.sub(" ", text)
    if not text.strip():
        raise InputError("empty HTML page: no article text found")
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.LxmlError, ValueError) as error:
        reason = " ".join(str(error).split())
        raise InputError(f"cannot parse the HTML page ({reason}): no article text found") from None
    return root


def _remove(element: _Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + " " + tail
        else:
            parent.text = (parent.text or "") + " " + tail
    parent.remove(element)


def _heading_text(element: _Element) -> str:
    return _clean(element.text_content()).strip(" :»›>").strip()


def _hidden(element: _Element) -> bool:
    style = re.sub(r"\s+", "", (element.get("style") or "").lower())
    return (
        element.get("hidden") is not None
        or (element.get("aria-hidden") or "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _drop_furniture(root: _Element) -> None:
    blocks = _blocks(root)
    prose = _prose_by_element(blocks)
    total = prose.get(root, 0)

    def protected(element: _Element) -> bool:
        has_title = element.tag == "h1" or next(element.iter("h1"), None) is not None
        return has_title or prose.get(element, 0) > _PROTECT_SHARE * total

    doomed: list[_Element] = []
    gone: set[_Element] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element is root:
            continue
        if any(e in gone for e in _ancestors(element.getparent())):
            continue
        tag = element.tag
        inside_article = any(e.tag in ("article", "main") for e in _ancestors(element.getparent()))
        if (
            tag in _FURNITURE_TAGS
            or (tag in _EDGE_TAGS and not inside_article)
            or tag == "form"
            or _words(element) & _FURNITURE_WORDS
            or _hidden(element)
        ) and not protected(element):
            doomed.append(element)
            gone.add(element)
    for element in doomed:
        _remove(element)

    # A heading that opens a related-news or comment block: the block it heads goes, and so do
    # the link lists that follow it.
    for block in _blocks(root):
        if not _RELATED_HEADING.match(block.text) or block.element.getparent() is None:
            continue
        head = block.element
        while head.getparent() is not None and head.getparent() is not root:
            parent = head.getparent()
            if _heading_text(parent).startswith(block.text.rstrip(" :")) and not protected(parent):
                head = parent
            else:
                break
        if protected(head):
            continue
        comments = _COMMENT_HEADING.match(block.text) is not None
        follower = head.getnext()
        while follower is not None:
            text = _clean(follower.text_content()) if isinstance(follower.tag, str) else ""
            if text and not _is_link_list(follower) and not (comments and not protected(follower)):
                break  # readers' comments are prose too: all that follows their heading goes
            after = follower.getnext()
            _remove(follower)
            follower = after
        _remove(head)


def _is_link_list(element: _Element) -> bool:
    """Mostly links, or a list or table without prose."""
    blocks = _blocks(element)
    if not blocks:
        return True
    text = sum(len(b.text) for b in blocks)
    links = sum(b.link_chars for b in blocks)
    if links / max(1, text) > 0.5:
        return True
    return element.tag in ("ul", "ol", "table", "dl") and not any(b.is_prose for b in blocks)


def _article_element(blocks: list[_Block]) -> _Element | None:
    """The element that collects the most prose, readability-style (parent full, grandparent
    half)."""
    scores: dict[_Element, float] = {}
    order: dict[_Element, int] = {}
    owners: dict[_Element, int] = {}
    for block in blocks:
        owners[block.element] = owners.get(block.element, 0) + 1
    for block in blocks:
        if not block.is_prose:
            continue
        weight = len(block.text) * (1 - block.link_density)
        # A paragraph scores for the element around it; lines split by <br> for their own.
        parent = block.element
        if owners[parent] == 1 and parent.getparent() is not None:
            parent = parent.getparent()
        for share, element in zip((1.0, 0.5), _ancestors(parent), strict=False):
            scores[element] = scores.get(element, 0.0) + weight * share
            order.setdefault(element, len(order))
    if not scores:
        return None
    return max(scores, key=lambda e: (scores[e], -order[e]))


def _within(element: _Element, container: _Element) -> bool:
    return any(e is container for e in _ancestors(element))


def _is_heading(block: _Block) -> bool:
    element = block.element
    if len(block.text) < 10 or len(block.text) > 300 or "\n" in block.text:
        return False
    if block.link_density > 0.5:
        return False
    for ancestor, _ in zip(_ancestors(element), range(3), strict=False):
        if ancestor.tag in _HEADING_TAGS or _words(ancestor) & _TITLE_WORDS:
            return True
    return False


def _is_teaser_heading(block: _Block) -> bool:
    """A heading that is a link to another article (a listing page's entry)."""
    if block.link_density < 0.8:
        return False
    return any(
        ancestor.tag in _HEADING_TAGS or _words(ancestor) & _TITLE_WORDS
        for ancestor, _ in zip(_ancestors(block.element), range(3), strict=False)
    )


def _styled(block: _Block) -> bool:
    if block.styled_chars >= 0.9 * len(block.text):
        return True
    for element in _ancestors(block.element):
        align = (element.get("align") or "") + (element.get("style") or "")
        if "right" in align.lower():
            return True
        if element.tag in ("td", "div", "article", "section", "body"):
            break
    return False


def _after_office(kept: list[_Block]) -> bool:
    """The last block follows a title of office in capitals ("THỦ TƯỚNG", "TM. ỦY BAN NHÂN
    DÂN"): a legal document's signature, not a byline."""
    if len(kept) < 2:
        return False
    office = kept[-2].text.split("\n")[-1]
    return office.isupper() and len(office) <= 80


def _same_title(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or (len(a) >= 15 and a in b) or (len(b) >= 15 and b in a)


@dataclass
class _Page:
    title: str | None
    date: str | None
    author: str | None
    publisher: str | None
    url: str | None
    paragraphs: list[str]  # the article's paragraphs after the title


def _find_date(
    blocks: list[_Block], start: int, stop: int, *, labelled: bool = False
) -> str | None:
    """The page's own date line among ``blocks[start:stop]``: a labelled one first (only a
    labelled one when ``labelled``)."""
    window = blocks[max(0, start) : stop]
    fallback: str | None = None
    updated: str | None = None  # "Cập nhật" yields to "Ngày đăng" / "Ngày ban hành"
    for number, block in enumerate(window):
        text = block.text
        if len(text) > _DATE_LINE_LENGTH or block.is_prose:
            continue
        found = _date_in(text)
        label = text[: found[0]] if found else text
        if found is None and number + 1 < len(window) and len(text) <= 40:
            # A label cell followed by its value cell ("Ngày ban hành:" | "21/09/2000").
            value = _date_in(window[number + 1].text)
            if value and len(window[number + 1].text) <= 40:
                found = value
                label = text
        if found is None:
            continue
        if _OTHER_DATE_LABEL.search(label):
            continue
        if _DATE_LABEL.search(label):
            if not _UPDATED.search(label):
                return found[1]
            updated = updated or found[1]
            continue
        rest = _strip_date_words(label).strip(" -–|,:/")
        # Nothing but date words before the date, or a byline ("Lê Minh Trí - 17/9/2021").
        if (
            not labelled
            and fallback is None
            and (not re.search(r"[^\W\d_]{2,}", rest) or _byline_name(rest))
        ):
            fallback = found[1]
    return updated or fallback


def _is_date_line(text: str) -> bool:
    """A short line holding a date and nothing but date words and labels."""
    if len(text) > _DATE_LINE_LENGTH or _date_in(text) is None:
        return False
    rest = _WORDY.sub(" ", _DMY.sub(" ", _TIME_DMY.sub(" ", text)))
    rest = _DATE_LABEL.sub(" ", _strip_date_words(rest))
    return not re.search(r"[^\W\d_]{2,}", rest)


def _strip_date_words(label: str) -> str:
    return re.sub(
        r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|ngày|lúc|giờ|gmt|utc",
        " ",
        label,
        flags=re.IGNORECASE,
    )


@dataclass
class _Declared:
    """What the page's head declares about the article (meta tags, JSON-LD, link rel)."""

    url: str | None
    title: str | None
    page_title: str | None
    publisher: str | None
    date: str | None
    author: str | None


def _declared(root: _Element) -> _Declared:
    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    og_url = _meta(root, "og:url")
    url = canonical if canonical and (canonical.startswith("http") or not og_url) else og_url
    ld = _json_ld(root)
    title_tag = next(root.iter("title"), None)
    date = _meta(
        root,
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date.issued",
        "dcterms.issued",
        "date",
    )
    if date is None:
        for element in root.iter("time"):
            if element.get("itemprop") == "datePublished" and element.get("datetime"):
                date = element.get("datetime")
                break
    if date is None and isinstance(ld.get("datePublished"), str):
        date = ld["datePublished"]
    return _Declared(
        url=url,
        title=_meta(root, "og:title", "twitter:title") or _ld_name({"name": ld.get("headline")}),
        page_title=_clean(title_tag.text_content()) if title_tag is not None else None,
        publisher=_meta(root, "og:site_name") or _ld_name(ld.get("publisher")),
        date=_iso_meta(date) if date else None,
        author=_meta(root, "author", "article:author") or _ld_name(ld.get("author")),
    )


def _article_parts(container: _Element) -> list[_Element]:
    """The container, plus prose siblings before it (a lead kept apart from the body; what
    follows the body is comments and teasers of other articles)."""
    parts = [container]
    parent = container.getparent()
    if parent is not None:
        for sibling in parent:
            if sibling is container:
                break
            if (
                isinstance(sibling.tag, str)
                and not _is_link_list(sibling)
                and any(b.is_prose for b in _blocks(sibling))
            ):
                parts.append(sibling)
    return parts


def _title_index(blocks: list[_Block], first_prose: int, declared: list[str]) -> int | None:
    """The last heading before the article's first prose block, preferring one that matches
    the title the page declares (og:title, <title>)."""
    for index in range(first_prose - 1, -1, -1):
        if _is_heading(blocks[index]) and (
            not declared or any(_same_title(blocks[index].text, t) for t in declared)
        ):
            return index
    for index in range(first_prose - 1, max(-1, first_prose - 8), -1):
        if _is_heading(blocks[index]):
            return index
    return None


def _class_byline(scope: _Element) -> tuple[str | None, _Element | None]:
    """A byline in an element of its own (class or id "author", "tacgia", "byline")."""
    for element in scope.iter():
        if isinstance(element.tag, str) and _words(element) & _AUTHOR_WORDS:
            name = _byline_name(_clean(element.text_content()))
            if name:
                return name, element
    return None, None


def _read_page(root: _Element) -> _Page:
    declared = _declared(root)
    for element in list(root.iter(*_DROP_TAGS)):
        if element is not root:
            _remove(element)
    for comment in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _remove(comment)
    body = root.find("body")
    body = body if body is not None else root
    publisher = declared.publisher or _publisher_from(_blocks(body))

    _drop_furniture(body)
    blocks = _blocks(body)
    container = _article_element(blocks)
    if container is None:
        raise InputError("no article text found (the page holds only links, menus or nothing)")
    parts = _article_parts(container)
    members = [i for i, b in enumerate(blocks) if any(_within(b.element, part) for part in parts)]
    first_prose = next(i for i in members if blocks[i].is_prose)
    if sum(1 for i in members if _is_teaser_heading(blocks[i])) >= _TEASERS:
        raise InputError("no article text found (a list of articles with their summaries)")

    title_index = _title_index(
        blocks, first_prose, [t for t in (declared.title, declared.page_title) if t]
    )
    if title_index is not None:
        title: str | None = blocks[title_index].text
    elif declared.title:
        title = declared.title
    elif declared.page_title:  # less the site's name after the last separator
        title = re.split(r"\s+[-|–]\s+(?=[^-|–]*$)", declared.page_title)[0]
    else:
        title = None

    # Date: the page's declared publication time, else its date line near the title.
    anchor = title_index if title_index is not None else members[0]
    line_date = (
        _find_date(blocks, anchor + 1, max(first_prose, anchor + 1) + 1)
        or _find_date(blocks, anchor - 2, anchor)
        # "Ngày đăng: …" under the article, with the byline
        or _find_date(blocks, members[-1] - 2, members[-1] + 4, labelled=True)
    )
    date = declared.date
    if date is None:
        date = line_date
    elif line_date and len(line_date) > len(date) and line_date.startswith(date):
        date = line_date  # the date line adds the time the meta tag left out

    # Paragraphs: the members, less date lines, furniture lines and the byline.
    scope = container.getparent() if container.getparent() is not None else container
    scope = scope.getparent() if scope.getparent() is not None else scope
    author, byline_element = _class_byline(scope)
    kept: list[_Block] = []
    for index in members:
        block = blocks[index]
        if title_index is not None and index <= title_index:
            continue  # the title, and what stands before it (category links)
        if _FURNITURE_LINE.match(block.text) or block.link_density > 0.5:
            continue  # share bars, "Xem thêm" links, lists of other articles
        if byline_element is not None and _within(block.element, byline_element):
            continue
        if _is_date_line(block.text) and (index < first_prose or _DATE_LABEL.search(block.text)):
            continue
        kept.append(block)
    while kept and _SOURCE_LINE.match(kept[-1].text):
        kept.pop()  # "Nguồn: …", "Theo Báo …": where the article was taken from
    if kept and not kept[-1].is_prose and not _after_office(kept):
        name = _byline_name(kept[-1].text)
        if name and (_styled(kept[-1]) or _BYLINE_PREFIX.match(kept[-1].text)):
            author = author or name
            kept.pop()
    if author is None and not (
        declared.author and publisher and _same_title(declared.author, publisher)
    ):
        author = declared.author

    return _Page(title, date, author, publisher, declared.url, [b.text for b in kept])


def read_html(data: str, name: str, *, path: str | None = None) -> SourceText:
    """Read one saved HTML page: the article's text (title first, paragraphs separated by
    blank lines) and its title, date, author, publisher and canonical URL.

    Raises ``InputError`` (one line, without the file name) when the page holds no article.
    """
    page = _read_page(_parse(data))
    if sum(len(p) for p in page.paragraphs) < _MIN_ARTICLE:
        raise InputError("no article text found (the page holds only links, menus or nothing)")
    body = "\n\n".join([page.title, *page.paragraphs] if page.title else page.paragraphs)
    return SourceText(
        name=name,
        text=body,
        path=path,
        title=page.title,
        date=page.date,
        author=page.author,
        publisher=page.publisher,
        url=page.url,
        content=((0, len(body)),),
    )
