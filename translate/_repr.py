"""The hook through which result types reach their HTML view, without importing it.

Rendering lives on one side of the dependency: :mod:`translate.display.render` knows every
result type and registers a view for each (``functools.singledispatch``); the result types
know only this hook. A type's ``_repr_html_`` (the protocol Jupyter calls) is
``return repr_html(self)``: the display layer is imported on the first call, never when the
type's module is imported, so ``import translate.claims.types`` loads no display code.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["repr_html"]

#: The module that holds the rendering registry (``to_html``).
RENDER_MODULE = "translate.display.render"


def repr_html(obj: Any, **options: Any) -> str:
    """Draw ``obj`` with the view the display layer registered for its type.

    Args:
        obj: A workbench result (claim, claim group, translation, document, run).
        **options: Passed to the view.

    Returns:
        HTML markup.

    Raises:
        TypeError: When no view is registered for the type of ``obj``.
    """
    to_html = import_module(RENDER_MODULE).to_html
    markup: str = to_html(obj, **options)
    return markup
