"""Gaps: a casualty noun after "the only" labels no count; the other end of a range is no
figure; Norwegian/Danish definite "personene"/"personerne"; Arabic definite cardinal 12.

Sentences written for these tests (none taken from the gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims


def _cats(text: str, language: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("da", "Redningsfolk hentede ni fiskere, og den eneste skade var et forstuvet håndled.",
     [(9.0, "people")]),
    ("nb", "Redningsfolk hentet ni fiskere, og den eneste skade var et forstuet håndledd.",
     [(9.0, "people")]),
    ("en", "Rescuers lifted nine fishermen to safety, and the only injury was a sprained "
           "wrist.", [(9.0, "people")]),
    ("da", "Ni fiskere blev såret.", [(9.0, "wounded")]),
])
def test_the_only_casualty_labels_no_count(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Police detained 14 students, aged between 18 and 22, on Friday.",
     [(14.0, "arrested")]),
    ("en", "Seven were killed in the north and three in the south.",
     [(7.0, "killed"), (3.0, "killed")]),
])
def test_other_end_of_a_range_is_no_figure(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


def test_definite_plural_of_person_is_people() -> None:
    assert _cats("Båten fraktet 30 personer, og 12 av personene ble hentet.", "nb")[0] == (
        30.0, "people")
    assert _cats("Politiet evakuerede 40 personerne fra bygningen.", "da") == [
        (40.0, "displaced")]


def test_arabic_definite_cardinal_twelve_reads_twelve() -> None:
    from translate.claims.quantities import parse_quantities
    values = [q.value for q in parse_quantities("وصل الأطفال الاثنا عشر.", "ar")]
    assert values == [12.0]
