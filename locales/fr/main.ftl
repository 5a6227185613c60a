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

layout-account-nav = Votre compte
layout-start-page = Accueil
layout-account = Compte et accès
layout-sign-in = Se connecter
layout-sign-out = Se déconnecter
layout-idle-warning = Vous n’avez rien fait depuis un moment. Dans 5 minutes, votre session sera fermée pour protéger vos données.
layout-idle-stay = Rester connecté

error-forbidden-title = Accès refusé
error-operation-unknown = Cette action n’existe pas.
error-role-unknown = Ce rôle n’existe pas.
error-party-kind-unknown = Ce type de partie n’existe pas.
error-field-category-unknown = Cette catégorie de données n’existe pas.
error-consent-action = Cette action de consentement n’existe pas.
error-consent-channel = Ce canal n’existe pas.
error-disclosure-channel = Ce canal n’existe pas.
error-termination-kind = Ce mode de résiliation n’existe pas.
error-version-status = Ce statut de version n’existe pas.
consent-error-no-change = Rien n’a été modifié.
consent-error-onward-without-sharing = Vous pouvez transmettre des données aux partenaires seulement si vous partagez aussi des données avec la commune.
consent-error-no-notice-in-language = L’explication de ce protocole n’existe pas encore dans cette langue.
protocol-error-dutch-text-required = Une version de protocole a toujours besoin d’un texte en néerlandais.

role-agency-rectification-officer = Responsable des demandes de correction
role-agency-protocol-admin = Gestionnaire des protocoles
role-agency-dpo = Délégué à la protection des données
role-municipality-admin = Gestionnaire des profils de fonction
role-municipality-staff = Membre du personnel avec un profil de fonction
