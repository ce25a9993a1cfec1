"""Clean, identify and segment documents: everything before translation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from translate.corpus.cleaning import Cleaner
from translate.corpus.document import Document, Removal, Sentence
from translate.corpus.langid import LanguageGuess, LanguageIdentifier
from translate.corpus.mixed import MixedLanguageSettings, find_parts, paragraph_texts

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
    mixed: MixedLanguageSettings | None = None,
) -> PreparedDocument:
    """Clean, detect the language of, and segment one document."""
    return prepare_all([document], cleaner=cleaner, identifier=identifier, mixed=mixed)[0]


def prepare_all(
    documents: Iterable[Document],
    *,
    cleaner: Cleaner | None = None,
    identifier: LanguageIdentifier | None = None,
    mixed: MixedLanguageSettings | None = None,
) -> list[PreparedDocument]:
    """Clean, detect and segment documents (language detection runs in one batch).

    Args:
        documents: Loaded documents.
        cleaner: Boilerplate rules (default :class:`Cleaner`).
        identifier: Language identifier (default :class:`LanguageIdentifier`).
        mixed: When paragraphs in another language make a part of their own (default
            :class:`~translate.corpus.mixed.MixedLanguageSettings`); the sentences of such a
            part carry that language, and the document a warning naming them.

    Returns:
        One :class:`PreparedDocument` per document, in order.
    """
    from translate.corpus.segment import segment_blocks

    cleaner = cleaner or Cleaner()
    identifier = identifier or LanguageIdentifier()
    settings = mixed or MixedLanguageSettings()
    docs = list(documents)
    # Clean with the language-independent rules first to detect on clean text, then
    # again with the language's own rules.
    first = [cleaner.clean(d.raw, doc=d.id, language=d.language) for d in docs]
    texts = [" ".join(d.raw[a:b] for a, b in c.blocks) for d, c in zip(docs, first)]
    guesses = identifier.detect_many(texts)
    staged = []
    for doc, guess in zip(docs, guesses):
        warns: list[str] = list(doc.warnings)
        language: str | None
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
        staged.append((doc, guess, language, source, warns, cleaned))
    # every paragraph of every document long enough to judge, detected in one batch
    where: list[tuple[int, int]] = []
    paragraphs: list[str] = []
    for i, (doc, _, language, _, _, cleaned) in enumerate(staged):
        if language is None or len(cleaned.blocks) < 2:
            continue
        for n, text in paragraph_texts(doc.raw, cleaned.blocks, settings):
            where.append((i, n))
            paragraphs.append(text)
    by_doc: list[dict[int, LanguageGuess]] = [{} for _ in staged]
    # paragraphs in lingua's low-accuracy mode (trigrams): on FLORES dev it finds more parts
    # with no more false alarms, and it never loads the 1-5-gram models short texts need
    # (seconds per process; benchmarks/mixed_language.py)
    paragraph_id = LanguageIdentifier(identifier.codes, guards=(), low_accuracy=True)
    for (i, n), g in zip(where, paragraph_id.detect_many(paragraphs) if paragraphs else []):
        by_doc[i][n] = g
    out = []
    for (doc, guess, language, source, warns, cleaned), found in zip(staged, by_doc):
        parts = find_parts(doc.raw, cleaned.blocks, language, found, settings)
        block_languages = [language or "en"] * len(cleaned.blocks)
        for part in parts:
            block_languages[part.first:part.last + 1] = [part.language] * (
                part.last - part.first + 1)
        sentences = segment_blocks(doc.raw, cleaned.blocks, doc=doc.id,
                                   language=language or "en", languages=block_languages)
        if parts:
            warns.append(_mixed_warning(language or "?", sentences, settings.read_parts))
            if not settings.read_parts:
                sentences = [replace(s, language=language or "en") for s in sentences]
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


def _mixed_warning(language: str, sentences: Sequence[Sentence], read_parts: bool) -> str:
    """``mixed languages: sentences 4–9 in 'da'; ...`` (each part read in its language, or
    the whole document in ``language``)."""
    runs: list[tuple[str, int, int]] = []
    for s in sentences:
        if s.language == language:
            continue
        if runs and runs[-1][0] == s.language and runs[-1][2] == s.index - 1:
            runs[-1] = (s.language, runs[-1][1], s.index)
        else:
            runs.append((s.language, s.index, s.index))
    shown = "; ".join(f"sentence{'s' if a != b else ''} {a}{f'–{b}' if a != b else ''} in "
                      f"'{lang}'" for lang, a, b in runs)
    if read_parts:
        return (f"mixed languages: {shown}, their claims read in their own language; the "
                f"rest in '{language}'; the document is translated as '{language}'")
    return (f"mixed languages: {shown}; the whole document is read and translated as "
            f"'{language}', so the claims of those sentences may be missed")
