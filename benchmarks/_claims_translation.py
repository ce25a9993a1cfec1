"""Does a machine translation help the categories of source claims? FLORES, dev and devtest.

The pipeline passes the English translation of every source sentence to
:func:`translate.claims.extract_claims` (``translations=``); a source claim with a generic
category then takes the specific category of the translation's claim of the same value
(:mod:`translate.claims.evidence`). Here the translation is a real MT system's output stored
beside FLORES (``flores-{split}.{system}.en``), and the yardstick is the claims of the
*human* English reference of the same line (value and category, as in
``benchmarks/_claims_flores.py``). Printed per language, system and split: lines whose
claims agree with the reference's and claims of equal value but another category, without
and with the translation's evidence. ``dev`` is for tuning; ``devtest`` is only reported::

    python benchmarks/_claims_translation.py          # OPUS-MT (da, ar), Bergamot (nb)
    python benchmarks/_claims_translation.py --all    # and NLLB
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _claims_flores import FLORES, SPLITS, _keys, _value_key  # noqa: E402

from translate.claims import extract_claims  # noqa: E402
from translate.corpus.document import Sentence  # noqa: E402
from translate.evaluate.flores import load_flores, load_flores_outputs  # noqa: E402

__all__ = ["evidence_agreement", "main"]

#: MT systems read per language (nb has only bergamot); ``--all`` adds NLLB for da and ar.
SYSTEMS = {"da": ("opusmt",), "nb": ("bergamot-tiny",), "ar": ("opusmt",)}
ALL_SYSTEMS = {"da": ("opusmt", "nllb"), "nb": ("bergamot-tiny",), "ar": ("opusmt", "nllb")}


class _Q:
    """Quantity-shaped view of a claim for :func:`_value_key`."""

    def __init__(self, claim) -> None:
        self.hedge, self.high, self.low, self.value = (claim.hedge, claim.high, claim.low,
                                                       claim.value)

    def key(self):
        return self.value if self.value is not None else self.low


def _claim_keys(text: str, language: str, english: str | None, evidence: bool) -> Counter:
    sent = Sentence("flores", 0, 0, len(text), text, language)
    claims = extract_claims([sent], translations={0: english} if english else None,
                            translation_evidence=evidence)
    return Counter((_value_key(_Q(c)), c.category) for c in claims)


def evidence_agreement(language: str, split: str, system: str) -> dict[str, tuple[int, int]]:
    """``{"without"|"with": (lines agreeing, same value other category)}`` and line count."""
    pair = load_flores(FLORES, f"{language}-en", split=split)
    mt = load_flores_outputs(FLORES, f"{language}-en", split=split, systems=[system])[system]
    out: dict[str, tuple[int, int]] = {}
    for name, evidence in (("without", False), ("with", True)):
        agree = other = lines = 0
        for src, ref, hyp in zip(pair.sources or (), pair.references[0], mt):
            ka = _claim_keys(src, language, hyp, evidence)
            kb = _keys(ref, "en")
            if not (ka or kb):
                continue
            lines += 1
            agree += ka == kb
            va = Counter(k[0] for k in ka.elements())
            vb = Counter(k[0] for k in kb.elements())
            other += sum((va & vb).values()) - sum((ka & kb).values())
        out[name] = (agree, other)
        out["lines"] = (lines, 0)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the table (see module docstring)."""
    if not FLORES.is_dir():
        print(f"translation evidence: {FLORES} not found")
        return 0
    print("FLORES: source claims vs the human reference's, without / with the MT "
          "translation as evidence")
    print(f"  {'lang':5}{'system':15}{'split':9}{'lines':>6}{'agree w/o':>11}{'agree with':>12}"
          f"{'cat≠ w/o':>10}{'cat≠ with':>11}")
    table = ALL_SYSTEMS if argv and "--all" in argv else SYSTEMS
    for language, systems in table.items():
        for system in systems:
            for split, infix in SPLITS:
                r = evidence_agreement(language, infix, system)
                n = r["lines"][0]
                print(f"  {language:5}{system:15}{split:9}{n:6}{r['without'][0] / n:11.1%}"
                      f"{r['with'][0] / n:12.1%}{r['without'][1]:10}{r['with'][1]:11}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
