queue-title = Demandes de correction
queue-empty = Il n’y a pas de demande ouverte.
queue-field = Donnée
queue-received = Reçue le
queue-due = Au plus tard le
queue-status = Statut
