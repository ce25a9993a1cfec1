"""benchmarks/stories.py --explain: why a document stayed out of its event's main story."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from translate.align.embed import Embedder
from translate.align.stories import StoryConfig, find_stories

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from stories import explain_pieces  # noqa: E402


class WordEmbedder(Embedder):
    """"quake" texts on one axis, everything else on another."""

    name = "words-explain"
    model_id = "test"

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.array([[1.0, 0.1] if "quake" in t.lower() else [0.1, 1.0] for t in texts],
                        np.float32)


def doc(doc_id, language, text, day):
    return SimpleNamespace(id=doc_id, language=language,
                           sentences=(SimpleNamespace(text=text),),
                           document=SimpleNamespace(published=dt.date(2023, 2, day)))


def test_explain_names_the_parts_for_a_document_left_out():
    docs = [doc("a", "en", "Quake in Turkey kills thousands", 6),
            doc("b", "nb", "Quake i Tyrkia", 7),
            doc("c", "ar", "انفجار في بيروت", 8)]  # gold says: the same event
    gold = {"a": "e1", "b": "e1", "c": "e1"}
    cfg = StoryConfig(join=0.5)
    stories = find_stories(docs, embedder=WordEmbedder(), config=cfg)
    lines = explain_pieces(docs, stories, gold, embedder=WordEmbedder(), config=cfg)
    assert lines[0].startswith("c [ar, 2023-02-08] places: Beirut")
    assert "own event:" in lines[1] and "content" in lines[1] and "places -0.200" in lines[1]
    # every document in its event's main story: nothing to explain
    assert explain_pieces(docs[:2], find_stories(docs[:2], embedder=WordEmbedder(), config=cfg),
                          gold, embedder=WordEmbedder(), config=cfg) == []
