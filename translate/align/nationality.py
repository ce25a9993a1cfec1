"""Nationality words: who is counted ("13 Israeli hostages", "464 iranske pilegrimer").

A count of people that names their nationality counts a part of the people of its story:
"10 Thai farm workers" are not "13 israelske gisler", and "464 Iranian pilgrims" are not
the 4,700 dead of the crush. :func:`nationalities` finds the countries named as a
nationality in a counted phrase, from kept data and morphology, never from a hand list:

* **English**: the demonyms of the ``countryinfo`` package (MIT), their plurals
  ("Canadians", "Iraqis"), and the nouns of "-ish" adjectives ("Dane", "Swede", "Turk").
* **Norwegian Bokmål and Danish**: adjectives and nouns for people derived by the
  languages' suffixes (-sk, -isk, -esisk, -ansk; -er, -ere, -erne) from the CLDR country
  names of the language (Babel) and from the stems of the English demonyms ("Iran" →
  iransk, iranere; "Tyskland" → tysk, tyskere; "American" → amerikansk, amerikanere).
* **Arabic**: the gazetteer's derived nationality adjectives (nisba, "الإيرانيين"), and any
  country name that the gazetteer finds inside the counted phrase.

A country named inside the counted phrase before its noun ("13 U.S. service members",
"2,500 UK troops") is also read as the nationality.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

__all__ = ["nationalities", "nationality_forms"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_VOWELS = "aeiouyæøå"


def _english_demonyms() -> dict[str, str]:
    """English demonym → ISO code, from ``countryinfo`` (empty when it is missing)."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - an install without the dependency
        return {}
    best: dict[str, tuple[int, str]] = {}
    for data in CountryInfo.all().values():
        code = ((data.get("ISO") or {}).get("alpha2") or "").upper()
        dem = data.get("demonym") or ""
        if not code or not dem:
            continue
        pop = int(data.get("population") or 0)
        for d in re.split(r"[,/]", dem):
            d = d.strip()
            if d and pop >= best.get(d, (-1, ""))[0]:
                best[d] = (pop, code)  # "American": the United States, not a territory
    return {d: code for d, (_pop, code) in best.items()}


def _english_forms(demonyms: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for d, code in demonyms.items():
        out.setdefault(d, code)
        last = d.split()[-1]
        if not last.endswith(("sh", "ch", "ese", "ss", "s", "x", "z")):
            out.setdefault(d + "s", code)  # Canadians, Iraqis, Thais
        if last.endswith("ish") and len(last) >= 6:  # Danish -> Dane, Turkish -> Turk
            stem = d[:-3]
            for noun in (stem, stem + "e"):
                if len(noun.split()[-1]) >= 4:
                    out.setdefault(noun, code)
                    out.setdefault(noun + "s", code)
    return out


def _stems(name: str) -> set[str]:
    n = name.lower()
    out = {n}
    if n[-1:] in _VOWELS:
        out.add(n[:-1])
    for end in ("ia", "en", "ge", "et", "ene", "land", "istan", "ien"):
        if n.endswith(end) and len(n) - len(end) >= 3:
            out.add(n[: -len(end)])
    return out


def _english_stems(demonym: str) -> set[str]:
    d = demonym.lower()
    if " " in d:
        return set()
    out = set()
    for end in ("ian", "ean", "an", "ese", "ish", "i", ""):
        if end and not d.endswith(end):
            continue
        stem = d[: len(d) - len(end)] if end else d
        if len(stem) >= 3:
            out.add(stem)
            out.add(stem.replace("ch", "k").replace("c", "k"))
    return out


_ADJ = ("sk", "isk", "esisk", "ansk", "iensk", "ensk")


def _nordic_forms(language: str, demonyms: dict[str, str]) -> dict[str, str]:
    """Adjective and people-noun forms → ISO code for ``nb`` or ``da``."""
    stems: dict[str, set[str]] = {}
    names: Mapping[str, str]
    english: Mapping[str, str]
    own: Mapping[str, str]
    try:
        from babel import Locale

        names = Locale.parse(language).territories
    except Exception:  # noqa: BLE001 - no Babel data: English stems only
        names = {}
    for code, name in names.items():
        if len(code) != 2 or not code.isalpha() or " " in name or "-" in name:
            continue
        stems.setdefault(code.upper(), set()).update(_stems(name))
    for dem, code in demonyms.items():
        stems.setdefault(code, set()).update(_english_stems(dem))
    try:  # a language named like its people ("Swedish": svensk, "French": fransk)
        from babel import Locale

        english, own = Locale.parse("en").languages, Locale.parse(language).languages
    except Exception:  # noqa: BLE001
        english, own = {}, {}
    for lang, name in english.items():
        code = demonyms.get(name)
        word = own.get(lang, "")
        if code and word and " " not in word and word.lower().endswith("sk"):
            stems.setdefault(code, set()).add(word.lower())
    out: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    for code, ss in stems.items():
        for s in ss:
            adjectives = {s} if s.endswith("sk") else set()
            adjectives |= {s + suf for suf in _ADJ if not (s.endswith("s") and suf == "sk")}
            for a in adjectives:
                if len(a) < 4:
                    continue
                base = a[:-3] if a.endswith("isk") else a[:-2]
                for form in (a, a + "e", a + "er", a + "ere", a + "erne",
                             base + "er", base + "ere", base + "erne"):
                    if len(form) >= 5:
                        seen.setdefault(form, set()).add(code)
    for form, codes in seen.items():
        if len(codes) == 1:  # a form two countries could make says nothing
            out[form] = next(iter(codes))
    return out


@cache
def nationality_forms(language: str) -> dict[str, str]:
    """Word (or phrase) → ISO code of the nationality it names, for ``language``."""
    dem = _english_demonyms()
    if language == "en":
        return _english_forms(dem)
    if language in ("nb", "no", "nn", "da"):
        return _nordic_forms("nb" if language in ("no", "nn") else language, dem)
    return {}


def _gazetteer_countries(text: str, language: str) -> frozenset[str]:
    """ISO codes of the countries the gazetteer names in ``text`` (a country's own place
    carries its code); none when the gazetteer is missing or fails."""
    try:
        from translate.align.gazetteer import find_places

        found: Any = find_places(text, language)
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop linking
        return frozenset()
    return frozenset(str(p.country).upper() for p in found
                     if getattr(p, "kind", "") == "country" and getattr(p, "country", None))


def _countries_before(text: str, noun: str | None, language: str) -> frozenset[str]:
    """Countries the gazetteer finds in ``text`` before its counted ``noun``."""
    if not noun:
        return frozenset()
    at = text.find(noun)
    return _gazetteer_countries(text[:at], language) if at > 0 else frozenset()


@lru_cache(maxsize=65536)
def nationalities(phrase: str, language: str, noun: str | None = None) -> frozenset[str]:
    """ISO codes of the nationalities a counted phrase names (empty when none).

    Args:
        phrase: The counted phrase (a claim's quote: "13 Israeli women and children").
        language: Its language (``en``, ``nb``, ``da``, ``ar``; others: none found).
        noun: Its counted noun, when known: a country named before it is read as a
            nationality ("13 U.S. service members").
    """
    if not phrase:
        return frozenset()
    text = unicodedata.normalize("NFC", phrase)
    if language == "ar":  # nisba adjectives are gazetteer names ("الإيرانيين")
        return _gazetteer_countries(text, "ar")
    forms = nationality_forms(language)
    out = set()
    if forms:
        words = [m.group(0) for m in _WORD.finditer(text)]
        lower = language != "en"
        for k in range(len(words)):
            for n in (3, 2, 1):
                if k + n > len(words):
                    continue
                cand = " ".join(words[k:k + n])
                code = forms.get(cand.lower() if lower else cand)
                if code:
                    out.add(code)
                    break
    out |= _countries_before(text, noun, language)
    return frozenset(out)
