"""Hedges: what a hedge word does to the bounds of a number.

Each lexicon maps its phrases ("nesten", "up to", "حوالي") to a *rule* name; this module
maps a rule to the public hedge and to bound factors. Chosen bounds:

=========  ===========  ======================  ====================================
rule       hedge        bounds                  examples
=========  ===========  ======================  ====================================
exact      ``exact``    [N, N]                  "25 militante"
approx     ``approx``   [0.9 N, 1.1 N]          about, around, rundt, omkring, حوالي
nearly     ``approx``   [0.9 N, N]              nearly, almost, nesten, næsten, knap, قرابة
at_most    ``at_most``  [None, N]               up to, fewer than, opptil, op mod, ما يصل إلى
at_least   ``at_least`` [N, None]               more than, over, ikke under, أكثر من, على الأقل
vague      ``vague``    table per phrase        dozens [24, 99], thousands [2000, 9999]
=========  ===========  ======================  ====================================

``None`` means open-ended. Vague bounds live in the lexicon (``Lexicon.vague``).

A hedge may stand before the number ("mindst 12", "ikke færre end 300", "about US$2"), after
it or after its noun ("5,000 or more", "49 قتيلا على الأقل", "300 شخص تقريباً"), or around
the counted noun in an Arabic comparative ("لا يقل عدد المعتقلين عن مئتي شخص").
"""

from __future__ import annotations

__all__ = ["RULES", "bounds"]

#: rule -> (hedge, low factor, high factor); ``None`` factor = open bound.
RULES: dict[str, tuple[str, float | None, float | None]] = {
    "exact": ("exact", 1.0, 1.0),
    "approx": ("approx", 0.9, 1.1),
    "nearly": ("approx", 0.9, 1.0),
    "at_most": ("at_most", None, 1.0),
    "at_least": ("at_least", 1.0, None),
}


def bounds(rule: str, value: float) -> tuple[str, float | None, float | None]:
    """Apply a hedge rule to a value.

    Args:
        rule: A key of :data:`RULES`.
        value: The number the hedge applies to.

    Returns:
        ``(hedge, low, high)``.

    Example:
        >>> bounds("nearly", 3000)
        ('approx', 2700.0, 3000.0)
    """
    hedge, lo, hi = RULES[rule]
    low = None if lo is None else round(value * lo, 6)
    high = None if hi is None else round(value * hi, 6)
    return hedge, low, high
