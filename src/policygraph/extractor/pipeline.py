"""The spaCy pipeline and the mapping of its spans back to the original text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest import MAX_ARTICLE_CHARS
from ..models import Agency, DocumentRef, Extraction, Mention, Place, SourceText
from ..normalize import Normalized, normalize
from . import components

_PIPES = ("sentencizer", components.PLACES, components.AGENCIES, components.DOCUMENTS)
_Entity = TypeVar("_Entity", DocumentRef, Place, Agency)


def make_pipeline() -> Language:
    """A blank Vietnamese pipeline with spaCy's rule tokenizer and our components."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
    for name in _PIPES:
        nlp.add_pipe(name)
    nlp.max_length = MAX_ARTICLE_CHARS + 1
    return nlp


@lru_cache(maxsize=1)
def _default_pipeline() -> Language:
    return make_pipeline()


def _masked(source: SourceText) -> str:
    """The text with page furniture blanked out (same length, line breaks kept)."""
    regions = source.content_regions()
    if regions == ((0, len(source.text)),):
        return source.text
    parts: list[str] = []
    position = 0
    for start, end in regions:
        gap = source.text[position:start]
        parts.append("".join(c if c == "\n" else " " for c in gap))
        parts.append(source.text[start:end])
        position = end
    tail = source.text[position:]
    parts.append("".join(c if c == "\n" else " " for c in tail))
    return "".join(parts)


def _sentence(doc: Doc, start: int, end: int, cleaned: Normalized) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    text = doc.text
    # A line break ends a sentence too (titles, date lines and list items carry no full stop).
    first = max(sentence.start_char, text.rfind("\n", 0, start) + 1)
    last = text.find("\n", end)
    last = sentence.end_char if last == -1 else min(last, sentence.end_char)
    begin, finish = cleaned.span(first, last)
    return " ".join(cleaned.original[begin:finish].split())


def _remap(entities: Iterable[_Entity], doc: Doc, cleaned: Normalized) -> tuple[_Entity, ...]:
    out: list[_Entity] = []
    for entity in entities:
        mentions: list[Mention] = []
        for mention in entity.mentions:
            start, end = cleaned.span(mention.start, mention.end)
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    surface=cleaned.original[start:end],
                    relation=mention.relation,
                    sentence=_sentence(doc, mention.start, mention.end, cleaned),
                )
            )
        out.append(dataclasses.replace(entity, mentions=tuple(mentions)))
    return tuple(out)


def extract(source: SourceText, nlp: Language | None = None) -> Extraction:
    """Extract documents, places and agencies from one text."""
    nlp = nlp or _default_pipeline()
    masked = _masked(source)
    cleaned = normalize(masked)
    cleaned = dataclasses.replace(cleaned, original=source.text)
    doc = nlp.make_doc(cleaned.text)
    doc.user_data[components.CONTEXT] = {"date": source.date, "publisher": source.publisher}
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    found: dict[str, Any] = doc.user_data[components.FOUND]
    context: dict[str, Any] = doc.user_data[components.CONTEXT]
    return Extraction(
        source=source,
        documents=_remap(found[components.DOCUMENTS], doc, cleaned),
        places=_remap(found[components.PLACES], doc, cleaned),
        organizations=_remap(found[components.AGENCIES], doc, cleaned),
        province=context.get("province"),
        district=context.get("district"),
        warnings=source.warnings,
    )


def extract_all(sources: Iterable[SourceText], nlp: Language | None = None) -> Iterator[Extraction]:
    """Extract from many texts, one at a time (memory stays bounded)."""
    nlp = nlp or _default_pipeline()
    for source in sources:
        yield extract(source, nlp)
