"""Every rule's own examples: must flag, must pass, and fixes give the expected text."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.engine import rules_for
from tqcheck.fixes import apply_fixes
from tqcheck.settings import Settings

RULES = rules_for(Settings())


def _lang(rule) -> str:
    return "en" if "*" in rule.languages else rule.languages[0]


def _check(rule, text: str):
    settings = Settings(select=(rule.id,), style=rule.styles[0] if rule.styles else "plain")
    report = tqcheck.check_text(text, lang=_lang(rule), settings=settings)
    for f in report.findings:
        assert text[f.start : f.end] == f.text
    return [f for f in report.findings if f.rule == rule.id]


def _cases(kind: str):
    for rule in RULES:
        examples = getattr(rule.examples, kind)
        for i, example in enumerate(examples):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{i}")


def test_every_rule_has_examples():
    for rule in RULES:
        assert rule.examples.flag, f"{rule.id} has no must-flag example"
        assert rule.examples.passes, f"{rule.id} has no must-pass example"
        if rule.fix:
            assert rule.examples.fixed or rule.kind == "detector", f"{rule.id} has no fix example"


@pytest.mark.parametrize(("rule", "example"), list(_cases("flag")))
def test_flag_examples(rule, example):
    assert _check(rule, example), f"{rule.id} did not flag: {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("passes")))
def test_pass_examples(rule, example):
    found = _check(rule, example)
    assert not found, f"{rule.id} flagged {[f.text for f in found]} in {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("fixed")))
def test_fixed_examples(rule, example):
    before, expected = example
    settings = Settings(select=(rule.id,), style=rule.styles[0] if rule.styles else "plain")
    report = tqcheck.check_text(before, lang=_lang(rule), settings=settings)
    result = apply_fixes(before, report.findings, unsafe=True)
    assert result.text == expected
