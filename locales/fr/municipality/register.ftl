register-title = Registre des profils de fonction
register-intro = Quelles fonctions peuvent voir quelles données, et pourquoi (article 4 du protocole).
register-add = Ajouter un profil de fonction
register-created = Le profil de fonction a été ajouté.
register-changed = Le registre a été mis à jour.
register-revised = La modification a été enregistrée comme nouvelle version. Les titulaires de ce profil lisent désormais selon cette version.
register-deactivated = Le profil de fonction a été désactivé : ses titulaires ne lisent plus aucune donnée.
register-reactivated = Le profil de fonction a été réactivé.
register-inactive = désactivé
register-revision = Version { $number } du { $date }
register-holders = { $count ->
    [0] Personne n’a ce profil.
    [one] { $count } membre du personnel ou système a ce profil.
   *[other] { $count } membres du personnel et systèmes ont ce profil.
}
register-new-title = Nouveau profil de fonction
register-new-intro = Un profil de fonction indique quelles données une fonction peut voir et pourquoi. Choisissez uniquement ce dont cette fonction a vraiment besoin.
register-profile-title = Profil de fonction
register-name = Nom de la fonction
register-purpose = Finalité
register-purpose-hint = À quoi cette fonction utilise-t-elle les données ? La personne voit cette finalité à chaque lecture.
register-fields = Données
register-fields-hint = Uniquement des données de la liste de l’article 3 du protocole.
register-create = Ajouter le profil
register-save = Enregistrer la modification
register-change-heading = Modifier
register-change-hint = Une modification crée une nouvelle version. Les lectures antérieures restent liées à la version sous laquelle elles ont eu lieu.
register-state-active = Activé
register-state-inactive = Désactivé
register-deactivate = Désactiver
register-deactivate-hint = Les titulaires de ce profil ne peuvent alors plus lire aucune donnée.
register-reactivate = Réactiver
register-reactivate-hint = Les titulaires de ce profil peuvent alors de nouveau lire ce que le profil permet.
register-history-heading = Toutes les versions
register-history-revision = Version
register-history-valid = Valable
register-current = maintenant
register-back = Retour au registre
profile-error-name-required = Donnez un nom à la fonction.
profile-error-name-too-long = Le nom est trop long (120 caractères au maximum).
profile-error-name-taken = Il existe déjà un profil de fonction portant ce nom.
profile-error-purpose-required = Décrivez la finalité.
profile-error-purpose-too-long = La finalité est trop longue (300 caractères au maximum).
profile-error-fields-required = Choisissez au moins une donnée.
profile-error-field-unknown = Cette donnée ne figure pas dans la liste du protocole.
