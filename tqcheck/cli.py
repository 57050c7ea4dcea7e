"""The ``tqcheck`` command line.

Exit codes: 0 every document passes the gate, 1 at least one fails it, 2 usage error,
unreadable input or a broken rule pack or configuration (with a one-line reason on stderr;
``--debug`` adds the traceback).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from tqcheck import __version__
from tqcheck.model import Severity
from tqcheck.readers import FORMATS as READ_FORMATS
from tqcheck.readers import ReadOptions
from tqcheck.reporters import FORMATS
from tqcheck.rulepack import STYLES
from tqcheck.run import EXIT_ERROR, EXIT_FAILED, EXIT_OK, Run
from tqcheck.settings import Settings

SEVERITIES = [s.value for s in Severity]
_debug = False


def _one_line(message: str) -> str:
    """A message quoting input, made safe for a terminal: no control or bidi characters."""
    from tqcheck.reporters.text import safe_terminal_text

    return " ".join(safe_terminal_text(message).split("\n"))


def _fail(message: str) -> NoReturn:
    click.echo(f"tqcheck: error: {_one_line(message)}", err=True)
    sys.exit(EXIT_ERROR)


def _user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Known user errors become one line on stderr and exit 2 (a traceback with --debug)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from tqcheck.baseline import BaselineError
        from tqcheck.config import ConfigError
        from tqcheck.evaluate import EvalError
        from tqcheck.glossary import GlossaryError
        from tqcheck.rulepack import RulePackError

        try:
            return fn(*args, **kwargs)
        except (
            RulePackError,
            ConfigError,
            BaselineError,
            EvalError,
            GlossaryError,
            OSError,
        ) as exc:
            if _debug:
                raise
            if isinstance(exc, OSError):
                _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
            _fail(str(exc))

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tqcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def main(debug: bool) -> None:
    """Check machine-translated news for the artifacts editors see at once.

    \b
    Quick start:
      tqcheck check article.txt            score and highlight one article
      tqcheck check feeds/ --format json   a machine-readable report of a folder
      tqcheck fix article.txt --diff       show the safe repairs
      tqcheck rules                        every rule, with its id and severity
      tqcheck explain quotes.unbalanced    what a rule checks and why
    """
    global _debug
    _debug = debug


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def settings_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that checks: language, rules and configuration."""
    options = [
        click.option("--lang", default=None, help="Target language of the text [default: en]."),
        click.option("--source-lang", default=None, help="Language the text was translated from."),
        click.option(
            "--style",
            type=click.Choice(STYLES),
            default=None,
            help="House-style preset [default: plain]; 'typographic' adds quote and dash rules.",
        ),
        click.option(
            "--select", multiple=True, help="Only these rules (ids or prefixes, comma-separated)."
        ),
        click.option("--extend-select", multiple=True, help="Add these rules to the selection."),
        click.option("--ignore", multiple=True, help="Skip these rules (ids or prefixes)."),
        click.option(
            "--rules",
            "rule_dirs",
            multiple=True,
            type=click.Path(exists=True),
            help="Extra rule pack file or directory (repeatable).",
        ),
        click.option(
            "--config",
            "config_file",
            type=click.Path(exists=True, dir_okay=False),
            help="Configuration file (default: tqcheck.toml, .tqcheck.toml or pyproject.toml "
            "[tool.tqcheck], searched upwards from the first path).",
        ),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
        click.option(
            "--glossary",
            type=click.Path(exists=True, dir_okay=False),
            help="TSV of required (source<TAB>target) and forbidden (!term) terms.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def gate_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--fail-under",
            type=click.FloatRange(0, 100),
            default=None,
            help="Fail a document scoring below this [default: 95].",
        ),
        click.option(
            "--fail-under-feed",
            type=click.FloatRange(0, 100),
            default=None,
            help="Fail the run when the overall score is below this.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice([*SEVERITIES, "none"]),
            default=None,
            help="Fail a document with a finding of this severity or worse [default: major].",
        ),
        click.option(
            "--max-findings",
            type=click.IntRange(0),
            default=None,
            help="Fail a document with more findings than this.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _resolve_settings(
    paths: tuple[str, ...], kw: dict[str, Any]
) -> tuple[Settings, Settings, Any, dict[str, Any]]:
    """defaults < configuration file < command line; returns (run, file, config, cli)."""
    from tqcheck.config import merge_cli, resolve
    from tqcheck.engine import rules_for

    config = resolve(
        paths, explicit=kw.pop("config_file", None), isolated=kw.pop("isolated", False)
    )
    cli = {
        "lang": kw.get("lang"),
        "source_lang": kw.get("source_lang"),
        "style": kw.get("style"),
        "select": _split(kw.get("select", ())),
        "ignore": _split(kw.get("ignore", ())),
        "extend_select": _split(kw.get("extend_select", ())),
        "rule_dirs": kw.get("rule_dirs", ()),
        "fail_under": kw.get("fail_under"),
        "fail_under_feed": kw.get("fail_under_feed"),
        "fail_on": kw.get("fail_on"),
        "max_findings": kw.get("max_findings"),
    }
    file_settings = config.apply(Settings())
    settings = merge_cli(file_settings, **cli)
    rules = rules_for(settings)  # load and validate every pack before reading any input
    _warn_patterns(rules)
    return settings, file_settings, config, cli


def _warn_patterns(rules: Any) -> None:
    """Backtracking-prone patterns of the user's packs, one warning line each."""
    from tqcheck.patterns import lint_rules
    from tqcheck.resources import rules_dir

    shipped = rules_dir()
    user = [r for r in rules if Path(r.path).parent != shipped]
    for warning in lint_rules(user):
        click.echo(f"tqcheck: warning: {_one_line(warning)}", err=True)


def _glossary_meta(path: str | None, config: Any) -> dict[str, Any]:
    path = path or config.values.get("glossary")
    if not path:
        return {}
    from tqcheck.glossary import load_glossary

    return {"glossary": load_glossary(path)}


def parse_formats(values: tuple[str, ...], output: str | None) -> list[tuple[str, str | None]]:
    """``text``, ``sarif:out.sarif`` → [(format, file or None for stdout)]."""
    outputs: list[tuple[str, str | None]] = []
    for value in values:
        name, _, path = value.partition(":")
        if name not in FORMATS:
            known = ", ".join(sorted(FORMATS))
            raise click.BadParameter(
                f"unknown format {name!r} (use {known})", param_hint="--format"
            )
        outputs.append((name, path or output))
    targets = [path for _, path in outputs]
    if len(targets) != len(set(targets)):
        raise click.BadParameter(
            "two formats would write to the same place; give each its own file (FORMAT:FILE)",
            param_hint="--format",
        )
    return outputs


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@settings_options
@gate_options
@click.option(
    "--format",
    "formats",
    multiple=True,
    metavar="FORMAT[:FILE]",
    help="Output format, optionally with its own file; repeat for several outputs in one "
    f"run (--format text --format sarif:out.sarif). Formats: {', '.join(sorted(FORMATS))}. "
    "[default: text]",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option(
    "--exit-zero", is_flag=True, help="Report without gating: exit 0 unless input is bad."
)
@click.option("--baseline", "baseline_file", type=click.Path(exists=True, dir_okay=False),
              help="Report and gate only findings not recorded in this baseline.")  # fmt: skip
@click.option("--baseline-write", type=click.Path(dir_okay=False),
              help="Record the current findings as the baseline in FILE.")  # fmt: skip
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Scores only; no passages, no progress bar.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Worker processes [default: number of cores].")  # fmt: skip
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on this Dask scheduler (tqcheck[dask]); each PATH is a shard.")  # fmt: skip
@click.option("--input-format", type=click.Choice(sorted(READ_FORMATS)), default=None,
              help="Format of stdin and of named files [default: by suffix].")  # fmt: skip
@click.option(
    "--field", default=None, help="JSONL: key of the target text [default: target, text]."
)
@click.option("--include", multiple=True, help="Directories: only files matching this glob.")
@click.option("--exclude", multiple=True, help="Directories: skip files matching this glob.")
@click.option("--source", "source_path", type=click.Path(exists=True, dir_okay=False),
              help="The source article of one target file (source-aware rules).")  # fmt: skip
@click.option("--reference", "reference_path", type=click.Path(exists=True, dir_okay=False),
              help="A reference translation of one target file (BLEU, chrF, TER).")  # fmt: skip
@click.option("--source-column", default="source", show_default=True, help="CSV/TSV source column.")
@click.option(
    "--target-column", default=None, help="CSV/TSV target column [default: target, text]."
)
@click.option("--reference-column", default="reference", show_default=True, help="CSV/TSV column.")
@_user_errors
def check(paths: tuple[str, ...], **kw: Any) -> None:
    """Check articles and report each passage's score and findings.

    PATH is a file, a directory (searched recursively for every supported format: .txt
    .md .html .jsonl .rss .atom .xml .xlf .xliff .tmx .csv .tsv) or - for standard input.

    \b
    Examples:
      tqcheck check article.txt
      tqcheck check samples/ --format json --output report.json
      tqcheck check feed.jsonl --format text --format sarif:out.sarif --format html:report.html
      cat article.txt | tqcheck check - --lang en
      tqcheck check article.en.txt --source article.de.txt --source-lang de --reference ref.txt
      tqcheck check feed/ --fail-under 95 --fail-on major
    """
    from tqcheck.baseline import Baseline

    settings, file_settings, config, cli = _resolve_settings(paths, kw)
    if (kw["source_path"] or kw["reference_path"]) and len(paths) != 1:
        raise click.UsageError("--source and --reference need exactly one target file")
    formats = kw["formats"] or config.values.get("format") or ("text",)
    outputs = parse_formats(tuple(formats), kw["output"])
    read_options = ReadOptions(
        lang=settings.lang, source_lang=settings.source_lang, input_format=kw["input_format"],
        field=kw["field"], include=kw["include"] or tuple(config.values.get("include", ())),
        exclude=kw["exclude"] or tuple(config.values.get("exclude", ())),
        source_path=kw["source_path"], reference_path=kw["reference_path"],
        source_column=kw["source_column"], target_column=kw["target_column"],
        reference_column=kw["reference_column"],
    )  # fmt: skip
    from tqcheck.parallel import default_jobs

    run = Run(
        settings=settings,
        file_settings=file_settings,
        config=config,
        cli=cli,
        read_options=read_options,
        outputs=outputs,
        jobs=kw["jobs"] or config.values.get("jobs") or default_jobs(),
        baseline=Baseline.load(kw["baseline_file"]) if kw["baseline_file"] else None,
        baseline_write=kw["baseline_write"],
        document_meta=_glossary_meta(kw["glossary"], config),
        reporter_options={"quiet": kw["quiet"]},
        progress=not kw["quiet"],
        on_error=lambda e: click.echo(f"tqcheck: error: {_one_line(str(e))}", err=True),
        scheduler=kw["scheduler"],
    )
    code = run.execute(paths)
    summary = run.summary
    if kw["baseline_file"]:
        click.echo(
            f"tqcheck: {summary.baselined} findings baselined, "
            f"{summary.stale_baseline} baseline entries no longer match",
            err=True,
        )
    if kw["statistics"]:
        _print_statistics(summary.by_rule)
    sys.exit(EXIT_OK if kw["exit_zero"] and code == EXIT_FAILED else code)


def _print_statistics(by_rule: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    from tqcheck.engine import rules_for

    known = {r.id: r for r in rules_for(Settings())}
    table = Table(title="Findings per rule", header_style="bold")
    table.add_column("count", justify="right")
    table.add_column("rule", style="cyan")
    table.add_column("severity")
    table.add_column("description", overflow="fold")
    for rule_id, count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = known.get(rule_id)
        table.add_row(
            str(count),
            rule_id,
            rule.severity.value if rule else "",
            rule.description.splitlines()[0] if rule else "",
        )
    Console(stderr=True).print(table)


@main.command("fix")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@settings_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes a person should confirm.")
@click.option("--diff", is_flag=True, help="Print a unified diff and change nothing.")
@click.option(
    "--field", default=None, help="JSONL: key of the target text [default: target, text]."
)
@click.option("--include", multiple=True, help="Directories: only files matching this glob.")
@click.option("--exclude", multiple=True, help="Directories: skip files matching this glob.")
@_user_errors
def fix_command(paths: tuple[str, ...], unsafe_fixes: bool, diff: bool, **kw: Any) -> None:
    """Apply the safe fixes in place, then report what remains.

    Safe fixes cannot change meaning (doubled spaces and words, space before punctuation,
    scraped metadata lines, `From: Name` bylines); --unsafe-fixes adds plausible repairs
    a person should confirm (a lost full stop, a spliced link). Files are written
    atomically and only if unchanged since they were read. Text, Markdown, JSONL (only
    the target field changes) and XLIFF (only plain targets) can be rewritten.

    \b
    Exit codes: 0 done; 1 with --diff when something would change; 2 a file could not be
    fixed (unreadable, changed meanwhile, or a format tqcheck cannot rewrite).

    \b
    Examples:
      tqcheck fix article.txt
      tqcheck fix samples/ --diff
      tqcheck fix feed.jsonl --unsafe-fixes
    """
    from tqcheck.fixer import fix_paths

    field, include, exclude = kw.pop("field"), kw.pop("include"), kw.pop("exclude")
    settings, _, config, _ = _resolve_settings(paths, kw)
    read_options = ReadOptions(
        lang=settings.lang, source_lang=settings.source_lang, field=field,
        include=include or tuple(config.values.get("include", ())),
        exclude=exclude or tuple(config.values.get("exclude", ())),
    )  # fmt: skip
    code = EXIT_OK
    applied = remaining = unsafe_left = 0
    for result in fix_paths(
        paths, settings, unsafe=unsafe_fixes, diff=diff, read_options=read_options
    ):
        applied += result.applied
        remaining += result.remaining
        unsafe_left += result.unsafe_fixable
        if result.status in ("error", "conflict") or (
            result.status == "unsupported" and result.path in paths
        ):
            code = EXIT_ERROR
            click.echo(f"tqcheck: error: {result.path}: {result.message}", err=True)
        elif result.status == "unsupported":
            click.echo(f"tqcheck: warning: {result.path}: {result.message}", err=True)
        elif diff:
            if result.status == "would-fix":
                click.echo(result.diff, nl=False)
                code = max(code, EXIT_FAILED)
        elif result.status == "fixed":
            click.echo(f"{result.path}: {result.message}", err=True)
    verb = "Would fix" if diff else "Fixed"
    more = f"; {unsafe_left} more with --unsafe-fixes" if unsafe_left and not unsafe_fixes else ""
    click.echo(f"{verb} {applied} findings ({remaining} remaining{more}).", err=True)
    sys.exit(code)


@main.command("config")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@settings_options
@gate_options
@_user_errors
def config_command(paths: tuple[str, ...], **kw: Any) -> None:
    """Print the effective configuration (defaults < config file < flags) as TOML.

    \b
    Examples:
      tqcheck config
      tqcheck config feeds/de --lang de
    """
    from tqcheck.config import effective

    settings, _, config, _ = _resolve_settings(paths or (".",), kw)
    if config.path:
        click.echo(f"# from {config.path}")
    click.echo(effective(settings, config), nl=False)


@main.command("rules")
@click.option("--lang", default=None, help="Only rules for this target language.")
@click.option("--category", default=None, help="Only rules in this category (prefix).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
              help="Extra rule pack file or directory (repeatable).")  # fmt: skip
@_user_errors
def rules_command(lang: str | None, category: str | None, rule_dirs: tuple[str, ...]) -> None:
    """List every rule: id, category, severity, languages and what it checks.

    \b
    Examples:
      tqcheck rules
      tqcheck rules --lang de --category style
    """
    from rich.console import Console
    from rich.table import Table

    from tqcheck.engine import rules_for

    rules = rules_for(Settings(rule_dirs=rule_dirs))
    table = Table(show_lines=False, header_style="bold")
    table.add_column("id", no_wrap=True, style="cyan")
    for column in ("category", "severity", "languages", "style"):
        table.add_column(column, overflow="fold")
    table.add_column("description", overflow="fold", ratio=1)
    for rule in sorted(rules, key=lambda r: r.id):
        if lang and not rule.applies_to(lang):
            continue
        if category and not rule.category.startswith(category):
            continue
        table.add_row(
            rule.id, rule.category, rule.severity.value, ",".join(rule.languages),
            ",".join(rule.styles) or "all", rule.description.splitlines()[0],
        )  # fmt: skip
    Console().print(table)


@main.command("explain")
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
              help="Extra rule pack file or directory (repeatable).")  # fmt: skip
@_user_errors
def explain_command(rule_id: str, rule_dirs: tuple[str, ...]) -> None:
    """Explain a rule: what it checks, why it matters for MT news, options and examples.

    \b
    Example:
      tqcheck explain boundary.lost
    """
    from tqcheck.engine import rules_for
    from tqcheck.explain import render_rule

    rules = {r.id: r for r in rules_for(Settings(rule_dirs=rule_dirs))}
    if rule_id not in rules:
        close = [r for r in sorted(rules) if r.startswith(rule_id.split(".")[0])]
        hint = f" (did you mean {', '.join(close[:5])}?)" if close else ""
        _fail(f"unknown rule {rule_id!r}{hint}; list them with `tqcheck rules`")
    click.echo(render_rule(rules[rule_id]))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@settings_options
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="minor", show_default=True,
              help="Ignore findings below this severity.")  # fmt: skip
@click.option("--category", "categories", multiple=True,
              help="Count recall only for gold spans in these categories (prefixes).")  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@_user_errors
def eval_command(
    gold: str, min_severity: str, categories: tuple[str, ...], fmt: str, **kw: Any
) -> None:
    """Measure rules on labelled data: span and segment precision, recall, false flags.

    GOLD is JSONL: each record has `text` (or `target`) and `errors`/`spans`, a list of
    {"start", "end", "category"} gold error spans.

    \b
    Examples:
      tqcheck eval gold.jsonl
      tqcheck eval gold.jsonl --select house --category Fluency/Punctuation --format json
    """
    from tqcheck.evaluate import evaluate

    settings, *_ = _resolve_settings((gold,), kw)
    result = evaluate(gold, settings, min_severity=min_severity, categories=categories)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.render_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
