"""The goal review dialog: mark a goal done or let it go."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.connecting.goals import GoalStatus, Happened
from tests.ui.connecting.helpers import LEFT, tree_groups
from tests.ui.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


def test_review_can_mark_done_or_let_go_from_the_dialog(qtbot, journal):
    store = journal.goals
    first = store.new_goal("Swim on Saturday")
    second = store.new_goal("Join the choir")
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    widget = window.connecting.goals
    widget.select_goal(first.id)
    review = widget.review_goal()
    qtbot.mouseClick(review.happened_radios[Happened.YES], LEFT)
    review.done_check.setFocus()
    qtbot.keyClick(review.done_check, Qt.Key.Key_Space)
    assert review.done_check.isChecked()
    assert not review.next_date_edit.isEnabled()
    qtbot.mouseClick(review.save_button, LEFT)
    assert store.get_goal(first.id).status is GoalStatus.DONE
    assert [i.text for i in store.history(first.id)][-2:] == ["it happened", "done"]

    widget.select_goal(second.id)
    review = widget.review_goal()
    assert review.let_go_button.text() == "&Let this goal go — that's fine, plans change"
    qtbot.mouseClick(review.let_go_button, LEFT)  # no review needed to let a goal go
    assert store.get_goal(second.id).status is GoalStatus.LET_GO
    assert store.reviews(second.id) == []
    assert tree_groups(widget) == {"Let go": ["Join the choir"], "Done": ["Swim on Saturday"]}
