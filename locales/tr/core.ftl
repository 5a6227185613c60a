# Shared names.
# -agency is the Turkish name of the Agentschap Integratie en Inburgering. Turkish adds case
# endings to nouns, so the messages use both terms in the nominative only (followed by a
# postposition such as "ile", "tarafından", "için"); never glue a suffix to a term.
# The Dutch name is given once in the footer (layout-footer-operator) and in a11y-intro.
-portal = Onay Portalı
-agency = Entegrasyon ve Uyum Ajansı

app-name = { -portal }
