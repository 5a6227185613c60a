dpo-title = Protection des données
dpo-audit-heading = Journal d’audit
dpo-chain-ok = La chaîne d’audit est intacte ({ $length } entrées).
dpo-chain-broken = La chaîne d’audit est endommagée à partir de l’entrée { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } point de contrôle signé ; dernier :
   *[other] { $count } points de contrôle signés ; dernier :
}
dpo-no-checkpoint = aucun pour l’instant
dpo-chain-being-checked = La chaîne d’audit est en cours de vérification. Rechargez la page dans un instant.
dpo-checked-at = Dernière vérification :
dpo-nav = Protection des données
dpo-nav-audit = Journal d’audit
dpo-nav-breaches = Violations de données
dpo-nav-notices = Notifications de transmissions
dpo-nav-registers = Registres des communes
dpo-breaches-title = Registre des violations de données
dpo-breaches-intro = Chaque notification d’une commune, avec le délai de 48 heures. Une notification tardive est signalée.
dpo-breaches-none = Aucune violation de données n’a été notifiée.
dpo-notices-title = Notifications d’autres transmissions
dpo-notices-intro = Une commune notifie à l’avance chaque transmission à une organisation qui n’est pas partenaire (article 4). Ce n’est qu’après votre confirmation qu’elle peut enregistrer une telle transmission.
dpo-notices-none = Il n’y a aucune notification.
dpo-notices-acknowledged = La notification a été confirmée.
dpo-nav-disclosures = Registre des communications
dpo-disclosures-title = Registre des communications
dpo-disclosures-intro = Chaque communication de données personnelles par le portail : qui a reçu quoi, quand, dans quel but et par quel canal. Le registre est seulement complété, jamais modifié.
dpo-disclosures-none = Aucune communication pour ce choix.
dpo-disclosures-when = Quand
dpo-disclosures-recipient = Destinataire
dpo-disclosures-via = transmis par
dpo-disclosures-fields = Données
dpo-disclosures-field = Donnée
dpo-disclosures-purpose = Finalité
dpo-disclosures-channel = Canal
dpo-disclosures-dossier = Numéro de dossier
dpo-disclosures-from = Du
dpo-disclosures-to = Jusqu’au (inclus)
dpo-disclosures-csv = Télécharger cette sélection en CSV
