## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Nuevo mensaje en el { -portal }
mail-greeting = Estimado/a { $name }:
mail-new-message = Tiene un nuevo mensaje en el { -portal }.
mail-read-it = Inicie sesión para leerlo:
mail-invitation-subject = Su invitación al { -portal }
mail-invitation-intro = Con este enlace vuelve a tener acceso a su cuenta. Solo funciona una vez y caduca al poco tiempo.
mail-invitation-code = O escriba este código en la página de abajo:
mail-invitation-not-you = ¿No lo ha pedido usted? Entonces no use el enlace y póngase en contacto con la { -agency }.
mail-footer = Este mensaje se ha enviado automáticamente. Las respuestas a esta dirección no se leen.
