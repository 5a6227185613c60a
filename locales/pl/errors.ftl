error-not-found = Nie udało się znaleźć tego, czego Pan/Pani szuka.
error-forbidden = Nie ma Pan/Pani dostępu do tych informacji.
error-unauthenticated = Proszę się najpierw zalogować.
error-rate-limited = Zbyt wiele żądań. Proszę spróbować ponownie za chwilę.
error-internal = Coś poszło nie tak po naszej stronie. Proszę spróbować ponownie później.
error-unavailable = Portal nie ma teraz dostępu do swoich danych. Nic nie zostało zapisane ani zmienione. Proszę spróbować ponownie za minutę.
error-too-large = To, co zostało wysłane, jest zbyt duże. Nic nie zostało zapisane. Proszę to skrócić i spróbować ponownie.
error-headers-too-large = Przeglądarka wysłała więcej danych, niż przyjmuje portal, często z powodu zbyt wielu plików cookie. Nic nie zostało zapisane. Proszę usunąć pliki cookie tej strony internetowej w przeglądarce i spróbować ponownie.
error-request-timeout = Dotarcie tego, co zostało wysłane, trwało zbyt długo, być może z powodu wolnego połączenia. Nic nie zostało zapisane. Proszę spróbować ponownie.
error-bad-request = To żądanie jest niepełne lub nieprawidłowe.
error-reference = Numer referencyjny dla pomocy technicznej:
error-field-unknown = To pole nie istnieje.
error-dutch-level = Proszę wybrać poziom: poniżej A1, A1, A2, B1, B2, C1 lub C2.
error-mo-status = Proszę wybrać status kursu orientacji społecznej.
error-language-unknown = Ten język nie jest obsługiwany.

error-forbidden-title = Brak dostępu
error-operation-unknown = To działanie nie istnieje.
error-role-unknown = Ta rola nie istnieje.
error-party-kind-unknown = Ten rodzaj podmiotu nie istnieje.
error-field-category-unknown = Ta kategoria danych nie istnieje.
error-consent-action = To działanie dotyczące zgody nie istnieje.
error-consent-channel = Ten kanał nie istnieje.
error-disclosure-channel = Ten kanał nie istnieje.
error-termination-kind = Ten sposób zakończenia nie istnieje.
error-version-status = Ten status wersji nie istnieje.

error-refused-title = Nie wykonano
error-cross-site = Ten formularz pochodzi z innej strony internetowej. Dla Pana/Pani bezpieczeństwa nie został wykonany. Proszę otworzyć sam portal i spróbować ponownie.
error-rate-limited-wait = { $seconds ->
    [one] Proszę spróbować ponownie za { $seconds } sekundę.
    [few] Proszę spróbować ponownie za { $seconds } sekundy.
    [many] Proszę spróbować ponownie za { $seconds } sekund.
   *[other] Proszę spróbować ponownie za { $seconds } sekundy.
}
error-text-characters = W tym tekście są niewidoczne znaki, na przykład po skopiowaniu i wklejeniu. Proszę wpisać tekst jeszcze raz.
error-title-not-found = Nie znaleziono
error-title-forbidden = Niedozwolone
error-title-unauthenticated = Brak uwierzytelnienia
error-title-invalid = Nieprawidłowe dane
error-title-refused = Odmowa na podstawie protokołu
error-title-rate-limited = Zbyt wiele żądań
error-title-internal = Błąd wewnętrzny
error-title-unavailable = Tymczasowo niedostępne
error-title-too-large = Zbyt duże
error-title-request-timeout = Trwało zbyt długo
error-token-unknown = Ten token API jest nieznany. Proszę sprawdzić, czy został skopiowany w całości.
error-token-revoked = Ten token API został wycofany. Proszę poprosić { -agency(form: "short-acc") } o nowy.
error-token-expired = Ten token API wygasł. Proszę poprosić { -agency(form: "short-acc") } o nowy.
error-form-summary = Formularz nie został wysłany: proszę sprawdzić pole z wyjaśnieniem.
