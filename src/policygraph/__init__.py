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

from . import api
from .api import *  # noqa: F403

__all__ = ["__version__", *api.__all__]
