"""Parquet output of a streamed run: the JSONL rows, a row group per window, resumable."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from translate.errors import MissingDependencyError
from translate.pipeline import run_to
from translate.stream.local import WindowSettings
from translate.stream.sink import STREAM_FILES

pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
from translate.stream.parquet import read_rows  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::translate.mt.LongInputWarning")

NAMES = ("documents", "sentences", "claims", "fidelity", "stories", "groups")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def both(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory, tiny_marian: Path
         ) -> tuple[Path, Path]:
    """The seeds streamed as JSONL and as Parquet (windows of 2 documents)."""
    kw = {"models": {"da": str(tiny_marian)}, "num_beams": 1, "progress": False,
          "allow_download": False, "cache": False, "html": False,
          "window": WindowSettings(window_documents=2)}
    jsonl, parquet = tmp_path_factory.mktemp("jsonl"), tmp_path_factory.mktemp("parquet")
    run_to(seeds_dir, jsonl, **kw)
    got = run_to(seeds_dir, parquet, output_format="parquet", **kw)
    assert got.totals.files["claims"] == str(parquet / "claims.parquet")
    return jsonl, parquet


@pytest.mark.parametrize("name", NAMES)
def test_parquet_rows_equal_the_jsonl_rows(both: tuple[Path, Path], name: str) -> None:
    jsonl, parquet = both
    expected = _lines(jsonl / f"{name}.jsonl")
    got = read_rows(parquet / f"{name}.parquet")
    assert got == expected
    assert not (parquet / f"{name}.jsonl").exists()
    assert not (parquet / f"{name}.parquet.partial").exists()
    if name in ("documents", "sentences", "claims"):
        assert expected  # the comparison is not vacuous


def test_parquet_has_typed_columns_and_a_row_group_per_window(both: tuple[Path, Path]) -> None:
    _, parquet = both
    sentences = pq.ParquetFile(parquet / "sentences.parquet")
    assert sentences.metadata.num_row_groups == 3  # 5 documents in windows of 2
    schema = sentences.schema_arrow
    assert str(schema.field("index").type) == "int64"
    assert str(schema.field("logprob").type) == "double"
    assert str(schema.field("flags").type.value_type) == "string"
    claims = pq.read_schema(parquet / "claims.parquet")
    assert str(claims.field("value").type) == "double"
    assert str(claims.field("sentence_index").type) == "int64"
    docs = pq.read_table(parquet / "documents.parquet")
    assert docs.column("id").to_pylist()[0] == "000_6e03027ed62215ce"
    meta = json.loads(docs.column("metadata").to_pylist()[0])  # nested: JSON text
    assert meta["id"] == "000_6e03027ed62215ce"
    report = json.loads((parquet / "report.json").read_text("utf-8"))
    assert report["files"]["sentences"] == "sentences.parquet"


def test_an_interrupted_parquet_run_resumes_to_the_same_rows(
        seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import translate.stream.local as local

    kw = {"translate": False, "progress": False, "html": False, "output_format": "parquet",
          "window": WindowSettings(window_documents=2)}
    whole = tmp_path / "whole"
    run_to(seeds_dir, whole, **kw)
    real, seen = local.finish_document, []

    def dying(doc, translation):  # noqa: ANN001, ANN202
        if len(seen) == 3:
            raise KeyboardInterrupt  # stopped in the second window
        seen.append(doc.id)
        return real(doc, translation)

    out = tmp_path / "stopped"
    monkeypatch.setattr(local, "finish_document", dying)
    with pytest.raises(KeyboardInterrupt):
        run_to(seeds_dir, out, **kw)
    assert not (out / "claims.parquet").exists()  # only a .partial file
    done: list[str] = []
    monkeypatch.setattr(local, "finish_document",
                        lambda doc, tr: done.append(doc.id) or real(doc, tr))
    got = run_to(seeds_dir, out, **kw)
    assert len(done) == 3 and got.totals.documents == 5  # the first window was reused
    for name in NAMES:
        assert read_rows(out / f"{name}.parquet") == read_rows(whole / f"{name}.parquet"), name
    assert len(read_rows(out / "documents.parquet")) == 5


def test_parquet_without_pyarrow_names_the_install(seeds_dir: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    with pytest.raises(MissingDependencyError, match="pip install pyarrow"):
        run_to(seeds_dir, tmp_path, output_format="parquet", translate=False)
    assert not (tmp_path / "documents.jsonl").exists()  # failed before any work
    with pytest.raises(ValueError, match="jsonl, parquet"):
        run_to(seeds_dir, tmp_path, output_format="csv", translate=False)


def test_cli_format_option_reaches_run_to() -> None:
    import argparse

    from translate.stream.options import add_scale_arguments, scale_options

    p = argparse.ArgumentParser()
    add_scale_arguments(p)
    assert scale_options(p.parse_args(["--format", "parquet"]))["output_format"] == "parquet"
    assert scale_options(p.parse_args([]))["output_format"] == "jsonl"
    assert set(STREAM_FILES) == {f"{n}.jsonl" for n in NAMES[:4]}
