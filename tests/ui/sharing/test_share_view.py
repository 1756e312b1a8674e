"""The shared document as the supporter (and the person, in the preview) sees it."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from peerjournal.ui.sharing.share_view import document_html

DOC = {
    "format_version": 1, "export_id": "x", "created": "2026-11-20T10:00:00Z", "recipient": "passphrase",
    "signer": "s", "sender_name": "Alex <b>", "message": "Hello\nthere", "include_notes": True,
    "naming": "pseudonym", "period": {"start": "2026-11-02", "end": "2026-11-15"},
    "sections": ["moods", "contacts", "activities", "people", "summary"],
    "content": {
        "moods": [{"at": "2026-11-03T12:00:00Z", "mood": 2, "energy": 3, "feelings": ["tired"], "note": "<script>x</script>"}],
        "contacts": [
            {"at": "2026-11-03T12:00:00Z", "mode": "phone", "people": ["Person A"], "duration_min": 20, "felt": 4},
            {"at": "2026-11-04T12:00:00Z", "mode": "in_person", "people": ["Person B"], "duration_min": None, "felt": None},
            {"at": "2026-11-11T12:00:00Z", "mode": "phone", "people": ["Person A"], "duration_min": None, "felt": 5},
        ],
        "activities": [{"at": "2026-11-12T12:00:00Z", "category": "Outdoors", "title": "Walk", "people": [], "felt": 4}],
        "people": [{"label": "Person A", "relationship": "friend", "closeness": "close", "help": ["company"]}],
        "summary": {"days": 14, "check_ins": 1, "average_mood": 2.0, "contacts": 3,
                    "contacts_by_mode": {"phone": 2, "in_person": 1}, "distinct_people": 2, "activities": 1,
                    "activities_by_category": {"Outdoors": 1}},
    },
}


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_everything_shared_is_shown_in_words(qapp):
    text = plain(document_html(DOC, title="Shared journal"))
    for expected in ("Alex <b>", "Hello", "Low", "tired", "Phone call with Person A", "20 min",
                     "Walk", "Outdoors", "Close circle", "can give company", "Average mood", "about Low",
                     "<script>x</script>"):
        assert expected in text, expected
    assert "/5" not in text and "of 5" not in text  # the person's words, never a score


def test_contacts_are_counted_by_week_and_way(qapp):
    text = plain(document_html(DOC))
    assert "Week of" in text
    assert "2 Nov" in text and "9 Nov" in text  # the weeks starting Monday 2 and Monday 9 November


def test_markup_in_the_persons_words_is_never_interpreted():
    html = document_html(DOC)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Alex &lt;b&gt;" in html


def test_a_person_not_placed_yet_reads_as_not_set(qapp):
    import copy

    doc = copy.deepcopy(DOC)
    doc["content"]["people"].append({"label": "Person B", "relationship": "", "closeness": "", "help": []})
    text = plain(document_html(doc))
    assert "Circle not set" in text and "Person B · Relationship not set" in text
    assert text.index("Close circle") < text.index("Circle not set")  # after the circles


def test_a_snapshot_member_not_placed_yet_is_named_as_such(qapp):
    from peerjournal.ui.sharing.share_view_connecting import snapshots_html

    members = [{"label": "Sam", "relationship": "friend", "closeness": "close", "help": [], "last_contact": None},
               {"label": "Kit", "relationship": "", "closeness": "", "help": [], "last_contact": None}]
    text = plain(snapshots_html([{"taken": "2026-11-05T12:00:00Z", "reason": "saved by you", "members": members}]))
    assert "Not placed in a circle yet: Kit" in text
