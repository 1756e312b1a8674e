"""My network over time: saved snapshots of the network map, and two dates side by side.

Two read-only maps show the chosen dates (a thick ring marks who is new or moved circle);
under each, one line on the network's shape. The list of differences and the table of
counts say the same in words, for anyone who can't or would rather not read the maps.
Signals: ``snapshotSaved(object)`` with the stored :class:`Snapshot`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.connecting.network_history import (
    REASON_SAVED,
    Comparison,
    Snapshot,
    SnapshotInfo,
    compare,
)
from peerjournal.core.insights import NetworkNode
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.insights.network_history_text import (
    count_label,
    describe,
    difference_lines,
    reason_text,
    summary_line,
    when_text,
)
from peerjournal.ui.insights.network_view import NetworkView, relationship_legend
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.dates import when_text as moment_text
from peerjournal.ui.widgets.make import button, combo, label, named, scrolling, text_label
from peerjournal.ui.widgets.tables import read_only

NOW = 0  # combo data for the live network (stored snapshots have ids from 1)
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
LIVE_CHANGES = {Change.PEOPLE, Change.CONTACTS, Change.ACTIVITIES}


def nodes_of(snapshot: Snapshot) -> list[NetworkNode]:
    """Map dots for a snapshot; members whose person was deleted get ids below zero."""
    return [
        NetworkNode(
            m.person_id if m.person_id is not None else -1 - i, m.name, m.relationship,
            m.closeness, m.help_kinds, 0, 0,
            to_local(m.last_contact).date() if m.last_contact else None,
        )
        for i, m in enumerate(snapshot.members)
    ]


def _marked(snapshot: Snapshot, keys: set[tuple[str, str]]) -> set[int]:
    return {node.person_id for node, m in zip(nodes_of(snapshot), snapshot.members, strict=True)
            if m.key in keys}


class NetworkHistoryWidget(QWidget):
    snapshotSaved = Signal(object)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkHistory")
        self.journal = journal
        self.store = journal.snapshots
        self.comparison: Comparison | None = None
        self._stale = True  # the list of snapshots (a reload chooses the default dates)
        self._stale_view = True  # the comparison (the live network changed)
        self._live: Snapshot | None = None

        intro = text_label(self.tr(
            "Your network at different times. A snapshot is saved with each resource check, "
            "and you can save one yourself whenever you like. Choose two dates to see what "
            "changed; nothing here is a score."), "networkHistoryIntro")

        self._build_snapshots()
        self._build_date_choices()
        maps = self._build_maps()
        self._build_differences()

        self._lay_out(intro, maps)
        chain([self.snapshot_list, self.save_button, self.delete_button, self.from_combo, self.to_combo,
               self.earlier_map, self.later_map, self.differences, self.counts])
        events.changed.connect(self._on_change)  # filled when first shown (showEvent)

    # -- building ----------------------------------------------------------
    def _build_snapshots(self) -> None:
        """The saved snapshots, with Save now and Delete."""
        self.snapshot_list = named(QListWidget(), "snapshotList", self.tr("Saved snapshots"), self.tr(
            "Copies of your network map from earlier dates. Choose one to delete it."))
        self.snapshot_list.setMaximumHeight(150)
        self.snapshot_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.save_button = button(
            self.tr("&Save a snapshot now"), "saveSnapshotButton", self.tr("Save a snapshot now"),
            self.tr("Keeps a copy of your network map as it is today, to compare with later."),
            clicked=self.save_snapshot)
        self.delete_button = button(
            self.tr("&Delete the chosen snapshot…"), "deleteSnapshotButton", self.tr("Delete the chosen snapshot"),
            self.tr("Deletes the snapshot chosen in the list, after asking."), clicked=self.delete_chosen)

    def _build_date_choices(self) -> None:
        self.from_combo = combo("fromCombo", self.tr("Earlier date to compare"),
                                self.tr("The map on the left shows your network on this date."))
        self.to_combo = combo("toCombo", self.tr("Later date to compare"),
                              self.tr("The map on the right shows your network on this date."))
        for choice in (self.from_combo, self.to_combo):
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            choice.currentIndexChanged.connect(lambda _: self.show_comparison())

    def _build_maps(self) -> QGridLayout:
        """Two read-only maps side by side, each with its date above and its shape below."""
        self.maps: list[NetworkView] = []
        self.captions: list[QLabel] = []
        self.shape_labels: list[QLabel] = []
        maps = QGridLayout()
        for column, (name, accessible) in enumerate((
            ("earlierMap", self.tr("Network map at the first date")),
            ("laterMap", self.tr("Network map at the second date")),
        )):
            view = named(NetworkView(editable=False), name, accessible)
            view.setMinimumSize(280, 280)
            for policy in (view.setHorizontalScrollBarPolicy, view.setVerticalScrollBarPolicy):
                policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the whole map always fits
            caption = text_label(name="sectionTitle")
            shape = text_label(name=f"{name}Shape")
            maps.addWidget(caption, 0, column)
            maps.addWidget(view, 1, column)
            maps.addWidget(shape, 2, column)
            self.maps.append(view)
            self.captions.append(caption)
            self.shape_labels.append(shape)
            maps.setColumnStretch(column, 1)
        self.earlier_map, self.later_map = self.maps
        self.earlier_shape, self.later_shape = self.shape_labels
        self.person_caption = text_label(self.tr("Choose a person on a map to see more."),
                                         "snapshotPersonCaption")
        for view in self.maps:
            view.personChosen.connect(self.person_caption.setText)
        return maps

    def _build_differences(self) -> None:
        """What changed between the two dates: in words, as a list, and counted in a table."""
        self.summary = text_label(name="differenceSummary")
        self.differences = named(QListWidget(), "differencesList", self.tr("What changed between the two dates"),
                                 self.tr("Who joined, left or moved circle, in words."))
        self.differences.setMinimumHeight(120)
        self.counts = named(QTableWidget(), "countsTable", self.tr("How many people, on each date"), self.tr(
            "How many people were in each circle, or could give each kind of help, on the two dates. "
            "The arrow keys move between the cells."))
        read_only(self.counts, self.tr("Columns"), rows=self.tr("Rows"))
        self.counts.setMinimumHeight(260)

    # -- building ----------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        return label(text, "sectionTitle")

    def _lay_out(self, intro: QLabel, maps: QGridLayout) -> None:
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        saved = QHBoxLayout()
        saved.addWidget(self.snapshot_list, 1)
        saved.addLayout(buttons)
        choose = QHBoxLayout()
        from_label = label(self.tr("Compare &from:"), buddy=self.from_combo)
        to_label = label(self.tr("&with:"), buddy=self.to_combo)
        for widget in (from_label, self.from_combo, to_label, self.to_combo):
            choose.addWidget(widget)
        choose.addStretch(1)
        legend = relationship_legend()
        ring = text_label(self.tr("A thick ring marks someone who is new, or in another circle, "
                                  "compared with the other date."))

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(intro)
        layout.addWidget(self._heading(self.tr("Saved snapshots")))
        layout.addLayout(saved)
        layout.addLayout(choose)
        layout.addLayout(maps)
        layout.addLayout(legend)
        layout.addWidget(ring)
        layout.addWidget(self.person_caption)
        layout.addWidget(self._heading(self.tr("What changed")))
        layout.addWidget(self.summary)
        layout.addWidget(self.differences)
        layout.addWidget(self._heading(self.tr("How many, on each date")))
        layout.addWidget(self.counts)
        area = scrolling(inner, self.tr("Network over time"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

    # -- data --------------------------------------------------------------
    def _on_change(self, kinds: frozenset[Change]) -> None:
        if Change.SNAPSHOTS in kinds:
            self._stale = True
        if kinds & LIVE_CHANGES:
            self._live = None
            self._stale_view = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._stale:
            self.reload()
        elif self._stale_view:  # the dates chosen stay chosen
            self.show_comparison()

    def live(self) -> Snapshot:
        if self._live is None:
            self._live = self.store.current()
        return self._live

    def reload(self) -> None:
        """Read the list of snapshots again; choose the previous and the latest to compare."""
        self._stale = False
        infos = self.store.snapshots()
        chosen = self.snapshot_list.currentItem()
        chosen_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.snapshot_list.clear()
        for info in infos:
            item = QListWidgetItem(self._info_text(info))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(DATE_ROLE, moment_text(info.taken, "d MMMM yyyy, HH:mm"))
            self.snapshot_list.addItem(item)
            if info.id == chosen_id:
                self.snapshot_list.setCurrentItem(item)
        if not infos:
            item = QListWidgetItem(self.tr("No snapshots yet. Save one now to compare with later."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.snapshot_list.addItem(item)
        # Default: the previous snapshot against the latest; with one, it against now.
        latest = infos[0].id if len(infos) >= 2 else NOW
        previous = infos[1].id if len(infos) >= 2 else infos[0].id if infos else NOW
        for dates, chosen in ((self.from_combo, previous), (self.to_combo, latest)):
            dates.blockSignals(True)  # compared once, below
            dates.clear()
            dates.addItem(self.tr("Now (your network today)"), NOW)
            for info in infos:
                dates.addItem(self.tr("{date} ({reason})").format(
                    date=moment_text(info.taken, "d MMMM yyyy, HH:mm"), reason=reason_text(info.reason)),
                    info.id)
            dates.setCurrentIndex(dates.findData(chosen))
            dates.blockSignals(False)
        self._update_buttons()
        self.show_comparison()

    def _info_text(self, info: SnapshotInfo) -> str:
        people = self.tr("%n person(s)", "", info.people)
        return self.tr("{date}: {reason}, {people}").format(
            date=moment_text(info.taken, "d MMMM yyyy, HH:mm"), reason=reason_text(info.reason),
            people=people)

    def _snapshot(self, combo: QComboBox) -> Snapshot:
        snapshot_id = combo.currentData()
        if snapshot_id in (None, NOW):
            return self.live()
        return self.store.get(snapshot_id)

    def show_comparison(self) -> None:
        self._stale_view = False
        try:
            first, second = self._snapshot(self.from_combo), self._snapshot(self.to_combo)
        except UserError as exc:  # deleted meanwhile
            messages.warn(self, self.tr("Network over time"), str(exc))
            self._stale = True
            return
        result = compare(first, second)
        self.comparison = result
        earlier, later = result.earlier, result.later
        gone = {m.key for m in result.gone} | {mv.before.key for mv in result.moved}
        new = {m.key for m in result.new} | {mv.after.key for mv in result.moved}
        self.earlier_map.set_nodes(nodes_of(earlier), _marked(earlier, gone))
        self.later_map.set_nodes(nodes_of(later), _marked(later, new))
        self.captions[0].setText(when_text(earlier))
        self.captions[1].setText(when_text(later))
        self.earlier_shape.setText(describe(earlier))
        self.later_shape.setText(describe(later))
        self.differences.clear()
        if first.id == second.id:
            self.summary.setText(self.tr("Both sides show the same date; choose another to compare."))
        else:
            self.summary.setText(summary_line(result))
            self.differences.addItems(difference_lines(result))
        if self.differences.count() == 0:
            item = QListWidgetItem(self.tr("Nothing to list."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.differences.addItem(item)
        self._fill_counts(result)

    def _fill_counts(self, result: Comparison) -> None:
        rows = [*result.circles, *result.help]
        headers = [when_text(result.earlier), when_text(result.later), self.tr("Change")]
        self.counts.clear()
        self.counts.setRowCount(len(rows))
        self.counts.setColumnCount(3)
        self.counts.setHorizontalHeaderLabels(headers)
        self.counts.setVerticalHeaderLabels([count_label(r.what) for r in rows])
        for r, row in enumerate(rows):
            change = self.tr("same") if row.change == 0 else f"{row.change:+d}"
            for c, text in enumerate((str(row.earlier), str(row.later), change)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(r, c, item)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- actions -----------------------------------------------------------
    def _update_buttons(self) -> None:
        item = self.snapshot_list.currentItem()
        self.delete_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    def save_snapshot(self) -> Snapshot | None:
        try:
            snapshot = self.store.take_snapshot(REASON_SAVED)
        except UserError as exc:
            messages.warn(self, self.tr("Save a snapshot"), str(exc))
            return None
        # Heard as a change: the list reloads and compares the previous one with this one.
        self.snapshotSaved.emit(snapshot)
        return snapshot

    def delete_chosen(self) -> None:
        item = self.snapshot_list.currentItem()
        snapshot_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if snapshot_id is None:
            return
        if not messages.confirm(
            self, self.tr("Delete snapshot"),
            self.tr("Delete the snapshot of {date}? Your people and entries stay as they are.")
            .format(date=item.data(DATE_ROLE)),
            yes=self.tr("Delete"),
        ):
            return
        try:
            self.store.delete(snapshot_id)  # heard as a change: the list reloads
        except UserError as exc:
            messages.warn(self, self.tr("Delete snapshot"), str(exc))
            self.reload()
