"""The records that travel through the pipeline.

``SourceText`` → (normalize) → spans found by the finders → ``Extraction`` of resolved
entities, each carrying the ``Mention``s (offsets into the *original* text) that support it.
All records are frozen so that stages cannot change what an earlier stage produced.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SourceText:
    """One input text as read from disk (or a corpus row), before any cleaning.

    ``text`` is the decoded original; every offset in the pipeline points into it.
    ``content`` lists the (start, end) regions that are article content; page furniture
    (related-news lists, comment forms, counters, copyright lines) lies outside them.
    """

    name: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601: "2021-09-17T06:32:30" or "2021-09-17"
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    content: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()  # what ingest noticed but could live with ("truncated …")

    def content_regions(self) -> tuple[tuple[int, int], ...]:
        return self.content or ((0, len(self.text)),)

    def content_hash(self) -> str:
        """``sha256:<hex>`` of everything the extraction depends on: the text, its content
        regions and its metadata (not where it was read from). An incremental build skips an
        article whose hash and extractor version are unchanged."""
        record = [
            self.name,
            self.text,
            self.title,
            self.date,
            self.author,
            self.publisher,
            self.url,
            [list(region) for region in self.content_regions()],
        ]
        canonical = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: ``original[start:end] == surface``."""

    start: int
    end: int
    surface: str
    relation: str | None = None  # citations only: based_on, implements, amends, ...
    sentence: str | None = None  # the sentence containing the mention (for people to read)
    # citations only: another cited document the sentence says acts on this one, and how
    # ("Nghị định 67 sửa đổi Nghị định 178": on 178's mention, 67's key and "amends")
    actor: str | None = None
    action: str | None = None  # amends, replaces, repeals, guides


@dataclass(frozen=True)
class DocumentRef:
    """A cited Party or State document, with what the article says about it."""

    key: str | None  # canonical key (dev-corpus conventions); None for named laws without number
    type: str | None  # "Chỉ thị", "Nghị quyết", ...
    number: str | None = None  # "18", "30a"
    symbol: str | None = None  # "CT-TTg", "QĐ/TW"
    issuer: str | None = None  # canonical body: "Thủ tướng Chính phủ"
    date: str | None = None  # ISO date of signature
    year: int | None = None
    term: str | None = None  # Party term / legislature: "XI"
    title: str | None = None  # "về tăng cường công tác dân vận"
    complete: bool = True  # False for a short form ("Chỉ thị 05")
    party: bool = False  # a Party (or Youth Union) document
    relation: str = "cites"  # the most specific relation among the mentions
    mentions: tuple[Mention, ...] = ()

    @property
    def first(self) -> Mention | None:
        return self.mentions[0] if self.mentions else None


@dataclass(frozen=True)
class Place:
    """An administrative unit (or village) named in the text."""

    name: str  # without the level word: "Đakrông", "Phường 6"
    level: str  # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, ...
    parent: str | None = None  # name of the enclosing unit when the text makes it clear
    parent_level: str | None = None
    unit_id: str | None = None  # gazetteer unit id ("2024-19570"); None for unlisted villages
    code: str | None = None  # GSO code, meaningful only with its vintage
    vintage: str | None = None  # "2024" (three levels, until 2025-06-30) or "2025"
    province: str | None = None  # the province the unit belongs to, when known
    valid_from: str | None = None
    valid_until: str | None = None
    merged_into: str | None = None  # name of the unit it was merged into, if any
    merged_into_code: str | None = None
    successor_code: str | None = None  # the 2025 unit that took it over (vintage 2025)
    successor_name: str | None = None
    ambiguous: bool = False  # several gazetteer units fit and the text does not decide
    implicit_level: bool = False  # the text wrote no level word ("Hà Nội, ngày ...")
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Agency:
    """An organisation: a kind of body, optionally at a place."""

    name: str  # expanded canonical name: "Ủy ban nhân dân huyện Đakrông"
    kind: str | None = None  # "Ủy ban nhân dân", "Huyện ủy", "Bộ", "Ban Dân vận", ...
    place: str | None = None  # name of the unit it serves
    place_level: str | None = None
    parent: str | None = None  # canonical name of the body it sits inside (org:subOrganizationOf)
    central: bool = False  # a central body (Bộ Chính trị, Chính phủ, ministries, ...)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one ``SourceText``."""

    source: SourceText
    documents: tuple[DocumentRef, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Agency, ...] = ()
    province: str | None = None  # the province the article is about, when it can be told
    district: str | None = None  # the district the article is about (pre-2025 articles)
    warnings: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def _mention_record(mention: Mention) -> dict[str, Any]:
    record: dict[str, Any] = {
        "surface": mention.surface,
        "start": mention.start,
        "end": mention.end,
    }
    if mention.relation is not None:
        record["relation"] = mention.relation
    if mention.actor is not None:
        record["actor"] = mention.actor
        record["action"] = mention.action
    return record


def _first_span(mentions: tuple[Mention, ...]) -> dict[str, Any]:
    if not mentions:
        return {"surface": None, "start": None, "end": None}
    return {"surface": mentions[0].surface, "start": mentions[0].start, "end": mentions[0].end}


def _surfaces(mentions: tuple[Mention, ...]) -> list[str]:
    return list(dict.fromkeys(m.surface for m in mentions))


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    """The JSON form of an extraction (the ``extract --format jsonl`` contract)."""
    source = extraction.source
    documents = []
    for doc in extraction.documents:
        documents.append(
            {
                "key": doc.key,
                "type": doc.type,
                "issuer": doc.issuer,
                "date": doc.date,
                "year": doc.year,
                "term": doc.term,
                "title": doc.title,
                "number": doc.number,
                "complete": doc.complete,
                "relation": doc.relation,
                **_first_span(doc.mentions),
                # every form that differs from the key, spaced ones too ("100 - KL/TW")
                "variant": [s for s in _surfaces(doc.mentions) if s != doc.key],
                "mentions": [_mention_record(m) for m in doc.mentions],
            }
        )
    places = [
        {
            "name": place.name,
            "level": place.level,
            "parent": place.parent,
            "code": place.code,
            "vintage": place.vintage,
            "unit": place.unit_id,
            "province": place.province,
            "merged_into": place.merged_into,
            "successor": place.successor_name,
            "ambiguous": place.ambiguous,
            "implicit_level": place.implicit_level,
            **_first_span(place.mentions),
            "mentions": [_mention_record(m) for m in place.mentions],
        }
        for place in extraction.places
    ]
    organizations = [
        {
            "name": agency.name,
            "kind": agency.kind,
            "place": agency.place,
            "parent": agency.parent,
            "central": agency.central,
            "surface": _surfaces(agency.mentions),
            "start": agency.mentions[0].start if agency.mentions else None,
            "end": agency.mentions[0].end if agency.mentions else None,
            "mentions": [_mention_record(m) for m in agency.mentions],
        }
        for agency in extraction.organizations
    ]
    return {
        "file": source.name,
        "path": source.path,
        "title": source.title,
        "date": source.date,
        "author": source.author,
        "publisher": source.publisher,
        "url": source.url,
        "encoding": source.encoding,
        "province": extraction.province,
        "district": extraction.district,
        "documents": documents,
        "places": places,
        "organizations": organizations,
        "warnings": list(extraction.warnings),
    }
