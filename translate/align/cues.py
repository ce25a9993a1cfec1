"""Context cues of a claim's sentence: place, event type, who is counted, cumulative scope.

Small multilingual lexicons (nb, da, ar, en) matched on lower-cased text. A cue is a
*hard* constraint when both claims have it and the values differ: a deployment to Kuwait is
not a deployment to the Middle East; a market bombing is not an ambush; a running total
("14.000 ekstra soldater" since May) is not one deployment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cues", "claim_cues", "places_compatible", "PLACES", "EVENTS", "ACTORS", "CUMULATIVE"]

#: place id -> surface forms (prefix match on word starts; Arabic also after clitics).
PLACES: dict[str, tuple[str, ...]] = {
    "middle_east": ("middle east", "midtøsten", "mellemøsten", "الشرق الأوسط"),
    "iraq": ("iraq", "irak", "العراق"),
    "baghdad": ("baghdad", "bagdad", "بغداد"),
    "kuwait": ("kuwait", "الكويت"),
    "syria": ("syria", "syrien", "سوريا", "سورية"),
    "lebanon": ("lebanon", "libanon", "لبنان"),
    "iran": ("iran", "إيران", "ايران"),
    "afghanistan": ("afghanistan", "أفغانستان"),
    "saudi_arabia": ("saudi", "السعودية"),
    "tehran": ("tehran", "teheran", "طهران"),
    "kabul": ("kabul", "كابل"),
}
#: Cities inside a country: a city claim may sit in a country group, not the reverse.
_INSIDE = {"baghdad": "iraq", "tehran": "iran", "kabul": "afghanistan"}

EVENTS: dict[str, tuple[str, ...]] = {
    "bombing": ("bomb", "explosion", "blast", "eksplosion", "sprengning", "تفجير", "انفجار",
                "عبوة", "suicide", "selvmord", "انتحاري"),
    "ambush": ("ambush", "bakhold", "baghold", "كمين"),
    "airstrike": ("air strike", "airstrike", "air raid", "drone", "luftangreb", "luftangrep",
                  "droneangreb", "droneangrep", "غارة", "طائرة مسيرة", "قصف جوي"),
    "rocket": ("rocket", "missile", "rakett", "raket", "صاروخ", "صواريخ"),
    "protest": ("protest", "demonstrat", "احتجاج", "متظاهر"),
    "shooting": ("shooting", "gunmen", "skyting", "skyderi", "إطلاق نار"),
    "crash": ("crash", "ulykke", "styrt", "تحطم"),
}

ACTORS: dict[str, tuple[str, ...]] = {
    "military": ("soldier", "troops", "servicem", "soldat", "tropp", "trop", "جندي", "جنود",
                 "عسكري", "القوات"),
    "civilian": ("civilian", "sivil", "civil", "مدني", "مدنيين"),
    "militant": ("militant", "militia", "milits", "fighter", "opprør", "oprør", "مسلح",
                 "ميليشي", "مقاتل"),
    "police": ("police", "politi", "شرطة", "شرطي"),
}

CUMULATIVE: tuple[str, ...] = (
    "since ", "so far", "in total", "a total of", "altogether", "siden ", "så langt",
    "totalt", "til sammen", "i alt", "hittil", "indtil videre", "منذ", "حتى الآن",
    "في المجموع", "إجمالي",
)

_AR_CLITICS = "(?:^|(?<=[\\s\u060c«\"“(])(?:[وفبلك]?(?:ال)?)?)"


def _pattern(term: str) -> re.Pattern[str]:
    if re.search(r"[\u0600-\u06ff]", term):
        core = term[2:] if term.startswith("ال") else term
        return re.compile(_AR_CLITICS + re.escape(core))
    return re.compile(r"(?<!\w)" + re.escape(term))


_COMPILED: dict[str, re.Pattern[str]] = {}


def _has(text: str, term: str) -> int:
    rx = _COMPILED.get(term)
    if rx is None:
        rx = _COMPILED[term] = _pattern(term)
    m = rx.search(text)
    return m.start() if m else -1


@dataclass(frozen=True)
class Cues:
    """Context of one claim.

    Attributes:
        place: Place id nearest the quantity in its sentence, or ``None``.
        events: Event types named in the sentence.
        actor: Who is counted, from the claim's quote (``military``, ``civilian``, ...).
        cumulative: The sentence states a running total ("since May", "so far").
    """

    place: str | None
    events: frozenset[str]
    actor: str | None
    cumulative: bool


def _nearest_place(text: str, anchor: int) -> str | None:
    best: tuple[int, str] | None = None
    for pid, forms in PLACES.items():
        for f in forms:
            rx = _COMPILED.get(f) or _COMPILED.setdefault(f, _pattern(f))
            for m in rx.finditer(text):
                d = abs(m.start() - anchor)
                if best is None or d < best[0]:
                    best = (d, pid)
    return best[1] if best else None


def claim_cues(sentence: str, quote: str, *, english: str | None = None) -> Cues:
    """Cues of a claim from its sentence (and English translation, when given).

    Args:
        sentence: The claim's source sentence.
        quote: The claim's quote (hedge + number + noun).
        english: The English sentence, used when the source gives no cue.
    """
    texts = [sentence.lower()] + ([english.lower()] if english else [])
    place = None
    for t in texts:
        pos = t.find(quote.lower())
        place = _nearest_place(t, max(pos, 0))
        if place:
            break
    events = frozenset(e for e, forms in EVENTS.items()
                       if any(_has(t, f) >= 0 for t in texts for f in forms))
    q = quote.lower()
    actor = next((a for a, forms in ACTORS.items() if any(_has(q, f) >= 0 for f in forms)), None)
    cumulative = any(_has(t, f.strip()) >= 0 for t in texts for f in CUMULATIVE)
    return Cues(place, events, actor, cumulative)


def places_compatible(a: str | None, b: str | None) -> bool:
    """Same place, unknown on one side, or a city inside the other side's country."""
    if a is None or b is None or a == b:
        return True
    return _INSIDE.get(a) == b or _INSIDE.get(b) == a
