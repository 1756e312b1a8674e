"""One path for every status and problem label: the words are shown, exposed as the label's
accessible name (so a screen reader can read them back) and announced when they change."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel

# The label's own name ("Save status", "Problem") kept while it shows words: it becomes the
# description, and the name again when the label is empty.
PURPOSE = "statusPurpose"


def purpose(label: QLabel) -> str:
    """What the label is for, as first named (remembered on the first change)."""
    kept = label.property(PURPOSE)
    if not isinstance(kept, str):
        kept = label.accessibleName()
        label.setProperty(PURPOSE, kept)
    return kept


def set_status(label: QLabel, text: str, *, error: bool | None = None, live: bool = False) -> None:
    """Show ``text`` in ``label`` and announce it, again too ("Saved." after each save), or
    with ``live`` (words following what is typed) only when they changed; ``error`` (where
    given) switches the red style. Empty text is silent and gives the label back its name.

    Qt exposes a label's accessible name instead of its text, so a named status label would
    never say its words: the words become the name (a change AT-SPI sends as a property
    change), what the label is for becomes the description, and an announcement goes to
    screen readers that speak those (Orca ignores a label that merely changes)."""
    what = purpose(label)
    if error is not None and label.property("error") != error:
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)
    changed = text != label.text()
    label.setText(text)
    label.setAccessibleName(text or what)
    label.setAccessibleDescription(what if text else "")
    if not text:
        return
    label.show()
    if live and not changed and not error:
        return  # live words typed into a field are said once, not at every key
    announcement = QAccessibleAnnouncementEvent(label, text)
    if error:
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(announcement)
