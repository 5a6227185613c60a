# Noms partagés.
-portal = Portail du consentement
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] Agence pour l’intégration et l’intégration civique
    [short] Agence
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] commune
    [plural] communes
    [title] Commune
}

app-name = { -portal }
