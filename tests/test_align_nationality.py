"""Who is counted: nationalities named in a counted phrase, and the links they forbid."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.config import resolve_config
from translate.align.linking import _pool, blocked, claim_infos
from translate.align.nationality import nationalities, nationality_forms
from translate.testing import first_claim

D1 = dt.date(2024, 3, 1)


@pytest.mark.parametrize("phrase, language, noun, want", [
    ("13 Israeli women and children", "en", "women", {"IL"}),
    ("ten Thai farm workers", "en", "workers", {"TH"}),
    ("18 Canadians", "en", None, {"CA"}),
    ("two Danes", "en", None, {"DK"}),
    ("Thirteen U.S. service members", "en", "service members", {"US"}),
    ("464 iranske pilegrimer", "nb", "pilegrimer", {"IR"}),
    ("rundt 170 afghanere", "nb", "afghanere", {"AF"}),
    ("3.000 ekstra amerikanske soldater", "da", "soldater", {"US"}),
    ("fire thailandske statsborgere", "da", "statsborgere", {"TH"}),
    ("tyske soldater", "nb", "soldater", {"DE"}),
    ("svenske turister", "da", "turister", {"SE"}),
    ("٤٦٤ من الحجاج الإيرانيين", "ar", None, {"IR"}),
    ("٤٧ سورياً", "ar", None, {"SY"}),
    # no nationality: a count of people, of things, or a place after the noun
    ("Mer enn 123 000 mennesker", "nb", "mennesker", set()),
    ("the other 14 crew members", "en", "crew members", set()),
    ("عشرة رهائن إضافيين", "ar", None, set()),
    ("2,500 troops in Iraq", "en", "troops", set()),
])
def test_nationalities_of_a_counted_phrase(phrase, language, noun, want):
    assert set(nationalities(phrase, language, noun)) == want


def test_nordic_forms_come_from_morphology_not_a_list():
    forms = nationality_forms("nb")
    assert len(forms) > 1000  # every country's -sk/-isk/-ere forms
    # a form two countries could make names neither
    assert all(isinstance(code, str) and len(code) == 2 for code in forms.values())
    assert nationality_forms("xx") == {}  # an unknown language: none, no error
    assert nationalities("12 soldats français", "fr") == frozenset()


def _claim(doc_id: str, lang: str, text: str):
    return first_claim(doc_id, lang, text, D1)


def _blocked(a, b, config=None):
    cfg = resolve_config(config)
    ia, ib = claim_infos([a, b], {a.doc: "s", b.doc: "s"}, {a.doc: D1, b.doc: D1}, cfg)
    return blocked(a, b, ia, ib, cfg)


def test_counts_of_other_nationalities_never_link():
    a = _claim("a", "en", "Hamas freed 10 Thai farm workers on Friday.")
    b = _claim("b", "nb", "Hamas løslot 10 israelske gisler fredag.")
    assert _blocked(a, b) == "nationality"
    assert _blocked(a, b, {"who_nationality": False}) != "nationality"


def test_one_nationality_in_two_languages_is_no_block():
    a = _claim("a", "en", "Hamas freed 13 Israeli hostages on Friday.")
    b = _claim("b", "da", "Hamas løslod 13 israelske gidsler fredag.")
    assert _blocked(a, b) is None


def test_a_count_naming_no_nationality_is_not_blocked_by_one_that_does():
    a = _claim("a", "en", "Hamas freed 13 Israeli hostages on Friday.")
    b = _claim("b", "en", "Hamas freed 13 hostages on Friday.")
    assert _blocked(a, b) is None


def test_the_margin_pool_keeps_its_members_when_texts_are_added():
    texts = [f"sentence number {n} about a flood" for n in range(600)]
    pool = {texts[i] for i in _pool(texts, 256)}
    assert len(pool) == 256
    more = texts + [f"another story, line {n}" for n in range(50)]
    grown = {more[i] for i in _pool(more, 256)}
    # a text leaves the pool only for a newcomer that hashes lower, never by a shift
    assert grown - pool <= set(more[600:])
    assert len(pool - grown) == len(grown - pool)
    assert _pool(texts[:10], 256) == list(range(10))
