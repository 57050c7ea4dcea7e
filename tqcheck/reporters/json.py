"""The JSON report (``tqcheck-report/1``, see ARCHITECTURE.md and schemas/report.json).

Written incrementally: the header, then each document as it is checked, then the summary,
so a large feed never has to be held in memory. One document object per line keeps the
output both valid JSON and easy to diff.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from tqcheck.model import DocumentReport
from tqcheck.pipeline import RunSummary, tool_info

SCHEMA_ID = "tqcheck-report/1"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, allow_nan=False)


class JsonReporter:
    def __init__(self, stream: TextIO, **options: Any) -> None:
        self.stream = stream
        self.count = 0
        header = dumps({"schema": SCHEMA_ID, "tool": tool_info()})[:-1]
        stream.write(header + ', "documents": [')

    def document(self, report: DocumentReport) -> None:
        self.stream.write(("," if self.count else "") + "\n" + dumps(report.to_dict()))
        self.count += 1

    def finish(self, summary: RunSummary) -> None:
        self.stream.write("\n" if self.count else "")
        self.stream.write('], "summary": ' + dumps(summary.to_dict()) + "}\n")
