"""Connecting: who and what you could call on, small goals, places and groups, and how your
network has changed. Four tabs; a gap in the resource check can become a goal in one click.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from peerjournal.storage.journal import Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.connecting.goal_dialog import GoalDialog
from peerjournal.ui.connecting.goals_tab import GoalsWidget
from peerjournal.ui.connecting.places_tab import PlacesWidget
from peerjournal.ui.connecting.resource_check_tab import ResourceCheckWidget
from peerjournal.ui.insights import NetworkHistoryWidget
from peerjournal.ui.widgets.accessible import describe_tabs
from peerjournal.ui.widgets.make import with_page_margins

RESOURCES_TAB, GOALS_TAB, PLACES_TAB, NETWORK_TAB = range(4)


class ConnectingPage(QWidget):
    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectingPage")
        title = QLabel(self.tr("Connecting"))
        title.setObjectName("pageTitle")

        self.resources = ResourceCheckWidget(journal, events, undo_stack=undo_stack)
        self.goals = GoalsWidget(journal, events)
        self.places = PlacesWidget(journal, events)
        self.network = NetworkHistoryWidget(journal, events)
        self.resources.goalRequested.connect(self.goal_from_gap)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("connectingTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the Connecting page"))
        self.tabs.addTab(self.resources, self.tr("Do I know someone who could…?"))
        self.tabs.addTab(self.goals, self.tr("Goals"))
        self.tabs.addTab(self.places, self.tr("Places and groups"))
        self.tabs.addTab(self.network, self.tr("Network over time"))
        describe_tabs(self.tabs, (
            self.tr("A short check of who you could call on, and what it showed."),
            self.tr("Small goals: plan, do, and look back."),
            self.tr("Groups, clubs, services and places you go to or might try."),
            self.tr("Snapshots of your network, compared between two dates."),
        ))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(with_page_margins(title))
        layout.addWidget(self.tabs, 1)

    def new_goal(self, title: str = "", why: str = "") -> GoalDialog:
        """Show the Goals tab and open the dialog for a new goal (prefilled if given)."""
        self.tabs.setCurrentIndex(GOALS_TAB)
        return self.goals.new_goal(title, why)

    def goal_from_gap(self, title: str, why: str) -> GoalDialog:
        """A gap's "Make this a goal…" in the resource check: the goal dialog, prefilled."""
        return self.new_goal(title, why)
