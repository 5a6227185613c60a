## Qui les a reçues.

disclosures-title = Qui a reçu mes données ?
disclosures-intro = Chaque fois qu’une { -municipality } ou un partenaire demande vos données, c’est noté ici.
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
