"""Words that might be names or contact details the journal doesn't know, found in a share's free text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


# -- issue 20: each text once, and only capitalised words looked at ------------------------
def _reference(document: dict, known_names: list[str]) -> list[str]:
    """possible_names as it was before issue 20: every text, every word, every pattern."""
    from peerjournal.core.sharing import name_check as nc
    from peerjournal.core.sharing.free_text import free_texts
    from peerjournal.core.sharing.naming import TITLES, name_words

    known = nc._vocabulary() | nc._own_words(document) | nc.CALENDAR_WORDS | TITLES
    known.update(w.casefold() for name in known_names for w in name_words(name))
    found: dict[str, None] = {}
    for text in free_texts(document, nc.SERVICE_CONTACT):
        for pattern in (nc._EMAIL, nc._HANDLE, nc._PHONE):
            for match in pattern.finditer(text):
                if pattern is not nc._PHONE or nc._phone_like(match.group(0)):
                    found.setdefault(match.group(0).strip(), None)
        cleaned = nc._PHONE.sub(" ", nc._HANDLE.sub(" ", nc._EMAIL.sub(" ", text)))
        previous_end = 0
        for n, match in enumerate(nc._WORD.finditer(cleaned)):
            gap = cleaned[previous_end:match.start()]
            previous_end = match.end()
            if n == 0 or nc._SENTENCE_MARKS.intersection(gap):
                continue
            word = match.group(0)
            if not nc._skipped(word, known):
                found.setdefault(word.removesuffix("'s").removesuffix("’s"), None)
    return list(found)


_PIECES = ["Tariq", "tariq", "Sam", "I", "I'm", "NHS", "May", "Sam's", "met", "at", "the", "café",
           " ", ", ", ". ", "\n", "? ", "— ", "sam@example.org", "@kit_b", "+44 7700 900123",
           "07700 900 123", "2026-06-01", "12", "Dr", "Okafor", "Ámal", "ĳssel", "'", "’s"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(notes=st.lists(_TEXTS, min_size=1, max_size=6), message=_TEXTS)
def test_looking_once_at_each_text_finds_what_looking_at_all_did(notes, message):
    document = {
        "message": message,
        "content": {"moods": [{"at": "x", "feelings": ["Calm"], "note": note} for note in notes + notes],
                    "activities": [{"at": "x", "category": "Walk", "title": n[:10] or "Tea",
                                    "people": [], "note": n} for n in notes]},
    }
    assert possible_names(document, ["Sam Jones"]) == _reference(document, ["Sam Jones"])
