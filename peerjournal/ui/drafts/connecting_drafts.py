"""The Connecting page's dialogs (resource check, goal, review, place) as draft data and back.

The same rules as :mod:`peerjournal.ui.drafts.entry_drafts`: capturing reads only what the dialog shows,
as JSON-able data; restoring is lenient: missing, unknown or malformed fields are skipped, and
people, places and questions no longer in the journal are left out. Each ``*_draft`` function
answers None when there is nothing unsaved worth keeping.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox
from shiboken6 import isValid

from peerjournal.core.connecting.goals import Happened
from peerjournal.core.connecting.resources import Reply
from peerjournal.core.vocabulary import Relationship
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.goal_dialog import GoalDialog
from peerjournal.ui.connecting.goal_review_dialog import ReviewDialog
from peerjournal.ui.connecting.place_dialog import PlaceDialog
from peerjournal.ui.connecting.resource_check_dialog import ResourceCheckDialog
from peerjournal.ui.drafts.entry_drafts import DRAFT_VERSION, _enum, _int, _ints, _text, _texts
from peerjournal.ui.widgets.dates import from_qdate, to_qdate

RESOURCE_CHECK_DRAFT = "resource_check"
GOAL_DRAFT = "goal"
REVIEW_DRAFT = "goal_review"
PLACE_DRAFT = "place"


# -- reading untrusted values ------------------------------------------------------
def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _choose(combo: QComboBox, value: Any) -> None:
    """Choose the entry holding ``value``; one no longer there leaves the first ("nobody", "nowhere")."""
    index = combo.findData(value) if _int(value) is not None else -1
    combo.setCurrentIndex(max(0, index))


def _set_date(edit: Any, value: Any) -> None:
    day = _date(value)
    if day is not None:
        edit.setDate(to_qdate(day))


def _any_text(*texts: str) -> bool:
    return any(t.strip() for t in texts)


def is_showing(dialog: Any) -> bool:
    """A dialog that is still there and open (a closed one may wait for its deferred delete)."""
    return dialog is not None and isValid(dialog) and dialog.isVisible()


# -- the resource check ------------------------------------------------------------
def resource_check_draft(dialog: ResourceCheckDialog) -> dict[str, Any] | None:
    """Each answered (or started) question: the reply, who, a name half-typed; and someone
    being added in the "Add someone" box."""
    answers = []
    for box in dialog.boxes:
        reply = box.reply()
        people = list(box.people.selected())
        typing = box.people.field.text()
        if reply is None and not people and not typing.strip():
            continue
        answers.append({"item": box.item.id, "reply": reply.value if reply else None,
                        "people": people, "typing": typing})
    draft: dict[str, Any] = {"version": DRAFT_VERSION, "part": dialog.pages.currentIndex(),
                             "answers": answers}
    adding, box = dialog.add_person_dialog, dialog.adding_for
    if is_showing(adding) and box is not None and adding is not None and _any_text(adding.name_edit.text()):
        relationship = _enum(Relationship, adding.relationship_combo.currentData())
        draft["adding"] = {"item": box.item.id, "name": adding.name_edit.text(),
                           "relationship": relationship.value if relationship else None}
    return draft if answers or "adding" in draft else None


def restore_resource_check(dialog: ResourceCheckDialog, data: dict[str, Any]) -> None:
    """Answers to questions no longer asked are left out, and people no longer there too."""
    boxes = {b.item.id: b for b in dialog.boxes}
    for answer in _dicts(data.get("answers")):
        box = boxes.get(_int(answer.get("item")))
        if box is None:
            continue
        reply = _enum(Reply, answer.get("reply"))
        if reply is not None:
            box.radios[reply].setChecked(True)
        box.people.set_selected(_ints(answer.get("people")))
        box.people.field.setText(_text(answer.get("typing")))
    part = _int(data.get("part"))
    if part is not None and 0 <= part < dialog.pages.count():
        dialog.pages.setCurrentIndex(part)
    dialog.go(0)
    adding = data.get("adding")
    box = boxes.get(_int(adding.get("item"))) if isinstance(adding, dict) else None
    if isinstance(adding, dict) and box is not None and box.reply() is Reply.YES:
        add = dialog.open_add_person(box)
        add.name_edit.setText(_text(adding.get("name")))
        relationship = _enum(Relationship, adding.get("relationship"))
        if relationship is not None:
            add.relationship_combo.setCurrentIndex(
                max(0, add.relationship_combo.findData(relationship)))


# -- a goal --------------------------------------------------------------------------
def capture_goal(dialog: GoalDialog) -> dict[str, Any]:
    source = dialog._source
    return {
        "version": DRAFT_VERSION,
        "goal": source.id if source is not None else None,
        "title": dialog.title_edit.text(),
        "why": dialog.why_edit.toPlainText(),
        "first_step": dialog.first_step_edit.text(),
        "obstacles": [w for w, check in dialog.obstacle_checks.items() if check.isChecked()],
        "other_obstacles": dialog.other_obstacles_edit.text(),
        "help": dialog.help_edit.toPlainText(),
        "review_on": from_qdate(dialog.review_edit.date()).isoformat(),
        "helper": dialog.helper_combo.currentData(),
        "place": dialog.place_combo.currentData(),
    }


def goal_draft(dialog: GoalDialog, journal: Journal) -> dict[str, Any] | None:
    """A new goal with anything typed or chosen (a title offered from a gap counts), or a
    goal being changed that differs from what is saved."""
    data = capture_goal(dialog)
    source = dialog._source
    if source is None:
        typed = _any_text(data["title"], data["why"], data["first_step"],
                          data["other_obstacles"], data["help"])
        chosen = data["obstacles"] or data["helper"] is not None or data["place"] is not None
        return data if typed or chosen else None
    as_saved = GoalDialog(journal, goal=source)  # the dialog as it opened, to compare with
    try:
        unchanged = capture_goal(as_saved) == data
    finally:
        as_saved.deleteLater()
    return None if unchanged else data


def restore_goal(dialog: GoalDialog, data: dict[str, Any]) -> None:
    """A field the draft doesn't have stays as the dialog opened; a helper or place no longer
    in the journal leaves "nobody" / "nowhere in particular"."""
    def put(key: str, setter: Any, read: Any = _text) -> None:
        if key in data:
            setter(read(data[key]))

    put("title", dialog.title_edit.setText)
    put("why", dialog.why_edit.setPlainText)
    put("first_step", dialog.first_step_edit.setText)
    if isinstance(data.get("obstacles"), list):
        chosen = set(_texts(data["obstacles"]))
        for word, check in dialog.obstacle_checks.items():
            check.setChecked(word in chosen)
    put("other_obstacles", dialog.other_obstacles_edit.setText)
    put("help", dialog.help_edit.setPlainText)
    _set_date(dialog.review_edit, data.get("review_on"))
    put("helper", lambda v: _choose(dialog.helper_combo, v), lambda v: v)
    put("place", lambda v: _choose(dialog.place_combo, v), lambda v: v)


# -- looking back on a goal -------------------------------------------------------
def review_draft(dialog: ReviewDialog) -> dict[str, Any] | None:
    happened = dialog.happened()
    data = {
        "version": DRAFT_VERSION,
        "goal": dialog._goal.id,
        "happened": happened.value if happened else None,
        "in_the_way": dialog.in_the_way_edit.toPlainText(),
        "next_step": dialog.next_edit.text(),
        "next_on": from_qdate(dialog.next_date_edit.date()).isoformat(),
        "done": dialog.done_check.isChecked(),
    }
    filled = happened is not None or data["done"] or _any_text(data["in_the_way"], data["next_step"])
    return data if filled else None


def restore_review(dialog: ReviewDialog, data: dict[str, Any]) -> None:
    happened = _enum(Happened, data.get("happened"))
    if happened is not None:
        dialog.happened_radios[happened].setChecked(True)
    dialog.in_the_way_edit.setPlainText(_text(data.get("in_the_way")))
    dialog.next_edit.setText(_text(data.get("next_step")))
    _set_date(dialog.next_date_edit, data.get("next_on"))
    dialog.done_check.setChecked(data.get("done") is True)


# -- a place or group ----------------------------------------------------------------
def _place_edits(dialog: PlaceDialog) -> dict[str, Any]:
    return {
        "name": dialog.name_edit, "what": dialog.what_edit, "when": dialog.when_edit,
        "how": dialog.how_edit, "contact": dialog.contact_edit, "notes": dialog.notes_edit,
    }


def place_draft(dialog: PlaceDialog) -> dict[str, Any] | None:
    """A new place with anything typed, or a place being changed that differs from what is saved."""
    texts = {k: (e.toPlainText() if k == "notes" else e.text()) for k, e in _place_edits(dialog).items()}
    source = dialog._source
    if source is None:
        changed = _any_text(*texts.values())
    else:
        saved = {"name": source.name, "what": source.what, "when": source.when,
                 "how": source.how_to_get_there, "contact": source.contact, "notes": source.notes}
        changed = texts != saved
    if not changed:
        return None
    return {"version": DRAFT_VERSION, "place": source.id if source else None, **texts}


def restore_place(dialog: PlaceDialog, data: dict[str, Any]) -> None:
    for key, edit in _place_edits(dialog).items():
        if key not in data:
            continue
        text = _text(data.get(key))
        if key == "notes":
            edit.setPlainText(text)
        else:
            edit.setText(text)  # the field's own length limit applies
