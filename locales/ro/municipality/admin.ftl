madmin-nav = Administrarea { -municipality(form: "singular-def-gen") }
madmin-nav-profiles = Profiluri de funcție
madmin-nav-staff = Personal
madmin-nav-partners = Organizații partenere
madmin-nav-processors = Persoane împuternicite de operator
madmin-nav-notices = Notificări privind alte transferuri
madmin-nav-erasure = Confirmați ștergerea
