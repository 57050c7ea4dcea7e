"""The report stage: reporters render scored results and never re-run checks.

A reporter receives documents one at a time (``document``) and the run's totals at the
end (``finish``), so streaming formats (JSON Lines, GitHub annotations) write as they go
and a feed of any size is reported in constant memory.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from tqcheck.model import DocumentReport
    from tqcheck.pipeline import RunSummary

#: format name → "module:Class" (imported only when used).
FORMATS: dict[str, str] = {
    "text": "tqcheck.reporters.text:TextReporter",
    "json": "tqcheck.reporters.json:JsonReporter",
    "jsonl": "tqcheck.reporters.jsonl:JsonlReporter",
    "html": "tqcheck.reporters.html:HtmlReporter",
    "sarif": "tqcheck.reporters.sarif:SarifReporter",
    "junit": "tqcheck.reporters.junit:JunitReporter",
    "github": "tqcheck.reporters.github:GithubReporter",
    "markdown": "tqcheck.reporters.markdown:MarkdownReporter",
}


class Reporter(Protocol):
    def __init__(self, stream: TextIO, **options: Any) -> None: ...

    def document(self, report: DocumentReport) -> None: ...

    def finish(self, summary: RunSummary) -> None: ...


def get_reporter(name: str) -> type[Reporter]:
    try:
        module_name, cls = FORMATS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown format {name!r} (use {', '.join(FORMATS)})") from None
    return getattr(importlib.import_module(module_name), cls)  # type: ignore[no-any-return]
