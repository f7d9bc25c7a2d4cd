<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About workshop-app</source>
        <translation>À propos de workshop-app</translation>
    </message>
    <message>
        <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room&apos;s network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
        <translation>Préparer, animer et rédiger le compte rendu d&apos;ateliers participatifs — hors ligne, avec des sondages anonymes en direct auxquels on répond depuis son téléphone sur le réseau de la salle.

Tout ce qui concerne un atelier est conservé dans un seul fichier .workshop sur cet ordinateur. Rien n&apos;est envoyé sur internet.

Licence&#xa0;: GPL-3.0-or-later. Polices&#xa0;: DejaVu (licence libre, voir resources/fonts).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose what to export. Files are written into the folder below, named after the workshop.</source>
        <translation>Choisissez ce que vous voulez exporter. Les fichiers sont enregistrés dans le dossier ci-dessous et portent le nom de l&apos;atelier.</translation>
    </message>
    <message>
        <source>&amp;PDF minutes, ready to send</source>
        <translation>Compte rendu &amp;PDF, prêt à envoyer</translation>
    </message>
    <message>
        <source>&amp;Markdown minutes, for e-mail or a wiki</source>
        <translation>Compte rendu &amp;Markdown, pour un courriel ou un wiki</translation>
    </message>
    <message>
        <source>&amp;CSV files: results per poll, notes, action items</source>
        <translation>Fichiers &amp;CSV&#xa0;: résultats par sondage, notes, actions à mener</translation>
    </message>
    <message>
        <source>&amp;JSON data of the whole workshop</source>
        <translation>Données &amp;JSON de tout l&apos;atelier</translation>
    </message>
    <message>
        <source>P&amp;lan file, to reuse the agenda and polls</source>
        <translation>Fichier de p&amp;lan, pour réutiliser l&apos;ordre du jour et les sondages</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Open the minutes when done</source>
        <translation>&amp;Ouvrir le compte rendu à la fin</translation>
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
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>E&amp;xporter le plan…</translation>
    </message>
    <message>
        <source>&amp;Export Minutes and Data…</source>
        <translation>&amp;Exporter le compte rendu et les données…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Workshop</source>
        <translation>&amp;Fermer l&apos;atelier</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About workshop-app</source>
        <translation>À &amp;propos de workshop-app</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Workshop &amp;Details…</source>
        <translation>&amp;Détails de l&apos;atelier…</translation>
    </message>
    <message>
        <source>&amp;Start or Resume Session</source>
        <translation>&amp;Démarrer ou reprendre la session</translation>
    </message>
    <message>
        <source>&amp;End Session…</source>
        <translation>&amp;Terminer la session…</translation>
    </message>
    <message>
        <source>&amp;Presenter Window</source>
        <translation>Fenêtre de &amp;projection</translation>
    </message>
    <message>
        <source>&amp;Blank Presenter Screen (B)</source>
        <translation>Écran de projection &amp;noir (B)</translation>
    </message>
    <message>
        <source>&amp;Notes Pane</source>
        <translation>&amp;Volet des notes</translation>
    </message>
    <message>
        <source>&amp;Write a Note</source>
        <translation>É&amp;crire une note</translation>
    </message>
    <message>
        <source>&amp;Action Items…</source>
        <translation>&amp;Actions à mener…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>The new language applies the next time workshop-app starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de workshop-app.</translation>
    </message>
    <message>
        <source>Workshops (*.workshop)</source>
        <translation>Ateliers (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop plans (*.plan.json *.json)</source>
        <translation>Plans d&apos;atelier (*.plan.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Impossible d&apos;ouvrir l&apos;atelier</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Cannot use template</source>
        <translation>Impossible d&apos;utiliser le modèle</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Nouvel atelier à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>Impossible de créer la démonstration</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Remplacement impossible</translation>
    </message>
    <message>
        <source>That workshop is open; choose another name.</source>
        <translation>Cet atelier est ouvert&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Impossible de créer l&apos;atelier</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Copie enregistrée sous {path}</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Cannot import plan</source>
        <translation>Impossible d&apos;importer le plan</translation>
    </message>
    <message>
        <source>Imported {count} agenda items from {name}</source>
        <translation>Points de l&apos;ordre du jour importés depuis {name}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Cannot export plan</source>
        <translation>Impossible d&apos;exporter le plan</translation>
    </message>
    <message>
        <source>Exported the plan to {path}</source>
        <translation>Plan exporté vers {path}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>Fichiers exportés dans {folder}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Rien n&apos;a été exporté</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>The session has ended and its end time is recorded. Export the minutes now?</source>
        <translation>La session est terminée et son heure de fin est enregistrée. Exporter le compte rendu maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Point&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda item of the note</source>
        <translation>Point de l&apos;ordre du jour concerné par la note</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of note (Ctrl+1 to Ctrl+5)</source>
        <translation>Type de note (Ctrl+1 à Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Poll:</source>
        <translation>&amp;Sondage&#xa0;:</translation>
    </message>
    <message>
        <source>Poll the note refers to</source>
        <translation>Sondage auquel la note se rapporte</translation>
    </message>
    <message>
        <source>Type a note, press Enter</source>
        <translation>Saisissez une note, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Show notes of kind</source>
        <translation>Afficher les notes du type</translation>
    </message>
    <message>
        <source>Show notes of item</source>
        <translation>Afficher les notes du point</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Action items…</source>
        <translation>Actions à mener…</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Poll type</source>
        <translation>Type de sondage</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What do you want to ask the room?</source>
        <translation>Que voulez-vous demander à la salle&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Options, one per line</source>
        <translation>&amp;Options, une par ligne</translation>
    </message>
    <message>
        <source>Options, one per line</source>
        <translation>Options, une par ligne</translation>
    </message>
    <message>
        <source>At &amp;most this many choices:</source>
        <translation>Nombre &amp;maximal de choix&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum number of choices</source>
        <translation>Nombre maximal de choix</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Lowest value</source>
        <translation>Valeur la plus basse</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Libellé de la valeur la plus basse</translation>
    </message>
    <message>
        <source>e.g. Not at all</source>
        <translation>p. ex. Pas du tout</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Highest value</source>
        <translation>Valeur la plus haute</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Libellé de la valeur la plus haute</translation>
    </message>
    <message>
        <source>e.g. Very much</source>
        <translation>p. ex. Tout à fait</translation>
    </message>
    <message>
        <source>Participants may &amp;change their answer until the poll closes</source>
        <translation>Les participants peuvent &amp;modifier leur réponse jusqu&apos;à la clôture du sondage</translation>
    </message>
    <message>
        <source>&amp;Hide results on the presenter screen until the poll closes</source>
        <translation>&amp;Masquer les résultats sur l&apos;écran de projection jusqu&apos;à la clôture du sondage</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Live polls</source>
        <translation>Sondages en direct</translation>
    </message>
    <message>
        <source>&amp;Network address:</source>
        <translation>Adresse &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room&apos;s router.</source>
        <translation>L&apos;adresse de cet ordinateur à laquelle les téléphones se connectent. Automatique utilise le réseau qui mène à internet ou au routeur de la salle.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>If this port is busy, the next free one is used.</source>
        <translation>Si ce port est occupé, le suivant qui est libre est utilisé.</translation>
    </message>
    <message>
        <source>New polls &amp;hide their results until they close</source>
        <translation>Les nouveaux sondages &amp;masquent leurs résultats jusqu&apos;à leur clôture</translation>
    </message>
    <message>
        <source>In new polls, participants may &amp;change their answers</source>
        <translation>Dans les nouveaux sondages, les participants peuvent &amp;modifier leurs réponses</translation>
    </message>
    <message>
        <source>Wi-Fi shown on the presenter screen</source>
        <translation>Wi-Fi affiché sur l&apos;écran de projection</translation>
    </message>
    <message>
        <source>Phones can scan a QR code to join this Wi-Fi network before they open the poll page. Leave the name empty to show no Wi-Fi code.</source>
        <translation>Les téléphones peuvent scanner un code QR pour rejoindre ce réseau Wi-Fi avant d&apos;ouvrir la page du sondage. Laissez le nom vide pour ne pas afficher de code Wi-Fi.</translation>
    </message>
    <message>
        <source>Network &amp;name (SSID):</source>
        <translation>&amp;Nom du réseau (SSID)&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>none (open network)</source>
        <translation>aucun (réseau ouvert)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>shown at the top of the PDF minutes</source>
        <translation>affichée en tête du compte rendu PDF</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>aucun logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop&apos;s own language.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de workshop-app. La page des participants et le compte rendu utilisent la langue propre à chaque atelier.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
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
        <translation>Préparez un atelier minuté, animez-le avec des sondages anonymes en direct et envoyez le compte rendu le soir même — le tout hors ligne.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Découvrir la démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>Ateliers &amp;récents</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <source>Start from a &amp;template</source>
        <translation>Partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (introuvable)</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Aucun atelier récent pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{items} items · {polls} polls · {duration}</source>
        <translation>{items} points · {polls} sondages · {duration}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Détails de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>A une date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Animateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Facilitators, separated by commas</source>
        <translation>Animateurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
</TS>
