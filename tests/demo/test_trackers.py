"""The demo has two trackers with values, so Today, the Timeline and Insights show them."""

from __future__ import annotations

from peerjournal.demo.seed import seed_demo
from tests.demo.test_seed import NOW, journal  # noqa: F401 - the fixture


def test_the_demo_has_sleep_and_medication_with_values(journal):  # noqa: F811
    seed_demo(journal, NOW)
    sleep, meds = journal.trackers.trackers()
    assert (sleep.name, sleep.unit, meds.name) == ("Sleep", "hours", "Took my medication")
    hours = [value for _at, value, _mood in journal.trackers.series(sleep.id)]
    taken = [value for _at, value, _mood in journal.trackers.series(meds.id)]
    assert len(hours) > 20 and all(3 <= h <= 10 for h in hours)
    assert set(taken) == {0.0, 1.0} and taken.count(1.0) > taken.count(0.0)
    assert any("Sleep: " in row.summary for row in journal.timeline())
