"""Where the shipped data lives, in a wheel and in a source checkout alike."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.lru_cache(maxsize=1)
def rules_dir() -> Path:
    """The directory of the shipped rule packs.

    A wheel installs the checkout's top-level ``rules/`` as the package ``tqcheck.rules``
    (and an editable install maps that package to ``rules/``). Running from a source tree
    without installing, the package is absent and ``rules/`` sits beside ``tqcheck/``.
    """
    try:
        import tqcheck.rules as shipped
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"
    return Path(next(iter(shipped.__path__)))
