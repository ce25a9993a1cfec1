"""The main job end to end: CLI, report.json, the README quickstart."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import translate
from translate.claims import claims_signature
from translate.cli import main
from translate.pipeline import MissingModelsError

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.filterwarnings("ignore::translate.mt.LongInputWarning")


def test_run_without_models_reports_and_writes_everything(seeds_dir: Path, tmp_path: Path) -> None:
    result = translate.run(seeds_dir, allow_download=False)
    assert set(result.models) == {"nb", "da", "ar"}
    assert not any(st.available for st in result.models.values())
    assert "opus-mt-tc-big-gmq-en" in result.models["da"].reason
    assert result.translations == {}
    path = translate.write_report(result, tmp_path)
    report = json.loads(path.read_text("utf-8"))
    assert report["claims_signature"] == claims_signature()
    assert "|rules:" in report["claims_signature"]
    docs = {d["id"]: d for d in report["documents"]}
    assert len(docs) == 5 and docs["001_c4055bec1780aea0"]["language"] == "ar"
    raw = (seeds_dir / "000_6e03027ed62215ce.txt").read_text("utf-8")
    for s in docs["000_6e03027ed62215ce"]["sentences"]:
        assert raw[s["start"] : s["end"]] == s["text"]
    assert "NOT AVAILABLE" in result.summary()
    # claims come from the source text even with no model, anchored in the raw text
    raws = {d.id: d.document.raw for d in result.documents}
    assert len(report["claims"]) == len(result.claims) >= 15
    for c in report["claims"]:
        assert raws[c["doc"]][c["start"] : c["end"]] == c["quote"]
        assert {"id", "value", "low", "high", "hedge", "category", "sentence", "english"} <= set(c)
    quotes = {c["quote"]: c for c in report["claims"]}
    assert quotes["opptil 3.500 ekstra soldater"]["hedge"] == "at_most"
    assert quotes["about 3,000 more troops"]["english"].startswith("The United States said")
    assert quotes["25 militante"]["english"] is None  # no translation offline
    # claims grouped across sources, with verdicts and reasons
    ids = {c["quote"]: c["id"] for c in report["claims"]}
    groups = {cid: g for g in report["groups"] for cid in g["claims"]}
    g3000 = groups[ids["about 3,000 more troops"]]
    assert g3000["verdict"] == "agree" and ids["opptil 3.500 ekstra soldater"] in g3000["claims"]
    assert groups[ids["14.000 ekstra soldater"]]["verdict"] == "single"  # a running total
    assert sorted(c for g in report["groups"] for c in g["claims"]) == sorted(ids.values())
    assert "[agree]" in result.summary()
    with pytest.raises(MissingModelsError, match="da: "):
        translate.run(seeds_dir, allow_download=False, require_models=True)


def test_run_with_local_models_translates_every_sentence(
    seeds_dir: Path, tmp_path: Path, tiny_marian: Path, tiny_m2m: Path
) -> None:
    models = {"nb": str(tiny_marian), "da": str(tiny_marian), "ar": str(tiny_m2m)}
    result = translate.run(
        seeds_dir,
        models=models,
        num_beams=1,
        progress=False,
        cache=translate.mt.TranslationCache(tmp_path / "cache"),
    )
    assert set(result.translations) == {
        "000_6e03027ed62215ce",
        "001_c4055bec1780aea0",
        "002_78143a0e187769e1",
    }
    translated = [c for c in result.claims if c.language != "en"]
    assert translated and all(c.english for c in translated)  # claims carry their English
    assert len(result.fidelity) > 0  # random models garble numbers: flagged, not hidden
    for doc_id, tr in result.translations.items():
        doc = result.document(doc_id)
        assert len(tr.sentences) == len(doc.sentences)  # no sentence dropped
        for s in tr.sentences:
            assert doc.document.raw[s.start : s.end] == s.source
        assert tr.signature.model in models.values()
    again = translate.run(
        seeds_dir,
        models=models,
        align=False,
        num_beams=1,
        progress=False,
        cache=translate.mt.TranslationCache(tmp_path / "cache"),
    )
    assert all("cached" in s.flags for tr in again.translations.values() for s in tr.sentences)


def test_cli_run(seeds_dir: Path, tmp_path: Path, tiny_marian: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(
            [
                "run",
                str(seeds_dir),
                "--out",
                str(tmp_path),
                "--model",
                f"da={tiny_marian}",
                "--offline",
                "--quiet",
                "--beams",
                "1",
            ]
        )
    assert rc == 0
    text = out.getvalue()
    assert "002_78143a0e187769e1" in text and "translated (17 sentences" in text
    assert "NOT AVAILABLE" in text  # nb and ar have no model here
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    da = next(d for d in report["documents"] if d["id"] == "002_78143a0e187769e1")
    assert len(da["translation"]["sentences"]) == 17
    with contextlib.redirect_stderr(io.StringIO()):
        assert (
            main(
                [
                    "run",
                    str(seeds_dir),
                    "--out",
                    str(tmp_path),
                    "--offline",
                    "--require-models",
                    "--quiet",
                ]
            )
            == 3
        )
        assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2


def test_readme_quickstart_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"<!-- ci:quickstart -->\s*```python\n(.*?)```", readme, re.S)
    assert block, "README quickstart block not found"
    code = block.group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 10
    expected = [m.group(1).strip() for m in re.finditer(r"print\(.*\)\s+# (.*)", code)]
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == expected[0]
    assert lines[1] == expected[1]
    assert lines[2] == "False"
    (ROOT / "out" / "report.json").unlink()
