person-home-title = Mój przegląd
person-home-greeting = Dzień dobry, { $name }.
person-home-left-the-pilot = Pana/Pani program w { -agency(form: "short-loc") } zakończył się { $date }. Pana/Pani zgoda już nie obowiązuje: dane nie są już nikomu udostępniane. To, co udostępniono wcześniej, nadal widać na tych stronach.
person-home-pilots-heading = Projekty, które Pana/Pani dotyczą
person-home-consent-given = Zgoda została wyrażona.
person-home-no-consent = Zgoda nie została wyrażona.

person-home-data-heading = Pana/Pani dane
person-home-my-data = Jakie dane ma o Panu/Pani { -agency }
person-home-disclosures = Kto otrzymał Pana/Pani dane
person-home-corrections = Poproś o poprawienie informacji
person-home-notifications = { $count ->
    [0] Wiadomości
    [one] Wiadomości ({ $count } nowa)
    [few] Wiadomości ({ $count } nowe)
    [many] Wiadomości ({ $count } nowych)
   *[other] Wiadomości ({ $count } nowej)
}
