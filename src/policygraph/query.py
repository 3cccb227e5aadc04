"""Named SPARQL queries (``data/queries/*.rq``) and ad-hoc SPARQL over a dataset.

A named query is a ``.rq`` file whose first line is ``# description: …``; parameters are
declared with ``# param: NAME TYPE -- help`` lines (TYPE is ``string``, ``date``,
``integer``, ``iri`` or ``unit``). Parameter values are bound to the query's variables
through rdflib's ``initBindings`` — never spliced into the query text.

Queries run over the union of all graphs (every article graph plus the reference graph).

Safety: a query is parsed and checked before anything runs. Updates (INSERT, DELETE,
LOAD, CLEAR, …) are refused — querying never changes or fetches data — and so is
``SERVICE`` (a federated call to another endpoint) unless ``allow_service`` is set; a
refused query makes no network connection. ``timeout`` bounds the evaluation time.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import itertools
import json
import re
import signal
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Protocol

from pyparsing import ParseBaseException, ParseResults
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Identifier, Node

from .errors import QueryError
from .vocab import PREFIXES, XSD, unit_iri_from_id

__all__ = ["FORMATS", "QueryResult", "format_result", "list_queries", "query_text", "run_query"]

FORMATS = ("table", "csv", "tsv", "json", "markdown")
# "label": a name as written, bound to the plain literal and the one tagged "vi" (OneOf),
# so that a query finds it by index among plain names and Vietnamese labels alike
_PARAM_TYPES = ("string", "label", "date", "integer", "iri", "unit")


@dataclass(frozen=True)
class QueryResult:
    """Columns and rows of a query; cells are rdflib terms, or None when unbound.

    An ASK query gives one column ``ask`` and one row with a boolean literal; CONSTRUCT and
    DESCRIBE give the columns ``subject``, ``predicate``, ``object``.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    kind: str = "select"  # "select", "ask" or "graph"

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (None for unbound cells)."""
        return [
            {c: (None if v is None else str(v)) for c, v in zip(self.columns, row, strict=True)}
            for row in self.rows
        ]


class OneOf(tuple[Identifier, ...]):
    """A parameter bound to any one of several terms: a ``VALUES`` block with a row for
    each, which lets the engine look each up in its index (a ``FILTER`` would scan)."""

    __slots__ = ()


Binding = Identifier | OneOf


@dataclass(frozen=True)
class _Param:
    name: str
    type: str
    help: str


@dataclass(frozen=True)
class _Named:
    name: str
    description: str
    params: tuple[_Param, ...]
    text: str


_HEADER = re.compile(r"#\s*(description|param)\s*:\s*(.*)")


def _queries_dir() -> list[tuple[str, str]]:
    folder = resources.files("policygraph").joinpath("data", "queries")
    out: list[tuple[str, str]] = []
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            out.append((entry.name[:-3], entry.read_text("utf-8")))
    return sorted(out)


@cache
def _named_queries() -> dict[str, _Named]:
    named: dict[str, _Named] = {}
    for name, text in _queries_dir():
        named[name] = _parse_header(name, text)
    return named


def _parse_header(name: str, text: str) -> _Named:
    description = ""
    params: list[_Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.fullmatch(line.strip())
        if match is None:
            continue
        field, value = match.groups()
        if field == "description":
            description = value.strip()
        else:
            spec, _, help_text = value.partition("--")
            parts = spec.split()
            if len(parts) != 2 or parts[1] not in _PARAM_TYPES:
                raise QueryError(f"query {name}: bad param line {line!r}")
            params.append(_Param(parts[0], parts[1], help_text.strip()))
    if not description:
        raise QueryError(f"query {name}: the first line must be '# description: …'")
    return _Named(name, description, tuple(params), text)


def list_queries() -> list[tuple[str, str]]:
    """``(name, description)`` of every named query, sorted by name."""
    out = []
    for named in _named_queries().values():
        desc = named.description
        if named.params:
            desc += " [params: " + ", ".join(f"{p.name}={p.type}" for p in named.params) + "]"
        out.append((named.name, desc))
    return out


def query_text(name: str) -> str:
    """The SPARQL text of a named query."""
    return _lookup(name).text


def _lookup(name: str) -> _Named:
    named = _named_queries()
    if name not in named:
        known = ", ".join(sorted(named))
        raise QueryError(f"no query named {name!r}; known queries: {known}")
    return named[name]


def _walk(node: object) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple | ParseResults):
        for item in node:
            yield from _walk(item)


_COMMENT = re.compile(r"#[^\n]*")  # (a "#" inside an IRI or string only matters when
# nothing else is there)


def _check(text: str, where: str, *, allow_service: bool) -> None:
    """Refuse updates, and SERVICE unless allowed, before anything is evaluated."""
    if not _COMMENT.sub("", text).strip():
        raise QueryError(f"{where}: the query is empty")
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate  # 0.1 s to import

    try:
        tree = parseQuery(text)
    except ParseBaseException as err:
        try:
            parseUpdate(text)
        except ParseBaseException:
            raise QueryError(f"{where}: {_syntax_error(err)}") from None
        raise QueryError(
            f"{where}: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, ...) are refused:"
            " queries only read the graph"
        ) from None
    if not allow_service:
        for node in _walk(tree):
            if node.name == "ServiceGraphPattern":
                raise QueryError(
                    f"{where}: SERVICE {node.get('term')} is refused (a federated query would"
                    " contact another server); allow it explicitly with --allow-service"
                )


@contextmanager
def _deadline(seconds: float | None, where: str) -> Iterator[None]:
    """Raise ``QueryError`` when the block runs longer than ``seconds`` (main thread only)."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise QueryError(f"{where}: timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    # the alarm repeats until the block ends: an exception raised while the interpreter runs a
    # finaliser or weakref callback is swallowed there, and the next one stops the query
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Queryable(Protocol):
    """A dataset that runs SPARQL itself: a store, or a SPARQL endpoint."""

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Binding] | None = None,
        timeout: float | None = None,
    ) -> QueryResult: ...


def run_query(
    dataset: Dataset | Graph | Queryable,
    *,
    name: str | None = None,
    sparql: str | None = None,
    params: dict[str, str] | None = None,
    label: str | None = None,
    allow_service: bool = False,
    timeout: float | None = None,
) -> QueryResult:
    """Run a named query or SPARQL text over the union of the dataset's graphs.

    ``params`` bind variables of the same name (``?unit``, ``?date``): for a named query,
    values are converted by the declared type; for ad-hoc SPARQL, ``<…>`` makes an IRI and
    anything else a plain string literal. ``label`` names ad-hoc SPARQL in error messages.
    Updates are refused, SERVICE too unless ``allow_service``; ``timeout`` is in seconds.
    """
    if (name is None) == (sparql is None):
        raise QueryError("give exactly one of a query name or SPARQL text")
    params = dict(params or {})
    bindings: dict[str, Binding]
    if name is not None:
        named = _lookup(name)
        text = named.text
        where = f"query {name}"
        bindings = _bind_named(named, params)
    else:
        assert sparql is not None
        text = sparql
        where = f"query {label}" if label else "query"
        bindings = {k: _adhoc_value(v) for k, v in sorted(params.items())}
    if name is None:
        # the named queries are ours, read-only and local (a test parses each); checking
        # one costs a third of a second of rdflib's parser, longer than most take to answer
        _check(text, where, allow_service=allow_service)
    if not isinstance(dataset, Dataset | Graph):
        try:
            with _deadline(timeout, where):
                return dataset.query(text, bindings=bindings, timeout=timeout)
        except SyntaxError as err:
            raise QueryError(f"{where}: SPARQL syntax error: {_one_line(str(err))}") from None
        except OSError as err:
            raise QueryError(f"{where}: {_one_line(str(err))}") from None
    union = isinstance(dataset, Dataset)
    previous = dataset.default_union if isinstance(dataset, Dataset) else False
    try:
        if union:
            dataset.default_union = True
        try:
            with _deadline(timeout, where):
                single = {k: v for k, v in bindings.items() if not isinstance(v, OneOf)}
                if len(single) < len(bindings):
                    text, single = _with_values(text, bindings, where), {}
                result = dataset.query(text, initBindings=single)
                return _collect(result)
        except ParseBaseException as err:
            raise QueryError(f"{where}: {_syntax_error(err)}") from None
        except QueryError:
            raise
        except Exception as err:  # rdflib evaluation errors have no common base class
            raise QueryError(f"{where}: {type(err).__name__}: {_one_line(str(err))}") from None
    finally:
        if isinstance(dataset, Dataset):
            dataset.default_union = previous


def _syntax_error(err: ParseBaseException) -> str:
    near = " ".join(str(err.line)[max(err.col - 1, 0) : err.col + 24].split())
    at = f"near {near!r}" if near else "at the end of the line"
    return (
        f"SPARQL syntax error at line {err.lineno}, column {err.col} {at}: {_one_line(err.msg)}"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "error"


def _term(value: Node | None, where: str) -> str:
    if not isinstance(value, URIRef | Literal):
        raise QueryError(f"{where}: only IRIs and literals can be bound, not {value!r}")
    try:
        return value.n3()
    except Exception:  # rdflib refuses an IRI it cannot write (spaces, '>' …)
        raise QueryError(f"{where}: {str(value)!r} is not a valid IRI") from None


def _with_values(text: str, bindings: Mapping[str, Binding], where: str) -> str:
    """``text`` with ``VALUES (?a ?b) { (t1 t2) }`` first in its outermost WHERE group: how
    parameters reach an engine without ``initBindings`` (a store, a server, or rdflib given
    several values). A variable bound to ``OneOf`` several terms gives a row for each."""
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"{where}: {name!r} is not a SPARQL variable name")
    choices = [
        [_term(t, where) for t in value] if isinstance(value, OneOf) else [_term(value, where)]
        for value in (bindings[name] for name in names)
    ]
    rows = " ".join("(" + " ".join(row) + ")" for row in itertools.product(*choices))
    block = "\nVALUES (" + " ".join("?" + n for n in names) + ") { " + rows + " }\n"
    opens = _top_level_groups(text)
    form = _FORM.match(text)
    if form and form.group(1).upper() in ("SELECT", "ASK"):
        # their WHERE clause is required and is the first top-level group: no need to parse
        # (a third of a second) to find it
        index, has_where = 0, True
    else:
        from rdflib.plugins.sparql.parser import parseQuery

        part = parseQuery(text)[1]
        index = 1 if part.name == "ConstructQuery" and part.get("template") is not None else 0
        has_where = part.get("where") is not None
    if not has_where or len(opens) <= index:
        raise QueryError(f"{where}: bindings need a query with a WHERE clause")
    at = opens[index] + 1
    return text[:at] + block + text[at:]


_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
# the query form, after the prologue (comments, PREFIX and BASE declarations)
_FORM = re.compile(
    r"(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*(SELECT|CONSTRUCT|ASK|DESCRIBE)\b",
    re.IGNORECASE,
)


def _top_level_groups(text: str) -> list[int]:
    """Positions of the ``{`` opening each top-level group, skipping strings, IRIs and
    comments."""
    opens: list[int] = []
    depth = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif char in "\"'":
            i = _string_end(text, i)
        elif char == "<":
            match = _IRI.match(text, i)
            i = match.end() if match else i + 1
        else:
            if char == "{":
                if depth == 0:
                    opens.append(i)
                depth += 1
            elif char == "}":
                depth -= 1
            i += 1
    return opens


def _string_end(text: str, start: int) -> int:
    quote = text[start]
    long = text.startswith(quote * 3, start)
    i = start + (3 if long else 1)
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif long and text.startswith(quote * 3, i):
            return i + 3
        elif not long and text[i] == quote:
            return i + 1
        else:
            i += 1
    return i


def _bind_named(named: _Named, params: dict[str, str]) -> dict[str, Binding]:
    declared = {p.name: p for p in named.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        accepted = ", ".join(sorted(declared)) or "none"
        raise QueryError(
            f"query {named.name}: unknown parameter {unknown[0]!r} (accepted: {accepted})"
        )
    bindings: dict[str, Binding] = {}
    for param in named.params:
        if param.name not in params:
            raise QueryError(
                f"query {named.name}: missing parameter {param.name} ({param.type}: {param.help})"
            )
        bindings[param.name] = _typed_value(named.name, param, params[param.name])
    return bindings


def _typed_value(query: str, param: _Param, value: str) -> Binding:
    value = value.strip()
    problem = f"query {query}: parameter {param.name}={value!r} is not a valid {param.type}"
    if param.type == "date":
        try:  # the extended forms Python also reads ("20210601", "2021-W22-2") are no xsd:date
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            _dt.date.fromisoformat(value)
        except ValueError:
            raise QueryError(problem + " (use YYYY-MM-DD)") from None
        return Literal(value, datatype=XSD.date)
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(problem)
        return Literal(int(value))
    if param.type in ("iri", "unit"):
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1]
        prefix, colon, local = value.partition(":")
        if colon and prefix in PREFIXES and not local.startswith("//"):
            value = PREFIXES[prefix] + local  # "pgid:unit/2024/467", as the tables show it
        if re.match(r"^[a-z][a-z0-9+.-]*:", value, flags=re.IGNORECASE):
            return URIRef(value)
        if param.type == "unit" and re.fullmatch(r"[\w.]+-[\w.]+", value):
            return unit_iri_from_id(value)
        raise QueryError(
            problem
            + " (give an absolute IRI"
            + (" or a unit id such as 2024-467)" if param.type == "unit" else ")")
        )
    if param.type == "label":
        return OneOf((Literal(value), Literal(value, lang="vi")))
    return Literal(value)


def _adhoc_value(value: str) -> Identifier:
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return URIRef(value[1:-1])
    return Literal(value)


def _collect(result: object) -> QueryResult:
    kind = getattr(result, "type", "SELECT")
    if kind == "ASK":
        return QueryResult(
            ("ask",), ((Literal(bool(getattr(result, "askAnswer", False))),),), "ask"
        )
    if kind in ("CONSTRUCT", "DESCRIBE"):
        graph = getattr(result, "graph", None)
        triples = sorted(graph) if graph is not None else []
        return QueryResult(
            ("subject", "predicate", "object"), tuple((s, p, o) for s, p, o in triples), "graph"
        )
    variables = [str(v) for v in (getattr(result, "vars", None) or [])]
    rows = tuple(tuple(row) for row in result)  # type: ignore[attr-defined]
    return QueryResult(tuple(variables), rows)


# ---------------------------------------------------------------------- formatting


def format_result(result: QueryResult, fmt: str = "table", *, max_rows: int | None = None) -> str:
    """Render a result as ``table`` (aligned text, IRIs shortened to ``prefix:name``, cells
    cut at 60 characters), ``csv``, ``tsv``, ``json`` (SPARQL 1.1 JSON results) or
    ``markdown``. Every format ends with a newline. ``max_rows`` caps the rows of a table (the
    table then says how many were left out); the other formats always carry every row."""
    if fmt == "json":
        return _json(result)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        delimiter = "," if fmt == "csv" else "\t"
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            cells = [_plain(v) for v in row]
            if fmt == "tsv":
                cells = [re.sub(r"[\t\r\n]+", " ", c) for c in cells]
            writer.writerow(cells)
        return buffer.getvalue()
    if fmt == "table":
        if max_rows is not None and len(result.rows) > max_rows:
            shown = QueryResult(result.columns, result.rows[:max_rows], result.kind)
            left = len(result.rows) - max_rows
            return _table(shown) + f"({left} more rows not shown; --max-rows or --format csv)\n"
        return _table(result)
    if fmt == "markdown":
        return _markdown(result)
    raise QueryError(f"unknown result format {fmt!r}: use one of {', '.join(FORMATS)}")


def _plain(value: Node | None) -> str:
    if value is None:
        return ""
    return str(value)


def _short(value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        text = str(value)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns) :]}"
        return text
    return " ".join(str(value).split())


_CELL = 60  # table cells are cut (with "…"); csv, tsv, json and markdown keep full values


def _cut(text: str) -> str:
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def _table(result: QueryResult) -> str:
    cells = [[_cut(_short(v)) for v in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _markdown(result: QueryResult) -> str:
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|")

    lines = [
        "| " + " | ".join(esc(c) for c in result.columns) + " |",
        "|" + "|".join("---" for _ in result.columns) + "|",
    ]
    for row in result.rows:
        lines.append("| " + " | ".join(esc(_short(v)) for v in row) + " |")
    return "\n".join(lines) + "\n"


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        answer = bool(result.rows[0][0].toPython()) if result.rows else False  # type: ignore[union-attr]
        return json.dumps({"head": {}, "boolean": answer}, ensure_ascii=False, indent=2) + "\n"
    bindings = []
    for row in result.rows:
        binding: dict[str, dict[str, str]] = {}
        for column, value in zip(result.columns, row, strict=True):
            if value is not None:
                binding[column] = _json_term(value)
        bindings.append(binding)
    payload = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _json_term(value: Node) -> dict[str, str]:
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    if isinstance(value, Literal):
        term: dict[str, str] = {"type": "literal", "value": str(value)}
        if value.language:
            term["xml:lang"] = value.language
        elif value.datatype is not None and value.datatype != XSD.string:
            term["datatype"] = str(value.datatype)
        return term
    return {"type": "literal", "value": str(value)}
