"""Who gives a figure: the source a claim is attributed to in its sentence.

"The health ministry says 40 died; the rebels say 70" is a rivalry of sources, not a
measurement error, so a claim carries the source its sentence names for it. The reading is
by mechanism, never by a list of sources:

* a **reporting cue** per language: verbs (en "said", "told", "reported", "announced",
  "estimated"; nb/da "sa"/"sagde", "sier"/"siger", "opplyser"/"oplyser", "melder",
  "bekrefter"/"bekræfter", "anslår"; ar "قال"/"قالت"/"يقول", "أعلن", "ذكرت", "أفادت",
  "نقلت عن") and prepositions ("according to", "citing", "ifølge", "iflg.", "بحسب"/"حسب",
  "وفقاً لـ", "نقلاً عن");
* the **source** is the noun phrase that is the subject of the verb (before it in English
  and in a Norwegian/Danish main clause, "Politiet sier"; after it in Norwegian/Danish V2
  inversion "…, sa politiet", in English inversion "…, said police", and in Arabic VSO
  "قالت وزارة الصحة") or the object of the preposition; the phrase runs to a clause
  boundary (punctuation, "that"/"at"/"أن", a preposition, a number, a verb form) and is at
  most :data:`MAX_WORDS` words;
* a source phrase never runs across a finite verb (a past form by its morphology:
  :func:`translate.claims.tense.past_form`, :func:`translate.claims.bare.past_verb`, English
  "-ed"), and a subject found walking back from its verb must open its clause. Where it
  does not, the clause's structure gives the subject: a relative clause belongs to the noun
  phrase before it ("A witness who saw the crash said" -> "A witness"); a second predicate
  after "and" has the subject of the first ("Rescue workers searched the area and said" ->
  "Rescue workers"); an apposition or relative clause between commas stands between the
  subject and its verb ("Ahmed Ali, a spokesman for the ministry, said" -> "Ahmed Ali"); a
  passive of quoting has its subject as the source ("was quoted as saying"), a passive
  participle its agent ("ble bekreftet av politiet"); "figures from X", "tall fra X",
  "أرقام X" are X's; Arabic "المتحدث باسم X" keeps X. When no subject is found the source
  is ``None``, never a phrase with a verb in it;
* a pronoun subject ("he said", "sa han", Arabic "وقال إن" with no subject) names no source:
  the claim gets ``None`` (no resolution is attempted);
* a figure takes the **nearest** cue of its sentence ("Police say 40 died, while organisers
  put the number at 70": 40 is the police's, 70 the organisers').

Cost: one regular-expression tokenization and a bounded walk per cue, only for sentences
that have claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from translate.claims.bare import past_verb
from translate.claims.lexicon import get_lexicon, normalise_word
from translate.claims.nounphrase import FUNCTION_WORDS
from translate.claims.tense import past_form
from translate.claims.tokens import Token, tokenize
from translate.claims.window import AUXILIARIES, MODALS

__all__ = ["Attribution", "attribution", "attributions", "MAX_WORDS"]

#: Cues after a figure looked at past "and X say" clauses of their own.
_AFTER_TRIES = 4
#: Most words a source phrase has ("the Palestinian health ministry in Gaza").
MAX_WORDS = 6


@dataclass(frozen=True)
class Attribution:
    """The source a figure is attributed to.

    Attributes:
        text: The source as written ("the health ministry", "politiet", "وزارة الصحة").
        span: ``(start, end)`` offsets of ``text`` in the sentence.
        cue: The reporting word as written ("said", "ifølge", "according to", "قالت").
    """

    text: str
    span: tuple[int, int]
    cue: str


def _fold(words: str) -> frozenset[str]:
    return frozenset(normalise_word(w) for w in words.split())


#: Reporting verbs whose subject is the source.
_VERBS: dict[str, frozenset[str]] = {
    "en": _fold("say says said told tells reported confirmed confirms estimated announced "
                "announces stated claimed put puts saying"),
    "nb": _fold("sa sier opplyser opplyste melder meldte bekrefter anslår anslo skriver skrev "
                "forteller fortalte rapporterer rapporterte kunngjorde uttaler uttalte "
                "bekreftet opplyst meldt anslått rapportert"),
    "da": _fold("sagde siger oplyser oplyste melder meldte bekræfter bekræftede anslår anslog "
                "skriver skrev fortæller fortalte rapporterer rapporterede meddeler meddelte "
                "udtaler udtalte vurderer bekræftet oplyst meldt anslået rapporteret meddelt"),
    "ar": _fold("قال قالت يقول تقول أعلن أعلنت يعلن تعلن ذكر ذكرت يذكر تذكر أفاد أفادت يفيد "
                "تفيد أكد أكدت يؤكد تؤكد صرح صرحت أوضح أوضحت نقل نقلت قدر قدرت أحصى أحصت "
                "زعم زعمت يزعم تزعم"),
}
#: Verbs whose object is the one the figure is told to, never the source ("told Reuters").
_SUBJECT_ONLY = _fold("told tells")
#: Participles of reporting verbs: a cue only in a passive with its agent ("ble bekreftet
#: av politiet", "was confirmed by the ministry") or after a perfect auxiliary ("har
#: opplyst").
_PARTICIPLES = _fold("bekreftet opplyst meldt anslått rapportert bekræftet oplyst anslået "
                     "rapporteret meddelt")
#: The agent preposition of a passive ("by", "av", "af").
_AGENT = {"en": "by", "nb": "av", "da": "af"}
#: Perfect auxiliaries before a participle cue ("har opplyst").
_PERFECT = _fold("har hadde havde")
#: English "was quoted as saying": the participles of quoting before "as saying".
_QUOTED = _fold("quoted cited")
#: "put the number at 70": a cue only with "at" a few words on.
_PUT = _fold("put puts")
#: Arabic "نقلت ... عن X": the source is the one quoted after "عن".
_QUOTING_AR = _fold("نقل نقلت")
_AN = normalise_word("عن")
_BISM = normalise_word("باسم")
#: Prepositions with a pronoun between an Arabic verb and its subject ("أفاد به الدفاع
#: المدني", "أحصت فيه الوزارة").
_BIHI = _fold("به بها فيه فيها")
_MA = normalise_word("ما")
#: Arabic "كان X قد فعل" (X had done): the subject stands between "كان" and "قد".
_KANA = _fold("كان كانت")
_QAD = _fold("قد")
#: Prepositions whose object is the source: first word -> the words that must follow.
_PREPS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"according": ("to",), "citing": ()},
    "nb": {"ifølge": (), "iflg": (), "if": (".",)},
    "da": {"ifølge": (), "iflg": (), "if": (".",)},
    "ar": {normalise_word("بحسب"): (), normalise_word("حسب"): (),
           normalise_word("وفقاً"): (), normalise_word("طبقاً"): (), normalise_word("وفق"): (),
           normalise_word("نقلاً"): (_AN,)},
}
#: Arabic prepositions "وفقاً لـ": the ل written apart or joined to the source.
_LAM_PREPS = _fold("وفقاً طبقاً")
_AR_CONJ = ("و", "ف")
#: Pronouns: a subject that names no source.
_PRONOUNS: dict[str, frozenset[str]] = {
    "en": _fold("he she they it we i you who which this that one"),
    "nb": _fold("han hun de den det vi jeg du dere man som hen dei"),
    "da": _fold("han hun de den det vi jeg du i man som hen"),
    "ar": _fold("هو هي هم هن نحن أنا أنت الذي التي الذين"),
}
#: Pronouns that are also articles before an adjective ("den fungerende forsvarsminister",
#: "det amerikanske forsvaret").
_ARTICLE_PRONOUNS = {"nb": _fold("den det de"), "da": _fold("den det de")}
#: Danish/Norwegian definite noun endings: a definite noun ends its phrase ("politiet").
_DEFINITE = ("et", "en", "ene", "erne", "ne")
#: Danish/Norwegian articles kept before a subject found walking back ("En politimann").
_ARTICLES_NB_DA = _fold("en et ei den det de")
#: Function words allowed inside a source phrase ("Ministry of Health", "politiet i Oslo").
_INNER: dict[str, frozenset[str]] = {
    "en": _fold("of for and at in from"),
    "nb": _fold("for og i av"),
    "da": _fold("for og i af"),
    "ar": frozenset(),
}
#: Determiners a source phrase may start with.
_DETERMINERS: dict[str, frozenset[str]] = {
    "en": _fold("the a an its their"),
    "nb": frozenset(), "da": frozenset(), "ar": frozenset(),
}
#: Words skipped between a verb and its inverted subject, or before the verb
#: ("Police on Tuesday said", "sier også politiet", "Police have said").
_SKIP: dict[str, frozenset[str]] = {
    "en": _fold("also later earlier previously have has had separately again initially now "
                "on last yesterday today would will had morning afternoon evening night"),
    "nb": _fold("også nå videre dessuten samtidig tidligere senere i går dag natt morgen "
                "kveld ettermiddag formiddag har hadde"),
    "da": _fold("også nu videre desuden samtidig tidligere senere i går dag nat morgen aften "
                "eftermiddag formiddag har havde"),
    "ar": _fold("اليوم أمس يوم مساء صباح ليل ليلة"),
}
#: Auxiliaries that make a following participle passive ("were reported killed").
_PASSIVE: dict[str, frozenset[str]] = {
    "en": _fold("is are was were be been being"),
    "nb": _fold("er var blir ble bli blitt"),
    "da": _fold("er var bliver blev blive blevet"),
    "ar": frozenset(),
}
#: Arabic event nouns an announcing verb takes as its object ("أعلن الجيش مقتل 40").
_AR_OBJECTS = _fold("مقتل وفاة إصابة اعتقال ارتفاع سقوط نشر إرسال انسحاب مصرع حصيلة عدد "
                    "العثور تسجيل ان أن إن")
#: Conjunctions that open a rival clause ("…, while organisers put the number at 70"): a
#: cue across one covers a figure only when no cue on its own side does.
_CONTRAST: dict[str, frozenset[str]] = {
    "en": _fold("while whereas but although though however"),
    "nb": _fold("mens men selv om derimot"),
    "da": _fold("mens men selvom derimod"),
    "ar": _fold("بينما لكن فيما حين ولكن غير"),
}
_AND = {"en": _fold("and"), "nb": _fold("og"), "da": _fold("og"), "ar": _fold("و")}
#: Relative pronouns: the clause they open belongs to the noun phrase before them ("A
#: witness who saw the crash said", "En beboer, der så ulykken, siger").
_RELATIVE: dict[str, frozenset[str]] = {
    "en": _fold("who whom whose which"), "nb": _fold("som"), "da": _fold("som der"),
    "ar": _fold("الذي التي الذين"),
}
#: Infinitive markers: the word after one is a verb, never the end of a subject.
_INFINITIVE = {"en": _fold("to"), "nb": _fold("å"), "da": frozenset(), "ar": frozenset()}
#: Subordinators and adverbs that may open a clause right before its subject ("where the
#: UN says", "as officials said", "da politiet sa").
_OPENERS: dict[str, frozenset[str]] = {
    "en": _fold("when after before since because until as where if so then"),
    "nb": _fold("da når etter før siden fordi hvor hvis så der"),
    "da": _fold("da når efter før siden fordi hvor hvis så"),
    "ar": frozenset(),
}
#: Clause boundaries that a subject never runs back across.
_STRONG = frozenset('.;:!?"“”«»()[]–—')
#: Nouns of figures whose giver follows them ("according to figures from the ministry",
#: "ifølge tall fra", "بحسب أرقام وزارة الصحة"): the source is the giver (closed class).
_DATA_NOUNS: dict[str, frozenset[str]] = {
    "en": _fold("figures data statistics estimates numbers tally tallies count records"),
    "nb": _fold("tall tallene data statistikk anslag beregninger oversikt"),
    "da": _fold("tal tallene data statistik skøn opgørelse beregninger"),
    "ar": _fold("أرقام إحصاءات إحصائيات بيانات تقديرات معطيات"),
}
_FROM = {"en": _fold("from by"), "nb": _fold("fra"), "da": _fold("fra"), "ar": frozenset()}
_THAT = {"en": _fold("that"), "nb": _fold("at om"), "da": _fold("at om"),
         "ar": _fold("أن إن ان أنه أنها أنهم إنه إنها إنهم بأن بأنه بأنها")}


@lru_cache(maxsize=4)
def _stops(language: str) -> frozenset[str]:
    """Words that end a source phrase: function words, cue words, weekdays."""
    lex = get_lexicon(language)
    return (FUNCTION_WORDS.get(language, frozenset()) | _VERBS.get(language, frozenset())
            | frozenset(_PREPS.get(language, {})) | _PRONOUNS.get(language, frozenset())
            | _THAT.get(language, frozenset()) | frozenset(lex.weekdays)
            | _SKIP.get(language, frozenset())) - _INNER.get(language, frozenset()) \
        - _DETERMINERS.get(language, frozenset())


@lru_cache(maxsize=8)
def _any_cue(language: str) -> re.Pattern[str]:
    """A search for any cue word in a folded sentence: most sentences have none, and then
    nothing is tokenized."""
    words = sorted(_VERBS.get(language, frozenset()) | frozenset(_PREPS.get(language, {})),
                   key=len, reverse=True)
    prefix = "[وف]?" if language == "ar" else ""
    return re.compile(rf"(?<!\w){prefix}(?:{'|'.join(map(re.escape, words))})(?!\w)")


class _Cue:
    """A reporting cue (token range) and its source (character span, ``None``: a pronoun
    or no subject: the cue still claims its figures)."""

    __slots__ = ("index", "end", "source", "joined")

    def __init__(self, index: int, end: int, source: tuple[int, int] | None) -> None:
        self.index, self.end = index, end
        self.source = source
        self.joined = False  # its clause opens with "and" after the figures before it


def _chars(tokens: list[Token], src: tuple[int, int] | None | bool) -> tuple[int, int] | None:
    """Character span of a phrase's token range (``None`` for none or a pronoun)."""
    if src is None or src is False or src is True:
        return None
    return tokens[src[0]].start, tokens[src[1]].end


def _bare(norm: str, language: str) -> str:
    """An Arabic word without a leading conjunction ("وقالت" -> "قالت")."""
    if language == "ar" and len(norm) > 3 and norm.startswith(_AR_CONJ):
        return norm[1:]
    return norm


def _is_word(t: Token) -> bool:
    return t.kind == "word"


def _phrase(tokens: list[Token], i: int, step: int, language: str,
            blocked: bytearray, *, inverted: bool = False
            ) -> tuple[int, int] | None | Literal[False]:
    """The source phrase starting at token ``i`` and walking in ``step`` direction.

    The phrase never runs across a finite verb (a past form by its morphology). An
    ``inverted`` subject follows its verb ("sa Tanzanias samferdselsminister"): no second
    verb follows it, so a capitalised genitive before a noun in "-er" stays in it.

    Returns the token range ``(first, last)``, ``False`` when the phrase is a pronoun, or
    ``None`` when no phrase is there.
    """
    stops = _stops(language)
    inner = _INNER.get(language, frozenset())
    pronouns = _PRONOUNS.get(language, frozenset())
    k = i
    if 0 <= k < len(tokens) and tokens[k].norm in pronouns and not (
            step > 0 and tokens[k].norm in _ARTICLE_PRONOUNS.get(language, ())
            and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
            and tokens[k + 1].norm not in stops):
        return False
    if step > 0 and 0 <= k < len(tokens) and language in _ARTICLE_PRONOUNS and (
            tokens[k].norm in _ARTICLES_NB_DA) and k + 1 < len(tokens) and (
            tokens[k + 1].kind == "word" and tokens[k + 1].norm not in stops
            and tokens[k + 1].norm not in inner):
        k += 1  # "den fungerende forsvarsminister", "en talsmand": an article
        first_article = True
    else:
        first_article = False
    taken: list[int] = []
    words = 0
    definite = False  # Arabic: a definite word was taken (an indefinite one then ends it)
    while 0 <= k < len(tokens):
        t = tokens[k]
        if blocked[k]:
            break  # a figure of the sentence is never its source
        if t.kind == "num":
            hyphen = tokens[k + 1].text == "-" if k + 1 < len(tokens) else False
            if not hyphen:
                break  # "the 12-member council" keeps its number
        elif t.kind == "punct":
            between = 0 < k < len(tokens) - 1 and tokens[k - 1].end == t.start and \
                tokens[k + 1].start == t.end
            abbreviation = t.text == "." and k > 0 and len(tokens[k - 1].text) == 1 and \
                tokens[k - 1].text.isupper()
            if not ((t.text in "-&'’" and between) or abbreviation):
                break
        else:
            if t.norm in stops or _bare(t.norm, language) in stops:
                break
            if language == "ar":
                if t.norm == _BISM and taken and k + step < len(tokens) and step > 0:
                    taken.append(k)  # "المتحدث باسم وزارة الصحة": the spokesman of the
                    definite = False  # ministry; the one spoken for is part of the source
                    k += step
                    continue
                if t.norm.startswith(("بال", "لل", "باسم")) or t.norm in _AR_OBJECTS:
                    break  # "للصحفيين": a prepositional phrase
                is_definite = t.norm.startswith(("ال", "وال"))  # "والإدارة العامة"
                if taken and definite and not is_definite:
                    break  # "الجيش مقتل": the object after a definite subject
                if taken and words >= 2 and not is_definite:
                    break
                definite = definite or is_definite
            elif language != "ar" and (taken or step < 0) and _finite(tokens, k, language) \
                    and not (step < 0 and taken and _modifies(tokens, k, taken[-1], language)):
                break  # "who witnessed the aftermath described …": a verb ends the phrase
            elif step < 0 and taken and language in ("nb", "da") and t.text.islower() and (
                    t.norm.endswith(_DEFINITE) and t.norm not in inner) and (
                    tokens[taken[-1]].text.islower() and tokens[taken[-1]].norm not in inner):
                break  # "redningstjenesten beskrev forholdene": a definite noun ends its
                # phrase; the lower-case word after it is a verb (as walking forward)
            elif taken and t.text.islower() and language in ("nb", "da", "en"):
                prev = tokens[taken[-1]]
                if language == "en" and t.norm.endswith(("ed", "ing")) and \
                        t.norm not in inner and step > 0:
                    break  # "official figures released on Tuesday"
                if language != "en" and t.norm not in inner and step > 0 and (
                        (prev.norm.endswith(_DEFINITE)
                         and prev.norm not in inner and (prev.text.islower()
                                                         or _opens_clause(tokens, taken[-1])))
                        or (len(t.norm) > 3 and t.norm.endswith(("de", "te")))
                        or (prev.text[:1].isupper() and len(t.norm) > 3
                            and t.norm.endswith("er") and not (
                                inverted and prev.norm.endswith("s")))):
                    break  # "ifølge politiet døde", "Vagtchefen ankom": the verb after a
                    # definite subject (capitalised at the start of its clause)
            if t.norm not in inner:
                words += 1
            if words > MAX_WORDS:
                return None
        taken.append(k)
        k += step
    if first_article and taken:
        taken.insert(0, i)
    # trim inner words and punctuation at both ends ("of", "og", "-")
    while taken and (tokens[taken[-1]].norm in inner or tokens[taken[-1]].kind == "punct"
                     or tokens[taken[-1]].norm == _BISM):
        taken.pop()
    while taken and (tokens[taken[0]].norm in inner or tokens[taken[0]].kind == "punct"):
        taken.pop(0)
    if not any(_is_word(tokens[m]) and tokens[m].norm not in _DETERMINERS.get(
            language, frozenset()) for m in taken):
        return None
    return (min(taken), max(taken))


#: Words after which a past-shaped word is an adjective, not a finite verb ("the injured",
#: "de berørte kommunene"): articles, possessives, prepositions (closed classes).
_ADJECTIVE_AFTER: dict[str, frozenset[str]] = {
    "en": _fold("the a an this these those its their his her our my your of in on at from "
                "with for into newly recently"),
    "nb": _fold("den det de en et ei denne dette disse sin sitt sine hans hennes deres av i "
                "på til fra med for"),
    "da": _fold("den det de en et denne dette disse sin sit sine hans hendes deres af i på "
                "til fra med for"),
}


def _finite(tokens: list[Token], k: int, language: str) -> bool:
    """A lower-case word shaped like a finite past verb ("described", "witnessed", "went",
    "beskrev", "overlevede"), not an adjective after an article or preposition."""
    t = tokens[k]
    if t.kind != "word" or not t.text.islower() or language not in _ADJECTIVE_AFTER:
        return False
    if not (past_form(t, language) or past_verb(t, language) or (
            language == "en" and len(t.norm) > 4 and t.norm.endswith("ed"))):
        return False
    return not (k > 0 and tokens[k - 1].norm in _ADJECTIVE_AFTER[language])


def _modifies(tokens: list[Token], k: int, nxt: int, language: str) -> bool:
    """A past-shaped word right before a lower-case content word of the phrase is its
    adjective ("Tanzanias statsejede tv-station", "armed residents"), unless it is an
    irregular past or an auxiliary ("saw", "went", "var")."""
    t, n = tokens[k], tokens[nxt]
    return nxt == k + 1 and n.kind == "word" and n.text.islower() and (
        n.norm not in _stops(language)) and not past_form(t, language)


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Token ``k`` starts the sentence or follows punctuation (its capital says nothing)."""
    return k == 0 or tokens[k - 1].kind == "punct"


def _verb_like(tokens: list[Token], k: int, language: str) -> bool:
    """Token ``k`` can be the verb after a subject: a finite past shape, an auxiliary or
    modal, a reporting verb, or a content word a phrase stopped at (no closed class)."""
    t = tokens[k]
    if t.kind != "word":
        return False
    norm = t.norm
    return (_finite(tokens, k, language) or norm in AUXILIARIES.get(language, ())
            or norm in MODALS.get(language, ()) or norm in _VERBS.get(language, ())
            or (t.text.islower() and norm not in _stops(language)))


def _opens_subject(tokens: list[Token], first: int, language: str) -> bool:
    """A subject found walking back from its verb starts a clause: nothing before it, or
    punctuation, a conjunction, "that", a subordinator, a time adverb or a number. A verb,
    an auxiliary, "to" or a relative pronoun before it makes it an object or a part of a
    relative clause ("who witnessed the aftermath described", "the first to arrive")."""
    q = first - 1
    if q < 0:
        return True
    t = tokens[q]
    if t.kind == "punct":
        return t.text not in "-&'’"
    if t.kind == "num":
        return True
    norm = _bare(t.norm, language)
    if norm in _RELATIVE.get(language, ()) or norm in _INFINITIVE.get(language, ()):
        return False
    return (norm in _AND.get(language, ()) or norm in _CONTRAST.get(language, ())
            or norm in _THAT.get(language, ()) or norm in _OPENERS.get(language, ())
            or norm in _SKIP.get(language, ()) or norm in get_lexicon(language).weekdays)


def _clause_start(tokens: list[Token], end: int, language: str) -> int:
    """The first token of the clause that ``end`` is in: after strong punctuation or
    "that" (a comma may sit inside a clause: see :func:`_clause_subject`)."""
    that = _THAT.get(language, frozenset())
    for k in range(end - 1, -1, -1):
        if tokens[k].text in _STRONG or tokens[k].norm in that:
            return k + 1
    return 0


def _with_article(tokens: list[Token], src: tuple[int, int] | None | bool,
                  language: str) -> tuple[int, int] | None | bool:
    """A phrase found walking back keeps the article before it ("En politimann")."""
    if not isinstance(src, tuple) or language not in _ARTICLE_PRONOUNS:
        return src
    q = src[0] - 1
    if q >= 0 and tokens[q].norm in _ARTICLES_NB_DA:
        return (q, src[1])
    return src


def _subject_before(tokens: list[Token], end: int, language: str,
                    blocked: bytearray) -> tuple[int, int] | None | bool:
    """The noun phrase right before token ``end`` (a relative pronoun or a comma), taken
    only when it opens its clause."""
    q = end - 1
    if q >= 0 and tokens[q].text == ",":
        q -= 1
    src = _with_article(tokens, _phrase(tokens, q, -1, language, blocked), language)
    if isinstance(src, tuple) and not _opens_subject(tokens, src[0], language):
        return None
    return src


def _clause_subject(tokens: list[Token], end: int, language: str,
                    blocked: bytearray) -> tuple[int, int] | None | bool:
    """The subject of the clause that ends before token ``end``, when what stands right
    before ``end`` is a predicate or a relative clause rather than the subject.

    * A relative pronoun in the clause: the clause it opens belongs to the noun phrase
      before it ("A security official who witnessed the aftermath described … and said").
    * Else the subject of the clause's first predicate: the first noun phrase after the
      clause start or after one of its commas, latest first, that a verb follows
      ("Rescue workers pulled survivors from the rubble and said"; "After the storm hit,
      rescue workers … and said").

    Returns ``None`` when no such subject is found, ``False`` for a pronoun.
    """
    lo = _clause_start(tokens, end, language)
    relative = _RELATIVE.get(language, frozenset())
    for r in range(end - 1, lo - 1, -1):
        if tokens[r].kind == "word" and tokens[r].norm in relative and (
                r > lo and tokens[r - 1].kind != "num" and not blocked[r - 1]):
            src = _subject_before(tokens, r, language, blocked)
            if src is not None:
                return src
    starts = [k + 1 for k in range(end - 1, lo - 1, -1) if tokens[k].text == ","] + [lo]
    function = FUNCTION_WORDS.get(language, frozenset())
    articles = _ARTICLES_NB_DA | _DETERMINERS.get(language, frozenset())
    for s in starts:
        s = _skip(tokens, s, 1, language)
        if s >= end:
            continue
        t = tokens[s]
        if t.kind != "word" or _finite(tokens, s, language) or (
                t.norm in function and t.norm not in articles
                and t.norm not in _PRONOUNS.get(language, ())):
            continue
        if t.text.islower() and t.norm.endswith(("ed", "ing")) and language == "en":
            continue  # "backed by soldiers": a participle phrase
        src = _phrase(tokens, s, 1, language, blocked)
        if src is False:
            return False  # "He visited the site and said": a pronoun
        if src is None:
            continue
        nxt = src[1] + 1
        if nxt >= end:
            continue
        if tokens[nxt].norm in function and tokens[nxt].norm not in relative and not (
                _verb_like(tokens, nxt, language)) and nxt + 1 < end:
            # "En lege ved sykehuset beskrev": a prepositional phrase, then the verb
            pp = _phrase(tokens, nxt + 1, 1, language, blocked)
            if isinstance(pp, tuple) and pp[1] + 1 < end and _verb_like(
                    tokens, pp[1] + 1, language):
                return (src[0], pp[1])
            continue
        if tokens[nxt].norm in relative or _verb_like(tokens, nxt, language) or (
                s == lo and tokens[nxt].text == ","):
            return src
    return None


def _parenthetical_subject(tokens: list[Token], comma: int, language: str,
                           blocked: bytearray) -> tuple[int, int] | None | bool:
    """The subject before a verb that follows a comma: an apposition or relative clause
    stands between them ("Ahmed Ali, a spokesman for the ministry, said", "The official,
    who spoke on condition of anonymity, said", "En politimann som var på stedet, sier")."""
    lo = _clause_start(tokens, comma, language)
    opening = next((k for k in range(comma - 1, lo - 1, -1) if tokens[k].text == ","), None)
    if opening is not None:
        return _subject_before(tokens, opening + 1, language, blocked)
    return _clause_subject(tokens, comma, language, blocked)


def _boundary_before(tokens: list[Token], i: int) -> bool:
    """The cue opens its clause: at the start, or after punctuation ("…, said police")."""
    return i == 0 or (tokens[i - 1].kind == "punct" and tokens[i - 1].text not in "-&")


def _skip(tokens: list[Token], k: int, step: int, language: str) -> int:
    skip = _SKIP.get(language, frozenset())
    n = 0
    weekdays = get_lexicon(language).weekdays
    while 0 <= k < len(tokens) and n < 4 and (tokens[k].norm in skip
                                               or tokens[k].norm in weekdays):
        k += step
        n += 1
    return k


def _definite_or_name(t: Token, language: str) -> bool:
    return t.kind == "word" and (t.text[:1].isupper() or t.norm.endswith(
        ("et", "en", "ene", "erne", "na", "ne")))


def _verb_cue(tokens: list[Token], i: int, language: str,
              blocked: bytearray) -> _Cue | None:
    """A reporting verb at ``i``: its subject before or after it."""
    t = tokens[i]
    norm = _bare(t.norm, language)
    passive = _PASSIVE.get(language, frozenset())
    agent = _AGENT.get(language)
    if norm == "saying":
        return _quoted_cue(tokens, i, language, blocked)
    if i > 0 and (tokens[i - 1].norm in passive or tokens[i - 1].kind == "num" or (
            tokens[i - 1].norm in _DETERMINERS.get(language, frozenset()))):
        # "were reported killed", "40 confirmed deaths", "an estimated 40": no speaker here,
        # unless "by" names one ("was confirmed by the ministry", "ble bekreftet av")
        if agent and i + 1 < len(tokens) and tokens[i + 1].norm == agent:
            src = _phrase(tokens, i + 2, 1, language, blocked)
            return _Cue(i, i, _chars(tokens, src)) if src is not None else None
        return None
    if norm in _PARTICIPLES:  # a cue after "har" or in a passive with its agent
        k = i - 1
        while k >= 0 and tokens[k].norm in _SKIP.get(language, ()) and (
                tokens[k].norm not in _PERFECT):
            k -= 1
        if k < 0 or tokens[k].norm not in _PERFECT:
            if k >= 0 and tokens[k].norm in passive and agent and i + 1 < len(tokens) and (
                    tokens[i + 1].norm == agent):
                src = _phrase(tokens, i + 2, 1, language, blocked)
                return _Cue(i, i, _chars(tokens, src)) if src is not None else None
            return None
    if norm in _PUT and not any(tokens[k].norm == "at" for k in range(i + 1, min(
            len(tokens), i + 6))):
        return None  # "put" is a cue only as "put the number at 70"
    after = _skip(tokens, i + 1, 1, language)
    nxt = tokens[after] if after < len(tokens) else None
    if language == "ar":
        if norm in _QUOTING_AR:  # "نقلت وكالة رويترز عن مسؤول": the one quoted
            an = next((k for k in range(i + 1, min(len(tokens), i + 2 + MAX_WORDS))
                       if tokens[k].norm == _AN), None)
            if an is not None:
                src = _phrase(tokens, an + 1, 1, language, blocked)
                return _Cue(i, i, _chars(tokens, src))
        if nxt is not None and nxt.norm in _BIHI:
            after += 1  # "أفاد به الدفاع المدني": "به" (it) before the subject
            nxt = tokens[after] if after < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ل") and \
                not nxt.norm.startswith("ال") and norm in _fold("قال قالت يقول تقول") and \
                after + 1 < len(tokens) and (tokens[after + 1].norm in _THAT["ar"]
                                             or tokens[after + 1].kind == "punct"):
            after += 1  # "قال لرويترز إن": the one told ("قالت لجنة الانتخابات" is a subject)
            nxt = tokens[after] if after < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.norm not in _THAT["ar"]:
            src = _phrase(tokens, after, 1, language, blocked)
            if isinstance(src, tuple) and src[0] == src[1] and not tokens[src[0]].norm.startswith(
                    ("ال", "وال")) and src[1] + 1 < len(tokens) and blocked[src[1] + 1]:
                # "وأعلنت انتشال 30 جثة": one indefinite word right before the figure is the
                # verb's object (a verbal noun), not its subject
                return _Cue(i, i, None)
            if src is not None:
                return _Cue(i, i, _chars(tokens, src))
        if i > 1 and tokens[i - 1].norm in _QAD:
            # "وكانت وزارة الداخلية قد أعلنت": the subject between "كان" and "قد"
            for k in range(i - 2, max(-1, i - 3 - MAX_WORDS), -1):
                if _bare(tokens[k].norm, language) in _KANA:
                    src = _phrase(tokens, k + 1, 1, language, blocked)
                    if isinstance(src, tuple) and src[1] == i - 2:
                        return _Cue(i, i, _chars(tokens, src))
                    break
        # "الشرطة قالت إن" (SVO), or a subject the verb carries ("وقال إن"): no source
        before = _skip(tokens, i - 1, -1, language)
        src = None if t.norm != norm or _boundary_before(tokens, i) else _phrase(
            tokens, before, -1, language, blocked)
        return _Cue(i, i, _chars(tokens, src))
    if norm not in _SUBJECT_ONLY and nxt is not None and _boundary_before(tokens, i):
        # "…, said police"; "that" after the verb is no pronoun subject but its object
        src = None if nxt.norm in _THAT.get(language, ()) else _phrase(
            tokens, after, 1, language, blocked, inverted=True)
        if src is not None:
            return _Cue(i, i, _chars(tokens, src))
        if tokens[i - 1].text != ",":
            return None
        # "Ahmed Ali, a spokesman for the ministry, said 40 …": the subject is before
        return _Cue(i, i, _chars(tokens, _parenthetical_subject(tokens, i - 1, language,
                                                                  blocked)))
    if language in ("nb", "da") and norm not in _SUBJECT_ONLY and nxt is not None and (
            nxt.norm in _PRONOUNS[language] and _boundary_before(tokens, i) or (
                _definite_or_name(nxt, language) and nxt.norm not in _stops(language))):
        # V2: "I går sa politiet"
        src = _phrase(tokens, after, 1, language, blocked, inverted=True)
        if src is not None:
            return _Cue(i, i, _chars(tokens, src))
    return _subject_cue(tokens, i, _skip(tokens, i - 1, -1, language), language, blocked)


def _subject_cue(tokens: list[Token], i: int, before: int, language: str,
                 blocked: bytearray) -> _Cue | None:
    """The cue at ``i`` with its subject before it, the last word of which is at
    ``before``: the noun phrase there, or the clause's subject when a second predicate
    ("… described charred vehicles and said"), a relative clause or an apposition stands
    between them; ``None`` when no noun phrase is there at all."""
    if before < 0:
        return None
    t = tokens[before]
    if t.kind == "word" and t.norm in _RELATIVE.get(language, frozenset()):
        # "Iran, which says 136 of its citizens died, …": the relative pronoun's antecedent
        return _Cue(i, i, _chars(tokens, _subject_before(tokens, before, language, blocked)))
    if t.kind == "word" and t.norm in _AND.get(language, frozenset()):
        # a second predicate of the same subject: "… described charred vehicles and said"
        return _Cue(i, i, _chars(tokens, _clause_subject(tokens, before, language, blocked)))
    if t.text == ",":
        return _Cue(i, i, _chars(tokens, _parenthetical_subject(tokens, before, language,
                                                                  blocked)))
    src = _with_article(tokens, _phrase(tokens, before, -1, language, blocked), language)
    if src is None:
        if t.kind == "word" and _verb_like(tokens, before, language):
            # "A man who was arrested said": a verb right before the cue
            return _Cue(i, i, _chars(tokens, _clause_subject(tokens, before + 1, language,
                                                             blocked)))
        return None
    if isinstance(src, tuple) and not _opens_subject(tokens, src[0], language):
        # "A firefighter who was the first to arrive said": the phrase before the verb is
        # inside a relative clause or a predicate
        src = _clause_subject(tokens, src[0], language, blocked)
    return _Cue(i, i, _chars(tokens, src))


def _quoted_cue(tokens: list[Token], i: int, language: str,
                blocked: bytearray) -> _Cue | None:
    """"The mayor was quoted (by state media) as saying": the subject of the passive of
    quoting is the source; "saying" alone ("…, saying 40 died") is no cue."""
    if i < 2 or tokens[i - 1].norm != "as":
        return None
    passive = _PASSIVE.get(language, frozenset())
    for k in range(i - 2, max(-1, i - 2 - MAX_WORDS), -1):
        if tokens[k].norm in _QUOTED and k > 0 and tokens[k - 1].norm in passive:
            return _subject_cue(tokens, i, _skip(tokens, k - 2, -1, language), language,
                                blocked)
    return None


def _prep_cue(tokens: list[Token], i: int, language: str,
              blocked: bytearray) -> _Cue | None:
    """"according to X", "ifølge X", "بحسب X", "وفقاً لـ X": the object is the source."""
    word = tokens[i].norm if tokens[i].norm in _PREPS[language] else _bare(
        tokens[i].norm, language)
    k = i + 1
    for after in _PREPS[language][word]:
        if k >= len(tokens) or tokens[k].norm != after:
            return None
        k += 1
    if language == "ar" and word in _LAM_PREPS and k < len(tokens):
        t = tokens[k]
        if t.norm == "ل":
            k += 1  # "وفقاً لـ وزارة الصحة"
        elif t.norm.startswith("لل"):  # "وفقاً للشرطة": the article is in the ل
            tokens = [*tokens[:k], Token(t.kind, t.text, t.start, t.end, "ا" + t.norm[1:]),
                      *tokens[k + 1:]]
        elif t.norm.startswith("ل") and len(t.norm) > 2:  # "وفقاً لوزارة الصحة"
            tokens = [*tokens[:k], Token(t.kind, t.text[1:], t.start + 1, t.end, t.norm[1:]),
                      *tokens[k + 1:]]
    end = k - 1
    if language == "ar" and k + 1 < len(tokens) and tokens[k].norm == _MA:
        k += 2  # "بحسب ما أعلنه حاكم الولاية": according to what the governor announced
        if k < len(tokens) and tokens[k].norm in _BIHI:
            k += 1  # "بحسب ما أفاد به الدفاع المدني": "به", what it reported
    src = _phrase(tokens, k, 1, language, blocked)
    return _Cue(i, end, _chars(tokens, _giver(tokens, src, language, blocked)))


def _giver(tokens: list[Token], src: tuple[int, int] | None | bool, language: str,
           blocked: bytearray) -> tuple[int, int] | None | bool:
    """"figures from the health ministry", "tall fra helsemyndighetene", "أرقام وزارة
    الصحة": the one who gives the figures, not the figures."""
    if not isinstance(src, tuple):
        return src
    first = src[0]
    while first < src[1] and tokens[first].norm in _DETERMINERS.get(language, ()):
        first += 1
    nouns = _DATA_NOUNS.get(language, frozenset())
    if tokens[first].norm not in nouns:
        return src
    if language == "ar":
        return (first + 1, src[1]) if first < src[1] else src
    froms = _FROM.get(language, frozenset())
    at = next((k for k in range(first + 1, min(len(tokens), src[1] + 2))
               if tokens[k].norm in froms), None)
    if at is None:
        return src
    giver = _phrase(tokens, at + 1, 1, language, blocked)
    return giver if isinstance(giver, tuple) else src


def _cues(tokens: list[Token], language: str,
          blocked: bytearray) -> list[_Cue]:
    verbs = _VERBS.get(language, frozenset())
    preps = _PREPS.get(language, {})
    out: list[_Cue] = []
    for i, t in enumerate(tokens):
        if t.kind != "word":
            continue
        norm = t.norm if language != "ar" or t.norm in preps or t.norm in verbs else _bare(
            t.norm, language)
        cue: _Cue | None = None
        if norm in preps:
            cue = _prep_cue(tokens, i, language, blocked)
        elif norm in verbs:
            cue = _verb_cue(tokens, i, language, blocked)
        if cue is not None:
            if cue.source is not None and cue.source[0] < t.start:
                # "…, and aid agencies say clean water is scarce": a clause of its own
                before = next((k for k in range(i - 1, -1, -1)
                               if tokens[k].end <= cue.source[0]), None)
                cue.joined = before is not None and tokens[before].norm in _AND.get(
                    language, frozenset())
            out.append(cue)
    return out


def attributions(sentence: str, spans: Sequence[tuple[int, int]],
                 language: str) -> list[Attribution | None]:
    """The source of each figure of one sentence (see the module docstring).

    Args:
        sentence: The sentence.
        spans: ``(start, end)`` offsets of each claim in ``sentence``; no source phrase
            overlaps one of them.
        language: ``en``, ``nb``, ``da`` or ``ar`` (``nn``/``no`` read as ``nb``); any other
            language gives no attribution.

    Returns:
        One :class:`Attribution` or ``None`` per span, in the order given.
    """
    lang = {"nn": "nb", "no": "nb"}.get(language, language)
    if lang not in _VERBS or not spans or not _any_cue(lang).search(normalise_word(sentence)):
        return [None] * len(spans)
    tokens = tokenize(sentence, lang)
    starts = [t.start for t in tokens]
    ranges = []  # token range (first, last) of each figure
    blocked = bytearray(len(tokens))  # tokens inside a figure: never a source
    for a, b in spans:
        first = bisect_right(starts, a) - 1
        first = first if first >= 0 and tokens[first].end > a else first + 1
        last = max(first, bisect_left(starts, b) - 1)
        ranges.append((first, last))
        for k in range(first, min(last + 1, len(tokens))):
            blocked[k] = 1
    cues = _cues(tokens, lang, blocked)
    if not cues:
        return [None] * len(spans)
    contrasts = _CONTRAST.get(lang, frozenset())
    contrast = [0] * (len(tokens) + 1)  # contrastive conjunctions before each token
    for k, t in enumerate(tokens):
        contrast[k + 1] = contrast[k] + (t.norm in contrasts or (
            lang == "ar" and _bare(t.norm, lang) in contrasts))
    ends = [c.end for c in cues]
    out: list[Attribution | None] = []
    for first, last in ranges:
        # the nearest cue before the figure (it also crosses the fewest rival clauses) ...
        n = bisect_left(ends, first) - 1
        best: tuple[int, int, int, _Cue] | None = None
        if n >= 0:
            cue = cues[n]
            best = (contrast[first] - contrast[cue.end], first - cue.end, 0, cue)
        # ... against the nearest after it in the same clause ("40 died, police said"; not
        # "…, while organisers say" nor "…, and agencies say")
        m = bisect_right(ends, last)
        for cue in cues[m:m + _AFTER_TRIES]:
            if cue.index <= last:
                continue
            if contrast[cue.index] > contrast[last + 1]:
                break
            if cue.joined:
                continue
            key = (0, cue.index - last, 1, cue)
            if best is None or key[:3] < best[:3]:
                best = key
            break
        source = best[3].source if best is not None else None
        if best is None or source is None:
            out.append(None)
            continue
        cue = best[3]
        s, e = source
        out.append(Attribution(sentence[s:e], (s, e),
                               sentence[tokens[cue.index].start:tokens[cue.end].end]))
    return out


def attribution(sentence: str, claim_span: tuple[int, int],
                language: str) -> Attribution | None:
    """The source a figure of ``sentence`` is attributed to, or ``None``.

    Args:
        sentence: The sentence.
        claim_span: ``(start, end)`` of the figure (a claim's quote) in ``sentence``.
        language: ``en``, ``nb``, ``da`` or ``ar``.

    Returns:
        The :class:`Attribution`, or ``None`` when no reporting cue covers the figure or its
        subject is a pronoun.

    Example:
        >>> a = attribution("Police say 40 people died.", (11, 20), "en")
        >>> (a.text, a.span, a.cue)
        ('Police', (0, 6), 'say')
    """
    return attributions(sentence, [claim_span], language)[0]
