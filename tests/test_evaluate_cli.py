"""The ``evaluate`` command: subparser wiring, file and FLORES modes, JSON, errors."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from translate.evaluate.cli import add_evaluate_parser, main, run_evaluate

REPO = Path(__file__).resolve().parents[1]
FLORES = REPO.parent / "shared" / "data" / "flores"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    lines = ["The cat sleeps on the mat.", "The dog barks at night.", "Three apples."] * 8
    worse = ["A cat sleep.", "Dog barks.", "3 apple."] * 8
    paths = {"ref": lines, "base": worse, "sys": lines}
    out = {}
    for name, content in paths.items():
        path = tmp_path / f"{name}.txt"
        path.write_text("\n".join(content) + "\n", encoding="utf-8")
        out[name] = str(path)
    return out


def test_subparser_wiring(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="translate")
    add_evaluate_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["evaluate", "-r", files["ref"], "-i", files["base"], "--json"])
    assert args.func is run_evaluate
    assert args.func(args) == 0
    records = json.loads(capsys.readouterr().out)
    assert [s["metric"] for s in records[0]["scores"]] == ["BLEU", "chrF2", "TER"]


def test_paired_json(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["-r", files["ref"], "-i", files["base"], files["sys"], "--paired", "bs"]
    assert main([*argv, "--paired-n", "100", "-m", "bleu", "--json", "--seed", "3"]) == 0
    base, other = json.loads(capsys.readouterr().out)
    assert base["scores"][0]["p_value"] is None
    assert other["scores"][0]["p_value"] is not None
    assert other["scores"][0]["baseline"] == Path(files["base"]).name  # systems named by file
    assert "bs:100|seed:3" in other["scores"][0]["signature"]


def test_table_output(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-r", files["ref"], "-i", files["sys"], "-m", "chrf++", "--confidence"]) == 0
    out = capsys.readouterr().out
    assert "chrF2++ ci_low" in out and "Signatures:" in out and "nw:2" in out


def test_data_errors_exit_1_with_file_line(
    files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("one line\n", encoding="utf-8")
    assert main(["-r", files["ref"], "-i", str(short)]) == 1
    assert f"{short}:2: missing" in capsys.readouterr().err


def test_usage_errors_exit_2(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-r", files["ref"]]) == 2
    assert main(["-r", files["ref"], "-i", files["sys"], "--flores", "da-en"]) == 2
    assert "either" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["-r", files["ref"], "-i", files["sys"], "-m", "meteor"])
    with pytest.raises(SystemExit):
        main(["-r", files["ref"], "-i", files["sys"], "--seed", "0"])


def test_flores_mode(capsys: pytest.CaptureFixture[str]) -> None:
    if not FLORES.is_dir():
        pytest.skip(f"shared FLORES data not found at {FLORES}")
    argv = ["--flores", "da-en", "nb-en", "--flores-dir", str(FLORES), "-m", "bleu", "--json"]
    assert main(argv) == 0
    records = json.loads(capsys.readouterr().out)
    got = {(r["test_set"], r["system"]): round(r["scores"][0]["score"], 1) for r in records}
    assert got[("flores-test da-en", "opusmt")] == 45.1
    assert got[("flores-test nb-en", "bergamot-tiny")] == 37.8
    assert len(got) == 5


def test_module_entry_point(files: dict[str, str]) -> None:
    env = os.environ | {"PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "translate.evaluate", "-r", files["ref"], "-i", files["sys"]],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "BLEU" in result.stdout and "100.0" in result.stdout


def test_import_is_light() -> None:
    code = (
        "import sys, translate.evaluate, translate.evaluate.cli;"
        "heavy = {'sacrebleu', 'pandas', 'numpy', 'comet'} & set(sys.modules);"
        "assert not heavy, heavy"
    )
    env = os.environ | {"PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
