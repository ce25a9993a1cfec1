"""A count with no counted noun: what its clause says it counts.

"25 were killed", "Kun 104 overlevede", "40 who signed", "Yderligere 14 blev fundet i
live": a bare count that opens its clause and is the subject of a plural auxiliary, a past
verb or a relative pronoun counts people (or, by ellipsis, more of the things counted
before). The word sets are closed classes (auxiliaries, relative pronouns, subordinators,
focus particles); past verbs are read by their suffixes.
"""

from __future__ import annotations

from translate.claims.tense import compound_past, past_form
from translate.claims.tokens import Token

__all__ = ["WHO", "SUBJECT_VERBS", "STATE_VERBS", "CLAUSE_OPENERS", "FURTHER", "REMAINING",
           "SAYING", "LEFT_OVER", "adverb", "left_over",
           "NOUN_HOMOGRAPHS", "past_verb", "english_past", "inverted_participle",
           "inverted_subject", "MORE_AFTER",
           "increment"]


#: Relative pronouns right after a bare count make it a count of people (closed class).
WHO: dict[str, frozenset[str]] = {
    "en": frozenset({"who"}), "da": frozenset({"som", "der"}), "nb": frozenset({"som"}),
    "ar": frozenset({"ممن", "الذين"}),
}


#: Plural auxiliaries: a bare count right before one, opening its clause, is the subject
#: of its verb, and what is done to (or said of) a bare count is said of people: "14 were
#: found alive", "the other 46 are still held", "1100 har fått tak over hodet", after an
#: inverted auxiliary "har bare 34 blitt verifisert" (closed class; Danish/Norwegian verbs
#: do not inflect for number).
SUBJECT_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"were", "are", "have", "had", "been"}),
    "da": frozenset({"blev", "er", "var", "har", "havde", "bliver", "blevet"}),
    "nb": frozenset({"ble", "er", "var", "har", "hadde", "blir", "blitt"}),
}


#: Present forms of the verbs of staying and living that follow a count as its verb
#: ("660 000 bor i leirer", "2.000 venter stadig"; closed class, none of them a counted
#: noun): like a plural auxiliary, they make a bare count their subject.
STATE_VERBS: frozenset[str] = frozenset({
    "bor", "lever", "sidder", "sitter", "ligger", "befinder", "befinner", "opholder",
    "oppholder", "venter", "står"})


#: Words that open a clause before its subject: complementizers and subordinators
#: ("mens 1100 har fått", "while 40 were rescued", "as tens of thousands took to the
#: streets") and focus particles ("Kun 104
#: overlevede", "only 12 were", the intensifier "hele 3,5 millioner gikk"; closed classes).
CLAUSE_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"that", "while", "whereas", "and", "but", "only", "just", "as", "when",
                     "after", "because", "although", "though", "once"}),
    "da": frozenset({"at", "mens", "og", "men", "kun", "blot", "bare", "hele", "hvor",
                     "da", "når", "fordi"}),
    "nb": frozenset({"at", "mens", "og", "men", "kun", "bare", "hele", "hvor", "da", "når",
                     "fordi"}),
}


#: Verbs of saying and estimating whose complement clause may open without "that" ("police
#: said 338,000 had marched", "Politiet siger 240.000 deltog"; closed class): the bare
#: count right after one is that clause's subject when a verb follows it.
SAYING: dict[str, frozenset[str]] = {
    "en": frozenset({"said", "says", "say", "estimated", "estimates", "estimate", "reported",
                     "reports", "believe", "believes", "believed", "claimed", "claims",
                     "thinks", "thought", "added"}),
    "da": frozenset({"siger", "sagde", "anslår", "anslog", "oplyser", "oplyste", "mener",
                     "mente", "vurderer", "vurderede", "skønner", "skønnede", "skriver",
                     "skrev", "melder", "meldte"}),
    "nb": frozenset({"sier", "sa", "anslår", "anslo", "opplyser", "opplyste", "mener",
                     "mente", "vurderer", "vurderte", "skriver", "skrev", "melder",
                     "meldte"}),
}


#: Adverbs of what is left after a bare count ("about 80 are left", "omkring 80 tilbage",
#: "rundt 80 igjen"; closed class): the rest of what the text counted before.
LEFT_OVER: dict[str, frozenset[str]] = {
    "en": frozenset({"left", "remaining"}),
    "da": frozenset({"tilbage", "igen"}),
    "nb": frozenset({"tilbake", "igjen"}),
}
#: Copulas between a bare count and "left" ("80 are left"; closed class).
_LEFT_COPULAS = frozenset({"are", "were", "er", "var"})


def left_over(tokens: list[Token], j: int, lang: str) -> bool:
    """"left"/"tilbage"/"igjen" at ``tokens[j]`` (or after a copula): the bare count before
    it is what remains of the group counted before."""
    copula = j < len(tokens) and tokens[j].norm in _LEFT_COPULAS
    if copula:
        j += 1
    if j >= len(tokens) or tokens[j].norm not in LEFT_OVER.get(lang, ()):
        return False
    if lang == "en" and not copula and tokens[j].norm == "left":
        # "80 left the city" is a verb with its object; "80 left in Chad", "80 left."
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        return nxt is None or nxt.kind != "word" or nxt.norm in _LEFT_WHERE
    return True


_LEFT_WHERE = frozenset({"in", "at", "on", "there", "behind", "inside"})


#: Danish/Norwegian adverbs that can follow a count but are never its noun: those of
#: :data:`LEFT_OVER` and of time ("umiddelbart", "hjemme"; closed class), and the adverb
#: suffixes "-vis" (heldigvis), "-bart" (umiddelbart), "-ligt"/"-ligvis" (oprindeligt).
_ADVERBS = frozenset({"tilbage", "tilbake", "igen", "igjen", "umiddelbart", "hjemme", "ude",
                      "inde", "alene", "sammen", "stadig", "straks", "dengang", "derefter",
                      "deretter"})  # (not "tidligere": also "former", "12 tidligere soldater")
_ADVERB_SUFFIXES = ("vis", "bart", "ligt", "ligvis")


def adverb(tok: Token, lang: str) -> bool:
    """A Danish/Norwegian adverb (see :data:`_ADVERBS`): after a count it ends the noun
    phrase ("ned fra mere end 1.000 umiddelbart efter stormen")."""
    if lang not in ("da", "nb") or tok.kind != "word":
        return False
    norm = tok.norm
    return norm in _ADVERBS or (len(norm) > 6 and norm.endswith(_ADVERB_SUFFIXES))


#: "further", "another", "more" before a bare count: more of what was counted before.
FURTHER: dict[str, frozenset[str]] = {
    "en": frozenset({"further", "another", "additional", "other"}),
    "da": frozenset({"yderligere", "endnu", "andre"}),
    "nb": frozenset({"ytterligere", "enda", "andre"}),
}


#: "more" right after a count: more of what was counted ("six more bodies", "two more";
#: closed class; Arabic writes the adjective after the noun, "جندي إضافي").
MORE_AFTER: dict[str, frozenset[str]] = {
    "en": frozenset({"more", "additional"}),
    "da": frozenset({"flere"}), "nb": frozenset({"flere"}),
    "ar": frozenset({"اضافي", "اضافيا", "اضافيه"}),
}
#: Words of comparison after "more": "1,000 more deaths than usual" is no increment.
_THAN = {"en": frozenset({"than"}), "da": frozenset({"end"}), "nb": frozenset({"enn"})}
#: Words before a count that make it an increment (a subset of :data:`FURTHER`: not
#: "other"/"andre", which count others, not more).
_MORE_BEFORE: dict[str, frozenset[str]] = {
    "en": frozenset({"further", "another", "additional"}),
    "da": frozenset({"yderligere", "endnu"}),
    "nb": frozenset({"ytterligere", "enda"}),
}
_THAN_REACH = 4  # words from "more" to its "than"


def increment(tokens: list[Token], first: int, last: int, end: int, lang: str) -> bool:
    """The count ``tokens[first:last]`` (its phrase ends before ``end``) adds to a figure
    stated before: "six more bodies were found", "two more", "yderligere to lig", "another
    50", "ytterligere 30 soldater", "٣٠٠٠ جندي إضافي"; not a comparison ("1,000 more
    deaths than usual", "rundt 1000 flere mennesker enn normalt")."""
    before = tokens[first - 1].norm if first > 0 else ""
    after = [t for t in tokens[last:max(end, last) + 1] if t.kind == "word"]
    more = before in _MORE_BEFORE.get(lang, ()) or (
        bool(after) and after[0].norm in MORE_AFTER.get(lang, ())) or (
        lang == "ar" and any(t.norm in MORE_AFTER["ar"] for t in after[1:3]))
    if not more:
        return False
    than = _THAN.get(lang, frozenset())
    return not any(t.norm in than for t in tokens[last:last + _THAN_REACH + 1])


#: "remaining", "the other" before a bare count: the rest of the group counted before
#: ("De øvrige 17 er vendt tilbage", "the remaining 12 were freed"; closed class).
REMAINING: dict[str, frozenset[str]] = {
    "en": frozenset({"remaining"}),
    "da": frozenset({"øvrige", "resterende"}),
    "nb": frozenset({"øvrige", "resterende", "gjenværende"}),
}


#: Number words that are also common nouns: after a verb they are its object, not a count
#: (Danish "tyve" is twenty and thieves: "Politiet anholdt tyve i nat"). Closed class.
NOUN_HOMOGRAPHS: dict[str, frozenset[str]] = {"da": frozenset({"tyve"})}


def past_verb(tok: Token, lang: str) -> bool:
    """A Danish/Norwegian past-tense verb by its form ("overlevede", "overlevde"; the
    participle "flyktet" is not read here, "-ste" is a superlative)."""
    return lang in ("da", "nb") and tok.kind == "word" and tok.text.islower() and ((len(
        tok.norm) > 6 and tok.norm.endswith(_PAST) and not tok.norm.endswith(("ste", "ete")))
        or tok.norm in _STRONG_PAST[lang] or compound_past(tok.norm, lang, _STRONG_PAST[lang]
                                                           | _TAKE[lang]))


def english_past(tokens: list[Token], j: int, lang: str) -> bool:
    """An English finite past verb at ``tokens[j]`` right after a bare count that opens
    its clause: "57 escaped in the first days", "286,000 took part" (a regular "-ed" form
    or an irregular past; not a participle with its agent, "40 injured by police")."""
    if lang != "en" or j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.kind != "word" or not tok.text.islower():
        return False
    if j + 1 < len(tokens) and tokens[j + 1].norm == "by":
        return False
    return past_form(tok, lang) or (len(tok.norm) > 4 and tok.norm.endswith("ed"))


#: "took", the strong past that compounds into the verbs of taking part ("deltok",
#: "deltog"; with :func:`translate.claims.tense.compound_past`).
_TAKE = {"nb": frozenset({"tok"}), "da": frozenset({"tog"})}


#: Strong (and irregular) past forms of the common intransitive verbs a crowd or a toll is
#: the subject of ("3,5 millioner gikk i tog", "fire kom til skade"; closed class: the
#: strong verbs are not read by a suffix).
_STRONG_PAST = {
    "nb": frozenset({"gikk", "kom", "sto", "stod", "fikk", "dro", "drog", "lå", "satt",
                     "forsvant", "slapp", "flyktet", "omkom"}),
    "da": frozenset({"gik", "kom", "stod", "fik", "drog", "lå", "sad", "forsvandt", "slap",
                     "omkom"}),
}


def inverted_participle(tokens: list[Token], first: int, j: int, lang: str) -> bool:
    """A Danish/Norwegian participle right after a bare count whose auxiliary stands before
    it, verb second: "er kun 75 reddet", "har bare 34 blitt verifisert" (the count is the
    subject between the auxiliary and its participle)."""
    if lang not in ("da", "nb") or j >= len(tokens) or tokens[j].kind != "word" or not (
            tokens[j].text.islower() and len(tokens[j].norm) > 4
            and tokens[j].norm.endswith(("et", "ede", "dd", "tt"))):
        return False
    aux = SUBJECT_VERBS[lang]
    return any(tokens[k].norm in aux for k in range(max(0, first - 2), first))


def inverted_subject(tokens: list[Token], first: int, j: int, lang: str) -> bool:
    """Danish/Norwegian verb second: a finite past verb right before a bare count
    (``tokens[first]``, its hedge included; ``j`` right after it) after a fronted phrase,
    and the clause goes on with a preposition or ends ("Bare mandag kom over 140 000",
    "Ifølge ministeriet deltog mindst 65.000 i mødet"): the count is the verb's subject."""
    if lang not in ("da", "nb") or first < 2:
        return False
    verb = tokens[first - 1]
    if not (past_verb(verb, lang) or (past_form(verb, lang) and verb.norm not in _HAVE)):
        return False
    fronted = tokens[first - 2]
    if fronted.kind != "word" or fronted.text in ",":
        return False  # the verb opens its clause: no verb second
    if j >= len(tokens):
        return True
    if tokens[j].kind != "word":  # the clause ends ("30-årskrigen": a compound goes on)
        return tokens[j].text in (".", ",", ";", ":", "!", "?")
    return tokens[j].norm in _PREPOSITIONS[lang]


#: Verbs of having (their count is their object: "I år havde 40 ...").
_HAVE = frozenset({"havde", "hadde", "fik", "fikk"})
#: Prepositions that may follow a subject count in a verb-second clause (closed class).
_PREPOSITIONS = {"da": frozenset({"i", "på", "til", "fra", "ved", "under", "efter", "med"}),
                 "nb": frozenset({"i", "på", "til", "fra", "ved", "under", "etter", "med"})}


#: Weak past-tense endings (Danish -ede, Norwegian -dde/-vde, both -te); nouns in -nde,
#: -lde ("genstande", "tilfælde") are not among them.
_PAST = ("ede", "dde", "vde", "te")
