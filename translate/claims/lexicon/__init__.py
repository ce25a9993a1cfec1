"""Per-language lexicon tables for quantities and claims.

Every language is one small module (``en.py``, ``da.py``, ``nb.py``, ``ar.py``) that
defines a single :class:`Lexicon` built from plain dicts and tuples: number words,
scale words, vague quantity words, hedge phrases, non-claim cues (months, clock and age
words), the nouns of each claim category and the direction verbs. Adding a language or
a category is a data change, not a code change.

Term convention: a term ending in ``*`` is a prefix (``"soldat*"`` matches ``soldater``,
``soldatene``); any other term must match a whole normalised word. Multi-word terms are
written with single spaces.

Users extend categories at run time with :func:`with_category`, which returns a new
lexicon (lexicons are frozen):

    >>> from translate.claims.lexicon import get_lexicon, with_category
    >>> lex = with_category(get_lexicon("en"), "ships", ("ship*", "vessel*"))
    >>> "ships" in lex.categories
    True
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache

__all__ = ["LANGUAGES", "Lexicon", "get_lexicon", "with_category", "normalise_word"]

LANGUAGES: tuple[str, ...] = ("en", "da", "nb", "ar")

_AR_DIACRITICS = dict.fromkeys(range(0x064B, 0x0653))  # tashkeel
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def normalise_word(word: str) -> str:
    """Lower-case a word and fold Arabic spelling variants (hamza seats, ta marbuta, tashkeel).

    Args:
        word: A single word as written.

    Returns:
        The folded form used for every lexicon look-up.
    """
    if word.isascii():
        return word.lower()  # nothing Arabic or curly to fold
    return word.lower().replace("’", "'").translate(_AR_DIACRITICS).translate(_AR_FOLD)


@dataclass(frozen=True)
class Lexicon:
    """All language-specific data the quantity parser and claim extractor use.

    Attributes:
        language: ISO 639-1 code.
        decimal: Decimal separators for digit numbers, in order of preference.
        group: Thousands separators for digit numbers.
        units: Cardinal words below one hundred (incl. tens) to their value.
        one_words: Words for "one" that are also articles; only counted next to a scale
            word or a category noun.
        scales: Multiplier words (hundred, thousand, million...) to their value.
        vague: Vague quantity phrases to ``(low, high, scale)``; ``scale`` (or 0) is the
            multiplier the word has after a number (Arabic "ثلاثة آلاف" = 3000).
        specials: Fixed phrases with an exact value ("a dozen").
        ordinals: Ordinal words to their value ("third": 3).
        connectors: Words allowed inside a number after a scale word ("hundred and five").
        hedges: Phrases just before a number to a hedge rule name (see ``hedges.RULES``).
        post_hedges: Phrases just after a number (and its noun) to a hedge rule name.
        range_words: ``(before, between)`` pairs for "between X and Y" style ranges.
        months: Month names (and short forms); a number next to one is a date.
        weekdays: Weekday names; reserved for date cues.
        time_before: Words just before a number that make it a clock time ("kl.").
        time_after: Words just after a number that make it a clock time ("p.m.").
        year_before: Words just before a 4-digit number that make it a year.
        age_after: Phrases after a number that make it an age ("year-old", "år gammel").
        age_before: Phrases before a number that make it an age ("aged").
        percent: Percent signs and words after a number.
        currency_before: Currency signs and codes before a number.
        currency_after: Currency words after a number.
        decade_suffixes: Suffixes turning a year into a decade ("s", "'erne").
        not_after_one: Words after a "one" word that make it a pronoun/article ("of").
        categories: Category name to its noun terms.
        casualty: ``killed``/``wounded`` to verb and noun terms that mark a casualty count.
        directions: Direction (deploy/reduce/increase) to verb terms.
        from_words: Words before a number marking the start of a change ("from").
        to_words: Words before a number marking the target of a change ("to").
        clitics: Prefixes stripped before look-up (Arabic و, ب, ال...).
        century_after: Words after an ordinal that make it a century ("16th century" is
            read as the decade-like value 1500, equal to "1500-tallet").
        century_before: Words before an ordinal that make it a century (Arabic "القرن").
        outbreak: Words of a disease or an outbreak ("وباء", "فيروس", "الكوليرا"); in a
            sentence with one, the ``infection`` words mean infection, not injury.
        infection: Injury words that also mean infection (Arabic "إصابة" is both an injury
            and a case of a disease); with an ``outbreak`` word in the sentence they count
            cases (``people``) and are no casualty cue.
    """

    language: str
    decimal: tuple[str, ...]
    group: tuple[str, ...]
    units: Mapping[str, float]
    one_words: frozenset[str]
    scales: Mapping[str, int]
    vague: Mapping[str, tuple[float, float, int]]
    specials: Mapping[str, float]
    ordinals: Mapping[str, int]
    connectors: frozenset[str]
    hedges: Mapping[str, str]
    post_hedges: Mapping[str, str]
    range_words: tuple[tuple[str, str], ...]
    months: frozenset[str]
    time_before: frozenset[str]
    time_after: frozenset[str]
    year_before: frozenset[str]
    age_after: tuple[str, ...]
    age_before: tuple[str, ...]
    percent: tuple[str, ...]
    currency_before: tuple[str, ...]
    currency_after: tuple[str, ...]
    decade_suffixes: tuple[str, ...]
    not_after_one: frozenset[str]
    categories: Mapping[str, tuple[str, ...]]
    casualty: Mapping[str, tuple[str, ...]]
    directions: Mapping[str, tuple[str, ...]]
    from_words: frozenset[str]
    to_words: frozenset[str]
    clitics: tuple[str, ...] = ()
    century_after: tuple[str, ...] = ()
    century_before: tuple[str, ...] = ()
    weekdays: frozenset[str] = field(default_factory=frozenset)
    outbreak: tuple[str, ...] = ()
    infection: tuple[str, ...] = ()


@cache
def get_lexicon(language: str) -> Lexicon:
    """Return the built-in lexicon of a language.

    Args:
        language: ISO 639-1 code, one of :data:`LANGUAGES`.

    Returns:
        The frozen lexicon.

    Raises:
        ValueError: If the language has no lexicon; the message lists the known ones.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no claim lexicon for {language!r}; known: {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"{__name__}.{language}")
    return module.LEXICON


def with_category(lexicon: Lexicon, category: str, terms: tuple[str, ...]) -> Lexicon:
    """Return a copy of ``lexicon`` with ``terms`` added to (or creating) ``category``.

    Args:
        lexicon: The lexicon to extend.
        category: Category name, e.g. ``"ships"``.
        terms: Noun terms (``*`` suffix for a prefix).

    Returns:
        A new frozen lexicon.
    """
    categories = dict(lexicon.categories)
    categories[category] = tuple(categories.get(category, ())) + tuple(terms)
    return replace(lexicon, categories=categories)
