queue-title = Verbeteringsverzoeken
queue-empty = Er zijn geen open verzoeken.
queue-field = Gegeven
queue-received = Ontvangen
queue-due = Uiterlijk
queue-status = Status
queue-left = Nog
queue-kind = Ingediend door
queue-kind-person = de persoon
queue-kind-staff = het Agentschap, voor de persoon
queue-kind-municipality = een gemeente (kwaliteitsmelding)
queue-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
queue-overdue-by = { $days ->
    [one] { $days } dag te laat
   *[other] { $days } dagen te laat
}
queue-due-soon = bijna verlopen
queue-overdue = te laat
queue-count-open = Open
queue-count-due-soon = Bijna verlopen
queue-count-overdue = Te laat
queue-count-handled = Beslist deze maand
queue-count-median = Mediaan tot beslissing
queue-median-none = nog geen
queue-filter-pending = Alle open
queue-filter-any = Alle
queue-filter-apply = Toon
queue-pages = Pagina's
queue-previous = Vorige
queue-next = Volgende
