"""Figures from a shared file and the comparison with the one before, in plain words."""

from __future__ import annotations

from datetime import date

from peerjournal.ui.supporter.share_compare import figures, mood_words, period_text, since_last


def test_since_last_is_plain_and_never_judges():
    def doc(start: str, end: str, check_ins: int, average: float | None, contacts: int) -> dict:
        return {"period": {"start": start, "end": end}, "content": {"summary": {
            "check_ins": check_ins, "average_mood": average, "contacts": contacts,
            "distinct_people": 2}}}

    now = doc("2026-06-08", "2026-06-14", 7, 3.6, 4)
    before = doc("2026-06-01", "2026-06-07", 5, 3.2, 3)
    text = since_last(now, before)
    assert text == ("Since the last file (1–7 Jun 2026): 7 check-ins (last time 5); average mood "
                    "3.6, Good (last time 3.2, Okay); 4 contacts (last time 3); "
                    "2 different people (last time 2).")
    for word in ("better", "worse", "improve", "declin", "good job"):
        assert word not in text.lower()
    longer = doc("2026-06-01", "2026-06-14", 9, None, 1)
    assert "covers 14 days, the last one 7" in since_last(longer, before)
    assert "first file" in since_last(now, None)
    assert figures({"period": {"start": "2026-06-01", "end": "2026-06-01"},
                    "content": {"moods": [{"mood": 2}, {"mood": 5}]}}).average_mood == 3.5
    assert mood_words(3.5) == "3.5 (Good)" and mood_words(1.0) == "1.0 (Very low)"
    assert period_text(date(2026, 5, 28), date(2026, 6, 3)) == "28 May – 3 Jun 2026"
