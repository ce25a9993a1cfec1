"""Story evidence across scripts: Arabic short forms and adjectives of countries, names that
sound alike in Arabic and Latin letters, ambiguous city names as weak evidence. A tiny
concept embedder stands in for the model (no downloads)."""

from __future__ import annotations

import datetime as dt

from translate.align.stories import (
    StoryConfig,
    _pair_score,
    document_facts,
    find_stories,
    name_sounds,
    pair_parts,
)
from translate.testing import concept_embedder, story_document

CONCEPTS = [
    {"shipwreck", "forlis", "غرق"},
    {"fire", "brann", "brand", "حريق", "حرائق"},
    {"election", "valg", "انتخابات"},
    {"flood", "flom", "فيضان"},
]


ConceptEmbedder = concept_embedder(CONCEPTS, name="concepts-places", shared=0.6)


doc = story_document


def groups(docs, **settings):
    cfg = StoryConfig(**settings)
    return sorted(sorted(s.documents) for s in find_stories(docs, embedder=ConceptEmbedder(),
                                                              config=cfg))


def test_names_sound_alike_across_scripts():
    arabic = name_sounds("اجتاحت النيران بلدة لاهاينا وقال الحاكم جوش غرين", [], "ar")
    latin = name_sounds("", ["lahaina", "green", "maui"], "en")
    assert {"LVHVNV", "KRVN"} <= arabic & latin
    assert name_sounds("", ["maui"], "en") == frozenset()  # too short to tell
    # a conjunction و before a word is not a name's first vowel: وستون ("and sixty")
    assert not name_sounds("قتل ستة وستون شخصا", [], "ar") & name_sounds("", ["øystein"], "nb")


def test_names_of_several_words_match_by_their_consonants():
    arabic = name_sounds("اشتعلت الحرائق في ولاية نيو ساوث ويلز، وقال", [], "ar")
    danish = name_sounds("Brandene i delstaten New South Wales breder sig", [], "da")
    assert "C:NSTLS" in arabic & danish
    # not across a comma or an article
    assert "C:NSTLS" not in name_sounds("نيو ساوث، ويلز", [], "ar")
    assert "C:NSTLS" not in name_sounds("نيو ساوث الويلز", [], "ar")


def test_parts_sum_to_the_pair_score():
    cfg = StoryConfig()
    a = document_facts(doc("a", "ar", "غرق قارب قبالة بيلوس. خفر السواحل اليوناني"), config=cfg)
    b = document_facts(doc("b", "nb", "Forlis utenfor Pylos. Greske myndigheter i Hellas"),
                       config=cfg)
    parts = pair_parts(a, b, 0.3, cfg)
    assert parts["places"] == cfg.country_bonus and parts["names"] == cfg.sound_bonus
    assert abs(sum(parts.values()) - _pair_score(a, b, 0.3, cfg)) < 1e-9


D = dt.date(2023, 6, 14)
WRECK = [
    doc("nb1", "nb", "Forlis utenfor Hellas. Forlis ved Pylos", D),
    doc("ar1", "ar", "غرق قارب قبالة بيلوس. قال خفر السواحل اليوناني إن غرق", D + dt.timedelta(1)),
]


def test_an_arabic_report_joins_through_the_adjective_and_the_sound_of_a_name():
    # The same content (one concept); the join asks for more than content: a shared country
    # (اليوناني, Hellas: +0.08) and a name that sounds alike (بيلوس, Pylos: +0.05).
    assert groups(WRECK, join=1.1) == [["ar1", "nb1"]]
    assert groups(WRECK, join=1.1, name_sounds=False) == [["ar1"], ["nb1"]]
    no_adjective = [WRECK[0], doc("ar2", "ar", "غرق قارب قبالة بيلوس. غرق", D)]
    assert groups(no_adjective, join=1.1) == [["ar2"], ["nb1"]]


def test_the_arabic_short_form_of_a_country_is_evidence():
    a = document_facts(doc("a", "ar", "حريق في السعودية"))
    b = document_facts(doc("b", "en", "Fire in Saudi Arabia"))
    assert a.countries == b.countries == {"SA"}


def test_the_same_country_years_apart_and_another_event_stay_apart():
    later = doc("ar9", "ar", "انتخابات في اليونان. قال الحزب اليوناني", dt.date(2019, 7, 7))
    week = doc("ar8", "ar", "فيضان في اليونان. فيضان", D + dt.timedelta(3))
    assert groups(WRECK + [later, week], join=0.7) == [["ar1", "nb1"], ["ar8"], ["ar9"]]


def test_an_ambiguous_city_is_a_shared_name_not_a_country():
    victoria = document_facts(doc("v", "en", "Fires spread across the state of Victoria"))
    assert victoria.countries == frozenset() and "victoria" in victoria.names
    hong_kong = document_facts(doc("h", "nb", "Brann i Hongkong"))
    cfg = StoryConfig()
    # no place penalty against another country (it may be Hong Kong's Victoria or not) …
    assert pair_parts(victoria, hong_kong, 0.3, cfg)["places"] == 0.0
    # … and two reports naming it share a name, not a city
    other = document_facts(doc("o", "nb", "Brannen i Victoria sprer seg"))
    parts = pair_parts(victoria, other, 0.3, cfg)
    assert parts["places"] == 0.0 and parts["names"] == cfg.name_bonus


def test_the_same_city_two_events_the_same_week_stay_apart():
    fire = doc("e1", "en", "Fire in Beirut. Fire destroyed the market", D)
    flood = doc("e2", "nb", "Flom i Beirut. Flom i gatene", D + dt.timedelta(2))
    assert groups([fire, flood], join=0.7) == [["e1"], ["e2"]]


def test_a_country_both_leads_name_as_an_actor_is_no_shared_place():
    """"U.S. troops in Syria" and "U.S. troops in Poland": where the leads put things
    (``located``) differ, so the United States, who acts in both, earns no place bonus;
    two leads in one country keep it."""
    cfg = StoryConfig()
    D = dt.date(2019, 6, 1)
    syria = document_facts(doc("a", "en", "The United States will pull its troops out of "
                               "bases in Syria", D), config=cfg)
    poland = document_facts(doc("b", "en", "The United States will send more troops to "
                                "bases in Poland", D), config=cfg)
    poland2 = document_facts(doc("c", "nb", "USA sender flere soldater til baser i Polen", D),
                             config=cfg)
    assert syria.located == {"SY"} and poland.located == {"PL"} == poland2.located
    assert "US" in syria.countries & poland.countries
    assert pair_parts(syria, poland, 0.5, cfg)["places"] == 0.0
    assert pair_parts(poland, poland2, 0.5, cfg)["places"] == cfg.country_bonus
    off = StoryConfig(locatives=())
    s2, p2 = (document_facts(doc(i, "en", t, D), config=off) for i, t in (
        ("a", "The United States will pull its troops out of bases in Syria"),
        ("b", "The United States will send more troops to bases in Poland")))
    assert pair_parts(s2, p2, 0.5, off)["places"] == off.country_bonus


def test_leads_naming_different_kinds_of_event_lose_event_penalty():
    """A fire and an attack in one city are two events: leads that name event types and
    share none lose ``event_penalty``; an attack may be a bombing (``event_kinds``)."""
    cfg = StoryConfig()
    D = dt.date(2017, 6, 1)
    fire = document_facts(doc("a", "en", "Fire in a London tower block kills twelve", D),
                          config=cfg)
    attack = document_facts(doc("b", "nb", "Angrep i London: fire drept", D), config=cfg)
    bomb = document_facts(doc("c", "da", "Bombe i London dræber fire", D), config=cfg)
    assert "fire" in fire.events and "attack" in attack.events and "bombing" in bomb.events
    assert pair_parts(fire, attack, 0.5, cfg)["events"] == -cfg.event_penalty
    assert pair_parts(fire, attack, 0.5, StoryConfig(event_penalty=0.0))["events"] == 0.0
    assert pair_parts(attack, bomb, 0.5, cfg)["events"] == 0.0


def test_an_arabic_city_name_that_is_also_a_word_counts_beside_a_sure_one():
    # بوسطن is Boston only beside a word of its country in an Arabic text alone; beside
    # a report that names Boston for sure it is the shared city
    from translate.align.gazetteer import find_places

    arabic = "ارتفاع عدد مصابي تفجير ماراثون بوسطن"
    assert find_places(arabic, "ar") == []
    maybe = find_places(arabic, "ar", unsure=True)
    assert [(p.name, p.unsure) for p in maybe] == [("Boston", True)]
    cfg = StoryConfig()
    a = document_facts(doc("a", "ar", arabic), config=cfg)
    b = document_facts(doc("b", "en", "Injured in the Boston Marathon bombing rise"),
                       config=cfg)
    c = document_facts(doc("c", "en", "Injured in the Paris Marathon attack rise"), config=cfg)
    assert a.cities == frozenset() and a.maybe_cities == {maybe[0].key}
    assert pair_parts(a, b, 0.3, cfg)["places"] == cfg.city_bonus
    assert pair_parts(a, c, 0.3, cfg)["places"] == 0.0
