field-given-name = Prénom
field-family-name = Nom de famille
field-address = Adresse
field-phone = Numéro de téléphone
field-email = Adresse e-mail
field-contact-language = Langue de contact
field-dutch-level = Niveau de néerlandais
field-mo-status = Cours d’orientation sociale

field-value-none = (inconnu)
dutch-level-below-a1 = Pas encore A1
mo-status-not-started = Pas encore commencé
mo-status-in-progress = En cours
mo-status-completed = Terminé
mo-status-exempt = Dispensé
