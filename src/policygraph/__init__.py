"""policygraph: knowledge graphs of Vietnamese Party and State documents, places and agencies.

    >>> import policygraph
    >>> texts = policygraph.load_texts(["examples/"])
    >>> dataset = policygraph.build_graph(policygraph.extract_all(texts))
    >>> result = policygraph.run_query(dataset, name="documents")

The public verbs live in ``policygraph.api``; they are imported on first use, so that
``import policygraph`` (and the command line's start-up) does not load spaCy or rdflib
before a command needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)

__all__ = [
    "BuildSummary",
    "__version__",
    "build",
    "build_graph",
    "draw",
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
]

if TYPE_CHECKING:
    from .api import (
        BuildSummary,
        build,
        build_graph,
        draw,
        export,
        extract,
        extract_all,
        extract_paths,
        format_result,
        list_queries,
        load_graph,
        load_texts,
        read_file,
        read_text,
        run_query,
        save_graph,
        to_networkx,
    )


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module(".api", __name__), name)
    raise AttributeError(f"module 'policygraph' has no attribute {name!r}")
