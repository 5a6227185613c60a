protocol-error-title = Protocolo
protocol-facts-heading = En resumen
protocol-discloser = Dado por
protocol-recipient = Recibido por
protocol-fields = Datos
protocol-retention = Cuánto tiempo se guardan los datos (plazo de conservación)
protocol-retention-years = { $years ->
    [one] como máximo { $years } año
   *[other] como máximo { $years } años
}
protocol-notice-period = Con cuánta antelación hay que avisar para ponerle fin (plazo de preaviso)
protocol-notice-months = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
protocol-signed-on = Firmado el
protocol-dpo-advice = Opinión de las personas que se ocupan de la privacidad (delegados de protección de datos)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Por qué está permitido (base jurídica)
protocol-versions-heading = Versiones
protocol-version-label = Versión { $number }
protocol-text-heading = Texto completo
protocol-translation-missing = Este texto no existe en su idioma. Está leyendo el texto en neerlandés.
protocol-filter-label = Buscar en el texto
protocol-filter-status = Se muestran { $shown } de { $total } partes
protocol-period-bounded = Del { $from } al { $until }, ambos incluidos
protocol-period-open = Desde el { $from }

protocol-state-draft = Borrador
protocol-state-scheduled = Todavía no en vigor
protocol-state-in-force = En vigor
protocol-state-terminated = Terminado
protocol-state-expired = Vencido

protocol-error-dutch-text-required = Una versión de protocolo siempre necesita un texto en neerlandés.
protocol-state-notice-given = Terminación notificada
protocol-ends-on = Se ha notificado la terminación de este protocolo. El último día es el { $day }.
