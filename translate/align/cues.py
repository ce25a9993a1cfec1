"""Context cues of a claim's sentence: places, event types, who is counted.

* **Places** come from the gazetteer (:func:`translate.align.gazetteer.find_places`: CLDR
  territory names through Babel and GeoNames cities with their alternate names, in every
  language), never from a hand list. Two claims whose sentences name places that cannot
  hold together (two countries, or a city outside the other's country) cannot link.
* **Event types** and **who is counted** come from the tables of
  :class:`~translate.align.config.LinkingConfig` (general news vocabulary in nb, da, ar,
  en; prefix match, Arabic also after its clitics), so a user can change them.
* **Who is counted** reads the claim's counted noun (``claim.noun`` when the extractor
  gives one), then the quote when the noun names no one ("13 U.S. service members").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Cues", "PlaceRef", "claim_cues", "places_compatible", "has_cue", "find_place_refs",
           "clause_of", "located_countries", "unlocated_countries", "EVENTS", "EVENT_KINDS",
           "LOCATIVES", "widen_events", "without_number_words"]

logger = logging.getLogger(__name__)

#: Locative prepositions of the four languages (lower case, whole words; Arabic also after
#: و/ف, and "ب" joined to a name): the default of :attr:`LinkingConfig.locatives` and of
#: story finding's :attr:`~translate.align.stories.StoryConfig.locatives`.
LOCATIVES: tuple[str, ...] = (
    "in", "into", "at", "on", "inside", "outside", "near", "across", "off", "throughout",
    "i", "på", "ved", "utenfor", "uden", "udenfor", "nær", "rundt", "omkring", "inne",
    "inde", "في", "ب", "داخل", "قرب", "قبالة", "شمال", "جنوب", "شرق", "غرب", "أنحاء")

#: Event type → cue words (start of a word, any of the four languages): the default of
#: :attr:`LinkingConfig.events` and of story finding's ``StoryConfig.events``.
EVENTS: Mapping[str, tuple[str, ...]] = {
    "bombing": ("bomb", "explosion", "blast", "explosive", "eksplosion", "eksplosjon",
                "sprengning", "تفجير", "انفجار", "عبوة", "suicide", "selvmord",
                "انتحاري"),
    "shooting": ("shooting", "gunman", "gunmen", "shot", "skyting", "skyte", "skyderi",
                 "skyde", "skudd", "skud", "إطلاق نار", "إطلاق النار", "مسلح"),
    "earthquake": ("earthquake", "quake", "jordskjelv", "jordskælv", "زلزال", "الزلزال"),
    "flood": ("flood", "flom", "oversvømmelse", "فيضان", "فيضانات", "سيول"),
    "fire": ("wildfire", "fire", "brann", "brand", "حريق", "حرائق"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone", "orkan", "tyfon", "إعصار",
              "عاصفة"),
    "crash": ("crash", "collision", "derail", "ulykke", "styrt", "kollision", "تحطم",
              "اصطدام"),
    "airstrike": ("air strike", "airstrike", "air raid", "drone strike", "luftangrep",
                  "luftangreb", "droneangrep", "droneangreb", "غارة", "قصف جوي"),
    "ambush": ("ambush", "bakhold", "baghold", "كمين"),
    "protest": ("protest", "demonstrat", "احتجاج", "متظاهر", "مظاهرة"),
    # an attack of any kind: it may be any of the violent types, never a fire or a
    # flood (``event_kinds``)
    "attack": ("attack", "terror", "stabbing", "ramming", "angrep", "angreb",
               "knivstikk", "knivstik", "هجوم", "اعتداء", "إرهاب", "طعن", "دهس"),
}

#: A general event type → the types it may be (``LinkingConfig.event_kinds``).
EVENT_KINDS: Mapping[str, tuple[str, ...]] = {
    "attack": ("bombing", "shooting", "airstrike", "ambush")}


def widen_events(found: Iterable[str], kinds: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Event types with the general types their kinds belong to and the kinds a general
    type may be ("attack" ↔ "bombing", "shooting" …): two sets share an event when their
    widened sets meet."""
    out = set(found)
    for general, members in kinds.items():
        if general in out:
            out |= set(members)
        elif out & set(members):
            out.add(general)
    return frozenset(out)

# a word start (the text's start or after a space or punctuation), then optional clitics
_AR_CLITICS = "(?:^|(?<=[\\s\u060c«\"“(]))(?:[وفبلك]?(?:ال)?)?"


@lru_cache(maxsize=4096)
def _pattern(term: str) -> re.Pattern[str]:
    if re.search(r"[\u0600-\u06ff]", term):
        core = term[2:] if term.startswith("ال") else term
        return re.compile(_AR_CLITICS + re.escape(core))
    return re.compile(r"(?<!\w)" + re.escape(term))


def has_cue(text: str, terms: Iterable[str]) -> bool:
    """True when any term starts a word of ``text`` (lower-cased; Arabic after clitics)."""
    return any(_pattern(t).search(text) for t in terms)


@dataclass(frozen=True)
class PlaceRef:
    """A place named in a sentence (from the gazetteer).

    Attributes:
        key: Gazetteer key (``"country:IQ"``, ``"city:98182"``...).
        kind: ``country``, ``city`` or the gazetteer's other kinds.
        country: ISO code of the country the place lies in (itself for a country).
    """

    key: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class Cues:
    """Context of one claim.

    Attributes:
        places: Places named in the claim's sentence (source and English).
        events: Event types named in the sentence.
        actor: Who is counted (``military``, ``civilian``, ...), from the counted noun.
        focus: Countries (ISO codes) of the places named in the claim's own clause ("Turkey's
            toll rose to 41,156, while Syria's ..." → ``{"TR"}``); empty when its clause
            names none (the sentence's other places stay in ``places``).
        nationality: Countries (ISO codes) named as the nationality of who is counted
            ("13 Israeli hostages" → ``{"IL"}``;
            :func:`translate.align.nationality.nationalities`); empty when none is named.
    """

    places: frozenset[PlaceRef]
    events: frozenset[str]
    actor: str | None
    focus: frozenset[str] = frozenset()
    nationality: frozenset[str] = frozenset()


def _find_places_fn() -> Any:
    try:
        from translate.align.gazetteer import find_places
    except ImportError:
        return None
    return find_places


@lru_cache(maxsize=65536)
def _places_cached(text: str, language: str) -> frozenset[PlaceRef]:
    fn = _find_places_fn()
    if fn is None:
        return frozenset()
    try:
        found = fn(text, language)
    except Exception as e:  # noqa: BLE001 - a gazetteer failure must not stop linking
        logger.warning("gazetteer failed on a %s sentence (%s); no places used", language, e)
        return frozenset()
    out = set()
    for p in found:
        if _names_a_venue(text, p, found) or _is_nisba(str(getattr(p, "text", "") or "")):
            continue
        kind = str(getattr(p, "kind", "") or "")
        country = getattr(p, "country", None)
        key = str(getattr(p, "key", ""))
        if kind == "country" and not country:
            country = key
        out.add(PlaceRef(key, kind, country))
    return frozenset(out)


#: Endings of an Arabic nationality adjective used as a noun for people (nisba with
#: accusative tanween, sound plural or dual: "سورياً", "مصريين", "أمريكيون"): "47 Syrians"
#: names who was counted, not where.
_NISBA_ENDINGS = ("ياً", "يًا", "يين", "يون", "يتين", "يتان")


def _is_nisba(text: str) -> bool:
    """True for an Arabic nationality adjective of people ("٤٧ سورياً": Syrians)."""
    return bool(re.search(r"[\u0600-\u06ff]", text)) and text.endswith(_NISBA_ENDINGS)


_NEXT_NAME = re.compile(r"[ \u00a0]([^\W\d_][\w’'-]*)", re.UNICODE)


@lru_cache(maxsize=8)
def _calendar_words() -> frozenset[str]:
    """Day and month names (CLDR through Babel, the four languages), lower-cased: "Oslo
    Saturday" still names Oslo."""
    try:
        from babel.dates import get_day_names, get_month_names
    except ImportError:
        return frozenset()
    out: set[str] = set()
    for loc in ("en", "nb", "da", "ar"):
        for width in ("wide", "abbreviated"):
            out |= {str(x).lower().strip(".") for x in get_day_names(width, locale=loc).values()}
            out |= {str(x).lower().strip(".") for x in get_month_names(width, locale=loc).values()}
    return frozenset(out)


def _names_a_venue(text: str, place: Any, found: Iterable[Any]) -> bool:
    """True when a place name is the first word of a longer proper name ("the London Pub",
    "Kabul Serena Hotel"): followed at once by a capitalised word that is neither another
    place nor a day or month name. Such a venue is not where the figure is."""
    end = getattr(place, "end", None)
    if not isinstance(end, int):
        return False
    m = _NEXT_NAME.match(text, end)
    if m is None or not m.group(1)[0].isupper():
        return False
    if any(getattr(q, "start", None) == m.start(1) for q in found):
        return False
    return m.group(1).lower() not in _calendar_words()


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def find_place_refs(text: str, language: str | None) -> frozenset[PlaceRef]:
    """Places the gazetteer finds in ``text`` (empty without the gazetteer module).

    The English possessive clitic is dropped first ("Turkey's agency" names Turkey).
    """
    return _places_cached(_POSSESSIVE.sub("", text), language or "en")


def claim_cues(sentence: str, quote: str, *, language: str | None = None,
               english: str | None = None, noun: str | None = None,
               number: str | None = None, events: Mapping[str, tuple[str, ...]],
               actors: Mapping[str, tuple[str, ...]],
               locatives: tuple[str, ...] = (), coarse_outside_clause: bool = False) -> Cues:
    """Cues of a claim from its sentence (and English translation, when given).

    Args:
        sentence: The claim's source sentence.
        quote: The claim's quote (hedge + number + noun).
        language: Language of ``sentence``.
        english: The English sentence, when there is one.
        noun: The counted noun (``claim.noun``), when known.
        number: The number as written in the quote (``claim.number``): left out when
            event words are looked for.
        events: Event type → cue words (:attr:`LinkingConfig.events`).
        actors: Who is counted → cue words (:attr:`LinkingConfig.actors`).
        locatives: Locative prepositions (:attr:`LinkingConfig.locatives`): when given, a
            place counts for ``focus`` only after one of them (at most one word between:
            "i nabolandet Belgien") or as a possessor ("Turkey's toll"); a bare name is
            an actor ("Iran fired 16 missiles at two bases in Iraq": Iraq).
    """
    places = set(find_place_refs(sentence, language))
    if english and english != sentence:
        places |= find_place_refs(english, "en")
    if coarse_outside_clause:
        # a city named outside the figure's clause only places the sentence in its
        # country ("raised from 147 to 148, after a wounded soldier died in a hospital
        # in Nairobi": the attack was in Garissa)
        own_clause = set(find_place_refs(clause_of(sentence, quote), language)) \
            if quote else set(places)
        places = {p if p in own_clause or p.kind == "country" or not p.country
                  else PlaceRef(f"country:{p.country}", "country", p.country)
                  for p in places}
    # The figure itself is not context: Norwegian/Danish "fire" (four) is no fire; its
    # counted noun is ("ni selvmordsbombere": suicide bombers).
    own = sentence
    if number and quote and number in quote:
        own = sentence.replace(quote, quote.replace(number, " ", 1), 1)
    # nor is any other number word of the sentence ("Tre drept og fire skadd": four)
    texts = [without_number_words(own.lower(), language)] + (
        [english.lower()] if english else [])
    found = frozenset(e for e, forms in events.items() if any(has_cue(t, forms) for t in texts))
    # only the claim's own clause: a country named elsewhere in the sentence ("bound for
    # Nairobi ... from Addis Ababa", "the US grounded ... after the crash") is context of
    # the sentence, not what the figure counts (whole-sentence places are ``places``)
    focus = _focus(sentence, quote, language, locatives)
    actor = None
    for who in dict.fromkeys(x.lower() for x in (noun, quote) if x):
        actor = next((a for a, forms in actors.items() if has_cue(who, forms)), None)
        if actor:
            break
    return Cues(frozenset(places), found, actor, focus,
                _nationality(sentence, quote, language, noun))


def _nationality(sentence: str, quote: str, language: str | None,
                 noun: str | None) -> frozenset[str]:
    """Nationalities named in the counted phrase: the quote, and in Arabic (where the
    adjective follows its noun: "٤٦٤ حاجاً إيرانياً") the word after it."""
    if not quote or not language:
        return frozenset()
    from translate.align.nationality import nationalities

    phrase = quote
    if language == "ar":
        at = sentence.find(quote)
        if at >= 0:
            rest = sentence[at + len(quote):].split(None, 1)
            if rest:
                phrase = f"{quote} {rest[0]}"
    return nationalities(phrase, language, noun)


_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def without_number_words(text: str, language: str | None) -> str:
    """``text`` with the number words of its language blanked ("fire" is four in Danish
    and Norwegian, no fire), read by the claims lexicon; unchanged without it."""
    if not language or language == "en":
        return text
    try:
        from translate.claims.lexicon import get_lexicon
        from translate.claims.words import word_value
        lex = get_lexicon(language)
    except (ImportError, KeyError, ValueError):
        return text
    return _WORDS.sub(lambda m: " " if _is_number_word(m.group(0), lex, word_value)
                      else m.group(0), text)


def _is_number_word(word: str, lex: Any, word_value: Any) -> bool:
    try:
        return word_value(word, lex) is not None
    except Exception:  # noqa: BLE001 - an unreadable word is no number
        return False


_JOINED = re.compile(r"^\s*(?:,|and|og|eller|or|و)?\s*$|^\s*و$")


def _focus(sentence: str, quote: str, language: str | None,
           locatives: tuple[str, ...] = ()) -> frozenset[str]:
    """Countries of the first place after the quote in its clause (else the last before
    it), with the places coordinated with it ("in Turkey and Syria" → both; "163 in
    Germany and 31 in Belgium" → Germany for 163). With ``locatives``, only places in a
    locative position or possessors count (:func:`claim_cues`)."""
    clause = clause_of(sentence, quote)
    plain = _POSSESSIVE.sub("", clause)
    found = _country_places(plain, language)
    if not found:
        return frozenset()
    q = max(clause.find(quote), 0)
    after = [k for k, p in enumerate(found) if p.start >= q + len(quote)]
    # "163 killed in Germany": the place after the figure first, else the nearest before
    near = after[0] if after else len(found) - 1
    if locatives:
        # only where things are: after the figure a place with a locative before it
        # first; before it a located place or a possessor, never a bare name (the actor:
        # "Iran fired 16 missiles at two bases in Iraq")
        forms = frozenset(w.strip().lower() for w in locatives)
        located = [k for k in after if _located(plain, found[k], forms)]
        before = [k for k in range(len(found)) if k not in after and (
            _located(plain, found[k], forms) or _possessor(clause, plain, found[k], language))]
        if located:
            near = located[0]
        elif not after:
            if not before:
                return frozenset()
            near = before[-1]
    lo = hi = near
    while lo > 0 and _JOINED.match(clause[found[lo - 1].end:found[lo].start]):
        lo -= 1
    while hi < len(found) - 1 and _JOINED.match(clause[found[hi].end:found[hi + 1].start]):
        hi += 1
    out = [(p.country or p.key) for p in found[lo:hi + 1]]
    if hi == len(found) - 1 and not plain[found[hi].end:].strip():
        out += _listed_after(sentence, clause, language)
    return frozenset(out)


def _listed_after(sentence: str, clause: str, language: str | None) -> list[str]:
    """Countries that go on a list of places the clause ends with, past the comma that
    ended the clause ("reported in Guinea, Liberia, Sierra Leone and Nigeria": the clause
    is cut at the first comma)."""
    at = sentence.find(clause)
    if at < 0:
        return []
    rest = _POSSESSIVE.sub("", sentence[at + len(clause):])
    out, end = [], 0
    for p in _country_places(rest, language):
        if p.start < end or not _JOINED.match(rest[end:p.start]):
            break
        out.append(p.country or p.key)
        end = p.end
    return out


def _country_places(plain: str, language: str | None) -> list[Any]:
    """The gazetteer's places of ``plain`` that lie in a country, in text order, without
    venues ("the London Pub") and Arabic nationality nouns ("سورياً"); none when the
    gazetteer is missing or fails (it must not stop linking)."""
    fn = _find_places_fn()
    if fn is None:
        return []
    try:
        found = sorted(fn(plain, language or "en"), key=lambda p: p.start)
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop linking
        return []
    return [p for p in found if (getattr(p, "country", None) or
            getattr(p, "kind", "") == "country") and not _names_a_venue(plain, p, found)
            and not _is_nisba(plain[p.start:p.end])]


def _located(plain: str, place: Any, locatives: frozenset[str]) -> bool:
    """True when a locative preposition comes before a place of ``plain``, at most one
    word between ("in Turkey", "i nabolandet Belgien", "وفي تركيا"), or Arabic "بـ" is
    joined to its name ("بأوسلو")."""
    text = plain[place.start:place.end]
    if text[:1] == "ب" and "ب" in locatives:
        return True
    words = re.findall(r"[^\W\d_]+", plain[:place.start], re.UNICODE)[-2:]
    return any(w.lower() in locatives or (len(w) > 2 and w[0] in "وف" and w[1:] in
                                          locatives) for w in words)


def _possessor(clause: str, plain: str, place: Any, language: str | None) -> bool:
    """True for a possessor: "Turkey's toll", Danish/Norwegian "Tyrkiets dødstal" (the
    name without its genitive -s is the same place)."""
    name = plain[place.start:place.end]
    if re.search(re.escape(name) + r"['’]s\b", clause):
        return True
    if len(name) > 3 and name.endswith("s") and name[0].isupper():
        base = find_place_refs(name[:-1], language)
        return any(p.key == getattr(place, "key", None) for p in base)
    return False


def _countries(places: Iterable[PlaceRef]) -> frozenset[str]:
    return frozenset(p.country for p in places if p.country)


_CLAUSE = re.compile(r"[,;:\u060c\u061b\u2013\u2014]\s|\s(?:while|whereas|mens|hvorimod|"
                     r"derimot|بينما|في حين)\s")


def clause_of(sentence: str, quote: str) -> str:
    """The clause of ``sentence`` that holds ``quote`` (between commas, semicolons, dashes
    or a contrastive conjunction: "while", "mens", "بينما"); the sentence when the quote
    is not found."""
    pos = sentence.find(quote)
    if pos < 0:
        return sentence
    start, end = 0, len(sentence)
    for m in _CLAUSE.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos + len(quote):
            end = m.start()
            break
    return sentence[start:end]


def _inside(a: PlaceRef, b: PlaceRef) -> bool:
    return a.key == b.key or (b.kind == "country" and a.country is not None
                              and a.country == b.country)


def _spans_region(places: frozenset[PlaceRef], region: PlaceRef) -> bool:
    """``places`` name at least two countries, all in the world region ``region``, or a
    region of its continent: the region's figure told by its parts ("in Guinea, Liberia
    and Sierra Leone" for "in West Africa"). One country of a region is a part of it, not
    it (:mod:`translate.align.regions`)."""
    from translate.align.regions import inside

    if region.kind != "region" or not region.key.startswith("region:"):
        return False
    if any(p.kind == "region" and inside(p.kind, p.key, None, region.key) for p in places):
        return True
    located = [p for p in places if p.country]  # countries and their cities
    return len({p.country for p in located}) >= 2 and all(
        inside(p.kind, p.key, p.country, region.key) for p in located)


def places_compatible(a: frozenset[PlaceRef], b: frozenset[PlaceRef]) -> bool:
    """Unknown on one side, or some place of one side equals or lies in one of the other's.

    A claim naming Kabul may join one naming Afghanistan, and one naming Guinea, Liberia
    and Sierra Leone one naming West Africa (not one naming Liberia alone: a part of the
    region's figure); a claim naming only Norway never joins one naming only New Zealand.
    """
    if not a or not b:
        return True
    return any(_inside(x, y) or _inside(y, x) for x in a for y in b) or any(
        _spans_region(a, y) for y in b) or any(_spans_region(b, x) for x in a)


def shared_place(a: frozenset[PlaceRef], b: frozenset[PlaceRef]) -> bool:
    """Both name a place and one of them is the same place (or lies in it)."""
    return bool(a and b) and places_compatible(a, b)


def _countries_by_location(text: str, language: str | None,
                           locatives: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The countries of the places ``text`` names, in text order, each with whether a
    locative word puts something there (:func:`_located`)."""
    if not text:
        return []
    forms = frozenset(w.strip().lower() for w in locatives)
    plain = _POSSESSIVE.sub("", text)
    return [(p.country or p.key, _located(plain, p, forms))
            for p in _country_places(plain, language)]


def unlocated_countries(text: str, language: str | None,
                        locatives: tuple[str, ...]) -> frozenset[str]:
    """Countries a text names outside a locative position: actors and possessors ("havde
    Danmark omkring 750 soldater i Afghanistan": Denmark, not Afghanistan)."""
    return frozenset(country for country, located in
                     _countries_by_location(text, language, locatives) if not located)


def located_countries(text: str, language: str | None,
                      locatives: tuple[str, ...]) -> dict[str, int]:
    """Countries of the places a text puts things in (a locative word before the place, at
    most one word between: "in Iraq", "i Irak", "في العراق"), with how often: where an
    article is, for a figure whose own sentence names no place."""
    out: dict[str, int] = {}
    for country, located in _countries_by_location(text, language, locatives):
        if located:
            out[country] = out.get(country, 0) + 1
    return out
