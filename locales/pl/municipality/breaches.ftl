breach-title = Naruszenia ochrony danych
breach-intro = Jeśli dojdzie do naruszenia ochrony danych objętych protokołem, { -municipality } zgłasza je { -agency(form: "short-dat") } natychmiast, najpóźniej 48 godzin po jego wykryciu (artykuł 6).
breach-new = Zgłoś naruszenie ochrony danych
breach-new-title = Zgłoś naruszenie ochrony danych
breach-rule = { $hours ->
    [one] Proszę zgłosić w ciągu { $hours } godziny od wykrycia naruszenia. Późniejsze zgłoszenie zostanie oznaczone jako spóźnione.
    [few] Proszę zgłosić w ciągu { $hours } godzin od wykrycia naruszenia. Późniejsze zgłoszenie zostanie oznaczone jako spóźnione.
    [many] Proszę zgłosić w ciągu { $hours } godzin od wykrycia naruszenia. Późniejsze zgłoszenie zostanie oznaczone jako spóźnione.
   *[other] Proszę zgłosić w ciągu { $hours } godziny od wykrycia naruszenia. Późniejsze zgłoszenie zostanie oznaczone jako spóźnione.
}
breach-detected-at = Data wykrycia
breach-detected-at-hint = Data i godzina, czas belgijski.
breach-description = Co się stało?
breach-categories = Dane, których to dotyczy
breach-categories-hint = Jakich rodzajów danych to dotyczy?
breach-persons = Osoby, których to dotyczy
breach-persons-hint = Proszę wybrać osoby z projektu pilotażowego, których to dotyczy, jeśli są znane.
breach-measures = Podjęte działania
breach-submit = Wyślij zgłoszenie
breach-reported = Zgłoszenie zostało wysłane do { -agency(form: "short-gen") }.
breach-clock-deadline = Zgłosić { -agency(form: "short-dat") } przed
breach-clock-left = Pozostały czas
breach-clock-hours = godz.
breach-clock-minutes = min
breach-clock-overdue = Termin 48 godzin minął: mimo to proszę zgłosić naruszenie od razu.
breach-deadline = Termin zgłoszenia
breach-reported-at = Data zgłoszenia
breach-late = po terminie
breach-in-time = w terminie
breach-by-system = system { -municipality(form: "singular-gen") }
breach-municipality = { -municipality(form: "title") }
breach-history = Działania { -agency(form: "short-gen") }
breach-step-acknowledged = Przyjęcie potwierdzone przez inspektora ochrony danych { -agency(form: "short-gen") }
breach-step-persons-notified = Osoby, których to dotyczy, zostały zawiadomione
breach-persons-told = { $count ->
    [one] zawiadomiono { $count } osobę
    [few] zawiadomiono { $count } osoby
    [many] zawiadomiono { $count } osób
   *[other] zawiadomiono { $count } osoby
}
breach-acknowledge = Potwierdź przyjęcie zgłoszenia
breach-notify = { $count ->
    [one] Zawiadom osobę, której to dotyczy
    [few] Zawiadom { $count } osoby, których to dotyczy
    [many] Zawiadom { $count } osób, których to dotyczy
   *[other] Zawiadom { $count } osoby, których to dotyczy
}
breach-notify-hint = Proszę to zrobić, gdy incydent może powodować wysokie ryzyko naruszenia praw tych osób (art. 34 RODO). Każda osoba dostanie wiadomość w swoim języku, bez opisu od zgłaszającego.
