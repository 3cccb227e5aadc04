"""PNG/SVG pictures and the self-contained HTML page."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset

from policygraph.draw import (
    COLOURS,
    _article_years,
    _citation_years,
    _place_labels,
    _text_width,
    draw,
    draw_timeline,
)
from policygraph.errors import InputError, UsageError
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
    with pytest.raises(UsageError, match=r"use \.png, \.svg or \.html"):
        draw(dataset, tmp_path / "g.pdf")
    with pytest.raises(InputError, match="no node matches"):
        draw(dataset, tmp_path / "g.html", focus="99-XYZ/TW")
    with pytest.raises(InputError, match="depth needs a focus"):
        draw(dataset, tmp_path / "g.html", depth=2)


def test_draw_accepts_a_networkx_graph(dataset: Dataset, tmp_path: Path) -> None:
    assert draw(to_networkx(dataset), tmp_path / "n.svg").stat().st_size > 10_000


def test_page_script_is_valid_javascript(dataset: Dataset, tmp_path: Path) -> None:
    """The page's behaviour is tested in a real browser (tests/test_browser.py); this only
    checks the script parses, for machines with node but without Chromium."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    page = draw(dataset, tmp_path / "g.html").read_text("utf-8")
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    (tmp_path / "page.js").write_text(script, "utf-8")
    subprocess.run([node, "--check", str(tmp_path / "page.js")], check=True)


# ---------------------------------------------------------------------- pictures


def _colour_share(pixels: object, colour: str) -> float:
    import numpy as np

    rgb = np.asarray(pixels)[..., :3]
    want = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return float((np.abs(rgb - want).max(axis=-1) < 0.04).mean())


def test_png_shows_every_node_type_and_the_legend(dataset: Dataset, tmp_path: Path) -> None:
    import matplotlib.image as mpimg

    pixels = mpimg.imread(draw(dataset, tmp_path / "g.png"))
    height, width = pixels.shape[:2]
    assert width == 1200 and height > 900  # 12 × 9 in at 100 dpi, plus the legend strip
    for kind, colour in COLOURS.items():
        assert _colour_share(pixels, colour) > 0.0003, kind
    strip = pixels[900:]  # the legend strip below the picture holds the four markers
    for kind, colour in COLOURS.items():
        assert _colour_share(strip, colour) > 0.0005, kind


def test_svg_has_one_marker_group_per_type_and_labels(dataset: Dataset, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    text = draw(dataset, tmp_path / "g.svg").read_text("utf-8")
    root = ET.fromstring(text)
    ids = [e.get("id", "") for e in root.iter()]
    assert sum(1 for i in ids if i.startswith("PathCollection_")) == 4  # one scatter per type
    assert sum(1 for i in ids if i.startswith("text_")) >= 20  # node labels + legend


Box = tuple[float, float, float, float]


def _label_box(x: float, y: float, anchor: str, dx: float, dy: float, width: float,
               font: float, scale: float) -> Box:
    left = {"start": dx, "end": dx - width, "middle": dx - width / 2}[anchor]
    return (x + left / scale, y + (dy - 0.7 * font) / scale, x + (left + width) / scale,
            y + (dy + 0.25 * font) / scale)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(
    ("points", "at_least", "at_most"),
    [
        ([(300.0, 100.0), (600.0, 100.0)], 2, 2),  # far apart: both labelled
        ([(500.0, 100.0), (500.5, 100.5), (501.0, 101.0)], 3, 3),  # right, left, above/below
        ([(500.0, 300.0 + 2 * i) for i in range(12)], 2, 6),  # a tight column
        ([(20.0, 20.0), (980.0, 380.0)], 2, 2),  # near the edges: labels stay on the canvas
    ],
)
def test_labels_do_not_overlap(
    points: list[tuple[float, float]], at_least: int, at_most: int
) -> None:
    positions = {f"n{i}": p for i, p in enumerate(points)}
    radii = {n: 6.0 for n in positions}
    texts = {n: "Nghị quyết 39-NQ/TW" for n in positions}
    placed = _place_labels(positions, radii, texts, sorted(positions), font=11.0,
                           scales=(1.0, 2.0, 4.0, 8.0, 16.0, 32.0))
    first = {n: p for n, p in placed.items() if p[3] == 1.0}
    assert at_least <= len(first) <= at_most
    assert len(placed) == len(points)  # all fit at some zoom
    width = _text_width("Nghị quyết 39-NQ/TW", 11.0)
    boxes = [_label_box(*positions[n], a, dx, dy, width, 11.0, 1.0)
             for n, (a, dx, dy, _) in first.items()]
    for i, one in enumerate(boxes):
        assert one[0] >= 0 and one[1] >= 0 and one[2] <= 1000  # on the canvas
        for other in boxes[i + 1:]:
            assert not _overlap(one, other)
    for n, (a, dx, dy, scale) in placed.items():  # never over another mark at its own zoom
        box = _label_box(*positions[n], a, dx, dy, width, 11.0, scale)
        for m, (x, y) in positions.items():
            if m != n:
                assert not _overlap(box, (x - 6 / scale, y - 6 / scale, x + 6 / scale,
                                          y + 6 / scale))


def test_period_data_gives_each_node_the_years_of_its_articles(dataset: Dataset) -> None:
    network = to_networkx(dataset)
    years = _article_years(network)
    by_label = {str(a["label"]): years.get(str(n)) for n, a in network.nodes(data=True)}
    assert by_label["Quyết định 217-QĐ/TW"] == [2021]
    assert by_label["Chỉ thị 18/2000/CT-TTg"] == [2020, 2021]
    assert by_label["Bộ Chính trị"] == [2020, 2021]
    network.nodes[next(n for n, a in network.nodes(data=True) if a["type"] == "article"
                       and str(a.get("date", "")).startswith("2020"))]["date"] = ""
    assert _article_years(network)[
        next(n for n, a in network.nodes(data=True) if a["label"] == "Bộ Chính trị")
    ] == [2021, None]


# ---------------------------------------------------------------------- timeline


def test_citations_per_year_by_document_and_issuer(dataset: Dataset) -> None:
    network = to_networkx(dataset)
    docs = _citation_years(network, "document")
    # one article citing a document counts once, whatever the number of mentions
    assert docs["Quyết định 217-QĐ/TW"] == {2021: 1}
    assert sum(docs["Chỉ thị 18/2000/CT-TTg"].values()) == 2
    assert docs["Chỉ thị 18/2000/CT-TTg"] == {2020: 1, 2021: 1}
    assert docs["Nghị quyết 39-NQ/TW (2019)"] == {2020: 1}
    issuers = _citation_years(network, "issuer")
    assert issuers["Bộ Chính trị"] == {2021: 4, 2020: 1}  # 217, 218, 39 (2015), 05; 39 (2019)
    assert issuers["Thủ tướng Chính phủ"] == {2020: 1, 2021: 1}
    total = sum(sum(c.values()) for c in docs.values())
    assert total == sum(sum(c.values()) for c in issuers.values())
    assert "Bộ Chính trị" not in docs and "Quyết định 217-QĐ/TW" not in issuers


def test_undated_articles_are_counted_apart(dataset: Dataset) -> None:
    network = to_networkx(dataset)
    for _, attrs in network.nodes(data=True):
        if attrs["type"] == "article":
            attrs.pop("date", None)
    docs = _citation_years(network, "document")
    assert docs["Quyết định 217-QĐ/TW"] == {None: 1}


@pytest.mark.parametrize(("by", "suffix"), [("document", ".png"), ("issuer", ".png"),
                                            ("document", ".svg"), ("issuer", ".svg")])
def test_timeline_pictures(dataset: Dataset, tmp_path: Path, by: str, suffix: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = draw_timeline(dataset, tmp_path / f"t{suffix}", by=by)
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert path.stat().st_size > 5_000
    again = draw_timeline(dataset, tmp_path / f"u{suffix}", by=by)
    assert path.read_bytes() == again.read_bytes()
    if suffix == ".png":
        import matplotlib.image as mpimg

        pixels = mpimg.imread(path)
        colour = COLOURS["document" if by == "document" else "agency"]
        assert _colour_share(pixels, colour) > 0.001  # the dots are drawn


def test_timeline_top_limits_rows_and_handles_no_citations(
    dataset: Dataset, tmp_path: Path
) -> None:
    import matplotlib.image as mpimg

    small = mpimg.imread(draw_timeline(dataset, tmp_path / "a.png", top=2))
    large = mpimg.imread(draw_timeline(dataset, tmp_path / "b.png", top=20))
    assert small.shape[0] < large.shape[0]  # fewer rows, shorter figure
    empty = to_networkx(dataset)
    empty.remove_nodes_from([n for n, a in list(empty.nodes(data=True))
                             if a["type"] == "document"])
    assert draw_timeline(empty, tmp_path / "e.png").stat().st_size > 2_000


def test_timeline_errors(dataset: Dataset, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"use \.png or \.svg"):
        draw_timeline(dataset, tmp_path / "t.html")
    with pytest.raises(InputError, match="use 'document' or 'issuer'"):
        draw_timeline(dataset, tmp_path / "t.png", by="place")
    with pytest.raises(InputError, match="at least 1"):
        draw_timeline(dataset, tmp_path / "t.png", top=0)
