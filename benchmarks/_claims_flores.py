"""FLORES cross-lingual claim agreement: the same line in da/nb/ar and in English.

Line i of ``flores-{split}.XX`` and ``flores-{split}.en`` is the same sentence written by
human translators, so both must give the same claims. For each language and split this
prints the claims found on each side, the claims matched across the two (same value key,
vague quantities by order of magnitude, and same category; a value match with another
category counts as a category disagreement), and the share of lines whose claims agree
exactly. ``dev`` is for tuning, ``devtest`` is only reported. ``--show N`` lists the first
N dev disagreements (the tuning material)::

    python benchmarks/_claims_flores.py --show 50
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from translate.claims.extract import sentence_claims  # noqa: E402
from translate.evaluate.flores import load_flores  # noqa: E402

__all__ = ["agreement", "main"]

FLORES = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores"
SPLITS = (("dev", "dev"), ("devtest", "test"))  # (name printed, file infix)


def _value_key(q) -> object:
    """The value compared across languages. A vague quantity is compared by its order of
    magnitude, as the fidelity check matches vague ranges by overlap: "dozens" (24-99),
    "titalls" (20-99), "snesevis" (40-99) and "العشرات" (20-99) all say "tens"."""
    if q.hedge == "vague" and q.high:
        return ("vague", 10 ** (len(str(int(q.high))) - 1))
    return q.key()


def _keys(text: str, language: str) -> Counter:
    out: Counter = Counter()
    for c in sentence_claims(text, language):
        out[(_value_key(c.quantity), c.category)] += 1
    return out


def agreement(language: str, split: str, *, root: Path = FLORES, show: int = 0) -> dict:
    """Agreement figures of one language and split (``split`` is the file infix)."""
    pair = load_flores(root, f"{language}-en", split=split)
    src, ref = pair.sources or (), pair.references[0]
    n_src = n_en = both = same_value = lines_with = lines_agree = 0
    shown = 0
    for a, b in zip(src, ref):
        ka, kb = _keys(a, language), _keys(b, "en")
        n_src += sum(ka.values())
        n_en += sum(kb.values())
        both += sum((ka & kb).values())
        va = Counter(k[0] for k in ka.elements())
        vb = Counter(k[0] for k in kb.elements())
        same_value += sum((va & vb).values())
        if ka or kb:
            lines_with += 1
            lines_agree += ka == kb
            if ka != kb and shown < show:
                shown += 1
                print(f"    {language}: {sorted(ka.elements(), key=str)} | en: "
                      f"{sorted(kb.elements(), key=str)}\n      {a}\n      {b}")
    return {"lines": len(src), "lines_with_claims": lines_with, "lines_agree": lines_agree,
            "claims_src": n_src, "claims_en": n_en, "matched": both,
            "same_value_other_category": same_value - both}


def main(argv: list[str] | None = None) -> int:
    """Print agreement per language for dev and devtest (dev disagreements with ``--show N``)."""
    show = int(argv[argv.index("--show") + 1]) if argv and "--show" in argv else 0
    if not FLORES.is_dir():
        print(f"FLORES claim agreement: {FLORES} not found")
        return 0
    print("FLORES claim agreement (same line in XX and in English; value + category)")
    print(f"  {'lang':5}{'split':9}{'lines':>7}{'w/claim':>9}{'agree':>8}{'XX':>6}{'en':>6}"
          f"{'match':>7}{'P(XX)':>8}{'R(en)':>8}{'cat≠':>6}")
    for language in ("da", "nb", "ar"):
        for split, infix in SPLITS:
            r = agreement(language, infix, show=show if split == "dev" else 0)
            p = r["matched"] / r["claims_src"] if r["claims_src"] else 1.0
            rec = r["matched"] / r["claims_en"] if r["claims_en"] else 1.0
            agree = r["lines_agree"] / r["lines_with_claims"] if r["lines_with_claims"] else 1.0
            print(f"  {language:5}{split:9}{r['lines']:7}{r['lines_with_claims']:9}{agree:8.1%}"
                  f"{r['claims_src']:6}{r['claims_en']:6}{r['matched']:7}{p:8.1%}{rec:8.1%}"
                  f"{r['same_value_other_category']:6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
