"""The Ray Data executor gives the same output as the single-process stream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate.pipeline import run_to
from translate.stream.local import WindowSettings
from translate.stream.sink import STREAM_FILES

pytestmark = pytest.mark.filterwarnings("ignore::translate.mt.LongInputWarning",
                                        "ignore::DeprecationWarning", "ignore::FutureWarning")

ray = pytest.importorskip(
    "ray", reason="Ray is not installed: pip install -e \".[ray]\" (CI installs it)")


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A local Ray instance of 2 CPUs for this module (workers offline, own cache dir)."""
    env = {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
           "TRANSLATE_CACHE_DIR": str(tmp_path_factory.mktemp("ray-cache"))}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             object_store_memory=200 * 2**20, logging_level="ERROR",
             runtime_env={"env_vars": env})
    try:
        yield
    finally:
        ray.shutdown()


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _report(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    data.pop("created")
    return data


def test_ray_executor_gives_the_same_output_as_the_local_stream(
        local_ray: None, seeds_dir: Path, tmp_path: Path, tiny_marian: Path, tiny_m2m: Path
        ) -> None:
    kw = {"models": {"da": str(tiny_marian), "nb": str(tiny_marian), "ar": str(tiny_m2m)},
          "num_beams": 1, "progress": False, "allow_download": False, "cache": False}
    window = WindowSettings(window_documents=2)  # three windows over two workers
    local = run_to(seeds_dir, tmp_path / "local", window=window, **kw)
    got = run_to(seeds_dir, tmp_path / "ray", executor="ray", workers=2, window=window, **kw)
    assert set(got.result.translations) == set(local.result.translations) == {
        "000_6e03027ed62215ce", "001_c4055bec1780aea0", "002_78143a0e187769e1"}
    for name in (*STREAM_FILES, "stories.jsonl", "groups.jsonl"):
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    report = _report(tmp_path / "ray" / "report.json")
    assert report == _report(tmp_path / "local" / "report.json")
    assert report["groups"] and all(st["available"] for st in report["models"].values())
    assert ray.is_initialized()  # a running instance is joined, not shut down
    stages = got.timings.stages if got.timings else {}
    assert stages["translate"].items == sum(
        1 for s in _lines(tmp_path / "ray" / "sentences.jsonl") if s["translation"] is not None)
    assert stages["load"].workers <= 2 and stages["translate"].span > 0


def test_an_interrupted_ray_run_resumes_to_parquet_rows_equal_to_the_local_jsonl(
        local_ray: None, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    import translate.stream.collect as collect
    from translate.stream.parquet import read_rows

    kw = {"translate": False, "align": False, "progress": False, "html": False,
          "window": WindowSettings(window_documents=2)}  # no translation actors
    run_to(seeds_dir, tmp_path / "local", **kw)
    real = collect.Collector.add

    def stopping(self, outcome, *, resumed=False):  # noqa: ANN001, ANN202
        if not resumed and self.documents == 3:
            raise KeyboardInterrupt  # in the driver, after 3 documents were written
        return real(self, outcome, resumed=resumed)

    kw |= {"executor": "ray", "output_format": "parquet"}
    with monkeypatch.context() as m:
        m.setattr(collect.Collector, "add", stopping)
        with pytest.raises(KeyboardInterrupt):
            run_to(seeds_dir, tmp_path / "ray", **kw)
    got = run_to(seeds_dir, tmp_path / "ray", **kw)
    assert got.totals.documents == 5 and got.timings is not None
    assert got.timings.stages["prepare"].items == 2  # the 3 finished ones were reused
    for name in STREAM_FILES:
        rows = read_rows(tmp_path / "ray" / name.replace(".jsonl", ".parquet"))
        assert rows == _lines(tmp_path / "local" / name), name
        assert rows or name == "fidelity.jsonl"


def test_ray_executor_needs_a_model_spec_not_a_translator(local_ray: None, seeds_dir: Path,
                                                          tmp_path: Path) -> None:
    from translate.mt import Translator

    with pytest.raises(ValueError, match="builds its translators in the workers"):
        run_to(seeds_dir, tmp_path, executor="ray", translator=Translator(cache=False),
               align=False, progress=False)


def test_a_missing_model_in_a_worker_is_the_same_error_as_locally(
        local_ray: None, seeds_dir: Path, tmp_path: Path) -> None:
    from translate.pipeline import MissingModelsError

    with pytest.raises(MissingModelsError, match="da: "):
        run_to(seeds_dir, tmp_path, executor="ray", workers=1, require_models=True,
               allow_download=False, align=False, progress=False, cache=False)
