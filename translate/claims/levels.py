"""Levels and capacities: a bare figure that states how many a group reaches or holds.

News states the size of a force, a crowd or a place without repeating its noun:

* the level a verb of bringing, taking or reaching sets ("bringing its contingent there to
  160", "taking it to about 1,800", "take the force below 22,000", "will reach 500",
  "leaving about 5,200 there"): it counts what its clause (or the text) counted;
* the strength of a group ("is currently 1,700 strong");
* the object of a verb of receiving or recording ("Poland has taken in about 2.3
  million"): what the text counts;
* the crowd a verb of drawing states ("The rally drew about 80,000"): people;
* the persons a place or a permit is made for ("a club licensed for 691", "a stadium built
  for 38,000", "tillatelse til 80 000", "ترخيص لتجمع ثمانين ألفا") and the people of a
  settlement ("a city of more than five million"): people. (Not the noun "capacity": "a
  capacity of 60,000" may measure anything, and stays no claim.)

The word sets are closed classes (verbs of bringing and reaching, participles and nouns of
capacity and permission, nouns of settlement).
"""

from __future__ import annotations

from translate.claims.lexicon import normalise_word
from translate.claims.tokens import Token

__all__ = ["level_reached", "strength", "capacity", "settlement", "crowd_drawn", "received"]

#: Verbs of bringing or taking a group to a level, with the prepositions of that level
#: ("bringing its contingent to 160", "take the force below 22,000"; closed class).
_BRING: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"bring", "brings", "bringing", "brought", "take", "takes", "taking",
                      "took", "taken"}),
           frozenset({"to", "below", "above"})),
    "da": (frozenset({"bringe", "bringer", "bragte", "bragt"}), frozenset({"til", "på"})),
    "nb": (frozenset({"bringe", "bringer", "brakte", "brakt"}), frozenset({"til", "på"})),
}
#: Verbs of reaching or leaving a level right before the figure ("will reach 500",
#: "leaving about 5,200 there"; closed class).
_REACH: dict[str, frozenset[str]] = {
    "en": frozenset({"reach", "reaches", "reached", "reaching", "leaving"}),
}
_OBJECT_REACH = 4  # tokens of the object between "bringing" and "to" ("its contingent there")


def level_reached(tokens: list[Token], first: int, lang: str) -> bool:
    """The bare figure at ``tokens[first]`` (its hedge included) is the level a verb of
    bringing, taking or reaching sets: "bringing its contingent there to 160", "taking it
    to about 1,800", "will reach 500", "leaving about 5,200 there"."""
    if first < 1:
        return False
    prev = tokens[first - 1].norm
    if prev in _REACH.get(lang, frozenset()):
        return True
    verbs, preps = _BRING.get(lang, (frozenset(), frozenset()))
    if prev not in preps:
        return False
    for k in range(first - 2, max(-1, first - 3 - _OBJECT_REACH), -1):
        tok = tokens[k]
        if tok.kind != "word":
            return False  # the object ends at punctuation
        if tok.norm in verbs:
            return True
    return False


#: "strong" after a figure: the size of a group ("a force 1,700 strong"; closed class).
_STRONG = {"en": frozenset({"strong"})}


def strength(tokens: list[Token], j: int, lang: str) -> bool:
    """"strong" at ``tokens[j]`` right after a bare figure: "is currently 1,700 strong"."""
    return j < len(tokens) and tokens[j].norm in _STRONG.get(lang, frozenset())


#: Participles and nouns of room or a permit, with the preposition of whom it is for
#: ("built for 38,000", "licensed for 691", "plads til 500", "tillatelse til 80 000";
#: closed class).
_CAPACITY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"built", "designed", "licensed", "permitted", "permission", "permit",
                      "room", "approved"}), frozenset({"for"})),
    "da": (frozenset({"bygget", "beregnet", "godkendt", "tilladelse", "plads"}),
           frozenset({"til", "for"})),
    "nb": (frozenset({"bygd", "bygget", "beregnet", "godkjent", "tillatelse", "plass"}),
           frozenset({"til", "for"})),
}
#: Arabic nouns and verbs of a permit or of room before "لـ" ("ترخيص لتجمع", "يتسع لـ";
#: folded).
_AR_CAPACITY = frozenset(normalise_word(w) for w in (
    "ترخيص", "تصريح", "إذن", "يتسع", "تتسع"))


def capacity(tokens: list[Token], first: int, lang: str) -> bool:
    """The bare figure at ``tokens[first]`` (its hedge included) is the number of persons a
    place or a permit is made for: "a club licensed for 691", "a stadium built for about
    38,000", "fått tillatelse til 80 000", "ترخيص لتجمع ثمانين ألفا"."""
    if first < 2:
        return False
    if lang == "ar":
        prev = tokens[first - 1].norm
        return (prev.startswith("ل") and tokens[first - 2].norm in _AR_CAPACITY) or (
            first >= 3 and tokens[first - 2].norm.startswith("ل")
            and tokens[first - 3].norm in _AR_CAPACITY and tokens[first - 1].kind == "word")
    words, preps = _CAPACITY.get(lang, (frozenset(), frozenset()))
    return tokens[first - 1].norm in preps and tokens[first - 2].norm in words


#: Verbs of drawing a crowd right before its figure ("The rally drew about 80,000",
#: "attracted some 5,000"; closed class): the crowd is people.
_DRAW = {"en": frozenset({"drew", "draws", "drawn", "attracted", "attracts", "attract"}),
         "da": frozenset({"trak", "tiltrak", "tiltrækker"}),
         "nb": frozenset({"trakk", "tiltrakk", "tiltrekker"})}


def crowd_drawn(tokens: list[Token], first: int, lang: str) -> bool:
    """The bare figure at ``tokens[first]`` (its hedge included) is the crowd a verb of
    drawing states: "The first large rally drew about 80,000"."""
    return first >= 1 and tokens[first - 1].norm in _DRAW.get(lang, frozenset())


#: Verbs of receiving, taking in or recording people right before a bare figure ("Poland
#: has taken in about 2.3 million", "Romania has received more than 600,000", "har
#: modtaget 40.000", "har registrert 12 000"; closed class; "taken in" is two words).
_RECEIVE: dict[str, frozenset[str]] = {
    "en": frozenset({"received", "receives", "receiving", "recorded", "registered",
                     "hosted", "hosts", "hosting", "welcomed", "admitted", "in"}),
    "da": frozenset({"modtaget", "modtog", "modtager", "registreret", "registrerede",
                     "imod"}),
    "nb": frozenset({"mottatt", "mottok", "mottar", "registrert", "registrerte", "imot"}),
}
#: Verbs before "in"/"imod"/"imot" that make the two words one of receiving ("taken in",
#: "taget imod", "tatt imot"; closed class).
_RECEIVE_PARTICLE: dict[str, frozenset[str]] = {
    "en": frozenset({"taken", "took", "take", "takes", "taking"}),
    "da": frozenset({"taget", "tog", "tager"}),
    "nb": frozenset({"tatt", "tok", "tar"}),
}


def received(tokens: list[Token], first: int, lang: str) -> bool:
    """The bare figure at ``tokens[first]`` (its hedge included) is the object of a verb of
    receiving or recording: "Poland alone has taken in about 2.3 million", "while Romania
    has received more than 600,000"."""
    if first < 1:
        return False
    verb = tokens[first - 1].norm
    if verb not in _RECEIVE.get(lang, frozenset()):
        return False
    if verb in ("in", "imod", "imot"):
        return first >= 2 and tokens[first - 2].norm in _RECEIVE_PARTICLE.get(
            lang, frozenset())
    return True


#: Nouns of a settlement or a country whose bare figure after "of" is its people ("a city
#: of more than five million"; closed class).
_SETTLEMENTS = {"en": frozenset({"city", "town", "country", "nation", "village", "island",
                                 "metropolis", "region", "state", "province"})}


def settlement(tokens: list[Token], first: int, lang: str) -> bool:
    """"a city of more than five million": the people of a place."""
    return first >= 2 and tokens[first - 1].norm == "of" and tokens[first - 2].norm in (
        _SETTLEMENTS.get(lang, frozenset()))
