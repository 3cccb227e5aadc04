"""The vocabulary: pg: terms declared in the ontology, IRI minting, ontology files."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, DefinedNamespace

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
        str(s)[len(PG_NS) :]
        for kind in kinds
        for s in onto.subjects(RDF.type, kind)
        if str(s).startswith(PG_NS)
    }


# the closed namespaces the code writes with (rdflib's and vocab's); ``pg`` is checked
# against the ontology file instead
_NAMESPACES: dict[str, type[DefinedNamespace]] = {
    "eli": vocab.ELI,
    "oa": vocab.OA,
    "org": vocab.ORG,
    "prov": vocab.PROV,
    "schema": vocab.SDO,
    "skos": vocab.SKOS,
    "dcterms": vocab.DCTERMS,
    "rdf": vocab.RDF,
    "rdfs": vocab.RDFS,
    "owl": vocab.OWL,
    "xsd": vocab.XSD,
    "sh": vocab.SH,
}
_PYTHON_NAMES = {
    "PG": "pg",
    "ELI": "eli",
    "OA": "oa",
    "ORG": "org",
    "PROV": "prov",
    "SDO": "schema",
    "SKOS": "skos",
    "DCTERMS": "dcterms",
    "RDF": "rdf",
    "RDFS": "rdfs",
    "OWL": "owl",
    "XSD": "xsd",
    "SH": "sh",
}


def _undeclared(terms: set[str]) -> set[str]:
    """The ``prefix:local`` terms (or full IRIs) that their vocabulary does not declare."""
    declared = _declared()
    missing = set()
    for term in terms:
        iri = term
        for prefix, ns in PREFIXES.items():
            if term.startswith(prefix + ":"):
                iri = ns + term[len(prefix) + 1 :]
        if iri.startswith(PG_NS):
            ok = iri[len(PG_NS) :] in declared
        else:
            space = next((c for p, c in _NAMESPACES.items() if iri.startswith(PREFIXES[p])), None)
            ok = space is None or URIRef(iri) in space
        if not ok:
            missing.add(term)
    return missing


def _terms_in_code(text: str) -> set[str]:
    names = "|".join(_PYTHON_NAMES)
    found = re.findall(rf"\b({names})\.([A-Za-z]\w*)", text)
    found += re.findall(rf"\b({names})\[[\"']([A-Za-z]\w*)[\"']\]", text)
    return {f"{_PYTHON_NAMES[space]}:{local}" for space, local in found}


def _terms_in_query(text: str) -> set[str]:
    """Terms a SPARQL query uses; its PREFIX lines must bind the project's namespaces."""
    body_lines = []
    for line in text.splitlines():
        declared = re.match(r"\s*PREFIX\s+(\w+):\s*<([^>]*)>", line, re.IGNORECASE)
        if declared:
            assert PREFIXES.get(declared[1]) == declared[2], line
        elif not line.lstrip().startswith("#"):
            body_lines.append(line)
    body = "\n".join(body_lines)
    full = set(re.findall(r"<([^>\s]+)>", body))
    body = re.sub(r"<[^>\s]*>|\"[^\"]*\"|'[^']*'", " ", body)  # IRIs and strings
    prefixed = re.findall(r"(?<![\w?$:])([a-z]+):([A-Za-z_][\w-]*)", body)
    return full | {f"{p}:{local}" for p, local in prefixed if p in PREFIXES}


def _terms_in_rdf(graph: Graph) -> set[str]:
    return {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}


def _used_in_code() -> set[str]:
    used: set[str] = set()
    for path in SRC.glob("*.py"):
        used |= _terms_in_code(path.read_text("utf-8"))
    return used


def _used_in_files() -> set[str]:
    used: set[str] = set()
    for path in QUERIES.glob("*.rq"):
        used |= _terms_in_query(path.read_text("utf-8"))
    for name in ("policygraph.ttl", "shapes.ttl"):
        used |= _terms_in_rdf(Graph().parse(data=ontology_text(name), format="turtle"))
    context = json.loads(ontology_text("context.jsonld"))["@context"]
    for value in context.values():
        parts = (value.get("@id"), value.get("@type")) if isinstance(value, dict) else (value,)
        for part in parts:
            if isinstance(part, str) and not part.startswith("@") and not part.endswith(("#", "/")):
                used.add(part)
    return used


def test_every_term_used_is_declared() -> None:
    """pg: terms in the ontology; the others in their (closed) rdflib namespaces."""
    code, files = _used_in_code(), _used_in_files()
    assert len(code) > 50 and len(files) > 100  # the scanners do find the terms
    assert "pg:Citation" in code and "pg:extractorVersion" in files
    assert _undeclared(code) == set()
    assert _undeclared(files) == set()


@pytest.mark.parametrize(
    ("scan", "text", "missing"),
    [
        (_terms_in_code, "graph.add((node, PG.extractorVerison, v))", {"pg:extractorVerison"}),
        (_terms_in_code, "SDO.nmae, SKOS.prefLabel, SH['clas']", {"schema:nmae", "sh:clas"}),
        (_terms_in_code, "PG.Citation, ELI.id_local, OA.exact", set()),
        (
            _terms_in_query,
            "PREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
            "SELECT ?x WHERE { ?x a pg:Citaton ; pg:relation ?r }",
            {"pg:Citaton"},
        ),
        (
            _terms_in_query,
            "SELECT ?x WHERE { ?x <https://w3id.org/policygraph/ontology#rel> ?r }",
            {"https://w3id.org/policygraph/ontology#rel"},
        ),
        (
            _terms_in_query,
            '# pg:inAComment\nSELECT ?x WHERE { ?x schema:nmae "pg:inAString" }',
            {"schema:nmae"},
        ),
    ],
)
def test_the_check_finds_undeclared_terms(
    scan: Callable[[str], set[str]], text: str, missing: set[str]
) -> None:
    assert _undeclared(scan(text)) == missing


def test_a_query_with_a_wrong_prefix_iri_is_refused() -> None:
    with pytest.raises(AssertionError):
        _terms_in_query("PREFIX pg: <https://w3id.org/policygraph/ontology/>\nSELECT * {}")


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
            label = next(
                str(v)
                for v in onto.objects(concept, SKOS.prefLabel)
                if isinstance(v, Literal) and v.language == "vi"
            )
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
        (
            "18/2000/CT-TTg",
            "Thủ tướng Chính phủ",
            2000,
            None,
            None,
            "thu-tuong-chinh-phu/18_2000_ct-ttg/2000",
        ),
        ("892", None, None, None, None, "unknown/892/undated"),
        (
            None,
            None,
            2015,
            None,
            "Luật Mặt trận Tổ quốc Việt Nam",
            "unknown/title-luat-mat-tran-to-quoc-viet-nam/2015",
        ),
    ],
)
def test_document_iris(
    key: str | None,
    issuer: str | None,
    year: int | None,
    term: str | None,
    title: str | None,
    expected: str,
) -> None:
    got = vocab.document_iri(key, issuer=issuer, year=year, term=term, title=title)
    assert str(got) == "https://w3id.org/policygraph/id/document/" + expected


def test_document_needs_key_or_title() -> None:
    with pytest.raises(ValueError):
        vocab.document_iri(None, issuer=None, year=None, term=None)


def test_extractor_version_is_a_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", vocab.extractor_version())


def test_extractor_version_changes_with_the_extraction_code(tmp_path: Path) -> None:
    """An edit to the extractor's code or data gives another version, so an incremental
    build does not keep facts the current code would not make; other code does not."""
    import shutil

    package = Path(vocab.__file__).parent
    copy = tmp_path / "policygraph"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    original = vocab.code_fingerprint(package)
    assert vocab.extractor_version() == f"{vocab.__version__}+{original}"
    assert vocab.code_fingerprint(copy) == original
    with (copy / "draw.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# drawing does not change what is extracted\n")
    assert vocab.code_fingerprint(copy) == original
    with (copy / "data" / "citations" / "bodies.tsv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert vocab.code_fingerprint(copy) != original
