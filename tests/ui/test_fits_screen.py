"""Fits every screen: the window and every main dialog can be as small as 1024×600 logical
pixels (1280×720 at 125 %, 2048×1200 at 200 %) without clipping a page on the right, and a
dialog taller than the screen scrolls its body instead of squashing it (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QWidget

from tests.ui.supporter import conftest as supporter
from tests.ui.supporter.helpers import FIRST, SECOND, accept_as_is, make_window, open_share
from tests.ui.test_accessibility import each_dialog, each_view, window  # noqa: F401 - the fixture
from tests.ui.test_accessibility_supporter import share_with_reply_to

from peerjournal.ui.app.main_window import MainWindow

# The supporter side's fixtures.
store, public, sam, inbox = supporter.store, supporter.public, supporter.sam, supporter.inbox
SMALLEST = QSize(1024, 600)
# 1280×720 at 150 % is 853×480 logical; less a panel and a title bar. Every dialog fits it.
SHORT = QSize(853, 440)


def _too_big(hint: QSize, limit: QSize = SMALLEST) -> bool:
    return hint.width() > limit.width() or hint.height() > limit.height()


def _size(s: QSize) -> str:
    return f"{s.width()}×{s.height()}"


def test_the_window_fits_1024_by_600_on_every_page_and_tab(qtbot, window: MainWindow):  # noqa: F811
    problems = []
    for label, _page in each_view(window):
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if _too_big(hint):
            problems.append(f"{label}: the window needs at least {_size(hint)}")
    assert not problems, "\n".join(problems)


def test_every_main_dialog_fits_1280_by_720_at_150_percent(qtbot, window, journal, tmp_path):  # noqa: F811
    problems = []
    for label, dialog in each_dialog(qtbot, window, journal, tmp_path):
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if _too_big(hint, SHORT):
            problems.append(f"{label}: needs at least {_size(hint)}")
    assert not problems, "\n".join(problems)


def _squashed(dialog: QDialog) -> list[str]:
    """Visible widgets outside a scroll area made smaller than they can be drawn."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.isWindow():
            continue
        inside = widget.parentWidget()
        while inside is not None and inside is not dialog and not isinstance(inside, QScrollArea):
            inside = inside.parentWidget()
        if isinstance(inside, QScrollArea):
            continue
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if need.isValid() and widget.height() < need.height():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.height()} < {need.height()}")
    return found


def test_a_tall_dialog_on_a_short_screen_scrolls_and_keeps_its_buttons(qtbot, window):  # noqa: F811
    """The Share and PDF summary dialogs on 1280×720 at 150 % (853×480 logical): no squashed
    rows, the buttons outside the scrolling body."""
    short = QRect(0, 0, 853, 440)  # the screen less a panel and the window's title bar
    dialogs = ((window.sharing.open_share_dialog, ("previewButton", "cancelShareButton")),
               (window.export_summary, ("saveSummaryButton", "cancelSummaryButton")))
    for open_dialog, names in dialogs:
        dialog = open_dialog()
        assert isinstance(dialog, QDialog)
        supporter = getattr(dialog, "supporter", None)
        if supporter is not None:  # the Share dialog's tallest state: a passphrase, not a key
            supporter.setCurrentIndex(supporter.count() - 1)
            assert dialog.passphrase_again.isVisibleTo(dialog)
        dialog.show()
        dialog.setFixedSize(short.size())  # as a window manager keeps it inside the screen
        dialog.layout().activate()
        buttons = [dialog.findChild(QPushButton, name) for name in names]
        for button in buttons:
            assert button is not None and button.isVisibleTo(dialog), dialog.objectName()
            assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
            assert not any(isinstance(p, QScrollArea) for p in _ancestors(button, dialog)), button.objectName()
        assert not _squashed(dialog), (dialog.objectName(), _squashed(dialog))
        dialog.done(QDialog.DialogCode.Rejected)


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found



def test_supporter_mode_fits_too(qtbot, store, public, sam, inbox):
    """The supporter's window with a person's two files, on each chart, fits 1024×600; its
    rename and reply dialogs fit 1280×720 at 150 %."""
    supporter_window = make_window(qtbot, store)
    problems = []
    if _too_big(supporter_window.minimumSizeHint().expandedTo(supporter_window.minimumSize())):
        problems.append(f"no one yet: the window needs {_size(supporter_window.minimumSizeHint())}")
    open_share(qtbot, supporter_window, share_with_reply_to(sam, inbox, public, FIRST, made_days_ago=10), answer=accept_as_is)
    open_share(qtbot, supporter_window, share_with_reply_to(sam, inbox, public, SECOND))
    charts = supporter_window.person_panel.review.charts
    for index in (i for i in range(charts.count()) if charts.isTabVisible(i)):
        charts.setCurrentIndex(index)
        hint = supporter_window.minimumSizeHint().expandedTo(supporter_window.minimumSize())
        if _too_big(hint):
            problems.append(f"Sam ▸ {charts.tabText(index)}: the window needs {_size(hint)}")
    for label, dialog in (("rename", supporter_window.rename_person()), ("reply", supporter_window.write_reply())):
        assert isinstance(dialog, QDialog)
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if _too_big(hint, SHORT):
            problems.append(f"{label}: needs at least {_size(hint)}")
        dialog.reject()
    assert not problems, "\n".join(problems)
