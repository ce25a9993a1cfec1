"""The settings that change which claims are read, and their signature.

Two reports whose claims were read differently (another lexicon, translation evidence on or
off, another rule set or CLDR release) must never look alike, so the settings are hashed into
one signature in the workbench's format (:class:`translate.signature.Signature`)::

    >>> from translate.claims.settings import ClaimSettings, claims_signature
    >>> sig = claims_signature(ClaimSettings(translation_evidence=False))
    >>> sig.startswith("claims:") and "|evidence:no|" in sig
    True

Fields, in order: ``claims:{workbench version}|rules:{RULES_VERSION}|lexicon:{hash}|
evidence:{yes/no}|fallback:{nn=nb,…}|cldr:{babel version}``. ``lexicon`` hashes every
lexicon used (built-in or the caller's), the order-free parts (sets) sorted, so the same
tables give the same hash in every process.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from translate.claims.lexicon import LANGUAGES, Lexicon, get_lexicon
from translate.signature import Signature

__all__ = ["RULES_VERSION", "ClaimSettings", "claims_signature", "lexicon_hash"]

#: Version of the extraction rules: raised with every change that reads claims differently
#: (the workbench version alone does not move with each tuned rule).
RULES_VERSION = "43"
_HASH_CHARS = 12


@dataclass(frozen=True, kw_only=True)
class ClaimSettings:
    """What :func:`translate.claims.extract_claims` was told, as far as it changes claims.

    Attributes:
        translation_evidence: ``extract_claims(..., translation_evidence=)``; default
            ``True``.
        lexicons: ``extract_claims(..., lexicons=)``: per-language lexicons replacing the
            built-in ones; default none (the built-in lexicons of every language).
    """

    translation_evidence: bool = True
    lexicons: Mapping[str, Lexicon] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for language, lex in self.lexicons.items():
            if not isinstance(lex, Lexicon):
                raise TypeError(f"lexicons[{language!r}] is a {type(lex).__name__}, "
                                "not a Lexicon (see translate.claims.get_lexicon)")

    def signature(self) -> Signature:
        """The :class:`~translate.signature.Signature` of these settings."""
        from translate import __version__
        from translate.claims.sentence import LANGUAGE_FALLBACK

        used = {language: get_lexicon(language) for language in LANGUAGES}
        used.update(self.lexicons)
        return Signature.of(
            "claims", __version__, rules=RULES_VERSION, lexicon=lexicon_hash(used),
            evidence="yes" if self.translation_evidence else "no",
            fallback=",".join(f"{k}={v}" for k, v in sorted(LANGUAGE_FALLBACK.items())),
            cldr=_babel_version())


def claims_signature(settings: ClaimSettings | None = None) -> str:
    """The claims signature of a run: ``claims:{version}|rules:…|lexicon:…|evidence:…|…``.

    Args:
        settings: The settings claims were read with; ``None`` for the defaults (what
            ``translate.run`` uses).

    Returns:
        The signature text (:meth:`translate.signature.Signature.parse` reads it back).
    """
    if settings is None:
        return _default_signature()
    return settings.signature().format()


@cache
def _default_signature() -> str:
    return ClaimSettings().signature().format()


def lexicon_hash(lexicons: Mapping[str, Lexicon]) -> str:
    """A short stable hash of lexicon tables (the same tables: the same hash, any process).

    Args:
        lexicons: Language code to lexicon.

    Returns:
        The first 12 hex digits of the SHA-256 of the tables in canonical JSON.
    """
    blob = json.dumps({language: _plain(lexicons[language]) for language in sorted(lexicons)},
                      sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:_HASH_CHARS]


def _plain(value: Any) -> Any:
    """JSON-ready form with sets sorted (a frozenset's order changes between processes)."""
    if isinstance(value, Lexicon):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _babel_version() -> str:
    """The Babel release whose CLDR units mark measures (``none`` when not installed)."""
    try:
        import babel
    except ImportError:  # pragma: no cover - babel is a dependency
        return "none"
    return str(babel.__version__)
