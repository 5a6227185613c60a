# Cadre de chaque page.
layout-skip-to-content = Aller au contenu
layout-language-nav = Langue
layout-footer-operator = { -portal } de l’{ -agency }
layout-footer-protocols = Protocoles publiés

not-found-title = Page introuvable
not-found-body = Cette page n’existe pas (ou plus). Vérifiez l’adresse.
not-found-home-link = Vers la page d’accueil

layout-account-nav = Votre compte
layout-start-page = Accueil
layout-account = Compte et accès
layout-sign-in = Se connecter
layout-sign-out = Se déconnecter
layout-idle-warning = Vous n’avez rien fait depuis un moment. Dans 5 minutes, votre session sera fermée pour protéger vos données.
layout-idle-stay = Rester connecté
layout-footer-accessibility = Déclaration d’accessibilité
layout-translation-unreviewed = Cette traduction n’a pas encore été vérifiée. Le texte néerlandais fait foi.
layout-translation-dutch-link = Lire cette page en néerlandais
layout-untranslated = Pas encore traduit. Voici le texte néerlandais.
