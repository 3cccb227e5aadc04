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

import datetime as _dt
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
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

__all__ = ["FORMATS", "build_graph", "load", "serialize"]

#: file extension → rdflib format name (``.ttl`` merges all graphs into one).
FORMATS: dict[str, str] = {
    ".ttl": "longturtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
}

_DOC_TYPES = "document-type"
_RELATIONS = "relation"
_AGENCY_KINDS = "agency-kind"
_DEFAULT_RELATION = "cites"
# Vintage "2024" holds the three-level units valid until 2025-06-30, "2025" the two-level
# units from 2025-07-01 (see gazetteer.py); a unit's own dates win.
_VINTAGE_UNTIL = {"2024": "2025-06-30"}
_VINTAGE_FROM = {"2025": "2025-07-01"}


def build_graph(extractions: Iterable[Extraction], gazetteer: Gazetteer | None = None) -> Dataset:
    """Turn extractions into a dataset: a named graph per article plus a reference graph."""
    dataset = Dataset()
    _bind(dataset)
    reference = dataset.graph(REFERENCE_GRAPH)
    for triple in ontology_graph().triples((None, None, None)):
        if _is_concept_triple(triple):
            reference.add(triple)
    builder = _Builder(dataset, reference, gazetteer)
    for extraction in extractions:
        builder.add_extraction(extraction)
    builder.add_reference_units()
    return dataset


def _bind(graph: Graph) -> None:
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
    return isinstance(subject, URIRef) and str(subject).startswith(str(ID["concept/"])) and (
        predicate in _SCHEME_CONCEPT_PREDICATES
    )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity: URIRef
    mention: Mention
    relation: str | None  # set for citations


class _Builder:
    def __init__(self, dataset: Dataset, reference: Graph, gazetteer: Gazetteer | None) -> None:
        self.dataset = dataset
        self.reference = reference
        self.gazetteer = gazetteer
        self.version = extractor_version()
        self.unit_ids: set[str] = set()

    # ------------------------------------------------------------------ articles

    def add_extraction(self, extraction: Extraction) -> None:
        source = extraction.source
        article = article_iri(source.name, source.url)
        graph = self.dataset.graph(article)
        self._add_article(graph, article, source)
        places = _PlaceIndex(extraction.places)
        spans: list[_Span] = []
        for place in extraction.places:
            node = self._add_place(graph, place, places)
            spans.extend(_Span(m.start, m.end, node, m, None) for m in place.mentions)
        for agency in extraction.organizations:
            node = self._add_agency(graph, agency, places)
            spans.extend(_Span(m.start, m.end, node, m, None) for m in agency.mentions)
        for document in extraction.documents:
            doc_node = self._add_document(graph, document)
            if doc_node is None:
                continue
            spans.extend(
                _Span(m.start, m.end, doc_node, m, m.relation or document.relation)
                for m in document.mentions
            )
        self._add_mentions(graph, article, spans)
        for name, level in ((extraction.province, "tỉnh"), (extraction.district, "huyện")):
            if name:
                about = places.find(name, None) or places.find(name, level)
                if about is not None:
                    graph.add((article, SDO.spatialCoverage, about))

    def _add_article(self, graph: Graph, article: URIRef, source: SourceText) -> None:
        graph.add((article, RDF.type, PG.Article))
        graph.add((article, RDF.type, SDO.NewsArticle))
        graph.add((article, RDF.type, PROV.Entity))
        graph.add((article, PG.sourceName, Literal(source.name)))
        if source.title:
            graph.add((article, DCTERMS.title, Literal(source.title, lang="vi")))
            graph.add((article, SDO.headline, Literal(source.title, lang="vi")))
        if source.date:
            graph.add((article, SDO.datePublished, _date_literal(source.date)))
        if source.author:
            graph.add((article, SDO.author, Literal(source.author)))
        if source.publisher:
            graph.add((article, SDO.publisher, Literal(source.publisher)))
        if source.url:
            graph.add((article, SDO.url, Literal(source.url, datatype=XSD.anyURI)))
        graph.add((article, DCTERMS.language, Literal("vi")))

    def _add_mentions(self, graph: Graph, article: URIRef, spans: list[_Span]) -> None:
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
            graph.add((node, PROV.wasQuotedFrom, article))
            graph.add((node, PG.denotes, span.entity))
            graph.add((node, OA.hasSelector, selector))
            graph.add((node, PG.extractorVersion, Literal(self.version)))
            if span.mention.sentence:
                graph.add((node, PG.sentence, Literal(span.mention.sentence, lang="vi")))
            graph.add((selector, RDF.type, OA.TextPositionSelector))
            graph.add((selector, RDF.type, OA.TextQuoteSelector))
            graph.add((selector, OA.start, Literal(span.start)))
            graph.add((selector, OA.end, Literal(span.end)))
            graph.add((selector, OA.exact, Literal(span.mention.surface)))
            if span.relation is not None:
                graph.add((node, RDF.type, PG.Citation))
                graph.add((node, PG.relation, self._concept(_RELATIONS, span.relation)))

    # ------------------------------------------------------------------ documents

    def _add_document(self, graph: Graph, doc: DocumentRef) -> URIRef | None:
        title = doc.title
        if not doc.key and not title:
            title = doc.first.surface if doc.first else None
        if not doc.key and not title:
            return None
        node = document_iri(doc.key, issuer=doc.issuer, year=doc.year, term=doc.term, title=title)
        graph.add((node, RDF.type, PG.PolicyDocument))
        graph.add((node, RDF.type, ELI.LegalResource))
        if doc.party:
            graph.add((node, RDF.type, PG.PartyDocument))
        else:
            graph.add((node, RDF.type, PG.StateDocument))
            graph.add((node, RDF.type, SDO.Legislation))
        label = " ".join(p for p in (doc.type, doc.key or doc.title) if p)
        graph.add((node, RDFS.label, Literal(label or str(node), lang="vi")))
        if doc.key:
            graph.add((node, ELI.id_local, Literal(doc.key)))
        if doc.type:
            graph.add((node, ELI.type_document, self._concept(_DOC_TYPES, doc.type)))
        if doc.number:
            graph.add((node, PG.number, Literal(doc.number)))
        if doc.symbol:
            graph.add((node, PG.symbol, Literal(doc.symbol)))
        if doc.issuer:
            issuer = agency_iri(doc.issuer)
            graph.add((node, ELI.passed_by, issuer))
            self._agency_stub(graph, issuer, doc.issuer)
        if doc.date:
            graph.add((node, ELI.date_document, _date_literal(doc.date)))
        if doc.year is not None:
            graph.add((node, PG.year, Literal(doc.year)))
        if doc.term:
            graph.add((node, PG.term, Literal(doc.term)))
        if doc.title:
            graph.add((node, DCTERMS.title, Literal(doc.title, lang="vi")))
        graph.add((node, PG.complete, Literal(doc.complete)))
        return node

    # ------------------------------------------------------------------ places

    def _add_place(self, graph: Graph, place: Place, places: _PlaceIndex) -> URIRef:
        node = places.iri(place)
        if place.unit_id and self.gazetteer is not None and place.unit_id in self.gazetteer:
            self.unit_ids.add(place.unit_id)
        self._place_stub(graph, node, place.name, place.level)
        if place.unit_id or (place.code and place.vintage):
            graph.add((node, RDF.type, PG.AdministrativeUnit))
        if place.code:
            graph.add((node, PG.gsoCode, Literal(place.code)))
        if place.vintage:
            graph.add((node, PG.vintage, Literal(place.vintage)))
        if place.valid_from:
            graph.add((node, PG.validFrom, _date_literal(place.valid_from)))
        if place.valid_until:
            graph.add((node, PG.validUntil, _date_literal(place.valid_until)))
        if place.ambiguous:
            graph.add((node, PG.ambiguous, Literal(True)))
        if place.parent:
            parent = places.parent_iri(place)
            graph.add((node, SDO.containedInPlace, parent))
            self._place_stub(graph, parent, place.parent, place.parent_level)
        if place.merged_into:
            target = places.merged_iri(place)
            graph.add((node, PG.mergedInto, target))
            self._place_stub(graph, target, place.merged_into, place.level)
            self._change(graph, node, target, place.valid_until, None)
        if place.successor_code:
            successor = unit_iri("2025", place.successor_code)
            graph.add((node, PG.successor, successor))
            if place.successor_name:
                self._place_stub(graph, successor, place.successor_name, None)
            self._change(graph, node, successor, place.valid_until, None)
        return node

    def _place_stub(self, graph: Graph, node: URIRef, name: str, level: str | None) -> None:
        graph.add((node, RDF.type, PG.Place))
        graph.add((node, RDF.type, SDO.AdministrativeArea))
        graph.add((node, SDO.name, Literal(name)))
        label = f"{level} {name}" if level else name
        graph.add((node, RDFS.label, Literal(label, lang="vi")))
        if level:
            graph.add((node, PG.level, Literal(level)))

    def _change(
        self, graph: Graph, old: URIRef, new: URIRef, date: str | None, basis: str | None
    ) -> None:
        event = change_iri(old, new)
        graph.add((event, RDF.type, ORG.ChangeEvent))
        graph.add((event, RDF.type, PROV.Activity))
        graph.add((event, PROV.used, old))
        graph.add((event, PROV.generated, new))
        if date:
            graph.add((event, DCTERMS.date, _date_literal(date)))
        if basis:
            graph.add((event, PG.legalBasis, Literal(basis)))

    # ------------------------------------------------------------------ agencies

    def _add_agency(self, graph: Graph, agency: Agency, places: _PlaceIndex) -> URIRef:
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
                self._place_stub(graph, served, agency.place, agency.place_level)
            graph.add((node, SDO.areaServed, served))
        if agency.parent:
            parent = agency_iri(agency.parent)
            graph.add((node, ORG.subOrganizationOf, parent))
            self._agency_stub(graph, parent, agency.parent)
        graph.add((node, PG.central, Literal(agency.central)))
        return node

    def _agency_stub(self, graph: Graph, node: URIRef, name: str) -> None:
        graph.add((node, RDF.type, PG.Agency))
        graph.add((node, RDF.type, ORG.Organization))
        graph.add((node, RDF.type, SDO.GovernmentOrganization))
        graph.add((node, SKOS.prefLabel, Literal(name, lang="vi")))
        graph.add((node, RDFS.label, Literal(name, lang="vi")))

    # ------------------------------------------------------------------ concepts

    def _concept(self, scheme: str, label: str) -> URIRef:
        node = concept_iri(scheme, label)
        if (node, RDF.type, SKOS.Concept) not in self.reference:
            self.reference.add((node, RDF.type, SKOS.Concept))
            self.reference.add((node, SKOS.inScheme, scheme_iri(scheme)))
            literal = Literal(label) if scheme == _RELATIONS else Literal(label, lang="vi")
            predicate = SKOS.notation if scheme == _RELATIONS else SKOS.prefLabel
            self.reference.add((node, predicate, literal))
        return node

    # ------------------------------------------------------------------ reference units

    def add_reference_units(self) -> None:
        gazetteer = self.gazetteer
        if gazetteer is None or not self.unit_ids:
            return
        predecessors: dict[str, list[str]] = {}
        for unit in gazetteer:
            for successor in unit.successors:
                predecessors.setdefault(successor, []).append(unit.id)
        wanted: set[str] = set()
        for unit_id in sorted(self.unit_ids):
            around = [unit_id, *(s for s in gazetteer.unit(unit_id).successors if s in gazetteer)]
            around += [p for p in predecessors.get(unit_id, ()) if p in gazetteer]
            for uid in around:
                wanted.add(uid)
                wanted.update(u.id for u in gazetteer.ancestors(uid))
                wanted.update(u.id for u in gazetteer.children(uid))
        for uid in sorted(wanted):
            self._add_unit(gazetteer.unit(uid))

    def _add_unit(self, unit: Unit) -> None:
        graph = self.reference
        node = unit_iri_from_id(unit.id)
        self._place_stub(graph, node, unit.name, unit.level)
        graph.add((node, RDF.type, PG.AdministrativeUnit))
        graph.add((node, PG.tier, Literal(unit.tier)))
        graph.add((node, PG.vintage, Literal(unit.vintage)))
        if unit.code:
            graph.add((node, PG.gsoCode, Literal(unit.code)))
        valid_from = unit.valid_from or _VINTAGE_FROM.get(unit.vintage)
        valid_until = unit.valid_until or _VINTAGE_UNTIL.get(unit.vintage)
        if valid_from:
            graph.add((node, PG.validFrom, _date_literal(valid_from)))
        if valid_until:
            graph.add((node, PG.validUntil, _date_literal(valid_until)))
        if unit.parent:
            graph.add((node, SDO.containedInPlace, unit_iri_from_id(unit.parent)))
        if unit.basis:
            graph.add((node, PG.legalBasis, Literal(unit.basis)))
        for variant in unit.variants:
            graph.add((node, SKOS.altLabel, Literal(variant, lang="vi")))
        for successor in unit.successors:
            target = unit_iri_from_id(successor)
            graph.add((node, PG.successor, target))
            self._change(graph, node, target, unit.valid_until, unit.basis)


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


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


def _date_literal(value: str) -> Literal:
    """xsd:date / xsd:dateTime when the ISO string is valid, else a plain literal."""
    try:
        if _DATE.fullmatch(value):
            _dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        if _DATETIME.fullmatch(value):
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return Literal(value, datatype=XSD.dateTime)
    except ValueError:
        pass
    return Literal(value)


# ---------------------------------------------------------------------- files


def serialize(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write ``dataset`` to ``path`` in the format of its extension, deterministically.

    ``.ttl`` merges all graphs into one canonical, sorted Turtle graph (longturtle);
    ``.trig`` and ``.nq`` keep the named graphs; ``.jsonld`` is JSON-LD with the
    short names of ``ontology/context.jsonld``. The file is written to a temporary file in the same
    directory and moved into place, so readers never see half a file.
    """
    target = Path(path)
    data = dumps(dataset, target.suffix.lower())
    write_atomic(target, data)
    return target


def dumps(dataset: Dataset, suffix: str) -> bytes:
    """The bytes ``serialize`` would write for a file ending in ``suffix``."""
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise OutputError(f"cannot write RDF as {suffix or 'a file without extension'!r}: "
                          f"use one of {known}")
    if suffix == ".ttl":
        merged = Graph()
        _bind(merged)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        # canonicalisation only matters for blank nodes (we mint none) and is slow
        canon = any(isinstance(t, BNode) for triple in merged for t in triple)
        return merged.serialize(format="longturtle", canon=canon, encoding="utf-8")
    if suffix == ".nq":
        return _sorted_nquads(dataset).encode("utf-8")
    if suffix == ".trig":
        return _trig(dataset).encode("utf-8")
    return _jsonld(dataset).encode("utf-8")


def _sorted_nquads(dataset: Dataset) -> str:
    text = dataset.serialize(format="nquads")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def _ordered(dataset: Dataset) -> Dataset:
    """A copy whose named graphs are inserted in IRI order (TriG writes them in that order)."""
    out = Dataset()
    _bind(out)
    for name in sorted(_graph_names(dataset), key=str):
        graph = out.graph(name) if name != DATASET_DEFAULT_GRAPH_ID else out.default_graph
        for triple in sorted(dataset.graph(name).triples((None, None, None))):
            graph.add(triple)
    return out


def _trig(dataset: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib's writer follows store order)."""
    parts = [f"@prefix {prefix}: <{ns}> ." for prefix, ns in sorted(PREFIXES.items())]
    parts.append("")
    for name in sorted(_graph_names(dataset), key=str):
        graph = Graph()
        _bind(graph)
        for triple in dataset.graph(name):
            graph.add(triple)
        body = graph.serialize(format="turtle")
        # no re-indenting: a multi-line literal must keep its lines exactly
        lines = [line for line in body.splitlines() if not line.startswith("@prefix ")]
        text = "\n".join(lines).strip("\n")
        parts.append(f"<{name}> {{\n{text}\n}}\n")
    return "\n".join(parts)


def _graph_names(dataset: Dataset) -> list[URIRef]:
    names: list[URIRef] = []
    for graph in dataset.graphs():
        ident = graph.identifier
        if isinstance(ident, URIRef) and len(graph) > 0:
            names.append(ident)
    return names


def _jsonld(dataset: Dataset) -> str:
    context = json.loads(ontology_text("context.jsonld"))["@context"]
    text = _ordered(dataset).serialize(format="json-ld", context=context, auto_compact=False)
    data = json.loads(text)
    return json.dumps(_sort_json(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _sort_json(value: object) -> object:
    if isinstance(value, dict):
        return {k: _sort_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then ``os.replace`` it.

    Used by every writer of the graph side (RDF, exports, pictures); missing parent folders
    are created; failures raise ``OutputError`` naming the file.
    """
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600 files
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err


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
    fmt = "turtle" if suffix == ".ttl" else FORMATS[suffix]
    dataset = Dataset()
    _bind(dataset)
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
        message = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InputError(f"{source}: not valid {fmt}: {message}") from err
    return dataset

