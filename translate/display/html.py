"""Small HTML helpers: escaping, highlighting spans, text direction, anchors and the CSS.

Everything here returns strings; nothing is fetched from the network, so the same markup
works in Jupyter and in a self-contained ``report.html``.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["CSS", "RTL_LANGUAGES", "VERDICT_COLOURS", "Mark", "esc", "dir_attr", "highlight",
           "find_quote", "anchor_id", "wrap", "fmt_num", "fmt_bounds", "span_label", "badge",
           "table"]

#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})

#: Verdict → (background, text) colours.
VERDICT_COLOURS: dict[str, tuple[str, str]] = {
    "agree": ("#d8f0d8", "#1b5e20"),
    "conflict": ("#fbd5d5", "#9b1c1c"),
    "differ_over_time": ("#fdeccc", "#8a5300"),
    "single": ("#e8e8e8", "#444444"),
}

#: Scoped stylesheet: every rule sits under ``.tw`` so it never restyles a notebook.
CSS = """
.tw{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",
 "DejaVu Sans",sans-serif;font-size:14px;line-height:1.45;color:#1d1d1f;background:#fff;
 max-width:1200px}
.tw h2{font-size:1.3em;margin:1.2em 0 .4em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
.tw h3{font-size:1.1em;margin:1em 0 .3em}
.tw table.tw-t{border-collapse:collapse;width:100%;margin:.4em 0 1em;table-layout:auto}
.tw table.tw-t th{background:#f3f5f7;text-align:left;font-weight:600;padding:4px 8px;
 border-bottom:2px solid #d0d7de;position:sticky;top:0}
.tw table.tw-t td{padding:4px 8px;border-bottom:1px solid #e5e8eb;vertical-align:top}
.tw table.tw-t tr:hover td{background:#fafbfc}
.tw td.num,.tw th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.tw td.src,.tw td.en{width:45%}
.tw .loc{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8em;color:#57606a;
 white-space:nowrap}
.tw a.loc{text-decoration:none;border-bottom:1px dotted #57606a}
.tw mark.q{background:#fff1a8;border-radius:3px;padding:0 2px;box-shadow:0 0 0 1px #e6c700}
.tw mark.fid{background:#ffd3d3;border-radius:3px;padding:0 2px;box-shadow:0 0 0 1px #e05252}
.tw tr.warn td{background:#fff6f6}
.tw .warnmsg{color:#9b1c1c;font-size:.85em}
.tw .muted{color:#6e7781}
.tw .small{font-size:.85em}
.tw .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8em;
 font-weight:600;white-space:nowrap}
.tw .ok{background:#d8f0d8;color:#1b5e20}
.tw .bad{background:#fbd5d5;color:#9b1c1c}
.tw .meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:.3em 0}
.tw .meta dt{color:#57606a}
.tw .meta dd{margin:0;overflow-wrap:anywhere}
.tw pre.reason{white-space:pre-wrap;background:#fff6f6;border-left:3px solid #e05252;
 padding:6px 10px;margin:.3em 0;font-size:.85em}
.tw details{margin:.3em 0}
.tw details>summary{cursor:pointer;color:#0b57d0}
.tw .group{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:6px 10px;
 margin:.5em 0}
.tw .doc{border:1px solid #d0d7de;border-radius:8px;padding:8px 14px;margin:1em 0}
.tw img.plot{max-width:100%;height:auto;border:1px solid #e5e8eb;border-radius:4px}
.tw table.heat td{padding:2px 4px;font-size:.75em;text-align:center;min-width:2.2em}
.tw table.heat th{font-size:.75em;font-weight:normal;padding:2px 4px;max-width:22em;
 overflow:hidden;text-overflow:ellipsis;white-space:nowrap;text-align:left}
.tw :target{outline:3px solid #0b57d0;outline-offset:-3px}
"""


#: Control characters are not allowed in HTML: each is shown as its visible Unicode
#: "control picture" (NUL → ␀), C1 controls as U+FFFD, so nothing disappears unseen.
_CONTROLS = {c: chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\t\n\r"}
_CONTROLS |= {0x7F: "\u2421"} | {c: "\ufffd" for c in range(0x80, 0xA0)}


def esc(value: object) -> str:
    """HTML-escape any value (``None`` → empty string), quotes included; control
    characters (a NUL byte in a scraped article) become visible symbols such as ``␀``."""
    return "" if value is None else _html.escape(str(value), quote=True).translate(_CONTROLS)


def dir_attr(language: str | None) -> str:
    """``dir="rtl"`` for right-to-left languages, else ``dir="auto"`` (with ``lang``)."""
    lang = f' lang="{esc(language)}"' if language else ""
    return f'dir="rtl"{lang}' if language in RTL_LANGUAGES else f'dir="auto"{lang}'


@dataclass(frozen=True)
class Mark:
    """A span of a text to highlight: ``text[start:end]``, CSS class and tooltip."""

    start: int
    end: int
    cls: str = "q"
    title: str = ""


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """Escape ``text`` and wrap each in-range mark in ``<mark>``.

    Marks are taken in the order given: one that overlaps an earlier one is dropped, so
    put the important ones (fidelity problems) first. The output is always well-formed.
    """
    kept: list[Mark] = []
    for m in marks:
        if 0 <= m.start < m.end <= len(text) and all(
                m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    out, pos = [], 0
    for m in sorted(kept, key=lambda m: m.start):
        title = f' title="{esc(m.title)}"' if m.title else ""
        out += [esc(text[pos:m.start]),
                f'<mark class="{esc(m.cls)}"{title}>{esc(text[m.start:m.end])}</mark>']
        pos = m.end
    out.append(esc(text[pos:]))
    return "".join(out)


def find_quote(text: str | None, quote: str | None) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text`` (exact, then case-insensitive), or ``None``."""
    if not text or not quote:
        return None
    i = text.find(quote)
    if i < 0:
        i = text.lower().find(quote.lower())
    return (i, i + len(quote)) if i >= 0 else None


def anchor_id(doc: str, index: int | None = None) -> str:
    """A stable HTML id for a document (``d-…``) or one of its sentences (``s-…-N``)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", doc)
    return f"d-{safe}" if index is None else f"s-{safe}-{index}"


def span_label(doc: str, start: int, end: int) -> str:
    """``doc:start–end``, the way quotes are traced back to their document."""
    return f"{doc}:{start}–{end}"


def fmt_num(x: float | None) -> str:
    """``3,000`` / ``2.5`` / ``?`` for ``None``."""
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def fmt_bounds(low: float | None, high: float | None, hedge: str = "",
               value: float | None = None) -> str:
    """Readable value: ``3,000`` (exact), ``2,700–3,000``, ``≤ 3,500``, ``≥ 100``."""
    if hedge == "exact" and value is not None:
        return fmt_num(value)
    if low is None and high is None:
        return fmt_num(value)
    if low is None:
        return f"≤ {fmt_num(high)}"
    if high is None:
        return f"≥ {fmt_num(low)}"
    if low == high:
        return fmt_num(low)
    return f"{fmt_num(low)}–{fmt_num(high)}"


def badge(text: str, verdict: str | None = None, cls: str = "") -> str:
    """A small pill; coloured by verdict when given."""
    style = ""
    if verdict in VERDICT_COLOURS:
        bg, fg = VERDICT_COLOURS[verdict]
        style = f' style="background:{bg};color:{fg}"'
    return f'<span class="badge {esc(cls)}"{style}>{esc(text)}</span>'


def table(headers: Sequence[str], rows: Iterable[str], *, num: Sequence[int] = ()) -> str:
    """A ``<table>`` with the given header cells and pre-rendered ``<tr>`` rows."""
    head = "".join(f'<th class="num">{esc(h)}</th>' if i in num else f"<th>{esc(h)}</th>"
                   for i, h in enumerate(headers))
    body = "".join(rows)
    return f'<table class="tw-t"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def wrap(body: str, *, css: bool = True) -> str:
    """Wrap markup in the scoped ``.tw`` container (with the stylesheet for notebooks)."""
    style = f"<style>{CSS}</style>" if css else ""
    return f'<div class="tw">{style}{body}</div>'
