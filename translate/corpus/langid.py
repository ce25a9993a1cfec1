"""Language identification for documents and sentences (lingua, fully offline).

The detector compares the workbench languages (Norwegian Bokmål, Danish, Arabic, English)
plus a few *guard* languages, so a Swedish or German article is named as such instead of
being forced into the nearest supported language. Bokmål vs Danish is the hard case:
``benchmarks/langid.py`` measures it on FLORES and Tatoeba lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from translate.errors import UnsupportedLanguageError

if TYPE_CHECKING:  # pragma: no cover
    from lingua import LanguageDetector

__all__ = [
    "DEFAULT_LANGUAGES",
    "GUARD_LANGUAGES",
    "LanguageGuess",
    "LanguageIdentifier",
    "detect_language",
]

DEFAULT_LANGUAGES: tuple[str, ...] = ("nb", "da", "ar", "en")
GUARD_LANGUAGES: tuple[str, ...] = ("sv", "de", "fr", "es", "fa", "ru", "tr")


@dataclass(frozen=True)
class LanguageGuess:
    """A detected language (ISO 639-1) with its confidence in ``[0, 1]``.

    Attributes:
        language: Best language code, or ``None`` when the text has no letters.
        confidence: lingua's relative confidence of the best language.
        alternatives: The next candidates as ``(code, confidence)``, best first.
    """

    language: str | None
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()


def _lingua_language(code: str) -> Any:
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        raise UnsupportedLanguageError(
            f"unknown language code '{code}' for language identification "
            "(use ISO 639-1 codes such as nb, da, ar, en)"
        ) from None


@lru_cache(maxsize=8)
def _build(codes: tuple[str, ...], low_accuracy: bool = False) -> LanguageDetector:
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(_lingua_language(c) for c in codes))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


class LanguageIdentifier:
    """Detects the language of a text among a fixed set of languages.

    Args:
        languages: Languages the corpus may be in (ISO 639-1).
        guards: Extra languages that may be detected (and then reported as not
            supported) rather than mistaken for one of ``languages``.
        low_accuracy: lingua's low-accuracy mode (trigrams only). The high-accuracy mode
            loads lingua's 1- to 5-gram models the first time it meets a text shorter than
            120 characters: seconds once per process.

    Example:
        >>> LanguageIdentifier().detect("Soldatene kommer i tillegg til de rundt 700").language
        'nb'
    """

    def __init__(
        self,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        guards: Sequence[str] = GUARD_LANGUAGES,
        low_accuracy: bool = False,
    ) -> None:
        codes = tuple(dict.fromkeys(c.lower() for c in (*languages, *guards)))
        for c in codes:
            _lingua_language(c)  # validate early with a clear message
        self.codes = codes
        self.low_accuracy = low_accuracy

    def detect(self, text: str) -> LanguageGuess:
        """Detect the language of one text."""
        return self.detect_many([text])[0]

    def detect_many(self, texts: Sequence[str]) -> list[LanguageGuess]:
        """Detect the language of each text (parallel inside lingua)."""
        detector = _build(self.codes, self.low_accuracy)
        results = detector.compute_language_confidence_values_in_parallel(list(texts))
        out = []
        for values in results:
            ranked = [(v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values]
            if not ranked or ranked[0][1] <= 0.0:
                out.append(LanguageGuess(None, 0.0))
                continue
            out.append(LanguageGuess(ranked[0][0], ranked[0][1], tuple(ranked[1:3])))
        return out


def detect_language(text: str, languages: Sequence[str] = DEFAULT_LANGUAGES) -> LanguageGuess:
    """Detect the language of ``text`` (see :class:`LanguageIdentifier`)."""
    return LanguageIdentifier(languages).detect(text)
