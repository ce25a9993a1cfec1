"""Sentence segmentation with character offsets into the raw text.

The maintained segmenter `sentencex` does the splitting inside each kept block (a block
never crosses a line break, so headlines without a final full stop stay sentences of
their own). A thin layer of fixes repairs its known failure cases:

* ``merge_lowercase_start``: a piece that starts with a lower-case letter continues the
  previous sentence ("3. januar" in nb/da ordinal dates; "the United States. troops";
  "US. embassies").
* ``merge_punctuation_only``: a piece with no letters or digits ("." or "«,") is glued to
  the previous sentence rather than standing alone.
* ``split_before_number``: sentencex does not split "… gruppen. 25 militante blev dræbt";
  a full stop after a lower-case word of four or more letters, then a space and a digit,
  ends a sentence (abbreviations such as "kl. 14" or "ca. 25" are shorter).
* ``merge_closing_quote``: a piece that starts with a closing quote or a comma after a
  quote (``«, skriver Trump``) belongs to the previous sentence.

Arabic: sentencex already keeps the Arabic comma ``،`` inside sentences and splits on
``؟`` and on a full stop after Arabic text; tests on the seeds guard that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.corpus.document import Sentence

__all__ = ["segment_blocks", "split_text", "DEFAULT_FIXES"]

Piece = tuple[int, int]
Fix = Callable[[str, Piece, Piece], bool]
"""A fix gets (raw, previous piece, piece) and returns True to merge the piece into the
previous one."""

_SEGMENTER_LANG = {"nb": "no", "nn": "nn", "no": "no"}
_CLOSERS = "«»”’\"')]"


def merge_lowercase_start(raw: str, prev: Piece, piece: Piece) -> bool:
    first = raw[piece[0]]
    return first.isalpha() and first.islower() and first.isascii() or first in "æøåäöü"


def merge_punctuation_only(raw: str, prev: Piece, piece: Piece) -> bool:
    return not any(ch.isalnum() for ch in raw[piece[0] : piece[1]])


def merge_closing_quote(raw: str, prev: Piece, piece: Piece) -> bool:
    text = raw[piece[0] : piece[1]]
    return text[0] in ",;:" or (text[0] in _CLOSERS and len(text) > 1 and text[1] in ",;: ")


_SPLIT_BEFORE_NUMBER = re.compile(r"(?<=[a-zæøåäöüé]{4}[.!?])\s+(?=\d)")


def split_before_number(raw: str, piece: Piece) -> list[Piece]:
    """Split a piece at ". 25 …" boundaries that sentencex misses (see module docs)."""
    out: list[Piece] = []
    start = piece[0]
    for m in _SPLIT_BEFORE_NUMBER.finditer(raw, piece[0], piece[1]):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, piece[1]))
    return out


DEFAULT_FIXES: tuple[Fix, ...] = (
    merge_punctuation_only,
    merge_closing_quote,
    merge_lowercase_start,
)


def _strip(raw: str, start: int, end: int) -> Piece:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def split_text(
    raw: str, start: int, end: int, language: str, *, fixes: Sequence[Fix] = DEFAULT_FIXES
) -> list[Piece]:
    """Split ``raw[start:end]`` into sentence spans (absolute offsets, whitespace-stripped).

    Args:
        raw: The whole raw text.
        start: Start of the block to split.
        end: End of the block to split.
        language: ISO 639-1 code of the block's language.
        fixes: Merge rules applied to consecutive pieces (see module docs).
    """
    import sentencex  # late import: keeps `import translate` light

    text = raw[start:end]
    lang = _SEGMENTER_LANG.get(language, language or "en")
    pieces: list[Piece] = []
    for b in sentencex.get_sentence_boundaries(lang, text):
        bs, be = _strip(raw, start + b["start_index"], start + b["end_index"])
        if be <= bs:
            continue
        for s, e in split_before_number(raw, (bs, be)):
            if pieces and any(fix(raw, pieces[-1], (s, e)) for fix in fixes):
                pieces[-1] = (pieces[-1][0], e)
            else:
                pieces.append((s, e))
    return pieces


def segment_blocks(
    raw: str,
    blocks: Sequence[Piece],
    *,
    doc: str,
    language: str,
    fixes: Sequence[Fix] = DEFAULT_FIXES,
    languages: Sequence[str] | None = None,
) -> list[Sentence]:
    """Segment each kept block of a document into :class:`Sentence` objects.

    Every returned sentence satisfies ``raw[s.start:s.end] == s.text``; indices run from 0.

    Args:
        raw: The document's raw text.
        blocks: Kept blocks (spans into ``raw``).
        doc: Document id.
        language: The document's language.
        fixes: Merge rules (see module docs).
        languages: Per block, its language when a document mixes languages (default:
            ``language`` for every block); segmentation rules and
            :attr:`Sentence.language` follow it.
    """
    if languages is not None and len(languages) != len(blocks):
        raise ValueError(f"{len(languages)} languages for {len(blocks)} blocks")
    sentences: list[Sentence] = []
    for n, (bstart, bend) in enumerate(blocks):
        lang = languages[n] if languages is not None else language
        for s, e in split_text(raw, bstart, bend, lang, fixes=fixes):
            sentences.append(Sentence(doc, len(sentences), s, e, raw[s:e], lang))
    return sentences
