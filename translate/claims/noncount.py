"""Numbers that count nothing a reader would call a reported figure, told by mechanism.

The FLORES claims guideline (``benchmarks/data/flores_claims/README.md``) names the kinds of
numbers that are no claims: scores, identifiers, measures, ranks, ages, money, multipliers
and numerals that report nothing. Each check here reads one *mechanism* that holds in every
language read (en, da, nb, ar), with a small closed class per language where the mechanism
needs words:

* **results of a game** (:func:`result_pair`): two numbers joined by a dash or by "to"
  ("won 112–98", "lost 1–3", "21 to 20", "21 mod 20", "21 مقابل 20") in a sentence about a
  game (:func:`game_report`), with no counted noun after the pair;
* **the counted nouns of a game** (:func:`game_noun`): points, rebounds, sets, rounds,
  laps, wins ("scored 24 points", "vant i tre sett", "أكمل 58 لفة"); a noun that is also
  a thing of the news ("rounds" of ammunition, "sets", Arabic "مجموعات" groups) only in a
  sentence about a game;
* **a margin in a standing** (:func:`margin_after`): a number before "ahead"/"behind"/"clear"
  ("twenty points behind", "five ahead of", "ti foran");
* **a numbering word or a label noun before the number** (:func:`labelled`): "number 7",
  "No. 7", "nummer 7", "رقم 7", "category 4", "flight 370", "kategori 4", "الفئة 4";
* **a fraction of a unit** (:func:`fractional`): a count of people or things is whole, so
  an unscaled decimal ("a magnitude of 6.4", "en styrke på 7,8") measures something;
* **an age in apposition** (:func:`apposed_age`): "The man, 85, died";
* **a top-N rank** (:func:`top_rank`): "the top 10 teams", "de 10 bedste" is read by
  :func:`translate.claims.filters.ranked`, here "top 10", "topp 10" and an Arabic elative of
  a ranking right before the number ("أفضل 10 لاعبين");
* **Arabic coordinates** (:func:`compass_after`): "35 غربا", "40 شمالا";
* **kinds and parts** (:func:`kind_noun`, :func:`partition_before`): a count of kinds
  ("two types of", "tre måter", "ثلاثة أنواع") or of the parts a thing is divided into or
  made of ("split into two groups", "består af to dele", "تنقسم إلى مجموعتين") describes,
  it reports no figure (a count of a known kind, "consists of 3,000 troops", stays, and
  the sentence reader keeps larger counts of parts: "composed of 15 islands").

Units, durations and currencies themselves come from CLDR through Babel
(:mod:`translate.claims.units`).
"""

from __future__ import annotations

from collections.abc import Callable

from translate.claims.lexicon import normalise_word
from translate.claims.quantities import Found
from translate.claims.tokens import Token

__all__ = ["game_report", "game_noun", "result_pair", "margin_after", "labelled",
           "fractional", "apposed_age", "top_rank", "compass_after", "kind_noun",
           "partition_before"]


def _fold(words: str) -> frozenset[str]:
    return frozenset(normalise_word(w) for w in words.split())


#: Words that make a sentence a report of a game (closed class per language, folded), in
#: two strengths. Sure ones name a sport's own events and roles ("league", "half-time",
#: "turneringen", "الدوري"); weak ones are also said of a war or of life ("won", "the
#: final", "season", "kampene", the fights, "فاز"): enough for a result pair ("won 3-1")
#: and for the nouns that are a game's only ("sets", "laps"), not for those that are also
#: a war's ("rounds", "shots", "losses", "ضربات" strikes).
_GAME_SURE: dict[str, frozenset[str]] = {
    "en": _fold("""league leagues tournament tournaments championship championships
        half-time halftime overtime semi-final semi-finals semifinal semifinals
        quarter-final quarter-finals quarterfinal stadium olympics striker goalkeeper
        midfielder innings standings leaderboard scored scoring boxer boxing tennis
        football soccer
        basketball baseball hockey cricket golf rugby nba nfl nhl fifa uefa"""),
    "da": _fold("""liga ligaen turnering turneringen mesterskab mesterskabet semifinale
        semifinalen kvartfinale halvleg halvlegen scorede scoret stadion ol målgivende
        tennis fodbold basketball håndbold ishockey golf cricket rugby superliga
        superligaen angriber målmand bokser bokseren boksning"""),
    "nb": _fold("""liga ligaen serien eliteserien turnering turneringen mesterskap
        mesterskapet semifinale semifinalen kvartfinale omgang omgangen ekstraomganger
        scoret scora stadion ol målgivende tennis fotball basketball håndball ishockey
        golf cricket rugby spiss keeper bokser bokseren boksing"""),
    "ar": _fold("""الدوري دوري بطولة البطولة بطولات الشوط شوط الأشواط أحرز أحرزت يحرز
        بنتيجة ملعب الملعب الأولمبية الأولمبي التنس مهاجم المهاجم حارس"""),
}
_GAME_WEAK: dict[str, frozenset[str]] = {
    "en": _fold("""match matches game games season final finals cup score win won wins
        winning beat beats beaten defeated lost lose loses draw drew drawn victory defeat
        player players club coach medal medals race"""),
    "da": _fold("""kamp kampen kampe kampene sæson sæsonen pokal pokalen finale finalen
        finaler score sejr sejren sejre vandt vinder vundet slog tabte taber tabt uafgjort
        nederlag nederlaget spiller spilleren spillere klub klubben træner medalje
        medaljer point løb løbet"""),
    "nb": _fold("""kamp kampen kamper kampene sesong sesongen cup cupen finale finalen
        finaler score seier seieren seire seirer vant vinner vunnet slo tapte taper tapt
        uavgjort tap spiller spilleren spillere klubb klubben trener medalje medaljer
        poeng løp løpet"""),
    "ar": _fold("""مباراة المباراة مباراتين مباريات المباريات موسم الموسم مواسم كأس الكأس
        نهائي النهائي فاز فازت يفوز تفوز فوز الفوز هزم هزمت خسر خسرت يخسر تعادل تعادلت
        التعادل لاعب اللاعب لاعبين اللاعبين لاعبا نادي النادي مدرب المدرب ميدالية
        ميداليات منتخب المنتخب سباق السباق"""),
}

#: Counted nouns of a game that are measures of it wherever they stand (folded): points,
#: rebounds, assists, aces (English "goals" and "points" are CLDR-side extras of
#: :mod:`translate.claims.units`).
_GAME_NOUNS: dict[str, frozenset[str]] = {
    "en": _fold("""rebounds rebound aces touchdowns touchdown wickets wicket birdies birdie
        bogeys bogey assists strikeouts three-pointers laps"""),
    "da": _fold("""point pointene returbolde assists es"""),
    "nb": _fold("""poeng poengene returer assists ess"""),
    "ar": _fold("""نقطة نقاط نقطتين نقطتان النقاط تمريرة تمريرات متابعة متابعات لفة لفات
        لفتين"""),
}

#: Counted nouns of a game that are also things of the news ("sets", "games", Arabic
#: "مجموعات" groups, "جولات" tours) or results ("wins"): a measure of the game only in a
#: sentence that reports one (:func:`game_report`, a weak word is enough).
_GAME_NOUNS_IN_CONTEXT: dict[str, frozenset[str]] = {
    "en": _fold("""sets set games lap strokes tries penalties saves frames innings wins
        victories draws matches home-runs holes"""),
    "da": _fold("""sæt runde omgange omgang straffespark redninger sejre uafgjorte
        huller"""),
    "nb": _fold("""sett runde omganger omgang straffespark redninger seire seirer
        uavgjorte hull"""),
    "ar": _fold("""أشواط شوط شوطين جولات جولة جولتين مجموعات مجموعة مجموعتين مباريات
        مباراة مباراتين انتصارات تعادلات حفر حفرة"""),
}
#: Counted nouns of a game that are also a war's or an election's ("rounds" and "shots"
#: fired, "losses", "goals" and Danish/Norwegian "mål" and Arabic "أهداف" are also targets,
#: "kampe" fights, "partier" parties, "ضربات" strikes): a measure of the game
#: only with a sure word of one (the weak words are a war's too: "won", "kampene", "فاز").
_GAME_NOUNS_SURE: dict[str, frozenset[str]] = {
    "en": _fold("rounds runs shots losses defeats goals points"),
    "da": _fold("runder slag skud nederlag mål kampe partier forsøg"),
    "nb": _fold("runder slag skudd tap mål kamper partier partiene forsøk"),
    "ar": _fold("ضربات ضربة هزائم أهداف هدف هدفا هدفين هدفان"),
}


#: Arabic clitics a game word may carry ("بفوز", "والمباراة", "للفريق").
_AR_CLITICS = ("و", "ب", "ل", "ف")


def _ar_stems(norm: str) -> tuple[str, ...]:
    out = [norm]
    if norm[:1] in _AR_CLITICS and len(norm) > 3:
        out.append(norm[1:])
    for s in list(out):
        if s.startswith("ال") and len(s) > 4:
            out.append(s[2:])
        if s.startswith("لل") and len(s) > 4:  # "للضيوف": li + al-, the alef dropped
            out.extend(("ال" + s[2:], s[2:]))
    return tuple(out)


def _in(norm: str, words: frozenset[str], lang: str) -> bool:
    if lang == "ar":
        return any(s in words or (s.endswith("ا") and s[:-1] in words) for s in _ar_stems(norm))
    return norm in words


def game_report(tokens: list[Token], lang: str) -> int:
    """How surely the sentence reports a game: 2 when a sure word of one stands in it
    ("the league", "halvlegen", "الدوري"), 1 for a weak one only ("won", "kampen",
    "المباراة"), else 0."""
    sure, weak = _GAME_SURE.get(lang, frozenset()), _GAME_WEAK.get(lang, frozenset())
    level = 0
    for t in tokens:
        if t.kind != "word":
            continue
        if _in(t.norm, sure, lang):
            return 2
        if _in(t.norm, weak, lang):
            level = 1
    return level


def game_noun(norm: str, lang: str, report: int) -> bool:
    """``norm`` is a counted noun of a game: always one ("rebounds", "poeng", "نقاط"), one
    that is also a thing of the news ("sets", "kampe") in a sentence that reports a game
    (``report`` from :func:`game_report` at least 1), or one that is also a war's
    ("rounds", "shots", "ضربات") with a sure word of a game (``report`` 2)."""
    if _in(norm, _GAME_NOUNS.get(lang, frozenset()), lang):
        return True
    if report >= 1 and _in(norm, _GAME_NOUNS_IN_CONTEXT.get(lang, frozenset()), lang):
        return True
    return report >= 2 and _in(norm, _GAME_NOUNS_SURE.get(lang, frozenset()), lang)


#: Words between the two numbers of a result (closed class): "21 to 20", "21 mod 20",
#: "21 mot 20", "21 مقابل 20"; "-", "–", "—" glued or spaced.
_RESULT_JOINERS = {"en": frozenset({"to"}), "da": frozenset({"mod"}),
                   "nb": frozenset({"mot"}), "ar": frozenset({"مقابل"})}
#: Words before a pair that make it the two ends of a change or a range ("from 52 to 99",
#: "fra 52 til 99", "between 20 and 30"), never a result.
_CHANGE_FROM = _fold("from between fra mellem mellom fra من بين")
_DASHES = frozenset("-–—‐")
#: Largest side of a result read by its shape (basketball reaches the low hundreds).
_RESULT_MAX = 300
#: Words that name a result right after its pair ("a 3–2 win", "en 3-1-sejr").
_RESULT_NOUNS = _fold("""win victory defeat loss draw sejr sejren nederlag seier seieren tap
    uavgjort فوز بفوز الفوز هزيمة خسارة تعادل""")


def _pair(tokens: list[Token], found: list[Found], n: int, lang: str) -> tuple[int, int] | None:
    """Indices of a pair of numbers joined by a dash or a result word that holds ``n``."""
    for a in (n - 1, n):
        if a < 0 or a + 1 >= len(found):
            continue
        fa, fb = found[a], found[a + 1]
        if fb.first != fa.last + 1:
            continue
        joiner = tokens[fa.last]
        if joiner.text in _DASHES or joiner.norm in _RESULT_JOINERS.get(lang, frozenset()):
            return a, a + 1
    return None


def result_pair(tokens: list[Token], found: list[Found], n: int, lang: str,
                report: int, function: frozenset[str]) -> bool:
    """The number ``n`` is one side of a game's result: two whole numbers joined by a dash or
    by "to" ("won 112–98", "lost 1 – 3", "21 to 20", "21 مقابل 20") in a sentence that
    reports a game, with no counted noun after the pair (a range counts its noun: "teams of
    6 to 10 players"); or a pair right before a word of a result ("a 3–2 victory")."""
    pair = _pair(tokens, found, n, lang)
    if pair is None:
        return False
    fa, fb = found[pair[0]], found[pair[1]]
    values = (fa.quantity.value, fb.quantity.value)
    if any(v is None or v != int(v) or v > _RESULT_MAX or v < 0 for v in values):
        return False
    if fa.quantity.words or fb.quantity.words:
        return False  # "two to three": a range in words
    if fa.quantity.hedge != "exact":
        return False  # "about 20 to 30": a hedged range
    if fa.first > 0 and tokens[fa.first - 1].norm in _CHANGE_FROM:
        return False  # "rose from 52 to 99": a change
    nxt = tokens[fb.last] if fb.last < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and _in(nxt.norm, _RESULT_NOUNS, lang):
        return True
    if not report:
        return False
    if nxt is None or nxt.kind != "word" or nxt.norm in function:
        return True
    # Arabic: a preposition or a definite word after the pair ("للضيوف", "على ملعبه" after
    # "لصالح"); a count takes an indefinite noun
    return lang == "ar" and any(s in function or s in _AR_PREPOSITIONS or s.startswith("ال")
                                for s in _ar_stems(nxt.norm))


#: Words of a margin after a number in a standing (closed class).
_MARGIN = {"en": frozenset({"ahead", "behind", "clear"}),
           "da": frozenset({"foran", "bagud"}),
           "nb": frozenset({"foran", "bak"}),
           "ar": frozenset()}


def margin_after(tokens: list[Token], k: int, lang: str, report: int) -> bool:
    """The word at ``k`` (right after a number or its noun) says a margin in a standing:
    "twenty points behind", "five ahead of Bowyer", "six points clear of"; in Danish and
    Norwegian ("ti point foran") only with a sure word of a game (``report`` 2: "foran"
    is also in front of a place, "300 foran parlamentet"; "efter"/"etter", after, never)."""
    if k >= len(tokens) or tokens[k].norm not in _MARGIN.get(lang, frozenset()):
        return False
    return lang == "en" or report >= 2


#: Numbering words (closed class): the number after one is a name or a rank ("number 7",
#: "No. 7", "nr. 7", "nummer 7", "رقم 7").
_NUMBERING = {"en": _fold("number no nr #"), "da": _fold("nummer nr #"),
              "nb": _fold("nummer nr #"), "ar": _fold("رقم الرقم برقم #")}
#: Label nouns (closed class): nouns that a number right after names one of a series
#: ("category 4", "flight 370", "gate 12", "kategori 4", "fase 2", "الفئة 4"). A count
#: stands before its noun in en/da/nb and before an indefinite one in Arabic, so a number
#: right after a singular label noun is its name.
_LABELS = {
    "en": _fold("""category level grade class phase stage flight route highway interstate
        bus line platform gate terminal room page chapter article section paragraph track
        channel exit runway pier berth model version series size row seat apartment block
        sector zone ward table appendix item exhibit chamber cell hall lane lot
        motorway road street avenue"""),
    "da": _fold("""kategori niveau klasse fase etape rute motorvej rigsvej bus buslinje
        linje perron spor gate terminal værelse side kapitel artikel paragraf afsnit kanal
        afkørsel landingsbane model version serie størrelse række sæde lejlighed blok
        sektor zone figur tabel bilag sal celle"""),
    "nb": _fold("""kategori nivå klasse fase etappe rute motorvei riksvei fylkesvei
        europavei buss busslinje linje plattform spor gate terminal rom side kapittel
        artikkel paragraf avsnitt kanal avkjørsel rullebane modell versjon serie størrelse
        rad sete leilighet blokk sektor sone figur tabell vedlegg sal celle"""),
    "ar": _fold("""فئة الفئة رحلة الرحلة مستوى المستوى مرحلة المرحلة حافلة الحافلة بوابة
        البوابة صفحة الصفحة فصل الفصل مادة
        المادة بند البند فقرة الفقرة قناة القناة مخرج المخرج مدرج المدرج طراز الطراز نسخة
        النسخة إصدار الإصدار سلسلة السلسلة مقاس المقاس مقعد المقعد جدول الجدول شكل
        الشكل"""),
}


#: Arabic prepositions after a label number (folded).
_AR_PREPOSITIONS = _fold("من على في عن إلى له لها منذ مع بين أمام ضد لصالح")
#: Arabic adverbs of time (accusative, closed class) after a label number ("الفئة 4 ليلا").
_AR_TIME_ADVERBS = _fold("ليلا نهارا صباحا مساء ظهرا عصرا فجرا أمس غدا حاليا")


def labelled(tokens: list[Token], first: int, last: int, lang: str,
             counted: Callable[[Token], object]) -> bool:
    """The number at ``first`` (no hedge before it) names or ranks one of a series: right
    after a numbering word ("number 7", "No. 7", "nummer 7", "رقم 7") or a label noun
    ("category 4", "flight 370", "kategori 4", "الفئة 4"), also with the Arabic
    conjunction or a preposition on it ("وبالرحلة 370"). ``last`` is the token after the
    number; ``counted`` says whether a word is a counted noun of a known kind."""
    if first == 0:
        return False
    k = first - 1
    if tokens[k].text == "." and k > 0 and tokens[k - 1].end == tokens[k].start:
        k -= 1  # "No. 7", "nr. 7"
        if tokens[k].norm not in ("no", "nr"):
            return False
    prev = tokens[k]
    if prev.text == "#" and prev.end == tokens[first].start:
        return True
    if prev.kind != "word":
        return False
    if k == first - 1 and prev.norm == "no" and prev.text != "No":
        return False  # "no 7 people": the determiner, not "No. 7"
    if _in(prev.norm, _NUMBERING.get(lang, frozenset()), lang):
        return True
    if not _in(prev.norm, _LABELS.get(lang, frozenset()), lang):
        return False
    # a label noun names the number, unless a counted noun follows it ("in the room 5
    # people"); in Arabic a label stands before a definite word, a preposition or nothing
    # ("الرحلة 370 وعلى متنها"), a count before its indefinite noun
    nxt = tokens[last] if last < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return True
    if lang == "ar":
        return any(s.startswith("ال") or s in _AR_PREPOSITIONS or s in _AR_TIME_ADVERBS
                   for s in _ar_stems(nxt.norm))
    return not counted(nxt)


def fractional(q) -> bool:
    """The quantity is a fraction of a unit with no scale word ("6.4", "7,8"): a count of
    people or things is whole; "1.5 million" is whole once scaled."""
    v = q.value
    return v is not None and v != int(v) and not q.words


#: Largest age read in apposition.
_MAX_AGE = 120


def apposed_age(tokens: list[Token], f: Found, first: int) -> bool:
    """A small whole number alone between two commas right after a word: an age in
    apposition to a person ("The man, 85, died", "Manden, 85, døde", "الرجل، 85، توفي")."""
    q = f.quantity
    if q.words or q.hedge != "exact" or q.value is None or not (1 <= q.value <= _MAX_AGE):
        return False
    if first < 2 or f.last + 1 >= len(tokens) or first != f.first:
        return False
    before, after = tokens[first - 1], tokens[f.last]
    return (before.text in (",", "،") and after.text in (",", "،")
            and tokens[first - 2].kind == "word" and tokens[f.last + 1].kind == "word")


#: Words of a top-N ranking right before the number ("the top 10", "topp 10"), and the
#: Arabic elatives of a ranking (closed class, folded: "أفضل 10 لاعبين", the ten best
#: players; "أكبر 20 شركة"); not the form-IV verbs of the same letters ("أطلق 20 صاروخا").
_TOP = {"en": _fold("top"), "da": _fold("top"), "nb": _fold("topp topp-"),
        "ar": _fold("""أفضل أكبر أكثر أعلى أغنى أهم أقوى أسرع أطول أقدم أشهر أجمل أكثرها
            أسوأ أصغر أقل أدنى أبرز أشد أخطر""")}


def top_rank(tokens: list[Token], first: int, lang: str) -> bool:
    """A word of a top-N ranking right before the number at ``first``: "the top 10
    teams", "topp 10", "أفضل 10 لاعبين"."""
    return first > 0 and tokens[first - 1].kind == "word" and tokens[first - 1].norm in _TOP.get(
        lang, frozenset())


#: Arabic compass adverbs (accusative, folded): after a number they make a coordinate
#: ("35 غربا": 35 degrees west).
_COMPASS_AR = _fold("شمالا جنوبا شرقا غربا")


def compass_after(tokens: list[Token], k: int, lang: str) -> bool:
    """An Arabic compass adverb at ``k``, right after a number: a coordinate."""
    return lang == "ar" and k < len(tokens) and tokens[k].norm in _COMPASS_AR


#: Nouns of kind (closed class per language, folded): a count of kinds, types or ways says
#: how something is classified, it reports no figure ("two types of visa", "to slags",
#: "tre måter", "نوعين", "ثلاثة أنواع").
_KIND_NOUNS: dict[str, frozenset[str]] = {
    "en": _fold("""types type kinds kind sorts sort forms categories category classes
        varieties ways methods"""),
    "da": _fold("""typer type slags sorter former kategorier kategori klasser måder
        metoder"""),
    "nb": _fold("""typer type slags sorter former kategorier kategori klasser måter
        metoder"""),
    "ar": _fold("""أنواع نوع نوعين نوعان فئات فئتين فئتان أشكال شكلين أصناف صنف صنفين
        طرق طريقتين"""),
}


def kind_noun(norm: str, lang: str) -> bool:
    """``norm`` is a noun of kind ("types", "slags", "أنواع")."""
    return _in(norm, _KIND_NOUNS.get(lang, frozenset()), lang)


#: Verbs and nouns of partition and composition (closed class, folded), each with the
#: preposition that opens its parts: "split into two groups", "consists of two particles",
#: "a combination of two lenses", "delte seg i to grupper", "består af to dele",
#: "تنقسم إلى مجموعتين", "يتكون من ثلاثة أجزاء". The count of the parts describes how a
#: thing is made or divided; it is no figure of the news (a count of a known kind, "the
#: force consists of 3,000 troops", keeps its category and stays).
_PARTITION: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (_fold("""split splits divided divide divides broken fall falls fell consist
        consists consisted made composed combination separated grouped classified sorted"""),
           _fold("into of")),
    "da": (_fold("""dele delt delte deler opdele opdelt opdelte opdeler består bestod sammensat
        kombination falder faldt inddele inddelt"""), _fold("i af")),
    "nb": (_fold("""dele delt delte deler oppdele oppdelt oppdelte oppdeler består bestod
        sammensatt kombinasjon faller falt inndele inndelt"""), _fold("i av")),
    "ar": (_fold("""ينقسم تنقسم انقسم انقسمت انقسموا مقسم مقسمه قسم قسمت يتكون تتكون
        تكون تكونت يتالف تتالف مزيج"""), _fold("إلى من")),
}
#: Words that may stand between a verb of partition and its preposition ("made up of",
#: "delte seg opp i", "broken down into", the subject of an inverted verb: "delte de seg
#: opp i").
_PARTITION_GAP = _fold("up down seg sig opp op de vi han hun den det they we")
_REFLEXIVE = _fold("seg sig")


def partition_before(tokens: list[Token], first: int, lang: str) -> bool:
    """A verb or noun of partition or composition and its preposition right before the
    number (or its hedge) at ``first``: "split into two", "made up of two",
    "delte seg i to", "تنقسم إلى"."""
    verbs, preps = _PARTITION.get(lang, (frozenset(), frozenset()))
    k = first - 1
    if k < 1 or tokens[k].norm not in preps:
        return False
    k -= 1
    reflexive = False
    while k > 0 and tokens[k].norm in _PARTITION_GAP:
        reflexive = reflexive or tokens[k].norm in _REFLEXIVE
        k -= 1
    if tokens[k].kind == "word" and _in(tokens[k].norm, verbs, lang):
        return True
    # the subject of an inverted verb between it and its parts: "delte kolonnen sig i",
    # Arabic verb-subject order "انقسم الرتل إلى", "يتكون الجزيء من"
    subject = tokens[k].kind == "word" and (reflexive or (
        lang == "ar" and tokens[k].norm.startswith("ال")))
    return subject and k > 0 and tokens[k - 1].kind == "word" and _in(
        tokens[k - 1].norm, verbs, lang)
