## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Supresión en los destinatarios
erasure-intro = Los datos que una administración local recibió hace más de cinco años deben haberse suprimido allí. La { -agency(form: "short") } pide a la administración que lo confirme. Aquí figura cada solicitud con su estado.
erasure-admin-intro = La { -agency(form: "short") } le pide que confirme que ha suprimido los datos de estas personas: usted los recibió hace más de cinco años. Primero suprímalos en sus propios sistemas y después confírmelo para cada persona.
erasure-none = No hay solicitudes de supresión.
erasure-municipality = Administración local
erasure-reference = Referencia
erasure-last-disclosed = Última recepción
erasure-requested = Solicitado el
erasure-due = Confirmar antes del
erasure-state = Estado
erasure-open = Abierta
erasure-overdue = Fuera de plazo
erasure-escalated = Fuera de plazo, comunicado a los DPD
erasure-attested = Supresión confirmada
erasure-attest = Confirmar la supresión
erasure-done = Se ha confirmado la supresión.
erasure-error-attested = Esta supresión ya se ha confirmado.
