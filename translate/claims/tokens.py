"""Tokens with offsets, and lexicon term matching over them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from translate.claims.lexicon import Lexicon, normalise_word

__all__ = ["Token", "tokenize", "match_phrase", "word_matches", "term_tokens", "phrase_index"]

_INDEX: dict[int, tuple[object, dict[str, list[str]]]] = {}


def phrase_index(phrases) -> dict[str, list[str]]:
    """Phrases of a lexicon table grouped by their last folded token (cached per table)."""
    hit = _INDEX.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        parts = term_tokens(phrase)
        if parts:
            index.setdefault(parts[-1], []).append(phrase)
    _INDEX[id(phrases)] = (phrases, index)
    return index

_GROUPED = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d]|[.,]\d)"
_PLAIN = r"\d+(?:[.,٬٫]\d+)*"
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_TOKEN = re.compile(rf"(?P<num>{_GROUPED}|{_PLAIN})|(?P<word>{_WORD})|(?P<punct>[^\w\s])")
_TOKEN_NOSPACE = re.compile(
    rf"(?P<num>(?<![\d.,])\d{{1,3}}(?:[\u00a0\u202f]\d{{3}})+(?:[.,]\d+)?(?![\d]|[.,]\d)"
    rf"|{_PLAIN})"
    rf"|(?P<word>{_WORD})|(?P<punct>[^\w\s])"
)


@dataclass(frozen=True)
class Token:
    """A number, word or punctuation character with its offsets and folded form."""

    kind: str
    text: str
    start: int
    end: int
    norm: str


def tokenize(text: str, language: str) -> list[Token]:
    """Split ``text`` into tokens; da/nb numbers may group thousands with a space.

    Args:
        text: Any string.
        language: ISO 639-1 code.

    Returns:
        Tokens in text order, whitespace dropped.
    """
    pattern = _TOKEN if language in ("da", "nb") else _TOKEN_NOSPACE
    return [Token(m.lastgroup or "punct", m.group(), m.start(), m.end(), normalise_word(m.group()))
            for m in pattern.finditer(text)]


@lru_cache(maxsize=4096)
def term_tokens(term: str) -> tuple[str, ...]:
    """Folded token sequence of a lexicon term (``"ca."`` -> ``("ca", ".")``)."""
    return tuple(normalise_word(m.group()) for m in _TOKEN_NOSPACE.finditer(term))


def _candidates(norm: str, lex: Lexicon, clitics: bool) -> list[str]:
    out = [norm]
    if clitics:
        out += [norm[len(c):] for c in lex.clitics if norm.startswith(c) and len(norm) > len(c) + 1]
    return out


def word_matches(norm: str, terms: tuple[str, ...] | frozenset[str], lex: Lexicon, *,
                 clitics: bool = True) -> bool:
    """True when a folded word equals a term (or starts with a ``*`` prefix term)."""
    for cand in _candidates(norm, lex, clitics):
        for term in terms:
            if term.endswith("*"):
                if cand.startswith(term[:-1]):
                    return True
            elif cand == term:
                return True
    return False


def match_phrase(tokens: list[Token], i: int, term: str, lex: Lexicon) -> int:
    """Length in tokens of ``term`` matched at ``tokens[i]``, or 0.

    The first word may carry an Arabic clitic; ``*`` on the last word is a prefix.
    """
    parts = term_tokens(term.rstrip("*"))
    if not parts or i + len(parts) > len(tokens):
        return 0
    prefix = term.endswith("*")
    for k, part in enumerate(parts):
        tok = tokens[i + k]
        if k and tok.start - tokens[i + k - 1].end > 3:
            return 0
        last = k == len(parts) - 1
        cands = _candidates(tok.norm, lex, k == 0)
        if not any(c == part or (last and prefix and c.startswith(part)) for c in cands):
            return 0
    return len(parts)
