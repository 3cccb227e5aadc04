"""The spaCy pipeline and the mapping of its spans back to the original text."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START
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


class _Sentences:
    """Sentence boundaries of a doc, found once: ``Span.sent`` walks the whole doc on
    every call, which made sentence lookup quadratic in the article's length."""

    def __init__(self, doc: Doc, cleaned: Normalized) -> None:
        self.text = components.text_of(doc)
        self.cleaned = cleaned
        self.starts: list[int] = []
        self.ends: list[int] = []
        if len(doc) == 0:
            return
        # token offsets and sentence starts as arrays: iterating ``doc.sents`` makes a
        # Python object per token
        table = doc.to_array([IDX, LENGTH, SENT_START]).astype(numpy.int64)
        first = table[:, 2] == 1
        first[0] = True
        begins = numpy.flatnonzero(first)
        lasts = numpy.append(begins[1:] - 1, len(doc) - 1)
        self.starts = table[begins, 0].tolist()
        self.ends = (table[lasts, 0] + table[lasts, 1]).tolist()

    def around(self, start: int, end: int) -> str | None:
        if not self.starts:
            return None
        index = max(bisect.bisect_right(self.starts, start) - 1, 0)
        text = self.text
        # A line break ends a sentence too (titles, date lines and list items carry no
        # full stop).
        first = max(self.starts[index], text.rfind("\n", 0, start) + 1)
        last = text.find("\n", end)
        sentence_end = self.ends[index]
        # a span running over the sentence's end (an alignment the tokenizer split) ends
        # its sentence where the span does
        sentence_end = max(sentence_end, end)
        last = sentence_end if last == -1 else min(last, sentence_end)
        begin, finish = self.cleaned.span(first, last)
        return " ".join(self.cleaned.original[begin:finish].split())


def _remap(
    entities: Iterable[_Entity], sentences: _Sentences, cleaned: Normalized
) -> tuple[_Entity, ...]:
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
                    sentence=sentences.around(mention.start, mention.end),
                    actor=mention.actor,
                    action=mention.action,
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
    doc.user_data[components.TEXT] = cleaned.text
    doc.user_data[components.CONTEXT] = {"date": source.date, "publisher": source.publisher}
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    found: dict[str, Any] = doc.user_data[components.FOUND]
    context: dict[str, Any] = doc.user_data[components.CONTEXT]
    sentences = _Sentences(doc, cleaned)
    return Extraction(
        source=source,
        documents=_remap(found[components.DOCUMENTS], sentences, cleaned),
        places=_remap(found[components.PLACES], sentences, cleaned),
        organizations=_remap(found[components.AGENCIES], sentences, cleaned),
        province=context.get("province"),
        district=context.get("district"),
        warnings=source.warnings,
    )


def extract_all(sources: Iterable[SourceText], nlp: Language | None = None) -> Iterator[Extraction]:
    """Extract from many texts, one at a time (memory stays bounded)."""
    nlp = nlp or _default_pipeline()
    for source in sources:
        yield extract(source, nlp)
