"""tqcheck: a translation quality checker for machine-translated news.

>>> import tqcheck
>>> report = tqcheck.check_text("The the cat sat.")
>>> [f.rule for f in report.findings]
['words.repeated']
"""

from __future__ import annotations

__version__ = "0.1.0"

from tqcheck.api import check_document, check_text
from tqcheck.model import DocumentReport, Finding, Severity

__all__ = ["DocumentReport", "Finding", "Severity", "__version__", "check_document", "check_text"]
