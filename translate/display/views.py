"""HTML views of documents, translations, claims and a whole run (Jupyter and report).

Every view returns a string of markup; ``wrap()`` adds the scoped stylesheet. Source text
is shown beside its English, right to left where the language is, with claim quotes
highlighted in both languages and number-fidelity problems marked.

Views read what a result carries: the run view draws ``RunResult.claims`` and the
``FidelityResult`` of every ``RunResult.fidelity`` record, so the page and ``report.json``
always agree. Only a standalone document or translation (shown without its run) has its
claims extracted and its numbers checked by the view itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from translate.display.html import (
    Mark,
    anchor_id,
    badge,
    dir_attr,
    esc,
    find_quote,
    fmt_bounds,
    highlight,
    span_label,
    table,
    wrap,
)

if TYPE_CHECKING:
    from translate.claims.types import Claim, FidelityResult
    from translate.corpus.prepare import PreparedDocument
    from translate.mt.translator import ModelStatus
    from translate.mt.types import DocumentTranslation
    from translate.results import RunResult, SentenceFidelity

__all__ = ["attribution_html", "claim_html", "claims_html", "document_html",
           "translation_html", "models_html", "run_html", "loc_html", "fidelity_marks",
           "fidelity_by_sentence"]


def loc_html(doc: str, start: int, end: int, index: int | None = None, *,
             link: bool = False) -> str:
    """``doc:start–end``, an anchor to the sentence when ``link`` and ``index`` are given."""
    label = esc(span_label(doc, start, end))
    if link and index is not None:
        return f'<a class="loc" href="#{anchor_id(doc, index)}">{label}</a>'
    return f'<span class="loc">{label}</span>'


def _claim_marks(claim: Claim, sentence_start: int | None) -> tuple[list[Mark], list[Mark]]:
    """Marks for the quote in the source sentence and the English quote in the English."""
    tip = f"{claim.id}: {claim.category}, {claim.hedge} {fmt_bounds(claim.low, claim.high)}"
    src: list[Mark] = []
    if sentence_start is not None:
        a = claim.start - sentence_start
        if claim.sentence[a:a + len(claim.quote)] == claim.quote:
            src.append(Mark(a, a + len(claim.quote), "q", tip))
    if not src:
        found = find_quote(claim.sentence, claim.quote)
        if found:
            src.append(Mark(*found, "q", tip))
    en: list[Mark] = []
    found = find_quote(claim.english, claim.english_quote)
    if found:
        en.append(Mark(*found, "q", tip))
    return src, en


def fidelity_marks(check: FidelityResult) -> tuple[list[Mark], list[Mark]]:
    """Marks for the source and English numbers of each fidelity flag."""
    src: list[Mark] = []
    tgt: list[Mark] = []
    for f in check.flags:
        for q, out in ((f.source, src), (f.target, tgt)):
            if q is not None:
                a = q.hedge_start if 0 <= q.hedge_start < q.start else q.start
                out.append(Mark(a, q.end, "fid", f.describe()))
    return src, tgt


def _english_cell(claim: Claim, marks: list[Mark]) -> str:
    if claim.language == "en" and claim.english in (None, claim.sentence):
        return '<span class="muted small">(source is English)</span>'
    if not claim.english:
        return '<span class="muted small">(not translated)</span>'
    return f'<div dir="ltr" lang="en">{highlight(claim.english, marks)}</div>'


def claims_html(claims: Sequence[Claim], *, link: bool = False,
                sentence_starts: Mapping[tuple[str, int], int] | None = None,
                css: bool = True) -> str:
    """A table of claims: id and ``doc:start–end``, what and how much, quote in context.

    Args:
        claims: The claims.
        link: Make ``doc:start–end`` an anchor to the sentence (``#s-DOC-N``).
        sentence_starts: ``(doc, sentence_index) → sentence start`` to place quotes exactly.
        css: Include the stylesheet.
    """
    rows = []
    for c in claims:
        start = (sentence_starts or {}).get((c.doc, c.sentence_index))
        src, en = _claim_marks(c, start)
        rows.append(
            f'<tr id="{esc(c.id)}"><td><b>{esc(c.id.split("#")[-1])}</b><br>'
            f"{loc_html(c.doc, c.start, c.end, c.sentence_index, link=link)}</td>"
            f"<td>{esc(c.category)}{attribution_html(c)}</td><td>{esc(c.hedge)}</td>"
            f'<td class="num">{esc(fmt_bounds(c.low, c.high, c.hedge, c.value))}</td>'
            f'<td class="src"><div {dir_attr(c.language)}>{highlight(c.sentence, src)}</div></td>'
            f'<td class="en">{_english_cell(c, en)}</td></tr>'
        )
    body = table(["claim", "category", "hedge", "value", "source", "English"], rows, num=(3,))
    return wrap(body if claims else '<p class="muted">no claims</p>', css=css)


def attribution_html(claim: Claim) -> str:
    """Who gives the figure ("per the health ministry"), as a small line; ``""`` when the
    sentence names no source."""
    who = getattr(claim, "attribution", None)
    if not who:
        return ""
    cue = getattr(claim, "attribution_cue", None) or ""
    return (f'<div class="small attribution" title="{esc(cue)}">per '
            f'<span {dir_attr(claim.language)}>{esc(who)}</span></div>')


def claim_html(claim: Claim, *, css: bool = True) -> str:
    """One claim as a one-row table."""
    return claims_html([claim], css=css)


def _checks(sentences: Iterable[tuple[int, str, str]], language: str | None,
            fidelity: Mapping[int, FidelityResult] | None) -> dict[int, FidelityResult]:
    """Sentence index → fidelity problems: those given, or (when ``None``) checked here."""
    if fidelity is not None:
        return {i: check for i, check in fidelity.items() if not check.ok}
    if not language:
        return {}
    from translate.claims.fidelity import check_fidelity

    checks = {i: check_fidelity(src, language, tgt) for i, src, tgt in sentences}
    return {i: check for i, check in checks.items() if not check.ok}


def fidelity_by_sentence(records: Iterable[SentenceFidelity],
                         doc: str) -> dict[int, FidelityResult]:
    """Sentence index → the carried ``FidelityResult`` of one document's records."""
    return {f.index: f.result for f in records if f.doc == doc}


def document_html(doc: PreparedDocument, *, translation: DocumentTranslation | None = None,
                  claims: Sequence[Claim] | None = None,
                  fidelity: Mapping[int, FidelityResult] | None = None, link: bool = False,
                  model: ModelStatus | None = None, css: bool = True) -> str:
    """A document: metadata, removed boilerplate, and its sentences beside their English.

    Inside a run (:func:`run_html`) the claims and fidelity checks are the run's own.
    Shown standalone (``claims`` or ``fidelity`` left ``None``), the view extracts the
    claims from the source sentences and checks the translation's numbers itself.

    Args:
        doc: The prepared document.
        translation: Its translation, if any (English column, fidelity warnings).
        claims: Claims to highlight; extracted from the source sentences when ``None``.
        fidelity: Sentence index → fidelity check of its translation, for the sentences
            with problems (an index not in it is faithful); checked here when ``None``.
        link: Give every sentence row an id (``s-DOC-N``) that claims link to.
        model: The model status for its language (shown when not translated).
        css: Include the stylesheet.
    """
    if claims is None:
        from translate.claims.extract import extract_claims

        claims = extract_claims(doc.sentences)
    d = doc.document
    lang = doc.language or "?"
    meta = [("id", f"<code>{esc(doc.id)}</code>"),
            ("language", f"{esc(lang)} ({esc(doc.language_source)}; detected "
                         f"{esc(doc.detected)} {doc.confidence:.0%})"),
            ("published", esc(d.published.isoformat() if d.published else "unknown")),
            ("source file", esc(d.path.name if d.path else "(in memory)")),
            ("sentences", str(len(doc.sentences)))]
    if translation is not None:
        meta.append(("translated by", f"<code>{esc(str(translation.signature))}</code>"))
    parts = [f'<h3 id="{anchor_id(doc.id)}" {dir_attr(doc.language)}>{esc(doc.title)}</h3>',
             '<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
             + "</dl>"]
    parts += [f'<p class="warnmsg">⚠ {esc(w)}</p>' for w in doc.warnings]
    if translation is None and doc.language not in (None, "en"):
        reason = model.reason if model is not None and not model.available else ""
        parts.append('<p class="warnmsg">Not translated: no usable model for '
                     f"<b>{esc(lang)}</b>.</p>" + (f'<pre class="reason">{esc(reason)}</pre>'
                                                   if reason else ""))
    if doc.removals:
        rows = [f"<tr><td>{loc_html(r.doc, r.start, r.end)}</td><td>{esc(r.rule)}</td>"
                f"<td {dir_attr(doc.language)}>{esc(r.text)}</td></tr>" for r in doc.removals]
        parts.append(f"<details><summary>{len(doc.removals)} boilerplate passages removed"
                     f"</summary>{table(['span', 'rule', 'removed text'], rows)}</details>")
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.doc == doc.id:
            by_sentence.setdefault(c.sentence_index, []).append(c)
    english = {s.index: s for s in translation.sentences} if translation else {}
    checks = _checks(((s.index, s.source, s.translation) for s in english.values()),
                     doc.language, fidelity) if translation else {}
    is_en = doc.language == "en"
    rows = []
    for s in doc.sentences:
        src_marks: list[Mark] = []
        en_marks: list[Mark] = []
        for c in by_sentence.get(s.index, []):
            a, b = _claim_marks(c, s.start)
            src_marks += a
            en_marks += b
        st = english.get(s.index)
        notes = []
        if st is not None:
            check = checks.get(s.index)
            if check is not None:
                a, b = fidelity_marks(check)
                src_marks = a + src_marks  # fidelity marks win over claim marks
                en_marks = b + en_marks
                notes += [f"⚠ {f.describe()}" for f in check.flags]
            notes += [f for f in st.flags if f not in ("cached",)]
        rid = f' id="{anchor_id(doc.id, s.index)}"' if link else ""
        cls = ' class="warn"' if any(n.startswith("⚠") for n in notes) else ""
        src = f'<td class="src"><div {dir_attr(doc.language)}>{highlight(s.text, src_marks)}</div>'
        src += "".join(f'<div class="{"warnmsg" if n.startswith("⚠") else "muted small"}">'
                       f"{esc(n)}</div>" for n in notes) + "</td>"
        if is_en:
            en = ""
        elif st is not None:
            en = f'<td class="en" dir="ltr" lang="en">{highlight(st.translation, en_marks)}</td>'
        else:
            en = '<td class="en muted">—</td>'
        rows.append(f"<tr{rid}{cls}><td class=\"num\">{s.index}</td>"
                    f"<td>{loc_html(s.doc, s.start, s.end)}</td>{src}{en}</tr>")
    head = ["#", "span", f"source ({lang})"] + ([] if is_en else ["English"])
    parts.append(table(head, rows, num=(0,)))
    return wrap(f'<div class="doc">{"".join(parts)}</div>', css=css)


def translation_html(tr: DocumentTranslation, *, source_language: str | None = None,
                     fidelity: Mapping[int, FidelityResult] | None = None,
                     css: bool = True) -> str:
    """A translation: source and English side by side, confidence, flags, fidelity.

    Args:
        tr: The translation.
        source_language: Language of the source (default: ``tr.src_lang``).
        fidelity: Sentence index → fidelity check, for the sentences with problems (as a
            run carries them, see :func:`fidelity_by_sentence`); when ``None`` (a
            translation shown on its own) the view checks every sentence itself.
        css: Include the stylesheet.
    """
    lang = source_language or tr.src_lang
    checks = _checks(((s.index, s.source, s.translation) for s in tr.sentences), lang,
                     fidelity)
    rows = []
    for s in tr.sentences:
        check = checks.get(s.index)
        a, b = fidelity_marks(check) if check is not None else ([], [])
        notes = [f"⚠ {f.describe()}" for f in check.flags] if check is not None else []
        notes += list(s.flags)
        rows.append(
            f'<tr{" class=warn" if check is not None else ""}><td class="num">{s.index}</td>'
            f"<td>{loc_html(s.doc, s.start, s.end)}</td>"
            f'<td class="src"><div {dir_attr(lang)}>{highlight(s.source, a)}</div></td>'
            f'<td class="en" dir="ltr" lang="en">{highlight(s.translation, b)}'
            + "".join(f'<div class="warnmsg">{esc(n)}</div>' for n in notes)
            + f'</td><td class="num">{s.logprob:.2f}</td></tr>'
        )
    head = (f"<p><b>{esc(tr.doc)}</b> {esc(tr.src_lang)} → {esc(tr.tgt_lang)} · "
            f"<code>{esc(str(tr.signature))}</code></p>")
    head += "".join(f'<p class="warnmsg">⚠ {esc(w)}</p>' for w in tr.warnings)
    return wrap(head + table(["#", "span", f"source ({lang})", "English", "log-prob"], rows,
                             num=(0, 4)), css=css)


def models_html(models: Mapping[str, ModelStatus], *, css: bool = True) -> str:
    """Per language: model, backend, available or why not (with the fix)."""
    rows = []
    for lang, st in sorted(models.items()):
        state = (badge("available", cls="ok") if st.available
                 else badge("not available", cls="bad")
                 + f'<pre class="reason">{esc(st.reason)}</pre>')
        rows.append(f"<tr><td>{esc(lang)} → en</td><td><code>{esc(st.model or '-')}</code></td>"
                    f"<td>{esc(st.backend or '-')}</td><td>{state}</td></tr>")
    if not rows:
        return wrap('<p class="muted">no translation was attempted</p>', css=css)
    return wrap(table(["language", "model", "backend", "status"], rows), css=css)


def _fidelity_rows(fidelity: Iterable[SentenceFidelity], link: bool) -> list[str]:
    rows = []
    for f in fidelity:
        target = f'<a class="loc" href="#{anchor_id(f.doc, f.index)}">' if link else ""
        rows.append(f"<tr><td>{target}{esc(f.doc)} #{esc(f.index)}{'</a>' if link else ''}</td>"
                    f'<td dir="auto">{esc(f.source)}</td>'
                    f'<td dir="ltr">{esc(f.translation)}</td>'
                    f'<td class="warnmsg">{"<br>".join(esc(x) for x in f.flags)}</td>'
                    "</tr>")
    return rows


def run_html(result: RunResult, *, groups: Sequence[Any] | None = None,
             claims_extra: str = "", css: bool = True) -> str:
    """A whole run: models, documents, claims (with groups when given), fidelity, text.

    Documents sit in collapsible sections; claim locations link to their sentences.
    ``claims_extra`` is markup placed at the top of the claims section (e.g. a plot).
    Everything shown is what ``result`` carries (claims, fidelity checks, groups,
    stories); nothing is extracted or checked again.
    """
    from translate.display.groups import groups_html

    if groups is None:
        groups = getattr(result, "groups", None) or None
    starts = {(s.doc, s.index): s.start for d in result.documents for s in d.sentences}
    docs_rows = []
    for d in result.documents:
        tr = result.translations.get(d.id)
        status = ("source is English" if d.language == "en" else
                  f"translated ({len(tr.sentences)} sentences)" if tr else "NOT translated")
        docs_rows.append(
            f'<tr><td><a class="loc" href="#{anchor_id(d.id)}">{esc(d.id)}</a></td>'
            f'<td {dir_attr(d.language)}>{esc(d.title[:110])}</td><td>{esc(d.language)}</td>'
            f'<td class="num">{len(d.sentences)}</td><td class="num">{len(d.removals)}</td>'
            f"<td>{esc(status)}</td></tr>")
    parts = [f"<h2>{len(result.documents)} documents</h2>",
             table(["id", "title", "lang", "sentences", "removed", "translation"], docs_rows,
                   num=(3, 4)),
             "<h2>Translation models</h2>", models_html(result.models, css=False)]
    parts += [f'<p class="warnmsg">skipped {esc(p.path)}: {esc(p.reason)}</p>'
              for p in result.problems]
    parts += [f"<h2>Claims ({len(result.claims)})</h2>", claims_extra,
              claims_html(result.claims, link=True, sentence_starts=starts, css=False)]
    stories = getattr(result, "stories", ())
    if stories:
        from translate.display.stories import stories_html

        parts += [f"<h2>Stories ({len(stories)})</h2>",
                  stories_html(stories, languages={d.id: d.language for d in result.documents},
                               css=False)]
    if groups is not None:
        parts += [f"<h2>Claim groups ({len(groups)})</h2>",
                  groups_html(groups, claims=result.claims, link=True, css=False)]
    if result.fidelity:
        parts += [f"<h2>Number fidelity: {len(result.fidelity)} sentences changed a number</h2>",
                  table(["sentence", "source", "translation", "flags"],
                        _fidelity_rows(result.fidelity, True))]
    parts.append("<h2>Documents</h2>")
    claims_by_doc: dict[str, list[Claim]] = {}
    for c in result.claims:
        claims_by_doc.setdefault(c.doc, []).append(c)
    for d in result.documents:
        inner = document_html(d, translation=result.translations.get(d.id),
                              claims=claims_by_doc.get(d.id, []),
                              fidelity=fidelity_by_sentence(result.fidelity, d.id), link=True,
                              model=result.models.get(d.language or ""), css=False)
        parts.append(f"<details open><summary>{esc(d.id)} · {esc(d.language)}</summary>"
                     f"{inner}</details>")
    return wrap("".join(parts), css=css)
