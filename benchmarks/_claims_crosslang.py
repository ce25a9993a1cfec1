"""Cross-language category agreement on the news gold set: one figure, one category.

Linking joins claims that count the same thing, so the same real-world quantity reported in
two languages must get the same predicted category. For every gold quantity (the
``quantity`` key of ``benchmarks/data/news_gold``) whose claims come from at least two
languages, this prints

* ``quantities``: how many such quantities the split has;
* ``gold agree``: the share whose gold categories are one (the ceiling of the measure);
* ``agree``: the share whose predicted categories are one (every claim found; a missed
  claim counts as a disagreement, since it cannot link);
* ``pairs``: over pairs of claims of one quantity from different languages, the share of
  pairs both found with the same predicted category (what linking needs pair by pair).

Per language pair rows show where the disagreements sit. ``dev`` is for tuning (``--show N``
lists dev quantities that disagree); ``test`` is only reported::

    python benchmarks/_claims_crosslang.py --show 20
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _claims_gold import _docs, match_doc  # noqa: E402

__all__ = ["CrossLanguage", "cross_language", "main"]


@dataclass(frozen=True)
class CrossLanguage:
    """Cross-language category agreement of one split.

    Attributes:
        quantities: Gold quantities with claims in at least two languages.
        gold_agree: Those whose gold categories are all one.
        agree: Those whose predicted categories are all one (no claim missed).
        pairs: Cross-language claim pairs of one quantity.
        pairs_agree: Pairs both found with the same predicted category.
        by_languages: ``"da-en" -> (pairs, pairs_agree)``.
        disagreements: Printable lines, one per disagreeing quantity.
    """

    quantities: int
    gold_agree: int
    agree: int
    pairs: int
    pairs_agree: int
    by_languages: dict[str, tuple[int, int]]
    disagreements: tuple[str, ...]


def cross_language(split: str) -> CrossLanguage:
    """Measure one split (see module docstring)."""
    rows: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for doc in _docs(split):
        if not doc.claims or doc.claims[0].quantity is None:
            continue
        predicted, hits = match_doc(doc)
        for g, hit in zip(doc.claims, hits):
            category = predicted[hit].category if hit is not None else None
            rows[g.quantity].append((doc.language, g.category, category,
                                     f"{doc.doc}:«{g.quote}»"))
    quantities = gold_agree = agree = pairs = pairs_agree = 0
    by_languages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements: list[str] = []
    for quantity, claims in sorted(rows.items()):
        if len({lang for lang, *_ in claims}) < 2:
            continue
        quantities += 1
        gold_agree += len({g for _, g, _, _ in claims}) == 1
        predicted = [p for _, _, p, _ in claims]
        one = None not in predicted and len(set(predicted)) == 1
        agree += one
        for a, b in combinations(claims, 2):
            if a[0] == b[0]:
                continue
            key = "-".join(sorted((a[0], b[0])))
            same = a[2] is not None and a[2] == b[2]
            pairs += 1
            pairs_agree += same
            by_languages[key][0] += 1
            by_languages[key][1] += same
        if not one:
            gold = Counter(g for _, g, _, _ in claims).most_common(1)[0][0]
            shown = "; ".join(f"{lang} {p or 'MISSED'} {quote}" for lang, _, p, quote in claims)
            disagreements.append(f"{quantity} (gold {gold}): {shown}")
    return CrossLanguage(quantities, gold_agree, agree, pairs, pairs_agree,
                         {k: (v[0], v[1]) for k, v in sorted(by_languages.items())},
                         tuple(disagreements))


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%} ({a}/{b})" if b else "-"


def main(argv: list[str] | None = None) -> int:
    """Print dev and test agreement (dev disagreements with ``--show N``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0,
                        help="list up to N dev quantities whose categories disagree")
    args = parser.parse_args(argv)
    print("cross-language category agreement (gold quantities with claims in >= 2 languages)")
    results = {}
    for split in ("dev", "test"):
        try:
            results[split] = cross_language(split)
        except FileNotFoundError as exc:
            print(f"  {split}: not available ({exc})")
    for split, r in results.items():
        print(f"  {split:5} quantities {r.quantities:3}  gold agree "
              f"{_pct(r.gold_agree, r.quantities)}  agree {_pct(r.agree, r.quantities)}"
              f"  pairs {_pct(r.pairs_agree, r.pairs)}")
    keys = sorted({k for r in results.values() for k in r.by_languages})
    if keys:
        print("  pairs agreeing by language pair: " + "  ".join(
            f"{k} " + "/".join(_pct(r.by_languages.get(k, (0, 0))[1],
                                    r.by_languages.get(k, (0, 0))[0]).split()[0]
                               for r in results.values()) for k in keys) + "  (dev/test)")
    if args.show and "dev" in results:
        for line in results["dev"].disagreements[:args.show]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
