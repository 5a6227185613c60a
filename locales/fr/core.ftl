# Noms partagés.
-portal = Portail du consentement
-agency = Agence pour l’intégration et l’intégration civique

app-name = { -portal }
