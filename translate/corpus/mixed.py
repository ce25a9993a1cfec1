"""Articles in more than one language: find the parts, so each is read in its own language.

A scraped page can hold a Danish article with an Arabic statement quoted in full, or two
articles glued together. The document-level detector names the majority language only,
and every sentence of the minority part would then be read with the wrong claim lexicon
and sent to the wrong model. Here every paragraph (a kept block of cleaning: one line) long
enough to judge is detected on its own; a run of consecutive paragraphs confidently in
another language is a *part* in that language.

Bokmål and Danish are confused on single sentences (about 0.3% of FLORES dev lines at
confidence 0.9), so a part must be confident and long enough: the defaults of
:class:`MixedLanguageSettings` are the setting with the most paragraphs in their right
language among those that call no one-language FLORES dev article mixed
(``benchmarks/mixed_language.py`` prints the dev grid and the default on devtest).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.corpus.langid import LanguageGuess

__all__ = ["MixedLanguageSettings", "LanguagePart", "find_parts", "paragraph_texts"]


@dataclass(frozen=True)
class MixedLanguageSettings:
    """When a paragraph run counts as a part in another language.

    Attributes:
        min_paragraph_chars: Paragraphs with fewer letters are not judged on their own
            (headlines, captions, "Foto: AP"); they stay in the language around them.
        min_confidence: Detector confidence each paragraph of a part needs.
        min_part_chars: Letters a part needs in all (one long paragraph, or several).
        enabled: ``False`` looks for no parts at all.
        read_parts: ``True`` (default) gives the sentences of a part the part's language,
            so its claims are read in that language (and it is segmented by that language's
            rules); the document is still translated as one, with its own language's model
            (:func:`translate.stream.stages.translate_documents`), and carries a warning
            naming the parts. ``False`` reads the whole document in its language.
    """

    min_paragraph_chars: int = 30
    min_confidence: float = 0.9
    min_part_chars: int = 150
    enabled: bool = True
    read_parts: bool = True


@dataclass(frozen=True)
class LanguagePart:
    """Paragraphs ``first..last`` (block indices, inclusive) in ``language``."""

    first: int
    last: int
    language: str
    confidence: float


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def paragraph_texts(raw: str, blocks: Sequence[tuple[int, int]],
                    settings: MixedLanguageSettings) -> list[tuple[int, str]]:
    """``(block index, text)`` of the paragraphs long enough to detect on their own."""
    if not settings.enabled:
        return []
    out = []
    for n, (a, b) in enumerate(blocks):
        if _letters(raw[a:b]) >= settings.min_paragraph_chars:
            out.append((n, raw[a:b]))
    return out


def find_parts(
    raw: str,
    blocks: Sequence[tuple[int, int]],
    language: str | None,
    guesses: dict[int, LanguageGuess],
    settings: MixedLanguageSettings = MixedLanguageSettings(),
) -> list[LanguagePart]:
    """Runs of paragraphs confidently in a language other than the document's.

    Args:
        raw: The document's raw text.
        blocks: Kept blocks (spans into ``raw``), in order.
        language: The document's language.
        guesses: Block index → detection, for the paragraphs of :func:`paragraph_texts`.
        settings: Thresholds.

    Returns:
        The foreign parts, in order; empty for a document in one language. A paragraph
        too short to judge joins a part only when the paragraphs on both sides belong to
        the same part; so does one the detector is unsure about (below
        ``min_confidence``).
    """
    if not settings.enabled or language is None:
        return []
    labels: list[tuple[str, float] | None] = []
    for n in range(len(blocks)):
        g = guesses.get(n)
        if g is None or g.language is None or g.confidence < settings.min_confidence:
            labels.append(None)  # undecided: too short, or the detector is unsure
        else:
            labels.append((g.language, g.confidence))
    parts: list[LanguagePart] = []
    n = 0
    while n < len(blocks):
        lab = labels[n]
        if lab is None or lab[0] == language:
            n += 1
            continue
        lang, first, last, confs = lab[0], n, n, [lab[1]]
        k = n + 1
        while k < len(blocks):  # extend over same-language and undecided paragraphs
            if labels[k] is None:
                k += 1
                continue
            if labels[k][0] != lang:  # type: ignore[index]
                break
            last = k
            confs.append(labels[k][1])  # type: ignore[index]
            k += 1
        letters = sum(_letters(raw[a:b]) for (a, b), lab in
                      zip(blocks[first:last + 1], labels[first:last + 1]) if lab is not None)
        if letters >= settings.min_part_chars:
            parts.append(LanguagePart(first, last, lang, min(confs)))
        n = last + 1
    return parts
