"""One ``tqcheck check`` run: read → check → report, streaming document by document.

The command line builds a :class:`Run` from flags and configuration; the run reads inputs
lazily, applies per-document settings (config overrides), checks documents in worker
processes, filters baselined findings, and feeds every reporter as results arrive.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, TextIO

from tqcheck.baseline import Baseline, write_baseline
from tqcheck.config import Config, for_document
from tqcheck.limits import check_limits
from tqcheck.model import Document, DocumentReport, InputError
from tqcheck.parallel import check_all
from tqcheck.pipeline import RunSummary
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.reporters import get_reporter
from tqcheck.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


@dataclass
class Run:
    settings: Settings
    file_settings: Settings
    config: Config
    cli: dict[str, Any]
    read_options: ReadOptions
    outputs: list[tuple[str, str | None]]
    jobs: int = 1
    baseline: Baseline | None = None
    baseline_write: str | None = None
    document_meta: dict[str, Any] = field(default_factory=dict)
    reporter_options: dict[str, Any] = field(default_factory=dict)
    progress: bool = False
    on_error: Any = None
    scheduler: str | None = None

    def __post_init__(self) -> None:
        self.summary = RunSummary(self.settings)
        self._shared: Settings | None = None

    def _inputs(self, paths: tuple[str, ...]) -> Iterator[tuple[Document, Settings]]:
        for item in read_inputs(paths, self.read_options):
            if isinstance(item, InputError):
                self.summary.input_errors.append(item)
                if self.on_error:
                    self.on_error(item)
                continue
            # Named inputs are checked whatever include/exclude say; asking first spares a
            # path resolution per record of a JSONL or feed file.
            if item.path and item.path not in paths and not self.config.accepts(item.path):
                continue
            if self.document_meta:
                item.meta.update(self.document_meta)
            settings, document = self._settings_for(item)
            reason = check_limits(document, settings.limits)
            if reason is not None:  # too large to check: refused like unreadable input
                error = InputError(document.path or "-", reason, document.line)
                self.summary.input_errors.append(error)
                if self.on_error:
                    self.on_error(error)
                continue
            yield document, settings

    def _settings_for(self, document: Document) -> tuple[Settings, Document]:
        """Without per-path overrides every document shares one ``Settings`` object: merged
        once, and pickled once per batch for the workers rather than once per document."""
        if self.config.overrides:
            return for_document(self.config, self.file_settings, document, **self.cli)
        if self._shared is None:
            self._shared = for_document(self.config, self.file_settings, document, **self.cli)[0]
        return self._shared, document

    def _distributed(self, paths: tuple[str, ...]) -> Iterator[tuple[DocumentReport, Settings]]:
        """Shards read and checked on a Dask cluster (run-level settings, no overrides)."""
        from tqcheck.dask import check_shards, compute

        bag = check_shards(list(paths), self.settings, self.read_options)
        for item in compute(bag, self.scheduler):
            if isinstance(item, InputError):
                self.summary.input_errors.append(item)
                if self.on_error:
                    self.on_error(item)
            else:
                yield item, self.settings

    def _reports(self, paths: tuple[str, ...]) -> Iterator[DocumentReport]:
        results = (
            self._distributed(paths)
            if self.scheduler
            else check_all(self._inputs(paths), self.jobs)
        )
        for report, settings in results:
            if self.baseline is not None:
                report = self.baseline.filter(report, settings)
            yield report

    def execute(self, paths: tuple[str, ...]) -> int:
        kept: list[DocumentReport] = []
        with ExitStack() as stack:
            reporters = []
            for fmt, output in self.outputs:
                stream: TextIO = sys.stdout
                if output:
                    stream = stack.enter_context(open(output, "w", encoding="utf-8", newline="\n"))
                reporters.append(get_reporter(fmt)(stream, **self.reporter_options))
            tick = stack.enter_context(_progress(self.progress))
            for report in self._reports(paths):
                self.summary.add(report)
                if self.baseline_write:
                    kept.append(report)
                for reporter in reporters:
                    reporter.document(report)
                tick()
            if self.baseline is not None:
                self.summary.stale_baseline = self.baseline.stale_count()
            for reporter in reporters:
                reporter.finish(self.summary)
        if self.baseline_write:
            write_baseline(kept, self.baseline_write)
        if self.summary.input_errors:
            return EXIT_ERROR
        return EXIT_OK if self.summary.passed else EXIT_FAILED


class _progress:
    """A rich progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.progress: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return lambda: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("checked {task.completed} documents"),
            TimeElapsedColumn(),
            transient=True,
        )
        self.progress.start()
        task = self.progress.add_task("check", total=None)
        return lambda: self.progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
