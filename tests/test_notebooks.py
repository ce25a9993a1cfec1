"""The exploration notebook runs top to bottom on the seeds (public API only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _kernel_name() -> str:
    """``python3`` when its kernelspec runs this interpreter, else a spec installed here."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        spec = None
    if spec is not None and spec.argv[0] in (sys.executable, "python", "python3") and (
        spec.argv[0] == sys.executable or Path(sys.prefix) in Path(spec.resource_dir).parents
    ):
        return "python3"
    pytest.skip(f"the 'python3' Jupyter kernel does not run {sys.executable}; install one with "
                "`python -m ipykernel install --sys-prefix`")
    return ""  # pragma: no cover


@pytest.mark.parametrize("name", ["explore.ipynb"])
def test_notebook_is_committed_clean(name: str) -> None:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell["outputs"] and cell["execution_count"] is None


@pytest.mark.parametrize("name", ["explore.ipynb"])
def test_notebook_runs(name: str) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name=_kernel_name(),
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code"
            for o in c.outputs if "text/html" in o.get("data", {})]
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs)
    assert "available=False" in text                     # no weights: said, and why
    assert any('dir="rtl"' in h for h in html)             # Arabic right to left
    assert any('class="fid"' in h for h in html)           # fidelity marks (random model)
    assert any("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code"
               for o in c.outputs)                        # plots rendered
