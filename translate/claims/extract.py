"""Claims: counted quantities of people or things that a news reader calls a reported figure.

A claim is a ``count`` quantity (years, dates, times, ages, ordinals, percentages and list
numbers never are) that

* counts a noun right after it (:mod:`translate.claims.nounphrase`: any noun, listed or not:
  "3.000 ekstra amerikanske soldater", "12 ambulances", "49 قتيلا"), unless that noun is a
  unit, a duration or a multiplier ("20 km", "three days", "five times");
* or stands alone next to a casualty verb ("killed 25", "25 blev dræbt", "fem omkom");
* or is a toll without a counted noun ("the death toll has risen to 154", "dødstallet er 68",
  :mod:`translate.claims.cues`);
* or is "N of them" (category from the clause before);
* or is an end of a stated change or revision ("nedjusteret fra 86 til 68": 86 is ``from``,
  68 is ``target``), counted by a noun before it ("خفض عدد القوات ... إلى 2500").

The category comes from the clause first (a casualty, arrest, missing or displacement word
near the number wins over a people noun: "fem personer mistet livet" is ``killed``), then from
the lexicon noun, then from the noun's form (people-shaped nouns are ``people``), else
``other``. So that one figure gets one category in every language, the clause is read by
structure rather than by more words: the group a count is part of ("Blandt ofrene er tre
børn", "Of the dead, 12 were children", "من بين القتلى"), an inverted clause's verb before its
subject ("توفي أربعة من الجرحى"), a verb shared by coordinated counts, a noun that already
says what happened ("nine victims") against a distant verb; cue words are matched through
morphology (:mod:`translate.claims.morphology`: Danish/Norwegian inflection stems and
s-passives, compound heads) and two-word terms around the head ("طائرة مسيرة"). With an
English translation of the sentence, a generic category (``people``/``other``) takes the
specific one the translation states for the same value (:mod:`translate.claims.evidence`).
Cost is linear in the sentence length: every window is bounded.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Mapping

from translate.claims.clause import ARTICLE_WORDS as _ARTICLE_WORDS
from translate.claims.clause import CONJUNCTIONS as _CONJUNCTIONS
from translate.claims.clause import EVENT_CATEGORIES as _EVENT_CATEGORIES
from translate.claims.clause import NOUN_CUE_REACH as _NOUN_CUE_REACH
from translate.claims.clause import among_group, cue_before_adverbs, phrase_category, verb_before
from translate.claims.cues import TOLL_WORDS, people_shaped, toll_category
from translate.claims.evidence import english_evidence, refined_category
from translate.claims.lexicon import LANGUAGES, Lexicon, get_lexicon, normalise_word
from translate.claims.morphology import passive_participles, scandinavian_stem, stem_table
from translate.claims.nounphrase import (
    _IRREGULAR_PLURALS,
    FUNCTION_WORDS,
    OF_WORDS,
    NounPhrase,
    _plural_shape,
    noun_phrase,
)
from translate.claims.quantities import Found, arabic_dual, scan
from translate.claims.tokens import Token, compound_head_matches, match_phrase, word_matches
from translate.claims.types import Claim, Quantity
from translate.claims.units import MULTIPLIERS, unit_words
from translate.corpus.normalise import reading_text

__all__ = ["extract_claims", "sentence_claims", "SentenceClaim", "supported_language",
           "LANGUAGE_FALLBACK"]

logger = logging.getLogger(__name__)

_VERB_WINDOW = 8  # tokens around the number searched for casualty and direction words
_PAIR_GAP = 5  # tokens between the two numbers of "from X to Y"
_BREAK = frozenset(".;:!?،؛()\"“”«»")
#: Categories whose count a clause cue (killed, wounded, arrested...) may re-label.
_PERSON_CATEGORIES = frozenset({None, "people", "troops", "killed", "wounded", "missing",
                                "arrested", "displaced"})
#: Languages read with the lexicon of a close one ("nn" Nynorsk with Bokmål).
LANGUAGE_FALLBACK: dict[str, str] = {"nn": "nb", "no": "nb"}


def supported_language(language: str | None) -> str | None:
    """The lexicon language used to read ``language``, or ``None`` when claims are not read.

    Example:
        >>> supported_language("nn"), supported_language("de")
        ('nb', None)
    """
    if language in LANGUAGES:
        return language
    return LANGUAGE_FALLBACK.get(language or "")


class SentenceClaim:
    """A claim found in one sentence, before document offsets and ids are attached."""

    __slots__ = ("quantity", "category", "direction", "change", "start", "end", "noun",
                 "role", "first", "last")

    def __init__(self, quantity: Quantity, category: str, direction: str | None,
                 change: str | None, start: int, end: int, noun: str | None = None,
                 role: str | None = None, first: int = 0, last: int = 0) -> None:
        self.quantity, self.category = quantity, category
        self.direction, self.change = direction, change
        self.start, self.end = start, end
        self.noun, self.role = noun, role
        self.first, self.last = first, last


_CLASS_MEMO: dict[tuple[int, str], dict[str, str | None]] = {}
_STEM_MEMO: dict[int, dict[str, str]] = {}


#: Nouns that are cues only with a possessive (or "without") before them (closed class):
#: Danish/Norwegian "hjem" is also the adverb "home" ("tog hjem"); "fra deres hjem" is a
#: home left behind, "uten hjem" is homeless.
_POSSESSED: dict[str, tuple[frozenset[str], dict[str, str]]] = {
    "da": (frozenset({"deres", "sine", "sit", "sin", "vores", "uden"}), {"hjem": "displaced"}),
    "nb": (frozenset({"deres", "sine", "sitt", "sin", "våre", "uten"}), {"hjem": "displaced"}),
}
#: "own" between a possessive and its noun ("i sine egne hjem").
_OWN = frozenset({"egne", "eget", "egen"})
#: Cue classes whose Danish/Norwegian compounds keep the meaning of their head.
_COMPOUND_CUES = frozenset({"wounded", "missing", "arrested"})


def _classifier(table: Mapping[str, tuple[str, ...]], lex: Lexicon, name: str):
    """Memoised ``norm -> class`` look-up of a lexicon table (first matching class)."""
    key = (id(table), name)
    memo = _CLASS_MEMO.get(key)
    if memo is None or len(memo) > 50_000:
        memo = _CLASS_MEMO[key] = {}
    stems = None
    if name == "cue" and lex.language in ("da", "nb"):
        stems = _STEM_MEMO.get(id(table))
        if stems is None:
            stems = _STEM_MEMO[id(table)] = stem_table(table)

    def look(norm: str) -> str | None:
        hit = memo.get(norm, "")
        if hit != "":
            return hit
        found = None
        for cls, terms in table.items():
            if word_matches(norm, terms, lex):
                found = cls
                break
        if found is None and name in ("cat", "cue"):
            # "politibetjente", "brannskader": the compound's head decides (for cues only the
            # heads of injury, missing and arrest words: "dyre|livet" is no death)
            longest = ""
            for cls, terms in table.items():
                if name == "cue" and cls not in _COMPOUND_CUES:
                    continue
                head = compound_head_matches(norm, terms, lex) or ""
                if len(head) > len(longest):
                    found, longest = cls, head
        if found is None and stems is not None:  # "behandlede" as the listed "behandlet"
            stem = scandinavian_stem(norm)
            found = stems.get(stem) if stem is not None else None
            for participle in passive_participles(norm) if found is None else ():
                found = next((cls for cls, terms in table.items()
                              if word_matches(participle, terms, lex)), None)
                if found:  # "40 savnes" as "savnet"
                    break
        memo[norm] = found
        return found

    return look


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
        if _is_break(tokens, k):
            lo = k + 1
            break
    for k in range(f.last, hi):
        if _is_break(tokens, k):
            hi = k
            break
    return lo, hi


def _is_break(tokens: list[Token], k: int) -> bool:
    """Strong punctuation, except the dots of an abbreviation ("U.S.", "U.N.")."""
    tok = tokens[k]
    if tok.text not in _BREAK:
        return False
    return not (tok.text == "." and k > 0 and tokens[k - 1].kind == "word"
                and len(tokens[k - 1].text) == 1 and tokens[k - 1].end == tok.start)


def _searched(tokens: list[Token], k: int) -> bool:
    """The cue at ``k`` sits in a phrase about something else: "search for the missing",
    "forsterket med 3.000 soldater etter USAs drap på en general" (a preposition of search,
    time or cause one or two words before it)."""
    return any(tokens[m].norm in _SEARCH_PREPS for m in range(max(0, k - 2), k))


def _part_of(tokens: list[Token], found: list[Found], n: int, j: int, lex: Lexicon
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


def _clause_start(tokens: list[Token], first: int) -> int:
    """Start of the clause of ``tokens[first]`` (after strong punctuation, bounded)."""
    lo = max(0, first - 3 * _VERB_WINDOW)
    for k in range(first - 1, lo - 1, -1):
        if _is_break(tokens, k):
            return k + 1
    return lo


def _nearest(classes: list[str | None], first: int, last: int, lo: int, hi: int,
             is_num: list[bool] | None = None, tokens: list[Token] | None = None
             ) -> tuple[str | None, int, bool]:
    """Nearest classed token to ``[first, last)`` within ``[lo, hi)``: (class, dist, after).

    Ties go to the token after the number. With ``is_num``, a cue after the number that is
    itself followed by another number ("3 airstrikes killed 20") belongs to that number.
    """
    best: tuple[int, int, str | None] = (10**6, 1, None)
    for k in range(lo, hi):
        cls = classes[k]
        if cls is None or first <= k < last:
            continue
        after = k >= last
        if after and is_num is not None and k + 1 < len(is_num) and is_num[k + 1]:
            continue
        if after and tokens is not None and _searched(tokens, k):
            continue  # "200 redningsfolk leder efter savnede": the searched, not the searchers
        dist = k - last + 1 if after else first - k
        key = (dist, 0 if after else 1, cls)
        if key < best:
            best = key
    return best[2], best[0], best[1] == 0


def _skip_post_hedge(tokens: list[Token], j: int, lex: Lexicon) -> int:
    best = 0
    for phrase in lex.post_hedges:
        best = max(best, match_phrase(tokens, j, phrase, lex))
    return j + best


def _is_identifier(tokens: list[Token], f: Found) -> bool:
    """"COVID-19", "Su-35": a number glued by a hyphen to a word before it."""
    i = f.first
    return (i >= 2 and tokens[i - 1].text in "-‐" and tokens[i - 1].end == tokens[i].start
            and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 2].kind == "word")


def _noun_before_vague(tokens: list[Token], f: Found, first_tok: int, lo: int, lex: Lexicon,
                       cue_of: list, dir_of: list, function: frozenset[str]) -> bool:
    """English "test scores": a vague word after a noun and not followed by "of"."""
    if lex.language != "en" or f.quantity.hedge != "vague" or first_tok <= lo:
        return False
    prev = tokens[first_tok - 1]
    nxt = tokens[f.last].norm if f.last < len(tokens) else ""
    return (prev.kind == "word" and prev.norm not in function and nxt != "of"
            and cue_of[first_tok - 1] is None and dir_of[first_tok - 1] is None
            and not prev.norm.endswith(("ed", "ing")))


_DEFINITE = {"en": frozenset({"the", "these", "those", "both"}),
             "da": frozenset({"de", "disse", "begge"}), "nb": frozenset({"de", "disse", "begge"}),
             "ar": frozenset()}
_SEARCH_PREPS = frozenset({"for", "after", "efter", "etter", "following", "since", "siden",
                           "before", "før", "inden", "innen", "بعد", "قبل", "عن"})
_RANGE_BEFORE = frozenset({"between", "mellom", "mellem", "بين"})
_RANGE_TO = frozenset({"to", "til", "الى"})


def _definite_before(tokens: list[Token], first: int, lang: str) -> bool:
    """A definite determiner or a genitive right before the number: a reference."""
    if first == 0:
        return False
    prev = tokens[first - 1]
    if prev.norm in _DEFINITE.get(lang, ()):
        return True
    if lang in ("da", "nb") and prev.kind == "word" and prev.norm.endswith(("ens", "ets")) and (
            len(prev.norm) > 5 and prev.text[:1].islower()):
        return True  # "fredagens to angreb"
    return lang == "en" and first >= 2 and prev.norm in ("s", "'s") and tokens[first - 2].kind \
        in ("word", "punct") and tokens[first - 2].text in ("'", "’")


def _label_before(tokens: list[Token], f: Found, first_tok: int, lo: int) -> bool:
    """A small digit number right after a capitalised word inside the sentence: a name."""
    q = f.quantity
    if q.words or q.hedge != "exact" or first_tok != f.first or first_tok < 2:
        return False
    prev = tokens[first_tok - 1]
    return (prev.kind == "word" and prev.text[:1].isupper() and prev.text[1:2].islower()
            and tokens[first_tok - 2].text not in _BREAK and (q.value or 0) < 100)


def _arabic_label(tokens: list[Token], f: Found, first_tok: int, cat_look, cue_of) -> bool:
    """Digits right after a definite Arabic noun that is neither counted nor a casualty or
    toll word: a label or an ordinal ("المادة 247", "المركز 190", "القرن 17"). Arabic counts
    precede their noun; "عدد القتلى 110" (a toll) and "القتلى 49" stay."""
    q = f.quantity
    if q.words or q.hedge != "exact" or first_tok != f.first or first_tok < 1:
        return False
    prev = tokens[first_tok - 1]
    if prev.kind != "word" or not prev.norm.startswith("ال") or len(prev.norm) < 4:
        return False
    if cat_look(prev.norm) or cue_of[first_tok - 1] or prev.norm in _TOLL_AR:
        return False
    nxt = tokens[f.last] if f.last < len(tokens) else None
    if nxt is not None and nxt.norm == "من" and f.last + 1 < len(tokens):
        of = tokens[f.last + 1]  # "أوقفت السلطات 16 من موظفي المرفأ": 16 of the employees
        if of.kind == "word" and (cat_look(of.norm) or people_shaped(of, "ar")):
            return False
    return nxt is None or nxt.kind != "word" or nxt.norm.startswith("ال") or (
        nxt.norm in _AR_PREPOSITIONS)


#: Definite Arabic toll nouns ("العدد", "الحصيله") and prepositions after a label number.
_TOLL_AR = frozenset(w for k in TOLL_WORDS["ar"] for w in (k, "ال" + k))
_AR_PREPOSITIONS = frozenset({"من", "على", "علي", "في", "عن", "الى", "له", "لها", "منذ", "مع"})


def _score(tokens: list[Token], found: list[Found], n: int) -> bool:
    """Digits glued by a hyphen to a number not larger than the first ("3-0", "5-3", "1-1")."""
    f = found[n]
    pair = None
    if n + 1 < len(found) and found[n + 1].first == f.last + 1:
        pair = (f, found[n + 1])
    elif n > 0 and found[n - 1].last == f.first - 1:
        pair = (found[n - 1], f)
    if pair is None:
        return False
    a, b = pair
    dash = tokens[a.last]
    glued = (dash.text in "-–" and tokens[a.last - 1].end == dash.start
             and dash.end == tokens[b.first].start)
    va, vb = a.quantity.value, b.quantity.value
    return glued and va is not None and vb is not None and vb <= va and va < 100


#: Shortest first element of a Danish/Norwegian compound ending in a unit ("kvadrat|mil").
_COMPOUND_HEAD = 3


def _is_unit(norm: str, units: frozenset[str], lang: str) -> bool:
    """A unit or duration noun, also in the forms CLDR does not list ("ukene", "طنا")."""
    if norm in units or (norm.endswith(("²", "³")) and norm[:-1] in units):
        return True  # "mi²" as "mi"
    if lang in ("da", "nb") and any(len(u) > 2 and norm.endswith(u) and u.isalpha()
                                    for u in (norm[-k:] for k in range(
                                        3, min(len(norm) - _COMPOUND_HEAD + 1, 8)))
                                    if u in units):
        return True  # compounds: "kvadratmil", "arbejdstimer" (not "såret": s + året)
    if lang in ("da", "nb") and (
            (norm.endswith("ne") and (norm[:-2] + "r" in units or norm[:-1] in units))
            or (norm.endswith("ene") and norm[:-3] in units)  # "årene"
            or (norm.endswith("s") and norm[:-1] in units)):  # "to timers tale"
        return True
    if lang == "ar":
        for stem in (norm, norm[2:] if norm.startswith("ال") else norm,
                     norm[1:] if norm[:1] in "لبو" else norm):
            if stem in units or (stem.endswith("ا") and stem[:-1] in units):
                return True  # "السنين", "طنا", "لساعات"
    return False


def _cue_after(tokens: list[Token], cue_of: list, start: int, hi: int, is_num: list[bool],
               function: frozenset[str], *, limit: int = 3) -> tuple[str | None, int]:
    """First cue after ``start`` counting content words only ("are still listed as missing")."""
    dist = 0
    for k in range(start, hi):
        if tokens[k].kind != "word":
            continue
        if cue_of[k] and not (k + 1 < len(is_num) and is_num[k + 1]) and not _searched(
                tokens, k):  # "leder efter savnede": the searched, not the searchers
            return cue_of[k], max(dist, 1)
        if tokens[k].norm not in function:
            dist += 1
            if dist >= limit:
                break
    return None, 10**6


#: Auxiliaries that open the verb of a clause whose subject is a long noun phrase (closed
#: class): "... er blevet evakueret", "... were evacuated", "... ble drept".
_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": frozenset({"was", "were", "is", "are", "have", "has", "had", "been", "be"}),
    "da": frozenset({"er", "var", "blev", "bliver", "blevet", "har", "havde"}),
    "nb": frozenset({"er", "var", "ble", "blir", "blitt", "har", "hadde"}),
}
#: Modal verbs that open a clause's verb phrase (closed class) and the content words their
#: infinitive phrase may span before its cue.
_MODALS: dict[str, frozenset[str]] = {
    "en": frozenset({"may", "might", "can", "could", "must", "will", "would", "should"}),
    "da": frozenset({"kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville"}),
    "nb": frozenset({"kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville"}),
}
_MODAL_REACH = 4
#: Complementizers: a count right after one is the subject of the clause they open.
_THAT: dict[str, frozenset[str]] = {
    "en": frozenset({"that"}), "da": frozenset({"at"}), "nb": frozenset({"at"}),
}


def _predicate_category(tokens: list[Token], k: int, hi: int, lang: str, noun_category
                        ) -> str | None:
    """Category of the noun after a copula at ``k`` ("... of them were children"), if any."""
    if k >= hi or tokens[k].norm not in _AUXILIARIES.get(lang, ()):
        return None
    for m in range(k + 1, min(hi, k + 3)):
        if tokens[m].kind != "word":
            return None
        found = noun_category(tokens[m])
        if found:
            return found
    return None


#: "other" before a noun; as a head ("200 andre", "40 others") it counts people.
_OTHER_WORDS = frozenset({"andre", "other", "others"})
#: Arabic "فقد" is both "lost, went missing" and the particle "fa-qad" before a verb; it is
#: a missing cue only with a count (or its hedge) at most one word after it ("فقد 30
#: صيادا", "فُقد أثر 17 صيادا").
_AR_QAD = frozenset({"فقد", "وقد", "لقد"})
#: Folded "مأوى" (shelter), a displacement cue only after "without" ("بلا مأوى").
_AR_SHELTER = "ماوي"
_AR_WITHOUT = frozenset({"بلا", "دون", "بدون", "من"})
#: Relative pronouns right after a bare count make it a count of people (closed class).
_WHO: dict[str, frozenset[str]] = {
    "en": frozenset({"who"}), "da": frozenset({"som", "der"}), "nb": frozenset({"som"}),
    "ar": frozenset({"ممن", "الذين"}),
}
#: "among them" before a count: its people are part of the count before (closed class).
_AMONG = {"en": (("among", "them"), ("including",), ("of", "whom")),
          "da": (("blandt", "dem"), ("heriblandt",), ("heraf",), ("deraf",)),
          "nb": (("blant", "dem"), ("deriblant",), ("herav",), ("derav",)),
          "ar": (("بينهم",), ("من", "بينهم"), ("منهم",))}


def _among_them(tokens: list[Token], first_tok: int, out: list, lex: Lexicon) -> bool:
    """The count follows "among them"/"blandt dem"/"بينهم" (or an "and" after such a count)
    and so names part of the people of the claim before."""
    k = first_tok
    if k and tokens[k - 1].norm in _CONJUNCTIONS and out and out[-1].last < k - 1:
        k = out[-1].first  # "among them three Lebanese and three Syrians"
        while k > 0 and tokens[k - 1].start >= out[-1].quantity.hedge_start:
            k -= 1
    for phrase in _AMONG.get(lex.language, ()):
        n = len(phrase)
        if k >= n and tuple(t.norm for t in tokens[k - n:k]) == tuple(
                normalise_word(w) for w in phrase):
            return True
    return False



_APPOSITION_MAX = 6  # tokens inside ", six of them children," / ", de fleste af dem børn,"


def _cue_after_apposition(tokens: list[Token], cue_of: list, k: int, is_num: list[bool],
                          function: frozenset[str]) -> str | None:
    """The cue right after a comma-enclosed apposition that follows the counted noun:
    "Fifteen people, six of them children, died", "Tolv arbejdere, de fleste af dem
    migranter, blev såret" (the verb belongs to the subject before the apposition)."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    for m in range(k + 1, min(len(tokens), k + 2 + _APPOSITION_MAX)):
        if tokens[m].text in _BREAK:
            return None
        if tokens[m].text == ",":
            if m - k < 3:
                return None
            cue, dist = _cue_after(tokens, cue_of, m + 1, min(len(tokens), m + 8), is_num,
                                   function)
            return cue if dist <= 3 else None
    return None


def _coordinated_end(tokens: list[Token], found: list[Found], n: int, last_tok: int, hi: int,
                     lex: Lexicon) -> int:
    """Clause end of the next count when only "and"/"og"/"و" (and a hedge) separates them."""
    if n + 1 >= len(found):
        return hi
    nxt = found[n + 1]
    between = [t for t in tokens[last_tok + 1:nxt.first] if t.start < nxt.quantity.hedge_start]
    if len(between) == 1 and between[0].norm in _CONJUNCTIONS:
        return min(len(tokens), nxt.last + 2 * _VERB_WINDOW)
    return hi


def _after_conjunction(tokens: list[Token], f: Found, text: str) -> bool:
    """The number follows "and"/"og" or an Arabic attached و ("وواحد وثلاثون")."""
    q = f.quantity
    for at in {q.hedge_start, q.start}:  # "و 31" or the clitic inside the token: "وواحد"
        if at > 0 and text[at - 1] == "و" and (at < 2 or not text[at - 2].isalpha()):
            return True
    if q.text.startswith("وو") or (q.text.startswith("و") and not q.text.startswith("واحد")
                                   and q.words):
        return True  # the clitic read inside the number: "وواحد وثلاثون"
    k = f.first - 1
    while k >= 0 and tokens[k].start >= q.hedge_start:
        k -= 1
    return k >= 0 and tokens[k].norm in _CONJUNCTIONS


def _after_month(tokens: list[Token], f: Found, lex: Lexicon) -> bool:
    """"Jan. 8 attacks": a day number after an abbreviated month name."""
    k = f.first - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    return k >= 0 and tokens[k].kind == "word" and (
        tokens[k].norm in lex.months or tokens[k].norm + "." in lex.months)


def sentence_claims(text: str, language: str, *, lexicon: Lexicon | None = None
                    ) -> list[SentenceClaim]:
    """Claims of one sentence, with offsets relative to ``text``.

    Args:
        text: The sentence.
        language: ``en``, ``da``, ``nb`` or ``ar`` (``nn``/``no`` are read as ``nb``).
        lexicon: Lexicon to use instead of the built-in one (e.g. with extra categories).

    Returns:
        One :class:`SentenceClaim` per claimed quantity, in text order.

    Raises:
        ValueError: If the language has no lexicon and none is given.
    """
    lex = lexicon or get_lexicon(supported_language(language) or language)
    lang = lex.language
    tokens, found = scan(text, lang, lexicon=lex)
    if not found:
        return []
    cat_look = _classifier(lex.categories, lex, "cat")

    def noun_category(tok: Token) -> str | None:
        if tok.kind != "word":
            return None
        return cat_look(tok.norm) or ("people" if people_shaped(tok, lang) else None)

    cue_look = _classifier(lex.casualty, lex, "cue")
    dir_look = _classifier(lex.directions, lex, "dir")
    words = [t.kind == "word" for t in tokens]
    cue_of = [cue_look(t.norm) if w else None for t, w in zip(tokens, words)]
    dir_of = [dir_look(t.norm) if w else None for t, w in zip(tokens, words)]
    is_cue = [c is not None or d is not None for c, d in zip(cue_of, dir_of)]
    is_num = [False] * len(tokens)
    for f in found:
        if f.quantity.kind == "count":
            for k in range(f.first, f.last):
                is_num[k] = True
            k = f.first - 1
            while k >= 0 and tokens[k].start >= f.quantity.hedge_start:
                is_num[k] = True  # "killed at least 20": the hedge leads to the number
                k -= 1
    possessives, possessed = _POSSESSED.get(lang, (frozenset(), {}))
    for k in range(1, len(tokens)):  # "fra deres hjem": home with its owner is a lost home
        if tokens[k].norm in possessed and (tokens[k - 1].norm in possessives or (
                k > 1 and tokens[k - 1].norm in _OWN and tokens[k - 2].norm in possessives)):
            cue_of[k] = possessed[tokens[k].norm]
            is_cue[k] = True
    if lang == "ar":  # "فقد تم الإبلاغ": the particle فـ+قد before a verb, not "lost"
        for k, tok in enumerate(tokens):
            if (tok.norm in _AR_QAD and not any(is_num[k + 1:k + 3])) or (
                    tok.norm == _AR_SHELTER and not (k and tokens[k - 1].norm in _AR_WITHOUT)):
                cue_of[k] = None  # "مأوى" (shelter) is a cue in "بلا مأوى", not "ماوي" (Maui)
                is_cue[k] = dir_of[k] is not None
    function = FUNCTION_WORDS.get(lang, frozenset())
    units = unit_words(lang)
    multipliers = MULTIPLIERS.get(lang, frozenset())
    out: list[SentenceClaim] = []
    for n, f in enumerate(found):
        q = f.quantity
        if lang == "ar" and q.words and q.hedge != "vague" and q.text.startswith("ال"):
            continue  # "الخمسين", "الاثني عشر": a definite number names, it does not count
        if q.kind != "count" or _is_identifier(tokens, f) or _after_month(tokens, f, lex) or (
                tokens[f.first].norm in multipliers or tokens[f.first].norm in lex.weekdays):
            continue  # "twice", Arabic "الاثنين" (Monday)
        lo, hi = _clause(tokens, found, n)
        first_tok = f.first
        while first_tok > 0 and tokens[first_tok - 1].start >= q.hedge_start:
            first_tok -= 1  # the hedge's tokens
        vague = q.hedge == "vague" or (q.words and q.value is not None and q.value >= 100
                                       and q.value % 100 == 0 and f.last - f.first == 1)
        if _noun_before_vague(tokens, f, first_tok, lo, lex, cue_of, dir_of, function):
            continue  # "test scores", "credit scores": a noun, not a quantity
        if _score(tokens, found, n):
            continue  # "3-0 seier", "5-3 sejr": a result, not a count
        if _label_before(tokens, f, first_tok, lo):
            continue  # "Formula 1 championship", "Kategori 4 storm": part of a name
        if lang == "ar" and _arabic_label(tokens, f, first_tok, cat_look, cue_of):
            continue  # "المادة 247 من الدستور", "القرن 17": article 247, the 17th century
        # "the two attacks", "de to angrepene", "fredagens to angreb": a reference to things
        # counted before (people with a casualty word, "the 10 gunmen were killed", stay)
        reference = q.hedge == "exact" and (q.value or 0) < 20 and _definite_before(
            tokens, first_tok, lang)
        j = _skip_post_hedge(tokens, f.last, lex)
        dual = arabic_dual(tokens[f.first].norm) if lang == "ar" and q.words and \
            q.value == 2 and f.last - f.first == 1 else None
        if dual is not None and (_is_unit(dual, units, lang) or dual in multipliers):
            continue  # "ساعتين" (two hours), "مرتين" (twice)
        if dual is not None:  # "طائرتين": the dual noun is its own count
            dual_category = cat_look(dual) or cat_look(tokens[f.first].norm) or "other"
            dual_cue, _, _ = _nearest(cue_of, f.first, f.last, lo, hi, is_num, tokens)
            if dual_cue is not None and dual_category in _PERSON_CATEGORIES:
                dual_category = dual_cue
            out.append(SentenceClaim(q, dual_category, None, None, q.hedge_start, q.end,
                                     tokens[f.first].text, None, f.first, f.first))
            continue
        np = noun_phrase(tokens, j, hi, lex, vague=vague, is_cue=is_cue)
        if np is None and j < hi and tokens[j].kind == "word" and tokens[j].text.islower() \
                and _is_unit(tokens[j].norm, units, lang):
            continue  # "sentences of over 10 years or death": a duration, whatever follows
        part_of = _part_of(tokens, found, n, j, lex)
        if np is None and part_of is not None:
            # "Three of the five suspects", "3 af de 5 mistenkte", "250 of the 1,100 homes":
            # counted by the noun of the whole; its clause gives the cue
            hi = max(hi, _clause(tokens, found, part_of)[1])
            np = noun_phrase(tokens, found[part_of].last, hi, lex, is_cue=is_cue)
        noun: str | None = None
        category: str | None = None
        end = q.end
        # a casualty, arrest, missing or displacement word in the clause
        if out and out[-1].last >= lo:
            lo = out[-1].last + 1  # "ti døde og reddet 27 overlevende": not the noun before
        cue, dist, cue_after = _nearest(cue_of, f.first, f.last, lo, hi, is_num, tokens)
        if cue and not cue_after and out and out[-1].last < f.first - dist and any(
                tokens[k].norm in _CONJUNCTIONS for k in range(f.first - dist + 1, first_tok)):
            # "Five people were killed and 2,500 troops were deployed": the verb before "and"
            # is the predicate of the count before it, not of this one
            cue, dist, cue_after = _nearest(cue_of, f.first, f.last, f.first, hi, is_num,
                                            tokens)
        last_tok = f.last - 1
        if np is not None and not np.of_them and lang in ("da", "nb") and (
                tokens[np.head].text[:1].isupper() and tokens[np.head].text[1:2].islower()
                and cat_look(tokens[np.head].norm) is None
                and not people_shaped(tokens[np.head], lang)
                and not _plural_shape(tokens[np.head].norm, "en")):
            # "fem foran Bowyer": a name, Danish/Norwegian nouns are lower-case (a foreign
            # plural such as "100 000 Taínos" stays a counted noun)
            np = None
        if np is not None and np.of_them:
            clause_cue, _, _ = _nearest(cue_of, f.first, np.last + 1, lo, hi, is_num)
            # the antecedent is the claim before; none ("eight weeks, four of them"): no claim
            category = clause_cue or (out[-1].category if out else None)
            if category is None:  # "Mindst 12 af dem var børn": the predicate noun says who
                category = _predicate_category(tokens, np.last + 1, hi, lang, noun_category)
            end, last_tok = tokens[np.last].end, np.last
        elif np is not None:
            head = tokens[np.head]
            first_word = tokens[np.first].norm
            if len(head.text) == 1 or (head.text.isupper() and len(head.text) <= 3
                                       and cat_look(head.norm) is None):
                continue  # "30 m", "1.000 f.Kr.", "11.000 US$": abbreviations, not nouns
            if _is_unit(head.norm, units, lang) or first_word in multipliers or (
                    head.norm in multipliers) or (
                    _is_unit(first_word, units, lang) and tokens[np.first].text.islower()):
                continue  # measure, duration or multiplier ("20 km away", "three days")
            if lang == "ar" and not vague and head.norm.startswith("ال") and np.first == j:
                continue  # "الفرقة 82 المحمولة": a label; counted Arabic nouns are indefinite
            category = phrase_category(tokens, np.head, hi, lex) or cat_look(head.norm)
            if category is None:
                for k in range(np.first, np.head):
                    if tokens[k].norm in _OTHER_WORDS:
                        continue  # "fem andre sportsgrene": "other", not "others"
                    category = cat_look(tokens[k].norm) if words[k] else None
                    if category is None and words[k] and lang in ("da", "nb") and \
                            people_shaped(tokens[k], lang) and not people_shaped(head, lang):
                        category = "people"  # "700 brandfolk kæmper": nouns do not stack
                    if category:  # a listed noun wins: "200 frivillige leder efter ..."
                        np = NounPhrase(k, np.first, k)
                        head = tokens[k]
                        break
            if category is None and np.first == np.head and (cue_of[np.head] or (
                    lang in ("da", "nb") and head.norm.endswith(("et", "ede"))
                    and len(head.norm) > 4)):
                np = None  # "40 skadet", "1.602 bekræftet dræbt": a verb, not a noun
            elif category is None and lang == "en" and (
                    (np.first == np.head and head.norm.endswith(("ed", "ing")))
                    or (q.value != 1 and not _plural_shape(head.norm, lang)
                        and head.norm not in _IRREGULAR_PLURALS
                        and not people_shaped(head, lang))):
                np = None  # "110 diagnosed with...", "3 remain missing": a verb, not a noun
            else:
                if category is None and q.words and q.value == 1 and cue is None:
                    continue  # "one reason", "one friend": too ambiguous without a cue
                if category is None:
                    category = "people" if people_shaped(head, lang, count=q.value) \
                        else "other"
                noun = head.text
                last = np.last
                if lang == "ar":  # adjectives follow: "30 مركبة مدرعة", "2500 جندي أمريكي"
                    last = _arabic_adjectives(tokens, np.head, hi, lex, cat_look)
                if part_of is None or np.first < found[part_of].first:
                    end, last_tok = tokens[last].end, last  # else the quote stays "Three"
        if np is None and not (category and noun is None and out):  # standing alone
            after, dist_a = _cue_after(tokens, cue_of, f.last, hi, is_num, function)
            before_cue = cue_before_adverbs(tokens, cue_of, first_tok, lo, lex)
            if after and dist_a <= 3:
                category = after  # "25 were killed", "dozens more were injured"
            elif before_cue and not (q.words and (
                    tokens[first_tok].norm in _NOUN_HOMOGRAPHS.get(lang, ())
                    or tokens[first_tok].norm in lex.one_words)):
                category = before_cue  # "killed 25", "dræbte ni" (not "anholdt tyve": thieves)
            else:
                category = toll_category(tokens, first_tok, _clause_start(tokens, first_tok),
                                         lex, cue_of, noun_category=noun_category)
            if category is None and j < len(tokens) and \
                    tokens[j].norm in _WHO.get(lang, ()):
                category = "people"  # "500 millioner som snakker det", "40 who signed"
            if category is None and j < len(tokens) and (
                    tokens[j].norm in _PASSIVE.get(lang, ())) and (
                    _clause_start(tokens, first_tok) == first_tok or (
                        tokens[first_tok - 1].norm in _FURTHER.get(lang, ()))):
                category = "people"  # "Yderligere 14 blev fundet i live": a passive's subject
        elif category in _PERSON_CATEGORIES and noun is not None:
            # "13 soldater og 170 afghanere ble drept": coordinated counts share the verb
            nxt = _coordinated_end(tokens, found, n, last_tok, hi, lex)
            if nxt > hi:
                later, _ = _cue_after(tokens, cue_of, last_tok + 1, nxt, is_num, function,
                                      limit=_VERB_WINDOW)
                cue = cue or later
            if cue is None:  # "Fifteen people, six of them children, died"
                cue = _cue_after_apposition(tokens, cue_of, last_tok + 1, is_num, function)
            if cue is None and (_clause_start(tokens, first_tok) == first_tok or (
                    tokens[first_tok - 1].norm in _THAT.get(lang, ()))):
                # the subject of its clause (or of a "that" clause): the verb may follow a
                # long modifier ("Flere tusinde beboere nedenfor dæmningen syd for Bonn er
                # blevet evakueret")
                stop = found[n + 1].first if n + 1 < len(found) else len(tokens)
                stop = min(stop, last_tok + 1 + 2 * _VERB_WINDOW)
                stop = next((k for k in range(last_tok + 1, stop) if _is_break(tokens, k)),
                            stop)
                modals = _MODALS.get(lang, frozenset())
                aux = next((k for k in range(last_tok + 1, stop)
                            if tokens[k].norm in _AUXILIARIES.get(lang, ())
                            or tokens[k].norm in modals), None)
                if aux is not None:  # the clause's verb: an auxiliary and its participle
                    cue, _ = _cue_after(tokens, cue_of, aux + 1, min(stop, aux + 3), is_num,
                                        function)
                if cue is None and aux is not None and tokens[aux].norm in modals:
                    # a modal and its infinitive phrase ("kan ikke lenger bo i sine egne hjem")
                    cue, _ = _cue_after(tokens, cue_of, aux + 1, stop, is_num, function,
                                        limit=_MODAL_REACH)
            if cue and category in _EVENT_CATEGORIES:
                # the noun says what happened ("nine victims", "40 sårede"); only a verb right
                # at the phrase, outside it, re-labels it ("Four of the wounded died" is
                # killed; "the nine victims were held that another student was arrested"
                # stays killed)
                outside, near, after_phrase = _nearest(cue_of, f.first, last_tok + 1, lo, hi,
                                                       is_num, tokens)
                if not (outside and after_phrase and near <= _NOUN_CUE_REACH):
                    # a verb before its subject ("توفي أربعة من الجرحى", "I nat døde fire af
                    # de sårede"), not one across "and" ("18 were killed and 40 injured")
                    outside = verb_before(tokens, cue_of, first_tok, lo, is_num)
                cue = outside
            if cue and not (cue == "displaced" and category == "troops"):
                category = cue
        elif category == "other" and cue and not reference:
            close_after, _ = _cue_after(tokens, cue_of, last_tok + 1, hi, is_num, function,
                                        limit=2)
            if dist <= 3 or close_after:
                category = close_after or cue  # "فقد أثر 17 صيادا", "én mann blant de drepte"
        if category is None and np is None and out and _after_conjunction(tokens, f, text):
            category = out[-1].category  # "163 in Germany and 31 in Belgium"
        if category in ("people", "other") and out and out[-1].category in _EVENT_CATEGORIES \
                and _among_them(tokens, first_tok, out, lex):
            category = out[-1].category  # "seven missing, among them three Syrians"
        if category in ("people", "other") or category in _EVENT_CATEGORIES or (
                category is None and np is None):
            group = among_group(tokens, first_tok, last_tok, lo, hi, lang, noun_category,
                                 cue_of)
            category = group or category  # "Blandt ofrene er tre børn": part of the killed
        if category in ("people", "troops") and out and \
                out[-1].category in _EVENT_CATEGORIES and \
                first_tok >= 2 and tokens[first_tok - 1].norm in _CONJUNCTIONS and \
                out[-1].last == first_tok - 2 and out[-1].noun is not None and \
                _cue_after(tokens, cue_of, f.last, hi, is_num, function)[0] is None:
            category = out[-1].category  # "anholdt 5 mænd og 2 kvinder": one verb, two objects
            # (also the Arabic subject after its verb: "قتل 170 أفغانيا و13 عسكريا")
        # direction of a change and the two ends of "from X to Y"
        span_end = max(f.last, last_tok + 1)  # not inside the noun phrase ("additional")
        change, _, _ = _nearest(dir_of, f.first, span_end, lo, hi)
        if change is None:
            wide_lo = max(0, f.first - 2 * _VERB_WINDOW)
            wide_hi = min(len(tokens), f.last + 2 * _VERB_WINDOW)
            change, _, _ = _nearest(dir_of, f.first, span_end, wide_lo, wide_hi)
        before = tokens[first_tok - 1].norm if first_tok > 0 else ""
        role = _role(tokens, found, n, first_tok, before, change, lex)
        direction = role or change
        if category is None and role:
            category = _category_before(tokens, first_tok, cat_look)
        if category is None and role == "from" and n + 1 < len(found):
            category = "_pending"  # takes the category of the target ("from 3,000 to 2,500")
        if category is None or (reference and category in ("other", "people", "buildings",
                                                             "vehicles", "rockets", "troops")):
            continue
        if _article_one(tokens, f, lex) and (category not in _EVENT_CATEGORIES or (
                out and not cue_after)):
            continue  # "en person som veier", "en drone": an article; English writes "a"
            # ("80 ble drept da en mann åpnet ild": the cue before belongs to the 80)
        if category in ("killed", "wounded", "missing", "arrested", "displaced") and not role:
            direction = change = None
        out.append(SentenceClaim(q, category, direction, change, q.hedge_start, end, noun,
                                 role, f.first, last_tok))
    _resolve_pairs(out)
    return [c for c in out if c.category != "_pending"]


#: Passive auxiliaries: a bare count right before one, opening its clause, is the subject
#: of a passive, and what is done to a bare count is done to people (closed class).
_PASSIVE: dict[str, frozenset[str]] = {
    "en": frozenset({"were"}), "da": frozenset({"blev"}), "nb": frozenset({"ble"}),
}
#: "further", "another", "more" before a bare count: more of what was counted before.
_FURTHER: dict[str, frozenset[str]] = {
    "en": frozenset({"further", "another", "additional"}),
    "da": frozenset({"yderligere", "endnu", "andre"}),
    "nb": frozenset({"ytterligere", "enda", "andre"}),
}
#: Number words that are also common nouns: after a verb they are its object, not a count
#: (Danish "tyve" is twenty and thieves: "Politiet anholdt tyve i nat"). Closed class.
_NOUN_HOMOGRAPHS: dict[str, frozenset[str]] = {"da": frozenset({"tyve"})}
#: Forms of "one" that are only the numeral, never the article (Bokmål "ett", accented).
_NUMERAL_ONE = frozenset({"ett", "én", "ét"})


def _article_one(tokens: list[Token], f: Found, lex: Lexicon) -> bool:
    """The quantity is a Danish/Norwegian article-shaped "en"/"et"/"ei" read as one."""
    if lex.language not in ("da", "nb") or f.last - f.first != 1:
        return False
    tok = tokens[f.first]
    return tok.norm in lex.one_words and tok.text.lower() not in _NUMERAL_ONE


def _role(tokens: list[Token], found: list[Found], n: int, first_tok: int, before: str,
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




def _category_before(tokens: list[Token], first: int, cat_look) -> str | None:
    """A category noun earlier in the clause ("خفض عدد القوات ... إلى 2500")."""
    for k in range(first - 1, max(-1, first - 1 - 3 * _VERB_WINDOW), -1):
        if tokens[k].text in _BREAK:
            break
        if tokens[k].kind == "word":
            category = cat_look(tokens[k].norm)
            if category:
                return category
    return None


def _resolve_pairs(claims: list[SentenceClaim]) -> None:
    """Give the two ends of a change the same category (the one that has it)."""
    for a, b in zip(claims, claims[1:]):
        if a.role == "from" and b.role == "target":
            if a.category == "_pending" or (a.noun is None and b.noun is not None):
                a.category = b.category


def _arabic_adjectives(tokens: list[Token], head: int, stop: int, lex: Lexicon,
                       cat_look) -> int:
    """Last token of the adjectives that follow an Arabic counted noun."""
    function = FUNCTION_WORDS["ar"]
    definite = tokens[head].norm.startswith("ال")
    k = head
    while k + 1 < stop and k + 1 < head + 3:
        tok = tokens[k + 1]
        if tok.kind != "word" or tok.norm in function or tok.norm.startswith("و"):
            break  # "45 شخصا وإصابة": an attached "and" starts the next phrase
        same_cat = cat_look(tok.norm) is not None and cat_look(tok.norm) == cat_look(
            tokens[head].norm)
        agrees = tok.norm.startswith("ال") == definite and tok.norm.endswith(
            ("ه", "ي", "يه", "ين", "ون", "ات", "ا"))
        if not (same_cat or agrees):
            break
        k += 1
    return k


def extract_claims(sentences: Iterable, *, translations: Mapping[int, str] | None = None,
                   lexicons: Mapping[str, Lexicon] | None = None,
                   unsupported: str = "warn", translation_evidence: bool = True
                   ) -> list[Claim]:
    """Extract claims from sentences, anchored in the raw document text.

    Args:
        sentences: :class:`translate.corpus.document.Sentence` objects (``doc``, ``index``,
            ``start``, ``end``, ``text``, ``language``); offsets point into the raw text.
        translations: English text per sentence index, when a translation exists.
        lexicons: Per-language lexicons overriding the built-in ones.
        unsupported: What to do with a sentence whose language has no lexicon (German,
            French...): ``"warn"`` (default) skips it with a :class:`UserWarning` naming the
            language, ``"skip"`` skips it silently (the caller reports it), ``"raise"``
            raises :class:`ValueError`.
        translation_evidence: When a source claim has only a generic category
            (``people``/``other``) and the English translation of its sentence states the
            same value with a specific one ("omkom" unread, "perished" read), take the
            translation's category (:mod:`translate.claims.evidence`; default ``True``).
            A specific category read in the source is never changed.

    Returns:
        Claims in sentence order; ids ``"{doc}#c{n}"`` count from 1 within each document.

    Raises:
        ValueError: With ``unsupported="raise"``, for a language without a lexicon.

    Example:
        >>> from translate.corpus.document import Sentence
        >>> s = Sentence("002", 0, 0, 33, "25 militante blev dræbt i angreb.", "da")
        >>> c = extract_claims([s])[0]
        >>> (c.id, c.quote, c.value, c.category, c.noun)
        ('002#c1', '25 militante', 25.0, 'killed', 'militante')
    """
    if unsupported not in ("warn", "skip", "raise"):
        raise ValueError("unsupported must be 'warn', 'skip' or 'raise'")
    translations = translations or {}
    lexicons = lexicons or {}
    counters: dict[str, int] = {}
    claims: list[Claim] = []
    warned: set[str] = set()
    for sent in sentences:
        lang = sent.language
        lexicon = lexicons.get(lang)
        if lexicon is None and supported_language(lang) is None:
            if unsupported == "raise":
                raise ValueError(f"no claim lexicon for {lang!r}; known: {', '.join(LANGUAGES)}")
            if unsupported == "warn" and lang not in warned:
                warnings.warn(f"claims not read for language {lang!r} (no lexicon; known: "
                              f"{', '.join(LANGUAGES)})", UserWarning, stacklevel=2)
            warned.add(lang)
            continue
        # read without invisible characters (soft hyphen, zero-width, NUL) so a word they
        # cut in two still reads; quotes and offsets map back exactly into the raw text
        reading = reading_text(sent.text)
        english = sent.text if lang == "en" else translations.get(sent.index)
        english_claims: list[SentenceClaim] | None = None
        for sc in sentence_claims(reading.text, lang, lexicon=lexicon):
            a, b = reading.span(sc.start, sc.end)
            counters[sent.doc] = counters.get(sent.doc, 0) + 1
            q = sc.quantity
            category = sc.category
            if lang == "en":
                english_quote = sent.text[a:b]
            else:
                if english and english_claims is None:
                    english_claims = sentence_claims(english, "en")
                evidence = english_evidence(q.value, q.low, q.high, sc.category, english,
                                            english_claims) if english and english_claims else None
                english_quote = evidence.quote if evidence else None
                if translation_evidence:
                    category = refined_category(category, evidence)
            claims.append(Claim(
                id=f"{sent.doc}#c{counters[sent.doc]}", doc=sent.doc,
                quote=sent.text[a:b], start=sent.start + a, end=sent.start + b,
                value=q.value, low=q.low, high=q.high, hedge=q.hedge,
                category=category, direction=sc.direction, change=sc.change,
                sentence=sent.text, sentence_index=sent.index, language=lang, english=english,
                english_quote=english_quote, noun=sc.noun, role=sc.role, number=q.text,
            ))
    return claims
