"""Unrelated news sentences (nb, da, ar, en) added to margin neighbour pools.

With only a handful of claim sentences the k nearest neighbours of a sentence would be
its own counterparts and every margin would sit near 1. These sentences give every pool
the same floor of "typical unrelated news" similarity.
"""

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
