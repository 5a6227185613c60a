error-not-found = Nous n’avons pas trouvé ce que vous cherchiez.
error-forbidden = Vous n’avez pas accès à ces données.
error-unauthenticated = Veuillez d’abord vous connecter.
error-rate-limited = Trop de demandes. Réessayez dans un instant.
error-internal = Un problème est survenu chez nous. Réessayez plus tard.
error-unavailable = Le portail ne peut pas accéder à ses données pour le moment. Rien n’a été enregistré ni modifié. Réessayez dans une minute.
error-too-large = Ce que vous avez envoyé est trop volumineux. Rien n’a été enregistré. Raccourcissez-le et réessayez.
error-headers-too-large = Votre navigateur a envoyé plus d’informations que le portail n’en accepte, souvent parce qu’il y a trop de cookies. Rien n’a été enregistré. Supprimez les cookies de ce site web dans votre navigateur et réessayez.
error-request-timeout = Ce que vous avez envoyé a mis trop de temps à arriver, peut-être à cause d’une connexion lente. Rien n’a été enregistré. Réessayez.
error-bad-request = Cette demande est incomplète ou invalide.
error-reference = Référence pour le service d’assistance :
error-field-unknown = Cette donnée n’existe pas.
error-dutch-level = Choisissez un niveau : inférieur à A1, A1, A2, B1, B2, C1 ou C2.
error-mo-status = Choisissez un statut pour le cours d’orientation sociale.
error-language-unknown = Cette langue n’est pas prise en charge.

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

error-refused-title = Non exécuté
error-cross-site = Ce formulaire venait d’un autre site web. Pour votre sécurité, nous ne l’avons pas exécuté. Ouvrez le portail lui-même et réessayez.
error-rate-limited-wait = { $seconds ->
    [one] Réessayez dans { $seconds } seconde.
   *[other] Réessayez dans { $seconds } secondes.
}
error-text-characters = Ce texte contient des caractères invisibles, par exemple à cause d’un copier-coller. Tapez le texte à nouveau.
error-title-not-found = Introuvable
error-title-forbidden = Non autorisé
error-title-unauthenticated = Non authentifié
error-title-invalid = Saisie non valable
error-title-refused = Refusé selon le protocole
error-title-rate-limited = Trop de requêtes
error-title-internal = Erreur interne
error-title-unavailable = Temporairement indisponible
error-title-too-large = Trop volumineux
error-title-request-timeout = Délai dépassé
error-token-unknown = Ce jeton d’API est inconnu. Vérifiez qu’il a été copié en entier.
error-token-revoked = Ce jeton d’API a été révoqué. Demandez-en un nouveau à l’{ -agency(form: "short") }.
error-token-expired = Ce jeton d’API a expiré. Demandez-en un nouveau à l’{ -agency(form: "short") }.
error-form-summary = Le formulaire n’a pas été envoyé : vérifiez le champ accompagné d’une explication.
