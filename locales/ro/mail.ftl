## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Mesaj nou în { -portal }
mail-greeting = Bună ziua, { $name },
mail-new-message = Aveți un mesaj nou în { -portal }.
mail-read-it = Conectați-vă pentru a-l citi:
mail-invitation-subject = Invitația dumneavoastră pentru { -portal }
mail-invitation-intro = Acest link vă dă din nou acces la contul dumneavoastră. Funcționează o singură dată și expiră după scurt timp.
mail-invitation-code = Sau introduceți acest cod pe pagina de mai jos:
mail-invitation-not-you = Nu ați cerut acest lucru? Atunci nu folosiți linkul și contactați { -agency }.
mail-footer = Acest mesaj a fost trimis automat. Răspunsurile la această adresă nu sunt citite.
