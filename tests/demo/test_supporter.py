"""The supporter demo: a directory of eight places and two people whose files have gaps."""

from __future__ import annotations

from peerjournal.core.directory.ideas import GapKind, gaps_in, ideas_for
from peerjournal.demo.supporter import DemoSupporter
from peerjournal.storage.supporter.store import SupporterStore


def test_the_supporter_demo_has_a_directory_and_two_people_with_gaps():
    demo = DemoSupporter()
    try:
        vault = demo.create()
        try:
            store = SupporterStore(vault)
            assert len(store.directory.entries()) >= 8
            people = store.people()
            assert sorted(p.name for p in people) == ["Jo", "Sam"]
            for person in people:
                (export,) = store.exports_of(person.id)
                gaps = gaps_in(export.document)
                assert {GapKind.NOBODY, GapKind.GOAL} <= {g.kind for g in gaps}
                assert len(ideas_for(gaps, store.directory.entries())) >= 3
                assert store.replies.address(person.id) is not None  # the worker can reply
            # The sample journals that made the files are gone; only the supporter vault is left.
            assert all(p.name.startswith("supporter.pjvault") for p in demo.folder.iterdir())
        finally:
            vault.close()
    finally:
        demo.cleanup()
    assert not demo.folder.exists()
