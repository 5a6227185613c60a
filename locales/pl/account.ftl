account-title = Konto i dostęp
account-passkeys-heading = Pana/Pani klucze dostępu
account-passkey-added = Dodano { $when }
account-passkey-last-used = ostatnio użyto { $when }
account-passkey-never-used = jeszcze nie był używany
account-passkey-remove = Usuń
account-passkey-remove-label = Usuń klucz dostępu { $name }
account-passkey-removed = Klucz dostępu został usunięty.
account-passkey-last-one = To jest jedyny klucz dostępu do konta. Zanim go Pan/Pani usunie, proszę najpierw dodać inny.
account-passkey-add-heading = Dodaj klucz dostępu
account-passkey-add-button = Potwierdź i dodaj
account-sessions-heading = Gdzie konto jest zalogowane
account-session-since = Zalogowano { $when }
account-session-current = To urządzenie
account-session-end = Wyloguj na tym urządzeniu
account-session-ended = Wylogowano z tamtego urządzenia.
account-session-unknown-device = Nieznane urządzenie

notification-passkey-added = Do Pana/Pani konta dodano klucz dostępu: { $name }.
notification-passkey-removed = Z Pana/Pani konta usunięto klucz dostępu: { $name }.
account-notices-heading = Zmiany na koncie
account-recovered = Użyto zaproszenia do odzyskania konta. Poniżej są wszystkie klucze dostępu do Pana/Pani konta. Nie zna Pan/Pani jakiegoś klucza? Proszę go usunąć. Proszę też wylogować się na urządzeniach, których Pan/Pani nie zna.
notification-recovery-issued = { $via ->
    [email] Zaproszenie do odzyskania Pana/Pani konta zostało wysłane e-mailem.
    [sms] Zaproszenie do odzyskania Pana/Pani konta zostało wysłane SMS-em.
    [letter] Zaproszenie do odzyskania Pana/Pani konta zostało wysłane listem.
   *[in_person] Zaproszenie do odzyskania Pana/Pani konta zostało przekazane w punkcie obsługi.
} To nie była Pana/Pani prośba? Proszę od razu skontaktować się z { -agency(form: "short-ins") }.
