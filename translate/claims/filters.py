"""Numbers that are not claims, told apart by their neighbours.

Identifiers ("COVID-19"), day numbers after a month ("Jan. 8"), match scores ("3-0"),
names ("Formula 1"), Arabic labels ("المادة 247"), references to things counted before
("the two attacks"), units and durations (CLDR through :mod:`translate.claims.units`, with
Danish/Norwegian compounds and Arabic clitics), and the article "en" read as one.
"""

from __future__ import annotations

from translate.claims.cues import TOLL_WORDS, people_shaped
from translate.claims.lexicon import Lexicon, normalise_word
from translate.claims.quantities import Found
from translate.claims.tokens import Token
from translate.claims.units import currency_words
from translate.claims.window import BREAK

__all__ = ["is_identifier", "noun_before_vague", "definite_before", "between_reference",
           "label_before", "model_name",
           "arabic_label", "is_score", "is_unit", "is_currency", "is_fraction",
           "after_month", "article_one", "announces_list", "ranked", "after_worth",
           "relational_phrase", "arabic_elative", "arabic_time"]


def is_identifier(tokens: list[Token], f: Found) -> bool:
    """"COVID-19", "Su-35": a number glued by a hyphen to a word before it."""
    i = f.first
    return (i >= 2 and tokens[i - 1].text in "-‐" and tokens[i - 1].end == tokens[i].start
            and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 2].kind == "word")


def noun_before_vague(tokens: list[Token], f: Found, first_tok: int, lo: int, lex: Lexicon,
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


def definite_before(tokens: list[Token], first: int, lang: str) -> bool:
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


def label_before(tokens: list[Token], f: Found, first_tok: int, lo: int) -> bool:
    """A small digit number right after a capitalised word inside the sentence: a name."""
    q = f.quantity
    if q.words or q.hedge != "exact" or first_tok != f.first or first_tok < 2:
        return False
    prev = tokens[first_tok - 1]
    return (prev.kind == "word" and prev.text[:1].isupper() and prev.text[1:2].islower()
            and tokens[first_tok - 2].text not in BREAK and (q.value or 0) < 100)


def model_name(tokens: list[Token], f: Found, first_tok: int, lang: str) -> bool:
    """Digits between two capitalised words inside a sentence name a model or a series, not
    a count: "Boeing's 737 Max jets", "en Airbus 320 Neo". A count before a capitalised
    word counts a people or a proper plural ("3,000 Americans", "12 Danes"), so the word
    after must not be plural-shaped (nor end in "s"/"er"/"ere")."""
    q = f.quantity
    if lang == "ar" or q.words or q.hedge != "exact" or first_tok != f.first or \
            first_tok < 2 or f.last >= len(tokens):
        return False
    prev, nxt = tokens[first_tok - 1], tokens[f.last]
    if prev.kind != "word" or not prev.text[:1].isupper() or tokens[first_tok - 2].text in BREAK:
        return False
    return (nxt.kind == "word" and nxt.text[:1].isupper() and nxt.text[1:2].islower()
            and nxt.start - tokens[f.last - 1].end == 1
            and not nxt.norm.endswith(("s", "er", "ere", "erne")))


def arabic_label(tokens: list[Token], f: Found, first_tok: int, cat_look, cue_of) -> bool:
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


def is_score(tokens: list[Token], found: list[Found], n: int) -> bool:
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


def is_unit(norm: str, units: frozenset[str], lang: str) -> bool:
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
            if "ج" in stem and stem.replace("ج", "غ") in units:
                return True  # a loanword's /g/ written either way: "جالون" as "غالون"
            base = _ar_unprefixed(stem)
            if base and (base in units or (base.endswith("ا") and base[:-1] in units)):
                return True  # a metric prefix as written: "ميغاواط", "ملليمتر", "جيجاواط"
    return False


#: Arabic spellings of the metric prefixes (folded, longest first): CLDR writes one
#: spelling per unit ("مليمتر", "كيلوواط"), news also the others ("ملليمتر", "ميغاواط",
#: "ميجاواط"); the base unit after one is CLDR's.
_AR_PREFIXES = tuple(sorted((normalise_word(w) for w in (
    "كيلو", "ميغا", "ميجا", "ميقا", "جيجا", "غيغا", "تيرا", "ميلي", "مللي", "ملي", "سنتي",
    "سانتي", "ميكرو", "نانو", "هكتو", "ديسي")), key=len, reverse=True))
#: Shortest base unit read after a prefix ("واط", "متر", "غرام").
_AR_BASE_MIN = 3


def _ar_unprefixed(stem: str) -> str | None:
    """The base unit of an Arabic prefixed unit word ("ميغاواط" -> "واط"), else ``None``."""
    for prefix in _AR_PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= _AR_BASE_MIN:
            return stem[len(prefix):]
    return None


def definite_unit(norm: str, units: frozenset[str], lang: str) -> bool:
    """A Danish/Norwegian unit or duration noun in the definite singular ("dagen",
    "ugen", "uken", "året"): a count never counts it (a count above one takes the
    indefinite plural), so "mod 832 dagen før" is a bare figure and a time."""
    if lang not in ("da", "nb") or not norm.isalpha() or len(norm) < 4:
        return False
    stems = []
    if norm.endswith(("en", "et")):
        stems.append(norm[:-2])  # "dagen", "året", "timen"
    if norm.endswith(("en", "et")) and norm[-3] == "e":
        stems.append(norm[:-1])  # "ugen", "uken"
    return any(len(stem) >= 2 and (stem in units or stem + "er" in units or stem + "e" in units
                                   or (stem.endswith("e") and stem + "r" in units))
               for stem in stems)  # (the lexicon may list the plural only: "dager")


#: Largest day of a month.
_LAST_DAY = 31


def abbreviated_month(norm: str, lex: Lexicon) -> bool:
    """``norm`` is a month name cut short ("jan", "sep."), not a full one ("march", "may")."""
    norm = norm.rstrip(".")
    if norm + "." in lex.months:
        return True
    return norm in lex.months and any(len(m) > len(norm) + 1 and m.startswith(norm)
                                      for m in lex.months)


def after_month(tokens: list[Token], f: Found, lex: Lexicon) -> bool:
    """"Jan. 8 attacks": a day number after an abbreviated month name. Only a number that
    can be a day is one: "At the end of August 1,162 people had died" (a thousands
    separator, or above 31) is a count."""
    q = f.quantity
    if q.value is None or q.value > _LAST_DAY or not float(q.value).is_integer() or (
            not q.words and not q.text.strip().isdigit()):
        return False
    k = f.first - 1
    if k >= 0 and tokens[k].text == ".":
        # "Jan. 8": the dot of an abbreviation; after a full month name the dot ends a
        # sentence, and a number word opens the next ("in March. One more was found")
        k -= 1
        return not q.words and k >= 0 and tokens[k].kind == "word" and (
            abbreviated_month(tokens[k].norm, lex)) and tokens[k + 1].start == tokens[k].end
    return k >= 0 and tokens[k].kind == "word" and (
        tokens[k].norm in lex.months or tokens[k].norm + "." in lex.months)


#: Forms of "one" that are only the numeral, never the article (Bokmål "ett", accented).
_NUMERAL_ONE = frozenset({"ett", "én", "ét"})


def article_one(tokens: list[Token], f: Found, lex: Lexicon) -> bool:
    """The quantity is a Danish/Norwegian article-shaped "en"/"et"/"ei" read as one."""
    if lex.language not in ("da", "nb") or f.last - f.first != 1:
        return False
    tok = tokens[f.first]
    return tok.norm in lex.one_words and tok.text.lower() not in _NUMERAL_ONE


def is_currency(norm: str, lang: str) -> bool:
    """A currency noun (CLDR names through :func:`translate.claims.units.currency_words`),
    also with an Arabic article, clitic or accusative ending ("دولارا", "بالدولارات");
    whole words only (Norwegian "skip" is no "kip")."""
    words = currency_words(lang)
    if norm in words:
        return True
    if lang == "ar":
        for stem in (norm[2:] if norm.startswith("ال") else norm,
                     norm[1:] if norm[:1] in "لبو" else norm, norm[3:] if norm[1:3] == "ال"
                     else norm):
            if stem in words or (stem.endswith("ا") and stem[:-1] in words):
                return True
    return False


#: Danish/Norwegian "part" suffixes of a fraction noun ("tredjedele", "tredeler").
_PART_SUFFIXES = ("delene", "delen", "deler", "dele", "del")


def is_fraction(norm: str, lex: Lexicon) -> bool:
    """A fraction noun built from the language's own ordinals or cardinals: "thirds",
    "fifths" (an ordinal + s), "tredjedele", "tredeler" (an ordinal or a cardinal + "del"):
    "Two thirds of …" is a share, not a count."""
    if lex.language == "en":
        return norm.endswith("s") and norm[:-1] in lex.ordinals
    if lex.language in ("da", "nb"):
        for suffix in _PART_SUFFIXES:
            stem = norm[:-len(suffix)]
            if norm.endswith(suffix) and stem and (stem in lex.ordinals or stem in lex.units):
                return True
    return False


#: "namely" after a comma: the members of what was just counted follow (closed class;
#: Arabic "، وهما": "and they [two] are").
_NAMELY = {"en": frozenset({"namely"}), "da": frozenset({"nemlig"}),
           "nb": frozenset({"nemlig"}), "ar": frozenset({"وهما", "وهي", "وهم"})}
#: Punctuation that opens a list of what was just counted ("two categories: ...").
_LIST_OPENERS = frozenset(":;؛")
#: Coordinators that make what follows the colon an enumeration (closed class; Arabic also
#: as the clitic "و" on a later word).
_COORDINATORS = {"en": frozenset({"and", "or"}), "da": frozenset({"og", "eller"}),
                 "nb": frozenset({"og", "eller"}), "ar": frozenset({"و", "او"})}
_SENTENCE_END = frozenset(".!?")


def announces_list(tokens: list[Token], last: int, lang: str) -> bool:
    """The counted phrase ending at token ``last`` is followed by its members: a colon or
    semicolon opening an enumeration (a coordinator after its first word: "fall into two
    categories: work ... or save", "على ثلاث جهات: بحر ... والبحر"), or "namely" after a
    comma ("two answers, namely ..."). A count that introduces its own items describes how
    something is divided, it reports no figure; a clause after the colon ("seized two
    rifles: both were loaded") is no list.
    """
    k = last + 1
    if k >= len(tokens):
        return False
    if tokens[k].text in _LIST_OPENERS:
        coordinators = _COORDINATORS.get(lang, frozenset())
        for m in range(k + 2, len(tokens)):
            tok = tokens[m]
            if tok.text in _SENTENCE_END:
                break
            if tok.norm in coordinators or (lang == "ar" and tok.kind == "word" and len(
                    tok.norm) > 2 and tok.norm[0] == "و"):
                return True
        return False
    return tokens[k].text in ",،" and k + 1 < len(tokens) and (
        tokens[k + 1].norm in _NAMELY.get(lang, frozenset()))


#: Superlative suffixes (English "-est": "richest", "largest"; Danish/Norwegian "-ste":
#: "rigeste", "største") and the shortest word read with them.
_SUPERLATIVE = {"en": ("est", 6), "da": ("ste", 5), "nb": ("ste", 5)}
#: English words in "-est" are also nouns ("forest", "protest", "interest"): there the
#: superlative needs a definite article at most this many tokens before the number ("the
#: 2008 400 Richest Americans"); Danish/Norwegian "-ste" adjectives need none.
_THE_REACH = 3


def ranked(tokens: list[Token], first: int, modifiers: range, lang: str) -> bool:
    """A superlative among the modifiers between the number and its noun: a top-N ranking
    ("the 400 richest Americans", "de 400 rigeste amerikanere"), a rank rather than a
    reported count of people or things.

    Args:
        tokens: Sentence tokens.
        first: Token index of the number (or its hedge).
        modifiers: Token indices of the words between the number and the counted noun.
        lang: Language code.
    """
    suffix, shortest = _SUPERLATIVE.get(lang, ("", 0))
    if not suffix or not any(tokens[k].kind == "word" and len(tokens[k].norm) >= shortest
                             and tokens[k].norm.endswith(suffix) for k in modifiers):
        return False
    if lang != "en":
        return True
    return any(tokens[k].norm == "the" for k in range(max(0, first - _THE_REACH), first))


#: Words of worth: a number after one is a value, not a count ("worth a thousand words",
#: "værd tusinde ord"; closed class; Arabic "يعادل", "يساوي" also equate counts: "ما يعادل
#: 2 مليون طفل").
_WORTH = {"en": frozenset({"worth"}), "da": frozenset({"værd"}), "nb": frozenset({"verdt"}),
          "ar": frozenset()}


def after_worth(tokens: list[Token], first: int, lang: str) -> bool:
    """The number (or its hedge) at ``first`` follows a word of worth: a valuation."""
    return first > 0 and tokens[first - 1].norm in _WORTH.get(lang, frozenset())


#: Prepositions of position between (closed class): "squeezed between two powerful
#: neighbours", "klemt innimellom 2 mektige naboer"; Arabic also "ذات"/"ذو" (having: "سيارة
#: ذات ثلاث عجلات", a three-wheeled car). Not "on", "from", "into", "of": "moved into three
#: villages", "fired from two positions", "a team of three investigators" report counts.
_RELATIONAL = {"en": frozenset({"between"}), "da": frozenset({"mellem", "imellem"}),
               "nb": frozenset({"mellom", "imellom", "innimellom"}),
               "ar": frozenset({"بين", "ذات", "ذو", "ذا", "ذي"})}
#: Of those, the ones that still place people rather than describe a thing's parts.
_BETWEEN_WORDS = {"en": frozenset({"between"}), "da": frozenset({"mellem", "imellem"}),
                  "nb": frozenset({"mellom", "imellom", "innimellom"}),
                  "ar": frozenset({"بين"})}


def between_reference(tokens: list[Token], first: int, lang: str) -> bool:
    """"between" and a definite determiner before the number at ``first`` ("talks between
    the two delegations", "mellem de to hold"): the two parties of a relation, not a count
    of the event's things."""
    return first >= 2 and tokens[first - 1].norm in _DEFINITE.get(lang, ()) and tokens[
        first - 2].norm in _BETWEEN_WORDS.get(lang, frozenset())


def relational_phrase(tokens: list[Token], first: int, lang: str, *,
                      people: bool = False) -> bool:
    """The number (or its hedge) at ``first`` opens the object of "between" (or Arabic
    "having"): with a small count of unlisted things, where something lies or what it has
    ("between two neighbours", "ذات ثلاث عجلات"), no figure reported. With ``people`` (a
    noun read as people by its form alone) only "between" counts."""
    if first == 0:
        return False
    words = _BETWEEN_WORDS if people else _RELATIONAL
    return tokens[first - 1].norm in words.get(lang, frozenset())


def arabic_elative(tokens: list[Token], first: int) -> bool:
    """An Arabic elative (أفعل: "أكبر", "أكثر") right before the number, itself after "من"
    or a noun in construct ("واحدة من أكبر 37 دولة", "قائمة أكثر 400 أمريكي ثراء"): the top
    N of a ranking. Only there: a perfect verb of form IV has the same letters ("أطلق 20
    صاروخا"), but it neither follows "من" nor a feminine noun (its verb would end in ت)."""
    if first < 2:
        return False
    word, before = tokens[first - 1], tokens[first - 2]
    norm = word.norm
    shaped = word.kind == "word" and len(norm) == 4 and norm[0] == "ا" and "ا" not in norm[1:] \
        and norm[-1] not in "ىيوه"
    # a feminine noun ends in ta marbuta as written ("قائمة"); "أنه أطلق" is a pronoun
    return shaped and before.kind == "word" and (before.norm == "من" or before.text.endswith("ة"))


#: Arabic nouns of a time of day (closed class; folded): in construct with a definite noun
#: after a number they say when ("79 مساء الأربعاء": 79 on Wednesday evening, "يوم الأحد").
_AR_TIMES = frozenset(normalise_word(w) for w in (
    "مساء", "صباح", "ظهر", "ليلة", "ليل", "يوم", "فجر", "عصر", "نهار", "منتصف", "صبيحة"))


def arabic_time(tokens: list[Token], j: int, lang: str) -> bool:
    """An Arabic time of day in construct with a definite noun at ``tokens[j]`` ("مساء
    الأربعاء", "يوم الأحد"): a time adverbial after a bare figure, never its counted noun
    (a count of days is indefinite: "79 يوما")."""
    return lang == "ar" and j + 1 < len(tokens) and tokens[j].norm in _AR_TIMES and (
        tokens[j + 1].kind == "word" and tokens[j + 1].norm.startswith("ال"))
