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
* **Arabic**: nationality adjectives (nisba) and the collective nouns of peoples, read by
  morphology from stems that kept data gives (:func:`_arabic_stems`):

  - every one-word Arabic CLDR country name (Babel ``Locale("ar").territories``), and every
    word of a longer one that the gazetteer reads alone as that country (its short forms:
    المملكة العربية السعودية → السعودية), by the gazetteer's nisba rule (ألمانيا → ألماني,
    مصر → مصري, كندا → كندي, أفغانستان → أفغانستاني; not for names ending in ي: مالي is
    also "financial");
  - the adjective of a CLDR currency name (Babel ``Locale("ar").currencies``) whose ISO 4217
    code starts with its country's ISO 3166 code: USD "دولار أمريكي" → أمريكي (the United
    States, whose CLDR name الولايات المتحدة has no adjective), ATS "شلن نمساوي" → نمساوي;
  - the adjective that ends a CLDR territory name (an Arabic adjective follows its noun),
    when the English name holds exactly one demonym of ``countryinfo`` and the adjective
    is no known country's: "British Virgin Islands" / جزر فيرجن البريطانية → بريطاني,
    "Palestinian Territories" / الأراضي الفلسطينية → فلسطيني;
  - the people of a country named "people + land" (-ستان, -يا; a stem of four letters
    or more that is no place): أفغانستان → الأفغان, أفغاني; ألمانيا → الألمان.

  Each stem is read with the nisba endings ي، ية، يا (accusative tanwin: أمريكياً)،
  يون، يين، يات, with or without the article and the clitics و ف ب ل ك (للأمريكيين),
  folded like the gazetteer (no vowel marks, one alif, final ى as ي): أمريكي, الأمريكية,
  جندياً أمريكياً, الأمريكيين, البريطانيين. A stem of five letters or more written with
  or without a long ي inside it (أمريكي and أميركي, قيرغيزي and قرغيزي) is the same
  stem when no other country's stem has that spelling. A form two countries could make
  says nothing.

  A word that is also a country's name (ألمانيا, السعودية) is its nationality only with
  the accusative tanwin (ألمانياً) or as a feminine adjective (…ية) outside a locative
  position, and a word shaped like a name (…يا, …ية: بريطانيا, سورية) only outside one
  ("في بريطانيا", "لسورية": places; "١٢ بريطانيا": twelve Britons). A country's name
  is otherwise a place or an actor, never a nationality (``cues.unlocated_countries``
  reads actors): "نحو ألف جندي ألماني في أفغانستان" names Germany, not Afghanistan.
  The one exception: a name after من right after a number (digits or a word of the
  claims lexicon) is where the counted people come from ("اثنين من اليونان": two
  Greeks; not "ألف جندي من أفغانستان").

  Not read: broken plurals that no rule derives (الأتراك، الإنجليز، الأمريكان), peoples of
  three-letter stems (الروس, الترك: السور, "the wall", is one too), a collective without
  its article (جورج alone is George) and the dual.

In English and Norwegian/Danish a country named inside the counted phrase before its noun
("13 U.S. service members", "2,500 UK troops") is also read as the nationality.
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


# -- Arabic ------------------------------------------------------------------------------

_AR_WORD = re.compile(r"[\u0621-\u064a\u0671][\u0621-\u065f\u0670\u0671\u0640]*")
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_AR_ALIFS = str.maketrans("أإآٱ", "اااا")
_TANWIN = "\u064b"  # fathatan: the accusative of an adjective (أمريكياً), never of a name
_AR_ENDINGS = ("يون", "يين", "يات", "ية", "يا", "ي")  # longest first
_AR_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_AR_LANDS = ("ستان", "يا")  # "people + land": أفغان+ستان, ألمان+يا
_AR_NISBA = re.compile(r"^(?:ال)?[\u0621-\u064a]{3,}(?:ي|ية)$")
# ISO 3166 codes that are no country (user-assigned, the EU, the UN …)
_NO_COUNTRY = frozenset({"AA", "ZZ", "EU", "EZ", "UN", "QO"})


def _ar_fold(word: str) -> str:
    """Without vowel marks, one alif for أ إ آ ٱ, final ى as ي (as the gazetteer folds)."""
    w = _AR_MARKS.sub("", unicodedata.normalize("NFC", word)).translate(_AR_ALIFS)
    return w[:-1] + "ي" if w.endswith("ى") else w


def _is_country_code(code: str) -> bool:
    return (len(code) == 2 and code.isalpha() and code.isupper() and code not in _NO_COUNTRY
            and not code.startswith("X") and not "QM" <= code <= "QZ")


def _nisba_stem(name: str) -> str | None:
    """Folded stem (adjective without its ي) of the nisba of a one-word Arabic country
    name, by the gazetteer's rule: اليونان → يونان(ي), مصر → مصر(ي), كندا → كند(ي),
    أستراليا → أسترال(ي); none for a name ending in ي (مالي is also "financial")."""
    from translate.align.gazetteer import nisba_adjective

    adjective = nisba_adjective(name)
    return _ar_fold(adjective[:-1]) if adjective else None


def _adjective_stem(word: str) -> str | None:
    """Folded stem of a nisba-shaped word (الأمريكية, أمريكي → أمريك), else ``None``."""
    if not _AR_NISBA.match(word):
        return None
    w = _ar_fold(word[2:] if word.startswith("ال") else word)
    return w[:-2] if w.endswith("ية") else w[:-1]


def _places_of(word: str) -> set[str]:
    """ISO codes of the countries the gazetteer reads in ``word`` alone (none on failure)."""
    try:
        from translate.align.gazetteer import find_places

        found: Any = find_places(word, "ar")
    except Exception:  # noqa: BLE001 - no gazetteer: fewer stems, no failure
        return set()
    return {str(p.country) for p in found if p.start == 0 and p.end == len(word)
            and getattr(p, "kind", "") == "country" and p.country}


def _skeleton(stem: str) -> str:
    """A stem without the long ي inside it (أمريك and أميرك → امرك)."""
    return stem[:1] + stem[1:].replace("ي", "")


@cache
def _arabic_stems() -> tuple[dict[str, set[str]], dict[str, set[str]], frozenset[str]]:
    """Nisba stems and collective nouns of each country, from kept data (module docstring).

    Returns:
        (stem → codes, collective → codes, the folded one-word names of countries).
    """
    try:
        from babel import Locale

        ar, en = Locale.parse("ar"), Locale.parse("en")
        names = {c: n for c, n in ar.territories.items() if _is_country_code(c)}
        english, currencies = en.territories, ar.currencies
    except Exception:  # noqa: BLE001 - no Babel data: no Arabic forms
        return {}, {}, frozenset()
    stems: dict[str, set[str]] = {}
    people: dict[str, set[str]] = {}
    country_words: set[str] = set()

    def add(table: dict[str, set[str]], stem: str | None, code: str) -> None:
        if stem and len(stem) >= 3:
            table.setdefault(stem, set()).add(code)

    for code, name in names.items():
        words = _AR_WORD.findall(name)
        if len(words) == 1:
            ones = words
        else:  # a short form: a word the gazetteer reads alone as this country
            ones = [w for w in words if w.startswith("ال") and _places_of(w) == {code}]
        for word in ones:
            country_words.add(_ar_fold(word))
            add(stems, _nisba_stem(word), code)
            bare = word[2:] if word.startswith("ال") else word
            for land in _AR_LANDS:
                base = _ar_fold(bare[: -len(land)])
                if len(words) == 1 and bare.endswith(land) and len(base) >= 4 and not (
                        _places_of(base) or _places_of("ال" + base)):
                    add(stems, base, code)  # أفغاني beside أفغانستاني
                    add(people, "ال" + base, code)  # الأفغان (جورج alone is George)
    for cur, name in currencies.items():
        # ISO 4217: a currency's code opens with its country's; a name of two words is the
        # unit and its adjective ("دولار أمريكي"), unless that is the country's own name
        # ("فرنك مالي"); "وون كوريا الجنوبية", "اسكود برتغالي غينيا" name no adjective
        words = _AR_WORD.findall(re.sub(r"\(.*?\)|-.*", "", name))
        if cur[:2] in names and len(words) == 2 and not words[1].startswith("ال") \
                and _ar_fold(words[1]) not in country_words:
            add(stems, _adjective_stem(words[1]), cur[:2])
    demonyms = sorted(_english_demonyms().items(), key=lambda kv: -len(kv[0]))
    known = {s: set(codes) for s, codes in stems.items()}
    for code, name in names.items():  # "British Virgin Islands" / "جزر فيرجن البريطانية"
        words = _AR_WORD.findall(name)
        last = _adjective_stem(words[-1]) if len(words) > 1 and \
            words[-1].startswith("ال") else None  # an Arabic adjective follows its noun
        text, sent = english.get(code, ""), set()
        for dem, country in demonyms:
            pattern = rf"\b{re.escape(dem)}\b"
            if re.search(pattern, text):
                sent.add(country)
                text = re.sub(pattern, " ", text)
        if last and len(sent) == 1 and not known.get(last):
            add(stems, last, next(iter(sent)))
    return stems, people, frozenset(country_words)


def _arabic_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(folded form → ISO code, skeleton of a stem → ISO code): every nisba form of each
    stem and each collective noun, with and without the article; a form or skeleton that
    two countries could make is left out."""
    stems, people, _names = _arabic_stems()
    seen: dict[str, set[str]] = {}
    shapes: dict[str, set[str]] = {}
    for stem, codes in stems.items():
        for ending in _AR_ENDINGS:
            for form in (stem + ending, "ال" + stem + ending):
                seen.setdefault(form, set()).update(codes)
        if len(_skeleton(stem)) >= 4:
            shapes.setdefault(_skeleton(stem), set()).update(codes)
    for noun, codes in people.items():
        seen.setdefault(noun, set()).update(codes)
    return ({f: next(iter(c)) for f, c in seen.items() if len(c) == 1},
            {k: next(iter(c)) for k, c in shapes.items() if len(c) == 1})


@cache
def _arabic_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """(forms, skeletons, one-word country names, locative words), folded."""
    forms, shapes = _arabic_forms()
    try:
        from translate.align.cues import LOCATIVES
    except ImportError:  # pragma: no cover
        LOCATIVES = ()  # noqa: N806
    # the linking locatives written in Arabic, and the prepositions of direction
    locatives = frozenset(_ar_fold(w) for w in (*LOCATIVES, "إلى", "من")
                          if _AR_WORD.fullmatch(w))
    return forms, shapes, _arabic_stems()[2], locatives


def _arabic_lookup(core: str, forms: Mapping[str, str], shapes: Mapping[str, str]) -> str | None:
    code = forms.get(core)
    if code:
        return code
    bare = core[2:] if core.startswith("ال") else core
    for ending in _AR_ENDINGS:  # أميركي: أمريكي with its ي elsewhere (stems of 5+ letters)
        if bare.endswith(ending) and len(bare) - len(ending) >= 5:
            code = shapes.get(_skeleton(bare[: -len(ending)]))
            if code:
                return code
    return None


def _is_number(word: str) -> bool:
    """Digits, or an Arabic number word of the claims lexicon ("واثنين", "ثلاثة")."""
    if any(ch.isdigit() for ch in word):
        return True
    try:
        from translate.claims.lexicon import get_lexicon, normalise_word
        from translate.claims.words import word_value

        return word_value(normalise_word(word), get_lexicon("ar"), clitics=True) is not None
    except Exception:  # noqa: BLE001 - no lexicon: digits only
        return False


def _origins(text: str) -> set[str]:
    """Countries that counted people come from: a count, من and a country's name ("اثنين
    من اليونان": two from Greece; not "ألف جندي من أفغانستان", where من follows a noun)."""
    try:
        from translate.align.gazetteer import find_places

        found: Any = find_places(text, "ar")
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop linking
        return set()
    out = set()
    for p in found:
        if getattr(p, "kind", "") != "country" or not p.country:
            continue
        before = text[:p.start].split()[-2:]
        if len(before) == 2 and _ar_fold(before[1]) in ("من", "ومن") \
                and _is_number(before[0]):
            out.add(str(p.country).upper())
    return out


def _arabic_nationalities(text: str) -> frozenset[str]:
    """Countries named as a nationality in Arabic ``text`` (module docstring)."""
    forms, shapes, names, locatives = _arabic_tables()
    out: set[str] = set()
    prev = ""
    for m in _AR_WORD.finditer(text):
        raw, word = m.group(0), _ar_fold(m.group(0))
        for clitic in _AR_CLITICS:
            rest = word[len(clitic):]
            if not word.startswith(clitic) or len(rest) < 3:
                continue
            cores = [rest]
            if clitic.endswith("ل") and rest.startswith("ل"):
                cores.append("ا" + rest)  # ل + الـ: للأمريكيين
            hits = [(k, c) for k in cores if (c := _arabic_lookup(k, forms, shapes))]
            if not hits:
                continue
            core, code = hits[0]
            # a name (ألمانيا, السعودية) or shaped like one (بريطانيا, سورية): a place
            # after a locative or with ب/ل joined, and a country's -يا name always
            if _TANWIN not in raw and (core in names or core.endswith(("يا", "ية"))):
                before = prev[1:] if len(prev) > 2 and prev[0] in "وف" else prev
                located = "ب" in clitic or "ل" in clitic or prev in locatives \
                    or before in locatives
                if located or (core in names and not core.endswith("ية")):
                    break
            out.add(code)
            break
        prev = word
    return frozenset(out | _origins(text))


@cache
def nationality_forms(language: str) -> dict[str, str]:
    """Word (or phrase) → ISO code of the nationality it names, for ``language``."""
    dem = _english_demonyms()
    if language == "en":
        return _english_forms(dem)
    if language in ("nb", "no", "nn", "da"):
        return _nordic_forms("nb" if language in ("no", "nn") else language, dem)
    if language == "ar":  # folded forms (no vowel marks, one alif)
        return _arabic_forms()[0]
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
    if language == "ar":  # nisba adjectives and peoples, never a country's name as a place
        return _arabic_nationalities(text)
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
