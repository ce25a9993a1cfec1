"""Linking configuration, scope of a claim, verdicts and candidate blocking (no embedder)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from translate.align.config import LinkingConfig, parse_setting, resolve_config
from translate.align.scope import scope_of
from translate.align.verdict import decide
from translate.claims.types import Claim


def _claim(doc: str, value: float, *, sentence: str = "x", category: str = "killed",
           direction: str | None = None, n: int = 1, lang: str = "en",
           low: float | None = None, high: float | None = None) -> Claim:
    return Claim(f"{doc}#c{n}", doc, str(value), 0, 1, value,
                 value if low is None else low, value if high is None else high, "exact",
                 category, direction, None, sentence, n, lang)


def test_config_hash_is_stable_and_changes_with_any_setting():
    a, b = LinkingConfig(), LinkingConfig()
    assert a.hash() == b.hash() and len(a.hash()) == 12
    assert a.replace(agree_margin=1.05).hash() != a.hash()
    assert a.replace(gap_days={"incident": 3}).hash() != a.hash()
    assert a.replace(events={"flood": ["flood"]}).hash() != a.hash()
    assert a.signature.startswith(f"linking:{a.version}|config:")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.agree_margin = 2.0  # type: ignore[misc]


def test_overrides_from_dict_json_file_and_key_value(tmp_path):
    path = tmp_path / "link.json"
    path.write_text(json.dumps({"agree_margin": 1.07, "gap_days": {"standing_level": 30}}))
    cfg = resolve_config(path, conflict_margin="1.2")
    assert cfg.agree_margin == 1.07 and cfg.conflict_margin == 1.2
    assert cfg.gap_days["standing_level"] == 30 and cfg.gap_days["incident"] == 1
    assert parse_setting("use_stories=false") == ("use_stories", False)
    assert resolve_config(dict([parse_setting("use_stories=false")])).use_stories is False
    assert cfg.stories is not None  # the default configuration finds stories
    window = cfg.stories.window_days + 1
    assert resolve_config({"stories.window_days": window}).stories.window_days == window


@pytest.mark.parametrize("bad, match", [
    ({"agree_margn": 1.0}, "unknown linking setting"),
    ({"agree_margin": "high"}, "must be a number"),
    ({"use_stories": "maybe"}, "true or false"),
    ({"version": "0"}, "version"),
    ({"margin_pool": "everything"}, "margin_pool"),
], ids=["typo", "not-a-number", "not-a-bool", "version", "choice"])
def test_bad_settings_get_clear_errors(bad, match):
    with pytest.raises(ValueError, match=match):
        resolve_config(bad)


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        resolve_config(tmp_path / "nope.json")


@pytest.mark.parametrize("sentence, category, direction, scope", [
    ("The death toll has risen to 135, officials said.", "killed", None, "running_total"),
    ("Dødstallet har steget til 135.", "killed", None, "running_total"),
    ("Hittil er 40 personer bekreftet omkommet.", "killed", None, "running_total"),
    ("ارتفعت حصيلة القتلى إلى 135 شخصا.", "killed", None, "running_total"),
    ("Seven people were killed in the blast.", "killed", None, "incident"),
    ("Sju mennesker ble drept i eksplosjonen.", "killed", None, "incident"),
    ("Around 5,200 US troops are stationed in Iraq.", "troops", None, "standing_level"),
    ("Rundt 900 danske soldater er udstationeret i Irak.", "troops", None, "standing_level"),
    ("يتمركز نحو 2500 جندي أمريكي في العراق.", "troops", None, "standing_level"),
    ("The level will drop to 2,500 by January.", "troops", "target", "standing_level"),
    ("The Pentagon sends 3,000 extra troops.", "troops", "deploy", "incident"),
], ids=lambda x: x if isinstance(x, str) and len(x) < 20 else None)
def test_scope_from_what_the_sentence_says(sentence, category, direction, scope):
    c = _claim("d", 5, sentence=sentence, category=category, direction=direction)
    assert scope_of(c) == scope


D = dt.date(2020, 8, 5)


def test_rising_toll_days_apart_is_differ_over_time_with_direction_and_dates():
    a, b = _claim("a", 78), _claim("b", 135)
    verdict, reason = decide([a, b], {"a": D, "b": D + dt.timedelta(days=1)})
    assert verdict == "differ_over_time"
    assert "rose" in reason and "2020-08-05" in reason and "2020-08-06" in reason


def test_same_day_incompatible_is_conflict_overlap_is_agree():
    a, b = _claim("a", 78), _claim("b", 135)
    assert decide([a, b], {"a": D, "b": D})[0] == "conflict"
    c = dataclasses.replace(_claim("c", 70), high=None, hedge="at_least")  # "more than 70"
    assert decide([a, c], {"a": D, "c": D})[0] == "agree"


def test_two_claims_of_one_article_are_never_a_cross_source_verdict():
    a, b = _claim("a", 78, n=1), _claim("a", 135, n=2)
    verdict, reason = decide([a, b], {"a": D})
    assert verdict == "single" and "one document" in reason


def test_from_end_of_a_change_is_left_out_of_the_verdict():
    old = _claim("a", 3000, direction="from", category="troops")
    new = _claim("a", 2500, direction="target", category="troops", n=2)
    other = _claim("b", 2500, category="troops")
    assert decide([old, new, other], {"a": D, "b": D})[0] == "agree"


def test_candidates_are_blocked_and_bounded():
    from translate.align.cues import Cues
    from translate.align.linking import ClaimInfo, _candidates

    cfg = LinkingConfig(block_window=5)
    cues = Cues(frozenset(), frozenset(), None)
    claims, infos = [], []
    for i in range(400):
        claims.append(_claim(f"d{i}", 10 + i % 50, n=1))
        infos.append(ClaimInfo("level", "incident", f"s{i % 4}", cues, float(10 + i % 50)))
    claims.append(_claim("x", 10_000))
    infos.append(ClaimInfo("level", "incident", "s0", cues, 10_000.0))
    pairs = _candidates(infos, claims, cfg)
    assert len(pairs) <= len(claims) * cfg.block_window
    assert all(infos[i].story == infos[j].story for i, j in pairs)
    assert not any(400 in p for p in pairs)  # 10,000 is out of every value range


def test_one_huge_article_links_without_an_all_pairs_matrix():
    # 1,500 claims of one category in one article (a long article): linking
    # blocks and bounds the candidates, so it neither builds n x n matrices nor crashes.
    import numpy as np

    from translate.align.embed import Embedder
    from translate.align.linking import link_claims

    class Hashing(Embedder):
        model_id = "hashing-test"

        def _embed(self, texts):
            rng = [np.random.default_rng(abs(hash(t)) % 2**32) for t in texts]
            return np.stack([r.standard_normal(16) for r in rng]).astype(np.float32)

    claims = [_claim("big", float(10 + i % 300), n=i, sentence=f"Sentence {i} says {i}.")
              for i in range(1500)]
    groups = link_claims(claims, embedder=Hashing(), stories={"big": "s"})
    assert sum(len(g.claims) for g in groups) == 1500
    assert all(not g.cross_source for g in groups)


def test_toll_updated_over_days_with_a_same_day_difference_is_differ_over_time():
    a, b, c = _claim("a", 78), _claim("b", 100), _claim("c", 135)
    day2 = D + dt.timedelta(days=1)
    verdict, reason = decide([a, b, c], {"a": D, "b": day2, "c": day2})
    assert verdict == "differ_over_time"
    assert "rose" in reason and "already" in reason  # the same-day difference is named


def _info(date: dt.date | None, *, scope: str = "running_total", actor: str | None = None,
          point: float | None = None):
    from translate.align.cues import Cues
    from translate.align.linking import ClaimInfo

    return ClaimInfo("level", scope, "s1", Cues(frozenset(), frozenset(), actor), point, date)


def _bound(doc: str, value: float, hedge: str) -> Claim:
    """A claim with an open bound: ``at_least`` (low only) or ``at_most`` (high only)."""
    low, high = (value, None) if hedge == "at_least" else (None, value)
    return dataclasses.replace(_claim(doc, value), low=low, high=high, hedge=hedge)


def test_a_cumulative_toll_that_falls_later_is_another_quantity():
    from translate.align.linking import blocked

    early, late = _claim("a", 300), _claim("b", 120)
    day2 = D + dt.timedelta(days=2)
    assert blocked(early, late, _info(D), _info(day2)) == "fell over time"
    # the other way round it rose: fine; the same day it is a conflict, not a block
    assert blocked(early, late, _info(day2), _info(D)) is None
    assert blocked(early, late, _info(D), _info(D)) is None
    # a later revision ("revised down to 120") or a figure that may fall (missing) is fine
    revised = _claim("b", 120, direction="target")
    assert blocked(early, revised, _info(D), _info(day2)) is None
    missing_early, missing_late = (_claim("a", 300, category="missing"),
                                   _claim("b", 120, category="missing"))
    assert blocked(missing_early, missing_late, _info(D), _info(day2)) is None


def test_open_bounds_are_near_values_for_linking():
    from translate.align.linking import plausibly_equal
    from translate.align.verdict import compatible

    at_least_35 = _bound("a", 35, "at_least")
    assert compatible(at_least_35, _claim("b", 359))  # the verdict's plain intervals
    assert not plausibly_equal(at_least_35, _claim("b", 359), 2.0)
    assert plausibly_equal(_bound("a", 170, "at_least"), _claim("b", 195), 2.0)
    assert plausibly_equal(_bound("a", 3500, "at_most"), _claim("b", 3000), 2.0)
    assert not plausibly_equal(_bound("a", 3500, "at_most"), _claim("b", 1000), 2.0)


def test_updates_of_a_toll_need_the_same_people_and_a_rise():
    from translate.align.linking import _update

    cfg = LinkingConfig()
    day3 = D + dt.timedelta(days=3)
    first, later = _claim("a", 1541), _claim("b", 41156)
    assert _update(first, later, _info(D, point=1541), _info(day3, point=41156), cfg)
    assert not _update(first, later, _info(D, point=1541), _info(D, point=41156), cfg)
    lower = _claim("b", 900)  # a toll does not fall
    assert not _update(first, lower, _info(D, point=1541), _info(day3, point=900), cfg)
    foreigners = _claim("a", 35)  # a sub-group is not an update of the whole toll
    assert not _update(foreigners, _claim("b", 359), _info(D, actor="foreigner", point=35),
                       _info(day3, point=359), cfg)
    # a level kept somewhere may fall, and a bare figure refers back to the troops
    old, new = _claim("a", 4500, category="troops"), _claim("b", 2500, category="troops")
    assert _update(old, new, _info(D, scope="standing_level", actor="military"),
                   _info(day3, scope="standing_level"), cfg)


def test_plain_people_may_meet_a_specific_count_but_specific_counts_stay_apart():
    from translate.align.linking import blocked

    people = _claim("a", 300, category="people")
    homeless = _claim("b", 300, category="displaced")
    wounded = _claim("c", 300, category="wounded")
    assert blocked(people, homeless, _info(D), _info(D)) is None
    assert blocked(homeless, wounded, _info(D), _info(D)) == "category"


def test_two_lower_bounds_days_apart_differ_when_read_as_near_values():
    more_5000, more_21000 = _bound("a", 5000, "at_least"), _bound("b", 21000, "at_least")
    later = D + dt.timedelta(days=3)
    assert decide([more_5000, more_21000], {"a": D, "b": later})[0] == "agree"  # plain
    verdict, reason = decide([more_5000, more_21000], {"a": D, "b": later}, open_ratio=2.0)
    assert verdict == "differ_over_time" and "rose" in reason
    near = _bound("b", 5800, "at_least")
    assert decide([more_5000, near], {"a": D, "b": later}, open_ratio=2.0)[0] == "agree"


def test_a_generic_count_never_meets_things():
    from translate.align.linking import blocked

    people, churches = _claim("a", 3, category="people"), _claim("b", 3, category="buildings")
    assert blocked(people, churches, _info(D), _info(D)) == "category"


def test_a_figure_takes_the_countries_of_its_own_clause():
    from translate.align.cues import Cues, PlaceRef, clause_of
    from translate.align.linking import ClaimInfo, blocked

    s = "Turkey's toll has risen to 41,156, while more than 5,800 people have died in Syria."
    assert clause_of(s, "41,156") == "Turkey's toll has risen to 41,156"
    assert "Syria" in clause_of(s, "more than 5,800 people")
    places = frozenset({PlaceRef("country:TR", "country", "TR"),
                        PlaceRef("country:SY", "country", "SY")})

    def info(focus: set[str]) -> ClaimInfo:
        return ClaimInfo("level", "running_total", "s", Cues(places, frozenset(), None,
                                                             frozenset(focus)), None, D)

    combined, syria = _claim("a", 21000), _claim("b", 21000)
    assert blocked(combined, syria, info({"TR", "SY"}), info({"SY"})) == "countries"
    assert blocked(combined, syria, info({"SY"}), info({"SY"})) is None


def test_the_place_a_figure_is_about_is_the_one_after_it_or_coordinated_with_it():
    from translate.align.cues import _focus

    s = "Floods killed 195 people: 163 died in Germany and 31 in Belgium, officials said."
    assert _focus(s, "163", "en") == {"DE"}
    assert _focus(s, "31", "en") == {"BE"}
    assert _focus("More than 21,000 died in Turkey and Syria after the quake.",
                  "More than 21,000", "en") == {"TR", "SY"}


def test_a_list_of_countries_past_the_comma_that_ends_the_clause_is_all_the_figure_s():
    from translate.align.config import LinkingConfig
    from translate.align.cues import _focus

    loc = LinkingConfig().locatives
    s = ("So far 2,100 cases and 1,150 deaths have been counted in Uganda, Kenya, Rwanda "
         "and Burundi, the agency said.")
    assert _focus(s, "1,150 deaths", "en", loc) == {"UG", "KE", "RW", "BI"}
    nb = "Totalt er 1 150 døde registrert i Uganda, Kenya og Rwanda, ifølge byrået."
    assert _focus(nb, "1 150 døde", "nb", loc) == {"UG", "KE", "RW"}
    # a list stops at the next figure: "31 in Belgium" is another figure's place
    s = "At least 163 people died in Germany, and 31 in Belgium."
    assert _focus(s, "163 people", "en", loc) == {"DE"}


def test_a_running_total_s_lower_bound_then_a_higher_count_days_later_differs_over_time():
    more_than = _bound("a", 1300, "at_least")  # "more than 1,300" on day 1
    week = D + dt.timedelta(days=7)
    later = _claim("b", 1500)
    dates = {"a": D, "b": week}
    assert decide([more_than, later], dates, open_ratio=2.0)[0] == "agree"
    verdict, reason = decide([more_than, later], dates, open_ratio=2.0, apart_open_ratio=1.0)
    assert verdict == "differ_over_time" and "rose" in reason
    # the same day: a bound and a count inside it still agree
    same_day = {"a": D, "b": D}
    assert decide([more_than, later], same_day, open_ratio=2.0,
                  apart_open_ratio=1.0)[0] == "agree"
    # the same bound repeated days later is the same figure
    again = _bound("c", 1300, "at_least")
    assert decide([more_than, again], {"a": D, "c": week}, open_ratio=2.0,
                  apart_open_ratio=1.0)[0] == "agree"


def test_the_old_value_of_a_revised_toll_is_a_point_of_its_history():
    from translate.align.linking import link_rule

    cfg = LinkingConfig()
    early = _claim("a", 290)                       # "the toll has risen to 290" (Apr 22)
    old = _claim("b", 359, direction="from")       # "revised down from 359" (Apr 25)
    day1, day4 = D, D + dt.timedelta(days=3)
    sizes = {"s1": 2}
    need, rule = link_rule(early, old, _info(day1, point=290), _info(day4, point=359), sizes,
                           cfg)
    assert rule == "update" and need == cfg.trend_margin
    # a lower old value later than a higher report is no update of a cumulative toll
    high = _claim("c", 400)
    _need, rule = link_rule(high, old, _info(day1, point=400), _info(day4, point=359), sizes,
                            cfg)
    assert rule != "update"
    # a figure that is not cumulative: the old value of a change is not its history
    troops = _claim("d", 290, category="troops")
    old_troops = _claim("e", 359, category="troops", direction="from")
    _need, rule = link_rule(troops, old_troops, _info(day1, point=290, scope="incident"),
                            _info(day4, point=359, scope="incident"), sizes, cfg)
    assert rule != "update"


def test_an_optional_setting_may_be_switched_off_but_a_number_may_not():
    cfg = resolve_config({"running_open_ratio": 1.0})
    assert cfg.running_open_ratio == 1.0 and cfg.hash() != LinkingConfig().hash()
    off = resolve_config(cfg, running_open_ratio=None)
    assert off.running_open_ratio is None and off.hash() == LinkingConfig().hash()
    with pytest.raises(ValueError, match="agree_margin"):
        resolve_config({"agree_margin": None})
