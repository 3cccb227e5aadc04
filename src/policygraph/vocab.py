"""Namespaces and IRI minting: the only module that holds IRI strings.

Vocabularies are closed :class:`~rdflib.namespace.DefinedNamespace` classes, so a misspelt
term raises ``AttributeError`` at import or call time instead of producing a stray IRI.
Our own terms (``pg:``) are declared in ``ontology/policygraph.ttl``; a test checks that
every ``PG`` term used in the code and in the ``.rq`` files is declared there.

Instance IRIs live under :data:`ID` and are built from canonical keys only (never from
counters or dates of the run), so the same input always yields the same IRIs. The scheme
is documented in ``ontology/README.md``:

=============  ===============================================================
document       ``id/document/{issuer}/{key}/{when}``
unit           ``id/unit/{vintage}/{code}``
place          ``id/place/{province}/{parent}/{level}-{name}`` (units not in the gazetteer)
agency         ``id/agency/{name}``  (the canonical name is kind + level + place)
article        ``id/article/{name}`` (or ``{host-path}`` of the URL when there is no name)
mention        ``{article}/mention/{start}-{end}``
concept        ``id/concept/{scheme}/{label}``
change         ``id/change/{from-unit}/{to-unit}``
=============  ===============================================================
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.namespace import ORG as ORG

from . import __version__

__all__ = [
    "DCTERMS",
    "ELI",
    "ID",
    "OA",
    "ORG",
    "OWL",
    "PG",
    "PG_NS",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "REFERENCE_GRAPH",
    "SDO",
    "SH",
    "SKOS",
    "XSD",
    "agency_iri",
    "article_iri",
    "change_iri",
    "concept_iri",
    "document_iri",
    "extractor_version",
    "mention_iri",
    "ontology_graph",
    "ontology_text",
    "place_iri",
    "scheme_iri",
    "selector_iri",
    "slugify",
    "unit_iri",
    "unit_iri_from_id",
]

PG_NS = "https://w3id.org/policygraph/ontology#"
SHAPES_NS = "https://w3id.org/policygraph/shapes#"  # the SHACL shapes (ontology/shapes.ttl)
ID_NS = "https://w3id.org/policygraph/id/"

ID = Namespace(ID_NS)
REFERENCE_GRAPH = URIRef(ID_NS + "graph/reference")


class PG(DefinedNamespace):
    """policygraph's own terms (``pg:``), declared in ``ontology/policygraph.ttl``."""

    _NS = Namespace(PG_NS)
    _fail = True

    # classes
    AdministrativeUnit: URIRef
    Agency: URIRef
    Article: URIRef
    Citation: URIRef
    Mention: URIRef
    PartyDocument: URIRef
    Place: URIRef
    PolicyDocument: URIRef
    StateDocument: URIRef
    # document properties
    complete: URIRef
    number: URIRef
    symbol: URIRef
    term: URIRef
    year: URIRef
    # place properties
    gsoCode: URIRef
    legalBasis: URIRef
    level: URIRef
    successor: URIRef
    mergedInto: URIRef
    tier: URIRef
    validFrom: URIRef
    validUntil: URIRef
    vintage: URIRef
    ambiguous: URIRef
    # agency properties
    central: URIRef
    # mention properties
    denotes: URIRef
    extractorVersion: URIRef
    relation: URIRef
    sentence: URIRef
    actor: URIRef
    action: URIRef
    guides: URIRef
    # article properties
    sourceName: URIRef
    contentHash: URIRef


class ELI(DefinedNamespace):
    """The European Legislation Identifier ontology (only the terms we use)."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    id_local: URIRef
    type_document: URIRef
    date_document: URIRef
    passed_by: URIRef
    cites: URIRef
    based_on: URIRef
    amends: URIRef
    repeals: URIRef
    changes: URIRef
    applies: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary (only the terms we use)."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasSelector: URIRef
    hasSource: URIRef
    hasTarget: URIRef
    identifying: URIRef
    motivatedBy: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


PREFIXES: dict[str, str] = {
    "pg": PG_NS,
    "pgid": ID_NS,
    "eli": str(ELI._NS),
    "oa": str(OA._NS),
    "org": str(ORG._NS),
    "prov": str(PROV._NS),
    "schema": str(SDO._NS),
    "skos": str(SKOS._NS),
    "dcterms": str(DCTERMS._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "owl": str(OWL._NS),
    "xsd": str(XSD._NS),
    "sh": str(SH._NS),
}

_MAX_SLUG = 80


# What decides an article's graph: the code from reading to triples and its data. A change
# to any of them changes the extractor version, so an incremental build re-extracts.
_EXTRACTOR_CODE = (
    "agencies.py",
    "citations.py",
    "docnumber.py",
    "encodings.py",
    "extractor",
    "gazetteer.py",
    "graph.py",
    "html.py",
    "ingest.py",
    "models.py",
    "normalize.py",
    "places.py",
    "vocab.py",
    "data/agencies",
    "data/citations",
    "data/gazetteer",
    "data/places",
)


@functools.cache
def extractor_version() -> str:
    """The version that extracted the facts: ``policygraph.__version__`` plus a fingerprint
    of the extraction code and data (``0.1.0+3f2a9c1d``), so that facts made by other code
    are never mistaken for current ones, whatever the version number says."""
    return f"{__version__}+{code_fingerprint(Path(__file__).parent)}"


def code_fingerprint(package: Path) -> str:
    """8 hex digits of sha256 over the extraction code and data under ``package`` and the
    ontology."""
    digest = hashlib.sha256()
    for name in _EXTRACTOR_CODE:
        path = package / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".tsv", ".csv", ".json", ".txt"):
                digest.update(file.relative_to(package).as_posix().encode() + b"\0")
                digest.update(file.read_bytes() + b"\0")
    digest.update(ontology_text("policygraph.ttl").encode("utf-8"))
    return digest.hexdigest()[:8]


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str, *, keep_slash: bool = False) -> str:
    """ASCII slug of a Vietnamese string: diacritics stripped, đ→d, lower case.

    Runs of other characters become ``-``. With ``keep_slash`` a ``/`` becomes ``_`` so that
    ``217-QĐ/TW`` (``217-qd_tw``) and ``217/QĐ-TW`` (``217_qd-tw``) stay distinct.
    Long slugs are cut and suffixed with a short hash of the full text, so they stay unique.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if keep_slash:
        parts = [re.sub(r"[^a-z0-9]+", "-", p).strip("-") for p in ascii_text.split("/")]
        slug = "_".join(parts).strip("_")
    else:
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if not slug:
        slug = "x" + _short_hash(text)
    if len(slug) > _MAX_SLUG:
        slug = slug[: _MAX_SLUG - 9].rstrip("-_") + "-" + _short_hash(text)
    return slug


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def document_iri(
    key: str | None,
    *,
    issuer: str | None,
    year: int | None,
    term: str | None,
    title: str | None = None,
) -> URIRef:
    """``id/document/{issuer}/{key}/{when}``.

    ``issuer`` is the slug of the canonical issuing body (``unknown`` when not known);
    ``when`` is the year when known, else ``term-{roman}``, else ``undated``. Party numbers
    restart every term and administrative numbers every year, so a key alone is no identity.
    Number-less documents (named laws) use ``title-{slug of the title}`` instead of the key.
    """
    if key:
        local = slugify(key, keep_slash=True)
    elif title:
        local = "title-" + slugify(title)
    else:
        raise ValueError("document_iri: a document needs a key or a title")
    who = slugify(issuer) if issuer else "unknown"
    if year is not None:
        when = str(year)
    elif term:
        when = "term-" + slugify(term)
    else:
        when = "undated"
    return ID[f"document/{who}/{local}/{when}"]


def unit_iri(vintage: str, code: str) -> URIRef:
    """``id/unit/{vintage}/{code}``: a GSO code is an identity only with its vintage."""
    return ID[f"unit/{slugify(vintage)}/{slugify(code)}"]


def unit_iri_from_id(unit_id: str) -> URIRef:
    """IRI of a gazetteer ``Unit.id`` (``"2024-19570"`` → ``id/unit/2024/19570``)."""
    vintage, sep, code = unit_id.partition("-")
    if not sep or not vintage or not code:
        return ID[f"unit/{slugify(unit_id)}"]
    return unit_iri(vintage, code)


def place_iri(
    name: str, level: str, *, parent: str | None = None, province: str | None = None
) -> URIRef:
    """``id/place/{province}/{parent}/{level}-{name}`` for places not in the gazetteer.

    ``parent`` is the enclosing unit with its level word (``"xã Ba Lòng"``); ``-`` marks an
    unknown segment.
    """
    prov = slugify(province) if province else "-"
    par = slugify(parent) if parent else "-"
    return ID[f"place/{prov}/{par}/{slugify(level + ' ' + name)}"]


def agency_iri(name: str) -> URIRef:
    """``id/agency/{slug of the canonical name}``.

    Canonical names are built from kind + level + place (``Ủy ban nhân dân huyện Đakrông``),
    so the slug encodes kind and place, and an issuer named only in a citation meets the
    same node as the agency found in the text.
    """
    return ID["agency/" + slugify(name)]


def article_iri(name: str | None, url: str | None = None) -> URIRef:
    """``id/article/{slug}`` from the source name, or from the URL's host and path."""
    if name:
        return ID["article/" + slugify(name)]
    if url:
        stripped = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.IGNORECASE)
        return ID["article/" + slugify(stripped)]
    raise ValueError("article_iri: a source needs a name or a URL")


def mention_iri(article: URIRef, start: int, end: int, index: int = 0) -> URIRef:
    """``{article}/mention/{start}-{end}``; a second entity on the same span gets ``-2`` …"""
    suffix = f"-{index + 1}" if index else ""
    return URIRef(f"{article}/mention/{start}-{end}{suffix}")


def selector_iri(mention: URIRef) -> URIRef:
    """The selector node of a mention (both position and quote selector)."""
    return URIRef(f"{mention}/selector")


def scheme_iri(scheme: str) -> URIRef:
    """``id/concept/{scheme}`` — a SKOS concept scheme."""
    return ID["concept/" + slugify(scheme)]


def concept_iri(scheme: str, label: str) -> URIRef:
    """``id/concept/{scheme}/{slug of the label}``."""
    return ID[f"concept/{slugify(scheme)}/{slugify(label)}"]


def change_iri(from_unit: URIRef, to_unit: URIRef) -> URIRef:
    """``id/change/{vintage-code}/{vintage-code}``: the change event from a unit to a successor."""
    a = str(from_unit).removeprefix(ID_NS + "unit/").replace("/", "-")
    b = str(to_unit).removeprefix(ID_NS + "unit/").replace("/", "-")
    return ID[f"change/{slugify(a)}/{slugify(b)}"]


ONTOLOGY_FILES = ("policygraph.ttl", "shapes.ttl", "context.jsonld")


def ontology_text(name: str) -> str:
    """Text of a file of the packaged ontology (``policygraph.ttl``, ``shapes.ttl``, …).

    Read from the ``policygraph.ontology`` resource package; when running from a source
    tree where it is not wired yet, from the repository's top-level ``ontology/`` folder.
    """
    if name not in ONTOLOGY_FILES:
        raise ValueError(f"unknown ontology file {name!r}")
    try:
        return resources.files("policygraph.ontology").joinpath(name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        folder = Path(__file__).resolve().parents[2] / "ontology"
        return (folder / name).read_text("utf-8")


@cache
def _ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text("policygraph.ttl"), format="turtle")


def ontology_graph() -> Graph:
    """The ontology (OWL classes and properties, SKOS schemes) as a graph (cached; do not edit)."""
    return _ontology_graph()
