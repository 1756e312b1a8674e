"""Take all my data: the JSON document, a new journal from it (a full round trip), and CSV."""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import Closeness, EntryKind, Relationship
from peerjournal.demo.seed import seed_demo
from peerjournal.storage.drafts import save_draft
from peerjournal.storage.files.data_csv import (
    csv_file_count,
    export_csv,
    new_export_folder,
    write_csv,
)
from peerjournal.storage.files.data_export import (
    FORMAT,
    FORMAT_VERSION,
    data_tables,
    document_bytes,
    encode_value,
    export_document,
    export_json,
    write_json,
)
from peerjournal.storage.files.data_import import (
    DataFileError,
    NewerDataFile,
    create_vault_from_data,
    decode_value,
    import_document,
    read_document,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import Vault, create_vault, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.storage.conftest import NOW, PASSPHRASE, ago

NEW_PASSPHRASE = "a different passphrase for the copy"


def _counts(vault: Vault) -> dict[str, int]:
    conn = vault.conn
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in data_tables(conn)}
    # The keys and the kind differ by design (each journal has its own); count the rest.
    counts["meta"] = conn.execute(
        "SELECT count(*) FROM meta WHERE key NOT IN ('kind', 'signing_key', 'reply_identity')"
        " AND key NOT LIKE 'draft:%' AND key != 'prompt_state'"
    ).fetchone()[0]
    return counts


@pytest.fixture
def seeded(journal: Journal) -> Journal:
    seed_demo(journal, NOW)
    zoe = journal.add_person(Person(name="Zoë Ødegård", relationship=Relationship.FRIEND,
                                      closeness=Closeness.MIDDLE, notes='Says "hi, there"\nand 🌱'))
    journal.add_contact(Contact(at=ago(hours=2), person_ids=(zoe.id,), note="tea, cake; more"))
    journal.set_setting("chosen_theme_for_test", "dark")  # an ordinary private setting
    journal.set_setting("prompt_state", json.dumps({"Sam": "nudge-state-marker"}))
    save_draft(journal, "today", {"note": "half typed secret draft"})
    return journal


def test_round_trip_into_a_new_vault_loses_nothing(seeded: Journal, tmp_path: Path) -> None:
    first = export_document(seeded)
    assert first["format"] == FORMAT and first["format_version"] == FORMAT_VERSION
    assert first["schema_version"] == SCHEMA_VERSION == seeded.vault.schema_version()
    assert set(first["tables"]) == set(data_tables(seeded.vault.conn))
    assert all(first["tables"][t]["rows"] for t in ("moods", "people", "goals", "places"))

    copy = create_vault_from_data(tmp_path / "copy.pjvault", NEW_PASSPHRASE, document_bytes(first))
    try:
        second = export_document(Journal(copy, clock=lambda: NOW))
        assert second["tables"] == first["tables"]
        assert second["schema_version"] == first["schema_version"]
        assert _counts(copy) == _counts(seeded.vault)
        # What the person sees through the journal's own API is the same too.
        again = Journal(copy, clock=lambda: NOW)
        assert again.timeline() == seeded.timeline()
        assert again.people(include_archived=True) == seeded.people(include_archived=True)
        assert again.get_setting("chosen_theme_for_test") == "dark"
        assert again.plan.load() == seeded.plan.load()  # every part of the WRAP-shaped plan
        assert again.plan.not_involved() == seeded.plan.not_involved()
        # The copy has keys of its own, and none of the original's private bookkeeping.
        key = "SELECT value FROM meta WHERE key = 'signing_key'"
        assert copy.conn.execute(key).fetchone()[0] != seeded.vault.conn.execute(key).fetchone()[0]
        assert again.get_setting("prompt_state") is None
        assert again.get_setting("draft:today") is None
    finally:
        copy.close()
    reopened = open_vault(tmp_path / "copy.pjvault", NEW_PASSPHRASE)  # a real vault on disk
    try:
        assert _counts(reopened) == _counts(seeded.vault)
    finally:
        reopened.close()


def test_secrets_drafts_and_prompt_state_never_leave(seeded: Journal) -> None:
    conn = seeded.vault.conn
    secrets = [v for (v,) in conn.execute(
        "SELECT value FROM meta WHERE key IN ('signing_key', 'reply_identity')")]
    seeded.set_setting("backup_api_key", "s3cr3t-value")  # any key-like name stays in
    text = document_bytes(export_json(seeded)).decode("utf-8")
    assert len(secrets) == 2
    for secret in [*secrets, "s3cr3t-value", "half typed secret draft", "nudge-state-marker"]:
        assert secret not in text
    keys = {row["key"] for row in json.loads(text)["tables"]["meta"]["rows"]}
    assert keys == {"chosen_theme_for_test"}
    assert "NOT encrypted" in json.loads(text)["warning"]


def test_json_file_is_owner_only(seeded: Journal, tmp_path: Path) -> None:
    path = tmp_path / "out" / "all my data.json"
    write_json(export_document(seeded), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_document(path.read_bytes())["tables"]["people"]["rows"]


@pytest.mark.parametrize("change, error", [
    ({"schema_version": SCHEMA_VERSION + 1}, NewerDataFile),
    ({"format_version": FORMAT_VERSION + 1}, NewerDataFile),
    ({"format": "something-else"}, DataFileError),
    ({"schema_version": "8"}, DataFileError),
    ({"vault_kind": "supporter"}, DataFileError),
])
def test_refused_documents_leave_no_vault(seeded: Journal, tmp_path: Path, change, error) -> None:
    document = {**export_document(seeded), **change}
    target = tmp_path / "new" / "journal.pjvault"
    with pytest.raises(error) as caught:
        create_vault_from_data(target, NEW_PASSPHRASE, document_bytes(document))
    assert "Nothing was made" in str(caught.value) or "no journal was made" in str(caught.value)
    assert not target.exists()


def test_damaged_files_are_refused_after_creating_and_cleaned_up(
    seeded: Journal, tmp_path: Path
) -> None:
    data = document_bytes(export_document(seeded))
    target = tmp_path / "journal.pjvault"
    with pytest.raises(DataFileError):
        create_vault_from_data(target, NEW_PASSPHRASE, data[: len(data) // 2])  # cut short
    # A contact with someone who isn't in the file: found inside the transaction, undone.
    broken = export_document(seeded)
    broken["tables"]["contact_people"]["rows"].append(
        {"contact_id": broken["tables"]["contacts"]["rows"][0]["id"], "person_id": 99999,
         "position": 5})
    with pytest.raises(DataFileError):
        create_vault_from_data(target, NEW_PASSPHRASE, document_bytes(broken))
    bad_mood = export_document(seeded)
    bad_mood["tables"]["moods"]["rows"][0]["mood"] = 9  # breaks the table's CHECK rule
    with pytest.raises(DataFileError):
        create_vault_from_data(target, NEW_PASSPHRASE, document_bytes(bad_mood))
    unknown = export_document(seeded)
    unknown["tables"]["not_a_table"] = {"columns": ["x"], "rows": [{"x": 1}]}
    with pytest.raises(DataFileError):
        create_vault_from_data(target, NEW_PASSPHRASE, document_bytes(unknown))
    wrong_value = export_document(seeded)
    wrong_value["tables"]["moods"]["rows"][0]["note"] = ["a list"]
    with pytest.raises(DataFileError):
        create_vault_from_data(target, NEW_PASSPHRASE, document_bytes(wrong_value))
    assert sorted(os.listdir(tmp_path)) == ["vault"]  # only the fixture's own journal


def test_a_journal_in_use_is_never_mixed_with_a_file(seeded: Journal) -> None:
    document = export_document(seeded)
    before = _counts(seeded.vault)
    with pytest.raises(DataFileError):
        import_document(document, seeded.vault)
    assert _counts(seeded.vault) == before


def test_an_older_file_becomes_a_journal_of_today(tmp_path: Path) -> None:
    """A file from a version-4 journal: imported at 4, then migrated like that journal would be."""
    old = create_vault(tmp_path / "old.pjvault", PASSPHRASE, MIGRATIONS[:4])
    journal = Journal(old, clock=lambda: NOW)
    sam = journal.add_person(Person(name="Sam"))
    journal.add_mood(MoodCheckIn(at=ago(days=1), mood=4, feelings=("calm",), note="fine"))
    journal.add_activity(Activity(at=ago(days=2), category="Outdoors", title="Walk",
                                  person_ids=(sam.id,)))
    document = export_document(journal)
    old.close()
    assert document["schema_version"] == 4 and "resource_items" not in document["tables"]
    new = create_vault_from_data(tmp_path / "new.pjvault", NEW_PASSPHRASE, document_bytes(document))
    try:
        assert new.schema_version() == SCHEMA_VERSION
        again = Journal(new, clock=lambda: NOW)
        assert [p.name for p in again.people()] == ["Sam"]
        assert again.get_mood(1).feelings == ("calm",)
        # Migration 5 ran after the import, as it would have for that journal: default questions.
        assert new.conn.execute("SELECT count(*) FROM resource_items").fetchone()[0] > 0
        assert new.conn.execute("SELECT value FROM meta WHERE key = 'reply_identity'").fetchone()
    finally:
        new.close()


def test_values_of_every_kind_survive_json() -> None:
    for value in (None, 0, -7, 2.5, "", "Zoë 🌱 \"quoted\"\n", b"\x00\xffbytes"):
        assert decode_value(json.loads(json.dumps(encode_value(value)))) == value


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_files_read_back_with_the_csv_module(seeded: Journal, tmp_path: Path) -> None:
    folder = new_export_folder(tmp_path, to_local(NOW).date())
    written = export_csv(seeded, folder)
    assert folder.name == f"PeerJournal data {to_local(NOW).date().isoformat()}"
    assert new_export_folder(tmp_path, to_local(NOW).date()).name.endswith("(2)")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    names = {p.name for p in written}
    assert {"moods.csv", "contacts.csv", "activities.csv", "people.csv", "README.txt"} <= names
    assert {"goals.csv", "places.csv", "feelings.csv", "support_plan_lines.csv"} <= names
    assert "mood_feelings.csv" not in names and "meta.csv" in names

    people = {row["name"]: row for row in _read(folder / "people.csv")}
    assert people["Zoë Ødegård"]["notes"] == 'Says "hi, there"\nand 🌱'
    assert people["Zoë Ødegård"]["circle"] == "Middle circle"
    moods = _read(folder / "moods.csv")
    assert len(moods) == seeded.counts()[EntryKind.MOOD]
    stored = seeded.moods_between(NOW - timedelta(days=400), NOW + timedelta(days=1))
    newest = stored[-1]
    row = moods[-1]
    assert (row["date"], row["time"]) == (f"{to_local(newest.at):%Y-%m-%d}", f"{to_local(newest.at):%H:%M}")
    assert row["feelings"] == ", ".join(newest.feelings)
    assert row["mood (1-5)"] == str(newest.mood) and row["mood"] == newest.mood_label
    contacts = _read(folder / "contacts.csv")
    assert contacts[-1]["with"] == "Zoë Ødegård" and contacts[-1]["note"] == "tea, cake; more"
    assert len(contacts) == seeded.counts()[EntryKind.CONTACT]
    goals = _read(folder / "goals.csv")
    titles = [t for (t,) in seeded.vault.conn.execute("SELECT title FROM goals ORDER BY id")]
    assert titles and [r["title"] for r in goals] == titles
    assert [r["key"] for r in _read(folder / "meta.csv")] == ["chosen_theme_for_test"]
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "NOT ENCRYPTED" in readme and "moods.csv" in readme
    assert "half typed secret draft" not in "".join(p.read_text(encoding="utf-8-sig") for p in written)


def test_csv_progress_reaches_the_end(seeded: Journal, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    write_csv(export_document(seeded), tmp_path / "csv", progress=lambda i, n: steps.append((i, n)))
    assert steps[-1][0] == steps[-1][1] and len(steps) == steps[-1][1]
    assert steps[-1][1] == csv_file_count(export_document(seeded)) == len(list((tmp_path / "csv").iterdir()))


def test_csv_cells_a_spreadsheet_would_run_as_formulas_stay_text(journal_for_csv_formulas: Journal,
                                                                 tmp_path: Path) -> None:
    written = export_csv(journal_for_csv_formulas, tmp_path / "csv")
    people = {row["notes"]: row for row in _read(tmp_path / "csv" / "people.csv")}
    assert set(people) == {"'=HYPERLINK(\"http://x\")", "'+1 for tea", "'@home", "'-2 degrees", "fine = ok"}
    assert all("=HYPERLINK" not in p.read_text(encoding="utf-8-sig").replace("'=HYPERLINK", "")
               for p in written if p.suffix == ".csv")
    readme = (tmp_path / "csv" / "README.txt").read_text(encoding="utf-8")
    assert "apostrophe" in readme
    # The JSON document keeps every value exactly as written.
    notes = {row["notes"] for row in export_document(journal_for_csv_formulas)["tables"]["people"]["rows"]}
    assert '=HYPERLINK("http://x")' in notes


@pytest.fixture
def journal_for_csv_formulas(tmp_path: Path):  # type: ignore[no-untyped-def]
    vault = create_vault(tmp_path / "f.pjvault", "correct horse battery")
    journal = Journal(vault)
    for i, note in enumerate(('=HYPERLINK("http://x")', "+1 for tea", "@home", "-2 degrees", "fine = ok")):
        journal.add_person(Person(name=f"P{i}", notes=note))
    yield journal
    vault.close()


def test_csv_says_not_set_for_someone_added_in_passing(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(Person(name="Kit", relationship=None, closeness=None))
    folder = new_export_folder(tmp_path, to_local(NOW).date())
    export_csv(journal, folder)
    [kit] = _read(folder / "people.csv")
    assert (kit["relationship"], kit["circle"]) == ("Relationship not set", "Circle not set")
