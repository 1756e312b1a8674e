"""Asks the prompt schedule what is due, every half minute, and keeps what the person was shown.

Lives for the whole run (through lock and unlock). While the journal is locked it only
knows the settings file, so it can still say "Time for your check-in" but nothing that
needs the journal. Nudge state (which names people) is kept inside the vault.

Signals: ``announce(object)`` for each newly due :class:`Prompt` (the tray shows it),
``promptsChanged()`` when the list of waiting prompts changes (the banner redraws).
The schedule is read from the :class:`SettingsService`; a change to it is checked at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from peerjournal.core.clock import utc_now
from peerjournal.core.prompts import (
    Prompt,
    PromptFacts,
    PromptSettings,
    PromptState,
    Snooze,
    checked,
    delivered,
    dismissed,
    due_prompts,
    merge_states,
    snooze_until,
    snoozed,
    split_state,
    state_from_dict,
    state_to_dict,
    still_relevant,
)
from peerjournal.core.settings import AppSettings
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.settings_service import SettingsService

VAULT_STATE_KEY = "prompt_state"
CHECK_EVERY_MS = 30_000


class PromptService(QObject):
    announce = Signal(object)
    promptsChanged = Signal()

    def __init__(
        self,
        settings: SettingsService,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_settings = settings
        self.settings_file = settings.file  # for the prompt state beside the settings
        self.clock = clock
        self._plain = self.settings_file.load_prompt_state()
        self._private = PromptState()
        self.journal: Journal | None = None
        self.waiting: list[Prompt] = []
        self._facts_cache: PromptFacts | None = None
        self._check_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        settings.changed.connect(self._settings_changed)

    def start(self) -> None:
        self.timer.start()
        self.check()

    # -- journal --------------------------------------------------------------
    def attach(self, journal: Journal, *, check: bool = True) -> None:
        """The journal was unlocked: read nudge state from it, and listen for new entries.

        ``check=False`` (the app's unlock, issue 20): what is due is looked for by
        :meth:`check_pending` once the window is painted, not before: its facts read across
        people and history, and keeping the state writes the journal and the settings file.
        """
        self.journal = journal
        self._private = state_from_dict(_loads(journal.get_setting(VAULT_STATE_KEY)))
        journal.add_listener(self._journal_changed)
        self._facts_cache = None
        self._check_pending = not check
        if check:
            self.check()

    def check_pending(self) -> None:
        """The check :meth:`attach` left for later, unless one has run since (the timer's)."""
        if self._check_pending and self.journal is not None:
            self.check()

    def detach(self, *, keep: bool = True) -> Exception | None:
        """The journal is locking: keep its part of the state in it (best effort; not with
        ``keep=False``, for a damaged journal), forget names.

        Never raises, so nothing stops a lock: a save that fails (a full disk) is answered,
        and the state is forgotten all the same.
        """
        failure: Exception | None = None
        if self.journal is not None:
            try:
                if keep:
                    self._save_private()
            except Exception as exc:  # any storage error: the lock goes on
                failure = exc
            with suppress(Exception):
                self.journal.remove_listener(self._journal_changed)
        self.journal = None
        self._private = PromptState()
        self._facts_cache = None
        self._check_pending = False
        with suppress(Exception):  # the banner's list is only a convenience
            self._set_waiting([p for p in self.waiting if still_relevant(p, self._schedule(), None, self.clock())])
        return failure

    def keep_waiting(self, prompts: tuple[Prompt, ...]) -> None:
        """Reminders that were waiting when PeerJournal started afresh at lock wait on here."""
        self._set_waiting([*self.waiting, *(p for p in prompts if p not in self.waiting)])

    def facts(self) -> PromptFacts | None:
        if self.journal is None:
            return None
        if self._facts_cache is None:
            self._facts_cache = self.journal.prompt_facts()
        return self._facts_cache

    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        self._facts_cache = None
        if not self.waiting:  # the facts are read when next asked for, not on every save (issue 20)
            return
        # Logging the entry a prompt asked for clears that prompt.
        now = self.clock()
        facts = self.facts()
        self._set_waiting([p for p in self.waiting if still_relevant(p, self._schedule(), facts, now)])

    # -- the schedule -----------------------------------------------------------
    @property
    def state(self) -> PromptState:
        return merge_states(self._plain, self._private)

    def check(self) -> list[Prompt]:
        self._check_pending = False
        now = self.clock()
        facts = self.facts()
        due = due_prompts(self._schedule(), self.state, facts, now)
        state = checked(self.state, now)
        for prompt in due:
            state = delivered(state, prompt, now)
        self._store(state)
        if due:
            self._set_waiting(self.waiting + due)
            for prompt in due:
                self.announce.emit(prompt)
        return due

    def snooze(self, prompt: Prompt, choice: Snooze) -> datetime:
        until = snooze_until(choice, self._schedule(), self.clock())
        self._store(snoozed(self.state, prompt, until))
        self._set_waiting([p for p in self.waiting if p.key != prompt.key])
        return until

    def dismiss(self, prompt: Prompt) -> None:
        self._store(dismissed(self.state, prompt, self.clock()))
        self._set_waiting([p for p in self.waiting if p.key != prompt.key])

    def handled(self, prompt: Prompt) -> None:
        """The person acted on it (opened the form); it leaves the banner."""
        self._set_waiting([p for p in self.waiting if p.key != prompt.key])

    def _schedule(self) -> PromptSettings:
        return self.app_settings.settings.prompts

    def _settings_changed(self, _settings: AppSettings) -> None:
        self.check()

    # -- keeping state ----------------------------------------------------------
    def _store(self, state: PromptState) -> None:
        plain, private = split_state(state)
        if plain != self._plain:
            self._plain = plain
            with suppress(UserError):  # a full disk: prompts carry on from memory this run
                self.settings_file.save_prompt_state(plain)
        if private != self._private:
            self._private = private
            self._save_private()

    def _save_private(self) -> None:
        if self.journal is not None and self.journal.vault.is_open:
            self.journal.set_setting(VAULT_STATE_KEY, json.dumps(state_to_dict(self._private)))

    def _set_waiting(self, prompts: list[Prompt]) -> None:
        if prompts != self.waiting:
            self.waiting = prompts
            self.promptsChanged.emit()


def _loads(text: str | None) -> object:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None
