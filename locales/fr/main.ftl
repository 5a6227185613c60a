# Noms partagés et cadre de chaque page.
-portal = Portail du consentement
-agency = Agence pour l’intégration et l’intégration civique

app-name = { -portal }
layout-skip-to-content = Aller au contenu
layout-language-nav = Langue
layout-footer-operator = { -portal } de l’{ -agency }
layout-footer-protocols = Protocoles publiés

not-found-title = Page introuvable
not-found-body = Cette page n’existe pas (ou plus). Vérifiez l’adresse.
not-found-home-link = Vers la page d’accueil

error-not-found = Nous n’avons pas trouvé ce que vous cherchiez.
error-forbidden = Vous n’avez pas accès à ces données.
error-unauthenticated = Veuillez d’abord vous connecter.
error-rate-limited = Trop de demandes. Réessayez dans un instant.
error-internal = Un problème est survenu chez nous. Réessayez plus tard.
error-bad-request = Cette demande est incomplète ou invalide.
error-reference = Référence pour le service d’assistance :
error-field-unknown = Cette donnée n’existe pas.
error-dutch-level = Choisissez un niveau : inférieur à A1, A1, A2, B1, B2, C1 ou C2.
error-mo-status = Choisissez un statut pour le cours d’orientation sociale.
error-language-unknown = Cette langue n’est pas prise en charge.

date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
