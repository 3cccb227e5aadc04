"""From an article to Turtle, SPARQL answers and pictures, through the library's verbs."""

from __future__ import annotations

from pathlib import Path

import pytest

import policygraph
from policygraph.encodings import encode
from policygraph.models import extraction_record
from policygraph.query import QueryResult

from .conftest import EXAMPLES


def table(result: QueryResult) -> list[dict[str, str]]:
    return [
        {
            column: "" if value is None else str(value)
            for column, value in zip(result.columns, row, strict=True)
        }
        for row in result.rows
    ]


@pytest.fixture(scope="module")
def seed_graph(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("seed") / "seed.ttl"
    summary = policygraph.build([seed_path], output)
    assert summary.articles == 1
    assert summary.validation is not None and summary.validation.conforms
    return output


def test_seed_documents_query(seed_graph: Path) -> None:
    rows = table(policygraph.run_query(policygraph.load_graph(seed_graph), name="documents"))
    got = {(r["key"], r["issuer"], r["date"]) for r in rows}
    assert got == {
        ("18/2000/CT-TTg", "Thủ tướng Chính phủ", "2000-09-21"),
        ("39-NQ/TW", "Bộ Chính trị", "2016-04-17"),
        ("217-QĐ/TW", "Bộ Chính trị", "2013-12-12"),
        ("218-QĐ/TW", "Bộ Chính trị", "2013-12-12"),
        ("05-CT/TW", "Bộ Chính trị", ""),
    }


def test_seed_places_and_the_merger(seed_graph: Path) -> None:
    dataset = policygraph.load_graph(seed_graph)
    places = {
        (r["name"], r["level"], r["parent"])
        for r in table(policygraph.run_query(dataset, name="places"))
    }
    assert places == {
        ("Đakrông", "huyện", "tỉnh Quảng Trị"),
        ("Ba Lòng", "xã", "huyện Đakrông"),
        ("Hải Phúc", "xã", "huyện Đakrông"),
    }
    changes = table(policygraph.run_query(dataset, name="unit-changes"))
    merged = [r for r in changes if r["old"] == "Hải Phúc" and r["successor"] == "Ba Lòng"]
    assert merged and any("UBTVQH14" in r["basis"] for r in merged)
    units = table(
        policygraph.run_query(
            dataset, name="units-of", params={"unit": "2024-467", "date": "2021-09-17"}
        )
    )
    assert len({r["sub"] for r in units}) == 13
    agencies = {r["name"] for r in table(policygraph.run_query(dataset, name="agencies"))}
    assert "Ủy ban nhân dân tỉnh Quảng Trị" in agencies


def test_examples_to_every_output(tmp_path: Path) -> None:
    texts = list(policygraph.load_texts([EXAMPLES]))
    assert len(texts) >= 2
    dataset = policygraph.build_graph(policygraph.extract_all(texts))
    for suffix in (".ttl", ".trig", ".nq", ".jsonld"):
        policygraph.save_graph(dataset, tmp_path / f"graph{suffix}")
        assert len(policygraph.load_graph(tmp_path / f"graph{suffix}")) > 0
    network = policygraph.to_networkx(dataset)
    kinds = {data["type"] for _, data in network.nodes(data=True)}
    assert kinds == {"article", "document", "place", "agency"}
    for name in ("graph.png", "graph.svg", "graph.html"):
        policygraph.draw(dataset, tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    policygraph.export(dataset, "graphml", tmp_path / "graph.graphml")
    keys = {r["key"] for r in table(policygraph.run_query(dataset, name="documents"))}
    assert {"18/2000/CT-TTg", "39-NQ/TW", "217-QĐ/TW", "218-QĐ/TW", "05-CT/TW"} <= keys


def test_one_article_in_every_encoding_gives_the_same_extraction(tmp_path: Path) -> None:
    article = (EXAMPLES / "yen-bai-dan-van-2022.txt").read_text(encoding="utf-8")
    files = {"utf-8": article.encode("utf-8"), "utf-16": article.encode("utf-16")}
    for name in ("windows-1258", "tcvn3", "vni"):
        files[name] = encode(article, name)
    records = {}
    for name, data in files.items():
        path = tmp_path / name / "yen-bai.txt"
        path.parent.mkdir()
        path.write_bytes(data)
        record = extraction_record(policygraph.extract(policygraph.read_file(path)))
        assert record["encoding"] == name
        records[name] = {
            "documents": [
                (d["key"], d["issuer"], d["date"], d["relation"]) for d in record["documents"]
            ],
            "places": [(p["name"], p["level"], p["parent"]) for p in record["places"]],
            "organizations": [o["name"] for o in record["organizations"]],
            "meta": (record["title"], record["date"], record["author"]),
        }
    assert records["utf-8"]["documents"]
    for name, got in records.items():
        assert got == records["utf-8"], name


def test_the_api_takes_one_path_alone(tmp_path: Path) -> None:
    # a folder given as a string, not a list: its articles, not the string's characters
    assert len(list(policygraph.load_texts(str(EXAMPLES)))) == len(
        list(policygraph.load_texts([EXAMPLES]))
    )
    summary = policygraph.build(str(EXAMPLES), tmp_path / "g.ttl")
    assert summary.articles == 3


def test_the_build_summary_counts_what_the_graph_holds(tmp_path: Path) -> None:
    # a document cited once with its term and once without is one node, one row: the summary
    # counted it twice and as a conflict
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Tinh giản biên chế\n\nHuyện thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ"
        " Chính trị khóa XI về tinh giản biên chế.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Sơ kết\n\nXã sơ kết Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị.\n",
        encoding="utf-8",
    )
    graph = tmp_path / "g.trig"
    summary = policygraph.build([folder], graph)
    dataset = policygraph.load_graph(graph)
    assert summary.documents == len(policygraph.run_query(dataset, name="documents"))
    assert summary.conflicts == len(policygraph.run_query(dataset, name="conflicts"))
    assert (summary.documents, summary.conflicts) == (1, 0)
