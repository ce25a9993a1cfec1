"""Find every quantity in a text: digits, number words, vague words, with hedge and kind.

The parser reads everything that looks like a number, including years, dates, clock
times and ages; :attr:`Quantity.kind` says which it is, so that claims can keep only
counts while the fidelity check still compares years and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from translate.claims.cues import is_toll_word
from translate.claims.hedges import bounds
from translate.claims.lexicon import Lexicon, get_lexicon, normalise_word
from translate.claims.nounphrase import _plural_shape
from translate.claims.numbers import parse_number, to_ascii_digits
from translate.claims.tokens import (
    Token,
    compound_head_matches,
    longest_at,
    match_phrase,
    phrase_index,
    tokenize,
    word_matches,
)
from translate.claims.words import FRACTIONS, morphemes, read_fraction, read_word_run

if TYPE_CHECKING:
    from translate.claims.types import Quantity

__all__ = ["parse_quantities", "Found", "hedge_first", "scan", "past_age"]

_ORD_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2,4})$")
_TIME_DOT = re.compile(r"^([01]?\d|2[0-4])\.([0-5]\d)$")
_YEAR = re.compile(r"^\d{4}$")
_HHMM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")
#: Year nouns: a number in words right after one is a year ("عام ألفين وعشرين").
_YEAR_NOUNS = frozenset({"عام", "العام", "لعام", "وعام", "بعام", "سنه", "السنه", "year", "år",
                         "året"})
#: The partitive "of" after a number ("tyve af dem" = twenty of them).
_PARTITIVE = {"en": "of", "da": "af", "nb": "av", "ar": "من"}
#: "halv tolv" (da/nb) is half an hour before twelve.
_HALF_HOUR = {"da": "halv", "nb": "halv"}
_TENS = frozenset(range(20, 100, 10))
#: Number words that are also common nouns (Danish "tyve" = thieves, Arabic "ستون" = the
#: name Stone): read only with number context around them (see :func:`_homograph_ok`).
_HOMOGRAPHS: dict[str, frozenset[str]] = {"da": frozenset({"tyve"}),
                                           "ar": frozenset({"ستون", "وستون", "الفا"})}
_CATEGORY_TERMS: dict[int, tuple[object, tuple[str, ...]]] = {}
_TOLL_BEFORE = 4  # tokens from a toll noun to a homograph number word it states


@dataclass(frozen=True)
class Found:
    """A quantity and the token range ``[first, last)`` it covers (hedge excluded)."""

    quantity: Quantity
    first: int
    last: int


def hedge_first(tokens: list[Token], first: int, quantity: Quantity) -> int:
    """Index of the first token of a count with its hedge: ``first`` (the number's first
    token) moved back over the tokens of ``quantity``'s hedge ("at least" of "killed at
    least 20")."""
    while first > 0 and tokens[first - 1].start >= quantity.hedge_start:
        first -= 1
    return first


def _phrase_before(tokens: list[Token], i: int, phrases, lex: Lexicon) -> tuple[str, int]:
    """Longest phrase of ``phrases`` ending right before ``tokens[i]``: (phrase, n_tokens)."""
    best, best_len = "", 0
    if i == 0 or tokens[i].start - tokens[i - 1].end > 3:
        return best, best_len
    index = phrase_index(phrases)
    last = tokens[i - 1].norm
    cands = index.get(last, [])
    if lex.clitics and len(tokens[i - 1].norm) > 2:
        for c in lex.clitics:
            if last.startswith(c):
                cands = cands + index.get(last[len(c):], [])
    for phrase in cands:
        for start in range(max(0, i - 6), i):
            n = match_phrase(tokens, start, phrase, lex)
            if n and start + n == i and n > best_len and tokens[i].start - tokens[i - 1].end <= 3:
                best, best_len = phrase, n
    return best, best_len


def _phrase_after(tokens: list[Token], j: int, phrases, lex: Lexicon) -> int:
    if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 3:
        return 0
    return longest_at(tokens, j, phrases, lex)[0]


def past_age(tokens: list[Token], found: list[Found], n: int, j: int, lex: Lexicon) -> int:
    """Index after an age modifier that starts at ``j``, right after count ``n`` ("two
    17-year-old Danes", "to 17-årige danskere", "tre 20 år gamle menn"): the age is an
    adjective of the counted noun, not its end; else ``j``."""
    if n + 1 >= len(found) or found[n + 1].first != j or found[n + 1].quantity.kind != "age":
        return j
    k = found[n + 1].last
    return k + _phrase_after(tokens, k, lex.age_after, lex)


def _category_terms(lex: Lexicon) -> tuple[str, ...]:
    hit = _CATEGORY_TERMS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    terms = tuple(t for ts in lex.categories.values() for t in ts)
    _CATEGORY_TERMS[id(lex)] = (lex, terms)
    return terms


def _is_category_noun(tokens: list[Token], j: int, lex: Lexicon, span: int = 3) -> bool:
    terms = _category_terms(lex)
    for k in range(j, min(len(tokens), j + span)):
        if tokens[k].kind != "word":
            return False
        if word_matches(tokens[k].norm, terms, lex) or compound_head_matches(
                tokens[k].norm, terms, lex):
            return True
    return False


#: Largest age a word before a number gives ("aged 104"); a larger number after "البالغة"
#: (amounting to, and aged) is a count: "البالغة 316 ألف قتيل".
_MAX_AGE = 130


def _kind_of_digits(tokens: list[Token], i: int, j: int, value: float, lex: Lexicon) -> str:
    """Classify a digit number at tokens[i:j]."""
    tok, n = tokens[i], len(tokens)
    nxt = tokens[j] if j < n else None
    adj = nxt is not None and nxt.start == tokens[j - 1].end
    prev = tokens[i - 1] if i else None
    raw = to_ascii_digits(tok.text)
    integer = value.is_integer()
    # clock time (also military "0230" with a leading zero)
    if (raw[:1] == "0" and _HHMM.match(raw)) or (
            lex.language in ("da", "nb") and _TIME_DOT.match(raw)) or (
        prev is not None and _phrase_before(tokens, i, lex.time_before, lex)[1]
    ) or (_phrase_after(tokens, j, lex.time_after, lex) and not (integer and value > 24)):
        return "time"  # (no hour past 24: "79 مساء الأربعاء" is 79 on Wednesday evening)
    # date: a day next to a month name, or d/m numbers
    if integer and 1 <= value <= 31:
        k = j + 1 if nxt is not None and nxt.text == "." and adj else j
        before = prev
        abbreviated = prev is not None and prev.text == "." and i >= 2
        if abbreviated:  # "Jan. 8"; not "in March. 12 more were found": a new sentence
            before = tokens[i - 2]
        if (k < n and tokens[k].norm in lex.months) or (
                before is not None and (before.norm + "." in lex.months or (
                    before.norm in lex.months and (not abbreviated or any(
                        len(m) > len(before.norm) + 1 and m.startswith(before.norm)
                        for m in lex.months))))):
            return "date"
        if (nxt is not None and adj and nxt.text == "/") or (prev is not None and prev.text == "/"
                                                            and prev.end == tok.start):
            return "date"
    if _YEAR.match(raw) and integer and prev is not None and prev.norm in lex.months and (
            1500 <= value <= 2100 or not (_is_category_noun(tokens, j, lex, span=2) or (
                j < n and tokens[j].kind == "word" and _people_shaped(tokens[j], lex)))):
        return "year"  # "August 2023"; not "i slutten av august 1162 døde": a count
    # list numbering at the start of a text
    if i == 0 and nxt is not None and nxt.text in ".)" and j + 1 < n and value < 100 and integer:
        if not (tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].islower()):
            return "list"
    # age
    if _phrase_after(tokens, j, lex.age_after, lex) or (value <= _MAX_AGE and _phrase_before(
            tokens, i, lex.age_before, lex)[1]):
        return "age"  # (a word before may also mean "amounting to": "البالغة 316 ألف قتيل")
    if integer and 1 <= value <= 120 and i >= 2 and prev is not None and prev.text in ",(":
        name = tokens[i - 2]
        if name.kind == "word" and name.text[:1].isupper() and (
            nxt is None or nxt.text in ",.);" or nxt.norm in lex.connectors):
            return "age"
    # decade "1960s", "1960'erne", "1960-tallet", "60-tallet"
    if (_YEAR.match(raw) or len(raw) == 2) and value % 10 == 0 and adj and nxt is not None:
        tail = nxt.norm
        if nxt.text in "'’-" and j + 1 < n:
            tail = nxt.norm + tokens[j + 1].norm
        if nxt.text == "-" and j + 2 < n and tokens[j + 1].norm in lex.connectors and \
                tokens[j + 2].kind == "num" and j + 3 < n and tokens[j + 3].text in "-'’":
            tail = tokens[j + 3].norm + (tokens[j + 4].norm if j + 4 < n else "")
        tail = tail.replace("’", "'")
        if tail in lex.decade_suffixes or any(
                len(sfx) >= 5 and sfx[0] in "-'" and tail.startswith(sfx)
                for sfx in lex.decade_suffixes):
            return "decade"
    if _phrase_after(tokens, j, lex.percent, lex):
        return "percent"
    if _phrase_before(tokens, i, lex.currency_before, lex)[1] or _phrase_after(
            tokens, j, lex.currency_after, lex):
        return "money"
    # ordinal "3rd", "3." (da/nb, followed by a lower-case word)
    if adj and nxt is not None and nxt.norm in _ORD_SUFFIX and lex.language == "en":
        return "ordinal"
    if (lex.language in ("da", "nb") and adj and nxt is not None and nxt.text == "."
            and j + 1 < n and tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].islower()):
        return "ordinal"
    if _YEAR.match(raw) and integer and 1500 <= value <= 2100:
        if _verb_with_object(tokens, i, j, lex):
            return "year"  # "i 2004 dræbte omkring 230.000": the word after is a verb
        if not _is_category_noun(tokens, j, lex, span=2) and not _people_after(
                tokens, i, j, lex) and not _lower_bound_before(tokens, i, lex) and not (
                _hedged_plural(tokens, i, j, lex)):
            return "year"
    if integer and 100 <= value <= 2100 and _year_context(tokens, i, j, lex):
        return "year"
    return "count"


#: Words before a number that make a 3- or 4-digit number before 1500 a year ("in 991",
#: "سنة 991"); "til", "from" are left out: "steget til 1200" is a toll.
_YEAR_PREPS = frozenset({"in", "i", "في", "وفي", "ففي"}) | _YEAR_NOUNS
#: Words between the two ends of a span of years ("mellom 1492 og 1498", "1492–1498").
_YEAR_JOIN = frozenset({"og", "and", "و", "-", "–", "til", "to", "الى"})


def _hedged_plural(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A hedge before a 4-digit number and a lower-case plural noun right after it ("rundt
    1600 patroner", "about 1600 cartridges"): a count ("rundt 1600 ble byen grunnlagt",
    a verb after it, stays a year)."""
    if j >= len(tokens) or tokens[j].kind != "word" or not tokens[j].text.islower():
        return False
    return bool(_phrase_before(tokens, i, lex.hedges, lex)[1]) and _plural_shape(
        tokens[j].norm, lex.language)


def _lower_bound_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-bound hedge right before the number ("over 2000", "mere end 1500", "at least
    1600"): a year is not "more than", a toll is ("Dødstallet er steget til over 2000")."""
    phrase, n = _phrase_before(tokens, i, _lower_bounds(lex), lex)
    return n > 0


_LOWER_BOUND_MEMO: dict[int, tuple[str, ...]] = {}


def _lower_bounds(lex: Lexicon) -> tuple[str, ...]:
    found = _LOWER_BOUND_MEMO.get(id(lex.hedges))
    if found is None:
        found = _LOWER_BOUND_MEMO[id(lex.hedges)] = tuple(
            p for p, rule in lex.hedges.items() if rule == "at_least"
            and p.replace(" ", "").isalpha())
    return found


#: Determiners before a year used as a modifier ("the 2008 Olympics", "det 2015 valget").
_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "den", "det", "de", "denne",
                          "dette", "sin", "sitt", "sit"})


def _verb_with_object(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """After "in"/"i" a 4-digit number is followed by one word and then a number or a hedge
    ("i 2004 dræbte omkring 230.000", "in 2004 killed 230,000"): that word is the verb of
    the clause the year opens and the number after it its object, not the count's noun."""
    if not i or tokens[i - 1].norm not in _YEAR_PREPS or j + 1 >= len(tokens) or \
            tokens[j].kind != "word":
        return False
    nxt = tokens[j + 1]
    return nxt.kind == "num" or longest_at(tokens, j + 1, lex.hedges, lex)[0] > 0


def _people_shaped(tok: Token, lex: Lexicon) -> bool:
    from translate.claims.cues import people_shaped

    return people_shaped(tok, lex.language)


def _people_after(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A people-shaped noun follows a 4-digit number that no year word precedes: "2000
    Palestinians", "1800 demonstranter" are counts ("in 2019 Ukrainians voted" is a year)."""
    from translate.claims.cues import people_shaped

    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    if i and (tokens[i - 1].norm in lex.year_before or tokens[i - 1].norm in _YEAR_PREPS
              or tokens[i - 1].norm in _DETERMINERS):
        return False  # "in 2019 Ukrainians", "the 2008 Olympics"
    return people_shaped(tokens[j], lex.language)


def _year_context(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A number under 1500 read as a year: after a year noun ("سنة 991", "year 991"), after
    "in"/"i" when no lower-case word follows, or paired with a 4-digit year in a span
    ("between 1492 and 1498")."""
    if _is_category_noun(tokens, j, lex, span=2):
        return False
    prev = tokens[i - 1] if i else None
    if prev is None:
        return False
    if prev.norm in _YEAR_NOUNS:
        return True
    if prev.norm in _YEAR_PREPS and j < len(tokens) and _fronted_before_verb(tokens, i, j, lex):
        return True  # "I 991 stod Ethelred": three digits too
    four = _YEAR.match(to_ascii_digits(tokens[i].text)) is not None
    if not four:
        return False
    if prev.norm in _YEAR_PREPS:  # "in 1492 Columbus", not "i 1200 byer"
        return j >= len(tokens) or tokens[j].kind != "word" or not tokens[j].text[:1].islower()
    if prev.norm in _YEAR_JOIN and i >= 2 and tokens[i - 2].kind == "num" and _YEAR.match(
            to_ascii_digits(tokens[i - 2].text)) and i >= 3 and (
            tokens[i - 3].norm in _BETWEEN or tokens[i - 3].norm in _YEAR_NOUNS):
        return True
    return prev.norm in _BETWEEN and j + 1 < len(tokens) and tokens[j].norm in _YEAR_JOIN \
        and tokens[j + 1].kind == "num" and _YEAR.match(to_ascii_digits(tokens[j + 1].text)) \
        is not None and not _is_category_noun(tokens, j + 2, lex, span=2)


def _fronted_before_verb(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """Danish/Norwegian "I 991 stod Ethelred ...": a sentence-initial "i" + number followed
    by a past verb is a fronted time adverbial (the verb comes second, V2); a count would
    be followed by its noun ("i 1200 byer")."""
    from translate.claims.bare import past_verb
    from translate.claims.tense import past_form

    return lex.language in ("da", "nb") and i == 1 and (
        past_form(tokens[j], lex.language) or past_verb(tokens[j], lex.language))


#: "between" words opening a span ("mellom 1492 og 1498", "بين عامي").
_BETWEEN = frozenset({"between", "mellom", "mellem", "بين", "ما"})


def _time_value(tokens: list[Token], i: int, j: int, value: float) -> float:
    raw = to_ascii_digits(tokens[i].text)
    m = _TIME_DOT.match(raw) or _HHMM.match(raw)
    if m:
        hours, minutes = int(m.group(1)), int(m.group(2))
    else:
        hours, minutes = int(value), 0
        if j - i >= 3 and tokens[i + 1].text == ":":
            minutes = int(to_ascii_digits(tokens[i + 2].text) or 0)
    return float((hours % 12) * 60 + minutes)


def _one_counts(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A lone article-like "one" word counts only before a category noun."""
    if j < len(tokens) and tokens[j].norm in lex.not_after_one:
        return False
    if _phrase_after(tokens, j, lex.age_after, lex):
        return True
    return _is_category_noun(tokens, j, lex, span=2)


def _split_hedge(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    """A hedge ending in a preposition with the counted noun inside it: "لا يقل عدد
    القتلى عن 50" (not less than), "يزيد عدد الجرحى على 200". Returns ``(phrase, n)``
    with ``n`` the tokens from the hedge's start to the number."""
    if i < 3 or tokens[i - 1].kind != "word":
        return "", 0
    prep = tokens[i - 1].norm
    for phrase in phrase_index(lex.hedges).get(prep, ()):
        head = phrase.rsplit(" ", 1)[0] if " " in phrase else ""
        if not head:
            continue
        for gap in (1, 2, 3):
            end = i - 1 - gap
            inner = tokens[end:i - 1]
            if end <= 0 or any(t.kind != "word" for t in inner):
                break
            for start in range(max(0, end - 4), end):
                if match_phrase(tokens, start, head, lex) == end - start:
                    return phrase, i - start
    return "", 0


#: Arabic "number (of)": the subject of a comparison verb before its object ("تجاوز عدد
#: الوفيات 2000", the number of deaths exceeded 2,000).
_AR_NUMBER_OF = "عدد"
_SUBJECT_WORDS = 2  # words of the counted noun after "عدد"


def _hedge_past_article_or_subject(tokens: list[Token], i: int, lex: Lexicon
                                   ) -> tuple[str, int, bool]:
    """A hedge separated from its number by an indefinite article before a fraction ("har
    passert en halv million", "more than a half million"), or, in Arabic verb-subject-object
    order, by the subject "عدد + noun" of a comparison verb ("تجاوز عدد الوفيات 2000":
    at least 2,000). Returns ``(phrase, n, subject)`` like :func:`_phrase_before`, with
    ``subject`` true when a subject stands between (the hedge is then the verb alone)."""
    if i >= 2 and tokens[i - 1].norm in lex.one_words and tokens[i].norm in FRACTIONS.get(
            lex.language, {}):
        phrase, n = _phrase_before(tokens, i - 1, lex.hedges, lex)
        return (phrase, n + 1, False) if phrase else ("", 0, False)
    if lex.language != "ar":
        return "", 0, False
    for k in range(i - 2, max(0, i - 2 - _SUBJECT_WORDS), -1):
        if tokens[k].kind != "word" or any(t.kind != "word" for t in tokens[k:i]):
            break
        if tokens[k].norm == _AR_NUMBER_OF:
            phrase, n = _phrase_before(tokens, k, lex.hedges, lex)
            if phrase and lex.hedges[phrase] in ("at_least", "at_most") and n == 1:
                return phrase, n + i - k, True
            break
    return "", 0, False


def _arabic_compound_ordinal(tokens: list[Token], i: int, lex: Lexicon) -> float | None:
    """An Arabic compound ordinal: a definite unit ordinal (masculine or feminine), then
    "عشر/عشرة" ("السابعة عشرة" = 17th) or "و" + a definite tens word ("الحادي والثلاثين" =
    31st). The second word alone reads as a count ("الثلاثين", "عشرة"), so without this
    "by the 31st" becomes a figure of 30 and "aged seventeen" a figure of 10."""
    if lex.language != "ar" or i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return None
    norm = tokens[i].norm
    if not norm.startswith("ال"):
        return None
    masculine = norm[:-1] if norm.endswith("ه") else norm  # "السابعة" -> "السابع"
    unit = lex.ordinals.get(norm) or lex.ordinals.get(masculine)
    if unit is None and masculine == normalise_word("الحادي"):
        unit = 1
    tens_word = tokens[i + 1].norm
    if unit is None or not 1 <= unit <= 9:
        return None
    if tens_word in (normalise_word("عشر"), normalise_word("عشرة")):
        return float(unit) + 10.0  # "السابعة عشرة" (17th, feminine), "الحادي عشر"
    if not tens_word.startswith("وال"):
        return None
    parts = morphemes(tens_word[3:], lex)
    if len(parts) != 1 or parts[0] not in (20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0):
        return None
    return float(unit) + float(parts[0])


def _coordinated_age(tokens: list[Token], prev_last: int, i: int, j: int, lex: Lexicon
                     ) -> bool:
    """The number at ``[i, j)`` is the next item of a list of ages ending at ``prev_last``:
    only "and" or a comma between them, and no noun after it ("two women, aged 19 and 40,
    ..."): a count there would count a noun."""
    between = tokens[prev_last:i]
    if not between or len(between) > 2 or not all(
            t.norm in lex.connectors or t.norm in ("and", "og") or t.text == ","
            for t in between):
        return False
    return j >= len(tokens) or tokens[j].kind != "word" or bool(
        _phrase_after(tokens, j, lex.age_after, lex))


def _post_hedge(tokens: list[Token], j: int, lex: Lexicon) -> str | None:
    """Hedge rule of a phrase after the number, or after it and its noun (at most two words):
    "5,000 or more", "49 قتيلا على الأقل"."""
    for skip in range(3):
        k = j + skip
        if k > len(tokens) or k == 0:
            return None
        if skip and (tokens[k - 1].kind != "word" or tokens[k - 1].norm in lex.connectors):
            return None
        n, phrase = (longest_at(tokens, k, lex.post_hedges, lex)
                     if k < len(tokens) and tokens[k].start - tokens[k - 1].end <= 3 else (0, ""))
        if n:
            return lex.post_hedges[phrase]
    return None


def _homograph_ok(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A lone number word that is also a noun/name counts only in number context.

    Context: a hedge before it, a counted (category) noun, percent or currency word after
    it, or (Arabic) an accusative noun after it ("ستون قتيلاً"; a name is not followed by
    the tanween-alif form 11-99 require).
    """
    j = i + 1
    if _phrase_before(tokens, i, lex.hedges, lex)[1]:
        return True
    if any(tokens[k].kind == "word" and is_toll_word(tokens[k].norm, lex)
           for k in range(max(0, i - _TOLL_BEFORE), i)):
        return True  # "så dødstallet nu er tyve", "antallet steg til tyve": a toll's figure
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    if _is_category_noun(tokens, j, lex, span=2) or _phrase_after(tokens, j, lex.percent, lex):
        return True
    if tokens[j].norm == _PARTITIVE.get(lex.language):  # "tyve af disse"
        return True
    if lex.language != "ar":
        return False
    if tokens[i].norm == "الفا":  # "ألفا موظف" (2,000 staff), not "ألفا تي في" (Alpha TV)
        return len(tokens[j].norm) >= 3 and _arabic(tokens[j].text)
    return tokens[j].norm.endswith("ا") and len(tokens[j].norm) > 3


def _decade_word(norm: str, lex: Lexicon) -> float | None:
    """Decade named by a tens word: "twenties", "tyverne", "sekstitallet", "العشرينيات"."""
    stems = [norm]
    if lex.clitics:
        stems += [norm[len(c):] for c in lex.clitics if norm.startswith(c)]
    for word in stems:
        for suffix in (*lex.decade_suffixes, "rne", "ies", "ات"):
            if not suffix.isalpha() or not word.endswith(suffix) or len(word) <= len(suffix):
                continue
            stem = word[: -len(suffix)]
            for cand in (stem, stem + "y", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if lex.units.get(cand) in _TENS:
                    return 1900.0 + lex.units[cand]
    return None


def _identifier(tokens: list[Token], i: int) -> bool:
    """Digits glued to letters are part of a name: "CO2", "G7", "F-16", "COVID-19", "H5N1"."""
    tok = tokens[i]
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.end == tok.start and prev.text == "-" and i >= 2:
        head = tokens[i - 2]
        if head.kind == "word" and head.end == prev.start:
            return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (nxt is not None and nxt.kind == "word" and nxt.start == tok.end
            and nxt.text[:1].isupper() and len(nxt.text) <= 2)


def _arabic(word: str) -> bool:
    return "\u0600" <= word[:1] <= "\u06ff"


def _vague_digits(tokens: list[Token], i: int, value: float, lex: Lexicon) -> dict | None:
    """"flere 1000" is "flere tusen" (several thousand): a vague phrase of the lexicon whose
    scale word is written in digits."""
    if i == 0 or value not in (100, 1000, 10**6, 10**9) or tokens[i - 1].kind != "word":
        return None
    for word, scale in lex.scales.items():
        phrase = lex.vague.get(f"{tokens[i - 1].norm} {word}")
        if scale == value and phrase is not None:
            return {"value": None, "low": float(phrase[0]), "high": float(phrase[1]),
                    "kind": "count", "hedge": "vague", "words": False}
    return None


def _dozen(tokens: list[Token], j: int, value: float, lex: Lexicon) -> tuple[float, int]:
    """"four dozen", "two-dozen", "to dusin": a lone-word special after the number."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" and tokens[j].start == \
        tokens[j - 1].end else j
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].start - tokens[k - 1].end <= 2:
        factor = lex.specials.get(tokens[k].norm)
        if factor and factor > 2 and tokens[k].norm not in lex.one_words:
            return value * factor, k + 1
    return value, j


def _suffix_word(norm: str, lex: Lexicon, suffixes: tuple[str, ...], minimum: int
                 ) -> float | None:
    """Value of a number word with a suffix: "tjuende" (20th), "titiden" (ten o'clock)."""
    for suffix in suffixes:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
            stem = norm[: -len(suffix)]
            for cand in (stem, stem + "e"):
                value = lex.units.get(cand)
                if value is not None and value >= minimum:
                    return float(value)
    return None


def _scale_run(tokens: list[Token], j: int, value: float, lex: Lexicon) -> tuple[float, int]:
    """Scale words after a digit number: "2.5 million", "3 hundred and 21", "1,5 mia."."""
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].start - tokens[j - 1].end > 2:
        return value, j
    parts = morphemes(tokens[j].norm, lex)
    if lex.language == "ar" and len(parts) == 2 and parts[0] == 2.0 and value > 0:
        parts = parts[1:]  # a dual form after a number is the scale itself ("85 ألفا")
    if not parts or parts[0] == "and" or float(parts[0]) < 100 or len(parts) > 1:
        return value, j
    if float(parts[0]) == 100 and not (0 < value < 100 and value == int(value)):
        return value, j
    run = read_word_run(tokens, j, lex, start=value)
    if run is None:
        return value, j
    value, n = run
    j += n
    if (j < len(tokens) and tokens[j].text == "." and tokens[j].start == tokens[j - 1].end
            and tokens[j - 1].norm + "." in lex.scales):
        j += 1  # "mio."
    return value, j


#: Negation particles before a comparative hedge turn its bound around ("لا يزيد على":
#: not more than; closed class).
_NEGATIONS: dict[str, frozenset[str]] = {
    "ar": frozenset({"لا", "لم", "لن", "ليس"}), "en": frozenset({"not"}),
    "da": frozenset({"ikke"}), "nb": frozenset({"ikke"}),
}
_NEGATED = {"at_least": "at_most", "at_most": "at_least"}


#: One-word hedges that are also prepositions ("403 mål under 468 kamper").
_PREPOSITION_HEDGES = frozenset({"over", "under", "above", "below", "fra", "from"})
#: First words of "up to" hedges that are also verb particles ("justert opp til åtte").
_PARTICLES = frozenset({"opp", "op", "up"})
#: Endings of a past participle a particle may follow ("justert", "justeret", "revised").
_PARTICIPLE_ENDINGS = {"nb": ("ert", "et"), "da": ("eret", "et"), "en": ("ed",)}


def _preposition_not_hedge(tokens: list[Token], h: int, phrase: str, found: list[Found],
                           lex: Lexicon) -> bool:
    """The hedge phrase at ``tokens[h]`` is a preposition or a verb particle, not a hedge.

    * "over"/"under" right after another count and its one-word noun: "403 mål under 468
      opptredener"; "40 goals in over 60 games" stays a hedge (a word between);
    * "opp til"/"up to" right after a past participle that is not a casualty verb:
      "justert opp til åtte" (the revised figure), but "killed up to 12" stays a hedge.
    """
    words = phrase.split()
    prev = tokens[h - 1] if h else None
    if prev is None or prev.kind != "word":
        return False
    if len(words) == 1 and words[0] in _PREPOSITION_HEDGES and found:
        last = found[-1]
        gap = tokens[last.last:h]
        return len(gap) == 1 and all(t.kind == "word" and t.text[:1].islower()
                                          for t in gap) and last.quantity.kind == "count"
    if words[0] in _PARTICLES and len(words) > 1:
        endings = _PARTICIPLE_ENDINGS.get(lex.language, ())
        cue = any(word_matches(prev.norm, terms, lex) for terms in lex.casualty.values())
        return prev.norm.endswith(endings) and len(prev.norm) > 4 and not cue
    return False


#: Feminine dual endings (nominative, oblique) of a noun whose singular ends in ة.
_DUAL_ENDINGS = ("تين", "تان")
#: Last letters of a stem that make "-تين"/"-تان" a name or place, not a dual: "-stin"
#: (كريستين), "-stan" (باكستان), "-utin" (بوتين, روتين).
_NOT_DUAL_STEM_END = "سو"


#: The longest stem of a feminine dual noun: Arabic nouns of patterns with prefixes
#: ("مستشفى", "محافظة") keep under nine letters before the ending; a longer "-تان"/"-تين"
#: word is a transliterated foreign name ("دروتنينغغاتان").
_LONGEST_DUAL_STEM = 8


def arabic_dual(norm: str) -> str | None:
    """The singular of an indefinite Arabic feminine dual noun, else ``None``.

    "مشكلتين" (two problems) -> "مشكله"; a number itself is the noun ("ساعتين" = two
    hours). Definite duals ("الطائرتين", the two planes) refer back and are left out, and
    so are stems of under three letters and name-like stems (see ``_NOT_DUAL_STEM_END``).

    Example:
        >>> arabic_dual("طائرتين"), arabic_dual("باكستان"), arabic_dual("الطائرتين")
        ('طائره', None, None)
        >>> arabic_dual("دروتنينغغاتان") is None  # a transliterated street name
        True
    """
    if not norm.endswith(_DUAL_ENDINGS) or norm.startswith(("ال", "وال", "بال", "فال", "لل")):
        return None
    stem = norm[:-3]
    if stem[:1] in ("و", "ف", "ب") and len(stem) > 3:
        stem = stem[1:]
    if len(stem) < 3 or len(stem) > _LONGEST_DUAL_STEM or stem[-1] in _NOT_DUAL_STEM_END:
        return None  # (a transliterated name: "دروتنينغغاتان", Drottninggatan)
    if stem[0] == "م" and (stem[2:3] == "ت" or stem.startswith("مست")):
        return None  # participle adjectives of forms VIII and X: "مختلفتان" (different)
    return stem + "ه"


#: Masculine dual endings: nominative "-ان" (never a plural) and oblique "-ين".
_MASC_DUAL_ENDINGS = ("ان", "ين")
_DUAL_MEMO: dict[tuple[str, str], str | None] = {}


def arabic_masculine_dual(norm: str, lex: Lexicon) -> str | None:
    """The singular of an indefinite Arabic masculine dual noun whose singular the lexicon
    lists ("شخصان"/"شخصين" two persons, "قتيلين" two dead), else ``None``.

    "-ين" is also the sound masculine plural, which participles ("مواطنين", citizens) and
    nisba nouns ("مدنيين", civilians) take; so "-ين" is read as a dual only for a stem that
    is neither (not م-initial, not ي-final). The stem must be a listed category noun (not a
    casualty participle: "عالقين" is "stuck"): unlisted words in "-ان"/"-ين" are mostly
    names and places ("لبنان", "فلسطين").

    Example:
        >>> from translate.claims.lexicon import get_lexicon
        >>> lex = get_lexicon("ar")
        >>> arabic_masculine_dual("شخصان", lex), arabic_masculine_dual("مواطنين", lex)
        ('شخص', None)
    """
    key = (lex.language, norm)
    if key in _DUAL_MEMO:
        return _DUAL_MEMO[key]
    found = None
    if lex.language == "ar" and norm.endswith(_MASC_DUAL_ENDINGS) and not norm.startswith(
            ("ال", "وال", "بال", "فال", "لل")):
        stem = norm[:-2]
        if stem[:1] in ("و", "ف", "ب") and len(stem) > 3:
            stem = stem[1:]
        oblique = norm.endswith("ين")
        if len(stem) >= 3 and not (oblique and (stem[0] == "م" or stem[-1] == "ي")):
            terms = tuple(t for ts in lex.categories.values() for t in ts)
            if word_matches(stem, terms, lex, clitics=False):
                found = stem
    if len(_DUAL_MEMO) < 100_000:
        _DUAL_MEMO[key] = found
    return found


def dual_singular(norm: str, lex: Lexicon) -> str | None:
    """The singular of an Arabic dual noun (feminine by form, masculine when listed)."""
    return arabic_dual(norm) or arabic_masculine_dual(norm, lex)


#: Nominative dual of a nisba adjective ("دنماركيان", "أمريكيان"): "-يان" is no plural.
_NISBA_DUAL = "يان"


def agreeing_dual(tokens: list[Token], i: int) -> str | None:
    """The singular of an unlisted Arabic masculine dual noun in the nominative ("-ان")
    that a nisba adjective in the nominative dual ("-يان") follows: "شابان دنماركيان" (two
    young Danes). The agreement is what makes the "-ان" a dual, not a name ("لبنان");
    the oblique "-ين" is left out, as it is also the sound plural ("لاجئين سوريين")."""
    if i + 1 >= len(tokens) or tokens[i].kind != "word" or tokens[i + 1].kind != "word":
        return None
    noun, adjective = tokens[i].norm, tokens[i + 1].norm
    if noun.startswith(("ال", "وال", "بال", "فال", "لل")) or not noun.endswith("ان") or (
            noun.endswith(_NISBA_DUAL)):
        return None
    stem = noun[:-2]
    if len(stem) < 3 or not adjective.endswith(_NISBA_DUAL) or len(adjective) < 6 or \
            adjective.startswith("ال"):
        return None
    return stem


def _mid_sentence(tokens: list[Token], k: int) -> bool:
    """Token k follows a word, a number or a comma (not a sentence start, quote or colon)."""
    return k > 0 and (tokens[k - 1].kind in ("word", "num") or tokens[k - 1].text == ",")


def _capital_word(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper()


def _in_name(tokens: list[Token], i: int) -> bool:
    """A Danish/Norwegian number word inside a name: capitalised mid-sentence ("dansegruppen
    Fire of Anatolia", "som betyr Fem Land"), or lower-case between two capitalised words
    ("Sea to Sky"). Both languages write number words in lower case inside a sentence."""
    if _capital_word(tokens, i) and _mid_sentence(tokens, i):
        return True
    return (tokens[i].text[:1].islower() and _capital_word(tokens, i - 1)
            and _mid_sentence(tokens, i - 1) and _capital_word(tokens, i + 1)
            and tokens[i + 1].start - tokens[i].end == 1)


def _in_english_name(tokens: list[Token], i: int) -> bool:
    """An English number word inside a name: capitalised after a lower-case word and before
    a capitalised one ("headed to Six Flags", "the Big Four Banks"); a title-case headline
    ("Blast Kills Five In Kabul") has a capitalised word before it and stays a number."""
    return (_capital_word(tokens, i) and i > 0 and tokens[i - 1].kind == "word"
            and tokens[i - 1].text[:1].islower() and _capital_word(tokens, i + 1))


def _read_at(tokens: list[Token], i: int, lex: Lexicon) -> tuple[dict, int] | None:
    """Read one quantity starting at token i: (fields, end token index)."""
    tok = tokens[i]
    if tok.kind == "num":
        prev = tokens[i - 1] if i else None
        if prev is not None and prev.kind == "word" and prev.end == tok.start and not (
                lex.clitics and _arabic(prev.text) and (
                    prev.norm in lex.clitics or prev.norm in lex.year_before)):
            return None  # part of an identifier: "CO2", "G7", "A380" (not "الـ48", "عام2006")
        if _identifier(tokens, i):
            return None
        m = _DOTTED_DATE.match(to_ascii_digits(tok.text))
        if m:
            return {"value": float(m.group(1)), "kind": "date", "words": False,
                    "dotted": (float(m.group(2)), float(m.group(3)))}, i + 1
        value = parse_number(tok.text, lex.language)
        if value is None:
            return None
        j = i + 1
        if (j + 1 < len(tokens) and tokens[j].text == ":" and tokens[j].start == tok.end
                and tokens[j + 1].kind == "num" and tokens[j + 1].start - tokens[j].end <= 1):
            minutes = parse_number(tokens[j + 1].text, lex.language) or 0.0
            return {"value": float((value % 12) * 60 + minutes), "kind": "time",
                    "words": False}, j + 2
        vague = _vague_digits(tokens, i, value, lex)
        if vague is not None:
            return vague, i + 1
        base = value
        value, j = _scale_run(tokens, j, value, lex)
        value, j = _dozen(tokens, j, value, lex)
        return {"value": value, "kind": None, "words": False, "scale": value / base
                if base else 1.0}, j
    if tok.kind != "word":
        return None
    if (lex.language in ("da", "nb") and _in_name(tokens, i)) or (
            lex.language == "en" and _in_english_name(tokens, i)):
        return None
    fraction = read_fraction(tokens, i, lex)
    if fraction is not None:
        return {"value": fraction[0], "kind": "count", "words": True}, i + fraction[1]
    run = read_word_run(tokens, i, lex)
    n_run = run[1] if run else 0
    n_vague, phrase = longest_at(tokens, i, lex.vague, lex)
    if n_vague and n_vague >= n_run:
        low, high, _ = lex.vague[phrase]
        return {"value": None, "low": float(low), "high": float(high), "kind": "count",
                "hedge": "vague", "words": True}, i + n_vague
    compound = _arabic_compound_ordinal(tokens, i, lex)
    if compound is not None:  # "الحادي والثلاثين": the thirty-first
        return {"value": compound, "kind": "ordinal", "words": True}, i + 2
    for table, kind in ((lex.specials, "count"), (lex.ordinals, "ordinal")):
        n, phrase = longest_at(tokens, i, table, lex)
        if n and n >= n_run:
            value = float(table[phrase])
            j = i + n
            if kind == "count" and j < len(tokens) and tokens[j].norm in lex.scales:
                value *= lex.scales[tokens[j].norm]  # "et par tusen"
                j += 1
            return {"value": value, "kind": kind, "words": True}, j
    if run is None and lex.language == "ar" and (
            dual_singular(tok.norm, lex) is not None or agreeing_dual(tokens, i)) and not (
            i and (tokens[i - 1].kind == "num" or dual_singular(tokens[i - 1].norm, lex))):
        # (not the noun of a number, nor an adjective agreeing with a dual: "طائرتين مسيرتين")
        return {"value": 2.0, "kind": "count", "words": True, "soft": True}, i + 1
    if run is None:
        decade = _decade_word(tok.norm, lex)
        if decade is not None:  # "ثلاثينيات القرن التاسع عشر" = the 1830s
            n_cent, _ = longest_at(tokens, i + 1, lex.century_before, lex)
            n_ord, phrase = longest_at(tokens, i + 1 + n_cent, lex.ordinals, lex) if n_cent \
                else (0, "")
            if n_ord:
                century = (lex.ordinals[phrase] - 1) * 100.0 + decade - 1900
                return {"value": century, "kind": "decade", "words": True}, i + 1 + n_cent + n_ord
            return {"value": decade, "kind": "decade", "words": True, "soft": True}, i + 1
        if lex.language in ("da", "nb"):
            hour = _suffix_word(tok.norm, lex, ("tiden",), 1)  # "titiden" = about ten o'clock
            if hour is not None:
                return {"value": (hour % 12) * 60, "kind": "time", "words": True,
                        "soft": True}, i + 1
            nth = _suffix_word(tok.norm, lex, ("ende", "nde", "te", "de"), 11)  # "tjuende"
            if nth is not None:
                return {"value": nth, "kind": "ordinal", "words": True}, i + 1
        return None
    value, n = run
    if n == 1 and tok.norm in lex.scales:  # lone "tusind", "مليون": one of it ("tusind tak")
        return {"value": value, "kind": "count", "words": True, "soft": True}, i + 1
    if n == 1 and tok.norm in _HOMOGRAPHS.get(lex.language, ()) and not _homograph_ok(
            tokens, i, lex):
        return None
    k = i + n
    if (k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end
            and tokens[k + 1].norm in lex.ordinals):  # "twenty-fourth"
        return {"value": value + lex.ordinals[tokens[k + 1].norm], "kind": "ordinal",
                "words": True}, k + 2
    if n == 1 and tok.norm in lex.one_words and not _one_counts(tokens, i, i + 1, lex):
        return None
    accented = tok.text.lower() in ("én", "ét")  # the numeral, never the article
    if value == 1 and not accented and i + n < len(tokens) and \
            tokens[i + n].norm in lex.not_after_one:
        return None
    if (i + n < len(tokens) and tokens[i + n].norm not in lex.one_words) or n > 1:
        value, k = _dozen(tokens, i + n, value, lex)
        return {"value": value, "kind": "count", "words": True}, k
    return {"value": value, "kind": "count", "words": True}, i + n


def scan(text: str, language: str, *, lexicon: Lexicon | None = None
         ) -> tuple[list[Token], list[Found]]:
    """Tokenize ``text`` and find its quantities, keeping token positions.

    Args:
        text: Any string.
        language: ISO 639-1 code.
        lexicon: Lexicon to use instead of the built-in one.

    Returns:
        ``(tokens, found)``.
    """
    from translate.claims.types import Quantity

    lex = lexicon or get_lexicon(language)
    tokens = tokenize(text, language)
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        read = _read_at(tokens, i, lex)
        if read is None:
            i += 1
            continue
        fields, j = read
        value = fields["value"]
        kind = fields["kind"]
        if kind is None:
            kind = _kind_of_digits(tokens, i, j, value, lex)
            if kind == "decade" and value is not None and value < 100:
                value = 1900.0 + value  # "60-tallet"
        elif kind == "count" and _phrase_after(tokens, j, lex.age_after, lex):
            kind = "age"
        elif kind == "count" and value is not None and 1000 <= value <= 2100 and \
                value.is_integer() and i and tokens[i - 1].norm in _YEAR_NOUNS:
            kind = "year"  # "عام ألفين وعشرين", "the year two thousand"
        elif kind == "count" and value is not None and value <= 24 and _phrase_after(
                tokens, j, lex.time_after, lex):
            kind, value = "time", (value % 12) * 60  # "tolv-tiden", "five o'clock"
            if i and tokens[i - 1].norm == _HALF_HOUR.get(lex.language):
                value = (value - 30) % 720  # "halv tolv" = 11:30
            fields = {**fields, "soft": True}
            if tokens[j].norm in ("-", "tiden"):  # "-tiden": around that hour
                fields.update(hedge="approx", low=value - 30, high=value + 30)
        elif kind == "count" and value is not None and _phrase_after(tokens, j, lex.percent,
                                                                      lex):
            kind = "percent"  # "fem procent", "خمسة في المئة"
        elif kind == "count" and value is not None and (
                _phrase_after(tokens, j, lex.currency_after, lex)
                or _phrase_before(tokens, i, lex.currency_before, lex)[1]):
            kind = "money"
        if kind == "count" and found and found[-1].quantity.kind == "age" and \
                _coordinated_age(tokens, found[-1].last, i, j, lex):
            kind = "age"  # "aged 19 and 40", "på 19 og 40 år": the second age of a list
        if kind == "percent":  # consume "%", "في المئة" so its words are not read again
            j += _phrase_after(tokens, j, lex.percent, lex)
        if kind == "time" and value is not None and fields["kind"] is None:
            value = _time_value(tokens, i, j, value)
        if kind == "ordinal" and fields["words"] and value is not None and value <= 12 and \
                _phrase_before(tokens, i, lex.time_before, lex)[1]:
            kind, value = "time", (value % 12) * 60  # "الساعة الخامسة" = five o'clock
        if kind == "ordinal" and fields["words"] and found and found[-1].last == i and \
                found[-1].quantity.kind == "count":
            i = j  # "fem andre klubber": after a count, Norwegian "andre" is "other"
            continue
        j_suffix = j
        if j < len(tokens) and (tokens[j].norm in _ORD_SUFFIX or tokens[j].text == "."):
            j_suffix = j + 1
        if j_suffix < len(tokens) and tokens[j_suffix].text == "-":
            j_suffix += 1  # "17th-century"
        if kind == "ordinal" and value is not None and (
                _phrase_after(tokens, j_suffix, lex.century_after, lex)
                or _phrase_before(tokens, i, lex.century_before, lex)[1]):
            kind, value = "decade", (value - 1) * 100  # "16th century" == "1500s"
        soft = bool(fields.get("soft")) or kind == "ordinal" or value == 1 or (
            fields["words"] and fields["kind"] == "ordinal") or (
            fields["words"] and value is not None and value <= 10) or (
            i >= 2 and tokens[i - 1].text == "(" and any(
                t.kind == "num" for t in tokens[max(0, i - 8):i - 1]))
        hedge_text, hedge_start = "", tokens[i].start
        if "hedge" in fields:
            hedge, low, high = fields["hedge"], fields["low"], fields["high"]
        else:
            hedge, low, high = "exact", value, value
            phrase, n = _phrase_before(tokens, i, lex.hedges, lex)
            n_cur = 0 if phrase else _phrase_before(tokens, i, lex.currency_before, lex)[1]
            if n_cur:  # "about US$2.3 billion"
                phrase, n = _phrase_before(tokens, i - n_cur, lex.hedges, lex)
                n += n_cur if phrase else 0
            if not phrase:  # "لا يقل عدد المعتقلين عن مئتي شخص"
                phrase, n = _split_hedge(tokens, i, lex)
            subject = False
            if not phrase:  # "passert en halv million", "تجاوز عدد الوفيات 2000"
                phrase, n, subject = _hedge_past_article_or_subject(tokens, i, lex)
            rule = lex.hedges.get(phrase)
            if rule and n and _preposition_not_hedge(tokens, i - n, phrase, found, lex):
                rule, n = None, 0
            if rule in _NEGATED and n and not subject and i - n > 0 and \
                    tokens[i - n - 1].norm in _NEGATIONS.get(lex.language, ()):
                rule, n = _NEGATED[rule], n + 1  # "لا يزيد على 85 ألفا": not more than
            if not rule:
                rule = _post_hedge(tokens, j, lex)
            elif n and subject:  # the verb's subject stays outside the number's span
                hedge_text = text[tokens[i - n].start:tokens[i - n].end]
            elif n:
                hedge_start = tokens[i - n].start
                hedge_text = text[hedge_start:tokens[i - 1].end]
            if rule and kind in ("count", "money", "percent"):
                hedge, low, high = bounds(rule, value)
            elif rule:
                hedge_text, hedge_start = "", tokens[i].start
        start, end = tokens[i].start, tokens[j - 1].end
        if fields["words"] and lex.clitics and tokens[i].norm[:1] == "و" and (
                morphemes(tokens[i].norm, lex)[:1] == ("and",)):
            start += 1  # "وثلاثة ملايين": the number starts after the conjunction
        q = Quantity(text=text[start:end], start=start, end=end, value=value, low=low, high=high,
                     hedge=hedge, kind=kind, words=fields["words"], hedge_start=hedge_start,
                     hedge_text=hedge_text, soft=soft)
        found.append(Found(q, i, j))
        if "dotted" in fields:  # 24.08.2021 -> day (above), month (soft), year
            month, year = fields["dotted"]
            found.append(Found(Quantity(text=q.text, start=start, end=end, value=month,
                                        low=month, high=month, kind="date", soft=True), i, j))
            found.append(Found(Quantity(text=q.text, start=start, end=end, value=year, low=year,
                                        high=year, kind="year"), i, j))
        i = j
    return tokens, _share_scales(tokens, found, lex)


#: Tokens joining the two ends of a range ("2–3 millioner", "to til tre millioner").
_RANGE_JOIN = frozenset({"-", "–", "—", "til", "to", "or", "eller", "الى", "او", "و", "og",
                         "and"})


def _share_scales(tokens: list[Token], found: list[Found], lex: Lexicon) -> list[Found]:
    """Give the first end of a range the scale word of the second: "2–3 millioner" is
    2 million to 3 million, "340 til 500 millioner" 340 million to 500 million."""
    from dataclasses import replace

    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k].quantity, out[k + 1].quantity
        if a.value is None or b.value is None or a.kind != "count" or b.kind not in (
                "count", "age", "money"):
            continue
        gap = tokens[out[k].last:out[k + 1].first]
        if len(gap) != 1 or gap[0].norm not in _RANGE_JOIN:
            continue
        b_tokens = tokens[out[k + 1].first:out[k + 1].last]
        a_tokens = tokens[out[k].first:out[k].last]
        scale = next((float(lex.scales[t.norm]) for t in reversed(b_tokens)
                      if t.norm in lex.scales and lex.scales[t.norm] >= 1000), None)
        if scale is None or any(t.norm in lex.scales for t in a_tokens) or a.value >= 1000 or \
                b_tokens[0].norm in lex.scales:  # "تسعمائة و ألف": no count before the scale
            continue
        factor = scale
        low = None if a.low is None else a.low * factor
        high = None if a.high is None else a.high * factor
        out[k] = Found(replace(a, value=a.value * factor, low=low, high=high, soft=False),
                       out[k].first, out[k].last)
    for k in range(len(out) - 2, -1, -1):  # "the nineteenth and twentieth centuries"
        _century_pair(tokens, out, k, k + 1, lex)
    for k in range(len(out) - 1):  # "القرنين التاسع عشر والعشرين"
        _century_pair(tokens, out, k + 1, k, lex)
    return out


def _century_pair(tokens: list[Token], out: list[Found], k: int, c: int, lex: Lexicon) -> None:
    """Make ordinal ``out[k]`` a century when it is joined by "and"/"or" to century
    ``out[c]`` (its neighbour on either side)."""
    from dataclasses import replace

    a, b = out[k].quantity, out[c].quantity
    first, second = sorted((out[k], out[c]), key=lambda f: f.first)
    gap = [t for t in tokens[first.last:second.first] if t.norm not in _ORD_SUFFIX]
    attached = not gap and lex.clitics and tokens[second.first].norm[:1] == "و"
    if (a.kind == "ordinal" and b.kind == "decade" and a.value is not None
            and b.value is not None and b.value % 100 == 0
            and (attached or (len(gap) == 1 and gap[0].norm in _RANGE_JOIN))
            and tokens[out[k].first].kind == tokens[out[c].first].kind):
        century = (a.value - 1) * 100
        out[k] = Found(replace(a, kind="decade", value=century, low=century, high=century),
                       out[k].first, out[k].last)


def parse_quantities(text: str, language: str, *, lexicon: Lexicon | None = None) -> list:
    """Every quantity in ``text``: value, bounds, hedge and kind.

    Args:
        text: Any string (a sentence, usually).
        language: ``en``, ``da``, ``nb`` or ``ar``.
        lexicon: Lexicon to use instead of the built-in one.

    Returns:
        :class:`~translate.claims.types.Quantity` objects in text order.

    Example:
        >>> qs = parse_quantities("nesten 3.000 soldater i 2016", "nb")
        >>> [(q.value, q.hedge, q.kind) for q in qs]
        [(3000.0, 'approx', 'count'), (2016.0, 'exact', 'year')]
    """
    return [f.quantity for f in scan(text, language, lexicon=lexicon)[1]]

