"""Extraction → RDF: one named graph per article, one reference graph for the gazetteer.

``build_graph`` is the only place that makes triples from extractions. Each article's facts
(the article itself, the documents, places and agencies it names, and one mention node per
span with the exact quote and offsets) go into the named graph whose name is the article
IRI; gazetteer facts about the units the article touches (the units, their ancestors,
children, predecessors and successors) and the SKOS concept schemes go into
:data:`~policygraph.vocab.REFERENCE_GRAPH`.

``serialize`` writes a dataset deterministically (byte-identical on every run) and
atomically; ``load`` reads it back. The format follows the file extension.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from .errors import InputError, OutputError
from .gazetteer import Gazetteer, Unit
from .models import Agency, DocumentRef, Extraction, Mention, Place, SourceText
from .vocab import (
    DCTERMS,
    ELI,
    ID,
    OA,
    ORG,
    PG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    REFERENCE_GRAPH,
    SDO,
    SKOS,
    XSD,
    agency_iri,
    article_iri,
    change_iri,
    concept_iri,
    document_iri,
    extractor_version,
    mention_iri,
    ontology_graph,
    ontology_text,
    place_iri,
    scheme_iri,
    selector_iri,
    unit_iri,
    unit_iri_from_id,
)

# Literals made once per value: rdflib checks and converts every new one, and an article
# repeats the same sentences, offsets and labels many times (typed: 1 and True differ).
_literal = functools.lru_cache(maxsize=1 << 16, typed=True)(Literal)


# Terms resolved once: a ``DefinedNamespace`` attribute (``RDF.type``) is looked up through
# ``__getattr__`` on every use, which cost more than building the triples themselves.
class _Terms:
    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        self.__dict__[name] = term  # the next lookup finds a plain attribute
        return term


DCTERMS, ELI, OA, ORG, PG, PROV, RDF, RDFS, SDO, SKOS, XSD = (  # type: ignore[assignment,misc]
    _Terms(ns) for ns in (DCTERMS, ELI, OA, ORG, PG, PROV, RDF, RDFS, SDO, SKOS, XSD)
)

__all__ = [
    "FORMATS",
    "ArticleGraph",
    "add_reference",
    "article_graph",
    "build_graph",
    "load",
    "reference_graph",
    "serialize",
]

#: file extension → rdflib format name (``.ttl`` merges all graphs into one).
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
}

_DOC_TYPES = "document-type"
_RELATIONS = "relation"
# what one cited document does to another, as the standards name it (ELI's amends and
# repeals, Dublin Core's replaces; guiding has no standard term)
_ACTIONS = {
    "amends": ELI.amends,
    "repeals": ELI.repeals,
    "replaces": DCTERMS.replaces,
    "guides": PG.guides,
}
_AGENCY_KINDS = "agency-kind"
_DEFAULT_RELATION = "cites"
# Vintage "2024" holds the three-level units valid until 2025-06-30, "2025" the two-level
# units from 2025-07-01 (see gazetteer.py); a unit's own dates win.
_VINTAGE_UNTIL = {"2024": "2025-06-30"}
_VINTAGE_FROM = {"2025": "2025-07-01"}


Triple = tuple[Node, Node, Node]


class _Sink(Protocol):
    def add(self, triple: Triple, /) -> object: ...


class _Triples(set[Triple]):
    """A plain set of triples: the builder's target outside an rdflib graph (adding to
    rdflib's memory store costs ten times more, and a store takes the triples anyway)."""


@dataclass(frozen=True)
class ArticleGraph:
    """One article's named graph, built on its own (in a worker process, for a store)."""

    iri: URIRef
    where: str  # the input it was made from, for messages
    content_hash: str
    triples: frozenset[Triple]
    unit_ids: frozenset[str]  # gazetteer units it names: the reference graph describes them
    size: int = 0  # triples, when they travel only as ``data``
    data: bytes | None = None  # the triples as N-Quads, made by the worker (see ``packed``)

    @property
    def count(self) -> int:
        """How many triples the graph holds (packed or not)."""
        return self.size if self.data is not None else len(self.triples)

    def packed(self) -> ArticleGraph:
        """The same graph with its triples as N-Quads bytes only: what a worker sends back
        to a store (cheaper to pass between processes than rdflib terms)."""
        return dataclasses.replace(
            self, triples=frozenset(), size=len(self.triples), data=self.nquads()
        )

    def graph(self) -> Graph:
        graph = Graph(identifier=self.iri)
        for triple in self.triples:
            graph.add(triple)
        return graph

    def ntriples(self) -> bytes:
        """The triples as N-Triples (unsorted), to send to a Graph Store Protocol server."""
        if self.data is not None:
            # packed N-Quads end every line with the graph name (literals escape newlines)
            return self.data.replace(f" {_nt(self.iri)} .\n".encode(), b" .\n")
        lines = [f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in self.triples]
        return "".join(lines).encode("utf-8")

    def nquads(self) -> bytes:
        """The triples as N-Quads in the article's graph (unsorted), to load into a store."""
        if self.data is not None:
            return self.data
        name = _nt(self.iri)
        lines = [f"{_nt(s)} {_nt(p)} {_nt(o)} {name} .\n" for s, p, o in self.triples]
        return "".join(lines).encode("utf-8")


def build_graph(extractions: Iterable[Extraction], gazetteer: Gazetteer | None = None) -> Dataset:
    """Turn extractions into a dataset: a named graph per article plus a reference graph."""
    dataset = Dataset()
    bind_prefixes(dataset)
    sources: dict[URIRef, str] = {}  # article IRI → the input it was made from
    unit_ids: set[str] = set()
    for extraction in extractions:
        article = article_iri(extraction.source.name, extraction.source.url)
        where = extraction.source.path or extraction.source.name
        if article in sources:
            raise InputError(
                f"{where}: its article IRI <{article}> is already taken by"
                f" {sources[article]}; article IRIs come from the file name,"
                " so give the inputs different names"
            )
        sources[article] = where
        unit_ids |= _Builder(gazetteer).add_extraction(extraction, dataset.graph(article))
    add_reference(dataset.graph(REFERENCE_GRAPH), unit_ids, gazetteer)
    return dataset


def article_graph(extraction: Extraction, gazetteer: Gazetteer | None = None) -> ArticleGraph:
    """The named graph of one article, independent of every other article."""
    source = extraction.source
    article = article_iri(source.name, source.url)
    triples = _Triples()
    unit_ids = _Builder(gazetteer).add_extraction(extraction, triples)
    return ArticleGraph(
        iri=article,
        where=source.path or source.name,
        content_hash=source.content_hash(),
        triples=frozenset(triples),
        unit_ids=frozenset(unit_ids),
    )


#: The units the article graphs describe, as (vintage, code): a store or endpoint rebuilds
#: its reference graph from them (the same rule ``_Builder._add_place`` follows).
UNITS_QUERY = (
    f"SELECT DISTINCT ?v ?c WHERE {{ GRAPH ?g {{ ?u <{PG.vintage}> ?v ; <{PG.gsoCode}> ?c }}"
    f" FILTER(?g != <{REFERENCE_GRAPH}>) }}"
)


def reference_graph(unit_ids: Iterable[str], gazetteer: Gazetteer | None) -> ArticleGraph:
    """The reference graph on its own, for a store or an endpoint."""
    triples = _Triples()
    ids = set(unit_ids)
    if gazetteer is not None:
        ids = {u for u in ids if u in gazetteer}
    add_reference(triples, ids, gazetteer)
    return ArticleGraph(
        iri=REFERENCE_GRAPH,
        where="reference",
        content_hash="",
        triples=frozenset(triples),
        unit_ids=frozenset(ids),
    )


def add_reference(
    reference: _Sink, unit_ids: Iterable[str], gazetteer: Gazetteer | None = None
) -> None:
    """The reference graph: the ontology's concepts and the gazetteer units named by the
    articles (``unit_ids``) with what surrounds them (ancestors, children, predecessors,
    successors)."""
    for triple in ontology_graph().triples((None, None, None)):
        if _is_concept_triple(triple):
            reference.add(triple)
    if gazetteer is not None:
        _add_reference_units(reference, set(unit_ids), gazetteer)


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


_SCHEME_CONCEPT_PREDICATES = {
    RDF.type,
    SKOS.inScheme,
    SKOS.topConceptOf,
    SKOS.prefLabel,
    SKOS.notation,
    SKOS.closeMatch,
    SKOS.definition,
}


def _is_concept_triple(triple: tuple[Node, Node, Node]) -> bool:
    subject, predicate, _ = triple
    return (
        isinstance(subject, URIRef)
        and str(subject).startswith(str(ID["concept/"]))
        and (predicate in _SCHEME_CONCEPT_PREDICATES)
    )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity: URIRef
    mention: Mention
    relation: str | None  # set for citations
    actor: URIRef | None = None  # citations: the cited document said to act on this one


class _Builder:
    """Makes one article's graph."""

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self.gazetteer = gazetteer
        self.version = extractor_version()
        self.unit_ids: set[str] = set()
        self.concepts: dict[tuple[str, URIRef], set[str]] = {}  # (scheme, concept) → labels
        self.agency_labels: dict[URIRef, str] = {}  # prefLabel of each agency in this article

    # ------------------------------------------------------------------ articles

    def add_extraction(self, extraction: Extraction, graph: _Sink) -> set[str]:
        """Write the article's facts into ``graph``; the gazetteer units it names."""
        source = extraction.source
        article = article_iri(source.name, source.url)
        self._add_article(graph, article, source)
        places = _PlaceIndex(extraction.places)
        spans: list[_Span] = []
        for place in extraction.places:
            node = self._add_place(graph, place, places)
            spans.extend(_Span(m.start, m.end, node, m, None) for m in place.mentions)
        for agency in extraction.organizations:
            node = self._add_agency(graph, agency, places)
            spans.extend(_Span(m.start, m.end, node, m, None) for m in agency.mentions)
        doc_nodes = [(d, self._add_document(graph, d)) for d in extraction.documents]
        by_key = {d.key: node for d, node in doc_nodes if d.key is not None and node is not None}
        for document, doc_node in doc_nodes:
            if doc_node is None:
                continue
            for m in document.mentions:
                actor = by_key.get(m.actor) if m.actor is not None else None
                if actor is not None and m.action in _ACTIONS:
                    # "Nghị định 67 sửa đổi Nghị định 178": what one document does to another
                    graph.add((actor, _ACTIONS[m.action], doc_node))
                relation = m.relation or document.relation
                spans.append(_Span(m.start, m.end, doc_node, m, relation, actor))
        self._add_mentions(graph, article, spans)
        for name, level in ((extraction.province, "tỉnh"), (extraction.district, "huyện")):
            if name:
                about = places.find(name, None) or places.find(name, level)
                if about is not None:
                    graph.add((article, SDO.spatialCoverage, about))
        self._add_concepts(graph)
        return self.unit_ids

    def _add_article(self, graph: _Sink, article: URIRef, source: SourceText) -> None:
        graph.add((article, RDF.type, PG.Article))
        graph.add((article, RDF.type, SDO.NewsArticle))
        graph.add((article, RDF.type, PROV.Entity))
        graph.add((article, PG.sourceName, _literal(source.name)))
        graph.add((article, PG.contentHash, _literal(source.content_hash())))
        graph.add((article, PG.extractorVersion, _literal(self.version)))
        if source.title:
            graph.add((article, DCTERMS.title, _literal(source.title, lang="vi")))
            graph.add((article, SDO.headline, _literal(source.title, lang="vi")))
        published = _date_literal(source.date)
        if published is not None:
            graph.add((article, SDO.datePublished, published))
        if source.author:
            graph.add((article, SDO.author, _literal(source.author)))
        if source.publisher:
            graph.add((article, SDO.publisher, _literal(source.publisher)))
        if source.url:
            graph.add((article, SDO.url, _literal(source.url, datatype=XSD.anyURI)))
        graph.add((article, DCTERMS.language, _literal("vi")))

    def _add_mentions(self, graph: _Sink, article: URIRef, spans: list[_Span]) -> None:
        spans = sorted(spans, key=lambda s: (s.start, s.end, str(s.entity), s.relation or ""))
        taken: dict[tuple[int, int], list[URIRef]] = {}
        for span in spans:
            entities = taken.setdefault((span.start, span.end), [])
            if span.entity in entities:
                continue  # the same span reported twice for the same entity
            node = mention_iri(article, span.start, span.end, len(entities))
            entities.append(span.entity)
            selector = selector_iri(node)
            graph.add((article, SDO.mentions, span.entity))
            graph.add((node, RDF.type, PG.Mention))
            graph.add((node, RDF.type, OA.SpecificResource))
            graph.add((node, OA.hasSource, article))
            graph.add((node, PG.denotes, span.entity))
            graph.add((node, OA.hasSelector, selector))
            if span.mention.sentence:
                graph.add((node, PG.sentence, _literal(span.mention.sentence, lang="vi")))
            graph.add((selector, RDF.type, OA.TextPositionSelector))
            graph.add((selector, RDF.type, OA.TextQuoteSelector))
            graph.add((selector, OA.start, _literal(span.start)))
            graph.add((selector, OA.end, _literal(span.end)))
            graph.add((selector, OA.exact, _literal(span.mention.surface)))
            if span.relation is not None:
                graph.add((node, RDF.type, PG.Citation))
                graph.add((node, PG.relation, self._concept(_RELATIONS, span.relation)))
            if span.actor is not None and span.mention.action is not None:
                graph.add((node, PG.actor, span.actor))
                graph.add((node, PG.action, self._concept(_RELATIONS, span.mention.action)))

    # ------------------------------------------------------------------ documents

    def _add_document(self, graph: _Sink, doc: DocumentRef) -> URIRef | None:
        node = document_node(doc)
        if node is None:
            return None
        title = doc.title or (None if doc.key else doc.first.surface if doc.first else None)
        graph.add((node, RDF.type, PG.PolicyDocument))
        graph.add((node, RDF.type, ELI.LegalResource))
        if doc.party:
            graph.add((node, RDF.type, PG.PartyDocument))
        else:
            graph.add((node, RDF.type, PG.StateDocument))
            graph.add((node, RDF.type, SDO.Legislation))
        label = _document_label(doc.type, doc.key or title)
        graph.add((node, RDFS.label, _literal(label, lang="vi")))
        if doc.key:
            graph.add((node, ELI.id_local, _literal(doc.key)))
        if doc.type:
            graph.add((node, ELI.type_document, self._concept(_DOC_TYPES, doc.type)))
        if doc.number:
            graph.add((node, PG.number, _literal(doc.number)))
        if doc.symbol:
            graph.add((node, PG.symbol, _literal(doc.symbol)))
        # a joint document ("của Bộ Chính trị, Ban Bí thư") is passed by each of its issuers
        for name in _issuers(doc.issuer):
            issuer = agency_iri(name)
            graph.add((node, ELI.passed_by, issuer))
            self._agency_stub(graph, issuer, name)
        signed = _date_literal(doc.date)
        if signed is not None:
            graph.add((node, ELI.date_document, signed))
        if doc.year is not None:
            graph.add((node, PG.year, _literal(doc.year)))
        if doc.term:
            graph.add((node, PG.term, _literal(doc.term)))
        if title:
            graph.add((node, DCTERMS.title, _literal(title, lang="vi")))
        graph.add((node, PG.complete, _literal(doc.complete)))
        return node

    # ------------------------------------------------------------------ places

    def _add_place(self, graph: _Sink, place: Place, places: _PlaceIndex) -> URIRef:
        node = places.iri(place)
        _place_stub(graph, node, place.name, place.level)
        vintage, code = _unit_key(place)
        # the reference graph describes the units an article names; a store finds them
        # again from the graphs by the same rule (see store.py)
        unit_id = unit_id_of(vintage, code) if vintage and code else None
        if unit_id and self.gazetteer is not None and unit_id in self.gazetteer:
            self.unit_ids.add(unit_id)
        if vintage is not None:
            # a unit is code + vintage; both come from its identity, so every graph agrees
            graph.add((node, RDF.type, PG.AdministrativeUnit))
            graph.add((node, PG.vintage, _literal(vintage)))
            if code:
                graph.add((node, PG.gsoCode, _literal(code)))
        validity = ((PG.validFrom, place.valid_from), (PG.validUntil, place.valid_until))
        for predicate, value in validity:
            literal = _date_literal(value)
            if literal is not None:
                graph.add((node, predicate, literal))
        if place.ambiguous:
            graph.add((node, PG.ambiguous, _literal(True)))
        unit = (
            self.gazetteer.unit(place.unit_id)
            if place.unit_id and self.gazetteer is not None and place.unit_id in self.gazetteer
            else None
        )
        if unit is not None and unit.parent is not None and self.gazetteer is not None:
            # a unit's parent is the gazetteer's, whatever name the text gives it
            upper = self.gazetteer.unit(unit.parent)
            parent = unit_iri_from_id(upper.id)
            graph.add((node, SDO.containedInPlace, parent))
            _place_stub(graph, parent, upper.name, upper.level)
        elif place.parent:
            parent = places.parent_iri(place)
            graph.add((node, SDO.containedInPlace, parent))
            _place_stub(graph, parent, place.parent, place.parent_level)
        if place.merged_into:
            target = places.merged_iri(place)
            graph.add((node, PG.mergedInto, target))
            _place_stub(graph, target, place.merged_into, place.level)
            _change(graph, node, target, place.valid_until, None)
        if place.successor_code:
            successor = unit_iri("2025", place.successor_code)
            graph.add((node, PG.successor, successor))
            if place.successor_name:
                _place_stub(graph, successor, place.successor_name, None)
            _change(graph, node, successor, place.valid_until, None)
        return node

    # ------------------------------------------------------------------ agencies

    def _add_agency(self, graph: _Sink, agency: Agency, places: _PlaceIndex) -> URIRef:
        node = agency_iri(agency.name)
        self._agency_stub(graph, node, agency.name)
        if agency.kind:
            graph.add((node, ORG.classification, self._concept(_AGENCY_KINDS, agency.kind)))
        if agency.place:
            served = places.find(agency.place, agency.place_level) or places.find(
                agency.place, None
            )
            if served is None:
                served = place_iri(agency.place, agency.place_level or "")
                _place_stub(graph, served, agency.place, agency.place_level)
            graph.add((node, SDO.areaServed, served))
        if agency.parent:
            parent = agency_iri(agency.parent)
            graph.add((node, ORG.subOrganizationOf, parent))
            self._agency_stub(graph, parent, agency.parent)
        graph.add((node, PG.central, _literal(agency.central)))
        return node

    def _agency_stub(self, graph: _Sink, node: URIRef, name: str) -> None:
        graph.add((node, RDF.type, PG.Agency))
        graph.add((node, RDF.type, ORG.Organization))
        graph.add((node, RDF.type, SDO.GovernmentOrganization))
        # names that differ only in diacritics or case share an IRI; SKOS allows one
        # prefLabel per language, so within an article the first name is preferred and
        # the others become alternative labels
        preferred = self.agency_labels.setdefault(node, name)
        if name == preferred:
            graph.add((node, SKOS.prefLabel, _literal(name, lang="vi")))
            graph.add((node, RDFS.label, _literal(name, lang="vi")))
        else:
            graph.add((node, SKOS.altLabel, _literal(name, lang="vi")))

    # ------------------------------------------------------------------ concepts

    def _concept(self, scheme: str, label: str) -> URIRef:
        node = concept_iri(scheme, label)
        self.concepts.setdefault((scheme, node), set()).add(label)
        return node

    def _add_concepts(self, graph: _Sink) -> None:
        """Describe, in the article's graph, the concepts it used that the ontology does
        not declare (the article is where the label comes from).

        Labels that differ only in diacritics or case share a concept IRI; the smallest is
        the preferred label and the others alternative labels, whatever the input order.
        """
        declared = _declared_concepts()
        for (scheme, node), labels in sorted(self.concepts.items()):
            if node in declared:
                continue
            first, *others = sorted(labels)
            graph.add((node, RDF.type, SKOS.Concept))
            graph.add((node, SKOS.inScheme, scheme_iri(scheme)))
            if scheme == _RELATIONS:
                graph.add((node, SKOS.notation, _literal(first)))
                continue
            graph.add((node, SKOS.prefLabel, _literal(first, lang="vi")))
            for other in others:
                graph.add((node, SKOS.altLabel, _literal(other, lang="vi")))


@cache
def _declared_concepts() -> frozenset[Node]:
    return frozenset(ontology_graph().subjects(RDF.type, SKOS.Concept))


# ---------------------------------------------------------------------- reference units


def _add_reference_units(reference: _Sink, unit_ids: set[str], gazetteer: Gazetteer) -> None:
    if not unit_ids:
        return
    predecessors: dict[str, list[str]] = {}
    for unit in gazetteer:
        for successor in unit.successors:
            predecessors.setdefault(successor, []).append(unit.id)
    wanted: set[str] = set()
    for unit_id in sorted(unit_ids):
        if unit_id not in gazetteer:
            continue
        around = [unit_id, *(s for s in gazetteer.unit(unit_id).successors if s in gazetteer)]
        around += [p for p in predecessors.get(unit_id, ()) if p in gazetteer]
        for uid in around:
            wanted.add(uid)
            wanted.update(u.id for u in gazetteer.ancestors(uid))
            wanted.update(u.id for u in gazetteer.children(uid))
    # close the set under the links a unit's description makes (parent, successors),
    # so that no reference triple points at a unit the graph does not describe
    todo = sorted(wanted)
    while todo:
        unit = gazetteer.unit(todo.pop())
        for linked in (unit.parent, *unit.successors):
            if linked and linked in gazetteer and linked not in wanted:
                wanted.add(linked)
                todo.append(linked)
    for uid in sorted(wanted):
        _add_unit(reference, gazetteer.unit(uid), gazetteer)


def _add_unit(graph: _Sink, unit: Unit, gazetteer: Gazetteer) -> None:
    node = unit_iri_from_id(unit.id)
    _place_stub(graph, node, unit.name, unit.level)
    graph.add((node, RDF.type, PG.AdministrativeUnit))
    graph.add((node, PG.tier, _literal(unit.tier)))
    graph.add((node, PG.vintage, _literal(unit.vintage)))
    if unit.code:
        graph.add((node, PG.gsoCode, _literal(unit.code)))
    valid_from = _date_literal(unit.valid_from or _VINTAGE_FROM.get(unit.vintage))
    valid_until = _date_literal(unit.valid_until or _VINTAGE_UNTIL.get(unit.vintage))
    if valid_from is not None:
        graph.add((node, PG.validFrom, valid_from))
    if valid_until is not None:
        graph.add((node, PG.validUntil, valid_until))
    if unit.parent and unit.parent in gazetteer:
        graph.add((node, SDO.containedInPlace, unit_iri_from_id(unit.parent)))
    if unit.basis:
        graph.add((node, PG.legalBasis, _literal(unit.basis)))
    for variant in unit.variants:
        graph.add((node, SKOS.altLabel, _literal(variant, lang="vi")))
    for successor in unit.successors:
        if successor not in gazetteer:
            continue  # a unit the data does not describe: no dangling link
        target = unit_iri_from_id(successor)
        graph.add((node, PG.successor, target))
        _change(graph, node, target, unit.valid_until, unit.basis)


def _place_stub(graph: _Sink, node: URIRef, name: str, level: str | None) -> None:
    graph.add((node, RDF.type, PG.Place))
    graph.add((node, RDF.type, SDO.AdministrativeArea))
    graph.add((node, SDO.name, _literal(name)))
    # numbered units carry their level word already ("Phường 6", "Thôn 18")
    spelled = level and not name.casefold().startswith(level.casefold())
    label = f"{level} {name}" if spelled else name
    graph.add((node, RDFS.label, _literal(label, lang="vi")))
    if level:
        graph.add((node, PG.level, _literal(level)))


def _change(graph: _Sink, old: URIRef, new: URIRef, date: str | None, basis: str | None) -> None:
    event = change_iri(old, new)
    graph.add((event, RDF.type, ORG.ChangeEvent))
    graph.add((event, RDF.type, PROV.Activity))
    graph.add((event, PROV.used, old))
    graph.add((event, PROV.generated, new))
    when = _date_literal(date)
    if when is not None:
        graph.add((event, DCTERMS.date, when))
    if basis:
        graph.add((event, PG.legalBasis, _literal(basis)))


class _PlaceIndex:
    """The places of one extraction, to resolve names (parents, agency places) to nodes."""

    def __init__(self, places: tuple[Place, ...]) -> None:
        self._by_key: dict[tuple[str, str | None], URIRef] = {}
        self._by_name: dict[str, set[URIRef]] = {}
        for place in places:
            node = self.iri(place)
            self._by_key.setdefault((place.name, place.level), node)
            self._by_name.setdefault(place.name, set()).add(node)

    def find(self, name: str, level: str | None) -> URIRef | None:
        if level is not None:
            return self._by_key.get((name, level))
        nodes = self._by_name.get(name, set())
        return next(iter(nodes)) if len(nodes) == 1 else None

    def iri(self, place: Place) -> URIRef:
        if place.unit_id:
            return unit_iri_from_id(place.unit_id)
        if place.code and place.vintage:
            return unit_iri(place.vintage, place.code)
        parent = f"{place.parent_level or ''} {place.parent}".strip() if place.parent else None
        return place_iri(place.name, place.level, parent=parent, province=place.province)

    def parent_iri(self, place: Place) -> URIRef:
        assert place.parent is not None
        found = self.find(place.parent, place.parent_level) or self.find(place.parent, None)
        if found is not None:
            return found
        return place_iri(place.parent, place.parent_level or "", province=place.province)

    def merged_iri(self, place: Place) -> URIRef:
        assert place.merged_into is not None
        found = self.find(place.merged_into, place.level) or self.find(place.merged_into, None)
        if found is not None:
            return found
        if place.merged_into_code and place.vintage:
            return unit_iri(place.vintage, place.merged_into_code)
        parent = f"{place.parent_level or ''} {place.parent}".strip() if place.parent else None
        return place_iri(place.merged_into, place.level, parent=parent, province=place.province)


def document_node(doc: DocumentRef) -> URIRef | None:
    """The IRI of the node a document reference becomes (None: it has neither a key nor a
    title). A number-less document named in the text ("Luật Mặt trận Tổ quốc Việt Nam") is
    identified by its name, its title."""
    title = doc.title
    if not doc.key and not title:
        title = doc.first.surface if doc.first else None
    if not doc.key and not title:
        return None
    return document_iri(doc.key, issuer=doc.issuer, year=doc.year, term=doc.term, title=title)


def _issuers(issuer: str | None) -> list[str]:
    """The bodies of an issuer string. A joint issuer lists them with commas ("Bộ Chính trị, Ban
    Bí thư") or, as a joint State document's symbol names them, dashes ("Bộ Tài chính - Bộ Nội
    vụ"); a part that opens with no body's head word goes on the name before it ("Bộ Văn hóa,
    Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội")."""
    bodies: list[str] = []
    for separator, part in _ISSUER_PARTS.findall(", " + (issuer or "")):
        part = part.strip()
        if not part:
            continue
        if bodies and not _BODY_HEAD.match(part):
            bodies[-1] = f"{bodies[-1]}{separator}{part}"
        else:
            bodies.append(part)
    return bodies


# the separators of an issuer string's parts, and each part
_ISSUER_PARTS = re.compile(r"(,[ \t]*|[ \t]+-[ \t]+)((?:(?![ \t]+-[ \t]+)[^,])*)")
# the first words of a body's name (not of a sector's inside one)
_BODY_HEAD = re.compile(
    r"(?:Bộ|Ban|Sở|Ủy ban|Uỷ ban|Văn phòng|Chính phủ|Thủ tướng|Quốc hội|Hội đồng|Tổng cục|Cục"
    r"|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đoàn Chủ tịch|Tòa án|Viện kiểm sát"
    r"|Kiểm toán|Ngân hàng|Thanh tra|Tổng Liên đoàn|Liên đoàn|Mặt trận|Hội|Công an|Bảo hiểm"
    r"|Chủ tịch|Tỉnh đoàn|Thành đoàn|Trung ương)(?![\w])"
)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


def _date_literal(value: str | None) -> Literal | None:
    """xsd:date / xsd:dateTime for a valid ISO string; ``None`` for anything else.

    The shapes require typed dates, so a date that is not one (``2013-02-30``) is left out
    rather than written as a string that no date query would find.
    """
    if not value:
        return None
    try:
        if _DATE.fullmatch(value):
            _dt.date.fromisoformat(value)
            return _literal(value, datatype=XSD.date)
        if _DATETIME.fullmatch(value):
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return _literal(value, datatype=XSD.dateTime)
    except ValueError:
        pass
    return None


def _document_label(kind: str | None, name: str | None) -> str:
    """ "Chỉ thị 18/2000/CT-TTg"; a title that already starts with its type keeps it once."""
    if not name:
        return kind or ""
    if kind and not name.casefold().startswith(kind.casefold()):
        return f"{kind} {name}"
    return name


def unit_id_of(vintage: str, code: str) -> str:
    """The gazetteer id of the unit a graph describes with ``pg:vintage`` and ``pg:gsoCode``."""
    return f"{vintage}-{code}"


def _unit_key(place: Place) -> tuple[str | None, str | None]:
    """(vintage, code) of a gazetteer-backed place, read from its unit id when it has one."""
    if place.unit_id:
        vintage, sep, code = place.unit_id.partition("-")
        if sep and vintage and code:
            return vintage, code
        return place.vintage, place.code
    if place.code and place.vintage:
        return place.vintage, place.code
    return None, None


# ---------------------------------------------------------------------- files


def serialize(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write ``dataset`` to ``path`` in the format of its extension, deterministically.

    ``.ttl`` merges all graphs into one sorted Turtle graph; ``.trig`` (graphs in IRI
    order, each sorted like the Turtle) and ``.nq`` (sorted lines) keep the named graphs;
    ``.jsonld`` is JSON-LD with the short names of ``ontology/context.jsonld``. The file is
    written to a temporary file in the same directory and moved into place, so readers
    never see half a file.
    """
    (target,) = serialize_all(dataset, [path])
    return target


def serialize_all(dataset: Dataset, paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """:func:`serialize` to several files at once: all are written, or none is."""
    targets = [Path(path) for path in paths]
    write_all_atomic([(target, dumps(dataset, target.suffix.lower())) for target in targets])
    return targets


def dumps(dataset: Dataset, suffix: str) -> bytes:
    """The bytes ``serialize`` would write for a file ending in ``suffix``."""
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise OutputError(
            f"cannot write RDF as {suffix or 'a file without extension'!r}: use one of {known}"
        )
    if suffix == ".ttl":
        merged = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
        return (_prefix_lines() + _turtle_body(merged)).encode("utf-8")
    if suffix == ".nq":
        return _sorted_nquads(dataset).encode("utf-8")
    if suffix == ".trig":
        return _trig(dataset).encode("utf-8")
    return _jsonld(dataset).encode("utf-8")


def _sorted_nquads(dataset: Dataset) -> str:
    text = dataset.serialize(format="nquads")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def _trig(dataset: Dataset) -> str:
    """TriG: the default graph's triples (if any), then the named graphs in IRI order."""
    parts = [_prefix_lines()]
    default = set(dataset.default_graph)
    if default:
        parts.append(_turtle_body(default) + "\n")
    for name in sorted(_graph_names(dataset), key=str):
        if name == DATASET_DEFAULT_GRAPH_ID:
            continue
        body = _turtle_body(set(dataset.graph(name)))
        parts.append(f"{_term(name)} {{\n{body}}}\n\n")
    return "".join(parts).rstrip("\n") + "\n"


# ---------------------------------------------------------------------- Turtle terms
# A small writer instead of rdflib's: sorted, stable and fast (rdflib's Turtle writer
# takes seconds on a corpus and orders by its store). Literals are written on one line
# with escapes, so no indentation can change them.

_PREFIX_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: (-len(kv[1]), kv[0]))
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")  # a safe subset of Turtle's PN_LOCAL
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r"}
_STRING_UNSAFE = re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')
_BARE = {
    XSD.integer: re.compile(r"[+-]?[0-9]+"),
    XSD.boolean: re.compile(r"true|false"),
}


def _prefix_lines() -> str:
    lines = [f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items())]
    return "".join(lines) + "\n"


def _term(node: Node) -> str:
    if isinstance(node, URIRef):
        iri = str(node)
        for prefix, ns in _PREFIX_BY_LENGTH:
            if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns) :]):
                return f"{prefix}:{iri[len(ns) :]}"
        return "<" + _IRI_UNSAFE.sub(_unicode_escape, iri) + ">"
    if isinstance(node, Literal):
        lexical = str(node)
        datatype = node.datatype
        if datatype in _BARE and _BARE[datatype].fullmatch(lexical):
            return lexical
        quoted = '"' + _STRING_UNSAFE.sub(_string_escape, lexical) + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        if datatype is not None:
            return f"{quoted}^^{_term(datatype)}"
        return quoted
    if isinstance(node, BNode):
        return "_:" + re.sub(r"[^A-Za-z0-9]", "_", str(node))
    raise OutputError(f"cannot write {node!r} as Turtle")


@functools.lru_cache(maxsize=1 << 17)
def _nt(node: Node) -> str:
    """A term as N-Triples writes it (full IRIs, no abbreviations); cached, since an
    article's graph repeats its terms (types, predicates, its own IRI) many times."""
    if isinstance(node, URIRef):
        return "<" + _IRI_UNSAFE.sub(_unicode_escape, str(node)) + ">"
    if isinstance(node, Literal):
        quoted = '"' + _STRING_UNSAFE.sub(_string_escape, str(node)) + '"'
        if node.language:
            return f"{quoted}@{node.language}"
        if node.datatype is not None and node.datatype != XSD.string:
            return f"{quoted}^^{_nt(node.datatype)}"
        return quoted
    if isinstance(node, BNode):
        return "_:" + re.sub(r"[^A-Za-z0-9]", "_", str(node))
    raise OutputError(f"cannot write {node!r} as N-Triples")


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04X}"


def _string_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _STRING_ESCAPES.get(char) or f"\\u{ord(char):04X}"


def _turtle_body(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Statements grouped by subject (in IRI order), ``a`` first, then predicates and
    objects in the order of their written form."""
    by_subject: dict[Node, dict[Node, list[str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, []).append(_term(o))
    out: list[str] = []
    for subject in sorted(by_subject, key=lambda n: (not isinstance(n, URIRef), str(n))):
        predicates = by_subject[subject]
        written = sorted(
            ("a" if p == RDF.type else _term(p), sorted(objects))
            for p, objects in predicates.items()
        )
        written.sort(key=lambda item: item[0] != "a")  # stable: keeps the rest in order
        lines = [f"    {p} {', '.join(objects)}" for p, objects in written]
        out.append(_term(subject) + "\n" + " ;\n".join(lines) + " .\n")
    return "\n".join(out)


def _graph_names(dataset: Dataset) -> list[URIRef]:
    names: list[URIRef] = []
    for graph in dataset.graphs():
        ident = graph.identifier
        if isinstance(ident, URIRef) and len(graph) > 0:
            names.append(ident)
    return names


def _jsonld(dataset: Dataset) -> str:
    """JSON-LD compacted with the published context (``ontology/context.jsonld``).

    The context is embedded, so the file reads offline. Nodes are sorted by ``@id``, keys
    and values by their text; a value that a short name's coercion does not fit (an
    English label, a literal where a link is expected) is written under the compact IRI
    of its property as an explicit value object.
    """
    context = json.loads(ontology_text("context.jsonld"))["@context"]
    compactor = _Compactor(context)
    graphs = []
    default = set(dataset.default_graph)
    if default:
        graphs.extend(compactor.nodes(default))
    for name in sorted(_graph_names(dataset), key=str):
        if name != DATASET_DEFAULT_GRAPH_ID:
            graphs.append({"@id": str(name), "@graph": compactor.nodes(set(dataset.graph(name)))})
    data = {"@context": context, "@graph": graphs}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _json_key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Compactor:
    """Triples → JSON-LD node objects using the short names of one context."""

    def __init__(self, context: dict[str, object]) -> None:
        prefixes = {
            k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))
        }
        self._prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))

        def expand(value: str) -> str:
            prefix, sep, local = value.partition(":")
            return prefixes[prefix] + local if sep and prefix in prefixes else value

        self._types: dict[str, str] = {}  # class IRI → short name
        self._terms: dict[tuple[str, tuple[str, str]], str] = {}  # (property, coercion) → name
        for name, value in sorted(context.items()):
            if isinstance(value, str) and name not in prefixes:
                self._types.setdefault(expand(value), name)
            elif isinstance(value, dict):
                prop = expand(str(value["@id"]))
                if value.get("@type") == "@id":
                    kind = ("id", "")
                elif "@type" in value:
                    kind = ("type", expand(str(value["@type"])))
                elif "@language" in value:
                    kind = ("lang", str(value["@language"]))
                else:
                    kind = ("plain", "")
                self._terms.setdefault((prop, kind), name)

    def _compact_iri(self, iri: str) -> str:
        for prefix, ns in self._prefixes:
            if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns) :]):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def _key_and_value(self, prop: str, node: Node) -> tuple[str, object]:
        if isinstance(node, URIRef | BNode):
            ref = str(node) if isinstance(node, URIRef) else f"_:{node}"
            term = self._terms.get((prop, ("id", "")))
            return (term, ref) if term else (self._compact_iri(prop), {"@id": ref})
        assert isinstance(node, Literal)
        lexical = str(node)
        if node.language:
            kind = ("lang", node.language)
            full: dict[str, str] = {"@value": lexical, "@language": node.language}
        elif node.datatype is not None:
            kind = ("type", str(node.datatype))
            full = {"@value": lexical, "@type": self._compact_iri(str(node.datatype))}
        else:
            kind = ("plain", "")
            full = {"@value": lexical}
        term = self._terms.get((prop, kind))
        if term:
            return term, lexical
        return self._compact_iri(prop), (lexical if kind == ("plain", "") else full)

    def nodes(self, triples: set[tuple[Node, Node, Node]]) -> list[dict[str, object]]:
        by_subject: dict[Node, dict[str, list[object]]] = {}
        for s, p, o in triples:
            entry = by_subject.setdefault(s, {})
            if p == RDF.type and isinstance(o, URIRef):
                iri = str(o)
                entry.setdefault("@type", []).append(self._types.get(iri) or self._compact_iri(iri))
                continue
            key, value = self._key_and_value(str(p), o)
            entry.setdefault(key, []).append(value)
        out = []
        for subject, entry in by_subject.items():
            ref = str(subject) if isinstance(subject, URIRef) else f"_:{subject}"
            node: dict[str, object] = {"@id": ref}
            for key, values in entry.items():
                ordered = sorted(values, key=_json_key)
                node[key] = ordered[0] if len(ordered) == 1 else ordered
            out.append(node)
        return sorted(out, key=lambda n: str(n["@id"]))


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then ``os.replace`` it.

    Used by every writer of the graph side (RDF, exports, pictures); missing parent folders
    are created; failures raise ``OutputError`` naming the file.
    """
    write_all_atomic([(target, data)])


def write_all_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files so that either all are replaced or none: each is written to a
    temporary file beside it first, and only when every one is written are they moved into
    place (a build with ``-o a.ttl -o b.trig`` that cannot write ``b.trig`` leaves ``a.ttl``
    as it was)."""
    staged: list[tuple[Path, str]] = []
    try:
        for target, data in files:
            staged.append((target, _stage(target, data)))
        for target, tmp in staged:
            try:
                os.replace(tmp, target)
            except OSError as err:
                raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
    finally:
        for _, tmp in staged:
            Path(tmp).unlink(missing_ok=True)


def _stage(target: Path, data: bytes) -> str:
    """``data`` in a temporary file beside ``target`` (its mode), the file's path."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600 files
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
    return tmp


def _file_mode(target: Path) -> int:
    """The mode of the file being replaced, else what ``open()`` would give (umask)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def load(path: str | os.PathLike[str]) -> Dataset:
    """Read a dataset written by :func:`serialize` (format by extension).

    A ``.ttl`` file has no named graphs: its triples land in the default graph.
    """
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{source}: unknown RDF format {suffix!r}; use one of {known}")
    fmt = FORMATS[suffix]
    dataset = Dataset()
    bind_prefixes(dataset)
    try:
        data = source.read_bytes()
    except OSError as err:
        raise InputError(f"{source}: cannot read ({err.strerror or err})") from err
    try:
        if suffix == ".ttl":
            dataset.default_graph.parse(data=data, format=fmt)
        else:
            dataset.parse(data=data, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise InputError(f"{source}: not valid {fmt}: {_parse_reason(err)}") from err
    return dataset


def _parse_reason(err: Exception) -> str:
    """What a parser's error says, on one line: the line and the reason where the Turtle and
    TriG parser gives them (its message puts them on separate lines, with the text around)."""
    why = getattr(err, "_why", None)
    line = getattr(err, "lines", None)
    if isinstance(why, str) and isinstance(line, int):
        return f"line {line + 1}: {why}"
    if isinstance(err, IndexError):  # the Turtle parser running off the end of the text
        return "the text ends inside a statement"
    lines = [text.strip() for text in str(err).splitlines() if text.strip()]
    return lines[0] if lines else type(err).__name__
