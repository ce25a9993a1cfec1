"""One figure, one category across languages: clause mechanisms that give the same count the
same category in nb, da, ar and en (sentences written here, phrased as news writes them)."""

import pytest

from translate.claims.extract import sentence_claims


def _cats(text: str, lang: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, lang)]


SAME_FIGURE = [
    # a bare count coordinated after a casualty count keeps its own participle; Danish
    # "såret" is not the compound "s|året" (a duration)
    ("da", "Ved angrebet blev 18 civile dræbt og 40 såret.", [(18, "killed"), (40, "wounded")]),
    ("nb", "I angrepet ble 18 sivile drept og 40 såret.", [(18, "killed"), (40, "wounded")]),
    ("en", "In the attack 18 civilians were killed and 40 injured.",
     [(18, "killed"), (40, "wounded")]),
    ("ar", "قتل 18 مدنيا وأصيب 40 في الهجوم.", [(18, "killed"), (40, "wounded")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAME_FIGURE,
                         ids=[f"{s[0]}-{n}" for n, s in enumerate(SAME_FIGURE)])
def test_same_figure_same_category(lang, text, expected):
    assert _cats(text, lang) == expected
