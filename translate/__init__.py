"""Machine-translation and cross-source claim alignment workbench.

Entry points::

    import translate
    corpus = translate.load_corpus("seeds/")        # typed documents
    result = translate.run("seeds/")                # clean, detect, segment, translate
    translate.write_report(result, "out/")          # out/report.json
    translate.run_to("archive/", "out/")            # any size: streamed, resumable

Importing the package loads no model and no heavy library (torch, transformers), and no
subpackage: each entry point is imported on first use (PEP 562), so
``import translate.claims.types`` loads the claim types, not the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate._lazy import lazy_exports

__version__ = "0.1.0"

if TYPE_CHECKING:
    from translate.corpus.loader import load_corpus
    from translate.errors import ModelNotAvailableError, WorkbenchError
    from translate.mt.translator import Translator
    from translate.pipeline import RunOutput, RunResult, run, run_to, write_report

_HOMES = {
    "ModelNotAvailableError": "errors",
    "RunOutput": "pipeline",
    "RunResult": "pipeline",
    "Translator": "mt.translator",
    "WorkbenchError": "errors",
    "load_corpus": "corpus.loader",
    "run": "pipeline",
    "run_to": "pipeline",
    "write_report": "pipeline",
}

__all__ = [
    "ModelNotAvailableError",
    "RunOutput",
    "RunResult",
    "Translator",
    "WorkbenchError",
    "load_corpus",
    "run",
    "run_to",
    "write_report",
    "__version__",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
