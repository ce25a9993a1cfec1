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

from translate.claims.lexicon import get_lexicon, normalise_word
from translate.claims.nounphrase import FUNCTION_WORDS
from translate.claims.tokens import Token, tokenize

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
                "announces stated claimed put puts"),
    "nb": _fold("sa sier opplyser opplyste melder meldte bekrefter anslår anslo skriver skrev "
                "forteller fortalte rapporterer rapporterte kunngjorde uttaler uttalte"),
    "da": _fold("sagde siger oplyser oplyste melder meldte bekræfter bekræftede anslår anslog "
                "skriver skrev fortæller fortalte rapporterer rapporterede meddeler meddelte "
                "udtaler udtalte vurderer"),
    "ar": _fold("قال قالت يقول تقول أعلن أعلنت يعلن تعلن ذكر ذكرت يذكر تذكر أفاد أفادت يفيد "
                "تفيد أكد أكدت يؤكد تؤكد صرح صرحت أوضح أوضحت نقل نقلت قدر قدرت أحصى أحصت "
                "زعم زعمت يزعم تزعم"),
}
#: Verbs whose object is the one the figure is told to, never the source ("told Reuters").
_SUBJECT_ONLY = _fold("told tells")
#: "put the number at 70": a cue only with "at" a few words on.
_PUT = _fold("put puts")
#: Arabic "نقلت ... عن X": the source is the one quoted after "عن".
_QUOTING_AR = _fold("نقل نقلت")
_AN = normalise_word("عن")
_MA = normalise_word("ما")
#: Prepositions whose object is the source: first word -> the words that must follow.
_PREPS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"according": ("to",), "citing": ()},
    "nb": {"ifølge": (), "iflg": (), "if": (".",)},
    "da": {"ifølge": (), "iflg": (), "if": (".",)},
    "ar": {normalise_word("بحسب"): (), normalise_word("حسب"): (),
           normalise_word("وفقاً"): (), normalise_word("طبقاً"): (),
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
                "kveld ettermiddag formiddag"),
    "da": _fold("også nu videre desuden samtidig tidligere senere i går dag nat morgen aften "
                "eftermiddag formiddag"),
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
_THAT = {"en": _fold("that"), "nb": _fold("at om"), "da": _fold("at om"),
         "ar": _fold("أن إن ان أنه أنها أنهم إنه إنها إنهم")}


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
            blocked: bytearray) -> tuple[int, int] | None | bool:
    """The source phrase starting at token ``i`` and walking in ``step`` direction.

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
    if step > 0 and 0 <= k < len(tokens) and tokens[k].norm in _ARTICLE_PRONOUNS.get(
            language, ()):
        k += 1  # "den fungerende forsvarsminister": an article, not a pronoun
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
                if t.norm.startswith(("بال", "لل", "باسم")) or t.norm in _AR_OBJECTS:
                    break  # "باسم", "للصحفيين": a prepositional phrase
                is_definite = t.norm.startswith(("ال", "وال"))  # "والإدارة العامة"
                if taken and definite and not is_definite:
                    break  # "الجيش مقتل": the object after a definite subject
                if taken and words >= 2 and not is_definite:
                    break
                definite = definite or is_definite
            elif taken and t.text.islower() and language in ("nb", "da", "en"):
                prev = tokens[taken[-1]]
                if language == "en" and t.norm.endswith(("ed", "ing")) and \
                        t.norm not in inner and step > 0:
                    break  # "official figures released on Tuesday"
                if language != "en" and t.norm not in inner and step > 0 and (
                        (prev.norm.endswith(("et", "en", "ene", "erne", "ne"))
                         and prev.norm not in inner and prev.text.islower())
                        or (len(t.norm) > 3 and t.norm.endswith(("de", "te")))
                        or (prev.text[:1].isupper() and len(t.norm) > 3
                            and t.norm.endswith("er"))):
                    break  # "ifølge politiet døde": the verb after a definite subject
            if t.norm not in inner:
                words += 1
            if words > MAX_WORDS:
                return None
        taken.append(k)
        k += step
    if first_article and taken:
        taken.insert(0, i)
    # trim inner words and punctuation at both ends ("of", "og", "-")
    while taken and (tokens[taken[-1]].norm in inner or tokens[taken[-1]].kind == "punct"):
        taken.pop()
    while taken and (tokens[taken[0]].norm in inner or tokens[taken[0]].kind == "punct"):
        taken.pop(0)
    if not any(_is_word(tokens[m]) and tokens[m].norm not in _DETERMINERS.get(
            language, frozenset()) for m in taken):
        return None
    return (min(taken), max(taken))


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
    if i > 0 and (tokens[i - 1].norm in passive or tokens[i - 1].kind == "num" or (
            tokens[i - 1].norm in _DETERMINERS.get(language, frozenset()))):
        # "were reported killed", "40 confirmed deaths", "an estimated 40": no speaker here,
        # unless "by" names one ("was confirmed by the ministry")
        if language == "en" and i + 1 < len(tokens) and tokens[i + 1].norm == "by":
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
        if nxt is not None and nxt.kind == "word" and nxt.norm.startswith("ل") and \
                not nxt.norm.startswith("ال") and norm in _fold("قال قالت يقول تقول") and \
                after + 1 < len(tokens) and (tokens[after + 1].norm in _THAT["ar"]
                                             or tokens[after + 1].kind == "punct"):
            after += 1  # "قال لرويترز إن": the one told ("قالت لجنة الانتخابات" is a subject)
            nxt = tokens[after] if after < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.norm not in _THAT["ar"]:
            src = _phrase(tokens, after, 1, language, blocked)
            if src is not None:
                return _Cue(i, i, _chars(tokens, src))
        # "الشرطة قالت إن" (SVO), or a subject the verb carries ("وقال إن"): no source
        before = _skip(tokens, i - 1, -1, language)
        src = None if t.norm != norm or _boundary_before(tokens, i) else _phrase(
            tokens, before, -1, language, blocked)
        return _Cue(i, i, _chars(tokens, src))
    if norm not in _SUBJECT_ONLY and nxt is not None and _boundary_before(tokens, i):
        src = _phrase(tokens, after, 1, language, blocked)  # "…, said police"
        return _Cue(i, i, _chars(tokens, src)) if src is not None else None
    if language in ("nb", "da") and norm not in _SUBJECT_ONLY and nxt is not None and (
            nxt.norm in _PRONOUNS[language] and _boundary_before(tokens, i) or (
                _definite_or_name(nxt, language) and nxt.norm not in _stops(language))):
        src = _phrase(tokens, after, 1, language, blocked)  # V2: "I går sa politiet"
        if src is not None:
            return _Cue(i, i, _chars(tokens, src))
    before = _skip(tokens, i - 1, -1, language)
    src = _phrase(tokens, before, -1, language, blocked)
    if src is None:
        return None
    return _Cue(i, i, _chars(tokens, src))


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
    src = _phrase(tokens, k, 1, language, blocked)
    return _Cue(i, end, _chars(tokens, src))


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
