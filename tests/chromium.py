"""How the tests and benchmarks start Debian's headless Chromium (nothing is downloaded).

The background-networking flags matter here: this machine's network is closed, and without
them Chromium keeps trying to reach its update and sync services.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
