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
      <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room's network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Participatieve workshops plannen, leiden en notuleren — offline, met anonieme live-peilingen die met de telefoon via het netwerk van de zaal worden beantwoord.

Alles van een workshop staat in één .workshop-bestand op deze computer. Er wordt niets naar het internet verstuurd.

Licentie: GPL-3.0-or-later. Lettertypen: DejaVu (vrije licentie, zie resources/fonts).</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsDialog</name>
    <message>
      <source>Action items</source>
      <translation>Actiepunten</translation>
    </message>
    <message>
      <source>Double-click a cell to edit it; tick Status when an action is done. Dates are written like 2026-04-30.</source>
      <translation>Dubbelklik op een cel om die te bewerken; vink Status aan als een actie klaar is. Datums schrijft u als 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punt</translation>
    </message>
    <message>
      <source>“{text}” is not a date; write it like 2026-04-30.</source>
      <translation>‘{text}’ is geen datum; schrijf het als 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>AgendaCommands</name>
    <message>
      <source>Edit workshop details</source>
      <translation>Workshopgegevens bewerken</translation>
    </message>
    <message>
      <source>Add “{title}”</source>
      <translation>‘{title}’ toevoegen</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>‘{title}’ verwijderen</translation>
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (kopie)</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>‘{title}’ dupliceren</translation>
    </message>
    <message>
      <source>Edit {what} of “{title}”</source>
      <translation>{what} van ‘{title}’ bewerken</translation>
    </message>
    <message>
      <source>Edit item of “{title}”</source>
      <translation>Punt ‘{title}’ bewerken</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>‘{title}’ verplaatsen</translation>
    </message>
    <message>
      <source>Add poll “{question}”</source>
      <translation>Peiling ‘{question}’ toevoegen</translation>
    </message>
    <message>
      <source>Edit poll “{question}”</source>
      <translation>Peiling ‘{question}’ bewerken</translation>
    </message>
    <message>
      <source>Delete poll “{question}”</source>
      <translation>Peiling ‘{question}’ verwijderen</translation>
    </message>
    <message>
      <source>Move poll</source>
      <translation>Peiling verplaatsen</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Total planned duration</source>
      <translation>Geplande totale duur</translation>
    </message>
    <message>
      <source>&amp;Add item</source>
      <translation>Punt &amp;toevoegen</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliceren</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>&amp;Workshop details…</source>
      <translation>&amp;Workshopgegevens…</translation>
    </message>
    <message>
      <source>Add an agenda item after the selected one (Ctrl+Shift+I)</source>
      <translation>Een agendapunt toevoegen na het geselecteerde (Ctrl+Shift+I)</translation>
    </message>
    <message>
      <source>Duplicate the selected item with its polls (Ctrl+D)</source>
      <translation>Het geselecteerde punt met zijn peilingen dupliceren (Ctrl+D)</translation>
    </message>
    <message>
      <source>Ctrl+Up; or drag the row</source>
      <translation>Ctrl+Omhoog; of sleep de rij</translation>
    </message>
    <message>
      <source>Ctrl+Down; or drag the row</source>
      <translation>Ctrl+Omlaag; of sleep de rij</translation>
    </message>
    <message>
      <source>No date set</source>
      <translation>Geen datum ingesteld</translation>
    </message>
    <message>
      <source>starts {time}</source>
      <translation>begint om {time}</translation>
    </message>
    <message>
      <source>Facilitators: {names}</source>
      <translation>Begeleiding: {names}</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%n items · total {duration} · planned end {end}</source>
      <translation>
        <numerusform>%n punt · totaal {duration} · gepland einde {end}</numerusform>
        <numerusform>%n punten · totaal {duration} · gepland einde {end}</numerusform>
      </translation>
    </message>
    <message>
      <source>New item</source>
      <translation>Nieuw punt</translation>
    </message>
    <message>
      <source>Delete an item whose polls have answers?</source>
      <translation>Een punt verwijderen waarvan de peilingen antwoorden hebben?</translation>
    </message>
    <message numerus="yes">
      <source>The polls of this item have %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>De peilingen van dit punt hebben %n antwoord, alle sessies meegeteld (ook repetities). Het wordt ermee verwijderd en ongedaan maken brengt het niet terug.</numerusform>
        <numerusform>De peilingen van dit punt hebben %n antwoorden, alle sessies meegeteld (ook repetities). Ze worden ermee verwijderd en ongedaan maken brengt ze niet terug.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punt</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Werkvorm</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Peilingen</translation>
    </message>
  </context>
  <context>
    <name>AgendaTable</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>The computer refused: {reason}.</source>
      <translation>De computer weigerde: {reason}.</translation>
    </message>
    <message>
      <source>Something went wrong and that step was not done. Everything saved before it is still in the workshop file.</source>
      <translation>Er ging iets mis en die stap is niet uitgevoerd. Alles wat daarvoor is opgeslagen, staat nog in het workshopbestand.</translation>
    </message>
    <message>
      <source>Details for support: {path}</source>
      <translation>Details voor ondersteuning: {path}</translation>
    </message>
    <message>
      <source>That did not work</source>
      <translation>Dat is niet gelukt</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
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
    <message numerus="yes">
      <source>Exported %n files to {folder}</source>
      <translation>
        <numerusform>%n bestand geëxporteerd naar {folder}</numerusform>
        <numerusform>%n bestanden geëxporteerd naar {folder}</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing exported</source>
      <translation>Niets geëxporteerd</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Exporteren mislukt</translation>
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
      <source>&amp;HTML minutes (accessible), for screen readers and the web</source>
      <translation>&amp;HTML-verslag (toegankelijk), voor schermlezers en het web</translation>
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
    <message>
      <source>Export into</source>
      <translation>Exporteren naar</translation>
    </message>
    <message>
      <source>&amp;Data-protection summary (one page, Markdown), for an impact assessment</source>
      <translation>Samenvatting &amp;gegevensbescherming (één pagina, Markdown), voor een effectbeoordeling</translation>
    </message>
  </context>
  <context>
    <name>IdeaEditDialog</name>
    <message>
      <source>Edit idea</source>
      <translation>Idee bewerken</translation>
    </message>
    <message>
      <source>As it is now:</source>
      <translation>Zoals het nu is:</translation>
    </message>
    <message>
      <source>The idea's text as it is now</source>
      <translation>De tekst van het idee zoals die nu is</translation>
    </message>
    <message>
      <source>&amp;New text:</source>
      <translation>&amp;Nieuwe tekst:</translation>
    </message>
    <message>
      <source>The idea's new text</source>
      <translation>De nieuwe tekst van het idee</translation>
    </message>
    <message>
      <source>Why the text cannot be saved</source>
      <translation>Waarom de tekst niet bewaard kan worden</translation>
    </message>
    <message>
      <source>The phones, the presenter and the minutes will mark this idea as edited. The text as it is now is not kept.</source>
      <translation>De telefoons, het presentatiescherm en het verslag markeren dit idee als bewerkt. De huidige tekst wordt niet bewaard.</translation>
    </message>
    <message numerus="yes">
      <source>%n characters left</source>
      <translation>
        <numerusform>nog %n teken</numerusform>
        <numerusform>nog %n tekens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>An idea has at most %n characters: shorten it.</source>
      <translation>
        <numerusform>Een idee heeft hoogstens %n teken: maak het korter.</numerusform>
        <numerusform>Een idee heeft hoogstens %n tekens: maak het korter.</numerusform>
      </translation>
    </message>
    <message>
      <source>The text holds a character that cannot be shown: type it again.</source>
      <translation>De tekst bevat een teken dat niet getoond kan worden: typ het opnieuw.</translation>
    </message>
    <message>
      <source>The text cannot be empty. To take an idea off the wall, hide it (H).</source>
      <translation>De tekst kan niet leeg zijn. Om een idee van de muur te halen, verberg het (H).</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <source>Item title</source>
      <translation>Titel van het punt</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Werkvorm</translation>
    </message>
    <message>
      <source>Planned minutes</source>
      <translation>Geplande minuten</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>What this item should achieve</source>
      <translation>Wat dit punt moet opleveren</translation>
    </message>
    <message>
      <source>Facilitator notes (private)</source>
      <translation>Notities voor de begeleider (privé)</translation>
    </message>
    <message>
      <source>Private: shown only on the facilitator's console</source>
      <translation>Privé: alleen zichtbaar op de console van de begeleider</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Werkvorm:</translation>
    </message>
    <message>
      <source>Planned &amp;minutes:</source>
      <translation>Geplande &amp;minuten:</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Doel:</translation>
    </message>
    <message>
      <source>Facilitator &amp;notes:</source>
      <translation>&amp;Notities begeleider:</translation>
    </message>
    <message>
      <source>Polls of this item</source>
      <translation>Peilingen van dit punt</translation>
    </message>
    <message>
      <source>Add &amp;poll…</source>
      <translation>&amp;Peiling toevoegen…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Move poll up</source>
      <translation>Peiling omhoog</translation>
    </message>
    <message>
      <source>Move poll down</source>
      <translation>Peiling omlaag</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Peilingen</translation>
    </message>
    <message>
      <source>Select an agenda item, or add one.</source>
      <translation>Selecteer een agendapunt, of voeg er een toe.</translation>
    </message>
    <message>
      <source>Poll {state}</source>
      <translation>Peiling {state}</translation>
    </message>
    <message>
      <source>Change a poll that has answers?</source>
      <translation>Een peiling wijzigen die al antwoorden heeft?</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Wijzigen</translation>
    </message>
    <message>
      <source>Delete a poll with answers?</source>
      <translation>Een peiling met antwoorden verwijderen?</translation>
    </message>
    <message>
      <source>T&amp;ranslations…</source>
      <translation>V&amp;ertalingen…</translation>
    </message>
    <message>
      <source>Item translations</source>
      <translation>Vertalingen van het punt</translation>
    </message>
    <message>
      <source>Languages:</source>
      <translation>Talen:</translation>
    </message>
    <message>
      <source>[missing: {languages}]</source>
      <translation>[ontbreekt: {languages}]</translation>
    </message>
    <message>
      <source>Only the workshop's main language.</source>
      <translation>Alleen de hoofdtaal van de workshop.</translation>
    </message>
    <message>
      <source>Missing: {languages}</source>
      <translation>Ontbreekt: {languages}</translation>
    </message>
    <message>
      <source>Translated into {languages}</source>
      <translation>Vertaald in {languages}</translation>
    </message>
    <message numerus="yes">
      <source>This poll already has %n answers, counting every session. Changing its options can make them point at different options.</source>
      <translation>
        <numerusform>Deze peiling heeft al %n antwoord, alle sessies meegeteld. Door de opties te wijzigen kan het naar een andere optie wijzen.</numerusform>
        <numerusform>Deze peiling heeft al %n antwoorden, alle sessies meegeteld. Door de opties te wijzigen kunnen ze naar andere opties wijzen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This poll has %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>Deze peiling heeft %n antwoord, alle sessies meegeteld (ook repetities). Het wordt ermee verwijderd en ongedaan maken brengt het niet terug.</numerusform>
        <numerusform>Deze peiling heeft %n antwoorden, alle sessies meegeteld (ook repetities). Ze worden ermee verwijderd en ongedaan maken brengt ze niet terug.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Plenary</source>
      <translation>Plenair</translation>
    </message>
    <message>
      <source>Small groups</source>
      <translation>Kleine groepen</translation>
    </message>
    <message>
      <source>Poll</source>
      <translation>Peiling</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentatie</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pauze</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overig</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Eén keuze</translation>
    </message>
    <message>
      <source>Multiple choice</source>
      <translation>Meerkeuze</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Schaal</translation>
    </message>
    <message>
      <source>Open text</source>
      <translation>Open tekst</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Rangschikking</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>concept</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>gesloten</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Citaat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>+{time} over</source>
      <translation>+{time} over tijd</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>nog {time}</translation>
    </message>
    <message>
      <source>The question is empty.</source>
      <translation>De vraag is leeg.</translation>
    </message>
    <message>
      <source>A poll of this type needs at least two options.</source>
      <translation>Een peiling van dit type heeft minstens twee opties nodig.</translation>
    </message>
    <message>
      <source>Two options have the same text.</source>
      <translation>Twee opties hebben dezelfde tekst.</translation>
    </message>
    <message>
      <source>The maximum number of choices must be at least 1.</source>
      <translation>Het maximale aantal keuzes moet minstens 1 zijn.</translation>
    </message>
    <message>
      <source>The top of the scale must be above its bottom.</source>
      <translation>De bovenkant van de schaal moet boven de onderkant liggen.</translation>
    </message>
    <message>
      <source>A scale may have at most 21 steps.</source>
      <translation>Een schaal mag hoogstens 21 stappen hebben.</translation>
    </message>
    <message>
      <source>note</source>
      <translation>notitie</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>besluit</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>actiepunt</translation>
    </message>
    <message>
      <source>question</source>
      <translation>vraag</translation>
    </message>
    <message>
      <source>quote</source>
      <translation>citaat</translation>
    </message>
    <message>
      <source>Idea wall</source>
      <translation>Ideeënmuur</translation>
    </message>
    <message>
      <source>Dot voting</source>
      <translation>Stippenstemming</translation>
    </message>
    <message>
      <source>The number of dots must be from 1 to 20.</source>
      <translation>Het aantal stippen moet tussen 1 en 20 liggen.</translation>
    </message>
    <message>
      <source>At least one dot must fit on an option.</source>
      <translation>Er moet minstens één stip op een optie passen.</translation>
    </message>
  </context>
  <context>
    <name>LivePolling</name>
    <message>
      <source>Live polling not available: phones cannot join in this version.</source>
      <translation>Live-peilingen niet beschikbaar: telefoons kunnen in deze versie niet meedoen.</translation>
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
      <source>&amp;Merge Rooms…</source>
      <translation>Zalen &amp;samenvoegen…</translation>
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
      <source>Start as &amp;Rehearsal</source>
      <translation>Starten als &amp;repetitie</translation>
    </message>
    <message>
      <source>Sess&amp;ions…</source>
      <translation>Sess&amp;ies…</translation>
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
      <source>Changes lost from a damaged journal</source>
      <translation>Wijzigingen verloren door een beschadigd journaal</translation>
    </message>
    <message>
      <source>{name}: its journal (the -wal file beside it) is damaged. {count} saved change(s) written after the damaged place could not be read back and are missing. A copy of the journal is kept as {copy}.</source>
      <translation>{name}: het journaal (het -wal-bestand ernaast) is beschadigd. {count} opgeslagen wijziging(en) na de beschadigde plek konden niet worden teruggelezen en ontbreken. Een kopie van het journaal is bewaard als {copy}.</translation>
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
    <message>
      <source>&amp;Start Session</source>
      <translation>Sessie &amp;starten</translation>
    </message>
    <message>
      <source>&amp;Look</source>
      <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;Systeem</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Licht</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Donker</translation>
    </message>
    <message>
      <source>&amp;Resume Session</source>
      <translation>Sessie &amp;hervatten</translation>
    </message>
    <message>
      <source>Back to run mode; phones stay connected (F5)</source>
      <translation>Terug naar de uitvoermodus; telefoons blijven verbonden (F5)</translation>
    </message>
    <message>
      <source>Start the session: run mode, presenter screen and live polls (F5)</source>
      <translation>De sessie starten: uitvoermodus, presentatiescherm en live peilingen (F5)</translation>
    </message>
    <message>
      <source>Print &amp;Ballots…</source>
      <translation>Stem&amp;biljetten afdrukken…</translation>
    </message>
    <message numerus="yes">
      <source>Wrote the ballots to {path} (%n pages)</source>
      <translation>
        <numerusform>Stembiljetten geschreven naar {path} (%n pagina)</numerusform>
        <numerusform>Stembiljetten geschreven naar {path} (%n pagina's)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MergeRooms</name>
    <message>
      <source>Nothing to merge</source>
      <translation>Niets om samen te voegen</translation>
    </message>
    <message>
      <source>Give at least two rooms' files and choose at least one format.</source>
      <translation>Geef de bestanden van minstens twee zalen en kies minstens één formaat.</translation>
    </message>
    <message>
      <source>Merged {count} rooms into {folder}</source>
      <translation>{count} zalen samengevoegd in {folder}</translation>
    </message>
    <message>
      <source>Merge refused</source>
      <translation>Samenvoegen geweigerd</translation>
    </message>
  </context>
  <context>
    <name>MergeRoomsDialog</name>
    <message>
      <source>Merge Rooms</source>
      <translation>Zalen samenvoegen</translation>
    </message>
    <message>
      <source>One report from the files of several rooms that ran the same plan, one laptop each: each room's results beside the combined ones. The rooms' files are only read.</source>
      <translation>Eén verslag uit de bestanden van meerdere zalen die hetzelfde plan volgden, elk met een eigen laptop: de resultaten van elke zaal naast de samengevoegde. De bestanden van de zalen worden alleen gelezen.</translation>
    </message>
    <message>
      <source>&amp;Rooms' workshop files (one per line):</source>
      <translation>Workshopbestanden van de &amp;zalen (één per regel):</translation>
    </message>
    <message>
      <source>&amp;Add Files…</source>
      <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
      <source>&amp;PDF report</source>
      <translation>&amp;PDF-verslag</translation>
    </message>
    <message>
      <source>&amp;Markdown report</source>
      <translation>&amp;Markdown-verslag</translation>
    </message>
    <message>
      <source>&amp;CSV files</source>
      <translation>&amp;CSV-bestanden</translation>
    </message>
    <message>
      <source>&amp;JSON data</source>
      <translation>&amp;JSON-gegevens</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Map:</translation>
    </message>
    <message>
      <source>Rooms report</source>
      <translation>Verslag van de zalen</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <source>Rooms' workshop files</source>
      <translation>Workshopbestanden van de zalen</translation>
    </message>
    <message>
      <source>&amp;HTML report (accessible)</source>
      <translation>&amp;HTML-rapport (toegankelijk)</translation>
    </message>
  </context>
  <context>
    <name>NoteCommands</name>
    <message>
      <source>Add {kind}</source>
      <translation>{kind} toevoegen</translation>
    </message>
    <message>
      <source>Edit {kind}</source>
      <translation>{kind} bewerken</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>{kind} verwijderen</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <source>Edit note</source>
      <translation>Notitie bewerken</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(geen punt)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(geen peiling)</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Tekst:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <source>&amp;Item:</source>
      <translation>&amp;Punt:</translation>
    </message>
    <message>
      <source>&amp;Poll:</source>
      <translation>Pe&amp;iling:</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Eigenaar:</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>DECISION</source>
      <translation>BESLUIT</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Citaat</translation>
    </message>
    <message>
      <source>+{minutes} min</source>
      <translation>+{minutes} min</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>nog niemand</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>geen datum</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
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
    <message>
      <source>All kinds</source>
      <translation>Alle soorten</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>Alle punten</translation>
    </message>
    <message>
      <source>This item</source>
      <translation>Dit punt</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(geen punt)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(geen peiling)</translation>
    </message>
    <message>
      <source>The note being typed is not saved yet: {error}</source>
      <translation>De notitie die u typt is nog niet opgeslagen: {error}</translation>
    </message>
    <message>
      <source>Restored the note you were typing when the app last closed.</source>
      <translation>De notitie die u typte toen de app de vorige keer sloot, is hersteld.</translation>
    </message>
  </context>
  <context>
    <name>NotetakerLinkPanel</name>
    <message>
      <source>Note-taker link</source>
      <translation>Link voor notulist</translation>
    </message>
    <message>
      <source>Note-taker link (private: not for the room)</source>
      <translation>Link voor notulist (privé: niet voor de zaal)</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Intrekken</translation>
    </message>
    <message>
      <source>The link stops working at once; a new one can be made</source>
      <translation>De link werkt meteen niet meer; er kan een nieuwe worden gemaakt</translation>
    </message>
    <message>
      <source>Note-taker QR code</source>
      <translation>QR-code voor notulist</translation>
    </message>
    <message>
      <source>Note-taker address</source>
      <translation>Adres voor notulist</translation>
    </message>
    <message>
      <source>Create note-taker link</source>
      <translation>Notulistlink maken</translation>
    </message>
    <message>
      <source>Hide note-taker link</source>
      <translation>Notulistlink verbergen</translation>
    </message>
    <message>
      <source>Show note-taker link</source>
      <translation>Notulistlink tonen</translation>
    </message>
  </context>
  <context>
    <name>PollControls</name>
    <message>
      <source>Current poll</source>
      <translation>Huidige peiling</translation>
    </message>
    <message>
      <source>Reset poll…</source>
      <translation>Opnieuw beginnen…</translation>
    </message>
    <message>
      <source>Answers shown to the room (untick to hide one):</source>
      <translation>Antwoorden die de zaal ziet (vink uit om er een te verbergen):</translation>
    </message>
    <message>
      <source>Open-text answers: untick to hide from the room</source>
      <translation>Open antwoorden: vink uit om ze voor de zaal te verbergen</translation>
    </message>
    <message>
      <source>Show results to the room</source>
      <translation>Resultaten tonen</translation>
    </message>
    <message>
      <source>Hide results until the poll closes</source>
      <translation>Verbergen tot sluiting</translation>
    </message>
    <message>
      <source>Reset this poll?</source>
      <translation>Deze peiling opnieuw beginnen?</translation>
    </message>
    <message numerus="yes">
      <source>This deletes all %n answers to “{question}”. It cannot be undone.</source>
      <translation>
        <numerusform>Hiermee wordt %n antwoord op ‘{question}’ verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
        <numerusform>Hiermee worden alle %n antwoorden op ‘{question}’ verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the answers</source>
      <translation>Antwoorden verwijderen</translation>
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
    <message>
      <source>New poll</source>
      <translation>Nieuwe peiling</translation>
    </message>
    <message>
      <source>Edit poll</source>
      <translation>Peiling bewerken</translation>
    </message>
    <message>
      <source>This poll has been run; its type can no longer change.</source>
      <translation>Deze peiling is al gehouden; het type kan niet meer veranderen.</translation>
    </message>
    <message>
      <source>The maximum number of choices is more than there are options.</source>
      <translation>Het maximale aantal keuzes is groter dan het aantal opties.</translation>
    </message>
    <message>
      <source>&amp;Translations…</source>
      <translation>&amp;Vertalingen…</translation>
    </message>
    <message>
      <source>No further languages in this workshop.</source>
      <translation>Geen andere talen in deze workshop.</translation>
    </message>
    <message>
      <source>Missing translations: {languages}</source>
      <translation>Ontbrekende vertalingen: {languages}</translation>
    </message>
    <message>
      <source>Translated into every language of the workshop.</source>
      <translation>Vertaald in alle talen van de workshop.</translation>
    </message>
  </context>
  <context>
    <name>PresenterStatus</name>
    <message>
      <source>Results</source>
      <translation>Resultaten</translation>
    </message>
    <message>
      <source>Poll open: answer on your phone · room code {code}</source>
      <translation>Peiling open: antwoord op uw telefoon · zaalcode {code}</translation>
    </message>
    <message>
      <source>Poll open</source>
      <translation>Peiling open</translation>
    </message>
    <message>
      <source>Poll open · answer on your phone</source>
      <translation>Peiling open · antwoord op je telefoon</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <source>Presenter screen</source>
      <translation>Presentatiescherm</translation>
    </message>
    <message>
      <source>Timer</source>
      <translation>Timer</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Huidig punt</translation>
    </message>
    <message>
      <source>Poll question</source>
      <translation>Vraag van de peiling</translation>
    </message>
    <message>
      <source>Poll status</source>
      <translation>Status van de peiling</translation>
    </message>
    <message>
      <source>Phones and responses</source>
      <translation>Telefoons en antwoorden</translation>
    </message>
    <message>
      <source>Join on your phone</source>
      <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>QR-code om mee te doen</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>Wifi-QR-code</translation>
    </message>
    <message>
      <source>Live polling not available</source>
      <translation>Live-peilingen niet beschikbaar</translation>
    </message>
    <message>
      <source>Room code {code}</source>
      <translation>Zaalcode {code}</translation>
    </message>
    <message>
      <source>Wi-Fi: {name}</source>
      <translation>Wifi: {name}</translation>
    </message>
    <message>
      <source>Results are shown when the poll closes.</source>
      <translation>De resultaten verschijnen als de peiling sluit.</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n telefoon verbonden</numerusform>
        <numerusform>%n telefoons verbonden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idee</numerusform>
        <numerusform>%n ideeën</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n upvotes</source>
      <translation>
        <numerusform>%n stem</numerusform>
        <numerusform>%n stemmen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n antwoord</numerusform>
        <numerusform>%n antwoorden</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Poll results</source>
      <translation>Resultaten van de peiling</translation>
    </message>
    <message>
      <source>Waiting for the first answers…</source>
      <translation>Wachten op de eerste antwoorden…</translation>
    </message>
    <message>
      <source>Average {mean} · median {median}</source>
      <translation>Gemiddelde {mean} · mediaan {median}</translation>
    </message>
    <message>
      <source>average place {rank}</source>
      <translation>gemiddelde plaats {rank}</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent}%</translation>
    </message>
    <message>
      <source>No answers yet.</source>
      <translation>Nog geen antwoorden.</translation>
    </message>
  </context>
  <context>
    <name>RunConsole</name>
    <message>
      <source>Poll open: {question}</source>
      <translation>Peiling open: {question}</translation>
    </message>
    <message>
      <source>Results: {question}</source>
      <translation>Resultaten: {question}</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Presentatiemodus</translation>
    </message>
    <message>
      <source>● LIVE</source>
      <translation>● LIVE</translation>
    </message>
    <message>
      <source>Workshop time</source>
      <translation>Workshoptijd</translation>
    </message>
    <message>
      <source>Live polling</source>
      <translation>Live-peilingen</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Huidig punt</translation>
    </message>
    <message>
      <source>Current step</source>
      <translation>Huidige stap</translation>
    </message>
    <message>
      <source>Item time</source>
      <translation>Tijd van het punt</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notities voor de begeleider</translation>
    </message>
    <message>
      <source>Facilitator notes (only on this screen)</source>
      <translation>Notities voor de begeleider (alleen op dit scherm)</translation>
    </message>
    <message>
      <source>Results as the room sees them</source>
      <translation>Resultaten zoals de zaal ze ziet</translation>
    </message>
    <message>
      <source>Steps: click one to go there</source>
      <translation>Stappen: klik op een stap om ernaartoe te gaan</translation>
    </message>
    <message>
      <source>Click an item or a poll step to go there</source>
      <translation>Klik op een punt of peilingstap om ernaartoe te gaan</translation>
    </message>
    <message>
      <source>◀ Previous (PgUp)</source>
      <translation>◀ Vorige (PgUp)</translation>
    </message>
    <message>
      <source>Next (PgDn) ▶</source>
      <translation>Volgende (PgDn) ▶</translation>
    </message>
    <message>
      <source>Blank screen (B)</source>
      <translation>Scherm zwart (B)</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Presentatievenster</translation>
    </message>
    <message>
      <source>Back to editing (Esc)</source>
      <translation>Terug naar bewerken (Esc)</translation>
    </message>
    <message>
      <source>End session…</source>
      <translation>Sessie beëindigen…</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Stappen</translation>
    </message>
    <message>
      <source>The agenda is empty</source>
      <translation>De agenda is leeg</translation>
    </message>
    <message>
      <source>Add items to the agenda to run it.</source>
      <translation>Voeg punten aan de agenda toe om die uit te voeren.</translation>
    </message>
    <message>
      <source>Introduction · {method}</source>
      <translation>Inleiding · {method}</translation>
    </message>
    <message>
      <source>Goal: {goal}</source>
      <translation>Doel: {goal}</translation>
    </message>
    <message>
      <source>No notes for this item.</source>
      <translation>Geen notities voor dit punt.</translation>
    </message>
    <message>
      <source>Next: {title} ({minutes} min)</source>
      <translation>Hierna: {title} ({minutes} min)</translation>
    </message>
    <message>
      <source>Next: end of the agenda</source>
      <translation>Hierna: einde van de agenda</translation>
    </message>
    <message>
      <source>{elapsed} of {planned} min</source>
      <translation>{elapsed} van {planned} min</translation>
    </message>
    <message>
      <source>Workshop: </source>
      <translation>Workshop: </translation>
    </message>
    <message>
      <source>Running {elapsed} of {planned} min planned</source>
      <translation>Bezig: {elapsed} van {planned} geplande min</translation>
    </message>
    <message>
      <source>Join: {url}  ·  room code {code}</source>
      <translation>Meedoen: {url}  ·  zaalcode {code}</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n telefoon verbonden</numerusform>
        <numerusform>%n telefoons verbonden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n antwoord</numerusform>
        <numerusform>%n antwoorden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n devices joined</source>
      <translation>
        <numerusform>%n apparaat aangemeld</numerusform>
        <numerusform>%n apparaten aangemeld</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SessionChoiceRow</name>
    <message>
      <source>&amp;Sessions:</source>
      <translation>&amp;Sessies:</translation>
    </message>
    <message>
      <source>The latest session</source>
      <translation>De laatste sessie</translation>
    </message>
    <message>
      <source>All sessions but rehearsals, side by side</source>
      <translation>Alle sessies behalve repetities, naast elkaar</translation>
    </message>
    <message>
      <source>The sessions shown ({count})</source>
      <translation>De getoonde sessies ({count})</translation>
    </message>
    <message>
      <source>Session {number}, {date}</source>
      <translation>Sessie {number}, {date}</translation>
    </message>
    <message>
      <source>(rehearsal)</source>
      <translation>(repetitie)</translation>
    </message>
  </context>
  <context>
    <name>SessionCommands</name>
    <message>
      <source>Discard session {number}</source>
      <translation>Sessie {number} verwerpen</translation>
    </message>
    <message>
      <source>Mark session {number} as a rehearsal</source>
      <translation>Sessie {number} markeren als repetitie</translation>
    </message>
    <message>
      <source>Mark session {number} as a real session</source>
      <translation>Sessie {number} markeren als echte sessie</translation>
    </message>
  </context>
  <context>
    <name>SessionsDialog</name>
    <message>
      <source>Sessions</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <source>#</source>
      <translation>nr.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Times</source>
      <translation>Tijden</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Show Selected</source>
      <translation>Selectie tonen</translation>
    </message>
    <message>
      <source>Mark as Rehearsal</source>
      <translation>Markeren als repetitie</translation>
    </message>
    <message>
      <source>Discard…</source>
      <translation>Verwerpen…</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Herstellen</translation>
    </message>
    <message>
      <source>live</source>
      <translation>bezig</translation>
    </message>
    <message>
      <source>discarded</source>
      <translation>verworpen</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>repetitie</translation>
    </message>
    <message>
      <source>session</source>
      <translation>sessie</translation>
    </message>
    <message>
      <source>live rehearsal</source>
      <translation>repetitie bezig</translation>
    </message>
    <message>
      <source>Mark as Real Session</source>
      <translation>Markeren als echte sessie</translation>
    </message>
    <message>
      <source>Discard this session?</source>
      <translation>Deze sessie verwerpen?</translation>
    </message>
    <message>
      <source>Session {number} ({responses} responses, {notes} notes) is left out of every view and the minutes, and deleted when the workshop is closed. Until then Edit › Undo or Restore brings it back.</source>
      <translation>Sessie {number} ({responses} antwoorden, {notes} notities) verdwijnt uit elke weergave en uit het verslag, en wordt gewist wanneer de workshop sluit. Tot dan brengt Bewerken › Ongedaan maken of Herstellen haar terug.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerpen</translation>
    </message>
    <message>
      <source>Each session is one run of this workshop. Choose the sessions the agenda editor, the notes pane, the action items and the minutes show.</source>
      <translation>Elke sessie is één keer dat deze workshop gehouden is. Kies de sessies die de agenda-editor, het notitievenster, de actiepunten en het verslag tonen.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>On this computer (every workshop)</source>
      <translation>Op deze computer (alle workshops)</translation>
    </message>
    <message>
      <source>&amp;Network address:</source>
      <translation>&amp;Netwerkadres:</translation>
    </message>
    <message>
      <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room's router.</source>
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
      <source>Your &amp;organisation:</source>
      <translation>Uw &amp;organisatie:</translation>
    </message>
    <message>
      <source>at the top of the minutes you export</source>
      <translation>bovenaan de verslagen die u exporteert</translation>
    </message>
    <message>
      <source>In this workshop (saved in its file)</source>
      <translation>In deze workshop (opgeslagen in het bestand)</translation>
    </message>
    <message>
      <source>Wi-Fi &amp;name (SSID):</source>
      <translation>Wifi-naa&amp;m (SSID):</translation>
    </message>
    <message>
      <source>Phones can scan a QR code on the presenter screen to join this Wi-Fi network. Leave the name empty to show no Wi-Fi code.</source>
      <translation>Telefoons kunnen een QR-code op het presentatiescherm scannen om met dit wifinetwerk te verbinden. Laat de naam leeg om geen wificode te tonen.</translation>
    </message>
    <message>
      <source>no Wi-Fi QR code</source>
      <translation>geen wifi-QR-code</translation>
    </message>
    <message>
      <source>Wi-Fi pass&amp;word:</source>
      <translation>Wifi-wachtwoor&amp;d:</translation>
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
      <source>none (open network)</source>
      <translation>geen (open netwerk)</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Tonen</translation>
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
      <source>&amp;Interface language:</source>
      <translation>Taal van de &amp;interface:</translation>
    </message>
    <message>
      <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop's own language.</source>
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
      <source>Open a workshop to change these.</source>
      <translation>Open een workshop om deze te wijzigen.</translation>
    </message>
    <message>
      <source>{name} is read-only.</source>
      <translation>{name} is alleen-lezen.</translation>
    </message>
    <message>
      <source>Saved in {name}.</source>
      <translation>Opgeslagen in {name}.</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>Een logo kiezen</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Cannot use this logo</source>
      <translation>Dit logo kan niet worden gebruikt</translation>
    </message>
    <message>
      <source>{name} is not a PNG or JPEG image.</source>
      <translation>{name} is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
      <source>Presenter's second language</source>
      <translation>Tweede taal van het presentatiescherm</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Geen</translation>
    </message>
    <message>
      <source>Presenter's &amp;second language:</source>
      <translation>&amp;Tweede taal op het scherm:</translation>
    </message>
    <message>
      <source>Minutes also in</source>
      <translation>Verslag ook in</translation>
    </message>
    <message>
      <source>&amp;Minutes also in:</source>
      <translation>&amp;Verslag ook in:</translation>
    </message>
    <message>
      <source>Automatic (now {address})</source>
      <translation>Automatisch (nu {address})</translation>
    </message>
    <message>
      <source>{address} is this computer only: phones cannot reach it. Choose the address of the room's Wi-Fi or Ethernet network.</source>
      <translation>{address} is alleen deze computer: telefoons kunnen hem niet bereiken. Kies het adres van het wifi- of ethernetnetwerk van de zaal.</translation>
    </message>
    <message>
      <source>No network found now ({address}): phones cannot join until this computer is connected to the room's Wi-Fi or network.</source>
      <translation>Nu geen netwerk gevonden ({address}): telefoons kunnen pas meedoen als deze computer verbonden is met de wifi of het netwerk van de zaal.</translation>
    </message>
    <message>
      <source>keep them</source>
      <translation>bewaren</translation>
    </message>
    <message>
      <source> days after the minutes' export</source>
      <translation> dagen na de export van het verslag</translation>
    </message>
    <message>
      <source>Delete written answers and private notes</source>
      <translation>Geschreven antwoorden en privénotities wissen</translation>
    </message>
    <message>
      <source>Applied when the workshop is next opened after that time, with a notice first; 0 keeps them.</source>
      <translation>Toegepast wanneer de workshop daarna opnieuw wordt geopend, met eerst een melding; 0 bewaart ze.</translation>
    </message>
    <message>
      <source>Delete written answers and private notes:</source>
      <translation>Geschreven antwoorden en privénotities wissen:</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Agenda editor</source>
      <translation>Agenda-editor</translation>
    </message>
    <message>
      <source>Move the agenda item up</source>
      <translation>Agendapunt omhoog verplaatsen</translation>
    </message>
    <message>
      <source>Move the agenda item down</source>
      <translation>Agendapunt omlaag verplaatsen</translation>
    </message>
    <message>
      <source>Add an agenda item</source>
      <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
      <source>Duplicate the agenda item</source>
      <translation>Agendapunt dupliceren</translation>
    </message>
    <message>
      <source>Delete the agenda item</source>
      <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
      <source>Note kind: Note</source>
      <translation>Soort notitie: Notitie</translation>
    </message>
    <message>
      <source>Note kind: Decision</source>
      <translation>Soort notitie: Besluit</translation>
    </message>
    <message>
      <source>Note kind: Action item</source>
      <translation>Soort notitie: Actiepunt</translation>
    </message>
    <message>
      <source>Note kind: Question</source>
      <translation>Soort notitie: Vraag</translation>
    </message>
    <message>
      <source>Note kind: Quote</source>
      <translation>Soort notitie: Citaat</translation>
    </message>
    <message>
      <source>Notes pane</source>
      <translation>Notitiepaneel</translation>
    </message>
    <message>
      <source>Put the cursor in the note entry</source>
      <translation>Cursor in het notitieveld zetten</translation>
    </message>
    <message>
      <source>Anywhere</source>
      <translation>Overal</translation>
    </message>
    <message>
      <source>Add the typed note</source>
      <translation>Getypte notitie toevoegen</translation>
    </message>
    <message>
      <source>Note entry</source>
      <translation>Notitieveld</translation>
    </message>
    <message>
      <source>Delete the selected note</source>
      <translation>De gekozen notitie verwijderen</translation>
    </message>
    <message>
      <source>Notes list</source>
      <translation>Notitielijst</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Nieuwe workshop</translation>
    </message>
    <message>
      <source>Open a workshop</source>
      <translation>Workshop openen</translation>
    </message>
    <message>
      <source>Save a copy as…</source>
      <translation>Kopie opslaan als…</translation>
    </message>
    <message>
      <source>Export minutes and data…</source>
      <translation>Verslag en gegevens exporteren…</translation>
    </message>
    <message>
      <source>Close the workshop</source>
      <translation>Workshop sluiten</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Presentatiemodus</translation>
    </message>
    <message>
      <source>Start or resume the session (run mode)</source>
      <translation>Sessie starten of hervatten (presentatiemodus)</translation>
    </message>
    <message>
      <source>Next step (always, also while typing)</source>
      <translation>Volgende stap (altijd, ook tijdens typen)</translation>
    </message>
    <message>
      <source>Previous step (always, also while typing)</source>
      <translation>Vorige stap (altijd, ook tijdens typen)</translation>
    </message>
    <message>
      <source>Right / Space</source>
      <translation>Rechts / Spatie</translation>
    </message>
    <message>
      <source>Next step (when not typing)</source>
      <translation>Volgende stap (als u niet typt)</translation>
    </message>
    <message>
      <source>Previous step (when not typing)</source>
      <translation>Vorige stap (als u niet typt)</translation>
    </message>
    <message>
      <source>B or .</source>
      <translation>B of .</translation>
    </message>
    <message>
      <source>Blank or show the presenter screen (when not typing)</source>
      <translation>Presentatiescherm zwart maken of tonen (als u niet typt)</translation>
    </message>
    <message>
      <source>Leave run mode; the session stays live (when not typing)</source>
      <translation>Presentatiemodus verlaten; de sessie blijft live (als u niet typt)</translation>
    </message>
    <message>
      <source>Presenter window full screen on or off</source>
      <translation>Presentatievenster volledig scherm aan of uit</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Presentatievenster</translation>
    </message>
    <message>
      <source>Show or hide the large join QR code on the presenter (when not typing)</source>
      <translation>De grote QR-code om mee te doen op het presentatiescherm tonen of verbergen (niet tijdens het typen)</translation>
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
    <message>
      <source>Plan, run and minute a participatory workshop</source>
      <translation>Een participatieve workshop plannen, leiden en notuleren</translation>
    </message>
    <message>
      <source>Start from a template or a blank agenda (Ctrl+N)</source>
      <translation>Begin met een sjabloon of een lege agenda (Ctrl+N)</translation>
    </message>
    <message>
      <source>No recent workshops yet. Create one from a template, or explore the demo: a finished evening with polls, notes and minutes to look through.</source>
      <translation>Nog geen recente workshops. Maak er een vanuit een sjabloon, of bekijk de demo: een afgeronde avond met peilingen, notities en verslag.</translation>
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
      <translation>Begeleiders, gescheiden door komma's</translation>
    </message>
    <message>
      <source>Names, separated by commas</source>
      <translation>Namen, gescheiden door komma's</translation>
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
    <message>
      <source>The workshop needs a title.</source>
      <translation>De workshop heeft een titel nodig.</translation>
    </message>
    <message>
      <source>Further languages</source>
      <translation>Andere talen</translation>
    </message>
    <message>
      <source>F&amp;urther languages:</source>
      <translation>A&amp;ndere talen:</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Cannot start</source>
      <translation>Kan niet starten</translation>
    </message>
    <message>
      <source>This workshop is open read-only.</source>
      <translation>Deze workshop is alleen-lezen geopend.</translation>
    </message>
    <message>
      <source>Nothing to run</source>
      <translation>Niets om uit te voeren</translation>
    </message>
    <message>
      <source>Add at least one agenda item first.</source>
      <translation>Voeg eerst minstens één agendapunt toe.</translation>
    </message>
    <message>
      <source>Live polling did not start</source>
      <translation>Live-peilingen zijn niet gestart</translation>
    </message>
    <message>
      <source>End the session?</source>
      <translation>Sessie beëindigen?</translation>
    </message>
    <message>
      <source>Ending the session records its end time, closes the open poll and stops phones from answering. It cannot be resumed afterwards.</source>
      <translation>Bij beëindigen wordt de eindtijd vastgelegd, de open peiling gesloten en kunnen telefoons niet meer antwoorden. De sessie kan daarna niet worden hervat.</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Sessie beëindigen</translation>
    </message>
    <message>
      <source>Device tokens not yet purged</source>
      <translation>Apparaattokens nog niet gewist</translation>
    </message>
    <message>
      <source>The session has ended and its device tokens are deleted, but another program is reading the workshop file, so they are still in its journal (the -wal file beside it). Close that program; the app purges them again when you close this workshop.</source>
      <translation>De sessie is beëindigd en de apparaattokens zijn verwijderd, maar een ander programma leest het workshopbestand, dus ze staan nog in het journaal (het -wal-bestand ernaast). Sluit dat programma; de app wist ze opnieuw wanneer u deze workshop sluit.</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or quit and keep it open to resume later with the same join link?</source>
      <translation>Er zijn telefoons verbonden met de live sessie van deze workshop. De sessie nu beëindigen, of afsluiten en haar openhouden om later met dezelfde link te hervatten?</translation>
    </message>
    <message>
      <source>End session and quit</source>
      <translation>Sessie beëindigen en afsluiten</translation>
    </message>
    <message>
      <source>Quit and keep the session open to resume later</source>
      <translation>Afsluiten en sessie openhouden voor later</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or close and keep it open to resume later with the same join link?</source>
      <translation>Er zijn telefoons verbonden met de live sessie van deze workshop. De sessie nu beëindigen, of sluiten en haar openhouden om later met dezelfde link te hervatten?</translation>
    </message>
    <message>
      <source>End session and close</source>
      <translation>Sessie beëindigen en sluiten</translation>
    </message>
    <message>
      <source>Close and keep the session open to resume later</source>
      <translation>Sluiten en sessie openhouden voor later</translation>
    </message>
    <message>
      <source>A session is live</source>
      <translation>Er loopt een sessie</translation>
    </message>
    <message>
      <source>Resume the live session?</source>
      <translation>Live sessie hervatten?</translation>
    </message>
    <message>
      <source>This workshop's session is still live: the app was closed or stopped during it. Resuming restarts live polling with the same join link and QR code, so phones reconnect by themselves and nobody can answer a poll twice.</source>
      <translation>De sessie van deze workshop is nog live: de app werd tijdens de sessie gesloten of gestopt. Hervatten start de live-peilingen opnieuw met dezelfde link en QR-code, zodat telefoons vanzelf opnieuw verbinden en niemand een peiling twee keer kan beantwoorden.</translation>
    </message>
    <message>
      <source>Resume session</source>
      <translation>Sessie hervatten</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Niet nu</translation>
    </message>
    <message>
      <source>Presenter window closed: “Presenter window” shows it again.</source>
      <translation>Presentatievenster gesloten: ‘Presentatievenster’ toont het weer.</translation>
    </message>
    <message>
      <source>Presenter screen is BLANK (press B to show it).</source>
      <translation>Het presentatiescherm is ZWART (druk op B om het te tonen).</translation>
    </message>
    <message>
      <source>Presenter screen is showing.</source>
      <translation>Het presentatiescherm is zichtbaar.</translation>
    </message>
    <message>
      <source>Presenter screen is showing on the second screen.</source>
      <translation>Het presentatiescherm staat op het tweede scherm.</translation>
    </message>
    <message>
      <source>One screen: the presenter is a window beside this console. To show it on the projector, connect the projector as an extended display (the presenter moves there full screen by itself), or drag the window there and press F11.</source>
      <translation>Eén scherm: het presentatiescherm is een venster naast deze console. Om het op de projector te tonen, sluit je de projector aan als uitgebreid scherm (het presentatiescherm gaat er vanzelf schermvullend naartoe), of sleep je het venster erheen en druk je op F11.</translation>
    </message>
  </context>
  <context>
    <name>SecondLanguageLine</name>
    <message>
      <source>Poll question in the second language</source>
      <translation>Peilingvraag in de tweede taal</translation>
    </message>
  </context>
  <context>
    <name>TranslationsDialog</name>
    <message>
      <source>Translations</source>
      <translation>Vertalingen</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Talen</translation>
    </message>
    <message>
      <source>This workshop has no further languages. Add them in Workshop Details › Further languages.</source>
      <translation>Deze workshop heeft geen andere talen. Voeg ze toe in Workshopgegevens › Andere talen.</translation>
    </message>
    <message>
      <source>Missing: phones see the text in {language}</source>
      <translation>Ontbreekt: telefoons tonen de tekst in het {language}</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n missing)</source>
      <translation>
        <numerusform>%1 (%n ontbreekt)</numerusform>
        <numerusform>%1 (%n ontbreken)</numerusform>
      </translation>
    </message>
    <message>
      <source>Missing translations fall back to {language}: {languages}.</source>
      <translation>Ontbrekende vertalingen tonen de tekst in het {language}: {languages}.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <source>Option {n}</source>
      <translation>Optie {n}</translation>
    </message>
    <message>
      <source>Low end label</source>
      <translation>Label onderkant</translation>
    </message>
    <message>
      <source>High end label</source>
      <translation>Label bovenkant</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
  </context>
  <context>
    <name>JoinBar</name>
    <message>
      <source>Join at</source>
      <translation>Doe mee via</translation>
    </message>
    <message>
      <source>Address to type on a phone</source>
      <translation>Adres om op een telefoon in te typen</translation>
    </message>
    <message>
      <source>Room code</source>
      <translation>Zaalcode</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Scan the code with your phone's camera, or type the address below</source>
      <translation>Scan de code met de camera van je telefoon, of typ het adres hieronder</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>QR-code om mee te doen</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>QR-code van de wifi</translation>
    </message>
  </context>
  <context>
    <name>LiveBanner</name>
    <message>
      <source>● Session live: phones can still join and answer. The presenter screen shows the current step.</source>
      <translation>● Sessie live: telefoons kunnen nog meedoen en antwoorden. Het presentatiescherm toont de huidige stap.</translation>
    </message>
    <message>
      <source>Back to run mode (F5)</source>
      <translation>Terug naar de uitvoermodus (F5)</translation>
    </message>
    <message>
      <source>Live session</source>
      <translation>Live sessie</translation>
    </message>
  </context>
  <context>
    <name>MainToolbar</name>
    <message>
      <source>Main toolbar</source>
      <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
      <source>&amp;Toolbar</source>
      <translation>&amp;Werkbalk</translation>
    </message>
  </context>
  <context>
    <name>NetworkChoice</name>
    <message>
      <source>Wi-Fi</source>
      <translation>wifi</translation>
    </message>
    <message>
      <source>Ethernet</source>
      <translation>ethernet</translation>
    </message>
    <message>
      <source>This computer only</source>
      <translation>alleen deze computer</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>virtueel</translation>
    </message>
  </context>
  <context>
    <name>OptionsList</name>
    <message>
      <source>Poll options</source>
      <translation>Keuzes van de peiling</translation>
    </message>
    <message>
      <source>{value} = {label}</source>
      <translation>{value} = {label}</translation>
    </message>
    <message>
      <source>Choose a number from {low} to {high}</source>
      <translation>Kies een getal van {low} tot {high}</translation>
    </message>
    <message>
      <source>Answer in a few words on your phone</source>
      <translation>Antwoord in een paar woorden op je telefoon</translation>
    </message>
    <message numerus="yes">
      <source>Choose up to %n answers</source>
      <translation>
        <numerusform>Kies hoogstens %n antwoord</numerusform>
        <numerusform>Kies hoogstens %n antwoorden</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose as many as you like</source>
      <translation>Kies er zoveel als je wilt</translation>
    </message>
    <message>
      <source>Put them in order, most important first</source>
      <translation>Zet ze in volgorde, het belangrijkste eerst</translation>
    </message>
  </context>
  <context>
    <name>TemplatePickerDialog</name>
    <message>
      <source>New workshop</source>
      <translation>Nieuwe workshop</translation>
    </message>
    <message>
      <source>Start from a ready agenda with polls, or from a blank one.</source>
      <translation>Begin met een kant-en-klare agenda met peilingen, of met een lege.</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Sjablonen</translation>
    </message>
    <message>
      <source>Blank workshop</source>
      <translation>Lege workshop</translation>
    </message>
    <message>
      <source>An empty agenda you fill in yourself</source>
      <translation>Een lege agenda die je zelf invult</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Maken…</translation>
    </message>
    <message>
      <source>An empty agenda: add items, their timing and polls in the editor.</source>
      <translation>Een lege agenda: voeg punten, hun tijd en peilingen toe in de editor.</translation>
    </message>
    <message>
      <source>{minutes} min · {title} ({method})</source>
      <translation>{minutes} min · {title} ({method})</translation>
    </message>
    <message numerus="yes">
      <source>%n polls</source>
      <translation>
        <numerusform>%n peiling</numerusform>
        <numerusform>%n peilingen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeviceWarning</name>
    <message>
      <source>⚠ One network address has been given {n} new devices. Someone may be answering more than once: compare the number of answers with the people in the room.</source>
      <translation>⚠ Eén netwerkadres heeft {n} nieuwe apparaten gekregen. Misschien antwoordt iemand meer dan eens: vergelijk het aantal antwoorden met de aanwezigen.</translation>
    </message>
  </context>
  <context>
    <name>ExactCountsButton</name>
    <message>
      <source>Show exact counts on this screen…</source>
      <translation>Exacte aantallen op dit scherm tonen…</translation>
    </message>
    <message>
      <source>Show exact counts?</source>
      <translation>Exacte aantallen tonen?</translation>
    </message>
    <message>
      <source>Your console will show the exact counts of “{question}”, including groups smaller than {k}, until the session ends. The projector keeps them hidden. This is recorded as a note and printed in the minutes.</source>
      <translation>Uw console toont de exacte aantallen van ‘{question}’, ook groepen kleiner dan {k}, tot de sessie eindigt. De projector blijft ze verbergen. Dit wordt als notitie vastgelegd en in het verslag afgedrukt.</translation>
    </message>
    <message>
      <source>Show exact counts</source>
      <translation>Exacte aantallen tonen</translation>
    </message>
    <message>
      <source>The facilitator viewed the exact counts of the poll “{question}” (minimum group size {k}).</source>
      <translation>De facilitator heeft de exacte aantallen van de peiling ‘{question}’ bekeken (minimale groepsgrootte {k}).</translation>
    </message>
  </context>
  <context>
    <name>MinGroupField</name>
    <message>
      <source>Minimum group size (&amp;k):</source>
      <translation>Minimale groepsgrootte (&amp;k):</translation>
    </message>
    <message>
      <source>As the workshop</source>
      <translation>Zoals de workshop</translation>
    </message>
    <message>
      <source>Minimum group size</source>
      <translation>Minimale groepsgrootte</translation>
    </message>
    <message>
      <source>Results are shown only from this many answers; an option chosen by fewer people reads “fewer than k”. 1 turns this off.</source>
      <translation>Resultaten worden pas vanaf dit aantal antwoorden getoond; een optie die minder mensen kozen staat als ‘minder dan k’. 1 schakelt dit uit.</translation>
    </message>
    <message>
      <source>1 turns the protection off: a result of one or two people can show who they are in a small room.</source>
      <translation>1 schakelt de bescherming uit: in een kleine zaal kan een resultaat van één of twee mensen laten zien wie zij zijn.</translation>
    </message>
  </context>
  <context>
    <name>RetentionNotice</name>
    <message>
      <source>This workshop keeps written answers and private facilitator notes for {days} days after its minutes were exported ({date}). That time has passed: {answers} written answers and the private notes of {items} agenda items will be deleted now. The minutes you exported are not changed. Export them again first if you still need the written answers.</source>
      <translation>Deze workshop bewaart geschreven antwoorden en privénotities van de facilitator {days} dagen na de export van het verslag ({date}). Die tijd is voorbij: {answers} geschreven antwoorden en de privénotities van {items} agendapunten worden nu gewist. Het geëxporteerde verslag verandert niet. Exporteer het eerst opnieuw als u de geschreven antwoorden nog nodig hebt.</translation>
    </message>
    <message>
      <source>Delete as planned?</source>
      <translation>Wissen zoals gepland?</translation>
    </message>
    <message>
      <source>Delete now</source>
      <translation>Nu wissen</translation>
    </message>
  </context>
  <context>
    <name>SmallGroupWords</name>
    <message numerus="yes">
      <source>%n answers so far</source>
      <translation>
        <numerusform>%n antwoord tot nu toe</numerusform>
        <numerusform>%n antwoorden tot nu toe</numerusform>
      </translation>
    </message>
    <message>
      <source>results appear from {k}</source>
      <translation>resultaten vanaf {k}</translation>
    </message>
    <message>
      <source>fewer than {k}</source>
      <translation>minder dan {k}</translation>
    </message>
    <message>
      <source>withheld</source>
      <translation>achtergehouden</translation>
    </message>
    <message>
      <source>Median {median} · the average is withheld (small groups)</source>
      <translation>Mediaan {median} · het gemiddelde wordt achtergehouden (kleine groepen)</translation>
    </message>
  </context>
  <context>
    <name>IdeaBoard</name>
    <message>
      <source>Top ideas</source>
      <translation>Topideeën</translation>
    </message>
    <message>
      <source>Post your ideas on your phone — they appear here.</source>
      <translation>Plaats je ideeën op je telefoon — ze verschijnen hier.</translation>
    </message>
    <message>
      <source>Pinned</source>
      <translation>Vastgezet</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwoord</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Bewerkt</translation>
    </message>
  </context>
  <context>
    <name>IdeaListModel</name>
    <message>
      <source>Votes</source>
      <translation>Stemmen</translation>
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
      <translation>samengevoegd met nr. {id}</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>wacht</translation>
    </message>
    <message>
      <source>shown</source>
      <translation>zichtbaar</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>verborgen</translation>
    </message>
    <message>
      <source>pinned</source>
      <translation>vastgezet</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>beantwoord</translation>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n samengevoegd</numerusform>
        <numerusform>%n samengevoegd</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>bewerkt</translation>
    </message>
  </context>
  <context>
    <name>IdeaModerationPanel</name>
    <message>
      <source>Idea wall moderation</source>
      <translation>Moderatie van de ideeënmuur</translation>
    </message>
    <message>
      <source>Ideas from the room</source>
      <translation>Ideeën uit de zaal</translation>
    </message>
    <message>
      <source>Idea counts</source>
      <translation>Aantal ideeën</translation>
    </message>
    <message>
      <source>Filter ideas…</source>
      <translation>Ideeën filteren…</translation>
    </message>
    <message>
      <source>Filter ideas by their text</source>
      <translation>Ideeën op hun tekst filteren</translation>
    </message>
    <message>
      <source>Which ideas to list</source>
      <translation>Welke ideeën tonen</translation>
    </message>
    <message>
      <source>On the wall or waiting</source>
      <translation>Op de muur of wachtend</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Zichtbaar</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Verborgen</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Beantwoord</translation>
    </message>
    <message>
      <source>All, merged ones too</source>
      <translation>Alle, ook samengevoegde</translation>
    </message>
    <message>
      <source>Ideas: A approve, H hide, R answered, P pin, M merge, U unmerge, E edit</source>
      <translation>Ideeën: A goedkeuren, H verbergen, R beantwoord, P vastzetten, M samenvoegen, U splitsen, E bewerken</translation>
    </message>
    <message>
      <source>Approve (A)</source>
      <translation>Goedkeuren (A)</translation>
    </message>
    <message>
      <source>Hide / show (H)</source>
      <translation>Verbergen / tonen (H)</translation>
    </message>
    <message>
      <source>Answered (R)</source>
      <translation>Beantwoord (R)</translation>
    </message>
    <message>
      <source>Pin (P)</source>
      <translation>Vastzetten (P)</translation>
    </message>
    <message>
      <source>Merge (M)</source>
      <translation>Samenvoegen (M)</translation>
    </message>
    <message>
      <source>How many top ideas to prioritise</source>
      <translation>Hoeveel topideeën prioriteren</translation>
    </message>
    <message>
      <source>Prioritise the top ideas with dots</source>
      <translation>Topideeën met stippen prioriteren</translation>
    </message>
    <message>
      <source>Top:</source>
      <translation>Top:</translation>
    </message>
    <message>
      <source>Moderation message</source>
      <translation>Moderatiebericht</translation>
    </message>
    <message>
      <source>{ideas} ideas · {waiting} waiting · {hidden} hidden · {merged} merged</source>
      <translation>{ideas} ideeën · {waiting} wachtend · {hidden} verborgen · {merged} samengevoegd</translation>
    </message>
    <message>
      <source>The wall needs at least two ideas on it first.</source>
      <translation>Er moeten eerst minstens twee ideeën op de muur staan.</translation>
    </message>
    <message numerus="yes">
      <source>Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).</source>
      <translation>
        <numerusform>Stippenstemming na de muur toegevoegd met %n topidee (Ctrl+Z maakt het ongedaan).</numerusform>
        <numerusform>Stippenstemming na de muur toegevoegd met de top %n ideeën (Ctrl+Z maakt het ongedaan).</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose an idea in the list first.</source>
      <translation>Kies eerst een idee in de lijst.</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas approved.</source>
      <translation>
        <numerusform>%n idee goedgekeurd.</numerusform>
        <numerusform>%n ideeën goedgekeurd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas hidden.</source>
      <translation>
        <numerusform>%n idee verborgen.</numerusform>
        <numerusform>%n ideeën verborgen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas shown again.</source>
      <translation>
        <numerusform>%n idee weer zichtbaar.</numerusform>
        <numerusform>%n ideeën weer zichtbaar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Marked answered.</source>
      <translation>Als beantwoord gemarkeerd.</translation>
    </message>
    <message>
      <source>Marked not answered.</source>
      <translation>Als niet beantwoord gemarkeerd.</translation>
    </message>
    <message>
      <source>Pinned to the presenter screen.</source>
      <translation>Vastgezet op het presentatiescherm.</translation>
    </message>
    <message>
      <source>Unpinned.</source>
      <translation>Niet meer vastgezet.</translation>
    </message>
    <message>
      <source>Select the duplicates together with the idea to keep (the current one), then press M.</source>
      <translation>Selecteer de dubbele ideeën samen met het idee dat blijft (het huidige) en druk op M.</translation>
    </message>
    <message numerus="yes">
      <source>%n duplicates merged into the current idea.</source>
      <translation>
        <numerusform>%n dubbel idee samengevoegd met het huidige idee.</numerusform>
        <numerusform>%n dubbele ideeën samengevoegd met het huidige idee.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit… (E)</source>
      <translation>Bewerken… (E)</translation>
    </message>
    <message>
      <source>The text is unchanged.</source>
      <translation>De tekst is ongewijzigd.</translation>
    </message>
    <message>
      <source>Idea edited: the room sees it marked as edited.</source>
      <translation>Idee bewerkt: de zaal ziet dat ze bewerkt is.</translation>
    </message>
    <message>
      <source>Unmerge (U)</source>
      <translation>Splitsen (U)</translation>
    </message>
    <message>
      <source>Unmerged: the idea is on its own again, with the upvotes it brought.</source>
      <translation>Gesplitst: het idee staat weer op zichzelf, met de stemmen die het meebracht.</translation>
    </message>
    <message>
      <source>Choose a merged idea (list "All, merged ones too"), then press U to unmerge it.</source>
      <translation>Kies een samengevoegd idee (lijst ‘Alle, ook samengevoegde’) en druk op U om het te splitsen.</translation>
    </message>
    <message>
      <source>This idea was merged by an earlier version of the app, which did not record which upvotes it brought: it cannot be unmerged.</source>
      <translation>Dit idee werd samengevoegd door een eerdere versie van de app, die niet bijhield welke stemmen het meebracht: het kan niet gesplitst worden.</translation>
    </message>
    <message>
      <source>This idea came along when “{idea}” was merged: unmerge “{idea}” first.</source>
      <translation>Dit idee kwam mee toen ‘{idea}’ werd samengevoegd: splits eerst ‘{idea}’.</translation>
    </message>
  </context>
  <context>
    <name>IdeaPollSettings</name>
    <message>
      <source>&amp;Approve each idea before the room sees it</source>
      <translation>Elk idee &amp;goedkeuren voordat de zaal het ziet</translation>
    </message>
    <message>
      <source>Dots</source>
      <translation>Stippen</translation>
    </message>
    <message>
      <source>Spread &amp;100 points instead of dots</source>
      <translation>&amp;100 punten verdelen in plaats van stippen</translation>
    </message>
    <message>
      <source>Dots per participant</source>
      <translation>Stippen per deelnemer</translation>
    </message>
    <message>
      <source>Most dots on one option</source>
      <translation>Hoogstens stippen op één optie</translation>
    </message>
    <message>
      <source>&amp;Dots per participant:</source>
      <translation>&amp;Stippen per deelnemer:</translation>
    </message>
    <message>
      <source>&amp;Most on one option:</source>
      <translation>&amp;Hoogstens op één optie:</translation>
    </message>
  </context>
  <context>
    <name>Prioritise</name>
    <message>
      <source>Prioritise: {question}</source>
      <translation>Prioriteren: {question}</translation>
    </message>
  </context>
  <context>
    <name>Channels</name>
    <message>
      <source>Phones</source>
      <translation>Telefoons</translation>
    </message>
    <message>
      <source>Show of hands</source>
      <translation>Handopsteken</translation>
    </message>
    <message>
      <source>Paper ballots</source>
      <translation>Papieren stembiljetten</translation>
    </message>
    <message>
      <source>Sticky dots</source>
      <translation>Stickers</translation>
    </message>
    <message>
      <source>Entered by the facilitator</source>
      <translation>Ingevoerd door de begeleider</translation>
    </message>
  </context>
  <context>
    <name>CountCommands</name>
    <message>
      <source>Change a count</source>
      <translation>Telling wijzigen</translation>
    </message>
    <message>
      <source>Change people present</source>
      <translation>Aantal aanwezigen wijzigen</translation>
    </message>
  </context>
  <context>
    <name>RoomCountsPanel</name>
    <message>
      <source>Counted in the room</source>
      <translation>Geteld in de zaal</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>niet geteld</translation>
    </message>
    <message>
      <source>People present at this item</source>
      <translation>Aanwezigen bij dit punt</translation>
    </message>
    <message>
      <source>Answers by channel</source>
      <translation>Antwoorden per kanaal</translation>
    </message>
    <message>
      <source>Show the split on the presenter</source>
      <translation>Verdeling op het presentatiescherm tonen</translation>
    </message>
    <message>
      <source>Counted from</source>
      <translation>Geteld via</translation>
    </message>
    <message>
      <source>One answer, as on the ballot</source>
      <translation>Eén antwoord, zoals op het stembiljet</translation>
    </message>
    <message>
      <source>Add ballot</source>
      <translation>Stembiljet toevoegen</translation>
    </message>
    <message>
      <source>Enter for someone without a phone</source>
      <translation>Invoeren voor iemand zonder telefoon</translation>
    </message>
    <message>
      <source>Counted once; the minutes only say how many answers you entered</source>
      <translation>Eén keer geteld; het verslag vermeldt alleen hoeveel antwoorden u invoerde</translation>
    </message>
    <message>
      <source>People present:</source>
      <translation>Aanwezigen:</translation>
    </message>
    <message>
      <source>Counted from:</source>
      <translation>Geteld via:</translation>
    </message>
    <message>
      <source>Count for {answer}</source>
      <translation>Aantal voor {answer}</translation>
    </message>
    <message>
      <source>Option number, e.g. 2</source>
      <translation>Nummer van de optie, bv. 2</translation>
    </message>
    <message>
      <source>Option numbers, e.g. 1 3</source>
      <translation>Nummers van de opties, bv. 1 3</translation>
    </message>
    <message>
      <source>A value of the scale, e.g. 4</source>
      <translation>Een waarde van de schaal, bv. 4</translation>
    </message>
    <message>
      <source>Options in order, first choice first, e.g. 2 1 3</source>
      <translation>Opties op volgorde, eerste keuze eerst, bv. 2 1 3</translation>
    </message>
    <message>
      <source>The answer as written</source>
      <translation>Het antwoord zoals geschreven</translation>
    </message>
    <message>
      <source>{answers} answers but {people} people present: check the counts</source>
      <translation>{answers} antwoorden maar {people} aanwezigen: controleer de tellingen</translation>
    </message>
    <message>
      <source>That is not an answer to this poll.</source>
      <translation>Dat is geen antwoord op deze peiling.</translation>
    </message>
    <message>
      <source>Enter an answer for someone</source>
      <translation>Antwoord voor iemand invoeren</translation>
    </message>
    <message>
      <source>Add a ballot</source>
      <translation>Stembiljet toevoegen</translation>
    </message>
    <message>
      <source>Entered for someone without a phone.</source>
      <translation>Ingevoerd voor iemand zonder telefoon.</translation>
    </message>
    <message>
      <source>Ballot added.</source>
      <translation>Stembiljet toegevoegd.</translation>
    </message>
  </context>
  <context>
    <name>ItemSessionsBox</name>
    <message>
      <source>In the sessions shown</source>
      <translation>In de getoonde sessies</translation>
    </message>
    <message>
      <source>Session › Sessions… chooses the sessions shown.</source>
      <translation>Sessie › Sessies… kiest de getoonde sessies.</translation>
    </message>
    <message>
      <source>The item in the sessions shown</source>
      <translation>Het punt in de getoonde sessies</translation>
    </message>
    <message>
      <source>Not run yet: times and responses appear here after a session.</source>
      <translation>Nog niet gehouden: tijden en antwoorden verschijnen hier na een sessie.</translation>
    </message>
    <message>
      <source>No session to show: every session is discarded.</source>
      <translation>Geen sessie om te tonen: alle sessies zijn verworpen.</translation>
    </message>
    <message>
      <source>Showing the live session {number} of {date}</source>
      <translation>Getoond: lopende sessie {number} van {date}</translation>
    </message>
    <message>
      <source>Showing session {number} of {date} (a rehearsal)</source>
      <translation>Getoond: sessie {number} van {date} (een repetitie)</translation>
    </message>
    <message>
      <source>Showing session {number} of {date}</source>
      <translation>Getoond: sessie {number} van {date}</translation>
    </message>
    <message numerus="yes">
      <source>Showing %n sessions: {sessions}</source>
      <translation>
        <numerusform>Getoond: %n sessie: {sessions}</numerusform>
        <numerusform>Getoond: %n sessies: {sessions}</numerusform>
      </translation>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>Sessie {number}</translation>
    </message>
    <message>
      <source>[rehearsal]</source>
      <translation>[repetitie]</translation>
    </message>
    <message>
      <source>Actual times:</source>
      <translation>Werkelijke tijden:</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>niet bereikt</translation>
    </message>
    <message numerus="yes">
      <source>(%n min)</source>
      <translation>
        <numerusform>(%n min)</numerusform>
        <numerusform>(%n min)</numerusform>
      </translation>
    </message>
    <message>
      <source>Responses:</source>
      <translation>Antwoorden:</translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n antwoord</numerusform>
        <numerusform>%n antwoorden</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} in session {number}</source>
      <translation>{count} in sessie {number}</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idee</numerusform>
        <numerusform>%n ideeën</numerusform>
      </translation>
    </message>
  </context>
</TS>
