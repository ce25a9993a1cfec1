"""Rich display: HTML helpers, views of a real run on the seeds, DataFrames and plots."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest

import translate
from translate.display.html import Mark, dir_attr, esc, find_quote, fmt_bounds, highlight


class _Balance(HTMLParser):
    VOID = {"br", "img", "meta", "hr", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def assert_balanced(markup: str) -> None:
    p = _Balance()
    p.feed(markup)
    p.close()
    assert not p.errors, p.errors[:5]
    assert not p.stack, p.stack[:5]


@pytest.fixture(scope="module")
def result(seeds_run: translate.RunResult) -> translate.RunResult:
    return seeds_run  # the seeds main job, run once per session (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("a <b> c", [], "a &lt;b&gt; c"),
        ("about 3,000 troops", [Mark(0, 11)], '<mark class="q">about 3,000</mark> troops'),
        ("x 5 & 6", [Mark(2, 3), Mark(2, 5), Mark(6, 7, "fid", 'say "6"')],
         'x <mark class="q">5</mark> &amp; <mark class="fid" title="say &quot;6&quot;">6</mark>'),
        ("abc", [Mark(2, 9), Mark(-1, 1)], "abc"),
    ],
    ids=["escape", "one", "overlap-first-wins-and-title-escaped", "out-of-range"],
)
def test_highlight(text: str, marks: list[Mark], expected: str) -> None:
    assert highlight(text, marks) == expected


@pytest.mark.parametrize(
    ("low", "high", "hedge", "value", "expected"),
    [(3000, 3000, "exact", 3000, "3,000"), (2700, 3000, "approx", 3000, "2,700–3,000"),
     (None, 3500, "at_most", 3500, "≤ 3,500"), (100, None, "at_least", 100, "≥ 100"),
     (2.5, 2.5, "exact", 2.5, "2.5")],
    ids=["exact", "range", "at-most", "at-least", "decimal"],
)
def test_fmt_bounds(low, high, hedge, value, expected) -> None:  # type: ignore[no-untyped-def]
    assert fmt_bounds(low, high, hedge, value) == expected


def test_small_helpers() -> None:
    assert dir_attr("ar") == 'dir="rtl" lang="ar"'
    assert dir_attr("da").startswith('dir="auto"')
    assert esc(None) == "" and esc('<"&>') == "&lt;&quot;&amp;&gt;"
    assert find_quote("About 3,000 troops", "about 3,000") == (0, 11)
    assert find_quote("x", None) is None


def test_run_html_shows_everything(result: translate.RunResult) -> None:
    markup = result._repr_html_()
    assert_balanced(markup)
    for d in result.documents:
        assert d.id in markup
    for c in result.claims:
        assert esc(c.quote) in markup, c.quote
        assert f"{c.doc}:{c.start}–{c.end}" in markup
    # Arabic right to left; quotes link to their sentence rows
    assert 'dir="rtl" lang="ar"' in markup
    c = result.claims[0]
    assert f'href="#s-{c.doc}-{c.sentence_index}"' in markup
    assert f'id="s-{c.doc}-{c.sentence_index}"' in markup


def test_document_view_highlights_claims_in_source(result: translate.RunResult) -> None:
    doc = result.document("000_6e03027ed62215ce")
    markup = doc._repr_html_()
    assert_balanced(markup)
    assert '<mark class="q"' in markup and ">nesten 3.000 ekstra soldater</mark>" in markup
    assert "boilerplate passages removed" in markup


def test_translation_view_marks_fidelity(result: translate.RunResult) -> None:
    tr = result.translations["002_78143a0e187769e1"]  # random model: numbers get lost
    markup = tr._repr_html_()
    assert_balanced(markup)
    assert "source (da)" in markup and "English" in markup
    assert result.fidelity, "a random model keeps no numbers"
    assert '<mark class="fid"' in markup and "⚠ missing" in markup


def test_claim_view_highlights_english_quote() -> None:
    from translate.claims.types import Claim

    c = Claim("d#c1", "d", "nesten 3.000 soldater", 10, 31, 3000, 2700, 3000, "approx",
              "troops", "deploy", None, "USA sender nesten 3.000 soldater.", 0, "nb",
              "The US is sending almost 3,000 troops.", "almost 3,000 troops")
    markup = c._repr_html_()
    assert_balanced(markup)
    assert ">nesten 3.000 soldater</mark>" in markup
    assert ">almost 3,000 troops</mark>" in markup
    assert "d:10–31" in markup and "2,700–3,000" in markup


def test_not_translated_document_says_why(seeds_dir: Path) -> None:
    from translate.corpus.prepare import prepare_all
    from translate.display import document_html

    corpus = translate.load_corpus(seeds_dir)
    doc = next(d for d in prepare_all(corpus.documents) if d.id == "001_c4055bec1780aea0")
    from translate.mt.translator import ModelStatus

    st = ModelStatus("ar", "some/model", "marian", False, "Fix 1: connect")
    markup = document_html(doc, model=st)
    assert "Not translated" in markup and "Fix 1: connect" in markup


def test_frames(result: translate.RunResult) -> None:
    claims = result.claims_frame()
    assert list(claims.index) == [c.id for c in result.claims]
    assert {"doc", "category", "hedge", "low", "high", "quote", "english_quote"} <= set(
        claims.columns)
    at_most = claims[claims.hedge == "at_most"]
    assert at_most["low"].isna().all()
    sents = result.sentences_frame()
    assert len(sents) == sum(len(d.sentences) for d in result.documents)
    assert sents["fidelity"].map(bool).sum() == len(result.fidelity)
    from translate.display import documents_frame

    docs = documents_frame(result)
    assert docs.loc["002_78143a0e187769e1", "translated"]
    assert docs["claims"].sum() == len(result.claims)


def test_groups_view_colours_verdicts(result: translate.RunResult) -> None:
    from translate.align.types import ClaimGroup, Evidence
    from translate.display import groups_frame, show

    a, b = result.claims[0], result.claims[1]
    ev = [Evidence(c.id, c.doc, c.language, c.quote, c.sentence, None, None, c.low, c.high,
                   c.hedge) for c in (a, b)]
    groups = [ClaimGroup("g1", (a.id, b.id), a.category, "conflict", "3,000 vs 14,000",
                         tuple(ev)),
              ClaimGroup("g2", (a.id,), a.category, "single", "only one", tuple(ev[:1]))]
    markup = show(groups, claims=result.claims, link=True)._repr_html_()
    assert_balanced(markup)
    assert "#9b1c1c" in markup  # conflict colour
    assert "claims reported by one source only" in markup
    assert f'href="#s-{a.doc}-{a.sentence_index}"' in markup
    assert len(groups_frame(groups)) == 3


def test_show_rejects_unknown() -> None:
    from translate.display import show

    with pytest.raises(TypeError, match="cannot show int"):
        show(3)


def test_views_read_what_the_run_carries(result: translate.RunResult,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import translate.claims.extract as extract
    import translate.claims.fidelity as fidelity

    def recompute(*args: object, **kwargs: object) -> None:
        raise AssertionError("a view recomputed what the run carries")

    monkeypatch.setattr(fidelity, "check_fidelity", recompute)
    monkeypatch.setattr(extract, "extract_claims", recompute)
    assert result.fidelity, "a random model keeps no numbers"
    markup = result._repr_html_()  # neither extracts claims nor checks numbers again
    first = result.fidelity[0]
    assert markup.count('<mark class="fid"') >= len(result.fidelity)
    assert esc(first.result.flags[0].describe()) in markup
    # The page shows the run's fidelity records, not a fresh check: without them, no marks.
    quiet = dataclasses.replace(result, fidelity=())
    assert '<mark class="fid"' not in quiet._repr_html_()


def test_standalone_translation_is_checked_by_the_view(result: translate.RunResult) -> None:
    from translate.display.views import fidelity_by_sentence, translation_html

    tr = result.translations["002_78143a0e187769e1"]
    carried = translation_html(tr, fidelity=fidelity_by_sentence(result.fidelity, tr.doc))
    assert translation_html(tr) == carried  # standalone: checked here, same answer
    assert '<mark class="fid"' not in translation_html(tr, fidelity={})


def test_similarity_html() -> None:
    from translate.display import similarity_html

    markup = similarity_html([[0.1, 0.9], [0.5, 0.2]], ["a <x>", "b"], ["c", "d"])
    assert_balanced(markup)
    assert "<b>0.90</b>" in markup and "a &lt;x&gt;" in markup
    with pytest.raises(ValueError, match="does not match"):
        similarity_html([[1.0]], ["a", "b"], ["c"])


def test_plots(result: translate.RunResult) -> None:
    pytest.importorskip("matplotlib")
    from translate.display import figure_to_data_uri, plot_claims, plot_similarity

    fig = plot_claims(result.claims)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert "troops" in titles
    troops = fig.axes[titles.index("troops")]
    # "up to 3,500" is an arrow towards 0: an annotation whose head is at x=0
    arrows = [t for t in troops.texts if getattr(t, "arrow_patch", None) is not None]
    assert any(a.xy[0] == 0 for a in arrows)
    uri = figure_to_data_uri(fig)
    assert uri.startswith("data:image/png;base64,")
    heat = plot_similarity([[0.1, 0.9], [0.5, 0.2]], rows=["one", "two"])
    assert heat.axes[0].images


def test_plot_scores() -> None:
    pytest.importorskip("matplotlib")
    from translate.display import plot_scores
    from translate.evaluate.scores import MetricScore, SystemEvaluation
    from translate.evaluate.table import EvaluationTable

    rows = tuple(SystemEvaluation(name, "da-en",
                                  (MetricScore("BLEU", s, "sig", 10, s - 2, s + 2),), 10)
                 for name, s in (("a", 30.0), ("b", 35.0)))
    fig = plot_scores(EvaluationTable(rows))
    assert fig.axes[0].get_title() == "BLEU"
    assert len(fig.axes[0].lines) >= 2  # error bars drawn


def test_display_import_is_light() -> None:
    import subprocess
    import sys

    code = ("import sys, translate.display, translate; translate.display.show; "
            "print(any(m in sys.modules for m in ('pandas', 'matplotlib', 'torch')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_quotes_survive_unescape(result: translate.RunResult) -> None:
    markup = html.unescape(result._repr_html_())
    assert all(c.quote in markup for c in result.claims)
