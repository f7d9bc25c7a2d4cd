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
      <source>Plan, run and minute participatory workshops — offline, with anonymous live polls answered from phones on the room's network.

Everything of a workshop is kept in one .workshop file on this computer. Nothing is sent to the internet.

Licence: GPL-3.0-or-later. Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Préparer, animer et rédiger le compte rendu d'ateliers participatifs — hors ligne, avec des sondages anonymes en direct auxquels on répond depuis son téléphone sur le réseau de la salle.

Tout ce qui concerne un atelier est conservé dans un seul fichier .workshop sur cet ordinateur. Rien n'est envoyé sur internet.

Licence : GPL-3.0-or-later. Polices : DejaVu (licence libre, voir resources/fonts).</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsDialog</name>
    <message>
      <source>Action items</source>
      <translation>Actions à mener</translation>
    </message>
    <message>
      <source>Double-click a cell to edit it; tick Status when an action is done. Dates are written like 2026-04-30.</source>
      <translation>Double-cliquez sur une cellule pour la modifier ; cochez Statut quand une action est faite. Les dates s'écrivent comme 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Point</translation>
    </message>
    <message>
      <source>“{text}” is not a date; write it like 2026-04-30.</source>
      <translation>« {text} » n'est pas une date ; écrivez-la comme 2026-04-30.</translation>
    </message>
  </context>
  <context>
    <name>AgendaCommands</name>
    <message>
      <source>Edit workshop details</source>
      <translation>Modifier les détails de l'atelier</translation>
    </message>
    <message>
      <source>Add “{title}”</source>
      <translation>Ajouter « {title} »</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>Supprimer « {title} »</translation>
    </message>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (copie)</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>Dupliquer « {title} »</translation>
    </message>
    <message>
      <source>Edit {what} of “{title}”</source>
      <translation>Modifier {what} de « {title} »</translation>
    </message>
    <message>
      <source>Edit item of “{title}”</source>
      <translation>Modifier le point « {title} »</translation>
    </message>
    <message>
      <source>Move “{title}”</source>
      <translation>Déplacer « {title} »</translation>
    </message>
    <message>
      <source>Add poll “{question}”</source>
      <translation>Ajouter le sondage « {question} »</translation>
    </message>
    <message>
      <source>Edit poll “{question}”</source>
      <translation>Modifier le sondage « {question} »</translation>
    </message>
    <message>
      <source>Delete poll “{question}”</source>
      <translation>Supprimer le sondage « {question} »</translation>
    </message>
    <message>
      <source>Move poll</source>
      <translation>Déplacer le sondage</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Total planned duration</source>
      <translation>Durée totale prévue</translation>
    </message>
    <message>
      <source>&amp;Add item</source>
      <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>&amp;Workshop details…</source>
      <translation>Détails de l'&amp;atelier…</translation>
    </message>
    <message>
      <source>Add an agenda item after the selected one (Ctrl+Shift+I)</source>
      <translation>Ajouter un point après celui qui est sélectionné (Ctrl+Maj+I)</translation>
    </message>
    <message>
      <source>Duplicate the selected item with its polls (Ctrl+D)</source>
      <translation>Dupliquer le point sélectionné avec ses sondages (Ctrl+D)</translation>
    </message>
    <message>
      <source>Ctrl+Up; or drag the row</source>
      <translation>Ctrl+Haut ; ou faites glisser la ligne</translation>
    </message>
    <message>
      <source>Ctrl+Down; or drag the row</source>
      <translation>Ctrl+Bas ; ou faites glisser la ligne</translation>
    </message>
    <message>
      <source>No date set</source>
      <translation>Pas de date</translation>
    </message>
    <message>
      <source>starts {time}</source>
      <translation>début à {time}</translation>
    </message>
    <message>
      <source>Facilitators: {names}</source>
      <translation>Animation : {names}</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes}</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%n items · total {duration} · planned end {end}</source>
      <translation>
        <numerusform>%n point · total {duration} · fin prévue {end}</numerusform>
        <numerusform>%n points · total {duration} · fin prévue {end}</numerusform>
      </translation>
    </message>
    <message>
      <source>New item</source>
      <translation>Nouveau point</translation>
    </message>
    <message>
      <source>Delete an item whose polls have answers?</source>
      <translation>Supprimer un point dont les sondages ont des réponses ?</translation>
    </message>
    <message numerus="yes">
      <source>The polls of this item have %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>Les sondages de ce point ont %n réponse, toutes séances comprises (répétitions aussi). Elle sera supprimée avec lui et l'annulation ne la rétablira pas.</numerusform>
        <numerusform>Les sondages de ce point ont %n réponses, toutes séances comprises (répétitions aussi). Elles seront supprimées avec lui et l'annulation ne les rétablira pas.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Point</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Sondages</translation>
    </message>
  </context>
  <context>
    <name>AgendaTable</name>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>The computer refused: {reason}.</source>
      <translation>L'ordinateur a refusé : {reason}.</translation>
    </message>
    <message>
      <source>Something went wrong and that step was not done. Everything saved before it is still in the workshop file.</source>
      <translation>Un problème est survenu et cette étape n'a pas été effectuée. Tout ce qui a été enregistré avant se trouve toujours dans le fichier de l'atelier.</translation>
    </message>
    <message>
      <source>Details for support: {path}</source>
      <translation>Détails pour l'assistance : {path}</translation>
    </message>
    <message>
      <source>That did not work</source>
      <translation>Cela n'a pas fonctionné</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
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
    <message numerus="yes">
      <source>Exported %n files to {folder}</source>
      <translation>
        <numerusform>%n fichier exporté dans {folder}</numerusform>
        <numerusform>%n fichiers exportés dans {folder}</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing exported</source>
      <translation>Rien n'a été exporté</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l'exportation</translation>
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
      <translation>Choisissez ce que vous voulez exporter. Les fichiers sont enregistrés dans le dossier ci-dessous et portent le nom de l'atelier.</translation>
    </message>
    <message>
      <source>&amp;PDF minutes, ready to send</source>
      <translation>Compte rendu &amp;PDF, prêt à envoyer</translation>
    </message>
    <message>
      <source>&amp;HTML minutes (accessible), for screen readers and the web</source>
      <translation>Compte rendu &amp;HTML (accessible), pour les lecteurs d’écran et le web</translation>
    </message>
    <message>
      <source>&amp;Markdown minutes, for e-mail or a wiki</source>
      <translation>Compte rendu &amp;Markdown, pour un courriel ou un wiki</translation>
    </message>
    <message>
      <source>&amp;CSV files: results per poll, notes, action items</source>
      <translation>Fichiers &amp;CSV : résultats par sondage, notes, actions à mener</translation>
    </message>
    <message>
      <source>&amp;JSON data of the whole workshop</source>
      <translation>Données &amp;JSON de tout l'atelier</translation>
    </message>
    <message>
      <source>P&amp;lan file, to reuse the agenda and polls</source>
      <translation>Fichier de p&amp;lan, pour réutiliser l'ordre du jour et les sondages</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Dossier :</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;Open the minutes when done</source>
      <translation>&amp;Ouvrir le compte rendu à la fin</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>Exporter dans</translation>
    </message>
    <message>
      <source>&amp;Data-protection summary (one page, Markdown), for an impact assessment</source>
      <translation>Synthèse &amp;protection des données (une page, Markdown), pour une analyse d'impact</translation>
    </message>
  </context>
  <context>
    <name>IdeaEditDialog</name>
    <message>
      <source>Edit idea</source>
      <translation>Modifier l'idée</translation>
    </message>
    <message>
      <source>As it is now:</source>
      <translation>Telle qu'elle est :</translation>
    </message>
    <message>
      <source>The idea's text as it is now</source>
      <translation>Le texte de l'idée tel qu'il est</translation>
    </message>
    <message>
      <source>&amp;New text:</source>
      <translation>&amp;Nouveau texte :</translation>
    </message>
    <message>
      <source>The idea's new text</source>
      <translation>Le nouveau texte de l'idée</translation>
    </message>
    <message>
      <source>Why the text cannot be saved</source>
      <translation>Pourquoi le texte ne peut pas être enregistré</translation>
    </message>
    <message>
      <source>The phones, the presenter and the minutes will mark this idea as edited. The text as it is now is not kept.</source>
      <translation>Les téléphones, l'écran de présentation et le compte rendu marqueront cette idée comme modifiée. Le texte actuel n'est pas conservé.</translation>
    </message>
    <message numerus="yes">
      <source>%n characters left</source>
      <translation>
        <numerusform>%n caractère restant</numerusform>
        <numerusform>%n caractères restants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>An idea has at most %n characters: shorten it.</source>
      <translation>
        <numerusform>Une idée compte au plus %n caractère : raccourcissez-la.</numerusform>
        <numerusform>Une idée compte au plus %n caractères : raccourcissez-la.</numerusform>
      </translation>
    </message>
    <message>
      <source>The text holds a character that cannot be shown: type it again.</source>
      <translation>Le texte contient un caractère qui ne peut pas être affiché : saisissez-le à nouveau.</translation>
    </message>
    <message>
      <source>The text cannot be empty. To take an idea off the wall, hide it (H).</source>
      <translation>Le texte ne peut pas être vide. Pour retirer une idée du mur, masquez-la (H).</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <source>Item title</source>
      <translation>Titre du point</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Planned minutes</source>
      <translation>Minutes prévues</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>What this item should achieve</source>
      <translation>Ce que ce point doit permettre d'atteindre</translation>
    </message>
    <message>
      <source>Facilitator notes (private)</source>
      <translation>Notes d'animation (privées)</translation>
    </message>
    <message>
      <source>Private: shown only on the facilitator's console</source>
      <translation>Privé : affiché uniquement sur la console d'animation</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Méthode :</translation>
    </message>
    <message>
      <source>Planned &amp;minutes:</source>
      <translation>&amp;Minutes prévues :</translation>
    </message>
    <message>
      <source>&amp;Goal:</source>
      <translation>&amp;Objectif :</translation>
    </message>
    <message>
      <source>Facilitator &amp;notes:</source>
      <translation>&amp;Notes d'animation :</translation>
    </message>
    <message>
      <source>Polls of this item</source>
      <translation>Sondages de ce point</translation>
    </message>
    <message>
      <source>Add &amp;poll…</source>
      <translation>Ajouter un &amp;sondage…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Move poll up</source>
      <translation>Monter le sondage</translation>
    </message>
    <message>
      <source>Move poll down</source>
      <translation>Descendre le sondage</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Sondages</translation>
    </message>
    <message>
      <source>Select an agenda item, or add one.</source>
      <translation>Sélectionnez un point de l'ordre du jour, ou ajoutez-en un.</translation>
    </message>
    <message>
      <source>Poll {state}</source>
      <translation>Sondage {state}</translation>
    </message>
    <message>
      <source>Change a poll that has answers?</source>
      <translation>Modifier un sondage qui a des réponses ?</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <source>Delete a poll with answers?</source>
      <translation>Supprimer un sondage qui a des réponses ?</translation>
    </message>
    <message>
      <source>T&amp;ranslations…</source>
      <translation>T&amp;raductions…</translation>
    </message>
    <message>
      <source>Item translations</source>
      <translation>Traductions du point</translation>
    </message>
    <message>
      <source>Languages:</source>
      <translation>Langues :</translation>
    </message>
    <message>
      <source>[missing: {languages}]</source>
      <translation>[manque : {languages}]</translation>
    </message>
    <message>
      <source>Only the workshop's main language.</source>
      <translation>Seulement la langue principale de l'atelier.</translation>
    </message>
    <message>
      <source>Missing: {languages}</source>
      <translation>Manque : {languages}</translation>
    </message>
    <message>
      <source>Translated into {languages}</source>
      <translation>Traduit en {languages}</translation>
    </message>
    <message numerus="yes">
      <source>This poll already has %n answers, counting every session. Changing its options can make them point at different options.</source>
      <translation>
        <numerusform>Ce sondage a déjà %n réponse, toutes séances comprises. Modifier ses options peut la faire pointer vers une autre option.</numerusform>
        <numerusform>Ce sondage a déjà %n réponses, toutes séances comprises. Modifier ses options peut les faire pointer vers d'autres options.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This poll has %n answers, counting every session (rehearsals too). They are deleted with it and undo does not bring them back.</source>
      <translation>
        <numerusform>Ce sondage a %n réponse, toutes séances comprises (répétitions aussi). Elle sera supprimée avec lui et l'annulation ne la rétablira pas.</numerusform>
        <numerusform>Ce sondage a %n réponses, toutes séances comprises (répétitions aussi). Elles seront supprimées avec lui et l'annulation ne les rétablira pas.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Plenary</source>
      <translation>Plénière</translation>
    </message>
    <message>
      <source>Small groups</source>
      <translation>Petits groupes</translation>
    </message>
    <message>
      <source>Poll</source>
      <translation>Sondage</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Choix unique</translation>
    </message>
    <message>
      <source>Multiple choice</source>
      <translation>Choix multiple</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Échelle</translation>
    </message>
    <message>
      <source>Open text</source>
      <translation>Texte libre</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Classement</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>brouillon</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ouvert</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>clos</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Action à mener</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Citation</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>À faire</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>+{time} over</source>
      <translation>+{time} de dépassement</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>reste {time}</translation>
    </message>
    <message>
      <source>The question is empty.</source>
      <translation>La question est vide.</translation>
    </message>
    <message>
      <source>A poll of this type needs at least two options.</source>
      <translation>Un sondage de ce type a besoin d'au moins deux options.</translation>
    </message>
    <message>
      <source>Two options have the same text.</source>
      <translation>Deux options ont le même texte.</translation>
    </message>
    <message>
      <source>The maximum number of choices must be at least 1.</source>
      <translation>Le nombre maximal de choix doit être d'au moins 1.</translation>
    </message>
    <message>
      <source>The top of the scale must be above its bottom.</source>
      <translation>Le haut de l'échelle doit être supérieur à son bas.</translation>
    </message>
    <message>
      <source>A scale may have at most 21 steps.</source>
      <translation>Une échelle peut avoir au plus 21 niveaux.</translation>
    </message>
    <message>
      <source>note</source>
      <translation>une note</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>une décision</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>une action à mener</translation>
    </message>
    <message>
      <source>question</source>
      <translation>une question</translation>
    </message>
    <message>
      <source>quote</source>
      <translation>une citation</translation>
    </message>
    <message>
      <source>Idea wall</source>
      <translation>Mur d'idées</translation>
    </message>
    <message>
      <source>Dot voting</source>
      <translation>Vote par gommettes</translation>
    </message>
    <message>
      <source>The number of dots must be from 1 to 20.</source>
      <translation>Le nombre de gommettes doit être de 1 à 20.</translation>
    </message>
    <message>
      <source>At least one dot must fit on an option.</source>
      <translation>Au moins une gommette doit pouvoir aller sur une option.</translation>
    </message>
  </context>
  <context>
    <name>LivePolling</name>
    <message>
      <source>Live polling not available: phones cannot join in this version.</source>
      <translation>Sondages en direct indisponibles : les téléphones ne peuvent pas se connecter dans cette version.</translation>
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
      <translation>Nouveau à partir d'un &amp;modèle…</translation>
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
      <translation>&amp;Fermer l'atelier</translation>
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
      <source>&amp;Merge Rooms…</source>
      <translation>&amp;Fusionner des salles…</translation>
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
      <translation>&amp;Détails de l'atelier…</translation>
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
      <source>Start as &amp;Rehearsal</source>
      <translation>Démarrer en &amp;répétition</translation>
    </message>
    <message>
      <source>Sess&amp;ions…</source>
      <translation>Sess&amp;ions…</translation>
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
      <translation>Nouveau à partir d'un &amp;modèle</translation>
    </message>
    <message>
      <source>Se&amp;ttings…</source>
      <translation>Para&amp;mètres…</translation>
    </message>
    <message>
      <source>The new language applies the next time workshop-app starts.</source>
      <translation>La nouvelle langue s'appliquera au prochain démarrage de workshop-app.</translation>
    </message>
    <message>
      <source>Workshops (*.workshop)</source>
      <translation>Ateliers (*.workshop)</translation>
    </message>
    <message>
      <source>Workshop plans (*.plan.json *.json)</source>
      <translation>Plans d'atelier (*.plan.json *.json)</translation>
    </message>
    <message>
      <source>Cannot open workshop</source>
      <translation>Impossible d'ouvrir l'atelier</translation>
    </message>
    <message>
      <source>Changes lost from a damaged journal</source>
      <translation>Modifications perdues à cause d'un journal endommagé</translation>
    </message>
    <message>
      <source>{name}: its journal (the -wal file beside it) is damaged. {count} saved change(s) written after the damaged place could not be read back and are missing. A copy of the journal is kept as {copy}.</source>
      <translation>{name} : son journal (le fichier -wal à côté) est endommagé. {count} modification(s) enregistrée(s) après l'endroit endommagé n'ont pas pu être relues et manquent. Une copie du journal est conservée sous le nom {copy}.</translation>
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
      <translation>Impossible d'utiliser le modèle</translation>
    </message>
    <message>
      <source>New workshop from template</source>
      <translation>Nouvel atelier à partir d'un modèle</translation>
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
      <translation>Cet atelier est ouvert ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot create workshop</source>
      <translation>Impossible de créer l'atelier</translation>
    </message>
    <message>
      <source>Read-only: {reason}</source>
      <translation>Lecture seule : {reason}</translation>
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
      <translation>Impossible d'enregistrer une copie</translation>
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
      <translation>Impossible d'importer le plan</translation>
    </message>
    <message>
      <source>Imported {count} agenda items from {name}</source>
      <translation>Points de l'ordre du jour importés depuis {name} : {count}</translation>
    </message>
    <message>
      <source>Export plan</source>
      <translation>Exporter le plan</translation>
    </message>
    <message>
      <source>Cannot export plan</source>
      <translation>Impossible d'exporter le plan</translation>
    </message>
    <message>
      <source>Exported the plan to {path}</source>
      <translation>Plan exporté vers {path}</translation>
    </message>
    <message>
      <source>Session ended</source>
      <translation>Session terminée</translation>
    </message>
    <message>
      <source>The session has ended and its end time is recorded. Export the minutes now?</source>
      <translation>La session est terminée et son heure de fin est enregistrée. Exporter le compte rendu maintenant ?</translation>
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
    <message>
      <source>&amp;Start Session</source>
      <translation>&amp;Démarrer la session</translation>
    </message>
    <message>
      <source>&amp;Look</source>
      <translation>&amp;Apparence</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>du &amp;système</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Claire</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Sombre</translation>
    </message>
    <message>
      <source>&amp;Resume Session</source>
      <translation>&amp;Reprendre la session</translation>
    </message>
    <message>
      <source>Back to run mode; phones stay connected (F5)</source>
      <translation>Retour au mode animation ; les téléphones restent connectés (F5)</translation>
    </message>
    <message>
      <source>Start the session: run mode, presenter screen and live polls (F5)</source>
      <translation>Démarrer la session : mode animation, écran de projection et sondages en direct (F5)</translation>
    </message>
    <message>
      <source>Print &amp;Ballots…</source>
      <translation>Imprimer les &amp;bulletins…</translation>
    </message>
    <message numerus="yes">
      <source>Wrote the ballots to {path} (%n pages)</source>
      <translation>
        <numerusform>Bulletins écrits dans {path} (%n page)</numerusform>
        <numerusform>Bulletins écrits dans {path} (%n pages)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MergeRooms</name>
    <message>
      <source>Nothing to merge</source>
      <translation>Rien à fusionner</translation>
    </message>
    <message>
      <source>Give at least two rooms' files and choose at least one format.</source>
      <translation>Indiquez les fichiers d’au moins deux salles et choisissez au moins un format.</translation>
    </message>
    <message>
      <source>Merged {count} rooms into {folder}</source>
      <translation>{count} salles fusionnées dans {folder}</translation>
    </message>
    <message>
      <source>Merge refused</source>
      <translation>Fusion refusée</translation>
    </message>
  </context>
  <context>
    <name>MergeRoomsDialog</name>
    <message>
      <source>Merge Rooms</source>
      <translation>Fusionner des salles</translation>
    </message>
    <message>
      <source>One report from the files of several rooms that ran the same plan, one laptop each: each room's results beside the combined ones. The rooms' files are only read.</source>
      <translation>Un seul rapport à partir des fichiers de plusieurs salles qui ont suivi le même plan, chacune avec son ordinateur : les résultats de chaque salle à côté des résultats réunis. Les fichiers des salles sont seulement lus.</translation>
    </message>
    <message>
      <source>&amp;Rooms' workshop files (one per line):</source>
      <translation>Fichiers d’atelier des &amp;salles (un par ligne) :</translation>
    </message>
    <message>
      <source>&amp;Add Files…</source>
      <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
      <source>&amp;PDF report</source>
      <translation>Rapport &amp;PDF</translation>
    </message>
    <message>
      <source>&amp;Markdown report</source>
      <translation>Rapport &amp;Markdown</translation>
    </message>
    <message>
      <source>&amp;CSV files</source>
      <translation>Fichiers &amp;CSV</translation>
    </message>
    <message>
      <source>&amp;JSON data</source>
      <translation>Données &amp;JSON</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Dossier :</translation>
    </message>
    <message>
      <source>Rooms report</source>
      <translation>Rapport des salles</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>Rooms' workshop files</source>
      <translation>Fichiers d’atelier des salles</translation>
    </message>
    <message>
      <source>&amp;HTML report (accessible)</source>
      <translation>Rapport &amp;HTML (accessible)</translation>
    </message>
  </context>
  <context>
    <name>NoteCommands</name>
    <message>
      <source>Add {kind}</source>
      <translation>Ajouter {kind}</translation>
    </message>
    <message>
      <source>Edit {kind}</source>
      <translation>Modifier {kind}</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>Supprimer {kind}</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <source>Edit note</source>
      <translation>Modifier la note</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(aucun point)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(aucun sondage)</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>&amp;Text:</source>
      <translation>&amp;Texte :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>&amp;Item:</source>
      <translation>&amp;Point :</translation>
    </message>
    <message>
      <source>&amp;Poll:</source>
      <translation>&amp;Sondage :</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Responsable :</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>DECISION</source>
      <translation>DÉCISION</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Citation</translation>
    </message>
    <message>
      <source>+{minutes} min</source>
      <translation>+{minutes} min</translation>
    </message>
    <message>
      <source>done</source>
      <translation>fait</translation>
    </message>
    <message>
      <source>open</source>
      <translation>à faire</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>personne encore</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>sans date</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
  </context>
  <context>
    <name>NotesPane</name>
    <message>
      <source>&amp;Item:</source>
      <translation>&amp;Point :</translation>
    </message>
    <message>
      <source>Agenda item of the note</source>
      <translation>Point de l'ordre du jour concerné par la note</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>Kind of note (Ctrl+1 to Ctrl+5)</source>
      <translation>Type de note (Ctrl+1 à Ctrl+5)</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>&amp;Responsable :</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>Qui s'en charge</translation>
    </message>
    <message>
      <source>&amp;Due:</source>
      <translation>É&amp;chéance :</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>dd/MM/yyyy</translation>
    </message>
    <message>
      <source>&amp;Poll:</source>
      <translation>&amp;Sondage :</translation>
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
    <message>
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>Tous les points</translation>
    </message>
    <message>
      <source>This item</source>
      <translation>Ce point</translation>
    </message>
    <message>
      <source>(no item)</source>
      <translation>(aucun point)</translation>
    </message>
    <message>
      <source>(no poll)</source>
      <translation>(aucun sondage)</translation>
    </message>
    <message>
      <source>The note being typed is not saved yet: {error}</source>
      <translation>La note en cours de saisie n'est pas encore enregistrée : {error}</translation>
    </message>
    <message>
      <source>Restored the note you were typing when the app last closed.</source>
      <translation>La note que vous tapiez à la dernière fermeture de l'application a été restaurée.</translation>
    </message>
  </context>
  <context>
    <name>NotetakerLinkPanel</name>
    <message>
      <source>Note-taker link</source>
      <translation>Lien de prise de notes</translation>
    </message>
    <message>
      <source>Note-taker link (private: not for the room)</source>
      <translation>Lien de prise de notes (privé : pas pour la salle)</translation>
    </message>
    <message>
      <source>Revoke</source>
      <translation>Révoquer</translation>
    </message>
    <message>
      <source>The link stops working at once; a new one can be made</source>
      <translation>Le lien cesse aussitôt de fonctionner ; un nouveau peut être créé</translation>
    </message>
    <message>
      <source>Note-taker QR code</source>
      <translation>Code QR de prise de notes</translation>
    </message>
    <message>
      <source>Note-taker address</source>
      <translation>Adresse de prise de notes</translation>
    </message>
    <message>
      <source>Create note-taker link</source>
      <translation>Créer un lien de prise de notes</translation>
    </message>
    <message>
      <source>Hide note-taker link</source>
      <translation>Masquer le lien de prise de notes</translation>
    </message>
    <message>
      <source>Show note-taker link</source>
      <translation>Afficher le lien de prise de notes</translation>
    </message>
  </context>
  <context>
    <name>PollControls</name>
    <message>
      <source>Current poll</source>
      <translation>Sondage en cours</translation>
    </message>
    <message>
      <source>Reset poll…</source>
      <translation>Réinitialiser…</translation>
    </message>
    <message>
      <source>Answers shown to the room (untick to hide one):</source>
      <translation>Réponses montrées à la salle (décochez pour en masquer une) :</translation>
    </message>
    <message>
      <source>Open-text answers: untick to hide from the room</source>
      <translation>Réponses libres : décochez pour les masquer à la salle</translation>
    </message>
    <message>
      <source>Show results to the room</source>
      <translation>Montrer les résultats</translation>
    </message>
    <message>
      <source>Hide results until the poll closes</source>
      <translation>Masquer jusqu'à la clôture</translation>
    </message>
    <message>
      <source>Reset this poll?</source>
      <translation>Réinitialiser ce sondage ?</translation>
    </message>
    <message numerus="yes">
      <source>This deletes all %n answers to “{question}”. It cannot be undone.</source>
      <translation>
        <numerusform>Cela supprime %n réponse à « {question} ». C'est irréversible.</numerusform>
        <numerusform>Cela supprime les %n réponses à « {question} ». C'est irréversible.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the answers</source>
      <translation>Supprimer les réponses</translation>
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
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>Poll type</source>
      <translation>Type de sondage</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>&amp;Question :</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>What do you want to ask the room?</source>
      <translation>Que voulez-vous demander à la salle ?</translation>
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
      <translation>Nombre &amp;maximal de choix :</translation>
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
      <translation>&amp;De :</translation>
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
      <translation>&amp;À :</translation>
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
      <translation>Les participants peuvent &amp;modifier leur réponse jusqu'à la clôture du sondage</translation>
    </message>
    <message>
      <source>&amp;Hide results on the presenter screen until the poll closes</source>
      <translation>&amp;Masquer les résultats sur l'écran de projection jusqu'à la clôture du sondage</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>New poll</source>
      <translation>Nouveau sondage</translation>
    </message>
    <message>
      <source>Edit poll</source>
      <translation>Modifier le sondage</translation>
    </message>
    <message>
      <source>This poll has been run; its type can no longer change.</source>
      <translation>Ce sondage a déjà été lancé ; son type ne peut plus changer.</translation>
    </message>
    <message>
      <source>The maximum number of choices is more than there are options.</source>
      <translation>Le nombre maximal de choix dépasse le nombre d'options.</translation>
    </message>
    <message>
      <source>&amp;Translations…</source>
      <translation>&amp;Traductions…</translation>
    </message>
    <message>
      <source>No further languages in this workshop.</source>
      <translation>Pas d'autre langue dans cet atelier.</translation>
    </message>
    <message>
      <source>Missing translations: {languages}</source>
      <translation>Traductions manquantes : {languages}</translation>
    </message>
    <message>
      <source>Translated into every language of the workshop.</source>
      <translation>Traduit dans toutes les langues de l'atelier.</translation>
    </message>
  </context>
  <context>
    <name>PresenterStatus</name>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Poll open: answer on your phone · room code {code}</source>
      <translation>Sondage ouvert : répondez sur votre téléphone · code de la salle {code}</translation>
    </message>
    <message>
      <source>Poll open</source>
      <translation>Sondage ouvert</translation>
    </message>
    <message>
      <source>Poll open · answer on your phone</source>
      <translation>Sondage ouvert · répondez sur votre téléphone</translation>
    </message>
  </context>
  <context>
    <name>PresenterWindow</name>
    <message>
      <source>Presenter screen</source>
      <translation>Écran de projection</translation>
    </message>
    <message>
      <source>Timer</source>
      <translation>Minuteur</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Point en cours</translation>
    </message>
    <message>
      <source>Poll question</source>
      <translation>Question du sondage</translation>
    </message>
    <message>
      <source>Poll status</source>
      <translation>État du sondage</translation>
    </message>
    <message>
      <source>Phones and responses</source>
      <translation>Téléphones et réponses</translation>
    </message>
    <message>
      <source>Join on your phone</source>
      <translation>Rejoindre sur votre téléphone</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>Code QR pour rejoindre</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>Code QR du Wi-Fi</translation>
    </message>
    <message>
      <source>Live polling not available</source>
      <translation>Sondages en direct indisponibles</translation>
    </message>
    <message>
      <source>Room code {code}</source>
      <translation>Code de la salle {code}</translation>
    </message>
    <message>
      <source>Wi-Fi: {name}</source>
      <translation>Wi-Fi : {name}</translation>
    </message>
    <message>
      <source>Results are shown when the poll closes.</source>
      <translation>Les résultats s'affichent à la clôture du sondage.</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n téléphone connecté</numerusform>
        <numerusform>%n téléphones connectés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idée</numerusform>
        <numerusform>%n idées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n upvotes</source>
      <translation>
        <numerusform>%n soutien</numerusform>
        <numerusform>%n soutiens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n réponse</numerusform>
        <numerusform>%n réponses</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Poll results</source>
      <translation>Résultats du sondage</translation>
    </message>
    <message>
      <source>Waiting for the first answers…</source>
      <translation>En attente des premières réponses…</translation>
    </message>
    <message>
      <source>Average {mean} · median {median}</source>
      <translation>Moyenne {mean} · médiane {median}</translation>
    </message>
    <message>
      <source>average place {rank}</source>
      <translation>rang moyen {rank}</translation>
    </message>
    <message>
      <source>{percent}%</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>No answers yet.</source>
      <translation>Pas encore de réponse.</translation>
    </message>
  </context>
  <context>
    <name>RunConsole</name>
    <message>
      <source>Poll open: {question}</source>
      <translation>Sondage ouvert : {question}</translation>
    </message>
    <message>
      <source>Results: {question}</source>
      <translation>Résultats : {question}</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Mode animation</translation>
    </message>
    <message>
      <source>● LIVE</source>
      <translation>● EN DIRECT</translation>
    </message>
    <message>
      <source>Workshop time</source>
      <translation>Temps de l'atelier</translation>
    </message>
    <message>
      <source>Live polling</source>
      <translation>Sondages en direct</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Point en cours</translation>
    </message>
    <message>
      <source>Current step</source>
      <translation>Étape en cours</translation>
    </message>
    <message>
      <source>Item time</source>
      <translation>Temps du point</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notes d'animation</translation>
    </message>
    <message>
      <source>Facilitator notes (only on this screen)</source>
      <translation>Notes d'animation (sur cet écran uniquement)</translation>
    </message>
    <message>
      <source>Results as the room sees them</source>
      <translation>Les résultats tels que la salle les voit</translation>
    </message>
    <message>
      <source>Steps: click one to go there</source>
      <translation>Étapes : cliquez sur l'une d'elles pour y aller</translation>
    </message>
    <message>
      <source>Click an item or a poll step to go there</source>
      <translation>Cliquez sur un point ou une étape de sondage pour y aller</translation>
    </message>
    <message>
      <source>◀ Previous (PgUp)</source>
      <translation>◀ Précédent (PgUp)</translation>
    </message>
    <message>
      <source>Next (PgDn) ▶</source>
      <translation>Suivant (PgDn) ▶</translation>
    </message>
    <message>
      <source>Blank screen (B)</source>
      <translation>Écran noir (B)</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Fenêtre de projection</translation>
    </message>
    <message>
      <source>Back to editing (Esc)</source>
      <translation>Retour à l'édition (Esc)</translation>
    </message>
    <message>
      <source>End session…</source>
      <translation>Terminer la session…</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <source>The agenda is empty</source>
      <translation>L'ordre du jour est vide</translation>
    </message>
    <message>
      <source>Add items to the agenda to run it.</source>
      <translation>Ajoutez des points à l'ordre du jour pour l'animer.</translation>
    </message>
    <message>
      <source>Introduction · {method}</source>
      <translation>Introduction · {method}</translation>
    </message>
    <message>
      <source>Goal: {goal}</source>
      <translation>Objectif : {goal}</translation>
    </message>
    <message>
      <source>No notes for this item.</source>
      <translation>Pas de notes pour ce point.</translation>
    </message>
    <message>
      <source>Next: {title} ({minutes} min)</source>
      <translation>Ensuite : {title} ({minutes} min)</translation>
    </message>
    <message>
      <source>Next: end of the agenda</source>
      <translation>Ensuite : fin de l'ordre du jour</translation>
    </message>
    <message>
      <source>{elapsed} of {planned} min</source>
      <translation>{elapsed} sur {planned} min</translation>
    </message>
    <message>
      <source>Workshop: </source>
      <translation>Atelier : </translation>
    </message>
    <message>
      <source>Running {elapsed} of {planned} min planned</source>
      <translation>En cours depuis {elapsed} sur {planned} min prévues</translation>
    </message>
    <message>
      <source>Join: {url}  ·  room code {code}</source>
      <translation>Rejoindre : {url}  ·  code de la salle {code}</translation>
    </message>
    <message numerus="yes">
      <source>%n phones connected</source>
      <translation>
        <numerusform>%n téléphone connecté</numerusform>
        <numerusform>%n téléphones connectés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n réponse</numerusform>
        <numerusform>%n réponses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n devices joined</source>
      <translation>
        <numerusform>%n appareil arrivé</numerusform>
        <numerusform>%n appareils arrivés</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SessionChoiceRow</name>
    <message>
      <source>&amp;Sessions:</source>
      <translation>&amp;Sessions :</translation>
    </message>
    <message>
      <source>The latest session</source>
      <translation>La dernière session</translation>
    </message>
    <message>
      <source>All sessions but rehearsals, side by side</source>
      <translation>Toutes les sessions sauf les répétitions, côte à côte</translation>
    </message>
    <message>
      <source>The sessions shown ({count})</source>
      <translation>Les sessions affichées ({count})</translation>
    </message>
    <message>
      <source>Session {number}, {date}</source>
      <translation>Session {number}, {date}</translation>
    </message>
    <message>
      <source>(rehearsal)</source>
      <translation>(répétition)</translation>
    </message>
  </context>
  <context>
    <name>SessionCommands</name>
    <message>
      <source>Discard session {number}</source>
      <translation>Écarter la session {number}</translation>
    </message>
    <message>
      <source>Mark session {number} as a rehearsal</source>
      <translation>Marquer la session {number} comme répétition</translation>
    </message>
    <message>
      <source>Mark session {number} as a real session</source>
      <translation>Marquer la session {number} comme session réelle</translation>
    </message>
  </context>
  <context>
    <name>SessionsDialog</name>
    <message>
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>#</source>
      <translation>n°</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Times</source>
      <translation>Heures</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Show Selected</source>
      <translation>Afficher la sélection</translation>
    </message>
    <message>
      <source>Mark as Rehearsal</source>
      <translation>Marquer comme répétition</translation>
    </message>
    <message>
      <source>Discard…</source>
      <translation>Écarter…</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>live</source>
      <translation>en cours</translation>
    </message>
    <message>
      <source>discarded</source>
      <translation>écartée</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>répétition</translation>
    </message>
    <message>
      <source>session</source>
      <translation>session</translation>
    </message>
    <message>
      <source>live rehearsal</source>
      <translation>répétition en cours</translation>
    </message>
    <message>
      <source>Mark as Real Session</source>
      <translation>Marquer comme session réelle</translation>
    </message>
    <message>
      <source>Discard this session?</source>
      <translation>Écarter cette session ?</translation>
    </message>
    <message>
      <source>Session {number} ({responses} responses, {notes} notes) is left out of every view and the minutes, and deleted when the workshop is closed. Until then Edit › Undo or Restore brings it back.</source>
      <translation>La session {number} ({responses} réponses, {notes} notes) est retirée de toutes les vues et du compte rendu, et supprimée à la fermeture de l’atelier. D’ici là, Édition › Annuler ou Rétablir la ramène.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Écarter</translation>
    </message>
    <message>
      <source>Each session is one run of this workshop. Choose the sessions the agenda editor, the notes pane, the action items and the minutes show.</source>
      <translation>Chaque séance est une tenue de cet atelier. Choisissez les séances que montrent l'éditeur d'ordre du jour, le volet des notes, les actions et le compte rendu.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>On this computer (every workshop)</source>
      <translation>Sur cet ordinateur (tous les ateliers)</translation>
    </message>
    <message>
      <source>&amp;Network address:</source>
      <translation>Adresse &amp;réseau :</translation>
    </message>
    <message>
      <source>The address of this computer that phones connect to. Automatic uses the network that reaches the internet or the room's router.</source>
      <translation>L'adresse de cet ordinateur à laquelle les téléphones se connectent. Automatique utilise le réseau qui mène à internet ou au routeur de la salle.</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port :</translation>
    </message>
    <message>
      <source>If this port is busy, the next free one is used.</source>
      <translation>Si ce port est occupé, le suivant qui est libre est utilisé.</translation>
    </message>
    <message>
      <source>Your &amp;organisation:</source>
      <translation>Votre &amp;organisation :</translation>
    </message>
    <message>
      <source>at the top of the minutes you export</source>
      <translation>en tête des comptes rendus que vous exportez</translation>
    </message>
    <message>
      <source>In this workshop (saved in its file)</source>
      <translation>Dans cet atelier (enregistré dans son fichier)</translation>
    </message>
    <message>
      <source>Wi-Fi &amp;name (SSID):</source>
      <translation>&amp;Nom du Wi-Fi (SSID) :</translation>
    </message>
    <message>
      <source>Phones can scan a QR code on the presenter screen to join this Wi-Fi network. Leave the name empty to show no Wi-Fi code.</source>
      <translation>Les téléphones peuvent scanner un code QR sur l'écran de présentation pour rejoindre ce réseau Wi-Fi. Laissez le nom vide pour n'afficher aucun code Wi-Fi.</translation>
    </message>
    <message>
      <source>no Wi-Fi QR code</source>
      <translation>pas de code QR Wi-Fi</translation>
    </message>
    <message>
      <source>Wi-Fi pass&amp;word:</source>
      <translation>Mot de pa&amp;sse du Wi-Fi :</translation>
    </message>
    <message>
      <source>New polls &amp;hide their results until they close</source>
      <translation>Les nouveaux sondages &amp;masquent leurs résultats jusqu'à leur clôture</translation>
    </message>
    <message>
      <source>In new polls, participants may &amp;change their answers</source>
      <translation>Dans les nouveaux sondages, les participants peuvent &amp;modifier leurs réponses</translation>
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
      <source>&amp;Logo:</source>
      <translation>&amp;Logo :</translation>
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
      <source>&amp;Interface language:</source>
      <translation>Langue de l'&amp;interface :</translation>
    </message>
    <message>
      <source>A new language applies the next time workshop-app starts. The participant page and the minutes use each workshop's own language.</source>
      <translation>Une nouvelle langue s'applique au prochain démarrage de workshop-app. La page des participants et le compte rendu utilisent la langue propre à chaque atelier.</translation>
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
      <source>Open a workshop to change these.</source>
      <translation>Ouvrez un atelier pour modifier ces réglages.</translation>
    </message>
    <message>
      <source>{name} is read-only.</source>
      <translation>{name} est en lecture seule.</translation>
    </message>
    <message>
      <source>Saved in {name}.</source>
      <translation>Enregistré dans {name}.</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>Choisir un logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Cannot use this logo</source>
      <translation>Impossible d'utiliser ce logo</translation>
    </message>
    <message>
      <source>{name} is not a PNG or JPEG image.</source>
      <translation>{name} n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
      <source>Presenter's second language</source>
      <translation>Seconde langue de l'écran de présentation</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>Presenter's &amp;second language:</source>
      <translation>&amp;Seconde langue à l'écran :</translation>
    </message>
    <message>
      <source>Minutes also in</source>
      <translation>Compte rendu aussi en</translation>
    </message>
    <message>
      <source>&amp;Minutes also in:</source>
      <translation>&amp;Compte rendu aussi en :</translation>
    </message>
    <message>
      <source>Automatic (now {address})</source>
      <translation>Automatique (actuellement {address})</translation>
    </message>
    <message>
      <source>{address} is this computer only: phones cannot reach it. Choose the address of the room's Wi-Fi or Ethernet network.</source>
      <translation>{address} ne désigne que cet ordinateur : les téléphones ne peuvent pas l'atteindre. Choisissez l'adresse du réseau Wi-Fi ou Ethernet de la salle.</translation>
    </message>
    <message>
      <source>No network found now ({address}): phones cannot join until this computer is connected to the room's Wi-Fi or network.</source>
      <translation>Aucun réseau trouvé pour l'instant ({address}) : les téléphones ne pourront rejoindre que lorsque cet ordinateur sera connecté au Wi-Fi ou au réseau de la salle.</translation>
    </message>
    <message>
      <source>keep them</source>
      <translation>les garder</translation>
    </message>
    <message>
      <source> days after the minutes' export</source>
      <translation> jours après l'exportation du compte rendu</translation>
    </message>
    <message>
      <source>Delete written answers and private notes</source>
      <translation>Supprimer les réponses écrites et les notes privées</translation>
    </message>
    <message>
      <source>Applied when the workshop is next opened after that time, with a notice first; 0 keeps them.</source>
      <translation>Appliqué à la prochaine ouverture de l'atelier après ce délai, avec un avertissement préalable ; 0 les conserve.</translation>
    </message>
    <message>
      <source>Delete written answers and private notes:</source>
      <translation>Supprimer les réponses écrites et les notes privées :</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Agenda editor</source>
      <translation>Éditeur d'ordre du jour</translation>
    </message>
    <message>
      <source>Move the agenda item up</source>
      <translation>Monter le point</translation>
    </message>
    <message>
      <source>Move the agenda item down</source>
      <translation>Descendre le point</translation>
    </message>
    <message>
      <source>Add an agenda item</source>
      <translation>Ajouter un point</translation>
    </message>
    <message>
      <source>Duplicate the agenda item</source>
      <translation>Dupliquer le point</translation>
    </message>
    <message>
      <source>Delete the agenda item</source>
      <translation>Supprimer le point</translation>
    </message>
    <message>
      <source>Note kind: Note</source>
      <translation>Type de note : Note</translation>
    </message>
    <message>
      <source>Note kind: Decision</source>
      <translation>Type de note : Décision</translation>
    </message>
    <message>
      <source>Note kind: Action item</source>
      <translation>Type de note : Action à mener</translation>
    </message>
    <message>
      <source>Note kind: Question</source>
      <translation>Type de note : Question</translation>
    </message>
    <message>
      <source>Note kind: Quote</source>
      <translation>Type de note : Citation</translation>
    </message>
    <message>
      <source>Notes pane</source>
      <translation>Volet des notes</translation>
    </message>
    <message>
      <source>Put the cursor in the note entry</source>
      <translation>Placer le curseur dans la saisie de note</translation>
    </message>
    <message>
      <source>Anywhere</source>
      <translation>Partout</translation>
    </message>
    <message>
      <source>Add the typed note</source>
      <translation>Ajouter la note tapée</translation>
    </message>
    <message>
      <source>Note entry</source>
      <translation>Saisie de note</translation>
    </message>
    <message>
      <source>Delete the selected note</source>
      <translation>Supprimer la note choisie</translation>
    </message>
    <message>
      <source>Notes list</source>
      <translation>Liste des notes</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Nouvel atelier</translation>
    </message>
    <message>
      <source>Open a workshop</source>
      <translation>Ouvrir un atelier</translation>
    </message>
    <message>
      <source>Save a copy as…</source>
      <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
      <source>Export minutes and data…</source>
      <translation>Exporter le compte rendu et les données…</translation>
    </message>
    <message>
      <source>Close the workshop</source>
      <translation>Fermer l'atelier</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Run mode</source>
      <translation>Mode animation</translation>
    </message>
    <message>
      <source>Start or resume the session (run mode)</source>
      <translation>Démarrer ou reprendre la session (mode animation)</translation>
    </message>
    <message>
      <source>Next step (always, also while typing)</source>
      <translation>Étape suivante (toujours, même pendant la saisie)</translation>
    </message>
    <message>
      <source>Previous step (always, also while typing)</source>
      <translation>Étape précédente (toujours, même pendant la saisie)</translation>
    </message>
    <message>
      <source>Right / Space</source>
      <translation>Droite / Espace</translation>
    </message>
    <message>
      <source>Next step (when not typing)</source>
      <translation>Étape suivante (hors saisie)</translation>
    </message>
    <message>
      <source>Previous step (when not typing)</source>
      <translation>Étape précédente (hors saisie)</translation>
    </message>
    <message>
      <source>B or .</source>
      <translation>B ou .</translation>
    </message>
    <message>
      <source>Blank or show the presenter screen (when not typing)</source>
      <translation>Noircir ou afficher l'écran de projection (hors saisie)</translation>
    </message>
    <message>
      <source>Leave run mode; the session stays live (when not typing)</source>
      <translation>Quitter le mode animation ; la session reste active (hors saisie)</translation>
    </message>
    <message>
      <source>Presenter window full screen on or off</source>
      <translation>Fenêtre de projection en plein écran ou non</translation>
    </message>
    <message>
      <source>Presenter window</source>
      <translation>Fenêtre de projection</translation>
    </message>
    <message>
      <source>Show or hide the large join QR code on the presenter (when not typing)</source>
      <translation>Afficher ou masquer le grand code QR pour rejoindre sur l'écran de projection (hors saisie)</translation>
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
      <translation>Partir d'un &amp;modèle</translation>
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
      <translation>Aucun atelier récent pour l'instant.</translation>
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
    <message>
      <source>Plan, run and minute a participatory workshop</source>
      <translation>Préparer, animer et consigner un atelier participatif</translation>
    </message>
    <message>
      <source>Start from a template or a blank agenda (Ctrl+N)</source>
      <translation>Partir d'un modèle ou d'un ordre du jour vide (Ctrl+N)</translation>
    </message>
    <message>
      <source>No recent workshops yet. Create one from a template, or explore the demo: a finished evening with polls, notes and minutes to look through.</source>
      <translation>Pas encore d'atelier récent. Créez-en un à partir d'un modèle, ou explorez la démo : une soirée terminée, avec sondages, notes et compte rendu à parcourir.</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDetailsDialog</name>
    <message>
      <source>Workshop details</source>
      <translation>Détails de l'atelier</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
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
      <translation>&amp;Heure de début :</translation>
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
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>&amp;Facilitators:</source>
      <translation>&amp;Animateurs :</translation>
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
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>La&amp;ngue :</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>D&amp;escription :</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>The workshop needs a title.</source>
      <translation>L'atelier doit avoir un titre.</translation>
    </message>
    <message>
      <source>Further languages</source>
      <translation>Autres langues</translation>
    </message>
    <message>
      <source>F&amp;urther languages:</source>
      <translation>A&amp;utres langues :</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Cannot start</source>
      <translation>Impossible de démarrer</translation>
    </message>
    <message>
      <source>This workshop is open read-only.</source>
      <translation>Cet atelier est ouvert en lecture seule.</translation>
    </message>
    <message>
      <source>Nothing to run</source>
      <translation>Rien à animer</translation>
    </message>
    <message>
      <source>Add at least one agenda item first.</source>
      <translation>Ajoutez d'abord au moins un point à l'ordre du jour.</translation>
    </message>
    <message>
      <source>Live polling did not start</source>
      <translation>Les sondages en direct n'ont pas démarré</translation>
    </message>
    <message>
      <source>End the session?</source>
      <translation>Terminer la session ?</translation>
    </message>
    <message>
      <source>Ending the session records its end time, closes the open poll and stops phones from answering. It cannot be resumed afterwards.</source>
      <translation>Terminer la session enregistre son heure de fin, clôt le sondage ouvert et empêche les téléphones de répondre. Elle ne pourra plus être reprise.</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Terminer la session</translation>
    </message>
    <message>
      <source>Device tokens not yet purged</source>
      <translation>Jetons des appareils pas encore effacés</translation>
    </message>
    <message>
      <source>The session has ended and its device tokens are deleted, but another program is reading the workshop file, so they are still in its journal (the -wal file beside it). Close that program; the app purges them again when you close this workshop.</source>
      <translation>La session est terminée et les jetons de ses appareils sont supprimés, mais un autre programme lit le fichier de l'atelier : ils sont donc encore dans son journal (le fichier -wal à côté). Fermez ce programme ; l'application les efface à nouveau quand vous fermez cet atelier.</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or quit and keep it open to resume later with the same join link?</source>
      <translation>Des téléphones sont connectés à la session en direct de cet atelier. Terminer la session maintenant, ou quitter en la gardant ouverte pour la reprendre plus tard avec le même lien ?</translation>
    </message>
    <message>
      <source>End session and quit</source>
      <translation>Terminer la session et quitter</translation>
    </message>
    <message>
      <source>Quit and keep the session open to resume later</source>
      <translation>Quitter et garder la session ouverte pour plus tard</translation>
    </message>
    <message>
      <source>Phones are connected to this workshop's live session. End the session now, or close and keep it open to resume later with the same join link?</source>
      <translation>Des téléphones sont connectés à la session en direct de cet atelier. Terminer la session maintenant, ou fermer en la gardant ouverte pour la reprendre plus tard avec le même lien ?</translation>
    </message>
    <message>
      <source>End session and close</source>
      <translation>Terminer la session et fermer</translation>
    </message>
    <message>
      <source>Close and keep the session open to resume later</source>
      <translation>Fermer et garder la session ouverte pour plus tard</translation>
    </message>
    <message>
      <source>A session is live</source>
      <translation>Une session est en cours</translation>
    </message>
    <message>
      <source>Resume the live session?</source>
      <translation>Reprendre la session en direct ?</translation>
    </message>
    <message>
      <source>This workshop's session is still live: the app was closed or stopped during it. Resuming restarts live polling with the same join link and QR code, so phones reconnect by themselves and nobody can answer a poll twice.</source>
      <translation>La session de cet atelier est toujours en cours : l'application a été fermée ou arrêtée pendant celle-ci. La reprendre relance les sondages en direct avec le même lien et le même code QR : les téléphones se reconnectent d'eux-mêmes et personne ne peut répondre deux fois à un sondage.</translation>
    </message>
    <message>
      <source>Resume session</source>
      <translation>Reprendre la session</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>Presenter window closed: “Presenter window” shows it again.</source>
      <translation>Fenêtre de projection fermée : « Fenêtre de projection » la rouvre.</translation>
    </message>
    <message>
      <source>Presenter screen is BLANK (press B to show it).</source>
      <translation>L'écran de projection est NOIR (appuyez sur B pour l'afficher).</translation>
    </message>
    <message>
      <source>Presenter screen is showing.</source>
      <translation>L'écran de projection est affiché.</translation>
    </message>
    <message>
      <source>Presenter screen is showing on the second screen.</source>
      <translation>L'écran de projection s'affiche sur le second écran.</translation>
    </message>
    <message>
      <source>One screen: the presenter is a window beside this console. To show it on the projector, connect the projector as an extended display (the presenter moves there full screen by itself), or drag the window there and press F11.</source>
      <translation>Un seul écran : l'écran de projection est une fenêtre à côté de cette console. Pour l'afficher sur le projecteur, branchez le projecteur en écran étendu (l'écran de projection s'y place en plein écran de lui-même), ou faites-y glisser la fenêtre et appuyez sur F11.</translation>
    </message>
  </context>
  <context>
    <name>SecondLanguageLine</name>
    <message>
      <source>Poll question in the second language</source>
      <translation>Question du sondage dans la seconde langue</translation>
    </message>
  </context>
  <context>
    <name>TranslationsDialog</name>
    <message>
      <source>Translations</source>
      <translation>Traductions</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>This workshop has no further languages. Add them in Workshop Details › Further languages.</source>
      <translation>Cet atelier n'a pas d'autre langue. Ajoutez-en dans Détails de l'atelier › Autres langues.</translation>
    </message>
    <message>
      <source>Missing: phones see the text in {language}</source>
      <translation>Manquant : les téléphones voient le texte en {language}</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n missing)</source>
      <translation>
        <numerusform>%1 (%n manquante)</numerusform>
        <numerusform>%1 (%n manquantes)</numerusform>
      </translation>
    </message>
    <message>
      <source>Missing translations fall back to {language}: {languages}.</source>
      <translation>Les traductions manquantes sont remplacées par le texte en {language} : {languages}.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Option {n}</source>
      <translation>Option {n}</translation>
    </message>
    <message>
      <source>Low end label</source>
      <translation>Libellé du bas de l'échelle</translation>
    </message>
    <message>
      <source>High end label</source>
      <translation>Libellé du haut de l'échelle</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
  </context>
  <context>
    <name>JoinBar</name>
    <message>
      <source>Join at</source>
      <translation>Rejoindre sur</translation>
    </message>
    <message>
      <source>Address to type on a phone</source>
      <translation>Adresse à saisir sur un téléphone</translation>
    </message>
    <message>
      <source>Room code</source>
      <translation>Code de la salle</translation>
    </message>
  </context>
  <context>
    <name>JoinPanel</name>
    <message>
      <source>Scan the code with your phone's camera, or type the address below</source>
      <translation>Scannez le code avec l'appareil photo de votre téléphone, ou saisissez l'adresse ci-dessous</translation>
    </message>
    <message>
      <source>Join QR code</source>
      <translation>Code QR pour rejoindre</translation>
    </message>
    <message>
      <source>Wi-Fi QR code</source>
      <translation>Code QR du Wi-Fi</translation>
    </message>
  </context>
  <context>
    <name>LiveBanner</name>
    <message>
      <source>● Session live: phones can still join and answer. The presenter screen shows the current step.</source>
      <translation>● Session en direct : les téléphones peuvent encore rejoindre et répondre. L'écran de projection montre l'étape en cours.</translation>
    </message>
    <message>
      <source>Back to run mode (F5)</source>
      <translation>Retour au mode animation (F5)</translation>
    </message>
    <message>
      <source>Live session</source>
      <translation>Session en direct</translation>
    </message>
  </context>
  <context>
    <name>MainToolbar</name>
    <message>
      <source>Main toolbar</source>
      <translation>Barre d'outils principale</translation>
    </message>
    <message>
      <source>&amp;Toolbar</source>
      <translation>&amp;Barre d'outils</translation>
    </message>
  </context>
  <context>
    <name>NetworkChoice</name>
    <message>
      <source>Wi-Fi</source>
      <translation>Wi-Fi</translation>
    </message>
    <message>
      <source>Ethernet</source>
      <translation>Ethernet</translation>
    </message>
    <message>
      <source>This computer only</source>
      <translation>cet ordinateur seulement</translation>
    </message>
    <message>
      <source>Virtual</source>
      <translation>virtuelle</translation>
    </message>
  </context>
  <context>
    <name>OptionsList</name>
    <message>
      <source>Poll options</source>
      <translation>Choix du sondage</translation>
    </message>
    <message>
      <source>{value} = {label}</source>
      <translation>{value} = {label}</translation>
    </message>
    <message>
      <source>Choose a number from {low} to {high}</source>
      <translation>Choisissez un nombre de {low} à {high}</translation>
    </message>
    <message>
      <source>Answer in a few words on your phone</source>
      <translation>Répondez en quelques mots sur votre téléphone</translation>
    </message>
    <message numerus="yes">
      <source>Choose up to %n answers</source>
      <translation>
        <numerusform>Choisissez jusqu'à %n réponse</numerusform>
        <numerusform>Choisissez jusqu'à %n réponses</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose as many as you like</source>
      <translation>Choisissez-en autant que vous voulez</translation>
    </message>
    <message>
      <source>Put them in order, most important first</source>
      <translation>Classez-les, le plus important en premier</translation>
    </message>
  </context>
  <context>
    <name>TemplatePickerDialog</name>
    <message>
      <source>New workshop</source>
      <translation>Nouvel atelier</translation>
    </message>
    <message>
      <source>Start from a ready agenda with polls, or from a blank one.</source>
      <translation>Partez d'un ordre du jour prêt, avec ses sondages, ou d'un ordre du jour vide.</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>Blank workshop</source>
      <translation>Atelier vide</translation>
    </message>
    <message>
      <source>An empty agenda you fill in yourself</source>
      <translation>Un ordre du jour vide que vous remplissez vous-même</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Créer…</translation>
    </message>
    <message>
      <source>An empty agenda: add items, their timing and polls in the editor.</source>
      <translation>Un ordre du jour vide : ajoutez les points, leur durée et les sondages dans l'éditeur.</translation>
    </message>
    <message>
      <source>{minutes} min · {title} ({method})</source>
      <translation>{minutes} min · {title} ({method})</translation>
    </message>
    <message numerus="yes">
      <source>%n polls</source>
      <translation>
        <numerusform>%n sondage</numerusform>
        <numerusform>%n sondages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeviceWarning</name>
    <message>
      <source>⚠ One network address has been given {n} new devices. Someone may be answering more than once: compare the number of answers with the people in the room.</source>
      <translation>⚠ Une même adresse réseau a reçu {n} nouveaux appareils. Quelqu'un répond peut-être plusieurs fois : comparez le nombre de réponses avec les personnes présentes.</translation>
    </message>
  </context>
  <context>
    <name>ExactCountsButton</name>
    <message>
      <source>Show exact counts on this screen…</source>
      <translation>Afficher les effectifs exacts sur cet écran…</translation>
    </message>
    <message>
      <source>Show exact counts?</source>
      <translation>Afficher les effectifs exacts ?</translation>
    </message>
    <message>
      <source>Your console will show the exact counts of “{question}”, including groups smaller than {k}, until the session ends. The projector keeps them hidden. This is recorded as a note and printed in the minutes.</source>
      <translation>Votre console affichera les effectifs exacts de « {question} », y compris les groupes de moins de {k}, jusqu'à la fin de la session. Le projecteur continue de les masquer. Ceci est consigné dans une note et imprimé dans le compte rendu.</translation>
    </message>
    <message>
      <source>Show exact counts</source>
      <translation>Afficher les effectifs exacts</translation>
    </message>
    <message>
      <source>The facilitator viewed the exact counts of the poll “{question}” (minimum group size {k}).</source>
      <translation>L'animateur a consulté les effectifs exacts du sondage « {question} » (taille minimale de groupe {k}).</translation>
    </message>
  </context>
  <context>
    <name>MinGroupField</name>
    <message>
      <source>Minimum group size (&amp;k):</source>
      <translation>Taille minimale de groupe (&amp;k) :</translation>
    </message>
    <message>
      <source>As the workshop</source>
      <translation>Comme l'atelier</translation>
    </message>
    <message>
      <source>Minimum group size</source>
      <translation>Taille minimale de groupe</translation>
    </message>
    <message>
      <source>Results are shown only from this many answers; an option chosen by fewer people reads “fewer than k”. 1 turns this off.</source>
      <translation>Les résultats ne sont montrés qu'à partir de ce nombre de réponses ; une option choisie par moins de personnes indique « moins de k ». 1 désactive cette protection.</translation>
    </message>
    <message>
      <source>1 turns the protection off: a result of one or two people can show who they are in a small room.</source>
      <translation>1 désactive la protection : dans une petite salle, un résultat d'une ou deux personnes peut révéler qui elles sont.</translation>
    </message>
  </context>
  <context>
    <name>RetentionNotice</name>
    <message>
      <source>This workshop keeps written answers and private facilitator notes for {days} days after its minutes were exported ({date}). That time has passed: {answers} written answers and the private notes of {items} agenda items will be deleted now. The minutes you exported are not changed. Export them again first if you still need the written answers.</source>
      <translation>Cet atelier conserve les réponses écrites et les notes privées d'animation {days} jours après l'exportation de son compte rendu ({date}). Ce délai est écoulé : {answers} réponses écrites et les notes privées de {items} points de l'ordre du jour vont être supprimées. Le compte rendu déjà exporté n'est pas modifié. Exportez-le d'abord à nouveau si vous avez encore besoin des réponses écrites.</translation>
    </message>
    <message>
      <source>Delete as planned?</source>
      <translation>Supprimer comme prévu ?</translation>
    </message>
    <message>
      <source>Delete now</source>
      <translation>Supprimer maintenant</translation>
    </message>
  </context>
  <context>
    <name>SmallGroupWords</name>
    <message numerus="yes">
      <source>%n answers so far</source>
      <translation>
        <numerusform>%n réponse pour l'instant</numerusform>
        <numerusform>%n réponses pour l'instant</numerusform>
      </translation>
    </message>
    <message>
      <source>results appear from {k}</source>
      <translation>résultats à partir de {k}</translation>
    </message>
    <message>
      <source>fewer than {k}</source>
      <translation>moins de {k}</translation>
    </message>
    <message>
      <source>withheld</source>
      <translation>masqué</translation>
    </message>
    <message>
      <source>Median {median} · the average is withheld (small groups)</source>
      <translation>Médiane {median} · la moyenne est masquée (petits groupes)</translation>
    </message>
  </context>
  <context>
    <name>IdeaBoard</name>
    <message>
      <source>Top ideas</source>
      <translation>Meilleures idées</translation>
    </message>
    <message>
      <source>Post your ideas on your phone — they appear here.</source>
      <translation>Publiez vos idées depuis votre téléphone — elles apparaissent ici.</translation>
    </message>
    <message>
      <source>Pinned</source>
      <translation>Épinglée</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Répondue</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Modifiée</translation>
    </message>
  </context>
  <context>
    <name>IdeaListModel</name>
    <message>
      <source>Votes</source>
      <translation>Voix</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>merged into #{id}</source>
      <translation>fusionnée dans n°{id}</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>en attente</translation>
    </message>
    <message>
      <source>shown</source>
      <translation>affichée</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>masquée</translation>
    </message>
    <message>
      <source>pinned</source>
      <translation>épinglée</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>répondue</translation>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n fusionnée</numerusform>
        <numerusform>%n fusionnées</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>modifiée</translation>
    </message>
  </context>
  <context>
    <name>IdeaModerationPanel</name>
    <message>
      <source>Idea wall moderation</source>
      <translation>Modération du mur d'idées</translation>
    </message>
    <message>
      <source>Ideas from the room</source>
      <translation>Les idées de la salle</translation>
    </message>
    <message>
      <source>Idea counts</source>
      <translation>Nombre d'idées</translation>
    </message>
    <message>
      <source>Filter ideas…</source>
      <translation>Filtrer les idées…</translation>
    </message>
    <message>
      <source>Filter ideas by their text</source>
      <translation>Filtrer les idées par leur texte</translation>
    </message>
    <message>
      <source>Which ideas to list</source>
      <translation>Quelles idées afficher</translation>
    </message>
    <message>
      <source>On the wall or waiting</source>
      <translation>Au mur ou en attente</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>En attente d'approbation</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Affichées</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Masquées</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Répondue</translation>
    </message>
    <message>
      <source>All, merged ones too</source>
      <translation>Toutes, fusionnées comprises</translation>
    </message>
    <message>
      <source>Ideas: A approve, H hide, R answered, P pin, M merge, U unmerge, E edit</source>
      <translation>Idées : A approuver, H masquer, R répondue, P épingler, M fusionner, U défusionner, E modifier</translation>
    </message>
    <message>
      <source>Approve (A)</source>
      <translation>Approuver (A)</translation>
    </message>
    <message>
      <source>Hide / show (H)</source>
      <translation>Masquer / afficher (H)</translation>
    </message>
    <message>
      <source>Answered (R)</source>
      <translation>Répondue (R)</translation>
    </message>
    <message>
      <source>Pin (P)</source>
      <translation>Épingler (P)</translation>
    </message>
    <message>
      <source>Merge (M)</source>
      <translation>Fusionner (M)</translation>
    </message>
    <message>
      <source>How many top ideas to prioritise</source>
      <translation>Combien de meilleures idées prioriser</translation>
    </message>
    <message>
      <source>Prioritise the top ideas with dots</source>
      <translation>Prioriser les meilleures idées par gommettes</translation>
    </message>
    <message>
      <source>Top:</source>
      <translation>Meilleures :</translation>
    </message>
    <message>
      <source>Moderation message</source>
      <translation>Message de modération</translation>
    </message>
    <message>
      <source>{ideas} ideas · {waiting} waiting · {hidden} hidden · {merged} merged</source>
      <translation>{ideas} idées · {waiting} en attente · {hidden} masquées · {merged} fusionnées</translation>
    </message>
    <message>
      <source>The wall needs at least two ideas on it first.</source>
      <translation>Il faut d'abord au moins deux idées au mur.</translation>
    </message>
    <message numerus="yes">
      <source>Dot vote added after the wall with the top %n ideas (Ctrl+Z undoes it).</source>
      <translation>
        <numerusform>Vote par gommettes ajouté après le mur avec %n meilleure idée (Ctrl+Z l'annule).</numerusform>
        <numerusform>Vote par gommettes ajouté après le mur avec les %n meilleures idées (Ctrl+Z l'annule).</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose an idea in the list first.</source>
      <translation>Choisissez d'abord une idée dans la liste.</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas approved.</source>
      <translation>
        <numerusform>%n idée approuvée.</numerusform>
        <numerusform>%n idées approuvées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas hidden.</source>
      <translation>
        <numerusform>%n idée masquée.</numerusform>
        <numerusform>%n idées masquées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ideas shown again.</source>
      <translation>
        <numerusform>%n idée de nouveau affichée.</numerusform>
        <numerusform>%n idées de nouveau affichées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Marked answered.</source>
      <translation>Marquée comme répondue.</translation>
    </message>
    <message>
      <source>Marked not answered.</source>
      <translation>Marquée comme non répondue.</translation>
    </message>
    <message>
      <source>Pinned to the presenter screen.</source>
      <translation>Épinglée à l'écran de présentation.</translation>
    </message>
    <message>
      <source>Unpinned.</source>
      <translation>Désépinglée.</translation>
    </message>
    <message>
      <source>Select the duplicates together with the idea to keep (the current one), then press M.</source>
      <translation>Sélectionnez les doublons avec l'idée à garder (l'idée courante), puis appuyez sur M.</translation>
    </message>
    <message numerus="yes">
      <source>%n duplicates merged into the current idea.</source>
      <translation>
        <numerusform>%n doublon fusionné dans l'idée courante.</numerusform>
        <numerusform>%n doublons fusionnés dans l'idée courante.</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit… (E)</source>
      <translation>Modifier… (E)</translation>
    </message>
    <message>
      <source>The text is unchanged.</source>
      <translation>Le texte est inchangé.</translation>
    </message>
    <message>
      <source>Idea edited: the room sees it marked as edited.</source>
      <translation>Idée modifiée : la salle la voit marquée comme modifiée.</translation>
    </message>
    <message>
      <source>Unmerge (U)</source>
      <translation>Défusionner (U)</translation>
    </message>
    <message>
      <source>Unmerged: the idea is on its own again, with the upvotes it brought.</source>
      <translation>Défusionnée : l'idée est de nouveau seule, avec les soutiens qu'elle avait apportés.</translation>
    </message>
    <message>
      <source>Choose a merged idea (list "All, merged ones too"), then press U to unmerge it.</source>
      <translation>Choisissez une idée fusionnée (liste « Toutes, fusionnées comprises »), puis appuyez sur U pour la défusionner.</translation>
    </message>
    <message>
      <source>This idea was merged by an earlier version of the app, which did not record which upvotes it brought: it cannot be unmerged.</source>
      <translation>Cette idée a été fusionnée par une version antérieure de l'application, qui n'enregistrait pas les soutiens qu'elle apportait : elle ne peut pas être défusionnée.</translation>
    </message>
    <message>
      <source>This idea came along when “{idea}” was merged: unmerge “{idea}” first.</source>
      <translation>Cette idée a suivi quand « {idea} » a été fusionnée : défusionnez d'abord « {idea} ».</translation>
    </message>
  </context>
  <context>
    <name>IdeaPollSettings</name>
    <message>
      <source>&amp;Approve each idea before the room sees it</source>
      <translation>&amp;Approuver chaque idée avant que la salle la voie</translation>
    </message>
    <message>
      <source>Dots</source>
      <translation>Gommettes</translation>
    </message>
    <message>
      <source>Spread &amp;100 points instead of dots</source>
      <translation>Répartir &amp;100 points au lieu de gommettes</translation>
    </message>
    <message>
      <source>Dots per participant</source>
      <translation>Gommettes par participant</translation>
    </message>
    <message>
      <source>Most dots on one option</source>
      <translation>Gommettes au plus sur une option</translation>
    </message>
    <message>
      <source>&amp;Dots per participant:</source>
      <translation>&amp;Gommettes par participant :</translation>
    </message>
    <message>
      <source>&amp;Most on one option:</source>
      <translation>&amp;Au plus sur une option :</translation>
    </message>
  </context>
  <context>
    <name>Prioritise</name>
    <message>
      <source>Prioritise: {question}</source>
      <translation>Prioriser : {question}</translation>
    </message>
  </context>
  <context>
    <name>Channels</name>
    <message>
      <source>Phones</source>
      <translation>Téléphones</translation>
    </message>
    <message>
      <source>Show of hands</source>
      <translation>Main levée</translation>
    </message>
    <message>
      <source>Paper ballots</source>
      <translation>Bulletins papier</translation>
    </message>
    <message>
      <source>Sticky dots</source>
      <translation>Gommettes</translation>
    </message>
    <message>
      <source>Entered by the facilitator</source>
      <translation>Saisi par l’animateur</translation>
    </message>
  </context>
  <context>
    <name>CountCommands</name>
    <message>
      <source>Change a count</source>
      <translation>Modifier un décompte</translation>
    </message>
    <message>
      <source>Change people present</source>
      <translation>Modifier le nombre de présents</translation>
    </message>
  </context>
  <context>
    <name>RoomCountsPanel</name>
    <message>
      <source>Counted in the room</source>
      <translation>Compté dans la salle</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>non compté</translation>
    </message>
    <message>
      <source>People present at this item</source>
      <translation>Personnes présentes à ce point</translation>
    </message>
    <message>
      <source>Answers by channel</source>
      <translation>Réponses par canal</translation>
    </message>
    <message>
      <source>Show the split on the presenter</source>
      <translation>Afficher la répartition sur l’écran de présentation</translation>
    </message>
    <message>
      <source>Counted from</source>
      <translation>Compté par</translation>
    </message>
    <message>
      <source>One answer, as on the ballot</source>
      <translation>Une réponse, comme sur le bulletin</translation>
    </message>
    <message>
      <source>Add ballot</source>
      <translation>Ajouter le bulletin</translation>
    </message>
    <message>
      <source>Enter for someone without a phone</source>
      <translation>Saisir pour une personne sans téléphone</translation>
    </message>
    <message>
      <source>Counted once; the minutes only say how many answers you entered</source>
      <translation>Compté une fois ; le compte rendu indique seulement combien de réponses vous avez saisies</translation>
    </message>
    <message>
      <source>People present:</source>
      <translation>Personnes présentes :</translation>
    </message>
    <message>
      <source>Counted from:</source>
      <translation>Compté par :</translation>
    </message>
    <message>
      <source>Count for {answer}</source>
      <translation>Décompte pour {answer}</translation>
    </message>
    <message>
      <source>Option number, e.g. 2</source>
      <translation>Numéro de l’option, p. ex. 2</translation>
    </message>
    <message>
      <source>Option numbers, e.g. 1 3</source>
      <translation>Numéros des options, p. ex. 1 3</translation>
    </message>
    <message>
      <source>A value of the scale, e.g. 4</source>
      <translation>Une valeur de l’échelle, p. ex. 4</translation>
    </message>
    <message>
      <source>Options in order, first choice first, e.g. 2 1 3</source>
      <translation>Options dans l’ordre, premier choix d’abord, p. ex. 2 1 3</translation>
    </message>
    <message>
      <source>The answer as written</source>
      <translation>La réponse telle qu’écrite</translation>
    </message>
    <message>
      <source>{answers} answers but {people} people present: check the counts</source>
      <translation>{answers} réponses mais {people} personnes présentes : vérifiez les décomptes</translation>
    </message>
    <message>
      <source>That is not an answer to this poll.</source>
      <translation>Ce n’est pas une réponse à ce sondage.</translation>
    </message>
    <message>
      <source>Enter an answer for someone</source>
      <translation>Saisir une réponse pour quelqu’un</translation>
    </message>
    <message>
      <source>Add a ballot</source>
      <translation>Ajouter un bulletin</translation>
    </message>
    <message>
      <source>Entered for someone without a phone.</source>
      <translation>Saisi pour une personne sans téléphone.</translation>
    </message>
    <message>
      <source>Ballot added.</source>
      <translation>Bulletin ajouté.</translation>
    </message>
  </context>
  <context>
    <name>ItemSessionsBox</name>
    <message>
      <source>In the sessions shown</source>
      <translation>Dans les séances affichées</translation>
    </message>
    <message>
      <source>Session › Sessions… chooses the sessions shown.</source>
      <translation>Session › Sessions… choisit les séances affichées.</translation>
    </message>
    <message>
      <source>The item in the sessions shown</source>
      <translation>Le point dans les séances affichées</translation>
    </message>
    <message>
      <source>Not run yet: times and responses appear here after a session.</source>
      <translation>Pas encore mené : les horaires et les réponses apparaissent ici après une séance.</translation>
    </message>
    <message>
      <source>No session to show: every session is discarded.</source>
      <translation>Aucune séance à afficher : toutes les séances sont écartées.</translation>
    </message>
    <message>
      <source>Showing the live session {number} of {date}</source>
      <translation>Affichage de la séance en cours {number} du {date}</translation>
    </message>
    <message>
      <source>Showing session {number} of {date} (a rehearsal)</source>
      <translation>Affichage de la séance {number} du {date} (une répétition)</translation>
    </message>
    <message>
      <source>Showing session {number} of {date}</source>
      <translation>Affichage de la séance {number} du {date}</translation>
    </message>
    <message numerus="yes">
      <source>Showing %n sessions: {sessions}</source>
      <translation>
        <numerusform>Affichage de %n séance : {sessions}</numerusform>
        <numerusform>Affichage de %n séances : {sessions}</numerusform>
      </translation>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>Séance {number}</translation>
    </message>
    <message>
      <source>[rehearsal]</source>
      <translation>[répétition]</translation>
    </message>
    <message>
      <source>Actual times:</source>
      <translation>Horaires réels :</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>non atteint</translation>
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
      <translation>Réponses :</translation>
    </message>
    <message numerus="yes">
      <source>%n responses</source>
      <translation>
        <numerusform>%n réponse</numerusform>
        <numerusform>%n réponses</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} in session {number}</source>
      <translation>{count} à la séance {number}</translation>
    </message>
    <message numerus="yes">
      <source>%n ideas</source>
      <translation>
        <numerusform>%n idée</numerusform>
        <numerusform>%n idées</numerusform>
      </translation>
    </message>
  </context>
</TS>
