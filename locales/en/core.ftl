# Shared names.
-portal = Consent Portal
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] Agency for Integration and Civic Integration
    [short] Agency
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] municipality
    [plural] municipalities
    [title] Municipality
}

app-name = { -portal }
