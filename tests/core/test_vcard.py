"""Reading contacts files: vCard 2.1 / 3.0 / 4.0, their quirks, broken cards and duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerjournal.core.vcard import (
    MAX_FILE_BYTES,
    Duplicate,
    Extras,
    VCardCandidate,
    mark_duplicates,
    name_key,
    read_vcards,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcards"


def read(name: str, known: tuple[str, ...] = ()):
    return read_vcards((FIXTURES / name).read_bytes(), known)


def test_android_21_quoted_printable_with_soft_line_breaks() -> None:
    raw = (FIXTURES / "android_21.vcf").read_bytes()
    assert b"=\r\n=C3=A5rd" in raw and b"ENCODING=QUOTED-PRINTABLE" in raw  # the quirk is there
    reading = read("android_21.vcf")
    assert reading.problems == []
    zoe, sam, jurgen = reading.candidates
    assert zoe.name == "Zoë Ødegård"
    assert zoe.phones == ("+44 7700 900123", "01632 960001")
    assert zoe.emails == ("zoe@example.org",)
    assert zoe.birthday == "1988-04-02"
    # A quoted-printable note: its line break decoded, its comma kept, its soft break joined.
    assert zoe.note == "Met at the allotment\nLikes tea, not coffee"
    assert sam.name == "Sam Jones" and sam.card == 2
    assert jurgen.name == "Jürgen Müller"  # only an N property, in quoted-printable


def test_apple_30_folding_escapes_groups_and_cjk() -> None:
    reading = read("apple_30.vcf")
    assert reading.problems == []
    li, margaret, group = reading.candidates
    assert li.name == "李雷"
    assert li.emails == ("lilei@example.cn",) and li.phones == ("+86 138 0000 0000",)
    assert margaret.name == "Margaret Anne Okonkwo-Whitfield"  # a folded FN line, unfolded
    assert margaret.note == "Runs the Tuesday walking group, meets at the library\nCall after 6"
    assert group.name == "Hearing Voices Group"  # no person's name: the organisation's


def test_vcard_40_uris_and_names_in_one_normal_form() -> None:
    jose, aroha = read("contacts_40.vcf").candidates
    assert jose.name == "Jos\u00e9 Garc\u00eda"  # written decomposed in the file, kept composed
    assert jose.phones == ("+34-600-000-000",)  # "tel:" taken off
    assert jose.birthday == "--0415"
    assert aroha.name == "Aroha Ngata"  # the folded data: photo is skipped without trouble


def test_older_windows_export_in_latin1() -> None:
    reading = read("latin1_21.vcf")
    assert [c.name for c in reading.candidates] == ["Renée François", "Björn Nyåsen"]
    assert reading.problems == []


def test_a_broken_card_is_reported_and_the_rest_still_read() -> None:
    reading = read("broken_among_good.vcf")
    assert [(c.card, c.name) for c in reading.candidates] == [(1, "Priya Shah"), (4, "Tom O'Neill")]
    assert len(reading.problems) == 3
    assert reading.problems[0].startswith("Card 2 could not be read")
    assert reading.problems[1] == "Card 3 has no name, so it was skipped."
    assert "Card 5" in reading.problems[2] and "ends before" in reading.problems[2]
    assert not any("Not Read" in p for p in reading.problems)  # no card content in messages


def test_duplicates_against_people_and_within_the_file() -> None:
    reading = read("duplicates.vcf", known=("Zoë Ødegård", "Chloe Martin", "Someone Else"))
    marks = [(c.name, c.duplicate) for c in reading.candidates]
    assert marks == [
        ("ZOE odegard", Duplicate.IN_PEOPLE),  # case, accents, Ø and spaces don't matter
        ("Ben Carter", Duplicate.NONE),
        ("ben carter", Duplicate.IN_FILE),
        ("Chloé Martin", Duplicate.IN_PEOPLE),
    ]


def test_name_key_ignores_case_accents_and_spaces() -> None:
    assert name_key("  Zoë   ØDEGÅRD ") == name_key("zoe odegard") == "zoe odegard"
    assert name_key("李雷") == "李雷"
    assert name_key("Ann") != name_key("Anna")
    again = mark_duplicates([VCardCandidate(1, "Ann"), VCardCandidate(2, "Anna")], ["ann"])
    assert [c.duplicate for c in again] == [Duplicate.IN_PEOPLE, Duplicate.NONE]


def test_nothing_but_the_name_is_kept_unless_asked() -> None:
    zoe = read("android_21.vcf").candidates[0]
    assert zoe.notes(Extras()) == ""
    contact_details = zoe.notes(Extras(phones_and_emails=True))
    assert contact_details == (
        "Phone: +44 7700 900123\nPhone: 01632 960001\nE-mail: zoe@example.org"
    )
    assert "allotment" not in contact_details and "1988" not in contact_details
    everything = zoe.notes(Extras(phones_and_emails=True, birthday_and_note=True))
    assert everything.endswith("Birthday: 1988-04-02\nMet at the allotment\nLikes tea, not coffee")


@pytest.mark.parametrize("data", [b"", b"hello, not a card\n", b"N:no card\n"])
def test_files_without_cards_say_so(data: bytes) -> None:
    reading = read_vcards(data)
    assert reading.candidates == []
    assert reading.problems and "No contacts were found" in reading.problems[0]


def test_utf16_files_and_byte_order_marks() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n"
    assert [c.name for c in read_vcards(text.encode("utf-16")).candidates] == ["Zoë"]
    assert [c.name for c in read_vcards(b"\xef\xbb\xbf" + text.encode()).candidates] == ["Zoë"]


def test_a_name_too_long_for_people_is_skipped_with_a_reason() -> None:
    data = ("BEGIN:VCARD\nVERSION:3.0\nFN:" + "x" * 200 + "\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Short\nEND:VCARD\n").encode()
    reading = read_vcards(data)
    assert [c.name for c in reading.candidates] == ["Short"]
    assert reading.problems == ["Card 1 has a name longer than 120 characters, so it was skipped."]


def test_a_huge_file_is_refused_unread() -> None:
    reading = read_vcards(b" " * (MAX_FILE_BYTES + 1))
    assert reading.candidates == [] and "too large" in reading.problems[0]
