## Who received my data.

disclosures-title = ¿Quién ha recibido mis datos?
disclosures-intro = Cada vez que un { -municipality } o un socio pide sus datos, queda registrado aquí.
disclosures-overview-heading = Resumen por destinatario
disclosures-none = Todavía nadie ha recibido sus datos.
disclosures-partner-of = { $partner } (socio de { $municipality })
disclosures-field = Dato
disclosures-count = Cuántas veces
disclosures-last = Última vez
disclosures-times = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
disclosures-timeline-heading = Todas las veces, de la más reciente a la más antigua
disclosures-filter-party = Destinatario
disclosures-filter-field = Dato
disclosures-filter-all = Todos
disclosures-filter-from = Desde
disclosures-filter-to = Hasta (incluido)
disclosures-filter-apply = Mostrar
disclosures-found = { $count ->
    [0] No se ha encontrado nada.
    [one] Se ha encontrado { $count } resultado.
   *[other] Se han encontrado { $count } resultados.
}
disclosures-fields = Datos: { $fields }
disclosures-channel-ui = Consultado por un empleado
disclosures-channel-api = Pedido por un sistema informático
disclosures-channel-onward = Transmitido a un socio
disclosures-channel-export = En una exportación
disclosures-purpose = Finalidad:
disclosures-consent = Basado en su consentimiento del { $when }: { $scopes }.
disclosures-previous = Anterior
disclosures-next = Siguiente
disclosures-pages = Páginas
disclosures-page-of = Página { $page } de { $pages }
disclosures-error-date = Escriba la fecha así: aaaa-mm-dd, por ejemplo 2026-03-01.
disclosures-error-period = La fecha de inicio debe ser anterior a la fecha de fin.
