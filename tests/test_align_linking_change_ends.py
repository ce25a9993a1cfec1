"""A change stated as "N dead, up from M": the unmarked new value and its marked start."""

from __future__ import annotations

import datetime as dt

from translate.align.config import resolve_config
from translate.align.linking import blocked, claim_infos, implied_ends, restated_ends
from translate.claims import extract_claims
from translate.corpus.document import Document
from translate.corpus.prepare import prepare_all

D1 = dt.date(2024, 3, 1)


def _claims(doc_id: str, text: str):
    doc = Document(doc_id, text, text, language="en", published=D1)
    return extract_claims(prepare_all([doc])[0].sentences)


def _blocked(a, b, claims, config=None):
    cfg = resolve_config(config)
    infos = dict(zip((c.id for c in claims), claim_infos(
        claims, {c.doc: "s" for c in claims}, {c.doc: D1 for c in claims}, cfg)))
    return blocked(a, b, infos[a.id], infos[b.id], cfg)


def _unmarked(c):
    """The claim as an extractor that marks no change end would give it."""
    import dataclasses

    return dataclasses.replace(c, direction=None, role=None)


def _by_value(claims, value):
    return next(c for c in claims if c.value == value)


def test_the_new_value_before_an_up_from_start_is_its_end():
    claims = _claims("a", "The storm killed at least 140 people and injured 60, the "
                          "ministry said on Sunday, up from 90 dead in its first count.")
    new, hurt, start = (_by_value(claims, v) for v in (140, 60, 90))
    assert start.direction == "from" or getattr(start, "role", None) == "from"
    assert new.direction == "target" and hurt.direction != "target"  # the extractor's
    assert _blocked(new, start, claims) is None  # two ends of one change, one sentence
    # unmarked by the extractor, linking reads the end itself (not the wounded)
    bare = [_unmarked(c) if c is new else c for c in claims]
    bnew = _by_value(bare, 140)
    assert implied_ends(bare) == {bnew.id}
    assert _blocked(bnew, start, bare) is None
    assert _blocked(bnew, start, bare, {"implied_change_ends": False}) == "same sentence"


def test_two_figures_of_a_sentence_without_a_start_stay_apart():
    claims = _claims("b", "The blast killed 12 people in the north and 30 people in the "
                          "capital on Monday.")
    a, b = _by_value(claims, 12), _by_value(claims, 30)
    assert implied_ends(claims) == set()
    assert _blocked(a, b, claims) == "same sentence"


def test_both_ends_marked_need_no_reading():
    claims = _claims("c", "Officials said the toll rose to 174 from 125 on Tuesday.")
    assert implied_ends(claims) == set()


def test_the_start_marks_the_nearest_figure_it_can_count_not_another_category():
    claims = _claims("d", "The flood killed 90 people and injured 60 people, up from 40 "
                          "injured on Friday.")
    killed, hurt, start = (_by_value(claims, v) for v in (90, 60, 40))
    assert hurt.direction == "target" and killed.direction != "target"
    bare = [_unmarked(c) if c is hurt else c for c in claims]
    assert implied_ends(bare) == {_by_value(bare, 60).id}
    assert _blocked(killed, start, claims) == "category"


def test_a_restated_new_value_lets_the_old_value_join_its_group():
    # the title gives the new value without its change; the start of the change is the
    # old value of the same toll, not another quantity of the article
    text = ("Flood toll reaches 57.\n\nRescuers said on Tuesday that 57 people are now "
            "known to have died in the floods, up from 41 at the weekend. Another 12 "
            "people were injured when a bridge collapsed.")
    claims = _claims("r", text)
    title, new, old = (c for c in claims if c.category == "killed")
    assert (title.value, new.value, old.value) == (57, 57, 41)
    assert _blocked(title, old, claims) is None
    assert restated_ends(claims, set()) == {title.id}
    assert _blocked(title, old, claims, {"restated_ends": False}) == \
        "same document, different values"
    # a figure of another category with the same value is no restatement
    other = _claims("s", "Rescuers said 57 people had died, up from 41. In all 57 homes "
                         "were destroyed.")
    assert restated_ends(other, set()) == set()
