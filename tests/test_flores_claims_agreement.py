"""Inter-annotator agreement on the FLORES claims gold (benchmarks/_flores_claims_agreement.py).

The second annotator's sample must align with the gold (same split, line, number index,
text and offset), and the script must run and print a Cohen's kappa in [-1, 1].
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "_flores_claims_agreement.py"


def _module():
    spec = importlib.util.spec_from_file_location("_flores_claims_agreement", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up while it loads
    spec.loader.exec_module(mod)
    return mod


def test_files_align_and_kappa_in_range():
    mod = _module()
    pairs = mod.load_pairs()  # raises on any item that does not align with the gold
    assert len(pairs) == 150
    assert len({(p.split, p.line, p.index) for p in pairs}) == len(pairs)
    s = mod.summary(pairs)
    assert -1.0 <= s["kappa"] <= 1.0 and -1.0 <= s["kappa_clear"] <= 1.0
    assert mod.cohen_kappa([True, False, True], [True, False, True]) == 1.0
    assert mod.cohen_kappa([True, False], [False, True]) == -1.0


def test_script_runs_and_prints_kappa():
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    kappa = float(re.search(r"Cohen's kappa (-?[0-9.]+)", out).group(1))
    assert -1.0 <= kappa <= 1.0
    assert "category agreement" in out
