"""A graph others can trust: shapes, determinism, locality, exact quotes, other engines.

Built from the team's examples and, when the shared corpus sits beside the checkout, from
the seed article and the dev corpus (each built once per module). Nothing from the shared
texts is copied here: the tests read them from ../shared at run time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import SH

from policygraph import api
from policygraph.citations import RELATIONS
from policygraph.graph import FORMATS, build_graph, dumps, load, serialize
from policygraph.ingest import read_file
from policygraph.models import Agency, DocumentRef, Extraction, Mention, Place, SourceText
from policygraph.validation import validate
from policygraph.vocab import (
    DCTERMS,
    ELI,
    ID,
    OA,
    ORG,
    PG,
    PROV,
    RDF,
    REFERENCE_GRAPH,
    SDO,
    SKOS,
    XSD,
    article_iri,
    concept_iri,
    extractor_version,
    ontology_text,
    unit_iri_from_id,
)
from tests._graph_data import extraction_a, extractions, gazetteer

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SUFFIXES = (".ttl", ".trig", ".nq", ".jsonld")
Quad = tuple[URIRef, URIRef, object]

pyshacl = pytest.importorskip("pyshacl")


# ---------------------------------------------------------------------- builds


def _build(*paths: Path) -> Dataset:
    return api.build_graph(list(api.extract_paths(paths)))


@pytest.fixture(scope="module")
def examples_ds() -> Dataset:
    return _build(EXAMPLES)


@pytest.fixture(scope="module")
def seed_ds(seed_path: Path) -> Dataset:
    return _build(seed_path)


@pytest.fixture(scope="module")
def dev_ds(dev_dir: Path) -> Dataset:
    return _build(*sorted(dev_dir.glob("*.txt")))


def _small() -> Dataset:
    return build_graph(extractions(), gazetteer())


def _graphs(ds: Dataset) -> dict[URIRef, set[tuple[object, object, object]]]:
    return {
        g.identifier: set(g)
        for g in ds.graphs()
        if isinstance(g.identifier, URIRef) and len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
    }


def _triples(ds: Dataset) -> set[tuple[object, object, object]]:
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


# ---------------------------------------------------------------------- shapes


@pytest.mark.parametrize("which", ["examples_ds", "seed_ds", "dev_ds"])
def test_built_graphs_conform_to_the_shapes(which: str, request: pytest.FixtureRequest) -> None:
    dataset: Dataset = request.getfixturevalue(which)
    report = validate(dataset)
    assert report.conforms, report.text[:4000]
    assert report.violations == 0


def test_reference_graph_describes_every_unit_it_links_to() -> None:
    """Naming only a district brings its communes, whose successors (2025 units) and
    their province must be described too, or the links would dangle."""
    text = "Huyện Đakrông họp."
    place = Place(
        name="Đakrông",
        level="huyện",
        unit_id="2024-467",
        code="467",
        vintage="2024",
        mentions=(Mention(0, 12, text[0:12]),),
    )
    ds = build_graph([Extraction(SourceText(name="x", text=text), places=(place,))], gazetteer())
    ref = ds.graph(REFERENCE_GRAPH)
    described = set(ref.subjects(RDF.type, PG.Place))
    linked = {
        o
        for p in (PG.successor, SDO.containedInPlace, PROV.generated, PROV.used)
        for o in ref.objects(None, p)
    }
    assert unit_iri_from_id("2025-19567") in linked
    assert linked <= described
    assert validate(ds).conforms


def test_validation_leaves_the_dataset_as_it_was() -> None:
    dataset = _small()
    before = dumps(dataset, ".trig"), dataset.default_union
    assert validate(dataset).conforms
    assert (dumps(dataset, ".trig"), dataset.default_union) == before


def test_the_merged_turtle_conforms_too(written: dict[str, Path]) -> None:
    """The shapes hold on the union, so the one-graph .ttl export passes as the TriG does."""
    report = validate(load(written[".ttl"]))
    assert report.conforms, report.text[:4000]


def _shapes() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


_REAL = (SH.datatype, SH["class"], SH.minCount, SH.maxCount, SH["in"], SH.hasValue, SH.pattern)


def test_every_class_the_builder_writes_has_a_shape_with_real_constraints(
    examples_ds: Dataset,
) -> None:
    shapes = _shapes()
    targeted = set(shapes.objects(None, SH.targetClass))
    # co-types a shape requires (``sh:path rdf:type ; sh:hasValue schema:NewsArticle``)
    required = {
        v for p in shapes.subjects(SH.path, RDF.type) for v in shapes.objects(p, SH.hasValue)
    }
    written = {
        o for ds in (examples_ds, _small()) for _, _, o, _ in ds.quads((None, RDF.type, None))
    }
    assert written - targeted - required == set()
    for cls in targeted:
        shape = shapes.value(predicate=SH.targetClass, object=cls)
        kinds = {
            p for prop in shapes.objects(shape, SH.property) for p in shapes.predicates(prop, None)
        }
        assert kinds & set(_REAL), f"shape of {cls} constrains nothing"


def _set(graph: Graph, s: URIRef, p: URIRef, o: object) -> None:
    graph.remove((s, p, None))
    graph.add((s, p, o))  # type: ignore[arg-type]


A = article_iri("dakrong-2021.txt")
SEL = URIRef(f"{A}/mention/16-46/selector")  # "Ban Thường vụ Huyện ủy Đakrông"
MEN = URIRef(f"{A}/mention/16-46")
_FIRST = extraction_a().documents[0].mentions[0]  # "217-QĐ/TW", implements
CIT = URIRef(f"{A}/mention/{_FIRST.start}-{_FIRST.end}")
DOC = ID["document/bo-chinh-tri/217-qd_tw/2013"]
AGENCY = ID["agency/bo-chinh-tri"]
UNIT = unit_iri_from_id("2024-19570")
CHANGE = ID["change/2024-19570/2025-19567"]

# (what is broken, how, the SHACL component that must report it)
TRAPS: list[tuple[str, Callable[[Dataset], None], str]] = [
    (
        "quote shorter than its offsets",
        lambda ds: _set(ds.graph(A), SEL, OA.exact, Literal("Ban Thường vụ")),
        "SPARQL",
    ),
    ("quote missing", lambda ds: ds.graph(A).remove((SEL, OA.exact, None)), "MinCount"),
    ("offset as a string", lambda ds: _set(ds.graph(A), SEL, OA.start, Literal("16")), "Datatype"),
    ("start after end", lambda ds: _set(ds.graph(A), SEL, OA.end, Literal(10)), "LessThan"),
    ("negative start", lambda ds: _set(ds.graph(A), SEL, OA.start, Literal(-1)), "MinInclusive"),
    (
        "two sources",
        lambda ds: ds.graph(A).add((MEN, OA.hasSource, article_iri("quangtri-2020.txt"))),
        "MaxCount",
    ),
    (
        "mention denotes a literal",
        lambda ds: _set(ds.graph(A), MEN, PG.denotes, Literal("x")),
        "Or",
    ),
    (
        "no extractor version",
        lambda ds: ds.graph(A).remove((A, PG.extractorVersion, None)),
        "MinCount",
    ),
    ("no content hash", lambda ds: ds.graph(A).remove((A, PG.contentHash, None)), "MinCount"),
    (
        "content hash not sha256",
        lambda ds: _set(ds.graph(A), A, PG.contentHash, Literal("md5:0")),
        "Pattern",
    ),
    ("citation of an agency", lambda ds: _set(ds.graph(A), CIT, PG.denotes, AGENCY), "Class"),
    (
        "relation outside the relation scheme",
        lambda ds: _set(ds.graph(A), CIT, PG.relation, concept_iri("document-type", "Quyết định")),
        "In",
    ),
    (
        "citation without relation",
        lambda ds: ds.graph(A).remove((CIT, PG.relation, None)),
        "MinCount",
    ),
    (
        "document type that is an agency",
        lambda ds: _set(ds.graph(A), DOC, ELI.type_document, AGENCY),
        "Class",
    ),
    ("issuer that is a place", lambda ds: _set(ds.graph(A), DOC, ELI.passed_by, UNIT), "Class"),
    (
        "year out of range",
        lambda ds: _set(ds.graph(A), DOC, PG.year, Literal(20133)),
        "MaxInclusive",
    ),
    (
        "term in arabic numerals",
        lambda ds: _set(ds.graph(A), DOC, PG.term, Literal("12")),
        "Pattern",
    ),
    (
        "date as free text",
        lambda ds: _set(ds.graph(A), DOC, ELI.date_document, Literal("12/12/2013")),
        "Datatype",
    ),
    (
        "neither Party nor State document",
        lambda ds: ds.graph(A).remove((DOC, RDF.type, PG.PartyDocument)),
        "Or",
    ),
    (
        "document without key or title",
        lambda ds: ds.graph(A).remove((DOC, ELI.id_local, None)),
        "Or",
    ),
    (
        "article without source name",
        lambda ds: ds.graph(A).remove((A, PG.sourceName, None)),
        "MinCount",
    ),
    (
        "article not a prov:Entity",
        lambda ds: ds.graph(A).remove((A, RDF.type, PROV.Entity)),
        "HasValue",
    ),
    (
        "publication date as free text",
        lambda ds: _set(ds.graph(A), A, SDO.datePublished, Literal("hôm qua")),
        "Or",
    ),
    (
        "url as a plain string",
        lambda ds: _set(ds.graph(A), A, SDO.url, Literal("https://example.invalid/x")),
        "Datatype",
    ),
    (
        "unit without vintage",
        lambda ds: [ds.graph(g).remove((UNIT, PG.vintage, None)) for g in (A, REFERENCE_GRAPH)],
        "MinCount",
    ),
    (
        "code that is not digits",
        lambda ds: ds.graph(REFERENCE_GRAPH).add((UNIT, PG.gsoCode, Literal("19570a"))),
        "Pattern",
    ),
    (
        "successor the graph does not describe",
        lambda ds: ds.graph(REFERENCE_GRAPH).add((UNIT, PG.successor, ID["unit/2025/99999"])),
        "Class",
    ),
    (
        "change event without the old unit",
        lambda ds: ds.remove((CHANGE, PROV.used, None)),
        "MinCount",
    ),
    (
        "agency label without language",
        lambda ds: _set(ds.graph(A), AGENCY, SKOS.prefLabel, Literal("Bộ Chính trị")),
        "Datatype",
    ),
    (
        "agency serving an agency",
        lambda ds: ds.graph(A).add((AGENCY, SDO.areaServed, ID["agency/chinh-phu"])),
        "Class",
    ),
    (
        "concept in two schemes",
        lambda ds: ds.graph(REFERENCE_GRAPH).add(
            (concept_iri("relation", "cites"), SKOS.inScheme, ID["concept/document-type"])
        ),
        "MaxCount",
    ),
]


@pytest.mark.parametrize(("what", "breaks", "component"), TRAPS, ids=[t[0] for t in TRAPS])
def test_shapes_catch_broken_graphs(
    what: str, breaks: Callable[[Dataset], None], component: str
) -> None:
    dataset = _small()
    assert (SEL, OA.exact, Literal("Ban Thường vụ Huyện ủy Đakrông")) in dataset.graph(A)
    assert (CIT, RDF.type, PG.Citation) in dataset.graph(A)
    breaks(dataset)
    report = validate(dataset)
    assert not report.conforms, what
    assert f"{component}ConstraintComponent" in report.text, report.text[:3000]


def test_agency_has_one_preferred_label_per_article(examples_ds: Dataset) -> None:
    """SKOS allows one prefLabel per language; names that differ only in diacritics share an
    IRI, so the builder keeps the first as preferred and the others as alternatives."""
    text = "UBND huyện Hướng Hóa và Ủy ban nhân dân huyện Hướng Hoá cùng dự."
    agencies = tuple(
        Agency(name=name, mentions=(Mention(start, end, text[start:end]),))
        for name, (start, end) in (
            ("Ủy ban nhân dân huyện Hướng Hóa", (0, 20)),
            ("Ủy ban nhân dân huyện Hướng Hoá", (24, text.index(" cùng"))),
        )
    )
    ds = build_graph([Extraction(SourceText(name="hh", text=text), organizations=agencies)])
    node = ID["agency/uy-ban-nhan-dan-huyen-huong-hoa"]
    g = ds.graph(article_iri("hh"))
    assert [str(v) for v in g.objects(node, SKOS.prefLabel)] == ["Ủy ban nhân dân huyện Hướng Hóa"]
    assert [str(v) for v in g.objects(node, SKOS.altLabel)] == ["Ủy ban nhân dân huyện Hướng Hoá"]
    assert validate(ds).conforms
    for name in _graphs(examples_ds):
        graph = examples_ds.graph(name)
        for agency in graph.subjects(RDF.type, PG.Agency):
            assert len(list(graph.objects(agency, SKOS.prefLabel))) == 1, (name, agency)


# ---------------------------------------------------------------------- determinism


def test_two_builds_give_identical_bytes(examples_ds: Dataset) -> None:
    again = _build(EXAMPLES)  # extraction and graph again, from the files
    for suffix in SUFFIXES:
        assert dumps(again, suffix) == dumps(examples_ds, suffix), suffix


def test_cli_builds_are_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    runs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"seed-{seed}"
        out.mkdir()
        outputs = [arg for s in SUFFIXES for arg in ("-o", str(out / f"graph{s}"))]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(
            (
                out,
                subprocess.Popen(
                    # the shapes are tested above; here only the bytes matter
                    [
                        sys.executable,
                        "-m",
                        "policygraph",
                        "build",
                        str(EXAMPLES),
                        *outputs,
                        "--no-validate",
                    ],
                    env=env,
                    cwd=tmp_path,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
        )
    for _, proc in runs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    (one, _), (two, _) = runs
    for suffix in SUFFIXES:
        first = (one / f"graph{suffix}").read_bytes()
        assert first, suffix
        assert first == (two / f"graph{suffix}").read_bytes(), suffix


# ---------------------------------------------------------------------- locality

# appended to the Yên Bái example: a new citation whose issuer the article already names
# and whose type and relation the ontology declares (no new unit, no new concept) …
_NEW_CITATION = (
    "\nCăn cứ Kế hoạch số 25-KH/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy, các huyện "
    "tiếp tục nhân rộng mô hình.\n"
)
# … and a commune of a district no example names, which brings its units (and the
# district's other communes) into the reference graph
_NEW_PLACE = "\nMô hình cũng được triển khai tại xã Chế Tạo, huyện Mù Cang Chải.\n"
_EDITED = "yen-bai-dan-van-2022.txt"


def _edited_build(tmp_path: Path, addition: str) -> dict[URIRef, set[tuple[object, ...]]]:
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder)
    path = folder / _EDITED
    # before the byline (the last line), which ingest reads as the author
    body, byline = path.read_text("utf-8").rstrip("\n").rsplit("\n", 1)
    path.write_text(f"{body}{addition}\n{byline}\n", "utf-8")
    trig = serialize(_build(folder), tmp_path / "edited.trig")
    return _graphs(load(trig))


@pytest.fixture(scope="module")
def examples_graphs(
    examples_ds: Dataset, tmp_path_factory: pytest.TempPathFactory
) -> dict[URIRef, set[tuple[object, ...]]]:
    trig = serialize(examples_ds, tmp_path_factory.mktemp("base") / "examples.trig")
    return _graphs(load(trig))


def test_a_new_citation_changes_only_its_article_graph(
    examples_graphs: dict[URIRef, set[tuple[object, ...]]], tmp_path: Path
) -> None:
    after = _edited_build(tmp_path, _NEW_CITATION)
    edited = article_iri(_EDITED)
    assert after.keys() == examples_graphs.keys()
    for name, triples in examples_graphs.items():
        if name != edited:
            assert after[name] == triples, name  # the reference graph included
    gained = after[edited] - examples_graphs[edited]
    # the text changed, so its hash did; nothing else the article said is lost
    changed = {t for t in examples_graphs[edited] if t[1] == PG.contentHash}
    assert len(changed) == 1 and not changed <= after[edited]
    assert examples_graphs[edited] - changed <= after[edited]
    keys = {str(o) for _, p, o in gained if p == ELI.id_local}
    assert keys == {"25-KH/TU"}


def test_a_new_place_adds_only_its_units_to_the_reference_graph(
    examples_graphs: dict[URIRef, set[tuple[object, ...]]], tmp_path: Path
) -> None:
    after = _edited_build(tmp_path, _NEW_PLACE)
    edited = article_iri(_EDITED)
    for name, triples in examples_graphs.items():
        if name not in (edited, REFERENCE_GRAPH):
            assert after[name] == triples, name
    before_ref, after_ref = examples_graphs[REFERENCE_GRAPH], after[REFERENCE_GRAPH]
    assert before_ref < after_ref  # only additions
    new_units = {
        s
        for s, p, o in after[edited] - examples_graphs[edited]
        if p == RDF.type and o == PG.AdministrativeUnit
    }
    assert new_units, "the new commune should be a gazetteer unit"
    added_subjects = {s for s, _, _ in after_ref - before_ref}
    # each new unit is described there: added now, or already as a parent of another
    assert new_units <= {s for s, _, _ in after_ref}
    assert new_units & added_subjects
    kinds = {o for s, p, o in after_ref if p == RDF.type and s in added_subjects}
    assert kinds <= {
        PG.Place,
        PG.AdministrativeUnit,
        SDO.AdministrativeArea,
        ORG.ChangeEvent,
        PROV.Activity,
    }


# ---------------------------------------------------------------------- exact quotes

_SPANS = """
PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?graph ?mention ?article ?name ?start ?end ?exact ?relation ?version WHERE {
  GRAPH ?graph {
    ?mention a pg:Mention ; oa:hasSource ?article ; oa:hasSelector ?selector .
    ?article pg:sourceName ?name ; pg:extractorVersion ?version .
    ?selector oa:start ?start ; oa:end ?end ; oa:exact ?exact .
    OPTIONAL { ?mention a pg:Citation ; pg:relation ?relation }
  }
}
"""


def _check_spans(dataset: Dataset, folder: Path) -> tuple[int, int]:
    texts: dict[str, str] = {}
    mentions = citations = 0
    for row in dataset.query(_SPANS):
        graph, mention, article, name, start, end, exact, relation, version = row  # type: ignore[misc]
        assert graph == article, mention  # a mention lives in its article's graph
        if str(name) not in texts:
            texts[str(name)] = read_file(folder / str(name)).text
        text = texts[str(name)]
        assert text[int(start) : int(end)] == str(exact), mention
        assert str(version) == extractor_version()
        mentions += 1
        if relation is not None:
            citations += 1
            assert relation in {concept_iri("relation", r) for r in RELATIONS}
    return mentions, citations


def test_every_dev_quote_slices_its_source_text(dev_ds: Dataset, dev_dir: Path) -> None:
    mentions, citations = _check_spans(dev_ds, dev_dir)
    assert citations > 50 and mentions > citations
    cited = sum(1 for _ in dev_ds.quads((None, RDF.type, PG.Citation, None)))
    assert citations == cited  # every citation was checked


def test_every_example_quote_slices_its_source_text(examples_ds: Dataset) -> None:
    assert _check_spans(examples_ds, EXAMPLES)[1] > 5


def test_every_seed_quote_slices_its_source_text(seed_ds: Dataset, seed_path: Path) -> None:
    assert _check_spans(seed_ds, seed_path.parent)[1] > 0


def test_two_inputs_with_the_same_name_are_refused(tmp_path: Path) -> None:
    from policygraph.errors import InputError

    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(EXAMPLES / _EDITED, tmp_path / sub / _EDITED)
    with pytest.raises(InputError, match=r"yen-bai-dan-van-2022\.txt.*already taken"):
        _build(tmp_path / "a", tmp_path / "b")


# ---------------------------------------------------------------------- provenance


def test_articles_record_their_source(examples_ds: Dataset) -> None:
    fields = {
        "title": DCTERMS.title,
        "date": SDO.datePublished,
        "author": SDO.author,
        "publisher": SDO.publisher,
        "url": SDO.url,
    }
    sources = list(api.load_texts([EXAMPLES]))
    assert len(sources) == 3
    for source in sources:
        node = article_iri(source.name)
        g = examples_ds.graph(node)
        assert {(node, RDF.type, PG.Article), (node, RDF.type, PROV.Entity)} <= set(g)
        assert g.value(node, PG.sourceName) == Literal(source.name)
        for field, predicate in fields.items():
            value = getattr(source, field)
            assert (str(g.value(node, predicate)) if value else None) == value, field


def test_full_provenance_of_an_article_and_its_citation() -> None:
    text = "Căn cứ Chỉ thị số 18/2000/CT-TTg, huyện xây dựng kế hoạch."
    surface = "Chỉ thị số 18/2000/CT-TTg"
    start = text.index(surface)
    source = SourceText(
        name="tin-mau.txt",
        text=text,
        title="Tin mẫu",
        date="2021-09-17T06:32:30",
        author="Minh Anh",
        publisher="Báo Quảng Trị",
        url="https://example.invalid/tin-mau",
    )
    doc = DocumentRef(
        key="18/2000/CT-TTg",
        type="Chỉ thị",
        year=2000,
        relation="based_on",
        mentions=(Mention(start, start + len(surface), surface, "based_on", text),),
    )
    ds = build_graph([Extraction(source=source, documents=(doc,))])
    a = article_iri("tin-mau.txt")
    g = ds.graph(a)
    assert g.value(a, SDO.url) == Literal("https://example.invalid/tin-mau", datatype=XSD.anyURI)
    assert g.value(a, DCTERMS.title) == Literal("Tin mẫu", lang="vi")
    assert g.value(a, SDO.datePublished) == Literal("2021-09-17T06:32:30", datatype=XSD.dateTime)
    assert g.value(a, SDO.author) == Literal("Minh Anh")
    assert g.value(a, SDO.publisher) == Literal("Báo Quảng Trị")
    citation = URIRef(f"{a}/mention/{start}-{start + len(surface)}")
    selector = g.value(citation, OA.hasSelector)
    assert g.value(citation, OA.hasSource) == a
    assert g.value(citation, PG.relation) == concept_iri("relation", "based_on")
    assert g.value(a, PG.extractorVersion) == Literal(extractor_version())
    assert g.value(selector, OA.exact) == Literal(surface)
    assert g.value(selector, OA.start) == Literal(start)
    assert g.value(selector, OA.end) == Literal(start + len(surface))
    assert validate(ds).conforms


@pytest.mark.parametrize(
    ("date", "datatype"),
    [
        ("2021-09-17", XSD.date),
        ("2021-09-17T06:32:30", XSD.dateTime),
        ("2021-02-30", None),
        ("17/09/2021", None),
        ("", None),
    ],
)
def test_only_real_dates_are_written(date: str, datatype: URIRef | None) -> None:
    source = SourceText(name="d.txt", text="Tin ngắn.", date=date)
    ds = build_graph([Extraction(source=source)])
    value = ds.graph(article_iri("d.txt")).value(article_iri("d.txt"), SDO.datePublished)
    assert (value.datatype if isinstance(value, Literal) else None) == datatype


# ---------------------------------------------------------------------- other engines


@pytest.fixture(scope="module")
def written(examples_ds: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("written")
    return {s: serialize(examples_ds, folder / f"examples{s}") for s in SUFFIXES}


def _oxigraph_quads(path: Path) -> Dataset:
    """Load ``path`` into Oxigraph, dump it as N-Quads and read those with rdflib."""
    ox = pytest.importorskip("pyoxigraph")
    formats = {
        ".ttl": ox.RdfFormat.TURTLE,
        ".trig": ox.RdfFormat.TRIG,
        ".nq": ox.RdfFormat.N_QUADS,
        ".jsonld": ox.RdfFormat.JSON_LD,
    }
    store = ox.Store()
    store.load(path=str(path), format=formats[path.suffix])
    back = Dataset()
    back.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return back


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_rdflib_and_oxigraph_read_the_same_triples(
    examples_ds: Dataset, written: dict[str, Path], suffix: str
) -> None:
    by_rdflib = load(written[suffix])
    by_oxigraph = _oxigraph_quads(written[suffix])
    expected = _triples(examples_ds)
    assert len(_triples(by_rdflib)) == len(_triples(by_oxigraph)) == len(expected)
    assert _triples(by_rdflib) == _triples(by_oxigraph) == expected
    if suffix != ".ttl":  # the others keep the named graphs
        assert _graphs(by_oxigraph) == _graphs(by_rdflib) == _graphs(examples_ds)


_WRITERS = (".ttl", ".trig", ".jsonld")  # our own writers (N-Quads is rdflib's, sorted)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30), st.sampled_from(["", "vi", "en"]))
def test_any_literal_survives_our_writers(text: str, lang: str) -> None:
    """Quotes, backslashes, line breaks, control characters, any script: read back the
    same by rdflib and by Oxigraph."""
    ox = pytest.importorskip("pyoxigraph")
    node = ID["test/node"]
    ds = Dataset()
    graph = ds.graph(ID["test/graph"])
    graph.add((node, SDO.name, Literal(text, lang=lang or None)))
    graph.add((node, PG.year, Literal(2021)))
    graph.add((node, PG.complete, Literal(False)))
    graph.add((node, SDO.url, Literal("https://example.invalid/a b", datatype=XSD.anyURI)))
    formats = {
        ".ttl": ox.RdfFormat.TURTLE,
        ".trig": ox.RdfFormat.TRIG,
        ".jsonld": ox.RdfFormat.JSON_LD,
    }
    for suffix in _WRITERS:
        data = dumps(ds, suffix)
        back = Dataset()
        back.parse(data=data, format=FORMATS[suffix])
        assert _triples(back) == _triples(ds), suffix
        store = ox.Store()
        store.load(data, format=formats[suffix])
        assert len(store) == 4, suffix


def test_a_dataset_read_from_turtle_writes_its_default_graph(tmp_path: Path) -> None:
    merged = load(serialize(_small(), tmp_path / "small.ttl"))
    assert not _graphs(merged) and len(merged.default_graph) > 100  # all in the default graph
    for suffix in (".trig", ".jsonld", ".nq"):
        back = Dataset()
        back.parse(data=dumps(merged, suffix), format=FORMATS[suffix])
        assert _triples(back) == _triples(merged), suffix


def test_jsonld_uses_the_published_context_and_round_trips(
    examples_ds: Dataset, written: dict[str, Path]
) -> None:
    data = json.loads(written[".jsonld"].read_text("utf-8"))
    assert data["@context"] == json.loads(ontology_text("context.jsonld"))["@context"]
    nodes = [n for g in data["@graph"] for n in g["@graph"]]
    # the short names are used: types, links and typed values
    article = next(n for n in nodes if "Article" in n.get("@type", []))
    assert "sourceName" in article and "mentions" in article
    citation = next(n for n in nodes if "Citation" in n.get("@type", []))
    assert {"source", "denotes", "selector", "relation"} <= citation.keys()
    assert "extractorVersion" in article and "contentHash" in article
    selector = next(n for n in nodes if "exact" in n)
    assert isinstance(selector["start"], str | int) and "oa:start" not in selector
    assert _graphs(load(written[".jsonld"])) == _graphs(examples_ds)
