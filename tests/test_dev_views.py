"""The views on a real graph: the dev corpus (read from ../shared, never copied here) built
once, every named query run on it, and its HTML page opened in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

import policygraph
from policygraph.query import list_queries

from .test_browser import Run, _dom, browse, chromium, shots  # noqa: F401 (fixtures)

# Named queries and the parameters they need on this graph; every one has an answer here.
PARAMS = {
    "units-of": {"unit": "2024-15", "date": "2020-01-01"},  # tỉnh Yên Bái
    "mentions-of": {"name": "100-KL/TW"},
}


@pytest.fixture(scope="module")
def dev_graph(dev_dir: Path) -> Dataset:
    return policygraph.build_graph(policygraph.extract_all(policygraph.load_texts([dev_dir])))


@pytest.mark.parametrize("name", [name for name, _ in list_queries()])
def test_every_named_query_answers_on_the_dev_graph(dev_graph: Dataset, name: str) -> None:
    result = policygraph.run_query(dev_graph, name=name, params=PARAMS.get(name))
    assert result.rows, f"{name} gave no answer on the dev corpus"


def test_dev_page_shows_every_entity_and_finds_a_document(
    dev_graph: Dataset, tmp_path: Path, browse: Run, shots: Path  # noqa: F811
) -> None:
    page = policygraph.draw(dev_graph, tmp_path / "dev.html")
    network = policygraph.to_networkx(dev_graph)
    dom = _dom(browse(page))
    assert set(dom.nodes) == {str(node) for node in network.nodes}
    assert not [u for u in dom.urls if u.startswith(("http:", "https:", "//"))]
    dom = _dom(browse(page, "search=100-KL/TW"))
    hits = [node for node, classes in dom.nodes.items() if "hit" in classes]
    assert len(hits) == 1 and "100-kl_tw" in hits[0]
    assert "100 - KL/TW" in dom.marks  # the real spelling, highlighted in its sentence
    browse(page, "search=100-KL/TW", screenshot=shots / "dev-search-100-KL-TW.png")
    browse(page, screenshot=shots / "dev-overview.png")
    assert (shots / "dev-overview.png").stat().st_size > 20_000
