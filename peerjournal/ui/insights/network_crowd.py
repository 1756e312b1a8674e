"""Which people get a dot of their own when a circle holds more than fit (a phone's contacts).

Beyond ``MAX_DOTS`` in a circle the rest are counted in one "+N more" marker. Kept first:
whoever must stay (chosen, found by search, marked), then the most days in touch lately,
then the latest in touch; the shown keep the map's order (by name). No Qt here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from peerjournal.core.insights import NetworkNode

MAX_DOTS = 60  # per circle: the outer circle then has a dot every ~26 px of the scene


def crowd(members: Sequence[NetworkNode], keep: Collection[int],
          limit: int = MAX_DOTS) -> tuple[list[NetworkNode], int]:
    """The members shown as dots (at most ``limit``, plus any in ``keep``) and how many are not."""
    if len(members) <= limit:
        return list(members), 0
    ranked = sorted(members, key=lambda n: (n.person_id not in keep, -n.days_90, -n.days_30,
                                            -(n.last_in_touch or date.min).toordinal()))
    chosen = {n.person_id for n in ranked[:limit]} | {n.person_id for n in members if n.person_id in keep}
    shown = [n for n in members if n.person_id in chosen]
    return shown, len(members) - len(shown)


def find(nodes: Sequence[NetworkNode], text: str) -> NetworkNode | None:
    """The person called ``text`` (any case), else the first whose name contains it."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    names = [(n, n.name.casefold()) for n in nodes]
    return (next((n for n, name in names if name == wanted), None)
            or next((n for n, name in names if wanted in name), None))
