"""Counts that belong together: ranges, parts of a whole and the two ends of a change.

"mellom 20 og 30 personer", "Three of the five suspects", "250 of the 1,100 homes",
"nedjusteret fra 86 til 68" (86 is ``from``, 68 the ``target``), "خفض عدد القوات ... إلى
2500" (the counted noun before the target).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate.claims.clause import ARTICLE_WORDS as _ARTICLE_WORDS
from translate.claims.clause import CONJUNCTIONS as _CONJUNCTIONS
from translate.claims.lexicon import Lexicon
from translate.claims.nounphrase import OF_WORDS
from translate.claims.quantities import Found
from translate.claims.tokens import Token
from translate.claims.window import BREAK, VERB_WINDOW

if TYPE_CHECKING:
    from translate.claims.sentence import SentenceClaim

__all__ = ["whole_of", "change_role", "category_before", "resolve_pairs"]


_PAIR_GAP = 5  # tokens between the two numbers of "from X to Y"


_RANGE_BEFORE = frozenset({"between", "mellom", "mellem", "بين"})


_RANGE_TO = frozenset({"to", "til", "الى"})


def whole_of(tokens: list[Token], found: list[Found], n: int, j: int, lex: Lexicon
             ) -> int | None:
    """Index of the count M in "N of (the) M ...", "N ud af M", else ``None``."""
    if n + 1 >= len(found) or found[n + 1].quantity.kind != "count":
        return None
    k = j
    first = found[n].first
    between = first > 0 and tokens[first - 1].norm in _RANGE_BEFORE
    if k < len(tokens) and (tokens[k].text in ("-", "–") or tokens[k].norm in _RANGE_TO or (
            between and tokens[k].norm in _CONJUNCTIONS)):
        # a range: "mellom 20 og 30 personer", "20-30 people", "12 to 17 people"
        return n + 1 if found[n + 1].first == k + 1 else None
    if k < len(tokens) and tokens[k].norm in ("out", "ud", "ut"):
        k += 1
    if k >= len(tokens) or tokens[k].norm not in OF_WORDS.get(lex.language, ()):
        return None
    k += 1
    if k < len(tokens) and tokens[k].norm in _ARTICLE_WORDS:
        k += 1
    return n + 1 if found[n + 1].first == k else None


def change_role(tokens: list[Token], found: list[Found], n: int, first_tok: int, before: str,
          change: str | None, lex: Lexicon) -> str | None:
    """``from``/``target`` for the ends of "from X to Y" or "reduce ... to Y", else None."""
    f = found[n]
    if before in lex.from_words:
        if change in ("reduce", "increase"):
            return "from"
        nxt = found[n + 1] if n + 1 < len(found) else None
        if nxt is not None and nxt.first - f.last <= _PAIR_GAP and any(
                tokens[k].norm in lex.to_words for k in range(f.last, nxt.first)):
            return "from"
    if before in lex.to_words:
        if change in ("reduce", "increase"):
            return "target"
        prev = found[n - 1] if n > 0 else None
        if prev is not None and first_tok - prev.last <= _PAIR_GAP and prev.first > 0 and (
                tokens[prev.first - 1].norm in lex.from_words):
            return "target"
    return None


def category_before(tokens: list[Token], first: int, cat_look) -> str | None:
    """A category noun earlier in the clause ("خفض عدد القوات ... إلى 2500")."""
    for k in range(first - 1, max(-1, first - 1 - 3 * VERB_WINDOW), -1):
        if tokens[k].text in BREAK:
            break
        if tokens[k].kind == "word":
            category = cat_look(tokens[k].norm)
            if category:
                return category
    return None


def resolve_pairs(claims: list[SentenceClaim]) -> None:
    """Give the two ends of a change the same category (the one that has it)."""
    for a, b in zip(claims, claims[1:]):
        if a.role == "from" and b.role == "target":
            if a.category == "_pending" or (a.noun is None and b.noun is not None):
                a.category, a.source = b.category, b.source
