register-title = Registre des profils de fonction
register-intro = Quelles fonctions peuvent voir quelles données, et pourquoi (article 4 du protocole).
