"""report.html: self-contained, well-formed, complete; rendered in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import translate
from translate.display import write_html_report

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if p), None)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.urls: list[str] = []
        self.rtl: list[str] = []
        self._rtl_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href", "action") and v]
        if a.get("dir") == "rtl":
            self.rtl.append(a.get("lang") or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def report(seeds_run: translate.RunResult, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[translate.RunResult, Path]:
    # the seeds main job, run once per session (tests/conftest.py)
    return seeds_run, write_html_report(seeds_run, tmp_path_factory.mktemp("report"))


def test_report_is_self_contained_and_complete(report: tuple[translate.RunResult, Path]) -> None:
    result, path = report
    assert path.name == "report.html"
    page = path.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    parser.close()
    text = "".join(parser.text)
    for d in result.documents:
        assert d.id in text
    for c in result.claims:
        assert c.quote in text, c.quote
    assert "ar" in parser.rtl
    # nothing is fetched: only in-page anchors and embedded images
    assert parser.urls
    for url in parser.urls:
        assert url.startswith(("#", "data:image/")), url[:80]
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page)
    assert "<script" not in page and "@import" not in page and "url(" not in page
    # every claim location links to a sentence that exists
    ids = set(re.findall(r'id="([^"]+)"', page))
    targets = {u[1:] for u in parser.urls if u.startswith("#")}
    assert targets <= ids, sorted(targets - ids)[:5]


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium/Chrome installed "
                    "(apt-get install -y chromium) to render report.html")
def test_report_renders_in_headless_chromium(report: tuple[translate.RunResult, Path],
                                             tmp_path: Path) -> None:
    _, path = report
    shot = tmp_path / "report.png"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
           f"--screenshot={shot}", "--window-size=1280,2000", path.resolve().as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=90, check=False)
    assert shot.is_file() and shot.stat().st_size > 20_000
    pil = pytest.importorskip("PIL.Image")
    with pil.open(shot) as im:
        colours = im.convert("RGB").resize((64, 100)).getcolors(maxcolors=64 * 100)
    assert colours is not None and len(colours) > 20  # a rendered page, not a blank one


def test_model_advice_once_per_model(tmp_path: Path) -> None:
    import warnings

    texts = {"da": "Mindst 25 militante blev dræbt i angrebet søndag, oplyser myndighederne.",
             "nb": "Minst 25 militante ble drept i angrepet søndag, opplyser myndighetene.",
             "nb2": "Soldatene kommer i tillegg til de rundt 700 som allerede er der nå.",
             "ar": "أعلنت الولايات المتحدة أنها أرسلت 30 مركبة مدرعة للجيش العراقي في بغداد."}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run(texts, allow_download=False, cache=False, align=False,
                               progress=False)
    assert not any(st.available for st in result.models.values())
    page = write_html_report(result, tmp_path, plots=False).read_text(encoding="utf-8")
    models = {st.model for st in result.models.values()}
    assert len(models) == 2  # one for da and nb, one for ar
    assert page.count("Fix 1:") == len(models)  # once per model, at the top
    top, _, documents = page.partition("<h2>Documents</h2>")
    assert "How to get the missing translation models" in top
    assert "Fix 1:" not in documents and "hf download" not in documents
    assert documents.count("not available on this machine") == len(texts)  # the cause stays


def test_the_claims_plot_draws_a_bounded_number_of_claims_and_says_so():
    from translate.claims.types import Claim
    from translate.display.report_html import MAX_PLOTTED_CLAIMS, _plotted_claims

    claims = [Claim(id=f"d#c{i}", doc="d", quote=str(i), start=0, end=1, value=float(i),
                    low=float(i), high=float(i), hedge="exact", category="killed", direction=None,
                    change=None,
                    sentence=str(i), sentence_index=i, language="en")
              for i in range(MAX_PLOTTED_CLAIMS * 3)]

    class Group:
        cross_source = True
        claims = ("d#c200", "d#c201")

    shown, note = _plotted_claims(claims, [Group()])
    assert len(shown) == MAX_PLOTTED_CLAIMS
    assert {"d#c200", "d#c201"} <= {c.id for c in shown}
    assert f"{MAX_PLOTTED_CLAIMS} of {len(claims):,} claims" in note
    assert _plotted_claims(claims[:5], []) == (claims[:5], "")
