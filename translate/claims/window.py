"""Token windows of a claim: the clause around a number and the nearest cue in it.

Every window is bounded (:data:`VERB_WINDOW` tokens each side, clipped at strong
punctuation and at the neighbouring counts), so reading a sentence costs time linear in
its length. The word sets here are closed classes (auxiliaries, modals, complementizers,
prepositions of search and time).
"""

from __future__ import annotations

from translate.claims.bare import WHO, past_verb
from translate.claims.clause import CONJUNCTIONS as _CONJUNCTIONS
from translate.claims.lexicon import Lexicon
from translate.claims.quantities import Found
from translate.claims.tense import past_form
from translate.claims.tokens import Token, match_phrase, ordinal_dot

__all__ = ["VERB_WINDOW", "BREAK", "AUXILIARIES", "MODALS", "MODAL_REACH", "THAT",
           "clause_window", "is_break", "searched", "clause_start", "nearest", "next_cue",
           "cue_after_apposition", "coordinated_end", "predicate_category", "skip_post_hedge",
           "RELATIVES", "relative_clause"]


VERB_WINDOW = 8  # tokens around the number searched for casualty and direction words


BREAK = frozenset(".;:!?،؛()\"“”«»")


_SEARCH_PREPS = frozenset({"for", "after", "efter", "etter", "following", "since", "siden",
                           "before", "før", "inden", "innen", "بعد", "قبل", "عن"})


def clause_window(tokens: list[Token], found: list[Found], n: int) -> tuple[int, int]:
    """Token window around quantity n, not crossing neighbouring counts or strong punctuation."""
    f = found[n]
    lo = max(0, f.first - VERB_WINDOW)
    hi = min(len(tokens), f.last + VERB_WINDOW)
    if n > 0:
        lo = max(lo, found[n - 1].last)
    if n + 1 < len(found):
        hi = min(hi, found[n + 1].first)
    for k in range(f.first - 1, lo - 1, -1):
        if is_break(tokens, k):
            lo = k + 1
            break
    for k in range(_past_quoted(tokens, f.last, hi), hi):
        if is_break(tokens, k):
            hi = k
            break
    return lo, hi


_QUOTED_WORDS = 6  # words of a quoted noun phrase right after a count


def _past_quoted(tokens: list[Token], j: int, hi: int) -> int:
    """Index after a short quoted phrase right after a count (80 "American terrorists"
    were killed: the quoted words are its noun, the quotes end no clause), else ``j``."""
    if j >= hi or tokens[j].text not in '"“«„':
        return j
    for k in range(j + 1, min(hi, j + 2 + _QUOTED_WORDS)):
        if tokens[k].text in '"”»“':
            return k + 1
        if tokens[k].kind != "word":
            break
    return j


def is_break(tokens: list[Token], k: int) -> bool:
    """Strong punctuation, except the dots of an abbreviation ("U.S.", "U.N.") and of a
    Danish/Norwegian ordinal inside a sentence ("siden 25. august", "den 4. juli": a dot
    glued to digits with a lower-case word after it ends no sentence)."""
    tok = tokens[k]
    if tok.text not in BREAK:
        return False
    if ordinal_dot(tokens, k):
        return False
    return not (tok.text == "." and k > 0 and tokens[k - 1].kind == "word"
                and len(tokens[k - 1].text) == 1 and tokens[k - 1].end == tok.start)


def searched(tokens: list[Token], k: int) -> bool:
    """The cue at ``k`` sits in a phrase about something else: "search for the missing",
    "forsterket med 3.000 soldater etter USAs drap på en general" (a preposition of search,
    time or cause one or two words before it)."""
    return any(tokens[m].norm in _SEARCH_PREPS for m in range(max(0, k - 2), k))


def clause_start(tokens: list[Token], first: int) -> int:
    """Start of the clause of ``tokens[first]`` (after strong punctuation, bounded)."""
    lo = max(0, first - 3 * VERB_WINDOW)
    for k in range(first - 1, lo - 1, -1):
        if is_break(tokens, k):
            return k + 1
    return lo


def nearest(classes: list[str | None], first: int, last: int, lo: int, hi: int,
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
        if after and tokens is not None and searched(tokens, k):
            continue  # "200 redningsfolk leder efter savnede": the searched, not the searchers
        dist = k - last + 1 if after else first - k
        key = (dist, 0 if after else 1, cls)
        if key < best:
            best = key
    return best[2], best[0], best[1] == 0


def skip_post_hedge(tokens: list[Token], j: int, lex: Lexicon) -> int:
    best = 0
    for phrase in lex.post_hedges:
        best = max(best, match_phrase(tokens, j, phrase, lex))
    return j + best


#: Relative words of a part of the group just counted ("some of whom", "hvoraf", "hvorav";
#: closed class): the verb after them says what happened to the part, not to the count.
_SUBSET_RELATIVES = frozenset({"whom", "hvoraf", "hvorav"})


def next_cue(tokens: list[Token], cue_of: list, start: int, hi: int, is_num: list[bool],
               function: frozenset[str], *, limit: int = 3) -> tuple[str | None, int]:
    """First cue after ``start`` counting content words only ("are still listed as missing")."""
    dist = 0
    for k in range(start, hi):
        if tokens[k].kind != "word":
            continue
        if tokens[k].norm in _SUBSET_RELATIVES:
            break  # "from 218 to 197, some of whom may have died": the verb is the part's
        if cue_of[k] and not (k + 1 < len(is_num) and is_num[k + 1]) and not searched(
                tokens, k):  # "leder efter savnede": the searched, not the searchers
            return cue_of[k], max(dist, 1)
        if tokens[k].norm not in function:
            dist += 1
            if dist >= limit:
                break
    return None, 10**6


#: Auxiliaries that open the verb of a clause whose subject is a long noun phrase (closed
#: class): "... er blevet evakueret", "... were evacuated", "... ble drept".
AUXILIARIES: dict[str, frozenset[str]] = {
    "en": frozenset({"was", "were", "is", "are", "have", "has", "had", "been", "be"}),
    "da": frozenset({"er", "var", "blev", "bliver", "blevet", "har", "havde"}),
    "nb": frozenset({"er", "var", "ble", "blir", "blitt", "har", "hadde"}),
}


#: Modal verbs that open a clause's verb phrase (closed class) and the content words their
#: infinitive phrase may span before its cue.
MODALS: dict[str, frozenset[str]] = {
    "en": frozenset({"may", "might", "can", "could", "must", "will", "would", "should"}),
    "da": frozenset({"kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville"}),
    "nb": frozenset({"kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville"}),
}


MODAL_REACH = 4


#: Complementizers: a count right after one is the subject of the clause they open.
THAT: dict[str, frozenset[str]] = {
    "en": frozenset({"that"}), "da": frozenset({"at"}), "nb": frozenset({"at"}),
}


def predicate_category(tokens: list[Token], k: int, hi: int, lang: str, noun_category
                        ) -> str | None:
    """Category of the noun after a copula at ``k`` ("... of them were children"), if any."""
    if k >= hi or tokens[k].norm not in AUXILIARIES.get(lang, ()):
        return None
    for m in range(k + 1, min(hi, k + 3)):
        if tokens[m].kind != "word":
            return None
        found = noun_category(tokens[m])
        if found:
            return found
    return None


_APPOSITION_MAX = 6  # tokens inside ", six of them children," / ", de fleste af dem børn,"
#: Words that open an apposition naming members of the count (closed class): "among them",
#: "including", "blandt dem", "heriblandt", "blant dem", "deriblant", "بينهم", "منهم"; such a
#: list may be longer ("among them a guard and the woman who stabbed him").
_PART_OPENERS = frozenset({"among", "including", "blandt", "heriblandt", "blant", "deriblant",
                           "inklusive", "inkludert", "بينهم", "منهم", "وبينهم", "ومنهم"})
_PART_APPOSITION_MAX = 14


def cue_after_apposition(tokens: list[Token], cue_of: list, k: int, is_num: list[bool],
                          function: frozenset[str]) -> str | None:
    """The cue right after a comma-enclosed apposition that follows the counted noun:
    "Fifteen people, six of them children, died", "Tolv arbejdere, de fleste af dem
    migranter, blev såret" (the verb belongs to the subject before the apposition)."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    reach = _APPOSITION_MAX
    if k + 1 < len(tokens) and tokens[k + 1].norm in _PART_OPENERS:
        reach = _PART_APPOSITION_MAX  # ", among them a guard and the man who shot him,"
    for m in range(k + 1, min(len(tokens), k + 2 + reach)):
        if tokens[m].text in BREAK:
            return None
        if tokens[m].text == ",":
            if m - k < 3:
                return None
            cue, dist = next_cue(tokens, cue_of, m + 1, min(len(tokens), m + 8), is_num,
                                   function)
            return cue if dist <= 3 else None
    return None


def coordinated_end(tokens: list[Token], found: list[Found], n: int, last_tok: int, hi: int,
                     lex: Lexicon) -> int:
    """Clause end of the next count when only "and"/"og"/"و" (and a hedge) separates them."""
    if n + 1 >= len(found):
        return hi
    nxt = found[n + 1]
    between = [t for t in tokens[last_tok + 1:nxt.first] if t.start < nxt.quantity.hedge_start]
    if len(between) == 1 and between[0].norm in _CONJUNCTIONS:
        return min(len(tokens), nxt.last + 2 * VERB_WINDOW)
    return hi


#: Relative pronouns that open a clause about the noun before them (closed class): those
#: of persons (:data:`translate.claims.bare.WHO`) and English "which", "that".
RELATIVES: dict[str, frozenset[str]] = {
    "en": WHO["en"] | {"which", "that"}, "da": WHO["da"], "nb": WHO["nb"]}
_RELATIVE_REACH = 14  # tokens from the relative pronoun to the main clause's auxiliary


def relative_clause(tokens: list[Token], k: int, lang: str) -> tuple[int, int] | None:
    """``(start, main)`` when a relative clause opens at ``tokens[k]`` (after an optional
    comma) and the main clause's auxiliary follows it: "Dozens of firefighters [who were
    sent to the site before the blasts] were still unaccounted for", "30 brannfolk [som ble
    sendt dit,] er fortsatt savnet". The relative clause's verb describes the noun; the
    verb at ``main`` is its predicate. ``None`` when no relative clause opens there or no
    auxiliary follows its verb (the relative verb is then all the sentence says)."""
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens) or tokens[k].norm not in RELATIVES.get(lang, ()):
        return None
    aux = AUXILIARIES.get(lang, frozenset())
    stop = min(len(tokens), k + 1 + _RELATIVE_REACH)
    verb = None
    for m in range(k + 1, stop):
        tok = tokens[m]
        if is_break(tokens, m):
            return None
        if tok.kind == "word" and (tok.norm in aux or past_form(tok, lang) or past_verb(
                tok, lang) or (lang == "en" and tok.norm.endswith("ed") and len(tok.norm) > 4)):
            verb = m
            break
    if verb is None:
        return None
    m = verb + 1
    while m < stop and tokens[m].norm in aux:
        m += 1  # "who have been sent": one verb group
    for main in range(m + 1, stop):
        tok = tokens[main]
        if is_break(tokens, main) or tok.norm in THAT.get(lang, ()) or tok.kind != "word" and (
                tok.text != ","):
            return None  # another clause ("som var der, sier at seks ble skadd"), a number
        if tok.norm in aux:
            return k, main
        if tok.text == "," and lang in ("da", "nb"):
            nxt = main + 1  # the main clause's verb comes right after the comma
            return (k, nxt) if nxt < stop and tokens[nxt].norm in aux else None
    return None
