queue-title = Demandes de correction
queue-empty = Il n’y a pas de demande ouverte.
queue-field = Donnée
queue-received = Reçue le
queue-due = Au plus tard le
queue-status = Statut
queue-left = Reste
queue-kind = Introduite par
queue-kind-person = la personne
queue-kind-staff = l'Agence, pour la personne
queue-kind-municipality = une commune (signalement de qualité)
queue-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
queue-overdue-by = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
queue-due-soon = échéance proche
queue-overdue = en retard
queue-count-open = Ouvertes
queue-count-due-soon = Échéance proche
queue-count-overdue = En retard
queue-count-handled = Décidées ce mois-ci
queue-count-median = Délai médian de décision
queue-median-none = pas encore
queue-filter-pending = Toutes les ouvertes
queue-filter-any = Toutes
queue-filter-apply = Afficher
queue-pages = Pages
queue-previous = Précédente
queue-next = Suivante
