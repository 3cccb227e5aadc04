"""spaCy components that attach policygraph's findings to a ``Doc``.

Each component follows spaCy's ``SpanRuler`` shape: ``match(doc)`` finds (it calls one of the
pure finders on ``doc.text``), ``set_annotations(doc, found)`` writes a span group named after
the component and keeps the typed records in ``doc.user_data``. The places component runs
first: the province and district it finds are the context that the agency and document
components use to resolve bare forms ("UBND tỉnh", "Huyện ủy", a UBND symbol).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import agencies, citations, places
from ..models import Agency, DocumentRef, Place

PLACES = "policygraph_places"
AGENCIES = "policygraph_agencies"
DOCUMENTS = "policygraph_documents"
CONTEXT = "policygraph_context"  # doc.user_data key: article date, publisher, province, district
FOUND = "policygraph_found"  # doc.user_data key: component name → tuple of records
TEXT = "policygraph_text"  # doc.user_data key: the doc's text, when the caller has it

SPAN_GROUPS = {PLACES: "places", AGENCIES: "organizations", DOCUMENTS: "documents"}


def _context(doc: Doc) -> dict[str, Any]:
    context: dict[str, Any] = doc.user_data.setdefault(CONTEXT, {})
    return context


def text_of(doc: Doc) -> str:
    """The doc's text. ``Doc.text`` joins every token again on each call (a third of the
    pipeline's time when three components asked for it), so the text the doc was made from
    is kept beside it when known."""
    text = doc.user_data.get(TEXT)
    if isinstance(text, str):
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if len(text) == end:  # a cheap check that it is this doc's text
            return text
    text = doc.text
    doc.user_data[TEXT] = text
    return text


def _attach(doc: Doc, name: str, records: Sequence[DocumentRef | Place | Agency]) -> None:
    found: dict[str, tuple[Any, ...]] = doc.user_data.setdefault(FOUND, {})
    found[name] = tuple(records)
    spans = []
    for record in records:
        label = getattr(record, "key", None) or getattr(record, "name", None) or ""
        for mention in record.mentions:
            span = doc.char_span(
                mention.start, mention.end, label=SPAN_GROUPS[name], alignment_mode="expand"
            )
            if span is not None:
                span.kb_id_ = str(label)
                spans.append(span)
    doc.spans[SPAN_GROUPS[name]] = spans


def _date_or_reform(doc: Doc) -> str | None:
    """The article's date; without one, the day of a document it cites that was issued after
    the 2025 reform (the text is of the two-level map), once looked for."""
    context = _context(doc)
    if context.get("date"):
        return str(context["date"])
    if "after_reform" not in context:
        context["after_reform"] = places.cited_after_reform(text_of(doc))
    found = context["after_reform"]
    return str(found) if found else None


class PlaceComponent:
    def match(self, doc: Doc) -> places.PlaceFindings:
        context = _context(doc)
        return places.find_places(
            text_of(doc), article_date=_date_or_reform(doc), publisher=context.get("publisher")
        )

    def set_annotations(self, doc: Doc, found: places.PlaceFindings) -> None:
        context = _context(doc)
        context["province"] = found.province
        context["district"] = found.district
        context["commune"] = found.commune
        _attach(doc, PLACES, found.places)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


class AgencyComponent:
    def match(self, doc: Doc) -> list[Agency]:
        context = _context(doc)
        return agencies.find_agencies(
            text_of(doc),
            province=context.get("province"),
            district=context.get("district"),
            commune=context.get("commune"),
            article_date=_date_or_reform(doc),
        )

    def set_annotations(self, doc: Doc, found: list[Agency]) -> None:
        _attach(doc, AGENCIES, found)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


class DocumentComponent:
    def match(self, doc: Doc) -> list[DocumentRef]:
        context = _context(doc)
        found: dict[str, tuple[Any, ...]] = doc.user_data.get(FOUND, {})
        bodies = {
            mention.start: agency.name
            for agency in found.get(AGENCIES, ())
            for mention in agency.mentions
        }
        return citations.find_documents(
            text_of(doc),
            article_date=context.get("date"),
            province=context.get("province"),
            bodies=bodies,
            district=context.get("district"),
            commune=context.get("commune"),
        )

    def set_annotations(self, doc: Doc, found: list[DocumentRef]) -> None:
        _attach(doc, DOCUMENTS, found)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(PLACES)
def _make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()


@Language.factory(AGENCIES)
def _make_agencies(nlp: Language, name: str) -> AgencyComponent:
    return AgencyComponent()


@Language.factory(DOCUMENTS)
def _make_documents(nlp: Language, name: str) -> DocumentComponent:
    return DocumentComponent()
