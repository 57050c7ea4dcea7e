"""`tqcheck fix` through the command line: diff, in-place fixes, exit codes."""

from __future__ import annotations

from click.testing import CliRunner

from tqcheck.cli import main

BROKEN = "From: Jane Doe\n\nHe said the the talks  failed , and left.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_diff_changes_nothing_and_exits_1(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BROKEN, encoding="utf-8")
    result = run("fix", str(article), "--diff")
    assert result.exit_code == 1
    assert "-He said the the talks  failed , and left." in result.stdout
    assert "+He said the talks failed, and left." in result.stdout
    assert article.read_text(encoding="utf-8") == BROKEN


def test_fix_in_place_then_check_is_clean(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BROKEN, encoding="utf-8")
    result = run("fix", str(article))
    assert result.exit_code == 0
    assert (
        article.read_text(encoding="utf-8")
        == "By Jane Doe\n\nHe said the talks failed, and left.\n"
    )
    assert "Fixed" in result.stderr
    assert run("check", str(article), "--fail-on", "minor").exit_code == 0
    assert run("fix", str(article), "--diff").exit_code == 0


def test_unsupported_format_named_explicitly_exits_2(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<p>The the talks failed.</p>", encoding="utf-8")
    result = run("fix", str(page))
    assert result.exit_code == 2
    assert "cannot rewrite HTML" in result.stderr
