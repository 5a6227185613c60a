## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Nowa wiadomość w serwisie { -portal }
mail-greeting = Dzień dobry, { $name },
mail-new-message = W serwisie { -portal } jest dla Pana/Pani nowa wiadomość.
mail-read-it = Aby ją przeczytać, proszę się zalogować:
mail-invitation-subject = Zaproszenie do serwisu { -portal }
mail-invitation-intro = Ten link ponownie daje dostęp do Pana/Pani konta. Działa tylko raz i po krótkim czasie wygasa.
mail-invitation-code = Można też wpisać ten kod na stronie poniżej:
mail-invitation-not-you = To nie była Pana/Pani prośba? W takim razie proszę nie używać linku i skontaktować się z { -agency(form: "full-ins") }.
mail-footer = Ta wiadomość została wysłana automatycznie. Odpowiedzi na ten adres nie są czytane.
