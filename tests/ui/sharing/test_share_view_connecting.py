"""The connecting sections of a share in words: a goal's days are the days written in the file."""

from __future__ import annotations

import pytest

from tests.zones import AUCKLAND, CALIFORNIA, LONDON

from peerjournal.ui.sharing.share_view_connecting import goals_html

KIRITIMATI = "LINT-14"  # UTC+14, the farthest east


@pytest.mark.parametrize("zone", ["UTC0", AUCKLAND, KIRITIMATI, CALIFORNIA, LONDON])
def test_a_shared_goal_keeps_its_days_in_every_zone(local_tz, zone):
    local_tz(zone)
    goal = {"title": "Find a walking group", "status": "done", "set_on": "2026-03-13",
            "review_on": "2026-03-27", "reviews": [{"on": "2026-03-20", "happened": "yes"}],
            "changes": [{"on": "2026-03-20", "status": "done"}]}
    html = goals_html([goal])
    assert "<li>13 March 2026: set this goal</li>" in html
    assert "<li>20 March 2026: done</li>" in html
    assert "14 March" not in html and "21 March" not in html
