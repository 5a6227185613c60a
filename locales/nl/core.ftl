# Shared names.
-portal = Toestemmingsportaal
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] Agentschap Integratie en Inburgering
    [short] Agentschap
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] gemeente
    [plural] gemeenten
    [title] Gemeente
}

app-name = { -portal }
