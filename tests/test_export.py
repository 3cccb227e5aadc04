"""networkx views and GraphML/GEXF/JSON files."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from policygraph.errors import OutputError, UsageError
from policygraph.export import export, to_networkx
from policygraph.graph import build_graph
from policygraph.vocab import article_iri, document_iri, unit_iri_from_id
from tests._graph_data import extractions, gazetteer


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_graph(extractions(), gazetteer())


def test_entity_view_nodes_and_typed_edges(dataset: Dataset) -> None:
    g = to_networkx(dataset)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == {"article", "document", "place", "agency"}
    a = str(article_iri("dakrong-2021.txt"))
    doc = str(document_iri("18/2000/CT-TTg", issuer="Thủ tướng Chính phủ", year=2000, term=None))
    edges = [d for _, _, d in g.out_edges(a, data=True)]
    assert {"based_on", "implements", "cites", "mentions"} <= {d["type"] for d in edges}
    cite = next(d for u, v, d in g.edges(data=True) if u == a and v == doc)
    assert cite["type"] == "based_on" and cite["quote"] == "Chỉ thị số 18/2000/CT-TTg"
    assert isinstance(cite["start"], int) and "Căn cứ" in cite["sentence"]
    assert g.nodes[doc]["key"] == "18/2000/CT-TTg"
    assert g.nodes[doc]["issuer"] == "Thủ tướng Chính phủ"
    ba_long = str(unit_iri_from_id("2024-19570"))
    assert g.nodes[ba_long]["code"] == "19570" and g.nodes[ba_long]["label"] == "xã Ba Lòng"
    kinds = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"issued_by", "part_of", "located_in", "sub_organization_of", "successor",
            "merged_into"} <= kinds


def test_attribute_values_are_plain(dataset: Dataset) -> None:
    for view in ("entity", "rdf"):
        g = to_networkx(dataset, view)
        for _, attrs in g.nodes(data=True):
            assert all(isinstance(v, str | int | float) for v in attrs.values())
        for _, _, attrs in g.edges(data=True):
            assert all(isinstance(v, str | int | float) for v in attrs.values())


@pytest.mark.parametrize("view", ["entity", "rdf"])
def test_graphml_round_trip_keeps_counts(dataset: Dataset, tmp_path: Path, view: str) -> None:
    g = to_networkx(dataset, view)
    path = export(dataset, "graphml", tmp_path / f"{view}.graphml", view=view)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    node = next(iter(sorted(g.nodes)))
    assert back.nodes[node]["label"] == g.nodes[node]["label"]


def test_gexf_and_json(dataset: Dataset, tmp_path: Path) -> None:
    g = to_networkx(dataset)
    gexf = nx.read_gexf(export(dataset, "gexf", tmp_path / "g.gexf"))
    assert gexf.number_of_nodes() == g.number_of_nodes()
    assert gexf.number_of_edges() == g.number_of_edges()
    data = json.loads(export(dataset, "json", tmp_path / "g.json").read_text("utf-8"))
    back = nx.node_link_graph(data, edges="links")
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()


def test_exports_are_deterministic(dataset: Dataset, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "json"):
        one = export(dataset, fmt, tmp_path / f"1.{fmt}").read_bytes()
        two = export(build_graph(extractions(), gazetteer()), fmt, tmp_path / f"2.{fmt}")
        assert one == two.read_bytes()


def test_export_from_a_networkx_graph_and_errors(dataset: Dataset, tmp_path: Path) -> None:
    g = to_networkx(dataset)
    assert export(g, "json", tmp_path / "n.json").exists()
    with pytest.raises(UsageError, match="unknown export format"):
        export(dataset, "dot", tmp_path / "x.dot")
    with pytest.raises(OutputError, match="unknown network view"):
        to_networkx(dataset, "people")


def test_empty_dataset() -> None:
    g = to_networkx(Dataset())
    assert g.number_of_nodes() == 0


def test_one_documents_action_on_another_is_an_edge_between_them() -> None:
    from policygraph.extractor import extract
    from policygraph.ingest import read_text

    text = "Nghị định số 61/2025/NĐ-CP của Chính phủ bãi bỏ Nghị định số 99/2021/NĐ-CP."
    extraction = extract(read_text(text, "repeal.txt", metadata={"date": "2025-05-01"}))
    g = to_networkx(build_graph([extraction], gazetteer()))
    keys = {d.get("key"): n for n, d in g.nodes(data=True) if d["type"] == "document"}
    edges = g.get_edge_data(keys["61/2025/NĐ-CP"], keys["99/2021/NĐ-CP"])
    assert edges is not None and {d["type"] for d in edges.values()} == {"repeals"}
