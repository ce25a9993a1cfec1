"""Paired tests give the same numbers as ``python -m sacrebleu --paired-bs/--paired-ar``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from translate.errors import UnknownNameError
from translate.evaluate import load_flores, load_flores_outputs, paired_test

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FLORES = DATA / "flores"
needs_data = pytest.mark.skipif(
    not FLORES.is_dir(), reason=f"shared FLORES data not found at {FLORES}"
)

# Recorded from: cd flores/da-en && python -m sacrebleu flores-test.en
#   -i flores-test.opusmt.en flores-test.bergamot-tiny.en
#   --paired-bs --paired-bs-n 1000 -m bleu chrf
# (sacrebleu 2.6.0, default seed 12345). p = (c + 1) / (n + 1).
RECORDED_BS = {"BLEU": 102 / 1001, "chrF2": 1 / 1001}
# ... and with --paired-ar --paired-ar-n 2000 -m bleu chrf --format json
RECORDED_AR = {"BLEU": 0.3153423288355822, "chrF2": 0.0004997501249375312}


@pytest.fixture(scope="module")
def da_en() -> tuple[object, dict[str, tuple[str, ...]]]:
    if not FLORES.is_dir():
        pytest.skip(f"shared FLORES data not found at {FLORES}")
    testset = load_flores(FLORES, "da-en")
    outputs = load_flores_outputs(FLORES, "da-en", systems=["opusmt", "bergamot-tiny"])
    return testset, outputs


def _sacrebleu_cli(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "sacrebleu", *args, "--no-color", "--quiet"],
        cwd=FLORES / "da-en",
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "SACREBLEU_SEED"} | {"NO_COLOR": "1"},
        timeout=120,
    )
    return result.stdout


@needs_data
def test_paired_bootstrap_matches_recorded_cli(da_en) -> None:
    testset, outputs = da_en
    result = paired_test(outputs, testset.references, metrics=["bleu", "chrf"], n_samples=1000)
    assert result.baseline == "opusmt" and [r.system for r in result.rows] == list(outputs)
    for metric, p in RECORDED_BS.items():
        score = result.get("bergamot-tiny", metric)
        assert score.p_value == pytest.approx(p, abs=1e-12)
        assert score.baseline == "opusmt"
        assert "bs:1000" in score.signature and "seed:12345" in score.signature
        assert result.get("opusmt", metric).p_value is None
    bleu = result.get("bergamot-tiny", "bleu")
    assert f"{bleu.score:.4f} ({bleu.bootstrap_mean:.4f} ± {bleu.ci_radius:.4f})" == (
        "45.5665 (45.5797 ± 1.2669)"
    )


@needs_data
def test_paired_bootstrap_matches_live_cli(da_en) -> None:
    testset, outputs = da_en
    text = _sacrebleu_cli(
        "flores-test.en",
        "-i",
        "flores-test.opusmt.en",
        "flores-test.bergamot-tiny.en",
        "--paired-bs",
        "--paired-bs-n",
        "1000",
        "-m",
        "bleu",
        "-w",
        "4",
        "--format",
        "latex",  # the CLI's JSON output fails on float32 bootstrap means
    )
    row = next(line for line in text.splitlines() if "flores-test.bergamot-tiny.en &" in line)
    cli_score, cli_mean, cli_ci, cli_p = map(
        float, re.search(r"([\d.]+) \(([\d.]+) ± ([\d.]+)\) \(p = ([\d.]+)\)", row).groups()
    )
    ours = paired_test(outputs, testset.references, metrics=["bleu"]).get("bergamot-tiny", "bleu")
    assert round(ours.p_value, 4) == cli_p == round(RECORDED_BS["BLEU"], 4)
    assert (round(ours.score, 4), round(ours.bootstrap_mean, 4)) == (cli_score, cli_mean)
    assert round(ours.ci_radius, 4) == cli_ci


@needs_data
def test_approximate_randomization_matches_live_cli(da_en) -> None:
    testset, outputs = da_en
    cli = json.loads(
        _sacrebleu_cli(
            "flores-test.en",
            "-i",
            "flores-test.opusmt.en",
            "flores-test.bergamot-tiny.en",
            "--paired-ar",
            "--paired-ar-n",
            "2000",
            "-m",
            "bleu",
            "chrf",
            "--format",
            "json",
        )
    )
    result = paired_test(
        outputs, testset.references, metrics=["bleu", "chrf"], test="ar", n_samples=2000
    )
    for metric, recorded in RECORDED_AR.items():
        ours = result.get("bergamot-tiny", metric)
        assert ours.p_value == cli[1][metric]["p_value"] == pytest.approx(recorded, abs=1e-15)
        assert ours.score == cli[1][metric]["score"]
        assert ours.ci_low is None  # the CLI computes no CI for AR by default
        assert "ar:2000" in ours.signature


@needs_data
def test_baseline_choice_and_seed_change(da_en) -> None:
    testset, outputs = da_en
    flipped = paired_test(
        outputs, testset.references, metrics=["bleu"], baseline="bergamot-tiny", n_samples=200
    )
    assert [r.system for r in flipped.rows] == ["bergamot-tiny", "opusmt"]
    other_seed = paired_test(outputs, testset.references, metrics=["bleu"], n_samples=200, seed=1)
    assert "seed:1|" in other_seed.get("bergamot-tiny", "bleu").signature


def test_argument_errors() -> None:
    refs = [["a b c", "d e f"]]
    systems = {"a": ["a b c", "d e f"], "b": ["a b", "d e"]}
    with pytest.raises(ValueError, match="at least one other"):
        paired_test({"a": systems["a"]}, refs)
    with pytest.raises(UnknownNameError, match="unknown baseline system 'zzz'.*: a, b$"):
        paired_test(systems, refs, baseline="zzz")
    with pytest.raises(ValueError, match="unknown paired test 't'; known paired tests: bs, ar"):
        paired_test(systems, refs, test="t")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="seed=0"):
        paired_test(systems, refs, seed=0)
    with pytest.raises(ValueError, match="segments"):
        paired_test({"a": ["x"], "b": ["y"]}, refs)
