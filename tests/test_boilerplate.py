"""Credits, teasers and other scraped page furniture (detectors/boilerplate.py)."""

from __future__ import annotations

import pytest

from . import conftest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A view of the harbour. (c) Anna Schmidt\n\nThe town grew.", ["(c) Anna Schmidt"]),
        ("A view of the harbour. © AFP\n\nThe town grew.", ["© AFP"]),
        # an item of a legal provision is no copyright sign
        ("It breached the principle set out in Article 5(1)(c).\n\nNorthvale appealed.", []),
        ("Points (a), (b) and (c). The rest were dropped.", []),
        # a table's source names no picture's
        ("Kai Tak | HK$10.9m | +3.2%\n\nSource: Pacific Keystone Property\n\nPrices rose.", []),
        (
            "The mayor at the site. Photo: Pacific Keystone\n\nPrices rose.",
            ["Photo: Pacific Keystone"],
        ),
    ],
)
def test_a_copyright_sign_needs_a_name_after_it(text: str, expected: list[str]) -> None:
    assert conftest.flagged(text, "boilerplate.credit", lang="en") == expected
