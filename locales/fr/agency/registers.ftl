registers-title = Registres des { -municipality(form: "plural") }
registers-intro = Par { -municipality } : les profils de fonction, les organisations partenaires, les sous-traitants et les notifications d’autres transmissions (articles 4 et 6 du protocole).
registers-profiles = Profils de fonction
registers-partners = Organisations partenaires
registers-processors = Sous-traitants
registers-notices = Notifications d’autres transmissions
registers-earlier-revisions = Versions antérieures des profils de fonction
