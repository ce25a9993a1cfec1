"""Score :func:`translate.claims.extract_claims` on the multi-event news gold set.

Per language and split: precision and recall of claims (a predicted claim matches a gold
claim when its span overlaps the gold ``number`` span), and on matched claims the accuracy of
value, bounds, hedge, category and role. On the dev split only, the misses and false alarms
are listed (the test split is reported, never inspected)::

    python benchmarks/_claims_gold.py                 # dev and test
    python benchmarks/_claims_gold.py --split dev --show 40
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import news_gold  # noqa: E402
from benchmarks.news_gold import LANGUAGES, load_split  # noqa: E402
from translate.claims import extract_claims  # noqa: E402
from translate.corpus.document import Sentence  # noqa: E402
from translate.corpus.segment import segment_blocks  # noqa: E402

__all__ = ["Score", "match_doc", "score_split", "main"]


@dataclass
class Score:
    """Counts for one language of one split."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value: int = 0
    bounds: int = 0
    hedge: int = 0
    category: int = 0
    role: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    confusions: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def _sentences(doc) -> list[Sentence]:
    return segment_blocks(doc.text, [(0, len(doc.text))], doc=doc.doc, language=doc.language)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - 50), min(len(text), end + 50)
    return (text[a:start] + "[" + text[start:end] + "]" + text[end:b]).replace("\n", " ")


def _docs(split: str) -> list:
    """The split's documents; when the groups file fails validation (it is written apart
    from the claims), the documents alone are still scored, with a note."""
    try:
        return load_split(split)[0]
    except ValueError as exc:
        path = news_gold.DATA_DIR / f"{split}.jsonl"
        docs = [news_gold._parse_doc(raw, split, n) for n, raw in news_gold._read_jsonl(path)]
        print(f"  note: {split} groups invalid ({exc}); claims scored without them")
        return docs


def match_doc(doc) -> tuple[list, list[int | None]]:
    """Predicted claims of ``doc`` and, per gold claim, the index of the predicted claim
    whose span overlaps its ``number`` span (first unused one), else ``None``."""
    predicted = extract_claims(_sentences(doc), unsupported="skip")
    used: set[int] = set()
    hits: list[int | None] = []
    for g in doc.claims:
        hit = None
        for n, p in enumerate(predicted):
            if n not in used and p.start < g.end and g.start < p.end:
                hit = n
                break
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return predicted, hits


def score_split(split: str) -> dict[str, Score]:
    """Score every document of a split; returns per-language :class:`Score`."""
    docs = _docs(split)
    scores: dict[str, Score] = defaultdict(Score)
    for doc in docs:
        s = scores[doc.language]
        predicted, hits = match_doc(doc)
        s.gold += len(doc.claims)
        s.predicted += len(predicted)
        used = {h for h in hits if h is not None}
        for g, hit in zip(doc.claims, hits):
            if hit is None:
                s.misses.append(f"{doc.doc}: {g.category:9} {_context(doc.text, g.start, g.end)}")
                continue
            p = predicted[hit]
            s.matched += 1
            s.value += _same(p.value, g.value)
            s.bounds += _same(p.low, g.low) and _same(p.high, g.high)
            s.hedge += p.hedge == g.hedge
            s.category += p.category == g.category
            s.role += p.role == g.role
            if p.category != g.category or not _same(p.value, g.value) or p.hedge != g.hedge:
                s.confusions.append(
                    f"{doc.doc}: gold {g.category}/{g.value}/{g.hedge} got "
                    f"{p.category}/{p.value}/{p.hedge}  «{p.quote}»")
        for n, p in enumerate(predicted):
            if n not in used:
                s.false_alarms.append(
                    f"{doc.doc}: {p.category:9} {_context(doc.text, p.start, p.end)}")
    return dict(scores)


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def print_scores(split: str, scores: dict[str, Score], *, show: int = 0) -> None:
    """Print one table (and, with ``show``, the dev confusion lists)."""
    print(f"claims gold, split={split}: precision / recall by span overlap; accuracy on matched")
    print(f"  {'lang':5}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'value':>8}{'bounds':>8}"
          f"{'hedge':>8}{'categ':>8}{'role':>8}")
    total = Score()
    for lang in LANGUAGES + tuple(sorted(set(scores) - set(LANGUAGES))):
        s = scores.get(lang)
        if s is None:
            continue
        for key in ("gold", "predicted", "matched", "value", "bounds", "hedge", "category",
                    "role"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
        _row(lang, s)
    _row("all", total)
    if show:
        for lang, s in sorted(scores.items()):
            for title, rows in (("missed", s.misses), ("false alarms", s.false_alarms),
                                ("wrong value/hedge/category", s.confusions)):
                if rows:
                    print(f"  -- {lang} {title} ({len(rows)}):")
                    for r in rows[:show]:
                        print(f"     {r}")


def _row(lang: str, s: Score) -> None:
    m = s.matched
    print(f"  {lang:5}{s.gold:6}{s.predicted:6}{s.precision:8.1%}{s.recall:8.1%}"
          f"{_pct(s.value, m):>8}{_pct(s.bounds, m):>8}{_pct(s.hedge, m):>8}"
          f"{_pct(s.category, m):>8}{_pct(s.role, m):>8}")


def main(argv: list[str] | None = None) -> int:
    """Print the gold-set scores of dev and test (confusions on dev only)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--show", type=int, default=0,
                        help="list up to N misses/false alarms per language (dev only)")
    args = parser.parse_args(argv)
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        try:
            scores = score_split(split)
        except FileNotFoundError as exc:
            print(f"claims gold, split={split}: not available ({exc})")
            continue
        print_scores(split, scores, show=args.show if split == "dev" else 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
