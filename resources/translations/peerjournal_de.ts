<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="81"/>
        <source>…{what}?</source>
        <translation>…{what}?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="89"/>
        <source>You didn&apos;t take the resource check in this period.</source>
        <translation>Du hast in diesem Zeitraum keinen Ressourcen-Check gemacht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="91"/>
        <source>Your check on {day}: someone came to mind for {n} of the {total} questions you answered.</source>
        <translation>Dein Check vom {day}: Bei {n} der {total} beantworteten Fragen ist dir jemand eingefallen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Part</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="95"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="99"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="164"/>
        <source>Resting on one person</source>
        <translation>Hängt an einer Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="100"/>
        <source>{question} Only {names}.</source>
        <translation>{question} Nur {names}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="104"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="167"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="107"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="168"/>
        <source>Not sure yet</source>
        <translation>Noch unsicher</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="110"/>
        <source>This was your first check, so there is nothing earlier to compare it with.</source>
        <translation>Das war dein erster Check, darum gibt es nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="113"/>
        <source>Since your check on {day}</source>
        <translation>Seit deinem Check vom {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="122"/>
        <source>The same as last time.</source>
        <translation>Genauso wie beim letzten Mal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="123"/>
        <source>{part}: questions with someone went from {before} to {after}.</source>
        <translation>{part}: Fragen mit jemandem – von {before} auf {after}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="126"/>
        <source>Someone now: {question}</source>
        <translation>Jetzt jemand: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="129"/>
        <source>More people now for {n} questions.</source>
        <translation>Jetzt mehr Menschen bei {n} Fragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="131"/>
        <source>More people now: {question}</source>
        <translation>Jetzt mehr Menschen: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="133"/>
        <source>Nobody this time: {question}</source>
        <translation>Diesmal niemand: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="167"/>
        <source>No goals were set, worked on or looked back on in this period.</source>
        <translation>In diesem Zeitraum wurden keine Ziele gesetzt, verfolgt oder rückblickend betrachtet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="170"/>
        <source>What you wrote about each goal and in your reviews is left out, as your notes are.</source>
        <translation>Was du zu den einzelnen Zielen und in deinen Rückblicken geschrieben hast, ist nicht enthalten – genau wie deine Notizen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="174"/>
        <source>Set on {day}.</source>
        <translation>Gesetzt am {day}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="175"/>
        <source>At the end of this period: {state}.</source>
        <translation>Am Ende dieses Zeitraums: {state}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="178"/>
        <source>Helping with it: {name}</source>
        <translation>Dabei hilft: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="180"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="210"/>
        <source>What might get in the way: {words}</source>
        <translation>Was im Weg stehen könnte: {words}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="183"/>
        <source>Why it matters: {words}</source>
        <translation>Warum es wichtig ist: {words}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="184"/>
        <source>First step: {words}</source>
        <translation>Erster Schritt: {words}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="185"/>
        <source>What could help: {words}</source>
        <translation>Was helfen könnte: {words}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="195"/>
        <source>How it went:</source>
        <translation>Wie es gelaufen ist:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="300"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="301"/>
        <source>friends</source>
        <translation>Freund:innen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="302"/>
        <source>peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="303"/>
        <source>professionals</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="304"/>
        <source>neighbours, colleagues and others</source>
        <translation>Nachbar:innen, Kolleg:innen und andere</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="305"/>
        <source>people whose relationship is not set</source>
        <translation>Menschen, deren Beziehung noch nicht festgelegt ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="311"/>
        <source>close circle</source>
        <translation>enger Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="312"/>
        <source>middle circle</source>
        <translation>mittlerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="313"/>
        <source>outer circle</source>
        <translation>äußerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="314"/>
        <source>group not placed in a circle yet</source>
        <translation>noch in keinem Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="322"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="334"/>
        <source>Nobody was on your map.</source>
        <translation>Niemand war auf deiner Karte.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="339"/>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="342"/>
        <source>One person ({group})</source>
        <translation>Eine Person ({group})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="345"/>
        <source>All {group} ({total} people)</source>
        <translation>Nur {group} ({total} Menschen)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="347"/>
        <source>Mostly {group} ({count} of {total} people)</source>
        <translation>Überwiegend {group} ({count} von {total} Menschen)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="350"/>
        <source>A mix of {groups}</source>
        <translation>Gemischt: {groups}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="352"/>
        <source>A varied mix: {groups}</source>
        <translation>Bunt gemischt: {groups}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="354"/>
        <source>; nobody in the close circle</source>
        <translation>; niemand im engen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="207"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="68"/>
        <source>after a resource check</source>
        <translation>nach einem Ressourcen-Check</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="208"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="69"/>
        <source>saved by you</source>
        <translation>von dir gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="218"/>
        <source>No snapshots of your network were taken in this period.</source>
        <translation>In diesem Zeitraum wurden keine Momentaufnahmen deines Netzwerks gemacht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Close circle</source>
        <translation>Enger Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="225"/>
        <source>Middle circle</source>
        <translation>Mittlerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="226"/>
        <source>Outer circle</source>
        <translation>Äußerer Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="226"/>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="227"/>
        <source>The shape of your network</source>
        <translation>Wie dein Netzwerk aussieht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="228"/>
        <source>{day}: {shape}</source>
        <translation>{day}: {shape}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="232"/>
        <source>Only one snapshot was taken in this period, so there is nothing to compare it with.</source>
        <translation>In diesem Zeitraum wurde nur eine Momentaufnahme gemacht, darum gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="236"/>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="259"/>
        <source>From {first} to {last}</source>
        <translation>Vom {first} bis zum {last}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="247"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="83"/>
        <source>{name} ({relationship}, {circle})</source>
        <translation>{name} ({relationship}, {circle})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="252"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="107"/>
        <source>Nobody new, moved or gone between these two dates.</source>
        <translation>Zwischen diesen beiden Daten ist niemand dazugekommen, gewechselt oder weggefallen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="254"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="108"/>
        <source>{new} new, {moved} moved circle, {gone} no longer on the map.</source>
        <translation>{new} neu, {moved} in einen anderen Kreis gewechselt, {gone} nicht mehr auf der Karte.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="256"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="89"/>
        <source>New: {who}</source>
        <translation>Neu: {who}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="258"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="91"/>
        <source>Moved closer: {name}, from the {before} to the {after}</source>
        <translation>Näher gerückt: {name} – vorher {before}, jetzt {after}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="259"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="92"/>
        <source>Moved further out: {name}, from the {before} to the {after}</source>
        <translation>Weiter nach außen gerückt: {name} – vorher {before}, jetzt {after}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="263"/>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="95"/>
        <source>No longer on the map: {who}</source>
        <translation>Nicht mehr auf der Karte: {who}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/connecting.py" line="266"/>
        <source>People in the {circle}: {before} then, {after} at the end.</source>
        <translation>Menschen ({circle}): damals {before}, am Ende {after}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="160"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="160"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="199"/>
        <source>Days in the period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="200"/>
        <location filename="../../peerjournal/core/summary/report.py" line="258"/>
        <source>Days with a check-in</source>
        <translation>Tage mit Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="201"/>
        <location filename="../../peerjournal/core/summary/report.py" line="258"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="202"/>
        <location filename="../../peerjournal/core/summary/report.py" line="259"/>
        <source>Average mood</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="204"/>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="205"/>
        <source>Different people you were in touch with</source>
        <translation>Verschiedene Menschen, mit denen du Kontakt hattest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="206"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="208"/>
        <source>In this period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="208"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="209"/>
        <source>What went with better days</source>
        <translation>Was mit besseren Tagen einherging</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="216"/>
        <source>Patterns about the people you named are left out.</source>
        <translation>Muster zu den Menschen, die du genannt hast, sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="232"/>
        <source>No mood check-ins in this period.</source>
        <translation>Keine Stimmungs-Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="235"/>
        <source>Check-ins on {logged} of {days}, on average {average}.</source>
        <translation>{days} im Zeitraum, davon {logged} mit Check-in; Durchschnitt: {average}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="239"/>
        <source>It ranged from {low} to {high}.</source>
        <translation>Die Stimmung reichte von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="241"/>
        <source>Days without a check-in are left as gaps, never counted as low.</source>
        <translation>Tage ohne Check-in bleiben Lücken und zählen nie als gedrückt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="243"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="262"/>
        <source>Feelings you noted most often</source>
        <translation>Gefühle, die du am häufigsten notiert hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="264"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="264"/>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="268"/>
        <source>Check-in: {mood}</source>
        <translation>Check-in: {mood}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="291"/>
        <source>{bars} bars from {first} to {last}, {total} {unit} in all.</source>
        <translation>{bars} Balken vom {first} bis zum {last}, insgesamt {total} {unit}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="296"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="301"/>
        <source>No contacts noted in this period.</source>
        <translation>In diesem Zeitraum sind keine Kontakte notiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="308"/>
        <source>Contacts each week, by way of contact</source>
        <translation>Kontakte pro Woche, nach Art des Kontakts</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="309"/>
        <source>Contacts each month, by way of contact</source>
        <translation>Kontakte pro Monat, nach Art des Kontakts</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="310"/>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="312"/>
        <source>Who you were in touch with</source>
        <translation>Mit wem du Kontakt hattest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <location filename="../../peerjournal/core/summary/report.py" line="413"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="316"/>
        <source>{way} with {people}</source>
        <translation>{way} mit {people}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="332"/>
        <source>Last in touch</source>
        <translation>Zuletzt Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="350"/>
        <source>No activities noted in this period.</source>
        <translation>In diesem Zeitraum sind keine Aktivitäten notiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="358"/>
        <source>Activities each week, by kind</source>
        <translation>Aktivitäten pro Woche, nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="359"/>
        <source>Activities each month, by kind</source>
        <translation>Aktivitäten pro Monat, nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="360"/>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="369"/>
        <source>What you did</source>
        <translation>Was du gemacht hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="370"/>
        <source>With others</source>
        <translation>Mit anderen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="371"/>
        <source>How it felt, on average</source>
        <translation>Wie es sich angefühlt hat, im Schnitt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="374"/>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="391"/>
        <source>Noted on {days}.</source>
        <translation>Notiert an {days}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="392"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="392"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="394"/>
        <source>No tracker values noted in this period.</source>
        <translation>In diesem Zeitraum wurden keine Tracker-Werte notiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="408"/>
        <source>No people are in your list yet.</source>
        <translation>Es sind noch keine Menschen in deiner Liste.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="413"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="413"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="413"/>
        <source>Can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="414"/>
        <source>Days in touch</source>
        <translation>Tage mit Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="414"/>
        <location filename="../../peerjournal/core/summary/report.py" line="515"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="424"/>
        <source>Who can help with what</source>
        <translation>Wer bei was helfen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="426"/>
        <source>Kind of help</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="426"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="431"/>
        <source>Where nobody is down yet</source>
        <translation>Wo noch niemand eingetragen ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="434"/>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="446"/>
        <source>No in-person contact is noted in this period.</source>
        <translation>In diesem Zeitraum ist kein persönlicher Kontakt notiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="448"/>
        <source>You saw someone in person on the last day of this period.</source>
        <translation>Am letzten Tag dieses Zeitraums hast du jemanden persönlich getroffen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="450"/>
        <source>At the end of this period it had been {days} since you last saw someone in person.</source>
        <translation>Am Ende dieses Zeitraums war es {days} her, dass du zuletzt jemanden persönlich getroffen hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="453"/>
        <source>{name}: {days} since you were last in touch, at the end of this period; usually about every {usual}.</source>
        <translation>{name}: am Ende dieses Zeitraums {days} seit dem letzten Kontakt; sonst etwa alle {usual}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="457"/>
        <source>Nobody has gone longer than usual without being in touch, by the end of this period.</source>
        <translation>Am Ende dieses Zeitraums war niemand länger als sonst ohne Kontakt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="472"/>
        <source>What keeps me well</source>
        <translation>Was mir guttut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="473"/>
        <source>Early signs that things are getting harder</source>
        <translation>Frühe Anzeichen, dass es schwieriger wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="474"/>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="502"/>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="505"/>
        <source>People I can call on</source>
        <translation>Menschen, an die ich mich wenden kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="512"/>
        <source>Services</source>
        <translation>Hilfsangebote</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="514"/>
        <source>Service</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="514"/>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="514"/>
        <source>How to contact them</source>
        <translation>Wie man sie erreicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="470"/>
        <location filename="../../peerjournal/core/summary/report.py" line="479"/>
        <source>Your support plan has nothing in it yet.</source>
        <translation>Dein Unterstützungsplan ist noch leer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="585"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="588"/>
        <source>Period: {period} ({days})</source>
        <translation>Zeitraum: {period} ({days})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="589"/>
        <source>Made on {day}</source>
        <translation>Erstellt am {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="590"/>
        <source>In this summary: {sections}.</source>
        <translation>In dieser Zusammenfassung: {sections}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="591"/>
        <source>Your notes are included.</source>
        <translation>Deine Notizen sind enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="592"/>
        <source>Your notes are not included.</source>
        <translation>Deine Notizen sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="593"/>
        <source>How people appear: {naming}.</source>
        <translation>Wie Menschen genannt werden: {naming}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="594"/>
        <source>This summary is private: it holds only what you chose, and you decide who sees it. There are no scores here, just pictures of what you noted, to talk about in whatever way helps you.</source>
        <translation>Diese Zusammenfassung ist privat: Sie enthält nur, was du ausgewählt hast, und du entscheidest, wer sie sieht. Hier gibt es keine Bewertungen, nur Bilder von dem, was du notiert hast – als Gesprächsgrundlage, so wie es dir hilft.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="601"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="45"/>
        <source>In the close circle</source>
        <translation>Im engen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="46"/>
        <source>In the middle circle</source>
        <translation>Im mittleren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="47"/>
        <source>In the outer circle</source>
        <translation>Im äußeren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="50"/>
        <source>Down for practical help</source>
        <translation>Eingetragen für praktische Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="51"/>
        <source>Down for emotional support</source>
        <translation>Eingetragen für emotionale Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="52"/>
        <source>Down for advice / information</source>
        <translation>Eingetragen für Rat / Information</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="53"/>
        <source>Down for company</source>
        <translation>Eingetragen für Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="54"/>
        <source>Down for help in a crisis</source>
        <translation>Eingetragen für Hilfe in einer Krise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="98"/>
        <source>Not in touch yet: {name}</source>
        <translation>Noch kein Kontakt: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="335"/>
        <source>Nobody is on your map yet; people you add will appear here.</source>
        <translation>Noch ist niemand auf deiner Karte; Menschen, die du hinzufügst, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="343"/>
        <source>One person so far ({group})</source>
        <translation>Bisher eine Person ({group})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="354"/>
        <source>; nobody in the close circle yet</source>
        <translation>; noch niemand im engen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="70"/>
        <source>your network today</source>
        <translation>dein Netzwerk heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="77"/>
        <source>Now ({reason})</source>
        <translation>Jetzt ({reason})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="78"/>
        <source>{date} ({reason})</source>
        <translation>{date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history_text.py" line="100"/>
        <source>Not in touch for {days} days: {name}</source>
        <translation>Seit {days} Tagen kein Kontakt: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="87"/>
        <source>My support plan</source>
        <translation>Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="73"/>
        <source>Things that keep me well</source>
        <translation>Dinge, die mir guttun</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="74"/>
        <source>Early signs that I&apos;m struggling</source>
        <translation>Frühe Anzeichen, dass es mir schlechter geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="75"/>
        <source>What helps then</source>
        <translation>Was dann hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="95"/>
        <source>People I can contact, in order</source>
        <translation>Menschen, an die ich mich wenden kann, in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="102"/>
        <source>Services and helplines</source>
        <translation>Hilfsangebote und Beratungstelefone</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="110"/>
        <source>No support plan written yet.</source>
        <translation>Noch kein Unterstützungsplan geschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="112"/>
        <source>Last changed on {day}.</source>
        <translation>Zuletzt geändert am {day}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="119"/>
        <source>My crisis plan</source>
        <translation>Mein Krisenplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="132"/>
        <source>No crisis plan written yet.</source>
        <translation>Noch kein Krisenplan geschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="148"/>
        <source>Do I know someone who could…?</source>
        <translation>Kenne ich jemanden, der…?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="150"/>
        <source>No resource check was taken in this period.</source>
        <translation>In diesem Zeitraum wurde kein Ressourcen-Check gemacht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="152"/>
        <source>Taken on {day}.</source>
        <translation>Gemacht am {day}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="160"/>
        <source>{n} of {total} with someone</source>
        <translation>{n} von {total} mit jemandem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="190"/>
        <source>Goals and reviews</source>
        <translation>Ziele und Rückblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="192"/>
        <source>No goals in this period.</source>
        <translation>Keine Ziele in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="202"/>
        <source>look back on {day}</source>
        <translation>Rückblick am {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="204"/>
        <source>with {name}</source>
        <translation>mit {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="206"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="206"/>
        <source>What could help</source>
        <translation>Was helfen könnte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="236"/>
        <source>In the {circle} circle: {names}</source>
        <translation>Im {circle} Kreis: {names}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="240"/>
        <source>Not placed in a circle yet: {names}</source>
        <translation>Noch in keinem Kreis: {names}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="245"/>
        <source>Network snapshots</source>
        <translation>Momentaufnahmen des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="247"/>
        <source>No snapshots of the network were saved in this period.</source>
        <translation>In diesem Zeitraum wurden keine Momentaufnahmen des Netzwerks gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="249"/>
        <source>close</source>
        <translation>engen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="249"/>
        <source>middle</source>
        <translation>mittleren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="249"/>
        <source>outer</source>
        <translation>äußeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="253"/>
        <source>{day} ({reason})</source>
        <translation>{day} ({reason})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view_connecting.py" line="254"/>
        <source>{n} people: {circles}</source>
        <translation>{n} Menschen: {circles}</translation>
    </message>
</context>
<context>
    <name>AboutDataPage</name>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="38"/>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="56"/>
        <source>About your data</source>
        <translation>Über deine Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="41"/>
        <source>Everything you write in PeerJournal stays on this computer. This page says where it is kept, what protects it, and what leaves it only when you choose.</source>
        <translation>Alles, was du in PeerJournal schreibst, bleibt auf diesem Computer. Diese Seite sagt, wo es gespeichert ist, was es schützt und was es nur dann verlässt, wenn du es willst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="99"/>
        <source>Opens the folder in your file manager.</source>
        <translation>Öffnet den Ordner in deinem Dateimanager.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="105"/>
        <source>Where your journal lives</source>
        <translation>Wo dein Tagebuch gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="106"/>
        <source>Your journal is one file on this computer:</source>
        <translation>Dein Tagebuch ist eine einzige Datei auf diesem Computer:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="108"/>
        <source>Show the &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="109"/>
        <source>Show the folder your journal is in</source>
        <translation>Den Ordner anzeigen, in dem dein Tagebuch liegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="112"/>
        <source>Where your journal file is</source>
        <translation>Wo deine Tagebuchdatei liegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="114"/>
        <source>PeerJournal has no account and no cloud, and it doesn&apos;t send your journal anywhere.</source>
        <translation>PeerJournal hat kein Konto und keine Cloud und sendet dein Tagebuch nirgendwohin.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="116"/>
        <source>Updating PeerJournal, or uninstalling it, leaves your journal, its backups and the settings file where they are. Before you set up this computer again or move to a new one, copy them somewhere safe.</source>
        <translation>Wenn du PeerJournal aktualisierst oder deinstallierst, bleiben dein Tagebuch, seine Sicherungen und die Einstellungsdatei, wo sie sind. Bevor du diesen Computer neu einrichtest oder zu einem neuen wechselst, kopiere sie an einen sicheren Ort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="122"/>
        <source>It is encrypted</source>
        <translation>Es ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="124"/>
        <source>The file is encrypted with SQLCipher (AES-256), using a key made from your passphrase. Without the passphrase it can&apos;t be read: someone who copies the file, or takes your computer, sees only scrambled data. Anything half-typed when the journal locks is kept in the same encrypted file.</source>
        <translation>Die Datei ist mit SQLCipher (AES-256) verschlüsselt, mit einem Schlüssel, der aus deiner Passphrase gebildet wird. Ohne die Passphrase kann sie nicht gelesen werden: Wer die Datei kopiert oder deinen Computer mitnimmt, sieht nur unlesbaren Datensalat. Was beim Sperren des Tagebuchs halb getippt ist, wird in derselben verschlüsselten Datei aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="129"/>
        <source>While the journal is open, anyone at your computer can see it. That&apos;s why it locks itself after a few minutes without use, and when your screen locks or the computer sleeps.</source>
        <translation>Solange das Tagebuch geöffnet ist, kann es jede Person an deinem Computer sehen. Deshalb sperrt es sich nach ein paar Minuten ohne Nutzung von selbst – und auch, wenn dein Bildschirm sich sperrt oder der Computer in den Ruhezustand geht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="134"/>
        <source>If you forget your passphrase</source>
        <translation>Wenn du deine Passphrase vergisst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="136"/>
        <source>Nobody can open your journal without its passphrase: not PeerJournal, not the people who made it, not anyone. There is no reset and no back door, so a forgotten passphrase cannot be recovered.</source>
        <translation>Niemand kann dein Tagebuch ohne seine Passphrase öffnen: nicht PeerJournal, nicht die Menschen, die es gemacht haben, niemand. Es gibt kein Zurücksetzen und keine Hintertür, darum lässt sich eine vergessene Passphrase nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="140"/>
        <source>Backups are locked with the passphrase the journal had when each one was made, so they need it too. After you change your passphrase, older backups still open with the old one.</source>
        <translation>Sicherungen sind mit der Passphrase verschlossen, die das Tagebuch hatte, als sie jeweils erstellt wurden – sie brauchen also auch diese. Nachdem du deine Passphrase geändert hast, öffnen sich ältere Sicherungen weiterhin mit der alten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="143"/>
        <source>If it helps, keep your passphrase written down somewhere safe that only you can get to.</source>
        <translation>Wenn es dir hilft, schreib deine Passphrase auf und bewahre sie an einem sicheren Ort auf, an den nur du kommst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="147"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="149"/>
        <source>An encrypted backup is made each day you use PeerJournal. You can choose how many to keep, and restore one, on the Security page. They are kept here:</source>
        <translation>An jedem Tag, an dem du PeerJournal nutzt, wird eine verschlüsselte Sicherung erstellt. Auf der Seite „Sicherheit“ kannst du wählen, wie viele aufbewahrt werden, und eine wiederherstellen. Sie liegen hier:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="153"/>
        <source>Show the &amp;backups folder</source>
        <translation>Ordner mit den &amp;Sicherungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="154"/>
        <source>Show the backups folder</source>
        <translation>Den Ordner mit den Sicherungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="157"/>
        <source>Where your backups are</source>
        <translation>Wo deine Sicherungen liegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="160"/>
        <source>The settings file</source>
        <translation>Die Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="162"/>
        <source>Choices such as reminder times, how soon the journal locks and how PeerJournal looks are kept in a small settings file, which is not encrypted. It holds nothing you wrote: no entries, no notes and no names.</source>
        <translation>Einstellungen wie Erinnerungszeiten, wie schnell sich das Tagebuch sperrt und wie PeerJournal aussieht, stehen in einer kleinen Einstellungsdatei, die nicht verschlüsselt ist. Sie enthält nichts, was du geschrieben hast: keine Einträge, keine Notizen und keine Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="169"/>
        <source>Where the settings file is</source>
        <translation>Wo die Einstellungsdatei liegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="172"/>
        <source>What sharing sends</source>
        <translation>Was beim Teilen weitergegeben wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="174"/>
        <source>Sharing makes a file for one supporter, such as a peer worker. It holds only the period and the parts you pick; notes go in only if you tick them, and you choose how people are named. Before it is saved you see exactly what they will see.</source>
        <translation>Beim Teilen entsteht eine Datei für eine Unterstützer:in, zum Beispiel eine Peer-Begleiter:in. Sie enthält nur den Zeitraum und die Teile, die du auswählst; Notizen kommen nur hinein, wenn du sie ankreuzt, und du bestimmst, wie Menschen genannt werden. Bevor sie gespeichert wird, siehst du genau, was die andere Person sehen wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="178"/>
        <source>The file is encrypted so that only that supporter can open it (or locked with a passphrase you tell them separately), and signed so they can tell it came from you. PeerJournal doesn&apos;t send it: you pass it on yourself. No copy is kept; the sharing history notes only what you gave, to whom and when.</source>
        <translation>Die Datei ist so verschlüsselt, dass nur diese Unterstützer:in sie öffnen kann (oder mit einer Passphrase verschlossen, die du ihr getrennt mitteilst), und signiert, damit sie erkennen kann, dass sie von dir kommt. PeerJournal verschickt sie nicht: Du gibst sie selbst weiter. Es wird keine Kopie aufbewahrt; der Freigabeverlauf hält nur fest, was du wem wann gegeben hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="185"/>
        <source>Taking all your data</source>
        <translation>Alle deine Daten mitnehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="187"/>
        <source>“Take all my data” in the Journal menu saves everything in your journal as CSV and JSON files, for your own use: to keep, to open in a spreadsheet, or to start a new journal from.</source>
        <translation>„Alle meine Daten mitnehmen“ im Menü „Tagebuch“ speichert alles aus deinem Tagebuch als CSV- und JSON-Dateien, für deinen eigenen Gebrauch: zum Aufbewahren, zum Öffnen in einer Tabellenkalkulation oder um damit ein neues Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="191"/>
        <source>Those files are not encrypted: anyone who gets hold of them can read them. The same goes for a summary saved as a PDF. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>Diese Dateien sind nicht verschlüsselt: Wer sie in die Hände bekommt, kann sie lesen. Das Gleiche gilt für eine als PDF gespeicherte Zusammenfassung. Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="199"/>
        <source>Could not open the folder</source>
        <translation>Der Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/about_data_page.py" line="200"/>
        <source>Your file manager could not be opened. The folder is:
{path}</source>
        <translation>Dein Dateimanager konnte nicht geöffnet werden. Der Ordner ist:
{path}</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="75"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="76"/>
        <source>Drag it to give one side more room.</source>
        <translation>Zieh sie, um einer Seite mehr Platz zu geben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="130"/>
        <source>Type the date, or press Alt+Down to choose it on a calendar.</source>
        <translation>Gib das Datum ein oder drücke Alt+Down, um es in einem Kalender auszuwählen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="135"/>
        <source>Type the time; the up and down arrow keys change the hours or minutes.</source>
        <translation>Gib die Uhrzeit ein; mit den Pfeiltasten nach oben und unten änderst du Stunden oder Minuten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="144"/>
        <source>Scroll with the arrow keys, Page Up and Page Down.</source>
        <translation>Blättern mit den Pfeiltasten, Page Up und Page Down.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="202"/>
        <source>Saves and closes this window.</source>
        <translation>Speichert und schließt dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="203"/>
        <source>Uses what you chose and closes this window.</source>
        <translation>Übernimmt deine Auswahl und schließt dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="204"/>
        <source>Closes this window without saving.</source>
        <translation>Schließt dieses Fenster, ohne zu speichern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/accessible.py" line="205"/>
        <source>Closes this window.</source>
        <translation>Schließt dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="215"/>
        <source>What you did</source>
        <translation>Was du gemacht hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="216"/>
        <source>A few words about what you did.</source>
        <translation>Ein paar Worte dazu, was du gemacht hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="217"/>
        <source>e.g. Walk by the river, art group, shift at the café</source>
        <translation>z. B. Spaziergang am Fluss, Kunstgruppe, Schicht im Café</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="218"/>
        <source>Kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="219"/>
        <source>Choose the kind of activity. The list can be changed under Journal, Feelings and kinds of activity.</source>
        <translation>Wähle die Art der Aktivität. Die Liste kannst du unter „Tagebuch“ › „Gefühle und Arten von Aktivitäten“ ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="220"/>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="221"/>
        <source>How the activity felt</source>
        <translation>Wie sich die Aktivität angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="222"/>
        <source>Note about the activity</source>
        <translation>Notiz zur Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="223"/>
        <source>Anything to remember? (optional)</source>
        <translation>Möchtest du dir etwas merken? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="225"/>
        <source>Wh&amp;at</source>
        <translation>W&amp;as</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="226"/>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="227"/>
        <source>Who was &amp;there</source>
        <translation>Wer war &amp;dabei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="228"/>
        <source>How it felt</source>
        <translation>Wie es sich angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="229"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="100"/>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="105"/>
        <source>A name or nickname</source>
        <translation>Ein Name oder Spitzname</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="108"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="109"/>
        <source>Who they are to you: family, friend, worker and so on.</source>
        <translation>Wer die Person für dich ist: Familie, Freund:in, Fachkraft und so weiter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="121"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="122"/>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="123"/>
        <source>Adds them to your people and to this answer.</source>
        <translation>Fügt die Person zu deinen Menschen und zu dieser Antwort hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="127"/>
        <source>Cancel without adding anyone</source>
        <translation>Abbrechen, ohne jemanden hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="128"/>
        <source>Closes this window without adding anyone.</source>
        <translation>Schließt dieses Fenster, ohne jemanden hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="132"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="134"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="140"/>
        <source>They join your people. You can add more about them on the People page.</source>
        <translation>Die Person kommt zu deinen Menschen. Mehr kannst du auf der Seite „Menschen“ eintragen.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="63"/>
        <source>PeerJournal keeps running in the tray so it can gently remind you at the times you chose. Your journal is locked now; click the tray icon to open it again.

You can change this on the Prompts page, or choose Quit from the tray menu.</source>
        <translation>PeerJournal läuft im Infobereich weiter, damit es dich zu den gewählten Zeiten sanft erinnern kann. Dein Tagebuch ist jetzt gesperrt; klicke auf das Symbol im Infobereich, um es wieder zu öffnen.

Du kannst das auf der Seite „Erinnerungen“ ändern oder im Menü des Symbols „Beenden“ wählen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="234"/>
        <source>Your journal opened, but part of it could not be read: the file may be damaged, or the disk may have a problem. Nothing was changed.</source>
        <translation>Dein Tagebuch wurde geöffnet, aber ein Teil davon konnte nicht gelesen werden: Die Datei ist vielleicht beschädigt, oder es gibt ein Problem mit dem Datenträger. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="267"/>
        <source>Your journal was restored</source>
        <translation>Dein Tagebuch wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="268"/>
        <source>Your journal was damaged, so the newest good backup has been put in its place. The damaged file is kept, unchanged, at {path}.</source>
        <translation>Dein Tagebuch war beschädigt, darum wurde die neueste intakte Sicherung an seine Stelle gesetzt. Die beschädigte Datei wird unverändert aufbewahrt unter {path}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="311"/>
        <source>Could not open it</source>
        <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="312"/>
        <source>PeerJournal could not be started a second time. Nothing was changed.</source>
        <translation>PeerJournal konnte nicht ein zweites Mal gestartet werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="316"/>
        <source>Supporter mode opens in a window of its own. This journal stays open here.</source>
        <translation>Der Unterstützungsmodus öffnet sich in einem eigenen Fenster. Dieses Tagebuch bleibt hier offen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="318"/>
        <source>Your own journal opens in a window of its own. This vault stays open here.</source>
        <translation>Dein eigenes Tagebuch öffnet sich in einem eigenen Fenster. Dieser Tresor bleibt hier offen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="392"/>
        <source>Your last copy to {name} was {days} days ago. When it is back (a USB stick plugged in), PeerJournal copies your newest backup there.</source>
        <translation>Deine letzte Kopie nach {name} ist {days} Tage her. Sobald der Ort wieder da ist (ein USB-Stick eingesteckt), kopiert PeerJournal deine neueste Sicherung dorthin.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="516"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="516"/>
        <source>The passphrase this backup was made with:</source>
        <translation>Die Passphrase, mit der diese Sicherung erstellt wurde:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="523"/>
        <source>This backup can&apos;t be restored</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="524"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="530"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="537"/>
        <source>Keep the restored journal?</source>
        <translation>Das wiederhergestellte Tagebuch behalten?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="538"/>
        <source>Your journal now holds what the backup held. Keep it? If you choose Go back, the journal as it was before the restore comes back.</source>
        <translation>Dein Tagebuch enthält jetzt, was in der Sicherung war. Möchtest du es behalten? Wenn du „Zurück“ wählst, kommt das Tagebuch so zurück, wie es vor dem Wiederherstellen war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="539"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="539"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/controller.py" line="554"/>
        <source>{app} is still here</source>
        <translation>{app} ist noch da</translation>
    </message>
</context>
<context>
    <name>AppImportDialog</name>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="83"/>
        <source>Import from another app</source>
        <translation>Aus einer anderen App importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="106"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="118"/>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="318"/>
        <source>Reading the file</source>
        <translation>Die Datei wird gelesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="119"/>
        <source>What is in the file</source>
        <translation>Was in der Datei steht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="123"/>
        <source>Moods and activities</source>
        <translation>Stimmungen und Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="125"/>
        <source>Kind of activity for imported activities</source>
        <translation>Art der Aktivität für importierte Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="126"/>
        <source>Every imported activity gets this kind; you can change each one afterwards.</source>
        <translation>Jede importierte Aktivität bekommt diese Art; du kannst jede danach ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="127"/>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="254"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="128"/>
        <source>Kinds of activity</source>
        <translation>Arten von Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="132"/>
        <source>Adds the entries to your journal.</source>
        <translation>Fügt die Einträge deinem Tagebuch hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="136"/>
        <source>Closes this window without adding anything.</source>
        <translation>Schließt dieses Fenster, ohne etwas hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="147"/>
        <source>&amp;Kind of activity</source>
        <translation>&amp;Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="208"/>
        <source>&amp;Import {n} entries</source>
        <translation>{n} Einträge &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="219"/>
        <source>File not read</source>
        <translation>Datei nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="220"/>
        <source>The file could not be read. Nothing was changed.</source>
        <translation>Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="224"/>
        <source>{entries} from {first} to {last}, {activities}, {moods}.</source>
        <translation>{entries} vom {first} bis zum {last}, {activities}, {moods}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="237"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="238"/>
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="350"/>
        <source>Added %n check-in(s).</source>
        <translation>
            <numerusform>%n Check-in hinzugefügt.</numerusform>
            <numerusform>%n Check-ins hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="353"/>
        <source>Added %n activity(s).</source>
        <translation>
            <numerusform>%n Aktivität hinzugefügt.</numerusform>
            <numerusform>%n Aktivitäten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="355"/>
        <source>%n entries were already in your journal, so they were skipped.</source>
        <translation>
            <numerusform>%n Eintrag war schon in deinem Tagebuch und wurde deshalb übersprungen.</numerusform>
            <numerusform>%n Einträge waren schon in deinem Tagebuch und wurden deshalb übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="249"/>
        <source>{n} – {word}</source>
        <translation>{n} – {word}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="252"/>
        <source>Mood for “{name}”</source>
        <translation>Stimmung für „{name}“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="100"/>
        <source>Choose an export from Daylio (CSV), jrnl (JSON), Pixels (JSON backup), eMoods (CSV), Bearable (CSV) or Daily You (JSON). You will see what is in it and say what its moods and activities mean here. Nothing is added until you press Import.</source>
        <translation>Wähle einen Export aus Daylio (CSV), jrnl (JSON), Pixels (JSON-Sicherung), eMoods (CSV), Bearable (CSV) oder Daily You (JSON). Du siehst, was darin steht, und sagst, was seine Stimmungen und Aktivitäten hier bedeuten. Es wird nichts hinzugefügt, bevor du auf Importieren drückst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="104"/>
        <source>&amp;Choose an export…</source>
        <translation>Export &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="104"/>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="166"/>
        <source>Choose an export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="105"/>
        <source>Opens a file chooser for an export from another app.</source>
        <translation>Öffnet eine Dateiauswahl für einen Export aus einer anderen App.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="108"/>
        <source>App the file comes from</source>
        <translation>App, aus der die Datei stammt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="109"/>
        <source>PeerJournal recognises the app from the file; choose it here if it is wrong.</source>
        <translation>PeerJournal erkennt die App an der Datei; wähle sie hier, wenn das nicht stimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="110"/>
        <source>Recognise it from the file</source>
        <translation>An der Datei erkennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="112"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="114"/>
        <source>How the file was read</source>
        <translation>Wie die Datei gelesen wurde</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="116"/>
        <source>What the import adds</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="145"/>
        <source>A&amp;pp</source>
        <translation>A&amp;pp</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="167"/>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="201"/>
        <source>Read as an export from {app}. If it comes from another app, choose that app above.</source>
        <translation>Gelesen als Export aus {app}. Wenn die Datei aus einer anderen App stammt, wähle diese App oben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="203"/>
        <source>Read as an export from {app}.</source>
        <translation>Gelesen als Export aus {app}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="225"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="227"/>
        <source>%n activity name(s)</source>
        <translation>
            <numerusform>%n Aktivitätsname</numerusform>
            <numerusform>%n Aktivitätsnamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="228"/>
        <source>%n mood name(s)</source>
        <translation>
            <numerusform>%n Stimmungsname</numerusform>
            <numerusform>%n Stimmungsnamen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="235"/>
        <source>→ This adds {check_ins} and {activities}, leaving out any already in your journal.</source>
        <translation>→ Das fügt {check_ins} und {activities} hinzu; was schon in deinem Tagebuch steht, wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="253"/>
        <source>Where this mood name goes on the 1–5 scale.</source>
        <translation>Wo dieser Stimmungsname auf der Skala von 1 bis 5 steht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="260"/>
        <source>an activity</source>
        <translation>eine Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="260"/>
        <source>a feeling</source>
        <translation>ein Gefühl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="261"/>
        <source>leave out</source>
        <translation>weglassen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="263"/>
        <source>What “{name}” becomes</source>
        <translation>Was aus „{name}“ wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="264"/>
        <source>An activity entry, a feeling on the check-in, or left out.</source>
        <translation>Ein Aktivitätseintrag, ein Gefühl beim Check-in, oder weggelassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="269"/>
        <source>Moods: where each goes on the scale</source>
        <translation>Stimmungen: wo jede auf der Skala steht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="272"/>
        <source>Activities: what each becomes</source>
        <translation>Aktivitäten: was aus jeder wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="297"/>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="340"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="318"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="332"/>
        <source>Import finished</source>
        <translation>Import fertig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="341"/>
        <source>The import could not be finished. Nothing was changed.</source>
        <translation>Der Import konnte nicht abgeschlossen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="357"/>
        <source>Changed your mind? Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Doch anders entschieden? Bearbeiten ▸ Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="24"/>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="29"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="31"/>
        <source>How PeerJournal looks: following your computer&apos;s light or dark setting, always light, always dark, or high contrast. It changes at once.</source>
        <translation>Wie PeerJournal aussieht: der hellen oder dunklen Einstellung deines Computers folgend, immer hell, immer dunkel oder mit hohem Kontrast. Die Änderung gilt sofort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="35"/>
        <source>Follow my computer (light or dark)</source>
        <translation>Meinem Computer folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="36"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="37"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="38"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="43"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/appearance_box.py" line="53"/>
        <source>High contrast uses black, white and yellow with thick outlines around whatever has the keyboard focus. Text size follows your computer&apos;s font settings.</source>
        <translation>Hoher Kontrast nutzt Schwarz, Weiß und Gelb mit dicken Rahmen um das, was gerade den Tastaturfokus hat. Die Schriftgröße richtet sich nach den Schrifteinstellungen deines Computers.</translation>
    </message>
</context>
<context>
    <name>BadDayCopy</name>
    <message>
        <location filename="../../peerjournal/storage/support_plan_copy.py" line="81"/>
        <source>the copy of your plan for a bad day</source>
        <translation>die Kopie deines Plans für einen schlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/support_plan_copy.py" line="88"/>
        <source>The copy of your plan for a bad day could not be removed. You could delete it yourself: {path}</source>
        <translation>Die Kopie deines Plans für einen schlechten Tag konnte nicht entfernt werden. Du kannst sie selbst löschen: {path}</translation>
    </message>
</context>
<context>
    <name>BadDayView</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="49"/>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="50"/>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="52"/>
        <source>My plan for a bad day</source>
        <translation>Mein Plan für einen schlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="53"/>
        <source>What helps you, the people you&apos;d contact in your order, and services. Read only.</source>
        <translation>Was dir hilft, die Menschen, die du in deiner Reihenfolge kontaktieren würdest, und Hilfsangebote. Nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="62"/>
        <source>&amp;Open my support plan</source>
        <translation>Meinen Unterstützungsplan ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="62"/>
        <source>Open my support plan</source>
        <translation>Meinen Unterstützungsplan öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="63"/>
        <source>Goes to My support plan, where you can add to any part.</source>
        <translation>Öffnet „Mein Unterstützungsplan“, wo du jeden Teil ergänzen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="65"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="65"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="82"/>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="83"/>
        <source>Nothing here yet. This could hold the small things that help you when things are hard, in your own words.</source>
        <translation>Hier steht noch nichts. Hier könnten die kleinen Dinge stehen, die dir helfen, wenn es schwer ist, in deinen eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="85"/>
        <source>People I can contact, in this order</source>
        <translation>Menschen, die ich kontaktieren kann, in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="87"/>
        <source>Nobody here yet. You could choose people from your People list you&apos;d like to contact on a hard day, in the order you&apos;d contact them.</source>
        <translation>Hier ist noch niemand. Du kannst Menschen aus deiner Liste „Menschen“ wählen, die du an einem schweren Tag kontaktieren möchtest, in der Reihenfolge, in der du sie kontaktieren würdest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="89"/>
        <source>Services and helplines</source>
        <translation>Hilfsangebote und Beratungstelefone</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/bad_day_view.py" line="91"/>
        <source>No services here yet. You could note a helpline or a team, with their number and when they are open.</source>
        <translation>Hier stehen noch keine Hilfsangebote. Du kannst ein Beratungstelefon oder ein Team notieren, mit Nummer und wann sie erreichbar sind.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="28"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="28"/>
        <source>Every few days</source>
        <translation>Alle paar Tage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="29"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="29"/>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="30"/>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="30"/>
        <source>Every 3 months</source>
        <translation>Alle 3 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="43"/>
        <source>How often to stay in touch with {name}</source>
        <translation>Wie oft du mit {name} in Kontakt bleiben möchtest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="45"/>
        <source>How often to stay in touch</source>
        <translation>Wie oft du in Kontakt bleiben möchtest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="46"/>
        <source>Choices for how often</source>
        <translation>Auswahl, wie oft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="47"/>
        <source>A gentle prompt comes when it has been longer than this since you were in touch.</source>
        <translation>Eine sanfte Erinnerung kommt, wenn euer letzter Kontakt länger her ist als das.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="58"/>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="72"/>
        <source>Every {n} days</source>
        <translation>Alle {n} Tage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="89"/>
        <source>How often to stay in touch with {name}: {choice}</source>
        <translation>Wie oft du mit {name} in Kontakt bleiben möchtest: {choice}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/cadence.py" line="91"/>
        <source>Press F2 or Enter to change it. A gentle prompt comes when it has been longer than this since you were in touch.</source>
        <translation>Drücke F2 oder Enter, um es zu ändern. Eine sanfte Erinnerung kommt, wenn euer letzter Kontakt länger her ist als das.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="85"/>
        <source>Also in the card</source>
        <translation>Außerdem in der Karte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="122"/>
        <source>already in People</source>
        <translation>schon bei „Menschen“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="124"/>
        <source>also earlier in this file</source>
        <translation>weiter oben in dieser Datei schon vorhanden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="131"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="134"/>
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="136"/>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="138"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="60"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="61"/>
        <source>Last file</source>
        <translation>Letzte Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="61"/>
        <source>Journal fingerprint</source>
        <translation>Fingerabdruck des Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="62"/>
        <source>Next agreed</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="73"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="116"/>
        <source>{name}: files: {count}, the last {last}. Journal fingerprint {fingerprint}</source>
        <translation>{name}: Dateien: {count}, die letzte {last}. Fingerabdruck des Tagebuchs {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="118"/>
        <source>Next agreed: {agreed}</source>
        <translation>Nächster Schritt: {agreed}</translation>
    </message>
</context>
<context>
    <name>CaseloadPane</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="18"/>
        <source>No one has shared anything with you yet.

When someone you support would like to share part of their journal with you:
1. Give them your key (above), or the key file.
2. They add you on the Sharing page of their PeerJournal, and you read the fingerprint aloud to each other to check it matches.
3. They choose what to share, see it first, and save a locked file.
4. They give you the file. Open it here with File ▸ Open shared file (Ctrl+O), or drop it on this window.

Only you can open files made for your key. What you import stays encrypted in your supporter journal on this computer.</source>
        <translation>Bisher hat noch niemand etwas mit dir geteilt.

Wenn jemand, den du unterstützt, einen Teil des eigenen Tagebuchs mit dir teilen möchte:
1. Gib der Person deinen Schlüssel (oben) oder die Schlüsseldatei.
2. Sie fügt dich auf der Seite „Teilen“ ihres PeerJournal hinzu, und ihr lest euch gegenseitig den Fingerabdruck vor, um zu prüfen, dass er übereinstimmt.
3. Sie wählt aus, was sie teilen möchte, sieht es sich zuerst an und speichert eine verschlossene Datei.
4. Sie gibt dir die Datei. Öffne sie hier über Datei ▸ Geteilte Datei öffnen (Strg+O) oder zieh sie auf dieses Fenster.

Nur du kannst Dateien öffnen, die für deinen Schlüssel erstellt wurden. Was du importierst, bleibt verschlüsselt in deinem Unterstützer:innen-Tagebuch auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="31"/>
        <source>Choose someone on the left to see what they shared with you.</source>
        <translation>Wähle links eine Person aus, um zu sehen, was sie mit dir geteilt hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="47"/>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="77"/>
        <source>People you support</source>
        <translation>Menschen, die du unterstützt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="48"/>
        <source>Choose someone with the up and down arrow keys to see what they shared and your notes.</source>
        <translation>Wähle mit den Pfeiltasten nach oben und unten eine Person aus, um zu sehen, was sie geteilt hat, und deine Notizen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="58"/>
        <source>Sort people by</source>
        <translation>Menschen sortieren nach</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="59"/>
        <source>By name, or by the day you agreed for the next step (soonest first).</source>
        <translation>Nach Name oder nach dem Tag, den ihr für den nächsten Schritt vereinbart habt (der früheste zuerst).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="61"/>
        <source>Next agreed date</source>
        <translation>Vereinbartem Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="62"/>
        <source>Ways to sort</source>
        <translation>Sortierarten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="66"/>
        <source>Show archi&amp;ved people</source>
        <translation>Archi&amp;vierte Menschen zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="66"/>
        <source>Show archived people</source>
        <translation>Archivierte Menschen zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="67"/>
        <source>Lists the people you archived too, so you can read their files or bring them back.</source>
        <translation>Zeigt auch die Menschen, die du archiviert hast, damit du ihre Dateien lesen oder sie zurückholen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="68"/>
        <source>&amp;Open shared file…</source>
        <translation>&amp;Geteilte Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="70"/>
        <source>Open a shared file</source>
        <translation>Eine geteilte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="72"/>
        <source>Opens a .pjshare file someone shared with you (Ctrl+O). You can also drop it on this window.</source>
        <translation>Öffnet eine .pjshare-Datei, die jemand mit dir geteilt hat (Strg+O). Du kannst sie auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="81"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/caseload.py" line="87"/>
        <source>…or drop a .pjshare file anywhere on this window.</source>
        <translation>…oder zieh eine .pjshare-Datei irgendwo auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="25"/>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="41"/>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="42"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="27"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="28"/>
        <source>The passphrase your journal opens with now.</source>
        <translation>Die Passphrase, mit der sich dein Tagebuch jetzt öffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="29"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="30"/>
        <source>The passphrase your journal will open with from now on. Nobody can recover it if it is lost.</source>
        <translation>Die Passphrase, mit der sich dein Tagebuch ab jetzt öffnet. Niemand kann sie wiederherstellen, wenn sie verloren geht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="31"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="32"/>
        <source>The new passphrase again, to be sure it is right.</source>
        <translation>Die neue Passphrase noch einmal, um sicherzugehen, dass sie stimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="34"/>
        <source>Your journal will be re-encrypted with the new passphrase. Backups and shared files made earlier still open with the old one.</source>
        <translation>Dein Tagebuch wird mit der neuen Passphrase neu verschlüsselt. Früher erstellte Sicherungen und geteilte Dateien öffnen sich weiterhin mit der alten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="38"/>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="43"/>
        <source>Re-encrypts your journal with the new passphrase. This takes a moment.</source>
        <translation>Verschlüsselt dein Tagebuch mit der neuen Passphrase neu. Das dauert einen Moment.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="45"/>
        <source>Closes this window. The passphrase stays as it was.</source>
        <translation>Schließt dieses Fenster. Die Passphrase bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="49"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="50"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="51"/>
        <source>New passphrase &amp;again</source>
        <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="61"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/passphrase_dialog.py" line="80"/>
        <source>The passphrase could not be changed. Your journal still opens with the old one.</source>
        <translation>Die Passphrase konnte nicht geändert werden. Dein Tagebuch öffnet sich weiterhin mit der alten.</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="33"/>
        <source>Suggestions for {what}</source>
        <translation>Vorschläge für {what}</translation>
    </message>
</context>
<context>
    <name>ConnectingDialogs</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="52"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="56"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/buttons.py" line="57"/>
        <source>Closes this window without saving.</source>
        <translation>Schließt dieses Fenster, ohne zu speichern.</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="29"/>
        <source>Connecting</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="40"/>
        <source>Parts of the Connecting page</source>
        <translation>Bereiche der Seite „Verbindungen“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="41"/>
        <source>Do I know someone who could…?</source>
        <translation>Kenne ich jemanden, der…?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="42"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="43"/>
        <source>Places and groups</source>
        <translation>Orte und Gruppen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="44"/>
        <source>Network over time</source>
        <translation>Netzwerk im Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="46"/>
        <source>A short check of who you could call on, and what it showed.</source>
        <translation>Ein kurzer Check, an wen du dich wenden könntest, und was er gezeigt hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="47"/>
        <source>Small goals: plan, do, and look back.</source>
        <translation>Kleine Ziele: planen, umsetzen und zurückblicken.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="48"/>
        <source>Groups, clubs, services and places you go to or might try.</source>
        <translation>Gruppen, Vereine, Hilfsangebote und Orte, zu denen du gehst oder die du ausprobieren möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/connecting_page.py" line="49"/>
        <source>Snapshots of your network, compared between two dates.</source>
        <translation>Momentaufnahmen deines Netzwerks, zwischen zwei Daten verglichen.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="126"/>
        <source>Who you were in touch with</source>
        <translation>Mit wem du Kontakt hattest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="127"/>
        <source>How you were in touch</source>
        <translation>Wie ihr Kontakt hattet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="128"/>
        <source>In person, by phone, by message and so on.</source>
        <translation>Persönlich, per Telefon, per Nachricht und so weiter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="130"/>
        <source>How long, in minutes</source>
        <translation>Wie lange, in Minuten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="131"/>
        <source>Optional; you can leave it out.</source>
        <translation>Freiwillig; du kannst es weglassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="134"/>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="135"/>
        <source> min</source>
        <translation> Min</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="136"/>
        <source>How the contact felt</source>
        <translation>Wie sich der Kontakt angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="137"/>
        <source>Note about the contact</source>
        <translation>Notiz zum Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="137"/>
        <source>How did it go? (optional)</source>
        <translation>Wie ist es gelaufen? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="139"/>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="140"/>
        <source>&amp;How</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="141"/>
        <source>How lon&amp;g</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="142"/>
        <source>How it fe&amp;lt</source>
        <translation>Wie es sich an&amp;fühlte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="143"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
</context>
<context>
    <name>ContactHistoryModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="221"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="221"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="222"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="223"/>
        <source>How it felt</source>
        <translation>Wie es sich angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="224"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/crisis_card.py" line="38"/>
        <location filename="../../peerjournal/ui/support_plan/crisis_card.py" line="56"/>
        <source>My crisis plan</source>
        <translation>Mein Krisenplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/crisis_card.py" line="41"/>
        <source>Nothing is in the crisis part of the plan yet.</source>
        <translation>Im Krisenteil des Plans steht noch nichts.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/crisis_card.py" line="97"/>
        <source>the crisis card</source>
        <translation>die Krisenkarte</translation>
    </message>
</context>
<context>
    <name>DataCsv</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="46"/>
        <source>The journal&apos;s secret keys (for signing what you share and opening replies): a new journal makes its own.</source>
        <translation>Die geheimen Schlüssel des Tagebuchs (zum Signieren von dem, was du teilst, und zum Öffnen von Antworten): Ein neues Tagebuch erstellt eigene.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="48"/>
        <source>Drafts: half-typed text kept while the journal was locked.</source>
        <translation>Entwürfe: halb getippter Text, der aufbewahrt wurde, während das Tagebuch gesperrt war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="49"/>
        <source>Reminder bookkeeping: when each prompt was last shown, put off or dismissed.</source>
        <translation>Verwaltung der Erinnerungen: wann jede Erinnerung zuletzt angezeigt, verschoben oder weggeklickt wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="51"/>
        <source>Which kind of file the journal is (a new journal says it itself).</source>
        <translation>Um welche Art von Datei es sich beim Tagebuch handelt (ein neues Tagebuch legt das selbst fest).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="299"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="299"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="326"/>
        <source>mood (1-5)</source>
        <translation>Stimmung (1-5)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="327"/>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="328"/>
        <source>energy (1-5)</source>
        <translation>Energie (1-5)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="329"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="330"/>
        <source>feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="306"/>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="331"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="364"/>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="379"/>
        <source>with</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="365"/>
        <source>how</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="366"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="304"/>
        <source>how it felt (1-5)</source>
        <translation>Wie es sich angefühlt hat (1-5)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="305"/>
        <source>how it felt</source>
        <translation>Wie es sich angefühlt hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="377"/>
        <source>kind of activity</source>
        <translation>Art der Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="378"/>
        <source>what</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="392"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="393"/>
        <source>relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="394"/>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="395"/>
        <source>can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="396"/>
        <source>stay in touch every (days)</source>
        <translation>In Kontakt bleiben alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="397"/>
        <source>archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="398"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="400"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="400"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="416"/>
        <source>Your PeerJournal data</source>
        <translation>Deine PeerJournal-Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="418"/>
        <source>THESE FILES ARE NOT ENCRYPTED. Anyone who gets hold of them can read everything in them: how you felt, the people in your life and your notes. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>DIESE DATEIEN SIND NICHT VERSCHLÜSSELT. Wer sie in die Hände bekommt, kann alles darin lesen: wie es dir ging, die Menschen in deinem Leben und deine Notizen. Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="423"/>
        <source>Taken from your journal on {when} (UTC).</source>
        <translation>Aus deinem Tagebuch entnommen am {when} (UTC).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="425"/>
        <source>Dates and times in the files are in this computer&apos;s local time.</source>
        <translation>Datum und Uhrzeit in den Dateien sind in der Ortszeit dieses Computers angegeben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="426"/>
        <source>The files are CSV (comma-separated values) in UTF-8; a spreadsheet opens them.</source>
        <translation>Die Dateien sind CSV-Dateien (durch Kommas getrennte Werte) in UTF-8; eine Tabellenkalkulation kann sie öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="428"/>
        <source>Text that starts with =, +, - or @ has an apostrophe put in front, so a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>Vor Text, der mit =, +, - oder @ beginnt, steht ein Apostroph, damit eine Tabellenkalkulation ihn als Text anzeigt und nicht als Formel ausführt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="432"/>
        <source>moods.csv, contacts.csv, activities.csv and people.csv are made to be easy to read. The other files are the rest of your journal as it is stored, one file for each table.</source>
        <translation>moods.csv, contacts.csv, activities.csv und people.csv sind so gemacht, dass sie leicht zu lesen sind. Die anderen Dateien sind der Rest deines Tagebuchs, so wie er gespeichert ist, eine Datei pro Tabelle.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="437"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="440"/>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="443"/>
        <source>To start a new journal from your data, use the JSON file from “Take all my data” (not these CSV files) with “Start from a data file” when PeerJournal creates a new journal.</source>
        <translation>Um mit deinen Daten ein neues Tagebuch zu beginnen, nutze die JSON-Datei aus „Alle meine Daten mitnehmen“ (nicht diese CSV-Dateien) mit „Aus einer Datendatei beginnen“, wenn PeerJournal ein neues Tagebuch anlegt.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="32"/>
        <source>Step-free</source>
        <translation>Stufenlos</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="33"/>
        <source>Quiet</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="34"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="58"/>
        <source>Please give the place or group a name.</source>
        <translation>Bitte gib dem Ort oder der Gruppe einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="60"/>
        <source>A name can be at most {n} characters.</source>
        <translation>Ein Name darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="65"/>
        <source>Each line can be at most {n} characters.</source>
        <translation>Jede Zeile darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="71"/>
        <source>This entry has a choice PeerJournal doesn&apos;t know.</source>
        <translation>Dieser Eintrag hat eine Auswahl, die PeerJournal nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="103"/>
        <source>A tag can be at most {n} characters.</source>
        <translation>Ein Stichwort darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/entries.py" line="106"/>
        <source>An entry can have at most {n} tags.</source>
        <translation>Ein Eintrag kann höchstens {n} Stichwörter haben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/exchange.py" line="26"/>
        <source>A directory of local groups, services and places. It holds no personal data: nothing about the people supported.</source>
        <translation>Ein Wegweiser zu Gruppen, Diensten und Orten vor Ort. Er enthält keine persönlichen Daten: nichts über die begleiteten Menschen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/exchange.py" line="82"/>
        <source>That file is not a PeerJournal directory, or it is damaged or cut short. Nothing was changed.</source>
        <translation>Diese Datei ist kein PeerJournal-Wegweiser, oder sie ist beschädigt oder unvollständig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/directory/exchange.py" line="99"/>
        <source>That directory was made by a newer PeerJournal. Please update PeerJournal to read it. Nothing was changed.</source>
        <translation>Dieser Wegweiser wurde mit einem neueren PeerJournal erstellt. Bitte aktualisiere PeerJournal, um ihn zu lesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/directory.py" line="32"/>
        <source>The entry “{entry}” mentions {person}, someone you support. A directory you share must hold no notes about people: please take that out of the entry first. Nothing was saved.</source>
        <translation>Der Eintrag „{entry}“ nennt {person}, jemanden, den du begleitest. Ein Wegweiser, den du weitergibst, darf keine Notizen über Menschen enthalten: Bitte nimm das zuerst aus dem Eintrag heraus. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/directory.py" line="51"/>
        <source>the directory file</source>
        <translation>die Wegweiser-Datei</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="33"/>
        <source>My directory</source>
        <translation>Mein Wegweiser</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="37"/>
        <source>Local groups, services and places you might suggest. It holds no personal data, so you can share it with colleagues: describe places here, never the people you support.</source>
        <translation>Gruppen, Dienste und Orte vor Ort, die du vorschlagen könntest. Der Wegweiser enthält keine persönlichen Daten, deshalb kannst du ihn mit Kolleg:innen teilen: Beschreibe hier Orte, nie die Menschen, die du begleitest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="39"/>
        <source>Search the directory</source>
        <translation>Im Wegweiser suchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="40"/>
        <source>Search names, needs, tags, places…</source>
        <translation>Namen, Bedürfnisse, Stichwörter, Orte suchen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="44"/>
        <source>Your directory</source>
        <translation>Dein Wegweiser</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="45"/>
        <source>Choose an entry to change or delete it.</source>
        <translation>Wähle einen Eintrag, um ihn zu ändern oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="46"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="52"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="52"/>
        <source>Add an entry</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="53"/>
        <source>Opens a form for a new place, group or service.</source>
        <translation>Öffnet ein Formular für einen neuen Ort, eine Gruppe oder einen Dienst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="54"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="54"/>
        <source>Change the chosen entry</source>
        <translation>Den gewählten Eintrag ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="55"/>
        <source>Opens the chosen entry to change it.</source>
        <translation>Öffnet den gewählten Eintrag, um ihn zu ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="56"/>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="57"/>
        <source>Delete the chosen entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="58"/>
        <source>Deletes the chosen entry after asking. Replies already sent keep it.</source>
        <translation>Löscht den gewählten Eintrag nach einer Rückfrage. Schon geschickte Antworten behalten ihn.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="59"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="60"/>
        <source>Import a colleague&apos;s directory</source>
        <translation>Den Wegweiser einer Kollegin oder eines Kollegen importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="61"/>
        <source>Asks for the file, then shows what is new and what differs from yours before changing anything.</source>
        <translation>Fragt nach der Datei und zeigt dann, was neu ist und was sich von deinem unterscheidet, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="62"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="63"/>
        <source>Export your directory to share it</source>
        <translation>Deinen Wegweiser exportieren, um ihn zu teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="64"/>
        <source>Saves every entry in a plain file for colleagues. It holds places only, no personal data.</source>
        <translation>Speichert alle Einträge in einer einfachen Datei für Kolleg:innen. Sie enthält nur Orte, keine persönlichen Daten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="65"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="65"/>
        <source>Close the directory</source>
        <translation>Den Wegweiser schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="66"/>
        <source>Closes this window; every change is already saved.</source>
        <translation>Schließt dieses Fenster; jede Änderung ist schon gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="112"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="115"/>
        <source>“{name}” is saved in your directory.</source>
        <translation>„{name}“ ist in deinem Wegweiser gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="132"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="133"/>
        <source>Delete “{name}” from your directory? Replies you already sent keep what they said.</source>
        <translation>„{name}“ aus deinem Wegweiser löschen? Antworten, die du schon geschickt hast, behalten, was darin stand.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="134"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="139"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="141"/>
        <source>“{name}” is deleted from your directory.</source>
        <translation>„{name}“ ist aus deinem Wegweiser gelöscht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="145"/>
        <source>Export your directory</source>
        <translation>Deinen Wegweiser exportieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="146"/>
        <source>PeerJournal directories (*.pjdirectory.json)</source>
        <translation>PeerJournal-Wegweiser (*.pjdirectory.json)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="153"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="155"/>
        <source>Saved {n} entries. The file holds places only, no personal data.</source>
        <translation>{n} Einträge gespeichert. Die Datei enthält nur Orte, keine persönlichen Daten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="158"/>
        <source>Import a directory</source>
        <translation>Einen Wegweiser importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="159"/>
        <source>PeerJournal directories (*.pjdirectory.json *.json);;All files (*)</source>
        <translation>PeerJournal-Wegweiser (*.pjdirectory.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="167"/>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="179"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_dialog.py" line="182"/>
        <source>{n} entries added or updated.</source>
        <translation>{n} Einträge hinzugefügt oder aktualisiert.</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="31"/>
        <source>Change a directory entry</source>
        <translation>Einen Eintrag im Wegweiser ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="31"/>
        <source>Add to my directory</source>
        <translation>Zu meinem Wegweiser hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="34"/>
        <source>Describe the place, group or service, never a person you support: your directory can be shared with colleagues.</source>
        <translation>Beschreibe den Ort, die Gruppe oder den Dienst, nie einen Menschen, den du begleitest: Dein Wegweiser kann mit Kolleg:innen geteilt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="36"/>
        <source>Optional; it goes into replies as written.</source>
        <translation>Freiwillig; es kommt so in Antworten, wie du es schreibst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="38"/>
        <source>Needed: the name of the place, group or service.</source>
        <translation>Nötig: der Name des Orts, der Gruppe oder des Dienstes.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="39"/>
        <source>e.g. Riverside Walkers</source>
        <translation>z. B. Wandergruppe am Fluss</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="40"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="41"/>
        <source>When it is on</source>
        <translation>Wann es stattfindet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="42"/>
        <source>e.g. Sundays at 10</source>
        <translation>z. B. sonntags um 10</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="43"/>
        <source>Where it is</source>
        <translation>Wo es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="44"/>
        <source>How to get there</source>
        <translation>Wie man hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="45"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="46"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="47"/>
        <source>e.g. free, or £2 for tea</source>
        <translation>z. B. kostenlos, oder 2 € für Tee</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="48"/>
        <source>Free tags</source>
        <translation>Eigene Stichwörter</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="49"/>
        <source>e.g. peer-led, low pressure first step</source>
        <translation>z. B. von Peers geleitet, ein leichter erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="52"/>
        <source>A part of the resource check this place can help with.</source>
        <translation>Ein Teil des Ressourcen-Checks, bei dem dieser Ort helfen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="57"/>
        <source>How the place can be reached or joined.</source>
        <translation>Wie man den Ort erreicht oder mitmachen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="60"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="60"/>
        <source>&amp;What it is</source>
        <translation>&amp;Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="61"/>
        <source>W&amp;hen</source>
        <translation>W&amp;ann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="61"/>
        <source>Whe&amp;re</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="62"/>
        <source>&amp;Getting there</source>
        <translation>&amp;Hinkommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="62"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="63"/>
        <source>C&amp;ost</source>
        <translation>Kost&amp;en</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="64"/>
        <source>Needs it can meet</source>
        <translation>Wobei es helfen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="65"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="66"/>
        <source>&amp;Tags</source>
        <translation>S&amp;tichwörter</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="69"/>
        <source>Closes this window without saving the entry.</source>
        <translation>Schließt dieses Fenster, ohne den Eintrag zu speichern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="71"/>
        <source>Save this entry</source>
        <translation>Diesen Eintrag speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_entry_dialog.py" line="72"/>
        <source>Saves the entry in your directory and closes this window.</source>
        <translation>Speichert den Eintrag in deinem Wegweiser und schließt dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="23"/>
        <source>Import a directory</source>
        <translation>Einen Wegweiser importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="26"/>
        <source>New places to add: {new}. Already in your directory: {same}. Described differently from yours: {conflicts}.</source>
        <translation>Neue Orte zum Hinzufügen: {new}. Schon in deinem Wegweiser: {same}. Anders beschrieben als bei dir: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="34"/>
        <source>For each place below, your own entry stays as it is unless you choose theirs.</source>
        <translation>Bei jedem Ort unten bleibt dein eigener Eintrag, wie er ist, außer du wählst den anderen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="38"/>
        <source>Yours: {text}</source>
        <translation>Deiner: {text}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="40"/>
        <source>Theirs: {text}</source>
        <translation>Der andere: {text}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="42"/>
        <source>What to keep for {name}</source>
        <translation>Was du für {name} behältst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="43"/>
        <source>Your own entry, or the one in the file you import.</source>
        <translation>Dein eigener Eintrag oder der aus der Datei, die du importierst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="44"/>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="44"/>
        <source>Use theirs</source>
        <translation>Den anderen nehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="47"/>
        <source>Places described differently</source>
        <translation>Anders beschriebene Orte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="48"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="48"/>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="49"/>
        <source>Closes this window; nothing is added or changed.</source>
        <translation>Schließt dieses Fenster; es wird nichts hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="51"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="51"/>
        <source>Import the directory</source>
        <translation>Den Wegweiser importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_import.py" line="52"/>
        <source>Adds the new places and uses theirs where you chose it.</source>
        <translation>Fügt die neuen Orte hinzu und nimmt die anderen Einträge dort, wo du das gewählt hast.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_model.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_model.py" line="33"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_model.py" line="34"/>
        <source>Needs it can meet</source>
        <translation>Wobei es helfen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_model.py" line="35"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
</context>
<context>
    <name>DirectoryPickerDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="25"/>
        <source>Add from my directory</source>
        <translation>Aus meinem Wegweiser hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="29"/>
        <source>Tick the places to suggest. Each goes into the reply as it is now; changing your directory later won&apos;t change this reply.</source>
        <translation>Hake die Orte an, die du vorschlagen willst. Jeder kommt so in die Antwort, wie er jetzt ist; spätere Änderungen an deinem Wegweiser ändern diese Antwort nicht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="31"/>
        <source>Your directory is empty. Add places to it from File ▸ My directory…</source>
        <translation>Dein Wegweiser ist leer. Füge Orte über Datei ▸ Mein Wegweiser… hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="32"/>
        <source>Search the directory</source>
        <translation>Im Wegweiser suchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="33"/>
        <source>Search names, needs, tags, places…</source>
        <translation>Namen, Bedürfnisse, Stichwörter, Orte suchen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="35"/>
        <source>Places in your directory</source>
        <translation>Orte in deinem Wegweiser</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="36"/>
        <source>Tick each place to add to the reply (Space ticks the chosen one).</source>
        <translation>Hake jeden Ort an, der in die Antwort soll (die Leertaste hakt den gewählten an).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="41"/>
        <source>{entry} (an idea for them)</source>
        <translation>{entry} (eine Idee für die Person)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="48"/>
        <source>Closes this window; nothing is added to the reply.</source>
        <translation>Schließt dieses Fenster; es wird nichts zur Antwort hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="50"/>
        <source>&amp;Add to the reply</source>
        <translation>Zur &amp;Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="51"/>
        <source>Add the ticked places to the reply</source>
        <translation>Die angehakten Orte zur Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_picker.py" line="52"/>
        <source>Copies each ticked place into the reply.</source>
        <translation>Kopiert jeden angehakten Ort in die Antwort.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="54"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="54"/>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="55"/>
        <source>Log a contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="55"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="56"/>
        <source>Log an activity</source>
        <translation>Aktivität eintragen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="57"/>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="91"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="93"/>
        <source>The day and time of this entry. Type them, or press Alt+Down for a calendar.</source>
        <translation>Tag und Uhrzeit dieses Eintrags. Gib sie ein oder drücke Alt+Down für einen Kalender.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="98"/>
        <source>W&amp;hen</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="130"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="144"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="146"/>
        <source>Saves this check-in to your journal.</source>
        <translation>Speichert diesen Check-in in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="147"/>
        <source>Saves this contact to your journal.</source>
        <translation>Speichert diesen Kontakt in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="148"/>
        <source>Saves this activity to your journal.</source>
        <translation>Speichert diese Aktivität in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="150"/>
        <source>Saves your changes. Undo on the Edit menu takes them back.</source>
        <translation>Speichert deine Änderungen. „Rückgängig“ im Menü „Bearbeiten“ nimmt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="153"/>
        <source>Closes this window without saving.</source>
        <translation>Schließt dieses Fenster, ohne zu speichern.</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="128"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="128"/>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_models.py" line="145"/>
        <source>Made {made}, imported {imported}</source>
        <translation>Erstellt {made}, importiert {imported}</translation>
    </message>
</context>
<context>
    <name>FeelingsPicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="75"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="75"/>
        <source>Type a feeling and press Enter, or click below</source>
        <translation>Gib ein Gefühl ein und drücke Enter, oder klicke unten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="97"/>
        <source>Feeling: {word}</source>
        <translation>Gefühl: {word}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="98"/>
        <source>Chooses this feeling, or takes it off again. From the keyboard, type it in the feelings field.</source>
        <translation>Wählt dieses Gefühl aus oder nimmt es wieder weg. Mit der Tastatur: Gib es in das Feld für Gefühle ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="138"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="140"/>
        <source>Type a feeling and press Enter to add or remove it. Chosen: {chosen}.</source>
        <translation>Gib ein Gefühl ein und drücke Enter, um es hinzuzufügen oder zu entfernen. Ausgewählt: {chosen}.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="79"/>
        <source>Change this goal</source>
        <translation>Dieses Ziel ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="79"/>
        <source>A new goal</source>
        <translation>Ein neues Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="158"/>
        <source>Something small and your own, like “find a walking group” or “call my brother once a week”. You can change it, pause it or let it go at any time.</source>
        <translation>Etwas Kleines, das dir gehört, zum Beispiel „eine Wandergruppe finden“ oder „einmal pro Woche meinen Bruder anrufen“. Du kannst es jederzeit ändern, pausieren oder loslassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="111"/>
        <source>Your goal</source>
        <translation>Dein Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="112"/>
        <source>e.g. find a walking group</source>
        <translation>z. B. eine Wandergruppe finden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="113"/>
        <source>Why it matters to you</source>
        <translation>Warum es dir wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="114"/>
        <source>What would be different? (optional)</source>
        <translation>Was wäre anders? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="115"/>
        <source>A first step</source>
        <translation>Ein erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="116"/>
        <source>The smallest thing you could do first</source>
        <translation>Das Kleinste, was du zuerst tun könntest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="129"/>
        <source>Might get in the way: {word}</source>
        <translation>Könnte im Weg stehen: {word}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="130"/>
        <source>Tick anything that might make this harder. It is just for planning.</source>
        <translation>Kreuze alles an, was es schwerer machen könnte. Das ist nur für die Planung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="134"/>
        <source>Something else that might get in the way</source>
        <translation>Etwas anderes, das im Weg stehen könnte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="135"/>
        <source>Separate several with commas</source>
        <translation>Mehreres mit Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="136"/>
        <source>Anything else, in your words (commas between)</source>
        <translation>Sonst noch etwas, in deinen Worten (mit Kommas dazwischen)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="117"/>
        <source>What could help</source>
        <translation>Was helfen könnte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="118"/>
        <source>Someone to go with, a bus pass, going early… (optional)</source>
        <translation>Jemand, der mitkommt, eine Busfahrkarte, früh losgehen… (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="86"/>
        <source>Day to look back on this goal</source>
        <translation>Tag für den Rückblick auf dieses Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="88"/>
        <source>On this day the Prompts page can remind you to look back.</source>
        <translation>An diesem Tag kann dich die Seite „Erinnerungen“ an den Rückblick erinnern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="143"/>
        <source>Who is helping</source>
        <translation>Wer hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="144"/>
        <source>Someone from your people who is helping with this (optional).</source>
        <translation>Jemand aus deinen Menschen, der dabei hilft (freiwillig).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="145"/>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="92"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="92"/>
        <source>A place or group from the Connecting page (optional).</source>
        <translation>Ein Ort oder eine Gruppe von der Seite „Verbindungen“ (freiwillig).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="93"/>
        <source>Nowhere in particular</source>
        <translation>Kein bestimmter Ort</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="162"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="164"/>
        <source>Saves this goal to your journal.</source>
        <translation>Speichert dieses Ziel in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="163"/>
        <source>Save this goal</source>
        <translation>Dieses Ziel speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="166"/>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="167"/>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="168"/>
        <source>&amp;First step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="169"/>
        <source>Might get in the wa&amp;y</source>
        <translation>Könnte &amp;im Weg stehen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="172"/>
        <source>What could &amp;help</source>
        <translation>Was &amp;helfen könnte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="173"/>
        <source>&amp;Look back on</source>
        <translation>&amp;Rückblick am</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="174"/>
        <source>Who is helpi&amp;ng</source>
        <translation>Wer hi&amp;lft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="175"/>
        <source>Whe&amp;re</source>
        <translation>W&amp;o</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="30"/>
        <source>anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="31"/>
        <source>transport</source>
        <translation>Anfahrt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="32"/>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="33"/>
        <source>not knowing anyone there</source>
        <translation>dort niemanden kennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="34"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="35"/>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="39"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="39"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="40"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="40"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="41"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="41"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="42"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="42"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="43"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="43"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="44"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="44"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="53"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="54"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="55"/>
        <source>Let go</source>
        <translation>Losgelassen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="56"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="66"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="67"/>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="68"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="74"/>
        <source>it happened</source>
        <translation>hat geklappt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="75"/>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="76"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="79"/>
        <source>picked up again</source>
        <translation>wieder aufgenommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="80"/>
        <source>paused for now</source>
        <translation>vorerst pausiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="81"/>
        <source>let go — plans change</source>
        <translation>losgelassen – Pläne ändern sich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="82"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="242"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/goals.py" line="243"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="55"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="55"/>
        <source>Looking back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="82"/>
        <source>ready to look back on</source>
        <translation>bereit für einen Rückblick</translation>
    </message>
</context>
<context>
    <name>GoalsWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="109"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="109"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="111"/>
        <source>New goal (Ctrl+Shift+G)</source>
        <translation>Neues Ziel (Strg+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="118"/>
        <source>Goals, grouped by state</source>
        <translation>Ziele, nach Stand geordnet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="119"/>
        <source>Choose a goal to see its plan and how it has gone. F2 changes it, Delete deletes it.</source>
        <translation>Wähle ein Ziel, um seinen Plan und den bisherigen Verlauf zu sehen. F2 ändert es, Delete löscht es.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="124"/>
        <source>Goal list columns</source>
        <translation>Spalten der Zielliste</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="131"/>
        <source>No goals yet. A goal can be small: “say hello to a neighbour”, “find out when the library group meets”. Gaps in “Do I know someone who could…?” can become goals too.</source>
        <translation>Noch keine Ziele. Ein Ziel darf klein sein: „einen Nachbarn grüßen“, „herausfinden, wann sich die Gruppe in der Bücherei trifft“. Auch Lücken bei „Kenne ich jemanden, der…?“ können zu Zielen werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="158"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="158"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="159"/>
        <source>Might get in the way</source>
        <translation>Könnte im Weg stehen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="160"/>
        <source>What could help</source>
        <translation>Was helfen könnte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="160"/>
        <source>Who is helping</source>
        <translation>Wer hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="161"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="161"/>
        <source>Look back on</source>
        <translation>Rückblick am</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="163"/>
        <source>How it has gone</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="164"/>
        <source>History of this goal</source>
        <translation>Verlauf dieses Ziels</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="165"/>
        <source>Each time you looked back on this goal, and what changed.</source>
        <translation>Jeder Rückblick auf dieses Ziel und was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="168"/>
        <source>&amp;Review…</source>
        <translation>&amp;Zurückblicken…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="169"/>
        <source>Look back on this goal</source>
        <translation>Auf dieses Ziel zurückblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="170"/>
        <source>Opens a short look back: did it happen, what got in the way, what next.</source>
        <translation>Öffnet einen kurzen Rückblick: ob es geklappt hat, was im Weg stand und wie es weitergeht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="171"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="172"/>
        <source>Change this goal&apos;s plan</source>
        <translation>Den Plan für dieses Ziel ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="173"/>
        <source>Opens this goal&apos;s plan to change it.</source>
        <translation>Öffnet den Plan für dieses Ziel, um ihn zu ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="174"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="291"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="175"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="292"/>
        <source>Pause this goal</source>
        <translation>Dieses Ziel pausieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="176"/>
        <source>A paused goal waits, with its history kept, until you pick it up again.</source>
        <translation>Ein pausiertes Ziel wartet mit seinem ganzen Verlauf, bis du es wieder aufnimmst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="177"/>
        <source>&amp;Let go</source>
        <translation>&amp;Loslassen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="178"/>
        <source>Let this goal go</source>
        <translation>Dieses Ziel loslassen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="179"/>
        <source>That&apos;s fine — plans change. Its history is kept.</source>
        <translation>Das ist in Ordnung – Pläne ändern sich. Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="181"/>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="181"/>
        <source>Delete this goal and its history</source>
        <translation>Dieses Ziel und seinen Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="182"/>
        <source>Deletes this goal and its history, after asking. Letting it go keeps the history instead.</source>
        <translation>Löscht dieses Ziel und seinen Verlauf, nach einer Nachfrage. Beim Loslassen bleibt der Verlauf dagegen erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="199"/>
        <source>Choose a goal to see its plan and how it has gone.</source>
        <translation>Wähle ein Ziel, um seinen Plan und den bisherigen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="223"/>
        <source>Ready to look back on, whenever suits you: {goals}.</source>
        <translation>Bereit für einen Rückblick, wann immer es dir passt: {goals}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="263"/>
        <source>{status} — ready to look back on, whenever suits you</source>
        <translation>{status} – bereit für einen Rückblick, wann immer es dir passt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="294"/>
        <source>&amp;Pick up again</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="295"/>
        <source>Pick this goal up again</source>
        <translation>Dieses Ziel wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="319"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="336"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="332"/>
        <source>Saved. This goal is done; its history stays here.</source>
        <translation>Gespeichert. Dieses Ziel ist erledigt; sein Verlauf bleibt hier.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="333"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="355"/>
        <source>Paused. It&apos;s here whenever you want to pick it up.</source>
        <translation>Pausiert. Es ist hier, wann immer du es wieder aufnehmen möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="334"/>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="360"/>
        <source>Let go. That&apos;s fine — plans change.</source>
        <translation>Losgelassen. Das ist in Ordnung – Pläne ändern sich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="345"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="357"/>
        <source>Picked up again.</source>
        <translation>Wieder aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="368"/>
        <source>Delete this goal?</source>
        <translation>Dieses Ziel löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="369"/>
        <source>Delete “{title}” and its history? This can&apos;t be undone. (Letting it go keeps its history.)</source>
        <translation>„{title}“ und seinen Verlauf löschen? Das kann nicht rückgängig gemacht werden. (Beim Loslassen bleibt der Verlauf erhalten.)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="371"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="371"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goals_tab.py" line="372"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>IdeasBox</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="24"/>
        <source>nobody yet to {what}</source>
        <translation>noch niemand, der: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="26"/>
        <source>only one person to {what}</source>
        <translation>nur eine Person, die: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="27"/>
        <source>goal not started: {title}</source>
        <translation>Ziel noch nicht begonnen: {title}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="32"/>
        <source>talked about</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="34"/>
        <source>not for them</source>
        <translation>nichts für sie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="46"/>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="51"/>
        <source>Ideas to talk through</source>
        <translation>Ideen zum Besprechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="48"/>
        <source>From your directory, for what this file says they have nobody for yet, rests on one person, or a goal not started. Only ideas: nothing is sent to them.</source>
        <translation>Aus deinem Wegweiser, für das, wofür laut dieser Datei noch niemand da ist, was an einer Person hängt, oder ein Ziel, das noch nicht begonnen hat. Nur Ideen: Nichts davon wird ihnen geschickt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="57"/>
        <source>Your mark on the chosen idea</source>
        <translation>Deine Markierung an der gewählten Idee</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="58"/>
        <source>Private to you: whether you talked about the idea, or it is not for them.</source>
        <translation>Nur für dich: ob ihr über die Idee gesprochen habt oder ob sie nichts für die Person ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="59"/>
        <source>No mark</source>
        <translation>Keine Markierung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="59"/>
        <source>Talked about</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="60"/>
        <source>Not for them</source>
        <translation>Nichts für sie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="95"/>
        <source>{name} ({mark})</source>
        <translation>{name} ({mark})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="96"/>
        <source>For: {gaps}</source>
        <translation>Für: {gaps}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="103"/>
        <source>None of your directory&apos;s entries meets what this file shares yet. Add places with File ▸ My directory…</source>
        <translation>Noch passt kein Eintrag deines Wegweisers zu dem, was diese Datei teilt. Füge Orte über Datei ▸ Mein Wegweiser… hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/directory_ideas.py" line="126"/>
        <source>Not marked</source>
        <translation>Nicht markiert</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="111"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="119"/>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="66"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="110"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="118"/>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="65"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="170"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="176"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="172"/>
        <source>What your entries show over time. There are no scores here, just pictures of what you noted, to use however helps you.</source>
        <translation>Was deine Einträge im Lauf der Zeit zeigen. Hier gibt es keine Bewertungen, nur Bilder von dem, was du notiert hast – nutze sie so, wie es dir hilft.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="191"/>
        <source>Kinds of insight</source>
        <translation>Arten von Einblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="177"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="108"/>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="63"/>
        <source>The same numbers as the chart. The arrow keys move between the cells.</source>
        <translation>Dieselben Zahlen wie im Diagramm. Mit den Pfeiltasten wechselst du zwischen den Zellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="178"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="255"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="179"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="339"/>
        <source>Contacts and activities</source>
        <translation>Kontakte und Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="180"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="356"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="181"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="384"/>
        <source>My network</source>
        <translation>Mein Netzwerk</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="183"/>
        <source>My trackers</source>
        <translation>Meine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="185"/>
        <source>Your mood over time, as a chart and in words.</source>
        <translation>Deine Stimmung im Verlauf, als Diagramm und in Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="186"/>
        <source>A square for each day of a year, coloured by mood, with words in a key.</source>
        <translation>Ein Feld für jeden Tag eines Jahres, nach Stimmung eingefärbt, mit einer Legende in Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="187"/>
        <source>Contacts and activities each week, and how many people each month.</source>
        <translation>Kontakte und Aktivitäten pro Woche und wie viele Menschen pro Monat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="188"/>
        <source>What tends to go with your better days, and who you haven&apos;t seen for a while.</source>
        <translation>Was oft mit deinen besseren Tagen einhergeht und wen du länger nicht gesehen hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="189"/>
        <source>A map of your circles, and who can help with what.</source>
        <translation>Eine Karte deiner Kreise und wer bei was helfen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="190"/>
        <source>A chart for each of your own trackers, such as sleep or medication.</source>
        <translation>Ein Diagramm für jeden deiner eigenen Tracker, zum Beispiel Schlaf oder Medikamente.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="194"/>
        <source>Export summary as P&amp;DF…</source>
        <translation>Zusammenfassung als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="196"/>
        <source>Export a summary as a PDF</source>
        <translation>Eine Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="198"/>
        <source>Charts and tables for a period you choose, to print or take to a meeting.</source>
        <translation>Diagramme und Tabellen für einen Zeitraum deiner Wahl, zum Ausdrucken oder um sie zu einem Termin mitzunehmen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="219"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="220"/>
        <source>How far back the mood chart goes.</source>
        <translation>Wie weit das Stimmungsdiagramm zurückreicht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="227"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="518"/>
        <source>Show as a table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="229"/>
        <source>Show the mood numbers as a table</source>
        <translation>Die Stimmungswerte als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="231"/>
        <source>Shows or hides a table with the same numbers as the chart.</source>
        <translation>Zeigt oder verbirgt eine Tabelle mit denselben Zahlen wie im Diagramm.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="233"/>
        <source>Mood by day</source>
        <translation>Stimmung pro Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="238"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="321"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="256"/>
        <source>The year the grid below shows, a square for each day.</source>
        <translation>Das Jahr, das das Raster unten zeigt, mit einem Feld für jeden Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="264"/>
        <source>Choose a day to see what you noted then.</source>
        <translation>Wähle einen Tag, um zu sehen, was du an diesem Tag notiert hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="267"/>
        <source>Entries on the chosen day</source>
        <translation>Einträge am gewählten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="268"/>
        <source>What you noted on the day chosen in the grid above.</source>
        <translation>Was du an dem Tag notiert hast, der im Raster oben gewählt ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="270"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="276"/>
        <source>Colour key:</source>
        <translation>Farblegende:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="279"/>
        <source>No check-in</source>
        <translation>Kein Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="294"/>
        <source>Time range for contacts and activities</source>
        <translation>Zeitraum für Kontakte und Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="295"/>
        <source>How far back the charts below go.</source>
        <translation>Wie weit die Diagramme unten zurückreichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="300"/>
        <source>Contacts each week, by way of contact</source>
        <translation>Kontakte pro Woche, nach Art des Kontakts</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="302"/>
        <source>Activities each week, by kind</source>
        <translation>Aktivitäten pro Woche, nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="304"/>
        <source>Different people in touch each month</source>
        <translation>Verschiedene Menschen mit Kontakt pro Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="306"/>
        <source>Show as tables</source>
        <translation>Als Tabellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="308"/>
        <source>Show the numbers as tables</source>
        <translation>Die Zahlen als Tabellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="310"/>
        <source>Shows or hides tables with the same numbers as the charts.</source>
        <translation>Zeigt oder verbirgt Tabellen mit denselben Zahlen wie in den Diagrammen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="312"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="330"/>
        <source>Contacts each week</source>
        <translation>Kontakte pro Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="313"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="331"/>
        <source>Activities each week</source>
        <translation>Aktivitäten pro Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="314"/>
        <source>People each month</source>
        <translation>Menschen pro Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="332"/>
        <source>Different people you were in touch with, each month</source>
        <translation>Verschiedene Menschen, mit denen du Kontakt hattest, pro Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="347"/>
        <source>Better days</source>
        <translation>Bessere Tage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="348"/>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="363"/>
        <source>Hover over or choose a person to see more. Drag someone to another circle to move them, or choose them with the arrow keys and press Ctrl+Up or Ctrl+Down.</source>
        <translation>Fahre mit der Maus über eine Person oder wähle sie aus, um mehr zu sehen. Zieh jemanden in einen anderen Kreis, um die Person zu verschieben, oder wähle sie mit den Pfeiltasten und drücke Strg+Up oder Strg+Down.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="406"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="555"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="488"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="596"/>
        <source>Working it out…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="705"/>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="369"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="379"/>
        <source>Who can help with what</source>
        <translation>Wer bei was helfen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="370"/>
        <source>For each kind of help, who you said can give it. The arrow keys move between the cells.</source>
        <translation>Für jede Art von Hilfe, wer sie deiner Angabe nach geben kann. Mit den Pfeiltasten wechselst du zwischen den Zellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="387"/>
        <source>Save a &amp;snapshot</source>
        <translation>&amp;Momentaufnahme speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="389"/>
        <source>Save a snapshot of your network</source>
        <translation>Eine Momentaufnahme deines Netzwerks speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="391"/>
        <source>Keeps a dated copy of this map, to compare with later on the Connecting page.</source>
        <translation>Bewahrt eine datierte Kopie dieser Karte auf, um sie später auf der Seite „Verbindungen“ zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="396"/>
        <source>Snapshot status</source>
        <translation>Status der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="403"/>
        <source>Save a snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="408"/>
        <source>Saved a snapshot of {people} on {date}. To compare it with another date, see Connecting, Network over time.</source>
        <translation>Momentaufnahme mit {people} am {date} gespeichert. Um sie mit einem anderen Datum zu vergleichen, siehe „Verbindungen“ › „Netzwerk im Verlauf“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="518"/>
        <source>Hide the table</source>
        <translation>Tabelle ausblenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="529"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="529"/>
        <source>Mood that day</source>
        <translation>Stimmung an dem Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="529"/>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="553"/>
        <source>nothing noted that day</source>
        <translation>an diesem Tag nichts notiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="568"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="576"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="568"/>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="576"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="581"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="582"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="582"/>
        <source>Different people</source>
        <translation>Verschiedene Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="664"/>
        <source>Nothing to show here yet.</source>
        <translation>Hier gibt es noch nichts zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/help_model.py" line="55"/>
        <source>{name} can help: {kind}</source>
        <translation>{name} kann helfen: {kind}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/help_model.py" line="56"/>
        <source>{name} is not down to help: {kind}</source>
        <translation>{name} ist nicht eingetragen für: {kind}</translation>
    </message>
</context>
<context>
    <name>KeyBackupDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="74"/>
        <source>Back up your key</source>
        <translation>Deinen Schlüssel sichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="77"/>
        <source>Your key is the only way to open the files people send you. If this computer breaks or is lost, a key backup lets you open their files on a new computer.

1. Choose a passphrase for the backup and write it down somewhere safe.
2. Save the backup somewhere away from this computer, for example on a USB stick.
3. PeerJournal opens the saved backup again to check it works.</source>
        <translation>Nur mit deinem Schlüssel kannst du die Dateien öffnen, die Menschen dir schicken. Wenn dieser Computer kaputtgeht oder verloren geht, kannst du mit einer Schlüsselsicherung ihre Dateien auf einem neuen Computer öffnen.

1. Wähle eine Passphrase für die Sicherung und schreib sie an einem sicheren Ort auf.
2. Speichere die Sicherung nicht auf diesem Computer, zum Beispiel auf einem USB-Stick.
3. PeerJournal öffnet die gespeicherte Sicherung noch einmal, um zu prüfen, ob sie funktioniert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="82"/>
        <source>Passphrase for the backup</source>
        <translation>Passphrase für die Sicherung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="83"/>
        <source>At least 8 characters. What you type is hidden.</source>
        <translation>Mindestens 8 Zeichen. Was du tippst, wird nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="84"/>
        <source>The passphrase again</source>
        <translation>Die Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="85"/>
        <source>Type the same passphrase again, to be sure of it.</source>
        <translation>Gib dieselbe Passphrase noch einmal ein, damit sie sicher stimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="87"/>
        <source>&amp;Save key backup…</source>
        <translation>Schlüsselsicherung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="87"/>
        <source>Save the key backup</source>
        <translation>Die Schlüsselsicherung speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="88"/>
        <source>Asks where to save, saves the backup and opens it again to check it.</source>
        <translation>Fragt, wo gespeichert werden soll, speichert die Sicherung und öffnet sie zur Prüfung noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="91"/>
        <source>Closes this window; nothing is saved.</source>
        <translation>Schließt dieses Fenster; nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="93"/>
        <source>&amp;Passphrase for the backup</source>
        <translation>&amp;Passphrase für die Sicherung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="94"/>
        <source>The passphrase &amp;again</source>
        <translation>Die Passphrase noch &amp;einmal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="102"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Bitte gib sie noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="109"/>
        <source>Save your key backup</source>
        <translation>Deine Schlüsselsicherung speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="123"/>
        <source>Key backup saved</source>
        <translation>Schlüsselsicherung gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="124"/>
        <source>Your key backup is saved as {file} and was checked: it opens with your passphrase. Keep it away from this computer, and keep the passphrase somewhere else.</source>
        <translation>Deine Schlüsselsicherung ist als {file} gespeichert und wurde geprüft: Sie öffnet sich mit deiner Passphrase. Bewahre sie nicht auf diesem Computer auf, und die Passphrase an einem anderen Ort.</translation>
    </message>
</context>
<context>
    <name>KeyBackupDialogs</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="45"/>
        <source>PeerJournal key backups (*{suffix});;All files (*)</source>
        <translation>PeerJournal-Schlüsselsicherungen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="64"/>
        <source>That did not work. Nothing was changed.</source>
        <translation>Das hat nicht geklappt. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="149"/>
        <source>Your key and fingerprint</source>
        <translation>Dein Schlüssel und Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="151"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="151"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="152"/>
        <source>Closes this window. Nothing changes.</source>
        <translation>Schließt dieses Fenster. Es ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="43"/>
        <source>Give this key to the people you support. They add it on the Sharing page of their PeerJournal, then you read the fingerprint aloud to each other: it should be the same on both screens. The key only lets them lock files for you and check that replies are from you, so it is safe to send.</source>
        <translation>Gib diesen Schlüssel den Menschen, die du unterstützt. Sie fügen ihn auf der Seite „Teilen“ ihres PeerJournal hinzu, dann lest ihr euch gegenseitig den Fingerabdruck vor: Er sollte auf beiden Bildschirmen gleich sein. Mit dem Schlüssel können sie nur Dateien für dich verschließen und prüfen, ob Antworten von dir kommen – darum kann er bedenkenlos verschickt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="60"/>
        <source>Your key</source>
        <translation>Dein Schlüssel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="68"/>
        <source>Your public key</source>
        <translation>Dein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="69"/>
        <source>To give to the people you support. It can be selected and copied, not changed.</source>
        <translation>Zum Weitergeben an die Menschen, die du unterstützt. Er kann markiert und kopiert, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="77"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="77"/>
        <source>Copy your key</source>
        <translation>Deinen Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="78"/>
        <source>Copies your key, so you can paste it into a message to the person you support.</source>
        <translation>Kopiert deinen Schlüssel, damit du ihn in eine Nachricht an die Person einfügen kannst, die du unterstützt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="81"/>
        <source>Save &amp;key file…</source>
        <translation>&amp;Schlüsseldatei speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="81"/>
        <source>Save your key to a file</source>
        <translation>Deinen Schlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="82"/>
        <source>Saves your key in a small text file you can send. It holds only your public key.</source>
        <translation>Speichert deinen Schlüssel in einer kleinen Textdatei, die du verschicken kannst. Sie enthält nur deinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="99"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="100"/>
        <source>Restore your key from a key backup</source>
        <translation>Deinen Schlüssel aus einer Schlüsselsicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="101"/>
        <source>Were you a supporter in PeerJournal on another computer? Restore your key backup, so the files people make for your key open here.</source>
        <translation>Warst du schon auf einem anderen Computer Unterstützer:in in PeerJournal? Stelle deine Schlüsselsicherung wieder her, damit sich die Dateien, die Menschen für deinen Schlüssel erstellen, hier öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="118"/>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="120"/>
        <source>Fingerprint to compare aloud: {fingerprint}</source>
        <translation>Fingerabdruck zum lauten Vergleichen: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="124"/>
        <source>Your key is copied. Paste it into a message to the person you support.</source>
        <translation>Dein Schlüssel ist kopiert. Füge ihn in eine Nachricht an die Person ein, die du unterstützt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="128"/>
        <source>Save your key file</source>
        <translation>Deine Schlüsseldatei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="128"/>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Schlüsseldateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="136"/>
        <source>Key file not saved</source>
        <translation>Schlüsseldatei nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_key.py" line="138"/>
        <source>Your key is saved in {name}. It holds only your public key.</source>
        <translation>Dein Schlüssel ist in {name} gespeichert. Die Datei enthält nur deinen öffentlichen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>KeyRestoreDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="137"/>
        <source>Restore your key</source>
        <translation>Deinen Schlüssel wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="140"/>
        <source>Use your key backup, for example on a new computer: files people made for that key will open here again. The key this supporter journal has now is replaced; what you have already opened stays.</source>
        <translation>Nutze deine Schlüsselsicherung, zum Beispiel auf einem neuen Computer: Dateien, die Menschen für diesen Schlüssel erstellt haben, öffnen sich dann hier wieder. Der Schlüssel, den dieses Tagebuch als Unterstützer:in jetzt hat, wird ersetzt; was du schon geöffnet hast, bleibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="143"/>
        <source>No backup chosen yet.</source>
        <translation>Noch keine Sicherung ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="144"/>
        <source>&amp;Choose backup…</source>
        <translation>Sicherung &amp;auswählen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="145"/>
        <source>Choose the key backup file</source>
        <translation>Die Datei der Schlüsselsicherung auswählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="146"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="147"/>
        <source>The passphrase you chose when you saved the backup.</source>
        <translation>Die Passphrase, die du beim Speichern der Sicherung gewählt hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="149"/>
        <source>&amp;Restore key</source>
        <translation>Schlüssel &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="149"/>
        <source>Restore the key from the backup</source>
        <translation>Den Schlüssel aus der Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="150"/>
        <source>Opens the backup with the passphrase and makes its key this supporter journal&apos;s key.</source>
        <translation>Öffnet die Sicherung mit der Passphrase und macht ihren Schlüssel zum Schlüssel dieses Tagebuchs als Unterstützer:in.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="152"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="153"/>
        <source>Closes this window; nothing is changed.</source>
        <translation>Schließt dieses Fenster; nichts wird geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="156"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="161"/>
        <source>Choose your key backup</source>
        <translation>Deine Schlüsselsicherung auswählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="170"/>
        <source>Please choose your key backup first.</source>
        <translation>Bitte wähle zuerst deine Schlüsselsicherung aus.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="178"/>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="195"/>
        <source>Key restored</source>
        <translation>Schlüssel wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="178"/>
        <source>This supporter journal already has that key.</source>
        <translation>Dieses Tagebuch als Unterstützer:in hat diesen Schlüssel schon.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="182"/>
        <source>Replace the key in use?</source>
        <translation>Den Schlüssel ersetzen, der in Gebrauch ist?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="183"/>
        <source>People have already shared with the key this supporter journal has now. After restoring, files made for that key will no longer open here, and your replies will be signed with the restored key. Restore the backup&apos;s key anyway?</source>
        <translation>Menschen haben schon mit dem Schlüssel geteilt, den dieses Tagebuch als Unterstützer:in jetzt hat. Nach dem Wiederherstellen öffnen sich Dateien, die für diesen Schlüssel erstellt wurden, hier nicht mehr, und deine Antworten werden mit dem wiederhergestellten Schlüssel signiert. Den Schlüssel aus der Sicherung trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="186"/>
        <source>Restore key</source>
        <translation>Schlüssel wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/key_backup.py" line="196"/>
        <source>Your key is restored. Files made for it open here now. Give the people you support your key again only if they ask: it is the same key as before.</source>
        <translation>Dein Schlüssel ist wiederhergestellt. Dateien, die dafür erstellt wurden, öffnen sich jetzt hier. Gib den Menschen, die du unterstützt, deinen Schlüssel nur neu, wenn sie danach fragen: Es ist derselbe Schlüssel wie vorher.</translation>
    </message>
</context>
<context>
    <name>LineListEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="150"/>
        <source>Edit this line</source>
        <translation>Diese Zeile bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="170"/>
        <source>Put a name from your People into the line</source>
        <translation>Einen Namen aus deinen Menschen in die Zeile setzen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="172"/>
        <source>Choosing a person adds their name to the line you are writing.</source>
        <translation>Wenn du eine Person wählst, kommt ihr Name in die Zeile, die du gerade schreibst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="179"/>
        <source>F2 changes the chosen line, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>F2 ändert die gewählte Zeile, Delete entfernt sie, Alt+Up und Alt+Down verschieben sie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="191"/>
        <source>New line for “{heading}”</source>
        <translation>Neue Zeile für „{heading}“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="195"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="196"/>
        <source>Add this line to “{heading}”</source>
        <translation>Diese Zeile zu „{heading}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="197"/>
        <source>Add the line (Enter)</source>
        <translation>Die Zeile hinzufügen (Enter)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="201"/>
        <source>Remove the chosen line from “{heading}”</source>
        <translation>Die gewählte Zeile aus „{heading}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="202"/>
        <source>Remove the chosen line (Delete)</source>
        <translation>Die gewählte Zeile entfernen (Delete)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="202"/>
        <source>Move the chosen line up</source>
        <translation>Die gewählte Zeile nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="203"/>
        <source>Move the chosen line down</source>
        <translation>Die gewählte Zeile nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="242"/>
        <source>Add a name…</source>
        <translation>Einen Namen einfügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="266"/>
        <source>Type something first, then press Enter to add it.</source>
        <translation>Schreib zuerst etwas und drücke dann Enter, um es hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="269"/>
        <source>This list can hold at most {limit} lines.</source>
        <translation>Diese Liste kann höchstens {limit} Zeilen enthalten.</translation>
    </message>
</context>
<context>
    <name>ListOrderButtons</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="75"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="77"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="78"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="79"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="80"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="120"/>
        <source>Feelings and kinds of activity</source>
        <translation>Gefühle und Arten von Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="122"/>
        <source>These are the words offered when you write an entry. Removing one does not change entries that already use it.</source>
        <translation>Das sind die Wörter, die dir beim Schreiben eines Eintrags angeboten werden. Wenn du eines entfernst, ändert das nichts an Einträgen, die es schon verwenden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="126"/>
        <source>Your feelings list</source>
        <translation>Deine Liste der Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="126"/>
        <source>New feeling</source>
        <translation>Neues Gefühl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="127"/>
        <source>Add to the feelings list</source>
        <translation>Zur Liste der Gefühle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="128"/>
        <source>Remove the chosen word from the feelings list</source>
        <translation>Das gewählte Wort aus der Liste der Gefühle entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="132"/>
        <source>Your list of kinds of activity</source>
        <translation>Deine Liste der Arten von Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="132"/>
        <source>New kind of activity</source>
        <translation>Neue Art von Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="133"/>
        <source>Add to the kinds of activity</source>
        <translation>Zu den Arten von Aktivitäten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="134"/>
        <source>Remove the chosen kind of activity from the list</source>
        <translation>Die gewählte Art von Aktivität aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="141"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="142"/>
        <source>&amp;Feelings</source>
        <translation>&amp;Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="143"/>
        <source>&amp;Kinds of activity</source>
        <translation>&amp;Arten von Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="144"/>
        <source>The feelings offered in a check-in.</source>
        <translation>Die Gefühle, die bei einem Check-in angeboten werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="145"/>
        <source>The kinds of activity offered when you log one.</source>
        <translation>Die Arten von Aktivitäten, die beim Eintragen einer Aktivität angeboten werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="148"/>
        <source>Closes this window. Changes to the lists are already saved.</source>
        <translation>Schließt dieses Fenster. Änderungen an den Listen sind schon gespeichert.</translation>
    </message>
</context>
<context>
    <name>LockDrafts</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_dialog.py" line="295"/>
        <source>The goal you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation>Das Ziel, das du beim Sperren des Tagebuchs geändert hast, ist nicht mehr in deinem Tagebuch, darum konnten deine Änderungen daran nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="241"/>
        <source>The goal you were looking back on when the journal locked is no longer open to look back on, so what you wrote could not come back.</source>
        <translation>Das Ziel, auf das du beim Sperren des Tagebuchs zurückgeblickt hast, ist nicht mehr für einen Rückblick geöffnet, darum konnte das, was du geschrieben hast, nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="151"/>
        <source>The place you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation>Der Ort, den du beim Sperren des Tagebuchs geändert hast, ist nicht mehr in deinem Tagebuch, darum konnten deine Änderungen daran nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_dialog.py" line="243"/>
        <source>The entry you were changing when the journal locked is no longer in your journal, so your changes to it could not come back.</source>
        <translation>Der Eintrag, den du beim Sperren des Tagebuchs geändert hast, ist nicht mehr in deinem Tagebuch, darum konnten deine Änderungen daran nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="28"/>
        <source>Your unsaved typing could not be kept because the disk is full.</source>
        <translation>Was du ungespeichert getippt hattest, konnte nicht aufbewahrt werden, weil der Datenträger voll ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="30"/>
        <source>Your unsaved typing could not be kept because saving it did not work.</source>
        <translation>Was du ungespeichert getippt hattest, konnte nicht aufbewahrt werden, weil das Speichern nicht geklappt hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="32"/>
        <source>Which reminders you had already seen could not be noted because the disk is full, so one may come again.</source>
        <translation>Welche Erinnerungen du schon gesehen hattest, konnte nicht festgehalten werden, weil der Datenträger voll ist – vielleicht kommt deshalb eine noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="35"/>
        <source>Which reminders you had already seen could not be noted, so one may come again.</source>
        <translation>Welche Erinnerungen du schon gesehen hattest, konnte nicht festgehalten werden – vielleicht kommt deshalb eine noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="38"/>
        <source>Your journal is locked.</source>
        <translation>Dein Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/lock_notice.py" line="39"/>
        <source>Once there is some free space on the disk, PeerJournal can save again.</source>
        <translation>Sobald auf dem Datenträger wieder etwas Platz frei ist, kann PeerJournal wieder speichern.</translation>
    </message>
</context>
<context>
    <name>LockedBadDayView</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="27"/>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="28"/>
        <source>My plan for a bad day</source>
        <translation>Mein Plan für einen schlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="29"/>
        <source>The parts of your plan you chose to keep for when your journal is locked. Read only.</source>
        <translation>Die Teile deines Plans, die du für die Zeit aufbewahren wolltest, in der dein Tagebuch gesperrt ist. Nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="38"/>
        <source>&amp;Unlock my journal</source>
        <translation>Mein Tagebuch &amp;entsperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="38"/>
        <source>Unlock my journal</source>
        <translation>Mein Tagebuch entsperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="40"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="40"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_bad_day_view.py" line="49"/>
        <source>Nothing is in the copy yet. Unlock your journal to add to your plan.</source>
        <translation>In der Kopie steht noch nichts. Entsperre dein Tagebuch, um deinen Plan zu ergänzen.</translation>
    </message>
</context>
<context>
    <name>LockedCopyPanel</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="34"/>
        <source>If you like, your plan for a bad day can open from the tray icon even while your journal is locked, like an emergency card on a phone&apos;s lock screen. For that, the parts you tick below are kept in a separate file that is NOT encrypted: anyone using this computer account can read it. Nothing else from your journal goes in it. Switching this off removes the file.</source>
        <translation>Wenn du möchtest, lässt sich dein Plan für einen schlechten Tag über das Symbol im Infobereich öffnen, auch während dein Tagebuch gesperrt ist – wie ein Notfallausweis auf dem Sperrbildschirm eines Handys. Dafür werden die Teile, die du unten ankreuzt, in einer eigenen Datei aufbewahrt, die NICHT verschlüsselt ist: Alle, die dieses Benutzerkonto auf dem Computer nutzen, können sie lesen. Sonst kommt nichts aus deinem Tagebuch hinein. Wenn du das ausschaltest, wird die Datei entfernt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="40"/>
        <source>Open my plan for a bad day from the tray while the journal is locked</source>
        <translation>Meinen Plan für einen schlechten Tag im Infobereich öffnen, auch wenn das Tagebuch gesperrt ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="41"/>
        <source>Open my plan for a bad day while locked</source>
        <translation>Meinen Plan für einen schlechten Tag auch gesperrt öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="42"/>
        <source>Keeps a copy of the ticked parts outside the encrypted journal. Off unless you switch it on.</source>
        <translation>Bewahrt eine Kopie der angekreuzten Teile außerhalb des verschlüsselten Tagebuchs auf. Aus, bis du es einschaltest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="44"/>
        <source>Parts to keep in the copy</source>
        <translation>Teile, die in die Kopie kommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="49"/>
        <source>Keeps this part of your plan in the copy.</source>
        <translation>Nimmt diesen Teil deines Plans in die Kopie auf.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="54"/>
        <source>Problem with the copy</source>
        <translation>Problem mit der Kopie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="98"/>
        <source>Switched on. The ticked parts are kept, not encrypted, in {path}. Anyone using this computer account can read them.</source>
        <translation>Eingeschaltet. Die angekreuzten Teile liegen unverschlüsselt in {path}. Alle, die dieses Benutzerkonto auf dem Computer nutzen, können sie lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/locked_copy_panel.py" line="102"/>
        <source>Switched off. No copy of your plan is kept outside your journal.</source>
        <translation>Ausgeschaltet. Außerhalb deines Tagebuchs wird keine Kopie deines Plans aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>LookingBackBox</name>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="19"/>
        <source>Looking back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="24"/>
        <source>Show an entry from &amp;this day in earlier years</source>
        <translation>Einen Eintrag von &amp;diesem Tag aus früheren Jahren zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="25"/>
        <source>Show an entry from this day in earlier years</source>
        <translation>Einen Eintrag von diesem Tag aus früheren Jahren zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="26"/>
        <source>Now and then, Today shows an entry from the same date in an earlier year that you rated good or marked to remember.</source>
        <translation>Ab und zu zeigt „Heute“ einen Eintrag vom selben Datum aus einem früheren Jahr, den du gut bewertet oder zum Erinnern markiert hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="30"/>
        <source>Include &amp;low entries too</source>
        <translation>Auch &amp;schwere Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="30"/>
        <source>Include low entries too</source>
        <translation>Auch schwere Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="31"/>
        <source>Also low entries (rated 1 or 2) that you marked to remember. Off unless you want them.</source>
        <translation>Auch schwere Einträge (mit 1 oder 2 bewertet), die du zum Erinnern markiert hast. Aus, solange du es nicht möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/looking_back_box.py" line="34"/>
        <source>Why this was not saved</source>
        <translation>Warum das nicht gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="74"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="74"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="75"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="75"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="76"/>
        <source>Connecting</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="76"/>
        <source>Support plan</source>
        <translation>Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="77"/>
        <source>Prompts</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="77"/>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="78"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="78"/>
        <source>About your data</source>
        <translation>Über deine Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="108"/>
        <source>{app} — demo journal</source>
        <translation>{app} — Demo-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="250"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="251"/>
        <source>The up and down arrow keys choose a page; Ctrl+1 to Ctrl+0 go straight to one.</source>
        <translation>Mit den Pfeiltasten nach oben und unten wählst du eine Seite; Strg+1 bis Strg+0 springen direkt zu einer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="273"/>
        <source>Demo journal
sample data, deleted when you quit</source>
        <translation>Demo-Tagebuch
Beispieldaten, werden beim Beenden gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="129"/>
        <source>Your journal is open. It is encrypted on this computer.</source>
        <translation>Dein Tagebuch ist geöffnet. Es ist auf diesem Computer verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="253"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="301"/>
        <source>&amp;New check-in</source>
        <translation>&amp;Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="303"/>
        <source>Log a &amp;contact…</source>
        <translation>&amp;Kontakt eintragen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="305"/>
        <source>Log an &amp;activity…</source>
        <translation>&amp;Aktivität eintragen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="307"/>
        <source>New &amp;goal…</source>
        <translation>Neues &amp;Ziel…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="309"/>
        <source>Feelings and &amp;kinds of activity…</source>
        <translation>Gefühle und A&amp;rten von Aktivitäten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="311"/>
        <source>My track&amp;ers…</source>
        <translation>Meine Tra&amp;cker…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="312"/>
        <source>&amp;My support plan</source>
        <translation>&amp;Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="314"/>
        <source>&amp;Share with a supporter…</source>
        <translation>Mit einer Unterstützungsperson &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="316"/>
        <source>Open a &amp;reply from a supporter…</source>
        <translation>Ant&amp;wort einer Unterstützungsperson öffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="318"/>
        <source>Export summary as P&amp;DF…</source>
        <translation>Zusammenfassung als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="321"/>
        <source>&amp;Import people from a contacts file (vCard)…</source>
        <translation>Menschen aus einer Kontaktdatei (vCard) &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="323"/>
        <source>Import from another &amp;app…</source>
        <translation>Aus einer anderen &amp;App importieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="325"/>
        <source>&amp;Take all my data…</source>
        <translation>Alle meine Daten mitnehm&amp;en…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="327"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="330"/>
        <source>&amp;Open supporter mode…</source>
        <translation>Unterstützungsmodus ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="333"/>
        <source>For peer workers: opens (or, the first time, makes) a separate supporter vault in its own window.</source>
        <translation>Für Peer-Begleiter:innen: öffnet (beim ersten Mal: legt an) einen eigenen Unterstützungs-Tresor in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="334"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="335"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="336"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="339"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="348"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="350"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="358"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="361"/>
        <source>About your &amp;data</source>
        <translation>Über deine &amp;Daten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="369"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="389"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="395"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="398"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="490"/>
        <source>I&apos;ll ask again at {time}.</source>
        <translation>Ich frage um {time} Uhr noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="492"/>
        <source>I&apos;ll ask again {day} at {time}.</source>
        <translation>Ich frage am {day} um {time} Uhr noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="500"/>
        <source>Could not add this person</source>
        <translation>Diese Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="504"/>
        <source>Added {name} to your people. You can add more about them on the People page.</source>
        <translation>{name} ist jetzt bei deinen Menschen. Mehr kannst du auf der Seite „Menschen“ eintragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="525"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="529"/>
        <source>Changes saved. Undo with Ctrl+Z.</source>
        <translation>Änderungen gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="536"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="548"/>
        <source>Cannot edit</source>
        <translation>Kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="555"/>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="556"/>
        <source>Delete the check-in from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Den Check-in vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="557"/>
        <source>Delete the contact from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Den Kontakt vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="558"/>
        <source>Delete the activity from {when}?

You can undo this with Ctrl+Z.</source>
        <translation>Die Aktivität vom {when} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="560"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="566"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="568"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="574"/>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="575"/>
        <source>Your journal now opens with the new passphrase.</source>
        <translation>Dein Tagebuch öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="593"/>
        <source>Saved the summary as {name}.</source>
        <translation>Die Zusammenfassung ist als {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="637"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/main_window.py" line="639"/>
        <source>A private journal of how you feel, the people in your life and what you do. Everything stays on this computer, encrypted with your passphrase. Nothing is sent anywhere.</source>
        <translation>Ein privates Tagebuch darüber, wie es dir geht, über die Menschen in deinem Leben und was du tust. Alles bleibt auf diesem Computer, verschlüsselt mit deiner Passphrase. Nichts wird irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>MentionContact</name>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="34"/>
        <source>Time together</source>
        <translation>Zeit zusammen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="38"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="40"/>
        <source>Also note time with {names} today?</source>
        <translation>Auch Zeit mit {names} heute eintragen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="43"/>
        <source>Yes, note it</source>
        <translation>Ja, eintragen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="44"/>
        <source>Not this time</source>
        <translation>Diesmal nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="45"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/mention_contact.py" line="46"/>
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
</context>
<context>
    <name>MentionNote</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="37"/>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="38"/>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="43"/>
        <source>Their name:</source>
        <translation>Name der Person:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="64"/>
        <source>People you can name</source>
        <translation>Menschen, die du nennen kannst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="66"/>
        <source>Up and Down choose, Enter names the person in your note, Escape keeps what you typed.</source>
        <translation>Pfeil hoch und runter wählen, Enter nennt die Person in deiner Notiz, Escape behält, was du getippt hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="123"/>
        <source>Add someone…</source>
        <translation>Jemanden hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/mention_note.py" line="195"/>
        <source>{hint} Type @ to name someone from your people.</source>
        <translation>{hint} Tippe @, um jemanden aus deinen Menschen zu nennen.</translation>
    </message>
</context>
<context>
    <name>MoodForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="54"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="55"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="57"/>
        <source>Note about how you feel</source>
        <translation>Notiz dazu, wie es dir geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="58"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="60"/>
        <source>&amp;Mood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="61"/>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="62"/>
        <source>&amp;Feelings</source>
        <translation>&amp;Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/entry_forms.py" line="63"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>MoodLineChart</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="220"/>
        <source>Mood over time chart</source>
        <translation>Diagramm: Stimmung im Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="251"/>
        <source>No mood check-ins in these {days} days.</source>
        <translation>Keine Stimmungs-Check-ins in diesen {days} Tagen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="252"/>
        <source>No mood check-ins yet.</source>
        <translation>Noch keine Stimmungs-Check-ins.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="254"/>
        <source>Mood from {start} to {end}: check-ins on {logged} of {days} days, on average {average}.</source>
        <translation>Stimmung vom {start} bis zum {end}: Check-ins an {logged} von {days} Tagen, im Schnitt {average}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="258"/>
        <source>It ranged from {low} to {high}.</source>
        <translation>Die Stimmung reichte von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="262"/>
        <source>The most recent 7-day average is {average}.</source>
        <translation>Der letzte 7-Tage-Durchschnitt ist {average}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="264"/>
        <source>The chart shows each week&apos;s average, with a band from its lowest to its highest day.</source>
        <translation>Die Grafik zeigt den Durchschnitt jeder Woche, mit einem Band vom tiefsten bis zum höchsten Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="266"/>
        <source>Days without a check-in are left as gaps.</source>
        <translation>Tage ohne Check-in bleiben Lücken.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="287"/>
        <source>Lowest to highest day of the week</source>
        <translation>Vom tiefsten bis zum höchsten Tag der Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="287"/>
        <source>Weekly average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="288"/>
        <source>Each day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="288"/>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
</context>
<context>
    <name>MoodSwatch</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="701"/>
        <source>No check-in</source>
        <translation>Kein Check-in</translation>
    </message>
</context>
<context>
    <name>NetworkHistoryWidget</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="90"/>
        <source>Your network at different times. A snapshot is saved with each resource check, and you can save one yourself whenever you like. Choose two dates to see what changed; nothing here is a score.</source>
        <translation>Dein Netzwerk zu verschiedenen Zeiten. Bei jedem Ressourcen-Check wird eine Momentaufnahme gespeichert, und du kannst jederzeit selbst eine speichern. Wähle zwei Daten, um zu sehen, was sich geändert hat; nichts hier ist eine Bewertung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="107"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="196"/>
        <source>Saved snapshots</source>
        <translation>Gespeicherte Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="108"/>
        <source>Copies of your network map from earlier dates. Choose one to delete it.</source>
        <translation>Kopien deiner Netzwerkkarte von früheren Daten. Wähle eine aus, um sie zu löschen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="112"/>
        <source>&amp;Save a snapshot now</source>
        <translation>Momentaufnahme &amp;jetzt speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="112"/>
        <source>Save a snapshot now</source>
        <translation>Momentaufnahme jetzt speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="113"/>
        <source>Keeps a copy of your network map as it is today, to compare with later.</source>
        <translation>Bewahrt eine Kopie deiner Netzwerkkarte, wie sie heute ist, auf, um sie später zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="116"/>
        <source>&amp;Delete the chosen snapshot…</source>
        <translation>Gewählte Momentaufnahme &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="116"/>
        <source>Delete the chosen snapshot</source>
        <translation>Gewählte Momentaufnahme löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="117"/>
        <source>Deletes the snapshot chosen in the list, after asking.</source>
        <translation>Löscht die in der Liste gewählte Momentaufnahme, nach einer Nachfrage.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="120"/>
        <source>Earlier date to compare</source>
        <translation>Früheres Datum zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="121"/>
        <source>The map on the left shows your network on this date.</source>
        <translation>Die Karte links zeigt dein Netzwerk an diesem Datum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="122"/>
        <source>Later date to compare</source>
        <translation>Späteres Datum zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="123"/>
        <source>The map on the right shows your network on this date.</source>
        <translation>Die Karte rechts zeigt dein Netzwerk an diesem Datum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="135"/>
        <source>Network map at the first date</source>
        <translation>Netzwerkkarte am ersten Datum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="136"/>
        <source>Network map at the second date</source>
        <translation>Netzwerkkarte am zweiten Datum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="153"/>
        <source>Choose a person on a map to see more.</source>
        <translation>Wähle eine Person auf einer Karte, um mehr zu sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="162"/>
        <source>What changed between the two dates</source>
        <translation>Was sich zwischen den beiden Daten geändert hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="163"/>
        <source>Who joined, left or moved circle, in words.</source>
        <translation>Wer dazugekommen ist, weggefallen ist oder den Kreis gewechselt hat, in Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="165"/>
        <source>How many people, on each date</source>
        <translation>Wie viele Menschen, an jedem Datum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="166"/>
        <source>How many people were in each circle, or could give each kind of help, on the two dates. The arrow keys move between the cells.</source>
        <translation>Wie viele Menschen an den beiden Daten in jedem Kreis waren oder jede Art von Hilfe geben konnten. Mit den Pfeiltasten wechselst du zwischen den Zellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="168"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="168"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="184"/>
        <source>Compare &amp;from:</source>
        <translation>&amp;Vergleichen von:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="185"/>
        <source>&amp;with:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="190"/>
        <source>A thick ring marks someone who is new, or in another circle, compared with the other date.</source>
        <translation>Ein dicker Ring markiert eine Person, die neu ist oder im Vergleich zum anderen Datum in einem anderen Kreis.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="203"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="206"/>
        <source>How many, on each date</source>
        <translation>Wie viele, an jedem Datum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="253"/>
        <source>No snapshots yet. Save one now to compare with later.</source>
        <translation>Noch keine Momentaufnahmen. Speichere jetzt eine, um später zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="262"/>
        <source>Now (your network today)</source>
        <translation>Jetzt (dein Netzwerk heute)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="264"/>
        <source>{date} ({reason})</source>
        <translation>{date} ({reason})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="274"/>
        <source>{date}: {reason}, {people}</source>
        <translation>{date}: {reason}, {people}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="208"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="289"/>
        <source>Network over time</source>
        <translation>Netzwerk im Verlauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_history.py" line="273"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Menschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="305"/>
        <source>Both sides show the same date; choose another to compare.</source>
        <translation>Beide Seiten zeigen dasselbe Datum; wähle ein anderes zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="310"/>
        <source>Nothing to list.</source>
        <translation>Nichts aufzulisten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="317"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="324"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="341"/>
        <source>Save a snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="353"/>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="362"/>
        <source>Delete snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="354"/>
        <source>Delete the snapshot of {date}? Your people and entries stay as they are.</source>
        <translation>Die Momentaufnahme vom {date} löschen? Deine Menschen und Einträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_history.py" line="356"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>NetworkKeys</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="41"/>
        <source>Move &amp;closer</source>
        <translation>&amp;Näher heranrücken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="42"/>
        <source>Move &amp;further out</source>
        <translation>Weiter nach &amp;außen rücken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="61"/>
        <source>Use the arrow keys to choose a person, then Ctrl+Up or + to move them to a closer circle and Ctrl+Down or - to move them further out. You can also drag them.</source>
        <translation>Wähle mit den Pfeiltasten eine Person, dann rückst du sie mit Strg+Up oder + in einen näheren Kreis und mit Strg+Down oder - weiter nach außen. Du kannst sie auch ziehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="107"/>
        <source>{name} is not placed in a circle yet.</source>
        <translation>{name} ist noch in keinem Kreis.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_keys.py" line="109"/>
        <source>{name} is already in the {circle}.</source>
        <translation>{name} ist schon dort: {circle}.</translation>
    </message>
</context>
<context>
    <name>NetworkSearch</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_search.py" line="17"/>
        <location filename="../../peerjournal/ui/insights/network_search.py" line="20"/>
        <source>Find a person on the map</source>
        <translation>Eine Person auf der Karte finden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_search.py" line="18"/>
        <source>Type a name and press Enter: their dot is shown and chosen, and the arrow keys and Ctrl+Up or Ctrl+Down work on it.</source>
        <translation>Gib einen Namen ein und drücke Enter: Der Punkt der Person wird gezeigt und ausgewählt, und die Pfeiltasten und Strg+Up oder Strg+Down wirken auf ihn.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_search.py" line="41"/>
        <source>Nobody called “{name}” is on the map.</source>
        <translation>Niemand mit dem Namen „{name}“ ist auf der Karte.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="74"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="80"/>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="88"/>
        <source>Colour for {relationship}</source>
        <translation>Farbe für {relationship}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="104"/>
        <source>last in touch {day}</source>
        <translation>zuletzt Kontakt am {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="105"/>
        <source>not in touch yet</source>
        <translation>noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="107"/>
        <source>not placed in a circle yet</source>
        <translation>noch in keinem Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="129"/>
        <source>{n} in the close circle</source>
        <translation>{n} im engen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="130"/>
        <source>{n} in the middle circle</source>
        <translation>{n} im mittleren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="131"/>
        <source>{n} in the outer circle</source>
        <translation>{n} im äußeren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="132"/>
        <source>{n} not placed in a circle yet</source>
        <translation>{n} noch in keinem Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="223"/>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="263"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="285"/>
        <source>The same people are in the table below.</source>
        <translation>Dieselben Menschen stehen in der Tabelle unten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="286"/>
        <source>What changed is listed in words below the maps.</source>
        <translation>Was sich geändert hat, steht in Worten unter den Karten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_view.py" line="289"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Menschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="290"/>
        <source>{people}: {circles}. {hint}</source>
        <translation>{people}: {circles}. {hint}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="320"/>
        <source>Not placed in a circle yet: drag someone into a circle</source>
        <translation>Noch in keinem Kreis: Zieh jemanden in einen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="321"/>
        <source>Not placed in a circle yet</source>
        <translation>Noch in keinem Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="376"/>
        <source>+{n} more in the close circle</source>
        <translation>+{n} weitere im engen Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="377"/>
        <source>+{n} more in the middle circle</source>
        <translation>+{n} weitere im mittleren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="378"/>
        <source>+{n} more in the outer circle</source>
        <translation>+{n} weitere im äußeren Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="379"/>
        <source>+{n} more not placed in a circle yet</source>
        <translation>+{n} weitere noch in keinem Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/network_view.py" line="384"/>
        <source>Find someone with the search field above the map to show them here.</source>
        <translation>Finde jemanden mit dem Suchfeld über der Karte, um die Person hier zu zeigen.</translation>
    </message>
</context>
<context>
    <name>NetworkWords</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_view.py" line="120"/>
        <source>%n day(s) in touch in the last 90 days</source>
        <translation>
            <numerusform>%n Tag mit Kontakt in den letzten 90 Tagen</numerusform>
            <numerusform>%n Tage mit Kontakt in den letzten 90 Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepBox</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="30"/>
        <source>What you agreed next</source>
        <translation>Was ihr als Nächstes vereinbart habt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="35"/>
        <source>What you agreed to do next</source>
        <translation>Was ihr als Nächstes vereinbart habt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="36"/>
        <source>Your own words, for example what you will find out or when you will meet. Only for you.</source>
        <translation>Deine eigenen Worte, zum Beispiel was du herausfindest oder wann ihr euch trefft. Nur für dich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="37"/>
        <source>For example: find the choir&apos;s times together</source>
        <translation>Zum Beispiel: zusammen die Probenzeiten des Chors herausfinden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="39"/>
        <source>B&amp;y a day:</source>
        <translation>&amp;Bis zu einem Tag:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="39"/>
        <source>Agreed a day</source>
        <translation>Einen Tag vereinbart</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="40"/>
        <source>Tick to add the day you agreed.</source>
        <translation>Ankreuzen, um den vereinbarten Tag hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="41"/>
        <source>The day you agreed</source>
        <translation>Der vereinbarte Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="44"/>
        <source>Save &amp;next</source>
        <translation>&amp;Nächsten speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="44"/>
        <source>Save what you agreed</source>
        <translation>Speichern, was ihr vereinbart habt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="45"/>
        <source>Keeps what you agreed and the day in your supporter journal. Nothing is shared.</source>
        <translation>Bewahrt, was ihr vereinbart habt, und den Tag in deinem Tagebuch als Unterstützer:in auf. Nichts wird geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/next_step.py" line="86"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="27"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="28"/>
        <source>An entry from this date in an earlier year that you rated good or marked to remember.</source>
        <translation>Ein Eintrag von diesem Datum aus einem früheren Jahr, den du gut bewertet oder zum Erinnern markiert hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="36"/>
        <source>Not &amp;today</source>
        <translation>&amp;Heute nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="36"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="37"/>
        <source>Hides this until tomorrow.</source>
        <translation>Blendet das bis morgen aus.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/on_this_day_card.py" line="56"/>
        <source>On this day in {year}</source>
        <translation>An diesem Tag im Jahr {year}</translation>
    </message>
</context>
<context>
    <name>PairListEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="33"/>
        <source>“{heading}” for this item (optional)</source>
        <translation>„{heading}“ für diesen Punkt (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="35"/>
        <source>{heading} (optional; Enter adds the item)</source>
        <translation>{heading} (freiwillig; Enter fügt den Punkt hinzu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="40"/>
        <source>Each item shows what you&apos;ll do after an arrow. F2 brings the chosen item back into the fields to change it, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Nach dem Pfeil steht bei jedem Punkt, was du dann tust. F2 holt den gewählten Punkt zum Ändern zurück in die Felder, Delete entfernt ihn, Alt+Up und Alt+Down verschieben ihn.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="109"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="114"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="120"/>
        <source>Type something first, then press Enter to add it.</source>
        <translation>Schreib zuerst etwas und drücke dann Enter, um es hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/pair_list_editor.py" line="124"/>
        <source>This list can hold at most {limit} lines.</source>
        <translation>Diese Liste kann höchstens {limit} Zeilen enthalten.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="55"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="57"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="79"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="80"/>
        <source>Last in touch</source>
        <translation>Zuletzt Kontakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/people_model.py" line="142"/>
        <source>{circle}, %n person(s)</source>
        <translation>
            <numerusform>{circle}, %n Person</numerusform>
            <numerusform>{circle}, %n Menschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="213"/>
        <source>Not in touch yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="155"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_model.py" line="163"/>
        <source>{name} is archived. Their history is kept.</source>
        <translation>{name} ist archiviert. Der Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>PeopleOrderEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="324"/>
        <source>People I can contact, in order</source>
        <translation>Menschen, die ich kontaktieren kann, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="326"/>
        <source>Delete removes the chosen person from the plan, Alt+Up and Alt+Down move them.</source>
        <translation>Delete entfernt die gewählte Person aus dem Plan, Alt+Up und Alt+Down verschieben sie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="331"/>
        <source>Choose someone from your people</source>
        <translation>Wähle jemanden aus deinen Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="332"/>
        <source>Someone to add to the plan with the button beside it.</source>
        <translation>Eine Person, die du mit der Schaltfläche daneben zum Plan hinzufügen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="334"/>
        <source>Add to my plan</source>
        <translation>Zu meinem Plan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="335"/>
        <source>Add the chosen person to my plan</source>
        <translation>Die gewählte Person zu meinem Plan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="336"/>
        <source>Adds the person chosen beside it to the end of the list.</source>
        <translation>Fügt die daneben gewählte Person am Ende der Liste hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="339"/>
        <source>Remove the chosen person from my plan</source>
        <translation>Die gewählte Person aus meinem Plan entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="340"/>
        <source>Remove from the plan (Delete); they stay in People</source>
        <translation>Aus dem Plan entfernen (Delete); die Person bleibt bei „Menschen“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="341"/>
        <source>Move the chosen person up</source>
        <translation>Die gewählte Person nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="341"/>
        <source>Move the chosen person down</source>
        <translation>Die gewählte Person nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="395"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="416"/>
        <source>People you add on the People page can be chosen here.</source>
        <translation>Menschen, die du auf der Seite „Menschen“ hinzufügst, kannst du hier auswählen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="418"/>
        <source>Everyone on your People page is in your plan.</source>
        <translation>Alle auf deiner Seite „Menschen“ sind schon in deinem Plan.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="52"/>
        <source>Add the people in your life — family, friends, neighbours, groups, professionals.</source>
        <translation>Füge die Menschen in deinem Leben hinzu – Familie, Freund:innen, Nachbar:innen, Gruppen, Fachpersonen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="53"/>
        <source>Choose someone to see your contact history with them.</source>
        <translation>Wähle jemanden aus, um deinen Kontaktverlauf mit der Person zu sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="89"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="102"/>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="109"/>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="111"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="112"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="320"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="370"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="113"/>
        <source>Log a contact…</source>
        <translation>Kontakt eintragen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="115"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="386"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="121"/>
        <source>Find a person by name</source>
        <translation>Eine Person nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="122"/>
        <source>Find by name  (Ctrl+F)</source>
        <translation>Nach Namen suchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="125"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="129"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="181"/>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="130"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="182"/>
        <source>Opens a form to add someone to your people.</source>
        <translation>Öffnet ein Formular, um jemanden zu deinen Menschen hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="132"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="133"/>
        <source>Import people from a contacts file (vCard)</source>
        <translation>Menschen aus einer Kontaktdatei (vCard) importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="134"/>
        <source>Choose a contacts file from your phone or e-mail, then tick who to add.</source>
        <translation>Wähle eine Kontaktdatei von deinem Handy oder aus deinem E-Mail-Programm und hake dann an, wen du hinzufügen möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="136"/>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="136"/>
        <source>Show archived people</source>
        <translation>Archivierte Menschen zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="137"/>
        <source>Also lists people you archived, so you can look at them or restore them.</source>
        <translation>Zeigt auch Menschen, die du archiviert hast, damit du sie ansehen oder wiederherstellen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="142"/>
        <source>People, grouped by circle</source>
        <translation>Menschen, nach Kreis geordnet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="144"/>
        <source>Choose someone to see their details and contact history. F2 edits them, Delete deletes them.</source>
        <translation>Wähle jemanden aus, um Details und Kontaktverlauf zu sehen. F2 bearbeitet die Person, Entf löscht sie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="152"/>
        <source>People list columns</source>
        <translation>Spalten der Menschenliste</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="192"/>
        <source>Log a contact with this person</source>
        <translation>Einen Kontakt mit dieser Person eintragen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="193"/>
        <source>Opens a new contact with this person filled in.</source>
        <translation>Öffnet einen neuen Kontakt, in dem diese Person schon eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="194"/>
        <source>Edit this person</source>
        <translation>Diese Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="195"/>
        <source>Opens this person&apos;s details to change them.</source>
        <translation>Öffnet die Angaben zu dieser Person, damit du sie ändern kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="197"/>
        <location filename="../../peerjournal/ui/people/people_page.py" line="322"/>
        <source>Archive this person</source>
        <translation>Diese Person archivieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="198"/>
        <source>Archiving takes someone out of the forms and keeps their history; restoring brings them back.</source>
        <translation>Archivieren nimmt jemanden aus den Formularen und behält den Verlauf; Wiederherstellen holt die Person zurück.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="199"/>
        <source>Delete this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="200"/>
        <source>Deletes this person after asking. Ctrl+Z brings them back.</source>
        <translation>Löscht diese Person nach einer Rückfrage. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="286"/>
        <source>No one called “{name}”.</source>
        <translation>Niemand mit dem Namen „{name}“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="320"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="322"/>
        <source>Restore this person</source>
        <translation>Diese Person wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="326"/>
        <source>People who appear in your journal can be archived instead.</source>
        <translation>Menschen, die in deinem Tagebuch vorkommen, kannst du stattdessen archivieren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="327"/>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="330"/>
        <source>Restore them first to log a contact.</source>
        <translation>Stelle die Person zuerst wieder her, um einen Kontakt einzutragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="343"/>
        <source>Couldn&apos;t open this person</source>
        <translation>Diese Person konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="367"/>
        <source>Archive {name}?</source>
        <translation>{name} archivieren?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="368"/>
        <source>{name} will be hidden from your lists. Everything you have noted with them stays in your journal, and you can restore them at any time.</source>
        <translation>{name} wird in deinen Listen ausgeblendet. Alles, was du mit dieser Person eingetragen hast, bleibt in deinem Tagebuch, und du kannst sie jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="370"/>
        <source>Keep in my lists</source>
        <translation>In meinen Listen behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="376"/>
        <source>Couldn&apos;t change this person</source>
        <translation>Diese Person konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="383"/>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="384"/>
        <source>{name} will be removed from your journal.

You can undo this with Ctrl+Z.</source>
        <translation>{name} wird aus deinem Tagebuch entfernt.

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="386"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/people_page.py" line="392"/>
        <source>Couldn&apos;t delete this person</source>
        <translation>Diese Person konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="157"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="157"/>
        <source>Type a name and press Enter</source>
        <translation>Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="225"/>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="226"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="227"/>
        <source>Takes {name} off this entry. They stay in your people.</source>
        <translation>Nimmt {name} aus diesem Eintrag. Die Person bleibt bei deinen Menschen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="236"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/chips.py" line="238"/>
        <source>Type a name and press Enter to add them. New names become new people. Chosen: {chosen}.</source>
        <translation>Gib einen Namen ein und drück die Eingabetaste, um die Person hinzuzufügen. Neue Namen werden zu neuen Menschen. Ausgewählt: {chosen}.</translation>
    </message>
</context>
<context>
    <name>PeriodChoices</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="36"/>
        <source>Period: from</source>
        <translation>Zeitraum: von</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="37"/>
        <source>Period: to</source>
        <translation>Zeitraum: bis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="47"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="73"/>
        <source>Include my &amp;notes (what I wrote in my own words)</source>
        <translation>Meine &amp;Notizen mitgeben (was ich in eigenen Worten geschrieben habe)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="74"/>
        <source>Include my notes</source>
        <translation>Meine Notizen mitgeben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="79"/>
        <source>How people appear</source>
        <translation>Wie Menschen erscheinen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/period_choices.py" line="80"/>
        <source>Full names, first names only, or “Person A, B…”, so others in your life stay private.</source>
        <translation>Volle Namen, nur Vornamen oder „Person A, B…“, damit andere Menschen in deinem Leben geschützt bleiben.</translation>
    </message>
</context>
<context>
    <name>PersonBundle</name>
    <message>
        <location filename="../../peerjournal/storage/people/bundle.py" line="255"/>
        <source>{name} can&apos;t be brought back: someone else in your journal has their place.</source>
        <translation>{name} kann nicht zurückgeholt werden: Jemand anderes in deinem Tagebuch hat jetzt diesen Platz.</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="56"/>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="87"/>
        <location filename="../../peerjournal/ui/people/person_details.py" line="116"/>
        <source>Contact history</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="88"/>
        <source>Your contacts with this person, newest first.</source>
        <translation>Deine Kontakte mit dieser Person, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="96"/>
        <source>Contact rows</source>
        <translation>Kontaktzeilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="97"/>
        <source>Contact history columns</source>
        <translation>Spalten des Kontaktverlaufs</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="102"/>
        <source>Select all contacts</source>
        <translation>Alle Kontakte auswählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="127"/>
        <source> · Archived (their history is kept)</source>
        <translation> · Archiviert (der Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="130"/>
        <source>Last in touch: {day}</source>
        <translation>Zuletzt Kontakt: {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="131"/>
        <source>Not in touch yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="133"/>
        <source>They can give {kinds}.</source>
        <translation>Kann geben: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="139"/>
        <source>Contact history with {name}</source>
        <translation>Kontaktverlauf mit {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_details.py" line="143"/>
        <source>No contacts noted with {name} yet. They will show here when you log one.</source>
        <translation>Noch keine Kontakte mit {name} eingetragen. Sie erscheinen hier, sobald du einen einträgst.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="49"/>
        <source>Close: the first you&apos;d turn to. Middle: now and then. Outer: less often.</source>
        <translation>Eng: die Ersten, an die du dich wenden würdest. Mittel: ab und zu. Außen: seltener.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="67"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="67"/>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="72"/>
        <source>A name or nickname, or a group&apos;s name</source>
        <translation>Ein Name oder Spitzname oder der Name einer Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="75"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="76"/>
        <source>Who they are to you: family, friend, worker and so on.</source>
        <translation>Wer die Person für dich ist: Familie, Freund:in, Fachperson und so weiter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="80"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="104"/>
        <source>Close</source>
        <translation>Eng</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="104"/>
        <source>Middle</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="105"/>
        <source>Outer</source>
        <translation>Außen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="105"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="120"/>
        <source>They can give: {kind}</source>
        <translation>Kann geben: {kind}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="121"/>
        <source>Tick the kinds of help you could ask this person for.</source>
        <translation>Hake an, um welche Art von Hilfe du diese Person bitten könntest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="84"/>
        <source>Notes about this person</source>
        <translation>Notizen zu dieser Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="84"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="132"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="133"/>
        <source>Save this person</source>
        <translation>Diese Person speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="134"/>
        <source>Saves this person to your journal. Ctrl+Z undoes it.</source>
        <translation>Speichert diese Person in deinem Tagebuch. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="137"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="137"/>
        <source>Closes this window without saving.</source>
        <translation>Schließt dieses Fenster, ohne zu speichern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="144"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="145"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="146"/>
        <source>&amp;Circle</source>
        <translation>&amp;Kreis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="148"/>
        <source>They can &amp;give</source>
        <translation>Kann &amp;geben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="149"/>
        <source>Stay in &amp;touch</source>
        <translation>In &amp;Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_dialog.py" line="150"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="139"/>
        <source>Name for this person</source>
        <translation>Name für diese Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="141"/>
        <source>Only for you; it is never shared. It must be different from everyone else&apos;s in your list.</source>
        <translation>Nur für dich; er wird nie geteilt. Er muss sich von allen anderen Namen in deiner Liste unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="148"/>
        <source>Uses this name and closes this window.</source>
        <translation>Übernimmt diesen Namen und schließt dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="149"/>
        <source>Closes this window; nothing is added or changed.</source>
        <translation>Schließt dieses Fenster; nichts wird hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="169"/>
        <source>Please give this person a name.</source>
        <translation>Bitte gib dieser Person einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="172"/>
        <source>You already have someone called {name}. Please choose a different name, so you can always tell them apart.</source>
        <translation>Du hast schon jemanden mit dem Namen {name}. Bitte wähle einen anderen Namen, damit du die beiden immer auseinanderhalten kannst.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="51"/>
        <source>Your notes stay in your supporter journal and are never shared.</source>
        <translation>Deine Notizen bleiben in deinem Tagebuch als Unterstützer:in und werden nie geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="58"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="111"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="111"/>
        <source>Rename this person</source>
        <translation>Diese Person umbenennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="112"/>
        <source>Changes the name you know them by here (F2). The name is only for you.</source>
        <translation>Ändert den Namen, unter dem du die Person hier kennst (F2). Der Name ist nur für dich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="114"/>
        <source>&amp;Delete person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="114"/>
        <source>Delete this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="115"/>
        <source>Deletes them, the files they shared and your notes, after asking. This can&apos;t be undone.</source>
        <translation>Löscht die Person, die Dateien, die sie geteilt hat, und deine Notizen – nach einer Rückfrage. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="117"/>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="192"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="117"/>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="194"/>
        <source>Archive this person</source>
        <translation>Diese Person archivieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="118"/>
        <source>Takes them out of your caseload; their files and your notes stay, encrypted. Show archived people to bring them back.</source>
        <translation>Nimmt die Person aus deiner Liste; ihre Dateien und deine Notizen bleiben verschlüsselt erhalten. Zeig archivierte Menschen an, um sie zurückzuholen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="121"/>
        <source>&amp;Write a reply…</source>
        <translation>&amp;Antwort schreiben…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="121"/>
        <source>Write a reply to this person</source>
        <translation>Dieser Person eine Antwort schreiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="122"/>
        <source>Notes, places and goals for them to accept in their own journal</source>
        <translation>Notizen, Orte und Ziele, die die Person in ihrem eigenen Tagebuch annehmen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="133"/>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="165"/>
        <source>Files they shared</source>
        <translation>Geteilte Dateien</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="134"/>
        <source>Newest first. Choose a file with the up and down arrow keys to read it beside this list.</source>
        <translation>Die neuesten zuerst. Wähle eine Datei mit den Pfeiltasten nach oben und unten, um sie neben dieser Liste zu lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="141"/>
        <source>Delete this fi&amp;le…</source>
        <translation>Diese Da&amp;tei löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="141"/>
        <source>Delete the chosen file</source>
        <translation>Die ausgewählte Datei löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="142"/>
        <source>Deletes the chosen file from your supporter journal, after asking.</source>
        <translation>Löscht die ausgewählte Datei nach einer Rückfrage aus deinem Tagebuch als Unterstützer:in.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="147"/>
        <source>Your private notes about this person</source>
        <translation>Deine privaten Notizen zu dieser Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="148"/>
        <source>Saved as you type. Your notes stay in your supporter journal and are never shared.</source>
        <translation>Wird beim Tippen gespeichert. Deine Notizen bleiben in deinem Tagebuch als Unterstützer:in und werden nie geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="149"/>
        <source>Anything you want to remember for next time…</source>
        <translation>Was du dir für das nächste Mal merken möchtest…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="171"/>
        <source>Your private notes</source>
        <translation>Deine privaten Notizen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="186"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="187"/>
        <source>{files} · added {day} · their journal&apos;s fingerprint {fingerprint}</source>
        <translation>{files} · hinzugefügt am {day} · Fingerabdruck ihres Tagebuchs {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="190"/>
        <source>Archived on {day}.</source>
        <translation>Archiviert am {day}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="192"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="193"/>
        <source>Bring this person back to your caseload</source>
        <translation>Diese Person in deine Liste zurückholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="294"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="299"/>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
</context>
<context>
    <name>PersonUses</name>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="29"/>
        <source>contacts you noted</source>
        <translation>deinen eingetragenen Kontakten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="30"/>
        <source>activities you noted</source>
        <translation>deinen eingetragenen Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="31"/>
        <location filename="../../peerjournal/storage/people/uses.py" line="32"/>
        <source>your support plan</source>
        <translation>deinem Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="33"/>
        <source>a saved “Do I know someone who could…?” check</source>
        <translation>einem gespeicherten Check „Kenne ich jemanden, der … könnte?“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="34"/>
        <source>a goal</source>
        <translation>einem Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="35"/>
        <source>a share with a supporter</source>
        <translation>einer Freigabe an eine Unterstützungsperson</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="36"/>
        <source>your notes</source>
        <translation>deinen Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/people/uses.py" line="38"/>
        <source>somewhere else in your journal</source>
        <translation>anderen Teilen deines Tagebuchs</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="46"/>
        <source>Change a place or group</source>
        <translation>Einen Ort oder eine Gruppe ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="47"/>
        <source>Add a place or group</source>
        <translation>Einen Ort oder eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="54"/>
        <source>Name of the place or group</source>
        <translation>Name des Orts oder der Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="55"/>
        <source>e.g. Tuesday walking group, the library</source>
        <translation>z. B. Wandergruppe am Dienstag, die Bücherei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="56"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="57"/>
        <source>A walk, a craft group, advice on benefits… (optional)</source>
        <translation>Ein Spaziergang, eine Bastelgruppe, Beratung zu Sozialleistungen… (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="58"/>
        <source>When it is on</source>
        <translation>Wann es stattfindet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="59"/>
        <source>e.g. Tuesdays 10 till 12 (optional)</source>
        <translation>z. B. dienstags von 10 bis 12 Uhr (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="60"/>
        <source>How to get there</source>
        <translation>Wie man hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="61"/>
        <source>e.g. bus 12 to the market (optional)</source>
        <translation>z. B. Bus 12 bis zum Markt (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="62"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="63"/>
        <source>A name, phone number or website (optional)</source>
        <translation>Ein Name, eine Telefonnummer oder eine Website (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="64"/>
        <source>Notes about this place</source>
        <translation>Notizen zu diesem Ort</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="65"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was du dir merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="68"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="68"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="69"/>
        <source>W&amp;hen</source>
        <translation>W&amp;ann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="69"/>
        <source>How to &amp;get there</source>
        <translation>Wie man &amp;hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="70"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="70"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="73"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="75"/>
        <source>Saves this place or group to your journal.</source>
        <translation>Speichert diesen Ort oder diese Gruppe in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_dialog.py" line="74"/>
        <source>Save this place</source>
        <translation>Diesen Ort speichern</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="45"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="46"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="46"/>
        <source>Last there</source>
        <translation>Zuletzt dort</translation>
    </message>
</context>
<context>
    <name>PlacesWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="76"/>
        <source>Local groups, clubs, services and places you go to or might like to try. When you log an activity you can say where it was.</source>
        <translation>Gruppen, Vereine, Angebote und Orte in deiner Nähe, zu denen du gehst oder die du vielleicht ausprobieren möchtest. Wenn du eine Aktivität einträgst, kannst du angeben, wo sie war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="79"/>
        <source>&amp;Add a place…</source>
        <translation>Ort &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="80"/>
        <source>Add a place or group</source>
        <translation>Einen Ort oder eine Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="82"/>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="83"/>
        <source>Change this place</source>
        <translation>Diesen Ort ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="85"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="86"/>
        <source>Remove this place</source>
        <translation>Diesen Ort entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="81"/>
        <source>Opens a form for a group, club, service or place.</source>
        <translation>Öffnet ein Formular für eine Gruppe, einen Verein, ein Angebot oder einen Ort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="84"/>
        <source>Opens the chosen place to change it.</source>
        <translation>Öffnet den ausgewählten Ort, damit du ihn ändern kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="87"/>
        <source>Removes the chosen place after asking. Activities logged there stay in your journal.</source>
        <translation>Entfernt den ausgewählten Ort nach einer Rückfrage. Aktivitäten, die dort eingetragen sind, bleiben in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="94"/>
        <source>Places and groups</source>
        <translation>Orte und Gruppen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="95"/>
        <source>Choose a place to see its details, the activities there and linked goals.</source>
        <translation>Wähle einen Ort, um seine Details, die Aktivitäten dort und verknüpfte Ziele zu sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="97"/>
        <source>Place list columns</source>
        <translation>Spalten der Ortsliste</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="105"/>
        <source>No places yet. Add a group you go to, or one you&apos;d like to try one day.</source>
        <translation>Noch keine Orte. Füge eine Gruppe hinzu, zu der du gehst, oder eine, die du irgendwann ausprobieren möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="125"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="125"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="126"/>
        <source>How to get there</source>
        <translation>Wie man hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="126"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="127"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="128"/>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="136"/>
        <source>Activities here</source>
        <translation>Aktivitäten hier</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="129"/>
        <source>Activities you logged at this place, newest first.</source>
        <translation>Aktivitäten, die du an diesem Ort eingetragen hast, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="130"/>
        <source>Goals linked to this place</source>
        <translation>Ziele, die mit diesem Ort verknüpft sind</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="131"/>
        <source>Your goals that name this place.</source>
        <translation>Deine Ziele, die diesen Ort nennen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="138"/>
        <source>Goals linked to it</source>
        <translation>Verknüpfte Ziele</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="189"/>
        <source>{day}: {title}</source>
        <translation>{day}: {title}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="192"/>
        <source>Nothing logged here yet.</source>
        <translation>Hier ist noch nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="196"/>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="199"/>
        <source>No goals linked to this place.</source>
        <translation>Keine Ziele mit diesem Ort verknüpft.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="227"/>
        <source>Remove this place?</source>
        <translation>Diesen Ort entfernen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="228"/>
        <source>Remove “{name}” from your places? Activities logged there stay in your journal, and goals linked to it keep going without it.</source>
        <translation>„{name}“ aus deinen Orten entfernen? Aktivitäten, die dort eingetragen sind, bleiben in deinem Tagebuch, und verknüpfte Ziele gehen ohne den Ort weiter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="230"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="230"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/places_tab.py" line="231"/>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="21"/>
        <source>Check in now</source>
        <translation>Jetzt Check-in machen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="22"/>
        <source>Note who I was in touch with</source>
        <translation>Notieren, mit wem ich Kontakt hatte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="23"/>
        <source>Note what I did</source>
        <translation>Notieren, was ich gemacht habe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="24"/>
        <source>Log a contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="25"/>
        <source>Note a contact</source>
        <translation>Einen Kontakt notieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="26"/>
        <source>Look at who I can call on</source>
        <translation>Ansehen, an wen ich mich wenden kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="27"/>
        <source>Look back on it</source>
        <translation>Darauf zurückblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="39"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="51"/>
        <source>Opens what this reminder asks about.</source>
        <translation>Öffnet, worum es bei dieser Erinnerung geht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="53"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="55"/>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="57"/>
        <source>Opens a short menu: in 15 minutes, in an hour, or tomorrow.</source>
        <translation>Öffnet ein kleines Menü: in 15 Minuten, in einer Stunde oder morgen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="61"/>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="61"/>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="62"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="67"/>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="69"/>
        <source>Dismiss this reminder</source>
        <translation>Diese Erinnerung wegklicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="70"/>
        <source>Puts this reminder away. Nothing else changes.</source>
        <translation>Legt diese Erinnerung weg. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="95"/>
        <source>Log a contact with {name}</source>
        <translation>Kontakt mit {name} eintragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="99"/>
        <source>%n more reminder(s) after this one.</source>
        <translation>
            <numerusform>Nach dieser kommt noch %n Erinnerung.</numerusform>
            <numerusform>Nach dieser kommen noch %n Erinnerungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="67"/>
        <source>A check-in (mood, who, what)</source>
        <translation>Ein Check-in (Stimmung, wer, was)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="68"/>
        <source>Who was I in touch with?</source>
        <translation>Mit wem hatte ich Kontakt?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="69"/>
        <source>What did I do?</source>
        <translation>Was habe ich gemacht?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="70"/>
        <source>Stay in touch with people I chose</source>
        <translation>Mit Menschen in Kontakt bleiben, die ich ausgewählt habe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="72"/>
        <source>Now and then, offer to look at who I can call on (“Do I know someone who could…?”)</source>
        <translation>Ab und zu anbieten, anzusehen, an wen ich mich wenden kann („Kenne ich jemanden, der … könnte?“)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="74"/>
        <source>When a goal is ready to look back on</source>
        <translation>Wenn es Zeit ist, auf ein Ziel zurückzublicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="90"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="92"/>
        <source>weekdays</source>
        <translation>werktags</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="94"/>
        <source>weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="99"/>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="100"/>
        <source>who I was in touch with</source>
        <translation>mit wem ich Kontakt hatte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="101"/>
        <source>what I did</source>
        <translation>was ich gemacht habe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="102"/>
        <source>{time}, {days}: {what}</source>
        <translation>{time}, {days}: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="130"/>
        <source>Prompts</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="133"/>
        <source>PeerJournal can gently ask how you are, who you were in touch with and what you did. It never nags: at most a few times a day, never in your quiet hours, and you can say “later” or “no, thanks” to any prompt.</source>
        <translation>PeerJournal kann dich behutsam fragen, wie es dir geht, mit wem du Kontakt hattest und was du gemacht hast. Es drängt nie: höchstens ein paar Mal am Tag, nie in deinen Ruhezeiten, und du kannst bei jeder Erinnerung „später“ oder „nein, danke“ sagen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="138"/>
        <source>&amp;Remind me gently</source>
        <translation>Behutsam &amp;erinnern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="140"/>
        <source>Remind me gently</source>
        <translation>Behutsam erinnern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="141"/>
        <source>Turns all prompts on or off. Your choices below are kept.</source>
        <translation>Schaltet alle Erinnerungen ein oder aus. Deine Einstellungen unten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="155"/>
        <source>Prompt settings</source>
        <translation>Einstellungen für Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="162"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="181"/>
        <source>When to ask</source>
        <translation>Wann gefragt wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="184"/>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="186"/>
        <source>The times you&apos;ll be asked. Choose one, then Remove takes it off.</source>
        <translation>Die Zeiten, zu denen du gefragt wirst. Wähle eine aus, dann nimmt „Entfernen“ sie heraus.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="188"/>
        <source>Time of the new reminder</source>
        <translation>Uhrzeit der neuen Erinnerung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="189"/>
        <source>When a new reminder comes.</source>
        <translation>Wann eine neue Erinnerung kommt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="197"/>
        <source>Remind on {day}</source>
        <translation>Erinnern am {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="198"/>
        <source>A day the new reminder comes on.</source>
        <translation>Ein Tag, an dem die neue Erinnerung kommt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="203"/>
        <source>What the new reminder asks</source>
        <translation>Wonach die neue Erinnerung fragt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="204"/>
        <source>A whole check-in, or only who you were in touch with or what you did.</source>
        <translation>Ein ganzer Check-in oder nur, mit wem du Kontakt hattest oder was du gemacht hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="208"/>
        <source>&amp;Add time</source>
        <translation>Zeit &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="208"/>
        <source>Add this reminder time</source>
        <translation>Diese Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="209"/>
        <source>Adds a reminder at the time, on the days and asking what you chose just before.</source>
        <translation>Fügt eine Erinnerung zu der Uhrzeit, an den Tagen und mit der Frage hinzu, die du gerade ausgewählt hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="212"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="212"/>
        <source>Remove the chosen reminder time</source>
        <translation>Die ausgewählte Erinnerungszeit entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="213"/>
        <source>Takes the reminder chosen in the list off.</source>
        <translation>Nimmt die in der Liste ausgewählte Erinnerung heraus.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="220"/>
        <source>&amp;Quiet hours: no prompts from</source>
        <translation>&amp;Ruhezeiten: keine Erinnerungen von</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="222"/>
        <source>Use quiet hours</source>
        <translation>Ruhezeiten nutzen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="223"/>
        <source>No prompts at all between the two times that follow.</source>
        <translation>Überhaupt keine Erinnerungen zwischen den beiden folgenden Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="224"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="225"/>
        <source>When quiet hours begin.</source>
        <translation>Wann die Ruhezeiten beginnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="226"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="226"/>
        <source>When quiet hours end.</source>
        <translation>Wann die Ruhezeiten enden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="230"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="243"/>
        <source>What to ask about</source>
        <translation>Wonach gefragt wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="250"/>
        <source>Tick the prompts you&apos;d like; untick any you&apos;d rather not have.</source>
        <translation>Hake die Erinnerungen an, die du möchtest; nimm den Haken bei allen weg, die du lieber nicht hättest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="263"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="264"/>
        <source>Time for stay-in-touch prompts</source>
        <translation>Uhrzeit für Erinnerungen zum In-Kontakt-Bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="265"/>
        <source>Stay-in-touch prompts come from this time of day.</source>
        <translation>Erinnerungen zum In-Kontakt-Bleiben kommen ab dieser Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="269"/>
        <source>At most this many prompts a day</source>
        <translation>Höchstens so viele Erinnerungen am Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="270"/>
        <source>Never more prompts than this in one day.</source>
        <translation>Nie mehr Erinnerungen als diese an einem Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="272"/>
        <source>A gentle hello after</source>
        <translation>Ein freundliches Hallo nach</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="273"/>
        <source>Stay-in-touch prompts from</source>
        <translation>Erinnerungen zum In-Kontakt-Bleiben ab</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="274"/>
        <source>At most, prompts a day</source>
        <translation>Höchstzahl an Erinnerungen am Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="275"/>
        <source>Offer “Do I know someone who could…?”</source>
        <translation>„Kenne ich jemanden, der … könnte?“ anbieten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="287"/>
        <source>How often to offer a look at who you can call on</source>
        <translation>Wie oft angeboten wird, anzusehen, an wen du dich wenden kannst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="289"/>
        <source>Counted from the last time you took the check. “No, thanks” puts it off for this long.</source>
        <translation>Gezählt ab dem letzten Mal, als du den Check gemacht hast. „Nein, danke“ verschiebt ihn um so lange.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="290"/>
        <source>about every 2 months</source>
        <translation>etwa alle 2 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="290"/>
        <source>about every 3 months</source>
        <translation>etwa alle 3 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="291"/>
        <source>about every 4 months</source>
        <translation>etwa alle 4 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="291"/>
        <source>about every 6 months</source>
        <translation>etwa alle 6 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="292"/>
        <source>about once a year</source>
        <translation>etwa einmal im Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="302"/>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="307"/>
        <source>People to stay in touch with</source>
        <translation>Menschen, mit denen du in Kontakt bleiben möchtest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="308"/>
        <source>Choose how often you&apos;d like to be in touch. This stays in your encrypted journal.</source>
        <translation>Wähle, wie oft du gern Kontakt hättest. Das bleibt in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="312"/>
        <source>How often to stay in touch with each person</source>
        <translation>Wie oft du mit jeder Person in Kontakt bleiben möchtest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="323"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="323"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="314"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="71"/>
        <source>A gentle hello after days without time with someone noted</source>
        <translation>Ein freundliches Hallo nach Tagen, an denen keine Zeit mit jemandem eingetragen ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="258"/>
        <source>Days without time with someone before a gentle hello</source>
        <translation>Tage ohne Zeit mit jemandem vor einem freundlichen Hallo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="260"/>
        <source>After this many days without time with someone noted (a contact, or an activity together), a kind hello comes.</source>
        <translation>Nach so vielen Tagen, an denen keine Zeit mit jemandem eingetragen ist (ein Kontakt oder eine gemeinsame Aktivität), kommt ein freundliches Hallo.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="313"/>
        <source>Each person, with how often. Move to a choice with the arrow keys; F2 or Enter changes it.</source>
        <translation>Jede Person, mit wie oft. Mit den Pfeiltasten gehst du zu einer Auswahl; F2 oder Enter ändert sie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="332"/>
        <source>How prompts appear</source>
        <translation>Wie Erinnerungen erscheinen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="333"/>
        <source>Show &amp;names in notifications</source>
        <translation>&amp;Namen in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="335"/>
        <source>Show names in notifications</source>
        <translation>Namen in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="336"/>
        <source>Off: notifications only say things like “Time for your check-in”.</source>
        <translation>Aus: Benachrichtigungen sagen nur so etwas wie „Zeit für deinen Check-in“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="337"/>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Im &amp;Infobereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="339"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="341"/>
        <source>Closing the window leaves PeerJournal locked in the tray, so prompts still come.</source>
        <translation>Wenn du das Fenster schließt, bleibt PeerJournal gesperrt im Infobereich, damit Erinnerungen weiter kommen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="342"/>
        <source>Start with my &amp;computer</source>
        <translation>Mit meinem &amp;Computer starten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="344"/>
        <source>Start PeerJournal with my computer</source>
        <translation>PeerJournal mit meinem Computer starten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="346"/>
        <source>Starts PeerJournal when you log in. It still asks for your passphrase.</source>
        <translation>Startet PeerJournal, wenn du dich anmeldest. Es fragt trotzdem nach deiner Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="350"/>
        <source>This desktop has no tray, so prompts appear in the window as a banner.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher erscheinen Erinnerungen als Banner im Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="371"/>
        <source>After a hard check-in</source>
        <translation>Nach einem schweren Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="373"/>
        <source>After a low check-in, show &amp;what helps</source>
        <translation>Nach einem niedrigen Check-in zeigen, &amp;was hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="374"/>
        <source>After a low check-in, show what helps</source>
        <translation>Nach einem niedrigen Check-in zeigen, was hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="375"/>
        <source>When you save a mood of 1 or 2, Today shows once that day what you wrote helps you and who you could contact, from your support plan.</source>
        <translation>Wenn du eine Stimmung von 1 oder 2 speicherst, zeigt „Heute“ an diesem Tag einmal, was dir laut deinem Unterstützungsplan hilft und wen du kontaktieren könntest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="413"/>
        <source>No reminder times yet.</source>
        <translation>Noch keine Erinnerungszeiten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="442"/>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="476"/>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="529"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="447"/>
        <source>Please choose at least one day for the reminder.</source>
        <translation>Bitte wähle mindestens einen Tag für die Erinnerung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="451"/>
        <source>That reminder time is already on the list.</source>
        <translation>Diese Erinnerungszeit ist schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="473"/>
        <source>Start with my computer</source>
        <translation>Mit meinem Computer starten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/prompts/prompts_page.py" line="474"/>
        <source>That could not be changed: {reason}</source>
        <translation>Das konnte nicht geändert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="183"/>
        <source>Do I know someone who could {what}</source>
        <translation>Kenne ich jemanden, der das könnte: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="190"/>
        <source>Who could {what}</source>
        <translation>Wer könnte {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="192"/>
        <source>Add someone…</source>
        <translation>Jemanden hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="194"/>
        <source>Add someone new who could {what}</source>
        <translation>Jemand Neues hinzufügen für „…{what}?“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="197"/>
        <source>Opens a small form to add someone who isn&apos;t in your people yet.</source>
        <translation>Öffnet ein kleines Formular, um jemanden hinzuzufügen, der noch nicht bei deinen Menschen ist.</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../peerjournal/storage/sharing/replies.py" line="346"/>
        <source>Suggested by {name}.</source>
        <translation>Vorgeschlagen von {name}.</translation>
    </message>
</context>
<context>
    <name>RepliesBox</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="27"/>
        <source>Replies from your supporters</source>
        <translation>Antworten von deinen Unterstützungspersonen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="40"/>
        <source>A supporter can send you a reply file with a note, places or groups to try and goals you talked about. You choose what to add; nothing is added without you.</source>
        <translation>Eine Unterstützungsperson kann dir eine Antwortdatei schicken – mit einer Notiz, mit Orten oder Gruppen zum Ausprobieren und mit Zielen, über die ihr gesprochen habt. Du wählst aus, was hinzukommt; ohne dich wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="35"/>
        <source>&amp;Open a reply from a supporter…</source>
        <translation>Antwort einer Unterstützungsperson ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="36"/>
        <source>Open a reply from a supporter</source>
        <translation>Antwort einer Unterstützungsperson öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="37"/>
        <source>Choose a reply file, read it, and decide what to add. Nothing is added without you.</source>
        <translation>Wähle eine Antwortdatei, lies sie und entscheide, was hinzukommt. Ohne dich wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="44"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="44"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="44"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="44"/>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="46"/>
        <source>Replies you have opened</source>
        <translation>Antworten, die du geöffnet hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="47"/>
        <source>Each reply you opened, who from, and what you added or not.</source>
        <translation>Jede Antwort, die du geöffnet hast, von wem sie kam und was du hinzugefügt hast und was nicht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="47"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="52"/>
        <source>No replies opened yet.</source>
        <translation>Noch keine Antworten geöffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="54"/>
        <source>Read a&amp;gain…</source>
        <translation>Noch einmal &amp;lesen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="54"/>
        <source>Read the chosen reply again</source>
        <translation>Die ausgewählte Antwort noch einmal lesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="55"/>
        <source>Shows the chosen reply&apos;s note and suggestions, with what you accepted and declined.</source>
        <translation>Zeigt die Notiz und die Vorschläge der ausgewählten Antwort, mit dem, was du angenommen und abgelehnt hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="100"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_history.py" line="116"/>
        <source>Reply finished</source>
        <translation>Antwort abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="124"/>
        <source>{what} can be at most {limit} characters.</source>
        <translation>{what} darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="134"/>
        <source>Please give the place or group a name.</source>
        <translation>Bitte gib dem Ort oder der Gruppe einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="145"/>
        <source>Please give the goal a few words, for example “find a walking group”.</source>
        <translation>Bitte beschreib das Ziel in ein paar Worten, zum Beispiel „eine Wandergruppe finden“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="166"/>
        <source>Your name can be at most {n} characters.</source>
        <translation>Dein Name darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="170"/>
        <source>The notes can be at most {n} characters.</source>
        <translation>Die Notizen dürfen höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="173"/>
        <source>A reply can hold at most {n} suggestions.</source>
        <translation>Eine Antwort kann höchstens {n} Vorschläge enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="177"/>
        <source>A suggestion is in the reply twice.</source>
        <translation>Ein Vorschlag ist doppelt in der Antwort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="179"/>
        <source>Please write a note or add a suggestion before saving the reply.</source>
        <translation>Bitte schreib eine Notiz oder füge einen Vorschlag hinzu, bevor du die Antwort speicherst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="203"/>
        <source>This person&apos;s journal gave no key for replies.</source>
        <translation>Das Tagebuch dieser Person hat keinen Schlüssel für Antworten mitgegeben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="299"/>
        <source>This reply would be too large to open. Please make the notes shorter.</source>
        <translation>Diese Antwort wäre zu groß zum Öffnen. Bitte mach die Notizen kürzer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="323"/>
        <source>This file is locked with a passphrase, so it is not a reply from a supporter. Nothing in your journal was changed.</source>
        <translation>Diese Datei ist mit einer Passphrase gesperrt, sie ist also keine Antwort von einer Unterstützungsperson. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="345"/>
        <source>This reply is signed by a key your journal doesn&apos;t know, so it was not opened. If it comes from {names}: they were added with an older key that has no signing part. Ask them for their updated key (their PeerJournal shows it) and add it again on the Sharing page; then open the reply again. Nothing in your journal was changed.</source>
        <translation>Diese Antwort ist mit einem Schlüssel signiert, den dein Tagebuch nicht kennt, deshalb wurde sie nicht geöffnet. Falls sie von {names} kommt: Sie wurden mit einem älteren Schlüssel ohne Signaturteil hinzugefügt. Bitte sie um ihren aktualisierten Schlüssel (ihr PeerJournal zeigt ihn an) und füge ihn auf der Seite „Teilen“ erneut hinzu; öffne dann die Antwort noch einmal. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="375"/>
        <source>This reply is signed with an unsafe key that anyone could sign with, so who wrote it can&apos;t be known. It was not opened. Nothing in your journal was changed.</source>
        <translation>Diese Antwort ist mit einem unsicheren Schlüssel signiert, mit dem jede:r signieren könnte, daher lässt sich nicht sagen, wer sie geschrieben hat. Sie wurde nicht geöffnet. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="391"/>
        <source>This reply was made for someone else and passed on to you, so it was not opened. Nothing in your journal was changed.</source>
        <translation>Diese Antwort war für jemand anderen bestimmt und wurde an dich weitergegeben, deshalb wurde sie nicht geöffnet. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="417"/>
        <source>The file couldn&apos;t be read. Nothing in your journal was changed.</source>
        <translation>Die Datei konnte nicht gelesen werden. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/reply.py" line="413"/>
        <source>That is not a file. Nothing in your journal was changed.</source>
        <translation>Das ist keine Datei. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ReplyCompose</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="345"/>
        <source>Can&apos;t reply yet</source>
        <translation>Noch keine Antwort möglich</translation>
    </message>
</context>
<context>
    <name>ReplyComposeDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="75"/>
        <source>Write a reply to {name}</source>
        <translation>Antwort an {name} schreiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="85"/>
        <source>Write what you agreed or want to suggest. The file is locked so that only {name}&apos;s own journal can open it, and signed with your key so it knows the reply is from you. Nothing is added to their journal unless they accept it there.</source>
        <translation>Schreib, was ihr vereinbart habt oder was du vorschlagen möchtest. Die Datei wird so gesperrt, dass nur das eigene Tagebuch von {name} sie öffnen kann, und mit deinem Schlüssel signiert, damit es weiß, dass die Antwort von dir ist. In das Tagebuch der Person kommt nur, was sie dort annimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="116"/>
        <source>Your name, as they know you</source>
        <translation>Dein Name, wie die Person dich kennt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="118"/>
        <source>e.g. Dev</source>
        <translation>z. B. Dev</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="117"/>
        <source>So they can tell the reply is from you.</source>
        <translation>Damit die Person erkennt, dass die Antwort von dir ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="119"/>
        <source>Your note to them</source>
        <translation>Deine Notiz an die Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="120"/>
        <source>A few words about what you talked about, or next time…</source>
        <translation>Ein paar Worte dazu, worüber ihr gesprochen habt, oder zum nächsten Mal…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="121"/>
        <source>They read it first when they open the reply.</source>
        <translation>Die Person liest sie zuerst, wenn sie die Antwort öffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="122"/>
        <source>Suggestions in this reply</source>
        <translation>Vorschläge in dieser Antwort</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="123"/>
        <source>What the reply suggests so far; they accept or decline each one. Choose one to remove it.</source>
        <translation>Was die Antwort bisher vorschlägt; die Person nimmt jeden Vorschlag an oder lehnt ihn ab. Wähle einen aus, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="126"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="127"/>
        <source>Remove the chosen suggestion</source>
        <translation>Den ausgewählten Vorschlag entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="128"/>
        <source>Takes the chosen suggestion out of this reply.</source>
        <translation>Nimmt den ausgewählten Vorschlag aus dieser Antwort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="93"/>
        <source>Add a suggestion</source>
        <translation>Einen Vorschlag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="94"/>
        <source>A place or group</source>
        <translation>Ein Ort oder eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="95"/>
        <source>A goal or next step</source>
        <translation>Ein Ziel oder nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="97"/>
        <source>Suggest a place or group to try: its name and, if you like, what, when and where.</source>
        <translation>Schlag einen Ort oder eine Gruppe zum Ausprobieren vor: den Namen und, wenn du magst, was, wann und wo.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="98"/>
        <source>Propose a goal or a next step, with why it matters and a first step if you like.</source>
        <translation>Schlag ein Ziel oder einen nächsten Schritt vor, mit dem Grund, warum es wichtig ist, und wenn du magst einem ersten Schritt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="140"/>
        <source>Saving the reply</source>
        <translation>Die Antwort speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="141"/>
        <source>Cancel the reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="142"/>
        <source>Closes this window without saving a reply; nothing of it is kept.</source>
        <translation>Schließt dieses Fenster, ohne eine Antwort zu speichern; nichts davon wird behalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="145"/>
        <source>&amp;Save reply file…</source>
        <translation>Antwortdatei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="145"/>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="314"/>
        <source>Save the reply file</source>
        <translation>Die Antwortdatei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="146"/>
        <source>Asks where to save the reply file, locked so that only their journal can open it.</source>
        <translation>Fragt, wo die Antwortdatei gespeichert werden soll – so gesperrt, dass nur das Tagebuch der Person sie öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="131"/>
        <source>Your &amp;name</source>
        <translation>Dein &amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="131"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="135"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="158"/>
        <source>Name of the place or group</source>
        <translation>Name des Orts oder der Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="159"/>
        <source>e.g. Riverside Walkers</source>
        <translation>z. B. Wandergruppe am Fluss</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="160"/>
        <source>Needed to add a place; the lines below are optional.</source>
        <translation>Nötig, um einen Ort hinzuzufügen; die Zeilen darunter sind freiwillig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="161"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="162"/>
        <source>What happens there, in a few words.</source>
        <translation>Was dort passiert, in ein paar Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="163"/>
        <source>When it is on</source>
        <translation>Wann es stattfindet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="164"/>
        <source>e.g. Sundays at 10</source>
        <translation>z. B. sonntags um 10</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="164"/>
        <source>Days and times, if you know them.</source>
        <translation>Tage und Uhrzeiten, wenn du sie kennst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="165"/>
        <source>How to get there</source>
        <translation>Wie man hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="166"/>
        <source>A bus, the way in, or anything else that helps them get there.</source>
        <translation>Ein Bus, der Eingang oder alles andere, was der Person hilft, hinzukommen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="167"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="168"/>
        <source>A phone number, address or website, if they might want one.</source>
        <translation>Eine Telefonnummer, Adresse oder Website, falls die Person eine brauchen könnte.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="170"/>
        <source>Add &amp;place</source>
        <translation>&amp;Ort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="170"/>
        <source>Add this place or group to the reply</source>
        <translation>Diesen Ort oder diese Gruppe zur Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="171"/>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="195"/>
        <source>Puts it in the list of suggestions and empties these lines.</source>
        <translation>Setzt den Eintrag in die Liste der Vorschläge und leert diese Zeilen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="173"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="173"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="174"/>
        <source>W&amp;hen</source>
        <translation>W&amp;ann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="175"/>
        <source>&amp;Getting there</source>
        <translation>&amp;Hinkommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="176"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="178"/>
        <source>Add from my &amp;directory…</source>
        <translation>Aus meinem We&amp;gweiser…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="179"/>
        <source>Add places from your directory to the reply</source>
        <translation>Orte aus deinem Wegweiser zur Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="180"/>
        <source>Tick places you keep in your directory; each is copied into the reply as it is now.</source>
        <translation>Hake Orte aus deinem Wegweiser an; jeder wird so in die Antwort kopiert, wie er jetzt ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="186"/>
        <source>The goal or step</source>
        <translation>Das Ziel oder der Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="187"/>
        <source>e.g. Call my brother once a week</source>
        <translation>z. B. Einmal pro Woche meinen Bruder anrufen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="188"/>
        <source>Needed to add a goal; the lines below are optional.</source>
        <translation>Nötig, um ein Ziel hinzuzufügen; die Zeilen darunter sind freiwillig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="189"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="190"/>
        <source>Why it might matter to them, in their words if you can.</source>
        <translation>Warum es der Person wichtig sein könnte, wenn möglich in ihren Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="191"/>
        <source>A first step</source>
        <translation>Ein erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="192"/>
        <source>A small first step, if you talked about one.</source>
        <translation>Ein kleiner erster Schritt, falls ihr über einen gesprochen habt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="194"/>
        <source>Add &amp;goal</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="194"/>
        <source>Add this goal to the reply</source>
        <translation>Dieses Ziel zur Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="197"/>
        <source>Goa&amp;l</source>
        <translation>Zie&amp;l</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="197"/>
        <source>Wh&amp;y it matters</source>
        <translation>Wa&amp;rum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="198"/>
        <source>&amp;First step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="206"/>
        <source>A reply can hold at most 50 suggestions.</source>
        <translation>Eine Antwort kann höchstens 50 Vorschläge enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="212"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="212"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="213"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="280"/>
        <source>The note can be at most {n} characters.</source>
        <translation>Die Notiz darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="299"/>
        <source>Close without saving?</source>
        <translation>Schließen ohne zu speichern?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="299"/>
        <source>What you wrote in this reply will be lost.</source>
        <translation>Was du in dieser Antwort geschrieben hast, geht verloren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="300"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="300"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="315"/>
        <source>PeerJournal replies (*.pjreply)</source>
        <translation>PeerJournal-Antworten (*.pjreply)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="321"/>
        <source>the reply file</source>
        <translation>die Antwortdatei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/reply_compose.py" line="337"/>
        <source>The reply could not be saved.</source>
        <translation>Die Antwort konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="51"/>
        <source>A reply from {name}</source>
        <translation>Eine Antwort von {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="55"/>
        <source>{name} wrote this on {day}.</source>
        <translation>{name} hat das am {day} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="60"/>
        <source>Nothing is added to your journal unless you accept it. Choose Accept or Decline for each suggestion, then Finish. You can close this and come back to it later.</source>
        <translation>In dein Tagebuch kommt nur, was du annimmst. Wähle bei jedem Vorschlag „Annehmen“ oder „Ablehnen“ und dann „Fertig“. Du kannst das hier schließen und später weitermachen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="62"/>
        <source>There are no suggestions in this reply, only a note.</source>
        <translation>In dieser Antwort gibt es keine Vorschläge, nur eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="67"/>
        <source>You haven&apos;t yet compared {name}&apos;s fingerprint with them aloud, so check with them that this reply is theirs before you accept anything (Sharing page, Mark as checked).</source>
        <translation>Du hast den Fingerabdruck von {name} noch nicht laut mit der Person verglichen. Klär also mit ihr, dass diese Antwort wirklich von ihr ist, bevor du etwas annimmst (Seite „Teilen“, „Als geprüft markieren“).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="71"/>
        <source>Their note</source>
        <translation>Die Notiz der Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="73"/>
        <source>{name}&apos;s note</source>
        <translation>Notiz von {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="85"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="92"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="92"/>
        <source>Close without adding anything</source>
        <translation>Schließen, ohne etwas hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="93"/>
        <source>You can open the reply file again later</source>
        <translation>Du kannst die Antwortdatei später noch einmal öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="95"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="95"/>
        <source>Finish: add what you accepted</source>
        <translation>Fertig: hinzufügen, was du angenommen hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="96"/>
        <source>Adds what you accepted and nothing else. Ready once every suggestion has a choice.</source>
        <translation>Fügt hinzu, was du angenommen hast, und sonst nichts. Möglich, sobald jeder Vorschlag eine Auswahl hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="116"/>
        <source>{decided} of {total} decided</source>
        <translation>{decided} von {total} entschieden</translation>
    </message>
</context>
<context>
    <name>ReplyOpen</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="135"/>
        <source>Added to your goals: {titles}.</source>
        <translation>Zu deinen Zielen hinzugefügt: {titles}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="138"/>
        <source>Added to your places and groups: {titles}.</source>
        <translation>Zu deinen Orten und Gruppen hinzugefügt: {titles}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="141"/>
        <source>Not added: {titles}.</source>
        <translation>Nicht hinzugefügt: {titles}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="144"/>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="145"/>
        <source>The Sharing page lists the replies you have opened.</source>
        <translation>Auf der Seite „Teilen“ stehen die Antworten, die du geöffnet hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="155"/>
        <source>Open a reply from a supporter</source>
        <translation>Antwort einer Unterstützungsperson öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="156"/>
        <source>PeerJournal replies (*.pjreply);;All files (*)</source>
        <translation>PeerJournal-Antworten (*.pjreply);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_open.py" line="163"/>
        <source>This reply can&apos;t be opened</source>
        <translation>Diese Antwort kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ReplyRead</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="23"/>
        <source>You declined it: nothing was added.</source>
        <translation>Du hast ihn abgelehnt: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="25"/>
        <source>You accepted it: added to your goals.</source>
        <translation>Du hast ihn angenommen: zu deinen Zielen hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="26"/>
        <source>You accepted it: added to your places and groups.</source>
        <translation>Du hast ihn angenommen: zu deinen Orten und Gruppen hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ReplyReadDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="36"/>
        <source>A reply from {name}</source>
        <translation>Eine Antwort von {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="37"/>
        <source>{name} wrote this on {written}. You finished it on {finished}.</source>
        <translation>{name} hat das am {written} geschrieben. Du hast sie am {finished} abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="40"/>
        <source>Their note</source>
        <translation>Die Notiz der Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="42"/>
        <source>{name}&apos;s note</source>
        <translation>Notiz von {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="53"/>
        <source>Suggestions and what you decided</source>
        <translation>Vorschläge und was du entschieden hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="55"/>
        <source>There were no suggestions in this reply, only a note.</source>
        <translation>In dieser Antwort gab es keine Vorschläge, nur eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="58"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="58"/>
        <source>Close this reply</source>
        <translation>Diese Antwort schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="59"/>
        <source>Closes this window. Nothing changes.</source>
        <translation>Schließt dieses Fenster. Es ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="78"/>
        <source>A goal or next step</source>
        <translation>Ein Ziel oder nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="79"/>
        <source>A place or group</source>
        <translation>Ein Ort oder eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/reply_read.py" line="80"/>
        <source>{kind}: {title}. {decision}</source>
        <translation>{kind}: {title}. {decision}</translation>
    </message>
</context>
<context>
    <name>ResourceCheck</name>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="50"/>
        <source>Everyday help</source>
        <translation>Hilfe im Alltag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="51"/>
        <source>Information and advice</source>
        <translation>Information und Rat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="52"/>
        <source>Emotional support</source>
        <translation>Emotionale Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="53"/>
        <source>Belonging</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="60"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="61"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="62"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="69"/>
        <source>lend me a little money in an emergency</source>
        <translation>mir im Notfall etwas Geld leihen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="70"/>
        <source>help me move house</source>
        <translation>mir beim Umzug helfen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="71"/>
        <source>look after my pet or my plants while I&apos;m away</source>
        <translation>sich um mein Haustier oder meine Pflanzen kümmern, wenn ich weg bin</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="72"/>
        <source>give me a lift somewhere</source>
        <translation>mich irgendwohin fahren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="73"/>
        <source>help with a small job at home, like putting up a shelf</source>
        <translation>mir bei einer kleinen Arbeit zu Hause helfen, etwa ein Regal aufhängen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="74"/>
        <source>pick up shopping or a prescription if I&apos;m unwell</source>
        <translation>für mich einkaufen oder etwas aus der Apotheke holen, wenn es mir nicht gut geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="75"/>
        <source>tell me about finding work or volunteering</source>
        <translation>mir etwas über Arbeitssuche oder Ehrenamt erzählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="76"/>
        <source>help me understand benefits</source>
        <translation>mir helfen, Sozialleistungen zu verstehen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="77"/>
        <source>give me advice about housing</source>
        <translation>mich zum Thema Wohnen beraten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="78"/>
        <source>help me find my way around health services</source>
        <translation>mir helfen, mich im Gesundheitswesen zurechtzufinden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="79"/>
        <source>point me to help with a legal problem</source>
        <translation>mir sagen, wo ich bei einem rechtlichen Problem Hilfe finde</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="80"/>
        <source>help me fill in a form or write a letter</source>
        <translation>mir helfen, ein Formular auszufüllen oder einen Brief zu schreiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="81"/>
        <source>talk with me when I&apos;m feeling low</source>
        <translation>mit mir reden, wenn es mir schlecht geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="82"/>
        <source>listen without judging when I&apos;m worried</source>
        <translation>mir zuhören, ohne zu urteilen, wenn ich mir Sorgen mache</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="83"/>
        <source>celebrate good news with me</source>
        <translation>gute Nachrichten mit mir feiern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="84"/>
        <source>be there for me if things got really hard</source>
        <translation>für mich da sein, wenn es richtig schwer würde</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="85"/>
        <source>invite me out, or along to something they&apos;re going to</source>
        <translation>mich einladen oder zu etwas mitnehmen, wo er oder sie hingeht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="86"/>
        <source>introduce me to new people</source>
        <translation>mich mit neuen Menschen bekannt machen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="87"/>
        <source>join me for a walk, a meal or a cup of tea</source>
        <translation>mit mir spazieren gehen, essen oder einen Tee trinken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="88"/>
        <source>help me feel welcome in a group or club</source>
        <translation>mir helfen, mich in einer Gruppe oder einem Verein willkommen zu fühlen</translation>
    </message>
</context>
<context>
    <name>ResourceCheckDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="85"/>
        <source>…{what}?</source>
        <translation>…{what}?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="235"/>
        <source>Do I know someone who could…?</source>
        <translation>Kenne ich jemanden, der … könnte?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="252"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="253"/>
        <source>Cancel the check</source>
        <translation>Check abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="255"/>
        <source>Closes the check without saving; it asks first if you have answered any.</source>
        <translation>Schließt den Check, ohne zu speichern; wenn du schon etwas beantwortet hast, wird vorher nachgefragt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="256"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="257"/>
        <source>Back to the previous part</source>
        <translation>Zurück zum vorigen Teil</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="258"/>
        <source>Shows the questions of the part before. Answers are kept.</source>
        <translation>Zeigt die Fragen des vorigen Teils. Die Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="259"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="260"/>
        <source>On to the next part</source>
        <translation>Weiter zum nächsten Teil</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="261"/>
        <source>Shows the questions of the next part. Answers are kept.</source>
        <translation>Zeigt die Fragen des nächsten Teils. Die Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="262"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="263"/>
        <source>Save your answers</source>
        <translation>Deine Antworten speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="265"/>
        <source>Saves the answers you gave, from every part, as one check (Ctrl+S).</source>
        <translation>Speichert die Antworten aus allen Teilen als einen Check (Strg+S).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="266"/>
        <source>Save your answers (Ctrl+S)</source>
        <translation>Deine Antworten speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="276"/>
        <source>For each question, think of the people you know. Answer the ones you like; you can skip any. There are no right answers: a “no” is simply somewhere you could start.</source>
        <translation>Denk bei jeder Frage an die Menschen, die du kennst. Beantworte die, die du möchtest; du kannst jede überspringen. Es gibt keine richtigen Antworten: Ein „Nein“ zeigt einfach, wo du anfangen könntest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="304"/>
        <source>Questions: {part}</source>
        <translation>Fragen: {part}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="310"/>
        <source>Part {n} of {total}: {part}</source>
        <translation>Teil {n} von {total}: {part}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="325"/>
        <source>Could not add this person</source>
        <translation>Diese Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="390"/>
        <source>Leave the check?</source>
        <translation>Check verlassen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="391"/>
        <source>Your answers have not been saved. Leave the check and lose them?</source>
        <translation>Deine Antworten sind nicht gespeichert. Den Check verlassen und die Antworten verlieren?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="392"/>
        <source>Leave and lose them</source>
        <translation>Verlassen und verlieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_dialog.py" line="392"/>
        <source>Keep answering</source>
        <translation>Weiter antworten</translation>
    </message>
</context>
<context>
    <name>ResourceCheckWidget</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="86"/>
        <source>Do I know someone who could…? A short check of who you could call on for everyday help, information and advice, support, and company. Take it whenever you like. There are no right answers; a “no” is just somewhere you could start.</source>
        <translation>Kenne ich jemanden, der … könnte? Ein kurzer Check, an wen du dich wenden kannst: bei Hilfe im Alltag, bei Information und Rat, für Unterstützung und für Gesellschaft. Mach ihn, wann immer du möchtest. Es gibt keine richtigen Antworten; ein „Nein“ zeigt nur, wo du anfangen könntest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="102"/>
        <source>&amp;Take the check…</source>
        <translation>Den Check &amp;machen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="102"/>
        <source>Take the check</source>
        <translation>Den Check machen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="103"/>
        <source>Opens the questions, a part at a time. Nothing is kept until you save your answers.</source>
        <translation>Öffnet die Fragen, einen Teil nach dem anderen. Nichts wird behalten, bevor du deine Antworten speicherst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="105"/>
        <source>Edit the &amp;questions…</source>
        <translation>&amp;Fragen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="105"/>
        <source>Edit the questions of the check</source>
        <translation>Die Fragen des Checks bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="107"/>
        <source>Change the wording or order of the questions, add your own, or stop asking one.</source>
        <translation>Ändere den Wortlaut oder die Reihenfolge der Fragen, füge eigene hinzu oder stell eine Frage nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="125"/>
        <source>When you have taken the check, what it shows will be here.</source>
        <translation>Wenn du den Check gemacht hast, steht hier, was er zeigt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="115"/>
        <source>Questions with someone, by part</source>
        <translation>Fragen mit jemandem, nach Teil</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="116"/>
        <source>For each part of the check, how many questions had someone, not sure, or no.</source>
        <translation>Für jeden Teil des Checks: bei wie vielen Fragen es jemanden gab, du nicht sicher warst oder die Antwort Nein war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="117"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="130"/>
        <source>Resting on one person</source>
        <translation>Hängt an einer einzigen Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="132"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="134"/>
        <source>Not sure yet</source>
        <translation>Noch nicht sicher</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="158"/>
        <source>What the check shows</source>
        <translation>Was der Check zeigt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="162"/>
        <source>Past checks</source>
        <translation>Frühere Checks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="163"/>
        <source>Choose a check to see what it showed.</source>
        <translation>Wähle einen Check, um zu sehen, was er gezeigt hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="166"/>
        <source>&amp;Delete this check…</source>
        <translation>Diesen Check &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="166"/>
        <source>Delete the chosen check</source>
        <translation>Den ausgewählten Check löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="167"/>
        <source>Deletes the check chosen in the list, after asking. This can&apos;t be undone.</source>
        <translation>Löscht den in der Liste ausgewählten Check nach einer Rückfrage. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="169"/>
        <source>&amp;Past checks</source>
        <translation>&amp;Frühere Checks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="183"/>
        <source>{day}: someone for {n} of {total}</source>
        <translation>{day}: jemand bei {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="215"/>
        <source>You haven&apos;t taken the check yet. It takes a few minutes.</source>
        <translation>Du hast den Check noch nicht gemacht. Er dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="217"/>
        <source>You last took the check on {day}. You can take it again whenever you like.</source>
        <translation>Du hast den Check zuletzt am {day} gemacht. Du kannst ihn jederzeit wieder machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="221"/>
        <source>You last took the check on {day}. It has been a few months, so you might like to take it again and see what has changed, whenever suits you.</source>
        <translation>Du hast den Check zuletzt am {day} gemacht. Das ist ein paar Monate her – vielleicht möchtest du ihn wieder machen und sehen, was sich verändert hat, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="228"/>
        <source>You last took the check on {day}. It will be offered again after {next}, and you can take it any time before then.</source>
        <translation>Du hast den Check zuletzt am {day} gemacht. Er wird nach dem {next} wieder angeboten, und du kannst ihn schon vorher jederzeit machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="238"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="240"/>
        <source>nobody named now</source>
        <translation>inzwischen niemand mehr genannt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="243"/>
        <source>Your check on {day}</source>
        <translation>Dein Check vom {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="244"/>
        <source>Someone came to mind for {n} of the {total} questions you answered.</source>
        <translation>Bei {n} der {total} Fragen, die du beantwortet hast, ist dir jemand eingefallen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="248"/>
        <source>{part}: someone for {n} of {total}.</source>
        <translation>{part}: jemand bei {n} von {total}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="252"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="252"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="252"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="252"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="262"/>
        <source>{question} Only {names}.</source>
        <translation>{question} Nur {names}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="280"/>
        <source>Since your check on {day}</source>
        <translation>Seit deinem Check vom {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="291"/>
        <source>Make this a goal…</source>
        <translation>Ein Ziel daraus machen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="293"/>
        <source>Make a goal: find someone who could {what}</source>
        <translation>Ein Ziel daraus machen: jemanden finden für „…{what}?“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="294"/>
        <source>Opens a new goal with this filled in, for you to change or save.</source>
        <translation>Öffnet ein neues Ziel, in dem das schon eingetragen ist, damit du es ändern oder speichern kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="296"/>
        <source>Find someone who could {what}</source>
        <translation>Jemanden finden für „…{what}?“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="297"/>
        <source>When I took the check on {day}, nobody came to mind who could {what}.</source>
        <translation>Als ich den Check am {day} gemacht habe, ist mir bei „…{what}?“ niemand eingefallen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="306"/>
        <source>The same as last time.</source>
        <translation>Genauso wie beim letzten Mal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="310"/>
        <source>{part}: someone for {before} questions then, {after} now.</source>
        <translation>{part}: damals jemand bei {before} Fragen, jetzt bei {after}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="313"/>
        <source>Someone now: {question}</source>
        <translation>Jetzt jemand: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="315"/>
        <source>More people now for {n} questions.</source>
        <translation>Jetzt mehr Menschen bei {n} Fragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="319"/>
        <source>More people now: {question}</source>
        <translation>Jetzt mehr Menschen: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="322"/>
        <source>Nobody this time: {question}</source>
        <translation>Diesmal niemand: {question}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="362"/>
        <source>Delete this check?</source>
        <translation>Diesen Check löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="363"/>
        <source>Delete your check from {day}? This can&apos;t be undone.</source>
        <translation>Deinen Check vom {day} löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="365"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="365"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_check_tab.py" line="366"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ResourceItemsDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="37"/>
        <source>The questions of the check</source>
        <translation>Die Fragen des Checks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="40"/>
        <source>Each question finishes “Do I know someone who could…”. Rewording a question or no longer asking it leaves your past checks just as they were.</source>
        <translation>Jede Frage vervollständigt „Kenne ich jemanden, der … könnte?“. Wenn du eine Frage umformulierst oder nicht mehr stellst, bleiben deine früheren Checks genau so, wie sie waren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="44"/>
        <source>Part of the check</source>
        <translation>Teil des Checks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="44"/>
        <source>The list below shows the questions of this part.</source>
        <translation>Die Liste darunter zeigt die Fragen dieses Teils.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="94"/>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="47"/>
        <source>Questions in this part</source>
        <translation>Fragen in diesem Teil</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="48"/>
        <source>In the order they are asked. Choose one to move it, reword it or stop asking it.</source>
        <translation>In der Reihenfolge, in der sie gestellt werden. Wähle eine aus, um sie zu verschieben, umzuformulieren oder nicht mehr zu stellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="50"/>
        <source>Wording of the question</source>
        <translation>Wortlaut der Frage</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="51"/>
        <source>for example: give me a lift somewhere</source>
        <translation>zum Beispiel: mich irgendwohin fahren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="104"/>
        <source>&amp;Wording:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="65"/>
        <source>&amp;Add as a new question</source>
        <translation>Als neue Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="65"/>
        <source>Add the wording as a new question</source>
        <translation>Den Wortlaut als neue Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="68"/>
        <source>&amp;Change the wording</source>
        <translation>Wortlaut ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="68"/>
        <source>Change the chosen question&apos;s wording</source>
        <translation>Den Wortlaut der ausgewählten Frage ändern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="71"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="158"/>
        <source>&amp;Stop asking</source>
        <translation>&amp;Nicht mehr stellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="71"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="159"/>
        <source>Stop asking the chosen question</source>
        <translation>Die ausgewählte Frage nicht mehr stellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="75"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="75"/>
        <source>Move the chosen question up</source>
        <translation>Die ausgewählte Frage nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="78"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="78"/>
        <source>Move the chosen question down</source>
        <translation>Die ausgewählte Frage nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="66"/>
        <source>Adds the wording above as a new question at the end of this part.</source>
        <translation>Fügt den Wortlaut oben als neue Frage am Ende dieses Teils hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="69"/>
        <source>Gives the chosen question the wording above. Past checks keep the old.</source>
        <translation>Gibt der ausgewählten Frage den Wortlaut oben. Frühere Checks behalten den alten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="73"/>
        <source>Stops asking the chosen question in new checks, or asks it again. Past checks stay as they were.</source>
        <translation>Stellt die ausgewählte Frage in neuen Checks nicht mehr oder stellt sie wieder. Frühere Checks bleiben, wie sie waren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="76"/>
        <source>Asks the chosen question one place earlier.</source>
        <translation>Stellt die ausgewählte Frage einen Platz früher.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="79"/>
        <source>Asks the chosen question one place later.</source>
        <translation>Stellt die ausgewählte Frage einen Platz später.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="84"/>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="85"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="85"/>
        <source>Closes this window. Your changes are already saved.</source>
        <translation>Schließt dieses Fenster. Deine Änderungen sind schon gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="129"/>
        <source>{question} (not asked now)</source>
        <translation>{question} (wird gerade nicht gestellt)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="155"/>
        <source>Ask a&amp;gain</source>
        <translation>&amp;Wieder stellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/resource_items_dialog.py" line="156"/>
        <source>Ask the chosen question again</source>
        <translation>Die ausgewählte Frage wieder stellen</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="37"/>
        <source>Mood check-ins were not shared in this file.</source>
        <translation>Stimmungs-Check-ins wurden in dieser Datei nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="87"/>
        <source>No mood check-ins in this period.</source>
        <translation>Keine Stimmungs-Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="88"/>
        <source>Moods in this period, in their words: {words} (the most used first).</source>
        <translation>Stimmungen in diesem Zeitraum, in den eigenen Worten der Person: {words} (die häufigsten zuerst).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="103"/>
        <source>Charts of the shared file</source>
        <translation>Diagramme der geteilten Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="104"/>
        <source>Kinds of chart</source>
        <translation>Arten von Diagrammen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="107"/>
        <source>Contacts each week, by way of contact</source>
        <translation>Kontakte pro Woche, nach Art des Kontakts</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="109"/>
        <source>Activities each week, by kind</source>
        <translation>Aktivitäten pro Woche, nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="113"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="114"/>
        <source>Contacts each week</source>
        <translation>Kontakte pro Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="115"/>
        <source>Activities each week</source>
        <translation>Aktivitäten pro Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="117"/>
        <source>Mood over time, with gaps where nothing was noted.</source>
        <translation>Stimmung im Lauf der Zeit, mit Lücken, wo nichts eingetragen war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="118"/>
        <source>How many contacts each week, by way of contact.</source>
        <translation>Wie viele Kontakte pro Woche, nach Art des Kontakts.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review_charts.py" line="119"/>
        <source>How many activities each week, by kind.</source>
        <translation>Wie viele Aktivitäten pro Woche, nach Art.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="70"/>
        <source>Look back on a goal</source>
        <translation>Auf ein Ziel zurückblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="101"/>
        <source>However it went is fine. Looking back is how plans get easier to make.</source>
        <translation>Wie es auch gelaufen ist, es ist in Ordnung. Durch das Zurückblicken wird das Planen leichter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="104"/>
        <source>Your first step was: {step}</source>
        <translation>Dein erster Schritt war: {step}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="111"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="111"/>
        <source>&amp;Partly</source>
        <translation>&amp;Teilweise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="112"/>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="116"/>
        <source>Did it happen: {answer}</source>
        <translation>Hat es geklappt: {answer}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="117"/>
        <source>However it went is fine. The arrow keys move between yes, partly and not yet.</source>
        <translation>Wie es auch gelaufen ist, es ist in Ordnung. Die Pfeiltasten wechseln zwischen Ja, Teilweise und Noch nicht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="123"/>
        <source>What got in the way</source>
        <translation>Was im Weg war</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="124"/>
        <source>Anything that made it harder (optional)</source>
        <translation>Was es schwerer gemacht hat (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="125"/>
        <source>What next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="126"/>
        <source>A next small step (optional)</source>
        <translation>Ein nächster kleiner Schritt (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="127"/>
        <source>Next day to look back</source>
        <translation>Nächster Tag zum Zurückblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="129"/>
        <source>When to look back on this goal again.</source>
        <translation>Wann du wieder auf dieses Ziel zurückblicken möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="132"/>
        <source>This goal is &amp;done</source>
        <translation>Dieses Ziel ist &amp;erreicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="132"/>
        <source>This goal is done</source>
        <translation>Dieses Ziel ist erreicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="133"/>
        <source>Tick if you have done what you set out to do. Its history stays.</source>
        <translation>Hake an, wenn du geschafft hast, was du dir vorgenommen hattest. Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="87"/>
        <source>Did it happen?</source>
        <translation>Hat es geklappt?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="88"/>
        <source>What got in the &amp;way</source>
        <translation>Was im &amp;Weg war</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="89"/>
        <source>What ne&amp;xt</source>
        <translation>Wie es wei&amp;tergeht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="90"/>
        <source>Look back a&amp;gain on</source>
        <translation>&amp;Wieder zurückblicken am</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="78"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="139"/>
        <source>P&amp;ause this goal for now</source>
        <translation>Dieses Ziel vorerst &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="139"/>
        <source>Pause this goal for now</source>
        <translation>Dieses Ziel vorerst pausieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="141"/>
        <source>Keeps the goal and its history; you can pick it up again whenever you like</source>
        <translation>Behält das Ziel und seinen Verlauf; du kannst es jederzeit wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="144"/>
        <source>&amp;Let this goal go — that&apos;s fine, plans change</source>
        <translation>Dieses Ziel &amp;loslassen – das ist in Ordnung, Pläne ändern sich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="145"/>
        <source>Let this goal go</source>
        <translation>Dieses Ziel loslassen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="146"/>
        <source>That&apos;s fine, plans change. Its history is kept.</source>
        <translation>Das ist in Ordnung, Pläne ändern sich. Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="80"/>
        <source>Saves this look back to the goal&apos;s history.</source>
        <translation>Speichert diesen Rückblick im Verlauf des Ziels.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="79"/>
        <source>Save this review</source>
        <translation>Diesen Rückblick speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/goal_review_dialog.py" line="168"/>
        <source>Please choose whether it happened: yes, partly or not yet. Or pause the goal, or let it go.</source>
        <translation>Bitte wähle aus, ob es geklappt hat: Ja, Teilweise oder Noch nicht. Oder pausiere das Ziel oder lass es los.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="42"/>
        <source>Their message to you</source>
        <translation>Die Nachricht der Person an dich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="45"/>
        <source>Since the last file</source>
        <translation>Seit der letzten Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="46"/>
        <source>The shared file</source>
        <translation>Die geteilte Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="47"/>
        <source>The file as the person saw it before saving it; read only. Scroll with the arrow keys, Page Up and Page Down.</source>
        <translation>Die Datei so, wie die Person sie vor dem Speichern gesehen hat; nur zum Lesen. Blättern mit den Pfeiltasten, Bild auf und Bild ab.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="79"/>
        <source>Choose a file to read it here.</source>
        <translation>Wähle eine Datei, um sie hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_review.py" line="82"/>
        <source>{period} · made {when}</source>
        <translation>{period} · erstellt {when}</translation>
    </message>
</context>
<context>
    <name>ScalePicker</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="55"/>
        <source>{scale}: {value}, {label}</source>
        <translation>{scale}: {value}, {label}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="57"/>
        <source>{label} (key {value})</source>
        <translation>{label} (Taste {value})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="92"/>
        <source>nothing chosen</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/scale_picker.py" line="95"/>
        <source>Press 1 to {last} to choose. Now: {chosen}.</source>
        <translation>Drück 1 bis {last} zum Auswählen. Jetzt: {chosen}.</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="37"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="38"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="39"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="40"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="41"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="42"/>
        <source>Looking back on goals</source>
        <translation>Rückblicke auf Ziele</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="43"/>
        <source>My support plan</source>
        <translation>Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="44"/>
        <source>Places and groups</source>
        <translation>Orte und Gruppen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="45"/>
        <source>Resource checks</source>
        <translation>Ressourcen-Checks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="46"/>
        <source>Replies from supporters</source>
        <translation>Antworten von Unterstützungspersonen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="56"/>
        <location filename="../../peerjournal/ui/search/search_window.py" line="67"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="68"/>
        <source>Type words to find in your notes, people, goals, plan, places, checks and replies. Down goes to the results.</source>
        <translation>Tippe Wörter, die du in deinen Notizen, Menschen, Zielen, deinem Plan, Orten, Checks und Antworten finden willst. Pfeil nach unten geht zu den Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="69"/>
        <source>Search everything…</source>
        <translation>Alles durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="70"/>
        <source>Kind of thing</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="70"/>
        <source>Search only one kind of thing.</source>
        <translation>Nur eine Art durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="71"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="72"/>
        <source>Kinds of thing</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="73"/>
        <location filename="../../peerjournal/ui/search/search_window.py" line="90"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="74"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="75"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="76"/>
        <source>What was found, by kind. Enter opens it where it lives.</source>
        <translation>Was gefunden wurde, nach Art. Eingabe öffnet es dort, wo es steht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="81"/>
        <source>How many were found</source>
        <translation>Wie viele gefunden wurden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="82"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="82"/>
        <source>Show more results</source>
        <translation>Mehr Ergebnisse zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="83"/>
        <source>Show the next best results below these.</source>
        <translation>Zeigt die nächstbesten Ergebnisse unter diesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="90"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="103"/>
        <source>Leave it at “any day” to search all days.</source>
        <translation>Lass „jeder Tag“ stehen, um alle Tage zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="105"/>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="152"/>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="169"/>
        <source>Type one more letter to search.</source>
        <translation>Tippe noch einen Buchstaben, um zu suchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/search/search_window.py" line="171"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n gefunden.</numerusform>
            <numerusform>%n gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/search/search_window.py" line="173"/>
        <source>Nothing found. Try fewer or shorter words, or another kind or date.</source>
        <translation>Nichts gefunden. Versuch es mit weniger oder kürzeren Wörtern oder einer anderen Art oder einem anderen Datum.</translation>
    </message>
</context>
<context>
    <name>SecondPlaceRow</name>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="35"/>
        <source>Second place for backups</source>
        <translation>Zweiter Ort für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="37"/>
        <source>Choose a &amp;second place…</source>
        <translation>Einen &amp;zweiten Ort wählen …</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="37"/>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="88"/>
        <source>Choose a second place for backups</source>
        <translation>Einen zweiten Ort für Sicherungen wählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="38"/>
        <source>A USB stick, another disk or a folder a sync program carries gets a copy of each backup, encrypted the same way, so a lost laptop does not take them all.</source>
        <translation>Ein USB-Stick, eine andere Festplatte oder ein Ordner, den ein Sync-Programm abgleicht, bekommt eine Kopie jeder Sicherung, genauso verschlüsselt. So gehen mit einem verlorenen Laptop nicht alle verloren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="41"/>
        <source>Stop copying there</source>
        <translation>Nicht mehr dorthin kopieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="41"/>
        <source>Stop copying backups to the second place</source>
        <translation>Keine Sicherungen mehr an den zweiten Ort kopieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="42"/>
        <source>The copies already there stay; no new ones are made.</source>
        <translation>Die Kopien, die schon dort sind, bleiben; neue kommen nicht dazu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="59"/>
        <source>Backups stay on this computer only. A second place (a USB stick, another disk or a synced folder) keeps a copy if this computer is lost or breaks.</source>
        <translation>Sicherungen liegen nur auf diesem Computer. Ein zweiter Ort (ein USB-Stick, eine andere Festplatte oder ein synchronisierter Ordner) behält eine Kopie, falls dieser Computer verloren geht oder kaputtgeht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="68"/>
        <source>Second place: {name}. It is not there right now; the next backup is copied there when it is back.</source>
        <translation>Zweiter Ort: {name}. Er ist gerade nicht da; die nächste Sicherung wird dorthin kopiert, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="70"/>
        <source>Second place: {name}. No copy there yet; the next backup is copied there, or choose Back up now.</source>
        <translation>Zweiter Ort: {name}. Dort ist noch keine Kopie; die nächste Sicherung wird dorthin kopiert, oder wähle „Jetzt sichern“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="74"/>
        <source>Last copy to {name}: {when}. It is not there right now (a USB stick may be unplugged).</source>
        <translation>Letzte Kopie nach {name}: {when}. Der Ort ist gerade nicht da (vielleicht ist ein USB-Stick nicht eingesteckt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="76"/>
        <source>Last copy to {name}: {when}.</source>
        <translation>Letzte Kopie nach {name}: {when}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="82"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="84"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/second_place_row.py" line="85"/>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="55"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="68"/>
        <source>Security status</source>
        <translation>Sicherheitsstatus</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="75"/>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="76"/>
        <source>Lock after this many minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="77"/>
        <source>The journal locks itself after this long with no typing or clicks. Zero means never.</source>
        <translation>Das Tagebuch sperrt sich selbst, wenn so lange nichts getippt oder geklickt wurde. Null heißt nie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="80"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="81"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="83"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="84"/>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="85"/>
        <source>Locks the journal as soon as its window is minimised. Anything half-typed is kept.</source>
        <translation>Sperrt das Tagebuch, sobald sein Fenster minimiert wird. Halb Getipptes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="87"/>
        <source>Lock the journal after</source>
        <translation>Das Tagebuch sperren nach</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="89"/>
        <source>without use</source>
        <translation>ohne Nutzung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="92"/>
        <source>It also locks when your computer&apos;s screen locks or it goes to sleep. Anything you were typing is kept, encrypted, and comes back when you unlock.</source>
        <translation>Es sperrt sich auch, wenn der Bildschirm deines Computers gesperrt wird oder der Computer in den Ruhezustand geht. Was du gerade getippt hast, bleibt verschlüsselt erhalten und ist nach dem Entsperren wieder da.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="104"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="106"/>
        <source>PeerJournal makes an encrypted backup each day you use it. A backup opens with the passphrase the journal had when it was made.</source>
        <translation>PeerJournal macht an jedem Tag, an dem du es nutzt, eine verschlüsselte Sicherung. Eine Sicherung öffnet sich mit der Passphrase, die das Tagebuch hatte, als sie erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="110"/>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen behalten werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="111"/>
        <source>Older backups than this are deleted when a new one is made.</source>
        <translation>Ältere Sicherungen werden gelöscht, wenn eine neue erstellt wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="115"/>
        <source>Keep the last</source>
        <translation>Behalte die letzten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="117"/>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="121"/>
        <source>Backups are kept in {folder}</source>
        <translation>Sicherungen werden in {folder} aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="125"/>
        <source>Your backups, newest first</source>
        <translation>Deine Sicherungen, die neuesten zuerst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="126"/>
        <source>Choose a backup to restore it with the button below.</source>
        <translation>Wähle eine Sicherung, um sie mit der Schaltfläche unten wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="127"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="128"/>
        <source>Makes an encrypted backup of your journal now.</source>
        <translation>Erstellt jetzt eine verschlüsselte Sicherung deines Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="131"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="131"/>
        <source>Restore the chosen backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="132"/>
        <source>Checks the chosen backup, then opens it. Your current journal is kept aside until you decide.</source>
        <translation>Prüft die ausgewählte Sicherung und öffnet sie dann. Dein jetziges Tagebuch wird beiseitegelegt, bis du dich entscheidest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="135"/>
        <source>Restore from a &amp;file…</source>
        <translation>Aus einer &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="135"/>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="136"/>
        <source>Choose a backup file kept somewhere else, then restore it the same careful way.</source>
        <translation>Wähle eine Sicherungsdatei, die woanders aufbewahrt ist, und stelle sie dann auf dieselbe sorgfältige Weise wieder her.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="172"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="182"/>
        <source>on {place}</source>
        <translation>auf {place}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="187"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="213"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="219"/>
        <source>Backup made: {name}. {problem}</source>
        <translation>Sicherung erstellt: {name}. {problem}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="222"/>
        <source>Backup made and copied to {place}: {name}</source>
        <translation>Sicherung erstellt und nach {place} kopiert: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="225"/>
        <source>Backup made: {name}</source>
        <translation>Sicherung erstellt: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="153"/>
        <source>Making a backup</source>
        <translation>Sicherung wird erstellt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="154"/>
        <source>A backup is being made. You can go on using PeerJournal.</source>
        <translation>Eine Sicherung wird erstellt. Du kannst PeerJournal weiter nutzen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="244"/>
        <source>Making a backup… You can go on using PeerJournal meanwhile.</source>
        <translation>Sicherung wird erstellt… Du kannst PeerJournal währenddessen weiter nutzen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="284"/>
        <source>Could not make a backup. Nothing was changed. Please try again.</source>
        <translation>Die Sicherung konnte nicht erstellt werden. Es wurde nichts verändert. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="234"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="235"/>
        <source>PeerJournal backups (*.pjbackup);;All files (*)</source>
        <translation>PeerJournal-Sicherungen (*.pjbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="241"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="242"/>
        <source>Your journal will be closed and replaced by this backup. Entries made since the backup will not be in it. Your current journal is kept aside until you decide, and you will be asked for the backup&apos;s passphrase.</source>
        <translation>Dein Tagebuch wird geschlossen und durch diese Sicherung ersetzt. Einträge, die seit der Sicherung gemacht wurden, sind darin nicht enthalten. Dein jetziges Tagebuch wird beiseitegelegt, bis du dich entscheidest, und du wirst nach der Passphrase der Sicherung gefragt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/security_page.py" line="244"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SentReplies</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="36"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="47"/>
        <source>{day}: {suggestions} (written before replies were kept)</source>
        <translation>{day}: {suggestions} (geschrieben, bevor Antworten aufbewahrt wurden)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="54"/>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="59"/>
        <source>A goal or next step</source>
        <translation>Ein Ziel oder nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="60"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="61"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="63"/>
        <source>A place or group</source>
        <translation>Ein Ort oder eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="64"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="64"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="65"/>
        <source>Getting there</source>
        <translation>Hinkommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="66"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="73"/>
        <source>Your reply to {name}, written on {day}.</source>
        <translation>Deine Antwort an {name}, geschrieben am {day}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="77"/>
        <source>This reply was written before PeerJournal kept what replies said. It held {suggestions}.</source>
        <translation>Diese Antwort wurde geschrieben, bevor PeerJournal aufbewahrt hat, was in Antworten stand. Sie enthielt {suggestions}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="83"/>
        <source>Signed as: {name}</source>
        <translation>Unterschrieben als: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="87"/>
        <source>Your note</source>
        <translation>Deine Notiz</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="90"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>SentRepliesBox</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="123"/>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="139"/>
        <source>Replies you sent</source>
        <translation>Antworten, die du geschickt hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="124"/>
        <source>Newest first: when you wrote each reply, and what it said. Choose one and Read it.</source>
        <translation>Die neuesten zuerst: wann du jede Antwort geschrieben hast und was darin stand. Wähle eine aus und lies sie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="132"/>
        <source>No replies sent yet.</source>
        <translation>Noch keine Antworten geschickt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="134"/>
        <source>R&amp;ead reply…</source>
        <translation>Antwort &amp;lesen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="134"/>
        <source>Read the chosen reply</source>
        <translation>Die ausgewählte Antwort lesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="135"/>
        <source>Shows what the chosen reply said, as you sent it.</source>
        <translation>Zeigt, was in der ausgewählten Antwort stand, so wie du sie geschickt hast.</translation>
    </message>
</context>
<context>
    <name>SentReplyDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="102"/>
        <source>Your reply to {name}</source>
        <translation>Deine Antwort an {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="103"/>
        <source>The reply you sent</source>
        <translation>Die Antwort, die du geschickt hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="104"/>
        <source>What the reply said, as it was sent.</source>
        <translation>Was in der Antwort stand, so wie sie geschickt wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="107"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="107"/>
        <source>Close this reply</source>
        <translation>Diese Antwort schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="108"/>
        <source>Closes this window. Nothing changes.</source>
        <translation>Schließt dieses Fenster. Es ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="464"/>
        <source>Services and helplines</source>
        <translation>Dienste und Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="466"/>
        <source>Choose a service to change its details below. The arrow keys move between the rows.</source>
        <translation>Wähle einen Dienst, um seine Angaben unten zu ändern. Die Pfeiltasten wechseln zwischen den Zeilen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="469"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="469"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="497"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="469"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="499"/>
        <source>How to contact</source>
        <translation>Wie man Kontakt aufnimmt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="471"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="480"/>
        <source>Add a service</source>
        <translation>Einen Dienst hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="481"/>
        <source>Adds an empty service to fill in below.</source>
        <translation>Fügt einen leeren Dienst hinzu, den du unten ausfüllen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="483"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="484"/>
        <source>Remove the chosen service</source>
        <translation>Den ausgewählten Dienst entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="485"/>
        <source>Takes the chosen service out of your plan.</source>
        <translation>Nimmt den ausgewählten Dienst aus deinem Plan.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="487"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="487"/>
        <source>Move the chosen service up</source>
        <translation>Den ausgewählten Dienst nach oben schieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="488"/>
        <source>Moves the chosen service one place earlier in the list.</source>
        <translation>Schiebt den ausgewählten Dienst in der Liste einen Platz nach oben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="490"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="491"/>
        <source>Move the chosen service down</source>
        <translation>Den ausgewählten Dienst nach unten schieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="492"/>
        <source>Moves the chosen service one place later in the list.</source>
        <translation>Schiebt den ausgewählten Dienst in der Liste einen Platz nach unten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="495"/>
        <source>Service name</source>
        <translation>Name des Dienstes</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="496"/>
        <source>for example, the name of a helpline or a team</source>
        <translation>zum Beispiel der Name eines Hilfetelefons oder eines Teams</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="498"/>
        <source>for example, “helpline, evenings”</source>
        <translation>zum Beispiel „Hilfetelefon, abends“</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="500"/>
        <source>a phone number, a web address or an address</source>
        <translation>eine Telefonnummer, eine Webadresse oder eine Anschrift</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="503"/>
        <source>Notes about this service</source>
        <translation>Notizen zu diesem Dienst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="504"/>
        <source>Anything to remember about this service (optional).</source>
        <translation>Was du dir zu diesem Dienst merken möchtest (freiwillig).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="512"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="512"/>
        <source>&amp;What it is</source>
        <translation>&amp;Was es ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="513"/>
        <source>How to &amp;contact</source>
        <translation>Wie man &amp;Kontakt aufnimmt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_editors.py" line="513"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="58"/>
        <source>The last 2 weeks</source>
        <translation>Die letzten 2 Wochen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="59"/>
        <source>The last month</source>
        <translation>Der letzte Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="60"/>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="61"/>
        <source>Choose dates</source>
        <translation>Daten auswählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="62"/>
        <source>The file will be locked with this passphrase instead of a supporter&apos;s key. Tell them the passphrase in person or by phone, not in the same email or message as the file.</source>
        <translation>Die Datei wird mit dieser Passphrase gesperrt statt mit dem Schlüssel einer Unterstützungsperson. Sag der Person die Passphrase persönlich oder am Telefon, nicht in derselben E-Mail oder Nachricht wie die Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="76"/>
        <source>Share with a supporter</source>
        <translation>Mit einer Unterstützungsperson teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="117"/>
        <source>Choose what to share. Nothing is shared unless you save the file and give it to your supporter. You will see exactly what they will see before anything is saved.</source>
        <translation>Wähle aus, was du teilen möchtest. Es wird nur etwas geteilt, wenn du die Datei speicherst und sie deiner Unterstützungsperson gibst. Bevor etwas gespeichert wird, siehst du genau, was sie sehen wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="142"/>
        <source>Share with</source>
        <translation>Teilen mit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="143"/>
        <source>The file is locked so that only this supporter can open it, or with a passphrase you choose.</source>
        <translation>Die Datei wird so gesperrt, dass nur diese Unterstützungsperson sie öffnen kann, oder mit einer Passphrase, die du wählst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="145"/>
        <source>Someone without a key (lock with a passphrase)</source>
        <translation>Jemand ohne Schlüssel (mit einer Passphrase sperren)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="148"/>
        <source>Passphrase for the file</source>
        <translation>Passphrase für die Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="149"/>
        <source>Locks the file. Tell it to your supporter another way than the file, for example in person.</source>
        <translation>Sperrt die Datei. Sag sie deiner Unterstützungsperson auf einem anderen Weg als die Datei, zum Beispiel persönlich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="150"/>
        <source>Passphrase for the file, again</source>
        <translation>Passphrase für die Datei, noch einmal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="151"/>
        <source>The same passphrase again, to be sure it is right.</source>
        <translation>Dieselbe Passphrase noch einmal, um sicherzugehen, dass sie stimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="154"/>
        <source>Your name, as your supporter knows you</source>
        <translation>Dein Name, wie deine Unterstützungsperson dich kennt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="155"/>
        <source>Optional, e.g. Alex</source>
        <translation>Freiwillig, z. B. Alex</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="166"/>
        <source>Period to share</source>
        <translation>Zeitraum zum Teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="173"/>
        <source>Share: {what}</source>
        <translation>Teilen: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="175"/>
        <source>From Connecting and your support plan (your plan goes in as you wrote it; what you wrote about goals and services only with your notes):</source>
        <translation>Aus „Verbindungen“ und deinem Unterstützungsplan (dein Plan kommt so hinein, wie du ihn geschrieben hast; was du zu Zielen und Diensten geschrieben hast, nur mit deinen Notizen):</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="167"/>
        <source>Only entries from these days go in the file.</source>
        <translation>Nur Einträge aus diesen Tagen kommen in die Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="174"/>
        <source>Tick to put this part in the file; untick to leave it out.</source>
        <translation>Anhaken, um diesen Teil in die Datei zu nehmen; Haken wegnehmen, um ihn wegzulassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="184"/>
        <source>Off unless you tick it: your notes stay out of the file, only the entries go in.</source>
        <translation>Aus, solange du es nicht anhakst: Deine Notizen bleiben aus der Datei heraus, nur die Einträge kommen hinein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="186"/>
        <source>Message to your supporter</source>
        <translation>Nachricht an deine Unterstützungsperson</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="187"/>
        <source>Optional: a few words that go in the file with it.</source>
        <translation>Freiwillig: ein paar Worte, die mit in die Datei kommen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="188"/>
        <source>Optional: anything you&apos;d like them to know</source>
        <translation>Freiwillig: alles, was die Person wissen soll</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="156"/>
        <source>Share &amp;with</source>
        <translation>Teilen &amp;mit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="158"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="159"/>
        <source>A&amp;gain</source>
        <translation>Noch ein&amp;mal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="162"/>
        <source>Your &amp;name</source>
        <translation>Dein &amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="190"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="192"/>
        <source>What to share</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="195"/>
        <source>P&amp;eople appear as</source>
        <translation>M&amp;enschen erscheinen als</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="196"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="125"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="107"/>
        <source>Close without saving?</source>
        <translation>Schließen ohne zu speichern?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="107"/>
        <source>Your choices will be lost.</source>
        <translation>Deine Auswahl geht verloren.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="108"/>
        <source>Keep choosing</source>
        <translation>Weiter auswählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="125"/>
        <source>Preview what will be shared</source>
        <translation>Vorschau dessen, was geteilt wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="126"/>
        <source>Shows exactly what your supporter will see. Nothing is saved yet.</source>
        <translation>Zeigt genau, was deine Unterstützungsperson sehen wird. Noch wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="128"/>
        <source>Cancel sharing</source>
        <translation>Teilen abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="129"/>
        <source>Closes this window. Nothing is shared.</source>
        <translation>Schließt dieses Fenster. Es wird nichts geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="178"/>
        <source>People and network: my w&amp;hole network</source>
        <translation>Menschen und Netzwerk: mein &amp;ganzes Netzwerk</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="179"/>
        <source>Share my whole network</source>
        <translation>Mein ganzes Netzwerk teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="180"/>
        <source>Off unless you tick it: People and network lists only the people named in what you share. Tick it to list everyone in your network.</source>
        <translation>Aus, solange du es nicht anhakst: „Menschen und Netzwerk“ listet nur die Menschen auf, die in dem vorkommen, was du teilst. Hake es an, um alle in deinem Netzwerk aufzulisten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="202"/>
        <source>{name} (fingerprint not checked yet)</source>
        <translation>{name} (Fingerabdruck noch nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="208"/>
        <source>You haven&apos;t yet compared {name}&apos;s fingerprint with them aloud. The file can only be opened with the key you added, so check it is really theirs (Sharing page, Mark as checked).</source>
        <translation>Du hast den Fingerabdruck von {name} noch nicht laut mit der Person verglichen. Die Datei kann nur mit dem Schlüssel geöffnet werden, den du hinzugefügt hast – prüf also, ob er wirklich von ihr ist (Seite „Teilen“, „Als geprüft markieren“).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="251"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="260"/>
        <source>This is exactly what {name} will see.</source>
        <translation>Genau das wird {name} sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="262"/>
        <source>This is exactly what someone with the passphrase will see.</source>
        <translation>Genau das wird jemand mit der Passphrase sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="277"/>
        <source>Preview of the shared file</source>
        <translation>Vorschau der geteilten Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="278"/>
        <source>Exactly what your supporter will see.</source>
        <translation>Genau das wird deine Unterstützer:in sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="282"/>
        <source>Words that might be names</source>
        <translation>Wörter, die Namen sein könnten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="284"/>
        <source>Saving the file</source>
        <translation>Datei wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="286"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="286"/>
        <source>Back to the choices</source>
        <translation>Zurück zur Auswahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="287"/>
        <source>Goes back to change what is shared.</source>
        <translation>Geht zurück, um zu ändern, was geteilt wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="290"/>
        <source>&amp;Save file…</source>
        <translation>Datei &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="290"/>
        <source>Save the encrypted file</source>
        <translation>Verschlüsselte Datei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="291"/>
        <source>Choose where to save the locked file, then give it to your supporter.</source>
        <translation>Wähle, wo die verschlüsselte Datei gespeichert wird, und gib sie dann deiner Unterstützer:in.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="307"/>
        <source>Save the shared file</source>
        <translation>Geteilte Datei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="307"/>
        <source>PeerJournal shared file (*.pjshare)</source>
        <translation>Geteilte PeerJournal-Datei (*.pjshare)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_dialog.py" line="330"/>
        <source>The file could not be saved.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/name_warning.py" line="20"/>
        <source>These words might be names or contact details. Check them before you save: {words}. To leave them out, go back and untick that part, or edit the entry in your journal.</source>
        <translation>Diese Wörter könnten Namen oder Kontaktdaten sein. Prüfe sie, bevor du speicherst: {words}. Um sie wegzulassen, geh zurück und entferne den Haken bei diesem Teil oder bearbeite den Eintrag in deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>ShareImporter</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="44"/>
        <source>This file can&apos;t be opened</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="125"/>
        <source>Opening the file…</source>
        <translation>Datei wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="135"/>
        <source>Something went wrong while opening this file. Nothing was added.</source>
        <translation>Beim Öffnen dieser Datei ist etwas schiefgegangen. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="147"/>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="148"/>
        <source>You have already imported this file, so nothing was added.</source>
        <translation>Du hast diese Datei schon importiert, daher wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="165"/>
        <source>You already have someone called {name} in your list. This file uses the same name, but it was signed by a different journal (fingerprint {fingerprint}; {name}&apos;s is {theirs}). It may be from someone else. Check with {name} before you rely on it. It can only be added as a separate person; nothing is added to {name}.</source>
        <translation>In deiner Liste gibt es schon jemanden namens {name}. Diese Datei nutzt denselben Namen, wurde aber von einem anderen Tagebuch signiert (Fingerabdruck {fingerprint}; der von {name} ist {theirs}). Sie könnte von jemand anderem sein. Frag bei {name} nach, bevor du dich darauf verlässt. Sie kann nur als eigene Person hinzugefügt werden; zu {name} wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="171"/>
        <source>Choose a different name for this new person:</source>
        <translation>Wähle einen anderen Namen für diese neue Person:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="172"/>
        <source>&amp;Add as a new person</source>
        <translation>Als neue Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="173"/>
        <source>Adds the file as a separate person with this name; nothing is added to {name}.</source>
        <translation>Fügt die Datei als eigene Person mit diesem Namen hinzu; zu {name} wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="178"/>
        <source>This file comes from a journal you haven&apos;t had a file from before (fingerprint {fingerprint}). Who is it from? The name is only for you; it stays in your supporter journal.</source>
        <translation>Diese Datei kommt aus einem Tagebuch, von dem du noch keine Datei hattest (Fingerabdruck {fingerprint}). Von wem ist sie? Der Name ist nur für dich; er bleibt in deinem Unterstützungs-Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="182"/>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="183"/>
        <source>Adds the file to your supporter journal under this name.</source>
        <translation>Fügt die Datei unter diesem Namen deinem Unterstützungs-Tagebuch hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="185"/>
        <source>Someone new</source>
        <translation>Jemand Neues</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="199"/>
        <source>Added a new person, {name}: the file for {period} is imported.</source>
        <translation>Neue Person {name} hinzugefügt: Die Datei für {period} ist importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="201"/>
        <source>Added to {name}: the file for {period} is imported.</source>
        <translation>Zu {name} hinzugefügt: Die Datei für {period} ist importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_import.py" line="208"/>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SharePassphraseDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="66"/>
        <source>Passphrase-protected file</source>
        <translation>Mit Passphrase geschützte Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="68"/>
        <source>“{file}” is locked with a passphrase rather than with your key. The person who made it chose the passphrase and should have told you it separately (not with the file).</source>
        <translation>„{file}“ ist mit einer Passphrase statt mit deinem Schlüssel verschlüsselt. Die Person, die sie erstellt hat, hat die Passphrase gewählt und sollte sie dir getrennt mitgeteilt haben (nicht zusammen mit der Datei).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="72"/>
        <source>The file&apos;s passphrase</source>
        <translation>Passphrase der Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="74"/>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="75"/>
        <source>Opens the file with this passphrase. Nothing is added until you say who it is from.</source>
        <translation>Öffnet die Datei mit dieser Passphrase. Es wird nichts hinzugefügt, bis du sagst, von wem sie ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="76"/>
        <source>Closes this window; the file is not opened and nothing is added.</source>
        <translation>Schließt dieses Fenster; die Datei wird nicht geöffnet und es wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="79"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="115"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="119"/>
        <source>From: {name}</source>
        <translation>Von: {name}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="122"/>
        <source>Notes included.</source>
        <translation>Notizen enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="123"/>
        <source>Notes not included.</source>
        <translation>Notizen nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="124"/>
        <source>Shared: {sections}. {notes} People: {naming}.</source>
        <translation>Geteilt: {sections}. {notes} Menschen: {naming}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="127"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="161"/>
        <source>Days in the period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="162"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="163"/>
        <source>Average mood</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="166"/>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="255"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="167"/>
        <source>Different people</source>
        <translation>Verschiedene Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="168"/>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="269"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="170"/>
        <source>Summary</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="173"/>
        <source>Contacts by how</source>
        <translation>Kontakte nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="175"/>
        <source>Activities by kind</source>
        <translation>Aktivitäten nach Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="194"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="194"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="206"/>
        <source>Mood check-ins</source>
        <translation>Stimmungs-Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="208"/>
        <source>No check-ins in this period.</source>
        <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="214"/>
        <source>Energy: {energy}</source>
        <translation>Energie: {energy}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="247"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="248"/>
        <source>{how} with {people}</source>
        <translation>{how} mit {people}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="230"/>
        <source>Felt: {felt}</source>
        <translation>Wie es sich anfühlte: {felt}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="112"/>
        <source>Shared journal</source>
        <translation>Geteiltes Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="164"/>
        <source>about {word}</source>
        <translation>etwa {word}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="256"/>
        <source>No contacts in this period.</source>
        <translation>Keine Kontakte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="257"/>
        <source>Contacts ({n})</source>
        <translation>Kontakte ({n})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="262"/>
        <source>(with {people})</source>
        <translation>(mit {people})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="270"/>
        <source>No activities in this period.</source>
        <translation>Keine Aktivitäten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="271"/>
        <source>Activities ({n})</source>
        <translation>Aktivitäten ({n})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="277"/>
        <source>My trackers</source>
        <translation>Meine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="280"/>
        <source>No tracker values in this period.</source>
        <translation>Keine Tracker-Werte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="289"/>
        <source>People and network</source>
        <translation>Menschen und Netzwerk</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="291"/>
        <source>No people shared.</source>
        <translation>Keine Menschen geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/share_view.py" line="300"/>
        <source>can give {help}</source>
        <translation>kann {help} geben</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="46"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="58"/>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="64"/>
        <source>You can share part of your journal with someone you trust, such as a peer worker. You choose what goes in, see it first, and save a locked file that only they can open. Nothing is ever shared unless you do this.</source>
        <translation>Du kannst einen Teil deines Tagebuchs mit jemandem teilen, dem du vertraust, zum Beispiel einer Peer-Begleiter:in. Du wählst aus, was hineinkommt, siehst es dir vorher an und speicherst eine verschlüsselte Datei, die nur diese Person öffnen kann. Es wird nie etwas geteilt, wenn du das nicht tust.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="60"/>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="60"/>
        <source>Share with a supporter</source>
        <translation>Mit einer Unterstützer:in teilen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="61"/>
        <source>Choose what to share and who with, see it first, then save a locked file (Ctrl+Shift+S).</source>
        <translation>Wähle, was du mit wem teilst, sieh es dir vorher an und speichere dann eine verschlüsselte Datei (Strg+Shift+S).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="79"/>
        <source>Supporters, sharing history and replies</source>
        <translation>Unterstützer:innen, bisher Geteiltes und Antworten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="89"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="90"/>
        <source>Your supporters</source>
        <translation>Deine Unterstützer:innen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="91"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="91"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="92"/>
        <source>Fingerprint checked</source>
        <translation>Fingerabdruck geprüft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="93"/>
        <source>People you can share with, with their key&apos;s fingerprint and whether you compared it with them aloud.</source>
        <translation>Menschen, mit denen du teilen kannst, mit dem Fingerabdruck ihres Schlüssels und ob ihr ihn laut miteinander verglichen habt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="96"/>
        <source>No supporters yet. Add one below.</source>
        <translation>Noch keine Unterstützer:innen. Füge unten jemanden hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="99"/>
        <source>Your journal&apos;s fingerprint: {fingerprint}. Your supporter&apos;s PeerJournal shows the same digits beside your name once they open a file from you.</source>
        <translation>Fingerabdruck deines Tagebuchs: {fingerprint}. Das PeerJournal deiner Unterstützer:in zeigt dieselben Zeichen neben deinem Namen, sobald sie eine Datei von dir öffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="104"/>
        <source>Mark as c&amp;hecked…</source>
        <translation>Als ge&amp;prüft markieren…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="104"/>
        <source>Mark the chosen supporter&apos;s fingerprint as checked</source>
        <translation>Fingerabdruck der gewählten Unterstützer:in als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="105"/>
        <source>Asks whether you and the chosen supporter read the same fingerprint aloud.</source>
        <translation>Fragt, ob du und die gewählte Unterstützer:in denselben Fingerabdruck laut vorgelesen habt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="108"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="108"/>
        <source>Remove the chosen supporter</source>
        <translation>Gewählte Unterstützer:in entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="109"/>
        <source>Removes the supporter chosen in the list, after asking. Files already given stay with them.</source>
        <translation>Entfernt die in der Liste gewählte Unterstützer:in, nach einer Rückfrage. Bereits weitergegebene Dateien bleiben bei ihr.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="112"/>
        <source>Supporter&apos;s name</source>
        <translation>Name der Unterstützer:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="113"/>
        <source>e.g. Dev (peer worker)</source>
        <translation>z. B. Dev (Peer-Begleiter:in)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="114"/>
        <source>Supporter&apos;s key</source>
        <translation>Schlüssel der Unterstützer:in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="115"/>
        <source>Paste their key: age1…</source>
        <translation>Schlüssel einfügen: age1…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="118"/>
        <source>Open &amp;key file…</source>
        <translation>&amp;Schlüsseldatei öffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="118"/>
        <source>Open the supporter&apos;s key file</source>
        <translation>Schlüsseldatei der Unterstützer:in öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="119"/>
        <source>Reads the key from a file your supporter gave you, instead of pasting it.</source>
        <translation>Liest den Schlüssel aus einer Datei, die dir deine Unterstützer:in gegeben hat, statt ihn einzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="124"/>
        <source>&amp;Add supporter</source>
        <translation>Unterstützer:in &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="124"/>
        <source>Add this supporter</source>
        <translation>Diese Unterstützer:in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="125"/>
        <source>Adds the supporter with this name and key. Compare the fingerprint with them aloud first.</source>
        <translation>Fügt die Unterstützer:in mit diesem Namen und Schlüssel hinzu. Vergleiche vorher gemeinsam den Fingerabdruck, indem ihr ihn laut vorlest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="133"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="135"/>
        <source>K&amp;ey</source>
        <translation>Schl&amp;üssel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="147"/>
        <source>Add a supporter: ask them for their key (their PeerJournal shows it).</source>
        <translation>Unterstützer:in hinzufügen: Frag nach ihrem Schlüssel (ihr PeerJournal zeigt ihn an).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="159"/>
        <source>This doesn&apos;t look like a complete key yet.</source>
        <translation>Das sieht noch nicht wie ein vollständiger Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="162"/>
        <source>Fingerprint: {fingerprint} — read it out with your supporter; theirs should show the same.</source>
        <translation>Fingerabdruck: {fingerprint} – lies ihn gemeinsam mit deiner Unterstützer:in vor; bei ihr sollte derselbe angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="167"/>
        <source>This is an older key: you can share with it, but replies from this supporter can only be opened once you add their updated key.</source>
        <translation>Das ist ein älterer Schlüssel: Du kannst damit teilen, aber Antworten dieser Unterstützer:in lassen sich erst öffnen, wenn du ihren aktualisierten Schlüssel hinzufügst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="172"/>
        <source>Open a supporter&apos;s key file</source>
        <translation>Schlüsseldatei einer Unterstützer:in öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="173"/>
        <source>Key files (*.txt *.age *.pub *.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.txt *.age *.pub *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="181"/>
        <source>That file is too big to be a key file.</source>
        <translation>Diese Datei ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="183"/>
        <source>That file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="200"/>
        <source>You both read the same fingerprint, so it is marked as checked.</source>
        <translation>Ihr habt beide denselben Fingerabdruck gelesen, daher ist er als geprüft markiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="202"/>
        <source>It is marked as not yet checked: compare the fingerprint with them when you can, then choose Mark as checked.</source>
        <translation>Er ist als noch nicht geprüft markiert: Vergleiche den Fingerabdruck mit der Person, sobald es geht, und wähle dann „Als geprüft markieren“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="205"/>
        <source>Supporter&apos;s key updated</source>
        <translation>Schlüssel der Unterstützer:in aktualisiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="206"/>
        <source>{name}&apos;s key is updated: replies from them can now be opened. Their fingerprint is now {fingerprint}.</source>
        <translation>Der Schlüssel von {name} ist aktualisiert: Antworten von {name} lassen sich jetzt öffnen. Der Fingerabdruck ist jetzt {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="210"/>
        <source>Supporter added</source>
        <translation>Unterstützer:in hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="211"/>
        <source>{name} is added. Their fingerprint is {fingerprint}.</source>
        <translation>{name} ist hinzugefügt. Der Fingerabdruck ist {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="217"/>
        <source>Did you both read the same?</source>
        <translation>Habt ihr beide dasselbe gelesen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="218"/>
        <source>Read this fingerprint aloud with {name}: {fingerprint}. Their PeerJournal shows their fingerprint beside their key. Did you both read the same?</source>
        <translation>Lies diesen Fingerabdruck gemeinsam mit {name} laut vor: {fingerprint}. Das PeerJournal von {name} zeigt den Fingerabdruck neben dem Schlüssel. Habt ihr beide dasselbe gelesen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="221"/>
        <source>Yes, we read the same</source>
        <translation>Ja, wir haben dasselbe gelesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="221"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="288"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="239"/>
        <source>Remove this supporter?</source>
        <translation>Diese Unterstützer:in entfernen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="240"/>
        <source>Remove {name}? You won&apos;t be able to share with them until you add their key again. Files you already gave them are not affected.</source>
        <translation>{name} entfernen? Du kannst dann erst wieder mit {name} teilen, wenn du den Schlüssel erneut hinzufügst. Dateien, die du schon weitergegeben hast, sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="242"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="266"/>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="268"/>
        <source>What you have shared</source>
        <translation>Was du geteilt hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="269"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="270"/>
        <source>What you gave, to whom and when. No copy of the files is kept.</source>
        <translation>Was du wem wann gegeben hast. Von den Dateien wird keine Kopie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="272"/>
        <source>Nothing shared yet.</source>
        <translation>Noch nichts geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="274"/>
        <source>PeerJournal keeps this list so you always know what you have given, but no copy of the files.</source>
        <translation>PeerJournal führt diese Liste, damit du immer weißt, was du weitergegeben hast, bewahrt aber keine Kopie der Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="288"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="291"/>
        <source>Not yet checked: read the fingerprint aloud with {name}, then choose Mark as checked.</source>
        <translation>Noch nicht geprüft: Lies den Fingerabdruck gemeinsam mit {name} laut vor und wähle dann „Als geprüft markieren“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="298"/>
        <source>Added with an older key: replies from them can be opened once you add their updated key (paste it above with any name).</source>
        <translation>Mit einem älteren Schlüssel hinzugefügt: Antworten lassen sich öffnen, sobald du den aktualisierten Schlüssel hinzufügst (füge ihn oben mit einem beliebigen Namen ein).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="307"/>
        <source>{name} (passphrase)</source>
        <translation>{name} (Passphrase)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="314"/>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="314"/>
        <source>Not included</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="328"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/sharing_page.py" line="329"/>
        <source>The file is saved as {path}. Give it to your supporter however suits you (email, USB stick…): only they can open it.</source>
        <translation>Die Datei ist als {path} gespeichert. Gib sie deiner Unterstützer:in so, wie es für dich passt (E-Mail, USB-Stick…): Nur sie kann sie öffnen.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="77"/>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="77"/>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="78"/>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="78"/>
        <source>people-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="457"/>
        <source>Nothing noted in these {n} periods.</source>
        <translation>In diesen {n} Zeiträumen ist nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="458"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="459"/>
        <source>{bars} bars from {first} to {last}, {total} {unit} in all, most in one bar {most}.</source>
        <translation>{bars} Balken von {first} bis {last}, insgesamt {total} {unit}, höchstens {most} in einem Balken.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="465"/>
        <source>By colour: {parts}.</source>
        <translation>Nach Farbe: {parts}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="466"/>
        <source>The same numbers are in the table below.</source>
        <translation>Dieselben Zahlen stehen in der Tabelle darunter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="23"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="21"/>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="22"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="24"/>
        <source>How will you use it? You can always make the other kind later.</source>
        <translation>Wie wirst du es nutzen? Die andere Art kannst du später jederzeit noch anlegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="26"/>
        <source>I keep a &amp;journal</source>
        <translation>Ich führe ein &amp;Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="28"/>
        <source>I keep a journal</source>
        <translation>Ich führe ein Tagebuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="30"/>
        <source>For yourself: how you feel, the people in your life, what you do.</source>
        <translation>Für dich selbst: wie es dir geht, die Menschen in deinem Leben, was du tust.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="31"/>
        <source>I &amp;support people</source>
        <translation>Ich &amp;unterstütze Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="33"/>
        <source>I support people</source>
        <translation>Ich unterstütze Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="34"/>
        <source>For peer workers: open what the people you support choose to share with you.</source>
        <translation>Für Peer-Begleiter:innen: Öffne, was die Menschen, die du unterstützt, mit dir teilen möchten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="45"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_dialog.py" line="46"/>
        <source>Closes {app} without making anything.</source>
        <translation>Schließt {app}, ohne etwas anzulegen.</translation>
    </message>
</context>
<context>
    <name>StartFromDataRow</name>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="36"/>
        <source>Start from a &amp;data file…</source>
        <translation>Mit einer &amp;Datendatei beginnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="36"/>
        <source>Start from a data file</source>
        <translation>Mit einer Datendatei beginnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="37"/>
        <source>Your new journal will hold everything in a JSON file saved with Take all my data.</source>
        <translation>Dein neues Tagebuch enthält alles aus einer JSON-Datei, die mit „Alle meine Daten mitnehmen“ gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="39"/>
        <source>Start &amp;empty instead</source>
        <translation>Stattdessen &amp;leer beginnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="39"/>
        <source>Start with an empty journal instead</source>
        <translation>Stattdessen mit einem leeren Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="40"/>
        <source>Forgets the chosen data file: your new journal starts with nothing in it.</source>
        <translation>Vergisst die gewählte Datendatei: Dein neues Tagebuch beginnt leer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="43"/>
        <source>Moving from another computer? You can start from a file saved with “Take all my data”.</source>
        <translation>Du ziehst von einem anderen Computer um? Du kannst mit einer Datei beginnen, die mit „Alle meine Daten mitnehmen“ gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="56"/>
        <source>Choose a data file</source>
        <translation>Datendatei wählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="57"/>
        <source>PeerJournal data files (*.json);;All files (*)</source>
        <translation>PeerJournal-Datendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="62"/>
        <source>Your new journal will hold everything in {name}, encrypted with the passphrase you choose above.</source>
        <translation>Dein neues Tagebuch enthält alles aus {name}, verschlüsselt mit der Passphrase, die du oben wählst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/start_from_data.py" line="69"/>
        <source>Your new journal will start empty.</source>
        <translation>Dein neues Tagebuch beginnt leer.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="43"/>
        <source>A goal or next step</source>
        <translation>Ein Ziel oder nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="43"/>
        <source>A place or group</source>
        <translation>Ein Ort oder eine Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="54"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="56"/>
        <source>Accept: {title}</source>
        <translation>Annehmen: {title}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="58"/>
        <source>Adds it to your goals</source>
        <translation>Fügt es deinen Zielen hinzu</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="58"/>
        <source>Adds it to your places and groups</source>
        <translation>Fügt es deinen Orten und Gruppen hinzu</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="60"/>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="62"/>
        <source>Decline: {title}</source>
        <translation>Ablehnen: {title}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="63"/>
        <source>Nothing is added</source>
        <translation>Es wird nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="70"/>
        <source>Your choice</source>
        <translation>Deine Entscheidung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="86"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="86"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="87"/>
        <source>Getting there</source>
        <translation>Wie man hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="87"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="89"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="89"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="107"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="109"/>
        <source>Will be added to your goals</source>
        <translation>Wird deinen Zielen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="109"/>
        <source>Will be added to your places and groups</source>
        <translation>Wird deinen Orten und Gruppen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/suggestion_card.py" line="111"/>
        <source>Declined: nothing will be added</source>
        <translation>Abgelehnt: Es wird nichts hinzugefügt</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="83"/>
        <source>Export summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="90"/>
        <source>A summary to print or take to a meeting: charts and tables for the period you choose. Only what you tick goes in, and nothing is saved until you choose where.</source>
        <translation>Eine Zusammenfassung zum Ausdrucken oder Mitnehmen zu einem Termin: Diagramme und Tabellen für den Zeitraum, den du wählst. Nur was du ankreuzt, kommt hinein, und es wird nichts gespeichert, bis du wählst, wohin.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="115"/>
        <source>Period to summarise</source>
        <translation>Zeitraum der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="116"/>
        <source>Only entries from these days go in. “Choose dates” lets you set the two dates below.</source>
        <translation>Nur Einträge aus diesen Tagen kommen hinein. Mit „Daten wählen“ kannst du die beiden Daten unten festlegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="117"/>
        <source>The last month</source>
        <translation>Der letzte Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="117"/>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="118"/>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="118"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="119"/>
        <source>Choose dates</source>
        <translation>Daten wählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="127"/>
        <source>From Connecting and your support plan (what you wrote about goals and services goes in only with your notes; a part with nothing in the period says so):</source>
        <translation>Aus „Verbindungen“ und deinem Unterstützungsplan (was du über Ziele und Hilfsangebote geschrieben hast, kommt nur mit deinen Notizen hinein; ein Teil ohne Einträge im Zeitraum weist darauf hin):</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="125"/>
        <source>Include: {part}</source>
        <translation>Einbeziehen: {part}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="126"/>
        <source>Tick to put this part in the summary; untick to leave it out.</source>
        <translation>Ankreuzen, um diesen Teil in die Zusammenfassung aufzunehmen; Kreuz entfernen, um ihn wegzulassen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="149"/>
        <source>Off unless you tick it: your notes stay out of the summary, only the entries go in.</source>
        <translation>Aus, solange du es nicht ankreuzt: Deine Notizen bleiben außerhalb der Zusammenfassung, nur die Einträge kommen hinein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="152"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="154"/>
        <source>What goes in</source>
        <translation>Was hineinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="157"/>
        <source>People appear &amp;as</source>
        <translation>Menschen erscheinen &amp;als</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="93"/>
        <source>Making the summary</source>
        <translation>Zusammenfassung wird erstellt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="98"/>
        <source>Close without saving a summary</source>
        <translation>Schließen, ohne eine Zusammenfassung zu speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="99"/>
        <source>Closes this window. Nothing is saved.</source>
        <translation>Schließt dieses Fenster. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="101"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="101"/>
        <source>Choose where to save the summary, then save it</source>
        <translation>Wähle, wo die Zusammenfassung gespeichert wird, und speichere sie dann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="102"/>
        <source>Asks where to save, then makes the PDF, saved so that only you can read it.</source>
        <translation>Fragt, wo gespeichert werden soll, und erstellt dann die PDF, so gespeichert, dass nur du sie lesen kannst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="142"/>
        <source>Summary figures: how my mood went with the people I na&amp;med</source>
        <translation>Zahlen im Überblick: wie meine Stimmung mit den &amp;genannten Menschen zusammenhing</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="143"/>
        <source>Include patterns about named people</source>
        <translation>Muster zu namentlich genannten Menschen einbeziehen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="144"/>
        <source>Off unless you tick it: sentences like “on days you were in touch with Sam your mood averaged…” name people, so they go in only when you choose.</source>
        <translation>Aus, solange du es nicht ankreuzt: Sätze wie „an Tagen, an denen du mit Sam Kontakt hattest, lag deine Stimmung im Schnitt bei…“ nennen Menschen, deshalb kommen sie nur hinein, wenn du das wählst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="200"/>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="200"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="208"/>
        <source>Gathering your entries…</source>
        <translation>Deine Einträge werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="216"/>
        <source>Working out the figures…</source>
        <translation>Die Zahlen werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="227"/>
        <source>Drawing the charts…</source>
        <translation>Die Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="246"/>
        <source>Laying out the pages and saving…</source>
        <translation>Die Seiten werden gestaltet und gespeichert…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="259"/>
        <source>The summary could not be made. Nothing was saved; your journal is unchanged.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden. Es wurde nichts gespeichert; dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/sharing/summary_dialog.py" line="260"/>
        <source>Summary not saved</source>
        <translation>Zusammenfassung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="102"/>
        <source>Do I know someone who could…?</source>
        <translation>Kenne ich jemanden, der … könnte?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="103"/>
        <source>Network over time</source>
        <translation>Netzwerk im Lauf der Zeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="32"/>
        <source>Notes for supervision</source>
        <translation>Notizen für die Supervision</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="37"/>
        <source>Save your own notes and the next steps you agreed, for the people you tick, as a PDF to take to supervision. It holds only your notes, never what people shared with you. People are called Person A, Person B and so on, unless you tick to use their names.</source>
        <translation>Speichere deine eigenen Notizen und die vereinbarten nächsten Schritte für die Menschen, die du ankreuzt, als PDF für die Supervision. Es enthält nur deine Notizen, nie, was Menschen mit dir geteilt haben. Die Menschen heißen Person A, Person B und so weiter, außer du kreuzt an, dass ihre Namen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="40"/>
        <source>People to include</source>
        <translation>Menschen, die hinein sollen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="41"/>
        <source>Tick each person whose notes you want in the PDF.</source>
        <translation>Kreuze jede Person an, deren Notizen in das PDF sollen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="43"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="50"/>
        <source>Use their &amp;names (otherwise Person A, Person B…)</source>
        <translation>Ihre &amp;Namen verwenden (sonst Person A, Person B…)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="51"/>
        <source>Use names in the PDF</source>
        <translation>Namen im PDF verwenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="52"/>
        <source>Off: people are Person A, Person B…, and their names in your notes are replaced too.</source>
        <translation>Aus: Die Menschen heißen Person A, Person B…, und ihre Namen in deinen Notizen werden ebenso ersetzt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="55"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="55"/>
        <source>Save the notes as a PDF</source>
        <translation>Die Notizen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="56"/>
        <source>Asks where to save, then writes the PDF. Only you can read the file on this computer.</source>
        <translation>Fragt, wo gespeichert werden soll, und schreibt dann das PDF. Auf diesem Computer kannst nur du die Datei lesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="59"/>
        <source>Closes this window; nothing is saved.</source>
        <translation>Schließt dieses Fenster; nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="73"/>
        <source>Please tick at least one person.</source>
        <translation>Bitte kreuze mindestens eine Person an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="75"/>
        <source>Save notes for supervision</source>
        <translation>Notizen für die Supervision speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="75"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supervision.py" line="107"/>
        <source>The PDF could not be saved. Nothing was changed.</source>
        <translation>Das PDF konnte nicht gespeichert werden. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SupervisionNotes</name>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="25"/>
        <source>Person {letter}</source>
        <translation>Person {letter}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="32"/>
        <source>Next step agreed: none written down.</source>
        <translation>Vereinbarter nächster Schritt: keiner notiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="34"/>
        <source>Next step agreed: {step}</source>
        <translation>Vereinbarter nächster Schritt: {step}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="35"/>
        <source>Next step agreed, by {day}: {step}</source>
        <translation>Vereinbarter nächster Schritt, bis {day}: {step}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="45"/>
        <source>someone else you support</source>
        <translation>jemand anderes, den ich unterstütze</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="58"/>
        <source>My notes:</source>
        <translation>Meine Notizen:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="60"/>
        <source>No notes written.</source>
        <translation>Keine Notizen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="62"/>
        <source>People are named as in my caseload.</source>
        <translation>Die Menschen sind so genannt wie in meiner Liste.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="63"/>
        <source>People are not named: each is Person A, Person B and so on, and names in the notes are replaced the same way.</source>
        <translation>Die Menschen werden nicht genannt: Sie heißen Person A, Person B und so weiter, und Namen in den Notizen sind ebenso ersetzt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="66"/>
        <source>Notes for supervision</source>
        <translation>Notizen für die Supervision</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="67"/>
        <location filename="../../peerjournal/ops/supervision.py" line="68"/>
        <source>Made {day}</source>
        <translation>Erstellt am {day}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="69"/>
        <source>These are my own notes as a supporter and the next steps I agreed with people. They are not anyone&apos;s journal and not what people shared with me.</source>
        <translation>Das sind meine eigenen Notizen als Unterstützer:in und die nächsten Schritte, die ich mit Menschen vereinbart habe. Sie sind nicht das Tagebuch eines Menschen und nicht das, was Menschen mit mir geteilt haben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="74"/>
        <source>A supporter&apos;s own notes — private, for supervision</source>
        <translation>Eigene Notizen einer Unterstützer:in – privat, für die Supervision</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/supervision.py" line="75"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
</context>
<context>
    <name>SupportPlan</name>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="44"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="45"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="46"/>
        <source>Early warning signs</source>
        <translation>Frühwarnzeichen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="47"/>
        <source>When things are breaking down</source>
        <translation>Wenn alles zu viel wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="49"/>
        <source>Crisis plan</source>
        <translation>Krisenplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="51"/>
        <source>After a crisis</source>
        <translation>Nach einer Krise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="52"/>
        <source>What keeps me going</source>
        <translation>Was mich trägt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="57"/>
        <source>What I do to stay well</source>
        <translation>Was ich tue, damit es mir gut geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="58"/>
        <source>What I need each day</source>
        <translation>Was ich jeden Tag brauche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="59"/>
        <source>Things that can set me off</source>
        <translation>Was mich aus dem Gleichgewicht bringen kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="60"/>
        <source>What I can do if one happens</source>
        <translation>Was ich dann tun kann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="61"/>
        <source>Early signs that I&apos;m struggling</source>
        <translation>Erste Anzeichen, dass es mir schlechter geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="62"/>
        <source>What I&apos;ll do when I notice them</source>
        <translation>Was ich tue, wenn ich sie bemerke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="63"/>
        <source>Signs that things are breaking down</source>
        <translation>Anzeichen, dass alles zu viel wird</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="64"/>
        <source>What I need others to do then</source>
        <translation>Was andere dann für mich tun sollen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="65"/>
        <source>What I&apos;m like when I&apos;m well</source>
        <translation>Wie ich bin, wenn es mir gut geht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="66"/>
        <source>People I want involved, in order</source>
        <translation>Menschen, die ich dabeihaben möchte, in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="67"/>
        <source>People I don&apos;t want involved</source>
        <translation>Menschen, die ich nicht dabeihaben möchte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="68"/>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="69"/>
        <source>What doesn&apos;t help</source>
        <translation>Was nicht hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="70"/>
        <source>Practical things to take care of</source>
        <translation>Praktisches, um das sich jemand kümmern sollte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="71"/>
        <source>Who may make which decisions</source>
        <translation>Wer welche Entscheidungen treffen darf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="72"/>
        <source>Places I&apos;d rather go</source>
        <translation>Orte, an die ich lieber gehe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="73"/>
        <source>Places I&apos;d rather not go</source>
        <translation>Orte, an die ich lieber nicht gehe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="74"/>
        <source>Services and helplines</source>
        <translation>Hilfsangebote und Beratungstelefone</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="75"/>
        <source>What I need after a crisis, in order</source>
        <translation>Was ich nach einer Krise brauche, in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/support_plan.py" line="76"/>
        <source>Reasons that matter to me</source>
        <translation>Gründe, die mir wichtig sind</translation>
    </message>
</context>
<context>
    <name>SupportPlanPage</name>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="100"/>
        <source>My support plan</source>
        <translation>Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="102"/>
        <source>This page is yours, to write in your own words what keeps you well and what helps when things get harder. There&apos;s no right way to fill it in and no need to do it all at once. Some people write theirs on a good day, so it&apos;s there on a harder one.</source>
        <translation>Diese Seite gehört dir. Hier kannst du in deinen eigenen Worten aufschreiben, was dir guttut und was hilft, wenn es schwerer wird. Es gibt keinen richtigen Weg, sie auszufüllen, und du musst nicht alles auf einmal machen. Manche schreiben ihren Plan an einem guten Tag, damit er an einem schwereren da ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="111"/>
        <source>Save the crisis plan as a &amp;card…</source>
        <translation>Den Krisenplan als &amp;Karte speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="112"/>
        <source>Save the crisis plan as a card</source>
        <translation>Den Krisenplan als Karte speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="113"/>
        <source>Saves the crisis part of your plan as one A4 page (PDF) to print and carry.</source>
        <translation>Speichert den Krisenteil deines Plans als eine A4-Seite (PDF), zum Ausdrucken und Mitnehmen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="126"/>
        <source>Support plan save status</source>
        <translation>Speicherstatus des Unterstützungsplans</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="127"/>
        <source>&amp;Save now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="128"/>
        <source>Save my support plan now</source>
        <translation>Meinen Unterstützungsplan jetzt speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="129"/>
        <source>Your plan saves itself as you go; this saves it at once (Ctrl+S)</source>
        <translation>Dein Plan speichert sich beim Schreiben von selbst; hiermit speicherst du ihn sofort (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="130"/>
        <source>Save my support plan</source>
        <translation>Meinen Unterstützungsplan speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="167"/>
        <source>in your own words (Enter adds it)</source>
        <translation>in deinen eigenen Worten (Enter fügt es hinzu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="175"/>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="192"/>
        <source>Parts of my support plan</source>
        <translation>Teile meines Unterstützungsplans</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="176"/>
        <source>Ctrl+Page Down and Ctrl+Page Up go to the next or previous part.</source>
        <translation>Strg+Bild ab und Strg+Bild auf gehen zum nächsten oder vorigen Teil.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="189"/>
        <source>When locked</source>
        <translation>Wenn gesperrt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="191"/>
        <source>Whether your plan for a bad day opens from the tray while the journal is locked.</source>
        <translation>Ob sich dein Plan für einen schlechten Tag im Infobereich öffnen lässt, während das Tagebuch gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="201"/>
        <source>What you do to stay well, and what you need each day. There&apos;s no right way to fill it in; every part is optional.</source>
        <translation>Was du tust, damit es dir gut geht, und was du jeden Tag brauchst. Es gibt kein richtig oder falsch beim Ausfüllen; jeder Teil ist freiwillig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="203"/>
        <source>Things that can upset you or set you back, and what you can do if one happens.</source>
        <translation>Was dich aufwühlen oder zurückwerfen kann, und was du tun kannst, wenn es passiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="205"/>
        <source>Small signs that things are getting harder, noticed by you or by people close to you, and what you&apos;ll do then.</source>
        <translation>Kleine Anzeichen, dass es schwerer wird – die du oder Menschen, die dir nahe sind, bemerken –, und was du dann tust.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="207"/>
        <source>Signs that things are getting much worse, and what you&apos;d like others to do for you then.</source>
        <translation>Anzeichen, dass es dir viel schlechter geht, und was andere dann für dich tun sollen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="209"/>
        <source>For the people around you, if you can&apos;t look after yourself for a while: what you&apos;re like when you&apos;re well, who to involve, what helps and your wishes. PeerJournal doesn&apos;t suggest any services; add only the ones that are right for you.</source>
        <translation>Für die Menschen um dich herum, falls du eine Zeit lang nicht für dich selbst sorgen kannst: wie du bist, wenn es dir gut geht, wer dabei sein soll, was hilft, und deine Wünsche. PeerJournal schlägt keine Hilfsangebote vor; trag nur die ein, die für dich passen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="213"/>
        <source>What you&apos;ll need once the worst is over, in the order it matters.</source>
        <translation>Was du brauchst, wenn das Schlimmste vorbei ist, in der Reihenfolge, in der es wichtig ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="214"/>
        <source>The people, things and hopes that keep you going, in your own words.</source>
        <translation>Die Menschen, Dinge und Hoffnungen, die dich tragen, in deinen eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="163"/>
        <source>for example, a walk in the morning (Enter adds it)</source>
        <translation>zum Beispiel ein Spaziergang am Morgen (Enter fügt ihn hinzu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="164"/>
        <source>for example, sleeping badly (Enter adds it)</source>
        <translation>zum Beispiel schlecht schlafen (Enter fügt es hinzu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="165"/>
        <source>for example, texting a friend (Enter adds it)</source>
        <translation>zum Beispiel einer Freundin oder einem Freund schreiben (Enter fügt es hinzu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="238"/>
        <source>Your changes from before the journal locked are back. They are not saved yet.</source>
        <translation>Deine Änderungen von vor dem Sperren des Tagebuchs sind wieder da. Sie sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="283"/>
        <source>Changes not saved yet; saving in a moment.</source>
        <translation>Änderungen noch nicht gespeichert; gleich wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="297"/>
        <source>Your changes from before the journal locked are back. Not saved yet: {reason}</source>
        <translation>Deine Änderungen von vor dem Sperren des Tagebuchs sind wieder da. Noch nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="300"/>
        <source>Not saved yet: {reason}</source>
        <translation>Noch nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="317"/>
        <source>Save the crisis card</source>
        <translation>Die Krisenkarte speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="317"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="318"/>
        <source>My crisis plan.pdf</source>
        <translation>Mein Krisenplan.pdf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="328"/>
        <source>The crisis card was saved: {path}</source>
        <translation>Die Krisenkarte wurde gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="348"/>
        <source>Nothing saved yet. Your plan saves itself as you write.</source>
        <translation>Noch nichts gespeichert. Dein Plan speichert sich beim Schreiben von selbst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/support_plan/support_plan_page.py" line="351"/>
        <source>All changes saved (last saved {when}).</source>
        <translation>Alle Änderungen gespeichert (zuletzt gespeichert {when}).</translation>
    </message>
</context>
<context>
    <name>SupporterCompare</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="114"/>
        <source>This is the first file from them, so there is nothing earlier to compare with.</source>
        <translation>Das ist die erste Datei von dieser Person, daher gibt es nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="69"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="73"/>
        <source>{what}: {now} (last time: {then})</source>
        <translation>{what}: {now} (letztes Mal: {then})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="82"/>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="105"/>
        <source>{what}: the same as last time</source>
        <translation>{what}: genauso wie letztes Mal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="85"/>
        <source>new this time {items}</source>
        <translation>diesmal neu {items}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="87"/>
        <source>not this time {items}</source>
        <translation>diesmal nicht {items}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="88"/>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="106"/>
        <source>{what}: {items}</source>
        <translation>{what}: {items}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="99"/>
        <source>{title} (new)</source>
        <translation>{title} (neu)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="100"/>
        <source>{title}: {now}, was {then}</source>
        <translation>{title}: {now}, vorher {then}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="103"/>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="119"/>
        <source>mood words</source>
        <translation>Stimmungswörter</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="122"/>
        <source>feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="124"/>
        <source>people named</source>
        <translation>genannte Menschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="125"/>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="132"/>
        <source>Since the last file ({period}):</source>
        <translation>Seit der letzten Datei ({period}):</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/share_compare.py" line="134"/>
        <source>it shared different parts of the journal, so there is nothing to set side by side.</source>
        <translation>sie teilte andere Teile des Tagebuchs, daher gibt es nichts zum Nebeneinanderstellen.</translation>
    </message>
</context>
<context>
    <name>SupporterDialogs</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_dialogs.py" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="52"/>
        <source>PeerJournal shared files (*.pjshare);;All files (*)</source>
        <translation>Geteilte PeerJournal-Dateien (*.pjshare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="65"/>
        <source>{app} — supporter (demo)</source>
        <translation>{app} — Unterstützung (Demo)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="66"/>
        <source>{app} — supporter</source>
        <translation>{app} — Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="126"/>
        <source>Demo supporter journal: sample data, deleted when you quit.</source>
        <translation>Demo-Tagebuch für Unterstützer:innen: Beispieldaten, werden beim Beenden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="136"/>
        <source>Your supporter journal is open. It is encrypted on this computer.</source>
        <translation>Dein Unterstützungs-Tagebuch ist geöffnet. Es ist auf diesem Computer verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="151"/>
        <source>&amp;Open shared file…</source>
        <translation>Geteilte Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="153"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="155"/>
        <source>&amp;Rename person…</source>
        <translation>Person &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="157"/>
        <source>Delete this &amp;file…</source>
        <translation>Diese &amp;Datei löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="159"/>
        <source>&amp;Delete person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="161"/>
        <source>&amp;Archive or bring back…</source>
        <translation>&amp;Archivieren oder zurückholen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="163"/>
        <source>Notes for &amp;supervision…</source>
        <translation>Notizen für die &amp;Supervision…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="165"/>
        <source>&amp;Back up my key…</source>
        <translation>Meinen Schlüssel &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="167"/>
        <source>&amp;Restore my key from a backup…</source>
        <translation>Meinen Schlüssel aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="169"/>
        <source>&amp;Write a reply…</source>
        <translation>Antwort &amp;schreiben…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="170"/>
        <source>My &amp;key and fingerprint…</source>
        <translation>Mein Schlüssel und &amp;Fingerabdruck…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="171"/>
        <source>My &amp;directory…</source>
        <translation>Mein &amp;Wegweiser…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="173"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="174"/>
        <source>Open my own &amp;journal…</source>
        <translation>Mein eigenes &amp;Tagebuch öffnen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="190"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="252"/>
        <source>Open a shared file</source>
        <translation>Geteilte Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="302"/>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="302"/>
        <source>The name is only for you; it is never shared.</source>
        <translation>Der Name ist nur für dich; er wird nie geteilt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="303"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="304"/>
        <source>Saves the new name and closes this window.</source>
        <translation>Speichert den neuen Namen und schließt dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="312"/>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="336"/>
        <source>The reply is saved as {file}. Give it to {name} however suits you: only their journal can open it.</source>
        <translation>Die Antwort ist als {file} gespeichert. Gib sie {name} so, wie es für dich passt: Nur das Tagebuch von {name} kann sie öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="350"/>
        <source>Delete this file?</source>
        <translation>Diese Datei löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="351"/>
        <source>Delete the file {name} shared for {period}?

As a supporter, it&apos;s good practice to keep only what you still need to support someone. If they want you to have it again, they can send it again.</source>
        <translation>Die Datei löschen, die {name} für {period} geteilt hat?

Als Unterstützer:in ist es gute Praxis, nur das aufzubewahren, was du noch brauchst, um jemanden zu unterstützen. Wenn die Person möchte, dass du sie wieder hast, kann sie die Datei erneut schicken.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="355"/>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="361"/>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="385"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="363"/>
        <source>The file is deleted from your supporter journal.</source>
        <translation>Die Datei ist aus deinem Unterstützungs-Tagebuch gelöscht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="371"/>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="372"/>
        <source>Delete {name} and everything about them: the {files} they shared with you, the replies you wrote to them, your notes and the next step you agreed? This can&apos;t be undone.

When you no longer support someone, it&apos;s right not to keep their information. If they share with you again later, they will appear as someone new. To keep everything but take them out of your caseload, archive them instead.</source>
        <translation>{name} und alles über diese Person löschen: die {files}, die sie mit dir geteilt hat, die Antworten, die du ihr geschrieben hast, deine Notizen und den vereinbarten nächsten Schritt? Das kann nicht rückgängig gemacht werden.

Wenn du jemanden nicht mehr unterstützt, ist es richtig, ihre Informationen nicht aufzubewahren. Wenn sie später wieder etwas mit dir teilt, erscheint sie als neue Person. Wenn du alles behalten, sie aber aus deiner Liste nehmen möchtest, archiviere sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="478"/>
        <source>Your supporter journal is {vault}. Its encrypted backups are in {backups}. Your key backup is wherever you saved it (File ▸ Back up my key…).</source>
        <translation>Dein Tagebuch als Unterstützer:in ist {vault}. Seine verschlüsselten Sicherungen liegen in {backups}. Deine Schlüsselsicherung liegt dort, wo du sie gespeichert hast (Datei ▸ Meinen Schlüssel sichern…).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="378"/>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="369"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="387"/>
        <source>{name} and everything they shared are deleted.</source>
        <translation>{name} und alles, was geteilt wurde, sind gelöscht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="396"/>
        <source>Archive {name}?</source>
        <translation>{name} archivieren?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="397"/>
        <source>Take {name} out of your caseload? Their files, the replies you wrote and your notes stay in your supporter journal, encrypted. To see them again, tick “Show archived people” under the list.</source>
        <translation>{name} aus deiner Liste nehmen? Die Dateien, die Antworten, die du geschrieben hast, und deine Notizen bleiben verschlüsselt in deinem Tagebuch als Unterstützer:in. Um sie wieder zu sehen, kreuze „Archivierte Menschen zeigen“ unter der Liste an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="400"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="406"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="410"/>
        <source>{name} is archived.</source>
        <translation>{name} ist archiviert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="411"/>
        <source>{name} is back in your caseload.</source>
        <translation>{name} ist wieder in deiner Liste.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="420"/>
        <source>What you agreed is saved. It stays in your supporter journal.</source>
        <translation>Was ihr vereinbart habt, ist gespeichert. Es bleibt in deinem Tagebuch als Unterstützer:in.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="428"/>
        <source>Your notes for supervision are saved as {file}.</source>
        <translation>Deine Notizen für die Supervision sind als {file} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="473"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="474"/>
        <source>{app} {version}, supporter mode

Read what the people you support choose to share with you. Files open only with your key, are checked to come from the person&apos;s own journal, and stay encrypted on this computer. Nothing is sent anywhere.</source>
        <translation>{app} {version}, Unterstützungsmodus

Lies, was die Menschen, die du unterstützt, mit dir teilen möchten. Dateien lassen sich nur mit deinem Schlüssel öffnen, werden geprüft, ob sie aus dem eigenen Tagebuch der Person stammen, und bleiben auf diesem Computer verschlüsselt. Nichts wird irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>TakeDataDialog</name>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="41"/>
        <source>Take all my data</source>
        <translation>Alle meine Daten mitnehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="49"/>
        <source>Save everything in your journal, for your own use: to keep, to open in a spreadsheet, or to start a new journal from.</source>
        <translation>Alles aus deinem Tagebuch speichern, für dich selbst: zum Aufbewahren, zum Öffnen in einer Tabellenkalkulation oder um damit ein neues Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="53"/>
        <source>These files are not encrypted. Anyone who gets hold of them can read everything in them: how you felt, the people in your life and your notes. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>Diese Dateien sind nicht verschlüsselt. Wer sie in die Hände bekommt, kann alles darin lesen: wie es dir ging, die Menschen in deinem Leben und deine Notizen. Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="90"/>
        <source>&amp;CSV files, one for each kind of entry (for a spreadsheet)</source>
        <translation>&amp;CSV-Dateien, eine für jede Art von Eintrag (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="91"/>
        <source>Save CSV files in a new folder</source>
        <translation>CSV-Dateien in einem neuen Ordner speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="92"/>
        <source>A file for each kind of entry, to open in a spreadsheet. You choose where the folder goes.</source>
        <translation>Eine Datei für jede Art von Eintrag, zum Öffnen in einer Tabellenkalkulation. Du wählst, wo der Ordner hinkommt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="95"/>
        <source>One &amp;JSON file with everything (to start a new journal from)</source>
        <translation>Eine &amp;JSON-Datei mit allem (um damit ein neues Tagebuch zu beginnen)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="96"/>
        <source>Save one JSON file</source>
        <translation>Eine JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="96"/>
        <source>Everything in one file, which a new journal can start from.</source>
        <translation>Alles in einer Datei, mit der ein neues Tagebuch beginnen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="99"/>
        <source>I &amp;understand that these files are not encrypted</source>
        <translation>Ich &amp;verstehe, dass diese Dateien nicht verschlüsselt sind</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="100"/>
        <source>I understand that these files are not encrypted</source>
        <translation>Ich verstehe, dass diese Dateien nicht verschlüsselt sind</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="59"/>
        <source>Left out: the journal&apos;s secret keys, drafts and reminder bookkeeping. A new journal makes its own keys.</source>
        <translation>Nicht enthalten: die geheimen Schlüssel des Tagebuchs, Entwürfe und die interne Verwaltung der Erinnerungen. Ein neues Tagebuch erstellt eigene Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="64"/>
        <source>Saving your data</source>
        <translation>Deine Daten werden gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="65"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="67"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="67"/>
        <source>Save my data</source>
        <translation>Meine Daten speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="68"/>
        <source>Asks where to save, then writes the files. Ready once you tick that you understand they are not encrypted.</source>
        <translation>Fragt, wo gespeichert werden soll, und schreibt dann die Dateien. Bereit, sobald du angekreuzt hast, dass du verstehst, dass sie nicht verschlüsselt sind.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="71"/>
        <source>Closes this window. Nothing is saved.</source>
        <translation>Schließt dieses Fenster. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="110"/>
        <source>Tick that you understand the files are not encrypted.</source>
        <translation>Kreuze an, dass du verstehst, dass die Dateien nicht verschlüsselt sind.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="121"/>
        <source>Choose where the CSV folder goes</source>
        <translation>Wähle, wo der CSV-Ordner hinkommt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="127"/>
        <source>Save the JSON file</source>
        <translation>JSON-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="127"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="134"/>
        <source>Saving the files…</source>
        <translation>Die Dateien werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="159"/>
        <source>Your data is saved</source>
        <translation>Deine Daten sind gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="160"/>
        <source>Saved:
{paths}

These files are not encrypted. Keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>Gespeichert:
{paths}

Diese Dateien sind nicht verschlüsselt. Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="169"/>
        <source>Your data could not be saved. Your journal is unchanged.</source>
        <translation>Deine Daten konnten nicht gespeichert werden. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/security/take_data_dialog.py" line="169"/>
        <source>Data not saved</source>
        <translation>Daten nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="36"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="36"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="37"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="37"/>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_model.py" line="38"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="56"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="97"/>
        <source>Show entries of kind</source>
        <translation>Einträge dieser Art anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="98"/>
        <source>Shows all entries, or only check-ins, contacts or activities.</source>
        <translation>Zeigt alle Einträge oder nur Check-ins, Kontakte oder Aktivitäten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="99"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="99"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="100"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="100"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="105"/>
        <source>Search the timeline</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="106"/>
        <source>Search notes, people and activities  (Ctrl+F)</source>
        <translation>Notizen, Menschen und Aktivitäten durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="109"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="118"/>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="119"/>
        <source>The arrow keys move between entries; Enter edits the chosen one and Delete deletes it (it asks first).</source>
        <translation>Mit den Pfeiltasten wechselst du zwischen Einträgen; Enter bearbeitet den gewählten Eintrag und Entf löscht ihn (mit Rückfrage).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="129"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="240"/>
        <source>Showing {shown} of %Ln entry(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Eintrag werden angezeigt</numerusform>
            <numerusform>{shown} von %Ln Einträgen werden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="242"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="60"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="60"/>
        <source>Edit the chosen entry</source>
        <translation>Gewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="61"/>
        <source>Opens the chosen entry to change it.</source>
        <translation>Öffnet den gewählten Eintrag, um ihn zu ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="64"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="64"/>
        <source>Delete the chosen entry</source>
        <translation>Gewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="65"/>
        <source>Deletes the chosen entry after asking. Ctrl+Z brings it back.</source>
        <translation>Löscht den gewählten Eintrag nach einer Rückfrage. Mit Strg+Z kommt er zurück.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="68"/>
        <source>Nothing here yet. Entries you save on the Today page will appear here, newest first.</source>
        <translation>Hier ist noch nichts. Einträge, die du auf der Seite „Heute“ speicherst, erscheinen hier, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="146"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="152"/>
        <source>&amp;Remember this</source>
        <translation>&amp;Daran erinnern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="154"/>
        <source>On this day may show it again in later years.</source>
        <translation>„An diesem Tag“ kann ihn dir in späteren Jahren wieder zeigen.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="57"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="59"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="61"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="62"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="173"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="175"/>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="176"/>
        <source>Empties the three forms. Nothing saved is changed.</source>
        <translation>Leert die drei Formulare. Bereits Gespeichertes wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="178"/>
        <source>&amp;Save check-in</source>
        <translation>Check-in s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="178"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="252"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="180"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="179"/>
        <source>Saves what you filled in to your journal as one step (Ctrl+Enter). Ctrl+Z undoes it.</source>
        <translation>Speichert, was du ausgefüllt hast, in einem Schritt in deinem Tagebuch (Strg+Eingabe). Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="102"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="225"/>
        <source>Saved today</source>
        <translation>Heute gespeichert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="103"/>
        <source>What you have saved today. The Timeline page has everything, to change or delete.</source>
        <translation>Was du heute gespeichert hast. Auf der Seite „Verlauf“ findest du alles, um es zu ändern oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="128"/>
        <source>My plan for a &amp;bad day</source>
        <translation>Mein Plan für einen s&amp;chlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="128"/>
        <source>My plan for a bad day</source>
        <translation>Mein Plan für einen schlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="129"/>
        <source>Shows what helps you, who to contact and services, in large, calm text.</source>
        <translation>Zeigt, was dir hilft, wen du kontaktieren kannst und Hilfsangebote, in großer, ruhiger Schrift.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="175"/>
        <source>Clea&amp;r</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="208"/>
        <source>How are you feeling?</source>
        <translation>Wie geht es dir?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="209"/>
        <source>Who were you in touch with?</source>
        <translation>Mit wem hattest du Kontakt?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="210"/>
        <source>What did you do?</source>
        <translation>Was hast du gemacht?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="230"/>
        <source>Today&apos;s forms</source>
        <translation>Formulare für heute</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="244"/>
        <source>My trackers</source>
        <translation>Meine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="308"/>
        <source>{day}  ·  How is today going?</source>
        <translation>{day}  ·  Wie läuft dein Tag?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="320"/>
        <source>Nothing saved yet today.</source>
        <translation>Heute ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="354"/>
        <source>Please choose a mood too: your trackers are saved with the check-in.</source>
        <translation>Bitte wähle auch eine Stimmung: Deine Tracker werden mit dem Check-in gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="365"/>
        <source>Choose a mood, a person or an activity first.</source>
        <translation>Wähle zuerst eine Stimmung, eine Person oder eine Aktivität.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="380"/>
        <source>Saved at {time}. You can undo with Ctrl+Z.</source>
        <translation>Um {time} gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="387"/>
        <source>Undone: the check-in saved at {time} is no longer in your journal.</source>
        <translation>Rückgängig gemacht: Der Check-in von {time} ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="394"/>
        <source>Undone: check-in at {time}. It is back in the form, not saved.</source>
        <translation>Rückgängig gemacht: Check-in von {time}. Er steht wieder im Formular und ist nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="403"/>
        <source>Saved again (check-in at {time}). You can undo with Ctrl+Z.</source>
        <translation>Wieder gespeichert (Check-in von {time}). Du kannst es mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="407"/>
        <source>The disk is full, so this wasn&apos;t saved. Your typing is still here: free some space, then press Save again.</source>
        <translation>Der Datenträger ist voll, deshalb wurde nichts gespeichert. Dein Text ist noch da: Schaffe etwas Platz und drücke dann noch einmal auf Speichern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="409"/>
        <source>The disk could not be written to, so this wasn&apos;t saved. Your typing is still here: check the disk, then press Save again.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden, deshalb wurde nichts gespeichert. Dein Text ist noch da: Prüfe den Datenträger und drücke dann noch einmal auf Speichern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="438"/>
        <location filename="../../peerjournal/ui/journal/today_page.py" line="447"/>
        <source>Here is what you were writing before the journal locked. It is not saved yet.</source>
        <translation>Hier ist, was du geschrieben hast, bevor das Tagebuch gesperrt wurde. Es ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>TrackerForm</name>
    <message>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="66"/>
        <source>Your tracker {name}. Leave it as it is to note nothing.</source>
        <translation>Dein Tracker {name}. Lass ihn so, wie er ist, wenn du nichts notieren möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="69"/>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="70"/>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="72"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="72"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/tracker_form.py" line="92"/>
        <source>For {name}, please type a number, such as 7.5.</source>
        <translation>Bitte gib für {name} eine Zahl ein, zum Beispiel 7,5.</translation>
    </message>
</context>
<context>
    <name>TrackersDialog</name>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="48"/>
        <source>My trackers</source>
        <translation>Meine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="52"/>
        <source>Show my &amp;trackers on Today</source>
        <translation>Meine Tracker auf &amp;Heute zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="52"/>
        <source>Show my trackers on Today</source>
        <translation>Meine Tracker auf Heute zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="53"/>
        <source>Off by default. When on, Today shows a row for each tracker below your mood.</source>
        <translation>Zu Beginn aus. Wenn es an ist, zeigt Heute unter deiner Stimmung eine Zeile für jeden Tracker.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="55"/>
        <source>Your trackers</source>
        <translation>Deine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="56"/>
        <source>The trackers you added. A retired one leaves Today, and keeps what you noted.</source>
        <translation>Die Tracker, die du hinzugefügt hast. Ein beiseitegelegter Tracker verschwindet von Heute und behält, was du notiert hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="57"/>
        <source>&amp;Retire</source>
        <translation>&amp;Beiseitelegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="58"/>
        <source>Retire the chosen tracker</source>
        <translation>Den gewählten Tracker beiseitelegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="59"/>
        <source>It leaves Today; everything you noted with it stays.</source>
        <translation>Er verschwindet von Heute; alles, was du damit notiert hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="60"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="61"/>
        <source>Bring back the chosen tracker</source>
        <translation>Den gewählten Tracker zurückholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="62"/>
        <source>It shows on Today again, with everything noted before.</source>
        <translation>Er erscheint wieder auf Heute, mit allem, was du vorher notiert hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="63"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="65"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="66"/>
        <source>Closes this window. Your changes are already saved.</source>
        <translation>Schließt dieses Fenster. Deine Änderungen sind schon gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="74"/>
        <source>Note what matters to you with each check-in, such as sleep or medication. Only you see them, unless you choose to share them.</source>
        <translation>Notiere bei jedem Check-in, was dir wichtig ist, zum Beispiel Schlaf oder Medikamente. Nur du siehst es, außer du entscheidest dich, es zu teilen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="86"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="92"/>
        <source>{kind}. Tick it to add it to your trackers.</source>
        <translation>{kind}. Kreuze es an, um es zu deinen Trackern hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="97"/>
        <source>Add the ticked &amp;suggestions</source>
        <translation>Angekreuzte &amp;Vorschläge hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="98"/>
        <source>Add the ticked suggestions</source>
        <translation>Angekreuzte Vorschläge hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="99"/>
        <source>Adds each ticked suggestion to your trackers, and shows your trackers on Today.</source>
        <translation>Fügt jeden angekreuzten Vorschlag zu deinen Trackern hinzu und zeigt deine Tracker auf Heute.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="105"/>
        <source>Your own tracker</source>
        <translation>Dein eigener Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="106"/>
        <source>Tracker name</source>
        <translation>Name des Trackers</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="107"/>
        <source>For example: went outside</source>
        <translation>Zum Beispiel: draußen gewesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="108"/>
        <source>Kind of tracker</source>
        <translation>Art des Trackers</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="109"/>
        <source>Yes or no, a number with a unit, a scale with your own words at each end, or a short list.</source>
        <translation>Ja oder nein, eine Zahl mit Einheit, eine Skala mit deinen eigenen Worten an beiden Enden oder eine kurze Liste.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="111"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="112"/>
        <source>For example: hours</source>
        <translation>Zum Beispiel: Stunden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="113"/>
        <source>What 1 means</source>
        <translation>Was 1 bedeutet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="114"/>
        <source>What 5 means</source>
        <translation>Was 5 bedeutet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="115"/>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="116"/>
        <source>Separated by commas: sun, rain, snow</source>
        <translation>Mit Kommas getrennt: Sonne, Regen, Schnee</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="118"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="118"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="119"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="119"/>
        <source>What &amp;1 means</source>
        <translation>Was &amp;1 bedeutet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="120"/>
        <source>What &amp;5 means</source>
        <translation>Was &amp;5 bedeutet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="120"/>
        <source>&amp;Choices</source>
        <translation>Aus&amp;wahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="123"/>
        <source>&amp;Add this tracker</source>
        <translation>Diesen &amp;Tracker hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="124"/>
        <source>Add this tracker</source>
        <translation>Diesen Tracker hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="125"/>
        <source>Adds the tracker described above, and shows your trackers on Today.</source>
        <translation>Fügt den oben beschriebenen Tracker hinzu und zeigt deine Tracker auf Heute.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="152"/>
        <source>{tracker} (retired)</source>
        <translation>{tracker} (beiseitegelegt)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="186"/>
        <source>Tick the suggestions you want first.</source>
        <translation>Kreuze zuerst die Vorschläge an, die du möchtest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/trackers_dialog.py" line="213"/>
        <source>Choose a tracker in the list first.</source>
        <translation>Wähle zuerst einen Tracker in der Liste.</translation>
    </message>
</context>
<context>
    <name>TrackersTab</name>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="46"/>
        <source>You have no trackers yet. You can add some, such as sleep or medication, from Journal ▸ My trackers…</source>
        <translation>Du hast noch keine Tracker. Du kannst welche hinzufügen, zum Beispiel Schlaf oder Medikamente, unter Tagebuch ▸ Meine Tracker…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="49"/>
        <source>How many days of each week you noted each value, over the last {weeks} weeks.</source>
        <translation>An wie vielen Tagen jeder Woche du jeden Wert notiert hast, in den letzten {weeks} Wochen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="55"/>
        <source>{tracker} (retired)</source>
        <translation>{tracker} (beiseitegelegt)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="57"/>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="62"/>
        <source>{tracker}, days each week</source>
        <translation>{tracker}, Tage pro Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/insights/trackers_tab.py" line="67"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="46"/>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="47"/>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="48"/>
        <source>My support plan</source>
        <translation>Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="50"/>
        <source>My plan for a bad day</source>
        <translation>Mein Plan für einen schlechten Tag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="52"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/tray.py" line="54"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="52"/>
        <source>Undone: {step}.</source>
        <translation>Rückgängig gemacht: {step}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="53"/>
        <source>Redone: {step}.</source>
        <translation>Wiederhergestellt: {step}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="65"/>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="188"/>
        <source>Couldn&apos;t undo this</source>
        <translation>Das konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="76"/>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="164"/>
        <source>Couldn&apos;t redo this</source>
        <translation>Das konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="98"/>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="99"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="100"/>
        <source>Delete activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="106"/>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="107"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="108"/>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/undo.py" line="159"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="43"/>
        <source>Move {name} to the close circle</source>
        <translation>{name} in den engen Kreis verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="44"/>
        <source>Move {name} to the middle circle</source>
        <translation>{name} in den mittleren Kreis verschieben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="45"/>
        <source>Move {name} to the outer circle</source>
        <translation>{name} in den äußeren Kreis verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="106"/>
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>%n Person importieren</numerusform>
            <numerusform>%n Personen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="109"/>
        <source>Took %n person(s) from the import out of your people again.</source>
        <translation>
            <numerusform>%n Person aus dem Import wurde wieder aus „Menschen“ herausgenommen.</numerusform>
            <numerusform>%n Personen aus dem Import wurden wieder aus „Menschen“ herausgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="193"/>
        <source>Everyone from this import is named somewhere in your journal by now, so they all stay in your people.</source>
        <translation>Alle aus diesem Import werden inzwischen irgendwo in deinem Tagebuch genannt, deshalb bleiben sie alle unter „Menschen“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="196"/>
        <source>The people from this import are no longer in your journal.</source>
        <translation>Die Menschen aus diesem Import sind nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="203"/>
        <source>Some people stay</source>
        <translation>Manche bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="48"/>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="81"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="106"/>
        <source>Archive {name}</source>
        <translation>{name} archivieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="107"/>
        <source>Restore {name}</source>
        <translation>{name} wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/person_commands.py" line="125"/>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_undo.py" line="29"/>
        <source>Save check-in at {time}</source>
        <translation>Check-in von {time} speichern</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/today_undo.py" line="35"/>
        <source>Undone: check-in at {time}.</source>
        <translation>Rückgängig gemacht: Check-in von {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_command.py" line="21"/>
        <source>Import %n check-in(s) from {app}</source>
        <translation>
            <numerusform>%n Check-in aus {app} importieren</numerusform>
            <numerusform>%n Check-ins aus {app} importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="62"/>
        <source>Please keep your passphrase somewhere safe. Your journal is locked with it, and there is no way to get back in without it: nobody, including us, can recover a forgotten passphrase.</source>
        <translation>Bitte bewahre deine Passphrase an einem sicheren Ort auf. Dein Tagebuch ist damit verschlüsselt, und ohne sie gibt es keinen Weg zurück hinein: Niemand, auch wir nicht, kann eine vergessene Passphrase wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="72"/>
        <source>What you type is hidden. It is never saved anywhere.</source>
        <translation>Was du tippst, ist verborgen. Es wird nirgendwo gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="90"/>
        <source>Create your supporter vault</source>
        <translation>Deinen Unterstützungs-Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="90"/>
        <source>Create your journal</source>
        <translation>Dein Tagebuch anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="102"/>
        <source>&amp;Bring entries from another app after creating (Daylio, jrnl, Pixels, eMoods, Bearable, Daily You)</source>
        <translation>Danach Einträge aus einer anderen App &amp;holen (Daylio, jrnl, Pixels, eMoods, Bearable, Daily You)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="103"/>
        <source>Bring entries from another app</source>
        <translation>Einträge aus einer anderen App holen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="104"/>
        <source>When your journal is made, the window for importing another app&apos;s export opens. You can also do this later from the Journal menu.</source>
        <translation>Wenn dein Tagebuch angelegt ist, öffnet sich das Fenster zum Importieren eines Exports aus einer anderen App. Du kannst das auch später über das Menü Tagebuch tun.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="131"/>
        <source>Your supporter vault</source>
        <translation>Dein Unterstützungs-Tresor</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="132"/>
        <source>Welcome to PeerJournal</source>
        <translation>Willkommen bei PeerJournal</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="132"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="135"/>
        <source>What people share with you is kept on this computer only, encrypted with a passphrase you choose.</source>
        <translation>Was Menschen mit dir teilen, bleibt nur auf diesem Computer, verschlüsselt mit einer Passphrase, die du wählst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="137"/>
        <source>Your journal is kept on this computer only, encrypted with a passphrase you choose.</source>
        <translation>Dein Tagebuch bleibt nur auf diesem Computer, verschlüsselt mit einer Passphrase, die du wählst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="139"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Gib deine Passphrase ein, um dein Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="142"/>
        <source>Journal file: {path}</source>
        <translation>Tagebuchdatei: {path}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="148"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="149"/>
        <source>Choose a passphrase: a few words you will remember. Nobody can recover it if it is lost.</source>
        <translation>Wähle eine Passphrase: ein paar Wörter, die du dir merken kannst. Niemand kann sie wiederherstellen, wenn sie verloren geht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="150"/>
        <source>Type your passphrase, then press Enter. What you type is hidden.</source>
        <translation>Gib deine Passphrase ein und drücke dann Enter. Was du tippst, ist verborgen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="151"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="152"/>
        <source>The same passphrase again, to be sure it is right.</source>
        <translation>Noch einmal dieselbe Passphrase, um sicherzugehen, dass sie stimmt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="153"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="159"/>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="299"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="159"/>
        <source>Show the passphrase while typing</source>
        <translation>Passphrase beim Tippen anzeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="160"/>
        <source>Shows or hides what you typed. Check that nobody can see your screen.</source>
        <translation>Zeigt oder verbirgt, was du getippt hast. Achte darauf, dass niemand deinen Bildschirm sehen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="171"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="173"/>
        <source>Whether the two passphrases match</source>
        <translation>Ob die beiden Passphrasen gleich sind</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="182"/>
        <source>&amp;Again</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="202"/>
        <source>The two passphrases match.</source>
        <translation>Die beiden Passphrasen sind gleich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="203"/>
        <source>Not the same as the first passphrase yet.</source>
        <translation>Noch nicht gleich wie die erste Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="205"/>
        <source>This is not the same as the first passphrase.</source>
        <translation>Das ist nicht dieselbe wie die erste Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="215"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="217"/>
        <source>Opening the journal</source>
        <translation>Tagebuch wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="219"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Neueste funktionierende Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="220"/>
        <source>Restore the newest good backup</source>
        <translation>Neueste funktionierende Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="221"/>
        <source>Opens the newest backup that works with this passphrase. The damaged journal is kept, not overwritten.</source>
        <translation>Öffnet die neueste Sicherung, die mit dieser Passphrase funktioniert. Das beschädigte Tagebuch wird aufbewahrt, nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="225"/>
        <source>Left from an earlier try</source>
        <translation>Übrig von einem früheren Versuch</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="228"/>
        <source>Re&amp;move it</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="228"/>
        <source>Remove what was left unfinished</source>
        <translation>Unfertige Reste entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="229"/>
        <source>Removes only what PeerJournal left unfinished when it was stopped while making a journal. Nothing that was ever saved is in it.</source>
        <translation>Entfernt nur, was PeerJournal unfertig hinterlassen hat, als es beim Anlegen eines Tagebuchs unterbrochen wurde. Darin ist nichts, was je gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="237"/>
        <source>&amp;Create supporter vault</source>
        <translation>Unterstützungs-Tresor &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="238"/>
        <source>&amp;Create journal</source>
        <translation>Tagebuch &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="238"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="239"/>
        <source>Create supporter vault</source>
        <translation>Unterstützungs-Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="240"/>
        <source>Create journal</source>
        <translation>Tagebuch anlegen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="91"/>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="240"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="241"/>
        <source>Creates your encrypted supporter vault with this passphrase.</source>
        <translation>Legt deinen verschlüsselten Unterstützungs-Tresor mit dieser Passphrase an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="242"/>
        <source>Creates your encrypted journal with this passphrase.</source>
        <translation>Legt dein verschlüsseltes Tagebuch mit dieser Passphrase an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="243"/>
        <source>Opens your journal with this passphrase.</source>
        <translation>Öffnet dein Tagebuch mit dieser Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="245"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="245"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="246"/>
        <source>Closes PeerJournal without opening a journal.</source>
        <translation>Schließt PeerJournal, ohne ein Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="265"/>
        <source>PeerJournal was stopped while making a journal here before, and left an unfinished copy. It holds nothing you saved. You can remove it, or just create your journal.</source>
        <translation>PeerJournal wurde hier schon einmal beim Anlegen eines Tagebuchs unterbrochen und hat eine unfertige Kopie hinterlassen. Sie enthält nichts, was du gespeichert hast. Du kannst sie entfernen oder einfach dein Tagebuch anlegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="269"/>
        <source>The journal file {path} is empty: PeerJournal was stopped while making it, so nothing was ever saved in it. Remove it to create your journal again.</source>
        <translation>Die Tagebuchdatei {path} ist leer: PeerJournal wurde beim Anlegen unterbrochen, daher wurde nie etwas darin gespeichert. Entferne sie, um dein Tagebuch neu anzulegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="282"/>
        <source>It could not be removed: the folder may not be writable. Nothing was changed.</source>
        <translation>Sie konnte nicht entfernt werden: Vielleicht darf in den Ordner nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="299"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="348"/>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="292"/>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="376"/>
        <source>{problem} Type your passphrase and choose “Restore the newest good backup”.</source>
        <translation>{problem} Gib deine Passphrase ein und wähle „Neueste funktionierende Sicherung wiederherstellen“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="327"/>
        <source>The two passphrases are not the same. Please type the passphrase again here.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Bitte gib die Passphrase hier noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="382"/>
        <source>Something went wrong while opening the journal. It has not been changed.</source>
        <translation>Beim Öffnen des Tagebuchs ist etwas schiefgegangen. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="392"/>
        <source>Please type your passphrase first: it is needed to check the backups.</source>
        <translation>Bitte gib zuerst deine Passphrase ein: Sie wird gebraucht, um die Sicherungen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/app/unlock_dialog.py" line="400"/>
        <source>No backup opens with this passphrase. Backups made before a passphrase change need the passphrase of that time. The damaged journal has not been changed.</source>
        <translation>Keine Sicherung lässt sich mit dieser Passphrase öffnen. Sicherungen von vor einer Änderung der Passphrase brauchen die Passphrase von damals. Das beschädigte Tagebuch wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="152"/>
        <source>Import people from a contacts file</source>
        <translation>Menschen aus einer Kontaktdatei importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="170"/>
        <source>Choose a contacts file (.vcf), as phones and e-mail programs save them. You will see the names in it and choose who to add to People. Only their names are kept, unless you tick below to keep more.</source>
        <translation>Wähle eine Kontaktdatei (.vcf), wie Handys und E-Mail-Programme sie speichern. Du siehst die Namen darin und wählst, wen du zu „Menschen“ hinzufügst. Nur die Namen werden übernommen, außer du kreuzt unten an, dass mehr übernommen werden soll.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="175"/>
        <source>&amp;Choose a contacts file…</source>
        <translation>Kontaktdatei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="175"/>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="269"/>
        <source>Choose a contacts file</source>
        <translation>Kontaktdatei wählen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="176"/>
        <source>Opens a file chooser for a .vcf file. Nothing is added until you press Import.</source>
        <translation>Öffnet eine Dateiauswahl für eine .vcf-Datei. Es wird nichts hinzugefügt, bis du auf Importieren drückst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="178"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="179"/>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="337"/>
        <source>Reading the contacts file</source>
        <translation>Kontaktdatei wird gelesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="185"/>
        <source>People in the contacts file</source>
        <translation>Menschen in der Kontaktdatei</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="186"/>
        <source>Tick the people to add to People. Press Space to tick or untick the chosen name.</source>
        <translation>Kreuze die Menschen an, die du zu „Menschen“ hinzufügen möchtest. Mit der Leertaste setzt oder entfernst du das Kreuz beim gewählten Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="194"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="198"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="198"/>
        <source>Tick everyone</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="199"/>
        <source>Ticks every name in the list.</source>
        <translation>Kreuzt jeden Namen in der Liste an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="201"/>
        <source>Untick a&amp;ll</source>
        <translation>Alle Kreuze ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="201"/>
        <source>Untick everyone</source>
        <translation>Alle Kreuze entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="202"/>
        <source>Unticks every name, to tick only a few.</source>
        <translation>Entfernt das Kreuz bei jedem Namen, um nur einige anzukreuzen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="204"/>
        <source>Cards that could not be read</source>
        <translation>Karten, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="210"/>
        <source>Relationship for everyone added</source>
        <translation>Beziehung für alle Hinzugefügten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="211"/>
        <source>Everyone added starts with this; you can change each person on the People page.</source>
        <translation>Alle Hinzugefügten beginnen damit; du kannst jede Person auf der Seite „Menschen“ ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="215"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="217"/>
        <source>Circle for everyone added</source>
        <translation>Kreis für alle Hinzugefügten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="218"/>
        <source>Everyone added starts in this circle; you can change each person on the People page.</source>
        <translation>Alle Hinzugefügten beginnen in diesem Kreis; du kannst jede Person auf der Seite „Menschen“ ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="220"/>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="223"/>
        <source>Also keep &amp;phone numbers and e-mail addresses in notes</source>
        <translation>Auch &amp;Telefonnummern und E-Mail-Adressen in den Notizen übernehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="224"/>
        <source>Also keep phone numbers and e-mail addresses in notes</source>
        <translation>Auch Telefonnummern und E-Mail-Adressen in den Notizen übernehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="315"/>
        <source>&amp;Import %n person(s)</source>
        <translation>
            <numerusform>%n Person &amp;importieren</numerusform>
            <numerusform>%n Personen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="337"/>
        <source>Adding the ticked people</source>
        <translation>Angekreuzte Menschen werden hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="364"/>
        <source>Added %n person(s) to People.</source>
        <translation>
            <numerusform>%n Person zu „Menschen“ hinzugefügt.</numerusform>
            <numerusform>%n Personen zu „Menschen“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="367"/>
        <source>%n names left unticked were not added.</source>
        <translation>
            <numerusform>%n Name ohne Kreuz wurde nicht hinzugefügt.</numerusform>
            <numerusform>%n Namen ohne Kreuz wurden nicht hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="221"/>
        <source>Off unless you tick it: only names are kept.</source>
        <translation>Aus, solange du es nicht ankreuzt: Nur Namen werden übernommen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="226"/>
        <source>Also keep &amp;birthdays and the cards&apos; notes</source>
        <translation>Auch &amp;Geburtstage und die Notizen der Karten übernehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="227"/>
        <source>Also keep birthdays and the cards&apos; notes</source>
        <translation>Auch Geburtstage und die Notizen der Karten übernehmen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="228"/>
        <source>You can change each person afterwards on the People page.</source>
        <translation>Du kannst jede Person danach auf der Seite „Menschen“ ändern.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="231"/>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="315"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="231"/>
        <source>Import the ticked people</source>
        <translation>Angekreuzte Menschen importieren</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="232"/>
        <source>Adds the ticked people to People.</source>
        <translation>Fügt die angekreuzten Menschen zu „Menschen“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="234"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="235"/>
        <source>Closes this window without adding anyone.</source>
        <translation>Schließt dieses Fenster, ohne jemanden hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="246"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="247"/>
        <source>C&amp;ircle</source>
        <translation>K&amp;reis</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="270"/>
        <source>Contacts files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="308"/>
        <source>The file could not be read. Nothing was changed.</source>
        <translation>Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="309"/>
        <source>Contacts file not read</source>
        <translation>Kontaktdatei nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="354"/>
        <source>Nobody was added</source>
        <translation>Niemand wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="358"/>
        <source>People added</source>
        <translation>Menschen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="370"/>
        <source>Skipped because they could not be read:</source>
        <translation>Übersprungen, weil sie nicht gelesen werden konnten:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="373"/>
        <source>Changed your mind? Edit ▸ Undo (Ctrl+Z) takes them out again, as long as nothing else names them yet.</source>
        <translation>Doch anders entschieden? Bearbeiten ▸ Rückgängig (Strg+Z) nimmt sie wieder heraus, solange sie noch nirgends sonst genannt werden.</translation>
    </message>
</context>
<context>
    <name>WhatHelpsPanel</name>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="32"/>
        <source>What helps you</source>
        <translation>Was dir hilft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="33"/>
        <source>Shown once today after a low check-in: what you wrote helps you, and who you could contact.</source>
        <translation>Heute einmal gezeigt nach einem niedrigen Check-in: was dir laut deinen eigenen Worten hilft und wen du kontaktieren könntest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="36"/>
        <source>Here&apos;s what you wrote helps you.</source>
        <translation>Hier steht, was dir laut deinen eigenen Worten hilft.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="38"/>
        <source>People you could contact:</source>
        <translation>Menschen, die du kontaktieren könntest:</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="41"/>
        <source>Show my &amp;whole plan for a bad day</source>
        <translation>Meinen &amp;ganzen Plan für einen schlechten Tag zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="42"/>
        <source>Show my whole plan for a bad day</source>
        <translation>Meinen ganzen Plan für einen schlechten Tag zeigen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="43"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="43"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/what_helps_panel.py" line="44"/>
        <source>Hides this for today.</source>
        <translation>Blendet das für heute aus.</translation>
    </message>
</context>
<context>
    <name>WherePicker</name>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="34"/>
        <source>Where it was</source>
        <translation>Wo es war</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="35"/>
        <source>One of your places and groups, if it was at one</source>
        <translation>Einer deiner Orte und Gruppen, falls es an einem davon war</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="36"/>
        <source>Nowhere in particular</source>
        <translation>Nirgendwo Bestimmtes</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/connecting/place_link.py" line="41"/>
        <source>Whe&amp;re</source>
        <translation>&amp;Wo</translation>
    </message>
</context>
<context>
    <name>WordListEditor</name>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="56"/>
        <source>The words offered in your entries. Choose one to remove it.</source>
        <translation>Die Wörter, die dir in deinen Einträgen angeboten werden. Wähle eines aus, um es zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="60"/>
        <source>Type a word and press Enter to add it</source>
        <translation>Gib ein Wort ein und drücke Enter, um es hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="62"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="65"/>
        <source>Adds the word typed beside it to the list (Enter).</source>
        <translation>Fügt das daneben eingegebene Wort der Liste hinzu (Enter).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="67"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/journal/word_lists_dialog.py" line="71"/>
        <source>Takes the chosen word off the list. Entries that already use it keep it.</source>
        <translation>Nimmt das gewählte Wort von der Liste. Einträge, die es schon verwenden, behalten es.</translation>
    </message>
</context>
<context>
    <name>YearGrid</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="553"/>
        <source>Year in colour</source>
        <translation>Jahr in Farbe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="567"/>
        <source>{year}: check-ins on {logged} of {days} days, on average {average}. Days without a check-in are hatched. Choose a day to see its entries.</source>
        <translation>{year}: Check-ins an {logged} von {days} Tagen, im Durchschnitt {average}. Tage ohne Check-in sind schraffiert. Wähle einen Tag, um seine Einträge zu sehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="571"/>
        <source>{year}: no check-ins this year.</source>
        <translation>{year}: keine Check-ins in diesem Jahr.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="638"/>
        <source>mood {mood}</source>
        <translation>Stimmung {mood}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="639"/>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
</context>
<context>
    <name>YearGridCounts</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/charts.py" line="534"/>
        <source>, {contacts}, {activities}</source>
        <translation>, {contacts}, {activities}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/widgets/charts.py" line="535"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/widgets/charts.py" line="535"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Builder</name>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="187"/>
        <source>someone no longer in your list</source>
        <translation>jemand, der nicht mehr in deiner Liste ist</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="464"/>
        <source>You haven&apos;t written a support plan yet.</source>
        <translation>Du hast noch keinen Unterstützungsplan geschrieben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="535"/>
        <source>Your crisis plan has nothing in it yet.</source>
        <translation>Dein Krisenplan ist noch leer.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="557"/>
        <source>Your notes</source>
        <translation>Deine Notizen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/report.py" line="558"/>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../peerjournal/app.py" line="199"/>
        <source>This is the demo supporter journal. Its passphrase is: {passphrase}</source>
        <translation>Das ist das Demo-Tagebuch als Unterstützer:in. Seine Passphrase lautet: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/app.py" line="201"/>
        <source>This is the demo journal. Its passphrase is: {passphrase}</source>
        <translation>Das ist das Demo-Tagebuch. Seine Passphrase lautet: {passphrase}</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <location filename="../../peerjournal/storage/vault/atomic.py" line="59"/>
        <source>Could not save {what}: the disk is full. Nothing was changed.</source>
        <translation>Nicht gespeichert ({what}): Der Datenträger ist voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/atomic.py" line="62"/>
        <source>Could not save {what}: the disk may be full or not writable. Nothing was changed.</source>
        <translation>Nicht gespeichert ({what}): Der Datenträger ist vielleicht voll oder nicht beschreibbar. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="27"/>
        <source>Starting PeerJournal with your computer isn&apos;t available on this system. You can add it to your login items yourself.</source>
        <translation>PeerJournal mit deinem Computer zu starten, ist auf diesem System nicht möglich. Du kannst es selbst zu deinen Anmeldeobjekten hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="32"/>
        <source>PeerJournal runs in a sandbox here, so it can&apos;t add itself to your login items. You can add it in your system&apos;s startup settings.</source>
        <translation>PeerJournal läuft hier in einer Sandbox und kann sich deshalb nicht selbst zu deinen Anmeldeobjekten hinzufügen. Du kannst es in den Autostart-Einstellungen deines Systems hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="174"/>
        <source>Could not stop PeerJournal starting with your computer: {path} could not be removed.</source>
        <translation>PeerJournal startet weiterhin mit deinem Computer: {path} konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/system/autostart.py" line="226"/>
        <source>Could not change whether PeerJournal starts with your computer.</source>
        <translation>Es konnte nicht geändert werden, ob PeerJournal mit deinem Computer startet.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="244"/>
        <source>Could not make a backup: the disk is full. Nothing was changed. Free some space on the disk (or choose another folder for backups), then try again.</source>
        <translation>Die Sicherung konnte nicht erstellt werden: Der Datenträger ist voll. Es wurde nichts geändert. Schaffe etwas Platz auf dem Datenträger (oder wähle einen anderen Ordner für Sicherungen) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="248"/>
        <source>Could not make a backup: {reason}. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht erstellt werden: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="381"/>
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="474"/>
        <source>That file is the journal itself, not a backup. Nothing was changed.</source>
        <translation>Diese Datei ist das Tagebuch selbst, keine Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="511"/>
        <source>Could not restore the backup: the disk may be full or not writable. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: Der Datenträger ist vielleicht voll oder nicht beschreibbar. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="538"/>
        <source>The restored journal is still open. Close it, then try again. Nothing was changed.</source>
        <translation>Das wiederhergestellte Tagebuch ist noch geöffnet. Schließe es und versuche es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="544"/>
        <source>The journal that was replaced is no longer there, so the restore can&apos;t be undone. Nothing was changed.</source>
        <translation>Das ersetzte Tagebuch ist nicht mehr da, daher kann die Wiederherstellung nicht rückgängig gemacht werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/backup.py" line="561"/>
        <source>Could not undo the restore: the disk may not be writable. The replaced journal is still at {path}.</source>
        <translation>Die Wiederherstellung konnte nicht rückgängig gemacht werden: Der Datenträger ist vielleicht nicht beschreibbar. Das ersetzte Tagebuch liegt weiterhin unter {path}.</translation>
    </message>
</context>
<context>
    <name>chosen_file</name>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="28"/>
        <source>That file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="35"/>
        <source>That is not a file PeerJournal can open.</source>
        <translation>Das ist keine Datei, die PeerJournal öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/chosen_file.py" line="39"/>
        <source>That file is too large for PeerJournal to open.</source>
        <translation>Diese Datei ist zu groß, als dass PeerJournal sie öffnen könnte.</translation>
    </message>
</context>
<context>
    <name>data_csv</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="200"/>
        <source>Could not make the folder {folder}: the disk is full. Nothing was changed.</source>
        <translation>Der Ordner {folder} konnte nicht angelegt werden: Der Datenträger ist voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_csv.py" line="204"/>
        <source>Could not make the folder {folder}: the disk may be full or not writable.</source>
        <translation>Der Ordner {folder} konnte nicht angelegt werden: Der Datenträger ist vielleicht voll oder nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>data_export</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_export.py" line="177"/>
        <source>Only a journal can be taken out this way.</source>
        <translation>Nur ein Tagebuch kann auf diese Weise mitgenommen werden.</translation>
    </message>
</context>
<context>
    <name>data_import</name>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="48"/>
        <source>This file is not a PeerJournal data file, or it is damaged, so no journal was made from it.</source>
        <translation>Diese Datei ist keine PeerJournal-Datendatei oder sie ist beschädigt, daher wurde kein Tagebuch daraus angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="59"/>
        <source>This data file was made by a newer version of PeerJournal. Please update PeerJournal to start a journal from it. Nothing was made.</source>
        <translation>Diese Datendatei wurde mit einer neueren Version von PeerJournal erstellt. Bitte aktualisiere PeerJournal, um damit ein Tagebuch zu beginnen. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="72"/>
        <source>That is not a file PeerJournal can open, so no journal was made.</source>
        <translation>Das ist keine Datei, die PeerJournal öffnen kann, daher wurde kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="77"/>
        <source>The data file could not be read, so no journal was made.</source>
        <translation>Die Datendatei konnte nicht gelesen werden, daher wurde kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="82"/>
        <source>This file is too large to be a PeerJournal data file.</source>
        <translation>Diese Datei ist zu groß für eine PeerJournal-Datendatei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="104"/>
        <source>This data file is not from a journal, so no journal was made.</source>
        <translation>Diese Datendatei stammt nicht aus einem Tagebuch, daher wurde kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="230"/>
        <source>A data file can only go into a new journal made for it.</source>
        <translation>Eine Datendatei kann nur in ein neues Tagebuch übernommen werden, das dafür angelegt wird.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_import.py" line="240"/>
        <source>This journal already has entries, so a data file can&apos;t be added to it.</source>
        <translation>Dieses Tagebuch hat schon Einträge, daher kann keine Datendatei hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="110"/>
        <source>Row {row} of the {table} table in this file can&apos;t be used: {problem}. No journal was made.</source>
        <translation>Zeile {row} der Tabelle {table} in dieser Datei kann nicht verwendet werden: {problem}. Es wurde kein Tagebuch angelegt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="123"/>
        <source>{column} is missing.</source>
        <translation>{column} fehlt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="125"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="146"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="231"/>
        <source>{column} must be a whole number.</source>
        <translation>{column} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="127"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="224"/>
        <source>{column} must be text.</source>
        <translation>{column} muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="129"/>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="143"/>
        <source>{column} must be a number.</source>
        <translation>{column} muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="148"/>
        <source>{column} is too large a number.</source>
        <translation>{column} ist eine zu große Zahl.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="153"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="172"/>
        <source>{column} is not a valid time.</source>
        <translation>{column} ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="180"/>
        <source>{column} is not a valid date.</source>
        <translation>{column} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="187"/>
        <source>{column} is not one of the known choices.</source>
        <translation>{column} ist keine der bekannten Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/data_rows.py" line="195"/>
        <source>at_utc is missing.</source>
        <translation>at_utc fehlt.</translation>
    </message>
</context>
<context>
    <name>daylio</name>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="99"/>
        <source>This file is not a Daylio export: it is not UTF-8 text as Daylio writes it. Nothing was imported.</source>
        <translation>Diese Datei ist kein Daylio-Export: Sie ist kein UTF-8-Text, wie Daylio ihn schreibt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="107"/>
        <source>This file is not a Daylio export: its first line should name the columns Daylio writes (date, time, mood, activities, note). Nothing was imported.</source>
        <translation>Diese Datei ist kein Daylio-Export: Ihre erste Zeile sollte die Spalten nennen, die Daylio schreibt (date, time, mood, activities, note). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="114"/>
        <source>This file could not be read as a Daylio export (it is damaged or not a CSV file). Nothing was imported.</source>
        <translation>Diese Datei konnte nicht als Daylio-Export gelesen werden (sie ist beschädigt oder keine CSV-Datei). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="118"/>
        <source>This Daylio export has no entries in it. Nothing was imported.</source>
        <translation>In diesem Daylio-Export stehen keine Einträge. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="132"/>
        <source>it has {found} columns, not {expected}</source>
        <translation>sie hat {found} Spalten statt {expected}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="138"/>
        <source>Row {row} of this Daylio export can&apos;t be read: {why}. Nothing was imported.</source>
        <translation>Zeile {row} dieses Daylio-Exports kann nicht gelesen werden: {why}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="148"/>
        <source>it has no mood</source>
        <translation>sie hat keine Stimmung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="154"/>
        <source>its note is longer than {limit} characters</source>
        <translation>ihre Notiz ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="170"/>
        <source>its date could not be read</source>
        <translation>ihr Datum konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daylio.py" line="185"/>
        <source>its time could not be read</source>
        <translation>ihre Uhrzeit konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../peerjournal/errors.py" line="29"/>
        <source>That passphrase doesn&apos;t open this journal.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="35"/>
        <source>The file {path} is not a PeerJournal journal, or it is damaged.</source>
        <translation>Die Datei {path} ist kein PeerJournal-Tagebuch oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="41"/>
        <source>This journal was saved by a newer version of PeerJournal (format {found}; this version reads up to {supported}). Please update PeerJournal to open it. The journal has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von PeerJournal gespeichert (Format {found}; diese Version liest bis {supported}). Bitte aktualisiere PeerJournal, um es zu öffnen. Das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="54"/>
        <source>The disk is full, so this wasn&apos;t saved. Free some space on the disk, then try again.</source>
        <translation>Der Datenträger ist voll, deshalb wurde nichts gespeichert. Schaffe etwas Platz auf dem Datenträger und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="68"/>
        <source>The disk could not be written to, so this wasn&apos;t saved. Check that the disk is still there and has free space, then try again.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden, deshalb wurde nichts gespeichert. Prüfe, ob der Datenträger noch da ist und freien Platz hat, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="76"/>
        <source>There is already a journal at {path}.</source>
        <translation>Unter {path} gibt es schon ein Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="86"/>
        <source>This shared file can&apos;t be opened.</source>
        <translation>Diese geteilte Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="93"/>
        <source>This file was made for someone else, so it can&apos;t be opened here.</source>
        <translation>Diese Datei wurde für jemand anderen erstellt, daher kann sie hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="97"/>
        <source>This file is damaged or incomplete (or it is not a PeerJournal shared file).</source>
        <translation>Diese Datei ist beschädigt oder unvollständig (oder sie ist keine geteilte PeerJournal-Datei).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="101"/>
        <source>This file&apos;s signature doesn&apos;t match its content. It may have been changed on the way.</source>
        <translation>Die Signatur dieser Datei passt nicht zu ihrem Inhalt. Sie wurde vielleicht unterwegs verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="105"/>
        <source>This file was made by a newer version of PeerJournal. Please update to open it.</source>
        <translation>Diese Datei wurde mit einer neueren Version von PeerJournal erstellt. Bitte aktualisiere, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="109"/>
        <source>This file is too large to be a PeerJournal shared file.</source>
        <translation>Diese Datei ist zu groß für eine geteilte PeerJournal-Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="113"/>
        <source>This passphrase-protected file asks for an unreasonable amount of work to open, so it was not opened.</source>
        <translation>Diese mit Passphrase geschützte Datei verlangt einen unvernünftig hohen Aufwand zum Öffnen, daher wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="117"/>
        <source>This file opened, but what is inside is not a valid PeerJournal share.</source>
        <translation>Diese Datei ließ sich öffnen, aber ihr Inhalt ist keine gültige PeerJournal-Freigabe.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="121"/>
        <source>This file has already been imported. Nothing was added.</source>
        <translation>Diese Datei wurde schon importiert. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="125"/>
        <source>That is not a valid supporter key. A key starts with age1 and is 62 characters long.</source>
        <translation>Das ist kein gültiger Schlüssel einer Unterstützer:in. Ein Schlüssel beginnt mit age1 und ist 62 Zeichen lang.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="131"/>
        <source>This journal is damaged and can&apos;t be opened safely. Your newest good backup can be restored. The damaged file has not been changed.</source>
        <translation>Dieses Tagebuch ist beschädigt und kann nicht sicher geöffnet werden. Deine neueste funktionierende Sicherung kann wiederhergestellt werden. Die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="144"/>
        <source>This backup is damaged and can&apos;t be used. Nothing was changed.</source>
        <translation>Diese Sicherung ist beschädigt und kann nicht verwendet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="149"/>
        <source>The backup {path} seems to be open in another program, or it was not closed properly, so it can&apos;t be used as it is. Nothing was changed.</source>
        <translation>Die Sicherung {path} scheint in einem anderen Programm geöffnet zu sein oder wurde nicht richtig geschlossen, daher kann sie so nicht verwendet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="161"/>
        <source>This reply can&apos;t be opened. Nothing in your journal was changed.</source>
        <translation>Diese Antwort kann nicht geöffnet werden. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="165"/>
        <source>This reply was made for someone else&apos;s journal, so it can&apos;t be opened here. Nothing in your journal was changed.</source>
        <translation>Diese Antwort wurde für das Tagebuch von jemand anderem erstellt, daher kann sie hier nicht geöffnet werden. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="173"/>
        <source>This reply is signed by someone who is not one of your supporters, so it was not opened. Nothing in your journal was changed.</source>
        <translation>Diese Antwort ist nicht von einer deiner Unterstützer:innen signiert, daher wurde sie nicht geöffnet. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="181"/>
        <source>This reply is damaged or incomplete, or it was changed on the way, so it was not opened. Ask your supporter to send it again. Nothing in your journal was changed.</source>
        <translation>Diese Antwort ist beschädigt oder unvollständig oder wurde unterwegs verändert, daher wurde sie nicht geöffnet. Bitte deine Unterstützer:in, sie noch einmal zu schicken. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="189"/>
        <source>This reply was made by a newer version of PeerJournal. Please update PeerJournal to open it. Nothing in your journal was changed.</source>
        <translation>Diese Antwort wurde mit einer neueren Version von PeerJournal erstellt. Bitte aktualisiere PeerJournal, um sie zu öffnen. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="197"/>
        <source>This file is too large to be a reply from a supporter, so it was not opened. Nothing in your journal was changed.</source>
        <translation>Diese Datei ist zu groß für eine Antwort einer Unterstützer:in, daher wurde sie nicht geöffnet. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="205"/>
        <source>This file opened, but what is inside is not a valid reply from a supporter. Nothing in your journal was changed.</source>
        <translation>Diese Datei ließ sich öffnen, aber ihr Inhalt ist keine gültige Antwort einer Unterstützer:in. In deinem Tagebuch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/errors.py" line="213"/>
        <source>You have already opened this reply and decided on its suggestions, so nothing was added again. Your earlier choices are listed on the Sharing page.</source>
        <translation>Du hast diese Antwort schon geöffnet und über ihre Vorschläge entschieden, daher wurde nichts erneut hinzugefügt. Deine früheren Entscheidungen stehen auf der Seite „Teilen“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/signing.py" line="50"/>
        <source>This file is signed with an unsafe key that anyone could sign with, so who made it can&apos;t be known. It was not opened.</source>
        <translation>Diese Datei ist mit einem unsicheren Schlüssel signiert, mit dem jede:r signieren könnte, daher lässt sich nicht feststellen, wer sie erstellt hat. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="92"/>
        <source>Your passphrase is right, but the beginning of the journal file is damaged, so it can&apos;t be opened. Your newest good backup can be restored. The damaged file has not been changed.</source>
        <translation>Deine Passphrase stimmt, aber der Anfang der Tagebuchdatei ist beschädigt, daher kann sie nicht geöffnet werden. Deine neueste funktionierende Sicherung kann wiederhergestellt werden. Die beschädigte Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../peerjournal/ops/imports.py" line="105"/>
        <source>Please choose where each mood name goes on the 1–5 scale first: {names}. Nothing was imported.</source>
        <translation>Bitte wähle zuerst, wo jeder Stimmungsname auf der Skala von 1 bis 5 steht: {names}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/imports.py" line="111"/>
        <source>Please choose a kind of activity for the imported activities first. Nothing was imported.</source>
        <translation>Bitte wähle zuerst eine Art von Aktivität für die importierten Aktivitäten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/imports.py" line="148"/>
        <source>Row {row} of the file can&apos;t be imported: {why} Nothing was imported.</source>
        <translation>Zeile {row} der Datei kann nicht importiert werden: {why} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/bearable.py" line="41"/>
        <source>Its first line should name the columns Bearable writes (date, category, rating/amount).</source>
        <translation>Ihre erste Zeile sollte die Spalten nennen, die Bearable schreibt (date, category, rating/amount).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/bearable.py" line="72"/>
        <source>its mood rating is not a number</source>
        <translation>die Stimmungsbewertung ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/bearable.py" line="87"/>
        <location filename="../../peerjournal/core/imports/emoods.py" line="107"/>
        <source>its date could not be read</source>
        <translation>das Datum konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/csv_rows.py" line="30"/>
        <source>It could not be read as a CSV file (it may be cut off or damaged).</source>
        <translation>Sie konnte nicht als CSV-Datei gelesen werden (vielleicht ist sie abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/csv_rows.py" line="41"/>
        <source>it has {found} columns, not {expected}</source>
        <translation>sie hat {found} Spalten statt {expected}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daily_you.py" line="36"/>
        <source>It should hold a list of entries, as Daily You writes.</source>
        <translation>Sie sollte eine Liste von Einträgen enthalten, wie Daily You sie schreibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/daily_you.py" line="45"/>
        <source>its mood is not a number from -2 to 2</source>
        <translation>die Stimmung ist keine Zahl von -2 bis 2</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="33"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="33"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="34"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="34"/>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="51"/>
        <source>Its first line should name the columns eMoods writes (date, depressed, elevated).</source>
        <translation>Ihre erste Zeile sollte die Spalten nennen, die eMoods schreibt (date, depressed, elevated).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="66"/>
        <source>{what}: {level}</source>
        <translation>{what}: {level}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="67"/>
        <source>irritability</source>
        <translation>Reizbarkeit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="68"/>
        <source>anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="71"/>
        <source>Slept {hours} hours.</source>
        <translation>{hours} Stunden geschlafen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="78"/>
        <source>depressed: {depressed}, elevated: {elevated}</source>
        <translation>gedrückt: {depressed}, gehoben: {elevated}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/emoods.py" line="94"/>
        <source>a rating is not none, mild, moderate or severe (0–3)</source>
        <translation>eine Bewertung ist nicht none, mild, moderate oder severe (0–3)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="112"/>
        <source>This file is not a Daylio export.</source>
        <translation>Diese Datei ist kein Daylio-Export.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="113"/>
        <source>This file is not a jrnl JSON export.</source>
        <translation>Diese Datei ist kein JSON-Export aus jrnl.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="114"/>
        <source>This file is not a Pixels backup.</source>
        <translation>Diese Datei ist keine Pixels-Sicherung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="115"/>
        <source>This file is not an eMoods CSV export.</source>
        <translation>Diese Datei ist kein CSV-Export aus eMoods.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="116"/>
        <source>This file is not a Bearable CSV export.</source>
        <translation>Diese Datei ist kein CSV-Export aus Bearable.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="117"/>
        <source>This file is not a Daily You JSON export.</source>
        <translation>Diese Datei ist kein JSON-Export aus Daily You.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="123"/>
        <source>{what} {why} Nothing was imported.</source>
        <translation>{what} {why} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="130"/>
        <source>Row {row} of this {app} file can&apos;t be read: {why}. Nothing was imported.</source>
        <translation>Zeile {row} dieser {app}-Datei kann nicht gelesen werden: {why}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="132"/>
        <source>Entry {row} of this {app} file can&apos;t be read: {why}. Nothing was imported.</source>
        <translation>Eintrag {row} dieser {app}-Datei kann nicht gelesen werden: {why}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="141"/>
        <source>It is not UTF-8 text as the app writes it.</source>
        <translation>Sie ist kein UTF-8-Text, wie die App ihn schreibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="150"/>
        <source>It could not be read as JSON (it may be cut off or damaged).</source>
        <translation>Sie konnte nicht als JSON gelesen werden (vielleicht ist sie abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="158"/>
        <source>It has no entries in it.</source>
        <translation>Es stehen keine Einträge darin.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/entries.py" line="161"/>
        <source>its note is longer than {limit} characters</source>
        <translation>die Notiz ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/formats.py" line="86"/>
        <source>PeerJournal can&apos;t tell which app this file came from. It reads exports from Daylio, jrnl, Pixels, eMoods, Bearable and Daily You; if it is one of those, choose the app and try again. Nothing was imported.</source>
        <translation>PeerJournal kann nicht erkennen, aus welcher App diese Datei stammt. Es liest Exporte aus Daylio, jrnl, Pixels, eMoods, Bearable und Daily You; wenn sie aus einer davon stammt, wähle die App und versuche es noch einmal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/jrnl.py" line="28"/>
        <source>no mood recorded</source>
        <translation>keine Stimmung notiert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/jrnl.py" line="35"/>
        <source>It should hold a list of “entries”, as jrnl writes.</source>
        <translation>Sie sollte eine Liste „entries“ enthalten, wie jrnl sie schreibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/json_fields.py" line="34"/>
        <source>it is not an entry</source>
        <translation>das ist kein Eintrag</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/json_fields.py" line="45"/>
        <location filename="../../peerjournal/core/imports/json_fields.py" line="54"/>
        <source>its date or time could not be read</source>
        <translation>Datum oder Uhrzeit konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/json_fields.py" line="66"/>
        <source>its “{field}” is not what the app writes</source>
        <translation>„{field}“ ist nicht das, was die App schreibt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/pixels.py" line="40"/>
        <source>It should hold a list of days, as Pixels writes.</source>
        <translation>Sie sollte eine Liste von Tagen enthalten, wie Pixels sie schreibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/imports/pixels.py" line="58"/>
        <source>its mood is not a score from 1 to 5</source>
        <translation>die Stimmung ist kein Wert von 1 bis 5</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="29"/>
        <source>These are patterns in your own notes, not causes. Many things shape a day, and these only show what tended to happen together.</source>
        <translation>Das sind Muster in deinen eigenen Notizen, keine Ursachen. Viele Dinge prägen einen Tag, und diese zeigen nur, was oft zusammen vorkam.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="34"/>
        <source>Nothing stands out so far: your mood was much the same on days with and without each of the things compared.</source>
        <translation>Bisher fällt nichts auf: Deine Stimmung war an Tagen mit und ohne jedes der verglichenen Dinge ungefähr gleich.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="39"/>
        <source>Patterns show here once there are at least {min_days} days with a check-in on each side of a comparison.</source>
        <translation>Muster erscheinen hier, sobald es auf jeder Seite eines Vergleichs mindestens {min_days} Tage mit einem Check-in gibt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="86"/>
        <source>On days you saw someone in person</source>
        <translation>An Tagen, an denen du jemanden persönlich getroffen hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="87"/>
        <source>On days with an activity under &quot;{label}&quot;</source>
        <translation>An Tagen mit einer Aktivität unter &quot;{label}&quot;</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="88"/>
        <source>On days you were in touch with {label}</source>
        <translation>An Tagen, an denen du mit {label} Kontakt hattest</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="89"/>
        <source>On days you noted {label}</source>
        <translation>An Tagen, an denen du {label} notiert hast</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="95"/>
        <source>{opening}, your mood tended to be higher than on other days: about {with_mood} against {without_mood} ({with_days} with, {without_days} without).</source>
        <translation>{opening}, war deine Stimmung meist höher als an anderen Tagen: etwa {with_mood} gegenüber {without_mood} ({with_days} mit, {without_days} ohne).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="98"/>
        <source>{opening}, your mood tended to be a little higher than on other days: about {with_mood} against {without_mood} ({with_days} with, {without_days} without).</source>
        <translation>{opening}, war deine Stimmung meist etwas höher als an anderen Tagen: etwa {with_mood} gegenüber {without_mood} ({with_days} mit, {without_days} ohne).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="101"/>
        <source>{opening}, your mood tended to be lower than on other days: about {with_mood} against {without_mood} ({with_days} with, {without_days} without).</source>
        <translation>{opening}, war deine Stimmung meist niedriger als an anderen Tagen: etwa {with_mood} gegenüber {without_mood} ({with_days} mit, {without_days} ohne).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/better_days.py" line="104"/>
        <source>{opening}, your mood tended to be a little lower than on other days: about {with_mood} against {without_mood} ({with_days} with, {without_days} without).</source>
        <translation>{opening}, war deine Stimmung meist etwas niedriger als an anderen Tagen: etwa {with_mood} gegenüber {without_mood} ({with_days} mit, {without_days} ohne).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="51"/>
        <source>{name}: {days} since you were last in touch; usually about every {usual}.</source>
        <translation>{name}: {days} seit eurem letzten Kontakt; normalerweise etwa alle {usual}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="66"/>
        <source>No in-person contact is noted yet.</source>
        <translation>Es ist noch kein persönlicher Kontakt eingetragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="68"/>
        <source>You saw someone in person today.</source>
        <translation>Du hast heute jemanden persönlich getroffen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="70"/>
        <source>It&apos;s been {days} since you last saw someone in person.</source>
        <translation>Es ist {days} her, seit du zuletzt jemanden persönlich getroffen hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/connection.py" line="72"/>
        <source>This month you&apos;ve been in touch with {this_month} so far; last month, {last_month}.</source>
        <translation>Diesen Monat hattest du bisher mit {this_month} Kontakt; letzten Monat mit {last_month}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="120"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="121"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="122"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="123"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/history.py" line="124"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="26"/>
        <source>Nobody is down yet for practical help. Some people find this through a neighbour, a local community group or a volunteer service.</source>
        <translation>Für praktische Hilfe ist noch niemand eingetragen. Manche finden sie über Nachbar:innen, eine Gruppe im Viertel oder einen ehrenamtlichen Dienst.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="29"/>
        <source>Only professionals are down for practical help so far. Some people also find it through a neighbour, a community group or a time bank.</source>
        <translation>Für praktische Hilfe sind bisher nur Fachpersonen eingetragen. Manche finden sie auch über Nachbar:innen, eine Gruppe im Viertel oder eine Zeitbank.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="34"/>
        <source>Nobody is down yet for emotional support. Some people find this through a peer support group or a listening line.</source>
        <translation>Für emotionale Unterstützung ist noch niemand eingetragen. Manche finden sie in einer Selbsthilfegruppe oder bei einem Sorgentelefon.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="37"/>
        <source>Only professionals are down for emotional support so far. Some people also find it in a peer support group, a friend or a listening line.</source>
        <translation>Für emotionale Unterstützung sind bisher nur Fachpersonen eingetragen. Manche finden sie auch in einer Selbsthilfegruppe, bei Freund:innen oder bei einem Sorgentelefon.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="42"/>
        <source>Nobody is down yet for advice or information. Some people find this through an advice centre, a library or a peer-led service.</source>
        <translation>Für Rat oder Information ist noch niemand eingetragen. Manche finden das über eine Beratungsstelle, eine Bücherei oder ein von Peers geleitetes Angebot.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="45"/>
        <source>Only professionals are down for advice so far. Some people also ask others with lived experience, in a peer group or an online forum.</source>
        <translation>Für Rat sind bisher nur Fachpersonen eingetragen. Manche fragen auch andere mit eigener Erfahrung, in einer Peer-Gruppe oder einem Online-Forum.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="50"/>
        <source>Nobody is down yet for company. Some people find this through a group or club, volunteering, or a drop-in.</source>
        <translation>Für Gesellschaft ist noch niemand eingetragen. Manche finden sie über eine Gruppe oder einen Verein, ein Ehrenamt oder einen offenen Treff.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="53"/>
        <source>Only professionals are down for company so far. Some people find company through a group or club, a class, or volunteering.</source>
        <translation>Für Gesellschaft sind bisher nur Fachpersonen eingetragen. Manche finden Gesellschaft über eine Gruppe oder einen Verein, einen Kurs oder ein Ehrenamt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="58"/>
        <source>Nobody is down yet for help in a crisis. Some people keep a crisis line number to hand, or ask someone they trust whether they could be on this list.</source>
        <translation>Für Hilfe in einer Krise ist noch niemand eingetragen. Manche haben die Nummer eines Krisentelefons griffbereit oder fragen eine Vertrauensperson, ob sie auf dieser Liste stehen möchte.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/network.py" line="61"/>
        <source>Only professionals are down for help in a crisis so far. Some people also keep a crisis line number to hand, or add someone they trust.</source>
        <translation>Für Hilfe in einer Krise sind bisher nur Fachpersonen eingetragen. Manche haben auch die Nummer eines Krisentelefons griffbereit oder tragen eine Vertrauensperson ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/trackers.py" line="78"/>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/trackers.py" line="122"/>
        <source>4 or 5 ({word})</source>
        <translation>4 oder 5 ({word})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/insights/trackers.py" line="128"/>
        <source>more than {value}</source>
        <translation>mehr als {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="17"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="18"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>key_backup</name>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="55"/>
        <source>Please choose a passphrase of at least {n} characters.</source>
        <translation>Bitte wähle eine Passphrase mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="67"/>
        <source>This computer protected the backup more strongly than other computers will open.</source>
        <translation>Dieser Computer hat die Sicherung stärker geschützt, als andere Computer öffnen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="75"/>
        <source>your key backup</source>
        <translation>deine Schlüsselsicherung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="81"/>
        <source>The key backup was saved but did not open again as it should. Please save it somewhere else, for example on another USB stick.</source>
        <translation>Die Schlüsselsicherung wurde gespeichert, ließ sich aber nicht richtig wieder öffnen. Bitte speichere sie woanders, zum Beispiel auf einem anderen USB-Stick.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="88"/>
        <source>This key backup is damaged or incomplete (or it is not a PeerJournal key backup). If you have another copy, try that one.</source>
        <translation>Diese Schlüsselsicherung ist beschädigt oder unvollständig (oder keine Schlüsselsicherung von PeerJournal). Wenn du eine andere Kopie hast, versuch es mit dieser.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="97"/>
        <source>That is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="101"/>
        <source>The key backup couldn&apos;t be read.</source>
        <translation>Die Schlüsselsicherung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="116"/>
        <source>That passphrase doesn&apos;t open this key backup. Please check it and try again (capital letters count).</source>
        <translation>Diese Passphrase öffnet die Schlüsselsicherung nicht. Bitte prüf sie und versuch es noch einmal (Groß- und Kleinschreibung zählt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="130"/>
        <source>This key backup was made by a newer PeerJournal. Please update PeerJournal first.</source>
        <translation>Diese Schlüsselsicherung wurde mit einem neueren PeerJournal erstellt. Bitte aktualisiere zuerst PeerJournal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ops/key_backup.py" line="144"/>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>Bitte gib die Passphrase der Sicherung ein.</translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="29"/>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Eine Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="66"/>
        <source>Please use at least {n} characters. A few ordinary words in a row work well.</source>
        <translation>Bitte verwende mindestens {n} Zeichen. Ein paar gewöhnliche Wörter hintereinander funktionieren gut.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="72"/>
        <source>A passphrase cannot be only spaces.</source>
        <translation>Eine Passphrase darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="79"/>
        <source>Type a passphrase.</source>
        <translation>Gib eine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="95"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>Zu kurz: Verwende mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="96"/>
        <source>Weak: a few more words would make it much stronger.</source>
        <translation>Schwach: Ein paar Wörter mehr würden sie viel stärker machen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="97"/>
        <source>Fair: one or two more words would help.</source>
        <translation>Mittel: Ein oder zwei Wörter mehr würden helfen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="98"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/keying.py" line="99"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="72"/>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="110"/>
        <source>That is far too long to be a key.</source>
        <translation>Das ist viel zu lang für einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="86"/>
        <source>The secret key in that file is not valid.</source>
        <translation>Der geheime Schlüssel in dieser Datei ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="102"/>
        <source>That holds more than one key. Please give just your supporter&apos;s key.</source>
        <translation>Darin ist mehr als ein Schlüssel. Bitte gib nur den Schlüssel deiner Unterstützer:in an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="114"/>
        <source>That is far too long to be a key file.</source>
        <translation>Das ist viel zu lang für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="120"/>
        <source>That is not a key file with one secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Das ist keine Schlüsseldatei mit einem geheimen Schlüssel (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="124"/>
        <source>That is not a valid secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Das ist kein gültiger geheimer Schlüssel (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/keys.py" line="221"/>
        <source>That is not a valid PeerJournal signing key.</source>
        <translation>Das ist kein gültiger PeerJournal-Signaturschlüssel.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="116"/>
        <source>The signing part of that key (after ed25519:) is not a safe key: anyone could sign replies with it. Please ask your supporter for their key again.</source>
        <translation>Der Signaturteil dieses Schlüssels (nach ed25519:) ist kein sicherer Schlüssel: Jede:r könnte damit Antworten signieren. Bitte frag deine Unterstützer:in noch einmal nach dem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="121"/>
        <source>The signing part of that key (after ed25519:) is incomplete or not valid. Please copy the whole key again.</source>
        <translation>Der Signaturteil dieses Schlüssels (nach ed25519:) ist unvollständig oder nicht gültig. Bitte kopiere den ganzen Schlüssel noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="126"/>
        <source>That holds more than one signing key. Please give just your supporter&apos;s key.</source>
        <translation>Darin ist mehr als ein Signaturschlüssel. Bitte gib nur den Schlüssel deiner Unterstützer:in an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/supporter_key.py" line="132"/>
        <source>The fingerprint written in that key file doesn&apos;t match the key in it. Please ask your supporter for their key again.</source>
        <translation>Der Fingerabdruck in dieser Schlüsseldatei passt nicht zum Schlüssel darin. Bitte frag deine Unterstützer:in noch einmal nach dem Schlüssel.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="60"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="61"/>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="96"/>
        <source>What you type is hidden. It is never saved anywhere.</source>
        <translation>Was du tippst, ist verborgen. Es wird nirgendwo gespeichert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="100"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="101"/>
        <source>Goes on with this passphrase.</source>
        <translation>Macht mit dieser Passphrase weiter.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/ui/widgets/messages.py" line="104"/>
        <source>Closes this question. Nothing is changed.</source>
        <translation>Schließt diese Frage. Es wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>network_history</name>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="76"/>
        <source>A snapshot needs a time with a time zone.</source>
        <translation>Eine Momentaufnahme braucht eine Uhrzeit mit Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="79"/>
        <source>A snapshot needs a short reason.</source>
        <translation>Eine Momentaufnahme braucht einen kurzen Grund.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="85"/>
        <source>Everyone in a snapshot needs a name.</source>
        <translation>Alle in einer Momentaufnahme brauchen einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="93"/>
        <source>Unknown choice in a snapshot: {what}</source>
        <translation>Unbekannte Auswahl in einer Momentaufnahme: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="96"/>
        <source>A last contact needs a time with a time zone.</source>
        <translation>Ein letzter Kontakt braucht eine Uhrzeit mit Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/network_history.py" line="98"/>
        <source>{name} is in the snapshot twice.</source>
        <translation>{name} ist zweimal in der Momentaufnahme.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="65"/>
        <source>Time for your check-in</source>
        <translation>Zeit für deinen Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="66"/>
        <source>Who were you in touch with today?</source>
        <translation>Mit wem hattest du heute Kontakt?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="67"/>
        <source>What did you do today?</source>
        <translation>Was hast du heute gemacht?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="68"/>
        <source>Staying in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="69"/>
        <source>A gentle hello</source>
        <translation>Ein freundliches Hallo</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="70"/>
        <source>Who you can call on</source>
        <translation>An wen du dich wenden kannst</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="71"/>
        <source>Looking back on a goal</source>
        <translation>Auf ein Ziel zurückblicken</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="74"/>
        <source>How are you today? A short check-in takes about a minute.</source>
        <translation>Wie geht es dir heute? Ein kurzer Check-in dauert etwa eine Minute.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="75"/>
        <source>Were you in touch with anyone today? A message or a chat counts too.</source>
        <translation>Hattest du heute mit jemandem Kontakt? Eine Nachricht oder ein kurzes Gespräch zählt auch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="77"/>
        <source>Did you do something today you&apos;d like to note, big or small?</source>
        <translation>Hast du heute etwas gemacht, das du festhalten möchtest, ob groß oder klein?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="79"/>
        <source>There is someone you wanted to keep in touch with.</source>
        <translation>Da ist jemand, mit dem du in Kontakt bleiben wolltest.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="80"/>
        <source>It&apos;s been a few days since you noted time with someone. Would you like to reach out to someone today?</source>
        <translation>Seit du zuletzt Zeit mit jemandem eingetragen hast, sind ein paar Tage vergangen. Möchtest du dich heute bei jemandem melden?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="84"/>
        <source>When you have a moment: would you like to look at who you can call on? It&apos;s been a few months.</source>
        <translation>Wenn du einen Moment hast: Möchtest du dir ansehen, an wen du dich wenden kannst? Es ist ein paar Monate her.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="87"/>
        <source>A goal is ready to look back on, whenever suits you.</source>
        <translation>Ein Ziel ist bereit für einen Rückblick, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="89"/>
        <source>When you have a moment: would you like to look at who you can call on? It takes a few minutes.</source>
        <translation>Wenn du einen Moment hast: Möchtest du dir ansehen, an wen du dich wenden kannst? Es dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="131"/>
        <source>Prompts a day must be between 1 and 20.</source>
        <translation>Erinnerungen pro Tag müssen zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="133"/>
        <source>The number of days must be between 1 and 60.</source>
        <translation>Die Anzahl der Tage muss zwischen 1 und 60 liegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="135"/>
        <source>The check can be offered every 30 to 365 days.</source>
        <translation>Der Ressourcen-Check kann alle 30 bis 365 Tage angeboten werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="139"/>
        <source>A reminder time can ask for a check-in, contacts or activities.</source>
        <translation>Eine Erinnerungszeit kann nach einem Check-in, Kontakten oder Aktivitäten fragen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="142"/>
        <source>Please choose at least one day for each reminder time.</source>
        <translation>Bitte wähle für jede Erinnerungszeit mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="216"/>
        <source>“{title}” is ready to look back on, whenever suits you.</source>
        <translation>„{title}“ ist bereit für einen Rückblick, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="218"/>
        <source>“{title}” and one other goal are ready to look back on, whenever suits you.</source>
        <translation>„{title}“ und ein weiteres Ziel sind bereit für einen Rückblick, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="221"/>
        <source>“{title}” and {n} other goals are ready to look back on, whenever suits you.</source>
        <translation>„{title}“ und {n} weitere Ziele sind bereit für einen Rückblick, wann immer es dir passt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="229"/>
        <source>You wanted to keep in touch with {name}. You last noted time with them on {day}. Would you like to get in touch?</source>
        <translation>Du wolltest mit {name} in Kontakt bleiben. Zuletzt hast du am {day} Zeit mit {name} eingetragen. Möchtest du dich melden?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="234"/>
        <source>You wanted to keep in touch with {name}. Would you like to get in touch?</source>
        <translation>Du wolltest mit {name} in Kontakt bleiben. Möchtest du dich melden?</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="238"/>
        <source>It&apos;s been 1 day since you noted time with someone.</source>
        <translation>Seit du zuletzt Zeit mit jemandem eingetragen hast, ist 1 Tag vergangen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="239"/>
        <source>It&apos;s been {n} days since you noted time with someone.</source>
        <translation>Seit du zuletzt Zeit mit jemandem eingetragen hast, sind {n} Tage vergangen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="241"/>
        <source>{names} might be glad to hear from you.</source>
        <translation>{names} würde sich vielleicht freuen, von dir zu hören.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="244"/>
        <source>{activity} felt good before.</source>
        <translation>{activity} hat dir früher gutgetan.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="246"/>
        <source>Only if it feels right today.</source>
        <translation>Nur wenn es sich heute richtig anfühlt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/prompts.py" line="254"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../peerjournal/core/records.py" line="34"/>
        <source>Please choose a mood.</source>
        <translation>Bitte wähle eine Stimmung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="35"/>
        <source>A mood must be between {low} and {high}.</source>
        <translation>Eine Stimmung muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="36"/>
        <source>Please choose your energy.</source>
        <translation>Bitte wähle deine Energie.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="37"/>
        <source>Energy must be between {low} and {high}.</source>
        <translation>Die Energie muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="38"/>
        <source>Please choose how it felt.</source>
        <translation>Bitte wähle, wie es sich angefühlt hat.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="39"/>
        <source>How it felt must be between {low} and {high}.</source>
        <translation>„Wie es sich anfühlte“ muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="41"/>
        <source>Please give a name.</source>
        <translation>Bitte gib einen Namen an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="42"/>
        <source>A name can be at most {limit} characters.</source>
        <translation>Ein Name darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="43"/>
        <source>Please give a kind of activity.</source>
        <translation>Bitte gib eine Art von Aktivität an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="44"/>
        <source>A kind of activity can be at most {limit} characters.</source>
        <translation>Eine Art von Aktivität darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="45"/>
        <source>Please give what you did.</source>
        <translation>Bitte gib an, was du gemacht hast.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="46"/>
        <source>What you did can be at most {limit} characters.</source>
        <translation>„Was du gemacht hast“ darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="47"/>
        <source>Please give a word.</source>
        <translation>Bitte gib ein Wort an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="48"/>
        <source>A word can be at most {limit} characters.</source>
        <translation>Ein Wort darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="57"/>
        <source>A time must say which time zone it is in.</source>
        <translation>Bei einer Uhrzeit muss die Zeitzone angegeben sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="59"/>
        <source>That date is in the future. Please pick today or an earlier day.</source>
        <translation>Dieses Datum liegt in der Zukunft. Bitte wähle heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="80"/>
        <source>A note can be at most {limit} characters.</source>
        <translation>Eine Notiz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="143"/>
        <source>Unknown choice: {what}</source>
        <translation>Unbekannte Auswahl: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="163"/>
        <source>Please choose who the contact was with.</source>
        <translation>Bitte wähle, mit wem der Kontakt war.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="167"/>
        <source>Unknown way of contact: {mode}.</source>
        <translation>Unbekannte Art des Kontakts: {mode}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/records.py" line="170"/>
        <source>A duration must be between 1 minute and 24 hours.</source>
        <translation>Eine Dauer muss zwischen 1 Minute und 24 Stunden liegen.</translation>
    </message>
</context>
<context>
    <name>reply_repo</name>
    <message>
        <location filename="../../peerjournal/storage/sharing/replies.py" line="234"/>
        <source>Please accept or decline each suggestion first.</source>
        <translation>Bitte nimm zuerst jeden Vorschlag an oder lehne ihn ab.</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="94"/>
        <source>That check-in is no longer in the journal.</source>
        <translation>Dieser Check-in ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="95"/>
        <source>That person is no longer in the journal.</source>
        <translation>Diese Person ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="96"/>
        <source>That contact is no longer in the journal.</source>
        <translation>Dieser Kontakt ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="97"/>
        <source>That activity is no longer in the journal.</source>
        <translation>Diese Aktivität ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="98"/>
        <source>That goal is no longer in the journal.</source>
        <translation>Dieses Ziel ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="99"/>
        <source>That place is no longer in the journal.</source>
        <translation>Dieser Ort ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="100"/>
        <source>That question is no longer in the journal.</source>
        <translation>Diese Frage ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="101"/>
        <source>That check is no longer in the journal.</source>
        <translation>Dieser Ressourcen-Check ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="102"/>
        <source>That snapshot is no longer in the journal.</source>
        <translation>Diese Momentaufnahme ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="103"/>
        <source>That supporter is no longer in the journal.</source>
        <translation>Diese Unterstützer:in ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="104"/>
        <source>That tracker is no longer in the journal.</source>
        <translation>Dieser Tracker ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="111"/>
        <source>That {what} is no longer in the journal.</source>
        <translation>Das gesuchte Element ({what}) ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="516"/>
        <source>{name} appears in your journal, so they can be archived but not deleted.</source>
        <translation>{name} kommt in deinem Tagebuch vor, daher kann die Person archiviert, aber nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/journal.py" line="749"/>
        <source>Please choose between 1 day and a year.</source>
        <translation>Bitte wähle zwischen 1 Tag und einem Jahr.</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="102"/>
        <source>Please write the question, for example “give me a lift somewhere”.</source>
        <translation>Bitte schreib die Frage auf, zum Beispiel „mich irgendwohin fahren“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="104"/>
        <source>A question can be at most {n} characters.</source>
        <translation>Eine Frage darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="123"/>
        <source>Unknown part of the check: {part}.</source>
        <translation>Unbekannter Teil des Ressourcen-Checks: {part}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="143"/>
        <source>Unknown choice: {what}</source>
        <translation>Unbekannte Auswahl: {what}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="147"/>
        <source>Who could {what}? Please choose someone, or pick “Not sure”.</source>
        <translation>Wer könnte {what}? Bitte wähle jemanden aus oder wähle „Nicht sicher“.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="163"/>
        <source>A time must say which time zone it is in.</source>
        <translation>Bei einer Uhrzeit muss die Zeitzone angegeben sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="165"/>
        <source>That date is in the future. Please pick today or an earlier day.</source>
        <translation>Dieses Datum liegt in der Zukunft. Bitte wähle heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="168"/>
        <source>Nothing is answered yet. Answer any of the questions you like, then save.</source>
        <translation>Es ist noch nichts beantwortet. Beantworte die Fragen, die du möchtest, und speichere dann.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/connecting/resources.py" line="173"/>
        <source>A question is answered twice.</source>
        <translation>Eine Frage ist doppelt beantwortet.</translation>
    </message>
</context>
<context>
    <name>second_place</name>
    <message>
        <location filename="../../peerjournal/storage/files/second_place.py" line="92"/>
        <source>The second place for backups, {name}, is not there right now (a USB stick may be unplugged). The backup beside your journal is fine.</source>
        <translation>Der zweite Ort für Sicherungen, {name}, ist gerade nicht da (vielleicht ist ein USB-Stick nicht eingesteckt). Die Sicherung neben deinem Tagebuch ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/second_place.py" line="156"/>
        <source>Could not copy the backup to {name}: it is full. The backup beside your journal is fine. Free some space there, or choose another place.</source>
        <translation>Die Sicherung konnte nicht nach {name} kopiert werden: Dort ist kein Platz mehr. Die Sicherung neben deinem Tagebuch ist in Ordnung. Mach dort etwas Platz frei oder wähle einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/second_place.py" line="160"/>
        <source>Could not copy the backup to {name}: it can&apos;t be written to (it may be read-only). The backup beside your journal is fine.</source>
        <translation>Die Sicherung konnte nicht nach {name} kopiert werden: Dort kann nichts gespeichert werden (vielleicht ist er schreibgeschützt). Die Sicherung neben deinem Tagebuch ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/second_place.py" line="164"/>
        <source>The second place for backups, {name}, went away during the copy (a USB stick may have been unplugged). The backup beside your journal is fine.</source>
        <translation>Der zweite Ort für Sicherungen, {name}, ist während des Kopierens verschwunden (vielleicht wurde ein USB-Stick abgezogen). Die Sicherung neben deinem Tagebuch ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/files/second_place.py" line="167"/>
        <source>Could not copy the backup to {name}. The backup beside your journal is fine.</source>
        <translation>Die Sicherung konnte nicht nach {name} kopiert werden. Die Sicherung neben deinem Tagebuch ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <location filename="../../peerjournal/storage/files/settings_file.py" line="157"/>
        <source>The {what} file was saved by a newer version of PeerJournal (format {found}; this version reads up to {supported}). Defaults are used for now and changes won&apos;t be saved, so nothing is lost when you go back to the newer version.</source>
        <translation>Die Datei „{what}“ wurde mit einer neueren Version von PeerJournal gespeichert (Format {found}; diese Version liest bis {supported}). Vorerst werden Standardwerte verwendet und Änderungen werden nicht gespeichert, damit nichts verloren geht, wenn du zur neueren Version zurückkehrst.</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="39"/>
        <source>Mood check-ins</source>
        <translation>Stimmungs-Check-ins</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="40"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="41"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="42"/>
        <source>People and network</source>
        <translation>Menschen und Netzwerk</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="43"/>
        <source>Summary figures</source>
        <translation>Zahlen im Überblick</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="44"/>
        <source>My support plan</source>
        <translation>Mein Unterstützungsplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="45"/>
        <source>Do I know someone who could…? (resource check)</source>
        <translation>Kenne ich jemanden, der … könnte? (Ressourcen-Check)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="46"/>
        <source>Goals and reviews</source>
        <translation>Ziele und Rückblicke</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="47"/>
        <source>Network snapshots</source>
        <translation>Momentaufnahmen des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="48"/>
        <source>My crisis plan</source>
        <translation>Mein Krisenplan</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="49"/>
        <source>My trackers</source>
        <translation>Meine Tracker</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="70"/>
        <source>Full names</source>
        <translation>Vollständige Namen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="71"/>
        <source>First names only</source>
        <translation>Nur Vornamen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="72"/>
        <source>No names (Person A, Person B…)</source>
        <translation>Keine Namen (Person A, Person B…)</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="91"/>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="93"/>
        <source>The period can&apos;t end in the future.</source>
        <translation>Der Zeitraum darf nicht in der Zukunft enden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="95"/>
        <source>Please choose at least one thing to share.</source>
        <translation>Bitte wähle mindestens eine Sache zum Teilen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="97"/>
        <source>The message can be at most {n} characters.</source>
        <translation>Die Nachricht darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/options.py" line="100"/>
        <source>Your name can be at most {n} characters.</source>
        <translation>Dein Name darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="82"/>
        <source>Opening this passphrase-protected file needs about {gib} GB of free memory, more than this computer has free now. Close other programs and try again, or ask for a file made for your key instead.</source>
        <translation>Zum Öffnen dieser mit Passphrase geschützten Datei braucht es etwa {gib} GB freien Arbeitsspeicher, mehr als dieser Computer gerade frei hat. Schließe andere Programme und versuche es noch einmal, oder bitte um eine Datei, die für deinen Schlüssel erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="103"/>
        <source>This share can&apos;t be made: something in it is not valid ({problem}).</source>
        <translation>Diese Freigabe kann nicht erstellt werden: Etwas darin ist nicht gültig ({problem}).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="112"/>
        <source>This share would be too large to open. Choose a shorter period, fewer sections or leave out the notes.</source>
        <translation>Diese Freigabe wäre zu groß zum Öffnen. Wähle einen kürzeren Zeitraum, weniger Teile oder lass die Notizen weg.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="140"/>
        <source>Please choose a passphrase.</source>
        <translation>Bitte wähle eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="146"/>
        <source>This computer protected the file more strongly than other computers will open. Please share with your supporter&apos;s key instead.</source>
        <translation>Dieser Computer hat die Datei stärker geschützt, als andere Computer öffnen können. Bitte teile stattdessen mit dem Schlüssel deiner Unterstützer:in.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="158"/>
        <location filename="../../peerjournal/core/sharing/package.py" line="176"/>
        <source>The file couldn&apos;t be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="160"/>
        <location filename="../../peerjournal/core/sharing/package.py" line="172"/>
        <source>That is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="187"/>
        <source>This file is protected with a passphrase, not made for your key. If you were given its passphrase, open it as a passphrase-protected file.</source>
        <translation>Diese Datei ist mit einer Passphrase geschützt, nicht für deinen Schlüssel erstellt. Wenn du ihre Passphrase bekommen hast, öffne sie als mit Passphrase geschützte Datei.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="196"/>
        <source>This file was made for a supporter&apos;s key, not protected with a passphrase.</source>
        <translation>Diese Datei wurde für den Schlüssel einer Unterstützer:in erstellt, nicht mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="204"/>
        <source>This file was not made for your key, so it can&apos;t be opened here (or the start of the file is damaged).</source>
        <translation>Diese Datei wurde nicht für deinen Schlüssel erstellt, daher kann sie hier nicht geöffnet werden (oder der Anfang der Datei ist beschädigt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="211"/>
        <source>That passphrase doesn&apos;t open this file (or the file is damaged).</source>
        <translation>Diese Passphrase öffnet diese Datei nicht (oder die Datei ist beschädigt).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/sharing/package.py" line="253"/>
        <source>This file was made for someone else and passed on to you, so it was not opened.</source>
        <translation>Diese Datei wurde für jemand anderen erstellt und an dich weitergegeben, daher wurde sie nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>sharing_repo</name>
    <message>
        <location filename="../../peerjournal/storage/sharing/replies.py" line="161"/>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="118"/>
        <source>You have already added this supporter (as {name}).</source>
        <translation>Du hast diese Unterstützer:in schon hinzugefügt (als {name}).</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="68"/>
        <source>Please give your supporter a name.</source>
        <translation>Bitte gib deiner Unterstützer:in einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/sharing/shares.py" line="71"/>
        <source>A supporter&apos;s name can be at most {n} characters.</source>
        <translation>Der Name einer Unterstützer:in darf höchstens {n} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="45"/>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="47"/>
        <source>The period can&apos;t end in the future.</source>
        <translation>Der Zeitraum darf nicht in der Zukunft enden.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/summary/model.py" line="49"/>
        <source>Please choose at least one thing to put in the summary.</source>
        <translation>Bitte wähle mindestens eine Sache für die Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>supporter_store</name>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="48"/>
        <source>That person is no longer in your supporter vault.</source>
        <translation>Diese Person ist nicht mehr in deinem Unterstützungs-Tresor.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="50"/>
        <source>That entry is no longer in your directory.</source>
        <translation>Dieser Eintrag ist nicht mehr in deinem Wegweiser.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="52"/>
        <source>That shared file is no longer in your supporter vault.</source>
        <translation>Diese geteilte Datei ist nicht mehr in deinem Unterstützungs-Tresor.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="54"/>
        <source>That {what} is no longer in your supporter vault.</source>
        <translation>Das gesuchte Element ({what}) ist nicht mehr in deinem Unterstützungs-Tresor.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="111"/>
        <source>Please give this person a name.</source>
        <translation>Bitte gib dieser Person einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="113"/>
        <source>A name can be at most {n} characters.</source>
        <translation>Ein Name darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="356"/>
        <source>A note can be at most {n} characters.</source>
        <translation>Eine Notiz darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/supporter/store.py" line="376"/>
        <source>What you agreed can be at most {n} characters.</source>
        <translation>Was ihr vereinbart habt, darf höchstens {n} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="41"/>
        <source>Feeling {feelings}</source>
        <translation>Gefühle: {feelings}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="42"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="50"/>
        <source>{how} with {names}</source>
        <translation>{how} mit {names}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/timeline.py" line="55"/>
        <source>{text} (with {names})</source>
        <translation>{text} (mit {names})</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/timeline_pages.py" line="205"/>
        <source>{tracker}: {value}</source>
        <translation>{tracker}: {value}</translation>
    </message>
</context>
<context>
    <name>trackers</name>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="37"/>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="38"/>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="39"/>
        <source>A scale from 1 to 5</source>
        <translation>Eine Skala von 1 bis 5</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="40"/>
        <source>A short list of choices</source>
        <translation>Eine kurze Auswahlliste</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="82"/>
        <source>Please choose what kind of tracker this is.</source>
        <translation>Bitte wähle, welche Art von Tracker das ist.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="83"/>
        <source>Please give the tracker a name.</source>
        <translation>Bitte gib dem Tracker einen Namen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="84"/>
        <source>A tracker&apos;s name can be at most {limit} characters.</source>
        <translation>Der Name eines Trackers kann höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="89"/>
        <source>A unit can be at most {limit} characters.</source>
        <translation>Eine Einheit kann höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="92"/>
        <source>Please give your own words for both ends of the scale.</source>
        <translation>Bitte gib für beide Enden der Skala deine eigenen Worte an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="94"/>
        <source>A word for an end of the scale can be at most {limit} characters.</source>
        <translation>Ein Wort für ein Ende der Skala kann höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="107"/>
        <source>For {name}, please pick one of its choices.</source>
        <translation>Bitte wähle für {name} eine der Möglichkeiten.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="109"/>
        <source>For {name}, please give a number.</source>
        <translation>Bitte gib für {name} eine Zahl an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="112"/>
        <source>For {name}, please answer yes or no.</source>
        <translation>Bitte antworte für {name} mit ja oder nein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="114"/>
        <source>For {name}, please choose from 1 to 5.</source>
        <translation>Bitte wähle für {name} zwischen 1 und 5.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="116"/>
        <source>For {name}, please give a smaller number.</source>
        <translation>Bitte gib für {name} eine kleinere Zahl an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="124"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="124"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="137"/>
        <source>Please give at least two choices.</source>
        <translation>Bitte gib mindestens zwei Möglichkeiten an.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="139"/>
        <source>A tracker can have at most {limit} choices.</source>
        <translation>Ein Tracker kann höchstens {limit} Möglichkeiten haben.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="141"/>
        <source>A choice can be at most {limit} characters.</source>
        <translation>Eine Möglichkeit kann höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="159"/>
        <source>One of your trackers is no longer in the journal.</source>
        <translation>Einer deiner Tracker ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="166"/>
        <location filename="../../peerjournal/demo/trackers.py" line="19"/>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="167"/>
        <location filename="../../peerjournal/demo/trackers.py" line="19"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="168"/>
        <location filename="../../peerjournal/demo/trackers.py" line="20"/>
        <source>Took my medication</source>
        <translation>Medikamente genommen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="169"/>
        <source>Medication changed</source>
        <translation>Medikamente geändert</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="170"/>
        <source>Appetite</source>
        <translation>Appetit</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="171"/>
        <location filename="../../peerjournal/core/trackers.py" line="173"/>
        <location filename="../../peerjournal/core/trackers.py" line="175"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="171"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="172"/>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="173"/>
        <location filename="../../peerjournal/core/trackers.py" line="175"/>
        <source>a lot</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/trackers.py" line="174"/>
        <source>Money worries</source>
        <translation>Geldsorgen</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/trackers.py" line="49"/>
        <source>You already have a tracker called {name}.</source>
        <translation>Du hast schon einen Tracker namens {name}.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/trackers.py" line="78"/>
        <source>{name} has values in your journal, so it can be retired but not deleted.</source>
        <translation>{name} hat Werte in deinem Tagebuch. Du kannst ihn beiseitelegen, aber nicht löschen.</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="70"/>
        <source>This file is a kind of PeerJournal file this version doesn&apos;t know ({kind}). Please update PeerJournal to open it. The file has not been changed.</source>
        <translation>Diese Datei ist eine Art von PeerJournal-Datei, die diese Version nicht kennt ({kind}). Bitte aktualisiere PeerJournal, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="287"/>
        <source>The passphrase change could not be finished, and the journal can&apos;t be read right now. Lock it and unlock it again with your current passphrase.</source>
        <translation>Die Änderung der Passphrase konnte nicht abgeschlossen werden, und das Tagebuch kann gerade nicht gelesen werden. Sperre es und entsperre es wieder mit deiner aktuellen Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/database.py" line="652"/>
        <source>There is no journal at {path}.</source>
        <translation>Unter {path} gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="30"/>
        <source>The passphrase was not changed: the disk is full. Your journal still opens with your current passphrase. Free some space on the disk, then try again.</source>
        <translation>Die Passphrase wurde nicht geändert: Der Datenträger ist voll. Dein Tagebuch öffnet sich weiterhin mit deiner aktuellen Passphrase. Schaffe etwas Platz auf dem Datenträger und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="48"/>
        <source>The passphrase was not changed: the disk could not be written to. Your journal still opens with your current passphrase.</source>
        <translation>Die Passphrase wurde nicht geändert: Auf den Datenträger konnte nicht geschrieben werden. Dein Tagebuch öffnet sich weiterhin mit deiner aktuellen Passphrase.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/storage/vault/rekey.py" line="51"/>
        <source>The passphrase could not be changed. Your journal still opens with your current passphrase.</source>
        <translation>Die Passphrase konnte nicht geändert werden. Dein Tagebuch öffnet sich weiterhin mit deiner aktuellen Passphrase.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="71"/>
        <source>Phone: {number}</source>
        <translation>Telefon: {number}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="72"/>
        <source>E-mail: {address}</source>
        <translation>E-Mail: {address}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="75"/>
        <source>Birthday: {date}</source>
        <translation>Geburtstag: {date}</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="124"/>
        <location filename="../../peerjournal/core/vcard.py" line="134"/>
        <source>This file is too large to be a contacts file, so it was not read.</source>
        <translation>Diese Datei ist zu groß für eine Kontaktdatei, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="127"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="149"/>
        <source>No contacts were found in this file. A contacts file (vCard, .vcf) starts with BEGIN:VCARD.</source>
        <translation>In dieser Datei wurden keine Kontakte gefunden. Eine Kontaktdatei (vCard, .vcf) beginnt mit BEGIN:VCARD.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="209"/>
        <source>Card {n} could not be read: the file ends before the card does.</source>
        <translation>Karte {n} konnte nicht gelesen werden: Die Datei endet vor dem Ende der Karte.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="220"/>
        <source>Card {n} could not be read: part of it is not in the vCard format. It was skipped.</source>
        <translation>Karte {n} konnte nicht gelesen werden: Ein Teil davon ist nicht im vCard-Format. Sie wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="224"/>
        <source>Card {n} has no name, so it was skipped.</source>
        <translation>Karte {n} hat keinen Namen, daher wurde sie übersprungen.</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vcard.py" line="226"/>
        <source>Card {n} has a name longer than {max} characters, so it was skipped.</source>
        <translation>Karte {n} hat einen Namen, der länger als {max} Zeichen ist, daher wurde sie übersprungen.</translation>
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
        <location filename="../../peerjournal/core/vocabulary.py" line="116"/>
        <source>Relationship not set</source>
        <translation>Beziehung nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="117"/>
        <source>Circle not set</source>
        <translation>Kreis nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="153"/>
        <source>Practical help</source>
        <translation>Praktische Hilfe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="154"/>
        <source>Emotional support</source>
        <translation>Emotionale Unterstützung</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="155"/>
        <source>Advice / information</source>
        <translation>Rat / Information</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="156"/>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="157"/>
        <source>Help in a crisis</source>
        <translation>Hilfe in einer Krise</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="161"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="162"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="163"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="164"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="165"/>
        <source>Online group</source>
        <translation>Online-Gruppe</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="169"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="170"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="171"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../peerjournal/core/vocabulary.py" line="174"/>
        <source>Kind not set</source>
        <translation>Keine Art gewählt</translation>
    </message>
</context>
</TS>
