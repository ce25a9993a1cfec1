"""One figure, one category across languages: clause mechanisms that give the same count the
same category in nb, da, ar and en (sentences written here, phrased as news writes them)."""

import pytest

from translate.claims.extract import sentence_claims


def _cats(text: str, lang: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, lang)]


SAME_FIGURE = [
    # a bare count coordinated after a casualty count keeps its own participle; Danish
    # "såret" is not the compound "s|året" (a duration)
    ("da", "Ved angrebet blev 18 civile dræbt og 40 såret.", [(18, "killed"), (40, "wounded")]),
    ("nb", "I angrepet ble 18 sivile drept og 40 såret.", [(18, "killed"), (40, "wounded")]),
    ("en", "In the attack 18 civilians were killed and 40 injured.",
     [(18, "killed"), (40, "wounded")]),
    ("ar", "قتل 18 مدنيا وأصيب 40 في الهجوم.", [(18, "killed"), (40, "wounded")]),
    # a spelled count after its verb (Danish "tyve", also "thieves", is the one exception)
    ("da", "Eksplosionen sårede 60 og dræbte ni.", [(60, "wounded"), (9, "killed")]),
    ("da", "Politiet anholdt tyve i nat.", []),
    # the group a count is part of: "among the dead", before or after the count
    ("da", "Blandt ofrene er tre børn fra samme familie.", [(3, "killed")]),
    ("nb", "Blant ofrene er tre barn fra samme familie.", [(3, "killed")]),
    ("en", "Among the victims were three children from one family.", [(3, "killed")]),
    ("ar", "ومن بين الضحايا ثلاثة أطفال من عائلة واحدة.", [(3, "killed")]),
    ("en", "Three Danes are among the injured.", [(3, "wounded")]),
    ("nb", "To nordmenn er blant de savnede.", [(2, "missing")]),
    ("en", "Among the participants were 300 children.", [(300, "people")]),
    ("ar", "وكان من بين القتلى ما لا يقل عن 13 لاجئا.", [(13, "killed")]),
    ("en", "Of the dead, 12 were children.", [(12, "killed")]),
    ("en", "Of those killed, 8 were foreigners.", [(8, "killed")]),
    ("nb", "Av de omkomne var 12 barn.", [(12, "killed")]),
    ("en", "The victims include 3 Norwegians.", [(3, "killed")]),
    ("nb", "Ofrene omfatter tre nordmenn.", [(3, "killed")]),
    ("ar", "وكان بين الضحايا ثمانية أجانب.", [(8, "killed")]),
    # "of which" after a toll: the part shares it
    ("da", "Ved ulykken omkom 27 mennesker, heraf otte børn.", [(27, "killed"), (8, "killed")]),
    ("nb", "I ulykken omkom 27 mennesker, herav åtte barn.", [(27, "killed"), (8, "killed")]),
    # an event noun keeps its category against a verb further on in the sentence
    ("en", "Funerals for three of the nine victims were held as another man was arrested.",
     [(3, "killed"), (9, "killed")]),
    # the same verbs in every language: drowned, charged, custody
    ("da", "Ni migranter druknede ud for Lampedusa.", [(9, "killed")]),
    ("nb", "Ni migranter druknet utenfor Lampedusa.", [(9, "killed")]),
    ("en", "Nine migrants drowned off Lampedusa.", [(9, "killed")]),
    ("en", "Eight people were charged with terrorism offences.", [(8, "arrested")]),
    ("nb", "Politiet tok 23 personer i forvaring.", [(23, "arrested")]),
    # morphology: a Danish/Norwegian compound's head carries the cue ("brann|skader")
    ("nb", "To brannmenn fikk brannskader.", [(2, "wounded")]),
    ("da", "Fire betjente fik hovedskader.", [(4, "wounded")]),
    ("nb", "Fem personer opplevde folkelivet i byen.", [(5, "people")]),
    # "hjem" with its owner is a home lost; the adverb "hjem" is not
    ("da", "Kampene har drevet 40.000 mennesker fra deres hjem.", [(40000, "displaced")]),
    ("en", "The fighting has driven 40,000 people from their homes.", [(40000, "displaced")]),
    ("da", "Efter kampen tog 40.000 tilskuere hjem.", [(40000, "people")]),
    ("nb", "Tusenvis av mennesker står uten hjem etter flommen.", [(None, "displaced")]),
    # the subject of a "that" clause and a modal's infinitive phrase
    ("nb", "Guvernøren anslår at rundt 300 000 mennesker ikke lenger kan bo i sine egne hjem.",
     [(300000, "displaced")]),
    ("en", "The governor said that 300,000 people may have lost their homes.",
     [(300000, "displaced")]),
    ("da", "Politiet oplyser, at 40 personer kan have mistet livet.", [(40, "killed")]),
    ("nb", "Rundt 300 mennesker kan ikke komme seg til jobb.", [(300, "people")]),
    ("nb", "Flere hundre mennesker har søkt ly i skolene.", [(None, "displaced")]),
    ("ar", "أودى الفيروس بحياة 230 شخصا في المنطقة.", [(230, "killed")]),
    ("en", "The virus has claimed 230 lives in the region.", [(230, "killed")]),
    # morphology: an unlisted inflection of a listed verb ("behandlede" as "behandlet")
    ("da", "Lægerne behandlede 150 personer for skader.", [(150, "wounded")]),
    ("da", "Seks personer anholdes hver weekend.", [(6, "arrested")]),
    ("da", "Hele 40 personer var hjemme under stormen.", [(40, "people")]),
    ("nb", "Totalt 76 mennesker har dødd siden utbruddet.", [(76, "killed")]),
    # part of an event group with its own verb: "Four of the wounded died"
    ("en", "Four of the wounded died of their injuries.", [(4, "killed")]),
    ("da", "Fire af de sårede døde af deres kvæstelser.", [(4, "killed")]),
    ("ar", "أُخلي نحو 100 من سكان المنطقة.", [(100, "displaced")]),
    ("ar", "شردت الفيضانات أكثر من 50 ألف شخص.", [(50000, "displaced")]),
    ("en", "The storm has left 5,000 people without shelter.", [(5000, "displaced")]),
    ("ar", "توفي أربعة من الجرحى متأثرين بجراحهم.", [(4, "killed")]),
    ("da", "I nat døde fire af de sårede.", [(4, "killed")]),
    # two-word terms: the modifier before the head, the Arabic adjective after it
    ("en", "The country keeps about 2,500 service members in Iraq.", [(2500, "troops")]),
    ("ar", "أطلق مسلحون 15 طائرة مسيرة على المطار.", [(15, "rockets")]),
    ("en", "Militants launched 15 drones at the airport.", [(15, "rockets")]),
    # Danish/Norwegian nouns do not stack: the people-shaped one is counted
    ("da", "Omkring 700 brandfolk kæmper mod branden.", [(700, "people")]),
    ("ar", "أصابت القنبلة 33 شخصا معظمهم من الأطفال.", [(33, "wounded")]),
    # fighters are people in every language (militants, not a state's troops)
    ("ar", "وصل نحو 500 مقاتل إلى المدينة.", [(500, "people")]),
    ("en", "About 500 fighters reached the city.", [(500, "people")]),
    # a thing in -ere is no agent noun (as English "helicopters")
    ("da", "I alt 9 helikoptere deltog i eftersøgningen.", [(9, "other")]),
    ("en", "In total 9 helicopters joined the search.", [(9, "other")]),
    # Arabic "N من" + a counted noun is a part of a group, not a label ("المادة 247 من")
    ("ar", "أوقفت السلطات 16 من موظفي المرفأ.", [(16, "arrested")]),
    ("ar", "تنص المادة 247 من الدستور على ذلك.", []),
    # one verb before two coordinated subjects (Arabic VSO)
    ("ar", "قتل نحو 170 أفغانيا و13 عسكريا أمريكيا في التفجير.",
     [(170, "killed"), (13, "killed")]),
    ("en", "About 170 Afghans and 13 U.S. service members died in the bombing.",
     [(170, "killed"), (13, "killed")]),
    # the same words in every language: charges, wounds, refuge
    ("ar", "وجهت السلطات اتهامات إلى 24 شخصا.", [(24, "arrested")]),
    ("en", "Authorities have charged 24 people.", [(24, "arrested")]),
    ("ar", "عالجت المستشفيات نحو 500 شخص من جروح.", [(500, "wounded")]),
    ("en", "Hospitals treated about 500 people for wounds.", [(500, "wounded")]),
    ("ar", "لجأ نحو 1500 شخص إلى الملعب.", [(1500, "displaced")]),
    ("en", "About 1,500 people sought refuge in the stadium.", [(1500, "displaced")]),
    ("da", "Omkring 1.500 mennesker søgte tilflugt på stadion.", [(1500, "displaced")]),
    ("nb", "Rundt 1500 mennesker søkte tilflukt på stadion.", [(1500, "displaced")]),
    # living in tents is displacement; trapped under rubble is missing
    ("en", "Thousands of survivors are living in tents.", [(None, "displaced")]),
    ("ar", "لا يزال آلاف الأشخاص عالقين تحت الأنقاض.", [(None, "missing")]),
    ("en", "More than 100 people were trapped under the debris.", [(100, "missing")]),
    # Norwegian "telt" is also "counted": not a tent
    ("nb", "Noen ofre ble telt to ganger.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SAME_FIGURE,
                         ids=[f"{s[0]}-{n}" for n, s in enumerate(SAME_FIGURE)])
def test_same_figure_same_category(lang, text, expected):
    assert _cats(text, lang) == expected


# --- evidence from the English translation of the sentence --------------------------------

def _extract(text: str, lang: str, english: str | None, **kw):
    from translate.claims import extract_claims
    from translate.corpus.document import Sentence

    sent = Sentence("d", 0, 0, len(text), text, lang)
    return extract_claims([sent], translations={0: english} if english else None, **kw)


EVIDENCE = [
    # a generic source category takes the translation's specific one (same value)
    ("da", "Ni migranter forliste ud for Lampedusa.", "Nine migrants perished off Lampedusa.",
     "killed"),
    ("nb", "Over 300 mennesker ble fløyet ut av Kabul.",
     "More than 300 people were evacuated from Kabul.", "displaced"),
    # a specific source category is kept: the translation refines, it never overrules
    ("da", "Ni migranter blev såret ud for Lampedusa.", "Nine migrants died off Lampedusa.",
     "wounded"),
    # another value in the translation is no evidence
    ("da", "Ni migranter forliste ud for Lampedusa.", "Ten migrants perished off Lampedusa.",
     "people"),
]


@pytest.mark.parametrize(("lang", "text", "english", "category"), EVIDENCE,
                         ids=[f"{e[0]}-{n}" for n, e in enumerate(EVIDENCE)])
def test_translation_evidence(lang, text, english, category):
    (claim,) = _extract(text, lang, english)
    assert claim.category == category


def test_translation_evidence_can_be_switched_off():
    text, english = "Ni migranter forliste ud for Lampedusa.", "Nine migrants perished."
    (claim,) = _extract(text, "da", english, translation_evidence=False)
    assert claim.category == "people"
    assert claim.english_quote == "Nine migrants"


def test_translation_evidence_matches_vague_bounds():
    from translate.claims.evidence import english_evidence
    from translate.claims.extract import sentence_claims

    en = "Hundreds of people fled the fighting."
    ev = english_evidence(None, 200, 999, "people", en, sentence_claims(en, "en"))
    assert ev is not None and ev.category == "displaced"
    assert english_evidence(None, 20, 99, "people", en, sentence_claims(en, "en")) is None


# --- Danish recall: kinds of phrasing found in real Danish news (sentences written here) ---

DANISH = [
    ("Ulykken har kostet fem personer livet, oplyser politiet.", [(5, "killed")]),
    ("Yderligere seks blev såret under angrebet.", [(6, "wounded")]),
    ("Og 12 har fået mindre skader efter eksplosionen.", [(12, "wounded")]),
    ("Vi har fire dræbte og syv sårede, siger vicepolitiinspektøren.",
     [(4, "killed"), (7, "wounded")]),
    ("Jordskælvet har krævet mindst 300 menneskeliv.", [(300, "killed")]),
    ("Op imod 2.000 kan være savnet efter tsunamien.", [(2000, "missing")]),
    ("Knap 900 er erklæret døde efter orkanen.", [(900, "killed")]),
    ("Tallet på omkomne er nu oppe på 113.", [(113, "killed")]),
    ("Mindst 12 personer er kommet til skade ved ulykken.", [(12, "wounded")]),
    ("Politiet anholdt i alt 17.", [(17, "arrested")]),
    ("Yderligere 14 blev fundet i live.", [(14, "people")]),
    ("Tre dræbt og 12 såret i Kabul", [(3, "killed"), (12, "wounded")]),
    ("Bilbombe dræber 20 i Bagdad", [(20, "killed")]),
    ("Skyderi i Malmø: To døde, tre sårede", [(2, "killed"), (3, "wounded")]),
    ("Ifølge FN er mindst 600 civile dræbt, og over 1.100 er såret.",
     [(600, "killed"), (1100, "wounded")]),
    ("Over 40 mennesker har måttet lade livet.", [(40, "killed")]),
    ("Fem er stadig forsvundet efter skredet.", [(5, "missing")]),
    ("Ulykken kostede seks mennesker livet og sårede 20.", [(6, "killed"), (20, "wounded")]),
    ("I alt 5.000 sygeplejersker strejker.", [(5000, "people")]),
    ("Hen ved 40 mennesker blev dræbt.", [(40, "killed")]),
    ("Mindst to omkom, og ti blev såret, da bussen væltede.", [(2, "killed"), (10, "wounded")]),
    # the s-passive of a listed participle ("savnes" as "savnet")
    ("Mindst 8 er omkommet og 40 savnes.", [(8, "killed"), (40, "missing")]),
    # a year takes no lower bound: "over 2000" after a toll is a count
    ("Dødstallet er steget til over 2000.", [(2000, "killed")]),
    ("Siden 2000 er over 300 mennesker omkommet.", [(300, "killed")]),
    # a time adverb between the verb and its count
    ("Politiet anholdt fredag 14 og løslod senere 6 af dem.", [(14, "arrested"), (6, "arrested")]),
    ("Politiet anholdt i går 14.", [(14, "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), DANISH, ids=[d[0][:30] for d in DANISH])
def test_danish_news_phrasing(text, expected):
    assert _cats(text, "da") == expected


def test_lower_bound_before_a_year_shaped_number():
    assert _cats("The toll rose to more than 2000.", "en") == [(2000, "killed")]
    assert _cats("After 2000 the city grew.", "en") == []


def test_further_count_needs_a_passive_subject():
    assert _cats("In 2014 were many things.", "en") == []
    assert _cats("A further 14 were found alive.", "en") == [(14, "people")]
