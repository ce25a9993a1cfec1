"""Figures of one sentence broken down by place link only with the same place's figure."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.breakdown import attached_places, breakdown_items, segments
from translate.align.config import resolve_config
from translate.align.cues import LOCATIVES
from translate.align.linking import blocked, claim_infos
from translate.claims import extract_claims
from translate.corpus.document import Document
from translate.corpus.prepare import prepare_all

D1 = dt.date(2025, 1, 3)


def _spans(sentence: str, numbers: list[str]) -> list[tuple[int, int]]:
    return [(sentence.index(n), sentence.index(n) + len(n)) for n in numbers]


@pytest.mark.parametrize("sentence, numbers, expected", [
    ("Of the dead, 40 were in Tromsø and 12 in Bodø.", ["40", "12"],
     ["Of the dead, 40 were in Tromsø", " and 12 in Bodø."]),
    # no separator between the figures: a place after a figure is its own
    ("Dødstallet er 40 i Tromsø 12 i Bodø", ["40", "12"],
     ["Dødstallet er 40 i Tromsø ", "12 i Bodø"]),
    ("Brasil har 300 tilfeller, mens Peru har registrert 120.", ["300", "120"],
     ["Brasil har 300 tilfeller,", " mens Peru har registrert 120."]),
])
def test_a_sentence_is_cut_into_one_segment_per_figure(sentence, numbers, expected):
    assert segments(sentence, _spans(sentence, numbers)) == expected


def test_places_of_a_segment_come_from_the_gazetteer_and_locatives():
    assert "key:country:PE" in attached_places(", mens Peru har registrert 120.", "nb",
                                               LOCATIVES)
    # a town the gazetteer does not hold, after a locative (also with a word between)
    small = attached_places(" og 12 i byen Kautokeino", "nb", LOCATIVES)
    assert "name:kautokeino" in small
    assert attached_places("12 in Kautokeino", "en", LOCATIVES) & small
    # a day is no place, nor is an Arabic nationality adjective
    assert attached_places("killed 12 on Friday", "en", LOCATIVES) == frozenset()
    assert not any(p.startswith("key:") for p in attached_places(
        "بينهم ٣٢ كينياً", "ar", LOCATIVES))


def _claims(doc_id: str, lang: str, text: str):
    doc = Document(doc_id, text, text, language=lang, published=D1)
    return extract_claims(prepare_all([doc])[0].sentences)


def _infos(claims, config=None):
    cfg = resolve_config(config)
    docs = {c.doc for c in claims}
    return cfg, dict(zip((c.id for c in claims), claim_infos(
        claims, dict.fromkeys(docs, "s"), dict.fromkeys(docs, D1), cfg)))


BREAKDOWN = "Of the dead, 91 were in Ishikawa and 81 in Kautokeino."


def test_two_figures_with_places_of_their_own_are_a_breakdown():
    claims = _claims("a", "en", BREAKDOWN)
    assert [c.value for c in claims] == [91, 81]
    _cfg, infos = _infos(claims)
    assert all(infos[c.id].breakdown for c in claims)
    places = {c.id: infos[c.id].places for c in claims}
    assert breakdown_items(claims, places) == {c.id for c in claims}
    assert breakdown_items(claims, places, frozenset({claims[0].id})) == set()
    # a figure another one of its sentence counts a part of is its whole, no item
    whole = _claims("w", "en", "Norway keeps 4,300 troops in Sweden, including 2,400 in "
                               "Finland.")
    _cfg, infos = _infos(whole)
    assert not any(infos[c.id].breakdown for c in whole)


def test_an_item_links_only_with_a_figure_of_the_same_place():
    other, item = _claims("a", "en", BREAKDOWN)  # 91 in Ishikawa, 81 in Kautokeino
    total = _claims("b", "nb", "Minst 81 mennesker er omkommet i Japan.")[0]
    same = _claims("c", "nb", "I alt 81 personer døde i Kautokeino.")[0]
    cfg, infos = _infos([other, item, total, same])
    assert blocked(item, total, infos[item.id], infos[total.id], cfg) == \
        "a breakdown by place, another place"
    assert blocked(item, same, infos[item.id], infos[same.id], cfg) is None
    cfg, infos = _infos([other, item, total], {"breakdown_places": False})
    assert blocked(item, total, infos[item.id], infos[total.id], cfg) is None


def test_a_figure_with_no_place_anywhere_is_unknown_not_elsewhere():
    other, item = _claims("a", "en", BREAKDOWN)
    bare = _claims("b", "en", "At least 81 people have died.")[0]
    cfg, infos = _infos([other, item, bare])
    assert infos[item.id].breakdown
    assert infos[bare.id].places == frozenset()
    assert blocked(item, bare, infos[item.id], infos[bare.id], cfg) is None
