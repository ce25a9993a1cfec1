"""One command for the three claim measurements of the README (issue 10).

1. Number reading (spelled and digit formats) and 2b. the fidelity check's false alarms on
   FLORES human references: ``benchmarks/_claims_numbers.py``.
2. FLORES cross-lingual claim agreement, dev and devtest: ``benchmarks/_claims_flores.py``.
3. The multi-event news gold set, dev and test, precision/recall per language:
   ``benchmarks/_claims_gold.py``.
4. Extraction time on a 6,000-word paragraph without punctuation (linear cost).

Usage::

    python benchmarks/claims.py             # everything
    python benchmarks/claims.py --skip numbers --show 20   # dev confusions of the gold set
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _long_paragraph(words: int = 6000, seed: int = 0) -> str:
    rng = random.Random(seed)
    vocab = ("the army sent 3000 troops and 25 people were killed in attacks near the city "
             "while officials said about 40 others dozens of ambulances five times").split()
    return " ".join(rng.choice(vocab) for _ in range(words))


def timing() -> None:
    """Print the time ``sentence_claims`` takes on one long unpunctuated paragraph."""
    from translate.claims.extract import sentence_claims
    from translate.claims.quantities import scan

    text = _long_paragraph()
    t0 = time.perf_counter()
    scan(text, "en")
    t1 = time.perf_counter()
    claims = sentence_claims(text, "en")
    t2 = time.perf_counter()
    print(f"\n## 4. Linear cost: 6,000 words without punctuation: scan {t1 - t0:.2f} s, "
          f"scan + claims {t2 - t1:.2f} s ({len(claims)} claims)")


def main(argv: list[str] | None = None) -> int:
    """Run every section (see module docstring)."""
    parser = argparse.ArgumentParser(description="claim benchmarks (issue 10)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=("numbers", "flores", "gold", "timing"))
    parser.add_argument("--show", type=int, default=0, help="dev confusions to list")
    args = parser.parse_args(argv)
    here = Path(__file__).resolve().parent
    if "numbers" not in args.skip:
        if (here / "_claims_numbers.py").is_file():
            importlib.import_module("_claims_numbers").main()
        else:
            print("## 1. Number reading: benchmarks/_claims_numbers.py not present")
    if "flores" not in args.skip:
        print("\n## 2. FLORES cross-lingual claim agreement")
        importlib.import_module("_claims_flores").main(["--show", str(args.show)])
    if "gold" not in args.skip:
        print("\n## 3. Multi-event news gold set")
        importlib.import_module("_claims_gold").main(["--show", str(args.show)])
    if "timing" not in args.skip:
        timing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
