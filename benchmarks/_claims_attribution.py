"""Dev-only spot check of claim attribution (who gives a figure) on the news gold set.

The gold set has no attribution gold, so this prints how many dev claims get a source per
language, a random sample of (claim, attribution) pairs to judge by eye, and the cost of the
attribution step against claims extraction. The test split is never read::

    python benchmarks/_claims_attribution.py            # 20 pairs, seed 0
    python benchmarks/_claims_attribution.py --sample 40 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.news_gold import LANGUAGES, load_split  # noqa: E402
from translate.claims import extract_claims  # noqa: E402
from translate.claims.attribution import attributions  # noqa: E402
from translate.claims.sentence import sentence_claims  # noqa: E402
from translate.corpus.segment import segment_blocks  # noqa: E402

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Print counts per language, a sample of pairs and the cost (dev split only)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = load_split("dev")[0]
    sentences = [s for d in docs for s in segment_blocks(
        d.text, [(0, len(d.text))], doc=d.doc, language=d.language)]
    claims = extract_claims(sentences, unsupported="skip")
    total: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for c in claims:
        total[c.language] += 1
        given[c.language] += c.attribution is not None
    print("## Claim attribution, news gold dev")
    for lang in LANGUAGES:
        print(f"  {lang}: {given[lang]}/{total[lang]} claims attributed "
              f"({given[lang] / max(1, total[lang]):.0%})")
    with_source = [c for c in claims if c.attribution is not None]
    rng = random.Random(args.seed)
    print(f"\n{args.sample} random attributed dev claims (judge by eye):")
    for c in rng.sample(with_source, min(args.sample, len(with_source))):
        print(f"  [{c.language}] {c.quote!r} <- {c.attribution!r} ({c.attribution_cue})\n"
              f"      {c.sentence}")
    # cost: sentence_claims alone against sentence_claims + attributions
    texts = [(s.text, s.language) for s in sentences]
    found = [(t, lang, sentence_claims(t, lang)) for t, lang in texts]
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for t, lang in texts:
            sentence_claims(t, lang)
    t1 = time.perf_counter()
    for _ in range(reps):
        for t, lang, cs in found:
            attributions(t, [(c.start, c.end) for c in cs], lang)
    t2 = time.perf_counter()
    n = reps * len(texts)
    print(f"\ncost over {len(texts)} dev sentences: claims {1e3 * (t1 - t0) / n:.3f} ms a "
          f"sentence, attribution {1e3 * (t2 - t1) / n:.3f} ms a sentence "
          f"(+{(t2 - t1) / (t1 - t0):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
