"""Claims: counted quantities about troops, casualties, vehicles, people, rockets.

A claim is a ``count`` quantity (years, dates, times, ages, ordinals and list numbers are
never claims) that is tied to a category by a noun right after it ("3.000 ekstra
soldater", "30 مركبة مدرعة"), by a casualty verb next to it ("25 militante blev dræbt",
"killed Soleimani and nine others"), or, for the endpoints of a change ("drop from 3,000
to 2,500", "خفض عدد القوات ... إلى 2500"), by a category noun before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from translate.claims.lexicon import Lexicon, get_lexicon
from translate.claims.quantities import Found, scan
from translate.claims.tokens import Token, word_matches
from translate.claims.types import Claim, Quantity

__all__ = ["extract_claims", "sentence_claims", "SentenceClaim"]

_NOUN_WINDOW = 4  # words after the number where the counted noun may stand
_VERB_WINDOW = 8  # tokens around the number searched for casualty and direction verbs
_BREAK = frozenset(".;:!?،؛()\"“”«»")


class SentenceClaim:
    """A claim found in one sentence, before document offsets and ids are attached."""

    __slots__ = ("quantity", "category", "direction", "change", "start", "end")

    def __init__(self, quantity: Quantity, category: str, direction: str | None,
                 change: str | None, start: int, end: int) -> None:
        self.quantity, self.category = quantity, category
        self.direction, self.change = direction, change
        self.start, self.end = start, end


def _category_of(norm: str, lex: Lexicon) -> str | None:
    for category, terms in lex.categories.items():
        if word_matches(norm, terms, lex):
            return category
    return None


def _noun_after(tokens: list[Token], j: int, stop: int, lex: Lexicon) -> tuple[str, int] | None:
    """First category noun in the few words after the number; (category, end offset)."""
    for k in range(j, min(stop, j + _NOUN_WINDOW)):
        tok = tokens[k]
        if tok.kind != "word":
            if tok.text in _BREAK or tok.kind == "num":
                return None
            continue
        category = _category_of(tok.norm, lex)
        if category:
            end = tok.end
            while k + 1 < stop and tokens[k + 1].kind == "word" and _category_of(
                    tokens[k + 1].norm, lex) == category:
                k += 1
                end = tokens[k].end
            return category, end
    return None


def _nearest(tokens: list[Token], f: Found, lo: int, hi: int, table: Mapping[str, tuple[str, ...]],
             lex: Lexicon, *, after_only: int | None = None) -> tuple[str | None, int]:
    """Nearest table term to the quantity within [lo, hi): (class, distance); ties go after."""
    best: tuple[int, int, str | None] = (10**6, 1, None)
    for k in range(lo, hi):
        if f.first <= k < f.last or tokens[k].kind != "word":
            continue
        dist = k - f.last + 1 if k >= f.last else f.first - k
        if after_only is not None and (k < f.last or dist > after_only):
            continue
        for name, terms in table.items():
            if word_matches(tokens[k].norm, terms, lex):
                key = (dist, 0 if k >= f.last else 1, name)
                if key < best:
                    best = key
    return best[2], best[0]


def _clause(tokens: list[Token], found: list[Found], n: int) -> tuple[int, int]:
    """Token window around quantity n, not crossing neighbouring counts or strong punctuation."""
    f = found[n]
    lo = max(0, f.first - _VERB_WINDOW)
    hi = min(len(tokens), f.last + _VERB_WINDOW)
    if n > 0:
        lo = max(lo, found[n - 1].last)
    if n + 1 < len(found):
        hi = min(hi, found[n + 1].first)
    for k in range(f.first - 1, lo - 1, -1):
        if tokens[k].text in _BREAK:
            lo = k + 1
            break
    for k in range(f.last, hi):
        if tokens[k].text in _BREAK:
            hi = k
            break
    return lo, hi


def sentence_claims(text: str, language: str, *, lexicon: Lexicon | None = None
                    ) -> list[SentenceClaim]:
    """Claims of one sentence, with offsets relative to ``text``.

    Args:
        text: The sentence.
        language: ``en``, ``da``, ``nb`` or ``ar``.
        lexicon: Lexicon to use instead of the built-in one (e.g. with extra categories).

    Returns:
        One :class:`SentenceClaim` per claimed quantity, in text order.
    """
    lex = lexicon or get_lexicon(language)
    tokens, found = scan(text, language, lexicon=lex)
    out: list[SentenceClaim] = []
    for n, f in enumerate(found):
        q = f.quantity
        if q.kind != "count":
            continue
        lo, hi = _clause(tokens, found, n)
        noun = _noun_after(tokens, f.last, hi, lex)
        casualty, _ = _nearest(tokens, f, lo, hi, lex.casualty, lex)
        change, _ = _nearest(tokens, f, lo, hi, lex.directions, lex)
        if change is None:  # the verb may stand further away ("sendt ... 14.000")
            change, dist = _nearest(tokens, f, 0, len(tokens), lex.directions, lex)
            change = change if dist <= 2 * _VERB_WINDOW else None
        before = tokens[f.first - 1].norm if f.first and q.hedge_start == q.start else ""
        direction = change
        if change in ("reduce", "increase") and before in lex.from_words:
            direction = "from"
        elif change in ("reduce", "increase") and before in lex.to_words:
            direction = "target"
        category = noun[0] if noun else None
        if casualty and category in (None, "people", "troops", "killed", "wounded"):
            close, _ = _nearest(tokens, f, f.last, hi, lex.casualty, lex, after_only=2)
            if category is not None or close:
                category = casualty
        if category is None and direction in ("from", "target"):
            for k in range(f.first - 1, -1, -1):
                if tokens[k].text in _BREAK:
                    break
                category = _category_of(tokens[k].norm, lex) if tokens[k].kind == "word" else None
                if category:
                    break
        if category is None:
            continue
        if category in ("killed", "wounded"):
            direction = change = None
        end = noun[1] if noun else q.end
        out.append(SentenceClaim(q, category, direction, change, q.hedge_start, end))
    return out


def _english_match(claim: SentenceClaim, english: str) -> str | None:
    """Quote of the English quantity equal in value (or overlapping when vague), if any."""
    q = claim.quantity
    best = None
    for e in sentence_claims(english, "en"):
        eq = e.quantity
        same = (q.value is not None and eq.value == q.value) or (
            q.value is None and eq.low is not None and q.low is not None
            and eq.low <= (q.high or eq.low) and q.low <= (eq.high or q.low))
        if same:
            best = english[e.start:e.end]
            if e.category == claim.category:
                return best
    return best


def extract_claims(sentences: Iterable, *, translations: Mapping[int, str] | None = None,
                   lexicons: Mapping[str, Lexicon] | None = None) -> list[Claim]:
    """Extract claims from sentences, anchored in the raw document text.

    Args:
        sentences: :class:`translate.corpus.document.Sentence` objects (``doc``, ``index``,
            ``start``, ``end``, ``text``, ``language``); offsets point into the raw text.
        translations: English text per sentence index, when a translation exists.
        lexicons: Per-language lexicons overriding the built-in ones.

    Returns:
        Claims in sentence order; ids ``"{doc}#c{n}"`` count from 1 within each document.

    Example:
        >>> from translate.corpus.document import Sentence
        >>> s = Sentence("002", 0, 0, 33, "25 militante blev dræbt i angreb.", "da")
        >>> c = extract_claims([s])[0]
        >>> (c.id, c.quote, c.value, c.category)
        ('002#c1', '25 militante', 25.0, 'killed')
    """
    translations = translations or {}
    lexicons = lexicons or {}
    counters: dict[str, int] = {}
    claims: list[Claim] = []
    for sent in sentences:
        lang = sent.language
        english = sent.text if lang == "en" else translations.get(sent.index)
        for sc in sentence_claims(sent.text, lang, lexicon=lexicons.get(lang)):
            counters[sent.doc] = counters.get(sent.doc, 0) + 1
            q = sc.quantity
            if lang == "en":
                english_quote = sent.text[sc.start:sc.end]
            else:
                english_quote = _english_match(sc, english) if english else None
            claims.append(Claim(
                id=f"{sent.doc}#c{counters[sent.doc]}", doc=sent.doc,
                quote=sent.text[sc.start:sc.end], start=sent.start + sc.start,
                end=sent.start + sc.end, value=q.value, low=q.low, high=q.high, hedge=q.hedge,
                category=sc.category, direction=sc.direction, change=sc.change,
                sentence=sent.text, sentence_index=sent.index, language=lang, english=english,
                english_quote=english_quote,
            ))
    return claims
