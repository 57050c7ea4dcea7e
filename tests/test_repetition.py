"""The repeated-text detector's keys."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tqcheck.detectors.repetition import _norm, _sentence_keys
from tqcheck.model import Document
from tqcheck.segment import segment

# Sentence ends, white space of every kind, letters whose case folding changes length.
pieces = st.sampled_from([". ", "! ", "? ", "…", ".\u00a0", "\u2028", "\x1c", " ", "\n", "“"])
words = st.sampled_from(["The", "ΣΑΣ", "Straße", "ﬁx", "U.S.", "3", "Mr."])
texts = st.lists(st.one_of(pieces, words, st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_passage_key_is_its_sentence_keys_joined(text: str) -> None:
    for passage in segment(Document(text)):
        keys = _sentence_keys(text, passage)
        if keys is not None:
            assert " ".join(filter(None, keys)) == _norm(text[passage.start : passage.end])
