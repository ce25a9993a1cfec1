"""Typed results of claim linking: evidence per claim and groups with a verdict."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from translate._repr import repr_html

__all__ = ["Evidence", "ClaimGroup"]


@dataclass(frozen=True)
class Evidence:
    """One claim's quote, as shown under a verdict.

    Attributes:
        claim: Claim id.
        doc: Document id.
        language: Source language.
        quote: The quote in the original language.
        sentence: The source sentence.
        english: English of the quote (``claim.english_quote``), else the English sentence,
            else ``None``.
        published: Publication date of the document, or ``None`` when unknown.
        low: Lower bound of the value (``None`` = open).
        high: Upper bound.
        hedge: The claim's hedge.
        attribution: Who gives the figure, as written (``claim.attribution``: "the health
            ministry", "politiet"), or ``None`` when its sentence names no source.
    """

    claim: str
    doc: str
    language: str
    quote: str
    sentence: str
    english: str | None
    published: _dt.date | None
    low: float | None
    high: float | None
    hedge: str
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim, "doc": self.doc, "language": self.language,
            "quote": self.quote, "sentence": self.sentence, "english": self.english,
            "published": self.published.isoformat() if self.published else None,
            "low": _num(self.low), "high": _num(self.high), "hedge": self.hedge,
            "attribution": self.attribution,
        }


@dataclass(frozen=True)
class ClaimGroup:
    """Claims judged to report the same quantity, with a verdict.

    Attributes:
        id: ``"g{n}"``, n from 1 in order of the group's first claim.
        claims: Claim ids in input order.
        category: The shared category.
        verdict: One of :data:`translate.align.verdict.VERDICTS`.
        reason: One line saying why.
        evidence: One :class:`Evidence` per claim.
        links: ``(claim, claim, score)`` for the links that joined the group; score is the
            sentence similarity (ratio margin) that supported the link.
        signature: How the grouping was made (embedder, linking configuration version and
            hash, package version).
        scope: ``incident``, ``running_total`` or ``standing_level``
            (:mod:`translate.align.scope`).
        stories: The stories of the group's documents (one, except for standing levels).
    """

    id: str
    claims: tuple[str, ...]
    category: str
    verdict: str
    reason: str
    evidence: tuple[Evidence, ...]
    links: tuple[tuple[str, str, float], ...] = ()
    signature: str = ""
    scope: str = "incident"
    stories: tuple[str, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct documents of the group's claims, in order."""
        return tuple(dict.fromkeys(e.doc for e in self.evidence))

    @property
    def cross_source(self) -> bool:
        """True when at least two documents report its value (a real cross-source group)."""
        return len(self.documents) >= 2 and self.verdict != "single"

    def _repr_html_(self) -> str:
        return repr_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The report.json form: ``id``, ``claims``, ``verdict``, ``reason`` and more."""
        return {
            "id": self.id, "claims": list(self.claims), "category": self.category,
            "verdict": self.verdict, "reason": self.reason,
            "evidence": [e.to_dict() for e in self.evidence],
            "links": [{"a": a, "b": b, "score": round(s, 4)} for a, b, s in self.links],
            "signature": self.signature, "scope": self.scope,
            "documents": list(self.documents), "cross_source": self.cross_source,
            "stories": list(self.stories),
        }


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
