"""A broken rule pack fails at load time, naming file, rule and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.engine import select_rules
from tqcheck.rulepack import RulePackError, load_pack, load_rules
from tqcheck.settings import Settings

GOOD = """
[[rule]]
id = "house.cliche"
category = "style/cliche"
severity = "minor"
message = "Cliché."
pattern = 'at the end of the day'
[rule.examples]
flag = ["at the end of the day"]
pass = ["ultimately"]
"""


def write(tmp_path: Path, body: str, name: str = "pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_good_pack_loads(tmp_path):
    rules = load_pack(write(tmp_path, GOOD))
    assert [r.id for r in rules] == ["house.cliche"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            ("pattern = 'at the end of the day'", "pattern = 'at (the'"),
            "invalid regular expression",
        ),
        (('severity = "minor"', 'severity = "huge"'), "'severity' must be one of"),
        (
            ('message = "Cliché."', 'message = "Cliché."\ncolour = "red"'),
            "unknown key(s) for a pattern rule: colour",
        ),
        (('id = "house.cliche"', 'id = "House Cliche"'), "'id' must be a dotted"),
        (('category = "style/cliche"\n', ""), "'category' is required"),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nreplacement = 'y'"),
            "must say 'fix",
        ),
        (
            (
                "pattern = 'at the end of the day'",
                "pattern = 'x'\nreplacement = '\\g<nope>'\nfix = 'safe'",
            ),
            "unknown group",
        ),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nprefilter = 'x('"),
            "invalid regular expression in 'prefilter'",
        ),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nprefilter = '\\bx'"),
            "'prefilter' may not use anchors, word boundaries or lookarounds: \\b",
        ),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nprefilter = '(?<=a)x$'"),
            "'prefilter' may not use anchors, word boundaries or lookarounds: $ (?<=",
        ),
        (
            (
                "pattern = 'at the end of the day'",
                'kind = "detector"\ndetector = "quotes"\nprefilter = "x"',
            ),
            "unknown key(s) for a detector rule: prefilter",
        ),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nconvention-styles = ['plain']"),
            "'convention-styles' needs 'other-convention'",
        ),
        (
            (
                "pattern = 'at the end of the day'",
                "pattern = 'x'\nother-convention = 'y'\nconvention-styles = ['fancy']",
            ),
            "unknown style(s) in 'convention-styles': fancy",
        ),
        (
            ("pattern = 'at the end of the day'", "pattern = 'x'\nother-convention = 'y('"),
            "invalid regular expression in 'other-convention'",
        ),
    ],
)
def test_bad_rule_is_reported(tmp_path, change, reason):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RulePackError) as info:
        load_pack(path)
    message = str(info.value)
    assert str(path) in message
    assert reason in message


def test_unknown_detector_and_option(tmp_path):
    body = GOOD.replace("pattern = 'at the end of the day'", 'kind = "detector"\ndetector = "nope"')
    with pytest.raises(RulePackError, match="unknown detector 'nope'"):
        load_pack(write(tmp_path, body))
    body = GOOD.replace(
        "pattern = 'at the end of the day'",
        'kind = "detector"\ndetector = "quotes"\noptions = { colour = 1 }',
    )
    with pytest.raises(RulePackError, match="unknown option 'colour'"):
        load_pack(write(tmp_path, body))


def test_invalid_toml(tmp_path):
    with pytest.raises(RulePackError, match="not valid TOML"):
        load_pack(write(tmp_path, "[[rule]\nid = "))


def test_duplicate_id_across_packs(tmp_path):
    write(tmp_path, GOOD, "a.toml")
    write(tmp_path, GOOD, "b.toml")
    with pytest.raises(RulePackError, match="duplicate rule id"):
        load_rules([tmp_path])


def test_duplicate_of_shipped_rule(tmp_path):
    write(tmp_path, GOOD.replace("house.cliche", "quotes.unbalanced"))
    with pytest.raises(RulePackError, match=r"'quotes\.unbalanced': duplicate rule id"):
        load_rules([tmp_path])


def test_select_ignore_and_severity_override(tmp_path):
    rules = load_rules([write(tmp_path, GOOD)])
    ids = {r.id for r in select_rules(rules, Settings(select=("house",)))}
    assert ids == {"house.cliche"}
    ids = {r.id for r in select_rules(rules, Settings(ignore=("quotes", "house.cliche")))}
    assert "house.cliche" not in ids and "quotes.unbalanced" not in ids
    assert "boundary.lost" in ids
    from tqcheck.model import Severity

    chosen = select_rules(rules, Settings(select=("house",), severity={"house": Severity.MAJOR}))
    assert chosen[0].severity is Severity.MAJOR
