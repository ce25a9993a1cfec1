"""Claims of one sentence: the count, its counted noun and the category its clause gives.

:func:`sentence_claims` reads one sentence; :func:`translate.claims.extract.extract_claims`
anchors its claims in documents. See :mod:`translate.claims.extract` for what is a claim
and where its category comes from.
"""

from __future__ import annotations

from translate.claims.bare import (
    CLAUSE_OPENERS,
    FURTHER,
    MORE_AFTER,
    NOUN_HOMOGRAPHS,
    REMAINING,
    SAYING,
    STATE_VERBS,
    SUBJECT_VERBS,
    WHO,
    english_past,
    increment,
    inverted_participle,
    inverted_subject,
    left_over,
    past_verb,
)
from translate.claims.changes import (
    category_before,
    change_role,
    compared,
    figure_noun_before,
    resolve_pairs,
    whole_of,
)
from translate.claims.clause import CONJUNCTIONS as _CONJUNCTIONS
from translate.claims.clause import EVENT_CATEGORIES as _EVENT_CATEGORIES
from translate.claims.clause import NOUN_CUE_REACH as _NOUN_CUE_REACH
from translate.claims.clause import (
    after_conjunction,
    among_group,
    among_them,
    cue_before_adverbs,
    gapped_conjunct,
    governing_change,
    group_noun,
    in_place,
    level_verb_before,
    listed_after,
    measured_noun,
    name_item,
    parallel_object,
    phrase_category,
    place_after,
    place_before,
    verb_before,
)
from translate.claims.cues import aboard, people_shaped, subject_toll, toll_category
from translate.claims.filters import (
    after_month,
    after_worth,
    announces_list,
    arabic_elative,
    arabic_label,
    arabic_time,
    article_one,
    between_reference,
    definite_before,
    definite_unit,
    is_currency,
    is_fraction,
    is_identifier,
    is_score,
    is_unit,
    label_before,
    model_name,
    noun_before_vague,
    ranked,
    relational_phrase,
)
from translate.claims.levels import (
    capacity,
    crowd_drawn,
    level_reached,
    received,
    settlement,
    strength,
)
from translate.claims.lexicon import LANGUAGES, Lexicon, get_lexicon, normalise_word
from translate.claims.noncount import (
    apposed_age,
    compass_after,
    fractional,
    game_noun,
    game_report,
    kind_noun,
    labelled,
    margin_after,
    partition_before,
    result_pair,
    top_rank,
)
from translate.claims.nounphrase import (
    _IRREGULAR_PLURALS,
    FUNCTION_WORDS,
    NounPhrase,
    _plural_shape,
    arabic_adjectives,
    noun_phrase,
)
from translate.claims.quantities import (
    Found,
    agreeing_dual,
    dual_singular,
    hedge_first,
    past_age,
    scan,
)
from translate.claims.tagging import classifier, tag_tokens
from translate.claims.tense import reports_event
from translate.claims.tokens import Token, word_matches
from translate.claims.types import Quantity
from translate.claims.units import MULTIPLIERS, goal_noun, scores, unit_words
from translate.claims.window import (
    AUXILIARIES,
    MODAL_REACH,
    MODALS,
    THAT,
    VERB_WINDOW,
    clause_start,
    clause_window,
    coordinated_end,
    cue_after_apposition,
    is_break,
    nearest,
    next_cue,
    predicate_category,
    relative_clause,
    skip_post_hedge,
)

__all__ = ["sentence_claims", "named_category", "SentenceClaim", "supported_language",
           "LANGUAGE_FALLBACK", "CATEGORY_SOURCES"]

#: Where a claim's category came from: ``lexicon`` (the counted noun is listed),
#: ``noun`` (the noun's form names people: agent or nationality suffix, Arabic plural
#: pattern), ``clause`` (a casualty, arrest, missing or displacement word in the clause, or
#: the group the count belongs to), ``toll`` (a toll word: "dødstallet er 68"),
#: ``antecedent`` (the claim before: "four of them", "163 in Germany and 31 in Belgium"),
#: ``translation`` (the English translation of the sentence,
#: :mod:`translate.claims.evidence`), ``default`` (an unlisted noun of no known form:
#: ``other``).
CATEGORY_SOURCES: tuple[str, ...] = ("lexicon", "noun", "clause", "toll", "antecedent",
                                     "translation", "default")


#: Categories whose count a clause cue (killed, wounded, arrested...) may re-label.
_PERSON_CATEGORIES = frozenset({None, "people", "troops", "killed", "wounded", "missing",
                                "arrested", "displaced"})


#: Languages read with the lexicon of a close one ("nn" Nynorsk with Bokmål).
LANGUAGE_FALLBACK: dict[str, str] = {"nn": "nb", "no": "nb"}


def supported_language(language: str | None) -> str | None:
    """The lexicon language used to read ``language``, or ``None`` when claims are not read.

    Example:
        >>> supported_language("nn"), supported_language("de")
        ('nb', None)
    """
    if language in LANGUAGES:
        return language
    return LANGUAGE_FALLBACK.get(language or "")


class SentenceClaim:
    """A claim found in one sentence, before document offsets and ids are attached."""

    __slots__ = ("quantity", "category", "direction", "change", "start", "end", "noun",
                 "role", "first", "last", "source")

    def __init__(self, quantity: Quantity, category: str, direction: str | None,
                 change: str | None, start: int, end: int, noun: str | None = None,
                 role: str | None = None, first: int = 0, last: int = 0,
                 source: str | None = None) -> None:
        self.quantity, self.category = quantity, category
        self.direction, self.change = direction, change
        self.start, self.end = start, end
        self.noun, self.role = noun, role
        self.first, self.last = first, last
        self.source = source  # one of CATEGORY_SOURCES


#: "other" before a noun; as a head ("200 andre", "40 others") it counts people.
#: "between" opening a range of two numbers (closed class).
_RANGE_OPEN = frozenset({"between", "mellem", "imellem", "mellom", "بين"})

_OTHER_WORDS = frozenset({"andre", "other", "others"})


def _listed_persons(noun: str, source: str | None, cat_look) -> bool:
    """The counted noun is a listed noun of persons ("boys", "gidsler", "ansatte") or a
    compound ending in one ("gunmen", "fishermen"); not "others"/"andre", which refer back
    to a group already counted ("the two others")."""
    norm = normalise_word(noun)
    if norm in _OTHER_WORDS:
        return False
    if source == "lexicon":
        return True
    return source == "noun" and any(cat_look(norm[k:]) == "people"
                                    for k in range(1, len(norm) - 2))


#: Largest exact count of a thing of no known kind that a sentence without a past verb
#: form keeps: "two particles", "three sides" describe; a figure reports
#: (:func:`translate.claims.tense.reports_event`).
_DESCRIPTIVE_MAX = 3


#: "of" between a group and the count that measures it ("a force of 2,400 men", "en
#: angrebsstyrke på 2.400 mænd"; closed class).
_GROUP_OF = {"en": frozenset({"of"}), "da": frozenset({"på", "af"}),
             "nb": frozenset({"på", "av"}), "ar": frozenset()}


#: Collective nouns of persons (closed class): a bare count after one and "of" measures
#: the group ("the team of 13", "en gruppe på 30", "a crew of 12").
_COLLECTIVES = {"en": frozenset({"team", "crew", "group", "delegation", "contingent",
                                 "squad", "party"}),
                "da": frozenset({"hold", "holdet", "gruppe", "gruppen", "besætning",
                                 "delegation", "kontingent"}),
                "nb": frozenset({"lag", "laget", "gruppe", "gruppen", "gruppa", "besetning",
                                 "delegasjon", "kontingent"})}


def _measured_group(tokens: list[Token], first_tok: int, lang: str, cat_look) -> str | None:
    """Category of the group noun a count of people measures: "regiments of 200 men",
    "angrebsstyrke på 2.400 mænd" (the noun right before "of"), else ``None``."""
    if first_tok < 2 or tokens[first_tok - 1].norm not in _GROUP_OF.get(
            lang, frozenset()) or tokens[first_tok - 2].kind != "word":
        return None
    return cat_look(tokens[first_tok - 2].norm)


#: Nouns that count the members of a force without saying which (closed class): Norwegian
#: "mann" and Danish "mand" in the singular after a count above one ("om lag 450 mann"),
#: Arabic "عنصر" (element) and "فرد" (individual). Troops in a sentence that names a
#: military force, people elsewhere ("نشرت الشرطة ٤٠٠ عنصر").
_STRENGTH_NOUNS = {"nb": frozenset({"mann"}), "da": frozenset({"mand"}),
                   "ar": frozenset({"عنصر", "عنصرا", "فرد", "فردا", "افراد"})}

#: Words that name a military force or its institutions (closed class), beside the
#: lexicon's nouns of troops.
_MILITARY = {"en": frozenset({"army", "military", "nato", "navy"}),
             "nb": frozenset({"hæren", "hær", "forsvaret", "nato", "militære", "militær"}),
             "da": frozenset({"hæren", "hær", "forsvaret", "nato", "militære", "militær"}),
             "ar": frozenset({"الجيش", "جيش", "الناتو", "العسكريه", "العسكري"})}


def _military(tokens: list[Token], skip: range, lang: str, cat_look) -> bool:
    """The sentence names a military force outside the tokens of ``skip`` (the count's
    own phrase): a noun of troops ("soldater", "الجنود", "brigaden") or an army."""
    military = _MILITARY.get(lang, frozenset())
    return any(k not in skip and t.kind == "word" and (
        t.norm in military or cat_look(t.norm) == "troops") for k, t in enumerate(tokens))


def _shelters(tokens: list[Token], f: Found, cue_of: list, lang: str) -> bool:
    """The count of ``f`` counts places of shelter: the object of a preposition of place
    whose noun (past at most one modifier) is a word of displacement ("in 1,568 relief
    camps", "i 1.568 nødlejre", "في 1568 مخيما"). A count of things, where the people
    counted before it stay."""
    first = hedge_first(tokens, f.first, f.quantity)  # "in about 3,200 camps"
    if not in_place(tokens, first, lang):
        return False
    for k in range(f.last, min(len(tokens), f.last + 2)):
        if tokens[k].kind != "word":
            return False
        if cue_of[k] == "displaced":
            return True
    return False


_SHELTER_REACH = 6  # tokens from a count of people to the places that shelter them


def _place_of_shelter(tok: Token, lang: str, cat_look) -> bool:
    """The word right after a count is a noun of a place of shelter, a word of displacement
    that names no persons and has no verb form ("3,200 camps", "٣٥٠٠ مخيم طبي",
    "1.568 nødlejre"; not "2,000 displaced", "500 fled", "300 evakueret")."""
    if tok.kind != "word" or cat_look(tok.norm) is not None:
        return False
    if lang == "en":
        return _plural_shape(tok.norm, lang) and not tok.norm.endswith(("ed", "ing"))
    if lang in ("da", "nb"):
        return not (tok.norm.endswith(("et", "ede", "te", "t")) or past_verb(tok, lang))
    return True


#: Smallest bare figure with a place and no noun read as an ellipsis of the count before
#: ("80.000 i Paris"); "3 in the first half" is a score or a rank.
_ELLIPSIS_MIN = 10


#: Danish/Norwegian genitive endings of a definite plural ("landenes", "soldaternes").
_GENITIVE_PLURAL = ("enes", "ernes")


def _possessor(tokens: list[Token], last: int, lang: str) -> bool:
    """The noun at ``tokens[last]`` is a possessor ("the two countries' treaty", "the two
    men's car", "de to landenes avtale"): it names whose, it is no count of its own."""
    tok = tokens[last]
    if lang == "en":
        return tok.norm.endswith(("'s", "’s")) or (
            last + 1 < len(tokens) and tokens[last + 1].text in ("'", "’")
            and tokens[last + 1].start == tok.end)
    return lang in ("da", "nb") and tok.norm.endswith(_GENITIVE_PLURAL)


def _last_item(tokens: list[Token], prev_last: int, first_tok: int, lex: Lexicon) -> bool:
    """The count at ``first_tok`` is the last item of a list after the claim ending at
    ``prev_last``, joined by "and" ("10 farm workers and one Filipino", "fire kvinder og
    en mand"; not the first of the items that spell out a count: "to børn, en dreng på
    tre år og ...")."""
    return first_tok > 0 and tokens[first_tok - 1].norm in _CONJUNCTIONS and listed_after(
        tokens, prev_last, first_tok, lex)


#: Arabic "the others" after a definite number ("الأربعة الآخرون": the other four; closed
#: class, folded).
_AR_OTHERS = frozenset(normalise_word(w) for w in ("الآخرون", "الآخرين", "الأخريات",
                                                   "الباقون", "الباقين", "الآخرتان"))


#: Arabic sound masculine plural endings (folded): the plural of persons ("المسلحين").
_AR_SOUND_PLURAL = tuple(normalise_word(w) for w in ("ين", "ون"))


#: Infinitive markers (closed class): the word after one is a verb ("at ofre", "å ofre").
_INFINITIVE = {"da": frozenset({"at"}), "nb": frozenset({"å"})}


#: "with" between a name and a bare figure (closed class): "followed by Balochistan with
#: 336", "efterfulgt af Sindh med 336".
_WITH = {"en": frozenset({"with"}), "da": frozenset({"med"}), "nb": frozenset({"med"})}


def _name_with(tokens: list[Token], first_tok: int, lang: str) -> bool:
    """A bare figure after a name and "with": the name's share of the count before in the
    sentence ("Sindh accounts for 792 of the deaths, followed by Balochistan with 336")."""
    return first_tok >= 2 and tokens[first_tok - 1].norm in _WITH.get(lang, ()) and (
        tokens[first_tok - 2].kind == "word" and tokens[first_tok - 2].text[:1].isupper())


def _object_relative(tokens: list[Token], j: int, lang: str) -> bool:
    """The relative pronoun at ``tokens[j]`` is the object of its clause: a subject noun
    follows it, a name or a definite noun ("som myndighetene oppga", "som politiet
    meldte"), not the clause's verb ("som omkom")."""
    if lang not in ("da", "nb") or j + 2 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return nxt.kind == "word" and tokens[j + 2].kind == "word" and (
        nxt.text[:1].isupper() or (len(nxt.norm) > 4 and nxt.norm.endswith(
            ("ene", "erne", "en", "et")) and not past_verb(nxt, lang)))


#: Nouns of disease cases (closed class): a case is no casualty, so a count of cases listed
#: after a toll ("1500 liv, og 4300 tilfeller er registrert") does not take its category.
_CASE_NOUNS = {"en": frozenset({"cases", "case"}), "da": frozenset({"tilfælde"}),
               "nb": frozenset({"tilfeller", "tilfelle"})}


#: "most"/"more" before a noun that a figure after a comma counts ("the most cases, 717").
_MOST = {"en": frozenset({"most", "more"}), "da": frozenset({"flest", "flere"}),
         "nb": frozenset({"flest", "flere"})}


_COMPARED_REACH = 5  # tokens from a figure to the one set against it ("against X's 2,916")


#: English singular auxiliaries: the verb of "One more was found" (its count is one).
_SINGULAR_AUX = frozenset({"was", "is", "has"})


def _about(out: list[SentenceClaim], antecedent: str | None) -> str | None:
    """The count a bare figure is about: the sentence's last claim of a known kind, else the
    document's (``antecedent``)."""
    return next((c.category for c in reversed(out) if c.category not in ("other", "_pending")),
                antecedent)


_APPOSITION = 6  # tokens of ", all women," between "three of them" and its verb


def _subject_after(tokens: list[Token], k: int, lang: str) -> bool:
    """A plural auxiliary or a past verb at ``k`` (past a comma-enclosed apposition): the
    phrase before is the subject of its clause ("Three of them, all women, were released")."""
    if k < len(tokens) and tokens[k].text == ",":
        k = next((m + 1 for m in range(k + 1, min(len(tokens), k + 2 + _APPOSITION))
                  if tokens[m].text == ","), len(tokens))
    return k < len(tokens) and (tokens[k].norm in SUBJECT_VERBS.get(lang, ()) or past_verb(
        tokens[k], lang) or english_past(tokens, k, lang) or tokens[k].norm in (
        STATE_VERBS if lang in ("da", "nb") else _STATE_VERBS_EN if lang == "en" else ()))


#: English verbs of staying after a count (closed class): "Five of them remain in hospital".
_STATE_VERBS_EN = frozenset({"remain", "remains", "remained", "stay", "stays", "live"})


def _definite(q: Quantity, f: Found, noun: Token, category: str,
              source: str) -> SentenceClaim:
    """An Arabic definite number and the noun right before it ("الرهائن الثلاثة"): one
    claim of ``category``, quoted from the noun."""
    return SentenceClaim(q, category, None, None, noun.start, q.end, noun.text, None,
                         f.first - 1, f.last - 1, source)


def _infection(tokens: list[Token], lex: Lexicon) -> frozenset[str]:
    """The words of the sentence that name infection rather than injury: its ``infection``
    words (Arabic "إصابة") when a word of an outbreak stands in it ("وباء", "فيروس",
    "بالكوليرا"), else none."""
    if not lex.infection or not any(
            t.kind == "word" and word_matches(t.norm, lex.outbreak, lex) for t in tokens):
        return frozenset()
    return frozenset(t.norm for t in tokens if t.kind == "word" and word_matches(
        t.norm, lex.infection, lex))


def named_category(text: str, language: str, *, lexicon: Lexicon | None = None) -> str | None:
    """The one kind of count a sentence names by its casualty words when it states no
    figure ("er listen over savnede blevet kortere", "the number of people missing fell"):
    the antecedent of a bare figure in the sentences after it ("Søndag faldt antallet fra
    1.202 til 993"). ``None`` when it names none or several kinds.

    Example:
        >>> named_category("Listen over savnede er blevet kortere.", "da")
        'missing'
    """
    lex = lexicon or get_lexicon(supported_language(language) or language)
    tokens, found = scan(text, lex.language, lexicon=lex)
    kinds = {c for c in tag_tokens(tokens, found, lex).cue_of if c is not None}
    return next(iter(kinds)) if len(kinds) == 1 else None


def sentence_claims(text: str, language: str, *, lexicon: Lexicon | None = None,
                    antecedent: str | None = None) -> list[SentenceClaim]:
    """Claims of one sentence, with offsets relative to ``text``.

    Args:
        text: The sentence.
        language: ``en``, ``da``, ``nb`` or ``ar`` (``nn``/``no`` are read as ``nb``).
        lexicon: Lexicon to use instead of the built-in one (e.g. with extra categories).
        antecedent: Category of the count the text before this sentence is about (its
            document's last claim of a known kind, or before any claim the one kind a
            sentence without a figure names: :func:`named_category`), when there is one:
            a figure that does not say what it counts takes it when its sentence names
            nothing either ("On Friday he raised that figure to 441", "CGT oppga 700 000
            for hovedstaden", "Heraf bor næsten 600.000 i nødlejre").

    Returns:
        One :class:`SentenceClaim` per claimed quantity, in text order.

    Raises:
        ValueError: If the language has no lexicon and none is given.
    """
    lex = lexicon or get_lexicon(supported_language(language) or language)
    lang = lex.language
    tokens, found = scan(text, lang, lexicon=lex)
    if not found:
        return []
    cat_look = classifier(lex.categories, lex, "cat")
    infection = _infection(tokens, lex)
    if infection:  # "عدد الإصابات بالكوليرا": cases of a disease, not injuries
        by_noun = cat_look

        def cat_look(norm: str) -> str | None:
            return "people" if norm in infection else by_noun(norm)

    def noun_category(tok: Token) -> str | None:
        if tok.kind != "word":
            return None
        return cat_look(tok.norm) or ("people" if people_shaped(tok, lang) else None)

    tags = tag_tokens(tokens, found, lex)
    words, cue_of, dir_of, is_cue, is_num = (list(tags.words), list(tags.cue_of),
                                             list(tags.dir_of), list(tags.is_cue),
                                             list(tags.is_num))
    for k, tok in enumerate(tokens):
        if tok.norm in infection:
            cue_of[k] = None
            is_cue[k] = dir_of[k] is not None
    function = FUNCTION_WORDS.get(lang, frozenset())
    units = unit_words(lang)
    multipliers = MULTIPLIERS.get(lang, frozenset())
    out: list[SentenceClaim] = []
    placed: set[int] = set()  # ids of the quantities of claims that say where ("på fem
    # hospitaler")
    referring: set[int] = set()  # ids of the quantities of definite references kept ("the
    # two blasts"): no antecedent of "N of them"
    definite: set[int] = set()  # ids of the quantities of every definite claim ("the 10
    # gunmen", "الرهائن الثلاثة"): they refer to a figure, they state none

    def stated() -> str | None:
        """The category of the figure the text states before (not a definite reference)."""
        return next((c.category for c in reversed(out) if c.category not in (
            "other", "_pending") and id(c.quantity) not in definite), antecedent)
    items: list[int] = []  # figures of the sentence listed per name (read once, when needed)

    def name_items() -> int:
        if not items:
            items.append(sum(name_item(tokens, hedge_first(tokens, g.first, g.quantity),
                                       skip_post_hedge(tokens, g.last, lex), lang, function)
                             for g in found if g.quantity.kind == "count"))
        return items[0]
    event: bool | None = None  # the sentence has a past verb form (read once, when needed)
    scoring: list[bool] = []  # the sentence has a verb of scoring (read once, when needed)

    def scored() -> bool:
        if not scoring:
            scoring.append(scores((t.norm for t in tokens), lang))
        return scoring[0]
    game: list[int] = []  # how surely the sentence reports a game (read once, when needed)

    def reports_game() -> int:
        if not game:
            game.append(game_report(tokens, lang))
        return game[0]

    for n, f in enumerate(found):
        q = f.quantity
        if lang == "ar" and q.words and q.hedge != "vague" and q.text.startswith("ال"):
            definite.add(id(q))
            # "الخمسين", "الاثني عشر": a definite number names or refers, it does not count;
            # after a definite casualty noun it states the figure ("الضحايا التسعة": the nine
            # victims, as English keeps "the nine victims"); after a listed noun of persons
            # it counts them ("الرهائن الثلاثة": the three hostages)
            prev = tokens[f.first - 1] if f.first > 0 else None
            victims = cat_look(prev.norm) if prev is not None and prev.kind == "word" and \
                prev.norm.startswith("ال") else None
            if q.kind == "count" and victims in _EVENT_CATEGORIES and prev is not None:
                out.append(_definite(q, f, prev, victims, "lexicon"))
            elif q.kind == "count" and prev is not None and prev.kind == "word" and \
                    prev.norm.startswith("ال") and (victims in _PERSON_CATEGORIES or (
                        victims is None and people_shaped(Token(
                            "word", prev.norm[2:], prev.start, prev.end, prev.norm[2:]),
                            lang))):
                # "المسلحين الأربعة قتلوا": the four gunmen, with the verb of what happened
                # to them right after (English keeps "the four gunmen were killed")
                happened = cue_of[f.last] if f.last < len(tokens) and not tokens[
                    f.last].norm.startswith("ال") else None  # a verb, not a new subject
                if happened in _EVENT_CATEGORIES:
                    out.append(_definite(q, f, prev, happened, "clause"))
                elif victims == "people":
                    # "أنقذت المروحيات أفراد الطاقم الاثني عشر": a listed noun of persons
                    # and its count, as English keeps "the twelve crewmembers"; a casualty
                    # verb right before them says what happened ("قتل الرهائن الثلاثة"),
                    # unless a count follows in the clause: its object ("قتل المسلحون
                    # العشرة ثلاثة أشخاص", the ten gunmen killed three people)
                    c_lo, c_hi = clause_window(tokens, found, n)
                    before = verb_before(tokens, cue_of, f.first - 1, c_lo, is_num)
                    if before in _EVENT_CATEGORIES and not (
                            n + 1 < len(found) and found[n + 1].first <= c_hi):
                        out.append(_definite(q, f, prev, before, "clause"))
                    else:
                        out.append(_definite(q, f, prev, "people", "lexicon"))
                elif victims is None and prev.norm.endswith(_AR_SOUND_PLURAL) and len(
                        prev.norm) > 6 and tokens[f.first].norm not in lex.weekdays and (
                        stated() is not None):
                    # "الانتحاريين الثلاثة": a sound masculine plural, the form of persons,
                    # in a text that counts people of a known kind, as "the three suicide
                    # bombers" (not "الكوارث الاثنين", Monday; "الأيام الثلاثة": days)
                    out.append(_definite(q, f, prev, "people", "noun"))
            elif q.kind == "count" and tokens[f.first].norm not in lex.weekdays and (
                    f.last < len(tokens) and (tokens[f.last].norm in WHO["ar"]
                                              or tokens[f.last].norm in _AR_OTHERS)):
                # standing alone before a relative pronoun or "the others": "الخمسة الذين
                # قتلوا" (the five who were killed), "الأربعة الآخرون فهم رهن الاعتقال"
                # (the other four are in custody): what its clause says of them, else the
                # rest of the group counted before
                c_lo, c_hi = clause_window(tokens, found, n)
                after, _ = next_cue(tokens, cue_of, f.last + 1, c_hi, is_num, function,
                                    limit=4)
                rest = _about(out, antecedent) if tokens[f.last].norm in _AR_OTHERS else None
                alone = after or rest
                if alone:
                    out.append(SentenceClaim(q, alone, None, None, q.hedge_start,
                                             tokens[f.last].end, None, None, f.first,
                                             f.last, "clause" if after else "antecedent"))
            continue
        if q.kind != "count" or is_identifier(tokens, f) or after_month(tokens, f, lex) or (
                tokens[f.first].norm in multipliers or tokens[f.first].norm in lex.weekdays
                or tokens[f.last - 1].norm in multipliers):
            continue  # "twice", "to ganger" (twice), Arabic "الاثنين" (Monday)
        lo, hi = clause_window(tokens, found, n)
        first_tok = hedge_first(tokens, f.first, q)  # with the hedge's tokens
        vague = q.hedge == "vague" or (q.words and q.value is not None and q.value >= 100
                                       and q.value % 100 == 0 and f.last - f.first == 1)
        if noun_before_vague(tokens, f, first_tok, lo, lex, cue_of, dir_of, function):
            continue  # "test scores", "credit scores": a noun, not a quantity
        if is_score(tokens, found, n) or result_pair(tokens, found, n, lang, reports_game(),
                                                     function):
            continue  # "3-0 seier", "5-3 sejr", "won 112–98", "21 to 20": a result
        if fractional(q) or apposed_age(tokens, f, first_tok) or top_rank(
                tokens, first_tok, lang) or compass_after(tokens, f.last, lang) or (
                first_tok == f.first and labelled(tokens, f.first, f.last, lang,
                                                   noun_category)) or (
                margin_after(tokens, f.last, lang, reports_game())):
            continue  # "a magnitude of 6.4", "The man, 85, died", "the top 10", "35 غربا",
            # "number 7", "flight 370", "five ahead of Bowyer": a measure, an age, a rank,
            # a name or a margin, not a count (translate.claims.noncount)
        if label_before(tokens, f, first_tok, lo) and not (
                (q.value or 0) > 1 and any(_plural_shape(t.norm, lang) for t in tokens[
                    f.last:f.last + 2] if t.kind == "word" and t.text.islower())) and not (
                out and (f.last >= len(tokens) or tokens[f.last].kind != "word")
                and (place_before(tokens, first_tok, lang)
                     or gapped_conjunct(tokens, first_tok, f.last, lang))):
            continue  # "Formula 1 championship", "Kategori 4 storm": part of a name (not
            # the place of an ellipsis: "40 were killed in Texas, and in Ohio 12.")
        if model_name(tokens, f, first_tok, lang):
            continue  # "Boeing's 737 Max jets": a model, not a count
        if after_worth(tokens, first_tok, lang):
            continue  # "a picture is worth a thousand words": a value, not a count
        if first_tok > 0 and tokens[first_tok - 1].norm in lex.century_before:
            continue  # "القرن 17 تحيط": the 17th century, whatever follows
        if lang == "ar" and arabic_elative(tokens, first_tok):
            continue  # "من أكبر 37 دولة": one of the 37 largest, a ranking
        if lang == "ar" and arabic_label(tokens, f, first_tok, cat_look, cue_of):
            continue  # "المادة 247 من الدستور", "القرن 17": article 247, the 17th century
        # "the two attacks", "de to angrepene", "fredagens to angreb": a reference to things
        # counted before (people with a casualty word, "the 10 gunmen were killed", stay)
        reference = q.hedge == "exact" and (q.value or 0) < 20 and definite_before(
            tokens, first_tok, lang)
        j = skip_post_hedge(tokens, f.last, lex)
        dual = (dual_singular(tokens[f.first].norm, lex) or agreeing_dual(tokens, f.first)) \
            if lang == "ar" and q.words and q.value == 2 and f.last - f.first == 1 else None
        if dual is not None and (is_unit(dual, units, lang) or dual in multipliers or (
                game_noun(tokens[f.first].norm, lang, reports_game()))):
            continue  # "ساعتين" (two hours), "مرتين" (twice)
        if dual is not None:  # "طائرتين": the dual noun is its own count
            dual_category = cat_look(dual) or cat_look(tokens[f.first].norm)
            dual_source = "lexicon" if dual_category else "default"
            if dual_category is None and agreeing_dual(tokens, f.first) and people_shaped(
                    Token("word", dual, tokens[f.first].start, tokens[f.first].end, dual),
                    lang, count=3):  # "طالبان سويديان": the singular's form names persons
                dual_category, dual_source = "people", "noun"
            dual_category = dual_category or "other"
            if dual_source in ("default", "noun") and (announces_list(
                    tokens, arabic_adjectives(tokens, f.first, hi, lex, cat_look), lang)
                    or relational_phrase(tokens, f.first, lang)
                    or partition_before(tokens, f.first, lang)
                    or kind_noun(tokens[f.first].norm, lang)):
                continue  # "مشكلتين؛": two problems, then what they are
            dual_cue, _, _ = nearest(cue_of, f.first, f.last, lo, hi, is_num, tokens)
            if dual_cue is not None and dual_category in _PERSON_CATEGORIES and (
                    dual_cue != dual_category):
                dual_category, dual_source = dual_cue, "clause"
            dual_group = among_group(tokens, f.first, f.first, lo, hi, lang, noun_category,
                                     cue_of) if dual_category in ("people", "other") else None
            if dual_group:  # "بين القتلى طالبان": part of the killed
                dual_category, dual_source = dual_group, "clause"
            out.append(SentenceClaim(q, dual_category, None, None, q.hedge_start, q.end,
                                     tokens[f.first].text, None, f.first, f.first,
                                     dual_source))
            continue
        j_noun = past_age(tokens, found, n, j, lex)
        if j_noun > j:  # "two 17-year-old Danes": the age is an adjective of the noun
            hi = max(hi, clause_window(tokens, found, n + 1)[1])
        np = noun_phrase(tokens, j_noun, hi, lex, vague=vague, is_cue=is_cue)
        if np is not None and np.first == np.head == j and definite_unit(
                tokens[j].norm, units, lang):
            np = None  # "mod 832 dagen før": a time after a bare figure, not its noun
        time_after = arabic_time(tokens, j, lang)
        if time_after:
            np = None  # "بعد أن كان 79 مساء الأربعاء": when, not what
        if np is None and not time_after and j < hi and tokens[j].kind == "word" and \
                tokens[j].text.islower() \
                and is_unit(tokens[j].norm, units, lang) and not (
                    tokens[j].norm in function and len(tokens[j].norm) <= 2):
            continue  # "sentences of over 10 years or death": a duration, whatever follows
            # (a two-letter unit symbol that is also a preposition is one: "2,400 in Mali")
        part_of = whole_of(tokens, found, n, j, lex)
        if part_of is not None and (np is None or np.head < found[part_of].first):
            # (a possessor before the whole is no counted noun: "of the company's 17")
            # "Three of the five suspects", "3 af de 5 mistenkte", "250 of the 1,100 homes":
            # counted by the noun of the whole; its clause gives the cue
            hi = max(hi, clause_window(tokens, found, part_of)[1])
            np = noun_phrase(tokens, found[part_of].last, hi, lex, is_cue=is_cue)
        noun: str | None = None
        category: str | None = None
        source: str | None = None  # where the category came from (CATEGORY_SOURCES)
        end = q.end
        # a casualty, arrest, missing or displacement word in the clause
        if out and out[-1].last >= lo:
            lo = out[-1].last + 1  # "ti døde og reddet 27 overlevende": not the noun before
        cue, dist, cue_after = nearest(cue_of, f.first, f.last, lo, hi, is_num, tokens)
        if cue and not cue_after and out and out[-1].last < f.first - dist and any(
                tokens[k].norm in _CONJUNCTIONS for k in range(f.first - dist + 1, first_tok)):
            # "Five people were killed and 2,500 troops were deployed": the verb before "and"
            # is the predicate of the count before it, not of this one
            cue, dist, cue_after = nearest(cue_of, f.first, f.last, f.first, hi, is_num,
                                            tokens)
        last_tok = f.last - 1
        if np is not None and not np.of_them and lang in ("da", "nb") and (
                tokens[np.head].text[:1].isupper() and tokens[np.head].text[1:2].islower()
                and cat_look(tokens[np.head].norm) is None
                and not people_shaped(tokens[np.head], lang)
                and not _plural_shape(tokens[np.head].norm, "en")):
            # "fem foran Bowyer": a name, Danish/Norwegian nouns are lower-case (a foreign
            # plural such as "100 000 Taínos" stays a counted noun)
            np = None
        if np is not None and np.of_them:
            clause_cue, _, _ = nearest(cue_of, f.first, np.last + 1, lo, hi, is_num)
            # the antecedent is the claim before (not one that only says where: "Tolv er
            # indlagt på fem hospitaler, syv af dem på intensiv"); none ("eight weeks, four
            # of them"): no claim
            who = [c for c in out if id(c.quantity) not in placed | referring] or [
                c for c in out if id(c.quantity) not in referring]
            category = clause_cue or (who[-1].category if who else None)
            source = "clause" if clause_cue else "antecedent"
            if category is None:  # "Mindst 12 af dem var børn": the predicate noun says who
                category = predicate_category(tokens, np.last + 1, hi, lang, noun_category)
                source = "clause"
            if category is None and n == 0 and _subject_after(tokens, np.last + 1, lang):
                # "Otte af dem er fløjet til USA": the verb's subject, its antecedent in an
                # earlier sentence ("Eight weeks, four of them were hard": weeks, no claim)
                category = antecedent if antecedent is not None and (
                    antecedent in _PERSON_CATEGORIES) else "people"
            if category is None and n == 0 and antecedent is not None:
                # "er knap 1,2 millioner af dem kommet til Polen", "Rundt 810 av dem holder
                # til i leiren": the first count of its sentence, of the group the text
                # counted before
                category = antecedent
            end, last_tok = tokens[np.last].end, np.last
        elif np is not None:
            head = tokens[np.head]
            first_word = tokens[np.first].norm
            if len(head.text) == 1 or (head.text.isupper() and len(head.text) <= 3
                                       and cat_look(head.norm) is None):
                continue  # "30 m", "1.000 f.Kr.", "11.000 US$": abbreviations, not nouns
            if is_unit(head.norm, units, lang) or is_fraction(head.norm, lex) or (
                    is_currency(head.norm, lang) and not (
                    lang == "ar" and people_shaped(head, lang, count=q.value))) or (
                    # (an Arabic nisba is both a people and a currency: "أفغانيا", Afghans;
                    # not English "rupees", shaped like "employees")
                    first_word in multipliers) or (
                    head.norm in multipliers) or (
                    is_unit(first_word, units, lang) and tokens[np.first].text.islower()) or (
                    goal_noun(head.norm, lang) and scored()) or (
                    game_noun(head.norm, lang, reports_game())) or (
                    margin_after(tokens, np.last + 1, lang, reports_game())):
                continue  # measure, duration or multiplier ("20 km away", "three days")
            if lang == "ar" and not vague and head.norm.startswith("ال") and np.first == j:
                continue  # "الفرقة 82 المحمولة": a label; counted Arabic nouns are indefinite
            if ranked(tokens, first_tok, range(np.first, np.head), lang) and (
                    phrase_category(tokens, np.head, hi, lex) or cat_look(head.norm)
            ) not in _EVENT_CATEGORIES:
                continue  # "the 400 richest Americans": a top-N list, a rank ("the three
                # youngest victims" are still victims)
            category = phrase_category(tokens, np.head, hi, lex) or cat_look(head.norm)
            source = "lexicon"
            if category is None:
                for k in range(np.first, np.head):
                    if tokens[k].norm in _OTHER_WORDS:
                        continue  # "fem andre sportsgrene": "other", not "others"
                    category = cat_look(tokens[k].norm) if words[k] else None
                    if category is None and words[k] and lang in ("da", "nb") and \
                            people_shaped(tokens[k], lang) and not people_shaped(head, lang):
                        category = "people"  # "700 brandfolk kæmper": nouns do not stack
                        source = "noun"
                    if category:  # a listed noun wins: "200 frivillige leder efter ..."
                        np = NounPhrase(k, np.first, k)
                        head = tokens[k]
                        break
            if category is None and np.first == np.head and (cue_of[np.head] or (
                    lang in ("da", "nb") and head.norm.endswith(("et", "ede"))
                    and len(head.norm) > 4) or past_verb(head, lang)):
                np = None  # "40 skadet", "1.602 bekræftet dræbt": a verb, not a noun
            elif category is None and lang == "en" and (
                    (np.first == np.head and head.norm.endswith(("ed", "ing")))
                    or (q.value != 1 and not _plural_shape(head.norm, lang)
                        and head.norm not in _IRREGULAR_PLURALS
                        and not people_shaped(head, lang))):
                np = None  # "110 diagnosed with...", "3 remain missing": a verb, not a noun
            else:
                one_listed = q.words and q.value == 1 and bool(out) and out[-1].noun is not None \
                    and out[-1].category in _PERSON_CATEGORIES and _last_item(
                        tokens, out[-1].last, first_tok, lex)
                if one_listed and category is None:
                    # "10 Thai farm workers and one Filipino", "fire kvinder og en mand": the
                    # last item of a list of persons counts what the items before count
                    category, source = out[-1].category, "antecedent"
                if category is None and q.words and q.value == 1 and cue is None:
                    continue  # "one reason", "one friend": too ambiguous without a cue
                if category is None:
                    category = "people" if people_shaped(head, lang, count=q.value) \
                        else "other"
                    source = "noun" if category == "people" else "default"
                noun = head.text
                last = np.last
                if lang == "ar":  # adjectives follow: "30 مركبة مدرعة", "2500 جندي أمريكي"
                    last = arabic_adjectives(tokens, np.head, hi, lex, cat_look)
                if part_of is None or np.first < found[part_of].first:
                    end, last_tok = tokens[last].end, last  # else the quote stays "Three"
        if category in ("people", "other") and noun is not None and normalise_word(
                noun) in _STRENGTH_NOUNS.get(lang, ()) and (lang == "ar" or (q.value or 0) > 1):
            # "om lag 450 mann", "نحو ألف عنصر": members of a force; troops where the
            # sentence names a military one
            military = _military(tokens, range(first_tok, last_tok + 1), lang, cat_look)
            category, source = ("troops", "clause") if military else ("people", "noun")
        if category == "people" and noun is not None and _measured_group(
                tokens, first_tok, lang, cat_look) == "troops":
            category, source = "troops", "clause"  # "an assault force of 2,400 men"
        if category == "people" and noun is not None and cue is None and (
                normalise_word(noun) not in infection):
            # "Dødstallet er steget til 63 mennesker", "الحصيلة السابقة ٢٣ رهينة": a toll
            # of the dead (or hurt...) stated before a noun of people counts them (a toll
            # with its own figure before this one is that figure's: "dødstallet er 11, og
            # 36 personer er smittet")
            toll = toll_category(tokens, first_tok, max(clause_start(tokens, first_tok), (
                out[-1].last + 1) if out else 0), lex, cue_of, noun_category=noun_category)
            if toll in _EVENT_CATEGORIES:
                category, source = toll, "toll"
        if category == "people" and noun is not None and cue is None and n + 1 < len(
                found) and found[n + 1].first - last_tok <= _SHELTER_REACH and not any(
                    is_break(tokens, k) for k in range(last_tok + 1, found[n + 1].first)) \
                and _shelters(tokens, found[n + 1], cue_of, lang):
            # "More than 223,000 people are sheltering in 1,568 relief camps": the people
            # staying in places of shelter are displaced
            category, source = "displaced", "clause"
        # "firefighters who were sent there were still unaccounted for": the relative
        # clause describes the noun; the verb after it is the count's predicate
        relative = relative_clause(tokens, last_tok + 1, lang) if noun is not None else None
        if np is None and not (category and noun is None and out):  # standing alone
            after, dist_a = next_cue(tokens, cue_of, f.last, hi, is_num, function)
            before_cue = cue_before_adverbs(tokens, cue_of, first_tok, lo, lex)
            source = "clause"
            superlative = noun_category(tokens[first_tok - 2]) if first_tok >= 3 and tokens[
                first_tok - 1].text == "," and tokens[first_tok - 3].norm in _MOST.get(
                    lang, ()) and (not out or out[-1].last < first_tok - 2) else None
            if superlative:
                # "the most cases, 717", "the most deaths, 367": the noun of a superlative
                # right before the comma counts the figure after it
                category = superlative
            elif out and out[-1].category not in ("other", "_pending") and (
                    out[-1].last >= first_tok - _COMPARED_REACH) and compared(
                        tokens, first_tok, lang):
                # "9,780 against 8,115, although ... more deaths": set right against the
                # figure before, it counts the same, whatever the next clause says
                category, source = out[-1].category, "antecedent"
            elif after and dist_a <= 3:
                category = after  # "25 were killed", "dozens more were injured"
            elif before_cue and not (q.words and (
                    tokens[first_tok].norm in NOUN_HOMOGRAPHS.get(lang, ())
                    or tokens[first_tok].norm in lex.one_words)):
                category = before_cue  # "killed 25", "dræbte ni" (not "anholdt tyve": thieves)
            else:
                about = _about(out, antecedent)
                category = toll_category(tokens, first_tok, clause_start(tokens, first_tok),
                                         lex, cue_of, noun_category=noun_category, bare=about)
                if category is None:
                    # "The number of people killed by the wildfire that swept through the
                    # resort of Mati, east of Athens, rose to 74": the toll is the subject
                    # of the sentence, however long its description (no claim between)
                    by_subject, at = subject_toll(tokens, first_tok, lex, cue_of,
                                                  noun_category=noun_category, bare=about)
                    if by_subject is not None and not (out and out[-1].last >= at):
                        category = by_subject
                source = "toll" if category is None or category != about else "antecedent"
            if category is None:  # "opgjorde deltagerne til 1,12 millioner": put them at N
                category = measured_noun(tokens, first_tok, lex, noun_category, is_num)
                source = "clause" if category is not None else source
            if category is None and left_over(tokens, j, lang):
                # "er der kun omkring 80 tilbage", "about 80 are left": the rest of the
                # group the text counted before
                category, source = _about(out, antecedent), "antecedent"
            if category is None and out and out[-1].category not in ("other", "_pending") and \
                    compared(tokens, first_tok, lang):
                # "rundt 5000 soldater igjen, mot nesten 10 000 på det meste": a figure set
                # against the claim right before it counts the same
                category, source = out[-1].category, "antecedent"
            if category is None and j < len(tokens) and \
                    tokens[j].norm in WHO.get(lang, ()):
                category = "people"  # "500 millioner som snakker det", "40 who signed"
                source = "clause"
                about = _about(out, antecedent)
                if about and _object_relative(tokens, j, lang):
                    # "de 230 000 som myndighetene oppga": the figure the authorities gave,
                    # of what the text counts
                    category, source = about, "antecedent"
            if category is None and aboard(tokens, j, lang):
                category = "people"  # "a boat with 300 aboard", "med 300 om bord"
                source = "clause"
            more = j < len(tokens) and tokens[j].norm in MORE_AFTER.get(lang, ())
            jv = j + 1 if more else j  # "One more was found": the verb after "more"
            if category is None and jv < len(tokens) and (
                    tokens[jv].norm in SUBJECT_VERBS.get(lang, ())
                    or (more and q.value == 1 and tokens[jv].norm in _SINGULAR_AUX)
                    or past_verb(tokens[jv], lang) or (
                        english_past(tokens, jv, lang) and stated() is not None) or (
                        # "that up to 1,000 could be deployed": a modal and its passive
                        lang == "en" and tokens[jv].norm in MODALS["en"] and jv + 1 < len(
                            tokens) and tokens[jv + 1].norm in ("be", "have"))
                    or inverted_participle(tokens, first_tok, jv, lang) or (
                        lang in ("da", "nb") and tokens[jv].norm in STATE_VERBS)) \
                    and (clause_start(tokens, first_tok) == first_tok or (
                        inverted_participle(tokens, first_tok, jv, lang))
                         or (
                        tokens[first_tok - 1].norm in FURTHER.get(lang, ())
                        or tokens[first_tok - 1].norm in REMAINING.get(lang, ())
                        or tokens[first_tok - 1].norm in CLAUSE_OPENERS.get(lang, ())
                        or tokens[first_tok - 1].norm in SAYING.get(lang, ())
                        or tokens[first_tok - 1].text == ",")):
                # "Yderligere 14 blev fundet i live": a passive's subject is people, unless
                # it counts more of the things counted before ("24,000 meteorites ...,
                # only 34 have been verified"): an ellipsis of their noun
                thing = out[-1].category if out and out[-1].noun is not None and (
                    out[-1].category not in _PERSON_CATEGORIES) else None
                category, source = (thing, "antecedent") if thing else ("people", "clause")
                rest = _about(out, antecedent) if first_tok and tokens[
                    first_tok - 1].norm in REMAINING.get(lang, ()) else None
                if not thing and rest is not None and rest in _PERSON_CATEGORIES:
                    category = rest  # "De øvrige 17 er vendt tilbage": the rest of the group
                    source = "antecedent"
            if category is None and lang in ("da", "nb") and inverted_subject(
                    tokens, first_tok, j, lang):
                # "Bare mandag kom over 140 000", "Ifølge ministeriet deltog mindst 65.000 i
                # mødet": verb second, the bare count after the verb is its subject
                category, source = "people", "clause"
            if category is None and more and (out or antecedent):
                # "rescued two more from the rubble": more of what was counted before
                category, source = _about(out, antecedent), "antecedent"
            if category is None and level_reached(tokens, first_tok, lang):
                # "bringing its contingent there to 160", "will reach 500": the level of
                # what its clause (else the text) counts
                category = category_before(tokens, first_tok, cat_look)
                source = "clause"
                if category is None:
                    category, source = _about(out, antecedent), "antecedent"
            if category is None and received(tokens, first_tok, lang) and (
                    stated() is not None):
                # "Poland alone has taken in about 2.3 million, while Romania has received
                # more than 600,000": what the text counts
                category, source = stated(), "antecedent"
            if category is None and strength(tokens, j, lang):
                # "The battlegroup is currently 1,700 strong": the size of a group
                category = "troops" if _military(tokens, range(first_tok, j + 1), lang,
                                                 cat_look) else "people"
                source = "clause"
            if category is None and (capacity(tokens, first_tok, lang)
                                     or settlement(tokens, first_tok, lang)
                                     or crowd_drawn(tokens, first_tok, lang)):
                # "a club licensed for 691", "a city of more than five million": the persons
                # a place is made for or holds
                category, source = "people", "clause"
        elif category in _PERSON_CATEGORIES and noun is not None:
            if relative is not None:
                main_cue, _ = next_cue(tokens, cue_of, relative[1] + 1,
                                       min(len(tokens), relative[1] + 3), is_num, function)
                cue = main_cue or cue  # else the relative verb says what happened to them
            # "13 soldater og 170 afghanere ble drept": coordinated counts share the verb
            # (from the end of the whole phrase: "39 police officers and more than 50
            # civilians were injured", where the listed "police" is the counted noun)
            phrase_last = last_tok
            while phrase_last + 1 < hi and words[phrase_last + 1] and not is_cue[
                    phrase_last + 1] and tokens[phrase_last + 1].norm not in function and (
                    _plural_shape(tokens[phrase_last + 1].norm, lang)):
                phrase_last += 1
            nxt = coordinated_end(tokens, found, n, phrase_last, hi, lex)
            if nxt > hi:  # (after the other count's own phrase: "15,600 cases and 537
                # deaths" share no verb, "deaths" is the second count's noun)
                later, _ = next_cue(tokens, cue_of, found[n + 1].last + 1, nxt, is_num,
                                      function, limit=VERB_WINDOW)
                cue = cue or later
            if cue is None:  # "Fifteen people, six of them children, died"
                cue = cue_after_apposition(tokens, cue_of, last_tok + 1, is_num, function)
            if cue is None and (clause_start(tokens, first_tok) == first_tok or (
                    tokens[first_tok - 1].norm in THAT.get(lang, ()))):
                # the subject of its clause (or of a "that" clause): the verb may follow a
                # long modifier ("Flere tusinde beboere nedenfor dæmningen syd for Bonn er
                # blevet evakueret")
                stop = found[n + 1].first if n + 1 < len(found) else len(tokens)
                stop = min(stop, last_tok + 1 + 2 * VERB_WINDOW)
                stop = next((k for k in range(last_tok + 1, stop) if is_break(tokens, k)),
                            stop)
                modals = MODALS.get(lang, frozenset())
                aux = next((k for k in range(last_tok + 1, stop)
                            if tokens[k].norm in AUXILIARIES.get(lang, ())
                            or tokens[k].norm in modals), None)
                if aux is not None:  # the clause's verb: an auxiliary and its participle
                    cue, _ = next_cue(tokens, cue_of, aux + 1, min(stop, aux + 3), is_num,
                                        function)
                if cue is None and aux is not None and tokens[aux].norm in modals:
                    # a modal and its infinitive phrase ("kan ikke lenger bo i sine egne hjem")
                    cue, _ = next_cue(tokens, cue_of, aux + 1, stop, is_num, function,
                                        limit=MODAL_REACH)
            if cue and category in _EVENT_CATEGORIES:
                # the noun says what happened ("nine victims", "40 sårede"); only a verb right
                # at the phrase, outside it, re-labels it ("Four of the wounded died" is
                # killed; "the nine victims were held that another student was arrested"
                # stays killed)
                outside, near, after_phrase = nearest(cue_of, f.first, last_tok + 1, lo, hi,
                                                       is_num, tokens)
                if not (outside and after_phrase and near <= _NOUN_CUE_REACH):
                    # a verb before its subject ("توفي أربعة من الجرحى", "I nat døde fire af
                    # de sårede"), not one across "and" ("18 were killed and 40 injured")
                    outside = verb_before(tokens, cue_of, first_tok, lo, is_num)
                cue = outside
            if cue and cue != category and not (cue == "displaced" and category == "troops"):
                category, source = cue, "clause"
        elif category == "other" and cue and not reference:
            close_after, _ = next_cue(tokens, cue_of, last_tok + 1, hi, is_num, function,
                                        limit=2)
            subject = not cue_after and not close_after and group_noun(
                tokens, f.first - dist)  # "The dead came from 35 countries": the subject
            if (dist <= 3 or close_after) and not subject and not in_place(
                    tokens, first_tok, lang):  # "indlagt på fem hospitaler": where, not who
                category = close_after or cue  # "فقد أثر 17 صيادا", "én mann blant de drepte"
                source = "clause"
        if category is None and np is None and out and after_conjunction(tokens, f, text) and \
                not (q.words and q.value == 1 and out[-1].category not in _EVENT_CATEGORIES) \
                and not (n > 0 and out[-1].first != found[n - 1].first and found[
                    n - 1].first > 0 and tokens[found[n - 1].first - 1].norm in _RANGE_OPEN):
            # ("aged between 11 and 16": the other end of a range that is no claim)
            # "163 in Germany and 31 in Belgium"; a bare "one" after things counted is the
            # pronoun ("two groups, one under Greene and one under Sullivan"), not a figure
            # ("two were killed in Kabul and one in Herat" stays)
            category = out[-1].category
            source = "antecedent"
        gapped = category is None and np is None and bool(out) and out[-1].category != (
            "_pending") and gapped_conjunct(tokens, first_tok, j, lang)
        if gapped:
            # "Hungary has recorded 116,000 arrivals, Moldova nearly 80,000", "73 døde og
            # Puebla 45", "92 were in Valencia, two in Castilla-La Mancha": a conjunct whose
            # verb and noun are gapped counts what the conjunct before it counts
            category, source = out[-1].category, "antecedent"
        if category is None and np is None and out and out[-1].noun is not None and (
                out[-1].category not in ("_pending", "other")) and parallel_object(
                    tokens, out[-1].last, first_tok, j):
            # "Tonga has recorded 100 cases, and Fiji has confirmed five": the object of a
            # clause coordinated with the one before counts what that one's object counts
            category, source = out[-1].category, "antecedent"
        if category is None and np is None and (out or antecedent) and among_them(
                tokens, first_tok, out, lex):
            # "4,300 troops, including 2,400 in Mali"; "Heraf bor 600.000 i nødlejre"
            category = out[-1].category if out else antecedent
            source = "antecedent"
        if category is None and np is None and (q.value or 0) >= _ELLIPSIS_MIN and (
                place_after(tokens, j, lang) or (out and (_name_with(tokens, first_tok, lang)
                                                          or place_before(tokens, first_tok,
                                                                          lang)))):
            # "80.000 i Paris", "3.5 million nationwide", "700 000 for hovedstaden": a figure
            # with a place but no noun counts what the sentence (or text) counted before
            category = _about(out, antecedent)
            source = "antecedent"
        if category is None and np is None and (q.value or 0) >= _ELLIPSIS_MIN and (
                out or antecedent) and name_item(tokens, first_tok, j, lang, function) and (
                    name_items() >= 2):
            # "Deretter følger Peru med 506 000, Chile med 288 000 og Ecuador med 221 000",
            # "تليها بيرو بـ٧٦٨ ألفا ثم تشيلي بـ288 ألفا": a list of figures per name, its
            # noun stated before it (in this sentence or an earlier one)
            category = _about(out, antecedent)
            source = "antecedent"
        # (an earlier value still waiting for its category counts what its figure counts:
        # "81 مصابا، بعد أن كان 79 مساء الأربعاء، بينهم 22 شرطيا")
        known = next((c.category for c in reversed(out) if c.category != "_pending"), None)
        if category in ("people", "other", "troops") and known in _EVENT_CATEGORIES and \
                among_them(tokens, first_tok, out, lex):
            category = known  # "seven missing, among them three Syrians"
            source = "antecedent"
        if category == "people" and known == "troops" and among_them(
                tokens, first_tok, out, lex):
            category = known  # "1.500 soldater, heraf cirka 700 canadiere": part of them
            source = "antecedent"
        if category in ("people", "other") or category in _EVENT_CATEGORIES or (
                category is None and np is None):
            group = among_group(tokens, first_tok, last_tok, lo, hi, lang, noun_category,
                                 cue_of)
            if group and group != category:  # "Blandt ofrene er tre børn": part of the killed
                category, source = group, "clause"
        if category in ("people", "troops") and out and \
                normalise_word(noun or "") not in _CASE_NOUNS.get(lang, ()) and \
                out[-1].category in _EVENT_CATEGORIES and out[-1].noun is not None and \
                listed_after(tokens, out[-1].last, first_tok, lex) and \
                next_cue(tokens, cue_of, f.last, hi, is_num, function)[0] is None:
            category = out[-1].category  # "anholdt 5 mænd og 2 kvinder": one verb, two objects
            source = "antecedent"
            # (also the Arabic subject after its verb: "قتل 170 أفغانيا و13 عسكريا"; and a
            # list: "freed 39 prisoners, 24 women and 15 teenage boys")
        # direction of a change and the two ends of "from X to Y"
        span_end = max(f.last, last_tok + 1)  # not inside the noun phrase ("additional")
        wide = (max(0, f.first - 2 * VERB_WINDOW), min(len(tokens), f.last + 2 * VERB_WINDOW))
        directions = dir_of if relative is None else [
            None if relative[0] <= k < relative[1] else d for k, d in enumerate(dir_of)]
        change = None if level_verb_before(tokens, first_tok, lang) else governing_change(
            tokens, directions, f.first, span_end, [(lo, hi), wide], lang)
        before = tokens[first_tok - 1].norm if first_tok > 0 else ""
        # a figure set beside the one before it counts what that one counts when it has
        # no noun of its own or the same ("1000 døde, mod 832 dagen før")
        same_figure = noun is None or (bool(out) and (out[-1].noun or "").lower() == (
            noun.lower()))
        role = change_role(tokens, found, n, first_tok, before, change, lex,
                           same_figure=same_figure)
        direction = role or change
        if category is None and role:
            category = category_before(tokens, first_tok, cat_look, modifier=lambda k: (
                lang == "en" and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
                and tokens[k + 1].norm not in function and not is_num[k + 1]
                and cat_look(tokens[k + 1].norm) is None) or (  # "missile attack": a modifier
                k > 0 and tokens[k - 1].norm in _INFINITIVE.get(lang, ())))
            # (a word after the infinitive marker is a verb: "villige til at ofre komfort")
            source = "lexicon"
        if category is None and role == "from" and n + 1 < len(found):
            category = "_pending"  # takes the category of the target ("from 3,000 to 2,500")
        if category is None and role == "from" and out:
            # the earlier value of the figure before it ("164 were rescued, after an earlier
            # figure of 368"): it counts the same thing
            category, source = out[-1].category, "antecedent"
        if category is None and role == "target" and out and out[-1].role == "from" and (
                out[-1].category not in ("_pending", "other")):
            # "revised its count down from about 1,400 to about 1,200": the target counts
            # what its start counts (here the count the text is about)
            category, source = out[-1].category, "antecedent"
        if category is None and role == "target" and out and out[-1].role == "from" and (
                out[-1].category == "_pending") and figure_noun_before(tokens, first_tok, lang):
            # both ends of a stated change of a number ("fordobler sit mandattal fra 52 til
            # 99", "raised its tally from 52 to 99") are figures even when no listed noun
            # says what they count
            category, source = "other", "default"
        if category is None and np is None and first_tok >= 2 and tokens[
                first_tok - 1].norm in _GROUP_OF.get(lang, ()) and tokens[
                first_tok - 2].norm in _COLLECTIVES.get(lang, ()):
            if event is None:
                event = reports_event(tokens, lang)
            if event:  # "the team of 13 was cut off"; a sentence that reports no event
                # describes a size ("form a group of four to six for a better rate")
                category, source = "people", "clause"
        if category == "displaced" and noun is None and (_shelters(
                tokens, f, cue_of, lang) or (f.last < len(tokens) and cue_of[
                    f.last] == "displaced" and _place_of_shelter(tokens[f.last], lang,
                                                                 cat_look))):
            category, source = "other", "default"  # "in 1,568 relief camps": the camps
        if reference and category == "people" and noun is not None and _listed_persons(
                noun, source, cat_look):
            # "the 12 boys", "de tre gerningsmænd", "the 10 gunmen": a count of persons
            # named by a listed noun states how many they are (Arabic writes the number
            # after its noun: "الأطفال الاثنا عشر", read above)
            reference = False
        if reference:
            definite.add(id(q))
        if reference and noun is not None and stated() is not None and not (
                between_reference(tokens, first_tok, lang)) and not _possessor(
                    tokens, last_tok, lang) and not (
                in_place(tokens, first_tok - 1, lang) and any(
                    cue_of[k] in _EVENT_CATEGORIES for k in range(lo, first_tok - 1))):
            # "the two main blasts", "begge de to basene", "i de fem landsbyene": in a text
            # that states figures of a known kind (the dead, the hurt, troops...), the
            # things its report of the event names by a noun are counted, though referred
            # to. Not "between the two delegations" (a relation), not "The two edges give a
            # better grip" (a description without a past verb form), not in a text that
            # states no figure of a known kind (a definite "the 10 gunmen" states none),
            # not "96 people were injured in the two attacks" (where and by what the
            # casualty of its clause came: part of that casualty's statement)
            if event is None:
                event = reports_event(tokens, lang)
            if event:
                reference = False
                referring.add(id(q))  # no antecedent of "17 of them" after it
        if category is None or (reference and category in ("other", "people", "buildings",
                                                             "vehicles", "rockets", "troops")):
            continue
        if article_one(tokens, f, lex) and not gapped and not (
                noun is not None and out and out[-1].noun is not None and _last_item(
                    tokens, out[-1].last, first_tok, lex)) and (
                category not in _EVENT_CATEGORIES or (out and not cue_after)):
            continue  # "en person som veier", "en drone": an article; English writes "a"
            # ("80 ble drept da en mann åpnet ild": the cue before belongs to the 80)
        small = source == "default" and q.value is not None and (
            q.value <= _DESCRIPTIVE_MAX and q.hedge == "exact")
        # a noun read as people by its form alone ("neighbors") placed between two others
        shaped = source == "noun" and q.value is not None and (
            q.value <= _DESCRIPTIVE_MAX and q.hedge == "exact")
        if source == "default" and q.hedge == "exact" and (
                (noun is not None and kind_noun(normalise_word(noun), lang))
                or (q.value is not None and q.value <= _DESCRIPTIVE_MAX
                    and partition_before(tokens, first_tok, lang))):
            continue  # "two types of visa", "split into two groups": kinds and the few
            # parts a thing is made of ("composed of 15 islands" reports a figure)
        if small and announces_list(tokens, last_tok, lang):
            continue  # "they fall into two categories: ...": a division, not a figure
        if (small or shaped) and relational_phrase(tokens, first_tok, lang, people=shaped):
            continue  # "walked upright on two legs", "from three different directions"
        if small and change is None:
            if event is None:
                event = reports_event(tokens, lang)
            if not event:
                continue  # "The nucleus consists of two particles": a description
        if category in ("killed", "wounded", "missing", "arrested", "displaced") and not role:
            direction = change = None
        if not role and direction is None and increment(tokens, first_tok, f.last, last_tok,
                                                        lang):
            # "Six more bodies were found", "yderligere to lig": added to a figure, not
            # its level
            direction = change = "increase"
        if in_place(tokens, first_tok, lang):
            placed.add(id(q))
        out.append(SentenceClaim(q, category, direction, change, q.hedge_start, end, noun,
                                 role, f.first, last_tok, source))
    resolve_pairs(out)
    for c in out:
        if c.category in _EVENT_CATEGORIES and c.source == "clause" and _joined_kinds(
                cue_of, tokens, c.last, is_num):
            c.category = "people"  # "27 000 mennesker døde eller savnet": dead or missing
    return [c for c in out if c.category != "_pending"]


#: How far after its count a pair of casualty words joined by "or" is read (tokens).
_JOINED_REACH = 3

#: Disjunctions (closed class): "dead or missing" counts people of either kind.
_OR_WORDS = frozenset({"or", "eller", "او"})


def _joined_kinds(cue_of: list[str | None], tokens: list[Token], last: int,
                  is_num: list[bool]) -> bool:
    """Two casualty words of different kinds joined by "or" right after a count ("nesten
    27 000 mennesker døde eller savnet", "40 people were killed or injured", "300 قتيل أو
    جريح"): the count is of both kinds together, people, not of either kind ("and" joins
    two events of the same people: "were arrested and charged")."""
    for k in range(last, min(len(tokens) - 2, last + _JOINED_REACH)):
        if is_num[k] or is_num[k + 2]:
            return False
        if cue_of[k] is not None and tokens[k + 1].norm in _OR_WORDS and \
                cue_of[k + 2] is not None and cue_of[k + 2] != cue_of[k]:
            return True
    return False


