<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About workshop-app</source>
        <translation>Over workshop-app</translation>
    </message>
    <message>
        <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room&apos;s network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
        <translation>Participatieve workshops plannen, leiden en notuleren — offline, met anonieme live-peilingen die met de telefoon via het netwerk van de zaal worden beantwoord.

Alles van een workshop staat in één .workshop-bestand op deze computer. Er wordt niets naar het internet verstuurd.

Licentie: GPL-3.0-or-later. Lettertypen: DejaVu (vrije licentie, zie resources/fonts).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Choose what to export. Files are written into the folder below, named after the workshop.</source>
        <translation>Kies wat u wilt exporteren. De bestanden komen in de map hieronder en krijgen de naam van de workshop.</translation>
    </message>
    <message>
        <source>&amp;PDF minutes, ready to send</source>
        <translation>&amp;PDF-verslag, klaar om te versturen</translation>
    </message>
    <message>
        <source>&amp;Markdown minutes, for e-mail or a wiki</source>
        <translation>&amp;Markdown-verslag, voor e-mail of een wiki</translation>
    </message>
    <message>
        <source>&amp;CSV files: results per poll, notes, action items</source>
        <translation>&amp;CSV-bestanden: resultaten per peiling, notities, actiepunten</translation>
    </message>
    <message>
        <source>&amp;JSON data of the whole workshop</source>
        <translation>&amp;JSON-gegevens van de hele workshop</translation>
    </message>
    <message>
        <source>P&amp;lan file, to reuse the agenda and polls</source>
        <translation>P&amp;lanbestand, om agenda en peilingen opnieuw te gebruiken</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Open the minutes when done</source>
        <translation>Verslag &amp;openen als het klaar is</translation>
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
        <translation>Melding: alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nieuw vanuit &amp;sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>Plan &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>Plan e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Export Minutes and Data…</source>
        <translation>Verslag en gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>Workshop s&amp;luiten</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About workshop-app</source>
        <translation>&amp;Over workshop-app</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Workshop &amp;Details…</source>
        <translation>Workshop&amp;gegevens…</translation>
    </message>
    <message>
        <source>&amp;Start or Resume Session</source>
        <translation>Sessie &amp;starten of hervatten</translation>
    </message>
    <message>
        <source>&amp;End Session…</source>
        <translation>Sessie &amp;beëindigen…</translation>
    </message>
    <message>
        <source>&amp;Presenter Window</source>
        <translation>&amp;Presentatievenster</translation>
    </message>
    <message>
        <source>&amp;Blank Presenter Screen (B)</source>
        <translation>Presentatie&amp;scherm zwart (B)</translation>
    </message>
    <message>
        <source>&amp;Notes Pane</source>
        <translation>&amp;Notitiepaneel</translation>
    </message>
    <message>
        <source>&amp;Write a Note</source>
        <translation>Notitie s&amp;chrijven</translation>
    </message>
    <message>
        <source>&amp;Action Items…</source>
        <translation>&amp;Actiepunten…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nieuw vanuit &amp;sjabloon</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>The new language applies the next time workshop-app starts.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van workshop-app.</translation>
    </message>
    <message>
        <source>Workshops (*.workshop)</source>
        <translation>Workshops (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop plans (*.plan.json *.json)</source>
        <translation>Workshopplannen (*.plan.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan de workshop niet openen</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop openen</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Cannot use template</source>
        <translation>Kan het sjabloon niet gebruiken</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Nieuwe workshop vanuit sjabloon</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>Kan de demo niet maken</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Vervangen niet mogelijk</translation>
    </message>
    <message>
        <source>That workshop is open; choose another name.</source>
        <translation>Die workshop is geopend; kies een andere naam.</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Kan de workshop niet maken</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Alleen-lezen: {reason}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geopend</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Kopie opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importeren</translation>
    </message>
    <message>
        <source>Cannot import plan</source>
        <translation>Kan het plan niet importeren</translation>
    </message>
    <message>
        <source>Imported {count} agenda items from {name}</source>
        <translation>Agendapunten geïmporteerd uit {name}: {count}</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>Cannot export plan</source>
        <translation>Kan het plan niet exporteren</translation>
    </message>
    <message>
        <source>Exported the plan to {path}</source>
        <translation>Plan geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets te exporteren</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Kies ten minste één formaat.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>Bestanden geëxporteerd naar {folder}: {count}</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Niets geëxporteerd</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <source>The session has ended and its end time is recorded. Export the minutes now?</source>
        <translation>De sessie is beëindigd en het eindtijdstip is vastgelegd. Het verslag nu exporteren?</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Verslag exporteren…</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Geen recente workshops</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punt:</translation>
    </message>
    <message>
        <source>Agenda item of the note</source>
        <translation>Agendapunt van de notitie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Kind of note (Ctrl+1 to Ctrl+5)</source>
        <translation>Soort notitie (Ctrl+1 tot Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Poll:</source>
        <translation>Pe&amp;iling:</translation>
    </message>
    <message>
        <source>Poll the note refers to</source>
        <translation>Peiling waarover de notitie gaat</translation>
    </message>
    <message>
        <source>Type a note, press Enter</source>
        <translation>Typ een notitie en druk op Enter</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notities doorzoeken</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Notities van soort tonen</translation>
    </message>
    <message>
        <source>Show notes of item</source>
        <translation>Notities van punt tonen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Action items…</source>
        <translation>Actiepunten…</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Poll</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Poll type</source>
        <translation>Soort peiling</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>What do you want to ask the room?</source>
        <translation>Wat wilt u de zaal vragen?</translation>
    </message>
    <message>
        <source>&amp;Options, one per line</source>
        <translation>&amp;Antwoorden, één per regel</translation>
    </message>
    <message>
        <source>Options, one per line</source>
        <translation>Antwoorden, één per regel</translation>
    </message>
    <message>
        <source>At &amp;most this many choices:</source>
        <translation>&amp;Hoogstens zoveel keuzes:</translation>
    </message>
    <message>
        <source>Maximum number of choices</source>
        <translation>Maximaal aantal keuzes</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Laagste waarde</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Label van de laagste waarde</translation>
    </message>
    <message>
        <source>e.g. Not at all</source>
        <translation>bijv. Helemaal niet</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Hoogste waarde</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Label van de hoogste waarde</translation>
    </message>
    <message>
        <source>e.g. Very much</source>
        <translation>bijv. Heel erg</translation>
    </message>
    <message>
        <source>Participants may &amp;change their answer until the poll closes</source>
        <translation>Deelnemers mogen hun antwoord &amp;wijzigen tot de peiling sluit</translation>
    </message>
    <message>
        <source>&amp;Hide results on the presenter screen until the poll closes</source>
        <translation>Resultaten op het presentatiescherm &amp;verbergen tot de peiling sluit</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Live polls</source>
        <translation>Live-peilingen</translation>
    </message>
    <message>
        <source>&amp;Network address:</source>
        <translation>&amp;Netwerkadres:</translation>
    </message>
    <message>
        <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room&apos;s router.</source>
        <translation>Het adres van deze computer waarmee telefoons verbinden. Automatisch gebruikt het netwerk dat naar het internet of de router van de zaal leidt.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>If this port is busy, the next free one is used.</source>
        <translation>Is deze poort bezet, dan wordt de volgende vrije gebruikt.</translation>
    </message>
    <message>
        <source>New polls &amp;hide their results until they close</source>
        <translation>Nieuwe peilingen &amp;verbergen hun resultaten tot ze sluiten</translation>
    </message>
    <message>
        <source>In new polls, participants may &amp;change their answers</source>
        <translation>In nieuwe peilingen mogen deelnemers hun antwoorden &amp;wijzigen</translation>
    </message>
    <message>
        <source>Wi-Fi shown on the presenter screen</source>
        <translation>Wifi op het presentatiescherm</translation>
    </message>
    <message>
        <source>Phones can scan a QR code to join this Wi-Fi network before they open the poll page. Leave the name empty to show no Wi-Fi code.</source>
        <translation>Telefoons kunnen een QR-code scannen om verbinding te maken met dit wifinetwerk voordat ze de peilingspagina openen. Laat de naam leeg om geen wificode te tonen.</translation>
    </message>
    <message>
        <source>Network &amp;name (SSID):</source>
        <translation>Netwerk&amp;naam (SSID):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>none (open network)</source>
        <translation>geen (open netwerk)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>shown at the top of the PDF minutes</source>
        <translation>staat boven aan het PDF-verslag</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Taal van de &amp;interface:</translation>
    </message>
    <message>
        <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop&apos;s own language.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van workshop-app. De deelnemerspagina en het verslag gebruiken de taal van elke workshop zelf.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Een logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
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
        <translation>Plan een workshop met een strakke tijdsindeling, leid hem met anonieme live-peilingen en verstuur het verslag nog dezelfde avond — helemaal offline.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nieuwe workshop…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>De demo verkennen</translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>&amp;Recente workshops</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recente workshops</translation>
    </message>
    <message>
        <source>Start from a &amp;template</source>
        <translation>Beginnen met een &amp;sjabloon</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (niet gevonden)</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Nog geen recente workshops.</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} u {minutes}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{items} items · {polls} polls · {duration}</source>
        <translation>{items} punten · {polls} peilingen · {duration}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshopgegevens</translation>
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
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Heeft een datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Begintijd:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Begeleiders:</translation>
    </message>
    <message>
        <source>Facilitators, separated by commas</source>
        <translation>Begeleiders, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
</TS>
