"""Accessibility: every control on every page and main dialog is named, described and reachable
by keyboard, and Tab moves through a page the way it reads: top to bottom, left to right.

Names and descriptions are read the way a screen reader gets them, through Qt's accessibility
interface (a button is named by its text, a field by its label's buddy; a description falls
back to the tooltip). The walk runs on a window full of demo data, on every page and every
tab of every tab widget, and on the dialogs the menus and pages open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
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

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.widgets import files
from peerjournal.ui.widgets.chips import FeelingsPicker
from peerjournal.ui.widgets.scale_picker import ScalePicker

VCARDS = Path(__file__).resolve().parents[1] / "fixtures" / "vcards"

# What a person operates. Anything else that takes focus with Tab counts too (see is_control).
CONTROL_KINDS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                 QAbstractItemView, QAbstractSlider, QTabBar, QGraphicsView, ScalePicker)


def choice_set(widget: QWidget) -> list[QAbstractButton]:
    """The buttons of an exclusive set of choices ``widget`` belongs to (none if it doesn't).

    Qt lets Tab land on one button of such a set (the chosen one, or the first) and the arrow
    keys move between them, as in any desktop form."""
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None:
        return group.buttons() if group.exclusive() else []
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [b for b in parent.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if b.autoExclusive()]
    return []


# Controls reached another way than Tab, by design. Each says how.
def reached_otherwise(widget: QWidget) -> str:
    if isinstance(widget.parentWidget(), ScalePicker):
        return "a scale's button: keys 1-5 and the arrows choose it while the scale has focus"
    if widget.objectName() == "feelingChip" and isinstance(widget.parentWidget().parentWidget(), FeelingsPicker):
        return "a feeling chip: typing the feeling and Enter toggles it, so twenty chips don't cost twenty Tabs"
    if len(choice_set(widget)) > 1:
        return "one of a set of choices: Tab reaches the set, the arrow keys move within it"
    return ""


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own parts of a control (a combo box's list, a spin box's field, a table's header,
    a tab bar's scroll arrows, a scroll area's bars and viewport) are announced and operated
    with their owner. A widget placed in a table's cell is a control of its own."""
    if isinstance(widget, QTabBar):
        return False
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    inner = widget
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            return True
        if isinstance(parent, QAbstractItemView) and inner is not parent.viewport():
            return True
        inner, parent = parent, parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    if _part_of_another_control(widget) or widget.focusProxy() is not None:  # the proxy is the control
        return False
    if isinstance(widget, CONTROL_KINDS):
        return True
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget) -> list[QWidget]:
    """The controls a person can see in ``root`` now (hidden tabs and pages left out)."""
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and is_control(w)]


def spoken(widget: QWidget) -> tuple[str, str]:
    """(name, description) as a screen reader gets them."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return (interface.text(QAccessible.Text.Name).strip(), interface.text(QAccessible.Text.Description).strip())


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {shown!r}".strip()


def _tab_descriptions(bar: QTabBar) -> str:
    """A tab bar has no description of its own: each tab has one (its tooltip)."""
    interface = QAccessible.queryAccessibleInterface(bar)
    tabs = [interface.child(i) for i in range(bar.count())]
    return "" if any(not t.text(QAccessible.Text.Description).strip() for t in tabs) else "each tab"


def problems_in(root: QWidget) -> list[str]:
    """Controls without a spoken name or description, or that the keyboard can't reach."""
    found = []
    for widget in controls(root):
        name, description = spoken(widget)
        if isinstance(widget, QTabBar):
            description = _tab_descriptions(widget)
        if not name:
            found.append(f"no name: {describe(widget)}")
        if not description:
            found.append(f"no description: {describe(widget)} (name {name!r})")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not reached_otherwise(widget):
            found.append(f"not reachable with Tab: {describe(widget)}")
    return found


# -- tab order -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Stop:
    widget: QWidget
    rect: QRect  # in the root's coordinates, before any scrolling

    def __str__(self) -> str:
        r = self.rect
        return f"{describe(self.widget)} at ({r.x()}, {r.y()}, {r.width()}x{r.height()})"


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _scroll_areas(widget: QWidget, root: QWidget) -> list[QWidget]:
    """The scroll areas around ``widget`` inside ``root``, outermost first."""
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            found.insert(0, parent)
        parent = parent.parentWidget()
    return found


def _as_seen_beside(a: QWidget, b: QWidget, root: QWidget) -> QWidget:
    """``a`` itself, or the scroll area around it that ``b`` is not in: a control scrolled
    out of view reads where its scroll area is."""
    b_areas = _scroll_areas(b, root)
    return next((area for area in _scroll_areas(a, root) if area not in b_areas), a)


def out_of_order(a: QRect, b: QRect) -> str:
    """Why moving from ``a`` to ``b`` goes against reading order, or "" when it doesn't.

    Going down is fine. Going back up is fine within the same row (up to half the smaller
    control's height, for baselines that don't line up), or when ``b`` lies in a column wholly
    to the right of ``a`` (from the foot of one column to the top of the next). Within a row,
    going back left is wrong.
    """
    slack = min(a.height(), b.height()) // 2
    same_row = abs(a.center().y() - b.center().y()) <= slack
    if same_row and b.right() < a.left():
        return "goes back left within a row"
    if b.top() < a.top() - slack and b.left() < a.right() - 4:
        return "goes back up"
    return ""


def _next_stop(widget: QWidget) -> QWidget:
    """The next widget in the focus chain that Tab could land on."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if (candidate.isVisible() and candidate.isEnabled() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.focusProxy() is None):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def tab_walk(qtbot, window: QWidget, root: QWidget, start: QWidget | None = None) -> tuple[list[QWidget], list[str]]:
    """Press Tab from ``start`` (default: the window's first focus) all the way round; return
    the order in which focus landed on widgets inside ``root``, and where Tab got stuck."""
    (start or window).setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None
    visits: list[QWidget] = []
    stuck: list[str] = []
    current = first
    seen: list[QWidget] = []
    runs, inside = 0, False
    for _ in range(400):
        if root.isAncestorOf(current) or current is root:
            runs += not inside
            inside = True
            if not visits or visits[-1] is not current:
                visits.append(current)
        else:
            inside = False
        if not seen or seen[-1] is not current:
            if current in seen:
                stuck.append("Tab goes round in a loop: " + ", ".join(describe(w) for w in seen[seen.index(current):]))
                return visits, stuck
            seen.append(current)
        section = current.currentSectionIndex() if isinstance(current, QDateTimeEdit) else None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        assert following is not None
        if following is current and section is not None and current.currentSectionIndex() != section:
            continue  # Tab moves from the hours to the minutes of a time, then on (Qt's way)
        if following is current:  # Tab was taken as typing or moved inside the control
            stuck.append(f"Tab stays on {describe(current)}")
            following = _next_stop(current)
            following.setFocus(Qt.FocusReason.TabFocusReason)
        current = following
        if current is first:
            if runs > 1 and not root.isWindow():
                stuck.append(f"Tab leaves and comes back: {runs} separate runs through the controls")
            return visits, stuck
    stuck.append("Tab never comes back round: " + ", ".join(describe(w) for w in visits[-12:]))
    return visits, stuck


def order_problems(qtbot, window: QWidget, root: QWidget, start: QWidget | None = None) -> list[str]:
    """What is wrong with Tab's way through ``root``: controls it never reaches, the root's
    controls visited in two separate runs, and steps that go against reading order.

    On a page, the way in comes from the page list; in a dialog (``root`` is the window) the
    round is read from the control at the top left, wherever focus starts."""
    stops = {w: _rect_in(w, root) for w in controls(root) if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    visits, found = tab_walk(qtbot, window, root, start)
    found += [f"never reached: {describe(w)}" for w in stops
              if w not in visits and not any(b in visits for b in choice_set(w))]
    inside = [w for w in visits if w in stops]
    if len(set(inside)) != len(inside):
        found.append("visited twice: " + ", ".join(describe(w) for w in inside))
    if root.isWindow() and inside:
        first = min(inside, key=lambda w: (stops[w].top(), stops[w].left()))
        inside = inside[inside.index(first):] + inside[:inside.index(first)]
    for a, b in zip(inside, inside[1:], strict=False):
        seen_a, seen_b = _as_seen_beside(a, b, root), _as_seen_beside(b, a, root)
        rect_a, rect_b = stops.get(seen_a) or _rect_in(seen_a, root), stops.get(seen_b) or _rect_in(seen_b, root)
        why = out_of_order(rect_a, rect_b)
        if why:
            found.append(f"{why}: {Stop(a, rect_a)} → {Stop(b, rect_b)}")
    return found


# -- the window and its dialogs ------------------------------------------------------------
@pytest.fixture
def window(qtbot, journal):
    seed_demo(journal)
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


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
    assert len(seen) == len(PAGES) - 2 + 5 + 4  # Insights has 5 tabs, Connecting 4
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
            field = QLineEdit()
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
    for button in (nameless, plain, mouse_only):
        button.show()
    found = problems_in(form)
    assert any(p.startswith("no name") and "namelessButton" in p for p in found)
    assert any(p.startswith("no description") and "plainButton" in p for p in found)
    assert any(p.startswith("not reachable") and "mouseOnlyButton" in p for p in found)
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
