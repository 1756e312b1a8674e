<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="81"/>
        <source>…{what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="89"/>
        <source>You didn&apos;t take the resource check in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="91"/>
        <source>Your check on {day}: someone came to mind for {n} of the {total} questions you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="99"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="124"/>
        <source>Resting on one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="100"/>
        <source>{question} Only {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="104"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="127"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="107"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="128"/>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="110"/>
        <source>This was your first check, so there is nothing earlier to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="113"/>
        <source>Since your check on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="122"/>
        <source>The same as last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="123"/>
        <source>{part}: questions with someone went from {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="126"/>
        <source>Someone now: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="129"/>
        <source>More people now for {n} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="131"/>
        <source>More people now: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="133"/>
        <source>Nobody this time: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="167"/>
        <source>No goals were set, worked on or looked back on in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="170"/>
        <source>What you wrote about each goal and in your reviews is left out, as your notes are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="174"/>
        <source>Set on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="175"/>
        <source>At the end of this period: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="178"/>
        <source>Helping with it: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="180"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="170"/>
        <source>What might get in the way: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="183"/>
        <source>Why it matters: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="184"/>
        <source>First step: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="185"/>
        <source>What could help: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="195"/>
        <source>How it went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="296"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="297"/>
        <source>friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="298"/>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="299"/>
        <source>professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="300"/>
        <source>neighbours, colleagues and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="306"/>
        <source>close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="307"/>
        <source>middle circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="308"/>
        <source>outer circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="316"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="328"/>
        <source>Nobody was on your map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="333"/>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="336"/>
        <source>One person ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="339"/>
        <source>All {group} ({total} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="341"/>
        <source>Mostly {group} ({count} of {total} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="344"/>
        <source>A mix of {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="346"/>
        <source>A varied mix: {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="348"/>
        <source>; nobody in the close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="207"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="67"/>
        <source>after a resource check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="208"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="68"/>
        <source>saved by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="218"/>
        <source>No snapshots of your network were taken in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Close circle</source>
        <translation type="unfinished">Enger Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Middle circle</source>
        <translation type="unfinished">Mittlerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="226"/>
        <source>Outer circle</source>
        <translation type="unfinished">Äußerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="226"/>
        <source>In all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="227"/>
        <source>The shape of your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="228"/>
        <source>{day}: {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="232"/>
        <source>Only one snapshot was taken in this period, so there is nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="236"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="216"/>
        <source>From {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="247"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="82"/>
        <source>{name} ({relationship}, {circle})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="252"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="106"/>
        <source>Nobody new, moved or gone between these two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="254"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="107"/>
        <source>{new} new, {moved} moved circle, {gone} no longer on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="256"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="88"/>
        <source>New: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="258"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="90"/>
        <source>Moved closer: {name}, from the {before} to the {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="259"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="91"/>
        <source>Moved further out: {name}, from the {before} to the {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="263"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="94"/>
        <source>No longer on the map: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="266"/>
        <source>People in the {circle}: {before} then, {after} at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="150"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="150"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="189"/>
        <source>Days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="190"/>
        <location filename="../../peerjournal/core/summary/report.py" line="258"/>
        <source>Days with a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="191"/>
        <location filename="../../peerjournal/core/summary/report.py" line="258"/>
        <source>Check-ins</source>
        <translation type="unfinished">Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="192"/>
        <location filename="../../peerjournal/core/summary/report.py" line="259"/>
        <source>Average mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="194"/>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="195"/>
        <source>Different people you were in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="196"/>
        <source>Activities</source>
        <translation type="unfinished">Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="198"/>
        <source>In this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="198"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="199"/>
        <source>What went with better days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="206"/>
        <source>Patterns about the people you named are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="212"/>
        <source>On days you saw someone in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="213"/>
        <source>On days with an activity under &quot;{label}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="214"/>
        <source>On days you were in touch with {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="220"/>
        <source>{opening}, your mood averaged {with_mood:.1f} (over {with_days}); on other days {without_mood:.1f} (over {without_days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="232"/>
        <source>No mood check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="235"/>
        <source>Check-ins on {logged} of {days}, on average {average}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="239"/>
        <source>It ranged from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="241"/>
        <source>Days without a check-in are left as gaps, never counted as low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="243"/>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="262"/>
        <source>Feelings you noted most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="264"/>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="264"/>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="268"/>
        <source>Check-in: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="291"/>
        <source>{bars} bars from {first} to {last}, {total} {unit} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="296"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="301"/>
        <source>No contacts noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="308"/>
        <source>Contacts each week, by way of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="309"/>
        <source>Contacts each month, by way of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="310"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="312"/>
        <source>Who you were in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <location filename="../../peerjournal/core/summary/report.py" line="395"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>In person</source>
        <translation type="unfinished">Persönlich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="316"/>
        <source>{way} with {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>Last in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="350"/>
        <source>No activities noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="358"/>
        <source>Activities each week, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="359"/>
        <source>Activities each month, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="360"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="369"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>With others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="371"/>
        <source>How it felt, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="374"/>
        <source>{title} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="390"/>
        <source>No people are in your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="395"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="395"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="395"/>
        <source>Can help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="396"/>
        <source>Days in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="396"/>
        <location filename="../../peerjournal/core/summary/report.py" line="470"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="406"/>
        <source>Who can help with what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="408"/>
        <source>Kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="408"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="413"/>
        <source>Where nobody is down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="416"/>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="428"/>
        <source>No in-person contact is noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="430"/>
        <source>You saw someone in person on the last day of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="432"/>
        <source>At the end of this period it had been {days} since you last saw someone in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="435"/>
        <source>{name}: {days} since you were last in touch, at the end of this period; usually about every {usual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="439"/>
        <source>Nobody has gone longer than usual without being in touch, by the end of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="452"/>
        <source>What keeps me well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="453"/>
        <source>Early signs that things are getting harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="454"/>
        <source>What helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="460"/>
        <source>{name} ({relationship})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="464"/>
        <source>People I can call on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="467"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="469"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="469"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="469"/>
        <source>How to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="473"/>
        <source>Your support plan has nothing in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="521"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="524"/>
        <source>Period: {period} ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="525"/>
        <source>Made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="526"/>
        <source>In this summary: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="527"/>
        <source>Your notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="528"/>
        <source>Your notes are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="529"/>
        <source>How people appear: {naming}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="530"/>
        <source>This summary is private: it holds only what you chose, and you decide who sees it. There are no scores here, just pictures of what you noted, to talk about in whatever way helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="537"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="44"/>
        <source>In the close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="45"/>
        <source>In the middle circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="46"/>
        <source>In the outer circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="49"/>
        <source>Down for practical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="50"/>
        <source>Down for emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="51"/>
        <source>Down for advice / information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="52"/>
        <source>Down for company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="53"/>
        <source>Down for help in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="97"/>
        <source>Not in touch yet: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="329"/>
        <source>Nobody is on your map yet; people you add will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="337"/>
        <source>One person so far ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="348"/>
        <source>; nobody in the close circle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="69"/>
        <source>your network today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="76"/>
        <source>Now ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="77"/>
        <source>{date} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="99"/>
        <source>Not in touch for {days} days: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="70"/>
        <source>Things that keep me well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="71"/>
        <source>Early signs that I&apos;m struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="72"/>
        <source>What helps then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="120"/>
        <source>{n} of {total} with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="162"/>
        <source>look back on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="164"/>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="166"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="166"/>
        <source>What could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="196"/>
        <source>In the {circle} circle: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="206"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="206"/>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="206"/>
        <source>outer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="210"/>
        <source>{day} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDataPage</name>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="38"/>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="56"/>
        <source>About your data</source>
        <translation type="unfinished">Über deine Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="41"/>
        <source>Everything you write in PeerJournal stays on this computer. This page says where it is kept, what protects it, and what leaves it only when you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="99"/>
        <source>Opens the folder in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="105"/>
        <source>Where your journal lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="106"/>
        <source>Your journal is one file on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="108"/>
        <source>Show the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="109"/>
        <source>Show the folder your journal is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="112"/>
        <source>Where your journal file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="114"/>
        <source>PeerJournal has no account and no cloud, and it doesn&apos;t send your journal anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="118"/>
        <source>It is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="120"/>
        <source>The file is encrypted with SQLCipher (AES-256), using a key made from your passphrase. Without the passphrase it can&apos;t be read: someone who copies the file, or takes your computer, sees only scrambled data. Anything half-typed when the journal locks is kept in the same encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="125"/>
        <source>While the journal is open, anyone at your computer can see it. That&apos;s why it locks itself after a few minutes without use, and when your screen locks or the computer sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="130"/>
        <source>If you forget your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="132"/>
        <source>Nobody can open your journal without its passphrase: not PeerJournal, not the people who made it, not anyone. There is no reset and no back door, so a forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="136"/>
        <source>Backups are locked with the passphrase the journal had when each one was made, so they need it too. After you change your passphrase, older backups still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="139"/>
        <source>If it helps, keep your passphrase written down somewhere safe that only you can get to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="143"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="145"/>
        <source>An encrypted backup is made each day you use PeerJournal. You can choose how many to keep, and restore one, on the Security page. They are kept here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="149"/>
        <source>Show the &amp;backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="150"/>
        <source>Show the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="153"/>
        <source>Where your backups are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="156"/>
        <source>The settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="158"/>
        <source>Choices such as reminder times, how soon the journal locks and how PeerJournal looks are kept in a small settings file, which is not encrypted. It holds nothing you wrote: no entries, no notes and no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="165"/>
        <source>Where the settings file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="168"/>
        <source>What sharing sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="170"/>
        <source>Sharing makes a file for one supporter, such as a peer worker. It holds only the period and the parts you pick; notes go in only if you tick them, and you choose how people are named. Before it is saved you see exactly what they will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="174"/>
        <source>The file is encrypted so that only that supporter can open it (or locked with a passphrase you tell them separately), and signed so they can tell it came from you. PeerJournal doesn&apos;t send it: you pass it on yourself. No copy is kept; the sharing history notes only what you gave, to whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="181"/>
        <source>Taking all your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="183"/>
        <source>“Take all my data” in the Journal menu saves everything in your journal as CSV and JSON files, for your own use: to keep, to open in a spreadsheet, or to start a new journal from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="187"/>
        <source>Those files are not encrypted: anyone who gets hold of them can read them. The same goes for a summary saved as a PDF. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="195"/>
        <source>Could not open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="196"/>
        <source>Your file manager could not be opened. The folder is:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="26"/>
        <source>Type the date, or press Alt+Down to choose it on a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="31"/>
        <source>Type the time; the up and down arrow keys change the hours or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="38"/>
        <source>Scroll with the arrow keys, Page Up and Page Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="60"/>
        <source>Saves and closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="61"/>
        <source>Uses what you chose and closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="62"/>
        <source>Closes this window without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="63"/>
        <source>Closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="196"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="197"/>
        <source>A few words about what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="198"/>
        <source>e.g. Walk by the river, art group, shift at the café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="199"/>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="200"/>
        <source>Choose the kind of activity. The list can be changed under Journal, Feelings and kinds of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="201"/>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="202"/>
        <source>How the activity felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="203"/>
        <source>Note about the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="204"/>
        <source>Anything to remember? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="206"/>
        <source>Wh&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="207"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="208"/>
        <source>Who was &amp;there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="209"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="210"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="98"/>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="103"/>
        <source>A name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="106"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="107"/>
        <source>Who they are to you: family, friend, worker and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="118"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="119"/>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="120"/>
        <source>Adds them to your people and to this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="124"/>
        <source>Cancel without adding anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="125"/>
        <source>Closes this window without adding anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="129"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="131"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="137"/>
        <source>They join your people. You can add more about them on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="49"/>
        <source>PeerJournal keeps running in the tray so it can gently remind you at the times you chose. Your journal is locked now; click the tray icon to open it again.

You can change this on the Prompts page, or choose Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="204"/>
        <source>Your journal opened, but part of it could not be read: the file may be damaged, or the disk may have a problem. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="226"/>
        <source>Your journal was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="227"/>
        <source>Your journal was damaged, so the newest good backup has been put in its place. The damaged file is kept, unchanged, at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="360"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="360"/>
        <source>The passphrase this backup was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="367"/>
        <source>This backup can&apos;t be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="368"/>
        <source>{problem} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="374"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="381"/>
        <source>Keep the restored journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="382"/>
        <source>Your journal now holds what the backup held. Keep it? If you choose Go back, the journal as it was before the restore comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="383"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="383"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="398"/>
        <source>{app} is still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="23"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="28"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="30"/>
        <source>How PeerJournal looks: following your computer&apos;s light or dark setting, always light, always dark, or high contrast. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="34"/>
        <source>Follow my computer (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="35"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="36"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="37"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="42"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="49"/>
        <source>High contrast uses black, white and yellow with thick outlines around whatever has the keyboard focus. Text size follows your computer&apos;s font settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="12"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="12"/>
        <source>Every few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="13"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="13"/>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="14"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="14"/>
        <source>Every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="27"/>
        <source>How often to stay in touch with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="29"/>
        <source>How often to stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="30"/>
        <source>Choices for how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="31"/>
        <source>A gentle prompt comes when it has been longer than this since you were in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="42"/>
        <source>Every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Also in the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="122"/>
        <source>already in People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="124"/>
        <source>also earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="131"/>
        <source>1 phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="132"/>
        <source>{n} phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="135"/>
        <source>1 e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="136"/>
        <source>{n} e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="138"/>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="140"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="47"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="48"/>
        <source>Last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="48"/>
        <source>Journal fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="71"/>
        <source>{name}: files: {count}, the last {last}. Journal fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPane</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="17"/>
        <source>No one has shared anything with you yet.

When someone you support would like to share part of their journal with you:
1. Give them your key (above), or the key file.
2. They add you on the Sharing page of their PeerJournal, and you read the fingerprint aloud to each other to check it matches.
3. They choose what to share, see it first, and save a locked file.
4. They give you the file. Open it here with File ▸ Open shared file (Ctrl+O), or drop it on this window.

Only you can open files made for your key. What you import stays encrypted in your supporter journal on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="30"/>
        <source>Choose someone on the left to see what they shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="46"/>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="61"/>
        <source>People you support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="47"/>
        <source>Choose someone with the up and down arrow keys to see what they shared and your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="52"/>
        <source>&amp;Open shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="54"/>
        <source>Open a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="56"/>
        <source>Opens a .pjshare file someone shared with you (Ctrl+O). You can also drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="64"/>
        <source>…or drop a .pjshare file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="25"/>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="41"/>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="42"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="27"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="28"/>
        <source>The passphrase your journal opens with now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="29"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="30"/>
        <source>The passphrase your journal will open with from now on. Nobody can recover it if it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="31"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="32"/>
        <source>The new passphrase again, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="34"/>
        <source>Your journal will be re-encrypted with the new passphrase. Backups and shared files made earlier still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="38"/>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="43"/>
        <source>Re-encrypts your journal with the new passphrase. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="45"/>
        <source>Closes this window. The passphrase stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="49"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="50"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="51"/>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="61"/>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="80"/>
        <source>The passphrase could not be changed. Your journal still opens with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="32"/>
        <source>Suggestions for {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectingDialogs</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="51"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="55"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="56"/>
        <source>Closes this window without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="28"/>
        <source>Connecting</source>
        <translation type="unfinished">Verbindungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="39"/>
        <source>Parts of the Connecting page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="40"/>
        <source>Do I know someone who could…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="41"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="42"/>
        <source>Places and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="43"/>
        <source>Network over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="45"/>
        <source>A short check of who you could call on, and what it showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="46"/>
        <source>Small goals: plan, do, and look back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="47"/>
        <source>Groups, clubs, services and places you go to or might try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="48"/>
        <source>Snapshots of your network, compared between two dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="112"/>
        <source>Who you were in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="113"/>
        <source>How you were in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="114"/>
        <source>In person, by phone, by message and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="116"/>
        <source>How long, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="117"/>
        <source>Optional; you can leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="120"/>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="121"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="122"/>
        <source>How the contact felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="123"/>
        <source>Note about the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="123"/>
        <source>How did it go? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="125"/>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="126"/>
        <source>Ho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="127"/>
        <source>How &amp;long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="128"/>
        <source>How it f&amp;elt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="129"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactHistoryModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="163"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="163"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="164"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="165"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="166"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCsv</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="46"/>
        <source>The journal&apos;s secret keys (for signing what you share and opening replies): a new journal makes its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="48"/>
        <source>Drafts: half-typed text kept while the journal was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="49"/>
        <source>Reminder bookkeeping: when each prompt was last shown, put off or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="51"/>
        <source>Which kind of file the journal is (a new journal says it itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="259"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="259"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="284"/>
        <source>mood (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="285"/>
        <source>mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="286"/>
        <source>energy (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="287"/>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="288"/>
        <source>feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="266"/>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="289"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="300"/>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="315"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="301"/>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="302"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="264"/>
        <source>how it felt (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="265"/>
        <source>how it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="313"/>
        <source>kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="314"/>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="326"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="327"/>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="328"/>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="329"/>
        <source>can help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="330"/>
        <source>stay in touch every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="331"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="332"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="334"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="334"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="349"/>
        <source>Your PeerJournal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="351"/>
        <source>THESE FILES ARE NOT ENCRYPTED. Anyone who gets hold of them can read everything in them: how you felt, the people in your life and your notes. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="356"/>
        <source>Taken from your journal on {when} (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="358"/>
        <source>Dates and times in the files are in this computer&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="359"/>
        <source>The files are CSV (comma-separated values) in UTF-8; a spreadsheet opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="361"/>
        <source>Text that starts with =, +, - or @ has an apostrophe put in front, so a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="365"/>
        <source>moods.csv, contacts.csv, activities.csv and people.csv are made to be easy to read. The other files are the rest of your journal as it is stored, one file for each table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="370"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="373"/>
        <source>Not included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="376"/>
        <source>To start a new journal from your data, use the JSON file from “Take all my data” (not these CSV files) with “Start from a data file” when PeerJournal creates a new journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="51"/>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="51"/>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="52"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="52"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="53"/>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="54"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="89"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="91"/>
        <source>The day and time of this entry. Type them, or press Alt+Down for a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="96"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="125"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="131"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="133"/>
        <source>Saves this check-in to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="134"/>
        <source>Saves this contact to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="135"/>
        <source>Saves this activity to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="137"/>
        <source>Saves your changes. Undo on the Edit menu takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="140"/>
        <source>Closes this window without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="81"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="81"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="98"/>
        <source>Made {made}, imported {imported}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="74"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="74"/>
        <source>Type a feeling and press Enter, or click below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="96"/>
        <source>Feeling: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="97"/>
        <source>Chooses this feeling, or takes it off again. From the keyboard, type it in the feelings field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="137"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="139"/>
        <source>Type a feeling and press Enter to add or remove it. Chosen: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="79"/>
        <source>Change this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="79"/>
        <source>A new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="158"/>
        <source>Something small and your own, like “find a walking group” or “call my brother once a week”. You can change it, pause it or let it go at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="111"/>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="112"/>
        <source>e.g. find a walking group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="113"/>
        <source>Why it matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="114"/>
        <source>What would be different? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="115"/>
        <source>A first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="116"/>
        <source>The smallest thing you could do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="129"/>
        <source>Might get in the way: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="130"/>
        <source>Tick anything that might make this harder. It is just for planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="134"/>
        <source>Something else that might get in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="135"/>
        <source>Separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="136"/>
        <source>Anything else, in your words (commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="117"/>
        <source>What could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="118"/>
        <source>Someone to go with, a bus pass, going early… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="86"/>
        <source>Day to look back on this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="88"/>
        <source>On this day the Prompts page can remind you to look back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="143"/>
        <source>Who is helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="144"/>
        <source>Someone from your people who is helping with this (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="145"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="92"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="92"/>
        <source>A place or group from the Connecting page (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="93"/>
        <source>Nowhere in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="162"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="164"/>
        <source>Saves this goal to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="163"/>
        <source>Save this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="166"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="167"/>
        <source>&amp;Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="168"/>
        <source>&amp;First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="169"/>
        <source>Might get in the wa&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="172"/>
        <source>What could &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="173"/>
        <source>&amp;Look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="174"/>
        <source>Who is helpi&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="175"/>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="30"/>
        <source>anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="31"/>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="32"/>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="33"/>
        <source>not knowing anyone there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="34"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="35"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="39"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="39"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="40"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="40"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="41"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="41"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="42"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="42"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="43"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="43"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="44"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="44"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="53"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="54"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="55"/>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="56"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="66"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="67"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="68"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="74"/>
        <source>it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="75"/>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="76"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="79"/>
        <source>picked up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="80"/>
        <source>paused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="81"/>
        <source>let go — plans change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="82"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="55"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="55"/>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="82"/>
        <source>ready to look back on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="109"/>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="109"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="111"/>
        <source>New goal (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="117"/>
        <source>Goals, grouped by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="118"/>
        <source>Choose a goal to see its plan and how it has gone. F2 changes it, Delete deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="123"/>
        <source>Goal list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="130"/>
        <source>No goals yet. A goal can be small: “say hello to a neighbour”, “find out when the library group meets”. Gaps in “Do I know someone who could…?” can become goals too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="157"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="157"/>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="158"/>
        <source>Might get in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="159"/>
        <source>What could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="159"/>
        <source>Who is helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="160"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="160"/>
        <source>Look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="162"/>
        <source>How it has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="163"/>
        <source>History of this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="164"/>
        <source>Each time you looked back on this goal, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="167"/>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="168"/>
        <source>Look back on this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="169"/>
        <source>Opens a short look back: did it happen, what got in the way, what next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="170"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="171"/>
        <source>Change this goal&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="172"/>
        <source>Opens this goal&apos;s plan to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="173"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="290"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="174"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="291"/>
        <source>Pause this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="175"/>
        <source>A paused goal waits, with its history kept, until you pick it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="176"/>
        <source>&amp;Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="177"/>
        <source>Let this goal go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="178"/>
        <source>That&apos;s fine — plans change. Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="180"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="180"/>
        <source>Delete this goal and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="181"/>
        <source>Deletes this goal and its history, after asking. Letting it go keeps the history instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="198"/>
        <source>Choose a goal to see its plan and how it has gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="222"/>
        <source>Ready to look back on, whenever suits you: {goals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="262"/>
        <source>{status} — ready to look back on, whenever suits you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="293"/>
        <source>&amp;Pick up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="294"/>
        <source>Pick this goal up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="318"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="335"/>
        <source>Saved.</source>
        <translation type="unfinished">Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="331"/>
        <source>Saved. This goal is done; its history stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="332"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="354"/>
        <source>Paused. It&apos;s here whenever you want to pick it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="333"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="359"/>
        <source>Let go. That&apos;s fine — plans change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="344"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="356"/>
        <source>Picked up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="367"/>
        <source>Delete this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="368"/>
        <source>Delete “{title}” and its history? This can&apos;t be undone. (Letting it go keeps its history.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="370"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="370"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="371"/>
        <source>Not deleted</source>
        <translation type="unfinished">Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="82"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="81"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="111"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="117"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="113"/>
        <source>What your entries show over time. There are no scores here, just pictures of what you noted, to use however helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="129"/>
        <source>Kinds of insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="118"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="79"/>
        <source>The same numbers as the chart. The arrow keys move between the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="119"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="193"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="120"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="277"/>
        <source>Contacts and activities</source>
        <translation>Kontakte und Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="121"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="294"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="122"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="321"/>
        <source>My network</source>
        <translation>Mein Netzwerk</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="124"/>
        <source>Your mood over time, as a chart and in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="125"/>
        <source>A square for each day of a year, coloured by mood, with words in a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="126"/>
        <source>Contacts and activities each week, and how many people each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="127"/>
        <source>What tends to go with your better days, and who you haven&apos;t seen for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="128"/>
        <source>A map of your circles, and who can help with what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="132"/>
        <source>Export summary as P&amp;DF…</source>
        <translation type="unfinished">Zusammenfassung als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="134"/>
        <source>Export a summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="136"/>
        <source>Charts and tables for a period you choose, to print or take to a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="157"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="158"/>
        <source>How far back the mood chart goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="165"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="418"/>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="167"/>
        <source>Show the mood numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="169"/>
        <source>Shows or hides a table with the same numbers as the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="171"/>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="176"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="259"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="194"/>
        <source>The year the grid below shows, a square for each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="202"/>
        <source>Choose a day to see what you noted then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="205"/>
        <source>Entries on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="206"/>
        <source>What you noted on the day chosen in the grid above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="208"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="214"/>
        <source>Colour key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="217"/>
        <source>No check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="232"/>
        <source>Time range for contacts and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="233"/>
        <source>How far back the charts below go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="238"/>
        <source>Contacts each week, by way of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="240"/>
        <source>Activities each week, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="242"/>
        <source>Different people in touch each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="244"/>
        <source>Show as tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="246"/>
        <source>Show the numbers as tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="248"/>
        <source>Shows or hides tables with the same numbers as the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="250"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="268"/>
        <source>Contacts each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="251"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="269"/>
        <source>Activities each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="252"/>
        <source>People each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="270"/>
        <source>Different people you were in touch with, each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="285"/>
        <source>Better days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="286"/>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="301"/>
        <source>Hover over or choose a person to see more. Drag someone to another circle to move them, or choose them with the arrow keys and press Ctrl+Up or Ctrl+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="529"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="306"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="316"/>
        <source>Who can help with what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="307"/>
        <source>For each kind of help, who you said can give it. The arrow keys move between the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="324"/>
        <source>Save a &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="326"/>
        <source>Save a snapshot of your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="328"/>
        <source>Keeps a dated copy of this map, to compare with later on the Connecting page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="340"/>
        <source>Save a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="343"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="343"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="345"/>
        <source>Saved a snapshot of {people} on {date}. To compare it with another date, see Connecting, Network over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="418"/>
        <source>Hide the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="429"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="429"/>
        <source>Mood that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="429"/>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="452"/>
        <source>nothing noted that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="454"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="456"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="470"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="478"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="470"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="478"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="483"/>
        <source>People</source>
        <translation type="unfinished">Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="484"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="484"/>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="496"/>
        <source>Nothing to show here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="516"/>
        <source>{name} can help: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="517"/>
        <source>{name} is not down to help: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="37"/>
        <source>Give this key to the people you support. They add it on the Sharing page of their PeerJournal, then you read the fingerprint aloud to each other: it should be the same on both screens. The key only lets them lock files for you and check that replies are from you, so it is safe to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="51"/>
        <source>Your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="59"/>
        <source>Your public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="60"/>
        <source>To give to the people you support. It can be selected and copied, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="68"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="68"/>
        <source>Copy your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="69"/>
        <source>Copies your key, so you can paste it into a message to the person you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="72"/>
        <source>Save &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="72"/>
        <source>Save your key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="73"/>
        <source>Saves your key in a small text file you can send. It holds only your public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="77"/>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="83"/>
        <source>Fingerprint to compare aloud: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="98"/>
        <source>Your key is copied. Paste it into a message to the person you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="102"/>
        <source>Save your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="102"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="110"/>
        <source>Key file not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="112"/>
        <source>Your key is saved in {name}. It holds only your public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineListEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="143"/>
        <source>Edit this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="160"/>
        <source>F2 changes the chosen line, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="171"/>
        <source>New line for “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="175"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="176"/>
        <source>Add this line to “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="177"/>
        <source>Add the line (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="181"/>
        <source>Remove the chosen line from “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="182"/>
        <source>Remove the chosen line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="182"/>
        <source>Move the chosen line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="183"/>
        <source>Move the chosen line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="228"/>
        <source>Type something first, then press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="231"/>
        <source>This list can hold at most {limit} lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListOrderButtons</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="75"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="77"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="78"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="79"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="80"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="120"/>
        <source>Feelings and kinds of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="122"/>
        <source>These are the words offered when you write an entry. Removing one does not change entries that already use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="126"/>
        <source>Your feelings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="126"/>
        <source>New feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="127"/>
        <source>Add to the feelings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="128"/>
        <source>Remove the chosen word from the feelings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="132"/>
        <source>Your list of kinds of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="132"/>
        <source>New kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="133"/>
        <source>Add to the kinds of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="134"/>
        <source>Remove the chosen kind of activity from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="141"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="142"/>
        <source>&amp;Feelings</source>
        <translation type="unfinished">&amp;Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="143"/>
        <source>&amp;Kinds of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="144"/>
        <source>The feelings offered in a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="145"/>
        <source>The kinds of activity offered when you log one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="147"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="148"/>
        <source>Closes this window. Changes to the lists are already saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDrafts</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="295"/>
        <source>The goal you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="241"/>
        <source>The goal you were looking back on when the journal locked is no longer open to look back on, so what you wrote could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="151"/>
        <source>The place you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="222"/>
        <source>The entry you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="28"/>
        <source>Your unsaved typing could not be kept because the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="30"/>
        <source>Your unsaved typing could not be kept because saving it did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="32"/>
        <source>Which reminders you had already seen could not be noted because the disk is full, so one may come again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="35"/>
        <source>Which reminders you had already seen could not be noted, so one may come again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="38"/>
        <source>Your journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="39"/>
        <source>Once there is some free space on the disk, PeerJournal can save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="63"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="63"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="64"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="64"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="65"/>
        <source>Connecting</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="65"/>
        <source>Support plan</source>
        <translation>Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="66"/>
        <source>Prompts</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="66"/>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="67"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="67"/>
        <source>About your data</source>
        <translation>Über deine Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="92"/>
        <source>{app} — demo journal</source>
        <translation>{app} — Demo-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="148"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="149"/>
        <source>The up and down arrow keys choose a page; Ctrl+1 to Ctrl+0 go straight to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="183"/>
        <source>Demo journal
sample data, deleted when you quit</source>
        <translation>Demo-Tagebuch
Beispieldaten, werden beim Beenden gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="106"/>
        <source>Your journal is open. It is encrypted on this computer.</source>
        <translation>Dein Tagebuch ist geöffnet. Es ist auf diesem Computer verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="211"/>
        <source>&amp;New check-in</source>
        <translation>&amp;Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="213"/>
        <source>Log a &amp;contact…</source>
        <translation>&amp;Kontakt eintragen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="215"/>
        <source>Log an &amp;activity…</source>
        <translation>&amp;Aktivität eintragen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="217"/>
        <source>New &amp;goal…</source>
        <translation>Neues &amp;Ziel…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="219"/>
        <source>Feelings and &amp;kinds of activity…</source>
        <translation>Gefühle und A&amp;rten von Aktivitäten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="221"/>
        <source>&amp;My support plan</source>
        <translation>&amp;Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="223"/>
        <source>&amp;Share with a supporter…</source>
        <translation>Mit einer Unterstützungsperson &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="225"/>
        <source>Open a &amp;reply from a supporter…</source>
        <translation>Ant&amp;wort einer Unterstützungsperson öffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="227"/>
        <source>Export summary as P&amp;DF…</source>
        <translation>Zusammenfassung als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="230"/>
        <source>&amp;Import people from a contacts file (vCard)…</source>
        <translation>Menschen aus einer Kontaktdatei (vCard) &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="232"/>
        <source>&amp;Take all my data…</source>
        <translation>Alle meine Daten mitnehm&amp;en…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="234"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="236"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="237"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="238"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="241"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="251"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="254"/>
        <source>About your &amp;data</source>
        <translation>Über deine &amp;Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="258"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="275"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="278"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="331"/>
        <source>I&apos;ll ask again at {time}.</source>
        <translation>Ich frage um {time} Uhr noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="333"/>
        <source>I&apos;ll ask again {day} at {time}.</source>
        <translation>Ich frage am {day} um {time} Uhr noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="341"/>
        <source>Could not add this person</source>
        <translation>Diese Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="345"/>
        <source>Added {name} to your people. You can add more about them on the People page.</source>
        <translation>{name} ist jetzt bei deinen Menschen. Mehr kannst du auf der Seite „Menschen“ eintragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="366"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="370"/>
        <source>Changes saved. Undo with Ctrl+Z.</source>
        <translation>Änderungen gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="377"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="389"/>
        <source>Cannot edit</source>
        <translation>Kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="396"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="397"/>
        <source>Delete the check-in from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Den Check-in vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="398"/>
        <source>Delete the contact from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Den Kontakt vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="399"/>
        <source>Delete the activity from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Die Aktivität vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="401"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="407"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="409"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="415"/>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="416"/>
        <source>Your journal now opens with the new passphrase.</source>
        <translation>Dein Tagebuch öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="434"/>
        <source>Saved the summary as {name}.</source>
        <translation>Die Zusammenfassung ist als {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="462"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="464"/>
        <source>A private journal of how you feel, the people in your life and what you do. Everything stays on this computer, encrypted with your passphrase. Nothing is sent anywhere.</source>
        <translation>Ein privates Tagebuch darüber, wie es dir geht, über die Menschen in deinem Leben und was du tust. Alles bleibt auf diesem Computer, verschlüsselt mit deiner Passphrase. Nichts wird irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>MoodForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="45"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="46"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="48"/>
        <source>Note about how you feel</source>
        <translation>Notiz dazu, wie es dir geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="49"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="51"/>
        <source>&amp;Mood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="52"/>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="53"/>
        <source>&amp;Feelings</source>
        <translation>&amp;Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="54"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>MoodLineChart</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="146"/>
        <source>Mood over time chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="172"/>
        <source>No mood check-ins in these {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="173"/>
        <source>No mood check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="175"/>
        <source>Mood from {start} to {end}: check-ins on {logged} of {days} days, on average {average}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="179"/>
        <source>It ranged from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="183"/>
        <source>The most recent 7-day average is {average}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="184"/>
        <source>Days without a check-in are left as gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="250"/>
        <source>Each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="250"/>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodSwatch</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="538"/>
        <source>No check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkHistoryWidget</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="90"/>
        <source>Your network at different times. A snapshot is saved with each resource check, and you can save one yourself whenever you like. Choose two dates to see what changed; nothing here is a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="107"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="196"/>
        <source>Saved snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="108"/>
        <source>Copies of your network map from earlier dates. Choose one to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="112"/>
        <source>&amp;Save a snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="112"/>
        <source>Save a snapshot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="113"/>
        <source>Keeps a copy of your network map as it is today, to compare with later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="116"/>
        <source>&amp;Delete the chosen snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="116"/>
        <source>Delete the chosen snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="117"/>
        <source>Deletes the snapshot chosen in the list, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="120"/>
        <source>Earlier date to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="121"/>
        <source>The map on the left shows your network on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="122"/>
        <source>Later date to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="123"/>
        <source>The map on the right shows your network on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="135"/>
        <source>Network map at the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="136"/>
        <source>Network map at the second date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="153"/>
        <source>Choose a person on a map to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="162"/>
        <source>What changed between the two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="163"/>
        <source>Who joined, left or moved circle, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="165"/>
        <source>How many people, on each date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="166"/>
        <source>How many people were in each circle, or could give each kind of help, on the two dates. The arrow keys move between the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="168"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="168"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="184"/>
        <source>Compare &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="185"/>
        <source>&amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="190"/>
        <source>A thick ring marks someone who is new, or in another circle, compared with the other date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="203"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="206"/>
        <source>How many, on each date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="253"/>
        <source>No snapshots yet. Save one now to compare with later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="262"/>
        <source>Now (your network today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="264"/>
        <source>{date} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="273"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="273"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="274"/>
        <source>{date}: {reason}, {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="208"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="289"/>
        <source>Network over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="305"/>
        <source>Both sides show the same date; choose another to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="310"/>
        <source>Nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="317"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="324"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="341"/>
        <source>Save a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="353"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="362"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="354"/>
        <source>Delete the snapshot of {date}? Your people and entries stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="356"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
</context>
<context>
    <name>NetworkKeys</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="35"/>
        <source>Move &amp;closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="36"/>
        <source>Move &amp;further out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="55"/>
        <source>Use the arrow keys to choose a person, then Ctrl+Up or + to move them to a closer circle and Ctrl+Down or - to move them further out. You can also drag them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="102"/>
        <source>{name} is already in the {circle}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="46"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="66"/>
        <source>last in touch {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="67"/>
        <source>not in touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="72"/>
        <source>1 day in touch in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="73"/>
        <source>{n} days in touch in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="79"/>
        <source>{n} in the close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="80"/>
        <source>{n} in the middle circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="81"/>
        <source>{n} in the outer circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="139"/>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="173"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="190"/>
        <source>The same people are in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="191"/>
        <source>What changed is listed in words below the maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="192"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="192"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="193"/>
        <source>{people}: {circles}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="45"/>
        <source>Today</source>
        <translation type="unfinished">Heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="47"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="69"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="70"/>
        <source>Last in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="155"/>
        <source>Not in touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="127"/>
        <source>{circle}, 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="128"/>
        <source>{circle}, {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="141"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="149"/>
        <source>{name} is archived. Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleOrderEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="278"/>
        <source>People I can contact, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="280"/>
        <source>Delete removes the chosen person from the plan, Alt+Up and Alt+Down move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="284"/>
        <source>Choose someone from your people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="285"/>
        <source>Someone to add to the plan with the button beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="286"/>
        <source>Add to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="287"/>
        <source>Add the chosen person to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="288"/>
        <source>Adds the person chosen beside it to the end of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="291"/>
        <source>Remove the chosen person from my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="292"/>
        <source>Remove from the plan (Delete); they stay in People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="293"/>
        <source>Move the chosen person up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="293"/>
        <source>Move the chosen person down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="338"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="359"/>
        <source>People you add on the People page can be chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="361"/>
        <source>Everyone on your People page is in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="46"/>
        <source>Add the people in your life — family, friends, neighbours, groups, professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="47"/>
        <source>Choose someone to see your contact history with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="83"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="96"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="103"/>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="105"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="106"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="290"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="340"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="107"/>
        <source>Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="108"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="111"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="356"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="117"/>
        <source>Find a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="118"/>
        <source>Find by name  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="121"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="125"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="177"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="126"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="178"/>
        <source>Opens a form to add someone to your people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="128"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="129"/>
        <source>Import people from a contacts file (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="130"/>
        <source>Choose a contacts file from your phone or e-mail, then tick who to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="132"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="132"/>
        <source>Show archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="133"/>
        <source>Also lists people you archived, so you can look at them or restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="138"/>
        <source>People, grouped by circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="140"/>
        <source>Choose someone to see their details and contact history. F2 edits them, Delete deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="148"/>
        <source>People list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="188"/>
        <source>Log a contact with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="189"/>
        <source>Opens a new contact with this person filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="190"/>
        <source>Edit this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="191"/>
        <source>Opens this person&apos;s details to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="193"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="292"/>
        <source>Archive this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="194"/>
        <source>Archiving takes someone out of the forms and keeps their history; restoring brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="195"/>
        <source>Delete this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="196"/>
        <source>Deletes this person after asking. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="257"/>
        <source>No one called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="290"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="292"/>
        <source>Restore this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="296"/>
        <source>People who appear in your journal can be archived instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="297"/>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="300"/>
        <source>Restore them first to log a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="313"/>
        <source>Couldn&apos;t open this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="337"/>
        <source>Archive {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="338"/>
        <source>{name} will be hidden from your lists. Everything you have noted with them stays in your journal, and you can restore them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="340"/>
        <source>Keep in my lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="346"/>
        <source>Couldn&apos;t change this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="353"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="354"/>
        <source>{name} will be removed from your journal.

You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="356"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="362"/>
        <source>Couldn&apos;t delete this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="156"/>
        <source>People</source>
        <translation type="unfinished">Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="156"/>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="224"/>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="225"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="226"/>
        <source>Takes {name} off this entry. They stay in your people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="235"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="237"/>
        <source>Type a name and press Enter to add them. New names become new people. Chosen: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonBundle</name>
    <message>
        <location filename="../../peerjournal/storage/people/bundle.py" line="181"/>
        <source>{name} can&apos;t be brought back: someone else in your journal has their place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="55"/>
        <source>{some} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="86"/>
        <location filename="../../peerjournal/ui/people/person_details.py" line="115"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="87"/>
        <source>Your contacts with this person, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="95"/>
        <source>Contact rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="96"/>
        <source>Contact history columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="101"/>
        <source>Select all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="124"/>
        <source> · Archived (their history is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="127"/>
        <source>Last in touch: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="128"/>
        <source>Not in touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="130"/>
        <source>They can give {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="135"/>
        <source>Contact history with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="139"/>
        <source>No contacts noted with {name} yet. They will show here when you log one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="43"/>
        <source>Close: the first you&apos;d turn to. Middle: now and then. Outer: less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="61"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="61"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="66"/>
        <source>A name or nickname, or a group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="69"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="70"/>
        <source>Who they are to you: family, friend, worker and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="72"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="94"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="95"/>
        <source>Outer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="110"/>
        <source>They can give: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="111"/>
        <source>Tick the kinds of help you could ask this person for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="76"/>
        <source>Notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="76"/>
        <source>Anything you want to remember (optional)</source>
        <translation type="unfinished">Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="122"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="123"/>
        <source>Save this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="124"/>
        <source>Saves this person to your journal. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="127"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="127"/>
        <source>Closes this window without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="134"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="135"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="136"/>
        <source>&amp;Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="138"/>
        <source>They can &amp;give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="139"/>
        <source>Stay in &amp;touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="140"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="139"/>
        <source>Name for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="141"/>
        <source>Only for you; it is never shared. It must be different from everyone else&apos;s in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="148"/>
        <source>Uses this name and closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="149"/>
        <source>Closes this window; nothing is added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="169"/>
        <source>Please give this person a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="172"/>
        <source>You already have someone called {name}. Please choose a different name, so you can always tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="43"/>
        <source>Your notes stay in your supporter journal and are never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="50"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="97"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="97"/>
        <source>Rename this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="98"/>
        <source>Changes the name you know them by here (F2). The name is only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="100"/>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="100"/>
        <source>Delete this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="101"/>
        <source>Deletes them, the files they shared and your notes, after asking. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="103"/>
        <source>&amp;Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="103"/>
        <source>Write a reply to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="104"/>
        <source>Notes, places and goals for them to accept in their own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="114"/>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="146"/>
        <source>Files they shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="115"/>
        <source>Newest first. Choose a file with the up and down arrow keys to read it beside this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="122"/>
        <source>Delete this fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="122"/>
        <source>Delete the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="123"/>
        <source>Deletes the chosen file from your supporter journal, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="128"/>
        <source>Your private notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="129"/>
        <source>Saved as you type. Your notes stay in your supporter journal and are never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="130"/>
        <source>Anything you want to remember for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="150"/>
        <source>Your private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="164"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="164"/>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="165"/>
        <source>{files} · added {day} · their journal&apos;s fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="233"/>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="238"/>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonUses</name>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="27"/>
        <source>contacts you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="28"/>
        <source>activities you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="29"/>
        <source>your support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="30"/>
        <source>a saved “Do I know someone who could…?” check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="31"/>
        <source>a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="32"/>
        <source>a share with a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="34"/>
        <source>somewhere else in your journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="46"/>
        <source>Change a place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="47"/>
        <source>Add a place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="54"/>
        <source>Name of the place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="55"/>
        <source>e.g. Tuesday walking group, the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="56"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="57"/>
        <source>A walk, a craft group, advice on benefits… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="58"/>
        <source>When it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="59"/>
        <source>e.g. Tuesdays 10 till 12 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="60"/>
        <source>How to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="61"/>
        <source>e.g. bus 12 to the market (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="62"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="63"/>
        <source>A name, phone number or website (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="64"/>
        <source>Notes about this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="65"/>
        <source>Anything you want to remember (optional)</source>
        <translation type="unfinished">Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="68"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="68"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="69"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="69"/>
        <source>How to &amp;get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="70"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="70"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="73"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="75"/>
        <source>Saves this place or group to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="74"/>
        <source>Save this place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="45"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="46"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="46"/>
        <source>Last there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="76"/>
        <source>Local groups, clubs, services and places you go to or might like to try. When you log an activity you can say where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="79"/>
        <source>&amp;Add a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="80"/>
        <source>Add a place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="82"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="83"/>
        <source>Change this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="85"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="86"/>
        <source>Remove this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="81"/>
        <source>Opens a form for a group, club, service or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="84"/>
        <source>Opens the chosen place to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="87"/>
        <source>Removes the chosen place after asking. Activities logged there stay in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="94"/>
        <source>Places and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="95"/>
        <source>Choose a place to see its details, the activities there and linked goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="97"/>
        <source>Place list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="105"/>
        <source>No places yet. Add a group you go to, or one you&apos;d like to try one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="125"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="125"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="126"/>
        <source>How to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="126"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="127"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="128"/>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="136"/>
        <source>Activities here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="129"/>
        <source>Activities you logged at this place, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="130"/>
        <source>Goals linked to this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="131"/>
        <source>Your goals that name this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="138"/>
        <source>Goals linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="189"/>
        <source>{day}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="192"/>
        <source>Nothing logged here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="196"/>
        <source>{title} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="199"/>
        <source>No goals linked to this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="227"/>
        <source>Remove this place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="228"/>
        <source>Remove “{name}” from your places? Activities logged there stay in your journal, and goals linked to it keep going without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="230"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="230"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="231"/>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="21"/>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="22"/>
        <source>Note who I was in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="23"/>
        <source>Note what I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="24"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="25"/>
        <source>Note a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="26"/>
        <source>Look at who I can call on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="27"/>
        <source>Look back on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="39"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="51"/>
        <source>Opens what this reminder asks about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="53"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="55"/>
        <source>Remind me later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="57"/>
        <source>Opens a short menu: in 15 minutes, in an hour, or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="61"/>
        <source>In 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="61"/>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="62"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="67"/>
        <source>No, thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="69"/>
        <source>Dismiss this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="70"/>
        <source>Puts this reminder away. Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="95"/>
        <source>Log a contact with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="100"/>
        <source>1 more reminder after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="102"/>
        <source>{n} more reminders after this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="56"/>
        <source>A check-in (mood, who, what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="57"/>
        <source>Who was I in touch with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="58"/>
        <source>What did I do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="59"/>
        <source>Stay in touch with people I chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="61"/>
        <source>Now and then, offer to look at who I can call on (“Do I know someone who could…?”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="63"/>
        <source>When a goal is ready to look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="79"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="81"/>
        <source>weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="83"/>
        <source>weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="88"/>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="89"/>
        <source>who I was in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="90"/>
        <source>what I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="91"/>
        <source>{time}, {days}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="119"/>
        <source>Prompts</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="122"/>
        <source>PeerJournal can gently ask how you are, who you were in touch with and what you did. It never nags: at most a few times a day, never in your quiet hours, and you can say “later” or “no, thanks” to any prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="127"/>
        <source>&amp;Remind me gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="129"/>
        <source>Remind me gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="130"/>
        <source>Turns all prompts on or off. Your choices below are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="141"/>
        <source>Prompt settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="147"/>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="164"/>
        <source>When to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="167"/>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="169"/>
        <source>The times you&apos;ll be asked. Choose one, then Remove takes it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="171"/>
        <source>Time of the new reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="172"/>
        <source>When a new reminder comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="180"/>
        <source>Remind on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="181"/>
        <source>A day the new reminder comes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="186"/>
        <source>What the new reminder asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="187"/>
        <source>A whole check-in, or only who you were in touch with or what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="190"/>
        <source>&amp;Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="190"/>
        <source>Add this reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="191"/>
        <source>Adds a reminder at the time, on the days and asking what you chose just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="194"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="194"/>
        <source>Remove the chosen reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="195"/>
        <source>Takes the reminder chosen in the list off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="202"/>
        <source>&amp;Quiet hours: no prompts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="204"/>
        <source>Use quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="205"/>
        <source>No prompts at all between the two times that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="206"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="207"/>
        <source>When quiet hours begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="208"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="208"/>
        <source>When quiet hours end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="212"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="225"/>
        <source>What to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="232"/>
        <source>Tick the prompts you&apos;d like; untick any you&apos;d rather not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="245"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="246"/>
        <source>Time for stay-in-touch prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="247"/>
        <source>Stay-in-touch prompts come from this time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="251"/>
        <source>At most this many prompts a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="252"/>
        <source>Never more prompts than this in one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="254"/>
        <source>A gentle hello after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="255"/>
        <source>Stay-in-touch prompts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="256"/>
        <source>At most, prompts a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="257"/>
        <source>Offer “Do I know someone who could…?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="268"/>
        <source>How often to offer a look at who you can call on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="270"/>
        <source>Counted from the last time you took the check. “No, thanks” puts it off for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="271"/>
        <source>about every 2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="271"/>
        <source>about every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="272"/>
        <source>about every 4 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="272"/>
        <source>about every 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="273"/>
        <source>about once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="283"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="288"/>
        <source>People to stay in touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="289"/>
        <source>Choose how often you&apos;d like to be in touch. This stays in your encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="293"/>
        <source>How often to stay in touch with each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="294"/>
        <source>Each person, with a choice of how often. Tab moves from one choice to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="297"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="297"/>
        <source>Stay in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="296"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="60"/>
        <source>A gentle hello after days without time with someone noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="240"/>
        <source>Days without time with someone before a gentle hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="242"/>
        <source>After this many days without time with someone noted (a contact, or an activity together), a kind hello comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="306"/>
        <source>How prompts appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="307"/>
        <source>Show &amp;names in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="309"/>
        <source>Show names in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="310"/>
        <source>Off: notifications only say things like “Time for your check-in”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="311"/>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="313"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="315"/>
        <source>Closing the window leaves PeerJournal locked in the tray, so prompts still come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="316"/>
        <source>Start with my &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="318"/>
        <source>Start PeerJournal with my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="320"/>
        <source>Starts PeerJournal when you log in. It still asks for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="324"/>
        <source>This desktop has no tray, so prompts appear in the window as a banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="371"/>
        <source>No reminder times yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="401"/>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="435"/>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="463"/>
        <source>Saved.</source>
        <translation type="unfinished">Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="406"/>
        <source>Please choose at least one day for the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="410"/>
        <source>That reminder time is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="432"/>
        <source>Start with my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="433"/>
        <source>That could not be changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="180"/>
        <source>Do I know someone who could {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="187"/>
        <source>Who could {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="189"/>
        <source>Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="191"/>
        <source>Add someone new who could {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="194"/>
        <source>Opens a small form to add someone who isn&apos;t in your people yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="25"/>
        <source>Replies from your supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="38"/>
        <source>A supporter can send you a reply file with a note, places or groups to try and goals you talked about. You choose what to add; nothing is added without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="33"/>
        <source>&amp;Open a reply from a supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="34"/>
        <source>Open a reply from a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="35"/>
        <source>Choose a reply file, read it, and decide what to add. Nothing is added without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="42"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="42"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="42"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="42"/>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="44"/>
        <source>Replies you have opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="45"/>
        <source>Each reply you opened, who from, and what you added or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="45"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="50"/>
        <source>No replies opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="52"/>
        <source>Read a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="52"/>
        <source>Read the chosen reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="53"/>
        <source>Shows the chosen reply&apos;s note and suggestions, with what you accepted and declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="92"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="108"/>
        <source>Reply finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="124"/>
        <source>{what} can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="134"/>
        <source>Please give the place or group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="145"/>
        <source>Please give the goal a few words, for example “find a walking group”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="166"/>
        <source>Your name can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="170"/>
        <source>The notes can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="173"/>
        <source>A reply can hold at most {n} suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="177"/>
        <source>A suggestion is in the reply twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="179"/>
        <source>Please write a note or add a suggestion before saving the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="203"/>
        <source>This person&apos;s journal gave no key for replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="299"/>
        <source>This reply would be too large to open. Please make the notes shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="323"/>
        <source>This file is locked with a passphrase, so it is not a reply from a supporter. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="345"/>
        <source>This reply is signed by a key your journal doesn&apos;t know, so it was not opened. If it comes from {names}: they were added with an older key that has no signing part. Ask them for their updated key (their PeerJournal shows it) and add it again on the Sharing page; then open the reply again. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="375"/>
        <source>This reply is signed with an unsafe key that anyone could sign with, so who wrote it can&apos;t be known. It was not opened. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="391"/>
        <source>This reply was made for someone else and passed on to you, so it was not opened. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="417"/>
        <source>The file couldn&apos;t be read. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="413"/>
        <source>That is not a file. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyCompose</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="309"/>
        <source>Can&apos;t reply yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposeDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="70"/>
        <source>Write a reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="79"/>
        <source>Write what you agreed or want to suggest. The file is locked so that only {name}&apos;s own journal can open it, and signed with your key so it knows the reply is from you. Nothing is added to their journal unless they accept it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="111"/>
        <source>Your name, as they know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="113"/>
        <source>e.g. Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="112"/>
        <source>So they can tell the reply is from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="114"/>
        <source>Your note to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="115"/>
        <source>A few words about what you talked about, or next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="116"/>
        <source>They read it first when they open the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="117"/>
        <source>Suggestions in this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="118"/>
        <source>What the reply suggests so far; they accept or decline each one. Choose one to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="121"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="122"/>
        <source>Remove the chosen suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="123"/>
        <source>Takes the chosen suggestion out of this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="87"/>
        <source>Add a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="88"/>
        <source>A place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="89"/>
        <source>A goal or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="91"/>
        <source>Suggest a place or group to try: its name and, if you like, what, when and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="92"/>
        <source>Propose a goal or a next step, with why it matters and a first step if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="135"/>
        <source>Saving the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="136"/>
        <source>Cancel the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="137"/>
        <source>Closes this window without saving a reply; nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="140"/>
        <source>&amp;Save reply file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="140"/>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="278"/>
        <source>Save the reply file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="141"/>
        <source>Asks where to save the reply file, locked so that only their journal can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="126"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="126"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="130"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="153"/>
        <source>Name of the place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="154"/>
        <source>e.g. Riverside Walkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="155"/>
        <source>Needed to add a place; the lines below are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="156"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="157"/>
        <source>What happens there, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="158"/>
        <source>When it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="159"/>
        <source>e.g. Sundays at 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="159"/>
        <source>Days and times, if you know them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="160"/>
        <source>How to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="161"/>
        <source>A bus, the way in, or anything else that helps them get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="162"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="163"/>
        <source>A phone number, address or website, if they might want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="165"/>
        <source>Add &amp;place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="165"/>
        <source>Add this place or group to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="166"/>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="186"/>
        <source>Puts it in the list of suggestions and empties these lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="168"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="168"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="169"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="170"/>
        <source>&amp;Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="171"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="177"/>
        <source>The goal or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="178"/>
        <source>e.g. Call my brother once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="179"/>
        <source>Needed to add a goal; the lines below are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="180"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="181"/>
        <source>Why it might matter to them, in their words if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="182"/>
        <source>A first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="183"/>
        <source>A small first step, if you talked about one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="185"/>
        <source>Add &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="185"/>
        <source>Add this goal to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="188"/>
        <source>Goa&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="188"/>
        <source>Wh&amp;y it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="189"/>
        <source>&amp;First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="197"/>
        <source>A reply can hold at most 50 suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="203"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="203"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="204"/>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="244"/>
        <source>The note can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="263"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="263"/>
        <source>What you wrote in this reply will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="264"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="264"/>
        <source>Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="279"/>
        <source>PeerJournal replies (*.pjreply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="285"/>
        <source>the reply file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="301"/>
        <source>The reply could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="50"/>
        <source>A reply from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="54"/>
        <source>{name} wrote this on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="59"/>
        <source>Nothing is added to your journal unless you accept it. Choose Accept or Decline for each suggestion, then Finish. You can close this and come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="61"/>
        <source>There are no suggestions in this reply, only a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="66"/>
        <source>You haven&apos;t yet compared {name}&apos;s fingerprint with them aloud, so check with them that this reply is theirs before you accept anything (Sharing page, Mark as checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="70"/>
        <source>Their note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="72"/>
        <source>{name}&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="84"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="91"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="91"/>
        <source>Close without adding anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="92"/>
        <source>You can open the reply file again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="94"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="94"/>
        <source>Finish: add what you accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="95"/>
        <source>Adds what you accepted and nothing else. Ready once every suggestion has a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="115"/>
        <source>{decided} of {total} decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyOpen</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="134"/>
        <source>Added to your goals: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="137"/>
        <source>Added to your places and groups: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="140"/>
        <source>Not added: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="143"/>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="144"/>
        <source>The Sharing page lists the replies you have opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="154"/>
        <source>Open a reply from a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="155"/>
        <source>PeerJournal replies (*.pjreply);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="162"/>
        <source>This reply can&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyRead</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="23"/>
        <source>You declined it: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="25"/>
        <source>You accepted it: added to your goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="26"/>
        <source>You accepted it: added to your places and groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyReadDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="36"/>
        <source>A reply from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="37"/>
        <source>{name} wrote this on {written}. You finished it on {finished}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="40"/>
        <source>Their note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="42"/>
        <source>{name}&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="53"/>
        <source>Suggestions and what you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="55"/>
        <source>There were no suggestions in this reply, only a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="58"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="58"/>
        <source>Close this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="59"/>
        <source>Closes this window. Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="78"/>
        <source>A goal or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="79"/>
        <source>A place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="80"/>
        <source>{kind}: {title}. {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceCheck</name>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="50"/>
        <source>Everyday help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="51"/>
        <source>Information and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="52"/>
        <source>Emotional support</source>
        <translation type="unfinished">Emotionale Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="53"/>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="60"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="61"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="62"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="69"/>
        <source>lend me a little money in an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="70"/>
        <source>help me move house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="71"/>
        <source>look after my pet or my plants while I&apos;m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="72"/>
        <source>give me a lift somewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="73"/>
        <source>help with a small job at home, like putting up a shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="74"/>
        <source>pick up shopping or a prescription if I&apos;m unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="75"/>
        <source>tell me about finding work or volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="76"/>
        <source>help me understand benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="77"/>
        <source>give me advice about housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="78"/>
        <source>help me find my way around health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="79"/>
        <source>point me to help with a legal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="80"/>
        <source>help me fill in a form or write a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="81"/>
        <source>talk with me when I&apos;m feeling low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="82"/>
        <source>listen without judging when I&apos;m worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="83"/>
        <source>celebrate good news with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="84"/>
        <source>be there for me if things got really hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="85"/>
        <source>invite me out, or along to something they&apos;re going to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="86"/>
        <source>introduce me to new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="87"/>
        <source>join me for a walk, a meal or a cup of tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="88"/>
        <source>help me feel welcome in a group or club</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceCheckDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="83"/>
        <source>…{what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="232"/>
        <source>Do I know someone who could…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="249"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="250"/>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="252"/>
        <source>Closes the check without saving; it asks first if you have answered any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="253"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="254"/>
        <source>Back to the previous part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="255"/>
        <source>Shows the questions of the part before. Answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="256"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="257"/>
        <source>On to the next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="258"/>
        <source>Shows the questions of the next part. Answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="259"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="260"/>
        <source>Save your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="262"/>
        <source>Saves the answers you gave, from every part, as one check (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="263"/>
        <source>Save your answers (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="273"/>
        <source>For each question, think of the people you know. Answer the ones you like; you can skip any. There are no right answers: a “no” is simply somewhere you could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="300"/>
        <source>Questions: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="306"/>
        <source>Part {n} of {total}: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="321"/>
        <source>Could not add this person</source>
        <translation type="unfinished">Diese Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="386"/>
        <source>Leave the check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="387"/>
        <source>Your answers have not been saved. Leave the check and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="388"/>
        <source>Leave and lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="388"/>
        <source>Keep answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceCheckWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="81"/>
        <source>Do I know someone who could…? A short check of who you could call on for everyday help, information and advice, support, and company. Take it whenever you like. There are no right answers; a “no” is just somewhere you could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="97"/>
        <source>&amp;Take the check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="97"/>
        <source>Take the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="98"/>
        <source>Opens the questions, a part at a time. Nothing is kept until you save your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="100"/>
        <source>Edit the &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="100"/>
        <source>Edit the questions of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="102"/>
        <source>Change the wording or order of the questions, add your own, or stop asking one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="120"/>
        <source>When you have taken the check, what it shows will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="110"/>
        <source>Questions with someone, by part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="111"/>
        <source>For each part of the check, how many questions had someone, not sure, or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="112"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="125"/>
        <source>Resting on one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="127"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="129"/>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="153"/>
        <source>What the check shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="157"/>
        <source>Past checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="158"/>
        <source>Choose a check to see what it showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="161"/>
        <source>&amp;Delete this check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="161"/>
        <source>Delete the chosen check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="162"/>
        <source>Deletes the check chosen in the list, after asking. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="164"/>
        <source>&amp;Past checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="178"/>
        <source>{day}: someone for {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="210"/>
        <source>You haven&apos;t taken the check yet. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="212"/>
        <source>You last took the check on {day}. You can take it again whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="216"/>
        <source>You last took the check on {day}. It has been a few months, so you might like to take it again and see what has changed, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="223"/>
        <source>You last took the check on {day}. It will be offered again after {next}, and you can take it any time before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="233"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="235"/>
        <source>nobody named now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="238"/>
        <source>Your check on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="239"/>
        <source>Someone came to mind for {n} of the {total} questions you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="243"/>
        <source>{part}: someone for {n} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="247"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="247"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="247"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="247"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="257"/>
        <source>{question} Only {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="275"/>
        <source>Since your check on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="286"/>
        <source>Make this a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="288"/>
        <source>Make a goal: find someone who could {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="289"/>
        <source>Opens a new goal with this filled in, for you to change or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="291"/>
        <source>Find someone who could {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="292"/>
        <source>When I took the check on {day}, nobody came to mind who could {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="301"/>
        <source>The same as last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="305"/>
        <source>{part}: someone for {before} questions then, {after} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="308"/>
        <source>Someone now: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="310"/>
        <source>More people now for {n} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="314"/>
        <source>More people now: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="317"/>
        <source>Nobody this time: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="357"/>
        <source>Delete this check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="358"/>
        <source>Delete your check from {day}? This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="360"/>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="360"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="361"/>
        <source>Not deleted</source>
        <translation type="unfinished">Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ResourceItemsDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="37"/>
        <source>The questions of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="40"/>
        <source>Each question finishes “Do I know someone who could…”. Rewording a question or no longer asking it leaves your past checks just as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="44"/>
        <source>Part of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="44"/>
        <source>The list below shows the questions of this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="94"/>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="47"/>
        <source>Questions in this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="48"/>
        <source>In the order they are asked. Choose one to move it, reword it or stop asking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="50"/>
        <source>Wording of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="51"/>
        <source>for example: give me a lift somewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="104"/>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="65"/>
        <source>&amp;Add as a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="65"/>
        <source>Add the wording as a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="68"/>
        <source>&amp;Change the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="68"/>
        <source>Change the chosen question&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="71"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="158"/>
        <source>&amp;Stop asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="71"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="159"/>
        <source>Stop asking the chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="75"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="75"/>
        <source>Move the chosen question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="78"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="78"/>
        <source>Move the chosen question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="66"/>
        <source>Adds the wording above as a new question at the end of this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="69"/>
        <source>Gives the chosen question the wording above. Past checks keep the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="73"/>
        <source>Stops asking the chosen question in new checks, or asks it again. Past checks stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="76"/>
        <source>Asks the chosen question one place earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="79"/>
        <source>Asks the chosen question one place later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="84"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="85"/>
        <source>Closes this window. Your changes are already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="129"/>
        <source>{question} (not asked now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="155"/>
        <source>Ask a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="156"/>
        <source>Ask the chosen question again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="36"/>
        <source>Mood check-ins were not shared in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="86"/>
        <source>No mood check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="87"/>
        <source>Moods in this period, in their words: {words} (the most used first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="102"/>
        <source>Charts of the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="103"/>
        <source>Kinds of chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="106"/>
        <source>Contacts each week, by way of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="108"/>
        <source>Activities each week, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="112"/>
        <source>Mood</source>
        <translation type="unfinished">Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="113"/>
        <source>Contacts each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="114"/>
        <source>Activities each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="116"/>
        <source>Mood over time, with gaps where nothing was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="117"/>
        <source>How many contacts each week, by way of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="118"/>
        <source>How many activities each week, by kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="70"/>
        <source>Look back on a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="101"/>
        <source>However it went is fine. Looking back is how plans get easier to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="104"/>
        <source>Your first step was: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="111"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="111"/>
        <source>&amp;Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="112"/>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="116"/>
        <source>Did it happen: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="117"/>
        <source>However it went is fine. The arrow keys move between yes, partly and not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="123"/>
        <source>What got in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="124"/>
        <source>Anything that made it harder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="125"/>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="126"/>
        <source>A next small step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="127"/>
        <source>Next day to look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="129"/>
        <source>When to look back on this goal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="132"/>
        <source>This goal is &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="132"/>
        <source>This goal is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="133"/>
        <source>Tick if you have done what you set out to do. Its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="87"/>
        <source>Did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="88"/>
        <source>What got in the &amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="89"/>
        <source>What ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="90"/>
        <source>Look back a&amp;gain on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="78"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="139"/>
        <source>P&amp;ause this goal for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="139"/>
        <source>Pause this goal for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="141"/>
        <source>Keeps the goal and its history; you can pick it up again whenever you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="144"/>
        <source>&amp;Let this goal go — that&apos;s fine, plans change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="145"/>
        <source>Let this goal go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="146"/>
        <source>That&apos;s fine, plans change. Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="80"/>
        <source>Saves this look back to the goal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="79"/>
        <source>Save this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="168"/>
        <source>Please choose whether it happened: yes, partly or not yet. Or pause the goal, or let it go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="41"/>
        <source>Their message to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="44"/>
        <source>Since the last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="45"/>
        <source>The shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="46"/>
        <source>The file as the person saw it before saving it; read only. Scroll with the arrow keys, Page Up and Page Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="64"/>
        <source>Choose a file to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="67"/>
        <source>{period} · made {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalePicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="49"/>
        <source>{scale}: {value}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="51"/>
        <source>{label} (key {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="86"/>
        <source>nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="89"/>
        <source>Press 1 to {last} to choose. Now: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="52"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="62"/>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="69"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="70"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="71"/>
        <source>The journal locks itself after this long with no typing or clicks. Zero means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="74"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="75"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="77"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="78"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="79"/>
        <source>Locks the journal as soon as its window is minimised. Anything half-typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="81"/>
        <source>Lock the journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="83"/>
        <source>without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="86"/>
        <source>It also locks when your computer&apos;s screen locks or it goes to sleep. Anything you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="98"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="100"/>
        <source>PeerJournal makes an encrypted backup each day you use it. A backup opens with the passphrase the journal had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="104"/>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="105"/>
        <source>Older backups than this are deleted when a new one is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="109"/>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="111"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="113"/>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="117"/>
        <source>Your backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="118"/>
        <source>Choose a backup to restore it with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="119"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="119"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="120"/>
        <source>Makes an encrypted backup of your journal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="123"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="123"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="124"/>
        <source>Checks the chosen backup, then opens it. Your current journal is kept aside until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="127"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="127"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="128"/>
        <source>Choose a backup file kept somewhere else, then restore it the same careful way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="163"/>
        <source>Saved.</source>
        <translation type="unfinished">Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="173"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="189"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="194"/>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="203"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="204"/>
        <source>PeerJournal backups (*.pjbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="210"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="211"/>
        <source>Your journal will be closed and replaced by this backup. Entries made since the backup will not be in it. Your current journal is kept aside until you decide, and you will be asked for the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="213"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentReplies</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="32"/>
        <source>1 suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="33"/>
        <source>{n} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="40"/>
        <source>{day}: {suggestions} (written before replies were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="47"/>
        <source>{day}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="52"/>
        <source>A goal or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="53"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="54"/>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="56"/>
        <source>A place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="57"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="58"/>
        <source>Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="59"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="66"/>
        <source>Your reply to {name}, written on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="70"/>
        <source>This reply was written before PeerJournal kept what replies said. It held {suggestions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="76"/>
        <source>Signed as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="80"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="83"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentRepliesBox</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="116"/>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="128"/>
        <source>Replies you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="117"/>
        <source>Newest first: when you wrote each reply, and what it said. Choose one and Read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="121"/>
        <source>No replies sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="123"/>
        <source>R&amp;ead reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="123"/>
        <source>Read the chosen reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="124"/>
        <source>Shows what the chosen reply said, as you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentReplyDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="95"/>
        <source>Your reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="96"/>
        <source>The reply you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="97"/>
        <source>What the reply said, as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="100"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="100"/>
        <source>Close this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="101"/>
        <source>Closes this window. Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="407"/>
        <source>Services and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="409"/>
        <source>Choose a service to change its details below. The arrow keys move between the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="412"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="412"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="440"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="412"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="442"/>
        <source>How to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="414"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="423"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="424"/>
        <source>Adds an empty service to fill in below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="426"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="427"/>
        <source>Remove the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="428"/>
        <source>Takes the chosen service out of your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="430"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="430"/>
        <source>Move the chosen service up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="431"/>
        <source>Moves the chosen service one place earlier in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="433"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="434"/>
        <source>Move the chosen service down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="435"/>
        <source>Moves the chosen service one place later in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="438"/>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="439"/>
        <source>for example, the name of a helpline or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="441"/>
        <source>for example, “helpline, evenings”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="443"/>
        <source>a phone number, a web address or an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="446"/>
        <source>Notes about this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="447"/>
        <source>Anything to remember about this service (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="455"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="455"/>
        <source>&amp;What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="456"/>
        <source>How to &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="456"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="57"/>
        <source>The last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="58"/>
        <source>The last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="59"/>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="60"/>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="61"/>
        <source>The file will be locked with this passphrase instead of a supporter&apos;s key. Tell them the passphrase in person or by phone, not in the same email or message as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="75"/>
        <source>Share with a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="116"/>
        <source>Choose what to share. Nothing is shared unless you save the file and give it to your supporter. You will see exactly what they will see before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="142"/>
        <source>Share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="143"/>
        <source>The file is locked so that only this supporter can open it, or with a passphrase you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="145"/>
        <source>Someone without a key (lock with a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="148"/>
        <source>Passphrase for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="149"/>
        <source>Locks the file. Tell it to your supporter another way than the file, for example in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="150"/>
        <source>Passphrase for the file, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="151"/>
        <source>The same passphrase again, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="154"/>
        <source>Your name, as your supporter knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="155"/>
        <source>Optional, e.g. Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="166"/>
        <source>Period to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="173"/>
        <source>Share: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="175"/>
        <source>From Connecting and your support plan (your plan goes in as you wrote it; what you wrote about goals and services only with your notes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="167"/>
        <source>Only entries from these days go in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="174"/>
        <source>Tick to put this part in the file; untick to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="184"/>
        <source>Off unless you tick it: your notes stay out of the file, only the entries go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="186"/>
        <source>Message to your supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="187"/>
        <source>Optional: a few words that go in the file with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="188"/>
        <source>Optional: anything you&apos;d like them to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="156"/>
        <source>Share &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="158"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="159"/>
        <source>A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="162"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="190"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="192"/>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="195"/>
        <source>P&amp;eople appear as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="196"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="124"/>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="106"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="106"/>
        <source>Your choices will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="107"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="107"/>
        <source>Keep choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="124"/>
        <source>Preview what will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="125"/>
        <source>Shows exactly what your supporter will see. Nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="127"/>
        <source>Cancel sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="128"/>
        <source>Closes this window. Nothing is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="178"/>
        <source>People and network: my w&amp;hole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="179"/>
        <source>Share my whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="180"/>
        <source>Off unless you tick it: People and network lists only the people named in what you share. Tick it to list everyone in your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="202"/>
        <source>{name} (fingerprint not checked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="208"/>
        <source>You haven&apos;t yet compared {name}&apos;s fingerprint with them aloud. The file can only be opened with the key you added, so check it is really theirs (Sharing page, Mark as checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="251"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="260"/>
        <source>This is exactly what {name} will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="262"/>
        <source>This is exactly what someone with the passphrase will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="275"/>
        <source>Preview of the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="276"/>
        <source>Exactly what your supporter will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="279"/>
        <source>Words that might be names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="281"/>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="283"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="283"/>
        <source>Back to the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="284"/>
        <source>Goes back to change what is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="287"/>
        <source>&amp;Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="287"/>
        <source>Save the encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="288"/>
        <source>Choose where to save the locked file, then give it to your supporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="304"/>
        <source>Save the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="304"/>
        <source>PeerJournal shared file (*.pjshare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="327"/>
        <source>The file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/name_warning.py" line="20"/>
        <source>These words might be names or contact details. Check them before you save: {words}. To leave them out, go back and untick that part, or edit the entry in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareImporter</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="43"/>
        <source>This file can&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="124"/>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="134"/>
        <source>Something went wrong while opening this file. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="146"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="147"/>
        <source>You have already imported this file, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="164"/>
        <source>You already have someone called {name} in your list. This file uses the same name, but it was signed by a different journal (fingerprint {fingerprint}; {name}&apos;s is {theirs}). It may be from someone else. Check with {name} before you rely on it. It can only be added as a separate person; nothing is added to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="170"/>
        <source>Choose a different name for this new person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="171"/>
        <source>&amp;Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="172"/>
        <source>Adds the file as a separate person with this name; nothing is added to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="177"/>
        <source>This file comes from a journal you haven&apos;t had a file from before (fingerprint {fingerprint}). Who is it from? The name is only for you; it stays in your supporter journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="181"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="182"/>
        <source>Adds the file to your supporter journal under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="184"/>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="198"/>
        <source>Added a new person, {name}: the file for {period} is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="200"/>
        <source>Added to {name}: the file for {period} is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="207"/>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePassphraseDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="66"/>
        <source>Passphrase-protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="68"/>
        <source>“{file}” is locked with a passphrase rather than with your key. The person who made it chose the passphrase and should have told you it separately (not with the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="72"/>
        <source>The file&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="74"/>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="75"/>
        <source>Opens the file with this passphrase. Nothing is added until you say who it is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="76"/>
        <source>Closes this window; the file is not opened and nothing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="79"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="75"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="79"/>
        <source>From: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="82"/>
        <source>Notes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="83"/>
        <source>Notes not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="84"/>
        <source>Shared: {sections}. {notes} People: {naming}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="104"/>
        <source>Days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="105"/>
        <source>Check-ins</source>
        <translation type="unfinished">Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="106"/>
        <source>Average mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="109"/>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="199"/>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="110"/>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="111"/>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="212"/>
        <source>Activities</source>
        <translation type="unfinished">Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="116"/>
        <source>Contacts by how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="118"/>
        <source>Activities by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="154"/>
        <source>Energy: {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="191"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="192"/>
        <source>{how} with {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="172"/>
        <source>Felt: {felt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="107"/>
        <source>about {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="199"/>
        <source>No contacts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="200"/>
        <source>Contacts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="205"/>
        <source>(with {people})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="213"/>
        <source>No activities in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="214"/>
        <source>Activities ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="230"/>
        <source>can give {help}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="44"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="56"/>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="62"/>
        <source>You can share part of your journal with someone you trust, such as a peer worker. You choose what goes in, see it first, and save a locked file that only they can open. Nothing is ever shared unless you do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="58"/>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="58"/>
        <source>Share with a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="59"/>
        <source>Choose what to share and who with, see it first, then save a locked file (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="77"/>
        <source>Supporters, sharing history and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="87"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="88"/>
        <source>Your supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="89"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="89"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="90"/>
        <source>Fingerprint checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="91"/>
        <source>People you can share with, with their key&apos;s fingerprint and whether you compared it with them aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="95"/>
        <source>Your journal&apos;s fingerprint: {fingerprint}. Your supporter&apos;s PeerJournal shows the same digits beside your name once they open a file from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="100"/>
        <source>Mark as c&amp;hecked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="100"/>
        <source>Mark the chosen supporter&apos;s fingerprint as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="101"/>
        <source>Asks whether you and the chosen supporter read the same fingerprint aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="104"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="104"/>
        <source>Remove the chosen supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="105"/>
        <source>Removes the supporter chosen in the list, after asking. Files already given stay with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="108"/>
        <source>Supporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="109"/>
        <source>e.g. Dev (peer worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="110"/>
        <source>Supporter&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="111"/>
        <source>Paste their key: age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="114"/>
        <source>Open &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="114"/>
        <source>Open the supporter&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="115"/>
        <source>Reads the key from a file your supporter gave you, instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="120"/>
        <source>&amp;Add supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="120"/>
        <source>Add this supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="121"/>
        <source>Adds the supporter with this name and key. Compare the fingerprint with them aloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="129"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="130"/>
        <source>K&amp;ey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="142"/>
        <source>Add a supporter: ask them for their key (their PeerJournal shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="154"/>
        <source>This doesn&apos;t look like a complete key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="157"/>
        <source>Fingerprint: {fingerprint} — read it out with your supporter; theirs should show the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="162"/>
        <source>This is an older key: you can share with it, but replies from this supporter can only be opened once you add their updated key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="167"/>
        <source>Open a supporter&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="168"/>
        <source>Key files (*.txt *.age *.pub *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="176"/>
        <source>That file is too big to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="178"/>
        <source>That file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="195"/>
        <source>You both read the same fingerprint, so it is marked as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="197"/>
        <source>It is marked as not yet checked: compare the fingerprint with them when you can, then choose Mark as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="200"/>
        <source>Supporter&apos;s key updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="201"/>
        <source>{name}&apos;s key is updated: replies from them can now be opened. Their fingerprint is now {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="205"/>
        <source>Supporter added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="206"/>
        <source>{name} is added. Their fingerprint is {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="212"/>
        <source>Did you both read the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="213"/>
        <source>Read this fingerprint aloud with {name}: {fingerprint}. Their PeerJournal shows their fingerprint beside their key. Did you both read the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="216"/>
        <source>Yes, we read the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="216"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="282"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="234"/>
        <source>Remove this supporter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="235"/>
        <source>Remove {name}? You won&apos;t be able to share with them until you add their key again. Files you already gave them are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="237"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="261"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="263"/>
        <source>What you have shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="264"/>
        <source>People</source>
        <translation type="unfinished">Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="265"/>
        <source>What you gave, to whom and when. No copy of the files is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="268"/>
        <source>PeerJournal keeps this list so you always know what you have given, but no copy of the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="282"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="285"/>
        <source>Not yet checked: read the fingerprint aloud with {name}, then choose Mark as checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="292"/>
        <source>Added with an older key: replies from them can be opened once you add their updated key (paste it above with any name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="301"/>
        <source>{name} (passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="308"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="308"/>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="322"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="323"/>
        <source>The file is saved as {path}. Give it to your supporter however suits you (email, USB stick…): only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="71"/>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="71"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="72"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="72"/>
        <source>people-months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="309"/>
        <source>Nothing noted in these {n} periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="310"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="311"/>
        <source>{bars} bars from {first} to {last}, {total} {unit} in all, most in one bar {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="317"/>
        <source>By colour: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="318"/>
        <source>The same numbers are in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="21"/>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="22"/>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="24"/>
        <source>How will you use it? You can always make the other kind later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="26"/>
        <source>I keep a &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="28"/>
        <source>I keep a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="30"/>
        <source>For yourself: how you feel, the people in your life, what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="31"/>
        <source>I &amp;support people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="33"/>
        <source>I support people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="34"/>
        <source>For peer workers: open what the people you support choose to share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="43"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="45"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="46"/>
        <source>Closes {app} without making anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFromDataRow</name>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="36"/>
        <source>Start from a &amp;data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="36"/>
        <source>Start from a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="37"/>
        <source>Your new journal will hold everything in a JSON file saved with Take all my data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="39"/>
        <source>Start &amp;empty instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="39"/>
        <source>Start with an empty journal instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="40"/>
        <source>Forgets the chosen data file: your new journal starts with nothing in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="43"/>
        <source>Moving from another computer? You can start from a file saved with “Take all my data”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="56"/>
        <source>Choose a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="57"/>
        <source>PeerJournal data files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="62"/>
        <source>Your new journal will hold everything in {name}, encrypted with the passphrase you choose above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="69"/>
        <source>Your new journal will start empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="43"/>
        <source>A goal or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="43"/>
        <source>A place or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="54"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="56"/>
        <source>Accept: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="58"/>
        <source>Adds it to your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="58"/>
        <source>Adds it to your places and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="60"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="62"/>
        <source>Decline: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="63"/>
        <source>Nothing is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="70"/>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="86"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="86"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="87"/>
        <source>Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="87"/>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="89"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="89"/>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="107"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="109"/>
        <source>Will be added to your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="109"/>
        <source>Will be added to your places and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="111"/>
        <source>Declined: nothing will be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="77"/>
        <source>Export summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="84"/>
        <source>A summary to print or take to a meeting: charts and tables for the period you choose. Only what you tick goes in, and nothing is saved until you choose where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="108"/>
        <source>Period to summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="109"/>
        <source>Only entries from these days go in. “Choose dates” lets you set the two dates below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="110"/>
        <source>The last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="110"/>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="111"/>
        <source>The last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="111"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="112"/>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="120"/>
        <source>From Connecting and your support plan (what you wrote about goals and services goes in only with your notes; a part with nothing in the period says so):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="118"/>
        <source>Include: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="119"/>
        <source>Tick to put this part in the summary; untick to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="137"/>
        <source>Off unless you tick it: your notes stay out of the summary, only the entries go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="140"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="142"/>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="145"/>
        <source>People appear &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="87"/>
        <source>Making the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="92"/>
        <source>Close without saving a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="93"/>
        <source>Closes this window. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="95"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="95"/>
        <source>Choose where to save the summary, then save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="96"/>
        <source>Asks where to save, then makes the PDF, saved so that only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="130"/>
        <source>Summary figures: how my mood went with the people I na&amp;med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="131"/>
        <source>Include patterns about named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="132"/>
        <source>Off unless you tick it: sentences like “on days you were in touch with Sam your mood averaged…” name people, so they go in only when you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="187"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="187"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="195"/>
        <source>Gathering your entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="208"/>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="215"/>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="222"/>
        <source>Laying out the pages and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="235"/>
        <source>The summary could not be made. Nothing was saved; your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="236"/>
        <source>Summary not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="90"/>
        <source>Do I know someone who could…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="91"/>
        <source>Network over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPlanPage</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="63"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="141"/>
        <source>My support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="65"/>
        <source>This page is yours, to write in your own words what keeps you well and what helps when things get harder. There&apos;s no right way to fill it in and no need to do it all at once. Some people write theirs on a good day, so it&apos;s there on a harder one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="84"/>
        <source>Support plan save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="85"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="86"/>
        <source>Save my support plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="87"/>
        <source>Your plan saves itself as you go; this saves it at once (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="88"/>
        <source>Save my support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="101"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="120"/>
        <source>What keeps me well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="102"/>
        <source>for example, a walk in the morning (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="104"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="123"/>
        <source>Early signs that I&apos;m struggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="105"/>
        <source>for example, sleeping badly (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="107"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="127"/>
        <source>What helps then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="108"/>
        <source>for example, texting a friend (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="121"/>
        <source>The things, people, places and routines that help you stay well day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="124"/>
        <source>What you, or people close to you, might notice first when things start to get harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="128"/>
        <source>What you&apos;d like to do, or would like others to do, when you notice those signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="130"/>
        <source>People I can contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="131"/>
        <source>People from your People page you could reach out to, in the order you&apos;d try them. Only you decide who is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="134"/>
        <source>Services and helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="135"/>
        <source>Any services you use or might want to contact, with how to reach them. Add only the ones that are right for you; PeerJournal doesn&apos;t suggest any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="165"/>
        <source>Your changes from before the journal locked are back. They are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="194"/>
        <source>Changes not saved yet; saving in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="208"/>
        <source>Your changes from before the journal locked are back. Not saved yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="211"/>
        <source>Not saved yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="240"/>
        <source>Nothing saved yet. Your plan saves itself as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="244"/>
        <source>All changes saved (last saved {when}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterCompare</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="114"/>
        <source>This is the first file from them, so there is nothing earlier to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="69"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="73"/>
        <source>{what}: {now} (last time: {then})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="82"/>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="105"/>
        <source>{what}: the same as last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="85"/>
        <source>new this time {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="87"/>
        <source>not this time {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="88"/>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="106"/>
        <source>{what}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="99"/>
        <source>{title} (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="100"/>
        <source>{title}: {now}, was {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="103"/>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="119"/>
        <source>mood words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="122"/>
        <source>feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="124"/>
        <source>people named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="125"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="132"/>
        <source>Since the last file ({period}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="134"/>
        <source>it shared different parts of the journal, so there is nothing to set side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterDialogs</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="47"/>
        <source>PeerJournal shared files (*.pjshare);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="59"/>
        <source>{app} — supporter (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="60"/>
        <source>{app} — supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="108"/>
        <source>Demo supporter journal: sample data, deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="118"/>
        <source>Your supporter journal is open. It is encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="133"/>
        <source>&amp;Open shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="135"/>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="137"/>
        <source>&amp;Rename person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="139"/>
        <source>Delete this &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="141"/>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="143"/>
        <source>&amp;Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="144"/>
        <source>&amp;About {app}</source>
        <translation type="unfinished">&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="151"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="208"/>
        <source>Open a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="258"/>
        <source>Rename person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="258"/>
        <source>The name is only for you; it is never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="259"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="260"/>
        <source>Saves the new name and closes this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="268"/>
        <source>Not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="292"/>
        <source>The reply is saved as {file}. Give it to {name} however suits you: only their journal can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="306"/>
        <source>Delete this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="307"/>
        <source>Delete the file {name} shared for {period}?

As a supporter, it&apos;s good practice to keep only what you still need to support someone. If they want you to have it again, they can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="311"/>
        <source>Delete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="317"/>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="340"/>
        <source>Not deleted</source>
        <translation type="unfinished">Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="319"/>
        <source>The file is deleted from your supporter journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="325"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="326"/>
        <source>{n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="328"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="329"/>
        <source>Delete {name}, the {files} they shared with you and your notes about them? This can&apos;t be undone.

When you no longer support someone, it&apos;s right not to keep their information. If they share with you again later, they will appear as someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="333"/>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="342"/>
        <source>{name} and everything they shared are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="347"/>
        <source>About {app}</source>
        <translation type="unfinished">Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="348"/>
        <source>{app} {version}, supporter mode

Read what the people you support choose to share with you. Files open only with your key, are checked to come from the person&apos;s own journal, and stay encrypted on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeDataDialog</name>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="41"/>
        <source>Take all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="49"/>
        <source>Save everything in your journal, for your own use: to keep, to open in a spreadsheet, or to start a new journal from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="53"/>
        <source>These files are not encrypted. Anyone who gets hold of them can read everything in them: how you felt, the people in your life and your notes. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="90"/>
        <source>&amp;CSV files, one for each kind of entry (for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="91"/>
        <source>Save CSV files in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="92"/>
        <source>A file for each kind of entry, to open in a spreadsheet. You choose where the folder goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="95"/>
        <source>One &amp;JSON file with everything (to start a new journal from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="96"/>
        <source>Save one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="96"/>
        <source>Everything in one file, which a new journal can start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="99"/>
        <source>I &amp;understand that these files are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="100"/>
        <source>I understand that these files are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="59"/>
        <source>Left out: the journal&apos;s secret keys, drafts and reminder bookkeeping. A new journal makes its own keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="64"/>
        <source>Saving your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="65"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="67"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="67"/>
        <source>Save my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="68"/>
        <source>Asks where to save, then writes the files. Ready once you tick that you understand they are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="71"/>
        <source>Closes this window. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="110"/>
        <source>Tick that you understand the files are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="121"/>
        <source>Choose where the CSV folder goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="127"/>
        <source>Save the JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="127"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="134"/>
        <source>Reading your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="145"/>
        <source>Saving the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="170"/>
        <source>Your data is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="171"/>
        <source>Saved:
{paths}

These files are not encrypted. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="180"/>
        <source>Your data could not be saved. Your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="180"/>
        <source>Data not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="33"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="33"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="34"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="34"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="35"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="53"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="94"/>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="95"/>
        <source>Shows all entries, or only check-ins, contacts or activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="96"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="96"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="97"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="97"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="101"/>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="141"/>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="102"/>
        <source>Search notes, people and activities  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="105"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="114"/>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="115"/>
        <source>The arrow keys move between entries; Enter edits the chosen one and Delete deletes it (it asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="125"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="57"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="57"/>
        <source>Edit the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="58"/>
        <source>Opens the chosen entry to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="61"/>
        <source>Delete the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="62"/>
        <source>Deletes the chosen entry after asking. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="65"/>
        <source>Nothing here yet. Entries you save on the Today page will appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="146"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="202"/>
        <source>Showing {shown} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="204"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="206"/>
        <source>{total} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="45"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="47"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="49"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="50"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="108"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="110"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="110"/>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="111"/>
        <source>Empties the three forms. Nothing saved is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="113"/>
        <source>&amp;Save check-in</source>
        <translation>Check-in &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="113"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="142"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="115"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="114"/>
        <source>Saves what you filled in to your journal as one step (Ctrl+Enter). Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="82"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="92"/>
        <source>Saved today</source>
        <translation>Heute gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="83"/>
        <source>What you have saved today. The Timeline page has everything, to change or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="130"/>
        <source>How are you feeling?</source>
        <translation>Wie geht es dir?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="131"/>
        <source>Who were you in touch with?</source>
        <translation>Mit wem hattest du Kontakt?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="132"/>
        <source>What did you do?</source>
        <translation>Was hast du gemacht?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="136"/>
        <source>Today&apos;s forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="187"/>
        <source>{day}  ·  How is today going?</source>
        <translation>{day}  ·  Wie läuft dein Tag?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="199"/>
        <source>Nothing saved yet today.</source>
        <translation>Heute ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="226"/>
        <source>Choose a mood, a person or an activity first.</source>
        <translation>Wähle zuerst eine Stimmung, eine Person oder eine Aktivität.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="239"/>
        <source>Saved at {time}. You can undo with Ctrl+Z.</source>
        <translation>Um {time} gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="244"/>
        <source>The disk is full, so this wasn&apos;t saved. Your typing is still here: free some space, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="246"/>
        <source>The disk could not be written to, so this wasn&apos;t saved. Your typing is still here: check the disk, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="275"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="284"/>
        <source>Here is what you were writing before the journal locked. It is not saved yet.</source>
        <translation>Hier ist, was du geschrieben hast, bevor das Tagebuch gesperrt wurde. Es ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="44"/>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="45"/>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="46"/>
        <source>My support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="48"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="50"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="60"/>
        <source>Couldn&apos;t undo this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="69"/>
        <source>Couldn&apos;t redo this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="89"/>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="90"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="91"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="97"/>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="98"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="99"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="150"/>
        <source>Save check-in</source>
        <translation type="unfinished">Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="41"/>
        <source>Move {name} to the close circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="42"/>
        <source>Move {name} to the middle circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="43"/>
        <source>Move {name} to the outer circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="98"/>
        <source>Import 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="99"/>
        <source>Import {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="135"/>
        <source>Everyone from this import is named somewhere in your journal by now, so they all stay in your people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="138"/>
        <source>The people from this import are no longer in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="145"/>
        <source>Some people stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="151"/>
        <source>Took 1 person from the import out of your people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="152"/>
        <source>Took {n} people from the import out of your people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="48"/>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="81"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="106"/>
        <source>Archive {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="107"/>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="125"/>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="52"/>
        <source>Please keep your passphrase somewhere safe. Your journal is locked with it, and there is no way to get back in without it: nobody, including us, can recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="62"/>
        <source>What you type is hidden. It is never saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="105"/>
        <source>Your supporter vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="106"/>
        <source>Welcome to PeerJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="106"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="109"/>
        <source>What people share with you is kept on this computer only, encrypted with a passphrase you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="111"/>
        <source>Your journal is kept on this computer only, encrypted with a passphrase you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="113"/>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="116"/>
        <source>Journal file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="122"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="123"/>
        <source>Choose a passphrase: a few words you will remember. Nobody can recover it if it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="124"/>
        <source>Type your passphrase, then press Enter. What you type is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="125"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="126"/>
        <source>The same passphrase again, to be sure it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="127"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="133"/>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="242"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="133"/>
        <source>Show the passphrase while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="134"/>
        <source>Shows or hides what you typed. Check that nobody can see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="142"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="144"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="162"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="164"/>
        <source>Opening the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="166"/>
        <source>&amp;Restore the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="167"/>
        <source>Restore the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="168"/>
        <source>Opens the newest backup that works with this passphrase. The damaged journal is kept, not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="172"/>
        <source>Left from an earlier try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="175"/>
        <source>Re&amp;move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="175"/>
        <source>Remove what was left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="176"/>
        <source>Removes only what PeerJournal left unfinished when it was stopped while making a journal. Nothing that was ever saved is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="183"/>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="183"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="184"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="184"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="185"/>
        <source>Creates your encrypted journal with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="186"/>
        <source>Opens your journal with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="188"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="188"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="189"/>
        <source>Closes PeerJournal without opening a journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="208"/>
        <source>PeerJournal was stopped while making a journal here before, and left an unfinished copy. It holds nothing you saved. You can remove it, or just create your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="212"/>
        <source>The journal file {path} is empty: PeerJournal was stopped while making it, so nothing was ever saved in it. Remove it to create your journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="225"/>
        <source>It could not be removed: the folder may not be writable. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="242"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="281"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="284"/>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="235"/>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="304"/>
        <source>{problem} Type your passphrase and choose “Restore the newest good backup”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="310"/>
        <source>Something went wrong while opening the journal. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="320"/>
        <source>Please type your passphrase first: it is needed to check the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="329"/>
        <source>No backup opens with this passphrase. Backups made before a passphrase change need the passphrase of that time. The damaged journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="154"/>
        <source>Import people from a contacts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="171"/>
        <source>Choose a contacts file (.vcf), as phones and e-mail programs save them. You will see the names in it and choose who to add to People. Only their names are kept, unless you tick below to keep more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="176"/>
        <source>&amp;Choose a contacts file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="176"/>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="268"/>
        <source>Choose a contacts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="177"/>
        <source>Opens a file chooser for a .vcf file. Nothing is added until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="179"/>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="180"/>
        <source>Reading the contacts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="186"/>
        <source>People in the contacts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="187"/>
        <source>Tick the people to add to People. Press Space to tick or untick the chosen name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="195"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="199"/>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="199"/>
        <source>Tick everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="200"/>
        <source>Ticks every name in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="202"/>
        <source>Untick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="202"/>
        <source>Untick everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="203"/>
        <source>Unticks every name, to tick only a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="205"/>
        <source>Cards that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="211"/>
        <source>Relationship for everyone added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="212"/>
        <source>Everyone added starts with this; you can change each person on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="214"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="216"/>
        <source>Circle for everyone added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="217"/>
        <source>Everyone added starts in this circle; you can change each person on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="219"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="222"/>
        <source>Also keep &amp;phone numbers and e-mail addresses in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="223"/>
        <source>Also keep phone numbers and e-mail addresses in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="220"/>
        <source>Off unless you tick it: only names are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="225"/>
        <source>Also keep &amp;birthdays and the cards&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="226"/>
        <source>Also keep birthdays and the cards&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="227"/>
        <source>You can change each person afterwards on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="230"/>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="314"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="230"/>
        <source>Import the ticked people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="231"/>
        <source>Adds the ticked people to People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="233"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="234"/>
        <source>Closes this window without adding anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="245"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="246"/>
        <source>C&amp;ircle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="269"/>
        <source>Contacts files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="307"/>
        <source>The file could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="308"/>
        <source>Contacts file not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="314"/>
        <source>&amp;Import 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="315"/>
        <source>&amp;Import {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="336"/>
        <source>Nobody was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="340"/>
        <source>People added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="346"/>
        <source>Added 1 person to People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="347"/>
        <source>Added {n} people to People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="350"/>
        <source>1 name left unticked was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="351"/>
        <source>{n} names left unticked were not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="354"/>
        <source>Skipped because they could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="357"/>
        <source>Changed your mind? Edit ▸ Undo (Ctrl+Z) takes them out again, as long as nothing else names them yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePicker</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="33"/>
        <source>Where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="34"/>
        <source>One of your places and groups, if it was at one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="35"/>
        <source>Nowhere in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="40"/>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListEditor</name>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="56"/>
        <source>The words offered in your entries. Choose one to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="60"/>
        <source>Type a word and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="62"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="65"/>
        <source>Adds the word typed beside it to the list (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="71"/>
        <source>Takes the chosen word off the list. Entries that already use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="393"/>
        <source>Year in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="407"/>
        <source>{year}: check-ins on {logged} of {days} days, on average {average}. Days without a check-in are plain. Choose a day to see its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="411"/>
        <source>{year}: no check-ins this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="467"/>
        <source>mood {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="468"/>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="470"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="471"/>
        <source>{n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="472"/>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="473"/>
        <source>{n} activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Builder</name>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="177"/>
        <source>someone no longer in your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="446"/>
        <source>You haven&apos;t written a support plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="495"/>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="496"/>
        <source>No notes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../peerjournal/app.py" line="163"/>
        <source>This is the demo journal. Its passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../peerjournal/storage/vault/atomic.py" line="54"/>
        <source>Could not save {what}: the disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/atomic.py" line="57"/>
        <source>Could not save {what}: the disk may be full or not writable. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="27"/>
        <source>Starting PeerJournal with your computer isn&apos;t available on this system. You can add it to your login items yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="32"/>
        <source>PeerJournal runs in a sandbox here, so it can&apos;t add itself to your login items. You can add it in your system&apos;s startup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="174"/>
        <source>Could not stop PeerJournal starting with your computer: {path} could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="226"/>
        <source>Could not change whether PeerJournal starts with your computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="199"/>
        <source>Could not make a backup: the disk is full. Nothing was changed. Free some space on the disk (or choose another folder for backups), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="203"/>
        <source>Could not make a backup: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="335"/>
        <source>There is no backup at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="418"/>
        <source>That file is the journal itself, not a backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="455"/>
        <source>Could not restore the backup: the disk may be full or not writable. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="482"/>
        <source>The restored journal is still open. Close it, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="488"/>
        <source>The journal that was replaced is no longer there, so the restore can&apos;t be undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="505"/>
        <source>Could not undo the restore: the disk may not be writable. The replaced journal is still at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chosen_file</name>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="28"/>
        <source>That file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="35"/>
        <source>That is not a file PeerJournal can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="39"/>
        <source>That file is too large for PeerJournal to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_csv</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="180"/>
        <source>Could not make the folder {folder}: the disk is full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="184"/>
        <source>Could not make the folder {folder}: the disk may be full or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_export</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="118"/>
        <source>Only a journal can be taken out this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_import</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="44"/>
        <source>This file is not a PeerJournal data file, or it is damaged, so no journal was made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="55"/>
        <source>This data file was made by a newer version of PeerJournal. Please update PeerJournal to start a journal from it. Nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="68"/>
        <source>That is not a file PeerJournal can open, so no journal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="73"/>
        <source>The data file could not be read, so no journal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="78"/>
        <source>This file is too large to be a PeerJournal data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="100"/>
        <source>This data file is not from a journal, so no journal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="157"/>
        <source>A data file can only go into a new journal made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="167"/>
        <source>This journal already has entries, so a data file can&apos;t be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="101"/>
        <source>Row {row} of the {table} table in this file can&apos;t be used: {problem}. No journal was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="114"/>
        <source>{column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="116"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="131"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="216"/>
        <source>{column} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="118"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="209"/>
        <source>{column} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="133"/>
        <source>{column} is too large a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="138"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="157"/>
        <source>{column} is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="165"/>
        <source>{column} is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="172"/>
        <source>{column} is not one of the known choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="180"/>
        <source>at_utc is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../peerjournal/errors.py" line="29"/>
        <source>That passphrase doesn&apos;t open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="35"/>
        <source>The file {path} is not a PeerJournal journal, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="41"/>
        <source>This journal was saved by a newer version of PeerJournal (format {found}; this version reads up to {supported}). Please update PeerJournal to open it. The journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="54"/>
        <source>The disk is full, so this wasn&apos;t saved. Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="68"/>
        <source>The disk could not be written to, so this wasn&apos;t saved. Check that the disk is still there and has free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="76"/>
        <source>There is already a journal at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="86"/>
        <source>This shared file can&apos;t be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="93"/>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="97"/>
        <source>This file is damaged or incomplete (or it is not a PeerJournal shared file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="101"/>
        <source>This file&apos;s signature doesn&apos;t match its content. It may have been changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="105"/>
        <source>This file was made by a newer version of PeerJournal. Please update to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="109"/>
        <source>This file is too large to be a PeerJournal shared file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="113"/>
        <source>This passphrase-protected file asks for an unreasonable amount of work to open, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="117"/>
        <source>This file opened, but what is inside is not a valid PeerJournal share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="121"/>
        <source>This file has already been imported. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="125"/>
        <source>That is not a valid supporter key. A key starts with age1 and is 62 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="131"/>
        <source>This journal is damaged and can&apos;t be opened safely. Your newest good backup can be restored. The damaged file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="144"/>
        <source>This backup is damaged and can&apos;t be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="149"/>
        <source>The backup {path} seems to be open in another program, or it was not closed properly, so it can&apos;t be used as it is. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="161"/>
        <source>This reply can&apos;t be opened. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="165"/>
        <source>This reply was made for someone else&apos;s journal, so it can&apos;t be opened here. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="173"/>
        <source>This reply is signed by someone who is not one of your supporters, so it was not opened. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="181"/>
        <source>This reply is damaged or incomplete, or it was changed on the way, so it was not opened. Ask your supporter to send it again. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="189"/>
        <source>This reply was made by a newer version of PeerJournal. Please update PeerJournal to open it. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="197"/>
        <source>This file is too large to be a reply from a supporter, so it was not opened. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="205"/>
        <source>This file opened, but what is inside is not a valid reply from a supporter. Nothing in your journal was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="213"/>
        <source>You have already opened this reply and decided on its suggestions, so nothing was added again. Your earlier choices are listed on the Sharing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/signing.py" line="45"/>
        <source>This file is signed with an unsafe key that anyone could sign with, so who made it can&apos;t be known. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="89"/>
        <source>Your passphrase is right, but the beginning of the journal file is damaged, so it can&apos;t be opened. Your newest good backup can be restored. The damaged file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="24"/>
        <source>These are patterns in your own notes, not causes. Many things shape a day, and these only show what tended to happen together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="29"/>
        <source>Patterns show here once there are at least {min_days} days with a check-in on each side of a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="72"/>
        <source>On days you saw someone in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="73"/>
        <source>On days with an activity under &quot;{label}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="74"/>
        <source>On days you were in touch with {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="81"/>
        <source>{opening}, your mood averaged {with_mood} (over {with_days}); on other days {without_mood} (over {without_days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="44"/>
        <source>{name}: {days} since you were last in touch; usually about every {usual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="59"/>
        <source>No in-person contact is noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="61"/>
        <source>You saw someone in person today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="63"/>
        <source>It&apos;s been {days} since you last saw someone in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="65"/>
        <source>This month you&apos;ve been in touch with {this_month} so far; last month, {last_month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="120"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="121"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="122"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="123"/>
        <source>Year</source>
        <translation type="unfinished">Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="124"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="157"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="158"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="164"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="165"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="26"/>
        <source>Nobody is down yet for practical help. Some people find this through a neighbour, a local community group or a volunteer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="29"/>
        <source>Only professionals are down for practical help so far. Some people also find it through a neighbour, a community group or a time bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="34"/>
        <source>Nobody is down yet for emotional support. Some people find this through a peer support group or a listening line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="37"/>
        <source>Only professionals are down for emotional support so far. Some people also find it in a peer support group, a friend or a listening line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="42"/>
        <source>Nobody is down yet for advice or information. Some people find this through an advice centre, a library or a peer-led service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="45"/>
        <source>Only professionals are down for advice so far. Some people also ask others with lived experience, in a peer group or an online forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="50"/>
        <source>Nobody is down yet for company. Some people find this through a group or club, volunteering, or a drop-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="53"/>
        <source>Only professionals are down for company so far. Some people find company through a group or club, a class, or volunteering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="58"/>
        <source>Nobody is down yet for help in a crisis. Some people keep a crisis line number to hand, or ask someone they trust whether they could be on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="61"/>
        <source>Only professionals are down for help in a crisis so far. Some people also keep a crisis line number to hand, or add someone they trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="29"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="66"/>
        <source>Please use at least {n} characters. A few ordinary words in a row work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="72"/>
        <source>A passphrase cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="79"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="95"/>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="96"/>
        <source>Weak: a few more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="97"/>
        <source>Fair: one or two more words would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="98"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="99"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="72"/>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="110"/>
        <source>That is far too long to be a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="86"/>
        <source>The secret key in that file is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="102"/>
        <source>That holds more than one key. Please give just your supporter&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="114"/>
        <source>That is far too long to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="120"/>
        <source>That is not a key file with one secret key (AGE-SECRET-KEY-1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="124"/>
        <source>That is not a valid secret key (AGE-SECRET-KEY-1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="221"/>
        <source>That is not a valid PeerJournal signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="116"/>
        <source>The signing part of that key (after ed25519:) is not a safe key: anyone could sign replies with it. Please ask your supporter for their key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="121"/>
        <source>The signing part of that key (after ed25519:) is incomplete or not valid. Please copy the whole key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="126"/>
        <source>That holds more than one signing key. Please give just your supporter&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="132"/>
        <source>The fingerprint written in that key file doesn&apos;t match the key in it. Please ask your supporter for their key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="60"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="61"/>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="96"/>
        <source>What you type is hidden. It is never saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="101"/>
        <source>Goes on with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="104"/>
        <source>Closes this question. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network_history</name>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="75"/>
        <source>A snapshot needs a time with a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="78"/>
        <source>A snapshot needs a short reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="84"/>
        <source>Everyone in a snapshot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="91"/>
        <source>Unknown choice in a snapshot: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="94"/>
        <source>A last contact needs a time with a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="96"/>
        <source>{name} is in the snapshot twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="65"/>
        <source>Time for your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="66"/>
        <source>Who were you in touch with today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="67"/>
        <source>What did you do today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="68"/>
        <source>Staying in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="69"/>
        <source>A gentle hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="70"/>
        <source>Who you can call on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="71"/>
        <source>Looking back on a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="74"/>
        <source>How are you today? A short check-in takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="75"/>
        <source>Were you in touch with anyone today? A message or a chat counts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="77"/>
        <source>Did you do something today you&apos;d like to note, big or small?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="79"/>
        <source>There is someone you wanted to keep in touch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="80"/>
        <source>It&apos;s been a few days since you noted time with someone. Would you like to reach out to someone today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="84"/>
        <source>When you have a moment: would you like to look at who you can call on? It&apos;s been a few months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="87"/>
        <source>A goal is ready to look back on, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="89"/>
        <source>When you have a moment: would you like to look at who you can call on? It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="131"/>
        <source>Prompts a day must be between 1 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="133"/>
        <source>The number of days must be between 1 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="135"/>
        <source>The check can be offered every 30 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="139"/>
        <source>A reminder time can ask for a check-in, contacts or activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="142"/>
        <source>Please choose at least one day for each reminder time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="216"/>
        <source>“{title}” is ready to look back on, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="218"/>
        <source>“{title}” and one other goal are ready to look back on, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="221"/>
        <source>“{title}” and {n} other goals are ready to look back on, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="229"/>
        <source>You wanted to keep in touch with {name}. You last noted time with them on {day}. Would you like to get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="234"/>
        <source>You wanted to keep in touch with {name}. Would you like to get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="238"/>
        <source>It&apos;s been 1 day since you noted time with someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="239"/>
        <source>It&apos;s been {n} days since you noted time with someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="241"/>
        <source>{names} might be glad to hear from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="244"/>
        <source>{activity} felt good before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="246"/>
        <source>Only if it feels right today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="254"/>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../peerjournal/core/records.py" line="32"/>
        <source>Please choose a mood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="33"/>
        <source>A mood must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="34"/>
        <source>Please choose your energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="35"/>
        <source>Energy must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="36"/>
        <source>Please choose how it felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="37"/>
        <source>How it felt must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="39"/>
        <source>Please give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="40"/>
        <source>A name can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="41"/>
        <source>Please give a kind of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="42"/>
        <source>A kind of activity can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="43"/>
        <source>Please give what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="44"/>
        <source>What you did can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="45"/>
        <source>Please give a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="46"/>
        <source>A word can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="55"/>
        <source>A time must say which time zone it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="57"/>
        <source>That date is in the future. Please pick today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="78"/>
        <source>A note can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="138"/>
        <source>Unknown choice: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="160"/>
        <source>Please choose who the contact was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="164"/>
        <source>Unknown way of contact: {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="167"/>
        <source>A duration must be between 1 minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reply_repo</name>
    <message>
        <location filename="../../peerjournal/storage/sharing/replies.py" line="224"/>
        <source>Please accept or decline each suggestion first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="67"/>
        <source>That check-in is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="68"/>
        <source>That person is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="69"/>
        <source>That contact is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="70"/>
        <source>That activity is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="71"/>
        <source>That goal is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="72"/>
        <source>That place is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="73"/>
        <source>That question is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="74"/>
        <source>That check is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="75"/>
        <source>That snapshot is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="76"/>
        <source>That supporter is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="83"/>
        <source>That {what} is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="375"/>
        <source>{name} appears in your journal, so they can be archived but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="567"/>
        <source>Please choose between 1 day and a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="102"/>
        <source>Please write the question, for example “give me a lift somewhere”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="104"/>
        <source>A question can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="123"/>
        <source>Unknown part of the check: {part}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="143"/>
        <source>Unknown choice: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="147"/>
        <source>Who could {what}? Please choose someone, or pick “Not sure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="163"/>
        <source>A time must say which time zone it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="165"/>
        <source>That date is in the future. Please pick today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="168"/>
        <source>Nothing is answered yet. Answer any of the questions you like, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="173"/>
        <source>A question is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <location filename="../../peerjournal/storage/files/settings_file.py" line="157"/>
        <source>The {what} file was saved by a newer version of PeerJournal (format {found}; this version reads up to {supported}). Defaults are used for now and changes won&apos;t be saved, so nothing is lost when you go back to the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="36"/>
        <source>Mood check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="37"/>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="38"/>
        <source>Activities</source>
        <translation type="unfinished">Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="39"/>
        <source>People and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="40"/>
        <source>Summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="41"/>
        <source>My support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="42"/>
        <source>Do I know someone who could…? (resource check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="43"/>
        <source>Goals and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="44"/>
        <source>Network snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="65"/>
        <source>Full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="66"/>
        <source>First names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="67"/>
        <source>No names (Person A, Person B…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="86"/>
        <source>The end of the period is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="88"/>
        <source>The period can&apos;t end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="90"/>
        <source>Please choose at least one thing to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="92"/>
        <source>The message can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="95"/>
        <source>Your name can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="82"/>
        <source>Opening this passphrase-protected file needs about {gib} GB of free memory, more than this computer has free now. Close other programs and try again, or ask for a file made for your key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="103"/>
        <source>This share can&apos;t be made: something in it is not valid ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="112"/>
        <source>This share would be too large to open. Choose a shorter period, fewer sections or leave out the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="140"/>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="146"/>
        <source>This computer protected the file more strongly than other computers will open. Please share with your supporter&apos;s key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="158"/>
        <location filename="../../peerjournal/core/sharing/package.py" line="176"/>
        <source>The file couldn&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="160"/>
        <location filename="../../peerjournal/core/sharing/package.py" line="172"/>
        <source>That is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="187"/>
        <source>This file is protected with a passphrase, not made for your key. If you were given its passphrase, open it as a passphrase-protected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="196"/>
        <source>This file was made for a supporter&apos;s key, not protected with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="204"/>
        <source>This file was not made for your key, so it can&apos;t be opened here (or the start of the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="211"/>
        <source>That passphrase doesn&apos;t open this file (or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="253"/>
        <source>This file was made for someone else and passed on to you, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing_repo</name>
    <message>
        <location filename="../../peerjournal/storage/sharing/replies.py" line="151"/>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="117"/>
        <source>You have already added this supporter (as {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="67"/>
        <source>Please give your supporter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="70"/>
        <source>A supporter&apos;s name can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="44"/>
        <source>The end of the period is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="46"/>
        <source>The period can&apos;t end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="48"/>
        <source>Please choose at least one thing to put in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supporter_store</name>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="45"/>
        <source>That person is no longer in your supporter vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="47"/>
        <source>That shared file is no longer in your supporter vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="49"/>
        <source>That {what} is no longer in your supporter vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="96"/>
        <source>Please give this person a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="98"/>
        <source>A name can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="275"/>
        <source>A note can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="41"/>
        <source>Feeling {feelings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="42"/>
        <source>Check-in</source>
        <translation type="unfinished">Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="50"/>
        <source>{how} with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="55"/>
        <source>{text} (with {names})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="67"/>
        <source>This file is a kind of PeerJournal file this version doesn&apos;t know ({kind}). Please update PeerJournal to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="218"/>
        <source>The passphrase change could not be finished, and the journal can&apos;t be read right now. Lock it and unlock it again with your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="553"/>
        <source>There is no journal at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="30"/>
        <source>The passphrase was not changed: the disk is full. Your journal still opens with your current passphrase. Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="48"/>
        <source>The passphrase was not changed: the disk could not be written to. Your journal still opens with your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="51"/>
        <source>The passphrase could not be changed. Your journal still opens with your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="71"/>
        <source>Phone: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="72"/>
        <source>E-mail: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="75"/>
        <source>Birthday: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="124"/>
        <location filename="../../peerjournal/core/vcard.py" line="133"/>
        <source>This file is too large to be a contacts file, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="148"/>
        <source>No contacts were found in this file. A contacts file (vCard, .vcf) starts with BEGIN:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="208"/>
        <source>Card {n} could not be read: the file ends before the card does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="219"/>
        <source>Card {n} could not be read: part of it is not in the vCard format. It was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="223"/>
        <source>Card {n} has no name, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="225"/>
        <source>Card {n} has a name longer than {max} characters, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="19"/>
        <source>Very low</source>
        <translation>Sehr gedrückt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="20"/>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="21"/>
        <location filename="../../peerjournal/core/vocabulary.py" line="37"/>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="22"/>
        <location filename="../../peerjournal/core/vocabulary.py" line="30"/>
        <location filename="../../peerjournal/core/vocabulary.py" line="38"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="23"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="27"/>
        <source>Very little</source>
        <translation>Sehr wenig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="28"/>
        <source>Little</source>
        <translation>Wenig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="29"/>
        <source>Some</source>
        <translation>Etwas</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="31"/>
        <source>Lots</source>
        <translation>Viel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="35"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="36"/>
        <source>Not great</source>
        <translation>Nicht so gut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="39"/>
        <source>Really good</source>
        <translation>Richtig gut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="98"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="99"/>
        <source>Partner</source>
        <translation>Partner:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="100"/>
        <source>Friend</source>
        <translation>Freund:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="101"/>
        <source>Neighbour</source>
        <translation>Nachbar:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="102"/>
        <source>Peer / group member</source>
        <translation>Peer / Gruppenmitglied</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="103"/>
        <source>Colleague</source>
        <translation>Kolleg:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="104"/>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="105"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="109"/>
        <source>Close circle</source>
        <translation>Enger Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="110"/>
        <source>Middle circle</source>
        <translation>Mittlerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="111"/>
        <source>Outer circle</source>
        <translation>Äußerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="115"/>
        <source>Practical help</source>
        <translation>Praktische Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="116"/>
        <source>Emotional support</source>
        <translation>Emotionale Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="117"/>
        <source>Advice / information</source>
        <translation>Rat / Information</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="118"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="119"/>
        <source>Help in a crisis</source>
        <translation>Hilfe in einer Krise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="123"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="124"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="125"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="126"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="127"/>
        <source>Online group</source>
        <translation>Online-Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="131"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="132"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="133"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
</TS>
