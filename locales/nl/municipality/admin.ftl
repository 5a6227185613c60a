madmin-nav = Beheer van de { -municipality }
madmin-nav-profiles = Functieprofielen
madmin-nav-staff = Medewerkers
madmin-nav-partners = Partnerorganisaties
madmin-nav-processors = Verwerkers
madmin-nav-notices = Meldingen van andere doorgiften
madmin-nav-erasure = Wissing bevestigen
