"""Gaps: a definite count of persons named by a listed noun (or a compound ending in one)
is a claim in English, Danish and Norwegian ("the 12 boys", "de tre gidsler", "the ten
gunmen"); other definite small counts stay references to things counted before.

Sentences written for these tests (none taken from the gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims


def _cats(text: str, language: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Divers brought the 12 boys out of the flooded cave.", [(12.0, "people")]),
    ("en", "A boat picked up the eleven fishermen on Tuesday.", [(11.0, "people")]),
    ("da", "Dykkere hentede de tolv drenge ud af grotten.", [(12.0, "people")]),
    ("da", "De 17 Statoil-ansatte arbejdede på platformen.", [(17.0, "people")]),
    ("nb", "Dykkere hentet de tolv guttene ut av grotten.", [(12.0, "people")]),
    ("nb", "De tre gislene kom hjem søndag.", [(3.0, "people")]),
])
def test_definite_count_of_listed_persons_is_a_claim(language: str, text: str,
                                                     expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The two attacks took place at night."),
    ("en", "The two others stayed behind."),
    ("da", "De to angreb fandt sted om natten."),
    ("nb", "De to angrepene skjedde om natten."),
    ("da", "De to andre blev hjemme."),
    ("ar", "وقعت الهجمات الثلاث ليلا."),
    ("ar", "في الأشهر الثلاثة الماضية تحسن الطقس."),
])
def test_other_definite_small_counts_stay_references(language: str, text: str) -> None:
    assert _cats(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The 10 gunmen were killed by police.", [(10.0, "killed")]),
    ("ar", "المسلحون العشرة قتلوا برصاص الشرطة.", [(10.0, "killed")]),
    ("da", "Politiet anholdt de tre gerningsmænd.", [(3.0, "arrested")]),
])
def test_definite_count_with_a_casualty_word_keeps_its_category(language: str, text: str,
                                                                  expected) -> None:
    assert _cats(text, language) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # Arabic writes the definite number after its noun: the count of the persons it names
    ("أنقذ الغواصون الأطفال الاثني عشر من الكهف.", [(12.0, "people")]),
    ("وصل الرهائن الثلاثة إلى المطار صباح الأحد.", [(3.0, "people")]),
    # a casualty verb right before them says what happened to them
    ("قتل الرهائن الثلاثة في الهجوم.", [(3.0, "killed")]),
])
def test_arabic_definite_count_after_its_noun_of_persons(text: str, expected) -> None:
    assert _cats(text, "ar") == expected


def test_an_arabic_casualty_verb_before_its_subject_and_object_counts_the_object():
    # "the ten gunmen killed three people": the verb governs the count after them
    assert _cats("قتل المسلحون العشرة ثلاثة أشخاص.", "ar")[0] == (10.0, "people")
