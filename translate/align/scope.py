"""Scope of a claim: one incident, a running total, or a standing level.

* ``running_total`` — a figure that accumulates over days: the sentence says so with a
  cumulative adverbial or a toll noun ("so far", "since May", "in total", "the death toll",
  "hittil", "i alt", "حتى الآن", "حصيلة").
* ``standing_level`` — a level kept over time (troops a country keeps somewhere): the
  sentence uses a stative presence word ("stationed", "based in", "stasjonert",
  "udstationeret", "متمركز"), or the claim is one end of a stated change of a level
  ("drop from 3,000 to 2,500": the ``from`` and ``target`` ends, and reductions) in a
  category that can be a level.
* ``incident`` — anything else: a figure of one event ("seven were killed in the blast",
  "3,000 extra troops are sent").

The cue words are general grammar of news reporting in the four languages, kept in
:class:`~translate.align.config.LinkingConfig` (``scope_running_total``,
``scope_standing_level``, ``standing_categories``) so a user can extend them.
"""

from __future__ import annotations

from translate.align.config import LinkingConfig
from translate.align.cues import has_cue
from translate.claims.types import Claim

__all__ = ["SCOPES", "scope_of"]

#: Fixed scope vocabulary.
SCOPES: tuple[str, ...] = ("incident", "running_total", "standing_level")


def scope_of(claim: Claim, *, config: LinkingConfig | None = None) -> str:
    """The scope of a claim, from what its sentence (and English sentence) says.

    Args:
        claim: The claim.
        config: Cue tables (default :class:`LinkingConfig`).

    Returns:
        One of :data:`SCOPES`.
    """
    cfg = config or LinkingConfig()
    texts = [claim.sentence.lower()]
    if claim.english and claim.english != claim.sentence:
        texts.append(claim.english.lower())
    can_stand = claim.category in cfg.standing_categories
    if can_stand and any(has_cue(t, cfg.scope_standing_level) for t in texts):
        return "standing_level"
    if any(has_cue(t, cfg.scope_running_total) for t in texts):
        return "running_total"
    changed = claim.direction in ("from", "target", "reduce") or \
        getattr(claim, "role", None) in ("from", "target")
    if can_stand and changed:
        return "standing_level"
    return "incident"
