"""build_graph / serialize / load on hand-made extractions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.term import BNode

from policygraph.errors import InputError, OutputError
from policygraph.gazetteer import Gazetteer, Unit
from policygraph.graph import build_graph, dumps, load, serialize
from policygraph.models import Agency, DocumentRef, Extraction, Mention, SourceText
from policygraph.vocab import (
    ELI,
    OA,
    PG,
    RDF,
    REFERENCE_GRAPH,
    SDO,
    SKOS,
    article_iri,
    document_iri,
    extractor_version,
    slugify,
    unit_iri_from_id,
)
from tests._graph_data import TEXT_A, extraction_a, extraction_b, extractions, gazetteer, mention

A = article_iri("dakrong-2021.txt")
B = article_iri("quangtri-2020.txt")
SUFFIXES = (".ttl", ".trig", ".nq", ".jsonld")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_graph(extractions(), gazetteer())


def _names(ds: Dataset) -> set[URIRef]:
    return {g.identifier for g in ds.graphs() if len(g) and isinstance(g.identifier, URIRef)}


def test_one_named_graph_per_article_plus_reference(dataset: Dataset) -> None:
    assert _names(dataset) == {A, B, REFERENCE_GRAPH}
    assert (A, RDF.type, PG.Article) in dataset.graph(A)
    assert (B, RDF.type, PG.Article) in dataset.graph(B)
    # an article's facts stay in its own graph
    doc217 = document_iri("217-QĐ/TW", issuer="Bộ Chính trị", year=2013, term="XI")
    assert (doc217, ELI.id_local, Literal("217-QĐ/TW")) in dataset.graph(A)
    assert (doc217, None, None) not in dataset.graph(B)


def test_article_metadata(dataset: Dataset) -> None:
    g = dataset.graph(A)
    assert (A, RDF.type, SDO.NewsArticle) in g
    assert str(g.value(A, SDO.publisher)) == "Báo Quảng Trị"
    assert g.value(A, SDO.datePublished).datatype.endswith("dateTime")  # type: ignore[union-attr]
    assert str(g.value(A, SDO.url)).startswith("https://example.invalid/")


def test_every_mention_has_quote_offsets_and_version(dataset: Dataset) -> None:
    for extraction in extractions():
        graph = dataset.graph(article_iri(extraction.source.name))
        text = extraction.source.text
        spans = {
            (
                int(graph.value(sel, OA.start)),
                int(graph.value(sel, OA.end)),  # type: ignore[arg-type]
                str(graph.value(sel, OA.exact)),
            )
            for m in graph.subjects(RDF.type, PG.Mention)
            for sel in graph.objects(m, OA.hasSelector)
        }
        expected = {
            (m.start, m.end, m.surface)
            for items in (extraction.documents, extraction.places, extraction.organizations)
            for item in items
            for m in item.mentions
        }
        assert spans == expected
        assert all(text[s:e] == q for s, e, q in spans)
        article = article_iri(extraction.source.name)
        # the extractor version is the article's: one version made the whole graph
        assert graph.value(article, PG.extractorVersion) == Literal(extractor_version())
        for m in graph.subjects(RDF.type, PG.Mention):
            assert graph.value(m, OA.hasSource) == article


def test_citations_carry_relation(dataset: Dataset) -> None:
    g = dataset.graph(A)
    relations = sorted(
        str(dataset.graph(REFERENCE_GRAPH).value(g.value(c, PG.relation), _notation()))
        for c in g.subjects(RDF.type, PG.Citation)
    )
    assert relations == ["based_on", "cites", "implements", "implements", "implements"]


def _notation() -> URIRef:
    return SKOS.notation


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # Party numbers restart each term: same key, different year/term → different node
        (
            ("39-NQ/TW", "Bộ Chính trị", 2015, "XI"),
            ("39-NQ/TW", "Bộ Chính trị", 2019, "XII"),
            False,
        ),
        # administrative numbers restart each year
        (
            ("123/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", 2019, None),
            ("123/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", 2020, None),
            False,
        ),
        # sources disagree on the issuer of 217-QĐ/TW: kept apart, the conflicts query shows them
        (
            ("217-QĐ/TW", "Bộ Chính trị", 2013, "XI"),
            ("217-QĐ/TW", "Ban Chấp hành Trung ương", 2013, "XI"),
            False,
        ),
        # year known in one, only term in the other: apart (resolution is the resolver's job)
        (
            ("05-CT/TW", "Bộ Chính trị", 2016, "XII"),
            ("05-CT/TW", "Bộ Chính trị", None, "XII"),
            False,
        ),
        # separators matter: state style on a Party number is another key
        (
            ("217-QĐ/TW", "Bộ Chính trị", 2013, None),
            ("217/QĐ-TW", "Bộ Chính trị", 2013, None),
            False,
        ),
        # term is ignored when the year is known; the same reference → the same node
        (
            ("18/2000/CT-TTg", "Thủ tướng Chính phủ", 2000, None),
            ("18/2000/CT-TTg", "Thủ tướng Chính phủ", 2000, None),
            True,
        ),
        (
            ("217-QĐ/TW", "Bộ Chính trị", 2013, "XI"),
            ("217-QĐ/TW", "Bộ Chính trị", 2013, None),
            True,
        ),
    ],
)
def test_document_identity(
    first: tuple[str, str, int | None, str | None],
    second: tuple[str, str, int | None, str | None],
    same: bool,
) -> None:
    def iri(t: tuple[str, str, int | None, str | None]) -> URIRef:
        return document_iri(t[0], issuer=t[1], year=t[2], term=t[3])

    assert (iri(first) == iri(second)) is same


def test_conflicting_references_stay_apart(dataset: Dataset) -> None:
    nodes = {s for s, _, _, _ in dataset.quads((None, ELI.id_local, Literal("39-NQ/TW"), None))}
    assert len(nodes) == 2
    assert {str(n).rsplit("/", 1)[1] for n in nodes} == {"2015", "2019"}


def test_reference_graph_holds_relevant_units_only() -> None:
    units = [*gazetteer(), Unit("2024-46", "46", "2024", "Thừa Thiên Huế", "tỉnh", 1)]
    ds = build_graph(extractions(), Gazetteer(units))
    ref = ds.graph(REFERENCE_GRAPH)
    described = {str(u) for u in ref.subjects(RDF.type, PG.AdministrativeUnit)}
    expected = {
        "2024-45",
        "2024-467",
        "2024-464",
        "2024-19570",
        "2024-19567",
        "2024-19555",
        "2024-19573",
        "2025-44",
        "2025-19567",
    }
    assert described == {str(unit_iri_from_id(u)) for u in expected}
    assert (unit_iri_from_id("2024-19570"), PG.successor, unit_iri_from_id("2025-19567")) in ref
    assert (
        unit_iri_from_id("2024-19570"),
        SDO.containedInPlace,
        unit_iri_from_id("2024-467"),
    ) in ref
    # vintage 2024 units are valid until the 2025 reform unless the data says otherwise
    assert str(ref.value(unit_iri_from_id("2024-467"), PG.validUntil)) == "2025-06-30"
    assert str(ref.value(unit_iri_from_id("2024-19573"), PG.validUntil)) == "2020-01-31"


def test_without_gazetteer_the_article_graph_still_describes_places() -> None:
    ds = build_graph(extractions())
    a = ds.graph(A)
    hai_phuc = unit_iri_from_id("2024-19573")
    assert (hai_phuc, PG.mergedInto, unit_iri_from_id("2024-19570")) in a
    assert (hai_phuc, SDO.containedInPlace, unit_iri_from_id("2024-467")) in a
    assert not list(ds.graph(REFERENCE_GRAPH).subjects(RDF.type, PG.AdministrativeUnit))


def test_no_blank_nodes(dataset: Dataset) -> None:
    for s, _, o, _ in dataset.quads((None, None, None, None)):
        assert not isinstance(s, BNode) and not isinstance(o, BNode)


EXPECTED_SMALL = """
@prefix pg: <https://w3id.org/policygraph/ontology#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/policygraph/id/article/tin-ngan> a pg:Article, schema:NewsArticle, prov:Entity ;
    pg:sourceName "tin-ngan" ; dcterms:language "vi" ;
    pg:contentHash "HASH" ; pg:extractorVersion "VERSION" ;
    schema:mentions
        <https://w3id.org/policygraph/id/document/thu-tuong-chinh-phu/18_2000_ct-ttg/2000> .

<https://w3id.org/policygraph/id/document/thu-tuong-chinh-phu/18_2000_ct-ttg/2000>
    a pg:PolicyDocument, pg:StateDocument, eli:LegalResource, schema:Legislation ;
    rdfs:label "Chỉ thị 18/2000/CT-TTg"@vi ;
    eli:id_local "18/2000/CT-TTg" ;
    eli:type_document <https://w3id.org/policygraph/id/concept/document-type/chi-thi> ;
    eli:passed_by <https://w3id.org/policygraph/id/agency/thu-tuong-chinh-phu> ;
    eli:date_document "2000-09-21"^^xsd:date ;
    pg:year 2000 ;
    pg:complete true .

<https://w3id.org/policygraph/id/agency/thu-tuong-chinh-phu>
    a pg:Agency, org:Organization, schema:GovernmentOrganization ;
    skos:prefLabel "Thủ tướng Chính phủ"@vi ; rdfs:label "Thủ tướng Chính phủ"@vi .

<https://w3id.org/policygraph/id/article/tin-ngan/mention/7-21>
    a pg:Mention, pg:Citation, oa:SpecificResource ;
    oa:hasSource <https://w3id.org/policygraph/id/article/tin-ngan> ;
    pg:denotes <https://w3id.org/policygraph/id/document/thu-tuong-chinh-phu/18_2000_ct-ttg/2000> ;
    pg:relation <https://w3id.org/policygraph/id/concept/relation/based-on> ;
    oa:hasSelector <https://w3id.org/policygraph/id/article/tin-ngan/mention/7-21/selector> .

<https://w3id.org/policygraph/id/article/tin-ngan/mention/7-21/selector>
    a oa:TextPositionSelector, oa:TextQuoteSelector ;
    oa:start 7 ; oa:end 21 ; oa:exact "18/2000/CT-TTg" .
"""


def test_small_article_graph_is_isomorphic_to_expected() -> None:
    text = "Căn cứ 18/2000/CT-TTg, huyện triển khai."
    doc = DocumentRef(
        key="18/2000/CT-TTg",
        type="Chỉ thị",
        number=None,
        issuer="Thủ tướng Chính phủ",
        date="2000-09-21",
        year=2000,
        relation="based_on",
        mentions=(_bare_mention(text, "18/2000/CT-TTg", "based_on"),),
    )
    source = SourceText(name="tin-ngan", text=text)
    ds = build_graph([Extraction(source=source, documents=(doc,))])
    got = ds.graph(article_iri("tin-ngan"))
    expected_text = EXPECTED_SMALL.replace("VERSION", extractor_version())
    expected = Graph().parse(
        data=expected_text.replace("HASH", source.content_hash()), format="turtle"
    )
    assert isomorphic(to_isomorphic(got), to_isomorphic(expected))


def _bare_mention(text: str, surface: str, relation: str) -> Mention:
    start = text.index(surface)
    return Mention(start=start, end=start + len(surface), surface=surface, relation=relation)


def test_same_span_two_entities_get_two_mention_nodes() -> None:
    text = "UBND các xã A Ngo, A Bung chỉ đạo."
    span = Mention(0, 25, text[:25])
    orgs = (
        Agency(name="Ủy ban nhân dân xã A Ngo", mentions=(span,)),
        Agency(name="Ủy ban nhân dân xã A Bung", mentions=(span,)),
    )
    ds = build_graph([Extraction(source=SourceText(name="ds", text=text), organizations=orgs)])
    mentions = sorted(str(m) for m in ds.graph(article_iri("ds")).subjects(RDF.type, PG.Mention))
    assert [m.rsplit("/", 1)[1] for m in mentions] == ["0-25", "0-25-2"]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_serialisation_is_byte_identical_and_round_trips(
    dataset: Dataset, tmp_path: Path, suffix: str
) -> None:
    first = serialize(dataset, tmp_path / f"one{suffix}").read_bytes()
    again = build_graph(extractions(), gazetteer())  # a fresh build, same input
    second = serialize(again, tmp_path / f"two{suffix}").read_bytes()
    assert first == second
    loaded = load(tmp_path / f"one{suffix}")
    assert len(loaded) == len(dataset)
    if suffix != ".ttl":  # .ttl merges the graphs
        assert _names(loaded) == _names(dataset)
        assert dumps(loaded, suffix) == first
    assert not list(tmp_path.glob(".*.tmp"))


def test_ttl_is_one_merged_graph(dataset: Dataset, tmp_path: Path) -> None:
    text = serialize(dataset, tmp_path / "all.ttl").read_text("utf-8")
    assert "{" not in text  # no TriG graph blocks
    g = Graph().parse(data=text, format="turtle")
    assert len(g) == len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})


def test_input_order_does_not_change_output(dataset: Dataset) -> None:
    reordered = build_graph([extraction_b(), extraction_a()], gazetteer())
    assert dumps(reordered, ".trig") == dumps(dataset, ".trig")


def test_bad_paths_raise_one_line_errors(dataset: Dataset, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="use one of"):
        serialize(dataset, tmp_path / "x.rdfxml")
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> .", "utf-8")
    with pytest.raises(InputError, match=r"broken\.trig"):
        load(broken)
    with pytest.raises(InputError, match="no-such"):
        load(tmp_path / "no-such.nq")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '@prefix x: <http://a/> .\nx:b x:c x:d .\nx:e x:f "no end .\n',
            "line 3: newline found in string literal",
        ),
        ("@prefix x: <http://a/> .\nx:b x:c x:d .\nx:e x:f .\n", "line 3: objectList expected"),
        ("@prefix x: <http://a/> .\nx:b x:c x:d .\nx:e x:f", "the text ends inside a statement"),
    ],
)
def test_a_broken_graph_file_says_where_and_why(tmp_path: Path, text: str, reason: str) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        load(broken)
    assert str(caught.value) == f"{broken}: not valid turtle: {reason}"


def test_article_text_a_offsets_are_real() -> None:
    m = mention(TEXT_A, "Chỉ thị 05")
    assert TEXT_A[m.start : m.end] == "Chỉ thị 05"


@given(st.text(min_size=0, max_size=40))
def test_slugify_is_ascii_and_stable(text: str) -> None:
    slug = slugify(text, keep_slash=True)
    assert slug == slugify(text, keep_slash=True)
    assert slug and all(c.isascii() and (c.isalnum() or c in "-_") for c in slug)
    assert len(slug) <= 80


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đakrông", "dakrong"),
        ("Hướng Hoá", "huong-hoa"),
        ("Ủy ban nhân dân", "uy-ban-nhan-dan"),
        ("217-QĐ/TW", "217-qd-tw"),
        ("30a", "30a"),
        ("", None),
    ],
)
def test_slugify_vietnamese(text: str, slug: str | None) -> None:
    got = slugify(text)
    if slug is None:
        assert got.startswith("x")
    else:
        assert got == slug


@given(st.integers(min_value=1945, max_value=2100), st.integers(min_value=1945, max_value=2100))
def test_document_years_separate_iris(y1: int, y2: int) -> None:
    a = document_iri("01/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Trị", year=y1, term=None)
    b = document_iri("01/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Quảng Trị", year=y2, term=None)
    assert (a == b) == (y1 == y2)


def test_shacl_validation_conforms(dataset: Dataset) -> None:
    pytest.importorskip("pyshacl")
    from policygraph.validation import validate

    report = validate(dataset)
    assert report.conforms, report.text
    broken = build_graph(extractions(), gazetteer())
    graph = broken.graph(A)
    for selector in list(graph.subjects(RDF.type, OA.TextPositionSelector))[:1]:
        graph.remove((selector, OA.exact, None))
    bad = validate(broken)
    assert not bad.conforms and bad.violations >= 1


def test_multiline_literals_survive_every_format(tmp_path: Path) -> None:
    text = "Dòng một.\nCăn cứ Chỉ thị 18/2000/CT-TTg.\n  Dòng ba."
    surface = "Chỉ thị 18/2000/CT-TTg"
    start = text.index(surface)
    doc = DocumentRef(
        key="18/2000/CT-TTg",
        type="Chỉ thị",
        year=2000,
        relation="based_on",
        mentions=(Mention(start, start + len(surface), surface, "based_on", text),),
    )
    ds = build_graph(
        [Extraction(source=SourceText(name="nhieu-dong", text=text), documents=(doc,))]
    )
    for suffix in SUFFIXES:
        back = load(serialize(ds, tmp_path / f"m{suffix}"))
        sentences = {str(o) for _, _, o, _ in back.quads((None, PG.sentence, None, None))}
        assert sentences == {text}, suffix


_DUMP_SCRIPT = """
import dataclasses, hashlib, sys
from tests._graph_data import extraction_a, extraction_b, gazetteer
from policygraph.graph import build_graph, dumps
items = []
for i in range(16):
    base = extraction_a() if i % 2 == 0 else extraction_b()
    source = dataclasses.replace(base.source, name=f"bai-{i:02d}.txt", url=None)
    items.append(dataclasses.replace(base, source=source))
ds = build_graph(items, gazetteer())
print(" ".join(hashlib.sha1(dumps(ds, s)).hexdigest() for s in (".ttl", ".trig", ".nq", ".jsonld")))
"""


def test_output_does_not_depend_on_hash_seed() -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    outputs = set()
    for seed in ("1", "2"):
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)]),
        }
        done = subprocess.run(
            [sys.executable, "-c", _DUMP_SCRIPT],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="aăâđêôơưàảãạ ĐQ-/0123456789\n", min_size=2, max_size=60))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(
                lambda se: se[0] < se[1]
            ),
            min_size=1,
            max_size=5,
        )
    )
    return text, spans


@given(_text_and_spans())
def test_selectors_reproduce_the_text(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    mentions = tuple(Mention(s, e, text[s:e], "cites") for s, e in spans)
    doc = DocumentRef(key="01-CT/TU", type="Chỉ thị", year=2020, mentions=mentions)
    ds = build_graph([Extraction(source=SourceText(name="p", text=text), documents=(doc,))])
    g = ds.graph(article_iri("p"))
    found = {
        (int(g.value(sel, OA.start)), int(g.value(sel, OA.end)), str(g.value(sel, OA.exact)))  # type: ignore[arg-type]
        for sel in g.subjects(RDF.type, OA.TextPositionSelector)
    }
    assert found == {(s, e, text[s:e]) for s, e in spans}


def test_written_files_get_ordinary_permissions(dataset: Dataset, tmp_path: Path) -> None:
    import os

    mask = os.umask(0)
    os.umask(mask)
    path = serialize(dataset, tmp_path / "perm.nq")
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_what_one_cited_document_does_to_another_is_linked_with_its_span() -> None:
    from policygraph.extractor import extract
    from policygraph.ingest import read_text
    from policygraph.vocab import DCTERMS

    text = (
        "Chính phủ ban hành Nghị định số 61/2025/NĐ-CP sửa đổi Nghị định số 99/2021/NĐ-CP;"
        " Quyết định số 30/2024/QĐ-UBND thay thế Quyết định số 12/2016/QĐ-UBND."
    )
    extraction = extract(read_text(text, "links.txt", metadata={"date": "2025-05-01"}))
    ds = build_graph([extraction], gazetteer())
    g = ds.graph(article_iri("links.txt"))
    nodes = {str(g.value(d, ELI.id_local)): d for d in g.subjects(RDF.type, ELI.LegalResource)}
    assert (nodes["61/2025/NĐ-CP"], ELI.amends, nodes["99/2021/NĐ-CP"]) in g
    assert (nodes["30/2024/QĐ-UBND"], DCTERMS.replaces, nodes["12/2016/QĐ-UBND"]) in g
    # the citation of the one acted on says which document acts on it, and how
    (cited,) = g.subjects(PG.denotes, nodes["99/2021/NĐ-CP"])
    assert g.value(cited, PG.actor) == nodes["61/2025/NĐ-CP"]
    action = ds.graph(REFERENCE_GRAPH).value(g.value(cited, PG.action), SKOS.notation)
    assert str(action) == "amends"
    # the article itself only cites both
    relations = {
        str(ds.graph(REFERENCE_GRAPH).value(g.value(c, PG.relation), SKOS.notation))
        for c in g.subjects(RDF.type, PG.Citation)
    }
    assert relations == {"cites"}


def test_a_joint_document_is_passed_by_each_of_its_issuers() -> None:
    from policygraph import api
    from policygraph.vocab import agency_iri

    text = (
        "Thông tư liên tịch số 05/2015/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ; Công văn số"
        " 12/BVHTTDL-KHTC của Bộ Văn hóa, Thể thao và Du lịch; Thông tư số 20/2020/TT-BLĐTBXH"
        " của Bộ Lao động - Thương binh và Xã hội."
    )
    ds = api.build_graph([api.extract(SourceText(name="joint.txt", text=text))])
    passed: dict[str, set[str]] = {}
    for doc, _, issuer, _ in ds.quads((None, ELI.passed_by, None, None)):
        passed.setdefault(str(doc), set()).add(str(issuer))
    by_issuers = sorted(sorted(objects) for objects in passed.values())
    assert by_issuers == sorted(
        [
            sorted([str(agency_iri("Bộ Tài chính")), str(agency_iri("Bộ Nội vụ"))]),
            [str(agency_iri("Bộ Văn hóa, Thể thao và Du lịch"))],
            [str(agency_iri("Bộ Lao động - Thương binh và Xã hội"))],
        ]
    )
