"""An AT-SPI client, as Orca or any program in the session could be: prints every event it is sent.

Run with the system Python (it needs PyGObject and Atspi). Prints READY once registered. After the
event that sets an accessible name to argv[1] (the driver's "done") and a short grace for
stragglers, writes one JSON line per event, with its source's role and name, to argv[2] and exits.
"""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

SENTINEL = sys.argv[1]
OUTPUT = sys.argv[2]  # a file: a pipe the driver only reads at the end would fill and block
GRACE_MS = 3000  # for events libatspi held back; the app keeps answering meanwhile
KINDS = ("object:text-changed", "object:property-change", "object:text-caret-moved",
         "object:text-selection-changed", "object:text-attributes-changed", "object:value-changed", "object:announcement",
         "object:state-changed:focused")
APP = sys.argv[3] if len(sys.argv) > 3 else ""  # with an app's name: also list what is focusable in it
events: list[tuple[dict, Atspi.Accessible]] = []


def plain(value: object) -> object:
    if isinstance(value, Atspi.Accessible):
        return "<accessible>"
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def on_event(event: Atspi.Event) -> None:
    # Only the event's own fields here: a call back into the app from this handler would let
    # later events be handled re-entrantly, out of order.
    data = plain(event.any_data)
    events.append(({"type": event.type, "detail1": event.detail1, "detail2": event.detail2,
                    "any_data": data}, event.source))
    if event.type.endswith("accessible-name") and data == SENTINEL:
        GLib.timeout_add(GRACE_MS, finish)


def focusable(app_name: str) -> list[dict]:
    """Every showing, focusable object of the app named ``app_name``: its window, role and name."""
    found: list[dict] = []
    desktop = Atspi.get_desktop(0)
    apps = [desktop.get_child_at_index(i) for i in range(desktop.get_child_count())]
    for app in (a for a in apps if a is not None and a.get_name() == app_name):
        for index in range(app.get_child_count()):
            window = app.get_child_at_index(index)
            walk(window, window.get_name(), found)
    return found


def labelled_by(node: Atspi.Accessible) -> list[str]:
    """The names of the labels linked to ``node`` (what a screen reader says before its name)."""
    names = []
    for relation in node.get_relation_set():
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            names += [relation.get_target(i).get_name() for i in range(relation.get_n_targets())]
    return names


def walk(node: Atspi.Accessible, window: str, found: list[dict]) -> None:
    states = node.get_state_set()
    if not states.contains(Atspi.StateType.SHOWING):
        return
    if states.contains(Atspi.StateType.FOCUSABLE) and states.contains(Atspi.StateType.ENABLED):
        found.append({"type": "focusable", "window": window, "source_role": node.get_role_name(),
                      "source_name": node.get_name(), "labelled_by": labelled_by(node),
                      "any_data": None, "detail1": 0, "detail2": 0})
    if node.get_role_name() in ("combo box", "table", "list", "tree table", "page tab list"):
        return  # their items are not Tab stops
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            walk(child, window, found)


def finish() -> bool:
    described: dict[Atspi.Accessible, tuple[str, str]] = {}  # one question per source, not per event
    with open(OUTPUT, "w", encoding="utf-8") as output:
        for record, source in events:
            if source not in described:
                try:
                    described[source] = (source.get_role_name(), source.get_name())
                except GLib.Error:
                    described[source] = ("?", "?")
            record["source_role"], record["source_name"] = described[source]
            output.write(json.dumps(record) + "\n")
        if APP:
            for record in focusable(APP):
                output.write(json.dumps(record) + "\n")
    Atspi.event_quit()
    return False


listener = Atspi.EventListener.new(on_event)
for kind in KINDS:
    listener.register(kind)
GLib.timeout_add_seconds(240, lambda: Atspi.event_quit())
print("READY", flush=True)
Atspi.event_main()
