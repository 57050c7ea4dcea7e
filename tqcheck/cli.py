"""The ``tqcheck`` command line.

Exit codes: 0 every document passes the gate, 1 at least one fails it, 2 usage error,
unreadable input or a broken rule pack (with a one-line reason on stderr).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from typing import Any, TextIO

import click

from tqcheck import __version__
from tqcheck.engine import rules_for
from tqcheck.model import Document, InputError, Severity
from tqcheck.parallel import check_all, default_jobs
from tqcheck.pipeline import RunSummary
from tqcheck.readers import FORMATS as READ_FORMATS
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.reporters import FORMATS, get_reporter
from tqcheck.rulepack import STYLES, RulePackError
from tqcheck.settings import GateSettings, Settings

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
SEVERITIES = [s.value for s in Severity]


def _fail(message: str) -> None:
    click.echo(f"tqcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tqcheck")
def main() -> None:
    """Check machine-translated news for the artifacts editors see at once.

    \b
    Quick start:
      tqcheck check article.txt            score and highlight one article
      tqcheck check feeds/ --format json   a machine-readable report of a folder
      tqcheck rules                        every rule, with its id and severity
    """


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--lang", default="en", show_default=True, help="Target language of the text.")
@click.option("--source-lang", default=None, help="Language the text was translated from.")
@click.option(
    "--style",
    type=click.Choice(STYLES),
    default="plain",
    show_default=True,
    help="House-style preset: 'typographic' adds curly-quote and dash conventions.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    metavar="FORMAT[:FILE]",
    help="Output format, optionally with its own file; repeat for several outputs in one "
    "run (--format text --format sarif:out.sarif). Formats: "
    f"{', '.join(sorted(FORMATS))}. Default: text.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    help="Fail a document scoring below this (default 95).",
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default=None,
    help="Fail a document with any finding of this severity or worse (default major).",
)
@click.option(
    "--exit-zero", is_flag=True, help="Report without gating: exit 0 unless input is bad."
)
@click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(exists=True),
    help="Extra rule pack file or directory (repeatable).",
)
@click.option(
    "--select", multiple=True, help="Only these rules (ids or prefixes, comma-separated)."
)
@click.option(
    "--ignore", multiple=True, help="Skip these rules (ids or prefixes, comma-separated)."
)
@click.option("--quiet", "-q", is_flag=True, help="Text format: scores only, no passages.")
@click.option(
    "--input-format",
    type=click.Choice(sorted(READ_FORMATS)),
    default=None,
    help="Format of standard input and of files named explicitly (default: by suffix).",
)
@click.option(
    "--field", default=None, help="JSONL: key of the target text (default: target, text)."
)
@click.option("--include", multiple=True, help="Directories: only files matching this glob.")
@click.option("--exclude", multiple=True, help="Directories: skip files matching this glob.")
@click.option(
    "--source",
    "source_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="The source article of a single target file (switches on source-aware rules).",
)
@click.option(
    "--reference",
    "reference_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A reference translation of a single target file (reference metrics).",
)
@click.option("--source-column", default="source", show_default=True, help="CSV/TSV column.")
@click.option("--target-column", default=None, help="CSV/TSV column (default: target, text).")
@click.option("--reference-column", default="reference", show_default=True, help="CSV/TSV column.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=None,
    help="Worker processes (default: the number of cores).",
)
def check(paths: tuple[str, ...], lang: str, source_lang: str | None, style: str,
          formats: tuple[str, ...], output: str | None, fail_under: float | None,
          fail_on: str | None, exit_zero: bool, rule_dirs: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], quiet: bool,
          jobs: int | None, input_format: str | None, field: str | None,
          include: tuple[str, ...], exclude: tuple[str, ...], source_path: str | None,
          reference_path: str | None, source_column: str, target_column: str | None,
          reference_column: str) -> None:  # fmt: skip
    """Check articles and report each passage's score and findings.

    PATH is a file, a directory (searched recursively for .txt and .md files) or - for
    standard input.

    \b
    Examples:
      tqcheck check article.txt
      tqcheck check samples/ --format json --output report.json
      cat article.txt | tqcheck check - --lang en
      tqcheck check feed/ --fail-under 95 --fail-on major
    """
    gate = GateSettings()
    if fail_under is not None:
        gate = replace(gate, fail_under=fail_under)
    if fail_on is not None:
        gate = replace(gate, fail_on=Severity(fail_on))
    settings = Settings(
        lang=lang, source_lang=source_lang, style=style, select=_split(select),
        ignore=_split(ignore), rule_dirs=rule_dirs, gate=gate,
    )  # fmt: skip
    outputs = parse_formats(formats or ("text",), output)
    if (source_path or reference_path) and len(paths) != 1:
        raise click.UsageError("--source and --reference need exactly one target file")
    read_options = ReadOptions(
        lang=lang, source_lang=source_lang, input_format=input_format, field=field,
        include=include, exclude=exclude, source_path=source_path,
        reference_path=reference_path, source_column=source_column,
        target_column=target_column, reference_column=reference_column,
    )  # fmt: skip
    run = Run(settings, read_options, jobs or default_jobs())
    code = run.execute(paths, outputs, quiet=quiet)
    sys.exit(EXIT_OK if exit_zero and code == EXIT_FAILED else code)


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


class Run:
    """One ``check`` invocation: read → check → report, streaming document by document."""

    def __init__(self, settings: Settings, read_options: ReadOptions, jobs: int = 1) -> None:
        self.settings = settings
        self.read_options = read_options
        self.jobs = jobs
        self.summary = RunSummary(settings)

    def documents(self, paths: tuple[str, ...]) -> Iterator[Document]:
        for item in read_inputs(paths, self.read_options):
            if isinstance(item, InputError):
                self.summary.input_errors.append(item)
                click.echo(f"tqcheck: error: {item}", err=True)
            else:
                yield item

    def execute(
        self, paths: tuple[str, ...], outputs: list[tuple[str, str | None]], **options: Any
    ) -> int:
        try:
            rules_for(self.settings)  # load and validate every pack before reading input
        except RulePackError as exc:
            _fail(str(exc))
        with ExitStack() as stack:
            reporters = []
            for fmt, output in outputs:
                stream: TextIO = sys.stdout
                if output:
                    try:
                        stream = stack.enter_context(
                            open(output, "w", encoding="utf-8", newline="\n")
                        )
                    except OSError as exc:
                        _fail(f"cannot write {output}: {exc.strerror}")
                reporters.append(get_reporter(fmt)(stream, **options))
            for report in check_all(self.documents(paths), self.settings, self.jobs):
                self.summary.add(report)
                for reporter in reporters:
                    reporter.document(report)
            for reporter in reporters:
                reporter.finish(self.summary)
        if self.summary.input_errors:
            return EXIT_ERROR
        return EXIT_OK if self.summary.passed else EXIT_FAILED


@main.command("rules")
@click.option("--lang", default=None, help="Only rules for this target language.")
@click.option("--category", default=None, help="Only rules in this category (prefix).")
@click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(exists=True),
    help="Extra rule pack file or directory (repeatable).",
)
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

    try:
        rules = rules_for(Settings(rule_dirs=rule_dirs))
    except RulePackError as exc:
        _fail(str(exc))
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


if __name__ == "__main__":  # pragma: no cover
    main()
