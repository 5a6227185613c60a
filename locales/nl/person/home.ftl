person-home-title = Mijn overzicht
person-home-greeting = Dag { $name }.
person-home-pilots-heading = Projecten die over u gaan
person-home-consent-given = U hebt toestemming gegeven.
person-home-no-consent = U hebt geen toestemming gegeven.

person-home-data-heading = Uw gegevens
person-home-my-data = Welke gegevens het { -agency } over u heeft
person-home-disclosures = Wie uw gegevens kreeg
person-home-corrections = Een gegeven laten verbeteren
person-home-notifications = { $count ->
    [0] Berichten
    [one] Berichten ({ $count } nieuw)
   *[other] Berichten ({ $count } nieuw)
}
