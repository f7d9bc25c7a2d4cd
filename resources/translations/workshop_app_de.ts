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
        <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room&apos;s network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
        <translation>Beteiligungsworkshops planen, durchführen und protokollieren — offline, mit anonymen Live-Umfragen, die vom Handy aus über das Netzwerk des Raums beantwortet werden.

Alles zu einem Workshop liegt in einer einzigen .workshop-Datei auf diesem Computer. Nichts wird ins Internet gesendet.

Lizenz: GPL-3.0-or-later. Schriften: DejaVu (freie Lizenz, siehe resources/fonts).</translation>
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
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>Dateien nach {folder} exportiert: {count}</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Live polls</source>
        <translation>Live-Umfragen</translation>
    </message>
    <message>
        <source>&amp;Network address:</source>
        <translation>&amp;Netzwerkadresse:</translation>
    </message>
    <message>
        <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room&apos;s router.</source>
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
        <source>New polls &amp;hide their results until they close</source>
        <translation>Neue Umfragen &amp;verbergen ihre Ergebnisse bis zum Ende</translation>
    </message>
    <message>
        <source>In new polls, participants may &amp;change their answers</source>
        <translation>In neuen Umfragen dürfen Teilnehmende ihre Antworten ä&amp;ndern</translation>
    </message>
    <message>
        <source>Wi-Fi shown on the presenter screen</source>
        <translation>WLAN auf der Präsentation</translation>
    </message>
    <message>
        <source>Phones can scan a QR code to join this Wi-Fi network before they open the poll page. Leave the name empty to show no Wi-Fi code.</source>
        <translation>Handys können einen QR-Code scannen, um diesem WLAN beizutreten, bevor sie die Umfrageseite öffnen. Lassen Sie den Namen leer, um keinen WLAN-Code zu zeigen.</translation>
    </message>
    <message>
        <source>Network &amp;name (SSID):</source>
        <translation>Netzwerk&amp;name (SSID):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
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
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>shown at the top of the PDF minutes</source>
        <translation>erscheint oben im PDF-Protokoll</translation>
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
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop&apos;s own language.</source>
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
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
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
</context>
</TS>
