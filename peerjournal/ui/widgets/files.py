"""Choosing files to open and save, in one place so tests can answer (like ``messages``).

Qt's own file dialog is used without its history: it would otherwise remember folders
and file names in a plain settings file (QtProject.conf), and names of shared files can
say something about a person's life.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

next_paths: list[Path | None] = []
shown_folders: list[Path] = []  # folders show_folder was asked to open, in test mode
_testing = False


def enable_test_mode() -> None:
    global _testing
    _testing = True
    next_paths.clear()
    shown_folders.clear()


def _dialog(parent: QWidget | None, title: str, filters: str, save: bool, suggested: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(Path.home() / suggested) if suggested else str(Path.home()), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setHistory([])
    chosen = dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles()
    dialog.setHistory([])  # what Qt would write to QtProject.conf when the dialog goes
    dialog.setDirectory(str(Path.home()))
    return Path(chosen[0]) if chosen else None


def choose_open(parent: QWidget | None, title: str, filters: str) -> Path | None:
    if _testing:
        return next_paths.pop(0) if next_paths else None
    return _dialog(parent, title, filters, save=False, suggested="")


def choose_save(parent: QWidget | None, title: str, filters: str, suggested: str) -> Path | None:
    if _testing:
        return next_paths.pop(0) if next_paths else None
    return _dialog(parent, title, filters, save=True, suggested=suggested)


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """An existing folder (for files written into it); tests answer through ``next_paths``."""
    if _testing:
        return next_paths.pop(0) if next_paths else None
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setHistory([])
    chosen = dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles()
    dialog.setHistory([])  # as in _dialog: nothing for QtProject.conf
    dialog.setDirectory(str(Path.home()))
    return Path(chosen[0]) if chosen else None


def show_folder(folder: Path) -> bool:
    """Open ``folder`` in the desktop's file manager; False if that could not be done."""
    if _testing:
        shown_folders.append(Path(folder))
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
