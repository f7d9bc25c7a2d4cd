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
      <source>The polls of this item have %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>The polls of this item have %n answer, counting every session (rehearsals too). It is deleted with it and undo does not bring it back.</numerusform>
        <numerusform>The polls of this item have %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</numerusform>
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
    <name>IdeaEditDialog</name>
    <message numerus="yes">
      <source>%n characters left</source>
      <translation>
        <numerusform>%n character left</numerusform>
        <numerusform>%n characters left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>An idea has at most %n characters: shorten it.</source>
      <translation>
        <numerusform>An idea has at most %n character: shorten it.</numerusform>
        <numerusform>An idea has at most %n characters: shorten it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message numerus="yes">
      <source>This poll already has %n answers, counting every session. Changing its options can make them point at different options.</source>
      <translation>
        <numerusform>This poll already has %n answer, counting every session. Changing its options can make it point at a different option.</numerusform>
        <numerusform>This poll already has %n answers, counting every session. Changing its options can make them point at different options.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This poll has %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>This poll has %n answer, counting every session (rehearsals too). It is deleted with it and undo does not bring it back.</numerusform>
        <numerusform>This poll has %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</numerusform>
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
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idea</numerusform>
        <numerusform>%n ideas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n upvotes</source>
      <translation>
        <numerusform>%n upvote</numerusform>
        <numerusform>%n upvotes</numerusform>
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
    <message numerus="yes">
      <source>%n devices joined</source>
      <translation>
        <numerusform>%n device joined</numerusform>
        <numerusform>%n devices joined</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TranslationsDialog</name>
    <message numerus="yes">
      <source>%1 (%n missing)</source>
      <translation>
        <numerusform>%1 (%n missing)</numerusform>
        <numerusform>%1 (%n missing)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OptionsList</name>
    <message numerus="yes">
      <source>Choose up to %n answers</source>
      <translation>
        <numerusform>Choose up to %n answer</numerusform>
        <numerusform>Choose up to %n answers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TemplatePickerDialog</name>
    <message numerus="yes">
      <source>%n polls</source>
      <translation>
        <numerusform>%n poll</numerusform>
        <numerusform>%n polls</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SmallGroupWords</name>
    <message numerus="yes">
      <source>%n answers so far</source>
      <translation>
        <numerusform>%n answer so far</numerusform>
        <numerusform>%n answers so far</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IdeaListModel</name>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n merged</numerusform>
        <numerusform>%n merged</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IdeaModerationPanel</name>
    <message numerus="yes">
      <source>Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).</source>
      <translation>
        <numerusform>Dot vote added after the wall with the top %n idea (Ctrl+Z undoes it).</numerusform>
        <numerusform>Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas approved.</source>
      <translation>
        <numerusform>%n idea approved.</numerusform>
        <numerusform>%n ideas approved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas hidden.</source>
      <translation>
        <numerusform>%n idea hidden.</numerusform>
        <numerusform>%n ideas hidden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas shown again.</source>
      <translation>
        <numerusform>%n idea shown again.</numerusform>
        <numerusform>%n ideas shown again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n duplicates merged into the current idea.</source>
      <translation>
        <numerusform>%n duplicate merged into the current idea.</numerusform>
        <numerusform>%n duplicates merged into the current idea.</numerusform>
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
    <name>ItemSessionsBox</name>
    <message numerus="yes">
      <source>Showing %n sessions: {sessions}</source>
      <translation>
        <numerusform>Showing %n session: {sessions}</numerusform>
        <numerusform>Showing %n sessions: {sessions}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n min)</source>
      <translation>
        <numerusform>(%n min)</numerusform>
        <numerusform>(%n min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n response</numerusform>
        <numerusform>%n responses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idea</numerusform>
        <numerusform>%n ideas</numerusform>
      </translation>
    </message>
  </context>
</TS>
