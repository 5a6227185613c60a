## /agency/protocols: the protocol admin drafts, publishes and ends protocol versions (art. 8, 10, 12).

protocols-title = Protokoły
protocols-intro = Tutaj przygotowuje się projekt protokołu lub nowej wersji, publikuje go i kończy wersję. Projekt jest widoczny dla innych dopiero po opublikowaniu.
protocols-back = Powrót do protokołów
protocols-new-version = Przygotuj nową wersję
protocols-ends-on = Kończy się { $day }
protocols-ending-banner = Protokół „{ $title }” wygasa: ostatni dzień to { $day }.
protocols-new-heading = Nowy protokół
protocols-new-title = Tytuł (po niderlandzku)
protocols-new-slug = Krótka nazwa w adresie internetowym
protocols-new-slug-hint = Małe litery, cyfry i łączniki, od 3 do 60 znaków. Na przykład: agii-gent-pilot.
protocols-new-recipient = Władze lokalne, które otrzymują dane
protocols-new-submit = Utwórz projekt
protocols-version-title = Wersja protokołu
protocols-saved = Projekt został zapisany.
protocols-published = Wersja została opublikowana. Jest teraz na stronie publicznej.
protocols-noticed = Wypowiedzenie zostało zarejestrowane. Osoby, które wyraziły zgodę, zostały o tym poinformowane.
protocols-terminated = Wersja została zakończona. Na podstawie tej wersji nie udostępnia się już żadnych danych.
protocols-public-page = Strona publiczna tej wersji
protocols-publish-heading = Publikacja
protocols-ready = Wszystko jest gotowe do publikacji.
protocols-problems = { $count ->
    [one] Przed publikacją brakuje jeszcze jednej rzeczy:
    [few] Przed publikacją brakuje jeszcze { $count } rzeczy:
    [many] Przed publikacją brakuje jeszcze { $count } rzeczy:
   *[other] Przed publikacją brakuje jeszcze { $count } rzeczy:
}
protocols-publish = Opublikuj
protocols-publish-refused = Tego nie można jeszcze opublikować. Poniżej jest lista tego, czego brakuje.
protocols-diff-heading = Różnice w stosunku do wersji { $number }
protocols-diff-none = Ten projekt jest taki sam jak obowiązująca wersja.
protocols-diff-added = Nowe dane: { $fields }
protocols-diff-removed = Nie są już udostępniane: { $fields }
protocols-diff-texts = Tekst zmieniony w:
protocols-diff-review = Ta wersja wymaga więcej niż poprzednia. Zgoda wyrażona przez osoby nie obejmuje tego, co nowe: zostaną poproszone o ponowne sprawdzenie swojego wyboru.
protocols-draft-heading = Projekt
protocols-term-legal-basis = Podstawa prawna
protocols-term-purposes = Cele
protocols-purposes-hint = Do czego są wykorzystywane dane.
protocols-term-recipients = Kategorie odbiorców
protocols-recipients-hint = Kto może otrzymywać dane (art. 4).
protocols-term-fields = Dane (art. 3)
protocols-fields-hint = Proszę wybrać dane, które protokół udostępnia.
protocols-term-retention = Okres przechowywania
protocols-term-signed-on = Data podpisania
protocols-term-validity = Okres obowiązywania
protocols-term-notice-period = Okres wypowiedzenia
protocols-term-dpo-advice = Opinia inspektorów ochrony danych
protocols-retention-months = Okres przechowywania w miesiącach
protocols-retention-hint = Najwyżej 60 miesięcy (5 lat, art. 2).
protocols-notice-months = Okres wypowiedzenia w miesiącach
protocols-valid-from = Obowiązuje od
protocols-valid-from-hint = Nie wcześniej niż w dniu publikacji.
protocols-valid-until = Obowiązuje do (włącznie)
protocols-valid-until-hint = Proszę zostawić puste, jeśli wersja obowiązuje do jej zakończenia.
protocols-advice-discloser = Data opinii inspektora ochrony danych { -agency(form: "short-gen") }
protocols-advice-recipient = Data opinii inspektora ochrony danych władz lokalnych
protocols-texts-heading = Teksty w poszczególnych językach
protocols-texts-hint = Każdy język potrzebuje tekstu protokołu i informacji o zgodzie. Wiążący jest tekst w języku niderlandzkim.
protocols-text-title = Tytuł
protocols-text-body = Tekst protokołu
protocols-text-notice = Informacja o zgodzie
protocols-text-purposes = Cele w tym języku (jeśli puste: wyświetlane są cele w języku niderlandzkim, z oznaczeniem)
protocols-save = Zapisz projekt
protocols-notice-heading = Wypowiedzenie (art. 12)
protocols-notice-hint = { $months ->
    [one] Wersja obowiązuje jeszcze przez { $months } miesiąc. Potem nie udostępnia się żadnych danych. Każdy widzi datę zakończenia.
    [few] Wersja obowiązuje jeszcze przez { $months } miesiące. Potem nie udostępnia się żadnych danych. Każdy widzi datę zakończenia.
    [many] Wersja obowiązuje jeszcze przez { $months } miesięcy. Potem nie udostępnia się żadnych danych. Każdy widzi datę zakończenia.
   *[other] Wersja obowiązuje jeszcze przez { $months } miesiąca. Potem nie udostępnia się żadnych danych. Każdy widzi datę zakończenia.
}
protocols-end-reason = Powód
protocols-notice-submit = Wypowiedz
protocols-terminate-heading = Natychmiastowe zakończenie (art. 8)
protocols-terminate-hint = Tylko w przypadku poważnego naruszenia protokołu. Od dziś nie udostępnia się żadnych danych.
protocols-terminate-reason-hint = Pole obowiązkowe. Proszę opisać naruszenie.
protocols-terminate-submit = Zakończ natychmiast
protocols-missing-legal-basis = Brakuje podstawy prawnej.
protocols-missing-purposes = Brakuje celów.
protocols-missing-recipients = Brakuje kategorii odbiorców.
protocols-missing-fields = Nie wybrano żadnych danych.
protocols-missing-advice-discloser = Brakuje daty opinii inspektora ochrony danych { -agency(form: "short-gen") }.
protocols-missing-advice-recipient = Brakuje daty opinii inspektora ochrony danych władz lokalnych.
protocols-missing-text = Brakuje tytułu lub tekstu w języku: { $language }.
protocols-missing-notice = Brakuje informacji o zgodzie w języku: { $language }.
protocols-dates-signed-after-start = Podpisanie musi nastąpić przed pierwszym dniem obowiązywania.
protocols-dates-advice-after-signing = Opinia inspektorów ochrony danych musi zostać wydana przed podpisaniem.
protocols-dates-end-before-start = Ostatni dzień jest przed pierwszym dniem.
protocols-dates-start-in-past = Pierwszy dzień obowiązywania jest w przeszłości. Proszę wybrać dzisiejszą lub późniejszą datę.
protocols-retention-out-of-range = Okres przechowywania wynosi od 1 do 60 miesięcy.
protocols-notice-out-of-range = Okres wypowiedzenia wynosi od 0 do 24 miesięcy.
protocols-error-too-long = Ten tekst jest za długi.
protocols-error-day = Proszę podać datę w formacie RRRR-MM-DD.
protocols-error-not-a-draft = Ta wersja została opublikowana i nie można jej już zmienić. Proszę przygotować nową wersję.
protocols-error-slug = Proszę użyć od 3 do 60 małych liter, cyfr lub łączników.
protocols-error-slug-taken = Protokół o tej krótkiej nazwie już istnieje.
protocols-error-title-required = Proszę podać tytuł.
protocols-error-recipient = Proszę wybrać władze lokalne.
protocols-error-not-endable = Ta wersja już nie obowiązuje albo została już zakończona.
