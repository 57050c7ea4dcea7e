"""Config files: discovery, validation, precedence (defaults < file < overrides < CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck import check_text
from tqcheck.config import (
    Config,
    ConfigError,
    effective,
    find_config,
    for_document,
    load_config,
    merge_cli,
    resolve,
)
from tqcheck.model import Document, Severity
from tqcheck.settings import Settings

TEXT = "He said the the talks failed.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# Discovery
# ---------------------------------------------------------------------------


def test_find_config_walks_up_from_a_file(tmp_path):
    config = write(tmp_path / "proj" / "tqcheck.toml", 'lang = "de"\n')
    article = write(tmp_path / "proj" / "a" / "b" / "x.txt", TEXT)
    assert find_config(article) == config
    assert find_config(article.parent) == config
    assert find_config(tmp_path / "proj" / "a" / "missing.txt") == config


def test_order_within_a_directory(tmp_path):
    first = write(tmp_path / "tqcheck.toml", 'lang = "de"\n')
    second = write(tmp_path / ".tqcheck.toml", 'lang = "fr"\n')
    third = write(tmp_path / "pyproject.toml", '[tool.tqcheck]\nlang = "en"\n')
    assert find_config(tmp_path) == first
    first.unlink()
    assert find_config(tmp_path) == second
    second.unlink()
    assert find_config(tmp_path) == third


def test_pyproject_without_table_does_not_count(tmp_path):
    outer = write(tmp_path / "tqcheck.toml", 'lang = "de"\n')
    write(tmp_path / "inner" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config(tmp_path / "inner" / "x.txt") == outer


def test_nearest_directory_wins(tmp_path):
    write(tmp_path / "tqcheck.toml", 'lang = "de"\n')
    inner = write(tmp_path / "inner" / ".tqcheck.toml", 'lang = "fr"\n')
    assert find_config(tmp_path / "inner" / "x.txt") == inner


def test_resolve_explicit_isolated_and_stdin(tmp_path, monkeypatch):
    write(tmp_path / "tqcheck.toml", 'lang = "de"\n')
    other = write(tmp_path / "elsewhere.toml", 'lang = "fr"\n')
    monkeypatch.chdir(tmp_path)
    assert resolve(["-"]).values == {"lang": "de"}
    assert resolve([str(tmp_path / "x.txt")], explicit=str(other)).values == {"lang": "fr"}
    assert resolve(["-"], explicit=str(other), isolated=True) == Config()
    with pytest.raises(ConfigError, match=r"missing\.toml: cannot read"):
        resolve(["-"], explicit=str(tmp_path / "missing.toml"))


def test_resolve_without_any_file_is_empty(tmp_path):
    config = resolve([str(tmp_path / "x.txt")])
    if config.path is None:  # a stray config above the temp dir would be found, rightly
        assert config == Config()
        assert config.apply(Settings()) == Settings()


# ---------------------------------------------------------------------------
# Every key
# ---------------------------------------------------------------------------

FULL = """
lang = "de"
source-lang = "zh"
style = "typographic"
rules = ["packs"]
select = ["quotes", "words.repeated"]
ignore = ["typography.straight-quotes"]
extend-select = ["links"]
severity = { "quotes" = "critical", "words.repeated" = "info" }
fail-under = 90
fail-under-feed = 97.5
fail-on = "none"
max-findings = 3
format = ["text", "json:out/report.json"]
jobs = 4
glossary = "glossary.csv"
include = ["articles/**"]
exclude = ["drafts", "*.bak"]

[scoring]
min-words = 10
weights = { major = 4, minor = 0.5 }

[[overrides]]
files = ["wire/**"]
lang = "fr"
"""


@pytest.fixture
def full_config(tmp_path) -> Config:
    (tmp_path / "packs").mkdir()
    write(tmp_path / "glossary.csv", "a,b\n")
    return load_config(write(tmp_path / "tqcheck.toml", FULL))


def test_every_key_applied(full_config, tmp_path):
    s = full_config.apply(Settings())
    assert (s.lang, s.source_lang, s.style) == ("de", "zh", "typographic")
    assert s.rule_dirs == (str(tmp_path / "packs"),)
    assert s.select == ("quotes", "words.repeated")
    assert s.ignore == ("typography.straight-quotes",)
    assert s.extend_select == ("links",)
    assert s.severity == {"quotes": Severity.CRITICAL, "words.repeated": Severity.INFO}
    assert s.gate.fail_under == 90.0 and s.gate.fail_under_feed == 97.5
    assert s.gate.fail_on is None and s.gate.max_findings == 3
    assert s.scoring.min_words == 10
    assert s.scoring.weights == {
        Severity.INFO: 0.0,
        Severity.MINOR: 0.5,
        Severity.MAJOR: 4.0,
        Severity.CRITICAL: 25.0,
    }


def test_cli_only_values_are_exposed(full_config, tmp_path):
    v = full_config.values
    assert v["format"] == ("text", f"json:{tmp_path / 'out' / 'report.json'}")
    assert v["jobs"] == 4
    assert v["glossary"] == str(tmp_path / "glossary.csv")
    assert v["include"] == ("articles/**",)
    assert v["exclude"] == ("drafts", "*.bak")


def test_include_and_exclude(full_config, tmp_path):
    assert full_config.accepts(str(tmp_path / "articles" / "a.txt"))
    assert not full_config.accepts(str(tmp_path / "other" / "a.txt"))
    assert not full_config.accepts(str(tmp_path / "articles" / "drafts" / "a.txt"))
    assert not full_config.accepts(str(tmp_path / "articles" / "a.bak"))
    assert Config().accepts("anything.txt")


def test_pyproject_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[tool.tqcheck]\nfail-on = "critical"\n')
    settings = load_config(path).apply(Settings())
    assert settings.gate.fail_on is Severity.CRITICAL


def test_file_values_change_the_check(tmp_path):
    config = load_config(write(tmp_path / "tqcheck.toml", 'ignore = ["words"]\n'))
    assert check_text(TEXT).findings
    assert not check_text(TEXT, settings=config.apply(Settings())).findings


# ---------------------------------------------------------------------------
# Precedence: file < CLI
# ---------------------------------------------------------------------------


def test_cli_overrides_the_file(full_config, tmp_path):
    file_settings = full_config.apply(Settings())
    s = merge_cli(
        file_settings,
        lang="en",
        source_lang="ja",
        style="plain",
        select=("boundary",),
        fail_under=80,
        fail_under_feed=60.0,
        fail_on="major",
        max_findings=0,
    )
    assert (s.lang, s.source_lang, s.style, s.select) == ("en", "ja", "plain", ("boundary",))
    assert (s.gate.fail_under, s.gate.fail_under_feed) == (80.0, 60.0)
    assert (s.gate.fail_on, s.gate.max_findings) == (Severity.MAJOR, 0)
    assert s.severity == file_settings.severity  # no CLI flag for it
    assert merge_cli(file_settings, fail_on="none").gate.fail_on is None


def test_cli_none_and_empty_leave_the_file_alone(full_config):
    file_settings = full_config.apply(Settings())
    unchanged = merge_cli(
        file_settings, lang=None, select=(), ignore=(), rule_dirs=(), fail_under=None
    )
    assert unchanged == file_settings


def test_cli_ignore_extend_select_and_rules_add_to_the_file(full_config, tmp_path):
    s = merge_cli(
        full_config.apply(Settings()),
        ignore=("links.url",),
        extend_select=("names",),
        rule_dirs=("mine.toml",),
    )
    assert s.ignore == ("typography.straight-quotes", "links.url")
    assert s.extend_select == ("links", "names")
    assert s.rule_dirs == (str(tmp_path / "packs"), "mine.toml")


def test_merge_cli_rejects_unknown_options():
    with pytest.raises(TypeError, match="colour"):
        merge_cli(Settings(), colour="red")


# ---------------------------------------------------------------------------
# Bad configs: the message names the file and the key
# ---------------------------------------------------------------------------

BAD = [
    ('colour = "red"\n', "colour: unknown key"),
    ("lang = 5\n", "lang: expected a non-empty string, got integer 5"),
    ('lang = "english language"\n', "lang: 'english language' is not a language code"),
    ('style = "fancy"\n', "style: unknown style 'fancy'"),
    ('select = "quotes"\n', "select: expected a list of strings"),
    ('ignore = ["quotes", 3]\n', "ignore[1]: expected a non-empty string"),
    ('select = ["quotes, words"]\n', "select[0]: 'quotes, words' is not a rule id"),
    ('severity = { quotes = "fatal" }\n', "severity.quotes: unknown severity string 'fatal'"),
    ("severity = 3\n", "severity: expected a table"),
    ('fail-under = "high"\n', "fail-under: expected a number, got string 'high'"),
    ("fail-under = 120\n", "fail-under: must be between 0 and 100"),
    ("fail-under-feed = -1\n", "fail-under-feed: must not be negative"),
    ("fail-under = true\n", "fail-under: expected a number, got boolean True"),
    ('fail-on = "fatal"\n', "fail-on: unknown severity string 'fatal'"),
    ("max-findings = -2\n", "max-findings: must not be negative"),
    ("max-findings = 1.5\n", "max-findings: expected an integer"),
    ("jobs = 0\n", "jobs: must be at least 1"),
    ('format = ["pdf"]\n', "format[0]: unknown format 'pdf'"),
    ('format = ["json:"]\n', "format[0]: 'json:' names no output file"),
    ('rules = ["nowhere"]\n', "rules[0]: no such file or directory"),
    ('glossary = "nowhere.csv"\n', "glossary: no such file or directory"),
    ("[scoring]\nmin-word = 3\n", "scoring.min-word: unknown key; did you mean 'min-words'?"),
    ("[scoring]\nmin-words = -3\n", "scoring.min-words: must not be negative"),
    ("[scoring.weights]\nminor = -1\n", "scoring.weights.minor: must not be negative"),
    ("[scoring.weights]\nsmall = 1\n", "scoring.weights.small: unknown severity"),
    ('overrides = { files = ["a"] }\n', "overrides: expected an array of tables"),
    ('[[overrides]]\nlang = "de"\n', "overrides[0].files: missing"),
    ("[[overrides]]\nfiles = []\n", "overrides[0].files: must list at least one glob"),
    ('[[overrides]]\nfiles = ["a"]\nfail-under = 3\n', "overrides[0].fail-under: unknown key"),
    ('[[overrides]]\nfiles = ["a"]\nlang = 1\n', "overrides[0].lang: expected a non-empty"),
    (
        '[[overrides]]\nfiles = ["a"]\n[[overrides]]\nfiles = ["b"]\nseverity = { x = "big" }\n',
        "overrides[1].severity.x: unknown severity",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m.split(":")[0] for _, m in BAD])
def test_bad_config_names_file_and_key(tmp_path, text, message):
    path = write(tmp_path / "tqcheck.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: {message}")


def test_bad_pyproject_key_is_dotted_from_tool(tmp_path):
    path = write(
        tmp_path / "pyproject.toml",
        '[tool.tqcheck]\nlang = "en"\n\n[[tool.tqcheck.overrides]]\nfiles = ["*.md"]\nlang = 7\n',
    )
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool\.tqcheck\.overrides\[0\]\.lang"):
        load_config(path)
    write(path, '[tool.tqcheck]\nlangs = "en"\n')
    with pytest.raises(
        ConfigError, match=r"tool\.tqcheck\.langs: unknown key; did you mean 'lang'"
    ):
        load_config(path)


def test_invalid_toml_and_missing_table(tmp_path):
    broken = write(tmp_path / "tqcheck.toml", "lang = \n")
    with pytest.raises(ConfigError, match=r"tqcheck\.toml: not valid TOML"):
        load_config(broken)
    plain = write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"no \[tool\.tqcheck\] table"):
        load_config(plain)


# ---------------------------------------------------------------------------
# Per-glob overrides
# ---------------------------------------------------------------------------

OVERRIDES = """
ignore = ["links"]

[[overrides]]
files = ["wire/**"]
lang = "de"
ignore = ["words"]
severity = { "quotes" = "minor" }

[[overrides]]
files = ["*.md"]
style = "typographic"
select = ["quotes"]

[[overrides]]
files = ["wire/fr/*.txt"]
lang = "fr"
"""


@pytest.fixture
def overridden(tmp_path) -> tuple[Config, Settings]:
    config = load_config(write(tmp_path / "tqcheck.toml", OVERRIDES))
    return config, config.apply(Settings())


def test_override_applies_to_matching_files(overridden, tmp_path):
    config, base = overridden
    s = config.for_path(base, str(tmp_path / "wire" / "a.txt"))
    assert s.lang == "de"
    assert s.ignore == ("links", "words")
    assert s.severity == {"quotes": Severity.MINOR}
    assert s.style == "plain"


def test_later_override_wins_and_globs_combine(overridden, tmp_path):
    config, base = overridden
    s = config.for_path(base, str(tmp_path / "wire" / "fr" / "a.txt"))
    assert s.lang == "fr" and s.ignore == ("links", "words")
    md = config.for_path(base, str(tmp_path / "wire" / "b.md"))
    assert (md.lang, md.style, md.select) == ("de", "typographic", ("quotes",))


def test_override_globs_are_relative_to_the_config(overridden, tmp_path, monkeypatch):
    config, base = overridden
    assert config.for_path(base, str(tmp_path / "other" / "wire" / "a.txt")) == base
    assert config.for_path(base, None) == base
    assert config.for_path(base, "-") == base
    monkeypatch.chdir(tmp_path / "..")
    relative = f"{tmp_path.name}/wire/a.txt"
    assert config.for_path(base, relative).lang == "de"


def test_for_document_relabels_the_language(overridden, tmp_path):
    config, base = overridden
    doc = Document(text=TEXT, lang="en", path=str(tmp_path / "wire" / "a.txt"))
    settings, relabelled = for_document(config, base, doc)
    assert settings.lang == relabelled.lang == "de"
    # A language the reader took from the record itself is kept.
    polish = Document(text=TEXT, lang="pl", path=doc.path)
    assert for_document(config, base, polish)[1].lang == "pl"
    # The CLI beats the override (the reader labelled the document with the CLI's --lang).
    italian = Document(text=TEXT, lang="it", path=doc.path)
    settings, relabelled = for_document(config, base, italian, lang="it")
    assert settings.lang == relabelled.lang == "it"


# ---------------------------------------------------------------------------
# effective()
# ---------------------------------------------------------------------------


def test_effective_defaults():
    assert effective(Settings(), Config()) == (
        "# Effective tqcheck configuration (defaults < config file < command line).\n"
        "# Config file: none\n"
        'lang = "en"\n'
        "# source-lang is not set\n"
        'style = "plain"\n'
        "rules = []\n"
        "select = []\n"
        "ignore = []\n"
        "extend-select = []\n"
        "fail-under = 95.0\n"
        "# fail-under-feed is not set\n"
        'fail-on = "major"\n'
        "# max-findings is not set\n"
        "\n"
        "[severity]\n"
        "\n"
        "[scoring]\n"
        "min-words = 20\n"
        "\n"
        "[scoring.weights]\n"
        "info = 0.0\n"
        "minor = 1.0\n"
        "major = 5.0\n"
        "critical = 25.0\n"
        "\n"
        "[limits]\n"
        "max-document-chars = 5000000\n"
        "max-line-chars = 1000000\n"
        "max-passages = 20000\n"
        "max-findings = 2000\n"
    )


def test_limits_from_the_config_file(tmp_path):
    path = tmp_path / "tqcheck.toml"
    path.write_text("[limits]\nmax-document-chars = 50\nmax-findings = 0\n", encoding="utf-8")
    settings = load_config(path).apply(Settings())
    assert settings.limits.max_document_chars == 50
    assert settings.limits.max_findings is None
    path.write_text("[limits]\nmax-doc = 50\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="limits: unknown limit"):
        load_config(path)


def test_effective_shows_file_cli_and_overrides(overridden, tmp_path):
    config, base = overridden
    settings = merge_cli(base, fail_on="none", select=("words",))
    text = effective(settings, config, extra={"format": ("json",)})
    assert f"# Config file: {tmp_path / 'tqcheck.toml'}\n" in text
    assert 'select = ["words"]\nignore = ["links"]\n' in text
    assert 'fail-on = "none"\n' in text
    assert 'format = ["json"]\n' in text
    assert text.endswith('[[overrides]]\nfiles = ["wire/fr/*.txt"]\nlang = "fr"\n'), text
    assert '[[overrides]]\nfiles = ["wire/**"]\nlang = "de"\nignore = ["words"]\n' in text
    assert 'severity = { "quotes" = "minor" }\n' in text
    assert effective(settings, config) == effective(settings, config)


def test_effective_round_trips(full_config, tmp_path):
    settings = merge_cli(full_config.apply(Settings()), max_findings=7)
    text = effective(settings, full_config)
    again = load_config(write(tmp_path / "again" / "tqcheck.toml", text))
    assert again.apply(Settings()) == settings
    assert again.values["format"] == full_config.values["format"]
    assert [o.values for o in again.overrides] == [o.values for o in full_config.overrides]
