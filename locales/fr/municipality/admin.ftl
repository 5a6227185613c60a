madmin-nav = Gestion de la { -municipality }
madmin-nav-profiles = Profils de fonction
madmin-nav-staff = Membres du personnel
madmin-nav-partners = Organisations partenaires
madmin-nav-processors = Sous-traitants
madmin-nav-notices = Notifications d’autres transmissions
madmin-nav-erasure = Confirmer l’effacement
