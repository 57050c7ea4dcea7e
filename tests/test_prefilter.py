"""A pattern rule's prefilter: the pattern runs only where the prefilter finds something."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck
from tqcheck.settings import Settings


def _rule(rule_id: str, pattern: str, extra: str = "") -> str:
    return (
        f"[[rule]]\nid = '{rule_id}'\ncategory = 'style/test'\nseverity = 'minor'\n"
        f"message = 'Test.'\npattern = '''{pattern}'''\n{extra}\n"
    )


def _settings(directory: Path, *rules: str) -> Settings:
    directory.mkdir(parents=True, exist_ok=True)
    pack = "[pack]\nname = 'user'\nlanguages = ['*']\n\n" + "\n".join(rules)
    (directory / "user.toml").write_text(pack, encoding="utf-8")
    return Settings(rule_dirs=(str(directory),), select=("user",))


def _found(text: str, settings: Settings, rule_id: str) -> list[str]:
    report = tqcheck.check_text(text, settings=settings)
    return [f.text for f in report.findings if f.rule == rule_id]


# A prefilter that does not hold for the pattern ('#' is in no match) shows where the
# pattern ran: only in what contains a '#'.
@pytest.mark.parametrize(
    ("pattern", "extra", "text", "expected"),
    [
        # one pass over the whole document
        (
            r"\p{Lu}\p{Ll}+",
            "",
            "Alpha one.\n\nBeta # Delta.\n\nGamma three.",
            ["Beta", "Delta"],
        ),
        # passage by passage (an anchored pattern)
        (r"^\p{Lu}\p{Ll}+", "", "Alpha one.\n\nBeta # two.\n\nGamma three.", ["Beta"]),
        # sentence by sentence
        (
            r"^\p{Lu}\p{Ll}+",
            "scope = 'sentence'",
            "Alpha one. Beta # two.\n\nGamma three.",
            ["Beta"],
        ),
        # the whole document at once
        (r"\A\p{Lu}\p{Ll}+", "scope = 'document'", "Alpha one.\n\nBeta # two.", ["Alpha"]),
        (r"\A\p{Lu}\p{Ll}+", "scope = 'document'", "Alpha one.\n\nBeta two.", []),
    ],
)
def test_pattern_runs_only_where_the_prefilter_finds_something(
    tmp_path: Path, pattern: str, extra: str, text: str, expected: list[str]
) -> None:
    settings = _settings(tmp_path, _rule("user.word", pattern, extra + "\nprefilter = '#'"))
    assert _found(text, settings, "user.word") == expected


# Words, spaces, commas and line breaks: matches inside passages, matches that would
# cross a blank line (the passage is then matched alone), passages without a comma.
TEXTS = st.lists(
    st.sampled_from(["Alpha", "beta", " ", ",", " ,", "\n", "\n\n", "Gamma ,", "."]),
    max_size=40,
).map("".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_a_sound_prefilter_changes_no_finding(tmp_path: Path, text: str) -> None:
    pattern = r"\w+\s+,"
    settings = _settings(
        tmp_path,
        _rule("user.whole", pattern),
        _rule("user.filtered", pattern, r"prefilter = '\s,'"),
        # the never-matching anchored branch makes the engine match passage by passage
        _rule("user.passages", pattern + "|(?!)$"),
    )
    report = tqcheck.check_text(text, settings=settings)
    spans = {
        rule: [(f.start, f.end) for f in report.findings if f.rule == rule]
        for rule in ("user.whole", "user.filtered", "user.passages")
    }
    assert spans["user.filtered"] == spans["user.whole"] == spans["user.passages"]
