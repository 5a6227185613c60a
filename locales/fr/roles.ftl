role-agency-rectification-officer = Responsable des demandes de correction
role-agency-protocol-admin = Gestionnaire des protocoles
role-agency-dpo = Délégué à la protection des données
role-municipality-admin = Gestionnaire des profils de fonction
role-municipality-staff = Membre du personnel avec un profil de fonction
role-municipality-dpo = Délégué à la protection des données du pouvoir local
