"""Remove scraping boilerplate while keeping offsets into the raw text.

Nothing is deleted from :attr:`Document.raw`. Cleaning returns the *kept* blocks as
``(start, end)`` spans into the raw text and a :class:`Removal` record for every piece it
dropped, named by the rule that dropped it, so a report can show what was removed.

Rules are data: a :class:`BoilerplateRule` is a regular expression with a scope (``line``:
the whole stripped line must match; ``inline``: each match inside a line is removed) and
the languages it applies to. Extend the defaults with :func:`register_rule` or pass your own
list to :class:`Cleaner`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from translate.corpus.document import Removal

__all__ = [
    "BoilerplateRule",
    "CleanResult",
    "Cleaner",
    "default_rules",
    "register_rule",
]


@dataclass(frozen=True)
class BoilerplateRule:
    """One boilerplate pattern.

    Attributes:
        name: Rule name, reported in each :class:`Removal`.
        pattern: A regular expression (compiled with ``re.IGNORECASE`` unless
            ``ignore_case`` is false).
        scope: ``"line"`` removes a whole line whose stripped text fully matches;
            ``"inline"`` removes each match inside a line.
        languages: ISO 639-1 codes the rule applies to; empty means every language.
    """

    name: str
    pattern: str
    scope: Literal["line", "inline"] = "line"
    languages: frozenset[str] = field(default_factory=frozenset)
    ignore_case: bool = True

    def applies_to(self, language: str | None) -> bool:
        return not self.languages or (language is not None and language in self.languages)

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE if self.ignore_case else 0)


_RULES: list[BoilerplateRule] = [
    BoilerplateRule("ad_marker", r"\[ad_\d+\]"),
    BoilerplateRule(
        "continues_below_ad",
        r"(Artikkelen fortsetter under annonsen|Artiklen fortsætter under annoncen"
        r"|Article continues below( the)? advertisement|Annonse|Annonce|Advertisement)",
    ),
    BoilerplateRule(
        "article_age_notice",
        r"Denne artikkelen er over .{1,20} gammel.*|Denne artikel er over .{1,20} gammel.*"
        r"|This article is (over|more than) .{1,20} old.*",
    ),
    BoilerplateRule("read_also", r"(Les også|Læs også|Read also|Read more)\s*:.*"),
    # Photo credit at the end of a caption line: "… Bagdad. Foto: AP/ NTB scanpix".
    BoilerplateRule(
        "photo_credit",
        r"(?<=[.!?»”\"])?\s*\b(Foto|Photo|Bilde|Billede)\s*:\s*[^.!?]{1,80}$",
        scope="inline",
    ),
    # A lone full stop left after a sentence already ended: "crisis. ." → "crisis."
    BoilerplateRule("stray_period", r"(?<=[.!?…”\"»])[ \t]+\.(?=[ \t]|$)", scope="inline"),
]


def default_rules() -> list[BoilerplateRule]:
    """The built-in rules plus any added with :func:`register_rule`, in order."""
    return list(_RULES)


def register_rule(rule: BoilerplateRule) -> None:
    """Add a rule to the defaults used by every new :class:`Cleaner`."""
    if any(r.name == rule.name for r in _RULES):
        raise ValueError(f"a boilerplate rule named '{rule.name}' already exists")
    _RULES.append(rule)


@dataclass(frozen=True)
class CleanResult:
    """Kept text blocks (spans into the raw text, one line at most each) and removals."""

    blocks: tuple[tuple[int, int], ...]
    removals: tuple[Removal, ...]


def _lines(raw: str) -> Iterable[tuple[int, int]]:
    pos = 0
    for line in raw.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        yield pos, end
        pos += len(line)


def _strip(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


class Cleaner:
    """Applies boilerplate rules to a document's raw text.

    Args:
        rules: Rules to apply (default: :func:`default_rules`).
        dedupe_lines: Remove a line that repeats an earlier line (after inline rules),
            as scraped photo captions often do. Reported as rule ``duplicate_line``.
        min_duplicate_chars: Shorter repeated lines are kept (a repeated "Ja." is text).
    """

    def __init__(
        self,
        rules: Sequence[BoilerplateRule] | None = None,
        *,
        dedupe_lines: bool = True,
        min_duplicate_chars: int = 40,
    ) -> None:
        self.rules = list(default_rules() if rules is None else rules)
        self.dedupe_lines = dedupe_lines
        self.min_duplicate_chars = min_duplicate_chars

    def clean(self, raw: str, *, doc: str = "", language: str | None = None) -> CleanResult:
        """Split ``raw`` into kept blocks and removals.

        Args:
            raw: The document text, verbatim.
            doc: Document id, copied into each :class:`Removal`.
            language: ISO 639-1 code selecting language-specific rules.

        Returns:
            A :class:`CleanResult`; ``raw[start:end]`` of each block is kept text.
        """
        rules = [(r, r.regex) for r in self.rules if r.applies_to(language)]
        line_rules = [(r, rx) for r, rx in rules if r.scope == "line"]
        inline_rules = [(r, rx) for r, rx in rules if r.scope == "inline"]
        removals: list[Removal] = []
        blocks: list[tuple[int, int]] = []
        seen: set[str] = set()
        for lstart, lend in _lines(raw):
            s, e = _strip(raw, lstart, lend)
            if s == e:
                continue
            text = raw[s:e]
            rule = next((r for r, rx in line_rules if rx.fullmatch(text)), None)
            if rule is not None:
                removals.append(Removal(doc, s, e, text, rule.name))
                continue
            cuts: list[tuple[int, int, str]] = []
            for r, rx in inline_rules:
                for m in rx.finditer(text):
                    if m.end() > m.start():
                        cuts.append((s + m.start(), s + m.end(), r.name))
            cuts = _merge(cuts)
            kept = _subtract(raw, s, e, cuts)
            key = _normalise(" ".join(raw[a:b] for a, b in kept))
            if self.dedupe_lines and len(key) >= self.min_duplicate_chars and key in seen:
                removals.append(Removal(doc, s, e, text, "duplicate_line"))
                continue
            seen.add(key)
            removals.extend(Removal(doc, a, b, raw[a:b], name) for a, b, name in cuts)
            blocks.extend(kept)
        removals.sort(key=lambda r: r.start)
        return CleanResult(tuple(blocks), tuple(removals))


def _merge(cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for a, b, name in sorted(cuts):
        if out and a <= out[-1][1]:
            pa, pb, pname = out[-1]
            out[-1] = (pa, max(pb, b), pname)
        else:
            out.append((a, b, name))
    return out


def _subtract(
    raw: str, start: int, end: int, cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    pos = start
    for a, b, _ in cuts:
        if a > pos:
            kept.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        kept.append((pos, end))
    out = []
    for a, b in kept:
        a, b = _strip(raw, a, b)
        if b > a:
            out.append((a, b))
    return out
