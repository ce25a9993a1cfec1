"""Group formation: a chain of links, each passing alone, must not join two quantities."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.config import LinkingConfig
from translate.align.linking import link_claims
from translate.claims.types import Claim
from translate.testing import concept_embedder

#: Concepts of the tiny embedder: words of one concept in any of the four languages.
CONCEPTS = [
    {"prisoners", "fanger", "fangar", "أسرى"},
    {"hostages", "gisler", "gidsler", "رهائن"},
    {"released", "løslatt", "løsladt", "أفرج"},
    {"freed", "frigitt", "frigivet", "حرر"},
    {"exchange", "utveksling", "udveksling", "تبادل"},
]


ConceptEmbedder = concept_embedder(CONCEPTS, name="concepts-linking", shared=0.3,
                                   floor=0.02, use_shipped=False)


D = dt.date(2023, 11, 25)


def _claim(doc: str, lang: str, sentence: str, number: str, value: float,
           category: str = "people") -> Claim:
    start = sentence.index(number)
    return Claim(f"{doc}#c1", doc, number, start, start + len(number), value, value, value,
                 "exact", category, None, None, sentence, 0, lang)


def _docs(*ids: str) -> dict:
    from types import SimpleNamespace

    return {d: SimpleNamespace(published=D) for d in ids}


# Three reports of one exchange, one day: a Norwegian sentence about prisoners released,
# an English one that names prisoners and hostages, a Danish one about hostages freed.
# prisoners ~ (prisoners + hostages) ~ hostages: each link alone passes, the ends never.
CHAIN = [
    _claim("nb1", "nb", "150 fanger ble løslatt løslatt fredag.", "150", 150),
    _claim("en1", "en", "150 prisoners and hostages in the exchange.", "150", 150),
    _claim("da1", "da", "150 gidsler blev frigivet frigivet fredag.", "150", 150),
]
STORY = {"nb1": "s1", "en1": "s1", "da1": "s1"}


@pytest.fixture(scope="module")
def embedder():
    return ConceptEmbedder()


def _grouped(groups, a: str, b: str) -> bool:
    return any(a in g.claims and b in g.claims for g in groups)


def test_each_link_of_the_chain_passes_alone(embedder):
    # Without a group check the chain joins prisoners and hostages: the test below can fail.
    explain: dict = {}
    groups = link_claims(CHAIN, documents=_docs("nb1", "en1", "da1"), embedder=embedder,
                         config={"group_linkage": "single"}, stories=STORY, explain=explain)
    assert _grouped(groups, "nb1#c1", "da1#c1")
    assert "≥" in explain[("nb1#c1", "en1#c1")] and "≥" in explain[("en1#c1", "da1#c1")]
    assert "<" in explain[("nb1#c1", "da1#c1")]  # the ends were never close


@pytest.mark.parametrize("linkage", ["average", "complete"])
def test_a_chain_of_links_does_not_join_two_quantities(embedder, linkage):
    explain: dict = {}
    groups = link_claims(CHAIN, documents=_docs("nb1", "en1", "da1"), embedder=embedder,
                         config={"group_linkage": linkage}, stories=STORY, explain=explain)
    assert not _grouped(groups, "nb1#c1", "da1#c1")
    assert any("group linkage" in why for why in explain.values())
    assert sum(len(g.claims) for g in groups) == 3  # nothing lost


def test_a_group_whose_members_all_agree_still_forms(embedder):
    same = [
        _claim("nb1", "nb", "150 fanger ble løslatt fredag.", "150", 150),
        _claim("en1", "en", "150 prisoners released on Friday.", "150", 150),
        _claim("ar1", "ar", "أفرج عن 150 من الأسرى", "150", 150),
    ]
    groups = link_claims(same, documents=_docs("nb1", "en1", "ar1"), embedder=embedder,
                         stories={"nb1": "s1", "en1": "s1", "ar1": "s1"})
    big = max(groups, key=lambda g: len(g.claims))
    assert len(big.claims) == 3 and big.verdict == "agree"


def test_group_linkage_is_configuration():
    assert LinkingConfig().group_linkage == "average"
    assert LinkingConfig().replace(group_linkage="complete").hash() != LinkingConfig().hash()
    with pytest.raises(ValueError, match="group_linkage"):
        LinkingConfig(group_linkage="chain")


@pytest.mark.parametrize("a, b, differ", [
    (("en", "137 hostages were freed.", "137", "hostages"),
     ("en", "137 trucks entered Gaza.", "137", "trucks"), True),
    (("nb", "41 gisler ble løslatt.", "41", "gisler"),
     ("nb", "41 fanger ble løslatt.", "41", "fanger"), True),
    # a plain word for people says nothing about who: no veto
    (("en", "137 people were freed.", "137", "people"),
     ("en", "137 hostages were freed.", "137", "hostages"), False),
    (("da", "41 mennesker blev løsladt.", "41", "mennesker"),
     ("da", "41 personer blev løsladt.", "41", "personer"), False),
    # the same noun, singular and plural
    (("en", "One hostage and 40 hostages.", "40", "hostages"),
     ("en", "40 hostage families met.", "40", "hostage"), False),
    # Arabic: the head comes first (adjectives follow), without its plural or case ending
    (("ar", "لم يتقاض 30 ألف عامل صحي رواتبهم.", "30", "عامل صحي"),
     ("ar", "لم يتقاض 30 ألفاً من العاملين الصحيين رواتبهم.", "30", "العاملين"), False),
    (("ar", "أفرج عن 13 رهينة.", "13", "رهينة"),
     ("ar", "أفرج عن 13 أسيراً.", "13", "أسيراً"), True),
    # across languages nouns are not compared (no translation of the noun)
    (("en", "41 hostages were freed.", "41", "hostages"),
     ("nb", "41 gisler ble løslatt.", "41", "gisler"), False),
])
def test_two_counts_of_one_language_with_other_nouns_never_link(a, b, differ):
    import dataclasses

    from translate.align.linking import other_nouns

    ca = dataclasses.replace(_claim("a", a[0], a[1], a[2], 1), noun=a[3])
    cb = dataclasses.replace(_claim("b", b[0], b[1], b[2], 1), noun=b[3])
    assert other_nouns(ca, cb) is differ
    # only when the category does not already say what is counted
    specific = dataclasses.replace(ca, category="killed"), \
        dataclasses.replace(cb, category="killed")
    assert other_nouns(*specific) is False
    assert other_nouns(ca, cb, LinkingConfig(same_language_nouns=True)) is differ


def test_equal_values_merge_before_a_rival_figure_of_the_same_sentence(embedder):
    # A translated sentence with two figures; the English copy yields only the second.
    da = "Han scorede 403 mål i 468 kampe for klubben efter udveksling."
    en = "He made 468 appearances for the club after the exchange."
    claims = [_claim("da1", "da", da, "403", 403, category="other"),
              _claim("en1", "en", en, "468", 468, category="other")]
    second = _claim("da1", "da", da, "468", 468, category="other")
    claims.insert(1, Claim("da1#c2", "da1", "468", second.start, second.end, 468, 468, 468,
                           "exact", "other", None, None, da, 0, "da"))
    docs, story = _docs("da1", "en1"), {"da1": "s1", "en1": "s1"}

    def partner(cfg: dict) -> set[str]:
        groups = link_claims(claims, documents=docs, embedder=embedder, config=cfg,
                             stories=story)
        return next(set(g.claims) for g in groups if "en1#c1" in g.claims)

    assert partner({}) == {"en1#c1", "da1#c2"}
    # without the preference the rival figure, first in the text, takes it (a conflict)
    assert partner({"same_value_first": 0.0}) == {"en1#c1", "da1#c1"}


def test_a_figure_read_as_an_incident_is_an_update_in_groups_of_running_totals():
    # Two groups of one toll: each holds a running total ("has risen to ... so far") and a
    # figure deep in a later report that reads as one incident's ("120 people died").
    # Between the two incident figures, days apart, the pair rule alone says "different
    # days, not an update" (the strictest margin); the groups' scope is the widest of their
    # claims', so when both groups hold a running total the pair is weighed as an update.
    import datetime as dt

    from translate.align.linking import _Support, claim_infos, link_rule

    def killed(doc: str, sentence: str, number: str, value: float, index: int) -> Claim:
        start = sentence.index(number)
        return Claim(f"{doc}#c1", doc, number, start, start + len(number), value, value,
                     value, "exact", "killed", None, None, sentence, index, "en")

    claims = [killed("d1", "The quake toll has risen to 100 so far.", "100", 100, 0),
              killed("d2", "Police said 120 people died in the valley.", "120", 120, 5),
              killed("d3", "The quake toll has risen to 150 so far.", "150", 150, 0),
              killed("d4", "Rescuers said 200 people died in the quake.", "200", 200, 5)]
    dates = {f"d{n}": dt.date(2024, 1, n) for n in range(1, 5)}
    cfg = LinkingConfig()
    infos = claim_infos(claims, {d: "s1" for d in dates}, dates, cfg)
    assert [i.scope for i in infos] == ["running_total", "incident", "running_total", "incident"]
    sizes = {"s1": 4}
    assert link_rule(claims[1], claims[3], infos[1], infos[3], sizes, cfg)[1] == \
        "different days, not an update"

    def support(config: LinkingConfig) -> _Support:  # every sentence pair scores 0.9
        ctx = {k: (c.sentence, None) for k, c in enumerate(claims)}
        return _Support(claims, infos, ctx, lambda a, b: 0.9, sizes, config)  # type: ignore[arg-type]

    on, off = support(cfg), support(cfg.replace(group_scope_updates=False))
    # the incident pair counts at the update margin when both groups hold a running total
    assert on.excess(1, 3, True) == pytest.approx(off.excess(1, 3, False) + cfg.other_change_margin
                                                   - cfg.trend_margin)
    assert off.weak([0, 1], [2, 3]) is not None  # kept apart when pairs alone decide
    assert on.weak([0, 1], [2, 3]) is None
    # a group with no running total gains nothing
    assert on.weak([1], [3]) == off.weak([1], [3])
