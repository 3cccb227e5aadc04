"""RDF dataset → networkx, and networkx → GraphML, GEXF or node-link JSON files.

Two views:

``entity``
    Nodes are articles, documents, places and agencies (attributes ``type``, ``label`` and,
    where known, ``key``, ``code``, ``vintage``, ``level``, ``date``, ``year``, ``term`` …).
    Edges: article → document typed by the citation relation (``cites``, ``based_on``,
    ``implements`` …) and article → place/agency ``mentions`` — one edge per mention span,
    keyed by the mention IRI, carrying ``quote``, ``start``, ``end`` and ``sentence`` — plus
    ``issued_by``, ``part_of``, ``located_in``, ``sub_organization_of``, ``successor`` and
    ``merged_into``, and document → document ``amends``, ``replaces``, ``repeals`` and
    ``guides`` where an article says one cited document does that to another.
``rdf``
    Every IRI is a node; literal values become node attributes named by the compact
    predicate (``rdfs:label``); IRI-valued triples become edges keyed by the predicate.

Attribute values are always ``str``, ``int`` or ``float`` (never None), so the graphs go
through GraphML and GEXF unchanged.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import OutputError, UsageError
from .graph import write_atomic
from .store import Store
from .vocab import (
    DCTERMS,
    ELI,
    OA,
    ORG,
    PG,
    PREFIXES,
    RDF,
    RDFS,
    SDO,
    SKOS,
)

# networkx is imported by the functions that make or read a network, not here: the commands
# that only query a graph start without it
if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EXPORT_FORMATS", "NODE_TYPES", "export", "to_networkx"]

EXPORT_FORMATS = ("graphml", "gexf", "json")
NODE_TYPES = ("article", "document", "place", "agency")

_CLASSES: tuple[tuple[URIRef, str], ...] = (
    (PG.Article, "article"),
    (PG.PolicyDocument, "document"),
    (PG.Place, "place"),
    (PG.Agency, "agency"),
)

# (predicate, edge type) for entity-to-entity edges
_STRUCTURE: tuple[tuple[URIRef, str], ...] = (
    (ELI.passed_by, "issued_by"),
    (SDO.containedInPlace, "part_of"),
    (SDO.areaServed, "located_in"),
    (ORG.subOrganizationOf, "sub_organization_of"),
    (PG.successor, "successor"),
    (PG.mergedInto, "merged_into"),
    # what one cited document does to another ("Nghị định 67 sửa đổi Nghị định 178")
    (ELI.amends, "amends"),
    (ELI.repeals, "repeals"),
    (DCTERMS.replaces, "replaces"),
    (PG.guides, "guides"),
)

# (predicate, attribute) copied onto nodes; the smallest value wins when there are several
_ATTRIBUTES: tuple[tuple[URIRef, str], ...] = (
    (ELI.id_local, "key"),
    (PG.number, "number"),
    (PG.symbol, "symbol"),
    (ELI.date_document, "date"),
    (PG.year, "year"),
    (PG.term, "term"),
    (DCTERMS.title, "title"),
    (PG.complete, "complete"),
    (SDO.name, "name"),
    (PG.level, "level"),
    (PG.gsoCode, "code"),
    (PG.vintage, "vintage"),
    (PG.tier, "tier"),
    (PG.validFrom, "valid_from"),
    (PG.validUntil, "valid_until"),
    (PG.central, "central"),
    (PG.sourceName, "source"),
    (SDO.datePublished, "date"),
    (SDO.publisher, "publisher"),
    (SDO.url, "url"),
)


def _union(data: Dataset | Graph | Store) -> Graph:
    """A graph view of all triples of all graphs (of a store: its article and reference
    graphs)."""
    if isinstance(data, Store):
        data = data.dataset()
    merged = Graph()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
    else:
        for triple in data:
            merged.add(triple)
    return merged


def to_networkx(
    dataset: Dataset | Graph | Store, view: str = "entity", *, context: bool = False
) -> nx.MultiDiGraph:
    """The dataset as a networkx ``MultiDiGraph`` (``view`` = ``"entity"`` or ``"rdf"``).

    The entity view holds what the articles speak of: the articles, the documents and
    agencies, the places they name, and the units that enclose or succeed those places.
    With ``context`` it also holds every other gazetteer unit of the reference graph (the
    children of the named units, their predecessors, ...).
    """
    graph = _union(dataset)
    if view == "entity":
        return _entity_view(graph, context=context)
    if view == "rdf":
        return _rdf_view(graph)
    raise OutputError(f"unknown network view {view!r}: use 'entity' or 'rdf'")


def _value(node: Node) -> str | int | float:
    if isinstance(node, Literal):
        python = node.toPython()
        if isinstance(python, bool):
            return "true" if python else "false"
        if isinstance(python, int | float):
            return python
        return str(node)
    return str(node)


def _first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    values = sorted(graph.objects(subject, predicate), key=lambda v: v.n3())
    return values[0] if values else None


def _label(graph: Graph, node: URIRef, kind: str) -> str:
    predicates: tuple[URIRef, ...]
    if kind == "article":
        predicates = (DCTERMS.title, PG.sourceName)
    elif kind == "agency":
        predicates = (SKOS.prefLabel, RDFS.label)
    else:
        predicates = (RDFS.label, SDO.name, ELI.id_local)
    for predicate in predicates:
        values = sorted(str(v) for v in graph.objects(node, predicate))
        if values:  # the most specific (longest) label: "xã Ba Lòng" over "Ba Lòng"
            return max(values, key=len)
    return str(node).rsplit("/", 2)[-2] if "/" in str(node) else str(node)


def _entity_nodes(graph: Graph) -> dict[URIRef, str]:
    kinds: dict[URIRef, str] = {}
    for cls, kind in _CLASSES:
        for subject in graph.subjects(RDF.type, cls):
            if isinstance(subject, URIRef):
                kinds.setdefault(subject, kind)
    return kinds


def _spoken_of(graph: Graph, kinds: dict[URIRef, str]) -> dict[URIRef, str]:
    """The entities the articles speak of, and the units that enclose or succeed them."""
    keep = {node for node, kind in kinds.items() if kind != "place"}
    frontier = {e for e in graph.objects(None, PG.denotes) if isinstance(e, URIRef)}
    frontier |= {o for o in graph.objects(None, SDO.areaServed) if isinstance(o, URIRef)}
    places: set[URIRef] = set()
    while frontier:
        node = frontier.pop()
        if node in places or kinds.get(node) != "place":
            continue
        places.add(node)
        for predicate in (SDO.containedInPlace, PG.successor, PG.mergedInto):
            frontier |= {o for o in graph.objects(node, predicate) if isinstance(o, URIRef)}
    keep |= places
    return {node: kind for node, kind in kinds.items() if node in keep}


def _entity_view(graph: Graph, *, context: bool = False) -> nx.MultiDiGraph:
    import networkx as nx

    out = nx.MultiDiGraph(view="entity")
    kinds = _entity_nodes(graph)
    if not context:
        kinds = _spoken_of(graph, kinds)
    for node in sorted(kinds, key=str):
        kind = kinds[node]
        attrs: dict[str, str | int | float] = {"type": kind, "label": _label(graph, node, kind)}
        for predicate, name in _ATTRIBUTES:
            value = _first(graph, node, predicate)
            if value is not None and name not in attrs:
                attrs[name] = _value(value)
        if kind == "document":
            for predicate, name in ((ELI.type_document, "doc_type"), (ELI.passed_by, "issuer")):
                linked = _first(graph, node, predicate)
                if linked is not None:
                    label = _first(graph, linked, SKOS.prefLabel)
                    attrs[name] = str(label) if label is not None else str(linked)
        if kind == "agency":
            kind_node = _first(graph, node, ORG.classification)
            if kind_node is not None:
                label = _first(graph, kind_node, SKOS.prefLabel)
                if label is not None:
                    attrs["kind"] = str(label)
        out.add_node(str(node), **attrs)
    for mention, edge in sorted(_mentions(graph, kinds), key=lambda m: m[0]):
        source, target = edge.pop("source"), edge.pop("target")
        out.add_edge(source, target, key=mention, **edge)
    edges: list[tuple[str, str, str]] = []
    for predicate, name in _STRUCTURE:
        for s, o in graph.subject_objects(predicate):
            if s in kinds and o in kinds:
                edges.append((str(s), str(o), name))
    for source, target, name in sorted(set(edges)):
        out.add_edge(source, target, key=name, type=name)
    return out


def _mentions(graph: Graph, kinds: dict[URIRef, str]) -> Iterator[tuple[str, dict[str, Any]]]:
    for mention in graph.subjects(RDF.type, PG.Mention):
        article = _first(graph, mention, OA.hasSource)
        entity = _first(graph, mention, PG.denotes)
        if not isinstance(article, URIRef) or not isinstance(entity, URIRef):
            continue
        if article not in kinds or entity not in kinds:
            continue
        relation_node = _first(graph, mention, PG.relation)
        relation = None
        if relation_node is not None:
            notation = _first(graph, relation_node, SKOS.notation)
            relation = str(notation) if notation is not None else str(relation_node)
        attrs: dict[str, Any] = {
            "source": str(article),
            "target": str(entity),
            "type": relation or "mentions",
            "mention": str(mention),
        }
        selector = _first(graph, mention, OA.hasSelector)
        if selector is not None:
            for predicate, name in ((OA.exact, "quote"), (OA.start, "start"), (OA.end, "end")):
                value = _first(graph, selector, predicate)
                if value is not None:
                    attrs[name] = _value(value)
        sentence = _first(graph, mention, PG.sentence)
        if sentence is not None:
            attrs["sentence"] = str(sentence)
        yield str(mention), attrs


def _curie(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _rdf_view(graph: Graph) -> nx.MultiDiGraph:
    import networkx as nx

    out = nx.MultiDiGraph(view="rdf")
    literals: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    edges: set[tuple[str, str, str]] = set()
    nodes: set[str] = set()
    for s, p, o in graph:
        subject = str(s)
        nodes.add(subject)
        if isinstance(o, Literal):
            literals[subject][_curie(str(p))].append(str(o))
        else:
            nodes.add(str(o))
            edges.add((subject, str(o), _curie(str(p))))
    for node in sorted(nodes):
        attrs = {"label": _curie(node)}
        for name, values in sorted(literals.get(node, {}).items()):
            attrs[name] = " | ".join(sorted(set(values)))
        out.add_node(node, **attrs)
    for source, target, predicate in sorted(edges):
        out.add_edge(source, target, key=predicate, predicate=predicate)
    return out


def export(
    data: Dataset | Graph | Store | nx.MultiDiGraph,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    view: str = "entity",
) -> Path:
    """Write the network as ``graphml``, ``gexf`` or node-link ``json``, atomically."""
    import networkx as nx

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    network = data if isinstance(data, nx.Graph) else to_networkx(data, view)
    target = Path(path)
    write_atomic(target, _dumps(network, fmt))
    return target


def _dumps(network: nx.MultiDiGraph, fmt: str) -> bytes:
    import networkx as nx

    if fmt == "json":
        payload = nx.node_link_data(network, edges="links")
        return (json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode(
            "utf-8"
        )
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(network, prettyprint=True)).encode("utf-8") + b"\n"
    return "\n".join(nx.generate_gexf(network, prettyprint=True)).encode("utf-8") + b"\n"
