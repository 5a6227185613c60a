protocol-error-title = Protocole
protocol-facts-heading = En bref
protocol-discloser = Partagées par
protocol-recipient = Reçues par
protocol-fields = Données
protocol-retention = Combien de temps on garde les données (durée de conservation)
protocol-retention-years = { $years ->
    [one] au maximum { $years } an
   *[other] au maximum { $years } ans
}
protocol-notice-period = Combien de temps avant la fin il faut prévenir (préavis)
protocol-notice-months = { $months } mois
protocol-signed-on = Signé le
protocol-dpo-advice = Avis des personnes chargées de la vie privée (délégués à la protection des données)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Pourquoi c’est permis (base juridique)
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

protocol-error-dutch-text-required = Une version de protocole a toujours besoin d’un texte en néerlandais.
protocol-state-notice-given = Préavis donné
protocol-ends-on = Un préavis a été donné pour ce protocole. Le dernier jour est le { $day }.
