"""Named and ad-hoc SPARQL queries over the hand-made dataset."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset

from policygraph.errors import QueryError
from policygraph.graph import build_graph
from policygraph.query import (
    QueryResult,
    _check,
    format_result,
    list_queries,
    query_text,
    run_query,
)
from tests._graph_data import extractions, gazetteer

PARAMS = {
    "units-of": {"unit": "2024-467", "date": "2021-06-01"},
    "mentions-of": {"name": "39-NQ/TW"},
}
REQUIRED_COLUMNS = {
    "documents": {"key", "type", "issuer", "date", "articles", "term", "title"},
    "places": {"name", "level", "parent"},
    "agencies": {"name", "place"},
    "citations": {"article", "key", "relation", "surface", "start", "end"},
    "conflicts": {"key", "issuer", "year", "term"},
    "units-of": {"name", "level"},
    "agency-places": {"agency", "place"},
    "most-cited": {"key", "articles"},
    "relations": {"relation", "citations"},
    "cited-together": {"key1", "key2", "articles"},
    "unit-changes": {"old", "successor", "date", "basis"},
    "articles": {"article", "title", "date"},
    "mentions-of": {"surface", "sentence"},
    "document-links": {"actor", "action", "target", "article", "surface", "sentence"},
}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_graph(extractions(), gazetteer())


def _column(result: QueryResult, name: str) -> list[str | None]:
    i = result.columns.index(name)
    return [None if row[i] is None else str(row[i]) for row in result.rows]


def test_every_named_query_is_listed_with_a_description() -> None:
    names = [name for name, _ in list_queries()]
    assert names == sorted(names)
    assert set(REQUIRED_COLUMNS) <= set(names)
    for name, description in list_queries():
        assert description and "\n" not in description
        assert query_text(name).startswith("# description:")


@pytest.mark.parametrize("name", [name for name, _ in list_queries()])
def test_every_named_query_passes_the_check_ad_hoc_sparql_gets(name: str) -> None:
    # run_query does not parse its own named queries again before running them: each must be
    # a read-only query without SERVICE, which is what the check of ad-hoc text enforces
    _check(query_text(name), f"query {name}", allow_service=False)


@pytest.mark.parametrize("name", sorted(REQUIRED_COLUMNS))
def test_every_named_query_runs_and_has_its_columns(dataset: Dataset, name: str) -> None:
    result = run_query(dataset, name=name, params=PARAMS.get(name))
    assert REQUIRED_COLUMNS[name] <= set(result.columns)
    # (the hand-made articles say no document acts on another: the rows of document-links
    # are tested on an article that does)
    assert len(result) > 0 or name == "document-links"
    for fmt in ("table", "csv", "tsv", "json", "markdown"):
        assert format_result(result, fmt).endswith("\n")


def test_documents_counts_articles(dataset: Dataset) -> None:
    result = run_query(dataset, name="documents")
    rows = {(r["key"], r["year"]): r for r in result.records()}
    assert rows[("18/2000/CT-TTg", "2000")]["articles"] == "2"
    assert rows[("18/2000/CT-TTg", "2000")]["issuer"] == "Thủ tướng Chính phủ"
    assert rows[("18/2000/CT-TTg", "2000")]["date"] == "2000-09-21"
    assert rows[("217-QĐ/TW", "2013")]["term"] == "XI"


def test_conflicts_lists_only_keys_with_several_nodes(dataset: Dataset) -> None:
    result = run_query(dataset, name="conflicts")
    assert _column(result, "key") == ["39-NQ/TW", "39-NQ/TW"]
    assert _column(result, "year") == ["2015", "2019"]


def test_citations_offsets_point_into_the_text(dataset: Dataset) -> None:
    texts = {e.source.name: e.source.text for e in extractions()}
    for row in run_query(dataset, name="citations").records():
        text = texts[str(row["article"])]
        assert text[int(str(row["start"])) : int(str(row["end"]))] == row["surface"]


@pytest.mark.parametrize(
    ("unit", "date", "expected"),
    [
        # before the 2020 merge Hải Phúc still existed
        ("2024-467", "2019-06-01", {"Ba Lòng", "Hải Phúc", "Krông Klang", "Triệu Nguyên"}),
        ("2024-467", "2021-06-01", {"Ba Lòng", "Krông Klang", "Triệu Nguyên"}),
        # the district level is gone after 2025-06-30
        ("2024-467", "2025-08-01", set()),
        ("2025-44", "2025-08-01", {"Ba Lòng"}),
        ("https://w3id.org/policygraph/id/unit/2025/44", "2025-08-01", {"Ba Lòng"}),
        # a unit with nothing under it
        ("2024-19570", "2021-06-01", set()),
    ],
)
def test_units_of_at_a_date(dataset: Dataset, unit: str, date: str, expected: set[str]) -> None:
    result = run_query(dataset, name="units-of", params={"unit": unit, "date": date})
    assert set(_column(result, "name")) == expected


def test_parameters_are_bound_not_spliced(dataset: Dataset) -> None:
    # a value that would break (or widen) the query if pasted into its text
    evil = '39-NQ/TW") || true || ("'
    assert len(run_query(dataset, name="mentions-of", params={"name": evil})) == 0
    sparql = "SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#id_local> ?key }"
    assert len(run_query(dataset, sparql=sparql, params={"key": "217-QĐ/TW"})) == 1
    assert len(run_query(dataset, sparql=sparql, params={"key": "} ?d ?p ?o {"})) == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"unit": "2024-467"}, "missing parameter date"),
        ({"unit": "2024-467", "date": "21/6/2021"}, "not a valid date"),
        ({"unit": "Đakrông", "date": "2021-06-01"}, "not a valid unit"),
        ({"unit": "2024-467", "date": "2021-06-01", "colour": "x"}, "unknown parameter 'colour'"),
    ],
)
def test_bad_parameters(dataset: Dataset, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(dataset, name="units-of", params=params)


@pytest.mark.parametrize(
    ("sparql", "line", "column"),
    [
        ("SELECT ?x WHERE { ?x ?y }", 1, 19),
        ("SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(\n}", 4, 3),
        ("SELEKT ?x WHERE { ?x ?y ?z }", 1, 1),
    ],
)
def test_invalid_sparql_names_the_position(
    dataset: Dataset, sparql: str, line: int, column: int
) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(dataset, sparql=sparql, label="mine.rq")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("query mine.rq: SPARQL syntax error")
    assert f"line {line}, column {column}" in message


def test_a_query_cut_short_is_said_to_end_there(dataset: Dataset) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(dataset, sparql="SELECT ?x WHERE {", label="-e")
    assert "line 1, column 18 at the end of the line" in str(caught.value)
    assert "'error'" not in str(caught.value)


def test_unknown_query_name(dataset: Dataset) -> None:
    with pytest.raises(QueryError, match="no query named 'document'"):
        run_query(dataset, name="document")
    with pytest.raises(QueryError, match="exactly one"):
        run_query(dataset)


def test_run_query_leaves_the_dataset_as_it_was(dataset: Dataset) -> None:
    assert dataset.default_union is False
    run_query(dataset, name="documents")
    assert dataset.default_union is False


def test_formats(dataset: Dataset) -> None:
    result = run_query(dataset, name="relations")
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == list(result.columns)
    assert ["based_on", "căn cứ", "1", "1", "1"] in rows
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].split("\t") == list(result.columns)
    payload = json.loads(format_result(result, "json"))
    assert payload["head"]["vars"] == list(result.columns)
    first = payload["results"]["bindings"][0]
    assert first["label"] == {"type": "literal", "value": "thực hiện", "xml:lang": "vi"}
    assert first["citations"]["datatype"].endswith("#integer")
    table = format_result(result, "table").splitlines()
    assert table[0].split() == list(result.columns) and table[-1] == "(3 rows)"
    markdown = format_result(result, "markdown").splitlines()
    assert markdown[0].startswith("| relation |") and markdown[1].startswith("|---|")
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(result, "xml")


def test_uri_cells_in_json_and_compact_in_table(dataset: Dataset) -> None:
    result = run_query(dataset, name="places")
    payload = json.loads(format_result(result, "json"))
    assert payload["results"]["bindings"][0]["place"]["type"] == "uri"
    assert "pgid:unit/2024/19570" in format_result(result, "table")


def test_ask_and_construct(dataset: Dataset) -> None:
    ask = run_query(dataset, sparql="ASK { ?a a <https://w3id.org/policygraph/ontology#Article> }")
    assert json.loads(format_result(ask, "json")) == {"head": {}, "boolean": True}
    graph = run_query(dataset, sparql="CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
    assert graph.columns == ("subject", "predicate", "object") and len(graph) == 3


def test_markdown_escapes_pipes() -> None:
    from rdflib import Literal

    result = QueryResult(("a",), ((Literal("x | y"),),))
    assert "x \\| y" in format_result(result, "markdown")


def test_table_cuts_long_cells_but_csv_keeps_them(dataset: Dataset) -> None:
    result = run_query(dataset, name="citations")
    sentences = [s for s in _column(result, "sentence") if s]
    longest = max(sentences, key=len)
    assert len(longest) > 60
    assert longest not in format_result(result, "table")
    assert longest in format_result(result, "csv")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("39-NQ/TW", "/document/"),  # a key: a plain literal
        ("Đakrông", "/unit/"),  # a place's name: a plain literal
        ("Ủy ban nhân dân huyện Đakrông", "/agency/"),  # an agency's label: tagged "vi"
    ],
)
def test_mentions_of_finds_keys_names_and_labels(dataset: Dataset, name: str, kind: str) -> None:
    # a label parameter is bound to the plain and the "vi"-tagged literal at once
    result = run_query(dataset, name="mentions-of", params={"name": name})
    entities = set(_column(result, "entity"))
    assert entities and all(kind in str(e) for e in entities)
    assert all(_column(result, "surface"))


def test_a_label_parameter_is_one_values_row_per_form() -> None:
    from rdflib import Literal

    from policygraph.query import OneOf, _with_values

    text = "SELECT ?e WHERE { ?e ?p ?name }"
    bound = _with_values(
        text, {"name": OneOf((Literal("Ba Lòng"), Literal("Ba Lòng", lang="vi")))}, "q"
    )
    assert 'VALUES (?name) { ("Ba Lòng") ("Ba Lòng"@vi) }' in bound


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a SELECT is not parsed: its WHERE group is its first, after comments and prefixes
        # (whose IRIs may end in "#")
        ("# a { }\nPREFIX x: <http://x.example/#>\nSELECT ?s WHERE { ?s x:p ?o }", "?s x:p"),
        ("ASK { ?s ?p ?o }", "?s ?p"),
        # a CONSTRUCT's template comes first and is left alone
        ("CONSTRUCT { ?s ?p 1 } WHERE { ?s ?p ?o }", "?s ?p ?o"),
    ],
)
def test_parameters_go_into_the_where_group(text: str, inside: str) -> None:
    from rdflib import Literal

    from policygraph.query import _with_values

    bound = _with_values(text, {"o": Literal(1)}, "q")
    values = bound.index("VALUES (?o)")
    assert bound.rindex("{", 0, values) < values < bound.index(inside)
    if "WHERE" in text:
        assert bound.index("WHERE") < values


@pytest.mark.parametrize("name", sorted(REQUIRED_COLUMNS))
def test_a_graph_without_entities_gives_no_made_up_rows(name: str) -> None:
    # an article that names nothing: every listing is empty (rdflib gives a grouped subquery
    # over nothing one row with nothing bound, which once made blank rows and joined the
    # whole relation vocabulary)
    from policygraph.extractor import extract
    from policygraph.ingest import read_text

    plain = extract(read_text("Tin thời tiết\n\nTrời nắng, người dân ra đồng.\n", "plain"))
    empty = build_graph([plain], gazetteer())
    rows = run_query(empty, name=name, params=PARAMS.get(name)).rows
    if name == "articles":
        assert [str(row[0]) for row in rows] == ["plain"]
    else:
        assert rows == ()


def test_most_cited_gives_a_joint_document_one_row() -> None:
    # a document passed by two bodies is one row, its issuers joined as in documents (the
    # examples cite 137-KL/TW of the Bộ Chính trị and the Ban Bí thư)
    from policygraph import api

    from .conftest import EXAMPLES

    examples = api.build_graph(api.extract_paths([EXAMPLES]))
    cited = run_query(examples, name="most-cited")
    listed = run_query(examples, name="documents")
    per_document = [str(row[-1]) for row in cited.rows]
    assert len(per_document) == len(set(per_document))
    joint = {r["document"]: r["issuer"] for r in listed.records() if ", " in (r["issuer"] or "")}
    assert joint, "the test data should hold a joint document"
    for record in cited.records():
        if record["document"] in joint:
            assert record["issuer"] == joint[record["document"]]


def test_document_links_name_both_documents_and_the_sentence() -> None:
    from policygraph.extractor import extract
    from policygraph.ingest import read_text

    text = "Thông tư số 02/2025/TT-BNV hướng dẫn Nghị định số 178/2024/NĐ-CP về chính sách."
    extraction = extract(read_text(text, "guide.txt", metadata={"date": "2025-05-01"}))
    result = run_query(build_graph([extraction], gazetteer()), name="document-links")
    rows = [dict(zip(result.columns, map(str, row), strict=True)) for row in result.rows]
    assert [(r["actor"], r["action"], r["target"], r["article"]) for r in rows] == [
        ("02/2025/TT-BNV", "guides", "178/2024/NĐ-CP", "guide.txt")
    ]
    assert "hướng dẫn" in rows[0]["sentence"]
