"""Machine-translation and cross-source claim alignment workbench.

Entry points::

    import translate
    corpus = translate.load_corpus("seeds/")        # typed documents
    result = translate.run("seeds/")                # clean, detect, segment, translate
    translate.write_report(result, "out/")          # out/report.json

Importing the package loads no model and no heavy library (torch, transformers); they
are imported by the functions that need them.
"""

__version__ = "0.1.0"  # first: submodules read it while the package initialises

from translate.corpus.loader import load_corpus
from translate.errors import ModelNotAvailableError, WorkbenchError
from translate.mt.translator import Translator
from translate.pipeline import RunResult, run, write_report

__all__ = [
    "ModelNotAvailableError",
    "RunResult",
    "Translator",
    "WorkbenchError",
    "load_corpus",
    "run",
    "write_report",
    "__version__",
]
