"""Configuration, gates, baseline, explain, eval and statistics through the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tqcheck.cli import main

ARTICLE = (
    "The talks ended on Monday. Both sides said they would meet again next week.\n\n"
    "He said the the talks had failed.\n"
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_config_file_is_found_and_cli_overrides_it(tmp_path):
    (tmp_path / "tqcheck.toml").write_text(
        'ignore = ["words"]\nfail-on = "minor"\n', encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("check", str(article), "--format", "json").exit_code == 0
    assert run("check", str(article), "--isolated", "--fail-on", "minor").exit_code == 1
    # Flags override the file: the file ignores "words", the flag gates on minor findings
    # of the rules that remain selected.
    (tmp_path / "tqcheck.toml").write_text('fail-on = "critical"\n', encoding="utf-8")
    assert run("check", str(article)).exit_code == 0
    assert run("check", str(article), "--fail-on", "minor").exit_code == 1


def test_bad_config_names_key_and_file(tmp_path):
    (tmp_path / "tqcheck.toml").write_text('colour = "red"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("check", str(article))
    assert result.exit_code == 2
    assert "tqcheck.toml" in result.stderr and "colour" in result.stderr


def test_config_command_prints_effective_configuration(tmp_path):
    (tmp_path / "tqcheck.toml").write_text('lang = "de"\n', encoding="utf-8")
    result = run("config", str(tmp_path), "--style", "typographic")
    assert result.exit_code == 0
    assert 'lang = "de"' in result.stdout and 'style = "typographic"' in result.stdout


def test_max_findings_gate(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("check", str(article), "--fail-on", "none", "--fail-under", "0").exit_code == 0
    result = run(
        "check", str(article), "--fail-on", "none", "--fail-under", "0", "--max-findings", "0"
    )
    assert result.exit_code == 1


def test_fail_under_feed(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = ("check", str(article), "--fail-on", "none", "--fail-under", "0")
    assert run(*args, "--fail-under-feed", "50").exit_code == 0
    assert run(*args, "--fail-under-feed", "99.9").exit_code == 1


def test_baseline_hides_known_findings_and_catches_new_ones(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert (
        run(
            "check", str(article), "--fail-on", "minor", "--baseline-write", str(baseline)
        ).exit_code
        == 1
    )
    # An unrelated paragraph above the known finding does not resurrect it.
    article.write_text("A new first paragraph was added.\n\n" + ARTICLE, encoding="utf-8")
    result = run(
        "check", str(article), "--fail-on", "minor", "--baseline", str(baseline), "--format", "json"
    )
    assert result.exit_code == 0, result.stdout
    assert "1 findings baselined, 0 baseline entries no longer match" in result.stderr
    article.write_text(ARTICLE + "\nA new new slip.\n", encoding="utf-8")
    result = run("check", str(article), "--fail-on", "minor", "--baseline", str(baseline))
    assert result.exit_code == 1


def test_explain_and_unknown_rule():
    result = run("explain", "quotes.unbalanced")
    assert result.exit_code == 0
    assert "Why it matters" in result.stdout and "Flagged" in result.stdout
    result = run("explain", "quotes.nope")
    assert result.exit_code == 2 and "quotes.unbalanced" in result.stderr


def test_rules_filters():
    result = CliRunner().invoke(main, ["rules", "--category", "style"], terminal_width=200)
    assert "boilerplate.credit" in result.stdout and "quotes.unbalanced" not in result.stdout


def test_eval_on_a_small_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    records = [
        {
            "text": "He said the the talks failed.",
            "errors": [{"start": 8, "end": 15, "category": "Fluency/Grammar"}],
        },
        {"text": "The talks failed on Monday.", "errors": []},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = run("eval", str(gold), "--format", "json", "--select", "words")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert json.dumps(data)  # valid JSON with figures
    assert "precision" in result.stdout


def test_statistics(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("check", str(article), "--statistics", "--exit-zero")
    assert "words.repeated" in result.stderr
