"""Saved HTML pages → SourceText: article text, metadata, no page furniture.

The pages under tests/data/html/ imitate four common layouts (provincial newspaper, district
government portal, commune site in a table layout, legal-text database); their text is written
for these tests.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph import extract
from policygraph.errors import InputError
from policygraph.html import read_html
from policygraph.models import Extraction, SourceText

PAGES = Path(__file__).parent / "data" / "html"


@dataclass(frozen=True)
class Page:
    file: str
    title: str
    date: str | None
    author: str | None
    publisher: str | None
    url: str | None
    sentences: tuple[str, ...]  # the article's key sentences (or parts of them)
    furniture: tuple[str, ...]  # strings that only the page furniture holds
    documents: frozenset[str]  # document keys the article cites
    places: frozenset[tuple[str, str]]  # (level, name) the article names
    not_places: frozenset[str] = field(default_factory=frozenset)  # names only in furniture
    not_documents: frozenset[str] = field(default_factory=frozenset)


CASES = [
    Page(
        file="bao-tinh-dan-van.html",
        title="Đakrông: Chính quyền gần dân hơn sau 20 năm thực hiện Chỉ thị 18/2000/CT-TTg",
        date="2021-09-17T06:32:30",
        author="Lê Minh Trí",
        publisher="Báo Đông Trường Sơn",
        url="https://dongtruongson.example.vn/chinh-tri/dakrong-chinh-quyen-gan-dan-hon-158204.htm",
        sentences=(
            "Hai mươi năm thực hiện Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng"
            " Chính phủ về tăng cường công tác dân vận",
            "Tại xã Ba Lòng, mô hình “Ngày thứ Sáu lắng nghe dân nói”",
            "Ở thị trấn Krông Klang và xã Tà Rụt",
            'phong trào thi đua "Dân vận khéo"',
            "Cán bộ xã Ba Lòng tiếp công dân tại trụ sở.",
        ),
        furniture=(
            "Tin liên quan",
            "CÁC TIN KHÁC",
            "Tin đọc nhiều",
            "Hướng Hóa",
            "Gio Linh",
            "35-NQ/TW",
            "1719/QĐ-TTg",
            "21-KL/TW",
            "Cam Lộ",
            "Ý kiến bạn đọc",
            "Họ và tên",
            "mã xác nhận",
            "Gửi ý kiến",
            "Chia sẻ",
            "In bài viết",
            "Lượt xem",
            "Cỡ chữ",
            "Từ khóa",
            "Cập nhật",
            "Trang chủ",
            "Tìm kiếm",
            "Đường dây nóng",
            "Cơ quan chủ quản",
            "Bản quyền",
            "Đông Hà",
            "999/QĐ-UBND",  # written by a script
            "_gaq",
            "font-size",
            "Lê Minh Trí",  # the byline is metadata, not article text
        ),
        documents=frozenset({"18/2000/CT-TTg"}),
        places=frozenset(
            {("huyện", "Đakrông"), ("xã", "Ba Lòng"), ("thị trấn", "Krông Klang"), ("xã", "Tà Rụt")}
        ),
        not_places=frozenset(
            {"Hướng Hóa", "Gio Linh", "Gio Mỹ", "Triệu Phong", "Vĩnh Linh", "Cam Tuyền", "Đông Hà"}
        ),
        not_documents=frozenset({"35-NQ/TW", "1719/QĐ-TTg", "21-KL/TW", "999/QĐ-UBND"}),
    ),
    Page(
        file="cong-ttdt-huyen.html",
        title="Mặt trận huyện Đakrông: 10 năm thực hiện Quy định 217, 218 của Bộ Chính trị",
        date="2023-12-12T09:45:00",
        author="Hoàng Thị Lan",
        publisher="Cổng thông tin điện tử huyện Đakrông",
        url="https://dakrong.example.gov.vn/tin-tuc-su-kien/"
        "mat-tran-10-nam-thuc-hien-quy-dinh-217-218-a4471.html",
        sentences=(
            "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
            "Qua giám sát tại xã Ba Lòng và xã Triệu Nguyên",
            "dự thảo quy hoạch chung thị trấn Krông Klang",
            "Thường trực Huyện ủy Đakrông đề nghị Mặt trận",
        ),
        furniture=(
            "DANH MỤC",
            "Giới thiệu chung",
            "Văn bản chỉ đạo điều hành",
            "LIÊN KẾT WEBSITE",
            "Trang chủ",
            "Hôm nay",
            "14/12/2023",
            "Các tin khác",
            "43-NQ/TW",
            "Hướng Hóa",
            "A Bung",
            "In trang",
            "Về đầu trang",
            "Số lượt truy cập",
            "Đang trực tuyến",
            "Bản quyền",
            "Tác giả",
            "Hoàng Thị Lan",
            "Thứ Ba, 12/12/2023",
        ),
        documents=frozenset({"217-QĐ/TW", "218-QĐ/TW"}),
        places=frozenset(
            {
                ("huyện", "Đakrông"),
                ("xã", "Ba Lòng"),
                ("xã", "Triệu Nguyên"),
                ("thị trấn", "Krông Klang"),
            }
        ),
        not_places=frozenset({"A Ngo", "Mò Ó", "Húc Nghì", "Hướng Hóa", "A Bung", "Cựp"}),
        not_documents=frozenset({"43-NQ/TW"}),
    ),
    Page(
        file="trang-xa-sap-nhap.html",
        title="Ba Lòng: Hoàn thành sáp nhập xã Hải Phúc theo Nghị quyết 832/NQ-UBTVQH14",
        date="2020-08-05T14:10:00",
        author="Nguyễn Thị Hoa",
        publisher="Trang thông tin điện tử xã Ba Lòng",
        url=None,
        sentences=(
            # written decomposed (NFD) in the page, and with entities: both come out NFC
            "Thực hiện Nghị quyết số 832/NQ-UBTVQH14 ngày 17/12/2019 của Ủy ban Thường vụ Quốc hội",
            "xã Hải Phúc đã nhập vào xã Ba Lòng, huyện Đakrông từ ngày 01/02/2020.",
            "Sau sáp nhập, xã Ba Lòng có diện tích tự nhiên hơn 13.000 ha, với 11 thôn.",
            "người dân thôn Hải Phúc trước đây",
        ),
        furniture=(
            "TRANG CHỦ",
            "CHUYÊN MỤC",
            "Hoạt động của Đảng ủy",
            "Tân Đình",
            "THỐNG KÊ TRUY CẬP",
            "Đang online",
            "Tổng lượt truy cập",
            "248.019",
            "Tin cùng chuyên mục",
            "Triệu Nguyên",
            "Krông Klang",
            "05-CT/TW",
            "Mò Ó",
            "LIÊN KẾT",
            "Đông Hà",
            "Bản quyền",
            "Thiết kế bởi",
            "Ngày đăng",
            "Nguyễn Thị Hoa",
            "hitCounter",
            "#003399",
        ),
        documents=frozenset({"832/NQ-UBTVQH14"}),
        places=frozenset(
            {("xã", "Ba Lòng"), ("xã", "Hải Phúc"), ("huyện", "Đakrông"), ("tỉnh", "Quảng Trị")}
        ),
        not_places=frozenset({"Triệu Nguyên", "Krông Klang", "Mò Ó", "Tân Đình", "Đông Hà"}),
        not_documents=frozenset({"05-CT/TW"}),
    ),
    Page(
        file="van-ban-phap-luat.html",
        title="Chỉ thị 18/2000/CT-TTg về tăng cường công tác dân vận",
        date="2000-09-21",  # Ngày ban hành, not Ngày hiệu lực nor a related document's date
        author=None,  # the site's meta author is the publisher; the signer is not a byline
        publisher="Thư viện Văn bản Mẫu",
        url="https://vanbanmau.example.vn/van-ban/"
        "chi-thi-18-2000-ct-ttg-tang-cuong-cong-tac-dan-van-4712.aspx",
        sentences=(
            "THỦ TƯỚNG CHÍNH PHỦ",
            "Số: 18/2000/CT-TTg",
            "Hà Nội, ngày 21 tháng 9 năm 2000",
            "VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN",
            "Để khắc phục những hạn chế nêu trên, Thủ tướng Chính phủ yêu cầu:",
            "3. Chỉ thị này có hiệu lực sau 15 ngày, kể từ ngày ký.",
            "- Ban Bí thư Trung ương Đảng;",
            "Phan Văn Khải",
        ),
        furniture=(
            "Số hiệu",
            "Loại văn bản",
            "Ngày hiệu lực",
            "06/10/2000",
            "Tình trạng",
            "Đang cập nhật",
            "Tài khoản",
            "Mật khẩu",
            "Đăng nhập",
            "Văn bản mới",
            "Bộ máy hành chính",
            "Tóm tắt",
            "Lược đồ",
            "Tải về",
            "Văn bản liên quan",
            "Văn bản cùng lĩnh vực",
            "71/1998/NĐ-CP",
            "1182/QĐ-TTg",
            "30-CT/TW",
            "Hỗ trợ",
            "Copyright",
            "dataLayer",
            "-------",
        ),
        documents=frozenset({"18/2000/CT-TTg"}),
        places=frozenset({("thành phố", "Hà Nội")}),
        not_documents=frozenset({"71/1998/NĐ-CP", "1182/QĐ-TTg", "30-CT/TW"}),
    ),
]
IDS = [case.file for case in CASES]


@cache
def _read(file: str) -> SourceText:
    path = PAGES / file
    return read_html(path.read_text(encoding="utf-8"), file, path=str(path))


@cache
def _extract(file: str) -> Extraction:
    return extract(_read(file))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_metadata(case: Page) -> None:
    source = _read(case.file)
    assert source.name == case.file
    assert source.path == str(PAGES / case.file)
    assert source.title == case.title
    assert source.date == case.date
    assert source.author == case.author
    assert source.publisher == case.publisher
    assert source.url == case.url


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_article_text_without_furniture(case: Page) -> None:
    source = _read(case.file)
    text = source.text
    assert text.startswith(case.title + "\n\n")  # the title is the first paragraph
    for sentence in case.sentences:
        assert sentence in text
    for furniture in case.furniture:
        assert furniture not in text, furniture
    assert source.content == ((0, len(text)),)
    assert text == unicodedata.normalize("NFC", text)
    assert "\n\n\n" not in text and text == text.strip()
    assert "&" not in text and "<" not in text and "\xa0" not in text


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_end_to_end_entities(case: Page) -> None:
    extraction = _extract(case.file)
    documents = {doc.key for doc in extraction.documents}
    places = {(place.level, place.name) for place in extraction.places}
    assert case.documents <= documents
    assert not documents & case.not_documents
    assert case.places <= places
    assert not {name for _, name in places} & case.not_places
    text = extraction.source.text
    for entity in (*extraction.documents, *extraction.places, *extraction.organizations):
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.surface


# --- pages without an article ----------------------------------------------------------------
NO_ARTICLE = [
    "",
    "   \n ",
    "<html><body></body></html>",
    "<html><head><title>Trang chủ</title></head><body>  </body></html>",
    "<html><body><script>var x = 'Chỉ thị 18/2000/CT-TTg về công tác dân vận';</script>"
    "<style>p { color: red }</style></body></html>",
    "<html><body><ul><li><a href='/1'>Huyện Đakrông triển khai Chỉ thị số 05-CT/TW của Bộ Chính"
    " trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li>"
    "<li><a href='/2'>Xã Ba Lòng ra quân làm đường giao thông nông thôn mới năm 2023 với sự"
    " tham gia của hàng trăm người dân</a></li></ul></body></html>",
    (PAGES / "trang-menu.html").read_text(encoding="utf-8"),
    # a category page: linked titles, each with its summary
    "<html><body><div class='list'>"
    + "".join(
        f"<div class='item'><h3><a href='/{n}'>Tin số {n} về công tác dân vận ở huyện Đakrông"
        f"</a></h3><p>Tóm tắt bài {n}: Ủy ban nhân dân huyện Đakrông tổ chức hội nghị sơ kết"
        " công tác dân vận chính quyền ở các xã vùng cao trong năm qua.</p></div>"
        for n in range(1, 6)
    )
    + "</div></body></html>",
]


@pytest.mark.parametrize("data", NO_ARTICLE)
def test_page_without_article_is_an_input_error(data: str) -> None:
    with pytest.raises(InputError) as raised:
        read_html(data, "x.html")
    message = str(raised.value)
    assert "no article text found" in message
    assert "\n" not in message and "x.html" not in message  # the caller adds the file name


# --- small pages, one rule each --------------------------------------------------------------
BODY = (
    "<p>Ủy ban nhân dân huyện Đakrông vừa tổ chức hội nghị sơ kết công tác dân vận chính"
    " quyền, đánh giá kết quả tiếp công dân và đối thoại với nhân dân ở các xã vùng cao.</p>"
    "<p>Các đại biểu thống nhất duy trì lịch tiếp dân định kỳ của người đứng đầu chính quyền"
    " cấp xã, công khai kết quả giải quyết kiến nghị trên bảng tin của từng thôn, bản.</p>"
)


def _page(head: str = "", before: str = "", after: str = "", body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        f"<div class='main'><h1>Đakrông sơ kết công tác dân vận chính quyền</h1>{before}"
        f"<div class='content'>{body}</div>{after}</div></body></html>"
    )


DATES = [
    # (page, expected date)
    (_page(before="<div class='time'>Thứ Sáu, 17/9/2021 - 06:32</div>"), "2021-09-17T06:32:00"),
    (_page(before="<span>06:32 17/09/2021</span>"), "2021-09-17T06:32:00"),
    (_page(before="<p>Ngày cập nhật: 17/09/2021 06:32:30</p>"), "2021-09-17T06:32:30"),
    (_page(before="<p>Cập nhật lúc 09:12, Thứ Hai, 15/01/2024 (GMT+7)</p>"), "2024-01-15T09:12:00"),
    # the meta tag wins, and is given in Vietnamese local time
    (
        _page(
            head="<meta property='article:published_time' content='2021-09-16T23:32:30Z'>",
            before="<p>18/09/2021</p>",
        ),
        "2021-09-17T06:32:30",
    ),
    (
        _page(before="<time itemprop='datePublished' datetime='2022-03-05T09:15:20+07:00'>"),
        "2022-03-05T09:15:20",
    ),
    # the meta tag's date, with the time the date line adds
    (
        _page(
            head="<meta itemprop='datePublished' content='2021-09-17'>",
            before="<p>17/09/2021 06:32</p>",
        ),
        "2021-09-17T06:32:00",
    ),
    (
        _page(
            head='<script type=\'application/ld+json\'>{"@type": "NewsArticle",'
            ' "datePublished": "2023-12-12T09:45:00+07:00"}</script>'
        ),
        "2023-12-12T09:45:00",
    ),
    # the effective date and today's date are not the page's date
    (
        _page(before="<p>Ngày hiệu lực: 06/10/2000</p><p>Ngày ban hành: 21/09/2000</p>"),
        "2000-09-21",
    ),
    (_page(before="<p>Hôm nay: 14/12/2023</p>"), None),
    (_page(before="<div class='meta'>Lê Minh Trí - 17/09/2021 06:32</div>"), "2021-09-17T06:32:00"),
    # the publication date before the last update
    (
        _page(before="<p>Cập nhật: 20/09/2021 10:00</p><p>Ngày đăng: 17/09/2021 06:32</p>"),
        "2021-09-17T06:32:00",
    ),
    # only related articles carry dates: the page has none of its own
    (
        _page(
            after="<div><h3>Tin liên quan</h3><ul><li><a href='/1'>Hướng Hóa sơ kết mô hình"
            " dân vận khéo</a> (16/09/2021)</li></ul></div>"
        ),
        None,
    ),
    (
        _page(
            after="<div class='box'><div>CÁC TIN KHÁC</div><p><a href='/1'>Gio Linh ra mắt mô"
            " hình mới</a> 15/09/2021 08:00</p></div>"
        ),
        None,
    ),
    # a labelled date line under the article, beside the byline
    (
        _page(after="<div class='info'>Ngày đăng: 05/08/2020 14:10</div>"),
        "2020-08-05T14:10:00",
    ),
    (_page(after="<div><a href='/2'>Tin khác</a> (05/08/2020)</div>"), None),
    # a date inside the article text is not the page's date
    (_page(body=BODY.replace("vừa tổ chức", "ngày 20/9/2021 tổ chức")), None),
]


@pytest.mark.parametrize(("page", "expected"), DATES)
def test_date(page: str, expected: str | None) -> None:
    assert read_html(page, "x.html").date == expected


AUTHORS = [
    (_page(body=BODY + "<p><strong>Lê Minh Trí</strong></p>"), "Lê Minh Trí"),
    (_page(body=BODY + "<p style='text-align:right'>Trần Thu Hà</p>"), "Trần Thu Hà"),
    (_page(body=BODY + "<p><em>Bài và ảnh: Hồ Nguyên Kha</em></p>"), "Hồ Nguyên Kha"),
    (_page(body=BODY + "<p>Tin, ảnh: Phan Thị Mai</p>"), "Phan Thị Mai"),
    (_page(after="<div class='author'>Võ Văn Dũng (Trung tâm VH-TT huyện)</div>"), "Võ Văn Dũng"),
    (_page(head="<meta name='author' content='Nguyễn Hoài An'>"), "Nguyễn Hoài An"),
    # the source line under the byline is not the byline
    (_page(body=BODY + "<p><b>Lê Minh Trí</b></p><p>Nguồn: Báo Mẫu</p>"), "Lê Minh Trí"),
    (_page(body=BODY + "<p><b>Theo Báo Quảng Trị</b></p>"), None),
    # a bold closing sentence is not a byline
    (_page(body=BODY + "<p><b>Hội nghị kết thúc trong không khí phấn khởi.</b></p>"), None),
    # a legal document's signature is not a byline
    (_page(body=BODY + "<p><b>CHỦ TỊCH</b></p><p><b>Nguyễn Văn Bình</b></p>"), None),
    # the site's name in meta author is the publisher, not an author
    (
        _page(
            head="<meta name='author' content='Báo Mẫu'><meta property='og:site_name'"
            " content='Báo Mẫu'>"
        ),
        None,
    ),
]


@pytest.mark.parametrize(("page", "expected"), AUTHORS)
def test_author(page: str, expected: str | None) -> None:
    source = read_html(page, "x.html")
    assert source.author == expected
    if expected:
        assert expected not in source.text


PUBLISHERS = [
    (_page(head="<meta property='og:site_name' content='Báo Mẫu'>"), "Báo Mẫu"),
    (_page(after="<footer>Copyright © 2022 by BÁO QUẢNG TRỊ</footer>"), "Báo Quảng Trị"),
    (
        _page(after="<div class='ft'>© Bản quyền thuộc Đài Phát thanh - Truyền hình Mẫu</div>"),
        "Đài Phát thanh - Truyền hình Mẫu",
    ),
    (
        _page(after="<p>Bản quyền thuộc về Cổng thông tin điện tử tỉnh Mẫu</p>"),
        "Cổng thông tin điện tử tỉnh Mẫu",
    ),
    (_page(), None),
]


@pytest.mark.parametrize(("page", "expected"), PUBLISHERS)
def test_publisher(page: str, expected: str | None) -> None:
    source = read_html(page, "x.html")
    assert source.publisher == expected
    assert "Bản quyền" not in source.text and "Copyright" not in source.text


def test_link_lines_inside_the_article_are_dropped() -> None:
    body = BODY.replace(
        "</p><p>Các đại biểu",
        "</p><p>Xem thêm: <a href='/a'>Hướng Hóa sơ kết mô hình dân vận khéo</a></p>"
        "<p><a href='/b'>Gio Linh triển khai Chỉ thị 05-CT/TW</a></p><p>Các đại biểu",
    )
    text = read_html(_page(body=body), "x.html").text
    assert "Hướng Hóa" not in text and "Gio Linh" not in text
    assert "Các đại biểu thống nhất" in text


def test_readers_comments_are_not_article_text() -> None:
    comments = (
        "<p>Tôi rất đồng tình với cách làm của huyện Hướng Hóa, mong các xã khác cũng học tập"
        " mô hình tiếp dân định kỳ như thế này để người dân đỡ vất vả.</p>"
        "<p>Đề nghị xã Gio Mỹ công khai thêm kết quả giải quyết kiến nghị của người dân trên"
        " trang thông tin điện tử để mọi người cùng theo dõi, giám sát.</p>"
    )
    for layout in (
        # the comments inside the article's own element, after their heading
        f"<div class='detail'>{BODY}<h3>Bình luận (2)</h3>{comments}</div>",
        # in a box of their own after the article
        f"<div class='detail'>{BODY}</div><div class='box'><b>Ý kiến bạn đọc</b>{comments}</div>",
    ):
        page = (
            "<html><body><div class='wrap'><h1>Đakrông sơ kết công tác dân vận chính quyền</h1>"
            f"{layout}</div></body></html>"
        )
        text = read_html(page, "x.html").text
        assert "Các đại biểu thống nhất" in text
        assert "Hướng Hóa" not in text and "Gio Mỹ" not in text


def test_lines_split_by_br_in_a_table_cell() -> None:
    cell = BODY.replace("<p>", "").replace("</p>", "<br><br>")
    page = (
        "<html><body><table><tr><td class='tieude'><b>Đakrông sơ kết công tác dân vận chính"
        f" quyền</b></td></tr><tr><td>{cell}</td></tr></table></body></html>"
    )
    source = read_html(page, "x.html")
    assert source.title == "Đakrông sơ kết công tác dân vận chính quyền"
    assert source.text.split("\n\n")[1].startswith("Ủy ban nhân dân huyện Đakrông")
    assert source.text.split("\n\n")[2].startswith("Các đại biểu thống nhất")


def test_hidden_elements_are_not_article_text() -> None:
    hidden = (
        "<div style='display: none'>Văn bản tiếng Anh của Quyết định 1182/QĐ-TTg</div>"
        "<p hidden>Mã xác nhận</p><div aria-hidden='true'>Huyện Hướng Hóa</div>"
    )
    text = read_html(_page(body=BODY + hidden), "x.html").text
    assert "1182" not in text and "Mã xác nhận" not in text and "Hướng Hóa" not in text
    assert "Các đại biểu thống nhất" in text


def test_page_without_a_title() -> None:
    page = _page().replace("<h1>Đakrông sơ kết công tác dân vận chính quyền</h1>", "")
    source = read_html(page, "x.html")
    assert source.title is None
    assert source.text.startswith("Ủy ban nhân dân huyện Đakrông vừa tổ chức")


def test_url_from_canonical_link_then_og_url() -> None:
    both = _page(
        head="<meta property='og:url' content='https://a.example/og'>"
        "<link rel='canonical' href='https://a.example/canonical'>"
    )
    assert read_html(both, "x.html").url == "https://a.example/canonical"
    og_only = _page(head="<meta property='og:url' content='https://a.example/og'>")
    assert read_html(og_only, "x.html").url == "https://a.example/og"


def test_title_falls_back_to_the_title_tag_less_the_site_name() -> None:
    page = _page(head="<title>Đakrông sơ kết công tác dân vận - Báo Mẫu</title>").replace(
        "<h1>Đakrông sơ kết công tác dân vận chính quyền</h1>", ""
    )
    source = read_html(page, "x.html")
    assert source.title == "Đakrông sơ kết công tác dân vận"
    assert source.text.startswith("Đakrông sơ kết công tác dân vận\n\n")


def test_xhtml_with_an_xml_declaration_and_entities() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + _page(
        body="<p>Ng&#224;y 21/9, Ủy ban nh&acirc;n d&acirc;n x&atilde; Ba L&ograve;ng&nbsp;tổ"
        " chức hội nghị triển khai Chỉ thị số 18/2000/CT-TTg về tăng cường công tác dân"
        " vận.<br/>Dòng thứ hai của đoạn văn.</p>"
    )
    text = read_html(page, "x.html").text
    assert "Ngày 21/9, Ủy ban nhân dân xã Ba Lòng tổ chức hội nghị" in text
    assert "dân vận.\n\nDòng thứ hai" in text  # a <br> ends a paragraph


def test_sapo_beside_the_body_is_kept_and_caption_too() -> None:
    page = _page(
        before="<div class='sapo'><b>(TTX) - Sáng 17/9, huyện Đakrông tổ chức hội nghị sơ"
        " kết việc thực hiện Chỉ thị số 18/2000/CT-TTg của Thủ tướng Chính phủ.</b></div>",
        body=BODY + "<figure><img src='a.jpg'><figcaption>Quang cảnh hội nghị.</figcaption>"
        "</figure>",
    )
    text = read_html(page, "x.html").text
    assert "Sáng 17/9, huyện Đakrông tổ chức hội nghị sơ kết" in text
    assert "Quang cảnh hội nghị." in text
    assert text.index("Sáng 17/9") < text.index("Ủy ban nhân dân huyện Đakrông vừa")


def test_class_words_do_not_drop_the_article_itself() -> None:
    # ASP.NET pages wrap everything in a form; some sites call the article "print-content".
    page = (
        "<html><body><form id='form1'><div id='print-content'><h1>Đakrông sơ kết công tác dân"
        f" vận chính quyền</h1>{BODY}</div><div class='comment'><p>Bình luận</p></div>"
        "</form></body></html>"
    )
    text = read_html(page, "x.html").text
    assert "Các đại biểu thống nhất duy trì lịch tiếp dân" in text
    assert "Bình luận" not in text


# --- invariants ------------------------------------------------------------------------------
_WORD = st.text(
    alphabet=st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãằắặẳẵầấậẩẫèéẹẻẽỳýỵỷỹ"),
    min_size=1,
    max_size=8,
)
# Paragraphs of article length (a page whose every paragraph is shorter holds no article).
_PARAGRAPH = (
    st.lists(_WORD, min_size=14, max_size=40)
    .map(lambda w: " ".join(w).capitalize())
    .filter(lambda p: len(p) >= 80)
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_every_paragraph_of_a_simple_page_is_read(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    source = read_html(_page(body=body), "x.html")
    assert source.text.split("\n\n")[1:] == paragraphs
    assert source.content == ((0, len(source.text)),)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_input_gives_a_source_or_an_input_error(data: str) -> None:
    try:
        source = read_html(data, "x.html")
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert source.text == unicodedata.normalize("NFC", source.text)
        assert source.content == ((0, len(source.text)),)


def test_control_characters_in_a_page_are_not_fatal() -> None:
    page = (
        "<html><head><title>Tin huyện</title></head><body><article><h1>Tin huyện\x02</h1>"
        "<p>UBND huyện Đakrông\x0b triển khai Chỉ thị số 18/2000/CT-TTg về công tác dân vận"
        " trong cơ quan hành chính nhà nước, chính quyền các cấp.\x1f</p>"
        "<div class='tin-lien-quan'><h3>Tin liên quan\x07</h3><ul><li><a href='/a'>Một tin"
        " khác của tỉnh</a></li></ul></div></article></body></html>"
    )
    source = read_html(page, "control.html")
    assert "18/2000/CT-TTg" in source.text
    assert "\x0b" not in source.text and "Một tin khác" not in source.text
