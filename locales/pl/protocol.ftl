protocol-error-title = Protokół
protocol-facts-heading = W skrócie
protocol-discloser = Przekazuje
protocol-recipient = Otrzymuje
protocol-fields = Dane
protocol-retention = Jak długo dane są przechowywane (okres przechowywania)
protocol-retention-years = { $years ->
    [one] najwyżej { $years } rok
    [few] najwyżej { $years } lata
    [many] najwyżej { $years } lat
   *[other] najwyżej { $years } roku
}
protocol-notice-period = Z jakim wyprzedzeniem trzeba zapowiedzieć koniec (okres wypowiedzenia)
protocol-notice-months = { $months ->
    [one] { $months } miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}
protocol-signed-on = Data podpisania
protocol-dpo-advice = Opinia osób odpowiedzialnych za ochronę danych (inspektorów ochrony danych)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Dlaczego jest to dozwolone (podstawa prawna)
protocol-versions-heading = Wersje
protocol-version-label = Wersja { $number }
protocol-text-heading = Pełny tekst
protocol-translation-missing = Ten tekst nie istnieje w Pana/Pani języku. Wyświetlamy tekst w języku niderlandzkim.
protocol-filter-label = Szukaj w tekście
protocol-filter-status = Pokazano części: { $shown } z { $total }
protocol-period-bounded = Od { $from } do { $until } (włącznie)
protocol-period-open = Od { $from }

protocol-state-draft = Projekt
protocol-state-scheduled = Jeszcze nie obowiązuje
protocol-state-in-force = Obowiązuje
protocol-state-terminated = Rozwiązany
protocol-state-expired = Wygasł

protocol-error-dutch-text-required = Wersja protokołu zawsze wymaga tekstu w języku niderlandzkim.
protocol-state-notice-given = Wypowiedziany
protocol-ends-on = Protokół został wypowiedziany. Ostatni dzień to { $day }.
