"""matplotlib figures: claims as hedge intervals, similarity heatmaps, scores with CIs.

matplotlib is imported when a function is called. Figures are built with
``matplotlib.figure.Figure`` (no ``pyplot`` state, no backend switch), so they render
inline in Jupyter, and :func:`figure_to_data_uri` embeds them in a self-contained page.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from translate.display.html import fmt_bounds

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from translate.claims.types import Claim
    from translate.evaluate.table import EvaluationTable

__all__ = ["plot_claims", "plot_similarity", "plot_scores", "figure_to_data_uri"]

_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
            "#17becf", "#7f7f7f", "#bcbd22"]


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def figure_to_data_uri(fig: Figure, *, dpi: int = 110) -> str:
    """PNG of ``fig`` as a ``data:image/png;base64,…`` URI (for ``<img src=…>``)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def plot_claims(claims: Sequence[Claim], *, categories: Sequence[str] | None = None,
                width: float = 9.0) -> Figure:
    """Claims per source and category on a value axis, hedges drawn as ranges.

    One panel per category, one row per claim, coloured by document. An exact number is a
    dot; a hedged one a bar from ``low`` to ``high`` ("nearly 3,000": 2,700–3,000); an
    open-ended bound is an arrow ("up to 3,500": an arrow from 3,500 towards 0; "more
    than 100": an arrow to the right), so overlapping — compatible — claims are visible.

    Args:
        claims: The claims (vague ones with both bounds are drawn as ranges too).
        categories: Panels to draw, in order; every category present when ``None``.
        width: Figure width in inches (height grows with the number of claims).

    Returns:
        A ``matplotlib.figure.Figure``.
    """
    cats = list(categories) if categories is not None else sorted({c.category for c in claims})
    per = {k: [c for c in claims if c.category == k
               and (c.low is not None or c.high is not None or c.value is not None)]
           for k in cats}
    cats = [k for k in cats if per[k]]
    docs = sorted({c.doc for c in claims})
    colour = {d: _PALETTE[i % len(_PALETTE)] for i, d in enumerate(docs)}
    heights = [max(1, len(per[k])) * 0.32 + 0.7 for k in cats] or [1.0]
    fig = _figure(width, sum(heights) + 0.6)
    if not cats:
        fig.text(0.5, 0.5, "no claims with a value", ha="center")
        return fig
    axes = fig.subplots(len(cats), 1, squeeze=False, gridspec_kw={"height_ratios": heights})
    for ax, cat in zip(axes[:, 0], cats):
        items = per[cat]
        finite = [x for c in items for x in (c.low, c.high, c.value) if x is not None]
        top = max(finite) * 1.18 if finite else 1.0
        for y, c in enumerate(reversed(items)):
            col = colour[c.doc]
            lo, hi = c.low, c.high
            if lo is not None and hi is not None and lo != hi:
                ax.plot([lo, hi], [y, y], color=col, lw=7, alpha=0.45, solid_capstyle="butt")
                ax.plot([lo, hi], [y, y], "|", color=col, ms=12, mew=2)
            elif lo is None and hi is not None:
                ax.annotate("", xy=(0, y), xytext=(hi, y),
                            arrowprops={"arrowstyle": "-|>", "color": col, "lw": 2.5,
                                        "alpha": 0.7})
                ax.plot([hi], [y], "|", color=col, ms=12, mew=2)
            elif hi is None and lo is not None:
                ax.annotate("", xy=(top, y), xytext=(lo, y),
                            arrowprops={"arrowstyle": "-|>", "color": col, "lw": 2.5,
                                        "alpha": 0.7})
                ax.plot([lo], [y], "|", color=col, ms=12, mew=2)
            point = c.value if c.value is not None else (lo if lo == hi else None)
            if point is not None:
                ax.plot([point], [y], "o", color=col, ms=6, zorder=3)
            right = max(x for x in (lo, hi, c.value) if x is not None)
            ax.annotate(fmt_bounds(lo, hi, c.hedge, c.value), (right, y), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=7, color="#444")
        labels = [f"{c.id.split('#')[-1]} {c.doc[:12]} ({c.language}) {c.hedge}"
                  for c in reversed(items)]
        ax.set_yticks(range(len(items)), labels, fontsize=8)
        ax.set_ylim(-0.7, len(items) - 0.3)
        ax.set_xlim(0, top)
        ax.grid(axis="x", alpha=0.3)
        ax.set_title(cat, loc="left", fontsize=10, fontweight="bold")
        ax.xaxis.set_major_formatter(_thousands())
    handles = [_legend_handle(colour[d], d) for d in docs if any(c.doc == d for c in claims)]
    fig.legend(handles=handles, loc="outside lower center", ncol=min(3, len(handles)),
               fontsize=8, frameon=False)
    return fig


def _thousands() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: f"{x:,.0f}")


def _legend_handle(colour: str, label: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([0], [0], color=colour, lw=6, alpha=0.6, label=label)


def plot_similarity(matrix: Any, *, rows: Sequence[str] | None = None,
                    cols: Sequence[str] | None = None, row_title: str = "article A",
                    col_title: str = "article B", label: str = "similarity",
                    max_label: int = 48) -> Figure:
    """Heatmap of a sentence-similarity matrix between two articles (best per row boxed).

    Args:
        matrix: ``(n_rows, n_cols)`` array-like (cosine or margin scores).
        rows: Row sentence labels (truncated to ``max_label`` characters); indices if ``None``.
        cols: Column labels; indices if ``None`` (columns always show indices).
        row_title: Axis title for rows.
        col_title: Axis title for columns.
        label: Colour-bar label.
        max_label: Characters kept per row label.

    Returns:
        A ``matplotlib.figure.Figure``.
    """
    import numpy as np

    m = np.asarray(matrix, dtype=float)
    n, k = m.shape
    fig = _figure(min(14.0, 3.5 + 0.32 * k + (2.8 if rows else 0)), min(14.0, 1.5 + 0.3 * n))
    ax = fig.subplots()
    im = ax.imshow(m, cmap="Blues", aspect="auto")
    fig.colorbar(im, ax=ax, label=label, shrink=0.8)
    if n and k:
        best = m.argmax(axis=1)
        ax.scatter(best, range(n), marker="s", s=60, facecolors="none", edgecolors="#d62728")
    ax.set_xticks(range(k), [str(j) for j in range(k)], fontsize=7)
    ylabels = ([f"{i}. {r[:max_label]}{'…' if len(r) > max_label else ''}"
                for i, r in enumerate(rows)] if rows else [str(i) for i in range(n)])
    ax.set_yticks(range(n), ylabels, fontsize=7)
    ax.set_xlabel(col_title)
    ax.set_ylabel(row_title)
    return fig


def plot_scores(table: EvaluationTable, *, metrics: Sequence[str] | None = None) -> Figure:
    """Scores per system and test set with 95% confidence intervals where computed.

    Args:
        table: An :class:`~translate.evaluate.EvaluationTable`; rows with ``ci_low``
            / ``ci_high`` get error bars.
        metrics: Metric names to plot (``"BLEU"``, ``"chrF2"``…); all when ``None``.

    Returns:
        A ``matplotlib.figure.Figure`` with one panel per metric.
    """
    names = list(metrics) if metrics else list(
        dict.fromkeys(s.metric for r in table.rows for s in r.scores))
    labels = [f"{r.test_set} · {r.system}" for r in table.rows]
    fig = _figure(4.0 * max(1, len(names)), 0.8 + 0.28 * max(1, len(labels)))
    if not names:
        fig.text(0.5, 0.5, "no scores", ha="center")
        return fig
    axes = fig.subplots(1, len(names), squeeze=False, sharey=True)[0]
    sets = list(dict.fromkeys(r.test_set for r in table.rows))
    for ax, name in zip(axes, names):
        for y, r in enumerate(table.rows):
            s = next((s for s in r.scores if s.metric == name), None)
            if s is None:
                continue
            col = _PALETTE[sets.index(r.test_set) % len(_PALETTE)]
            if s.ci_low is not None and s.ci_high is not None:
                ax.errorbar([s.score], [y], xerr=[[s.score - s.ci_low], [s.ci_high - s.score]],
                            fmt="o", color=col, capsize=3, ms=5)
            else:
                ax.plot([s.score], [y], "o", color=col, ms=5)
        ax.set_title(name + (" (lower is better)" if name == "TER" else ""), fontsize=10)
        ax.grid(axis="x", alpha=0.3)
    axes[0].set_yticks(range(len(labels)), labels, fontsize=8)
    axes[0].invert_yaxis()
    return fig
