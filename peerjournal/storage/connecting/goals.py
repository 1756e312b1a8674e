"""Goals with plan–do–review in the journal: the goals, their reviews and changes of state.

Every method that changes something is one transaction and tells listeners ``Change.GOALS``.
Reviews and changes of state are kept, so a goal's history can be told in plain words
(:func:`peerjournal.core.connecting.goals.history`); nothing is counted or scored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from peerjournal.core.clock import from_storage, to_local, to_storage
from peerjournal.core.connecting.goals import (
    REVIEW_AFTER_DAYS,
    Goal,
    GoalStatus,
    Happened,
    HistoryItem,
    Review,
    StatusChange,
    history,
)
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore

_COLUMNS = ("id, title, why, first_step, what_could_help, review_on, helper_person_id, place_id,"
            " status, created_utc")


class GoalStore(JournalStore):
    """The goals of ``journal``, with their reviews and history."""

    def today(self) -> date:
        """The local calendar day by the journal's clock."""
        return to_local(self.journal.clock()).date()

    # -- reading ------------------------------------------------------------------
    def _obstacles(self) -> dict[int, tuple[str, ...]]:
        words: dict[int, list[str]] = {}
        for goal_id, word in self._conn.execute(
            "SELECT goal_id, word FROM goal_obstacles ORDER BY goal_id, position"
        ):
            words.setdefault(goal_id, []).append(word)
        return {k: tuple(v) for k, v in words.items()}

    @staticmethod
    def _goal(row: tuple, obstacles: tuple[str, ...]) -> Goal:
        return Goal(
            id=row[0], title=row[1], why=row[2], first_step=row[3], what_could_help=row[4],
            review_on=date.fromisoformat(row[5]), helper_person_id=row[6], place_id=row[7],
            status=GoalStatus(row[8]), created=from_storage(row[9]), obstacles=obstacles,
        )

    def goals(self, status: GoalStatus | None = None) -> list[Goal]:
        """Goals (of one state, or all), by the day to look back on them, then title."""
        sql = f"SELECT {_COLUMNS} FROM goals"
        params: tuple = ()
        if status is not None:
            sql += " WHERE status = ?"
            params = (GoalStatus(status).value,)
        rows = self._conn.execute(sql + " ORDER BY review_on, title COLLATE NOCASE, id", params)
        obstacles = self._obstacles()
        return [self._goal(r, obstacles.get(r[0], ())) for r in rows.fetchall()]

    def get_goal(self, goal_id: int) -> Goal:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM goals WHERE id = ?", (goal_id,)).fetchone()
        if row is None:
            raise NotFound("goal")
        words = self._conn.execute(
            "SELECT word FROM goal_obstacles WHERE goal_id = ? ORDER BY position", (goal_id,)
        ).fetchall()
        return self._goal(row, tuple(w for (w,) in words))

    def goals_at(self, place_id: int) -> list[Goal]:
        return [g for g in self.goals() if g.place_id == place_id]

    def reviews(self, goal_id: int) -> list[Review]:
        """A goal's reviews, oldest first."""
        rows = self._conn.execute(
            "SELECT id, goal_id, on_date, happened, in_the_way, next_step FROM goal_reviews"
            " WHERE goal_id = ? ORDER BY on_date, id",
            (goal_id,),
        ).fetchall()
        return [Review(id=r[0], goal_id=r[1], on=date.fromisoformat(r[2]), happened=Happened(r[3]),
                       in_the_way=r[4], next_step=r[5]) for r in rows]

    def status_changes(self, goal_id: int) -> list[StatusChange]:
        rows = self._conn.execute(
            "SELECT goal_id, at_utc, status FROM goal_status_changes WHERE goal_id = ?"
            " ORDER BY at_utc, id",
            (goal_id,),
        ).fetchall()
        return [StatusChange(goal_id=r[0], at=from_storage(r[1]), status=GoalStatus(r[2]))
                for r in rows]

    def history(self, goal_id: int) -> list[HistoryItem]:
        """The goal's story in plain words, oldest first."""
        return history(self.get_goal(goal_id), self.reviews(goal_id), self.status_changes(goal_id))

    # -- changing -------------------------------------------------------------------
    def _check_links(self, goal: Goal) -> None:
        if goal.helper_person_id is not None:
            self.journal.get_person(goal.helper_person_id)
        if goal.place_id is not None and self._conn.execute(
            "SELECT 1 FROM places WHERE id = ?", (goal.place_id,)
        ).fetchone() is None:
            raise NotFound("place")

    def _write_obstacles(self, goal_id: int, words: tuple[str, ...]) -> None:
        self._conn.execute("DELETE FROM goal_obstacles WHERE goal_id = ?", (goal_id,))
        self._conn.executemany(
            "INSERT INTO goal_obstacles (goal_id, position, word) VALUES (?, ?, ?)",
            [(goal_id, i, w) for i, w in enumerate(words)],
        )

    def add_goal(self, goal: Goal) -> Goal:
        goal = goal.validate()
        with self.journal.batch():
            self._check_links(goal)
            cur = self._conn.execute(
                "INSERT INTO goals (id, title, why, first_step, what_could_help, review_on,"
                " helper_person_id, place_id, status, created_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (goal.id, goal.title, goal.why, goal.first_step, goal.what_could_help,
                 goal.review_on.isoformat(), goal.helper_person_id, goal.place_id,
                 goal.status.value, to_storage(goal.created)),
            )
            goal = replace(goal, id=cur.lastrowid)
            self._write_obstacles(cur.lastrowid, goal.obstacles)
            self.journal._changed(Change.GOALS)
        return goal

    def new_goal(self, title: str, *, why: str = "", first_step: str = "",
                 helper_person_id: int | None = None, place_id: int | None = None,
                 review_on: date | None = None) -> Goal:
        """Add a goal set now, looked back on in two weeks unless ``review_on`` says when
        (for a goal accepted from a supporter's reply, for example)."""
        goal = Goal(
            title=title, why=why, first_step=first_step, helper_person_id=helper_person_id,
            place_id=place_id, created=self.journal.clock(),
            review_on=review_on or self.today() + timedelta(days=REVIEW_AFTER_DAYS),
        )
        return self.add_goal(goal)

    def update_goal(self, goal: Goal) -> Goal:
        """Change the plan. The day it was set stays; a new state is recorded as a change."""
        if goal.id is None:
            raise NotFound("goal")
        with self.journal.batch():
            stored = self.get_goal(goal.id)
            goal = replace(goal, created=stored.created).validate()
            self._check_links(goal)
            self._conn.execute(
                "UPDATE goals SET title = ?, why = ?, first_step = ?, what_could_help = ?,"
                " review_on = ?, helper_person_id = ?, place_id = ? WHERE id = ?",
                (goal.title, goal.why, goal.first_step, goal.what_could_help,
                 goal.review_on.isoformat(), goal.helper_person_id, goal.place_id, goal.id),
            )
            self._write_obstacles(goal.id, goal.obstacles)  # type: ignore[arg-type]
            if goal.status is not stored.status:
                self.set_status(goal.id, goal.status)  # type: ignore[arg-type]
            self.journal._changed(Change.GOALS)
        return self.get_goal(goal.id)  # type: ignore[arg-type]

    def set_status(self, goal_id: int, status: GoalStatus, at: datetime | None = None) -> Goal:
        """Pause, pick up again, let go or mark done; the change joins the goal's history."""
        status = GoalStatus(status)
        with self.journal.batch():
            goal = self.get_goal(goal_id)
            if goal.status is status:
                return goal
            self._conn.execute("UPDATE goals SET status = ? WHERE id = ?", (status.value, goal_id))
            self._conn.execute(
                "INSERT INTO goal_status_changes (goal_id, at_utc, status) VALUES (?, ?, ?)",
                (goal_id, to_storage(at or self.journal.clock()), status.value),
            )
            self.journal._changed(Change.GOALS)
        return replace(goal, status=status)

    def add_review(self, review: Review, *, next_review_on: date | None = None,
                   status: GoalStatus | None = None, at: datetime | None = None) -> Review:
        """Store a review; in the same step, optionally the next day to look back and a new
        state (``done`` after a "yes", for example, recorded at ``at`` or now)."""
        with self.journal.batch():
            goal = self.get_goal(review.goal_id)
            review = review.validate(self.today(), goal)
            if next_review_on is not None:
                replace(goal, review_on=next_review_on).validate()
            cur = self._conn.execute(
                "INSERT INTO goal_reviews (goal_id, on_date, happened, in_the_way, next_step)"
                " VALUES (?, ?, ?, ?, ?)",
                (review.goal_id, review.on.isoformat(), review.happened.value, review.in_the_way,
                 review.next_step),
            )
            review = replace(review, id=cur.lastrowid)
            if next_review_on is not None:
                self._conn.execute("UPDATE goals SET review_on = ? WHERE id = ?",
                                   (next_review_on.isoformat(), goal.id))
            if status is not None:
                self.set_status(review.goal_id, status, at)
            self.journal._changed(Change.GOALS)
        return review

    def delete_goal(self, goal_id: int) -> Goal:
        """The goal goes with its reviews and history."""
        return self.journal._delete_entry(self.get_goal, "goals", goal_id, Change.GOALS)
