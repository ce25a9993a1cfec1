"""The import graph: result types never load the display layer or the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

TYPES_MODULES = ("translate.claims.types", "translate.align.types", "translate.mt.types",
                 "translate.results")


def _loaded_after(statement: str) -> list[str]:
    """The ``translate`` modules a fresh interpreter holds after running ``statement``."""
    code = (f"import sys, json\n{statement}\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('translate'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("module", TYPES_MODULES)
def test_types_import_neither_display_nor_pipeline(module: str) -> None:
    loaded = _loaded_after(f"import {module}")
    assert module in loaded
    assert [m for m in loaded if m.startswith("translate.display")] == []
    assert "translate.pipeline" not in loaded
    if module != "translate.results":
        assert "translate.results" not in loaded


@pytest.mark.parametrize(
    ("module", "loaded"),
    [("translate.align.types", ["translate.align", "translate.align.types"]),
     ("translate.mt.types", ["translate.mt", "translate.mt.types", "translate.signature"])],
    ids=["align", "mt"],
)
def test_types_load_only_what_they_need(module: str, loaded: list[str]) -> None:
    base = ["translate", "translate._lazy", "translate._repr"]
    assert _loaded_after(f"import {module}") == sorted(base + loaded)


def test_package_import_is_lazy_and_entry_points_resolve() -> None:
    assert _loaded_after("import translate") == ["translate", "translate._lazy"]
    loaded = _loaded_after("import translate\nassert callable(translate.run)\n"
                           "assert translate.Translator.__name__ == 'Translator'")
    assert "translate.pipeline" in loaded


def test_repr_html_reaches_the_registered_view() -> None:
    from translate._repr import repr_html
    from translate.claims.types import Claim

    c = Claim("d#c1", "d", "3 soldater", 0, 10, 3, 3, 3, "exact", "troops", None, None,
              "3 soldater.", 0, "nb")
    assert c._repr_html_() == repr_html(c)
    assert ">3 soldater</mark>" in c._repr_html_()
    with pytest.raises(TypeError, match="no HTML view for int: views exist for .*Claim"):
        repr_html(3)
