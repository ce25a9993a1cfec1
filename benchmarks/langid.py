"""Language identification accuracy on real data: the seeds, FLORES devtest, Tatoeba.

Usage: python benchmarks/langid.py [--data ../shared/data]

Bokmål vs Danish is the hard case; short Tatoeba sentences are harder than FLORES.
Documents (the seeds) are long and easy. The detector compares nb, da, ar, en plus the
guard languages (sv, de, fr, es, fa, ru, tr), as the workbench does by default.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from translate import load_corpus
from translate.corpus.langid import LanguageIdentifier

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "nb": ["flores/nb-en/flores-test.nb", "tatoeba/tatoeba.nob-eng.nob"],
    "da": ["flores/da-en/flores-test.da", "tatoeba/tatoeba.dan-eng.dan"],
    "ar": ["flores/ar-en/flores-test.ar", "tatoeba/tatoeba.ara-eng.ara"],
    "en": ["flores/da-en/flores-test.en", "tatoeba/tatoeba.dan-eng.eng"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    ident = LanguageIdentifier()
    print(f"{'set':<34} {'lang':<4} {'n':>5} {'accuracy':>9}  confusions")
    corpus = load_corpus(ROOT / "seeds")
    guesses = ident.detect_many([d.raw for d in corpus])
    ok = sum(g.language == d.language for g, d in zip(guesses, corpus, strict=True))
    print(f"{'seeds (whole documents)':<34} {'all':<4} {len(corpus):>5} {ok / len(corpus):>9.1%}")
    for lang, files in SETS.items():
        for rel in files:
            path = args.data / rel
            if not path.is_file():
                print(f"{rel:<34} missing")
                continue
            lines = [line.strip() for line in path.read_text("utf-8").splitlines()]
            t0 = time.perf_counter()
            got = [g.language for g in ident.detect_many(lines)]
            dt = time.perf_counter() - t0
            wrong = Counter(g for g in got if g != lang)
            acc = 1 - sum(wrong.values()) / len(lines)
            conf = ", ".join(f"{k}:{v}" for k, v in wrong.most_common(3))
            print(f"{rel:<34} {lang:<4} {len(lines):>5} {acc:>9.1%}  {conf}  ({dt:.2f} s)")


if __name__ == "__main__":
    main()
