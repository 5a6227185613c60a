# The frame of every page.
layout-skip-to-content = Przejdź do treści
layout-language-nav = Język
layout-footer-operator = { -portal } – { -agency }
layout-footer-protocols = Opublikowane protokoły

not-found-title = Nie znaleziono strony
not-found-body = Ta strona nie istnieje albo została usunięta. Proszę sprawdzić adres.
not-found-home-link = Przejdź do strony głównej

layout-account-nav = Pana/Pani konto
layout-start-page = Strona główna
layout-account = Konto i dostęp
layout-sign-in = Zaloguj się
layout-sign-out = Wyloguj się
layout-idle-warning = Od pewnego czasu nie było aktywności. Za 5 minut nastąpi wylogowanie, aby chronić Pana/Pani dane.
layout-idle-stay = Nie wylogowuj mnie
layout-footer-accessibility = Deklaracja dostępności
layout-translation-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone. Wiążący jest tekst w języku niderlandzkim.
layout-translation-dutch-link = Przeczytaj tę stronę po niderlandzku
layout-untranslated = Jeszcze nie przetłumaczono. To jest tekst w języku niderlandzkim.
