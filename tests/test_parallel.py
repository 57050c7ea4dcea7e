"""--jobs N gives byte-identical output to --jobs 1, in input order."""

from __future__ import annotations

from click.testing import CliRunner

from tqcheck.cli import main

from .conftest import SAMPLES


def test_jobs_2_output_identical_to_jobs_1(tmp_path):
    for i in range(6):
        for sample in sorted(SAMPLES.glob("*.txt")):
            target = tmp_path / f"{i:02d}-{sample.name}"
            target.write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(main, ["check", str(tmp_path), "--format", "json", "--jobs", "1"])
    two = runner.invoke(main, ["check", str(tmp_path), "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert one.stdout.count('"path"') == 24
