"""Names hidden in the support plan: a paired item's response is scrubbed like its sign."""

from __future__ import annotations

from peerjournal.core.records import Person
from peerjournal.core.summary.hidden_names import hide_names
from peerjournal.core.summary.model import SummaryData
from peerjournal.core.support_plan import SupportPlan


def test_a_name_in_a_response_is_replaced_by_its_label():
    priya = Person("Priya Shah", id=1)
    plan = SupportPlan(breakdown_signs=("Priya Shah notices I'm quiet",),
                       breakdown_needs=("Call Priya Shah",), reasons=("Priya Shah",))
    data = hide_names(SummaryData(people=(priya,), support_plan=plan), {1: "Person A"}, "pseudonym")
    hidden = data.support_plan
    assert isinstance(hidden, SupportPlan)
    assert hidden.items("breakdown_signs") == (("Person A notices I'm quiet", "Call Person A"),)
    assert "Priya" not in repr(hidden)
