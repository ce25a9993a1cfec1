"""``report.html``: one self-contained page with the same views as the notebook.

No network fetch of any kind: the stylesheet is inline, plots are base64 PNGs, there is
no script and no external font.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.display.html import CSS, esc
from translate.display.views import run_html

if TYPE_CHECKING:
    from translate.align.types import ClaimGroup
    from translate.evaluate.table import EvaluationTable
    from translate.pipeline import RunResult

__all__ = ["render_report", "write_html_report"]

logger = logging.getLogger(__name__)


def _plot_section(title: str, make: Any) -> str:
    try:
        from translate.display.plots import figure_to_data_uri

        uri = figure_to_data_uri(make())
    except ImportError as exc:  # matplotlib missing: the page is still complete
        logger.info("plot %r skipped: %s", title, exc)
        return (f'<p class="muted">({esc(title)}: install matplotlib to include the plot)'
                "</p>")
    return f'<img class="plot" alt="{esc(title)}" src="{uri}">'


def _split_reason(reason: str) -> tuple[str, list[str]]:
    """A model status reason → (what is wrong, the "Fix N: ..." advice lines)."""
    short: list[str] = []
    fixes: list[str] = []
    for line in reason.splitlines():
        text = line.strip()
        (fixes if text.startswith("Fix ") else short).append(text)
    return " ".join(t for t in short if t), fixes


def _model_advice(result: Any) -> tuple[Any, str]:
    """The advice on getting each missing model, said once per model.

    Returns:
        ``result`` with each model status reason cut to what is wrong (the document views
        and the models table then repeat only that), and the advice section for the top
        of the page ("" when every model is there).
    """
    models = getattr(result, "models", None)
    if not models or not dataclasses.is_dataclass(result) or isinstance(result, type):
        return result, ""
    short: dict[str, Any] = {}
    advice: dict[str, tuple[list[str], list[str]]] = {}
    for lang, st in sorted(models.items()):
        if st.available or not st.reason:
            short[lang] = st
            continue
        what, fixes = _split_reason(st.reason)
        if fixes:
            advice.setdefault(st.model or "-", ([], fixes))[0].append(lang)
        short[lang] = dataclasses.replace(st, reason=what)
    if not advice:
        return result, ""
    items = "".join(
        f"<li><code>{esc(model)}</code> ({esc(', '.join(langs))} → en):"
        f'<pre class="reason">{esc(chr(10).join(fixes))}</pre></li>'
        for model, (langs, fixes) in advice.items())
    section = ('<details open><summary class="warnmsg">How to get the missing translation '
               f"model{'s' if len(advice) > 1 else ''}</summary><ul>{items}</ul></details>")
    return dataclasses.replace(result, models=short), section


#: Claims drawn in the report's plot: one row each, so a corpus of thousands of claims would
#: make a PNG tens of thousands of pixels high that takes minutes to draw.
MAX_PLOTTED_CLAIMS = 80


def _plotted_claims(claims: Sequence[Any], groups: Sequence[Any]) -> tuple[list[Any], str]:
    """The claims the plot draws and a note saying which, when not all: claims of groups
    reported by several sources first, then the others in order, at most
    :data:`MAX_PLOTTED_CLAIMS`."""
    if len(claims) <= MAX_PLOTTED_CLAIMS:
        return list(claims), ""
    shared = {cid for g in groups if getattr(g, "cross_source", False) for cid in g.claims}
    ranked = [c for c in claims if c.id in shared] + [c for c in claims if c.id not in shared]
    shown = ranked[:MAX_PLOTTED_CLAIMS]
    keep = {c.id for c in shown}
    return [c for c in claims if c.id in keep], (
        f" The plot shows {len(shown)} of {len(claims):,} claims (those in groups reported "
        "by several sources first); every claim is in the report's data files.")


def render_report(result: RunResult, *, groups: Sequence[ClaimGroup] | None = None,
                  scores: EvaluationTable | None = None, plots: bool = True,
                  title: str = "Translation workbench report") -> str:
    """The report page as a string (see :func:`write_html_report`)."""
    from translate import __version__

    if groups is None:
        groups = getattr(result, "groups", None)
    body = [f"<h1>{esc(title)}</h1>",
            f'<p class="muted small">created {esc(result.created)} · translate {__version__}'
            "</p>"]
    extra = ""
    if plots and result.claims:
        from translate.display.plots import plot_claims

        shown, note = _plotted_claims(result.claims, groups or ())
        extra = ("<details open><summary>Claims by category and source (plot)</summary>"
                 '<p class="small muted">Bars are hedge ranges (low–high); arrows are '
                 f"open-ended bounds; dots are stated numbers.{esc(note)}</p>"
                 + _plot_section("claims", lambda: plot_claims(shown)) + "</details>")
    result, advice = _model_advice(result)  # once per model, not in every document
    body.append(advice)
    body.append(run_html(result, groups=groups, claims_extra=extra, css=False))
    if scores is not None:
        body += ["<h2>Translation quality</h2>", scores._repr_html_()]
        if plots:
            from translate.display.plots import plot_scores

            body.append(_plot_section("scores", lambda: plot_scores(scores)))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}\nbody{{margin:0;background:#fff}}"
            "body>.tw{margin:0 auto;padding:12px 24px}</style></head>"
            f'<body><div class="tw">{"".join(body)}</div></body></html>\n')


def write_html_report(result: RunResult, out_dir: str | Path, *,
                      groups: Sequence[ClaimGroup] | None = None,
                      scores: EvaluationTable | None = None, plots: bool = True) -> Path:
    """Write ``out_dir/report.html``: documents, translations, claims, groups, plots.

    Args:
        result: From :func:`translate.run`.
        out_dir: Folder (created if needed).
        groups: Claim groups to show (``result.groups`` when the result has them).
        scores: An evaluation table to add, with its confidence-interval plot.
        plots: Embed matplotlib plots (PNG, base64); skipped if matplotlib is missing.

    Returns:
        The path of ``report.html``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.html"
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_report(result, groups=groups, scores=scores, plots=plots),
                   encoding="utf-8")
    tmp.replace(path)
    return path
