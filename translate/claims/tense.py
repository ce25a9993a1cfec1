"""Does a sentence report an event? Past-tense morphology of English, Danish and Norwegian.

A figure a news reader calls reported belongs to something that happened ("seized two
weapons", "skød tre steder", "ble drept"); a small count in a timeless description is no
figure ("The nucleus consists of two particles", "MetroRail has two classes", "Tyrkiet er
omgivet af have på tre sider"). :func:`reports_event` tells the two apart by the verb forms
of the sentence: past and perfect auxiliaries, regular past suffixes, and the irregular past
forms of each language (closed classes). Arabic marks no tense in unvowelled script
(a perfect verb is a bare stem), so every Arabic sentence counts as a report.
"""

from __future__ import annotations

from translate.claims.tokens import Token

__all__ = ["reports_event"]

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
        gik kom tog så gav døde faldt skød fandt sagde sank stod satte lå forsvandt brændte
        flygtede slap brød fløj drev trak
    """.split()),
    "nb": frozenset("""
        gikk kom tok så ga gav døde falt skjøt fant sa sank sto satte lå forsvant brant
        flyktet slapp brøt fløy drev trakk
    """.split()),
}
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
    """
    auxiliaries = _AUXILIARIES.get(language)
    if auxiliaries is None:
        return True
    irregular = _IRREGULAR[language]
    suffixes = _SUFFIXES[language]
    for tok in tokens:
        if tok.kind != "word" or not tok.text.islower():
            continue
        norm = tok.norm
        if norm in auxiliaries or norm in irregular or (
                len(norm) >= _MIN_LENGTH and norm.endswith(suffixes)):
            return True
    return False
