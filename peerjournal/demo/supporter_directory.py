"""The supporter demo's directory: eight local groups, services and places, tagged for the
resource check's parts, so ideas and "Add from my directory…" have something to show."""

from __future__ import annotations

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import Access, DirectoryEntry

E, INFO, M, B = Domain.EVERYDAY, Domain.INFORMATION, Domain.EMOTIONAL, Domain.BELONGING
STEP, QUIET, ONLINE = Access.STEP_FREE, Access.QUIET, Access.ONLINE

DEMO_DIRECTORY: tuple[DirectoryEntry, ...] = (
    DirectoryEntry("Riverside Walkers", "Gentle group walks, about an hour, tea after",
                   "Sundays at 10", "Riverside Park, by the bandstand", "Bus 12 to Park Gates",
                   "riversidewalkers.example.org", "Free", frozenset({STEP}), frozenset({B, M}),
                   ("walking", "peer-led", "low pressure first step")),
    DirectoryEntry("Open Door Café", "Drop-in café run by people with lived experience",
                   "Weekdays 11–3", "14 Market Street", "Five minutes from the bus station",
                   "01632 960 111", "Pay what you can", frozenset({STEP, QUIET}), frozenset({B, M}),
                   ("peer-led", "user-led organisation", "drop-in")),
    DirectoryEntry("Citizens Advice", "Free advice on benefits, housing, debt and legal problems",
                   "Mon–Fri 9:30–4", "Town Hall, ground floor", "Step-free side entrance",
                   "0800 144 8848", "Free", frozenset({STEP, ONLINE}), frozenset({INFO}),
                   ("benefits", "housing", "legal")),
    DirectoryEntry("Hearing Voices Group", "A peer support group for people who hear voices",
                   "Thursdays 6–7:30", "Library meeting room", "", "hvg@example.org", "Free",
                   frozenset({QUIET, ONLINE}), frozenset({M, B}), ("peer-led",)),
    DirectoryEntry("Men's Shed", "Woodwork, repairs and a chat; small jobs for members",
                   "Tue and Fri 10–1", "Unit 4, Mill Lane", "Bus 7", "01632 960 222", "£2 a session",
                   frozenset({STEP}), frozenset({E, B}), ("practical", "low pressure first step")),
    DirectoryEntry("Community Transport", "Door-to-door lifts for appointments and shopping",
                   "Book two days ahead", "", "", "01632 960 333", "£3 a trip", frozenset({STEP}),
                   frozenset({E}), ("lifts",)),
    DirectoryEntry("Housing Options drop-in", "Council housing advice, no appointment",
                   "Wednesdays 10–12", "Civic Centre", "", "housing@example.gov", "Free",
                   frozenset({STEP}), frozenset({INFO}), ("housing",)),
    DirectoryEntry("Library Craft Afternoon", "Knitting, drawing and collage in a quiet room",
                   "Saturdays 2–4", "Central Library, first floor", "Lift by the entrance",
                   "", "Free, materials provided", frozenset({STEP, QUIET}), frozenset({B}),
                   ("craft", "low pressure first step")),
)
