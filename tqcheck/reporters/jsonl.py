"""JSON Lines: one document object per line as it is checked, then ``{"summary": …}``.

For pipelines that process a feed line by line (``jq -c``, Spark, ``grep``): each line is
the same document object the JSON report holds, so nothing is buffered and a reader can
stop early. U+2028/U+2029 are escaped because some line splitters (``str.splitlines``,
older JavaScript) treat them as line breaks.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from tqcheck.model import DocumentReport
from tqcheck.pipeline import RunSummary, tool_info


def dumps_line(obj: Any) -> str:
    """One compact JSON line; never contains a character a line splitter could break on."""
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class JsonlReporter:
    """Writes each document at once; the last line carries the run's summary and tool."""

    def __init__(self, stream: TextIO, **_: Any) -> None:
        self.stream = stream

    def document(self, report: DocumentReport) -> None:
        self.stream.write(dumps_line(report.to_dict()) + "\n")

    def finish(self, summary: RunSummary) -> None:
        self.stream.write(dumps_line({"summary": summary.to_dict(), "tool": tool_info()}) + "\n")
