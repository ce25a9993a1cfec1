"""The FLORES claims gold scorer leaves a figure the translation changed out of both recall
and precision (made-up lines, the real extractor)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scorer(flores_claims_scorer):  # type: ignore[no-untyped-def]
    return flores_claims_scorer


def test_a_changed_figure_is_scored_neither_way(scorer):
    en = "Some 48 bases house 2,000 staff."
    changed = "Omkring 50 baser huser 2.000 ansatte."  # 48 became about 50 in translation
    gold = scorer.GoldLine(line=0, en=en, numbers=(
        scorer.GoldNumber(text="48", start=en.index("48"), value=48, claim=True,
                          category="other", missing_in=("da",)),
        scorer.GoldNumber(text="2,000", start=en.index("2,000"), value=2000, claim=True,
                          category="people"),
    ))
    scores = scorer.score_lines([gold], {"en": [en], "da": [changed], "nb": [changed],
                                         "ar": [changed]})
    da, nb = scores["da"], scores["nb"]
    assert (da.gold, da.matched, da.on_changed, da.unannotated) == (1, 1, 1, 0)
    assert da.precision == 1.0
    # where the figure is not marked changed, the claim on 50 is a claim on no gold number
    assert (nb.gold, nb.on_changed, nb.unannotated) == (2, 0, 1) and nb.precision == 0.5
