## Courriel de la file d’envoi : seulement qu’il y a un message, jamais son contenu (la messagerie le montre).

mail-subject = Nouveau message dans le { -portal }
mail-greeting = Bonjour { $name },
mail-new-message = Un nouveau message vous attend dans le { -portal }.
mail-read-it = Connectez-vous pour le lire :
mail-invitation-subject = Votre invitation au { -portal }
mail-invitation-intro = Ce lien vous permet de retrouver l’accès à votre compte. Il ne fonctionne qu’une fois et expire après peu de temps.
mail-invitation-code = Ou saisissez ce code sur la page ci-dessous :
mail-invitation-not-you = Vous n’avez rien demandé ? N’utilisez pas ce lien et contactez l’{ -agency }.
mail-footer = Ce message a été envoyé automatiquement. Il n’est pas possible d’y répondre.
