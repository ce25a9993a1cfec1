"""The counted noun after a number, found by shape rather than by a list of nouns.

After a count, news text puts the thing counted: "30,000 additional U.S. troops",
"3.000 ekstra amerikanske soldater", "49 قتيلا", "12 ambulances". The noun phrase is the run
of content words right after the number (hedge and "of"/"af"/"av"/"من" of vague and scale
words skipped), stopped by punctuation, another number or a *function word* (prepositions,
auxiliaries, pronouns, conjunctions: closed classes, the same for every story), and trimmed at a
word shaped like a finite verb ("stormed", "mistet", a casualty or direction verb). The head is
the last word of the run in English, Danish and Norwegian (modifiers precede the noun), with a
plural-shaped word preferred so that "40 people fell ill" keeps "people"; in Arabic it is the
first word (adjectives follow the noun).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.claims.bare import STATE_VERBS, adverb
from translate.claims.lexicon import Lexicon, normalise_word
from translate.claims.tense import past_form
from translate.claims.tokens import Token, word_matches

__all__ = ["NounPhrase", "noun_phrase", "arabic_adjectives", "FUNCTION_WORDS", "OF_WORDS",
           "PRONOUN_OF"]

_MAX_RUN = {"ar": 3}
#: Arabic "and" glued to the article ("والإكوادور"), folded.
_AR_AND_THE = normalise_word("وال")
_MAX_RUN_DEFAULT = 4

#: Closed-class words that end a noun phrase (folded).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        the a an of in on at to from by for with without into onto over under after before
        during since until than as and or but nor that which who whom whose this these those
        their his her its our your my were was are is be been being have has had will would
        could should may might can must do did does not no also said say says according
        including include includes per each while when where about across against among
        between through toward towards near inside outside within around ago later earlier
        yesterday today tomorrow there here them they it he she we you i up down out off so
        such then only just still even all both any most if because whereas although though
        last next this year years week weeks day days month months were got get gets being
        reported reportedly respectively alone altogether overall total now already again
        ever never whom what how why far yet likely probably possibly feared believed
        thought confirmed
    """.split()),
    "da": frozenset("""
        og eller men at som der den det de en et af i på til fra med uden for om over under
        efter før siden ved hos mod blandt mellem gennem hen ind ud op ned er var blev bliver
        blive har havde have skal skulle vil ville kan kunne må måtte bør ikke også kun blot
        endnu allerede nu da når hvor hvis mens fordi selv samt ifølge iflg heraf deraf deres
        hans hendes dens dets vores jeres min sin sine sit dem disse denne dette her der
        omkring cirka ca ligesom end inden igen samlet alt alle begge hver hvert nogle nogen
        hvoraf hvilke hvilket hvem hvad sig seg i alt mindst blevet været så langt fortsat
        foreløbig sandsynligvis formentlig muligvis bekræftet nu foran bag bagved overfor
        imod langs forbi via trods udenfor indenfor
    """.split()),
    "nb": frozenset("""
        og eller men at som der den det de en et ei av i på til fra med uten for om over under
        etter før siden ved hos mot blant mellom gjennom inn ut opp ned er var ble blir bli har
        hadde ha skal skulle vil ville kan kunne må måtte bør ikke også bare kun ennå allerede
        nå da når hvor hvis mens fordi selv samt ifølge deres hans hennes dens dets vår vårt
        våre deres min sin sine sitt dem disse denne dette her der omkring cirka ca enn innen
        igjen samlet alt alle begge hver hvert noen hvorav hvilke hvilket hvem hva seg totalt
        minst blitt vært så langt fortsatt foreløpig trolig sannsynligvis antakelig
        muligens bekreftet foran bak bakom overfor imot langs forbi via tross utenfor
        innenfor
    """.split()),
    "ar": frozenset(normalise_word(w) for w in """
        في من على إلى الى عن مع منذ حتى بعد قبل خلال بين عند لدى ضد حول نحو دون و أو او ثم
        لكن بل أن إن ان كان كانت كانوا يكون تكون قد لقد لم لن لا ما هذا هذه ذلك تلك هؤلاء
        الذي التي الذين هو هي هم هن نحن أنا انت منهم منها فيها فيه عليه عليها إنه انه أنه
        وفق وفقا بحسب حسب كما أيضا ايضا فقط قال قالت أعلن اعلن أعلنت اعلنت أفاد افاد أفادت
        وقال وقالت بينهم جميع كل بعض عدد حيث اليوم امس أمس الماضي الماضية بعدما عندما
        بينما حينما مقابل مقارنة بالمقارنة
    """.split()),
}

#: "of" after a vague or scale word ("dozens of people", "عشرات من الجنود").
OF_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"of"}), "da": frozenset({"af"}), "nb": frozenset({"av"}),
    "ar": frozenset({normalise_word("من")}),
}
#: Words after "of" that make "N of them" ("five of them", "fem af dem", "خمسة منهم").
PRONOUN_OF: dict[str, frozenset[str]] = {
    "en": frozenset({"them", "whom", "those", "these", "which"}),
    "da": frozenset({"dem", "disse", "hvem", "hvilke"}),
    "nb": frozenset({"dem", "disse", "dei", "hvem", "hvilke"}),
    "ar": frozenset(normalise_word(w) for w in ("منهم", "منهن", "بينهم", "منها")),
}
_ARTICLES = {"en": frozenset({"the", "those", "these"}), "da": frozenset({"de"}),
             "nb": frozenset({"de"}), "ar": frozenset()}
#: Demonstratives after "of": a determiner before a noun ("Fifteen of these rocks"), a
#: pronoun alone ("five of these"; closed class).
_DEMONSTRATIVES = {"en": frozenset({"these", "those"}), "da": frozenset({"disse"}),
                   "nb": frozenset({"disse"}),
                   "ar": frozenset(normalise_word(w) for w in ("هذه", "هؤلاء", "تلك", "هذا",
                                                                 "ذلك"))}
#: Possessive determiners after "of" ("hundreds of their citizens"; closed class).
_POSSESSIVES = {"en": frozenset({"their", "his", "her", "its", "our", "your", "my"}),
                "da": frozenset({"deres", "hans", "hendes", "dens", "dets", "vores", "jeres",
                                 "sine", "sin", "sit", "mine", "min"}),
                "nb": frozenset({"deres", "hans", "hennes", "dens", "dets", "våre", "vår",
                                 "vårt", "sine", "sin", "sitt", "mine", "min"})}
_ADJ_ED = ("ed",)  # "armed men": an -ed word first in the run is a modifier
#: Adjective endings in Danish and Norwegian (nationality -ske, participles -ede/-te...).
_ADJ_ENDINGS = ("ske", "ige", "ede", "ete", "ste", "ende", "ne", "lige")
#: Of those, the endings of adjectives that are never participles (superlative -ste,
#: nationality -ske, -ige/-lige).
_PLAIN_ADJ_ENDINGS = ("ske", "ige", "ste", "lige")
#: Words that modify a count but are never the counted noun themselves.
_MODIFIERS: dict[str, frozenset[str]] = {
    "en": frozenset({"more", "additional", "extra", "further", "other", "new", "fresh",
                     "such", "another", "some", "many", "few", "several"}),
    "da": frozenset({"flere", "ekstra", "nye", "yderligere", "mere", "nogle", "mange",
                     "tidligere"}),
    "nb": frozenset({"flere", "ekstra", "nye", "ytterligere", "mer", "noen", "mange", "til",
                     "tidligere"}),
    "ar": frozenset({normalise_word(w) for w in ("إضافي", "إضافية", "أخرى", "آخر")}),
}
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel",
                                "staff", "aircraft", "crew", "youths", "sheep", "cattle",
                                "mænd", "menn", "børn", "barn", "folk"})


@dataclass(frozen=True)
class NounPhrase:
    """The counted noun phrase after a number.

    Attributes:
        head: Token index of the counted noun.
        first: Token index of the first word of the phrase.
        last: Token index of the last word kept in the quote (inclusive).
        of_them: True for "N of them" (the noun is in an earlier clause).
    """

    head: int
    first: int
    last: int
    of_them: bool = False


def _plural_shape(norm: str, language: str) -> bool:
    if language == "en":  # "gunmen", "fishermen" are plural too
        return (len(norm) > 3 and norm.endswith("s") and not norm.endswith(("ss", "us", "is",
                                                                            "'s"))) or (
            len(norm) > 4 and norm.endswith("men"))
    if language in ("da", "nb"):  # "-ende": besøgende, overlevende, studerende
        return len(norm) > 4 and norm.endswith(("er", "ere", "ene", "erne", "ende"))
    return False


def _verb_shape(norm: str, language: str, run_len: int) -> bool:
    """A word after the first one of the run that looks like a finite verb or participle."""
    if run_len == 0:
        return False
    if language == "en":
        return norm.endswith(("ed", "ing")) and len(norm) > 4
    if language in ("da", "nb"):
        return norm.endswith(("et", "ede", "te", "de")) and len(norm) > 3 and not norm.endswith(
            "ende")  # "besøkende" is a noun
    return False


def _counted_noun(tok: Token, lex: Lexicon) -> bool:
    """A lexicon category noun or a people-shaped one ("سكان", "عناصر")."""
    from translate.claims.cues import people_shaped

    terms = tuple(t for ts in lex.categories.values() for t in ts)
    return word_matches(tok.norm, terms, lex) or people_shaped(tok, lex.language)


def _listed_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun the lexicon lists under a category ("tilfælde", "soldater")."""
    terms = tuple(t for ts in lex.categories.values() for t in ts)
    return word_matches(tok.norm, terms, lex)


#: Arabic possessive pronoun suffixes (folded): "موظفيها" (its staff), "جنودهم" (their
#: soldiers). A noun with one is definite, like one with the article.
_AR_POSSESSIVE_SUFFIXES = ("ها", "هم", "هن", "نا")


def _possessed_noun(tok: Token, lex: Lexicon) -> bool:
    """An Arabic noun with a possessive suffix whose stem is a counted noun ("من موظفيها":
    of its employees; the construct plural "موظفي" of a people-shaped "موظفين")."""
    norm = tok.norm
    for suffix in _AR_POSSESSIVE_SUFFIXES:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3:
            plural = stem + "ن" if stem.endswith(("ي", "و")) else stem  # construct "-ي/-و"
            return any(_counted_noun(Token("word", candidate, tok.start, tok.end, candidate),
                                     lex) for candidate in {stem, plural})
    return False


_SHARED_REACH = 3  # words after "and" up to the shared head noun


def _shared_head(tokens: list[Token], last: int, k: int, stop: int,
                 function: frozenset[str]) -> bool:
    """English coordinated modifiers before one head noun: the word before "and" at ``k``
    is singular and lower-case (a modifier: "navy"), and a plural noun follows within a
    few content words ("coast guard divers"); "12 ships and 3 planes", "ships and planes"
    (a plural before "and") are two phrases."""
    before = tokens[last]
    if _plural_shape(before.norm, "en") or before.norm in _IRREGULAR_PLURALS or \
            not before.text.islower():
        return False
    for m in range(k + 1, min(stop, k + 1 + _SHARED_REACH)):
        tok = tokens[m]
        if tok.kind != "word" or tok.norm in function:
            return False
        if _plural_shape(tok.norm, "en") or tok.norm in _IRREGULAR_PLURALS:
            return True
    return False


#: Danish/Norwegian definite genitive endings ("brigadens", "landets", "styrkenes").
_GENITIVES = ("ens", "ets", "enes", "ernes")
#: Danish/Norwegian definite plural endings ("drengene", "ofrene", "pigerne", "guttene").
_DEFINITE_PLURAL = ("ene", "erne")


def _definite_plural(tok: Token, lang: str) -> bool:
    """A lower-case Danish/Norwegian noun in the definite plural, by its ending: the whole
    of a partitive count ("Fire af drengene": four of the boys), as English "of the boys"."""
    return lang in ("da", "nb") and tok.kind == "word" and tok.text.islower() and len(
        tok.norm) > 5 and tok.norm.endswith(_DEFINITE_PLURAL)


#: Opening quotation marks before a counted noun in scare quotes (40 "foreign fighters").
_OPEN_QUOTES = frozenset('"“«„')


def noun_phrase(tokens: list[Token], j: int, stop: int, lex: Lexicon, *,
                vague: bool = False, stops: frozenset[str] = frozenset(),
                is_cue: Sequence[object] | None = None) -> NounPhrase | None:
    """The counted noun phrase starting at token ``j`` (right after the number), if any.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first token after the number.
        stop: Index not to cross (clause end).
        lex: Lexicon of the language (casualty and direction verbs end the phrase).
        vague: The number is a vague or scale word ("dozens of", "thousands of").
        stops: Extra folded words that end the phrase (e.g. multiplier and unit words are
            kept separately by the caller).
        is_cue: Per-token truthy value for casualty and direction verbs, when the caller has
            computed it (else each word is looked up in the lexicon).

    Returns:
        The phrase, or ``None`` when no content word follows the number.
    """
    lang = lex.language
    function = FUNCTION_WORDS.get(lang, frozenset())
    k = j
    of_words = OF_WORDS.get(lang, frozenset())
    # "dozens of people", "five of them", "40 of the wounded"
    if k < stop and tokens[k].kind == "word" and tokens[k].norm in of_words:
        demonstratives = _DEMONSTRATIVES.get(lang, frozenset())
        determiner = k + 2 < stop and tokens[k + 1].norm in demonstratives and tokens[
            k + 2].kind == "word" and tokens[k + 2].norm not in function
        if not determiner and k + 1 < stop and tokens[k + 1].norm in PRONOUN_OF.get(
                lang, frozenset()):
            return NounPhrase(k + 1, k, k + 1, of_them=True)
        # Arabic "من" + a definite noun, or + a listed or people-shaped noun in construct
        # with one ("100 من سكان المنطقة": a hundred of the area's residents; not "2500 من
        # أوائل الشهر", from early in the month)
        definite_ar = lang == "ar" and k + 1 < stop and tokens[k + 1].kind == "word" and (
            tokens[k + 1].norm.startswith("ال") or (
                k + 2 < stop and tokens[k + 2].norm.startswith("ال")
                and _counted_noun(tokens[k + 1], lex))
            or _possessed_noun(tokens[k + 1], lex))
        determiners = _ARTICLES[lang] | _POSSESSIVES.get(lang, frozenset())
        if determiner:  # "Fifteen of these rocks", "15 av disse steinene", "من هذه الصخور"
            determiners = determiners | demonstratives
        possessor = lang == "en" and k + 2 < stop and tokens[k + 1].text[:1].isupper() and \
            tokens[k + 1].norm.endswith(("'s", "’s")) and tokens[k + 2].kind == "word"
        if possessor:  # "40 of Norway's ships": the possessor determines the noun
            determiners = determiners | {tokens[k + 1].norm}
        genitive = lang in ("da", "nb") and k + 2 < stop and tokens[k + 1].kind == "word" and (
            tokens[k + 1].norm.endswith(_GENITIVES) and len(tokens[k + 1].norm) > 5) and (
            tokens[k + 2].kind == "word" and tokens[k + 2].text.islower()
            and tokens[k + 2].norm not in function)
        if genitive:  # "500 af brigadens soldater", "40 av landets leger": a definite
            # genitive before the noun determines it
            determiners = determiners | {tokens[k + 1].norm}
        if k + 1 < stop and (vague or definite_ar or tokens[k + 1].norm in determiners):
            k += 1
            if k < stop and tokens[k].norm in determiners:
                k += 1  # "hundreds of their citizens", "fem af deres børn"
        elif k + 1 < stop and _definite_plural(tokens[k + 1], lang):
            k += 1  # "Fire af drengene", "17 af ofrene": the article is the noun's suffix
        else:
            return None
    elif lang == "ar" and k < stop and tokens[k].norm in PRONOUN_OF["ar"]:
        return NounPhrase(k, k, k, of_them=True)
    if k + 1 < stop and tokens[k].text in _OPEN_QUOTES and tokens[k + 1].kind == "word":
        k += 1  # 80 "American terrorists": the quoted noun is still the one counted
    run: list[int] = []
    limit = _MAX_RUN.get(lang, _MAX_RUN_DEFAULT)
    if is_cue is None:
        cue_terms = tuple(t for ts in lex.casualty.values() for t in ts) + tuple(
            t for ts in lex.directions.values() for t in ts)
        is_cue = [tok.kind == "word" and word_matches(tok.norm, cue_terms, lex)
                  if j <= n < stop else False for n, tok in enumerate(tokens)]
    while k < stop and len(run) < limit:
        tok = tokens[k]
        if tok.kind != "word":
            # "U.S.", "Hamas-krigere": dots and hyphens glued inside a word
            if tok.text in ".-'’" and run and tok.start == tokens[k - 1].end and (
                    k + 1 < stop and tokens[k + 1].start == tok.end
                    and tokens[k + 1].kind == "word"):
                k += 1
                continue
            if tok.text == "." and run and len(tokens[k - 1].text) == 1:
                k += 1  # final dot of "U.S."
                continue
            break
        norm = tok.norm
        if lang == "en" and norm in ("and", "or") and run and len(run) < limit - 1 and \
                _shared_head(tokens, run[-1], k, stop, function):
            k += 1  # "160 navy and coast guard divers": two modifiers of one head noun
            limit += _SHARED_REACH - 1
            continue
        hyphened = k + 2 < stop and tokens[k + 1].text in "-‐" and (
            tok.end == tokens[k + 1].start == tokens[k + 2].start - 1) and tokens[
            k + 2].kind == "word"
        if (norm in function and not hyphened) or norm in stops or adverb(tok, lang):
            break  # (a function word glued to a word by a hyphen is a modifier's part:
            # "two off-duty officers", "30 in-house staff")
        if lang == "ar" and norm.startswith(_AR_AND_THE) and len(norm) > 5:
            break  # "بـ288 ألفا والإكوادور": "and" with a definite noun opens the next
            # conjunct (a counted noun after a number is indefinite: "288 ألف لاجئ")
        if not run and lang in ("da", "nb") and norm in STATE_VERBS:
            break  # "660 000 bor nå i nødleirer": the verb of the count, no noun
        if not run and lang in ("da", "nb") and past_form(tok, lang) and not is_cue[k]:
            break  # "I 991 stod", "Kanal 4 var": the verb after a fronted phrase, no noun
            # (a cue stays: "86 døde" are the dead)
        glued = k > 0 and tokens[k - 1].text in "-‐" and tokens[k - 1].end == tok.start
        # after modifiers only, a Danish/Norwegian plural noun is the head even when a cue
        # verb shares its stem ("tre nye udsendelser": broadcasts, not "udsendt")
        # "four more convicted militants": an English "-ed" word after modifiers only and
        # before a plural noun is an adjective
        adjective = lang == "en" and bool(run) and all(
            tokens[idx].norm in _MODIFIERS["en"] for idx in run) and k + 1 < stop and (
            _plural_shape(tokens[k + 1].norm, lang) or tokens[k + 1].norm in _IRREGULAR_PLURALS)
        headless = adjective or lang in ("da", "nb") and (_plural_shape(norm, lang) and all(
            tokens[idx].norm in _MODIFIERS.get(lang, frozenset()) for idx in run) or (
            # "tre siste tiltalte", "to danske anholdte": a listed noun shaped like a
            # participle, after adjectives that are no participles themselves (superlative,
            # nationality and "-ig" endings; not "252 smittede døde"), is the head
            all(tokens[idx].norm.endswith(_PLAIN_ADJ_ENDINGS) for idx in run)
            and _counted_noun(tok, lex)))
        if run and not glued and not headless and (is_cue[k] or (
                _verb_shape(norm, lang, len(run)) and not _listed_noun(tok, lex))):
            # (a listed noun shaped like a verb is the noun: "23.000 formodede tilfælde")
            break  # (the part after a hyphen is the compound's own: "FN-ansatte")
        if run and not glued and lang in ("da", "nb") and norm.endswith("ende") and not (
                tokens[run[-1]].norm in _MODIFIERS.get(lang, frozenset())
                or tokens[run[-1]].norm.endswith("e")):
            break  # "75 mål tilhørende IS": a participle after a noun (not after a plural
            # adjective: "unge studerende") modifies it
        run.append(k)
        k += 1
    modifiers = _MODIFIERS.get(lang, frozenset())
    if not run or all(tokens[idx].norm in modifiers for idx in run):
        return None  # "dozens more were injured": no noun
    if lang == "ar":
        return NounPhrase(run[0], run[0], run[0])
    head = None
    for idx in run:
        norm = tokens[idx].norm
        if norm in modifiers and idx != run[-1]:
            continue  # "12 tidligere soldater": a comparative "-ere" modifies
        if _plural_shape(norm, lang) or norm in _IRREGULAR_PLURALS:
            head = idx
            break
    if head is None and lang in ("da", "nb"):
        # the first word that is not shaped like an adjective ("ekstra amerikanske")
        head = next((idx for idx in run[:-1] if not (
            tokens[idx].norm in modifiers or tokens[idx].norm.endswith(_ADJ_ENDINGS))), run[-1])
    if head is None:
        head = run[-1]
        # "armed men": a lone -ed word is a modifier only when a noun follows it
        if lang == "en" and head == run[0] and tokens[head].norm.endswith(_ADJ_ED) and len(
                run) > 1:
            head = run[1]
    if head + 1 in run and _two_word_head(tokens[head].norm, tokens[head + 1].norm, lex):
        head += 1  # "armoured personnel carriers": a listed two-word noun ends at its head
    elif lang in ("da", "nb") and head + 1 in run and tokens[head].norm.endswith("e") and (
            not _counted_noun(tokens[head], lex)) and _counted_noun(tokens[head + 1], lex):
        head += 1  # "900 militære kjøretøy": a listed noun right after an unlisted plural
        # adjective is the head
    if lang in ("da", "nb"):  # a hyphen compound's head is its last part: "FN-ansatte"
        while head + 2 in run and tokens[head + 1].text in "-‐" and (
                tokens[head].end == tokens[head + 1].start == tokens[head + 2].start - 1):
            head += 2
    return NounPhrase(head, run[0], head)


_TWO_WORD_HEADS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _two_word_head(first: str, second: str, lex: Lexicon) -> bool:
    """``first second`` is a two-word category term of the lexicon ("personnel carrier*")."""
    hit = _TWO_WORD_HEADS.get(id(lex.categories))
    if hit is None or hit[0] is not lex.categories:
        table: dict[str, list[str]] = {}
        for terms in lex.categories.values():
            for term in terms:
                parts = term.split()
                if len(parts) == 2:
                    table.setdefault(normalise_word(parts[0]), []).append(parts[1])
        hit = (lex.categories, {k: tuple(v) for k, v in table.items()})
        _TWO_WORD_HEADS[id(lex.categories)] = hit
    seconds = hit[1].get(first)
    return seconds is not None and word_matches(second, seconds, lex)


def arabic_adjectives(tokens: list[Token], head: int, stop: int, lex: Lexicon,
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
