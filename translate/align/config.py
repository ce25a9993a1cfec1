"""One versioned configuration for claim linking: every threshold, table and weight.

:class:`LinkingConfig` is frozen; change it with :meth:`LinkingConfig.replace` or build it
from a dict / JSON file with :func:`resolve_config`. Its :attr:`~LinkingConfig.version`
and :meth:`~LinkingConfig.hash` go into every group's signature (and so into
``groups_signature`` of ``report.json``): two reports made with different settings never
look alike.

Example:
    >>> cfg = resolve_config({"agree_margin": 1.06, "stories.window_days": 3})  # doctest: +SKIP
    >>> cfg.signature                                                           # doctest: +SKIP
    'linking:10|config:3f1c0a9be2d4'
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translate.align.cues import EVENT_KINDS, EVENTS, LOCATIVES
from translate.align.when import LAST_YEAR_WORDS

__all__ = ["LinkingConfig", "resolve_config", "parse_setting", "CONFIG_VERSION"]

#: Bumped whenever the meaning of a field or a default changes.
CONFIG_VERSION = "11"


def _story_config_type() -> type | None:
    try:
        from translate.align.stories import StoryConfig
    except ImportError:  # the stories module is optional
        return None
    return StoryConfig


def _default_stories() -> Any:
    cls = _story_config_type()
    return cls() if cls is not None else None


def _t(*xs: str) -> tuple[str, ...]:
    return tuple(xs)


@dataclass(frozen=True)
class LinkingConfig:
    """Settings of :func:`translate.align.link_claims` (all keyword, all documented).

    Attributes:
        version: Configuration version (:data:`CONFIG_VERSION`).
        agree_margin: Sentence ratio margin needed to link two claims whose values overlap
            (0.93; at ``linking:11``, with stricter blocks, it adds links on both dev folds
            — 329 → 334 of 471 and 294 → 307 of 417 — and no wrong one; at ``linking:9``
            it was better on the whole dev split but not on both halves).
        conflict_margin: Stricter margin for values that cannot both hold (a conflict or a
            change over time is a strong statement).
        same_doc_extra: Extra margin two claims of one article need when neither is in
            the title (a number repeated lower down is often a different fact).
        same_doc_lead: Two claims of one article link directly only when one of them is
            in the first ``same_doc_lead`` sentences (title and lead, which the body
            restates); other mentions join a group only through other documents.
        k: Nearest neighbours in the margin denominator.
        context_words: What is embedded for a claim: its quote with this many words on
            either side (0 = the whole sentence). Shorter texts embed faster.
        margin_pool: Whose sentences a claim's margin neighbours come from:
            ``other_documents`` (any other document) or ``other_stories`` (documents of
            other stories: the translations and retellings of one event are then not
            counted as the "typical neighbours" that a match must beat).
        pool_size: At most this many other claim sentences (plus the background sentences)
            form the margin neighbour pool: cost grows linearly with the corpus.
        bonus_place: Score bonus when both sentences name the same place.
        bonus_event: Score bonus for a shared event type.
        bonus_close_value: Score bonus when values are within ``close_value_ratio``.
        close_value_ratio: min/max ratio of two values counted as close.
        same_value_first: Groups form from the strongest links down; a link whose values
            may be one figure is taken as if its score were this much higher (only the
            order changes, not whether a pair may link), so "468 appearances" joins "468
            kampe" before the rival "403 mål" of the same translated sentence.
        max_value_ratio: Candidates are blocked by value range: two values further apart
            than this factor are never compared (a toll of 12 is not one of 4,000).
        story_max_value_ratio: The same inside one story of several documents, where a
            running total may grow many times over the days (a toll of 1,500 on the first
            day and 40,000 two weeks later).
        trend_margin: Margin needed to link two claims of one story (≥ 2 documents)
            published on different days whose values differ in the direction time allows
            (a cumulative figure that did not fall): an update of the same figure.
        update_lead: When > 0, two claims that are not running totals read as updates
            of one figure only when both are in a document's first ``update_lead``
            sentences (title and lead: the headline figure); 0: any sentence. A story
            holds several incidents ("one American was killed" in one attack, "five
            people died" in another): figures further down are rarely the story's
            headline toll (0 links 2 more dev pairs, but joins two incidents of the
            seeds' January story, tests/test_align_linking.py).
        sourced_rivals: Values of one day that cannot both hold, each attributed to a
            source (``Claim.attribution``: "the police said", "ifølge etaten"; two
            sources, or one source name in two languages), need only ``agree_margin``:
            the named sources explain the difference (rival counts of one moment, a
            ``conflict``); unattributed rivals need ``conflict_margin``.
        rival_max_ratio: Such rivals of two named sources may be this far apart (max /
            min; others: ``max_value_ratio``): police and organisers count one march,
            the authorities and a monitor count one day's dead.
        bare_ends_refer_back: An end of a stated change with no counted noun and no
            actor ("has risen to 109", "up from 64") counts whoever its article named
            before, so it may read as an update of a named count ("34 American
            soldiers"); ``False``: only for standing levels.
        who_nationality: Who is counted includes a nationality named in the counted
            phrase (:mod:`translate.align.nationality`: "10 Thai farm workers", "464
            iranske pilegrimer"): two counts naming other nationalities never link, and a
            count naming one is no update of a count naming another or none.
        named_days: Counts that are not tolls (``cumulative_categories`` and
            ``perfect_categories`` excepted) of one incident whose clauses name two
            different days ("marched on Tuesday", "on Thursday"; weekdays and dates by
            CLDR, :mod:`translate.align.when`) are two days' events and never link (not
            figures of a change: "sent 3,000 troops on Monday" arrive on Tuesday).
        past_months: A month named with no year in a casualty count's clause ("I
            november omkom 112 arbeidere", read in April) is in the year it last came
            before publication; a year before the story's first report makes the count
            a past event's toll, as a named year does (:func:`past_year`).
        other_change_margin: Margin for values that cannot both hold, published on
            different days, that do not read as an update (a cumulative figure whose
            counted people differ, a figure outside a running total): nearly never.
        open_bound_ratio: For linking, an open bound N ("at least N") stands for values
            up to N times this ("at most N": down to N divided by it), so "at least 35"
            is not read as agreeing with 359.
        same_time_conflict: A group in which two reports published less than the scope's
            ``gap_days`` apart cannot both hold is a ``conflict`` even when the figure also
            changed over the days (the reason gives the change too); ``False``: the change
            over time wins (``differ_over_time``, the same-day difference in the reason).
            Default ``True`` since linking:9: a settled figure that another source
            contradicts the same day ("769" restated on the day the AP counts 1,399) is a
            conflict; the price is a fast-rising toll whose morning and evening figures
            fall on one day (news gold dev: 80 of 100 verdicts against 79 with ``False``).
        levels_need_place: Standing levels of two different stories link only when their
            clauses place them in a common country (``Cues.focus``: after a locative word
            or a possessor, not an actor or nationality: "5,200 U.S. troops in Iraq" is
            in Iraq, "USA har 1.100 soldater i landet" in no named country): with no story
            in common, where the contingent is, is the only sign both count it.
        levels_place_in_story: Standing levels of one story whose places
            (``ClaimInfo.where``: the clause's countries, else where the article puts
            things) are both known and disjoint never link: "about 1,000 troops in Chad"
            and "about 100 in Gabon" are two levels, not one that moved.
        coarse_outside_clause: A city named outside the figure's clause places the
            figure only in its country for place checks ("raised to 148, after a
            wounded soldier died in a hospital in Nairobi" may join the toll of an
            attack in Garissa); a city in the clause keeps its own place.
            ``False``: as before linking:9's end, any compatible places.
        levels_need_keeper: Standing levels of two different stories never link when both
            name whose forces they count and no country is common ("amerikanske
            soldater i Afghanistan" and "havde Danmark omkring 750 soldater i
            Afghanistan"; ``ClaimInfo.keepers``).
        verdict_open_ratio: Verdicts read an open bound as a near one ("more than 5,000"
            as 5,000-10,000 times this / 2; see :func:`translate.align.verdict.compatible`),
            so "more than 5,000" and, days later, "more than 21,000" differ over time; 0
            keeps plain intervals (any two lower bounds agree).
        running_open_ratio: In a running total's group, two reports ``gap_days`` or
            more apart read their open bounds with this ratio: 1.0 reads "more than
            1,300" as the count of its day, so 1,500 a week later is ``differ_over_time``
            (the toll rose), not ``agree``; ``None`` (the default since linking:10: both
            folds of dev gain verdicts, lower bounds that overlap agree, as the README's
            verdicts say) uses ``verdict_open_ratio``.
        generic_categories: Categories that say only that people or things were counted
            (no event word found): such a claim may link with a specific count of its
            story whose parent it is (``category_parents``: "300,000 people" and "300,000
            people left homeless"; "40 vehicles" counted as ``other``) when the values are
            the same figure (never as an update or a rival value of it: "65 firefighters"
            is no step of a rising death toll), the same people are counted and the margin is
            ``generic_margin``. The group takes the specific category. An empty
            ``category_parents`` keeps strict category equality.
        generic_vague: Whether a vague figure ("hundreds of workers", "آلاف السكان") may
            link with a figure that is not vague when both are of a generic category:
            with no event word and no number, nothing says they count the same people
            ("hundreds of relatives" and "over 400 rescuers"). Two vague figures may.
        category_parents: Specific category → the generic one that may stand for it (a
            count of people for the dead, the wounded...; ``other`` for buildings,
            vehicles, rockets). Two specific categories never link with each other, also
            not through a generic claim (every pair of a group is checked).
        generic_margin: Margin a generic claim needs to link with a specific one.
        same_language_nouns: Two claims of one language, one of them of a generic
            category, whose counted nouns differ (the first five letters of the last word,
            an Arabic article dropped) count different things and never link ("137
            hostages" / "137 trucks"); across languages the nouns are not compared.
        plain_nouns: Word starts of plain nouns for people or things ("people",
            "mennesker", "personer", "أشخاص"), which never differ from another noun.
        cumulative_categories: Categories whose running totals only grow (the dead, the
            wounded, arrests...): in one group a later report never gives a lower value
            than an earlier one unless one of them is an end of a stated change ("revised
            down from 359 to 253").
        revision_allows_fall: A cumulative figure may be lower in a later report when its
            story states a revision down of that category ("police cut the toll from 86
            to 68") published on or before the later report: the toll of 93 on the first
            day and 76 after the revision are one quantity. ``False``: never.
        same_doc_running_totals: Two different values of one article may be in one group
            when both are running totals of the same people ("seven were still missing on
            Tuesday; three are still listed as missing"): an article that follows a
            figure over days, so the values are near (within ``same_doc_max_ratio``; a
            bomb's toll of 8 and the day's combined toll of 76 are two quantities).
            ``False``: one value per quantity per article.
        same_doc_max_ratio: See ``same_doc_running_totals``.
        same_doc_updates: Two different values of one article may also be in one group
            as one figure followed over time: the same people counted, within
            ``same_doc_max_ratio``, whose clauses name two different days ("Fredag var 304
            døde bekreftet. Søndag kveld hadde tallet steget til 377"), or a toll's end of
            a change with a lower count of it ("has risen to 1,391 ... by the end of
            August 1,162 had died").
        same_doc_old_values: The old value of a stated change ("Tallet er steget fra
            212.000 for en uge siden") may share a group with another value of its article
            that is not one (the title's "230.000 dræbt"), the same people counted and
            within ``same_doc_max_ratio``: the start of a change whose new value the
            article gives elsewhere.
        partitives: Words that, right after a figure, make it some of a group they
            name ("71 of the dead", "30 av dem", "55 af de omkomne", "٧١ من القتلى":
            Arabic "من ال" joins its noun): such a figure counts a part even when its
            sentence gives no whole (``ClaimInfo.partitive``) — with a figure of another
            day it links only as the same figure. Empty: no such reading.
        part_cues: Words that announce the members of a figure (any language, lower
            case, whole words): a smaller figure after one of them, in the sentence of a
            larger figure of a compatible category that comes before it, counts a part of
            it ("4,300 troops, including 2,400 in Mali", "105 hostages, among them 81
            Israelis", "heraf", "بينهم") and links with another figure only as the same
            figure, never as an update or a rival value (:func:`~translate.align.linking.parts`).
        part_sums: Also read figures as parts when the figures after a larger one in its
            sentence add up to it ("39 prisoners, 24 women and 15 teenage boys").
        implied_change_ends: Read the nearest figure before a marked start of a change in
            its sentence as the change's new value ("killing at least 632 people ..., up
            from 296 dead"; :func:`~translate.align.linking.implied_ends`): the two are
            then the ends of a stated change, which may join one group although they share
            a sentence.
        restated_ends: A figure equal to the new value of a stated change of its
            article, of the same category, elsewhere in the article (the title's "110"
            over "110 people are now known to have died ..., up from 99") is that end
            too: the change's start may join its group although their values differ.
        compatible_roles: Pairs of roles (``"add+level"``) whose claims may link when
            their values are one figure and, in one language, their counted nouns have one
            head: the troops sent are the contingent that is there ("3,000 troops are sent"
            and "the 3,000 extra troops"); a whole contingent withdrawn is the level that
            was there ("withdraw its 13,000 troops" and "has about 13,000 troops"; a change
            verb found near a figure is also often not its verb: "pulled 104 people
            alive" and "the 104 survivors"). Never the ends of a stated change.
        standing_max_ratio: The same for standing levels linked across stories.
        block_window: Within one block, a claim is compared with at most this many
            neighbours in value order (bounds the cost of huge blocks).
        group_linkage: How two groups are checked before a link merges them (the hard
            constraints of :func:`~translate.align.linking.blocked` are checked on every
            pair first): ``average`` — the mean, over the pairs of claims of different
            documents across the two groups, of (score − the score the pair's linking
            rule needs; the strictest margin when no score is enough) must be ≥
            ``-group_tolerance``, so a chain of links cannot join claims never close;
            ``complete`` — every such pair; ``single`` — no group check (each link alone).
        group_tolerance: See ``group_linkage``.
        group_floor: With ``average`` linkage, also no pair of the two groups may fall
            more than this below the score its rule needs (a pair nowhere near, bridged by
            two strong links, is two quantities).
        group_scope_updates: When both groups hold a running total, a pair of their
            figures read as one incident's is weighed as two figures of that total (the
            update rule), since a group's scope is the widest of its claims' ("120 people
            died", deep in a report, is a step of the toll its group follows). Default on:
            on the two halves of the news gold dev split +12 right / +4 wrong and +6 / 0
            links.
        use_stories: Incident figures and running totals link only within a story.
        gap_days: Per scope, publication gap (days) from which incompatible values are
            ``differ_over_time`` rather than ``conflict``.
        roles: Claim ``direction`` → role; claims link only within one role.
        scope_running_total: Cue words (any language, lower case, prefix match) that make a
            figure a running total (a toll that grows: "so far", "since", "toll").
        scope_standing_level: Cue words of a level kept over time ("stationed", "based").
        scope_possession: Verbs of keeping or possession (whole words, any of the four
            languages; an Arabic word also after و/ف): a figure they hold as object, at
            most ``possession_gap`` words after them, is a standing level ("France has
            about 4,300 troops", "har bare 65", "لها نحو 2400 جندي").
        possession_gap: How many filler phrases (``scope_fillers``) may stand between a
            verb of ``scope_possession`` and the figure it holds ("har i tillegg 2 500
            soldater", "لها حاليا نحو 2400 جندي"); any other word between them ends the
            verb's reach ("has sent 3,000 troops": an auxiliary and its participle).
        scope_fillers: Closed classes of words that may stand between a verb and the
            figure it governs: adverbs of time, addition and restriction ("now", "still",
            "also", "only", "i tillegg", "حاليا"), approximators (``scope_approximators``)
            and determiners (``scope_determiners``). Whole words; phrases match as a whole.
        scope_approximators: Words that bound or round a figure ("about", "more than",
            "om lag", "mere end", "نحو", "أكثر من"), skipped before it and never read as
            an addition ("more than" is not "more troops").
        scope_determiners: Definite and possessive determiners ("the", "its", "de", "sine",
            "deres"), fillers between a verb and its figure ("has all its 96 jets"); with
            ``scope_definite``, a figure they make definite, with a static locative right
            after it, is a known contingent where it is ("the roughly 28,500 US troops on the
            peninsula", "de 28.500 amerikanske soldater i landet"); so is a possessed one
            (``scope_genitives``).
        parts_share_scope: A figure that counts members of a group named before it
            (``part_cues`` right before or after it, or ending its quote: "..., among them
            645 children", "بينهم 163 قتيلاً", "٣٩ منهم", "heraf 12") reads the cumulative
            adverbials and toll nouns of ``scope_running_total`` in its sentence up to its
            clause's end: the whole's toll is its toll too (default on; news gold dev: 21
            more claims' scope right, 3 wrong; links unchanged, since linking already gives
            a part its whole's scope).
        scope_definite: Read a definite or possessed figure with a static locative as a
            standing level (default off: on the news gold dev split it reads 7 more
            claims' scope right and none wrong, but dev fold 2 loses link precision,
            0.860 → 0.847: a contingent whose keeper is a pronoun, "its 9,000 troops in
            Afghanistan", then links with another country's levels in the same place
            across stories).
        scope_genitives: Endings of a genitive possessor just before the figure ("Britain's
            9,000 troops in Afghanistan", Norwegian and Danish definite genitives
            "korpsets 630 soldater", "brigadens", "landenes").
        scope_existential: Expletive and verb of an existential clause ("there are", "der
            er", "er der", "det finnes", "يوجد", "هناك"): followed by the figure (fillers
            and, in Arabic, a place between) it states a presence, a level ("Der er
            omkring 2.000 amerikanske soldater i Syrien"). A participle after the verb is a
            passive of an event instead ("der er sendt 1.000 soldater").
        scope_copulas: Present-tense copulas ("are", "is", "er"): the figure as their
            subject (or after an inverted one), then at most one participle and a static
            locative, is where a force is ("about 2,000 troops are deployed in Syria",
            "120 er utplassert i hovedstaden"); the past ("were sent") is one event.
        scope_locatives: Static locative prepositions ("in", "at", "on", "i", "på", "في"),
            not of motion ("to", "til", "إلى"), for ``scope_copulas``,
            ``scope_determiners`` and verbless clauses: a clause whose only words before the
            figure are ``scope_connectives`` and fillers, with a static locative right
            after it or after a connective ("منهم", "of them"): an ellipsis ("It keeps
            about 600 troops in Côte d'Ivoire, about 350 in Gabon") or an Arabic nominal
            sentence ("أكثر من ٣٠ ألفا منهم في جزيرة أوكيناوا"). Empty: none of the three.
        scope_connectives: Conjunctions and connectives that may open a verbless clause
            ("and", "including", "in addition to", "heraf", "إضافة إلى", "بينهم").
        presence_reach: How many words after the figure (or after its copula) its static
            locative may come, for ``scope_copulas``.
        scope_additive: Words of an addition ("extra", "more", "yderligere", "ytterligere",
            "إضافي"): a figure they qualify counts what is added, not a level, for the
            existential, copular, verbless and definite readings.
        scope_perfect: Auxiliaries of the perfect or stative aspect (whole words): one
            followed by a participle in the claim's clause makes a figure of a cumulative
            category (``cumulative_categories`` + ``perfect_categories``) a running total
            counted up to now ("have died", "har mistet livet", "er skadd") or, in the
            pluperfect, up to then ("2,818 buildings had collapsed", "hadde omkommet");
            the simple past of one event ("were killed", "ble drept") is not.
        perfect_categories: Categories besides ``cumulative_categories`` whose perfect
            or stative figures are running totals ("er savnet": still missing).
        increments_of_a_day: Two stated rises of a cumulative figure ("five more bodies
            were found", "yderligere fem lig") published more than ``gap_days["incident"]``
            days apart are each report's own increment, two quantities (default on).
        coalition_from: With ``coalition_nouns``, how a force of many countries is
            told: "from", then a count (one or two words), then a noun for countries
            ("13,000 troops from 42 countries", "10.500 soldater fra 45 lande", "١٠ آلاف
            جندي من خمسين دولة", "from nearly 50 countries"). A standing level so counted is
            kept by a coalition, not by one country (``ClaimInfo.keepers``): it never links
            with one country's level of another story. Either empty: off.
        coalition_nouns: See ``coalition_from``.
        part_not_whole: A part of a larger figure of its sentence ("some 54,000 troops in
            Japan, more than 30,000 of them on Okinawa") never links as the same figure
            with a claim its whole could be and is nearer to: that is the whole's figure
            (default on; news gold dev folds: wrong links -1 and -1, right unchanged, a
            cross-event group fewer).
        breakdown_places: A figure that is an item of its sentence's breakdown by place
            ("Of the dead, 91 were in Suzu and 81 in Wajima"; "Liberia … 2.458 dødsfald,
            mens Sierra Leone har registreret 1.183": :mod:`translate.align.breakdown`)
            counts one place's share: it links only with a figure whose own segment names
            the same place (default on).
        doc_place_context: Leave out of a claim's places the cities its article does not
            back: a city name the gazetteer reads as several countries' towns (no
            country), and a city of a country the article never names while it names other
            countries (a small town read as a foreign city of its name). The article is
            its title and lead and the sentences of its claims. Default on (news gold dev
            folds: +12 and +4 right links, +0 and -2 wrong).
        perfect_moves: A figure of a ``perfect_categories`` category is a count of now
            that rises and falls between reports ("41 missing", then "still 24 missing",
            then "two remain missing"): two of its reports on different days read as an
            update (in the lead or as running totals, as other updates) whichever way it
            moved (default on; on the news gold dev folds +11 and +1 right links, +0 and
            +1 wrong).
        standing_categories: Categories that may be standing levels.
        events: Event type → cue words; two claims naming only different event types
            cannot link.
        event_kinds: An event type that names any of several others ("attack": a bombing,
            a shooting ...): two claims share an event when one names the general type
            and the other one of its kinds.
        actors: Who is counted → cue words, matched on the counted noun (``claim.noun``)
            and, when that names no one, the quote ("13 U.S. service members").
        when_words: Relative words of time or of the event (one or two words) that open
            a clause about the year the clause before it names ("since 1990, when 1,426
            people died", "i 1918, der 453 mennesker omkom", "حين", "since the 1993
            bombings, in which 257 people were killed"): a casualty count of one incident
            that its clause ties to a year before the publication's is the toll of a past
            event and links only with counts of that year
            (:func:`~translate.align.linking.past_year`). Empty: no year is read.
        then_words: Words that point back to a time named before them in the sentence
            ("at the time", "dengang", "آنذاك": "since 1944, when a fire broke
            out in a tunnel, and the toll then was 78"): a count whose clause holds one
            belongs to the last year named before its clause (:func:`past_year`), also
            after a ``since_words`` word. Empty: never.
        current_words: Words of a state that lasts ("still", "stadig", "لا يزال"): a
            clause with one counts who are in that state now (still in hospital, still
            held), a count that falls as people leave it: two such counts of a cumulative
            category reported days apart are an update even when the later is lower
            ("20 are still in intensive care", a week later "nine are still in intensive
            care"). A count of now never updates a cumulative total ("16 were injured").
            Empty: never.
        span_start_days: Two figures whose spans start more than this many days apart
            ("since the monsoon began in June" and "siden onsdag" in August; a month or
            year alone is each of its days) count different spans and never link
            (``ClaimInfo.start``). ``None``: spans are not read.
        since_words: Words that open a span from a year ("since 2013", "siden 2015",
            "منذ"): a year after them (within three words) ties no figure to it.
        last_year_words: Words for the year before publication ("last year's attack
            in Orlando, where 49 people were killed", "i fjor", "العام الماضي"), read
            like a named year by :func:`~translate.align.linking.past_year`, as are CLDR's
            "{0} years ago" phrases of each language ("for to år siden", "قبل سنتين").
            Empty: only those phrases.
        locatives: Locative prepositions (lower case, whole words; Arabic also after و/ف,
            and "ب" joined to a name): a claim's clause countries (``focus``) are places
            after one of them ("in Iraq", "i Tyrkia", "في العراق") or possessors ("Turkey's
            toll"), never a bare name, which is an actor ("Iran fired 16 missiles"); after
            the figure a located place comes first. Empty: any place.
        stories: Settings of story detection (``translate.align.stories.StoryConfig``),
            ``None`` when that module is not installed.
    """

    version: str = CONFIG_VERSION
    agree_margin: float = 0.93
    conflict_margin: float = 1.0
    same_doc_extra: float = 0.06
    same_doc_lead: int = 2
    k: int = 4
    context_words: int = 12
    margin_pool: str = "other_stories"
    pool_size: int = 256
    bonus_place: float = 0.04
    bonus_event: float = 0.03
    bonus_close_value: float = 0.04
    close_value_ratio: float = 0.8
    same_value_first: float = 0.02
    max_value_ratio: float = 2.0
    standing_max_ratio: float = 8.0
    revision_allows_fall: bool = True
    same_doc_running_totals: bool = True
    same_doc_max_ratio: float = 3.0
    same_doc_updates: bool = True
    same_doc_old_values: bool = True
    part_cues: tuple[str, ...] = _t(
        "including", "among them", "among whom", "of whom", "of them", "among those",
        "inklusive", "herunder", "heriblandt", "deriblandt", "blandt dem", "blant dem",
        "blandt andet", "blant annet", "bl.a.", "heraf", "herav", "av dem", "af dem",
        "بينهم", "بينها", "منهم", "منها", "من بينهم", "بما في ذلك", "بما فيهم")
    part_sums: bool = True
    partitives: tuple[str, ...] = _t(
        "of the", "of them", "of whom", "of its", "of their", "of those", "av de", "av dem",
        "av sine", "af de", "af dem", "af sine", "من ال", "منهم", "من بين")
    implied_change_ends: bool = True
    restated_ends: bool = True
    compatible_roles: tuple[str, ...] = _t("add+level", "level+remove")
    story_max_value_ratio: float = 30.0
    trend_margin: float = 0.92
    update_lead: int = 3
    sourced_rivals: bool = True
    rival_max_ratio: float = 4.0
    bare_ends_refer_back: bool = True
    who_nationality: bool = True
    named_days: bool = True
    past_months: bool = True
    other_change_margin: float = 1.1
    open_bound_ratio: float = 2.0
    verdict_open_ratio: float = 2.0
    same_time_conflict: bool = True
    levels_need_place: bool = True
    levels_place_in_story: bool = True
    coarse_outside_clause: bool = True
    levels_need_keeper: bool = True
    running_open_ratio: float | None = None
    generic_categories: tuple[str, ...] = _t("people", "other")
    category_parents: Mapping[str, str] = field(default_factory=lambda: {
        "killed": "people", "wounded": "people", "missing": "people", "arrested": "people",
        "displaced": "people", "troops": "people", "buildings": "other", "vehicles": "other",
        "rockets": "other"})
    generic_margin: float = 1.0
    generic_vague: bool = False
    same_language_nouns: bool = True
    plain_nouns: tuple[str, ...] = _t(
        "people", "person", "individual", "human", "others", "mennesk", "folk",
        "individ", "andre", "øvrige", "شخص", "أشخاص", "اشخاص", "فرد", "أفراد", "آخر",
        "الآخر", "نسمة")
    cumulative_categories: tuple[str, ...] = _t(
        "killed", "wounded", "arrested", "displaced", "buildings")
    block_window: int = 64
    group_linkage: str = "average"
    group_tolerance: float = 0.02
    group_scope_updates: bool = True
    group_floor: float = 0.3
    use_stories: bool = True
    gap_days: Mapping[str, int] = field(default_factory=lambda: {
        "incident": 1, "running_total": 1, "standing_level": 14})
    roles: Mapping[str, str] = field(default_factory=lambda: {
        "deploy": "add", "increase": "add", "reduce": "remove", "target": "level",
        "from": "level"})
    scope_running_total: tuple[str, ...] = _t(
        "so far", "since ", "in total", "a total of", "altogether", "toll", "cumulative",
        "til nå", "så langt", "hittil", "totalt", "til sammen", "i alt", "siden ",
        "indtil videre", "indtil nu", "dødstal", "dødstall", "samlet",
        "حتى الآن", "منذ", "حصيلة", "إجمالي", "في المجموع", "المجموع",
        # a figure that is updated: "has risen to", "still missing", "now confirmed"
        "risen", "rose", "climbed", "has passed", "still", "now confirmed", "confirmed",
        "steget", "stiget", "økt til", "øget til", "fortsatt", "fortsat", "stadig", "nu ",
        "bekreftet", "bekræftet", "ارتفع", "ارتفعت", "لا يزال", "لا تزال", "ما زال", "ما زالوا",
        # a count that reached or crossed a mark: "has reached 246,000", "passert",
        # "تجاوز" (exceeded), "بلغ" (reached)
        "reached", "passed", "exceeded", "surpassed", "topped", "nådd", "nået", "passert",
        "passeret", "oversteget", "overskredet", "تجاوز", "تخطى", "بلغ")
    scope_standing_level: tuple[str, ...] = _t(
        "stationed", "based in", "based at", "presence", "garrison", "keeps", "maintains",
        # a contingent kept somewhere for good is a level even when it is being sent
        # ("station about 4,000 troops in Lithuania permanently", "لواء ألماني دائم")
        "station", "permanen", "دائم",
        "stasjonert", "utstasjonert", "udstationeret", "stationeret", "tilstedeværelse",
        "opretholder", "متمركز", "تتمركز", "يتمركز", "المنتشرة", "المنتشرين", "وجود",
        "ينتشر", "تنتشر", "still in", "remain in", "fortsatt er i", "fortsat er i",
        "stadig er i", "لا يزالون في", "remain", "stay", "blir værende", "forblir",
        "forbliver", "bliver i", "blir i", "يبقى", "تبقى", "سيبقى", "لا يزال", "لا تزال",
        # the Arabic present of deploying states a presence ("تنشر ... في العراق"); the
        # future ("ستنشر") does not match
        "تنشر", "ينشر",
        # serving or based somewhere now ("are serving in", "tjenestegjør", "holder til i")
        "serving in", "serving at", "serve in", "tjenestegjør", "gør tjeneste",
        "gjør tjeneste", "gøre tjeneste", "gjøre tjeneste", "holder til", "يخدمون في")
    scope_possession: tuple[str, ...] = _t(
        "has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain", "counts",
        "numbers", "fields", "har", "hadde", "havde", "holder", "teller", "tæller",
        "لها", "له", "لديها", "لديه", "تملك", "يملك", "تضم", "يضم",
        # the base forms after a modal ("can number", "skal den tælle") and composition
        # ("består af 4.800 soldater", "يتألف من")
        "number", "tælle", "telle", "ha", "consists of", "consist of", "består af",
        "bestå af", "består av", "bestå av", "يتألف من", "تتألف من")
    possession_gap: int = 3
    scope_approximators: tuple[str, ...] = _t(
        "about", "around", "roughly", "approximately", "some", "nearly", "almost", "over",
        "more than", "fewer than", "less than", "at least", "up to", "as many as",
        "om lag", "omkring", "rundt", "cirka", "ca", "nesten", "næsten", "nærmere", "knapt",
        "knap", "snaut", "drøyt", "godt", "mer enn", "mere end", "flere enn",
        "flere end", "minst", "mindst", "opptil", "op til", "op mod", "oppimot", "henved",
        "نحو", "قرابة", "حوالي", "زهاء", "أكثر من", "أقل من", "ما يقارب", "ما يزيد على",
        "ما يزيد عن", "ما لا يقل عن", "ما يصل إلى")
    scope_determiners: tuple[str, ...] = _t(
        "the", "its", "their", "his", "her", "our", "all", "all the", "de", "dei", "den",
        "det", "sine", "sin", "sitt", "deres", "hans", "hennes", "dens", "dets", "vores",
        "våre", "alle")
    scope_fillers: tuple[str, ...] = _t(
        "now", "still", "also", "only", "just", "currently", "already", "today", "in addition",
        "additionally", "nå", "nu", "fortsatt", "fortsat", "stadig", "også", "bare", "kun",
        "i dag", "allerede", "i tillegg", "desuden", "dessuten", "endnu", "ennå", "i forvejen",
        "fremdeles", "foreløbig", "foreløpig", "حاليا", "حالياً", "الآن", "أيضا", "أيضاً",
        "فقط", "كذلك", "اليوم",
        *scope_approximators, *scope_determiners)
    scope_definite: bool = False
    parts_share_scope: bool = True
    scope_genitives: tuple[str, ...] = _t("'s", "\u2019s", "ens", "ets", "nes")
    scope_existential: tuple[str, ...] = _t(
        "there are", "there is", "there were", "there was", "der er", "er der", "der var",
        "var der", "der findes", "findes der", "der befinder sig", "det er", "er det",
        "det var", "var det", "det finnes", "finnes det", "det befinner seg",
        "يوجد", "توجد", "هناك", "ثمة", "يتواجد", "تتواجد")
    scope_copulas: tuple[str, ...] = _t("are", "is", "er")
    scope_locatives: tuple[str, ...] = _t(
        "in", "at", "on", "inside", "i", "på", "ved", "في", "داخل")
    scope_connectives: tuple[str, ...] = _t(
        "and", "including", "in addition to", "plus", "as well as", "besides", "og",
        "heraf", "herav", "blant dem", "blandt dem", "inklusive", "inkludert", "deriblandt",
        "foruden", "i tillegg til", "ud over", "و", "إضافة إلى", "بالإضافة إلى", "إلى جانب",
        "بينهم", "منهم", "منها")
    presence_reach: int = 2
    scope_additive: tuple[str, ...] = _t(
        "extra", "additional", "more", "further", "another", "ekstra", "flere", "fler",
        "yderligere", "ytterligere", "إضافي", "إضافيا", "إضافياً", "إضافيين", "إضافية",
        "آخرين", "أخرى")
    scope_perfect: tuple[str, ...] = _t(
        "has", "have", "har", "er", "is", "are", "hat", "had", "hadde", "havde")
    perfect_categories: tuple[str, ...] = _t("missing")
    perfect_moves: bool = True
    doc_place_context: bool = True
    part_not_whole: bool = True
    breakdown_places: bool = True
    increments_of_a_day: bool = True
    standing_categories: tuple[str, ...] = _t("troops", "vehicles")
    events: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(EVENTS))
    event_kinds: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(EVENT_KINDS))
    actors: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: {
        "military": _t("soldier", "troop", "servicem", "service member", "marine", "soldat",
                       "tropp", "trop",
                       "جندي", "جنود", "عسكري", "القوات"),
        "civilian": _t("civilian", "sivil", "civil", "مدني", "مدنيين"),
        "militant": _t("militant", "militia", "milits", "fighter", "insurgent", "attacker",
                       "gunm", "opprør", "oprør", "angriper", "angriber", "مسلح", "ميليشي",
                       "مقاتل", "مهاجم"),
        "police": _t("police", "officer", "politi", "شرطة", "شرطي"),
        "child": _t("child", "children", "barn", "børn", "طفل", "أطفال"),
        "foreigner": _t("foreign", "tourist", "utlending", "utenlandsk", "udlænding",
                        "udenlandsk", "turist", "أجنب", "أجانب", "سائح", "سياح"),
        "refugee": _t("refugee", "asylum", "flyktning", "flygtning", "asylsøk", "لاجئ"),
        "rescuer": _t("rescuer", "firefighter", "redningsm", "brannm", "brandm", "مسعف",
                      "إطفاء"),
    })
    when_words: tuple[str, ...] = _t(
        "when", "where", "da", "hvor", "der", "då", "عندما", "حين", "حينما", "حيث",
        "in which", "during which", "hvori", "hvorunder", "hvorved", "i hvilket",
        "i hvilken", "i hvilke")
    then_words: tuple[str, ...] = _t(
        "at the time", "back then", "dengang", "den gang", "på den tiden",
        "på det tidspunkt", "på det tidspunktet", "آنذاك", "حينها", "حينذاك", "وقتها",
        "وقتذاك")
    since_words: tuple[str, ...] = _t("since", "siden", "منذ", "ومنذ")
    span_start_days: int | None = 7
    current_words: tuple[str, ...] = _t(
        "still", "remain", "fortsatt", "fortsat", "fremdeles", "stadig", "stadigvæk",
        "لا يزال", "لا تزال", "لا يزالون", "ما زال", "ما زالت", "ما زالوا")
    last_year_words: tuple[str, ...] = LAST_YEAR_WORDS
    locatives: tuple[str, ...] = LOCATIVES
    coalition_from: tuple[str, ...] = _t("from", "fra", "من")
    coalition_nouns: tuple[str, ...] = _t(
        "countries", "nations", "lande", "land", "nasjoner", "nationer", "دولة", "دول",
        "بلدا", "بلدان")
    stories: Any = field(default_factory=_default_stories)

    def __post_init__(self) -> None:
        if self.group_linkage not in ("average", "complete", "single"):
            raise ValueError(f"group_linkage must be 'average', 'complete' or 'single', got "
                             f"{self.group_linkage!r}")
        if self.margin_pool not in ("other_documents", "other_stories"):
            raise ValueError(f"margin_pool must be 'other_documents' or 'other_stories', got "
                             f"{self.margin_pool!r}")

    # -- identity -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form (tables as lists, ``stories`` as a dict)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if f.name == "stories":
                v = _plain(v)
            elif isinstance(v, Mapping):
                v = {k: list(x) if isinstance(x, tuple) else x for k, x in sorted(v.items())}
            elif isinstance(v, tuple):
                v = list(v)
            out[f.name] = v
        return out

    def hash(self) -> str:
        """Stable 12-hex-digit hash of every setting (same settings → same hash)."""
        blob = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]

    @property
    def signature(self) -> str:
        """``linking:{version}|config:{hash}`` for ``groups_signature``."""
        return f"linking:{self.version}|config:{self.hash()}"

    # -- changes --------------------------------------------------------------------------
    def replace(self, **changes: Any) -> LinkingConfig:
        """A copy with some fields changed (``stories`` may be a dict of its fields).

        Raises:
            ValueError: An unknown field name (the message lists the known ones).
        """
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValueError(f"unknown linking setting(s) {', '.join(unknown)}; known: "
                             f"{', '.join(sorted(names))}")
        fixed: dict[str, Any] = {}
        optional = {f.name for f in dataclasses.fields(self) if "None" in str(f.type)}
        for name, value in changes.items():
            current = getattr(self, name)
            if value is None and name in optional:
                pass  # an optional setting switched off ("running_open_ratio": null)
            elif name == "stories" and isinstance(value, Mapping):
                value = _replace_stories(current, value)
            elif isinstance(current, tuple) and isinstance(value, (list, tuple)):
                value = tuple(str(x) for x in value)
            elif isinstance(current, Mapping) and isinstance(value, Mapping):
                merged = dict(current)
                merged.update({k: tuple(x) if isinstance(x, list) else x
                               for k, x in value.items()})
                value = merged
            elif isinstance(current, bool):
                value = _bool(name, value)
            elif isinstance(current, (int, float)) and not isinstance(current, bool):
                try:
                    value = type(current)(value)
                except (TypeError, ValueError):
                    raise ValueError(f"linking setting {name} must be a number, got "
                                     f"{value!r}") from None
            fixed[name] = value
        return dataclasses.replace(self, **fixed)


def _bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    s = str(value).strip().lower()
    if s in ("1", "true", "yes", "on"):
        return True
    if s in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"linking setting {name} must be true or false, got {value!r}")


def _plain(v: Any) -> Any:
    if v is None:
        return None
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {k: _plain(x) for k, x in dataclasses.asdict(v).items()}
    if isinstance(v, Mapping):
        return {str(k): _plain(x) for k, x in sorted(v.items())}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [_plain(x) for x in v]
    return v


def _replace_stories(current: Any, value: Mapping[str, Any]) -> Any:
    if current is None:
        cls = _story_config_type()
        if cls is None:
            raise ValueError("stories settings given but translate.align.stories is missing")
        current = cls()
    names = {f.name for f in dataclasses.fields(current)}
    unknown = sorted(set(value) - names)
    if unknown:
        raise ValueError(f"unknown stories setting(s) {', '.join(unknown)}; known: "
                         f"{', '.join(sorted(names))}")
    typed = {}
    for k, x in value.items():
        cur = getattr(current, k)
        if isinstance(cur, bool):
            x = _bool(k, x)
        elif isinstance(cur, (int, float)) and x is not None:
            x = type(cur)(x)
        typed[k] = x
    return dataclasses.replace(current, **typed)


def parse_setting(text: str) -> tuple[str, Any]:
    """``"key=value"`` (CLI ``--link-set``) → ``(key, value)``, value parsed as JSON if it can.

    Raises:
        ValueError: No ``=`` in ``text``.
    """
    if "=" not in text:
        raise ValueError(f"expected KEY=VALUE (e.g. agree_margin=1.06), got {text!r}")
    key, raw = text.split("=", 1)
    try:
        value: Any = json.loads(raw)
    except json.JSONDecodeError:
        value = raw.strip()
    return key.strip(), value


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        if "." in key:
            head, rest = key.split(".", 1)
            out.setdefault(head, {})
            if not isinstance(out[head], dict):
                raise ValueError(f"linking setting {head} given both as a value and a table")
            out[head].update(_nest({rest: value}))
        elif isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


def resolve_config(config: LinkingConfig | Mapping[str, Any] | str | Path | None = None,
                   **overrides: Any) -> LinkingConfig:
    """A :class:`LinkingConfig` from a config, a dict of overrides, or a JSON file path.

    Args:
        config: ``None`` (defaults), a :class:`LinkingConfig`, a mapping of field names to
            values (``"stories.window_days"`` or a nested ``{"stories": {...}}`` reach the
            story settings), or the path of a JSON file holding such a mapping.
        **overrides: Further field changes, applied last.

    Raises:
        ValueError: Unknown field, badly typed value, or a file that is not a JSON object.
        FileNotFoundError: The path does not exist.
    """
    changes: dict[str, Any]
    if isinstance(config, LinkingConfig):
        base, changes = config, {}
    elif config is None:
        base, changes = LinkingConfig(), {}
    elif isinstance(config, Mapping):
        base, changes = LinkingConfig(), dict(config)
    else:
        path = Path(config)
        if not path.is_file():
            raise FileNotFoundError(f"linking configuration file not found: {path}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}: not valid JSON ({e})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a JSON object of linking settings")
        base, changes = LinkingConfig(), data
    changes.update(overrides)
    changes = _nest(changes)
    if changes.get("version", base.version) != base.version:
        raise ValueError(f"linking configuration version {changes['version']!r} does not match "
                         f"this workbench's {base.version!r}")
    changes.pop("version", None)
    return base.replace(**changes) if changes else base
