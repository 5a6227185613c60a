person-home-title = Mijn overzicht
person-home-greeting = Dag { $name }.
person-home-left-the-pilot = Uw traject bij het { -agency(form: "short") } is afgelopen op { $date }. Uw toestemming telt niet meer: uw gegevens worden met niemand meer gedeeld. Wat eerder gedeeld werd, blijft op deze pagina's staan.
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
