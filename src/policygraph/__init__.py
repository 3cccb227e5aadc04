"""policygraph: knowledge graphs of Vietnamese Party and State documents, places and agencies.

    >>> import policygraph
    >>> texts = policygraph.load_texts(["examples/"])
    >>> dataset = policygraph.build_graph(policygraph.extract_all(texts))
    >>> result = policygraph.run_query(dataset, name="documents")

The public verbs live in ``policygraph.api``. (They are imported here eagerly: the modules
``policygraph.draw`` and ``policygraph.export`` share their names with two of the verbs, and
the verbs must win.)
"""

from __future__ import annotations

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)

__all__ = [
    "BuildSummary",
    "__version__",
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
]

from .api import (
    BuildSummary,
    build,
    build_graph,
    draw,
    draw_timeline,
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
