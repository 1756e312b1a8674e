"""The "Support plan" page: a plan the person writes for themselves, saved as they go.

Edits are saved a moment after typing stops, when the page is left and when the journal
locks. What can't be saved yet (a service with no name, say) stays on the page with a
kind note saying why, and is kept encrypted as a draft if the journal locks meanwhile.
Signals: ``saved()`` after the plan was stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.core.support_plan import (
    LIST_FIELDS,
    PAIRED,
    PARTS,
    PlanContact,
    Service,
    SupportPlan,
    heading,
    part_title,
)
from peerjournal.errors import UserError
from peerjournal.storage.drafts import clear_draft, load_draft
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.drafts.keeper import KEEPER
from peerjournal.ui.support_plan.crisis_card import write_card
from peerjournal.ui.support_plan.locked_copy_panel import LockedCopyPanel
from peerjournal.ui.support_plan.pair_list_editor import PairListEditor
from peerjournal.ui.support_plan.support_plan_editors import (
    LineListEditor,
    PeopleOrderEditor,
    ServicesEditor,
)
from peerjournal.ui.widgets import files
from peerjournal.ui.widgets.accessible import describe_tabs
from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.make import action_button, column, named, plain_label, scrolling
from peerjournal.ui.widgets.status import set_status

SUPPORT_PLAN_DRAFT = "support_plan"
"""The draft key for plan edits that could not be saved when the journal locked."""

AUTOSAVE_MS = 1200
NAME_FIELDS = frozenset({"breakdown_signs", "practical", "decisions", "after_crisis"})
"""Lists where people matter: they offer the names from People to put into a line (for
"when things are breaking down", into what I need others to do)."""


def _camel(field: str) -> str:
    """keep_well -> keepWell: the editors' object names, as they always were."""
    first, *rest = field.split("_")
    return first + "".join(word.capitalize() for word in rest)


def _texts(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _draft_pairs(signs: Any, said: Any) -> list[tuple[str, str]]:
    """A draft's paired items: paired in order when the two lists line up (as drafts write
    them), else (a draft from before items were paired) each line kept, none paired wrongly."""
    signs, said = _texts(signs), _texts(said)
    if len(signs) == len(said):
        return list(zip(signs, said, strict=True))
    return [(s, "") for s in signs] + [("", r) for r in said]


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
        self.copy_panel = LockedCopyPanel(journal)
        self.card_button = action_button(
            self.tr("Save the crisis plan as a &card…"), "crisisCardButton",
            self.tr("Save the crisis plan as a card"), self.save_card,
            self.tr("Saves the crisis part of your plan as one A4 page (PDF) to print and carry."))
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
        self.lists: dict[str, LineListEditor] = {
            field: PairListEditor(_camel(field), heading(field), heading(PAIRED[field]),
                                  self._placeholder(field), names=field in NAME_FIELDS)
            if field in PAIRED else
            LineListEditor(_camel(field), heading(field), self._placeholder(field),
                           names=field in NAME_FIELDS)
            for field in LIST_FIELDS
        }
        self.keep_well = self.lists["keep_well"]
        self.early_signs = self.lists["early_signs"]
        self.what_helps = self.lists["what_helps"]
        self.people = PeopleOrderEditor("planPerson", heading("contacts"))
        self.not_involved = PeopleOrderEditor("planNotInvolved", heading("not_involved"))
        self.services = ServicesEditor()
        self.people.changed.connect(lambda: self.not_involved.set_elsewhere(self.people.ids()))
        self.not_involved.changed.connect(lambda: self.people.set_elsewhere(self.not_involved.ids()))
        for editor in (*self.lists.values(), self.people, self.not_involved, self.services):
            editor.changed.connect(self._edited)

    def _placeholder(self, field: str) -> str:
        examples = {
            "keep_well": self.tr("for example, a walk in the morning (Enter adds it)"),
            "early_signs": self.tr("for example, sleeping badly (Enter adds it)"),
            "what_helps": self.tr("for example, texting a friend (Enter adds it)"),
        }
        return examples.get(field, self.tr("in your own words (Enter adds it)"))

    def _editor(self, field: str) -> QWidget:
        others = {"contacts": self.people, "not_involved": self.not_involved, "services": self.services}
        return self.lists[field] if field in self.lists else others[field]

    def _build_sections(self) -> QTabWidget:
        """One tab per part of the plan, each scrolling: the page fits a small screen."""
        self.parts = named(QTabWidget(), "planParts", self.tr("Parts of my support plan"),
                           self.tr("Ctrl+Page Down and Ctrl+Page Up go to the next or previous part."))
        explanations = self._explanations()
        for key, _title, fields in PARTS:
            inner = named(QWidget(), f"{key}PlanPart")
            sections = QVBoxLayout(inner)
            sections.setContentsMargins(0, 0, 8, 8)
            sections.addWidget(plain_label(explanations[key], "hintLabel"))
            for field in fields:
                sections.addWidget(self._section(heading(field), self._editor(field)))
            if key == "crisis":
                sections.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignLeft)
            sections.addStretch(1)
            self.parts.addTab(scrolling(inner, part_title(key), f"{key}PlanScroll"), part_title(key))
        self.parts.addTab(self.copy_panel, self.tr("When locked"))
        describe_tabs(self.parts, [*(explanations[key] for key, _, _ in PARTS), self.tr(
            "Whether your plan for a bad day opens from the tray while the journal is locked.")],
            self.tr("Parts of my support plan"))
        return self.parts

    def show_part(self, key: str) -> None:
        """Bring the tab of one part of the plan (a key of ``PARTS``) to the front."""
        self.parts.setCurrentIndex([k for k, _, _ in PARTS].index(key))

    def _explanations(self) -> dict[str, str]:
        return {
            "daily": self.tr("What you do to stay well, and what you need each day. There's no "
                             "right way to fill it in; every part is optional."),
            "triggers": self.tr("Things that can upset you or set you back, and what you can do "
                                "if one happens."),
            "early": self.tr("Small signs that things are getting harder, noticed by you or by "
                             "people close to you, and what you'll do then."),
            "breaking": self.tr("Signs that things are getting much worse, and what you'd like "
                                "others to do for you then."),
            "crisis": self.tr("For the people around you, if you can't look after yourself for a "
                              "while: what you're like when you're well, who to involve, what "
                              "helps and your wishes. PeerJournal doesn't suggest any services; "
                              "add only the ones that are right for you."),
            "after": self.tr("What you'll need once the worst is over, in the order it matters."),
            "reasons": self.tr("The people, things and hopes that keep you going, in your own words."),
        }

    @staticmethod
    def _section(title: str, editor: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"{editor.objectName()}Box")
        layout = QVBoxLayout(box)
        layout.addWidget(editor)
        return box

    # -- loading ------------------------------------------------------------------
    def load(self) -> None:
        """Fill the page from the vault; edits kept as a draft when the journal locked come back."""
        self._timer.stop()
        plan = self.store.load()
        self._set_people(self.journal.people(include_archived=True))
        self._show(plan)
        self._show_people(self.store.contacts(), self.store.not_involved())
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

    def _set_people(self, everyone: Sequence[Person]) -> None:
        self.people.set_people(everyone)
        self.not_involved.set_people(everyone)
        names = sorted((p.name for p in everyone if not p.archived), key=str.casefold)
        for field in NAME_FIELDS:
            self.lists[field].set_names(names)

    def _show(self, plan: SupportPlan) -> None:
        for field, editor in self.lists.items():
            if isinstance(editor, PairListEditor):
                editor.set_items(plan.items(field))
            else:
                editor.set_lines(plan.lines(field))
        self.services.set_services(plan.services)

    def _show_people(self, contacts: Sequence[PlanContact], not_involved: Sequence[PlanContact]) -> None:
        self.people.set_contacts(contacts)
        self.not_involved.set_contacts(not_involved)
        self.people.set_elsewhere(self.not_involved.ids())
        self.not_involved.set_elsewhere(self.people.ids())

    def current_plan(self) -> SupportPlan:
        """The plan as it stands on the page (not validated)."""
        return SupportPlan(
            contacts=tuple(self.people.ids()),
            not_involved=tuple(self.not_involved.ids()),
            services=tuple(self.services.services()),
            **{field: tuple(editor.lines()) for field, editor in self.lists.items()},  # type: ignore[arg-type]
            **{PAIRED[field]: tuple(editor.responses()) for field, editor in self.lists.items()  # type: ignore[arg-type]
               if isinstance(editor, PairListEditor)},
        )

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # -- saving -------------------------------------------------------------------
    def _edited(self) -> None:
        self._dirty = True
        self._set_status(self.tr("Changes not saved yet; saving in a moment."), error=False, live=True)
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
        self.copy_panel.plan_changed()
        self.saved.emit()
        return True

    def save_card(self) -> Path | None:
        """Save first, then ask where to put the one-page crisis card (PDF)."""
        if not self.save_now():
            return None
        path = files.choose_save(self, self.tr("Save the crisis card"), self.tr("PDF files (*.pdf)"),
                                 self.tr("My crisis plan.pdf"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_card(path, self.journal)
        except UserError as exc:
            self._set_status(str(exc), error=True)
            return None
        self._set_status(self.tr("The crisis card was saved: {path}").format(path=path), error=False)
        return path

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
            when = when_text(plan.updated)  # "Sun 06 Dec 2026, 14:05", in the app's language
            text = self.tr("All changes saved (last saved {when}).").format(when=when)
        self._set_status(text, error=False)
        self.save_button.setEnabled(False)

    def _set_status(self, text: str, *, error: bool, live: bool = False) -> None:
        """``live``: said while typing, so announced once, not at every key."""
        self.status.setProperty("error", "true" if error else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        set_status(self.status, text, live=live)

    def _update_intro(self, plan: SupportPlan) -> None:
        self.intro.setVisible(plan.is_empty and not self._dirty)

    # -- drafts -------------------------------------------------------------------
    def _capture(self) -> dict[str, Any]:
        plan = self.current_plan()
        return {
            "version": 2,
            **{field: list(plan.lines(field)) for field in LIST_FIELDS},
            **{PAIRED[field]: list(plan.responses(field)) for field in PAIRED},
            "contacts": list(plan.contacts),
            "not_involved": list(plan.not_involved),
            "services": [
                {"name": s.name, "what": s.what, "how_to_contact": s.how_to_contact, "notes": s.notes}
                for s in plan.services
            ],
        }

    def _restore(self, data: dict[str, Any]) -> None:
        """Lenient: anything malformed is skipped; people no longer in the journal are dropped."""
        for field, editor in self.lists.items():
            if isinstance(editor, PairListEditor):
                editor.set_items(_draft_pairs(data.get(field), data.get(PAIRED[field])))
            else:
                editor.set_lines(_texts(data.get(field)))
        names = {p.id: p for p in self.journal.people(include_archived=True)}

        def people(key: str) -> list[PlanContact]:
            ids = data.get(key) or []
            return [PlanContact(pid, names[pid].name, names[pid].archived)
                    for pid in (ids if isinstance(ids, list) else []) if isinstance(pid, int) and pid in names]

        self._show_people(people("contacts"), people("not_involved"))
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
            self._set_people(self.journal.people(include_archived=True))
        if Change.SUPPORT_PLAN in kinds and not self._saving and not self._dirty:
            self.load()
        if kinds & {Change.SUPPORT_PLAN, Change.PEOPLE} and not self._saving:
            self.copy_panel.plan_changed()  # a person renamed or deleted elsewhere

