"""Number words: runs of words that spell a number ("twenty-five", "fem hundrede", "خمسة وعشرون").

English and Danish runs are composed by the maintained ``text2num`` library
(``text_to_num.text2num``); Norwegian and Arabic, and anything ``text2num`` rejects, by
:func:`compose` over the lexicon tables.
"""

from __future__ import annotations

from functools import lru_cache

from translate.claims.lexicon import Lexicon, get_lexicon
from translate.claims.tokens import Token

__all__ = ["word_value", "read_word_run", "compose"]

_TEXT2NUM_LANGS = {"en": "en", "da": "da"}


@lru_cache(maxsize=8192)
def _compound(word: str, language: str) -> float | None:
    """Value of a one-token compound: "femogtyve" (da), "tjuefem" (nb), "ثلاثمائه" (ar)."""
    lex = get_lexicon(language)
    table = {**lex.units, **lex.scales}
    for cut in range(2, len(word) - 1):
        a, b = word[:cut], word[cut:]
        if lex.language in ("da", "nb") and b.startswith("og") and b[2:] in lex.units:
            b = b[2:]
            if a in lex.units and lex.units[a] < 10 and lex.units[b] in range(20, 100, 10):
                return float(lex.units[a] + lex.units[b])
            continue
        if a in table and b in table:
            va, vb = table[a], table[b]
            if va in range(20, 100, 10) and vb < 10 and b not in lex.one_words:
                return float(va + vb)
            if 1 < va < 100 and vb >= 100 and a not in lex.one_words:
                return float(va * vb)
    return None


def word_value(norm: str, lex: Lexicon, *, clitics: bool = False) -> float | None:
    """Value of one folded number word, or ``None``.

    With ``clitics`` an Arabic prefix (ال، و، ب، ل...) may be attached.
    """
    if clitics and lex.clitics:
        for c in ("", *lex.clitics):
            rest = norm[len(c):]
            if norm.startswith(c) and len(rest) > 2 and (rest in lex.units or rest in lex.scales):
                return float(lex.units.get(rest, lex.scales.get(rest, 0)))
    if norm in lex.units:
        return float(lex.units[norm])
    if norm in lex.scales:
        return float(lex.scales[norm])
    if lex.clitics and norm.startswith("و") and norm[1:] in lex.units:
        return float(lex.units[norm[1:]])
    if len(norm) > 5:
        return _compound(norm, lex.language)
    return None


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


def _text2num(words: list[str], language: str) -> float | None:
    code = _TEXT2NUM_LANGS.get(language)
    if code is None or len(words) < 2:
        return None
    try:
        from text_to_num import text2num
    except ImportError:  # optional: the tables still compose the number
        return None
    try:
        return float(text2num(" ".join(words), code))
    except (ValueError, AssertionError, IndexError, KeyError):
        return None


def read_word_run(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, int] | None:
    """Read the number spelled by the words starting at ``tokens[i]``.

    Args:
        tokens: The tokens of the text.
        i: Index of the first word.
        lex: The language's lexicon.

    Returns:
        ``(value, n_tokens)``, or ``None`` when ``tokens[i]`` is not a number word. A lone
        "one" word (also an article) is returned too; the caller decides whether it counts.
    """
    first = word_value(tokens[i].norm, lex, clitics=True)
    if first is None or tokens[i].kind != "word":
        return None
    values, words, j = [first], [tokens[i].text.lower()], i + 1
    while j < len(tokens):
        tok = tokens[j]
        prev_end = tokens[j - 1].end
        k = j
        if tok.kind == "punct" and tok.text == "-" and tok.start == prev_end:
            k = j + 1
        elif tok.norm in lex.connectors and values[-1] >= 100:
            k = j + 1
        if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].start - tokens[k - 1].end > 2:
            break
        v = word_value(tokens[k].norm, lex)
        if v is None or tokens[k].norm in lex.one_words:
            break
        last = values[-1]
        if lex.language == "ar":  # Arabic: unit before tens ("خمسة وعشرون")
            ok = v >= 100 or last >= 100 or (last < 10 and (v == 10 or v in range(20, 100, 10)))
        else:
            ok = v >= 100 or last >= 100 or (last in range(20, 100, 10) and v < 10)
        if not ok:
            break
        values.append(v)
        words.append(tokens[k].text.lower())
        j = k + 1
    value = _text2num(words, lex.language)
    if value is None:
        value = compose(values)
    return value, j - i
