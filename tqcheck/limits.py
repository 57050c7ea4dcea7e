"""Size limits of one document: refuse out loud what is too large, never truncate silently.

A hostile or broken input (a whole feed pasted into one record, a minified page on one
line, a generated text repeating the same artifact a hundred thousand times) must not
stall a run or exhaust memory, and it must not be cut down without a word either: a
truncated check that reports "passed" is worse than no check. So each document is
measured against :class:`Limits` before it is checked (:func:`check_limits`). One over a
limit is reported as an error with a one-line reason that names the limit and what to do
(a run refuses it like unreadable input; ``check_document`` returns
:func:`refused_report`: not checked, not passed), and the run goes on with the next one.

========================  =========  ================================================
limit                     default    what it bounds
========================  =========  ================================================
``max_document_chars``    5,000,000  characters in ``Document.text`` (code points)
``max_line_chars``        1,000,000  characters between line breaks (``\\r``, ``\\n``)
``max_passages``          20,000     passages (reader hints, or after segmentation)
``max_findings``          2,000      findings *reported* per document (all scored)
========================  =========  ================================================

``None`` switches a limit off. Findings are not an input limit: a document with more than
``max_findings`` is still checked, scored and gated on every finding, but only the
``max_findings`` most severe are reported (see :func:`cap_findings`), so one pathological
document cannot produce a report of hundreds of megabytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from tqcheck.model import Document, DocumentReport, Finding

F = TypeVar("F", bound=Finding)


@dataclass(frozen=True)
class Limits:
    """Per-document limits; ``None`` disables one. See the module docstring for defaults."""

    max_document_chars: int | None = 5_000_000
    """Largest ``Document.text``, in characters (code points)."""
    max_line_chars: int | None = 1_000_000
    """Longest line, in characters; lines end at ``\\r\\n``, ``\\r`` or ``\\n``."""
    max_passages: int | None = 20_000
    """Most passages in one document (reader hints, or passages after segmentation)."""
    max_findings: int | None = 2_000
    """Most findings reported per document; the most severe are kept, all are scored."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(
                    f"limit {f.name} must be a positive integer or None, got {value!r}"
                )

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Limits:
        """Limits from a configuration table (``[limits]``); ``0`` or ``false`` disables one.

        Unknown keys and bad values raise :class:`ValueError` with a message naming them.
        """
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ValueError(
                f"unknown limit(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        parsed: dict[str, int | None] = {}
        for name, value in values.items():
            if value is False or value == 0:
                parsed[name] = None
            elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
                parsed[name] = value
            else:
                raise ValueError(
                    f"limit {name} must be a positive integer (0 or false: no limit), got {value!r}"
                )
        return cls(**parsed)  # type: ignore[arg-type]


UNLIMITED = Limits(None, None, None, None)
"""No limit at all (for trusted input and benchmarks)."""


def _n(value: int) -> str:
    return f"{value:,}"


def longest_line(text: str) -> tuple[int, int]:
    """``(length, line number)`` of the longest line of ``text`` (1-based; ties: first).

    Lines end at ``\\r\\n``, ``\\r`` or ``\\n``, as the segmenter and the Markdown reader
    split them. Runs in C-speed string operations, linear in ``len(text)``.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lengths = [len(line) for line in text.split("\n")]
    longest = max(lengths)
    return longest, lengths.index(longest) + 1


def check_limits(
    document: Document, limits: Limits, passages: Sequence[object] | None = None
) -> str | None:
    """A one-line reason when ``document`` is over a limit, else ``None``.

    Cheap checks first: the text length, then its longest line, then the number of
    passages (``passages`` when given, e.g. after segmentation; otherwise the reader's
    passage hints, when it gave any). The reason names the limit, the measured size and
    what to do, so it can be shown as is (prefixed with the document's path and line).
    """
    text = document.text
    if limits.max_document_chars is not None and len(text) > limits.max_document_chars:
        return (
            f"document has {_n(len(text))} characters, over the limit of "
            f"{_n(limits.max_document_chars)} (max_document_chars); not checked: split it "
            "into smaller documents or raise the limit"
        )
    if limits.max_line_chars is not None and len(text) > limits.max_line_chars:
        length, line = longest_line(text)
        if length > limits.max_line_chars:
            return (
                f"line {line} has {_n(length)} characters, over the limit of "
                f"{_n(limits.max_line_chars)} (max_line_chars); not checked: break the text "
                "into lines or paragraphs, or raise the limit"
            )
    count = len(passages) if passages is not None else len(document.passages or ())
    if limits.max_passages is not None and count > limits.max_passages:
        return (
            f"document has {_n(count)} passages, over the limit of {_n(limits.max_passages)} "
            "(max_passages); not checked: split it into smaller documents or raise the limit"
        )
    return None


def cap_findings(findings: Sequence[F], limits: Limits) -> tuple[list[F], int]:
    """``(kept, dropped_count)``: at most ``limits.max_findings`` findings, most severe first.

    Which findings are kept does not depend on their order: by severity (critical first),
    then position, then rule id. The kept ones are returned in their original order, so a
    report sorted by position stays sorted.
    """
    cap = limits.max_findings
    if cap is None or len(findings) <= cap:
        return list(findings), 0
    ranked = sorted(
        range(len(findings)),
        key=lambda i: (
            -findings[i].severity.rank,
            findings[i].start,
            findings[i].end,
            findings[i].rule,
        ),
    )
    keep = sorted(ranked[:cap])
    return [findings[i] for i in keep], len(findings) - cap


def dropped_message(dropped: int, limits: Limits) -> str:
    """The report line for findings left out by :func:`cap_findings`."""
    total = dropped + (limits.max_findings or 0)
    return (
        f"{_n(total)} findings, over the limit of {_n(limits.max_findings or 0)} reported per "
        f"document (max_findings): the {_n(dropped)} least severe are not listed but are "
        "scored"
    )


def refused_report(document: Document, reason: str) -> DocumentReport:
    """The report of a document refused by :func:`check_limits`: not checked, not passed.

    It has no passages and no findings, a score of 0 and ``passed = False`` (a document
    nobody checked must not pass a gate), and ``errors`` holds the reason.
    """
    return DocumentReport(
        document=document,
        passages=[],
        findings=[],
        words=0,
        penalty=0.0,
        score=0.0,
        passed=False,
        errors=[reason],
    )
