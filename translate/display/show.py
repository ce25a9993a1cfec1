"""``show(obj)``: an object Jupyter renders as HTML, for any workbench result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["HTMLView", "show"]


@dataclass(frozen=True)
class HTMLView:
    """Markup that Jupyter displays (``_repr_html_``); ``str()`` gives the markup."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def show(obj: Any, **options: Any) -> HTMLView:
    """Render a run, document, translation, claim(s) or claim group(s) as HTML.

    Args:
        obj: A :class:`~translate.RunResult`, ``PreparedDocument``,
            ``DocumentTranslation``, ``Claim`` or a sequence of claims or of
            ``ClaimGroup`` (from :func:`translate.align.link_claims`).
        **options: Passed to the view (e.g. ``claims=`` for groups, ``groups=`` for a run).

    Raises:
        TypeError: For anything else.
    """
    from translate.display import groups as g
    from translate.display import views as v

    kind = type(obj).__name__
    if kind == "RunResult":
        return HTMLView(v.run_html(obj, **options))
    if kind == "PreparedDocument":
        return HTMLView(v.document_html(obj, **options))
    if kind == "DocumentTranslation":
        return HTMLView(v.translation_html(obj, **options))
    if kind == "Claim":
        return HTMLView(v.claim_html(obj, **options))
    if kind == "ClaimGroup":
        return HTMLView(g.groups_html([obj], **options))
    if isinstance(obj, Sequence) and not isinstance(obj, str):
        kinds = {type(x).__name__ for x in obj}
        if kinds <= {"Claim"}:
            return HTMLView(v.claims_html(list(obj), **options))
        if kinds <= {"ClaimGroup"}:
            return HTMLView(g.groups_html(list(obj), **options))
    raise TypeError(f"cannot show {kind}: expected a RunResult, PreparedDocument, "
                    "DocumentTranslation, Claim, ClaimGroup or a list of claims or groups")
