"""The number-fidelity rate used as a column of the evaluation tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from translate.claims import number_fidelity
from translate.evaluate.cli import main as evaluate_main


def test_rate_counts_number_bearing_sentences_only() -> None:
    src = ["Der kom 25 soldater.", "Ingen tal her.", "Han så 3.000 mennesker."]
    good = ["25 soldiers came.", "No numbers here.", "He saw 3,000 people."]
    bad = ["52 soldiers came.", "No numbers here.", "He saw 3,000 people."]
    assert number_fidelity(src, good, "da") == 1.0
    assert number_fidelity(src, bad, "da") == 0.5
    with pytest.raises(ValueError):
        number_fidelity(src, good[:2], "da")


def test_rate_on_real_flores_output(shared_data: Path) -> None:
    data = shared_data / "flores" / "da-en"
    src = (data / "flores-test.da").read_text("utf-8").splitlines()[:300]
    ref = (data / "flores-test.en").read_text("utf-8").splitlines()[:300]
    mt = (data / "flores-test.opusmt.en").read_text("utf-8").splitlines()[:300]
    corrupted = [re.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), h) for h in mt]
    assert number_fidelity(src, ref, "da") > 0.95
    assert number_fidelity(src, mt, "da") > 0.95
    # numbers written as words ("two") and soft readings survive a digit shift
    assert number_fidelity(src, corrupted, "da") < 0.5


def test_cli_fidelity_column(capsys: pytest.CaptureFixture[str], shared_data: Path) -> None:
    root = shared_data / "flores"
    rc = evaluate_main(
        ["--flores", "nb-en", "--flores-dir", str(root), "-m", "bleu", "--fidelity", "--json"]
    )
    assert rc == 0
    out = capsys.readouterr().out
    assert '"fidelity"' in out and "number_fidelity" in out
