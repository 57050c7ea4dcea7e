"""One name spelled two ways (detectors/names.py)."""

from __future__ import annotations

from . import conftest


def _variants(text: str) -> list[str]:
    return conftest.flagged(text, "names.variant", lang="en")


def test_a_name_after_a_title_is_compared_without_the_title() -> None:
    text = (
        "Flats get bigger grants: Tan Kian Heng\n\nThe plan was announced by National "
        "Development Minister Tan Kian-heng on Monday."
    )
    assert _variants(text) == ["Tan Kian-heng"]


def test_a_name_and_the_shorter_name_it_ends_with_are_one_finding() -> None:
    text = (
        "Minister Tan Kian-heng spoke first. Later Mr Tan Kian Heng and Ms Lee left, and Tan "
        "Kian-heng stayed."
    )
    assert _variants(text) == ["Tan Kian Heng"]


def test_the_first_spelling_wins_a_tie() -> None:
    assert _variants("Kim Jong-un arrived. Later Kim Jong Un met the president.") == ["Kim Jong Un"]


def test_a_name_at_the_start_of_a_longer_one_is_compared() -> None:
    text = (
        "Residents of Rietvlei-Oos have protested. For the chair of the Rietvlei Oos "
        "Ratepayers' Association, the increases come too fast."
    )
    assert _variants(text) == ["Rietvlei Oos"]


def test_a_title_case_name_and_a_hyphenated_compound_are_two_uses() -> None:
    text = (
        "The bill was introduced by French Language Minister Hélène Duchesneau. Graduates "
        "must already pass a French-language exam."
    )
    assert _variants(text) == []
