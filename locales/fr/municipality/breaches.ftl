breach-title = Violations de données
breach-intro = La { -municipality } notifie immédiatement à l’{ -agency(form: "short") } toute violation touchant des données du protocole, au plus tard 48 heures après l’avoir constatée (article 6).
breach-new = Notifier une violation de données
breach-new-title = Notifier une violation de données
breach-rule = Notifiez dans les { $hours } heures qui suivent la constatation de la violation. Une notification plus tardive est marquée comme tardive.
breach-detected-at = Constatée le
breach-detected-at-hint = Date et heure, heure belge.
breach-description = Que s’est-il passé ?
breach-categories = Données concernées
breach-categories-hint = Quels types de données sont touchés ?
breach-persons = Personnes concernées
breach-persons-hint = Choisissez les personnes du projet pilote qui sont touchées, si vous les connaissez.
breach-measures = Mesures prises
breach-submit = Envoyer la notification
breach-reported = La notification a été envoyée à l’{ -agency(form: "short") }.
breach-clock-deadline = À notifier à l’{ -agency(form: "short") } avant le
breach-clock-left = Temps restant
breach-clock-hours = h
breach-clock-minutes = min
breach-clock-overdue = Le délai de 48 heures est dépassé : notifiez-la quand même immédiatement.
breach-deadline = Date limite de notification
breach-reported-at = Notifiée le
breach-late = tardive
breach-in-time = dans les délais
breach-by-system = le système de la { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = Suivi par l’{ -agency(form: "short") }
breach-step-acknowledged = Reçue par le délégué à la protection des données de l’{ -agency(form: "short") }
breach-step-persons-notified = Personnes concernées informées
breach-persons-told = { $count ->
    [one] { $count } personne informée
   *[other] { $count } personnes informées
}
breach-acknowledge = Confirmer la notification
breach-notify = { $count ->
    [one] Informer la personne touchée
   *[other] Informer les { $count } personnes touchées
}
breach-notify-hint = Faites-le lorsque la violation est susceptible d’engendrer un risque élevé pour les droits des personnes (RGPD art. 34). Chaque personne reçoit un message dans sa propre langue, sans la description rédigée par l’auteur de la notification.
