"""More flows for ``tests/no_leaks_flows.py``: the features that came after the first ones.

The support plan (and its draft on lock), the Connecting page (resource check with a typed
and an added person, an edited question, a goal, a review, a place, a network snapshot), the
theme, a vCard import, the PDF summary, "Take all my data", and a supporter's reply written in
supporter mode and opened by the person. Each function types fresh markers into every field it
reaches and checks that what it did really happened. Like the main script, nothing here prints
a marker: check messages name the step, never what was typed.

``Session`` carries the main script's helpers; files the person chooses go through Qt's own
file dialog (``session.pick``) or the test-mode answers of :mod:`peerjournal.ui.widgets.files`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.goals import Happened
from peerjournal.core.connecting.resources import Domain, Reply
from peerjournal.core.settings import Theme
from peerjournal.core.sharing.options import Naming

from peerjournal.ui.connecting.connecting_page import (
    GOALS_TAB,
    NETWORK_TAB,
    PLACES_TAB,
    RESOURCES_TAB,
)
from peerjournal.ui.sharing.summary_dialog import EVERYTHING
from peerjournal.ui.widgets import files

SAVE = QDialogButtonBox.StandardButton.Save


@dataclass
class Session:
    """The main script's helpers and the things the flows share."""

    m: dict[str, str]
    check: Callable[[object, str], None]
    type_into: Callable[[Any, str], None]
    wait_until: Callable[..., None]
    go: Callable[[Any, Any], None]
    picks: list[Path]  # answered, in order, by the patched QFileDialog.exec
    dialog_dir: Path  # the folder the person chose (its name is a marker)
    exports: list[Path] = field(default_factory=list)  # the person's own files: contents not scanned
    sealed: list[Path] = field(default_factory=list)  # a share and a reply: age files

    def enter(self, widget: Any, text: str) -> None:
        self.type_into(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)

    def pick(self, *paths: Path) -> None:
        """The next file dialogs are Qt's own, answered with ``paths`` (typed, as a person would)."""
        files._testing = False
        self.picks.extend(paths)

    def done_picking(self) -> None:
        self.check(not self.picks, "every file dialog was answered")
        files._testing = True


def theme(s: Session, window: Any, ctl: Any) -> None:
    """Security ▸ Appearance: high contrast, then dark; the settings file holds only the choice."""
    s.go(window, window.security)
    combo = window.security.appearance.theme_combo
    combo.setCurrentIndex(combo.findData(Theme.HIGH_CONTRAST))
    QTest.qWait(30)
    combo.setCurrentIndex(combo.findData(Theme.DARK))
    QTest.qWait(30)
    s.check(ctl.prompts.settings_file.load().theme is Theme.DARK, "theme saved")


def support_plan(s: Session, window: Any, journal: Any, person_id: int) -> None:
    """Lines in each list, a person, and a service with all its fields; saved."""
    m = s.m
    page = window.support_plan
    s.go(window, page)
    for editor, key in ((page.keep_well, "plan_keep_well"), (page.early_signs, "plan_early_sign"),
                        (page.what_helps, "plan_what_helps")):
        s.enter(editor.field, f"a line {m[key]}")
    page.people.picker.setCurrentIndex(page.people.picker.findData(person_id))
    page.people.add_button.click()
    page.services.add_button.click()
    s.type_into(page.services.name, f"Helpline {m['plan_service_name']}")
    s.type_into(page.services.what, f"evenings {m['plan_service_what']}")
    s.type_into(page.services.how, f"call {m['plan_service_how']}")
    s.type_into(page.services.notes, f"ask for {m['plan_service_notes']}")
    page.save_button.click()
    plan = journal.plan.load()
    lines = " ".join((*plan.keep_well, *plan.early_signs, *plan.what_helps))
    s.check(all(m[k] in lines for k in ("plan_keep_well", "plan_early_sign", "plan_what_helps")),
            "plan lines saved")
    s.check(plan.contacts == (person_id,) and len(plan.services) == 1
            and plan.services[0].notes.endswith(m["plan_service_notes"]), "plan person and service saved")
    s.check(not page.has_unsaved_changes(), "plan saved")


def support_plan_unsaved(s: Session, window: Any) -> None:
    """Just before a lock: a new line and a service with no name yet (so it can't be saved)."""
    m = s.m
    page = window.support_plan
    s.go(window, page)
    s.enter(page.keep_well.field, f"half a thought {m['plan_draft_line']}")
    page.services.add_button.click()
    s.type_into(page.services.how, f"ring {m['plan_draft_service']}")
    s.check(not page.save_now() and page.has_unsaved_changes(), "a service without a name waits")


def support_plan_restored(s: Session, window: Any, journal: Any) -> None:
    """After unlocking: the plan's unsaved edits are back; name the service, then it saves."""
    m = s.m
    page = window.support_plan
    s.go(window, page)
    s.check(any(line.endswith(m["plan_draft_line"]) for line in page.keep_well.lines()),
            "plan line restored from the draft")
    services = page.services.services()
    s.check(services and services[-1].how_to_contact.endswith(m["plan_draft_service"]),
            "nameless service restored from the draft")
    page.services.table.setCurrentCell(len(services) - 1, 0)
    s.type_into(page.services.name, f"Team {m['plan_service_late_name']}")
    s.check(page.save_now(), "plan saved after unlocking")
    plan = journal.plan.load()
    s.check(len(plan.services) == 2 and plan.services[-1].name.endswith(m["plan_service_late_name"]),
            "restored plan saved")


def connecting(s: Session, window: Any, journal: Any, person_id: int) -> None:
    """An edited question, a check (a typed new person, "Add someone…"), a goal, a review,
    a place and a network snapshot."""
    m = s.m
    page = window.connecting
    s.go(window, page)
    page.tabs.setCurrentIndex(RESOURCES_TAB)
    resources = journal.resources

    editor = page.resources.edit_questions()
    editor.domain_combo.setCurrentIndex(editor.domain_combo.findData(Domain.BELONGING))
    editor.text_edit.clear()
    s.enter(editor.text_edit, f"share {m['question']} with me")
    s.check(any(m["question"] in item.text for item in resources.items()), "question added")
    editor.list.setCurrentRow(0)  # and one asked already, in new words
    editor.text_edit.selectAll()
    s.type_into(editor.text_edit, f"come to {m['question_reworded']} with me")
    editor.rename_button.click()
    s.check(any(m["question_reworded"] in item.text for item in resources.items()), "question reworded")
    editor.reject()

    dialog = page.resources.take_check()
    asked = next(b for b in dialog.boxes if m["question"] in b.item.text)
    dialog.pages.setCurrentIndex(dialog.page_of(asked))
    asked.radios[Reply.YES].click()
    s.enter(asked.people.field, f"Jo {m['check_typed_person']}")
    s.check(len(asked.people.selected()) == 1, "typed person created in the check")
    first = dialog.boxes[0]
    dialog.pages.setCurrentIndex(dialog.page_of(first))
    first.radios[Reply.YES].click()
    first.add_button.click()
    adding = dialog.add_person_dialog
    s.check(adding is not None and adding.isVisible(), "add someone dialog shown")
    s.type_into(adding.name_edit, f"Lee {m['check_added_person']}")
    adding.save_button.click()
    s.check(len(first.people.selected()) == 1, "someone added in the check")
    dialog.save_button.click()
    latest = resources.latest()
    s.check(latest is not None and len(latest.answers) == 2, "resource check saved")
    names = " ".join(p.name for p in journal.people())
    s.check(m["check_typed_person"] in names and m["check_added_person"] in names, "people from the check")

    page.tabs.setCurrentIndex(GOALS_TAB)
    goal_dialog = page.new_goal()
    s.type_into(goal_dialog.title_edit, f"Find {m['goal_title']}")
    s.type_into(goal_dialog.why_edit, f"because {m['goal_why']}")
    s.type_into(goal_dialog.first_step_edit, f"ask {m['goal_first_step']}")
    s.type_into(goal_dialog.other_obstacles_edit, m["goal_obstacle"])
    s.type_into(goal_dialog.help_edit, f"with {m['goal_help']}")
    goal_dialog.helper_combo.setCurrentIndex(goal_dialog.helper_combo.findData(person_id))
    goal_dialog.buttons.button(SAVE).click()
    goals = journal.goals
    goal = next((g for g in goals.goals() if g.title.endswith(m["goal_title"])), None)
    s.check(goal is not None and goal.helper_person_id == person_id, "goal saved")
    assert goal is not None and goal.id is not None

    page.goals.select_goal(goal.id)
    review = page.goals.review_goal()
    s.check(review is not None, "review dialog shown")
    review.happened_radios[Happened.PARTLY].click()
    s.type_into(review.in_the_way_edit, f"the {m['review_in_the_way']}")
    s.type_into(review.next_edit, f"try {m['review_next']}")
    review.save_button.click()
    s.check(len(goals.reviews(goal.id)) == 1, "review saved")

    page.tabs.setCurrentIndex(PLACES_TAB)
    place_dialog = page.places.add_place()
    for edit, key in ((place_dialog.name_edit, "place_name"), (place_dialog.what_edit, "place_what"),
                      (place_dialog.when_edit, "place_when"), (place_dialog.how_edit, "place_how"),
                      (place_dialog.contact_edit, "place_contact"), (place_dialog.notes_edit, "place_notes")):
        s.type_into(edit, f"at {m[key]}")
    place_dialog.buttons.button(SAVE).click()
    s.check(any(p.name.endswith(m["place_name"]) for p in journal.places.places()), "place saved")

    page.tabs.setCurrentIndex(NETWORK_TAB)
    snapshots = journal.snapshots
    before = len(snapshots.snapshots())
    page.network.save_button.click()
    QTest.qWait(50)
    s.check(len(snapshots.snapshots()) == before + 1, "network snapshot saved")


def goal_dialog_open(s: Session, window: Any) -> Any:
    """Just before a lock: a new goal half-written in its dialog."""
    dialog = window.new_goal()
    s.type_into(dialog.title_edit, f"Someday {s.m['goal_draft']}")
    return dialog


def goal_dialog_restored(s: Session, window: Any, journal: Any) -> None:
    """After unlocking: the goal dialog is open again with what was typed; save it."""
    dialog = window.connecting.goals.goal_dialog
    s.check(dialog is not None and dialog.isVisible()
            and dialog.title_edit.text().endswith(s.m["goal_draft"]), "goal dialog restored")
    dialog.buttons.button(SAVE).click()
    s.check(any(g.title.endswith(s.m["goal_draft"]) for g in journal.goals.goals()),
            "restored goal saved")


def vcard_import(s: Session, window: Any, journal: Any) -> None:
    """Import a .vcf (the person's own file) with names, an e-mail address and a note kept."""
    m = s.m
    vcf = s.dialog_dir / f"{m['dialog_file']}-contacts.vcf"
    vcf.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{m['vcard_name']};Robin;;;\r\nFN:Robin {m['vcard_name']}\r\n"
        f"EMAIL:{m['vcard_email']}@example.org\r\nNOTE:met at {m['vcard_note']}\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Kai {m['vcard_second_name']}\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    s.exports.append(vcf)
    dialog = window.import_vcard()
    s.pick(vcf)
    dialog.choose_button.click()
    s.done_picking()
    s.wait_until(lambda: dialog.model.rowCount() == 2, "the contacts file to be read")
    dialog.keep_contact_check.setChecked(True)
    dialog.keep_more_check.setChecked(True)
    dialog.import_button.click()
    # The people are added in a worker on a connection of its own (issue 20): wait for them.
    s.wait_until(lambda: f"Kai {m['vcard_second_name']}" in {p.name for p in journal.people()},
                 "the contacts to be added")
    people = {p.name: p for p in journal.people()}
    robin = people.get(f"Robin {m['vcard_name']}")
    s.check(robin is not None and f"Kai {m['vcard_second_name']}" in people, "vCard people added")
    assert robin is not None
    s.check(m["vcard_email"] in robin.notes and m["vcard_note"] in robin.notes, "vCard details kept")


def pdf_summary(s: Session, window: Any) -> None:
    """Every part ticked, notes in, full names; saved where the person chose."""
    dialog = window.export_summary()
    saved: list[Path] = []
    dialog.saved.connect(saved.append)
    dialog.period.setCurrentIndex(dialog.period.findData(EVERYTHING))
    for box in dialog.section_checks.values():
        box.setChecked(True)
    dialog.notes.setChecked(True)
    dialog.naming.setCurrentIndex(dialog.naming.findData(Naming.FULL))
    target = s.dialog_dir / f"{s.m['dialog_file']}-summary.pdf"
    s.pick(target)
    dialog.save_button.click()
    s.done_picking()
    s.wait_until(lambda: saved, "the summary PDF to be written")
    s.check(saved == [target] and target.read_bytes().startswith(b"%PDF"), "summary saved as a PDF")
    s.exports.append(target)


def take_all_data(s: Session, window: Any) -> None:
    """CSV files in a new folder inside the chosen one, and one JSON file."""
    m = s.m
    dialog = window.take_all_data()
    written: list[list[Path]] = []
    dialog.saved.connect(written.append)
    dialog.understand_check.setChecked(True)
    json_path = s.dialog_dir / f"{m['dialog_file']}-data.json"
    s.pick(s.dialog_dir, json_path)
    dialog.save_button.click()
    s.done_picking()
    s.wait_until(lambda: written, "my data to be saved")
    paths = written[0]
    csv_folder = next((p for p in paths if p.is_dir()), None)
    s.check(json_path in paths and csv_folder is not None and csv_folder.parent == s.dialog_dir,
            "JSON file and CSV folder written")
    assert csv_folder is not None
    # These are the person's readable export: the journal's words are in them.
    s.check(m["edited_note"].encode() in json_path.read_bytes(), "the JSON file holds the journal")
    people_csv = csv_folder / "people.csv"
    s.check(m["person_name"].encode() in people_csv.read_bytes(), "the CSV files hold the journal")
    s.exports.extend([json_path, csv_folder])


def supporter_reply(s: Session, window: Any, journal: Any, clock: Any, home: Path) -> None:
    """Supporter mode on this machine: its own vault; the person shares to it; the supporter
    names the person, writes a private note and a reply (a note, a place, a goal); the person
    opens the reply, accepts the goal and declines the place."""
    from peerjournal.storage.vault.database import SUPPORTER
    from peerjournal.system.paths import default_supporter_vault_path

    from peerjournal.ui.app.controller import AppController

    m = s.m
    shown: list[Any] = []
    supporter_ctl = AppController(default_supporter_vault_path(), create_kind=SUPPORTER,
                                  clock=clock, use_tray=False)
    supporter_ctl.windowShown.connect(shown.append)
    supporter_ctl.start()
    unlock = supporter_ctl.unlock_dialog
    s.check(unlock is not None and unlock.creating, "create-supporter-vault dialog shown")
    passphrase = f"green kite {m['supporter_passphrase']} over the field"
    s.type_into(unlock.passphrase, passphrase)
    s.type_into(unlock.confirm, passphrase)
    unlock.submit()
    s.wait_until(lambda: shown, "the supporter window")
    supporter = shown[-1]

    # The person adds this supporter by the key their window shows, and shares everything.
    sharing = window.sharing
    s.go(window, sharing)
    rows = sharing.supporters_table.rowCount()
    supporter_name = f"Dev {m['third_supporter']}"
    s.type_into(sharing.name_edit, supporter_name)
    sharing.key_edit.setText(supporter.key_panel.key_edit.text())
    sharing.add_button.click()
    s.check(sharing.supporters_table.rowCount() == rows + 1, "supporter-mode key added")
    share_dialog = sharing.open_share_dialog()
    share_dialog.supporter.setCurrentIndex(share_dialog.supporter.findText(supporter_name))
    s.type_into(share_dialog.sender_name, f"Alex {m['sender_name']}")
    s.type_into(share_dialog.message, f"for you {m['share_message']}")
    for box in share_dialog.section_checks.values():
        box.setChecked(True)
    share_dialog.notes.setChecked(True)
    share_dialog.naming.setCurrentIndex(share_dialog.naming.findData(Naming.FULL))
    share_dialog.preview_button.click()
    s.check(share_dialog.pages.currentIndex() == 1, "share preview shown")
    shared = home / "Documents" / "for-supporter-mode.pjshare"
    files.next_paths.append(shared)
    share_dialog.save_button.click()
    s.wait_until(lambda: share_dialog.saved_path is not None, "the share for supporter mode")
    s.sealed.append(shared)

    # The supporter opens it and names the person.
    finished: list[str] = []
    supporter.importer.finished.connect(finished.append)
    files.next_paths.append(shared)
    supporter.open_action.trigger()
    s.wait_until(lambda: supporter.importer.dialog is not None and supporter.importer.dialog.isVisible(),
                 "the supporter's name question")
    name_dialog = supporter.importer.dialog
    name_dialog.name_edit.clear()
    s.type_into(name_dialog.name_edit, f"Alex {m['supporter_person_name']}")
    name_dialog.ok_button.click()
    s.wait_until(lambda: finished, "the share to be imported")
    s.check(finished == ["imported"], "share imported in supporter mode")
    panel = supporter.person_panel
    s.type_into(panel.notes_edit, f"private {m['supporter_note']}")
    s.check(panel.save_note(), "supporter's private note saved")

    supporter.reply_action.trigger()
    compose = supporter.reply_dialog
    s.check(compose is not None and compose.isVisible(), "reply dialog shown")
    s.type_into(compose.name_edit, f"Dev {m['reply_name']}")
    s.type_into(compose.notes_edit, f"lovely to see you {m['reply_note']}")
    s.type_into(compose.place_name, f"Walkers {m['reply_place_name']}")
    s.type_into(compose.place_when, f"Sundays {m['reply_place_when']}")
    s.type_into(compose.place_how, f"bus {m['reply_place_how']}")
    compose.add_place_button.click()
    compose.tabs.setCurrentIndex(1)
    s.type_into(compose.goal_title, f"Call {m['reply_goal_title']}")
    s.type_into(compose.goal_why, f"because {m['reply_goal_why']}")
    s.type_into(compose.goal_first_step, f"after {m['reply_goal_step']}")
    compose.add_goal_button.click()
    s.check(compose.list.count() == 2, "two suggestions in the reply")
    reply_file = home / "Documents" / "reply-for-alex.pjreply"
    files.next_paths.append(reply_file)
    compose.save_button.click()
    s.wait_until(lambda: reply_file.exists() and supporter.reply_dialog is None, "the reply file")
    s.sealed.append(reply_file)
    supporter.quit_action.trigger()  # supporter mode closes; the journal stays open
    s.check(supporter_ctl.vault is None, "supporter vault closed")
    supporter_ctl.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # The person opens the reply, accepts the goal and declines the place.
    s.go(window, sharing)
    files.next_paths.append(reply_file)
    sharing.open_reply_button.click()
    reply = sharing.replies_box.dialog
    s.check(reply is not None and reply.isVisible(), "reply opened by the person")
    goal_card = next(c for c in reply.cards if c.item.title.endswith(m["reply_goal_title"]))
    place_card = next(c for c in reply.cards if c.item.title.endswith(m["reply_place_name"]))
    goal_card.accept_button.click()
    place_card.decline_button.click()
    reply.finish_button.click()
    s.check(any(g.title.endswith(m["reply_goal_title"]) for g in journal.goals.goals()),
            "accepted goal added")
    s.check(not any(p.name.endswith(m["reply_place_name"]) for p in journal.places.places()),
            "declined place not added")
