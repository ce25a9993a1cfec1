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

__all__ = ["whole_of", "change_role", "category_before", "earlier_figure",
           "figure_noun_before", "resolve_pairs"]


_PAIR_GAP = 5  # tokens between the two numbers of "from X to Y"


_RANGE_BEFORE = frozenset({"between", "mellom", "mellem", "بين"})


_RANGE_TO = frozenset({"to", "til", "الى"})


#: Particles of a change before "from" (closed class): "up from 64", "ned fra 79", "op fra".
#: "up/down from N" states N as the earlier value even without a change verb.
_UP_DOWN = frozenset({"up", "down", "opp", "op", "ned"})


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
    if k < len(tokens) and (tokens[k].norm in _ARTICLE_WORDS or _possessive(tokens[k])):
        k += 1  # "250 of the 1,100 homes", "371 of Boeing's 737 Max jets"
    return n + 1 if found[n + 1].first == k else None


def _possessive(tok: Token) -> bool:
    """An English possessive name ("Boeing's"), a determiner of the whole after "of"."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.norm.endswith(("'s", "’s"))


#: Words that mark a figure as the earlier one of a revision (closed class): "the earlier
#: figure of 359", "had earlier given a figure of 368", "et tidligere tal på 86", "الحصيلة
#: السابقة".
_EARLIER: dict[str, frozenset[str]] = {
    "en": frozenset({"earlier", "previous", "previously", "original", "originally", "initial",
                     "initially", "former", "prior"}),
    "da": frozenset({"tidligere", "oprindelige", "oprindeligt", "første"}),
    "nb": frozenset({"tidligere", "opprinnelige", "opprinnelig", "første"}),
    "ar": frozenset({"السابقه", "السابق", "سابقا", "الاوليه", "الاولي"}),
}
#: Nouns of a stated figure (closed class): "a figure of 368", "et tal på 86".
_FIGURE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"figure", "toll", "estimate", "count", "tally", "number", "total"}),
    "da": frozenset({"tal", "tallet", "dødstal", "dødstallet", "skøn", "opgørelse", "antal"}),
    "nb": frozenset({"tall", "tallet", "dødstall", "dødstallet", "anslag", "antall"}),
    "ar": frozenset({"حصيله", "الحصيله", "رقم", "الرقم", "عدد"}),
}
_FIGURE_OF = {"en": ("of",), "da": ("på", "af"), "nb": ("på", "av"), "ar": ()}
_EARLIER_REACH = 3  # tokens between the "earlier" word and the figure noun


def earlier_figure(tokens: list[Token], first_tok: int, lang: str) -> bool:
    """The count is the earlier value of a revision stated by an "earlier" word at its
    figure noun: "the earlier figure of 359", "had earlier given a figure of 368", "et
    tidligere tal på 86"; Arabic puts the adjective after the noun ("الحصيلة السابقة
    359")."""
    earlier = _EARLIER.get(lang, frozenset())
    k = first_tok - 1
    if k >= 0 and tokens[k].norm in _FIGURE_OF.get(lang, ()):
        k -= 1
    if lang == "ar" and k >= 1 and tokens[k].norm in earlier:
        return tokens[k - 1].norm in _FIGURE_NOUNS["ar"]
    if k < 0 or tokens[k].norm not in _FIGURE_NOUNS.get(lang, frozenset()):
        return False
    return any(tokens[m].norm in earlier for m in range(max(0, k - _EARLIER_REACH), k))


_FIGURE_HEADS = ("tal", "tallet", "tall", "antal", "antallet", "antall")


def figure_noun_before(tokens: list[Token], first: int, lang: str) -> bool:
    """A noun naming a number ("tally", "number", "antal"; a Danish/Norwegian compound with
    such a head: "mandattal", "medlemstall") earlier in the clause of ``tokens[first]``."""
    nouns = _FIGURE_NOUNS.get(lang, frozenset())
    for k in range(first - 1, max(-1, first - 1 - 3 * VERB_WINDOW), -1):
        if tokens[k].text in BREAK:
            break
        norm = tokens[k].norm
        if norm in nouns or (lang in ("da", "nb") and len(norm) >= 6 and norm.endswith(
                _FIGURE_HEADS)):
            return True
    return False


def change_role(tokens: list[Token], found: list[Found], n: int, first_tok: int, before: str,
          change: str | None, lex: Lexicon) -> str | None:
    """``from``/``target`` for the ends of "from X to Y" or "reduce ... to Y", ``from`` for
    an earlier figure ("the earlier figure of 359"), else None."""
    f = found[n]
    if earlier_figure(tokens, first_tok, lex.language):
        return "from"
    if before in lex.from_words:
        if change in ("reduce", "increase") or (
                first_tok > 1 and tokens[first_tok - 2].norm in _UP_DOWN):
            return "from"  # "rose to 109, up from 64": the earlier value of a change
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


def category_before(tokens: list[Token], first: int, cat_look,
                    modifier=None) -> str | None:
    """A category noun earlier in the clause ("خفض عدد القوات ... إلى 2500"); with
    ``modifier(k)``, a noun that only modifies the next one is skipped (English "after the
    missile attack": an attack is counted by nothing)."""
    for k in range(first - 1, max(-1, first - 1 - 3 * VERB_WINDOW), -1):
        if tokens[k].text in BREAK:
            break
        if tokens[k].kind == "word":
            category = cat_look(tokens[k].norm)
            if category and not (modifier is not None and modifier(k)):
                return category
    return None


def resolve_pairs(claims: list[SentenceClaim]) -> None:
    """Give the two ends of a change the same category, and keep ``target`` for ends of a
    stated pair.

    An end without a counted noun counts what the other end counts ("from 3,000 to 2,500
    soldiers"; "has risen to 109, up from 64": the earlier value after the later one). A
    ``target`` with no ``from`` in its sentence ("the toll has risen to 135") is the level
    reached, not one end of a stated revision: its role is dropped and its direction stays
    ``target`` (a level, never an addition)."""
    targets = [c for c in claims if c.role == "target"]
    froms = [c for c in claims if c.role == "from"]
    for a in froms:
        if not targets:
            break
        b = min(targets, key=lambda t: abs(t.first - a.first))
        if a.category == "_pending" or (a.noun is None and b.category != "_pending"):
            a.category, a.source = b.category, b.source
    if not froms:
        for c in targets:
            c.role = None
