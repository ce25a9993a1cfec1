"""Inter-annotator agreement on the FLORES claims gold.

A second annotator judged a blind sample of 150 numbers of ``dev`` and ``devtest``
(``benchmarks/data/flores_claims/second_annotator.jsonl``: one number per line, keys
``split``, ``line``, ``index`` (position in the gold line's ``numbers``), ``text``, ``start``,
``claim``, ``ambiguous`` and ``category`` or ``why``) without seeing the first annotator's
labels. This matches each item to ``{split}.jsonl`` by (split, line, index) and prints raw
agreement on claim / not claim, Cohen's kappa, the same without the items either annotator
marked ambiguous, category agreement on the items both call claims (and why agreement on
the items neither does), and every disagreement::

    python benchmarks/_flores_claims_agreement.py

The sample mixes dev and devtest on purpose: it measures the gold, not a system.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DATA_DIR", "Pair", "cohen_kappa", "load_pairs", "main", "summary"]

DATA_DIR = Path(__file__).resolve().parent / "data" / "flores_claims"
SECOND = DATA_DIR / "second_annotator.jsonl"


@dataclass(frozen=True)
class Pair:
    """One sampled number with both annotators' labels."""

    split: str
    line: int
    index: int
    text: str
    en: str
    claim1: bool
    amb1: bool
    label1: str  # category for a claim, why otherwise
    claim2: bool
    amb2: bool
    label2: str


def _label(entry: dict) -> str:
    return entry.get("category") if entry.get("claim") else entry.get("why")


def load_pairs(second: Path = SECOND, data_dir: Path = DATA_DIR) -> list[Pair]:
    """Align the second annotator's items with the gold; raises if any item does not align."""
    gold: dict[tuple[str, int], dict] = {}
    for split in ("dev", "devtest"):
        with (data_dir / f"{split}.jsonl").open(encoding="utf-8") as f:
            for raw in f:
                row = json.loads(raw)
                gold[(split, row["line"])] = row
    pairs = []
    with second.open(encoding="utf-8") as f:
        for raw in f:
            s = json.loads(raw)
            row = gold.get((s["split"], s["line"]))
            if row is None:
                raise ValueError(f"{s['split']} line {s['line']}: not in the gold")
            if row["en"] != s["en"]:
                raise ValueError(f"{s['split']} line {s['line']}: English text differs")
            g = row["numbers"][s["index"]]
            if (g["text"], g["start"]) != (s["text"], s["start"]):
                raise ValueError(f"{s['split']} line {s['line']} #{s['index']}: "
                                 f"{g['text']!r}@{g['start']} vs {s['text']!r}@{s['start']}")
            pairs.append(Pair(s["split"], s["line"], s["index"], s["text"], s["en"],
                              bool(g["claim"]), bool(g.get("ambiguous")), _label(g),
                              bool(s["claim"]), bool(s.get("ambiguous")), _label(s)))
    return pairs


def cohen_kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two binary label lists (1.0 when both are constant and equal)."""
    n = len(a)
    if n == 0 or n != len(b):
        raise ValueError("need two label lists of the same, non-zero length")
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def summary(pairs: list[Pair]) -> dict:
    """Agreement figures (see the module docstring)."""
    a, b = [p.claim1 for p in pairs], [p.claim2 for p in pairs]
    clear = [p for p in pairs if not (p.amb1 or p.amb2)]
    both = [p for p in pairs if p.claim1 and p.claim2]
    neither = [p for p in pairs if not (p.claim1 or p.claim2)]
    return {
        "n": len(pairs),
        "claims1": sum(a), "claims2": sum(b),
        "ambiguous1": sum(p.amb1 for p in pairs), "ambiguous2": sum(p.amb2 for p in pairs),
        "agree": sum(x == y for x, y in zip(a, b)),
        "kappa": cohen_kappa(a, b),
        "n_clear": len(clear),
        "agree_clear": sum(p.claim1 == p.claim2 for p in clear),
        "kappa_clear": cohen_kappa([p.claim1 for p in clear], [p.claim2 for p in clear]),
        "n_both": len(both),
        "category_agree": sum(p.label1 == p.label2 for p in both),
        "n_neither": len(neither),
        "why_agree": sum(p.label1 == p.label2 for p in neither),
    }


def _tag(claim: bool, amb: bool, label: str) -> str:
    return f"{'claim' if claim else 'not'}:{label}{' (amb)' if amb else ''}"


def main() -> int:
    pairs = load_pairs()
    s = summary(pairs)
    pct = lambda k, n: f"{k}/{n} = {100 * k / n:.1f}%" if n else "n/a"  # noqa: E731
    print(f"items: {s['n']} (claims: first {s['claims1']}, second {s['claims2']}; "
          f"ambiguous: first {s['ambiguous1']}, second {s['ambiguous2']})")
    print(f"claim / not-claim raw agreement: {pct(s['agree'], s['n'])}; "
          f"Cohen's kappa {s['kappa']:.3f}")
    print(f"without items either marked ambiguous: {pct(s['agree_clear'], s['n_clear'])}; "
          f"kappa {s['kappa_clear']:.3f}")
    print(f"category agreement (both claim): {pct(s['category_agree'], s['n_both'])}")
    print(f"why agreement (both not claim): {pct(s['why_agree'], s['n_neither'])}")
    print("disagreements (first annotator | second annotator):")
    for p in pairs:
        if p.claim1 != p.claim2 or p.label1 != p.label2:
            kind = "claim" if p.claim1 != p.claim2 else "category" if p.claim1 else "why"
            print(f"  [{kind}] {p.split}:{p.line} {p.text!r}: "
                  f"{_tag(p.claim1, p.amb1, p.label1)} | {_tag(p.claim2, p.amb2, p.label2)}"
                  f"  -- {p.en[:90]}{'…' if len(p.en) > 90 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
