"""Tokens with offsets, and lexicon term matching over them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from translate.claims.lexicon import Lexicon, normalise_word

__all__ = ["Token", "tokenize", "match_phrase", "word_matches", "compound_head_matches",
           "term_tokens", "phrase_index", "first_index", "longest_at", "ordinal_dot"]

_INDEX: dict[int, tuple[object, dict[str, list[str]]]] = {}
_FIRST: dict[int, tuple[object, dict[str, list[str]], tuple[str, ...]]] = {}


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

#: Group separators that never separate two numbers: NBSP, NNBSP, thin and figure space,
#: apostrophe (Swiss "3'000"), Arabic thousands separator and Arabic comma.
_NARROW = "\u00a0\u202f\u2009\u2007'’٬،"
_GROUPED = (rf"(?<![\d.,])\d{{1,3}}(?:[ {_NARROW}]\d{{3}})+(?:[.,٫]\d+)?(?![\d]|[.,]\d)")
_GROUPED_NARROW = (rf"(?<![\d.,])\d{{1,3}}(?:[{_NARROW}]\d{{3}})+(?:[.,٫]\d+)?"
                   rf"(?![\d]|[.,]\d)")
_PLAIN = r"\d+(?:[.,٬٫]\d+)*"
#: Letters, with Arabic tashkeel/tanween (combining marks, not ``\w``) kept in the word.
_WORD = r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670])*(?:['’][^\W\d_]+)*"
_TOKEN = re.compile(rf"(?P<num>{_GROUPED}|{_PLAIN})|(?P<word>{_WORD})|(?P<punct>[^\w\s])")
_TOKEN_NOSPACE = re.compile(
    rf"(?P<num>{_GROUPED_NARROW}|{_PLAIN})|(?P<word>{_WORD})|(?P<punct>[^\w\s])"
)


def first_index(phrases) -> tuple[dict[str, list[str]], tuple[str, ...]]:
    """Phrases grouped by their first folded token, and the ``*``-prefix phrases (cached).

    Lets :func:`longest_at` try only the few phrases that can start at a token instead of
    the whole table, which keeps scanning linear in the text with a constant small factor.
    """
    hit = _FIRST.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1], hit[2]
    index: dict[str, list[str]] = {}
    prefixed: list[str] = []
    for phrase in phrases:
        parts = term_tokens(phrase.rstrip("*"))
        if not parts:
            continue
        if phrase.endswith("*") and len(parts) == 1:
            prefixed.append(phrase)
        else:
            index.setdefault(parts[0], []).append(phrase)
    _FIRST[id(phrases)] = (phrases, index, tuple(prefixed))
    return index, tuple(prefixed)


def longest_at(tokens: list[Token], i: int, phrases, lex: Lexicon) -> tuple[int, str]:
    """Longest phrase of ``phrases`` matched at ``tokens[i]``: ``(n_tokens, phrase)``."""
    if i >= len(tokens):
        return 0, ""
    index, prefixed = first_index(phrases)
    cands = list(index.get(tokens[i].norm, ()))
    if lex.clitics:
        for cand in _candidates(tokens[i].norm, lex, True)[1:]:
            cands += index.get(cand, ())
    best = (0, "")
    for phrase in (*cands, *prefixed):
        n = match_phrase(tokens, i, phrase, lex)
        if n > best[0]:
            best = (n, phrase)
    return best


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
    pattern = _TOKEN  # "10 000" is one number in every language (SI style, nb/da)
    return [Token(m.lastgroup or "punct", m.group(), m.start(), m.end(), normalise_word(m.group()))
            for m in pattern.finditer(text)]


@lru_cache(maxsize=4096)
def term_tokens(term: str) -> tuple[str, ...]:
    """Folded token sequence of a lexicon term (``"ca."`` -> ``("ca", ".")``)."""
    return tuple(normalise_word(m.group()) for m in _TOKEN_NOSPACE.finditer(term))


def _candidates(norm: str, lex: Lexicon, clitics: bool) -> tuple[str, ...]:
    if not clitics or not lex.clitics:
        return (norm,)
    return _stripped(norm, lex.clitics)


@lru_cache(maxsize=65536)
def _stripped(norm: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    """The word and the word without each prefix clitic it starts with (cached)."""
    return (norm, *(norm[len(c):] for c in clitics
                    if norm.startswith(c) and len(norm) > len(c) + 1))


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


#: Shortest head and first part of a Danish/Norwegian compound ("politi|betjente").
_MIN_HEAD, _MIN_PART = 4, 3
#: Letters a ``*`` term may take after its stem as the head of a compound ("kamp|droner").
_MAX_ENDING = 3


def compound_head_matches(norm: str, terms: tuple[str, ...] | frozenset[str], lex: Lexicon
                          ) -> str | None:
    """The head of a Danish/Norwegian compound that is one of ``terms``, else ``None``.

    Scandinavian nouns compound freely ("politibetjente", "uddannelsesembedsmænd",
    "redningsarbeidere"): the last part decides what is counted. The longest suffix of at
    least four letters (after a first part of at least three) equal to a term, or to a ``*``
    term's stem plus at most three letters of ending, is the head.

    Example:
        >>> from translate.claims.lexicon import get_lexicon
        >>> compound_head_matches("uddannelsesembedsmænd", ("mænd",), get_lexicon("da"))
        'mænd'
    """
    if lex.language not in ("da", "nb") or len(norm) < _MIN_HEAD + _MIN_PART:
        return None
    for k in range(_MIN_PART, len(norm) - _MIN_HEAD + 1):
        head = norm[k:]
        for term in terms:
            if term.endswith("*"):
                stem = term[:-1]
                if len(stem) >= _MIN_HEAD and head.startswith(stem) and \
                        len(head) - len(stem) <= _MAX_ENDING:
                    return head
            elif head == term and len(term) >= _MIN_HEAD and " " not in term:
                return head
    return None


def ordinal_dot(tokens: list[Token], k: int) -> bool:
    """The "." at ``tokens[k]`` is a Danish/Norwegian ordinal's dot inside a sentence
    ("siden 25. august", "den 4. juli"): glued to digits, a lower-case word after it."""
    return tokens[k].text == "." and 0 < k < len(tokens) - 1 and (
        tokens[k - 1].end == tokens[k].start and tokens[k - 1].text.isdigit()
        and tokens[k + 1].kind == "word" and tokens[k + 1].text[:1].islower())
