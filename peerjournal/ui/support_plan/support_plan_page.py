"""The "Support plan" page: a plan the person writes for themselves, saved as they go.

Edits are saved a moment after typing stops, when the page is left and when the journal
locks. What can't be saved yet (a service with no name, say) stays on the page with a
kind note saying why, and is kept encrypted as a draft if the journal locks meanwhile.
Signals: ``saved()`` after the plan was stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.support_plan import PlanContact, Service, SupportPlan
from peerjournal.errors import UserError
from peerjournal.storage.drafts import clear_draft, load_draft
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.drafts.keeper import KEEPER
from peerjournal.ui.support_plan.support_plan_editors import (
    LineListEditor,
    PeopleOrderEditor,
    ServicesEditor,
)
from peerjournal.ui.widgets.make import action_button, column, named, plain_label, scrolling

SUPPORT_PLAN_DRAFT = "support_plan"
"""The draft key for plan edits that could not be saved when the journal locked."""

AUTOSAVE_MS = 1200


def _texts(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class SupportPlanPage(QWidget):
    saved = Signal()

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportPlanPage")
        self.journal = journal
        self.store = journal.plan
        self._dirty = False
        self._saving = False
        self._restored = False  # edits from a draft, not saved since
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        title = plain_label(self.tr("My support plan"), "pageTitle")
        self.intro = plain_label(self.tr(
            "This page is yours, to write in your own words what keeps you well and what helps "
            "when things get harder. There's no right way to fill it in and no need to do it all "
            "at once. Some people write theirs on a good day, so it's there on a harder one."
        ), "hintLabel")
        self.intro.setObjectName("planIntro")
        top = self._build_save_row()
        self._build_editors()
        area = self._build_sections()

        column(self, title, self.intro, top, (area, 1))

        events.changed.connect(self._journal_changed)
        self.load()
        # Asked at every lock, shown or not: a save that failed stays unsaved when the page is left.
        KEEPER.add(self)

    def _build_save_row(self) -> QHBoxLayout:
        """The save status and "Save now" (also Ctrl+S anywhere on the page)."""
        self.status = plain_label("", "statusLabel")
        self.status.setAccessibleName(self.tr("Support plan save status"))
        self.save_button = action_button(self.tr("&Save now"), "planSaveButton",
                                         self.tr("Save my support plan now"), self.save_now)
        self.save_button.setToolTip(self.tr("Your plan saves itself as you go; this saves it at once (Ctrl+S)"))
        save_action = QAction(self.tr("Save my support plan"), self)
        save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save_now)
        self.addAction(save_action)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.save_button)
        return top

    def _build_editors(self) -> None:
        """One editor per part of the plan; any change starts the autosave timer."""
        self.keep_well = LineListEditor(
            "keepWell", self.tr("What keeps me well"),
            self.tr("for example, a walk in the morning (Enter adds it)"))
        self.early_signs = LineListEditor(
            "earlySigns", self.tr("Early signs that I'm struggling"),
            self.tr("for example, sleeping badly (Enter adds it)"))
        self.what_helps = LineListEditor(
            "whatHelps", self.tr("What helps then"),
            self.tr("for example, texting a friend (Enter adds it)"))
        self.people = PeopleOrderEditor()
        self.services = ServicesEditor()
        for editor in (self.keep_well, self.early_signs, self.what_helps, self.people, self.services):
            editor.changed.connect(self._edited)

    def _build_sections(self) -> QScrollArea:
        """Each editor in a box with its heading and a word on what belongs there, scrolling."""
        inner = named(QWidget(), "supportPlanSections")
        sections = QVBoxLayout(inner)
        sections.setContentsMargins(0, 0, 8, 8)
        for heading, explanation, editor in (
            (self.tr("What keeps me well"),
             self.tr("The things, people, places and routines that help you stay well day to day."),
             self.keep_well),
            (self.tr("Early signs that I'm struggling"),
             self.tr("What you, or people close to you, might notice first when things start to "
                     "get harder."),
             self.early_signs),
            (self.tr("What helps then"),
             self.tr("What you'd like to do, or would like others to do, when you notice those signs."),
             self.what_helps),
            (self.tr("People I can contact"),
             self.tr("People from your People page you could reach out to, in the order you'd "
                     "try them. Only you decide who is here."),
             self.people),
            (self.tr("Services and helplines"),
             self.tr("Any services you use or might want to contact, with how to reach them. "
                     "Add only the ones that are right for you; PeerJournal doesn't suggest any."),
             self.services),
        ):
            sections.addWidget(self._section(heading, explanation, editor))
        sections.addStretch(1)
        return scrolling(inner, self.tr("My support plan"), "supportPlanScroll")

    @staticmethod
    def _section(heading: str, explanation: str, editor: QWidget) -> QGroupBox:
        box = QGroupBox(heading)
        box.setObjectName(f"{editor.objectName()}Box")
        layout = QVBoxLayout(box)
        layout.addWidget(plain_label(explanation, "hintLabel"))
        layout.addWidget(editor)
        return box

    # -- loading ------------------------------------------------------------------
    def load(self) -> None:
        """Fill the page from the vault; edits kept as a draft when the journal locked come back."""
        self._timer.stop()
        plan = self.store.load()
        self.people.set_people(self.journal.people(include_archived=True))
        self._show(plan)
        self.people.set_contacts(self.store.contacts())
        self._dirty = False
        draft = load_draft(self.journal, SUPPORT_PLAN_DRAFT)
        if draft is not None:
            self._restore(draft)
            self._dirty = self._restored = True
            self._set_status(self.tr("Your changes from before the journal locked are back. "
                                     "They are not saved yet."), error=False)
            self._timer.start()
        else:
            self._show_saved(plan)
        self._update_intro(plan)

    def _show(self, plan: SupportPlan) -> None:
        self.keep_well.set_lines(plan.keep_well)
        self.early_signs.set_lines(plan.early_signs)
        self.what_helps.set_lines(plan.what_helps)
        self.services.set_services(plan.services)

    def current_plan(self) -> SupportPlan:
        """The plan as it stands on the page (not validated)."""
        return SupportPlan(
            keep_well=tuple(self.keep_well.lines()),
            early_signs=tuple(self.early_signs.lines()),
            what_helps=tuple(self.what_helps.lines()),
            contacts=tuple(self.people.ids()),
            services=tuple(self.services.services()),
        )

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # -- saving -------------------------------------------------------------------
    def _edited(self) -> None:
        self._dirty = True
        self._set_status(self.tr("Changes not saved yet; saving in a moment."), error=False)
        self.save_button.setEnabled(True)
        self._timer.start()

    def save_now(self) -> bool:
        """Store the page's plan if it changed. False (with a note on the page) if it can't be."""
        self._timer.stop()
        if not self._dirty:
            return True
        self._saving = True
        try:
            plan = self.store.save(self.current_plan())
        except UserError as exc:
            if self._restored:
                text = self.tr("Your changes from before the journal locked are back. "
                               "Not saved yet: {reason}")
            else:
                text = self.tr("Not saved yet: {reason}")
            self._set_status(text.format(reason=str(exc)), error=True)
            return False
        finally:
            self._saving = False
        self._dirty = self._restored = False
        clear_draft(self.journal, SUPPORT_PLAN_DRAFT)
        self._show_saved(plan)
        self._update_intro(plan)
        self.saved.emit()
        return True

    draft_key = SUPPORT_PLAN_DRAFT

    def draft(self) -> dict[str, Any] | None:
        """Before the journal locks: save, or answer what can't be saved yet, for the keeper
        to keep as an encrypted draft. The page itself takes the draft back when it loads
        (it stays in the vault until the plan saves), so it registers no reopener."""
        if self.journal.vault.is_open and not self.save_now():
            return self._capture()
        return None

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if self.journal.vault.is_open:
            self.save_now()
        super().hideEvent(event)

    def _show_saved(self, plan: SupportPlan) -> None:
        if plan.updated is None:
            text = self.tr("Nothing saved yet. Your plan saves itself as you write.")
        else:
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(plan.updated.timestamp())), QLocale.FormatType.ShortFormat)
            text = self.tr("All changes saved (last saved {when}).").format(when=when)
        self._set_status(text, error=False)
        self.save_button.setEnabled(False)

    def _set_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("error", "true" if error else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _update_intro(self, plan: SupportPlan) -> None:
        self.intro.setVisible(plan.is_empty and not self._dirty)

    # -- drafts -------------------------------------------------------------------
    def _capture(self) -> dict[str, Any]:
        plan = self.current_plan()
        return {
            "version": 1,
            "keep_well": list(plan.keep_well),
            "early_signs": list(plan.early_signs),
            "what_helps": list(plan.what_helps),
            "contacts": list(plan.contacts),
            "services": [
                {"name": s.name, "what": s.what, "how_to_contact": s.how_to_contact, "notes": s.notes}
                for s in plan.services
            ],
        }

    def _restore(self, data: dict[str, Any]) -> None:
        """Lenient: anything malformed is skipped; people no longer in the journal are dropped."""
        self.keep_well.set_lines(_texts(data.get("keep_well")))
        self.early_signs.set_lines(_texts(data.get("early_signs")))
        self.what_helps.set_lines(_texts(data.get("what_helps")))
        known = {p.person_id: p for p in self.store.contacts()}
        names = {p.id: p for p in self.journal.people(include_archived=True)}
        contacts = []
        for pid in data.get("contacts") or []:
            if isinstance(pid, int) and pid in names:
                person = names[pid]
                contacts.append(known.get(pid) or PlanContact(pid, person.name, person.archived))
        self.people.set_contacts(contacts)
        services = []
        for raw in data.get("services") or []:
            if isinstance(raw, dict):
                fields = {k: raw.get(k) if isinstance(raw.get(k), str) else ""
                          for k in ("name", "what", "how_to_contact", "notes")}
                services.append(Service(**fields))  # type: ignore[arg-type]
        self.services.set_services(services)

    # -- the journal changed ----------------------------------------------------------
    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if Change.PEOPLE in kinds:
            self.people.set_people(self.journal.people(include_archived=True))
        if Change.SUPPORT_PLAN in kinds and not self._saving and not self._dirty:
            self.load()

