"""Hand-made extractions and a small gazetteer for the graph/query/export/draw tests.

The sentences are written for these tests (genre: district news); the facts (document
numbers, dates, issuers, units) are public. Offsets are computed from the text, so
``text[start:end] == surface`` holds by construction.
"""

from __future__ import annotations

from policygraph.gazetteer import Gazetteer, Unit
from policygraph.models import Agency, DocumentRef, Extraction, Mention, Place, SourceText

TEXT_A = (
    "Sáng 15/3/2021, Ban Thường vụ Huyện ủy Đakrông tổ chức hội nghị quán triệt Quyết định "
    "217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. "
    "Căn cứ Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng Chính phủ về tăng cường "
    "công tác dân vận, UBND huyện Đakrông yêu cầu các xã xây dựng kế hoạch cụ thể. "
    "Thực hiện Nghị quyết 39-NQ/TW của Bộ Chính trị khóa XI, xã Hải Phúc đã sáp nhập vào "
    "xã Ba Lòng, huyện Đakrông, tỉnh Quảng Trị. "
    "Các chi bộ tiếp tục học tập theo Chỉ thị 05."
)

TEXT_B = (
    "Chiều 20/5/2020, Ủy ban nhân dân tỉnh Quảng Trị họp bàn việc triển khai Nghị quyết "
    "39-NQ/TW ngày 15/01/2019 của Bộ Chính trị khóa XII về quản lý và sử dụng hiệu quả các "
    "nguồn lực. Hội nghị cũng nhắc lại Chỉ thị 18/2000/CT-TTg về công tác dân vận."
)


def _sentence(text: str, start: int) -> str:
    left = text.rfind(". ", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find(". ", start)
    right = len(text) if right < 0 else right + 1
    return text[left:right]


def mention(text: str, surface: str, nth: int = 0, relation: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(
        start=start,
        end=start + len(surface),
        surface=surface,
        relation=relation,
        sentence=_sentence(text, start),
    )


def extraction_a() -> Extraction:
    t = TEXT_A
    source = SourceText(
        name="dakrong-2021.txt",
        text=t,
        title="Huyện ủy Đakrông quán triệt các quy định của Bộ Chính trị",
        date="2021-03-15T09:30:00",
        author="Minh Anh",
        publisher="Báo Quảng Trị",
        url="https://example.invalid/tin-tuc/dakrong-quan-triet",
    )
    docs = (
        DocumentRef(
            key="217-QĐ/TW",
            type="Quyết định",
            number="217",
            symbol="QĐ/TW",
            issuer="Bộ Chính trị",
            date="2013-12-12",
            year=2013,
            term="XI",
            party=True,
            relation="implements",
            mentions=(mention(t, "217-QĐ/TW", relation="implements"),),
        ),
        DocumentRef(
            key="218-QĐ/TW",
            type="Quyết định",
            number="218",
            symbol="QĐ/TW",
            issuer="Bộ Chính trị",
            date="2013-12-12",
            year=2013,
            term="XI",
            party=True,
            relation="implements",
            mentions=(mention(t, "218-QĐ/TW", relation="implements"),),
        ),
        DocumentRef(
            key="18/2000/CT-TTg",
            type="Chỉ thị",
            number="18",
            symbol="CT-TTg",
            issuer="Thủ tướng Chính phủ",
            date="2000-09-21",
            year=2000,
            title="về tăng cường công tác dân vận",
            relation="based_on",
            mentions=(mention(t, "Chỉ thị số 18/2000/CT-TTg", relation="based_on"),),
        ),
        DocumentRef(
            key="39-NQ/TW",
            type="Nghị quyết",
            number="39",
            symbol="NQ/TW",
            issuer="Bộ Chính trị",
            year=2015,
            term="XI",
            party=True,
            relation="implements",
            mentions=(mention(t, "Nghị quyết 39-NQ/TW", relation="implements"),),
        ),
        DocumentRef(
            key="05-CT/TW",
            type="Chỉ thị",
            number="05",
            symbol="CT/TW",
            issuer="Bộ Chính trị",
            year=2016,
            term="XII",
            complete=False,
            party=True,
            mentions=(mention(t, "Chỉ thị 05"),),
        ),
    )
    places = (
        Place(
            name="Đakrông",
            level="huyện",
            parent="Quảng Trị",
            parent_level="tỉnh",
            unit_id="2024-467",
            code="467",
            vintage="2024",
            province="Quảng Trị",
            mentions=(mention(t, "Đakrông", 2), mention(t, "huyện Đakrông", 1)),
        ),
        Place(
            name="Quảng Trị",
            level="tỉnh",
            unit_id="2024-45",
            code="45",
            vintage="2024",
            mentions=(mention(t, "tỉnh Quảng Trị"),),
        ),
        Place(
            name="Ba Lòng",
            level="xã",
            parent="Đakrông",
            parent_level="huyện",
            unit_id="2024-19570",
            code="19570",
            vintage="2024",
            province="Quảng Trị",
            successor_code="19567",
            successor_name="Ba Lòng",
            mentions=(mention(t, "xã Ba Lòng"),),
        ),
        Place(
            name="Hải Phúc",
            level="xã",
            parent="Đakrông",
            parent_level="huyện",
            unit_id="2024-19573",
            code="19573",
            vintage="2024",
            province="Quảng Trị",
            valid_until="2020-01-31",
            merged_into="Ba Lòng",
            merged_into_code="19570",
            mentions=(mention(t, "xã Hải Phúc"),),
        ),
    )
    organizations = (
        Agency(
            name="Ban Thường vụ Huyện ủy Đakrông",
            kind="Ban Thường vụ",
            place="Đakrông",
            place_level="huyện",
            parent="Huyện ủy Đakrông",
            mentions=(mention(t, "Ban Thường vụ Huyện ủy Đakrông"),),
        ),
        Agency(
            name="Ủy ban nhân dân huyện Đakrông",
            kind="Ủy ban nhân dân",
            place="Đakrông",
            place_level="huyện",
            mentions=(mention(t, "UBND huyện Đakrông"),),
        ),
        Agency(
            name="Bộ Chính trị",
            kind="Bộ Chính trị",
            central=True,
            mentions=(mention(t, "Bộ Chính trị"), mention(t, "Bộ Chính trị", 1)),
        ),
        Agency(
            name="Thủ tướng Chính phủ",
            kind="Thủ tướng Chính phủ",
            central=True,
            mentions=(mention(t, "Thủ tướng Chính phủ"),),
        ),
    )
    return Extraction(
        source=source,
        documents=docs,
        places=places,
        organizations=organizations,
        province="Quảng Trị",
        district="Đakrông",
    )


def extraction_b() -> Extraction:
    t = TEXT_B
    source = SourceText(
        name="quangtri-2020.txt",
        text=t,
        date="2020-05-20",
        publisher="Cổng thông tin tỉnh Quảng Trị",
    )
    docs = (
        DocumentRef(
            key="39-NQ/TW",
            type="Nghị quyết",
            number="39",
            symbol="NQ/TW",
            issuer="Bộ Chính trị",
            date="2019-01-15",
            year=2019,
            term="XII",
            party=True,
            title="về quản lý và sử dụng hiệu quả các nguồn lực",
            relation="implements",
            mentions=(mention(t, "Nghị quyết 39-NQ/TW", relation="implements"),),
        ),
        DocumentRef(
            key="18/2000/CT-TTg",
            type="Chỉ thị",
            number="18",
            symbol="CT-TTg",
            issuer="Thủ tướng Chính phủ",
            year=2000,
            mentions=(mention(t, "Chỉ thị 18/2000/CT-TTg"),),
        ),
    )
    places = (
        Place(
            name="Quảng Trị",
            level="tỉnh",
            unit_id="2024-45",
            code="45",
            vintage="2024",
            mentions=(mention(t, "tỉnh Quảng Trị"),),
        ),
    )
    organizations = (
        Agency(
            name="Ủy ban nhân dân tỉnh Quảng Trị",
            kind="Ủy ban nhân dân",
            place="Quảng Trị",
            place_level="tỉnh",
            mentions=(mention(t, "Ủy ban nhân dân tỉnh Quảng Trị"),),
        ),
        Agency(
            name="Bộ Chính trị",
            kind="Bộ Chính trị",
            central=True,
            mentions=(mention(t, "Bộ Chính trị"),),
        ),
    )
    return Extraction(
        source=source,
        documents=docs,
        places=places,
        organizations=organizations,
        province="Quảng Trị",
    )


def gazetteer() -> Gazetteer:
    """A few units around huyện Đakrông (codes as in the GSO lists; two illustrative)."""
    return Gazetteer(
        [
            Unit("2024-45", "45", "2024", "Quảng Trị", "tỉnh", 1, successors=("2025-44",)),
            Unit(
                "2024-467",
                "467",
                "2024",
                "Đakrông",
                "huyện",
                2,
                parent="2024-45",
                variants=("Đa Krông", "Dakrong"),
            ),
            Unit("2024-464", "464", "2024", "Vĩnh Linh", "huyện", 2, parent="2024-45"),
            Unit(
                "2024-19570",
                "19570",
                "2024",
                "Ba Lòng",
                "xã",
                3,
                parent="2024-467",
                successors=("2025-19567",),
                basis="Nghị quyết 1680/NQ-UBTVQH15",
            ),
            Unit(
                "2024-19567",
                "19567",
                "2024",
                "Triệu Nguyên",
                "xã",
                3,
                parent="2024-467",
                successors=("2025-19567",),
                basis="Nghị quyết 1680/NQ-UBTVQH15",
            ),
            Unit("2024-19555", "19555", "2024", "Krông Klang", "thị trấn", 3, parent="2024-467"),
            Unit(
                "2024-19573",
                "19573",
                "2024",
                "Hải Phúc",
                "xã",
                3,
                parent="2024-467",
                valid_until="2020-01-31",
                successors=("2024-19570",),
                basis="Nghị quyết 832/NQ-UBTVQH14",
            ),
            Unit("2025-44", "44", "2025", "Quảng Trị", "tỉnh", 1),
            Unit("2025-19567", "19567", "2025", "Ba Lòng", "xã", 2, parent="2025-44"),
        ]
    )


def extractions() -> list[Extraction]:
    return [extraction_a(), extraction_b()]
