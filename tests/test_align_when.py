"""The day a figure is about, and two days' counts of a repeated event."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.config import resolve_config
from translate.align.linking import blocked, claim_infos
from translate.align.when import claim_day, day_names
from translate.testing import first_claim

FRI = dt.date(2023, 3, 24)  # a Friday


@pytest.mark.parametrize("clause, language, published, want", [
    ("thousands marched across the country on Thursday", "en", FRI, dt.date(2023, 3, 23)),
    ("Thursday's marches drew a million", "en", FRI, dt.date(2023, 3, 23)),
    ("a million marched on Friday", "en", FRI, FRI),  # the day of publication
    ("1,2 millioner deltok i tirsdagens demonstrasjoner", "nb", FRI, dt.date(2023, 3, 21)),
    ("over en million demonstrerede mandag", "da", FRI, dt.date(2023, 3, 20)),
    ("تظاهر مليون شخص يوم الثلاثاء", "ar", FRI, dt.date(2023, 3, 21)),
    ("وتظاهر مليون شخص الأربعاء", "ar", FRI, dt.date(2023, 3, 22)),
    ("on 7 March a million marched", "en", FRI, dt.date(2023, 3, 7)),
    ("on March 7 a million marched", "en", FRI, dt.date(2023, 3, 7)),
    ("den 31. januar gikk 1,2 millioner i tog", "nb", FRI, dt.date(2023, 1, 31)),
    ("den 20. december", "da", FRI, dt.date(2022, 12, 20)),  # last year's December
    ("on 7 March and on 9 March", "en", FRI, None),  # two days: none
    ("تظاهر مليون شخص في ٧ مارس", "ar", FRI, dt.date(2023, 3, 7)),  # Arabic-Indic digits
    ("a million marched across the country", "en", FRI, None),
    ("a million marched on Thursday", "en", None, None),  # no publication date
    ("a million marched on Thursday", "xx", FRI, None),  # no CLDR names
])
def test_claim_day(clause, language, published, want):
    assert claim_day(clause, language, published) == want


def test_day_names_come_from_cldr():
    days, months = day_names("nb")
    assert days["mandag"] == 0 and months["mars"] == 3
    assert day_names("xx") == ({}, {})


def _claim(doc_id: str, lang: str, text: str, published: dt.date):
    return first_claim(doc_id, lang, text, published)


def _blocked(a, b, da, db, config=None):
    cfg = resolve_config(config)
    ia, ib = claim_infos([a, b], {a.doc: "s", b.doc: "s"}, {a.doc: da, b.doc: db}, cfg)
    return blocked(a, b, ia, ib, cfg)


def test_two_days_counts_of_a_repeated_event_never_link():
    d1, d2 = dt.date(2023, 3, 7), dt.date(2023, 3, 24)
    a = _claim("a", "nb", "Over en million mennesker demonstrerte tirsdag mot reformen.", d1)
    b = _claim("b", "en", "More than a million people marched on Thursday against the "
               "reform.", d2)
    assert _blocked(a, b, d1, d2) == "other named days"
    assert _blocked(a, b, d1, d2, {"named_days": False}) != "other named days"


def test_a_toll_named_on_two_days_is_not_blocked():
    # a toll grows over days: the day a report gives it is no other incident
    d1, d2 = dt.date(2023, 3, 7), dt.date(2023, 3, 9)
    a = _claim("a", "en", "On Tuesday officials said 40 people were killed in the fire.", d1)
    b = _claim("b", "en", "On Thursday officials said 52 people were killed in the fire.", d2)
    assert a.category == b.category == "killed"
    assert _blocked(a, b, d1, d2) != "other named days"


@pytest.mark.parametrize("text, language, want", [
    ("worse than last year's attack in the city, where 49 people were killed", "en", [1]),
    ("the quake two years ago killed 300 people", "en", [2]),
    ("skjelvet for 5 år siden drepte 300", "nb", [5]),
    ("i fjor omkom 40 mennesker i brannen", "nb", [1]),
    ("branden for tre år siden, hvor 12 døde", "da", [3]),
    ("sidste års oversvømmelse kostede 20 livet", "da", [1]),
    ("الزلزال الذي وقع قبل سنتين وأودى بحياة 300 شخص", "ar", [2]),
    ("وفي العام الماضي قتل 40 شخصا", "ar", [1]),
    ("300 people were killed on Tuesday", "en", []),
    ("the yearly count of 300", "en", []),
])
def test_years_back_from_cldr_phrases_and_last_year_words(text, language, want):
    from translate.align.when import years_back

    cfg = resolve_config(None)
    assert years_back(text, language, last_year=cfg.last_year_words) == want


def test_a_toll_of_last_year_s_event_is_a_past_year_s_toll():
    """"worse than last year's attack in Orlando, where 49 people were killed": the 49
    are last year's dead, never this story's toll; "since last year" opens a span."""
    from translate.align.linking import past_year

    day = dt.date(2017, 10, 2)
    cfg = resolve_config(None)
    past = first_claim("p", "en", "It is the deadliest shooting in the country, worse than "
                       "last year's attack on a nightclub in Orlando, where 49 people were "
                       "killed.")
    nb = first_claim("n", "nb", "For to år siden omkom 49 mennesker i en lignende brann.")
    span = first_claim("s", "en", "At least 49 people were killed in the region since last "
                       "year.")
    now = first_claim("w", "en", "At least 58 people were killed in the shooting on Sunday.")
    assert past_year(past, day, "incident", cfg) == 2016
    assert past_year(nb, day, "incident", cfg) == 2015
    assert past_year(span, day, "incident", cfg) is None
    assert past_year(now, day, "incident", cfg) is None
    assert past_year(past, day, "incident", resolve_config({"last_year_words": []})) is None


@pytest.mark.parametrize("text, language, want", [
    ("at least 40 people have died since Wednesday", "en", ((2024, 9, 4), (2024, 9, 4))),
    ("minst 40 er døde siden onsdag", "nb", ((2024, 9, 4), (2024, 9, 4))),
    ("har mistet livet, siden regnen begyndte 29. maj", "da", ((2024, 5, 29), (2024, 5, 29))),
    ("killed since the rains began in June", "en", ((2024, 6, 1), (2024, 6, 30))),
    ("قتل ٤٠ شخصا منذ أغسطس", "ar", ((2024, 8, 1), (2024, 8, 31))),
    ("more than 50 soldiers killed since 2013", "en", ((2013, 1, 1), (2013, 12, 31))),
    ("killed since November", "en", ((2023, 11, 1), (2023, 11, 30))),  # last year's
    ("killed since June 2013", "en", ((2013, 6, 1), (2013, 6, 30))),
    ("killed since the war began", "en", None),
    ("40 people were killed on Wednesday", "en", None),
])
def test_span_start(text, language, want):
    from translate.align.when import span_start

    got = span_start(text, language, dt.date(2024, 9, 6), ("since", "siden", "منذ"))
    assert got == (None if want is None else tuple(dt.date(*d) for d in want))


def test_running_totals_of_spans_that_start_apart_never_link():
    d1, d2 = dt.date(2024, 9, 6), dt.date(2024, 9, 20)
    week = _claim("a", "nb", "Minst 40 mennesker har omkommet i flommen siden onsdag.", d1)
    season = _claim("b", "en", "More than 300 people have been killed in the floods since "
                    "the monsoon began in June.", d2)
    da = _claim("c", "da", "Over 250 mennesker er omkommet i oversvømmelserne, siden "
                "monsunen begyndte i juni.", d2)
    assert _blocked(week, season, d1, d2) == "other start"
    assert _blocked(week, da, d1, d2) == "other start"
    assert _blocked(season, da, d2, d2) != "other start"  # one start: the same span
    assert _blocked(week, season, d1, d2, {"span_start_days": None}) != "other start"
    plain = _claim("d", "en", "At least 120 people have been killed in the floods.", d2)
    assert _blocked(week, plain, d1, d2) != "other start"  # no start: nothing to compare


@pytest.mark.parametrize("text, want", [
    ("the siege of 2004", [2004]),
    ("حصار عام ٢٠٠٤ وهجوم ۲۰۱۵", [2004, 2015]),  # Arabic-Indic and Persian digits
    ("2,000 people and 2004.5 tonnes", []),  # parts of longer numbers are no years
])
def test_years_are_read_in_any_script(text, want):
    from translate.align.when import years_named
    from translate.claims.numbers import to_ascii_digits

    assert years_named(text) == want
    assert len(to_ascii_digits(text)) == len(text)  # positions stay


@pytest.mark.parametrize("text, language, want", [
    ("the war two decades ago", "en", [20]),
    ("krigen for to tiår siden", "nb", [20]),
    ("krigen for to årtier siden", "da", [20]),
    ("الحرب قبل 3 عقود", "ar", [30]),
    ("the war two years ago", "en", [2]),  # years stay years
])
def test_decades_ago_are_ten_years_each(text, language, want):
    from translate.align.when import years_back

    assert years_back(text, language) == want


@pytest.mark.parametrize("language, text, year", [
    # a relative clause about the event a year names, after "since"
    ("en", "It is the worst attack on the city since the 1990 bombings, in which 231 "
           "people were killed.", 1990),
    ("da", "Det er den værste ulykke siden branden i 1987, hvori 41 mennesker omkom.", 1987),
    # a word that points back to the time named before it
    ("ar", "وهي أسوأ كارثة منذ عام ١٩٥٢، حين غرقت عبارة في النهر، وبلغت الحصيلة آنذاك ٩١ "
           "قتيلا.", 1952),
    ("en", "The line has had no accident since 1952, when a ferry sank near the pier, and "
           "the toll at the time was 91 dead.", 1952),
])
def test_a_past_event_s_toll_is_read_through_its_relative_clause(language, text, year):
    from translate.align.linking import past_year

    c = first_claim("p", language, text)
    assert past_year(c, dt.date(2020, 5, 1), "incident", resolve_config(None)) == year
    cfg = resolve_config({"when_words": ["when"], "then_words": []})
    assert past_year(c, dt.date(2020, 5, 1), "incident", cfg) is None


@pytest.mark.parametrize("text, language, want", [
    ("India hanged the only gunman captured alive after the 2008 attacks on Mumbai", "en",
     [((2008, 1, 1), (2008, 12, 31))]),
    ("محكمة تدين متهمين في قضية الهجوم على المركز التجاري عام ٢٠١٣", "ar",
     [((2013, 1, 1), (2013, 12, 31))]),
    # "sidste år" is the year before; October is its last October before publication
    ("Lastbilbomben den 14. oktober sidste år kostede 587 mennesker livet", "da",
     [((2017, 1, 1), (2017, 12, 31)), ((2017, 10, 1), (2017, 10, 31))]),
    ("the man who killed five people in the town last October", "en",
     [((2017, 10, 1), (2017, 10, 31))]),
    ("Haiti's January 2010 earthquake", "en", [((2010, 1, 1), (2010, 12, 31))]),
    # the publication year, the publication month and a later year are no past time
    ("Rettssaken startet onsdag i mars; dommen ventes i 2019", "nb", []),
    ("40 people were killed on Wednesday", "en", []),
])
def test_past_spans_a_follow_up_names(text, language, want):
    from translate.align.when import past_spans

    got = past_spans(text, language, dt.date(2018, 3, 14))
    assert got == [(dt.date(*a), dt.date(*b)) for a, b in want]
    assert past_spans(text, language, None) == []
