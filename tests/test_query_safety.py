"""SPARQL safety: no updates, no SERVICE unless allowed (and no connection attempt), timeouts,
and a cap on the rows printed as a table."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from policygraph.errors import QueryError
from policygraph.query import format_result, run_query


@pytest.fixture()
def dataset() -> Dataset:
    data = Dataset()
    graph = data.graph(URIRef("https://example.org/g"))
    for i in range(30):
        graph.add(
            (URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(i))
        )
    return data


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <https://example.org/g>",
    ],
)
def test_updates_are_refused(dataset: Dataset, update: str) -> None:
    before = len(dataset)
    with pytest.raises(QueryError, match=r"updates .* are refused"):
        run_query(dataset, sparql=update)
    assert len(dataset) == before


def test_service_is_refused_without_a_connection_attempt(dataset: Dataset) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(1.0)  # the watcher gives up after a second
    port = listener.getsockname()[1]
    accepted: list[object] = []

    def watch() -> None:
        with contextlib.suppress(OSError):
            accepted.append(listener.accept())

    watcher = threading.Thread(target=watch)
    watcher.start()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    try:
        with pytest.raises(QueryError, match=r"SERVICE .* is refused"):
            run_query(dataset, sparql=query)
        nested = (
            "SELECT * WHERE { ?s ?p ?o OPTIONAL { "
            f"SERVICE SILENT <http://127.0.0.1:{port}/q> {{ ?s ?q ?r }} }} }}"
        )
        with pytest.raises(QueryError, match="SERVICE"):
            run_query(dataset, sparql=nested)
    finally:
        watcher.join()
        listener.close()
    assert accepted == []


def test_ordinary_queries_still_run(dataset: Dataset) -> None:
    result = run_query(dataset, sparql="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30)
    assert int(result.rows[0][0]) == 30  # type: ignore[arg-type]


def test_timeout_stops_a_slow_query() -> None:
    data = Dataset()
    graph = data.graph(URIRef("https://example.org/g"))
    for i in range(200):
        graph.add((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)))
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    with pytest.raises(QueryError, match=r"timed out after 0\.2 s"):
        run_query(data, sparql=slow, timeout=0.2)


def test_table_rows_are_capped(dataset: Dataset) -> None:
    result = run_query(dataset, sparql="SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")
    table = format_result(result, "table", max_rows=5)
    assert table.count("https://example.org/s") == 5
    assert "(25 more rows not shown" in table
    assert format_result(result, "csv", max_rows=5).count("https://example.org/s") == 30


@pytest.mark.parametrize("text", ["", "   \n", "# nothing but a comment\n"])
def test_an_empty_query_is_called_empty(dataset: Dataset, text: str) -> None:
    with pytest.raises(QueryError, match="the query is empty"):
        run_query(dataset, sparql=text)


@pytest.mark.parametrize("date", ["20210601", "2021-W22-2", "2021-6-1", "1/6/2021"])
def test_a_date_parameter_is_an_xsd_date(dataset: Dataset, date: str) -> None:
    # Python reads some of these as dates; SPARQL engines do not, and would disagree
    with pytest.raises(QueryError, match="use YYYY-MM-DD"):
        run_query(dataset, name="units-of", params={"unit": "2024-467", "date": date})



def test_timeout_stops_a_slow_query_on_a_store(tmp_path: Path) -> None:
    # the store's engine computes in native code, which no signal interrupts: the query runs
    # in a child process that is stopped; a quick query still answers the same
    from policygraph.api import build
    from policygraph.store import Store

    from .conftest import EXAMPLES

    build([EXAMPLES], store=tmp_path / "store")
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    with Store(tmp_path / "store") as store:
        with pytest.raises(QueryError, match=r"timed out after 0\.5 s"):
            run_query(store, sparql=slow, timeout=0.5)
        quick = run_query(store, name="documents", timeout=30)
        assert quick.rows == run_query(store, name="documents").rows


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_timeout_swallowed_by_a_finaliser_still_stops_the_block() -> None:
    # the first alarm goes off inside __del__, where Python ignores the exception; the block
    # must still be stopped
    import gc
    import time

    from policygraph.query import _deadline

    class Finalised:
        def __del__(self) -> None:
            time.sleep(0.3)

    with pytest.raises(QueryError, match="timed out"), _deadline(0.1, "query"):
        Finalised()
        gc.collect()
        for _ in range(100):
            time.sleep(0.01)
