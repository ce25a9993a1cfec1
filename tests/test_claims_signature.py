"""The claims signature: settings that read claims differently never look alike."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from translate.claims import ClaimSettings, claims_signature, get_lexicon, with_category
from translate.claims.settings import RULES_VERSION
from translate.signature import Signature


def test_default_signature_fields() -> None:
    sig = Signature.parse(claims_signature())
    assert sig.name == "claims"
    assert sig["rules"] == RULES_VERSION
    assert sig["evidence"] == "yes"
    assert sig["fallback"] == "nn=nb,no=nb"
    assert len(sig["lexicon"]) == 12
    assert claims_signature(ClaimSettings()) == claims_signature()


def test_settings_that_change_claims_change_the_signature() -> None:
    base = claims_signature()
    no_evidence = claims_signature(ClaimSettings(translation_evidence=False))
    ships = with_category(get_lexicon("en"), "ships", ("ship*", "vessel*"))
    user = claims_signature(ClaimSettings(lexicons={"en": ships}))
    assert len({base, no_evidence, user}) == 3
    assert Signature.parse(no_evidence)["lexicon"] == Signature.parse(base)["lexicon"]
    assert Signature.parse(user)["evidence"] == "yes"
    # the built-in lexicon passed explicitly is the default reading
    same = claims_signature(ClaimSettings(lexicons={"en": get_lexicon("en")}))
    assert same == base


def test_lexicon_hash_is_the_same_in_another_process() -> None:
    code = "from translate.claims import claims_signature; print(claims_signature())"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True).stdout.strip()
    assert other == claims_signature()


def test_a_lexicon_that_is_not_one_is_refused() -> None:
    with pytest.raises(TypeError, match="not a Lexicon"):
        ClaimSettings(lexicons={"en": {"ships": ("ship",)}})  # type: ignore[dict-item]
