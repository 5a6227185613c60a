## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Deklaracja dostępności
a11y-intro = { -agency } chce, aby każdy mógł korzystać z tego portalu. Także z czytnikiem ekranu, tylko za pomocą klawiatury albo z dużymi literami. Wymaga tego dekret władz flamandzkich z 7 grudnia 2018 r.
a11y-status-heading = Na ile portal jest dostępny?
a11y-status = Portal częściowo spełnia zasady dostępności stron internetowych (WCAG 2.1, poziom AA). Poniżej opisujemy, co nie jest jeszcze dostępne.
a11y-limits-heading = Co nie jest jeszcze dostępne
a11y-limit-languages = Teksty, które { -municipality } pisze sama, na przykład cel profilu stanowiska, są czasem tylko w języku niderlandzkim. Wtedy jest to zaznaczone na stronie.
a11y-limit-translations = Tłumaczenia nie zostały jeszcze sprawdzone przez tłumacza. Wiążący jest tekst w języku niderlandzkim.
a11y-limit-passkeys = Logowanie odbywa się za pomocą klucza dostępu. Nie każde starsze urządzenie ani nie każda starsza przeglądarka to potrafi. Jeśli to nie działa, pomoże Panu/Pani { -agency }.
a11y-limit-documents = Pełny tekst protokołu to tekst prawny. Na górze każdej strony z protokołem jest krótkie streszczenie.
a11y-method-heading = Jak to sprawdziliśmy
a11y-method = Napisaliśmy tę deklarację { $day }, po własnym sprawdzeniu. Przy każdej zmianie automatycznie testujemy każdą stronę (narzędziem axe-core, według WCAG 2.1 A i AA). Testujemy na ekranie wielkości telefonu.
a11y-contact-heading = Zgłoszenie problemu
a11y-contact = Czy jest w tym portalu coś, z czego nie może Pan/Pani skorzystać? Prosimy nam o tym powiedzieć. Odpowiadamy w ciągu pięciu dni roboczych, a w tym czasie pomagamy w inny sposób.
a11y-complaint-heading = Odpowiedź nie jest zadowalająca?
a11y-complaint = Wtedy można złożyć skargę do Flamandzkiego Rzecznika Praw Obywatelskich (Vlaamse Ombudsdienst).
