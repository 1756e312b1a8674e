"""ops.summary: "Everything" starts at the first entry; the gathered model holds the period's
entries only; the report is built from it without Qt."""

from __future__ import annotations

from datetime import timedelta

from peerjournal.core.clock import to_local
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.options import Section
from peerjournal.core.summary.model import SummaryOptions
from peerjournal.ops.summary import build_summary, everything_start, gather_summary
from tests.ops.conftest import NOW

TODAY = to_local(NOW).date()


def test_everything_starts_at_the_first_entry_or_today(journal):
    assert everything_start(journal, TODAY) == TODAY  # an empty journal
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=40), mood=2, note="first"))
    assert everything_start(journal, TODAY) == to_local(NOW - timedelta(days=40)).date()


def test_the_period_is_gathered_then_built(journal):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=40), mood=2, note="outside"))
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=1), mood=4, note="inside"))
    options = SummaryOptions(start=TODAY - timedelta(days=29), end=TODAY,
                             sections=frozenset({Section.SUMMARY, Section.MOODS})).validate(TODAY)
    data = gather_summary(journal, options)
    assert [m.note for m in data.moods] == ["inside"]
    report = build_summary(options, data, TODAY, lambda text: text)
    assert [s.key for s in report.sections] == [Section.SUMMARY.value, Section.MOODS.value]
    assert "inside" not in repr(report)  # notes stay out unless chosen
