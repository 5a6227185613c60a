## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = New message in the { -portal }
mail-greeting = Dear { $name },
mail-new-message = There is a new message for you in the { -portal }.
mail-read-it = Sign in to read it:
mail-invitation-subject = Your invitation to the { -portal }
mail-invitation-intro = This link gives you access to your account again. It works only once and expires after a short time.
mail-invitation-code = Or type this code on the page below:
mail-invitation-not-you = Did you not ask for this? Then do not use the link, and contact the { -agency }.
mail-footer = This message was sent automatically. Replies to this address are not read.
