## Mes données (RGPD art. 15), qui les a reçues, demandes de correction (art. 7) et messages.

person-home-data-heading = Vos données
person-home-my-data = Les données que l’{ -agency } a sur vous
person-home-disclosures = Qui a reçu vos données
person-home-corrections = Faire corriger une donnée
person-home-notifications = { $count ->
    [0] Messages
    [one] Messages ({ $count } nouveau)
   *[other] Messages ({ $count } nouveaux)
}

field-value-none = (inconnu)
dutch-level-below-a1 = Pas encore A1
mo-status-not-started = Pas encore commencé
mo-status-in-progress = En cours
mo-status-completed = Terminé
mo-status-exempt = Dispensé

my-data-title = Mes données
my-data-intro = Voici toutes les données que l’{ -agency } conserve sur vous : pourquoi, qui les reçoit et combien de temps elles sont conservées.
my-data-dossier = Dossier { $dossier }
my-data-updated = dernière modification le { $when }
my-data-fields-caption = Vos données
my-data-field = Donnée
my-data-value = Ce que nous conservons
my-data-actions = Actions
my-data-correct-link = Faire corriger
my-data-processing-heading = Pour quoi et avec qui
my-data-purposes = Pourquoi
my-data-legal-basis = Base juridique
my-data-fields = Quelles données
my-data-partners = Partenaires de la commune
my-data-no-partners = Aucun
my-data-retention = Combien de temps
my-data-period = Période
my-data-open-ended = pas de date de fin
my-data-consent-link = Voir ou modifier mon consentement
my-data-more-heading = Plus
my-data-disclosures-link = Qui a reçu quelles données ?
my-data-corrections-link = Mes demandes de correction
my-data-export-link = Tout télécharger (JSON)
my-data-export-hint = Un fichier avec vos données, vos consentements, qui a reçu quoi et vos demandes.

disclosures-title = Qui a reçu mes données ?
disclosures-intro = Chaque fois qu’une commune ou un partenaire demande vos données, c’est noté ici.
disclosures-overview-heading = Aperçu par destinataire
disclosures-none = Personne n’a encore reçu vos données.
disclosures-partner-of = { $partner } (partenaire de { $municipality })
disclosures-field = Donnée
disclosures-count = Combien de fois
disclosures-last = Dernière fois
disclosures-times = { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}
disclosures-timeline-heading = Toutes les fois, les plus récentes d’abord
disclosures-filter-party = Destinataire
disclosures-filter-field = Donnée
disclosures-filter-all = Tous
disclosures-filter-from = À partir du
disclosures-filter-to = Jusqu’au (inclus)
disclosures-filter-apply = Afficher
disclosures-found = { $count ->
    [0] Aucun résultat.
    [one] { $count } résultat trouvé.
   *[other] { $count } résultats trouvés.
}
disclosures-fields = Données : { $fields }
disclosures-channel-ui = Consultées par un membre du personnel
disclosures-channel-api = Demandées par un système informatique
disclosures-channel-onward = Transmises à un partenaire
disclosures-channel-export = Dans une exportation
disclosures-purpose = But :
disclosures-consent = Sur la base de votre consentement du { $when } : { $scopes }.
disclosures-previous = Précédent
disclosures-next = Suivant
disclosures-pages = Pages
disclosures-page-of = Page { $page } sur { $pages }
disclosures-error-date = Écrivez une date au format aaaa-mm-jj, par exemple 2026-03-01.
disclosures-error-period = La date de début doit être avant la date de fin.

corrections-title = Mes demandes de correction
corrections-intro = Une donnée est incorrecte ? Demandez à l’{ -agency } de la corriger. Vous recevrez une réponse dans un délai d’un mois.
corrections-new-button = Faire corriger une donnée
corrections-none = Vous n’avez encore fait aucune demande.
corrections-deadline = Envoyée le { $received } · réponse au plus tard le { $due }
corrections-decided-on = Envoyée le { $received } · décision le { $decided }
corrections-due-label = Date limite de la réponse :
corrections-new-title = Faire corriger une donnée
corrections-new-intro = Choisissez la donnée, écrivez ce qui est correct et expliquez brièvement pourquoi.
corrections-current-caption = Ce que nous conservons maintenant
corrections-field-label = Quelle donnée ?
corrections-value-label = Qu’est-ce qui est correct ?
corrections-value-hint = Par exemple un numéro de téléphone comme 0470 12 34 56, ou un niveau comme B1.
corrections-statement-label = Pourquoi ?
corrections-statement-hint = { $max } caractères au maximum.
corrections-submit = Envoyer la demande
corrections-back = Retour à mes demandes
correction-hint-given-name = Votre prénom comme sur votre carte d’identité.
correction-hint-family-name = Votre nom de famille comme sur votre carte d’identité.
correction-hint-address = Rue, numéro, code postal et commune.
correction-hint-phone = Par exemple 0470 12 34 56 ou +32 470 12 34 56.
correction-hint-email = Par exemple nom@exemple.be.
correction-hint-contact-language = Choisissez la langue dans laquelle vous voulez recevoir les messages.
correction-hint-dutch-level = Choisissez votre niveau (A1, A2, B1, B2, C1 ou C2).
correction-hint-mo-status = Indiquez où vous en êtes dans le cours.
correction-title = Demande de correction
correction-filed = Votre demande a été envoyée. L’{ -agency } vous répondra dans un délai d’un mois.
correction-current = Ce que nous conservions
correction-proposed = Ce que vous proposez
correction-pending = L’{ -agency } examine votre demande. Jusqu’à la décision, les destinataires voient que cette donnée est contestée.
correction-accepted = Votre demande a été acceptée. La donnée a été corrigée.
correction-parties-told = Ces destinataires ont été informés de la correction : { $parties }.
correction-told-nobody = personne (personne n’avait reçu cette donnée)
correction-rejected = Votre demande a été refusée.
correction-reason = Motif :
correction-complaint = Vous n’êtes pas d’accord ? Vous pouvez introduire une plainte auprès de la Vlaamse Toezichtcommissie (www.vlaamsetoezichtcommissie.be).
correction-extended = Le délai a été prolongé. Motif :
correction-status-open = Reçue
correction-status-acknowledged = En cours de traitement
correction-status-accepted = Acceptée
correction-status-rejected = Refusée

correction-error-value-empty = Écrivez ce qui est correct.
correction-error-value-too-long = C’est trop long : 300 caractères au maximum.
correction-error-value-characters = Le texte contient des caractères qui ne sont pas acceptés ici.
correction-error-name = Un nom est composé de lettres, 100 au maximum.
correction-error-address = Écrivez l’adresse complète : rue, numéro, code postal et commune.
correction-error-phone = Ce numéro de téléphone n’est pas valable. Écrivez-le comme ceci : 0470 12 34 56 ou +32 470 12 34 56.
correction-error-email = Cette adresse e-mail n’est pas valable. Écrivez-la comme ceci : nom@exemple.be.
correction-error-language = Choisissez une langue du portail : nl, en, fr ou ar.
correction-error-dutch-level = Ce n’est pas un niveau. Écrivez A1, A2, B1, B2, C1 ou C2.
correction-error-mo-status = Choisissez une des possibilités : pas encore commencé, en cours, terminé ou dispensé.
correction-error-statement-empty = Expliquez brièvement pourquoi la donnée est incorrecte.
correction-error-statement-too-long = Votre explication est trop longue : 1000 caractères au maximum.
correction-error-unchanged = C’est la même chose que ce que nous conservons déjà.
correction-error-already-pending = Une demande est déjà en cours pour cette donnée. Attendez la réponse.
correction-error-already-decided = Une décision a déjà été prise sur cette demande.
correction-error-reason-required = Indiquez un motif.

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
