"""Counts that belong together: ranges, parts of a whole and the two ends of a change.

"mellom 20 og 30 personer", "Three of the five suspects", "250 of the 1,100 homes",
"nedjusteret fra 86 til 68" (86 is ``from``, 68 the ``target``), "خفض عدد القوات ... إلى
2500" (the counted noun before the target).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from translate.claims.clause import ARTICLE_WORDS as _ARTICLE_WORDS
from translate.claims.clause import CONJUNCTIONS as _CONJUNCTIONS
from translate.claims.lexicon import Lexicon
from translate.claims.nounphrase import OF_WORDS
from translate.claims.quantities import Found, hedge_first
from translate.claims.tokens import Token
from translate.claims.types import Claim
from translate.claims.window import BREAK, VERB_WINDOW, clause_start

if TYPE_CHECKING:
    from translate.claims.sentence import SentenceClaim

__all__ = ["whole_of", "change_role", "category_before", "earlier_figure", "is_figure_noun",
           "figure_noun_before", "previous_value", "resolve_pairs", "same_count",
           "earlier_targets", "compared"]


_PAIR_GAP = 5  # tokens between the two numbers of "from X to Y"


_RANGE_BEFORE = frozenset({"between", "mellom", "mellem", "بين"})


_RANGE_TO = frozenset({"to", "til", "الى"})


#: Particles of a change before "from" (closed class): "up from 64", "ned fra 79", "op fra".
#: "up/down from N" states N as the earlier value even without a change verb.
_UP_DOWN = frozenset({"up", "down", "opp", "op", "ned"})


def whole_of(tokens: list[Token], found: list[Found], n: int, j: int, lex: Lexicon
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
    if k < len(tokens) and (tokens[k].norm in _ARTICLE_WORDS or _possessive(tokens[k]) or (
            _genitive(tokens[k], lex.language))):
        k += 1  # "250 of the 1,100 homes", "371 of Boeing's 737 Max jets", "Tolv av
        # selskapets 17 ansatte"
        if k < len(tokens) and tokens[k - 1].norm in _ARTICLE_WORDS and tokens[
                k].kind == "word" and tokens[k].norm.endswith(("'s", "’s")):
            k += 1  # "Twelve of the company's 17 employees"
        if k < len(tokens) and tokens[k - 1].norm in _ARTICLE_WORDS and tokens[
                k].norm in _POSITION_WORDS.get(lex.language, ()):
            k += 1  # "12 of the last 14 games", "12 af de sidste 14 partier"
    return n + 1 if found[n + 1].first == k else None


#: Adjectives of position between the article and the whole's count (closed class).
_POSITION_WORDS = {"en": frozenset({"last", "first", "past", "next", "previous", "remaining"}),
                   "da": frozenset({"sidste", "første", "næste", "seneste", "forrige",
                                    "resterende"}),
                   "nb": frozenset({"siste", "første", "neste", "seneste", "forrige",
                                    "gjenværende"}),
                   "ar": frozenset()}


def _genitive(tok: Token, lang: str) -> bool:
    """A Danish/Norwegian genitive, a determiner of the whole after "af"/"av": a definite
    noun in "-s" ("selskapets", "regeringens", "landenes") or a name in "-s" ("Norges")."""
    norm = tok.norm
    return lang in ("da", "nb") and tok.kind == "word" and len(norm) > 4 and (
        norm.endswith(("ets", "ens", "nes")) or (tok.text[:1].isupper() and norm.endswith("s")))


def _possessive(tok: Token) -> bool:
    """An English possessive name ("Boeing's"), a determiner of the whole after "of"."""
    return tok.kind == "word" and tok.text[:1].isupper() and tok.norm.endswith(("'s", "’s"))


#: Words that mark a figure as the earlier one of a revision (closed class): "the earlier
#: figure of 359", "had earlier given a figure of 368", "et tidligere tal på 86", "الحصيلة
#: السابقة".
_EARLIER: dict[str, frozenset[str]] = {
    "en": frozenset({"earlier", "previous", "previously", "original", "originally", "initial",
                     "initially", "former", "prior"}),
    "da": frozenset({"tidligere", "oprindelige", "oprindeligt", "første", "forrige"}),
    "nb": frozenset({"tidligere", "opprinnelige", "opprinnelig", "første", "forrige"}),
    "ar": frozenset({"السابقه", "السابق", "سابقا", "الاوليه", "الاولي"}),
}
#: Nouns of a stated figure (closed class): "a figure of 368", "et tal på 86".
_FIGURE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"figure", "toll", "estimate", "count", "tally", "number", "total"}),
    "da": frozenset({"tal", "tallet", "dødstal", "dødstallet", "skøn", "opgørelse", "antal"}),
    "nb": frozenset({"tall", "tallet", "dødstall", "dødstallet", "anslag", "antall"}),
    "ar": frozenset({"حصيله", "الحصيله", "رقم", "الرقم", "عدد", "تقدير", "تقديرات"}),
}
_FIGURE_OF = {"en": ("of",), "da": ("på", "af"), "nb": ("på", "av"), "ar": ()}


#: Heads of Danish/Norwegian compounds that name a number ("mandattal", "medlemstall",
#: "dødstallet", "antallet"); the head follows a consonant ("hospital", "kapital" and
#: "metal" end in the letters, not in the word).
_FIGURE_HEADS = ("tal", "tallet", "tall", "tallene", "tallenes", "antal", "antallet",
                 "antall")
_VOWELS = frozenset("aeiouyæøå")


def is_figure_noun(norm: str, lang: str) -> bool:
    """A folded word naming a stated figure ("toll", "tallet", "الحصيلة"; Danish and
    Norwegian definite and compound forms: "tallene", "dødstallene", "antallet",
    "mandattal"; in Arabic also with the article or after a joined و or ف: "والعدد")."""
    nouns = _FIGURE_NOUNS.get(lang, frozenset())
    if norm in nouns:
        return True
    if lang in ("da", "nb"):
        if norm.startswith("antal") or norm in _FIGURE_HEADS:
            return True  # "antallet", "tallene"
        head = next((h for h in _FIGURE_HEADS if norm.endswith(h) and len(norm) > len(h)),
                    None)
        return head is not None and norm[-len(head) - 1] not in _VOWELS
    if lang != "ar":
        return False
    bare = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    return bare in nouns or (bare.startswith("ال") and bare[2:] in nouns)


_EARLIER_REACH = 3  # tokens between the "earlier" word and the figure noun


def earlier_figure(tokens: list[Token], first_tok: int, lang: str) -> bool:
    """The count is the earlier value of a revision stated by an "earlier" word at its
    figure noun: "the earlier figure of 359", "had earlier given a figure of 368", "et
    tidligere tal på 86"; Arabic puts the adjective after the noun ("الحصيلة السابقة
    359")."""
    earlier = _EARLIER.get(lang, frozenset())
    k = first_tok - 1
    if k >= 0 and tokens[k].norm in _FIGURE_OF.get(lang, ()):
        k -= 1
    if lang == "ar" and k >= 1 and tokens[k].norm in earlier:
        return tokens[k - 1].norm in _FIGURE_NOUNS["ar"]
    if k < 0 or tokens[k].norm not in _FIGURE_NOUNS.get(lang, frozenset()):
        return False
    return any(tokens[m].norm in earlier for m in range(max(0, k - _EARLIER_REACH), k))


def figure_noun_before(tokens: list[Token], first: int, lang: str) -> bool:
    """A noun naming a number ("tally", "number", "antal"; a Danish/Norwegian compound with
    such a head: "mandattal", "medlemstall") earlier in the clause of ``tokens[first]``."""
    for k in range(first - 1, max(-1, first - 1 - 3 * VERB_WINDOW), -1):
        if tokens[k].text in BREAK:
            break
        if is_figure_noun(tokens[k].norm, lang):
            return True
    return False


#: Words of an earlier time (closed class): "a day earlier", "dagen før", "tidligere på
#: dagen", "أمس", "في اليوم السابق"; Danish/Norwegian "i går" is two words.
_EARLIER_TIME: dict[str, frozenset[str]] = {
    "en": frozenset({"earlier", "before", "previously", "previous", "prior", "yesterday",
                     "ago", "last"}),
    "da": frozenset({"før", "tidligere", "forinden", "forrige", "forleden", "igår",
                     "sidste"}),
    "nb": frozenset({"før", "tidligere", "forrige", "igår", "sist", "siste"}),
    "ar": frozenset({"امس", "السابق", "السابقه", "سابقا", "قبل"}),
}
#: Past forms of "be" and of verbs that state a figure's level (closed class): "the figure
#: was 844", "stood at 832", "var tallet 844", "lød tallet på 151", "كانت الحصيلة 30".
_PAST_COPULAS: dict[str, frozenset[str]] = {
    "en": frozenset({"was", "were", "stood", "had"}),
    "da": frozenset({"var", "lød", "lå", "stod", "havde"}),
    "nb": frozenset({"var", "lød", "lå", "sto", "stod", "hadde"}),
    "ar": frozenset({"كان", "كانت"}),
}
#: Participles of verbs of reporting a figure (closed class), with a past auxiliary of
#: :data:`_PAST_COPULAS` ("had reported", "havde meldt om", "hadde oppgitt").
_REPORTED: dict[str, frozenset[str]] = {
    "en": frozenset({"reported", "given", "announced", "estimated", "put", "said"}),
    "da": frozenset({"meldt", "rapporteret", "oplyst", "opgivet", "anslået", "sagt"}),
    "nb": frozenset({"meldt", "rapportert", "opplyst", "oppgitt", "anslått", "sagt"}),
}
#: Prepositions that set a figure beside another (closed class): one word ("against",
#: "mod", "mot", "مقابل") or the second word of two ("compared with", "sammenlignet med",
#: "مقارنة بـ").
_COMPARED_ONE: dict[str, frozenset[str]] = {
    "en": frozenset({"against", "versus", "vs"}),
    "da": frozenset({"mod", "imod"}),
    "nb": frozenset({"mot", "imot"}),
    "ar": frozenset({"مقابل"}),
}
_COMPARED_TWO: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("compared", "with"), ("compared", "to"), ("comparison", "with")}),
    "da": frozenset({("sammenlignet", "med"), ("sammenholdt", "med")}),
    "nb": frozenset({("sammenlignet", "med"), ("sammenliknet", "med")}),
    "ar": frozenset({("مقارنه", "ب"), ("مقارنه", "مع"), ("بالمقارنه", "مع"),
                     ("بالمقارنه", "ب")}),
}
#: Arabic "after (that)" before "كان": "بعد أن كانت 832", "بعدما كان العدد 844": the state
#: before the change the sentence reports.
_AR_AFTER = frozenset({"بعدما"})
_AR_THAT = frozenset({"ان"})
_AR_QAD = frozenset({"قد"})  # "بعد أن كان 30 قد قتلوا": a pluperfect event, no level
_AFTER_REACH = 5  # tokens after the number read for its time ("832 a day earlier")
_NP_REACH = 3  # tokens of the figure's noun phrase between "كان" and the number


def compared(tokens: list[Token], first_tok: int, lang: str) -> bool:
    """A preposition that sets the figure at ``first_tok`` beside another right before it:
    "against", "mot", "mod", "مقابل", "compared with", "sammenlignet med"."""
    k = first_tok - 1
    if k > 0 and (_possessive(tokens[k]) or _genitive(tokens[k], lang)):
        # "against Sierra Leone's 2,916", "mod Guineas 2.916": past the possessor's name
        k -= 1
        while k > 0 and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            k -= 1
    return k >= 0 and (tokens[k].norm in _COMPARED_ONE.get(lang, frozenset()) or (
        k > 0 and (tokens[k - 1].norm, tokens[k].norm) in _COMPARED_TWO.get(lang, frozenset())))


def _earlier_word(tokens: list[Token], k: int, lang: str) -> bool:
    """``tokens[k]`` is a word of an earlier time ("earlier", "før", "أمس", "بالأمس")."""
    norm = tokens[k].norm
    words = _EARLIER_TIME.get(lang, frozenset())
    if norm in words:
        return True
    if lang in ("da", "nb"):
        return norm == "går" and k > 0 and tokens[k - 1].norm == "i"  # "i går"
    if lang == "ar":
        if norm[:1] in ("و", "ب", "ف") and len(norm) > 3:
            norm = norm[1:]  # "وأمس", "بالأمس"
        return norm in words or (norm.startswith("ال") and norm[2:] in words)
    return False


def _copula(norm: str, copulas: frozenset[str], lang: str) -> bool:
    """A past "be" ("was", "var", "كانت"; Arabic also after "and": "وكانت")."""
    return norm in copulas or (lang == "ar" and norm[:1] in ("و", "ف") and norm[1:] in copulas)


def _after_number(tokens: list[Token], found: list[Found], n: int) -> range:
    """Tokens after the number ``found[n]`` up to a comma, a break or the next number."""
    stop = min(len(tokens), found[n].last + _AFTER_REACH)
    if n + 1 < len(found):
        stop = min(stop, found[n + 1].first)
    for k in range(found[n].last, stop):
        if tokens[k].text in BREAK or tokens[k].text in (",", "،"):
            return range(found[n].last, k)
    return range(found[n].last, stop)


def previous_value(tokens: list[Token], found: list[Found], n: int, first_tok: int,
                   lex: Lexicon, *, same_figure: bool = False) -> bool:
    """The clause states the count ``found[n]`` as the earlier value of a figure:

    * the figure in the past with a word of earlier time: "Dagen før var tallet 844",
      "Tidligere på dagen lød tallet på 151", "the previous figure was 844", "كانت الحصيلة
      832 أمس" (a noun naming the figure, a past "be", the time word in its clause);
    * set beside a figure before it in its sentence ("compared with 832 a day earlier",
      "mod 832 dagen før", "مقابل 164 ألفا في اليوم السابق") when a word of earlier time
      follows and it counts what that figure counts (``same_figure``: no noun of its own, or
      the same), so that "30 strikes against 10 targets yesterday" is none;
    * Arabic "after it had been": "بعد أن كانت 832", "بعدما كان العدد 844" after a figure
      of its sentence (not the pluperfect of an event: "بعد أن كان 30 قد قتلوا").
    """
    lang = lex.language
    start = clause_start(tokens, first_tok)
    earlier_before = n > 0 and any(found[m].quantity.kind == "count" for m in range(n))
    if n > 0:
        start = max(start, found[n - 1].last)
    after = _after_number(tokens, found, n)
    time_after = any(_earlier_word(tokens, k, lang) for k in after)
    copulas = _PAST_COPULAS.get(lang, frozenset())
    before = range(start, first_tok)
    if any(_copula(tokens[k].norm, copulas, lang) for k in before) and any(
            is_figure_noun(tokens[k].norm, lang) for k in before) and (
            time_after or any(_earlier_word(tokens, k, lang) for k in before)):
        return True
    if not earlier_before:
        return False
    if any(_copula(tokens[k].norm, copulas, lang) for k in before) and any(
            tokens[k].norm in _REPORTED.get(lang, ()) for k in before) and (
            time_after or any(_earlier_word(tokens, k, lang) for k in before)):
        # "1.000 dræbte, efter at myndighederne tidligere havde meldt om over 2.000", "after
        # officials had earlier reported 2,000": a past report of the figure stated before
        return True
    if same_figure and time_after and compared(tokens, first_tok, lang):
        return True
    if lang != "ar":
        return False
    k = first_tok - 1
    while k >= start and first_tok - k <= _NP_REACH and tokens[k].kind == "word" and (
            tokens[k].norm not in copulas):
        k -= 1  # the figure's noun phrase: "بعد أن كانت الحصيلة المؤكدة 30"
    if k < 1 or tokens[k].norm not in copulas or any(tokens[m].norm in _AR_QAD for m in after):
        return False
    if k < first_tok - 1 and not any(is_figure_noun(tokens[m].norm, lang)
                                     for m in range(k + 1, first_tok)):
        return False  # "بعد أن كان الجيش 30": no figure between
    return tokens[k - 1].norm in _AR_AFTER or (
        k > 1 and tokens[k - 1].norm in _AR_THAT and tokens[k - 2].norm == "بعد")


def change_role(tokens: list[Token], found: list[Found], n: int, first_tok: int, before: str,
          change: str | None, lex: Lexicon, *, same_figure: bool = False) -> str | None:
    """``from``/``target`` for the ends of "from X to Y" or "reduce ... to Y", ``from`` for
    an earlier figure ("the earlier figure of 359", "Dagen før var tallet 844", "compared
    with 832 a day earlier": :func:`previous_value`), else None."""
    f = found[n]
    if earlier_figure(tokens, first_tok, lex.language) or previous_value(
            tokens, found, n, first_tok, lex, same_figure=same_figure):
        return "from"
    if before in lex.from_words:
        if change in ("reduce", "increase") or (
                first_tok > 1 and tokens[first_tok - 2].norm in _UP_DOWN):
            return "from"  # "rose to 109, up from 64": the earlier value of a change
        nxt = found[n + 1] if n + 1 < len(found) else None
        if nxt is not None and nxt.first - f.last <= _PAIR_GAP and any(
                tokens[k].norm in lex.to_words for k in range(f.last, nxt.first)):
            return "from"
    if before in lex.to_words:
        if change in ("reduce", "increase"):
            return "target"
        prev = found[n - 1] if n > 0 else None
        if prev is None or first_tok - prev.last > _PAIR_GAP:
            return None
        k = hedge_first(tokens, prev.first, prev.quantity)  # "from about 1,400 to about 1,200"
        if k > 0 and tokens[k - 1].norm in lex.from_words:
            return "target"
    return None


def category_before(tokens: list[Token], first: int, cat_look,
                    modifier=None) -> str | None:
    """A category noun earlier in the clause ("خفض عدد القوات ... إلى 2500"); with
    ``modifier(k)``, a noun that only modifies the next one is skipped (English "after the
    missile attack": an attack is counted by nothing)."""
    for k in range(first - 1, max(-1, first - 1 - 3 * VERB_WINDOW), -1):
        if tokens[k].text in BREAK:
            break
        if tokens[k].kind == "word":
            category = cat_look(tokens[k].norm)
            if category and not (modifier is not None and modifier(k)):
                return category
    return None


#: Categories of persons a generic ``people`` figure may be the same count as.
_PERSONS = frozenset({"people", "killed", "wounded", "missing", "arrested", "displaced",
                      "troops"})


def same_count(later: str, earlier: str, *, bare: bool = False) -> bool:
    """An earlier value of category ``earlier`` may be the old value of a figure of category
    ``later``: the same category, a generic ``people`` figure beside a count of persons
    ("58 people ..., after the confirmed toll had been 30 dead"), or any category when the
    earlier value names nothing itself (``bare``: "30 people died, up from 17")."""
    return later == earlier or bare or (later == "people" and earlier in _PERSONS)


def resolve_pairs(claims: list[SentenceClaim]) -> None:
    """Give the two ends of a change the same category, and keep ``target`` for ends of a
    stated pair.

    An end without a counted noun counts what the other end counts ("from 3,000 to 2,500
    soldiers"; "has risen to 109, up from 64": the earlier value after the later one). A
    ``target`` with no ``from`` in its sentence ("the toll has risen to 135") is the level
    reached, not one end of a stated revision: its role is dropped and its direction stays
    ``target`` (a level, never an addition). A ``from`` with no ``target`` in its sentence
    makes the nearest figure before it that counts the same (no end of a change itself)
    its ``target``: the value the earlier one led to ("at least 632 people ..., up from
    296 dead")."""
    targets = [c for c in claims if c.role == "target"]
    froms = [c for c in claims if c.role == "from"]
    for a in froms:
        if targets or a.category == "_pending":
            break
        # "killing at least 632 people ..., up from 296 dead", "Dødstallet er nu 1000, mod
        # 832 dagen før": the earlier value's figure is the nearest one before it that
        # counts the same and is no end itself (the new value of the change)
        b = next((c for c in reversed(claims) if c.first < a.first and c.role is None
                  and c.direction in (None, "target") and same_count(
                      c.category, a.category, bare=a.noun is None)), None)
        if b is not None:
            b.role = b.direction = "target"
            if a.noun is None:
                a.category, a.source = b.category, b.source  # "30 people died, up from 17"
            targets.append(b)
    for a in froms:
        if not targets:
            break
        b = min(targets, key=lambda t: abs(t.first - a.first))
        if a.category == "_pending" or (a.noun is None and b.category != "_pending"):
            a.category, a.source = b.category, b.source
    if not froms:
        for c in targets:
            c.role = None


def earlier_targets(claims: list[Claim]) -> list[Claim]:
    """Claims of one document in text order, with the figure an earlier value of the next
    sentence belongs to marked ``target``.

    A ``from`` with no ``target`` in its sentence ("Dagen før var tallet 844", "Tidligere på
    dagen lød tallet på 151") is the old value of the figure its previous sentence states
    ("Dødstallet har steget til 1234"): the last claim of that sentence that counts the
    same and is no end of a change itself (a level, or the target of a rise whose role
    :func:`resolve_pairs` dropped) becomes its ``target``.
    """
    out = list(claims)
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for k, c in enumerate(out):
        by_sentence.setdefault((c.doc, c.sentence_index), []).append(k)
    previous: dict[tuple[str, int], tuple[str, int]] = {}
    last: dict[str, tuple[str, int]] = {}
    for key in by_sentence:
        if key[0] in last:
            previous[key] = last[key[0]]
        last[key[0]] = key
    for key, members in by_sentence.items():
        if key not in previous or previous[key][1] != key[1] - 1:
            continue  # only the sentence right before
        if any(out[k].role == "target" for k in members):
            continue
        for k in members:
            a = out[k]
            if a.role != "from":
                continue
            b = next((m for m in reversed(by_sentence[previous[key]])
                      if out[m].role is None and out[m].direction in (None, "target")
                      and same_count(out[m].category, a.category, bare=a.noun is None)),
                     None)
            if b is not None:
                out[b] = replace(out[b], role="target", direction="target")
            break
    return out
