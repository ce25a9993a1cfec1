"""Counts that describe, rank or score rather than report a figure (written here, not
copied from FLORES): present passives and asides are no past event, a count that
announces its members is a division, a superlative makes a top-N list, goals scored are
a measure."""

import pytest

from translate.claims.extract import sentence_claims
from translate.claims.tense import reports_event
from translate.claims.tokens import tokenize


def _values(text: str, lang: str) -> list[float | None]:
    return [c.quantity.value for c in sentence_claims(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "A bicycle is made up of two wheels and a frame."),
    ("en", "The island is bordered by water on three sides."),
    ("en", "Two towers joined by a bridge stand over the harbour."),
    ("en", "The ferry has two decks (often called the car deck and the sun deck)."),
    ("en", "The plan relies on coordinated moves from three directions."),
    ("da", "Planen kræver at starte fra tre hjørner."),
    ("nb", "Oppskriften for brødet bruker to egg."),
    ("nb", "Man kan sette sammen to deler."),
    ("da", "Det største problem rammer to kontinenter."),
])
def test_descriptions_without_a_past_event(lang, text):
    assert reports_event(tokenize(text, lang), lang) is False
    assert _values(text, lang) == []


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Police seized two rifles.", 2.0),
    ("en", "The storm destroyed three barns.", 3.0),
    ("en", "Rescuers were joined by two boats.", 2.0),
    ("da", "Politiet fandt to rifler.", 2.0),
    ("nb", "Politiet fant tre rifler.", 3.0),
])
def test_past_events_keep_small_counts(lang, text, value):
    assert reports_event(tokenize(text, lang), lang) is True
    assert _values(text, lang) == [value]


@pytest.mark.parametrize("lang,text", [
    ("en", "The guide sorted them into two kinds: cheap and dear."),
    ("en", "The route had three stages; each took a day."),
    ("en", "Walkers once had two choices, namely left or right."),
    ("da", "Guiden delte dem i to slags: billige og dyre."),
    ("nb", "Ruten hadde tre etapper; hver tok en dag."),
    ("ar", "واجهت الرحلة مشكلتين؛ الطقس والطريق."),
    ("ar", "انقسمت الرحلة إلى ثلاث مراحل: الأولى والثانية والثالثة."),
])
def test_a_count_that_announces_its_members_is_a_division(lang, text):
    assert _values(text, lang) == []


def test_a_reported_count_before_a_colon_stays():
    # people counted by a listed noun before a colon are still a figure
    assert _values("Police arrested three suspects: two men and a woman.", "en")[0] == 3.0
    # a larger count of things is not a division
    assert _values("The storm destroyed 40 barns: most were old.", "en") == [40.0]


@pytest.mark.parametrize("lang,text", [
    ("en", "She appeared on the 500 wealthiest Britons list last year."),
    ("da", "Han kom på listen over de 500 rigeste danskere."),
    ("nb", "Hun er blant de 100 største selskapene i landet."),
])
def test_a_superlative_makes_a_ranking(lang, text):
    assert _values(text, lang) == []


def test_nouns_in_est_are_no_superlative_without_the():
    assert _values("Crews fought 12 forest fires overnight.", "en") == [12.0]


@pytest.mark.parametrize("lang,text", [
    ("da", "Angriberen har scoret 31 mål i denne sæson."),
    ("nb", "Spissen scoret 17 mål på 20 kamper."),
    ("ar", "أحرز المهاجم 31 هدفا هذا الموسم."),
])
def test_goals_scored_are_a_measure(lang, text):
    assert 31.0 not in _values(text, lang) and 17.0 not in _values(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("da", "Flyene angreb 30 mål i nat."),
    ("nb", "Flyene angrep 30 mål i natt."),
])
def test_targets_struck_stay_counts(lang, text):
    assert _values(text, lang) == [30.0]
