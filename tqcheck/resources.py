"""Where the shipped data lives, in a wheel and in a source checkout alike."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.lru_cache(maxsize=1)
def rules_dir() -> Path:
    """The directory of the shipped rule packs.

    A wheel installs the checkout's top-level ``rules/`` as the package ``tqcheck.rules``
    (and an editable install maps that package to ``rules/``). In a source tree ``rules/``
    sits beside ``tqcheck/`` and is taken first: code imported from a second checkout
    (a worktree, a bisect) must not read the rules an editable install points at.
    """
    beside = Path(__file__).resolve().parent.parent / "rules"
    if (beside / "core.toml").is_file():
        return beside
    try:
        import tqcheck.rules as shipped
    except ModuleNotFoundError:
        return beside
    return Path(next(iter(shipped.__path__)))
