queue-title = Wnioski o sprostowanie
queue-empty = Nie ma otwartych wniosków.
queue-field = Pole
queue-received = Otrzymano
queue-due = Termin
queue-status = Status
queue-left = Pozostało
queue-kind = Złożony przez
queue-kind-person = osobę
queue-kind-staff = { -agency(form: "short-acc") }, w imieniu osoby
queue-kind-municipality = { -municipality(form: "singular-acc") } (zgłoszenie dotyczące jakości)
queue-kind-source_system = system monitorowania klientów (zmiana u źródła)
queue-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
queue-overdue-by = { $days ->
    [one] { $days } dzień po terminie
    [few] { $days } dni po terminie
    [many] { $days } dni po terminie
   *[other] { $days } dnia po terminie
}
queue-due-soon = wkrótce termin
queue-overdue = po terminie
queue-count-open = Otwarte
queue-count-due-soon = Wkrótce termin
queue-count-overdue = Po terminie
queue-count-handled = Rozstrzygnięte w tym miesiącu
queue-count-median = Mediana czasu do decyzji
queue-median-none = jeszcze brak
queue-filter-pending = Wszystkie otwarte
queue-filter-any = Wszystkie
queue-municipality = { -municipality(form: "title") } (zgłoszenia dotyczące jakości)
queue-filter-apply = Pokaż
queue-pages = Strony
queue-previous = Poprzednia
queue-next = Następna
desk-title = Wniosek o sprostowanie
desk-person = Osoba
desk-value-filed = Wartość w chwili złożenia
desk-value-now = Obecna wartość
desk-extension-reason = Powód przedłużenia
desk-holders-heading = Kto otrzymał to pole
desk-holders-intro = Według rejestru udostępnień te podmioty otrzymały to pole tej osoby. Jeśli wniosek zostanie uwzględniony, zostaną poinformowane o sprostowaniu (art. 19 RODO).
desk-holders-none = Żaden podmiot nie otrzymał tego pola tej osoby.
desk-told = Sprostowanie wysłano do: { $parties }.
desk-history-heading = Historia
desk-back = Powrót do wniosków
desk-decided = W sprawie tego wniosku podjęto decyzję. Decyzja jest ostateczna.
desk-waiting = Wniosek czeka na odpowiedź osoby na Pana/Pani pytanie:
desk-acknowledge-heading = Rozpoczęcie rozpatrywania
desk-acknowledge-hint = Osoba zostanie poinformowana, że rozpatruje Pan/Pani wniosek.
desk-acknowledge-submit = Rozpocznij rozpatrywanie
desk-ask-heading = Prośba o informacje
desk-ask-question = Pana/Pani pytanie do osoby
desk-ask-hint = Osoba czyta pytanie w portalu i odpowiada na stronie wniosku. Do tego czasu wniosek czeka; termin nadal biegnie.
desk-ask-submit = Wyślij pytanie
desk-extend-heading = Przedłużenie terminu
desk-extend-limit = Można to zrobić jeden raz, w ciągu pierwszego miesiąca, najpóźniej do { $last }.
desk-extend-until = Nowy termin
desk-extend-until-hint = Data (RRRR-MM-DD). Termin biegnie do końca tego dnia.
desk-extend-reason = Powód
desk-extend-reason-hint = Osoba zobaczy nowy termin i ten powód.
desk-extend-submit = Przedłuż termin
desk-accept-heading = Uwzględnienie
desk-accept-value = Prawidłowa wartość
desk-accept-hint = Propozycja jest już wpisana. Proszę ją zmienić, jeśli nie jest całkiem prawidłowa; obowiązują te same zasady co przy składaniu wniosku.
desk-accept-effect = Pole zostanie poprawione, nie będzie już kwestionowane, a każdy podmiot, który je otrzymał, zostanie poinformowany. Jest to ostateczne.
desk-accept-submit = Uwzględnij i popraw
desk-reject-heading = Odrzucenie
desk-reject-reason = Powód odrzucenia
desk-reject-hint = Osoba przeczyta ten powód oraz informację, jak złożyć skargę. Jest to ostateczne.
desk-reject-submit = Odrzuć
desk-done-acknowledge = Wniosek jest rozpatrywany. Osoba została o tym poinformowana.
desk-done-ask = Pytanie zostało wysłane. Wniosek czeka na odpowiedź.
desk-done-extend = Termin został przedłużony. Osoba została poinformowana o nowym terminie i powodzie.
desk-done-accept = Wniosek został uwzględniony, a pole poprawione. Odbiorcy zostali poinformowani.
desk-done-reject = Wniosek został odrzucony. Osoba została poinformowana o powodzie.
