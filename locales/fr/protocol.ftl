protocol-error-title = Protocole
protocol-facts-heading = En bref
protocol-discloser = Fournies par
protocol-recipient = Reçues par
protocol-fields = Données
protocol-retention = Durée de conservation
protocol-retention-years = { $years ->
    [one] au maximum { $years } an
   *[other] au maximum { $years } ans
}
protocol-notice-period = Préavis
protocol-notice-months = { $months } mois
protocol-signed-on = Signé le
protocol-dpo-advice = Avis des délégués à la protection des données
protocol-dpo-discloser = Agence
protocol-dpo-recipient = Commune
protocol-legal-basis = Base juridique
protocol-versions-heading = Versions
protocol-version-label = Version { $number }
protocol-text-heading = Texte intégral
protocol-translation-missing = Ce texte n’existe pas dans votre langue. Vous lisez le texte néerlandais.
protocol-filter-label = Rechercher dans le texte
protocol-filter-status = { $shown } parties affichées sur { $total }
protocol-period-bounded = Du { $from } au { $until } inclus
protocol-period-open = À partir du { $from }

protocol-state-draft = Projet
protocol-state-scheduled = Pas encore en vigueur
protocol-state-in-force = En vigueur
protocol-state-terminated = Résilié
protocol-state-expired = Expiré

field-given-name = Prénom
field-family-name = Nom de famille
field-address = Adresse
field-phone = Numéro de téléphone
field-email = Adresse e-mail
field-contact-language = Langue de contact
field-dutch-level = Niveau de néerlandais
field-mo-status = Cours d’orientation sociale

disclosure-refused-protocol-not-in-force = Le protocole n’est pas en vigueur : aucune donnée n’est partagée.
disclosure-refused-no-consent = Cette personne n’a pas donné son consentement.
disclosure-refused-no-onward-consent = Cette personne n’a pas consenti au partage avec les partenaires.
disclosure-refused-nothing-allowed = Votre profil de fonction ne donne pas accès à ces données.
disclosure-refused-no-profile = Vous n’avez pas de profil de fonction autorisé à lire des données.
disclosure-refused-not-a-partner = Cette organisation n’est pas un partenaire de votre commune.
consent-error-not-in-force = Ce protocole n’est pas en vigueur actuellement : vous ne pouvez pas donner votre consentement pour le moment.
