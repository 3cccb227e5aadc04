"""The library's verbs, which the command line only wraps.

Each function takes plain values (paths, texts, graphs) and returns plain values; errors
are raised as ``PolicyGraphError`` subclasses with a one-line message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Dataset

from . import graph as _graph
from .builder import BuildSummary, build, remove
from .draw import draw, draw_timeline
from .errors import InputError
from .export import export, to_networkx
from .extractor import extract, extract_all
from .gazetteer import load as load_gazetteer
from .ingest import load_texts, read_file, read_text
from .models import Extraction
from .query import format_result, list_queries, run_query
from .store import Store
from .validation import validate

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
    "open_store",
    "read_file",
    "read_text",
    "remove",
    "run_query",
    "save_graph",
    "to_networkx",
    "validate",
]


def extract_paths(
    paths: Iterable[str | Path] | str | Path, *, errors: list[InputError] | None = None
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


def open_store(path: str | Path, *, write: bool = False) -> Store:
    """Open a store built with ``build(..., store=path)`` (a context manager).
    ``run_query`` takes it where it takes a dataset, and so do ``to_networkx``, ``export``,
    ``draw``, ``draw_timeline`` and ``validate`` (which read its article and reference
    graphs)."""
    return Store(path, write=write)
