"""SHACL validation of a dataset against ``ontology/shapes.ttl`` (needs pyshacl).

pyshacl is optional: install it with ``pip install policygraph[validate]``.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    """Check the union of the dataset's graphs against the SHACL shapes."""
    try:
        import pyshacl
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise PolicyGraphError(
            "validation needs pyshacl: pip install 'policygraph[validate]'"
        ) from err
    data = Graph()
    if isinstance(dataset, Dataset):
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            data.add((s, p, o))
    else:
        for triple in dataset:
            data.add(triple)
    shapes = Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=False
    )
    return ValidationReport(bool(conforms), _count(results), str(text))


def _count(results: Graph) -> int:
    return sum(1 for _ in results.subjects(RDF.type, SH.ValidationResult))
