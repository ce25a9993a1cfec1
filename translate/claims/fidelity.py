"""Number fidelity: do the quantities of a translation match those of its source?

Both sides are parsed with :func:`~translate.claims.quantities.parse_quantities` in their
own language, so "3.000" (da) equals "3,000" (en), "tre" equals "three", "2,5 millioner"
equals "2.5 million" and "kl. 14.00" equals "2 p.m.". Quantities are then matched:

1. equal values (times only with times; vague ranges by overlap, or an exact number that
   falls inside a vague range: "tusindvis" ↔ "thousands");
2. a matched pair gives ``hedge_changed`` when the source hedge is lost or turned around
   ("nesten 3.000" → "3,000", "mindst 50" → "up to 50"); a hedge the translation adds to
   an exact source number is not flagged (translators add "about" freely), and hedges
   bounding the same side agree ("opp mot 480" = "up to 480": both cap the number);
3. years and decades are compared as sets ("fra 24.08.2021 til 05.09.2021" → "from 24
   August to 5 September 2021" is fine);
4. left-overs are paired in text order into ``changed`` when both sides still have one
   (the NMT failure "2.200.112" → "2,200,12"; "25" → "five"); the rest are ``missing``
   (source only) or ``extra`` (translation only).

Small numbers written as words (≤ 10: "one", "to", "et par") and ordinal words are *soft*:
they are matched when possible but never flagged, because they are too often articles,
pronouns or free paraphrase ("both", "a couple", "the first"). List numbering is ignored.
A translation-only number up to 10 is not flagged as ``extra`` either: it is most often
spelled out by the source in a way no parser reads as a number (Arabic duals "ساعتين" =
"2 hours", "et halvt år" = "6 months", "firhjulstrækker" = "4x4"). Vague quantities
("dozens", "tusindvis") are matched by overlap but never flagged on their own, and a
century may be off by one between languages ("1600-tallet" is often "the 16th century").
"""

from __future__ import annotations

from collections.abc import Sequence

from translate.claims.quantities import parse_quantities
from translate.claims.types import FidelityFlag, FidelityResult, Quantity
from translate.signature import fidelity_signature

__all__ = ["check_fidelity", "FLAGS"]

#: Flag names, in report order.
FLAGS: tuple[str, ...] = ("missing", "changed", "extra", "hedge_changed")
_HEDGED_KINDS = frozenset({"count", "money", "percent"})
#: Kinds compared as sets: a year said twice in the source may be said once in English.
_SET_KINDS = frozenset({"year", "decade"})


def _soft(q: Quantity) -> bool:
    return q.soft


def _small(q: Quantity) -> bool:
    """A number up to 10: often spelled by the source in a way no parser reads."""
    return q.value is not None and q.value <= 10


def _side(q: Quantity) -> str:
    """Which bound a hedge sets: ``exact``, ``low`` (at least), ``high`` (at most,
    nearly), ``both`` (about) or ``vague``."""
    if q.hedge in ("exact", "vague"):
        return q.hedge
    if q.hedge == "at_least":
        return "low"
    if q.hedge == "at_most" or q.high == q.value:
        return "high"
    return "both"


def _hedge_lost(s: Quantity, t: Quantity) -> bool:
    """True when the source's hedge is dropped or turned around in the translation."""
    a, b = _side(s), _side(t)
    if a in ("exact", "vague") or b == "vague" or a == b:
        return False
    return b == "exact" or {a, b} != {"both", "high"}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _same(s: Quantity, t: Quantity) -> bool:
    if (s.kind == "time") != (t.kind == "time"):
        return False
    if s.value is not None and t.value is not None:
        if s.kind == t.kind == "decade" and abs(s.value - t.value) in (0, 100):
            return True  # centuries counted from 0 or 1 ("1600-tallet" ~ "16th century")
        if _close(s.value, t.value):
            return True
        # "omkring 50" ~ "some four dozen": an approximate number covers the other
        return any(a.hedge == "approx" and a.low is not None and a.high is not None
                   and b.value is not None and a.low <= b.value <= a.high
                   for a, b in ((s, t), (t, s)))
    lo_s, hi_s = s.low or 0.0, s.high if s.high is not None else float("inf")
    lo_t, hi_t = t.low or 0.0, t.high if t.high is not None else float("inf")
    return lo_s <= hi_t and lo_t <= hi_s


def _match(src: list[Quantity], tgt: list[Quantity]) -> tuple[list[tuple[Quantity, Quantity]],
                                                               list[Quantity], list[Quantity]]:
    left_t = list(tgt)
    pairs: list[tuple[Quantity, Quantity]] = []
    left_s: list[Quantity] = []
    for exact_pass in (True, False):
        pending = []
        for s in (src if exact_pass else left_s):
            cands = [t for t in left_t if _same(s, t)]
            if exact_pass:  # first pass: prefer same kind and both exact numbers
                cands = [t for t in cands if t.value is not None and s.value is not None]
            if cands:
                best = next((t for t in cands if t.kind == s.kind and t.hedge == s.hedge),
                            next((t for t in cands if t.kind == s.kind), cands[0]))
                pairs.append((s, best))
                left_t.remove(best)
            else:
                pending.append(s)
        left_s = pending
    return pairs, left_s, left_t


def check_fidelity(source: str, src_lang: str, translation: str, tgt_lang: str = "en"
                   ) -> FidelityResult:
    """Compare the quantities of a sentence and its translation.

    Args:
        source: Source sentence.
        src_lang: Its language (``da``, ``nb``, ``ar``, ``en``).
        translation: The translated sentence.
        tgt_lang: Language of the translation.

    Returns:
        A :class:`~translate.claims.types.FidelityResult`; ``result.ok`` when faithful.

    Example:
        >>> r = check_fidelity("Der er 2.200.112 indbyggere.", "da", "There are 2,200,12 people.")
        >>> [f.flag for f in r.flags]
        ['changed']
    """
    src = [q for q in parse_quantities(source, src_lang) if q.kind != "list"]
    tgt = [q for q in parse_quantities(translation, tgt_lang) if q.kind != "list"]
    pairs, left_s, left_t = _match(src, tgt)
    flags: list[FidelityFlag] = []
    for s, t in pairs:
        if (_hedge_lost(s, t) and not (s.soft or t.soft)
                and s.kind in _HEDGED_KINDS and t.kind in _HEDGED_KINDS):
            flags.append(FidelityFlag("hedge_changed", s, t))
    seen = {q.value for pair in pairs for q in pair if q.kind in _SET_KINDS}
    left_s = [s for s in left_s if not (s.kind in _SET_KINDS and s.value in seen)]
    left_t = [t for t in left_t if not (t.kind in _SET_KINDS and t.value in seen)]
    hard_s = [s for s in left_s if not _soft(s) and s.hedge != "vague"]
    soft_t = [t for t in left_t if _soft(t) or t.hedge == "vague"]
    hard_t = [t for t in left_t if not (_soft(t) or t.hedge == "vague")]
    while hard_s and (hard_t or soft_t):  # a hard source number rendered wrongly
        s, t = hard_s.pop(0), (hard_t or soft_t).pop(0)
        if s.text != t.text:  # same digits read as different kinds ("16." vs "16th") pass
            flags.append(FidelityFlag("changed", s, t))
    flags += [FidelityFlag("missing", s, None) for s in hard_s]
    flags += [FidelityFlag("extra", None, t) for t in hard_t if not _small(t)]
    return FidelityResult(
        source_quantities=tuple(src), target_quantities=tuple(tgt), matched=tuple(pairs),
        flags=tuple(flags),
        signature=fidelity_signature(src_lang, tgt_lang),
    )


def number_fidelity(sources: Sequence[str], translations: Sequence[str], src_lang: str) -> float:
    """Share of number-bearing source sentences whose numbers all survive translation.

    The evaluation tables' ``fidelity`` column (``python -m translate evaluate --fidelity``).
    Sentences whose source has no quantity do not count; with none at all the rate is 1.0.

    Args:
        sources: Source sentences.
        translations: Their translations, line for line.
        src_lang: Language of the sources.

    Returns:
        A rate in ``[0, 1]``.
    """
    if len(sources) != len(translations):
        raise ValueError(f"{len(sources)} sources but {len(translations)} translations")
    bearing = kept = 0
    for src, hyp in zip(sources, translations):
        result = check_fidelity(src, src_lang, hyp)
        if not any(q.kind != "list" for q in result.source_quantities):
            continue
        bearing += 1
        kept += result.ok
    return kept / bearing if bearing else 1.0
