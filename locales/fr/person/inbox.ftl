## Messages.

inbox-title = Messages
inbox-empty = Vous n’avez aucun message.
inbox-new = Nouveau
inbox-unread = { $count ->
    [0] Aucun nouveau message.
    [one] { $count } nouveau message.
   *[other] { $count } nouveaux messages.
}
inbox-mark-read = Tout marquer comme lu
inbox-marked-read = Tous les messages ont été marqués comme lus.
notification-unknown = Un message du portail.
notification-consent-give = Vous avez donné votre consentement pour partager des données avec { $recipient }.
notification-consent-change = Vous avez modifié votre consentement pour { $recipient }.
notification-consent-withdraw = Vous avez retiré votre consentement pour { $recipient }. Plus rien n’est partagé.
notification-correction-filed = Votre demande de correction ({ $field }) a été reçue. Réponse au plus tard le { $due }.
notification-correction-accepted = Votre demande de correction ({ $field }) a été acceptée.
notification-correction-rejected = Votre demande de correction ({ $field }) a été refusée. Vous trouverez le motif dans vos demandes.
notification-correction-recipient-told = Une donnée que vous avez reçue a été corrigée : { $field }.
notification-correction-acknowledged = L’{ -agency(form: "short") } traite votre demande de correction ({ $field }).
notification-correction-information-requested = L’{ -agency(form: "short") } a une question sur votre demande de correction ({ $field }). Répondez sur la page de votre demande.
notification-correction-extended = Le délai de votre demande de correction ({ $field }) est prolongé jusqu'au { $due }. La page de votre demande en donne la raison.
notification-correction-due-soon = Une demande de correction ({ $field }) doit être tranchée au plus tard le { $due }.
notification-protocol-ending = Un préavis a été donné pour le protocole avec { $recipient }. Le dernier jour est le { $until }. Ensuite, vos données ne sont plus partagées.
notification-protocol-ended = Le protocole avec { $recipient } n’est plus en vigueur. Vos données ne sont plus partagées. Votre historique est conservé.
notification-consent-carried-over = Il y a une nouvelle version du protocole avec { $recipient }. Elle ne demande pas plus que la précédente : votre choix reste valable.
notification-consent-review-asked = Il y a une nouvelle version du protocole avec { $recipient }. Elle demande plus que la précédente. Vérifiez votre choix : votre consentement ne couvre pas encore ce qui est nouveau.
notification-breach-notice = Le { $detected }, { $recipient } a découvert un problème de sécurité. Ce problème peut toucher ces données qui vous concernent : { $fields }. Des mesures ont été prises. Vous avez des questions ? Contactez la personne chargée de la vie privée à l’{ -agency(form: "short") } : { $contact }.
notification-erasure-requested = { $count ->
    [one] L’{ -agency(form: "short") } vous demande de confirmer l’effacement des données de { $count } personne.
   *[other] L’{ -agency(form: "short") } vous demande de confirmer l’effacement des données de { $count } personnes.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } n’a pas confirmé dans les délais { $count } effacement.
   *[other] { $municipality } n’a pas confirmé dans les délais { $count } effacements.
}
