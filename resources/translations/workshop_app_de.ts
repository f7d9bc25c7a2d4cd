<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About workshop-app</source>
      <translation>Über workshop-app</translation>
    </message>
    <message>
      <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room's network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Beteiligungsworkshops planen, durchführen und protokollieren — offline, mit anonymen Live-Umfragen, die vom Handy aus über das Netzwerk des Raums beantwortet werden.

Alles zu einem Workshop liegt in einer einzigen .workshop-Datei auf diesem Computer. Nichts wird ins Internet gesendet.

Lizenz: GPL-3.0-or-later. Schriften: DejaVu (freie Lizenz, siehe resources/fonts).</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsDialog</name>
    <message>
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <source>Double-click a cell to edit it; tick Status when an action is done. Dates are written like 2026-04-30.</source>
      <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; haken Sie Status ab, wenn eine Aufgabe erledigt ist. Datumsangaben schreiben Sie wie 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punkt</translation>
    </message>
    <message>
      <source>“{text}” is not a date; write it like 2026-04-30.</source>
      <translation>„{text}“ ist kein Datum; schreiben Sie es wie 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>AgendaCommands</name>
    <message>
      <source>Edit workshop details</source>
      <translation>Workshop-Details bearbeiten</translation>
    </message>
    <message>
      <source>Add “{title}”</source>
      <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>„{title}“ löschen</translation>
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (Kopie)</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>„{title}“ duplizieren</translation>
    </message>
    <message>
      <source>Edit {what} of “{title}”</source>
      <translation>{what} von „{title}“ bearbeiten</translation>
    </message>
    <message>
      <source>Edit item of “{title}”</source>
      <translation>Punkt „{title}“ bearbeiten</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>„{title}“ verschieben</translation>
    </message>
    <message>
      <source>Add poll “{question}”</source>
      <translation>Umfrage „{question}“ hinzufügen</translation>
    </message>
    <message>
      <source>Edit poll “{question}”</source>
      <translation>Umfrage „{question}“ bearbeiten</translation>
    </message>
    <message>
      <source>Delete poll “{question}”</source>
      <translation>Umfrage „{question}“ löschen</translation>
    </message>
    <message>
      <source>Move poll</source>
      <translation>Umfrage verschieben</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Total planned duration</source>
      <translation>Geplante Gesamtdauer</translation>
    </message>
    <message>
      <source>&amp;Add item</source>
      <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplizieren</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>&amp;Workshop details…</source>
      <translation>&amp;Workshop-Details…</translation>
    </message>
    <message>
      <source>Add an agenda item after the selected one (Ctrl+Shift+I)</source>
      <translation>Einen Punkt nach dem ausgewählten hinzufügen (Strg+Umschalt+I)</translation>
    </message>
    <message>
      <source>Duplicate the selected item with its polls (Ctrl+D)</source>
      <translation>Den ausgewählten Punkt mit seinen Umfragen duplizieren (Strg+D)</translation>
    </message>
    <message>
      <source>Ctrl+Up; or drag the row</source>
      <translation>Strg+Pfeil hoch; oder die Zeile ziehen</translation>
    </message>
    <message>
      <source>Ctrl+Down; or drag the row</source>
      <translation>Strg+Pfeil runter; oder die Zeile ziehen</translation>
    </message>
    <message>
      <source>No date set</source>
      <translation>Kein Datum festgelegt</translation>
    </message>
    <message>
      <source>starts {time}</source>
      <translation>Beginn {time}</translation>
    </message>
    <message>
      <source>Facilitators: {names}</source>
      <translation>Moderation: {names}</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
    </message>
    <message numerus="yes">
      <source>%n items · total {duration} · planned end {end}</source>
      <translation>
        <numerusform>%n Punkt · insgesamt {duration} · geplantes Ende {end}</numerusform>
        <numerusform>%n Punkte · insgesamt {duration} · geplantes Ende {end}</numerusform>
      </translation>
    </message>
    <message>
      <source>New item</source>
      <translation>Neuer Punkt</translation>
    </message>
    <message>
      <source>Delete an item whose polls have answers?</source>
      <translation>Einen Punkt löschen, dessen Umfragen Antworten haben?</translation>
    </message>
    <message numerus="yes">
      <source>The polls of this item have %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>Die Abstimmungen dieses Punkts haben %n Antwort, über alle Sitzungen gezählt (auch Proben). Sie wird mit ihm gelöscht, und Rückgängig stellt sie nicht wieder her.</numerusform>
        <numerusform>Die Abstimmungen dieses Punkts haben %n Antworten, über alle Sitzungen gezählt (auch Proben). Sie werden mit ihm gelöscht, und Rückgängig stellt sie nicht wieder her.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punkt</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Umfragen</translation>
    </message>
  </context>
  <context>
    <name>AgendaTable</name>
    <message>
      <source>Agenda</source>
      <translation>Ablauf</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>The computer refused: {reason}.</source>
      <translation>Der Computer hat abgelehnt: {reason}.</translation>
    </message>
    <message>
      <source>Something went wrong and that step was not done. Everything saved before it is still in the workshop file.</source>
      <translation>Etwas ist schiefgegangen, dieser Schritt wurde nicht ausgeführt. Alles, was vorher gespeichert wurde, ist weiterhin in der Workshop-Datei.</translation>
    </message>
    <message>
      <source>Details for support: {path}</source>
      <translation>Details für den Support: {path}</translation>
    </message>
    <message>
      <source>That did not work</source>
      <translation>Das hat nicht geklappt</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Nothing to export</source>
      <translation>Nichts zu exportieren</translation>
    </message>
    <message>
      <source>Choose at least one format.</source>
      <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Export läuft…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n files to {folder}</source>
      <translation>
        <numerusform>%n Datei nach {folder} exportiert</numerusform>
        <numerusform>%n Dateien nach {folder} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing exported</source>
      <translation>Nichts exportiert</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Choose what to export. Files are written into the folder below, named after the workshop.</source>
      <translation>Wählen Sie, was exportiert werden soll. Die Dateien werden im Ordner unten gespeichert und nach dem Workshop benannt.</translation>
    </message>
    <message>
      <source>&amp;PDF minutes, ready to send</source>
      <translation>&amp;PDF-Protokoll, fertig zum Versenden</translation>
    </message>
    <message>
      <source>&amp;HTML minutes (accessible), for screen readers and the web</source>
      <translation>&amp;HTML-Protokoll (barrierefrei), für Screenreader und das Web</translation>
    </message>
    <message>
      <source>&amp;Markdown minutes, for e-mail or a wiki</source>
      <translation>&amp;Markdown-Protokoll, für E-Mail oder ein Wiki</translation>
    </message>
    <message>
      <source>&amp;CSV files: results per poll, notes, action items</source>
      <translation>&amp;CSV-Dateien: Ergebnisse je Umfrage, Notizen, Aufgaben</translation>
    </message>
    <message>
      <source>&amp;JSON data of the whole workshop</source>
      <translation>&amp;JSON-Daten des ganzen Workshops</translation>
    </message>
    <message>
      <source>P&amp;lan file, to reuse the agenda and polls</source>
      <translation>P&amp;lan-Datei, um Ablauf und Umfragen wiederzuverwenden</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Ordner:</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
      <source>&amp;Open the minutes when done</source>
      <translation>Protokoll am Ende ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <source>&amp;Data-protection summary (one page, Markdown), for an impact assessment</source>
      <translation>&amp;Datenschutz-Zusammenfassung (eine Seite, Markdown), für eine Folgenabschätzung</translation>
    </message>
  </context>
  <context>
    <name>IdeaEditDialog</name>
    <message>
      <source>Edit idea</source>
      <translation>Idee bearbeiten</translation>
    </message>
    <message>
      <source>As it is now:</source>
      <translation>Wie sie jetzt lautet:</translation>
    </message>
    <message>
      <source>The idea's text as it is now</source>
      <translation>Der Text der Idee, wie er jetzt lautet</translation>
    </message>
    <message>
      <source>&amp;New text:</source>
      <translation>&amp;Neuer Text:</translation>
    </message>
    <message>
      <source>The idea's new text</source>
      <translation>Der neue Text der Idee</translation>
    </message>
    <message>
      <source>Why the text cannot be saved</source>
      <translation>Warum der Text nicht gespeichert werden kann</translation>
    </message>
    <message>
      <source>The phones, the presenter and the minutes will mark this idea as edited. The text as it is now is not kept.</source>
      <translation>Die Handys, die Präsentation und das Protokoll markieren diese Idee als bearbeitet. Der jetzige Text wird nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
      <source>%n characters left</source>
      <translation>
        <numerusform>%n Zeichen übrig</numerusform>
        <numerusform>%n Zeichen übrig</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>An idea has at most %n characters: shorten it.</source>
      <translation>
        <numerusform>Eine Idee hat höchstens %n Zeichen: Kürzen Sie sie.</numerusform>
        <numerusform>Eine Idee hat höchstens %n Zeichen: Kürzen Sie sie.</numerusform>
      </translation>
    </message>
    <message>
      <source>The text holds a character that cannot be shown: type it again.</source>
      <translation>Der Text enthält ein Zeichen, das nicht angezeigt werden kann: Bitte tippen Sie es neu.</translation>
    </message>
    <message>
      <source>The text cannot be empty. To take an idea off the wall, hide it (H).</source>
      <translation>Der Text darf nicht leer sein. Um eine Idee von der Wand zu nehmen, blenden Sie sie aus (H).</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <source>Item title</source>
      <translation>Titel des Punkts</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Planned minutes</source>
      <translation>Geplante Minuten</translation>
    </message>
    <message>
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>What this item should achieve</source>
      <translation>Was dieser Punkt erreichen soll</translation>
    </message>
    <message>
      <source>Facilitator notes (private)</source>
      <translation>Notizen für die Moderation (privat)</translation>
    </message>
    <message>
      <source>Private: shown only on the facilitator's console</source>
      <translation>Privat: nur auf der Moderationskonsole sichtbar</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Methode:</translation>
    </message>
    <message>
      <source>Planned &amp;minutes:</source>
      <translation>Geplante &amp;Minuten:</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Ziel:</translation>
    </message>
    <message>
      <source>Facilitator &amp;notes:</source>
      <translation>&amp;Notizen für die Moderation:</translation>
    </message>
    <message>
      <source>Polls of this item</source>
      <translation>Umfragen dieses Punkts</translation>
    </message>
    <message>
      <source>Add &amp;poll…</source>
      <translation>&amp;Umfrage hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Runter</translation>
    </message>
    <message>
      <source>Move poll up</source>
      <translation>Umfrage nach oben</translation>
    </message>
    <message>
      <source>Move poll down</source>
      <translation>Umfrage nach unten</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Umfragen</translation>
    </message>
    <message>
      <source>Select an agenda item, or add one.</source>
      <translation>Wählen Sie einen Punkt aus oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
      <source>Poll {state}</source>
      <translation>Umfrage {state}</translation>
    </message>
    <message>
      <source>Change a poll that has answers?</source>
      <translation>Eine Umfrage ändern, die schon Antworten hat?</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Ändern</translation>
    </message>
    <message>
      <source>Delete a poll with answers?</source>
      <translation>Eine Umfrage mit Antworten löschen?</translation>
    </message>
    <message>
      <source>T&amp;ranslations…</source>
      <translation>Ü&amp;bersetzungen…</translation>
    </message>
    <message>
      <source>Item translations</source>
      <translation>Übersetzungen des Punkts</translation>
    </message>
    <message>
      <source>Languages:</source>
      <translation>Sprachen:</translation>
    </message>
    <message>
      <source>[missing: {languages}]</source>
      <translation>[fehlt: {languages}]</translation>
    </message>
    <message>
      <source>Only the workshop's main language.</source>
      <translation>Nur die Hauptsprache des Workshops.</translation>
    </message>
    <message>
      <source>Missing: {languages}</source>
      <translation>Fehlt: {languages}</translation>
    </message>
    <message>
      <source>Translated into {languages}</source>
      <translation>Übersetzt in {languages}</translation>
    </message>
    <message numerus="yes">
      <source>This poll already has %n answers, counting every session. Changing its options can make them point at different options.</source>
      <translation>
        <numerusform>Diese Abstimmung hat bereits %n Antwort, über alle Sitzungen gezählt. Geänderte Optionen können sie auf eine andere Option zeigen lassen.</numerusform>
        <numerusform>Diese Abstimmung hat bereits %n Antworten, über alle Sitzungen gezählt. Geänderte Optionen können sie auf andere Optionen zeigen lassen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This poll has %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>Diese Abstimmung hat %n Antwort, über alle Sitzungen gezählt (auch Proben). Sie wird mit ihr gelöscht, und Rückgängig stellt sie nicht wieder her.</numerusform>
        <numerusform>Diese Abstimmung hat %n Antworten, über alle Sitzungen gezählt (auch Proben). Sie werden mit ihr gelöscht, und Rückgängig stellt sie nicht wieder her.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Plenary</source>
      <translation>Plenum</translation>
    </message>
    <message>
      <source>Small groups</source>
      <translation>Kleingruppen</translation>
    </message>
    <message>
      <source>Poll</source>
      <translation>Umfrage</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Präsentation</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Einfachauswahl</translation>
    </message>
    <message>
      <source>Multiple choice</source>
      <translation>Mehrfachauswahl</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Skala</translation>
    </message>
    <message>
      <source>Open text</source>
      <translation>Freitext</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Rangfolge</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>geschlossen</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Zitat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>+{time} over</source>
      <translation>+{time} überzogen</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>noch {time}</translation>
    </message>
    <message>
      <source>The question is empty.</source>
      <translation>Die Frage ist leer.</translation>
    </message>
    <message>
      <source>A poll of this type needs at least two options.</source>
      <translation>Eine Umfrage dieser Art braucht mindestens zwei Optionen.</translation>
    </message>
    <message>
      <source>Two options have the same text.</source>
      <translation>Zwei Optionen haben denselben Text.</translation>
    </message>
    <message>
      <source>The maximum number of choices must be at least 1.</source>
      <translation>Die Höchstzahl an Auswahlen muss mindestens 1 sein.</translation>
    </message>
    <message>
      <source>The top of the scale must be above its bottom.</source>
      <translation>Das obere Ende der Skala muss über dem unteren liegen.</translation>
    </message>
    <message>
      <source>A scale may have at most 21 steps.</source>
      <translation>Eine Skala darf höchstens 21 Stufen haben.</translation>
    </message>
    <message>
      <source>note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>quote</source>
      <translation>Zitat</translation>
    </message>
    <message>
      <source>Idea wall</source>
      <translation>Ideenwand</translation>
    </message>
    <message>
      <source>Dot voting</source>
      <translation>Punktabstimmung</translation>
    </message>
    <message>
      <source>The number of dots must be from 1 to 20.</source>
      <translation>Die Zahl der Punkte muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
      <source>At least one dot must fit on an option.</source>
      <translation>Mindestens ein Punkt muss auf eine Option passen.</translation>
    </message>
  </context>
  <context>
    <name>LivePolling</name>
    <message>
      <source>Live polling not available: phones cannot join in this version.</source>
      <translation>Live-Umfragen nicht verfügbar: In dieser Version können sich keine Telefone verbinden.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>workshop-app</source>
      <translation>workshop-app</translation>
    </message>
    <message>
      <source>Read-only notice</source>
      <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Session</source>
      <translation>&amp;Sitzung</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;New Workshop…</source>
      <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>New from &amp;Template…</source>
      <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
      <source>Ctrl+O</source>
      <translation>Ctrl+O</translation>
    </message>
    <message>
      <source>Save a &amp;Copy As…</source>
      <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+S</source>
      <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
      <source>&amp;Import Plan…</source>
      <translation>Plan &amp;importieren…</translation>
    </message>
    <message>
      <source>E&amp;xport Plan…</source>
      <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
      <source>&amp;Export Minutes and Data…</source>
      <translation>Protokoll und Daten &amp;exportieren…</translation>
    </message>
    <message>
      <source>Ctrl+E</source>
      <translation>Ctrl+E</translation>
    </message>
    <message>
      <source>&amp;Close Workshop</source>
      <translation>Workshop s&amp;chließen</translation>
    </message>
    <message>
      <source>Ctrl+W</source>
      <translation>Ctrl+W</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>Ctrl+Q</source>
      <translation>Ctrl+Q</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <source>&amp;About workshop-app</source>
      <translation>Ü&amp;ber workshop-app</translation>
    </message>
    <message>
      <source>&amp;Merge Rooms…</source>
      <translation>Räume &amp;zusammenführen…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>Workshop &amp;Details…</source>
      <translation>Workshop-&amp;Details…</translation>
    </message>
    <message>
      <source>&amp;Start or Resume Session</source>
      <translation>Sitzung &amp;starten oder fortsetzen</translation>
    </message>
    <message>
      <source>&amp;End Session…</source>
      <translation>Sitzung &amp;beenden…</translation>
    </message>
    <message>
      <source>Start as &amp;Rehearsal</source>
      <translation>Als &amp;Probe starten</translation>
    </message>
    <message>
      <source>Sess&amp;ions…</source>
      <translation>Sitzu&amp;ngen…</translation>
    </message>
    <message>
      <source>&amp;Presenter Window</source>
      <translation>&amp;Präsentationsfenster</translation>
    </message>
    <message>
      <source>&amp;Blank Presenter Screen (B)</source>
      <translation>Präsentation &amp;ausblenden (B)</translation>
    </message>
    <message>
      <source>&amp;Notes Pane</source>
      <translation>&amp;Notizbereich</translation>
    </message>
    <message>
      <source>&amp;Write a Note</source>
      <translation>Notiz &amp;schreiben</translation>
    </message>
    <message>
      <source>&amp;Action Items…</source>
      <translation>Auf&amp;gaben…</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>New from &amp;Template</source>
      <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>The new language applies the next time workshop-app starts.</source>
      <translation>Die neue Sprache gilt ab dem nächsten Start von workshop-app.</translation>
    </message>
    <message>
      <source>Workshops (*.workshop)</source>
      <translation>Workshops (*.workshop)</translation>
    </message>
    <message>
      <source>Workshop plans (*.plan.json *.json)</source>
      <translation>Workshop-Pläne (*.plan.json *.json)</translation>
    </message>
    <message>
      <source>Cannot open workshop</source>
      <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Changes lost from a damaged journal</source>
      <translation>Änderungen durch ein beschädigtes Journal verloren</translation>
    </message>
    <message>
      <source>{name}: its journal (the -wal file beside it) is damaged. {count} saved change(s) written after the damaged place could not be read back and are missing. A copy of the journal is kept as {copy}.</source>
      <translation>{name}: Sein Journal (die -wal-Datei daneben) ist beschädigt. {count} gespeicherte Änderung(en) nach der beschädigten Stelle konnten nicht zurückgelesen werden und fehlen. Eine Kopie des Journals wird als {copy} aufbewahrt.</translation>
    </message>
    <message>
      <source>Open workshop</source>
      <translation>Workshop öffnen</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Neuer Workshop</translation>
    </message>
    <message>
      <source>Cannot use template</source>
      <translation>Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
      <source>New workshop from template</source>
      <translation>Neuer Workshop aus Vorlage</translation>
    </message>
    <message>
      <source>Cannot create the demo</source>
      <translation>Demo kann nicht erstellt werden</translation>
    </message>
    <message>
      <source>Cannot replace</source>
      <translation>Ersetzen nicht möglich</translation>
    </message>
    <message>
      <source>That workshop is open; choose another name.</source>
      <translation>Dieser Workshop ist geöffnet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <source>Cannot create workshop</source>
      <translation>Workshop kann nicht erstellt werden</translation>
    </message>
    <message>
      <source>Read-only: {reason}</source>
      <translation>Schreibgeschützt: {reason}</translation>
    </message>
    <message>
      <source>Opened {path}</source>
      <translation>{path} geöffnet</translation>
    </message>
    <message>
      <source>Save a copy as</source>
      <translation>Kopie speichern unter</translation>
    </message>
    <message>
      <source>Cannot save a copy</source>
      <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Import plan</source>
      <translation>Plan importieren</translation>
    </message>
    <message>
      <source>Cannot import plan</source>
      <translation>Plan kann nicht importiert werden</translation>
    </message>
    <message>
      <source>Imported {count} agenda items from {name}</source>
      <translation>Tagesordnungspunkte aus {name} importiert: {count}</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Plan exportieren</translation>
    </message>
    <message>
      <source>Cannot export plan</source>
      <translation>Plan kann nicht exportiert werden</translation>
    </message>
    <message>
      <source>Exported the plan to {path}</source>
      <translation>Plan exportiert nach {path}</translation>
    </message>
    <message>
      <source>Session ended</source>
      <translation>Sitzung beendet</translation>
    </message>
    <message>
      <source>The session has ended and its end time is recorded. Export the minutes now?</source>
      <translation>Die Sitzung ist beendet und ihr Ende ist festgehalten. Protokoll jetzt exportieren?</translation>
    </message>
    <message>
      <source>Export minutes…</source>
      <translation>Protokoll exportieren…</translation>
    </message>
    <message>
      <source>No recent workshops</source>
      <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
    <message>
      <source>Clear list</source>
      <translation>Liste leeren</translation>
    </message>
    <message>
      <source> [read-only]</source>
      <translation> [schreibgeschützt]</translation>
    </message>
    <message>
      <source>&amp;Start Session</source>
      <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
      <source>&amp;Look</source>
      <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <source>&amp;Resume Session</source>
      <translation>Sitzung &amp;fortsetzen</translation>
    </message>
    <message>
      <source>Back to run mode; phones stay connected (F5)</source>
      <translation>Zurück zum Ablaufmodus; Telefone bleiben verbunden (F5)</translation>
    </message>
    <message>
      <source>Start the session: run mode, presenter screen and live polls (F5)</source>
      <translation>Sitzung starten: Ablaufmodus, Präsentation und Live-Umfragen (F5)</translation>
    </message>
    <message>
      <source>Print &amp;Ballots…</source>
      <translation>&amp;Stimmzettel drucken…</translation>
    </message>
    <message numerus="yes">
      <source>Wrote the ballots to {path} (%n pages)</source>
      <translation>
        <numerusform>Stimmzettel in {path} geschrieben (%n Seite)</numerusform>
        <numerusform>Stimmzettel in {path} geschrieben (%n Seiten)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MergeRooms</name>
    <message>
      <source>Nothing to merge</source>
      <translation>Nichts zusammenzuführen</translation>
    </message>
    <message>
      <source>Give at least two rooms' files and choose at least one format.</source>
      <translation>Geben Sie die Dateien von mindestens zwei Räumen an und wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
      <source>Merged {count} rooms into {folder}</source>
      <translation>{count} Räume zusammengeführt in {folder}</translation>
    </message>
    <message>
      <source>Merge refused</source>
      <translation>Zusammenführen abgelehnt</translation>
    </message>
  </context>
  <context>
    <name>MergeRoomsDialog</name>
    <message>
      <source>Merge Rooms</source>
      <translation>Räume zusammenführen</translation>
    </message>
    <message>
      <source>One report from the files of several rooms that ran the same plan, one laptop each: each room's results beside the combined ones. The rooms' files are only read.</source>
      <translation>Ein Bericht aus den Dateien mehrerer Räume, die denselben Plan mit je einem Laptop durchgeführt haben: die Ergebnisse jedes Raums neben den zusammengeführten. Die Dateien der Räume werden nur gelesen.</translation>
    </message>
    <message>
      <source>&amp;Rooms' workshop files (one per line):</source>
      <translation>Workshop-Dateien der &amp;Räume (eine pro Zeile):</translation>
    </message>
    <message>
      <source>&amp;Add Files…</source>
      <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;PDF report</source>
      <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
      <source>&amp;Markdown report</source>
      <translation>&amp;Markdown-Bericht</translation>
    </message>
    <message>
      <source>&amp;CSV files</source>
      <translation>&amp;CSV-Dateien</translation>
    </message>
    <message>
      <source>&amp;JSON data</source>
      <translation>&amp;JSON-Daten</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Ordner:</translation>
    </message>
    <message>
      <source>Rooms report</source>
      <translation>Bericht der Räume</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Rooms' workshop files</source>
      <translation>Workshop-Dateien der Räume</translation>
    </message>
    <message>
      <source>&amp;HTML report (accessible)</source>
      <translation>&amp;HTML-Bericht (barrierefrei)</translation>
    </message>
  </context>
  <context>
    <name>NoteCommands</name>
    <message>
      <source>Add {kind}</source>
      <translation>{kind} hinzufügen</translation>
    </message>
    <message>
      <source>Edit {kind}</source>
      <translation>{kind} bearbeiten</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>{kind} löschen</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <source>Edit note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(kein Punkt)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(keine Umfrage)</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Text:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>&amp;Item:</source>
      <translation>&amp;Punkt:</translation>
    </message>
    <message>
      <source>&amp;Poll:</source>
      <translation>&amp;Umfrage:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>DECISION</source>
      <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Zitat</translation>
    </message>
    <message>
      <source>+{minutes} min</source>
      <translation>+{minutes} Min.</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>noch niemand</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>ohne Datum</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stand</translation>
    </message>
  </context>
  <context>
    <name>NotesPane</name>
    <message>
      <source>&amp;Item:</source>
      <translation>&amp;Punkt:</translation>
    </message>
    <message>
      <source>Agenda item of the note</source>
      <translation>Tagesordnungspunkt der Notiz</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>Kind of note (Ctrl+1 to Ctrl+5)</source>
      <translation>Art der Notiz (Ctrl+1 bis Ctrl+5)</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>Wer es übernimmt</translation>
    </message>
    <message>
      <source>&amp;Due:</source>
      <translation>&amp;Fällig:</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>dd.MM.yyyy</translation>
    </message>
    <message>
      <source>&amp;Poll:</source>
      <translation>&amp;Umfrage:</translation>
    </message>
    <message>
      <source>Poll the note refers to</source>
      <translation>Umfrage, auf die sich die Notiz bezieht</translation>
    </message>
    <message>
      <source>Type a note, press Enter</source>
      <translation>Notiz eingeben, Eingabetaste drücken</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Neue Notiz</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <source>Search notes</source>
      <translation>Notizen durchsuchen</translation>
    </message>
    <message>
      <source>Show notes of kind</source>
      <translation>Notizen dieser Art zeigen</translation>
    </message>
    <message>
      <source>Show notes of item</source>
      <translation>Notizen dieses Punkts zeigen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>Action items…</source>
      <translation>Aufgaben…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>Alle Punkte</translation>
    </message>
    <message>
      <source>This item</source>
      <translation>Dieser Punkt</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(kein Punkt)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(keine Umfrage)</translation>
    </message>
    <message>
      <source>The note being typed is not saved yet: {error}</source>
      <translation>Die gerade getippte Notiz ist noch nicht gespeichert: {error}</translation>
    </message>
    <message>
      <source>Restored the note you were typing when the app last closed.</source>
      <translation>Die Notiz, die Sie beim letzten Schließen der App getippt haben, wurde wiederhergestellt.</translation>
    </message>
  </context>
  <context>
    <name>NotetakerLinkPanel</name>
    <message>
      <source>Note-taker link</source>
      <translation>Link für Protokollführung</translation>
    </message>
    <message>
      <source>Note-taker link (private: not for the room)</source>
      <translation>Link für Protokollführung (privat: nicht für den Raum)</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Widerrufen</translation>
    </message>
    <message>
      <source>The link stops working at once; a new one can be made</source>
      <translation>Der Link funktioniert sofort nicht mehr; ein neuer kann erstellt werden</translation>
    </message>
    <message>
      <source>Note-taker QR code</source>
      <translation>QR-Code für Protokollführung</translation>
    </message>
    <message>
      <source>Note-taker address</source>
      <translation>Adresse für Protokollführung</translation>
    </message>
    <message>
      <source>Create note-taker link</source>
      <translation>Link für Protokoll erstellen</translation>
    </message>
    <message>
      <source>Hide note-taker link</source>
      <translation>Protokoll-Link verbergen</translation>
    </message>
    <message>
      <source>Show note-taker link</source>
      <translation>Protokoll-Link zeigen</translation>
    </message>
  </context>
  <context>
    <name>PollControls</name>
    <message>
      <source>Current poll</source>
      <translation>Aktuelle Umfrage</translation>
    </message>
    <message>
      <source>Reset poll…</source>
      <translation>Zurücksetzen…</translation>
    </message>
    <message>
      <source>Answers shown to the room (untick to hide one):</source>
      <translation>Antworten, die der Raum sieht (Haken entfernen zum Ausblenden):</translation>
    </message>
    <message>
      <source>Open-text answers: untick to hide from the room</source>
      <translation>Freitext-Antworten: Haken entfernen, um sie vor dem Raum zu verbergen</translation>
    </message>
    <message>
      <source>Show results to the room</source>
      <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
      <source>Hide results until the poll closes</source>
      <translation>Bis zum Ende verbergen</translation>
    </message>
    <message>
      <source>Reset this poll?</source>
      <translation>Diese Umfrage zurücksetzen?</translation>
    </message>
    <message numerus="yes">
      <source>This deletes all %n answers to “{question}”. It cannot be undone.</source>
      <translation>
        <numerusform>Damit wird %n Antwort auf „{question}“ gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        <numerusform>Damit werden alle %n Antworten auf „{question}“ gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the answers</source>
      <translation>Antworten löschen</translation>
    </message>
  </context>
  <context>
    <name>PollDialog</name>
    <message>
      <source>Poll</source>
      <translation>Umfrage</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <source>Poll type</source>
      <translation>Umfragetyp</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>&amp;Frage:</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>What do you want to ask the room?</source>
      <translation>Was möchten Sie den Raum fragen?</translation>
    </message>
    <message>
      <source>&amp;Options, one per line</source>
      <translation>&amp;Antworten, eine pro Zeile</translation>
    </message>
    <message>
      <source>Options, one per line</source>
      <translation>Antworten, eine pro Zeile</translation>
    </message>
    <message>
      <source>At &amp;most this many choices:</source>
      <translation>&amp;Höchstens so viele Antworten:</translation>
    </message>
    <message>
      <source>Maximum number of choices</source>
      <translation>Höchstzahl der Antworten</translation>
    </message>
    <message>
      <source>No limit</source>
      <translation>Keine Grenze</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Skala</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <source>Lowest value</source>
      <translation>Niedrigster Wert</translation>
    </message>
    <message>
      <source>Label of the lowest value</source>
      <translation>Bezeichnung des niedrigsten Werts</translation>
    </message>
    <message>
      <source>e.g. Not at all</source>
      <translation>z. B. Überhaupt nicht</translation>
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation>&amp;Bis:</translation>
    </message>
    <message>
      <source>Highest value</source>
      <translation>Höchster Wert</translation>
    </message>
    <message>
      <source>Label of the highest value</source>
      <translation>Bezeichnung des höchsten Werts</translation>
    </message>
    <message>
      <source>e.g. Very much</source>
      <translation>z. B. Sehr</translation>
    </message>
    <message>
      <source>Participants may &amp;change their answer until the poll closes</source>
      <translation>Teilnehmende dürfen ihre Antwort bis zum Ende der Umfrage ä&amp;ndern</translation>
    </message>
    <message>
      <source>&amp;Hide results on the presenter screen until the poll closes</source>
      <translation>Ergebnisse auf der Präsentation bis zum Ende der Umfrage &amp;verbergen</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>New poll</source>
      <translation>Neue Umfrage</translation>
    </message>
    <message>
      <source>Edit poll</source>
      <translation>Umfrage bearbeiten</translation>
    </message>
    <message>
      <source>This poll has been run; its type can no longer change.</source>
      <translation>Diese Umfrage lief bereits; ihre Art lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
      <source>The maximum number of choices is more than there are options.</source>
      <translation>Die Höchstzahl an Auswahlen ist größer als die Zahl der Optionen.</translation>
    </message>
    <message>
      <source>&amp;Translations…</source>
      <translation>&amp;Übersetzungen…</translation>
    </message>
    <message>
      <source>No further languages in this workshop.</source>
      <translation>Keine weiteren Sprachen in diesem Workshop.</translation>
    </message>
    <message>
      <source>Missing translations: {languages}</source>
      <translation>Fehlende Übersetzungen: {languages}</translation>
    </message>
    <message>
      <source>Translated into every language of the workshop.</source>
      <translation>In alle Sprachen des Workshops übersetzt.</translation>
    </message>
  </context>
  <context>
    <name>PresenterStatus</name>
    <message>
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Poll open: answer on your phone · room code {code}</source>
      <translation>Umfrage offen: Antworten Sie auf Ihrem Telefon · Raumcode {code}</translation>
    </message>
    <message>
      <source>Poll open</source>
      <translation>Umfrage offen</translation>
    </message>
    <message>
      <source>Poll open · answer on your phone</source>
      <translation>Umfrage offen · antworten Sie am Telefon</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <source>Presenter screen</source>
      <translation>Präsentationsbildschirm</translation>
    </message>
    <message>
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Aktueller Punkt</translation>
    </message>
    <message>
      <source>Poll question</source>
      <translation>Frage der Umfrage</translation>
    </message>
    <message>
      <source>Poll status</source>
      <translation>Status der Umfrage</translation>
    </message>
    <message>
      <source>Phones and responses</source>
      <translation>Telefone und Antworten</translation>
    </message>
    <message>
      <source>Join on your phone</source>
      <translation>Mit dem Telefon teilnehmen</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>QR-Code zum Teilnehmen</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>WLAN-QR-Code</translation>
    </message>
    <message>
      <source>Live polling not available</source>
      <translation>Live-Umfragen nicht verfügbar</translation>
    </message>
    <message>
      <source>Room code {code}</source>
      <translation>Raumcode {code}</translation>
    </message>
    <message>
      <source>Wi-Fi: {name}</source>
      <translation>WLAN: {name}</translation>
    </message>
    <message>
      <source>Results are shown when the poll closes.</source>
      <translation>Die Ergebnisse erscheinen, wenn die Umfrage endet.</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n Telefon verbunden</numerusform>
        <numerusform>%n Telefone verbunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n Idee</numerusform>
        <numerusform>%n Ideen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n upvotes</source>
      <translation>
        <numerusform>%n Stimme</numerusform>
        <numerusform>%n Stimmen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n Antwort</numerusform>
        <numerusform>%n Antworten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Poll results</source>
      <translation>Ergebnisse der Umfrage</translation>
    </message>
    <message>
      <source>Waiting for the first answers…</source>
      <translation>Warten auf die ersten Antworten…</translation>
    </message>
    <message>
      <source>Average {mean} · median {median}</source>
      <translation>Mittelwert {mean} · Median {median}</translation>
    </message>
    <message>
      <source>average place {rank}</source>
      <translation>durchschnittlicher Platz {rank}</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>No answers yet.</source>
      <translation>Noch keine Antworten.</translation>
    </message>
  </context>
  <context>
    <name>RunConsole</name>
    <message>
      <source>Poll open: {question}</source>
      <translation>Umfrage offen: {question}</translation>
    </message>
    <message>
      <source>Results: {question}</source>
      <translation>Ergebnisse: {question}</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Moderationsmodus</translation>
    </message>
    <message>
      <source>● LIVE</source>
      <translation>● LIVE</translation>
    </message>
    <message>
      <source>Workshop time</source>
      <translation>Workshop-Zeit</translation>
    </message>
    <message>
      <source>Live polling</source>
      <translation>Live-Umfragen</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Aktueller Punkt</translation>
    </message>
    <message>
      <source>Current step</source>
      <translation>Aktueller Schritt</translation>
    </message>
    <message>
      <source>Item time</source>
      <translation>Zeit des Punkts</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notizen für die Moderation</translation>
    </message>
    <message>
      <source>Facilitator notes (only on this screen)</source>
      <translation>Notizen für die Moderation (nur auf diesem Bildschirm)</translation>
    </message>
    <message>
      <source>Results as the room sees them</source>
      <translation>Ergebnisse, wie der Raum sie sieht</translation>
    </message>
    <message>
      <source>Steps: click one to go there</source>
      <translation>Schritte: klicken Sie auf einen, um dorthin zu springen</translation>
    </message>
    <message>
      <source>Click an item or a poll step to go there</source>
      <translation>Klicken Sie auf einen Punkt oder Umfrageschritt, um dorthin zu springen</translation>
    </message>
    <message>
      <source>◀ Previous (PgUp)</source>
      <translation>◀ Zurück (PgUp)</translation>
    </message>
    <message>
      <source>Next (PgDn) ▶</source>
      <translation>Weiter (PgDn) ▶</translation>
    </message>
    <message>
      <source>Blank screen (B)</source>
      <translation>Bild aus (B)</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Präsentationsfenster</translation>
    </message>
    <message>
      <source>Back to editing (Esc)</source>
      <translation>Zurück zum Bearbeiten (Esc)</translation>
    </message>
    <message>
      <source>End session…</source>
      <translation>Sitzung beenden…</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <source>The agenda is empty</source>
      <translation>Der Ablauf ist leer</translation>
    </message>
    <message>
      <source>Add items to the agenda to run it.</source>
      <translation>Fügen Sie dem Ablauf Punkte hinzu, um ihn durchzuführen.</translation>
    </message>
    <message>
      <source>Introduction · {method}</source>
      <translation>Einführung · {method}</translation>
    </message>
    <message>
      <source>Goal: {goal}</source>
      <translation>Ziel: {goal}</translation>
    </message>
    <message>
      <source>No notes for this item.</source>
      <translation>Keine Notizen zu diesem Punkt.</translation>
    </message>
    <message>
      <source>Next: {title} ({minutes} min)</source>
      <translation>Danach: {title} ({minutes} Min.)</translation>
    </message>
    <message>
      <source>Next: end of the agenda</source>
      <translation>Danach: Ende des Ablaufs</translation>
    </message>
    <message>
      <source>{elapsed} of {planned} min</source>
      <translation>{elapsed} von {planned} Min.</translation>
    </message>
    <message>
      <source>Workshop: </source>
      <translation>Workshop: </translation>
    </message>
    <message>
      <source>Running {elapsed} of {planned} min planned</source>
      <translation>Läuft seit {elapsed} von {planned} geplanten Min.</translation>
    </message>
    <message>
      <source>Join: {url}  ·  room code {code}</source>
      <translation>Teilnehmen: {url}  ·  Raumcode {code}</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n Telefon verbunden</numerusform>
        <numerusform>%n Telefone verbunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n Antwort</numerusform>
        <numerusform>%n Antworten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n devices joined</source>
      <translation>
        <numerusform>%n Gerät beigetreten</numerusform>
        <numerusform>%n Geräte beigetreten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SessionChoiceRow</name>
    <message>
      <source>&amp;Sessions:</source>
      <translation>&amp;Sitzungen:</translation>
    </message>
    <message>
      <source>The latest session</source>
      <translation>Die letzte Sitzung</translation>
    </message>
    <message>
      <source>All sessions but rehearsals, side by side</source>
      <translation>Alle Sitzungen außer Proben, nebeneinander</translation>
    </message>
    <message>
      <source>The sessions shown ({count})</source>
      <translation>Die angezeigten Sitzungen ({count})</translation>
    </message>
    <message>
      <source>Session {number}, {date}</source>
      <translation>Sitzung {number}, {date}</translation>
    </message>
    <message>
      <source>(rehearsal)</source>
      <translation>(Probe)</translation>
    </message>
  </context>
  <context>
    <name>SessionCommands</name>
    <message>
      <source>Discard session {number}</source>
      <translation>Sitzung {number} verwerfen</translation>
    </message>
    <message>
      <source>Mark session {number} as a rehearsal</source>
      <translation>Sitzung {number} als Probe markieren</translation>
    </message>
    <message>
      <source>Mark session {number} as a real session</source>
      <translation>Sitzung {number} als echte Sitzung markieren</translation>
    </message>
  </context>
  <context>
    <name>SessionsDialog</name>
    <message>
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <source>#</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Times</source>
      <translation>Zeiten</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>Antworten</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Show Selected</source>
      <translation>Auswahl zeigen</translation>
    </message>
    <message>
      <source>Mark as Rehearsal</source>
      <translation>Als Probe markieren</translation>
    </message>
    <message>
      <source>Discard…</source>
      <translation>Verwerfen…</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>live</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>discarded</source>
      <translation>verworfen</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>Probe</translation>
    </message>
    <message>
      <source>session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <source>live rehearsal</source>
      <translation>laufende Probe</translation>
    </message>
    <message>
      <source>Mark as Real Session</source>
      <translation>Als echte Sitzung markieren</translation>
    </message>
    <message>
      <source>Discard this session?</source>
      <translation>Diese Sitzung verwerfen?</translation>
    </message>
    <message>
      <source>Session {number} ({responses} responses, {notes} notes) is left out of every view and the minutes, and deleted when the workshop is closed. Until then Edit › Undo or Restore brings it back.</source>
      <translation>Sitzung {number} ({responses} Antworten, {notes} Notizen) wird aus allen Ansichten und dem Protokoll genommen und beim Schließen des Workshops gelöscht. Bis dahin holt Bearbeiten › Rückgängig oder Wiederherstellen sie zurück.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Each session is one run of this workshop. Choose the sessions the agenda editor, the notes pane, the action items and the minutes show.</source>
      <translation>Jede Sitzung ist ein Durchlauf dieses Workshops. Wählen Sie die Sitzungen, die der Agenda-Editor, der Notizbereich, die Aufgaben und das Protokoll zeigen.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>On this computer (every workshop)</source>
      <translation>Auf diesem Computer (alle Workshops)</translation>
    </message>
    <message>
      <source>&amp;Network address:</source>
      <translation>&amp;Netzwerkadresse:</translation>
    </message>
    <message>
      <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room's router.</source>
      <translation>Die Adresse dieses Computers, mit der sich die Handys verbinden. Automatisch nimmt das Netzwerk, das ins Internet oder zum Router des Raums führt.</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <source>If this port is busy, the next free one is used.</source>
      <translation>Ist dieser Port belegt, wird der nächste freie verwendet.</translation>
    </message>
    <message>
      <source>Your &amp;organisation:</source>
      <translation>Ihre Or&amp;ganisation:</translation>
    </message>
    <message>
      <source>at the top of the minutes you export</source>
      <translation>oben auf den Protokollen, die Sie exportieren</translation>
    </message>
    <message>
      <source>In this workshop (saved in its file)</source>
      <translation>In diesem Workshop (in seiner Datei gespeichert)</translation>
    </message>
    <message>
      <source>Wi-Fi &amp;name (SSID):</source>
      <translation>WLAN-Na&amp;me (SSID):</translation>
    </message>
    <message>
      <source>Phones can scan a QR code on the presenter screen to join this Wi-Fi network. Leave the name empty to show no Wi-Fi code.</source>
      <translation>Telefone können einen QR-Code auf dem Präsentationsbildschirm scannen, um diesem WLAN beizutreten. Lassen Sie den Namen leer, um keinen WLAN-Code zu zeigen.</translation>
    </message>
    <message>
      <source>no Wi-Fi QR code</source>
      <translation>kein WLAN-QR-Code</translation>
    </message>
    <message>
      <source>Wi-Fi pass&amp;word:</source>
      <translation>WLAN-Pass&amp;wort:</translation>
    </message>
    <message>
      <source>New polls &amp;hide their results until they close</source>
      <translation>Neue Umfragen &amp;verbergen ihre Ergebnisse bis zum Ende</translation>
    </message>
    <message>
      <source>In new polls, participants may &amp;change their answers</source>
      <translation>In neuen Umfragen dürfen Teilnehmende ihre Antworten ä&amp;ndern</translation>
    </message>
    <message>
      <source>none (open network)</source>
      <translation>keines (offenes Netzwerk)</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Zeigen</translation>
    </message>
    <message>
      <source>&amp;Logo:</source>
      <translation>&amp;Logo:</translation>
    </message>
    <message>
      <source>no logo</source>
      <translation>kein Logo</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>&amp;Interface language:</source>
      <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
      <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop's own language.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start von workshop-app. Die Teilnehmerseite und das Protokoll verwenden die Sprache des jeweiligen Workshops.</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <source>Open a workshop to change these.</source>
      <translation>Öffnen Sie einen Workshop, um diese zu ändern.</translation>
    </message>
    <message>
      <source>{name} is read-only.</source>
      <translation>{name} ist schreibgeschützt.</translation>
    </message>
    <message>
      <source>Saved in {name}.</source>
      <translation>Gespeichert in {name}.</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>Logo auswählen</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Cannot use this logo</source>
      <translation>Dieses Logo kann nicht verwendet werden</translation>
    </message>
    <message>
      <source>{name} is not a PNG or JPEG image.</source>
      <translation>{name} ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
      <source>Presenter's second language</source>
      <translation>Zweite Sprache der Präsentationsansicht</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <source>Presenter's &amp;second language:</source>
      <translation>&amp;Zweite Sprache der Präsentation:</translation>
    </message>
    <message>
      <source>Minutes also in</source>
      <translation>Protokoll auch auf</translation>
    </message>
    <message>
      <source>&amp;Minutes also in:</source>
      <translation>&amp;Protokoll auch auf:</translation>
    </message>
    <message>
      <source>Automatic (now {address})</source>
      <translation>Automatisch (jetzt {address})</translation>
    </message>
    <message>
      <source>{address} is this computer only: phones cannot reach it. Choose the address of the room's Wi-Fi or Ethernet network.</source>
      <translation>{address} ist nur dieser Computer: Telefone erreichen ihn darüber nicht. Wählen Sie die Adresse des WLAN- oder Ethernet-Netzes im Raum.</translation>
    </message>
    <message>
      <source>No network found now ({address}): phones cannot join until this computer is connected to the room's Wi-Fi or network.</source>
      <translation>Zurzeit kein Netz gefunden ({address}): Telefone können erst teilnehmen, wenn dieser Computer mit dem WLAN oder Netz des Raums verbunden ist.</translation>
    </message>
    <message>
      <source>keep them</source>
      <translation>behalten</translation>
    </message>
    <message>
      <source> days after the minutes' export</source>
      <translation> Tage nach dem Export des Protokolls</translation>
    </message>
    <message>
      <source>Delete written answers and private notes</source>
      <translation>Freie Antworten und private Notizen löschen</translation>
    </message>
    <message>
      <source>Applied when the workshop is next opened after that time, with a notice first; 0 keeps them.</source>
      <translation>Wird beim nächsten Öffnen des Workshops nach dieser Zeit angewandt, mit einem Hinweis vorab; 0 behält sie.</translation>
    </message>
    <message>
      <source>Delete written answers and private notes:</source>
      <translation>Freie Antworten und private Notizen löschen:</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Agenda editor</source>
      <translation>Ablauf-Editor</translation>
    </message>
    <message>
      <source>Move the agenda item up</source>
      <translation>Punkt nach oben verschieben</translation>
    </message>
    <message>
      <source>Move the agenda item down</source>
      <translation>Punkt nach unten verschieben</translation>
    </message>
    <message>
      <source>Add an agenda item</source>
      <translation>Punkt hinzufügen</translation>
    </message>
    <message>
      <source>Duplicate the agenda item</source>
      <translation>Punkt duplizieren</translation>
    </message>
    <message>
      <source>Delete the agenda item</source>
      <translation>Punkt löschen</translation>
    </message>
    <message>
      <source>Note kind: Note</source>
      <translation>Notizart: Notiz</translation>
    </message>
    <message>
      <source>Note kind: Decision</source>
      <translation>Notizart: Entscheidung</translation>
    </message>
    <message>
      <source>Note kind: Action item</source>
      <translation>Notizart: Aufgabe</translation>
    </message>
    <message>
      <source>Note kind: Question</source>
      <translation>Notizart: Frage</translation>
    </message>
    <message>
      <source>Note kind: Quote</source>
      <translation>Notizart: Zitat</translation>
    </message>
    <message>
      <source>Notes pane</source>
      <translation>Notizbereich</translation>
    </message>
    <message>
      <source>Put the cursor in the note entry</source>
      <translation>Cursor in die Notizeingabe setzen</translation>
    </message>
    <message>
      <source>Anywhere</source>
      <translation>Überall</translation>
    </message>
    <message>
      <source>Add the typed note</source>
      <translation>Getippte Notiz hinzufügen</translation>
    </message>
    <message>
      <source>Note entry</source>
      <translation>Notizeingabe</translation>
    </message>
    <message>
      <source>Delete the selected note</source>
      <translation>Die gewählte Notiz löschen</translation>
    </message>
    <message>
      <source>Notes list</source>
      <translation>Notizliste</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Neuer Workshop</translation>
    </message>
    <message>
      <source>Open a workshop</source>
      <translation>Workshop öffnen</translation>
    </message>
    <message>
      <source>Save a copy as…</source>
      <translation>Kopie speichern unter…</translation>
    </message>
    <message>
      <source>Export minutes and data…</source>
      <translation>Protokoll und Daten exportieren…</translation>
    </message>
    <message>
      <source>Close the workshop</source>
      <translation>Workshop schließen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Moderationsmodus</translation>
    </message>
    <message>
      <source>Start or resume the session (run mode)</source>
      <translation>Sitzung starten oder fortsetzen (Moderationsmodus)</translation>
    </message>
    <message>
      <source>Next step (always, also while typing)</source>
      <translation>Nächster Schritt (immer, auch beim Tippen)</translation>
    </message>
    <message>
      <source>Previous step (always, also while typing)</source>
      <translation>Vorheriger Schritt (immer, auch beim Tippen)</translation>
    </message>
    <message>
      <source>Right / Space</source>
      <translation>Rechts / Leertaste</translation>
    </message>
    <message>
      <source>Next step (when not typing)</source>
      <translation>Nächster Schritt (wenn nicht getippt wird)</translation>
    </message>
    <message>
      <source>Previous step (when not typing)</source>
      <translation>Vorheriger Schritt (wenn nicht getippt wird)</translation>
    </message>
    <message>
      <source>B or .</source>
      <translation>B oder .</translation>
    </message>
    <message>
      <source>Blank or show the presenter screen (when not typing)</source>
      <translation>Präsentation aus- oder einblenden (wenn nicht getippt wird)</translation>
    </message>
    <message>
      <source>Leave run mode; the session stays live (when not typing)</source>
      <translation>Moderationsmodus verlassen; die Sitzung bleibt aktiv (wenn nicht getippt wird)</translation>
    </message>
    <message>
      <source>Presenter window full screen on or off</source>
      <translation>Präsentationsfenster Vollbild ein oder aus</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Präsentationsfenster</translation>
    </message>
    <message>
      <source>Show or hide the large join QR code on the presenter (when not typing)</source>
      <translation>Großen QR-Code zum Teilnehmen auf dem Präsentationsbildschirm ein- oder ausblenden (nicht beim Tippen)</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <source>workshop-app</source>
      <translation>workshop-app</translation>
    </message>
    <message>
      <source>Plan a time-boxed workshop, run it with live anonymous polls, and send the minutes the same evening — all offline.</source>
      <translation>Planen Sie einen Workshop mit festem Zeitplan, führen Sie ihn mit anonymen Live-Umfragen durch und versenden Sie das Protokoll noch am selben Abend — alles offline.</translation>
    </message>
    <message>
      <source>New workshop…</source>
      <translation>Neuer Workshop…</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>Öffnen…</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Demo ansehen</translation>
    </message>
    <message>
      <source>&amp;Recent workshops</source>
      <translation>&amp;Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
      <source>Recent workshops</source>
      <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
      <source>Start from a &amp;template</source>
      <translation>Mit einer &amp;Vorlage beginnen</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <source>  (not found)</source>
      <translation>  (nicht gefunden)</translation>
    </message>
    <message>
      <source>No recent workshops yet.</source>
      <translation>Noch keine zuletzt geöffneten Workshops.</translation>
    </message>
    <message>
      <source>{hours} h {minutes}</source>
      <translation>{hours}:{minutes} Std.</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
    </message>
    <message>
      <source>{items} items · {polls} polls · {duration}</source>
      <translation>{items} Punkte · {polls} Umfragen · {duration}</translation>
    </message>
    <message>
      <source>Plan, run and minute a participatory workshop</source>
      <translation>Einen Beteiligungsworkshop planen, durchführen und protokollieren</translation>
    </message>
    <message>
      <source>Start from a template or a blank agenda (Ctrl+N)</source>
      <translation>Mit einer Vorlage oder einer leeren Tagesordnung beginnen (Strg+N)</translation>
    </message>
    <message>
      <source>No recent workshops yet. Create one from a template, or explore the demo: a finished evening with polls, notes and minutes to look through.</source>
      <translation>Noch keine zuletzt geöffneten Workshops. Erstellen Sie einen aus einer Vorlage oder sehen Sie sich die Demo an: ein abgeschlossener Abend mit Umfragen, Notizen und Protokoll.</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDetailsDialog</name>
    <message>
      <source>Workshop details</source>
      <translation>Workshop-Details</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Gesetzt</translation>
    </message>
    <message>
      <source>Has a date</source>
      <translation>Hat ein Datum</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>dd.MM.yyyy</translation>
    </message>
    <message>
      <source>&amp;Start time:</source>
      <translation>&amp;Beginn:</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <source>HH:mm</source>
      <translation>HH:mm</translation>
    </message>
    <message>
      <source>&amp;Venue:</source>
      <translation>&amp;Ort:</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>&amp;Facilitators:</source>
      <translation>&amp;Moderation:</translation>
    </message>
    <message>
      <source>Facilitators, separated by commas</source>
      <translation>Moderierende, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>O&amp;rganisation:</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>The workshop needs a title.</source>
      <translation>Der Workshop braucht einen Titel.</translation>
    </message>
    <message>
      <source>Further languages</source>
      <translation>Weitere Sprachen</translation>
    </message>
    <message>
      <source>F&amp;urther languages:</source>
      <translation>W&amp;eitere Sprachen:</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Cannot start</source>
      <translation>Start nicht möglich</translation>
    </message>
    <message>
      <source>This workshop is open read-only.</source>
      <translation>Dieser Workshop ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
      <source>Nothing to run</source>
      <translation>Nichts durchzuführen</translation>
    </message>
    <message>
      <source>Add at least one agenda item first.</source>
      <translation>Fügen Sie zuerst mindestens einen Punkt hinzu.</translation>
    </message>
    <message>
      <source>Live polling did not start</source>
      <translation>Live-Umfragen wurden nicht gestartet</translation>
    </message>
    <message>
      <source>End the session?</source>
      <translation>Sitzung beenden?</translation>
    </message>
    <message>
      <source>Ending the session records its end time, closes the open poll and stops phones from answering. It cannot be resumed afterwards.</source>
      <translation>Beim Beenden wird die Endzeit gespeichert, die offene Umfrage geschlossen und keine Telefone können mehr antworten. Die Sitzung lässt sich danach nicht fortsetzen.</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Sitzung beenden</translation>
    </message>
    <message>
      <source>Device tokens not yet purged</source>
      <translation>Gerätekennungen noch nicht entfernt</translation>
    </message>
    <message>
      <source>The session has ended and its device tokens are deleted, but another program is reading the workshop file, so they are still in its journal (the -wal file beside it). Close that program; the app purges them again when you close this workshop.</source>
      <translation>Die Sitzung ist beendet und ihre Gerätekennungen sind gelöscht, aber ein anderes Programm liest die Workshop-Datei, daher stehen sie noch in ihrem Journal (der -wal-Datei daneben). Schließen Sie dieses Programm; die App entfernt sie erneut, wenn Sie diesen Workshop schließen.</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or quit and keep it open to resume later with the same join link?</source>
      <translation>Telefone sind mit der laufenden Sitzung dieses Workshops verbunden. Sitzung jetzt beenden, oder die App schließen und sie offen lassen, um sie später mit demselben Link fortzusetzen?</translation>
    </message>
    <message>
      <source>End session and quit</source>
      <translation>Sitzung beenden und App schließen</translation>
    </message>
    <message>
      <source>Quit and keep the session open to resume later</source>
      <translation>App schließen und Sitzung für später offen lassen</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or close and keep it open to resume later with the same join link?</source>
      <translation>Telefone sind mit der laufenden Sitzung dieses Workshops verbunden. Sitzung jetzt beenden, oder den Workshop schließen und sie offen lassen, um sie später mit demselben Link fortzusetzen?</translation>
    </message>
    <message>
      <source>End session and close</source>
      <translation>Sitzung beenden und Workshop schließen</translation>
    </message>
    <message>
      <source>Close and keep the session open to resume later</source>
      <translation>Workshop schließen und Sitzung für später offen lassen</translation>
    </message>
    <message>
      <source>A session is live</source>
      <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
      <source>Resume the live session?</source>
      <translation>Laufende Sitzung fortsetzen?</translation>
    </message>
    <message>
      <source>This workshop's session is still live: the app was closed or stopped during it. Resuming restarts live polling with the same join link and QR code, so phones reconnect by themselves and nobody can answer a poll twice.</source>
      <translation>Die Sitzung dieses Workshops läuft noch: Die App wurde währenddessen geschlossen oder angehalten. Beim Fortsetzen starten die Live-Umfragen mit demselben Link und QR-Code neu, sodass sich Telefone selbst wieder verbinden und niemand eine Umfrage doppelt beantworten kann.</translation>
    </message>
    <message>
      <source>Resume session</source>
      <translation>Sitzung fortsetzen</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Nicht jetzt</translation>
    </message>
    <message>
      <source>Presenter window closed: “Presenter window” shows it again.</source>
      <translation>Präsentationsfenster geschlossen: „Präsentationsfenster“ zeigt es wieder.</translation>
    </message>
    <message>
      <source>Presenter screen is BLANK (press B to show it).</source>
      <translation>Die Präsentation ist AUSGEBLENDET (B zeigt sie wieder).</translation>
    </message>
    <message>
      <source>Presenter screen is showing.</source>
      <translation>Die Präsentation wird gezeigt.</translation>
    </message>
    <message>
      <source>Presenter screen is showing on the second screen.</source>
      <translation>Die Präsentation wird auf dem zweiten Bildschirm gezeigt.</translation>
    </message>
    <message>
      <source>One screen: the presenter is a window beside this console. To show it on the projector, connect the projector as an extended display (the presenter moves there full screen by itself), or drag the window there and press F11.</source>
      <translation>Ein Bildschirm: Die Präsentation ist ein Fenster neben dieser Konsole. Um sie auf dem Beamer zu zeigen, schließen Sie den Beamer als erweiterten Bildschirm an (die Präsentation wechselt von selbst im Vollbild dorthin) oder ziehen Sie das Fenster dorthin und drücken Sie F11.</translation>
    </message>
  </context>
  <context>
    <name>SecondLanguageLine</name>
    <message>
      <source>Poll question in the second language</source>
      <translation>Umfragefrage in der zweiten Sprache</translation>
    </message>
  </context>
  <context>
    <name>TranslationsDialog</name>
    <message>
      <source>Translations</source>
      <translation>Übersetzungen</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>This workshop has no further languages. Add them in Workshop Details › Further languages.</source>
      <translation>Dieser Workshop hat keine weiteren Sprachen. Fügen Sie sie unter Workshop-Details › Weitere Sprachen hinzu.</translation>
    </message>
    <message>
      <source>Missing: phones see the text in {language}</source>
      <translation>Fehlt: Telefone zeigen den Text auf {language}</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n missing)</source>
      <translation>
        <numerusform>%1 (%n fehlt)</numerusform>
        <numerusform>%1 (%n fehlen)</numerusform>
      </translation>
    </message>
    <message>
      <source>Missing translations fall back to {language}: {languages}.</source>
      <translation>Fehlende Übersetzungen zeigen den Text auf {language}: {languages}.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Option {n}</source>
      <translation>Option {n}</translation>
    </message>
    <message>
      <source>Low end label</source>
      <translation>Beschriftung unteres Ende</translation>
    </message>
    <message>
      <source>High end label</source>
      <translation>Beschriftung oberes Ende</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
  </context>
  <context>
    <name>JoinBar</name>
    <message>
      <source>Join at</source>
      <translation>Teilnehmen unter</translation>
    </message>
    <message>
      <source>Address to type on a phone</source>
      <translation>Adresse zum Eintippen am Telefon</translation>
    </message>
    <message>
      <source>Room code</source>
      <translation>Raumcode</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Scan the code with your phone's camera, or type the address below</source>
      <translation>Scannen Sie den Code mit der Kamera Ihres Telefons oder tippen Sie die Adresse unten ein</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>QR-Code zum Teilnehmen</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>WLAN-QR-Code</translation>
    </message>
  </context>
  <context>
    <name>LiveBanner</name>
    <message>
      <source>● Session live: phones can still join and answer. The presenter screen shows the current step.</source>
      <translation>● Sitzung läuft: Telefone können weiterhin teilnehmen und antworten. Die Präsentation zeigt den aktuellen Schritt.</translation>
    </message>
    <message>
      <source>Back to run mode (F5)</source>
      <translation>Zurück zum Ablaufmodus (F5)</translation>
    </message>
    <message>
      <source>Live session</source>
      <translation>Laufende Sitzung</translation>
    </message>
  </context>
  <context>
    <name>MainToolbar</name>
    <message>
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <source>&amp;Toolbar</source>
      <translation>&amp;Werkzeugleiste</translation>
    </message>
  </context>
  <context>
    <name>NetworkChoice</name>
    <message>
      <source>Wi-Fi</source>
      <translation>WLAN</translation>
    </message>
    <message>
      <source>Ethernet</source>
      <translation>Ethernet</translation>
    </message>
    <message>
      <source>This computer only</source>
      <translation>nur dieser Computer</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>virtuell</translation>
    </message>
  </context>
  <context>
    <name>OptionsList</name>
    <message>
      <source>Poll options</source>
      <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
      <source>{value} = {label}</source>
      <translation>{value} = {label}</translation>
    </message>
    <message>
      <source>Choose a number from {low} to {high}</source>
      <translation>Wählen Sie eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
      <source>Answer in a few words on your phone</source>
      <translation>Antworten Sie mit wenigen Worten am Telefon</translation>
    </message>
    <message numerus="yes">
      <source>Choose up to %n answers</source>
      <translation>
        <numerusform>Wählen Sie bis zu %n Antwort</numerusform>
        <numerusform>Wählen Sie bis zu %n Antworten</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose as many as you like</source>
      <translation>Wählen Sie so viele, wie Sie möchten</translation>
    </message>
    <message>
      <source>Put them in order, most important first</source>
      <translation>Bringen Sie sie in eine Reihenfolge, das Wichtigste zuerst</translation>
    </message>
  </context>
  <context>
    <name>TemplatePickerDialog</name>
    <message>
      <source>New workshop</source>
      <translation>Neuer Workshop</translation>
    </message>
    <message>
      <source>Start from a ready agenda with polls, or from a blank one.</source>
      <translation>Beginnen Sie mit einer fertigen Tagesordnung samt Umfragen oder mit einer leeren.</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <source>Blank workshop</source>
      <translation>Leerer Workshop</translation>
    </message>
    <message>
      <source>An empty agenda you fill in yourself</source>
      <translation>Eine leere Tagesordnung, die Sie selbst füllen</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Erstellen…</translation>
    </message>
    <message>
      <source>An empty agenda: add items, their timing and polls in the editor.</source>
      <translation>Eine leere Tagesordnung: Punkte, Zeiten und Umfragen fügen Sie im Editor hinzu.</translation>
    </message>
    <message>
      <source>{minutes} min · {title} ({method})</source>
      <translation>{minutes} Min. · {title} ({method})</translation>
    </message>
    <message numerus="yes">
      <source>%n polls</source>
      <translation>
        <numerusform>%n Umfrage</numerusform>
        <numerusform>%n Umfragen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeviceWarning</name>
    <message>
      <source>⚠ One network address has been given {n} new devices. Someone may be answering more than once: compare the number of answers with the people in the room.</source>
      <translation>⚠ Eine Netzwerkadresse hat {n} neue Geräte erhalten. Vielleicht antwortet jemand mehrmals: Vergleichen Sie die Zahl der Antworten mit den Anwesenden.</translation>
    </message>
  </context>
  <context>
    <name>ExactCountsButton</name>
    <message>
      <source>Show exact counts on this screen…</source>
      <translation>Genaue Zahlen auf diesem Bildschirm zeigen…</translation>
    </message>
    <message>
      <source>Show exact counts?</source>
      <translation>Genaue Zahlen zeigen?</translation>
    </message>
    <message>
      <source>Your console will show the exact counts of “{question}”, including groups smaller than {k}, until the session ends. The projector keeps them hidden. This is recorded as a note and printed in the minutes.</source>
      <translation>Ihre Konsole zeigt die genauen Zahlen von „{question}“, auch Gruppen kleiner als {k}, bis die Sitzung endet. Der Projektor verbirgt sie weiterhin. Dies wird als Notiz festgehalten und im Protokoll gedruckt.</translation>
    </message>
    <message>
      <source>Show exact counts</source>
      <translation>Genaue Zahlen zeigen</translation>
    </message>
    <message>
      <source>The facilitator viewed the exact counts of the poll “{question}” (minimum group size {k}).</source>
      <translation>Die Moderation hat die genauen Zahlen der Umfrage „{question}“ angesehen (Mindestgruppengröße {k}).</translation>
    </message>
  </context>
  <context>
    <name>MinGroupField</name>
    <message>
      <source>Minimum group size (&amp;k):</source>
      <translation>Mindestgruppengröße (&amp;k):</translation>
    </message>
    <message>
      <source>As the workshop</source>
      <translation>Wie der Workshop</translation>
    </message>
    <message>
      <source>Minimum group size</source>
      <translation>Mindestgruppengröße</translation>
    </message>
    <message>
      <source>Results are shown only from this many answers; an option chosen by fewer people reads “fewer than k”. 1 turns this off.</source>
      <translation>Ergebnisse werden erst ab so vielen Antworten gezeigt; eine Option, die weniger Personen wählten, lautet „weniger als k“. 1 schaltet dies aus.</translation>
    </message>
    <message>
      <source>1 turns the protection off: a result of one or two people can show who they are in a small room.</source>
      <translation>1 schaltet den Schutz aus: In einem kleinen Raum kann ein Ergebnis von ein oder zwei Personen verraten, wer sie sind.</translation>
    </message>
  </context>
  <context>
    <name>RetentionNotice</name>
    <message>
      <source>This workshop keeps written answers and private facilitator notes for {days} days after its minutes were exported ({date}). That time has passed: {answers} written answers and the private notes of {items} agenda items will be deleted now. The minutes you exported are not changed. Export them again first if you still need the written answers.</source>
      <translation>Dieser Workshop bewahrt freie Antworten und private Moderationsnotizen {days} Tage nach dem Export seines Protokolls ({date}) auf. Diese Zeit ist abgelaufen: {answers} freie Antworten und die privaten Notizen von {items} Tagesordnungspunkten werden jetzt gelöscht. Das exportierte Protokoll bleibt unverändert. Exportieren Sie es vorher erneut, wenn Sie die freien Antworten noch brauchen.</translation>
    </message>
    <message>
      <source>Delete as planned?</source>
      <translation>Wie geplant löschen?</translation>
    </message>
    <message>
      <source>Delete now</source>
      <translation>Jetzt löschen</translation>
    </message>
  </context>
  <context>
    <name>SmallGroupWords</name>
    <message numerus="yes">
      <source>%n answers so far</source>
      <translation>
        <numerusform>%n Antwort bisher</numerusform>
        <numerusform>%n Antworten bisher</numerusform>
      </translation>
    </message>
    <message>
      <source>results appear from {k}</source>
      <translation>Ergebnisse ab {k}</translation>
    </message>
    <message>
      <source>fewer than {k}</source>
      <translation>weniger als {k}</translation>
    </message>
    <message>
      <source>withheld</source>
      <translation>zurückgehalten</translation>
    </message>
    <message>
      <source>Median {median} · the average is withheld (small groups)</source>
      <translation>Median {median} · der Mittelwert wird zurückgehalten (kleine Gruppen)</translation>
    </message>
  </context>
  <context>
    <name>IdeaBoard</name>
    <message>
      <source>Top ideas</source>
      <translation>Top-Ideen</translation>
    </message>
    <message>
      <source>Post your ideas on your phone — they appear here.</source>
      <translation>Schreiben Sie Ihre Ideen auf dem Handy — sie erscheinen hier.</translation>
    </message>
    <message>
      <source>Pinned</source>
      <translation>Angeheftet</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwortet</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Bearbeitet</translation>
    </message>
  </context>
  <context>
    <name>IdeaListModel</name>
    <message>
      <source>Votes</source>
      <translation>Stimmen</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>merged into #{id}</source>
      <translation>zusammengeführt mit Nr. {id}</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>wartet</translation>
    </message>
    <message>
      <source>shown</source>
      <translation>sichtbar</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>ausgeblendet</translation>
    </message>
    <message>
      <source>pinned</source>
      <translation>angeheftet</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>beantwortet</translation>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n zusammengeführt</numerusform>
        <numerusform>%n zusammengeführt</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>bearbeitet</translation>
    </message>
  </context>
  <context>
    <name>IdeaModerationPanel</name>
    <message>
      <source>Idea wall moderation</source>
      <translation>Moderation der Ideenwand</translation>
    </message>
    <message>
      <source>Ideas from the room</source>
      <translation>Ideen aus dem Raum</translation>
    </message>
    <message>
      <source>Idea counts</source>
      <translation>Anzahl der Ideen</translation>
    </message>
    <message>
      <source>Filter ideas…</source>
      <translation>Ideen filtern…</translation>
    </message>
    <message>
      <source>Filter ideas by their text</source>
      <translation>Ideen nach ihrem Text filtern</translation>
    </message>
    <message>
      <source>Which ideas to list</source>
      <translation>Welche Ideen aufgelistet werden</translation>
    </message>
    <message>
      <source>On the wall or waiting</source>
      <translation>An der Wand oder wartend</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Sichtbar</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Ausgeblendet</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwortet</translation>
    </message>
    <message>
      <source>All, merged ones too</source>
      <translation>Alle, auch zusammengeführte</translation>
    </message>
    <message>
      <source>Ideas: A approve, H hide, R answered, P pin, M merge, U unmerge, E edit</source>
      <translation>Ideen: A freigeben, H ausblenden, R beantwortet, P anheften, M zusammenführen, U trennen, E bearbeiten</translation>
    </message>
    <message>
      <source>Approve (A)</source>
      <translation>Freigeben (A)</translation>
    </message>
    <message>
      <source>Hide / show (H)</source>
      <translation>Ausblenden / zeigen (H)</translation>
    </message>
    <message>
      <source>Answered (R)</source>
      <translation>Beantwortet (R)</translation>
    </message>
    <message>
      <source>Pin (P)</source>
      <translation>Anheften (P)</translation>
    </message>
    <message>
      <source>Merge (M)</source>
      <translation>Zusammenführen (M)</translation>
    </message>
    <message>
      <source>How many top ideas to prioritise</source>
      <translation>Wie viele Top-Ideen priorisiert werden</translation>
    </message>
    <message>
      <source>Prioritise the top ideas with dots</source>
      <translation>Top-Ideen mit Punkten priorisieren</translation>
    </message>
    <message>
      <source>Top:</source>
      <translation>Top:</translation>
    </message>
    <message>
      <source>Moderation message</source>
      <translation>Moderationsmeldung</translation>
    </message>
    <message>
      <source>{ideas} ideas · {waiting} waiting · {hidden} hidden · {merged} merged</source>
      <translation>{ideas} Ideen · {waiting} wartend · {hidden} ausgeblendet · {merged} zusammengeführt</translation>
    </message>
    <message>
      <source>The wall needs at least two ideas on it first.</source>
      <translation>An der Wand müssen zuerst mindestens zwei Ideen stehen.</translation>
    </message>
    <message numerus="yes">
      <source>Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).</source>
      <translation>
        <numerusform>Punktabstimmung nach der Wand mit %n Top-Idee hinzugefügt (Strg+Z macht es rückgängig).</numerusform>
        <numerusform>Punktabstimmung nach der Wand mit den Top-%n-Ideen hinzugefügt (Strg+Z macht es rückgängig).</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose an idea in the list first.</source>
      <translation>Wählen Sie zuerst eine Idee in der Liste.</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas approved.</source>
      <translation>
        <numerusform>%n Idee freigegeben.</numerusform>
        <numerusform>%n Ideen freigegeben.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas hidden.</source>
      <translation>
        <numerusform>%n Idee ausgeblendet.</numerusform>
        <numerusform>%n Ideen ausgeblendet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas shown again.</source>
      <translation>
        <numerusform>%n Idee wieder sichtbar.</numerusform>
        <numerusform>%n Ideen wieder sichtbar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Marked answered.</source>
      <translation>Als beantwortet markiert.</translation>
    </message>
    <message>
      <source>Marked not answered.</source>
      <translation>Als nicht beantwortet markiert.</translation>
    </message>
    <message>
      <source>Pinned to the presenter screen.</source>
      <translation>Auf dem Präsentationsbildschirm angeheftet.</translation>
    </message>
    <message>
      <source>Unpinned.</source>
      <translation>Nicht mehr angeheftet.</translation>
    </message>
    <message>
      <source>Select the duplicates together with the idea to keep (the current one), then press M.</source>
      <translation>Wählen Sie die Duplikate zusammen mit der zu behaltenden Idee (der aktuellen) und drücken Sie M.</translation>
    </message>
    <message numerus="yes">
      <source>%n duplicates merged into the current idea.</source>
      <translation>
        <numerusform>%n Duplikat mit der aktuellen Idee zusammengeführt.</numerusform>
        <numerusform>%n Duplikate mit der aktuellen Idee zusammengeführt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit… (E)</source>
      <translation>Bearbeiten… (E)</translation>
    </message>
    <message>
      <source>The text is unchanged.</source>
      <translation>Der Text ist unverändert.</translation>
    </message>
    <message>
      <source>Idea edited: the room sees it marked as edited.</source>
      <translation>Idee bearbeitet: Der Raum sieht sie als bearbeitet markiert.</translation>
    </message>
    <message>
      <source>Unmerge (U)</source>
      <translation>Trennen (U)</translation>
    </message>
    <message>
      <source>Unmerged: the idea is on its own again, with the upvotes it brought.</source>
      <translation>Getrennt: Die Idee steht wieder für sich, mit den Stimmen, die sie mitgebracht hatte.</translation>
    </message>
    <message>
      <source>Choose a merged idea (list "All, merged ones too"), then press U to unmerge it.</source>
      <translation>Wählen Sie eine zusammengeführte Idee (Liste „Alle, auch zusammengeführte“) und drücken Sie U, um sie zu trennen.</translation>
    </message>
    <message>
      <source>This idea was merged by an earlier version of the app, which did not record which upvotes it brought: it cannot be unmerged.</source>
      <translation>Diese Idee wurde von einer früheren Version der App zusammengeführt, die nicht festhielt, welche Stimmen sie mitbrachte: Sie kann nicht getrennt werden.</translation>
    </message>
    <message>
      <source>This idea came along when “{idea}” was merged: unmerge “{idea}” first.</source>
      <translation>Diese Idee kam mit, als „{idea}“ zusammengeführt wurde: Trennen Sie zuerst „{idea}“.</translation>
    </message>
  </context>
  <context>
    <name>IdeaPollSettings</name>
    <message>
      <source>&amp;Approve each idea before the room sees it</source>
      <translation>Jede Idee &amp;freigeben, bevor der Raum sie sieht</translation>
    </message>
    <message>
      <source>Dots</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <source>Spread &amp;100 points instead of dots</source>
      <translation>&amp;100 Punkte verteilen statt Klebepunkte</translation>
    </message>
    <message>
      <source>Dots per participant</source>
      <translation>Punkte pro Person</translation>
    </message>
    <message>
      <source>Most dots on one option</source>
      <translation>Höchstens Punkte auf einer Option</translation>
    </message>
    <message>
      <source>&amp;Dots per participant:</source>
      <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
      <source>&amp;Most on one option:</source>
      <translation>&amp;Höchstens auf einer Option:</translation>
    </message>
  </context>
  <context>
    <name>Prioritise</name>
    <message>
      <source>Prioritise: {question}</source>
      <translation>Priorisieren: {question}</translation>
    </message>
  </context>
  <context>
    <name>Channels</name>
    <message>
      <source>Phones</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <source>Show of hands</source>
      <translation>Handzeichen</translation>
    </message>
    <message>
      <source>Paper ballots</source>
      <translation>Stimmzettel</translation>
    </message>
    <message>
      <source>Sticky dots</source>
      <translation>Klebepunkte</translation>
    </message>
    <message>
      <source>Entered by the facilitator</source>
      <translation>Von der Moderation eingetragen</translation>
    </message>
  </context>
  <context>
    <name>CountCommands</name>
    <message>
      <source>Change a count</source>
      <translation>Zählung ändern</translation>
    </message>
    <message>
      <source>Change people present</source>
      <translation>Anwesende ändern</translation>
    </message>
  </context>
  <context>
    <name>RoomCountsPanel</name>
    <message>
      <source>Counted in the room</source>
      <translation>Im Raum gezählt</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>nicht gezählt</translation>
    </message>
    <message>
      <source>People present at this item</source>
      <translation>Anwesende bei diesem Punkt</translation>
    </message>
    <message>
      <source>Answers by channel</source>
      <translation>Antworten nach Kanal</translation>
    </message>
    <message>
      <source>Show the split on the presenter</source>
      <translation>Aufteilung auf dem Präsentationsbildschirm zeigen</translation>
    </message>
    <message>
      <source>Counted from</source>
      <translation>Gezählt per</translation>
    </message>
    <message>
      <source>One answer, as on the ballot</source>
      <translation>Eine Antwort, wie auf dem Stimmzettel</translation>
    </message>
    <message>
      <source>Add ballot</source>
      <translation>Stimmzettel hinzufügen</translation>
    </message>
    <message>
      <source>Enter for someone without a phone</source>
      <translation>Für jemanden ohne Telefon eintragen</translation>
    </message>
    <message>
      <source>Counted once; the minutes only say how many answers you entered</source>
      <translation>Einmal gezählt; das Protokoll nennt nur, wie viele Antworten Sie eingetragen haben</translation>
    </message>
    <message>
      <source>People present:</source>
      <translation>Anwesende:</translation>
    </message>
    <message>
      <source>Counted from:</source>
      <translation>Gezählt per:</translation>
    </message>
    <message>
      <source>Count for {answer}</source>
      <translation>Anzahl für {answer}</translation>
    </message>
    <message>
      <source>Option number, e.g. 2</source>
      <translation>Nummer der Option, z. B. 2</translation>
    </message>
    <message>
      <source>Option numbers, e.g. 1 3</source>
      <translation>Nummern der Optionen, z. B. 1 3</translation>
    </message>
    <message>
      <source>A value of the scale, e.g. 4</source>
      <translation>Ein Wert der Skala, z. B. 4</translation>
    </message>
    <message>
      <source>Options in order, first choice first, e.g. 2 1 3</source>
      <translation>Optionen in Reihenfolge, erste Wahl zuerst, z. B. 2 1 3</translation>
    </message>
    <message>
      <source>The answer as written</source>
      <translation>Die Antwort wie geschrieben</translation>
    </message>
    <message>
      <source>{answers} answers but {people} people present: check the counts</source>
      <translation>{answers} Antworten, aber {people} Anwesende: Zählungen prüfen</translation>
    </message>
    <message>
      <source>That is not an answer to this poll.</source>
      <translation>Das ist keine Antwort auf diese Umfrage.</translation>
    </message>
    <message>
      <source>Enter an answer for someone</source>
      <translation>Antwort für jemanden eintragen</translation>
    </message>
    <message>
      <source>Add a ballot</source>
      <translation>Stimmzettel hinzufügen</translation>
    </message>
    <message>
      <source>Entered for someone without a phone.</source>
      <translation>Für jemanden ohne Telefon eingetragen.</translation>
    </message>
    <message>
      <source>Ballot added.</source>
      <translation>Stimmzettel hinzugefügt.</translation>
    </message>
  </context>
  <context>
    <name>ItemSessionsBox</name>
    <message>
      <source>In the sessions shown</source>
      <translation>In den angezeigten Sitzungen</translation>
    </message>
    <message>
      <source>Session › Sessions… chooses the sessions shown.</source>
      <translation>Sitzung › Sitzungen… wählt die angezeigten Sitzungen.</translation>
    </message>
    <message>
      <source>The item in the sessions shown</source>
      <translation>Der Punkt in den angezeigten Sitzungen</translation>
    </message>
    <message>
      <source>Not run yet: times and responses appear here after a session.</source>
      <translation>Noch nicht durchgeführt: Zeiten und Antworten erscheinen hier nach einer Sitzung.</translation>
    </message>
    <message>
      <source>No session to show: every session is discarded.</source>
      <translation>Keine Sitzung anzuzeigen: Alle Sitzungen sind verworfen.</translation>
    </message>
    <message>
      <source>Showing the live session {number} of {date}</source>
      <translation>Angezeigt: laufende Sitzung {number} vom {date}</translation>
    </message>
    <message>
      <source>Showing session {number} of {date} (a rehearsal)</source>
      <translation>Angezeigt: Sitzung {number} vom {date} (eine Probe)</translation>
    </message>
    <message>
      <source>Showing session {number} of {date}</source>
      <translation>Angezeigt: Sitzung {number} vom {date}</translation>
    </message>
    <message numerus="yes">
      <source>Showing %n sessions: {sessions}</source>
      <translation>
        <numerusform>Angezeigt: %n Sitzung: {sessions}</numerusform>
        <numerusform>Angezeigt: %n Sitzungen: {sessions}</numerusform>
      </translation>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>Sitzung {number}</translation>
    </message>
    <message>
      <source>[rehearsal]</source>
      <translation>[Probe]</translation>
    </message>
    <message>
      <source>Actual times:</source>
      <translation>Tatsächliche Zeiten:</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>nicht erreicht</translation>
    </message>
    <message numerus="yes">
      <source>(%n min)</source>
      <translation>
        <numerusform>(%n Min.)</numerusform>
        <numerusform>(%n Min.)</numerusform>
      </translation>
    </message>
    <message>
      <source>Responses:</source>
      <translation>Antworten:</translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n Antwort</numerusform>
        <numerusform>%n Antworten</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} in session {number}</source>
      <translation>{count} in Sitzung {number}</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n Idee</numerusform>
        <numerusform>%n Ideen</numerusform>
      </translation>
    </message>
  </context>
</TS>
