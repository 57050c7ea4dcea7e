"""Every rule's own examples: must flag, must pass, and fixes give the expected text.

Example strings may carry a language and a source:
``"de: TEXT"`` checks TEXT as German; ``"xx: SOURCE ||| TARGET"`` checks TARGET (in the
rule's language) against SOURCE in language xx, and a third part is a reference. The
glossary rules run with ``tests/data/bilingual/glossary.tsv`` loaded.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex

import tqcheck
from tqcheck.engine import rules_for
from tqcheck.fixes import apply_fixes
from tqcheck.settings import Settings

from .conftest import ROOT

RULES = rules_for(Settings())
_PREFIX = regex.compile(r"^([a-z]{2}): ")
GLOSSARY = ROOT / "tests" / "data" / "bilingual" / "glossary.tsv"


def _lang(rule) -> str:
    return "en" if "*" in rule.languages else rule.languages[0]


def _parse(rule, example: str) -> tuple[str, dict[str, Any]]:
    """(target text, keyword arguments for check_text)."""
    parts = example.split(" ||| ")
    first = parts[0]
    prefix = _PREFIX.match(first)
    lang_of_first = prefix.group(1) if prefix else None
    first = first[prefix.end() :] if prefix else first
    kwargs: dict[str, Any] = {"lang": _lang(rule)}
    if len(parts) == 1:
        if lang_of_first:
            kwargs["lang"] = lang_of_first
        target = first
    else:
        target = parts[1]
        kwargs["source"] = first
        kwargs["source_lang"] = lang_of_first
        if len(parts) > 2:
            kwargs["reference"] = parts[2]
    if rule.detector == "glossary" and GLOSSARY.exists():
        from tqcheck.glossary import load_glossary

        kwargs["meta"] = {"glossary": load_glossary(GLOSSARY)}
    return target, kwargs


def _findings(rule, example: str):
    target, kwargs = _parse(rule, example)
    settings = Settings(select=(rule.id,), style=rule.styles[0] if rule.styles else "plain")
    report = tqcheck.check_text(target, settings=settings, **kwargs)
    for f in report.findings:
        assert target[f.start : f.end] == f.text
    return target, [f for f in report.findings if f.rule == rule.id], report


def _cases(kind: str):
    for rule in RULES:
        for i, example in enumerate(getattr(rule.examples, kind)):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{i}")


def test_every_rule_has_examples():
    for rule in RULES:
        assert rule.examples.flag, f"{rule.id} has no must-flag example"
        assert rule.examples.passes, f"{rule.id} has no must-pass example"
        if rule.fix and rule.kind != "detector":
            assert rule.examples.fixed, f"{rule.id} has no fix example"


@pytest.mark.parametrize(("rule", "example"), list(_cases("flag")))
def test_flag_examples(rule, example):
    _, found, _ = _findings(rule, example)
    assert found, f"{rule.id} did not flag: {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("passes")))
def test_pass_examples(rule, example):
    _, found, _ = _findings(rule, example)
    assert not found, f"{rule.id} flagged {[f.text for f in found]} in {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("fixed")))
def test_fixed_examples(rule, example):
    before, expected = example
    target, _, report = _findings(rule, before)
    result = apply_fixes(target, report.findings, unsafe=True)
    assert result.text == expected


def _prefilter_cases():
    for rule in RULES:
        if rule.prefilter is not None:
            for i, example in enumerate(rule.examples.flag + rule.examples.passes):
                yield pytest.param(rule, example, id=f"{rule.id}-{i}")


@pytest.mark.parametrize(("rule", "example"), list(_prefilter_cases()))
def test_prefilter_finds_something_in_every_match(rule, example):
    """A prefilter that misses a match of its pattern would silently hide findings."""
    target, _ = _parse(rule, example)
    for m in rule.pattern.finditer(target):
        assert rule.prefilter.search(m.group()), f"{rule.id}: prefilter misses {m.group()!r}"


def test_prefiltered_rules_flag_their_examples():
    """The check above is not vacuous: every prefiltered rule's pattern matches its examples."""
    prefiltered = [r for r in RULES if r.prefilter is not None]
    assert prefiltered
    for rule in prefiltered:
        for example in rule.examples.flag:
            assert rule.pattern.search(_parse(rule, example)[0]), (rule.id, example)
