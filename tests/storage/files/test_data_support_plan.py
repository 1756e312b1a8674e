"""The support plan in "Take all my data": paired items go out with their responses and come back."""

from __future__ import annotations

from pathlib import Path

from peerjournal.core.support_plan import SupportPlan
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.files.data_import import create_vault_from_data
from peerjournal.storage.journal import Journal
from tests.storage.conftest import NOW


def test_paired_items_go_out_and_come_back(journal: Journal, tmp_path: Path) -> None:
    journal.plan.save(SupportPlan(triggers=("Bills", "", "Noise"),
                                  trigger_actions=("One letter a day", "Breathe", ""),
                                  breakdown_signs=("Not eating",), breakdown_needs=("Bring food",),
                                  reasons=("Pip",)))
    document = export_document(journal)
    rows = document["tables"]["support_plan_lines"]["rows"]
    assert {"list": "triggers", "position": 0, "text": "Bills", "response": "One letter a day"} in rows
    copy = create_vault_from_data(tmp_path / "copy.pjvault", "another passphrase here", document_bytes(document))
    try:
        again = Journal(copy, clock=lambda: NOW).plan.load()
        assert again == journal.plan.load()
        assert again.items("triggers") == (("Bills", "One letter a day"), ("", "Breathe"), ("Noise", ""))
    finally:
        copy.close()
