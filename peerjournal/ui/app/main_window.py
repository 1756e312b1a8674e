"""The main window: navigation between pages, menus with shortcuts, undo, lock.

Signals: ``lockRequested()`` (Ctrl+L), ``quitRequested()`` (Ctrl+Q) and
``closeRequested()`` (the window's close button: quit, or keep running in the tray);
the controller closes the journal and drops this window. ``restoreRequested(object)``: the
Security page's, with the backup's Path. Pages are made when first shown (``lazy_pages``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal import APP_NAME
from peerjournal.core.clock import to_local
from peerjournal.core.prompts import CONNECTING_KINDS, Prompt, PromptKind, Snooze
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.system.build_info import build_id, version_text

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.first_paint import after_first_paint
from peerjournal.ui.app.lazy_pages import LazyPages
from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.app.undo import AddEntriesCommand, DeleteEntryCommand, EditEntryCommand, perform
from peerjournal.ui.connecting.connecting_page import ConnectingPage
from peerjournal.ui.connecting.connecting_prompts import follow_prompt_settings, show_for_prompt
from peerjournal.ui.connecting.place_link import with_place
from peerjournal.ui.imports import AppImportDialog
from peerjournal.ui.insights.insights_page import InsightsPage
from peerjournal.ui.journal.entry_dialog import EntryDialog
from peerjournal.ui.journal.timeline_page import TimelinePage
from peerjournal.ui.journal.today_page import TodayPage
from peerjournal.ui.journal.trackers_dialog import TrackersDialog
from peerjournal.ui.journal.word_lists_dialog import ListsDialog
from peerjournal.ui.people.passing_commands import add_in_passing
from peerjournal.ui.people.people_page import PeoplePage
from peerjournal.ui.people.vcard_import_dialog import VCardImportDialog
from peerjournal.ui.prompts.prompt_banner import PromptBanner
from peerjournal.ui.prompts.prompt_service import PromptService
from peerjournal.ui.prompts.prompts_page import PromptsPage
from peerjournal.ui.search import SearchWindow, open_hit
from peerjournal.ui.security.about_data_page import AboutDataPage
from peerjournal.ui.security.security_page import SecurityPage
from peerjournal.ui.security.take_data_dialog import TakeDataDialog
from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.sharing.summary_dialog import SummaryDialog
from peerjournal.ui.support_plan.bad_day_view import BadDayView
from peerjournal.ui.support_plan.locked_copy_follower import LockedCopyFollower
from peerjournal.ui.support_plan.support_plan_page import SupportPlanPage
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dates import day_text, when_text
from peerjournal.ui.widgets.dialog_steps import keep_while_open, show_dialog
from peerjournal.ui.widgets.make import hint_label, label, named

# English page names are the pages' keys (PAGES.index("Sharing")); people read page_title(name).
PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
    QT_TRANSLATE_NOOP("MainWindow", "People"), QT_TRANSLATE_NOOP("MainWindow", "Insights"),
    QT_TRANSLATE_NOOP("MainWindow", "Connecting"), QT_TRANSLATE_NOOP("MainWindow", "Support plan"),
    QT_TRANSLATE_NOOP("MainWindow", "Prompts"), QT_TRANSLATE_NOOP("MainWindow", "Sharing"),
    QT_TRANSLATE_NOOP("MainWindow", "Security"), QT_TRANSLATE_NOOP("MainWindow", "About your data"),
)


P = TypeVar("P", bound=QWidget)


def page_title(name: str) -> str:
    """A page's name (one of PAGES) as the person reads it."""
    return QCoreApplication.translate("MainWindow", name)


class MainWindow(QMainWindow):
    lockRequested = Signal()
    quitRequested = Signal()
    closeRequested = Signal()
    otherKindRequested = Signal(str)  # "supporter": open supporter mode beside this journal
    restoreRequested = Signal(object)  # the Security page's: put this backup's Path in place

    def __init__(
        self,
        journal: Journal,
        events: JournalEvents,
        *,
        demo: bool = False,
        prompts: PromptService | None = None,
        settings: SettingsService | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{app} — demo journal").format(app=APP_NAME) if demo else APP_NAME)
        self.journal = journal
        self.events = events
        self.undo_stack = QUndoStack(self)
        self.entry_dialog: EntryDialog | None = None
        self.bad_day_view: BadDayView | None = None
        self.search_window: SearchWindow | None = None
        self._closing_for_lock = False

        self._build_pages(journal, events, prompts, settings)
        self._connect_pages()
        self._build_navigation()
        self.setCentralWidget(self._build_central(demo))
        # Opening the journal brings the copy of the plan for a bad day up to date (the
        # Support plan page did it when it was made with the window).
        self.locked_copy = LockedCopyFollower(journal, events, lambda: self.pages.is_built("Support plan"), self)
        self.locked_copy.problem.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        # Today first (issue 20): the copy and the prompt check wait until it is painted.
        after_first_paint(self.today, self._after_first_paint)

        self._build_actions()
        self._show_prompts()
        self.statusBar().showMessage(self.tr("Your journal is open. It is encrypted on this computer."), 5000)
        self.go_to(0)
        self.resize(1180, 760)

    def _after_first_paint(self) -> None:
        """What opening the journal does that Today doesn't need before it is seen (not once
        the journal is locked: a lock can come before the first paint)."""
        if self._closing_for_lock or not self.journal.vault.is_open:
            return
        self.locked_copy.refresh()
        self.prompt_service.check_pending()

    def _build_pages(self, journal: Journal, events: JournalEvents, prompts: PromptService | None,
                     settings: SettingsService | None) -> None:
        """Today, the settings and prompt services the pages share, and the other pages' makers:
        each of those is made when first shown or asked for (``window.people``, …)."""
        self._journal_events = events
        if settings is None:  # standalone (tests): the prompt service's, or settings of its own
            settings = prompts.app_settings if prompts is not None else SettingsService(SettingsFile(), self)
        self.settings_service = settings
        if prompts is None:  # standalone (tests): a service of its own, on this journal
            prompts = PromptService(settings, journal.clock, self)
            prompts.attach(journal)
        self.prompt_service = prompts
        self.banner = PromptBanner()
        self.today = TodayPage(journal, events, self.undo_stack, self.create_person)
        self.today.follow_settings(settings)

    def _page_makers(self) -> dict[str, Callable[[], QWidget]]:
        """How each page but Today is made, with what it asks of the window connected."""
        journal, events, settings = self.journal, self._journal_events, self.settings_service
        return {
            "Today": lambda: self.today,
            "Timeline": self._make_timeline,
            "People": self._make_people,
            "Insights": self._make_insights,
            "Connecting": self._make_connecting,
            "Support plan": lambda: SupportPlanPage(journal, events),
            "Prompts": lambda: PromptsPage(settings, journal, events),
            "Sharing": lambda: SharingPage(journal),
            "Security": self._make_security,
            "About your data": lambda: AboutDataPage(journal, settings.file.settings_path),
        }

    def _make_timeline(self) -> TimelinePage:
        page = TimelinePage(self.journal, self._journal_events)
        page.editRequested.connect(self.edit_entry)
        page.deleteRequested.connect(self.delete_entry)
        return page

    def _make_people(self) -> PeoplePage:
        page = PeoplePage(self.journal, self._journal_events, undo_stack=self.undo_stack)
        page.logContactRequested.connect(self.log_contact_with)
        page.importRequested.connect(self.import_vcard)
        return page

    def _make_insights(self) -> InsightsPage:
        page = InsightsPage(self.journal, self._journal_events, undo_stack=self.undo_stack)
        page.exportSummaryRequested.connect(self.export_summary)
        return page

    def _make_connecting(self) -> ConnectingPage:
        page = ConnectingPage(self.journal, self._journal_events, undo_stack=self.undo_stack)
        follow_prompt_settings(page, self.settings_service)
        return page

    def _make_security(self) -> SecurityPage:
        page = SecurityPage(self.journal, self.settings_service)
        page.restoreRequested.connect(self.restoreRequested)
        return page

    def _built(self, name: str, kind: type[P]) -> P:
        page = self.pages.page(name)
        assert isinstance(page, kind)
        return page

    # Each page but Today is made the first time it is shown or one of these is read.
    @property
    def timeline(self) -> TimelinePage:
        return self._built("Timeline", TimelinePage)

    @property
    def people(self) -> PeoplePage:
        return self._built("People", PeoplePage)

    @property
    def insights(self) -> InsightsPage:
        return self._built("Insights", InsightsPage)

    @property
    def connecting(self) -> ConnectingPage:
        return self._built("Connecting", ConnectingPage)

    @property
    def support_plan(self) -> SupportPlanPage:
        return self._built("Support plan", SupportPlanPage)

    @property
    def prompts(self) -> PromptsPage:
        return self._built("Prompts", PromptsPage)

    @property
    def sharing(self) -> SharingPage:
        return self._built("Sharing", SharingPage)

    @property
    def security(self) -> SecurityPage:
        return self._built("Security", SecurityPage)

    @property
    def about_data(self) -> AboutDataPage:
        return self._built("About your data", AboutDataPage)

    def reload_backups(self) -> None:
        """A backup was made: the Security page lists it (a page not made yet reads it when made)."""
        if self.pages.is_built("Security"):
            self.security.reload_backups()

    def _connect_pages(self) -> None:
        """What a page or the prompt banner asks for, the window does (pages never reach into
        each other; the pages made later are connected as they are made)."""
        self.banner.actRequested.connect(self.act_on_prompt)
        self.banner.snoozeRequested.connect(self._snooze_prompt)
        self.banner.dismissRequested.connect(self.prompt_service.dismiss)
        self.prompt_service.promptsChanged.connect(self._show_prompts)
        self.today.badDayPlanRequested.connect(self.open_bad_day_plan)

    def _build_navigation(self) -> None:
        """The list of pages on the left and the stack that shows the chosen one."""
        self.nav = named(QListWidget(), "navList", self.tr("Pages"), self.tr(
            "The up and down arrow keys choose a page; Ctrl+1 to Ctrl+0 go straight to one."))
        self.nav.setIconSize(QSize(20, 20))
        self.stack = named(QStackedWidget(), "pageStack", self.tr("Page"))
        # One maker per name in PAGES; a page added to the app is added in both places.
        self.pages = LazyPages(self.stack, PAGES, self._page_makers())
        for name in PAGES:
            item = QListWidgetItem(page_title(name))
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() * 2 + 8))
            self.nav.addItem(item)
        self.pages.page("Today")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        widest = max(self.nav.fontMetrics().horizontalAdvance(page_title(n)) for n in PAGES)
        self.nav.setFixedWidth(widest + 64)

    def _build_central(self, demo: bool) -> QWidget:
        """The sidebar (name, pages, a demo note) beside the prompt banner and the page."""
        side = named(QWidget(), "sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 12)
        side_layout.addWidget(label(APP_NAME, "brandLabel"))
        side_layout.addWidget(self.nav, 1)
        if demo:
            side_layout.addWidget(hint_label(self.tr("Demo journal\nsample data, deleted when you quit")))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        main = QVBoxLayout()
        main.setContentsMargins(16, 12, 16, 0)
        main.addWidget(self.banner)
        main.addWidget(self.stack, 1)
        layout.addLayout(main, 1)
        return central

    # -- actions and menus ------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setObjectName(name or text.replace(" ", "").replace("…", "").replace("&", "") + "Action")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.new_checkin_action = self._action(self.tr("&New check-in"), self.new_checkin, key.StandardKey.New,
                                               "Newcheck-inAction")
        self.log_contact_action = self._action(self.tr("Log a &contact…"), lambda: self.log_contact_with(None),
                                               key("Ctrl+Shift+C"), "LogacontactAction")
        self.log_activity_action = self._action(self.tr("Log an &activity…"), self.log_activity, key("Ctrl+Shift+A"),
                                                "LoganactivityAction")
        self.new_goal_action = self._action(self.tr("New &goal…"), self.new_goal, key("Ctrl+Shift+G"),
                                            "newGoalAction")
        self.lists_action = self._action(self.tr("Feelings and &kinds of activity…"), self.edit_lists,
                                         name="FeelingsandkindsofactivityAction")
        self.trackers_action = self._action(self.tr("My track&ers…"), self.edit_trackers, name="trackersAction")
        self.support_plan_action = self._action(self.tr("&My support plan"), self.open_support_plan,
                                                name="supportPlanAction")
        self.share_action = self._action(self.tr("&Share with a supporter…"), self.share, key("Ctrl+Shift+S"),
                                         "shareAction")
        self.open_reply_action = self._action(self.tr("Open a &reply from a supporter…"), self.open_reply,
                                              name="openReplyAction")
        self.summary_action = self._action(self.tr("Export summary as P&DF…"), self.export_summary,
                                           key("Ctrl+P"), "exportSummaryAction")
        self.import_vcard_action = self._action(
            self.tr("&Import people from a contacts file (vCard)…"), self.import_vcard,
            name="importVcardAction")
        self.import_app_action = self._action(self.tr("Import from another &app…"), self.import_from_app,
                                              name="importAppAction")
        self.take_data_action = self._action(self.tr("&Take all my data…"), self.take_all_data,
                                             name="takeDataAction")
        self.passphrase_action = self._action(self.tr("Change &passphrase…"), self.change_passphrase,
                                              name="ChangepassphraseAction")
        self.other_kind_action = self._action(
            self.tr("&Open supporter mode…"), lambda: self.otherKindRequested.emit("supporter"),
            name="openSupporterModeAction")
        self.other_kind_action.setStatusTip(self.tr(
            "For peer workers: opens (or, the first time, makes) a separate supporter vault in its own window."))
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, key("Ctrl+L"), "lockAction")
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit, key("Ctrl+Q"), "quitAction")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.StandardKey.Redo)
        self.redo_action.setObjectName("redoAction")
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self._undo_index = self.undo_stack.index()
        self.undo_stack.indexChanged.connect(self._say_undone_or_redone)
        # One Ctrl+F for the window, so it works wherever the focus is (the page list too): it
        # goes to the shown page's search, and is greyed out on pages without one.
        self.find_action = self._action(self.tr("&Find"), self.find_in_page, key.StandardKey.Find, "findAction")
        self.stack.currentChanged.connect(self._update_find)
        self.search_action = self._action(self.tr("&Search everything…"), self.search_everything,
                                          key("Ctrl+Shift+F"), "searchEverythingAction")
        self._update_find()
        self.go_actions = [
            self._action(f"&{(i + 1) % 10} {page_title(name)}", lambda _=False, i=i: self.go_to(i),
                         key(f"Ctrl+{(i + 1) % 10}") if i < 10 else None, f"go{name.replace(' ', '')}Action")
            for i, name in enumerate(PAGES)
        ]
        self.about_action = self._action(self.tr("&About {app}").format(app=APP_NAME), self.about,
                                         name="AboutPeerJournalAction")
        self.about_data_action = self._action(
            self.tr("About your &data"), lambda: self.go_to(PAGES.index("About your data")), name="aboutDataAction"
        )

        self._build_menus()

    def _build_menus(self) -> None:
        """The menu bar: Journal, Edit, Go and Help, holding the actions made above."""
        bar = self.menuBar()
        journal_menu = bar.addMenu(self.tr("&Journal"))
        for action in (self.new_checkin_action, self.log_contact_action, self.log_activity_action,
                       self.new_goal_action):
            journal_menu.addAction(action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.support_plan_action)
        journal_menu.addAction(self.share_action)
        journal_menu.addAction(self.open_reply_action)
        journal_menu.addAction(self.summary_action)
        journal_menu.addAction(self.take_data_action)
        journal_menu.addAction(self.import_vcard_action)
        journal_menu.addAction(self.import_app_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.lists_action)
        journal_menu.addAction(self.trackers_action)
        journal_menu.addAction(self.passphrase_action)
        journal_menu.addAction(self.other_kind_action)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        view_menu = bar.addMenu(self.tr("&Go"))
        for action in self.go_actions:
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_data_action)
        help_menu.addAction(self.about_action)

    def _say_undone_or_redone(self, index: int) -> None:
        """The status bar says which step Ctrl+Z (or Ctrl+Shift+Z) took back or did again."""
        before, self._undo_index = self._undo_index, index
        if index == before - 1:
            step, flag, text = self.undo_stack.command(index), "just_undone", "undone_text"
        elif index == before + 1:  # a redo, or a new step pushed (which says nothing here)
            step, flag, text = self.undo_stack.command(before), "just_redone", "redone_text"
        else:
            return
        if not getattr(step, flag, False):  # a step that failed, or not a journal step
            return
        setattr(step, flag, False)
        message = getattr(step, text, None)
        if isinstance(message, str):
            self.statusBar().showMessage(message, 8000)

    # -- navigation ---------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show page ``index`` (a shortcut, the menu, a prompt). Today comes with its first
        field focused, so the mood keys 1–5 work at once (a click or arrow key in the page list
        leaves the focus in the list, to go on choosing pages)."""
        self.nav.setCurrentRow(index)
        if index == 0:
            self.today.refresh_today()
            self.today.start()

    def _searchable_page(self) -> QWidget | None:
        page = self.stack.currentWidget()
        return page if callable(getattr(page, "focus_search", None)) else None

    def _update_find(self) -> None:
        self.find_action.setEnabled(self._searchable_page() is not None)

    def find_in_page(self) -> None:
        """Edit ▸ Find (Ctrl+F): the shown page's search field."""
        page = self._searchable_page()
        if page is not None:
            page.focus_search()  # type: ignore[attr-defined]

    def search_everything(self) -> SearchWindow:
        """Edit ▸ Search everything… (Ctrl+Shift+F): one window, made the first time."""
        if self.search_window is None:
            self.search_window = SearchWindow(self.journal, self.events, self)
            self.search_window.openRequested.connect(
                lambda hit: open_hit(self, hit, lambda name: self.go_to(PAGES.index(name))))
        self.search_window.start()
        return self.search_window

    def new_goal(self):  # type: ignore[no-untyped-def]
        """New goal… (Ctrl+Shift+G): the Connecting page's Goals tab, with the goal dialog open."""
        self.go_to(PAGES.index("Connecting"))
        return self.connecting.new_goal()

    def show_connecting(self, tab: QWidget) -> None:
        """The Connecting page, on its tab ``tab`` (a dialog coming back after unlocking)."""
        self.go_to(PAGES.index("Connecting"))
        self.connecting.tabs.setCurrentWidget(tab)

    def new_checkin(self) -> None:
        self.go_to(0)
        self.today.start()

    # -- prompts ----------------------------------------------------------
    def _show_prompts(self) -> None:
        waiting = self.prompt_service.waiting
        # The facts (names, last times) read across people and history: only for a prompt to say.
        self.banner.show_prompts(waiting, self.prompt_service.facts() if waiting else None)

    def act_on_prompt(self, prompt: Prompt) -> None:
        """Open the quick form the prompt asks for."""
        self.prompt_service.handled(prompt)
        if prompt.kind is PromptKind.STAY_IN_TOUCH and prompt.person_id is not None:
            self.log_contact_with(prompt.person_id)
            return
        if prompt.kind in CONNECTING_KINDS:  # the resource check offered, a goal to look back on
            self.go_to(PAGES.index("Connecting"))
            show_for_prompt(self.connecting, self.journal, prompt)
            return
        self.go_to(0)
        if prompt.kind in (PromptKind.CONTACTS, PromptKind.ISOLATION):
            self.today.contact_form.people.field.setFocus()
        elif prompt.kind is PromptKind.ACTIVITIES:
            self.today.activity_form.title.setFocus()
        else:
            self.today.start()

    def _snooze_prompt(self, prompt: Prompt, choice: Snooze) -> None:
        until = self.prompt_service.snooze(prompt, choice)
        when = to_local(until)
        if when.date() == to_local(self.journal.clock()).date():
            text = self.tr("I'll ask again at {time}.").format(time=f"{when:%H:%M}")
        else:
            text = self.tr("I'll ask again {day} at {time}.").format(day=day_text(when, "dddd"), time=f"{when:%H:%M}")
        self.statusBar().showMessage(text, 8000)

    # -- people -----------------------------------------------------------
    def create_person(self, name: str) -> int | None:
        """A name typed in a form that the journal doesn't know yet becomes a new person (undoable)."""
        # Undoing it later is refused kindly once a contact, a check… names them.
        person = add_in_passing(self.journal, name, self.undo_stack, self, self,
                                self.tr("Could not add this person"))
        if person is None:
            return None
        self.statusBar().showMessage(self.tr(
            "Added {name} to your people. You can add more about them on the People page.").format(name=person.name),
            8000,
        )
        return person.id

    # -- entries ----------------------------------------------------------
    def open_entry_dialog(self, kind: EntryKind, record=None, people=()) -> EntryDialog:  # type: ignore[no-untyped-def]
        dialog = EntryDialog(self.journal, kind, record, people=people, create_person=self.create_person, parent=self)
        # Once closed, nothing half-written is left in ``entry_dialog``.
        keep_while_open(self, "entry_dialog", dialog, lambda: self._entry_dialog_done(dialog))
        show_dialog(dialog)
        return dialog

    def _entry_dialog_done(self, dialog: EntryDialog) -> None:
        record = dialog.result_record()
        if record is None:
            return
        try:
            if dialog.original is None:
                perform(self.undo_stack, with_place(
                    dialog.where, AddEntriesCommand(self.journal, [record], dialog.windowTitle())))
                self.statusBar().showMessage(self.tr("Saved."), 5000)
            else:
                perform(self.undo_stack, with_place(
                    dialog.where, EditEntryCommand(self.journal, dialog.original, record)))
                self.statusBar().showMessage(self.tr("Changes saved. Undo with Ctrl+Z."), 5000)
        except UserError as exc:
            # The dialog has closed: open it again with what was typed (a full disk, say).
            again = self.open_entry_dialog(dialog.kind, dialog.original)
            typed = dialog.draft()
            if typed is not None:
                again.restore_draft(typed)
            messages.warn(again, self.tr("Not saved"), str(exc))

    def log_contact_with(self, person_id: int | None) -> EntryDialog:
        return self.open_entry_dialog(EntryKind.CONTACT, people=[person_id] if person_id else [])

    def log_activity(self) -> EntryDialog:
        return self.open_entry_dialog(EntryKind.ACTIVITY)

    def edit_entry(self, row: TimelineRow) -> EntryDialog | None:
        try:
            record = self.journal.get_entry(row.kind, row.id)
        except UserError as exc:
            messages.warn(self, self.tr("Cannot edit"), str(exc))
            return None
        return self.open_entry_dialog(row.kind, record)

    def delete_entry(self, row: TimelineRow) -> None:
        when = when_text(row.at)
        if not messages.confirm(
            self, self.tr("Delete this entry?"),
            {EntryKind.MOOD: self.tr("Delete the check-in from {when}?\n\nYou can undo this with Ctrl+Z."),
             EntryKind.CONTACT: self.tr("Delete the contact from {when}?\n\nYou can undo this with Ctrl+Z."),
             EntryKind.ACTIVITY: self.tr("Delete the activity from {when}?\n\nYou can undo this with Ctrl+Z."),
             }[row.kind].format(when=when),
            yes=self.tr("Delete"),
        ):
            return
        try:
            perform(self.undo_stack, DeleteEntryCommand(self.journal, row.kind, row.id))
        except UserError as exc:
            messages.warn(self, self.tr("Not deleted"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Deleted. Undo with Ctrl+Z."), 8000)

    # -- journal ----------------------------------------------------------
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.journal.vault, self)
        dialog.accepted.connect(
            lambda: messages.inform(self, self.tr("Passphrase changed"),
                                    self.tr("Your journal now opens with the new passphrase."))
        )
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)

    def share(self) -> None:
        self.go_to(PAGES.index("Sharing"))
        self.sharing.open_share_dialog()

    def open_reply(self):  # type: ignore[no-untyped-def]
        """Journal ▸ Open a reply from a supporter…: on the Sharing page, where replies are listed."""
        self.go_to(PAGES.index("Sharing"))
        return self.sharing.open_reply()

    def export_summary(self) -> SummaryDialog:
        """Export summary as PDF…: the dialog chooses, makes and saves the file."""
        dialog = SummaryDialog(self.journal, self)
        dialog.saved.connect(lambda path: self.statusBar().showMessage(
            self.tr("Saved the summary as {name}.").format(name=path.name), 8000))
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def import_vcard(self) -> VCardImportDialog:
        """Import people from a contacts file (vCard)…: choose the file, tick who to add."""
        dialog = VCardImportDialog(self.journal, self, undo_stack=self.undo_stack)
        dialog.imported.connect(lambda n: self.go_to(PAGES.index("People")) if n else None)
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def import_from_app(self) -> AppImportDialog:
        """Import from another app…: an export from Daylio, jrnl, Pixels, eMoods, Bearable or Daily
        You, as one undoable step."""
        dialog = AppImportDialog(self.journal, self, undo_stack=self.undo_stack)
        dialog.imported.connect(lambda n: self.go_to(PAGES.index("Timeline")) if n else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def take_all_data(self) -> TakeDataDialog:
        """Take all my data…: CSV files and/or one JSON file, not encrypted (the dialog says so)."""
        dialog = TakeDataDialog(self.journal, self)
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def edit_lists(self) -> ListsDialog:
        dialog = ListsDialog(self.journal, self)
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def edit_trackers(self) -> TrackersDialog:
        """My trackers…: switch them on, add, retire (issue 16)."""
        dialog = TrackersDialog(self.journal, self.settings_service, self.events, self)
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def about(self) -> None:
        messages.inform(
            self, self.tr("About {app}").format(app=APP_NAME),
            version_text(build_id()) + "\n\n" + self.tr(
                "A private journal of how you feel, the people in your "
                "life and what you do. Everything stays on this computer, encrypted with your "
                "passphrase. Nothing is sent anywhere."),
        )

    def open_support_plan(self) -> None:
        """Go to the Support plan page (from the menu or the tray)."""
        self.go_to(PAGES.index("Support plan"))
        self.support_plan.keep_well.field.setFocus()

    def open_bad_day_plan(self) -> BadDayView:
        """Show "My plan for a bad day" (from Today or the tray); one at a time, brought forward."""
        if self.bad_day_view is not None:
            self.bad_day_view.refresh()
        else:
            made = keep_while_open(self, "bad_day_view", BadDayView(self.journal, self))
            made.editPlanRequested.connect(self.open_support_plan)
        view = self.bad_day_view
        assert view is not None
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        if self.pages.is_built("Security"):
            self.security.stop_backup()  # a "Back up now" still running in a worker
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing_for_lock:
            self.closeRequested.emit()
        event.accept()


