"""The comparison with the file before, in plain words: what was shared, never how often the app was used."""

from __future__ import annotations

from datetime import date

from peerjournal.ui.supporter.share_compare import mood_words_of, period_text, since_last


def doc(start: str, end: str, **content) -> dict:  # type: ignore[no-untyped-def]
    return {"period": {"start": start, "end": end}, "content": content}


def mood(level: int, *feelings: str) -> dict:
    return {"at": "2026-06-02T12:00:00Z", "mood": level, "feelings": list(feelings)}


def test_since_last_compares_what_was_shared_in_words():
    now = doc("2026-06-08", "2026-06-14",
              moods=[mood(4, "hopeful"), mood(4), mood(3, "tired")],
              contacts=[{"people": ["Sam"]}], activities=[{"title": "Choir", "people": ["Mary"]}],
              goals=[{"title": "Walk", "status": "done"}, {"title": "Call Jo", "status": "active"}],
              summary={"check_ins": 3, "contacts": 1})
    before = doc("2026-06-01", "2026-06-07", moods=[mood(2, "tired")] * 5,
                 contacts=[{"people": ["Sam"]}, {"people": ["Priya"]}], activities=[],
                 goals=[{"title": "Walk", "status": "active"}], summary={"check_ins": 5, "contacts": 2})
    text = since_last(now, before)
    assert text == (
        "Since the last file (1–7 Jun 2026): mood words: Good, Okay (last time: Low); "
        "feelings: hopeful, tired (last time: tired); "
        "people named: new this time Mary; not this time Priya; "
        "activities: new this time Choir; goals: Call Jo (new); Walk: done, was active.")
    for word in ("check-in", "3", "5", "better", "worse", "improve", "declin", "good job"):
        assert word not in text.lower().replace("1–7 jun 2026", "")


def test_the_first_file_and_files_with_different_parts():
    now = doc("2026-06-08", "2026-06-14", moods=[mood(3)])
    assert "first file" in since_last(now, None)
    other = doc("2026-06-01", "2026-06-07", contacts=[])
    assert "nothing to set side by side" in since_last(now, other)
    assert "the same as last time" in since_last(doc("2026-06-08", "2026-06-14", contacts=[]), other)


def test_mood_words_most_used_first_and_period_text():
    assert mood_words_of([mood(2), mood(5), mood(5)]) == ["Very good", "Low"]
    assert period_text(date(2026, 5, 28), date(2026, 6, 3)) == "28 May – 3 Jun 2026"
