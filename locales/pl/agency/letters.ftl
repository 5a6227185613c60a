## Listy z zaproszeniem, wiele naraz: formularz administratora protokołów, komunikat na ekranie
## i sam list (w języku kontaktowym osoby, a potem po niderlandzku).

letters-form-heading = Listy z zaproszeniem
letters-form-intro = Proszę wydrukować list dla każdej osoby, w jej własnym języku i po niderlandzku, z kodem QR i kodem do wpisania. Każdy list to nowe zaproszenie: starsze przestają działać.
letters-form-not-yet-invited = Wszystkie osoby, które nie dostały jeszcze zaproszenia (na przykład dopiero zaimportowane)
letters-form-dossiers = Albo te numery spraw
letters-form-dossiers-hint = Jeden w wierszu. Najwyżej 500.
letters-form-submit = Utwórz listy
letters-error-none = Nie ma do kogo pisać: nikt nie czeka na zaproszenie albo lista jest pusta.
letters-error-too-many = To ponad 500 listów. Proszę je utworzyć w mniejszych grupach.
letters-error-unknown-dossier = Jeden z tych numerów spraw nie jest znany w serwisie { -portal }. Proszę sprawdzić listę.
letters-error-left-the-pilot = Jedna z tych osób opuściła projekt pilotażowy (jej program się zakończył). Nie dostanie zaproszenia.
letters-document-title = Listy z zaproszeniem
letters-screen-note = { $count ->
    [one] { $count } list, jedna strona na list. Proszę drukować na A4 z przeglądarki. Te zaproszenia zostały właśnie utworzone: jeśli ponownie utworzy się listy dla tych samych osób, te przestaną działać.
    [few] { $count } listy, jedna strona na list. Proszę drukować na A4 z przeglądarki. Te zaproszenia zostały właśnie utworzone: jeśli ponownie utworzy się listy dla tych samych osób, te przestaną działać.
    [many] { $count } listów, jedna strona na list. Proszę drukować na A4 z przeglądarki. Te zaproszenia zostały właśnie utworzone: jeśli ponownie utworzy się listy dla tych samych osób, te przestaną działać.
   *[other] { $count } listu, jedna strona na list. Proszę drukować na A4 z przeglądarki. Te zaproszenia zostały właśnie utworzone: jeśli ponownie utworzy się listy dla tych samych osób, te przestaną działać.
}
letters-delivered-instead = Te osoby mają już konto. Nie dostaną listu z tego wydruku: ich zaproszenie do odzyskania dostępu zostanie wysłane na ich własne dane kontaktowe.
letters-heading = Zaproszenie do serwisu { -portal }
letters-recovery-heading = Nowy dostęp do Pana/Pani konta w serwisie { -portal }
letters-greeting = Dzień dobry, { $name },
letters-what = W serwisie { -portal } decyduje Pan/Pani, które dane { -agency(form: "short") } może udostępnić Pana/Pani { -municipality(form: "singular-dat") }. Widzi Pan/Pani, kto otrzymał te dane, i może poprosić o ich poprawienie.
letters-protocols = Ten list dotyczy:
letters-recovery-warning = Ma Pan/Pani już konto. Dzięki temu listowi można zalogować się ponownie, jeśli nie ma już Pan/Pani klucza dostępu (na przykład po zmianie telefonu). To nie była Pana/Pani prośba? Proszę się z nami skontaktować. Proszę nie pokazywać tego listu innym osobom.
letters-qr-label = Kod QR Pana/Pani zaproszenia
letters-how-scan = Proszę zeskanować kod QR aparatem w telefonie.
letters-how-type = Albo proszę wejść na ten adres i wpisać kod:
letters-code = Kod
letters-valid-until = Z tego zaproszenia można skorzystać jeden raz, do { $date }.
letters-help = Potrzebuje Pan/Pani pomocy? Proszę przynieść ten list na spotkanie ze swoim doradcą w { -agency(form: "short-loc") }.
letters-dossier = Pana/Pani numer sprawy
