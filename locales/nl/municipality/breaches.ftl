breach-title = Datalekken
breach-intro = Een datalek met gegevens van het protocol meldt de { -municipality } onmiddellijk aan het { -agency(form: "short") }, ten laatste 48 uur nadat het werd vastgesteld (artikel 6).
breach-new = Een datalek melden
breach-new-title = Een datalek melden
breach-rule = Meld binnen { $hours } uur nadat het lek werd vastgesteld. Een latere melding wordt als laattijdig aangeduid.
breach-detected-at = Vastgesteld op
breach-detected-at-hint = Datum en uur, Belgische tijd.
breach-description = Wat is er gebeurd?
breach-categories = Betrokken gegevens
breach-categories-hint = Welke soorten gegevens zijn getroffen?
breach-persons = Betrokken personen
breach-persons-hint = Kies de personen van het proefproject die getroffen zijn, als u ze kent.
breach-measures = Genomen maatregelen
breach-submit = Melding versturen
breach-reported = De melding is verstuurd naar het { -agency(form: "short") }.
breach-clock-deadline = Melden aan het { -agency(form: "short") } vóór
breach-clock-left = Nog
breach-clock-hours = u
breach-clock-minutes = min
breach-clock-overdue = De termijn van 48 uur is voorbij: meld het toch meteen.
breach-deadline = Uiterste meldingsdatum
breach-reported-at = Gemeld op
breach-late = laattijdig
breach-in-time = op tijd
breach-by-system = het systeem van de { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = Opvolging door het { -agency(form: "short") }
breach-step-acknowledged = Ontvangen door de DPO van het { -agency(form: "short") }
breach-step-persons-notified = Betrokken personen verwittigd
breach-persons-told = { $count ->
    [one] { $count } persoon verwittigd
   *[other] { $count } personen verwittigd
}
breach-acknowledge = Melding bevestigen
breach-notify = { $count ->
    [one] De getroffen persoon verwittigen
   *[other] De { $count } getroffen personen verwittigen
}
breach-notify-hint = Doe dit als het incident een hoog risico inhoudt voor de rechten van de personen (AVG art. 34). Elke persoon krijgt een bericht in de eigen taal, zonder de beschrijving van de melder.
