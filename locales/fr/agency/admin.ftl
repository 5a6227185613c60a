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
admin-revoke = Révoquer
admin-revoked = Révoqué.
admin-issued-title = Créé
admin-issued-valid-until = Valable jusqu’au { $when }.
admin-issued-nothing = Il n’y a rien à afficher ici : ce que vous avez créé n’est affiché qu’une seule fois.
admin-back = Retour à la gestion des protocoles
admin-client-expires-days = Valable pendant (jours, vide = sans expiration)
admin-error-expiry = Indiquez un nombre de jours entre 1 et 3650, ou laissez le champ vide.

admin-assisted-consent-link = Enregistrer un consentement donné sur papier

admin-handover-legend = Si cette personne a déjà un compte (récupération)
admin-handover-hint = Une première invitation (pas encore de clé d’accès) vous est affichée ensuite, pour le guichet ou un courrier. Une invitation qui ouvre un compte existant ne vous est jamais affichée à vous seul.
admin-handover-delivered = Envoyer aux coordonnées du dossier (e-mail, sinon SMS, sinon courrier)
admin-handover-in-person = Remettre au guichet : un second gestionnaire de protocoles approuve d’abord
admin-four-eyes-hint = Un second gestionnaire de protocoles approuve d’abord ; ensuite vous le créez ici, une seule fois.
admin-request-submit = Demander l’approbation
admin-requests-heading = Demandes pour un second gestionnaire de protocoles
admin-requests-intro = N’approuvez que ce que vous pouvez vérifier vous-même. L’auteur d’une demande ne peut pas l’approuver.
admin-requests-empty = Il n’y a aucune demande.
admin-request-what = Quoi
admin-request-by = Demandé par
admin-request-action = Action
admin-approval-kind-staff-invitation = Invitation d’un membre du personnel
admin-approval-kind-api-client = Connexion API
admin-approval-kind-person-recovery = Récupération au guichet
admin-approval-client-days = { $days ->
    [one] valable 1 jour
   *[other] valable { $days } jours
}
admin-approval-client-no-expiry = sans échéance
admin-approval-status-pending = En attente d’approbation
admin-approval-status-approved = Approuvée
admin-approval-status-refused = Refusée
admin-approval-status-issued = Créée
admin-approval-status-lapsed = Expirée
admin-approval-decided-by = Décidé par { $name }
admin-approval-yours = Votre demande : un autre gestionnaire de protocoles décide.
admin-approve = Approuver
admin-refuse = Refuser
admin-issue-now = Créer maintenant
admin-approved-done = Approuvée. L’auteur de la demande peut maintenant la créer.
admin-refused-done = Refusée.
admin-delivered = { $channel ->
    [email] L’invitation de récupération part par e-mail à { $to }.
    [sms] L’invitation de récupération part par SMS au { $to }.
   *[letter] L’invitation de récupération part par courrier à { $to }.
}
admin-delivered-not-shown = Cette personne a déjà un compte. Le lien et le code vont uniquement à la personne ; vous ne les voyez pas.
admin-delivered-told = La personne est aussi prévenue dans le portail et sur chaque autre canal du dossier. Les invitations plus anciennes ont été révoquées.
admin-requested = La demande { $id } ({ $kind }) attend un second gestionnaire de protocoles.
admin-requested-next = Une fois approuvée, vous la créez sur la page de gestion des protocoles, sous les demandes. Elle est alors affichée une seule fois.
admin-error-no-such-request = Cette demande n’existe pas.
admin-error-no-such-party = Cette organisation n’existe pas.
admin-error-handover = Choisissez comment l’invitation parvient à la personne : envoyée ou au guichet.
admin-error-decision = Choisissez approuver ou refuser.
admin-error-approval-role = Seul un gestionnaire de protocoles de l’{ -agency(form: "short") } décide des demandes.
admin-error-approval-own = Vous ne pouvez pas approuver ou refuser votre propre demande : un autre gestionnaire de protocoles le fait.
admin-error-approval-decided = Cette demande a déjà été décidée, ou elle a expiré.
admin-error-approval-not-yours = Seul l’auteur de la demande la crée.
admin-error-approval-pending = Cette demande attend encore l’approbation d’un autre gestionnaire de protocoles.
admin-error-approval-issued = Cette demande a déjà été créée. Ce qui a été affiché alors ne l’est plus.
admin-error-approval-not-approved = Cette demande a été refusée ou a expiré. Faites une nouvelle demande si nécessaire.
admin-registers-link = Registres des { -municipality(form: "plural") }
staff-error-invitee-name-required = Indiquez le nom du membre du personnel.
staff-error-invitee-name-too-long = Le nom est trop long (200 caractères au maximum).
staff-error-invitee-contact = Indiquez une adresse e-mail ou un numéro de téléphone valable.
staff-error-disable-self = Vous ne pouvez pas vous désactiver vous-même.
admin-protocols-link = Rédiger et publier les protocoles, et y mettre fin
admin-client-agency-system = système de suivi des clients (sans profil de fonction)
admin-error-client-needs-profile = Une connexion sans profil de fonction est réservée au système de suivi des clients propre à l’{ -agency(form: "short") } ; la connexion d’une { -municipality } lit les données avec un profil de fonction.
