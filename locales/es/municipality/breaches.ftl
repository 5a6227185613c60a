breach-title = Brechas de datos
breach-intro = El { -municipality } notifica a la { -agency(form: "short") } inmediatamente una brecha de datos que afecte a datos del protocolo, a más tardar 48 horas después de detectarla (artículo 6).
breach-new = Notificar una brecha de datos
breach-new-title = Notificar una brecha de datos
breach-rule = Notifique en un plazo de { $hours } horas desde que se detectó la brecha. Una notificación posterior se marca como tardía.
breach-detected-at = Detectada el
breach-detected-at-hint = Fecha y hora, hora belga.
breach-description = ¿Qué ha pasado?
breach-categories = Datos afectados
breach-categories-hint = ¿Qué tipos de datos están afectados?
breach-persons = Personas afectadas
breach-persons-hint = Elija las personas del proyecto piloto que están afectadas, si las conoce.
breach-measures = Medidas tomadas
breach-submit = Enviar la notificación
breach-reported = La notificación se ha enviado a la { -agency(form: "short") }.
breach-clock-deadline = Notificar a la { -agency(form: "short") } antes del
breach-clock-left = Tiempo restante
breach-clock-hours = h
breach-clock-minutes = min
breach-clock-overdue = El plazo de 48 horas ha pasado: notifíquela de todos modos enseguida.
breach-deadline = Plazo de notificación
breach-reported-at = Notificada el
breach-late = tardía
breach-in-time = a tiempo
breach-by-system = el sistema del { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = Seguimiento por la { -agency(form: "short") }
breach-step-acknowledged = Confirmada por el DPD de la { -agency(form: "short") }
breach-step-persons-notified = Personas afectadas informadas
breach-persons-told = { $count ->
    [one] { $count } persona informada
   *[other] { $count } personas informadas
}
breach-acknowledge = Confirmar la notificación
breach-notify = { $count ->
    [one] Informar a la persona afectada
   *[other] Informar a las { $count } personas afectadas
}
breach-notify-hint = Hágalo si es probable que el incidente suponga un alto riesgo para los derechos de las personas (RGPD, art. 34). Cada persona recibe un mensaje en su propio idioma, sin la descripción de quien notificó.
