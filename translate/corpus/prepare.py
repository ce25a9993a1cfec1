"""Clean, identify and segment documents: everything before translation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from translate.corpus.cleaning import Cleaner
from translate.corpus.document import Document, Removal, Sentence
from translate.corpus.langid import LanguageIdentifier

__all__ = ["PreparedDocument", "prepare", "prepare_all"]


@dataclass(frozen=True)
class PreparedDocument:
    """A document after cleaning, language identification and segmentation.

    Attributes:
        document: The loaded document (raw text verbatim).
        language: Language used for the document (ISO 639-1), or ``None`` if unknown.
        language_source: ``"metadata"`` when the sidecar declared it, else ``"detected"``.
        detected: Detected language and its confidence.
        removals: Boilerplate removed by cleaning, with the rule that removed it.
        sentences: Sentences with offsets into ``document.raw``.
        warnings: Anything the user should know (language disagreement, ...).
    """

    document: Document
    language: str | None
    language_source: str
    detected: str | None
    confidence: float
    removals: tuple[Removal, ...]
    sentences: tuple[Sentence, ...]
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def title(self) -> str:
        """The first line that survived cleaning (``Document.title`` is the raw first line)."""
        return self.sentences[0].text.split("\n")[0] if self.sentences else self.document.title

    def _repr_html_(self) -> str:
        from translate._repr import repr_html  # the view lives in translate.display.render

        return repr_html(self)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "id": d.id,
            "title": self.title,
            "path": str(d.path) if d.path else None,
            "language": self.language,
            "language_source": self.language_source,
            "detected_language": self.detected,
            "language_confidence": round(self.confidence, 4),
            "published": d.published.isoformat() if d.published else None,
            "metadata": dict(d.metadata),
            "chars": len(d.raw),
            "removed": [
                {"start": r.start, "end": r.end, "text": r.text, "rule": r.rule}
                for r in self.removals
            ],
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                for s in self.sentences
            ],
            "warnings": list(self.warnings),
        }


def prepare(
    document: Document,
    *,
    cleaner: Cleaner | None = None,
    identifier: LanguageIdentifier | None = None,
) -> PreparedDocument:
    """Clean, detect the language of, and segment one document."""
    return prepare_all([document], cleaner=cleaner, identifier=identifier)[0]


def prepare_all(
    documents: Iterable[Document],
    *,
    cleaner: Cleaner | None = None,
    identifier: LanguageIdentifier | None = None,
) -> list[PreparedDocument]:
    """Clean, detect and segment documents (language detection runs in one batch)."""
    from translate.corpus.segment import segment_blocks

    cleaner = cleaner or Cleaner()
    identifier = identifier or LanguageIdentifier()
    docs = list(documents)
    # Clean with the language-independent rules first to detect on clean text, then
    # again with the language's own rules.
    first = [cleaner.clean(d.raw, doc=d.id, language=d.language) for d in docs]
    texts = [" ".join(d.raw[a:b] for a, b in c.blocks) for d, c in zip(docs, first)]
    guesses = identifier.detect_many(texts)
    out = []
    for doc, guess in zip(docs, guesses):
        warns: list[str] = list(doc.warnings)
        if doc.language:
            language, source = doc.language, "metadata"
            if guess.language and guess.language != doc.language and guess.confidence > 0.5:
                warns.append(
                    f"metadata says '{doc.language}' but the text looks like "
                    f"'{guess.language}' ({guess.confidence:.0%}); using '{doc.language}'"
                )
        else:
            language, source = guess.language, "detected"
            if guess.language is None:
                warns.append("language could not be detected (no letters?)")
            elif guess.confidence < 0.6:
                alt = ", ".join(f"{c} {p:.0%}" for c, p in guess.alternatives)
                warns.append(f"uncertain language: {guess.language} {guess.confidence:.0%} ({alt})")
        cleaned = cleaner.clean(doc.raw, doc=doc.id, language=language)
        sentences = segment_blocks(doc.raw, cleaned.blocks, doc=doc.id, language=language or "en")
        out.append(
            PreparedDocument(
                doc,
                language,
                source,
                guess.language,
                guess.confidence,
                cleaned.removals,
                tuple(sentences),
                tuple(warns),
            )
        )
    return out
