"""Figures of one sentence broken down by place: "91 were in Suzu and 81 in Wajima",
"Liberia har 2.458 dødsfald, mens Sierra Leone har registreret 1.183".

Such a figure counts one place's share of something larger; it is the same quantity as
another report's figure only when that one names the same place. Read from the sentence
alone, in any of the four languages, with no list of places:

* the sentence is cut into one **segment** per figure, at the last separator (a comma,
  "and", "og", "mens", "while", Arabic و …) between two figures;
* a segment's **places** are what the gazetteer finds in it and, in nb, da and en, the
  capitalised names a locative word puts something in ("in Wajima", "i byen Suzu", "in
  the Valencia region"; not a day or month: "on Friday"); each is kept as a gazetteer key,
  its spelling and the sound pattern of its name (:func:`translate.align.stories.
  name_sounds`' patterns), so "Castilla-La Mancha" in English and Norwegian match and a
  gazetteer name matches across scripts. (An Arabic word after في is as often a noun,
  في مخيم, so Arabic figures have gazetteer places only);
* figures of one sentence are a **breakdown** when at least two of one category name
  places of their own and no two of those share a place; a figure another one of the
  sentence counts a part of (its whole) and the ends of a stated change ("up from 64")
  are no items.

Nothing happens at import; the gazetteer loads on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["segments", "attached_places", "breakdown_items", "same_place"]

_SEPARATOR = re.compile(r"[,;:\u060c]|\s(?:and|og|mens|while|whereas|but|men|against|mod|"
                        r"mot|versus|followed by|efterfulgt af|etterfulgt av)\s|\sو(?=\S)",
                        re.IGNORECASE)
_LATIN_NAME = r"[A-ZÆØÅÄÖÜÉ][\w'’]*(?:[ -][A-ZÆØÅÄÖÜÉ][\w'’]*)*"


def segments(sentence: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The part of ``sentence`` that belongs to each figure (``spans``: start and end of
    each figure's quote in the sentence, in text order): cut between two figures at the
    last separator of the text between them, else just before the second."""
    cuts = [0]
    for (_s1, e1), (s2, _e2) in zip(spans, spans[1:]):
        gap = sentence[e1:max(e1, s2)]
        last = None
        for m in _SEPARATOR.finditer(gap):
            last = m
        cuts.append(e1 + last.start() if last else max(e1, s2))
    cuts.append(len(sentence))
    return [sentence[a:b] for a, b in zip(cuts, cuts[1:])]


def _sound_ok(pattern: str) -> bool:
    return sum(c not in "VWY" for c in pattern) >= 2  # "Suzu" (SVS) is a name too


def _sounds(name: str, arabic: bool) -> set[str]:
    """``sound:`` patterns of a name (each word of a Latin one), and ``name:`` its
    Latin spelling without accents (nb, da and en write "Wajima" alike)."""
    from translate.align.stories import _arabic_sound, _latin_sound

    if arabic:
        p = _arabic_sound(name)
        return {f"sound:{p}"} if _sound_ok(p) else set()
    plain = "".join(ch for ch in unicodedata.normalize("NFD", name.casefold())
                    if not unicodedata.combining(ch))
    out = {f"name:{plain}"}
    for part in re.split(r"[-\s'’]+", name):
        p = _latin_sound(part)
        if _sound_ok(p):
            out.add(f"sound:{p}")
    return out


@functools.lru_cache(maxsize=65536)
def attached_places(segment: str, language: str | None,
                    locatives: tuple[str, ...]) -> frozenset[str]:
    """Places a figure's segment names: ``key:<gazetteer key>``, ``name:<spelling>`` and
    ``sound:<pattern>`` of each (gazetteer places, not an Arabic nationality adjective
    such as كينياً; in nb, da and en also capitalised names after a locative word)."""
    from translate.align.gazetteer import _fold, find_places
    from translate.align.nationality import nationalities

    out: set[str] = set()
    for p in find_places(segment, language or "en"):
        if language == "ar" and nationalities(p.text, "ar"):
            continue  # "٣٢ كينياً و١٨ كندياً": who, not where
        out.add(f"key:{p.key}")
        out |= _sounds(_fold(p.text) if language == "ar" else p.text, language == "ar")
    if language != "ar":  # (an Arabic word after في is as often a noun: في مخيم)
        from translate.align.stories import _calendar_words

        calendar = _calendar_words(language)
        pattern = _after_locative(locatives)
        for m in pattern.finditer(segment) if pattern else ():
            if m.group(1).split()[0].casefold() not in calendar:  # "on Friday"
                out |= _sounds(m.group(1), False)
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def _after_locative(locatives: tuple[str, ...]) -> re.Pattern[str] | None:
    """A capitalised name after one of the Latin-script ``locatives`` (one lower-case
    word may stand between: "in the Valencia region", "i byen Suzu"); built once per set."""
    latin = sorted({w for w in locatives if w.isascii() or w in ("på", "nær")})
    if not latin:
        return None
    return re.compile(r"(?<!\w)(?i:" + "|".join(map(re.escape, latin)) +
                      r")\s+(?:[a-zæøå]+\s+)?(" + _LATIN_NAME + ")")


def same_place(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two figures' places share a gazetteer key or a name's sound."""
    return bool(a & b)


def breakdown_items(group: Sequence[Any], places: Mapping[str, frozenset[str]],
                    left_out: frozenset[str] = frozenset()) -> set[str]:
    """Ids of the figures of one sentence (``group``, in text order) that are items of a
    breakdown by place: at least two of one category name places of their own
    (``places``: claim id → its segment's places) and no two of them share one; figures
    in ``left_out`` (a whole another figure of the sentence counts a part of, an end of a
    stated change) are no items."""
    cands = [c for c in group if c.id not in left_out and places.get(c.id)]
    out: set[str] = set()
    for c in cands:
        mates = [d for d in cands if d.category == c.category]
        if len(mates) < 2:
            continue
        if all(not same_place(places[x.id], places[y.id])
               for i, x in enumerate(mates) for y in mates[i + 1:]):
            out.add(c.id)
    return out
