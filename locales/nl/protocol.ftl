protocol-error-title = Protocol
protocol-facts-heading = In het kort
protocol-discloser = Verstrekt door
protocol-recipient = Ontvangen door
protocol-fields = Gegevens
protocol-retention = Bewaartermijn
protocol-retention-years = { $years ->
    [one] ten hoogste { $years } jaar
   *[other] ten hoogste { $years } jaar
}
protocol-notice-period = Opzegtermijn
protocol-notice-months = { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
}
protocol-signed-on = Ondertekend op
protocol-dpo-advice = Advies van de functionarissen voor gegevensbescherming
protocol-dpo-discloser = Agentschap
protocol-dpo-recipient = Gemeente
protocol-legal-basis = Rechtsgrond
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
