"""Language codes: ISO 639-1 (used throughout the workbench) ↔ ISO 639-3 and NLLB codes."""

from __future__ import annotations

from translate.errors import UnsupportedLanguageError

__all__ = ["iso639_3", "nllb_code", "LANGUAGE_NAMES"]

LANGUAGE_NAMES = {
    "nb": "Norwegian Bokmål",
    "nn": "Norwegian Nynorsk",
    "da": "Danish",
    "sv": "Swedish",
    "ar": "Arabic",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "fa": "Persian",
    "ru": "Russian",
    "tr": "Turkish",
}
_ISO3 = {
    "nb": "nob",
    "nn": "nno",
    "da": "dan",
    "sv": "swe",
    "ar": "ara",
    "en": "eng",
    "de": "deu",
    "fr": "fra",
    "es": "spa",
    "fa": "pes",
    "ru": "rus",
    "tr": "tur",
}
_NLLB = {
    "nb": "nob_Latn",
    "nn": "nno_Latn",
    "da": "dan_Latn",
    "sv": "swe_Latn",
    "ar": "arb_Arab",
    "en": "eng_Latn",
    "de": "deu_Latn",
    "fr": "fra_Latn",
    "es": "spa_Latn",
    "fa": "pes_Arab",
    "ru": "rus_Cyrl",
    "tr": "tur_Latn",
}


def iso639_3(code: str) -> str:
    """ISO 639-3 code of an ISO 639-1 code (``"nb"`` → ``"nob"``); unknown codes pass through."""
    return _ISO3.get(code, code)


def nllb_code(code: str) -> str:
    """NLLB-200 / FLORES-200 code (``"da"`` → ``"dan_Latn"``).

    Raises:
        UnsupportedLanguageError: No NLLB code is known for ``code``.
    """
    if "_" in code:
        return code
    try:
        return _NLLB[code]
    except KeyError:
        raise UnsupportedLanguageError(
            f"no NLLB code known for language '{code}'; known: {', '.join(sorted(_NLLB))} "
            "(or pass an NLLB code such as 'dan_Latn' directly)"
        ) from None
