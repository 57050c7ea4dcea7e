"""Regex safety: backtracking shapes are linted at load time and bounded at run time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck
from tqcheck.engine import rules_for
from tqcheck.patterns import lint_pattern, lint_rules
from tqcheck.rulepack import load_rules
from tqcheck.settings import Settings

# -- the linter -----------------------------------------------------------------------------

EXPONENTIAL = [
    r"(a+)+",
    r"(a+)+$",
    r"(a*)*",
    r"(?:a*)*b",
    r"(a|a)*",
    r"(a|aa)+$",
    r"(?:x|(?:a|ab)|a)+",
    r"(.*a){10}",
    r"(.*a){20}$",
    r"(\w+\s?)+$",
    r"^(\w+,?\s*)*$",
    r"(\s*,\s*)+$",
    r"(\w|_)+",
    r"(\d+)*\D$",
    r"((a+)b?)+",
    r"(?i)(A|a)+",
    r"(?x) ( a + ) +   # verbose, with a comment",
    r"(?P<w>[\p{L}\p{M}]+[^\S\n]?)+\.",
]
POLYNOMIAL = [r"\s*\s*x", r".*.*=.*", r"\p{L}+\p{Lu}+", r"a{2,}a{3,}", r"\s+:?\s+x"]
SAFE = [
    r"(ab+)+",
    r"(\w+\s)+",
    r"(?:the|this)+",
    r"(a|ab)*",
    r"(?>a+)+",
    r"(a++)+",
    r"(a+)++",
    r"(?:\d+\.)+\d+",
    r"[a-z]+",
    r"\bthe\b",
    r"(a+){1}",
    r"(?:\s*,)?\s+x",
    r"“(?P<q>[^“”„\"\n]{0,400}?)”",
    r"(?<![\p{L}\p{N}])(?P<w>[\p{L}\p{N}]+)[^\S\n]+(?P<p>[,;:!?]|\.(?!\.))(?=\s|$)",
    r"[[(]+\)",  # '[' inside a set is literal (regex version 0)
]


@pytest.mark.parametrize("pattern", EXPONENTIAL)
def test_exponential_shapes_warn(pattern: str) -> None:
    warnings = lint_pattern(pattern)
    assert warnings, pattern
    assert any(w.startswith(("nested quantifier", "overlapping alternation")) for w in warnings)
    assert all("\n" not in w for w in warnings)


@pytest.mark.parametrize("pattern", POLYNOMIAL)
def test_polynomial_shapes_warn(pattern: str) -> None:
    assert [w.split(":")[0] for w in lint_pattern(pattern)] == ["overlapping quantifiers"]


@pytest.mark.parametrize("pattern", SAFE)
def test_safe_shapes_do_not_warn(pattern: str) -> None:
    assert lint_pattern(pattern) == []


def test_ignore_case_flag_folds_literal_alternatives() -> None:
    assert lint_pattern("(A|a)+") == []
    assert lint_pattern("(A|a)+", regex.IGNORECASE)


def test_warning_names_the_pieces_and_the_fix() -> None:
    (warning,) = lint_pattern(r"(a+)+$")
    assert warning.startswith("nested quantifier: 'a+' is repeated inside '(a+)+'")
    assert "possessive" in warning and "atomic" in warning


def test_unparsable_patterns_give_no_warnings() -> None:
    assert lint_pattern("(unclosed") == []
    assert lint_pattern("[unclosed") == []
    assert lint_pattern("\\") == []
    assert lint_pattern("(" * 10_000 + "a" + ")" * 10_000) == []


PIECES = [*"ab.|()[]{}*+?^$\\,:-=!<>#PpLwsdxiV1 0123", "(?", "{2,}", "\\p{L}", "(?>"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_lint_never_raises(pattern: str) -> None:
    assert isinstance(lint_pattern(pattern), list)
    assert isinstance(lint_pattern(pattern, regex.VERBOSE | regex.IGNORECASE), list)


# The shipped packs are linted clean except for reviewed, bounded shapes: this one is
# anchored at \A, so its two overlapping space runs cost O(spaces²) once per passage.
# Rewriting it as '(?:[^\S\n]*:)?[^\S\n]+' would remove the warning.
SHIPPED_ALLOWED = {("boilerplate.byline", "overlapping quantifiers")}


def test_shipped_packs_have_no_catastrophic_patterns() -> None:
    found = set()
    for rule in load_rules():
        for pattern in [rule.pattern, *rule.exceptions] if rule.pattern else []:
            for warning in lint_pattern(pattern.pattern, pattern.flags):
                found.add((rule.id, warning.split(":")[0]))
    assert found <= SHIPPED_ALLOWED, sorted(found - SHIPPED_ALLOWED)


def write_pack(directory: Path, pattern: str, rule_id: str = "user.redos") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "user.toml").write_text(
        "[pack]\nname = 'user'\nlanguages = ['*']\n\n"
        f"[[rule]]\nid = '{rule_id}'\ncategory = 'style/test'\nseverity = 'minor'\n"
        f"message = 'Backtracks.'\npattern = '''{pattern}'''\n",
        encoding="utf-8",
    )
    return directory


def test_lint_rules_names_pack_and_rule(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", r"(a|aa)+$")
    rules = [r for r in load_rules([str(pack)]) if r.id == "user.redos"]
    (line,) = lint_rules(rules)
    assert line.startswith(f"{pack / 'user.toml'}: rule 'user.redos': overlapping alternation")


# -- the engine ------------------------------------------------------------------------------

TEXT = (
    "The the council met on Tuesday.\n\n"
    + "a" * 40
    + "!\n\n"
    + "The mayor spoke. The the vote was close.\n"
)


@pytest.mark.parametrize(
    ("pattern", "catastrophic"),
    [
        # The regex module's own safeguards make this classic shape fail fast, so it must
        # simply finish: no error, no finding (there is no 'a' run at a line end).
        (r"(a+)+$", False),
        # These still backtrack exponentially in the regex module: the budget stops them.
        (r"(a|aa)+$", True),
        (r"(?:a|a)+$", True),
    ],
)
def test_catastrophic_user_rule_is_stopped_by_its_budget(
    tmp_path: Path, pattern: str, catastrophic: bool
) -> None:
    pack = write_pack(tmp_path / "pack", pattern)
    settings = Settings(rule_dirs=(str(pack),), pattern_timeout=0.2)
    rules_for(settings)  # load (and cache) the packs outside the timed part
    started = time.monotonic()
    report = tqcheck.check_text(TEXT, settings=settings)
    elapsed = time.monotonic() - started
    assert elapsed < 0.2 + 2.0, f"took {elapsed:.2f}s with a 0.2s budget"
    errors = [e for e in report.errors if "user.redos" in e]
    if catastrophic:
        assert errors == ["rule user.redos: pattern exceeded its 0.2s budget; rule skipped"]
    else:
        assert errors == []
    # every other rule still ran
    assert [f.text for f in report.findings if f.rule == "words.repeated"] == ["The the"] * 2
    assert not [f for f in report.findings if f.rule == "user.redos"]
    for f in report.findings:
        assert TEXT[f.start : f.end] == f.text


def _calibrated_run(pattern: regex.Pattern[str], timeout: float) -> int:
    """A length of 'a' run whose failing search takes a fair part of ``timeout``."""
    for n in range(18, 40):
        started = time.monotonic()
        try:
            pattern.search("a" * n + "!", timeout=timeout)
        except TimeoutError:
            break
        if time.monotonic() - started > timeout / 5:
            return n
    pytest.skip("could not calibrate a slow-but-within-budget input on this machine")


def test_budget_bounds_the_rule_on_the_whole_document(tmp_path: Path) -> None:
    timeout = 0.2
    pattern = regex.compile(r"(a|aa)+$", regex.MULTILINE)
    n = _calibrated_run(pattern, timeout)
    text = "\n\n".join(["The the council met."] + ["a" * n + "!"] * 40)
    pack = write_pack(tmp_path / "pack", r"(a|aa)+$")
    settings = Settings(rule_dirs=(str(pack),), pattern_timeout=timeout)
    rules_for(settings)
    started = time.monotonic()
    report = tqcheck.check_text(text, settings=settings)
    elapsed = time.monotonic() - started
    assert elapsed < timeout + 0.8, f"40 passages took {elapsed:.2f}s with a {timeout}s budget"
    assert any("user.redos" in e for e in report.errors)


def test_timed_out_rule_contributes_no_findings(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", r"\bcouncil\b|(a|aa)+$")
    settings = Settings(rule_dirs=(str(pack),), pattern_timeout=0.2)
    rules_for(settings)
    text = "The council met.\n\n" + "a" * 40 + "!\n"
    report = tqcheck.check_text(text, settings=settings)
    assert any("user.redos" in e for e in report.errors)
    assert [f.text for f in report.findings if f.rule == "user.redos"] == []


def test_cli_warns_about_backtracking_in_user_packs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tqcheck.cli import main

    pack = write_pack(tmp_path / "pack", r"(a|aa)+$", rule_id="user.cli-redos")
    article = tmp_path / "a.txt"
    article.write_text("The council met.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(article), "--rules", str(pack), "--jobs", "1"], catch_exceptions=False
    )
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith("tqcheck: warning: ")
    assert "rule 'user.cli-redos': overlapping alternation" in warnings[0]


def test_whole_document_pass_finds_what_each_passage_would(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", r"\w+\s+\w+", rule_id="user.pair")
    settings = Settings(rule_dirs=(str(pack),))
    report = tqcheck.check_text("Alpha\n\nBeta gamma.", settings=settings)
    assert [f.text for f in report.findings if f.rule == "user.pair"] == ["Beta gamma"]
