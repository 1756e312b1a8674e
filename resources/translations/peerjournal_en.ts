<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppImportDialog</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="225"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="227"/>
        <source>%n activity name(s)</source>
        <translation>
            <numerusform>%n activity name</numerusform>
            <numerusform>%n activity names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="228"/>
        <source>%n mood name(s)</source>
        <translation>
            <numerusform>%n mood name</numerusform>
            <numerusform>%n mood names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="237"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="238"/>
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="350"/>
        <source>Added %n check-in(s).</source>
        <translation>
            <numerusform>Added %n check-in.</numerusform>
            <numerusform>Added %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="353"/>
        <source>Added %n activity(s).</source>
        <translation>
            <numerusform>Added %n activity.</numerusform>
            <numerusform>Added %n activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_dialog.py" line="355"/>
        <source>%n entries were already in your journal, so they were skipped.</source>
        <translation>
            <numerusform>%n entry was already in your journal, so it was skipped.</numerusform>
            <numerusform>%n entries were already in your journal, so they were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="131"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="134"/>
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="406"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/insights_page.py" line="555"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkHistoryWidget</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_history.py" line="273"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_view.py" line="289"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkWords</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/insights/network_view.py" line="120"/>
        <source>%n day(s) in touch in the last 90 days</source>
        <translation>
            <numerusform>%n day in touch in the last 90 days</numerusform>
            <numerusform>%n days in touch in the last 90 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/people_model.py" line="142"/>
        <source>{circle}, %n person(s)</source>
        <translation>
            <numerusform>{circle}, %n person</numerusform>
            <numerusform>{circle}, %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/person_view.py" line="186"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/prompts/prompt_banner.py" line="99"/>
        <source>%n more reminder(s) after this one.</source>
        <translation>
            <numerusform>%n more reminder after this one.</numerusform>
            <numerusform>%n more reminders after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/search/search_window.py" line="171"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n found.</numerusform>
            <numerusform>%n found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentReplies</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/sent_replies.py" line="36"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterWindow</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/supporter/supporter_window.py" line="369"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="240"/>
        <source>Showing {shown} of %Ln entry(s)</source>
        <translation>
            <numerusform>Showing {shown} of %Ln entry</numerusform>
            <numerusform>Showing {shown} of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/journal/timeline_page.py" line="242"/>
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="106"/>
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/passing_commands.py" line="109"/>
        <source>Took %n person(s) from the import out of your people again.</source>
        <translation>
            <numerusform>Took %n person from the import out of your people again.</numerusform>
            <numerusform>Took %n people from the import out of your people again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/imports/import_command.py" line="21"/>
        <source>Import %n check-in(s) from {app}</source>
        <translation>
            <numerusform>Import %n check-in from {app}</numerusform>
            <numerusform>Import %n check-ins from {app}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="315"/>
        <source>&amp;Import %n person(s)</source>
        <translation>
            <numerusform>&amp;Import %n person</numerusform>
            <numerusform>&amp;Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="364"/>
        <source>Added %n person(s) to People.</source>
        <translation>
            <numerusform>Added %n person to People.</numerusform>
            <numerusform>Added %n people to People.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/people/vcard_import_dialog.py" line="367"/>
        <source>%n names left unticked were not added.</source>
        <translation>
            <numerusform>%n name left unticked was not added.</numerusform>
            <numerusform>%n names left unticked were not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearGridCounts</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/widgets/charts.py" line="535"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/widgets/charts.py" line="535"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="17"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerjournal/ui/app/counted_texts.py" line="18"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
