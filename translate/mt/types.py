"""Typed translation results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from translate._repr import repr_html
from translate.signature import Signature, join_settings

__all__ = ["Hypothesis", "SentenceTranslation", "DocumentTranslation", "TranslationSignature"]


@dataclass(frozen=True)
class Hypothesis:
    """One model output for one source text.

    Attributes:
        text: The translation.
        logprob: Mean token log-probability of the output (a confidence; closer to 0 is
            more confident).
        tokens: Number of output tokens scored.
        flags: Warnings about this output: ``split`` (the source was longer than the
            model can take and was translated in pieces), ``length_limit`` (generation
            stopped at the maximum output length, so the output may be cut),
            ``cached`` (served from the on-disk cache).
    """

    text: str
    logprob: float
    tokens: int
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TranslationSignature:
    """How a translation was made, sacrebleu-style: model, revision, decoding, versions."""

    backend: str
    model: str
    revision: str
    src_lang: str
    tgt_lang: str
    decoding: tuple[tuple[str, Any], ...]
    versions: tuple[tuple[str, str], ...]

    def __str__(self) -> str:
        """The sacrebleu-style text (:class:`translate.signature.Signature`), e.g.
        ``translation:0.1.0|backend:marian|model:…|rev:…|src:nb|tgt:en|``
        ``decoding:max_input_tokens=512,num_beams=4|versions:torch=…,transformers=…``."""
        versions = dict(self.versions)
        return Signature.of(
            "translation", versions.pop("translate", "?"), backend=self.backend,
            model=self.model, rev=self.revision[:12], src=self.src_lang, tgt=self.tgt_lang,
            decoding=join_settings(self.decoding), versions=join_settings(versions),
        ).format()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["decoding"] = dict(self.decoding)
        d["versions"] = dict(self.versions)
        d["text"] = str(self)
        return d


@dataclass(frozen=True)
class SentenceTranslation:
    """A translated sentence tied to the exact source span it came from.

    ``document.raw[start:end] == source``.
    """

    doc: str
    index: int
    start: int
    end: int
    source: str
    translation: str
    logprob: float
    model: str
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"flags": list(self.flags)}


@dataclass(frozen=True)
class DocumentTranslation:
    """All sentence translations of one document and the signature of how they were made."""

    doc: str
    src_lang: str
    tgt_lang: str
    sentences: tuple[SentenceTranslation, ...]
    signature: TranslationSignature
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return " ".join(s.translation for s in self.sentences)

    def _repr_html_(self) -> str:
        return repr_html(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "src_lang": self.src_lang,
            "tgt_lang": self.tgt_lang,
            "signature": self.signature.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "warnings": list(self.warnings),
        }
