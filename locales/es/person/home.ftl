person-home-title = Mi resumen
person-home-greeting = Hola, { $name }.
person-home-left-the-pilot = Su programa con la { -agency(form: "short") } terminó el { $date }. Su consentimiento ya no es válido: sus datos ya no se comparten con nadie. Lo que se compartió antes sigue en estas páginas.
person-home-pilots-heading = Proyectos que le afectan
person-home-consent-given = Usted ha dado su consentimiento.
person-home-no-consent = Usted no ha dado su consentimiento.

person-home-data-heading = Sus datos
person-home-my-data = Qué datos tiene la { -agency } sobre usted
person-home-disclosures = Quién ha recibido sus datos
person-home-corrections = Pedir que se corrija un dato
person-home-notifications = { $count ->
    [0] Mensajes
    [one] Mensajes ({ $count } nuevo)
   *[other] Mensajes ({ $count } nuevos)
}
