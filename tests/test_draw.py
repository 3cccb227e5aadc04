"""PNG/SVG pictures and the self-contained HTML page."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset

from policygraph.draw import draw
from policygraph.errors import InputError, OutputError
from policygraph.export import to_networkx
from policygraph.graph import build_graph
from tests._graph_data import extractions, gazetteer


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_graph(extractions(), gazetteer())


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_pictures_exist_and_have_no_missing_glyphs(
    dataset: Dataset, tmp_path: Path, suffix: str
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = draw(dataset, tmp_path / f"g{suffix}")
    glyphs = [w for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    assert not glyphs, [str(w.message) for w in glyphs]
    assert path.stat().st_size > 10_000


def test_png_is_not_blank(dataset: Dataset, tmp_path: Path) -> None:
    import matplotlib.image as mpimg
    import numpy as np

    pixels = mpimg.imread(draw(dataset, tmp_path / "g.png"))[::3, ::3]
    colours = np.unique(pixels.reshape(-1, pixels.shape[-1]).round(2), axis=0)
    assert len(colours) > 20  # node colours, anti-aliased text, grey edges


def test_svg_is_deterministic(dataset: Dataset, tmp_path: Path) -> None:
    one = draw(dataset, tmp_path / "1.svg").read_bytes()
    two = draw(dataset, tmp_path / "2.svg").read_bytes()
    assert one == two


def test_html_is_self_contained_with_one_element_per_node(dataset: Dataset, tmp_path: Path) -> None:
    page = draw(dataset, tmp_path / "g.html").read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page)
    ids = re.findall(r'<g class="node" data-node-id="([^"]+)"', page)
    network = to_networkx(dataset)
    assert len(ids) == network.number_of_nodes() == len(set(ids))
    # search, type filters, details panel with quotes
    assert 'id="search"' in page and page.count('class="type-filter"') == 4
    assert "Chỉ thị số 18/2000/CT-TTg" in page and 'id="details"' in page
    assert "</script" not in page.split('id="pg-data">', 1)[1].split("</script>", 1)[0]


def test_html_is_deterministic(dataset: Dataset, tmp_path: Path) -> None:
    one = draw(dataset, tmp_path / "1.html").read_bytes()
    two = draw(build_graph(extractions(), gazetteer()), tmp_path / "2.html").read_bytes()
    assert one == two


@pytest.mark.parametrize(
    ("focus", "depth", "present", "absent"),
    [
        (
            "39-NQ/TW",
            1,
            ["Nghị quyết 39-NQ/TW (2015)", "Nghị quyết 39-NQ/TW (2019)", "Bộ Chính trị"],
            ["xã Triệu Nguyên"],
        ),
        ("39-nq/tw", 1, ["Nghị quyết 39-NQ/TW (2019)"], ["thị trấn Krông Klang"]),
        ("Đakrông", 1, ["xã Ba Lòng", "tỉnh Quảng Trị"], ["Nghị quyết 39-NQ/TW"]),
        ("dakrong", 1, ["xã Ba Lòng"], ["Nghị quyết 39-NQ/TW"]),
    ],
)
def test_focus_keeps_the_neighbourhood(
    dataset: Dataset, tmp_path: Path, focus: str, depth: int, present: list[str], absent: list[str]
) -> None:
    page = draw(dataset, tmp_path / "f.html", focus=focus, depth=depth).read_text("utf-8")
    labels = re.findall(r"<title>([^<]+)</title></g>", page)
    for label in present:
        assert label in labels
    for label in absent:
        assert label not in labels


def test_draw_errors(dataset: Dataset, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"use \.png, \.svg or \.html"):
        draw(dataset, tmp_path / "g.pdf")
    with pytest.raises(InputError, match="no node matches"):
        draw(dataset, tmp_path / "g.html", focus="99-XYZ/TW")
    with pytest.raises(InputError, match="depth needs a focus"):
        draw(dataset, tmp_path / "g.html", depth=2)


def test_draw_accepts_a_networkx_graph(dataset: Dataset, tmp_path: Path) -> None:
    assert draw(to_networkx(dataset), tmp_path / "n.svg").stat().st_size > 10_000


_HARNESS = r"""
const fs = require("fs");
const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
function classList() {
  const s = new Set();
  return { toggle(c, f) { if (f === undefined) f = !s.has(c); if (f) s.add(c); else s.delete(c); },
           add(c) { s.add(c); }, remove(c) { s.delete(c); }, contains(c) { return s.has(c); } };
}
function element(attrs) {
  const l = {};
  return { attrs, classList: classList(), style: {}, value: "", textContent: "", innerHTML: "",
    checked: true, listeners: l,
    getAttribute(k) { return this.attrs[k]; }, setAttribute(k, v) { this.attrs[k] = v; },
    addEventListener(t, f) { (l[t] = l[t] || []).push(f); },
    fire(t, e) { (l[t] || []).forEach((f) => f(Object.assign({ preventDefault() {},
      stopPropagation() {}, target: this }, e || {}))); },
    transform: { baseVal: { consolidate() { return { matrix: { e: 10, f: 20 } }; } } },
    getBoundingClientRect() { return { left: 0, top: 0, width: 1000, height: 760 }; },
    viewBox: { baseVal: { width: 1000, height: 760 } }, closest() { return null; } };
}
const nodes = spec.nodes.map((n) => element({ "data-node-id": n.id, "data-type": n.type,
  "data-search": n.search }));
const edges = spec.edges.map((e) => element({ "data-source": e[0], "data-target": e[1] }));
const filters = spec.types.map((t) => Object.assign(element({}), { value: t }));
const byId = { "pg-data": Object.assign(element({}), { textContent: spec.data }),
  "pg-svg": element({}), viewport: element({}), search: element({}), hits: element({}),
  details: element({}) };
global.window = element({});
global.document = { getElementById: (id) => byId[id],
  querySelectorAll: (sel) => sel === "g.node" ? nodes : sel === "line.edge" ? edges : filters };
eval(spec.script);
const out = {};
byId.search.value = spec.query; byId.search.fire("input");
out.hits = nodes.filter((n) => n.classList.contains("hit")).map((n) => n.attrs["data-node-id"]);
out.hitText = byId.hits.textContent;
byId.search.fire("keydown", { key: "Enter" });
out.details = byId.details.innerHTML;
byId.search.value = ""; byId.search.fire("input");
const doc = filters.find((f) => f.value === "document"); doc.checked = false; doc.fire("change");
out.hiddenNodes = nodes.filter((n) => n.classList.contains("hidden")).length;
out.hiddenEdges = edges.filter((e) => e.classList.contains("hidden")).length;
byId["pg-svg"].fire("wheel", { deltaY: -1, clientX: 500, clientY: 380 });
out.transform = byId.viewport.attrs.transform;
console.log(JSON.stringify(out));
"""


def test_html_script_searches_filters_and_shows_quotes(dataset: Dataset, tmp_path: Path) -> None:
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    page = draw(dataset, tmp_path / "g.html").read_text("utf-8")
    import html as html_module

    nodes = [
        {"id": html_module.unescape(i), "type": t, "search": html_module.unescape(s)}
        for i, t, s in re.findall(
            r'data-node-id="([^"]+)" data-type="([^"]+)" data-search="([^"]*)"', page
        )
    ]
    edges = [
        [html_module.unescape(a), html_module.unescape(b)]
        for a, b in re.findall(r'data-source="([^"]+)" data-target="([^"]+)"', page)
    ]
    data = page.split('id="pg-data">', 1)[1].split("</script>", 1)[0]
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    spec = {
        "nodes": nodes,
        "edges": edges,
        "types": ["article", "document", "place", "agency"],
        "data": data.replace("<\\/", "</"),
        "script": script,
        "query": "39-nq/tw",
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), "utf-8")
    (tmp_path / "harness.js").write_text(_HARNESS, "utf-8")
    done = subprocess.run(
        [node, str(tmp_path / "harness.js"), str(tmp_path / "spec.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    assert len(out["hits"]) == 2 and all("39-nq_tw" in h for h in out["hits"])
    assert out["hitText"].startswith("2")
    assert "Nghị quyết 39-NQ/TW" in out["details"] and "class='quote'" in out["details"]
    documents = sum(1 for n in nodes if n["type"] == "document")
    assert out["hiddenNodes"] == documents and out["hiddenEdges"] > 0
    assert "scale(1.2)" in out["transform"]
