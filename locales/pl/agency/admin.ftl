admin-title = Zarządzanie protokołami
admin-invitations-heading = Zaproszenia
admin-invitation-for = Dla
admin-invitation-person = Osoba nowo przybyła
admin-created = Utworzono
admin-expires = Ważne do
admin-status = Status
admin-invitation-status-open = Otwarte
admin-invitation-status-redeemed = Wykorzystane
admin-invitation-status-revoked = Wycofane
admin-invitation-status-expired = Wygasłe
admin-clients-heading = Połączenia API
admin-client-name = Nazwa
admin-client-for = Organizacja i profil stanowiska
admin-client-active = Aktywne
admin-client-revoked = Wycofane

staff-error-role-not-for-party = Ta rola nie należy do tego rodzaju organizacji.
staff-error-separation-of-duties = Dane mogą odczytywać tylko pracownicy z profilem stanowiska; administratorzy nie mogą (rozdział obowiązków).
staff-error-profile-not-of-party = Ten profil stanowiska nie należy do Pana/Pani organizacji.
admin-error-client-name = Proszę nadać połączeniu nazwę o długości najwyżej 120 znaków.
admin-error-no-such-person = Nie ma osoby nowo przybyłej o tym numerze sprawy.
admin-working = Chwileczkę…
admin-issued-link = Link z zaproszeniem
admin-issued-code = Kod do wpisania
admin-issued-token = Token API
admin-shown-once = To jest pokazywane tylko raz. Proszę przekazać to teraz; nie przechowujemy tego.
admin-dossier-ref = Numer sprawy
admin-party = Organizacja
admin-role = Rola
admin-profile = Profil stanowiska
admin-no-profile = Brak (tylko dla pracowników z profilem stanowiska)
admin-invite-person-heading = Zaproś osobę nowo przybyłą
admin-invite-staff-heading = Zaproś pracownika
admin-invite-submit = Utwórz zaproszenie
admin-revoke = Wycofaj
admin-revoked = Wycofano.
admin-issued-title = Utworzono
admin-issued-valid-until = Ważne do { $when }.
admin-issued-nothing = Nie ma tu nic do pokazania: to, co zostało utworzone, jest pokazywane tylko raz.
admin-back = Powrót do administracji protokołami
admin-client-expires-days = Ważne przez (dni; puste = bez terminu ważności)
admin-error-expiry = Proszę podać liczbę dni od 1 do 3650 albo zostawić pole puste.

admin-assisted-consent-link = Zarejestruj zgodę wyrażoną na papierze

admin-handover-legend = Jeśli ta osoba ma już konto (odzyskanie konta)
admin-handover-hint = Pierwsze zaproszenie (gdy nie ma jeszcze klucza dostępu) zobaczy Pan/Pani w następnym kroku, do przekazania w punkcie obsługi albo listem. Zaproszenie, które otwiera istniejące konto, nigdy nie jest pokazywane tylko jednej osobie z personelu.
admin-handover-delivered = Dostarcz na zapisane dane kontaktowe (e-mail, a jeśli go nie ma – SMS, a jeśli go nie ma – list)
admin-handover-in-person = Przekaż w punkcie obsługi: najpierw zatwierdza to drugi administrator protokołów
admin-four-eyes-hint = Najpierw zatwierdza to drugi administrator protokołów; potem tworzy Pan/Pani to tutaj, jeden raz.
admin-request-submit = Poproś o zatwierdzenie
admin-requests-heading = Wnioski do drugiego administratora protokołów
admin-requests-intro = Proszę zatwierdzać tylko to, co można samodzielnie sprawdzić. Osoba, która złożyła wniosek, nie może go zatwierdzić.
admin-requests-empty = Nie ma żadnych wniosków.
admin-request-what = Co
admin-request-by = Wnioskodawca
admin-request-action = Działanie
admin-approval-kind-staff-invitation = Zaproszenie pracownika
admin-approval-kind-api-client = Klient API
admin-approval-kind-person-recovery = Odzyskanie konta w punkcie obsługi
admin-approval-client-days = { $days ->
    [one] ważny przez { $days } dzień
    [few] ważny przez { $days } dni
    [many] ważny przez { $days } dni
   *[other] ważny przez { $days } dnia
}
admin-approval-client-no-expiry = bez terminu ważności
admin-approval-status-pending = Czeka na zatwierdzenie
admin-approval-status-approved = Zatwierdzony
admin-approval-status-refused = Odrzucony
admin-approval-status-issued = Utworzony
admin-approval-status-lapsed = Wygasł
admin-approval-decided-by = Decyzję podjęła osoba: { $name }
admin-approval-yours = Pana/Pani wniosek: decyzję podejmuje inny administrator protokołów.
admin-approve = Zatwierdź
admin-refuse = Odrzuć
admin-issue-now = Utwórz teraz
admin-approved-done = Zatwierdzono. Wnioskodawca może to teraz utworzyć.
admin-refused-done = Odrzucono.
admin-delivered = { $channel ->
    [email] Zaproszenie do odzyskania konta zostanie wysłane e-mailem na adres { $to }.
    [sms] Zaproszenie do odzyskania konta zostanie wysłane SMS-em na numer { $to }.
   *[letter] Zaproszenie do odzyskania konta zostanie wysłane listem na adres { $to }.
}
admin-delivered-not-shown = Ta osoba ma już konto. Link i kod trafiają tylko do tej osoby; Pan/Pani ich nie widzi.
admin-delivered-told = Osoba dostaje też informację w portalu i przez każdy inny zapisany kanał kontaktu. Wcześniejsze zaproszenia zostały wycofane.
admin-requested = Wniosek { $id } ({ $kind }) czeka na drugiego administratora protokołów.
admin-requested-next = Po zatwierdzeniu tworzy to Pan/Pani na stronie administratora protokołów, w części z wnioskami. Zostanie to wtedy pokazane jeden raz.
admin-error-no-such-request = Ten wniosek nie istnieje.
admin-error-no-such-party = Ta organizacja nie istnieje.
admin-error-handover = Proszę wybrać, jak zaproszenie ma dotrzeć do osoby: dostarczone czy przekazane w punkcie obsługi.
admin-error-decision = Proszę wybrać: zatwierdzić czy odrzucić.
admin-error-approval-role = O wnioskach decyduje tylko administrator protokołów { -agency(form: "short-gen") }.
admin-error-approval-own = Nie można zatwierdzić ani odrzucić własnego wniosku: robi to inny administrator protokołów.
admin-error-approval-decided = Decyzja w sprawie tego wniosku została już podjęta albo wniosek wygasł.
admin-error-approval-not-yours = Tylko osoba, która złożyła wniosek, może to utworzyć.
admin-error-approval-pending = Ten wniosek wciąż czeka na zatwierdzenie przez innego administratora protokołów.
admin-error-approval-issued = To, o co wnioskowano, zostało już utworzone. Tego, co wtedy pokazano, nie pokazujemy ponownie.
admin-error-approval-not-approved = Ten wniosek został odrzucony albo wygasł. W razie potrzeby proszę złożyć nowy wniosek.
admin-registers-link = Rejestry { -municipality(form: "plural-gen") }
staff-error-invitee-name-required = Proszę podać imię i nazwisko pracownika.
staff-error-invitee-name-too-long = Imię i nazwisko jest za długie (najwyżej 200 znaków).
staff-error-invitee-contact = Proszę podać prawidłowy adres e-mail lub numer telefonu.
staff-error-disable-self = Nie można wyłączyć własnego konta.
admin-protocols-link = Przygotowywanie, publikowanie i kończenie protokołów
admin-client-agency-system = system monitorowania klientów (bez profilu stanowiska)
admin-error-client-needs-profile = Połączenie bez profilu stanowiska jest przeznaczone tylko dla własnego systemu monitorowania klientów { -agency(form: "short-gen") }; połączenie { -municipality(form: "singular-gen") } odczytuje dane z profilem stanowiska.
