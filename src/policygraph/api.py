"""The library's verbs, which the command line only wraps.

Each function takes plain values (paths, texts, graphs) and returns plain values; errors
are raised as ``PolicyGraphError`` subclasses with a one-line message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset

from . import graph as _graph
from .builder import BuildSummary, build, remove
from .draw import draw, draw_timeline
from .errors import InputError
from .export import export, to_networkx
from .gazetteer import load as load_gazetteer
from .ingest import load_texts, read_file, read_text
from .models import Extraction, SourceText
from .query import format_result, list_queries, run_query
from .store import Store
from .validation import validate

if TYPE_CHECKING:
    from spacy.language import Language

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


def extract(source: SourceText, nlp: Language | None = None) -> Extraction:
    """Extract documents, places and agencies from one text."""
    # spaCy is imported here, when a text is first read, not with the package: commands
    # that only query, draw or export a graph start in a fraction of the time
    from .extractor import pipeline

    return pipeline.extract(source, nlp)


def extract_all(sources: Iterable[SourceText], nlp: Language | None = None) -> Iterator[Extraction]:
    """Extract from many texts, one at a time (memory stays bounded)."""
    from .extractor import pipeline

    return pipeline.extract_all(sources, nlp)


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
