"""Invisible characters: read text without them, keep offsets exact into the raw text.

Scraped articles carry characters a reader never sees: NUL bytes, soft hyphens (U+00AD)
left by hyphenation, zero-width spaces and joiners, byte-order marks, direction marks. Inside
a word they cut it in two for any tokenizer ("mili\\u00adtante" reads as "mili" + "tante",
"2\\u00ad500" as "2" and "500"), so a claim silently vanishes.

Nothing is removed from :attr:`Document.raw`. :func:`reading_text` returns the text without
those characters plus, for every character of it, its offset in the original, so anything
found in the reading text maps back to exact raw offsets (the same contract as cleaning:
spans into the raw text, never an edited copy).

Which characters: Unicode's control (``Cc``, except tab, line feed and carriage return) and
format (``Cf``) categories: the mechanism, not a hand list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ReadingText", "is_invisible", "reading_text"]

_KEEP = frozenset("\t\n\r")


def is_invisible(ch: str) -> bool:
    """Whether ``ch`` is a control or format character a reader does not see."""
    return ch not in _KEEP and unicodedata.category(ch) in ("Cc", "Cf")


#: Planes that hold control and format characters (checked by a test against all of them):
#: the BMP, plane 1 (Egyptian, musical and shorthand format controls) and plane 14 (tags).
_PLANES = (range(0, 0x20000), range(0xE0000, 0xE1000))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    chars = "".join(re.escape(chr(c)) for plane in _PLANES for c in plane if is_invisible(chr(c)))
    return re.compile(f"[{chars}]")


@dataclass(frozen=True)
class ReadingText:
    """A text without its invisible characters, with offsets back into the original.

    Attributes:
        text: The text to read (tokenize, extract claims from).
        offsets: ``offsets[i]`` is the original offset of ``text[i]``; one more entry
            maps ``len(text)`` to the original length. Empty when nothing was removed
            (the offsets are then the identity).
        removed: Original offsets of the characters left out.
    """

    text: str
    offsets: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def to_raw(self, index: int) -> int:
        """Original offset of position ``index`` of :attr:`text` (``0..len(text)``)."""
        return self.offsets[index] if self.offsets else index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of ``text[start:end]``: the span covers the same
        visible characters and any invisible ones between them."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1


def reading_text(text: str) -> ReadingText:
    """``text`` without control and format characters, with offsets into ``text``.

    Example:
        >>> r = reading_text("25 mili\\u00adtante")
        >>> r.text, r.span(3, 12)
        ('25 militante', (3, 13))
    """
    removed = [m.start() for m in _pattern().finditer(text)]
    if not removed:
        return ReadingText(text)
    gone = set(removed)
    offsets = [i for i in range(len(text)) if i not in gone]
    offsets.append(len(text))
    return ReadingText("".join(text[i] for i in offsets[:-1]), tuple(offsets), tuple(removed))
