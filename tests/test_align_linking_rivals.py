"""Rival figures of one day, and who a bare figure counts."""

from __future__ import annotations

import datetime as dt

from translate.align.config import resolve_config
from translate.align.linking import claim_infos, link_rule
from translate.testing import first_claim

D1 = dt.date(2024, 3, 1)


def _claim(doc_id: str, lang: str, text: str):
    return first_claim(doc_id, lang, text, D1)


def _rule(a, b, config=None):
    cfg = resolve_config(config)
    ia, ib = claim_infos([a, b], {a.doc: "s", b.doc: "s"}, {a.doc: D1, b.doc: D1}, cfg)
    return link_rule(a, b, ia, ib, {"s": 2}, cfg)


POLICE = "The police said 127 people were killed in the stampede."
AGENCY = "The disaster agency said 174 people were killed in the stampede."


def test_two_named_sources_of_one_day_are_rivals_at_the_agree_margin():
    a, b = _claim("a", "en", POLICE), _claim("b", "en", AGENCY)
    assert a.attribution and b.attribution
    cfg = resolve_config(None)
    assert _rule(a, b) == (cfg.agree_margin, "rival values of named sources")
    assert _rule(a, b, {"sourced_rivals": False}) == (cfg.conflict_margin, "rival values")


def test_a_figure_without_a_source_is_a_rival_only_at_the_conflict_margin():
    a = _claim("a", "en", POLICE)
    b = _claim("b", "en", "At least 174 people were killed in the stampede.")
    assert b.attribution is None
    assert _rule(a, b) == (resolve_config(None).conflict_margin, "rival values")


def test_one_source_giving_two_figures_is_no_pair_of_rivals():
    a = _claim("a", "en", POLICE)
    b = _claim("b", "en", "The police said 174 people were killed in the stampede.")
    assert _rule(a, b)[1] == "rival values"


def test_sources_in_two_languages_count_as_two_names():
    a = _claim("a", "en", AGENCY)
    b = _claim("b", "nb", "Ifølge politiet døde 131 mennesker i tumulten.")
    assert b.attribution
    assert _rule(a, b)[1] == "rival values of named sources"


# --- a bare end of a stated change refers back to the count its article named -----------
def _rule_days(a, b, days: int, config=None):
    cfg = resolve_config(config)
    dates = {a.doc: D1, b.doc: D1 + dt.timedelta(days=days)}
    ia, ib = claim_infos([a, b], {a.doc: "s", b.doc: "s"}, dates, cfg)
    return link_rule(a, b, ia, ib, {"s": 2}, cfg)[1]


NAMED = "Eleven American soldiers were injured in the missile attack."


def test_a_bare_end_of_a_change_updates_a_named_count():
    named = _claim("a", "en", NAMED)
    risen = _claim("b", "en", "The Pentagon said the number of injured in the missile "
                              "attack has risen to 109.")
    assert risen.noun is None and risen.direction == "target"
    assert _rule_days(named, risen, 20) == "update"
    assert _rule_days(named, risen, 20, {"bare_ends_refer_back": False}) == \
        "different days, not an update"


def test_a_bare_figure_that_states_no_change_is_no_update_of_a_named_count():
    named = _claim("a", "en", NAMED)
    bare = _claim("b", "en", "The Pentagon said 109 were injured in the missile attack.")
    assert bare.direction is None
    assert _rule_days(named, bare, 20) == "different days, not an update"


def test_named_sources_of_one_day_may_be_far_apart_but_not_without_bound():
    """Police and organisers count one march: 1.28 million and 3.5 million the same day
    are rival counts of one quantity (a conflict to show), not two quantities."""
    police = _claim("a", "en", "The interior ministry said 1,280,000 people marched in the "
                               "protests.")
    union = _claim("b", "en", "The CGT union said 3,500,000 people marched in the protests.")
    far = _claim("c", "en", "The CGT union said 9,000,000 people marched in the protests.")
    assert police.attribution and union.attribution
    cfg = resolve_config(None)
    assert _rule(police, union) == (cfg.agree_margin, "rival values of named sources")
    assert _rule(police, union, {"rival_max_ratio": 2.0})[0] is None  # max_value_ratio
    assert _rule(police, far) == (None, "same-day values too far apart")
    unsourced = _claim("d", "en", "About 3,500,000 people marched in the protests.")
    assert _rule(police, unsourced) == (None, "same-day values too far apart")


# --- a count of nationals is no step of a toll of people ----------------------------------
def test_a_count_of_nationals_is_no_update_of_a_toll_of_people():
    toll = _claim("a", "en", "At least 31 people were killed in the blasts.")
    americans = _claim("b", "en", "Two Americans were among the dead, officials said.")
    danes = _claim("c", "da", "Fire danskere er blandt de dræbte.")
    assert _rule_days(toll, americans, 2) == "different values, a count of nationals"
    assert _rule_days(toll, danes, 2) == "different values, a count of nationals"
    # a nationality that only qualifies the counted noun keeps the toll's steps
    risen = _claim("d", "en", "The Pentagon said the number of injured in the missile "
                              "attack has risen to 109.")
    named = _claim("e", "da", "11 amerikanske soldater blev såret ved missilangrebet.")
    assert named.noun == "soldater"
    assert _rule_days(named, risen, 20) == "update"


def test_counts_of_those_still_in_a_state_may_fall_from_report_to_report():
    first = _claim("a", "en", "Twenty injured people are still in hospital after the fire.")
    later = _claim("b", "nb", "Ni skadde ligger fortsatt på sykehus etter brannen.")
    assert first.category == later.category == "wounded"
    assert _rule_days(first, later, 7) == "update"
    assert _rule_days(first, later, 7, {"current_words": []}) != "update"
    # a count of now is no step of the total injured
    total = _claim("c", "en", "Twenty people were injured in the fire.")
    assert _rule_days(total, later, 7) != "update"


def test_an_attack_may_be_a_bombing_or_a_shooting_but_never_a_fire():
    from translate.align.linking import blocked

    def infos(a, b):
        cfg = resolve_config(None)
        return claim_infos([a, b], {a.doc: "s", b.doc: "s"}, {a.doc: D1, b.doc: D1}, cfg)

    attack = _claim("a", "en", "At least 12 people were killed in the attack on the bridge.")
    bomb = _claim("b", "nb", "Minst 12 mennesker ble drept da bomben gikk av.")
    fire = _claim("c", "en", "At least 12 people were killed in the fire in the tower.")
    ia, ib = infos(attack, bomb)
    assert "attack" in ia.cues.events and "bombing" in ib.cues.events
    assert blocked(attack, bomb, ia, ib) != "event"
    ia, ic = infos(attack, fire)
    assert blocked(attack, fire, ia, ic) == "event"


# --- a vague figure of a generic category says too little to be one count -------------
def test_a_vague_generic_figure_links_with_no_precise_one():
    a = _claim("a", "en", "Hundreds of relatives gathered outside the mine on Sunday.")
    b = _claim("b", "da", "Over 400 redningsarbejdere var i gang ved minen søndag.")
    assert a.category == b.category == "people" and a.hedge == "vague"
    assert _rule(a, b) == (None, "generic category, a vague figure")
    assert _rule(a, b, {"generic_vague": True})[0] is not None
    # two vague figures, or a vague figure with an event word, still may
    c = _claim("c", "nb", "Flere hundre mennesker samlet seg utenfor gruven søndag.")
    assert _rule(a, c)[1] == "same figure"
    d = _claim("d", "en", "Dozens of people were injured in the blast.")
    e = _claim("e", "da", "71 mennesker blev såret ved eksplosionen.")
    assert d.category == e.category == "wounded"
    assert _rule(d, e)[0] is not None
