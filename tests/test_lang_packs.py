"""Each target language runs its own pack and none of another language's."""

from __future__ import annotations

import pytest

from tqcheck.engine import rules_for, select_rules
from tqcheck.settings import Settings

ENGLISH_ONLY = (
    "boundary.lost",
    "links.leftover-text",
    "boilerplate.byline",
    "punctuation.space-before",
    "consistency.acronyms",
)


@pytest.mark.parametrize(
    ("lang", "own"),
    [
        ("de", {"boundary.lost.de", "links.leftover-text.de", "punctuation.space-before.de"}),
        ("fr", {"boundary.lost.fr", "punctuation.missing-space.fr", "links.leftover-text.fr"}),
    ],
)
def test_english_only_rules_do_not_run_for_other_languages(lang, own):
    ids = {r.id for r in select_rules(rules_for(Settings()), Settings(), lang)}
    assert not ids & set(ENGLISH_ONLY)
    assert own <= ids
