"""The Timeline model's rows by position, a bounded few pages held (issue 20: flat memory).

Rows far from where the view last looked are dropped, page by page, keeping each page's last
row as an anchor; a dropped row asked for again is read back with one keyset read after the
nearest held row above it. Positions never change by dropping, so views notice nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from peerjournal.core.timeline import TimelineKey, TimelineRow

# Rows after a key (None: from the newest), at most ``limit`` of them, as the model's filter reads.
Reader = Callable[[TimelineKey | None, int], list[TimelineRow]]


class TimelineRows:
    """A list of rows (indexing, slices, slice assignment and deletion, ``len``, iteration) in
    which only about ``held_limit()`` rows are objects; the others are read again on access."""

    def __init__(self, read: Reader, page: Callable[[], int], held_pages: Callable[[], int | None]) -> None:
        self._read = read
        self._page = page  # the model's page size (tests change it)
        self._held_pages = held_pages  # None: hold every row (a text search, which steps its own way)
        self._slots: list[TimelineRow | None] = []
        self._held = 0
        # Positions outside [_lo, _hi) hold nothing but anchors: dropping looks only inside.
        self._lo = self._hi = 0

    # -- list-like reading ------------------------------------------------------
    def __len__(self) -> int:
        return len(self._slots)

    def __iter__(self) -> Iterator[TimelineRow]:
        for i in range(len(self._slots)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, TimelineRows | list) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._slots)))]
        if index < 0:
            index += len(self._slots)
        row = self._slots[index]
        if row is None:
            row = self._read_back(index)
        return row

    def held(self) -> Iterator[tuple[int, TimelineRow]]:
        """(position, row) of each row held now, without reading any back."""
        return ((i, row) for i, row in enumerate(self._slots) if row is not None)

    def held_count(self) -> int:
        return self._held

    # -- list-like changing -----------------------------------------------------
    def __setitem__(self, index: slice, rows: Iterable[TimelineRow]) -> None:
        assert isinstance(index, slice)  # the model replaces runs of rows
        rows = list(rows)
        start, stop, _step = index.indices(len(self._slots))
        self._held += len(rows) - sum(r is not None for r in self._slots[index])
        before = len(self._slots)
        self._slots[index] = rows
        # Rows put in; and rows moved when the length changed (a rare change: look everywhere after).
        self._lo = min(self._lo, start)
        self._hi = max(self._hi, start + len(rows) if len(self._slots) == before else len(self._slots))

    def __delitem__(self, index: slice) -> None:
        assert isinstance(index, slice)
        self._held -= sum(r is not None for r in self._slots[index])
        self._lo = min(self._lo, index.indices(len(self._slots))[0])
        del self._slots[index]
        self._hi = len(self._slots)

    def insert_dropped(self, at: int) -> None:
        """One more row at ``at``, inside a run of dropped rows (or just after it): it is read
        back with them, from the journal that now has it, when asked for."""
        self._slots.insert(at, None)
        self._lo = min(self._lo, at)
        self._hi = len(self._slots)

    def held_place(self, key: TimelineKey) -> tuple[int, bool]:
        """Where a row with ``key`` goes, by the rows held alone: (position of the first held row
        older than it, or the length; whether rows dropped lie just above that position)."""
        held = [(i, row.key) for i, row in self.held()]
        low, high = 0, len(held)
        while low < high:
            mid = (low + high) // 2
            if held[mid][1] < key:
                high = mid
            else:
                low = mid + 1
        at = held[low][0] if low < len(held) else len(self._slots)
        above = held[low - 1][0] if low > 0 else -1
        return at, at - above > 1

    def extend(self, rows: Iterable[TimelineRow]) -> None:
        self[len(self._slots):] = rows

    def reset(self, rows: Iterable[TimelineRow]) -> None:
        self._slots, self._held, self._lo, self._hi = [], 0, 0, 0
        self.extend(rows)

    # -- holding a few pages ---------------------------------------------------
    def held_limit(self) -> int | None:
        pages = self._held_pages()
        return None if pages is None else pages * self._page()

    def drop_far_from(self, near: int) -> None:
        """Drop whole pages farthest from position ``near`` until no more than the limit are held
        (each page keeps its last row: the next page is read back after it)."""
        limit = self.held_limit()
        if limit is None or self._held <= limit:
            return
        page = self._page()
        first = self._lo - self._lo % page
        starts = sorted(range(first, min(self._hi, len(self._slots)), page),
                        key=lambda s: abs(s + page // 2 - near), reverse=True)
        kept = list(starts)
        for start in starts:
            if self._held <= limit or abs(start + page // 2 - near) <= limit // 2:
                break
            kept.remove(start)
            for i in range(start, min(start + page, len(self._slots)) - 1):
                if self._slots[i] is not None:
                    self._slots[i] = None
                    self._held -= 1
        if kept:
            self._lo, self._hi = min(kept), max(kept) + page

    def _read_back(self, index: int) -> TimelineRow:
        """Read the dropped row at ``index`` again: from the nearest held row above, a page at a
        time, filling the dropped places in between."""
        while self._slots[index] is None:
            above = index - 1
            while above >= 0 and self._slots[above] is None:
                above -= 1
            start = above + 1
            end = start
            while end < len(self._slots) and self._slots[end] is None and end - start < self._page():
                end += 1
            after = self._slots[above].key if above >= 0 else None  # type: ignore[union-attr]
            rows = self._read(after, end - start)
            if not rows:  # the journal changed under the model without telling it: a bug
                raise LookupError("The timeline changed before it was refreshed.")
            self[start:start + len(rows)] = rows
        self.drop_far_from(index)
        row = self._slots[index]
        assert row is not None
        return row
