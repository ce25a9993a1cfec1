"""Backends by name: ``@register_backend("marian")``, :func:`get_backend`, :func:`backend_names`.

The same convention as embedders (:mod:`translate.align.embed`) and metrics
(:mod:`translate.evaluate.metrics`): one :class:`~translate.registry.Registry` per kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from translate.mt.base import Backend
from translate.registry import Registry

__all__ = ["BACKENDS", "register", "register_backend", "get_backend", "backend_names",
           "create_backend"]

B = TypeVar("B", bound=type[Backend])


def _builtin() -> None:
    # Importing the modules runs their @register decorators (cheap: heavy imports are
    # inside the methods).
    from translate.mt import m2m, marian  # noqa: F401

    try:  # registering does not import ctranslate2; using it without the package says so
        from translate.mt import ct2  # noqa: F401
    except ImportError:  # pragma: no cover
        pass


#: The backend registry; the built-in backends are registered on first lookup.
BACKENDS: Registry[type[Backend]] = Registry("backend", builtins=_builtin, name_attr="name")


def register_backend(name: str) -> Callable[[B], B]:
    """Class decorator adding a backend to the registry under ``name``.

    Raises:
        ValueError: ``name`` is already taken by another class.
    """

    def deco(cls: B) -> B:
        BACKENDS.add(name, cls)
        return cls

    return deco


#: The historical name of :func:`register_backend`.
register = register_backend


def backend_names() -> list[str]:
    """Names of the registered backends."""
    return BACKENDS.names()


def get_backend(name: str) -> type[Backend]:
    """The backend class registered as ``name``.

    Raises:
        UnknownNameError: No such backend; the message lists the known ones.
    """
    return BACKENDS.get(name)


def create_backend(name: str, model: str, **kwargs: Any) -> Backend:
    """Instantiate backend ``name`` for ``model`` (see :class:`Backend` for arguments)."""
    return get_backend(name)(model, **kwargs)
