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

    A single object is drawn by the view registered for its type in
    :func:`translate.display.render.to_html` (the same view Jupyter shows for it).

    Args:
        obj: A :class:`~translate.RunResult`, ``PreparedDocument``,
            ``DocumentTranslation``, ``Claim`` or a sequence of claims or of
            ``ClaimGroup`` (from :func:`translate.align.link_claims`).
        **options: Passed to the view (e.g. ``claims=`` for groups, ``groups=`` for a run).

    Raises:
        TypeError: For anything else.
    """
    from translate.align.types import ClaimGroup
    from translate.claims.types import Claim
    from translate.display.groups import groups_html
    from translate.display.render import has_view, to_html
    from translate.display.views import claims_html

    if has_view(obj):
        return HTMLView(to_html(obj, **options))
    if isinstance(obj, Sequence) and not isinstance(obj, str):
        items = list(obj)
        if all(isinstance(x, Claim) for x in items):
            return HTMLView(claims_html(items, **options))
        if all(isinstance(x, ClaimGroup) for x in items):
            return HTMLView(groups_html(items, **options))
    raise TypeError(f"cannot show {type(obj).__name__}: expected a RunResult, PreparedDocument, "
                    "DocumentTranslation, Claim, ClaimGroup or a list of claims or groups")
