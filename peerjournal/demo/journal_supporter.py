"""The demo's supporter: a peer worker with a key of their own, so the share preview and a
share file can be tried in the demo (their secret half is thrown away: nobody can open it)."""

from __future__ import annotations

from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.storage.journal import Journal

DEMO_SUPPORTER = "Alex (peer worker)"  # sample data, like the sample people: not translated


def seed_demo_supporter(journal: Journal) -> None:
    """Add one supporter with a fresh key, its fingerprint marked as compared."""
    _secret, recipient = new_identity()
    key = SupporterKey(recipient=recipient, signer=signer_public(new_signing_key()))
    journal.replies.add_supporter(DEMO_SUPPORTER, key, checked=True)
