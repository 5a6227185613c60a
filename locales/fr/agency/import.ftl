## `portal import persons` : l’export du système de suivi des clients, tel que l’opérateur
## lit le résultat (dans le terminal et dans le fichier de rapport).

import-line = Ligne
import-rows = Lignes
import-new = nouvelles
import-changed = modifiées
import-unchanged = inchangées
import-refused = refusées
import-recipients-told = destinataires informés d’une correction
import-nothing-written = Rien n’a été importé : avec --all-or-nothing, une seule ligne refusée bloque tout le fichier.
import-report-written = Rapport écrit dans
import-more-refused = { $count ->
    [one] et encore { $count } ligne refusée (voir le fichier de rapport)
   *[other] et encore { $count } lignes refusées (voir le fichier de rapport)
}
import-error-required = Cette colonne doit avoir une valeur.
import-error-dossier = Ce n’est pas un numéro de dossier : uniquement des lettres, des chiffres et - _ . /, 40 caractères au plus.
import-error-duplicate-dossier = Ce numéro de dossier figure déjà à la ligne { $line } du fichier ; seule cette ligne-là compte.
import-error-protocols-required = Indiquez au moins un protocole (son nom court ; séparez-en plusieurs par ;).
import-error-protocol-unknown = Aucun protocole ne porte ce nom court dans le { -portal }.
import-error-ended-on = Ce n’est pas un jour : écrivez-le sous la forme AAAA-MM-JJ.
import-error-person-erased = Les données de cette personne ont été effacées après la durée de conservation ; elles ne peuvent plus être importées.
import-error-encoding = Ce texte n’est pas en UTF-8. Enregistrez l’export en UTF-8 et importez-le à nouveau.
import-error-cell-count = Cette ligne n’a pas autant de cellules que l’en-tête a de colonnes.
import-error-row-unreadable = Cette ligne ne peut pas être lue comme du CSV (vérifiez les guillemets).
import-error-json = Cette ligne n’est pas un objet JSON.
import-error-json-keys = Cette ligne a une clé qui n’est pas une colonne de l’import (voir portal import persons --help).
import-error-json-value = Une valeur doit être un texte, un nombre ou, pour la colonne protocols, une liste de textes.
import-error-file-utf16 = Le fichier est en UTF-16. Enregistrez-le en UTF-8 (CSV UTF-8) et importez-le à nouveau.
import-error-file-header = La première ligne du fichier n’est pas un en-tête lisible.
import-error-file-empty = Le fichier est vide.
import-error-file-columns-unknown = L’en-tête nomme des colonnes que l’import ne connaît pas
import-error-file-columns-missing = Il manque des colonnes dans l’en-tête
import-error-file-columns-twice = L’en-tête nomme deux fois une colonne
