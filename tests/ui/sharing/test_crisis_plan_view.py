"""How a shared crisis plan reads (the person's preview and the supporter's review)."""

from __future__ import annotations

from peerjournal.ui.sharing.share_view_connecting import connecting_html, crisis_plan_html


def test_the_crisis_plan_reads_in_the_plan_order_with_people_as_labels():
    html = crisis_plan_html({
        "well_like": ["Chatty"], "what_helps": ["Quiet <b>and</b> tea"], "not_helpful": [],
        "practical": [], "decisions": [], "places_prefer": [], "places_avoid": ["Ward 4"],
        "contacts": ["Person A"], "not_involved": ["Person B"],
        "services": [{"name": "Night line", "what": "", "how_to_contact": "0800 000"}], "updated": None})
    assert "My crisis plan" in html and "Quiet &lt;b&gt;and&lt;/b&gt; tea" in html  # escaped
    order = [html.index(t) for t in ("Chatty", "Person A", "Person B", "Quiet", "Ward 4", "Night line")]
    assert order == sorted(order)
    assert "People I don&#x27;t want involved" in html
    assert crisis_plan_html({}).count("No crisis plan written yet.") == 1
    assert "My crisis plan" in connecting_html({"crisis_plan": {}})
