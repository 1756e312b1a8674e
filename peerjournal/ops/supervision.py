"""Notes for supervision: the supporter's own notes and agreed next steps for the people they
choose, as a :class:`~peerjournal.core.summary.model.Report` the summary's PDF code lays out.

People are "Person A", "Person B"… unless the supporter ticks to use names; then names typed
in the notes are replaced too (anyone else in the caseload mentioned becomes "someone else you
support"). Nothing the people shared is included: these are the worker's notes, not a journal.
Reads the vault (GUI thread); the PDF itself may be made in a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from peerjournal.core.sharing.document import pseudonym_label
from peerjournal.core.sharing.naming import people_scrubber
from peerjournal.core.summary.model import Paragraph, Report, ReportSection, day_text
from peerjournal.i18n import translate
from peerjournal.storage.supporter.store import CaseloadPerson, SupporterStore


def _labels(chosen: Sequence[CaseloadPerson], use_names: bool) -> dict[int, str]:
    if use_names:
        return {p.id: p.name for p in chosen}
    label = translate("SupervisionNotes", "Person {letter}")
    return {p.id: label.format(letter=pseudonym_label(n).removeprefix("Person "))
            for n, p in enumerate(chosen)}


def _next_step(person: CaseloadPerson) -> Paragraph:
    if not person.next_step and person.next_due is None:
        return Paragraph(translate("SupervisionNotes", "Next step agreed: none written down."), quiet=True)
    if person.next_due is None:
        return Paragraph(translate("SupervisionNotes", "Next step agreed: {step}").format(step=person.next_step))
    return Paragraph(translate("SupervisionNotes", "Next step agreed, by {day}: {step}").format(
        day=day_text(person.next_due), step=person.next_step or "—"))


def supervision_report(store: SupporterStore, person_ids: Sequence[int], *, use_names: bool,
                       made: date) -> Report:
    """The chosen people's notes and next steps, in the order given."""
    everyone = store.people()
    chosen = [store.get_person(pid) for pid in person_ids]
    labels = _labels(chosen, use_names)
    others = translate("SupervisionNotes", "someone else you support")
    scrubber = None if use_names else people_scrubber(
        [(p.name, labels.get(p.id, others)) for p in everyone], "pseudonym")

    def hide(text: str) -> str:
        return scrubber.scrub(text) if scrubber else text

    sections: list[ReportSection] = []
    for person in chosen:
        note = store.note(person.id)
        step = _next_step(person)
        sections.append(ReportSection(key=f"person-{len(sections)}", heading=labels[person.id], blocks=(
            Paragraph(hide(step.text), quiet=step.quiet),
            Paragraph(translate("SupervisionNotes", "My notes:")),
            Paragraph(hide(note)) if note.strip()
            else Paragraph(translate("SupervisionNotes", "No notes written."), quiet=True),
        )))
    naming = (translate("SupervisionNotes", "People are named as in my caseload.") if use_names else
              translate("SupervisionNotes", "People are not named: each is Person A, Person B and so on, "
                                            "and names in the notes are replaced the same way."))
    return Report(
        title=translate("SupervisionNotes", "Notes for supervision"),
        period=translate("SupervisionNotes", "Made {day}").format(day=day_text(made)),
        about=("", translate("SupervisionNotes", "Made {day}").format(day=day_text(made)),
               translate("SupervisionNotes", "These are my own notes as a supporter and the next steps I "
                                             "agreed with people. They are not anyone's journal and not "
                                             "what people shared with me."),
               naming),
        sections=tuple(sections),
        footer=translate("SupervisionNotes", "A supporter's own notes — private, for supervision"),
        page_template=translate("SupervisionNotes", "Page {n} of {total}"),
    )
