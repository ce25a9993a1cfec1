"""Plug-ins by name: one convention for MT backends, embedders and metrics.

Each kind of plug-in has one :class:`Registry` and exposes the same three functions around
it: ``register_<kind>(name)`` (a decorator), ``get_<kind>(name)`` and ``<kind>_names()``.
An unknown name raises :class:`~translate.errors.UnknownNameError`, whose message lists the
known names (``unknown backend 'moses'; known backends: ct2, marian, nllb``)::

    BACKENDS: Registry[type[Backend]] = Registry("backend", name_attr="name")

    @BACKENDS.register("marian")
    class MarianBackend(Backend): ...

    BACKENDS.get("marian")     # the class
    BACKENDS.names()           # ['marian', ...]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

from translate.errors import UnknownNameError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Named entries of one kind, with optional aliases and lazily loaded built-ins.

    Args:
        kind: What an entry is, in the singular (``"backend"``); used in error messages.
        builtins: Called once before the first lookup, to import the modules whose
            decorators register the built-in entries (keeps heavy imports out of the
            registry module). ``None`` when entries register themselves on import.
        name_attr: When set, :meth:`register` stores the entry's name on it under this
            attribute (``cls.name = "marian"``).
        replace: Allow a name to be registered again for a different entry (the last one
            wins). By default a second, different entry under a taken name is an error.
    """

    def __init__(self, kind: str, *, builtins: Callable[[], object] | None = None,
                 name_attr: str | None = None, replace: bool = False) -> None:
        self.kind = kind
        self._entries: dict[str, T] = {}
        self._aliases: dict[str, str] = {}
        self._builtins = builtins
        self._name_attr = name_attr
        self._replace = replace

    def add(self, name: str, entry: T, *, aliases: Iterable[str] = ()) -> T:
        """Register ``entry`` under ``name`` (and ``aliases``) and return it.

        Raises:
            ValueError: The name is taken by a different entry (unless ``replace``).
        """
        old = self._entries.get(name)
        if old is not None and old is not entry and not self._replace:
            raise ValueError(f"{self.kind} '{name}' is already registered")
        if self._name_attr is not None:
            setattr(entry, self._name_attr, name)
        self._entries[name] = entry
        for alias in aliases:
            self._aliases[alias] = name
        return entry

    def register(self, name: str, *, aliases: Iterable[str] = ()) -> Callable[[T], T]:
        """Decorator form of :meth:`add`: ``@registry.register("name")``."""
        names = tuple(aliases)

        def deco(entry: T) -> T:
            return self.add(name, entry, aliases=names)

        return deco

    def _load(self) -> None:
        if self._builtins is not None:
            load, self._builtins = self._builtins, None
            load()

    def canonical(self, name: str) -> str:
        """The registered name for ``name`` or one of its aliases.

        Raises:
            UnknownNameError: Neither a name nor an alias; the message lists the names.
        """
        self._load()
        if name in self._entries:
            return name
        if name in self._aliases:
            return self._aliases[name]
        raise UnknownNameError.of(self.kind, name, self.names())

    def get(self, name: str) -> T:
        """The entry registered as ``name`` (or an alias of it).

        Raises:
            UnknownNameError: No such name; the message lists the known names.
        """
        return self._entries[self.canonical(name)]

    def names(self) -> list[str]:
        """The registered names, sorted (aliases excluded)."""
        self._load()
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._entries or name in self._aliases

    @property
    def entries(self) -> Mapping[str, T]:
        """A read-only live view of name → entry (built-ins not forced)."""
        return MappingProxyType(self._entries)
