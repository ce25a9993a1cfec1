"""Morphology for cue words: Danish/Norwegian inflection stems.

Casualty, arrest and displacement words are verbs and participles whose inflected forms no
list is complete for: the lexicon lists "behandlet", "anholdt", "tilbageholdt", "kvæstet";
news also writes "behandlede", "anholdes", "tilbageholdte", "kvæstes". Danish and Norwegian
inflect by suffix (past -ede/-te, participle -et/-t, passive -es), so a word and a listed
cue with the same stem are forms of one verb.
Stems shorter than :data:`MIN_STEM` letters are not compared ("sigt", "liv", "skad" stand
for too many words).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["MIN_STEM", "english_singulars", "passive_participles", "scandinavian_stem",
           "stem_table"]

#: Shortest stem compared; shorter stems are ambiguous.
MIN_STEM = 5
#: Suffixes of what happened, longest first: past (-ede, -te, -de), participle (-et, -t),
#: passive (-es, -edes, -tes). Not the present participle ("tiltalende" is
#: "attractive"), the infinitive or adjective -e ("hjemme" is "at home", not "hjemmet").
_SUFFIXES = ("edes", "ede", "ete", "tes", "es", "et", "te", "de", "t")


def scandinavian_stem(word: str) -> str | None:
    """The stem of a folded Danish/Norwegian word, or ``None`` when it is too short.

    The longest suffix whose removal leaves at least :data:`MIN_STEM` letters is removed.

    Example:
        >>> scandinavian_stem("behandlede"), scandinavian_stem("behandlet")
        ('behandl', 'behandl')
        >>> scandinavian_stem("sigtet"), scandinavian_stem("død") is None
        ('sigte', True)
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[:-len(suffix)]
    return word if len(word) >= MIN_STEM else None


def stem_table(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """``stem -> class`` of the single-word, non-prefix terms of a cue table (first class
    wins; prefix terms already match every inflection)."""
    out: dict[str, str] = {}
    for cls, terms in table.items():
        for term in terms:
            if term.endswith("*") or " " in term:
                continue
            stem = scandinavian_stem(term)
            if stem is not None:
                out.setdefault(stem, cls)
    return out


def passive_participles(word: str) -> tuple[str, ...]:
    """The participles of a Danish/Norwegian s-passive ("savnes" → "savnet", "anholdes" →
    "anholdt"): the passive of a listed participle says the same of its subject. Short
    stems are kept here (the participle must itself be listed to match).

    Example:
        >>> passive_participles("savnes")
        ('savnet', 'savnt')
        >>> passive_participles("les")
        ()
    """
    if len(word) < 6 or not word.endswith("es"):
        return ()
    stem = word[:-2]
    return (stem + "et", stem + "t")


def english_singulars(word: str) -> tuple[str, ...]:
    """Singular candidates of a folded English plural by its regular suffix ("boys" →
    "boy", "casualties" → "casualty", "buses" → "bus"), so a lexicon that lists one form
    reads the other; ``()`` for a word that is not plural-shaped.

    Example:
        >>> english_singulars("boys"), english_singulars("casualties")
        (('boy',), ('casualty', 'casualtie'))
    """
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y", word[:-1])
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return (word[:-2], word[:-1])
    return (word[:-1],)
