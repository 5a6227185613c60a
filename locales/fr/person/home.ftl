person-home-title = Mon aperçu
person-home-greeting = Bonjour { $name }.
person-home-left-the-pilot = Votre parcours à l’{ -agency(form: "short") } s’est terminé le { $date }. Votre consentement ne compte plus : vos données ne sont plus partagées avec personne. Ce qui a été partagé avant reste visible sur ces pages.
person-home-pilots-heading = Projets qui vous concernent
person-home-consent-given = Vous avez donné votre consentement.
person-home-no-consent = Vous n’avez pas donné votre consentement.

person-home-data-heading = Vos données
person-home-my-data = Les données que l’{ -agency } a sur vous
person-home-disclosures = Qui a reçu vos données
person-home-corrections = Faire corriger une donnée
person-home-notifications = { $count ->
    [0] Messages
    [one] Messages ({ $count } nouveau)
   *[other] Messages ({ $count } nouveaux)
}
