from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policygraph.encodings import encode
from policygraph.errors import InputError
from policygraph.ingest import find_inputs, load_texts, read_file, read_text

ARTICLE = """Huyện Vĩnh Linh đẩy mạnh cải cách hành chính


Ngày cập nhật: 05/03/2022 09:15:20

UBND huyện Vĩnh Linh vừa tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm 2022.

Lê Minh Thư

Liên hệ - Góp ý  Quay lại!
Bình luận của bạn:
Ảnh CAPTCHA
Nhập mã bảo mật trên
Tin liên quan
Gió Linh khánh thành cầu dân sinh (04/03/2022)
Đông Hà sơ kết mô hình dân vận khéo (03/03/2022)

Trực tuyến
98765
Copyright 2022 by BÁO QUẢNG TRỊ
"""


def content(text: str, regions: tuple[tuple[int, int], ...]) -> str:
    return "\n".join(text[a:b] for a, b in regions)


def test_metadata_of_a_saved_article() -> None:
    source = read_text(ARTICLE, "vinh-linh.txt")
    assert source.title == "Huyện Vĩnh Linh đẩy mạnh cải cách hành chính"
    assert source.date == "2022-03-05T09:15:20"
    assert source.author == "Lê Minh Thư"
    assert source.publisher == "Báo Quảng Trị"


def test_page_furniture_is_outside_the_content() -> None:
    source = read_text(ARTICLE, "vinh-linh.txt")
    body = content(source.text, source.content_regions())
    assert "UBND huyện Vĩnh Linh vừa tổ chức" in body
    for furniture in (
        "Gió Linh",
        "Đông Hà",
        "CAPTCHA",
        "98765",
        "Copyright",
        "Bình luận",
        "Quay lại",
    ):
        assert furniture not in body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12:07 - 04/10/2018", "2018-10-04T12:07:00"),
        ("Thứ Năm, 14/08/2025 07:40", "2025-08-14T07:40:00"),
        ("Ngày đăng: 28/12/2022 16:05", "2022-12-28T16:05:00"),
        ("24/10/2019 - 08:59", "2019-10-24T08:59:00"),
        ("27/04/2021", "2021-04-27"),
        ("Cập nhật lúc 09:12, Thứ Hai, 15/01/2024", "2024-01-15T09:12:00"),
        ("Chủ nhật, 07/07/2024, 20:30 (GMT+7)", "2024-07-07T20:30:00"),
    ],
)
def test_date_lines_in_the_header(line: str, expected: str) -> None:
    source = read_text(
        f"Tiêu đề bài viết\n{line}\n\nNội dung bài viết về công tác dân vận.\n", "a.txt"
    )
    assert source.date == expected


@pytest.mark.parametrize(
    ("line", "date", "author"),
    [
        ("Minh Anh 03/02/2023 14:05", "2023-02-03T14:05:00", "Minh Anh"),
        ("PV - 09:40, 21/06/2019", "2019-06-21T09:40:00", None),
        ("Lê Thu Hà | 7/11/2022 - 16:20", "2022-11-07T16:20:00", "Lê Thu Hà"),
        # parts set apart by "|" or a spaced dash: the date, and a byline, a source, a web
        # address or a dateline's place beside it
        ("Chủ nhật, 09/03/2025 - 06:45 | Đức Minh", "2025-03-09T06:45:00", "Đức Minh"),
        ("21/08/2024 | Ngọc Lan", "2024-08-21", "Ngọc Lan"),
        ("Ngọc Lan - 21/08/2024", "2024-08-21", "Ngọc Lan"),
        ("Ngày đăng: 02/09/2013 | Tác giả: Trần Văn Bình", "2013-09-02", "Trần Văn Bình"),
        ("Đăng ngày 11/04/2019 | Cổng thông tin điện tử huyện Gio Linh", "2019-04-11", None),
        ("quangtri.gov.vn - 08:10 ngày 30/10/2024", "2024-10-30T08:10:00", None),
        ("Gia Lai - 30/10/2024", "2024-10-30", None),
        # a source's tag in one word, a dash before the byline, bylines in brackets, "Theo",
        # the long form of the date
        ("Huế, 19/7/2025 - Bài và ảnh: Minh Tâm", "2025-07-19", "Minh Tâm"),
        ("TTXVN - Thứ hai, 15/09/2025", "2025-09-15", None),
        ("(GLO) 23/10/2025", "2025-10-23", None),
        ("Tp.HCM, 12/8/2025 (Thanh Tùng - Ngọc Ánh)", "2025-08-12", "Thanh Tùng, Ngọc Ánh"),
        ("Báođiệntử - 14:20 | 08/12/2016 | Theo Minh Hằng", "2016-12-08T14:20:00", "Minh Hằng"),
        ("Thứ bảy, ngày 20 tháng 12 năm 2025 | 08:00", "2025-12-20T08:00:00", None),
        # a page's counters and buttons beside the date
        ("Ngày đăng: 14/10/2025 | Lượt xem: 87", "2025-10-14", None),
        ("Cập nhật: 03/11/2025 07:15 | In bài", "2025-11-03T07:15:00", None),
        ("02/12/2025 09:00 | Bình luận (3) | Chia sẻ", "2025-12-02T09:00:00", None),
        ("Thứ Năm, 27/11/2025 | 2 bình luận", "2025-11-27", None),
    ],
)
def test_header_stamps_with_a_byline(line: str, date: str, author: str | None) -> None:
    source = read_text(f"Tiêu đề\n{line}\n\nNội dung bài viết về công tác dân vận.\n", "a.txt")
    assert (source.date, source.author) == (date, author)


def test_a_legal_texts_place_of_issue_is_no_article_date() -> None:
    text = "ỦY BAN NHÂN DÂN\nSố: 31/2023/QĐ-UBND\nĐông Hà, ngày 7 tháng 8 năm 2023\n\nNội dung.\n"
    assert read_text(text, "a.txt").date is None


def test_a_stamp_names_its_source_and_prose_beside_a_date_is_no_stamp() -> None:
    line = "Đăng ngày 11/04/2019 | Cổng thông tin điện tử huyện Gio Linh"
    source = read_text(f"Tiêu đề\n{line}\n\nNội dung bài viết.\n", "a.txt")
    assert source.publisher == "Cổng thông tin điện tử huyện Gio Linh"
    line = "Ngày 5/3/2022 | huyện tổ chức hội nghị sơ kết"
    assert read_text(f"Tiêu đề\n{line}\n\nNội dung bài viết.\n", "a.txt").date is None


def test_a_dated_sentence_in_the_header_is_not_a_date_line() -> None:
    text = "Tiêu đề\nNgày 5/3/2022 huyện tổ chức hội nghị\n\nNội dung bài viết.\n"
    assert read_text(text, "a.txt").date is None


def test_a_date_in_the_body_is_not_the_article_date() -> None:
    text = "Tiêu đề\n\nNgày 21/9/2000, Thủ tướng Chính phủ ban hành Chỉ thị về công tác dân vận.\n"
    assert read_text(text, "a.txt").date is None


def test_related_list_stops_where_prose_resumes() -> None:
    prose = "Đây là một đoạn văn dài của bài báo " * 10
    text = f"Tiêu đề\n\nMở đầu bài viết.\nTin liên quan\nMột tin khác (01/01/2020)\n{prose}\n"
    source = read_text(text, "a.txt")
    assert prose.strip() in content(source.text, source.content_regions())


def test_a_short_paragraph_after_a_related_list_is_prose() -> None:
    # a sentence's full stop tells a paragraph from a headline, however short
    prose = "Sau đó, UBND huyện Con Cuông đã giao Phòng Tài chính cấp kinh phí hỗ trợ."
    text = (
        "Tiêu đề\n\nMở đầu bài viết.\nTin liên quan\n- Huyện Quỳ Châu ra mắt mô hình mới\n"
        f"{prose}\n"
    )
    source = read_text(text, "a.txt")
    kept = content(source.text, source.content_regions())
    assert prose in kept
    assert "Quỳ Châu" not in kept
    # a headline asking or exclaiming is still a headline
    text = (
        "Tiêu đề\n\nMở đầu bài viết.\nTin liên quan\nLàm thế nào để nông dân huyện Hướng Hóa"
        " yên tâm gắn bó với cây cà phê lâu dài?\nUBND huyện Gio Linh đối thoại với doanh "
        "nghiệp trong tỉnh!\n"
    )
    source = read_text(text, "b.txt")
    kept = content(source.text, source.content_regions())
    assert "Hướng Hóa" not in kept and "Gio Linh" not in kept


def test_bad_inputs_name_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match=re.escape("empty.txt: empty file")):
        read_file(empty)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    with pytest.raises(InputError, match=re.escape("blob.txt: binary file")):
        read_file(binary)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Quyết định".encode()[:3] + b"\xff\xfe\x81\x8d rest \x90\x9d")
    with pytest.raises(InputError, match=r"latin.txt: not text in a known encoding"):
        read_file(latin)
    with pytest.raises(InputError, match=re.escape("missing.txt: no such file or folder")):
        find_inputs([tmp_path / "missing.txt"])


def test_folders_are_read_recursively_in_order_and_bad_files_collected(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Bài hai\n\nNội dung.\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Bài một\n\nNội dung.\n", encoding="utf-8")
    (tmp_path / "zero.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    errors: list[InputError] = []
    names = [s.name for s in load_texts([tmp_path], errors=errors)]
    assert names == ["two.txt", "one.txt"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'zero.txt'}: empty file"]


def test_legacy_vietnamese_encodings_are_converted(tmp_path: Path) -> None:
    text = "Tiêu đề\n\nỦy ban nhân dân huyện Đakrông triển khai Quyết định số 12/QĐ-UBND.\n"
    expected = read_text(text, "a.txt")
    for name in ("windows-1258", "tcvn3", "vni"):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(text, name))
        source = read_file(path)
        assert source.encoding == name
        # TCVN3 has no toned capitals: "Ủy" comes back as "ủy"; everything else is exact.
        assert source.text.replace("ủy ban", "Ủy ban") == expected.text


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    text = "Tiêu đề\n\nUBND tỉnh Quảng Trị họp.\n"
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert read_file(bom).text == text
    assert read_file(utf16).text == text
    assert read_file(utf16).encoding == "utf-16"


def test_jsonl_and_csv_corpora(tmp_path: Path) -> None:
    rows = [
        {"id": "bai-1", "text": "UBND huyện Vĩnh Linh họp.", "date": "2022-03-05", "title": "Họp"},
        {"id": "bai-2", "content": "Tỉnh ủy Quảng Trị ra nghị quyết.", "url": "https://example.vn/2"},
        {"id": "bai-3", "title": "không có nội dung"},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8"
    )
    errors: list[InputError] = []
    texts = list(load_texts([corpus], errors=errors))
    assert [(t.name, t.title, t.date, t.url) for t in texts] == [
        ("bai-1", "Họp", "2022-03-05", None),
        ("bai-2", None, None, "https://example.vn/2"),
    ]
    assert [str(e).split(": ", 1)[0].rsplit("/", 1)[-1] for e in errors] == [
        "corpus.jsonl:3",
        "corpus.jsonl:4",
    ]
    table = tmp_path / "corpus.csv"
    table.write_text(
        "text,date,author\n"
        '"Xã Ba Lòng, huyện Đakrông tổ chức hội nghị.",17/09/2021 06:32,Ngọc Lan\n',
        encoding="utf-8",
    )
    (row,) = list(load_texts([table]))
    assert (row.name, row.date, row.author) == ("corpus.csv#2", "2021-09-17T06:32:00", "Ngọc Lan")
    assert row.text == "Xã Ba Lòng, huyện Đakrông tổ chức hội nghị."


def test_saved_pages_are_read_from_folders(tmp_path: Path) -> None:
    pages = Path(__file__).parent / "data" / "html"
    for page in ("bao-tinh-dan-van.html", "trang-menu.html"):
        (tmp_path / page).write_bytes((pages / page).read_bytes())
    errors: list[InputError] = []
    (source,) = list(load_texts([tmp_path], errors=errors))
    assert source.name == "bao-tinh-dan-van.html"
    assert source.title and source.date == "2021-09-17T06:32:30"
    assert source.text[slice(*source.content_regions()[0])] == source.text
    assert len(errors) == 1 and "trang-menu.html: " in str(errors[0])
    assert "no article text found" in str(errors[0])
