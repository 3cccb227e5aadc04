"""A client for a remote SPARQL server: push article graphs, read them back, query them.

Writes use the SPARQL 1.1 Graph Store Protocol (``PUT``/``DELETE`` on ``store?graph=IRI``),
which replaces one named graph in one request whatever its size; queries use the SPARQL 1.1
Protocol (``POST`` of a URL-encoded ``query=`` form). Only the standard library's ``urllib``
talks to the server. Set-up of Oxigraph and Virtuoso servers: ``docs/ENDPOINTS.md``.

A query goes through the same safety checks as a local one before anything is sent:
updates (INSERT, DELETE, LOAD, CLEAR, …) are refused, and so is ``SERVICE`` unless
``allow_service`` is set. Results come back as the same :class:`~policygraph.query.QueryResult`
(rows of rdflib terms) that :func:`~policygraph.query.run_query` gives for a local dataset.

Queries run over the server's *default graph*: it must be the union of the named graphs
(Oxigraph: start it with ``--union-default-graph``; Virtuoso: the default without ``FROM``).
:meth:`Endpoint.default_graph_is_union` checks that.

Every failure is a one-line :class:`~policygraph.errors.PolicyGraphError` naming the service
URL and the HTTP status or connection problem: :class:`~policygraph.errors.OutputError` for
writes, :class:`~policygraph.errors.QueryError` for reads and queries.
"""

from __future__ import annotations

import html
import http.client
import io
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from email.message import Message
from typing import Any

from pyparsing import ParseBaseException
from rdflib import Graph, Literal
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.query import Result
from rdflib.term import Node

from .errors import OutputError, PolicyGraphError, QueryError, UsageError
from .query import Binding, QueryResult, _check, _collect, _one_line, _term, _with_values
from .vocab import PG, XSD

__all__ = ["Endpoint"]

_AUTH = ("basic", "digest")
_RETRY_STATUS = frozenset({502, 503, 504})
_BACKOFF = (0.5, 1.5)  # seconds before the first and second retry
_DETAIL = 200  # characters of a server's error body kept in a message

_SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.5"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
}
_GRAPH_FORMATS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/n-quads": "nquads",
}

# not "GRAPH ?g {}": Virtuoso 7.2 never answers that
_GRAPH_NAMES = "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {within} }}"
_CONTENT_HASHES = f"""SELECT ?g ?h ?v WHERE {{
  GRAPH ?g {{ ?g <{PG.contentHash}> ?h ; <{PG.extractorVersion}> ?v }}
}}"""
_TRIPLES = """SELECT (COUNT(*) AS ?n)
WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {within} }} }}"""
_PROBE_GRAPH = "urn:x-policygraph:auth-probe"  # a HEAD on it only fetches a digest challenge
_ONE_QUAD = """SELECT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o FILTER (!isBlank(?s) && !isBlank(?o)) }
} LIMIT 1"""


class _Failure(Exception):
    """A request that failed; ``message`` is the one-line description."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.message = message
        self.transient = transient


class Endpoint:
    """A SPARQL 1.1 server reached over HTTP.

    ``url`` is the server's base (``http://127.0.0.1:7878`` for Oxigraph); the query,
    update and Graph Store service URLs default to Oxigraph's layout (``url + "/query"``,
    ``"/update"``, ``"/store"``) and can be given for other servers (Virtuoso: ``/sparql``,
    ``/sparql``, ``/sparql-graph-crud-auth`` with ``auth="digest"``). ``user`` and
    ``password`` are sent with HTTP ``basic`` (pre-emptively) or ``digest`` auth.
    ``timeout`` (seconds) bounds each wait for the server.
    """

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        timeout: float = 60.0,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
    ) -> None:
        if auth not in _AUTH:
            raise UsageError(f"unknown auth scheme {auth!r}: use one of {', '.join(_AUTH)}")
        if not re.match(r"^https?://[^/?#\s]+", url, flags=re.IGNORECASE):
            raise UsageError(f"{url}: an endpoint URL must start with http:// or https://")
        base = url.rstrip("/")
        self.url = base
        self.query_url = query_url or base + "/query"
        self.update_url = update_url or base + "/update"
        self.store_url = store_url or base + "/store"
        self.timeout = timeout
        self._digest: _DigestHandler | None = None
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            uris = [base, self.query_url, self.update_url, self.store_url]
            if auth == "basic":
                prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
                prior.add_password(None, uris, user, password or "", is_authenticated=True)
                handlers.append(urllib.request.HTTPBasicAuthHandler(prior))
            else:
                if not (user + (password or "")).isascii():
                    # urllib's digest handler hashes ASCII only (and servers disagree on
                    # the encoding of anything else)
                    raise UsageError("digest auth needs an ASCII user name and password")
                manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                manager.add_password(None, uris, user, password or "")
                self._digest = _DigestHandler(manager)
                handlers.append(self._digest)
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"

    # ------------------------------------------------------------------ graph store

    def put_graph(
        self, name: str, data: bytes, content_type: str = "application/n-triples"
    ) -> None:
        """Replace the named graph ``name`` with ``data`` (Graph Store Protocol ``PUT``)."""
        url = self._graph_url(name)
        self._send("PUT", url, data, {"Content-Type": content_type}, OutputError, f"graph <{name}>")

    def delete_graph(self, name: str) -> None:
        """Drop the named graph ``name``; a graph the server does not have is not an error."""
        url = self._graph_url(name)
        self._send("DELETE", url, None, {}, OutputError, f"graph <{name}>", missing_ok=True)

    def _graph_url(self, name: str) -> str:
        if not re.match(r"^[a-z][a-z0-9+.-]*:\S+$", name, flags=re.IGNORECASE):
            raise UsageError(f"graph name {name!r} is not an absolute IRI")
        joiner = "&" if "?" in self.store_url else "?"
        return f"{self.store_url}{joiner}graph={urllib.parse.quote(name, safe='')}"

    # ------------------------------------------------------------------ reading

    def graph_names(self, *, under: str | None = None) -> list[str]:
        """The names of the server's non-empty named graphs, sorted; with ``under``, only
        those whose name starts with it (Virtuoso also lists its own system graphs)."""
        result = self._select(_within(_GRAPH_NAMES, under))
        return sorted({str(row[0]) for row in result.rows if row[0] is not None})

    def content_hashes(self) -> dict[str, tuple[str, str]]:
        """Each article graph's name → its ``(pg:contentHash, pg:extractorVersion)``.

        An article graph states both about the article, whose IRI is the graph's name; graphs
        without them (the reference graph, other data) are left out.
        """
        found: dict[str, tuple[str, str]] = {}
        for graph, digest, version in sorted(
            (str(g), str(h), str(v)) for g, h, v in self._select(_CONTENT_HASHES).rows
        ):
            found.setdefault(graph, (digest, version))
        return found

    def triples(self, *, under: str | None = None) -> int:
        """How many distinct triples the named graphs hold together (like ``len(dataset)``);
        with ``under``, only graphs whose name starts with it count."""
        rows = self._select(_within(_TRIPLES, under)).rows
        value = rows[0][0] if rows else None
        if not isinstance(value, Literal):
            raise QueryError(f"{self.query_url}: the server did not return a triple count")
        return int(value.toPython())

    def default_graph_is_union(self) -> bool:
        """Whether queries without ``GRAPH`` see the named graphs' triples (true when the
        server has no named graph, as nothing can be missed)."""
        rows = self._select(_ONE_QUAD).rows
        if not rows:
            return True
        terms = [_term(v, "query") for v in rows[0]]
        answer = self._select("ASK { " + " ".join(terms) + " }").rows
        return bool(answer and isinstance(answer[0][0], Literal) and answer[0][0].toPython())

    def _select(self, text: str) -> QueryResult:
        return self._run(text, "query", allow_service=False, timeout=None)

    # ------------------------------------------------------------------ queries

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        timeout: float | None = None,
        allow_service: bool = False,
        label: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL query on the server; rows as :func:`~policygraph.query.run_query`
        gives them.

        ``bindings`` give variables a value (an IRI or literal) as ``initBindings`` does
        locally: they go into a ``VALUES`` block at the start of the outermost ``WHERE``
        group, each term written by rdflib (``.n3()``), never spliced as raw text. (Unlike
        local pre-binding, a sub-``SELECT`` does not see them.) The query is checked first:
        updates are refused, ``SERVICE`` too unless ``allow_service``; nothing is sent then.
        ``timeout`` (seconds) replaces the endpoint's for this query; ``label`` names the
        query in error messages.
        """
        where = f"query {label}" if label else "query"
        _check(text, where, allow_service=allow_service)
        if bindings:
            text = _with_values(text, bindings, where)
            _check(text, where, allow_service=allow_service)
        return self._run(text, where, allow_service=allow_service, timeout=timeout)

    def _run(
        self, text: str, where: str, *, allow_service: bool, timeout: float | None
    ) -> QueryResult:
        try:
            tree = parseQuery(text)
        except ParseBaseException:  # _check has reported syntax errors already
            raise QueryError(f"{where}: SPARQL syntax error") from None
        form = tree[1].name
        graph_form = form in ("ConstructQuery", "DescribeQuery")
        # a URL-encoded form, not a bare application/sparql-query body: both are SPARQL 1.1
        # Protocol, but Virtuoso 7.2 never answers the latter
        asked = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": _GRAPH_ACCEPT if graph_form else _SELECT_ACCEPT,
        }
        body, headers = self._send(
            "POST",
            self.query_url,
            urllib.parse.urlencode({"query": text}).encode("ascii"),
            asked,
            QueryError,
            where,
            timeout=timeout,
        )
        cap = headers.get("X-SPARQL-MaxRows")
        if cap:  # Virtuoso's sign that it cut the result short
            raise QueryError(
                f"{self.query_url}: the server cut the result at {cap} rows"
                " (raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        mime = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if graph_form:
                graph = Graph()
                graph.parse(data=body, format=_GRAPH_FORMATS.get(mime, "nt"))
                plain = Graph()
                for subject, predicate, obj in graph:
                    if isinstance(obj, Literal) and obj.datatype == XSD.string:
                        obj = Literal(str(obj))
                    plain.add((subject, predicate, obj))
                result = Result("CONSTRUCT")
                result.graph = plain
                return _collect(result)
            parsed = Result.parse(io.BytesIO(body), format=_RESULT_FORMATS.get(mime, "json"))
        except Exception as err:  # parsers raise many unrelated types
            raise QueryError(
                f"{self.query_url}: cannot read the server's answer ({mime or 'no type'}):"
                f" {_one_line(str(err))[:_DETAIL]}"
            ) from None
        collected = _collect(parsed)
        if collected.kind == "select":
            rows = tuple(tuple(_plain(v) for v in row) for row in collected.rows)
            collected = _reorder(QueryResult(collected.columns, rows), _projection(tree))
        return collected

    # ------------------------------------------------------------------ HTTP

    def _send(
        self,
        method: str,
        url: str,
        data: bytes | None,
        headers: dict[str, str],
        error: type[PolicyGraphError],
        what: str,
        *,
        missing_ok: bool = False,
        timeout: float | None = None,
    ) -> tuple[bytes, Message]:
        """Send a request (retrying a dropped connection or 502/503/504 twice, with backoff);
        return the body and headers of the answer."""
        service = url.split("?", 1)[0]
        for attempt in range(len(_BACKOFF) + 1):
            if data and self._digest is not None and self._digest.challenge is None:
                self._probe(error, timeout)
            request = urllib.request.Request(url, data=data, headers=headers, method=method)
            try:
                with self._opener.open(request, timeout=timeout or self.timeout) as response:
                    return response.read(), response.headers
            except urllib.error.HTTPError as err:
                if missing_ok and err.code == 404:
                    return b"", err.headers
                failure = _Failure(
                    f"{service}: HTTP {err.code} {err.reason}{_detail(err, what)}",
                    transient=err.code in _RETRY_STATUS,
                )
            except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
                failure = _connection_failure(service, err, timeout or self.timeout)
            if not failure.transient or attempt == len(_BACKOFF):
                raise error(failure.message)
            if self._digest is not None:
                self._digest.challenge = None  # perhaps a stale nonce: ask for a new one
            time.sleep(_BACKOFF[attempt])
        raise AssertionError("unreachable")  # pragma: no cover

    def _probe(self, error: type[PolicyGraphError], timeout: float | None) -> None:
        """Get a digest challenge with a bodiless ``HEAD``, so that a request with a body
        is authenticated up front: a server that answers 401 before reading a large body
        resets the connection (Virtuoso does)."""
        assert self._digest is not None
        url = self._graph_url(_PROBE_GRAPH)
        request = urllib.request.Request(url, method="HEAD")
        try:
            with self._opener.open(request, timeout=timeout or self.timeout):
                pass
        except urllib.error.HTTPError as err:
            if err.code == 401:
                raise error(f"{self.store_url}: HTTP 401 {err.reason}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise error(_connection_failure(self.store_url, err, self.timeout).message) from None
        if self._digest.challenge is None:  # the server did not ask: no need to ask again
            self._digest.challenge = {}


class _DigestHandler(urllib.request.HTTPDigestAuthHandler):
    """Digest auth that remembers the server's last challenge and answers it up front on
    later requests (urllib on its own sends every body once unauthenticated first)."""

    def __init__(self, manager: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(manager)
        self.challenge: dict[str, str] | None = None

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.challenge and req.get_header("Authorization") is None:
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header("Authorization", f"Digest {answer}")
        return req

    https_request = http_request

    def retry_http_digest_auth(self, req: urllib.request.Request, auth: str) -> Any:
        _, challenge = auth.split(" ", 1)
        items = urllib.request.parse_http_list(challenge)
        self.challenge = urllib.request.parse_keqv_list([i for i in items if i])
        return super().retry_http_digest_auth(req, auth)


def _detail(err: urllib.error.HTTPError, what: str) -> str:
    try:
        text = err.read().decode("utf-8", "replace")
    except Exception:  # a body that cannot be read adds nothing
        text = ""
    if "<" in text and re.search(r"<(html|body|!doctype)\b", text, flags=re.IGNORECASE):
        text = re.sub(r"<(script|style|title)\b.*?</\1>", " ", text, flags=re.I | re.S)
        text = re.sub(r"<[^>]*>", " ", text)  # an HTML error page: keep its words
        text = html.unescape(text)
    text = _one_line(text) if text.strip() else ""
    if len(text) > _DETAIL:
        text = text[: _DETAIL - 1] + "…"
    parts = [p for p in (text, what) if p]
    return " (" + "; ".join(parts) + ")" if parts else ""


def _connection_failure(service: str, err: BaseException, timeout: float) -> _Failure:
    reason: object = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(reason, TimeoutError):
        return _Failure(f"{service}: no answer within {timeout:g} s", transient=False)
    transient = isinstance(
        reason, ConnectionResetError | BrokenPipeError | http.client.RemoteDisconnected
    )
    if isinstance(reason, OSError) and reason.strerror:
        text = reason.strerror
    else:
        text = _one_line(str(reason)) if str(reason) else type(reason).__name__
    return _Failure(f"{service}: cannot connect: {text}", transient=transient)


def _within(text: str, prefix: str | None) -> str:
    """An internal query, with a filter on graph names when ``prefix`` is given."""
    test = "" if prefix is None else f"FILTER (STRSTARTS(STR(?g), {Literal(prefix).n3()}))"
    return text.format(within=test)


def _plain(value: Node | None) -> Node | None:
    """An ``xsd:string`` literal as the simple literal rdflib gives locally (RDF 1.1 makes
    them the same; Virtuoso writes the datatype out)."""
    if isinstance(value, Literal) and value.datatype == XSD.string:
        return Literal(str(value))
    return value


# ---------------------------------------------------------------------- bindings


# ---------------------------------------------------------------------- columns


def _projection(tree: object) -> list[str] | None:
    """The column order rdflib gives the query locally (servers may order ``*`` otherwise)."""
    try:
        algebra = translateQuery(tree)  # type: ignore[arg-type]
        return [str(v) for v in algebra.algebra["PV"]]
    except Exception:  # a query rdflib cannot translate keeps the server's order
        return None


def _reorder(result: QueryResult, columns: list[str] | None) -> QueryResult:
    if (
        columns is None
        or sorted(columns) != sorted(result.columns)
        or (tuple(columns) == result.columns)
    ):
        return result
    index = [result.columns.index(c) for c in columns]
    rows = tuple(tuple(row[i] for i in index) for row in result.rows)
    return QueryResult(tuple(columns), rows, result.kind)
