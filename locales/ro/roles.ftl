role-agency-rectification-officer = Responsabil cu cererile de corectare
role-agency-protocol-admin = Administrator de protocoale
role-agency-dpo = Responsabil cu protecția datelor
role-municipality-admin = Administrator al profilurilor de funcție
role-municipality-staff = Angajat cu profil de funcție
role-municipality-dpo = Responsabil cu protecția datelor al autorității locale
