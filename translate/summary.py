"""The terminal summary of a run: every count, and the top of each list.

A corpus of thousands of articles must not print thousands of lines: each list (documents,
claims, stories, groups, fidelity problems) shows its first ``limit`` entries and says how
many more there are and in which file they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from translate.claims.types import Claim
    from translate.results import RunResult

__all__ = ["RunTotals", "format_summary", "format_claim_value"]

_FLAG_TEXT = {
    "split": "longer than the model takes, translated in clause pieces",
    "hard_split": "longer than the model takes, cut between words",
    "length_limit": "reached the output length limit (translation may be incomplete)",
}


@dataclass(frozen=True)
class RunTotals:
    """Counts of a whole run, when the :class:`RunResult` holds only its first documents.

    Attributes:
        documents: Documents processed.
        claims: Claims extracted.
        fidelity: Translated sentences that changed a number.
        claim_documents: Documents with at least one claim.
        files: What → file holding the full list (``{"documents": "out/documents.jsonl"}``).
    """

    documents: int
    claims: int
    fidelity: int
    claim_documents: int
    files: Mapping[str, str]


def format_claim_value(c: Claim) -> str:
    """A claim's value as read: ``3,000``, ``≥ 5,000``, ``2,500–3,000``."""

    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if c.value is not None and c.hedge == "exact":
        return num(c.value)
    if c.low is None:
        return f"≤ {num(c.high)}"
    if c.high is None:
        return f"≥ {num(c.low)}"
    return f"{num(c.low)}–{num(c.high)}"


def _more(shown: int, total: int, what: str, where: str | None) -> list[str]:
    if total <= shown:
        return []
    place = f" in {where}" if where else ""
    return [f"  … {total - shown:,} more {what}{place}"]


def _documents(result: RunResult, limit: int) -> list[str]:
    lines: list[str] = []
    for d in result.documents[:limit]:
        tr = result.translations.get(d.id)
        status = (
            f"translated ({len(tr.sentences)} sentences, {tr.signature.model})"
            if tr
            else "source is English"
            if d.language == "en"
            else "NOT translated"
        )
        lines.append(
            f"  {d.id}  [{d.language or '?'} {d.confidence:.0%}]  "
            f"{len(d.sentences)} sentences, {len(d.removals)} boilerplate removed, {status}"
        )
        lines.append(f"      {d.title[:90]}")
        lines += [f"      ! {w}" for w in d.warnings]
        if tr:
            flagged: dict[str, list[int]] = {}
            for st in tr.sentences:
                for flag in st.flags:
                    if flag in _FLAG_TEXT:
                        flagged.setdefault(flag, []).append(st.index)
            for flag, idx in flagged.items():
                shown = ", ".join(map(str, idx[:8])) + (" …" if len(idx) > 8 else "")
                lines.append(f"      ! {len(idx)} sentences {_FLAG_TEXT[flag]}: {shown}")
    return lines


def _models(result: RunResult) -> list[str]:
    lines: list[str] = []
    by_model: dict[tuple[str | None, bool, str], list[str]] = {}
    for lang, st in sorted(result.models.items()):
        reason = st.reason.split("(cause: ")[-1].removesuffix(")") if st.reason else ""
        by_model.setdefault((st.model, st.available, reason), []).append(lang)
    if by_model:
        lines.append("translation models:")
    for (model, ok, reason), langs in by_model.items():
        state = "ok" if ok else f"NOT AVAILABLE: {reason}"
        lines.append(f"  {', '.join(langs)} → en: {model or '-'}  [{state}]")
    if any(not st.available and st.model for st in result.models.values()):
        lines.append(
            "  to translate: connect once so the Hugging Face cache fills "
            "(`hf download MODEL`), or pass a local model directory: "
            "--model LANG=/path/to/model"
        )
    return lines


def _claims(claims: Sequence[Claim], total: int, docs: int, limit: int,
            where: str | None) -> list[str]:
    if not total:
        return []
    lines = [f"claims: {total} quantities counted in {docs} documents"]
    for c in claims[:limit]:  # a slice: a claims file is read only this far
        value = format_claim_value(c)
        lines.append(f"  {c.id:<28} {c.category:<9} {c.hedge:<8} {value:<14} «{c.quote}»")
    return lines + _more(min(limit, len(claims)), total, "claims", where)


def format_summary(result: RunResult, *, limit: int = 20, totals: RunTotals | None = None,
                   ) -> str:
    """A readable summary of a run for the terminal.

    Args:
        result: The run (for a large corpus: its first documents, their claims and
            fidelity problems, and every story and group).
        limit: Entries shown per list (documents, claims, stories, groups, fidelity).
        totals: Whole-run counts and files when ``result`` holds only the first documents.

    Returns:
        Lines joined by newlines; a list longer than ``limit`` ends with
        ``… N more <things> in <file>``.
    """
    files = dict(totals.files) if totals else {}
    n_docs = totals.documents if totals else len(result.documents)
    lines = [f"{n_docs} documents"]
    lines += _documents(result, limit)
    lines += _more(min(limit, len(result.documents)), n_docs, "documents",
                   files.get("documents"))
    lines += _models(result)
    # result.claims may read a file on demand (a large streamed run): one pass at most
    n_claim_docs = (totals.claim_documents if totals
                    else len({c.doc for c in result.claims}))
    lines += _claims(result.claims, totals.claims if totals else len(result.claims),
                     n_claim_docs, limit, files.get("claims"))
    multi = [st for st in result.stories if len(st.documents) > 1]
    if result.stories:
        lines.append(f"stories: {len(result.stories)} ({len(multi)} reported by several "
                     "documents)")
        lines += [f"  {st.id}: {st.label}  [{', '.join(st.documents)}]" for st in multi[:limit]]
        lines += _more(min(limit, len(multi)), len(multi), "stories", files.get("stories"))
    shared = [g for g in result.groups if g.cross_source]
    if result.groups:
        singles = len(result.groups) - len(shared)
        lines.append(
            f"claim groups: {len(shared)} reported by several sources, {singles} single"
        )
        wanted = {cid for g in shared[:limit] for cid in g.claims}
        quotes = {c.id: c.quote for c in result.claims if c.id in wanted} if wanted else {}
        for g in shared[:limit]:
            lines.append(f"  [{g.verdict}] {g.reason}")
            lines += [f"      {cid}: «{quotes.get(cid, '?')}»" for cid in g.claims]
        lines += _more(min(limit, len(shared)), len(shared), "groups", files.get("groups"))
    n_fid = totals.fidelity if totals else len(result.fidelity)
    if n_fid:
        lines.append(f"number fidelity: {n_fid} translated sentences changed a number")
        for f in result.fidelity[: min(limit, 10)]:
            lines.append(f"  {f.doc} sentence {f.index}: {'; '.join(f.flags)}")
        lines += _more(min(limit, 10, len(result.fidelity)), n_fid, "sentences",
                       files.get("fidelity"))
    for p in result.problems[:limit]:
        lines.append(f"skipped {p.path}: {p.reason}")
    lines += _more(min(limit, len(result.problems)), len(result.problems), "skipped files",
                   "report.json")
    return "\n".join(lines)
