"""Streaming the main job into a folder: JSONL as produced, large-corpus report, resume, lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import translate
from translate.pipeline import run_to
from translate.stream.journal import OutputLockedError, RunJournal
from translate.stream.local import WindowSettings
from translate.stream.sink import STREAM_FILES
from translate.summary import RunTotals, format_summary

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.filterwarnings("ignore::translate.mt.LongInputWarning")

FILES = (*STREAM_FILES, "stories.jsonl", "groups.jsonl")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _report(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    data.pop("created")
    return data


@pytest.fixture(scope="module")
def streamed(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory, tiny_marian: Path
             ) -> tuple[Path, translate.RunResult]:
    """The seeds streamed into a folder (da translated by a tiny model), and run() of them."""
    out = tmp_path_factory.mktemp("streamed")
    kw = {"models": {"da": str(tiny_marian)}, "num_beams": 1, "progress": False,
          "allow_download": False, "cache": False}  # no 'cached' flags in the second run
    got = run_to(seeds_dir, out, window=WindowSettings(window_documents=2), **kw)
    stages = got.timings.stages if got.timings else {}
    assert list(stages) == ["prepare", "load", "translate", "claims", "group"]
    assert stages["prepare"].calls == stages["claims"].calls == 3  # one per window
    assert stages["prepare"].items == 5 and stages["group"].items == len(got.result.claims)
    assert stages["translate"].items == len(got.result.translations["002_78143a0e187769e1"]
                                             .sentences)  # only the Danish article
    return out, translate.run(seeds_dir, **kw)


def test_stream_writes_jsonl_and_the_same_report_as_run(streamed: tuple[Path, translate.RunResult]
                                                        ) -> None:
    out, result = streamed
    report = _report(out / "report.json")
    expected = result.to_dict()
    expected.pop("created")
    assert report["complete"] is True
    assert {k: report[k] for k in expected} == expected  # the report.json contract, unchanged
    docs = _lines(out / "documents.jsonl")
    assert [d["id"] for d in docs] == [d.id for d in result.documents]
    assert docs == expected["documents"]
    sentences = _lines(out / "sentences.jsonl")
    assert len(sentences) == sum(len(d.sentences) for d in result.documents) == (
        report["counts"]["sentences"])
    da = [s for s in sentences if s["doc"] == "002_78143a0e187769e1"]
    assert all(s["translation"] is not None for s in da)
    assert all(s["translation"] is None for s in sentences if s["language"] == "nb")
    assert _lines(out / "claims.jsonl") == expected["claims"]
    assert _lines(out / "fidelity.jsonl") == expected["fidelity"]
    assert _lines(out / "groups.jsonl") == expected["groups"]
    flagged = {(f["doc"], f["index"]) for f in expected["fidelity"]}
    assert {(s["doc"], s["index"]) for s in sentences if s["fidelity"]} == flagged


def test_large_corpus_report_holds_counts_shared_groups_and_pointers(
        seeds_dir: Path, tmp_path: Path, streamed: tuple[Path, translate.RunResult]) -> None:
    _, result = streamed
    got = run_to(seeds_dir, tmp_path, translate=False, keep=2, html_sentences=30,
                 progress=False)
    assert not got.complete and len(got.result.documents) == 2
    report = _report(tmp_path / "report.json")
    assert report["complete"] is False and "documents" not in report and "claims" not in report
    assert report["counts"]["documents"] == 5 and report["counts"]["claims"] == len(result.claims)
    assert report["files"]["claims"] == "claims.jsonl"
    assert report["groups"] and all(g["cross_source"] for g in report["groups"])
    assert len(_lines(tmp_path / "groups.jsonl")) == len(result.groups) > len(report["groups"])
    assert len(_lines(tmp_path / "documents.jsonl")) == 5
    text = got.summary(limit=3)
    assert "5 documents" in text and "… 3 more documents in" in text
    assert "Time by stage" in text and "\nclaims " in text and "\ntranslate " not in text
    assert f"… {len(result.claims) - 3} more claims in {tmp_path / 'claims.jsonl'}" in text
    html = (tmp_path / "report.html").read_text("utf-8")
    assert "the first 2 of 5 documents (30 of " in html  # a long document is cut
    assert "page shows the first 8 of 14 sentences; all are in sentences.jsonl" in html


def test_summary_shows_the_top_of_each_list(streamed: tuple[Path, translate.RunResult]) -> None:
    _, result = streamed
    full = result.summary()
    short = format_summary(result, limit=2, totals=RunTotals(
        5, len(result.claims), len(result.fidelity), 5, {"claims": "out/claims.jsonl"}))
    assert len(short.splitlines()) < len(full.splitlines())
    assert f"… {len(result.claims) - 2} more claims in out/claims.jsonl" in short
    with pytest.raises(KeyError, match="nope.*known ids: 000_6e03027ed62215ce, 001_"):
        result.document("nope")


def test_a_second_run_on_the_same_folder_stops_with_a_clear_error(
        seeds_dir: Path, tmp_path: Path) -> None:
    with RunJournal(tmp_path, key="k", files=FILES):
        with pytest.raises(OutputLockedError, match=f"pid {os.getpid()}"):
            run_to(seeds_dir, tmp_path, translate=False, align=False, progress=False)
    # released: the folder is usable again
    got = run_to(seeds_dir, tmp_path, translate=False, align=False, progress=False)
    assert got.totals.documents == 5


_KILLED = """
import os, sys
import translate.stream.local as local
from translate.pipeline import run_to
from translate.stream.local import WindowSettings
real, seen = local.finish_document, []
def dying(doc, translation):
    if len(seen) == int(sys.argv[3]):
        os._exit(9)  # no clean-up, like a kill
    seen.append(doc.id)
    return real(doc, translation)
local.finish_document = dying
run_to(sys.argv[1], sys.argv[2], models={"da": sys.argv[4]}, num_beams=1, progress=False,
       allow_download=False, align=False, cache=False, window=WindowSettings(window_documents=1))
"""


def test_a_killed_run_resumes_without_recomputing_and_gives_identical_output(
        seeds_dir: Path, tmp_path: Path, tiny_marian: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    kw = {"models": {"da": str(tiny_marian)}, "num_beams": 1, "progress": False,
          "allow_download": False, "align": False, "cache": False}
    whole = tmp_path / "whole"
    run_to(seeds_dir, whole, **kw)
    out = tmp_path / "killed"
    proc = subprocess.run([sys.executable, "-c", _KILLED, str(seeds_dir), str(out), "3",
                           str(tiny_marian)], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONWARNINGS="ignore"))
    assert proc.returncode == 9, proc.stderr
    assert len(_lines(out / "documents.jsonl")) == 3
    with (out / "claims.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "half a line')  # what a kill mid-write leaves
    import translate.stream.local as local

    done: list[str] = []
    real = local.finish_document
    monkeypatch.setattr(local, "finish_document",
                        lambda doc, tr: done.append(doc.id) or real(doc, tr))
    got = run_to(seeds_dir, out, **kw)
    assert len(done) == 2  # the three finished documents were not recomputed
    assert got.totals.documents == 5 and got.complete
    for name in FILES:
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    assert _report(out / "report.json") == _report(whole / "report.json")
    # other arguments: the folder starts over instead of mixing two runs
    again = run_to(seeds_dir, out, translate=False, align=False, progress=False)
    assert again.totals.documents == 5 and not again.result.translations
    assert len(_lines(out / "documents.jsonl")) == 5


def test_run_to_is_a_top_level_entry_point_loaded_on_first_use() -> None:
    code = ("import sys, translate\nassert 'translate.pipeline' not in sys.modules\n"
            "from translate.pipeline import run_to, RunOutput\n"
            "assert translate.run_to is run_to and translate.RunOutput is RunOutput\n"
            "assert {'run_to', 'RunOutput'} <= set(translate.__all__)")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_cli_rejects_ray_options_without_ray_executor(seeds_dir: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    from translate.cli import main

    rc = main(["run", str(seeds_dir), "--out", str(tmp_path), "--workers", "2", "--quiet"])
    assert rc == 2 and "--executor ray" in capsys.readouterr().err
