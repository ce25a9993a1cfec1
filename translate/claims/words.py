"""Number words: runs of words that spell a number ("twenty-five", "fem hundrede", "خمسة وعشرون").

A run is read by a small grammar over *morphemes* rather than by listing spellings:

* every word is split into number morphemes (:func:`morphemes`): plain words are one
  morpheme ("tusind"), compounds are segmented ("femogtyve" = 5 og 20, "tjueen" = 20 1,
  "ethundredetusind" = 1 100 1000, "ثلاثمائة" = 3 100), Arabic duals are two ("ألفين" =
  2 1000), an attached Arabic ``و`` is a connector;
* :class:`_Grammar` accepts the morphemes one by one and refuses anything that is not a
  well-formed number ("five six", "ti to"), so a run stops where the number stops:

  - the part below one hundred is a unit, a teen, a ten, or a ten and a unit: tens first
    in en/nb ("twenty-one", "tjueen"), unit first joined by og/و in da/ar ("enogtyve",
    "واحد وعشرون"; Arabic teens "ثلاثة عشر");
  - "hundred" multiplies what precedes it (1 to 99: "fifteen hundred"); scale words
    (thousand and up) close a group and must decrease ("two million three thousand");
  - "and"/"og"/"و" may only follow a hundred or a scale (or join a Danish/Arabic
    unit to its ten); a comma may follow a scale word ("two thousand, three hundred");
  - "و نصف" after a scale adds half of it ("مليون ونصف" = 1 500 000).

The same grammar continues a digit number ("3 hundred and 21", "1,5 millioner").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from translate.claims.lexicon import Lexicon, get_lexicon
from translate.claims.tokens import Token, longest_at

__all__ = ["word_value", "read_word_run", "compose", "morphemes"]

_AND = "and"
#: Languages writing the unit before its ten ("femogtyve", "خمسة وعشرون").
_UNIT_FIRST = frozenset({"da", "ar"})
_TENS = frozenset(range(20, 100, 10))
#: Half after a scale ("مليون ونصف", "million og en halv" is not news style).
_HALF = {"ar": ("نصف",), "da": (), "nb": (), "en": ()}
#: Fractions of a scale word: "half a million", "en halv million", "ربع مليون".
FRACTIONS: dict[str, dict[str, float]] = {
    "en": {"half": 0.5, "quarter": 0.25},
    "da": {"halv": 0.5, "halvt": 0.5, "kvart": 0.25},
    "nb": {"halv": 0.5, "halvt": 0.5, "kvart": 0.25},
    "ar": {"نصف": 0.5, "ربع": 0.25},
}
#: Arabic "one" forms used only in the teens ("أحد عشر", "إحدى عشرة"), folded.
_TEEN_ONE = frozenset({"احد", "احدي"})
_TEN = frozenset({"عشر", "عشره"})


def _split_scale(value: float) -> tuple[float, ...]:
    """A unit-table value of 100 or more is a dual/compound: 2000 -> (2, 1000)."""
    if value < 100 or value != int(value):
        return (value,)
    scale = 10 ** ((len(str(int(value))) - 1) // 3 * 3) if value >= 1000 else 100
    head = value / scale
    return (head, float(scale)) if head != 1 else (float(scale),)


@lru_cache(maxsize=16384)
def _segment(word: str, language: str) -> tuple[float | str, ...] | None:
    """Split a one-token compound into number morphemes, or ``None``.

    Dynamic programming over the word's prefixes (linear in its length times the longest
    morpheme); the split with the fewest pieces wins, and it must form a valid number.
    """
    lex = get_lexicon(language)
    pieces: dict[str, float | str] = {**{k: float(v) for k, v in lex.scales.items()
                                         if "." not in k},
                                      **{k: float(v) for k, v in lex.units.items()}}
    for c in lex.connectors:
        pieces[c] = _AND
    longest = max(len(p) for p in pieces)
    n = len(word)
    best: list[tuple[float | str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(1, n + 1):
        for start in range(max(0, end - longest), end):
            head = best[start]
            piece = pieces.get(word[start:end])
            if head is None or piece is None:
                continue
            cand = head + ((piece,) if isinstance(piece, str) else _split_scale(piece))
            known = best[end]
            if known is None or len(cand) < len(known):
                best[end] = cand
    seq = best[n]
    if seq is None or len(seq) < 2 or seq[0] == _AND or seq[-1] == _AND:
        return None
    grammar = _Grammar(language)
    if not all(grammar.feed(m) for m in seq):
        return None
    return seq


def morphemes(norm: str, lex: Lexicon, *, clitics: bool = True) -> tuple[float | str, ...]:
    """Number morphemes of one folded word (cached for the built-in lexicons); see _morphemes."""
    if lex is get_lexicon(lex.language) if lex.language in ("en", "da", "nb", "ar") else False:
        return _cached_morphemes(norm, lex.language, clitics)
    return _morphemes(norm, lex, clitics=clitics)


@lru_cache(maxsize=65536)
def _cached_morphemes(norm: str, language: str, clitics: bool) -> tuple[float | str, ...]:
    return _morphemes(norm, get_lexicon(language), clitics=clitics)


def _morphemes(norm: str, lex: Lexicon, *, clitics: bool = True) -> tuple[float | str, ...]:
    """Number morphemes of one folded word ("femogtyve" -> (5, "and", 20)), or ``()``.

    Args:
        norm: The folded word (:func:`~translate.claims.lexicon.normalise_word`).
        lex: The language's lexicon.
        clitics: Strip an Arabic prefix (و is kept as a connector, ال/ب/ل dropped).

    Returns:
        Values and ``"and"`` markers; empty when the word is not a number word.
    """
    if norm in lex.units:
        return _split_scale(float(lex.units[norm]))
    if norm in lex.scales:
        return (float(lex.scales[norm]),)
    if clitics and lex.clitics:
        for c in lex.clitics:
            rest = norm[len(c):]
            if norm.startswith(c) and len(rest) > 2:
                inner = _morphemes(rest, lex, clitics=False)
                if inner:
                    return ((_AND,) + inner) if c == "و" else inner
    if len(norm) > 4 and lex.language in ("da", "nb", "ar"):
        return _segment(norm, lex.language) or ()
    return ()


def word_value(norm: str, lex: Lexicon, *, clitics: bool = False) -> float | None:
    """Value of one folded number word, or ``None`` ("femogtyve" -> 25.0).

    With ``clitics`` an Arabic prefix (ال، و، ب، ل...) may be attached.
    """
    parts = morphemes(norm, lex, clitics=clitics)
    values = [p for p in parts if p != _AND]
    if not values:
        return None
    grammar = _Grammar(lex.language)
    for p in parts:
        if p == _AND and grammar.empty():
            continue
        if not grammar.feed(p):
            return None
    return grammar.value()


def compose(values: list[float]) -> float:
    """Combine word values left to right: ``[5, 100, 20, 5]`` -> 525, ``[3, 1000]`` -> 3000."""
    total = current = 0.0
    for v in values:
        if v >= 1000:
            total += (current or 1) * v
            current = 0.0
        elif v == 100:
            current = (current or 1) * 100
        else:
            current += v
    return total + current


@dataclass
class _Grammar:
    """Left-to-right acceptor and evaluator of number morphemes (see the module doc)."""

    language: str
    total: float = 0.0
    hund: float = 0.0
    small: float | None = None
    small_open: bool = False
    last_scale: float = float("inf")
    pending_and: bool = False
    fed: int = 0

    def copy(self) -> _Grammar:
        return _Grammar(self.language, self.total, self.hund, self.small, self.small_open,
                        self.last_scale, self.pending_and, self.fed)

    def empty(self) -> bool:
        return self.fed == 0

    def group_empty(self) -> bool:
        return self.hund == 0 and self.small is None

    def value(self) -> float:
        return self.total + self.hund + (self.small or 0.0)

    def feed(self, m: float | str) -> bool:
        """Accept one morpheme; ``False`` (state unchanged) when the number cannot go on."""
        if m == _AND:
            after_big = self.hund > 0 or self.last_scale != float("inf")
            unit_join = (self.language in _UNIT_FIRST and self.small_open
                         and self.small is not None and self.small < 10)
            if self.pending_and or not (after_big or unit_join) or self.empty():
                return False
            self.pending_and = True
            return True
        v = float(m)
        ok = self._value(v)
        if ok:
            self.pending_and = False
            self.fed += 1
        return ok

    def feed_below_1000(self, v: int) -> bool:
        """Accept a digit group below 1000 after "and" ("3 hundred and 21")."""
        if not 0 < v < 1000 or not self.group_empty() and self.small is not None:
            return False
        if v >= 100 and self.hund:
            return False
        self.hund += v // 100 * 100
        self.small = float(v % 100) if v % 100 else None
        self.small_open, self.pending_and = False, False
        self.fed += 1
        return True

    def _value(self, v: float) -> bool:
        if v < 100:
            return self._small(v)
        if v == 100:
            if self.hund or (self.pending_and and not self.group_empty()):
                return False
            if self.small is not None and not (0 < self.small < 100):
                return False
            self.hund, self.small, self.small_open = (self.small or 1.0) * 100, None, False
            return True
        if v >= self.last_scale or (self.pending_and and not self.group_empty()):
            return False
        group = self.hund + (self.small or 0.0)
        if group == 0:  # "tusind" = one thousand; "مليون وألف" = 1,001,000
            if self.total and not self.pending_and:
                return False
            group = 1.0
        self.total += group * v
        self.last_scale, self.hund, self.small, self.small_open = v, 0.0, None, False
        return True

    def _small(self, v: float) -> bool:
        unit_first = self.language in _UNIT_FIRST
        if self.small is None:
            if self.hund == 0 and self.pending_and and self.last_scale == float("inf"):
                return False
            self.small = v
            self.small_open = v in _TENS if not unit_first else 0 < v < 10
            return True
        if not self.small_open:
            return False
        if unit_first:
            teen = self.language == "ar" and v == 10 and not self.pending_and
            if (self.pending_and and v in _TENS) or teen:
                self.small += v
                self.small_open = False
                return True
            return False
        if self.small in _TENS and 0 < v < 10 and v == int(v) and not self.pending_and:
            self.small += v
            self.small_open = False
            return True
        return False


def _half(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Tokens of "و نصف"/"ونصف" at ``tokens[k]`` (0 when absent)."""
    halves = _HALF.get(lex.language, ())
    if not halves or k >= len(tokens):
        return 0
    norm = tokens[k].norm
    if norm.startswith("و") and norm[1:] in halves:
        return 1
    if norm in lex.connectors and k + 1 < len(tokens) and tokens[k + 1].norm in halves:
        return 2
    return 0


def read_word_run(tokens: list[Token], i: int, lex: Lexicon, *,
                  start: float | None = None) -> tuple[float, int] | None:
    """Read the number spelled by the words starting at ``tokens[i]``.

    Args:
        tokens: The tokens of the text.
        i: Index of the first word (or of the first word after a digit number).
        lex: The language's lexicon.
        start: A digit value already read just before ``tokens[i]`` ("3 hundred and 21");
            the run must then begin with a scale word.

    Returns:
        ``(value, n_tokens)``, or ``None`` when ``tokens[i]`` does not begin a number. A
        lone "one" word (also an article) is returned too; the caller decides whether it
        counts.
    """
    grammar = _Grammar(lex.language)
    if start is not None:
        grammar.small, grammar.small_open, grammar.fed = start, False, 1
        if start >= 100:  # "340 millioner": the digits are the whole group
            grammar.hund, grammar.small = start, None
    best: tuple[float, int] | None = None
    at_and: tuple[float, int] | None = None  # reading before an "and" after a scale word
    j = i
    hyphen = False
    while j < len(tokens):
        tok = tokens[j]
        if j > i and tok.start - tokens[j - 1].end > 2:
            break
        if tok.kind == "punct":
            joins = tok.start == tokens[j - 1].end if j > i else False
            if tok.text == "-" and joins and j + 1 < len(tokens) and \
                    tokens[j + 1].start == tok.end:
                j += 1
                hyphen = True
                continue
            if tok.text == "," and joins and grammar.group_empty() and not grammar.empty():
                j += 1  # "two thousand, three hundred"; only kept when a number follows
                continue
            break
        if tok.kind == "num":  # "3 hundred and 21": digits below 1000 after "and"
            small = _plain_int(tok.text)
            trial = grammar.copy()
            if not grammar.pending_and or small is None or not trial.feed_below_1000(small) or \
                    _next_is_scale(tokens[j + 1] if j + 1 < len(tokens) else None, lex):
                break  # "340 مليون و500 مليون" is two numbers
            grammar = trial
            j += 1
            best = (grammar.value(), j - i)
            continue
        if tok.kind != "word":
            break
        if longest_at(tokens, j, lex.percent, lex)[0]:
            break  # "بالمئة" is "percent", not "with the hundred"
        if tok.norm in lex.connectors:
            after_scale = grammar.group_empty() and grammar.last_scale != float("inf")
            if not grammar.feed(_AND):
                break
            at_and = best if after_scale else at_and
            j += 1
            continue
        parts = morphemes(tok.norm, lex, clitics=True)
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if not parts and lex.language == "ar" and nxt is not None and nxt.norm in _TEN and (
                tok.norm in _TEEN_ONE or tok.norm[1:] in _TEEN_ONE and tok.norm[0] == "و"):
            parts = (_AND, 1.0) if tok.norm[0] == "و" else (1.0,)  # "أحد عشر"
        if not parts and j == i and tok.norm in lex.one_words:
            parts = (1.0,)  # "a hundred and fifty": kept only when a scale follows
        if j > i and tok.norm in lex.one_words and not grammar.pending_and and not (
                hyphen or _next_is_scale(nxt, lex)):
            break  # "tjue-en", "en tusen en hundre": the article reading ends the run
        if not parts:
            break
        trial = grammar.copy()
        # an Arabic dual after a number is the plain scale ("ثلاثون ألفا")
        if len(parts) == 2 and parts[0] == 2.0 and not trial.group_empty():
            parts = parts[1:]
        if j == i and parts[0] == _AND:
            parts = parts[1:]
        if parts[0] == _AND and grammar.group_empty() and grammar.last_scale != float("inf"):
            at_and = best
        if not all(trial.feed(p) for p in parts):
            if at_and is not None and any(p != _AND and float(p) >= 1000 for p in parts):
                best = at_and  # "مليوني وثلاثة ملايين": two numbers, not 2,000,003
            break
        if any(p != _AND and float(p) >= 1000 for p in parts):
            at_and = None
        grammar = trial
        j += 1
        hyphen = False
        best = (grammar.value(), j - i)
        half = _half(tokens, j, lex)
        if half and grammar.group_empty() and grammar.last_scale != float("inf"):
            best = (grammar.value() + grammar.last_scale / 2, j + half - i)
            break
    if best is not None and best[1] == 1 and tokens[i].norm in lex.one_words and \
            not morphemes(tokens[i].norm, lex):
        return None
    return best


def read_fraction(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "half a million", "a quarter of a million", "en halv million", "نصف مليون":
    ``(value, n_tokens)`` from the fraction word at ``tokens[i]``, or ``None``."""
    frac = FRACTIONS.get(lex.language, {}).get(tokens[i].norm)
    if frac is None:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k].kind == "word" and (
            tokens[k].norm in lex.one_words or tokens[k].norm in ("of", "a")):
        k += 1
    if k < len(tokens) and tokens[k].kind == "word" and _next_is_scale(tokens[k], lex):
        return frac * float(morphemes(tokens[k].norm, lex)[0]), k + 1 - i
    return None


def _next_is_scale(tok: Token | None, lex: Lexicon) -> bool:
    """True when ``tok`` is "hundred" or a scale word (so a "one" word before it is 1)."""
    if tok is None or tok.kind != "word":
        return False
    parts = morphemes(tok.norm, lex)
    return len(parts) == 1 and parts[0] != _AND and float(parts[0]) >= 100


def _plain_int(text: str) -> int | None:
    """A short plain digit string ("21", "٢١") as an int, else ``None``."""
    digits = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return int(digits) if digits.isdigit() and len(digits) <= 3 else None
