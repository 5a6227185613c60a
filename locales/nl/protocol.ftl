protocol-error-title = Protocol
protocol-facts-heading = In het kort
protocol-discloser = Gegeven door
protocol-recipient = Ontvangen door
protocol-fields = Gegevens
protocol-retention = Hoe lang bewaard (bewaartermijn)
protocol-retention-years = { $years ->
    [one] ten hoogste { $years } jaar
   *[other] ten hoogste { $years } jaar
}
protocol-notice-period = Hoe lang vooraf opzeggen (opzegtermijn)
protocol-notice-months = { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
}
protocol-signed-on = Ondertekend op
protocol-dpo-advice = Advies van de privacyverantwoordelijken (functionarissen voor gegevensbescherming)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Waarom dit mag (rechtsgrond)
protocol-versions-heading = Versies
protocol-version-label = Versie { $number }
protocol-text-heading = Volledige tekst
protocol-translation-missing = Deze tekst bestaat niet in uw taal. U leest de Nederlandse tekst.
protocol-filter-label = Zoeken in de tekst
protocol-filter-status = { $shown } van { $total } delen getoond
protocol-period-bounded = Van { $from } tot en met { $until }
protocol-period-open = Vanaf { $from }

protocol-state-draft = Ontwerp
protocol-state-scheduled = Nog niet van kracht
protocol-state-in-force = Van kracht
protocol-state-terminated = Beëindigd
protocol-state-expired = Verlopen

protocol-error-dutch-text-required = Een protocolversie heeft altijd een Nederlandse tekst nodig.
protocol-state-notice-given = Opgezegd
protocol-ends-on = Dit protocol is opgezegd. De laatste dag is { $day }.
