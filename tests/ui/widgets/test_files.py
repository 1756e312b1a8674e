"""Choosing files and folders: in test mode the answers a test sets are used in order, and no dialog opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from peerjournal.ui.widgets import files


def _dialogs_open() -> list[QFileDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]


def test_choosers_take_the_next_answers_in_order(qtbot, tmp_path):
    files.next_paths.extend([tmp_path / "in.pjshare", None, tmp_path / "out.pdf", tmp_path])
    assert files.choose_open(None, "Open", "Shares (*.pjshare)") == tmp_path / "in.pjshare"
    assert files.choose_open(None, "Open", "Shares (*.pjshare)") is None  # the person cancelled
    assert files.choose_save(None, "Save", "PDF (*.pdf)", "summary.pdf") == tmp_path / "out.pdf"
    assert files.choose_folder(None, "Folder") == tmp_path
    assert files.next_paths == [] and _dialogs_open() == []


def test_no_answer_left_means_cancelled(qtbot):
    assert files.next_paths == []  # each test starts with none (the UI conftest's test mode)
    assert files.choose_open(None, "Open", "") is None
    assert files.choose_save(None, "Save", "", "x.txt") is None
    assert files.choose_folder(None, "Folder") is None
    assert _dialogs_open() == []


def test_show_folder_is_recorded_not_opened(tmp_path):
    assert files.show_folder(tmp_path) is True
    assert files.show_folder(str(tmp_path / "sub")) is True  # type: ignore[arg-type]
    assert files.shown_folders == [tmp_path, tmp_path / "sub"]
    assert all(isinstance(folder, Path) for folder in files.shown_folders)


def test_enable_test_mode_forgets_earlier_answers(tmp_path):
    files.next_paths.append(tmp_path)
    files.shown_folders.append(tmp_path)
    files.enable_test_mode()
    assert files.next_paths == [] and files.shown_folders == []
    assert files.choose_open(None, "Open", "") is None
