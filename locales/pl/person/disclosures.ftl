## Who received my data.

disclosures-title = Kto otrzymał moje dane?
disclosures-intro = Za każdym razem, gdy { -municipality } lub partner prosi o Pana/Pani dane, jest to tutaj zapisywane.
disclosures-overview-heading = Przegląd według odbiorców
disclosures-none = Nikt jeszcze nie otrzymał Pana/Pani danych.
disclosures-partner-of = { $partner } (partner: { $municipality })
disclosures-field = Informacja
disclosures-count = Ile razy
disclosures-last = Ostatni raz
disclosures-times = { $count ->
    [one] { $count } raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } razy
}
disclosures-timeline-heading = Każdy raz, od najnowszego
disclosures-filter-party = Odbiorca
disclosures-filter-field = Informacja
disclosures-filter-all = Wszystkie
disclosures-filter-from = Od
disclosures-filter-to = Do (włącznie)
disclosures-filter-apply = Pokaż
disclosures-found = { $count ->
    [0] Nic nie znaleziono.
    [one] Znaleziono { $count } wynik.
    [few] Znaleziono { $count } wyniki.
    [many] Znaleziono { $count } wyników.
   *[other] Znaleziono { $count } wyniku.
}
disclosures-fields = Dane: { $fields }
disclosures-channel-ui = Obejrzane przez pracownika
disclosures-channel-api = Pobrane przez system komputerowy
disclosures-channel-onward = Przekazane partnerowi
disclosures-channel-export = W eksporcie danych
disclosures-purpose = Cel:
disclosures-consent = Na podstawie Pana/Pani zgody z { $when }: { $scopes }.
disclosures-previous = Poprzednia
disclosures-next = Następna
disclosures-pages = Strony
disclosures-page-of = Strona { $page } z { $pages }
disclosures-error-date = Proszę wpisać datę w formacie rrrr-mm-dd, na przykład 2026-03-01.
disclosures-error-period = Data początkowa musi być wcześniejsza niż data końcowa.
