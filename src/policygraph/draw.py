"""Pictures of the entity network: PNG/SVG (matplotlib) and a self-contained HTML page.

The HTML page needs no network: the picture is an inline SVG (positions precomputed with a
seeded spring layout, so the file is the same on every run) and a small vanilla script adds
zoom/pan (marks and labels keep their size on screen; labels that would overlap appear as
one zooms in), a search box (by label or document key, diacritics optional), filters by
type and by period (year of the citing articles), and a details panel listing a node's
attributes, its links and the sentences that mention it. The page state can be given in
the URL: ``page.html#search=217-QĐ/TW&from=2019&to=2021&undated=0&hide=place``. The
script and style are package data (``data/html/``). Every node element carries
``data-node-id``.

``draw_timeline`` charts citations per year (by article date) per document or issuer.
"""

from __future__ import annotations

import functools
import html
import io
import json
import math
import os
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph

from .errors import InputError, UsageError
from .export import NODE_TYPES, to_networkx
from .graph import write_atomic
from .store import Store

# networkx is imported by the functions that make or read a network, not here: the commands
# that only query a graph start without it
if TYPE_CHECKING:
    import networkx as nx

__all__ = ["COLOURS", "draw", "draw_timeline"]

#: colour per node type (colour-blind-safe palette, Okabe–Ito)
COLOURS: dict[str, str] = {
    "article": "#999999",
    "document": "#D55E00",
    "place": "#009E73",
    "agency": "#0072B2",
}
_TYPE_NAMES = {
    "article": "bài báo (article)",
    "document": "văn bản (document)",
    "place": "địa danh (place)",
    "agency": "cơ quan (agency)",
}
_SEED = 7
_WIDTH, _HEIGHT = 1000.0, 760.0
_MAX_LABEL = 34
_TYPE_RANK = {"document": 0, "article": 1, "agency": 2, "place": 3}  # who gets a label first
_FONT_PX = 11.0  # HTML label size
_CHAR_WIDTH = 0.6  # DejaVu Sans: mean advance per character / font size (fallback)
_ZOOM_LEVELS = (1.0, 2.0, 4.0, 8.0, 16.0)  # HTML: a label shows from the zoom where it fits
_MAX_ZOOM = 32.0
_NO_ISSUER = "(không rõ cơ quan ban hành)"


def draw(
    data: Dataset | Graph | Store | nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    focus: str | None = None,
    depth: int | None = None,
) -> Path:
    """Draw the entity network to ``path`` (``.png``, ``.svg`` or ``.html``).

    ``focus`` (a document key, a name or label, or an IRI) keeps only that node's
    neighbourhood up to ``depth`` steps (default 1). Matching ignores case and diacritics;
    exact matches win over substring matches.
    """
    import networkx as nx

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise UsageError(  # an unknown output format is a usage error (exit status 2)
            f"{target}: cannot draw to {suffix or 'no extension'!r}; use .png, .svg or .html"
        )
    network = data if isinstance(data, nx.MultiDiGraph) else to_networkx(data, "entity")
    if focus is not None:
        network = _neighbourhood(network, focus, 1 if depth is None else depth)
    elif depth is not None:
        raise InputError("depth needs a focus node")
    positions = _layout(network)
    if suffix == ".html":
        payload = _html(network, positions).encode("utf-8")
    else:
        payload = _matplotlib(network, positions, suffix[1:])
    write_atomic(target, payload)
    return target


# ---------------------------------------------------------------------- selection


def _fold(text: str) -> str:
    import unicodedata

    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def _neighbourhood(network: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    import networkx as nx

    wanted = _fold(focus)
    exact = []
    partial = []
    for node, attrs in network.nodes(data=True):
        fields = ("key", "label", "name", "source", "code")
        names = [str(node)] + [str(attrs[k]) for k in fields if k in attrs]
        folded = [_fold(n) for n in names]
        if wanted in folded:
            exact.append(node)
        elif any(wanted in f for f in folded[1:]):
            partial.append(node)
    seeds = sorted(exact) or sorted(partial)
    if not seeds:
        raise InputError(f"no node matches focus {focus!r} (give a document key, a name or an IRI)")
    undirected = network.to_undirected(as_view=True)
    keep: set[Any] = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    sub: nx.MultiDiGraph = network.subgraph(sorted(keep)).copy()
    return sub


# ---------------------------------------------------------------------- layout


def _layout(network: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(network.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in network.edges() if u != v))
    if len(simple) == 0:
        return {}
    if len(simple) == 1:
        only = next(iter(simple.nodes))
        return {only: (_WIDTH / 2, _HEIGHT / 2)}
    try:
        raw = nx.spring_layout(simple, seed=_SEED, k=1.6 / math.sqrt(len(simple)))
        coords = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
    except ImportError:  # networkx needs scipy from 500 nodes on
        coords = _circle_layout(simple)
    xs = [p[0] for p in coords.values()]
    ys = [p[1] for p in coords.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    left, right, margin = 60.0, 150.0, 40.0  # labels go right first, then left
    out: dict[Any, tuple[float, float]] = {}
    for node, (x, y) in coords.items():
        px = left + (x - min(xs)) / span_x * (_WIDTH - left - right)
        py = margin + (y - min(ys)) / span_y * (_HEIGHT - 2 * margin)
        out[node] = (round(px, 1), round(py, 1))
    return out


def _circle_layout(simple: nx.Graph) -> dict[Any, tuple[float, float]]:
    nodes = sorted(simple.nodes, key=lambda n: (-simple.degree(n), str(n)))
    out: dict[Any, tuple[float, float]] = {}
    for i, node in enumerate(nodes):
        ring = 1 + int(math.sqrt(i))
        angle = 2 * math.pi * i / max(1, 2 * ring + 1) + ring
        out[node] = (ring * math.cos(angle), ring * math.sin(angle))
    return out


def _display_labels(network: nx.MultiDiGraph) -> dict[Any, str]:
    """Node labels; labels shared by several nodes get the year, vintage or term added
    ("Nghị quyết 39-NQ/TW (2015)", "tỉnh Quảng Trị (2025)")."""
    labels = {n: str(a.get("label", n)) for n, a in network.nodes(data=True)}
    counts: dict[str, int] = defaultdict(int)
    for label in labels.values():
        counts[label] += 1
    for node, label in labels.items():
        if counts[label] > 1:
            attrs = network.nodes[node]
            extra = next(
                (str(attrs[k]) for k in ("year", "vintage", "term", "date") if k in attrs), None
            )
            if extra:
                labels[node] = f"{label} ({extra})"
    return labels


def _short(text: str, limit: int = _MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------- labels


_Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@functools.cache
def _font() -> Any:
    """DejaVu Sans (shipped with matplotlib) sized 100 px, to measure labels; None if absent."""
    try:
        from matplotlib import font_manager, ft2font

        face = ft2font.FT2Font(
            font_manager.findfont(
                font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=True
            )
        )
        face.set_size(100, 72)
        return face
    except (ImportError, OSError, RuntimeError, ValueError):
        return None


@functools.cache
def _advance(char: str) -> float:
    """Advance width of ``char`` per px of font size."""
    face = _font()
    if face is None:
        return _CHAR_WIDTH
    try:
        return float(face.load_char(ord(char)).linearHoriAdvance) / 65536 / 100
    except (RuntimeError, ValueError):
        return _CHAR_WIDTH


def _text_width(text: str, font: float) -> float:
    return font * sum(_advance(c) for c in text)


def _label_boxes(radius: float, width: float, font: float) -> list[tuple[str, float, float, _Box]]:
    """Candidate label positions around a mark of ``radius`` px centred at (0, 0): the text
    anchor, its offset and the box it covers; right, left, above, below."""
    up, down = 0.93 * font, 0.24 * font  # DejaVu Sans ascent (stacked marks fit) and descent
    base = 0.35 * font  # baseline offset that centres the text on the mark
    near, far = radius + 3.0, radius + 3.0 + width
    return [
        ("start", near, base, (near - 1, base - up, far, base + down)),
        ("end", -near, base, (-far, base - up, -(near - 1), base + down)),
        ("middle", 0.0, -(near + down), (-width / 2, -(near + down + up), width / 2, -near)),
        ("middle", 0.0, near + up, (-width / 2, near, width / 2, near + up + down)),
    ]


class _Grid:
    """Boxes bucketed by cell, to find overlaps quickly."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.buckets: dict[tuple[int, int], list[_Box]] = defaultdict(list)

    def _cells(self, box: _Box) -> list[tuple[int, int]]:
        c = self.cell
        return [
            (i, j)
            for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)
        ]

    def add(self, box: _Box) -> None:
        for key in self._cells(box):
            self.buckets[key].append(box)

    def free(self, box: _Box, own: _Box) -> bool:
        for key in self._cells(box):
            for other in self.buckets.get(key, ()):
                if other is own:
                    continue
                if (
                    box[0] < other[2]
                    and other[0] < box[2]
                    and box[1] < other[3]
                    and other[1] < box[3]
                ):
                    return False
        return True


def _place_labels(
    positions: dict[Any, tuple[float, float]],
    radii: dict[Any, float],
    texts: dict[Any, str],
    order: list[Any],
    *,
    font: float,
    scales: tuple[float, ...],
) -> dict[Any, tuple[str, float, float, float]]:
    """Greedy label placement without overlaps.

    Marks and labels are drawn at a fixed size in px (``radii``, ``font``) over positions in
    layout units; a scale is px per layout unit (the zoom). For each scale in turn, the labels
    not yet placed (in ``order``, most important first) take the first candidate position
    that overlaps no mark and no label placed so far. Returns node → (anchor, dx, dy, the
    scale from which it fits); labels that fit nowhere are left out. At the first scale a
    label must also stay inside the canvas."""
    placed: dict[Any, tuple[str, float, float, float]] = {}
    boxes: dict[Any, _Box] = {}

    def at(node: Any, box: _Box, scale: float) -> _Box:
        x, y = positions[node]
        return (x + box[0] / scale, y + box[1] / scale, x + box[2] / scale, y + box[3] / scale)

    for scale in scales:
        grid = _Grid(80.0 / scale)
        marks = {}
        for node in order:
            r = radii[node]
            marks[node] = at(node, (-r, -r, r, r), scale)
            grid.add(marks[node])
        for node, box in boxes.items():
            grid.add(at(node, box, scale))
        for node in order:
            if node in placed:
                continue
            width = _text_width(texts[node], font)
            for anchor, dx, dy, box in _label_boxes(radii[node], width, font):
                where = at(node, box, scale)
                inside = (
                    where[0] >= 0 and where[1] >= 0 and where[2] <= _WIDTH and where[3] <= _HEIGHT
                )
                if (inside or scale != scales[0]) and grid.free(where, marks[node]):
                    placed[node] = (anchor, dx, dy, scale)
                    boxes[node] = box
                    grid.add(where)
                    break
    return placed


# ---------------------------------------------------------------------- matplotlib


def _matplotlib(
    network: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]], fmt: str
) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    n = network.number_of_nodes()
    scale = min(2.2, max(1.0, math.sqrt(max(n, 1) / 40)))
    dpi = 100.0
    px_per_unit = 12 * scale * dpi / _WIDTH
    font_pt = 8.0
    sizes = {x: 60.0 + 25.0 * min(network.degree(x), 12) for x in network.nodes}
    radii = {x: math.sqrt(s) / 2 * dpi / 72 for x, s in sizes.items()}  # marker px
    names = _display_labels(network)
    texts = {x: _short(names[x]) for x in network.nodes}
    order = sorted(
        network.nodes,
        key=lambda x: (
            -network.degree(x),
            _TYPE_RANK.get(str(network.nodes[x].get("type")), 9),
            str(x),
        ),
    )
    placed = _place_labels(
        positions, radii, texts, order, font=font_pt * dpi / 72, scales=(px_per_unit,)
    )
    with matplotlib.rc_context(
        {"font.family": "DejaVu Sans", "svg.hashsalt": "policygraph", "svg.fonttype": "path"}
    ):
        strip = 0.45 * scale  # inches at the bottom for the legend, off the picture
        fig = Figure(figsize=(12 * scale, 9 * scale + strip), dpi=dpi)
        ax = fig.add_axes((0.0, strip / (9 * scale + strip), 1.0, 9 * scale / (9 * scale + strip)))
        ax.set_xlim(0, _WIDTH)
        ax.set_ylim(_HEIGHT, 0)
        ax.axis("off")
        segments = [
            (positions[u], positions[v])
            for u, v in sorted({(u, v) for u, v in network.edges() if u != v})
        ]
        ax.add_collection(LineCollection(segments, colors="#c8c8c8", linewidths=0.7, zorder=1))
        present = []
        for kind in NODE_TYPES:
            nodes = sorted(x for x, a in network.nodes(data=True) if a.get("type") == kind)
            if not nodes:
                continue
            present.append(kind)
            ax.scatter(
                [positions[x][0] for x in nodes],
                [positions[x][1] for x in nodes],
                s=[sizes[x] for x in nodes],
                color=COLOURS[kind],
                edgecolors="white",
                linewidths=0.8,
                zorder=2,
            )
        halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
        ha = {"start": "left", "end": "right", "middle": "center"}
        for node in sorted(placed, key=str):
            anchor, dx, dy, _ = placed[node]
            ax.annotate(
                texts[node],
                positions[node],
                xytext=(dx * 72 / dpi, -dy * 72 / dpi),
                textcoords="offset points",
                fontsize=font_pt,
                color="#222222",
                ha=ha[anchor],
                va="baseline",
                zorder=3,
                path_effects=halo,
            )
        handles = [
            Line2D(
                [0],
                [0],
                marker="o",
                linestyle="",
                markersize=9,
                markerfacecolor=COLOURS[k],
                markeredgecolor="white",
                label=_TYPE_NAMES[k],
            )
            for k in present
        ]
        if handles:
            hidden = n - len(placed)
            title = f"{n} nút" + (f" · {hidden} nhãn ẩn (chồng lấn)" if hidden else "")
            handles.append(Line2D([0], [0], linestyle="", label=title))
            fig.legend(
                handles=handles,
                loc="lower left",
                ncol=len(handles),
                frameon=False,
                fontsize=9 * scale,
                markerscale=scale,
                borderaxespad=0.3 * scale,
            )
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Software": None} if fmt == "png" else {"Date": None}
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


# ---------------------------------------------------------------------- HTML


def _year(value: object) -> int | None:
    text = str(value or "")
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def _node_record(network: nx.MultiDiGraph, node: Any) -> dict[str, Any]:
    attrs = dict(network.nodes[node])
    return {
        "id": str(node),
        "type": attrs.pop("type", ""),
        "label": attrs.pop("label", ""),
        "attrs": {k: attrs[k] for k in sorted(attrs)},
    }


def _mentions_by_node(network: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in network.edges(data=True):
        if "quote" not in data:
            continue
        record = {
            "article": str(network.nodes[u].get("label", u)),
            "date": str(network.nodes[u].get("date", ""))[:10],
            "entity": str(network.nodes[v].get("label", v)),
            "quote": data.get("quote", ""),
            "sentence": data.get("sentence", ""),
            "start": data.get("start", ""),
            "end": data.get("end", ""),
            "relation": data.get("type", ""),
        }
        out[str(v)].append(record)
        out[str(u)].append(record)
    for records in out.values():
        records.sort(key=lambda r: (r["article"], str(r["start"]), r["entity"]))
    return out


def _article_years(network: nx.MultiDiGraph) -> dict[str, list[int | None]]:
    """For every article and every node an article points at: the years of those articles
    (None for an article without a date)."""
    years: dict[str, set[int | None]] = defaultdict(set)
    for node, attrs in network.nodes(data=True):
        if attrs.get("type") == "article":
            years[str(node)].add(_year(attrs.get("date")))
    for u, v in network.edges():
        if network.nodes[u].get("type") == "article" and u != v:
            years[str(v)].add(_year(network.nodes[u].get("date")))
    return {k: sorted(v, key=lambda y: (y is None, y or 0)) for k, v in sorted(years.items())}


def _asset(name: str) -> str:
    return (resources.files("policygraph") / "data" / "html" / name).read_text("utf-8")


def _html(network: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]]) -> str:
    nodes = sorted(network.nodes, key=str)
    edge_types: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, v, data in network.edges(data=True):
        if u != v:
            edge_types[(str(u), str(v))].add(str(data.get("type", "")))
    svg_edges = []
    for (u, v), types in sorted(edge_types.items()):
        (x1, y1), (x2, y2) = positions[u], positions[v]
        kinds = " ".join(sorted(types))
        svg_edges.append(
            f'<line class="edge" data-source="{html.escape(u)}" data-target="{html.escape(v)}" '
            f'data-edge-type="{html.escape(kinds)}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">'
            f"<title>{html.escape(kinds)}</title></line>"
        )
    names = _display_labels(network)
    texts = {n: _short(names[n]) for n in nodes}
    radii = {n: 6 + min(network.degree(n), 12) * 0.6 for n in nodes}
    order = sorted(
        nodes,
        key=lambda x: (
            -network.degree(x),
            _TYPE_RANK.get(str(network.nodes[x].get("type")), 9),
            str(x),
        ),
    )
    placed = _place_labels(positions, radii, texts, order, font=_FONT_PX, scales=_ZOOM_LEVELS)
    svg_nodes = []
    for node in nodes:
        attrs = network.nodes[node]
        kind = str(attrs.get("type", ""))
        x, y = positions[node]
        radius = radii[node]
        anchor, dx, dy, level = placed.get(node, ("start", radius + 3, 4.0, _MAX_ZOOM))
        fields = ("label", "key", "name", "code", "source")
        search = "|".join(_fold(str(attrs[k])) for k in fields if k in attrs)
        svg_nodes.append(
            f'<g class="node" data-node-id="{html.escape(str(node))}" '
            f'data-type="{html.escape(kind)}" data-search="{html.escape(search)}" '
            f'data-x="{x}" data-y="{y}" data-level="{level:g}" transform="translate({x},{y})">'
            f'<circle r="{radius:.1f}" fill="{COLOURS.get(kind, "#666666")}"></circle>'
            f'<text x="{dx:.1f}" y="{dy:.1f}" text-anchor="{anchor}">'
            f"{html.escape(texts[node])}</text>"
            f"<title>{html.escape(names[node])}</title></g>"
        )
    present = [k for k in NODE_TYPES if any(network.nodes[n].get("type") == k for n in nodes)]
    counts = {k: sum(1 for n in nodes if network.nodes[n].get("type") == k) for k in present}
    filters = "".join(
        f'<label><input type="checkbox" class="type-filter" value="{k}" checked>'
        f'<span class="swatch" style="background:{COLOURS[k]}"></span>{html.escape(_TYPE_NAMES[k])}'
        f' <span class="muted">({counts[k]})</span></label>'
        for k in present
    )
    legend = "".join(
        f'<div><span class="swatch" style="background:{COLOURS[k]}"></span>'
        f"{html.escape(_TYPE_NAMES[k])}</div>"
        for k in present
    )
    years = _article_years(network)
    dated = sorted(
        {
            y
            for n in nodes
            if network.nodes[n].get("type") == "article"
            for y in years.get(str(n), [])
            if y is not None
        }
    )
    undated = sum(
        1
        for n in nodes
        if network.nodes[n].get("type") == "article" and None in years.get(str(n), [])
    )
    period = ""
    if dated:
        lo, hi = dated[0], dated[-1]
        period = (
            '<fieldset id="period"><legend>Thời kỳ (theo ngày bài báo)</legend>'
            f'<label>từ <input type="range" id="year-from" min="{lo}" max="{hi}" step="1" '
            f'value="{lo}"></label>'
            f'<label>đến <input type="range" id="year-to" min="{lo}" max="{hi}" step="1" '
            f'value="{hi}"></label>'
            f'<div><b id="period-text">{lo}–{hi}</b></div>'
            '<label><input type="checkbox" id="undated" checked> cả bài không rõ ngày '
            f'<span class="muted">({undated})</span></label></fieldset>'
        )
    data = {
        "nodes": {str(n): _node_record(network, n) for n in nodes},
        "mentions": _mentions_by_node(network),
        "years": years,
    }
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    title = "policygraph — mạng văn bản, địa danh, cơ quan"
    return _PAGE.format(
        title=html.escape(title),
        width=int(_WIDTH),
        height=int(_HEIGHT),
        edges="\n".join(svg_edges),
        nodes="\n".join(svg_nodes),
        filters=filters,
        period=period,
        legend=legend,
        count=len(nodes),
        data=payload,
        script=_asset("draw.js").replace("</", "<\\/"),
        style=_asset("draw.css"),
    )


_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<div id="side">
<h3>policygraph</h3>
<input id="search" type="search" placeholder="Tìm: số văn bản, tên… (vd. 39-NQ/TW)">
<div class="muted" id="hits"></div>
<fieldset class="filters"><legend>Loại nút</legend>{filters}</fieldset>
{period}
<p class="muted"><span id="shown">{count}</span> / {count} nút · cuộn để phóng to (nhãn hiện dần),
kéo để di chuyển, bấm vào nút để xem chi tiết</p>
<div id="details"></div>
</div>
<div id="main">
<svg id="pg-svg" viewBox="0 0 {width} {height}" role="img" aria-label="{title}">
<g id="viewport">
<g id="edges">
{edges}
</g>
<g id="nodes">
{nodes}
</g>
</g>
</svg>
<div id="zoom"><button id="zoom-in" title="phóng to">+</button><button id="zoom-out"
title="thu nhỏ">−</button><button id="zoom-reset" title="toàn cảnh">⟲</button></div>
<div id="legend">{legend}</div>
</div>
<script type="application/json" id="pg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------- timeline


def _citation_years(network: nx.MultiDiGraph, by: str) -> dict[str, Counter[int | None]]:
    """Citations — (article, document) pairs — counted per row (document or issuer) and per
    year of the article's date (None when the article has no date)."""
    names = _display_labels(network)
    pairs = {
        (u, v)
        for u, v in network.edges()
        if network.nodes[u].get("type") == "article" and network.nodes[v].get("type") == "document"
    }
    out: dict[str, Counter[int | None]] = defaultdict(Counter)
    for article, document in sorted(pairs, key=str):
        if by == "document":
            row = names[document]
        else:
            row = str(network.nodes[document].get("issuer") or _NO_ISSUER)
        out[row][_year(network.nodes[article].get("date"))] += 1
    return dict(out)


def draw_timeline(
    data: Dataset | Graph | Store | nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    by: str = "document",
    top: int = 20,
) -> Path:
    """Draw citations per year to ``path`` (``.png`` or ``.svg``).

    One row per document (``by="document"``) or per issuing agency (``by="issuer"``), the
    ``top`` rows with most citations; one column per year of the citing articles' dates, and
    a last column "?" for articles without a date. A citation is one article citing one
    document (several mentions in the same article count once); a dot's area grows with the
    count, which is written in it. The right-hand column gives each row's total.
    """
    import networkx as nx

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise UsageError(
            f"{target}: cannot draw a timeline to {suffix or 'no extension'!r}; use .png or .svg"
        )
    if by not in ("document", "issuer"):
        raise InputError(f"timeline by {by!r}: use 'document' or 'issuer'")
    if top < 1:
        raise InputError(f"timeline top must be at least 1, not {top}")
    network = data if isinstance(data, nx.MultiDiGraph) else to_networkx(data, "entity")
    counts = _citation_years(network, by)
    write_atomic(target, _timeline_figure(counts, by, top, suffix[1:]))
    return target


def _timeline_figure(counts: dict[str, Counter[int | None]], by: str, top: int, fmt: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    ranked = sorted(counts, key=lambda r: (-sum(counts[r].values()), _fold(r), r))
    rows = ranked[:top]
    years = sorted({y for r in rows for y in counts[r] if y is not None})
    columns: list[int | None] = list(range(years[0], years[-1] + 1)) if years else []
    if any(None in counts[r] for r in rows):
        columns.append(None)
    labels = [_short(r, 48) for r in rows]
    longest = max((len(s) for s in labels), default=10)
    left = 0.4 + 0.075 * longest
    width = max(8.0, left + 0.5 * max(len(columns), 4) + 1.2)  # 8 in: room for the subtitle
    height = 1.6 + 0.34 * max(len(rows), 3)
    colour = COLOURS["document"] if by == "document" else COLOURS["agency"]
    what = "văn bản" if by == "document" else "cơ quan ban hành"
    with matplotlib.rc_context(
        {"font.family": "DejaVu Sans", "svg.hashsalt": "policygraph", "svg.fonttype": "path"}
    ):
        fig = Figure(figsize=(width, height), dpi=100)
        ax = fig.add_axes((left / width, 0.9 / height, 1 - (left + 1.0) / width, 1 - 1.6 / height))
        fig.suptitle(
            f"Trích dẫn theo năm — theo {what}", x=0.02, ha="left", fontsize=12, fontweight="bold"
        )
        shown = (
            f"{len(rows)}/{len(ranked)} {what}"
            if len(ranked) > len(rows)
            else f"{len(rows)} {what}"
        )
        fig.text(
            0.02,
            1 - 0.5 / height,
            f"số bài báo trích dẫn (một bài, một văn bản = 1), "
            f"theo năm đăng bài; ? = bài không rõ ngày · {shown}",
            fontsize=8,
            color="#555555",
            va="top",
        )
        if not rows:
            ax.axis("off")
            ax.text(
                0.5,
                0.5,
                "không có trích dẫn nào",
                ha="center",
                va="center",
                fontsize=11,
                color="#777777",
                transform=ax.transAxes,
            )
        else:
            peak = max(max(counts[r].values()) for r in rows)
            xs, ys, sizes, numbers = [], [], [], []
            for i, row in enumerate(rows):
                for j, year in enumerate(columns):
                    value = counts[row].get(year, 0)
                    if value:
                        xs.append(j)
                        ys.append(i)
                        sizes.append(60 + 340 * value / peak)
                        numbers.append(value)
            ax.scatter(xs, ys, s=sizes, color=colour, edgecolors="white", linewidths=0.8, zorder=2)
            for x, y, value in zip(xs, ys, numbers, strict=True):
                ax.text(
                    x,
                    y,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white",
                    fontweight="bold",
                    zorder=3,
                )
            for i, row in enumerate(rows):
                ax.text(
                    len(columns) - 0.3,
                    i,
                    str(sum(counts[row].values())),
                    ha="left",
                    va="center",
                    fontsize=8,
                    color="#222222",
                )
            ax.text(
                len(columns) - 0.3,
                -0.9,
                "tổng",
                ha="left",
                va="center",
                fontsize=8,
                color="#555555",
            )
            ax.set_xlim(-0.7, len(columns) + 0.2)
            ax.set_ylim(len(rows) - 0.5, -1.3)
            ax.set_yticks(range(len(rows)), labels, fontsize=8)
            ax.set_xticks(
                range(len(columns)),
                ["?" if y is None else str(y) for y in columns],
                fontsize=8,
                rotation=90 if len(columns) > 10 else 0,
            )
            ax.grid(axis="y", color="#eeeeee", zorder=0)
            if columns and columns[-1] is None and len(columns) > 1:  # "?" is not a year
                ax.axvline(len(columns) - 1.5, color="#cccccc", linewidth=0.8, linestyle=":")
            ax.set_axisbelow(True)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            ax.tick_params(axis="y", length=0)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Software": None} if fmt == "png" else {"Date": None}
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()
