home-title = Vos données, votre consentement
home-intro = Ici, vous décidez vous-même si votre { -municipality } peut utiliser vos données pour son projet pilote. Vous voyez aussi qui a reçu vos données, et vous pouvez demander la correction d’une erreur.
home-protocols-heading = Protocoles publiés
home-protocols-intro = Un protocole est un accord écrit entre l’{ -agency(form: "short") } et une { -municipality }. Il dit quelles données elles partagent, pourquoi et pendant combien de temps.
home-no-protocols = Il n’y a pas encore de protocole publié.
