"""Does a sentence report an event? Past-tense morphology of English, Danish and Norwegian.

A figure a news reader calls reported belongs to something that happened ("seized two
weapons", "skød tre steder", "ble drept"); a small count in a timeless description is no
figure ("The nucleus consists of two particles", "MetroRail has two classes", "Tyrkiet er
omgivet af have på tre sider"). :func:`reports_event` tells the two apart by the verb forms
of the sentence: past and perfect auxiliaries, regular past suffixes, and the irregular past
forms of each language (closed classes). Arabic marks no tense in unvowelled script
(a perfect verb is a bare stem), so every Arabic sentence counts as a report.

A past form only counts where it can be a finite verb or a perfect participle: not inside
parentheses (an aside: "(also called First Class)"), not a participle or infinitive after a
word that makes it an adjective or an infinitive ("the coordinated attacks", "at
starte", "kan sette", "for vannet"), not an English
participle with its agent after it ("separated by"), not a Danish/Norwegian superlative in
"-ste" ("første", "vigtigste") nor the second part of a hyphenated compound ("1800-tallet").
"""

from __future__ import annotations

from translate.claims.tokens import Token

__all__ = ["reports_event", "past_form", "compound_past"]

#: Past auxiliaries (closed class; not "has"/"har", also verbs of having: "MetroRail has
#: two classes"; a perfect shows in its participle).
_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": frozenset({"was", "were", "had", "did", "been"}),
    "da": frozenset({"var", "havde", "blev", "blevet", "fik"}),
    "nb": frozenset({"var", "hadde", "ble", "blitt", "fikk"}),
}
#: Irregular past forms (closed class: the strong and irregular verbs of news).
_IRREGULAR: dict[str, frozenset[str]] = {
    "en": frozenset("""
        went came took gave sent fled fell rose shot left held found told said made got saw
        ran began struck brought caught fought hit put set cut lost met paid kept sank spent
        stood won wrote drove flew threw broke chose spoke stole tore became built dealt
        meant sold led fed felt heard knew grew blew drew lay laid sat thought bought sought
        taught slid swept split spread
    """.split()),
    "da": frozenset("""
        gik kom tog gav døde faldt skød fandt sagde sank stod satte lå forsvandt brændte
        flygtede slap brød fløj drev trak
    """.split()),
    "nb": frozenset("""
        gikk kom tok ga gav døde falt skjøt fant sa sank sto stod satte lå forsvant brant
        flyktet slapp brøt fløy drev trakk
    """.split()),
}
#: Separable particles and prefixes of Danish/Norwegian compound verbs (closed class):
#: "del|tok", "over|tog", "an|kom", "frem|kom" inflect as their strong verb.
_VERB_PREFIXES: dict[str, tuple[str, ...]] = {
    "da": ("del", "over", "fore", "an", "be", "med", "til", "op", "ud", "frem", "bort"),
    "nb": ("del", "over", "fore", "an", "be", "med", "til", "opp", "ut", "fram", "frem",
           "bort"),
}


def compound_past(norm: str, language: str, forms: frozenset[str]) -> bool:
    """A Danish/Norwegian compound verb whose last part is one of the strong past
    ``forms`` after a verb particle ("deltok", "deltog", "ankom", "overtok"). Only a
    strong past (no ending): a weak one in "-te"/"-de" compounds into participles that are
    nouns and adjectives too ("ansatte": employees, "besatte")."""
    for prefix in _VERB_PREFIXES.get(language, ()):
        rest = norm[len(prefix):]
        if norm.startswith(prefix) and rest in forms and len(rest) >= 3 and not rest.endswith(
                "e"):
            return True
    return False


def past_form(tok: Token, language: str) -> bool:
    """A lower-case past auxiliary or irregular past verb ("var", "stod", "was", "took"),
    also compounded with a verb particle ("deltok", "ankom")."""
    irregular = _IRREGULAR.get(language, frozenset())
    return tok.kind == "word" and tok.text.islower() and (
        tok.norm in _AUXILIARIES.get(language, frozenset())
        or tok.norm in irregular or compound_past(tok.norm, language, irregular))


#: Regular past suffixes and the shortest word read with them.
_SUFFIXES: dict[str, tuple[str, ...]] = {"en": ("ed",), "da": ("ede", "dde", "te"),
                                         "nb": ("ede", "dde", "vde", "et", "te")}
_MIN_LENGTH = 5


def reports_event(tokens: list[Token], language: str) -> bool:
    """True when the sentence has a past or perfect verb form (or is Arabic).

    Args:
        tokens: The sentence's tokens.
        language: ``en``, ``da``, ``nb`` or ``ar``.

    Returns:
        Whether the sentence reads as a report of something that happened.

    Example:
        >>> from translate.claims.tokens import tokenize
        >>> reports_event(tokenize("Police seized two weapons.", "en"), "en")
        True
        >>> reports_event(tokenize("The nucleus consists of two particles.", "en"), "en")
        False
        >>> reports_event(tokenize("It has two decks (often called levels).", "en"), "en")
        False
    """
    auxiliaries = _AUXILIARIES.get(language)
    if auxiliaries is None:
        return True
    irregular = _IRREGULAR[language]
    suffixes = _SUFFIXES[language]
    depth = 0  # parentheses open before the token
    for k, tok in enumerate(tokens):
        if tok.text in "([":
            depth += 1
        elif tok.text in ")]":
            depth = max(0, depth - 1)
        if depth or tok.kind != "word" or not tok.text.islower():
            continue
        norm = tok.norm
        if norm in auxiliaries:
            return True
        if (norm in irregular or (len(norm) >= _MIN_LENGTH and norm.endswith(suffixes))
                or compound_past(norm, language, irregular)) \
                and not _not_finite(tokens, k, language):
            return True
    return False


#: Words after which a past-shaped form is no finite past: articles, determiners and
#: possessives (an adjective: "the coordinated attacks", "det første hullet"), prepositions
#: (an adjective or a noun: "of coordinated attacks", "for vannet"), "be"/"being" (a
#: passive infinitive or progressive: "will be closed"), infinitive markers and modals (an
#: infinitive: "at starte", "kan sette"). Closed classes. A present passive ("two bridges
#: are closed") stays a report: the state an event left.
_NOT_FINITE_AFTER: dict[str, frozenset[str]] = {
    "en": frozenset("""
        the a an this these those its their his her our my your whose every each some any
        no be being of in on at from with for into onto about over under between through
        without
    """.split()),
    "da": frozenset("""
        den det de en et denne dette disse sin sit sine hans hendes dens dets deres vores
        min mit mine at af i på til fra med for om over under mellem gennem uden ved hos
        mod kan skal vil må bør kunne skulle ville måtte
    """.split()),
    "nb": frozenset("""
        den det de en et ei denne dette disse sin sitt sine hans hennes dens dets deres vår
        vårt våre min mitt mine å av i på til fra med for om over under mellom gjennom uten
        ved hos mot kan skal vil må bør kunne skulle ville måtte
    """.split()),
}
#: Degree adverbs skipped between that word and the form ("is often taken", "fully
#: feathered"): English "-ly" adverbs.
_ADVERB_SUFFIX = {"en": "ly"}
#: Agent preposition after an English participle: a passive without a past auxiliary
#: ("Two balconies separated by 69 centimeters"; "were separated by" has its "were").
_AGENT = {"en": "by"}


def _not_finite(tokens: list[Token], k: int, language: str) -> bool:
    """The past-shaped word at ``k`` is an adjective, infinitive, present passive, agent
    participle, superlative or compound part rather than a finite past or perfect."""
    norm = tokens[k].norm
    if language in ("da", "nb") and norm.endswith("ste"):
        return True  # "første", "vigtigste", "øverste": ordinals and superlatives
    if k > 0 and tokens[k - 1].text in "-‐" and tokens[k - 1].end == tokens[k].start:
        return True  # "1800-tallet": the second part of a compound
    if k + 1 < len(tokens) and tokens[k + 1].norm == _AGENT.get(language):
        return True
    if language in ("da", "nb") and k > 0 and tokens[k - 1].norm == "de" and (
            norm in _IRREGULAR[language] and not norm.endswith("e")):
        return False  # "de skjøt", "de kom": "de" is "they" before a strong past ("de
        # døde", the dead, is an adjective)
    before = k - 1
    adverb = _ADVERB_SUFFIX.get(language)
    if adverb and before >= 0 and tokens[before].kind == "word" and \
            tokens[before].norm.endswith(adverb) and len(tokens[before].norm) > 4:
        before -= 1
    return before >= 0 and tokens[before].norm in _NOT_FINITE_AFTER.get(language, frozenset())
