"""HTML views of alignment results: claim groups with coloured verdicts, similarity grids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from translate.display.html import (
    VERDICT_COLOURS,
    Mark,
    badge,
    dir_attr,
    esc,
    find_quote,
    fmt_bounds,
    highlight,
    table,
    wrap,
)
from translate.display.views import attribution_html, loc_html

if TYPE_CHECKING:
    from translate.align.types import ClaimGroup
    from translate.claims.types import Claim

__all__ = ["groups_html", "similarity_html", "verdict_legend"]


def verdict_legend() -> str:
    """One badge per verdict, in their colours."""
    from translate.display.html import VERDICT_COLOURS as C

    return " ".join(badge(v, v) for v in C)


def groups_html(groups: Sequence[ClaimGroup], *, claims: Sequence[Claim] | None = None,
                link: bool = False, css: bool = True) -> str:
    """Claim groups: verdict badge (coloured), reason, and every source's quote as evidence.

    Args:
        groups: From :func:`translate.align.link_claims`.
        claims: The claims the groups were made from, to show ``doc:start–end`` per quote.
        link: Make those locations anchors to their sentences.
        css: Include the stylesheet.
    """
    by_id = {c.id: c for c in claims or ()}

    def row(e: Any, g: ClaimGroup, first: str = "") -> str:
        c = by_id.get(e.claim)
        loc = (loc_html(c.doc, c.start, c.end, c.sentence_index, link=link)
               + attribution_html(c) if c else f'<span class="loc">{esc(e.claim)}</span>')
        found = find_quote(e.sentence, e.quote)
        marks = [Mark(*found)] if found else []
        english = (esc(e.english) if e.english and e.english != e.sentence else
                   '<span class="muted small">(source is English)</span>'
                   if e.language == "en" else '<span class="muted">—</span>')
        return (f"<tr>{first}<td>{loc}</td><td class=\"num\">{esc(e.published or '?')}</td>"
                f"<td>{esc(e.language)}</td>"
                f'<td class="num">{esc(fmt_bounds(e.low, e.high, e.hedge))}</td>'
                f'<td class="src"><div {dir_attr(e.language)}>{highlight(e.sentence, marks)}'
                f'</div></td><td class="en" dir="ltr">{english}</td></tr>')

    head = ["quote at", "published", "lang", "value", "source sentence", "English"]
    out = [f"<p>{verdict_legend()}</p>"]
    singles = [g for g in groups if len(g.evidence) < 2]
    for g in groups:
        if g in singles:
            continue
        colour = VERDICT_COLOURS.get(g.verdict, ("#eee", "#444"))[1]
        out.append(
            f'<div class="group" id="{esc(g.id)}" style="border-left-color:{colour}">'
            f"{badge(g.verdict.replace('_', ' '), g.verdict)} <b>{esc(g.id)}</b> · "
            f"{esc(g.category)} · {len(g.claims)} claims"
            f'<div class="small" dir="auto">{esc(g.reason)}</div>'
            + table(head, [row(e, g) for e in g.evidence], num=(3,)) + "</div>")
    if singles:
        rows = [row(e, g, f'<td id="{esc(g.id)}">{badge(g.verdict, g.verdict)} '
                          f"<b>{esc(g.id)}</b><br>{esc(g.category)}</td>")
                for g in singles for e in g.evidence]
        out.append(f"<details><summary>{len(singles)} claims reported by one source only"
                   f"</summary>{table(['group', *head], rows, num=(4,))}</details>")
    if not groups:
        out.append('<p class="muted">no claim groups</p>')
    return wrap("".join(out), css=css)


def _cell_colour(x: float, lo: float, hi: float) -> str:
    t = 0.0 if hi <= lo else min(1.0, max(0.0, (x - lo) / (hi - lo)))
    # white → deep blue
    r, g, b = (int(255 - t * (255 - c)) for c in (8, 69, 148))
    fg = "#fff" if t > 0.6 else "#000"
    return f"background:rgb({r},{g},{b});color:{fg}"


def similarity_html(matrix: Any, rows: Sequence[str], cols: Sequence[str], *,
                    row_language: str | None = None, col_language: str | None = None,
                    css: bool = True) -> str:
    """A sentence-similarity grid as an HTML table (cells shaded by value, best per row bold).

    Args:
        matrix: ``(len(rows), len(cols))`` similarities (cosine or margin), array-like.
        rows: Row sentence labels (e.g. the sentences of article A).
        cols: Column labels (article B); shown as numbers, the text in a tooltip.
        row_language: Language of the row sentences (for text direction).
        col_language: Language of the column sentences.
        css: Include the stylesheet.
    """
    import numpy as np

    m = np.asarray(matrix, dtype=float)
    if m.shape != (len(rows), len(cols)):
        raise ValueError(f"matrix shape {m.shape} does not match {len(rows)}×{len(cols)} labels")
    lo, hi = (float(m.min()), float(m.max())) if m.size else (0.0, 1.0)
    head = "".join(f'<th title="{esc(c)}" {dir_attr(col_language)}>{j}</th>'
                   for j, c in enumerate(cols))
    body = []
    for i, label in enumerate(rows):
        best = int(m[i].argmax()) if m.shape[1] else -1
        cells = "".join(
            f'<td style="{_cell_colour(v, lo, hi)}" title="{i}↔{j}: {v:.3f}">'
            + (f"<b>{v:.2f}</b>" if j == best else f"{v:.2f}") + "</td>"
            for j, v in enumerate(m[i]))
        body.append(f'<tr><th title="{esc(label)}" {dir_attr(row_language)}>{i}. {esc(label)}'
                    f"</th>{cells}</tr>")
    return wrap(f'<table class="heat"><thead><tr><th></th>{head}</tr></thead>'
                f"<tbody>{''.join(body)}</tbody></table>", css=css)
