"""Errors the library raises; the CLI turns each into one line and an exit status."""

from __future__ import annotations


class PolicyGraphError(Exception):
    """Base class: a problem the user can fix, described in one line."""

    exit_code = 1


class InputError(PolicyGraphError):
    """An input path or text that cannot be read or used (names the file)."""


class QueryError(PolicyGraphError):
    """A SPARQL query that cannot be parsed or run (names the query and position)."""


class OutputError(PolicyGraphError):
    """An output that cannot be written (names the file)."""


class ValidationError(PolicyGraphError):
    """A graph that does not conform to the SHACL shapes."""


class UsageError(PolicyGraphError):
    """A command line that does not make sense."""

    exit_code = 2


class StoreError(PolicyGraphError):
    """A store that cannot be opened or written: busy, missing, not a policygraph store."""
