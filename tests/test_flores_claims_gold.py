"""The FLORES claims gold (benchmarks/data/flores_claims) and its scorer.

The files are checked against the FLORES English lines they annotate (skipped when the shared
data is absent); the scorer's matching rules are checked on made-up lines with the real
extractor, and the scorer is run on the first five gold lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "flores_claims"
SPLITS = {"dev": "dev", "devtest": "test"}


PRESENT = [s for s in SPLITS if (DATA / f"{s}.jsonl").is_file()]


@pytest.fixture(scope="module")
def scorer(flores_claims_scorer):  # type: ignore[no-untyped-def]
    return flores_claims_scorer


@pytest.mark.parametrize("split", PRESENT)
def test_gold_file_is_valid(split, scorer):
    lines = scorer.load_gold(split)  # raises on a bad value, category, why or offset
    assert lines, f"{split}.jsonl is empty"
    for raw in map(json.loads, (DATA / f"{split}.jsonl").read_text("utf-8").splitlines()):
        starts = [x["start"] for x in raw["numbers"]]
        assert starts == sorted(starts), f"line {raw['line']}: numbers not in text order"
        assert raw["numbers"], f"line {raw['line']}: no numbers"
        for x in raw["numbers"]:
            assert raw["en"][x["start"]:x["start"] + len(x["text"])] == x["text"]
            assert ("category" in x) == x["claim"] and ("why" in x) != x["claim"]
            assert not x.get("ambiguous") or x["claim"]
    assert sum(g.claim and not g.ambiguous for gl in lines for g in gl.numbers) >= 20


@pytest.mark.parametrize("split", PRESENT)
def test_gold_lines_are_the_flores_english_lines(split, shared_data, scorer):
    flores = shared_data / "flores"
    english = {}
    for pair in ("da-en", "nb-en", "ar-en"):
        path = flores / pair / f"flores-{SPLITS[split]}.en"
        english[pair] = path.read_text("utf-8").splitlines()
    assert english["da-en"] == english["nb-en"] == english["ar-en"]
    for gl in scorer.load_gold(split):
        assert 0 <= gl.line < len(english["da-en"])
        assert english["da-en"][gl.line] == gl.en, f"{split} line {gl.line} differs"


def _line(scorer, en: str, *numbers: dict) -> object:
    out = []
    for n in numbers:
        start = en.index(n["text"])
        out.append(scorer.GoldNumber(start=start, **n))
    return scorer.GoldLine(line=0, en=en, numbers=tuple(out))


def test_matching_rules_on_made_up_lines(scorer):
    en = "In 2008, 25 people were killed and two Olympic medals were won."
    da = "I 2008 blev 25 personer dræbt, og to olympiske medaljer blev vundet."
    gold = _line(
        scorer, en,
        {"text": "2008", "value": 2008, "claim": False, "why": "year"},
        {"text": "25", "value": 25, "claim": True, "category": "killed", "noun": "people"},
        {"text": "two", "value": 2, "claim": True, "category": "other", "ambiguous": True},
    )
    scores = scorer.score_lines([gold], {"en": [en], "da": [da], "nb": [da], "ar": [da]})
    for lang in ("en", "da"):
        s = scores[lang]
        assert (s.gold, s.matched, s.category) == (1, 1, 1), lang
        assert s.false_on.get("year", 0) == 0
        # a claim on the ambiguous "two" counts neither for nor against precision
        assert s.scored == s.predicted - s.on_ambiguous
        assert s.precision == 1.0
    # nb "line" says nothing of 25: with missing_in it is not scored there
    missing = scorer.GoldLine(line=0, en=en, numbers=(
        scorer.GoldNumber(text="25", start=en.index("25"), value=25, claim=True,
                          category="killed", missing_in=("nb",)),))
    nb = "Noe skjedde."
    scores = scorer.score_lines([missing], {"en": [en], "da": [da], "nb": [nb], "ar": [nb]})
    assert scores["nb"].gold == 0 and scores["ar"].gold == 1 and scores["ar"].matched == 0


def test_bad_record_is_rejected(tmp_path, scorer):
    record = {"line": 3, "en": "About 40 families.", "numbers": [
        {"text": "40", "start": 6, "value": 40, "claim": True, "category": "families"}]}
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(ValueError, match="unknown category"):
        scorer.load_gold("dev", data_dir=tmp_path)
    record["numbers"][0].update(category="people", start=7)
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    with pytest.raises(ValueError, match="not at offset"):
        scorer.load_gold("dev", data_dir=tmp_path)


def test_scorer_runs_on_five_gold_lines(shared_data, capsys, scorer):
    five = [gl for gl in scorer.load_gold("dev")
            if any(g.claim and not g.ambiguous for g in gl.numbers)][:5]
    texts = scorer.flores_texts("dev", root=shared_data / "flores")
    scores = scorer.score_lines(five, texts)
    assert set(scores) == {"en", "da", "nb", "ar"}
    claims = sum(g.claim and not g.ambiguous for gl in five for g in gl.numbers)
    assert scores["en"].gold == claims >= 5
    assert 0 < scores["en"].matched <= claims
    scorer.print_scores("dev", scores, verbose=True)
    out = capsys.readouterr().out
    assert "split=dev" in out and "\n  ar " in out
