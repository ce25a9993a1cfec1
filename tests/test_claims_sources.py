"""Where a claim's category came from (``Claim.category_source``) and report.json's field."""

from __future__ import annotations

import pytest

from translate.claims import extract_claims
from translate.claims.sentence import CATEGORY_SOURCES, sentence_claims
from translate.corpus.document import Sentence

CASES = [
    # (language, sentence, value, category, source)
    ("en", "Police sent 40 soldiers to the border.", 40, "troops", "lexicon"),
    ("da", "Hæren sendte 40 soldater til grænsen.", 40, "troops", "lexicon"),
    ("nb", "Hæren sendte 40 soldater til grensen.", 40, "troops", "lexicon"),
    ("ar", "أرسل الجيش 40 جنديا إلى الحدود.", 40, "troops", "lexicon"),
    ("en", "Twelve teachers were killed in the blast.", 12, "killed", "clause"),
    ("da", "Tolv lærere blev dræbt ved eksplosionen.", 12, "killed", "clause"),
    ("nb", "Tolv lærere ble drept i eksplosjonen.", 12, "killed", "clause"),
    ("en", "Rescuers found 31 survivors in the rubble.", 31, "people", "noun"),
    ("en", "The museum lent 14 paintings to the city.", 14, "other", "default"),
    ("da", "Museet udlånte 14 malerier til byen.", 14, "other", "default"),
    ("en", "The death toll has risen to 154.", 154, "killed", "toll"),
    ("nb", "Dødstallet har steget til 154.", 154, "killed", "toll"),
    ("en", "The army sent 300 soldiers, 40 of them medics.", 40, "troops", "antecedent"),
    ("da", "Hæren sendte 300 soldater, 40 af dem læger.", 40, "troops", "antecedent"),
]


@pytest.mark.parametrize("language,text,value,category,source", CASES,
                         ids=[f"{c[0]}-{c[4]}-{c[2]}" for c in CASES])
def test_category_source(language: str, text: str, value: int, category: str,
                         source: str) -> None:
    claims = [c for c in sentence_claims(text, language) if c.quantity.value == value]
    assert [(c.category, c.source) for c in claims] == [(category, source)]


def test_every_claim_says_where_its_category_came_from() -> None:
    text = ("Mindst 25 personer blev dræbt og 40 sårede, mens 3.000 soldater blev sendt; "
            "dødstallet er 68, og 12 af dem var børn. Museet udlånte 14 malerier.")
    claims = sentence_claims(text, "da")
    assert len(claims) >= 5
    assert all(c.source in CATEGORY_SOURCES for c in claims)


def test_translation_source_when_the_english_gives_the_category() -> None:
    # "omkom" unread would leave "people"; with a translation that states "died" for the
    # same value, the category and its source come from the translation
    sent = Sentence("d", 0, 0, 40, "Seks vandrere forsvandt sporløst i fjeldet.", "da")
    plain = extract_claims([sent], translation_evidence=False)
    assert [(c.category, c.category_source) for c in plain] == [("people", "noun")]
    with_mt = extract_claims([sent], translations={0: "Six hikers went missing on the mountain."})
    assert [(c.category, c.category_source) for c in with_mt] == [("missing", "translation")]
    assert with_mt[0].to_dict()["category_source"] == "translation"


def test_a_source_category_is_kept_with_its_source() -> None:
    sent = Sentence("d", 0, 0, 33, "25 militante blev dræbt i angreb.", "da")
    claims = extract_claims([sent], translations={0: "25 militants were arrested."})
    assert [(c.category, c.category_source) for c in claims] == [("killed", "clause")]
