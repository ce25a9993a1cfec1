"""Scope of a claim: one incident, a running total, or a standing level.

The scope is read from the structure of the clause that holds the figure (the stretch
between commas, semicolons, dashes or a contrastive conjunction, :func:`clause_of`), in
the source sentence and in its English translation:

* ``standing_level`` — a level kept over time, for categories that can be kept
  (``standing_categories``: troops, vehicles): the figure is what a verb of **keeping or
  possession** holds ("France *has* about 4,300 troops in the Sahel", "Minusma *tæller*
  13.000 soldater", "كان *لها* نحو 2400 جندي": the verb, at most ``possession_gap``
  adverbs, then the figure), the clause has a verb of **presence** ("stationed",
  "based in", "udstationeret", "متمركز", "remain in", "blir værende"), or the figure is
  one end of a stated **change of a level** ("drop from 3,000 to 2,500": the ``from`` and
  ``target`` ends, and reductions).
* ``running_total`` — a figure that accumulates: the clause has a cumulative adverbial or
  a toll noun ("so far", "since May", "in total", "the death toll", "hittil", "i alt",
  "حتى الآن", "حصيلة"), or a cumulative category (the dead, the wounded, arrests...)
  in the **perfect or stative aspect** — an auxiliary followed by a participle, the
  figure counted up to now ("at least 58 people *have died*", "500 mennesker *er skadd*",
  "politiet *har anholdt* 24 personer"), where the simple past of one event ("were
  killed", "ble drept") stays an incident.
* ``incident`` — anything else: a figure of one event ("seven were killed in the blast",
  "3,000 extra troops are sent").

The verb and adverb tables are closed grammatical classes of the four languages, kept in
:class:`~translate.align.config.LinkingConfig` (``scope_running_total``,
``scope_standing_level``, ``scope_possession``, ``scope_perfect``,
``standing_categories``) so a user can extend them. A group's scope is the widest of its
claims' (:func:`translate.align.linking.link_claims`).
"""

from __future__ import annotations

import re

from translate.align.config import LinkingConfig
from translate.align.cues import clause_of, has_cue
from translate.claims.types import Claim

__all__ = ["SCOPES", "scope_of", "clauses_of", "is_held"]

#: Fixed scope vocabulary.
SCOPES: tuple[str, ...] = ("incident", "running_total", "standing_level")

_WORD = re.compile(r"[^\W\d_]+|\d[\d.,\u00a0\u202f\u2009\u066b\u066c ]*", re.UNICODE)


def clauses_of(claim: Claim) -> list[tuple[str, str]]:
    """``(clause, quote)`` pairs, lower-cased: the claim's clause in the source sentence and,
    when the claim has an English quote, in the English sentence (else the whole English
    sentence, quote ``""``)."""
    out = [(clause_of(claim.sentence, claim.quote).lower(), claim.quote.lower())]
    english = claim.english
    if english and english != claim.sentence:
        eq = getattr(claim, "english_quote", None)
        if eq and eq in english:
            out.append((clause_of(english, eq).lower(), eq.lower()))
        else:
            out.append((english.lower(), ""))
    return out


def _words_before(clause: str, quote: str) -> list[str]:
    pos = clause.find(quote) if quote else -1
    if pos < 0:
        return []
    return [m.group(0) for m in _WORD.finditer(clause[:pos])]


def _held(clause: str, quote: str, verbs: tuple[str, ...], gap: int) -> bool:
    """The figure is the object of a verb of keeping or possession: the verb, then at most
    ``gap`` words, then the quote ("has about 4,300 troops": ``about`` is in the quote;
    "har bare 65": one adverb)."""
    before = _words_before(clause, quote)
    forms = _forms(verbs)
    return any(_bare(w) in forms for w in before[-(gap + 1):])


def _bare(word: str) -> str:
    """An Arabic word without a leading conjunction clitic (و, ف): "ولها" → "لها"."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _forms(verbs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.strip() for v in verbs)


def _perfect(clause: str, quote: str, auxiliaries: tuple[str, ...]) -> bool:
    """An auxiliary of the perfect or stative aspect followed by a participle (any word
    that is not the figure): "have died", "har mistet", "er skadd", "has killed"."""
    words = [m.group(0) for m in _WORD.finditer(clause)]
    aux = _forms(auxiliaries)
    skip = set(quote.split())
    for n, w in enumerate(words[:-1]):
        nxt = words[n + 1]
        if _bare(w) in aux and not nxt[0].isdigit() and nxt not in skip:
            return True
    return False


def is_held(claim: Claim, *, config: LinkingConfig | None = None) -> bool:
    """True when the claim's clause says the figure is kept somewhere: a verb of
    presence, or a verb of keeping or possession holding the figure (standing categories
    only). Such a figure is a level even when the sentence states a change elsewhere ("650
    soldiers are still in Afghanistan, after Washington withdrew most of its forces")."""
    cfg = config or LinkingConfig()
    if claim.category not in cfg.standing_categories:
        return False
    return any(has_cue(c, cfg.scope_standing_level) or
               _held(c, q, cfg.scope_possession, cfg.possession_gap)
               for c, q in clauses_of(claim))


def scope_of(claim: Claim, *, config: LinkingConfig | None = None) -> str:
    """The scope of a claim, from the structure of the clause that holds it.

    Args:
        claim: The claim.
        config: Verb, adverb and category tables (default :class:`LinkingConfig`).

    Returns:
        One of :data:`SCOPES`.
    """
    cfg = config or LinkingConfig()
    clauses = clauses_of(claim)
    can_stand = claim.category in cfg.standing_categories
    if is_held(claim, config=cfg):
        return "standing_level"
    if any(has_cue(c, cfg.scope_running_total) for c, _q in clauses):
        return "running_total"
    changed = claim.direction in ("from", "target", "reduce") or \
        getattr(claim, "role", None) in ("from", "target")
    if can_stand and changed:
        return "standing_level"
    if claim.category in cfg.cumulative_categories + cfg.perfect_categories and any(
            _perfect(c, q, cfg.scope_perfect) for c, q in clauses):
        return "running_total"
    return "incident"
