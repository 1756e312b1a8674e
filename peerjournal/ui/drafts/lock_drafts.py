"""Dialogs open when the journal locks: kept as encrypted drafts, opened again after unlocking.

Covers the entry dialogs (a new or changed check-in, contact or activity, with its time and
its "Where") and the Connecting page's dialogs (the resource check, a goal, looking back on
a goal, a place). Drafts go through :mod:`peerjournal.storage.drafts`, so they live only in
the encrypted vault, one per kind of dialog. Neither side ever raises: nothing may stop a lock
or an unlock, and nothing about the content is logged. A draft whose entry, goal or place was
deleted meanwhile is dropped, with a kind word in the status bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime

from peerjournal.core.connecting.goals import GoalStatus
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import UserError
from peerjournal.storage.drafts import clear_draft, load_draft, save_draft
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.connecting.connecting_page import GOALS_TAB, PLACES_TAB, RESOURCES_TAB
from peerjournal.ui.drafts.connecting_drafts import (
    GOAL_DRAFT,
    PLACE_DRAFT,
    RESOURCE_CHECK_DRAFT,
    REVIEW_DRAFT,
    _choose,
    goal_draft,
    is_showing,
    place_draft,
    resource_check_draft,
    restore_goal,
    restore_place,
    restore_resource_check,
    restore_review,
    review_draft,
)
from peerjournal.ui.drafts.entry_drafts import (
    DRAFT_VERSION,
    EDIT_DRAFT,
    _int,
    capture_new_entry,
    restore_section,
)
from peerjournal.ui.journal.entry_dialog import EntryDialog

NEW_ENTRY_DRAFT = "new_entry"
"""A new entry half-written in its dialog that can't join Today's draft (Today already has
that part, or a place was chosen, which Today can't show): its dialog comes back instead."""

_SECTION = {EntryKind.MOOD: "mood", EntryKind.CONTACT: "contact", EntryKind.ACTIVITY: "activity"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockDrafts", text)


# -- keeping, before the journal locks ---------------------------------------------------
def keep_open_dialogs(window: MainWindow, journal: Journal, today: dict[str, Any] | None) -> dict[str, Any] | None:
    """Keep each open dialog's unsaved state. ``today`` is Today's draft (or None); the
    answer is Today's draft to keep, which a new entry half-written in its dialog may join."""
    connecting = window.connecting
    for dialog, key, capture in (
        (connecting.resources.check_dialog, RESOURCE_CHECK_DRAFT, resource_check_draft),
        (connecting.goals.goal_dialog, GOAL_DRAFT, lambda d: goal_draft(d, journal)),
        (connecting.goals.review_dialog, REVIEW_DRAFT, review_draft),
        (connecting.places.place_dialog, PLACE_DRAFT, place_draft),
    ):
        with contextlib.suppress(Exception):  # one dialog's trouble must not cost another's draft
            data = capture(dialog) if is_showing(dialog) else None
            if data is not None:
                save_draft(journal, key, data)
    with contextlib.suppress(Exception):
        today = _keep_entry_dialog(window.entry_dialog, journal, today)
    return today


def _keep_entry_dialog(dialog: EntryDialog | None, journal: Journal,
                       today: dict[str, Any] | None) -> dict[str, Any] | None:
    if dialog is None or not is_showing(dialog):
        return today
    filled = capture_new_entry(dialog.form)
    section = filled[1] if filled else {}
    at = dialog.when.dateTime().toSecsSinceEpoch()
    extra: dict[str, Any] = {"at": at}
    if dialog.where is not None:
        extra["place"] = dialog.where.place_id()
    if dialog.original is not None:  # changes to a saved entry: its edit dialog opens again
        moved = int(dialog.original.at.timestamp()) != at
        moved_place = dialog.where is not None and dialog.where.changed()
        if filled is not None or moved or moved_place:
            save_draft(journal, EDIT_DRAFT, {"kind": dialog.kind.value, "id": dialog.original.id,
                                             "data": section, **extra})
        return today
    placed = extra.get("place") is not None
    if filled is None and not placed:
        return today
    name = _SECTION[dialog.kind]
    if not placed and (today is None or name not in today):  # it comes back on Today
        return {**(today or {"version": DRAFT_VERSION}), name: section}
    save_draft(journal, NEW_ENTRY_DRAFT, {"kind": dialog.kind.value, "data": section, **extra})
    return today


# -- opening again, after unlocking ----------------------------------------------------
def reopen_dialogs(window: MainWindow, journal: Journal) -> None:
    """Open each dialog kept when the journal locked, with what was in it."""
    for reopen in (_reopen_edit, _reopen_new_entry, _reopen_resource_check, _reopen_goal,
                   _reopen_review, _reopen_place):
        # A failure leaves its draft in the vault for the next unlock; the rest still come back.
        with contextlib.suppress(Exception):
            reopen(window, journal)


def _find(item_id: Any, get: Callable[[int], Any]) -> Any:
    """What a draft was about, as ``get`` finds it; None when gone or for an id that isn't one."""
    if _int(item_id) is None:
        return None
    try:
        return get(item_id)
    except UserError:
        return None


def _gone(window: MainWindow, journal: Journal, key: str, text: str) -> None:
    clear_draft(journal, key)
    window.statusBar().showMessage(text, 20_000)


def _fill_entry(dialog: EntryDialog, data: dict[str, Any]) -> None:
    if isinstance(data.get("data"), dict):
        restore_section(dialog.form, data["data"])
    at = _int(data.get("at"))
    if at is not None:
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(at))
    if "place" in data and dialog.where is not None:  # a place removed since: nowhere
        _choose(dialog.where.combo, data["place"])


def _reopen_edit(window: MainWindow, journal: Journal) -> None:
    edit = load_draft(journal, EDIT_DRAFT)
    if edit is None:
        return
    try:
        kind = EntryKind(edit["kind"])
        entry_id = int(edit["id"])
    except (KeyError, TypeError, ValueError):
        clear_draft(journal, EDIT_DRAFT)  # not a draft of ours
        return
    try:
        record = journal.get_entry(kind, entry_id)
    except UserError:
        _gone(window, journal, EDIT_DRAFT, _tr(
            "The entry you were changing when the journal locked is no longer in your journal, "
            "so your changes to it could not come back."))
        return
    _fill_entry(window._open_entry_dialog(kind, record), edit)
    clear_draft(journal, EDIT_DRAFT)


def _reopen_new_entry(window: MainWindow, journal: Journal) -> None:
    new = load_draft(journal, NEW_ENTRY_DRAFT)
    if new is None:
        return
    try:
        kind = EntryKind(new["kind"])
    except (KeyError, TypeError, ValueError):
        clear_draft(journal, NEW_ENTRY_DRAFT)
        return
    _fill_entry(window._open_entry_dialog(kind), new)
    clear_draft(journal, NEW_ENTRY_DRAFT)


def _to_connecting(window: MainWindow, tab: int) -> None:
    window.go_to(PAGES.index("Connecting"))
    window.connecting.tabs.setCurrentIndex(tab)


def _reopen(window: MainWindow, journal: Journal, key: str,
            open_dialog: Callable[[dict[str, Any]], Any], restore: Callable[[Any, dict[str, Any]], None],
            gone_text: str) -> None:
    """Open the dialog for ``key``'s draft and fill it; ``open_dialog`` answers None when what
    the draft was about is no longer there."""
    data = load_draft(journal, key)
    if data is None:
        return
    dialog = open_dialog(data)
    if dialog is None:
        _gone(window, journal, key, gone_text)
        return
    restore(dialog, data)
    clear_draft(journal, key)


def _reopen_resource_check(window: MainWindow, journal: Journal) -> None:
    def open_check(_data: dict[str, Any]) -> Any:
        _to_connecting(window, RESOURCES_TAB)
        return window.connecting.resources.take_check()

    _reopen(window, journal, RESOURCE_CHECK_DRAFT, open_check, restore_resource_check, "")


def _reopen_goal(window: MainWindow, journal: Journal) -> None:
    goals = window.connecting.goals

    def open_goal(data: dict[str, Any]) -> Any:
        goal_id = data.get("goal")
        if goal_id is None:
            _to_connecting(window, GOALS_TAB)
            return goals.new_goal()
        if _find(goal_id, journal.goals.get_goal) is None:
            return None
        _to_connecting(window, GOALS_TAB)
        goals.select_goal(goal_id)
        return goals.edit_goal()

    _reopen(window, journal, GOAL_DRAFT, open_goal, restore_goal, _tr(
        "The goal you were changing when the journal locked is no longer in your journal, "
        "so your changes to it could not come back."))


def _reopen_review(window: MainWindow, journal: Journal) -> None:
    goals = window.connecting.goals

    def open_review(data: dict[str, Any]) -> Any:
        goal_id = data.get("goal")
        goal = _find(goal_id, journal.goals.get_goal)
        if goal is None or goal.status is not GoalStatus.ACTIVE:
            return None
        _to_connecting(window, GOALS_TAB)
        goals.select_goal(goal_id)
        return goals.review_goal()

    _reopen(window, journal, REVIEW_DRAFT, open_review, restore_review, _tr(
        "The goal you were looking back on when the journal locked is no longer open to look "
        "back on, so what you wrote could not come back."))


def _reopen_place(window: MainWindow, journal: Journal) -> None:
    places = window.connecting.places

    def open_place(data: dict[str, Any]) -> Any:
        place_id = data.get("place")
        if place_id is None:
            _to_connecting(window, PLACES_TAB)
            return places.add_place()
        if _find(place_id, journal.places.get_place) is None:
            return None
        _to_connecting(window, PLACES_TAB)
        places.select_place(place_id)
        return places.edit_place()

    _reopen(window, journal, PLACE_DRAFT, open_place, restore_place, _tr(
        "The place you were changing when the journal locked is no longer in your journal, "
        "so your changes to it could not come back."))
