"""On saving a check-in: "Also note time with Sam today?" for people its notes name but its
contact and activity don't. Asked once per save; "Always" and "Never ask" are remembered
(inside the vault: they say nothing about anyone, but belong to this journal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from peerjournal.core.mentions import mentioned_ids
from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.storage.journal import Journal

SETTING_KEY = "mention_contact_answer"
Entry = MoodCheckIn | Contact | Activity


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    ALWAYS = "always"
    NEVER = "never"


def ask(parent: QWidget | None, names: Sequence[str]) -> Answer:
    """The question, as a box with four answers (tests replace this function)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("MentionContact", "Time together"), "",
                      parent=parent)
    box.setObjectName("mentionContactBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's words, not markup
    listed = names[0] if len(names) == 1 else translate("MentionContact", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1])
    box.setText(translate("MentionContact", "Also note time with {names} today?").format(names=listed))
    yes, no = QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.NoRole
    buttons = {
        box.addButton(translate("MentionContact", "Yes, note it"), yes): Answer.YES,
        box.addButton(translate("MentionContact", "Not this time"), no): Answer.NO,
        box.addButton(translate("MentionContact", "Always"), yes): Answer.ALWAYS,
        box.addButton(translate("MentionContact", "Never ask"), no): Answer.NEVER,
    }
    box.setDefaultButton(next(iter(buttons)))  # type: ignore[arg-type]
    box.exec()
    return buttons.get(box.clickedButton(), Answer.NO)  # type: ignore[call-overload]


def not_in_touch(entries: Sequence[Entry]) -> list[int]:
    """People the entries' notes mention who are not in their contact or activity."""
    with_them = {pid for e in entries if isinstance(e, (Contact, Activity)) for pid in e.person_ids}
    named = [pid for e in entries for pid in mentioned_ids(e.note)]
    return [pid for pid in dict.fromkeys(named) if pid not in with_them]


def with_time_together(parent: QWidget | None, journal: Journal, entries: list[Entry],
                       now: datetime) -> list[Entry]:
    """``entries``, with the people named but not met added to the contact (a new one in
    person if there is none) when the person says so or always wants it."""
    remembered = journal.get_setting(SETTING_KEY)
    if remembered == Answer.NEVER:
        return entries
    known = {p.id: p.name for p in journal.people(include_archived=True)}
    missing = [pid for pid in not_in_touch(entries) if pid in known]
    if not missing:
        return entries
    answer = Answer.ALWAYS if remembered == Answer.ALWAYS else ask(parent, [known[p] for p in missing])
    if answer in (Answer.ALWAYS, Answer.NEVER) and remembered != answer:
        journal.set_setting(SETTING_KEY, answer.value)
    if answer not in (Answer.YES, Answer.ALWAYS):
        return entries
    for n, entry in enumerate(entries):
        if isinstance(entry, Contact):
            entries = list(entries)
            entries[n] = replace(entry, person_ids=(*entry.person_ids, *missing))
            return entries
    return [*entries, Contact(at=now, person_ids=tuple(missing)).validate(now)]
