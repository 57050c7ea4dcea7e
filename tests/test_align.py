"""Passage alignment: Gale–Church over lengths, anchors, per-passage sources, memoisation."""

from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.align import (
    Alignment,
    Bead,
    align_lengths,
    align_passages,
    anchors,
    reference_alignment,
    source_alignment,
)
from tqcheck.context import CheckContext
from tqcheck.languages import get_language
from tqcheck.model import Document, PassageHint
from tqcheck.segment import segment
from tqcheck.settings import Settings

PAIRS = Path(__file__).resolve().parent.parent / "samples" / "pairs"


def _paragraphs(name: str) -> list[str]:
    return (PAIRS / name).read_text(encoding="utf-8").strip().split("\n\n")


def _shapes(beads) -> list[tuple[int, int]]:
    return [(len(s), len(t)) for s, t in beads]


def test_equal_lengths_align_one_to_one():
    beads = align_lengths([300, 250, 400, 500], [270, 220, 350, 450])
    assert beads == [((i,), (i,)) for i in range(4)]


def test_missing_source_passage_is_a_one_zero_bead():
    beads = align_lengths([300, 250, 400, 120, 500], [270, 220, 350, 450])
    assert ((3,), ()) in beads
    assert _shapes(beads).count((1, 1)) == 4


def test_extra_target_passage_is_a_zero_one_bead():
    beads = align_lengths([300, 250, 400, 500], [270, 220, 90, 350, 450])
    assert ((), (2,)) in beads
    assert _shapes(beads).count((1, 1)) == 4


def test_two_source_passages_merged_into_one():
    beads = align_lengths([300, 250, 260, 500], [270, 470, 450])
    assert ((1, 2), (1,)) in beads


def test_anchors_decide_which_passage_is_missing():
    # Three similar lengths, two targets: only the shared numbers tell which one is gone.
    source = ["Am Dienstag kamen 120 Gäste.", "Am Mittwoch waren es 340.", "Am Freitag 560 Gäste."]
    target = ["On Tuesday 120 guests came.", "On Friday, 560 guests."]
    beads = align_lengths(
        [len(s) for s in source],
        [len(t) for t in target],
        [anchors(s) for s in source],
        [anchors(t) for t in target],
    )
    assert ((1,), ()) in beads


def test_adjacent_gaps_merge_into_one_pair():
    # A paragraph that lost most of its text is one bad translation, not a gap and an extra.
    beads = align_lengths([300, 900, 300], [280, 200, 290])
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_empty_sides():
    assert align_lengths([], [10, 20]) == [((), (0,)), ((), (1,))]
    assert align_lengths([10], []) == [((0,), ())]


def test_long_documents_use_a_band_and_stay_diagonal():
    lengths = [100 + (i * 37) % 400 for i in range(600)]
    beads = align_lengths(lengths, [int(n * 0.9) for n in lengths])
    assert beads == [((i,), (i,)) for i in range(600)]


def test_anchor_numbers_ignore_locale_separators():
    assert anchors("4.526 Menschen") & anchors("4,526 people") == {"#4526"}
    assert "mull" in anchors("Müller")


def _context(document: Document) -> CheckContext:
    return CheckContext(document, segment(document), get_language(document.lang))


def test_council_pair_aligns_one_to_one():
    src = (PAIRS / "council.de.txt").read_text(encoding="utf-8")
    tgt = (PAIRS / "council.en.txt").read_text(encoding="utf-8")
    ctx = _context(Document(tgt, lang="en", source=src, source_lang="de"))
    alignment = source_alignment(ctx)
    assert alignment is not None
    assert all(b.shape == (1, 1) for b in alignment.beads)
    assert len(alignment.beads) == len(ctx.passages)
    # Block spans index the source text.
    for block in alignment.blocks:
        assert src[block.start : block.end] == block.text


@pytest.mark.parametrize(("name", "lang"), [("council", "de"), ("tram", "fr")])
def test_missing_and_extra_paragraph_in_real_articles(name, lang):
    source = _paragraphs(f"{name}.{lang}.txt")
    target = _paragraphs(f"{name}.en.txt")
    dropped = target[:4] + target[5:]  # paragraph 4 lost
    ctx = _context(
        Document("\n\n".join(dropped), "en", source="\n\n".join(source), source_lang=lang)
    )
    alignment = source_alignment(ctx)
    assert alignment is not None
    missing = [b for b in alignment.beads if not b.targets]
    assert [b.others for b in missing] == [(4,)]
    extra = "Read more: the ten most popular stories of the week, chosen by our readers."
    padded = [*target[:3], extra, *target[3:]]
    ctx = _context(
        Document("\n\n".join(padded), "en", source="\n\n".join(source), source_lang=lang)
    )
    alignment = source_alignment(ctx)
    assert alignment is not None
    assert [b.targets for b in alignment.beads if not b.others] == [(3,)]


@pytest.mark.parametrize(("name", "lang"), [("council", "de"), ("tram", "fr")])
def test_merged_paragraphs_are_one_bead_not_a_gap(name, lang):
    source = _paragraphs(f"{name}.{lang}.txt")
    target = _paragraphs(f"{name}.en.txt")
    for k in range(2, len(target) - 1):
        merged = [*target[:k], target[k] + " " + target[k + 1], *target[k + 2 :]]
        document = Document("\n\n".join(merged), "en", source="\n\n".join(source), source_lang=lang)
        alignment = source_alignment(_context(document))
        assert alignment is not None
        odd = [(b.others, b.targets) for b in alignment.beads if b.shape != (1, 1)]
        assert odd == [((k, k + 1), (k,))]


def test_short_scraped_line_is_not_swallowed_by_its_neighbour():
    source = _paragraphs("tram.fr.txt")
    target = _paragraphs("tram.en.txt")
    for k in range(3, len(target)):
        padded = [*target[:k], "Photo: City of Villeneuve", *target[k:]]
        document = Document("\n\n".join(padded), "en", source="\n\n".join(source), source_lang="fr")
        alignment = source_alignment(_context(document))
        assert alignment is not None
        assert [b.targets for b in alignment.beads if not b.others] == [(k,)]


def test_per_passage_sources_win_and_pair_by_position():
    text = "The council met.\n\nIt decided nothing."
    hints = (
        PassageHint(0, 16, source="Der Rat tagte."),
        PassageHint(18, 37, source="Er beschloss nichts."),
    )
    document = Document(text, "en", source="ignored", source_lang="de", passages=hints)
    ctx = _context(document)
    alignment = source_alignment(ctx)
    assert alignment is not None
    assert [(b.targets, b.others) for b in alignment.beads] == [((0,), (0,)), ((1,), (1,))]
    assert alignment.other(alignment.beads[1]) == "Er beschloss nichts."


def test_no_source_no_alignment():
    ctx = _context(Document("The council met.", "en"))
    assert source_alignment(ctx) is None
    assert reference_alignment(ctx) is None


def test_alignment_is_memoised_per_document():
    ctx = _context(Document("The council met.", "en", source="Der Rat tagte.", source_lang="de"))
    first = source_alignment(ctx)
    assert source_alignment(ctx) is first
    assert ctx.memo("alignment", lambda: None) is first


def test_reference_alignment_uses_the_reference():
    ctx = _context(Document("The council met.", "en", reference="The council convened."))
    alignment = reference_alignment(ctx)
    assert alignment is not None
    assert alignment.blocks[0].text == "The council convened."


def test_pairs_flatten_beads():
    ctx = _context(Document("A.\n\nB.", "en"))
    blocks = align_passages(ctx.passages, ctx.text, "X.\n\nY.\n\nZ.", "en").blocks
    alignment = Alignment(blocks, (Bead((0,), (0, 1)), Bead((1,), ()), Bead((), (2,))), "", "en")
    assert alignment.pairs() == [(0, blocks[0]), (0, blocks[1]), (1, None), (None, blocks[2])]


def test_source_language_is_identified_when_not_declared():
    source = (PAIRS / "tram.fr.txt").read_text(encoding="utf-8")
    target = (PAIRS / "tram.en.txt").read_text(encoding="utf-8")
    report = tqcheck.check_text(
        target, lang="en", source=source, settings=Settings(select=("bilingual",))
    )
    assert not report.findings
