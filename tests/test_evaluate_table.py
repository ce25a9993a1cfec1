"""The systems x languages table, the fidelity hook, run matching and optional COMET."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from translate.evaluate import (
    EvaluationTable,
    MissingDependencyError,
    TestSet,
    TestSetWarning,
    comet_score,
    evaluate_flores,
    evaluate_systems,
    match_run,
    score_run,
)

FLORES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "flores"

TS = TestSet(
    name="toy da-en",
    sources=("Katten sover.", "Hunden  gøer.", "Der er 3 æbler.", "Katten sover."),
    references=(("The cat sleeps.", "The dog barks.", "There are 3 apples.", "The cat sleeps."),),
    src_lang="da",
    tgt_lang="en",
)
SYSTEMS = {
    "good": ["The cat sleeps.", "The dog barks.", "There are 3 apples.", "The cat sleeps."],
    "bad": ["A cat slept.", "Dog bark.", "There are three apples.", "Cat."],
}


def digits_kept(sources: list[str], hyps: list[str], src_lang: str) -> float:
    """Toy number-fidelity: share of segments whose source digits appear in the output."""
    kept = [all(ch in h for ch in s if ch.isdigit()) for s, h in zip(sources, hyps, strict=True)]
    return sum(kept) / len(kept)


def test_table_frame_text_html_and_json() -> None:
    table = evaluate_systems(TS, SYSTEMS, metrics=["bleu", "chrf++", "ter"])
    frame = table.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["BLEU", "chrF2++", "TER"]
    assert frame.loc[("toy da-en", "good"), "BLEU"] == pytest.approx(100.0)
    assert frame.loc[("toy da-en", "bad"), "TER"] > 0
    text = str(table)
    assert "good" in text and "Signatures:" in text and "tok:13a" in text
    html = table._repr_html_()
    assert html.startswith("<table") and "nrefs:1" in html
    records = json.loads(table.to_json())
    assert records[0]["system"] == "good" and records[0]["scores"][0]["signature"]


def test_fidelity_hook_is_one_more_column() -> None:
    table = evaluate_systems(TS, SYSTEMS, metrics=["bleu"], fidelity=digits_kept)
    frame = table.to_frame()
    assert frame["fidelity"].tolist() == [1.0, 0.75]
    assert "digits_kept" in table.signatures()["fidelity"]
    no_sources = TestSet(name="refs only", references=TS.references)
    with pytest.raises(ValueError, match="fidelity hook needs sources"):
        evaluate_systems(no_sources, SYSTEMS, fidelity=digits_kept)


def test_confidence_and_paired_columns() -> None:
    systems = {k: v * 10 for k, v in SYSTEMS.items()}
    testset = TestSet(name="x", references=(TS.references[0] * 10,))
    table = evaluate_systems(testset, systems, metrics=["chrf"], paired="bs", n_samples=100)
    frame = table.to_frame()
    assert list(frame.columns) == ["chrF2", "chrF2 ci_low", "chrF2 ci_high", "chrF2 p"]
    assert pd.isna(frame["chrF2 p"].iloc[0]) and frame["chrF2 p"].iloc[1] <= 0.05
    ci = evaluate_systems(testset, systems, metrics=["bleu"], confidence=True, n_samples=100)
    assert ci.rows[0].scores[0].ci_low is not None and ci.rows[1].scores[0].p_value is None


def test_tables_concatenate_across_languages() -> None:
    a = evaluate_systems(TS, SYSTEMS, metrics=["bleu"])
    b = evaluate_systems(
        TS.subset([0, 1], name="toy sub"), {"x": SYSTEMS["good"][:2]}, metrics=["bleu"]
    )
    both = EvaluationTable.concat([a, b])
    assert list(both.to_frame().index) == [
        ("toy da-en", "good"),
        ("toy da-en", "bad"),
        ("toy sub", "x"),
    ]
    assert (a + b).rows == both.rows


def test_evaluate_flores_multi_language() -> None:
    if not FLORES.is_dir():
        pytest.skip(f"shared FLORES data not found at {FLORES}")
    table = evaluate_flores(FLORES, ["da-en", "nb-en"], metrics=["bleu"])
    frame = table.to_frame()
    assert frame.loc[("flores-test da-en", "opusmt"), "BLEU"] == pytest.approx(45.07, abs=0.01)
    assert frame.loc[("flores-test nb-en", "bergamot-tiny"), "BLEU"] == pytest.approx(
        37.76, abs=0.01
    )
    assert len(frame) == 5


@dataclass(frozen=True)
class Translated:
    source: str
    translation: str


def test_match_run_lists_unmatched_both_ways() -> None:
    run = [
        Translated("Hunden gøer.", "The dog barks."),  # whitespace differs from the row
        Translated("Katten sover.", "The cat sleeps."),
        ("Katten sover.", "The cat is asleep."),  # second copy -> second row
        ("Katten sover.", "Cat sleeps."),  # third copy: no row left
        ("Helt ny sætning.", "A new sentence."),
    ]
    match = match_run(run, TS)
    assert match.rows == (1, 0, 3) and match.run_indices == (0, 1, 2)
    assert match.hypotheses == ("The dog barks.", "The cat sleeps.", "The cat is asleep.")
    assert match.unmatched_run == ((3, "Katten sover."), (4, "Helt ny sætning."))
    assert match.unmatched_rows == ((2, "Der er 3 æbler."),)
    assert not match.complete and "unmatched reference row 2" in match.describe()


def test_score_run_warns_and_scores_matched_rows() -> None:
    run = [("Katten sover.", "The cat sleeps."), ("Hunden gøer.", "The dog barks.")]
    with pytest.warns(TestSetWarning, match="2 reference row"):
        result = score_run(run, TS, metrics=["bleu"])
    assert result.evaluation.n_segments == 2
    assert result.evaluation.get("bleu").score == pytest.approx(100.0)
    with pytest.raises(ValueError, match="no run segment matched"):
        score_run([("nothing", "x")], TS)
    with pytest.raises(TypeError, match="source"):
        match_run([object()], TS)  # type: ignore[list-item]


def test_comet_missing_gives_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "comet", None)  # makes `import comet` fail
    with pytest.raises(MissingDependencyError) as info:
        comet_score(["a"], ["b"], ["c"])
    message = str(info.value)
    assert "unbabel-comet" in message and "Unbabel/wmt22-comet-da" in message
    assert "pip install unbabel-comet" in message
    assert isinstance(info.value, ImportError)


def test_comet_wiring_with_a_fake_package(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: dict[str, object] = {}

    class FakeModel:
        def predict(self, data: list[dict[str, str]], **kwargs: object) -> object:
            calls["data"], calls["kwargs"] = data, kwargs
            return types.SimpleNamespace(system_score=0.5, scores=[0.5] * len(data))

    fake = types.ModuleType("comet")
    fake.__version__ = "9.9"  # type: ignore[attr-defined]
    fake.download_model = lambda name: f"/cache/{name}/model.ckpt"  # type: ignore[attr-defined]
    fake.load_from_checkpoint = lambda path: FakeModel()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "comet", fake)
    score = comet_score(["s1", "s2"], ["h1", "h2"], ["r1", "r2"], gpus=0)
    assert (score.metric, score.score, score.n_segments) == ("COMET", 0.5, 2)
    assert score.signature == "model:Unbabel/wmt22-comet-da|nrefs:1|comet:9.9"
    assert calls["data"] == [
        {"src": "s1", "mt": "h1", "ref": "r1"},
        {"src": "s2", "mt": "h2", "ref": "r2"},
    ]

    def offline(name: str) -> str:
        raise ConnectionError("offline")

    fake.download_model = offline  # type: ignore[attr-defined]
    with pytest.raises(MissingDependencyError, match="could not load COMET model"):
        comet_score(["s"], ["h"], None)
