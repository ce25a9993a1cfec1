"""One command for the three claim measurements of the README (issue 10).

1. Number reading (spelled and digit formats) and 2b. the fidelity check's false alarms on
   FLORES human references: ``benchmarks/_claims_numbers.py``.
2. FLORES cross-lingual claim agreement, dev and devtest: ``benchmarks/_claims_flores.py``;
   2c. the same with a real MT translation as evidence for the categories:
   ``benchmarks/_claims_translation.py``; 2d. precision and recall on the FLORES claims gold
   (every number of the English line judged by hand; the same figures in da/nb/ar):
   ``benchmarks/_claims_flores_gold.py``.
3. The multi-event news gold set, dev and test, precision/recall per language:
   ``benchmarks/_claims_gold.py``; and 3b. cross-language category agreement (the same gold
   quantity in two languages gets one category): ``benchmarks/_claims_crosslang.py``.
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


_VOCAB = {
    "en": "the army sent 3000 troops and 25 people were killed in attacks near the city while "
          "officials said about 40 others dozens of ambulances five times",
    "da": "hæren sendte 3000 soldater og 25 personer blev dræbt i angreb nær byen mens omkring "
          "40 andre flygtede tusindvis af",
    "nb": "hæren sendte 3000 soldater og 25 personer ble drept i angrep nær byen mens rundt 40 "
          "andre flyktet",
    "ar": "أرسل الجيش 3000 جندي وقتل 25 شخصا في هجمات قرب المدينة بينما فر نحو 40 آخرين عشرات من",
}


def _long_paragraph(language: str, words: int = 6000, seed: int = 0) -> str:
    rng = random.Random(seed)
    vocab = _VOCAB[language].split()
    return " ".join(rng.choice(vocab) for _ in range(words))


def timing() -> None:
    """Print the time ``sentence_claims`` takes on one long unpunctuated paragraph."""
    from translate.claims.extract import sentence_claims
    from translate.claims.quantities import scan

    print("\n## 4. Linear cost: one 6,000-word paragraph without punctuation")
    for language in ("en", "da", "nb", "ar"):
        text = _long_paragraph(language)
        sentence_claims(text[:300], language)  # warm the lexicon caches
        t0 = time.perf_counter()
        scan(text, language)
        t1 = time.perf_counter()
        claims = sentence_claims(text, language)
        t2 = time.perf_counter()
        print(f"  {language}: quantities {t1 - t0:.2f} s; claims (quantities included) "
              f"{t2 - t1:.2f} s; {len(claims)} claims")


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
        print("\n## 2c. FLORES: a machine translation as evidence for source categories")
        importlib.import_module("_claims_translation").main([])
        print("\n## 2d. FLORES claims gold: every number of real text judged by hand")
        if (here / "_claims_flores_gold.py").is_file():
            gold = importlib.import_module("_claims_flores_gold")
            for split in ("dev", "devtest"):
                gold.print_scores(split, gold.score_split(split))
        else:
            print("  benchmarks/_claims_flores_gold.py not present")
    if "gold" not in args.skip:
        print("\n## 3. Multi-event news gold set")
        importlib.import_module("_claims_gold").main(["--show", str(args.show)])
        print("\n## 3b. Cross-language category agreement (news gold set)")
        importlib.import_module("_claims_crosslang").main(["--show", str(args.show)])
    if "timing" not in args.skip:
        timing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
