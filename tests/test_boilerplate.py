"""Credits, teasers and other scraped page furniture (detectors/boilerplate.py)."""

from __future__ import annotations

import pytest

import tqcheck

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


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The new cabinet poses at the prime minister's office on Monday. | KYODO", "| KYODO"),
        ("[Photo caption: The chef at the grill on Friday. Photo by Ana Ruiz for the Herald]",
         "Photo by Ana Ruiz for the Herald"),
    ],
)  # fmt: skip
def test_a_caption_closing_on_its_credit(caption: str, credit: str) -> None:
    """A credit after a bar or after "Photo by", and the caption is no cut paragraph."""
    text = f"Cabinet reshuffled\n\nThe prime minister named eight new ministers.\n\n{caption}"
    assert conftest.flagged(text, "boilerplate.credit", lang="en") == [credit]
    assert conftest.flagged(text, "text.truncated", lang="en") == []


def test_a_print_edition_line_is_page_metadata() -> None:
    line = (
        "This article appeared in the Europe section of the print edition under the headline "
        "“Waiting for the ferry”"
    )
    text = f"Ferry strike ends\n\nThe crews returned to work on Monday.\n\n{line}"
    assert conftest.flagged(text, "boilerplate.metadata", lang="en") == [line]
    assert conftest.flagged(text, "text.truncated", lang="en") == []


@pytest.mark.parametrize(
    ("lang", "body"),
    [("en", "The crews returned to work on Monday."),
     ("fr", "Les équipages ont repris le travail lundi.")],
)  # fmt: skip
def test_a_wire_desk_slug_is_a_sign_off(lang: str, body: str) -> None:
    """AFP's closing initials ("kob-str/sst/fg") sign a dispatch off, as "(Reporting by …)"
    does a Reuters one: no finding, and no cut paragraph."""
    text = f"Ferry strike ends\n\n{body}\n\nkob-str/sst/fg\n"
    report = tqcheck.check_text(text, lang=lang)
    assert [f.rule for f in report.findings if f.severity.value != "info"] == []
