"""The README's "Use in CI" commands work as written."""

from __future__ import annotations

import shlex
import shutil

import junitparser
from click.testing import CliRunner

from tqcheck.cli import main

from .conftest import ROOT, SAMPLES


def _ci_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Use in CI") :]
    commands = []
    for line in section.splitlines():
        line = line.strip().removeprefix("- run: ")
        if line.startswith("tqcheck "):
            commands.append(shlex.split(line)[1:])
    return commands


def test_readme_ci_commands(tmp_path, monkeypatch):
    commands = _ci_commands()
    assert len(commands) == 2
    feed = tmp_path / "feed"
    feed.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, feed / sample.name)
    monkeypatch.chdir(tmp_path)
    for args in commands:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 1, result.output  # the machine-translated samples fail
    assert (tmp_path / "tqcheck.sarif").stat().st_size > 0
    suite = junitparser.JUnitXml.fromfile(str(tmp_path / "tqcheck.xml"))
    assert sum(1 for _ in suite) >= 1
    assert "tqcheck" in (tmp_path / "summary.md").read_text(encoding="utf-8")
