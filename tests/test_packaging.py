"""The installed package carries its data: rule packs, language data and word lists."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.languages import available_languages, get_language
from tqcheck.resources import rules_dir


def test_rule_packs_and_language_data_are_found():
    directory = rules_dir()
    assert (directory / "core.toml").is_file()
    assert {"en", "de", "fr"} <= set(available_languages())
    for code in ("en", "de", "fr"):
        language = get_language(code)
        assert len(language.openers) > 100, code
        assert len(language.common_words) > 1000, code


def test_a_source_tree_reads_the_rules_beside_it():
    """Code imported from a second checkout (a worktree) reads that checkout's rules, not
    the ones an editable install points at."""
    beside = Path(tqcheck.__file__).resolve().parent.parent / "rules"
    if not (beside / "core.toml").is_file():
        pytest.skip("tqcheck is imported from an installed wheel")
    assert rules_dir() == beside
