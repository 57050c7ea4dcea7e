"""Applying fixes: edits from findings, non-overlapping, applied right to left.

Overlapping edits are resolved deterministically: edits are taken in order of position
(then rule id), and an edit that overlaps one already taken is not applied and is
reported back, so nothing is half-applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tqcheck.model import Edit, Finding


@dataclass(frozen=True)
class FixResult:
    text: str
    applied: list[Finding]
    skipped: list[Finding]


def fixable(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    return [f for f in findings if f.fix and (f.fix.safe or unsafe)]


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool = False) -> FixResult:
    taken: list[Edit] = []
    applied: list[Finding] = []
    skipped: list[Finding] = []
    candidates = sorted(fixable(findings, unsafe), key=lambda f: (f.start, f.end, f.rule))
    for finding in candidates:
        assert finding.fix is not None
        edits = finding.fix.edits
        clash = any(
            (e.start < t.end and t.start < e.end) or (e.start == e.end == t.start == t.end)
            for e in edits
            for t in taken
        )
        if clash:
            skipped.append(finding)
            continue
        taken.extend(edits)
        applied.append(finding)
    out = text
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return FixResult(out, applied, skipped)
