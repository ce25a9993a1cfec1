"""Measure and duration words from CLDR (through Babel): "20 km", "three days" are not claims.

A number followed by a unit of measure or time ("7.8 magnitude" aside) is a measure, not a
count of people or things. Rather than a hand list per language, the unit nouns are read from
the CLDR unit patterns Babel ships ("{0} kilometers", "{0} dage", "{0} أيام"): the last word
after the ``{0}`` placeholder (or the word before it), in every plural form and length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from translate.claims.lexicon import normalise_word

__all__ = ["unit_words", "currency_words", "MULTIPLIERS", "goal_noun", "scores"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Words that make a number a multiplier ("five times the force", "fem gange så mange").
MULTIPLIERS: dict[str, frozenset[str]] = {
    "en": frozenset({"times", "time", "fold", "-fold", "twice", "once", "thrice"}),
    "da": frozenset({"gange", "gang", "dobbelt"}),
    "nb": frozenset({"ganger", "gang", "dobbelt"}),
    "ar": frozenset({"مرات", "مره", "اضعاف", "ضعف", "مرتين", "مرتان"}),
}

#: Metric prefixes that stand alone for their unit in speech ("kilo", Arabic "كيلو"),
#: added when the language's CLDR units use them.
_PREFIXES = ("kilo", "كيلو")

# CLDR has no unit pattern for these time/measure words news uses after a number (sports
# scores count as measures of a match or a career, seasons as durations; not Danish,
# Norwegian "mål" or Arabic "هدف", which are also the targets of a strike).
_EXTRA: dict[str, tuple[str, ...]] = {
    "en": ("magnitude", "degrees", "percent", "points", "votes", "kilometres", "metres",
           "decades", "times", "ton", "tonnes", "goals", "assists", "seasons"),
    "da": ("point", "points", "grader", "årti", "årtier", "stemmer", "tons", "timer", "dage",
           "uger", "måneder", "minutter", "sekunder", "målgivende", "sæsoner"),
    "nb": ("poeng", "grader", "tiår", "stemmer", "tonn", "dager", "uker", "måneder", "timer",
           "døgn", "minutter", "sekunder", "målgivende", "sesonger"),
    "ar": ("درجه", "درجات", "نقطه", "نقاط", "عقود", "صوت", "اصوات", "كيلومترا", "مترا", "عام",
           "اعوام", "سنين", "سنوات", "ساعات", "ساعه", "شهور", "اشهر", "كجم", "كغ", "ملم", "كلم",
           "مليمتر", "ميلمتر", "دقائق", "دقيقه", "ايام", "اسابيع", "مواسم", "موسم",
           "تمريرات", "تمريره"),
}


#: The nouns for a goal that are also a strike's target (Danish/Norwegian "mål", Arabic
#: "هدف" and its accusative, plural and dual) and the stems of the verb of scoring: the
#: noun is a score (a measure, like English "goals") only where the sentence scores
#: (Arabic "سجل" is also "recorded": only with another measure of a match).
_GOAL_NOUNS: dict[str, frozenset[str]] = {
    "da": frozenset({"mål"}), "nb": frozenset({"mål"}),
    "ar": frozenset({"هدف", "هدفا", "اهداف", "هدفين", "هدفان"}),
}
_SCORING: dict[str, tuple[str, ...]] = {
    "da": ("scor",), "nb": ("scor",), "ar": ("احرز", "يحرز"),
}
#: Words that make a sentence a match report as surely as a verb of scoring: the other
#: measures of a match or a career (points, assists, seasons; folded).
_SPORT: dict[str, frozenset[str]] = {
    "da": frozenset({"point", "points", "målgivende", "sæson", "sæsonen", "sæsoner"}),
    "nb": frozenset({"poeng", "poengene", "målgivende", "sesong", "sesongen", "sesonger"}),
    "ar": frozenset({"نقطه", "نقاط", "تمريره", "تمريرات", "تمريرتين", "موسم", "الموسم",
                     "مواسم", "مباراه", "المباراه", "مباريات"}),
}


def goal_noun(norm: str, language: str) -> bool:
    """A noun for a goal that is also a strike's target ("mål", "هدفا")."""
    return norm in _GOAL_NOUNS.get(language, frozenset())


def scores(words: Iterable[str], language: str) -> bool:
    """The sentence's folded ``words`` hold a verb of scoring ("scoret", "أحرز") or another
    measure of a match ("2 mål og 2 målgivende", "i en sæson"): its goal nouns are goals
    scored (a measure, like English "goals"), not targets struck ("angreb 30 mål")."""
    stems = _SCORING.get(language)
    if not stems:
        return False
    sport = _SPORT[language]
    return any(w.startswith(stems) or w in sport or (language == "ar" and w[:1] == "و" and (
        w[1:].startswith(stems) or w[1:] in sport)) for w in words)


@cache
def unit_words(language: str) -> frozenset[str]:
    """Folded unit and duration nouns of a language (CLDR via Babel, plus a few news words).

    Args:
        language: ISO 639-1 code.

    Returns:
        The folded words; empty when Babel has no data for the language.

    Example:
        >>> {"days", "km"} <= unit_words("en")
        True
    """
    try:
        from babel import Locale

        data = Locale.parse("nb" if language == "no" else language)._data["unit_patterns"]
    except Exception:  # noqa: BLE001 - unknown locale: no units, never an error
        data = {}
    out: set[str] = set()
    for name, lengths in data.items():
        if name.startswith(("concentr", "graphics")):
            continue  # "{0} parts per million", pixels: not news measures
        for length in ("long", "short"):
            for pattern in (lengths.get(length) or {}).values():
                if not isinstance(pattern, str) or "{0}" not in pattern:
                    continue
                before, _, after = pattern.partition("{0}")
                words = _WORD.findall(after)[-1:] or _WORD.findall(before)[-1:]
                for w in words:  # the unit noun itself, not "US" or "svenske" before it
                    if len(w) > 1:
                        out.add(normalise_word(w))
    out.update(normalise_word(w) for w in _EXTRA.get(language, ()))
    if language != "en":  # international abbreviations: "500 mi", "20 km", "16 kg"
        out.update(w for w in unit_words("en") if len(w) <= 3 and w.isascii() and w.isalpha()
                   and w not in ("in", "us", "pm", "st", "da", "ma"))
    if language in ("da", "nb"):  # imperial units keep their English names: "6,34 inches"
        out.update(w for w in unit_words("en") if len(w) >= 4 and w.isascii())
    # the metric prefix alone is the colloquial unit: "7,7 kilo", "سبعين كيلو متراً"
    out.update(p for p in _PREFIXES if any(w.startswith(p) and w != p for w in out))
    if language == "en":  # British spellings: litres, kilometres
        out.update(w.replace("ter", "tre") for w in list(out) if w.endswith(("ter", "ters")))
    return frozenset(out)


#: The day on which legal tender is read (CLDR keeps currencies' date ranges).
_TENDER_ON = (2024, 1, 1)


@cache
def _cldr_currency_words(language: str) -> frozenset[str]:
    """The folded currency nouns CLDR names in ``language`` (see :func:`currency_words`)."""
    import datetime

    try:
        from babel.core import get_global
        from babel.numbers import get_currency_name, get_territory_currencies

        day = datetime.date(*_TENDER_ON)
        codes = sorted({code for territory in get_global("territory_currencies")
                        for code in get_territory_currencies(territory, day, tender=True)})
        out: set[str] = set()
        for code in codes:
            for count in (1, 2, 5, 11, 100):
                words = _WORD.findall(get_currency_name(code, count, locale=language).lower())
                if words:
                    out.add(normalise_word(words[0] if language == "ar" else words[-1]))
    except Exception:  # noqa: BLE001 - unknown locale: no currencies, never an error
        return frozenset()
    return frozenset(out)


@cache
def currency_words(language: str) -> frozenset[str]:
    """Folded currency nouns of a language, from CLDR through Babel ("dollar", "kroner",
    "دولار"): a number counting one is money, not a claim ("flere tusinde dollar").

    Only currencies that are legal tender somewhere (so not the X- funds and units of
    account, whose names end in common nouns: "units", "value", "rights"); from each
    display name (every plural form) the noun: the last word, the first in Arabic
    ("دولار أمريكي").

    Args:
        language: ISO 639-1 code.

    Returns:
        The folded words; empty when Babel has no data for the language.

    Example:
        >>> {"dollars", "euros"} <= currency_words("en")
        True
    """
    out = set(_cldr_currency_words(language))
    if not out:
        return frozenset()
    if language in ("da", "nb"):  # the English plural of a shared name: "dollars", "euros"
        english = currency_words("en")
        out.update(w + "s" for w in list(out) if w + "s" in english)
        # Danish and Norwegian spell the currencies alike and each writes the other's
        # forms (CLDR gives Danish "rupees", Norwegian "rupier"); not the other's short
        # words ("sum", the Uzbek currency, is Norwegian for a sum)
        other = "nb" if language == "da" else "da"
        out.update(w for w in _cldr_currency_words(other) if len(w) > 3)
    return frozenset(w for w in out if len(w) > 2)
