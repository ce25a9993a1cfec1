"""The rendering registry: one HTML view per result type, found by type.

The result types never import the display layer; their ``_repr_html_`` calls
:func:`translate._repr.repr_html`, which imports this module on first use and dispatches on
the object's type (``functools.singledispatch``). To draw a new type, register a view::

    from translate.display.render import to_html

    @to_html.register
    def _(obj: MyResult, **options) -> str:
        return "<p>...</p>"
"""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from translate.align.types import ClaimGroup
from translate.claims.types import Claim
from translate.corpus.prepare import PreparedDocument
from translate.mt.types import DocumentTranslation
from translate.results import RunResult

__all__ = ["has_view", "to_html"]


@singledispatch
def to_html(obj: Any, **options: Any) -> str:
    """HTML markup for a workbench result (the view registered for its type).

    Args:
        obj: A ``RunResult``, ``PreparedDocument``, ``DocumentTranslation``, ``Claim`` or
            ``ClaimGroup``.
        **options: Passed to the view (e.g. ``claims=`` for a group).

    Raises:
        TypeError: For a type with no registered view; the message names those that have one.
    """
    known = ", ".join(sorted(c.__name__ for c in to_html.registry if c is not object))
    raise TypeError(f"no HTML view for {type(obj).__name__}: views exist for {known}")


def has_view(obj: Any) -> bool:
    """True when a view is registered for the type of ``obj`` (or one of its bases)."""
    return to_html.dispatch(type(obj)) is not to_html.dispatch(object)


@to_html.register
def _run(obj: RunResult, **options: Any) -> str:
    from translate.display.views import run_html

    return run_html(obj, **options)


@to_html.register
def _document(obj: PreparedDocument, **options: Any) -> str:
    from translate.display.views import document_html

    return document_html(obj, **options)


@to_html.register
def _translation(obj: DocumentTranslation, **options: Any) -> str:
    from translate.display.views import translation_html

    return translation_html(obj, **options)


@to_html.register
def _claim(obj: Claim, **options: Any) -> str:
    from translate.display.views import claim_html

    return claim_html(obj, **options)


@to_html.register
def _group(obj: ClaimGroup, **options: Any) -> str:
    from translate.display.groups import groups_html

    return groups_html([obj], **options)
