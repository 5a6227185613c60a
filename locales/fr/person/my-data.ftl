## Mes données (RGPD art. 15).

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
my-data-legal-basis = Pourquoi c’est permis (base juridique)
my-data-fields = Quelles données
my-data-partners = Partenaires de la { -municipality }
my-data-no-partners = Aucun
my-data-retention = Combien de temps
my-data-period = Période
my-data-open-ended = pas de date de fin
my-data-consent-link = Voir ou modifier mon consentement
my-data-more-heading = Plus
my-data-disclosures-link = Qui a reçu quelles données ?
my-data-corrections-link = Mes demandes de correction
my-data-export-link = Tout télécharger dans un fichier (JSON)
my-data-export-hint = Un fichier avec vos données, vos consentements, qui a reçu quoi et vos demandes. Vous pouvez le garder ou le donner à quelqu’un d’autre.
