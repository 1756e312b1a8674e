"""How a shared whole support plan reads: every part from format version 3, the old three
lists from a version-2 file."""

from __future__ import annotations

from peerjournal.core.support_plan import LIST_FIELDS, PAIRED

from peerjournal.ui.sharing.share_view_connecting import connecting_html, support_plan_html


def test_every_part_reads_in_the_plan_order_with_paired_items():
    plan = {field: [] for field in LIST_FIELDS}
    plan |= {"keep_well": ["Walks"], "triggers": [{"text": "Bills", "response": "One letter <b>a</b> day"}],
             "early_signs": [{"text": "", "response": "Tell Priya"}, {"text": "Staying in", "response": ""}],
             "places_avoid": ["Ward 4"], "reasons": ["Pip"], "contacts": ["Person A"],
             "not_involved": ["Person B"], "services": [], "updated": None}
    html = support_plan_html(plan)
    order = [html.index(t) for t in ("Walks", "Bills → One letter &lt;b&gt;a&lt;/b&gt; day",
                                     "→ Tell Priya", "Staying in", "Ward 4", "Pip", "Person A", "Person B")]
    assert order == sorted(order)
    assert "Things that can set me off" in html and "Reasons that matter to me" in html
    assert "People I don&#x27;t want involved" in html and set(PAIRED) <= set(plan)


def test_a_version_2_plan_still_reads():
    html = connecting_html({"support_plan": {
        "keep_well": ["Walks"], "early_signs": ["Not sleeping"], "what_helps": [],
        "contacts": [], "services": [], "updated": None}})
    assert "Things that keep me well" in html and "Not sleeping" in html
    assert "No support plan written yet." in support_plan_html({})
