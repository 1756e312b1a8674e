"""The summary PDF made in a child process: the same text as made here; a child that fails says
so without a word of the journal, and the PDF is made here instead."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from peerjournal.core.sharing.options import BASIC_SECTIONS
from peerjournal.core.summary.report import SummaryOptions, build_report
from tests.ui.sharing.helpers import NOTE, pdf_text
from tests.ui.sharing.test_pdf_summary import sample

from peerjournal.ui.sharing import pdf_apart
from peerjournal.ui.sharing.pdf_summary import chart_pictures, write_pdf


def _report():  # type: ignore[no-untyped-def]
    options = SummaryOptions(date(2026, 6, 1), date(2026, 6, 28), include_notes=True, sections=BASIC_SECTIONS)
    return build_report(options, sample(), made=date(2026, 6, 30))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_the_child_makes_the_same_pdf_as_this_process(qtbot, tmp_path):
    report = _report()
    pictures = chart_pictures(report)
    apart = pdf_apart.write_pdf_apart(tmp_path / "apart.pdf", report, pictures)
    here = write_pdf(tmp_path / "here.pdf", report, pictures)
    assert pdf_text(apart) == pdf_text(here) and NOTE in pdf_text(apart)


def test_a_child_that_fails_says_so_without_journal_text_and_the_pdf_is_made_here(qtbot, tmp_path, monkeypatch,
                                                                                  caplog):
    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        return subprocess.CompletedProcess(args, 1, b"", f"Traceback ... {NOTE}".encode())

    monkeypatch.setattr(pdf_apart.subprocess, "run", failing)
    report = _report()
    pictures = chart_pictures(report)
    with pytest.raises(OSError) as raised:
        pdf_apart.child_pdf_bytes(report, pictures, "")
    assert NOTE not in str(raised.value) and "could not be laid out" in str(raised.value)
    path = pdf_apart.write_pdf_apart(tmp_path / "summary.pdf", report, pictures)
    assert path.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]
    assert "could not be laid out" in caplog.text and NOTE not in caplog.text
