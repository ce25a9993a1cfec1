"""First-level subdivisions (prefectures, provinces, states) in the gazetteer, and a
subdivision's share of a count by subdivisions kept apart from the country's figure."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.config import resolve_config
from translate.align.cues import PlaceRef, places_compatible
from translate.align.gazetteer import find_places
from translate.align.linking import blocked, claim_infos
from translate.claims import extract_claims
from translate.corpus.document import Document
from translate.corpus.prepare import prepare_all

D1 = dt.date(2025, 3, 14)


def _kinds(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    return [(p.text, p.kind, p.country) for p in find_places(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Rescuers reached villages in Iwate on Tuesday.", "en",
     [("Iwate", "subdivision", "JP")]),
    ("Regnet har rammet provinsen Maule hardest.", "nb", [("Maule", "subdivision", "CL")]),
    # the same name without its diacritics ("Kandahār" in ISO 3166-2)
    ("Fighting spread across Helmand and Paktika.", "en",
     [("Helmand", "subdivision", "AF"), ("Paktika", "subdivision", "AF")]),
    # a Danish name of the ISO catalogue's translation
    ("Brandene i Tasmanien er under kontrol.", "da", [("Tasmanien", "subdivision", "AU")]),
])
def test_subdivisions_are_found_with_their_country(text, lang, expected):
    assert _kinds(text, lang) == expected


def test_a_city_or_country_of_the_same_name_wins_and_generic_names_are_no_place():
    # Tokyo is a prefecture and a city: the city
    assert _kinds("Flights out of Tokyo resumed.") == [("Tokyo", "city", "JP")]
    # Georgia is a US state and a country: the country
    assert _kinds("Troops arrived in Georgia on Monday.")[0][1] == "country"
    # "East", "Central", "North West" name subdivisions of several countries: words
    assert _kinds("Heavy rain fell in the East and in Central parts, said North West "
                  "officials.") == []


def test_a_name_of_subdivisions_of_several_countries_takes_the_named_country():
    assert _kinds("Floods in Punjab, Pakistan, killed dozens.") == [
        ("Punjab", "subdivision", "PK"), ("Pakistan", "country", "PK")]
    assert _kinds("Floods in Punjab killed dozens.") == [("Punjab", "subdivision", None)]


def _ref(kind: str, key: str, country: str | None) -> frozenset[PlaceRef]:
    return frozenset({PlaceRef(key, kind, country)})


def test_a_subdivision_may_hold_a_city_and_lies_in_its_country():
    miyagi = _ref("subdivision", "subdivision:JP-04", "JP")
    assert places_compatible(miyagi, _ref("country", "country:JP", "JP"))
    assert places_compatible(miyagi, _ref("city", "city:2111149", "JP"))  # a city of Japan
    assert not places_compatible(miyagi, _ref("subdivision", "subdivision:JP-03", "JP"))
    assert not places_compatible(miyagi, _ref("country", "country:CL", "CL"))


def _claims(doc_id: str, lang: str, text: str):
    doc = Document(doc_id, text, text, language=lang, published=D1)
    return extract_claims(prepare_all([doc])[0].sentences)


def _infos(claims, config=None):
    cfg = resolve_config(config)
    docs = {c.doc for c in claims}
    return cfg, dict(zip((c.id for c in claims), claim_infos(
        claims, dict.fromkeys(docs, "s"), dict.fromkeys(docs, D1), cfg)))


BY_PREFECTURE = ("The police counted 812 deaths in Iwate. "
                 "In Miyagi, 240 people have died.")


def test_a_share_of_a_count_by_subdivisions_never_links_with_the_country_figure():
    shares = _claims("a", "en", BY_PREFECTURE)
    assert [c.value for c in shares] == [812, 240]
    national = _claims("b", "nb", "Dødstallet i Japan har steget til 1400.")[0]
    unknown = _claims("c", "da", "Dødstallet er nu 1.450.")[0]
    same = _claims("d", "da", "I Miyagi er 260 mennesker døde.")[0]
    miyagi = shares[1]
    cfg, infos = _infos([*shares, national, unknown, same])
    assert infos[miyagi.id].share == "subdivision:JP-04"
    assert blocked(miyagi, national, infos[miyagi.id], infos[national.id], cfg) == \
        "a subdivision's share, another place"
    assert blocked(miyagi, unknown, infos[miyagi.id], infos[unknown.id], cfg) == \
        "a subdivision's share, another place"
    assert blocked(miyagi, same, infos[miyagi.id], infos[same.id], cfg) is None
    cfg, infos = _infos([*shares, national], {"subdivision_shares": False})
    assert blocked(miyagi, national, infos[miyagi.id], infos[national.id], cfg) is None


def test_a_story_naming_one_subdivision_keeps_it_the_event_s_place():
    state = _claims("a", "en", "Floods in Kerala have killed 320 people.")[0]
    national = _claims("b", "nb", "Flommen i India har tatt livet av 324 mennesker.")[0]
    cfg, infos = _infos([state, national])
    assert infos[state.id].share is None
    assert blocked(state, national, infos[state.id], infos[national.id], cfg) is None
