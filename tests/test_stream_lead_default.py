"""A document's digest keeps as much lead as story finding reads, by default."""

from __future__ import annotations

from translate.align.stories import StoryConfig
from translate.corpus.document import Document
from translate.corpus.prepare import prepare_all
from translate.stream.collect import Collector
from translate.stream.stages import DocumentOutcome


def test_digest_and_collector_default_to_the_story_lead_length():
    text = " ".join(f"Sentence {n} of a long article about a flood." for n in range(60))
    doc = prepare_all([Document("a", text, text, language="en")])[0]
    out = DocumentOutcome(doc, None, (), (), "k")
    lead = StoryConfig().lead_chars
    got = sum(len(s.text) + 1 for s in out.digest().sentences)
    assert lead <= got < lead + 60  # the sentence that crosses the lead length is kept
    assert out.digest() == out.digest(lead_chars=lead)
    assert Collector(keep=1).lead_chars is None  # resolved to the story default when used
