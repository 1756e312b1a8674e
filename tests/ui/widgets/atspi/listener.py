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
         "object:text-selection-changed", "object:text-attributes-changed", "object:value-changed", "object:announcement")
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
    Atspi.event_quit()
    return False


listener = Atspi.EventListener.new(on_event)
for kind in KINDS:
    listener.register(kind)
GLib.timeout_add_seconds(240, lambda: Atspi.event_quit())
print("READY", flush=True)
Atspi.event_main()
