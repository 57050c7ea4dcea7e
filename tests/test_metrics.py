"""Reference metrics equal sacrebleu's own command line; reference divergence findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import tqcheck
from tqcheck.metrics import (
    CorpusMetrics,
    document_metrics,
    document_pairs,
    metrics_for_document,
    passage_chrf,
)
from tqcheck.model import Document, PassageHint
from tqcheck.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "bilingual"


def _lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").splitlines()


def _document(name: str) -> str:
    """A file of one passage per line as an article: passages separated by blank lines."""
    return "\n\n".join(_lines(name))


def _sacrebleu(ref: Path, hyp: Path, *args: str) -> str:
    """Run sacrebleu's own command line on a reference and a hypothesis file."""
    cmd = [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _cli_scores(ref: Path, hyp: Path) -> dict:
    entries = json.loads(
        _sacrebleu(ref, hyp, "-m", "bleu", "chrf", "ter", "--format", "json", "-w", "2")
    )
    return {e["name"][:4].lower().rstrip("2"): e for e in entries}


@pytest.mark.parametrize("doc", ["doc1", "doc2"])
def test_document_metrics_equal_the_sacrebleu_cli(doc):
    hyp, ref = DATA / f"{doc}.hyp.txt", DATA / f"{doc}.ref.txt"
    ours = document_metrics(_document(hyp.name), _document(ref.name))
    cli = _cli_scores(ref, hyp)
    assert ours["bleu"] == cli["bleu"]["score"]
    assert ours["chrf"] == cli["chrf"]["score"]
    assert ours["ter"] == cli["ter"]["score"]
    assert ours["signatures"] == {
        "bleu": cli["bleu"]["signature"],
        "chrf": cli["chrf"]["signature"],
        "ter": cli["ter"]["signature"],
    }
    assert ours["segments"] == len(_lines(hyp.name))


def test_scores_only_output_matches_too():
    hyp, ref = DATA / "doc1.hyp.txt", DATA / "doc1.ref.txt"
    cli = json.loads(_sacrebleu(ref, hyp, "-m", "bleu", "chrf", "ter", "-b", "-w", "2"))
    ours = document_metrics(_document(hyp.name), _document(ref.name))
    assert [ours["bleu"], ours["chrf"], ours["ter"]] == cli


def test_corpus_metrics_over_documents_equal_the_cli_over_all_lines(tmp_path):
    hyp, ref = tmp_path / "all.hyp.txt", tmp_path / "all.ref.txt"
    hyp.write_text("\n".join(_lines("doc1.hyp.txt") + _lines("doc2.hyp.txt")) + "\n", "utf-8")
    ref.write_text("\n".join(_lines("doc1.ref.txt") + _lines("doc2.ref.txt")) + "\n", "utf-8")
    corpus = CorpusMetrics()
    corpus.add(_document("doc1.hyp.txt"), _document("doc1.ref.txt"))
    corpus.add_document(
        Document(_document("doc2.hyp.txt"), "en", reference=_document("doc2.ref.txt"))
    )
    corpus.add_document(Document("No reference here.", "en"))  # ignored
    ours = corpus.to_dict()
    cli = _cli_scores(ref, hyp)
    assert (ours["bleu"], ours["chrf"], ours["ter"]) == (
        cli["bleu"]["score"],
        cli["chrf"]["score"],
        cli["ter"]["score"],
    )
    assert ours["documents"] == 2
    assert ours["segments"] == 10


def test_passage_chrf_equals_sentence_level_cli():
    hyp, ref = DATA / "doc2.hyp.txt", DATA / "doc2.ref.txt"
    out = _sacrebleu(ref, hyp, "-m", "chrf", "-b", "-w", "2", "-sl").split()
    pairs = list(zip(_lines(hyp.name), _lines(ref.name), strict=True))
    assert passage_chrf(pairs) == [float(x) for x in out]


def test_empty_corpus_and_no_reference():
    assert CorpusMetrics().to_dict() == {}
    assert metrics_for_document(Document("Text.", "en")) == {}


def test_unmatched_passages_count_against_the_score():
    hyp = _document("doc1.hyp.txt")
    ref_lines = _lines("doc1.ref.txt")
    ref = "\n\n".join(ref_lines[:3] + ref_lines[4:])  # the reference lacks one passage
    pairs = document_pairs(Document(hyp, "en", reference=ref))
    assert len(pairs) == 6
    assert (_lines("doc1.hyp.txt")[3], "") in pairs
    assert (
        document_metrics(hyp, ref)["chrf"]
        < document_metrics(hyp, _document("doc1.ref.txt"))["chrf"]
    )


def test_per_passage_references_are_used():
    text = "The council met.\n\nIt decided nothing."
    hints = (
        PassageHint(0, 16, reference="The council convened."),
        PassageHint(18, 37, reference="It decided nothing."),
    )
    pairs = document_pairs(Document(text, "en", passages=hints))
    assert pairs == [
        ("The council met.", "The council convened."),
        ("It decided nothing.", "It decided nothing."),
    ]


def test_soft_wraps_are_single_spaces():
    pairs = document_pairs(Document("The council\nmet today.", "en", reference="The council met."))
    assert pairs == [("The council met today.", "The council met.")]


# --- reference divergence -------------------------------------------------------------------


def _divergence(target: str, reference: str | None) -> list:
    report = tqcheck.check_text(
        target, lang="en", reference=reference, settings=Settings(select=("reference",))
    )
    for f in report.findings:
        assert target[f.start : f.end] == f.text
    return report.findings


def test_divergent_passage_is_flagged():
    lines = _lines("doc1.ref.txt")
    target_lines = list(lines)
    target_lines[3] = "Bananas are yellow fruit that grow in warm countries all year round."
    found = _divergence("\n\n".join(target_lines), "\n\n".join(lines))
    assert [f.text for f in found] == [target_lines[3]]
    assert found[0].rule == "reference.divergence"


def test_close_translation_is_not_flagged():
    assert not _divergence(_document("doc1.hyp.txt"), _document("doc1.ref.txt"))
    assert not _divergence(_document("doc2.hyp.txt"), _document("doc2.ref.txt"))


def test_divergence_is_silent_without_a_reference():
    assert not _divergence("Bananas are yellow fruit that grow in warm countries.", None)
