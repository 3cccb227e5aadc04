"""The spaCy pipeline: sentences of mentions, and the doc text the components read."""

from __future__ import annotations

from policygraph.extractor import extract, make_pipeline
from policygraph.extractor.components import TEXT, text_of
from policygraph.ingest import read_text

_FILLER = "Các xã tiếp tục rà soát hồ sơ và báo cáo kết quả hằng tháng. "


def test_each_mention_gets_its_own_sentence_in_a_long_article() -> None:
    text = (
        _FILLER * 40
        + "Huyện ủy Hướng Hóa quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị. "
        + _FILLER * 40
        + "UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2022.\n"
        + "Tin liên quan Quyết định 217-QĐ/TW\n"
        + _FILLER * 5
    )
    extraction = extract(read_text(text, "long"))
    sentences = {d.key: d.mentions[0].sentence for d in extraction.documents}
    assert sentences["05-CT/TW"] == (
        "Huyện ủy Hướng Hóa quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị."
    )
    assert sentences["12/KH-UBND"] == (
        "UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2022."
    )
    # a line without a full stop ends at its line break
    assert sentences["217-QĐ/TW"] == "Tin liên quan Quyết định 217-QĐ/TW"


def test_components_read_the_text_kept_beside_the_doc() -> None:
    nlp = make_pipeline()
    doc = nlp.make_doc("Thực hiện Nghị quyết số 18-NQ/TW.")
    assert text_of(doc) == doc.text
    doc.user_data[TEXT] = "a text of another length"
    assert text_of(doc) == doc.text  # a text that cannot be this doc's is not trusted
    empty = nlp.make_doc("")
    assert text_of(empty) == ""
