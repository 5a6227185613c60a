account-title = Compte et accès
account-passkeys-heading = Vos clés d’accès
account-passkey-added = Ajoutée le { $when }
account-passkey-last-used = dernière utilisation le { $when }
account-passkey-never-used = pas encore utilisée
account-passkey-remove = Supprimer
account-passkey-remove-label = Supprimer la clé d’accès { $name }
account-passkey-removed = La clé d’accès a été supprimée.
account-passkey-last-one = C’est votre seule clé d’accès. Ajoutez d’abord une autre clé avant de supprimer celle-ci.
account-passkey-add-heading = Ajouter une clé d’accès
account-passkey-add-button = Confirmer et ajouter
account-sessions-heading = Où votre compte est connecté
account-session-since = Connexion le { $when }
account-session-current = Cet appareil
account-session-end = Se déconnecter sur cet appareil
account-session-ended = Cet appareil n’est plus connecté à votre compte.
account-session-unknown-device = Appareil inconnu

notification-passkey-added = Une clé d’accès a été ajoutée à votre compte : { $name }.
notification-passkey-removed = Une clé d’accès a été supprimée de votre compte : { $name }.
account-notices-heading = Modifications de votre compte
account-recovered = Vous avez utilisé une invitation de récupération. Ci-dessous, vous voyez toutes les clés d’accès de votre compte. Vous ne reconnaissez pas une clé ? Alors supprimez-la. Déconnectez-vous aussi sur les appareils que vous ne reconnaissez pas.
notification-recovery-issued = { $via ->
    [email] Une invitation de récupération pour votre compte a été envoyée par e-mail.
    [sms] Une invitation de récupération pour votre compte a été envoyée par SMS.
    [letter] Une invitation de récupération pour votre compte a été envoyée par courrier.
   *[in_person] Une invitation de récupération pour votre compte a été remise au guichet.
} Vous ne l’avez pas demandée ? Contactez immédiatement l’{ -agency(form: "short") }.
