"""Words that might be names or contact details the journal doesn't know, found in a share's free text."""

from __future__ import annotations

from peerjournal.core.sharing.name_check import possible_names


def doc(note: str, **content) -> dict:  # type: ignore[no-untyped-def]
    return {"message": "", "sender_name": "Alex",
            "content": {"moods": [{"feelings": ["Jittery"], "note": note}], **content}}


def test_capitalised_words_handles_phones_and_emails_are_found():
    found = possible_names(doc("Felt low after seeing Tariq. Rang 07700 900123, wrote to "
                               "jo@example.com and messaged @jojo99 about Nadia's party."))
    assert sorted(found) == sorted(["Tariq", "07700 900123", "jo@example.com", "@jojo99", "Nadia"])
    assert len(found) == len(set(found))  # each once


def test_few_false_alarms():  # the demo journal, every part shared with notes, raises none
    note = ("Today I felt Jittery. I'm tired but Okay on Monday, 3 May. The NHS letter came. "
            "Slept 8 hours; walked 2.5 km on 2026-06-01. Good day with Person A. Alex wrote.")
    content = {"people": [{"label": "Person A"}]}
    assert possible_names(doc(note, **content)) == []


def test_known_people_are_not_flagged_and_the_message_is_read():
    d = doc("Lunch with Sam Jones and Priya")
    d["message"] = "See you with Dev soon"
    assert possible_names(d, ["Sam Jones"]) == ["Dev", "Priya"]  # the message comes first


def test_a_services_contact_details_are_there_on_purpose():
    d = doc("")
    d["content"]["support_plan"] = {"services": [{"name": "Night line", "what": "Listening",
                                                  "how_to_contact": "0800 123 4567, help@line.org"}]}
    assert possible_names(d) == []
    d["content"]["support_plan"]["services"][0]["what"] = "Ask for Bernadette on 0800 765 4321"
    assert sorted(possible_names(d)) == ["0800 765 4321", "Bernadette"]
