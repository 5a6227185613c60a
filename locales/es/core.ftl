# Shared names.
-portal = Portal del Consentimiento
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] Agencia de Integración e Integración Cívica (Agentschap Integratie en Inburgering)
    [short] Agencia
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] municipio
    [plural] municipios
    [title] Municipio
}

app-name = { -portal }
