"""Claims visible by eye in the five seed articles must come out right."""

import csv
import re
from pathlib import Path

import pytest

from translate.claims import extract_claims, parse_quantities
from translate.corpus.document import Sentence

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _sentences(doc_id: str, lang: str) -> tuple[str, list[Sentence]]:
    raw = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
    spans = re.finditer(r"[^\s](?:[^\n]*?)(?:[.!?](?=\s)|(?=\n)|$)", raw)  # test-local splitter
    return raw, [Sentence(doc_id[:3], k, m.start(), m.end(), m.group(), lang)
                 for k, m in enumerate(spans)]


@pytest.fixture(scope="module")
def seed_claims():
    meta = list(csv.DictReader((SEEDS / "metadata.csv").open(encoding="utf-8")))
    out = {}
    for row in meta:
        raw, sents = _sentences(row["id"], row["language"])
        claims = extract_claims(sents)
        for c in claims:
            assert raw[c.start:c.end] == c.quote
        out[row["id"][:3]] = claims
    return out


EXPECTED = [
    ("000", "nesten 3.000 ekstra soldater", 3000, "approx", "troops", "deploy"),
    ("000", "opptil 3.500 ekstra soldater", 3500, "at_most", "troops", "deploy"),
    ("000", "rundt 700 soldatene", 700, "approx", "troops", "deploy"),
    ("000", "14.000 ekstra soldater", 14000, "exact", "troops", "deploy"),
    ("002", "25 militante", 25, "exact", "killed", None),
    ("002", "51 andre", 51, "exact", "wounded", None),
    ("002", "Flere tusinde personer", None, "vague", "people", None),
    ("002", "en amerikansk statsborger", 1, "exact", "killed", None),
    ("001", "30 مركبة مدرعة", 30, "exact", "vehicles", "deploy"),
    ("001", "عشرات المركبات المدرعة", None, "vague", "vehicles", "deploy"),
    ("001", "2500", 2500, "exact", "troops", "target"),
    ("003", "about 3,000 more troops", 3000, "approx", "troops", "deploy"),
    ("003", "Around 5,200 US troops", 5200, "approx", "troops", None),
    ("003", "five people", 5, "exact", "killed", None),
    ("003", "nine others", 9, "exact", "killed", None),
    ("003", "Thousands of faithful", None, "vague", "people", None),
    ("004", "3,000", 3000, "exact", "troops", "from"),
    ("004", "2,500", 2500, "exact", "troops", "target"),
]


@pytest.mark.parametrize(("doc", "quote", "value", "hedge", "category", "direction"), EXPECTED,
                         ids=[f"{e[0]}:{e[1]}" for e in EXPECTED])
def test_seed_claim(seed_claims, doc, quote, value, hedge, category, direction):
    hits = [c for c in seed_claims[doc] if c.quote == quote]
    assert hits, [c.quote for c in seed_claims[doc]]
    c = hits[0]
    assert (c.value, c.hedge, c.category, c.direction) == (value, hedge, category, direction)
    d = c.to_dict()
    assert {"id", "doc", "quote", "start", "end", "value", "low", "high", "hedge", "category",
            "sentence", "english"} <= d.keys()
    assert d["id"].startswith(f"{doc}#c")


def test_bounds_of_seed_hedges(seed_claims):
    by_quote = {c.quote: c for c in seed_claims["000"]}
    assert (by_quote["nesten 3.000 ekstra soldater"].low,
            by_quote["nesten 3.000 ekstra soldater"].high) == (2700, 3000)
    assert (by_quote["opptil 3.500 ekstra soldater"].low,
            by_quote["opptil 3.500 ekstra soldater"].high) == (None, 3500)


NON_CLAIMS = [
    ("nb", "General Qasem Soleimani fotografert i september 2016.", "year"),
    ("ar", "للعودة إلى الاتفاق النووي لعام 2015", "year"),
    ("en", "before Trump leaves office on January 20, according to", "date"),
    ("nb", "Denne artikkelen er over ett år gammel", "age"),
    ("en", "Soleimani, 62, was killed", "age"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), NON_CLAIMS,
                         ids=[f"{n[0]}:{n[2]}" for n in NON_CLAIMS])
def test_non_claims(lang, text, kind):
    assert [q.kind for q in parse_quantities(text, lang)] == [kind]
    assert extract_claims([Sentence("x", 0, 0, len(text), text, lang)]) == []


def test_translation_side_and_ids():
    text = "Forsvarskilder: USA vil sende nesten 3.000 ekstra soldater til Midtøsten"
    sent = Sentence("000", 0, 0, len(text), text, "nb")
    english = "Defence sources: US to send nearly 3,000 extra soldiers to the Middle East"
    (claim,) = extract_claims([sent], translations={0: english})
    assert claim.id == "000#c1"
    assert claim.english == english
    assert claim.english_quote == "nearly 3,000 extra soldiers"


def test_user_category():
    from translate.claims import get_lexicon, with_category

    lex = with_category(get_lexicon("en"), "ships", ("ship*", "vessel*"))
    sent = Sentence("x", 0, 0, 23, "They sent 4 warships in", "en")
    (claim,) = extract_claims([sent])  # any counted noun is a claim, "other" when unlisted
    assert (claim.category, claim.noun, claim.quote) == ("other", "warships", "4 warships")
    sent = Sentence("x", 0, 0, 22, "They sent 4 ships over", "en")
    (claim,) = extract_claims([sent], lexicons={"en": lex})
    assert (claim.category, claim.quote, claim.direction) == ("ships", "4 ships", "deploy")
