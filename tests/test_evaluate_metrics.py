"""Scores through sacrebleu: cross-checks, signatures, sentence level and golden FLORES BLEU."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import sacrebleu

from translate.errors import UnknownNameError
from translate.evaluate import (
    corpus_score,
    corpus_scores,
    flores_systems,
    load_flores,
    sentence_scores,
)
from translate.evaluate.metrics import METRIC_NAMES, display_name
from translate.evaluate.testsets import read_hypotheses

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FLORES = DATA / "flores"

HYPS = ["The cat sat on the mat.", "A dog barked loudly at night!", "Numbers: 1,234 and 5.6"]
REFS = [
    "The cat is sitting on the mat.",
    "A dog barked loud in the night.",
    "Numbers: 1,234 and 5.6",
]
REFS2 = ["There is a cat on the mat.", "At night a dog barked loudly.", "Figures: 1,234 and 5.6"]


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("bleu", sacrebleu.metrics.BLEU()),
        ("chrf", sacrebleu.metrics.CHRF()),
        ("chrf++", sacrebleu.metrics.CHRF(word_order=2)),
        ("ter", sacrebleu.metrics.TER()),
    ],
    ids=["bleu", "chrf", "chrf++", "ter"],
)
def test_scores_equal_sacrebleu_with_multiple_references(name: str, reference: object) -> None:
    expected = reference.corpus_score(HYPS, [REFS, REFS2])  # type: ignore[attr-defined]
    got = corpus_score(HYPS, [REFS, REFS2], metric=name)
    assert got.score == expected.score
    assert got.metric == expected.name == display_name(name)
    assert got.signature == reference.get_signature().format()  # type: ignore[attr-defined]
    assert got.signature.startswith("nrefs:2|")
    assert f"version:{sacrebleu.__version__}" in got.signature
    assert got.n_segments == 3 and got.ci_low is None and got.p_value is None


def test_compat_functions_agree() -> None:
    bleu, chrf, ter = corpus_scores(HYPS, [REFS], metrics=["bleu", "chrf", "ter"])
    assert bleu.score == sacrebleu.corpus_bleu(HYPS, [REFS]).score
    assert chrf.score == sacrebleu.corpus_chrf(HYPS, [REFS]).score
    assert ter.score == sacrebleu.corpus_ter(HYPS, [REFS]).score
    assert bleu.higher_is_better and not ter.higher_is_better
    assert "BP =" in bleu.detail


def test_sentence_scores_match_sacrebleu_sentence_level() -> None:
    result = sentence_scores(HYPS, [REFS, REFS2], metric="bleu")
    expected = [
        sacrebleu.sentence_bleu(h, [r1, r2]).score
        for h, r1, r2 in zip(HYPS, REFS, REFS2, strict=True)
    ]
    assert list(result.scores) == expected
    assert "eff:yes" in result.signature and result.metric == "BLEU"
    assert result.worst(1) == (int(min(range(3), key=lambda i: expected[i])),)
    ter = sentence_scores(HYPS, [REFS], metric="ter")
    assert ter.worst(1) == (max(range(3), key=lambda i: ter.scores[i]),)


def test_confidence_interval_is_seeded_and_restores_environment() -> None:
    before = os.environ.get("SACREBLEU_SEED")
    hyps, refs = HYPS * 20, [REFS * 20]
    a = corpus_score(hyps, refs, n_bootstrap=200, seed=7)
    b = corpus_score(hyps, refs, n_bootstrap=200, seed=7)
    assert a == b
    assert a.ci_low is not None and a.ci_high is not None and a.ci_low <= a.ci_high
    assert "bs:200" in a.signature and "seed:7" in a.signature
    assert os.environ.get("SACREBLEU_SEED") == before


def test_errors_are_explicit() -> None:
    with pytest.raises(UnknownNameError, match=re.escape(
            "unknown metric 'meteor'; known metrics: bleu, chrf, chrf++, ter")) as info:
        corpus_score(HYPS, [REFS], metric="meteor")
    assert isinstance(info.value, ValueError) and isinstance(info.value, KeyError)
    assert METRIC_NAMES == ("bleu", "chrf", "chrf++", "ter")
    with pytest.raises(TypeError, match="reference streams"):
        corpus_score(HYPS, REFS)
    with pytest.raises(ValueError, match="2 segments"):
        corpus_score(HYPS, [REFS[:2]])
    with pytest.raises(ValueError, match="seed=0"):
        corpus_score(HYPS, [REFS], n_bootstrap=10, seed=0)


def _golden_cases() -> list[object]:
    if not FLORES.is_dir():
        return [
            pytest.param(
                None,
                id="no-shared-data",
                marks=pytest.mark.skip(reason=f"shared FLORES data not found at {FLORES}"),
            )
        ]
    cases = []
    for published in sorted(FLORES.glob("*/flores-*.*.en.bleu")):
        pair = published.parent.name
        split, system = published.name.split(".")[0][len("flores-") :], published.name.split(".")[1]
        cases.append(pytest.param(published, id=f"{pair}-{split}-{system}"))
    return cases


@pytest.mark.parametrize("published", _golden_cases())
def test_golden_flores_bleu_matches_publisher(published: Path) -> None:
    pair = published.parent.name
    split, system = published.name.split(".")[0][len("flores-") :], published.name.split(".")[1]
    assert system in flores_systems(FLORES, pair, split=split)
    testset = load_flores(FLORES, pair, split=split)
    hyps = read_hypotheses(published.with_suffix(""), expected=len(testset))
    score = corpus_score(hyps, testset.references, trg_lang=testset.tgt_lang)
    assert f"{score.score:.1f}" == published.read_text(encoding="utf-8").strip()
    assert (
        score.signature
        == f"nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:{sacrebleu.__version__}"
    )


def test_golden_table_covers_the_named_examples() -> None:
    if not FLORES.is_dir():
        pytest.skip(f"shared FLORES data not found at {FLORES}")
    ids = {case.id for case in _golden_cases()}  # type: ignore[attr-defined]
    assert {"da-en-test-opusmt", "ar-en-test-nllb", "nb-en-test-bergamot-tiny"} <= ids
    assert len(ids) == 20
