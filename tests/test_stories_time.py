"""Stories and time: a long event stays one story, look-alikes stay apart (fake embedder)."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.stories import StoryConfig, _nearest_gap, _time_cost, find_stories, story_of
from translate.testing import concept_embedder, story_document

# Concept → words in en, nb, da, ar: the fake embedder puts each concept on one axis, as a
# multilingual model would; several concepts make a lead's "content".
CONCEPTS = [
    {"cholera", "kolera", "الكوليرا"},
    {"cases", "tilfeller", "tilfælde", "حالات"},
    {"troops", "soldater", "soldaterne", "جنود"},
    {"withdraw", "withdraws", "trekker", "tilbagetrækning", "انسحاب"},
    {"bomb", "bombe", "bomben", "قنبلة"},
    {"shooting", "skyting", "skyderi", "إطلاق"},
    {"bar", "utested", "حانة"},
    {"government", "regjeringen", "regeringen", "الحكومة"},
    {"flood", "flom", "oversvømmelse", "فيضان"},
]


ConceptEmbedder = concept_embedder(CONCEPTS, name="concepts-time", shared=0.2)


doc = story_document


def day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def test_time_cost_is_free_in_the_window_then_grows_with_the_square_of_the_gap():
    cfg = StoryConfig(window_days=30, time_penalty=0.01)
    assert _time_cost(None, cfg) == 0.0 and _time_cost(30, cfg) == 0.0
    assert _time_cost(60, cfg) == pytest.approx(0.01)
    assert _time_cost(90, cfg) == pytest.approx(0.04)  # twice the overshoot, four times the cost
    assert _time_cost(3650, cfg) > 1.0  # ten years: no content makes that up
    assert _nearest_gap([day(2020, 1, 1), day(2020, 6, 1)], [day(2020, 5, 20)]) == 12
    assert _nearest_gap([], [day(2020, 5, 20)]) is None


def test_an_epidemic_reported_over_half_a_year_is_one_story():
    """Reports every month or two, in four languages: the story spans six months although
    no two neighbouring reports are more than a window and a half apart."""
    texts = [
        ("en", "Cholera cases in Yemen pass 200,000. Cholera cases rise", day(2017, 6, 24)),
        ("nb", "Kolera: en halv million tilfeller i Jemen. Kolera tilfeller", day(2017, 8, 14)),
        ("da", "Kolera i Jemen: 600.000 tilfælde. Kolera tilfælde", day(2017, 9, 5)),
        ("ar", "الكوليرا في اليمن: حالات الكوليرا تتجاوز 700 ألف", day(2017, 10, 12)),
        ("en", "Yemen cholera cases pass one million. Cholera cases", day(2017, 12, 21)),
    ]
    docs = [doc(f"d{i}", lang, t, when) for i, (lang, t, when) in enumerate(texts)]
    stories = find_stories(docs, embedder=ConceptEmbedder())
    assert [s.documents for s in stories] == [tuple(d.id for d in docs)]
    assert "days apart" in " ".join(stories[0].evidence)
    # The box of configuration 5 (no story spans more than the window) cuts it into pieces.
    boxed = find_stories(docs, embedder=ConceptEmbedder(), config=StoryConfig(max_span_days=31))
    assert len(boxed) > 1
    for story in boxed:
        dates = sorted(d.document.published for d in docs if d.id in story.documents)
        assert (dates[-1] - dates[0]).days <= 31


def test_same_city_years_apart_different_attack_are_two_stories():
    """A bombing in one city and a bar shooting there eleven years later (no shared words but
    the city) must not join, nor may a report of the later attack that recalls the first."""
    bomb = [
        doc("b1", "en", "Bomb in Oslo kills seven. Bomb outside the government offices",
            day(2011, 7, 22)),
        doc("b2", "nb", "Bombe i Oslo dreper sju. Bomben ved regjeringen", day(2011, 7, 23)),
    ]
    shooting = [
        doc("s1", "en", "Shooting at an Oslo bar kills two. Shooting at the bar", day(2022, 6, 25)),
        doc("s2", "da", "Skyderi i Oslo: to dræbt. Skyderi ved utested", day(2022, 6, 26)),
        doc("s3", "nb", "Skyting i Oslo: to drept. Skyting. Bomben i 2011 drepte sju",
            day(2022, 6, 27)),
    ]
    by = story_of(find_stories(bomb + shooting, embedder=ConceptEmbedder()))
    assert by["b1"] == by["b2"] and by["s1"] == by["s2"] == by["s3"]
    assert by["b1"] != by["s1"]


def test_same_words_two_years_apart_are_apart_four_months_apart_join():
    """Two withdrawals described alike: two years apart the gap alone keeps them apart,
    four months apart the same content joins (a long event)."""
    a = doc("a", "en", "Troops withdraw from Mali. Troops withdraw", day(2022, 2, 17))
    near = doc("b", "da", "Soldaterne trekker ud af Mali. Tilbagetrækning soldater",
               day(2022, 6, 15))
    far = doc("c", "da", "Soldaterne trekker ud af Mali. Tilbagetrækning soldater",
              day(2024, 3, 1))
    assert story_of(find_stories([a, near], embedder=ConceptEmbedder()))["b"] == "s1"
    assert len(find_stories([a, far], embedder=ConceptEmbedder())) == 2


def test_same_number_different_events_same_week_are_two_stories():
    """"Seven killed" in a flood and in a shooting, in different countries, days apart."""
    flood = doc("f", "en", "Flood in Bangladesh: 4,217 homes lost, seven killed. Flood",
                day(2024, 5, 2))
    shot = doc("g", "nb", "Skyting i Chile: sju drept og 4217 evakuert. Skyting",
               day(2024, 5, 3))
    assert len(find_stories([flood, shot], embedder=ConceptEmbedder())) == 2


def test_a_long_story_does_not_absorb_a_look_alike_through_its_chain():
    """A months-long flood story in one country does not take in a shooting there: time
    links are single linkage, content stays average linkage over the members."""
    months = [
        doc(f"m{i}", "en", f"Flood in Pakistan. Flood cases of cholera {i}", day(2022, 6 + i, 5))
        for i in range(4)
    ]
    other = doc("x", "en", "Shooting in Pakistan. Shooting at a bar", day(2022, 7, 6))
    by = story_of(find_stories([*months, other], embedder=ConceptEmbedder()))
    assert len({by[d.id] for d in months}) == 1
    assert by["x"] != by["m0"]
