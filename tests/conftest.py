"""Shared fixtures. Nothing here downloads: tiny models are built from configs.

``OMP_NUM_THREADS`` defaults to 1 for the test session (before torch is imported): the tiny
models gain nothing from a second thread, and on a busy machine torch's threads wait on each
other (one test took 101 s with 2 threads and 8 s with 1 on the shared 2-core box).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import translate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


_SESSION_CACHE: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    """Point every cache the test session could write at a temporary folder.

    Set before collection imports anything and before any session fixture runs (the
    per-test ``_isolated_cache`` below comes too late for those), so the user's
    ``~/.cache`` is never written: translations, embeddings, CTranslate2 conversions,
    Hugging Face modules, matplotlib's font list. Weights already in the Hugging Face hub
    cache are still found (``HF_HUB_CACHE`` keeps pointing there; offline, nothing is
    downloaded into it).
    """
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="translate-tests-"))
    _SESSION_CACHE.append(root)
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    hf_home = Path(os.environ.get("HF_HOME") or user_cache / "huggingface")
    os.environ.setdefault("HF_HUB_CACHE", str(hf_home / "hub"))
    os.environ["HF_HOME"] = str(root / "huggingface")
    os.environ["TRANSLATE_CACHE_DIR"] = str(root / "translate-workbench")
    os.environ["XDG_CACHE_HOME"] = str(root)
    os.environ["MPLCONFIGDIR"] = str(root / "matplotlib")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    for root in _SESSION_CACHE:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's translation cache or the network from tests."""
    monkeypatch.setenv("TRANSLATE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from translate.testing import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture(scope="session")
def tiny_m2m(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from translate.testing import build_tiny_m2m

    return build_tiny_m2m(tmp_path_factory.mktemp("tiny-m2m"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_run(
    tiny_marian: Path, tmp_path_factory: pytest.TempPathFactory
) -> translate.RunResult:
    """The seeds main job, run once per session: the tiny Marian model for da, nb and ar.

    ``translate.run(seeds, models=..., allow_download=False, cache=False)`` with the default
    embedder and linking, its caches in a temporary folder. Tests that only read a seeds
    result share this one (the result is frozen); a test that needs other settings runs
    its own.
    """
    import translate

    models = {lang: str(tiny_marian) for lang in ("da", "nb", "ar")}
    with pytest.MonkeyPatch.context() as mp:  # session scope: the autouse fixture is not on
        mp.setenv("TRANSLATE_CACHE_DIR", str(tmp_path_factory.mktemp("seeds-run-cache")))
        mp.setenv("HF_HUB_OFFLINE", "1")
        return translate.run(SEEDS, models=models, allow_download=False, cache=False)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the repository; tests using it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED_DATA}")
    return SHARED_DATA


os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(scope="module")
def flores_claims_scorer() -> Any:
    """``benchmarks/_claims_flores_gold.py`` as a module, imported when a test needs it."""
    import importlib.util
    import sys

    name = "_claims_flores_gold"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, ROOT / "benchmarks" / "_claims_flores_gold.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]
