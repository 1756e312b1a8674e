"""Two resource checks for the sample journal, months apart, so results and "since last time"
have something to show: new people met through a peer group fill some gaps, a few remain.

Answers name questions by their index in :data:`DEFAULT_ITEMS` and people by their index in
:data:`peerjournal.demo.sample_text.PEOPLE`.
"""

from __future__ import annotations

from peerjournal.core.connecting.resources import Reply
from peerjournal.demo.sample_text import (
    BEV,
    CHLOE,
    DAD,
    DEV,
    GP,
    JESS,
    MARCUS,
    MUM,
    NADIA,
    PRIYA,
    RACHEL,
    SAM,
    TOM,
)

DemoAnswers = dict[int, tuple[Reply, tuple[int, ...]]]

Y, NS, N = Reply.YES, Reply.NOT_SURE, Reply.NO

# Before the Tuesday group (no Bev or Dev yet).
EARLIER: DemoAnswers = {
    0: (N, ()), 1: (Y, (DAD,)), 2: (Y, (MUM,)), 3: (NS, ()), 4: (Y, (DAD,)), 5: (N, ()),
    6: (N, ()), 7: (Y, (RACHEL,)), 8: (NS, ()), 9: (Y, (RACHEL, GP)), 10: (N, ()),
    11: (Y, (RACHEL,)),
    12: (Y, (MUM,)), 13: (Y, (PRIYA,)), 14: (Y, (MUM, JESS, PRIYA)), 15: (Y, (RACHEL,)),
    16: (Y, (TOM,)), 17: (N, ()), 18: (Y, (TOM, PRIYA)), 19: (N, ()),
}

LATER: DemoAnswers = {
    0: (Y, (MUM,)), 1: (Y, (DAD, TOM)), 2: (Y, (MUM, SAM)), 3: (Y, (SAM,)), 4: (Y, (DAD,)),
    5: (NS, ()),
    6: (Y, (CHLOE,)), 7: (Y, (RACHEL, DEV)), 8: (N, ()), 9: (Y, (RACHEL, GP, DEV)), 10: (N, ()),
    11: (Y, (RACHEL, MARCUS)),
    12: (Y, (MUM, MARCUS)), 13: (Y, (PRIYA, DEV)), 14: (Y, (MUM, JESS, PRIYA)),
    15: (Y, (PRIYA, RACHEL)),
    16: (Y, (TOM, NADIA)), 17: (Y, (BEV,)), 18: (Y, (TOM, PRIYA, BEV)), 19: (Y, (DEV,)),
}
