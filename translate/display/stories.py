"""HTML view of stories: which documents report one event, and why they were joined."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from translate.display.html import anchor_id, esc, table, wrap

__all__ = ["stories_html"]


def stories_html(stories: Sequence[Any], *, languages: Mapping[str, str | None] | None = None,
                 css: bool = True) -> str:
    """A table of stories: id, label, documents (with languages), evidence.

    Args:
        stories: From :func:`translate.align.stories.find_stories` (or ``RunResult.stories``).
        languages: Document id → language, shown beside each document.
        css: Include the stylesheet (for a notebook cell).
    """
    langs = languages or {}
    rows = []
    for s in stories:
        docs = ", ".join(
            f'<a class="loc" href="#{anchor_id(d)}">{esc(d)}</a>'
            + (f" ({esc(langs[d])})" if langs.get(d) else "")
            for d in s.documents)
        why = "<br>".join(esc(e) for e in s.evidence) or '<span class="muted">—</span>'
        rows.append(f"<tr><td>{esc(s.id)}</td><td>{esc(s.label)}</td><td>{docs}</td>"
                    f"<td>{why}</td></tr>")
    if not rows:
        return wrap('<p class="muted">no stories</p>', css=css)
    return wrap(table(["story", "label", "documents", "evidence"], rows), css=css)
