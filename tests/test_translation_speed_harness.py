"""The translation-speed benchmark measures what it says (inputs and memory, no model)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "translation_speed.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translation_speed", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_inputs_are_distinct_flores_dev_lines_in_every_language(
    bench: ModuleType, shared_data: Path
) -> None:
    items = bench.flores_sentences(10, ["nb", "da", "ar"], root=shared_data / "flores")
    assert [lang for lang, _ in items] == ["nb"] * 4 + ["da"] * 4 + ["ar"] * 2
    assert len({t for _, t in items}) == 10  # nothing a backend could skip as a repeat
    dev = {lang: (shared_data / "flores" / f"{lang}-en" / f"flores-dev.{lang}")
           .read_text("utf-8").splitlines() for lang in ("nb", "da", "ar")}
    dev = {lang: [t.strip() for t in lines] for lang, lines in dev.items()}
    # each language starts at its own offset: no sentence is translated twice in two languages
    assert [t for lang, t in items if lang == "nb"] == dev["nb"][0:4]
    assert [t for lang, t in items if lang == "da"] == dev["da"][4:8]
    assert [t for lang, t in items if lang == "ar"] == dev["ar"][8:10]
    with pytest.raises(ValueError, match="has 997 lines"):
        bench.flores_sentences(3000, ["nb"], root=shared_data / "flores")


def test_a_fresh_process_reports_its_own_peak_not_its_parents(bench: ModuleType) -> None:
    # The parent peaks at ~400 MB, then starts a child that only imports the benchmark: the
    # child's figure must be its own (ru_maxrss can carry a forking parent's peak over).
    code = f"""
import subprocess, sys
block = bytearray(400 * 1024 * 1024)
block[::4096] = b"x" * len(block[::4096])
child = (
    "import importlib.util as u; s = u.spec_from_file_location('b', {str(BENCH)!r}); "
    "m = u.module_from_spec(s); s.loader.exec_module(m); print(m.peak_rss_mb())"
)
print(subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                     check=True).stdout.strip())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    child_mb = float(out.stdout.strip())
    assert 5 < child_mb < 200
    assert bench.peak_rss_mb() > 5  # this process: a plausible, positive figure
