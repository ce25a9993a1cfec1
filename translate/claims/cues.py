"""Clause cues: death tolls without a counted noun, and people-shaped nouns.

*Tolls.* News states running totals without a counted noun: "the death toll has risen to
154", "dødstallet er 68", "antallet af dræbte er steget til 49", "ارتفعت حصيلة القتلى إلى
110". A toll word (``toll``, ``tal``/``tall``, ``antal``, ``حصيلة``, ``عدد``...) before the
number in the same clause makes it a claim; what is counted comes from a casualty word
next to the toll word ("number of injured" → wounded) or from the toll compound itself
("dødstal" → killed); a bare "toll" is a death toll.

*People-shaped nouns.* A counted noun no lexicon lists is still a claim (category
``other``); it is ``people`` when its form says it names persons: agent and demonym
suffixes (attackers, employees, Palestinians, migranter, iranere, مدنيين), or a capitalised
plural ("Britons", "Ukrainians").
"""

from __future__ import annotations

from translate.claims.lexicon import Lexicon, normalise_word
from translate.claims.nounphrase import FUNCTION_WORDS
from translate.claims.tokens import Token, ordinal_dot, word_matches

__all__ = ["TOLL_WORDS", "aboard", "toll_category", "subject_toll", "is_toll_word",
           "people_shaped", "nominal_participle"]

#: Toll nouns (folded; ``*`` = prefix) and the category their compound form implies.
TOLL_WORDS: dict[str, dict[str, str | None]] = {
    "en": {"toll": "killed", "tally": None, "number": None, "count": None, "total": None,
           "figure": None, "turnout": "people", "attendance": "people"},
    "da": {"dødstal*": "killed", "dødstallet": "killed", "dødsfald": "killed", "antal*": None,
           "tal*": None, "tallet": None, "dødstallene": "killed", "fremmøde*": "people"},
    "nb": {"dødstall*": "killed", "antall*": None, "tall*": None, "dødsfall*": "killed",
           "oppmøte*": "people"},
    "ar": {normalise_word("حصيلة"): "killed", normalise_word("عدد"): None,
           normalise_word("إجمالي"): None},
}
_OF = {"en": ("of",), "da": ("af", "på"), "nb": ("av", "på"), "ar": ()}
#: "aboard" (closed class): those on board a vessel or plane are people.
_ABOARD: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("aboard",), ("on", "board")), "da": (("om", "bord"), ("ombord",)),
    "nb": (("om", "bord"), ("ombord",)), "ar": ()}


def aboard(tokens: list[Token], j: int, lang: str) -> bool:
    """"aboard"/"om bord" at ``tokens[j]``: after a bare count or a toll word it counts
    people ("a boat with 300 aboard", "antallet om bord er 476", "the number on board")."""
    for phrase in _ABOARD.get(lang, ()):
        if tuple(t.norm for t in tokens[j:j + len(phrase)]) == phrase:
            return True
    return False
_TOLL_WINDOW = 16  # words between the toll noun and the number
#: Words from a toll noun that does not say what it counts to its figure ("raised that
#: figure to 441", "hadde tallet steget til 377"); farther, the noun is rather a verb form
#: of the same prefix ("talte", counted) or another clause's.
_BARE_REACH = 4


_TOLL_MEMO: dict[tuple[str, str], tuple[bool, str | None]] = {}


def _toll_match(norm: str, table: dict[str, str | None], lex: Lexicon) -> tuple[bool, str | None]:
    key = (lex.language, norm)
    hit = _TOLL_MEMO.get(key)
    if hit is None:
        hit = (False, None)
        for term, cat in table.items():
            if word_matches(norm, (term,), lex):
                hit = (True, cat)
                break
        if len(_TOLL_MEMO) < 100_000:
            _TOLL_MEMO[key] = hit
    return hit


def toll_category(tokens: list[Token], first: int, lo: int, lex: Lexicon,
                  cue_of: list[str | None], noun_category=None, bare: str | None = None
                  ) -> str | None:
    """Category of a toll stated before the number at ``tokens[first]``, or ``None``.

    Args:
        tokens: Sentence tokens.
        first: Token index of the number (or its hedge).
        lo: First token of the clause (the search does not go before it).
        lex: Lexicon of the language.
        cue_of: Per-token casualty class (``killed``, ``wounded``...), precomputed.
        noun_category: ``token -> category or None`` for the counted noun of "the number
            of asylum seekers" (a toll word followed by "of" and a noun); optional.
        bare: What a toll word that does not say what it counts ("raised that figure to
            441", "tallet har steget til 377") counts: the count its sentence or document
            is about, when the caller knows it; else such a toll is no claim.

    Returns:
        The category the toll counts, or ``None`` when no toll word stands before.
    """
    table = TOLL_WORDS.get(lex.language)
    if not table:
        return None
    words = 0
    counted: str | None = None
    seen = False
    for k in range(first - 1, lo - 1, -1):
        if tokens[k].kind != "word":
            continue
        words += 1
        if words > _TOLL_WINDOW:
            break
        hit, implied = _toll_match(tokens[k].norm, table, lex)
        if not hit:
            continue
        seen = seen or words <= _BARE_REACH
        # a casualty word right around the toll word says what it counts
        for m in range(max(lo, k - 2), min(first, k + 4)):
            if cue_of[m]:
                return cue_of[m]
        if implied:
            return implied
        if aboard(tokens, k + 1, lex.language):
            return "people"  # "Antallet om bord er 476", "the number on board"
        of = k + 1 < first and tokens[k + 1].norm in _OF.get(lex.language, ())
        # "Tallet på asylsøkere steg fra 2 300 til 3 100"; Arabic construct "عدد الضحايا";
        # Danish/Norwegian definite toll + noun: "antallet mistenkte koleratilfeller"
        after = k + 2 if of else k + 1 if (lex.language == "ar" or _definite_toll(
            tokens, k, first, lex)) else None
        if after is not None and noun_category is not None and after < first:
            phrase = _counted_phrase(tokens, after, first, lex)
            end = max(phrase) + 1 if phrase else after
            reach = end + _MODIFIER_REACH
            rel = end + 1 if end < first and tokens[end].text == "," else end
            if rel < first and tokens[rel].norm in _RELATIVES.get(lex.language, ()):
                reach = rel + 1 + _MODIFIER_REACH  # "antallet af rohingyaer, der er flygtet"
            for m in range(end, min(first, reach)):
                if cue_of[m]:  # "the number of people confirmed dead": what they are
                    return cue_of[m]
            for m in phrase:  # "the number of suspected cholera cases": the head decides
                category = noun_category(tokens[m])
                if category and category != "other":
                    return category
            if len(phrase) == 1 and counted is None and nominal_participle(
                    tokens[phrase[0]], lex.language):
                counted = "people"  # "antallet af smittede", "the number of infected"
            if phrase and counted is None:
                counted = "other"  # a toll of a named thing: "the number of cases"
        if lex.language == "en" and k + 1 < first and tokens[k + 1].norm == "death":
            return "killed"
        if k > 0 and tokens[k - 1].norm in ("death", "casualty") and lex.language == "en":
            return "killed" if tokens[k - 1].norm == "death" else "wounded"
        # a bare "number"/"figure": an earlier toll word may still say what it counts
    return counted or (bare if seen else None)


#: Relative pronouns after a toll's counted phrase (closed class): the verb of the relative
#: clause says what the counted are ("the number of Rohingya who have fled", "antallet af
#: rohingyaer, der er flygtet", "عدد الذين فروا").
_RELATIVES = {"en": frozenset({"who", "that"}), "da": frozenset({"der", "som"}),
              "nb": frozenset({"som"}), "ar": frozenset({normalise_word("الذين")})}


def is_toll_word(norm: str, lex: Lexicon) -> bool:
    """``norm`` is a toll noun of the language ("dødstallet", "number", "حصيلة")."""
    table = TOLL_WORDS.get(lex.language)
    return table is not None and _toll_match(norm, table, lex)[0]


#: Content words from the start of a sentence to its toll subject ("The number", "Samlet
#: set er antallet": the subject comes first or after a fronted word or two).
_SUBJECT_REACH = 3
#: Tokens from the start of a sentence searched back for its subject.
_SENTENCE_REACH = 60


def subject_toll(tokens: list[Token], first: int, lex: Lexicon, cue_of: list[str | None],
                 noun_category=None, bare: str | None = None) -> tuple[str | None, int]:
    """A toll noun that opens the sentence of the figure at ``tokens[first]`` as its
    subject, however long the phrase that describes it ("The number of people killed by
    the wildfire that swept through the resort of Mati, east of Athens, rose to 74"):
    (its category, its token index), else ``(None, -1)``. The clause of the toll noun is
    read as :func:`toll_category` reads it."""
    start = first
    while start > 0 and first - start < _SENTENCE_REACH and not _is_break(tokens, start - 1):
        start -= 1
    words = 0
    for k in range(start, first):
        if tokens[k].kind != "word":
            continue
        words += 1
        if words > _SUBJECT_REACH:
            break
        if is_toll_word(tokens[k].norm, lex):
            end = min(first, k + 1 + _PHRASE_WORDS + _MODIFIER_REACH + 2)
            category = toll_category(tokens, end, start, lex, cue_of,
                                     noun_category=noun_category, bare=bare)
            return category, k
    return None, -1


_SENTENCE_BREAK = frozenset(".;:!?؛")


def _is_break(tokens: list[Token], k: int) -> bool:
    """A sentence's or clause's end (not an ordinal's dot: "siden 25. august")."""
    return tokens[k].text in _SENTENCE_BREAK and not ordinal_dot(tokens, k)


#: Words of the counted phrase after a toll word ("suspected cholera cases").
_PHRASE_WORDS = 4
#: Words after that phrase where a casualty word says what the counted are ("the number
#: of people confirmed dead", "antallet af mennesker, der er omkommet").
_MODIFIER_REACH = 3


def _counted_phrase(tokens: list[Token], start: int, stop: int, lex: Lexicon) -> list[int]:
    """Token indices of the noun phrase a toll counts, head-first order for the category
    search (the last content word before a preposition, verb-like auxiliary or the number;
    in Arabic the first),
    or ``[]`` when no content word follows the toll word."""
    function = FUNCTION_WORDS.get(lex.language, frozenset())
    out: list[int] = []
    for m in range(start, min(stop, start + _PHRASE_WORDS)):
        tok = tokens[m]
        if tok.kind != "word" or tok.norm in function or tok.norm in _TOLL_STOP.get(
                lex.language, ()):
            break
        out.append(m)
    # Arabic puts the head first ("عدد الجنود البريطانيين": the soldiers, British)
    return out if lex.language == "ar" else out[::-1]


#: Auxiliaries and copulas that end a toll's phrase ("the number of cases has risen",
#: "antallet er steget", "tallet har passert"; closed class).
_TOLL_STOP: dict[str, frozenset[str]] = {
    "en": frozenset({"has", "have", "is", "are", "was", "were", "had"}),
    "da": frozenset({"er", "var", "har", "havde", "blev", "bliver"}),
    "nb": frozenset({"er", "var", "har", "hadde", "ble", "blir"}),
    "ar": frozenset(),
}


def _definite_toll(tokens: list[Token], k: int, first: int, lex: Lexicon) -> bool:
    """A Danish/Norwegian definite toll noun right before a lower-case noun: "antallet
    mistenkte koleratilfeller" (the construct without "of")."""
    if lex.language not in ("da", "nb") or k + 1 >= first:
        return False
    nxt = tokens[k + 1]
    if k > 0 and tokens[k - 1].norm in _TOLL_STOP[lex.language] and nxt.norm.endswith(
            ("et", "t", "dd")):
        return False  # "hadde tallet steget til 377": an inverted clause, its participle
    return (tokens[k].norm.endswith(("et", "en")) and nxt.kind == "word"
            and nxt.text[:1].islower() and nxt.norm not in _TOLL_STOP[lex.language])


_PEOPLE_SUFFIX: dict[str, tuple[str, ...]] = {
    "en": ("ers", "ors", "ists", "ians", "ants", "ees", "eers", "ans", "iers"),
    "da": ("ere", "erne", "ister", "anter", "ører", "ikere", "ianere", "ende", "mænd", "folk",
           "ersker"),
    "nb": ("ere", "erne", "ister", "anter", "ører", "ikere", "ianere", "ende", "menn", "folk"),
    "ar": tuple(normalise_word(s) for s in ("يين", "يون", "ين", "يا")),
}
_NOT_PEOPLE_EN = frozenset({
    "containers", "helicopters", "computers", "meters", "centers", "letters", "numbers",
    "quarters", "papers", "orders", "matters", "borders", "shelters", "incidents",
    "documents", "events", "plants", "grants", "elements", "segments", "shipments",
    "tankers", "bombers", "fighters", "jets", "cases", "arrests", "towers", "ventilators",
    "boosters", "trailers", "markers", "headquarters", "barrels", "components", "percents",
})


#: Danish/Norwegian plurals in -ere that name things, the loans of the English list above.
_NOT_PEOPLE_SCANDINAVIAN = frozenset({
    "helikoptere", "helikopterne", "containere", "containerne", "computere", "computerne",
    "tankere", "bombefly", "jagerfly", "kilometere", "tanksskibe",
})


#: Weak past participles in the plural (da/nb "-ede"; en "-ed") that stand as a noun of
#: persons: "de smittede", "antallet af vaccinerede", "the number of infected". Not the
#: adverbs and determiners of the same ending (closed class).
_NOT_PARTICIPLES = frozenset({"allerede", "hundrede", "tusinde", "forrige", "mede"})


def nominal_participle(token: Token, language: str) -> bool:
    """A lower-case weak past participle that heads its phrase alone names persons: those
    it happened to ("58 smittede", "antall vaksinerte" read by the caller; "the number of
    infected")."""
    norm = token.norm
    if token.kind != "word" or not token.text.islower() or norm in _NOT_PARTICIPLES:
        return False
    if language in ("da", "nb"):
        return len(norm) > 6 and norm.endswith(("ede", "ete"))
    if language == "en":
        return len(norm) > 5 and norm.endswith("ed")
    return False


def people_shaped(token: Token, language: str, *, count: float | None = None) -> bool:
    """True when a counted noun's form says it names persons (see module docstring).

    Args:
        token: The head noun token.
        language: ISO 639-1 code.
        count: The number counting it, when known. Arabic counts 3 to 10 take a plural, so
            a "-ي" word after them is a broken plural ("خمسة أراضي"), not a nisba singular.

    Example:
        >>> from translate.claims.tokens import tokenize
        >>> people_shaped(tokenize("attackers", "en")[0], "en")
        True
    """
    norm = token.norm
    suffixes = _PEOPLE_SUFFIX.get(language, ())
    if language == "en":
        if norm in _NOT_PEOPLE_EN:
            return False
        if len(norm) > 4 and norm.endswith("men"):
            return True  # gunmen, fishermen, policemen
        if token.text[:1].isupper() and norm.endswith(("s", "ese")) and len(norm) > 4:
            return True  # Britons, Ukrainians, Chinese
    if language in ("da", "nb") and norm in _NOT_PEOPLE_SCANDINAVIAN:
        return False
    if language in ("da", "nb") and len(norm) > 5 and norm.endswith(("ere", "erne")):
        return True
    if language in ("da", "nb") and nominal_participle(token, language):
        return True  # "58 smittede", "300 vaccinerede": the participle is the noun
    if language == "ar":
        stem = norm[:-1] if norm.endswith("ا") else norm  # accusative tanween: "راكبا"
        # sound masculine and nisba plurals (مدنيين, فلسطينيين), mutafa''il participles
        # (متحدث, متطوع), fa'il agent nouns (طالب, راكب)
        # a singular nisba noun is what numbers above ten count: "400 أمريكي", "2500 جندي"
        nisba = len(stem) >= 4 and stem.endswith("ي") and stem[-2] not in "اوي" and (
            count is None or count > 10)
        return (len(norm) > 4 and norm.endswith(suffixes)) or (
            stem.startswith("مت") and len(stem) >= 5) or (len(stem) == 4 and stem[1] == "ا") \
            or nisba
    return len(norm) > 5 and norm.endswith(suffixes)
