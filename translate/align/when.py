"""The day a figure is about, from its clause ("marched on Thursday", "7. mars").

A report names the day of what it counts by a weekday ("on Thursday", "tirsdagens
demonstrasjoner", "يوم الثلاثاء": the latest such day on or before the publication date)
or by a date ("on 7 March", "den 31. januar", "7 مارس": in the publication year, or the
year before when that date would come more than 30 days after publication). Weekday and
month names come from CLDR through Babel for every language, never from a hand list.

:func:`claim_day` is read by linking: two counts of a repeated kind of event (protests,
strikes, marches) that name two different days count two days' events, even when their
stories are one. :func:`years_back` reads years named relative to publication (CLDR's
"{0} years ago", "last year"): the toll of a past event.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from functools import cache

from translate.claims.numbers import to_ascii_digits

__all__ = ["claim_day", "day_names", "months_named", "span_start", "years_back", "past_spans",
           "month_span", "LAST_YEAR_WORDS"]

_AR_PREFIX = "(?:^|(?<=[\\s\u060c«\"“(]))(?:[وفبل]?(?:يوم\\s+)?(?:ال)?)"


@cache
def day_names(language: str) -> tuple[Mapping[str, int], Mapping[str, int]]:
    """(weekday name → Monday-based index, month name → month number) for ``language``,
    lower case, from CLDR (empty when Babel has no data for it)."""
    try:
        from babel import Locale

        loc = Locale.parse(language)
    except Exception:  # noqa: BLE001 - an unknown language: no names
        return {}, {}
    days = {str(v).lower(): int(k) for k, v in loc.days["format"]["wide"].items()}
    months = {str(v).lower(): int(k) for k, v in loc.months["format"]["wide"].items()}
    return days, months


@cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                      re.Pattern[str] | None]:
    days, months = day_names(language)
    if not days:
        return None, None, None
    alt_d = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    alt_m = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    if language == "ar":
        alt_d = "|".join(sorted((re.escape(d[2:] if d.startswith("ال") else d)
                                 for d in days), key=len, reverse=True))
        day = re.compile(_AR_PREFIX + f"({alt_d})(?!\\w)")
    else:  # a weekday word and its genitive/definite forms ("Thursday's", "tirsdagens")
        day = re.compile(rf"(?<!\w)({alt_d})(?:'s|s|en|ens)?(?!\w)", re.IGNORECASE)
    dm = re.compile(rf"(?<!\d)([0-3]?\d)\.?\s+({alt_m})(?!\w)", re.IGNORECASE)
    md = re.compile(rf"(?<!\w)({alt_m})\s+([0-3]?\d)(?!\d)", re.IGNORECASE)
    return day, dm, md


def _weekday_index(word: str, language: str) -> int | None:
    days, _ = day_names(language)
    w = word.lower()
    if language == "ar":
        return days.get(w) if w in days else days.get("ال" + w)
    return days.get(w)


def months_named(text: str, language: str | None, *,
                 not_after: tuple[str, ...] = ()) -> list[int]:
    """The months ``text`` names by a word of their own (an Arabic one also after a clitic
    و, ف or ب), in text order, except those within two words after one of ``not_after``
    ("since November")."""
    if not language:
        return []
    _days, months = day_names(language)
    skip = {w.lower() for w in not_after}
    words = re.findall(r"\w+", text.lower())
    out = []
    for k, w in enumerate(words):
        m = months.get(w) or (months.get(w[1:]) if language == "ar" and w[:1] in "وفب"
                              else None)
        if m and not skip & set(words[max(0, k - 2):k]):
            out.append(m)
    return out


def claim_day(clause: str, language: str | None,
              published: _dt.date | None) -> _dt.date | None:
    """The one day ``clause`` names (a weekday or a day of a month), resolved against
    ``published``; ``None`` when it names none, several, or the date is unknown."""
    if not clause or not language or published is None:
        return None
    day_re, dm_re, md_re = _patterns(language)
    if day_re is None:
        return None
    clause = to_ascii_digits(clause)  # "١٥ يونيو" is "15 يونيو"
    _, months = day_names(language)
    found: set[_dt.date] = set()
    for m in day_re.finditer(clause):
        k = _weekday_index(m.group(1), language)
        if k is not None:
            found.add(published - _dt.timedelta(days=(published.weekday() - k) % 7))
    for rx, d_first in ((dm_re, True), (md_re, False)):
        if rx is None:
            continue
        for m in rx.finditer(clause):
            d, mon = (m.group(1), m.group(2)) if d_first else (m.group(2), m.group(1))
            month = months.get(mon.lower())
            try:
                when = _dt.date(published.year, month or 0, int(d))
            except ValueError:
                continue
            if when > published + _dt.timedelta(days=30):  # a date of last year
                try:
                    when = when.replace(year=published.year - 1)
                except ValueError:
                    continue
            found.add(when)
    return next(iter(found)) if len(found) == 1 else None


#: A year written in digits, 1500-2099, not part of a longer number ("2,000" or "2004.5").
YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?![\d.,]\d)")


def years_named(text: str) -> list[int]:
    """The years ``text`` names in ASCII, Arabic-Indic or Persian digits
    (:func:`~translate.claims.numbers.to_ascii_digits`), in text order."""
    return [int(y) for y in YEAR.findall(to_ascii_digits(text))]


def month_span(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    """The first and last day of ``month`` (1-12) of ``year``."""
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return _dt.date(year, month, 1), nxt - _dt.timedelta(days=1)


def span_start(text: str, language: str | None, published: _dt.date | None,
               since_words: tuple[str, ...]) -> tuple[_dt.date, _dt.date] | None:
    """The start of the span a running figure is counted over, as the first and last day
    it may be: the day, month or year named within six words after a word that opens a
    span (``since_words``: "since Wednesday", "siden monsunen begyndte 29. maj", "since
    the monsoon began in June", "منذ أبريل", "since 2013"); ``None`` when ``text`` names
    none (or no date, "since the war began"), or the publication date is unknown.
    Weekdays and dates resolve as in :func:`claim_day`; a month is its month in the year
    named with it, else in the publication year (the year before when it lies after
    publication)."""
    if not text or not language or published is None:
        return None
    text = to_ascii_digits(text)
    low = text.lower()
    for word in since_words:
        for m in re.finditer(rf"(?<!\w){re.escape(word.lower())}(?!\w)", low):
            rest = " ".join(re.split(r"[,;:\u060c]\s", text[m.end():], maxsplit=1)[0]
                            .split()[:6])
            day = claim_day(rest, language, published)
            if day is not None:
                return day, day
            months = months_named(rest, language)
            years = [y for y in years_named(rest) if y <= published.year]
            if months:  # in the year named with it ("since June 2013"), else the latest
                year = years[0] if years else (
                    published.year if months[0] <= published.month else published.year - 1)
                return month_span(year, months[0])
            if years:
                return _dt.date(years[0], 1, 1), _dt.date(years[0], 12, 31)
    return None


@cache
def _years_ago(language: str) -> tuple[tuple[re.Pattern[str], int | None, int], ...]:
    """CLDR's "{0} years ago" phrases of ``language`` as patterns, each with its fixed
    count when the phrase has no number slot (Arabic "قبل سنتين": 2) and the years one
    counted unit holds: 1, and 10 for the same phrases with CLDR's decade unit in place of
    the year ("two decades ago", "for to tiår siden", "for to årtier siden", "قبل 3 عقود")."""
    try:
        from babel.dates import format_timedelta
        from babel.units import format_unit
    except ImportError:  # pragma: no cover - Babel is a dependency
        return ()
    out: dict[str, tuple[re.Pattern[str], int | None, int]] = {}

    def add(text: str, n: int, factor: int) -> None:
        text = text.lower()
        if str(n) in text:
            head, tail = text.split(str(n), 1)
            rx = (re.escape(head) + r"(\S+)" + re.escape(tail)).replace(r"\ ", r"\s+")
            out.setdefault(rx, (re.compile(rf"(?<!\w){rx}(?!\w)"), None, factor))
        else:
            rx = re.escape(text).replace(r"\ ", r"\s+")
            out.setdefault(rx, (re.compile(rf"(?<!\w){rx}(?!\w)"), n, factor))

    for n in (1, 2, 3, 7, 11, 100):
        try:
            text = format_timedelta(-_dt.timedelta(days=365 * n + 1), granularity="year",
                                    threshold=5, add_direction=True, locale=language)
        except Exception:  # noqa: BLE001 - no CLDR data for the language
            return ()
        add(text, n, 1)
        try:
            year, decade = (format_unit(n, f"duration-{u}", locale=language)
                            for u in ("year", "decade"))
        except Exception:  # noqa: BLE001 - no unit data for the language
            continue
        if year in text:  # the year unit inside the phrase: a decade in its place
            add(text.replace(year, decade), n, 10)
    return tuple(out.values())


def _count(word: str, language: str) -> int | None:
    """A small count written in digits or as one number word ("2", "two", "to", "ثلاث")."""
    from translate.claims.lexicon import get_lexicon, normalise_word
    from translate.claims.numbers import parse_number
    from translate.claims.words import word_value

    if any(ch.isdigit() for ch in word):
        value = parse_number(word, language)
    else:
        try:
            value = word_value(normalise_word(word), get_lexicon(language), clitics=True)
        except (KeyError, ValueError):
            value = None
    return int(value) if value and value == int(value) and 0 < value < 1000 else None


#: Words for the year before publication ("last year", "i fjor", "العام الماضي"):
#: :attr:`~translate.align.config.LinkingConfig.last_year_words` and
#: :attr:`~translate.align.stories.StoryConfig.last_year_words` by default.
LAST_YEAR_WORDS: tuple[str, ...] = (
    "last year", "i fjor", "fjorårets", "sidste år", "sidste års", "العام الماضي",
    "السنة الماضية", "العام المنصرم")


def past_spans(text: str, language: str | None, published: _dt.date | None, *,
               last_year: tuple[str, ...] = LAST_YEAR_WORDS
               ) -> list[tuple[_dt.date, _dt.date]]:
    """The stretches of time before publication that ``text`` names, as first and last
    day: a year written in digits before the publication year ("the 2008 attacks",
    "عام ٢٠١٣"), a relative year (:func:`years_back`: "two years ago", "sidste år") and,
    in a text that writes no year in digits, a month other than the publication month,
    read as its last occurrence before publication ("last October", "den 14. oktober").
    Empty when the date is unknown. A follow-up report names the time of the event it
    follows up."""
    if not text or published is None:
        return []
    named = years_named(text)
    years = {y for y in named if y < published.year}
    years |= {published.year - n for n in years_back(text, language, last_year=last_year)}
    out = [(_dt.date(y, 1, 1), _dt.date(y, 12, 31)) for y in sorted(years) if y >= 1]
    for m in sorted(set(months_named(text, language)) if not named else ()):
        if m == published.month:
            continue
        year = published.year if m < published.month else published.year - 1
        out.append(month_span(year, m))
    return out


def years_back(text: str, language: str | None, *,
               last_year: tuple[str, ...] = ()) -> list[int]:
    """How many years before its publication each relative year of ``text`` lies: CLDR's
    "{0} years ago" ("two years ago", "for 5 år siden", "قبل سنتين"; decades too: "two
    decades ago" is 20) and the words of
    ``last_year`` ("last year's attack", "i fjor", "العام الماضي": 1), in text order."""
    if not text or not language:
        return []
    low = text.lower()
    found: list[tuple[int, int]] = []
    for rx, fixed, factor in _years_ago(language):
        for m in rx.finditer(low):
            n = fixed if fixed is not None else _count(m.group(1), language)
            if n:
                found.append((m.start(), n * factor))
    for phrase in last_year:
        p = phrase.lower()
        for m in re.finditer(rf"(?<!\w){re.escape(p)}", low):
            found.append((m.start(), 1))
    return [n for _pos, n in sorted(dict(found).items())]  # one per place ("sidste års")
