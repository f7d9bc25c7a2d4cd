<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n items · total {duration} · planned end {end}</source>
        <translation>
            <numerusform>%n item · total {duration} · planned end {end}</numerusform>
            <numerusform>%n items · total {duration} · planned end {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The polls of this item have %n answers. They are deleted with it and undo does not bring them back.</source>
        <translation>
            <numerusform>The polls of this item have %n answer. It is deleted with it and undo does not bring it back.</numerusform>
            <numerusform>The polls of this item have %n answers. They are deleted with it and undo does not bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %n files to {folder}</source>
        <translation>
            <numerusform>Exported %n file to {folder}</numerusform>
            <numerusform>Exported %n files to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message numerus="yes">
        <source>This poll already has %n answers. Changing its options can make them point at different options.</source>
        <translation>
            <numerusform>This poll already has %n answer. Changing its options can make it point at a different option.</numerusform>
            <numerusform>This poll already has %n answers. Changing its options can make them point at different options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This poll has %n answers. They are deleted with it and undo does not bring them back.</source>
        <translation>
            <numerusform>This poll has %n answer. It is deleted with it and undo does not bring it back.</numerusform>
            <numerusform>This poll has %n answers. They are deleted with it and undo does not bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Wrote the ballots to {path} (%n pages)</source>
        <translation>
            <numerusform>Wrote the ballots to {path} (%n page)</numerusform>
            <numerusform>Wrote the ballots to {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollControls</name>
    <message numerus="yes">
        <source>This deletes all %n answers to “{question}”. It cannot be undone.</source>
        <translation>
            <numerusform>This deletes the %n answer to “{question}”. It cannot be undone.</numerusform>
            <numerusform>This deletes all %n answers to “{question}”. It cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message numerus="yes">
        <source>%n phones connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message numerus="yes">
        <source>%n phones connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
</TS>
