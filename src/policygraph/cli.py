"""The ``policygraph`` command: parse arguments, call the library, format, map errors to exits.

Exit status: 0 success; 1 bad input, a query that cannot run, an output that cannot be
written (or, for ``build``/``extract``, some inputs skipped); 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__, api
from .errors import InputError, PolicyGraphError, UsageError
from .models import extraction_record

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
    records = (
        extraction_record(e)
        for e in api.extract_paths(args.paths, errors=None if args.strict else skipped)
    )
    out = sys.stdout
    if args.format == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for warning in record["warnings"]:
                _warn(warning)
    else:
        listed = list(records)
        _table(listed, out)
        for warning in (w for record in listed for w in record["warnings"]):
            _warn(warning)
    for error in skipped:
        _warn(f"{error}, skipped")
    return 1 if skipped else 0


def _cmd_build(args: argparse.Namespace) -> int:
    outputs = [Path(o) for o in args.output]
    for output in outputs:
        if output.suffix not in _GRAPH_SUFFIXES:
            raise UsageError(
                f"{output}: unknown graph format (use one of {', '.join(_GRAPH_SUFFIXES)})"
            )
    skipped: list[InputError] = []
    summary = api.build(
        args.paths, outputs, errors=None if args.strict else skipped, check=args.validate
    )
    for error in skipped:
        _warn(f"{error}, skipped")
    for warning in summary.warnings:
        _warn(warning)
    checked = "not validated" if summary.validation is None else "conforms to the shapes"
    print(
        f"built {', '.join(map(str, outputs))}: {summary.articles} articles,"
        f" {summary.documents} documents,"
        f" {summary.places} places, {summary.organizations} organizations,"
        f" {summary.triples} triples, {summary.conflicts} conflicts, {len(skipped)} skipped,"
        f" {len(summary.warnings)} warnings;"
        f" {checked}",
        file=sys.stderr,
    )
    return 1 if skipped else 0


def _cmd_validate(args: argparse.Namespace) -> int:
    report = api.validate(api.load_graph(args.graph))
    if report.conforms:
        print(f"{args.graph}: conforms to the shapes")
        return 0
    sys.stdout.write(report.text if report.text.endswith("\n") else report.text + "\n")
    print(f"{args.graph}: {report.violations} violations", file=sys.stderr)
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
    if args.graph is None or len(chosen) != 1:
        raise UsageError("query needs a GRAPH and exactly one of --name, -e or -f (or --list)")
    sparql = args.expression
    label = "-e"
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{args.file}: cannot read ({error.strerror})") from None
        label = args.file
    dataset = api.load_graph(args.graph)
    result = api.run_query(
        dataset,
        name=args.name,
        sparql=sparql,
        params=_params(args.param),
        label=label,
        allow_service=args.allow_service,
        timeout=args.timeout,
    )
    sys.stdout.write(api.format_result(result, args.format, max_rows=args.max_rows or None))
    return 0


def _cmd_draw(args: argparse.Namespace) -> int:
    if args.timeline and (args.focus or args.depth is not None):
        raise UsageError("--timeline draws every citation: it takes no --focus or --depth")
    dataset = api.load_graph(args.graph)
    if args.timeline:
        api.draw_timeline(dataset, args.output, by=args.timeline, top=args.top)
    else:
        api.draw(dataset, args.output, focus=args.focus, depth=args.depth)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    dataset = api.load_graph(args.graph)
    api.export(dataset, args.to, args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policygraph",
        description=(
            "Knowledge graphs of Vietnamese policy documents, places and agencies from news text."
        ),
    )
    parser.add_argument("--version", action="version", version=f"policygraph {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="extract documents, places and agencies from texts"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    extract.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    extract.add_argument("--strict", action="store_true", help=_STRICT_HELP)
    extract.set_defaults(run=_cmd_extract)

    build = commands.add_parser("build", help="build the RDF graph of texts")
    build.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    build.add_argument(
        "-o",
        "--output",
        required=True,
        action="append",
        metavar="GRAPH",
        help="graph file: .ttl, .trig, .nq or .jsonld (repeat to write several formats)",
    )
    build.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="write the graph without checking it against the SHACL shapes",
    )
    build.add_argument("--strict", action="store_true", help=_STRICT_HELP)
    build.set_defaults(run=_cmd_build)

    validate = commands.add_parser("validate", help="check a graph against the SHACL shapes")
    validate.add_argument("graph", metavar="GRAPH")
    validate.set_defaults(run=_cmd_validate)

    query = commands.add_parser("query", help="run a named or ad-hoc SPARQL query on a graph")
    query.add_argument("graph", nargs="?", metavar="GRAPH")
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
    draw.add_argument("graph", metavar="GRAPH")
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
    draw.add_argument("--top", type=int, default=20, help="documents or issuers in a timeline")
    draw.set_defaults(run=_cmd_draw)

    export = commands.add_parser("export", help="export the entity network through networkx")
    export.add_argument("graph", metavar="GRAPH")
    export.add_argument("--to", required=True, choices=("graphml", "gexf", "json"))
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(run=_cmd_export)
    return parser


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
