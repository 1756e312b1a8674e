"""My plan for a bad day: a calm, large-text, read-only view of what helps, who to contact and services.

Opened in one click from the tray and from Today; the person's own words, nothing added.
Signals: ``editPlanRequested()`` ("Open my support plan", to fill an empty part).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from peerjournal.core.support_plan import PlanContact, Service, SupportPlan, phone_numbers
from peerjournal.storage.journal import Journal

from peerjournal.ui.widgets.make import button, button_row, named

TEXT_SCALE = 1.4
"""How much larger than the person's body text the view's words are."""


def _section(title: str, items: list[str], empty: str, *, numbered: bool = False) -> str:
    """One heading and its items (already escaped), or the gentle words for an empty part;
    ``numbered`` where the order is the point (who to contact first)."""
    tag = "ol" if numbered else "ul"
    body = "".join(f"<li>{item}</li>" for item in items)
    shown = f"<{tag}>{body}</{tag}>" if items else f"<p><i>{escape(empty)}</i></p>"
    return f"<h2>{escape(title)}</h2>{shown}"


def _service_line(service: Service) -> str:
    parts = [f"<b>{escape(service.name)}</b>"]
    if service.how_to_contact:
        parts.append(escape(service.how_to_contact))
    if service.what:
        parts.append(escape(service.what))
    return " — ".join(parts)


class BadDayView(QDialog):
    """Read-only; Esc or Close closes it. The text can be selected and copied (numbers too)."""

    editPlanRequested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badDayView")
        self.setWindowTitle(self.tr("My plan for a bad day"))
        self.setAccessibleName(self.tr("My plan for a bad day"))
        self.journal = journal
        self.content = named(QTextBrowser(), "badDayContent", self.tr("My plan for a bad day"), self.tr(
            "What helps you, the people you'd contact in your order, and services. Read only."))
        self.content.setOpenLinks(False)
        self.content.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.content.font()
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * TEXT_SCALE)  # follows the person's text size
        self.content.setFont(font)
        self.content.document().setDocumentMargin(font.pointSizeF())  # room to breathe, growing with the text
        self.edit_button = button(
            self.tr("&Open my support plan"), "openSupportPlanButton", self.tr("Open my support plan"),
            self.tr("Goes to My support plan, where you can add to any part."),
            clicked=self._edit, auto_default=False)
        close = button(self.tr("&Close"), "closeButton", self.tr("Close"), clicked=self.reject,
                       default=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1)
        layout.addLayout(button_row(self.edit_button, close))
        self.resize(720, 640)
        self.refresh()

    def refresh(self) -> None:
        """Read the plan again and show it."""
        plan = self.journal.plan.load()
        contacts = self.journal.plan.contacts()
        self.content.setHtml(self._html(plan, contacts))
        self.edit_button.setVisible(not (plan.what_helps and contacts and plan.services))

    def _html(self, plan: SupportPlan, contacts: tuple[PlanContact, ...]) -> str:
        return "".join((
            _section(self.tr("What helps me"), [escape(line) for line in plan.what_helps], self.tr(
                "Nothing here yet. This could hold the small things that help you when things are "
                "hard, in your own words.")),
            _section(self.tr("People I can contact, in this order"),
                     [self._person_line(c) for c in contacts], self.tr(
                "Nobody here yet. You could choose people from your People list you'd like to "
                "contact on a hard day, in the order you'd contact them."), numbered=True),
            _section(self.tr("Services and helplines"),
                     [_service_line(s) for s in plan.services], self.tr(
                "No services here yet. You could note a helpline or a team, with their number and "
                "when they are open.")),
        ))

    def _person_line(self, contact: PlanContact) -> str:
        """The name, and the phone numbers in their notes (only those), ready to read out or copy."""
        numbers = phone_numbers(self.journal.get_person(contact.person_id).notes)
        name = f"<b>{escape(contact.name)}</b>"
        return " — ".join([name, *(escape(n) for n in numbers)])

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.content.setFocus()  # the words first: a screen reader starts reading there

    def _edit(self) -> None:
        self.editPlanRequested.emit()
        self.accept()
