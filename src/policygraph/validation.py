"""SHACL validation of a dataset against ``ontology/shapes.ttl`` (pyshacl).

The report says, for each violation, which node, which rule (shape and constraint), which
property, and which article's named graph states the node — so that a bad fact can be
traced to the text it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Dataset, Graph
from rdflib.namespace import RDF, SH

from .errors import PolicyGraphError
from .store import Store
from .vocab import PREFIXES, REFERENCE_GRAPH, SHAPES_NS, ontology_text

__all__ = ["ValidationReport", "Violation", "validate", "validate_parts", "validate_store"]


@dataclass(frozen=True)
class Violation:
    node: str  # the focus node
    rule: str  # the shape and its constraint component: "pg:CitationShape sh:MinCountConstraint"
    path: str | None  # the property, when the rule is about one
    message: str
    graphs: tuple[str, ...]  # the named graphs (articles, reference) that state the node

    def line(self) -> str:
        where = f" in {', '.join(self.graphs)}" if self.graphs else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.node}{where}: {self.rule}{path}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str  # one line per violation (``Violation.line``), sorted
    details: tuple[Violation, ...] = ()


def validate(dataset: Dataset | Graph | Store) -> ValidationReport:
    """Check the union of the dataset's graphs against the SHACL shapes.

    The shapes are written for the union (a ``.ttl`` export is that union), so a TriG
    file and the Turtle of the same dataset get the same verdict. The dataset is not
    changed. An open store is validated part by part (``validate_store``).
    """
    if isinstance(dataset, Store):
        return validate_store(dataset)
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
        conforms, results, _text = pyshacl.validate(
            dataset,
            shacl_graph=_shapes(),
            inference="none",
            advanced=False,
            allow_warnings=False,
        )
    finally:
        if isinstance(dataset, Dataset) and union is not None:
            dataset.default_union = union
    details = _violations(results, dataset)
    lines = "\n".join(v.line() for v in details)
    return ValidationReport(bool(conforms), len(details), lines + "\n" if lines else "", details)


@cache
def _shapes() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def _short(term: object) -> str:
    text = str(term)
    names = {**PREFIXES, "pgsh": SHAPES_NS}
    for prefix, ns in sorted(names.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _violations(results: Graph, dataset: Dataset | Graph) -> tuple[Violation, ...]:
    found: list[Violation] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        node = results.value(result, SH.focusNode)
        shape = results.value(result, SH.sourceShape)
        if isinstance(shape, BNode):  # a property shape: name the node shape that holds it
            shape = _shapes().value(None, SH.property, shape) or shape
        component = results.value(result, SH.sourceConstraintComponent)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        graphs: set[str] = set()
        if isinstance(dataset, Dataset) and node is not None:
            for _, _, _, context in dataset.quads((node, None, None, None)):
                if context is not None:
                    name = context.identifier if isinstance(context, Graph) else context
                    graphs.add(_short(name))
        found.append(
            Violation(
                node=_short(node),
                rule=" ".join(_short(t) for t in (shape, component) if t is not None),
                path=_short(path) if path is not None else None,
                message=" ".join(str(message or "violates the shape").split()),
                graphs=tuple(sorted(graphs)),
            )
        )
    return tuple(sorted(found, key=lambda v: (v.graphs, v.node, v.rule, v.path or "")))


def validate_parts(parts: Iterable[Dataset]) -> ValidationReport:
    """Validate a dataset too large for one pass, part by part (a store: a few hundred
    articles at a time, each part with the reference graph) and merge the reports. The
    shapes constrain nodes within what articles state together, so a part gives the
    violations the whole would for the nodes it holds."""
    details: dict[str, Violation] = {}
    conforms = True
    for part in parts:
        report = validate(part)
        conforms = conforms and report.conforms
        for violation in report.details:
            details.setdefault(violation.line(), violation)
    ordered = tuple(details[line] for line in sorted(details))
    lines = "\n".join(v.line() for v in ordered)
    return ValidationReport(conforms, len(ordered), lines + "\n" if lines else "", ordered)


def validate_store(
    store: Store, names: Sequence[str] | None = None, step: int = 200
) -> ValidationReport:
    """Validate the article graphs ``names`` of an open store (all of them by default), a
    few hundred at a time, each part with the reference graph."""
    names = store.article_names() if names is None else sorted(names)
    parts = (
        store.dataset([*names[i : i + step], str(REFERENCE_GRAPH)])
        for i in range(0, max(len(names), 1), step)
    )
    return validate_parts(parts)
