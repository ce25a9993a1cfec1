"""Backends by name: ``@register("marian")`` and :func:`get_backend`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from translate.errors import UnknownNameError
from translate.mt.base import Backend

__all__ = ["register", "get_backend", "backend_names", "create_backend"]

_BACKENDS: dict[str, type[Backend]] = {}
B = TypeVar("B", bound=type[Backend])


def register(name: str) -> Callable[[B], B]:
    """Class decorator adding a backend to the registry under ``name``."""

    def deco(cls: B) -> B:
        if name in _BACKENDS and _BACKENDS[name] is not cls:
            raise ValueError(f"backend '{name}' is already registered")
        cls.name = name
        _BACKENDS[name] = cls
        return cls

    return deco


def _ensure_builtin() -> None:
    # Importing the modules runs their @register decorators (cheap: heavy imports are
    # inside the methods).
    from translate.mt import m2m, marian  # noqa: F401

    try:  # registering does not import ctranslate2; using it without the package says so
        from translate.mt import ct2  # noqa: F401
    except ImportError:  # pragma: no cover
        pass


def backend_names() -> list[str]:
    """Names of the registered backends."""
    _ensure_builtin()
    return sorted(_BACKENDS)


def get_backend(name: str) -> type[Backend]:
    """The backend class registered as ``name``.

    Raises:
        UnknownNameError: No such backend; the message lists the known ones.
    """
    _ensure_builtin()
    try:
        return _BACKENDS[name]
    except KeyError:
        raise UnknownNameError(
            f"unknown backend '{name}'; known backends: {', '.join(sorted(_BACKENDS))}"
        ) from None


def create_backend(name: str, model: str, **kwargs: Any) -> Backend:
    """Instantiate backend ``name`` for ``model`` (see :class:`Backend` for arguments)."""
    return get_backend(name)(model, **kwargs)
