"""Spelled numbers against ``num2words`` (a test oracle, never used at run time), the news
spellings it does not produce, and digits with every group separator.

The sets come from ``benchmarks/_claims_numbers.py`` (one source of truth with the
benchmark); here a smaller sample keeps the test fast.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from translate.claims import parse_quantities

pytest.importorskip("num2words")

_SPEC = importlib.util.spec_from_file_location(
    "_claims_numbers", Path(__file__).resolve().parents[1] / "benchmarks" / "_claims_numbers.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

#: Known misses, each for a reason: a lone article-like "one" ("en", "et") is not read;
#: "tyve"/"ستون"/"ألفا" alone are also nouns or names (thieves, Stone, Alpha); num2words
#: writes the Norwegian 10^9 "millard" (sic) and some Arabic numbers with a doubled
#: thousand ("ستمائة و ألف ألف" for 601 thousand).
KNOWN = {"en": set(), "da": {"et", "tyve"}, "nb": {"en", "en millard"},
         "ar": {"ستون", "ألفا"}}


def _known(text: str, lang: str) -> bool:
    return text in KNOWN[lang] or "ألف ألف" in text


@pytest.mark.parametrize("lang", bench.LANGS)
def test_num2words_oracle(lang: str) -> None:
    oracle, _ = bench.spelled_sets(lang, sample=60)
    misses = [(t, v) for t, v in oracle if not bench.reads_as(t, lang, v)]
    unexpected = [m for m in misses if not _known(m[0], lang)]
    assert not unexpected, unexpected[:10]
    assert len(oracle) > 250


@pytest.mark.parametrize("lang", bench.LANGS)
def test_news_spellings(lang: str) -> None:
    _, news = bench.spelled_sets(lang, sample=30)
    misses = [(t, v) for t, v in news if not bench.reads_as(t, lang, v)]
    unexpected = [m for m in misses if not _known(m[0], lang)]
    assert len(unexpected) <= 0.02 * len(news), unexpected[:10]


@pytest.mark.parametrize("lang", bench.LANGS)
def test_hand_written_news_spellings(lang: str) -> None:
    wrong = {t: [q.value for q in parse_quantities(t, lang)]
             for t, v in bench.HAND[lang].items() if not bench.reads_as(t, lang, v)}
    assert not wrong


@pytest.mark.parametrize("lang", bench.LANGS)
def test_every_separator(lang: str) -> None:
    cases = list(bench.digit_set(lang, sample=12))
    wrong = [(sep, t) for sep, t, v in cases if not bench.reads_as(t, lang, v)]
    assert not wrong, wrong[:10]
    assert {sep for sep, _, _ in cases} == {s[0] for s in bench.SEPARATORS[lang]}
