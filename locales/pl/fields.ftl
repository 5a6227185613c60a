field-given-name = Imię
field-family-name = Nazwisko
field-address = Adres
field-phone = Numer telefonu
field-email = Adres e-mail
field-contact-language = Język kontaktu
field-dutch-level = Poziom języka niderlandzkiego
field-mo-status = Kurs orientacji społecznej

field-value-none = (nieznane)
dutch-level-below-a1 = Jeszcze nie A1
mo-status-not-started = Jeszcze nierozpoczęty
mo-status-in-progress = W trakcie
mo-status-completed = Ukończony
mo-status-exempt = Zwolnienie z kursu
