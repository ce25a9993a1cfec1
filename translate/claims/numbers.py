"""Locale-aware digit numbers: parse ``"3.000"``/``"2,5"``/``"٣٬٠٠٠"`` and format them back.

=========  ============  ================  =======================================
language   decimal       thousands         notes
=========  ============  ================  =======================================
en         ``.``         ``,``             ``3,000`` = 3000, ``2.5`` = 2.5
da         ``,``         ``.`` / space     ``3.000`` = 3000, ``2,5`` = 2.5
nb         ``,``         space / ``.``     ``3 000`` = ``3.000`` = 3000
ar         ``٫`` / ``.`` ``٬`` / ``,``     Arabic-Indic digits ``٠``–``٩`` accepted
=========  ============  ================  =======================================

In every language a group of three digits may also be separated by NBSP, NNBSP, thin
space (U+2009), figure space (U+2007), an apostrophe (``3'000``) or the Arabic comma.

A string that is invalid in the language's own convention is read in the other
convention ("2.4" in Danish text is the decimal 2.4, as in "2.4Ghz"; "2,5" in English MT
output is 2.5). A string with several separators that fits neither (the MT failure
"2,200,12") is read as its bare digits, so it will not equal the source value.
"""

from __future__ import annotations

import re

__all__ = ["parse_number", "format_number", "to_ascii_digits"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Group marks that are always thousands separators: NBSP, NNBSP, thin space, figure
#: space, apostrophes ("3'000") and the Arabic comma; all read as a space.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                         "'": " ", "’": " ", "،": " "})
_SEP = re.compile(r"[.,٬٫ ]")

#: language -> (decimal mark, thousands mark) used by :func:`format_number`.
_FORMAT: dict[str, tuple[str, str]] = {
    "en": (".", ","), "da": (",", "."), "nb": (",", "\u00a0"), "ar": ("٫", "٬"),
}
#: language -> (decimal marks, group marks) when parsing ASCII separators.
_PARSE: dict[str, tuple[str, str]] = {
    "en": (".", ", "), "ar": (".", ", "), "da": (",", ". "), "nb": (",", ". "),
}


def to_ascii_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits to ASCII, keeping the string length."""
    return text.translate(_DIGITS)


def _read(parts: list[str], seps: list[str], decimal: str, group: str) -> float | None:
    """Read digit groups under one convention, or ``None`` when they do not fit it."""
    if any(s not in decimal + group for s in seps):
        return None
    dec_at = [i for i, s in enumerate(seps) if s in decimal]
    if len(dec_at) > 1 or (dec_at and dec_at[0] != len(seps) - 1):
        return None
    n_int = len(parts) - (1 if dec_at else 0)
    int_parts = parts[:n_int]
    if n_int > 1 and (len(int_parts[0]) > 3 or any(len(p) != 3 for p in int_parts[1:])):
        return None
    whole = "".join(int_parts)
    if dec_at:
        return float(f"{whole}.{parts[-1]}")
    return float(whole)


def parse_number(text: str, language: str) -> float | None:
    """Parse a digit number written in the convention of ``language``.

    Args:
        text: The digits with their separators, e.g. ``"14.000"``, ``"2,5"``, ``"٢٥٠٠"``.
        language: ``en``, ``da``, ``nb`` or ``ar`` (others are read like ``en``).

    Returns:
        The value, or ``None`` when ``text`` holds no digit.

    Example:
        >>> parse_number("3.000", "nb"), parse_number("3,000", "en"), parse_number("2,5", "da")
        (3000.0, 3000.0, 2.5)
    """
    s = to_ascii_digits(text).translate(_SPACES).strip()
    if "٫" in s or "٬" in s:
        s = s.replace("٬", ",").replace("٫", ".")
        decimal, group = ".", ", "
    else:
        decimal, group = _PARSE.get(language, _PARSE["en"])
    parts = _SEP.split(s)
    seps = _SEP.findall(s)
    if not all(p.isdigit() for p in parts):
        digits = "".join(ch for ch in s if ch.isdigit())
        return float(digits) if digits else None
    if not seps:
        return float(s)
    value = _read(parts, seps, decimal, group)
    if value is None:  # foreign convention ("2.4" in Danish, "2,5" in English)
        value = _read(parts, seps, group.replace(" ", ""), decimal + " ")
    if value is None and len(seps) == 1:
        value = float(f"{parts[0]}.{parts[1]}")
    if value is None:  # garbled ("2,200,12"): bare digits, will not match the source
        value = float("".join(parts))
    return value


def format_number(value: float, language: str, *, decimals: int = 6,
                  latin_digits: bool = False) -> str:
    """Format a number the way ``language`` writes it.

    Args:
        value: The number.
        language: ``en``, ``da``, ``nb`` or ``ar``.
        decimals: Maximum number of decimals (trailing zeros dropped).
        latin_digits: For ``ar``, write ASCII digits instead of Arabic-Indic ones.

    Returns:
        E.g. ``"3,000"`` (en), ``"3.000"`` (da), ``"3\u00a0000"`` (nb), ``"٣٬٠٠٠"`` (ar).
    """
    dec, grp = _FORMAT.get(language, _FORMAT["en"])
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{decimals}f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    out = whole.replace(",", grp) + (dec + frac if frac else "")
    if language == "ar" and not latin_digits:
        out = out.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return sign + out
