"""The vocabulary: pg: terms declared in the ontology, IRI minting, ontology files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from policygraph import vocab
from policygraph.vocab import (
    PG,
    PG_NS,
    PREFIXES,
    agency_iri,
    article_iri,
    concept_iri,
    mention_iri,
    ontology_graph,
    ontology_text,
    place_iri,
    unit_iri,
    unit_iri_from_id,
)

SRC = Path(vocab.__file__).resolve().parent
QUERIES = SRC / "data" / "queries"
# modules of the graph side: none may hold an IRI string (vocab.py is the only one)
GRAPH_MODULES = ("graph.py", "query.py", "export.py", "draw.py", "validation.py")


def _declared() -> set[str]:
    onto = ontology_graph()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        str(s)[len(PG_NS):]
        for kind in kinds
        for s in onto.subjects(RDF.type, kind)
        if str(s).startswith(PG_NS)
    }


def _used_in_code() -> set[str]:
    used: set[str] = set()
    for path in SRC.glob("*.py"):
        used |= set(re.findall(r"\bPG\.([A-Za-z_]\w*)", path.read_text("utf-8")))
    return used


def _used_in_files() -> set[str]:
    used: set[str] = set()
    for path in [*QUERIES.glob("*.rq"), *(SRC.parents[1] / "ontology").glob("shapes.ttl")]:
        used |= set(re.findall(r"\bpg:([A-Za-z_]\w*)", path.read_text("utf-8")))
    context = json.loads(ontology_text("context.jsonld"))["@context"]
    for value in context.values():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("pg:"):
            used.add(iri[3:])
    return used


def test_every_pg_term_used_is_declared_in_the_ontology() -> None:
    declared = _declared()
    assert _used_in_code() - declared == set()
    assert _used_in_files() - declared == set()


def test_namespace_class_and_ontology_agree() -> None:
    in_class = {name for name in PG.__annotations__}
    assert in_class == _declared()


def test_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = PG.doesNotExist


def test_every_term_has_vietnamese_or_english_label() -> None:
    onto = ontology_graph()
    for term in _declared():
        labels = list(onto.objects(URIRef(PG_NS + term), RDFS.label))
        assert labels, term


def test_concepts_in_the_ontology_have_minted_iris() -> None:
    onto = ontology_graph()
    for concept in onto.subjects(RDF.type, SKOS.Concept):
        scheme = str(onto.value(concept, SKOS.inScheme)).rsplit("/", 1)[1]
        if scheme == "relation":
            label = str(onto.value(concept, SKOS.notation))
        else:
            label = next(str(v) for v in onto.objects(concept, SKOS.prefLabel)
                         if isinstance(v, Literal) and v.language == "vi")
        assert concept == concept_iri(scheme, label)


def test_ontology_files_parse_and_context_matches_prefixes() -> None:
    assert len(Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")) > 50
    context = json.loads(ontology_text("context.jsonld"))["@context"]
    for prefix in ("pg", "eli", "oa", "org", "prov", "schema", "skos", "dcterms"):
        assert context[prefix] == PREFIXES[prefix]
    with pytest.raises(ValueError):
        ontology_text("../pyproject.toml")


@pytest.mark.parametrize("module", GRAPH_MODULES)
def test_no_iri_strings_outside_vocab(module: str) -> None:
    text = (SRC / module).read_text("utf-8")
    assert not re.search(r"""["'](?:https?|urn):""", text), module


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        (unit_iri("2024", "19570"), "unit/2024/19570"),
        (unit_iri_from_id("2025-19567"), "unit/2025/19567"),
        (agency_iri("Ủy ban nhân dân huyện Đakrông"), "agency/uy-ban-nhan-dan-huyen-dakrong"),
        (agency_iri("Ban Chấp hành Trung ương"), "agency/ban-chap-hanh-trung-uong"),
        (place_iri("Khe Sanh", "thôn", parent="xã Ba Lòng"), "place/-/xa-ba-long/thon-khe-sanh"),
        (article_iri("001.txt"), "article/001-txt"),
        (article_iri(None, "https://example.invalid/a/b?c=1"), "article/example-invalid-a-b-c-1"),
        (mention_iri(article_iri("x"), 3, 9), "article/x/mention/3-9"),
        (mention_iri(article_iri("x"), 3, 9, 1), "article/x/mention/3-9-2"),
        (concept_iri("document-type", "Quy định"), "concept/document-type/quy-dinh"),
    ],
)
def test_iri_scheme(iri: URIRef, expected: str) -> None:
    assert str(iri) == "https://w3id.org/policygraph/id/" + expected


@pytest.mark.parametrize(
    ("key", "issuer", "year", "term", "title", "expected"),
    [
        ("217-QĐ/TW", "Bộ Chính trị", 2013, "XI", None, "bo-chinh-tri/217-qd_tw/2013"),
        ("39-NQ/TW", "Bộ Chính trị", None, "XII", None, "bo-chinh-tri/39-nq_tw/term-xii"),
        ("18/2000/CT-TTg", "Thủ tướng Chính phủ", 2000, None, None,
         "thu-tuong-chinh-phu/18_2000_ct-ttg/2000"),
        ("892", None, None, None, None, "unknown/892/undated"),
        (None, None, 2015, None, "Luật Mặt trận Tổ quốc Việt Nam",
         "unknown/title-luat-mat-tran-to-quoc-viet-nam/2015"),
    ],
)
def test_document_iris(
    key: str | None, issuer: str | None, year: int | None, term: str | None,
    title: str | None, expected: str,
) -> None:
    got = vocab.document_iri(key, issuer=issuer, year=year, term=term, title=title)
    assert str(got) == "https://w3id.org/policygraph/id/document/" + expected


def test_document_needs_key_or_title() -> None:
    with pytest.raises(ValueError):
        vocab.document_iri(None, issuer=None, year=None, term=None)


def test_extractor_version_is_a_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", vocab.extractor_version())
