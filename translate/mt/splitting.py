"""Split a sentence that is longer than a model can take, never truncating it.

The text is cut at clause boundaries (``;``, ``:``, ``,``, dashes, the Arabic comma ``،``)
into the fewest pieces that each fit; a piece with no clause boundary that still does not
fit is cut between words. Pieces cover the text exactly: ``"".join(pieces) == text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["split_to_fit"]

_CLAUSE = re.compile(r"(?<=[;:,،؛–—])\s+|\s+(?=[–—-]\s)")
_WORD = re.compile(r"(?<=\S)\s+")


def _cut(text: str, pattern: re.Pattern[str]) -> list[str]:
    pieces, pos = [], 0
    for m in pattern.finditer(text):
        pieces.append(text[pos : m.end()])
        pos = m.end()
    pieces.append(text[pos:])
    return [p for p in pieces if p]


def _pack(parts: list[str], fits: Callable[[str], bool]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and fits(out[-1] + part):
            out[-1] += part
        else:
            out.append(part)
    return out


def split_to_fit(text: str, fits: Callable[[str], bool]) -> tuple[list[str], bool]:
    """Split ``text`` into pieces for which ``fits(piece)`` holds.

    Args:
        text: The sentence.
        fits: Whether a piece fits the model (e.g. token count within its limit).

    Returns:
        ``(pieces, clean)``: the pieces, which concatenate back to ``text``, and whether
        every cut fell on a clause boundary (``False`` when words had to be cut apart or a
        single word still does not fit).
    """
    if fits(text):
        return [text], True
    clean = True
    pieces: list[str] = []
    for clause in _pack(_cut(text, _CLAUSE), fits):
        if fits(clause):
            pieces.append(clause)
            continue
        clean = False
        for word_group in _pack(_cut(clause, _WORD), fits):
            pieces.append(word_group)
    return pieces, clean
