person-home-title = Mon aperçu
person-home-greeting = Bonjour { $name }.
person-home-pilots-heading = Projets qui vous concernent
person-home-consent-given = Vous avez donné votre consentement.
person-home-no-consent = Vous n’avez pas donné votre consentement.

queue-title = Demandes de correction
queue-empty = Il n’y a pas de demande ouverte.
queue-field = Donnée
queue-received = Reçue le
queue-due = Au plus tard le
queue-status = Statut

admin-title = Gestion des protocoles
admin-invitations-heading = Invitations
admin-invitation-for = Pour
admin-invitation-person = Primo-arrivant
admin-created = Créée le
admin-expires = Valable jusqu’au
admin-status = Statut
admin-invitation-status-open = Ouverte
admin-invitation-status-redeemed = Utilisée
admin-invitation-status-revoked = Annulée
admin-invitation-status-expired = Expirée
admin-clients-heading = Connexions API
admin-client-name = Nom
admin-client-for = Partie et profil de fonction
admin-client-active = Active
admin-client-revoked = Annulée

dpo-title = Protection des données
dpo-audit-heading = Journal d’audit
dpo-chain-ok = La chaîne d’audit est intacte ({ $length } entrées).
dpo-chain-broken = La chaîne d’audit est endommagée à partir de l’entrée { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } point de contrôle signé ; dernier :
   *[other] { $count } points de contrôle signés ; dernier :
}
dpo-no-checkpoint = aucun pour l’instant

register-title = Registre des profils de fonction
register-intro = Quelles fonctions peuvent voir quelles données, et pourquoi (article 4 du protocole).

staff-home-title = Primo-arrivants dans le projet pilote
staff-home-count = { $count ->
    [one] { $count } personne a donné son consentement.
   *[other] { $count } personnes ont donné leur consentement.
}
staff-home-profile-heading = Votre profil de fonction

staff-error-role-not-for-party = Ce rôle ne correspond pas à ce type d’organisation.
staff-error-separation-of-duties = Seuls les membres du personnel qui ont un profil de fonction peuvent lire des données ; les administrateurs ne le peuvent pas (séparation des tâches).
staff-error-profile-not-of-party = Ce profil de fonction n’appartient pas à votre organisation.
admin-error-client-name = Donnez à la connexion un nom de 120 caractères au maximum.
admin-error-no-such-person = Il n’y a pas de primo-arrivant avec ce numéro de dossier.
admin-working = Un instant…
admin-issued-link = Lien d’invitation
admin-issued-code = Code à saisir
admin-issued-token = Jeton d’API
admin-shown-once = Ceci n’est affiché qu’une seule fois. Transmettez-le maintenant ; nous ne le conservons pas.
admin-dossier-ref = Numéro de dossier
admin-party = Organisation
admin-role = Rôle
admin-profile = Profil de fonction
admin-no-profile = Aucun (seulement pour le personnel avec un profil de fonction)
admin-invite-person-heading = Inviter un primo-arrivant
admin-invite-staff-heading = Inviter un membre du personnel
admin-invite-submit = Créer l’invitation
admin-client-create = Créer la connexion
admin-revoke = Révoquer
admin-revoked = Révoqué.
admin-issued-title = Créé
admin-issued-valid-until = Valable jusqu’au { $when }.
admin-issued-nothing = Il n’y a rien à afficher ici : ce que vous avez créé n’est affiché qu’une seule fois.
admin-back = Retour à la gestion des protocoles
admin-client-expires-days = Valable pendant (jours, vide = sans expiration)
admin-error-expiry = Indiquez un nombre de jours entre 1 et 3650, ou laissez le champ vide.
