"""Clause structure for claim categories: the group a count is part of, the verb of an
inverted clause, a verb past time adverbs, and two-word terms around the counted noun.

These read how a sentence is built rather than which words it uses, so that one figure gets
one category in every language: "Blandt ofrene er tre børn", "Among the dead were three
children", "Of those killed, 8 were foreigners", "من بين القتلى ثلاثة أطفال" are all part of
the killed; "توفي أربعة من الجرحى" and "I nat døde fire af de sårede" are killed by the verb
before their subject; "anholdt fredag 14" is an arrest past the weekday. All word sets here
are closed classes (prepositions, copulas, conjunctions, time adverbs).
"""

from __future__ import annotations

from translate.claims.lexicon import Lexicon, normalise_word
from translate.claims.nounphrase import OF_WORDS
from translate.claims.quantities import Found, hedge_first
from translate.claims.tokens import Token

__all__ = ["ARTICLE_WORDS", "CONJUNCTIONS", "EVENT_CATEGORIES", "NOUN_CUE_REACH",
           "among_group", "among_them", "after_conjunction", "cue_before_adverbs",
           "governing_change", "group_noun", "level_verb_before", "listed_after",
           "measured_noun", "attached_and", "phrase_category", "place_after", "place_before",
           "verb_before", "gapped_conjunct"]

#: Categories of what happened to people: an article "en" counts as one only with these
#: ("En politimann ble skadet" is one wounded; "en person som veier" is no claim).
EVENT_CATEGORIES = frozenset({"killed", "wounded", "missing", "arrested", "displaced"})
#: Articles and determiners skipped inside a partitive ("of the", "af de", "those").
ARTICLE_WORDS = frozenset({"the", "de", "den", "det", "those", "their", "deres"})
#: "and"/"or" (Arabic "و" as a separate token).
CONJUNCTIONS = frozenset({"and", "og", "و", "or", "eller"})
#: Tokens between an event noun ("victims", "sårede") and a verb that may re-label it.
NOUN_CUE_REACH = 2

#: "among" before a group noun (closed class): "blandt ofrene er tre børn".
_AMONG_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"among", "amongst"}), "da": frozenset({"blandt"}),
    "nb": frozenset({"blant"}), "ar": frozenset({"بين"}),
}
#: Verbs of inclusion after a group noun ("the victims include 3 Norwegians"; closed class).
_INCLUDE: dict[str, frozenset[str]] = {
    "en": frozenset({"include", "includes", "included"}),
    "da": frozenset({"omfatter", "inkluderer", "tæller"}),
    "nb": frozenset({"omfatter", "inkluderer", "teller"}),
    "ar": frozenset({"تشمل", "يشمل", "شملت", "شمل"}),
}
#: Copulas between the group and the count ("among the dead were", "tre børn er blandt").
_COPULAS: dict[str, frozenset[str]] = {
    "en": frozenset({"are", "were", "is", "was", "be", "been", "being"}),
    "da": frozenset({"er", "var", "være", "været"}), "nb": frozenset({"er", "var", "være",
                                                                         "vært"}),
    "ar": frozenset({"كان", "كانوا", "يوجد"}),
}


_FRONTED_REACH = 8  # tokens of a fronted "Of the 1,127 bodies recovered," phrase
_SENTENCE_BREAKS = frozenset(".;:!?")
_COUNTED_GROUP_REACH = 4  # tokens from a group's count to its event word ("40 who died")
_PREDICATE_REACH = 16  # tokens from a group subject to a count in its predicate


def among_group(tokens: list[Token], first_tok: int, last_tok: int, lo: int, hi: int,
                 lang: str, group_category, cue_of: list) -> str | None:
    """The event category of the group a count is part of: "Blandt ofrene er tre børn",
    "Among the dead were three children", "three Danes are among the injured", "من بين
    القتلى ثلاثة أطفال", "Of those killed, 8 were foreigners", "The victims include 3
    Norwegians". ``group_category(token)`` gives a group noun's category; a casualty
    participle ("those killed") is a group too."""
    among = _AMONG_WORDS.get(lang, frozenset())
    if not among:
        return None
    copulas = _COPULAS.get(lang, frozenset())
    skip = copulas | ARTICLE_WORDS
    of_words = OF_WORDS.get(lang, frozenset())

    def noun_at(m: int) -> str | None:
        if m < 0 or m >= len(tokens) or tokens[m].kind != "word":
            return None
        found = group_category(tokens[m]) or cue_of[m]
        return found if found in EVENT_CATEGORIES else None

    def group(k: int, step: int, stop: int) -> str | None:
        # the group noun right after "among" (past an article): a category of an event
        m = k + 1
        while m < len(tokens) and tokens[m].norm in ARTICLE_WORDS:
            m += 1
        if m < len(tokens) and tokens[m].kind == "num":
            # a counted group: "among the 40 who died", "blant de 157 som omkom": the
            # event of its relative clause or noun
            for mm in range(m + 1, min(len(tokens), m + 1 + _COUNTED_GROUP_REACH)):
                if cue_of[mm] in EVENT_CATEGORIES:
                    return cue_of[mm]
                if mm == m + 1 and noun_at(mm):
                    return noun_at(mm)  # "Of the 1,127 bodies recovered": its noun
                if tokens[mm].kind != "word" and tokens[mm].text != ",":
                    break
            return None
        return noun_at(m)

    k = first_tok - 1  # before the count: "among the dead were three children"
    if k > 0 and tokens[k].text == ",":
        # a fronted partitive phrase opening the sentence: "Of the 1,127 bodies recovered,
        # more than 800 have been handed over"
        s0 = next((m for m in range(k - 1, max(-1, k - 1 - _FRONTED_REACH), -1)
                   if m == 0 or tokens[m - 1].text in _SENTENCE_BREAKS), None)
        if s0 is not None and tokens[s0].norm in of_words and not any(
                tokens[m].text == "," for m in range(s0, k)):
            found = group(s0, 1, first_tok)
            if found:
                return found
    while k >= lo and (tokens[k].norm in copulas or tokens[k].text == ","):
        k -= 1
    if k > lo and tokens[k].norm in _INCLUDE.get(lang, ()):
        m = k - 1  # "The victims include 3 Norwegians", "Ofrene omfatter tre nordmenn"
        if tokens[m].norm in CONJUNCTIONS:
            # a second predicate shares the clause's subject: "The dead came from 35
            # countries and included 32 Kenyans"
            m = _clause_subject(tokens, m)
        return noun_at(m)
    for m in range(k, max(lo - 1, k - 4), -1):
        fronted_of = tokens[m].norm in of_words and (
            m == lo or tokens[m - 1].kind != "word")  # "Of the dead, 12 were children"
        if tokens[m].norm in among or fronted_of or (
                lang == "ar" and tokens[m].norm == "من" and m + 1 < len(tokens)
                and tokens[m + 1].norm in among):
            at = m + 1 if tokens[m].norm == "من" and not fronted_of else m
            return group(at, 1, first_tok)
        if tokens[m].kind != "word" or tokens[m].norm in skip:
            continue
        if m < k:
            break  # only the group noun (and its article) between "among" and the count
    subject = _clause_subject(tokens, first_tok)
    if subject + 1 < first_tok and first_tok - subject <= _PREDICATE_REACH and (
            tokens[subject + 1].norm in copulas) and not any(
            tokens[m].norm in copulas for m in range(subject + 2, first_tok)):
        # the count names who the group is: "The dead are a man of 47 and two Danes", "De
        # døde var tre børn"
        found = noun_at(subject)
        if found:
            return found
    k = last_tok + 1  # after the count: "three Danes are among the injured"
    if k < hi and tokens[k].norm in _COPULAS.get(lang, frozenset()):
        k += 1
        if k < hi and tokens[k].norm in among:
            return group(k, 1, hi)
    return None


_SUBJECT_REACH = 24  # tokens searched back for the start of a clause


def _clause_subject(tokens: list[Token], k: int) -> int:
    """Index of the first word after the articles at the start of the clause of ``k``
    (the clause starts after strong punctuation or at the sentence start)."""
    start = max(0, k - _SUBJECT_REACH)
    for m in range(k - 1, start - 1, -1):
        if tokens[m].text in ".;:!?":
            start = m + 1
            break
    while start < k and tokens[start].norm in ARTICLE_WORDS:
        start += 1
    return start


#: Time adverbs that may stand between a verb and its object count (closed class):
#: "anholdt fredag 14", "arrested overnight 14", "drepte i natt 14".
_TIME_ADVERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"overnight", "yesterday", "today", "later", "earlier", "on"}),
    "da": frozenset({"i", "nat", "går", "dag", "morges", "aftes", "weekenden", "senere",
                     "tidligere", "natten"}),
    "nb": frozenset({"i", "natt", "går", "dag", "morges", "kveld", "helgen", "senere",
                     "tidligere", "natten"}),
}
_ADVERB_SKIP = 3  # tokens of time adverbs skipped between a verb and its count


def cue_before_adverbs(tokens: list[Token], cue_of: list, first: int, lo: int,
                        lex: Lexicon) -> str | None:
    """The cue right before ``first``, past a few time adverbs and weekday names."""
    adverbs = _TIME_ADVERBS.get(lex.language, frozenset())
    for k in range(first - 1, max(lo, first - 1 - _ADVERB_SKIP) - 1, -1):
        if cue_of[k]:
            return cue_of[k]
        if not (tokens[k].norm in adverbs or tokens[k].norm in lex.weekdays):
            return None
    return None


def verb_before(tokens: list[Token], cue_of: list, first: int, lo: int, is_num: list[bool]
                 ) -> str | None:
    """A cue at most :data:`NOUN_CUE_REACH` tokens before ``first`` with no "and", number
    or punctuation between them: the verb of an inverted clause."""
    for k in range(first - 1, max(lo, first - NOUN_CUE_REACH) - 1, -1):
        if cue_of[k]:
            return cue_of[k]
        if tokens[k].kind != "word" or is_num[k] or tokens[k].norm in CONJUNCTIONS:
            return None
    return None


def phrase_category(tokens: list[Token], head: int, hi: int, lex: Lexicon) -> str | None:
    """Category of a two-word term of the lexicon around the head noun: the modifier before
    it ("service members", "armored vehicles") or, in Arabic, the adjective after it ("طائرة
    مسيرة", a drone; "رجال الإطفاء")."""
    pairs = []
    if head > 0 and tokens[head - 1].kind == "word":
        pairs.append((tokens[head - 1].norm, tokens[head].norm))
    if lex.language == "ar" and head + 1 < hi and tokens[head + 1].kind == "word":
        pairs.append((tokens[head].norm, tokens[head + 1].norm))
    if not pairs:
        return None
    table = _two_word_terms(lex)
    for a, b in pairs:
        for first in _stripped_clitics(a, lex):
            for second in {b, b[2:] if b.startswith("ال") else b}:
                found = table.get((first, second))
                if found:
                    return found
    return None


_TWO_WORD_MEMO: dict[int, dict[tuple[str, str], str]] = {}


def _two_word_terms(lex: Lexicon) -> dict[tuple[str, str], str]:
    """``(first, second) -> category`` of the lexicon's two-word category terms; an Arabic
    plural term ("طائرات مسيره") also stands for its singular's adjective form."""
    table = _TWO_WORD_MEMO.get(id(lex.categories))
    if table is None:
        table = {}
        for cls, terms in lex.categories.items():
            for term in terms:
                parts = term.rstrip("*").split()
                if len(parts) == 2:
                    table.setdefault((parts[0], parts[1]), cls)
        _TWO_WORD_MEMO[id(lex.categories)] = table
    return table


def _stripped_clitics(norm: str, lex: Lexicon) -> tuple[str, ...]:
    if not lex.clitics:
        return (norm,)
    return (norm, *(norm[len(c):] for c in lex.clitics if norm.startswith(c)
                    and len(norm) - len(c) >= 2))


#: "among them" before a count: its people are part of the count before (closed class).
_AMONG = {"en": (("among", "them"), ("including",), ("of", "whom")),
          "da": (("blandt", "dem"), ("heriblandt",), ("heraf",), ("deraf",)),
          "nb": (("blant", "dem"), ("deriblant",), ("herav",), ("derav",)),
          "ar": (("بينهم",), ("من", "بينهم"), ("منهم",),
                 # with an attached "and": "وبينهم ١٣ بلجيكيا"
                 ("وبينهم",), ("ومن", "بينهم"), ("ومنهم",))}


_POSSESSOR_REACH = 6  # tokens of a possessive name ("the Bharatiya Janata Party's")


def among_them(tokens: list[Token], first_tok: int, out: list, lex: Lexicon) -> bool:
    """The count follows "among them"/"blandt dem"/"بينهم"/"including" (or an "and" after
    such a count; or a possessive name after it: "including the Labour Party's 240"; or a
    colon after a claim: the members follow) and so names part of the people or things of
    the claim before."""
    k = first_tok
    if k and tokens[k - 1].norm.endswith(("'s", "’s")) and tokens[k - 1].text[:1].isupper():
        # "including the Labour Party's 240": a possessive name before the part
        k -= 1
        while k and _POSSESSOR_REACH > first_tok - k and (
                tokens[k - 1].text[:1].isupper() or tokens[k - 1].norm == "the"):
            k -= 1
    if out and ((k and tokens[k - 1].norm in CONJUNCTIONS and out[-1].last < k - 1) or (
            attached_and(tokens, k, lex) and out[-1].last < k)):
        # "among them three Lebanese and three Syrians", "بينهم ... وثلاثة"
        k = hedge_first(tokens, out[-1].first, out[-1].quantity)
    if k and tokens[k - 1].text == ":" and out and out[-1].last < k - 1:
        return True  # "fire personer er pågrepet: to fabrikkeiere og to ingeniører"
    starts = [k]
    if lex.language in ("da", "nb") and k >= 2 and tokens[k - 1].kind == "word" and \
            tokens[k - 1].text.islower():
        starts.append(k - 1)  # verb second: "Heraf bor 600.000 i nødlejre"
    for at in starts:
        for phrase in _AMONG.get(lex.language, ()):
            n = len(phrase)
            if at >= n and tuple(t.norm for t in tokens[at - n:at]) == tuple(
                    normalise_word(w) for w in phrase) and (at == k or at - n == 0 or (
                    tokens[at - n - 1].text in ".;:,،")):
                return True
    return False


#: Negation particles between "and" and a count ("2.000 soldater og ikke 900"; closed class).
_NOT = frozenset({"not", "ikke", "لا", "وليس", "ليس"})


def after_conjunction(tokens: list[Token], f: Found, text: str) -> bool:
    """The number follows "and"/"og" or an Arabic attached و ("وواحد وثلاثون")."""
    q = f.quantity
    for at in {q.hedge_start, q.start}:  # "و 31" or the clitic inside the token: "وواحد"
        if at > 0 and text[at - 1] == "و" and (at < 2 or not text[at - 2].isalpha()):
            return True
    if q.text.startswith("وو") or (q.text.startswith("و") and not q.text.startswith("واحد")
                                   and q.words):
        return True  # the clitic read inside the number: "وواحد وثلاثون"
    k = hedge_first(tokens, f.first, q) - 1  # the word before the count and its hedge
    if k > 0 and tokens[k].norm in _NOT:
        k -= 1  # "and not 900": the same count, denied
    return k >= 0 and tokens[k].norm in CONJUNCTIONS


#: Prepositions of place after a bare figure ("80.000 i Paris", "700 000 for hovedstaden",
#: "119,000 in Paris"; closed class) and adverbs of place ("3.5 million nationwide").
_PLACE_PREPS: dict[str, frozenset[str]] = {
    "en": frozenset({"in", "across", "outside", "for"}),
    "da": frozenset({"i", "på", "for", "udenfor"}),
    "nb": frozenset({"i", "på", "for", "utenfor"}),
    "ar": frozenset({normalise_word("في")}),
}
_PLACE_ADVERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"nationwide", "countrywide", "worldwide"}),
    "da": frozenset({"landsdækkende"}), "nb": frozenset({"landsdekkende"}),
    "ar": frozenset(),
}


def place_after(tokens: list[Token], j: int, lang: str) -> bool:
    """A place right after a figure at ``tokens[j]``: a preposition of place before a name
    or a definite noun ("i Paris", "for hovedstaden", "in the capital", "في العاصمة"), or
    an adverb of place ("nationwide")."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    if tokens[j].norm in _PLACE_ADVERBS.get(lang, ()):
        return True
    if tokens[j].norm not in _PLACE_PREPS.get(lang, ()) or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.kind != "word":
        return False
    if lang == "ar":
        return nxt.norm.startswith("ال") or not nxt.norm[:1].isalpha() or len(nxt.norm) > 3
    return nxt.text[:1].isupper() or nxt.norm == "the" or (
        lang in ("da", "nb") and len(nxt.norm) > 3 and nxt.norm.endswith(("en", "et")))


#: Prepositions of place or direction before a count of things (closed class): "på fem
#: hospitaler", "i seks delstater", "to six hospitals", "في ثلاث ولايات".
_IN_PLACE: dict[str, frozenset[str]] = {
    lang: preps | extra for lang, preps, extra in (
        ("en", _PLACE_PREPS["en"] - {"for"}, frozenset({"at", "to", "into"})),
        ("da", _PLACE_PREPS["da"] - {"for"}, frozenset({"til", "ved"})),
        ("nb", _PLACE_PREPS["nb"] - {"for"}, frozenset({"til", "ved"})),
        ("ar", _PLACE_PREPS["ar"], frozenset({normalise_word("إلى"), normalise_word("الى")})))
}


def in_place(tokens: list[Token], first: int, lang: str) -> bool:
    """The count at ``tokens[first]`` is the object of a preposition of place or direction:
    it says where ("12 er indlagt på fem hospitaler", "200 died in six states"), so a
    casualty word of its clause is about other people, not about what it counts."""
    return first > 0 and tokens[first - 1].norm in _IN_PLACE.get(lang, frozenset())


_PARALLEL_REACH = 6  # tokens from the "and" to the count ("and Fiji has confirmed")


def parallel_object(tokens: list[Token], prev_last: int, first: int, j: int) -> bool:
    """A bare count at ``tokens[first]`` that ends a clause coordinated with the one of the
    count ending at ``prev_last``: a comma and "and" between them, then a subject and the
    verb right before the count ("has recorded 100 cases, and Fiji has confirmed five",
    "har registreret 40 tilfælde, og Tonga har bekræftet fem"); the clause stops after it
    (punctuation or the end)."""
    if first < 3 or first - prev_last > _PARALLEL_REACH + 2 or tokens[first - 1].kind != "word":
        return False
    if j < len(tokens) and tokens[j].kind == "word":
        return False  # the count's clause goes on: no parallel object
    for k in range(prev_last + 1, first - 2):
        if tokens[k].norm in CONJUNCTIONS and tokens[k - 1].text == ",":
            return all(t.kind == "word" for t in tokens[k + 1:first])
    return False


def place_before(tokens: list[Token], first: int, lang: str) -> bool:
    """"and in Georgia 33", "og i Belgien 31", "وفي جورجيا 33": a coordinated place right
    before a bare figure, the ellipsis of the count stated for the place before it."""
    preps = _PLACE_PREPS.get(lang, frozenset())
    for size in (1, 2):  # the place's name: one or two words
        p = first - size - 1
        if p < 1 or any(t.kind != "word" for t in tokens[p + 1:first]):
            continue
        if lang != "ar" and not tokens[p + 1].text[:1].isupper():
            continue
        prep = tokens[p].norm
        if lang == "ar" and prep[:1] == "و" and prep[1:] in preps:
            return True  # "وفي جورجيا"
        if prep in preps and tokens[p - 1].norm in CONJUNCTIONS:
            return True
    return False


#: Tokens that end a conjunct of a list: punctuation of a clause's end or a list's comma.
_CONJUNCT_ENDS = frozenset({",", ";", ".", ":", "!", "?"})


def _name(tok: Token) -> bool:
    """A capitalised word ("Moldova", "Castilla")."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.text[1:2].islower()


def gapped_conjunct(tokens: list[Token], first: int, j: int, lang: str) -> bool:
    """The bare figure at ``tokens[first]`` (its hedge included; ``j`` right after it) is a
    whole conjunct of a list whose verb and noun are those of the conjunct before: a name
    before it ("116,000 arrivals, Moldova nearly 80,000, Slovakia about 67,000",
    "171 tilfeller, Rwanda fire, Uganda to og Kenya ett", "73 døde og Puebla 45") or, after
    a comma, a place after it ("92 were in Valencia, two in Castilla-La Mancha and ...").
    The conjunct ends right after: a comma, "and", or the end of the clause."""
    if lang == "ar" or first < 2:
        return False
    k = j
    placed = k + 1 < len(tokens) and tokens[k].norm in _PLACE_PREPS.get(lang, ()) and _name(
        tokens[k + 1])
    if placed:  # "in Castilla-La Mancha": the place's words, hyphens glued inside
        k += 1
        while k < len(tokens) and (_name(tokens[k]) or (
                tokens[k].text in "-‐" and k + 1 < len(tokens) and _name(tokens[k + 1]))):
            k += 1
    if k < len(tokens) and tokens[k].text not in _CONJUNCT_ENDS and (
            tokens[k].norm not in CONJUNCTIONS):
        return False
    before = tokens[first - 1]
    if placed and before.text == ",":
        return True
    for size in (1, 2):  # the name of the conjunct: one or two words
        p = first - size - 1
        if p >= 0 and all(_name(t) for t in tokens[p + 1:first]) and (
                tokens[p].text == "," or tokens[p].norm in CONJUNCTIONS):
            return True
    return False


#: English verbs of estimating that state a figure with "at" ("put the crowd at 40,000",
#: "estimated attendance at 75,000"; closed class).
_ESTIMATE_AT: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"put", "puts", "putting", "estimated", "estimates", "estimate",
                      "placed", "places", "pegged", "pegs", "set", "sets"}),
           frozenset({"at"})),
}
_ESTIMATE_REACH = 7  # tokens from the preposition back to the verb of estimating


def measured_noun(tokens: list[Token], first: int, lex: Lexicon, noun_category,
                  is_num: list[bool]) -> str | None:
    """Category of the noun a bare figure measures through "to"/"til": "opgjorde
    deltagerne til 1,12 millioner", "put the protesters to 40,000" (the noun right before
    the preposition, when it names what is counted); or through "at" after a verb of
    estimating and its object: "Police put the crowd in the capital at about 40,000" (the
    first named noun after the verb)."""
    k = first - 1
    verbs, ats = _ESTIMATE_AT.get(lex.language, (frozenset(), frozenset()))
    if k >= 2 and tokens[k].norm in ats:
        verb = next((m for m in range(k - 1, max(-1, k - 1 - _ESTIMATE_REACH), -1)
                     if tokens[m].norm in verbs), None)
        if verb is None or any(is_num[m] or tokens[m].kind != "word" for m in range(verb, k)):
            return None
        for m in range(verb + 1, k):
            category = noun_category(tokens[m])
            if category not in (None, "other"):
                return category
        return None
    if k < 1 or tokens[k].norm not in lex.to_words or tokens[k - 1].kind != "word" or \
            is_num[k - 1]:
        return None  # ("من واحد إلى أربعين": a range, no noun)
    category = noun_category(tokens[k - 1])
    return category if category not in (None, "other") else None


#: Words that join the items of a list of counts (closed class): "and", commas, "as well
#: as", "samt", "plus".
_LIST_JOINERS = CONJUNCTIONS | frozenset({",", "as", "well", "samt", "plus", "og", "også"})


_LIST_GAP = 4


def listed_after(tokens: list[Token], prev_last: int, first_tok: int,
                 lex: Lexicon | None = None) -> bool:
    """The count at ``first_tok`` is the next item of a list after the claim ending at
    ``prev_last``: only "and", commas or "as well as" between them ("5 mænd og 2
    kvinder", "39 prisoners, 24 women and 15 boys"), or, given the lexicon, nothing but an
    Arabic "and" attached to the count ("١٤٢ طالبا وثلاثة جنود")."""
    between = tokens[prev_last + 1:first_tok]
    if not between and lex is not None and attached_and(tokens, first_tok, lex):
        return True
    if any(t.norm == "as" for t in between) and not any(t.norm == "well" for t in between):
        return False  # "200 people as thousands marched": "as" alone opens a clause
    return 0 < len(between) <= _LIST_GAP and all(
        t.norm in _LIST_JOINERS or t.text == "," for t in between)


def attached_and(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """An Arabic "and" (و) attached to the number word at ``tokens[k]`` ("وثلاثة": and
    three; not "واحد", one, whose و is its own), or to the first word of the hedge that
    opens the count there ("وأكثر من 50": and more than 50; "ونحو 20")."""
    if lex.language != "ar" or k >= len(tokens) or k < 1:
        return False
    norm = tokens[k].norm
    rest = norm[1:]
    return norm.startswith("و") and norm not in lex.units and norm not in lex.scales and (
        rest in lex.units or rest in lex.scales or rest in _hedge_openers(lex))


_HEDGE_OPENERS: dict[int, tuple[object, frozenset[str]]] = {}


def _hedge_openers(lex: Lexicon) -> frozenset[str]:
    """First words of the lexicon's hedges ("اكثر" of "اكثر من"), read once per lexicon."""
    hit = _HEDGE_OPENERS.get(id(lex))
    if hit is None or hit[0] is not lex.hedges:
        hit = (lex.hedges, frozenset(key.split()[0] for key in lex.hedges if key.split()))
        _HEDGE_OPENERS[id(lex)] = hit
    return hit[1]


def group_noun(tokens: list[Token], k: int) -> bool:
    """The cue at ``k`` is a noun with its article, a group that is the subject ("The dead
    came from 35 countries", "de døde kom fra"; an Arabic cue with the article "ال"), not
    a verb whose object is the count."""
    if k < 0 or k >= len(tokens):
        return False
    return (k > 0 and tokens[k - 1].norm in ARTICLE_WORDS) or tokens[k].norm.startswith("ال")


#: Verbs of having, keeping and leaving behind (closed class): the count they govern is a
#: level, not a change: "left 2,500 soldiers in the region" (kept behind, not withdrawn),
#: "der har over 140 butikker", "التي كان لها 2400 جندي".
_LEVEL_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"left", "leaves", "leave", "leaving", "keep", "keeps", "kept", "keeping",
                     "has", "have", "had", "having", "holds", "hold", "held", "maintains",
                     "maintain", "maintained", "retains", "retain", "retained"}),
    "da": frozenset({"efterlod", "efterlader", "efterladt", "beholder", "beholdt", "har",
                     "havde", "holder", "holdt", "opretholder", "opretholdt"}),
    "nb": frozenset({"etterlot", "etterlater", "etterlatt", "beholder", "beholdt", "har",
                     "hadde", "holder", "holdt", "opprettholder", "opprettholdt"}),
    "ar": frozenset(normalise_word(w) for w in (
        "لها", "له", "لديها", "لديه", "لدى", "ترك", "تركت", "يترك", "تترك", "أبقى",
        "أبقت", "يبقي", "تبقي", "تحتفظ", "يحتفظ", "احتفظت", "احتفظ")),
}
#: Possessive determiners between such a verb and its count ("left its 300 troops").
_POSSESSIVES = frozenset({"its", "their", "his", "her", "sine", "sin", "sit", "sitt",
                          "deres", "dets", "dens"})
#: Subordinating conjunctions of time and cause (closed class): a change verb after one
#: belongs to the subordinate clause, not to a count before it ("650 soldiers remain after
#: Washington withdrew most of its forces", "140 butikker ..., da skuddene faldt").
_SUBORDINATORS: dict[str, frozenset[str]] = {
    "en": frozenset({"when", "after", "before", "while", "since", "because", "until",
                     "whereas"}),
    "da": frozenset({"da", "når", "efter", "før", "inden", "mens", "fordi", "siden",
                     "indtil"}),
    "nb": frozenset({"da", "når", "etter", "før", "innen", "mens", "fordi", "siden",
                     "inntil"}),
    "ar": frozenset(normalise_word(w) for w in (
        "عند", "عندما", "بعد", "قبل", "حين", "حينما", "بينما", "لأن", "منذ")),
}


def level_verb_before(tokens: list[Token], first_tok: int, lang: str) -> bool:
    """A verb of having, keeping or leaving behind governs the count at ``first_tok`` (its
    hedge included; past a possessive): the count is a level that verb states, so a change
    word elsewhere in the sentence ("France's withdrawal ... left about 2,500 soldiers")
    does not make it an addition or a reduction."""
    verbs = _LEVEL_VERBS.get(lang, frozenset())
    k = first_tok - 1
    if k >= 0 and tokens[k].norm in _POSSESSIVES:
        k -= 1
    return k >= 0 and tokens[k].norm in verbs


_OWN_FIGURE_REACH = 3  # tokens from a change noun to its own figure ("a rise of 160%")


def governing_change(tokens: list[Token], dir_of: list, first: int, last: int,
                     windows: list[tuple[int, int]], lang: str) -> str | None:
    """The change direction (deploy/reduce/increase) of the count at ``[first, last)``:
    the nearest direction word in the first of ``windows`` that has one and that can govern
    the count. A direction word after the count does not govern it from inside a
    subordinate clause of time or cause, nor from a second predicate after "and" ("set up
    1,000 stations and will deploy 15,000 staff"); no direction word governs across ", and"
    (a new clause with its own subject): "more than 100 fires were burning, and the navy
    was sending two ships"; "the toll has risen to 25, and 2,000 homes have burned";
    "140 butikker ..., da skuddene faldt"."""
    from translate.claims.window import AUXILIARIES, MODALS  # window imports this module

    subordinators = _SUBORDINATORS.get(lang, frozenset())
    verbs_after_and = AUXILIARIES.get(lang, frozenset()) | MODALS.get(lang, frozenset())

    def blocked_before(k: int) -> bool:
        return any(tokens[m].norm in CONJUNCTIONS and tokens[m - 1].text == ","
                   for m in range(k + 2, first))

    def own_figure(k: int) -> bool:
        # "..., a rise of 160%", "..., en stigning på 80 procent", "، بزيادة ٨٠٪": a change
        # noun after a comma with a number of its own states that change, not the count's
        if not any(tokens[m].text in (",", "،") for m in range(last, k)):
            return False
        for m in range(k + 1, min(len(tokens), k + 1 + _OWN_FIGURE_REACH)):
            if tokens[m].kind == "num":
                return True
            if tokens[m].kind != "word":
                return False
        return False

    def blocked_after(k: int) -> bool:
        if own_figure(k):
            return True
        for m in range(last, k):
            norm = tokens[m].norm
            if norm in subordinators or (norm in CONJUNCTIONS and m > 0
                                         and tokens[m - 1].text == ","):
                return True
            if norm in CONJUNCTIONS and m + 1 < k and (
                    tokens[m + 1].norm in verbs_after_and or m + 1 == k):
                return True  # "set up 1,000 polling stations and will deploy 15,000 staff":
                # a second predicate of the subject, with its own object
            if lang == "ar" and norm.startswith("و") and norm[1:] in subordinators and (
                    m > 0 and tokens[m - 1].text in (",", "،")):
                return True  # "، وبعد أن": the clitic "and" before a subordinator
        return False

    for lo, hi in windows:
        best: tuple[int, int, str] | None = None
        for k in range(lo, hi):
            cls = dir_of[k]
            if cls is None or first <= k < last:
                continue
            after = k >= last
            if (after and blocked_after(k)) or (not after and blocked_before(k)):
                continue
            key = (k - last + 1 if after else first - k, 0 if after else 1, cls)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
    return None


#: "with" between a name and its figure in a list of figures per name (closed class):
#: "followed by Peru with 506,000", "Peru med 506 000".
WITH: dict[str, frozenset[str]] = {"en": frozenset({"with"}), "da": frozenset({"med"}),
                                   "nb": frozenset({"med"})}
#: The Arabic preposition of the same list ("تليها بيرو بـ٧٦٨ ألفا": Peru with 768,000),
#: written apart ("بـ 768") or glued to the hedge ("بنحو ٨٠ ألفا").
_AR_WITH = normalise_word("ب")


def name_item(tokens: list[Token], first: int, j: int, lang: str,
              function: frozenset[str]) -> bool:
    """The figure at ``tokens[first]`` (its hedge included; ``j`` right after it) is an item
    of a list of figures per name: a name and "with" before it ("followed by Peru with over
    half a million", "Peru med 506 000", "تليها بيرو بـ٧٦٨ ألفا", "تشاد بنحو ٨٠ ألفا"), or
    one or two capitalised words right before it, the item ending right after the figure
    ("Burundi 5432, Etiopia 4395 og Kenya 3664"). One item alone is no list: see
    :func:`translate.claims.sentence.sentence_claims`, which asks for two."""
    if first < 2:
        return False
    if lang == "ar":
        glued = tokens[first].norm.startswith(_AR_WITH) and tokens[first].kind == "word" \
            and len(tokens[first].norm) > 2  # "بنحو": the hedge with "with" glued on
        name = first - 1 if glued else first - 2
        if not glued and tokens[first - 1].norm != _AR_WITH:
            return False
        tok = tokens[name]
        return tok.kind == "word" and tok.norm not in function and len(tok.norm) > 2
    if tokens[first - 1].norm in WITH.get(lang, ()):
        tok = tokens[first - 2]
        return _name(tok) and tok.norm not in function
    if j < len(tokens) and tokens[j].text not in _CONJUNCT_ENDS and (
            tokens[j].norm not in CONJUNCTIONS):
        return False
    names = 0
    for k in range(first - 1, max(-1, first - 3), -1):
        if not _name(tokens[k]) or tokens[k].norm in function:
            break
        names += 1
    return names > 0
