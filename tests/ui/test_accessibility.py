"""Accessibility: every control on every page and main dialog is named, described and reachable
by keyboard, and Tab moves through a page the way it reads: top to bottom, left to right.

Names and descriptions are read the way a screen reader gets them, through Qt's accessibility
interface (a button is named by its text, a field by its label's buddy; a description falls
back to the tooltip). The walk runs on a window full of demo data, on every page and every
tab of every tab widget, and on the dialogs the menus and pages open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.resources import Reply
from peerjournal.core.prompts import Prompt, PromptKind
from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.reply import (
    ProposedGoal,
    ReplyDraft,
    SuggestedPlace,
    build_reply,
    seal_reply,
)
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.demo.seed import seed_demo
from tests.ui.accessible_walk import describe, order_problems, out_of_order, problems_in, tab_walk
from tests.ui.helpers import make_window

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.widgets import files
from peerjournal.ui.widgets.focus_events import caret_after_focus

VCARDS = Path(__file__).resolve().parents[1] / "fixtures" / "vcards"


# -- the window and its dialogs ------------------------------------------------------------
@pytest.fixture
def window(qtbot, journal):
    seed_demo(journal)
    return make_window(qtbot, journal)


def _show_everything(window: MainWindow) -> None:
    """What a person would open on the pages: someone chosen on People, the tables beside the
    charts on Insights."""
    people = window.people
    people.select_person(next(p.id for p in window.journal.people() if not p.archived))
    for button in (window.insights.mood_table_button, window.insights.counts_table_button):
        button.setChecked(True)


def each_view(window: MainWindow):
    """(label, page) for every page and every tab of every tab widget on it, each shown in turn."""
    _show_everything(window)
    for index, name in enumerate(PAGES):
        window.go_to(index)
        page = window.stack.currentWidget()
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        if not tab_widgets:
            QCoreApplication.processEvents()
            yield name, page
        for tabs in tab_widgets:
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QCoreApplication.processEvents()
                yield f"{name} ▸ {tabs.tabText(tab).replace('&', '')}", page


def _reply_file(journal, folder):
    """A signed reply from a supporter the journal knows, with a note, a goal and a place."""
    signing = new_signing_key()
    journal.replies.add_supporter("Dev", SupporterKey(new_identity()[1], signer_public(signing)))
    doc = build_reply(
        ReplyDraft(notes="Lovely to see you.", items=(
            ProposedGoal("Join the choir"), SuggestedPlace("Riverside Walkers", when="Sundays at 10"))),
        recipient=journal.replies.reply_to(), signer=signer_public(signing), in_reply_to=None,
        created=datetime.now(UTC))
    path = folder / "from-dev.pjreply"
    path.write_bytes(seal_reply(doc, signing))
    return path


def _views_of_resource_check(qtbot, dialog):
    """Every part of the check, with "Yes" chosen for a question so its "who" row shows."""
    for part in range(dialog.pages.count()):
        dialog.go(part - dialog.pages.currentIndex())
        box = next(b for b in dialog.boxes if dialog.page_of(b) == part)
        box.radios[Reply.YES].click()
        yield f"part {part + 1}"


def _views_of_share(qtbot, dialog):
    yield "choices"
    dialog.supporter.setCurrentIndex(dialog.supporter.count() - 1)  # someone without a key
    for field in (dialog.passphrase, dialog.passphrase_again):
        field.setText("a long and careful passphrase")
    dialog.preview_button.click()
    assert dialog.pages.currentIndex() == 1, dialog.error.text()
    yield "preview"


def _views_of_vcard(qtbot, dialog):
    yield "no file yet"
    files.next_paths.append(VCARDS / "duplicates.vcf")
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
    yield "a file read"


def _views_of_lists(qtbot, dialog):
    tabs = dialog.findChild(QTabWidget)
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        yield tabs.tabText(tab).replace("&", "")


def main_dialogs(window: MainWindow, journal, tmp_path):
    """(label, how to open it, its views) for each main dialog; a view shows more of it."""
    from peerjournal.core.connecting.goals import GoalStatus
    from peerjournal.core.vocabulary import EntryKind

    def active_goal_review():
        goals = window.connecting.goals
        goals.select_goal(next(g.id for g in journal.goals.goals() if g.status is GoalStatus.ACTIVE))
        return goals.review_goal()

    def newest(kind):
        return next(r for r in journal.timeline() if r.kind is kind)

    def add_someone():
        check = window.connecting.resources.take_check()
        return check.open_add_person(check.boxes[0])

    def reply():
        files.next_paths.append(_reply_file(journal, tmp_path))
        return window.open_reply()

    def person(add: bool):
        people = window.people
        if add:
            people.open_add_dialog()
        else:
            people.select_person(next(p.id for p in journal.people() if p.help_kinds))
            people.open_edit_dialog()
        return people.person_dialog

    return [
        ("new check-in", lambda: window.open_entry_dialog(EntryKind.MOOD), None),
        ("new contact", lambda: window.log_contact_with(None), None),
        ("new activity", window.log_activity, None),
        ("edit check-in", lambda: window.edit_entry(newest(EntryKind.MOOD)), None),
        ("edit contact", lambda: window.edit_entry(newest(EntryKind.CONTACT)), None),
        ("edit activity", lambda: window.edit_entry(newest(EntryKind.ACTIVITY)), None),
        ("new person", lambda: person(True), None),
        ("edit person", lambda: person(False), None),
        ("lists", window.edit_lists, _views_of_lists),
        ("my trackers", window.edit_trackers, None),
        ("share", window.sharing.open_share_dialog, _views_of_share),
        ("summary", window.export_summary, None),
        ("goal", window.connecting.new_goal, None),
        ("review", active_goal_review, None),
        ("place", window.connecting.places.add_place, None),
        ("resource check", window.connecting.resources.take_check, _views_of_resource_check),
        ("add someone (resource check)", add_someone, None),
        ("resource questions", window.connecting.resources.edit_questions, None),
        ("vCard import", window.import_vcard, _views_of_vcard),
        ("take all my data", window.take_all_data, None),
        ("reply", reply, None),
        ("change passphrase", lambda: ChangePassphraseDialog(journal.vault, window), None),
        ("unlock", lambda: UnlockDialog(journal.vault.path), None),
        ("create a journal", lambda: UnlockDialog(tmp_path / "new" / "journal.pjvault"), None),
    ]


def each_dialog(qtbot, window: MainWindow, journal, tmp_path):
    """(label, dialog) for each view of each main dialog, shown and active; each dialog is
    closed (and any dialog under it) once the caller has looked."""
    for label, open_dialog, views in main_dialogs(window, journal, tmp_path):
        dialog = open_dialog()
        assert isinstance(dialog, QDialog), label
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        for view in (views(qtbot, dialog) if views else [""]):
            QCoreApplication.processEvents()
            yield (f"{label} ▸ {view}" if view else label), dialog
        for open_one in reversed(QApplication.topLevelWidgets()):
            if isinstance(open_one, QDialog) and open_one.isVisible():
                open_one.done(QDialog.DialogCode.Rejected)
        QCoreApplication.processEvents()


# -- the tests -------------------------------------------------------------------------------
def test_every_control_on_every_page_and_tab_is_named_described_and_reachable(qtbot, window):
    problems, seen = [], []
    for label, page in each_view(window):
        seen.append(label)
        problems += [f"{label}: {p}" for p in problems_in(page)]
    problems += [f"sidebar: {p}" for p in problems_in(window.findChild(QWidget, "sidebar"))]
    assert len(seen) == len(PAGES) - 3 + 6 + 4 + 8  # Insights has 6 tabs (My trackers), Connecting 4, Support plan 8
    assert not problems, "\n".join(problems)


def test_tab_goes_through_each_page_in_reading_order(qtbot, window):
    """From the page list, Tab enters the page and visits every control once, top to bottom
    and left to right (a second column after the first), and comes back round."""
    problems = []
    for label, page in each_view(window):
        problems += [f"{label}: {p}" for p in order_problems(qtbot, window, page, window.nav)]
    assert not problems, "\n".join(problems)


def test_a_reminder_is_read_after_the_page_list_and_before_the_page(qtbot, window):
    window.go_to(PAGES.index("Today"))
    window.banner.show_prompts([Prompt(PromptKind.CHECK_IN, "check_in:test", datetime.now(UTC))],
                               window.prompt_service.facts())
    assert window.banner.isVisible()
    assert problems_in(window.banner) == []
    assert order_problems(qtbot, window, window.centralWidget(), window.nav) == []
    visits, _ = tab_walk(qtbot, window, window.centralWidget(), window.nav)
    banner = [window.banner.act_button, window.banner.later_button, window.banner.dismiss_button]
    assert visits[1:4] == banner, [describe(w) for w in visits[:5]]
    assert window.today.isAncestorOf(visits[4])


def test_every_main_dialog_is_named_described_and_in_reading_order(qtbot, window, journal, tmp_path):
    problems, seen = [], []
    for label, dialog in each_dialog(qtbot, window, journal, tmp_path):
        seen.append(label)
        problems += [f"{label}: {p}" for p in problems_in(dialog)]
        start = QApplication.focusWidget()
        assert start is not None and dialog.isAncestorOf(start), label
        problems += [f"{label}: {p}" for p in order_problems(qtbot, dialog, dialog, start)]
    assert len(seen) == len(main_dialogs(window, journal, tmp_path)) + 1 + 1 + 3 + 1  # their extra views
    assert not problems, "\n".join(problems)


# -- the checks themselves can fail ---------------------------------------------------------
def _form(qtbot) -> QWidget:
    form = QWidget()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    for row in range(3):
        for column in range(2):
            field = caret_after_focus(QLineEdit())
            field.setObjectName(f"field{row}{column}")
            field.setAccessibleName(f"Field {row} {column}")
            field.setAccessibleDescription("A field for the test")
            grid.addWidget(field, row, column)
    form.resize(400, 200)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def test_the_walk_finds_a_control_without_a_name_a_description_or_a_way_in(qtbot):
    form = _form(qtbot)
    nameless = QPushButton(form)
    nameless.setObjectName("namelessButton")
    plain = QPushButton("Go", form)
    plain.setObjectName("plainButton")
    mouse_only = QPushButton("Only by mouse", form)
    mouse_only.setObjectName("mouseOnlyButton")
    mouse_only.setToolTip("Does something")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    hasty = QLineEdit(form)  # named and described, but made without make.line_edit
    hasty.setObjectName("hastyEdit")
    hasty.setAccessibleName("Hasty")
    hasty.setAccessibleDescription("Selects its text before the focus is told")
    for control in (nameless, plain, mouse_only, hasty):
        control.show()
    found = problems_in(form)
    assert any(p.startswith("no name") and "namelessButton" in p for p in found)
    assert any(p.startswith("no description") and "plainButton" in p for p in found)
    assert any(p.startswith("not reachable") and "mouseOnlyButton" in p for p in found)
    assert [p for p in found if "hastyEdit" in p] == [
        "caret moves before the focus is told: QLineEdit 'hastyEdit' '' (make.line_edit)"]
    assert not any("field" in p for p in found)  # named, described and reachable: fine


def test_the_walk_finds_a_scrambled_tab_order_and_a_field_that_keeps_tab(qtbot):
    form = _form(qtbot)
    fields = [form.findChild(QLineEdit, f"field{r}{c}") for r in range(3) for c in range(2)]
    assert order_problems(qtbot, form, form, fields[0]) == []  # as laid out: row by row
    QWidget.setTabOrder(fields[5], fields[2])  # the second row's first field comes last
    found = order_problems(qtbot, form, form, fields[0])
    assert any(p.startswith("goes back up") and "field10" in p for p in found), found

    form = _form(qtbot)
    # A control added later lands at the end of the window's chain, after what follows its box.
    box = QWidget(form)
    box.setLayout(QVBoxLayout())
    inner = QLineEdit(box)
    inner.setAccessibleName("Inner")
    inner.setAccessibleDescription("A field for the test")
    box.layout().addWidget(inner)
    form.layout().addWidget(box, 3, 0)
    box.show()
    late = QLineEdit()
    late.setAccessibleName("Late")
    late.setAccessibleDescription("A field for the test")
    box.layout().addWidget(late)
    late.show()
    between = QLineEdit(form)
    between.setAccessibleName("Between")
    between.setAccessibleDescription("A field for the test")
    form.layout().addWidget(between, 3, 1)
    between.show()
    QWidget.setTabOrder(inner, between)
    QWidget.setTabOrder(between, late)
    found = order_problems(qtbot, form, box, form.findChild(QLineEdit, "field00"))
    assert any(p.startswith("Tab leaves and comes back: 2") for p in found), found

    form = _form(qtbot)
    trap = QPlainTextEdit(form)
    trap.setAccessibleName("Notes")
    trap.setAccessibleDescription("Notes for the test")
    form.layout().addWidget(trap, 3, 0, 1, 2)
    trap.show()
    first = form.findChild(QLineEdit, "field00")
    assert any(p.startswith("Tab stays on QPlainTextEdit") for p in order_problems(qtbot, form, form, first))
    trap.setTabChangesFocus(True)
    assert order_problems(qtbot, form, form, first) == []


def test_reading_order_rules():
    row = 30
    here = QRect(0, 100, 100, row)
    assert out_of_order(here, QRect(0, 140, 100, row)) == ""  # the next row
    assert out_of_order(here, QRect(120, 100, 100, row)) == ""  # on to the right
    assert out_of_order(here, QRect(120, 0, 100, row)) == ""  # the top of the next column
    assert out_of_order(here, QRect(0, 95, 100, row)) == ""  # a baseline a little higher
    assert out_of_order(here, QRect(0, 60, 100, row)) == "goes back up"
    assert out_of_order(QRect(120, 100, 100, row), here) == "goes back left within a row"
    assert out_of_order(QRect(120, 300, 100, row), QRect(0, 0, 100, row)) == "goes back up"
