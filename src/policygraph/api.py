"""The library's verbs, which the command line only wraps.

Each function takes plain values (paths, texts, graphs) and returns plain values; errors
are raised as ``PolicyGraphError`` subclasses with a one-line message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from . import graph as _graph
from .draw import draw, draw_timeline
from .errors import InputError, ValidationError
from .export import export, to_networkx
from .extractor import extract, extract_all
from .gazetteer import load as load_gazetteer
from .ingest import load_texts, read_file, read_text
from .models import Extraction
from .query import format_result, list_queries, run_query
from .validation import ValidationReport, validate

__all__ = [
    "BuildSummary",
    "build",
    "build_graph",
    "draw",
    "draw_timeline",
    "export",
    "extract",
    "extract_all",
    "extract_paths",
    "format_result",
    "list_queries",
    "load_graph",
    "load_texts",
    "read_file",
    "read_text",
    "run_query",
    "save_graph",
    "to_networkx",
    "validate",
]


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    documents: int
    places: int
    organizations: int
    triples: int
    conflicts: int
    validation: ValidationReport | None = None
    warnings: tuple[str, ...] = ()


def extract_paths(
    paths: Iterable[str | Path], *, errors: list[InputError] | None = None
) -> Iterator[Extraction]:
    """Read the texts under ``paths`` and extract from each, one at a time."""
    return extract_all(load_texts(paths, errors=errors))


def build_graph(extractions: Iterable[Extraction]) -> Dataset:
    """The RDF dataset of extractions (one named graph per article, plus reference data)."""
    return _graph.build_graph(extractions, load_gazetteer())


def save_graph(dataset: Dataset, path: str | Path) -> None:
    """Write a dataset atomically; the format follows the extension."""
    _graph.serialize(dataset, path)


def load_graph(path: str | Path) -> Dataset:
    """Read a graph file written by ``save_graph`` (or any Turtle/TriG/N-Quads/JSON-LD)."""
    if not Path(path).exists():
        raise InputError(f"{path}: no such file")
    return _graph.load(path)


def build(
    paths: Iterable[str | Path],
    output: str | Path | Sequence[str | Path],
    *,
    errors: list[InputError] | None = None,
    check: bool = True,
) -> BuildSummary:
    """Extract every text under ``paths`` and write the graph to ``output`` (one or more files,
    each in the format its extension names).

    With ``check`` (the default) the graph is validated against the SHACL shapes first, and
    a graph that does not conform is not written (``ValidationError``).
    """
    extractions = list(extract_paths(paths, errors=errors))
    if not extractions:
        raise InputError("no usable input texts: nothing to build")
    dataset = build_graph(extractions)
    report = validate(dataset) if check else None
    if report is not None and not report.conforms:
        raise ValidationError(
            "the graph does not conform to the shapes ({report.violations}"
            " violations) and was not written; see them with 'policygraph build --no-validate'"
            " then 'policygraph validate'"
        )
    for target in [output] if isinstance(output, str | Path) else output:
        save_graph(dataset, target)
    keys: dict[str, set[tuple[object, ...]]] = {}
    for extraction in extractions:
        for doc in extraction.documents:
            if doc.key:
                keys.setdefault(doc.key.replace(" ", ""), set()).add(
                    (doc.year, doc.term, doc.issuer)
                )
    return BuildSummary(
        articles=len(extractions),
        documents=len(
            {(d.key, d.year, d.term, d.issuer) for e in extractions for d in e.documents}
        ),
        places=len({(p.name, p.level, p.unit_id) for e in extractions for p in e.places}),
        organizations=len({a.name for e in extractions for a in e.organizations}),
        triples=len(dataset),
        conflicts=sum(1 for variants in keys.values() if len(variants) > 1),
        validation=report,
        warnings=tuple(w for e in extractions for w in e.warnings),
    )
