## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Nieuw bericht in het { -portal }
mail-greeting = Beste { $name },
mail-new-message = Er staat een nieuw bericht voor u klaar in het { -portal }.
mail-read-it = Meld u aan om het te lezen:
mail-invitation-subject = Uw uitnodiging voor het { -portal }
mail-invitation-intro = Met deze link krijgt u opnieuw toegang tot uw account. De link werkt één keer en vervalt na korte tijd.
mail-invitation-code = Of typ deze code op de pagina hieronder:
mail-invitation-not-you = Vroeg u dit niet aan? Gebruik de link dan niet en neem contact op met het { -agency }.
mail-footer = Dit bericht is automatisch verstuurd. Op dit adres kunt u niet antwoorden.
