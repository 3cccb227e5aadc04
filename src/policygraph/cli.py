"""The ``policygraph`` command: parse arguments, call the library, format, map errors to exits.

Exit status: 0 success; 1 bad input, a query that cannot run, an output that cannot be
written (or, for ``build``/``extract``, some inputs skipped); 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from rdflib import Dataset

from . import __version__, api, parallel
from .errors import InputError, PolicyGraphError, UsageError
from .store import Store
from .validation import ValidationReport, validate_store
from .vocab import REFERENCE_GRAPH

_GRAPH_SUFFIXES = (".ttl", ".trig", ".nq", ".jsonld")
_STRICT_HELP = (
    "stop at the first unusable input (by default it is named in a warning and skipped, and"
    " the exit status is 1)"
)
_PATHS_HELP = (
    "text files (.txt), folders of them (recursively), JSON Lines or CSV/TSV corpora with a"
    " 'text' column, or - for standard input"
)


def _warn(message: str) -> None:
    print(f"policygraph: warning: {message}", file=sys.stderr)


def _table(records: list[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(f"== {record['file']}\n")
        for field in ("title", "date", "author", "publisher", "url"):
            if record.get(field):
                out.write(f"   {field:<10} {record[field]}\n")
        out.write(f"   documents ({len(record['documents'])})\n")
        for doc in record["documents"]:
            parts = [
                doc["key"] or f"[{doc['title']}]",
                doc["type"],
                doc["issuer"],
                doc["date"],
                doc["relation"],
            ]
            out.write("     " + " | ".join(str(p) if p else "-" for p in parts) + "\n")
        out.write(f"   places ({len(record['places'])})\n")
        for place in record["places"]:
            parent = f" (in {place['parent']})" if place["parent"] else ""
            out.write(f"     {place['level']} {place['name']}{parent}\n")
        out.write(f"   organizations ({len(record['organizations'])})\n")
        for org in record["organizations"]:
            out.write(f"     {org['name']}\n")


def _cmd_extract(args: argparse.Namespace) -> int:
    skipped: list[InputError] = []
    errors = None if args.strict else skipped
    outcomes = parallel.run(
        parallel.jobs_for(args.paths, errors=errors),
        mode=parallel.EXTRACT,
        workers=args.jobs,
        scheduler=args.scheduler,
    )
    out = sys.stdout
    listed: list[dict[str, Any]] = []
    for outcome in outcomes:
        if outcome.error is not None:
            if errors is None:
                raise InputError(outcome.error)
            skipped.append(InputError(outcome.error))
            continue
        assert outcome.record is not None
        if args.format == "jsonl":
            out.write(json.dumps(outcome.record, ensure_ascii=False) + "\n")
            for warning in outcome.warnings:
                _warn(warning)
        else:
            listed.append(outcome.record)
    if args.format != "jsonl":
        _table(listed, out)
        for warning in (w for record in listed for w in record["warnings"]):
            _warn(warning)
    for error in skipped:
        _warn(f"{error}, skipped")
    return 1 if skipped else 0


class _Progress:
    """A progress bar on standard error: articles done, articles/s, what was skipped."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        self.unchanged = 0
        self.failed = 0

    def __call__(self, outcome: parallel.Outcome) -> None:
        if outcome.unchanged is not None:
            self.unchanged += 1
        if outcome.error is not None:
            self.failed += 1
        if self.bar is not None:
            self.bar.update(1)
            if self.bar.n % 64 == 0:
                self.bar.set_postfix(unchanged=self.unchanged, skipped=self.failed, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _endpoint(args: argparse.Namespace) -> Any:
    if not getattr(args, "endpoint", None):
        return None
    from .endpoint import Endpoint

    password = os.environ.get("POLICYGRAPH_ENDPOINT_PASSWORD")
    return Endpoint(
        args.endpoint,
        user=args.endpoint_user,
        password=password,
        auth=args.auth,
        query_url=args.query_url,
        store_url=args.store_url,
    )


def _cmd_build(args: argparse.Namespace) -> int:
    outputs = [Path(o) for o in args.output or []]
    for output in outputs:
        if output.suffix not in _GRAPH_SUFFIXES:
            raise UsageError(
                f"{output}: unknown graph format (use one of {', '.join(_GRAPH_SUFFIXES)})"
            )
    if not outputs and args.store is None and args.endpoint is None:
        raise UsageError("build needs -o GRAPH, --store DIR or --endpoint URL")
    if args.store is not None and args.endpoint is not None:
        raise UsageError("build writes to a store or an endpoint, not both")
    if args.prune and args.store is None:
        raise UsageError("--prune needs --store")
    skipped: list[InputError] = []
    show = sys.stderr.isatty() if args.progress is None else args.progress
    progress = _Progress(show)
    try:
        summary = api.build(
            args.paths,
            outputs or None,
            store=args.store,
            endpoint=_endpoint(args),
            jobs=args.jobs,
            scheduler=args.scheduler,
            errors=None if args.strict else skipped,
            check=args.validate,
            progress=progress,
            prune=args.prune,
        )
    finally:
        progress.close()
    for error in skipped:
        _warn(f"{error}, skipped")
    for warning in summary.warnings:
        _warn(warning)
    if summary.validation is not None:
        checked = "conforms to the shapes"
    elif args.store is not None:
        checked = f"not validated (run 'policygraph validate --store {args.store}')"
    else:
        checked = "not validated"
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    print(
        f"built {', '.join(summary.targets)}: {summary.articles} articles"
        f" ({summary.added} new, {summary.replaced} changed, {summary.unchanged} unchanged"
        + (f", {summary.removed} removed" if summary.removed else "")
        + "),"
        f" {summary.documents} documents,"
        f" {summary.places} places, {summary.organizations} organizations,"
        f" {summary.triples} triples, {summary.conflicts} conflicts, {len(skipped)} skipped,"
        f" {len(summary.warnings)} warnings; {checked};"
        f" {summary.seconds:.1f} s, {rate:.1f} articles/s",
        file=sys.stderr,
    )
    return 1 if skipped else 0


def _cmd_remove(args: argparse.Namespace) -> int:
    if (args.store is None) == (args.endpoint is None):
        raise UsageError("remove needs exactly one of --store DIR or --endpoint URL")
    removed = api.remove(args.names, store=args.store, endpoint=_endpoint(args))
    for iri in removed:
        print(iri)
    where = args.store if args.store is not None else args.endpoint
    print(f"removed {len(removed)} articles from {where}", file=sys.stderr)
    return 0


def _source(args: argparse.Namespace) -> Any:
    """The graph a command reads: a file, a store (--store) or an endpoint (--endpoint)."""
    given = [x for x in (args.graph, args.store, getattr(args, "endpoint", None)) if x]
    if len(given) != 1:
        also = ", --store DIR or --endpoint URL" if hasattr(args, "endpoint") else " or --store DIR"
        raise UsageError(f"give exactly one of a GRAPH file{also}")
    if args.graph:
        return api.load_graph(args.graph)
    if args.store:
        return api.open_store(args.store)
    return _endpoint(args)


#: Quads of a store drawn or exported whole at most (an rdflib dataset takes about 1 GB a
#: million triples); larger stores are drawn around a --focus.
WHOLE_STORE_LIMIT = 2_000_000


def _dataset(args: argparse.Namespace) -> Dataset:
    """The graph as an rdflib dataset (drawing and exporting need one). From a store: the
    whole store when it is small, else the articles that name the --focus."""
    source = _source(args)
    if not isinstance(source, Store):
        assert isinstance(source, Dataset)
        return source
    with source:
        focus = getattr(args, "focus", None)
        if focus:
            graphs = source.graphs_naming(focus)
            if not graphs:
                raise InputError(f"{args.store}: no article names {focus!r}")
            return source.dataset([*graphs, str(REFERENCE_GRAPH)])
        if len(source) > WHOLE_STORE_LIMIT:
            raise UsageError(
                f"{args.store}: {len(source):,} quads are too many to load whole"
                f" (limit {WHOLE_STORE_LIMIT:,}); draw around a --focus, or ask with query"
            )
        return source.dataset()


def _validate_store(path: str) -> ValidationReport:
    with api.open_store(path) as store:
        return validate_store(store)


def _cmd_validate(args: argparse.Namespace) -> int:
    if (args.graph is None) == (args.store is None):
        raise UsageError("give exactly one of a GRAPH file or --store DIR")
    report = _validate_store(args.store) if args.store else api.validate(_dataset(args))
    name = args.graph or args.store
    if report.conforms:
        print(f"{name}: conforms to the shapes")
        return 0
    sys.stdout.write(report.text if report.text.endswith("\n") else report.text + "\n")
    print(f"{name}: {report.violations} violations", file=sys.stderr)
    return 1


def _params(pairs: Sequence[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"--param {pair!r}: expected key=value")
        params[key] = value
    return params


def _cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        for name, description in api.list_queries():
            print(f"{name:<20} {description}")
        return 0
    chosen = [x for x in (args.name, args.expression, args.file) if x is not None]
    if len(chosen) != 1:
        raise UsageError("query needs exactly one of --name, -e or -f (or --list)")
    if args.max_rows < 0:
        raise UsageError(f"--max-rows {args.max_rows}: give a number of rows, or 0 for all")
    sparql = args.expression
    label = "-e"
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{args.file}: cannot read ({error.strerror})") from None
        except UnicodeDecodeError as error:
            raise InputError(
                f"{args.file}: not UTF-8 text (byte {error.start}); a query file is SPARQL text"
            ) from None
        label = args.file
    source = _source(args)
    try:
        result = api.run_query(
            source,
            name=args.name,
            sparql=sparql,
            params=_params(args.param),
            label=label,
            allow_service=args.allow_service,
            timeout=args.timeout,
        )
    finally:
        if isinstance(source, Store):
            source.close()
    sys.stdout.write(api.format_result(result, args.format, max_rows=args.max_rows or None))
    return 0


def _cmd_draw(args: argparse.Namespace) -> int:
    if args.timeline and (args.focus or args.depth is not None):
        raise UsageError("--timeline draws every citation: it takes no --focus or --depth")
    if args.depth is not None and args.depth < 0:
        raise UsageError(f"--depth {args.depth}: give a number of steps, 0 or more")
    if args.top is not None and not args.timeline:
        raise UsageError("--top counts a timeline's rows: it needs --timeline")
    if args.top is not None and args.top < 1:
        raise UsageError(f"--top {args.top}: give a number of rows, 1 or more")
    dataset = _dataset(args)
    if args.timeline:
        api.draw_timeline(dataset, args.output, by=args.timeline, top=args.top or 20)
    else:
        api.draw(dataset, args.output, focus=args.focus, depth=args.depth)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    dataset = _dataset(args)
    api.export(dataset, args.to, args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


class _Intermixed(argparse.ArgumentParser):
    """A command's parser that takes paths after options too (``build a/ -o g.ttl b/``):
    argparse by default stops gathering a list of paths at the first option."""

    _mixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._mixing:  # parse_known_intermixed_args calls this, in two passes
            return super().parse_known_args(args, namespace)
        self._mixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._mixing = False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policygraph",
        description=(
            "Knowledge graphs of Vietnamese policy documents, places and agencies from news text."
        ),
    )
    parser.add_argument("--version", action="version", version=f"policygraph {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Intermixed
    )

    extract = commands.add_parser(
        "extract", help="extract documents, places and agencies from texts"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    extract.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    extract.add_argument("--strict", action="store_true", help=_STRICT_HELP)
    _parallel_options(extract)
    extract.set_defaults(run=_cmd_extract)

    build = commands.add_parser("build", help="build the RDF graph of texts")
    build.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    build.add_argument(
        "-o",
        "--output",
        action="append",
        metavar="GRAPH",
        help="graph file: .ttl, .trig, .nq or .jsonld (repeat to write several formats)",
    )
    build.add_argument(
        "--store",
        metavar="DIR",
        help="a persistent store (created if new); unchanged articles are skipped",
    )
    _endpoint_options(build)
    build.add_argument(
        "--validate",
        dest="validate",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="check the graph against the SHACL shapes before writing files (default: on,"
        " unless building into a store: there --validate checks the graphs the run wrote)",
    )
    build.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on standard error (default: when it is a terminal)",
    )
    build.add_argument(
        "--prune",
        action="store_true",
        help="with --store: remove the articles that no input gave this time (a folder"
        " whose files were deleted)",
    )
    build.add_argument("--strict", action="store_true", help=_STRICT_HELP)
    _parallel_options(build)
    build.set_defaults(run=_cmd_build)

    remove = commands.add_parser("remove", help="take articles out of a store or endpoint")
    remove.add_argument(
        "names", nargs="+", metavar="ARTICLE", help="an article IRI, source name or input path"
    )
    remove.add_argument("--store", metavar="DIR", help="the store")
    _endpoint_options(remove)
    remove.set_defaults(run=_cmd_remove)

    validate = commands.add_parser("validate", help="check a graph against the SHACL shapes")
    validate.add_argument("graph", nargs="?", metavar="GRAPH")
    validate.add_argument("--store", metavar="DIR", help="validate a store instead")
    validate.set_defaults(run=_cmd_validate)

    query = commands.add_parser("query", help="run a named or ad-hoc SPARQL query on a graph")
    query.add_argument("graph", nargs="?", metavar="GRAPH")
    query.add_argument("--store", metavar="DIR", help="query a store instead of a file")
    _endpoint_options(query)
    query.add_argument("--list", action="store_true", help="list the named queries")
    query.add_argument("--name", help="a named query (see --list)")
    query.add_argument("-e", dest="expression", metavar="SPARQL", help="a SPARQL query")
    query.add_argument("-f", dest="file", metavar="FILE.rq", help="a file holding a SPARQL query")
    query.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE", help="bind ?KEY to VALUE"
    )
    query.add_argument(
        "--format", choices=("table", "csv", "tsv", "json", "markdown"), default="table"
    )
    query.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE clauses contact other SPARQL endpoints (refused by default)",
    )
    query.add_argument("--timeout", type=float, metavar="SECONDS", help="stop a query after this")
    query.add_argument(
        "--max-rows",
        type=int,
        default=1000,
        metavar="N",
        help="rows shown in a table (default 1000; 0 for all); other formats give every row",
    )
    query.set_defaults(run=_cmd_query)

    draw = commands.add_parser("draw", help="draw a graph as PNG, SVG or an interactive HTML page")
    draw.add_argument("graph", nargs="?", metavar="GRAPH")
    draw.add_argument("--store", metavar="DIR", help="draw from a store instead of a file")
    draw.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.html"
    )
    draw.add_argument("--focus", help="draw only the neighbourhood of this entity (key or name)")
    draw.add_argument("--depth", type=int, default=None, help="neighbourhood depth for --focus")
    draw.add_argument(
        "--timeline",
        choices=("document", "issuer"),
        help="draw citations per year for each document or issuer (PNG or SVG) instead",
    )
    draw.add_argument(
        "--top", type=int, default=None, help="documents or issuers in a timeline (default 20)"
    )
    draw.set_defaults(run=_cmd_draw)

    export = commands.add_parser("export", help="export the entity network through networkx")
    export.add_argument("graph", nargs="?", metavar="GRAPH")
    export.add_argument("--store", metavar="DIR", help="export from a store instead of a file")
    export.add_argument("--to", required=True, choices=("graphml", "gexf", "json"))
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(run=_cmd_export)
    return parser


def _parallel_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes extracting in parallel (default 1)",
    )
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)",
    )


def _endpoint_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--endpoint",
        metavar="URL",
        help="a SPARQL 1.1 Graph Store Protocol server (see docs/ENDPOINTS.md)",
    )
    command.add_argument("--endpoint-user", metavar="USER", help="user name for the endpoint")
    command.add_argument(
        "--query-url",
        metavar="URL",
        help="the server's SPARQL query service (default: URL/query, Oxigraph's layout)",
    )
    command.add_argument(
        "--store-url",
        metavar="URL",
        help="the server's Graph Store Protocol service (default: URL/store)",
    )
    command.add_argument(
        "--auth",
        choices=("basic", "digest"),
        default="basic",
        help="HTTP authentication for the endpoint (password from POLICYGRAPH_ENDPOINT_PASSWORD)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except PolicyGraphError as error:
        if args.debug:
            traceback.print_exc()
        print(f"policygraph: error: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("policygraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
