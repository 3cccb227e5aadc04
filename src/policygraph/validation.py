"""SHACL validation of a dataset against ``ontology/shapes.ttl`` (needs pyshacl).

pyshacl is optional: install it with ``pip install policygraph[validate]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Dataset, Graph
from rdflib.namespace import RDF, SH

from .errors import PolicyGraphError
from .vocab import ontology_text

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str  # pyshacl's human-readable report


def validate(dataset: Dataset | Graph) -> ValidationReport:
    """Check the union of the dataset's graphs against the SHACL shapes.

    The shapes are written for the union (a ``.ttl`` export is that union), so a TriG
    file and the Turtle of the same dataset get the same verdict. The dataset is not
    changed.
    """
    try:
        import pyshacl
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise PolicyGraphError(
            "validation needs pyshacl: pip install 'policygraph[validate]'"
        ) from err
    # pyshacl validates a multi-graph dataset as the union of its graphs, without copying
    # it (without inference or rules nothing is written to the store); it switches the
    # dataset's ``default_union`` on to do so, which is switched back here
    union = dataset.default_union if isinstance(dataset, Dataset) else None
    try:
        conforms, results, text = pyshacl.validate(
            dataset, shacl_graph=_shapes(), inference="none", advanced=False,
            allow_warnings=False,
        )
    finally:
        if isinstance(dataset, Dataset) and union is not None:
            dataset.default_union = union
    return ValidationReport(bool(conforms), _count(results), str(text))


@cache
def _shapes() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def _count(results: Graph) -> int:
    return sum(1 for _ in results.subjects(RDF.type, SH.ValidationResult))
