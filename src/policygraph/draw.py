"""Pictures of the entity network: PNG/SVG (matplotlib) and a self-contained HTML page.

The HTML page needs no network: the picture is an inline SVG (positions precomputed with a
seeded spring layout, so the file is the same on every run) and a small vanilla script adds
zoom/pan, a search box (by label or document key, diacritics optional), type filters and a
details panel listing a node's attributes and the quotes and sentences that mention it.
Every node element carries ``data-node-id``.
"""

from __future__ import annotations

import html
import io
import json
import math
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from .errors import InputError, OutputError
from .export import NODE_TYPES, to_networkx
from .graph import write_atomic

__all__ = ["COLOURS", "draw"]

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


def draw(
    data: Dataset | Graph | nx.MultiDiGraph,
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
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise OutputError(f"{target}: cannot draw to {suffix or 'no extension'!r}; "
                          "use .png, .svg or .html")
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
    left, right, margin = 40.0, 220.0, 50.0  # room on the right for labels
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
            extra = next((str(attrs[k]) for k in ("year", "vintage", "term", "date") if k in attrs),
                         None)
            if extra:
                labels[node] = f"{label} ({extra})"
    return labels


def _short(text: str, limit: int = _MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------- matplotlib


def _matplotlib(
    network: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]], fmt: str
) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    n = network.number_of_nodes()
    scale = min(2.2, max(1.0, math.sqrt(max(n, 1) / 40)))
    with matplotlib.rc_context(
        {"font.family": "DejaVu Sans", "svg.hashsalt": "policygraph", "svg.fonttype": "path"}
    ):
        fig = Figure(figsize=(12 * scale, 9 * scale), dpi=100)
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
        ax.set_xlim(0, _WIDTH)
        ax.set_ylim(_HEIGHT, 0)
        ax.axis("off")
        for u, v in sorted({(u, v) for u, v in network.edges() if u != v}):
            (x1, y1), (x2, y2) = positions[u], positions[v]
            ax.plot([x1, x2], [y1, y2], color="#bbbbbb", linewidth=0.7, zorder=1)
        present = []
        for kind in NODE_TYPES:
            nodes = sorted(n for n, a in network.nodes(data=True) if a.get("type") == kind)
            if not nodes:
                continue
            present.append(kind)
            ax.scatter([positions[x][0] for x in nodes], [positions[x][1] for x in nodes],
                       s=[60 + 25 * min(network.degree(x), 12) for x in nodes],
                       color=COLOURS[kind], edgecolors="white", linewidths=0.8, zorder=2)
        label_all = n <= 150
        ranked = sorted(network.nodes, key=lambda x: (-network.degree(x), str(x)))
        labelled = set(ranked if label_all else ranked[:80])
        names = _display_labels(network)
        for node in sorted(labelled, key=str):
            x, y = positions[node]
            label = _short(names[node])
            ax.annotate(label, (x, y), xytext=(6, -6), textcoords="offset points", fontsize=8,
                        color="#222222", zorder=3)
        handles = [Line2D([0], [0], marker="o", linestyle="", markersize=9,
                          markerfacecolor=COLOURS[k], markeredgecolor="white",
                          label=_TYPE_NAMES[k]) for k in present]
        if handles:
            ax.legend(handles=handles, loc="lower left", frameon=True, fontsize=9)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Software": None} if fmt == "png" else {"Date": None}
        fig.savefig(buffer, format=fmt, metadata=metadata, facecolor="white")
    return buffer.getvalue()


# ---------------------------------------------------------------------- HTML


def _node_record(network: nx.MultiDiGraph, node: Any) -> dict[str, Any]:
    attrs = dict(network.nodes[node])
    return {"id": str(node), "type": attrs.pop("type", ""), "label": attrs.pop("label", ""),
            "attrs": {k: attrs[k] for k in sorted(attrs)}}


def _mentions_by_node(network: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in network.edges(data=True):
        if "quote" not in data:
            continue
        record = {"article": str(network.nodes[u].get("label", u)),
                  "entity": str(network.nodes[v].get("label", v)),
                  "quote": data.get("quote", ""), "sentence": data.get("sentence", ""),
                  "start": data.get("start", ""), "end": data.get("end", ""),
                  "relation": data.get("type", "")}
        out[str(v)].append(record)
        out[str(u)].append(record)
    for records in out.values():
        records.sort(key=lambda r: (r["article"], str(r["start"]), r["entity"]))
    return out


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
    svg_nodes = []
    names = _display_labels(network)
    for node in nodes:
        attrs = network.nodes[node]
        kind = str(attrs.get("type", ""))
        label = names[node]
        x, y = positions[node]
        radius = 6 + min(network.degree(node), 12) * 0.6
        fields = ("label", "key", "name", "code", "source")
        search = " ".join(str(attrs[k]) for k in fields if k in attrs)
        svg_nodes.append(
            f'<g class="node" data-node-id="{html.escape(str(node))}" '
            f'data-type="{html.escape(kind)}" data-search="{html.escape(_fold(search))}" '
            f'transform="translate({x},{y})">'
            f'<circle r="{radius:.1f}" fill="{COLOURS.get(kind, "#666666")}"></circle>'
            f'<text x="{radius + 3:.1f}" y="4">{html.escape(_short(label))}</text>'
            f"<title>{html.escape(label)}</title></g>"
        )
    present = [k for k in NODE_TYPES if any(network.nodes[n].get("type") == k for n in nodes)]
    filters = "".join(
        f'<label><input type="checkbox" class="type-filter" value="{k}" checked>'
        f'<span class="swatch" style="background:{COLOURS[k]}"></span>{html.escape(_TYPE_NAMES[k])}'
        f"</label>"
        for k in present
    )
    data = {
        "nodes": {str(n): _node_record(network, n) for n in nodes},
        "mentions": _mentions_by_node(network),
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
        count=len(nodes),
        data=payload,
        script=_SCRIPT,
        style=_STYLE,
    )


_STYLE = """
body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;font-size:14px;color:#222;display:flex;
height:100vh}
#side{width:340px;padding:10px;border-right:1px solid #ccc;overflow:auto;box-sizing:border-box}
#main{flex:1;position:relative}
svg{width:100%;height:100%;background:#fff;cursor:grab}
.edge{stroke:#c8c8c8;stroke-width:1}
.node text{font-size:11px;fill:#222;pointer-events:none}
.node circle{stroke:#fff;stroke-width:1.5;cursor:pointer}
.node.hit circle{stroke:#000;stroke-width:3}
.node.selected circle{stroke:#e69f00;stroke-width:4}
.dim{opacity:.15}
.hidden{display:none}
#search{width:100%;box-sizing:border-box;padding:5px;font-size:14px}
.filters label{display:block;margin:2px 0}
.swatch{display:inline-block;width:11px;height:11px;border-radius:6px;margin:0 5px}
#details table{border-collapse:collapse;width:100%}
#details td{border-bottom:1px solid #eee;padding:2px 4px;vertical-align:top;word-break:break-word}
.quote{background:#fff3c4}
.mention{margin:6px 0;padding:4px;border-left:3px solid #ccc}
.muted{color:#777;font-size:12px}
"""

_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<div id="side">
<h3>policygraph</h3>
<input id="search" type="search" placeholder="Tìm: số văn bản, tên… (vd. 39-NQ/TW)">
<div class="muted" id="hits"></div>
<div class="filters">{filters}</div>
<p class="muted">{count} nút · cuộn để phóng to, kéo để di chuyển, bấm vào nút để xem chi tiết</p>
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
</div>
<script type="application/json" id="pg-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

_SCRIPT = r"""
(function(){
"use strict";
var data=JSON.parse(document.getElementById("pg-data").textContent);
var svg=document.getElementById("pg-svg"), vp=document.getElementById("viewport");
var nodeEls=Array.prototype.slice.call(document.querySelectorAll("g.node"));
var edgeEls=Array.prototype.slice.call(document.querySelectorAll("line.edge"));
var byId={};nodeEls.forEach(function(el){byId[el.getAttribute("data-node-id")]=el;});
var view={x:0,y:0,k:1};
function apply(){vp.setAttribute("transform","translate("+view.x+","+view.y+") scale("+view.k+")");}
function pt(evt){var r=svg.getBoundingClientRect(),vb=svg.viewBox.baseVal;
  var s=Math.max(vb.width/r.width,vb.height/r.height);
  return {x:(evt.clientX-r.left)*s,y:(evt.clientY-r.top)*s};}
svg.addEventListener("wheel",function(e){e.preventDefault();var p=pt(e);
  var f=e.deltaY<0?1.2:1/1.2;var k=Math.min(20,Math.max(0.2,view.k*f));f=k/view.k;
  view.x=p.x-(p.x-view.x)*f;view.y=p.y-(p.y-view.y)*f;view.k=k;apply();},{passive:false});
var drag=null;
svg.addEventListener("mousedown",function(e){if(e.target.closest&&e.target.closest("g.node"))return;
  drag={p:pt(e),x:view.x,y:view.y};svg.style.cursor="grabbing";});
window.addEventListener("mousemove",function(e){if(!drag)return;var p=pt(e);
  view.x=drag.x+p.x-drag.p.x;view.y=drag.y+p.y-drag.p.y;apply();});
window.addEventListener("mouseup",function(){drag=null;svg.style.cursor="grab";});
function fold(s){return s.normalize("NFKD").replace(/[\u0300-\u036f]/g,"")
  .replace(/\u0111/g,"d").replace(/\u0110/g,"D").toLowerCase().trim();}
function esc(s){return String(s).replace(/[&<>"']/g,function(c){
  return {"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[c];});}
function hiddenTypes(){var h={};document.querySelectorAll(".type-filter").forEach(function(c){
  if(!c.checked)h[c.value]=true;});return h;}
function refresh(){var h=hiddenTypes();var vis={};
  nodeEls.forEach(function(el){var off=!!h[el.getAttribute("data-type")];
    el.classList.toggle("hidden",off);if(!off)vis[el.getAttribute("data-node-id")]=true;});
  edgeEls.forEach(function(el){el.classList.toggle("hidden",
    !(vis[el.getAttribute("data-source")]&&vis[el.getAttribute("data-target")]));});}
document.querySelectorAll(".type-filter").forEach(function(c){c.addEventListener("change",refresh);});
var search=document.getElementById("search"),hits=document.getElementById("hits");
function find(){var q=fold(search.value);var found=[];
  nodeEls.forEach(function(el){var m=q.length>0&&el.getAttribute("data-search").indexOf(q)>=0;
    el.classList.toggle("hit",m);el.classList.toggle("dim",q.length>0&&!m);if(m)found.push(el);});
  edgeEls.forEach(function(el){el.classList.toggle("dim",q.length>0);});
  hits.textContent=q.length?found.length+" kết quả":"";return found;}
search.addEventListener("input",find);
search.addEventListener("keydown",function(e){if(e.key!=="Enter")return;var f=find();
  if(f.length){select(f[0].getAttribute("data-node-id"));center(f[0]);}});
function center(el){var t=el.transform.baseVal.consolidate().matrix;var vb=svg.viewBox.baseVal;
  view.x=vb.width/2-t.e*view.k;view.y=vb.height/2-t.f*view.k;apply();}
function select(id){nodeEls.forEach(function(el){el.classList.remove("selected");});
  if(byId[id])byId[id].classList.add("selected");
  var n=data.nodes[id];if(!n)return;var out="<h4>"+esc(n.label)+"</h4><table>";
  out+="<tr><td>type</td><td>"+esc(n.type)+"</td></tr>";
  Object.keys(n.attrs).forEach(function(k){out+="<tr><td>"+esc(k)+"</td><td>"+esc(n.attrs[k])+"</td></tr>";});
  out+="<tr><td>IRI</td><td class='muted'>"+esc(id)+"</td></tr></table>";
  var ms=data.mentions[id]||[];
  if(ms.length){out+="<h4>Trích dẫn / đề cập ("+ms.length+")</h4>";
    ms.forEach(function(m){var s=esc(m.sentence||m.quote);var q=esc(m.quote);
      if(q&&s.indexOf(q)>=0)s=s.replace(q,"<span class='quote'>"+q+"</span>");
      out+="<div class='mention'><div class='muted'>"+esc(m.article)+" · "+esc(m.relation)+
        " · ["+esc(m.start)+"–"+esc(m.end)+"] → "+esc(m.entity)+"</div>"+s+"</div>";});}
  document.getElementById("details").innerHTML=out;}
nodeEls.forEach(function(el){el.addEventListener("click",function(e){e.stopPropagation();
  select(el.getAttribute("data-node-id"));});});
apply();refresh();
})();
"""
