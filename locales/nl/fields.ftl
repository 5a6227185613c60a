field-given-name = Voornaam
field-family-name = Familienaam
field-address = Adres
field-phone = Telefoonnummer
field-email = E-mailadres
field-contact-language = Contacttaal
field-dutch-level = Niveau Nederlands
field-mo-status = Cursus maatschappelijke oriëntatie

field-value-none = (niet gekend)
dutch-level-below-a1 = Nog geen A1
mo-status-not-started = Nog niet begonnen
mo-status-in-progress = Bezig
mo-status-completed = Afgerond
mo-status-exempt = Vrijgesteld
