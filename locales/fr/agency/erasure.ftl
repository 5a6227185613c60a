## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Effacement chez les destinataires
erasure-intro = Les données qu’un pouvoir local a reçues il y a plus de cinq ans doivent y être effacées. L’{ -agency(form: "short") } demande au pouvoir local de le confirmer. Chaque demande figure ici avec son état.
erasure-admin-intro = L’{ -agency(form: "short") } vous demande de confirmer que vous avez effacé les données de ces personnes : vous les avez reçues il y a plus de cinq ans. Effacez-les d’abord dans vos propres systèmes, puis confirmez pour chaque personne.
erasure-none = Il n’y a aucune demande d’effacement.
erasure-municipality = Pouvoir local
erasure-reference = Référence
erasure-last-disclosed = Dernière réception
erasure-requested = Demandée le
erasure-due = À confirmer avant le
erasure-state = État
erasure-open = Ouverte
erasure-overdue = En retard
erasure-escalated = En retard, signalée aux délégués à la protection des données
erasure-attested = Effacement confirmé
erasure-attest = Confirmer l’effacement
erasure-done = L’effacement a été confirmé.
erasure-error-attested = Cet effacement a déjà été confirmé.
