field-given-name = Prenume
field-family-name = Nume de familie
field-address = Adresă
field-phone = Număr de telefon
field-email = Adresă de e-mail
field-contact-language = Limba de contact
field-dutch-level = Nivelul de neerlandeză
field-mo-status = Cursul de orientare socială

field-value-none = (necunoscut)
dutch-level-below-a1 = Încă nu A1
mo-status-not-started = Neînceput încă
mo-status-in-progress = În curs
mo-status-completed = Finalizat
mo-status-exempt = Scutit(ă)
