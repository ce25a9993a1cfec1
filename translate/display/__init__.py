"""Rich display for Jupyter and the HTML report: views, DataFrames and plots.

::

    from translate.display import show, claims_frame, plot_claims, write_html_report

    show(result)                      # documents side by side, claims, fidelity (HTML)
    claims_frame(result.claims)       # a pandas DataFrame
    plot_claims(result.claims)        # hedge ranges per category and source
    write_html_report(result, "out/") # out/report.html, self-contained

pandas and matplotlib are imported only by the functions that need them.

Rendering lives on this side only: :func:`to_html` (:mod:`translate.display.render`) holds
one view per result type, and the result types reach it through ``translate._repr`` when
Jupyter asks for their ``_repr_html_``; they never import this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate._lazy import lazy_exports

if TYPE_CHECKING:
    from translate.display.frames import (
        claims_frame,
        documents_frame,
        groups_frame,
        sentences_frame,
    )
    from translate.display.groups import groups_html, similarity_html
    from translate.display.plots import (
        figure_to_data_uri,
        plot_claims,
        plot_scores,
        plot_similarity,
    )
    from translate.display.render import to_html
    from translate.display.report_html import render_report, write_html_report
    from translate.display.show import HTMLView, show
    from translate.display.views import (
        claim_html,
        claims_html,
        document_html,
        models_html,
        run_html,
        translation_html,
    )

_HOMES = {
    "claims_frame": "frames", "documents_frame": "frames", "groups_frame": "frames",
    "sentences_frame": "frames", "groups_html": "groups", "similarity_html": "groups",
    "figure_to_data_uri": "plots", "plot_claims": "plots", "plot_scores": "plots",
    "plot_similarity": "plots", "render_report": "report_html",
    "write_html_report": "report_html", "HTMLView": "show", "show": "show",
    "to_html": "render",
    "claim_html": "views", "claims_html": "views", "document_html": "views",
    "models_html": "views", "run_html": "views", "translation_html": "views",
}

__all__ = [
    "HTMLView", "claim_html", "claims_frame", "claims_html", "document_html",
    "documents_frame", "figure_to_data_uri", "groups_frame", "groups_html", "models_html",
    "plot_claims", "plot_scores", "plot_similarity", "render_report", "run_html",
    "sentences_frame", "show", "similarity_html", "to_html", "translation_html",
    "write_html_report",
]


__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
