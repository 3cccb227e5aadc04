"""The synthetic news generator of the scale benchmarks (benchmarks/corpus_gen.py)."""

from __future__ import annotations

import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import corpus_gen

from policygraph.extractor import extract
from policygraph.ingest import read_text

ARTICLES = list(corpus_gen.generate(200, seed=3))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _fold(text: str | None) -> str:
    return re.sub(r"[\s\-‐‑–]+", "", unicodedata.normalize("NFC", text or "").casefold())


def test_same_seed_same_articles() -> None:
    again = list(corpus_gen.generate(200, seed=3))
    assert [a.text for a in again] == [a.text for a in ARTICLES]
    assert [a.gold for a in again] == [a.gold for a in ARTICLES]


def test_other_seed_other_articles() -> None:
    other = list(corpus_gen.generate(20, seed=4))
    assert all(a.text != b.text for a, b in zip(other, ARTICLES, strict=False))


def test_prefix_and_start_offset() -> None:
    assert list(corpus_gen.generate(10, seed=3)) == ARTICLES[:10]
    assert list(corpus_gen.generate(5, seed=3, start=37)) == ARTICLES[37:42]
    assert [a.name for a in corpus_gen.generate(2, seed=3, start=99)] == [
        "a000099.txt",
        "a000100.txt",
    ]


def test_sizes_and_shape() -> None:
    lengths = [len(a.text) for a in ARTICLES]
    assert min(lengths) >= 2200
    assert max(lengths) <= 4200
    assert 2700 <= statistics.mean(lengths) <= 3300
    for article in ARTICLES:
        lines = article.text.split("\n")
        title, dateline = lines[0], lines[1]
        assert title == article.title and not title.endswith(".")
        assert re.search(r"\d\d/\d\d/20\d\d", dateline), dateline
        paragraphs = [p for p in article.text.split("\n\n") if len(p) > 220]
        assert 4 <= len(paragraphs) <= 11, article.name


def test_text_is_nfc() -> None:
    for article in ARTICLES:
        assert unicodedata.is_normalized("NFC", article.text), article.name


def test_every_gold_entry_is_in_the_text() -> None:
    for article in ARTICLES:
        text, compact = article.text, _compact(article.text)
        for doc in article.gold["documents"]:
            assert _compact(doc["key"]) in compact or any(
                v in text for v in doc["variant"]
            ), (article.name, doc)
            assert all(v in text for v in doc["variant"]), (article.name, doc)
        for place in article.gold["places"]:
            assert f"{place['level']} {place['name']}" in text or place["name"] in text
        for org in article.gold["organizations"]:
            assert org["surface"], (article.name, org)
            for surface in org["surface"]:
                assert surface in text, (article.name, surface)


def test_related_news_is_not_labelled() -> None:
    with_list = [a for a in ARTICLES if "\n\nTin liên quan:\n" in a.text]
    assert with_list
    for article in with_list:
        furniture = article.text.split("\n\nTin liên quan:\n", 1)[1]
        body = article.text.split("\n\nTin liên quan:\n", 1)[0]
        for line in furniture.splitlines():
            assert re.search(r"\(\d\d/\d\d/20\d\d\)$", line), line
        for org in article.gold["organizations"]:
            assert any(s in body for s in org["surface"])


def test_vintages_follow_the_date() -> None:
    old = [a for a in ARTICLES if a.date < "2025-07-01"]
    new = [a for a in ARTICLES if a.date >= "2025-07-01"]
    assert old and new
    for article in new:
        levels = {p["level"] for p in article.gold["places"]}
        assert not levels & {"huyện", "quận", "thị xã", "thị trấn"}, article.name
        assert "Huyện ủy" not in article.text
    assert any(
        {"huyện", "quận", "thị xã"} & {p["level"] for p in a.gold["places"]} for a in old
    )


def test_document_forms_are_varied() -> None:
    text = "\n".join(a.text for a in ARTICLES)
    for pattern in (
        r"Chỉ thị số 18/2000/CT-TTg",  # full State number
        r"\d+ - [A-ZĐ]+/TW",  # Party number with spaced dash
        r"các (?:Quyết định|Nghị quyết|Chỉ thị|Kết luận|Quy định) số \d+-",  # list
        r"Căn cứ (?:Nghị quyết|Quyết định|Chỉ thị|Nghị định|Thông tư|Kết luận|Quy định)",
        r"ngày \d{1,2} tháng \d{1,2} năm \d{4}",
        r"\(khóa X[IV]*\)",
        r"/QĐ-UBND",
        r"-KH/(?:TU|HU)",
    ):
        assert re.search(pattern, text), pattern


def test_gold_records_have_the_scorer_fields() -> None:
    record: dict[str, Any] = ARTICLES[0].gold_record()
    assert record["file"] == "a000000.txt"
    for doc in record["documents"]:
        assert set(doc) >= {"key", "type", "issuer", "date", "year", "complete"}
    for place in record["places"]:
        assert set(place) >= {"name", "level", "parent"}
    assert ARTICLES[0].document_keys == [d["key"] for d in record["documents"]]


def test_writers(tmp_path: Path) -> None:
    count, chars = corpus_gen.write_folder(tmp_path / "out", 5, seed=3, per_dir=2)
    assert count == 5 and chars == sum(len(a.text) for a in ARTICLES[:5])
    files = sorted(p.relative_to(tmp_path / "out").as_posix()
                   for p in (tmp_path / "out").rglob("*.txt"))
    assert files == ["000/a000000.txt", "000/a000001.txt", "001/a000002.txt",
                     "001/a000003.txt", "002/a000004.txt"]
    gold = [json.loads(line) for line in (tmp_path / "out" / "gold.jsonl").open()]
    assert [g["file"] for g in gold] == [a.name for a in ARTICLES[:5]]
    assert (tmp_path / "out" / "001" / "a000002.txt").read_text("utf-8") == ARTICLES[2].text

    corpus_gen.write_jsonl(tmp_path / "c.jsonl", 3, seed=3, gold=tmp_path / "g.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "c.jsonl").open()]
    assert [r["id"] for r in rows] == ["a000000", "a000001", "a000002"]
    assert rows[1]["text"] == ARTICLES[1].text and rows[1]["title"] == ARTICLES[1].title
    assert rows[1]["date"] == ARTICLES[1].date


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus_gen.main([str(tmp_path / "c.jsonl"), "--count", "4", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrote 4 articles") and " s" in out
    assert len((tmp_path / "c.gold.jsonl").read_text("utf-8").splitlines()) == 4


def test_extractor_recovers_the_gold() -> None:
    """Recall of the extractor on 100 generated articles (measured: documents 1.00,
    places ~0.997, organisations ~0.99 on 1,000)."""
    found = {"documents": [0, 0], "places": [0, 0], "organizations": [0, 0]}
    for article in ARTICLES[:100]:
        result = extract(read_text(article.text, article.name))
        keys = {_fold(d.key) for d in result.documents if d.key}
        places = {(_fold(p.name), p.level) for p in result.places}
        orgs = {" ".join(o.name.casefold().split()) for o in result.organizations}
        for doc in article.gold["documents"]:
            found["documents"][0] += _fold(doc["key"]) in keys
            found["documents"][1] += 1
        for place in article.gold["places"]:
            found["places"][0] += (_fold(place["name"]), place["level"]) in places
            found["places"][1] += 1
        for org in article.gold["organizations"]:
            forms = {" ".join(f.casefold().split()) for f in [org["name"], *org["surface"]]}
            found["organizations"][0] += bool(forms & orgs)
            found["organizations"][1] += 1
    recall = {area: hit / total for area, (hit, total) in found.items()}
    assert recall["documents"] >= 0.95, recall
    assert recall["places"] >= 0.95, recall
    assert recall["organizations"] >= 0.93, recall
