## The inbox.

inbox-title = Mensajes
inbox-empty = No tiene mensajes.
inbox-new = Nuevo
inbox-unread = { $count ->
    [0] No hay mensajes nuevos.
    [one] { $count } mensaje nuevo.
   *[other] { $count } mensajes nuevos.
}
inbox-mark-read = Marcar todo como leído
inbox-marked-read = Todos los mensajes se han marcado como leídos.
notification-unknown = Un mensaje del portal.
notification-consent-give = Usted ha dado su consentimiento para compartir datos con { $recipient }.
notification-consent-change = Usted ha cambiado su consentimiento para { $recipient }.
notification-consent-withdraw = Usted ha retirado su consentimiento para { $recipient }. Ya no se comparte nada.
notification-correction-filed = Hemos recibido su solicitud para corregir { $field }. Recibirá una respuesta a más tardar el { $due }.
notification-correction-accepted = Su solicitud para corregir { $field } ha sido aceptada.
notification-correction-rejected = Su solicitud para corregir { $field } ha sido rechazada. Puede ver el motivo en sus solicitudes.
notification-correction-recipient-told = Se ha corregido un dato que usted recibió: { $field }.
notification-correction-acknowledged = La { -agency(form: "short") } está tramitando su solicitud para corregir { $field }.
notification-correction-information-requested = La { -agency(form: "short") } tiene una pregunta sobre su solicitud para corregir { $field }. Responda en la página de su solicitud.
notification-correction-extended = El plazo de su solicitud para corregir { $field } se ha ampliado hasta el { $due }. En la página de su solicitud puede leer por qué.
notification-correction-due-soon = Hay que decidir sobre una solicitud de corrección ({ $field }) a más tardar el { $due }.
notification-protocol-ending = Se ha notificado la terminación del protocolo con { $recipient }. El último día es el { $until }. Después, sus datos ya no se compartirán.
notification-protocol-ended = El protocolo con { $recipient } ya no está en vigor. Sus datos ya no se comparten. Su historial se conserva.
notification-consent-carried-over = Hay una nueva versión del protocolo con { $recipient }. No pide más que la anterior: su elección sigue siendo válida.
notification-consent-review-asked = Hay una nueva versión del protocolo con { $recipient }. Pide más que la anterior. Revise su elección: su consentimiento todavía no cubre lo nuevo.
notification-breach-notice = El { $detected }, { $recipient } detectó un problema de seguridad. Puede afectar a estos datos suyos: { $fields }. Se han tomado medidas. ¿Tiene preguntas? Póngase en contacto con la persona que se ocupa de la privacidad en la { -agency(form: "short") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] La { -agency(form: "short") } le pide que confirme la supresión de los datos de { $count } persona.
   *[other] La { -agency(form: "short") } le pide que confirme la supresión de los datos de { $count } personas.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } no ha confirmado a tiempo { $count } supresión.
   *[other] { $municipality } no ha confirmado a tiempo { $count } supresiones.
}
